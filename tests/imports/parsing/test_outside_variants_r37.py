"""Variants of the constructions the r37 rules pass (on r36-held) taught the importer (issue 14), written by hand:
the same construction with other units, places and wording, and near-misses the rule must not fire on."""

from __future__ import annotations

import pytest

from tests.imports.parsing.variants import named_units, parsed_inspections, sentence_figures


def test_places_that_only_qualify_the_bodies_counted_inside_them_are_no_units():
    text = ("今年4月至5月，市委成立12个专项巡察组，分别对临江、河西、新城3个县区11个乡镇的40个脱贫村开展乡村振兴专项"
            "巡察，发现问题96个。\n")
    assert named_units(text) == []


def test_places_counted_as_the_bodies_visited_are_units():
    # near-miss: the places themselves are visited (settled 8)
    text = "根据省委统一部署，省委巡视组对淄博、枣庄、东营3个市开展了巡视。\n"
    assert named_units(text) == ["淄博", "枣庄", "东营"]


def test_the_day_news_of_entries_was_published_is_no_start():
    text = ("中央12个巡视组全面进驻\n"
            "7月2日，中央纪委发布消息，第十一轮巡视6个巡视组已分别进驻被巡视单位。另外6个巡视组也已全部进驻。\n")
    assert [i.start for i in parsed_inspections(text)] == [None]


def test_a_round_ending_later_named_to_time_a_plan_is_no_round():
    text = ("中央巡视工作领导小组办公室负责人在接受访谈时透露，将推进巡视全覆盖。今年第二轮巡视结束以后，还将完成对"
            "金融单位的全覆盖。\n")
    assert parsed_inspections(text)[0].round is None


@pytest.mark.parametrize("text", [
    "中央第一巡视组巡视河北,组长王明\n中央第二巡视组巡视山西,组长李华\n中央第三巡视组巡视辽宁,组长赵强\n",
    "巡视组别|组长|职务|\n中央第一巡视组|\n王明|\n原省委书记||\n",
])
def test_a_rounds_roster_is_no_problem(text):
    text = "日前，二十届中央第六轮巡视完成进驻。\n" + text
    assert [len(i.items) for i in parsed_inspections(text) if not i.unit] == [0]


def test_a_visits_aim_is_no_list_of_problems():
    text = ("今天从省委巡视办获悉，省委巡视机构展开2017年第一轮省直单位的巡视，即日起省委8个巡视组将陆续进驻15家省直单位。"
            "18日，省委巡视机构召开2017年第一轮省直单位巡视安排部署会，部署对省委宣传部、省财政厅等15家省直单位进行巡视。"
            "会议强调，本轮巡视要着力发现党的领导弱化、党的建设缺失、全面从严治党不力等方面突出问题。\n")
    assert [sum(1 for _ in i.items) for i in parsed_inspections(text) if not i.unit] == [0]


def test_remaining_bodies_are_no_unit():
    text = "今年下半年，省委巡视组将对剩余省直单位及省属高校开展巡视，预计年底前实现巡视全覆盖。\n"
    assert [i.unit for i in parsed_inspections(text)] == [""]


def test_a_storys_entry_told_as_the_time_of_a_finding():
    text = ("“水井修好了！”日前，村民向县委第二巡察组报来喜讯。\n"
            "今年来，县委第二巡察组紧盯乡村振兴水利项目建设。3月份，该巡察组入驻县农业农村局巡察时了解到，村里水井漏水。\n")
    assert parsed_inspections(text)[0].unit == "县农业农村局"


def test_a_place_named_with_its_visits_subject_is_that_place():
    text = ("市委第二巡察组对河东区安全生产专项巡察动员部署会召开\n"
            "按照市委统一部署，市委第二巡察组进驻河东区开展为期20天的安全生产专项巡察。5月9日，市委第二巡察组巡察河东区"
            "见面沟通暨动员部署会召开。会前，市委第二巡察组与河东区委主要负责人进行了沟通。\n")
    inspection = parsed_inspections(text)[0]
    assert (inspection.unit, inspection.group) == ("河东区委", "市委第二巡察组")


def test_a_district_and_its_own_office_stay_two():
    # near-miss: 河东区委组织部 ends as an organisation and is its own unit
    text = "市委第二巡察组分别进驻河东区、河东区委组织部开展巡察。\n"
    assert named_units(text) == ["河东区", "河东区委组织部"]


def test_the_inspections_findings_name_no_unit():
    text = ("去年底，市纪委监委在督促市属国有企业对市委巡察发现问题进行整改时发现，截至2021年12月底，巡察反馈的问题中，"
            "有涉及9家市属国有企业的40个问题未完成整改。\n")
    assert [i.unit for i in parsed_inspections(text)] == [""]


@pytest.mark.parametrize("text, figures", [
    ("巡察反馈的问题中，有涉及9家市属国有企业的40个问题未完成整改。", [("in_progress", 40)]),
    ("反馈问题60个，其中12个问题尚未完成。", [("problems", 60), ("in_progress", 12)]),
    ("截至目前，还有218个面上问题未完成整改。", [("in_progress", 218)]),
    # near-miss: the problems done
    ("反馈问题60个，其中48个问题已完成整改。", [("problems", 60), ("completed", 48)]),
])
def test_problems_counted_before_their_state(text, figures):
    assert sentence_figures(text) == figures


@pytest.mark.parametrize("text, round_", [
    ("“以前晚上出门黑灯瞎火，现在好了，村里路灯亮了。”\n“感谢巡察组，多亏了你们！”\n"
     "近日，在某某县城南街道城关村内，到处都能听到这样的点赞声音。\n"
     "事情还要从前段时间说起，按照某某县委第四轮巡察要求，第二巡察组在巡察该县城南街道城关村巡察走访期间，城关村村民"
     "对路灯损坏的问题反映强烈。\n", 4),
    ("您当前的位置 : 某某网 >> 新闻 >> 来稿选登\n\n某某：“迟来”的流转费\n\n22-11-17 15:56 来源: 某某网 编辑:王明\n\n"
     "“你好，我是新城镇王家村村民，我有个情况要向你们反映。”2023年6月的一天，某某区第三轮巡察工作启动后不久，第二巡察组"
     "工作人员就接到一位群众反映的信访电话。\n……\n了解情况后，第二巡察组成员深知群众利益大如天。\n", 3),
    # near-miss: a story beside another round names none
    ("“以前晚上出门黑灯瞎火，现在好了，村里路灯亮了。”\n“感谢巡察组，多亏了你们！”\n"
     "近日，在某某县城南街道城关村内，到处都能听到这样的点赞声音。\n"
     "事情还要从前段时间说起，某市第二轮县级交叉巡察第四组和某某县委第五轮巡察各巡察组分别开展了巡察。\n", None),
])
def test_a_storys_round_told_below_its_opening(text, round_):
    assert parsed_inspections(text)[0].round == round_


def test_the_term_of_earlier_inspections_a_check_centres_on_is_no_term_of_the_text():
    text = ("2019年3月中旬至5月底，某省委8个巡视组，围绕九届省委巡视反馈意见整改落实和移交问题线索处置情况，对12个市州开展"
            "巡视整改专项检查。\n")
    assert parsed_inspections(text)[0].term is None
