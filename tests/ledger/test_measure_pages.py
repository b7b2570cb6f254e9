"""Measure list filters and columns, the measure page's 销号/回头看 buttons and evidence preview, the item tree list."""

import re
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ledger.choices import Status
from ledger.models import Evidence
from ledger.services import evidence_create, measure_close_out
from tests.ledger.conftest import make_item, make_measure
from tests.ledger.synthetic import synthetic_inspection

LIST = reverse("admin:ledger_measure_changelist")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
PDF = b"%PDF-1.4\n% minutes\n"


def listed(response):
    return {m.pk for m in response.context["cl"].result_list}


def add_evidence(measure, name="a.pdf", content=PDF, user=None):
    return evidence_create(measure=measure, upload=SimpleUploadedFile(name, content), user=user)


def test_measure_list_filters_return_exactly_the_matching_measures(ledger, users, login, today):
    done, in_progress = ledger.east_measures
    not_started = make_measure(ledger.east_problem, "未启动的措施", Status.NOT_STARTED, today + timedelta(days=3))
    long_term = make_measure(ledger.east_problem, "长期坚持的措施", Status.LONG_TERM)
    add_evidence(done)
    street_done, street_overdue = (m.pk for m in ledger.street_measures)  # the editor's sub-unit
    client = login(users.editor)
    cases = {
        "?unfinished=1": {in_progress.pk, not_started.pk, street_overdue},
        "?warning=any": {in_progress.pk, not_started.pk, street_overdue},  # red overdue, blue due in 3 days
        "?evidence=1": {done.pk},
        "?evidence=0": {in_progress.pk, not_started.pk, long_term.pk, street_done, street_overdue},
        "?closed=0": {done.pk, in_progress.pk, not_started.pk, long_term.pk, street_done, street_overdue},
        "?closed=1": set(),
    }
    for query, expected in cases.items():
        assert listed(client.get(LIST + query)) == expected, query
    measure_close_out(measure=done, user=users.supervisor, note="同意")
    assert listed(client.get(LIST + "?closed=1")) == {done.pk}


def test_measure_list_shows_evidence_counts_with_constant_queries(ledger, users, login):
    client = login(users.admin)
    add_evidence(ledger.east_measures[0])
    add_evidence(ledger.east_measures[0], "b.png", PNG)
    response = client.get(LIST)
    counts = {m.pk: m.evidence_count for m in response.context["cl"].result_list}
    assert counts[ledger.east_measures[0].pk] == 2 and counts[ledger.east_measures[1].pk] == 0
    with CaptureQueriesContext(connection) as before:
        client.get(LIST)
    synthetic_inspection(ledger.east, ledger.round, problems=20, group="甲")
    with CaptureQueriesContext(connection) as after:
        client.get(LIST)
    assert len(after) == len(before)


def test_feedback_item_list_is_a_tree_with_rollups_and_constant_queries(ledger, users, login):
    url = reverse("admin:ledger_feedbackitem_changelist")
    aspect2 = make_item(ledger.east_inspection, "第二方面", label="（二）")
    problem2 = make_item(ledger.east_inspection, "第二方面的问题", parent=aspect2, label="1.")
    client = login(users.admin)
    response = client.get(url + f"?inspection__id__exact={ledger.east_inspection.pk}")
    rows = list(response.context["cl"].result_list)
    # As the report reads, not grouped by level.
    assert [i.pk for i in rows] == [ledger.east_aspect.pk, ledger.east_problem.pk, aspect2.pk, problem2.pk]
    assert rows[1].rollup.total == 2 and rows[1].rollup.status == Status.IN_PROGRESS
    body = response.content.decode()
    assert "东城区委问题" in body and "2（已完成1）" in body and "padding-left:1.5em" in body
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    synthetic_inspection(ledger.east, ledger.round, problems=30, group="甲")
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)


def change_page(client, measure):
    return client.get(reverse("admin:ledger_measure_change", args=[measure.pk]))


def test_close_out_button_explains_why_it_is_disabled(ledger, users, login):
    done, in_progress = ledger.east_measures
    client = login(users.supervisor)
    page = change_page(client, in_progress)
    assert "只有状态为“已完成”的措施才能销号（当前状态：正在推进）" in page.content.decode()
    assert page.context["close_out_refusal"]
    page = change_page(client, done)
    assert page.context["close_out_refusal"] == "销号前须至少上传一份佐证材料。"
    add_evidence(done)
    page = change_page(client, done)
    assert page.context["close_out_refusal"] is None and page.context["reopen_refusal"] == "该措施尚未销号，无需重新打开。"
    # Editors get no oversight panel.
    assert "oversight" not in change_page(login(users.editor), done).context


