"""Re-import: exactly the edited cells change, through the ledger's services, all or nothing, with exact locations."""

import io
import re
from datetime import date, datetime, timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.forms.models import model_to_dict
from django.utils import timezone

from excel.cells import TRUNCATION_MARKER
from excel.services import ledger_import
from ledger.choices import Channel, Status
from ledger.models import Measure, ProgressNote
from ledger.services import progress_note_add, save_tracked
from ledger.workflow import transition_error
from tests.excel.conftest import edited, export_bytes

EAST, STREET, WEST = (f"{u}-十三届示范省委第四轮巡视" for u in ("东城区委", "新华街道", "西城区委"))


def run(data: bytes, user, apply=False):
    return ledger_import(source=io.BytesIO(data), user=user, apply=apply)


def snapshot() -> dict:
    measures = {m.pk: {**model_to_dict(m), "version": m.version} for m in Measure.objects.all()}
    notes = list(ProgressNote.objects.values_list("measure_id", "text", "status_after", "channel", "author_id"))
    return {"measures": measures, "notes": notes}


def messages(result) -> list[str]:
    return [str(p) for p in result.problems]


def test_round_trip_changes_exactly_the_edited_cells(ledger, users, today):
    # Completed measures carry their completion date, as the services keep it, and the status edit below is one
    # that leaves the services nothing else to change (no completion date, no review cycle).
    Measure.objects.filter(status=Status.DONE).update(completed_on=today)
    Measure.objects.filter(pk=ledger.east_measures[1].pk).update(status=Status.NOT_STARTED)
    east1, east2 = ledger.east_measures
    street1, _ = ledger.street_measures
    west1, west2 = ledger.west_measures
    data = edited(
        export_bytes(users.admin),
        {
            EAST: {"J4": "正在推进", "I4": "已召开专题会议部署", "G3": "区委办、区政府办"},
            STREET: {"E3": "李副主任"},
            WEST: {"F3": "区财政局", "H4": "2030年6月30日"},
        },
    )
    before = snapshot()
    preview = run(data, users.admin)
    assert preview.ok and not preview.applied
    assert len(preview.changes) == 5 and preview.unchanged == 1
    assert snapshot() == before  # the preview wrote nothing

    result = run(data, users.admin, apply=True)
    assert result.applied
    after = snapshot()
    expected = {
        east1.pk: {"responsible_units": "区委办、区政府办"},
        east2.pk: {"status": Status.IN_PROGRESS},
        street1.pk: {"responsible_leader": "李副主任"},
        west1.pk: {"lead_unit": "区财政局"},
        west2.pk: {"deadline": date(2030, 6, 30)},
    }
    for pk, old in before["measures"].items():
        changes = expected.get(pk, {})
        version = {"version": old["version"] + 1} if changes else {}
        assert after["measures"][pk] == {**old, **changes, **version}, pk
    assert after["notes"] == before["notes"] + [
        (east2.pk, "已召开专题会议部署", Status.IN_PROGRESS, Channel.EXCEL, users.admin.pk)
    ]
    record = Measure.history.filter(id=east2.pk).latest("history_date")
    assert (record.history_channel, record.history_user_id) == (Channel.EXCEL, users.admin.pk)


def test_unchanged_file_changes_nothing(ledger, users):
    data = export_bytes(users.admin)
    result = run(data, users.admin, apply=True)
    assert result.ok and not result.changes and result.unchanged == 6


@pytest.mark.parametrize(
    "cell",
    ["2024-06-30", "2024/6/30", "2024年6月30日", "2024.6.30", " 2024 年 06 月 30 日 ", datetime(2024, 6, 30), 45473],
)
def test_dates_accepted_as_excel_dates_or_text(ledger, users, cell):
    data = edited(export_bytes(users.admin), {EAST: {"H4": cell}})
    assert run(data, users.admin, apply=True).applied
    ledger.east_measures[1].refresh_from_db()
    assert ledger.east_measures[1].deadline == date(2024, 6, 30)


def test_blank_deadline_clears_it(ledger, users):
    data = edited(export_bytes(users.admin), {EAST: {"H4": None}})
    assert run(data, users.admin, apply=True).applied
    assert Measure.objects.get(pk=ledger.east_measures[1].pk).deadline is None


def test_each_bad_cell_is_reported_by_sheet_row_and_column(ledger, users):
    before = snapshot()
    data = edited(
        export_bytes(users.admin),
        {
            EAST: {"J4": "做完了", "H3": "明年六月", "I3": "新进展"},
            STREET: {"H3": "2024-02-30", "J4": None},
            WEST: {"M3": 999999, "N4": "abc", "E4": "改了"},
        },
    )
    result = run(data, users.admin, apply=True)
    assert not result.applied
    assert messages(result) == [
        f"工作表“{EAST}”第3行H列（完成时限）：“明年六月”不是有效的日期，请填写如 2024-06-30 或 2024年6月30日 的日期。",
        f"工作表“{EAST}”第4行J列（整改状态）：“做完了”不是有效的整改状态，请填写未启动、正在推进、基本完成、已完成、长期坚持之一。",
        f"工作表“{STREET}”第3行H列（完成时限）：“2024-02-30”不是有效的日期，请填写如 2024-06-30 或 2024年6月30日 的日期。",
        f"工作表“{STREET}”第4行J列（整改状态）：整改状态不能为空，请填写未启动、正在推进、基本完成、已完成、长期坚持之一。",
        f"工作表“{WEST}”第4行N列（版本（请勿修改））：缺少或无效的版本号，请勿修改隐藏的版本列。",
        f"工作表“{WEST}”第3行M列（系统编号（请勿修改））：系统中没有编号为999999的整改措施（可能已被删除）。",
    ]
    assert snapshot() == before


