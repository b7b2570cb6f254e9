"""Test helper: one document's (or one unit's) lines from a seed compilation, found by exact title lines.

The seeds live outside the repository (../shared/seeds); tests that need them are skipped when absent.
Lines keep their original 1-based numbers and are not cleaned, so these tests do not depend on the cleaner.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from imports.parsing.model import Line

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"


@cache
def seed_lines(prefix: str) -> tuple[Line, ...]:
    """All lines of the seed file whose name starts with prefix ("000", "001" …)."""
    matches = sorted(SEEDS.glob(f"{prefix}*.txt")) if SEEDS.is_dir() else []
    if not matches:
        pytest.skip(f"seed {prefix}* not found under {SEEDS}")
    text = matches[0].read_text(encoding="utf-8")
    return tuple(Line(no, t) for no, t in enumerate(text.splitlines(), start=1))


def section(prefix: str, title: str, next_title: str | None = None, *, start_after: int = 0) -> list[Line]:
    """Lines after the line reading exactly `title` (searching after line `start_after`) up to the next line
    reading exactly `next_title` (or the end of the file)."""
    lines = seed_lines(prefix)
    start = next((i for i, ln in enumerate(lines) if ln.no > start_after and ln.text.strip() == title), None)
    if start is None:
        raise AssertionError(f"title not found in seed {prefix}: {title}")
    end = len(lines)
    if next_title is not None:
        end = next((i for i in range(start + 1, len(lines)) if lines[i].text.strip() == next_title), None)
        if end is None:
            raise AssertionError(f"next title not found in seed {prefix}: {next_title}")
    return list(lines[start + 1:end])


def walk(items):
    """Every item in document order, depth first."""
    for item in items:
        yield item
        yield from walk(item.children)


def levels(items) -> tuple[int, int, int]:
    """(aspects, problems, measures) of one inspection's items, counted as ledger.tallies counts them: without
    sub-items every top-level item is a problem; otherwise the top-level items with sub-items are the aspects
    and their children the problems, and a childless top-level item counts as one problem when it holds measures
    (an aspect whose single problem was not itemised) and not at all when empty (“本轮巡察未发现问题”)."""
    measures = sum(len(item.measures) for item in walk(items))
    if not any(item.children for item in items):
        return 0, len(items), measures
    problems = sum(len(item.children) if item.children else bool(item.measures) for item in items)
    return sum(bool(item.children) for item in items), problems, measures
