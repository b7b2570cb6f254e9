"""The measure list's page built from tuples of its columns (.values_list()) instead of model instances (issue 13:
API list ≥ 0.5 × a bare .values() view). Each value is still formatted by the serializer's own field, so a row reads
exactly as the serializer would write it (tests/api/test_measure_rows.py compares the two); only the per-row machinery of
building three model instances and resolving every attribute through DRF is skipped. Warnings and overdue flags
come from ledger.alerts and ledger.selectors, fed with the same inputs the serializer reads."""

import functools
import operator
from datetime import date, datetime
from typing import NamedTuple

from django.conf import settings
from django.utils import timezone
from rest_framework import ISO_8601, serializers
from rest_framework.relations import PrimaryKeyRelatedField
from rest_framework.settings import api_settings

from ledger.alerts import measure_flag
from ledger.selectors import measure_is_overdue, today

# Output fields read through the item by the serializer: the measure's stored copies (ledger.models.measures.ITEM_FACTS).
RELATED = {"inspection": "inspection_id", "unit": "unit_id"}
DERIVED = ("is_overdue", "warning")


# Fields whose stored value is already what the serializer writes (str, int, bool, ISO date through the JSON
# encoder, a stored choice); others (date-times: converted to the local time zone) keep their formatter.
_IDENTITY = (serializers.CharField, serializers.IntegerField, serializers.BooleanField, serializers.ChoiceField)


class _IsoDatetime:
    """DateTimeField.to_representation for ISO 8601 in the current time zone, with the time zone looked up once
    per page rather than once per value (it was most of the rows' formatting time); anything unusual (naive
    values, no time zone) goes to the field itself."""

    def __init__(self, field):
        self.field = field

    def bind(self):
        tz = timezone.get_current_timezone() if settings.USE_TZ else None
        if tz is None:
            return self.field.to_representation
        fallback = self.field.to_representation

        def iso(value):
            if getattr(value, "tzinfo", None) is None:
                return fallback(value)
            text = value.astimezone(tz).isoformat()
            return text[:-6] + "Z" if text.endswith("+00:00") else text

        return iso


def _iso_date(value):
    return value.isoformat()  # what the JSON encoder would write for a date, without its per-value dispatch


def _formatter(field):
    if isinstance(field, _IDENTITY):
        return None
    output = getattr(field, "format", None)
    if isinstance(field, serializers.DateTimeField):
        iso = (output or api_settings.DATETIME_FORMAT) == ISO_8601 and not hasattr(field, "timezone")
        return _IsoDatetime(field) if iso else field.to_representation
    if isinstance(field, serializers.DateField):
        return _iso_date if (output or api_settings.DATE_FORMAT) == ISO_8601 else field.to_representation
    return field.to_representation


@functools.cache
def _plan(serializer_class):
    """(column name in the row, output name, formatter or None) for each readable field of the serializer.
    The same for every request (fields are formatted, never scoped, on reading): built once per class."""
    plan = []
    for field in serializer_class(context={})._readable_fields:
        name = field.field_name
        if name in DERIVED:
            continue
        if name in RELATED:
            plan.append((RELATED[name], name, None))
        elif isinstance(field, PrimaryKeyRelatedField):
            plan.append((f"{field.source}_id", name, None))  # the id, as the serializer's pk-only optimisation does
        else:
            plan.append((field.source, name, _formatter(field)))
    return tuple(plan)


class _Facts(NamedTuple):
    """A row's warning inputs, by the names the measure's attributes have (FACTS)."""

    status: str
    deadline: date | None
    closed_at: datetime | None
    next_review_on: date | None
    last_activity_on: date | None
    milestone_on: date | None


@functools.cache
def page_columns(serializer_class) -> tuple[str, ...]:
    """Every column a page of the serializer's rows needs: the fields' own, then the warning inputs."""
    return tuple(dict.fromkeys([*(column for column, _, _ in _plan(serializer_class)), *_Facts._fields]))


def values_page_queryset(queryset, serializer_class):
    """`queryset` as .values() rows holding every column the page needs."""
    return queryset.values(*page_columns(serializer_class))


def tuple_page_queryset(queryset, serializer_class):
    """`queryset` as tuples of page_columns(), what represent_rows reads by position: no dict per row to build
    and then read again. (Columns annotated later, such as the page's count, come after these.)"""
    return queryset.values_list(*page_columns(serializer_class))


@functools.cache
def _row_plan(serializer_class):
    """(output names, a getter of their values by position, (position, output, formatter) of those to format,
    a getter of the warning inputs)."""
    plan = _plan(serializer_class)
    index = {column: i for i, column in enumerate(page_columns(serializer_class))}
    outputs = tuple(output for _, output, _ in plan)
    getter = operator.itemgetter(*(index[column] for column, _, _ in plan))
    formatted = tuple((index[column], output, formatter) for column, output, formatter in plan if formatter)
    return outputs, getter, formatted, operator.itemgetter(*(index[column] for column in _Facts._fields))


def represent_rows(rows, serializer_class) -> list[dict]:
    """The serializer's output for rows of tuple_page_queryset(), in the serializer's key order."""
    outputs, getter, formatted, facts = _row_plan(serializer_class)
    formatted = [
        (i, output, formatter.bind() if isinstance(formatter, _IsoDatetime) else formatter)
        for i, output, formatter in formatted
    ]
    on = today()
    out = []
    for row in rows:
        data = dict(zip(outputs, getter(row), strict=True))
        for i, output, formatter in formatted:
            value = row[i]
            if value is not None:
                data[output] = formatter(value)
        measure = _Facts._make(facts(row))
        data["is_overdue"] = measure_is_overdue(measure, on)
        data["warning"] = measure_flag(measure, on)
        out.append(data)
    return out
