"""The import's plain multi-row inserts write what the ORM and simple_history would write (issue 13)."""

from datetime import date

from django.forms.models import model_to_dict

from accounts.roles import Role
from accounts.services import user_create
from imports.models import ImportedRecord, SourceDocument
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
