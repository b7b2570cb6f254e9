"""Page counts that do not dominate a page: exact up to a bound, the planner's estimate beyond it.

Counting every row that matches a filter at a million measures costs more than fetching the page itself. Up to
EXACT_COUNT_LIMIT rows the count is exact (a COUNT over a LIMITed subquery stops there); beyond it, PostgreSQL's
row estimate for the same query stands in (other databases: the bound plus one), and the count is marked inexact.
"""

import json

from django.core.paginator import Paginator
from django.db import connections
from django.utils.functional import cached_property

EXACT_COUNT_LIMIT = 1_000


def estimated_count(queryset) -> int | None:
    """The planner's row estimate for the queryset on PostgreSQL; None elsewhere."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql":
        return None
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


def bounded_count(queryset, limit: int) -> tuple[int, bool]:
    """(count, exact): exact when at most `limit` rows match, else an estimate above `limit`."""
    counted = queryset.order_by().values("pk")[: limit + 1].count()
    if counted <= limit:
        return counted, True
    return max(estimated_count(queryset) or 0, limit + 1), False


class BoundedPaginator(Paginator):
    """A Paginator whose count is bounded_count(): pages beyond an underestimate are not offered; cursor paging
    (the API's ?paging=cursor) walks every row."""

    limit = EXACT_COUNT_LIMIT

    def __init__(self, object_list, per_page, orphans=0, allow_empty_first_page=True, *, rows=None):
        super().__init__(object_list, per_page, orphans, allow_empty_first_page)
        # Turns a page's slice into what the page holds (e.g. .values() rows); the count stays on object_list,
        # so whatever the rows join for display does not reach the COUNT.
        self.rows = rows

    def _get_page(self, object_list, number, paginator):
        return super()._get_page(self.rows(object_list) if self.rows else object_list, number, paginator)

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
