"""Variants of the constructions the r16 rules pass (on r15-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r15 text it was found on."""

from __future__ import annotations

import pytest

from imports.parsing import parse_text
from tests.imports.parsing.variants import (
    named_units,
    only_inspection,
    parsed_inspections,
    round_level_inspection,
    sentence_figures,
)

# --- rounds: the rounds since one began (从…首轮巡察起) name none ----------------------------------------------------

@pytest.mark.parametrize("since", [
    "从十届市委首轮巡察起，市委巡察办充分发挥统筹协调作用，建立整改会审机制。",
    "自第三轮巡察起，县委巡察办对每轮巡察整改情况开展评估。",
    "从五届区委第二轮巡察起，区委巡察办推行整改销号制度。",
])
def test_the_rounds_since_one_began_name_no_round(since):
    text = "为做好巡察整改“后半篇文章”，某市建立巡察整改会审机制，形成抓整改监督的合力。\n" + since + "\n"
    assert round_level_inspection(text).round is None


@pytest.mark.parametrize(("text", "round_"), [
    # near-misses: a round of the text's own, and a round whose 起 begins another word
    ("2023年3月1日，十届市委第三轮巡察启动，市委派出5个巡察组对12个单位开展常规巡察。\n", 3),
    ("市委巡察办召开会议，部署十届市委第三轮巡察起草工作方案等事项。\n", 3),
])
def test_a_rounds_own_statement_stays(text, round_):
    assert round_level_inspection(text).round == round_


# --- unit lists: a group named 党组巡察组 is no visit of its own; units checked, not visited -----------------------

@pytest.mark.parametrize(("text", "units"), [
    ("根据工作部署，厅党组巡察组于6月12日陆续进驻福建博物院、福建民俗博物馆、福建省美术馆等3家单位开展巡察。\n",
     ["福建博物院", "福建民俗博物馆", "福建省美术馆"]),
    ("按照安排，局党组巡察组于3月1日分别进驻市第一中学、市实验小学、市职业中专等3家单位开展巡察。\n",
     ["市第一中学", "市实验小学", "市职业中专"]),
    ("按照安排，局党组第二巡察组于5月8日进驻市图书馆、市文化馆等2家单位开展巡察。\n", ["市图书馆", "市文化馆"]),
])
def test_a_party_groups_inspection_group_before_an_entry_is_no_unit(text, units):
    assert named_units(text) == units


def test_a_group_visiting_a_list_still_names_it():
    # near-miss: 巡察组巡察A、B (the group's own visit) lists its units as before
    text = "根据县委统一部署，县委第二巡察组巡察县人大机关、县政协机关、县应急管理局。\n"
    assert named_units(text) == ["县人大机关", "县政协机关", "县应急管理局"]


@pytest.mark.parametrize("checked", [
    "同步对市卫健委、市医保局开展整改督查",
    "同时对县财政局、县审计局进行专项检查",
    "并对区教育局、区人社局开展整改情况调研",
])
def test_units_checked_beside_a_rounds_list_are_no_units(checked):
    text = ("经市委批准，十二届市委第六轮巡察将对市委宣传部、市委统战部、市妇联3个单位党组织开展常规巡察，"
            f"{checked}。\n")
    assert named_units(text) == ["市委宣传部", "市委统战部", "市妇联"]


def test_units_visited_with_a_kind_named_after_the_verb_stay():
    # near-miss: 开展…专项巡察 after the list is a visit
    text = ("经市委批准，十二届市委第六轮巡察将对市委宣传部、市委统战部2个单位党组织开展常规巡察，"
            "对市中心医院、市疾控中心2个单位党组织开展医疗领域专项巡察。\n")
    assert named_units(text) == ["市委宣传部", "市委统战部", "市中心医院", "市疾控中心"]


# --- figures: clues an inspection found are clues; clues from letters are none (settled convention 6) --------------

@pytest.mark.parametrize(("text", "expected"), [
    ("在首轮巡视中，共发现被巡视党组织问题503个，领导干部问题线索411件，其中县处级以上干部问题线索169件。",
     [("problems", 503), ("clues_transferred", 411)]),
    ("巡察组掌握问题线索5个，移送问题线索3件。", [("clues_transferred", 5), ("clues_transferred", 3)]),
    ("本轮巡察共发现问题线索12条。", [("clues_transferred", 12)]),
    ("巡察监督中发现问题线索7件。", [("clues_transferred", 7)]),
])
def test_clues_an_inspection_found_are_the_clues_figure(text, expected):
    assert sentence_figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("巡察期间，共受理信访举报问题线索45件，发现问题62个。", [("problems", 62)]),
    ("巡察组共受理群众来信来访68件次，其中问题线索12件。", []),
    ("巡察期间共接收信访举报反映的问题线索9条。", []),
    # near-miss: clues found in a clause of their own beside the letters received stay
    ("巡察期间共受理信访举报120件，发现问题线索15条，移交问题线索8件。",
     [("clues_transferred", 15), ("clues_transferred", 8)]),
])
def test_clues_received_from_letters_are_no_figure(text, expected):
    assert sentence_figures(text) == expected


