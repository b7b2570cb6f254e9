"""What the similarity app adds to the ledger's pages: 其他单位的有效做法 and 其他单位的同类问题 on the feedback
item's page and the measure page (through ledger.admin.panels, so ledger never imports this app)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.html import format_html, format_html_join

from ledger.admin.panels import register_item_panel
from ledger.choices import Status
from ledger.models import Measure
from similarity.selectors import similar_items

SIMILAR_SHOWN = 10


@register_item_panel
def effective_practices_panel(request, item) -> str:
    """Measures other units completed and had closed out for the same problem, and those units' items."""
    others = [(i, score) for i, score in similar_items(user=request.user, item=item)
              if i.inspection.unit_id != item.inspection.unit_id]
    if not others:
        return ""
    proven = list(
        Measure.objects.filter(item__in=[i for i, _ in others], status=Status.DONE, closed_at__isnull=False)
        .select_related("item__inspection__unit")
        .order_by("item__inspection__unit__path", "item_id", "position")
    )
    measure_url = reverse("admin:ledger_measure_change", args=[0]).replace("/0/", "/{}/")
    item_url = reverse("admin:ledger_feedbackitem_change", args=[0]).replace("/0/", "/{}/")
    if proven:
        practices = format_html(
            "<p>同类问题在其他单位已整改到位（已完成并经督查销号），其措施可供参考：</p><ul>{}</ul>",
            format_html_join(
                "",
                '<li><b>{}</b>：<a href="{}">{}{}</a> <span class="tz-closed-mark">已销号</span></li>',
                ((m.item.inspection.unit.name, measure_url.format(m.pk), m.label, m.text) for m in proven),
            ),
        )
    else:
        practices = format_html("<p>{}</p>", "其他单位的同类问题尚无已完成并销号的整改措施。")
    similar = format_html_join(
        "",
        '<li><b>{}</b>：<a href="{}">{}{}</a> <span class="tz-quiet">相似度{}</span></li>',
        (
            (i.inspection.unit.name, item_url.format(i.pk), i.label, i.title[:80], f"{score:.0%}")
            for i, score in others[:SIMILAR_SHOWN]
        ),
    )
    more = f"（另有{len(others) - SIMILAR_SHOWN}条未列出）" if len(others) > SIMILAR_SHOWN else ""
    return format_html(
        '<div class="tz-panel tz-good" id="tz-good-practice"><h2>其他单位的有效做法</h2>{}'
        "<h2>其他单位的同类问题（{}条）{}</h2><ul>{}</ul></div>",
        practices,
        len(others),
        more,
        similar,
    )
