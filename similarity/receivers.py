"""Keeps similarity current: an item saved (admin, API, Excel) or a document imported refreshes its inspection's
items once the transaction commits, batched so that a transaction saving many items refreshes each inspection once.

ledger sends nothing of its own; this listens to Django's post_save of FeedbackItem (ledger does not import us),
to measures added to or deleted from an aspect heading (whether a heading is compared depends on its own measures)
and to changes of a unit's predecessors (屡巡屡犯 follows them). Bulk writes send no signal: the importer calls
schedule_refresh() itself. The request refreshes the inspections' round and units; their pairs with other rounds
follow after it (similarity.background).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from ledger.models import FeedbackItem, Inspection, Measure, Unit

log = logging.getLogger(__name__)
_local = threading.local()


def _pending() -> set[int]:
    if not hasattr(_local, "ids"):
        _local.ids = set()
    return _local.ids


def _pending_measured() -> set[int]:
    """Items whose measures were added or deleted: a heading's own measures decide whether it is compared."""
    if not hasattr(_local, "measured"):
        _local.measured = set()
    return _local.measured


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
    from similarity.background import refresh_across_rounds_later
    from similarity.services import similarity_refresh

    ids = set(_pending())
    _pending().clear()
    measured = sorted(_pending_measured())
    _pending_measured().clear()
    for start in range(0, len(measured), 5000):
        # Resolved here, after the commit, so that adding a measure costs its request no query: only top-level
        # items with children (headings) change whether they are compared.
        headings = FeedbackItem.objects.filter(
            pk__in=measured[start : start + 5000], parent=None, children__isnull=False
        ).values_list("inspection_id", flat=True)
        ids.update(headings)
    if ids:
        # In the request: the inspections' round and units (a fraction of a second at 100 k items). After it: their
        # pairs with other rounds, which read the whole ledger.
        similarity_refresh(inspections=sorted(ids), across_rounds=False)
        refresh_across_rounds_later(sorted(ids))


@receiver(post_save, sender=FeedbackItem, dispatch_uid="similarity_item_saved")
def item_saved(sender, instance: FeedbackItem, raw: bool = False, **kwargs) -> None:
    if not raw:
        schedule_refresh([instance.inspection_id])


@receiver(m2m_changed, sender=Unit.predecessors.through, dispatch_uid="similarity_predecessors_changed")
def predecessors_changed(sender, instance, action: str, reverse: bool, pk_set=None, **kwargs) -> None:
    """A unit's predecessors changed: its inspections' repeats (屡巡屡犯) now look at other earlier items."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    units = {instance.pk, *(pk_set or ())}
    schedule_refresh(Inspection.objects.filter(unit_id__in=units).values_list("pk", flat=True))


@receiver(post_save, sender=Measure, dispatch_uid="similarity_measure_saved")
@receiver(post_delete, sender=Measure, dispatch_uid="similarity_measure_deleted")
def measure_added_or_deleted(sender, instance: Measure, raw: bool = False, created: bool = True, **kwargs) -> None:
    if raw or not created:  # an edit of a measure leaves its item's measures as they were
        return
    _pending_measured().add(instance.item_id)
    transaction.on_commit(_flush, robust=True)
