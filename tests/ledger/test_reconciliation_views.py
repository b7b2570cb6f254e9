"""Reconciliation in the API and the admin: the answer, its schema, scope, and constant queries on the list."""

import pytest
import yaml
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ledger.choices import Metric
from ledger.models import Inspection, InspectionRound, ReportedFigure
from ledger.services import save_tracked, unit_create
from tests.ledger.conftest import make_inspection, make_item, make_measure


def stated(inspection, metric, value, unit="个", line=3):
    return ReportedFigure.objects.create(
        inspection=inspection, metric=metric, value=value, quantity_unit=unit, source_line=line,
        sentence=f"巡视反馈问题{metric}{value}{unit}。",
    )


@pytest.fixture
def figures(ledger):
    # The fixture's inspections: one problem each with two measures, one 已完成.
    stated(ledger.east_inspection, Metric.PROBLEMS, 1)  # agrees
    stated(ledger.east_inspection, Metric.COMPLETED, 5, "条", line=7)  # neither 0 problems nor 1 measure
    stated(ledger.west_inspection, Metric.MEASURES, 2, "条")  # agrees
    return ledger


def test_api_reconciliation(figures, users, api):
    response = api(users.editor).get(f"/api/inspections/{figures.east_inspection.pk}/reconciliation/")
    assert response.status_code == 200
    body = response.json()
    assert body["inspection"] == figures.east_inspection.pk
    assert body["compared"] == 2
    assert body["ledger"] == {
        "problems": 1, "sub_problems": 1, "measures": 2, "problems_by_status": {"in_progress": 1},
        "measures_by_status": {"in_progress": 1, "done": 1}, "overdue": 1,
        "problem_completion_rate": "0.00", "measure_completion_rate": "50.00",
    }
    [d] = body["discrepancies"]
    assert d["metric"] == "completed" and d["metric_label"] == "已完成" and d["line"] == 7
    assert (d["stated"], d["quantity_unit"]) == ("5.00", "条")
    assert d["ledger"] == [
        {"basis": "measures", "label": "措施", "value": "1.00"},
        {"basis": "problems", "label": "问题", "value": "0.00"},
    ]
    assert d["message"] == "通报称已完成5条，台账显示已完成的措施1条、问题0个"


def test_api_reconciliation_is_scoped(figures, users, api):
    url = f"/api/inspections/{figures.west_inspection.pk}/reconciliation/"
    assert api(users.editor).get(url).status_code == 404
    assert api(users.supervisor).get(url).json()["discrepancies"] == []
    assert api().get(url).status_code == 401


def test_schema_documents_both_actions(users, api):
    schema = yaml.safe_load(api(users.viewer).get("/api/schema/").content)
    reconciliation = schema["paths"]["/api/inspections/{id}/reconciliation/"]["get"]
    assert reconciliation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "/Reconciliation"
    )
    assert {"401", "403", "404"} <= set(reconciliation["responses"])
    report = schema["paths"]["/api/inspections/{id}/progress-report/"]["get"]
    assert list(report["responses"]["200"]["content"]) == [
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    ]
    assert "Discrepancy" in schema["components"]["schemas"]


def test_admin_section_on_the_inspection_page(figures, users, login):
    page = login(users.editor).get(reverse("admin:ledger_inspection_change", args=[figures.east_inspection.pk]))
    html = page.content.decode()
    assert "通报数据核对" in html
    assert "台账现有反馈问题1个，整改措施2条。通报所载2项数据中，1项与台账不一致" in html
    assert "通报称已完成5条，台账显示已完成的措施1条、问题0个" in html


def test_admin_column_and_filter(figures, users, login):
    client = login(users.admin)
    response = client.get(reverse("admin:ledger_inspection_changelist"))
    html = response.content.decode()
    assert "1项不一致" in html and "一致（1项）" in html
    listed = {
        value: {o.pk for o in client.get(reverse("admin:ledger_inspection_changelist"), {"reconciliation": value})
                .context["cl"].result_list}
        for value in ("mismatch", "match", "none")
    }
    assert listed == {
        "mismatch": {figures.east_inspection.pk},
        "match": {figures.west_inspection.pk},
        "none": {figures.street_inspection.pk},
    }


def test_admin_filter_stays_within_scope(figures, users, login):
    response = login(users.viewer).get(reverse("admin:ledger_inspection_changelist"), {"reconciliation": "mismatch"})
    assert {o.pk for o in response.context["cl"].result_list} == set()  # east's is outside the street's scope


def test_admin_list_queries_do_not_grow_with_rows(figures, users, login):
    client = login(users.admin)
    url = reverse("admin:ledger_inspection_changelist")
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for n in range(20):
        unit = unit_create(name=f"单位{n}", full_name=f"中共单位{n}委员会", parent=figures.east)
        rnd = InspectionRound(inspecting_body=f"示范市委{n}", level="xuncha", term=12, round_no=1)
        save_tracked(rnd)
        inspection = make_inspection(unit, rnd)
        make_measure(make_item(inspection, f"问题{n}"), f"措施{n}")
        stated(inspection, Metric.PROBLEMS, 2)
    with CaptureQueriesContext(connection) as many:
        response = client.get(url)
    assert len(response.context["cl"].result_list) == Inspection.objects.count() == 23
    assert len(many) == len(few)
