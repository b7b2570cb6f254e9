"""The inspection page's read-only feedback tree: aspects → problems → measures, with roll-up status."""

from collections import defaultdict

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from ledger.admin.display import rollup_badge, status_badge
from ledger.models import FeedbackItem, Measure
from ledger.selectors import item_rollups


def render_feedback_tree(inspection) -> str:
    items = list(FeedbackItem.objects.filter(inspection=inspection).order_by("position", "id"))
    if not items:
        return "（暂无反馈问题）"
    rollups = item_rollups([inspection.pk])
    children = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item)
    measures = defaultdict(list)
    for m in Measure.objects.filter(item__inspection=inspection).order_by("position", "id"):
        measures[m.item_id].append(m)

    def render_measures(item):
        return format_html_join(
            "",
            '<li><a href="{}">{}{}</a> {} <small>{}</small></li>',
            (
                (
                    reverse("admin:ledger_measure_change", args=[m.pk]),
                    m.label,
                    m.text[:60],
                    status_badge(m),
                    f"时限：{m.deadline:%Y-%m-%d}" if m.deadline else "",
                )
                for m in measures[item.pk]
            ),
        )

    def render(parent_id, depth=0):
        # Collapsible: aspects open, problems folded (also top-level ones), so a 100-problem report stays short.
        rows = [
            format_html(
                '<li><details{}><summary><a href="{}"><b>{}</b>{}</a> {} <small>{}项措施</small></summary>'
                '<ul class="tz-measures">{}</ul><ul>{}</ul></details></li>',
                " open" if depth == 0 and children[item.pk] else "",
                reverse("admin:ledger_feedbackitem_change", args=[item.pk]),
                item.label,
                item.title[:80],
                rollup_badge(rollups[item.pk]),
                rollups[item.pk].total,
                render_measures(item),
                render(item.pk, depth + 1),
            )
            for item in children[parent_id]
        ]
        return mark_safe("".join(rows))

    return format_html(
        '<p><a href="{}">以台账视图查看全部反馈问题与整改措施 →</a></p><ul class="tz-tree">{}</ul>',
        reverse("admin:ledger_inspection_sheet", args=[inspection.pk]),
        render(None),
    )
