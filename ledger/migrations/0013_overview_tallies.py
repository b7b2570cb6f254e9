"""The overview's tallies (ledger.models.overview) and the triggers that mark a unit's tallies stale on every write
of a measure or a feedback item, whatever the path: services, admin, API, bulk updates, queryset deletes,
bulk_create, COPY, raw SQL. Only the columns the tallies read are watched on update. PostgreSQL marks once per
statement from its transition tables (one INSERT per statement, de-duplicated per transaction); SQLite, which has
row triggers only, once per row.

SQLite drops a table's triggers when a later migration rebuilds the table (its ALTER TABLE emulation): a migration
that alters ledger_measure, ledger_feedbackitem or ledger_inspection must create them again
(tests/ledger/test_overview_tallies.py fails otherwise)."""

import django.db.models.deletion
import django.db.models.expressions
from django.db import migrations, models

# The columns the tallies are computed from (ledger.services.overview).
MEASURE_COLUMNS = (
    "unit_id", "round_id", "inspection_id", "category_id", "status", "deadline", "closed_at", "last_activity_on",
    "milestone_on", "next_review_on",
)
ITEM_COLUMNS = ("inspection_id", "parent_id", "category_id", "repeat_of_id")
STALE = "ledger_overviewstaleunit"


def _changed(columns, old: str, new: str, different: str = "IS DISTINCT FROM") -> str:
    return " OR ".join(f"{old}.{c} {different} {new}.{c}" for c in columns)


# The unit a row counts under: a measure stores it; an item takes its inspection's (looked up once per inspection).
PG_KEY = {"measure": "unit_id", "item": "inspection_id"}
PG_TABLE = {"measure": "ledger_measure", "item": "ledger_feedbackitem"}
PG_CHANGED = {"measure": MEASURE_COLUMNS, "item": ITEM_COLUMNS}


def _units(kind: str, rows: str) -> str:
    """SELECT the distinct unit keys of `rows` (a subquery with a column k)."""
    if kind == "measure":
        return f"SELECT DISTINCT coalesce(r.k, 0), txid_current() FROM ({rows}) r"
    return (
        f"SELECT DISTINCT coalesce(i.unit_id, 0), txid_current() FROM (SELECT DISTINCT k FROM ({rows}) x) r"
        " LEFT JOIN ledger_inspection i ON i.id = r.k"
    )


def _postgres(kind: str) -> list[str]:
    key, table = PG_KEY[kind], PG_TABLE[kind]
    changed = _changed(PG_CHANGED[kind], "o", "n")
    # Both the old and the new unit of an updated row: a row moved to another inspection leaves one unit's counts
    # for another's.
    updated = (
        f"SELECT u.k FROM old_rows o JOIN new_rows n ON n.id = o.id,"
        f" LATERAL (VALUES (o.{key}), (n.{key})) AS u(k) WHERE {changed}"
    )
    bodies = {
        "inserted": _units(kind, f"SELECT {key} AS k FROM new_rows"),
        "deleted": _units(kind, f"SELECT {key} AS k FROM old_rows"),
        "updated": _units(kind, updated),
    }
    functions = [
        f"""CREATE FUNCTION tz_overview_{kind}_{event}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO {STALE} (unit_key, xact) {body} ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$"""
        for event, body in bodies.items()
    ]
    return [
        *functions,
        f"""CREATE TRIGGER ledger_{kind}_overview_insert AFTER INSERT ON {table}
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tz_overview_{kind}_inserted()""",
        f"""CREATE TRIGGER ledger_{kind}_overview_delete AFTER DELETE ON {table}
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tz_overview_{kind}_deleted()""",
        f"""CREATE TRIGGER ledger_{kind}_overview_update AFTER UPDATE ON {table}
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION tz_overview_{kind}_updated()""",
    ]


