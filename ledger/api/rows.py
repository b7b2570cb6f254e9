"""The measure list's page built from .values() rows instead of model instances (issue 13: API list ≥ 0.5 × a bare
.values() view). Each value is still formatted by the serializer's own field, so a row reads exactly as the
serializer would write it (tests/api/test_measure_rows.py compares the two); only the per-row machinery of
building three model instances and resolving every attribute through DRF is skipped. Warnings and overdue flags
come from ledger.alerts and ledger.selectors, fed with the same inputs the serializer reads."""

import functools
from types import SimpleNamespace

from rest_framework import serializers
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


def _formatter(field):
    if isinstance(field, _IDENTITY):
        return None
    if isinstance(field, serializers.DateField) and not isinstance(field, serializers.DateTimeField):
        return None if getattr(field, "format", None) in (None, api_settings.DATE_FORMAT) else field.to_representation
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


def values_page_queryset(queryset, serializer_class):
    """`queryset` as .values() rows holding every column the page needs."""
    names = [column for column, _, _ in _plan(serializer_class)]
    # What measure_is_overdue and measure_flag read (the warning inputs are stored on the measure).
    needed = ("status", "deadline", "closed_at", "next_review_on", "last_activity_on", "milestone_on")
    return queryset.values(*dict.fromkeys([*names, *needed]))


def represent_rows(rows, serializer_class) -> list[dict]:
    plan = _plan(serializer_class)
    on = today()
    out = []
    for row in rows:
        data = {}
        for column, output, formatter in plan:
            value = row[column]
            data[output] = value if value is None or formatter is None else formatter(value)
        facts = SimpleNamespace(**row)
        data["is_overdue"] = measure_is_overdue(facts, on)
        data["warning"] = measure_flag(facts, on)
        out.append(data)
    return out
