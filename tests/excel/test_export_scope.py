"""What an export holds: the user's scope, the API's filters, selected rows; a constant number of queries."""

import io
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from excel.services import ledger_export
from jobs.models import Job
from ledger.choices import Status
from tests.excel.conftest import calamine, export_bytes
from tests.ledger.conftest import make_inspection, make_item, make_measure

EAST, STREET, WEST = (f"{u}-十三届示范省委第四轮巡视" for u in ("东城区委", "新华街道", "西城区委"))


def _ids(data: bytes) -> set[int]:
    # 汇总 and a round's 共性问题清单 (tests/excel/test_common_problems_sheet.py) hold no measure rows.
    return {row[12] for name, rows in calamine(data).items() if name not in ("汇总", "共性问题清单") for row in rows[2:]}


def _measure_ids(*groups) -> set[int]:
    return {m.pk for group in groups for m in group}


def test_editor_export_holds_only_their_units(ledger, users):
    data = export_bytes(users.editor)
    assert list(calamine(data)) == ["汇总", EAST, STREET]
    assert _ids(data) == _measure_ids(ledger.east_measures, ledger.street_measures)


def test_editor_cannot_widen_scope_with_filters(ledger, users):
    data = export_bytes(users.editor, {"unit": ledger.west.pk})
    assert _ids(data) == set()
    assert list(calamine(data)) == ["汇总"]
    data = export_bytes(users.editor, {"inspection": ledger.west_inspection.pk})
    assert _ids(data) == set()


def test_viewer_sees_the_street_only(ledger, users):
    assert _ids(export_bytes(users.viewer)) == _measure_ids(ledger.street_measures)


def test_api_filters_apply(ledger, users, today):
    assert _ids(export_bytes(users.admin, {"unit": ledger.west.pk})) == _measure_ids(ledger.west_measures)
    done = {ms[0].pk for ms in (ledger.east_measures, ledger.street_measures, ledger.west_measures)}
    assert _ids(export_bytes(users.admin, {"status": [Status.DONE]})) == done
    overdue = {ms[1].pk for ms in (ledger.east_measures, ledger.street_measures, ledger.west_measures)}
    assert _ids(export_bytes(users.admin, {"overdue": "true"})) == overdue
    before = {"deadline_before": str(today - timedelta(days=2))}
    assert _ids(export_bytes(users.admin, before)) == done
    assert _ids(export_bytes(users.admin, {"q": "西城区委措施二"})) == {ledger.west_measures[1].pk}
    assert _ids(export_bytes(users.admin, {"warning": ["red"]})) == overdue


def test_invalid_filters_are_refused(users):
    with pytest.raises(ValidationError) as exc:
        ledger_export(user=users.admin, filters={"deadline_after": "明天", "status": ["bogus"]})
    assert set(exc.value.message_dict) == {"deadline_after", "status"}


def test_query_count_does_not_grow_with_rows(ledger, users, today):
    def count():
        with CaptureQueriesContext(connection) as queries:
            export_bytes(users.admin, {"round": ledger.round.pk})
        return len(queries)

    small = count()
    for n in range(3):
        inspection = make_inspection(ledger.west, ledger.round, group=f"第{n}巡视组")
        aspect = make_item(inspection, "方面")
        for p in range(5):
            problem = make_item(inspection, f"问题{p}", parent=aspect)
            sub = make_item(inspection, "子问题", parent=problem)
            for m in range(4):
                make_measure(problem, f"措施{m}", deadline=today)
                make_measure(sub, f"子措施{m}")
    assert count() == small <= 4
    data = export_bytes(users.admin)
    assert len(_ids(data)) == 6 + 3 * 5 * 8


def test_admin_action_exports_the_selected_rows(ledger, users, login):
    client = login(users.editor)
    selected = [ledger.east_measures[1].pk, ledger.west_measures[0].pk]  # the second is outside the editor's scope
    response = client.post(
        reverse("admin:ledger_measure_changelist"), {"action": "export_excel", "_selected_action": selected}
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    data = b"".join(response.streaming_content)
    assert _ids(data) == {ledger.east_measures[1].pk}


def test_inspection_page_links_and_exports_that_inspection(ledger, users, login):
    client = login(users.editor)
    page = client.get(reverse("admin:ledger_inspection_change", args=[ledger.east_inspection.pk]))
    url = reverse("admin:ledger_inspection_export_excel", args=[ledger.east_inspection.pk])
    assert f'<form method="post" action="{url}">' in page.content.decode() and "导出Excel台账" in page.content.decode()
    started = client.post(url)  # a job (run inline in tests): its page, then its result
    job = Job.objects.get()
    assert started["Location"] == reverse("admin:jobs_job_change", args=[job.pk])
    assert job.parameters == {"filters": {"inspection": ledger.east_inspection.pk}}
    response = client.get(reverse("job-result", args=[job.pk]))
    assert response.status_code == 200
    data = b"".join(response.streaming_content)
    assert list(calamine(data)) == ["汇总", EAST]
    foreign = reverse("admin:ledger_inspection_export_excel", args=[ledger.west_inspection.pk])
    assert client.post(foreign).status_code == 404 and Job.objects.count() == 1


def test_export_command_with_user_and_filters(ledger, users, tmp_path):
    out = tmp_path / "台账.xlsx"
    stdout = io.StringIO()
    call_command("export_ledger", "--out", str(out), "--user", "editor", "--status", "done", stdout=stdout)
    assert "已导出 2 项整改措施" in stdout.getvalue()
    assert _ids(out.read_bytes()) == {ledger.east_measures[0].pk, ledger.street_measures[0].pk}
    call_command("export_ledger", "--out", str(out), "--kind", "regular", "--overdue", stdout=stdout)
    assert len(_ids(out.read_bytes())) == 3
    call_command(
        "export_ledger",
        "--out",
        str(out),
        "--round",
        str(ledger.round.pk),
        "--unit",
        str(ledger.east.pk),
        "--deadline-after",
        "2000-01-01",
        "--deadline-before",
        "2999-12-31",
        stdout=stdout,
    )
    assert _ids(out.read_bytes()) == _measure_ids(ledger.east_measures, ledger.street_measures)
    with pytest.raises(CommandError, match="不存在"):
        call_command("export_ledger", "--out", str(out), "--user", "nobody")
    with pytest.raises(CommandError, match="筛选条件有误"):
        call_command("export_ledger", "--out", str(out), "--deadline-after", "2024-13-45")
