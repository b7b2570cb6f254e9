"""Variants of the constructions the r11 rules pass (on r10-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r10 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import parse_text
from imports.parsing.cleaning import repair_dates
from imports.parsing.unit_lists import clean, listed_units, names_in
from tests.imports.parsing.variants import named_units, parsed_inspections, sentence_figures

# --- figures: a unit's own task list, a stage done --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "党组专题研究巡视整改方案，提出87项整改任务，每项任务都明确由班子成员牵头。",
    "局党委召开专题会议，确定整改任务45项，逐项明确责任人。",
    "学院党委细化分解整改任务32项，建立整改台账。",
    # the feedback named earlier in the sentence, the tasks the unit's own
    "根据巡察反馈意见，局党组提出整改任务36项，明确责任领导。",
])
def test_a_units_own_task_list_is_no_measures_count(text):
    assert sentence_figures(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("对委党组巡察组反馈的八个方面20项整改任务已全部整改到位。", 20),
    ("针对巡察组反馈的12项整改任务，逐项制定措施。", 12),
])
def test_the_tasks_the_feedback_gave_are_still_measures(text, value):
    assert ("measures", value) in sentence_figures(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("巡察组共反馈29个问题，其中已完成整改28个，阶段性完成整改1个。", [("problems", 29), ("completed", 28)]),
    ("巡察反馈问题18个，已完成整改15个，阶段性完成3个。", [("problems", 18), ("completed", 15)]),
])
def test_a_stage_done_is_no_completion(text, expected):
    assert sentence_figures(text) == expected


# --- figures: a count in the contrast after the group's own words ------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("市委第二巡察组组长王某指出，县医保局近年来取得一定成绩。但在落实主体责任、着力解决群众急难愁盼等方面还存在18个问题。", 18),
    ("区委第一巡察组副组长张某在反馈中指出，该局工作有序推进。同时，在干部队伍建设等方面还存在12个问题。", 12),
])
def test_problems_in_the_contrast_after_the_groups_words_are_its_findings(text, value):
    assert ("problems", value) in sentence_figures(text)


@pytest.mark.parametrize("text", [
    # no group's words before the contrast: problems of something else
    "县医保局近年来取得一定成绩。但在落实主体责任等方面还存在18个问题。",
    # the group speaks after the count, not before it
    "但在落实主体责任等方面还存在18个问题。市委第二巡察组组长王某指出，要抓好整改。",
])
def test_a_contrast_without_the_groups_words_before_it_counts_nothing(text):
    assert sentence_figures(text) == []


# --- rounds: the superior's 巡视 round, one body's two rounds, the next round --------------------------------------

@pytest.mark.parametrize("text", [
    "根据区委巡察工作领导小组安排，2024年5月10日，区委第二巡察组向区教育局党组反馈巡察情况。\n"
    "根据十二届省委第四轮巡视工作带巡察有关要求，2024年3月1日至4月1日，区委第二巡察组对区教育局党组进行了政治巡察。\n",
    "根据县委统一部署，2023年9月5日，县委提级巡察第一组向县林业局党组反馈巡察情况。\n"
    "根据十一届省委第三轮巡视工作带巡察有关要求，2023年6月1日至7月10日，县委提级巡察第一组对县林业局党组开展了巡察。\n",
    "根据县委统一部署，2023年9月5日，县委第一联动巡察组向县林业局党组反馈巡察情况。\n"
    "按照十一届省委第三轮巡视巡察上下联动工作要求，2023年6月1日至7月10日，县委第一联动巡察组对县林业局党组开展了巡察。\n",
])
def test_a_巡视_round_named_only_in_a_巡察_groups_text_is_the_superiors(text):
    (inspection,) = parsed_inspections(text)
    assert (inspection.term, inspection.round) == (None, None)


def test_a_groups_own_round_stays():
    text = ("根据县委统一部署，2023年9月5日，县委第一巡察组向县林业局党组反馈十五届县委第三轮巡察情况。\n"
            "2023年6月1日至7月10日，县委第一巡察组对县林业局党组开展了巡察。\n")
    (inspection,) = parsed_inspections(text)
    assert (inspection.term, inspection.round) == (15, 3)


@pytest.mark.parametrize("text", [
    "一年来，省委巡视机构部署开展省委第九轮巡视，对17个市州开展常规巡视。9月至11月，省委第十轮巡视对5家省直单位开展常规巡视。\n",
    "今年以来，市委第五轮巡察对8个部门开展常规巡察；下半年，市委第六轮巡察对6个乡镇开展常规巡察。\n",
])
def test_one_bodys_two_rounds_give_no_round(text):
    assert all(i.round is None for i in parsed_inspections(text))


def test_a_round_to_be_completed_to_a_standard_is_the_next_one():
    text = ("11月18日，公司党组巡视工作领导小组召开会议，听取公司党组第九轮巡视情况汇报。会议要求，"
            "高质量完成公司党组第十轮巡视。\n")
    assert parsed_inspections(text)[0].round == 9


# --- unit lists ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "expected"), [
    ("六师五家渠市", "六师五家渠市"),  # a place named with 家 is no count
    ("三家店村", "三家店村"),
    ("九师", "九师"),  # a numbered division
    ("十师北屯市及相关团场", "十师北屯市"),  # the bodies 及相关 a unit are no part of it
    ("县人民医院及相关科室", "县人民医院"),
    ("区财政局等五家单位", "区财政局"),  # a count with 家 still goes
    ("省司法厅……共33家单位", "省司法厅"),  # a list cut before its total
    ("武汉商贸集团有限公司(以下简称“商贸集团”)", "武汉商贸集团有限公司"),
    ("某某交通投资有限公司(2家企业已于2022年重组整合为某某控股集团)", "某某交通投资有限公司"),
    ("按照税务总局党组", ""),  # a clause's preposition opens no name
    ("总局", ""),  # a level with its kind names none
])
def test_names_in_a_list(name, expected):
    assert clean(name) == expected


@pytest.mark.parametrize(("span", "expected"), [
    ("荆门市及麻城市", ["荆门市", "麻城市"]),
    ("宜城市和枣阳市", ["宜城市", "枣阳市"]),
    ("东至县及石台县", ["东至县", "石台县"]),
    ("荆门市及京山县", ["荆门市", "京山县"]),
    ("朝阳区和海淀区", ["朝阳区", "海淀区"]),
    # a place named with 和 stays whole; a name's own 和 is no joint
    ("天津市和平区", ["天津市和平区"]),
    ("乌鲁木齐市和田县", ["乌鲁木齐市和田县"]),
    ("区文体广电和旅游局", ["区文体广电和旅游局"]),
])
def test_two_places_joined_are_two(span, expected):
    assert names_in(span) == expected


@pytest.mark.parametrize("text", [
    "近期，按照总局党组巡视工作计划派出9个巡视组，对北京、上海、广州、江苏等9个省局开展巡视。",
    "今年，公司党委对山东、河南、湖北等5个分公司开展巡察。",
])
def test_places_standing_for_the_offices_counted_are_no_units(text):
    assert listed_units(text) == []


def test_provinces_of_a_central_round_are_still_its_units():
    assert listed_units("中央巡视组对北京、天津、辽宁等10个省区市开展常规巡视。") == ["北京", "天津", "辽宁"]


@pytest.mark.parametrize(("text", "expected"), [
    ("6月5日，区委巡察办召开协调会议。……赵巷镇、徐泾镇、华新镇等6家被巡单位负责同志参加会议。\n", ["赵巷镇", "徐泾镇", "华新镇"]),
    ("会上，公司党委第二巡察组反馈了共性问题。海外事业部、市政公司、福州建设公司3家被巡察单位班子成员参加会议。\n",
     ["海外事业部", "市政公司", "福州建设公司"]),
    ("县委巡察办召开推进会，县林业局、县水利局2个被巡察党组织主要负责人汇报了整改情况。\n", ["县林业局", "县水利局"]),
])
def test_a_list_named_by_the_count_of_units_inspected_after_it(text, expected):
    assert listed_units(text) == expected


def test_a_piece_telling_anything_ends_the_run_before_the_count():
    text = "县委3个巡察组分别就专项巡察及安障乡、林业局、芦管站等7家被巡单位的巡察情况进行汇报。"
    assert "县委" not in listed_units(text)


# --- groups --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2023年11月10日至2024年1月8日，市委提级巡察第四组对惠济区人民检察院党组进行了巡察。\n", "市委提级巡察第四组"),
    ("2023年3月1日至4月30日，县委专项巡察第二组对县医保局党组进行了巡察。\n", "县委专项巡察第二组"),
    ("2023年3月1日至4月30日，县委巡察第二组对县医保局党组进行了巡察。\n", "县委巡察第二组"),
])
def test_the_kind_before_巡察第N组_stays_in_the_groups_name(text, expected):
    assert parsed_inspections(text)[0].group == expected


# --- noise: a period whose 至 was lost ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("于2020年5月6日6月5日对", "于2020年5月6日至6月5日对"),
    ("于2021年9月1日10月30日开展", "于2021年9月1日至10月30日开展"),
    # two days in the wrong order are no period
    ("2020年6月6日5月5日", "2020年6月6日5月5日"),
])
def test_a_period_whose_至_was_lost(text, expected):
    assert repair_dates(text) == expected


def test_a_period_whose_至_was_lost_dates_the_visit():
    text = "根据市委统一部署，市委第二巡察组于2021年9月1日10月30日对县水利局党组进行了巡察。\n"
    inspection = parsed_inspections(text)[0]
    assert (inspection.start, inspection.end) == (date(2021, 9, 1), date(2021, 10, 30))


# --- problems: a paragraph cut short is no heading -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "5月24日，集团公司召开党委扩大会议，通报省委巡视组检查情况。\n会议认为，省委巡视组实事求是指出存在问题，……\n"
    "会议要求，切实抓好整改落实。\n",
    "2月29日，区水务局召开巡察反馈问题整改落实工作推进会。\n会上，局党组书记汇报了巡察整改进展情况，……\n"
    "……对下一步工作提出要求：一是提高站位；二是持续用力。\n",
])
def test_a_paragraph_cut_short_is_no_problem(text):
    assert all(not i.items for i in parsed_inspections(text))


# --- the one unit of news --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("10月12日，公司召开第四轮巡察进驻动员会，对武港院及公司部分RH项目分别开展常规巡察、专项巡察。\n", "武港院"),
    ("3月5日，县委第二巡察组对县人民医院及部分乡镇卫生院分别开展专项巡察。\n", "县人民医院"),
    ("10月25日上午，区委第一巡察组正式进驻区司法局并召开巡察工作动员会。\n", "区司法局"),
    ("9月3日，县委第三巡察组进驻县统计局并开展为期一个月的巡察。\n", "县统计局"),
    ("4月23日，县委第一巡察组在县住建局召开工程建设领域专项巡察暨巡视巡察反馈问题整改落实情况专项督查工作动员会议。\n",
     "县住建局"),
])
def test_the_one_unit_of_news(text, expected):
    assert named_units(text) == [expected]


def test_two_organisations_joined_are_still_no_one_unit():
    text = "3月5日，县委第二巡察组对县人民医院及县中医院分别开展专项巡察。\n"
    assert named_units(text) != ["县人民医院"]


# --- audit texts: an inspection's concerns named in passing ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "5月26日上午，学校审计联席会议召开。会上，审计处处长通报了上半年审计工作情况，并对审计项目整改工作进行了布置。"
    "会议结合审计发现共性问题清单和省委巡视关注重点，对各单位的自查整改工作进行了部署。\n",
    "3月2日，市审计局召开审计项目推进会，围绕巡察关注的重点领域安排全年审计项目。\n",
])
def test_an_audit_text_naming_inspection_concerns_is_refused_as_audit(text):
    from imports.parsing import DocumentError

    with pytest.raises(DocumentError) as error:
        parse_text(text, "audit.txt")
    assert "审计" in str(error.value) and "不予导入" in str(error.value)


def test_a_text_telling_an_inspection_beside_its_audit_is_not_refused_as_audit():
    text = ("根据县委统一部署，2023年3月1日至4月30日，县委第二巡察组对县审计局党组开展了巡察。"
            "2023年6月1日，县委第二巡察组向县审计局党组反馈了巡察意见。\n")
    assert named_units(text) == ["县审计局党组"]


def test_an_earlier_rounds_rectification_named_beside_the_texts_round_leaves_it():
    text = ("根据市委统一部署，2023年9月5日，市委第三巡察组向县林业局党组反馈十五届市委第六轮巡察情况。"
            "巡察组指出，要把市委第五轮巡察反馈问题整改与本轮整改统筹推进。\n")
    assert parsed_inspections(text)[0].round == 6


@pytest.mark.parametrize("text", [
    "11月18日，县委巡察工作领导小组召开会议，听取汇报。今年以来，县委已高质量完成十五届县委第三轮巡察。\n",
    "11月18日，县委巡察工作领导小组召开会议。会议指出，高质量完成了十五届县委第三轮巡察。\n",
])
def test_a_round_done_to_a_standard_is_the_texts_own(text):
    assert parsed_inspections(text)[0].round == 3


def test_problems_still_open_in_the_contrast_are_no_findings_count():
    text = "市委第二巡察组组长王某指出，县医保局近年来取得一定成绩。但仍有3个问题尚未整改到位。"
    assert ("problems", 3) not in sentence_figures(text)


@pytest.mark.parametrize("text", [
    "中共某某县审计局党组关于县委第三轮巡察集中整改进展情况的通报\n"
    "根据县委统一部署，2023年3月1日至4月30日，县委第二巡察组对县审计局党组开展了巡察。"
    "2023年6月1日，县委第二巡察组向县审计局党组反馈了巡察意见。现将整改进展情况予以公布。\n"
    "一、审计整改工作情况\n（一）加强审计整改。已完成。\n",
])
def test_a_progress_report_of_an_audit_office_is_no_audit_report(text):
    assert named_units(text)
