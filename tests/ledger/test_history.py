"""Every change is attributable: who, when, which path, which fields."""

import pytest
from django.urls import reverse

from ledger.choices import Channel, Status
from ledger.history import channel
from ledger.models import Evidence, Measure
from ledger.services import evidence_create, measure_set_status, save_tracked
from tests.ledger.test_evidence import pdf_upload


def post_measure(client, measure, **changes):
    data = {
        "item": measure.item_id,
        "position": measure.position,
        "label": measure.label,
        "text": measure.text,
        "responsible_leader": measure.responsible_leader,
        "lead_unit": measure.lead_unit,
        "responsible_units": measure.responsible_units,
        "deadline": measure.deadline or "",
        "status": measure.status,
        "completed_on": measure.completed_on or "",
        "next_review_on": measure.next_review_on or "",
        "version_seen": measure.version,
        "progress_note": "",
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
        "notes-TOTAL_FORMS": 0,
        "notes-INITIAL_FORMS": 0,
    }
    data.update(changes)
    return client.post(reverse("admin:ledger_measure_change", args=[measure.pk]), data)


def test_admin_edit_is_recorded_with_user_channel_and_changed_fields(ledger, users, login):
    measure = ledger.east_measures[1]
    response = post_measure(
        login(users.editor), measure, lead_unit="区委办公室", status=Status.DONE, progress_note="已完成全部整改。"
    )
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    latest, previous = measure.history.all()[:2]
    assert latest.history_user == users.editor
    assert latest.history_channel == Channel.ADMIN
    assert latest.history_type == "~"
    changed = {c.field for c in latest.diff_against(previous).changes}
    assert {"lead_unit", "status", "completed_on"} <= changed
    assert "text" not in changed
    note = measure.notes.get()
    assert (note.text, note.author, note.channel, note.status_after) == (
        "已完成全部整改。",
        users.editor,
        "admin",
        "done",
    )


def test_service_calls_record_their_channel(ledger, users):
    measure = ledger.east_measures[1]
    with channel(Channel.IMPORT):
        measure.text = "导入更新的措施文字"
        save_tracked(measure, user=users.admin)
    measure_set_status(measure=measure, status=Status.DONE, note="接口更新", user=users.admin, channel=Channel.API)
    channels = list(measure.history.values_list("history_channel", flat=True))
    assert channels[:2] == [Channel.API, Channel.IMPORT]
    assert measure.notes.get().channel == Channel.API


@pytest.mark.parametrize("model", ["unit", "inspection", "feedbackitem", "measure"])
def test_every_ledger_model_keeps_history(ledger, model):
    obj = {
        "unit": ledger.east,
        "inspection": ledger.east_inspection,
        "feedbackitem": ledger.east_problem,
        "measure": ledger.east_measures[0],
    }[model]
    assert obj.history.filter(history_type="+").count() == 1


def test_deletion_is_recorded(ledger, users):
    evidence = evidence_create(measure=ledger.east_measures[0], upload=pdf_upload(), user=users.editor)
    evidence._history_user = users.editor
    pk = evidence.pk
    evidence.delete()
    record = Evidence.history.filter(id=pk).first()
    assert record.history_type == "-" and record.history_user == users.editor


def test_history_page_shows_changes_and_cannot_revert(ledger, users, login):
    measure = ledger.east_measures[1]
    client = login(users.admin)
    post_measure(client, measure, status=Status.BASICALLY_DONE, progress_note="基本完成")
    page = client.get(reverse("admin:ledger_measure_history", args=[measure.pk]))
    assert page.status_code == 200
    body = page.content.decode()
    assert "admin" in body and "正在推进" in body and "基本完成" in body and "整改状态" in body and "管理后台" in body
    old = measure.history.earliest("history_date")
    url = reverse("admin:ledger_measure_simple_history", args=[measure.pk, old.history_id])
    assert client.get(url).status_code == 200
    response = client.post(url, {"text": "篡改", "status": Status.NOT_STARTED})
    assert response.status_code == 405
    measure.refresh_from_db()
    assert measure.status == Status.BASICALLY_DONE


def test_history_records_are_not_editable_from_the_admin(users, login):
    client = login(users.admin)
    assert client.get("/admin/ledger/historicalmeasure/").status_code == 404
    assert Measure.history.model._meta.model_name == "historicalmeasure"
