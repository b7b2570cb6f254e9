"""Variants of the constructions the r38 rules pass (on r37-held) taught the importer (issue 14), written by hand:
the same construction with other units, places and wording, and near-misses the rule must not fire on."""

from __future__ import annotations

import pytest

from imports.parsing.header import normalize_unit
from tests.imports.parsing.variants import named_units, parsed_inspections, sentence_figures, text_figures


def test_another_kind_of_action_counted_with_organisational_handling_is_neither():
    figures = sentence_figures("共问责52人次，其中，党纪处分9人次、组织处理和绩效扣罚43人次。")
    assert ("organizational_handling", 43) not in figures
    assert ("accountable_people", 52) in figures


def test_organisational_handling_counted_alone_is_read():
    # near-miss: one kind, its own count
    assert ("organizational_handling", 43) in sentence_figures("共问责52人次，其中党纪处分9人次，组织处理43人次。")


def test_responsibility_pursued_counts_the_people_held_accountable():
    assert ("accountable_people", 88) in sentence_figures("整改中共责任追究88人次，形成了震慑。")


def test_a_headlines_count_told_again_in_the_body_is_one_figure():
    text = ("临湘:民生专项巡察发现问题86个\n"
            "近日，市委巡察办向相关职能部门反馈了民生专项巡察情况。此次巡察发现问题共86个，移交问题线索4个。\n")
    assert text_figures(text) == [("problems", 86), ("clues_transferred", 4)]


def test_the_parts_after_其中_go_on_until_another_count():
    figures = sentence_figures("巡察发现问题共120个，其中立行立改问题20个，反馈问题100个，向市纪委监委移交问题线索6个。")
    assert figures == [("problems", 120), ("clues_transferred", 6)]


def test_a_count_after_its_parts_is_its_own():
    # near-miss: the clues after the parts are a count of their own
    figures = sentence_figures("共发现问题50个，其中作风问题12个；移交问题线索3条。")
    assert ("clues_transferred", 3) in figures and ("problems", 12) not in figures


@pytest.mark.parametrize("sentence", [
    "该县突出抓好“一督二查三问责”三项措施，做实巡察整改。",
    "五举措做好巡察“后半篇文章”",
    "出台《关于优化营商环境的十条措施》，服务企业发展。",
])
def test_a_few_ways_of_working_counted_in_words_are_no_measures(sentence):
    assert [f for f in sentence_figures(sentence) if f[0] == "measures"] == []


@pytest.mark.parametrize("sentence", [
    "针对反馈的问题，制定整改措施五项，逐项明确责任人。",
    "针对反馈的9个问题，制定了26项整改措施。",
])
def test_rectification_measures_are_read(sentence):
    # near-misses: counted as 整改措施, or in digits
    assert [f[0] for f in sentence_figures(sentence)].count("measures") == 1


def test_a_mobilisation_conveying_a_heard_round_anywhere_in_the_text_names_no_round():
    text = ("欢迎您访问某某市人民医院!\n"
            "新闻动态\n"
            "市委第三巡察组巡察市人民医院党委工作动员会召开\n"
            "根据市委关于巡察工作的统一部署，近日，市委第巡察组巡察市人民医院党委工作动员会召开。会上，传达学习市委主要负责"
            "同志听取十三届市委第五轮巡察情况汇报时的讲话精神。\n")
    inspection = parsed_inspections(text)[0]
    assert (inspection.term, inspection.round) == (None, None)
    assert inspection.unit == "市人民医院党委"


def test_a_feedback_conveying_a_heard_round_keeps_it():
    # near-miss: a feedback is of the round heard (settled 14)
    text = ("市委第三巡察组向市人民医院党委反馈巡察情况\n"
            "近日，市委第三巡察组向市人民医院党委反馈巡察情况。会上，传达学习市委主要负责同志听取十三届市委第五轮巡察情况汇报"
            "时的讲话精神。\n")
    assert parsed_inspections(text)[0].round == 5


def test_a_rounds_first_before_a_kind_of_body_is_no_unit():
    text = "近日，区委巡察办对首轮村、社区党组织巡察工作进行总结，共巡察村(社区)党组织120个，发现问题480个。\n"
    assert named_units(text) == []


@pytest.mark.parametrize("text, unit", [
    ("“路灯亮了，孩子们放学不怕黑了。”近日，村民向县委第二巡察组道谢。\n"
     "这事还得从县委第二巡察组对东岭乡党委的巡察工作说起。\n", "东岭乡党委"),
    ("“水终于通了！”村民们高兴地说。\n"
     "今年初，区委第四巡察组刚进驻西坪镇石门村，多名群众就上门反映情况。\n", "西坪镇石门村"),
    ("“有了这条路真方便。”日前，学生家长说。\n"
     "在县委第五巡察组进驻城关第二小学之后，家长反映上下学不安全。\n", "城关第二小学"),
    ("“电通了！”群众说。\n"
     "日前，县委第一巡察组在进驻南坡村开展巡察时，听到群众反映用电难。\n", "南坡村"),
])
def test_a_storys_one_numbered_entry_below_its_opening_names_its_unit(text, unit):
    assert parsed_inspections(text)[0].unit == unit


def test_an_entry_then_what_was_found_ends_the_name_at_后():
    text = ("近日，区委第二巡察组进驻区交通集团后发现公共自行车管理粗放，立即督促整改。\n")
    assert parsed_inspections(text)[0].unit == "区交通集团"


def test_the_body_fed_back_to_says_who_we_are():
    text = ("根据市委统一部署，2024年3月1日至4月30日，十五届市委第二轮第三巡察组对我镇党委开展巡察。5月20日，市委第三巡察组向"
            "南河镇党委反馈了巡察意见。现将巡察整改情况予以公布：\n")
    assert parsed_inspections(text)[0].unit == "南河镇党委"


def test_a_bare_group_takes_its_owner_named_elsewhere():
    text = ("今年3月，十五届县委第二轮巡察工作启动，3月5日第六巡察组进驻河口镇对河口村等12个村开展巡察。\n"
            "“要及时向河口镇党委反馈。”县委第六巡察组组长王强说。\n")
    assert parsed_inspections(text)[0].group == "县委第六巡察组"


def test_transfer_to_justice_counts():
    assert ("transferred_judicial", 7) in sentence_figures("依据巡察移交问题线索立案30人，组织处理5人，移交司法7人。")


@pytest.mark.parametrize("full, short", [
    ("中共城关小学支部委员会", "城关小学党支部"),
    ("中共河口村总支部委员会", "河口村党总支"),
    ("中共某某集团有限公司委员会", "某某集团有限公司党委"),
])
def test_a_party_organisation_named_in_full_is_written_short(full, short):
    assert normalize_unit(full) == short
