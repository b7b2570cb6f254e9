from django.db import models
from django.db.models.functions import Coalesce

from ledger.choices import CategorySource
from ledger.models.base import Tracked, history


class FeedbackItem(Tracked):
    """A node of an inspection's feedback: aspect (方面) → problem (问题) → sub-problem.

    Its status is not stored: it is rolled up from its measures by ledger.selectors.
    """

    inspection = models.ForeignKey(
        "ledger.Inspection", verbose_name="巡视巡察", on_delete=models.CASCADE, related_name="items"
    )
    parent = models.ForeignKey(
        "self", verbose_name="上级条目", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )
    position = models.PositiveIntegerField("顺序", default=0)
    label = models.CharField("序号", max_length=20, blank=True, help_text="照原文，如：（一）、1.、(1)")
    title = models.CharField("标题", max_length=500)
    text = models.TextField("全文", blank=True)
    source_line = models.PositiveIntegerField("原文行号", null=True, blank=True, editable=False)
    category = models.ForeignKey(
        "ledger.ProblemCategory",
        verbose_name="问题类别",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="items",
    )
    category_source = models.CharField(
        "归类方式", max_length=10, choices=CategorySource.choices, default=CategorySource.NONE, blank=True
    )
    # Derived by the similarity app (屡巡屡犯): the same unit's item of an earlier inspection stating this problem.
    repeat_of = models.ForeignKey(
        "self",
        verbose_name="前次巡视巡察中的同类问题",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="repeated_by",
        editable=False,
    )
    repeat_similarity = models.FloatField("相似度", null=True, blank=True, editable=False)

    history = history()

    class Meta:
        verbose_name = "反馈问题"
        verbose_name_plural = "反馈问题"
        # By the inspection's id, not its own ordering (feedback date, unit name): that joined and sorted every item.
        ordering = ["inspection_id", "parent_id", "position"]
        constraints = [
            models.UniqueConstraint(
                "inspection",
                Coalesce("parent", 0),
                "position",
                name="ledger_item_unique_position",
                violation_error_message="同一层级下的顺序号不能重复。",
            ),
        ]
        indexes = [
            models.Index(fields=["inspection", "parent", "position"], name="ledger_item_order_idx"),
            # The overview's problems by category: every item, and the top-level ones (parent IS NULL), counted from
            # this narrow index (index-only scans) instead of the table with its texts.
            models.Index(
                fields=["parent"], include=["id", "category", "repeat_of", "inspection"], name="ledger_item_tally_idx"
            ),
        ]

    def __str__(self):
        return f"{self.label}{self.title}" if self.label else self.title

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_facts = (instance.__dict__.get("inspection_id"), instance.__dict__.get("category_id"))
        return instance

    def save(self, *args, **kwargs):
        loaded = getattr(self, "_loaded_facts", None)
        changed = not self._state.adding and loaded is not None and loaded != (self.inspection_id, self.category_id)
        super().save(*args, **kwargs)
        # Its measures store its inspection's facts and its category (ledger.models.measures.ITEM_FACTS).
        if changed:
            self.measures.all().refresh_warning_inputs()
        self._loaded_facts = (self.inspection_id, self.category_id)
