"""Every list endpoint answers a page of 50 with as many queries as a page of 1."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from imports.models import ImportRun, SourceDocument
from ledger.choices import Status
from ledger.models import InspectionRound, ProgressNote, ReportedFigure
from ledger.services import evidence_create, save_tracked, unit_create
from tests.api import resources
from tests.ledger.conftest import make_inspection, make_item, make_measure
from tests.ledger.test_evidence import pdf_upload

ENDPOINTS = resources.ALL


@pytest.fixture
def many(ledger, users):
    for n in range(55):
        unit = unit_create(name=f"单位{n}", full_name=f"中共单位{n}委员会", parent=ledger.east)
        rnd = InspectionRound(inspecting_body=f"示范市委{n}", level="xuncha", term=12, round_no=1)
        save_tracked(rnd)
        inspection = make_inspection(unit, rnd)
        item = make_item(inspection, f"问题{n}")
        measure = make_measure(item, f"措施{n}", Status.IN_PROGRESS)
        ProgressNote.objects.create(measure=measure, date="2024-01-01", text="进展", status_after=Status.IN_PROGRESS)
        evidence_create(measure=measure, upload=pdf_upload(f"{n}.pdf", str(n).encode()))
        ReportedFigure.objects.create(inspection=inspection, metric="problems", value=n, sentence="句子")
        SourceDocument.objects.create(title=f"文档{n}", file_name="a.txt", sha256=f"{n:064d}", title_line=n)
        ImportRun.objects.create(outcome=ImportRun.Outcome.APPLIED, files=["a.txt"])
    return users


def queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(ctx), len(response.json()["results"])


ADMIN_ONLY = resources.ADMIN_ONLY
CASES = [("admin", e) for e in ENDPOINTS] + [("editor", e) for e in ENDPOINTS if e not in ADMIN_ONLY]


@pytest.mark.parametrize(("role", "endpoint"), CASES)
def test_list_query_count_does_not_grow_with_page_size(many, api, role, endpoint):
    client = api(getattr(many, role))
    client.get(f"/api/{endpoint}/?page_size=1")  # warm-up: content types, sessions
    one, got_one = queries(client, f"/api/{endpoint}/?page_size=1")
    fifty, got_fifty = queries(client, f"/api/{endpoint}/?page_size=50")
    assert (got_one, got_fifty) == (1, 50)
    assert fifty == one, f"{endpoint}: {one} queries for 1 row, {fifty} for 50"


def test_inspection_tree_query_count_is_constant(ledger, users, api):
    client = api(users.admin)
    url = f"/api/inspections/{ledger.east_inspection.pk}/?tree=1"
    client.get(url)
    small, _ = queries_detail(client, url)
    for n in range(30):
        make_measure(make_item(ledger.east_inspection, f"新问题{n}", parent=ledger.east_aspect))
    large, _ = queries_detail(client, url)
    assert small == large


def queries_detail(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx), response.json()
