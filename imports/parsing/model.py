"""Plain dataclasses the pure parser returns. No Django imports anywhere in imports.parsing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class DocumentError(Exception):
    """A document that cannot be imported; the message names file, line and reason in Chinese."""

    def __init__(self, message: str, *, source: str = "", line: int | None = None):
        self.source = source
        self.line = line
        where = source + (f" 第{line}行" if line else "")
        super().__init__(f"{where}：{message}" if where else message)


# Document kinds
PROGRESS_REPORT = "progress_report"  # …关于…巡视/巡察整改进展情况的通报
FEEDBACK = "feedback"  # …巡视组集中向…反馈巡视情况 / …巡视反馈意见摘要
OVERVIEW = "overview"  # …整改情况概览
NEWS = "news"  # anything else that still states a unit, dates or figures

# Measure statuses (same codes as ledger.choices.Status)
NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
BASICALLY_DONE = "basically_done"
DONE = "done"
LONG_TERM = "long_term"


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number in the source file
    text: str


@dataclass
class Figure:
    metric: str  # e.g. "problems", "measures", "completed", "completion_rate", "accountable_people"
    value: float
    unit: str  # as written after the number: 个, 条, 人, 件, 项, 万元, %
    line: int
    text: str  # the sentence it came from


@dataclass
class Measure:
    label: str  # "一是", "1." or "" when the paragraph is one measure
    text: str
    line: int
    status: str | None = None
    status_phrase: str = ""  # the words that decided the status
    deadline: date | None = None
    deadline_text: str = ""
    responsible_units: str = ""


@dataclass
class Item:
    label: str  # as written: "（一）", "1.", "(1)", "一是"
    title: str
    text: str
    line: int
    measures: list[Measure] = field(default_factory=list)
    children: list[Item] = field(default_factory=list)
    # Titles of the sections holding a top-level item ("三、营商环境专项巡视反馈意见整改落实情况"), joined by " / ":
    # they tell which of a visit's inspections (regular or special) the item belongs to.
    section: str = ""


@dataclass
class Contact:
    phone: str = ""
    email: str = ""
    address: str = ""
    postcode: str = ""


@dataclass
class Inspection:
    unit: str  # normalized: 沈阳市和平区委
    unit_full: str = ""  # as written: 中共沈阳市和平区委
    inspecting_body: str = ""  # 辽宁省委
    level: str = ""  # 巡视 or 巡察
    term: int | None = None  # 十三届 -> 13
    round: int | None = None  # 第四轮 -> 4
    batch: int | None = None
    group: str = ""  # 省委第三巡视组
    types: list[str] = field(default_factory=list)  # ["常规"], ["营商环境专项"]
    start: date | None = None
    end: date | None = None
    feedback_date: date | None = None
    line: int = 0
    items: list[Item] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    contact: Contact | None = None
    missing: list[str] = field(default_factory=list)  # what a partial document did not state
    # "day" or "month" per stated date ("2021年3月至4月": month precision, start = 1st, end = last day)
    date_precision: dict[str, str] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list, repr=False)  # this unit's own body lines


@dataclass
class Document:
    title: str
    kind: str
    title_line: int
    published: date | None = None
    source: str = ""
    inspections: list[Inspection] = field(default_factory=list)
    end_line: int = 0  # last line of the document in the source


@dataclass
class ParseResult:
    source: str
    sha256: str
    documents: list[Document] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
