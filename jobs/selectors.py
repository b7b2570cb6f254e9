from django.db.models import QuerySet
from django.http import QueryDict

from accounts.roles import Role
from jobs.models import Job


def jobs_visible_to(user, queryset: QuerySet[Job] | None = None) -> QuerySet[Job]:
    """A user's own jobs; administrators see everyone's (including the scheduled ones, which have no user)."""
    queryset = Job.objects.all() if queryset is None else queryset
    if not (user and user.is_authenticated and user.is_active):
        return queryset.none()
    if user.effective_role == Role.ADMIN:
        return queryset
    return queryset.filter(requested_by=user)


def filter_query(filters: dict) -> QueryDict:
    """JSON filters ({"status": ["in_progress"], "unit": 3}) as the query string MeasureFilterSet reads."""
    query = QueryDict(mutable=True)
    for name, value in filters.items():
        values = value if isinstance(value, list) else [value]
        query.setlist(name, [str(v).lower() if isinstance(v, bool) else str(v) for v in values if v is not None])
    return query
