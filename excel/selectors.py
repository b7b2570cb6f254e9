"""Reads for the Excel ledger: which measures an export holds, in ledger order, with their latest progress."""

from __future__ import annotations

from collections.abc import Mapping

from django.core.exceptions import ValidationError
from django.db.models import Case, F, IntegerField, OuterRef, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce

from ledger.filtersets import MeasureFilterSet
from ledger.models import Measure, ProgressNote
from ledger.selectors import measures_visible_to


def filtered_measures(*, user, filters: Mapping | None = None, within: QuerySet | None = None) -> QuerySet[Measure]:
    """The measures `user` may see, narrowed by the API's MeasureFilterSet and, optionally, by `within`.

    `user=None` means no unit scope (command-line use without --user). Invalid filters raise ValidationError.
    """
    base = Measure.objects.all() if user is None else measures_visible_to(user)
    filterset = MeasureFilterSet(filters if filters is not None else {}, queryset=base)
    if not filterset.is_valid():
        raise ValidationError({name: list(errors) for name, errors in filterset.errors.items()})
    queryset = filterset.qs
    if within is not None:
        queryset = queryset.filter(pk__in=within.values("pk"))
    return queryset


def latest_note_text() -> Subquery:
    notes = ProgressNote.objects.filter(measure=OuterRef("pk")).order_by("-date", "-id")
    return Subquery(notes.values("text")[:1])


def in_ledger_order(queryset: QuerySet[Measure]) -> QuerySet[Measure]:
    """One row per measure with its item, the item's parent and grandparent, inspection, unit and round joined,
    sorted as the ledger reads: inspection, then aspect → problem → sub-problem, then measure position; annotated
    with the latest progress text (one query in all; the warning colours read the measure's stored inputs).

    Items are at most three levels deep (aspect, problem, sub-problem).
    """
    depth2 = {"item__parent__parent__isnull": False}
    depth1 = {"item__parent__isnull": False}
    return (
        queryset.select_related(
            "item__parent__parent", "item__inspection__unit", "item__inspection__round", "closed_by"
        )
        .annotate(
            latest_note=latest_note_text(),
            root_position=Coalesce("item__parent__parent__position", "item__parent__position", "item__position"),
            root_id=Coalesce("item__parent__parent_id", "item__parent_id", "item_id"),
            middle_position=Case(
                When(**depth2, then=F("item__parent__position")),
                When(**depth1, then=F("item__position")),
                default=Value(-1),
                output_field=IntegerField(),
            ),
            middle_id=Case(
                When(**depth2, then=F("item__parent_id")),
                When(**depth1, then=F("item_id")),
                default=Value(-1),
                output_field=IntegerField(),
            ),
            leaf_position=Case(
                When(**depth2, then=F("item__position")), default=Value(-1), output_field=IntegerField()
            ),
        )
        .order_by(
            "item__inspection__unit__path",
            "item__inspection__round__inspecting_body",
            "item__inspection__round__term",
            "item__inspection__round__round_no",
            "item__inspection__round__batch",
            "item__inspection__kind",
            "item__inspection_id",
            "root_position",
            "root_id",
            "middle_position",
            "middle_id",
            "leaf_position",
            "item_id",
            "position",
            "id",
        )
    )


def current_for_import(ids) -> dict[int, Measure]:
    """The measures a re-import refers to, with their latest progress text, by id (unscoped: callers check scope)."""
    rows = Measure.objects.filter(pk__in=ids).select_related("item__inspection__unit")
    return {m.pk: m for m in rows.annotate(latest_note=latest_note_text())}
