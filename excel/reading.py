"""Reading a ledger workbook back: locate each sheet's columns by their headers, and read cells into values."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

from excel.layout import BY_KEY, EDITABLE

HEADER_SCAN_ROWS = 10
REQUIRED = ["id", "version", *EDITABLE]
_HEADER_TO_KEY = {c.header: c.key for c in BY_KEY.values()}


class UnreadableWorkbook(Exception):
    pass


@dataclass
class SheetColumns:
    sheet: str
    header_row: int
    index: dict[str, int]  # column key -> 0-based position in the row

    def letter(self, key: str) -> str:
        return get_column_letter(self.index[key] + 1)


@dataclass
class SheetRow:
    columns: SheetColumns
    row: int
    values: dict[str, Any]

    @property
    def sheet(self) -> str:
        return self.columns.sheet


@dataclass
class MissingColumns:
    sheet: str
    header_row: int
    headers: list[str]


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_rows(source: str | IO[bytes]) -> Iterator[SheetRow | MissingColumns]:
    """Every non-empty data row of every sheet that carries the hidden id column (the summary sheet has none)."""
    try:
        wb = load_workbook(source, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableWorkbook("无法读取该文件，请上传由本系统导出的 Excel 台账（.xlsx）。") from exc
    try:
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            columns = None
            for n, values in enumerate(rows, 1):
                if columns is None:
                    if n > HEADER_SCAN_ROWS:
                        break
                    found = {
                        _HEADER_TO_KEY[v.strip()]: i
                        for i, v in enumerate(values)
                        if isinstance(v, str) and v.strip() in _HEADER_TO_KEY
                    }
                    if "id" in found:
                        columns = SheetColumns(ws.title, n, found)
                        missing = [BY_KEY[k].header for k in REQUIRED if k not in found]
                        if missing:
                            yield MissingColumns(ws.title, n, missing)
                            break
                    continue
                picked = {key: values[i] if i < len(values) else None for key, i in columns.index.items()}
                if all(_blank(v) for v in picked.values()):
                    continue
                yield SheetRow(columns, n, picked)
    finally:
        wb.close()


# --- Cell values ------------------------------------------------------------------------------------------------

_DATE_TEXT = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_EXCEL_SERIALS = (1, 2958466)  # 1900-01-01 .. 9999-12-31


def read_date(value) -> date | None:
    """A real Excel date, or text such as 2024-06-30, 2024/6/30, 2024年6月30日, 2024.6.30; blank is None."""
    if _blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and _EXCEL_SERIALS[0] <= value < _EXCEL_SERIALS[1]
    ):
        return from_excel(value).date()
    if isinstance(value, str):
        match = _DATE_TEXT.match(value.strip())
        if match:
            year, month, day = (int(g) for g in match.groups())
            try:
                return date(year, month, day)
            except ValueError:
                pass
    raise ValueError(f"“{value}”不是有效的日期，请填写如 2024-06-30 或 2024年6月30日 的日期")


def read_int(value) -> int | None:
    if _blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise ValueError


def read_text(value) -> str:
    if _blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        value = f"{value:%Y-%m-%d}"
    return str(value).replace("\r\n", "\n").strip()
