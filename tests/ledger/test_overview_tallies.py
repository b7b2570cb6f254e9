"""The overview's stored tallies (ledger.models.overview) always give the numbers counted from scratch: after writes
through every path (services, admin, API, bulk updates, deletes, imports, bulk_create, raw SQL), after a change of
day, for every filter and every scope."""

from datetime import timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from imports.persistence import import_parsed
from ledger.choices import InspectionKind, Status
from ledger.dashboard.selectors import overview
from ledger.models import (
    FeedbackItem,
    Inspection,
    InspectionRound,
    Measure,
    OverviewStaleUnit,
    OverviewTally,
    OverviewTallyState,
    ProblemCategory,
)
from ledger.services import (
    feedback_item_set_category,
    measure_close_out,
    measure_reopen,
    measure_review,
    measure_set_status,
    measure_update,
    measures_refresh_warning_inputs,
    progress_note_add,
    save_tracked,
)
from ledger.services.overview import overview_tallies_current, overview_tallies_refresh
from tests.excel.conftest import edited, export_bytes
from tests.excel.test_reimport import EAST, run
from tests.imports.test_persistence import parsed_report
from tests.ledger.conftest import make_inspection, make_item, make_measure
from tests.ledger.test_evidence import pdf_upload
from tests.ledger.test_history import post_measure


def numbers(data) -> dict:
    """Every count the overview shows, in an order-free form."""
    def rows(items):
        return sorted((tuple(sorted((k, v) for k, v in r.items() if k != "empty")) for r in items), key=str)

    return {
        "units": rows(data.by_unit),
        "rounds": rows(data.by_round),
        "categories": rows(data.by_category),
        "totals": data.totals,
        "repeats": data.repeats,
    }


def assert_exact(user, ledger):
    """The tallies' numbers equal the from-scratch count for the whole ledger and each filter."""
    assert Measure.objects.exists()
    choices = [
        {},
        {"round": str(ledger.round.pk)},
        {"kind": InspectionKind.SPECIAL},
        {"kind": InspectionKind.REGULAR},
        {"unit": str(ledger.east.pk)},
        {"unit": str(ledger.city.pk), "round": str(ledger.round.pk), "kind": InspectionKind.REGULAR},
    ]
    for params in choices:
        stored = numbers(overview(user, params))
        assert not OverviewStaleUnit.objects.exists()
        assert stored == numbers(overview(user, params, from_scratch=True)), params
    return numbers(overview(user, {}))


@pytest.fixture
def counted(ledger, users, today):
    """Milestones on the inspections (so yellow has a date to follow) and the tallies built once, as a day's first
    reader builds them."""
    for n, inspection in enumerate((ledger.east_inspection, ledger.street_inspection, ledger.west_inspection)):
        inspection.rectification_deadline = today - timedelta(days=10 * n)
        save_tracked(inspection)
    assert_exact(users.admin, ledger)
    return ledger


def test_services_keep_the_tallies_exact(counted, users, today):
    before = assert_exact(users.admin, counted)
    measure = counted.east_measures[1]
    progress_note_add(measure=measure, text="推进中", status_after=Status.IN_PROGRESS, on=today - timedelta(days=40))
    assert OverviewStaleUnit.objects.filter(unit_key=counted.east.pk).exists()  # the trigger marked the unit
    assert not overview_tallies_current(today)
    assert_exact(users.admin, counted)
    measure = Measure.objects.get(pk=measure.pk)
    measure_set_status(measure=measure, status=Status.BASICALLY_DONE, note="基本完成", user=users.editor)
    after = assert_exact(users.admin, counted)
    assert after != before  # the counts did move
    measure.deadline = today + timedelta(days=3)
    measure_update(measure=measure, expected_version=measure.version, user=users.editor)
    assert_exact(users.admin, counted)
    long_term = counted.west_measures[1]
    measure_set_status(measure=long_term, status=Status.LONG_TERM, note="转为长期坚持", user=users.admin)
    measure_review(measure=long_term, user=users.admin, note="按季度复查")
    assert_exact(users.admin, counted)
    from ledger.services import evidence_create

    done = Measure.objects.get(pk=counted.street_measures[0].pk)
    evidence_create(measure=done, upload=pdf_upload(), user=users.admin)
    measure_close_out(measure=done, user=users.admin, note="同意销号")
    assert_exact(users.admin, counted)
    measure_reopen(measure=done, user=users.admin, reason="问题反弹", new_deadline=today + timedelta(days=30))
    assert_exact(users.admin, counted)


