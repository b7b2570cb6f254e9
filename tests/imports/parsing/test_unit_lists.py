"""Units listed by round-level texts (imports/parsing/unit_lists.py): what is a name, what is dropped."""

from __future__ import annotations

import pytest

from imports.parsing.unit_lists import clean, distribute, listed_units, same_unit


@pytest.mark.parametrize(
    "clause, units",
    [
        # a list after a comma, then a counted kind with its villages
        (
            "对县自然资源局等3个部门党组,国庆乡党委及所辖6个党总支开展常规巡察。",
            ["县自然资源局", "国庆乡党委"],
        ),
        (
            "对新华西街道党工委,区教育局党组、区能源局党组开展常规巡察工作。",
            ["新华西街道党工委", "区教育局党组", "区能源局党组"],
        ),
        # a bracketed member list stays with its unit
        (
            "分别对市委组织部、市委统一战线工作部(台工办、市台办)、市林场开展常规巡察",
            ["市委组织部", "市委统一战线工作部（台工办、市台办）", "市林场"],
        ),
        # towns with their villages, the villages not counted as units
        (
            "4个巡察组完成对区民政局等2个区属单位党组织和南洋镇及所属25个村(社区)、新兴镇及所属24个村(社区)党组织的进驻",
            ["区民政局", "南洋镇", "新兴镇"],
        ),
        # a bracket telling what is done there is no part of the name
        (
            "分别就专项巡察及安障乡(所属村、社开展同步村级巡察)、林业局、芦管站等7家被巡单位的巡察情况进行汇报",
            ["安障乡", "林业局", "芦管站"],
        ),
        # units per group after a colon
        ("市委第一巡察组:巡察柘皋镇、黄麓镇、烔炀镇、槐林镇。", ["柘皋镇", "黄麓镇", "烔炀镇", "槐林镇"]),
        # a central round's provinces are its units
        ("中央巡视组对北京、天津、辽宁、新疆生产建设兵团开展了常规巡视", ["北京", "天津", "辽宁", "新疆生产建设兵团"]),
        # 分别是 lists to the clause's end
        ("派出10个巡视组对20个单位党组织开展专项巡视,分别是省体育局、浙江旅游职业学院。", ["省体育局", "浙江旅游职业学院"]),
        # 以及, commas alone, a count after 和
        ("县委巡察组对县财政局、县审计局以及县统计局开展常规巡察。", ["县财政局", "县审计局", "县统计局"]),
        ("县委巡察组对县财政局，县审计局，县统计局开展常规巡察。", ["县财政局", "县审计局", "县统计局"]),
        ("县委巡察组对县委办和县政府办两个单位开展常规巡察。", ["县委办", "县政府办"]),
        # the units named as the round's objects, with or without a colon
        ("本轮巡察对象为县教育局党组、县卫健局党组、县医保局党组。", ["县教育局党组", "县卫健局党组", "县医保局党组"]),
        ("十五届县委第三轮巡察被巡察单位：县委办、县政府办、县发改局。", ["县委办", "县政府办", "县发改局"]),
        ("派出4个巡察组开展常规巡察，分别是：县财政局、县审计局。", ["县财政局", "县审计局"]),
        # 涉及 lists to the clause's end, across a counted kind
        (
            "第二轮巡视反馈情况已全部向社会公布,涉及广西、上海10个省区市和国家体育总局、中国科学院3个单位。",
            ["广西", "上海", "国家体育总局", "中国科学院"],
        ),
    ],
)
def test_lists_as_a_reader_splits_them(clause, units):
    assert listed_units(clause) == units


@pytest.mark.parametrize(
    "clause",
    [
        # subjects of a special inspection, not units
        "对全市民生领域外包服务、非市属国有企业开展专项巡察。",
        # a list of units checked, not visited
        "市纪委监委对市财政局、市审计局进行了督导。",
        # people, not units
        "巡察组向被巡察党组织主要负责人、领导班子反馈了巡察情况。",
        # problems listed after 包括 are no units
        "巡察组对发现的问题包括：财务管理不规范、制度执行不严格。",
        # 上述 names nobody
        "中央巡视组于7月陆续向上述地区、单位党委(党组)反馈了巡视意见。",
        # one unit is no list
        "对区人大机关党支部开展巡察。",
    ],
)
def test_no_list_is_invented(clause):
    assert listed_units(clause) == []


