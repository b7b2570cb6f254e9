"""The import's plain multi-row inserts write what the ORM and simple_history would write (issue 13)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.forms.models import model_to_dict

from accounts.roles import Role
from accounts.services import user_create
from imports.models import Action, ImportAction, ImportedRecord, ImportRun, SourceDocument
from imports.persistence import import_parsed
from imports.rows import history_rows, insert_rows, row_of
from ledger.choices import Channel
from ledger.history import channel
from ledger.models import FeedbackItem, Inspection, Measure, ProgressNote, Unit
from tests.imports.test_persistence import parsed_report

HISTORY_META = {"history_id", "history_date"}


def _history(model, pk, **filters):
    return model.history.model.objects.filter(id=pk, **filters).order_by("history_id")


def test_history_rows_equal_simple_historys_own(db):
    """Every column but the row's id and time: the same as simple_history's bulk_history_create."""
    user = user_create(username="importer", password=None, role=Role.ADMIN)
    import_parsed([parsed_report()], user=user)
    measure = Measure.objects.order_by("pk").first()
    with channel(Channel.IMPORT):
        # as bulk_create_with_history, which the import used before, calls it
        Measure.history.bulk_history_create(
            [measure],
            default_user=user,
            default_change_reason=None,
            custom_historical_attrs={"history_channel": Channel.IMPORT},
        )
    insert_rows(Measure.history.model, history_rows([measure], user=user, channel=Channel.IMPORT))
    *_, by_library, by_rows = _history(Measure, measure.pk)
    library = {k: v for k, v in model_to_dict(by_library).items() if k not in HISTORY_META}
    ours = {k: v for k, v in model_to_dict(by_rows).items() if k not in HISTORY_META}
    assert ours == library
    assert ours["history_type"] == "+" and ours["history_user"] == user.pk and ours["history_channel"] == "import"


def test_insert_rows_round_trips_json_dates_and_defaults(db):
    source = SourceDocument.objects.create(sha256="b" * 64, title_line=1, title="文件", kind="feedback")
    values = {"label": "一是", "deadline": "2025-06-30", "source_line": 7, "nested": {"列表": [1, None, "二"]}}
    insert_rows(
        ImportedRecord,
        [row_of(ImportedRecord(model="measure", key="k#1", object_id=3, values=values, document=source))],
    )
    stored = ImportedRecord.objects.get(key="k#1")
    assert (stored.model, stored.object_id, stored.values, stored.document_id) == ("measure", 3, values, source.pk)


def test_an_import_writes_one_created_history_row_per_object_with_its_values(db):
    user = user_create(username="importer", password=None, role=Role.ADMIN)
    import_parsed([parsed_report()], user=user)
    for model in (Unit, Inspection, FeedbackItem, Measure):
        objects = list(model.objects.all())
        assert objects
        for obj in objects:
            (row,) = _history(model, obj.pk)
            assert (row.history_type, row.history_user_id, row.history_channel) == ("+", user.pk, Channel.IMPORT)
            for field in model.history.model.tracked_fields:
                if model is Unit and field.name == "path":
                    continue  # unit_create fills the path after its first save (not the import's rows)
                assert getattr(row, field.attname) == getattr(obj, field.attname), (model, field.name)
    notes = ProgressNote.objects.order_by("measure_id")
    assert [n.measure_id for n in notes] == sorted(Measure.objects.values_list("pk", flat=True))
    assert {(n.author_id, n.channel, n.date) for n in notes} == {(user.pk, Channel.IMPORT, date(2024, 4, 30))}
    assert all(n.created_at is not None for n in notes)
    records = {(r.model, r.object_id) for r in ImportedRecord.objects.all()}
    assert {("measure", pk) for pk in Measure.objects.values_list("pk", flat=True)} <= records
    assert {("feedbackitem", pk) for pk in FeedbackItem.objects.values_list("pk", flat=True)} <= records


def test_import_reads_do_not_grow_with_the_number_of_inspections(db):
    """New visits in both runs.The ledger is read once per run, not once per inspection or tree (units created on the way aside)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def visits(n, sha, first_unit):
        result = parsed_report(sha=sha)
        doc = result.documents[0]
        first = doc.inspections[0]
        doc.inspections = [
            type(first)(**{**first.__dict__, "unit": f"单位{k}", "unit_full": f"中共单位{k}委员会"})
            for k in range(first_unit, first_unit + n)
        ]
        return result

    with CaptureQueriesContext(connection) as one:
        import_parsed([visits(1, "c" * 64, 0)])
    with CaptureQueriesContext(connection) as ten:
        import_parsed([visits(10, "d" * 64, 1)])

    def is_write(sql: str) -> bool:
        # drawing the ids of the rows about to be inserted (imports.rows.insert_objects, PostgreSQL) is part of the write
        return not sql.startswith("SELECT") or "nextval(" in sql

    def reads(captured):
        # creating a unit (unit_create) validates it with its own queries; everything else is read once per run
        return [q["sql"] for q in captured if not is_write(q["sql"]) and '"ledger_unit"' not in q["sql"]]

    assert len(reads(ten)) <= len(reads(one))  # the first run also looked for the round it created

    # writes: a fixed number of statements per visit (its unit, inspection, one insert per tree level, history,
    # notes, baselines), never one per item or measure
    def writes(captured):
        return [q for q in captured if is_write(q["sql"])]

    assert len(writes(ten)) <= 10 * len(writes(one))


