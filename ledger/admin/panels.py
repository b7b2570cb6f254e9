"""Sections other apps add to the feedback item's page and the measure page (the similarity app's 其他单位的有效做法),
so ledger never imports them. A panel is a callable (request, item) -> HTML (safe) or "" when it has nothing."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest

from ledger.models import FeedbackItem

Panel = Callable[[HttpRequest, FeedbackItem], str]
ITEM_PANELS: list[Panel] = []


def register_item_panel(panel: Panel) -> Panel:
    if panel not in ITEM_PANELS:
        ITEM_PANELS.append(panel)
    return panel


def item_panels(request: HttpRequest, item: FeedbackItem | None) -> list[str]:
    if item is None:
        return []
    return [html for panel in ITEM_PANELS if (html := panel(request, item))]
