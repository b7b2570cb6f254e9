import pytest
from django.core.exceptions import ValidationError

from ledger.models import Unit
from ledger.services import unit_save


def test_moving_a_unit_moves_its_subtree_and_scope(ledger, users):
    street = ledger.street
    ledger.east.parent = ledger.west
    unit_save(unit=ledger.east, expected_version=ledger.east.version)
    street.refresh_from_db()
    assert street.path == f"{ledger.west.path}{ledger.east.pk}/{street.pk}/"
    west_subtree = set(Unit.objects.filter(path__startswith=ledger.west.path).values_list("name", flat=True))
    assert west_subtree == {"西城区委", "东城区委", "新华街道"}


def test_a_unit_cannot_be_moved_under_its_own_descendant(ledger):
    ledger.east.parent = ledger.street
    with pytest.raises(ValidationError, match="不能是本单位或其下级单位"):
        unit_save(unit=ledger.east)
    ledger.east.refresh_from_db()
    assert ledger.east.parent == ledger.city
