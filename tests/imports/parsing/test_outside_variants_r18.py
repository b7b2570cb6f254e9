"""Variants of the constructions the r18 rules pass (on r17-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r17 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import parse_text
from imports.parsing.figures import extract_figures
from imports.parsing.model import Line
from tests.imports.parsing.variants import named_units, parsed_inspections, round_level_inspection


def _figures(*lines: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract_figures([Line(n, text) for n, text in enumerate(lines, 1)])]


# --- round lists: places that only say where the counted towns or villages are (settled convention 8's limit) --------

@pytest.mark.parametrize(("text", "units"), [
    ("本轮巡察对市人大机关、市政府办公室等12个市直单位开展常规巡察；对德保县、那坡县35个贫困村进行提级巡察。\n",
     ["市人大机关", "市政府办公室"]),
    ("十五届县委第二轮巡察共组建5个巡察组，对城关镇、河口镇和新区所属23个村党组织开展了巡察，对县教育局、县卫健局开展了专项"
     "巡察。\n", ["县教育局", "县卫健局"]),
    ("组建十个专项巡察组，对市教育局、市卫健委等8个单位，以及东至县、石台县19个镇42个村开展专项巡察。\n",
     ["市教育局", "市卫健委"]),
])
def test_places_of_counted_villages_are_no_units(text, units):
    assert named_units(text) == units


@pytest.mark.parametrize(("text", "units"), [
    # near-misses: places listed as what is visited are units (settled convention 8)
    ("本轮巡视对红河县、元阳县、绿春县开展常规巡视。\n", ["红河县", "元阳县", "绿春县"]),
    # a count of the places themselves
    ("县委4个巡察组对县公安局、县应急管理局开展常规巡察，并对石湍镇、高寺镇、良安镇3个乡镇和县法院、县林业局开展巡察"
     "“回头看”。\n", ["县公安局", "县应急管理局", "石湍镇", "高寺镇", "良安镇", "县法院", "县林业局"]),
    # the clause before a count is no place
    ("按照市委部署，市委巡察组对全市6个乡镇、市教育局、市卫生健康局开展专项巡察。\n", ["市教育局", "市卫生健康局"]),
])
def test_places_visited_stay_units(text, units):
    assert named_units(text) == units


# --- round lists: kinds of body and a term's coverage plan name no unit ----------------------------------------------

@pytest.mark.parametrize("text", [
    "区委巡察组将对区直部门、乡镇及其所辖村党组织开展巡察。\n",
    "同时，带动被巡视党组织对其所管理的部门(单位)、乡镇(街道)、村(社区)开展交叉巡察。\n",
    "本届县委任期内将对县委各部门、县直各单位党组（党委）、县委派出机关、各乡镇开展巡察，实现全覆盖。\n",
    "要求本届市委任期内对市直各单位、人民团体、经济开发区、市属国有企业开展巡察，实现全覆盖。\n",
])
def test_kinds_of_body_name_no_unit(text):
    assert named_units(text) == []


@pytest.mark.parametrize(("text", "units"), [
    # near-misses: a round's own list, its coverage told after; named streets and towns
    ("本轮巡察对县农业农村局、县水利局开展常规巡察，实现本届任期内巡察全覆盖。\n", ["县农业农村局", "县水利局"]),
    ("本轮巡察对梅岭街道、市卫计局开展常规巡察。\n", ["梅岭街道", "市卫计局"]),
])
def test_named_units_beside_kinds_stay(text, units):
    assert named_units(text) == units


# --- dates: the days several groups entered over are no visit ------------------------------------------------------

def test_days_groups_entered_over_give_no_end():
    text = ("十三届市委第五轮巡察\n2023年6月2日至3日，市委第一至第三巡察组分别进驻市教育局、市民政局、市水务局，完成本轮巡察的"
            "进驻工作。\n")
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(date(2023, 6, 2), None)}
    # near-miss: a visit of weeks told with the groups' entry is the visit
    visit = ("十三届市委第五轮巡察\n2023年6月2日至7月30日，市委第一至第三巡察组分别进驻市教育局、市民政局、市水务局开展常规"
             "巡察。\n")
    assert {(i.start, i.end) for i in parsed_inspections(visit)} == {(date(2023, 6, 2), date(2023, 7, 30))}


# --- figures: problems and measures counted by their state -----------------------------------------------------------

@pytest.mark.parametrize(("lines", "figures"), [
    (("按照整改计划，其中8项问题、20项措施已全部整改到位，6项问题、15项措施正在推进。",), [("completed", 8)]),
    (("对照巡察反馈的4个方面20个问题，共制定整改措施60条。涉及12个问题、35条措施已完成整改，8个问题、25条措施整改取得阶段性"
      "成效。",), [("problems", 20), ("measures", 60), ("completed", 12)]),
])
def test_problems_and_measures_by_state(lines, figures):
    assert _figures(*lines) == figures


def test_one_pair_stating_the_totals_is_read_as_before():
    # near-miss: a single pair of totals with its state
    assert _figures("反馈意见指出，学院针对巡察反馈分解出的18个具体问题、40项整改措施已完成。") == [
        ("problems", 18), ("measures", 40)]


# --- figures: the previous inspection's feedback and the feedback named by its body ---------------------------------

@pytest.mark.parametrize("sentence", [
    "截至本轮巡察进驻，上轮市委巡察反馈的20个问题有6个未完成整改。",
    "整改情况：上一轮省委巡视反馈还未完成的9个问题中，已完成整改5个问题，阶段性完成整改4个问题。",
])
def test_the_previous_rounds_feedback_counts_nothing_here(sentence):
    assert _figures(sentence) == []


def test_this_rounds_feedback_is_read():
    # near-miss: this round's feedback
    assert _figures("本轮巡察反馈问题18个，已完成整改15个。") == [("problems", 18), ("completed", 15)]


@pytest.mark.parametrize(("sentence", "figures"), [
    ("严格按照要求稳步推进31个省委巡视反馈问题以及4个专项检查反馈问题整改。", [("problems", 31)]),
    ("统筹推进25个市委巡察反馈问题整改。", [("problems", 25)]),
    # near-miss: a check's feedback
    ("统筹推进4个专项检查反馈问题整改。", []),
])
def test_problems_named_by_the_inspection_that_fed_them_back(sentence, figures):
    assert _figures(sentence) == figures


# --- round lists: a unit's included bodies stay with it (settled convention 7) ---------------------------------------

def test_included_bodies_stay_with_a_listed_unit():
    text = ("今年第三轮巡视\n根据省委统一部署，省委6个巡视组将对12家单位党组织开展巡视工作。\n12家被巡视单位\n"
            "省卫生健康委党组\n省司法厅(含省监狱管理局)\n省委网信办(省互联网信息办公室)\n")
    assert named_units(text) == ["省卫生健康委党组", "省司法厅（含省监狱管理局）", "省委网信办（省互联网信息办公室）"]


# --- groups and rounds: a notice's roster, two bodies' rounds joined, groups of two levels told in passing ------------

def test_a_roster_of_groups_names_no_one_group():
    text = ("巡 察 公 告\n根据市委工作要求，从2026年4月开始，市委巡察组对市教育局党组、市民政局党组、青阳街道开展巡察“回头看”，"
            "时间安排30天左右。日前，巡察组已进驻被巡察单位。\n市委巡察二组\n组长:李明\n……\n")
    assert {i.group for i in parsed_inspections(text)} == {""}
    # near-miss: one group named in the notice's own sentence visits every unit
    one = "巡察公告\n2025年4月1日，县委第一巡察组对县教育局党组、县民政局党组开展常规巡察，时间30天左右。\n联系电话：12345678\n"
    assert {i.group for i in parsed_inspections(one)} == {"县委第一巡察组"}


def test_two_bodies_rounds_joined_name_no_round():
    text = "2021年3月1日至3月10日,南平市第二轮县级交叉巡察第三组和建阳区委第八轮巡察各巡察组分别向9个被巡察单位反馈了巡察情况。\n"
    assert round_level_inspection(text).round is None
    # near-miss: one body's round
    assert round_level_inspection("2021年3月1日,建阳区委第八轮巡察各巡察组分别向9个被巡察单位反馈了巡察情况。\n").round == 8


def test_groups_of_two_levels_told_in_passing_give_no_group_or_round():
    text = ("今年，各地紧盯巡察发现问题推动整改。5月，城关区委第三轮巡察第二巡察组进驻某社区发现问题；6月，永登县委第三轮巡"
            "(xun)察第一巡(xun)察组进驻某村发现问题。\n")
    record = round_level_inspection(text)
    assert (record.group, record.round) == ("", None)
    # near-miss: one group of one committee
    one = parsed_inspections("今年5月，永登县委第三轮巡察第一巡察组进驻城关镇开展巡察，发现问题12个。\n")
    assert [(i.group, i.round) for i in one] == [("县委第一巡察组", 3)]


# --- progress bodies: a page's index fields as a Markdown list, two bodies reporting together -----------------------

def test_index_fields_as_a_markdown_list_are_chrome():
    text = ("- 发布机构:中共城关镇委员会\n- 标 题:城关镇党委关于十届县委第二轮巡察整改进展情况的通报\n"
            "城关镇党委关于十届县委第二轮巡察整改进展情况的通报\n"
            "根据县委统一部署,2023年3月1日至4月30日,县委第二巡察组对城关镇党委进行了巡察。2023年6月1日,县委巡察组向城关镇"
            "党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n")
    assert [(i.unit, i.start, i.end, i.feedback_date) for i in parsed_inspections(text)] == [
        ("城关镇党委", date(2023, 3, 1), date(2023, 4, 30), date(2023, 6, 1))]


def test_two_bodies_reporting_together_are_two_units():
    text = ("中共某市文化馆支部委员会中共某市图书馆支部委员会关于巡察整改进展情况的通报\n"
            "根据市委统一部署,2023年3月1日至4月30日,市委第二巡察组对某市文化馆(以下简称“文化馆”)党支部、某市图书馆(以下简称"
            "“图书馆”)党支部开展常规巡察。2023年6月1日,巡察组向文化馆党支部、图书馆党支部反馈了巡察意见。现将巡察整改进展情况"
            "予以公布。\n")
    assert named_units(text) == ["某市文化馆党支部", "某市图书馆党支部"]
    # near-miss: one body with 中共 once keeps its own report
    one = ("中共某市文化馆支部委员会关于巡察整改进展情况的通报\n"
           "根据市委统一部署,2023年3月1日至4月30日,市委第二巡察组对某市文化馆党支部开展常规巡察。现将巡察整改进展情况予以公布。\n")
    assert named_units(one) == ["某市文化馆党支部"]


# --- round lists: a task division's lines, places and bodies of a provincial round, provinces joined, 督查考评 ----------

@pytest.mark.parametrize(("text", "units"), [
    # each group's line with a comma before its visit
    ("本轮巡察任务分工如下：\n县委第一巡察组,巡察县档案馆、县交通运输局党组、县国防动员办公室党组。\n"
     "县委第二巡察组，巡察城关镇党委,河口镇党委、新村镇党委。\n",
     ["县档案馆", "县交通运输局党组", "县国防动员办公室党组", "城关镇党委", "河口镇党委", "新村镇党委"]),
    # 巡视地区单位为…, the last two joined by 和 after a 厅
    ("按照安排，今年省委第三轮巡视从3月中旬至5月上旬进行。巡视地区单位为汉中市、商洛市、省水利厅和西北农林科技大学。\n",
     ["汉中市", "商洛市", "省水利厅", "西北农林科技大学"]),
    ("十五届省委第三轮巡视启动\n按照安排，巡视组对省水利厅和省住房和城乡建设厅开展专项巡视。\n",
     ["省水利厅", "省住房和城乡建设厅"]),
    # two provinces of a central round joined by 和
    ("中央巡视组已进驻山西、吉林、安徽和湖南4个省开展常规巡视。\n", ["山西", "吉林", "安徽", "湖南"]),
    # an office named for its checks and appraisals is a unit
    ("十五届市委第三轮巡察启动\n经市委批准，本轮巡察将对市委市政府督查考评办公室等8家市直单位、县委办公室和县政府办公室等6家"
     "县直单位开展常规巡察。\n", ["市委市政府督查考评办公室", "县委办公室", "县政府办公室"]),
])
def test_more_round_lists(text, units):
    assert named_units(text) == units


def test_a_groups_line_without_a_list_names_nothing():
    # near-miss: a group's line telling something else
    assert named_units("十五届县委第三轮巡察启动\n县委第二巡察组，巡察组成员名单如下。\n") == []


# --- progress bodies: a town's committee reporting on the visit of its own villages ----------------------------------

def test_a_towns_report_on_its_villages_visit_is_about_the_villages():
    text = ("河口镇党委关于十届县委第二轮巡察整改进展情况的通报\n根据县委统一部署,2023年3月1日至4月30日,县委第三巡察组对河口镇"
            "东风村、新华村、红旗村等3个村级党组织进行了巡察,2023年6月1日,县委巡察组向河口镇党委主要负责人和被巡察村级党组织领导"
            "班子分别反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n")
    assert named_units(text) == ["河口镇东风村", "新华村", "红旗村"]
    assert {(i.start, i.end, i.feedback_date) for i in parsed_inspections(text)} == {
        (date(2023, 3, 1), date(2023, 4, 30), date(2023, 6, 1))}
    # near-miss: the town's committee visited itself
    own = ("河口镇党委关于十届县委第二轮巡察整改进展情况的通报\n根据县委统一部署,2023年3月1日至4月30日,县委第三巡察组对河口镇"
           "党委进行了巡察,2023年6月1日,县委巡察组向河口镇党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n")
    assert named_units(own) == ["河口镇党委"]


# --- chrome: a page's breadcrumb trail ------------------------------------------------------------------------------

def test_a_breadcrumb_trail_is_chrome():
    text = ("首页>巡视巡察>本级巡视巡察整改\n中共某市文化馆支部委员会关于巡察整改进展情况的通报\n"
            "根据市委统一部署,2023年3月1日至4月30日,市委第二巡察组对某市文化馆党支部开展常规巡察。2023年6月1日,巡察组向某市"
            "文化馆党支部反馈了巡察意见。现将巡察整改进展情况予以公布。\n")
    documents = parse_text(text, "variant.txt").documents
    assert [(d.kind, [i.unit for i in d.inspections]) for d in documents] == [("progress_report", ["某市文化馆党支部"])]
    # near-miss: a sentence opening with 首页 is text
    assert parse_text("首页上公布了巡察情况。\n" + text, "variant.txt").documents[-1].inspections[0].unit == "某市文化馆党支部"


def test_a_byline_run_on_into_the_first_paragraph_goes_and_the_paragraph_stays():
    text = ("中共某县文化馆支部委员会关于巡察整改进展情况的通报\n"
            "浏览次数: 发布时间: 2025-11-12 12:02 字体大小: 大 中 小 根据县委巡察工作的统一部署,2025年2月18日至3月30日,县委"
            "第二巡察组对县文化馆党支部进行了巡察,并于2025年4月29日反馈了巡察意见。现将巡察整改进展情况予以通报。\n")
    [inspection] = parsed_inspections(text)
    assert (inspection.start, inspection.end, inspection.feedback_date) == (
        date(2025, 2, 18), date(2025, 3, 30), date(2025, 4, 29))
    # near-miss: a byline line alone is dropped as before
    alone = text.replace("字体大小: 大 中 小 ", "字体大小: 大 中 小\n")
    assert [(i.start, i.end) for i in parsed_inspections(alone)] == [(date(2025, 2, 18), date(2025, 3, 30))]


# --- rounds: a term's round written without 第, a superior's meeting carried out -----------------------------------

def test_a_terms_round_without_di_is_read():
    text = "平安县2022年4月6日,启动三届县委四轮巡察动员会。\n县委成立4个巡察组于2022年4月6日起,对县直部门开展巡察。\n"
    assert (round_level_inspection(text).term, round_level_inspection(text).round) == (3, 4)
    # near-miss: rounds counted after the term's own words are no round
    counted = round_level_inspection("三届县委巡察工作全面展开，四轮巡察共发现问题20个。\n")
    assert (counted.term, counted.round) == (3, None)


def test_a_superiors_meeting_carried_out_is_no_round_of_the_text():
    text = ("截至5月10日,市委4个巡察组全部进驻10个被巡察单位,三届某市委第五轮巡察工作全面展开。\n"
            "本轮巡察认真贯彻落实十二届省委第六轮巡视动员部署会议精神。\n")
    assert (round_level_inspection(text).term, round_level_inspection(text).round) == (3, 5)
    # near-miss: the only round named is the one carried out, so it is the text's
    own = "县委第二巡察组进驻县教育局召开动员会。会议要求认真贯彻落实十五届县委第三轮巡察动员部署会议精神。\n"
    assert [(i.term, i.round) for i in parsed_inspections(own)] == [(15, 3)]


# --- figures: a count broken down by kind in brackets right after it ---------------------------------------------

@pytest.mark.parametrize(("sentence", "figures"), [
    ("在巡视整改工作中,给予党纪处分94人(党内警告53人,严重警告30人,撤销党内职务1人,留党察看1人,开除党籍9人);",
     [("disciplined_people", 94)]),
    ("整改期间，给予党纪政务处分12人（党内警告8人、记过4人）。", [("disciplined_people", 12)]),
    # near-miss: a bracket of another thing's amount after a count of projects
    ("共建设项目45个(投资额3亿元)。", []),
])
def test_a_count_broken_down_in_brackets(sentence, figures):
    assert _figures(sentence) == figures
