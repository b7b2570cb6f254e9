"""What the ledger holds for an inspection, counted the way published reports count it.

Reports count "problems" (反馈问题) at the level below the aspects (方面): “指出3方面12个问题” in the seed
report of XX街道D工委 (002, line 110) is its three （一）… headings and the twelve “1.…”–“12.…” problems
under them, and 科技局党组 (002, line 848) states “3个方面、12个问题、24个具体问题”. Where a report lists its
problems without aspects (沈阳市皇姑区委 1.–10., 抚顺高新区党工委 1、–33、) the top-level items are the problems.
So, per inspection:

- no top-level item has children: every top-level item is a problem;
- otherwise the children of top-level items are the problems, and a top-level item without children counts
  as one problem only when it holds measures itself (an aspect whose problems were not itemised, such as
  大连市西岗区委 “（六）”); an empty one is not a problem (共青团XX区委 “（二）…本轮巡察未发现问题”).

Items below a problem are its sub-problems (具体问题/具体表现, the “关于…的问题” lines of XX街道D工委).
A problem's status is the roll-up of every measure in its subtree (ledger.selectors.rollup_status).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ledger.choices import SETTLED_STATUSES, Status
from ledger.models import FeedbackItem, Measure
from ledger.selectors import rollup_status, today

NOT_FINISHED = (Status.IN_PROGRESS, Status.NOT_STARTED)


@dataclass
class Tally:
    problems: int = 0
    sub_problems: int = 0  # leaves under the problems (a problem without sub-problems counts as one)
    measures: int = 0
    problem_status: Counter = field(default_factory=Counter)  # roll-up of each problem; None = no measures yet
    measure_status: Counter = field(default_factory=Counter)
    overdue: int = 0  # measures past their deadline and neither completed nor long-term

    def problems_in(self, *statuses: str) -> int:
        return sum(self.problem_status[s] for s in statuses)

    def measures_in(self, *statuses: str) -> int:
        return sum(self.measure_status[s] for s in statuses)

    @property
    def problem_completion_rate(self) -> Decimal | None:
        """已完成的问题 ÷ 问题 × 100, two decimals."""
        return percent(self.problems_in(Status.DONE), self.problems)

    @property
    def measure_completion_rate(self) -> Decimal | None:
        """已完成的措施 ÷ 措施 × 100, two decimals (the API statistics' completion rate)."""
        return percent(self.measures_in(Status.DONE), self.measures)


def percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part * 100) / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Levels:
    """An inspection's items sorted into the report's levels."""

    aspects: list[int]  # top-level items that hold problems
    problems: list[int]  # in the order given
    children: dict[int | None, list[int]]


def levels(items: Iterable[tuple[int, int | None]], holding_measures: set[int]) -> Levels:
    """Aspects and problems of one inspection from its (id, parent_id) pairs, in their given order."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for item_id, parent_id in items:
        children[parent_id].append(item_id)
    top = children[None]
    if not any(children[t] for t in top):
        return Levels(aspects=[], problems=list(top), children=children)
    aspects, problems = [], []
    for t in top:
        if children[t]:
            aspects.append(t)
            problems.extend(children[t])
        elif t in holding_measures:
            problems.append(t)
    return Levels(aspects=aspects, problems=problems, children=children)


def subtree(item_id: int, children: dict[int | None, list[int]]) -> list[int]:
    out, stack = [], [item_id]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(children.get(node, ()))
    return out


def inspection_tallies(inspection_ids: Iterable[int], on: date | None = None) -> dict[int, Tally]:
    """A Tally for each of the given inspections (an empty one when it has no items). Two queries."""
    on = on or today()
    ids = list(inspection_ids)
    items_by_inspection: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
    for item_id, parent_id, inspection_id in (
        FeedbackItem.objects.filter(inspection_id__in=ids)
        .order_by("position", "id")
        .values_list("id", "parent_id", "inspection_id")
    ):
        items_by_inspection[inspection_id].append((item_id, parent_id))
    statuses: dict[int, list[str]] = defaultdict(list)
    tallies = {pk: Tally() for pk in ids}
    measures = Measure.objects.filter(item__inspection_id__in=ids).order_by()  # counted, not listed: no sort
    for inspection_id, item_id, status, deadline in measures.values_list(
        "item__inspection_id", "item_id", "status", "deadline"
    ):
        statuses[item_id].append(status)
        tally = tallies[inspection_id]
        tally.measures += 1
        tally.measure_status[status] += 1
        tally.overdue += bool(deadline and deadline < on and status not in SETTLED_STATUSES)
    for inspection_id, items in items_by_inspection.items():
        tally = tallies[inspection_id]
        lv = levels(items, holding_measures=set(statuses))
        tally.problems = len(lv.problems)
        for problem in lv.problems:
            nodes = subtree(problem, lv.children)
            tally.problem_status[rollup_status(s for n in nodes for s in statuses[n])] += 1
            tally.sub_problems += sum(1 for n in nodes if not lv.children.get(n))
    return tallies
