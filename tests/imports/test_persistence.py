"""Upsert rules of the importer's persistence step, on hand-built parse results."""

from datetime import date

import pytest

from imports.models import Action, ImportAction, ImportedRecord, ImportRun, SourceDocument
from imports.parsing import model as p
from imports.persistence import import_parsed
from ledger.choices import Channel, InspectionKind, Status
from ledger.models import FeedbackItem, Inspection, InspectionRound, Measure, ReportedFigure, RoundFigure, Unit
from ledger.services import measure_set_status, save_tracked


def parsed_report(sha="a" * 64, measures_of_second=("二是完善制度。",)):
    problem1 = p.Item(
        label="1.",
        title="理论学习不深入",
        text="理论学习不深入。",
        line=5,
        measures=[
            p.Measure(label="一是", text="一是修订学习制度，已完成。", line=5, status=p.DONE, status_phrase="已完成"),
            p.Measure(label="二是", text="二是开展专题研讨，正在推进。", line=5, status=p.IN_PROGRESS),
        ],
    )
    problem2 = p.Item(
        label="2.",
        title="制度不健全",
        text="制度不健全。",
        line=6,
        measures=[p.Measure(label=t[:2], text=t, line=6, status=p.LONG_TERM) for t in measures_of_second],
    )
    aspect = p.Item(label="（一）", title="理论学习方面", text="", line=4, children=[problem1, problem2])
    inspection = p.Inspection(
        unit="示范市东城区委",
        unit_full="中共示范市东城区委",
        inspecting_body="示范省委",
        level="巡视",
        term=13,
        round=4,
        group="省委第三巡视组",
        types=["常规"],
        start=date(2023, 9, 21),
        end=date(2023, 11, 30),
        feedback_date=date(2024, 1, 10),
        items=[aspect],
        figures=[p.Figure(metric="problems", value=5, unit="个", line=9, text="反馈问题5个")],
    )
    doc = p.Document(
        title="中共示范市东城区委关于巡视整改进展情况的通报",
        kind=p.PROGRESS_REPORT,
        title_line=1,
        published=date(2024, 4, 30),
        inspections=[inspection],
    )
    return p.ParseResult(source="sample.txt", sha256=sha, documents=[doc])


def counts(run):
    return run.counts


def test_first_import_creates_the_ledger_with_history_channel_import(db):
    run, report = import_parsed([parsed_report()])
    assert run.outcome == ImportRun.Outcome.APPLIED
    assert Unit.objects.get().name == "示范市东城区委"
    assert InspectionRound.objects.get().term == 13
    inspection = Inspection.objects.get()
    assert (inspection.group, inspection.kind, inspection.onsite_start) == (
        "省委第三巡视组",
        InspectionKind.REGULAR,
        date(2023, 9, 21),
    )
    assert inspection.source_document.title.startswith("中共示范市东城区委")
    assert FeedbackItem.objects.count() == 3
    assert list(Measure.objects.order_by("item__position", "position").values_list("status", flat=True)) == [
        Status.DONE,
        Status.IN_PROGRESS,
        Status.LONG_TERM,
    ]
    assert Measure.objects.get(status=Status.DONE).completed_on == date(2024, 4, 30)
    assert ReportedFigure.objects.get().value == 5
    assert run.counts["measure"] == {"created": 3}
    for model in (Inspection, FeedbackItem, Measure):
        assert set(model.history.values_list("history_channel", flat=True)) == {Channel.IMPORT}
    note = Measure.objects.get(status=Status.DONE).notes.get()
    assert note.channel == Channel.IMPORT and "已完成" in note.text
    assert ImportAction.objects.filter(run=run, action=Action.CREATED, model="measure").count() == 3


def test_reimporting_the_same_document_writes_nothing(db, django_assert_max_num_queries):
    import_parsed([parsed_report()])
    before = {m: m.history.count() for m in (Inspection, FeedbackItem, Measure)}
    run, report = import_parsed([parsed_report()])
    assert report.writes == 0
    assert run.counts["measure"] == {"unchanged": 3}
    assert {m: m.history.count() for m in before} == before
    assert ReportedFigure.objects.count() == 1


