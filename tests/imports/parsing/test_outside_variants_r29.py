"""Variants of the constructions the r29 rules pass (on r28-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r28 text it was found on."""

from __future__ import annotations

import pytest

from tests.imports.parsing.variants import named_units, sentence_figures

# --- a deployment's own words after a list are no names -----------------------------------------------------------------


@pytest.mark.parametrize("text, units", [
    ("10月16日，集团公司党组2个巡视组先后进驻国际交流中心、标准化院、财务公司，召开巡视进驻动员会，正式启动现场巡视工作。",
     ["国际交流中心", "标准化院", "财务公司"]),
    # near-miss: an office named for mobilisation is a name
    ("市委第二巡察组对市国防动员办公室、市档案馆、市统计局开展常规巡察。", ["市国防动员办公室", "市档案馆", "市统计局"]),
])
def test_deployment_words_are_no_names(text, units):
    assert named_units(text) == units


# --- places entered, directly followed by the count of bodies in them, and committees sending their groups ----------------


def test_places_of_counted_bodies_and_sending_committees_are_no_units():
    text = ("近日，市委和16个区委开展专项巡视巡察，实行交叉巡察。朝阳区委3个巡察组进驻东城区3家单位、平谷区委3个巡察组进驻"
            "顺义区3家单位、顺义区委3个巡察组进驻通州区3家单位。")
    assert not [u for u in named_units(text) if u in ("东城区", "顺义区", "通州区", "平谷区委", "顺义区委", "朝阳区委")]


def test_a_place_counted_alone_stays_a_unit():
    # near-miss: places named as the round's units, with no count of bodies right after each
    text = "市委第三轮巡察派出3个巡察组，分别进驻东城区、顺义区、通州区开展常规巡察。"
    assert named_units(text) == ["东城区", "顺义区", "通州区"]


# --- how many bodies reached a rate is a distribution, no figure ----------------------------------------------------------


@pytest.mark.parametrize("text, figures", [
    ("297个被巡视地方和单位党组织中，反馈问题整改完成率达到100%的51个，80%以下的4个。", []),
    # near-miss: a rate of the text's own
    ("截至目前，反馈问题整改完成率达到96.5%。", [("completion_rate", 96.5)]),
])
def test_bodies_at_a_rate(text, figures):
    assert sentence_figures(text) == figures
