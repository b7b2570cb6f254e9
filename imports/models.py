from django.conf import settings
from django.db import models
from django.utils import timezone


class SourceDocument(models.Model):
    """One published report (a compilation file holds several), identified by its file's hash and title line."""

    title = models.CharField("标题", max_length=300)
    kind = models.CharField("文档类型", max_length=30, blank=True)
    file_name = models.CharField("文件名", max_length=255)
    sha256 = models.CharField("文件SHA-256", max_length=64)
    title_line = models.PositiveIntegerField("标题行号", default=0)
    published_on = models.DateField("发布日期", null=True, blank=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="导入人",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    imported_at = models.DateTimeField("导入时间", auto_now_add=True)

    class Meta:
        verbose_name = "来源文档"
        verbose_name_plural = "来源文档"
        ordering = ["-imported_at", "title_line"]
        constraints = [
            models.UniqueConstraint(fields=["sha256", "title_line"], name="imports_document_unique_in_file"),
        ]

    def __str__(self):
        return self.title


class ImportRun(models.Model):
    class Outcome(models.TextChoices):
        APPLIED = "applied", "已导入"
        DRY_RUN = "dry_run", "预览（未写入）"
        FAILED = "failed", "失败（未写入）"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="导入人",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    started_at = models.DateTimeField("开始时间", auto_now_add=True)
    finished_at = models.DateTimeField("结束时间", null=True, blank=True)
    outcome = models.CharField("结果", max_length=10, choices=Outcome.choices)
    files = models.JSONField("文件", default=list)
    counts = models.JSONField("统计", default=dict, help_text="按对象类型统计的新增、更新、未变、撤销、冲突数")
    error = models.TextField("错误", blank=True)
    warnings = models.JSONField("提示", default=list)

    class Meta:
        verbose_name = "导入记录"
        verbose_name_plural = "导入记录"
        ordering = ["-started_at"]

    def __str__(self):
        # Stored in UTC; people read Asia/Shanghai (the fields of the same page are shown in local time).
        return f"{timezone.localtime(self.started_at):%Y-%m-%d %H:%M} {self.get_outcome_display()}"


class Action(models.TextChoices):
    CREATED = "created", "新增"
    UPDATED = "updated", "更新"
    UNCHANGED = "unchanged", "未变"
    RETIRED = "retired", "撤销"
    CONFLICT = "conflict", "冲突（保留人工修改）"
    EXCLUDED = "excluded", "导入时剔除"


class ImportAction(models.Model):
    """What one import run did to one ledger object."""

    run = models.ForeignKey(ImportRun, verbose_name="导入记录", on_delete=models.CASCADE, related_name="actions")
    model = models.CharField("对象类型", max_length=40)
    object_id = models.PositiveBigIntegerField("对象ID", null=True)
    key = models.CharField("自然键", max_length=500)
    action = models.CharField("操作", max_length=10, choices=Action.choices)
    label = models.CharField("对象", max_length=300, blank=True)
    changes = models.JSONField("变更", default=dict, blank=True)

    class Meta:
        verbose_name = "导入明细"
        verbose_name_plural = "导入明细"
        ordering = ["run_id", "id"]
        indexes = [models.Index(fields=["run", "action"], name="imports_action_run_action_idx")]

    def __str__(self):
        return f"{self.get_action_display()} {self.label}"


class ImportedRecord(models.Model):
    """The values an import last wrote to a ledger object, keyed by its natural key.

    Comparing them with the object's current values tells a person's edit (kept) from a stale import value.
    """

    model = models.CharField("对象类型", max_length=40)
    key = models.CharField("自然键", max_length=500)
    object_id = models.PositiveBigIntegerField("对象ID")
    values = models.JSONField("导入值", default=dict)
    document = models.ForeignKey(
        SourceDocument, verbose_name="来源文档", on_delete=models.SET_NULL, null=True, related_name="records"
    )

    class Meta:
        verbose_name = "导入基线"
        verbose_name_plural = "导入基线"
        constraints = [models.UniqueConstraint(fields=["model", "key"], name="imports_record_unique_key")]
        indexes = [models.Index(fields=["model", "object_id"], name="imports_record_object_idx")]

    def __str__(self):
        return f"{self.model} {self.key}"