def test_inspection_changes_reach_the_tallies(counted, users, ledger, today):
    inspection = Inspection.objects.get(pk=counted.east_inspection.pk)
    inspection.rectification_deadline = today - timedelta(days=5)  # behind the milestone: yellow
    save_tracked(inspection, user=users.admin)
    assert_exact(users.admin, counted)
    inspection.kind = InspectionKind.SPECIAL
    inspection.topic = "选人用人专项"
    save_tracked(inspection, user=users.admin)  # the kind lives on the inspection only: its own trigger
    assert OverviewStaleUnit.objects.filter(unit_key=counted.east.pk).exists()
    assert_exact(users.admin, counted)
    second = InspectionRound(inspecting_body="示范省委", level=ledger.round.level, term=13, round_no=5)
    save_tracked(second)
    inspection.unit = ledger.west
    inspection.round = second
    save_tracked(inspection, user=users.admin)  # its measures leave 东城区委 for 西城区委: both recomputed
    assert_exact(users.admin, counted)
    assert_exact(users.admin, counted)
    Inspection.objects.filter(pk=counted.street_inspection.pk).delete()
    assert_exact(users.admin, counted)


def test_categories_reach_the_tallies(counted, users):
    from similarity.services import similarity_refresh

    item = make_item(counted.east_inspection, "严格落实中央八项规定精神", parent=counted.east_aspect)
    make_measure(item, "开展专项整治")
    similarity_refresh()  # the classifier's bulk UPDATE
    assert_exact(users.admin, counted)
    rules = ProblemCategory.objects.get(name__contains="八项规定")
    assert OverviewTally.objects.filter(category=rules).exists()
    other = ProblemCategory.objects.exclude(pk=rules.pk).first()
    feedback_item_set_category(item=FeedbackItem.objects.get(pk=item.pk), category=other, user=users.admin)
    assert_exact(users.admin, counted)
    other.delete()
    assert_exact(users.admin, counted)


def test_bulk_writes_deletes_and_raw_sql(counted, users, today):
    Measure.objects.filter(unit=counted.west).update(status=Status.NOT_STARTED, deadline=today + timedelta(days=2))
    assert_exact(users.admin, counted)
    item = FeedbackItem.objects.get(pk=counted.east_problem.pk)
    created = Measure.objects.bulk_create([Measure(item=item, position=10 + n, text=f"批量{n}") for n in range(3)])
    assert_exact(users.admin, counted)  # not yet given their unit: counted apart, as from scratch
    measures_refresh_warning_inputs(measure_ids=[m.pk for m in created])
    assert_exact(users.admin, counted)
    Measure.objects.filter(pk=created[0].pk).delete()
    Measure.objects.get(pk=counted.west_measures[0].pk).delete()
    assert_exact(users.admin, counted)
    with connection.cursor() as cursor:  # a path Django never sees
        cursor.execute("UPDATE ledger_measure SET status = %s WHERE id = %s", [Status.DONE, created[1].pk])
    assert_exact(users.admin, counted)
    # A text edit changes nothing the tallies read: no mark, the overview stays current.
    Measure.objects.filter(pk=created[2].pk).update(text="只改文字")
    assert overview_tallies_current(today)


