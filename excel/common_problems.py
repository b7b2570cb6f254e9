"""The sheet 共性问题清单 of a round's Excel export: the similarity app's clusters, most units first."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from excel.writer import Styles, merge, start_rows
from ledger.choices import Status

COMMON_SHEET = "共性问题清单"
COMMON_COLUMNS = [
    ("序号", 6),
    ("共性问题", 46),
    ("问题类别", 16),
    ("所在方面", 24),
    ("涉及单位数", 10),
    ("涉及单位", 36),
    ("问题条数", 9),
    ("整改措施数", 10),
    ("已完成措施数", 11),
    ("其他单位的有效做法（已完成并销号的措施）", 60),
]
PROVEN_SHOWN = 10  # measures listed in a cell before “等N项”


def _proven_text(cluster) -> str:
    unit_of = {item.pk: item.inspection.unit.name for item in cluster.items}
    lines = [f"{unit_of.get(m.item_id, '')}：{m.label}{m.text}" for m in cluster.proven_measures[:PROVEN_SHOWN]]
    more = len(cluster.proven_measures) - PROVEN_SHOWN
    if more > 0:
        lines.append(f"……等{len(cluster.proven_measures)}项")
    return "\n".join(lines)


def write_common_problems(wb: Workbook, styles: Styles, clusters, *, subtitle: str, page_setup) -> None:
    """Append the sheet to the (write-only) workbook; one row per cluster."""
    ws = wb.create_sheet(COMMON_SHEET)
    for n, (_, width) in enumerate(COMMON_COLUMNS, 1):
        ws.column_dimensions[get_column_letter(n)].width = width
    page_setup(ws, header_row=3)
    start_rows(ws)
    last = get_column_letter(len(COMMON_COLUMNS))
    ws.append([styles.cell(ws, "共性问题清单（按涉及单位数排序）", "title")])
    merge(ws, f"A1:{last}1")
    ws.append([styles.cell(ws, subtitle, "subtitle")])
    merge(ws, f"A2:{last}2")
    ws.append([styles.cell(ws, header, "header") for header, _ in COMMON_COLUMNS])
    for n, c in enumerate(clusters, 1):
        values = [
            (n, "centre"),
            (c.label, "text"),
            (c.category or "未归类", "centre"),
            (c.aspect, "text"),
            (len(c.units), "centre"),
            ("、".join(u.name for u in c.units), "text"),
            (c.size, "centre"),
            (len(c.measures), "centre"),
            (sum(m.status == Status.DONE for m in c.measures), "centre"),
            (_proven_text(c), "text"),
        ]
        ws.append([styles.cell(ws, value, style) for value, style in values])
    if not clusters:
        ws.append([styles.cell(ws, "所选范围内没有两个及以上单位共有的问题。", "text")])
        merge(ws, f"A4:{last}4")
    ws.close()
