"""Status roll-up, overdue and deadline colours: the ledger's derived facts."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError

from ledger.choices import InspectionKind, Level, Status
from ledger.models import InspectionRound, Measure
from ledger.selectors import item_rollup, item_rollups, measure_is_overdue, overdue_q, rollup_status
from ledger.services import save_tracked
from tests.ledger.conftest import make_inspection, make_item, make_measure

S = Status


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], None),
        ([S.DONE, S.DONE], S.DONE),
        ([S.DONE, S.LONG_TERM], S.LONG_TERM),
        ([S.DONE, S.BASICALLY_DONE], S.BASICALLY_DONE),
        ([S.LONG_TERM, S.BASICALLY_DONE], S.BASICALLY_DONE),
        ([S.NOT_STARTED, S.NOT_STARTED], S.NOT_STARTED),
        ([S.NOT_STARTED, S.DONE], S.IN_PROGRESS),
        ([S.IN_PROGRESS, S.DONE], S.IN_PROGRESS),
    ],
)
def test_rollup_status_rules(statuses, expected):
    assert rollup_status(statuses) == expected


@pytest.mark.parametrize(
    ("status", "days_from_today", "overdue"),
    [
        (S.IN_PROGRESS, -1, True),
        (S.IN_PROGRESS, 0, False),  # due today is not yet overdue
        (S.NOT_STARTED, -30, True),
        (S.BASICALLY_DONE, -1, True),  # basically done still owes the rest
        (S.DONE, -1, False),
        (S.LONG_TERM, -1, False),
        (S.IN_PROGRESS, None, False),
    ],
)
def test_overdue_rule_in_python_and_sql(ledger, today, status, days_from_today, overdue):
    deadline = None if days_from_today is None else today + timedelta(days=days_from_today)
    measure = make_measure(ledger.east_problem, status=status, deadline=deadline)
    assert measure_is_overdue(measure, today) is overdue
    assert Measure.objects.filter(overdue_q(today), pk=measure.pk).exists() is overdue


def test_item_rollup_covers_the_whole_subtree(ledger, today):
    problem = ledger.east_problem
    sub = make_item(ledger.east_inspection, "子问题", parent=problem)
    make_measure(sub, status=S.NOT_STARTED, deadline=today - timedelta(days=10))
    rollups = item_rollups([ledger.east_inspection.pk], today)
    aspect = rollups[ledger.east_aspect.pk]
    assert aspect.total == 3
    assert aspect.counts[S.DONE] == 1 and aspect.counts[S.NOT_STARTED] == 1
    assert aspect.overdue == 2  # measure two (yesterday) and the sub-problem's measure
    assert aspect.status == S.IN_PROGRESS
    assert rollups[sub.pk].status == S.NOT_STARTED
    assert rollups[sub.pk].overdue == 1


def test_item_status_follows_measures_without_being_stored(ledger):
    m1, m2 = ledger.east_measures
    assert item_rollup(ledger.east_problem).status == S.IN_PROGRESS
    m2.status = S.DONE
    save_tracked(m2)
    assert item_rollup(ledger.east_problem).status == S.DONE
    assert item_rollup(ledger.east_aspect).status == S.DONE
    assert item_rollup(ledger.east_aspect).overdue == 0
    assert "status" not in {f.name for f in type(ledger.east_problem)._meta.get_fields()}


def test_item_without_measures_reports_none(ledger):
    bare = make_item(ledger.east_inspection, "尚未制定措施的问题")
    assert item_rollup(bare).status is None
    assert item_rollup(bare).status_label == "无措施"


def test_item_rollups_take_two_queries_whatever_the_size(ledger, django_assert_num_queries):
    for n in range(20):
        make_measure(make_item(ledger.west_inspection, f"问题{n}", parent=ledger.west_aspect))
    with django_assert_num_queries(2):
        item_rollups([ledger.east_inspection.pk, ledger.west_inspection.pk])


def test_round_natural_key_treats_unstated_term_as_one_value(db):
    first = InspectionRound(inspecting_body="辽宁省委", level=Level.XUNSHI, term=None, round_no=None)
    save_tracked(first)
    dup = InspectionRound(inspecting_body="辽宁省委", level=Level.XUNSHI, term=None, round_no=None)
    with pytest.raises(ValidationError, match="该巡视轮次已存在"):
        save_tracked(dup)
    other = InspectionRound(inspecting_body="辽宁省委", level=Level.XUNSHI, term=13, round_no=None)
    save_tracked(other)
    assert InspectionRound.objects.count() == 2


def test_regular_and_special_inspection_of_one_visit_are_two_inspections(ledger):
    special = make_inspection(ledger.east, ledger.round, kind=InspectionKind.SPECIAL, topic="营商环境")
    assert special.pk != ledger.east_inspection.pk
    with pytest.raises(ValidationError, match="只有专项巡视才填写专项主题"):
        make_inspection(ledger.east, ledger.round, group="另一组", kind=InspectionKind.REGULAR, topic="营商环境")


def test_closed_out_requires_done_status_in_the_database(ledger):
    measure = ledger.east_measures[1]
    measure.closed_at = measure.created_at
    with pytest.raises(ValidationError, match="只有已完成的措施才能销号"):
        measure.full_clean()
