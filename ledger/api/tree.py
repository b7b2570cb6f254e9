"""An inspection's feedback tree, nested, for ?tree=1: four queries whatever its size."""

from collections import defaultdict

from ledger.api.serializers import MeasureSerializer, RollupSerializer
from ledger.models import FeedbackItem, Measure
from ledger.selectors import item_rollups


def inspection_tree(inspection, context=None) -> list[dict]:
    items = list(FeedbackItem.objects.filter(inspection=inspection).order_by("position", "id"))
    rollups = item_rollups([inspection.pk])
    measures = defaultdict(list)
    for m in (
        Measure.objects.filter(item__inspection=inspection).select_related("item__inspection").order_by("position")
    ):
        measures[m.item_id].append(m)
    children = defaultdict(list)
    for item in items:
        children[item.parent_id].append(item)

    def node(item):
        return {
            "id": item.pk,
            "label": item.label,
            "title": item.title,
            "text": item.text,
            "source_line": item.source_line,
            "rollup": RollupSerializer(rollups[item.pk]).data,
            "measures": [_measure(m) for m in measures[item.pk]],
            "children": [node(child) for child in children[item.pk]],
        }

    return [node(item) for item in children[None]]


def _measure(measure) -> dict:
    fields = ("id", "label", "text", "status", "deadline", "lead_unit", "responsible_units", "version")
    data = {name: getattr(measure, name) for name in fields}
    data["deadline"] = measure.deadline.isoformat() if measure.deadline else None
    data["is_overdue"] = MeasureSerializer().get_is_overdue(measure)
    return data
