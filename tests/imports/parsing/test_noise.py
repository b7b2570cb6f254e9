"""Conversion noise in outside texts (issue 14, item 6): pinyin after characters, dates whose 年/月 were lost,
mixed punctuation widths, stray spaces."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import parse_text
from imports.parsing.cleaning import normalize_line, repair_dates


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("202356日", "2023年5月6日"),
        ("2023年56日", "2023年5月6日"),
        ("20235月6日", "2023年5月6日"),
        ("2023511日至610日", "2023年5月11日至6月10日"),
        ("2023年1012日", "2023年10月12日"),
        # Two readings (1月15日 / 11月5日): left as written, never guessed.
        ("2023115日", "2023115日"),
        # No valid reading (1月32日 / 13月2日): left alone.
        ("2023132日", "2023132日"),
        ("共20236人", "共20236人"),
        ("5月6日至30日", "5月6日至30日"),  # a day-only range end is no lost month
    ],
)
def test_run_together_dates(written, read):
    assert repair_dates(written) == read


def test_pinyin_annotations_are_dropped():
    assert normalize_line("根據(jù)省委統一部署，反饋（kuì）意見") == "根據省委統一部署，反饋意見"
    assert normalize_line("附件(PDF)") == "附件(PDF)"  # not pinyin: capitals


NOISY = """中共某某縣水利局黨組關於縣委第二輪巡察整改進展情況的通報
根據(jù)縣委統一部署,202336日至428日,縣委第一巡察組對某某縣 水利局 黨組進行了常規巡察。2023年615日,縣委巡察組向某某縣水利局黨組反饋(kuì)了巡察意見。
"""


def test_a_noisy_traditional_report_reads_like_a_clean_one():
    [document] = parse_text(NOISY, "noisy.txt").documents
    [i] = document.inspections
    assert i.unit == "某某县水利局党组"
    assert (i.start, i.end, i.feedback_date) == (date(2023, 3, 6), date(2023, 4, 28), date(2023, 6, 15))
    assert (i.group, i.round, i.types) == ("县委第一巡察组", 2, ["常规"])


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("开展了常规巡察.2023年6月8日,反馈.", "开展了常规巡察。2023年6月8日,反馈。"),
        ("一.总体情况", "一.总体情况"),  # a heading label keeps its dot
        ("追缴资金7.132万元.", "追缴资金7.132万元。"),  # a decimal point stays
        ("2023.5.6开始", "2023.5.6开始"),
        ("1.贯彻落实", "1.贯彻落实"),
    ],
)
def test_a_half_width_period_ending_a_sentence_is_a_full_stop(written, read):
    assert normalize_line(written) == read


def test_sentences_ended_by_half_width_periods_keep_their_feedback_date():
    text = (
        "根据区委统一部署,2023年3月1日-4月30日,区委第二巡察组对区林业局党组开展了常规巡察."
        "2023年6月8日,区委第二巡察组向区林业局党组反馈了巡察意见."
    )
    [inspection] = parse_text(text, "dots.txt").documents[0].inspections
    assert (inspection.start, inspection.end, inspection.feedback_date) == (
        date(2023, 3, 1),
        date(2023, 4, 30),
        date(2023, 6, 8),
    )
