"""Variants of the constructions the r19 rules pass (on r18-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r18 text it was found on."""

from __future__ import annotations

import pytest

from imports.parsing.figures import extract_figures
from imports.parsing.model import Line
from tests.imports.parsing.variants import parsed_inspections


def _figures(*lines: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract_figures([Line(n, text) for n, text in enumerate(lines, 1)])]


# --- problems counted by their done state are the completed count ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "figures"), [
    ("截至目前，共计12个问题已整改完成。", [("completed", 12)]),
    ("截至6月底，9个问题已完成整改，其余问题正在推进。", [("completed", 9)]),
    ("巡察反馈的26个问题中共20个问题已完成(含基本完成)整改，仍需长期整改6个。",
     [("problems", 26), ("completed", 20), ("long_term", 6)]),
    ("共计7项具体问题已经整改到位。", [("completed", 7)]),
])
def test_problems_counted_by_their_done_state(sentence, figures):
    assert _figures(sentence) == figures


@pytest.mark.parametrize(("sentence", "figures"), [
    # near-misses: all of them said done (the total stands), a count of problems with no state
    ("巡察反馈的15个问题已全部整改完成。", [("problems", 15)]),
    ("巡察反馈的15个问题均已整改完成。", [("problems", 15)]),
    ("针对巡察反馈的18个问题，制定整改措施52条。", [("problems", 18), ("measures", 52)]),
])
def test_problems_all_done_or_without_state_stay_problems(sentence, figures):
    assert [f for f in _figures(sentence) if f[0] == "problems"] == [f for f in figures if f[0] == "problems"]


@pytest.mark.parametrize(("sentence", "figures"), [
    ("制定的整改措施共计64条、已完成(含基本完成)整改措施51条，建立完善制度9项。",
     [("measures", 64), ("rules_established", 9)]),
    ("制定整改措施40条，已完成整改措施32条。", [("measures", 40)]),
])
def test_measures_counted_by_their_done_state_are_no_measures(sentence, figures):
    assert [f for f in _figures(sentence) if f[0] in ("measures", "rules_established")] == figures


def test_measures_made_stay():
    assert ("measures", 33) in _figures("针对反馈问题，制定整改措施33条。")


# --- the finer problems the coarser ones hold (settled convention 4) -------------------------------------------------

@pytest.mark.parametrize(("sentence", "figures"), [
    ("针对反馈的3个方面9项具体问题涉及的21个细化问题，逐一明确责任领导和整改时限。", [("problems", 21)]),
    ("巡察反馈的5项问题包含14个具体问题，均已制定整改措施。", [("problems", 14)]),
])
def test_the_finer_problems_held_are_the_count(sentence, figures):
    assert [f for f in _figures(sentence) if f[0] == "problems"] == figures


def test_problems_touching_other_things_stay_the_count():
    # near-miss: what the problems touch (units, people) is no finer count
    assert ("problems", 7) in _figures("针对反馈的7项问题涉及的12个单位，逐一明确整改责任。")


# --- two bodies' inspections joined give no term or round --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "十二届省委巡视、九届市委第三轮巡察开展以来，派驻纪检监察组督促县公安局党委高度重视巡视巡察工作。\n",
    "十一届省委巡视和六届县委第二轮巡察期间，派驻组参与谈话座谈，向巡视巡察组介绍情况。\n",
])
def test_two_bodies_inspections_joined_give_no_term_or_round(text):
    for inspection in parsed_inspections(text):
        assert (inspection.term, inspection.round) == (None, None)


def test_one_bodys_round_stays():
    # near-miss: one body's round alone
    text = "按照九届市委第三轮巡察工作安排，2024年4月8日，市委第二巡察组进驻市水利局党组开展常规巡察。\n"
    assert [(i.term, i.round) for i in parsed_inspections(text)] == [(9, 3)]


# --- a body's own inspection work deployed beside a central round only conveyed ------------------------------------------

def test_own_work_deployed_beside_a_conveyed_central_round_names_no_round():
    text = ("4月2日,国家林业和草原局党组巡视工作动员部署会在京召开,安排部署2023年局党组巡视工作。会上,驻局纪检监察组组长"
            "传达了2023年全国巡视工作会议暨二十届中央第一轮巡视动员部署会精神。\n")
    assert [(i.term, i.round) for i in parsed_inspections(text)] == [(None, None)]


def test_own_round_beside_a_conveyed_central_round_stays():
    # near-miss: the body's own round is named
    text = ("4月2日,局党组第五轮巡视工作动员部署会召开。会上传达了二十届中央第一轮巡视动员部署会精神。"
            "局党组第一巡视组进驻局机关服务中心党委开展常规巡视。\n")
    assert {i.round for i in parsed_inspections(text)} == {5}


# --- towns counted before 所辖 villages; kinds of school or enterprise --------------------------------------------------

def test_towns_counted_before_their_villages_are_no_units():
    text = ("十六届县委第二轮巡察组建4个巡察组,对县审计局、县医保局2个县直部门党组,城关镇、马庄镇2镇所辖31个村级党组织"
            "开展常规巡察。\n")
    assert [i.unit for i in parsed_inspections(text) if i.unit] == ["县审计局", "县医保局"]


def test_towns_listed_and_counted_themselves_stay():
    # near-miss: the towns are what is visited
    text = "县委巡察组对县审计局、城关镇、马庄镇开展常规巡察。\n"
    assert [i.unit for i in parsed_inspections(text) if i.unit] == ["县审计局", "城关镇", "马庄镇"]


def test_kinds_of_school_are_no_units():
    text = "六届市委第三轮巡察完成进驻工作。4个巡察组将对市教育局、高职院校、中小学校和1家国有企业开展常规巡察。\n"
    assert [i.unit for i in parsed_inspections(text) if i.unit] == ["市教育局"]


def test_a_named_school_stays():
    text = "市委巡察组对市第一中学、市职业技术学院开展常规巡察。\n"
    assert [i.unit for i in parsed_inspections(text) if i.unit] == ["市第一中学", "市职业技术学院"]


# --- a page's summary label before its first paragraph -------------------------------------------------------------------

def test_a_summary_label_before_the_paragraph_is_chrome():
    text = "摘要:根据市委关于巡察工作的统一部署,截至5月10日,六届市委第三轮巡察完成进驻工作。4个巡察组将对8个单位开展常规巡察。\n"
    assert [(i.term, i.round) for i in parsed_inspections(text)] == [(6, 3)]
