"""Line cleaning: chrome out, publication date kept, broken sentences rejoined, numbers kept."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing.chinese import find_range, resolve_after, to_int
from imports.parsing.cleaning import clean
from imports.parsing.model import Line
from imports.parsing.titles import is_labelled, title_kind


def test_page_chrome_dropped_and_publication_date_kept():
    text = "今天是:\n\n东丽区关于巡视整改进展情况的通报\n\n来源 :中共天津市东丽区委办公室 访问次数 : 发布时间 :2022-08-16\n正文。\n文章关键字:问题\n"
    cleaned = clean(text)
    assert [line.text for line in cleaned.lines] == ["东丽区关于巡视整改进展情况的通报", "正文。"]
    assert cleaned.published == [(5, date(2022, 8, 16))]


def test_markers_and_page_numbers_dropped_with_original_numbers_kept():
    text = "##paidbegin##\n第一段。\n- 12 -\n第 3 页 共 20 页\n  7  \n第二段。##paidend##\n"
    assert clean(text).lines == [Line(2, "第一段。"), Line(6, "第二段。")]


def test_sentence_broken_by_page_break_is_rejoined():
    text = "全面落实“两\n\n个责任”，紧盯问题。\n（二）下一项\n学习贯彻习近平新时代中国特色社会主义思想，特别是习近平总书记视察\n\n河南重要讲话精神不到位。\n"
    lines = clean(text).lines
    assert lines == [
        Line(1, "全面落实“两个责任”，紧盯问题。"),
        Line(4, "（二）下一项"),
        Line(5, "学习贯彻习近平新时代中国特色社会主义思想，特别是习近平总书记视察河南重要讲话精神不到位。"),
    ]


def test_headings_are_not_joined_to_their_text():
    text = "二、巡视义马市发现的主要问题\n学习贯彻不深入。\n认真履行主体责任\n一是加强学习。\n三、向某公司反馈巡视意见主要问\n题\n"
    assert [line.text for line in clean(text).lines] == [
        "二、巡视义马市发现的主要问题", "学习贯彻不深入。", "认真履行主体责任", "一是加强学习。", "三、向某公司反馈巡视意见主要问题",
    ]  # fmt: skip


def test_spaces_from_pdf_extraction_removed_but_toc_numbers_kept():
    lines = clean("2022年2月27日至6 月15日， 省委第一巡视组\n目\t录\n中共某市委关于巡视整改情况的通报\t66\n").lines
    assert lines[0].text == "2022年2月27日至6月15日，省委第一巡视组"
    assert lines[1].text == "目录"
    assert lines[2].text == "中共某市委关于巡视整改情况的通报\t66"


def test_traditional_script_converted():
    assert clean("關於巡視整改進展情況的通報\n").lines[0].text == "关于巡视整改进展情况的通报"


@pytest.mark.parametrize("label", ["（一）", "(一)", "1.", "1、", "1．", "(1)", "①", "一是", "一、", "第一，", "整改措施："])
def test_labels_in_full_and_half_width(label):
    assert is_labelled(label + "加强学习")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("中共沈阳市和平区委关于十三届省委第四轮巡视整改进展情况的通报", "progress_report"),
        ("中共甘井子区委关于省委巡视整改落实进展情况的通报(社会公开)", "progress_report"),
        ("河南省委巡视组集中向十一届省委第二轮被巡视单位反馈巡视情况", "feedback"),
        ("十二届天津市委第一轮巡视反馈意见摘要", "feedback"),
        ("十一届天津市委第十轮第二批巡视整改情况概览", "overview"),
        ("关于巡察整改进展情况的通报汇编（17篇）", None),
        ("（一）关于常规巡视整改落实情况", None),
        ("根据省委统一部署，现将巡视整改情况予以通报", None),
    ],
)
def test_title_kinds(text, kind):
    assert title_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023年9月21日至11月30日", date(2023, 9, 21), date(2023, 11, 30)),
        ("2022年2月17日—4月15日", date(2022, 2, 17), date(2022, 4, 15)),
        ("2021年3月至4月", date(2021, 3, 1), date(2021, 4, 30)),
        ("二〇二三年九月二十一日至十一月三十日", date(2023, 9, 21), date(2023, 11, 30)),
        ("2023年11月20日至2024年1月10日", date(2023, 11, 20), date(2024, 1, 10)),
        ("2023年12月1日至1月15日", date(2023, 12, 1), date(2024, 1, 15)),  # the end year follows on
    ],
)
def test_periods(text, start, end):
    first, second, _ = find_range(text)
    begin = first.resolve(None)
    assert (begin, resolve_after(second, begin, last_day=True)) == (start, end)


@pytest.mark.parametrize(("text", "value"), [("十三", 13), ("四", 4), ("二十一", 21), ("13", 13), ("二〇二三", 2023), ("壹", 1), ("第", None)])
def test_numerals(text, value):
    assert to_int(text) == value
