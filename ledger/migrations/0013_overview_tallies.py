"""The overview's tallies (ledger.models.overview) and the triggers that mark a unit's tallies stale on every write
of a measure, whatever the path: services, admin, API, bulk updates, queryset deletes, bulk_create, COPY. Only the
columns the tallies read are watched on update. PostgreSQL marks once per statement from its transition tables
(one INSERT per statement, de-duplicated per transaction); SQLite, which has row triggers only, once per row."""

import django.db.models.deletion
import django.db.models.expressions
from django.db import migrations, models

# The measure columns the tallies are computed from (ledger.services.overview).
WATCHED = (
    "unit_id", "round_id", "inspection_id", "category_id", "status", "deadline", "closed_at", "last_activity_on",
    "milestone_on", "next_review_on",
)
STALE = "ledger_overviewstaleunit"


def _changed(old: str, new: str, op: str) -> str:
    return f" {op} ".join(f"{old}.{c} IS DISTINCT FROM {new}.{c}" for c in WATCHED)


POSTGRES = [
    f"""CREATE FUNCTION tz_overview_stale_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO {STALE} (unit_key, xact) SELECT DISTINCT coalesce(unit_id, 0), txid_current() FROM new_rows
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$""",
    f"""CREATE FUNCTION tz_overview_stale_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO {STALE} (unit_key, xact) SELECT DISTINCT coalesce(unit_id, 0), txid_current() FROM old_rows
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$""",
    # Both the old and the new unit: a measure moved with its inspection leaves one unit's counts for another's.
    f"""CREATE FUNCTION tz_overview_stale_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO {STALE} (unit_key, xact)
    SELECT DISTINCT k, txid_current() FROM old_rows o JOIN new_rows n ON n.id = o.id,
      LATERAL (VALUES (coalesce(o.unit_id, 0)), (coalesce(n.unit_id, 0))) AS u(k)
    WHERE {_changed("o", "n", "OR")}
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$""",
    """CREATE TRIGGER ledger_measure_overview_insert AFTER INSERT ON ledger_measure
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tz_overview_stale_inserted()""",
    """CREATE TRIGGER ledger_measure_overview_delete AFTER DELETE ON ledger_measure
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tz_overview_stale_deleted()""",
    """CREATE TRIGGER ledger_measure_overview_update AFTER UPDATE ON ledger_measure
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION tz_overview_stale_updated()""",
    # The kind is read from the inspection: changing it changes the counts of its measures' units.
    f"""CREATE FUNCTION tz_overview_stale_kind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO {STALE} (unit_key, xact)
    SELECT DISTINCT coalesce(unit_id, 0), txid_current() FROM ledger_measure WHERE inspection_id = NEW.id
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$""",
    """CREATE TRIGGER ledger_inspection_overview_kind AFTER UPDATE OF kind ON ledger_inspection
  FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION tz_overview_stale_kind()""",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS ledger_inspection_overview_kind ON ledger_inspection",
    "DROP TRIGGER IF EXISTS ledger_measure_overview_update ON ledger_measure",
    "DROP TRIGGER IF EXISTS ledger_measure_overview_delete ON ledger_measure",
    "DROP TRIGGER IF EXISTS ledger_measure_overview_insert ON ledger_measure",
    "DROP FUNCTION IF EXISTS tz_overview_stale_kind()",
    "DROP FUNCTION IF EXISTS tz_overview_stale_updated()",
    "DROP FUNCTION IF EXISTS tz_overview_stale_deleted()",
    "DROP FUNCTION IF EXISTS tz_overview_stale_inserted()",
]


def _mark(row: str) -> str:
    return f"INSERT OR IGNORE INTO {STALE} (unit_key, xact) VALUES (coalesce({row}.unit_id, 0), 0);"


SQLITE = [
    f"CREATE TRIGGER ledger_measure_overview_insert AFTER INSERT ON ledger_measure BEGIN {_mark('NEW')} END",
    f"CREATE TRIGGER ledger_measure_overview_delete AFTER DELETE ON ledger_measure BEGIN {_mark('OLD')} END",
    f"""CREATE TRIGGER ledger_measure_overview_update AFTER UPDATE ON ledger_measure
  WHEN {_changed("OLD", "NEW", "OR").replace("IS DISTINCT FROM", "IS NOT")} BEGIN {_mark('OLD')} {_mark('NEW')} END""",
    f"""CREATE TRIGGER ledger_inspection_overview_kind AFTER UPDATE OF kind ON ledger_inspection
  WHEN OLD.kind IS NOT NEW.kind BEGIN
  INSERT OR IGNORE INTO {STALE} (unit_key, xact)
    SELECT DISTINCT coalesce(unit_id, 0), 0 FROM ledger_measure WHERE inspection_id = NEW.id;
  END""",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS ledger_inspection_overview_kind",
    "DROP TRIGGER IF EXISTS ledger_measure_overview_update",
    "DROP TRIGGER IF EXISTS ledger_measure_overview_delete",
    "DROP TRIGGER IF EXISTS ledger_measure_overview_insert",
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
                ('measures', models.PositiveIntegerField(verbose_name='整改措施')),
                ('not_started', models.PositiveIntegerField(verbose_name='未启动')),
                ('in_progress', models.PositiveIntegerField(verbose_name='正在推进')),
                ('basically_done', models.PositiveIntegerField(verbose_name='基本完成')),
                ('done', models.PositiveIntegerField(verbose_name='已完成')),
                ('long_term', models.PositiveIntegerField(verbose_name='长期坚持')),
                ('red', models.PositiveIntegerField(verbose_name='红色预警')),
                ('yellow', models.PositiveIntegerField(verbose_name='黄色预警')),
                ('blue', models.PositiveIntegerField(verbose_name='蓝色预警')),
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
