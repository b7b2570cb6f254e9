"""Variants of the constructions the r14 rules pass (on r13-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r13 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import parse_text
from imports.parsing.unit_lists import clean as clean_unit
from imports.parsing.unit_lists import names_in
from tests.imports.parsing.variants import named_units, only_inspection, parsed_inspections, sentence_figures

# --- figures: a completion rate of other things counted (work milestones, projects) ---------------------------------

@pytest.mark.parametrize("text", [
    "全部19个专项整改工作安排的203个主要工作节点完成168个，完成率达到82.8%。",
    "今年计划实施的15个重点项目已完成12个，完成率80%。",
    "整改方案确定的46个工作节点已完成40个，完成率86.9%。",
    "巡察整改涉及的32项重点工程已完工28项，完成率87.5%。",
])
def test_a_rate_of_other_things_counted_is_no_completion_rate(text):
    assert not any(metric == "completion_rate" for metric, _ in sentence_figures(text))


@pytest.mark.parametrize(("text", "expected"), [
    # near-misses: the rate of the problems counted before it stays, whatever else the sentence counts
    ("反馈问题25个，已完成整改19个、正在整改6个，整改完成率76%。",
     [("problems", 25), ("completed", 19), ("in_progress", 6), ("completion_rate", 76)]),
    ("共涉及5个单位，反馈问题30个，已整改25个，完成率83%。", [("problems", 30), ("completed", 25), ("completion_rate", 83)]),
    ("对照巡察反馈的32个问题，已完成28个，完成率87.5%。", [("problems", 32), ("completed", 28), ("completion_rate", 87.5)]),
    ("巡察反馈的12个方面问题，整改完成率100%。", [("completion_rate", 100)]),
])
def test_the_rate_of_problems_counted_stays(text, expected):
    assert sentence_figures(text) == expected


def test_other_things_completed_are_no_completed_count():
    assert sentence_figures("整改方案确定的46个工作节点已完成40个。") == []
    assert sentence_figures("15个重点项目已全部完成15个。") == []
    # near-misses: problems or measures completed, or grouped by aspect or unit, are counted
    assert sentence_figures("巡察反馈的32个问题已完成28个。") == [("problems", 32), ("completed", 28)]
    assert sentence_figures("涉及3个方面的问题已完成整改12个。") == [("completed", 12)]


# --- dates: the day of the unit's own study session is no feedback day ----------------------------------------------

@pytest.mark.parametrize("study", [
    "整改情况：一是于2023年10月10日组织对习近平总书记重要讲话精神进行专题集中学习。",
    "整改情况：2023年9月5日召开党组理论学习中心组学习会，开展专题研讨。",
    "整改情况：一是2024年3月2日组织全体党员开展警示教育。",
])
def test_a_study_sessions_day_under_a_feedback_heading_is_no_feedback_day(study):
    text = ("根据区委巡察工作统一部署，按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。\n"
            "一、健全组织领导，抓紧抓实问题整改\n巡察意见反馈会后，局党组立即组织召开专题民主生活会，对应20个具体问题"
            "制定了60条具体整改措施。\n二、巡察反馈问题的整改情况\n（一）关于理论学习不深入的问题\n" + study)
    assert all(i.feedback_date is None for i in parsed_inspections(text))


@pytest.mark.parametrize(("text", "fed"), [
    # near-misses: a feedback day stays, in its own clause or beside the meeting it was given at
    ("根据区委统一部署，2023年3月1日至4月30日，区委第二巡察组对区民政局党组进行了巡察。2023年6月8日，区委第二巡察组"
     "向区民政局党组反馈了巡察意见。\n整改情况：一是于2023年10月10日组织专题集中学习。", date(2023, 6, 8)),
    ("根据区委统一部署，2023年3月1日至4月30日，区委第二巡察组对区民政局党组进行了巡察。2023年6月8日，区委第二巡察组"
     "召开巡察反馈会，向区民政局党组反馈了巡察意见。", date(2023, 6, 8)),
])
def test_a_feedback_day_beside_a_study_stays(text, fed):
    assert only_inspection(text).feedback_date == fed


# --- unit lists: a bracketed second name is part of the unit --------------------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("市外事侨务办公室(含市友协)", "市外事侨务办公室（含市友协）"),
    ("市文化广电新闻出版局（含市文化市场综合行政执法支队）", "市文化广电新闻出版局（含市文化市场综合行政执法支队）"),
    ("县林业局（含国有林场）", "县林业局（含国有林场）"),
    ("市委统战部（含中华职教社、市台联）", "市委统战部（含中华职教社、市台联）"),
])
def test_a_bracket_naming_the_included_bodies_stays(name, expected):
    assert clean_unit(name) == expected


@pytest.mark.parametrize(("name", "expected"), [
    # near-misses: what is left out, the bodies under a unit and what is done there are no part of the name
    ("某镇党委（不含庞南刘村）", "某镇党委"),
    ("良田镇（含所属村）", "良田镇"),
    ("区教育局（含各学校）", "区教育局"),
    ("安障乡（所属村、社开展同步村级巡察）", "安障乡"),
])
def test_other_brackets_are_dropped(name, expected):
    assert clean_unit(name) == expected


def test_a_round_list_keeps_the_brackets():
    text = ("经市委同意，市委4个巡察组分别对市审计局、市外事侨务办公室(含市友协)、县林业局（含国有林场）、市统计局等4家单位"
            "开展巡察。")
    assert named_units(text) == ["市审计局", "市外事侨务办公室（含市友协）", "县林业局（含国有林场）", "市统计局"]


# --- unit lists: two units joined by 及/和 --------------------------------------------------------------------------

@pytest.mark.parametrize(("span", "expected"), [
    ("市委党校及市公安局", ["市委党校", "市公安局"]),
    ("县委党校和县档案馆", ["县委党校", "县档案馆"]),
    ("市妇联及市总工会", ["市妇联", "市总工会"]),
    ("省科技厅和省财政厅", ["省科技厅", "省财政厅"]),
])
def test_two_units_joined_are_two(span, expected):
    assert names_in(span) == expected


@pytest.mark.parametrize("name", [
    # near-misses: 和/与 inside one name, and 市场 is no repeated level
    "区文体广电和旅游局", "市民族与宗教事务局", "市住房保障和房产管理局", "材料科学与工程学院", "市发改委和市场监管局",
])
def test_a_name_with_和_inside_stays_one(name):
    assert names_in(name) == [name]


def test_a_round_list_opened_by_two_joined_units():
    text = ("根据市委统一部署，五届市委第五轮巡察设立5个常规巡察组，对市委党校及市公安局、司法局、统计局等4个部门机关党组织"
            "开展常规巡察。")
    assert named_units(text) == ["市委党校", "市公安局", "司法局", "统计局"]


# --- unit lists: one more unit given its own kind of visit in the listing sentence ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("本轮巡察对市商务局、市公安局等2个市直单位开展环境污染防治专项巡察，对市住房城乡建设局开展环境污染防治和扶贫住房"
     "保障专项巡察，对市民政局开展扶贫救助兜底保障专项巡察。", ["市商务局", "市公安局", "市住房城乡建设局", "市民政局"]),
    ("十五届县委第十轮巡察分别对县委组织部、县水利局等2个单位开展常规巡察，对县住房和城乡建设局开展“回头看”。",
     ["县委组织部", "县水利局", "县住房和城乡建设局"]),
])
def test_a_unit_with_its_own_kind_of_visit_is_one_more(text, expected):
    assert named_units(text) == expected


def test_a_single_visit_needs_a_list_before_it():
    # near-miss: a text naming one unit is that unit's, not a round's list
    assert named_units("2024年3月1日至4月30日，区委第二巡察组对区民政局党组开展了常规巡察“回头看”。") == ["区民政局党组"]


# --- settled convention 1: a yearless feedback day takes the year that puts it after the visit's end ---------------

@pytest.mark.parametrize(("text", "fed"), [
    # told before the visit, its month before the visit's end: the next year
    ("2月1日，市委第一巡察组向市统计局党组反馈巡察情况。\n根据市委统一部署，2023年9月1日至12月15日，市委第一巡察组对"
     "市统计局党组开展了巡察。", date(2024, 2, 1)),
    # told before the visit, its month after the visit's end: the visit's year
    ("12月20日，市委第一巡察组向市统计局党组反馈巡察情况。\n根据市委统一部署，2023年9月1日至11月15日，市委第一巡察组对"
     "市统计局党组开展了巡察。", date(2023, 12, 20)),
    # told after the visit
    ("根据市委统一部署，2023年9月1日至11月15日，市委第一巡察组对市统计局党组开展了巡察。1月8日，市委第一巡察组向"
     "市统计局党组反馈了巡察意见。", date(2024, 1, 8)),
    # a group going to the unit to feed back (到X反馈巡察情况), the visit a month only
    ("9月10日，县委第二巡察组到县文联反馈巡察情况。\n根据县委统一部署，2024年5月，县委第二巡察组对县文联开展了巡察。",
     date(2024, 9, 10)),
])
def test_a_yearless_feedback_day_falls_after_the_visit(text, fed):
    assert only_inspection(text).feedback_date == fed


def test_a_yearless_span_of_feedbacks_takes_its_first_day_after_the_visit():
    text = ("根据市委统一部署，2017年10月至12月，市委5个巡察组分别对市人社局、市教育局、市科技局等3家单位开展了巡察。"
            "1月24日至1月30日，市委巡察组分别向被巡察单位反馈了巡察情况。")
    assert {i.feedback_date for i in parsed_inspections(text)} == {date(2018, 1, 24)}


def test_a_check_of_the_feedbacks_problems_is_no_feedback():
    # near-miss: a group going to the unit to check the rectification of the feedback's problems feeds nothing back
    text = ("3月20日，市委第四巡察组到城投公司督查回访巡察反馈问题整改落实情况。\n根据市委统一部署，2023年5月8日至6月30日，"
            "市委第四巡察组对城投公司党委开展了巡察。")
    assert only_inspection(text).feedback_date is None


# --- settled convention 2: a round named only in a plan's title ----------------------------------------------------

@pytest.mark.parametrize(("text", "term", "round_"), [
    ("近日，某县召开县委巡察工作领导小组会议，审议通过了《十六届县委第三轮巡察工作方案》。", 16, 3),
    ("近日，某县召开县委巡察工作领导小组会议，研究讨论了《某县2023年第二轮巡察工作实施方案》。", None, 2),
])
def test_a_plans_title_gives_the_round(text, term, round_):
    inspection = only_inspection(text)
    assert (inspection.term, inspection.round) == (term, round_)


def test_a_plan_beside_another_round_gives_none():
    # near-miss: the text names another round too, so the plan's is not the text's
    text = ("近日，某县召开县委巡察工作领导小组会议，听取了十六届县委第二轮巡察情况汇报，审议通过了《十六届县委第三轮巡察"
            "工作方案》。")
    assert only_inspection(text).round is None


# --- settled convention 3: not yet completed is in progress --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("反馈问题30个，已完成25个，未完成5个。", [("problems", 30), ("completed", 25), ("in_progress", 5)]),
    ("反馈问题30个，已完成整改27个，尚未完成3个。", [("problems", 30), ("completed", 27), ("in_progress", 3)]),
    ("巡察反馈具体问题19个，已完成整改15个，未完成整改4个。", [("problems", 19), ("completed", 15), ("in_progress", 4)]),
    # near-miss: a remainder of money is no count of problems in progress
    ("剩余未追缴348.35万元。", []),
])
def test_not_yet_completed_is_in_progress(text, expected):
    assert sentence_figures(text) == expected


def test_not_yet_completed_with_a_stray_space_is_in_progress():
    text = ("根据县委统一部署，2024年9月至11月，县委第一巡察组对县人民医院党委进行了巡察。\n截至目前，巡察反馈具体问题19个，"
            "已完成整改15个，未完成整改 4个。")
    assert ("in_progress", 4) in [(f.metric, f.value) for f in only_inspection(text).figures]


# --- a report's title doubled around the page's byline and the document's number ----------------------------------

_OPENING = ("根据县委统一部署，2022年9月1日至10月30日，县委第三巡察组对县统计局党组进行了巡察。2022年12月5日，县委巡察组"
            "向县统计局党组反馈了巡察意见。现将巡察整改情况予以公布。\n一、整改落实情况\n1、学习不深入。一是制定学习计划。")


@pytest.mark.parametrize("chrome", [
    "统党〔2023〕5号\n",
    "来源：县统计局 发布时间：2023年05月06日\n统党〔2023〕5号\n",
    "2023-05-06\n",
])
def test_a_title_doubled_around_chrome_heads_one_report(chrome):
    title = "中共某县统计局党组关于巡察整改情况的通报\n"
    inspection = only_inspection(title + chrome + title + _OPENING)
    assert (inspection.group, inspection.start, inspection.end, inspection.feedback_date) == (
        "县委第三巡察组", date(2022, 9, 1), date(2022, 10, 30), date(2022, 12, 5))


def test_a_title_repeated_over_a_body_of_its_own_heads_two_reports():
    # near-miss: a line that tells something between the two titles is a report's body, not chrome
    title = "中共某县统计局党组关于巡察整改情况的通报\n"
    text = title + "根据县委统一部署，县委第三巡察组对县统计局党组进行了巡察，现将有关情况通报如下。\n" + title + _OPENING
    assert len(parse_text(text, "variant.txt").documents) == 2


# --- the group's own body's one round, stated further down a progress report ---------------------------------------

@pytest.mark.parametrize(("line", "group", "term", "round_"), [
    ("根据四届区委第一轮第二批巡察工作部署要求，街道涉及整改问题52项。", "区委巡察三组", 4, 1),
    ("今年2月9日，中央政治局常委会听取十八届中央第十一轮巡视情况汇报。", "中央第十四巡视组", 18, 11),
    ("成立落实中央第九轮巡视整改工作领导小组，主持8次领导小组会议。", "中央第十二巡视组", None, 9),
])
def test_the_groups_own_round_further_down(line, group, term, round_):
    text = (f"根据统一部署，2022年4月6日至6月2日，{group}对某局党组开展了常规巡视。2022年7月19日，{group}向某局党组"
            f"反馈了巡视意见。现将巡视整改进展情况予以公布。\n一、整改工作情况\n{line}")
    inspection = only_inspection(text)
    assert (inspection.term, inspection.round) == (term, round_)


@pytest.mark.parametrize("line", [
    # near-misses: two rounds of the group's body, and a superior's round, give the text none
    "先后落实四届区委第一轮和四届区委第三轮巡察反馈问题整改。",
    "根据十二届省委第四轮巡视工作部署要求开展整改。",
    # a round the unit's own people took part in is another unit's
    "选派街道纪检专干参与区委第二轮巡察，以工代训，提升能力素质。",
])
def test_no_one_own_round_further_down_gives_none(line):
    text = ("根据区委统一部署，2022年8月1日至9月14日，区委巡察三组对某街道党工委开展了常规巡察。11月3日反馈了巡察意见。"
            f"现将巡察整改进展情况予以公布。\n一、整改工作情况\n{line}")
    inspection = only_inspection(text)
    assert (inspection.term, inspection.round) == (None, None)


# --- problems counted with their rectification ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "problems"), [
    ("深入剖析29个问题，提出117条整改举措，明确整改方向。", 29),
    ("对照梳理出的15个问题，逐条制定了42项整改措施。", 15),
    ("街道29个社区涉及整改问题523项，目前已经完成整改问题523项，整改完成率100%。", 523),
])
def test_problems_counted_with_their_rectification_are_the_feedbacks(text, problems):
    assert ("problems", problems) in sentence_figures(text)


@pytest.mark.parametrize("text", [
    # near-misses: a self-check's or a check's problems, and problems counted with nothing done for them
    "排查问题20个，已整改15个。",
    "检查发现问题36个，制定整改措施40条。",
    "深入剖析29个问题，明确整改方向。",
])
def test_other_problems_counted_are_not_the_feedbacks(text):
    assert not any(metric == "problems" for metric, _ in sentence_figures(text))


# --- a list of problems after the clause announcing them ------------------------------------------------------------

@pytest.mark.parametrize(("lead", "count"), [
    ("巡察中，巡察组发现、干部群众反映了一些问题，主要是政治引领功能弱化、服务创新缺失、作风建设成效不彰显等问题。", 3),
    ("巡察组发现了以下问题，主要是理论学习不深入、主体责任落实不到位等问题。", 2),
    ("巡察发现该局存在理论学习不深入、主体责任落实不到位、财务管理不规范等问题。", 3),
])
def test_the_announcing_clause_is_no_problem(lead, count):
    text = ("根据市委统一部署，2023年4月21日至6月25日，市委第六巡察组对团市委开展了政治巡察。2023年8月4日，市委第六巡察组"
            f"向团市委反馈了巡察情况。\n{lead}")
    assert len(only_inspection(text).items) == count
