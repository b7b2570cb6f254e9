from datetime import date

from django.conf import settings
from django.db import models
from django.db.models.functions import Coalesce

from ledger.choices import Channel, ReviewCycle, Status
from ledger.models.base import Tracked, history
from ledger.text import CleanTextOnValidation


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

    history = history()

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
        ]

    def __str__(self):
        head = self.text[:40]
        return f"{self.label}{head}" if self.label else head


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
        indexes = [models.Index(fields=["measure", "date"], name="ledger_note_measure_date_idx")]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_status_after_display()}"


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