def test_close_out_and_reopen_from_the_measure_page(ledger, users, login, today):
    done, in_progress = ledger.east_measures
    client = login(users.supervisor)
    url = reverse("admin:ledger_measure_close_out", args=[in_progress.pk])
    response = client.post(url, {"note": "同意"}, follow=True)
    assert any("只有状态为“已完成”" in str(m) for m in response.context["messages"])
    in_progress.refresh_from_db()
    assert in_progress.closed_at is None
    add_evidence(done)
    client.post(reverse("admin:ledger_measure_close_out", args=[done.pk]), {"note": "佐证齐全，同意销号"})
    done.refresh_from_db()
    assert done.closed_by == users.supervisor and done.close_note == "佐证齐全，同意销号"
    client.post(reverse("admin:ledger_measure_reopen", args=[done.pk]),
                {"reason": "回头看发现反弹", "new_deadline": (today + timedelta(days=30)).isoformat()})
    done.refresh_from_db()
    assert done.closed_at is None and done.status == Status.IN_PROGRESS
    # Editors may not post either, and other units' measures are not found.
    editor = login(users.editor)
    assert editor.post(reverse("admin:ledger_measure_close_out", args=[done.pk]), {"note": "x"}).status_code == 403
    west = ledger.west_measures[0]
    sup = login(users.supervisor)
    assert sup.get(reverse("admin:ledger_measure_close_out", args=[west.pk])).status_code == 405


def test_measure_page_shows_timeline_and_evidence_summary_and_hides_internal_fields(ledger, users, login):
    measure = ledger.east_measures[1]
    client = login(users.editor)
    client.post(reverse("admin:ledger_inspection_sheet", args=[ledger.east_inspection.pk]), {
        "action": "edit", "id": measure.pk, "version": measure.version, "status": Status.BASICALLY_DONE,
        "note": "第一次进展", "deadline": "", "responsible_leader": "", "lead_unit": "", "responsible_units": ""})
    evidence = add_evidence(measure, "现场照片.png", PNG, user=users.editor)
    body = change_page(client, measure).content.decode()
    assert 'class="tz-timeline"' in body and "第一次进展" in body and "基本完成" in body
    assert "现场照片.png" in body and f'title="SHA-256：{evidence.sha256}"' in body and f"{evidence.sha256[:12]}…" in body
    assert reverse("ledger:evidence-preview", args=[evidence.pk]) in body
    assert "id_position" not in body and "field-position" not in body and "id_evidence-0-sha256" not in body
    assert "field-position" in change_page(login(users.admin), measure).content.decode()


def test_preview_serves_only_sniffed_safe_types_inline(ledger, users, login):
    measure = ledger.east_measures[1]
    png = add_evidence(measure, "photo.png", PNG)
    pdf = add_evidence(measure, "minutes.pdf", PDF)
    docx = add_evidence(measure, "report.docx", b"PK\x03\x04" + b"\x00" * 20)
    disguised = Evidence.objects.create(  # a stored file whose name claims an image but holds HTML
        measure=measure, title="伪装", file=SimpleUploadedFile("x.png", b"<html><script>alert(1)</script>"),
        original_name="x.png", size=31, sha256="f" * 64)
    client = login(users.editor)

    def get(evidence):
        return client.get(reverse("ledger:evidence-preview", args=[evidence.pk]))

    for evidence, kind in ((png, "image/png"), (pdf, "application/pdf")):
        response = get(evidence)
        assert response["Content-Type"] == kind
        assert response["Content-Disposition"].startswith("inline")
        assert response["X-Content-Type-Options"] == "nosniff"
    for evidence in (docx, disguised):
        response = get(evidence)
        assert response["Content-Type"] == "application/octet-stream"
        assert response["Content-Disposition"].startswith("attachment")
        assert response["X-Content-Type-Options"] == "nosniff"
    other = add_evidence(ledger.west_measures[0], "w.png", PNG)
    assert get(other).status_code == 404


def test_inspection_page_has_no_parent_drop_down(ledger, users, login):
    body = login(users.admin).get(
        reverse("admin:ledger_inspection_change", args=[ledger.east_inspection.pk])).content.decode()
    assert 'name="items-1-label"' in body  # the structure inline is there…
    assert not re.search(r'<select[^>]*name="items-\d+-parent"', body)  # …without a drop-down of every item
    assert "（一）东城区委方面" in body and "<details" in body
    assert reverse("admin:ledger_inspection_sheet", args=[ledger.east_inspection.pk]) in body
