"""What the variant tests (test_outside_variants*.py) ask of a parse: one short text in, the inspections, units or
figures the importer reads from it out."""

from __future__ import annotations

from imports.parsing import parse_text
from imports.parsing.figures import extract_figures
from imports.parsing.model import Line


def parsed_inspections(text: str):
    return [i for document in parse_text(text, "variant.txt").documents for i in document.inspections]


def only_inspection(text: str):
    (inspection,) = parsed_inspections(text)
    return inspection


def named_units(text: str) -> list[str]:
    return [i.unit for i in parsed_inspections(text) if i.unit]


def round_level_inspection(text: str):
    return [i for i in parsed_inspections(text) if not i.unit][0]


def sentence_figures(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract_figures([Line(1, text)])]


def text_figures(text: str) -> list[tuple[str, float]]:
    """The figures of a text of several lines, each its own Line (the counts told again across lines are deduplicated)."""
    return [(f.metric, f.value) for f in extract_figures([Line(n, line) for n, line in enumerate(text.splitlines(), 1)])]
