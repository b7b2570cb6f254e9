"""Variants of the constructions the r23 rules pass (on r22-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r22 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.imports.parsing.variants import parsed_inspections, sentence_figures

# --- an interview held as accountability (约谈问责) is no metric --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "该问题所涉及的相关人员，2人被县纪委立案审查，7人被县纪委约谈问责。",
    "对5名负有责任的村干部进行约谈问责。",
    "镇纪委对3人约谈问责，督促其限期整改。",
])
def test_interview_accountability_no_metric(text):
    assert ("accountable_people", 7.0) not in sentence_figures(text)
    assert not [f for f in sentence_figures(text) if f[0] == "accountable_people"]


@pytest.mark.parametrize(("text", "figure"), [
    # near-misses: accountability with no interview, or beside one in its own clause, is still counted
    ("巡察移交问题线索12件，问责7人。", ("accountable_people", 7.0)),
    ("约谈相关负责人4人，追责问责7人。", ("accountable_people", 7.0)),
    ("对7名党员干部进行追责。", ("accountable_people", 7.0)),
    ("2人被县纪委立案审查，7人被约谈问责。", ("cases_filed", 2.0)),
])
def test_interview_accountability_near_misses(text, figure):
    assert figure in sentence_figures(text)


# --- 进驻 inside the name of a meeting the group holds dates no start ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "院党组第二巡察组进驻茶叶所开展巡察工作\n日期: 2022-04-12\n按照院党组统一部署，4月12日，院党组第二巡察组召开进驻茶叶所巡察工作动员会。",
    "市委第三巡察组进驻市林业局开展巡察\n发布时间:2023-05-08\n5月8日，市委第三巡察组召开进驻市林业局党组巡察工作动员会。",
    "区委第一巡察组进驻区卫健委\n发布时间:2024-03-20\n3月20日，区委第一巡察组召开了进驻区卫健委党组常规巡察动员部署会。",
])
def test_meeting_named_entry_no_start(text):
    assert [i.start for i in parsed_inspections(text)] == [None]


@pytest.mark.parametrize(("text", "start"), [
    # near-misses: the group entering, with its meeting joined by 并 or after a comma, still dates the start
    ("市委第三巡察组进驻市林业局开展巡察\n发布时间:2023-05-08\n5月8日，市委第三巡察组正式进驻市林业局党组并召开巡察工作动员会。",
     date(2023, 5, 8)),
    ("区委第一巡察组进驻区卫健委\n发布时间:2024-03-20\n3月20日，区委第一巡察组进驻区卫健委党组，召开巡察进驻动员会。",
     date(2024, 3, 20)),
])
def test_meeting_named_entry_near_misses(text, start):
    assert [i.start for i in parsed_inspections(text)] == [start]
