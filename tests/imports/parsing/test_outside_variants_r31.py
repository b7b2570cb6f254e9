"""Variants of the constructions the r31 rules pass (on r30-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r30 text it was found on."""

from __future__ import annotations

from datetime import date

from tests.imports.parsing.variants import named_units, only_inspection, parsed_inspections

# --- a mobilisation conveying a hearing of the round before (settled convention 14) ---------------------------------------


def test_a_mobilisation_conveying_a_heard_round_names_none():
    text = ("省委第三巡视组巡视省水利厅党组工作动员会召开\n"
            "根据省委统一部署，4月2日，省委第三巡视组巡视省水利厅党组工作动员会召开。巡视组组长作动员讲话，"
            "传达了省委书记在听取十一届省委第五轮巡视情况综合汇报时的讲话精神，通报了有关工作安排。\n")
    inspection = only_inspection(text)
    assert (inspection.term, inspection.round) == (None, None)


def test_a_feedback_conveying_the_heard_round_keeps_it():
    # near-miss: a feedback is of the round whose report was heard
    text = ("省委第三巡视组向省水利厅党组反馈巡视情况\n"
            "根据省委统一部署，8月2日，省委第三巡视组向省水利厅党组反馈巡视情况。巡视组组长传达了省委书记在听取十一届省委"
            "第五轮巡视情况综合汇报时的讲话精神。\n")
    inspection = only_inspection(text)
    assert (inspection.term, inspection.round) == (11, 5)


def test_a_mobilisation_naming_its_own_round_keeps_it():
    # near-miss: the round the meeting deploys is the text's
    text = ("市委第二巡察组巡察县人民医院党委工作动员会召开\n"
            "2024年9月10日下午，市委第二巡察组巡察县人民医院党委工作动员会召开。组长传达了市委书记在六届市委第六轮巡察"
            "动员部署会上的讲话精神。\n")
    inspection = only_inspection(text)
    assert (inspection.term, inspection.round) == (6, 6)


# --- units a round's report or feedback names --------------------------------------------------------------------------------


def test_the_units_a_group_reports_on():
    text = ("3月5日，学校召开巡察工作领导小组会议，审定十届党委第二轮校内巡察工作情况报告。"
            "会议听取了巡察组关于巡察土木工程学院党委、外国语学院党委的情况报告。\n")
    assert named_units(text) == ["土木工程学院党委", "外国语学院党委"]


def test_a_committee_given_the_results_of_its_bodies_holds_the_list():
    text = ("河西区召开市委第三巡察组集中反馈会议\n"
            "根据市委部署，3月7日下午，市委第三巡察组向河西区委反馈了巡察情况。组长向河西区委反馈了本轮巡察河西区委宣传部"
            "等四家单位的巡察结果。本轮巡察区委宣传部、区委组织部、东湖街道、西湖街道等四家单位过程中发现的主要问题有：…\n")
    assert named_units(text) == ["区委宣传部", "区委组织部", "东湖街道", "西湖街道"]


def test_a_committee_fed_back_on_itself_stays_the_unit():
    # near-miss: no bodies of its own counted after its name
    text = ("河西区召开市委第三巡察组反馈会议\n"
            "根据市委部署，3月7日下午，市委第三巡察组向河西区委反馈了巡察情况。区委书记主持会议并作表态讲话。\n")
    assert only_inspection(text).unit == "河西区委"


# --- a story's group, visit and dates ---------------------------------------------------------------------------------------


def test_a_visit_told_with_展开():
    text = ("近日，当县委第二巡察组人员再次来到城关镇敬老院时，敬老院的变化让巡察人员耳目一新。\n"
            "11月初，县委第二巡察组对县卫健局展开了常规巡察，并延伸巡察乡镇卫生院。\n")
    inspection = only_inspection(text)
    assert (inspection.unit, inspection.group) == ("县卫健局", "县委第二巡察组")


def test_a_storys_one_group_below_its_dialogue():
    text = ("“您好，我们是巡察组工作人员。请问有什么意见和建议？”\n"
            "“有个问题想反映一下。”\n"
            "“请讲，我们一定尽力。”\n"
            "这是近日义马市委第二巡察组巡察人社局期间在东区街道走访时收到的群众反映。\n")
    assert parsed_inspections(text)[0].group == "市委第二巡察组"


def test_a_storys_two_groups_give_none():
    # near-miss: two groups of one committee in one story
    text = ("“现在牛棚也建好了！”日前，村民对回访的巡察组说。今年，在旗委第二巡察组巡察进驻期间，村民寻求帮助。\n"
            "今年4月，旗委第一巡察组对民胜村开展常规巡察中了解到村民用水困难的问题。\n")
    assert parsed_inspections(text)[0].group == ""


def test_a_leader_speaking_names_no_group_of_the_text():
    # near-miss: a group named only by its leader's words
    text = ("交叉巡察，这一监督形式被不少地方实践运用。然而在具体工作中，也表现出一些尚待克服的困难。\n"
            "各地应当如何进一步做好这项工作？近日，记者前往较早开展交叉巡察的平顶山市、六安市等地进行了调查了解。\n"
            "……\n"
            "熟人社会的存在，使得干部群众开展监督时心存顾忌。\n"
            "平顶山市委第一巡察组组长告诉记者，此前巡察一家单位时，很多人出来说情。\n")
    assert parsed_inspections(text)[0].group == ""


def test_a_group_beginning_its_visit_on_a_day():
    text = ("根据县委统一部署，2023年6月15日，县委第二巡察组开始对城南街道及所辖的五个社区开展为期两个月的常规巡察。\n")
    assert only_inspection(text).start == date(2023, 6, 15)


def test_a_body_visited_during_the_visit_ends_before_期间():
    text = ("南河镇是个旅游乡镇。县委第三巡察组巡察石门镇期间，收到群众的问题反映后，立即深入一线开展走访调查。\n")
    assert named_units(text)[0] == "石门镇"


def test_a_supreme_procuratorates_group_written_short():
    text = ("10月21日，最高检党组第三巡视组巡视青海省检察院党组工作动员会在西宁召开。第三巡视组组长作动员讲话。\n")
    assert only_inspection(text).group == "最高检第三巡视组"


def test_a_feedback_period_named_by_its_subject_is_no_visit():
    text = ("根据市委关于巡察工作的统一部署，11月2日至11月6日，市委第一至第三巡察组分别向财政局、商务局、公安局等3个单位党组织"
            "反馈优化营商环境专项巡察情况。\n"
            "按照市委巡察工作统一部署，2021年8月13日至9月21日，市委第一至第三巡察组分别对市财政局等3个单位党组织开展了"
            "营商环境专项巡察。\n")
    inspection = round_level = [i for i in parsed_inspections(text) if not i.unit][0]
    assert (round_level.start, round_level.end, inspection.feedback_date) == (
        date(2021, 8, 13), date(2021, 9, 21), date(2021, 11, 2)
    )


# --- an aggregator's chrome ----------------------------------------------------------------------------------------------


def test_an_aggregators_byline_and_reporters_are_no_items():
    text = ("某某网\n"
            "十一届省委巡视整改专项“回头看”工作启动\n"
            "由 张三 发布于 综合\n"
            "某某日报客户端记者 李四 某某报业全媒体记者 王五\n"
            "9月8日，记者从省委巡视办了解到，按照省委统一部署，组织开展十一届省委巡视整改专项“回头看”工作。\n")
    titles = [item.title for item in parsed_inspections(text)[0].items]
    assert not [title for title in titles if "发布于" in title or "记者" in title]
