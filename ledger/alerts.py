"""Warning levels (蓝 due soon, 黄 behind schedule, 红 overdue), computed from stored dates, the same everywhere:
admin colours, the API's `warning` field, Excel colours, reminders and reports."""

from datetime import date, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Case, Q, Value, When

from ledger.choices import Status
from ledger.models.measures import LONG_TERM_OPEN, WORKING


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


def measure_warning(measure, on: date) -> str:
    """The level for one measure, from its stored inputs."""
    return warning_level(
        status=measure.status,
        deadline=measure.deadline,
        closed=bool(measure.closed_at),
        last_activity=measure.last_activity_on,
        milestone=measure.milestone_on,
        next_review_on=measure.next_review_on,
        on=on,
    )


def warning_q(level: str, on: date) -> Q:
    """The same rules as warning_level, as plain predicates over Measure's own columns. Each level is spelled
    over WORKING / LONG_TERM_OPEN, the conditions of the partial indexes on deadline, last_activity_on,
    milestone_on and next_review_on, so PostgreSQL can serve the filters and counts from those indexes."""
    return _LEVEL_Q[level](on)


def _red_q(on: date) -> Q:
    return WORKING & Q(deadline__lt=on)


def _yellow_q(on: date) -> Q:
    not_red = Q(deadline__isnull=True) | Q(deadline__gte=on)
    # Spelled out both ways: negating a comparison on a NULL column would drop the row in SQL.
    behind = Q(milestone_on__lt=on) & ~Q(status=Status.BASICALLY_DONE)
    stale = Q(last_activity_on__isnull=True) | Q(last_activity_on__lt=on - timedelta(days=settings.STALE_DAYS))
    return (LONG_TERM_OPEN & Q(next_review_on__lt=on)) | (WORKING & not_red & (behind | stale))


def _blue_q(on: date) -> Q:
    on_track = Q(milestone_on__isnull=True) | Q(milestone_on__gte=on) | Q(status=Status.BASICALLY_DONE)
    fresh = Q(last_activity_on__gte=on - timedelta(days=settings.STALE_DAYS))
    due_soon = Q(deadline__gte=on, deadline__lte=on + timedelta(days=settings.DUE_SOON_DAYS))
    return WORKING & due_soon & on_track & fresh


_LEVEL_Q = {AlertLevel.RED: _red_q, AlertLevel.YELLOW: _yellow_q, AlertLevel.BLUE: _blue_q}


def warning_case(on: date) -> Case:
    """Each measure's level as one SQL expression ('' when none), for grouping by level in the database."""
    whens = [When(warning_q(level, on), then=Value(level)) for level in AlertLevel.values]
    return Case(*whens, default=Value(""), output_field=models.CharField())


def any_warning_q(on: date) -> Q:
    """Red, yellow or blue: every measure that carries a warning."""
    return warning_q(AlertLevel.RED, on) | warning_q(AlertLevel.YELLOW, on) | warning_q(AlertLevel.BLUE, on)


def measure_flag(measure, on: date) -> str:
    """The colour a ledger shows for a measure: 'done' (green) or its warning level."""
    return "done" if measure.status == Status.DONE else measure_warning(measure, on)
