"""Issue 10 items 4, 8, 9: a closed-out measure's record, and the dates the workflow sets."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from ledger.choices import Channel, Status
from ledger.models import Evidence, Measure, ProgressNote
from ledger.services import (
    evidence_create,
    evidence_delete,
    measure_close_out,
    measure_correct_dates,
    measure_set_status,
    progress_note_add,
)
from tests.ledger.test_evidence import pdf_upload
from tests.ledger.test_history import post_measure


@pytest.fixture
def closed(ledger, users):
    """East's done measure with one evidence file, closed out by the supervisor."""
    measure = ledger.east_measures[0]
    evidence = evidence_create(measure=measure, upload=pdf_upload(), title="会议纪要", user=users.editor)
    measure_close_out(measure=measure, user=users.supervisor, note="材料齐全，同意销号。")
    measure.refresh_from_db()
    return measure, evidence


# Item 4: evidence of a closed-out measure


def test_editor_cannot_delete_closed_out_evidence_through_the_api(closed, users, api):
    _, evidence = closed
    response = api(users.editor).delete(f"/api/evidence/{evidence.pk}/")
    assert response.status_code == 403
    assert "已销号" in response.json()["detail"] and response.json()["code"] == "permission_denied"
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_editor_may_still_delete_evidence_of_an_open_measure(ledger, users, api):
    evidence = evidence_create(measure=ledger.east_measures[1], upload=pdf_upload(), user=users.editor)
    assert api(users.editor).delete(f"/api/evidence/{evidence.pk}/").status_code == 204
    gone = Evidence.history.filter(id=evidence.pk, history_type="-").get()
    assert (gone.history_user, gone.history_channel) == (users.editor, Channel.API)


def test_admin_deletes_closed_out_evidence_and_history_keeps_it(closed, users, api):
    _, evidence = closed
    assert api(users.admin).delete(f"/api/evidence/{evidence.pk}/").status_code == 204
    assert not Evidence.objects.filter(pk=evidence.pk).exists()
    gone = Evidence.history.filter(id=evidence.pk, history_type="-").get()
    assert (gone.history_user, gone.history_channel, gone.title) == (users.admin, Channel.API, "会议纪要")


