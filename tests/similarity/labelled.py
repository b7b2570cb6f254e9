"""The labelled set read from the seed documents: problem pairs (same problem or not) and items' categories.

Kept next to the tests that use it, so the labels stay tied to the corpus: every labelled text must be found among the
items the importer's parser reads from its seed, for its unit (test_labelled_*.py check it).
"""

from __future__ import annotations

import json
import zlib
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Side:
    seed: str
    unit: str
    text: str


@dataclass(frozen=True)
class Pair:
    a: Side
    b: Side
    same: bool
    note: str


@dataclass(frozen=True)
class Categorised:
    seed: str
    unit: str
    aspect: str
    text: str
    category: str


@cache
def pairs() -> tuple[Pair, ...]:
    rows = json.loads((DATA / "pairs.json").read_text(encoding="utf-8"))
    return tuple(Pair(a=Side(**r["a"]), b=Side(**r["b"]), same=r["same"], note=r["note"]) for r in rows)


@cache
def categorised() -> tuple[Categorised, ...]:
    rows = json.loads((DATA / "categories.json").read_text(encoding="utf-8"))
    return tuple(Categorised(**r) for r in rows)


def is_dev(seed: str, unit: str) -> bool:
    """Half of the units (stable, by a hash of seed and unit) tune the classifier; the other half only measure it.
    Splitting by unit keeps one unit's near-identical wordings on one side."""
    return zlib.crc32(f"{seed}/{unit}".encode()) % 2 == 0


# Units whose items were labelled after the classifier had been tuned, and before it was run on them: the fairest
# measure, since the keywords were written while reading the rest of the set.
FRESH_UNITS = {("001", "锦州市凌河区委"), ("001", "阜新市细河区委"), ("001", "大连市西岗区委")}


def split_categorised() -> tuple[list[Categorised], list[Categorised], list[Categorised]]:
    """(dev, held-out, fresh): dev tunes the weights, held-out and fresh only measure."""
    dev, held, fresh = [], [], []
    for row in categorised():
        if (row.seed, row.unit) in FRESH_UNITS:
            fresh.append(row)
        else:
            (dev if is_dev(row.seed, row.unit) else held).append(row)
    return dev, held, fresh


def walk(items, aspect: str = ""):
    """(aspect title, item) for every node of a parsed feedback tree; the aspect is the top-level ancestor's title."""
    for item in items:
        yield aspect, item
        yield from walk(item.children, aspect or item.title)


def titles_by_unit(result) -> dict[str, set[str]]:
    """Every parsed item title of a seed (imports.parsing.ParseResult), by unit."""
    found: dict[str, set[str]] = defaultdict(set)
    for document in result.documents:
        for inspection in document.inspections:
            for _aspect, item in walk(inspection.items):
                found[inspection.unit].add(item.title)
    return found


def aspects_by_unit(result) -> dict[tuple[str, str], set[str]]:
    """(unit, title) -> the aspect titles it sits under in a parsed seed."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for document in result.documents:
        for inspection in document.inspections:
            for aspect, item in walk(inspection.items):
                found[(inspection.unit, item.title)].add(aspect)
    return found
