"""Share of fields the importer gets right: on the outside set (texts it was not written against), per batch in the
order the texts were collected (each held-out batch's one run is in its label), and on the seed corpus (the hand-read
tree counts the tests hold). Prints figures; asserts nothing.

.venv/bin/python bench/importer_accuracy.py          # -v lists the wrong fields of texts rules may be tuned on;
                                                     # --held lists the held-out texts' misses
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def outside(verbose: bool) -> None:
    from tests.imports.parsing.outside_set import CASES, score

    groups = {
        "r1": "first 30, rules written on them",
        "r2": "18 added after the rules, since worked on",
        "r3-dev": "second pass, dev (rules may be tuned on them)",
        "r3-held": "second pass, held out: one run 46/60 = 76.7 %, then worked on",
        "r4-held": "collected after that, held out: one run 28/33 = 84.8 %, then worked on",
        "r5-held": "collected after that, held out: one run 19/24 = 79.2 %, 1 invented, worked on in the c-dev pass",
        "c-dev": "third rules pass, dev: read before the first run (75/107 = 70.1 %, 9 invented), then worked on",
        "c-dev2": "collected after c-dev's fixes, read before the first run (30/31 = 96.8 %, 3 invented), then worked on",
        "c-dev3": "collected after c-dev2's fixes, read before the first run (40/56 = 71.4 %, 2 invented), then worked on",
        "c-dev4": "collected after c-dev3's fixes, read before the first run (27/36 = 75.0 %, 6 invented), then worked on",
        "c-dev5": "collected after c-dev4's fixes, read before the first run (24/25 = 96.0 %, 0 invented), then worked on",
        "r6-held": "collected beside the c-dev pass, held out: one run 143/174 = 82.2 %, 6 invented, then worked on",
        "r7-held": "collected beside the r6 tuning pass and never seen by it, held out: one run 151/202 = 74.8 %, 4 invented, then worked on",
        "r8-held": "collected beside the r7 pass, never seen by it, held out: one run 345/454 = 76.0 %, 17 invented (2 template-sharing texts left out: 7/7), worked on in the r8 pass (407/454), then worked on in the r10 rules pass",
        "r9-held": "collected beside the r8 rules pass, never seen by it, held out: one run 128/156 = 82.1 %, 7 invented (3 template-sharing texts left out: 5/6), then worked on in the r10 rules pass",
        "r10-held": "collected beside the r10 rules pass, never seen by it, held out: one run 327/360 = 90.8 %, 14 invented (1 template-sharing text left out), then worked on in the r11 rules pass; 360 -> 361 fields by the r14 settled conventions",
        "r11-held": "collected beside the r11 rules pass, never seen by it, held out: one run 374/417 = 89.7 %, 10 invented (1 template-sharing text left out), then worked on in the r12 rules pass; 417 -> 421 fields by the r14 settled conventions",
        "r12-held": "collected beside the r12 rules pass, never seen by it, held out: one run 327/379 = 86.3 %, 6 invented (2 template-sharing texts left out), then worked on in the r13 rules pass (expectations corrected to the conventions: 379 -> 382 fields; 382 -> 386 by the r14 settled conventions)",
        "r13-held": "collected beside the r13 rules pass, never seen by it, held out: one run 245/266 = 92.1 %, 7 invented, then worked on in the r14 rules pass (expectations corrected: two stated rates, brackets, 266 -> 268 fields; one unit by the r15 settled convention 5)",
        "r14-held": "collected beside the r14 rules pass, never seen by it, held out: one run 217/244 = 88.9 %, 4 invented, then worked on in the r15 rules pass (two groups' notation corrected; 244 fields either way)",
        "r15-held": "collected beside the r15 rules pass, never seen by it, held out: one run 205/236 = 86.9 %, 10 invented, then worked on in the r16 rules pass (one expectation corrected to settled convention 6, one unit to the set's notation: 236 -> 237 fields)",
        "r16-held": "collected beside the r16 rules pass, never seen by it, held out: one run 145/172 = 84.3 %, 7 invented (3 template-sharing texts left out), then worked on in the r17 rules pass (one long-term count the reader left unscored expected: 172 -> 173 fields; two listed names' included bodies kept by settled convention 7 in the r18 pass; one group corrected to settled convention 9 in the r21 pass)",
        "r17-held": "collected beside the r17 rules pass, never seen by it, held out: one run 356/441 = 80.7 %, 37 invented (1 template-sharing text left out), then worked on in the r18 rules pass (441 fields either way; 10 expected values corrected to settled convention 7 (brackets kept), none to convention 8, and two texts' parts-of-month absence checks dropped as r13's written convention says; two groups corrected to settled convention 9 in the r21 pass)",
        "r18-held": "collected beside the r18 rules pass, never seen by it, held out: one run 266/295 = 90.2 %, 15 invented (4 template-sharing texts left out), then worked on in the r19 rules pass (one group the reader left out expected: 295 -> 296 fields; four groups corrected to settled convention 9 in the r21 pass)",
        "r19-held": "collected beside the r19 rules pass, never seen by it, held out: one run 97/113 = 85.8 %, 6 invented (6 template-sharing texts left out), then worked on in the r20 rules pass (one basically-completed count the reader left out expected: 113 -> 114 fields; a parts-of-month span unscored as r13 wrote)",
        "r20-held": "collected beside the r20 rules pass, never seen by it, held out: one run 167/184 = 90.8 %, 8 invented (6 template-sharing texts left out), then worked on in the r21 rules pass (one group corrected to settled convention 9, one entry day's start to the pinned reading: 184 -> 185 fields)",
        "r21-held": "collected beside the r21 rules pass, never seen by it, held out: one run 178/196 = 90.8 %, 2 invented (9 template-sharing texts left out), then worked on in the r22 rules pass (an entry day's start corrected to the pinned reading, one ministry's group to the set's notation: 196 -> 197 fields); an entry day (入驻) corrected to its start by settled convention 10 in the r33 pass",
        "r22-held": "collected beside the r22 rules pass, never seen by it, held out: one run 177/202 = 87.6 %, 3 invented (5 template-sharing texts left out), then worked on in the r23 rules pass (a long-term count the reader left unscored expected: 202 -> 203 fields)",
        "r23-held": "collected beside the r23 rules pass, never seen by it, held out: one run 125/137 = 91.2 %, 5 invented (6 template-sharing texts left out), then worked on in the r24 rules pass (no expectation corrected: 137 fields either way)",
        "r24-held": "collected beside the r23 and r24 rules passes, never seen by them, held out: one run 268/301 = 89.0 %, 11 invented (5 template-sharing texts left out), then worked on in the r25 rules pass (one entry day's start corrected to settled convention 10: 301 -> 302 fields; the 8 parts-of-month days now absent by settled convention 11)",
        "r25-held": "collected beside the r25 rules pass by two collectors (enterprises and institutions; places), never seen by it, held out: one run 170/210 = 81.0 %, 30 invented (8 template-sharing texts left out), then worked on in the r26 rules pass (two university groups corrected to the set's notation, three stated 立案/处分 counts the readers left out expected: 210 -> 213 fields; refused texts now meet a reader's empty unit)",
        "r26-held": "collected beside the r26 rules pass by four collectors (enterprises and institutions; county and district bodies; provincial and central inspections of places, and audits; special rounds and noisy copies), never seen by it, held out: one run 149/175 = 85.1 %, 6 invented (11 template-sharing texts left out), then worked on in the r27 rules pass (an unnumbered group's absence check dropped as r24's written convention leaves such groups unscored: 175 fields either way)",
        "r27-held": "collected beside the r27 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 216/256 = 84.4 %, 16 invented (10 template-sharing texts left out), then worked on in the r28 rules pass (one round corrected to the set's pinned reading, two stated 建章立制 counts the reader left out expected: 256 -> 260 fields; the round corrected back to none by settled convention 14 in the r31 pass: 260 -> 258; r27's minqin corrected to its town's committee by settled convention 15 in the r32 pass); r27's hainan farms report corrected to the short form by settled convention 18 in the r38 pass",
        "r28-held": "collected beside the r28 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 138/173 = 79.8 %, 14 invented (8 template-sharing texts left out), then worked on in a short r29 rules pass (one stated 问责 count the reader left out expected: 173 -> 174 fields; r28's tengxian corrected to its town's committee by settled convention 15 in the r32 pass)",
        "r29-held": "collected beside the r29 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 140/179 = 78.2 %, 7 invented (4 template-sharing texts left out), then worked on in the r30 rules pass (one single-month visit corrected to settled convention 13: 179 -> 181 fields)",
        "r30-held": "collected beside the r30 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 180/200 = 90.0 %, 2 invented (3 template-sharing texts left out), then worked on in the r31 rules pass (no expectation corrected)",
        "r31-held": "collected beside the r31 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 159/220 = 72.3 %, 4 invented (6 template-sharing texts left out), then worked on in the r32 rules pass (two places corrected to their committees by settled convention 15, a mixed count dropped by settled convention 16 and a 清退 sum the reader left out expected: 220 fields either way)",
        "r32-held": "collected beside the r32 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 178/213 = 83.6 %, 3 invented (4 template-sharing texts left out), then worked on in the r33 rules pass (four places corrected to their committees by settled convention 15: 213 fields either way)",
        "r33-held": "collected beside the r33 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 164/199 = 82.4 %, 15 invented (5 template-sharing texts left out), then worked on in a short r34 rules pass (no expectation corrected)",
        "r34-held": "collected beside the r34 rules pass by four collectors (the shares of r26's; begun until the search budget ran out, topped up in the next session), never seen by it, held out: one run 172/190 = 90.5 %, 11 invented (10 template-sharing texts left out), then worked on in the r35 rules pass (a round's villages named before their count expected as units by the pinned reading, measures done read as no completed figure by r20's written reading: 190 -> 191 fields; a story's sum recovered expected by settled convention 17 in the r38 pass: 191 -> 192)",
        "r35-held": "collected beside the r35 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 108/128 = 84.4 %, 12 invented (9 template-sharing texts left out), then worked on in the r36 rules pass (no expectation corrected; one roundup moved from family audit to news)",
        "r36-held": "collected beside the r36 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 139/154 = 90.3 %, 7 invented (7 template-sharing texts left out), then worked on in the r37 rules pass (no expectation corrected)",
        "r37-held": "collected beside the r37 rules pass by four collectors (the shares of r26's; begun with the last of a session's search budget, topped up in the next), never seen by it, held out: one run 143/170 = 84.1 %, 7 invented (8 template-sharing texts left out), then worked on in the r38 rules pass (one unit corrected to the short form by settled convention 18: 170 fields either way)",
        "r38-held": "collected beside the r38 rules pass by four collectors (the shares of r26's), never seen by it, held out: one run 173/207 = 83.6 %, 8 invented (6 template-sharing texts left out)",
    }
    totals = dict.fromkeys(("right", "total", "invented"), 0)
    started = time.perf_counter()
    for batch, label in groups.items():
        cases = [case for case in CASES if case.batch == batch]
        right = total = invented = 0
        for case in cases:
            r, t, i, wrong = score(case)
            right, total, invented = right + r, total + t, invented + i
            # held-out misses stay unread while rules are tuned; --held lists them at the end
            if wrong and ((verbose and case.tuned) or "--held" in sys.argv):
                print(f"  {case.name}: {', '.join(wrong)}")
        totals["right"] += right
        totals["total"] += total
        totals["invented"] += invented
        print(f"outside {batch:8} {len(cases):2} texts, {right}/{total} fields right = {right / total:.1%}, "
              f"{invented} invented  ({label})")
    elapsed = time.perf_counter() - started
    unseen = [case for case in CASES if not case.tuned]
    right = total = 0
    for case in unseen:
        r, t, _, _ = score(case)
        right, total = right + r, total + t
    print(f"outside set: {len(CASES)} texts, {totals['right']}/{totals['total']} fields right = "
          f"{totals['right'] / totals['total']:.1%}, {totals['invented']} invented values, {elapsed:.2f} s")
    if total:
        print(f"outside held out (never tuned on): {len(unseen)} texts, {right}/{total} = {right / total:.1%}")


def seeds(verbose: bool) -> None:
    import pytest

    from tests.imports.parsing.seeds import SEEDS
    from tests.imports.parsing.seedtools import levels

    if not SEEDS.is_dir():
        print(f"seed corpus: not found at {SEEDS}")
        return
    try:
        from tests.imports.parsing import (
            test_tree_counts_feedback,
            test_tree_counts_overview,
            test_tree_counts_progress,
        )
    except pytest.skip.Exception as skipped:
        print(f"seed corpus: skipped ({skipped})")
        return
    right = total = 0
    started = time.perf_counter()
    for module in (test_tree_counts_feedback, test_tree_counts_overview):
        got = dict(module._units())
        for key, expected in module.READING.items():
            have = levels(got[key].items) if key in got else (None, None, None)
            for name, e, h in zip(("aspects", "problems", "measures"), expected, have, strict=True):
                if e is None:
                    continue
                total += 1
                right += e == h
                if verbose and e != h:
                    print(f"  {key} {name}: {h} (reading {e})")
    progress = test_tree_counts_progress
    for (prefix, title_line, _title), expected in progress.READING.items():
        document = progress._document(prefix, title_line)
        have = levels(document.inspections[0].items) if document.inspections else (None, None, None)
        for name, e, h in zip(("aspects", "problems", "measures"), expected, have, strict=True):
            if e is None:
                continue
            total += 1
            right += e == h
            if verbose and e != h:
                print(f"  {prefix}:{title_line} {name}: {h} (reading {e})")
    elapsed = time.perf_counter() - started
    print(f"seed corpus (tree counts read by hand): {right}/{total} fields right = {right / total:.1%}, {elapsed:.2f} s")


if __name__ == "__main__":
    verbose = "-v" in sys.argv
    outside(verbose)
    seeds(verbose)
