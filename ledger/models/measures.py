from datetime import date

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from ledger.choices import SETTLED_STATUSES, Channel, InspectionKind, ReviewCycle, Status
from ledger.models.base import Tracked, history
from ledger.text import CleanTextOnValidation

# Measures that can still turn red, yellow or blue by their deadline, activity or milestone; and the open long-term
# ones, which warn only by their review date. Shared by the partial indexes below and ledger.alerts.warning_q.
WORKING = models.Q(closed_at__isnull=True) & ~models.Q(status__in=SETTLED_STATUSES)
LONG_TERM_OPEN = models.Q(closed_at__isnull=True, status=Status.LONG_TERM)


class MeasureQuerySet(models.QuerySet):
    def refresh_warning_inputs(self, *, milestone: bool = True) -> int:
        """Recompute the stored derived columns of these measures in one UPDATE: the latest progress note's date
        (else the creation date, in the local time zone) and, with `milestone`, everything taken from the item's
        inspection (its 集中整改截止, id, unit, round and kind). No history, no version."""
        from ledger.models.items import FeedbackItem

        notes = ProgressNote.objects.filter(measure=models.OuterRef("pk")).order_by().values("measure")
        latest = notes.annotate(last=models.Max("date")).values("last")
        values = {"last_activity_on": Coalesce(models.Subquery(latest), TruncDate("created_at"))}
        if milestone:
            item = FeedbackItem.objects.filter(pk=models.OuterRef("item_id"))
            for name, source in ITEM_FACTS.items():
                values[name] = models.Subquery(item.values(source)[:1])
        # Only rows whose inputs change are written: rewriting an unchanged row still costs a new row version and
        # new entries in every index of the table (the search index's dozens per measure among them).
        fresh = {f"fresh_{name}": expression for name, expression in values.items()}
        changed = models.Q()
        for name in values:
            stored, new = models.Q(**{f"{name}__isnull": True}), models.Q(**{f"fresh_{name}__isnull": True})
            changed |= (
                (stored & ~new) | (~stored & new) | (~stored & ~new & ~models.Q(**{name: models.F(f"fresh_{name}")}))
            )
        stale = self.order_by().annotate(**fresh).filter(changed).values("pk")
        return Measure.objects.filter(pk__in=stale).update(**values)


# What a measure copies from its item and the item's inspection (stored column -> lookup from the item). Kept by
# Measure.save (new or moved measure), FeedbackItem.save (moved or recategorised item), Inspection.save, the
# classifier's bulk update (similarity.services) and the refresh above.
ITEM_FACTS = {
    "milestone_on": "inspection__rectification_deadline",
    "inspection_id": "inspection_id",
    "unit_id": "inspection__unit_id",
    "round_id": "inspection__round_id",
    "inspection_kind": "inspection__kind",
    "category_id": "category_id",
}


def _derived_fk(model: str, verbose_name: str, *, on_delete=models.DO_NOTHING):
    # No cascade of its own (the item's cascade removes the measure) and no reverse accessor: a cache, not a
    # relation people edit. The database constraint stays, so a stale id cannot point nowhere.
    # Indexed by Meta.indexes below (built after the migration's backfill), not by one index per column.
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        on_delete=on_delete,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        db_index=False,
    )


