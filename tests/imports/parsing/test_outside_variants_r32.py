"""Variants of the constructions the r32 rules pass (on r31-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r31 text it was found on."""

from __future__ import annotations

import pytest

from tests.imports.parsing.variants import named_units, only_inspection, parsed_inspections, sentence_figures

# --- a round's own paragraph above one group's headline ----------------------------------------------------------------------


def test_a_rounds_list_above_a_groups_headline_is_a_document_of_its_own():
    text = ("经省委批准，十二届省委第二轮巡视安排10个组，对德州市及乐陵市、庆云县，滨州市及博兴县，省教育厅、省卫生健康委、"
            "省交通运输厅等9个地方、部门和单位党组织开展巡视，巡视时间2个月。\n"
            "3月10日起，各巡视组陆续召开巡视工作动员会。\n"
            "省委第一巡视组巡视德州市工作动员会召开\n"
            "按照省委关于巡视工作的统一部署，3月10日上午，省委第一巡视组巡视德州市工作动员会召开。\n")
    units = named_units(text)
    assert {"乐陵市", "庆云县", "博兴县", "省教育厅", "省交通运输厅"} <= set(units)


def test_a_headline_with_a_plain_paragraph_above_stays_one_document():
    # near-miss: the paragraph above names no round's list
    text = ("省委第一巡视组巡视德州市工作动员会召开\n"
            "按照省委关于巡视工作的统一部署，3月10日上午，省委第一巡视组巡视德州市工作动员会召开。\n")
    assert len(parsed_inspections(text)) == 1


# --- lists that are the round's own ---------------------------------------------------------------------------------------


def test_villages_listed_and_counted_for_an_extension_are_units():
    text = ("根据市委统一部署，九届市委第二轮巡察各巡察组近期已全部完成进驻。"
            "对水利局、交通运输局等2家单位党组织开展常规巡察；对城关镇东村、白田镇石江村、潭市镇砂坪村等3家单位党组织开展村(社区)延伸巡察。\n")
    assert {"城关镇东村", "白田镇石江村", "潭市镇砂坪村"} <= set(named_units(text))


def test_villages_a_township_visit_extends_to_stay_under_it():
    # near-miss: an extension told inside a township's visit, not counted as the round's own list
    text = ("县委第二巡察组对城关镇党委开展常规巡察，并延伸巡察东村、西村。\n")
    assert "东村" not in named_units(text)


def test_the_objects_a_round_names():
    text = ("2021年市委巡察工作正式启动\n"
            "本报讯:根据市委统一部署,5月8日,我市正式启动2021年巡察工作,全年将开展1轮常规巡察、1轮生态环保专项巡察、2轮回访督查。\n"
            "其中,常规巡察对象为市文联、市档案馆、市体育局等3家单位。常规巡察将于5月中旬进驻,6月下旬结束。\n"
            "生态环保专项巡察对象为8个县市区。专项巡察将于9月上旬进驻,10月下旬结束。\n"
            "市委还将于7月、12月分别对2020年专项巡察反馈问题整改情况开展回访督查。\n")
    assert named_units(text) == ["市文联", "市档案馆", "市体育局"]


# --- no units from a year's inspection or a speech's points --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "7月，市委将对2020年扫黑除恶专项巡察反馈问题整改情况开展回访督查。",
    "省委巡视组组长作动员讲话，对深入学习贯彻习近平总书记关于巡视工作的重要论述、扎实开展巡视工作提出要求。",
])
def test_no_unit(text):
    assert not [i.unit for i in parsed_inspections("市委巡察工作动员会召开\n" + text + "\n") if i.unit]


# --- rounds --------------------------------------------------------------------------------------------------------------------


def test_the_round_done_before_the_texts():
    text = ("日前，公司党委2个巡察组在完成2022年第一轮6个单位常规巡察的基础上，分别进驻第二轮5个单位开展常规巡察。\n")
    assert parsed_inspections(text)[0].round == 2


def test_the_centres_report_studied_names_no_round_of_a_local_text():
    text = ("八届市委第二轮巡察动员部署会召开\n"
            "3月5日，八届市委第二轮巡察动员部署会召开。会议传达学习了习近平总书记在中共中央政治局会议审议《关于二十届中央"
            "第五轮巡视情况的综合报告》时的重要讲话精神。\n")
    assert parsed_inspections(text)[0].round == 2


# --- counts -------------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, figures", [
    ("巡察反馈问题12个。截至目前，巡察问题12个，已完成整改10个，未完成2个。",
     [("problems", 12), ("completed", 10), ("in_progress", 2)]),
    # near-miss: a second, different total is kept
    ("巡察反馈问题12个。截至目前，巡察问题15个，已完成整改10个。", [("problems", 12), ("problems", 15), ("completed", 10)]),
    ("共开展8轮巡视，发现问题400个，组织处理及诫勉谈话54人。", [("problems", 400)]),
    # near-miss: admonishments counted alone
    ("共开展8轮巡视，发现问题400个，诫勉谈话54人。", [("problems", 400), ("admonished_people", 54)]),
])
def test_counts(text, figures):
    assert sentence_figures(text) == figures


# --- a story's body --------------------------------------------------------------------------------------------------------


def test_the_body_a_group_has_entered_told_before_it():
    text = ("“现在停车方便多了。”市民说。\n"
            "进驻中山路街道以来，区委第三巡察组收到有群众反映停车难的问题。\n")
    assert named_units(text)[0] == "中山路街道"


def test_a_town_before_the_field_its_special_visit_covers():
    text = ("8月16日下午，城关镇召开了县委第二巡察组专项巡察城关镇乡村振兴领域工作动员会议，组长作了动员讲话。\n")
    assert only_inspection(text).unit == "城关镇"
