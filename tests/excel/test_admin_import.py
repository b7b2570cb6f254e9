"""The admin's import page: upload, preview (nothing written), confirm (all written), errors shown by location."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from excel.admin import PENDING
from jobs.choices import JobKind, JobState
from jobs.models import Job
from ledger.choices import Channel, Status
from ledger.models import Measure
from tests.excel.conftest import edited, export_bytes

EAST = "东城区委-十三届示范省委第四轮巡视"
URL = reverse("admin:ledger_measure_import_excel")


def upload(client, data: bytes, name="台账.xlsx"):
    return client.post(URL, {"file": SimpleUploadedFile(name, data)})


def test_changelist_links_the_import_page_for_editors_only(ledger, users, login):
    page = login(users.editor).get(reverse("admin:ledger_measure_changelist")).content.decode()
    assert URL in page and "导入Excel台账" in page
    client = login(users.viewer)
    assert URL not in client.get(reverse("admin:ledger_measure_changelist")).content.decode()
    assert client.get(URL).status_code == 403


def test_preview_then_confirm(ledger, users, login):
    client = login(users.editor)
    assert client.get(URL).status_code == 200
    measure = ledger.east_measures[1]
    data = edited(export_bytes(users.editor), {EAST: {"J4": "基本完成", "I4": "主体工作已完成"}})
    preview = upload(client, data)
    assert preview.status_code == 200
    body = preview.content.decode()
    assert "将进行的修改" in body and "正在推进" in body and "基本完成" in body and "主体工作已完成" in body
    token = preview.context["token"]
    assert token and PENDING.files(token, user_id=users.editor.pk)
    assert Measure.objects.get(pk=measure.pk).status == Status.IN_PROGRESS  # nothing written yet

    # Another user cannot confirm someone else's upload.
    other = login(users.admin).post(URL, {"token": token})
    assert other.status_code == 302 and Measure.objects.get(pk=measure.pk).status == Status.IN_PROGRESS

    done = login(users.editor).post(URL, {"token": token})
    job = Job.objects.get()  # applied by a background job (inline in tests)
    assert done.status_code == 302 and done["Location"] == reverse("admin:jobs_job_change", args=[job.pk])
    assert (job.kind, job.state, job.requested_by) == (JobKind.EXCEL_IMPORT, JobState.DONE, users.editor)
    measure.refresh_from_db()
    assert measure.status == Status.BASICALLY_DONE
    record = measure.history.latest("history_date")
    assert (record.history_channel, record.history_user) == (Channel.EXCEL, users.editor)
    assert PENDING.files(token, user_id=users.editor.pk) == []
    again = login(users.editor).post(URL, {"token": token})
    assert again.status_code == 302  # the stash is gone: “预览已过期”


def test_errors_are_listed_by_location_and_cannot_be_confirmed(ledger, users, login):
    client = login(users.editor)
    data = edited(export_bytes(users.editor), {EAST: {"H3": "下个月"}})
    response = upload(client, data)
    body = response.content.decode()
    assert "未写入任何数据" in body
    assert "H（完成时限）" in body and "“下个月”不是有效的日期" in body
    assert response.context["token"] == ""
    assert "确认导入" not in body


def test_upload_must_be_an_xlsx(users, login):
    client = login(users.editor)
    response = upload(client, b"hello", name="台账.xlsx")
    assert "不是有效的 .xlsx 文件" in response.content.decode()
    response = upload(client, b"PK\x03\x04", name="台账.xls")
    assert "请上传 .xlsx 格式" in response.content.decode()