@pytest.mark.parametrize(
    "written, name",
    [
        ("区文体广电和旅游局", "区文体广电和旅游局"),  # 和 inside a name
        ("材料科学与工程学院党委", "材料科学与工程学院党委"),
        ("良安镇6个乡镇", "良安镇"),
        ("集团所属国贸公司党支部", "国贸公司党支部"),
        ("团区委巡察", "团区委"),
        ("二十一冶建设有限公司", "二十一冶建设有限公司"),  # a name may open with a numeral
        ("所辖9个社区", ""),
        ("6个区直部门(单位)党组织", ""),
        ("全市民生领域外包服务", ""),
        ("领导班子", ""),
    ],
)
def test_clean(written, name):
    assert clean(written) == name


def test_same_unit():
    assert same_unit("区总工会", "卫滨区总工会")
    assert same_unit("常林公司", "国机重工常林公司")
    assert not same_unit("区总工会", "区妇联")


def test_a_suffix_said_once_for_a_run_of_towns_and_towns_whose_villages_are_meant():
    text = "巡察组对西川镇、叶堡镇、陇城镇党委及所辖105个行政村,兴国镇、云山镇所辖86个行政村(社区)开展巡察"
    assert distribute(text).startswith("巡察组对西川镇党委、叶堡镇党委、陇城镇党委及所辖105个行政村,所辖86个")
    assert listed_units(distribute(text)) == ["西川镇党委", "叶堡镇党委", "陇城镇党委"]


@pytest.mark.parametrize(
    ("clause", "names"),
    [
        # a list's closing 等 and the kind after it; 下辖 like 所辖; 街 ends a name
        (
            "3个区委巡察组分别对区委党校、区文联、区住建交通局等党组织开展常规巡察，对江埔街、温泉镇及下辖村（社区）等党组织开展专项巡察",
            ["区委党校", "区文联", "区住建交通局", "江埔街", "温泉镇"],
        ),
        ("分别汇报了对粮油食品学院党委、机电工程学院党委等的巡察情况", ["粮油食品学院党委", "机电工程学院党委"]),
        # a group's own 巡察 opens the list, 巡察工作 ends it; 县委督查室 is an office
        (
            "听取县委四个巡察组巡察县委办、县人大办，县委督查室、苏坊镇党委10个党组巡察工作情况汇报",
            ["县委办", "县人大办", "县委督查室", "苏坊镇党委"],
        ),
        # 党委（党组） is the kind a list of offices shares
        ("县委巡察组向县信访局、县审计局、县统计局党委（党组）反馈巡察情况", ["县信访局", "县审计局", "县统计局"]),
        # 被巡察党组织 opens a list only with 为/是/包括 or a colon
        ("反馈指出，被巡察党组织坚持以习近平新时代中国特色社会主义思想为指导，围绕中心，服务大局，强化履职尽责。", []),
    ],
)
def test_lists_of_the_r6_phrasings(clause, names):
    assert listed_units(clause) == names


def test_a_town_list_after_the_rounds_words_shares_its_committee():
    text = "县委四个巡察组分别向十五届县委第六轮巡察的竹瓦镇、汪岗镇党委及其所辖村（社区）党组织反馈巡察情况"
    assert listed_units(distribute(text)) == ["竹瓦镇党委", "汪岗镇党委"]


def test_an_entrys_list_runs_to_the_clauses_end():
    clause = "9月2日，5个巡察组分别进驻市发改委、市财政局、市商务局、市司法局和市文旅局。"
    assert listed_units(clause) == ["市发改委", "市财政局", "市商务局", "市司法局", "市文旅局"]
    assert listed_units("县委巡察组进驻后，召开了巡察工作动员会，县林业局、县水利局负责人参加会议。") == []


def test_a_list_ends_at_the_report_on_its_visit():
    clause = "会议听取了县委各巡察组对县委办、县政府办，县委宣传部等3个党组织巡察情况的汇报。"
    assert listed_units(clause) == ["县委办", "县政府办", "县委宣传部"]


def test_a_town_list_after_a_colon_shares_its_committee():
    text = "十五届县委第二轮巡察对象为：城关镇、河口镇、新街乡党委。"
    assert listed_units(distribute(text)) == ["城关镇党委", "河口镇党委", "新街乡党委"]
