"""The ledger fixtures (two districts and a street, one user per role) and helpers to export and read workbooks."""

import io

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from excel.services import ledger_export
from tests.ledger.conftest import ledger, login, today, users  # noqa: F401  (fixtures)


def export_bytes(user, filters=None, **kwargs) -> bytes:
    export = ledger_export(user=user, filters=filters, **kwargs)
    with export.file:
        return export.file.read()


def calamine(data: bytes) -> dict[str, list[list]]:
    """Every sheet's values as an independent reader (python-calamine) sees them."""
    wb = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in wb.sheet_names}


def styled(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


@pytest.fixture
def exported(users):  # noqa: F811  (the shared fixture, requested)
    return export_bytes(users.admin)


def edited(data: bytes, edits: dict[str, dict[str, object]]) -> bytes:
    """The workbook with cells changed as a person would in a spreadsheet program: {sheet: {"J4": "已完成"}}."""
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for sheet, cells in edits.items():
        for ref, value in cells.items():
            wb[sheet][ref] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