def test_admin_api_and_workbench_writes(counted, users, login, api, today):
    client = login(users.admin)
    measure = Measure.objects.get(pk=counted.east_measures[1].pk)
    assert post_measure(client, measure, status=Status.BASICALLY_DONE, progress_note="基本完成").status_code == 302
    assert_exact(users.admin, counted)
    rest = api(users.admin)
    east = counted.east_measures[0]
    response = rest.patch(f"/api/measures/{east.pk}/", {"status": "in_progress", "note": "重新推进"}, format="json")
    assert response.status_code == 200, response.content
    assert_exact(users.admin, counted)
    rows = [{"id": counted.west_measures[1].pk, "status": "basically_done", "note": "基本完成"}]
    assert rest.patch("/api/measures/bulk/", rows, format="json").status_code == 200
    assert_exact(users.admin, counted)
    response = rest.post("/api/measures/", {"item": counted.west_problem.pk, "position": 5, "text": "接口新增"},
                         format="json")
    assert response.status_code == 201, response.content
    assert_exact(users.admin, counted)
    street = Measure.objects.get(pk=counted.street_measures[1].pk)
    response = login(users.editor).post(
        "/admin/",
        {"action": "progress", "measure": street.pk, "version": street.version,
         "status": Status.BASICALLY_DONE, "note": "已基本完成"},
    )
    assert response.status_code == 302
    assert_exact(users.admin, counted)


def test_document_and_excel_imports(counted, users):
    import_parsed([parsed_report()], user=users.admin)
    assert_exact(users.admin, counted)
    data = edited(export_bytes(users.admin), {EAST: {"J4": "基本完成", "I4": "已基本完成整改"}})
    result = run(data, users.admin, apply=True)
    assert result.applied, [str(p) for p in result.problems]
    assert_exact(users.admin, counted)


def test_scopes_read_only_their_units(counted, users):
    for user in (users.editor, users.viewer, users.supervisor):
        assert_exact(user, counted)
    viewer = overview(users.viewer, {})
    assert {r["unit_id"] for r in viewer.by_unit} == {counted.street.pk}


def test_a_new_day_rebuilds_every_level(counted, users, today):
    # Deadlines a week out: blue today, neither blue nor red in ten days' time (red then).
    Measure.objects.filter(status=Status.IN_PROGRESS).update(deadline=today + timedelta(days=7))
    progress_note_add(measure=counted.west_measures[1], text="推进", status_after=Status.IN_PROGRESS, on=today)
    first = assert_exact(users.admin, counted)
    later = today + timedelta(days=10)
    with mock.patch("ledger.dashboard.selectors.today", return_value=later):
        assert not overview_tallies_current(later)
        second = assert_exact(users.admin, counted)
    assert OverviewTallyState.objects.get().on == later
    assert first["totals"]["blue"] > 0 and second["totals"]["blue"] == 0
    assert second["totals"]["red"] > first["totals"]["red"]


def test_a_refresh_costs_the_same_queries_for_one_unit_or_many(counted, ledger, today):
    from ledger.services import unit_create

    make_measure(make_item(counted.west_inspection, "又一个问题"))
    with CaptureQueriesContext(connection) as one:
        assert overview_tallies_refresh(on=today) == 1
    for n in range(12):
        unit = unit_create(name=f"新单位{n}", full_name=f"中共新单位{n}委员会", parent=ledger.city)
        make_measure(make_item(make_inspection(unit, ledger.round), f"问题{n}"))
    with CaptureQueriesContext(connection) as many:
        assert overview_tallies_refresh(on=today) == 12
    assert len(one) == len(many)
    assert overview_tallies_refresh(on=today) == 0


def test_item_writes_reach_the_problem_counts(counted, users, ledger):
    # A top-level item without children is a problem; given a child it becomes an aspect heading it (not counted).
    def problems():
        return sum(dict(row)["problems"] for row in assert_exact(users.admin, counted)["categories"])

    before = problems()
    lone = make_item(counted.west_inspection, "单列问题")
    assert problems() == before + 1
    make_item(counted.west_inspection, "其下的问题一", parent=lone)
    assert problems() == before + 1  # the lone item now heads it
    make_item(counted.west_inspection, "其下的问题二", parent=lone)
    assert problems() == before + 2
    # 重复问题: marked by the similarity refresh's bulk UPDATE, here the same UPDATE by hand.
    FeedbackItem.objects.filter(pk=counted.east_problem.pk).update(repeat_of=counted.west_problem)
    data = assert_exact(users.admin, counted)
    assert data["repeats"] == 1
    item = FeedbackItem.objects.get(pk=counted.street_problem.pk)
    item.inspection = counted.west_inspection
    item.parent = None
    item.position = 99
    save_tracked(item, user=users.admin)
    assert_exact(users.admin, counted)
    FeedbackItem.objects.filter(parent=lone).delete()
    assert_exact(users.admin, counted)


