"""The one viewset every ledger resource derives from: scope, ETag/If-Match, history attribution."""

from django.db import transaction
from django_filters import utils
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import filters, viewsets

from ledger.api.concurrency import etag, expected_version
from ledger.filtersets import BaseFilterSet
from ledger.models.base import Tracked
from ledger.selectors import visible_to


class LedgerFilterBackend(DjangoFilterBackend):
    """django-filter with only the filters the request names: building a whole filterset (a deep copy of every
    filter, a form field each, the scoped choices) was the largest per-request cost of a list page. The result is
    the same, since a filter without a value filters nothing; the browsable API's form (to_html) keeps them all."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        if filterset_class is None:
            return queryset
        used = set(request.query_params).intersection(filterset_class.base_filters)
        if not used:
            return queryset
        kwargs = self.get_filterset_kwargs(request, queryset, view)
        if issubclass(filterset_class, BaseFilterSet):
            kwargs["only"] = used
        filterset = filterset_class(**kwargs)
        if not filterset.is_valid() and self.raise_exception:
            raise utils.translate_validation(filterset.errors)
        return filterset.qs


class LedgerViewSet(viewsets.ModelViewSet):
    filter_backends = [LedgerFilterBackend, filters.OrderingFilter]
    http_method_names = ["get", "post", "put", "patch", "delete", "head", "options"]
    required_action: str | None = None  # overrides the method's action for extra actions (e.g. close-out)

    def get_queryset(self):
        return visible_to(self.request.user, super().get_queryset())

    def _valid(self, serializer_class):
        """The validated body of an extra action (close-out, category …)."""
        serializer = serializer_class(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    def _is_tracked(self) -> bool:
        return issubclass(self.queryset.model, Tracked)

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        if self._is_tracked():
            response["ETag"] = etag(self.get_object())
        return response

    def get_serializer_context(self):
        context = super().get_serializer_context()
        context["expected_version"] = getattr(self, "_expected_version", None)
        return context

    def update(self, request, *args, **kwargs):
        # No transaction around parsing and validation: on SQLite a transaction holds the write lock from its
        # start. The If-Match version is checked twice: here against the row as read (412 early), and by the
        # service's conditional UPDATE inside its own transaction, which settles a race (the loser gets 412).
        if self._is_tracked():
            self._expected_version = expected_version(request, self.get_object())
        response = super().update(request, *args, **kwargs)
        if self._is_tracked() and response.status_code == 200:
            response["ETag"] = (
                f'"{self.queryset.model._meta.model_name}-{response.data["id"]}-v{response.data["version"]}"'
            )
        return response

    def perform_destroy(self, instance):
        with transaction.atomic():
            if self._is_tracked():
                locked = type(instance).objects.select_for_update().get(pk=instance.pk)
                expected_version(self.request, locked)
            instance._history_user = self.request.user
            instance.delete()
