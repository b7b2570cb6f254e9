from django.conf import settings
from django.db import models

from ledger.models.base import history
from ledger.storage import evidence_storage
from ledger.text import CleanTextOnValidation


def evidence_path(instance, filename):
    # Content-addressed names: no user-controlled path, and identical files are recognisable.
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"evidence/{instance.sha256[:2]}/{instance.sha256}.{ext}"


class Evidence(CleanTextOnValidation, models.Model):
    measure = models.ForeignKey(
        "ledger.Measure", verbose_name="整改措施", on_delete=models.CASCADE, related_name="evidence"
    )
    title = models.CharField("标题", max_length=200)
    file = models.FileField("文件", upload_to=evidence_path, storage=evidence_storage, max_length=255)
    original_name = models.CharField("原文件名", max_length=255, editable=False)
    size = models.PositiveBigIntegerField("大小（字节）", editable=False)
    sha256 = models.CharField("SHA-256", max_length=64, editable=False, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="上传人",
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
        editable=False,
    )
    uploaded_at = models.DateTimeField("上传时间", auto_now_add=True)

    history = history()

    class Meta:
        verbose_name = "佐证材料"
        verbose_name_plural = "佐证材料"
        ordering = ["measure_id", "uploaded_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["measure", "sha256"],
                name="ledger_evidence_unique_file_per_measure",
                violation_error_message="该措施已上传过同一文件。",
            ),
        ]

    def __str__(self):
        return self.title
