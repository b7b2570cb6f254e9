"""Outside texts of the second pass (outside_new.py), family "rounds". Round-level summaries and statistics: no single unit; figures and units of the round.
Expected fields were written by reading before the importer ran; a remaining difference is pinned here with the
batch it belongs to (dev texts were tuned on, held-out ones were run once at the end)."""

from __future__ import annotations

import pytest

from .outside_set import CASES, score

FAMILY = [case for case in CASES if case.family == "rounds"]

KNOWN_MISSES: dict[str, list[str]] = {
    # Held out, final run. 马泉街道及所辖9个社区、双照街道及所辖29个村和3个社区(不含庞南刘村): a unit with its villages is
    # split at 及 or kept whole; 从6月9日至8月23日 takes its year from the signature date, which is not read.
    "qindu": [
        "units:双照街道",
        "units+所辖9个社区",
        "units+双照街道及所辖29个村和3个社区（不含庞南刘村）",
        "start",
        "end",
    ],
    # 向包括10个省委工作部门在内的28家单位党组织进行巡视反馈: "包括…在内的N家" is not known as several units.
    "jiangxi_rounds": ["unit"],
    # 对县自然资源局等3个部门党组,国庆乡党委及所辖6个党总支: the second kind, after a comma, is not read. (Its first
    # final run also read 对县自然资源局 as a unit: that bug is fixed, so this text no longer counts as held out.)
    "jiangcheng": ["units:国庆乡党委"],
}


@pytest.mark.parametrize("case", FAMILY, ids=[case.name for case in FAMILY])
def test_fields_as_read(case):
    assert case.url.startswith("http") and case.batch in ("r3-dev", "r3-held")
    assert score(case)[3] == KNOWN_MISSES.get(case.name, [])