# --- rounds: two rounds joined in one clause; a term stated only with another round ---------------------------------

@pytest.mark.parametrize("heard", [
    "会议听取了第三轮巡察工作和第二轮被巡察的四个基层党委整改工作进展的情况汇报。",
    "会议听取了第五轮巡察工作情况和第四轮巡察整改落实情况的汇报。",
])
def test_two_rounds_joined_in_one_clause_name_none(heard):
    text = "4月28日，学校召开巡察工作领导小组会议。" + heard + "校党委书记参加会议并讲话。\n"
    assert round_level_inspection(text).round is None


def test_one_round_heard_stays():
    # near-miss: one round's report heard is the text's round
    text = "4月28日，学校召开巡察工作领导小组会议。会议听取了第三轮巡察工作情况汇报。校党委书记参加会议并讲话。\n"
    assert round_level_inspection(text).round == 3


@pytest.mark.parametrize("superior", [
    "结合十一届省委第一轮巡视我校反馈意见，对8个党总支进行了政治体检。",
    "对照十二届省委第三轮巡视反馈问题，对各学院开展政治体检。",
])
def test_a_term_stated_only_with_another_round_is_no_term_of_the_text(superior):
    text = ("7月7日至10日，党委第二轮校内巡察的4个巡察组分别向被巡察党总支反馈巡察意见。\n"
            "按照党委统一部署，本轮巡察对文学院、外国语学院和美术学院等3个党总支开展了常规巡察。" + superior + "\n")
    base = round_level_inspection(text)
    assert (base.term, base.round) == (None, 2)


def test_a_term_stated_with_the_texts_own_round_stays():
    # near-miss: the term stated with the text's own round is its term
    text = ("7月7日至10日，十一届党委第二轮校内巡察的4个巡察组分别向被巡察党总支反馈巡察意见。\n"
            "本轮巡察对文学院、外国语学院和美术学院等3个党总支开展了常规巡察，结合省委巡视反馈意见。\n")
    assert (round_level_inspection(text).term, round_level_inspection(text).round) == (11, 2)


@pytest.mark.parametrize("checked", [
    "县纪委书记宣读《十七届县委第六轮巡察工作实施方案》《十七届县委第四轮和第五轮巡察整改情况督查方案》。",
    "今年还将对第四、五轮巡察整改情况进行评估。",
    "专项督查组要对十七届县委第四、第五轮被巡察的48个单位反馈问题逐条进行检查核对。",
])
def test_earlier_rounds_whose_rectification_is_checked_are_no_second_round(checked):
    text = "3月31日，十七届县委第六轮巡察工作动员部署会召开。" + checked + "\n"
    base = round_level_inspection(text)
    assert (base.term, base.round) == (17, 6)


def test_two_rounds_of_the_text_still_name_none():
    # near-miss: a text about two rounds' visits states neither
    text = "3月31日，县委第六轮巡察和第七轮巡察工作动员部署会召开，两轮巡察将对20个单位开展常规巡察。\n"
    assert round_level_inspection(text).round is None


# --- unit lists: the 对 of 针对; groups each with its own entry -----------------------------------------------------

@pytest.mark.parametrize("said", [
    "针对中央、省扶贫巡视组指出的健康脱贫方面存在的问题，与县卫健委、镇卫生院、村医务室相关负责人进行沟通协商。",
    "面对巡视组指出的问题，与县教育局、县财政局负责人进行座谈。",
])
def test_the_dui_of_zhendui_opens_no_list(said):
    text = "近期，驻市卫健委纪检监察组对被监督单位巡察反馈问题整改情况进行监督检查。" + said + "\n"
    assert named_units(text) == []


@pytest.mark.parametrize(("text", "units"), [
    ("近日，市城市管理局党组第一巡察组进驻市市政设施运行保障中心党委，第二巡察组进驻市南山植物园管理处党委、"
     "市市政信息中心党支部，将开展为期45天的驻地巡察。\n",
     {"市市政设施运行保障中心党委", "市南山植物园管理处党委", "市市政信息中心党支部"}),
    ("近日，局党组第一巡察组进驻市图书馆党支部，第二巡察组进驻市文化馆党支部、市博物馆党支部，开展巡察。\n",
     {"市图书馆党支部", "市文化馆党支部", "市博物馆党支部"}),
])
def test_groups_each_entering_their_units_name_every_unit(text, units):
    inspections = parsed_inspections(text)
    assert inspections[0].unit == "" and inspections[0].group == ""
    assert set(named_units(text)) == units


