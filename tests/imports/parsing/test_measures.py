"""Measures under a problem: enumerations, prefixes, results, deadlines and responsible units."""

from datetime import date

from imports.parsing.body import parse_body
from imports.parsing.measures import build_measures, find_deadline, responsible_units
from imports.parsing.model import PROGRESS_REPORT, Line

from .seedtools import section, walk


def paras(*texts):
    return [Line(i, t) for i, t in enumerate(texts, start=10)]


def test_enumerated_points_after_prefix():
    text, measures = build_measures(paras("整改情况：一是召开会议。二是修订制度，已完成。三是长期坚持。"))
    assert text == [] and [m.label for m in measures] == ["一是", "二是", "三是"]
    assert measures[0].text == "召开会议。" and measures[1].status == "done" and measures[2].status == "long_term"
    assert all(m.line == 10 for m in measures)


def test_points_continue_across_lines_and_out_of_sequence_shi_is_text():
    _, measures = build_measures(paras("一是坚持学习。", "二是建立台账，这一是关键。", "三是加强督导。"))
    assert [m.label for m in measures] == ["一是", "二是", "三是"] and [m.line for m in measures] == [10, 11, 12]


def test_whole_paragraph_is_one_measure_and_results_go_to_problem_text():
    text, measures = build_measures(paras("制定工作方案，正在推进。", "整改成效：群众满意度明显提升。"))
    assert [(m.label, m.status) for m in measures] == [("", "in_progress")]
    assert text == ["整改成效：群众满意度明显提升。"]


def test_meta_lines_apply_to_measures():
    _, measures = build_measures(paras("整改措施：一是开展培训。二是完善制度。", "责任单位：区委组织部、区财政局",
                                       "完成时限：2024年6月底"))
    assert {m.responsible_units for m in measures} == {"区委组织部、区财政局"}
    assert {m.deadline for m in measures} == {date(2024, 6, 30)}


def test_deadlines():
    assert find_deadline("力争2024年6月底前完成", None) == (date(2024, 6, 30), "力争2024年6月底前完成")
    assert find_deadline("2023年起推进，年底前全部完成", None)[0] == date(2023, 12, 31)
    assert find_deadline("年底前完成", 2022)[0] == date(2022, 12, 31)
    assert find_deadline("完成时限：2023年12月31日", None)[0] == date(2023, 12, 31)
    assert find_deadline("2024年上半年前完成", None)[0] == date(2024, 6, 30)
    assert find_deadline("彻底前进", 2022) == (None, "")
    assert find_deadline("2022年召开会议", None) == (None, "")


def test_responsible_units():
    assert responsible_units("（牵头单位：区发改委；责任单位：各街道）") == "区发改委；各街道"
    assert responsible_units("召开会议") == ""


def test_seed_street_measures():
    title = "XX街道D工委关于巡察整改进展情况的通报"
    items, _ = parse_body(section("002", title, title, start_after=25), PROGRESS_REPORT)
    by_line = {i.line: i for i in walk(items)}
    first = by_line[31]
    assert [(m.label, m.line) for m in first.measures] == [("一是", 32), ("二是", 32), ("三是", 32)]
    assert first.measures[0].text.startswith("在D工委理论学习中心组会议上")
    assert sum(len(i.measures) for i in walk(items)) == 95


def test_seed_fushun_results_are_problem_text():
    items, _ = parse_body(section("003", "抚顺高新区党工委关于市委第一巡察组 反馈意见整改情况的通报"), PROGRESS_REPORT)
    by_line = {i.line: i for i in items}
    assert by_line[209].text.startswith("整改成效：")  # 28、… 整改成效 at line 213
    assert by_line[209].measures and all(not m.text.startswith("整改成效") for m in by_line[209].measures)
    assert by_line[25].measures[0].label == "一是" and by_line[25].measures[0].line == 27
