"""Variants of the constructions the r30 rules pass (on r29-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r29 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.imports.parsing.variants import (
    named_units,
    only_inspection,
    parsed_inspections,
    sentence_figures,
    text_figures,
)

# --- a look-back whose group is written 巡察第N组, and a feedback sentence that also conveys a hearing ----------------------


def test_a_look_back_by_a_group_written_with_its_number_after_the_word():
    text = ("市委第二巡察组向市人民医院党委反馈巡察情况\n"
            "6月3日，市委第二巡察组向市人民医院党委反馈巡察情况，并传达市委书记听取十一届市委第九轮巡察情况汇报时的讲话精神。\n"
            "根据市委巡察工作统一部署，2022年3月1日至4月15日，市委巡察第二组对市人民医院党委开展了巡察“回头看”。\n")
    inspection = only_inspection(text)
    assert (inspection.start, inspection.end) == (date(2022, 3, 1), date(2022, 4, 15))
    assert inspection.feedback_date == date(2022, 6, 3)


def test_a_meeting_hearing_the_feedback_report_is_still_no_feedback():
    # near-miss: the clause saying 反馈 is itself the hearing (听取…反馈情况汇报)
    text = ("县委巡察工作领导小组召开会议\n"
            "2021年4月1日至5月10日，县委第一巡察组对县水利局党组开展了常规巡察。"
            "6月2日，县委巡察工作领导小组召开会议，听取了县委第一巡察组巡察反馈情况汇报。\n")
    assert only_inspection(text).feedback_date is None


# --- a notice: its visit runs from the notice's day (即日) to the day named; the group signs it ----------------------------


def test_a_notice_from_today_until_a_day_signed_by_its_group():
    text = ("根据学校党委统一部署，自即日起至12月15日，学校党委巡察组对图书馆党总支开展巡察。现将有关事项公告如下：\n"
            "一、巡察对象\n图书馆党总支领导班子及其成员。\n"
            "党委第三巡察组\n2023年11月20日\n")
    inspection = only_inspection(text)
    assert inspection.end == date(2023, 12, 15)
    assert inspection.group == "党委第三巡察组"


def test_a_signature_that_is_no_group_gives_none():
    # near-miss: the notice is signed by the office, not a group
    text = ("根据学校党委统一部署，自即日起至12月15日，学校党委巡察组对图书馆党总支开展巡察。现将有关事项公告如下：\n"
            "一、巡察对象\n图书馆党总支领导班子及其成员。\n"
            "党委巡察工作办公室\n2023年11月20日\n")
    assert only_inspection(text).group == ""


# --- bodies named one per meeting, or as the places a round's groups fed back at -------------------------------------------


def test_two_mobilisations_each_naming_its_unit():
    text = ("学校党委正式启动第三批校内政治巡察工作\n"
            "按照学校党委统一部署，9月5日，学校分别召开巡察图书馆直属党支部工作动员大会和巡察后勤管理处党总支工作动员大会。"
            "党委第三批巡察组第一组组长、第二组组长出席会议。\n")
    assert named_units(text) == ["图书馆直属党支部", "后勤管理处党总支"]


def test_groups_feeding_back_at_several_colleges_joined_by_comma_before_the_meeting():
    text = ("4月2日，校党委各巡察组分别到数学与统计学院、化学化工学院和历史文化学院，召开三届党委第二轮巡察情况反馈会议。\n")
    assert named_units(text) == ["数学与统计学院", "化学化工学院", "历史文化学院"]


def test_list_items_one_ending_another_stay_two():
    text = ("日前，学校第五届党委第一轮巡察3个巡察组完成向管理学院党委、理学院党委、文学院党委、人文学院党委等4个党组织进驻。\n")
    assert named_units(text) == ["管理学院党委", "理学院党委", "文学院党委", "人文学院党委"]


def test_a_name_said_again_with_words_before_it_is_still_one():
    # near-miss: the shorter name is the longer's tail only, never an item of its own
    text = ("今天上午，市委第一巡察组进驻市委办公室系统单位，开始对市委办公室、市档案馆、市委机要局进行为期两个月的巡察。\n")
    assert named_units(text) == ["市委办公室", "市档案馆", "市委机要局"]


# --- a superior's group guiding a linked round is no group of the text ----------------------------------------------------


@pytest.mark.parametrize("text, group", [
    ("经省委第五巡视组与学院党委商定，3月9日，学院召开巡视巡察联动工作动员会。省委第五巡视组联络员到会指导。"
     "学院组建联动巡察组，对各二级学院开展专项巡察。", ""),
    # near-miss: the group attending the unit's own meeting on its feedback is the group that visited it
    ("8月24日，县财政局召开巡察整改专题民主生活会，县委第三巡察组组长到会指导。", "县委第三巡察组"),
])
def test_guiding_groups(text, group):
    assert [i.group for i in parsed_inspections(text)][0] == group


# --- counts that are not the text's own figures ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, figures", [
    ("市委主要负责同志带头研究整改方案，主动认领8个反馈问题。", []),
    ("各位市级领导分别领办反馈问题15个。", []),
    # near-miss: the feedback's own count
    ("巡视组共反馈问题8个，市委已全部认领。", [("problems", 8)]),
    ("全市共开展9轮巡察，发现问题2941个，移交问题线索1138个，给予党纪政务处分及组织处理181人。",
     [("problems", 2941), ("clues_transferred", 1138)]),
    # near-miss: organisational handling counted alone
    ("本轮巡察共发现问题300个，组织处理18人。", [("problems", 300), ("organizational_handling", 18)]),
    ("已完成对98个村的交叉巡察，发现问题585个，立案查处侵害群众利益问题27件。", [("problems", 585), ("cases_filed", 27)]),
    # near-miss: problems counted in 件 with no 立案 are problems
    ("巡察组共发现问题27件。", [("problems", 27)]),
])
def test_counts(text, figures):
    assert sentence_figures(text) == figures


def test_a_part_of_a_total_told_again_is_no_second_count():
    text = ("第三轮巡察共发现问题96个，其中交叉巡察组发现问题41个。\n"
            "交叉巡察组克服困难，发现3个被巡察党组织存在问题41个。\n")
    assert text_figures(text) == [("problems", 96)]


# --- the group of the clause that names the unit, and the round under way ---------------------------------------------------


def test_a_units_group_from_its_own_clause_and_the_round_under_way_with_its_place():
    text = ("近日，区委第二巡察组工作人员到城关镇东街村回访。\n"
            "2023年5月，区委第二巡察组对城关镇东街村等6个村党组织开展常规巡察。\n"
            "九届高新区委第六轮巡察工作开展以来，各巡察组坚持重心下移，走村入户。\n")
    unit = [i for i in parsed_inspections(text) if i.unit][0]
    assert (unit.unit, unit.group, unit.term, unit.round) == ("城关镇东街村", "区委第二巡察组", 9, 6)


def test_a_story_starting_from_its_round():
    text = ("巡察村(社区)微故事\n"
            "“路灯终于亮了！”9月20日，东村88岁的老人对回访的县委第三巡察组干部说。\n"
            "事情要从县委第十轮村(社区)巡察说起。\n"
            "7月6日，县委第三巡察组进驻城关镇东村。\n")
    assert only_inspection(text).round == 10


def test_rounds_since_the_first_are_still_none():
    # near-miss: since a term's first round, rounds are counted, none named
    text = ("自2016年9月本届县委开展首轮巡察工作以来，县委各巡察组共发现问题300个。\n")
    assert [i.round for i in parsed_inspections(text)][0] is None


# --- a story's visited body ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, unit", [
    ("2023年6月，区委第一巡察组首次进驻西坞村。在实地走访过程中，不少村民反映…", "西坞村"),
    ("这是县委第二巡察组入驻城东街道办事处以来接到的第三个来访电话。", "城东街道办事处"),
    ("日前，常州市新北区委第一巡察组进驻该区罗溪镇，以巡镇带村的形式开展巡察工作。", "罗溪镇"),
    ("这些情况，在去年10月巡察组进驻北门社区巡察时一一了解到。禅城区委第三巡察组负责人说。", "北门社区"),
    ("那是市委第三巡察组在大河镇开展“巡乡带村”专项巡察的身影。", "大河镇"),
    ("正在区市场监管局开展巡察工作的组长立即带领组员，到河道实地查看。区委第二巡察组组长说。", "区市场监管局"),
    ("2023年11月，十三届县委第二轮对村巡察第三巡察组进驻石湾镇北村村委开展巡察时，村民们纷纷反映问题。", "石湾镇北村村委"),
])
def test_story_units(text, unit):
    assert named_units(text)[0] == unit


def test_a_kind_of_visit_mobilised_is_no_unit():
    text = ("10月24日，某县召开异地交叉巡察动员部署会，对异地交叉巡察进行动员部署。县委巡察工作领导小组组长出席会议。\n")
    assert named_units(text) == []


# --- page chrome and places counted by their kind ---------------------------------------------------------------------------


def test_a_breadcrumb_is_no_headline():
    text = ("所在位置:首页 > 新闻中心 > 正文\n"
            "某县:扎实推进村级巡察\n"
            "日前，县委第二巡察组在对城关镇北社区进行回访时，住户高兴地说。\n"
            "北社区是县委第五轮巡察中进行直接巡察的7个重点村(社区)之一。\n")
    inspection = parsed_inspections(text)[0]
    assert (inspection.group, inspection.round) == ("县委第二巡察组", 5)


def test_places_counted_by_their_kind_are_units():
    text = ("根据省委统一部署，今年3月至5月，开展了十一届省委第五轮巡视，其中对江阴、宜兴、溧阳3个市开展了巡视“回头看”。\n")
    assert named_units(text) == ["江阴", "宜兴", "溧阳"]


def test_places_counted_as_more_than_the_names_are_none():
    # near-miss: the count is not the number of names
    text = ("根据省委统一部署，开展了十一届省委第五轮巡视，对江阴、宜兴等5个市开展了巡视。\n")
    assert "宜兴" not in named_units(text)
