"""Variants of the constructions the r22 rules pass (on r21-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r21 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing.unit_lists import listed_units
from tests.imports.parsing.variants import named_units, parsed_inspections, round_level_inspection

# --- a clause describing a list's bodies (涉及…的) is no part of its first name --------------------------------------


@pytest.mark.parametrize(("text", "units"), [
    ("党委派出2个巡察组，对涉及学生后勤服务保障职能职责的后勤保障处、校医院、保卫处等3家单位开展专项巡察。",
     ["后勤保障处", "校医院", "保卫处"]),
    ("本轮巡察对承担科研经费管理职能的科研处、财务处、资产处开展专项巡察。", ["科研处", "财务处", "资产处"]),
    ("市委巡察组对负责工程建设项目审批的市住建局、市自然资源局、市发改委开展专项巡察。",
     ["市住建局", "市自然资源局", "市发改委"]),
    ("区委对与民生资金相关的区民政局、区人社局、区医保局开展专项巡察。", ["区民政局", "区人社局", "区医保局"]),
])
def test_describing_clause_before_list(text, units):
    assert listed_units(text) == units


@pytest.mark.parametrize(("text", "units"), [
    # near-misses: a list with no describing clause is read as before; a name holding 的 of its own is not cut
    ("党委派出3个巡察组，对马克思主义学院党总支部、体育部党总支部、资产公司党总支部开展常规巡察。",
     ["马克思主义学院党总支部", "体育部党总支部", "资产公司党总支部"]),
    ("本轮巡察对涉农资金管理单位市农业农村局、市水利局开展专项巡察。", ["涉农资金管理单位市农业农村局", "市水利局"]),
])
def test_describing_clause_near_misses(text, units):
    assert listed_units(text) == units


def test_describing_clause_round_level_text():
    text = ("一届党委第三轮巡察完成进驻工作\n按照学校党委统一部署，3月31日，一届党委第三轮巡察完成进驻工作。党委派出3个巡察组，"
            "对物理学院党总支部、化学学院党总支部开展常规巡察，对涉及科研经费管理职能的科研处、财务处等2家单位开展专项巡察。\n")
    assert round_level_inspection(text).unit == ""
    assert named_units(text) == ["物理学院党总支部", "化学学院党总支部", "科研处", "财务处"]


# --- an academy's own group named with no number is 院党组巡视组 -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "根据院党组巡视工作部署，2022年9月5日至30日，中国科学院党组巡视组对中国科学院武汉植物园进行了巡视。",
    "2023年4月10日至28日，中科院党组巡视组对中国科学院兰州化学物理研究所开展巡视。",
    "2021年10月9日至29日，院党组巡视组对中国科学院成都生物研究所进行了巡视。",
])
def test_academy_unnumbered_group(text):
    assert [i.group for i in parsed_inspections(text)] == ["院党组巡视组"]


@pytest.mark.parametrize(("text", "group"), [
    # near-misses: a numbered group keeps its number; a hospital's or a college's 院党组 owns no such group here
    ("2023年4月10日至28日，中国科学院党组第三巡视组对中国科学院兰州化学物理研究所开展巡视。", "院党组第三巡视组"),
    ("2023年4月10日至28日，医院党组巡视组对医院药剂科开展巡视。", ""),
    ("2023年4月10日至28日，学院党组巡视组对学院图书馆开展巡视。", ""),
])
def test_academy_group_near_misses(text, group):
    assert [i.group for i in parsed_inspections(text)] == [group]


# --- a visit named in its meeting's name names the unit, with no group right before it ------------------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("根据校党委安排，5月8日下午，巡察图书馆进驻动员会召开，校党委第二巡察组全体成员参加会议。", "图书馆"),
    ("4月2日，学校在主楼会议室召开第三轮巡察进驻外国语学院动员会。", "外国语学院"),
    ("3月30日下午，学校党委第二巡察组巡察档案馆动员工作会议召开。", "档案馆"),
    ("5月6日下午，校党委第一巡察组在东区会议室召开巡察化学化工学院党委工作动员会。", "化学化工学院党委"),
    ("4月20日上午，院党组巡视组巡视“回头看”武汉岩土力学研究所(以下简称武汉岩土所)工作动员会召开。", "武汉岩土力学研究所"),
])
def test_visit_named_in_meeting(text, unit):
    assert [i.unit for i in parsed_inspections(text)] == [unit]


@pytest.mark.parametrize(("text", "unit"), [
    ("2023年10月13日下午，音乐学系在行政楼会议室召开巡察工作进驻动员大会。", "音乐学系"),
    ("11月2日，校医院召开巡察工作进驻动员会。", "校医院"),
])
def test_body_holding_entry_meeting(text, unit):
    assert [i.unit for i in parsed_inspections(text)] == [unit]


@pytest.mark.parametrize("text", [
    # near-misses: a round's or a committee's own meeting names no unit; the writer's school (我校) is no unit
    "4月2日，校党委召开巡察工作动员会，部署第三轮巡察。",
    "4月2日，我校召开巡察工作进驻动员会。",
    "4月2日，校党委召开巡察整改动员会。",
])
def test_meeting_names_no_unit(text):
    assert all(not i.unit for i in parsed_inspections(text))


# --- a unit named bare in the headline and with its academy or university in the body is one unit --------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("中科院党组巡视组巡视武汉植物园工作动员会召开\n9月5日上午，院党组巡视组巡视中国科学院武汉植物园工作动员会召开。",
     "中国科学院武汉植物园"),
    ("巡察组巡察附属中学工作动员会召开\n5月6日，校党委第二巡察组巡察北京师范大学附属中学工作动员会召开。",
     "北京师范大学附属中学"),
])
def test_unit_with_its_owner_said_before(text, unit):
    assert [i.unit for i in parsed_inspections(text)] == [unit]


def test_two_bodies_stay_two():
    # near-miss: two different bodies of one academy named in the headline and the body name no one unit
    text = ("中科院党组巡视组巡视武汉植物园工作动员会召开\n9月5日上午，院党组巡视组巡视中国科学院水生生物研究所工作动员会召开。")
    assert all(not i.unit for i in parsed_inspections(text))


# --- an academy's group written with its 院 alone keeps it (院第四巡察组) ---------------------------------------------


@pytest.mark.parametrize(("text", "group"), [
    ("根据中国农业科学院党组的统一部署，2023年6月12日，院第二巡察组正式进驻植保所，开展为期一个月的政治巡察工作。", "院第二巡察组"),
    ("2022年5月9日至6月10日，院第一巡视组对中国科学院青岛能源所开展了巡视。", "院第一巡视组"),
])
def test_academy_group_with_yuan_alone(text, group):
    assert [i.group for i in parsed_inspections(text)] == [group]


@pytest.mark.parametrize(("text", "group"), [
    # near-misses: a college's or a hospital's group keeps the reading it had (no 院 of its own)
    ("2023年6月12日，学院第二巡察组正式进驻图书馆，开展巡察工作。", "第二巡察组"),
    ("2023年6月12日，医院第一巡察组正式进驻药剂科，开展巡察工作。", "第一巡察组"),
])
def test_yuan_group_near_misses(text, group):
    assert [i.group for i in parsed_inspections(text)] == [group]


# --- a university's departments joined by 和, the list's shared 党组织 and a whole visit's 全面 after the last ----------


@pytest.mark.parametrize(("text", "units"), [
    ("组长分别宣读了学院党委对表演系、导演系、戏文系和舞蹈系党组织全面巡察情况的反馈意见。",
     ["表演系", "导演系", "戏文系", "舞蹈系"]),
    ("校党委第二巡察组对物理系和化学系党组织开展了巡察。", ["物理系", "化学系"]),
    ("校党委巡察组对图书馆、档案馆和校医院党组织全面巡察情况进行了反馈。", ["图书馆", "档案馆", "校医院"]),
])
def test_departments_joined_and_shared_kind(text, units):
    assert listed_units(text) == units


@pytest.mark.parametrize(("text", "units"), [
    # near-misses: 体系 or 关系 before 和 joins no two names; a list without 党组织 is read as before
    ("校党委巡察组对财务处、资产处开展了巡察，检查内控体系和制度建设。", ["财务处", "资产处"]),
    ("校党委巡察组对表演系、导演系开展了全面巡察。", ["表演系", "导演系"]),
])
def test_departments_near_misses(text, units):
    assert listed_units(text) == units


# --- a yearless feedback day the time since runs from (5月8日反馈意见以来) is on or before the dated day told before ------


@pytest.mark.parametrize(("text", "day"), [
    ("2017年12月1日，力学所召开巡视整改总结大会。中科院党组巡视组5月8日反馈意见以来，所党政领导班子高度重视。",
     date(2017, 5, 8)),
    ("2019年3月5日，市文联召开巡察整改工作总结会。市委第二巡察组11月20日反馈巡察意见以来，文联党组逐条整改。",
     date(2018, 11, 20)),
])
def test_feedback_since_before_dated_day(text, day):
    assert [i.feedback_date for i in parsed_inspections(text)] == [day]


def test_feedback_after_visit_keeps_settled_reading():
    # near-miss: with a dated visit, the yearless feedback still follows the visit's end (settled convention 1)
    text = ("2019年12月5日，市文联召开巡察整改工作总结会。2018年9月1日至10月30日，市委第二巡察组对市文联党组开展了巡察，"
            "11月20日反馈巡察意见以来，文联党组逐条整改。")
    assert [i.feedback_date for i in parsed_inspections(text)] == [date(2018, 11, 20)]


# --- an academy's institute holding its own rectification meeting, wherever held, is the unit ------------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("2018年6月5日，植物所在香山园区召开巡视整改工作总结会。院党组巡视组反馈意见以来，所领导班子高度重视。", "植物所"),
    ("2019年1月8日，化学所召开巡视反馈问题整改专题民主生活会。", "化学所"),
    ("2019年1月8日，市第一中学在学校报告厅召开巡察整改推进会。", "市第一中学"),
])
def test_institute_holds_rectification_meeting(text, unit):
    assert [i.unit for i in parsed_inspections(text)] == [unit]


def test_police_station_meeting_near_miss():
    # near-miss: a police station's 所 is no academy institute
    text = "2019年1月8日，城关派出所召开巡察整改推进会。"
    assert [i.unit for i in parsed_inspections(text)] == [""]


# --- announced run-in findings: a clause up to 45 characters when its shortcoming ends it ----------------------------

_FED_BACK = "2025年12月17日，学校党委第二巡察组向文学院党委反馈巡察情况。巡察也发现了一些问题，主要是："


@pytest.mark.parametrize(("findings", "count"), [
    ("贯彻落实党中央关于教育工作的重大决策部署和学校党委工作要求不到位，基层党组织建设有差距，意识形态工作责任落实不扎实。", 3),
    ("落实习近平总书记关于教育的重要论述和全国教育大会精神不够有力有效的情况不到位，管党治党责任压得不实。", 2),
])
def test_long_findings_ending_in_shortcoming(findings, count):
    assert [len(i.items) for i in parsed_inspections(_FED_BACK + findings)] == [count]


@pytest.mark.parametrize("findings", [
    # near-misses: a long clause whose shortcoming is told in its middle, or that names none at its end, keeps the
    # run unsplit (no count)
    "学院落实全面从严治党主体责任不到位的问题在多个年级的学生工作和教学管理中都有所体现，基层党组织建设有差距。",
    "学院党委在推进学科建设和人才队伍建设方面的工作力度还需持续加大，基层党组织建设有差距。",
])
def test_long_findings_near_misses(findings):
    assert [len(i.items) for i in parsed_inspections(_FED_BACK + findings)] == [0]
