"""The derived columns stored on each measure (last activity date; the inspection's milestone, id, unit, round and kind)
always equal what the rule computes from scratch, after every path that writes notes, measures, items or an
inspection; and the SQL filters over them agree with warning_level for any dates and statuses."""

import importlib.util
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from demo.data import load_demo
from imports.persistence import import_parsed
from ledger.alerts import AlertLevel, measure_warning, warning_level, warning_q
from ledger.choices import Channel, InspectionKind, Status
from ledger.models import FeedbackItem, Inspection, InspectionRound, Measure, ProgressNote
from ledger.services import (
    evidence_create,
    measure_close_out,
    measure_reopen,
    measure_review,
    measure_set_status,
    measure_update,
    measures_refresh_warning_inputs,
    progress_note_add,
    save_tracked,
)
from tests.excel.conftest import edited, export_bytes
from tests.excel.test_reimport import EAST, run
from tests.imports.test_persistence import parsed_report
from tests.ledger.conftest import make_item, make_measure
from tests.ledger.test_evidence import pdf_upload
from tests.ledger.test_history import post_measure


def from_scratch() -> dict[int, tuple]:
    """Each measure's derived columns by the rule, with plain queries: its latest note's date, else the local date
    it was created; its item's inspection: the 集中整改截止, the inspection's id, unit, round and kind; its item's 问题类别."""
    expected = {}
    for m in Measure.objects.select_related("item__inspection"):
        dates = list(ProgressNote.objects.filter(measure_id=m.pk).values_list("date", flat=True))
        last = max(dates) if dates else timezone.localtime(m.created_at).date()
        inspection = m.item.inspection
        expected[m.pk] = (
            last, inspection.rectification_deadline, inspection.pk, inspection.unit_id, inspection.round_id,
            inspection.kind, m.item.category_id,
        )
    return expected


def stored() -> dict[int, tuple]:
    columns = ("last_activity_on", "milestone_on", "inspection_id", "unit_id", "round_id", "inspection_kind", "category_id")
    return {pk: tuple(rest) for pk, *rest in Measure.objects.values_list("pk", *columns)}


def assert_consistent():
    assert Measure.objects.exists()
    assert stored() == from_scratch()


@pytest.fixture
def dated(ledger, today):
    """Deadlines on the inspections, so the milestone is a real date to follow; the west one a 专项 inspection, so
    the stored kinds differ."""
    for n, inspection in enumerate((ledger.east_inspection, ledger.street_inspection, ledger.west_inspection)):
        inspection.rectification_deadline = today - timedelta(days=10 * n)
        if inspection == ledger.west_inspection:
            inspection.kind, inspection.topic = InspectionKind.SPECIAL, "选人用人专项"
        save_tracked(inspection)
    assert set(Measure.objects.values_list("inspection_kind", flat=True)) == set(InspectionKind.values)
    return ledger


