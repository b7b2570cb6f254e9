"""The job page's progress bar follows the job in a real browser, under the CSP, and shows the outcome when done."""

import pytest

from accounts.roles import Role
from accounts.services import user_create
from jobs.choices import JobKind, JobState
from jobs.models import Job
from tests.e2e.conftest import PASSWORD, login, sync_api
from tests.e2e.test_csp import watch_csp

pytestmark = pytest.mark.e2e


def test_progress_bar_updates_then_the_page_shows_the_finished_job(page, transactional_db):
    admin = user_create(username="admin", password=PASSWORD, role=Role.ADMIN)
    job = Job.objects.create(
        kind=JobKind.EXCEL_EXPORT, requested_by=admin, state=JobState.RUNNING, progress=40, message="已写入 400/1000"
    )
    violations = watch_csp(page)
    login(page, "admin")
    page.goto(f"{page.base}/admin/jobs/job/{job.pk}/change/")
    assert page.text_content(".tz-job-percent") == "40%"

    Job.objects.filter(pk=job.pk).update(progress=70, message="已写入 700/1000")
    sync_api.expect(page.locator(".tz-job-percent")).to_have_text("70%")  # polled from GET /api/jobs/{id}/
    assert page.text_content(".tz-job-message") == "已写入 700/1000"
    assert page.eval_on_selector(".tz-job-bar", "bar => bar.value") == 70

    Job.objects.filter(pk=job.pk).update(state=JobState.DONE, progress=100, message="导出完成：1000 项整改措施")
    page.wait_for_selector('.tz-job[data-state="done"]')  # the page reloaded with the finished job
    assert page.text_content(".tz-job-state") == "已完成"
    assert "导出完成：1000 项整改措施" in page.text_content("#content")
    assert not violations
