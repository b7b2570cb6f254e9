"""Each role sees and changes only what its unit and role allow, in every corner of the admin."""

import pytest
from django.urls import reverse

from ledger.choices import Status
from ledger.models import Evidence, FeedbackItem, Inspection, Measure, ProgressNote, Unit
from ledger.services import evidence_create, progress_note_add
from tests.ledger.test_evidence import pdf_upload

MODELS = ["unit", "inspection", "feedbackitem", "measure", "progressnote", "evidence", "reportedfigure"]


def changelist(model):
    return reverse(f"admin:ledger_{model}_changelist")


def change(model, pk):
    return reverse(f"admin:ledger_{model}_change", args=[pk])


@pytest.fixture
def records(ledger):
    for key in ("east", "street", "west"):
        measure = getattr(ledger, f"{key}_measures")[0]
        progress_note_add(measure=measure, text=f"{key} 进展", status_after=Status.DONE)
        evidence_create(measure=measure, upload=pdf_upload(f"{key}.pdf", key.encode()), title=f"{key} 佐证")
    return ledger


def listed_ids(response):
    return {obj.pk for obj in response.context["cl"].result_list}


def in_subtree(unit):
    return {
        "unit": set(Unit.objects.filter(path__startswith=unit.path).values_list("pk", flat=True)),
        "inspection": set(Inspection.objects.filter(unit__path__startswith=unit.path).values_list("pk", flat=True)),
        "measure": set(
            Measure.objects.filter(item__inspection__unit__path__startswith=unit.path).values_list("pk", flat=True)
        ),
    }


@pytest.mark.parametrize("role", ["editor", "viewer"])
def test_scoped_roles_list_only_their_subtree(records, users, login, role):
    user = getattr(users, role)
    client = login(user)
    expected = in_subtree(user.unit)
    for model, ids in expected.items():
        response = client.get(changelist(model))
        assert response.status_code == 200
        assert listed_ids(response) == ids, model
    assert expected["unit"] and len(expected["measure"]) < Measure.objects.count()


def test_editor_sees_sub_unit_but_viewer_of_sub_unit_does_not_see_parent(records, users, login):
    editor_measures = listed_ids(login(users.editor).get(changelist("measure")))
    assert {m.pk for m in records.street_measures} <= editor_measures
    assert {m.pk for m in records.east_measures} <= editor_measures
    viewer_measures = listed_ids(login(users.viewer).get(changelist("measure")))
    assert viewer_measures == {m.pk for m in records.street_measures}


@pytest.mark.parametrize("role", ["admin", "supervisor"])
def test_global_roles_list_everything(records, users, login, role):
    client = login(getattr(users, role))
    assert listed_ids(client.get(changelist("measure"))) == set(Measure.objects.values_list("pk", flat=True))
    assert len(listed_ids(client.get(changelist("evidence")))) == 3


def _foreign_objects(ledger):
    measure = ledger.west_measures[0]
    return {
        "unit": ledger.west,
        "inspection": ledger.west_inspection,
        "feedbackitem": ledger.west_problem,
        "measure": measure,
        "progressnote": ProgressNote.objects.get(measure=measure),
        "evidence": Evidence.objects.get(measure=measure),
    }


@pytest.mark.parametrize("role", ["editor", "viewer"])
def test_guessing_ids_of_another_unit_finds_nothing(records, users, login, role):
    client = login(getattr(users, role))
    for model, obj in _foreign_objects(records).items():
        for url in (change(model, obj.pk), reverse(f"admin:ledger_{model}_history", args=[obj.pk])):
            response = client.get(url, follow=True)
            assert response.status_code in (200, 404)
            if response.status_code == 200:  # the admin redirects to the index saying it does not exist
                assert response.redirect_chain and response.redirect_chain[-1][0] == reverse("admin:index"), url
                assert str(obj) not in response.content.decode() or model == "unit"


def test_editor_cannot_change_a_measure_of_another_unit_by_posting(records, users, login):
    measure = records.west_measures[1]
    client = login(users.editor)
    response = client.post(
        change("measure", measure.pk),
        {"status": Status.DONE, "progress_note": "越权", "version_seen": measure.version, "text": "改"},
    )
    assert response.status_code in (302, 404)
    measure.refresh_from_db()
    assert measure.status == Status.IN_PROGRESS and measure.text != "改"


