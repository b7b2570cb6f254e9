from django.http import JsonResponse
from django.urls import include, path

from ledger.api.rows import values_page_queryset
from ledger.api.serializers import MeasureSerializer
from ledger.models import Measure

# The floor the goal was first measured against (0.16): 15 of the measure's columns, by id.
ID_FIELDS = [
    "id",
    "item_id",
    "position",
    "label",
    "text",
    "responsible_leader",
    "lead_unit",
    "responsible_units",
    "deadline",
    "status",
    "completed_on",
    "closed_at",
    "version",
    "created_at",
    "updated_at",
]


def bare_measures(request):
    """The floor: the API list's first page (same rows, same order, same columns) straight from .values(), with no
    auth, scope, filters, count or formatting."""
    rows = list(values_page_queryset(Measure.objects.order_by(*Measure._meta.ordering), MeasureSerializer)[:50])
    return JsonResponse({"count": len(rows), "results": rows})


def bare_measures_by_id(request):
    """The first floor: 15 columns of the first 50 measures by id."""
    rows = list(Measure.objects.order_by("id").values(*ID_FIELDS)[:50])
    return JsonResponse({"count": len(rows), "results": rows})


urlpatterns = [
    path("bench/bare-measures/", bare_measures),
    path("bench/bare-measures-by-id/", bare_measures_by_id),
    path("", include("config.urls")),
]
