"""Dates as outside texts state them (issue 14): parts of a month, 起…至, a year only in the signature or page,
the last day on site stated on its own, the term stated with the round further down. A date the text does not pin
down stays absent."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import parse_text
from imports.parsing.chinese import find_range


def _main(text: str):
    (document,) = parse_text(text, "dates.txt").documents
    return document.inspections[0]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("2022年11月下旬至2023年1月上旬", (2022, 11, None), (2023, 1, None)),
        ("2022年3月初至4月底", (2022, 3, None), (None, 4, None)),
        ("自2023年3月1日起至4月30日", (2023, 3, 1), (None, 4, 30)),
        ("2021年4月6日—5月28日", (2021, 4, 6), (None, 5, 28)),
    ],
)
def test_ranges(text, first, second):
    a, b, _ = find_range(text)
    assert (a.year, a.month, a.day) == first and (b.year, b.month, b.day) == second


def test_a_part_of_a_month_gives_no_day_but_dates_what_follows():
    # (settled convention 11: 下旬 read as the 1st would be a guess the ledger shows as a day; the span still gives the
    # year the feedback's and later days follow)
    text = (
        "根据县委统一部署，2022年11月下旬至2023年1月上旬，县委第二巡察组对县林业局党组开展了常规巡察。"
        "3月2日，县委第二巡察组向县林业局党组反馈了巡察意见。现将巡察整改进展情况予以公布。"
    )
    result = parse_text(text, "lin.txt")
    (got,) = [i for d in result.documents for i in d.inspections]
    assert (got.start, got.end, got.feedback_date) == (None, None, date(2023, 3, 2))
    assert "start" not in got.date_precision and got.date_precision["feedback_date"] == "day"
    assert any("只写到上中下旬或月初月底" in w for w in result.warnings)


@pytest.mark.parametrize("period", ["2022年11月至2023年1月", "2022年11月1日至2023年1月31日"])
def test_whole_months_or_days_still_date_the_visit(period):
    got = _main(f"根据县委统一部署，{period}，县委第二巡察组对县林业局党组开展了常规巡察。现将巡察整改进展情况予以公布。")
    assert (got.start, got.end) == (date(2022, 11, 1), date(2023, 1, 31))


SIGNED = """按照区委巡察工作统一安排,十八届区委第一轮巡察从{period},对马泉街道、区招商局等7个单位开展常规巡察。
中共咸阳市秦都区委巡察工作领导小组办公室
2022年6月9日
"""


def test_a_yearless_period_takes_the_signature_year():
    got = _main(SIGNED.format(period="6月9日至8月23日"))
    assert (got.start, got.end) == (date(2022, 6, 9), date(2022, 8, 23))


def test_a_yearless_period_after_the_signature_month_stays_undated():
    # published in June about a visit from September: this year's or last year's cannot be told
    got = _main(SIGNED.format(period="9月9日至11月23日"))
    assert (got.start, got.end) == (None, None)


def test_the_last_day_on_site_stated_on_its_own():
    got = _main(
        "根据牡丹区委统一部署,截至11月15日,五届区委第九轮巡察完成进驻工作。5个巡察组将对小留镇党委、高庄镇党委开展常规巡察。\n"
        "5个区委巡察组将在被巡察单位工作2个月左右,2025年1月15日结束现场巡察。"
    )
    assert (got.start, got.end) == (None, date(2025, 1, 15))


def test_a_yearless_last_day_stays_absent():
    got = _main(
        "3月1日上午,十二届市委第二轮巡察动员部署会召开。本轮巡察共派出4个巡察组,对店埠镇等16个乡镇开展常规巡察。\n"
        "本轮驻点巡察时间为2个月左右,3月初进驻,4月30日前驻点巡察结束。"
    )
    assert (got.start, got.end) == (None, None)


def test_the_term_stated_with_the_same_round_further_down():
    got = _main(
        "根据县委统一部署,2022年5月5日,县委正式启动第三轮巡察工作。截至5月7日,县委3个巡察组已全部完成进驻。\n"
        "附件:十五届县委第三轮巡察进驻情况一览表"
    )
    assert (got.term, got.round) == (15, 3)


def test_a_term_stated_with_another_round_is_not_taken():
    got = _main(
        "根据县委统一部署,2022年5月5日,县委正式启动第三轮巡察工作。截至5月7日,县委3个巡察组已全部完成进驻。\n"
        "附件:十五届县委第二轮巡察整改情况一览表"
    )
    assert (got.term, got.round) == (None, 3)


def test_a_day_then_qi_opens_the_visit():
    got = _main("2023年4月10日起，市委第二巡察组对市民政局党组开展为期两个月的常规巡察。")
    assert (got.unit, got.start, got.end) == ("市民政局党组", date(2023, 4, 10), None)


def test_the_days_letters_are_received_are_not_the_visit():
    got = _main("市委第二巡察组对市民政局党组开展常规巡察。巡察组受理信访时间自2023年4月10日起至6月10日。")
    assert (got.start, got.end) == (None, None)


PROGRESS_WE = """根据县委巡察工作统一部署，2023年3月15日至5月15日，县委第二巡察组对我局党组开展了常规巡察，并于2023年7月6日反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。
一、整改工作总体情况
巡察反馈的32个问题已整改完成28个，正在整改4个。
{signature}"""


def test_we_are_the_unit_the_signature_names():
    got = _main(PROGRESS_WE.format(signature="中共某某县水利局党组\n2023年10月8日"))
    assert got.unit == "某某县水利局党组"


def test_we_without_a_signature_is_no_unit():
    got = _main(PROGRESS_WE.format(signature="2023年10月8日"))
    assert got.unit == ""


def test_a_yearless_visit_before_its_dated_feedback_takes_the_feedbacks_year():
    got = _main(
        "2023年6月8日，县委第二巡察组巡察县林业局党组情况反馈会召开。"
        "根据县委统一部署，3月1日至4月30日，县委第二巡察组对县林业局党组开展了常规巡察。"
    )
    assert (got.start, got.end, got.feedback_date) == (date(2023, 3, 1), date(2023, 4, 30), date(2023, 6, 8))


def test_a_yearless_visit_over_the_new_year_before_its_feedback():
    got = _main(
        "2023年1月18日，县委第二巡察组向县林业局党组反馈了巡察意见。"
        "根据县委统一部署，11月1日至12月30日，县委第二巡察组对县林业局党组开展了常规巡察。"
    )
    assert (got.start, got.end) == (date(2022, 11, 1), date(2022, 12, 30))


def test_the_unit_of_a_group_in_a_sentence_after_the_period():
    got = _main("本轮巡察进驻时间为2023年3月1日至4月30日。县委第二巡察组对县林业局党组开展了常规巡察。")
    assert (got.unit, got.start, got.end) == ("县林业局党组", date(2023, 3, 1), date(2023, 4, 30))


def test_the_on_site_visit_ends_on_a_stated_day():
    got = _main("2023年3月1日，县委第二巡察组进驻县林业局党组开展常规巡察。现场巡察于2023年4月28日结束。")
    assert (got.start, got.end) == (date(2023, 3, 1), date(2023, 4, 28))


def test_the_term_said_after_the_body():
    got = _main("根据市委统一部署，市委十四届第二轮巡察第三巡察组于2024年3月12日至5月10日对市统计局党组进行了巡察。")
    assert (got.term, got.round) == (14, 2)
