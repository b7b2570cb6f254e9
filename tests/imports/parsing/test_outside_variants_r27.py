"""Variants of the constructions the r27 rules pass (on r26-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r26 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.imports.parsing.variants import named_units, parsed_inspections, sentence_figures

# --- towns before their villages with no count; every body of a kind -------------------------------------------------


@pytest.mark.parametrize("text, towns", [
    ("区委派出4个巡察组开展专项巡察。\n1.农村集体“三资”管理专项巡察：巡察对象为殷汇镇、牛头山镇、梅龙街道所辖村(社区)；\n"
     "2.医保基金管理专项巡察：巡察对象为区医保局；\n3.安置房分配专项巡察：巡察对象为区房屋征收服务中心。", ["殷汇镇", "牛头山镇", "梅龙街道"]),
    ("县委巡察组对城关镇、河口镇所辖行政村开展巡察，对县民政局、县财政局开展常规巡察。", ["城关镇", "河口镇"]),
])
def test_towns_before_their_villages_are_no_units(text, towns):
    assert not [unit for unit in named_units(text) if unit in towns]


def test_special_rounds_objects_one_a_line():
    text = ("区委派出4个巡察组开展专项巡察。\n1.乡村振兴资金使用监管专项巡察：巡察对象为区农业农村局；\n"
            "2.医保基金管理专项巡察：巡察对象为区医保局；\n3.安置房分配专项巡察：巡察对象为区房屋征收服务中心。")
    assert named_units(text) == ["区农业农村局", "区医保局", "区房屋征收服务中心"]


def test_one_object_line_alone_is_no_list():
    # near-miss: a single object line names one unit the ordinary way, not a round's list
    text = "2024年3月1日至4月30日，区委第一巡察组对区医保局党组开展了专项巡察。巡察对象为区医保局党组。现将巡察整改进展情况予以公布。"
    assert {i.unit for i in parsed_inspections(text)} == {"区医保局党组"}


@pytest.mark.parametrize("text", [
    "市委组成12个专项巡察组，采取“提级+交叉”的方式对全市涉粮单位、企业及各县(市、区)开展联动巡察。",
    "省委巡视组对省直部门、企业和各市州开展巡视。",
])
def test_every_body_of_a_kind_names_none(text):
    assert not [unit for unit in named_units(text) if "各" in unit or unit.startswith("企业")]


# --- problems rectified right after those found are no second count -----------------------------------------------------


@pytest.mark.parametrize("text, figures", [
    ("已对7个乡镇开展专项巡察，发现问题247个,整改问题247个,移交问题线索18件。", [("problems", 247.0), ("clues_transferred", 18.0)]),
    # near-miss: a check's own rectifications are not read as the inspection's completed count
    ("通过联络站发现并督促整改问题585个。", []),
])
def test_rectified_after_found(text, figures):
    assert sentence_figures(text) == figures


# --- a page's byline in day.month.year form ---------------------------------------------------------------------------------


def test_dotted_byline_gives_the_year():
    text = ("省委第五巡视组进驻省民政厅开展巡视工作\n16.08.2017  18:07\n"
            "根据省委巡视工作领导小组统一部署，省委第五巡视组从8月15日起进驻省民政厅开展巡视工作。")
    assert {i.start for i in parsed_inspections(text)} == {date(2017, 8, 15)}


def test_dotted_numbers_in_a_sentence_are_no_byline():
    # near-miss: a version number or a score with dots inside a sentence dates nothing
    text = "根据省委统一部署，省委第五巡视组从8月15日起进驻省民政厅开展巡视工作，系统版本为16.08.2017。"
    assert {i.start for i in parsed_inspections(text)} == {None}


# --- a federation as the meeting's place; a post is no party body ------------------------------------------------------


@pytest.mark.parametrize("text, unit", [
    ("7月11日下午，县委第二巡察组在县文联召开了巡察工作动员会。县文联党组书记、主席李瑞平主持会议。", "县文联"),
    ("3月16日下午，区委第三巡察组在区残联召开巡察工作动员会。区残联党组书记主持会议。", "区残联"),
    # near-miss: the party body named as such (not a post) is the unit
    ("3月16日下午，县委第七巡察组在县工信局召开巡察工作动员会，向县工信局党组通报巡察安排。", "县工信局党组"),
])
def test_meeting_place_and_posts(text, unit):
    assert {i.unit for i in parsed_inspections(text)} == {unit}


# --- the units whose leaders attend, named after 被巡察单位 ------------------------------------------------------------


def test_units_whose_leaders_attend():
    text = ("4月11日上午，集团党委召开第三轮巡察(第一批)进驻动员会。被巡察单位水泥分厂党总支、聚酯分厂党支部、大维分厂党总支党政班子"
            "成员及巡察组全体成员参加会议。")
    assert named_units(text) == ["水泥分厂党总支", "聚酯分厂党支部", "大维分厂党总支"]
