"""Warning levels at their boundaries, with a frozen clock; the Python rule and the SQL filter agree."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from ledger.alerts import AlertLevel, measure_warning, warning_level, warning_q
from ledger.choices import Status
from ledger.models import Measure, ProgressNote

TODAY = date(2025, 3, 15)
S, W = Status, AlertLevel


def level(**kw):
    base = dict(
        status=S.IN_PROGRESS,
        deadline=None,
        closed=False,
        last_activity=TODAY,
        milestone=None,
        next_review_on=None,
        on=TODAY,
    )
    return warning_level(**{**base, **kw})


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"deadline": TODAY - timedelta(days=1)}, W.RED),
        ({"deadline": TODAY}, W.BLUE),
        ({"deadline": TODAY + timedelta(days=15)}, W.BLUE),
        ({"deadline": TODAY + timedelta(days=16)}, ""),
        ({"last_activity": TODAY - timedelta(days=30)}, ""),
        ({"last_activity": TODAY - timedelta(days=31)}, W.YELLOW),
        ({"last_activity": None}, W.YELLOW),
        ({"milestone": TODAY - timedelta(days=1)}, W.YELLOW),
        ({"milestone": TODAY - timedelta(days=1), "status": S.BASICALLY_DONE}, ""),
        ({"milestone": TODAY}, ""),
        ({"deadline": TODAY - timedelta(days=1), "last_activity": None}, W.RED),  # red outranks yellow
        ({"deadline": TODAY + timedelta(days=3), "last_activity": None}, W.YELLOW),  # yellow outranks blue
        ({"deadline": TODAY - timedelta(days=9), "status": S.DONE}, ""),
        ({"deadline": TODAY - timedelta(days=9), "closed": True}, ""),
        ({"deadline": TODAY - timedelta(days=9), "status": S.LONG_TERM}, ""),
        ({"status": S.LONG_TERM, "next_review_on": TODAY - timedelta(days=1)}, W.YELLOW),
        ({"status": S.LONG_TERM, "next_review_on": TODAY}, ""),
    ],
)
def test_levels_at_their_boundaries(settings, kw, expected):
    settings.DUE_SOON_DAYS, settings.STALE_DAYS = 15, 30
    assert level(**kw) == expected


@time_machine.travel(datetime(2025, 3, 15, 10, tzinfo=ZoneInfo("Asia/Shanghai")), tick=False)
def test_sql_filter_agrees_with_the_python_rule(ledger, settings):
    settings.DUE_SOON_DAYS, settings.STALE_DAYS = 15, 30
    item = ledger.east_problem
    cases = [
        (S.IN_PROGRESS, TODAY - timedelta(days=1), TODAY),
        (S.IN_PROGRESS, TODAY + timedelta(days=10), TODAY),
        (S.IN_PROGRESS, TODAY + timedelta(days=40), TODAY - timedelta(days=31)),
        (S.IN_PROGRESS, TODAY + timedelta(days=40), TODAY - timedelta(days=2)),
        (S.DONE, TODAY - timedelta(days=5), None),
        (S.LONG_TERM, None, TODAY),
    ]
    Measure.objects.all().delete()
    for n, (status, deadline, note_day) in enumerate(cases):
        m = Measure.objects.create(item=item, position=n + 1, text=f"措施{n}", status=status, deadline=deadline)
        if note_day:
            ProgressNote.objects.create(measure=m, date=note_day, text="进展", status_after=status)
    Measure.objects.filter(status=S.LONG_TERM).update(next_review_on=TODAY - timedelta(days=1))
    annotated = list(Measure.objects.order_by("position"))
    python_levels = [measure_warning(m, TODAY) for m in annotated]
    assert python_levels == [W.RED, W.BLUE, W.YELLOW, "", "", W.YELLOW]
    for lvl in W.values:
        in_sql = set(Measure.objects.filter(warning_q(lvl, TODAY)).values_list("pk", flat=True))
        assert in_sql == {m.pk for m, got in zip(annotated, python_levels, strict=True) if got == lvl}, lvl
