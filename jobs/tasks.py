"""Celery tasks: the worker (`make worker`) runs jobs; beat (`make beat`) starts the daily reminders and the overview's
daily recount.

Celery's Django fix-up closes stale database connections around every task (CONN_MAX_AGE), as requests do."""

from celery import shared_task

from jobs.choices import JobKind
from jobs.services import job_create, job_run
from ledger.services.overview import overview_tallies_refresh


@shared_task(name="jobs.tasks.run_job")
def run_job(job_id: int) -> None:
    job_run(job_id=job_id)


@shared_task(name="jobs.tasks.daily_reminders")
def daily_reminders() -> None:
    """CELERY_BEAT_SCHEDULE: one reminders job a day, recorded like any other (提交人 empty: the system)."""
    job_create(kind=JobKind.REMINDERS, user=None, parameters={})


@shared_task(name="jobs.tasks.overview_tallies_rebuild")
def overview_tallies_rebuild() -> None:
    """CELERY_BEAT_SCHEDULE, just after midnight (Asia/Shanghai): the overview's tallies recounted for the new day's
    warning levels, so no reader waits for it (the first reader of the day rebuilds them otherwise). Housekeeping,
    not a user's job: no Job record."""
    overview_tallies_refresh(rebuild=True)
