"""Reconciliation: what each published report states (its ReportedFigures) against what the ledger holds.

A stated figure is compared with every ledger count it may mean, and flagged only when it matches none:

| metric | compared with |
| --- | --- |
| 反馈问题 problems | the problems (ledger.tallies: the level below the aspects) and, when problems are split further, the sub-problems (reports also count 具体问题/具体表现) |
| 整改措施 measures | the measures |
| 已完成 completed | the problems whose roll-up is 已完成, and the measures 已完成 |
| 基本完成 basically_completed | problems rolled up to 基本完成, measures 基本完成 |
| 正在推进 in_progress | problems and measures 正在推进 or 未启动 (reports' 未完成/正在整改 covers both) |
| 长期坚持 long_term | problems rolled up to 长期坚持, measures 长期坚持 |
| 完成率 completion_rate | 已完成 ÷ problems and 已完成 ÷ measures, within the precision the report writes (97% ±1, 94.9% ±0.1) |

Reports count sometimes problems and sometimes measures (“已完成整改2个” are problems, “整改措施9条，已完成3条”
measures), so a status figure matches either; the unit as written only orders the message (条 names measures
first, 个/项 problems first). Other metrics (问责人数, 挽回经济损失 …) have no ledger counterpart and are not compared.

Only figures about this inspection's own rectification are compared: the sentence must name the inspection
(巡视/巡察/反馈) or the rectification (整改). Reports state many other numbers (“制定激励干部担当作为16条措施”,
“查处问题59件”) with the same words; without that cue they are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ledger.choices import Metric, Status
from ledger.models import Inspection, ReportedFigure
from ledger.tallies import NOT_FINISHED, Tally, inspection_tallies

RECONCILED = (
    Metric.PROBLEMS,
    Metric.MEASURES,
    Metric.COMPLETED,
    Metric.BASICALLY_COMPLETED,
    Metric.IN_PROGRESS,
    Metric.LONG_TERM,
    Metric.COMPLETION_RATE,
)
STATUSES_FOR = {
    Metric.COMPLETED: (Status.DONE,),
    Metric.BASICALLY_COMPLETED: (Status.BASICALLY_DONE,),
    Metric.IN_PROGRESS: NOT_FINISHED,
    Metric.LONG_TERM: (Status.LONG_TERM,),
}
# The sentence is about this inspection's feedback: reports use the same words for every other tally they
# give (隐患整改率100%, 已完成整改320起非法占地案件, 主题教育检视问题), so plain 整改 is not enough.
RELEVANT = re.compile(r"巡视|巡察|反馈")
# Counts of problems and measures are written in these units; 起/件/户/人 count cases, firms, people.
COUNTED_UNITS = {"个", "条", "项", "处", "%"}
MEASURE_UNITS = {"条"}


@dataclass(frozen=True)
class LedgerValue:
    basis: str  # "problems" | "sub_problems" | "measures"
    label: str  # 问题 / 具体问题 / 措施
    value: Decimal


@dataclass(frozen=True)
class Discrepancy:
    figure_id: int
    metric: str
    metric_label: str
    stated: Decimal
    quantity_unit: str
    ledger: tuple[LedgerValue, ...]  # every count the figure may mean; it matched none
    sentence: str
    line: int | None
    message: str  # 通报称已完成10个，台账显示已完成的问题0个、措施3条


@dataclass
class Reconciliation:
    """One inspection: its ledger tally, how many stated figures were compared, and those that did not match."""

    inspection_id: int
    tally: Tally
    compared: int = 0
    discrepancies: list[Discrepancy] = field(default_factory=list)


def inspection_discrepancies(inspection: Inspection, on: date | None = None) -> list[Discrepancy]:
    return reconcile([inspection.pk], on)[inspection.pk].discrepancies


def discrepancies_by_inspection(inspection_ids: Iterable[int], on: date | None = None) -> dict[int, list[Discrepancy]]:
    return {pk: r.discrepancies for pk, r in reconcile(inspection_ids, on).items()}


def reconcile(inspection_ids: Iterable[int], on: date | None = None) -> dict[int, Reconciliation]:
    """Each given inspection reconciled, discrepancies in the report's line order. Three queries however many."""
    ids = list(dict.fromkeys(inspection_ids))
    if not ids:
        return {}
    tallies = inspection_tallies(ids, on)
    out = {pk: Reconciliation(inspection_id=pk, tally=tallies[pk]) for pk in ids}
    figures = ReportedFigure.objects.filter(inspection_id__in=ids, metric__in=RECONCILED).order_by(
        "inspection_id", "source_line", "id"
    )
    for figure in figures:
        if not is_compared(figure):
            continue
        result = out[figure.inspection_id]
        result.compared += 1
        found = figure_discrepancy(figure, result.tally)
        if found is not None:
            result.discrepancies.append(found)
    return out