def test_one_group_entering_one_unit_stays_single():
    # near-miss: a second group named without an entry of its own adds no unit
    text = "近日，局党组第一巡察组进驻市图书馆党支部开展巡察，第二巡察组组长参加动员会。\n"
    assert only_inspection(text).unit == "市图书馆党支部"


# --- figures and problems: a check's results; a run of clues ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "对检查中发现的“转移工资关系不及时”等16个共性问题，检查组形成《工作提示单》，督促各地各单位通过整改健全完善79项制度规定。",
    "针对督查中发现的问题，督查组督促相关单位建立完善制度21项，追缴资金12万元。",
])
def test_a_checks_own_group_counts_no_inspection_figures(sentence):
    assert sentence_figures(sentence) == []


def test_a_units_own_check_group_pushing_its_rectification_keeps_its_figures():
    # near-miss: a progress report's own 督查组, with no findings of its own, reports the rectification's results
    assert sentence_figures("党委成立3个督查组，对整改落实情况开展督查，推动建立完善制度28项。") == [("rules_established", 28)]


def test_an_inspections_rectification_checked_by_a_group_keeps_its_figures():
    # near-miss: a sentence naming the inspection keeps its figures
    assert sentence_figures("巡察整改督查组督促被巡察单位建立完善制度21项。") == [("rules_established", 21)]


@pytest.mark.parametrize("text", [
    "区纪委监委在日常监督检查中发现问题线索20件。",
    "整改督查中发现问题线索3条。",
])
def test_clues_a_check_found_are_no_clues_figure(text):
    assert sentence_figures(text) == []


def test_a_run_of_clues_a_rectification_check_found_is_no_problem_list():
    text = ("近期，驻市卫健委纪检监察组对被监督单位中央专项巡察反馈问题整改情况进行监督检查。"
            "对整改中发现的胡郢村卫生室不能正常使用问题、安康医院套取农合资金等2条问题线索整理上报并跟进监督。\n")
    (base,) = parsed_inspections(text)
    assert base.items == [] and base.figures == []


def test_a_run_of_shortcomings_closing_a_sentence_is_still_listed():
    # near-miss: a 、-run without 线索 stays a list of problems
    text = ("2023年5月6日，县委第二巡察组向县医院党委反馈巡察情况。"
            "巡察中发现县医院党委学习贯彻不够深入、落实主体责任不够有力、推动整改还有差距。\n")
    assert len(only_inspection(text).items) == 3


# --- missing fields: a quotation inside a listed name; groups named by their subject ---------------------------------

@pytest.mark.parametrize(("listed", "quoted"), [
    ("市发改委、迎接“十四运”建设指挥部办公室、市营商办、市工信局", "迎接“十四运”建设指挥部办公室"),
    ("县财政局、县委“三农”工作办公室、县水利局", "县委“三农”工作办公室"),
])
def test_a_short_quotation_inside_a_listed_name_is_no_break(listed, quoted):
    text = (f"按照市委统一部署，市委第六巡察组从2020年10月28日至11月30日围绕市委“十项重点工作”，对{listed}等4个牵头单位"
            "开展专项巡察。\n")
    units = named_units(text)
    assert quoted in units and len(units) >= 3


def test_a_quoted_subject_before_a_list_is_no_unit():
    # near-miss: the quoted subject before the list's 对 stays out of it
    text = "按照市委统一部署，市委第六巡察组围绕“十项重点工作”，对市发改委、市工信局、市科技局等3个单位开展专项巡察。\n"
    assert named_units(text) == ["市发改委", "市工信局", "市科技局"]


@pytest.mark.parametrize(("text", "group"), [
    ("根据市委统一部署，2024年9月11日—9月30日，市委涉水生态问题机动巡察组对江北区委进行了巡察。", "市委涉水生态问题机动巡察组"),
    ("根据县委统一部署，2021年10月15日至11月25日，县委经济发展领域作风建设专项巡察二组对住建局党组进行了巡察。",
     "县委经济发展领域作风建设专项巡察二组"),
    ("根据区委统一部署，2023年5月8日至6月20日，区委乡村振兴专项巡察组对区农业农村局党组进行了巡察。", "区委乡村振兴专项巡察组"),
])
def test_a_group_named_by_its_subject_and_kind(text, group):
    assert only_inspection(text + "\n").group == group