class Measure(Tracked):
    item = models.ForeignKey(
        "ledger.FeedbackItem", verbose_name="反馈问题", on_delete=models.CASCADE, related_name="measures"
    )
    position = models.PositiveIntegerField("顺序", default=0)
    label = models.CharField("序号", max_length=20, blank=True, help_text="照原文，如：一是")
    text = models.TextField("整改措施")
    responsible_leader = models.CharField("责任领导", max_length=200, blank=True)
    lead_unit = models.CharField("牵头单位", max_length=200, blank=True)
    responsible_units = models.CharField("责任单位", max_length=500, blank=True)
    deadline = models.DateField("完成时限", null=True, blank=True)
    status = models.CharField("整改状态", max_length=20, choices=Status.choices, default=Status.NOT_STARTED)
    completed_on = models.DateField("完成日期", null=True, blank=True)
    closed_at = models.DateTimeField("销号时间", null=True, blank=True, editable=False)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="销号人",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    close_note = models.TextField("销号意见", blank=True, editable=False)
    review_cycle_months = models.PositiveSmallIntegerField(
        "复查周期", choices=ReviewCycle.choices, null=True, blank=True, help_text="长期坚持事项多久复查一次"
    )
    next_review_on = models.DateField("下次复查日期", null=True, blank=True, help_text="长期坚持事项的下次复查日期")
    # Stored inputs of the warning level (ledger.alerts), so red/yellow/blue are plain indexed predicates. Derived
    # caches: kept right by the writes that change them (ProgressNote.save/delete, Inspection.save, this save, and
    # ledger.services.warnings.measures_refresh_warning_inputs after bulk writes); never in history or versions.
    last_activity_on = models.DateField("最近进展日期", null=True, blank=True, editable=False)
    milestone_on = models.DateField("集中整改截止", null=True, blank=True, editable=False)
    # The item's inspection and that inspection's unit and round, stored so the pages that count measures by unit,
    # round or inspection group one table instead of joining 1 M measures to their items (issue 13).
    inspection = _derived_fk("ledger.Inspection", "巡视巡察")
    unit = _derived_fk("ledger.Unit", "被巡视单位")
    round = _derived_fk("ledger.InspectionRound", "巡视轮次")
    # The inspection's kind (常规/专项), so the overview filtered by kind counts 已完成 by month from the done measures'
    # index alone instead of joining 300,000 of them to their inspections (issue 13).
    inspection_kind = models.CharField(
        "巡视类型", max_length=10, choices=InspectionKind.choices, null=True, blank=True, editable=False
    )
    # The item's 问题类别, for the overview's table by category (counted in the same pass as units and rounds).
    # A deleted category leaves its items uncategorised, so the copy is cleared with it.
    category = _derived_fk("ledger.ProblemCategory", "问题类别", on_delete=models.SET_NULL)

    derived_fields = (
        "last_activity_on", "milestone_on", "inspection", "unit", "round", "inspection_kind", "category"
    )

    objects = MeasureQuerySet.as_manager()

    history = history(excluded_fields=derived_fields)

    class Meta:
        verbose_name = "整改措施"
        verbose_name_plural = "整改措施"
        ordering = ["item_id", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["item", "position"],
                name="ledger_measure_unique_position",
                violation_error_message="同一问题下的措施顺序号不能重复。",
            ),
            models.CheckConstraint(
                name="ledger_measure_closed_only_when_done",
                condition=models.Q(closed_at__isnull=True) | models.Q(status=Status.DONE),
                violation_error_message="只有已完成的措施才能销号。",
            ),
            models.CheckConstraint(
                name="ledger_measure_completed_on_only_when_done",
                condition=models.Q(completed_on__isnull=True)
                | models.Q(status__in=[Status.DONE, Status.BASICALLY_DONE]),
                violation_error_message="只有已完成或基本完成的措施才填写完成日期。",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "deadline"], name="ledger_measure_status_dl_idx"),
            models.Index(fields=["deadline"], name="ledger_measure_deadline_idx"),
            # The API's cursor paging (SyncCursorPagination) walks (updated_at, id): rows sharing a timestamp, as a
            # bulk import writes them, would otherwise be sorted in full before the first page.
            models.Index(fields=["updated_at", "id"], name="ledger_measure_cursor_idx"),
            # Partial indexes over the measures that can still warn, one per warning input (ledger.alerts uses the
            # same WORKING / LONG_TERM_OPEN conditions, so the planner can prove the index applies).
            models.Index(fields=["deadline"], condition=WORKING, name="ledger_measure_working_dl_idx"),
            models.Index(fields=["last_activity_on"], condition=WORKING, name="ledger_measure_working_act_idx"),
            models.Index(fields=["milestone_on"], condition=WORKING, name="ledger_measure_working_ms_idx"),
            models.Index(fields=["next_review_on"], condition=LONG_TERM_OPEN, name="ledger_measure_review_idx"),
            # The grouped pages (dashboard, 工作台, stats) count every measure by unit, round or inspection with
            # the status and warning inputs: all of it in this narrow index, so the count is an index-only scan
            # (a tenth of the table's pages). Its leading unit also serves a unit editor's scope.
            models.Index(
                fields=["unit", "round", "inspection"],
                include=[
                    "category",
                    "status",
                    "deadline",
                    "closed_at",
                    "last_activity_on",
                    "milestone_on",
                    "next_review_on",
                ],
                name="ledger_measure_tally_idx",
            ),
            models.Index(fields=["round"], name="ledger_measure_round_idx"),
            models.Index(fields=["inspection"], name="ledger_measure_inspection_idx"),
            # 已完成 by month (the dashboard's trend) and the 工作台's 待销号 count: the done measures alone, with what
            # their filters read.
            models.Index(
                fields=["completed_on"],
                include=["unit", "round", "inspection", "closed_at", "inspection_kind"],
                condition=models.Q(status=Status.DONE),
                name="ledger_measure_done_month_idx",
            ),
        ]

    def __str__(self):
        head = self.text[:40]
        return f"{self.label}{head}" if self.label else head

    def clean_fields(self, exclude=None):
        # The derived columns are copied by the code, not entered: validating each stored id would cost one query
        # per measure (a thousand in an import) to check what the same transaction just read.
        super().clean_fields(exclude={*(exclude or ()), *self.derived_fields})

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_item_id = instance.__dict__.get("item_id")
        return instance

    def save(self, *args, **kwargs):
        # The derived inputs are written by their own UPDATEs; a save of a copy read earlier must not put back
        # stale values. A new measure, or one moved to another item, takes its inspection's milestone here.
        if self._state.adding:
            self.last_activity_on = self.last_activity_on or timezone.localdate()
            self._take_inspection_facts()
        elif kwargs.get("update_fields") is None:
            names = [f.name for f in self._meta.concrete_fields if not f.primary_key]
            if getattr(self, "_loaded_item_id", self.item_id) != self.item_id:
                self._take_inspection_facts()
            else:
                names = [name for name in names if name not in self.derived_fields]
            kwargs["update_fields"] = names
        super().save(*args, **kwargs)
        self._loaded_item_id = self.item_id

    def _take_inspection_facts(self) -> None:
        from ledger.models.items import FeedbackItem

        sources = list(ITEM_FACTS.values())
        facts = FeedbackItem.objects.filter(pk=self.item_id).values_list(*sources).first() or [None] * len(sources)
        for name, value in zip(ITEM_FACTS, facts, strict=True):
            setattr(self, name, value)


