"""Writes: similar pairs, repeats (屡巡屡犯) and automatic categories, recomputed from the ledger's items.

All three are derived from the items' wording and recomputed whenever it changes, so they are written without
history rows and without bumping the items' version (QuerySet/bulk updates): a recompute is not an edit by anyone,
a history row per recompute would bury the people's changes, and a version bump would refuse the next person's
save as a concurrent edit. A person's choice of category is an edit: it goes through the admin or the API
(tracked, category_source="manual") and is never overwritten here.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.db import connection, transaction
from django.db.models import F, Q

from ledger.choices import CategorySource
from ledger.models import FeedbackItem, Inspection, Measure, ProblemCategory
from similarity import engine
from similarity.categorize import Categorizer
from similarity.models import SimilarPair

# Pairs kept per item with items of same-kind units in other rounds.
CROSS_ROUND_LIMIT = 10


@dataclass(frozen=True)
class _Row:
    pk: int
    parent_id: int | None
    text: str
    inspection_id: int
    unit_id: int
    round_id: int
    kind: str
    when: date | None  # when the inspection reported (feedback date, else the end or start of the visit)


_FIELDS = (
    "id",
    "parent_id",
    "title",
    "text",
    "inspection_id",
    "inspection__unit_id",
    "inspection__round_id",
    "inspection__unit__kind",
    "inspection__feedback_date",
    "inspection__onsite_end",
    "inspection__onsite_start",
)


def _rows(queryset) -> dict[int, _Row]:
    rows = {}
    for pk, parent, title, text, insp, unit, rnd, kind, fed, end, start in queryset.values_list(*_FIELDS).iterator(
        chunk_size=5000
    ):
        rows[pk] = _Row(pk, parent, engine.problem_text(title, text), insp, unit, rnd, kind, fed or end or start)
    return rows


def _inspection_ids(inspections) -> list[int]:
    if inspections is None:
        return list(Inspection.objects.values_list("pk", flat=True))
    if hasattr(inspections, "values_list"):
        return list(inspections.values_list("pk", flat=True))
    return [getattr(i, "pk", i) for i in inspections]


@transaction.atomic
def similarity_refresh(*, inspections=None) -> dict[str, int]:
    """Recompute what depends on the given inspections' items (every inspection when None): their similar pairs
    within their round across units, across inspections of the same unit and across rounds among units of the
    same kind; the repeats of their units; their automatic categories. Returns counts of what was written."""
    affected_inspections = _inspection_ids(inspections)
    if not affected_inspections:
        return {"items": 0, "pairs": 0, "repeats": 0, "categorised": 0}
    scope = Inspection.objects.filter(pk__in=affected_inspections)
    rounds = set(scope.values_list("round_id", flat=True))
    units = set(scope.values_list("unit_id", flat=True))
    kinds = set(scope.values_list("unit__kind", flat=True))
    if inspections is None:
        universe = _rows(FeedbackItem.objects.all())
    else:
        universe = _rows(
            FeedbackItem.objects.filter(
                Q(inspection__round_id__in=rounds)
                | Q(inspection__unit_id__in=units)
                | Q(inspection__unit__kind__in=kinds)
            )
        )
    affected_set = set(affected_inspections)
    affected = [r.pk for r in universe.values() if r.inspection_id in affected_set]
    clock = _Clock()
    index = engine.ProblemIndex({pk: r.text for pk, r in universe.items()})
    clock.lap("fit")
    pairs = _pairs(index, universe, affected, full=inspections is None, clock=clock)

    touched = Q(item__inspection_id__in=affected_inspections) | Q(other__inspection_id__in=affected_inspections)
    if inspections is None:
        SimilarPair.objects.all().delete()
    else:
        SimilarPair.objects.filter(touched).delete()
    _insert_pairs(pairs)
    clock.lap("store")
    repeats = _refresh_repeats(units, universe, pairs if inspections is None else None)
    clock.lap("repeats")
    categorised = _refresh_categories(affected, universe)
    clock.lap("categories")
    return {
        "items": len(affected),
        "pairs": len(pairs),
        "repeats": repeats,
        "categorised": categorised,
        "cpu_seconds": clock.laps,
    }


class _Clock:
    """CPU seconds per phase, returned to the caller (bench/similarity.py prints them)."""

    def __init__(self):
        self.laps: dict[str, float] = {}
        self._last = time.process_time()

    def lap(self, name: str) -> None:
        now = time.process_time()
        self.laps[name] = round(now - self._last, 2)
        self._last = now


def _pairs(index: engine.ProblemIndex, rows: dict[int, _Row], affected: list[int], *, full: bool, clock: _Clock):
    """{(lower id, higher id): score} for the affected items against what they are compared with."""
    found: dict[tuple[int, int], float] = {}

    def add(pairs: Iterable[tuple[int, int, float]]) -> None:
        for a, b, s in pairs:
            key = (a, b) if a < b else (b, a)
            found[key] = max(s, found.get(key, 0.0))

    def by(attr: str, keys: Iterable[int]) -> dict:
        groups = defaultdict(list)
        for k in keys:
            groups[getattr(rows[k], attr)].append(k)
        return groups

    everything = by("round_id", rows)
    for round_id, keys in by("round_id", affected).items():
        # Within a round, across units: the round's 共性问题.
        others = None if full else everything[round_id]
        add(index.pairs(keys, others, group=lambda k: rows[k].unit_id))
    clock.lap("pairs_round")
    unit_items = by("unit_id", rows)
    for unit_id, keys in by("unit_id", affected).items():
        # The same unit in other inspections: the basis of 屡巡屡犯.
        others = None if full else unit_items[unit_id]
        add(index.pairs(keys, others, group=lambda k: rows[k].inspection_id))
    clock.lap("pairs_unit")
    kind_items = by("kind", rows)
    for kind, keys in by("kind", affected).items():
        # Units of the same kind in other rounds: what recurs from one round to the next. Only each item's best
        # few: over many rounds a common problem recurs in hundreds of items, and its nearest say enough.
        add(index.pairs(keys, kind_items[kind], group=lambda k: rows[k].round_id, limit=CROSS_ROUND_LIMIT))
    clock.lap("pairs_kind")
    return found


def _insert_pairs(pairs: dict[tuple[int, int], float]) -> None:
    """One INSERT per batch of plain tuples: tens of thousands of derived rows, no model instances needed."""
    table = SimilarPair._meta.db_table
    sql = f"INSERT INTO {table} (item_id, other_id, score) VALUES (%s, %s, %s)"  # noqa: S608 (fixed names)
    rows = [(a, b, float(s)) for (a, b), s in pairs.items()]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 10000):
            cursor.executemany(sql, rows[start : start + 10000])


def _refresh_repeats(units: set[int], universe: dict[int, _Row], fresh: dict[tuple[int, int], float] | None) -> int:
    """Mark each item of these units that matches an item of an earlier inspection of the same unit.

    The unit model has no predecessor link, so "the same unit" is the same Unit row. `fresh` holds every pair
    when the whole ledger was just recomputed; otherwise the stored pairs are read.
    """
    rows = {pk: r for pk, r in universe.items() if r.unit_id in units}
    best: dict[int, tuple[float, int]] = {}
    if fresh is not None:
        pairs = ((a, b, s) for (a, b), s in fresh.items())
    else:
        pairs = (
            SimilarPair.objects.filter(
                item__inspection__unit_id__in=units, other__inspection__unit_id=F("item__inspection__unit_id")
            )
            .values_list("item_id", "other_id", "score")
            .iterator(chunk_size=5000)
        )
    for a, b, score in pairs:
        if a not in rows or b not in rows:
            continue
        ra, rb = rows[a], rows[b]
        if ra.unit_id != rb.unit_id or ra.inspection_id == rb.inspection_id or not (ra.when and rb.when):
            continue
        if ra.when == rb.when:
            continue
        later, earlier = (a, b) if ra.when > rb.when else (b, a)
        if (score, -earlier) > best.get(later, (0.0, 0)):
            best[later] = (score, -earlier)
    current = dict(
        (pk, (rep, sim))
        for pk, rep, sim in FeedbackItem.objects.filter(inspection__unit_id__in=units).values_list(
            "pk", "repeat_of_id", "repeat_similarity"
        )
    )
    changed = []
    for pk in rows:
        score, neg = best.get(pk, (None, None))
        wanted = (-neg if neg is not None else None, round(score, 4) if score is not None else None)
        have = current[pk]
        if (
            have[0] != wanted[0]
            or (have[1] is None) != (wanted[1] is None)
            or abs((have[1] or 0) - (wanted[1] or 0)) > 1e-4
        ):
            changed.append(FeedbackItem(pk=pk, repeat_of_id=wanted[0], repeat_similarity=wanted[1]))
    FeedbackItem.objects.bulk_update(changed, ["repeat_of", "repeat_similarity"], batch_size=2000)
    return len(changed)


def _aspect(pk: int, parents: dict[int, int | None], texts: dict[int, str]) -> str:
    node, seen = parents.get(pk), 0
    if node is None:
        return ""
    while parents.get(node) is not None and seen < 20:
        node, seen = parents[node], seen + 1
    return texts.get(node, "")


def _refresh_categories(item_ids: list[int], rows: dict[int, _Row]) -> int:
    """Assign the automatic category of these items (rules, then the nearest items people assigned)."""
    categories = list(ProblemCategory.objects.order_by("position", "name"))
    if not categories or not item_ids:
        return 0
    by_name = {c.name: c.pk for c in categories}
    manual = FeedbackItem.objects.filter(category_source=CategorySource.MANUAL, category__isnull=False)
    examples = [(title, name) for title, name in manual.values_list("title", "category__name")]
    categorizer = Categorizer([(c.name, c.keyword_list) for c in categories], examples)
    parents = {pk: r.parent_id for pk, r in rows.items()}
    texts = {pk: r.text for pk, r in rows.items()}
    missing = [pk for pk in item_ids if pk not in rows]
    if missing:  # parents outside the loaded rows: fetch their titles once
        extra = FeedbackItem.objects.filter(pk__in=missing).values_list("pk", "parent_id", "title")
        for pk, parent, title in extra:
            parents[pk], texts[pk] = parent, title
    current = {}
    for start in range(0, len(item_ids), 5000):  # bounded IN lists (SQLite limits the parameters of one query)
        batch = FeedbackItem.objects.filter(pk__in=item_ids[start : start + 5000])
        current.update((pk, (cat, src)) for pk, cat, src in batch.values_list("pk", "category_id", "category_source"))
    changed: dict[tuple[int | None, str], list[int]] = defaultdict(list)
    memo: dict[tuple[str, str], str | None] = {}  # one wording under one aspect is classified once
    for pk in item_ids:
        category_id, source = current[pk]
        if source == CategorySource.MANUAL:
            continue
        key = (texts[pk], _aspect(pk, parents, texts))
        if key not in memo:
            memo[key] = categorizer.classify(*key)
        name = memo[key]
        wanted = (by_name.get(name), CategorySource.AUTO if name in by_name else CategorySource.NONE)
        if (category_id, source) != wanted:
            changed[wanted].append(pk)
    # One UPDATE per category and batch: a dozen categories, where bulk_update would write a CASE per row.
    for (category_id, source), pks in changed.items():
        for start in range(0, len(pks), 5000):
            FeedbackItem.objects.filter(pk__in=pks[start : start + 5000]).update(
                category_id=category_id, category_source=source
            )
            # Each measure stores its item's category (ledger.models.measures.ITEM_FACTS).
            Measure.objects.filter(item_id__in=pks[start : start + 5000]).update(category_id=category_id)
    return sum(len(pks) for pks in changed.values())


def similarity_refresh_item(*, item: FeedbackItem) -> dict[str, int]:
    """After one item was added or edited: its inspection's items against what they are compared with."""
    return similarity_refresh(inspections=[item.inspection_id])
