"""Outside texts of the second pass (outside_new.py), family "noisy". Traditional script and conversion noise (emoji, pinyin annotations): read as the plain text would be.
Expected fields were written by reading before the importer ran; a remaining difference is pinned here with the
batch it belongs to (dev texts were tuned on, held-out ones were run once at the end)."""

from __future__ import annotations

import pytest

from .outside_set import CASES, score

FAMILY = [case for case in CASES if case.family == "noisy"]

KNOWN_MISSES: dict[str, list[str]] = {
    # r4-held (one run, never tuned on): 對全市120個行政村開展了常規巡察 is read as one unit (全市120个行政村), and the
    # points after 主要表現在： are not known as announced problems.
    "villages_120": ["unit", "problems"],
}


@pytest.mark.parametrize("case", FAMILY, ids=[case.name for case in FAMILY])
def test_fields_as_read(case):
    assert case.url.startswith("http") and case.batch in ("r3-dev", "r3-held", "r4-held")
    assert score(case)[3] == KNOWN_MISSES.get(case.name, [])
