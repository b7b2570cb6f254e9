"""Variants of the constructions the r13 rules pass (on r12-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r12 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing.chinese import find_range, is_day_range
from imports.parsing.cleaning import clean, repair_dates
from imports.parsing.figures import extract_figures
from imports.parsing.model import Line
from imports.parsing.unit_lists import clean as clean_unit
from tests.imports.parsing.variants import only_inspection, parsed_inspections

# --- unit lists: a list closed by the kinds of its units, with no count ---------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("昭山示范区等县（市）区及园区", "昭山示范区"),
    ("高新区等县(市)区", "高新区"),
    ("城关镇等乡镇（街道）", "城关镇"),
    ("县民政局等部门", "县民政局"),
    ("市一医院等医院", "市一医院"),
])
def test_a_list_closed_by_its_units_kinds_names_only_its_units(name, expected):
    assert clean_unit(name) == expected


@pytest.mark.parametrize("name", ["省高等学校", "县中等职业学校", "县平等村"])
def test_the_等_of_a_name_stays(name):
    # near-miss: 高等/中等/平等 are words, no list's 等
    assert clean_unit(name) == name


# --- groups: an academy's own groups keep their owner ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "group"), [
    ("院党组第三巡视组于2024年4月8日至28日对青藏高原所进行了常规巡视。", "院党组第三巡视组"),
    ("中国科学院党组第五巡视组于2023年5月8日至6月2日对上海光机所进行了常规巡视。", "院党组第五巡视组"),
    ("中国农业科学院党组第二巡视组于2022年9月5日至30日对作物科学研究所进行了巡视。", "院党组第二巡视组"),
])
def test_an_academys_group_keeps_its_owner(text, group):
    assert only_inspection(text).group == group


@pytest.mark.parametrize(("text", "group"), [
    # near-misses: a hospital's, a college's and a university's groups stay as the pinned conventions read them
    ("市人民医院党委第一巡察组于2024年4月8日至5月28日对内科党支部进行了常规巡察。", "党委第一巡察组"),
    ("计算机科学学院党委第二巡察组于2024年4月8日至5月28日对计算机系党支部进行了常规巡察。", "党委第二巡察组"),
    ("校党委第二巡察组于2022年5月17日至6月3日对机关党委开展了现场巡察工作。", "党委第二巡察组"),
])
def test_other_owners_before_党委_are_unchanged(text, group):
    assert only_inspection(text).group == group


# --- dates: a range ending on a day written alone -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end"), [
    ("院党组第三巡视组于2024年4月8日至28日对青藏高原所进行了常规巡视。", date(2024, 4, 8), date(2024, 4, 28)),
    ("2023年9月5日到二十日，县委第二巡察组对县文联党组开展了常规巡察。", date(2023, 9, 5), date(2023, 9, 20)),
    ("中国科学院巡视组于2015年9月14日至18日对成都生物所进行了为期一周的常规巡视。", date(2015, 9, 14), date(2015, 9, 18)),
])
def test_a_range_ending_on_a_day_alone_is_the_visit(text, start, end):
    inspection = only_inspection(text)
    assert (inspection.start, inspection.end) == (start, end)


def test_a_day_range_needs_a_later_day_and_both_日():
    assert is_day_range("2024年4月8日至28日")
    assert not is_day_range("2024年4月8日至5月28日")
    assert find_range("2024年4月28日至8日") is None  # the second day before the first: no range
    # "1月4至5日": a span of days written with one 日 is read as before (no range with a lone day)
    assert not is_day_range("2018年1月4至5日分别向区卫计局反馈")


@pytest.mark.parametrize("text", [
    "2023年2月6日-7日，集团党委第一、第二巡察组分别赴自然生态公司、小额贷款公司召开第三轮巡察动员会。",
    "2018年2月6日至8日，市委巡察工作领导小组专题听取二届市委第二轮巡察情况汇报。",
])
def test_a_few_days_told_without_a_visits_verb_are_a_meetings(text):
    assert all(i.start is None and i.end is None for i in parsed_inspections(text))


# --- dates: the group's own feedback told before the visit; a copier's …… ends a sentence ---------------------------

def test_the_groups_own_feedback_beats_a_leading_groups_meeting_before_the_visit():
    text = (
        "7月10日，院党组巡视工作领导小组召开第三轮巡视集中反馈会议，通报了突出问题。7月12日，院党组第三巡视组向"
        "中国科学院青藏高原研究所反馈了巡视情况。\n按照院党组巡视工作部署，院党组第三巡视组于2024年4月8日至28日对"
        "青藏高原所进行了常规巡视。"
    )
    assert only_inspection(text).feedback_date == date(2024, 7, 12)


def test_a_copiers_cut_before_a_new_date_ends_the_sentence():
    text = (
        "1月15日，院党组巡视工作领导小组召开第二轮巡视集中反馈会议，……1月18日，院党组第二巡视组向大连化学物理"
        "研究所反馈了巡视情况，……\n院党组巡视组于2023年10月10日至30日对大连化学物理研究所进行了常规巡视。"
    )
    assert only_inspection(text).feedback_date == date(2024, 1, 18)


def test_without_a_group_feeding_back_the_meeting_still_dates_it():
    # near-miss: the leading group's meeting is the only dated feedback
    text = (
        "12月17日，院党组巡视工作领导小组召开第四轮巡视集中反馈会议。同日，院党组第二巡视组向理论物理研究所"
        "反馈了巡视情况。\n院党组第二巡视组于2024年10月10日至30日对理论物理所进行了巡视。"
    )
    assert only_inspection(text).feedback_date == date(2024, 12, 17)


# --- units: 进驻X后 -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "unit"), [
    ("市委第二巡察组进驻市融媒体中心后，通过深入学习，大家一致认为要加强监督。", "市融媒体中心"),
    ("县委第一巡察组进驻县档案馆以后，发现了一些问题。", "县档案馆"),
    ("县委第一巡察组进驻县后坝镇党委，开展常规巡察。", "县后坝镇党委"),  # near-miss: 后 inside a name
])
def test_后_after_an_entered_unit_is_time(text, unit):
    assert only_inspection(text).unit == unit


# --- noise: a bulleted portal index, an unlabelled byline, a range's end whose 日 was lost --------------------------

def test_a_bulleted_portal_index_is_chrome():
    lines = clean("  • 发布机构:区卫健局\n  • 成文时间:2025年09月29日\n  • 标  题:X关于巡察整改进展情况的通报\n"
                  "X关于巡察整改进展情况的通报").lines
    assert [line.text for line in lines] == ["X关于巡察整改进展情况的通报"]


def test_a_bullet_opening_a_sentence_stays():
    # near-miss: a bulleted point of the text is no index field
    assert clean("• 标准不高、要求不严的问题依然存在。").lines


@pytest.mark.parametrize(("line", "published"), [
    ("©原创   2017-05-17 10:05   唐成", date(2017, 5, 17)),
    ("2023年03月03日 09:12", date(2023, 3, 3)),
])
def test_an_unlabelled_byline_dates_the_page(line, published):
    cleaned = clean(f"县委第一巡察组进驻县工商联\n{line}\n5月15日，县委第一巡察组进驻县工商联。")
    assert [when for _, when in cleaned.published] == [published]
    assert len(cleaned.lines) == 2


def test_a_dated_sentence_with_a_clock_time_is_no_byline():
    # near-miss: a sentence telling a time is text
    cleaned = clean("2023年3月3日 09:12，县委第一巡察组进驻县工商联，召开动员会。")
    assert cleaned.published == [] and len(cleaned.lines) == 1


def test_a_yearless_entry_under_an_unlabelled_byline_takes_its_year():
    text = "县委第一巡察组进驻县工商联\n©原创   2017-05-17 10:05   唐成\n5月15日，县委第一巡察组进驻县工商联，将对该单位进行为期一个月的巡察工作。"
    assert only_inspection(text).start == date(2017, 5, 15)


@pytest.mark.parametrize(("text", "expected"), [
    ("2022年8月19日至2022年11月15市委第三巡察组对", "2022年8月19日至2022年11月15日市委第三巡察组对"),
    ("3月1日至4月30县委第二巡察组", "3月1日至4月30日县委第二巡察组"),
])
def test_a_ranges_end_whose_日_was_lost_gets_it_back(text, expected):
    assert repair_dates(text) == expected


@pytest.mark.parametrize("text", [
    "8月19日至12月15个工作日",  # a count
    "8月19日至11月35市委",  # no such day
    "8月19至11月15市委",  # the first day lost its 日 too: one reading is not sure
])
def test_a_lost_日_is_not_put_back_where_the_reading_is_unsure(text):
    assert repair_dates(text) == text


# --- figures: 整章建制 --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("巡察反馈的18个问题，已完成整改17个，整章建制4条。", [("problems", 18), ("completed", 17), ("rules_established", 4)]),
    ("共整章建制12项。", [("rules_established", 12)]),
])
def test_整章建制_counts_rules_established(text, expected):
    assert [(f.metric, f.value) for f in extract_figures([Line(1, text)])] == expected


# --- dates: a notice's heading naming the period on the line under it ------------------------------------------------

@pytest.mark.parametrize("heading", ["一、巡察时间", "（二）巡察时间：", "巡视时间"])
def test_a_time_heading_names_the_period_under_it(heading):
    text = (f"巡察公告\n按照市委统一安排，六届市委第九轮巡察派出6个巡察组对市委办公室、市统计局等9个部门单位开展常规巡察。\n"
            f"{heading}\n2025年3月24日至5月30日。")
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(date(2025, 3, 24), date(2025, 5, 30))}


def test_the_letters_window_under_a_time_heading_is_no_visit():
    # near-miss: under another heading, a window for letters is no period of the visit
    text = ("巡察公告\n按照市委统一安排，六届市委第九轮巡察派出6个巡察组对市委办公室、市统计局等9个部门单位开展常规巡察。\n"
            "二、受理时间\n受理信访时间为2025年3月24日至5月25日。")
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(None, None)}


# --- unit lists: a total's 共, schools by their short kind, the league's central committee, federations joined ------

@pytest.mark.parametrize(("name", "expected"), [
    ("苍土乡共6个乡镇及所辖69个村党组织", "苍土乡"),
    ("县交通局共5个单位", "县交通局"),
    ("县旅游工业中专", "县旅游工业中专"),
    ("市职高", "市职高"),
    ("共青团中央", "共青团中央"),
])
def test_names_of_a_list_kept(name, expected):
    assert clean_unit(name) == expected


def test_two_federations_joined_are_two_units():
    text = ("十九届中央第四轮巡视组已进驻最高人民法院、中国人民外交学会、中国文学艺术界联合会和中国作家协会共四个单位，"
            "展开巡视工作。")
    units = [i.unit for i in parsed_inspections(text) if i.unit]
    assert units == ["最高人民法院", "中国人民外交学会", "中国文学艺术界联合会", "中国作家协会"]


def test_社会和_stays_inside_a_name():
    # near-miss: 社会 ends on 会 but is no federation
    assert clean_unit("县人力资源和社会保障局") == "县人力资源和社会保障局"


# --- units and dates: a unit receiving the group's entry; a visit told by its month alone ---------------------------

@pytest.mark.parametrize(("text", "unit"), [
    ("11月23日，区实验幼儿园迎来区第五巡察组进驻巡察，组长带队。", "区实验幼儿园"),
    ("近日，县人民医院迎来县委第三巡察组正式进驻。", "县人民医院"),
])
def test_a_unit_receiving_the_groups_entry_is_the_unit(text, unit):
    assert only_inspection(text).unit == unit


def test_receiving_a_new_stage_names_no_unit():
    # near-miss: 全县 is no organisation
    assert all(not i.unit for i in parsed_inspections("全县迎来巡察组进驻的新阶段。"))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("根据市委统一部署，2024年5月，市委巡察三组对市委统战部开展了巡察。", date(2024, 5, 1), date(2024, 5, 31)),
    ("2023年2月，省委第三巡视组对X市委进行了常规巡视。", date(2023, 2, 1), date(2023, 2, 28)),
])
def test_a_visit_told_by_its_month_alone_spans_the_month(text, start, end):
    inspection = only_inspection(text)
    assert (inspection.start, inspection.end) == (start, end)
    assert inspection.date_precision == {"start": "month", "end": "month"}


@pytest.mark.parametrize("text", [
    "2024年5月起，市委第三巡察组对市统计局党组开展了巡察。",  # a start, no span
    "2024年5月，市委第三巡察组对市统计局党组开展了巡察“回头看”。",  # a look-back is no visit
    "2024年5月底，市委第三巡察组对市统计局党组开展了巡察。",  # a part of a month
])
def test_a_month_that_is_no_visits_span_gives_none(text):
    inspection = only_inspection(text)
    assert (inspection.start, inspection.end) == (None, None)


@pytest.mark.parametrize(("name", "expected"), [
    ("中华全国新闻工作者协会", "中华全国新闻工作者协会"),
    ("市社会工作者协会", "市社会工作者协会"),
    ("巡察工作者", ""),  # near-miss: people, no association
])
def test_an_association_of_workers_is_a_name(name, expected):
    assert clean_unit(name) == expected


@pytest.mark.parametrize(("text", "unit"), [
    ("2020年9月21日，县委第三巡察组巡察县残联党组“回头看”工作动员会召开。", "县残联党组"),
    ("县委第二巡察组巡察县林业局党组回头看动员会召开。", "县林业局党组"),
])
def test_a_look_backs_meeting_names_its_unit(text, unit):
    assert only_inspection(text).unit == unit


def test_a_round_mobilised_is_no_unit():
    text = "7月27日，南方电网公司党组召开第十一轮巡视动员部署会，对第十一轮巡视进行动员部署。"
    assert [i.unit for i in parsed_inspections(text)] == [""]


def test_a_unit_after_对_is_still_read():
    # near-miss: a unit named before its round's words stays a unit
    assert only_inspection("2024年3月1日至4月30日，省委第二巡视组对省文联党组开展了第十一轮巡视。").unit == "省文联党组"
