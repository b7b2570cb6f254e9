"""The overview's numbers: a fixed handful of grouped queries, whatever the number of units."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q, Sum

from ledger.alerts import AlertLevel, warning_q
from ledger.choices import Status
from ledger.filtersets import FeedbackItemFilterSet, MeasureFilterSet
from ledger.formatting import round_title
from ledger.models import FeedbackItem, InspectionRound, Measure, OverviewTally, ProblemCategory, Unit
from ledger.selectors import measures_visible_to, overdue_q, today, visible_to
from ledger.services.overview import overview_tallies_ensure

UNKNOWN_MONTH = "日期不详"
# How the user may order the units: (key, label, sort key over a unit row). Units without measures go last.
UNIT_ORDERS = {
    "measures": ("措施数从多到少", lambda r: (-r["measures"], r["unit"])),
    "rate": ("完成率从低到高", lambda r: (r["completion_rate"], -r["measures"], r["unit"])),
    "-rate": ("完成率从高到低", lambda r: (-r["completion_rate"], -r["measures"], r["unit"])),
    "warnings": ("预警从多到少", lambda r: (-r["warnings"], -r["measures"], r["unit"])),
}


@dataclass
class Overview:
    filterset: MeasureFilterSet
    by_unit: list[dict]
    by_round: list[dict]
    most_overdue: list[Measure]
    trend: list[tuple[str, int]]  # ("2024-06", n) by month completed, ("日期不详", n) last
    totals: dict
    order: str
    by_category: list[dict]  # per 问题类别 (None: 未归类): problems, repeats, measures, done, completion rate
    repeats: int  # 重复问题 (屡巡屡犯) among the problems counted


# Counted over the non-null status column, not the id: every input then sits in Measure's tally index, so the
# grouped count is an index-only scan.
COUNTED = "status"


def _counts(on):
    counts = {s: Count(COUNTED, filter=Q(status=s)) for s in Status.values}
    warnings = {lvl: Count(COUNTED, filter=warning_q(lvl, on)) for lvl in AlertLevel.values}
    return {"measures": Count("*"), **counts, **warnings}


# The unit table's numbers; 逾期 is counted once, as 红色预警 (overdue_q and the red warning are the same rule).
COUNT_KEYS = ["measures", *Status.values, "overdue", *AlertLevel.values]


def _tally(measures, on) -> list[dict]:
    """From scratch, in one pass over the measures: every count the overview needs grouped by unit, round and
    category (all stored on the measure, so it reads the tally index alone). What the stored tallies
    (ledger.models.overview) hold ahead of time; kept as their reference (overview(..., from_scratch=True))."""
    grouped = measures.order_by().values("unit_id", "round_id", "category_id")
    rows = list(grouped.annotate(**_counts(on)).order_by())
    for row in rows:
        row["overdue"] = row[AlertLevel.RED]
    return rows


@dataclass
class Counts:
    units: list[dict]  # per unit holding measures: COUNT_KEYS
    rounds: list[dict]  # per round holding measures: measures, done
    categories: list[dict]  # per category_id: measures, done
    repeats: dict  # unit_id -> 重复问题
    problems: dict  # category_id -> {"problems": n, "repeats": n}


def _counts_from_scratch(user, params, measures, on) -> Counts:
    """Every count from the measures and items themselves."""
    tally = _tally(measures, on)
    items = _items(user, params)
    repeats = dict(
        _problems(items).filter(repeat_of__isnull=False).order_by().values_list("inspection__unit").annotate(n=Count("id"))
    )
    return Counts(
        _sum_by(tally, "unit_id", COUNT_KEYS),
        _sum_by(tally, "round_id", ["measures", Status.DONE]),
        _sum_by(tally, "category_id", ["measures", Status.DONE]),
        repeats,
        problems_by_category(items),
    )


TALLIED = ["measures", *Status.values, *AlertLevel.values]


def tallies_visible_to(user, *, on, round=None, kind=None, unit=None):
    """The stored tallies (ledger.models.overview), brought up to date for `on` first (one query when nothing
    changed), within the user's scope and the given round, kind and unit (with its sub-units, as
    MeasureFilterSet.filter_unit_subtree). Rows of the measures' counts and rows of the items' are apart: sum them."""
    overview_tallies_ensure(on)
    rows = visible_to(user, OverviewTally.objects.all())
    if round:
        rows = rows.filter(round=round)
    if kind:
        rows = rows.filter(kind=kind)
    if unit:
        path = Unit.objects.filter(pk=getattr(unit, "pk", unit)).values_list("path", flat=True).first()
        rows = rows.filter(unit__path__startswith=path) if path else rows.none()
    return rows


def _counts_from_tallies(user, filterset: MeasureFilterSet, on) -> Counts:
    """The same counts read from the stored tallies, brought up to date first (a query when nothing changed): a
    few thousand rows summed in three grouped queries instead of a million measures and items counted."""
    if not filterset.is_valid():
        return Counts([], [], [], {}, {})
    chosen = filterset.form.cleaned_data
    rows = tallies_visible_to(user, on=on, round=chosen.get("round"), kind=chosen.get("kind"), unit=chosen.get("unit"))

    def sums(key, keys):
        grouped = rows.order_by().values(key).annotate(**{k: Sum(k) for k in keys}).order_by()
        return [{key: row[key], **{k: row[k] or 0 for k in keys}} for row in grouped]

    units = sums("unit_id", [*TALLIED, "repeats"])
    for row in units:
        row["overdue"] = row[AlertLevel.RED]
    categories = sums("category_id", ["measures", Status.DONE, "problems", "repeats"])
    return Counts(
        [row for row in units if row["measures"]],  # a unit with items only is listed as without measures
        [row for row in sums("round_id", ["measures", Status.DONE]) if row["measures"]],
        [row for row in categories if row["measures"]],
        {row["unit_id"]: row["repeats"] for row in units if row["repeats"]},
        {row["category_id"]: row for row in categories if row["problems"] or row["repeats"]},
    )


def _sum_by(rows: list[dict], key: str, keys) -> list[dict]:
    sums: dict = {}
    for row in rows:
        total = sums.setdefault(row[key], {key: row[key], **dict.fromkeys(keys, 0)})
        for k in keys:
            total[k] += row[k]
    return list(sums.values())


# Read once: AlertLevel.values builds its list from the enum members on every access, which for the rate of each of a
# province's 2,000 units cost about 7 ms a page (1 ms with the tuple).
ALERT_LEVELS = tuple(AlertLevel.values)


def _rate(row: dict) -> dict:
    row["completion_rate"] = row[Status.DONE] / row["measures"] if row["measures"] else 0
    row["warnings"] = sum(row.get(lvl, 0) for lvl in ALERT_LEVELS)
    return row


def _units_in_scope(user, filterset: MeasureFilterSet) -> list[tuple[int, str]]:
    """(id, name) of the visible units within the unit filter, by name: one query names the counted units and
    lists those without measures."""
    units = visible_to(user, Unit.objects.all())
    chosen = filterset.form.cleaned_data.get("unit") if filterset.is_valid() else None
    if chosen:
        path = Unit.objects.filter(pk=chosen).values_list("path", flat=True).first() or "-"
        units = units.filter(path__startswith=path)
    return list(units.order_by("name").values_list("pk", "name"))


def _units_without_measures(units: list[tuple[int, str]], listed: set[int]) -> list[dict]:
    """The units that hold no measure here, so the overview shows them as such."""
    empty = dict.fromkeys(COUNT_KEYS, 0)
    return [_rate({"unit_id": pk, "unit": name, **empty, "empty": True}) for pk, name in units if pk not in listed]


def completions_by_month(measures) -> list[tuple[str, int]]:
    """已完成 measures by the month they were completed (Measure.completed_on: set on the day a person moved the
    measure to 已完成, or the date of the report an import read it from). An import from an undated report
    leaves the date empty: those are counted under 日期不详, never in the month of the import."""
    # Grouped by the day, in the done measures' index order (a streaming aggregate), and summed into months here:
    # truncating every one of 300,000 dates to its month in SQL took twice as long.
    rows = (
        measures.filter(status=Status.DONE)
        .order_by()
        .values("completed_on")
        .annotate(n=Count("*"))  # not the id: the done measures' month index then answers alone
        .order_by("completed_on")
    )
    months: dict[str, int] = {}
    unknown = 0
    for day, n in rows.values_list("completed_on", "n"):
        if day is None:
            unknown += n
        else:
            key = f"{day:%Y-%m}"
            months[key] = months.get(key, 0) + n
    return sorted(months.items()) + ([(UNKNOWN_MONTH, unknown)] if unknown else [])


def _named(rows: list[dict], names: dict) -> list[dict]:
    """The counts per unit, named (names come after: grouping by the name too made PostgreSQL expect a group per
    measure and sort them all on disk)."""
    return [_rate({**row, "unit": names.get(row["unit_id"], "")}) for row in rows]


FILTERS = ("round", "kind", "unit")  # the overview's filters, all of them kept in the tallies


def overview(user, params, *, from_scratch: bool = False) -> Overview:
    """Everything /admin/dashboard/ shows; `params` are the page's GET: the MeasureFilterSet's round, kind and unit
    (other filters are not the overview's and are ignored), and `order` (a key of UNIT_ORDERS). The counts come from
    the stored tallies; `from_scratch` counts the measures instead (the tallies' reference, for tests and checks)."""
    on = today()
    filterset = MeasureFilterSet(
        {k: params.get(k) for k in FILTERS if params.get(k)}, queryset=measures_visible_to(user)
    )
    measures = filterset.qs if filterset.is_valid() else measures_visible_to(user).none()
    order = params.get("order") if params.get("order") in UNIT_ORDERS else "measures"
    if from_scratch:
        counts = _counts_from_scratch(user, params, measures, on)
    else:
        counts = _counts_from_tallies(user, filterset, on)
    units = _units_in_scope(user, filterset)
    by_unit = sorted(_named(counts.units, dict(units)), key=UNIT_ORDERS[order][1])
    empty_units = _units_without_measures(units, {r["unit_id"] for r in by_unit})
    rounds = [{"round_id": r["round_id"], "measures": r["measures"], "done": r[Status.DONE]} for r in counts.rounds]
    titles = {r.pk: round_title(r) for r in InspectionRound.objects.filter(pk__in=[r["round_id"] for r in rounds])}
    by_round = sorted(
        (_rate({**r, "round": titles.get(r["round_id"], ""), Status.DONE: r["done"]}) for r in rounds),
        key=lambda r: r["round"],
    )
    most_overdue = list(
        measures.filter(overdue_q(on)).select_related("item__inspection__unit").order_by("deadline", "id")[:20]
    )
    trend = completions_by_month(measures)
    totals = _rate({k: sum(row[k] for row in by_unit) for k in COUNT_KEYS})
    for row in by_unit + empty_units:
        row["repeats"] = counts.repeats.get(row["unit_id"], 0)
    by_category = categories_overview(counts.problems, counts.categories)
    return Overview(
        filterset,
        by_unit + empty_units,
        by_round,
        most_overdue,
        trend,
        totals,
        order,
        by_category,
        sum(counts.repeats.values()),
    )


def _items(user, params):
    """The feedback items within the overview's round, kind and unit filters."""
    filterset = FeedbackItemFilterSet(
        {k: params.get(k) for k in ("round", "kind", "unit") if params.get(k)},
        queryset=visible_to(user, FeedbackItem.objects.all()),
    )
    return filterset.qs if filterset.is_valid() else FeedbackItem.objects.none()


def _heads(items):
    """The aspects that only head their problems: top-level items with children."""
    return items.filter(parent__isnull=True).filter(Exists(FeedbackItem.objects.filter(parent=OuterRef("pk"))))


def _problems(items):
    """What the overview counts as problems: every item but an aspect that only heads its problems. Spelled so
    the cheap test comes first (exclude(parent__isnull=True, children__isnull=False) probed every item)."""
    return items.filter(Q(parent__isnull=False) | ~Exists(FeedbackItem.objects.filter(parent=OuterRef("pk"))))


def problems_by_category(items) -> dict:
    """{category_id: {"problems": n, "repeats": n}} over `items`, from scratch."""
    # Problems are every item less the heads, each counted per category as its own aggregate (an index-only scan
    # of the item tally index and a semi-join of the top-level items), not one filter that probes every item.
    # Counted over the columns that index holds, not the id.
    def per_category(queryset):
        return queryset.order_by().values("category").annotate(problems=Count("*"), repeats=Count("repeat_of"))

    counted = {row["category"]: row for row in per_category(items)}
    for row in per_category(_heads(items)):
        counted[row["category"]]["problems"] -= row["problems"]
        counted[row["category"]]["repeats"] -= row["repeats"]
    return counted


def categories_overview(counted: dict, measure_counts: list[dict]) -> list[dict]:
    """Problems (and their repeats) and measures per 问题类别, in the taxonomy's order; 未归类 last. `counted` is
    problems_by_category's; `measure_counts` the measures and done per category_id."""
    done = {row["category_id"]: {"measures": row["measures"], "done": row[Status.DONE]} for row in measure_counts}
    rows = []
    for pk, name in [*ProblemCategory.objects.values_list("pk", "name"), (None, "未归类")]:
        p, m = counted.get(pk, {}), done.get(pk, {})
        row = {
            "category_id": pk,
            "category": name,
            "problems": p.get("problems", 0),
            "repeats": p.get("repeats", 0),
            "measures": m.get("measures", 0),
            "done": m.get("done", 0),
        }
        row["completion_rate"] = row["done"] / row["measures"] if row["measures"] else 0
        if row["problems"] or row["measures"]:
            rows.append(row)
    return rows
