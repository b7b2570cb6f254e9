"""The sheet 共性问题清单 in a round's Excel export: one row per cluster, most units first, scoped like the export;
absent from other exports; ignored by the re-import."""

import io

import openpyxl
import pytest
from django.core.management import call_command

from excel.services import ledger_import
from tests.excel.conftest import export_bytes
from tests.ledger.conftest import ledger, login, today, users  # noqa: F401  (fixtures)
from tests.similarity import ui_data

HEADER = [
    "序号", "共性问题", "问题类别", "所在方面", "涉及单位数", "涉及单位", "问题条数", "整改措施数", "已完成措施数",
    "其他单位的有效做法（已完成并销号的措施）",
]


@pytest.fixture
def data(ledger):  # noqa: F811
    return ui_data.build(ledger)


def common_rows(data: bytes) -> list[list]:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    assert wb.sheetnames[:2] == ["汇总", "共性问题清单"]
    ws = wb["共性问题清单"]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    assert rows[0][0] == "共性问题清单（按涉及单位数排序）" and rows[2] == HEADER
    return rows[3:]


def test_a_rounds_export_lists_its_common_problems(data, ledger, users):  # noqa: F811
    rows = common_rows(export_bytes(users.admin, {"round": ledger.round.pk}))
    assert len(rows) == 2
    first, second = rows
    assert first[0] == 1 and first[1] in ui_data.IDEOLOGY.values() and first[2] == "意识形态"
    assert first[4] == 3 and first[5] == "东城区委、新华街道、西城区委" and first[6] == 3 and first[7] == 3
    assert first[8] == 1 and first[9] == f"西城区委：{data.measures['west'].text}"
    assert second[0] == 2 and second[1] in ui_data.DECISIONS.values() and second[2] == "未归类"
    assert second[4] == 2 and second[5] == "东城区委、西城区委" and second[7] == 0 and second[9] is None


def test_the_sheet_is_scoped_like_the_export(data, ledger, users):  # noqa: F811
    rows = common_rows(export_bytes(users.editor, {"round": ledger.round.pk}))
    assert len(rows) == 1 and rows[0][5] == "东城区委、新华街道" and rows[0][9] is None  # the west's practice is not theirs
    text = str(rows)
    assert "西城区委" not in text and ui_data.DECISIONS["east"] not in text
    # Narrowed to one unit's subtree, the export still lists the clusters among the units it holds.
    assert [r[5] for r in common_rows(export_bytes(users.admin, {"round": ledger.round.pk, "unit": ledger.east.pk}))] == [
        "东城区委、新华街道"
    ]


def test_only_a_rounds_export_has_the_sheet_and_re_import_ignores_it(data, ledger, users):  # noqa: F811
    other = openpyxl.load_workbook(io.BytesIO(export_bytes(users.admin, {"inspection": ledger.east_inspection.pk})))
    assert "共性问题清单" not in other.sheetnames
    exported = export_bytes(users.admin, {"round": ledger.round.pk})
    result = ledger_import(source=io.BytesIO(exported), user=users.admin, apply=False, filename="台账.xlsx")
    assert result.ok and not result.problems and not result.changes


def test_the_command_writes_the_sheet_for_a_round(data, ledger, tmp_path):  # noqa: F811
    out = tmp_path / "round.xlsx"
    call_command("export_ledger", "--out", str(out), "--round", str(ledger.round.pk), stdout=io.StringIO())
    rows = common_rows(out.read_bytes())
    assert [r[4] for r in rows] == [3, 2]
