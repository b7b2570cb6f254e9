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
from dataclasses import dataclass, replace
from datetime import date

from django.db import OperationalError, connection, transaction
from django.db.models import Q

from ledger.choices import CategorySource
from ledger.models import FeedbackItem, Inspection, Measure, ProblemCategory, Unit
from similarity import engine
from similarity.categorize import Categorizer
from similarity.models import SimilarPair, Vocabulary

# Pairs kept per item with items of same-kind units in other rounds.
CROSS_ROUND_LIMIT = 10
# … by an item a cluster's leader stands for, in a full recompute (see _pairs).
MEMBER_CROSS_ROUND_LIMIT = 3


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
    compared: bool = True  # False for an aspect heading over problems of its own (see _headings)


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
    for pk in _headings(rows):
        rows[pk] = replace(rows[pk], compared=False)
    return rows


def _headings(rows: dict[int, _Row]) -> set[int]:
    """Aspect headings (“全面从严治党方面”): top-level items with problems under them and no measures of their own.

    They name where problems sit, not a problem, so they are not compared: every report has the same aspects,
    and they would make the largest 共性问题 clusters of a round. A top-level item without children is itself
    the problem (seed 001's 营商环境 reports list fixed aspects as the round's problems), and one with measures
    of its own is being rectified as a problem: both are compared. A row's children are loaded with it (the
    universe is whole inspections).
    """
    parents = {r.parent_id for r in rows.values() if r.parent_id is not None}
    tops = [pk for pk in parents if pk in rows and rows[pk].parent_id is None]
    with_measures: set[int] = set()
    for start in range(0, len(tops), 5000):  # bounded IN lists (SQLite limits the parameters of one query)
        with_measures.update(
            Measure.objects.filter(item_id__in=tops[start : start + 5000]).values_list("item_id", flat=True)
        )
    return set(tops) - with_measures


def _inspection_ids(inspections) -> list[int]:
    if inspections is None:
        return list(Inspection.objects.values_list("pk", flat=True))
    if hasattr(inspections, "values_list"):
        return list(inspections.values_list("pk", flat=True))
    return [getattr(i, "pk", i) for i in inspections]


# Predecessor links followed at most this many steps (a unit renamed twice, merged once …): a cycle entered by
# mistake in the admin ends here.
LINEAGE_DEPTH = 5


class _Lineage:
    """Units and their predecessors (Unit.predecessors: renamed or merged units), transitively and bounded."""

    def __init__(self):
        self.before: dict[int, set[int]] = defaultdict(set)
        self.after: dict[int, set[int]] = defaultdict(set)
        for unit, predecessor in Unit.predecessors.through.objects.values_list("from_unit_id", "to_unit_id"):
            self.before[unit].add(predecessor)
            self.after[predecessor].add(unit)

    @staticmethod
    def _walk(start: int, links: dict[int, set[int]]) -> set[int]:
        found, frontier = {start}, {start}
        for _ in range(LINEAGE_DEPTH):
            frontier = {n for u in frontier for n in links.get(u, ()) if n not in found}
            if not frontier:
                break
            found |= frontier
        return found

    def earlier(self, unit: int) -> set[int]:
        """The unit and its predecessors: whose earlier inspections a new item of the unit may repeat."""
        return self._walk(unit, self.before) if unit in self.before else {unit}

    def later(self, unit: int) -> set[int]:
        """The unit and its successors: whose repeats change when the unit's items do."""
        return self._walk(unit, self.after) if unit in self.after else {unit}

    def related(self, unit: int) -> set[int]:
        return self.earlier(unit) | self.later(unit)


