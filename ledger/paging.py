"""Page counts that do not dominate a page: exact up to a bound, the planner's estimate beyond it.

Counting every row that matches a filter at a million measures costs more than fetching the page itself. Up to
EXACT_COUNT_LIMIT rows the count is exact (a COUNT over a LIMITed subquery stops there); beyond it, PostgreSQL's
row estimate for the same query stands in (other databases: the bound plus one), and the count is marked inexact.

A page of a list (the API's) fetches its rows and the bounded count in one statement: the count is a subquery of
the page's SELECT, so a page costs one round trip to the database instead of two (BoundedPaginator.page).
"""

import json
import time

from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db import connections
from django.db.models import IntegerField, Value
from django.db.models.expressions import RawSQL
from django.utils.functional import cached_property

from ledger.prepared import prepared_statements

EXACT_COUNT_LIMIT = 1_000
ESTIMATE_SECONDS = 30
COUNT_COLUMN = "tz_bounded_count"
BIGINT_MAX = 2**63 - 1  # the largest id a bigint (SQLite's INTEGER, PostgreSQL's bigint) holds

# Estimates by statement: paging through a long list (or polling it) asks the planner once, not per page. An
# estimate is only ever shown as one (count_exact false), so one that is some seconds old changes nothing.
_estimates: dict[tuple, tuple[float, int]] = {}
# Statements lately counted above a bound: (when, the bound).
_over_bound: dict[tuple, tuple[float, int]] = {}
# The same, by a caller's key for the request that built the statement (BoundedPaginator's estimate_key): a list
# paged through or polled then finds its estimate without compiling the count's statement to look it up.
# (when, the bound, the estimate); keyed by what the statement depends on, so a stale entry can only show an
# estimate some seconds old, as _estimates does.
_by_request: dict[tuple, tuple[float, int, int]] = {}


def db_id(value) -> int | None:
    """`value` (e.g. a query-string parameter) as a row id the database can hold, else None. A number beyond
    bigint is no id: SQLite refuses to bind it (OverflowError) where Django's own lookups do not catch it."""
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if 0 < number <= BIGINT_MAX else None


def _statement(queryset) -> tuple[str, tuple, tuple]:
    """The statement whose rows are counted, its parameters, and its key in _estimates."""
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    return sql, params, (queryset.db, sql, tuple(map(repr, params)))


def recent_estimate(queryset, limit: int, request_key: tuple | None = None) -> int | None:
    """The estimate of a statement counted above `limit` (or a higher bound) in the last ESTIMATE_SECONDS: a page
    of it may show that estimate without counting again. None when it was not, or not lately."""
    if connections[queryset.db].vendor != "postgresql":
        return None
    if request_key is not None:
        seen = _by_request.get(request_key)
        if seen is not None and seen[1] >= limit and time.monotonic() - seen[0] < ESTIMATE_SECONDS:
            return seen[2]
    try:
        statement = _statement(queryset)  # compiled once: it is both the key here and the EXPLAINed statement
    except EmptyResultSet:  # a filter no row can match (an id beyond the column's integers): nothing to estimate
        return None
    seen = _over_bound.get(statement[2])
    if seen is None or seen[1] < limit or time.monotonic() - seen[0] >= ESTIMATE_SECONDS:
        return None
    return estimated_count(queryset, statement)


