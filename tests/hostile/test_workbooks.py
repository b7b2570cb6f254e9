"""Hostile workbooks through the Excel re-import: a clear error located in the file, no 500, no stash left."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from excel.admin import PENDING
from excel.reading import MAX_COLUMNS, MAX_ROWS, MAX_SHARED_STRINGS
from excel.services import ledger_import
from ledger.models import Measure
from tests.excel.conftest import export_bytes
from tests.hostile import files

URL = reverse("admin:ledger_measure_import_excel")
LIMIT = f"台账最多 {MAX_ROWS} 行 × {MAX_COLUMNS} 列"


def problems(data: bytes, user=None, name="台账.xlsx") -> list[str]:
    result = ledger_import(source=io.BytesIO(data), user=user, apply=True, filename=name)
    assert not result.applied and not result.changes
    return [str(p) for p in result.problems]


def leftovers() -> list[str]:
    return PENDING.stored_names()


def test_billion_laughs_is_a_clear_error_in_the_admin_not_a_500_and_leaves_no_stash(ledger, users, login):
    response = login(users.editor).post(URL, {"file": SimpleUploadedFile("笑.xlsx", files.billion_laughs_workbook())})
    assert response.status_code == 200
    body = response.content.decode()
    assert "文件“笑.xlsx”中的“xl/workbook.xml”含有 DTD/实体声明" in body and "未写入任何数据" in body
    assert response.context["token"] == ""
    assert leftovers() == []


def test_malformed_xml_inside_a_sheet_is_a_clear_error_and_leaves_no_stash(ledger, users, login):
    rows = b"".join(files.row(n, {"B": "x"}) for n in range(2, 50)) + b'<row r="50"><c r="A50"><v>1</v></row>'
    broken = files.workbook(files.sheet(files.header_row() + rows))
    response = login(users.editor).post(URL, {"file": SimpleUploadedFile("坏.xlsx", broken)})
    assert response.status_code == 200  # an uncaught ParseError before
    assert "无法读取该文件，请上传由本系统导出的 Excel 台账（.xlsx）。" in response.content.decode()
    assert leftovers() == []


def test_a_compression_bomb_is_refused(users):
    bomb = files.with_members(export_bytes(users.admin), {"xl/media/padding.bin": b"\0" * (20 * 1024 * 1024)})
    (message,) = problems(bomb, name="炸弹.xlsx")
    assert message.startswith("文件“炸弹.xlsx”中的“xl/media/padding.bin”压缩比为") and "压缩炸弹" in message


def test_a_huge_shared_strings_table_is_refused_before_it_is_loaded(users):
    data = files.workbook(files.sheet(files.header_row()), files.shared_strings(MAX_SHARED_STRINGS + 1))
    assert problems(data, users.editor) == [f"文件“台账.xlsx”中的共享字符串超过 {MAX_SHARED_STRINGS} 个，已拒绝导入。"]


def test_rows_beyond_the_limit_are_refused_with_the_limit_stated(users):
    far = files.header_row() + files.row(2, {"A": 1}) + files.row(1_048_576, {"A": 2})  # a million rows apart
    (message,) = problems(files.workbook(files.sheet(far)), users.editor)
    assert message == (
        f"文件“台账.xlsx”超过上限：{LIMIT}，工作表“台账”读到第{MAX_ROWS + 1}行时全部工作表合计已超过 {MAX_ROWS} 行。"
        "已拒绝导入，未写入任何数据。"
    )
    stated = files.workbook(files.sheet(files.header_row(), dimension="A1:N1048576"))
    assert problems(stated, users.editor) == [
        f"文件“台账.xlsx”超过上限：{LIMIT}，工作表“台账”有 1048576 行。已拒绝导入，未写入任何数据。"
    ]


def test_rows_are_counted_before_openpyxl_parses_a_sheet(users):
    many = files.header_row() + b"".join(
        b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(2, MAX_ROWS + 3)
    )
    assert problems(files.workbook(files.sheet(many)), users.editor) == [
        f"文件“台账.xlsx”中的工作表行数超过上限（{LIMIT}），已拒绝导入。"
    ]


def test_columns_beyond_the_limit_are_refused(users):
    wide = files.workbook(files.sheet(files.header_row() + files.row(2, {"A": 1, "XFD": 1})))
    (message,) = problems(wide, users.editor)
    assert message == f"文件“台账.xlsx”超过上限：{LIMIT}，工作表“台账”第2行有 16384 列。已拒绝导入，未写入任何数据。"
    stated = files.workbook(files.sheet(files.header_row(), dimension="A1:XFD3"))
    assert "工作表“台账”有 16384 列" in problems(stated, users.editor)[0]


def test_a_real_export_still_imports(ledger, users):
    data = export_bytes(users.editor)
    result = ledger_import(source=io.BytesIO(data), user=users.editor, apply=False, filename="台账.xlsx")
    assert (
        result.ok
        and result.rows == Measure.objects.filter(item__inspection__unit__in=[ledger.east, ledger.street]).count()
    )


def test_the_command_names_the_file(db, tmp_path):
    path = tmp_path / "笑.xlsx"
    path.write_bytes(files.billion_laughs_workbook())
    with pytest.raises(CommandError, match="发现 1 处问题，未写入任何数据"):
        call_command("import_ledger", str(path), stderr=io.StringIO())