@transaction.atomic
def similarity_refresh(*, inspections=None, across_rounds: bool = True) -> dict[str, int]:
    """Recompute what depends on the given inspections' items (every inspection when None): their similar pairs
    within their round across units, across inspections of the same unit (and of its predecessors and successors)
    and, with `across_rounds`, across rounds among units of the same kind; the repeats of their units; their
    automatic categories. Returns counts of what was written.

    Without `across_rounds` only the items' round and their units' line are read: what a request can afford after
    an edit (a 100 k ledger's same-kind units are the whole ledger). The pairs with other rounds are then kept as
    they were, for receivers to refresh after the request (similarity.background)."""
    clock = _Clock()
    affected_inspections = _inspection_ids(inspections)
    if not affected_inspections:
        return {"items": 0, "pairs": 0, "repeats": 0, "categorised": 0}
    if connection.vendor == "postgresql":
        # One refresh at a time: two overlapping ones would each delete, then insert the same pairs.
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [REFRESH_LOCK])
    scope = Inspection.objects.filter(pk__in=affected_inspections)
    rounds = set(scope.values_list("round_id", flat=True))
    lineage = _Lineage()
    units = {u for unit in scope.values_list("unit_id", flat=True) for u in lineage.related(unit)}
    if inspections is None:
        universe = _rows(FeedbackItem.objects.all())
    else:
        wanted = Q(inspection__round_id__in=rounds) | Q(inspection__unit_id__in=units)
        if across_rounds:
            wanted |= Q(inspection__unit__kind__in=set(scope.values_list("unit__kind", flat=True)))
        universe = _rows(FeedbackItem.objects.filter(wanted))
    affected_set = set(affected_inspections)
    affected = [r.pk for r in universe.values() if r.inspection_id in affected_set]
    clock.lap("load")
    compared = {pk: r.text for pk, r in universe.items() if r.compared}
    if across_rounds:
        index = engine.ProblemIndex(compared)
        grams, idf = index.vocabulary()
        Vocabulary.objects.update_or_create(pk=1, defaults={"grams": grams, "idf": idf, "items": len(compared)})
    else:
        stored = Vocabulary.objects.filter(pk=1).values_list("grams", "idf").first()
        index = engine.ProblemIndex(compared, vocabulary=stored)
    clock.lap("fit")
    pairs, same_line = _pairs(
        index,
        {pk: universe[pk] for pk in compared},
        [pk for pk in affected if pk in compared],
        full=inspections is None,
        across_rounds=across_rounds,
        lineage=lineage,
        clock=clock,
    )
    if inspections is None:
        _delete_all_pairs()
    else:
        _delete_pairs(affected, within=None if across_rounds else Q(inspection__round_id__in=rounds) | Q(inspection__unit_id__in=units))
    _insert_pairs(pairs)
    clock.lap("store")
    repeats = _refresh_repeats(units, universe, lineage, same_line if inspections is None else None)
    clock.lap("repeats")
    categorised = _refresh_categories(affected, universe)
    clock.lap("categories")
    return {
        "items": len(affected),
        "pairs": len(pairs),
        "repeats": repeats,
        "categorised": categorised,
        "cpu_seconds": clock.laps,
        "wall_seconds": clock.wall,
    }


# pg_advisory_xact_lock key of similarity_refresh (any constant unique to this use).
REFRESH_LOCK = 15_0001


def _delete_all_pairs() -> None:
    """TRUNCATE on PostgreSQL (a DELETE of every row logs each one), unless pairs written earlier in the same
    transaction still have their deferred foreign-key checks pending, which PostgreSQL refuses to truncate: then
    DELETE. SQLite empties a table at once for a DELETE without a WHERE."""
    if connection.vendor == "postgresql":
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(f"TRUNCATE {SimilarPair._meta.db_table}")  # fixed name
            return
        except OperationalError:
            pass
    SimilarPair.objects.all().delete()


def _delete_pairs(item_ids: list[int], *, within: Q | None) -> None:
    """The stored pairs of these items (only those whose other item matches `within`, an item filter, if given).
    By each end's index in turn: one query with both ends OR-ed scanned the whole table (0.8 s at 1.5 M pairs)."""
    for start in range(0, len(item_ids), 5000):
        batch = item_ids[start : start + 5000]
        for end, other in (("item_id", "other"), ("other_id", "item")):
            pairs = SimilarPair.objects.filter(**{f"{end}__in": batch})
            if within is not None:
                pairs = pairs.filter(**{f"{other}__in": FeedbackItem.objects.filter(within).values("pk")})
            pairs.delete()


