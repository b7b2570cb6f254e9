"""Variants of the constructions the r36 rules pass (on r35-held) taught the importer (issue 14), written by hand:
the same construction with other units, places and wording, and near-misses the rule must not fire on."""

from __future__ import annotations

import pytest

from imports.parsing import DocumentError, parse_text
from tests.imports.parsing.variants import named_units, parsed_inspections


def test_bodies_taking_part_in_a_joint_round_are_no_units():
    text = ("集团公司探索开展科研板块联合巡察试点工作，参加单位包括甲研究院、乙研究院和丙研究院等3家单位。"
            "第一联合巡察组对乙研究院第三研究室、档案中心等2个基层党组织开展常规巡察。\n")
    assert named_units(text) == ["乙研究院第三研究室", "档案中心"]


def test_a_speech_studied_at_a_superiors_meeting_names_no_round_of_a_leading_group():
    text = ("10月9日下午，党委巡察工作领导小组第八次工作会议在行政楼召开。会上，领导小组认真学习了中央领导同志在"
            "二十届中央第三轮巡视动员部署会上的讲话。校党委书记强调，要做好校内巡察工作。\n")
    inspection = parsed_inspections(text)[0]
    assert (inspection.term, inspection.round) == (None, None)


def test_a_committees_leading_group_conveying_the_centres_round_keeps_its_own_term():
    text = ("本报讯 5月8日，十二届市委巡察工作领导小组召开第九次会议，传达学习二十届中央第四轮巡视工作动员部署会议精神，"
            "听取全市教育领域联动巡察情况汇报。\n")
    inspection = parsed_inspections(text)[0]
    assert (inspection.term, inspection.round) == (12, None)


def test_a_leading_groups_own_round_is_still_read():
    # near-miss: the meeting deploys its own round
    text = "5月8日，十二届市委巡察工作领导小组召开会议，部署十二届市委第五轮巡察工作。\n"
    inspection = parsed_inspections(text)[0]
    assert (inspection.term, inspection.round) == (12, 5)


def test_kinds_of_health_body_are_no_units():
    text = ("会议指出，市委各巡察组采取“联动+提级”方式，对州县卫生健康行政部门、公立医院、乡镇卫生院（社区卫生服务中心）"
            "开展一体巡察，取得明显成效。\n")
    assert named_units(text) == []


def test_an_environmental_inspectorates_progress_report_is_no_inspection_report():
    text = ("关于第二轮省生态环境保护督察反馈意见整改进展情况的报告\n"
            "2021年5月6日至6月5日，省第三生态环境保护督察组对某市开展了督察，并于2021年9月8日反馈督察意见。"
            "截至2022年5月底，全市30项整改任务已完成整改20项。\n")
    with pytest.raises(DocumentError):
        parse_text(text, "variant.txt")


def test_an_inspections_progress_report_is_still_read():
    # near-miss: a 巡察 progress report
    text = ("中共某县水利局党组关于巡察整改进展情况的通报\n"
            "根据县委统一部署，2021年5月6日至6月5日，县委第三巡察组对县水利局党组开展了巡察。2021年9月8日，巡察组"
            "反馈了巡察意见。现将巡察整改进展情况予以公布。\n")
    assert parsed_inspections(text)[0].feedback_date.isoformat() == "2021-09-08"


@pytest.mark.parametrize("text, unit", [
    ("“路修好了，感谢巡察组！”近日，河口镇新田村的村民说。\n不久前，该县委第二巡察组在巡察河口镇新田村时，发现村道"
     "坑洼不平。\n", "河口镇新田村"),
    ("“灯亮了！”村民高兴地说。\n事情还要从前段时间说起，第三巡察组在巡察该县城关街道北关村巡察走访期间，村民反映路灯"
     "不亮。\n", "城关街道北关村"),
    ("接到村监会主任的电话时，我的思绪又回到了不久前在河口乡新田村开展的一次常规巡察。县委第四巡察组进驻动员会"
     "开始前，我在会场检查布置情况。\n", "河口乡新田村"),
])
def test_a_storys_body_told_by_the_groups_visit(text, unit):
    assert parsed_inspections(text)[0].unit == unit


def test_each_group_visiting_one_of_many_names_no_unit():
    # near-miss: a count of bodies each group visits is no name
    text = ("在刚结束的第三轮巡察中，各巡察组以“1+N”的方式，即每个巡察组在巡察1家街道的同时，对4家社区同步进行巡察。"
            "3个巡察组共计开展个别谈话300人次。\n")
    assert [i.unit for i in parsed_inspections(text)] == [""]


@pytest.mark.parametrize("text", [
    "IMG_0231.jpg\n本网讯 根据工作部署，7月2日上午，自治区党委第二巡视组深入某区开展换届纪律专项巡视工作。\n",
    ("9月6日，省委第三巡视组对某市开展巡视“回头看”工作动员会召开，省委第三巡视组近日进驻某市开展巡视“回头看”工作。\n"
     "省委第三巡视组对某市开展巡视“回头看”工作动员会\n会议指出，巡视是党章赋予的重要职责。\n"),
    "省委第五巡视组来我县巡视\n2011/9/12作者李明\n省委第五巡视组于9月10日进驻我县，开展为期两个月的巡视。\n",
])
def test_a_news_pages_chrome_is_no_problem(text):
    assert [len(i.items) for i in parsed_inspections(text)] == [0]


def test_towns_counted_as_places_after_their_list():
    text = "伊宁市第一交叉巡察组采取“1托2”的方式，负责对新源县塔勒德镇、哈拉布拉镇两地开展异地交叉巡察。\n"
    assert named_units(text) == ["新源县塔勒德镇", "哈拉布拉镇"]


def test_kinds_of_body_visited_name_no_unit():
    text = "从2017年3月开始，某州采取州县一体化模式，对县直部门和乡镇开展提级交叉巡察。\n"
    assert [i.unit for i in parsed_inspections(text)] == [""]
