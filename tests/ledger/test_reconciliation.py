"""Reconciliation of stated figures against hand-built ledgers: which items are problems, what each metric is
compared with, the messages, and a constant number of queries."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ledger.choices import Metric, Status
from ledger.models import InspectionRound, ReportedFigure
from ledger.reconciliation import LedgerValue, inspection_discrepancies, reconcile
from ledger.services import save_tracked
from ledger.tallies import inspection_tallies
from tests.ledger.conftest import make_inspection, make_item, make_measure

S = Status


def figure(inspection, metric, value, unit="个", sentence="巡察反馈问题整改情况。", line=1):
    return ReportedFigure.objects.create(
        inspection=inspection,
        metric=metric,
        value=Decimal(value),
        quantity_unit=unit,
        sentence=sentence,
        source_line=line,
    )


@pytest.fixture
def inspection(ledger):
    """（一） with problems 1. (done, done) and 2. (in progress, not started; sub-problems (1) and (2));
    （二） with problem 3. (done, long-term); （三） holding a measure itself (basically done); （四） empty."""
    rnd = InspectionRound(inspecting_body="示范市委", level="xuncha", term=9, round_no=2)
    save_tracked(rnd)
    insp = make_inspection(ledger.west, rnd, group="市委第二巡察组")
    a1 = make_item(insp, "第一方面", label="（一）")
    p1 = make_item(insp, "问题一", parent=a1, label="1.")
    make_measure(p1, "措施一", S.DONE)
    make_measure(p1, "措施二", S.DONE)
    p2 = make_item(insp, "问题二", parent=a1, label="2.")
    s1 = make_item(insp, "具体问题一", parent=p2)
    s2 = make_item(insp, "具体问题二", parent=p2)
    make_measure(s1, "措施三", S.IN_PROGRESS)
    make_measure(s2, "措施四", S.NOT_STARTED)
    a2 = make_item(insp, "第二方面", label="（二）")
    p3 = make_item(insp, "问题三", parent=a2, label="3.")
    make_measure(p3, "措施五", S.DONE)
    make_measure(p3, "措施六", S.LONG_TERM)
    a3 = make_item(insp, "第三方面", label="（三）")
    make_measure(a3, "措施七", S.BASICALLY_DONE)
    make_item(insp, "第四方面（本轮巡察未发现问题）", label="（四）")
    return insp


def test_problems_are_the_level_below_aspects_and_statuses_roll_up(inspection):
    tally = inspection_tallies([inspection.pk])[inspection.pk]
    # 1., 2., 3. under aspects, plus （三） which holds a measure itself; the empty （四） is no problem.
    assert tally.problems == 4
    assert tally.sub_problems == 5  # 1., (1), (2), 3., （三）
    assert tally.measures == 7
    assert tally.problem_status == {S.DONE: 1, S.IN_PROGRESS: 1, S.LONG_TERM: 1, S.BASICALLY_DONE: 1}
    assert tally.measure_status == {S.DONE: 3, S.IN_PROGRESS: 1, S.NOT_STARTED: 1, S.LONG_TERM: 1, S.BASICALLY_DONE: 1}
    assert tally.problem_completion_rate == Decimal("25.00")
    assert tally.measure_completion_rate == Decimal("42.86")


def test_without_aspects_every_top_level_item_is_a_problem(ledger):
    rnd = InspectionRound(inspecting_body="示范县委", level="xuncha", term=1, round_no=1)
    save_tracked(rnd)
    insp = make_inspection(ledger.east, rnd)
    for n in range(3):
        make_item(insp, f"问题{n}", label=f"{n + 1}.")
    make_measure(insp.items.get(title="问题0"), "措施", S.DONE)
    tally = inspection_tallies([insp.pk])[insp.pk]
    assert (tally.problems, tally.sub_problems, tally.measures) == (3, 3, 1)
    assert tally.problem_status == {S.DONE: 1, None: 2}


def test_figures_that_match_the_ledger_give_no_discrepancy(inspection):
    figure(inspection, Metric.PROBLEMS, 4)
    figure(inspection, Metric.PROBLEMS, 5, sentence="巡察反馈3方面4个问题、5个具体问题。")  # sub-problems
    figure(inspection, Metric.MEASURES, 7, "条")
    figure(inspection, Metric.COMPLETED, 1)  # problems
    figure(inspection, Metric.COMPLETED, 3, "条")  # measures
    figure(inspection, Metric.IN_PROGRESS, 2, "条")  # measures in progress or not started
    figure(inspection, Metric.LONG_TERM, 1, "项")
    figure(inspection, Metric.BASICALLY_COMPLETED, 1)
    figure(inspection, Metric.COMPLETION_RATE, 25, "%")  # problems: 1 of 4
    figure(inspection, Metric.COMPLETION_RATE, Decimal("42.9"), "%")  # measures: 42.857…
    figure(inspection, Metric.COMPLETION_RATE, 43, "%")  # rounded to a whole percent
    result = reconcile([inspection.pk])[inspection.pk]
    assert (result.compared, result.discrepancies) == (11, [])


def test_a_figure_that_matches_neither_count_is_flagged_in_chinese(inspection):
    f = figure(inspection, Metric.COMPLETED, 10, sentence="反馈问题已整改完成10个,基本完成2个。", line=110)
    [d] = inspection_discrepancies(inspection)
    assert d.message == "通报称已完成10个，台账显示已完成的问题1个、措施3条"
    assert (d.figure_id, d.metric, d.metric_label, d.stated, d.quantity_unit) == (
        f.pk,
        Metric.COMPLETED,
        "已完成",
        Decimal(10),
        "个",
    )
    assert d.ledger == (LedgerValue("problems", "问题", Decimal(1)), LedgerValue("measures", "措施", Decimal(3)))
    assert (d.sentence, d.line) == ("反馈问题已整改完成10个,基本完成2个。", 110)


@pytest.mark.parametrize(
    ("metric", "value", "unit", "message"),
    [
        (Metric.PROBLEMS, 12, "个", "通报称反馈问题12个，台账显示问题4个、具体问题5个"),
        (Metric.MEASURES, 68, "条", "通报称整改措施68条，台账显示措施7条"),
        (Metric.COMPLETED, 9, "条", "通报称已完成9条，台账显示已完成的措施3条、问题1个"),
        (Metric.BASICALLY_COMPLETED, 2, "个", "通报称基本完成2个，台账显示基本完成的问题1个、措施1条"),
        (Metric.IN_PROGRESS, 5, "项", "通报称正在推进5项，台账显示正在推进的问题1个、措施2条"),
        (Metric.LONG_TERM, 4, "项", "通报称长期坚持4项，台账显示长期坚持的问题1个、措施1条"),
        (Metric.COMPLETION_RATE, Decimal("97.5"), "%", "通报称完成率97.5%，台账显示问题完成率25%、措施完成率42.86%"),
        (Metric.COMPLETION_RATE, Decimal("42.7"), "%", "通报称完成率42.7%，台账显示问题完成率25%、措施完成率42.86%"),
    ],
)
def test_messages_for_each_metric(inspection, metric, value, unit, message):
    figure(inspection, metric, value, unit)
    [d] = inspection_discrepancies(inspection)
    assert d.message == message


def test_figures_about_something_else_are_not_compared(inspection):
    figure(inspection, Metric.MEASURES, 16, "条", sentence="制定激励干部担当作为16条措施。")  # no 巡视/巡察/反馈/整改
    figure(inspection, Metric.ACCOUNTABLE_PEOPLE, 15, "人", sentence="巡察移交问题问责15人。")  # no ledger count
    result = reconcile([inspection.pk])[inspection.pk]
    assert (result.compared, result.discrepancies) == (0, [])


def test_an_inspection_without_items_compares_against_zero(ledger):
    rnd = InspectionRound(inspecting_body="示范区委", level="xuncha", term=3, round_no=3)
    save_tracked(rnd)
    insp = make_inspection(ledger.street, rnd)
    figure(insp, Metric.PROBLEMS, 3)
    figure(insp, Metric.COMPLETION_RATE, 100, "%")  # no rate to compare with: not a discrepancy
    [d] = inspection_discrepancies(insp)
    assert d.message == "通报称反馈问题3个，台账显示问题0个"


def test_reconciling_many_inspections_takes_three_queries(ledger, inspection):
    ids = [ledger.east_inspection.pk, ledger.west_inspection.pk, ledger.street_inspection.pk, inspection.pk]
    for pk in ids:
        ReportedFigure.objects.create(
            inspection_id=pk, metric=Metric.PROBLEMS, value=9, quantity_unit="个", sentence="巡察反馈9个问题。"
        )
    with CaptureQueriesContext(connection) as one:
        reconcile(ids[:1])
    with CaptureQueriesContext(connection) as many:
        result = reconcile(ids)
    assert len(one) == len(many) == 3
    assert [len(result[pk].discrepancies) for pk in ids] == [1, 1, 1, 1]
    assert reconcile([]) == {}


def test_tallies_of_other_things_are_not_compared():
    from ledger.reconciliation import is_compared

    def figure(metric, unit, sentence):
        return ReportedFigure(metric=metric, value=1, quantity_unit=unit, sentence=sentence)

    assert is_compared(figure(Metric.COMPLETED, "个", "巡视反馈问题已完成整改10个。"))
    assert not is_compared(figure(Metric.COMPLETION_RATE, "%", "系统排查率100%，隐患整改率100%。"))
    assert not is_compared(figure(Metric.COMPLETED, "起", "推进非法占用耕地问题整治，巡视期间已完成整改320起。"))
