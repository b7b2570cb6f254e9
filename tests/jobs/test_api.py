"""Starting jobs through the API: 202 with the job's URL, then GET for state, progress, result and errors."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from imports.models import ImportRun
from jobs.choices import JobKind, JobState
from jobs.models import Job
from ledger.choices import Channel, Status
from ledger.models import Measure, ReminderLog
from tests.excel.conftest import edited, export_bytes

EAST = "东城区委-十三届示范省委第四轮巡视"


def start(client, path, data=None, **kwargs):
    response = client.post(f"/api/jobs/{path}/", data or {}, **kwargs)
    return response


def accepted(response):
    assert response.status_code == 202, response.content.decode()
    body = response.json()
    assert response["Location"] == body["url"] and body["url"].endswith(f"/api/jobs/{body['id']}/")
    return body


def test_excel_export_job_answers_202_and_its_result_holds_only_the_users_units(api, users, ledger):
    client = api(users.editor)
    body = accepted(start(client, "excel-export", {"filters": {"status": Status.IN_PROGRESS}}, format="json"))
    job = client.get(body["url"]).json()
    assert (job["state"], job["state_display"], job["progress"], job["kind_display"]) == (
        JobState.DONE, "已完成", 100, "Excel台账导出"
    )
    assert job["outcome"] == {"measures": 2, "sheets": 2}  # east's and its street's in-progress measures
    download = client.get(job["result_url"])
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")
    wb = openpyxl.load_workbook(io.BytesIO(b"".join(download.streaming_content)))
    texts = {c for ws in wb.worksheets[1:] for row in ws.iter_rows(values_only=True) for c in row if c}
    assert "东城区委措施二" in texts and "新华街道措施二" in texts
    assert not {t for t in texts if isinstance(t, str) and "西城区委" in t}


def test_invalid_filters_answer_400_and_start_nothing(api, users):
    response = start(api(users.editor), "excel-export", {"filters": {"unit": "abc"}}, format="json")
    assert response.status_code == 400 and "unit" in response.json()["errors"]["filters"][0]
    assert not Job.objects.exists()


@pytest.mark.parametrize(
    "filters, reason",
    [({"colour": "red"}, "未知的筛选条件"), ({"status": "in\x00progress"}, "文字、数字"), ({"status": {"a": 1}}, "文字、数字")],
)
def test_unknown_or_unstorable_filters_answer_400_and_start_nothing(api, users, filters, reason):
    response = start(api(users.editor), "excel-export", {"filters": filters}, format="json")
    assert response.status_code == 400 and reason in response.json()["errors"]["filters"][0]
    assert not Job.objects.exists()


def test_a_user_sees_only_their_own_jobs_administrators_all(api, users):
    own = accepted(start(api(users.editor), "excel-export", format="json"))
    assert api(users.viewer).get(own["url"]).status_code == 404
    assert api(users.viewer).get(own["url"] + "result/").status_code == 404
    assert api(users.supervisor).get("/api/jobs/").json()["count"] == 0
    assert api(users.admin).get(own["url"]).status_code == 200
    assert [j["id"] for j in api(users.editor).get("/api/jobs/").json()["results"]] == [own["id"]]
    assert api().get(own["url"]).status_code == 401


def test_progress_report_job_only_for_a_visible_inspection(api, users, ledger):
    client = api(users.viewer)  # the street's viewer
    refused = start(client, "progress-report", {"inspection": ledger.west_inspection.pk}, format="json")
    assert refused.status_code == 400 and not Job.objects.exists()
    body = accepted(start(client, "progress-report", {"inspection": ledger.street_inspection.pk}, format="json"))
    job = client.get(body["url"]).json()
    assert job["state"] == JobState.DONE and job["result_name"].endswith("（草稿）.docx")
    assert b"".join(client.get(job["result_url"]).streaming_content).startswith(b"PK")


def test_reminders_job_is_for_administrators(api, users, ledger, mailoutbox):
    users.editor.email = "east@example.org"
    users.editor.save()
    assert start(api(users.editor), "reminders", format="json").status_code == 403
    body = accepted(start(api(users.admin), "reminders", format="json"))
    job = Job.objects.get(pk=body["id"])
    assert job.state == JobState.DONE and job.outcome["sent"] == len(mailoutbox) >= 1
    assert job.message.startswith(f"共发送 {len(mailoutbox)} 封提醒邮件")
    assert ReminderLog.objects.exists()


def test_a_refused_document_import_fails_with_the_reason_and_writes_nothing(api, users):
    before = Measure.objects.count()
    upload = SimpleUploadedFile("随手记.txt", "随便写点什么。".encode())
    body = accepted(start(api(users.admin), "document-import", {"files": [upload]}, format="multipart"))
    job = Job.objects.get(pk=body["id"])
    assert job.state == JobState.FAILED and job.kind == JobKind.DOCUMENT_IMPORT
    assert len(job.errors) == 1 and "随手记.txt" in job.errors[0]
    assert Measure.objects.count() == before
    assert ImportRun.objects.get().outcome == ImportRun.Outcome.FAILED  # recorded as every failed import is
    assert api(users.admin).get(body["url"]).json()["errors"] == job.errors


def test_only_administrators_import_documents(api, users):
    upload = SimpleUploadedFile("a.txt", "文本".encode())
    response = start(api(users.editor), "document-import", {"files": [upload]}, format="multipart")
    assert response.status_code == 403 and not Job.objects.exists()


def test_excel_import_job_applies_all_rows_or_none(api, users, ledger):
    client = api(users.editor)
    measure = ledger.east_measures[1]
    bad = edited(export_bytes(users.editor), {EAST: {"J4": "基本完成", "H3": "下个月"}})
    body = accepted(start(client, "excel-import", {"file": SimpleUploadedFile("台账.xlsx", bad)}, format="multipart"))
    job = client.get(body["url"]).json()
    assert job["state"] == JobState.FAILED and job["state_display"] == "失败"
    assert any("第3行" in e and "完成时限" in e for e in job["errors"]), job["errors"]
    assert Measure.objects.get(pk=measure.pk).status == Status.IN_PROGRESS  # the valid row was not written either

    good = edited(export_bytes(users.editor), {EAST: {"J4": "基本完成", "I4": "主体工作已完成"}})
    body = accepted(start(client, "excel-import", {"file": SimpleUploadedFile("台账.xlsx", good)}, format="multipart"))
    assert client.get(body["url"]).json()["state"] == JobState.DONE
    measure.refresh_from_db()
    assert measure.status == Status.BASICALLY_DONE
    record = measure.history.latest("history_date")
    assert (record.history_channel, record.history_user) == (Channel.EXCEL, users.editor)


@pytest.mark.parametrize("name,data", [("台账.csv", b"a,b"), ("台账.xlsx", b"not a zip")])
def test_excel_import_refuses_what_is_not_a_workbook_before_starting(api, users, name, data):
    response = start(api(users.editor), "excel-import", {"file": SimpleUploadedFile(name, data)}, format="multipart")
    assert response.status_code == 400 and not Job.objects.exists()
