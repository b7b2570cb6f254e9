"""Migration 0015 fills Measure.inspection_kind from each measure's inspection, on the database the tests run on
(PostgreSQL: a default for the existing rows, then an UPDATE of the measures of other kinds; SQLite: a correlated
UPDATE), and leaves the overview's triggers in place."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from ledger.choices import InspectionKind
from ledger.models import Measure
from ledger.services import save_tracked
from tests.ledger.test_overview_tallies import test_the_triggers_exist_on_every_table as assert_triggers
from tests.ledger.test_warning_inputs import assert_consistent

BEFORE = ("ledger", "0014_measure_search_vector_given")


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)


def test_the_backfill_gives_every_measure_its_inspections_kind(transactional_db, ledger):
    west = ledger.west_inspection
    west.kind, west.topic = InspectionKind.SPECIAL, "选人用人专项"
    save_tracked(west)
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes("ledger")
    try:
        _migrate([BEFORE])  # the column is dropped with what it held
    finally:
        _migrate(latest)
    assert_consistent()
    kinds = dict(Measure.objects.values_list("item__inspection_id", "inspection_kind").distinct())
    assert kinds[west.pk] == InspectionKind.SPECIAL
    assert kinds[ledger.east_inspection.pk] == InspectionKind.REGULAR
    assert_triggers(None)
