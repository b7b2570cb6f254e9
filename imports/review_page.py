"""What the import preview and the run's page show: the review tree with each node's fate, per-visit counts,
the stated figures against what the ledger would hold, and the inspections a run touched."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from imports.models import Action, ImportAction, ImportRun
from imports.parsing import model as parsed
from imports.persistence import MISSING_LABELS, MODEL_LABELS, NodeOutcome, Report, import_parsed
from imports.review import Decision, Visit, flag_summary, visits
from ledger.choices import Status
from ledger.models import FeedbackItem, Inspection, Measure, ReportedFigure
from ledger.reconciliation import figure_discrepancy, is_compared, number
from ledger.tallies import Tally, inspection_tallies

HEADER_FIELDS = [  # (label, attribute, key in Inspection.missing)
    ("派出机关", "inspecting_body", "inspecting_body"),
    ("巡视组", "group", "group"),
    ("进驻开始", "start", "start"),
    ("进驻结束", "end", "end"),
    ("反馈日期", "feedback_date", "feedback_date"),
]


@dataclass
class StatedFigure:
    text: str  # 反馈问题33个
    sentence: str
    line: int | None
    message: str  # "" when the ledger agrees


@dataclass
class LedgerSide:
    """One ledger inspection a visit goes to, as it would be after the import."""

    inspection: Inspection
    action: str
    tally: Tally
    figures: list[StatedFigure] = field(default_factory=list)

    @property
    def action_label(self) -> str:
        return Action(self.action).label


def preview_context(results: list[parsed.ParseResult], *, user, review: dict[int, Decision] | None = None) -> dict:
    """Dry-run the import (rolled back) and lay its outcome over the parsed tree."""
    sides: dict[int, LedgerSide] = {}

    def read_ledger(report: Report) -> None:  # inside the dry run's transaction, before the rollback
        ids = [insp.pk for entries in report.visits.values() for _, insp, _ in entries]
        tallies = inspection_tallies(ids)
        for entries in report.visits.values():
            for _, insp, action in entries:
                sides.setdefault(insp.pk, LedgerSide(insp, action, tallies[insp.pk]))
        for figure in ReportedFigure.objects.filter(inspection_id__in=ids).order_by("source_line", "id"):
            if is_compared(figure):
                side = sides[figure.inspection_id]
                found = figure_discrepancy(figure, side.tally)
                text = f"{figure.get_metric_display()}{number(figure.value)}{figure.quantity_unit}"
                side.figures.append(
                    StatedFigure(
                        text, figure.sentence, figure.source_line, found.message.split("，", 1)[-1] if found else ""
                    )
                )

    run, report = import_parsed(results, user=user, dry_run=True, review=review, on_written=read_ledger)
    tree = visits(results)
    for visit in tree:
        visit.ledger = [sides[insp.pk] for _, insp, _ in report.visits.get(id(visit.inspection), [])]
        visit.header = [
            (label, _shown(getattr(visit.inspection, attr)), key in visit.inspection.missing)
            for label, attr, key in HEADER_FIELDS
        ]
        visit.missing = [MISSING_LABELS.get(k, k) for k in visit.inspection.missing]
        for node in visit.nodes:
            node.outcome = report.nodes.get(id(node.obj)) or NodeOutcome("")
            node.corrected = {k: v for k, v in node.outcome.current.items() if v != _document_value(node, k)}
        visit.rows_html = tree_rows(visit)
    rows = [(MODEL_LABELS.get(m, m), [c.get(a, 0) for a in Action.values]) for m, c in report.table().items()]
    return {
        "results": results,
        "visits": tree,
        "flag_summary": flag_summary(tree),
        "flag_total": sum(v.flag_count for v in tree),
        "rows": rows,
        "columns": Action.labels,
        "warnings": report.warnings,
        "writes": report.writes,
        "statuses": [list(choice) for choice in Status.choices],
    }


def _document_value(node, name):
    value = getattr(node.obj, name)
    if name == "status" and value is None:
        return "in_progress"  # the importer's default for a measure whose wording states no status
    return value


def _shown(value) -> str:
    if value is None or value == "":
        return ""
    return f"{value:%Y年%-m月%-d日}" if hasattr(value, "year") else str(value)


def inspection_ids_of_run(run: ImportRun) -> set[int]:
    """Inspections a run created or changed, directly or through their items, measures and figures."""
    by_model: dict[str, set[int]] = {}
    for model, object_id in (
        ImportAction.objects.filter(run=run, object_id__isnull=False)
        .exclude(action__in=[Action.UNCHANGED, Action.RETIRED])
        .values_list("model", "object_id")
    ):
        by_model.setdefault(model, set()).add(object_id)
    ids = set(by_model.get("inspection", ()))
    ids |= set(
        FeedbackItem.objects.filter(pk__in=by_model.get("feedbackitem", ())).values_list("inspection_id", flat=True)
    )
    ids |= set(Measure.objects.filter(pk__in=by_model.get("measure", ())).values_list("item__inspection_id", flat=True))
    ids |= set(
        ReportedFigure.objects.filter(pk__in=by_model.get("reportedfigure", ())).values_list("inspection_id", flat=True)
    )
    return ids


def tree_rows(visit: Visit) -> SafeString:
    """The visit's nodes as list rows. Built here rather than in the template: a compilation's preview has
    thousands of rows, and the template engine takes seconds over them. Edit fields are made by the page's
    script on demand from the data-* attributes."""
    return mark_safe("".join(_row(node) for node in visit.nodes))


def _row(node) -> str:
    excluded = node.outcome.action == Action.EXCLUDED
    classes = f"node depth-{node.depth}" + (" flagged" if node.flags else "") + (" dropped" if excluded else "")
    meta = [format_html("第{}行", node.obj.line)]
    if node.kind == "measure":
        basis = (
            format_html("（依据“{}”）", node.obj.status_phrase)
            if node.obj.status_phrase
            else "（文中未写明，按正在推进）"
        )
        meta.append(format_html("状态：{}{}", node.status_label, basis))
        if node.obj.deadline:
            meta.append(format_html("时限 {}", _shown(node.obj.deadline)))
    if excluded:
        meta.append(format_html('<span class="act-excluded">{}</span>', "已剔除（此前导入时剔除或已被人工删除）"))
    elif node.outcome.label:
        meta.append(format_html('<span class="act-{}">{}</span>', node.outcome.action, node.outcome.label))
    if node.corrected:
        shown = "、".join(
            Status(v).label if k == "status" and v in Status.values else str(v) for k, v in node.corrected.items()
        )
        meta.append(format_html("台账现值：{}（人工修改，予以保留）", shown))
    if not excluded:
        meta.append(mark_safe('<button type="button" class="edit-button">修改</button>'))
    flags = (
        format_html(
            '<ul class="flags">{}</ul>',
            format_html_join("", "<li><strong>{}：</strong>{}</li>", ((f.label, f.message) for f in node.flags)),
        )
        if node.flags
        else ""
    )
    label = format_html('<span class="node-label">{}</span>', node.obj.label) if node.obj.label else ""
    title = node.title if len(node.title) <= 300 else node.title[:299] + "…"
    return format_html(
        '<li class="{}" data-node="{}" data-ancestors="{}" data-kind="{}" data-label="{}" data-title="{}" '
        'data-status="{}"><input type="checkbox" class="keep" aria-label="导入此项"{}>'
        '<div class="node-body"><span class="badge lv-{}">{}</span>{}{}<div class="node-meta">{}</div>{}</div></li>',
        classes,
        node.id,
        node.ancestor_ids,
        node.kind,
        node.obj.label,
        node.obj.title if node.kind == "item" else "",
        node.status,
        mark_safe(" disabled") if excluded else mark_safe(" checked"),
        node.level,
        node.level_label,
        label,
        title,
        mark_safe(" · ".join(meta)),
        flags,
    )
