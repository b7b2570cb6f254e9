"""Writing the Excel ledger: one sheet per inspection after a summary sheet, streamed row by row."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import IO

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from excel import layout
from excel.common_problems import COMMON_SHEET, write_common_problems
from excel.layout import BY_KEY, COLUMNS, FIRST_DATA_ROW, HEADER_ROW, SUMMARY_COLUMNS, TITLE_ROW, VISIBLE
from excel.selectors import in_ledger_order
from excel.writer import Styles, ledger_styles, merge, start_rows
from ledger.admin.display import FLAG_COLOURS
from ledger.alerts import AlertLevel, measure_flag
from ledger.choices import Status
from ledger.formatting import measure_remarks as remarks_text
from ledger.models import Measure
from ledger.selectors import today

CHUNK_SIZE = 1000  # rows per fetch: the export's peak memory is about two chunks of joined model instances
LAST_VISIBLE = VISIBLE[-1].letter


def _hex(colour: str) -> str:
    colour = colour.lstrip("#")
    return ("".join(c * 2 for c in colour) if len(colour) == 3 else colour).upper()


# The admin's badge colours, by ledger.alerts.measure_flag: red overdue, yellow behind, blue due soon, green done.
STATUS_FILLS = {flag: (_hex(fg), _hex(bg)) for flag, (fg, bg, _) in FLAG_COLOURS.items()}


@dataclass
class InspectionTotals:
    unit: str
    caption: str
    problems: int = 0
    measures: int = 0
    statuses: Counter = field(default_factory=Counter)
    overdue: int = 0
    closed: int = 0

    def add(self, other: InspectionTotals) -> None:
        self.problems += other.problems
        self.measures += other.measures
        self.statuses.update(other.statuses)
        self.overdue += other.overdue
        self.closed += other.closed

    @property
    def completion_rate(self) -> float | None:
        # The same rate as the API's statistics: completed measures over all measures.
        return self.statuses[Status.DONE] / self.measures if self.measures else None


def _item_text(item) -> str:
    head = f"{item.label}{item.title}"
    text = (item.text or "").strip()
    return f"{head}\n{text}" if text and text != item.title.strip() else head


def _aspect_and_problem(measure: Measure) -> tuple[int, str, str]:
    """(aspect group key, aspect text, problem text) of a measure's item."""
    item = measure.item
    parent = item.parent
    if parent is None:  # a problem stated without an aspect
        return item.pk, "", _item_text(item)
    grandparent = parent.parent
    if grandparent is None:
        return parent.pk, _item_text(parent), _item_text(item)
    return grandparent.pk, _item_text(grandparent), f"{parent.label}{parent.title} / {_item_text(item)}"


def _page_setup(ws, *, header_row: int) -> None:
    """Frozen header, header repeated on every printed page, A4 landscape fitted to the page width."""
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    ws.row_dimensions[TITLE_ROW].height = 40


class _InspectionSheet:
    """One inspection's sheet: rows appended in ledger order, groups merged as they close."""

    def __init__(self, wb: Workbook, styles: Styles, inspection, name: str):
        self.styles = styles
        self.inspection_id = inspection.pk
        self.ws = ws = wb.create_sheet(name)
        for column in COLUMNS:
            dims = ws.column_dimensions[column.letter]
            dims.width = column.width
            dims.hidden = column.hidden
        _page_setup(ws, header_row=HEADER_ROW)
        start_rows(ws)
        ws.append([styles.cell(ws, layout.sheet_title(inspection), "title")])
        merge(ws, f"A{TITLE_ROW}:{LAST_VISIBLE}{TITLE_ROW}")
        ws.append([styles.cell(ws, c.header, "header") for c in COLUMNS])
        self.row = FIRST_DATA_ROW - 1
        self.number = 0
        self.aspect = self.problem = None  # (key, first row)
        self.totals = InspectionTotals(unit=inspection.unit.name, caption=layout.inspection_caption(inspection))

    def _close_problem(self):
        if self.problem and self.row > self.problem[1]:
            first = self.problem[1]
            for key in ("number", "problem"):
                letter = BY_KEY[key].letter
                merge(self.ws, f"{letter}{first}:{letter}{self.row}")

    def _close_aspect(self):
        if self.aspect and self.row > self.aspect[1]:
            letter = BY_KEY["aspect"].letter
            merge(self.ws, f"{letter}{self.aspect[1]}:{letter}{self.row}")

    def add(self, measure: Measure, on: date) -> None:
        aspect_key, aspect_text, problem_text = _aspect_and_problem(measure)
        new_aspect = self.aspect is None or self.aspect[0] != aspect_key
        new_problem = new_aspect or self.problem[0] != measure.item_id
        if new_problem:
            self._close_problem()
        if new_aspect:
            self._close_aspect()
        self.row += 1
        if new_aspect:
            self.aspect = (aspect_key, self.row)
        if new_problem:
            self.problem = (measure.item_id, self.row)
            self.number += 1
            self.totals.problems += 1
        flag = measure_flag(measure, on)
        values = {
            "number": self.number if new_problem else None,
            "aspect": aspect_text if new_aspect else None,
            "problem": problem_text if new_problem else None,
            "measure": f"{measure.label}{measure.text}",
            "responsible_leader": measure.responsible_leader,
            "lead_unit": measure.lead_unit,
            "responsible_units": measure.responsible_units,
            "deadline": measure.deadline,
            "progress": measure.latest_note,
            "status": measure.get_status_display(),
            "closed": "是" if measure.closed_at else "否",
            "remarks": remarks_text(measure),
            "id": measure.pk,
            "version": measure.version,
        }
        styles = {
            "number": "merged",
            "aspect": "merged",
            "problem": "merged",
            "deadline": "date",
            "status": f"status_{flag}" if flag in STATUS_FILLS else "centre",
            "closed": "centre",
            "id": "number",
            "version": "number",
        }
        self.ws.append([self.styles.cell(self.ws, values[c.key], styles.get(c.key, "text")) for c in COLUMNS])
        self.totals.measures += 1
        self.totals.statuses[measure.status] += 1
        self.totals.overdue += flag == AlertLevel.RED
        self.totals.closed += measure.closed_at is not None

    def finish(self) -> None:
        self._close_problem()
        self._close_aspect()
        if self.row >= FIRST_DATA_ROW:
            status = BY_KEY["status"].letter
            validation = DataValidation(
                type="list",
                formula1='"' + ",".join(layout.STATUS_LABELS) + '"',
                allow_blank=False,
                showErrorMessage=True,
                errorTitle="整改状态",
                error="请从下拉列表中选择整改状态：" + "、".join(layout.STATUS_LABELS) + "。",
                showInputMessage=True,
                promptTitle="整改状态",
                prompt="请从下拉列表中选择",
            )
            validation.add(f"{status}{FIRST_DATA_ROW}:{status}{self.row}")
            self.ws.data_validations.append(validation)
            self.ws.print_area = f"A1:{LAST_VISIBLE}{self.row}"
        # Write the sheet's tail and release its temporary files now: an export may hold hundreds of inspections.
        self.ws.close()