@pytest.mark.parametrize("text", [
    # near-misses: a committee's own special inspection is no group's name, nor a title's 关于落实…
    "根据县委统一部署，2021年10月15日至11月25日，县委开展专项巡察，县委第二巡察组对住建局党组进行了巡察。",
    "中共江北区委关于落实市委第三巡察组反馈意见整改进展情况的通报",
])
def test_a_clause_before_a_kind_is_no_groups_name(text):
    from imports.parsing.groups import group_and_kind
    group, _ = group_and_kind([text], "")
    assert "开展" not in group and "关于" not in group


def test_an_entry_meeting_named_with_the_visits_word():
    text = "2023年12月25日下午，卫滨区委第二巡察组入驻区教育体育局巡察动员会在教体局召开。\n"
    assert only_inspection(text).unit == "区教育体育局"


# --- figures: a rectification rate beside counted organisations -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("区委第七轮巡察由三个镇党委分别负责监督所辖村（社区）整改，压实58个村级党组织整改责任，整改完成率达89%。",
     [("completion_rate", 89)]),
    ("对12个被巡察单位党组织督促整改，整改率为95%。", [("completion_rate", 95)]),
])
def test_a_rectification_rate_beside_counted_organisations_is_read(text, expected):
    assert sentence_figures(text) == expected


def test_a_milestones_completion_rate_stays_out():
    # near-miss (r14's rule): a bare 完成率 after work milestones counted is theirs
    assert sentence_figures("203个主要工作节点完成168个，完成率达到82.8%。") == []


# --- news that states no visit: no problems; an undated visit is round-level news -------------------------------------

@pytest.mark.parametrize("text", [
    "引言\n中央巡视组作为党和国家监督体系的重要组成部分，承担着监督检查任务。\n巡视工作的过程\n"
    "省委巡视组对某地巡查的过程通常包括以下几个阶段：\n1.前期准备：巡视组开展调研，制定方案。\n2.进驻巡查：巡视组进驻，全面了解情况。\n",
    "在集团巡视整改工作专题会议上的讲话\n同志们：\n自省委巡视组反馈意见以来，集团党委多次召开专题会议研究部署。\n"
    "一、提高政治站位，深刻认识巡视整改的极端重要性\n二、聚焦问题整改，确保整改落地见效\n",
])
def test_a_news_text_stating_no_visit_has_no_problems(text):
    assert all(not i.items for i in parsed_inspections(text))


def test_groups_feeding_back_keep_the_problems_they_name():
    # near-miss: numbered groups feeding back are a visit, so the findings listed stay
    text = ("第一巡察组组长、第二巡察组组长代表巡察组分别向被巡察单位反馈了巡察意见。\n"
            "巡察反馈意见指出，被巡察单位仍然存在一些问题，包括政治理论学习有待进一步深化，议事决策机制有待持续规范和完善，"
            "队伍建设需要强化等。\n")
    assert sum(len(i.items) for i in parsed_inspections(text)) == 3


@pytest.mark.parametrize("first", [
    "本报讯 进园区、走乡村、入社区、访企业……今年以来，市纪委监委对开发区领域开展专项巡察，以强有力政治监督助推开发区发展。",
    "今年以来，县委对全县乡镇开展提级巡察，推动基层治理。",
])
def test_an_undated_visit_is_round_level_news(first):
    (base,) = [i for i in parsed_inspections(first + "\n……发现问题400余个。\n") if not i.unit]
    assert base.unit == ""


def test_a_text_naming_no_visit_is_still_refused():
    # near-miss: an essay's question with 对 and 巡察 but no visit stays refused
    from imports.parsing import DocumentError
    with pytest.raises(DocumentError):
        parse_text("关于对村巡察工作的思考\n村级巡察是全面从严治党向基层延伸的重要举措。\n", "variant.txt")


def test_groups_feeding_back_a_round_keep_its_problems():
    # near-miss: a round's groups feeding back (no numbered group, no year) still told a visit, so its problems stay
    text = ("根据市委统一部署，9月2日至9月10日，市委6个巡察组分别向本轮常规巡察涉及的31家党组织进行了反馈。\n"
            "反馈指出，被巡察党组织总体向好。但巡察也发现了一些问题和不足，有的贯彻落实新发展理念不够完整准确全面；"
            "有的全面从严治党主体责任压得不实，重点领域风险防控存在短板弱项；有的巡察整改责任落得不实。\n")
    assert sum(len(i.items) for i in parsed_inspections(text)) == 3


@pytest.mark.parametrize("told", ["巡察组指出，县民政局党组还存在", "巡察中发现县民政局党组还存在"])
def test_an_undated_news_telling_an_inspections_findings_keeps_them(told):
    # near-miss: no numbered group, no date, but the findings are told as the inspection's
    text = (f"近日，县委巡察组进驻县民政局开展巡察。{told}理论学习不够深入、主体责任落实不到位、干部队伍建设存在短板"
            "等问题。\n")
    assert sum(len(i.items) for i in parsed_inspections(text)) == 3
