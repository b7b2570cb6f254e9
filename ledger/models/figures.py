from django.db import models

from ledger.choices import Metric
from ledger.text import CleanTextOnValidation


class FromSource(CleanTextOnValidation, models.Model):
    """Something a published text states, with the document and line it came from."""

    source_line = models.PositiveIntegerField("原文行号", null=True, blank=True)
    source_document = models.ForeignKey(
        "imports.SourceDocument",
        verbose_name="来源文档",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        abstract = True


class StatedFigure(FromSource):
    """A number a published text states, kept verbatim with the sentence and line it came from."""

    metric = models.CharField("指标", max_length=40, choices=Metric.choices)
    value = models.DecimalField("数值", max_digits=14, decimal_places=2)
    quantity_unit = models.CharField("计量单位", max_length=10, blank=True)
    sentence = models.TextField("原文语句")

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.get_metric_display()}：{self.value}{self.quantity_unit}"


class ReportedFigure(StatedFigure):
    """A number a published report states, kept verbatim so it can be checked against the ledger."""

    inspection = models.ForeignKey(
        "ledger.Inspection", verbose_name="巡视巡察", on_delete=models.CASCADE, related_name="figures"
    )

    class Meta:
        verbose_name = "通报数据"
        verbose_name_plural = "通报数据"
        ordering = ["inspection_id", "source_line", "id"]
        indexes = [models.Index(fields=["inspection", "metric"], name="ledger_figure_insp_metric_idx")]


class RoundFigure(StatedFigure):
    """A number a round-level text states (news or statistics naming no single unit): it belongs to the round."""

    round = models.ForeignKey(
        "ledger.InspectionRound", verbose_name="巡视轮次", on_delete=models.CASCADE, related_name="figures"
    )

    class Meta:
        verbose_name = "轮次通报数据"
        verbose_name_plural = "轮次通报数据"
        ordering = ["round_id", "source_line", "id"]
