"""The measure list's .values() rows (ledger.api.rows) read exactly as the serializer writes the same measures."""

import json

import pytest
from django.utils import timezone
from rest_framework.test import APIRequestFactory

from ledger.api.serializers import MeasureSerializer
from ledger.choices import Status
from ledger.models import Measure, ProgressNote
from ledger.services import save_tracked


def _serialized(ids, user):
    request = APIRequestFactory().get("/api/measures/")
    request.user = user
    measures = Measure.objects.select_related("item__inspection").filter(pk__in=ids)
    data = MeasureSerializer(measures, many=True, context={"request": request}).data
    return {row["id"]: json.loads(json.dumps(row, default=str)) for row in data}


@pytest.fixture
def varied(ledger):
    first, second = ledger.east_measures
    first.responsible_leader, first.lead_unit = "张三", "区委办公室"
    first.closed_at = timezone.now()
    save_tracked(first)
    ProgressNote.objects.create(measure=second, date="2024-01-01", text="进展", status_after=Status.IN_PROGRESS)
    ledger.west_inspection.rectification_deadline = timezone.localdate()
    save_tracked(ledger.west_inspection)
    return ledger


@pytest.mark.parametrize(
    "params",
    [{}, {"warning": "red"}, {"warning": ["red", "yellow", "blue"]}, {"q": "措施", "ordering": "-deadline"}, {"status": "done"}],
)
def test_list_rows_equal_the_serializer(varied, users, api, params):
    response = api(users.admin).get("/api/measures/", {"page_size": 500, **params})
    assert response.status_code == 200
    rows = response.json()["results"]
    assert rows
    if not params:
        assert len(rows) == Measure.objects.count()
    expected = _serialized([r["id"] for r in rows], users.admin)
    assert rows == [expected[r["id"]] for r in rows]
    assert all(list(r) == list(expected[r["id"]]) for r in rows)  # the same keys in the same order


def test_cursor_pages_still_use_the_serializer(varied, users, api):
    rows = api(users.admin).get("/api/measures/", {"paging": "cursor"}).json()["results"]
    expected = _serialized([r["id"] for r in rows], users.admin)
    assert rows == [expected[r["id"]] for r in rows]
