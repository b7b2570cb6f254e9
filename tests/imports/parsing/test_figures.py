"""Reported figures: metrics from the noun next to the number, Chinese numerals, money in 万元."""

from imports.parsing.body import parse_body
from imports.parsing.figures import METRIC_LABELS, extract_figures
from imports.parsing.model import PROGRESS_REPORT, Line
from imports.parsing.numerals import cn_to_int, parse_number

from .seedtools import section


def figs(text):
    return [(f.metric, f.value, f.unit) for f in extract_figures([Line(7, text)])]


def test_chinese_numerals():
    assert [cn_to_int(t) for t in ("三十三", "两", "十", "一百零五", "二〇二三", "三亿五千万", "十二万三千")] == [
        33, 2, 10, 105, 2023, 350000000, 123000]
    assert cn_to_int("问题") is None and parse_number("1,234.5") == 1234.5 and parse_number("１２") == 12


def test_counts_and_rates():
    assert figs("反馈问题36个，已整改到位30个，基本完成4个，正在推进2个，完成率83.3%。") == [
        ("problems", 36, "个"), ("completed", 30, "个"), ("basically_completed", 4, "个"),
        ("in_progress", 2, "个"), ("completion_rate", 83.3, "%")]
    assert figs("巡视反馈的三十三个具体问题已全部完成整改，制定整改措施120条。") == [
        ("problems", 33, "个"), ("measures", 120, "条")]


def test_accountability_and_money():
    assert figs("共问责15人，党纪政务处分3人，立案审查调查12件，移交问题线索5件，挽回经济损失1.2亿元。") == [
        ("accountable_people", 15, "人"), ("disciplined_people", 3, "人"), ("cases_filed", 12, "件"),
        ("clues_transferred", 5, "件"), ("funds_recovered", 12000, "万元")]
    assert figs("追回资金5000元，建立完善制度12项。") == [("funds_recovered", 0.5, "万元"), ("rules_established", 12, "项")]
    assert figs("对15名党员干部进行问责。") == [("accountable_people", 15, "名")]


def test_not_figures():
    assert figs("2022年全年召开33次会议，第三轮巡视，增长15%，已完成45个项目建设。") == []
    assert figs("坚持“一个具体问题、一名区级领导、一个牵头单位”。") == []
    assert figs("检查发现的36个问题已整改，工程已完成70%。") == []
    assert figs("反馈3个方面问题") == []


def test_figure_keeps_line_and_sentence():
    (f,) = extract_figures([Line(12, "会议召开。共梳理反馈问题8个。下一步继续。")])
    assert (f.line, f.text) == (12, "共梳理反馈问题8个。")
    assert set(METRIC_LABELS) >= {f.metric}


def test_seed_dongli_summary_figures():
    _, figures = parse_body(section("004", "东丽区关于十一届市委第九轮巡视整改进展情况的通报"), PROGRESS_REPORT)
    line36 = [(f.metric, f.value) for f in figures if f.line == 36]
    # 本轮巡视反馈意见共指出四个方面13个重点问题、30个具体问题…截至目前,30个具体问题已全部完成整改,完成率100%;
    # …已完成整改56个,基本完成3个,完成率94.9%
    assert line36[:6] == [("problems", 13), ("problems", 30), ("problems", 30), ("completion_rate", 100),
                          ("completed", 56), ("basically_completed", 3)]
    assert ("completion_rate", 94.9) in line36
    assert ("rules_established", 74) in [(f.metric, f.value) for f in figures if f.line == 116]


def test_seed_street_summary_figures():
    title = "XX街道D工委关于巡察整改进展情况的通报"
    _, figures = parse_body(section("002", title, title, start_after=107), PROGRESS_REPORT)
    # "指出3方面12个问题…针对反馈的12个问题制定整改措施68条": the 12 referred back to is the count already stated, one
    # figure since the r17 pass
    assert [(f.metric, f.value, f.unit) for f in figures if f.line == 110] == [
        ("problems", 12, "个"), ("measures", 68, "条"), ("completed", 10, "个"), ("basically_completed", 2, "个")]


def test_seed_township_and_city_figures():
    _, figures = parse_body(section("002", "关于巡察整改阶段性进展情况的通报", "科技局D组关于巡察整改进展情况的通报"),
                            PROGRESS_REPORT)
    assert [(f.metric, f.value) for f in figures if f.line == 746][:3] == [
        ("problems", 31), ("rules_established", 8), ("completed", 28)]
    _, figures = parse_body(section("003", "抚顺高新区党工委关于市委第一巡察组 反馈意见整改情况的通报"), PROGRESS_REPORT)
    assert [(f.metric, f.value, f.line) for f in figures] == [("problems", 33, 23)]  # 两大项 33 个具体问题
    _, figures = parse_body(section("000", "中共沈阳市委关于十三届省委第一轮巡视整改落实进展情况的通报",
                                    "中共营口市委关于省委巡视整改落实进展情况的通报"), PROGRESS_REPORT)
    assert ("accountable_people", 4, 1302) in [(f.metric, f.value, f.line) for f in figures]  # 问责4起4 人


def test_a_bare_rectified_count_after_the_problems_is_the_completed_count():
    # "反馈问题306个，整改279个": 整改 alone reports how many were rectified; alone it counts nothing
    assert figs("巡察反馈问题306个，整改279个，整改率达91.18%。") == [
        ("problems", 306, "个"),
        ("completed", 279, "个"),
        ("completion_rate", 91.18, "%"),
    ]
    assert figs("巡察期间整改279个。") == []


def test_a_quoted_statement_is_read_but_a_quoted_slogan_is_not():
    quoted = "“巡察22个基层党组织，发现违反中央八项规定精神、侵害群众利益等问题376个、线索69个。”日前，州委亮出成绩单。"
    assert figs(quoted) == [("problems", 376, "个"), ("clues_transferred", 69, "个")]
    assert figs("坚持“一个问题、3个措施”的要求，巡察反馈工作扎实推进。") == []


def test_problems_under_their_aspects_are_the_feedbacks():
    text = "巡察回访期间，工作专班对该镇党委4大类16个方面22个问题及30个村级党组织244个问题的整改情况进行了检查。"
    assert figs(text) == [("problems", 22, "个")]
    assert figs("安全生产检查发现4个方面12个问题。") == []