def test_import_actions_are_the_reports_attributed_to_the_run(db):
    """The actions go in as plain rows: the same values the report shows, each tied to its run and object."""
    user = user_create(username="importer", password=None, role=Role.ADMIN)
    run, report = import_parsed([parsed_report()], user=user)
    fields = ("model", "object_id", "key", "action", "label", "changes")
    stored = [tuple(getattr(a, f) for f in fields) for a in ImportAction.objects.filter(run=run).order_by("pk")]
    assert stored == [tuple(getattr(a, f) for f in fields) for a in report.actions]
    assert all(isinstance(a, ImportAction) for a in report.actions)
    created = {a.object_id for a in ImportAction.objects.filter(run=run, model="measure", action=Action.CREATED)}
    assert created == set(Measure.objects.values_list("pk", flat=True))
    assert run.user == user and ImportRun.objects.get().pk == run.pk
    records = ImportedRecord.objects.filter(model="measure")
    assert {r.document_id for r in records} == {SourceDocument.objects.get().pk}
    assert {r.object_id for r in records} == created


def test_one_file_twice_in_a_run_is_one_source_document_created_once(db):
    user = user_create(username="importer", password=None, role=Role.ADMIN)
    run, report = import_parsed([parsed_report(), parsed_report()], user=user)
    source = SourceDocument.objects.get()
    assert source.imported_by == user and source.title == "中共示范市东城区委关于巡视整改进展情况的通报"
    assert report.counts[("sourcedocument", Action.CREATED)] == 1
    assert report.counts[("sourcedocument", Action.UNCHANGED)] == 1
    again, report = import_parsed([parsed_report()], user=user)
    assert SourceDocument.objects.count() == 1 and report.writes == 0


def test_a_bad_row_refuses_the_whole_import_with_the_models_message(db):
    bad = parsed_report(sha="e" * 64)
    bad.documents[0].inspections[0].items[0].children[0].measures[1].status = "bogus"
    with pytest.raises(ValidationError) as refused:
        import_parsed([parsed_report(), bad])
    assert "bogus" in str(refused.value)
    for model in (Unit, Inspection, FeedbackItem, Measure, SourceDocument, ImportRun, ImportAction, ImportedRecord):
        assert not model.objects.exists(), model
    assert not Measure.history.exists() and not ProgressNote.objects.exists()


def test_a_failure_writing_the_deferred_rows_leaves_nothing_and_the_next_import_numbers_rows_afresh(db, monkeypatch):
    from imports import persistence

    def broken(model, rows, **kwargs):
        if model is Measure:
            raise DatabaseError("disk full")
        return insert_rows(model, rows, **kwargs)

    monkeypatch.setattr(persistence, "insert_rows", broken)
    with pytest.raises(DatabaseError):
        import_parsed([parsed_report()])
    for model in (Unit, Inspection, FeedbackItem, Measure, SourceDocument, ImportRun, ImportAction, ImportedRecord):
        assert not model.objects.exists(), model
    monkeypatch.undo()
    run, report = import_parsed([parsed_report()])
    measures = list(Measure.objects.order_by("pk"))
    assert len(measures) == report.counts[("measure", Action.CREATED)] == 3
    assert [n.measure_id for n in ProgressNote.objects.order_by("measure_id")] == [m.pk for m in measures]
    # Ids reserved by the rolled-back run are either reused (SQLite rolls sqlite_sequence back) or skipped, never
    # handed out twice: a plain insert after the import continues after them.
    item = measures[0].item
    later = Measure.objects.create(item=item, position=99, text="人工新增", inspection=item.inspection)
    assert later.pk > measures[-1].pk
