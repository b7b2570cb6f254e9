"""Variants of the constructions the r23 rules pass (on r22-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r22 text it was found on."""

from __future__ import annotations

import pytest

from tests.imports.parsing.variants import sentence_figures

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