def test_one_bad_row_stops_every_change(ledger, users):
    before = snapshot()
    data = edited(export_bytes(users.admin), {EAST: {"E3": "好的修改"}, WEST: {"J3": "完成"}})
    result = run(data, users.admin, apply=True)
    assert not result.applied and len(result.problems) == 1
    assert snapshot() == before


def test_row_changed_by_someone_else_since_export_is_refused(ledger, users):
    data = export_bytes(users.admin)
    theirs = Measure.objects.get(pk=ledger.east_measures[1].pk)
    theirs.lead_unit = "区委组织部"
    save_tracked(theirs, user=users.supervisor)
    mine = edited(data, {EAST: {"J4": "已完成"}})
    result = run(mine, users.admin, apply=True)
    assert messages(result) == [
        f"工作表“{EAST}”第4行J列（整改状态）：该措施在导出后已被他人修改（导出时为第1版，现为第2版），"
        "为避免覆盖他人的修改，本行不能导入。请重新导出后再填写。"
    ]
    # The stale row differs from the ledger (their lead unit), so even untouched it cannot be imported.
    assert [p.column for p in run(data, users.admin).problems] == ["F"]
    assert Measure.objects.get(pk=theirs.pk).lead_unit == "区委组织部"


def test_stale_row_that_matches_the_ledger_is_not_a_conflict(ledger, users):
    data = export_bytes(users.admin)
    theirs = Measure.objects.get(pk=ledger.east_measures[1].pk)
    theirs.text = "措施表述经审定后调整"  # not a column the sheet may change
    save_tracked(theirs, user=users.supervisor)
    result = run(edited(data, {EAST: {"E3": "王区长"}}), users.admin, apply=True)
    assert result.applied and result.unchanged == 5
    assert Measure.objects.get(pk=theirs.pk).text == "措施表述经审定后调整"


def test_editor_cannot_import_rows_of_other_units_and_learns_nothing_about_ids(ledger, users):
    data = export_bytes(users.admin)
    east_only = edited(data, {WEST: {"E3": "越权修改"}, EAST: {"E3": "本单位修改"}})
    result = run(east_only, users.editor, apply=True)
    west_id = ledger.west_measures[0].pk
    assert messages(result) == [
        f"工作表“{WEST}”第3行M列（系统编号（请勿修改））：无权修改：编号为{west_id}的整改措施不在您单位的范围内。",
        f"工作表“{WEST}”第4行M列（系统编号（请勿修改））：无权修改：编号为{west_id + 1}的整改措施不在您单位的范围内。",
    ]
    assert Measure.objects.get(pk=ledger.east_measures[0].pk).responsible_leader == ""
    # A foreign id and an id that does not exist read the same.
    own = export_bytes(users.editor)
    foreign = run(edited(own, {EAST: {"M3": west_id}}), users.editor)
    missing = run(edited(own, {EAST: {"M3": 987654}}), users.editor)
    assert re.sub(r"\d+", "#", messages(foreign)[0]) == re.sub(r"\d+", "#", messages(missing)[0])
    assert "无权修改" in messages(missing)[0]


def test_editor_cannot_change_a_closed_out_measure(ledger, users):
    closed = ledger.east_measures[0]
    Measure.objects.filter(pk=closed.pk).update(closed_at=timezone.now(), closed_by=users.supervisor)
    data = edited(export_bytes(users.editor), {EAST: {"F3": "区发改委"}})
    result = run(data, users.editor, apply=True)
    assert messages(result) == [
        f"工作表“{EAST}”第3行F列（牵头单位）：该措施已销号，填报用户不能修改。如需修改，请联系督查人员“回头看”重新打开。"
    ]


def test_service_rules_are_checked_in_the_preview(ledger, users):
    # Work that has started never goes back to 未启动: a rule of ledger.workflow the sheet knows nothing about.
    data = edited(export_bytes(users.admin), {EAST: {"J4": "未启动"}})
    result = run(data, users.admin)
    reason = transition_error(Status.IN_PROGRESS, Status.NOT_STARTED, closed=False)
    assert reason and messages(result) == [f"工作表“{EAST}”第4行J列（整改状态）：{reason}"]
    closed = ledger.east_measures[0]
    Measure.objects.filter(pk=closed.pk).update(closed_at=timezone.now(), closed_by=users.supervisor)
    data = edited(export_bytes(users.admin), {EAST: {"J3": "正在推进"}})
    reason = transition_error(Status.DONE, Status.IN_PROGRESS, closed=True)
    assert messages(run(data, users.admin)) == [f"工作表“{EAST}”第3行J列（整改状态）：{reason}"]


