"""openpyxl write-only plumbing: streamed sheets whose merged ranges are spooled to disk, and shared cell styles.

openpyxl's write-only worksheet keeps merged ranges in `ws.merged_cells` (a set checked linearly on every add) and
writes them after the rows. A ledger merges a few cells per problem, so this module spools the ranges to a temporary
file and streams them into the sheet's XML at the end: memory stays flat however many rows are written.
"""

from __future__ import annotations

import tempfile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.functions import Element

from excel.cells import cell_text, needs_quote_prefix


class _SpooledMergesWriter(WorksheetWriter):
    def __init__(self, ws):
        super().__init__(ws)
        self.merges = tempfile.TemporaryFile("w+", encoding="ascii")  # noqa: SIM115  (closed after the tail)
        self.merge_count = 0

    def add_merge(self, ref: str) -> None:
        self.merges.write(ref + "\n")
        self.merge_count += 1

    def write_merged_cells(self):
        if not self.merge_count:
            return
        xf = self.xf.send(True)
        with xf.element("mergeCells", count=str(self.merge_count)):
            self.merges.seek(0)
            for line in self.merges:
                xf.write(Element("mergeCell", ref=line.rstrip("\n")))
        self.xf.send(None)
        self.merges.close()


def start_rows(ws: WriteOnlyWorksheet) -> None:
    """Call once the sheet's properties, views and columns are set and before the first row is appended."""
    ws._writer = _SpooledMergesWriter(ws)
    ws._writer.write_top()


def merge(ws: WriteOnlyWorksheet, ref: str) -> None:
    ws._writer.add_merge(ref)


_thin = Side(style="thin", color="000000")
_BORDER = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_FONT = Font(name="宋体", size=10)


class Styles:
    """Each cell style built once per workbook; cells share the built style instead of setting attributes."""

    def __init__(self, wb: Workbook):
        self._ws = WriteOnlyWorksheet(wb, "styles")  # detached scratch sheet, never saved
        self._arrays = {}

    def define(self, name: str, *, quote_prefix: bool = False, **attrs) -> None:
        cell = WriteOnlyCell(self._ws)
        for attr, value in attrs.items():
            setattr(cell, attr, value)
        self._arrays[name] = cell._style
        if not quote_prefix:
            self.define(f"{name}+quote", quote_prefix=True, quotePrefix=True, **attrs)

    def cell(self, ws, value, style: str):
        """A cell for `value`; text is made safe (never a formula or error value, no illegal characters)."""
        if value is None or value == "":
            cell = WriteOnlyCell(ws)
        elif isinstance(value, str):
            text = cell_text(value)
            cell = WriteOnlyCell(ws, text)
            cell.data_type = "s"  # "=…" would be a formula and "#N/A" an error value otherwise
            if needs_quote_prefix(text):
                style = f"{style}+quote"
        else:
            cell = WriteOnlyCell(ws, value)
        cell._style = self._arrays[style]
        return cell


def ledger_styles(wb: Workbook, fills: dict[str, str]) -> Styles:
    styles = Styles(wb)
    top_wrap = Alignment(vertical="top", wrap_text=True)
    centre_wrap = Alignment(horizontal="center", vertical="center", wrap_text=True)
    styles.define("title", font=Font(name="方正小标宋简体", size=16, bold=True), alignment=centre_wrap)
    styles.define("subtitle", font=_FONT, alignment=Alignment(horizontal="left", vertical="center"))
    styles.define(
        "header",
        font=Font(name="黑体", size=11, bold=True),
        border=_BORDER,
        alignment=centre_wrap,
        fill=PatternFill("solid", fgColor="D9D9D9"),
    )
    styles.define("text", font=_FONT, border=_BORDER, alignment=top_wrap)
    styles.define("merged", font=_FONT, border=_BORDER, alignment=Alignment(vertical="center", wrap_text=True))
    styles.define("centre", font=_FONT, border=_BORDER, alignment=centre_wrap)
    styles.define("date", font=_FONT, border=_BORDER, alignment=centre_wrap, number_format='yyyy"年"m"月"d"日"')
    styles.define("number", font=_FONT, border=_BORDER, alignment=centre_wrap, number_format="0")
    styles.define("percent", font=_FONT, border=_BORDER, alignment=centre_wrap, number_format="0.0%")
    styles.define("total", font=Font(name="宋体", size=10, bold=True), border=_BORDER, alignment=centre_wrap)
    styles.define(
        "total_percent",
        font=Font(name="宋体", size=10, bold=True),
        border=_BORDER,
        alignment=centre_wrap,
        number_format="0.0%",
    )
    for flag, (fg, bg) in fills.items():
        styles.define(
            f"status_{flag}",
            font=Font(name="宋体", size=10, bold=True, color=fg.lstrip("#").upper()),
            border=_BORDER,
            alignment=centre_wrap,
            fill=PatternFill("solid", fgColor=bg.lstrip("#").upper()),
        )
    return styles
