from django.db.models import QuerySet

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
