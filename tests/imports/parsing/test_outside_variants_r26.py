"""Variants of the constructions the r26 rules pass (on r25-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r25 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import DocumentError
from tests.imports.parsing.variants import named_units, parsed_inspections, sentence_figures

# --- towns or places that only say where counted villages are (settled convention 8) -----------------------------------


@pytest.mark.parametrize("text, places", [
    ("县委第十轮巡察派出三个巡察组对孙村镇、繁阳镇、平铺镇的12个村、社区开展为期40天的巡察。", ["孙村镇", "繁阳镇", "平铺镇"]),
    ("区委巡察组对孟河镇、薛家镇、奔牛镇等3个镇所辖47个村(社区)党组织开展巡察。", ["孟河镇", "薛家镇", "奔牛镇"]),
    ("县委已安排3个专项巡察组于7月17日至8月22日对龙城街道、龙田镇、麻榨镇的17个市级贫困村开展专项巡察。", ["龙城街道", "龙田镇"]),
    ("区委组建6个巡察组对老城、五里墩、五星、车站、金牛山五个街道办事处党工委所辖72个社区党组织开展巡察。", ["车站", "老城"]),
])
def test_places_of_counted_villages_are_no_units(text, places):
    units = named_units(text)
    assert not [unit for unit in units if unit in places or unit in ("社区", "村")]


@pytest.mark.parametrize("text, units", [
    # near-misses: towns visited with their villages (及所辖), and towns counted alone, are units
    ("4个县委巡察组对石莲子镇、相沟镇、朱芦镇等3个乡镇及所辖的42个村开展巡察。", ["石莲子镇", "相沟镇", "朱芦镇"]),
    ("本轮对城头镇、水泉镇、西集镇等3个镇党委及所辖67个村级党组织开展常规巡察。", ["城头镇", "水泉镇", "西集镇"]),
    ("本轮巡察对百善镇、南口镇、城南街道3个镇(街道)及所辖村、社区开展常规巡察。", ["百善镇", "南口镇", "城南街道"]),
])
def test_towns_with_their_villages_stay_units(text, units):
    assert named_units(text) == units


# --- groups of one body with different numbers, or a run beside one: no one group ------------------------------------


@pytest.mark.parametrize("text", [
    "日前，扎赉特旗委第二巡察组巡察进驻期间帮助村民建牛棚。今年4月，旗委第一巡察组对音德尔镇民胜村开展常规巡察。",
    "4月17日至23日，市委第一至第八巡察组分别召开巡察市住建委党委等15个市直部门工作动员会；同时新组建市委第九巡察组，召开专项巡察动员会。",
])
def test_several_groups_name_no_group(text):
    assert {i.group for i in parsed_inspections(text)} == {""}


def test_one_group_named_twice_keeps_it():
    # near-miss: the same group said twice, once without its body
    text = ("2024年3月1日至4月30日，县委第二巡察组对县林业局党组开展了常规巡察。5月8日，第二巡察组向县林业局党组反馈了巡察意见。"
            "现将巡察整改进展情况予以公布。")
    assert {i.group for i in parsed_inspections(text)} == {"县委第二巡察组"}


# --- entries: one group's entry after 、, a news agency's dateline, a supervision tour, a plan's year -------------------


def test_each_groups_own_entry_names_its_unit():
    text = ("近日，省委第二巡视组进驻省交通投资集团有限公司、省委第六巡视组进驻省农村发展集团有限公司、省委第八巡视组进驻"
            "省旅游集团有限责任公司开展专项巡视工作。")
    assert named_units(text) == ["省交通投资集团有限公司", "省农村发展集团有限公司", "省旅游集团有限责任公司"]


@pytest.mark.parametrize("text", [
    "浙江在线杭州11月20日讯 近日，省委第二巡视组进驻省交通投资集团有限公司开展专项巡视工作。",
    "新华社北京3月6日电 近日，中央第六巡视组进驻中国石油化工集团公司开展专项巡视工作。",
])
def test_a_datelines_day_is_no_entry_day(text):
    assert {i.start for i in parsed_inspections(text)} == {None}


def test_a_supervision_tours_entry_is_no_start():
    text = "2015年3月2日，各督导巡视组全面进驻依托单位。自3月6日开始，八个督导巡视组陆续前往所在片区进行督导巡视检查。"
    try:
        starts = {i.start for i in parsed_inspections(text)}
    except DocumentError:
        starts = {None}  # refused: no inspection text
    assert starts == {None}


@pytest.mark.parametrize("text, start", [
    ("根据川投集团党委2024年度巡察工作部署，4月22日起，集团党委第一巡察组进驻川投大健康产业集团有限责任公司开展巡察工作。",
     date(2024, 4, 22)),
    # near-miss: two years before the day give it none
    ("根据集团党委2023年和2024年度巡察工作规划，4月22日起，集团党委第一巡察组进驻某某产业集团有限责任公司开展巡察工作。", None),
])
def test_a_plans_year_dates_a_yearless_entry(text, start):
    assert {i.start for i in parsed_inspections(text)} == {start}


# --- a feedback meeting only studied is no feedback day ------------------------------------------------------------------


def test_studied_feedback_meeting_is_no_feedback_day():
    text = ("2021年2月22日下午，院党委召开会议，认真学习省委巡视组对学校党委巡视情况反馈会的讲话精神。"
            "会议宣读了省委巡视组对学校的反馈意见。")
    try:
        days = {i.feedback_date for i in parsed_inspections(text)}
    except DocumentError:
        days = {None}
    assert days == {None}


def test_a_feedback_told_outright_keeps_its_day():
    # near-miss: the feedback itself in the same sentence as a study
    text = "2021年2月22日，省委第三巡视组向学校党委反馈巡视情况，会议传达学习了有关讲话精神。"
    assert {i.feedback_date for i in parsed_inspections(text)} == {date(2021, 2, 22)}


# --- the people of cases just counted (立案审查5件5人) are no second count ------------------------------------------------


@pytest.mark.parametrize("text, figures", [
    ("至目前为止，共移送问题线索60条74人，立案审查5件5人。", [("clues_transferred", 60.0), ("cases_filed", 5.0)]),
    ("今年以来立案124件127人。", [("cases_filed", 124.0)]),
    # near-miss: people counted alone, and an accountability count of cases and people (people kept)
    ("市县两级对巡察问题线索已经立案24人，给予党政纪处分20人。", [("cases_filed", 24.0), ("disciplined_people", 20.0)]),
    ("问责4起4人。", [("accountable_people", 4.0)]),
])
def test_people_of_cases_just_counted(text, figures):
    assert sentence_figures(text) == figures


# --- several committees' own rounds, each visiting its units, are no one round --------------------------------------


def test_several_committees_rounds_are_no_round():
    text = ("乐平市委对建设局等7个单位党组织开展扶贫领域专项巡察；浮梁县委对林业局等10个单位党组织开展首轮巡察；"
            "昌江区委对农业局等3个单位党组织开展首轮巡察。截至目前共发现问题线索52件。")
    assert {i.round for i in parsed_inspections(text)} == {None}


# --- a year's round said to be a term's round is that round ---------------------------------------------------------------


def test_a_years_round_said_to_be_a_terms_round():
    text = ("5月28日，区委召开书记专题会议，听取2018年首轮巡察工作汇报。他说，今年首轮巡察是十届区委第五轮巡察，"
            "区委两个巡察组对邹区镇和西林街道开展了巡察。")
    assert {(i.term, i.round) for i in parsed_inspections(text)} == {(10, 5)}


# --- a photo's caption (a day and a meeting) is no problem ---------------------------------------------------------------


def test_captions_are_no_problems():
    text = ("日前，新北区委第九轮巡察全面启动。区委巡察组对孟河镇、薛家镇等2个镇所辖30个村党组织开展巡察。\n"
            "3月20日,区委第一巡察组巡察孟河镇所辖村(社区)党组织工作动员会\n"
            "3月19日,区委第二巡察组巡察薛家镇所辖村(社区)党组织工作动员会\n")
    assert [item for i in parsed_inspections(text) for item in i.items] == []


# --- names: a department's own group, a room before the meeting, a body and its 党委, kinds of villages -----------------


def test_a_departments_own_group_keeps_its_owner():
    text = "省人社厅党组第一巡察组向省国防科技技师学院党委反馈巡察情况\n8月29日上午，厅党组第一巡察组召开巡察省国防科技技师学院情况反馈会。"
    assert {i.group for i in parsed_inspections(text)} == {"省人社厅党组第一巡察组"}


@pytest.mark.parametrize("text, unit", [
    ("2024年4月1日下午，校党委第一巡察组在碧螺校区A100会议室召开了巡察美术与设计学院党总支工作的动员会。", "美术与设计学院党总支"),
    # near-miss: a body named after 在 is where the group meets and the unit
    ("2021年10月29日上午，校党委第三巡察组在后勤集团召开巡察动员会议，巡察组进驻后勤集团开展巡察。", "后勤集团"),
])
def test_the_room_a_group_meets_in(text, unit):
    assert {i.unit for i in parsed_inspections(text)} == {unit}


def test_a_body_and_its_party_committee_are_one_unit():
    text = ("近日，湛江港集团2022年首轮巡察工作正式启动。集团公司党委巡察组分别进驻石化公司和铁路分公司开展巡察工作。"
            "会议对石化公司和铁路分公司党委巡察工作进行了具体部署。")
    assert named_units(text) == ["石化公司", "铁路分公司"]


@pytest.mark.parametrize("text", [
    "4月17日，市委第九巡察组召开专项巡察南部山区贫困村工作动员会。",
    "根据集团*委的工作安排，9月13日起，集团*委巡察组分别对南京分公司*组织开展现场巡察。",
])
def test_kinds_of_villages_and_censored_names_are_no_unit(text):
    try:
        units = {i.unit for i in parsed_inspections(text)}
    except DocumentError:
        units = {""}
    assert not [u for u in units if "贫困村" in u or "*" in u]


# --- a round whose own list the text gives, told after one group's entry, is the round's news --------------------------


def test_one_entry_then_the_rounds_list():
    text = ("根据中央统一部署，中央第六巡视组近日进驻中国石油化工集团公司开展专项巡视工作。这标志着今年中央第三轮巡视工作已陆续展开。"
            "今年中央第三轮巡视将对文化部、环保部、中国科协、全国工商联、中石化等5个单位进行专项巡视。")
    inspections = parsed_inspections(text)
    assert [i.unit for i in inspections if i.unit] == ["文化部", "环保部", "中国科协", "全国工商联", "中石化"]
    assert {i.group for i in inspections if not i.unit} == {""}