def test_service_refuses_everyone_but_administrators(closed, users):
    _, evidence = closed
    for user in (users.editor, users.supervisor):
        with pytest.raises(PermissionDenied, match="只有管理员可以删除"):
            evidence_delete(evidence=evidence, user=user)
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_standalone_admin_delete_is_refused_for_editors(closed, users, login):
    _, evidence = closed
    client = login(users.editor)
    url = reverse("admin:ledger_evidence_delete", args=[evidence.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Evidence.objects.filter(pk=evidence.pk).exists()


def test_bulk_delete_action_is_refused_for_editors(closed, ledger, users, login):
    _, evidence = closed
    other = evidence_create(measure=ledger.east_measures[1], upload=pdf_upload("b.pdf", b"b"), user=users.editor)
    client = login(users.editor)
    url = reverse("admin:ledger_evidence_changelist")
    data = {"action": "delete_selected", "_selected_action": [evidence.pk, other.pk], "post": "yes"}
    response = client.post(url, data)
    assert response.status_code in (200, 302, 403)
    assert Evidence.objects.filter(pk__in=[evidence.pk, other.pk]).count() == 2


def test_admin_bulk_delete_goes_through_the_service_with_history(closed, users, login):
    _, evidence = closed
    client = login(users.admin)
    url = reverse("admin:ledger_evidence_changelist")
    client.post(url, {"action": "delete_selected", "_selected_action": [evidence.pk], "post": "yes"})
    assert not Evidence.objects.filter(pk=evidence.pk).exists()
    gone = Evidence.history.filter(id=evidence.pk, history_type="-").get()
    assert (gone.history_user, gone.history_channel) == (users.admin, Channel.ADMIN)


def test_measure_inline_offers_no_delete_of_closed_out_evidence_to_editors(closed, users, login):
    measure, _ = closed
    page = login(users.editor).get(reverse("admin:ledger_measure_change", args=[measure.pk])).content.decode()
    assert "evidence-0-DELETE" not in page
    page = login(users.admin).get(reverse("admin:ledger_measure_change", args=[measure.pk])).content.decode()
    assert "evidence-0-DELETE" in page


# Item 8: progress notes on closed-out measures


def test_editor_cannot_add_a_note_to_a_closed_out_measure_through_the_api(closed, users, api):
    measure, _ = closed
    response = api(users.editor).post(
        "/api/progress-notes/", {"measure": measure.pk, "text": "补充说明", "status_after": Status.DONE}
    )
    assert response.status_code == 403
    assert "已销号" in response.json()["detail"]
    assert not ProgressNote.objects.filter(measure=measure).exists()


def test_service_refuses_a_note_from_an_editor_holding_a_stale_copy(closed, users):
    measure, _ = closed
    stale = Measure.objects.get(pk=measure.pk)
    stale.closed_at = None  # as read before the close-out
    with pytest.raises(PermissionDenied, match="已销号"):
        progress_note_add(measure=stale, text="补充", status_after=Status.DONE, user=users.editor)
    assert not ProgressNote.objects.filter(measure=measure).exists()


def test_supervisor_may_note_a_closed_out_measure_and_editor_an_open_one(closed, ledger, users):
    measure, _ = closed
    progress_note_add(measure=measure, text="督查回访", status_after=Status.DONE, user=users.supervisor)
    progress_note_add(measure=ledger.east_measures[1], text="推进中", status_after=Status.IN_PROGRESS, user=users.editor)
    assert ProgressNote.objects.count() == 2


# Item 9: completed_on and next_review_on


def test_editor_cannot_type_in_the_workflow_dates_through_the_api(ledger, users, api, today):
    measure = ledger.east_measures[1]
    measure_set_status(measure=measure, status=Status.DONE, note="完成", user=users.editor)
    measure.refresh_from_db()
    before = (measure.completed_on, measure.next_review_on, measure.version)
    client = api(users.editor)
    response = client.patch(
        f"/api/measures/{measure.pk}/",
        {"completed_on": str(today - timedelta(days=400)), "next_review_on": str(today + timedelta(days=300))},
    )
    assert response.status_code == 400
    assert set(response.json()["errors"]) == {"completed_on", "next_review_on"}
    assert "自动设定" in response.json()["errors"]["completed_on"][0]
    measure.refresh_from_db()
    assert (measure.completed_on, measure.next_review_on, measure.version) == before
    # Sending back the values as read (a round-tripped representation) is fine.
    echo = client.patch(f"/api/measures/{measure.pk}/", {"completed_on": str(today), "next_review_on": None})
    assert echo.status_code == 200, echo.json()


def test_editor_cannot_type_in_the_workflow_dates_in_the_admin(ledger, users, login, today):
    measure = Measure.objects.get(pk=ledger.east_measures[1].pk)
    measure_set_status(measure=measure, status=Status.LONG_TERM, note="转入长期坚持", user=users.editor)
    measure.refresh_from_db()
    scheduled = measure.next_review_on
    response = post_measure(login(users.editor), measure, next_review_on=today + timedelta(days=999))
    assert response.status_code == 302
    measure.refresh_from_db()
    assert measure.next_review_on == scheduled


def test_status_change_still_sets_the_completion_date(ledger, users, api, today):
    measure = ledger.east_measures[1]
    response = api(users.editor).patch(f"/api/measures/{measure.pk}/", {"status": Status.DONE, "note": "完成"})
    assert response.status_code == 200 and response.json()["completed_on"] == str(today)


def test_supervisor_corrects_a_date_with_a_note_in_history(ledger, users, api, today):
    measure = ledger.east_measures[1]
    measure_set_status(measure=measure, status=Status.DONE, note="完成", user=users.editor)
    url = f"/api/measures/{measure.pk}/correct-dates/"
    corrected = str(today - timedelta(days=10))
    assert api(users.editor).post(url, {"completed_on": corrected, "note": "按纪要更正"}).status_code == 403
    missing_note = api(users.supervisor).post(url, {"completed_on": corrected})
    assert missing_note.status_code == 400 and "note" in missing_note.json()["errors"]
    response = api(users.supervisor).post(url, {"completed_on": corrected, "note": "按会议纪要更正完成日期"})
    assert response.status_code == 200, response.json()
    assert response.json()["completed_on"] == corrected
    latest = measure.history.first()
    assert latest.history_user == users.supervisor
    assert latest.history_change_reason == "更正日期：按会议纪要更正完成日期"
    assert latest.history_channel == Channel.API


def test_correction_rules(ledger, users, today):
    measure = ledger.east_measures[1]  # 正在推进
    with pytest.raises(ValidationError, match="只有已完成或基本完成"):
        measure_correct_dates(measure=measure, user=users.admin, note="x", completed_on=today)
    with pytest.raises(ValidationError, match="长期坚持"):
        measure_correct_dates(measure=measure, user=users.admin, note="x", next_review_on=today)
    done = ledger.east_measures[0]
    with pytest.raises(ValidationError, match="不能晚于今天"):
        measure_correct_dates(measure=done, user=users.admin, note="x", completed_on=today + timedelta(days=1))
    with pytest.raises(ValidationError, match="须填写说明"):
        measure_correct_dates(measure=done, user=users.admin, note=" ", completed_on=today)


def test_admin_action_corrects_dates_for_supervisors(ledger, users, login, today):
    measure = ledger.east_measures[0]
    client = login(users.supervisor)
    url = reverse("admin:ledger_measure_changelist")
    day = today - timedelta(days=5)
    client.post(
        url,
        {
            "action": "correct_dates",
            "_selected_action": [measure.pk],
            "apply": "1",
            "completed_on": day.isoformat(),
            "note": "更正",
        },
    )
    measure.refresh_from_db()
    assert measure.completed_on == day
    assert measure.history.first().history_user == users.supervisor