class _FormValues(HTMLParser):
    """The values a browser would submit from a page's main form (inputs, checked boxes, selected options,
    textareas)."""

    def __init__(self):
        super().__init__()
        self.data, self._select, self._textarea = {}, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "button", "file"):
            if a.get("type") not in ("checkbox", "radio") or "checked" in a:
                self.data[name] = a.get("value", "on" if a.get("type") == "checkbox" else "")
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in a:
            self.data[self._select] = a.get("value", "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data.removeprefix("\n") if not self.data[self._textarea] else data


def admin_form(client, url) -> dict:
    parser = _FormValues()
    parser.feed(client.get(url).content.decode())
    parser.data.pop("csrfmiddlewaretoken", None)
    return parser.data


def test_an_inspection_given_another_kind_gives_it_to_its_measures(dated, users, login, api):
    """The kind (常规/专项) follows the inspection through the service, the admin and the API: one UPDATE, no history."""
    inspection = Inspection.objects.get(pk=dated.east_inspection.pk)
    versions = dict(Measure.objects.values_list("pk", "version"))
    history = Measure.history.count()
    inspection.kind, inspection.topic = InspectionKind.SPECIAL, "营商环境"
    with CaptureQueriesContext(connection) as captured:
        save_tracked(inspection, user=users.admin)
    assert len([q for q in captured if q["sql"].startswith('UPDATE "ledger_measure"')]) == 1
    assert_consistent()
    assert set(Measure.objects.filter(item__inspection=inspection).values_list("inspection_kind", flat=True)) == {
        InspectionKind.SPECIAL
    }
    assert dict(Measure.objects.values_list("pk", "version")) == versions
    assert Measure.history.count() == history

    url = reverse("admin:ledger_inspection_change", args=[inspection.pk])
    client = login(users.admin)
    data = admin_form(client, url)
    assert data["kind"] == InspectionKind.SPECIAL
    data.update(kind=InspectionKind.REGULAR, topic="")
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    assert Inspection.objects.get(pk=inspection.pk).kind == InspectionKind.REGULAR
    assert_consistent()

    west = dated.west_inspection
    response = api(users.admin).patch(f"/api/inspections/{west.pk}/", {"kind": "regular", "topic": ""}, format="json")
    assert response.status_code == 200, response.content
    assert_consistent()
    assert set(Measure.objects.values_list("inspection_kind", flat=True)) == {InspectionKind.REGULAR}


def test_services_keep_the_inputs(dated, users, today):
    assert_consistent()
    measure = dated.east_measures[1]
    progress_note_add(measure=measure, text="推进中", status_after=Status.IN_PROGRESS, on=today - timedelta(days=40))
    assert_consistent()
    assert Measure.objects.get(pk=measure.pk).last_activity_on == today - timedelta(days=40)
    measure = Measure.objects.get(pk=measure.pk)
    measure_set_status(measure=measure, status=Status.BASICALLY_DONE, note="基本完成", user=users.editor)
    assert_consistent()
    assert measure.last_activity_on == today  # the caller's copy follows too
    measure.lead_unit = "区委办公室"
    measure_update(measure=measure, expected_version=measure.version, user=users.editor)
    assert_consistent()
    long_term = dated.west_measures[1]
    measure_set_status(measure=long_term, status=Status.LONG_TERM, note="转为长期坚持", user=users.admin)
    measure_review(measure=long_term, user=users.admin, note="按季度复查")
    assert_consistent()
    done = dated.street_measures[0]
    done.refresh_from_db()
    evidence_create(measure=done, upload=pdf_upload(), user=users.admin)
    measure_close_out(measure=done, user=users.admin, note="同意销号")
    measure_reopen(measure=done, user=users.admin, reason="问题反弹", new_deadline=today + timedelta(days=30))
    assert_consistent()


def test_a_stale_copy_saved_later_does_not_put_back_old_inputs(dated, users, today):
    measure = dated.east_measures[1]
    stale = Measure.objects.get(pk=measure.pk)
    progress_note_add(measure=measure, text="推进中", status_after=Status.IN_PROGRESS, on=today)
    stale.lead_unit = "区委办公室"
    measure_update(measure=stale, expected_version=None, user=users.admin)
    assert_consistent()
    assert Measure.objects.get(pk=measure.pk).version == measure.version + 1  # the edit, not the cache, bumped it


def test_note_deletes_and_bulk_writes_refresh(dated, today):
    measure = dated.east_measures[1]
    first = ProgressNote.objects.create(measure=measure, date=today - timedelta(days=5), text="一", status_after="in_progress")
    ProgressNote.objects.create(measure=measure, date=today - timedelta(days=50), text="二", status_after="in_progress")
    assert_consistent()
    first.delete()
    assert_consistent()
    assert Measure.objects.get(pk=measure.pk).last_activity_on == today - timedelta(days=50)
    ProgressNote.objects.bulk_create(
        [ProgressNote(measure=m, date=today - timedelta(days=70), text="批量", status_after=m.status)
         for m in Measure.objects.all()]
    )
    ProgressNote.objects.filter(measure=measure).delete()
    measures_refresh_warning_inputs(measure_ids=[measure.pk], inspection_ids=[dated.west_inspection.pk])
    measures_refresh_warning_inputs(inspection_ids=[dated.street_inspection.pk, dated.east_inspection.pk])
    assert_consistent()


def test_the_refresh_writes_no_history_and_no_version(dated):
    Measure.objects.update(
        last_activity_on=date(2000, 1, 1), milestone_on=None, inspection=None, unit=None, round=None, inspection_kind=None
    )
    versions = dict(Measure.objects.values_list("pk", "version"))
    history = Measure.history.count()
    assert measures_refresh_warning_inputs() == len(versions)
    assert_consistent()
    assert measures_refresh_warning_inputs() == 0  # nothing changed: no row is rewritten
    assert dict(Measure.objects.values_list("pk", "version")) == versions
    assert Measure.history.count() == history


def test_deadline_change_moves_every_measure_of_the_inspection_in_one_update(dated, users, today):
    inspection = Inspection.objects.get(pk=dated.east_inspection.pk)
    make_measure(make_item(inspection, "第二个问题"), "新措施")
    versions = dict(Measure.objects.values_list("pk", "version"))
    history = Measure.history.count()
    inspection.rectification_deadline = today + timedelta(days=90)
    with CaptureQueriesContext(connection) as captured:
        save_tracked(inspection, user=users.admin)
    updates = [q["sql"] for q in captured if q["sql"].startswith('UPDATE "ledger_measure"')]
    assert len(updates) == 1
    assert_consistent()
    assert set(Measure.objects.filter(item__inspection=inspection).values_list("milestone_on", flat=True)) == {
        today + timedelta(days=90)
    }
    assert dict(Measure.objects.values_list("pk", "version")) == versions
    assert Measure.history.count() == history
    inspection.group = "省委第二巡视组"  # a save that leaves the deadline alone touches no measure
    with CaptureQueriesContext(connection) as captured:
        save_tracked(inspection, user=users.admin)
    assert not [q for q in captured if q["sql"].startswith('UPDATE "ledger_measure"')]


def test_a_measure_moved_to_another_inspection_takes_its_milestone(dated, users):
    measure = Measure.objects.get(pk=dated.east_measures[1].pk)
    measure.item = dated.west_problem
    measure.position = 9
    save_tracked(measure, user=users.admin)
    assert_consistent()
    assert measure.milestone_on == dated.west_inspection.rectification_deadline


def test_an_item_moved_to_another_inspection_takes_its_measures_along(dated, users):
    item = FeedbackItem.objects.get(pk=dated.east_problem.pk)
    item.inspection = dated.west_inspection
    item.parent = None
    item.position = 99
    save_tracked(item, user=users.admin)
    assert_consistent()
    assert set(Measure.objects.filter(item=item).values_list("unit_id", flat=True)) == {dated.west_inspection.unit_id}


def test_categories_set_by_the_classifier_by_a_person_or_deleted_reach_the_measures(dated, users):
    from ledger.models import ProblemCategory
    from ledger.services import feedback_item_set_category
    from similarity.services import similarity_refresh

    item = make_item(dated.east_inspection, "严格落实中央八项规定精神", parent=dated.east_aspect)
    measure = make_measure(item, "开展专项整治")
    similarity_refresh()  # the classifier's bulk UPDATE
    assert_consistent()
    rules = ProblemCategory.objects.get(name__contains="八项规定")
    assert Measure.objects.get(pk=measure.pk).category == rules
    other = ProblemCategory.objects.exclude(pk=rules.pk).first()
    feedback_item_set_category(item=FeedbackItem.objects.get(pk=item.pk), category=other, user=users.admin)
    assert_consistent()
    other.delete()
    assert_consistent()


def test_an_inspection_given_another_unit_or_round_moves_its_measures_in_one_update(dated, users, ledger):
    inspection = Inspection.objects.get(pk=dated.east_inspection.pk)
    versions = dict(Measure.objects.values_list("pk", "version"))
    history = Measure.history.count()
    second = InspectionRound(inspecting_body="示范省委", level=ledger.round.level, term=13, round_no=5)
    save_tracked(second)
    inspection.unit = ledger.city
    inspection.round = second
    with CaptureQueriesContext(connection) as captured:
        save_tracked(inspection, user=users.admin)
    assert len([q for q in captured if q["sql"].startswith('UPDATE "ledger_measure"')]) == 1
    assert_consistent()
    assert dict(Measure.objects.values_list("pk", "version")) == versions
    assert Measure.history.count() == history


def test_admin_edit_and_add(dated, users, login, today):
    client = login(users.admin)
    measure = Measure.objects.get(pk=dated.east_measures[1].pk)
    response = post_measure(client, measure, status=Status.BASICALLY_DONE, progress_note="基本完成")
    assert response.status_code == 302
    assert_consistent()
    data = {
        "item": dated.west_problem.pk, "position": 7, "label": "", "text": "新增措施", "responsible_leader": "",
        "lead_unit": "", "responsible_units": "", "deadline": "", "status": Status.NOT_STARTED,
        "progress_note": "", "evidence-TOTAL_FORMS": 0, "evidence-INITIAL_FORMS": 0,
        "notes-TOTAL_FORMS": 0, "notes-INITIAL_FORMS": 0,
    }
    response = client.post(reverse("admin:ledger_measure_add"), data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    assert Measure.objects.filter(text="新增措施").exists()
    assert_consistent()


def test_api_writes(dated, users, api, today):
    client = api(users.admin)
    east = dated.east_measures[1]
    assert client.patch(f"/api/measures/{east.pk}/", {"status": "done", "note": "已完成"}, format="json").status_code == 200
    assert_consistent()
    street = dated.street_measures[1]
    response = client.post("/api/progress-notes/", {"measure": street.pk, "text": "推进", "status_after": "in_progress"})
    assert response.status_code == 201, response.content
    assert_consistent()
    rows = [{"id": dated.west_measures[1].pk, "status": "basically_done", "note": "基本完成"}]
    assert client.patch("/api/measures/bulk/", rows, format="json").status_code == 200
    assert_consistent()
    deadline = (today + timedelta(days=60)).isoformat()
    response = client.patch(f"/api/inspections/{dated.west_inspection.pk}/", {"rectification_deadline": deadline},
                            format="json")
    assert response.status_code == 200, response.content
    assert_consistent()
    response = client.post("/api/measures/", {"item": dated.west_problem.pk, "position": 5, "text": "接口新增"},
                           format="json")
    assert response.status_code == 201, response.content
    assert_consistent()
    body = client.get(f"/api/measures/{response.json()['id']}/").json()
    assert body["warning"] == measure_warning(Measure.objects.get(pk=body["id"]), timezone.localdate())


def test_workbench_progress(dated, users, login):
    measure = dated.east_measures[1]
    response = login(users.editor).post(
        "/admin/",
        {"action": "progress", "measure": measure.pk, "version": measure.version,
         "status": Status.BASICALLY_DONE, "note": "已基本完成"},
    )
    assert response.status_code == 302
    assert_consistent()


def test_document_import_and_reimport(db, users):
    import_parsed([parsed_report()], user=users.admin)
    assert_consistent()
    inspection = Inspection.objects.get(source_document__isnull=False)
    inspection.rectification_deadline = date(2024, 7, 10)
    save_tracked(inspection)
    # The corrected report drops a measure (retired) and adds two (bulk-created, with their notes).
    import_parsed([parsed_report(sha="b" * 64, measures_of_second=("二是完善制度。", "三是建立台账。", "四是定期通报。"))],
                  user=users.admin)
    assert_consistent()
    imported = Measure.objects.filter(item__inspection=inspection)
    assert imported.filter(milestone_on=date(2024, 7, 10)).count() == imported.count() == 5


def test_excel_reimport(dated, users):
    data = edited(export_bytes(users.admin), {EAST: {"J4": "基本完成", "I4": "已基本完成整改"}})
    result = run(data, users.admin, apply=True)
    assert result.applied, [str(p) for p in result.problems]
    assert ProgressNote.objects.filter(channel=Channel.EXCEL).exists()
    assert_consistent()


def test_demo(db):
    assert load_demo()
    assert_consistent()


def test_the_scale_bench_writes_the_inputs_as_the_services_keep_them(db):
    path = Path(__file__).resolve().parents[2] / "bench" / "scale.py"
    spec = importlib.util.spec_from_file_location("scale_bench", path)
    scale = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scale)
    scale.build(300)
    assert Measure.objects.count() == 300
    assert_consistent()


def test_bulk_created_measures_are_filled_by_the_refresh(dated):
    item = FeedbackItem.objects.get(pk=dated.east_problem.pk)
    created = Measure.objects.bulk_create([Measure(item=item, position=10 + n, text=f"批量{n}") for n in range(3)])
    assert {m.last_activity_on for m in Measure.objects.filter(pk__in=[m.pk for m in created])} == {None}
    assert {m.unit_id for m in Measure.objects.filter(pk__in=[m.pk for m in created])} == {None}
    measures_refresh_warning_inputs(measure_ids=[m.pk for m in created])
    assert_consistent()


# ---------------------------------------------------------------- the SQL filters agree with the rule

TODAY = date(2025, 3, 15)
days = st.integers(min_value=-60, max_value=60).map(lambda n: TODAY + timedelta(days=n))
rows = st.lists(
    st.tuples(
        st.sampled_from(Status.values),
        st.booleans(),  # closed out (only kept for 已完成, as the constraint requires)
        st.none() | days,  # deadline
        st.none() | days,  # last activity
        st.none() | days,  # milestone
        st.none() | days,  # next review
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=rows)
def test_warning_q_agrees_with_warning_level(dated, rows):
    item = dated.east_problem
    Measure.objects.all().delete()
    created = Measure.objects.bulk_create(
        [Measure(item=item, position=n + 1, text=f"措施{n}", status=status) for n, (status, *_) in enumerate(rows)]
    )
    for m, (status, closed, deadline, last, milestone, review) in zip(created, rows, strict=True):
        Measure.objects.filter(pk=m.pk).update(
            closed_at=timezone.now() if closed and status == Status.DONE else None,
            deadline=deadline,
            last_activity_on=last,
            milestone_on=milestone,
            next_review_on=review,
        )
    expected = {lvl: set() for lvl in AlertLevel.values}
    for m in Measure.objects.all():
        lvl = warning_level(
            status=m.status,
            deadline=m.deadline,
            closed=bool(m.closed_at),
            last_activity=m.last_activity_on,
            milestone=m.milestone_on,
            next_review_on=m.next_review_on,
            on=TODAY,
        )
        if lvl:
            expected[lvl].add(m.pk)
    for lvl in AlertLevel.values:
        assert set(Measure.objects.filter(warning_q(lvl, TODAY)).values_list("pk", flat=True)) == expected[lvl], lvl