def test_the_triggers_exist_on_every_table(db):
    """SQLite loses a table's triggers when a migration rebuilds the table: this fails until they are recreated."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT tgname FROM pg_trigger WHERE tgname LIKE '%%overview%%'")
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%overview%'")
        names = {row[0] for row in cursor.fetchall()}
    expected = {f"ledger_{t}_overview_{e}" for t in ("measure", "item") for e in ("insert", "update", "delete")}
    assert names == expected | {"ledger_inspection_overview_update", "ledger_inspection_overview_delete"}


def test_the_daily_schedule_and_the_command_recount_everything(counted, users, settings, today):
    from django.core.management import call_command

    from jobs.tasks import overview_tallies_rebuild

    entry = settings.CELERY_BEAT_SCHEDULE["daily-overview-tallies"]
    assert entry["task"] == overview_tallies_rebuild.name
    assert (entry["schedule"].hour, entry["schedule"].minute) == ({0}, {1})
    OverviewTally.objects.update(measures=0, not_started=0, in_progress=0, basically_done=0, done=0, long_term=0)
    overview_tallies_rebuild()  # a rebuild, not only the stale units: whatever the rows held
    assert OverviewTallyState.objects.get().on == today
    assert_exact(users.admin, counted)
    OverviewTally.objects.all().delete()
    call_command("overview_tallies")
    assert OverviewTally.objects.exists()
    assert_exact(users.admin, counted)


def test_a_change_of_the_warning_rules_recounts_the_levels(counted, users, settings, today):
    Measure.objects.filter(status=Status.IN_PROGRESS).update(deadline=today + timedelta(days=20))
    progress_note_add(measure=counted.west_measures[1], text="推进", status_after=Status.IN_PROGRESS, on=today)
    before = assert_exact(users.admin, counted)
    settings.DUE_SOON_DAYS = 30  # due in 20 days: now blue
    assert not overview_tallies_current(today)
    after = assert_exact(users.admin, counted)
    assert after["totals"]["blue"] > before["totals"]["blue"]


@pytest.mark.django_db(transaction=True)
def test_a_writer_committing_after_a_refresh_keeps_its_mark():
    """PostgreSQL, two connections: a refresh that runs while another transaction has written but not committed
    must leave that transaction's mark, even when the unit already had a committed mark the refresh consumed."""
    if connection.vendor != "postgresql":
        pytest.skip("concurrent transactions: PostgreSQL")
    import psycopg

    from ledger.choices import Level, UnitKind
    from ledger.selectors import today
    from ledger.services import unit_create

    unit = unit_create(name="并发区委", full_name="中共并发区委", kind=UnitKind.COUNTY)
    rnd = InspectionRound(inspecting_body="示范省委", level=Level.XUNSHI, term=13, round_no=4)
    save_tracked(rnd)
    item = make_item(make_inspection(unit, rnd), "问题")
    first, second = make_measure(item, "一"), make_measure(item, "二")
    on = today()
    overview_tallies_refresh(on=on)
    Measure.objects.filter(pk=first.pk).update(status=Status.BASICALLY_DONE)  # a committed mark for the unit
    settings = connection.settings_dict
    with psycopg.connect(
        dbname=settings["NAME"], user=settings["USER"], host=settings["HOST"], port=settings["PORT"] or 5432
    ) as other:
        other.execute("UPDATE ledger_measure SET status = 'done' WHERE id = %s", [second.pk])  # not committed
        assert overview_tallies_refresh(on=on) == 1  # consumed the committed mark, not the other's
        other.commit()
    assert not overview_tallies_current(on)  # the other writer's mark outlived the refresh
    assert overview_tallies_refresh(on=on) == 1
    row = OverviewTally.objects.get(unit=unit, measures__gt=0)
    assert (row.measures, row.basically_done, row.done) == (2, 1, 1)
