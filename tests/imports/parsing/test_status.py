"""Status words: done / basically done / in progress / long term, negations, and the last statement winning."""

import pytest

from imports.parsing.body import parse_body
from imports.parsing.model import PROGRESS_REPORT
from imports.parsing.status import infer_status

from .seedtools import section, walk


@pytest.mark.parametrize(("text", "status", "phrase"), [
    ("目前已完成整改。", "done", "已完成整改"),
    ("相关问题已全部完成。", "done", "已全部完成"),
    ("已整改到位。", "done", "已整改到位"),
    ("该项工作基本完成。", "basically_done", "基本完成"),
    ("目前正在推进。", "in_progress", "正在推进"),
    ("项目推进中。", "in_progress", "推进中"),
    ("此项工作长期坚持。", "long_term", "长期坚持"),
    ("久久为功抓好落实。", "long_term", "久久为功"),
    ("常态化开展监督检查。", "long_term", "常态化"),
    ("尚未完成，已列入计划。", "in_progress", "尚未完成"),
    ("仍未整改到位。", "in_progress", "仍未整改到位"),
    ("项目尚未启动。", "not_started", "尚未启动"),
    ("常态化开展检查，目前已完成整改。", "done", "已完成整改"),
    ("已完成整改，并长期坚持。", "long_term", "长期坚持"),
    ("召开会议研究部署。", None, ""),
])
def test_status_words(text, status, phrase):
    assert infer_status(text) == (status, phrase)


def test_seed_heping_statuses():
    lines = section("001", "中共沈阳市和平区委关于十三届省委第四轮巡视第三巡视组巡视反馈意见整改落实情况的通报",
                    "中共沈河区委关于省委巡视整改落实进展情况的通报")
    by_line = {i.line: i for i in walk(parse_body(lines, PROGRESS_REPORT)[0])}
    assert [(m.status, m.status_phrase) for m in by_line[31].measures] == [("done", "已全部改造完毕")]
    assert [(m.status, m.status_phrase) for m in by_line[40].measures] == [("long_term", "长期坚持")]


def test_seed_township_lead_status_covers_points():
    lines = section("002", "关于巡察整改阶段性进展情况的通报", "科技局D组关于巡察整改进展情况的通报")
    by_line = {i.line: i for i in walk(parse_body(lines, PROGRESS_REPORT)[0])}
    # 760: "整改情况：已完成整改。一是…二是…三是…" — every point is done
    assert [m.label for m in by_line[759].measures] == ["一是", "二是", "三是", "四是", "五是"]
    assert {m.status for m in by_line[759].measures} == {"done"}
