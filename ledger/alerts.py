"""Warning levels (蓝 due soon, 黄 behind schedule, 红 overdue), computed from stored dates, the same everywhere:
admin colours, the API's `warning` field, Excel colours, reminders and reports."""

from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, TruncDate

from ledger.choices import SETTLED_STATUSES, Status


class AlertLevel(models.TextChoices):
    BLUE = "blue", "蓝色预警（临期）"
    YELLOW = "yellow", "黄色预警（进度滞后）"
    RED = "red", "红色预警（逾期）"


SEVERITY = {AlertLevel.BLUE: 1, AlertLevel.YELLOW: 2, AlertLevel.RED: 3}


def warning_level(
    *,
    status: str,
    deadline: date | None,
    closed: bool,
    last_activity: date | None,
    milestone: date | None,
    next_review_on: date | None,
    on: date,
) -> str:
    """'' when nothing is wrong. Red: past the deadline and not settled. Yellow: past the inspection's
    concentrated-rectification deadline without being at least basically done, no progress note for
    settings.STALE_DAYS days, or a long-term item past its review date. Blue: due within settings.DUE_SOON_DAYS."""
    if closed or status == Status.DONE:
        return ""
    if status == Status.LONG_TERM:
        return AlertLevel.YELLOW if next_review_on and next_review_on < on else ""
    if deadline and deadline < on:
        return AlertLevel.RED
    behind_milestone = milestone and milestone < on and status not in (Status.BASICALLY_DONE,)
    stale = last_activity is None or last_activity < on - timedelta(days=settings.STALE_DAYS)
    if behind_milestone or stale:
        return AlertLevel.YELLOW
    if deadline and deadline <= on + timedelta(days=settings.DUE_SOON_DAYS):
        return AlertLevel.BLUE
    return ""


def with_last_activity(queryset):
    """The date of each measure's latest progress note (else its creation), as one correlated subquery."""
    from ledger.models import ProgressNote

    last_note = ProgressNote.objects.filter(measure=OuterRef("pk")).order_by().values("measure")
    last_note = last_note.annotate(last=Max("date")).values("last")
    return queryset.annotate(last_activity=Coalesce(Subquery(last_note), TruncDate("created_at")))


def with_warning_inputs(queryset):
    """Everything warning_level and warning_q need, annotated, so lists stay at a constant number of queries.
    (Lists that select_related the inspection can use with_last_activity alone and keep COUNT(*) join-free.)"""
    return with_last_activity(queryset).annotate(milestone=models.F("item__inspection__rectification_deadline"))


def measure_warning(measure, on: date) -> str:
    """The level for one measure; uses the annotations of with_warning_inputs when present."""
    if hasattr(measure, "last_activity"):
        last_activity = measure.last_activity
    else:
        latest = measure.notes.aggregate(last=Max("date"))["last"]
        last_activity = latest or (measure.created_at.date() if measure.created_at else None)
    has_milestone = hasattr(measure, "milestone")
    milestone = measure.milestone if has_milestone else measure.item.inspection.rectification_deadline
    return warning_level(
        status=measure.status,
        deadline=measure.deadline,
        closed=bool(measure.closed_at),
        last_activity=last_activity,
        milestone=milestone,
        next_review_on=measure.next_review_on,
        on=on,
    )


def warning_q(level: str, on: date) -> Q:
    """The same rules as warning_level, as a filter over a with_warning_inputs queryset."""
    open_ = Q(closed_at__isnull=True) & ~Q(status=Status.DONE)
    red = open_ & Q(deadline__lt=on) & ~Q(status__in=SETTLED_STATUSES)
    review_missed = Q(status=Status.LONG_TERM, next_review_on__lt=on)
    working = open_ & ~Q(status=Status.LONG_TERM) & ~red
    # Spelled out both ways: negating a comparison on a NULL annotation would drop the row in SQL.
    stale_day = on - timedelta(days=settings.STALE_DAYS)
    behind = Q(milestone__isnull=False, milestone__lt=on) & ~Q(status=Status.BASICALLY_DONE)
    on_track = Q(milestone__isnull=True) | Q(milestone__gte=on) | Q(status=Status.BASICALLY_DONE)
    stale = Q(last_activity__isnull=True) | Q(last_activity__lt=stale_day)
    fresh = Q(last_activity__isnull=False, last_activity__gte=stale_day)
    yellow = (open_ & review_missed) | (working & (behind | stale))
    blue = (
        working
        & on_track
        & fresh
        & Q(deadline__isnull=False, deadline__lte=on + timedelta(days=settings.DUE_SOON_DAYS))
    )
    return {AlertLevel.RED: red, AlertLevel.YELLOW: yellow, AlertLevel.BLUE: blue}[level]


def any_warning_q(on: date) -> Q:
    """Red, yellow or blue: every measure that carries a warning."""
    return warning_q(AlertLevel.RED, on) | warning_q(AlertLevel.YELLOW, on) | warning_q(AlertLevel.BLUE, on)


def measure_flag(measure, on: date) -> str:
    """The colour a ledger shows for a measure: 'done' (green) or its warning level."""
    return "done" if measure.status == Status.DONE else measure_warning(measure, on)