def test_editor_cannot_pick_another_units_measure_for_evidence(records, users, login):
    client = login(users.editor)
    foreign = records.west_measures[1]
    response = client.post(
        reverse("admin:ledger_evidence_add"),
        {"measure": foreign.pk, "title": "越权", "file": pdf_upload("x.pdf", b"other")},
    )
    assert response.status_code == 200
    assert "measure" in response.context["adminform"].form.errors
    assert not Evidence.objects.filter(measure=foreign, title="越权").exists()


def test_autocomplete_offers_only_scoped_objects(records, users, login):
    client = login(users.editor)
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": "ledger", "model_name": "evidence", "field_name": "measure", "term": "措施"},
    )
    assert response.status_code == 200
    ids = {int(r["id"]) for r in response.json()["results"]}
    assert ids == {m.pk for m in records.east_measures + records.street_measures}


def test_evidence_download_is_scoped(records, users, login):
    foreign = Evidence.objects.get(measure=records.west_measures[0])
    own = Evidence.objects.get(measure=records.east_measures[0])
    client = login(users.editor)
    assert client.get(foreign.file.url).status_code == 404
    response = client.get(own.file.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).endswith(b"east")


@pytest.mark.parametrize(
    ("role", "model", "can_change"),
    [
        ("editor", "measure", True),
        ("editor", "inspection", False),
        ("editor", "feedbackitem", False),
        ("editor", "unit", False),
        ("viewer", "measure", False),
        ("supervisor", "measure", False),
        ("admin", "inspection", True),
    ],
)
def test_role_decides_whether_an_in_scope_object_is_editable(records, users, login, role, model, can_change):
    obj = {
        "measure": records.street_measures[1],
        "inspection": records.street_inspection,
        "feedbackitem": records.street_problem,
        "unit": records.street,
    }[model]
    response = login(getattr(users, role)).get(change(model, obj.pk))
    assert response.status_code == 200
    assert response.context["has_change_permission"] is can_change


def test_viewer_post_changes_nothing(records, users, login):
    measure = records.street_measures[1]
    response = login(users.viewer).post(
        change("measure", measure.pk), {"status": Status.DONE, "progress_note": "只读", "version_seen": measure.version}
    )
    assert response.status_code == 403
    measure.refresh_from_db()
    assert measure.status == Status.IN_PROGRESS


def test_only_admin_manages_users(users, login):
    url = reverse("admin:accounts_user_changelist")
    assert login(users.admin).get(url).status_code == 200
    for role in ("supervisor", "editor", "viewer"):
        assert login(getattr(users, role)).get(url).status_code == 403


def test_editor_bulk_action_cannot_reach_other_units(records, users, login):
    foreign, own = records.west_measures[1], records.east_measures[1]
    client = login(users.editor)
    client.post(
        changelist("measure"),
        {
            "action": "set_status",
            "_selected_action": [foreign.pk, own.pk],
            "apply": "1",
            "status": Status.BASICALLY_DONE,
            "note": "批量更新",
        },
    )
    foreign.refresh_from_db()
    own.refresh_from_db()
    assert foreign.status == Status.IN_PROGRESS
    assert own.status == Status.BASICALLY_DONE
    assert own.notes.filter(text="批量更新").exists()


def test_editor_has_no_close_out_action(records, users, login):
    actions = login(users.editor).get(changelist("measure")).context["action_form"].fields["action"].choices
    names = {name for name, _ in actions}
    assert "set_status" in names and "close_out" not in names and "reopen" not in names


def test_feedback_item_list_counts_no_queries_per_row(records, users, login, django_assert_max_num_queries):
    client = login(users.admin)
    client.get(changelist("feedbackitem"))  # warm up session and content types
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(changelist("feedbackitem"))
    for n in range(30):
        FeedbackItem.objects.create(
            inspection=records.west_inspection, parent=records.west_aspect, position=10 + n, title=f"新增问题{n}"
        )
    with CaptureQueriesContext(connection) as many:
        client.get(changelist("feedbackitem"))
    assert len(many) == len(few)
