"""Variants of the constructions the r15 rules pass (on r14-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r14 text it was found on."""

from __future__ import annotations

import pytest

from imports.parsing.cleaning import repair_dates
from tests.imports.parsing.variants import named_units, only_inspection, parsed_inspections, sentence_figures

# --- terms: 新一届 has no number; a plenary or a discipline commission's term is no inspection's ------------------

@pytest.mark.parametrize("said", [
    "区农业农村局党组要提高政治站位，充分认识新一届区委第一轮巡察的重要意义。",
    "县住建局党组要充分认识新一届县委第一轮巡察的重要意义。",
    "这是上一届市委巡察后的又一次全面体检。",
])
def test_a_term_named_by_its_place_in_time_has_no_number(said):
    text = ("根据区委巡察工作统一部署，10月8日，区委第一巡察组巡察区农业农村局党组工作动员会召开。"
            "会上，组长作动员讲话，局党组书记主持会议并作表态发言。\n" + said + "\n")
    assert only_inspection(text).term is None


def test_a_numbered_term_beside_its_round_stays():
    # near-miss: a term with its number is read as before
    text = ("根据区委巡察工作统一部署，10月8日，区委第一巡察组巡察区农业农村局党组工作动员会召开。\n"
            "区农业农村局党组要充分认识十一届区委第一轮巡察的重要意义。\n")
    inspection = only_inspection(text)
    assert (inspection.term, inspection.round) == (11, 1)


@pytest.mark.parametrize("studied", [
    "会议传达二十届中央纪委二次全会关于巡视工作最新要求和区委书记专题会精神。",
    "会议传达学习十九届中央纪委四次全会精神和省委巡视工作要求。",
    "会议传达了十三届省纪委三次全会关于巡视巡察工作的部署。",
    "会议传达学习党的二十届三中全会和市委巡察工作会议精神。",
])
def test_a_plenary_cited_beside_the_inspection_is_no_term(studied):
    text = ("根据区委巡察工作领导小组的部署，2023年2月22日，区委第二巡察组向区委教育工委反馈巡察情况。" + studied + "\n"
            "根据区委统一部署，2022年12月5日至12月29日，区委第二巡察组对区委教育工委开展常规巡察。\n")
    assert only_inspection(text).term is None


def test_the_inspections_since_a_terms_start_name_no_term():
    text = ("根据区委巡察工作领导小组的部署，2023年2月22日，区委第二巡察组向区委教育工委反馈巡察情况。\n"
            "组长指出，区委教育工委自六届区委巡察以来，坚持以习近平新时代中国特色社会主义思想为指导。\n")
    assert only_inspection(text).term is None
    # near-miss: the term of the text's own round stays
    text = ("根据区委巡察工作领导小组的部署，2023年2月22日，六届区委第二巡察组向区委教育工委反馈六届区委第三轮巡察情况。\n")
    assert only_inspection(text).term == 6


# --- groups: a round of several groups keeps none, though one unit's group is named -------------------------------

@pytest.mark.parametrize(("count", "later"), [
    ("6个巡视组", "3月13日，接到省委第一巡视组反馈意见当天，龙华区委迅速组织召开常委会。"),
    ("4个巡察组", "接到县委第二巡察组反馈意见后，县民政局党组立即召开会议。"),
    ("三个巡察组", "其中，市委第三巡察组向市财政局党组反馈时指出了5个方面问题。"),
])
def test_a_round_of_several_groups_keeps_no_group(count, later):
    text = (f"2017年11月14日至2018年1月17日，七届省委第二轮巡视安排{count}对海口市、三亚市、万宁市、东方市进行了常规巡视。"
            f"2018年3月11日至13日，省委巡视组分别向这4个市县反馈七届省委第二轮巡视情况。\n{later}\n")
    round_level = [i for i in parsed_inspections(text) if not i.unit]
    assert round_level and round_level[0].group == ""


def test_a_round_of_one_named_group_keeps_it():
    # near-miss: one group visiting several villages is the round record's group
    text = "根据县委关于巡察工作的安排部署，7月13日，县委第一巡察组巡察许镇镇丁塘村、池湖村、新渭村党组织工作动员会召开。\n"
    round_level = [i for i in parsed_inspections(text) if not i.unit]
    assert round_level and round_level[0].group == "县委第一巡察组"


