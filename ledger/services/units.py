from django.db import transaction

from ledger.choices import UnitKind
from ledger.models import Unit
from ledger.services.concurrency import save_tracked


def _path_for(unit: Unit) -> str:
    base = unit.parent.path if unit.parent_id else "/"
    return f"{base}{unit.pk}/"


@transaction.atomic
def unit_create(
    *, name: str, full_name: str, kind: str = UnitKind.OTHER, parent: Unit | None = None, user=None
) -> Unit:
    unit = Unit(name=name, full_name=full_name, kind=kind, parent=parent)
    save_tracked(unit, user=user)
    unit.path = _path_for(unit)
    Unit.objects.filter(pk=unit.pk).update(path=unit.path)
    return unit


@transaction.atomic
def unit_save(*, unit: Unit, expected_version: int | None = None, user=None) -> Unit:
    """Save an edited unit; if it moved under another parent, its whole subtree's paths follow."""
    if unit.pk is None:
        return unit_create(name=unit.name, full_name=unit.full_name, kind=unit.kind, parent=unit.parent, user=user)
    if unit.parent_id and unit.parent.path.startswith(Unit.objects.get(pk=unit.pk).path):
        from django.core.exceptions import ValidationError

        raise ValidationError({"parent": "上级单位不能是本单位或其下级单位。"})
    old_path = Unit.objects.values_list("path", flat=True).get(pk=unit.pk)
    unit.path = _path_for(unit)
    save_tracked(unit, expected_version=expected_version, user=user)
    if unit.path != old_path:
        for descendant in Unit.objects.filter(path__startswith=old_path).exclude(pk=unit.pk):
            descendant.path = unit.path + descendant.path[len(old_path) :]
            descendant.save(update_fields=["path"])
    return unit
