from django.utils import timezone
from rest_framework.pagination import CursorPagination, PageNumberPagination
from rest_framework.response import Response

from ledger.paging import EXACT_COUNT_LIMIT, BoundedPaginator

COUNT_DESCRIPTION = (
    f"符合条件的记录数：不超过 {EXACT_COUNT_LIMIT} 条时为精确值；超过时为数据库的估计值（count_exact 为 false），"
    "此时请用游标分页（paging=cursor）逐页取完全部记录。"
)


class PagePagination(PageNumberPagination):
    """Page numbers with a bounded count (ledger.paging): exact up to EXACT_COUNT_LIMIT, estimated beyond."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500
    page_rows = None  # a view may set a callable turning the page's slice into rows (ledger.api.rows)

    def django_paginator_class(self, queryset, page_size):
        return BoundedPaginator(
            queryset, page_size, rows=self.page_rows, estimate_key=self._estimate_key(), prepared=True
        )

    def _estimate_key(self) -> tuple | None:
        """What the listed statement depends on: the resource, the query but its paging, who asks (scope is by
        role and unit) and the day (warning filters read it)."""
        request = getattr(self, "request", None)
        if request is None:
            return None
        user = request.user
        query = sorted(
            (name, tuple(values))
            for name, values in request.query_params.lists()
            if name not in (self.page_query_param, self.page_size_query_param)
        )
        scope = (user.pk, getattr(user, "effective_role", None), getattr(user, "unit_id", None))
        return (request.path, tuple(query), *scope, timezone.localdate())

    def get_paginated_response(self, data):
        paginator = self.page.paginator
        return Response(
            {
                "count": paginator.count,
                "count_exact": paginator.count_is_exact,
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema):
        page = super().get_paginated_response_schema(schema)
        page["properties"]["count"]["description"] = COUNT_DESCRIPTION
        page["properties"] = {
            "count": page["properties"]["count"],
            "count_exact": {"type": "boolean", "description": "count 是否为精确值", "example": True},
            **{k: v for k, v in page["properties"].items() if k != "count"},
        }
        return page


class SyncCursorPagination(CursorPagination):
    """Stable paging for sync clients: ordered by last change, so ?updated_after= plus cursors never skip rows."""

    page_size = 200
    page_size_query_param = "page_size"
    max_page_size = 1000
    ordering = ("updated_at", "id")


def wants_cursor(request) -> bool:
    return "cursor" in request.query_params or request.query_params.get("paging") == "cursor"


class LedgerPagination(PagePagination):
    """Page numbers by default; cursor paging when the client asks with ?cursor= or ?paging=cursor."""

    def _delegate(self, request, view):
        if wants_cursor(request) and hasattr(view.get_queryset().model, "updated_at"):
            return SyncCursorPagination()
        return None

    def paginate_queryset(self, queryset, request, view=None):
        self.delegate = self._delegate(request, view) if view is not None else None
        if self.delegate:
            return self.delegate.paginate_queryset(queryset, request, view)
        return super().paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        if getattr(self, "delegate", None):
            return self.delegate.get_paginated_response(data)
        return super().get_paginated_response(data)

    def get_paginated_response_schema(self, schema):
        # One shape for both modes: cursor pages carry no count.
        page = super().get_paginated_response_schema(schema)
        page["required"] = ["results"]
        return page

    def get_schema_operation_parameters(self, view):
        params = super().get_schema_operation_parameters(view)
        return params + [
            {
                "name": "cursor",
                "required": False,
                "in": "query",
                "description": "游标分页（同步客户端）",
                "schema": {"type": "string"},
            },
            {
                "name": "paging",
                "required": False,
                "in": "query",
                "description": "paging=cursor 使用游标分页",
                "schema": {"type": "string", "enum": ["cursor"]},
            },
        ]
