"""Keeps similarity current: an item saved (admin, API, Excel) or a document imported refreshes its inspection's
items once the transaction commits, batched so that a transaction saving many items refreshes each inspection once.

ledger sends nothing of its own; this listens to Django's post_save of FeedbackItem (ledger does not import us).
Bulk writes send no signal: the importer calls schedule_refresh() itself.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from ledger.models import FeedbackItem

log = logging.getLogger(__name__)
_local = threading.local()


def _pending() -> set[int]:
    if not hasattr(_local, "ids"):
        _local.ids = set()
    return _local.ids


def schedule_refresh(inspection_ids: Iterable[int]) -> None:
    """Refresh these inspections' similarity after the current transaction commits (at once outside one)."""
    ids = {i for i in inspection_ids if i is not None}
    if not ids:
        return
    _pending().update(ids)
    # Registered on every call: a rolled-back transaction drops its callback, and the ids it left pending are then
    # refreshed by the next commit's callback. Later callbacks of one commit find nothing pending.
    transaction.on_commit(_flush, robust=True)


def _flush() -> None:
    from similarity.services import similarity_refresh

    ids = set(_pending())
    _pending().clear()
    if ids:
        similarity_refresh(inspections=sorted(ids))


@receiver(post_save, sender=FeedbackItem, dispatch_uid="similarity_item_saved")
def item_saved(sender, instance: FeedbackItem, raw: bool = False, **kwargs) -> None:
    if not raw:
        schedule_refresh([instance.inspection_id])
