"""The overview's numbers: a fixed handful of grouped queries, whatever the number of units."""

from dataclasses import dataclass

from django.db.models import Count, F, Q
from django.db.models.functions import TruncMonth

from ledger.alerts import AlertLevel, warning_q, with_warning_inputs
from ledger.choices import Status
from ledger.filtersets import MeasureFilterSet
from ledger.formatting import round_title
from ledger.models import InspectionRound, Measure, ProgressNote
from ledger.selectors import measures_visible_to, overdue_q, today


@dataclass
class Overview:
    filterset: MeasureFilterSet
    by_unit: list[dict]
    by_round: list[dict]
    most_overdue: list[Measure]
    trend: list[tuple[str, int]]
    totals: dict


def _counts(on):
    counts = {s: Count("id", filter=Q(status=s)) for s in Status.values}
    warnings = {lvl: Count("id", filter=warning_q(lvl, on)) for lvl in AlertLevel.values}
    return {"measures": Count("id"), **counts, "overdue": Count("id", filter=overdue_q(on)), **warnings}


def _rate(row: dict) -> dict:
    row["completion_rate"] = row[Status.DONE] / row["measures"] if row["measures"] else 0
    return row


def overview(user, params) -> Overview:
    on = today()
    filterset = MeasureFilterSet(params, queryset=measures_visible_to(user))
    measures = filterset.qs if filterset.is_valid() else measures_visible_to(user).none()
    annotated = with_warning_inputs(measures.order_by())
    by_unit = [
        _rate(row)
        for row in annotated.values(unit_id=F("item__inspection__unit"), unit=F("item__inspection__unit__name"))
        .annotate(**_counts(on))
        .order_by("-measures", "unit")
    ]
    rounds = list(
        measures.order_by()
        .values(round_id=F("item__inspection__round"))
        .annotate(measures=Count("id"), done=Count("id", filter=Q(status=Status.DONE)))
    )
    titles = {r.pk: round_title(r) for r in InspectionRound.objects.filter(pk__in=[r["round_id"] for r in rounds])}
    by_round = sorted(
        (_rate({**r, "round": titles.get(r["round_id"], ""), Status.DONE: r["done"]}) for r in rounds),
        key=lambda r: r["round"],
    )
    most_overdue = list(
        measures.filter(overdue_q(on)).select_related("item__inspection__unit").order_by("deadline", "id")[:20]
    )
    trend = [
        (f"{row['month']:%Y-%m}", row["n"])
        for row in ProgressNote.objects.filter(measure__in=measures.values("pk"), status_after=Status.DONE)
        .annotate(month=TruncMonth("date"))
        .values("month")
        .annotate(n=Count("measure", distinct=True))
        .order_by("month")
    ]
    totals = _rate({k: sum(row[k] for row in by_unit) for k in _counts(on)})
    return Overview(filterset, by_unit, by_round, most_overdue, trend, totals)
