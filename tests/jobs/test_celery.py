"""The queue itself: a real Celery worker taking jobs from Redis. Runs only when CELERY_BROKER_URL is set, e.g.
CELERY_BROKER_URL=redis://127.0.0.1:6379/2 .venv/bin/pytest tests/jobs/test_celery.py (CI runs without it)."""

import os
import time

import pytest

from config.celery import app
from jobs.choices import JobState
from jobs.models import Job

BROKER = os.environ.get("CELERY_BROKER_URL", "")

pytestmark = [
    pytest.mark.skipif(not BROKER, reason="CELERY_BROKER_URL 未设置：不启动 Celery worker"),
    pytest.mark.django_db(transaction=True),  # the worker reads committed rows with its own connection
]


@pytest.fixture
def worker(settings):
    from celery.contrib.testing.worker import start_worker

    settings.CELERY_BROKER_URL = BROKER
    app.conf.broker_url = BROKER
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30) as started:
        yield started


def test_a_job_started_through_the_api_is_run_by_the_worker(worker, api):
    from accounts.roles import Role
    from accounts.services import user_create

    admin = user_create(username="root", password="pw-root-123", role=Role.ADMIN)
    response = api(admin).post("/api/jobs/reminders/", {}, format="json")
    assert response.status_code == 202  # answered at once (the worker may already have taken the job)
    job = Job.objects.get(pk=response.json()["id"])
    for _ in range(300):  # the worker's turn, at most about 30 s
        job.refresh_from_db()
        if job.state in (JobState.DONE, JobState.FAILED):
            break
        time.sleep(0.1)
    assert (job.state, job.progress, job.errors) == (JobState.DONE, 100, [])
    assert job.started_at is not None and job.message.startswith("共发送")
