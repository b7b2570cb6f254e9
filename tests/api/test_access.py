"""Authentication, roles and unit scope on every endpoint, including guessed ids."""

import pytest
from rest_framework.authtoken.models import Token

from ledger.choices import Status
from ledger.models import Evidence, Measure, ProgressNote, ReportedFigure
from ledger.services import evidence_create, progress_note_add
from tests.api import resources
from tests.ledger.test_evidence import pdf_upload

ENDPOINTS = resources.LEDGER


@pytest.fixture
def records(ledger):
    for key in ("east", "street", "west"):
        measure = getattr(ledger, f"{key}_measures")[0]
        progress_note_add(measure=measure, text=f"{key} 进展", status_after=Status.DONE)
        evidence_create(measure=measure, upload=pdf_upload(f"{key}.pdf", key.encode()), title=f"{key} 佐证")
        ReportedFigure.objects.create(
            inspection=getattr(ledger, f"{key}_inspection"),
            metric="problems",
            value=2,
            quantity_unit="个",
            sentence=f"{key} 反馈问题2个",
        )
    return ledger


def foreign(records):
    m = records.west_measures[0]
    return {
        "units": records.west.pk,
        "inspections": records.west_inspection.pk,
        "feedback-items": records.west_problem.pk,
        "measures": m.pk,
        "progress-notes": ProgressNote.objects.get(measure=m).pk,
        "evidence": Evidence.objects.get(measure=m).pk,
    }


@pytest.mark.parametrize("endpoint", ENDPOINTS + ["stats"])
def test_anonymous_requests_get_401(db, api, endpoint):
    response = api().get(f"/api/{endpoint}/")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_token_authentication_and_revocation(records, users, api):
    token = Token.objects.create(user=users.editor)
    client = api()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert client.get("/api/measures/").status_code == 200
    token.delete()
    assert client.get("/api/measures/").status_code == 401


def test_token_of_an_inactive_user_is_refused_and_a_valid_one_acts_as_its_user(records, users, api):
    token = Token.objects.create(user=users.editor)
    client = api()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    editor_ids = {row["id"] for row in client.get("/api/measures/?page_size=500").json()["results"]}
    admin = api()
    admin.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=users.admin).key}")
    all_ids = {row["id"] for row in admin.get("/api/measures/?page_size=500").json()["results"]}
    assert editor_ids and editor_ids < all_ids  # the editor's scope, not the administrator's
    type(users.editor).objects.filter(pk=users.editor.pk).update(is_active=False)
    response = client.get("/api/measures/")
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


@pytest.mark.parametrize("role", ["editor", "viewer"])
def test_lists_hold_only_the_users_subtree(records, users, api, role):
    user = getattr(users, role)
    client = api(user)
    measures = {row["id"] for row in client.get("/api/measures/?page_size=500").json()["results"]}
    expected = set(
        Measure.objects.filter(item__inspection__unit__path__startswith=user.unit.path).values_list("pk", flat=True)
    )
    assert measures == expected
    for endpoint in ENDPOINTS:
        rows = client.get(f"/api/{endpoint}/").json()["results"]
        assert rows, endpoint
        body = str(rows)
        assert "西城区委" not in body, endpoint


@pytest.mark.parametrize("role", ["editor", "viewer"])
def test_guessed_ids_of_other_units_answer_exactly_like_missing_ids(records, users, api, role):
    client = api(getattr(users, role))
    for endpoint, pk in foreign(records).items():
        for method in ("get", "patch", "delete"):
            guessed = getattr(client, method)(f"/api/{endpoint}/{pk}/", {}, format="json")
            missing = getattr(client, method)(f"/api/{endpoint}/99999999/", {}, format="json")
            assert guessed.status_code == missing.status_code, (endpoint, method)
            assert guessed.json() == missing.json(), (endpoint, method)
            assert guessed.status_code in (403, 404, 405)
        assert client.get(f"/api/{endpoint}/{pk}/").status_code == 404


def test_filtering_by_a_foreign_unit_or_inspection_reveals_nothing(records, users, api):
    client = api(users.editor)
    assert client.get(f"/api/measures/?unit={records.west.pk}").json()["count"] == 0
    response = client.get(f"/api/measures/?inspection={records.west_inspection.pk}")
    assert response.status_code == 400  # an unknown choice, exactly as for an id that does not exist
    assert "inspection" in response.json()["errors"]


def test_tree_of_a_foreign_inspection_is_404(records, users, api):
    assert api(users.editor).get(f"/api/inspections/{records.west_inspection.pk}/?tree=1").status_code == 404


def test_stats_count_only_the_users_scope(records, users, api):
    totals = api(users.viewer).get("/api/stats/").json()["totals"]
    assert totals["measures"] == 2
    assert api(users.admin).get("/api/stats/").json()["totals"]["measures"] == 6


@pytest.mark.parametrize(
    ("role", "method", "endpoint", "expected"),
    [
        ("viewer", "patch", "measures", 403),
        ("supervisor", "patch", "measures", 403),
        ("editor", "patch", "inspections", 403),
        ("editor", "post", "units", 403),
        ("editor", "delete", "measures", 403),
        ("admin", "patch", "inspections", 200),
    ],
)
def test_role_permissions(records, users, api, role, method, endpoint, expected):
    target = {"measures": records.street_measures[1].pk, "inspections": records.street_inspection.pk, "units": ""}[
        endpoint
    ]
    url = f"/api/{endpoint}/{target}/" if target else f"/api/{endpoint}/"
    data = {"group": "省委第二巡视组"} if endpoint == "inspections" else {"name": "新单位", "full_name": "新单位全称"}
    response = getattr(api(getattr(users, role)), method)(url, data, format="json")
    assert response.status_code == expected, response.content


def test_editor_cannot_move_a_measure_out_of_scope(records, users, api):
    measure = records.east_measures[1]
    response = api(users.editor).patch(f"/api/measures/{measure.pk}/", {"item": records.west_problem.pk}, format="json")
    assert response.status_code == 400
    assert "item" in response.json()["errors"]
    measure.refresh_from_db()
    assert measure.item_id == records.east_problem.pk


def test_editor_cannot_create_notes_or_evidence_on_foreign_measures(records, users, api):
    client = api(users.editor)
    foreign_measure = records.west_measures[1]
    response = client.post(
        "/api/progress-notes/", {"measure": foreign_measure.pk, "text": "越权", "status_after": "done"}
    )
    assert response.status_code == 400 and "measure" in response.json()["errors"]
    response = client.post("/api/evidence/", {"measure": foreign_measure.pk, "file": pdf_upload()}, format="multipart")
    assert response.status_code == 400 and "measure" in response.json()["errors"]
    assert not foreign_measure.notes.filter(text="越权").exists()
