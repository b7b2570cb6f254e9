"""Variants of the constructions the r20 rules pass (on r19-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r19 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.imports.parsing.variants import named_units, parsed_inspections, sentence_figures

# --- a list checked (专项检查, 督查) after a long description of its bodies is no list of inspected units ------------


@pytest.mark.parametrize("text", [
    "日前，省直机关工委成立了2个巡视整改情况专项检查组，首批对省教育厅、省科技厅和省自然资源厅等9个接受省委巡视的单位开展专项检查。",
    "市纪委监委近日对市交通运输局、市水利局等6个已完成巡察整改的市直单位进行整改督查。",
    "县委巡察办对县民政局、县财政局等4个被巡察过的县直部门开展了整改情况抽查检查。",
])
def test_list_checked_after_long_description_is_no_units(text):
    assert named_units(text) == []


@pytest.mark.parametrize(("text", "units"), [
    # near-misses: the same description before a visit keeps the list
    ("经市委批准，市委第二巡察组对市教育局、市卫健委等2个未被巡察过的市直部门开展常规巡察。", ["市教育局", "市卫健委"]),
    ("根据县委统一部署，县委巡察组对县民政局、县财政局开展了巡察。", ["县民政局", "县财政局"]),
])
def test_list_visited_after_description_keeps_units(text, units):
    assert named_units(text) == units


# --- a meeting deploying the work the feedback gave is no feedback -------------------------------------------------


@pytest.mark.parametrize("text", [
    "为确保如期完成省委第三巡视组交办任务，我局于2022年6月8日召开党组专题会议，研究部署巡察反馈信访工作。",
    "2023年3月2日，县委第一巡察组对县水利局党组开展了巡察。5月10日，县水利局召开党组会议，部署巡察反馈问题整改工作。",
    "区委第二巡察组交办问题清单后，区财政局党组于2021年9月1日召开会议，研究推进巡察反馈意见整改落实工作。",
])
def test_meeting_deploying_feedback_work_gives_no_feedback_date(text):
    assert [i.feedback_date for i in parsed_inspections(text)] in ([], [None])


@pytest.mark.parametrize(("text", "day"), [
    # near-misses: the feedback itself, and a feedback meeting, keep their day
    ("2023年3月2日至4月20日，县委第一巡察组对县水利局党组开展了巡察。5月10日，县委第一巡察组向县水利局党组反馈了巡察意见，"
     "部署巡察反馈问题整改工作。", date(2023, 5, 10)),
    ("2023年3月2日至4月20日，县委第一巡察组对县水利局党组开展了巡察。5月12日，县委第一巡察组召开巡察反馈会。",
     date(2023, 5, 12)),
])
def test_feedback_itself_keeps_its_day(text, day):
    assert [i.feedback_date for i in parsed_inspections(text)] == [day]


# --- a group named only as the source of a feedback the text's own work draws on is no group of the text ----------


@pytest.mark.parametrize("text", [
    "省妇联调研组赴西宁市开展调研\n6月3日至5日，省妇联调研组赴城东区等地开展基层组织建设调研。"
    "调研组结合省委第三巡视组对省妇联巡视情况反馈的意见，对基层妇联工作提出了意见建议。",
    "市科协赴县区开展调研\n9月2日，市科协调研组赴两县开展调研，并参照市委第二巡察组反馈的问题，对科普阵地建设提出要求。",
])
def test_group_only_referred_to_is_no_group(text):
    assert [i.group for i in parsed_inspections(text) if i.group] == []


def test_group_of_the_visit_stays_beside_a_referred_feedback():
    text = ("根据市委统一部署，2023年3月1日至4月30日，市委第二巡察组对市科协党组开展了巡察。2023年6月5日，市委第二巡察组"
            "向市科协党组反馈了巡察意见。市科协党组结合市委第二巡察组反馈的问题，制定整改方案。")
    assert [i.group for i in parsed_inspections(text)] == ["市委第二巡察组"]


# --- problems counted in 件 by the inspection that found them are the problems figure ------------------------------


@pytest.mark.parametrize(("sentence", "figures"), [
    ("据统计，本轮巡察共开展个别谈话512次，召开座谈会18次，发现各类问题86件，问题线索23条。",
     [("problems", 86), ("clues_transferred", 23)]),
    ("巡视组共发现各类问题113件。", [("problems", 113)]),
    ("此次巡察共发现问题41件，已全部反馈被巡察党组织。", [("problems", 41)]),
])
def test_problems_counted_in_jian(sentence, figures):
    assert sentence_figures(sentence) == figures


@pytest.mark.parametrize(("sentence", "figures"), [
    # near-misses: clues in 件 stay clues; a check's findings and letters are no problems figure
    ("巡察共发现问题线索12件。", [("clues_transferred", 12)]),
    ("专项督查中发现问题9件。", []),
    ("受理信访件34件，发现问题21件。", []),
])
def test_jian_counts_that_are_no_problems(sentence, figures):
    assert sentence_figures(sentence) == figures


# --- a term told only with an earlier inspection of another body, whose rectification is checked, is no term ------


@pytest.mark.parametrize("text", [
    "按照县委统一部署，县委第二巡察组对红旗镇党委开展常规巡察。巡察中重点检查惠民政策落实情况、……九届县委专项巡察我县"
    "光明镇环境整治问题整改情况。",
    "根据市委统一部署，市委第三巡察组对新华街道党工委开展巡察，同时督查三届市委机动式巡察新华街道物业管理问题整改落实情况。",
])
def test_term_of_a_checked_earlier_inspection_is_no_term(text):
    assert [i.term for i in parsed_inspections(text)] == [None]


@pytest.mark.parametrize(("text", "term"), [
    # near-misses: the text's own term, and a checked round named with its number, stay
    ("根据十届县委统一部署，十届县委第二轮巡察第一巡察组对红旗镇党委开展常规巡察，重点检查惠民政策落实情况。", 10),
    ("按照县委统一部署，县委第二巡察组对红旗镇党委开展巡察“回头看”，重点检查九届县委第三轮巡察反馈问题整改情况。", 9),
])
def test_own_term_or_checked_round_stays(text, term):
    assert [i.term for i in parsed_inspections(text)] == [term]


# --- a group's raised-level or crossed visit named in its meeting's name names the unit --------------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("市委第二巡察组提级巡察富平县教育局党组工作动员会于2021年5月10日召开。", "富平县教育局党组"),
    ("近日，县委第一巡察组交叉巡察城关镇党委工作动员会召开。", "城关镇党委"),
    ("市委第四巡察组提级交叉巡察白水县林业局党组进驻动员会在该局召开。", "白水县林业局党组"),
])
def test_raised_or_crossed_visit_in_meeting_name(text, unit):
    assert [i.unit for i in parsed_inspections(text)] == [unit]
