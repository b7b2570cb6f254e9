from django.conf import settings
from django.db import models


class SourceDocument(models.Model):
    """A published document (or one report inside a compilation) the ledger was seeded from."""

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
        ordering = ["-imported_at"]
        constraints = [
            models.UniqueConstraint(fields=["sha256", "title_line"], name="imports_document_unique_in_file"),
        ]

    def __str__(self):
        return self.title