POSTGRES = [
    *_postgres("measure"),
    *_postgres("item"),
    # The kind is read from the inspection, and its items take its unit and round: a change of any of them (or its
    # delete) changes the counts of its old and new unit.
    f"""CREATE FUNCTION tz_overview_inspection() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO {STALE} (unit_key, xact) VALUES (coalesce(OLD.unit_id, 0), txid_current()) ON CONFLICT DO NOTHING;
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO {STALE} (unit_key, xact) VALUES (coalesce(NEW.unit_id, 0), txid_current()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$""",
    """CREATE TRIGGER ledger_inspection_overview_update AFTER UPDATE ON ledger_inspection FOR EACH ROW
  WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.unit_id IS DISTINCT FROM NEW.unit_id
        OR OLD.round_id IS DISTINCT FROM NEW.round_id)
  EXECUTE FUNCTION tz_overview_inspection()""",
    """CREATE TRIGGER ledger_inspection_overview_delete AFTER DELETE ON ledger_inspection FOR EACH ROW
  EXECUTE FUNCTION tz_overview_inspection()""",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS ledger_inspection_overview_delete ON ledger_inspection",
    "DROP TRIGGER IF EXISTS ledger_inspection_overview_update ON ledger_inspection",
    "DROP FUNCTION IF EXISTS tz_overview_inspection()",
    *[
        statement
        for kind in ("measure", "item")
        for statement in (
            f"DROP TRIGGER IF EXISTS ledger_{kind}_overview_update ON {PG_TABLE[kind]}",
            f"DROP TRIGGER IF EXISTS ledger_{kind}_overview_delete ON {PG_TABLE[kind]}",
            f"DROP TRIGGER IF EXISTS ledger_{kind}_overview_insert ON {PG_TABLE[kind]}",
            f"DROP FUNCTION IF EXISTS tz_overview_{kind}_updated()",
            f"DROP FUNCTION IF EXISTS tz_overview_{kind}_deleted()",
            f"DROP FUNCTION IF EXISTS tz_overview_{kind}_inserted()",
        )
    ],
]

SQLITE_UNIT = {
    "measure": "coalesce({row}.unit_id, 0)",
    "item": "coalesce((SELECT unit_id FROM ledger_inspection WHERE id = {row}.inspection_id), 0)",
}


def _mark(kind: str, row: str) -> str:
    unit = SQLITE_UNIT[kind].format(row=row) if kind != "inspection" else f"coalesce({row}.unit_id, 0)"
    return f"INSERT OR IGNORE INTO {STALE} (unit_key, xact) VALUES ({unit}, 0);"


def _sqlite(kind: str) -> list[str]:
    table = PG_TABLE[kind]
    return [
        f"CREATE TRIGGER ledger_{kind}_overview_insert AFTER INSERT ON {table} BEGIN {_mark(kind, 'NEW')} END",
        f"CREATE TRIGGER ledger_{kind}_overview_delete AFTER DELETE ON {table} BEGIN {_mark(kind, 'OLD')} END",
        f"""CREATE TRIGGER ledger_{kind}_overview_update AFTER UPDATE ON {table}
  WHEN {_changed(PG_CHANGED[kind], "OLD", "NEW", "IS NOT")} BEGIN {_mark(kind, 'OLD')} {_mark(kind, 'NEW')} END""",
    ]


SQLITE = [
    *_sqlite("measure"),
    *_sqlite("item"),
    f"""CREATE TRIGGER ledger_inspection_overview_update AFTER UPDATE ON ledger_inspection
  WHEN {_changed(("kind", "unit_id", "round_id"), "OLD", "NEW", "IS NOT")}
  BEGIN {_mark("inspection", "OLD")} {_mark("inspection", "NEW")} END""",
    f"""CREATE TRIGGER ledger_inspection_overview_delete AFTER DELETE ON ledger_inspection
  BEGIN {_mark("inspection", "OLD")} END""",
]
SQLITE_REVERSE = [
    f"DROP TRIGGER IF EXISTS ledger_{kind}_overview_{event}"
    for kind in ("inspection", "item", "measure")
    for event in ("update", "delete", "insert")
]


