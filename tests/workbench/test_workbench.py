"""The 工作台: what each role is offered, the one-step progress record, close-out and reminders, links, scope."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from imports.models import ImportRun
from ledger.choices import Channel, Status
from ledger.models import Evidence, Measure, ProgressNote, ReminderLog
from ledger.services import measure_close_out, progress_note_add
from tests.ledger.conftest import make_measure
from tests.workbench.helpers import days, done_with_evidence, listed, long_term, pdf, png, section
from workbench.forms import status_options

URL = reverse("admin:index")


@pytest.fixture
def todo_ledger(ledger, today):
    """东城区委's problem gets one measure at each level besides the fixture's red one; 新华街道 keeps its own red."""
    problem = ledger.east_problem
    ns = type("Todo", (), {})()
    ns.red_early = make_measure(problem, "更早逾期的措施", Status.IN_PROGRESS, today - days(10))
    ns.yellow = long_term(problem, today - days(2))
    ns.blue = make_measure(problem, "临期的措施", Status.IN_PROGRESS, today + days(5))
    ns.plain = make_measure(problem, "时间充裕的措施", Status.NOT_STARTED, today + days(100))
    ns.done = make_measure(problem, "已完成的措施", Status.DONE, today + days(3))
    return ns


def test_root_and_admin_index_are_the_workbench_for_every_role(ledger, users, login):
    for user in (users.admin, users.supervisor, users.editor, users.viewer):
        response = login(user).get(URL)
        assert response.status_code == 200
        assert response.templates[0].name == "workbench/workbench.html"
        body = response.content.decode()
        assert "全部数据" in body and reverse("admin-data") in body
    body = login(users.editor).get(reverse("admin-data")).content.decode()
    assert "整改措施" in body and reverse("admin:ledger_measure_changelist") in body  # the model list stays


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith(reverse("admin:login"))


def test_todo_lists_exactly_the_units_open_measures_most_urgent_first(ledger, users, login, todo_ledger):
    body = login(users.editor).get(URL).content.decode()
    todo = section(body, "todo")
    t = todo_ledger
    east, street = ledger.east_measures, ledger.street_measures
    # 东城区委's group first (two red), then 新华街道's; within a group red, yellow, blue, then the rest.
    assert listed(todo) == [t.red_early.pk, east[1].pk, t.yellow.pk, t.blue.pk, t.plain.pk, street[1].pk]
    assert "西城区委" not in body  # another unit's measures are never listed
    heading = re.sub(r"<[^>]+>", "", re.search(r"<h3>(.*?)</h3>", todo, re.S).group(1))
    assert heading == "东城区委 · 十三届示范省委第四轮巡视：未完成 5，其中逾期 2、滞后 1、临期 1"
    # Every row has its 记录进展 button; the form itself is on the page once, as a <template>.
    assert todo.count('class="button wb-record-toggle"') == 6
    assert todo.count('name="action" value="progress"') == 1 and '<template id="wb-progress-form">' in todo


def test_a_long_todo_shows_the_most_urgent_rows_and_counts_the_rest(ledger, users, login, todo_ledger, monkeypatch):
    monkeypatch.setattr("workbench.selectors.TODO_LIMIT", 2)
    body = login(users.editor).get(URL).content.decode()
    todo = section(body, "todo")
    assert listed(todo) == [todo_ledger.red_early.pk, ledger.east_measures[1].pk]
    assert "共6项未完成，下面列出最紧急的2项" in todo and "另有1个巡视巡察的1项" in todo
    assert "未完成 5" in todo  # the group's count still covers its rows not shown
    assert re.search(r'data-kpi="open"><span class="wb-n">6<', body)


def test_viewer_sees_the_same_summary_without_forms(ledger, users, login, todo_ledger):
    client = login(users.viewer)  # 新华街道 only
    body = client.get(URL).content.decode()
    assert listed(section(body, "todo")) == [ledger.street_measures[1].pk]
    assert "<form" not in body.split('id="todo"')[1] and "记录进展" not in body
    response = client.post(URL, {"action": "progress", "measure": ledger.street_measures[1].pk})
    assert response.status_code == 403


def test_every_number_links_to_a_list_holding_that_many(ledger, users, login, todo_ledger):
    for user in (users.editor, users.supervisor):
        client = login(user)
        body = client.get(URL).content.decode()
        kpis = re.findall(r'<a href="([^"#]+)" data-kpi="(\w+)"><span class="wb-n">(\d+)</span>', body)
        assert len(kpis) >= 3
        for href, key, number in kpis:
            changelist = client.get(href.replace("&amp;", "&"))
            assert changelist.status_code == 200, key
            assert changelist.context["cl"].result_count == int(number), (user.username, key)


def test_record_progress_with_note_and_files_in_one_step(ledger, users, login, today):
    measure = ledger.east_measures[1]
    client = login(users.editor)
    response = client.post(
        URL,
        {
            "action": "progress",
            "measure": measure.pk,
            "version": measure.version,
            "status": Status.BASICALLY_DONE,
            "note": "已完成台账清理，整改报告已报送。",
            "files": [png(), pdf()],
        },
    )
    assert response.status_code == 302 and response.url == f"{URL}#m{measure.pk}"
    measure.refresh_from_db()
    assert measure.status == Status.BASICALLY_DONE and measure.version == 2
    note = ProgressNote.objects.get(measure=measure)
    assert (note.text, note.author, note.channel) == ("已完成台账清理，整改报告已报送。", users.editor, Channel.ADMIN)
    assert sorted(Evidence.objects.filter(measure=measure).values_list("original_name", flat=True)) == [
        "整改报告.pdf",
        "现场照片.png",
    ]
    latest = measure.history.latest()
    assert (latest.history_user, latest.history_channel) == (users.editor, Channel.ADMIN)
    assert Evidence.history.filter(measure_id=measure.pk, history_user=users.editor).count() == 2
    page = client.get(URL).content.decode()
    assert "已保存" in page and "上传佐证材料2份" in page
    assert "佐证2份" in section(page, "todo")  # still open (基本完成), now showing its evidence


@pytest.mark.parametrize(
    "change, message",
    [
        ({"status": Status.NOT_STARTED}, "整改已经开始，不能将状态由“正在推进”改回“未启动”。"),
        ({"note": ""}, "请填写进展情况说明。"),
        ({"files": [png("伪装的图片.png", b"GIF89a" + b"\x00" * 40)]}, "文件“伪装的图片.png”的内容与扩展名 .png 不符"),
        ({"version": 0}, "已被他人修改"),
    ],
)
def test_refusals_are_shown_next_to_the_row_and_change_nothing(ledger, users, login, change, message):
    measure = ledger.east_measures[1]
    data = {
        "action": "progress",
        "measure": measure.pk,
        "version": measure.version,
        "status": Status.DONE,
        "note": "整改完毕。",
        "files": [pdf()],
        **change,
    }
    response = login(users.editor).post(URL, data)
    assert response.status_code == 400
    row = re.search(
        rf'<div class="wb-row wb-has-errors wb-row-open" id="m{measure.pk}".*?</form>', response.content.decode(), re.S
    )
    assert row and message in row.group(0)
    # The form stays open in the row (rendered server-side) with what was typed.
    assert f'<div class="wb-record" id="r{measure.pk}">' in row.group(0)
    assert f'name="measure" value="{measure.pk}"' in row.group(0)
    if data["status"] in dict(status_options(measure.status)):  # a status the form cannot offer is not kept
        assert f'<option value="{data["status"]}" selected>' in row.group(0)
    assert f">{data['note']}</textarea>" in row.group(0)
    fresh = Measure.objects.get(pk=measure.pk)
    assert (fresh.status, fresh.version) == (measure.status, measure.version)
    assert not ProgressNote.objects.filter(measure=measure).exists() and not Evidence.objects.exists()


def row_html(body: str, pk: int) -> str:
    match = re.search(rf'<div class="wb-row[^"]*" id="m{pk}".*?<a class="wb-detail"', body, re.S)
    assert match, f"row m{pk} missing"
    return match.group(0)


def test_the_page_carries_one_form_template_not_one_per_row(ledger, users, login, today):
    statuses = [Status.NOT_STARTED, Status.IN_PROGRESS, Status.BASICALLY_DONE, Status.LONG_TERM]
    many = [make_measure(ledger.east_problem, f"措施{n}", statuses[n % 4], today + days(n - 20)) for n in range(60)]
    many += [make_measure(ledger.east_problem, f"已完成{n}", Status.DONE) for n in range(5)]
    body = login(users.editor).get(URL).content.decode()
    todo, awaiting = section(body, "todo"), section(body, "awaiting")
    rows = listed(todo)
    assert len(rows) == 62 and len(listed(awaiting)) == 7  # the fixture's two open and two completed, plus these
    assert todo.count("<form") == 1 and awaiting.count("<form") == 0
    assert body.count('<template id="wb-progress-form">') == 1
    template = re.search(r'<template id="wb-progress-form">(.*?)</template>', todo, re.S).group(1)
    # The template offers every status with nothing chosen; a row narrows it to what ledger.workflow allows.
    assert re.findall(r'<option value="(\w+)">', template) == list(Status.values)
    assert 'name="measure" value=""' in template and 'name="version" value=""' in template
    for measure in many + [ledger.east_measures[0]]:
        measure.refresh_from_db()
        row = row_html(body, measure.pk)
        assert 'class="button wb-record-toggle"' in row and f'href="?record={measure.pk}#m{measure.pk}"' in row
        assert f'data-version="{measure.version}" data-status="{measure.status}"' in row
        allowed = re.search(r'data-statuses="([^"]*)"', row).group(1).split()
        assert allowed == [value for value, _ in status_options(measure.status)]
        assert "<form" not in row


def test_record_link_opens_that_rows_form_server_side(ledger, users, login, todo_ledger):
    measure = todo_ledger.blue
    client = login(users.editor)
    response = client.get(URL, {"record": measure.pk})
    assert response.status_code == 200
    body = response.content.decode()
    row = row_html(body, measure.pk)
    assert 'class="wb-row wb-row-open"' in row and f'<div class="wb-record" id="r{measure.pk}">' in row
    assert f'action="{URL}#m{measure.pk}"' in row
    assert f'name="measure" value="{measure.pk}"' in row and f'name="version" value="{measure.version}"' in row
    assert re.findall(r'<option value="(\w+)"', row) == [value for value, _ in status_options(measure.status)]
    assert f'<option value="{measure.status}" selected>' in row
    assert f'href="{URL}#m{measure.pk}" aria-expanded="true"' in row  # the button now closes it
    assert section(body, "todo").count("<form") == 2  # the template and this row; no other row
    # The form posts as the JavaScript copy does.
    response = client.post(
        URL,
        {"action": "progress", "measure": measure.pk, "version": measure.version, "status": Status.DONE, "note": "完"},
    )
    assert response.status_code == 302 and response.url == f"{URL}#m{measure.pk}"
    assert Measure.objects.get(pk=measure.pk).status == Status.DONE


@pytest.mark.parametrize("value", ["west", "abc", "-1", "99999999999999999999999", ""])
def test_record_link_opens_nothing_outside_the_page(ledger, users, login, todo_ledger, value):
    west = ledger.west_measures[1]
    record = str(west.pk) if value == "west" else value
    response = login(users.editor).get(URL, {"record": record})
    assert response.status_code == 200
    body = response.content.decode()
    assert section(body, "todo").count("<form") == 1  # only the template
    assert "wb-row-open" not in body and "西城区委" not in body and west.text not in body
    assert f'value="{west.pk}"' not in body and f'id="m{west.pk}"' not in body


def test_viewer_record_link_opens_no_form(ledger, users, login, todo_ledger):
    own = ledger.street_measures[1]
    body = login(users.viewer).get(URL, {"record": own.pk}).content.decode()
    assert own.pk in listed(section(body, "todo"))
    assert "<form" not in body.split('id="todo"')[1] and "<template" not in body and "data-statuses" not in body


def test_editor_cannot_reach_another_units_measure_nor_close_out(ledger, users, login):
    client = login(users.editor)
    west = ledger.west_measures[1]
    data = {"action": "progress", "measure": west.pk, "version": west.version, "status": Status.DONE, "note": "x"}
    assert client.post(URL, data).status_code == 404
    assert (
        client.post(URL, {"action": "close_out", "measure": ledger.east_measures[0].pk, "note": "x"}).status_code == 403
    )
    assert Measure.objects.get(pk=west.pk).status == Status.IN_PROGRESS


def test_close_out_queue_holds_exactly_the_eligible_measures(ledger, users, login, today):
    east, west = ledger.east_problem, ledger.west_problem
    ready_east = done_with_evidence(east, "东城有佐证")
    ready_west = done_with_evidence(west, "西城有佐证")
    closed = done_with_evidence(east, "已销号")
    measure_close_out(measure=closed, user=users.supervisor, note="同意")
    make_measure(east, "正在推进有佐证", Status.IN_PROGRESS)
    body = login(users.supervisor).get(URL).content.decode()
    assert sorted(listed(section(body, "close-out"))) == sorted([ready_east.pk, ready_west.pk])
    missing = [m[0].pk for m in (ledger.east_measures, ledger.street_measures, ledger.west_measures)]
    assert sorted(listed(section(body, "missing-evidence"))) == sorted(missing)
    evidence = Evidence.objects.get(measure=ready_east)
    assert f'href="{evidence.file.url}"' in section(body, "close-out")  # one click to the file


def test_supervisor_closes_out_from_the_workbench(ledger, users, login):
    measure = done_with_evidence(ledger.east_problem, "可销号")
    client = login(users.supervisor)
    response = client.post(URL, {"action": "close_out", "measure": measure.pk, "note": "佐证齐全，同意销号。"})
    assert response.status_code == 302
    measure.refresh_from_db()
    assert measure.closed_at and measure.closed_by == users.supervisor and measure.close_note == "佐证齐全，同意销号。"
    assert measure.history.latest().history_channel == Channel.ADMIN
    # A measure without evidence is refused with the service's words, next to its row.
    bare = ledger.east_measures[0]
    response = client.post(URL, {"action": "close_out", "measure": bare.pk, "note": "同意"})
    assert response.status_code == 400 and "销号前须至少上传一份佐证材料" in response.content.decode()


def test_reminder_mails_the_unit_once_and_shows_on_its_workbench(ledger, users, login):
    users.editor.email = "dongcheng@example.org"
    users.editor.save()
    measure = ledger.east_measures[0]  # 已完成, no evidence
    client = login(users.supervisor)
    assert client.post(URL, {"action": "remind", "measure": measure.pk}).status_code == 302
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["dongcheng@example.org"]
    assert "东城区委措施一" in mail.outbox[0].body
    assert ReminderLog.objects.get(measure=measure).level == "evidence"
    again = client.post(URL, {"action": "remind", "measure": measure.pk})
    assert again.status_code == 400 and len(mail.outbox) == 1
    body = login(users.editor).get(URL).content.decode()
    assert measure.pk in listed(section(body, "awaiting")) and "督查已于" in body


def test_supervisor_sees_lagging_units_long_term_reviews_and_activity(ledger, users, login, today):
    review = long_term(ledger.west_problem, today - days(1))
    body = login(users.supervisor).get(URL).content.decode()
    lagging = section(body, "lagging")
    # Each district has one red measure; 西城区委's missed review adds a yellow one, so it leads.
    assert re.findall(r'data-unit="(\d+)"', lagging) == [str(u.pk) for u in (ledger.west, ledger.east, ledger.street)]
    assert f"/admin/ledger/measure/{review.pk}/change/" in section(body, "long-term")
    assert "整改措施" in section(body, "activity") and "最近的文档导入" not in body


@pytest.mark.parametrize(("name", "shown"), [("王建国", "王建国"), ("", "supervisor")])
def test_the_reminder_mail_is_signed_with_the_senders_name(ledger, users, login, name, shown):
    users.editor.email = "dongcheng@example.org"
    users.editor.save()
    users.supervisor.first_name = name
    users.supervisor.save()
    assert login(users.supervisor).post(URL, {"action": "remind", "measure": ledger.east_measures[0].pk}).status_code == 302
    assert f"（由{shown}发出）" in mail.outbox[0].body


def test_the_supervisors_activity_and_imports_name_people(ledger, users, login):
    users.editor.first_name = "张敏"
    users.editor.save()
    measure = ledger.east_measures[1]
    progress_note_add(measure=measure, text="张敏的进展", status_after=Status.IN_PROGRESS, user=users.editor)
    ImportRun.objects.create(outcome=ImportRun.Outcome.APPLIED, files=["a.docx"], user=users.admin)
    activity = section(login(users.supervisor).get(URL).content.decode(), "activity")
    assert "张敏" in activity and "editor" not in activity
    imports = section(login(users.admin).get(URL).content.decode(), "imports")
    assert "· admin ·" in imports  # no name: the login name
    users.admin.first_name = "陈静"
    users.admin.save()
    imports = section(login(users.admin).get(URL).content.decode(), "imports")
    assert "· 陈静 ·" in imports and "· admin ·" not in imports


def test_admin_also_sees_recent_import_runs_with_warnings(ledger, users, login):
    ImportRun.objects.create(
        outcome=ImportRun.Outcome.APPLIED, files=["a.docx"], warnings=["《通报》东城区委：文中未载明巡视组。"]
    )
    body = login(users.admin).get(URL).content.decode()
    imports = section(body, "imports")
    assert "文中未载明巡视组" in imports and "提示1条" in imports


def test_no_english_on_the_page(ledger, users, login, todo_ledger):
    for user in (users.admin, users.supervisor, users.editor, users.viewer):
        html = login(user).get(URL).content.decode()
        main = re.search(r'<div class="wb".*', html, re.S).group(0)
        text = re.sub(r"<(script|style)[^>]*>.*?</\1>|<[^>]+>", " ", main, flags=re.S)
        assert not re.findall(r"[A-Za-z]{3,}", text), user.username


@pytest.mark.parametrize("role", ["editor", "viewer", "supervisor", "admin"])
def test_query_count_does_not_grow_with_units_items_and_measures(ledger, users, login, today, role):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ledger.services import unit_create
    from tests.ledger.conftest import make_inspection, make_item

    done_with_evidence(ledger.street_problem, "已有佐证")  # every section has a row before measuring
    long_term(ledger.street_problem, today - days(1))
    client = login(getattr(users, role))
    client.get(URL)
    # A write before each measured visit: both then bring the overview's tallies up to date (a fixed number of
    # queries, however many units changed).
    make_measure(ledger.street_problem, "新写入", Status.IN_PROGRESS, today + days(30))
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    parents = {"editor": ledger.east, "viewer": ledger.street}
    for n in range(12):
        unit = unit_create(name=f"新单位{n}", full_name=f"中共新单位{n}委员会", parent=parents.get(role, ledger.city))
        inspection = make_inspection(unit, ledger.round)
        for k in range(3):
            item = make_item(inspection, f"问题{n}-{k}")
            make_measure(item, f"逾期{n}-{k}", Status.IN_PROGRESS, today - days(k + 1))
            make_measure(item, f"临期{n}-{k}", Status.NOT_STARTED, today + days(k + 2))
            done_with_evidence(item, f"完成{n}-{k}")
            long_term(item, today - days(1))
    with CaptureQueriesContext(connection) as many:
        body = client.get(URL).content.decode()
    assert len(many) == len(few), [q["sql"][:120] for q in many.captured_queries]
    assert "新单位11" in body


@pytest.mark.parametrize("limit", [1, 2, 3, 50])
def test_todo_rows_are_the_most_urgent_whether_or_not_all_are_red(ledger, users, todo_ledger, today, monkeypatch, limit):
    """With at least `limit` red measures the rows are read from the red ones alone; the rows and their order are
    those of ranking every open measure."""
    from django.db.models import Case, F, Value, When

    from ledger.alerts import SEVERITY, warning_case
    from workbench import selectors

    monkeypatch.setattr(selectors, "TODO_LIMIT", limit)
    level = warning_case(today)
    rank = Case(*(When(level_=lvl, then=Value(SEVERITY[lvl])) for lvl in SEVERITY), default=Value(0))
    expected = list(
        Measure.objects.filter(closed_at__isnull=True)
        .exclude(status=Status.DONE)
        .annotate(level_=level, urgency=rank)
        .order_by("-urgency", F("deadline").asc(nulls_last=True), "item__inspection_id", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    result = selectors.todo(users.admin, today)
    shown = sorted(m.pk for g in result.groups for m in g.rows)
    assert shown == sorted(expected)
    for group in result.groups:
        pks = [m.pk for m in group.rows]
        assert pks == [pk for pk in expected if pk in pks]
