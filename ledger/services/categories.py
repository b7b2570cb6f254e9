"""Writes of an item's 问题类别 by a person (the classifier's own writes live in the similarity app)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction

from accounts.roles import can_set_category
from ledger.choices import CategorySource
from ledger.models import FeedbackItem, ProblemCategory
from ledger.services.concurrency import save_tracked


@transaction.atomic
def feedback_item_set_category(*, item: FeedbackItem, category: ProblemCategory | None, user) -> bool:
    """Set the item's category as a person's choice (人工指定), kept by re-imports and the classifier.

    Clearing it hands the item back to automatic classification. Returns whether anything changed."""
    if not can_set_category(user.effective_role):
        raise PermissionDenied("只有填报、督查人员和管理员可以更正问题类别。")
    item.category = category
    item.category_source = CategorySource.MANUAL if category is not None else CategorySource.NONE
    return save_tracked(item, user=user)
