"""Keeping the overview's tallies (ledger.models.overview) exact.

Every write of a measure or a feedback item marks its unit stale (database triggers, migration 0013). Before the overview reads,
overview_tallies_refresh recomputes the stale units' rows — a grouped query over those units' measures — or, when
the tallies are for an earlier day (warning levels roll over at midnight, Asia/Shanghai), all of them in one
INSERT … SELECT. The daily job (jobs.tasks.overview_tallies_rebuild, celery beat) does the day's rebuild ahead of
the first reader.

Why this is exact under concurrent writers (PostgreSQL, READ COMMITTED): the refresh first deletes the committed
marks, then recomputes their units in a later statement, whose snapshot sees at least what those marks' writers
committed. A writer that has not committed yet keeps its own mark (one per transaction and unit, so a writer never
waits on another's), and that mark outlives the refresh. Refreshes take the state row's lock one at a time.
"""

from datetime import date

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import Count, Exists, F, OuterRef, Q

from ledger.alerts import AlertLevel, warning_q
from ledger.choices import Status
from ledger.models import FeedbackItem, Measure, OverviewStaleUnit, OverviewTally, OverviewTallyState
from ledger.selectors import today

STATE = 1  # OverviewTallyState's one row
RULES_VERSION = 1  # raise when ledger.alerts' rules change: stored tallies are then recounted at the next read


def rules() -> str:
    """What the stored levels depend on besides the day."""
    return f"v{RULES_VERSION}/stale {settings.STALE_DAYS}/soon {settings.DUE_SOON_DAYS}"
NO_UNIT = 0  # OverviewStaleUnit.unit_key of measures without a unit


def _grouped(measures, on: date):
    """The tally rows of `measures`, as one grouped query: the measures by unit, round, kind and category, with the
    counts per status and per warning level on `on` (ledger.alerts.warning_q, the same predicates as the lists)."""
    # Counted over the non-null status column: every input then sits in Measure's tally index.
    counts = {
        "kind": F("inspection__kind"),
        "measures": Count("status"),
        **{s: Count("status", filter=Q(status=s)) for s in Status.values},
        **{lvl: Count("status", filter=warning_q(lvl, on)) for lvl in AlertLevel.values},
    }
    return measures.order_by().values("unit_id", "round_id", "category_id").annotate(**counts).order_by()


def _grouped_items(items):
    """The items' rows: problems (every item but an aspect that only heads its problems, as
    ledger.dashboard.selectors counts them) and repeats among them, by the inspection's unit, round and kind and the
    item's category."""
    heads_children = FeedbackItem.objects.filter(parent=OuterRef("pk"))
    problem = Q(parent__isnull=False) | ~Exists(heads_children)
    return (
        items.order_by()
        .values("category_id")
        .annotate(
            unit_id=F("inspection__unit_id"),
            round_id=F("inspection__round_id"),
            kind=F("inspection__kind"),
            problems=Count("pk", filter=problem),
            repeats=Count("pk", filter=problem & Q(repeat_of__isnull=False)),
        )
        .order_by()
    )


def _insert(measures, items, on: date) -> None:
    _insert_rows(_grouped(measures, on))
    _insert_rows(_grouped_items(items))


def _insert_rows(grouped) -> None:
    try:
        sql, params = grouped.query.sql_with_params()
    except EmptyResultSet:  # no unit of that kind to recompute (e.g. only measures without a unit)
        return
    columns = [*grouped.query.values_select, *grouped.query.annotation_select]
    table = connection.ops.quote_name(OverviewTally._meta.db_table)
    names = ", ".join(connection.ops.quote_name(c) for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({names}) {sql}", params)


def _take_marks() -> set[int]:
    """Delete the committed stale marks and return their units (RETURNING: PostgreSQL, SQLite ≥ 3.35)."""
    table = connection.ops.quote_name(OverviewStaleUnit._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} RETURNING unit_key")
        return {row[0] for row in cursor.fetchall()}


def overview_tallies_current(on: date) -> bool:
    """Whether the tallies hold for `on` with no unit marked stale: one cheap query, no lock."""
    fresh = OverviewTallyState.objects.filter(pk=STATE, on=on, rules=rules()).annotate(stale=Exists(OverviewStaleUnit.objects.all()))
    return list(fresh.values_list("stale", flat=True)) == [False]


@transaction.atomic
def overview_tallies_refresh(*, on: date | None = None, rebuild: bool = False) -> int:
    """Bring the tallies up to date for `on` (today): recompute the stale units, or everything when the tallies are
    for another day or `rebuild`. Returns how many units were recomputed (-1: all). A fixed number of queries
    whatever the number of units."""
    on = on or today()
    OverviewTallyState.objects.bulk_create([OverviewTallyState(pk=STATE)], ignore_conflicts=True)
    state = OverviewTallyState.objects.select_for_update().get(pk=STATE)
    if rebuild or state.on != on or state.rules != rules():
        _take_marks()  # before the counts are read (see the module's docstring)
        OverviewTally.objects.all().delete()
        _insert(Measure.objects.all(), FeedbackItem.objects.all(), on)
        state.on, state.rules = on, rules()
        state.save(update_fields=["on", "rules"])
        return -1
    keys = _take_marks()
    if not keys:
        return 0
    units = sorted(k for k in keys if k != NO_UNIT)
    in_units = Q(unit_id__in=units)
    if NO_UNIT in keys:
        in_units |= Q(unit_id__isnull=True)
    OverviewTally.objects.filter(in_units).delete()
    # Items always have an inspection, hence a unit.
    _insert(Measure.objects.filter(in_units), FeedbackItem.objects.filter(inspection__unit_id__in=units), on)
    return len(keys)


def overview_tallies_ensure(on: date) -> None:
    """What a reader calls: nothing when the tallies are current, else the refresh (a reader waits for one already
    running, then finds little or nothing left to do)."""
    if not overview_tallies_current(on):
        overview_tallies_refresh(on=on)
