"""A job's life in-process: queued → running → done (or failed with a Chinese error), progress along the way."""

import threading

import pytest

from accounts.roles import Role
from accounts.services import user_create
from excel import export
from jobs import kinds, services
from jobs.choices import JobKind, JobState
from jobs.models import Job
from jobs.services import INTERNAL_ERROR, job_create, job_run
from jobs.tasks import daily_reminders


def test_progress_is_reported_while_an_export_runs(users, monkeypatch):
    monkeypatch.setattr(export, "CHUNK_SIZE", 1)  # a progress report after every row of the six
    seen = []
    report = services.Progress.__call__

    def spy(self, percent, message=None):
        report(self, percent, message)
        seen.append(Job.objects.values_list("state", "progress", "message").get(pk=self.job_id))

    monkeypatch.setattr(services.Progress, "__call__", spy)
    job = job_create(kind=JobKind.EXCEL_EXPORT, user=users.admin, parameters={})
    assert [state for state, _, _ in seen] == [JobState.RUNNING] * len(seen)
    percents = [p for _, p, _ in seen]
    assert len(set(percents)) >= 5 and percents == sorted(percents) and max(percents) < 100
    assert "已写入 6/6 项整改措施" in [m for _, _, m in seen]
    assert (job.state, job.progress, job.outcome["measures"]) == (JobState.DONE, 100, 6)
    assert job.started_at <= job.finished_at


def test_an_unexpected_error_fails_the_job_in_chinese_and_it_runs_only_once(users, monkeypatch):
    calls = []

    def broken(job, progress):
        calls.append(job.pk)
        raise RuntimeError("boom")

    monkeypatch.setitem(kinds.RUNNERS, JobKind.PROGRESS_REPORT, broken)
    job = job_create(kind=JobKind.PROGRESS_REPORT, user=users.admin, parameters={"inspection": 1})
    assert (job.state, job.errors, job.message) == (JobState.FAILED, [INTERNAL_ERROR], "失败，未写入任何数据")
    assert not job.result and job.finished_at is not None
    again = job_run(job_id=job.pk)  # a redelivered message: the job is no longer queued
    assert again.state == JobState.FAILED and calls == [job.pk]


def test_the_daily_schedule_starts_a_reminders_job(db, settings):
    entry = settings.CELERY_BEAT_SCHEDULE["daily-reminders"]
    assert entry["task"] == daily_reminders.name
    hour, minute = settings.REMINDERS_AT.split(":")
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({int(hour)}, {int(minute)})
    daily_reminders()
    job = Job.objects.get()
    assert (job.kind, job.requested_by, job.state) == (JobKind.REMINDERS, None, JobState.DONE)


@pytest.mark.django_db(transaction=True)
def test_without_a_broker_a_job_runs_in_a_thread_after_the_request(settings):
    # A real commit is needed: the thread reads the job with its own connection (SQLite's in-memory test
    # database is shared between threads).
    settings.JOBS_IN_PROCESS = "thread"
    admin = user_create(username="root", password="pw-root-123", role=Role.ADMIN)
    job = job_create(kind=JobKind.REMINDERS, user=admin, parameters={})
    assert job.state == JobState.QUEUED  # the caller gets the queued job at once
    # Wait for the thread (unless it is done already) instead of polling: SQLite's shared in-memory test
    # database locks whole tables.
    for thread in [t for t in threading.enumerate() if t.name == f"job-{job.pk}"]:
        thread.join(timeout=60)
    job.refresh_from_db()
    assert (job.state, job.progress, job.errors) == (JobState.DONE, 100, [])


def drop_pools(app):
    """The app keeps its broker connections in pools: drop them when the broker changes."""
    if app._pool is not None:
        app._pool.force_close_all()
    app._pool = None
    app.amqp._producer_pool = None


@pytest.mark.django_db(transaction=True)
def test_a_job_the_queue_cannot_take_fails_with_the_reason(settings, monkeypatch):
    from config.celery import app

    keys = ["broker_url", "broker_connection_retry", "broker_connection_max_retries", "broker_transport_options"]
    saved = {key: app.conf[key] for key in keys}
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    monkeypatch.setenv("CELERY_BROKER_URL", settings.CELERY_BROKER_URL)  # Celery reads it before its own setting
    drop_pools(app)
    app.conf.update(
        broker_url=settings.CELERY_BROKER_URL,
        broker_connection_retry=False,
        broker_connection_max_retries=0,
        broker_transport_options={"max_retries": 0},
    )
    try:
        admin = user_create(username="root", password="pw-root-123", role=Role.ADMIN)
        job = job_create(kind=JobKind.REMINDERS, user=admin, parameters={})
    finally:
        app.conf.update(saved)
        drop_pools(app)
    job.refresh_from_db()
    assert (job.state, job.errors) == (JobState.FAILED, [services.QUEUE_DOWN])
