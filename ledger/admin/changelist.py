"""Garbage in a changelist's filter parameters gets a Chinese message and a clean list, never a 500."""

from django.contrib import messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ERROR_FLAG, ORDER_VAR, PAGE_VAR
from django.core.exceptions import ValidationError
from django.db import DataError
from django.http import HttpResponseRedirect

# Parameters the changelist reads itself and copes with (a bad page or ordering is ignored by Django).
_OWN_PARAMS = {ORDER_VAR, PAGE_VAR, ERROR_FLAG, "_to_field", "_popup", "_changelist_filters", "_facets"}

# What a filter raises on a value it cannot use: an id that is not a number, a date that is not a date,
# a number beyond the column's range, or a Django lookup error the changelist already wraps.
_BAD_VALUE_ERRORS = (IncorrectLookupParameters, ValueError, TypeError, OverflowError, ValidationError, DataError)


class _BadFilter(Exception):
    pass


def _described(params) -> str:
    shown = [f"{name}=“{value[:40]}”" for name, value in params]
    return "、".join(shown[:5])


class SafeChangelistMixin:
    """For every ModelAdmin: a filter or search value that cannot be used is reported and the filters are cleared."""

    def _filter_params(self, request):
        return [(k, v) for k, v in request.GET.items() if k not in _OWN_PARAMS]

    def get_changelist_instance(self, request):
        params = self._filter_params(request)
        # PostgreSQL refuses NUL in text and only says so when the query runs; no filter value needs a control character.
        if any(ch < " " for _, value in params for ch in value):
            raise _BadFilter(f"筛选条件{_described(params)}含有控制字符")
        try:
            return super().get_changelist_instance(request)
        except _BAD_VALUE_ERRORS as exc:
            if not params:
                raise  # not the user's input: a real fault, let it surface
            raise _BadFilter(f"筛选条件{_described(params)}无效") from exc

    def changelist_view(self, request, extra_context=None):
        try:
            return super().changelist_view(request, extra_context)
        except _BadFilter as exc:
            self.message_user(request, f"{exc}，已清除筛选条件，显示全部记录。", messages.ERROR)
            return HttpResponseRedirect(request.path)
