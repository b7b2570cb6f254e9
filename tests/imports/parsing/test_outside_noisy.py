"""Outside texts of the second pass (outside_new.py), family "noisy". Traditional script and conversion noise (emoji, pinyin annotations): read as the plain text would be.
Expected fields were written by reading before the importer ran; a remaining difference is pinned here with the
batch it belongs to (dev texts were tuned on, held-out ones were run once at the end)."""

from __future__ import annotations

import pytest

from .outside_set import CASES, known_misses, score

# every registered batch is tuned on (outside_set.UNSEEN_BATCHES names the next one); fields the rules do not reach
# are in outside_set.KNOWN_MISSES
FAMILY = [case for case in CASES if case.family == "noisy" and case.tuned]



@pytest.mark.parametrize("case", FAMILY, ids=[case.name for case in FAMILY])
def test_fields_as_read(case):
    # c-dev texts taken from the search corpus without their address say so in a comment (outside_c.py)
    assert case.batch in ("r3-dev", "r3-held", "r4-held", "r5-held", "c-dev", "c-dev2", "c-dev3", "c-dev4", "c-dev5", "r6-held",
                          "r7-held", "r8-held", "r9-held", "r10-held", "r11-held", "r12-held",
                          "r13-held", "r14-held", "r15-held", "r16-held", "r17-held", "r18-held", "r19-held", "r20-held", "r21-held", "r22-held", "r23-held", "r24-held", "r25-held", "r26-held", "r27-held")
    # r10-held, r11-held, r13-held and r14-held note sources the search tool gave without an address (outside_r10.py /
    # outside_r11.py / outside_r13.py / outside_r14.py say which)
    assert case.url.startswith("http") or case.batch.startswith("c-dev") or case.batch in ("r10-held", "r11-held", "r13-held", "r14-held", "r15-held", "r16-held", "r17-held", "r18-held", "r19-held", "r20-held", "r21-held", "r22-held", "r23-held", "r24-held", "r25-held", "r26-held", "r27-held")
    # a known miss that comes out right fails here too: KNOWN_MISSES must stay true
    assert sorted(score(case)[3]) == sorted(known_misses(case.name))
