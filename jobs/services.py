"""Starting and running jobs. Writes to Job rows happen here only.

Dispatch: with `CELERY_BROKER_URL` set, a job is a Celery message (jobs.tasks.run_job) taken by `make worker`.
Without a broker (the `make run` default) it runs in a thread of the process that started it
(`JOBS_IN_PROCESS=thread`): the request answers at once and the page polls, nothing extra to install. Threads die
with their process, so a production site runs the worker; `JOBS_IN_PROCESS=sync` runs the job inline before the
request answers (tests, management commands).
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.db import connection, transaction
from django.utils import timezone

from jobs import processes
from jobs.choices import JobKind, JobState
from jobs.models import Job

logger = logging.getLogger(__name__)

INTERNAL_ERROR = "任务执行时发生内部错误，未写入任何数据。请联系管理员查看服务器日志。"


class JobFailed(Exception):
    """The work was refused (bad input, a rule): `errors` are shown to the user as they are, in Chinese."""

    def __init__(self, errors: list[str] | str):
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        super().__init__("；".join(self.errors))


class Progress:
    """Reports a running job's progress; writes only when the whole percentage or the message changes."""

    def __init__(self, job: Job):
        self.job_id = job.pk
        self.percent = 0
        self.message = ""

    def __call__(self, percent: float, message: str | None = None) -> None:
        percent = max(0, min(99, int(percent)))  # 100 only when the result is stored
        if percent == self.percent and (message is None or message == self.message):
            return
        self.percent = percent
        self.message = message if message is not None else self.message
        Job.objects.filter(pk=self.job_id).update(progress=percent, message=self.message[:500])


class Outcome:
    def __init__(self, message: str, *, file: File | None = None, filename: str = "", data: dict | None = None):
        self.message, self.file, self.filename, self.data = message, file, filename, data or {}


@transaction.atomic
def job_create(*, kind: str, user, parameters: dict | None = None) -> Job:
    """Record a job and hand it to the queue once the surrounding transaction commits."""
    jobs_fail_orphaned()
    job = Job(kind=kind, requested_by=user, parameters=parameters or {})
    if not settings.CELERY_BROKER_URL:
        job.runner = processes.current()  # its thread lives and dies with this process, even while still queued
    job.full_clean()
    job.save()
    if not settings.CELERY_BROKER_URL and settings.JOBS_IN_PROCESS == "sync":
        return job_run(job_id=job.pk)
    # A worker or thread reads the job with its own connection: only once it is committed.
    transaction.on_commit(lambda: _dispatch(job.pk))
    return job


QUEUE_DOWN = "任务队列暂时无法连接，任务未执行，未写入任何数据。请稍后重新提交。"


def _dispatch(job_id: int) -> None:
    if settings.CELERY_BROKER_URL:
        from jobs.tasks import run_job

        try:
            # Expires with the queue timeout: a message taken later would find its job failed anyway.
            run_job.apply_async((job_id,), expires=settings.JOBS_QUEUE_TIMEOUT_HOURS * 3600)
        except Exception:  # the broker is down: say so on the job instead of leaving it queued forever
            logger.exception("job %s could not be queued", job_id)
            Job.objects.filter(pk=job_id, state=JobState.QUEUED).update(
                state=JobState.FAILED, message="失败，未写入任何数据", errors=[QUEUE_DOWN], finished_at=timezone.now()
            )
    else:
        threading.Thread(target=_run_in_thread, args=(job_id,), name=f"job-{job_id}", daemon=True).start()


def _run_in_thread(job_id: int) -> None:
    try:
        job_run(job_id=job_id)
    finally:
        connection.close()  # the thread's own connection


def job_run(*, job_id: int) -> Job:
    """Run a queued job to its end: 已完成 with its result, or 失败 with its errors. Runs a job only once."""
    from jobs.kinds import RUNNERS

    now = timezone.now()
    # Claim the job: a redelivered message (worker lost, acks_late) finds it no longer queued.
    if not Job.objects.filter(pk=job_id, state=JobState.QUEUED).update(
        state=JobState.RUNNING, started_at=now, progress=0, message="开始处理", runner=processes.current()
    ):
        return Job.objects.get(pk=job_id)
    job = Job.objects.select_related("requested_by").get(pk=job_id)
    try:
        outcome = RUNNERS[JobKind(job.kind)](job, Progress(job))
    except JobFailed as exc:
        return _finish(job, JobState.FAILED, message="失败，未写入任何数据", errors=exc.errors)
    except Exception:
        logger.exception("job %s (%s) failed", job.pk, job.kind)
        return _finish(job, JobState.FAILED, message="失败，未写入任何数据", errors=[INTERNAL_ERROR])
    if outcome.file is not None:
        try:
            job.result.save(outcome.filename, outcome.file, save=False)
        finally:
            outcome.file.close()
        job.result_name = outcome.filename
    job.outcome = outcome.data
    return _finish(job, JobState.DONE, message=outcome.message)


ORPHANED = "执行该任务的进程已退出（服务重启或异常中止），任务未能完成。请重新提交。"
STALE_IN_QUEUE = (
    "任务提交后超过{hours}小时仍未开始执行（任务队列可能已重启而丢失了任务，或没有运行中的后台任务进程），"
    "任务未执行，未写入任何数据。请确认后台任务进程正在运行后重新提交。"
)


def jobs_fail_orphaned() -> int:
    """Mark 失败 the unfinished jobs whose process on this host has ended; their thread will never finish them.

    Likewise the jobs Celery never started within JOBS_QUEUE_TIMEOUT_HOURS. Called whenever jobs are looked at
    (admin list and page, the API and the progress bar's polling) and before a new job starts. A job whose process still lives (another gunicorn worker, a Celery worker) is left alone, so
    this is safe at any moment, unlike a sweep at start-up that would fail jobs other live processes are running.
    """
    return _fail_jobs_of_ended_processes() + _fail_jobs_stale_in_queue()


def _fail_jobs_of_ended_processes() -> int:
    unfinished = Job.objects.filter(state__in=[JobState.QUEUED, JobState.RUNNING]).exclude(runner="")
    orphaned = [pk for pk, runner in unfinished.values_list("pk", "runner") if processes.is_gone(runner)]
    if not orphaned:
        return 0
    # The state condition again: a job that finished meanwhile keeps its outcome.
    return Job.objects.filter(pk__in=orphaned, state__in=[JobState.QUEUED, JobState.RUNNING]).update(
        state=JobState.FAILED, message="失败：任务进程已退出", errors=[ORPHANED], finished_at=timezone.now()
    )


def _fail_jobs_stale_in_queue() -> int:
    """Jobs handed to Celery (no runner until a worker claims them) that no worker took in time. A worker that
    takes the message later finds the job no longer queued and leaves it (job_run's claim)."""
    hours = settings.JOBS_QUEUE_TIMEOUT_HOURS
    return Job.objects.filter(
        state=JobState.QUEUED, runner="", created_at__lt=timezone.now() - timedelta(hours=hours)
    ).update(
        state=JobState.FAILED,
        message="失败：任务在队列中等待过久",
        errors=[STALE_IN_QUEUE.format(hours=hours)],
        finished_at=timezone.now(),
    )


def _finish(job: Job, state: str, *, message: str, errors: list[str] = ()) -> Job:
    job.state = state
    job.message = message[:500]
    job.errors = list(errors)
    job.progress = 100 if state == JobState.DONE else Job.objects.get(pk=job.pk).progress
    job.finished_at = timezone.now()
    job.save(update_fields=["state", "message", "errors", "progress", "finished_at", "result", "result_name",
                            "outcome"])
    return job
