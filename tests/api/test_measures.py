"""Writes through the API: services, history channel, ETag/If-Match, close-out, bulk atomicity."""

from datetime import timedelta

import pytest

from ledger.choices import Channel, Status
from ledger.models import Measure
from ledger.services import evidence_create, save_tracked
from tests.ledger.test_evidence import pdf_upload


def test_status_change_needs_a_note_and_is_logged_with_channel_api(ledger, users, api):
    measure = ledger.east_measures[1]
    client = api(users.editor)
    response = client.patch(f"/api/measures/{measure.pk}/", {"status": "done"}, format="json")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "提交的数据有误。",
        "code": "invalid",
        "errors": {"note": ["修改整改状态时，请填写进展说明。"]},
    }
    response = client.patch(f"/api/measures/{measure.pk}/", {"status": "done", "note": "已全部完成"}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["status"] == "done" and body["is_overdue"] is False and body["version"] == measure.version + 1
    measure.refresh_from_db()
    assert measure.history.first().history_channel == Channel.API
    assert measure.history.first().history_user == users.editor
    note = measure.notes.get()
    assert (note.text, note.channel, note.author) == ("已全部完成", Channel.API, users.editor)


def test_etag_and_if_match_prevent_lost_updates(ledger, users, api):
    measure = ledger.east_measures[1]
    client = api(users.editor)
    first = client.get(f"/api/measures/{measure.pk}/")
    etag = first["ETag"]
    assert etag == f'"measure-{measure.pk}-v{measure.version}"'
    other = Measure.objects.get(pk=measure.pk)
    other.lead_unit = "区财政局"
    save_tracked(other, user=users.admin)
    stale = client.patch(f"/api/measures/{measure.pk}/", {"lead_unit": "区教育局"}, format="json", HTTP_IF_MATCH=etag)
    assert stale.status_code == 412
    assert stale.json()["code"] == "precondition_failed"
    measure.refresh_from_db()
    assert measure.lead_unit == "区财政局"
    fresh = client.get(f"/api/measures/{measure.pk}/")["ETag"]
    ok = client.patch(f"/api/measures/{measure.pk}/", {"lead_unit": "区教育局"}, format="json", HTTP_IF_MATCH=fresh)
    assert ok.status_code == 200 and ok["ETag"] != fresh


def test_delete_with_stale_if_match_is_refused(ledger, users, api):
    inspection = ledger.west_inspection
    client = api(users.admin)
    etag = client.get(f"/api/inspections/{inspection.pk}/")["ETag"]
    inspection.group = "改过了"
    save_tracked(inspection)
    assert (
        client.delete(f"/api/measures/{ledger.west_measures[0].pk}/", HTTP_IF_MATCH='"measure-1-v99"').status_code
        == 412
    )
    assert client.delete(f"/api/inspections/{inspection.pk}/", HTTP_IF_MATCH=etag).status_code == 412
    assert Measure.objects.filter(pk=ledger.west_measures[0].pk).exists()


def test_garbage_if_match_is_a_400_not_a_500(ledger, users, api):
    response = api(users.admin).patch(
        f"/api/measures/{ledger.east_measures[0].pk}/", {}, format="json", HTTP_IF_MATCH="banana"
    )
    assert response.status_code == 400 and "If-Match" in response.json()["errors"]


def test_close_out_needs_supervisor_done_status_and_evidence(ledger, users, api):
    done, open_ = ledger.east_measures
    url = f"/api/measures/{done.pk}/close-out/"
    assert api(users.editor).post(url, {"note": "同意"}).status_code == 403
    no_evidence = api(users.supervisor).post(url, {"note": "同意"})
    assert no_evidence.status_code == 400 and "佐证材料" in str(no_evidence.json())
    evidence_create(measure=done, upload=pdf_upload())
    ok = api(users.supervisor).post(url, {"note": "材料齐全，同意销号"})
    assert ok.status_code == 200 and ok.json()["closed_at"]
    not_done = api(users.supervisor).post(f"/api/measures/{open_.pk}/close-out/", {"note": "同意"})
    assert not_done.status_code == 400
    # A closed-out measure is read-only to its unit editor.
    locked = api(users.editor).patch(f"/api/measures/{done.pk}/", {"lead_unit": "x"}, format="json")
    assert locked.status_code == 403
    no_deadline = api(users.supervisor).post(f"/api/measures/{done.pk}/reopen/", {"reason": "回头看发现反弹"})
    assert no_deadline.status_code == 400 and "new_deadline" in no_deadline.json()["errors"]
    reopened = api(users.supervisor).post(
        f"/api/measures/{done.pk}/reopen/", {"reason": "回头看发现反弹", "new_deadline": "2099-06-30"}
    )
    assert reopened.status_code == 200 and reopened.json()["status"] == Status.IN_PROGRESS
    assert done.history.count() >= 3


def test_bulk_patch_is_all_or_nothing_with_row_errors(ledger, users, api, today):
    a, b = ledger.east_measures[1], ledger.street_measures[1]
    foreign = ledger.west_measures[1]
    client = api(users.editor)
    rows = [
        {"id": a.pk, "status": "basically_done", "note": "基本完成"},
        {"id": foreign.pk, "status": "done", "note": "越权"},
        {"id": b.pk, "status": "done"},
    ]
    response = client.patch("/api/measures/bulk/", rows, format="json")
    assert response.status_code == 400
    errors = response.json()["errors"]["rows"]
    assert [e["index"] for e in errors] == [1, 2]
    assert errors[0]["errors"] == {"id": ["对象不存在或您无权修改。"]}
    assert "note" in errors[1]["errors"]
    a.refresh_from_db()
    assert a.status == Status.IN_PROGRESS and not a.notes.exists()
    good = [
        {"id": a.pk, "status": "basically_done", "note": "基本完成", "version": a.version},
        {"id": b.pk, "deadline": str(today + timedelta(days=30))},
    ]
    response = client.patch("/api/measures/bulk/", good, format="json")
    assert response.status_code == 200, response.content
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.status == Status.BASICALLY_DONE and b.deadline == today + timedelta(days=30)


def test_bulk_row_with_a_stale_version_fails_the_request(ledger, users, api):
    a = ledger.east_measures[1]
    response = api(users.editor).patch(
        "/api/measures/bulk/", [{"id": a.pk, "status": "done", "note": "完成", "version": a.version + 1}], format="json"
    )
    assert response.status_code == 400
    assert "version" in response.json()["errors"]["rows"][0]["errors"]


def test_progress_note_post_changes_status_through_the_service(ledger, users, api):
    measure = ledger.east_measures[1]
    response = api(users.editor).post(
        "/api/progress-notes/", {"measure": measure.pk, "text": "已基本完成", "status_after": "basically_done"}
    )
    assert response.status_code == 201, response.content
    measure.refresh_from_db()
    assert measure.status == Status.BASICALLY_DONE
    assert api(users.admin).patch(f"/api/progress-notes/{response.json()['id']}/", {"text": "改"}).status_code == 405


def test_evidence_upload_and_download(ledger, users, api):
    client = api(users.editor)
    measure = ledger.east_measures[0]
    response = client.post(
        "/api/evidence/", {"measure": measure.pk, "title": "纪要", "file": pdf_upload(body=b"x")}, format="multipart"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert len(body["sha256"]) == 64 and body["title"] == "纪要"
    download = client.get(f"/api/evidence/{body['id']}/download/")
    assert download.status_code == 200 and b"".join(download.streaming_content).endswith(b"x")
    bad = client.post("/api/evidence/", {"measure": measure.pk, "file": pdf_upload("a.exe")}, format="multipart")
    assert bad.status_code == 400 and "类型不受支持" in str(bad.json()["errors"])


def test_inspection_tree_is_nested_with_rollups(ledger, users, api):
    data = api(users.editor).get(f"/api/inspections/{ledger.east_inspection.pk}/?tree=1").json()
    (aspect,) = data["tree"]
    (problem,) = aspect["children"]
    assert aspect["title"] == "东城区委方面"
    assert [m["text"] for m in problem["measures"]] == ["东城区委措施一", "东城区委措施二"]
    assert aspect["rollup"] == {"status": "in_progress", "measures": 2, "overdue": 1}


def test_stats_by_unit_with_completion_rate(ledger, users, api):
    data = api(users.admin).get("/api/stats/?by=unit").json()
    rows = {row["label"]: row for row in data["rows"]}
    assert rows["东城区委"]["measures"] == 2 and rows["东城区委"]["done"] == 1
    assert rows["东城区委"]["completion_rate"] == 0.5 and rows["东城区委"]["overdue"] == 1
    assert data["totals"]["measures"] == 6 and data["totals"]["overdue"] == 3
    assert api(users.admin).get("/api/stats/?by=weather").status_code == 400
    only_overdue = api(users.admin).get("/api/stats/?by=status&overdue=true").json()
    assert only_overdue["totals"]["measures"] == 3


def test_cursor_paging_for_sync_clients(ledger, users, api):
    client = api(users.admin)
    first = client.get("/api/measures/?paging=cursor&page_size=4").json()
    assert len(first["results"]) == 4 and first["next"]
    second = client.get(first["next"]).json()
    seen = [r["id"] for r in first["results"] + second["results"]]
    assert sorted(seen) == sorted(Measure.objects.values_list("pk", flat=True))
    assert client.get("/api/measures/?page_size=100000").json()["count"] == 6


def test_excel_export_takes_the_list_filters_and_the_scope(ledger, users, api):
    import io

    import openpyxl

    response = api(users.editor).get("/api/measures/export/", {"status": "in_progress"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    book = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    cells = {str(c) for ws in book.worksheets[1:] for row in ws.iter_rows(values_only=True) for c in row if c}
    assert "东城区委措施二" in cells and "新华街道措施二" in cells
    assert "东城区委措施一" not in cells and "西城区委措施二" not in cells  # filtered out; out of scope
    bad = api(users.editor).get("/api/measures/export/", {"deadline_after": "昨天"})
    assert bad.status_code == 400 and "deadline_after" in bad.json()["errors"]


def test_patch_that_changes_nothing_keeps_the_version_and_writes_no_history(ledger, users, api):
    measure = ledger.east_measures[1]
    url = f"/api/measures/{measure.pk}/"
    client = api(users.editor)
    etag = client.get(url)["ETag"]
    history_before = measure.history.count()
    same = {"lead_unit": measure.lead_unit, "status": measure.status, "deadline": str(measure.deadline)}
    response = client.patch(url, same, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 200, response.content
    assert response.json()["version"] == measure.version and response["ETag"] == etag
    measure.refresh_from_db()
    assert measure.version == 1 and measure.history.count() == history_before and not measure.notes.exists()
    # A real change still moves the version and is recorded; the old ETag is then stale, even for a no-op.
    changed = client.patch(url, {"lead_unit": "区教育局"}, format="json", HTTP_IF_MATCH=etag)
    assert changed.status_code == 200 and changed.json()["version"] == 2
    assert measure.history.count() == history_before + 1
    assert client.patch(url, {"lead_unit": "区教育局"}, format="json", HTTP_IF_MATCH=etag).status_code == 412
    assert measure.history.count() == history_before + 1


def test_bulk_patch_refuses_more_rows_than_the_cap_before_touching_anything(ledger, users, api, settings):
    settings.BULK_MAX_ROWS = 3
    measures = [*ledger.east_measures, *ledger.street_measures]
    rows = [{"id": m.pk, "deadline": "2099-01-01"} for m in measures]
    response = api(users.editor).patch("/api/measures/bulk/", rows, format="json")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "提交的数据有误。",
        "code": "invalid",
        "errors": {"non_field_errors": ["一次最多批量修改3行，本次提交了4行。请分批提交，本次修改未生效。"]},
    }
    assert all(Measure.objects.get(pk=m.pk).version == 1 for m in measures)
    ok = api(users.editor).patch("/api/measures/bulk/", rows[:3], format="json")
    assert ok.status_code == 200, ok.content


def test_bulk_patch_cap_defaults_to_500_rows(ledger, users, api, settings):
    assert settings.BULK_MAX_ROWS == 500
    rows = [{"id": ledger.east_measures[1].pk, "deadline": "2099-01-01"}] * 3000  # the attack from issue 10
    response = api(users.editor).patch("/api/measures/bulk/", rows, format="json")
    assert response.status_code == 400
    assert "一次最多批量修改500行，本次提交了3000行" in response.json()["errors"]["non_field_errors"][0]
    assert ledger.east_measures[1].history.count() == 1


def test_bulk_patch_refuses_repeated_ids(ledger, users, api):
    a, b = ledger.east_measures[1], ledger.street_measures[1]
    rows = [
        {"id": a.pk, "deadline": "2099-01-01"},
        {"id": b.pk, "deadline": "2099-01-01"},
        {"id": a.pk, "deadline": "2099-02-01"},
        {"id": a.pk, "deadline": "2099-03-01"},
    ]
    response = api(users.editor).patch("/api/measures/bulk/", rows, format="json")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "批量修改未生效：部分行有误。",
        "code": "invalid",
        "errors": {
            "rows": [
                {"index": 2, "id": a.pk, "errors": {"id": ["同一措施在一批中只能出现一次，此行与第1行重复。"]}},
                {"index": 3, "id": a.pk, "errors": {"id": ["同一措施在一批中只能出现一次，此行与第1行重复。"]}},
            ]
        },
    }
    for measure in (a, b):
        assert measure.history.count() == 1


@pytest.mark.parametrize("by", ["unit", "round", "kind", "status", "inspection"])
def test_stats_rows_as_grouping_through_the_item_lists_them(ledger, users, api, by):
    """Grouping the stored unit/round/inspection gives the rows, in the order (by key), that grouping measure ⋈
    item ⋈ inspection gave."""
    from django.db.models import Count

    from ledger.models import InspectionRound
    from tests.ledger.conftest import make_inspection, make_item, make_measure

    second = InspectionRound(inspecting_body="示范省委", level=ledger.round.level, term=13, round_no=5)
    save_tracked(second)
    problem = make_item(make_inspection(ledger.city, second), "市委问题")
    make_measure(problem, "市委措施", Status.NOT_STARTED)
    joined = {
        "unit": "item__inspection__unit",
        "round": "item__inspection__round",
        "kind": "item__inspection__kind",
        "status": "status",
        "inspection": "item__inspection",
    }[by]
    expected = list(Measure.objects.order_by().values(joined).annotate(n=Count("id")).order_by(joined))
    rows = api(users.admin).get(f"/api/stats/?by={by}").json()["rows"]
    assert [(r["key"], r["measures"]) for r in rows] == [(e[joined], e["n"]) for e in expected]
