"""Outside texts of the second pass (outside_new.py), family "news". News of feedback and mobilisation meetings: unit(s), group, round, dates and listed problems in running text.
Expected fields were written by reading before the importer ran; a remaining difference is pinned here with the
batch it belongs to (dev texts were tuned on, held-out ones were run once at the end)."""

from __future__ import annotations

import pytest

from .outside_set import CASES, score

FAMILY = [case for case in CASES if case.family == "news"]

KNOWN_MISSES: dict[str, list[str]] = {
    # Held out, final run. The title's 向社会公开…反馈情况 is read as feedback to a unit (社会公开巡察“回头看”), so the
    # units the body lists (对高要区委政法委、高要区委统战部开展了巡察“回头看”) are not read.
    "gaoyao": ["unit", "units:高要区委政法委", "units:高要区委统战部"],
    # …巡察组巡察政协机关反馈问题整改专题民主生活会: the visited-unit rule takes the meeting's name before the rule of
    # the unit meeting on its feedback (市政协机关党组召开…) is tried.
    "cppcc_meeting": ["unit"],
    # 已参与市委第一轮、第二轮巡察的单位: rounds the units took part in before are read as this round.
    "jingjiang": ["round+1"],
    # 在龙蟠社管中心发能国际城社区召开巡察工作动员会: a unit named as the meeting's place is not read.
    "fanengcheng": ["unit"],
    # 7月6日…巡察外国语学院党委情况反馈会 before the dated visit: a 反馈会 sentence is not a 向…反馈 one, so its day is
    # not taken for the feedback date.
    "nbt": ["feedback_date"],
    # 在金鸡滩镇召开巡察情况反馈会议 (a place, as fanengcheng); the problems are 一是…方面：a；b；c inside a speech.
    "jinjitan": ["unit", "problems"],
}


@pytest.mark.parametrize("case", FAMILY, ids=[case.name for case in FAMILY])
def test_fields_as_read(case):
    assert case.url.startswith("http") and case.batch in ("r3-dev", "r3-held")
    assert score(case)[3] == KNOWN_MISSES.get(case.name, [])
