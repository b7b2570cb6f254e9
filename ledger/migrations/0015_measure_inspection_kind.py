"""Measure stores its inspection's kind (常规/专项) like the other facts copied from the inspection (migration 0011), and
the done measures' month index holds it: the overview filtered by kind then counts 已完成 by month from that index
alone, where it joined some 300,000 done measures to their inspections at 1 M (issue 13).

The backfill rewrites only the measures that need it. On PostgreSQL the column is added with a default of 常规 (no
rewrite: existing rows read the default from the catalogue), the default is dropped again at once (rows inserted later
get NULL until their writer fills it, as for the other copied facts), and one UPDATE … FROM sets the measures of the
other kinds: at 1 M measures of regular inspections it writes no row, so no long lock, no bloat and no VACUUM FULL.
SQLite adds a plain nullable column (ALTER TABLE ADD COLUMN, no table rebuild: the overview's triggers of migration
0013 stay) and fills it with one correlated UPDATE.
"""

from django.db import migrations, models

REGULAR = "regular"  # InspectionKind.REGULAR, the default kind of an inspection

POSTGRES_ADD = [
    f"ALTER TABLE ledger_measure ADD COLUMN inspection_kind varchar(10) NULL DEFAULT '{REGULAR}'",
    "ALTER TABLE ledger_measure ALTER COLUMN inspection_kind DROP DEFAULT",
    f"""UPDATE ledger_measure AS m SET inspection_kind = i.kind
FROM ledger_feedbackitem AS f JOIN ledger_inspection AS i ON i.id = f.inspection_id
WHERE f.id = m.item_id AND i.kind IS DISTINCT FROM '{REGULAR}'""",
    "ANALYZE ledger_measure",
]
SQLITE_ADD = [
    "ALTER TABLE ledger_measure ADD COLUMN inspection_kind varchar(10) NULL",
    """UPDATE ledger_measure SET inspection_kind = (
  SELECT i.kind FROM ledger_feedbackitem f JOIN ledger_inspection i ON i.id = f.inspection_id
  WHERE f.id = ledger_measure.item_id)""",
]


def add_and_fill(apps, schema_editor):
    statements = POSTGRES_ADD if schema_editor.connection.vendor == "postgresql" else SQLITE_ADD
    with schema_editor.connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def drop(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("ALTER TABLE ledger_measure DROP COLUMN inspection_kind")


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0014_measure_search_vector_given'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='measure',
            name='ledger_measure_done_month_idx',
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddField(
                    model_name='measure',
                    name='inspection_kind',
                    field=models.CharField(blank=True, choices=[('regular', '常规'), ('special', '专项')], editable=False, max_length=10, null=True, verbose_name='巡视类型'),
                ),
            ],
            database_operations=[migrations.RunPython(add_and_fill, drop, elidable=False)],
        ),
        migrations.AddIndex(
            model_name='measure',
            index=models.Index(condition=models.Q(('status', 'done')), fields=['completed_on'], include=('unit', 'round', 'inspection', 'closed_at', 'inspection_kind'), name='ledger_measure_done_month_idx'),
        ),
    ]