def _summary_sheet(wb: Workbook):
    ws = wb.create_sheet(layout.SUMMARY_SHEET)
    for n, (_, width) in enumerate(SUMMARY_COLUMNS, 1):
        ws.column_dimensions[get_column_letter(n)].width = width
    _page_setup(ws, header_row=3)
    start_rows(ws)
    return ws


def _write_summary(ws, styles: Styles, sheets: list[InspectionTotals], *, subtitle: str) -> None:
    last = get_column_letter(len(SUMMARY_COLUMNS))
    ws.append([styles.cell(ws, "巡视巡察反馈问题整改情况汇总表", "title")])
    merge(ws, f"A1:{last}1")
    ws.append([styles.cell(ws, subtitle, "subtitle")])
    merge(ws, f"A2:{last}2")
    ws.append([styles.cell(ws, header, "header") for header, _ in SUMMARY_COLUMNS])
    total = InspectionTotals(unit="合计", caption="")
    for n, t in enumerate(sheets, 1):
        ws.append(_summary_row(ws, styles, n, t, "centre"))
        total.add(t)
    row = _summary_row(ws, styles, "合计", total, "total")
    ws.append(row)
    merge(ws, f"A{len(sheets) + 4}:C{len(sheets) + 4}")


def _summary_row(ws, styles: Styles, number, t: InspectionTotals, style: str) -> list:
    numbers = [t.problems, t.measures, *[t.statuses[s] for s in Status.values], t.overdue, t.closed]
    rate = t.completion_rate
    cells = [
        styles.cell(ws, number, style),
        styles.cell(ws, t.unit if style != "total" else None, "text" if style != "total" else style),
        styles.cell(ws, t.caption or None, "text" if style != "total" else style),
        *[styles.cell(ws, v, style) for v in numbers],
        styles.cell(ws, rate if rate is not None else "—", "percent" if style != "total" else "total_percent"),
    ]
    return cells


@dataclass(frozen=True)
class ExportSummary:
    measures: int
    sheets: list[str]


def write_ledger(
    queryset: QuerySet[Measure],
    out: IO[bytes] | str,
    *,
    on: date | None = None,
    exported_by: str = "",
    progress: Callable[[int], None] | None = None,
    common_problems: list | None = None,
) -> ExportSummary:
    """Write the measures of `queryset` as the Excel ledger to `out` (a path or a binary file object).

    `progress(rows written)` is called after every CHUNK_SIZE rows (background jobs, command progress bars).
    `common_problems` (similarity.selectors.CommonProblem, for a round's export) adds the sheet 共性问题清单 after
    the summary."""
    on = on or today()
    wb = Workbook(write_only=True)
    styles = ledger_styles(wb, STATUS_FILLS)
    summary = _summary_sheet(wb)
    names = layout.SheetNames(reserved=(layout.SUMMARY_SHEET, COMMON_SHEET))
    if common_problems is not None:
        write_common_problems(
            wb, styles, common_problems, page_setup=_page_setup,
            subtitle=f"共{len(common_problems)}个共性问题（两个及以上单位存在的相同或相似问题）；"
            "有效做法为其他单位已完成并经督查销号的整改措施。",
        )
    sheets: list[_InspectionSheet] = []
    current = None
    for n, measure in enumerate(in_ledger_order(queryset).iterator(chunk_size=CHUNK_SIZE), 1):
        if progress is not None and n % CHUNK_SIZE == 0:
            progress(n)
        inspection = measure.item.inspection
        if current is None or current.inspection_id != inspection.pk:
            if current is not None:
                current.finish()
            current = _InspectionSheet(wb, styles, inspection, names.make(layout.sheet_name_for(inspection)))
            sheets.append(current)
        current.add(measure, on)
    if current is not None:
        current.finish()
    measures = sum(s.totals.measures for s in sheets)
    stamp = f"导出时间：{timezone.localtime():%Y-%m-%d %H:%M}"
    if exported_by:
        stamp += f"　导出人：{exported_by}"
    stamp += f"　共{len(sheets)}个巡视巡察、{measures}项整改措施；逾期以{on:%Y-%m-%d}计，{settings.DUE_SOON_DAYS}天内到期为临期。"
    _write_summary(summary, styles, [s.totals for s in sheets], subtitle=stamp)
    wb.save(out)
    return ExportSummary(measures=measures, sheets=[s.ws.title for s in sheets])
