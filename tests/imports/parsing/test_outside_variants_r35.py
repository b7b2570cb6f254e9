"""Variants of the constructions the r35 rules pass (on r34-held) taught the importer (issue 14), written by hand:
the same construction with other units, places and wording, and near-misses the rule must not fire on."""

from __future__ import annotations

import pytest

from tests.imports.parsing.variants import named_units, parsed_inspections, sentence_figures, text_figures


def test_a_meeting_conveying_an_entry_meeting_dates_no_start():
    text = ("2012年3月5日上午，公司召开中层干部会议，传达“省国资委第二巡视组进驻省建工集团开展巡视工作动员会”的主要精神。"
            "公司领导班子成员出席会议。\n")
    assert [i.start for i in parsed_inspections(text)] == [None]


def test_a_groups_own_entry_day_is_still_its_start():
    # near-miss: the group enters that day, no meeting conveyed
    text = "2012年3月5日，省国资委第二巡视组进驻省建工集团开展巡视工作。\n"
    assert parsed_inspections(text)[0].start.isoformat() == "2012-03-05"


def test_places_a_study_visit_tours_are_no_units():
    text = ("5月12日，邻区区委巡察办考察组一行到我市学习。考察组一行5人对城南社区党群服务中心、江北镇新风村、"
            "白鹭湖廉政教育馆进行了实地考察，对我市巡察工作给予高度评价。\n")
    assert named_units(text) == []


def test_a_visit_of_the_same_places_lists_them():
    # near-miss: the groups visit them
    text = "5月12日，市委第二巡察组对城南社区党委、江北镇新风村党总支、白鹭湖管理处党支部开展巡察。\n"
    assert named_units(text) == ["城南社区党委", "江北镇新风村党总支", "白鹭湖管理处党支部"]


@pytest.mark.parametrize("text, units", [
    # a county visited and an enterprise, joined by 和 inside a list
    ("截至今天，省委5个巡视组已分别进驻乐东县、陵水县、临高县和海南农垦集团有限公司、海南港航控股有限公司开展巡视工作。\n",
     ["乐东县", "陵水县", "临高县", "海南农垦集团有限公司", "海南港航控股有限公司"]),
    # a province of a central round and a central body
    ("巡视组已陆续进驻宁夏、甘肃和国家林业局。\n", ["宁夏", "甘肃", "国家林业局"]),
    # near-miss: a place named with 和 stays one (天津市和平区)
    ("市委3个巡视组分别进驻天津市和平区、河西区、南开区开展巡视。\n", ["天津市和平区", "河西区", "南开区"]),
])
def test_a_place_joined_to_a_body_by_he(text, units):
    assert named_units(text) == units


def test_counted_groups_are_no_one_group():
    text = ("今年第二轮巡视中，12个省委专项巡视组相继对45个市辖区开展《条例》专题辅导。\n"
            "本轮巡视后，全省实现巡视全覆盖。\n")
    assert [i.group for i in parsed_inspections(text)] == [""]


def test_one_numbered_special_group_is_read():
    # near-miss: one group with its number
    text = "2024年3月5日，省委第三专项巡视组进驻省水利厅开展专项巡视。\n"
    assert parsed_inspections(text)[0].group == "省委第三专项巡视组"


def test_a_name_holding_xiang_opens_no_list_of_its_own():
    text = "即日起，县委第二巡察组将对城关镇向阳村、柳河村、新桥村等3个村开展巡察回头看。\n"
    assert named_units(text) == ["城关镇向阳村", "柳河村", "新桥村"]


def test_towns_describing_their_villages_are_no_units():
    text = ("日前，县委派出多个巡察组分别对河口、大桥、新田、东山等乡镇的脱贫村开展巡察回头看。"
            "县委第一巡察组将对大桥镇上坪村、下坪村等2个脱贫村开展巡察回头看。\n")
    assert named_units(text) == ["大桥镇上坪村", "下坪村"]


def test_words_conveyed_to_leaders_name_no_units():
    text = ("近日，十届市委第五轮巡察6个巡察组开展了反馈。反馈时，市委巡察工作领导小组成员向被巡察县(区)、经开区"
            "主要负责人传达了市委书记听取本轮巡察汇报时的讲话精神。\n")
    assert named_units(text) == []


