"""Variants of the constructions the r17 rules pass (on r16-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r16 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing.cleaning import repair_dates
from imports.parsing.figures import extract_figures
from imports.parsing.model import Line
from imports.parsing.unit_lists import clean, same_unit
from tests.imports.parsing.variants import parsed_inspections, round_level_inspection


def _figures(*lines: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract_figures([Line(n, text) for n, text in enumerate(lines, 1)])]


# --- figures: a count broken down by the unit in a clause of its own is the finer count (settled convention 4) --------

@pytest.mark.parametrize(("sentence", "problems"), [
    ("巡察组指出我局存在3方面13个问题,在整改过程中我局具体细化分解为24个分项问题。", 24),
    ("区委第二巡察组反馈4个方面15个问题，经局党组研究进一步细化为31个具体问题。", 31),
    ("巡察反馈问题9个，院党委逐项分解为22个子问题。", 22),
])
def test_a_count_broken_down_in_its_own_clause_is_the_finer_count(sentence, problems):
    assert _figures(sentence) == [("problems", problems)]


def test_a_breakdown_into_measures_keeps_the_problems():
    # near-miss: the finer count is of measures, so the feedback's count stays the problems
    assert _figures("巡察组反馈问题13个，我局细化制定整改措施40条。") == [("problems", 13), ("measures", 40)]


# --- figures: the feedback's total told again is one count --------------------------------------------------------

def test_a_total_told_again_is_one_count():
    assert _figures(
        "县委第三巡察组向中心党委反馈了巡察意见，共指出4个方面33个问题。",
        "截至6月20日，巡察反馈的33个具体问题，已完成整改30个，正在整改的3个。",
    ) == [("problems", 33), ("completed", 30), ("in_progress", 3)]
    assert _figures(
        "巡察组向街道党工委反馈了巡察意见，指出3方面12个问题。",
        "街道党工委针对反馈的12个问题制定整改措施68条。",
    ) == [("problems", 12), ("measures", 68)]
    assert _figures(
        "巡察组共反馈问题20个。",
        "对巡视指出的20项问题逐一整改。",
    ) == [("problems", 20)]


def test_a_part_equal_to_the_total_without_referring_back_stays():
    # near-miss: a count equal to the total but not referring back to the feedback (反馈的/指出的) may be a part
    assert _figures("巡察反馈问题6个。", "其中区委主要负责同志带头负责6个具体问题的整改。") == [("problems", 6), ("problems", 6)]


def test_two_equal_counts_of_people_stay_two():
    # near-miss: people counted twice may be two actions; only totals of problems and measures are merged
    assert _figures("巡察反馈问题12个，给予党纪处分2人。", "针对领导班子问题，给予党纪处分2人。") == [
        ("problems", 12), ("disciplined_people", 2), ("disciplined_people", 2)]


# --- figures: a unit's leader pressed on its rectification is no accountability figure ------------------------------

@pytest.mark.parametrize("sentence", [
    "截至目前，下发《巡察整改工作提醒书》1份；约谈提醒被巡察单位负责人1名。",
    "对整改进度滞后的，约谈提醒整改单位主要负责人3名。",
])
def test_leaders_reminded_of_their_rectification_are_no_figure(sentence):
    assert _figures(sentence) == []


def test_people_reminded_for_the_findings_are_read():
    assert _figures("针对巡察反馈问题，对相关责任人约谈提醒5人。") == [("reminded_people", 5)]


# --- dates: a range's end whose 月 and 日 were both lost ----------------------------------------------------------

@pytest.mark.parametrize(("text", "repaired"), [
    ("2023814日至1031县委第三巡组对县融媒体中心党委开展了常规巡察", "2023年8月14日至10月31日县委第三巡组"),
    ("2024年3月5日至521区委第一巡察组对区档案馆开展巡察", "2024年3月5日至5月21日区委第一巡察组"),
])
def test_a_range_end_with_its_month_and_day_lost_is_read(text, repaired):
    assert repaired in repair_dates(text)


@pytest.mark.parametrize("text", [
    "2023年8月14日至1031个项目",  # a count, not a day
    "2023年8月14日至1331县委",  # no month 13, no month 1 with day 331
    "2023年8月14日至2024年",
])
def test_a_number_after_a_range_start_that_is_no_day_stays(text):
    assert repair_dates(text) == text


# --- units: one unit named short and in full; siblings numbered apart; bodies of counted places ----------------------

@pytest.mark.parametrize(("short", "full"), [
    ("市卫健委", "市卫生健康委"),
    ("区住建局", "区住房和城乡建设局"),
    ("县发改局", "县发展和改革局"),
])
def test_a_short_form_and_its_full_name_are_one_unit(short, full):
    assert same_unit(short, full)


@pytest.mark.parametrize(("one", "other"), [
    ("人民医院", "第三人民医院"),  # a numbered sibling
    ("中学", "第二中学"),
    ("州党委办公室", "州党委机构编制委员会办公室"),  # another office of the same organ
    ("市委办", "市委统战部"),
])
def test_siblings_are_not_one_unit(one, other):
    assert not same_unit(one, other)


def test_a_headline_list_and_a_body_list_name_each_unit_once_in_full():
    text = ("市委第二巡察组巡察市卫健委、红十字会、第三人民医院、人民医院党组织工作动员会召开\n"
            "2024年3月18日下午，市委第二巡察组巡察市卫生健康委、红十字会、第三人民医院、人民医院党组织工作动员会在"
            "公共卫生中心召开。\n")
    assert sorted(i.unit for i in parsed_inspections(text) if i.unit) == sorted(["市卫生健康委", "红十字会", "第三人民医院", "人民医院"])


@pytest.mark.parametrize("name", ["三县纪委监委机关", "两区法院", "三县县委组织部"])
def test_bodies_of_counted_places_are_no_unit(name):
    assert clean(name) == ""


@pytest.mark.parametrize("name", ["三河市纪委", "六合区委", "九台区人民医院"])
def test_places_whose_name_opens_with_a_numeral_stay(name):
    assert clean(name) == name


# --- rounds: a text counting a term's rounds names a year's round by its place in the year ---------------------------

def test_a_years_round_in_a_term_summary_is_no_round():
    text = ("2016年12月底，随着省委巡视组完成该年度第三轮对26家单位巡视，第十三届省委实现巡视工作全覆盖，共开展14轮巡视，"
            "完成对255个地区（单位）党组织的“政治体检”。\n")
    level = round_level_inspection(text)
    assert (level.term, level.round) == (13, None)


@pytest.mark.parametrize(("text", "round_"), [
    # near-misses: a year's round with no count of rounds (settled convention 2's 2023年第一轮), and a count beside the
    # term's own numbering
    ("2023年3月1日，县委2023年第一轮巡察启动，县委派出4个巡察组对12个单位开展常规巡察。\n", 1),
    ("十三届省委共开展14轮巡视，第十四轮巡视于2016年12月底对26家单位完成巡视。\n", 14),
])
def test_a_round_of_its_own_is_kept(text, round_):
    assert round_level_inspection(text).round == round_


# --- round lists: one name a line under a heading of the units visited ---------------------------------------------

def test_one_name_a_line_under_a_heading_of_units():
    text = ("我省开展今年第二轮巡视\n"
            "根据省委统一部署，省委8个巡视组将对28家单位党组织开展巡视工作。\n"
            "28家被巡视单位\n"
            "省红十字会党组\n"
            "省委政法委(包括省综治办、省维稳办、省法学会)\n"
            "江西广播电视台党委\n"
            "省编委办……\n")
    # the bracket of included bodies stays with its unit (settled convention 7, r18 pass)
    assert [i.unit for i in parsed_inspections(text) if i.unit] == [
        "省红十字会党组", "省委政法委（包括省综治办、省维稳办、省法学会）", "江西广播电视台党委", "省编委办"]


@pytest.mark.parametrize("line", [
    "省委工作部门10个,省政府事业单位6个",  # counted kinds
    "各被巡视单位要积极配合巡视组工作",  # a sentence
    "巡视时间为两个月",
])
def test_a_line_under_the_heading_that_is_no_name(line):
    from imports.parsing.unit_lists import single_name

    assert single_name(line) == ""


# --- units: a county entered whose own units a list names hosts the group -------------------------------------------

def test_a_place_entered_whose_units_are_listed_hosts_the_group():
    text = ("根据十届市委第四轮巡察统一部署，县区第二专项巡察组受市委授权负责对南陵县人民医院、县中医院和县卫健委开展"
            "政治巡察。巡察组于3月18日进驻南陵县，随后投入工作。\n")
    assert [i.unit for i in parsed_inspections(text) if i.unit] == ["南陵县人民医院", "县中医院", "县卫健委"]


def test_a_unit_entered_beside_units_of_another_place_stays_its_own():
    # near-miss: the unit entered is an organisation, not a place hosting the group
    text = "3月18日，市委第二巡察组进驻南陵县人民医院，开展为期1个月的巡察。\n"
    assert [i.unit for i in parsed_inspections(text) if i.unit] == ["南陵县人民医院"]


# --- units: a subject visited, whose feedback went to one body; a look-back's mobilisation; a round's work ----------

def test_a_subject_visited_takes_the_body_its_feedback_went_to():
    text = ("根据市委统一部署，2022年8月下旬至10月下旬，市委第二巡察组对全市教育领域校园食品安全开展了专项巡察，"
            "2023年2月22日，市委第二巡察组向市教育局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n")
    assert [i.unit for i in parsed_inspections(text) if i.unit] == ["市教育局党组"]


def test_a_subject_visited_with_no_one_body_fed_back_names_none():
    # near-miss: the subject's meeting, no feedback to a body
    text = "5月8日，市委第二巡察组巡察全市医疗卫生领域工作动员会召开。\n"
    assert [i.unit for i in parsed_inspections(text) if i.unit] == []


@pytest.mark.parametrize(("sentence", "unit"), [
    ("根据县委统一部署，12月30日上午，县委第四巡察组对县交通运输局党组巡察“回头看”工作动员会召开。", "县交通运输局党组"),
    ("根据区委统一部署，3月2日，区委第一巡察组对区民政局党组巡察回头看工作动员会召开。", "区民政局党组"),
])
def test_a_look_backs_mobilisation_names_its_unit(sentence, unit):
    assert [i.unit for i in parsed_inspections(sentence + "\n") if i.unit] == [unit]


@pytest.mark.parametrize("sentence", [
    "5月13日，全市巡察工作会议暨十届市委第十轮巡察工作动员部署会议召开，对十届市委第十轮巡察工作进行动员部署。",
    "3月1日，十五届县委第二轮巡察工作动员部署会召开，会议对十五届县委第二轮巡察工作进行动员部署。",
])
def test_a_rounds_work_is_no_unit(sentence):
    assert [i.unit for i in parsed_inspections(sentence + "\n") if i.unit] == []


# --- terms: a banner's term in the arrangement its group follows -----------------------------------------------------

def test_a_banner_committees_term_is_read():
    text = ("根据十六届旗委统一部署，2025年4月1日至4月10日，旗委专项巡察组对我局开展专项巡察，5月26日，旗委专项巡察组向"
            "旗医疗保障局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n")
    assert parsed_inspections(text)[0].term == 16


# --- dates: a round's regular visits beside its look-backs give its period -----------------------------------------

def test_regular_visits_beside_look_backs_give_the_period():
    text = ("11月21日，县委书记主持召开会议，专题听取县委第十四轮巡察情况汇报。\n"
            "据悉，根据县委统一部署，2020年7月30日至10月20日，县委第十四轮巡察利用两个多月时间，对县第一中学委员会、"
            "县第二中学委员会、县实验中学委员会和县职业中学委员会等4家学校组织了常规巡察，对县住房和城乡建设局委员会、"
            "桑墟镇委员会、刘集镇委员会、悦来镇委员会和青伊湖镇委员会等5家单位开展了巡察“回头看”。\n")
    level = round_level_inspection(text)
    assert (level.start, level.end) == (date(2020, 7, 30), date(2020, 10, 20))


def test_a_look_back_alone_gives_no_period_of_the_visit():
    # near-miss: only a look-back is dated, and the title says no look-back
    text = ("巡察整改情况\n2020年7月30日至8月20日，县委对县住建局等5家单位开展了巡察“回头看”。"
            "2020年9月1日至10月20日，县委第二巡察组对县民政局党组进行了巡察。\n")
    insp = parsed_inspections(text)[0]
    assert (insp.start, insp.end) == (date(2020, 9, 1), date(2020, 10, 20))


# --- problems: a round's own work reviewed is no finding; a count before 为导向 is read ------------------------------

def test_a_rounds_own_work_reviewed_names_no_problem():
    text = ("6月26日上午，某县召开2019年第一轮巡察工作书记专题汇报会。\n"
            "会议认为，本轮巡察工作部署周密，组织有序，在肯定成绩的同时也指出了不足，主要表现为：一是对政治巡察定位把握"
            "还不够；二是巡察成效不凸显；三是发现的问题没有具体到责任主体。\n")
    assert round_level_inspection(text).items == []


def test_a_count_before_a_verb_of_purpose_is_read():
    assert _figures("以巡察反馈的三个方面共发现反馈各类问题16个为导向，局党组先后召开会议4次。") == [("problems", 16)]


def test_a_count_of_projects_after_wei_is_no_figure():
    # near-miss: 为 followed by the things counted
    assert _figures("巡察反馈问题整改中，已完成12个为民办实事项目。") == []
