"""Variants of the constructions the short r34 rules pass (on r33-held) taught the importer (issue 14), written by hand:
the same construction with other units, places and wording, and near-misses the rule must not fire on."""

from __future__ import annotations

import pytest

from tests.imports.parsing.variants import named_units, parsed_inspections, sentence_figures


def test_a_survey_serving_rectification_is_no_visit():
    text = ("为深入贯彻落实省委关于巡视整改的决策部署，2025年5月6日至9日，校党委书记带领调研组，对机电学院、建筑学院、"
            "信息学院等3个二级学院，开展“全覆盖、深层次”专项调研。\n")
    inspection = parsed_inspections(text)[0]
    assert (named_units(text), inspection.start, inspection.end) == ([], None, None)


def test_a_visit_serving_rectification_is_still_a_visit():
    # near-miss: the groups themselves visit
    text = ("根据校党委统一部署，2025年5月6日至6月9日，校党委第一巡察组对机电学院党委开展了巡察。\n")
    assert parsed_inspections(text)[0].start is not None


@pytest.mark.parametrize("text, figures", [
    ("截至目前，完成整改任务40项，整改完成率100%，制定完善制度12项。",
     [("completion_rate", 100), ("rules_established", 12)]),
    ("督促被巡察单位落实整改措施900余项，问责和约谈300余人次。", [("measures", 900)]),
    # near-miss: accountability counted alone
    ("督促被巡察单位落实整改措施900余项，问责30人。", [("measures", 900), ("accountable_people", 30)]),
])
def test_counts(text, figures):
    assert sentence_figures(text) == figures


def test_a_week_of_entries_with_their_meetings_gives_no_end():
    text = ("根据市委统一部署，2017年6月1日至8日，市委第一至第八巡视组分别进驻市教委、市卫计委等20家被巡视单位，"
            "召开了巡视工作动员会，开展市委第二轮专项巡视。\n")
    assert [i.end for i in parsed_inspections(text) if not i.unit][0] is None


def test_a_rounds_bodies_listed_after_their_count():
    text = ("根据省委统一部署，9月8日至10日，省委第三轮专项巡视工作全面启动。\n"
            "本轮专项巡视的4家单位是:省商务厅、省体育局、同煤集团和太重集团。\n")
    assert named_units(text) == ["省商务厅", "省体育局", "同煤集团", "太重集团"]


def test_the_centres_demands_name_no_round_of_a_municipalitys_text():
    text = ("上海市委六个巡视组已经全部进驻被巡视单位，这标志着十一届市委第二轮巡视工作全面展开。"
            "本轮巡视根据十九届中央纪委二次全会和十九届中央首轮巡视工作新要求，认真履行党章赋予的重要职责。\n")
    inspection = parsed_inspections(text)[0]
    assert (inspection.term, inspection.round) == (11, 2)
