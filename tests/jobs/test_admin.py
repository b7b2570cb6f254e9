"""后台任务 in the admin: Chinese list and detail, a progress bar its static script updates, results and errors."""

import re

from django.urls import reverse

from jobs.choices import JobKind, JobState
from jobs.models import Job
from jobs.services import job_create
from tests.test_chinese_pages import english_words


def test_list_and_detail_render_in_chinese_with_result_and_progress(users, login):
    done = job_create(kind=JobKind.EXCEL_EXPORT, user=users.editor, parameters={"filters": {"unit": 2}})
    queued = Job.objects.create(kind=JobKind.PROGRESS_REPORT, requested_by=users.editor, parameters={"inspection": 1})
    client = login(users.editor)
    listing = client.get(reverse("admin:jobs_job_changelist"))
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "后台任务" in page and "Excel台账导出" in page and "排队中" in page and "已完成" in page
    assert not english_words(page) - {users.editor.username}  # user names are data

    detail = client.get(reverse("admin:jobs_job_change", args=[done.pk])).content.decode()
    assert not english_words(detail) - {users.editor.username}
    assert reverse("job-result", args=[done.pk]) in detail and done.result_name in detail
    assert "单位（含下级）：2" in detail and "导出完成" in detail
    # The bar is updated by a static script polling the job's JSON (CSP: no inline script, no handlers).
    assert re.search(r'<script src="[^"]*jobs/progress\.js"', detail)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", detail) and " onclick=" not in detail
    running = client.get(reverse("admin:jobs_job_change", args=[queued.pk])).content.decode()
    assert f'data-url="{reverse("job-detail", args=[queued.pk])}" data-state="queued"' in running


def test_errors_are_shown_and_other_users_jobs_are_hidden(users, login):
    job = Job.objects.create(
        kind=JobKind.EXCEL_IMPORT,
        requested_by=users.editor,
        state=JobState.FAILED,
        errors=["工作表“东城区委”第3行“完成时限”：无法识别日期“下个月”"],
        parameters={"area": "job-input", "token": "t", "owner": users.editor.pk, "files": ["东城台账.xlsx"]},
    )
    page = login(users.editor).get(reverse("admin:jobs_job_change", args=[job.pk])).content.decode()
    assert "第3行“完成时限”：无法识别日期“下个月”" in page and "失败" in page and "文件：东城台账.xlsx" in page
    viewer = login(users.viewer)
    assert viewer.get(reverse("admin:jobs_job_change", args=[job.pk])).status_code == 302  # “不存在”, to the index
    listing = viewer.get(reverse("admin:jobs_job_changelist")).content.decode()
    assert reverse("admin:jobs_job_change", args=[job.pk]) not in listing
    assert login(users.admin).get(reverse("admin:jobs_job_change", args=[job.pk])).status_code == 200


def test_a_large_export_is_started_from_the_admin_within_the_users_units(ledger, users, login):
    client = login(users.editor)
    url = reverse("admin:jobs_job_export")
    assert url in client.get(reverse("admin:jobs_job_changelist")).content.decode()
    form = client.get(url)
    assert form.status_code == 200 and not english_words(form.content.decode()) - {users.editor.username}
    refused = client.post(url, {"unit": ledger.west.pk})  # not among the editor's units
    assert refused.status_code == 200 and "unit" in refused.context["form"].errors and not Job.objects.exists()
    done = client.post(url, {"unit": ledger.east.pk, "status": ["in_progress"]})
    job = Job.objects.get()
    assert done["Location"] == reverse("admin:jobs_job_change", args=[job.pk])
    assert job.parameters == {"filters": {"unit": ledger.east.pk, "status": ["in_progress"]}}
    assert (job.state, job.outcome["measures"]) == (JobState.DONE, 2)  # east's and its street's in progress


def test_the_inspection_pages_buttons_start_jobs_and_the_job_page_offers_the_result(ledger, users, login):
    client = login(users.editor)
    own, other = ledger.east_inspection, ledger.west_inspection
    export = reverse("admin:ledger_inspection_export_excel", args=[own.pk])
    report = reverse("admin:ledger_inspection_progress_report", args=[own.pk])
    sheet = client.get(reverse("admin:ledger_inspection_sheet", args=[own.pk])).content.decode()
    assert f'<form method="post" id="tz-link-1" action="{export}">' in sheet and 'form="tz-link-1">导出Excel台账<' in sheet
    # A GET (old link) creates nothing: a page with the button.
    confirm = client.get(export)
    assert confirm.status_code == 200 and not Job.objects.exists()
    assert not english_words(confirm.content.decode()) - {users.editor.username}
    for url, kind, name in ((export, JobKind.EXCEL_EXPORT, ".xlsx"), (report, JobKind.PROGRESS_REPORT, ".docx")):
        started = client.post(url)
        job = Job.objects.get(kind=kind)
        assert started["Location"] == reverse("admin:jobs_job_change", args=[job.pk])
        assert (job.requested_by, job.state) == (users.editor, JobState.DONE) and job.result_name.endswith(name)
        page = client.get(started["Location"]).content.decode()
        assert reverse("job-result", args=[job.pk]) in page and "已提交" in page
        assert client.get(reverse("job-result", args=[job.pk])).status_code == 200
    for url in ("admin:ledger_inspection_export_excel", "admin:ledger_inspection_progress_report"):
        assert client.post(reverse(url, args=[other.pk])).status_code == 404
    assert login(users.viewer).post(export).status_code == 404  # the viewer's unit is above east: not visible
    assert Job.objects.count() == 2
