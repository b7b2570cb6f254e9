"""No invented values (issue 14): a field a text does not state stays absent (None or ""), never 0 or a guess."""

from __future__ import annotations

import pytest

from imports.parsing import parse_text

from .outside_set import CASES, KNOWN_MISSES, extract, score

BY_NAME = {case.name: case for case in CASES}


def read(name: str) -> dict:
    case = BY_NAME[name]
    return extract(case.text, case.expect)


def test_no_text_the_rules_were_written_or_tuned_on_gets_a_value_it_does_not_state():
    # every registered batch is tuned on (r10-held since the r11 pass, r11-held since the r12 pass, r12-held since the
    # r13 pass, r13-held since the r14 pass, r14-held since the r15 pass); the unseen batch may still. The readings two batches' readers disagreed
    # on (kaiping_natural_resources_trad's year, baishui's plan round and term, city_second_round_feedback's span,
    # hengyang's 未完成 count, the three academy institutes' yearless feedback days) were settled in the r14 pass
    # (outside_set.py's settled conventions), so KNOWN_MISSES accepts no invented value any more
    invented = {
        case.name: [w for w in score(case)[3] if "+" in w and (case.name, w) not in KNOWN_MISSES]
        for case in CASES
        if case.tuned and score(case)[2]
    }
    assert {name: wrong for name, wrong in invented.items() if wrong} == {}


@pytest.mark.parametrize("name", ["emoji_round", "five_schools", "jishan"])
def test_days_without_a_year_give_no_date(name):
    got = read(name)
    assert (got["start"], got["end"], got["feedback_date"]) == (None, None, None)


def test_an_entry_day_without_its_year_is_no_start():
    # 8月20日，…十届区委第十轮巡察完成进驻工作: the entry rule needs a year and a day.
    assert read("fjsy")["start"] is None


def test_rounds_counted_not_numbered_give_no_round():
    # 对前4輪巡察的14個黨組織…開展督促檢查 names four rounds, not the fourth.
    assert read("funing_check")["round"] is None


def test_problems_a_check_found_still_open_are_no_figure_and_no_zero():
    got = read("xiangyang_check")
    assert got["figures"] == [] and got["problems"] == 0  # no items listed, no count invented


def test_the_units_a_round_reached_are_not_taken_for_its_unit():
    # …市委各巡察组分别向被巡察党组织反馈了巡察情况: no unit named there.
    (document,) = parse_text(BY_NAME["changzhou"].text, "changzhou.txt").documents
    assert document.inspections[0].unit == "" and "被巡察党组织" not in [i.unit for i in document.inspections]
