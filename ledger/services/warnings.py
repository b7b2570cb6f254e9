"""The stored warning inputs (Measure.last_activity_on, Measure.milestone_on) after writes that bypass save()."""

from collections.abc import Iterable

from django.db import transaction
from django.db.models import Q

from ledger.models import FeedbackItem, Measure


@transaction.atomic
def measures_refresh_warning_inputs(
    *, measure_ids: Iterable[int] | None = None, inspection_ids: Iterable[int] | None = None
) -> int:
    """Recompute the stored warning inputs in one UPDATE for the given measures and/or every measure of the given
    inspections (all measures when neither is given). For bulk writes (bulk_create, queryset deletes of notes) that
    skip Measure/ProgressNote.save. Derived caches: no history row, no version bump. Writes and returns only the
    rows whose inputs changed."""
    measures = Measure.objects.all()
    if measure_ids is not None or inspection_ids is not None:
        scope = Q(pk__in=list(measure_ids or ()))
        if inspection_ids is not None:
            scope |= Q(item_id__in=FeedbackItem.objects.filter(inspection_id__in=list(inspection_ids)).values("pk"))
        measures = measures.filter(scope)
    return measures.refresh_warning_inputs()
