"""Unmarked paragraphs of findings split by their lead statements (issue 14, item 4)."""

from __future__ import annotations

from imports.parsing.body import sentence_problems


def test_each_lead_sentence_is_a_problem_and_examples_stay_with_it():
    text = (
        "贯彻落实上级决策部署有差距，推动高质量发展不够有力。如重点项目推进缓慢。"
        "全面从严治党责任落实不到位，监督乏力；落实新时代党的组织路线不扎实，基层党建薄弱。"
    )
    items = sentence_problems(text, 7)
    assert [(i.title, i.text) for i in items] == [
        ("贯彻落实上级决策部署有差距，推动高质量发展不够有力", "如重点项目推进缓慢。"),
        ("全面从严治党责任落实不到位，监督乏力", ""),
        ("落实新时代党的组织路线不扎实，基层党建薄弱", ""),
    ]
    assert {i.line for i in items} == {7}


def test_a_lead_followed_by_its_list_of_short_points_is_one_problem():
    text = "落实两个责任不力，日常监督不严。主体责任扛得不牢；重点部位存在隐患；违纪问题依然存在。巡察整改不彻底，长效机制不健全。"
    items = sentence_problems(text, 1)
    assert [i.title for i in items] == ["落实两个责任不力，日常监督不严", "巡察整改不彻底，长效机制不健全"]
    assert items[0].text == "主体责任扛得不牢；重点部位存在隐患；违纪问题依然存在。"


def test_a_paragraph_that_is_not_all_shortcomings_stays_one():
    text = "巡视组反馈意见实事求是。全面从严治党责任落实不到位，监督乏力。"
    [item] = sentence_problems(text, 1)
    assert item.title == "巡视组反馈意见实事求是"
