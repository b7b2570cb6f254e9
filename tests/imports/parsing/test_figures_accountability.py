"""Every figure of a sentence with its own metric, and no result read from a remainder or a target (issue 14,
item 5). Sentences in the wording of the 001 progress reports and of 纪委监委 news."""

from __future__ import annotations

from imports.parsing.figures import extract_figures
from imports.parsing.model import Line


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(f.metric, f.value, f.unit) for f in extract_figures([Line(1, text)])]


def test_all_accountability_figures_of_one_sentence():
    text = (
        "巡察期间共问责32人，其中给予党纪政务处分12人、诫勉谈话8人、批评教育12人，立案审查5件，"
        "移送司法机关2人，追缴资金3480万元，剩余未追缴348.35万元。"
    )
    assert _figures(text) == [
        ("accountable_people", 32, "人"),
        ("disciplined_people", 12, "人"),
        ("admonished_people", 8, "人"),
        ("criticized_people", 12, "人"),
        ("cases_filed", 5, "件"),
        ("transferred_judicial", 2, "人"),
        ("funds_recovered", 3480, "万元"),
    ]  # 剩余未追缴348.35万元 is what is still owed, not a result


def test_organisational_handling_reminders_rules_and_amounts():
    text = "组织处理6人，提醒谈话23人次，收缴违纪资金120.5万元，清退资金1.2亿元，建章立制46项，整改问题金额3.5亿元。"
    assert _figures(text) == [
        ("organizational_handling", 6, "人"),
        ("reminded_people", 23, "人次"),
        ("funds_recovered", 120.5, "万元"),
        ("funds_recovered", 12000, "万元"),
        ("rules_established", 46, "项"),
        ("amount_rectified", 35000, "万元"),
    ]


def test_targets_and_remainders_are_no_results():
    assert _figures("计划于年底前完成整改12个，力争挽回损失300万元，拟建立制度5项。") == []
    # What is not yet done is a count of its own: 尚未完成 is the 正在推进 figure.
    assert _figures("尚未完成的8个问题正在推进。移交问题线索13件，留置2人。") == [
        ("in_progress", 8, "个"),
        ("clues_transferred", 13, "件"),
        ("detained_people", 2, "人"),
    ]


def test_clues_concluded_are_not_clues_transferred():
    assert _figures("移交问题线索20件，已办结问题线索9件，给予党纪处分2人。") == [
        ("clues_transferred", 20, "件"),
        ("disciplined_people", 2, "人"),
    ]


def test_a_share_of_the_completed_count_is_the_completion_rate_and_no_other_share_is():
    assert _figures("已整改销号问题453个，占整改问题总数的96.18%；申请延期整改问题18个，占3.82%。")[-1] == (
        "completion_rate",
        96.18,
        "%",
    )
    text = "8项未完成整改问题中已完成整改4项，市本级已完成清缴非税收入7969.42万元，占应缴未缴的14.2%。"
    assert "completion_rate" not in [metric for metric, _, _ in _figures(text)]
