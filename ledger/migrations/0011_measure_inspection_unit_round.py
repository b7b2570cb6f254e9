"""Measure stores its item's inspection, that inspection's unit and round, and the item's category (issue 13: the
grouped pages at 1 M).

The backfill is one UPDATE … FROM on PostgreSQL (measure ⋈ item ⋈ inspection by hash: seconds at 1 M), a correlated
UPDATE elsewhere. The indexes come after the backfill, so the UPDATE does not maintain them row by row. On a large
table run VACUUM (FULL, ANALYZE) ledger_measure afterwards (README, 在生产环境运行): the UPDATE rewrote every row.
"""

import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery

BACKFILL_SQL = """
UPDATE ledger_measure AS m
SET inspection_id = i.id, unit_id = i.unit_id, round_id = i.round_id, category_id = f.category_id
FROM ledger_feedbackitem AS f JOIN ledger_inspection AS i ON i.id = f.inspection_id
WHERE f.id = m.item_id
"""


def backfill(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(BACKFILL_SQL)
            cursor.execute("ANALYZE ledger_measure")
        return
    Measure = apps.get_model("ledger", "Measure")
    FeedbackItem = apps.get_model("ledger", "FeedbackItem")
    item = FeedbackItem.objects.filter(pk=OuterRef("item_id"))
    Measure.objects.update(
        inspection_id=Subquery(item.values("inspection_id")[:1]),
        unit_id=Subquery(item.values("inspection__unit_id")[:1]),
        round_id=Subquery(item.values("inspection__round_id")[:1]),
        category_id=Subquery(item.values("category_id")[:1]),
    )


class Migration(migrations.Migration):

    dependencies = [
        ('ledger', '0010_unit_predecessors'),
    ]

    operations = [
        migrations.AddField(
            model_name='measure',
            name='inspection',
            field=models.ForeignKey(blank=True, db_index=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='ledger.inspection', verbose_name='巡视巡察'),
        ),
        migrations.AddField(
            model_name='measure',
            name='round',
            field=models.ForeignKey(blank=True, db_index=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='ledger.inspectionround', verbose_name='巡视轮次'),
        ),
        migrations.AddField(
            model_name='measure',
            name='unit',
            field=models.ForeignKey(blank=True, db_index=False, editable=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='ledger.unit', verbose_name='被巡视单位'),
        ),
        migrations.AddField(
            model_name='measure',
            name='category',
            field=models.ForeignKey(blank=True, db_index=False, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='ledger.problemcategory', verbose_name='问题类别'),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop, elidable=False),
        migrations.AddIndex(
            model_name='measure',
            index=models.Index(fields=['unit', 'round', 'inspection'], include=('category', 'status', 'deadline', 'closed_at', 'last_activity_on', 'milestone_on', 'next_review_on'), name='ledger_measure_tally_idx'),
        ),
        migrations.AddIndex(
            model_name='measure',
            index=models.Index(fields=['round'], name='ledger_measure_round_idx'),
        ),
        migrations.AddIndex(
            model_name='measure',
            index=models.Index(fields=['inspection'], name='ledger_measure_inspection_idx'),
        ),
        migrations.AddIndex(
            model_name='measure',
            index=models.Index(condition=models.Q(('status', 'done')), fields=['completed_on'], include=('unit', 'round', 'inspection', 'closed_at'), name='ledger_measure_done_month_idx'),
        ),
    ]
