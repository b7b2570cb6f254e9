"""Reads: what a user may see, and the ledger's derived facts (overdue, roll-up status)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, Model, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from ledger.choices import SETTLED_STATUSES, Status
from ledger.models import (
    Evidence,
    FeedbackItem,
    Inspection,
    InspectionRound,
    Measure,
    OverviewTally,
    ProgressNote,
    ReportedFigure,
    Unit,
)
from ledger.models.measures import WORKING

# How each model reaches the unit that owns it: the inspected unit of its inspection (a measure stores that unit,
# Measure.unit, so its scope joins the unit alone).
UNIT_PATHS: dict[type[Model], str] = {
    Unit: "",
    Inspection: "unit__",
    FeedbackItem: "inspection__unit__",
    Measure: "unit__",
    OverviewTally: "unit__",
    ProgressNote: "measure__unit__",
    Evidence: "measure__unit__",
    ReportedFigure: "inspection__unit__",
}


def today() -> date:
    return timezone.localdate()


def scope_q(user, model: type[Model]) -> Q:
    """The rows of `model` that `user` may see; Q() for roles that see every unit."""
    if user.sees_all_units:
        return Q()
    if model is InspectionRound:
        return Q(inspections__unit__path__startswith=user.unit.path)
    return Q(**{f"{UNIT_PATHS[model]}path__startswith": user.unit.path})


def visible_to(user, queryset: QuerySet) -> QuerySet:
    if not (user.is_authenticated and user.is_active):
        return queryset.none()
    if not user.sees_all_units and user.unit_id is None:
        return queryset.none()
    queryset = queryset.filter(scope_q(user, queryset.model))
    if queryset.model is InspectionRound and not user.sees_all_units:
        queryset = queryset.distinct()
    return queryset


def measures_visible_to(user) -> QuerySet[Measure]:
    return visible_to(user, Measure.objects.all())


# --- Overdue and deadline warnings -------------------------------------------------------


def overdue_q(on: date | None = None) -> Q:
    # Spelled as WORKING (closed out implies 已完成, by a check constraint) so the partial deadline index serves it.
    return WORKING & Q(deadline__lt=on or today())


def measure_is_overdue(measure: Measure, on: date | None = None) -> bool:
    return bool(measure.deadline and measure.deadline < (on or today()) and measure.status not in SETTLED_STATUSES)


# --- Roll-up of a feedback item's status from its measures ------------------------------


def rollup_status(statuses) -> str | None:
    """An item's status from its measures' statuses; None when it has no measures."""
    present = set(statuses)
    if not present:
        return None
    if present == {Status.DONE}:
        return Status.DONE
    if present <= {Status.DONE, Status.LONG_TERM}:
        return Status.LONG_TERM
    if present <= {Status.DONE, Status.LONG_TERM, Status.BASICALLY_DONE}:
        return Status.BASICALLY_DONE
    if present == {Status.NOT_STARTED}:
        return Status.NOT_STARTED
    return Status.IN_PROGRESS


@dataclass
class Rollup:
    status: str | None = None
    overdue: int = 0
    counts: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def status_label(self) -> str:
        return Status(self.status).label if self.status else "无措施"


def item_rollups(inspection_ids, on: date | None = None) -> dict[int, Rollup]:
    """Roll-up for every item of the given inspections, over each item's whole subtree. Two queries."""
    on = on or today()
    # No ordering: a dict needs none, and the model's (by inspection) would join inspection and unit to sort.
    items = FeedbackItem.objects.filter(inspection_id__in=inspection_ids).order_by()
    parents = dict(items.values_list("id", "parent_id"))
    own: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    measures = (
        Measure.objects.filter(item__inspection_id__in=inspection_ids)
        .order_by()
        .values_list("item_id", "status", "deadline")
    )
    for item_id, status, deadline in measures:
        overdue = bool(deadline and deadline < on and status not in SETTLED_STATUSES)
        own[item_id].append((status, overdue))
    rollups = {item_id: Rollup() for item_id in parents}
    for item_id, entries in own.items():
        node = item_id
        while node is not None:  # credit every ancestor
            r = rollups[node]
            for status, overdue in entries:
                r.counts[status] += 1
                r.overdue += overdue
            node = parents.get(node)
    for r in rollups.values():
        r.status = rollup_status(r.counts)
    return rollups


def item_rollup(item: FeedbackItem, on: date | None = None) -> Rollup:
    return item_rollups([item.inspection_id], on)[item.pk]


# --- Measure list and ledger-sheet filters ----------------------------------------------

# 未完成: work still to do before 已完成 (长期坚持 is an ongoing state, not unfinished work).
UNFINISHED_STATUSES = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.BASICALLY_DONE)


def unfinished_q() -> Q:
    return Q(status__in=UNFINISHED_STATUSES)


def with_evidence_count(queryset: QuerySet[Measure]) -> QuerySet[Measure]:
    """Each measure's number of evidence files, as a correlated subquery (no GROUP BY over the list's joins)."""
    counted = (
        Evidence.objects.filter(measure=OuterRef("pk"))
        .order_by()
        .values("measure")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return queryset.annotate(evidence_count=Coalesce(Subquery(counted), 0))


def with_latest_note(queryset: QuerySet[Measure]) -> QuerySet[Measure]:
    """The text and date of each measure's latest progress note."""
    notes = ProgressNote.objects.filter(measure=OuterRef("pk")).order_by("-date", "-id")
    return queryset.annotate(
        latest_note=Subquery(notes.values("text")[:1]), latest_note_date=Subquery(notes.values("date")[:1])
    )
