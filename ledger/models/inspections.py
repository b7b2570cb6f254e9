from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.functions import Coalesce

from ledger.choices import InspectionKind, Level
from ledger.models.base import Tracked, history


class InspectionRound(Tracked):
    inspecting_body = models.CharField("派出机关", max_length=100, help_text="如：辽宁省委、天津市委、XX区委")
    level = models.CharField("类别", max_length=10, choices=Level.choices, default=Level.XUNSHI)
    term = models.PositiveSmallIntegerField("届", null=True, blank=True, validators=[MaxValueValidator(99)])
    round_no = models.PositiveSmallIntegerField("轮", null=True, blank=True, validators=[MaxValueValidator(99)])
    batch = models.PositiveSmallIntegerField("批", null=True, blank=True, validators=[MaxValueValidator(99)])

    history = history()

    class Meta:
        verbose_name = "巡视轮次"
        verbose_name_plural = "巡视轮次"
        ordering = ["inspecting_body", "-term", "-round_no", "batch"]
        constraints = [
            # An unstated term/round/batch counts as one value for uniqueness (NULLs would all differ).
            models.UniqueConstraint(
                "inspecting_body",
                "level",
                Coalesce("term", 0),
                Coalesce("round_no", 0),
                Coalesce("batch", 0),
                name="ledger_round_unique_natural_key",
                violation_error_message="该巡视轮次已存在。",
            ),
        ]

    def __str__(self):
        from ledger.formatting import round_title

        return round_title(self)


class Inspection(Tracked):
    unit = models.ForeignKey(
        "ledger.Unit", verbose_name="被巡视单位", on_delete=models.PROTECT, related_name="inspections"
    )
    round = models.ForeignKey(
        InspectionRound, verbose_name="巡视轮次", on_delete=models.PROTECT, related_name="inspections"
    )
    group = models.CharField("巡视组", max_length=100, blank=True, help_text="如：省委第三巡视组")
    kind = models.CharField("类型", max_length=10, choices=InspectionKind.choices, default=InspectionKind.REGULAR)
    topic = models.CharField("专项主题", max_length=100, blank=True, help_text="专项巡视的主题，如：营商环境、选人用人")
    onsite_start = models.DateField("进驻开始", null=True, blank=True)
    onsite_end = models.DateField("进驻结束", null=True, blank=True)
    feedback_date = models.DateField("反馈日期", null=True, blank=True)
    rectification_deadline = models.DateField("集中整改截止", null=True, blank=True)
    source_document = models.ForeignKey(
        "imports.SourceDocument",
        verbose_name="来源文档",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="inspections",
        editable=False,
    )

    history = history()

    class Meta:
        verbose_name = "巡视巡察"
        verbose_name_plural = "巡视巡察"
        ordering = ["-feedback_date", "unit__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "round", "group", "kind", "topic"],
                name="ledger_inspection_unique_natural_key",
                violation_error_message="该单位在此轮次已有同一巡视组、同一类型的巡视记录。",
            ),
            models.CheckConstraint(
                name="ledger_inspection_onsite_period_ordered",
                condition=models.Q(onsite_start__isnull=True)
                | models.Q(onsite_end__isnull=True)
                | models.Q(onsite_start__lte=models.F("onsite_end")),
                violation_error_message="进驻结束日期不能早于开始日期。",
            ),
            models.CheckConstraint(
                name="ledger_inspection_topic_only_when_special",
                condition=models.Q(kind=InspectionKind.SPECIAL) | models.Q(topic=""),
                violation_error_message="只有专项巡视才填写专项主题。",
            ),
        ]
        indexes = [models.Index(fields=["unit", "round"], name="ledger_insp_unit_round_idx")]

    def __str__(self):
        from ledger.formatting import inspection_title

        return inspection_title(self)

    # What each of its measures stores a copy of (Measure.milestone_on, unit, round, kind): field -> Measure column.
    _copied_to_measures = {
        "rectification_deadline": "milestone_on",
        "unit_id": "unit_id",
        "round_id": "round_id",
        "kind": "inspection_kind",
    }

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded = {name: instance.__dict__.get(name) for name in cls._copied_to_measures}
        return instance

    def save(self, *args, **kwargs):
        loaded = getattr(self, "_loaded", None)
        changed = {
            column: getattr(self, name)
            for name, column in self._copied_to_measures.items()
            if not self._state.adding and loaded is not None and loaded[name] != getattr(self, name)
        }
        super().save(*args, **kwargs)
        # Each measure stores its inspection's milestone, unit, round and kind: one UPDATE when any of them changed.
        if changed:
            from ledger.models.items import FeedbackItem
            from ledger.models.measures import Measure

            items = FeedbackItem.objects.filter(inspection=self).values("pk")
            Measure.objects.filter(item_id__in=items).update(**changed)
        self._loaded = {name: getattr(self, name) for name in self._copied_to_measures}
