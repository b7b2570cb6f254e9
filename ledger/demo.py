"""Demo ledger for `make run`: the project's own sample documents (samples/), imported like real ones."""

from pathlib import Path

from django.conf import settings
from django.db import transaction

from imports.parsing import parse_file
from imports.persistence import import_parsed
from ledger.choices import UnitKind
from ledger.models import Unit
from ledger.services import unit_create

SAMPLES = Path(settings.BASE_DIR) / "samples"

# The unit tree the documents do not state; imported units attach to it by name.
UNITS = [
    # (name, full name, kind, parent name)
    ("示范市委", "中共示范市委", UnitKind.CITY, None),
    ("示范市东城区委", "中共示范市东城区委", UnitKind.COUNTY, "示范市委"),
    ("东城区新华街道党工委", "中共示范市东城区新华街道工作委员会", UnitKind.TOWNSHIP, "示范市东城区委"),
    ("示范市西城区委", "中共示范市西城区委", UnitKind.COUNTY, "示范市委"),
    ("示范市南湖区委", "中共示范市南湖区委", UnitKind.COUNTY, "示范市委"),
    ("示范市教育局党组", "中共示范市教育局党组", UnitKind.DEPARTMENT, "示范市委"),
    ("示范市卫生健康委员会党组", "中共示范市卫生健康委员会党组", UnitKind.DEPARTMENT, "示范市委"),
]


@transaction.atomic
def load_demo() -> bool:
    """Create the demo ledger; False if the database already holds units."""
    if Unit.objects.exists():
        return False
    created: dict[str, Unit] = {}
    for name, full_name, kind, parent in UNITS:
        created[name] = unit_create(name=name, full_name=full_name, kind=kind, parent=created.get(parent))
    results = [parse_file(path) for path in sorted(SAMPLES.iterdir()) if path.is_file()]
    import_parsed(results)
    return True
