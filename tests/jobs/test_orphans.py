"""Jobs left 排队中/运行中 by a process that ended (crash, restart) are failed when jobs are next looked at."""

import os
import subprocess
import sys
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from jobs import processes
from jobs.choices import JobKind, JobState
from jobs.models import Job
from jobs.services import ORPHANED, STALE_IN_QUEUE, job_create, jobs_fail_orphaned


def _ended_process() -> str:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # reaped: its pid is free (or, rarely, someone else's with another start time)
    return f"{processes.HOST}:{child.pid}:{processes._start_time(os.getpid())}"


def _job(state, runner, **fields):
    return Job.objects.create(kind=JobKind.EXCEL_EXPORT, state=state, runner=runner, progress=40, **fields)


def test_process_identity_tells_ended_reused_and_foreign_processes_apart():
    me = processes.current()
    assert not processes.is_gone(me)
    assert processes.is_gone(_ended_process())
    host, pid, started = me.rsplit(":", 2)
    assert processes.is_gone(f"{host}:{pid}:{int(started) + 1}")  # our pid, but a process started at another time
    assert not processes.is_gone(f"another-host:{pid}:1")  # cannot be judged from here
    assert not processes.is_gone("") and not processes.is_gone("garbage")


def test_only_unfinished_jobs_of_ended_processes_are_failed(db):
    dead = _ended_process()
    running = _job(JobState.RUNNING, dead)
    queued = _job(JobState.QUEUED, dead)
    alive = _job(JobState.RUNNING, processes.current())
    elsewhere = _job(JobState.RUNNING, "another-host:1:1")
    broker = _job(JobState.QUEUED, "")  # waiting in Celery's queue: no process holds it yet
    done = _job(JobState.DONE, dead, message="导出完成")
    assert jobs_fail_orphaned() == 2
    for job in (running, queued):
        job.refresh_from_db()
        assert (job.state, job.errors, job.message) == (JobState.FAILED, [ORPHANED], "失败：任务进程已退出")
        assert job.finished_at is not None and job.progress == 40
    states = Job.objects.filter(pk__in=[alive.pk, elsewhere.pk, broker.pk, done.pk]).values_list("state", flat=True)
    assert sorted(states) == sorted([JobState.RUNNING, JobState.RUNNING, JobState.QUEUED, JobState.DONE])
    assert jobs_fail_orphaned() == 0


def test_the_admin_list_the_job_page_and_its_poll_show_the_failure(users, login):
    client = login(users.admin)
    for url in (
        lambda job: reverse("admin:jobs_job_changelist"),
        lambda job: reverse("admin:jobs_job_change", args=[job.pk]),
        lambda job: reverse("job-detail", args=[job.pk]),
    ):
        job = _job(JobState.RUNNING, _ended_process(), requested_by=users.admin)
        response = client.get(url(job))
        assert response.status_code == 200
        job.refresh_from_db()
        assert job.state == JobState.FAILED
    assert ORPHANED in client.get(reverse("admin:jobs_job_change", args=[job.pk])).content.decode()
    assert client.get(reverse("job-detail", args=[job.pk])).json()["errors"] == [ORPHANED]


def test_a_new_job_fails_the_orphans_first_and_records_its_process(users):
    orphan = _job(JobState.RUNNING, _ended_process())
    job = job_create(kind=JobKind.REMINDERS, user=users.admin, parameters={})
    orphan.refresh_from_db()
    assert orphan.state == JobState.FAILED
    assert (job.state, job.runner) == (JobState.DONE, processes.current())


def test_jobs_no_worker_took_within_the_queue_timeout_are_failed(db, settings):
    settings.JOBS_QUEUE_TIMEOUT_HOURS = 6
    now = timezone.now()

    def queued_since(hours, state=JobState.QUEUED, runner=""):
        job = _job(state, runner)
        Job.objects.filter(pk=job.pk).update(created_at=now - timedelta(hours=hours))
        return job

    lost = queued_since(7)  # handed to Celery, never taken (Redis restarted, no worker)
    waiting = queued_since(5)  # still within the timeout: workers may be busy
    long_running = queued_since(30, JobState.RUNNING, processes.current())  # taken, and its process lives
    assert jobs_fail_orphaned() == 1
    lost.refresh_from_db()
    assert (lost.state, lost.message) == (JobState.FAILED, "失败：任务在队列中等待过久")
    assert lost.errors == [STALE_IN_QUEUE.format(hours=6)] and "超过6小时仍未开始执行" in lost.errors[0]
    assert Job.objects.get(pk=waiting.pk).state == JobState.QUEUED
    assert Job.objects.get(pk=long_running.pk).state == JobState.RUNNING
