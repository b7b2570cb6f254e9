"""Where each number on the 工作台 leads: the admin's measure list with its existing filter parameters."""

from urllib.parse import urlencode

from django.urls import reverse

from ledger.choices import Status

OPEN_STATUSES = ",".join(s for s in Status.values if s != Status.DONE)


def measure_list(**params) -> str:
    query = urlencode({k: v for k, v in params.items() if v is not None})
    url = reverse("admin:ledger_measure_changelist")
    return f"{url}?{query}" if query else url


def open_measures(*, unit_id=None, round_id=None, **extra) -> str:
    """Measures not completed. The admin list has no per-inspection filter: an inspection is its unit (with
    sub-units) and round there."""
    return measure_list(
        **{"unit": unit_id, "item__inspection__round__id__exact": round_id, "status__in": OPEN_STATUSES, **extra}
    )


def inspection_open_measures(inspection, **extra) -> str:
    return open_measures(unit_id=inspection.unit_id, round_id=inspection.round_id, **extra)


def measure_change(pk: int) -> str:
    return reverse("admin:ledger_measure_change", args=[pk])