def test_corrected_version_updates_adds_and_retires_exactly_what_changed(db):
    import_parsed([parsed_report()])
    corrected = parsed_report(sha="b" * 64, measures_of_second=("二是完善制度，已完成。", "三是建立长效机制。"))
    corrected.documents[0].inspections[0].items[0].children[0].measures.pop(1)  # measure 1.1#2 withdrawn
    run, report = import_parsed([corrected])
    assert run.counts["measure"] == {"created": 1, "retired": 1, "unchanged": 1, "updated": 1}
    assert run.counts["feedbackitem"] == {"unchanged": 3}
    updated = ImportAction.objects.get(run=run, action=Action.UPDATED, model="measure")
    assert updated.changes["text"] == ["二是完善制度。", "二是完善制度，已完成。"]
    assert not Measure.objects.filter(text__startswith="二是开展专题研讨").exists()
    assert Measure.history.filter(history_type="-", history_channel=Channel.IMPORT).count() == 1


def test_manual_edit_wins_and_a_conflicting_correction_is_reported(db, django_user_model):
    import_parsed([parsed_report()])
    measure = Measure.objects.get(text__startswith="二是开展专题研讨")
    measure_set_status(measure=measure, status=Status.DONE, note="已核实完成", channel=Channel.ADMIN)
    # Same document again: the person's status stands, silently (the document did not change).
    run, report = import_parsed([parsed_report()])
    assert report.writes == 0
    measure.refresh_from_db()
    assert measure.status == Status.DONE
    # A corrected document changes that very field: still the person's value, and a conflict is reported.
    corrected = parsed_report(sha="c" * 64)
    corrected.documents[0].inspections[0].items[0].children[0].measures[1].status = p.BASICALLY_DONE
    run, report = import_parsed([corrected])
    measure.refresh_from_db()
    assert measure.status == Status.DONE
    conflict = ImportAction.objects.get(run=run, action=Action.CONFLICT)
    assert conflict.changes["status"] == {"人工修改": "done", "文档新值": "basically_done"}


def test_retiring_keeps_a_measure_that_people_worked_on(db):
    import_parsed([parsed_report()])
    measure = Measure.objects.get(text__startswith="二是开展专题研讨")
    measure_set_status(measure=measure, status=Status.BASICALLY_DONE, note="进展", channel=Channel.ADMIN)
    corrected = parsed_report(sha="d" * 64)
    corrected.documents[0].inspections[0].items[0].children[0].measures.pop(1)
    run, _ = import_parsed([corrected])
    assert Measure.objects.filter(pk=measure.pk).exists()
    assert ImportAction.objects.get(run=run, action=Action.CONFLICT).object_id == measure.pk


def test_dry_run_reports_the_diff_and_writes_nothing(db):
    run, report = import_parsed([parsed_report()], dry_run=True)
    assert report.counts[("measure", "created")] == 3
    assert run.pk is None
    for model in (Unit, Inspection, FeedbackItem, Measure, SourceDocument, ImportRun, ImportedRecord):
        assert not model.objects.exists(), model


def test_a_failure_midway_leaves_nothing_behind(db, monkeypatch):
    from imports import persistence

    good, bad = parsed_report(), parsed_report(sha="e" * 64)
    bad.documents[0].inspections[0].unit = bad.documents[0].inspections[0].unit_full = "另一单位"

    def explode(self, figures_, *args):
        if self.inspection.unit.name == "另一单位":
            raise RuntimeError("disk full")

    original = persistence.TreeWriter.write
    monkeypatch.setattr(persistence.TreeWriter, "write", lambda self, tree: (explode(self, tree), original(self, tree)))
    with pytest.raises(RuntimeError):
        import_parsed([good, bad])
    assert not Unit.objects.exists() and not Measure.objects.exists()


def test_a_hand_made_inspection_keeps_its_values(db):
    run, _ = import_parsed([parsed_report()])
    inspection = Inspection.objects.get()
    ImportedRecord.objects.filter(model="inspection").delete()  # as if the inspection had been typed in by hand
    inspection.feedback_date = date(2024, 1, 11)
    save_tracked(inspection)
    run, report = import_parsed([parsed_report(sha="f" * 64)])
    inspection.refresh_from_db()
    assert inspection.feedback_date == date(2024, 1, 11)
    assert ImportAction.objects.get(run=run, model="inspection", action=Action.CONFLICT).changes["feedback_date"] == {
        "现有值": "2024-01-11",
        "文档值": "2024-01-10",
    }


def test_special_inspection_types_become_their_own_inspections(db):
    result = parsed_report()
    result.documents[0].inspections[0].types = ["常规", "营商环境专项"]
    import_parsed([result])
    kinds = set(Inspection.objects.values_list("kind", "topic"))
    assert kinds == {(InspectionKind.REGULAR, ""), (InspectionKind.SPECIAL, "营商环境")}
    assert FeedbackItem.objects.filter(inspection__kind=InspectionKind.REGULAR).count() == 3