def test_the_feedback_of_an_inspection_names_no_unit():
    text = ("截至2024年6月，集团36个被巡察基层党组织对巡察反馈的120个问题，具体分解细化为210项整改，已完成200项，"
            "整改完成率95.2%。\n")
    assert [i.unit for i in parsed_inspections(text)] == [""]


@pytest.mark.parametrize("text, figures", [
    ("巡察反馈的120个问题，具体分解细化为210项整改，整改完成率95.2%。",
     [("problems", 120), ("measures", 210), ("completion_rate", 95.2)]),
    ("反馈问题40个，分解为96条整改。", [("problems", 40), ("measures", 96)]),
    # near-miss: items rectified, not broken down
    ("反馈问题40个，已完成整改38个。", [("problems", 40), ("completed", 38)]),
])
def test_problems_broken_down_into_rectification_items(text, figures):
    assert sentence_figures(text) == figures


@pytest.mark.parametrize("text, figures", [
    ("通过专项巡察，共发现问题线索31条，移交县纪委、县委组织部等有关部门9条，组织处理7人。",
     [("clues_transferred", 31), ("clues_transferred", 9), ("organizational_handling", 7)]),
    # near-miss: a count handed over with no clues before it
    ("反馈问题52个，移交有关部门9件。", [("problems", 52)]),
])
def test_clues_found_then_handed_over(text, figures):
    assert sentence_figures(text) == figures


def test_an_entry_beside_an_audit_group_names_its_unit():
    text = "2024年5月6日，县审计局审计组与县委第二巡察组同步进驻县城关镇，召开了“巡审”联动工作动员会。\n"
    assert (parsed_inspections(text)[0].unit, parsed_inspections(text)[0].group) == ("县城关镇", "县委第二巡察组")


@pytest.mark.parametrize("text, last", [
    ("今年以来，区委对区住建局、财政局、水利局、交通局等乡村振兴重点单位，开展了“点穴式”专项巡察，共发现问题线索28条。\n",
     "交通局"),
    ("从4月上旬开始，对市发改委、科技局、商务局、中级人民法院等职能部门开展优化营商环境专项巡察。\n", "中级人民法院"),
])
def test_a_list_closed_by_a_described_kind(text, last):
    assert named_units(text)[-1] == last


def test_an_entry_then_the_committee_visited():
    text = ("2024年4月2日，按照县委的统一安排部署，十五届县委第二轮巡察第三巡察组进驻新场镇，负责对新场镇党委及所辖的"
            "12个村级党组织开展巡察。\n")
    assert [i.unit for i in parsed_inspections(text) if i.unit] == ["新场镇党委"]


def test_a_town_fed_back_is_its_committee_as_the_text_names_it():
    text = ("2020年9月3日，市委乡村振兴第二专项巡察组向松桃县大坪镇反馈了巡察情况。"
            "组长指出，大坪镇党委能坚持以习近平新时代中国特色社会主义思想为指导，但也存在一些问题。\n")
    inspection = parsed_inspections(text)[0]
    assert (inspection.unit, inspection.group) == ("大坪镇党委", "市委乡村振兴第二专项巡察组")


def test_a_town_whose_committee_a_story_hands_a_problem_stays_the_town():
    # near-miss: the committee named only as where a problem is handed (as the pinned stories read it)
    text = ("大坪镇是个旅游乡镇。县委第四巡察组巡察大坪镇期间，收到群众的问题反映后，立即深入一线开展走访调查。"
            "巡察组当即将公共厕所问题列入“立行立改”清单，移交大坪镇党委，建议马上整改。\n")
    assert parsed_inspections(text)[0].unit == "大坪镇"


def test_a_body_visited_during_the_visit_is_no_unit():
    text = ("去年4月，县委第二巡察组进驻老城镇及8个村党组织开展巡察，在对东岭村党总支开展巡察期间，巡察组发现村道年久失修。"
            "巡察组随即将问题反馈至老城镇党委政府，督促老城镇党委政府立项整改。\n")
    assert parsed_inspections(text)[0].unit == "老城镇党委"


def test_figures_of_several_lines_keep_the_handed_over_clues():
    text = "通过专项巡察，共发现问题线索31条，移交县纪委等有关部门9条。\n下发立行立改通知书5份。\n"
    assert text_figures(text) == [("clues_transferred", 31), ("clues_transferred", 9)]
