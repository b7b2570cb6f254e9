"""Variants of the constructions the r12 rules pass (on r11-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r11 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import DocumentError, parse_text
from imports.parsing.cleaning import repair_dates
from imports.parsing.unit_lists import listed_units
from tests.imports.parsing.variants import only_inspection, parsed_inspections, sentence_figures


def _problems(text: str) -> list[str]:
    return [item.title for item in only_inspection(text).items]


# --- figures: a count grouping the count after it, clues gathered before the visit, a bracketed remark -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("巡察反馈意见中指出4项12个问题，目前已整改完成12个问题。", [("problems", 12), ("completed", 12)]),
    ("巡察组反馈了3类15条问题，已完成整改13条。", [("problems", 15), ("completed", 13)]),
    ("对巡察反馈的5个方面20项27个具体问题逐项整改。", [("problems", 27)]),
])
def test_a_count_grouping_the_count_after_it_counts_nothing(text, expected):
    assert sentence_figures(text) == expected


def test_counts_in_a_run_with_their_own_nouns_are_each_counted():
    # near-miss: two counts side by side, each with its noun, are both counts
    assert sentence_figures("巡察反馈问题12个、整改措施30条已全部落实。") == [("problems", 12), ("measures", 30)]


@pytest.mark.parametrize("text", [
    "第一轮巡察前，区巡察办共收集29条问题线索。",
    "巡察进驻前，县巡察办梳理问题线索15条，制成清单。",
    "每轮巡察之前，巡察办汇总各部门移交的问题线索42件。",
])
def test_clues_gathered_before_a_visit_are_no_figure(text):
    assert sentence_figures(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("巡察期间，巡察组共发现问题线索12条，已移交区纪委监委。", 12),
    ("巡察结束后，巡察组移交问题线索6件。", 6),
])
def test_clues_of_the_visit_itself_are_still_counted(text, value):
    assert ("clues_transferred", value) in sentence_figures(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("截至6月30日，巡察反馈的37个问题，已整改完成34个（含立行立改问题2个），阶段性完成整改3个。",
     [("problems", 37), ("completed", 34)]),
    ("巡察反馈问题20个，已完成整改18个(其中立行立改5个)。", [("problems", 20), ("completed", 18)]),
])
def test_a_count_with_its_remark_in_brackets_is_counted(text, expected):
    assert sentence_figures(text)[:2] == expected


# --- figures: a quoted lead tied to the group's results, the count closing a run fed back --------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("“发现问题14个，掌握问题线索3个，这得益于巡前问题清单。”近日，在区委巡察工作领导小组会上，巡察组组长李某端出巡察成绩单。", 14),
    ("“共发现问题26个，督促立行立改5个，推动建立完善制度12项。”日前，县委第二巡察组组长王某在汇报会上亮出了巡察成效。", 26),
])
def test_a_quoted_lead_presented_as_the_inspections_results_counts_its_problems(text, value):
    assert ("problems", value) in sentence_figures(text)


def test_a_quoted_lead_without_the_inspections_results_counts_no_problems():
    text = "“发现问题14个，掌握问题线索3个，这得益于清单管理。”近日，区审计局召开总结会。"
    assert ("problems", 14) not in sentence_figures(text)


@pytest.mark.parametrize(("text", "value"), [
    ("谭某指出，……反馈了局党组领导核心发挥不充分；学习贯彻有差距；党建工作有短板等14个主要问题。", 14),
    ("组长张某向学院党委反馈了理论学习不深入；财务管理不规范等9个具体问题。", 9),
])
def test_the_count_closing_a_run_the_group_fed_back_is_its_findings(text, value):
    assert ("problems", value) in sentence_figures(text)


def test_a_run_not_fed_back_counts_no_problems():
    assert sentence_figures("局党组梳理了理论学习不深入；财务管理不规范等9个主要问题。") == []


# --- dates: a feedback sentence running into the visit, the group's feedback before a concentrated one --------------

def test_a_feedback_sentence_running_into_the_visits_dates_takes_none_of_them():
    text = (
        "近日，市委第一巡察组向某中学党委反馈巡察情况。市委第一巡察组组长王某分别向校长和领导班子反馈了巡察情况，……\n"
        "根据市委统一部署，2024年7月4日至8月2日，市委第一巡察组对某中学党委开展了巡察。\n"
    )
    inspection = only_inspection(text)
    assert (inspection.start, inspection.end, inspection.feedback_date) == (date(2024, 7, 4), date(2024, 8, 2), None)


def test_a_dated_feedback_before_the_visit_is_still_read():
    text = (
        "2024年9月3日，县委第二巡察组向县水利局党组反馈巡察情况。\n"
        "根据县委统一部署，2024年5月6日至6月30日，县委第二巡察组对县水利局党组开展了巡察。\n"
    )
    assert only_inspection(text).feedback_date == date(2024, 9, 3)


def test_the_groups_feedback_to_the_unit_dates_the_text_before_a_concentrated_feedback():
    text = (
        "根据市委统一安排，2023年6月9日，市委第三巡察组向市残联党组反馈了巡察情况。\n"
        "根据市委统一部署，2023年3月13日至2023年5月3日，市委第三巡察组对市残联党组进行了巡察。\n"
        "针对市残联等7家群团部门存在问题，2023年6月5日，市委巡察工作领导小组专门召开了集中反馈会议。\n"
    )
    assert only_inspection(text).feedback_date == date(2023, 6, 9)


# --- dates: entering today at a dated meeting, a yearless end, a yearless period on a dated day ---------------------

def test_a_group_entering_from_today_at_a_dated_meeting_starts_that_day():
    text = (
        "根据市委巡察工作统一部署，2025年5月6日，市委第一巡察组巡察市水务局党委工作动员会召开。\n"
        "王某指出，市委第一巡察组从今天起正式进驻市水务局，6月11日结束现场巡察。\n"
    )
    inspection = only_inspection(text)
    assert (inspection.start, inspection.end) == (date(2025, 5, 6), date(2025, 6, 11))


def test_an_undated_entry_today_gives_no_start():
    text = "近日，市委第一巡察组巡察市水务局党委工作动员会召开。王某指出，市委第一巡察组从今天起正式进驻市水务局。\n"
    assert only_inspection(text).start is None


def test_a_yearless_period_starting_on_a_dated_day_before_it_takes_its_year():
    text = (
        "根据市委巡察工作统一部署，2021年4月19日，市委第四巡察组专项巡察市林业局进驻动员会召开。\n"
        "据悉，市委第四巡察组对市林业局巡察时间为4月19日至4月30日。\n"
    )
    inspection = only_inspection(text)
    assert (inspection.unit, inspection.start, inspection.end) == ("市林业局", date(2021, 4, 19), date(2021, 4, 30))


def test_a_yearless_period_on_another_day_stays_undated():
    text = (
        "根据市委巡察工作统一部署，2021年4月19日，市委第四巡察组专项巡察市林业局进驻动员会召开。\n"
        "据悉，市委第四巡察组对市林业局巡察时间为4月20日至5月30日。\n"
    )
    assert only_inspection(text).start is None


@pytest.mark.parametrize(("text", "fixed"), [
    ("20178月11,滁州市委第六专项巡察组正式进驻", "2017年8月11日,滁州市委第六专项巡察组正式进驻"),
    ("2019年3月5,县委第二巡察组进驻", "2019年3月5日,县委第二巡察组进驻"),
])
def test_a_run_together_date_whose_day_mark_was_lost_before_a_comma(text, fixed):
    assert repair_dates(text) == fixed


@pytest.mark.parametrize("text", ["2017年2月30,某某", "2017年13月5,某某", "2017年8月11日,某某"])
def test_no_day_mark_is_added_to_an_impossible_or_complete_date(text):
    assert repair_dates(text) == text


def test_a_groups_own_look_back_told_with_jinxing_is_the_visit():
    text = (
        "2022年7月22日，市委第三巡察组向某经济开发区党工委反馈巡察“回头看”情况。\n"
        "根据市委统一部署，2022年4月22日至6月22日，市委第三巡察组对某经济开发区党工委进行了巡察“回头看”。\n"
    )
    inspection = only_inspection(text)
    assert (inspection.start, inspection.end) == (date(2022, 4, 22), date(2022, 6, 22))


# --- groups: a department's work group ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "省财政厅工作组赴我市开展专项资金支出进度专项巡察工作\n9月4日至9日，省财政厅监督检查局三处处长、第三巡察组组长贾某带领工作组对我市开展专项巡察工作。\n",
    "市人社局工作组到县里开展就业资金专项巡察\n市人社局工作组第二巡察组组长李某带队对县就业局开展专项巡察。\n",
])
def test_a_departments_work_group_is_no_party_group(text):
    assert all(i.group == "" for i in parsed_inspections(text))


def test_a_party_groups_own_numbered_group_is_kept():
    text = "2023年5月8日至6月30日，省财政厅党组第二巡察组对省国库支付中心党支部开展了巡察。\n"
    assert only_inspection(text).group.endswith("第二巡察组")


# --- progress reports: the unit as the visit names it -------------------------------------------------------------

_PROGRESS = "{title}\n根据市委统一部署，2024年5月8日至6月24日，市委第二巡察组对{visited}进行了巡察。2024年10月10日，市委巡察组向{fed}反馈了巡察意见。现将整改进展情况予以公布。\n"


@pytest.mark.parametrize(("title", "visited", "unit"), [
    ("中共丽水市妇女联合会党组关于巡察整改进展情况的通报", "市妇联党组", "市妇联党组"),
    ("中共东营市科学技术协会党组关于巡察整改进展情况的通报", "市科协党组", "市科协党组"),
    ("中共某市交通运输局党组关于巡察整改进展情况的通报", "某市交通运输局", "某市交通运输局"),
    # offices, cooperatives, groups and banks are organisations too (generalised after pinning)
    ("中共某市市委办公室党支部关于巡察整改进展情况的通报", "市委办公室", "市委办公室"),
    ("中共某市供销合作社联合社党组关于巡察整改进展情况的通报", "市供销社", "市供销社"),
    ("中共某市城投集团有限公司委员会关于巡察整改进展情况的通报", "市城投集团", "市城投集团"),
    ("中共某市农商银行委员会关于巡察整改进展情况的通报", "市农商银行", "市农商银行"),
])
def test_a_progress_reports_unit_is_named_as_its_visit_names_it(title, visited, unit):
    assert only_inspection(_PROGRESS.format(title=title, visited=visited, fed=visited)).unit == unit


@pytest.mark.parametrize(("title", "visited", "unit"), [
    # a place visited is inspected as the body the title names
    ("中共抚顺市委关于省委巡视整改进展情况的通报", "抚顺市", "抚顺市委"),
    # 我院 / 我单位 name nobody
    ("中共某市中级人民法院党组关于巡察整改进展情况的通报", "我院党组", "某市中级人民法院党组"),
])
def test_a_place_or_the_writer_visited_keeps_the_titles_body(title, visited, unit):
    assert only_inspection(_PROGRESS.format(title=title, visited=visited, fed=visited)).unit == unit


def test_a_doubled_title_line_heads_one_report():
    title = "中共宁波市某局党组关于落实市委巡察组反馈意见集中整改进展情况的通报"
    text = f"{title}\n{title}\n根据市委统一部署，2023年5月25日—7月28日，市委第三巡察组对市某局党组进行了巡察。\n"
    inspection = only_inspection(text)
    assert (inspection.unit, inspection.start, inspection.end) == ("市某局党组", date(2023, 5, 25), date(2023, 7, 28))


# --- news units: a post, a rectification meeting on its visit, abbreviations, brackets -----------------------------

def test_a_post_names_no_fuller_unit():
    text = "2024年12月17日下午，区委第二巡察组向某市实验中学反馈了巡察情况。组长洪某分别向某市实验中学党总支书记吴某和某市实验中学反馈了巡察情况。\n"
    assert only_inspection(text).unit == "某市实验中学"


def test_the_unit_fed_back_to_with_its_party_body_keeps_it():
    text = "2024年12月17日下午，区委第二巡察组向某市实验中学党总支反馈了巡察情况。\n"
    assert only_inspection(text).unit == "某市实验中学党总支"


def test_a_unit_rectifying_the_feedback_on_its_visit_keeps_the_visits_name():
    text = "3月6日，为深入推进区委第二巡察组关于巡察区妇联的反馈意见整改工作，区妇联党组召开落实巡察整改工作专题民主生活会。\n"
    assert only_inspection(text).unit == "区妇联"


def test_a_unit_meeting_on_its_feedback_without_the_visits_name_keeps_its_party_body():
    text = "3月6日，为深入推进巡察反馈意见整改工作，区妇联党组召开落实巡察整改工作专题民主生活会。\n"
    assert only_inspection(text).unit == "区妇联党组"


@pytest.mark.parametrize(("short", "full"), [
    ("市科协党组", "市科学技术协会党组"),
    ("市妇联党组", "市妇女联合会党组"),
    ("县卫健委党组", "县卫生健康委员会党组"),
])
def test_a_short_name_ending_on_the_kinds_first_character_is_the_full_name(short, full):
    text = (
        f"2023年1月6日，市委第三巡察组向{full}反馈巡察情况。……\n"
        f"根据市委统一部署，2022年10月8日至2022年11月18日，市委第三巡察组对{short}开展了巡察。\n"
    )
    assert only_inspection(text).unit == full


def test_one_unit_with_the_offices_it_includes_in_a_long_bracket():
    text = "根据市委统一部署，市委第四巡察组从3月至6月，对某新区（含区发展改革和财政金融局、区科技创新和产业发展局、区商务局、某建设投资有限公司）开展巡察。\n"
    assert only_inspection(text).unit == "某新区（含区发展改革和财政金融局、区科技创新和产业发展局、区商务局、某建设投资有限公司）"


# --- problems: a field of problems, sentences after 主要是：, 主要是 without a colon, 盲区 ---------------------------

def test_a_news_field_of_problems_gives_one_per_part():
    text = (
        "2025年1月22日下午，区委第二巡察组向区文旅局党组反馈巡察情况。\n"
        "问题：理论学习不深不实，执行制度不到位；安全生产监管不严；资金管理不规范，内控制度不健全。\n"
        "建议：强化党的领导，……\n"
    )
    assert len(only_inspection(text).items) == 3


def test_a_news_field_of_one_problem_stays_one():
    text = "2025年1月22日下午，区委第二巡察组向区文旅局党组反馈巡察情况。\n问题：理论学习不深不实。\n"
    assert len(only_inspection(text).items) <= 1


def test_announced_problems_running_on_as_sentences_are_one_each():
    text = (
        "2018年6月27日，市委第二专项巡察组向某区卫计局党组反馈专项巡察情况。\n"
        "巡察组指出，巡察发现的问题主要是：党的领导弱化，党组分工不明。政治理论学习松懈，专题学习不正常。"
        "财务管理不规范，内控制度缺失。巡察发现的问题线索，已按规定移交有关部门处理。\n"
    )
    assert len(only_inspection(text).items) == 3


def test_announced_problems_closed_by_deng_are_the_list():
    text = (
        "2025年2月21日，市委第六巡察组向市某局党委反馈巡察情况。\n"
        "梁某指出，巡察发现了一些问题，主要是：行政执法存在盲区、安全隐患整治不彻底、道路养护滞后等。同时，巡察组收到反映一些领导干部的问题线索。\n"
    )
    assert len(only_inspection(text).items) == 3


def test_zhuyao_shi_without_a_colon_announces_semicolon_separated_problems():
    text = (
        "2022年7月21日，南通市委第三巡察组向某开发区党工委反馈巡察情况。\n"
        "巡察中，巡察组发现了一些问题，主要是贯彻新发展理念成效不显著，发展活力不强；乡村振兴存在短板；"
        "落实意识形态工作责任制不够深入；“三不腐”机制不完善。\n"
    )
    assert len(only_inspection(text).items) == 4


# --- rounds and terms ---------------------------------------------------------------------------------------------

def test_beside_a_superiors_round_the_groups_bodys_round_is_the_texts():
    text = (
        "根据省委统一部署和市委工作安排，市委第一巡察组向某开发区党工委反馈了专项巡察情况。会前，传达了省委书记在听取"
        "十一届省委第二轮专项巡视情况汇报和市委书记听取五届市委第三轮专项巡察工作汇报时的讲话要求。\n"
    )
    inspection = only_inspection(text)
    assert (inspection.term, inspection.round) == (5, 3)


def test_two_rounds_of_the_groups_own_body_give_none():
    text = "市委第一巡察组向某局党组反馈巡察情况。会议听取了五届市委第三轮和五届市委第四轮巡察工作汇报。\n"
    assert only_inspection(text).round is None


def test_the_one_round_stated_with_the_term_anywhere_is_the_texts():
    text = (
        "根据市委统一部署，2022年7月至2022年8月，十二届市委第一巡察组对市文旅局开展了巡察，并于2022年10月20日反馈了巡察意见。\n"
        "一、整改基本情况\n（一）强化组织领导。局党组专门召开党组会议。\n（二）压实责任。局党组召开推进会。\n"
        "（三）印发方案。印发了《中共市文旅局党组关于十二届市委第三轮巡察反馈问题的整改落实方案》。\n"
    )
    assert only_inspection(text).round == 3


@pytest.mark.parametrize(("title", "term"), [
    ("中共武汉市某局党组关于十四届第五轮巡察集中整改进展情况的通报", 14),
    ("中共某县某局党组关于十五届第二轮巡察整改进展情况的通报", 15),
])
def test_a_term_right_before_its_round_without_a_body(title, term):
    text = f"{title}\n根据市委统一部署，2023年7月13日至8月31日，市委第五巡察组对市某局党组开展了常规巡察。\n"
    assert only_inspection(text).term == term


# --- unit lists ---------------------------------------------------------------------------------------------------

def test_the_groups_units_listed_and_counted_right_after_them():
    text = "近日，经县委批准，某县启动十五届县委第九轮巡察。本轮巡察共组建6个巡察组，县委教育工委、县市场监管局党委等12个县管党组织开展常规巡察，对某镇党委开展巡察“回头看”。\n"
    assert [i.unit for i in parsed_inspections(text) if i.unit] == ["县委教育工委", "县市场监管局党委", "某镇党委"]


@pytest.mark.parametrize(("text", "units"), [
    ("被巡察单位二公司、华南公司要为巡察组提供一切必要的生活工作条件。", ["二公司", "华南公司"]),
    ("被巡察单位县财政局、县民政局应当积极配合巡察组工作。", ["县财政局", "县民政局"]),
])
def test_units_named_after_beixuncha_danwei_up_to_what_they_are_asked(text, units):
    assert listed_units(text) == units


def test_beixuncha_danwei_before_a_general_demand_lists_nothing():
    assert listed_units("被巡察单位要为巡察组提供一切必要的生活工作条件。") == []


# --- chrome and audits --------------------------------------------------------------------------------------------

def test_a_portals_index_table_and_source_line_are_chrome():
    text = (
        "| 索引号 | 1008003015157/2025-1010416628 | ||\n"
        "| 成文日期 | 2025-10-15 | 公开方式 | 主动公开 |\n"
        "信息来源:市委巡察办\n"
        "2025年9月4日，区委第二巡察组向某中心区党组反馈巡察情况。但巡察发现，某中心区党组还存在学习贯彻不到位、回应诉求不够有力、"
        "采购管理不规范等问题。\n"
    )
    inspection = only_inspection(text)
    assert (inspection.feedback_date, len(inspection.items)) == (date(2025, 9, 4), 3)


@pytest.mark.parametrize("text", [
    "11月12日上午，集团在会议室召开专项审计报告反馈会，集团审计部副部长朱某主持会议并讲话。\n会上，集团审计部反馈了专项审计报告主要内容。\n",
    "何某 陈某\n（1. 某学院 审计处，湖南 怀化 418000）\n农村基础设施绩效审计是一种综合性审计。\n",
])
def test_an_enterprises_or_a_colleges_audit_text_is_refused_as_an_audit(text):
    with pytest.raises(DocumentError) as error:
        parse_text(text, "audit.txt")
    assert "审计" in str(error.value) and "不予导入" in str(error.value)


def test_an_inspection_text_naming_an_audit_office_is_still_read():
    text = "2024年3月5日，县委第一巡察组向县审计局党组反馈巡察情况。巡察组组长指出，县审计局党组落实主体责任不到位。\n"
    assert only_inspection(text).unit == "县审计局党组"
