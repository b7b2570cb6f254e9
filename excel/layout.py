"""The ledger sheet's layout: titles, columns, widths, sheet names. Shared by the writer and the reader."""

from __future__ import annotations

import re
from dataclasses import dataclass

from openpyxl.utils import get_column_letter

from ledger.choices import Status
from ledger.formatting import round_title

SUMMARY_SHEET = "汇总"
TITLE_ROW, HEADER_ROW, FIRST_DATA_ROW = 1, 2, 3


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float
    hidden: bool = False

    @property
    def letter(self) -> str:
        return get_column_letter(COLUMNS.index(self) + 1)


COLUMNS = [
    Column("number", "序号", 6),
    Column("aspect", "问题类别（方面）", 18),
    Column("problem", "反馈问题", 34),
    Column("measure", "整改措施", 46),
    Column("responsible_leader", "责任领导", 11),
    Column("lead_unit", "牵头单位", 14),
    Column("responsible_units", "责任单位", 18),
    Column("deadline", "完成时限", 13),
    Column("progress", "整改进展", 38),
    Column("status", "整改状态", 11),
    Column("closed", "是否销号", 8),
    Column("remarks", "备注", 18),
    # Hidden: which measure a row is, and the version it had when exported, for re-import.
    Column("id", "系统编号（请勿修改）", 10, hidden=True),
    Column("version", "版本（请勿修改）", 8, hidden=True),
]
BY_KEY = {c.key: c for c in COLUMNS}
VISIBLE = [c for c in COLUMNS if not c.hidden]
# The columns a re-import reads; every other column is for reading only.
EDITABLE = ["responsible_leader", "lead_unit", "responsible_units", "deadline", "progress", "status"]

STATUS_LABELS = [label for _, label in Status.choices]
STATUS_BY_LABEL = {label: value for value, label in Status.choices}

SUMMARY_COLUMNS = [
    ("序号", 6),
    ("被巡视单位", 22),
    ("巡视巡察", 40),
    ("问题数", 9),
    ("措施数", 9),
    *[(label, 10) for label in STATUS_LABELS],
    ("逾期", 8),
    ("已销号", 8),
    ("完成率", 10),
]


def inspection_caption(inspection) -> str:
    """The round and kind of an inspection, e.g. 十三届示范省委第四轮巡视（选人用人专项）."""
    caption = round_title(inspection.round)
    if inspection.topic:
        caption += f"（{inspection.topic}专项）"
    elif inspection.kind != "regular":
        caption += f"（{inspection.get_kind_display()}）"
    return caption


def sheet_title(inspection) -> str:
    """中共XX区委关于十三届省委第四轮巡视反馈问题整改台账"""
    return f"{inspection.unit.full_name}关于{inspection_caption(inspection)}反馈问题整改台账"


_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
SHEET_NAME_MAX = 31


class SheetNames:
    """Valid, unique worksheet names: at most 31 characters, none of []:*?/\\, no two equal ignoring case."""

    def __init__(self, reserved=(SUMMARY_SHEET,)):
        self._taken = {name.casefold() for name in reserved}

    def make(self, wanted: str) -> str:
        base = _SHEET_FORBIDDEN.sub("", wanted).strip().strip("'").strip() or "台账"
        if base.casefold() == "history":  # reserved by Excel
            base = "台账-history"
        name, n = base[:SHEET_NAME_MAX], 1
        while name.casefold() in self._taken:
            n += 1
            suffix = f"({n})"
            name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
        self._taken.add(name.casefold())
        return name


def sheet_name_for(inspection) -> str:
    kind = f"-{inspection.topic}" if inspection.topic else ""
    return f"{inspection.unit.name}-{round_title(inspection.round)}{kind}"