# --- figures: a count broken down into a finer one (settled convention 4) -----------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("区妇联将巡察指出的3个方面的7项问题，细化分解为20个具体问题20项整改任务。", [("problems", 20)]),
    ("局党组将巡察反馈的5个方面12个问题细化为36个具体问题。", [("problems", 36)]),
    ("对巡察反馈的8项问题，逐项分解为25个具体问题，制定整改措施60条。", [("problems", 25), ("measures", 60)]),
    ("将巡察组反馈的4个方面14项问题进一步细化成31个具体问题。", [("problems", 31)]),
])
def test_a_count_broken_down_into_a_finer_one_is_no_figure(text, expected):
    assert sentence_figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # near-misses: a count broken down into measures or tasks stays the problems' count
    ("针对巡察反馈的20个问题，细化分解为56项整改措施。", [("problems", 20), ("measures", 56)]),
    ("巡察反馈问题12个，已完成整改10个。", [("problems", 12), ("completed", 10)]),
    ("巡察反馈的4个方面存在的14项28个具体问题。", [("problems", 28)]),
])
def test_a_count_not_broken_down_into_problems_stays(text, expected):
    assert sentence_figures(text) == expected


# --- groups: a kind-named group without a number; the supreme procuratorate's and court's own groups ---------------

@pytest.mark.parametrize(("text", "group"), [
    ("6月9日上午，县委交叉巡察组巡察县人民法院党组情况反馈会在县法院召开。", "县委交叉巡察组"),
    ("3月2日，市委机动巡察组进驻市体育局开展巡察。", "市委机动巡察组"),
    ("5月6日，区委专项巡察组向区城管局党组反馈了巡察情况。", "区委专项巡察组"),
    # near-miss: a numbered one keeps its number
    ("5月6日，区委第二专项巡察组向区城管局党组反馈了巡察情况。", "区委第二专项巡察组"),
])
def test_a_kind_named_group_without_a_number_is_the_group(text, group):
    assert only_inspection(text).group == group


def test_a_kind_of_visit_is_no_group():
    # near-miss: 开展交叉巡察 names a kind of visit, no group
    assert only_inspection("6月9日，县委对县人民法院党组开展交叉巡察。").group == ""


@pytest.mark.parametrize(("text", "group"), [
    ("根据部署，最高人民检察院党组第四巡视组从9月7日开始，对自治区人民检察院党组开展巡视。", "最高人民检察院第四巡视组"),
    ("最高人民法院党组第二巡视组于2022年3月1日进驻省高级人民法院开展巡视。", "最高人民法院第二巡视组"),
])
def test_the_supreme_procuratorates_groups_keep_their_owner(text, group):
    assert only_inspection(text).group == group


# --- units: a paper's own province; a headline's place beside the body's party organisation -----------------------

def test_a_papers_own_province_is_the_level_of_the_name():
    text = "本报讯 3月18日起，最高人民检察院党组第二巡视组对我省检察院党组开展专项巡视，为期一个月。"
    assert only_inspection(text).unit == "省检察院党组"
    # near-miss: 我局 is no place; the rules on "we" stay
    assert only_inspection("县委第二巡察组对我局党组开展了常规巡察。").unit != "局党组"


@pytest.mark.parametrize(("headline", "body", "unit"), [
    ("姑苏区委第一巡察组进驻姑苏区红十字会开展巡察", "2022年6月14日上午，姑苏区委第一巡察组巡察区红十字会党组动员会召开。",
     "区红十字会党组"),
    ("区委第二巡察组进驻浦东新区档案馆开展巡察", "2023年3月1日上午，区委第二巡察组巡察区档案馆党支部动员会召开。", "区档案馆党支部"),
])
def test_a_headlines_place_and_the_bodys_party_organisation_are_one_unit(headline, body, unit):
    assert only_inspection(headline + "\n" + body + "\n").unit == unit


# --- dates: a paper's dated byline; the day right before 起; a date with 年, 月 and 日 all lost ----------------------