def estimated_count(queryset, statement: tuple[str, tuple, tuple] | None = None) -> int | None:
    """The planner's row estimate for the queryset on PostgreSQL; None elsewhere."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return None
    try:
        sql, params, key = statement or _statement(queryset)
    except EmptyResultSet:  # a filter no row can match
        return 0
    now = time.monotonic()
    cached = _estimates.get(key)
    if cached is not None and now - cached[0] < ESTIMATE_SECONDS:
        return cached[1]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    if len(_estimates) > 1000:  # many distinct filters: start again rather than grow
        _estimates.clear()
    estimate = int(plan[0]["Plan"]["Plan Rows"])
    _estimates[key] = (now, estimate)
    return estimate


def _limited(queryset, limit: int):
    return queryset.order_by().values("pk")[: limit + 1]


def _settle(queryset, counted: int, limit: int) -> tuple[int, bool]:
    if counted <= limit:
        return counted, True
    if connections[queryset.db].vendor == "postgresql":
        if len(_over_bound) > 1000:
            _over_bound.clear()
        statement = _statement(queryset)
        _over_bound[statement[2]] = (time.monotonic(), limit)
        return max(estimated_count(queryset, statement) or 0, limit + 1), False
    return limit + 1, False


def bounded_count(queryset, limit: int) -> tuple[int, bool]:
    """(count, exact): exact when at most `limit` rows match, else an estimate above `limit`."""
    return _settle(queryset, _limited(queryset, limit).count(), limit)


def bounded_count_expression(queryset, limit: int) -> RawSQL | Value:
    """The bounded COUNT of `queryset` as a scalar subquery, to be selected alongside a page of its rows; 0 when
    its filters can match no row (Django compiles e.g. an id beyond the column's integers to EmptyResultSet)."""
    limited = _limited(queryset, limit)
    try:
        sql, params = limited.query.get_compiler(limited.db).as_sql()
    except EmptyResultSet:
        return Value(0, output_field=IntegerField())
    return RawSQL(f"SELECT COUNT(*) FROM ({sql}) tz_bounded", params, output_field=IntegerField())


class BoundedPaginator(Paginator):
    """A Paginator whose count is bounded_count(): pages beyond an underestimate are not offered; cursor paging
    (the API's ?paging=cursor) walks every row."""

    limit = EXACT_COUNT_LIMIT

    def __init__(
        self,
        object_list,
        per_page,
        orphans=0,
        allow_empty_first_page=True,
        *,
        rows=None,
        estimate_key=None,
        prepared=False,
    ):
        super().__init__(object_list, per_page, orphans, allow_empty_first_page)
        # Fetch a page's rows with a statement prepared on the server (ledger.prepared): for a list asked again
        # and again with the same filters (an API), so only its parameters change between requests.
        self.prepared = prepared
        # Turns a page's slice into what the page holds (e.g. .values() rows); the count stays on object_list,
        # so whatever the rows join for display does not reach the COUNT.
        self.rows = rows
        # Everything object_list's statement depends on (see _by_request), or None to key by the statement.
        self.estimate_key = estimate_key

    def _remember(self) -> None:
        count, exact = self.__dict__["_bounded"]
        if self.estimate_key is not None and not exact:
            if len(_by_request) > 1000:
                _by_request.clear()
            _by_request[self.estimate_key] = (time.monotonic(), self.limit, count)

    def _fetch(self, queryset) -> list:
        if not self.prepared:
            return list(queryset)
        with prepared_statements(queryset.db):
            return list(queryset)

    def _get_page(self, object_list, number, paginator):
        return super()._get_page(self.rows(object_list) if self.rows else object_list, number, paginator)

    def _foldable(self) -> bool:
        query = getattr(self.object_list, "query", None)
        return (
            query is not None
            and "_bounded" not in self.__dict__  # counted already (the admin counts first): the usual way
            and self.orphans == 0
            and query.group_by is None
            and not query.distinct
            and not query.combinator
        )

    def page(self, number):
        """The page's rows with the bounded count selected in the same statement; an empty page (past the end)
        counts on its own. Pages are validated as Paginator.page does, against the same count."""
        if not self._foldable():
            return super().page(number)
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from None
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        bottom = (number - 1) * self.per_page
        if bottom >= self.limit:  # deep pages (and absurd page numbers, whose OFFSET would overflow): count first
            return super().page(number)
        queryset = self.rows(self.object_list) if self.rows else self.object_list
        known = recent_estimate(self.object_list, self.limit, self.estimate_key)
        if known is not None:  # counted above the bound moments ago (a list paged through or polled): no recount
            # not remembered again: a list polled without pause would otherwise keep its estimate for ever
            self.__dict__["_bounded"] = (max(known, self.limit + 1), False)
            number = self.validate_number(number)
            return Page(self._fetch(queryset[bottom : bottom + self.per_page]), number, self)
        expression = bounded_count_expression(self.object_list, self.limit)
        rows = self._fetch(queryset.annotate(**{COUNT_COLUMN: expression})[bottom : bottom + self.per_page])
        if rows:
            first = rows[0]
            if isinstance(first, dict):
                counted = first[COUNT_COLUMN]
            elif isinstance(first, tuple):  # .values_list() rows: an annotation follows the listed columns
                counted = first[-1]
            else:
                counted = getattr(first, COUNT_COLUMN)
            self.__dict__["_bounded"] = _settle(self.object_list, counted, self.limit)
            self._remember()
            for row in rows:
                if isinstance(row, dict):
                    del row[COUNT_COLUMN]
        number = self.validate_number(number)
        # As Paginator.page: the last page ends at the count (an estimate may end it before the rows do).
        return Page(rows[: max(0, self.count - bottom)], number, self)

    @cached_property
    def _bounded(self) -> tuple[int, bool]:
        if not hasattr(self.object_list, "query"):
            return len(self.object_list), True
        return bounded_count(self.object_list, self.limit)

    @cached_property
    def count(self) -> int:
        return self._bounded[0]

    @property
    def count_is_exact(self) -> bool:
        return self._bounded[1]


def rows_first(queryset, bottom: int, top: int):
    """Rows bottom..top of `queryset`, chosen on its own table (with only the joins its filters and ordering need)
    and only then joined and annotated for display. As one statement, PostgreSQL joined and annotated every row in
    scope before its top-N sort: a district editor's measure list at a million measures joined 9,000 rows five ways
    to show 50. Lists the pk subquery cannot stand for (DISTINCT, GROUP BY, set operations) are sliced as usual."""
    query = queryset.query
    if query.distinct or query.group_by is not None or query.combinator:
        return queryset[bottom:top]
    return queryset.filter(pk__in=queryset.values("pk")[bottom:top])


class RowsFirstPaginator(BoundedPaginator):
    """The admin's paginator: it counts before asking for the page, and the page's rows come from rows_first()."""

    def page(self, number):
        if "_bounded" not in self.__dict__ or not hasattr(self.object_list, "query"):
            return super().page(number)
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return self._get_page(rows_first(self.object_list, bottom, top), number, self)
