from django.db.models import Count, Q, Sum
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from ledger.alerts import AlertLevel
from ledger.choices import InspectionKind, Status
from ledger.dashboard.selectors import tallies_visible_to
from ledger.filtersets import MeasureFilterSet
from ledger.formatting import round_title
from ledger.models import InspectionRound, Measure, Unit
from ledger.selectors import measures_visible_to, overdue_q, today

# Each grouping's column on Measure: unit, round and inspection are stored on the measure (ledger.models.measures.ITEM_FACTS),
# so grouping by them reads one table; kind joins only the inspections.
GROUPINGS = {
    "unit": "unit_id",
    "round": "round_id",
    "kind": "inspection__kind",
    "status": "status",
    "inspection": "inspection_id",
}


# Groupings and filters the stored overview tallies hold (ledger.models.overview): such a request sums a few thousand
# tally rows instead of counting a province's measures. 逾期 is the red warning's rule (overdue_q = warning_q red).
TALLIED_GROUPINGS = {"unit": "unit_id", "round": "round_id", "kind": "kind"}
TALLIED_FILTERS = {"round", "kind", "unit"}


def _grouped_from_tallies(user, by: str, chosen: dict) -> list[dict]:
    rows = tallies_visible_to(
        user, on=today(), round=chosen.get("round"), kind=chosen.get("kind"), unit=chosen.get("unit")
    )
    column = TALLIED_GROUPINGS[by]
    sums = {"measures": Sum("measures"), **{s: Sum(s) for s in Status.values}, "overdue": Sum(AlertLevel.RED)}
    grouped = rows.filter(measures__gt=0).order_by().values(column).annotate(**sums).order_by()
    return [{GROUPINGS[by]: row[column], **{k: row[k] for k in sums}} for row in grouped]


def _labels(by: str, keys) -> dict:
    if by == "unit":
        return dict(Unit.objects.filter(pk__in=keys).values_list("pk", "name"))
    if by == "round":
        return {r.pk: round_title(r) for r in InspectionRound.objects.filter(pk__in=keys)}
    if by == "kind":
        return dict(InspectionKind.choices)
    if by == "status":
        return dict(Status.choices)
    return {k: str(k) for k in keys}


def _row(values: dict) -> dict:
    total = values["measures"]
    values["completion_rate"] = round(values[Status.DONE] / total, 4) if total else None
    return values


class StatsView(APIView):
    permission_model = "measure"

    def get_queryset(self):
        return Measure.objects.none()

    @extend_schema(
        parameters=[
            OpenApiParameter("by", str, enum=list(GROUPINGS), description="分组：单位、轮次、类型、状态或巡视巡察"),
        ],
        filters=True,
        responses=inline_serializer(
            "Stats",
            {
                "by": serializers.CharField(),
                "rows": serializers.ListField(child=serializers.DictField()),
                "totals": serializers.DictField(),
            },
        ),
    )
    def get(self, request):
        by = request.query_params.get("by", "unit")
        if by not in GROUPINGS:
            raise ValidationError({"by": [f"不支持的分组“{by}”，可选：{'、'.join(GROUPINGS)}。"]})
        filterset = MeasureFilterSet(request.query_params, queryset=measures_visible_to(request.user), request=request)
        if not filterset.is_valid():
            raise ValidationError(filterset.errors)
        # Over the status column, not the id: the inputs then all sit in Measure's tally index (index-only scan).
        counts = {s: Count("status", filter=Q(status=s)) for s in Status.values}
        aggregates = {"measures": Count("*"), **counts, "overdue": Count("status", filter=overdue_q())}
        column = GROUPINGS[by]
        used = {k for k, v in request.query_params.items() if v != "" and k not in ("by", "format")}
        if by in TALLIED_GROUPINGS and used <= TALLIED_FILTERS:
            grouped = _grouped_from_tallies(request.user, by, filterset.form.cleaned_data)
        else:  # grouped by the key alone, unsorted (a hash over the few groups)
            grouped = filterset.qs.order_by().values(column).annotate(**aggregates).order_by()
        grouped = sorted(grouped, key=lambda g: (g[column] is None, g[column]))  # listed by key, as before
        labels = _labels(by, [g[column] for g in grouped])
        rows = [
            _row({"key": g[column], "label": labels.get(g[column], ""), **{k: g[k] for k in aggregates}})
            for g in grouped
        ]
        totals = _row({k: sum(g[k] for g in grouped) for k in aggregates})
        return Response({"by": by, "rows": rows, "totals": totals})
