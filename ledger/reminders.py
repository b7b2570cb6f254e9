"""Deadline reminders: one digest per unit listing its blue/yellow/red measures; each warning is sent once per
level (and deadline), so running the command again sends nothing new."""

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import groupby

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Case, Count, Exists, F, OuterRef, Value, When
from django.db.models.functions import Coalesce

from accounts.models import User
from ledger.alerts import SEVERITY, AlertLevel, any_warning_q, warning_case
from ledger.models import Measure, ReminderLog, Unit

NO_DEADLINE = date(1, 1, 1)  # how ReminderLog's uniqueness spells "no deadline"


@dataclass
class Digest:
    unit: Unit
    recipients: list[str]
    counts: dict[str, int] = field(default_factory=dict)  # level -> measures, most severe first
    entries: list[tuple[str, Measure]] = field(default_factory=list)  # (level, measure), most severe first; filled
    # only while a digest is being sent, so a run holds one unit's measures at a time

    @property
    def subject(self) -> str:
        parts = "，".join(f"{AlertLevel(level).label}{n}项" for level, n in self.counts.items())
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


def _pending(on: date):
    """Measures with a warning today that was not sent before at this level for this deadline, annotated with
    their level (`level_`) and its severity (`severity`); plain predicates over the stored warning inputs."""
    sent = (
        ReminderLog.objects.filter(measure=OuterRef("pk"), level=OuterRef("level_"))
        .annotate(day=Coalesce("deadline", Value(NO_DEADLINE)))
        .filter(day=Coalesce(OuterRef("deadline"), Value(NO_DEADLINE)))
    )
    severity = Case(*(When(level_=lvl, then=Value(n)) for lvl, n in SEVERITY.items()), default=Value(0))
    return (
        Measure.objects.filter(any_warning_q(on))
        .annotate(level_=warning_case(on))
        .filter(~Exists(sent))
        .annotate(severity=severity)
    )


def _recipients(unit_ids) -> dict[int, list[str]]:
    emails = defaultdict(list)
    users = User.objects.filter(is_active=True, unit_id__in=unit_ids).exclude(email="")
    for unit_id, email in users.values_list("unit_id", "email"):
        emails[unit_id].append(email)
    return {unit_id: sorted(found) for unit_id, found in emails.items()}


def pending_digests(on: date) -> list[Digest]:
    """What would be sent today, by unit (subject and recipients, no entries): counted per unit and level in SQL."""
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    rows = _pending(on).values_list("unit_id", "level_", "severity").annotate(n=Count("pk"))  # the stored unit
    for unit_id, level, _, n in rows.order_by("unit_id", "-severity"):
        counts[unit_id][level] = n
    emails = _recipients(list(counts))
    units = Unit.objects.filter(pk__in=list(counts)).order_by("path")
    return [Digest(unit=u, recipients=emails.get(u.pk, []), counts=counts[u.pk]) for u in units]


def _fill_entries(on: date, digests: dict[int, Digest]) -> Iterator[Digest]:
    """The given units' digests with their measures, streamed from one ordered query (unit by unit, most severe
    first); the counts follow the entries read."""
    if not digests:
        return
    measures = (
        _pending(on)
        .filter(item__inspection__unit_id__in=list(digests))
        .select_related("item__inspection")
        .only("label", "text", "deadline", "status", "item__label", "item__title", "item__inspection__unit")
        .order_by(
            "item__inspection__unit__path",
            "item__inspection__unit_id",
            "-severity",
            F("deadline").asc(nulls_last=True),
            "pk",
        )
    )
    for unit_id, group in groupby(measures.iterator(chunk_size=2000), key=lambda m: m.item.inspection.unit_id):
        digest = digests[unit_id]
        digest.entries = [(m.level_, m) for m in group]
        digest.counts = {}
        for level, _ in digest.entries:
            digest.counts[level] = digest.counts.get(level, 0) + 1
        yield digest


@transaction.atomic
def reminders_send(*, on: date) -> tuple[list[Digest], list[Digest]]:
    """Send each digest that has recipients and record its warnings; returns (sent, without recipients). Units
    without recipients are only counted (in SQL); the others' measures are streamed unit by unit and dropped once
    sent, so memory stays flat however many measures warn."""
    digests = pending_digests(on)
    sent = []
    for digest in _fill_entries(on, {d.unit.pk: d for d in digests if d.recipients}):
        send_mail(digest.subject, digest.body, settings.REMINDER_FROM_EMAIL, digest.recipients)
        ReminderLog.objects.bulk_create(
            ReminderLog(measure=m, level=level, deadline=m.deadline, recipients=", ".join(digest.recipients))
            for level, m in digest.entries
        )
        digest.entries = []
        sent.append(digest)
    return sent, [d for d in digests if not d.recipients]
