"""Variants of the constructions the r23 rules pass (on r22-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r22 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import DocumentError, parse_text
from imports.parsing.chinese import find_range
from imports.parsing.cleaning import repair_dates
from imports.parsing.unit_lists import listed_units
from tests.imports.parsing.variants import parsed_inspections, sentence_figures

# --- an interview held as accountability (约谈问责) is no metric --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "该问题所涉及的相关人员，2人被县纪委立案审查，7人被县纪委约谈问责。",
    "对5名负有责任的村干部进行约谈问责。",
    "镇纪委对3人约谈问责，督促其限期整改。",
])
def test_interview_accountability_no_metric(text):
    assert ("accountable_people", 7.0) not in sentence_figures(text)
    assert not [f for f in sentence_figures(text) if f[0] == "accountable_people"]


@pytest.mark.parametrize(("text", "figure"), [
    # near-misses: accountability with no interview, or beside one in its own clause, is still counted
    ("巡察移交问题线索12件，问责7人。", ("accountable_people", 7.0)),
    ("约谈相关负责人4人，追责问责7人。", ("accountable_people", 7.0)),
    ("对7名党员干部进行追责。", ("accountable_people", 7.0)),
    ("2人被县纪委立案审查，7人被约谈问责。", ("cases_filed", 2.0)),
])
def test_interview_accountability_near_misses(text, figure):
    assert figure in sentence_figures(text)


# --- 进驻 inside the name of a meeting the group holds dates no start ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "院党组第二巡察组进驻茶叶所开展巡察工作\n日期: 2022-04-12\n按照院党组统一部署，4月12日，院党组第二巡察组召开进驻茶叶所巡察工作动员会。",
    "市委第三巡察组进驻市林业局开展巡察\n发布时间:2023-05-08\n5月8日，市委第三巡察组召开进驻市林业局党组巡察工作动员会。",
    "区委第一巡察组进驻区卫健委\n发布时间:2024-03-20\n3月20日，区委第一巡察组召开了进驻区卫健委党组常规巡察动员部署会。",
])
def test_meeting_named_entry_no_start(text):
    assert [i.start for i in parsed_inspections(text)] == [None]


@pytest.mark.parametrize(("text", "start"), [
    # near-misses: the group entering, with its meeting joined by 并 or after a comma, still dates the start
    ("市委第三巡察组进驻市林业局开展巡察\n发布时间:2023-05-08\n5月8日，市委第三巡察组正式进驻市林业局党组并召开巡察工作动员会。",
     date(2023, 5, 8)),
    ("区委第一巡察组进驻区卫健委\n发布时间:2024-03-20\n3月20日，区委第一巡察组进驻区卫健委党组，召开巡察进驻动员会。",
     date(2024, 3, 20)),
])
def test_meeting_named_entry_near_misses(text, start):
    assert [i.start for i in parsed_inspections(text)] == [start]


# --- two digits that are no day (above 31) before 日: a month and a day whose 月 was lost ----------------------------


@pytest.mark.parametrize(("text", "repaired"), [
    ("开展了专项巡察,于86日反馈了巡察意见", "开展了专项巡察,于8月6日反馈了巡察意见"),
    ("进行了巡察。于95日上午,县委第二巡察组向县林业局党组反馈了巡察意见", "进行了巡察。于9月5日上午,县委第二巡察组"),
    ("区委巡察组于73日召开反馈会", "区委巡察组于7月3日召开反馈会"),
])
def test_short_day_lost_month(text, repaired):
    assert repair_dates(text).startswith(repaired)


@pytest.mark.parametrize("text", [
    # near-misses: a number that may be a day stays; a count of days or a number not told as a day stays
    "开展了专项巡察,于12日反馈了巡察意见",
    "开展了专项巡察,于31日反馈了巡察意见",
    "巡察历时86日,发现问题18个",
    "于86日内完成整改",
])
def test_short_day_near_misses(text):
    assert repair_dates(text) == text


# --- a principle named 公开 run into the feedback's clause is no publication ------------------------------------------


@pytest.mark.parametrize(("text", "feedback"), [
    ("根据区委统一部署,2025年3月11日至6月6日区委第五巡察组对区民政局党组开展了专项巡察,于8月6日反馈了巡察意见按照"
     "党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。", date(2025, 8, 6)),
    ("根据县委统一部署,2024年4月1日至5月30日,县委第二巡察组对县林业局党组进行了巡察,于2024年7月10日反馈了巡察意见"
     "根据政务公开有关规定,现将巡察整改进展情况予以公布。", date(2024, 7, 10)),
])
def test_principle_of_openness_in_feedback_clause(text, feedback):
    assert [i.feedback_date for i in parsed_inspections(text)] == [feedback]


def test_published_feedback_near_miss():
    # the month a feedback was published (公开了反馈情况) still dates no feedback
    text = ("根据县委统一部署,2024年4月1日至5月30日,县委第二巡察组对县林业局党组进行了巡察,2024年8月公开了反馈情况。"
            "现将巡察整改进展情况予以公布。")
    assert [i.feedback_date for i in parsed_inspections(text)] == [None]


# --- an entry told as the subject of what it shows ends the name at the verb -----------------------------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("校党委第七轮第三巡察组召开巡察动员会议\n2021年10月29日上午，校党委第七轮第三巡察组在机械楼召开巡察动员会议。"
     "后勤集团党委书记作表态发言。他指出，巡察组进驻后勤集团体现了学校党委对后勤事业的高度重视。", "后勤集团"),
    ("校党委第五轮第二巡察组召开巡察动员会\n2022年4月8日上午，校党委第五轮第二巡察组在主楼召开巡察动员会。"
     "图书馆馆长作表态发言。他表示，巡察组进驻图书馆充分体现了学校党委对文献工作的关心。", "图书馆"),
    ("校党委第三轮第一巡察组召开巡察动员会议\n2023年3月2日上午，校党委第三轮第一巡察组在行政楼召开巡察动员会议。"
     "资产公司负责人表示，巡察组进驻资产公司彰显了学校党委对经营性资产管理的重视。", "资产公司"),
])
def test_entry_as_subject_of_what_it_shows(text, unit):
    assert [i.unit for i in parsed_inspections(text)] == [unit]


def test_entry_as_subject_near_miss():
    # an entry told with its comma before what it shows reads as before
    text = ("校党委第三轮第一巡察组召开巡察动员会议\n2023年3月2日上午，校党委第三轮第一巡察组在行政楼召开巡察动员会议。"
            "资产公司负责人表示，巡察组进驻资产公司，体现了学校党委对经营性资产管理的重视。")
    assert [i.unit for i in parsed_inspections(text)] == ["资产公司"]


# --- problems announced with a colon in the leader's words are the author's ；-separated parts --------------------------

_MET = ("市委第二巡察组向市园林局党组 反馈巡察情况\n发布日期:2026-03-06\n根据市委巡察工作安排,2026年3月5日,市委第二巡察组向市园林局"
        "党组反馈巡察情况。……\n根据市委统一部署,2025年8月6日至9月30日,市委第二巡察组对市园林局党组进行了巡察。……\n")


@pytest.mark.parametrize(("said", "count"), [
    ("李明指出,……巡察中发现了一些问题,主要是:学习贯彻上级决策部署有差距,推动园林绿化高质量发展不够有力;"
     "履行全面从严治党责任不够有力,内部监督管理存在薄弱环节;落实基层党组织建设要求不扎实,队伍建设存在薄弱环节;"
     "巡视巡察、审计反馈问题整改不到位。", 4),
    ("张华指出,……巡察中也发现了一些问题,主要有:落实意识形态工作责任制不到位,阵地管理存在薄弱环节;"
     "财务管理不规范,内控制度执行存在漏洞;选人用人工作不够严格,干部队伍建设存在短板。", 3),
    ("王芳强调,……巡察中发现了一些问题,主要是:党建工作与业务工作融合不够,支部建设存在薄弱环节;"
     "资产管理不规范,合同管理存在风险。", 2),
])
def test_leader_announced_parts(said, count):
    assert [len(i.items) for i in parsed_inspections(_MET + said)] == [count]


def test_leader_announced_single_part_near_miss():
    # one part with no ； stays one problem, as before
    said = "李明指出,巡察中发现了一些问题,主要是:落实意识形态工作责任制存在薄弱环节,需要进一步加强阵地管理工作的统筹。"
    assert [len(i.items) for i in parsed_inspections(_MET + said)] == [1]


# --- 欠 before what is lacking (欠有力, 欠规范) names a shortcoming in a 、-run of findings -------------------------------

_FED = "根据市委巡察工作领导小组的部署,2025年1月22日,市委第三巡察组向市文旅局反馈巡察情况。……\n组长在向市文旅局党组反馈时指出,……巡察也发现了一些问题,主要是:"


@pytest.mark.parametrize(("findings", "count"), [
    ("自然资源保护利用不够、服务游客不够优、资产经营管理不善、选人用人把关不够严、全面从严管党治党欠有力。", 5),
    ("文旅融合推进不够、项目资金管理欠规范、干部队伍建设滞后。", 3),
    ("意识形态工作责任落实欠到位、财务管理不规范、基层党建工作薄弱。", 3),
])
def test_lacking_in_run(findings, count):
    assert [len(i.items) for i in parsed_inspections(_FED + findings)] == [count]


def test_lacking_debt_near_miss():
    # a debt owed (拖欠) is no 欠 of a shortcoming: the run is not split on it
    findings = "自然资源保护利用不够、拖欠工程款、资产经营管理不善。"
    assert [len(i.items) for i in parsed_inspections(_FED + findings)] != [3]


# --- a span of months of one year written with one 月 (2020年8至11月) --------------------------------------------------


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2020年8至11月,县委巡察组集中对县委办等16家单位进行了常规巡察。", date(2020, 8, 1), date(2020, 11, 30)),
    ("2023年3至5月,市委巡察组对市民政局党组开展了常规巡察。", date(2023, 3, 1), date(2023, 5, 31)),
    ("2019年9-10月,区委第二巡察组对区林业局党组进行了巡察。", date(2019, 9, 1), date(2019, 10, 31)),
])
def test_month_span_one_month_word(text, start, end):
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(start, end)}


@pytest.mark.parametrize(("text", "span"), [
    # near-misses: a span of days in one month stays a span of days; months in the wrong order give no span; a full
    # range reads as before
    ("2023年3月5日至8日", ((2023, 3, 5), (2023, 3, 8))),
    ("2023年3月1日至5月31日", ((2023, 3, 1), (2023, 5, 31))),
])
def test_month_span_near_misses(text, span):
    first, second, _ = find_range(text)
    assert ((first.year, first.month, first.day), (second.year or first.year, second.month, second.day)) == span


@pytest.mark.parametrize("text", ["2023年11至8月", "2023年3月5至8日"])
def test_month_span_no_span_near_misses(text):
    # months in the wrong order, or days of a month written with one 日, are no span of months
    assert find_range(text) is None


# --- a committee a document's title names (《中共X委员会第N轮巡察工作方案》) is no unit -----------------------------------


@pytest.mark.parametrize("text", [
    "4月16日下午,党委巡察工作领导小组2025年第二次会议召开。……\n会议强调,要扎实开展好校党委第六轮巡察。……\n"
    "会议审议通过了《中共巢湖学院委员会第六轮巡察工作方案》和《关于第六轮巡察组组长、副组长授权任职及任务分工的决定》。",
    "3月2日,县委巡察工作领导小组召开会议。……\n会议传达学习了《中国共产党巡视工作条例》。……\n"
    "会议审议通过了《中共临泽县委员会第三轮巡察工作方案》。",
])
def test_plan_owner_no_unit(text):
    assert [i.unit for i in parsed_inspections(text)] == [""]


def test_signed_committee_near_miss():
    # a committee signing the text itself, outside any title, is still its last resort
    text = ("根据县委统一部署,2023年3月1日至4月30日,县委第二巡察组进行了巡察。2023年6月5日,县委巡察组反馈了巡察意见。"
            "现将巡察整改进展情况予以公布。\n……\n中共临泽县林业局委员会\n2023年9月1日")
    assert [i.unit for i in parsed_inspections(text)] != [""]


# --- a visit's 工作情况 after the unit's name is no part of it ----------------------------------------------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("根据校党委统一安排,2月21日,校党委第二巡察组巡察高粱研究所党委工作情况反馈会议召开。……\n"
     "会上,组长传达了校党委听取第二巡察组巡察高粱研究所工作情况汇报时的讲话精神。", "高粱研究所党委"),
    ("根据校党委统一安排,5月8日,校党委第一巡察组巡察外国语学院党委工作情况反馈会议召开。……\n"
     "会上,组长传达了校党委听取第一巡察组巡察外国语学院工作情况汇报时的讲话精神。", "外国语学院党委"),
    ("根据县委统一安排,6月3日,县委第三巡察组巡察县水利局党组工作情况反馈会召开。……\n"
     "会上,组长传达了县委听取第三巡察组巡察县水利局工作情况汇报时的讲话精神。", "县水利局党组"),
])
def test_visit_work_after_name(text, unit):
    assert [i.unit for i in parsed_inspections(text)] == [unit]


def test_visit_work_other_unit_near_miss():
    # a second, different body named the same way still makes the text's unit uncertain
    text = ("根据校党委统一安排,2月21日,校党委第二巡察组巡察高粱研究所党委工作情况反馈会议召开。……\n"
            "会上,组长传达了校党委听取第二巡察组巡察园艺学院工作情况汇报时的讲话精神。")
    assert [i.unit for i in parsed_inspections(text)] != ["高粱研究所党委"]


# --- an audit team's findings rectified (针对县审计组审计出的问题) mark an audit's news, refused as audits are -----------


@pytest.mark.parametrize("text", [
    "本报讯 近日,莘县观城镇针对县审计组审计出的问题,扎实做好问题整改工作。\n11月12日,县审计组到观城镇开展审计工作。",
    "近日,某街道针对区审计组指出的问题,召开专题会议研究整改工作。",
])
def test_audit_team_news_refused(text):
    with pytest.raises(DocumentError) as error:
        parse_text(text, "audit.txt")
    assert "审计" in str(error.value) and "不予导入" in str(error.value)


def test_audit_team_beside_inspection_near_miss():
    # a progress report that names an audit team beside its inspection is still read
    text = ("根据县委统一部署,2023年3月1日至4月30日,县委第二巡察组对县林业局党组进行了巡察,县审计组同步开展了审计。"
            "2023年6月5日,县委巡察组反馈了巡察意见。现将巡察整改进展情况予以公布。")
    assert [i.group for i in parsed_inspections(text)] == ["县委第二巡察组"]


# --- the 监督检查 of groups a visit just sent is the visit; 基地 ends a unit's name -------------------------------------


@pytest.mark.parametrize(("text", "units"), [
    ("本轮巡视采取常规巡视方式,派出4个巡视组,对北京分公司、湖北分公司、河南公司、贵州公司、南阳基地等5家单位党委深入开展监督检查。",
     ["北京分公司", "湖北分公司", "河南公司", "贵州公司", "南阳基地"]),
    ("集团党委派出3个巡察组,对物流公司、维修基地、培训中心等3家单位党委开展监督检查。", ["物流公司", "维修基地", "培训中心"]),
    ("本轮巡察派出2个巡察组,对市水务集团、市公交集团开展巡察。", ["市水务集团", "市公交集团"]),
])
def test_groups_sent_check_is_the_visit(text, units):
    assert listed_units(text) == units


@pytest.mark.parametrize("text", [
    # near-misses: a check with no groups of a visit sent before it, or a 督查 of the rectification, stays a check
    "巡察结束后,纪委对物流公司、维修基地、培训中心等3家单位开展监督检查。",
    "本轮巡察派出3个巡察组,同步对市卫健委、市医保局开展整改督查。",
])
def test_groups_sent_check_near_misses(text):
    assert listed_units(text) == []