def test_duplicate_and_missing_ids_and_missing_columns(ledger, users):
    data = export_bytes(users.admin)
    dup = edited(data, {EAST: {"M4": ledger.east_measures[0].pk}})
    assert messages(run(dup, users.admin)) == [
        f"工作表“{EAST}”第4行M列（系统编号（请勿修改））：与工作表“{EAST}”第3行是同一项整改措施，同一措施只能出现一次。"
    ]
    added = edited(data, {EAST: {"D5": "新增的措施", "J5": "未启动"}})
    assert messages(run(added, users.admin)) == [
        f"工作表“{EAST}”第5行M列（系统编号（请勿修改））：缺少系统编号，无法对应台账中的整改措施（不能通过Excel新增措施，请在系统中录入）。"
    ]
    no_status = edited(data, {WEST: {"J2": "状态"}})
    assert messages(run(no_status, users.admin)) == [f"工作表“{WEST}”第2行：缺少“整改状态”列，无法导入该工作表。"]


def test_truncated_progress_cannot_come_back_as_a_note(ledger, users):
    progress_note_add(measure=ledger.east_measures[0], text="长" * 40000, status_after=Status.DONE)
    data = export_bytes(users.admin)
    assert run(data, users.admin).ok  # unchanged truncated text is not an edit
    edited_cut = edited(data, {EAST: {"I3": "补充" + "长" * 100 + TRUNCATION_MARKER}})
    assert messages(run(edited_cut, users.admin)) == [
        f"工作表“{EAST}”第3行I列（整改进展）：该单元格的进展内容导出时已被截断，不能作为新的进展导入，请在系统中直接填写。"
    ]


def test_roles_that_cannot_change_measures_cannot_import(ledger, users):
    data = export_bytes(users.admin)
    for user in (users.viewer, users.supervisor):
        with pytest.raises(PermissionDenied, match="不能导入"):
            run(data, user)


def test_not_a_workbook(users):
    result = run(b"PK\x03\x04 not really a zip", users.admin)
    assert messages(result) == ["无法读取该文件，请上传由本系统导出的 Excel 台账（.xlsx）。"]


def test_import_command_previews_then_applies(ledger, users, tmp_path):
    path = tmp_path / "填报.xlsx"
    path.write_bytes(edited(export_bytes(users.editor), {EAST: {"J4": "已完成", "I4": "已全部完成"}}))
    out = io.StringIO()
    call_command("import_ledger", str(path), "--user", "editor", stdout=out)
    assert "预览（未写入）" in out.getvalue() and "整改状态：正在推进 → 已完成" in out.getvalue()
    assert Measure.objects.get(pk=ledger.east_measures[1].pk).status == Status.IN_PROGRESS
    call_command("import_ledger", str(path), "--user", "editor", "--apply", stdout=out)
    measure = Measure.objects.get(pk=ledger.east_measures[1].pk)
    assert measure.status == Status.DONE and measure.completed_on == timezone.localdate()
    note = measure.notes.latest("id")
    assert (note.text, note.channel, note.author) == ("已全部完成", Channel.EXCEL, users.editor)
    call_command("import_ledger", str(path), "--user", "editor", "--apply", stdout=out)  # again: nothing to do
    assert "无需导入" in out.getvalue() and measure.notes.count() == 1
    path.write_bytes(edited(export_bytes(users.editor), {EAST: {"J4": "差不多了"}}))
    err = io.StringIO()
    with pytest.raises(CommandError, match="未写入任何数据"):
        call_command("import_ledger", str(path), "--user", "editor", "--apply", stdout=out, stderr=err)
    assert f"工作表“{EAST}”第4行J列（整改状态）：“差不多了”不是有效的整改状态" in err.getvalue()


def test_deadline_edit_far_in_the_past_is_still_just_an_edit(ledger, users, today):
    data = edited(export_bytes(users.admin), {EAST: {"H3": today - timedelta(days=400)}})
    result = run(data, users.admin, apply=True)
    assert result.applied and [c.fields for c in result.changes] == [
        {"deadline": (today - timedelta(days=3), today - timedelta(days=400))}
    ]


def test_edits_to_columns_that_are_not_imported_are_reported_and_ignored(ledger, users):
    data = export_bytes(users.admin)
    assert run(data, users.admin).ignored == []  # an untouched export shows nothing
    before = snapshot()
    result = run(edited(data, {EAST: {"D3": "改写的措施内容", "L4": "补充说明"}}), users.admin, apply=True)
    assert [str(p) for p in result.ignored] == [
        f"工作表“{EAST}”第3行D列（整改措施）：此列不会导入，这里的修改已忽略；如需修改，请在系统中操作。",
        f"工作表“{EAST}”第4行L列（备注）：此列不会导入，这里的修改已忽略；如需修改，请在系统中操作。",
    ]
    assert result.ok and not result.changes and snapshot() == before