class _Clock:
    """CPU seconds of this process per phase, and wall seconds (which include the database server's work), returned
    to the caller (bench/similarity.py prints them)."""

    def __init__(self):
        self.laps: dict[str, float] = {}
        self.wall: dict[str, float] = {}
        self._last = time.process_time()
        self._last_wall = time.perf_counter()

    def lap(self, name: str) -> None:
        now, now_wall = time.process_time(), time.perf_counter()
        self.laps[name] = round(now - self._last, 2)
        self.wall[name] = round(now_wall - self._last_wall, 2)
        self._last, self._last_wall = now, now_wall


def _pairs(
    index: engine.ProblemIndex,
    rows: dict[int, _Row],
    affected: list[int],
    *,
    full: bool,
    across_rounds: bool = True,
    lineage: _Lineage,
    clock: _Clock,
) -> tuple[dict[tuple[int, int], float], list[tuple[int, int, float]]]:
    """{(lower id, higher id): score} for the affected items against what they are compared with, and the pairs
    found across inspections of one unit's line (the unit, its predecessors and successors): the repeats' input."""
    found: dict[tuple[int, int], float] = {}

    def add(pairs: Iterable[tuple[int, int, float]]) -> None:
        for a, b, s in pairs:
            key = (a, b) if a < b else (b, a)
            if s > found.get(key, 0.0):
                found[key] = s

    def by(attr: str, keys: Iterable[int]) -> dict:
        groups = defaultdict(list)
        for k in keys:
            groups[getattr(rows[k], attr)].append(k)
        return groups

    everything = by("round_id", rows)
    representatives: list[int] = []
    for round_id, keys in by("round_id", affected).items():
        # Within a round, across units: the round's 共性问题.
        others = None if full else everything[round_id]
        found_round = index.pairs(keys, others, group=lambda k: rows[k].unit_id)
        add(found_round)
        if full:
            representatives += _representatives(keys, found_round)
    clock.lap("pairs_round")
    unit_items = by("unit_id", rows)
    same_line: list[tuple[int, int, float]] = []
    for unit_id, keys in by("unit_id", affected).items():
        # The same unit (or its predecessors and successors) in other inspections: the basis of 屡巡屡犯.
        line = lineage.related(unit_id)
        others = None if full and len(line) == 1 else [k for u in sorted(line) for k in unit_items.get(u, ())]
        found_line = index.pairs(keys, others, group=lambda k: rows[k].inspection_id)
        same_line += found_line
        add(found_line)
    clock.lap("pairs_unit")
    if not across_rounds:
        return found, same_line
    kind_items = by("kind", representatives if full else rows)
    led = set(representatives)
    for kind, keys in by("kind", affected).items():
        # Units of the same kind in other rounds: what recurs from one round to the next. Only each item's best
        # few: over many rounds a common problem recurs in hundreds of items, and its nearest say enough. A full
        # recompute compares every item with the other rounds' representatives only (see _representatives):
        # comparing everything with everything across rounds cost three quarters of a 100 k recompute.
        if full:
            # A cluster's members keep fewer: their leader, which keeps its 10 best, stands for them too.
            members = [k for k in keys if k not in led]
            add(index.pairs(members, kind_items[kind], group=lambda k: rows[k].round_id, limit=MEMBER_CROSS_ROUND_LIMIT))
            keys = [k for k in keys if k in led]
        add(index.pairs(keys, kind_items[kind], group=lambda k: rows[k].round_id, limit=CROSS_ROUND_LIMIT))
    clock.lap("pairs_kind")
    return found, same_line


def _representatives(keys: list[int], pairs: list[tuple[int, int, float]]) -> list[int]:
    """A round's items that stand for it across rounds: the leader of each cluster of its similar problems and every
    item in no cluster. Every member is similar to its leader, so an item of another round stating the problem
    finds the leader; a round of 5,000 synthetic items has about 1,100 representatives."""
    clusters = engine.star_clusters(keys, pairs, threshold=engine.SAME_PROBLEM_THRESHOLD)
    members = {k for members in clusters for k in members[1:]}
    return [k for k in keys if k not in members]


