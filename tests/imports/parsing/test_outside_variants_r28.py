"""Variants of the constructions the r28 rules pass (on r27-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r27 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import parse_text
from tests.imports.parsing.variants import named_units, parsed_inspections

# --- one day told by its month only gives no date (settled convention 12) ------------------------------------------------


@pytest.mark.parametrize("said", ["2021年9月反馈了巡视情况", "并于2024年4月向集团党委反馈了巡察意见"])
def test_a_feedback_month_gives_no_day(said):
    text = f"根据党中央统一部署，2021年5月至7月，十九届中央第七轮巡视对教育部党组开展常规巡视，{said}。现将巡视整改进展情况予以公布。"
    result = parse_text(text, "month.txt")
    (inspection,) = [i for d in result.documents for i in d.inspections]
    assert inspection.feedback_date is None
    assert (inspection.start, inspection.end) == (date(2021, 5, 1), date(2021, 7, 31))  # a span's months keep their bounds
    assert any("反馈日期只写到月份" in w for w in result.warnings)


def test_a_feedback_day_still_dates_it():
    text = ("根据党中央统一部署，2021年5月至7月，十九届中央第七轮巡视对教育部党组开展常规巡视，2021年9月16日反馈了巡视情况。"
            "现将巡视整改进展情况予以公布。")
    assert {i.feedback_date for i in parsed_inspections(text)} == {date(2021, 9, 16)}


# --- 反馈 only in a document's title or in quoted words dates no feedback ---------------------------------------------


@pytest.mark.parametrize("text", [
    "5月20日上午，医院党委召开巡察整改工作领导小组第一次会议，专题研究学校《关于巡察第一临床医学院党委的反馈意见》，安排部署整改落实工作。",
    "2021年12月14日，县委第四巡察组到该村走访座谈，村支书说：“去年5月份，巡察组对我们村提出了十多条反馈意见，我们一项项整改。",
])
def test_feedback_named_in_a_title_or_quote_dates_nothing(text):
    assert {i.feedback_date for i in parsed_inspections(text)} == {None}


# --- days something was published are no visit span ------------------------------------------------------------------


def test_publishing_days_are_no_visit():
    text = ("十三届江苏省委第二轮巡视陆续进驻\n05.08.2017  03:44\n"
            "8月2日-3日，省纪委网站陆续公布十三届江苏省委第二轮巡视进驻情况。已启动对南京市溧水区、栖霞区、高淳区开展巡视。")
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(None, None)}


def test_a_visits_days_still_date_it():
    # near-miss: the days of the visit itself
    text = "2017年8月2日至10月3日，省委第一巡视组对南京市溧水区、栖霞区、高淳区开展巡视，并于近日公布了巡视情况。"
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(date(2017, 8, 2), date(2017, 10, 3))}


# --- groups entering their bodies over a few days: the first day starts the round, no end -------------------------------


def test_groups_visiting_over_a_few_days_give_no_end():
    text = ("2015年陕西省委第三轮巡视工作已全面启动，2015年8月18日至21日，12个巡视组分别对4个市、8个省直单位、12个县区开展巡视。")
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(date(2015, 8, 18), None)}


# --- list pieces: 以及, 所辖的, a township named with 户 ------------------------------------------------------------------


def test_yiji_joins_two_names_and_suoxia_de_opens_the_list():
    text = ("今年6月，公司党委组建两个巡察组，分别对所辖的政企客户部、云智能事业部、校园客户部以及企业信息化部4个直属单位党支部"
            "开展了为期20天的巡察。")
    assert named_units(text) == ["政企客户部", "云智能事业部", "校园客户部", "企业信息化部"]


def test_a_township_named_with_hu():
    text = ("2023年8月29日至10月26日，州党委巡察组对木垒县东城镇、奇台县七户乡、吉木萨尔县北庭镇3个乡镇党组织开展了常规巡察。")
    assert "奇台县七户乡" in named_units(text) and "奇台县" not in named_units(text)


# --- the groups' meetings held at several bodies name them ------------------------------------------------------------


@pytest.mark.parametrize("text, units", [
    ("6月11日，党委第一、第二、第三巡察组分别在后勤保障处、生物学院、建工学院召开进驻动员会。", ["后勤保障处", "生物学院", "建工学院"]),
    ("12月6日下午，集团公司党委专项巡察第二巡察组进点动员会在一建公司、总承包公司、联建公司和基础公司召开。",
     ["一建公司", "总承包公司", "联建公司", "基础公司"]),
])
def test_meetings_held_at_several_bodies(text, units):
    assert named_units(text) == units