class VendorRunSQL(migrations.RunSQL):
    """RunSQL for one database vendor only."""

    def __init__(self, vendor, *args, **kwargs):
        self.vendor = vendor
        super().__init__(*args, **kwargs)

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == self.vendor:
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0012_item_and_note_indexes'),
    ]

    operations = [
        migrations.CreateModel(
            name='OverviewStaleUnit',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('unit_key', models.BigIntegerField(verbose_name='单位')),
                ('xact', models.BigIntegerField(default=0, verbose_name='事务')),
            ],
            options={
                'verbose_name': '待重算单位',
                'verbose_name_plural': '待重算单位',
                'constraints': [models.UniqueConstraint(fields=('unit_key', 'xact'), name='ledger_overview_stale_once_per_transaction')],
            },
        ),
        migrations.CreateModel(
            name='OverviewTallyState',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('on', models.DateField(blank=True, null=True, verbose_name='计数日期')),
                ('rules', models.CharField(blank=True, max_length=50, verbose_name='预警规则')),
            ],
            options={
                'verbose_name': '总览计数日期',
                'verbose_name_plural': '总览计数日期',
                'constraints': [models.CheckConstraint(condition=models.Q(('pk', 1)), name='ledger_overview_state_single_row')],
            },
        ),
        migrations.CreateModel(
            name='OverviewTally',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(blank=True, choices=[('regular', '常规'), ('special', '专项')], max_length=10, null=True, verbose_name='巡视类型')),
                ('measures', models.PositiveIntegerField(db_default=0, verbose_name='整改措施')),
                ('not_started', models.PositiveIntegerField(db_default=0, verbose_name='未启动')),
                ('in_progress', models.PositiveIntegerField(db_default=0, verbose_name='正在推进')),
                ('basically_done', models.PositiveIntegerField(db_default=0, verbose_name='基本完成')),
                ('done', models.PositiveIntegerField(db_default=0, verbose_name='已完成')),
                ('long_term', models.PositiveIntegerField(db_default=0, verbose_name='长期坚持')),
                ('red', models.PositiveIntegerField(db_default=0, verbose_name='红色预警')),
                ('yellow', models.PositiveIntegerField(db_default=0, verbose_name='黄色预警')),
                ('blue', models.PositiveIntegerField(db_default=0, verbose_name='蓝色预警')),
                ('problems', models.PositiveIntegerField(db_default=0, verbose_name='反馈问题')),
                ('repeats', models.PositiveIntegerField(db_default=0, verbose_name='重复问题')),
                ('category', models.ForeignKey(blank=True, db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='ledger.problemcategory', verbose_name='问题类别')),
                ('round', models.ForeignKey(blank=True, db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='ledger.inspectionround', verbose_name='巡视轮次')),
                ('unit', models.ForeignKey(blank=True, db_constraint=False, db_index=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='ledger.unit', verbose_name='被巡视单位')),
            ],
            options={
                'verbose_name': '总览计数',
                'verbose_name_plural': '总览计数',
                'indexes': [models.Index(fields=['unit'], name='ledger_overview_tally_unit_idx')],
                'constraints': [models.CheckConstraint(condition=models.Q(('measures', django.db.models.expressions.CombinedExpression(django.db.models.expressions.CombinedExpression(django.db.models.expressions.CombinedExpression(django.db.models.expressions.CombinedExpression(models.F('not_started'), '+', models.F('in_progress')), '+', models.F('basically_done')), '+', models.F('done')), '+', models.F('long_term')))), name='ledger_overview_tally_statuses_add_up', violation_error_message='各状态的措施数之和应等于措施数。')],
            },
        ),
            VendorRunSQL("postgresql", POSTGRES, POSTGRES_REVERSE),
        VendorRunSQL("sqlite", SQLITE, SQLITE_REVERSE),
    ]
