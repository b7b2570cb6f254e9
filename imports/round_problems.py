"""Problems of a round-level text (a round's feedback news naming no single unit: 反馈指出，有的…；有的…) stored on the
round as 轮次共性问题, per source document as the round's figures are (a document is one file's version: re-importing it
changes nothing, and a problem a person should not see twice is not written twice)."""

from __future__ import annotations

from imports.models import Action, SourceDocument
from imports.parsing import model as parsed
from ledger.models import InspectionRound, RoundProblem
from ledger.text import clean_text_fields


def leaves(items: list[parsed.Item]) -> list[tuple[str, parsed.Item]]:
    """(heading, problem) in reading order: an announcing lead or an aspect heads its points."""
    out: list[tuple[str, parsed.Item]] = []
    for item in items:
        if item.children:
            out.extend((item.title, child) for child in item.children)
        else:
            out.append(("", item))
    return out


def store_round_problems(report, rnd: InspectionRound, items: list[parsed.Item], source: SourceDocument) -> int:
    """Write the document's problems for the round (unchanged, or replaced whole); returns how many it lists."""
    wanted = []
    for position, (heading, item) in enumerate(leaves(items), start=1):
        problem = RoundProblem(
            round=rnd,
            position=position,
            heading=heading[:200],
            title=item.title,
            detail=item.text,
            source_line=item.line or None,
            source_document=source,
        )
        clean_text_fields(problem)
        wanted.append(problem)
    existing = list(RoundProblem.objects.filter(round=rnd, source_document=source))

    def fields(p: RoundProblem) -> tuple:
        return p.position, p.heading, p.title, p.detail, p.source_line

    if sorted(map(fields, existing)) == sorted(map(fields, wanted)):
        report.counts[("roundproblem", Action.UNCHANGED)] += len(existing)
        return len(wanted)
    for p in existing:
        report.add("roundproblem", Action.RETIRED, f"round:{rnd.pk}!problem{p.position}", p)
    RoundProblem.objects.filter(pk__in=[p.pk for p in existing]).delete()
    for p in RoundProblem.objects.bulk_create(wanted):
        report.add("roundproblem", Action.CREATED, f"round:{rnd.pk}!problem{p.position}", p)
    return len(wanted)
