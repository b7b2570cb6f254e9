"""Variants of the constructions the r25 rules pass (on r24-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r24 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from tests.imports.parsing.variants import named_units, parsed_inspections

# --- a span told in parts of months gives no day (settled convention 11) ------------------------------------------------


@pytest.mark.parametrize("period", [
    "2020年7月下旬至10月上旬",
    "2025年11月下旬至2026年2月下旬",
    "2023年3月初至4月底",
    "2024年8月中旬至10月中旬",
])
def test_parts_of_months_give_no_start_or_end(period):
    text = f"县委第九轮巡察派出4个巡察组，对县财政局、县审计局、县统计局开展常规巡察。巡察时间为{period}。"
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(None, None)}


def test_days_still_give_start_and_end():
    text = "县委第九轮巡察派出4个巡察组，对县财政局、县审计局、县统计局开展常规巡察。巡察时间为2020年7月21日至10月10日。"
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(date(2020, 7, 21), date(2020, 10, 10))}


# --- a news outlet's dateline run into the first sentence is no label ---------------------------------------------------

_ROUND = "根据区委统一部署，六届区委第六轮巡察共组建3个区委巡察组对区财政局、区审计局、区统计局等3个单位党组织开展常规巡察。"


@pytest.mark.parametrize("dateline", ["大祥融媒讯:", "本报讯：", "新华社讯:", "發(fā)布時間:", "发布时间："])
def test_dateline_before_the_first_sentence(dateline):
    text = f"{dateline}3月7日,六届区委第六轮巡察动员部署会议召开。\n{_ROUND}"
    assert {(i.term, i.round) for i in parsed_inspections(text)} == {(6, 6)}


def test_a_labelled_field_is_still_a_label():
    # near-miss: a line that is a field (时间：…) and no sentence keeps its label
    text = f"巡察时间：2024年3月1日至4月30日\n{_ROUND}"
    assert {(i.term, i.round) for i in parsed_inspections(text)} == {(6, 6)}


# --- superiors' rounds studied with 深入学习…以及…精神, taken into account with 结合…要求, or carried out (深入贯彻…要求) --


@pytest.mark.parametrize("text, term_round", [
    ("3月24日，全区巡察工作会议暨七届区委第二轮巡察动员部署会召开。会议深入学习习近平总书记关于巡视工作的重要论述精神,"
     "以及全国巡视工作会议暨二十届中央第三轮巡视动员部署会议、全市巡察工作会议暨十二届市委第一轮巡察动员部署会主要精神。"
     "4个区委巡察组将对区水务局、区统计局、区侨联、区文联4个区直单位党组织开展巡察。", (7, 2)),
    ("9月17日，六届市委第九轮巡察工作动员部署会召开。会议结合六届荆州市委第十轮巡察工作动员部署会要求，对第九轮巡察进行动员。"
     "六届市委第九轮巡察将对市委编办、市侨联、市档案馆等3家单位开展常规巡察。", (6, 9)),
    ("5月6日，十五届县委第三轮巡察动员部署会召开。会议认真学习十二届省委第五轮巡视动员部署会精神。"
     "县委3个巡察组将对县交通局、县水利局、县林业局开展常规巡察。", (15, 3)),
])
def test_superior_rounds_studied_or_taken_into_account(text, term_round):
    assert {(i.term, i.round) for i in parsed_inspections(text)} == {term_round}


# --- a round numbered within its year has no term, even beside a superior's round of the same number -------------------


@pytest.mark.parametrize("text", [
    "9月15日，集团党委召开第二轮巡察工作动员会，宣读《关于集团党委2022年第二轮巡察组组长授权的决定》。"
    "会议深入贯彻十一届省委第二轮巡视工作要求，对集团第二轮巡察工作进行动员部署。",
    "公司党委召开2024年第三轮巡察动员会。会议认真贯彻十二届省委第三轮巡视工作精神，部署公司第三轮巡察工作。",
])
def test_year_numbered_round_has_no_term(text):
    assert {i.term for i in parsed_inspections(text)} == {None}


def test_the_same_bodys_round_conveyed_still_gives_the_term():
    # near-miss (as the pinned tiantai reading): the text's own round conveyed with its term keeps the term
    text = ("2024年9月10日，市委第二巡察组巡察县人民法院党组工作动员会议召开。会上传达了全市巡视巡察工作推进会暨六届市委第六轮"
            "巡察动员部署会上的讲话精神，并对扎实开展第六轮巡察工作提出要求。")
    assert {(i.term, i.round) for i in parsed_inspections(text)} == {(6, 6)}


# --- an earlier round's look-back beside the text's own round -------------------------------------------------------------


@pytest.mark.parametrize("text, round_", [
    ("3月7日，七届区委第八轮巡察暨第四轮巡察“回头看”动员部署会召开。本轮对区审计局、区商务局、区司法局开展常规巡察。", 8),
    ("十四届县委第五轮巡察和第二轮巡察回头看工作动员会召开。本轮对县财政局、县审计局开展常规巡察。", 5),
])
def test_look_back_of_an_earlier_round_is_no_second_round(text, round_):
    assert {i.round for i in parsed_inspections(text)} == {round_}


def test_a_look_back_round_of_its_own_keeps_its_number():
    # near-miss: a round that is itself the look-back, named alone
    text = "十四届县委第四轮巡察“回头看”动员会召开。本轮对县财政局、县审计局开展巡察“回头看”。"
    assert {i.round for i in parsed_inspections(text)} == {4}


# --- a supervision tour's group (督导巡视组) is no party inspection's group --------------------------------------------


@pytest.mark.parametrize("text, groups", [
    ("6月1日至4日，股份公司督导巡视一组组长一行对集通铁路复线各参建单位进行了督导巡视。", {""}),
    ("5月8日至10日，公司督导巡视第二组对某项目部开展督导巡视，检查安全质量。", {""}),
    # near-miss: a party group keeps its name
    ("2024年3月1日至4月30日，省委第一巡视组对省交通运输厅党组开展了常规巡视。", {"省委第一巡视组"}),
])
def test_supervision_tour_groups(text, groups):
    assert {i.group for i in parsed_inspections(text)} == groups


# --- names of any shape confirmed by the count of units after them ----------------------------------------------------


@pytest.mark.parametrize("text, units", [
    ("8月26日、27日，中国铜业党委第一、第二巡察组先后进驻中铜资产、冶金医院、金水物业、迪庆有色，启动对4家单位党组织的常规巡察。",
     ["中铜资产", "冶金医院", "金水物业", "迪庆有色"]),
    ("根据股份党委2022年巡察工作的统一部署，第一轮主要巡察威视科技、科工产业本部和智慧节能产业本部三个单位。"
     "4月7日，各巡察组按计划完成进驻工作。",
     ["威视科技", "科工产业本部", "智慧节能产业本部"]),
    ("9月22日开始，集团党委三个巡视组分别向第十一轮巡视“回头看”的三航局、中交海投2家单位党委和专项巡视的南京地铁6号线、"
     "深汕大道扩建2个直属项目党组织开展巡视反馈。", ["三航局", "中交海投", "南京地铁6号线", "深汕大道扩建"]),
    ("本轮巡察对财政局、审计局、统计局、住建局、科协共5家单位党组织开展常规巡察。", ["财政局", "审计局", "统计局", "住建局", "科协"]),
])
def test_counted_names_are_units(text, units):
    assert named_units(text) == units


@pytest.mark.parametrize("text", [
    # near-misses: the count is not the number of names, the list is cut short by 等, or counts no units
    "集团党委巡察组进驻中铜资产、金水物业，启动对4家单位党组织的常规巡察。",
    "集团党委巡察组进驻中铜资产、金水物业等4家单位开展常规巡察。",
    "巡察组对选人用人、财务管理、工程项目3个方面开展重点检查。",
])
def test_counted_names_near_misses(text):
    assert not [u for u in named_units(text) if u in {"中铜资产", "金水物业", "选人用人", "财务管理", "工程项目"}]


# --- an entry's list after its own 单位为 -----------------------------------------------------------------------------


def test_entry_units_after_its_own_danwei_wei():
    text = ("日前，我区启动八届区委第六轮巡察工作。本轮共巡察4个单位，第一批巡察进驻单位为区双西港管委会(衢州田园开发有限公司)、九华乡，"
            "第二批巡察进驻单位为区行政服务中心管理办公室、区审计局。")
    assert named_units(text) == ["区双西港管委会（衢州田园开发有限公司）", "九华乡", "区行政服务中心管理办公室", "区审计局"]


# --- a group or a clause's preposition is never the unit --------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "8月31日，省担保集团召开巡视整改工作动员会议。会议传达了省委巡视办主任在省委第二巡视组巡视省担保集团党委情况反馈会议上的讲话精神。",
    "根据市委关于巡察工作的统一部署\n截至10月24日\n十届市委第四轮巡察的13个巡察组\n分别进驻被巡察单位\n召开巡察进驻动员会",
])
def test_no_group_or_preposition_as_unit(text):
    units = {i.unit for i in parsed_inspections(text)}
    assert not [u for u in units if u.endswith("组") or u.startswith("根据")]
