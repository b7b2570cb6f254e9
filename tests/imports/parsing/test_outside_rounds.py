"""Outside texts of the second pass (outside_new.py), family "rounds". Round-level summaries and statistics: no single unit; figures and units of the round.
Expected fields were written by reading before the importer ran; a remaining difference is pinned here with the
batch it belongs to (dev texts were tuned on, held-out ones were run once at the end)."""

from __future__ import annotations

import pytest

from .outside_set import CASES, score

# r6-held stays out until the integrator's one run has pinned its outcomes (rules are not tuned on it).
FAMILY = [case for case in CASES if case.family == "rounds" and case.batch != "r6-held"]

KNOWN_MISSES: dict[str, list[str]] = {
    # r3-held (one run; since worked on). 马泉街道及所辖9个社区、双照街道及所辖29个村和3个社区(不含庞南刘村): a unit with
    # its villages is split at 及 or kept whole; 从6月9日至8月23日 takes its year from the signature date, not read.
    "qindu": [
        "units:双照街道",
        "units+所辖9个社区",
        "units+双照街道及所辖29个村和3个社区（不含庞南刘村）",
        "start",
        "end",
    ],
    # 对县自然资源局等3个部门党组,国庆乡党委及所辖6个党总支: the second kind, after a comma, is not read. (Its one run
    # also read 对县自然资源局 as a unit: a bug of this pass's rule, fixed.)
    "jiangcheng": ["units:国庆乡党委"],
    # r5-held (one run, never tuned on: 19/24 fields, the invented 被巡察党组织 of tinghu since fixed).
    # 南洋镇及所属25个村(社区)、新兴镇及所属24个村(社区)党组织: a town with its villages is not read as a unit.
    "tinghu": ["units:南洋镇", "units:新兴镇"],
    # 对6个区直部门(单位)党组织,小留镇党委、高庄镇党委等2个镇…: a list after a comma is not read (as haibowan);
    # 2025年1月15日结束现场巡察 is not read as the end of the visit.
    "mudan": ["units:小留镇党委", "units:高庄镇党委", "end"],
}


@pytest.mark.parametrize("case", FAMILY, ids=[case.name for case in FAMILY])
def test_fields_as_read(case):
    assert case.url.startswith("http") and case.batch in ("r3-dev", "r3-held", "r4-held", "r5-held")
    assert score(case)[3] == KNOWN_MISSES.get(case.name, [])