def test_a_newspapers_byline_dates_a_yearless_start():
    text = ("最高检对我省检察院党组 开展专项巡视\n辽宁日报 2019年03月20日\n"
            "本报讯 3月18日起，最高人民检察院党组第二巡视组对我省检察院党组开展专项巡视，为期一个月。\n")
    assert only_inspection(text).start.isoformat() == "2019-03-18"


@pytest.mark.parametrize(("written", "day"), [
    ("2023731", "2023-07-31"),
    ("2022126", None),  # 1月26日 or 12月6日: no one reading
    ("20231015", "2023-10-15"),
])
def test_a_date_with_all_its_markers_lost_after_the_arrangement(written, day):
    text = f"根据区委巡察工作统一部署{written}，区委第一巡察组向区工商联党组反馈巡察意见。\n"
    got = only_inspection(text).feedback_date
    assert (got.isoformat() if got else None) == day


@pytest.mark.parametrize("text", ["共追缴资金2023731，涉及3个项目。", "编号2023731，区委第一巡察组反馈。"])
def test_seven_digits_not_after_an_arrangement_are_no_date(text):
    assert repair_dates(text) == text


# --- rounds: a chain of studied meetings; a round stated with the title's term further down ------------------------

def test_every_meeting_of_a_studied_chain_is_the_superiors():
    text = ("5月15日上午，我市召开七届市委第五轮巡察工作动员部署会议。会议传达学习了习近平总书记重要讲话精神、"
            "全国巡视工作会议暨十九届中央第三轮巡视动员部署会主要精神、全省巡视巡察工作会议暨九届省委第六轮巡视动员部署会议"
            "主要精神、保定市巡察工作会议暨十一届市委第五轮巡察工作动员部署会议主要精神。\n"
            "本轮将对伍仁桥镇、北段村乡、团市委、市市场监管局等6个单位的党组织进行巡察。\n")
    base = [i for i in parsed_inspections(text) if not i.unit][0]
    assert (base.term, base.round) == (7, 5)


def test_a_round_stated_with_the_titles_term_further_down():
    text = ("标题:\n十八届中央巡视首次派出“流动哨”\n作者:\nqqonqq\n时间:\n"
            "2月23日电/经中央批准，十八届中央第十二轮巡视将对中央网络安全和信息化领导小组办公室、中国铁路总公司、"
            "中国船舶重工集团公司等3个单位试点开展“机动式”巡视。\n")
    base = [i for i in parsed_inspections(text) if not i.unit][0]
    assert (base.term, base.round) == (18, 12)


# --- units: a university's departments (系); a unit given its own period beside a round's list ----------------------

def test_a_universitys_departments_are_units_of_a_list():
    text = ("10月12日，按照校党委关于巡察工作的统一部署，校党委第一至第六巡察组分别在环境学院、精密仪器系、电子工程系、"
            "化学系、人文学院和第二附属医院召开巡察工作动员会。\n")
    assert {"精密仪器系", "电子工程系", "化学系"} <= set(named_units(text))


@pytest.mark.parametrize("name", ["监督体系", "工作关系", "沟通联系"])
def test_words_ending_in_xi_are_no_units(name):
    from imports.parsing.unit_lists import clean as clean_unit
    assert clean_unit(name) == ""


def test_a_unit_given_its_own_period_beside_a_rounds_list_is_one_more():
    text = ("按照市委工作部署，自3月5日起，至4月15日前，对市供销合作联社党组开展上下联动巡察。自3月5日起，至5月底前，"
            "对市委办公室、市委宣传部、市人大机关等10个市直部门党组织进行常规巡察。\n")
    units = named_units(text)
    assert "市供销合作联社党组" in units and "市委办公室" in units
    assert [i.unit for i in parsed_inspections(text)][0] == ""


def test_a_progress_reports_own_visit_beside_a_later_list_stays_single():
    # near-miss: the list told without a period of its own is no round beside the unit's visit
    text = ("根据区委统一部署，2023年3月1日至4月30日，区委第二巡察组对区民政局党组开展了常规巡察。"
            "巡察期间，巡察组还对区福利院、区救助站等2个下属单位进行了走访了解。\n")
    assert parsed_inspections(text)[0].unit == "区民政局党组"
