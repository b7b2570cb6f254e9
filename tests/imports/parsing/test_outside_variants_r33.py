"""Variants of the constructions the r33 rules pass (on r32-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r32 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.imports.parsing.variants import named_units, only_inspection, parsed_inspections, sentence_figures

# --- counts that are the text's and counts that are not ------------------------------------------------------------------


@pytest.mark.parametrize("text, figures", [
    # a unit's own work, its verb listed before its object with 、
    ("该镇党委还就巡察发现问题举一反三，截至目前，已发现、解决道路破损、路灯不亮等问题12件。", []),
    # near-miss: the inspection's findings
    ("巡察组共发现问题12个。", [("problems", 12)]),
    # an audit group's findings beside the inspection group's
    ("对审计组发现的8个问题和巡察组发现的4个问题，巡审双方共同研判。", [("problems", 4)]),
    # the rate of earlier years' problems
    ("督促以前年度问题整改率达80%。", []),
    # near-miss: the rate of this inspection's problems
    ("截至目前，巡察反馈问题整改完成率达80%。", [("completion_rate", 80)]),
    ("截至目前，该区共对5个区直单位开展了巡察“回头看”，完成问题整改60个，完成整改占比95.2%。",
     [("completed", 60), ("completion_rate", 95.2)]),
    ("区委紧扣巡视反馈意见，逐项梳理整改任务，分解出12个重点问题，制定96条整改措施。", [("problems", 12), ("measures", 96)]),
    # near-miss: a breakdown with no feedback in its sentence
    ("县城管局梳理出12个重点问题，制定96条工作措施。", [("measures", 96)]),
])
def test_counts(text, figures):
    assert sentence_figures(text) == figures


# --- units ----------------------------------------------------------------------------------------------------------------


def test_a_group_entering_beside_an_audit_group():
    text = ("近日，县审计局与县委巡察办实行“巡审联动”工作机制，巡察组和审计组同时进驻县水务局，切实增强监督效能。\n")
    assert named_units(text)[0] == "县水务局"


def test_a_short_name_the_text_declares_is_no_unit():
    text = ("天津市水务局党组关于十二届市委第三轮巡视整改进展情况的通报\n"
            "根据十二届市委第三轮巡视工作部署要求，现将天津市水务局党组(以下简称“局党组”)巡视整改进展情况予以公布。\n"
            "2023年12月26日召开了巡视反馈会议，市委巡视三组向局党组反馈了巡视意见。\n")
    assert only_inspection(text).unit == "天津市水务局党组"


def test_a_list_after_its_heading_on_one_line_with_long_brackets():
    text = ("近日，省委10个巡视组分别进驻省直部门、单位，对其党组织开展为期一个半月的专项巡视。\n"
            "本轮被巡视单位有:省委党校、省政府办公厅(包括所管理的省政府驻北京办事处、省政府驻上海办事处)、省民政厅、"
            "省财政厅(包括所管理的省债务管理办公室)、省水利厅、……\n")
    assert named_units(text) == ["省委党校", "省政府办公厅（包括所管理的省政府驻北京办事处、省政府驻上海办事处）", "省民政厅",
                                 "省财政厅（包括所管理的省债务管理办公室）", "省水利厅"]


def test_a_storys_visit_told_as_one_visit_of_a_group():
    text = ("“巡察真的为我们解决了大问题！”县城关镇居民说。\n"
            "这事还得从县委第二巡察组对城关镇的一次常规巡察说起。\n")
    assert named_units(text)[0] == "城关镇"


def test_a_groups_visit_to_counted_bodies_is_no_unit():
    # near-miss: counted bodies of a round
    text = ("2019年，县委巡察组对9个县直单位开展为期35天的巡察，发现问题122个。\n")
    assert named_units(text) == []


def test_villages_by_their_kind_alone_are_no_unit():
    text = ("区委在6月下旬开展直接对村(社区)巡察工作，由区一级直接向村(社区)开展巡察。\n")
    assert [i.unit for i in parsed_inspections("区委直接对村巡察\n" + text) if i.unit] == []


def test_an_entry_told_with_入驻_starts_the_visit():
    text = ("时间:2022-09-17\n"
            "8月29日，按照区委统一安排部署，组长带领区委第三巡察组入驻城关街道办事处，张贴巡察公告，悬挂举报信箱。\n")
    assert only_inspection(text).start == date(2022, 8, 29)
