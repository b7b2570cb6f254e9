"""Writes: similar pairs, repeats (屡巡屡犯) and automatic categories, recomputed from the ledger's items."""

from __future__ import annotations

from django.db import transaction

from ledger.models import FeedbackItem, Inspection
from similarity import engine
from similarity.models import SimilarPair


@transaction.atomic
def similarity_refresh(*, inspections=None) -> int:
    """Recompute the similar pairs among the given inspections' rounds (all when None). Returns the pair count."""
    inspections = Inspection.objects.all() if inspections is None else inspections
    items = FeedbackItem.objects.filter(inspection__in=inspections, parent__isnull=False)
    texts = {pk: engine.problem_text(title, text) for pk, title, text in items.values_list("id", "title", "text")}
    SimilarPair.objects.filter(item_id__in=list(texts)).delete()
    SimilarPair.objects.filter(other_id__in=list(texts)).delete()
    if len(texts) < 2:
        return 0
    index = engine.ProblemIndex(texts)
    pairs = [SimilarPair(item_id=min(a, b), other_id=max(a, b), score=s) for a, b, s in index.pairs()]
    SimilarPair.objects.bulk_create(pairs, batch_size=2000)
    return len(pairs)


def similarity_refresh_item(*, item: FeedbackItem) -> int:
    return similarity_refresh(inspections=Inspection.objects.filter(round_id=item.inspection.round_id))
