"""Every model field is filterable (or exempt with a reason), and the shared filters do what they say."""

from datetime import timedelta

import pytest

from ledger import filtersets as fs
from ledger.choices import Status
from ledger.models import (
    Evidence,
    FeedbackItem,
    Inspection,
    InspectionRound,
    Measure,
    ProgressNote,
    ReportedFigure,
    Unit,
)

# Fields deliberately without a filter of the same name, and why.
EXEMPT = {
    "text": "long text: searched through ?q=",
    "sentence": "long text: searched through ?q=",
    "close_note": "long text",
    "path": "internal; the unit filter covers subtrees",
    "version": "concurrency token, not a query dimension",
    "created_at": "updated_after serves incremental sync",
    "updated_at": "filtered as updated_after",
    "file": "stored file name; sha256 identifies content",
    "original_name": "searched through ?q=",
    "size": "not a query dimension",
    "uploaded_at": "not a query dimension",
    "repeat_similarity": "a derived score, not a query dimension (is_repeat filters repeats)",
    "status_after": None,  # filtered under its own name
    "last_activity_on": "derived warning input: filtered through ?warning=",
    "milestone_on": "derived warning input (the inspection's deadline): filtered through ?warning=",
}
RENAMED = {
    # field -> filter that covers it
    "feedback_date": "feedback_after",
    "deadline": "deadline_after",
    "closed_at": "closed",
    "date": "date_after",
    "level": "level",
    "value": "metric",
    "source_line": "source_line",
    "inspection_kind": "kind",  # the measure's stored copy of its inspection's kind
}

CASES = [
    (Unit, fs.UnitFilterSet),
    (InspectionRound, fs.InspectionRoundFilterSet),
    (Inspection, fs.InspectionFilterSet),
    (FeedbackItem, fs.FeedbackItemFilterSet),
    (Measure, fs.MeasureFilterSet),
    (ProgressNote, fs.ProgressNoteFilterSet),
    (Evidence, fs.EvidenceFilterSet),
    (ReportedFigure, fs.ReportedFigureFilterSet),
]


@pytest.mark.parametrize(("model", "filterset"), CASES, ids=[m.__name__ for m, _ in CASES])
def test_every_model_field_has_a_filter(model, filterset):
    filters = set(filterset.base_filters)
    missing = []
    for field in model._meta.concrete_fields:
        if field.name in EXEMPT and EXEMPT[field.name]:
            continue
        if field.name not in filters and RENAMED.get(field.name) not in filters:
            missing.append(field.name)
    assert not missing, f"{filterset.__name__} lacks filters for {missing}"
    assert "q" in filters


def ids(filterset, data, queryset):
    f = filterset(data, queryset=queryset)
    assert f.is_valid(), f.errors
    return set(f.qs.values_list("pk", flat=True))


def test_unit_filter_includes_sub_units(ledger):
    all_measures = Measure.objects.all()
    east_tree = {m.pk for m in ledger.east_measures + ledger.street_measures}
    assert ids(fs.MeasureFilterSet, {"unit": ledger.east.pk}, all_measures) == east_tree
    assert ids(fs.MeasureFilterSet, {"unit": ledger.street.pk}, all_measures) == {m.pk for m in ledger.street_measures}
    assert ids(fs.MeasureFilterSet, {"unit": 999999}, all_measures) == set()


def test_overdue_status_deadline_and_search_filters(ledger, today):
    qs = Measure.objects.all()
    overdue = {m.pk for m in (ledger.east_measures[1], ledger.street_measures[1], ledger.west_measures[1])}
    assert ids(fs.MeasureFilterSet, {"overdue": "true"}, qs) == overdue
    assert ids(fs.MeasureFilterSet, {"overdue": "false"}, qs) == set(qs.values_list("pk", flat=True)) - overdue
    assert ids(fs.MeasureFilterSet, {"status": [Status.DONE]}, qs) == {
        m.pk for m in (ledger.east_measures[0], ledger.street_measures[0], ledger.west_measures[0])
    }
    window = {"deadline_after": today - timedelta(days=2), "deadline_before": today}
    assert ids(fs.MeasureFilterSet, window, qs) == overdue
    assert ids(fs.MeasureFilterSet, {"q": "西城区委问题"}, qs) == {m.pk for m in ledger.west_measures}
    assert ids(fs.MeasureFilterSet, {"q": "西城区委措施二"}, qs) == {ledger.west_measures[1].pk}


def test_bad_filter_values_are_errors_not_crashes(ledger):
    f = fs.MeasureFilterSet({"status": ["finished"], "deadline_after": "明天"}, queryset=Measure.objects.all())
    assert not f.is_valid()
    assert set(f.errors) == {"status", "deadline_after"}
