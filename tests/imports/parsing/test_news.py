"""News items and other families on synthetic texts written in the documents' language (no seeds needed)."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import DocumentError, model, parse_text

NEWS = """省委第三巡视组巡视某某大学党委情况反馈会召开
2024年3月5日，省委第三巡视组向某某大学党委反馈巡视情况。根据省委统一部署，二〇二三年九月二十一日至十一月三十日，省委第三巡视组对某某大学党委进行了常规巡视。
会上，巡视组组长指出了问题。
"""


def test_news_item_with_chinese_numeral_dates():
    [document] = parse_text(NEWS, "news.txt").documents
    assert document.kind == model.NEWS
    [inspection] = document.inspections
    assert inspection.unit == "某某大学党委"
    assert (inspection.start, inspection.end) == (date(2023, 9, 21), date(2023, 11, 30))
    assert inspection.group == "省委第三巡视组"
    assert inspection.types == ["常规"]


TRADITIONAL = """中共某某市某某區委關於十二屆省委第三輪巡視整改進展情況的通報
根據省委統一部署，2022年3月1日至5月31日，省委第五巡視組對某某市某某區進行了常規巡視和選人用人專項檢查。6月20日，省委巡視組向某某區委回饋了巡視意見。
"""


def test_traditional_script_is_read_as_simplified():
    [document] = parse_text(TRADITIONAL, "tw.txt").documents
    assert document.title == "中共某某市某某区委关于十二届省委第三轮巡视整改进展情况的通报"
    [inspection] = document.inspections
    assert (inspection.unit, inspection.term, inspection.round, inspection.group) == ("某某市某某区委", 12, 3, "省委第五巡视组")
    assert (inspection.start, inspection.end) == (date(2022, 3, 1), date(2022, 5, 31))


def test_title_broken_over_two_lines_and_statement_headings():
    text = "中共某某县委关于省委巡视\n整改进展情况的通报\n根据省委统一部署，2021年4月至6月，省委第二巡视组对某某县进行了巡视。\n一、坚决扛起整改政治责任\n"
    [document] = parse_text(text).documents
    assert document.title == "中共某某县委关于省委巡视整改进展情况的通报"
    [inspection] = document.inspections
    assert (inspection.start, inspection.end) == (date(2021, 4, 1), date(2021, 6, 30))
    assert inspection.date_precision["start"] == "month"


def test_university_and_enterprise_units():
    text = (
        "中共某某大学委员会关于十四届省委第二轮巡视整改进展情况的通报\n"
        "2023年10月9日至12月15日，省委第七巡视组对某某大学党委开展了常规巡视。2024年1月20日反馈了巡视意见。\n"
        "某某集团有限公司党委关于巡视整改情况的通报\n"
        "2023年3月至5月，省委第一巡视组对某某集团有限公司党委进行了巡视。\n"
    )
    first, second = parse_text(text).documents
    assert first.inspections[0].unit == "某某大学党委"  # 中共某某大学委员会
    assert first.inspections[0].feedback_date == date(2024, 1, 20)
    assert second.inspections[0].unit == "某某集团有限公司党委"


@pytest.mark.parametrize("text", ["", "   \n\n", "这是一段与巡视无关的文字。\n第二行。"])
def test_nothing_recognised_raises(text):
    with pytest.raises(DocumentError) as error:
        parse_text(text, "x.txt")
    assert "x.txt" in str(error.value)


def test_garbled_dates_do_not_crash():
    text = "某某区委关于巡察整改进展情况的通报\n根据区委统一部署，2022年13月45日至2月30日，区委第一巡察组对某某区委进行了巡察。99月1日反馈。\n"
    [document] = parse_text(text).documents
    inspection = document.inspections[0]
    assert inspection.start is None and inspection.end is None


SPEECH = """6月5日,区委第一巡察组在金鸡滩镇召开巡察情况反馈会议。
会上,区委第一巡察组组长叶云反馈了对金鸡滩镇的巡察情况。他指出,{points}巡察组建议,金鸡滩镇党委要进一步提高政治站位。
"""


def test_findings_told_in_the_leaders_speech_are_problems_by_aspect():
    text = SPEECH.format(
        points="一是党的领导方面:党委领导不够坚强有力;对意识形态工作重视不够。二是党的建设方面:“三会一课”制度执行不到位;"
        "部分党支部党员管理不规范;党建制度存在重安排、轻落实现象。三是作风方面存在形式主义问题。"
    )
    [inspection] = parse_text(text, "speech.txt").documents[0].inspections
    assert [(item.title, len(item.children)) for item in inspection.items] == [
        ("党的领导方面", 2),
        ("党的建设方面", 3),
        ("作风方面存在形式主义问题", 0),
    ]


def test_advice_told_in_the_leaders_speech_is_no_problem():
    text = SPEECH.format(points="一是要提高政治站位;二是要压实整改责任。")
    [inspection] = parse_text(text, "speech.txt").documents[0].inspections
    assert inspection.items == []


def test_a_title_made_from_the_unit_gives_no_inspecting_body():
    # the body of "（正文无标题）" titles is read from the text, never from the unit's 党组 in the made-up title
    text = "根据市委统一部署，2023年4月10日至6月10日，第三巡察组对市林业局党组进行了常规巡察。"
    [inspection] = parse_text(text, "bare.txt").documents[0].inspections
    assert (inspection.unit, inspection.group, inspection.inspecting_body) == ("市林业局党组", "市委第三巡察组", "市委")


def test_problems_announced_as_short_comma_clauses():
    text = (
        "2023年6月8日，县委第二巡察组向县林业局党组反馈巡察情况。\n"
        "巡察组组长指出，巡察中发现的主要问题有：党组织作用发挥不充分，“三重一大”制度执行不严格，财务管理不规范等。"
    )
    [inspection] = parse_text(text, "comma.txt").documents[0].inspections
    assert [item.title for item in inspection.items] == ["党组织作用发挥不充分", "“三重一大”制度执行不严格", "财务管理不规范"]


def test_one_long_announced_sentence_stays_one_problem():
    text = (
        "2023年6月8日，县委第二巡察组向县林业局党组反馈巡察情况。\n"
        "巡察发现的主要问题有：落实上级决策部署和全面从严治党主体责任方面存在明显不足，具体表现在学习不深入、执行不到位。"
    )
    [inspection] = parse_text(text, "one.txt").documents[0].inspections
    assert len(inspection.items) <= 1


@pytest.mark.parametrize(
    "text",
    [
        "根据县委统一部署，2023年3月1日至4月30日，县委第二巡察组对县委办和县政府办开展了常规巡察。",
        "2024年3月5日，县委第三巡察组进驻县委办和县政府办，开展为期40天左右的常规巡察。",
        "本轮巡察进驻时间为2023年3月1日至4月30日。县委第二巡察组对县委办及县政府办开展了常规巡察。",
    ],
)
def test_two_units_joined_by_he_are_two_inspections_not_one_name(text):
    units = [inspection.unit for inspection in parse_text(text, "two.txt").documents[0].inspections]
    assert units == ["", "县委办", "县政府办"]


def test_a_name_with_he_inside_stays_one_unit():
    text = "根据县委统一部署，2023年3月1日至4月30日，县委第二巡察组对县文化广电和旅游局开展了常规巡察。"
    [inspection] = parse_text(text, "one.txt").documents[0].inspections
    assert inspection.unit == "县文化广电和旅游局"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # words of time between a group and its visit
        ("3月5日，县委第三巡察组近日进驻县林业局开展巡察工作。", "县林业局"),
        ("县委第二巡察组于2023年3月6日进驻县教育局党组开展常规巡察。", "县教育局党组"),
        ("7月29日，县委第一巡察组进驻县委编办召开巡察工作动员会。", "县委编办"),
        ("据了解，县委第二巡察组此次巡察花园镇党委，同步开展对26个村（社区）的巡察。", "花园镇党委"),
        ("10月11日，区委第八轮常规巡察组巡察营田镇及所辖村（社区）进驻动员会召开。", "营田镇"),
        # the place of the meeting, with the party body the text gives it
        ("日前，县委第五巡察组在县人社局召开巡察反馈会议，向县人社局党组反馈巡察意见。", "县人社局党组"),
        # 入驻 is 进驻; 进驻到; a meeting of any kind the group holds at the unit
        ("5月6日，县委第二巡察组正式入驻县交通运输局，召开巡察动员大会。", "县交通运输局"),
        ("5月6日，县委第二巡察组进驻到县民政局开展常规巡察。", "县民政局"),
        ("5月6日，县委第二巡察组在县民政局召开巡察见面沟通会。", "县民政局"),
        # visitors going to the one unit they check
        ("3月20日，县纪委监委一行4人到均川镇开展为期3天的巡察反馈问题整改落实情况回访督查工作。", "均川镇"),
    ],
)
def test_the_one_unit_of_a_news_item(text, unit):
    [inspection] = parse_text(text, "news.txt").documents[0].inspections
    assert inspection.unit == unit


def test_groups_after_a_round_and_of_a_ministry():
    text = "2019年9月19日，十三届无棣县委第七轮巡察第五巡察组向佘家镇党委反馈巡察情况。"
    assert parse_text(text, "a.txt").documents[0].inspections[0].group == "县委第五巡察组"
    text = "根据教育部第一巡视组的反馈意见，学校召开巡视整改工作领导小组会议。"
    assert parse_text(text, "b.txt").documents[0].inspections[0].group == "教育部第一巡视组"


def test_problems_run_in_after_an_announcement():
    text = (
        "2019年9月19日，县委第五巡察组向佘家镇党委反馈巡察情况。\n"
        "巡察组反馈指出，佘家镇党委仍存在一些问题。主要是：农村发展活力不足，意识形态领域阵地把守不牢、"
        "部分村基层党组织软弱涣散、村务监督流于形式、财务管理混乱等问题。"
    )
    [inspection] = parse_text(text, "run.txt").documents[0].inspections
    assert [item.title for item in inspection.items] == [
        "农村发展活力不足",
        "意识形态领域阵地把守不牢",
        "部分村基层党组织软弱涣散",
        "村务监督流于形式",
        "财务管理混乱",
    ]


def test_an_undated_feedback_to_one_unit_names_it():
    text = "近日，国资委党委第二巡视组向中国华电集团有限公司党组反馈巡视情况。"
    [inspection] = parse_text(text, "undated.txt").documents[0].inspections
    assert (inspection.unit, inspection.group) == ("中国华电集团有限公司党组", "国资委第二巡视组")
    assert (inspection.start, inspection.feedback_date) == (None, None)


def test_a_special_groups_kind_stays_in_its_name():
    text = "5月6日，市委第一专项巡察组进驻市国资委开展专项巡察。"
    [inspection] = parse_text(text, "special.txt").documents[0].inspections
    assert (inspection.unit, inspection.group) == ("市国资委", "市委第一专项巡察组")


def test_visitors_going_to_a_unit_name_it_whatever_its_kind():
    text = "近日，县委巡察组一行到县档案馆进行巡察整改回访。"
    assert parse_text(text, "goes.txt").documents[0].inspections[0].unit == "县档案馆"


def test_a_round_of_another_check_is_no_rounds_number():
    text = "结合第二轮中央生态环境保护督察反馈问题整改，县委第一巡察组对县生态环境局党组开展专项巡察。"
    [inspection] = parse_text(text, "other.txt").documents[0].inspections
    assert (inspection.unit, inspection.round) == ("县生态环境局党组", None)


def test_a_training_trip_names_no_unit():
    text = "5月6日，县委第二巡察组全体成员到井冈山干部学院开展巡察业务培训。"
    [inspection] = parse_text(text, "trip.txt").documents[0].inspections
    assert inspection.unit == ""
