"""The 台账视图: rows in document order, filters, edits in place and in bulk, constant queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ledger.choices import Status
from ledger.models import Evidence, Measure
from ledger.services import measure_close_out, save_tracked
from ledger.sheet import build_sheet
from tests.ledger.conftest import make_item, make_measure
from tests.ledger.synthetic import synthetic_inspection


def sheet_url(inspection, query=""):
    return reverse("admin:ledger_inspection_sheet", args=[inspection.pk]) + query


def measure_ids(response):
    return [row.measure.pk for row in response.context["sheet"].rows if row.kind == "measure"]


@pytest.fixture
def east(ledger):
    """The east inspection with a second aspect holding a problem with a sub-problem, so order is testable."""
    inspection = ledger.east_inspection
    aspect2 = make_item(inspection, "第二方面", label="（二）")
    problem2 = make_item(inspection, "第二方面的问题", parent=aspect2, label="1.")
    sub = make_item(inspection, "具体表现", parent=problem2, label="（1）")
    m3 = make_measure(problem2, "问题层措施", Status.NOT_STARTED)
    m4 = make_measure(sub, "具体表现措施", Status.BASICALLY_DONE)
    return inspection, [*ledger.east_measures, m3, m4], (aspect2, problem2, sub)


def test_rows_follow_the_document_and_number_items_as_the_excel_sheet(east):
    inspection, measures, (aspect2, problem2, sub) = east
    sheet = build_sheet(inspection)
    assert [(r.kind, r.measure.pk if r.measure else r.item.title) for r in sheet.rows] == [
        ("aspect", "东城区委方面"),
        ("problem", "东城区委问题"),
        ("measure", measures[0].pk),
        ("measure", measures[1].pk),
        ("aspect", "第二方面"),
        ("problem", "第二方面的问题"),
        ("measure", measures[2].pk),
        ("sub", "具体表现"),
        ("measure", measures[3].pk),
    ]
    numbered = [(r.number, r.problem_text, r.aspect_text) for r in sheet.rows if r.kind == "measure"]
    assert numbered == [
        (1, "1.东城区委问题", "（一）东城区委方面"),
        (None, "", ""),
        (2, "1.第二方面的问题", "（二）第二方面"),
        (3, "1.第二方面的问题 / （1）具体表现", ""),
    ]
    assert (sheet.problems, sheet.measures) == (3, 4)
    assert [r.count for r in sheet.rows if r.kind != "measure"] == [2, 2, 2, 2, 1]


def test_filters_return_exactly_the_matching_measures(east, users, login, today):
    inspection, (done, in_progress, not_started, basically), _ = east
    Evidence.objects.create(measure=done, title="纪要", file="evidence/a.pdf", original_name="a.pdf", size=1,
                            sha256="a" * 64)
    measure_close_out(measure=done, user=users.supervisor, note="同意")
    Measure.objects.filter(pk=not_started.pk).update(deadline=today + timedelta(days=5))  # due soon: blue
    client = login(users.editor)
    cases = {
        "?unfinished=on": {in_progress.pk, not_started.pk, basically.pk},
        "?status=not_started": {not_started.pk},
        "?closed=1": {done.pk},
        "?closed=0": {in_progress.pk, not_started.pk, basically.pk},
        "?evidence=1": {done.pk},
        "?evidence=0": {in_progress.pk, not_started.pk, basically.pk},
        "?warning=red": {in_progress.pk},  # its deadline was yesterday
        "?warning=blue": {not_started.pk},
        "?warning=yellow": set(),  # all were created today, so none is stale
        "?warning=any": {in_progress.pk, not_started.pk},
        "?unfinished=on&evidence=0&status=basically_done": {basically.pk},
    }
    for query, expected in cases.items():
        response = client.get(sheet_url(inspection, query))
        assert response.status_code == 200
        assert set(measure_ids(response)) == expected, query


def test_sheet_is_scoped_and_read_only_for_viewers(ledger, users, login):
    assert login(users.editor).get(sheet_url(ledger.west_inspection)).status_code == 404
    viewer = login(users.viewer)  # the street's viewer sees the street's inspection only, without editing
    response = viewer.get(sheet_url(ledger.street_inspection))
    assert response.status_code == 200 and not response.context["can_edit"]
    assert b'class="button tz-edit-open"' not in response.content and b'name="ids"' not in response.content
    measure = ledger.street_measures[1]
    posted = viewer.post(sheet_url(ledger.street_inspection), {"action": "edit", "id": measure.pk, "version": 1,
                                                               "status": Status.DONE, "note": "x"})
    assert posted.status_code == 403


def edit(client, inspection, measure, **changes):
    data = {
        "action": "edit",
        "id": measure.pk,
        "version": measure.version,
        "status": measure.status,
        "note": "",
        "deadline": measure.deadline.isoformat() if measure.deadline else "",
        "responsible_leader": measure.responsible_leader,
        "lead_unit": measure.lead_unit,
        "responsible_units": measure.responsible_units,
        **changes,
    }
    return client.post(sheet_url(inspection), data, follow=True)


def messages_of(response):
    return [str(m) for m in response.context["messages"]]


def test_edit_in_place_goes_through_the_service_and_its_rules(ledger, users, login, today):
    client = login(users.editor)
    measure = ledger.east_measures[1]
    response = edit(client, ledger.east_inspection, measure, status=Status.BASICALLY_DONE, note="已完成大部分",
                    lead_unit="区发改局", deadline=(today + timedelta(days=30)).isoformat())
    assert messages_of(response) == ["已保存 1 项整改措施的修改。"]
    measure.refresh_from_db()
    assert (measure.status, measure.lead_unit, measure.deadline) == (
        Status.BASICALLY_DONE, "区发改局", today + timedelta(days=30))
    note = measure.notes.get()
    assert (note.text, note.author, note.channel) == ("已完成大部分", users.editor, "admin")
    assert measure.history.first().history_user == users.editor

    # A status change without a note, and a transition the workflow refuses, change nothing.
    response = edit(client, ledger.east_inspection, measure, status=Status.DONE)
    assert any("请填写进展说明" in m for m in messages_of(response))
    response = edit(client, ledger.east_inspection, measure, status=Status.NOT_STARTED, note="退回")
    assert any("不能将状态由“基本完成”改回“未启动”" in m for m in messages_of(response))
    measure.refresh_from_db()
    assert measure.status == Status.BASICALLY_DONE and measure.notes.count() == 1


def test_edit_with_a_stale_version_is_refused(ledger, users, login):
    client = login(users.editor)
    measure = ledger.east_measures[1]
    stale = Measure.objects.get(pk=measure.pk)
    edit(client, ledger.east_inspection, measure, responsible_leader="王五")
    response = edit(client, ledger.east_inspection, stale, responsible_leader="赵六")
    assert any("已被他人修改" in m for m in messages_of(response))
    measure.refresh_from_db()
    assert measure.responsible_leader == "王五"


def test_editor_cannot_edit_a_closed_out_measure(ledger, users, login):
    done = ledger.east_measures[0]
    Evidence.objects.create(measure=done, title="纪要", file="evidence/a.pdf", original_name="a.pdf", size=1,
                            sha256="a" * 64)
    measure_close_out(measure=done, user=users.supervisor, note="同意")
    done.refresh_from_db()
    client = login(users.editor)
    page = client.get(sheet_url(ledger.east_inspection))
    row = next(r for r in page.context["sheet"].rows if r.measure and r.measure.pk == done.pk)
    assert row.editable is False
    response = edit(client, ledger.east_inspection, done, lead_unit="改动")
    assert any("已销号" in m for m in messages_of(response))
    done.refresh_from_db()
    assert done.lead_unit == ""


def test_bulk_sets_many_rows_with_one_note_or_none(east, users, login, today):
    inspection, (done, in_progress, not_started, basically), _ = east
    client = login(users.editor)
    new_deadline = today + timedelta(days=60)
    response = client.post(sheet_url(inspection), {
        "action": "bulk",
        "ids": [f"{m.pk}-{m.version}" for m in (in_progress, not_started, basically)],
        "status": Status.DONE, "deadline": new_deadline.isoformat(), "responsible_leader": "李四",
        "lead_unit": "", "responsible_units": "", "note": "统一完成",
    }, follow=True)
    assert messages_of(response) == ["已保存 3 项整改措施的修改。"]
    for m in (in_progress, not_started, basically):
        m.refresh_from_db()
        assert (m.status, m.deadline, m.responsible_leader, m.lead_unit) == (Status.DONE, new_deadline, "李四", "")
        assert m.notes.get().text == "统一完成"

    # Someone else changed one row since the page was loaded: nothing changes, and that row says why.
    stale_version = done.version
    done.responsible_leader = "别人改过"
    save_tracked(done)
    response = client.post(sheet_url(inspection), {
        "action": "bulk",
        "ids": [f"{done.pk}-{stale_version}", f"{in_progress.pk}-{in_progress.version}"],
        "lead_unit": "区财政局", "note": "",
    }, follow=True)
    texts = messages_of(response)
    assert texts[0].startswith("未做任何修改：1 项整改措施")
    assert any(t.startswith(f"“{done}”") and "已被他人修改" in t for t in texts)
    in_progress.refresh_from_db()
    assert in_progress.lead_unit == ""


def test_bulk_without_selection_or_changes_says_so(east, users, login):
    inspection, measures, _ = east
    client = login(users.editor)
    response = client.post(sheet_url(inspection), {"action": "bulk", "lead_unit": "x"}, follow=True)
    assert messages_of(response) == ["未做任何修改：请先勾选要批量修改的整改措施。"]
    response = client.post(sheet_url(inspection), {"action": "bulk", "ids": [f"{measures[1].pk}-1"]}, follow=True)
    assert messages_of(response) == ["未做任何修改：请至少填写一项要修改的内容。"]


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_sheet_queries_do_not_grow_with_items_and_measures(ledger, users, login):
    small = synthetic_inspection(ledger.east, ledger.round, problems=10, group="甲")
    large = synthetic_inspection(ledger.east, ledger.round, problems=300, group="乙")
    client = login(users.editor)
    assert count_queries(client, sheet_url(small)) == count_queries(client, sheet_url(large))
    response = client.get(sheet_url(large))
    assert response.context["sheet"].measures == 900


def test_largest_seed_inspection_renders_with_the_same_queries_as_a_small_one(ledger, users, login):
    from django.db.models import Count

    from imports.persistence import import_parsed
    from ledger.models import Inspection
    from tests.imports.parsing.seeds import SEEDS, parsed, require_seeds

    require_seeds()
    import_parsed([parsed(path.name[:3]) for path in sorted(SEEDS.glob("*.txt"))])
    largest = Inspection.objects.annotate(n=Count("items__measures")).order_by("-n").first()
    assert largest.n > 50  # the real reports hold far more measures than the fixture
    small = synthetic_inspection(ledger.east, ledger.round, problems=2, group="小")
    client = login(users.supervisor)
    assert count_queries(client, sheet_url(largest)) == count_queries(client, sheet_url(small))
    response = client.get(sheet_url(largest))
    assert response.context["sheet"].measures == largest.n