class ProgressNote(CleanTextOnValidation, models.Model):
    """An entry in a measure's progress log. Append-only: notes are never edited."""

    measure = models.ForeignKey(Measure, verbose_name="整改措施", on_delete=models.CASCADE, related_name="notes")
    date = models.DateField("日期")
    text = models.TextField("进展情况")
    status_after = models.CharField("进展后状态", max_length=20, choices=Status.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="填报人",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    channel = models.CharField("途径", max_length=10, choices=Channel.choices, default=Channel.ADMIN)
    created_at = models.DateTimeField("记录时间", auto_now_add=True)

    class Meta:
        verbose_name = "整改进展"
        verbose_name_plural = "整改进展"
        ordering = ["measure_id", "date", "id"]
        indexes = [
            models.Index(fields=["measure", "date"], name="ledger_note_measure_date_idx"),
            # The 工作台's latest notes: the newest few read from the index, not a sort of every note.
            models.Index(fields=["created_at"], name="ledger_note_created_idx"),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_status_after_display()}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self._refresh_measure()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self._refresh_measure()
        return result

    def _refresh_measure(self):
        """Keep the measure's stored last activity date, and the caller's copy of the measure, current."""
        Measure.objects.filter(pk=self.measure_id).refresh_warning_inputs(milestone=False)
        cached = self._state.fields_cache.get("measure")
        if cached is not None:
            cached.last_activity_on = (
                Measure.objects.filter(pk=self.measure_id).values_list("last_activity_on", flat=True).first()
            )


class ReminderLog(models.Model):
    """A warning already sent, so running send_reminders again sends nothing new for the same level."""

    measure = models.ForeignKey(Measure, verbose_name="整改措施", on_delete=models.CASCADE, related_name="reminders")
    level = models.CharField("预警级别", max_length=10)
    deadline = models.DateField("当时的完成时限", null=True, blank=True)
    recipients = models.TextField("收件人", blank=True)
    sent_at = models.DateTimeField("发送时间", auto_now_add=True)

    class Meta:
        verbose_name = "预警提醒记录"
        verbose_name_plural = "预警提醒记录"
        constraints = [
            models.UniqueConstraint(
                "measure",
                "level",
                Coalesce("deadline", models.Value(date(1, 1, 1))),
                name="ledger_reminder_once_per_level_and_deadline",
            )
        ]

    def __str__(self):
        return f"{self.measure_id} {self.level} {self.sent_at:%Y-%m-%d}"
