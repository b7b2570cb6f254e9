"""Variants of the constructions the r24 rules pass (on r23-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r23 text it was found on."""

from __future__ import annotations

import pytest

from tests.imports.parsing.variants import named_units, parsed_inspections

# --- places counted, then the counted bodies in them (5个省（区）的20个邮政单位), are no units (settled convention 8) ---


@pytest.mark.parametrize(("text", "places"), [
    ("集团公司党组第二批将对安徽、福建、湖北、陕西、宁夏5个省(区)的20个邮政单位开展巡视。", ["安徽", "福建", "宁夏"]),
    ("第二批将对安徽,、福建、湖北,、陕西,、宁夏5个省(区)的20个邮政单位领导班子开展巡视监督。", ["安徽", "陕西"]),
    ("总行党委将对河北、山西、内蒙古3个省（区）所属12家分行开展巡视。", ["河北", "内蒙古"]),
    ("市委巡察组对东城区和西城区2个区的16个街道党工委开展常规巡察。", ["东城区", "西城区"]),
    ("本轮对江苏、浙江等2个省所辖9个市局开展巡视。", ["江苏", "浙江"]),
])
def test_places_of_counted_bodies_are_no_units(text, places):
    units = named_units(text)
    assert not [place for place in places if place in units]


@pytest.mark.parametrize(("text", "units"), [
    # near-misses: places counted alone are the round's units; a list with no count after it is kept
    ("第二批将对安徽、福建、湖北、陕西、宁夏5个省(区)开展巡视监督。", ["安徽", "福建", "湖北", "陕西", "宁夏"]),
    ("市委第一巡察组对甘州区、临泽县2个县区的市场监管局开展巡察。", ["甘州区", "临泽县"]),
    ("县委巡察组对城关镇、河口镇、石门乡开展常规巡察。", ["城关镇", "河口镇", "石门乡"]),
])
def test_places_of_counted_bodies_near_misses(text, units):
    assert named_units(text) == units


# --- a committee written out (委员会) with its term before its round: 第二届委员会第七轮巡察 --------------------------------


@pytest.mark.parametrize(("text", "term"), [
    ("9月21日，我校第二届委员会第七轮巡察工作动员部署会召开。本轮巡察对作曲系党总支开展常规巡察。", 2),
    ("11月15日上午，中共土默特左旗十二届委员会召开第七轮巡察工作动员部署会。本轮对旗教育局党组开展常规巡察。", 12),
    ("中共某某县第十五届委员会第三轮巡察工作动员会召开，县委第一巡察组对县财政局党组开展常规巡察。", 15),
])
def test_committee_written_out_term(text, term):
    assert {i.term for i in parsed_inspections(text)} == {term}


@pytest.mark.parametrize("text", [
    # near-misses: a plenary of a committee, or a committee with no round in its clause, gives no term
    "学校召开学习十九届中央委员会第三次全体会议精神会议，部署第二轮巡察，对作曲系党总支开展常规巡察。",
    "中共某某县第十五届委员会召开全体会议。县委第一巡察组对县财政局党组开展第三轮常规巡察。",
])
def test_committee_written_out_term_near_misses(text):
    assert {i.term for i in parsed_inspections(text)} == {None}


# --- a committee written with its term (中共X十二届委员会) holds the round and is no unit ----------------------------------


@pytest.mark.parametrize("text", [
    "11月15日上午，中共土默特左旗十二届委员会召开第七轮巡察工作动员部署会。",
    "3月2日，中共某某县第十五届委员会召开第三轮巡察工作动员部署会，对县财政局党组开展常规巡察。",
])
def test_committee_with_term_is_no_unit(text):
    assert not [u for u in named_units(text) if "届" in u]


def test_committee_without_term_near_miss():
    # near-miss: the last-resort signature without a term still names its committee
    assert named_units("11月15日上午，中共某某县委员会召开第七轮巡察工作动员部署会。")


# --- a short name declared inside a name, before its kind, is no part of it: X学院(以下简称港职院)党委 -----------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("2024年3月6日上午，市委第五巡察组巡察防城港职业技术学院(以下简称港职院)党委工作动员会在学校召开。", "防城港职业技术学院党委"),
    ("2024年3月6日，市委第二巡察组巡察某某县人民医院（以下简称“县医院”）党委工作动员会召开。", "某某县人民医院党委"),
])
def test_short_name_inside_a_name(text, unit):
    assert named_units(text) == [unit]


def test_short_name_after_a_name_near_miss():
    # near-miss: a short name after the whole name was already dropped; the name stays as written
    assert named_units("2024年3月6日，市委第二巡察组对某某县人民医院（以下简称县医院）开展常规巡察。") == ["某某县人民医院"]