def is_compared(figure: ReportedFigure) -> bool:
    return (
        figure.metric in RECONCILED
        and figure.quantity_unit in COUNTED_UNITS
        and bool(RELEVANT.search(figure.sentence))
    )


def figure_discrepancy(figure: ReportedFigure, tally: Tally) -> Discrepancy | None:
    """The discrepancy this figure shows against the tally, or None when it matches or is not compared."""
    if not is_compared(figure):
        return None
    candidates = ledger_values(figure.metric, tally, figure.quantity_unit)
    if not candidates or any(_matches(figure.value, c.value, figure.metric) for c in candidates):
        return None
    label = Metric(figure.metric).label
    stated = f"{number(figure.value)}{figure.quantity_unit}"
    return Discrepancy(
        figure_id=figure.pk,
        metric=figure.metric,
        metric_label=label,
        stated=figure.value,
        quantity_unit=figure.quantity_unit,
        ledger=tuple(candidates),
        sentence=figure.sentence,
        line=figure.source_line,
        message=f"通报称{label}{stated}，台账显示{_ledger_phrase(figure.metric, candidates)}",
    )


def ledger_values(metric: str, tally: Tally, unit: str = "") -> list[LedgerValue]:
    """The ledger counts a figure of this metric may mean; the unit as written decides which comes first."""
    if metric == Metric.PROBLEMS:
        values = [LedgerValue("problems", "问题", Decimal(tally.problems))]
        if tally.sub_problems != tally.problems:
            values.append(LedgerValue("sub_problems", "具体问题", Decimal(tally.sub_problems)))
        return values
    if metric == Metric.MEASURES:
        return [LedgerValue("measures", "措施", Decimal(tally.measures))]
    if metric == Metric.COMPLETION_RATE:
        rates = [
            ("problems", "问题", tally.problem_completion_rate),
            ("measures", "措施", tally.measure_completion_rate),
        ]
        return [LedgerValue(basis, label, rate) for basis, label, rate in rates if rate is not None]
    statuses = STATUSES_FOR.get(metric)
    if statuses is None:
        return []
    problems = LedgerValue("problems", "问题", Decimal(tally.problems_in(*statuses)))
    measures = LedgerValue("measures", "措施", Decimal(tally.measures_in(*statuses)))
    return [measures, problems] if unit in MEASURE_UNITS else [problems, measures]


def _matches(stated: Decimal, ledger: Decimal, metric: str) -> bool:
    if metric != Metric.COMPLETION_RATE:
        return stated == ledger
    # A rate is written rounded or truncated to its own precision: 97% covers 96.00–98.00, 94.9% 94.80–95.00.
    places = max(0, -stated.normalize().as_tuple().exponent)
    return abs(stated - ledger) <= Decimal(1).scaleb(-places)


def _ledger_phrase(metric: str, values: list[LedgerValue]) -> str:
    if metric == Metric.COMPLETION_RATE:
        return "、".join(f"{v.label}完成率{number(v.value)}%" for v in values)
    if metric in (Metric.PROBLEMS, Metric.MEASURES):
        return "、".join(f"{v.label}{number(v.value)}{_count_unit(v.basis)}" for v in values)
    status = Metric(metric).label
    return f"{status}的" + "、".join(f"{v.label}{number(v.value)}{_count_unit(v.basis)}" for v in values)


def _count_unit(basis: str) -> str:
    return "条" if basis == "measures" else "个"


def number(value: Decimal) -> str:
    """10.00 → 10, 97.50 → 97.5."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