def _insert_pairs(pairs: dict[tuple[int, int], float]) -> None:
    """Plain tuples, no model instances: a full recompute writes a million derived rows. PostgreSQL takes them
    through COPY (several times faster than INSERT); other databases by executemany in large batches."""
    table = SimilarPair._meta.db_table
    rows = [(a, b, float(s)) for (a, b), s in pairs.items()]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.cursor.copy(f"COPY {table} (item_id, other_id, score) FROM STDIN") as copy:  # fixed names
                for row in rows:
                    copy.write_row(row)
            return
        sql = f"INSERT INTO {table} (item_id, other_id, score) VALUES (%s, %s, %s)"  # noqa: S608 (fixed names)
        for start in range(0, len(rows), 50000):
            cursor.executemany(sql, rows[start : start + 50000])


def _refresh_repeats(
    units: set[int], universe: dict[int, _Row], lineage: _Lineage, fresh: list[tuple[int, int, float]] | None
) -> int:
    """Mark each item of these units that matches an item of an earlier inspection of the same unit or of one of
    its predecessors (Unit.predecessors, transitively). `fresh` holds the pairs across inspections of each unit's
    line when the whole ledger was just recomputed; otherwise the stored pairs are read."""
    rows = {pk: r for pk, r in universe.items() if r.unit_id in units and r.compared}
    best: dict[int, tuple[float, int]] = {}
    pairs = fresh if fresh is not None else _stored_pairs(sorted(rows))
    earlier_units = {u: lineage.earlier(u) for u in units}
    for a, b, score in pairs:
        ra, rb = rows.get(a), rows.get(b)
        if ra is None or rb is None or ra.inspection_id == rb.inspection_id or not (ra.when and rb.when):
            continue
        if ra.when == rb.when:
            continue
        later, earlier = (ra, rb) if ra.when > rb.when else (rb, ra)
        if earlier.unit_id not in earlier_units[later.unit_id]:
            continue
        if (score, -earlier.pk) > best.get(later.pk, (0.0, 0)):
            best[later.pk] = (score, -earlier.pk)
    current = {}
    for pk, rep, sim in FeedbackItem.objects.filter(inspection__unit_id__in=units).values_list(
        "pk", "repeat_of_id", "repeat_similarity"
    ).iterator(chunk_size=5000):
        current[pk] = (rep, sim)
    changed = []
    for pk, have in current.items():
        score, neg = best.get(pk, (None, None))
        wanted = (-neg if neg is not None else None, round(score, 4) if score is not None else None)
        if (
            have[0] != wanted[0]
            or (have[1] is None) != (wanted[1] is None)
            or abs((have[1] or 0) - (wanted[1] or 0)) > 1e-4
        ):
            changed.append((pk, *wanted))
    _update_repeats(changed)
    return len(changed)


def _stored_pairs(item_ids: list[int]):
    """The stored pairs whose lower id is one of these items (each pair among them once: the other end is checked
    by the caller). By the pairs' unique index on (item, other): a join through both items' inspections to their
    units took 0.8 s on PostgreSQL for one unit's 2,000 items among 1.5 M pairs."""
    for start in range(0, len(item_ids), 5000):
        yield from SimilarPair.objects.filter(item_id__in=item_ids[start : start + 5000]).values_list(
            "item_id", "other_id", "score"
        )


def _update_repeats(rows: list[tuple[int, int | None, float | None]]) -> None:
    """One UPDATE … FROM a list of values per batch (SQLite ≥ 3.33 and PostgreSQL): bulk_update's CASE per row
    took 15 s for the 62 k repeats of a 100 k ledger. Like bulk_update, no history and no version bump."""
    table = FeedbackItem._meta.db_table
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 2000):
            batch = rows[start : start + 2000]
            values = ", ".join(["(%s, %s, %s)"] * len(batch))
            cursor.execute(
                f"WITH v(id, rep, sim) AS (VALUES {values}) "  # noqa: S608 (fixed names, values bound)
                f"UPDATE {table} SET repeat_of_id = CAST(v.rep AS bigint), "
                f"repeat_similarity = CAST(v.sim AS double precision) FROM v WHERE {table}.id = v.id",
                [x for row in batch for x in row],
            )


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
