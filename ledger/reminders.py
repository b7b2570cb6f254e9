"""Deadline reminders: one digest per unit listing its blue/yellow/red measures; each warning is sent once per
level (and deadline), so running the command again sends nothing new."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction

from accounts.models import User
from ledger.alerts import SEVERITY, AlertLevel, measure_warning, with_warning_inputs
from ledger.models import Measure, ReminderLog, Unit


@dataclass
class Digest:
    unit: Unit
    recipients: list[str]
    entries: list[tuple[str, Measure]] = field(default_factory=list)  # (level, measure), most severe first

    @property
    def subject(self) -> str:
        counts = defaultdict(int)
        for level, _ in self.entries:
            counts[level] += 1
        parts = "，".join(f"{AlertLevel(level).label}{n}项" for level, n in counts.items())
        return f"【台账预警】{self.unit.name}：{parts}"

    @property
    def body(self) -> str:
        lines = [f"{self.unit.name}：以下整改措施需要关注。", ""]
        for level, measure in self.entries:
            deadline = f"{measure.deadline:%Y年%m月%d日}" if measure.deadline else "未定"
            lines.append(
                f"[{AlertLevel(level).label}] {measure.item}：{measure.label}{measure.text[:60]}"
                f"（状态：{measure.get_status_display()}，完成时限：{deadline}）"
            )
        lines += ["", "请登录台账系统更新整改进展。"]
        return "\n".join(lines)


def pending_digests(on: date) -> list[Digest]:
    """What would be sent today: warnings not sent before at this level for this deadline."""
    measures = with_warning_inputs(
        Measure.objects.filter(closed_at__isnull=True).select_related("item__inspection__unit", "item")
    )
    sent = set(ReminderLog.objects.values_list("measure_id", "level", "deadline"))
    by_unit: dict[int, Digest] = {}
    for measure in measures.iterator(chunk_size=2000):
        level = measure_warning(measure, on)
        if not level or (measure.pk, level, measure.deadline) in sent:
            continue
        unit = measure.item.inspection.unit
        digest = by_unit.setdefault(unit.pk, Digest(unit=unit, recipients=[]))
        digest.entries.append((level, measure))
    emails = defaultdict(list)
    for unit_id, email in (
        User.objects.filter(unit_id__in=by_unit, is_active=True).exclude(email="").values_list("unit_id", "email")
    ):
        emails[unit_id].append(email)
    for unit_id, digest in by_unit.items():
        digest.recipients = sorted(emails[unit_id])
        digest.entries.sort(key=lambda e: (-SEVERITY[e[0]], e[1].deadline or date.max, e[1].pk))
    return sorted(by_unit.values(), key=lambda d: d.unit.path)


@transaction.atomic
def reminders_send(*, on: date) -> tuple[list[Digest], list[Digest]]:
    """Send each digest that has recipients and record its warnings; returns (sent, without recipients)."""
    sent, unaddressed = [], []
    for digest in pending_digests(on):
        if not digest.recipients:
            unaddressed.append(digest)
            continue
        send_mail(digest.subject, digest.body, settings.REMINDER_FROM_EMAIL, digest.recipients)
        ReminderLog.objects.bulk_create(
            ReminderLog(measure=m, level=level, deadline=m.deadline, recipients=", ".join(digest.recipients))
            for level, m in digest.entries
        )
        sent.append(digest)
    return sent, unaddressed
