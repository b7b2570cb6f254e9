from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models

from jobs.choices import JobKind, JobState


def result_path(instance, filename):
    # The display name is kept in result_name; the stored name only has to be unique per job.
    return f"jobs/results/{instance.pk}/{filename}"


class Job(models.Model):
    """One piece of heavy work (import, export, report, reminders) run off the request path, and its outcome."""

    kind = models.CharField("任务类型", max_length=20, choices=JobKind.choices)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="提交人",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    state = models.CharField("状态", max_length=10, choices=JobState.choices, default=JobState.QUEUED)
    progress = models.PositiveSmallIntegerField("进度（%）", default=0, validators=[MaxValueValidator(100)])
    message = models.CharField("当前说明", max_length=500, blank=True)
    parameters = models.JSONField("参数", default=dict, blank=True)
    result = models.FileField("结果文件", upload_to=result_path, max_length=500, blank=True)
    result_name = models.CharField("结果文件名", max_length=255, blank=True)
    outcome = models.JSONField("结果摘要", default=dict, blank=True)
    errors = models.JSONField("错误", default=list, blank=True)
    # "host:pid:start" of the process a job's fate depends on (jobs.processes), so one left behind can be failed.
    runner = models.CharField("执行进程", max_length=100, blank=True, editable=False)
    created_at = models.DateTimeField("提交时间", auto_now_add=True)
    started_at = models.DateTimeField("开始时间", null=True, blank=True)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)

    class Meta:
        verbose_name = "后台任务"
        verbose_name_plural = "后台任务"
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["requested_by", "-created_at"], name="jobs_job_user_created_idx"),
            models.Index(fields=["state"], name="jobs_job_state_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(progress__lte=100), name="jobs_job_progress_max_100"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.pk}"
