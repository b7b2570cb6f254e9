from django.http import JsonResponse
from django.urls import include, path

from ledger.models import Measure

FIELDS = [
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
    """The floor: the same page of rows straight from .values(), no auth, scope, filters or serializers."""
    rows = list(Measure.objects.order_by("id").values(*FIELDS)[:50])
    return JsonResponse({"count": len(rows), "results": rows})


urlpatterns = [path("bench/bare-measures/", bare_measures), path("", include("config.urls"))]
