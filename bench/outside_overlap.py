"""Does a batch of the outside set share a source with the earlier ones? Compares URLs and 12-character shingles of
the texts (a shingle found in three or more texts of the whole set is an official formula, counted apart), and the
seed corpus. Loads the cases without running the importer, so it may be run on a held-out batch. Prints; asserts
nothing.

.venv/bin/python bench/outside_overlap.py r7-held
.venv/bin/python bench/outside_overlap.py tests/imports/parsing/outside_r10.py   (a batch not registered yet: its
    HELD_OUT_* list is loaded from the file and compared as batch "unregistered")
"""

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _clean(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _shingles(text: str, k: int = 12) -> set[str]:
    text = _clean(text)
    # a collector's cut (……) is no shared wording
    return {text[i : i + k] for i in range(len(text) - k + 1) if "……" not in text[i : i + k]}


def _runs(a: str, b: str, k: int = 12) -> list[str]:
    """The maximal stretches of a that b also holds (at least k characters)."""
    a, b = _clean(a), _clean(b)
    held = {b[i : i + k] for i in range(len(b) - k + 1)}
    runs, i = [], 0
    while i <= len(a) - k:
        if a[i : i + k] not in held:
            i += 1
            continue
        j = i
        while j <= len(a) - k and a[j : j + k] in held:
            j += 1
        runs.append(a[i : j + k - 1])
        i = j
    return runs


def _unregistered(path: str) -> list:
    """The cases of a batch file not yet in outside_set.py (its one HELD_OUT_* list), as batch "unregistered"."""
    import importlib.util

    from tests.imports.parsing.outside_set import Case

    spec = importlib.util.spec_from_file_location("unregistered_batch", ROOT / path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (rows,) = [value for name, value in vars(module).items() if name.startswith("HELD_OUT")]
    return [Case(name, url, text, expect, "unregistered", family) for name, url, family, text, expect in rows]


def main(batch: str) -> None:
    import pytest

    from tests.imports.parsing.outside_set import CASES

    if batch.endswith(".py"):
        CASES = [*CASES, *_unregistered(batch)]
        batch = "unregistered"

    try:
        from tests.imports.parsing.seeds import SEEDS
    except pytest.skip.Exception:  # the seeds are kept outside the repository
        SEEDS = None

    mine = [case for case in CASES if case.batch == batch]
    earlier = [case for case in CASES if case.batch != batch]
    if not mine:
        print(f"no case in batch {batch}")
        return
    norm = {case.url.split("://")[-1].rstrip("/"): case.name for case in earlier if case.url}
    shingles = {case.name: _shingles(case.text) for case in CASES}
    stock = {s for s, n in Counter(s for sh in shingles.values() for s in sh).items() if n >= 3}
    raw = beyond_stock = longest = 0
    for case in mine:
        if case.url.split("://")[-1].rstrip("/") in norm:
            print(f"  {case.name}: URL already in {norm[case.url.split('://')[-1].rstrip('/')]}")
        others = [o for o in earlier] + [o for o in mine if o.name > case.name]
        for other in others:
            shared = shingles[case.name] & shingles[other.name]
            if len(shared) <= 3:
                continue
            raw += 1
            runs = _runs(case.text, other.text)
            longest = max([longest, *map(len, runs)])
            if len(shared - stock) > 3:
                beyond_stock += 1
            print(f"  {case.name} ~ {other.name}: {len(shared)} shingles, {len(shared - stock)} beyond formulas: {runs}")
    seeds = "".join(_clean(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))) if SEEDS else ""
    in_seeds = [case.name for case in mine if len([s for s in shingles[case.name] - stock if s in seeds]) > 3]
    print(f"{batch}: {len(mine)} texts against {len(earlier)} earlier; pairs over 3 shared shingles: {raw}, of which "
          f"over 3 beyond formulas: {beyond_stock}; longest shared run {longest} characters; "
          f"texts sharing more than formulas with the seeds: {in_seeds or 'none'}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "r7-held")
