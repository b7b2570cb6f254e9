"""Reads for the 台账视图: one inspection's measures as the ledger sheet shows them, in document order.

The rows follow the Excel ledger (excel.export): aspect → problem → sub-problem → measures, one 序号 per item that
holds measures, a sub-problem's problem text reading “problem / sub-problem”. Three queries whatever the size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet

from ledger.alerts import AlertLevel, any_warning_q, measure_flag, warning_q
from ledger.choices import Status
from ledger.formatting import measure_remarks
from ledger.models import Evidence, FeedbackItem, Inspection, Measure
from ledger.selectors import today, unfinished_q, with_evidence_count, with_latest_note

ANY_WARNING = "any"


class SheetFilterForm(forms.Form):
    """The 台账视图's filters (GET). Blank means no filter."""

    status = forms.ChoiceField(label="整改状态", required=False, choices=[("", "全部状态"), *Status.choices])
    warning = forms.ChoiceField(
        label="预警", required=False, choices=[("", "全部预警"), (ANY_WARNING, "任一预警"), *AlertLevel.choices]
    )
    unfinished = forms.BooleanField(label="仅未完成", required=False)
    closed = forms.ChoiceField(label="是否销号", required=False, choices=[("", "不限"), ("1", "已销号"), ("0", "未销号")])
    evidence = forms.ChoiceField(
        label="有无佐证", required=False, choices=[("", "不限"), ("1", "有佐证"), ("0", "无佐证")]
    )
    repeat = forms.BooleanField(label="仅重复问题", required=False)


def filter_measures(queryset: QuerySet[Measure], data: Mapping, on: date) -> QuerySet[Measure]:
    """Narrow a measure queryset by SheetFilterForm's cleaned data."""
    if data.get("status"):
        queryset = queryset.filter(status=data["status"])
    if data.get("warning") == ANY_WARNING:
        queryset = queryset.filter(any_warning_q(on))
    elif data.get("warning") in AlertLevel.values:
        queryset = queryset.filter(warning_q(data["warning"], on))
    if data.get("unfinished"):
        queryset = queryset.filter(unfinished_q())
    if data.get("closed") in ("0", "1"):
        queryset = queryset.filter(closed_at__isnull=data["closed"] == "0")
    if data.get("evidence") in ("0", "1"):
        exists = Exists(Evidence.objects.filter(measure=OuterRef("pk")))
        queryset = queryset.filter(exists if data["evidence"] == "1" else ~exists)
    if data.get("repeat"):  # 屡巡屡犯: the measure's problem, or the problem above its sub-problem (not an aspect)
        queryset = queryset.filter(
            Q(item__repeat_of__isnull=False)
            | Q(item__parent__repeat_of__isnull=False, item__parent__parent__isnull=False)
        )
    return queryset


def item_text(item: FeedbackItem) -> str:
    return f"{item.label}{item.title}"


@dataclass
class Row:
    """One line of the sheet: a group heading (aspect, problem, sub-problem) or a measure."""

    kind: str  # "aspect" | "problem" | "sub" | "measure"
    item: FeedbackItem | None = None
    measure: Measure | None = None
    aspect_id: int = 0
    problem_id: int = 0
    number: int | None = None  # 序号, on the first measure of each item (as the Excel sheet numbers)
    aspect_text: str = ""  # on the first measure of an aspect (the print columns)
    problem_text: str = ""  # on the first measure of a numbered item
    flag: str = ""
    remarks: str = ""
    count: int = 0  # measures under a heading


@dataclass
class Sheet:
    inspection: Inspection
    rows: list[Row] = field(default_factory=list)
    measures: int = 0
    problems: int = 0


def sheet_measures(inspection: Inspection) -> QuerySet[Measure]:
    queryset = Measure.objects.filter(item__inspection=inspection)
    return with_latest_note(with_evidence_count(queryset))


def build_sheet(inspection: Inspection, filters: Mapping | None = None, on: date | None = None) -> Sheet:
    on = on or today()
    # The earlier item a problem repeats (屡巡屡犯) is joined, not fetched per row.
    items = list(
        FeedbackItem.objects.filter(inspection=inspection)
        .select_related("repeat_of__inspection__round")
        .order_by("position", "id")
    )
    children: dict[int | None, list[FeedbackItem]] = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item)
    measures: dict[int, list[Measure]] = defaultdict(list)
    for m in filter_measures(sheet_measures(inspection), filters or {}, on).order_by("position", "id"):
        measures[m.item_id].append(m)

    sheet = Sheet(inspection=inspection)
    headings: list[Row] = []  # headings waiting for their first measure

    def emit_measures(item: FeedbackItem, aspect: FeedbackItem | None, problem: FeedbackItem, problem_text: str):
        own = measures.get(item.pk)
        if not own:
            return
        sheet.rows.extend(headings)
        headings.clear()
        sheet.problems += 1
        first_of_aspect = aspect is not None and aspect.pk not in seen_aspects
        if aspect is not None:
            seen_aspects.add(aspect.pk)
        for n, m in enumerate(own):
            sheet.rows.append(
                Row(
                    kind="measure",
                    measure=m,
                    item=item,
                    aspect_id=aspect.pk if aspect else 0,
                    problem_id=problem.pk,
                    number=sheet.problems if n == 0 else None,
                    aspect_text=item_text(aspect) if aspect and first_of_aspect and n == 0 else "",
                    problem_text=problem_text if n == 0 else "",
                    flag=measure_flag(m, on),
                    remarks=measure_remarks(m),
                )
            )
        sheet.measures += len(own)

    def descendants(item: FeedbackItem):
        for child in children.get(item.pk, []):
            yield child
            yield from descendants(child)

    seen_aspects: set[int] = set()
    for root in children.get(None, []):
        if not children.get(root.pk):  # a problem stated without an aspect
            headings.append(Row(kind="problem", item=root, problem_id=root.pk))
            emit_measures(root, None, root, item_text(root))
            headings.clear()
            continue
        headings.append(Row(kind="aspect", item=root, aspect_id=root.pk))
        emit_measures(root, root, root, item_text(root))
        for problem in children[root.pk]:
            headings.append(Row(kind="problem", item=problem, aspect_id=root.pk, problem_id=problem.pk))
            emit_measures(problem, root, problem, item_text(problem))
            for sub in descendants(problem):
                headings.append(Row(kind="sub", item=sub, aspect_id=root.pk, problem_id=problem.pk))
                emit_measures(sub, root, problem, f"{item_text(problem)} / {item_text(sub)}")
                if headings and headings[-1].item is sub:
                    headings.pop()
            if headings and headings[-1].item is problem:
                headings.pop()
        if headings and headings[-1].item is root:
            headings.pop()
    _count_headings(sheet.rows)
    return sheet


def _count_headings(rows: list[Row]) -> None:
    """How many measures each heading holds (as shown, i.e. after filters)."""
    open_: dict[str, Row] = {}
    for row in rows:
        if row.kind == "measure":
            for heading in open_.values():
                heading.count += 1
            continue
        if row.kind == "aspect":
            open_ = {"aspect": row}
        elif row.kind == "problem":
            open_ = {k: v for k, v in open_.items() if k == "aspect"} | {"problem": row}
        else:
            open_ = {k: v for k, v in open_.items() if k != "sub"} | {"sub": row}