def test_a_partial_document_imports_what_it_states_and_says_what_is_missing(db):
    result = parsed_report()
    inspection = result.documents[0].inspections[0]
    inspection.items, inspection.group, inspection.start, inspection.end = [], "", None, None
    inspection.missing = ["start", "end", "group"]
    run, report = import_parsed([result])
    assert Inspection.objects.get().feedback_date == date(2024, 1, 10)
    assert ReportedFigure.objects.count() == 1
    assert report.warnings == [
        "《中共示范市东城区委关于巡视整改进展情况的通报》示范市东城区委：文中未载明进驻开始日期、进驻结束日期、巡视组、反馈问题。"
    ]
    assert run.warnings == report.warnings


def test_a_correction_that_reopens_a_done_measure_clears_its_completion_date(db):
    import_parsed([parsed_report()])
    corrected = parsed_report(sha="9" * 64)
    corrected.documents[0].inspections[0].items[0].children[0].measures[0].status = p.IN_PROGRESS
    run, _ = import_parsed([corrected])
    measure = Measure.objects.get(text__startswith="一是修订学习制度")
    assert (measure.status, measure.completed_on) == (Status.IN_PROGRESS, None)
    assert run.counts["measure"]["updated"] == 1


def test_a_visit_without_a_unit_and_without_figures_is_skipped_with_a_warning(db):
    result = parsed_report()
    result.documents[0].inspections[0].unit = result.documents[0].inspections[0].unit_full = ""
    result.documents[0].inspections[0].figures = []
    result.documents[0].inspections[0].items = []
    run, report = import_parsed([result])
    assert not Unit.objects.exists() and not Inspection.objects.exists() and not RoundFigure.objects.exists()
    assert "文中未载明被巡视单位（或同时涉及多个单位），这部分内容未导入。" in report.warnings[0]


def test_round_level_figures_attach_to_the_round_and_reimport_changes_nothing(db):
    result = parsed_report()
    inspection = result.documents[0].inspections[0]
    inspection.unit = inspection.unit_full = ""
    inspection.figures = [
        p.Figure(metric="problems", value=697, unit="个", line=3, text="巡察反馈的697个问题"),
        p.Figure(metric="funds_recovered", value=1369.5, unit="万元", line=3, text="挽回经济损失1369.5万元"),
    ]
    run, report = import_parsed([result])
    assert not Unit.objects.exists() and not Inspection.objects.exists()
    rnd = InspectionRound.objects.get()
    assert (rnd.inspecting_body, rnd.term, rnd.round_no) == ("示范省委", 13, 4)
    assert sorted((f.metric, float(f.value)) for f in rnd.figures.all()) == [
        ("funds_recovered", 1369.5),
        ("problems", 697.0),
    ]
    assert all(f.source_document.title == result.documents[0].title for f in rnd.figures.all())
    assert "所述数据、所列2个问题（作为轮次共性问题）记入轮次" in report.warnings[0]
    assert run.counts["roundfigure"]["created"] == 2
    again, _ = import_parsed([result])
    assert again.counts["roundfigure"]["unchanged"] == 2 and RoundFigure.objects.count() == 2


def test_round_news_over_named_units_imports_each_unit_and_the_round_figures(db):
    from imports.parsing import parse_text
    from tests.imports.parsing.test_outside_documents import KM

    run, report = import_parsed([parse_text(KM, "km.txt")])
    assert sorted(Inspection.objects.values_list("unit__name", "kind", "topic")) == sorted(
        [
            ("区民政局", InspectionKind.REGULAR, ""),
            ("区科信局", InspectionKind.REGULAR, ""),
            ("区发改局", InspectionKind.SPECIAL, "涉粮问题上下联动"),
            ("区粮油储备购销公司", InspectionKind.SPECIAL, "涉粮问题上下联动"),
        ]
    )
    [rnd] = InspectionRound.objects.all()
    assert (rnd.term, rnd.round_no) == (12, 2)
    assert sorted((f.metric, float(f.value)) for f in rnd.figures.all()) == [
        ("completed", 688.0),
        ("completion_rate", 98.71),
        ("funds_recovered", 1369.5),
        ("in_progress", 5.0),
        ("problems", 697.0),
        ("rules_established", 589.0),
    ]
    assert not ReportedFigure.objects.exists()  # nothing is stated about one unit alone
