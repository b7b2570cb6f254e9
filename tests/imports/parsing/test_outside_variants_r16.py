"""Variants of the constructions the r16 rules pass (on r15-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r15 text it was found on."""

from __future__ import annotations

import pytest

from imports.parsing import parse_text
from imports.parsing.figures import extract_figures
from imports.parsing.model import Line


def _inspections(text: str):
    return [i for document in parse_text(text, "variant.txt").documents for i in document.inspections]


def _one(text: str):
    (inspection,) = _inspections(text)
    return inspection


def _round_level(text: str):
    return [i for i in _inspections(text) if not i.unit][0]


def _units(text: str) -> list[str]:
    return [i.unit for i in _inspections(text) if i.unit]


def _figures(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract_figures([Line(1, text)])]


# --- rounds: the rounds since one began (从…首轮巡察起) name none ----------------------------------------------------

@pytest.mark.parametrize("since", [
    "从十届市委首轮巡察起，市委巡察办充分发挥统筹协调作用，建立整改会审机制。",
    "自第三轮巡察起，县委巡察办对每轮巡察整改情况开展评估。",
    "从五届区委第二轮巡察起，区委巡察办推行整改销号制度。",
])
def test_the_rounds_since_one_began_name_no_round(since):
    text = "为做好巡察整改“后半篇文章”，某市建立巡察整改会审机制，形成抓整改监督的合力。\n" + since + "\n"
    assert _round_level(text).round is None


@pytest.mark.parametrize(("text", "round_"), [
    # near-misses: a round of the text's own, and a round whose 起 begins another word
    ("2023年3月1日，十届市委第三轮巡察启动，市委派出5个巡察组对12个单位开展常规巡察。\n", 3),
    ("市委巡察办召开会议，部署十届市委第三轮巡察起草工作方案等事项。\n", 3),
])
def test_a_rounds_own_statement_stays(text, round_):
    assert _round_level(text).round == round_


# --- unit lists: a group named 党组巡察组 is no visit of its own; units checked, not visited -----------------------

@pytest.mark.parametrize(("text", "units"), [
    ("根据工作部署，厅党组巡察组于6月12日陆续进驻福建博物院、福建民俗博物馆、福建省美术馆等3家单位开展巡察。\n",
     ["福建博物院", "福建民俗博物馆", "福建省美术馆"]),
    ("按照安排，局党组巡察组于3月1日分别进驻市第一中学、市实验小学、市职业中专等3家单位开展巡察。\n",
     ["市第一中学", "市实验小学", "市职业中专"]),
    ("按照安排，局党组第二巡察组于5月8日进驻市图书馆、市文化馆等2家单位开展巡察。\n", ["市图书馆", "市文化馆"]),
])
def test_a_party_groups_inspection_group_before_an_entry_is_no_unit(text, units):
    assert _units(text) == units


def test_a_group_visiting_a_list_still_names_it():
    # near-miss: 巡察组巡察A、B (the group's own visit) lists its units as before
    text = "根据县委统一部署，县委第二巡察组巡察县人大机关、县政协机关、县应急管理局。\n"
    assert _units(text) == ["县人大机关", "县政协机关", "县应急管理局"]


@pytest.mark.parametrize("checked", [
    "同步对市卫健委、市医保局开展整改督查",
    "同时对县财政局、县审计局进行专项检查",
    "并对区教育局、区人社局开展整改情况调研",
])
def test_units_checked_beside_a_rounds_list_are_no_units(checked):
    text = ("经市委批准，十二届市委第六轮巡察将对市委宣传部、市委统战部、市妇联3个单位党组织开展常规巡察，"
            f"{checked}。\n")
    assert _units(text) == ["市委宣传部", "市委统战部", "市妇联"]


def test_units_visited_with_a_kind_named_after_the_verb_stay():
    # near-miss: 开展…专项巡察 after the list is a visit
    text = ("经市委批准，十二届市委第六轮巡察将对市委宣传部、市委统战部2个单位党组织开展常规巡察，"
            "对市中心医院、市疾控中心2个单位党组织开展医疗领域专项巡察。\n")
    assert _units(text) == ["市委宣传部", "市委统战部", "市中心医院", "市疾控中心"]


# --- figures: clues an inspection found are clues; clues from letters are none (settled convention 6) --------------

@pytest.mark.parametrize(("text", "expected"), [
    ("在首轮巡视中，共发现被巡视党组织问题503个，领导干部问题线索411件，其中县处级以上干部问题线索169件。",
     [("problems", 503), ("clues_transferred", 411)]),
    ("巡察组掌握问题线索5个，移送问题线索3件。", [("clues_transferred", 5), ("clues_transferred", 3)]),
    ("本轮巡察共发现问题线索12条。", [("clues_transferred", 12)]),
])
def test_clues_an_inspection_found_are_the_clues_figure(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("巡察期间，共受理信访举报问题线索45件，发现问题62个。", [("problems", 62)]),
    ("巡察组共受理群众来信来访68件次，其中问题线索12件。", []),
    ("巡察期间共接收信访举报反映的问题线索9条。", []),
    # near-miss: clues found in a clause of their own beside the letters received stay
    ("巡察期间共受理信访举报120件，发现问题线索15条，移交问题线索8件。",
     [("clues_transferred", 15), ("clues_transferred", 8)]),
])
def test_clues_received_from_letters_are_no_figure(text, expected):
    assert _figures(text) == expected
