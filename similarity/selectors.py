"""Reads: 共性问题 (clusters of similar problems across units) and an item's similar items, within a user's scope."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Q

from ledger.choices import Status
from ledger.models import FeedbackItem, Measure, Unit
from ledger.selectors import visible_to
from similarity import engine
from similarity.models import SimilarPair


@dataclass
class CommonProblem:
    label: str  # the most central wording of the cluster
    category: str | None
    units: list[Unit]
    items: list[FeedbackItem]
    aspect: str
    size: int
    measures: list[Measure] = field(default_factory=list)
    # Completed and closed out: what worked elsewhere, suggested to units with a problem of this cluster.
    proven_measures: list[Measure] = field(default_factory=list)


def common_problems(*, user, inspections, min_units: int = 2) -> list[CommonProblem]:
    """Clusters of similar problems over the given inspections' items the user may see, most units first.

    A fixed number of queries whatever the number of clusters, items and measures.
    """
    items_qs = visible_to(user, FeedbackItem.objects.filter(inspection__in=inspections))
    item_ids = items_qs.values("id")
    # Both ends in one IN (subquery) each made SQLite probe every (other, item) combination: 6.5 s for seed 001's
    # round of 97 inspections. One end in SQL and the other checked here: 0.26 s, one query more.
    wanted = set(items_qs.values_list("id", flat=True))
    pairs = [
        pair
        for pair in SimilarPair.objects.filter(item_id__in=item_ids).values_list("item_id", "other_id", "score")
        if pair[1] in wanted
    ]
    if not pairs:
        return []
    groups = engine.star_clusters(sorted({k for a, b, _ in pairs for k in (a, b)}), pairs, threshold=0.0)
    member_ids = [m for members in groups for m in members]
    items = {
        i.pk: i
        for i in FeedbackItem.objects.filter(pk__in=member_ids).select_related(
            "inspection__unit", "inspection__round", "category", "parent__parent"
        )
    }
    measures_by_item: dict[int, list[Measure]] = defaultdict(list)
    for m in Measure.objects.filter(item_id__in=member_ids).order_by("item_id", "position"):
        measures_by_item[m.item_id].append(m)
    aspects = _aspect_titles(items.values())

    clusters = []
    for members in groups:
        # star_clusters puts the leader first: the wording most similar to the most others.
        cluster_items = [items[m] for m in members]
        units = {i.inspection.unit_id: i.inspection.unit for i in cluster_items}
        if len(units) < min_units:
            continue
        central = cluster_items[0]
        categories = Counter(i.category.name for i in cluster_items if i.category_id)
        aspect_counts = Counter(aspects[i.pk] for i in cluster_items if aspects.get(i.pk))
        measures = [m for i in cluster_items for m in measures_by_item[i.pk]]
        clusters.append(
            CommonProblem(
                label=central.title,
                category=categories.most_common(1)[0][0] if categories else None,
                units=sorted(units.values(), key=lambda u: u.path),
                items=sorted(cluster_items, key=lambda i: (i.inspection.unit.path, i.pk)),
                aspect=aspect_counts.most_common(1)[0][0] if aspect_counts else "",
                size=len(cluster_items),
                measures=measures,
                proven_measures=[m for m in measures if m.status == Status.DONE and m.closed_at is not None],
            )
        )
    clusters.sort(key=lambda c: (-len(c.units), -c.size, c.label))
    return clusters


def _aspect_titles(items) -> dict[int, str]:
    """Each item's 方面: the title of its topmost ancestor among the two loaded with it (parent__parent), which is
    the top level in every tree the importer builds but for sub-sub-problems (one in the seed corpus)."""
    result: dict[int, str] = {}
    for item in items:
        parent = item.parent
        if parent is None:
            continue
        result[item.pk] = parent.parent.title if parent.parent_id else parent.title
    return result


def similar_items(*, user, item: FeedbackItem) -> list[tuple[FeedbackItem, float]]:
    """Items stored as similar to `item`, best first, limited to those the user may see."""
    pairs = SimilarPair.objects.filter(Q(item=item) | Q(other=item)).values_list("item_id", "other_id", "score")
    scores = {(b if a == item.pk else a): s for a, b, s in pairs}
    visible = visible_to(user, FeedbackItem.objects.filter(pk__in=scores)).select_related(
        "inspection__unit", "inspection__round", "category"
    )
    return sorted(((i, scores[i.pk]) for i in visible), key=lambda t: (-t[1], t[0].pk))
