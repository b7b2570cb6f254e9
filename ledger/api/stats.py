from django.db.models import Count, Q
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from ledger.choices import InspectionKind, Status
from ledger.filtersets import MeasureFilterSet
from ledger.formatting import round_title
from ledger.models import InspectionRound, Measure, Unit
from ledger.selectors import measures_visible_to, overdue_q

# Each grouping's column on Measure: unit, round and inspection are stored on the measure (ledger.models.measures.ITEM_FACTS),
# so grouping by them reads one table; kind joins only the inspections.
GROUPINGS = {
    "unit": "unit_id",
    "round": "round_id",
    "kind": "inspection__kind",
    "status": "status",
    "inspection": "inspection_id",
}


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
        # Grouped by the key alone, unsorted (a hash over the few groups); listed by key, as before.
        grouped = sorted(
            filterset.qs.order_by().values(column).annotate(**aggregates).order_by(), key=lambda g: g[column]
        )
        labels = _labels(by, [g[column] for g in grouped])
        rows = [
            _row({"key": g[column], "label": labels.get(g[column], ""), **{k: g[k] for k in aggregates}})
            for g in grouped
        ]
        totals = _row({k: sum(g[k] for g in grouped) for k in aggregates})
        return Response({"by": by, "rows": rows, "totals": totals})
