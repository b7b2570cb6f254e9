"""Demo ledger for `make run`: the project's own sample documents (samples/), imported like real ones."""

from pathlib import Path

from django.conf import settings
from django.db import transaction

from imports.parsing import parse_file
from imports.persistence import import_parsed
from ledger.choices import Channel, UnitKind
from ledger.models import Measure, Unit
from ledger.services import measure_update, unit_create

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

# Published reports state deadlines and responsible units (the samples do, and the importer reads them) but not
# who leads each problem's rectification: a unit fills in 责任领导 and 牵头单位 in its ledger after the import.
# (unit, start of the problem's title) → (责任领导, 牵头单位)
RESPONSIBILITY = {
    ("示范市东城区委", "理论学习中心组"): ("区委副书记", "区委办公室"),
    ("示范市东城区委", "意识形态工作"): ("区委常委、宣传部部长", "区委宣传部"),
    ("示范市东城区委", "营商环境"): ("区委常委、常务副区长", "区发展改革局"),
    ("示范市东城区委", "老旧小区"): ("副区长", "区住房城乡建设局"),
    ("示范市东城区委", "违反中央八项规定"): ("区委常委、区纪委书记、区监委主任", "区纪委监委"),
    ("示范市南湖区委", "意识形态阵地"): ("区委常委、宣传部部长", "区委宣传部"),
    ("示范市南湖区委", "干部档案"): ("区委常委、组织部部长", "区委组织部"),
    ("示范市南湖区委", "巡察整改督办"): ("区委常委、区纪委书记", "区委巡察办"),
    ("示范市教育局党组", "落实全面从严治党"): ("党组书记、局长", "市教育局机关党委"),
    ("示范市教育局党组", "选人用人"): ("党组成员、副局长", "市教育局组织人事处"),
    ("示范市卫生健康委员会党组", "推动医疗卫生事业"): ("党组书记、主任", "市卫生健康委基层卫生健康处"),
    ("示范市卫生健康委员会党组", "重点领域廉洁风险"): ("驻委纪检监察组组长", "市卫生健康委机关纪委"),
}


def _fill_in_responsibility() -> None:
    for measure in Measure.objects.select_related("item__inspection__unit"):
        key = next(
            (k for k in RESPONSIBILITY if k[0] == measure.item.inspection.unit.name and measure.item.title.startswith(k[1])),
            None,
        )
        if key is None:
            continue
        measure.responsible_leader, measure.lead_unit = RESPONSIBILITY[key]
        measure_update(measure=measure, expected_version=measure.version, channel=Channel.SYSTEM)


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
    _fill_in_responsibility()
    return True
