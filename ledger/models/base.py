from django.db import models
from simple_history.models import HistoricalRecords

from ledger.history import HistoryChannel
from ledger.text import CleanTextOnValidation


def history(**options) -> HistoricalRecords:
    return HistoricalRecords(bases=[HistoryChannel], cascade_delete_history=False, **options)


class Tracked(CleanTextOnValidation, models.Model):
    """Timestamps plus a version number that every write bumps, so stale edits can be detected."""

    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True, db_index=True)
    version = models.PositiveIntegerField("版本", default=1, editable=False)

    class Meta:
        abstract = True
