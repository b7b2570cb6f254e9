"""Data for the 共性问题 / 重复问题 page tests: the ledger fixture's round with problems shared across units, stored
similar pairs (as similarity.services writes them), a proven measure, a repeat in a later round and categories."""

from __future__ import annotations

from types import SimpleNamespace

from django.utils import timezone

from ledger.choices import CategorySource, Level, Status
from ledger.models import FeedbackItem, InspectionRound, Measure, ProblemCategory
from ledger.services import save_tracked
from similarity.models import SimilarPair
from tests.ledger.conftest import make_inspection, make_item, make_measure

IDEOLOGY = {
    "east": "落实意识形态工作责任制不到位，阵地管理存在薄弱环节",
    "street": "意识形态工作责任制落实不够到位，阵地管理不严",
    "west": "意识形态工作责任制落实不到位，阵地管理薄弱",
}
DECISIONS = {
    "east": "执行“三重一大”决策制度不严格",
    "west": "“三重一大”集体决策制度执行不严格",
}


def pair(a: FeedbackItem, b: FeedbackItem, score: float = 0.8) -> SimilarPair:
    return SimilarPair.objects.create(item_id=min(a.pk, b.pk), other_id=max(a.pk, b.pk), score=score)


def close_out(measure: Measure) -> None:
    """Completed and closed out (the close-out service's rules are tested elsewhere; this is the outcome)."""
    Measure.objects.filter(pk=measure.pk).update(status=Status.DONE, closed_at=timezone.now(), close_note="同意销号。")


def set_category(item: FeedbackItem, name: str) -> None:
    """As the classifier writes it (similarity.services): the item, and the copy its measures keep."""
    category = ProblemCategory.objects.get(name=name)
    FeedbackItem.objects.filter(pk=item.pk).update(category=category, category_source=CategorySource.AUTO)
    Measure.objects.filter(item_id=item.pk).update(category=category)


def build(ledger) -> SimpleNamespace:
    ns = SimpleNamespace(ideology={}, decisions={}, measures={})
    for key in ("east", "street", "west"):
        inspection, aspect = getattr(ledger, f"{key}_inspection"), getattr(ledger, f"{key}_aspect")
        item = make_item(inspection, IDEOLOGY[key], parent=aspect, label="2.")
        ns.ideology[key] = item
        ns.measures[key] = make_measure(item, f"{inspection.unit.name}修订意识形态工作责任制实施细则", Status.IN_PROGRESS)
        set_category(item, "意识形态")
        item.refresh_from_db()
        if key in DECISIONS:
            ns.decisions[key] = make_item(inspection, DECISIONS[key], parent=aspect, label="3.")
    close_out(ns.measures["west"])
    ideology = list(ns.ideology.values())
    for n, a in enumerate(ideology):
        for b in ideology[n + 1 :]:
            pair(a, b, 0.7)
    pair(ns.decisions["east"], ns.decisions["west"], 0.6)

    # The east district inspected again in a later round: the same problem again (屡巡屡犯).
    later = InspectionRound(inspecting_body="示范省委", level=Level.XUNSHI, term=13, round_no=6)
    save_tracked(later)
    ns.later_round = later
    ns.later_inspection = make_inspection(ledger.east, later)
    aspect = make_item(ns.later_inspection, "意识形态工作方面", label="（一）")
    ns.repeat = make_item(ns.later_inspection, "意识形态工作责任制落实仍不到位", parent=aspect, label="1.")
    ns.repeat_measure = make_measure(ns.repeat, "再次修订意识形态工作责任制", Status.NOT_STARTED)
    FeedbackItem.objects.filter(pk=ns.repeat.pk).update(repeat_of=ns.ideology["east"], repeat_similarity=0.74)
    ns.repeat.refresh_from_db()
    return ns
