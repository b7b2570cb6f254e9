"""屡巡屡犯 on the feedback item's page: the earlier inspection's item this one repeats (FeedbackItem.repeat_of,
set by the similarity app) with its measures' final status, and later items that repeat this one."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from ledger.choices import Status
from ledger.formatting import round_title
from ledger.models import FeedbackItem, Measure
from ledger.selectors import visible_to

REPEAT_MARK = '<span class="tz-repeat" title="前次巡视巡察中有同类问题">重复问题</span>'


def is_repeat_problem(item) -> bool:
    """A problem or sub-problem that repeats an earlier one; an aspect's heading recurs in every report and is not
    one (`heads_problems`: annotated by the list, else looked up)."""
    if not item.repeat_of_id:
        return False
    if item.parent_id is not None:
        return True
    heads = getattr(item, "heads_problems", None)
    return not (heads if heads is not None else item.children.exists())


def _subtree_measures(item_ids) -> dict[int, list[Measure]]:
    """Each item's measures, those of its sub-problems included (items are at most three levels deep)."""
    ids = list(item_ids)
    rows = Measure.objects.filter(item_id__in=ids) | Measure.objects.filter(item__parent_id__in=ids)
    result: dict[int, list[Measure]] = {pk: [] for pk in ids}
    for m in rows.select_related("item").order_by("item__position", "position", "id"):
        owner = m.item_id if m.item_id in result else m.item.parent_id
        result[owner].append(m)
    return result


def _item_link(user, item: FeedbackItem, visible: set[int]) -> str:
    name = f"{item.inspection.unit.name} · {round_title(item.inspection.round)} · {item.label}{item.title}"
    if item.pk not in visible:
        return format_html("{}", name)
    return format_html('<a href="{}">{}</a>', reverse("admin:ledger_feedbackitem_change", args=[item.pk]), name)


def _final_status(measures: list[Measure]) -> str:
    if not measures:
        return "前次未录入整改措施。"
    done = sum(m.status == Status.DONE for m in measures)
    closed = sum(m.closed_at is not None for m in measures)
    text = f"前次整改措施{len(measures)}项，已完成{done}项，已销号{closed}项。"
    if closed:
        text += "前次已整改销号，本次再次被反馈，属屡巡屡犯，请重点核查整改是否真正到位。"
    return text


def _measure_lines(measures: list[Measure]) -> str:
    return format_html_join(
        "",
        '<li><a href="{}">{}{}</a> {} {}</li>',
        (
            (
                reverse("admin:ledger_measure_change", args=[m.pk]),
                m.label,
                m.text[:80],
                m.get_status_display(),
                mark_safe('<span class="tz-closed-mark">已销号</span>')
                if m.closed_at
                else mark_safe('<span class="tz-open-mark">未销号</span>'),
            )
            for m in measures
        ),
    )


def repeat_panel(user, item: FeedbackItem) -> str:
    """前次巡视巡察中的同类问题 (and 后续巡视巡察中的同类问题) for the item page, or "" when there is none."""
    related = FeedbackItem.objects.select_related("inspection__unit", "inspection__round")
    earlier = related.filter(pk=item.repeat_of_id).first() if is_repeat_problem(item) else None
    later = list(
        related.filter(repeat_of=item)
        .exclude(parent__isnull=True, children__isnull=False)
        .order_by("inspection__feedback_date", "pk")
    )
    if earlier is None and not later:
        return ""
    shown = [i.pk for i in ([earlier] if earlier else []) + later]
    visible = set(visible_to(user, FeedbackItem.objects.filter(pk__in=shown)).values_list("pk", flat=True))
    parts = []
    if earlier is not None:
        measures = _subtree_measures([earlier.pk])[earlier.pk]
        similarity = f"（相似度{item.repeat_similarity:.0%}）" if item.repeat_similarity is not None else ""
        parts.append(
            format_html(
                '<h2>{} 前次巡视巡察中的同类问题</h2><p>{}{}</p><p>{}</p><ul>{}</ul>',
                mark_safe(REPEAT_MARK),
                _item_link(user, earlier, visible),
                similarity,
                _final_status(measures),
                _measure_lines(measures),
            )
        )
    if later:
        parts.append(
            format_html(
                "<h2>后续巡视巡察中再次反馈的同类问题</h2><ul>{}</ul>",
                format_html_join("", "<li>{}</li>", ((_item_link(user, i, visible),) for i in later)),
            )
        )
    return format_html('<div class="tz-panel tz-repeat-panel" id="tz-repeat">{}</div>', mark_safe("".join(parts)))
