"""Outside texts of the second pass (outside_new.py), family "news". News of feedback and mobilisation meetings: unit(s), group, round, dates and listed problems in running text.
Expected fields were written by reading before the importer ran; a remaining difference is pinned here with the
batch it belongs to (dev texts were tuned on, held-out ones were run once at the end)."""

from __future__ import annotations

import pytest

from .outside_set import CASES, known_misses, may_lack_address, score

# every registered batch is tuned on (outside_set.UNSEEN_BATCHES names the next one); fields the rules do not reach
# are in outside_set.KNOWN_MISSES
FAMILY = [case for case in CASES if case.family == "news" and case.tuned]

# r3-held (one run: gaoyao, cppcc_meeting, jingjiang, fanengcheng, nbt, jinjitan missed 9 fields; since worked on):
# fanengcheng (在龙蟠社管中心发能国际城社区召开…) is fixed in the c-dev pass: the community, not the office over it.
# jinjitan (他指出，一是党的领导方面：a；b；c。二是…: points told inside the leader's speech) is fixed in the c-dev pass.


@pytest.mark.parametrize("case", FAMILY, ids=[case.name for case in FAMILY])
def test_fields_as_read(case):
    # texts the search tool gave without an address are noted in their batch's file (outside_c.py, outside_r10.py …)
    assert case.url.startswith("http") or may_lack_address(case.batch)
    # a known miss that comes out right fails here too: KNOWN_MISSES must stay true
    assert sorted(score(case)[3]) == sorted(known_misses(case.name))
