"""Celery tasks: the worker (`make worker`) runs jobs; beat (`make beat`) starts the daily reminders."""

from celery import shared_task
from django.db import close_old_connections

from jobs.choices import JobKind
from jobs.services import job_create, job_run


@shared_task(name="jobs.tasks.run_job")
def run_job(job_id: int) -> None:
    close_old_connections()  # a worker process lives long: drop connections the database has closed
    job_run(job_id=job_id)


@shared_task(name="jobs.tasks.daily_reminders")
def daily_reminders() -> None:
    """CELERY_BEAT_SCHEDULE: one reminders job a day, recorded like any other (提交人 empty: the system)."""
    close_old_connections()
    job_create(kind=JobKind.REMINDERS, user=None, parameters={})

