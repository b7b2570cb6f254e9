"""Reading a ledger workbook back: locate each sheet's columns by their headers, and read cells into values."""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.utils.exceptions import InvalidFileException

import filelimits
from excel.layout import BY_KEY, EDITABLE

HEADER_SCAN_ROWS = 10
# What one upload may hold (all sheets together): far above any real ledger, low enough that reading stays quick.
MAX_ROWS = 50_000
MAX_COLUMNS = 100
MAX_SHARED_STRINGS = 500_000
READ_SECONDS = 60.0
LIMIT_TEXT = f"台账最多 {MAX_ROWS} 行 × {MAX_COLUMNS} 列"
# Counted in the raw XML before openpyxl starts: without a <dimension> it parses a whole sheet just to size it.
LIMITS = filelimits.ZipLimits(
    counts={
        "*sharedStrings.xml": ("si", MAX_SHARED_STRINGS, f"共享字符串超过 {MAX_SHARED_STRINGS} 个"),
        "xl/worksheets/*.xml": ("row", MAX_ROWS, f"工作表行数超过上限（{LIMIT_TEXT}）"),
    }
)
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


def read_rows(source: str | IO[bytes], *, filename: str = "") -> Iterator[SheetRow | MissingColumns]:
    """Every non-empty data row of every sheet that carries the hidden id column (the summary sheet has none).

    The container is checked first (filelimits: sizes, compression ratio, members, DTDs, shared strings), then
    reading stops at MAX_ROWS rows and MAX_COLUMNS columns over all sheets, and after READ_SECONDS.
    """
    filename = filename or Path(str(getattr(source, "name", source) or "")).name
    try:
        if isinstance(source, str):
            with open(source, "rb") as stream:
                filelimits.check_zip(stream, filename=filename, limits=LIMITS)
        else:
            filelimits.check_zip(source, filename=filename, limits=LIMITS)
    except filelimits.UnsafeFile as exc:
        raise UnreadableWorkbook(f"{exc}。") from exc
    try:
        wb = load_workbook(source, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, ParseError) as exc:
        raise UnreadableWorkbook("无法读取该文件，请上传由本系统导出的 Excel 台账（.xlsx）。") from exc
    try:
        yield from _sheet_rows(wb, filename)
    except ParseError as exc:
        raise UnreadableWorkbook("无法读取该文件（XML 格式错误），请上传由本系统导出的 Excel 台账（.xlsx）。") from exc
    finally:
        wb.close()


def _too_big(filename: str, sheet: str, what: str) -> UnreadableWorkbook:
    where = f"文件“{filename}”" if filename else "文件"
    return UnreadableWorkbook(f"{where}超过上限：{LIMIT_TEXT}，工作表“{sheet}”{what}。已拒绝导入，未写入任何数据。")


def _sheet_rows(wb, filename: str) -> Iterator[SheetRow | MissingColumns]:
    budget = MAX_ROWS  # rows read so far, blank ones included, count against the whole workbook
    deadline = time.monotonic() + READ_SECONDS
    for ws in wb.worksheets:
        # The sheet's stated size (its <dimension>) refuses a file before any row is read; rows are still counted
        # because the statement is optional and may lie.
        if (ws.max_column or 0) > MAX_COLUMNS:
            raise _too_big(filename, ws.title, f"有 {ws.max_column} 列")
        if (ws.max_row or 0) > MAX_ROWS:
            raise _too_big(filename, ws.title, f"有 {ws.max_row} 行")
        rows = ws.iter_rows(values_only=True, max_row=budget + 1)
        columns = None
        read = 0
        for n, values in enumerate(rows, 1):
            read = n
            if n > budget:
                raise _too_big(filename, ws.title, f"读到第{n}行时全部工作表合计已超过 {MAX_ROWS} 行")
            if len(values) > MAX_COLUMNS:
                raise _too_big(filename, ws.title, f"第{n}行有 {len(values)} 列")
            if n % 1000 == 0 and time.monotonic() > deadline:
                raise UnreadableWorkbook(f"读取超过 {READ_SECONDS:.0f} 秒（工作表“{ws.title}”第{n}行），已停止。")
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
        budget -= read


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
