"""Server time of the 台账视图 (/admin/ledger/inspection/<id>/sheet/): a synthetic 300 problems × 3 measures
inspection, and the largest inspection of the seed corpus (../shared/seeds, imported through the importer).

    .venv/bin/python bench/sheet_view.py [--runs 5] [--no-seeds]

Uses a throwaway SQLite database in a temporary folder unless DATABASE_URL is set (then that database, which must be
empty and is left with the data). Each page is requested through Django's test client as an admin, once to warm up,
then --runs times; prints the median and best milliseconds, the queries per request and the page size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT.parent / "shared" / "seeds"


def setup_django(folder: str) -> None:
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder}/bench.sqlite3")
    os.environ["MEDIA_ROOT"] = f"{folder}/media"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def synthetic(problems: int):
    from ledger.choices import Level, UnitKind
    from ledger.models import InspectionRound
    from ledger.services import save_tracked, unit_create
    from tests.ledger.synthetic import synthetic_inspection

    unit = unit_create(name="合成区委", full_name="中共合成区委", kind=UnitKind.COUNTY)
    rnd = InspectionRound(inspecting_body="合成省委", level=Level.XUNSHI, term=1, round_no=1)
    save_tracked(rnd)
    return synthetic_inspection(unit, rnd, problems=problems, measures_per_problem=3, group="合成组")


def largest_seed_inspection(exclude):
    from django.db.models import Count

    from imports.parsing import parse_file
    from imports.persistence import import_parsed
    from ledger.models import Inspection

    import_parsed([parse_file(path) for path in sorted(SEEDS.glob("*.txt"))])
    imported = Inspection.objects.exclude(pk=exclude.pk)
    return imported.annotate(n=Count("items__measures")).order_by("-n").first()


def measure(client, inspection, runs: int) -> str:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    url = reverse("admin:ledger_inspection_sheet", args=[inspection.pk])
    client.get(url)
    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    from ledger.models import Measure

    measures = Measure.objects.filter(item__inspection=inspection).count()
    return (
        f"{inspection.unit.name}（{measures} 项措施）: median {statistics.median(times):.0f} ms, "
        f"best {min(times):.0f} ms, {len(queries)} queries, {len(response.content) / 1024:.0f} KB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-seeds", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        setup_django(folder)
        from django.test import Client

        from accounts.roles import Role
        from accounts.services import user_create

        client = Client()
        client.force_login(user_create(username="bench-admin", password="bench-Passw0rd!", role=Role.ADMIN))
        made = synthetic(300)
        print("synthetic 300 problems × 3 measures —", measure(client, made, args.runs))
        if not args.no_seeds and SEEDS.is_dir():
            print("largest seed inspection —", measure(client, largest_seed_inspection(made), args.runs))
        elif not args.no_seeds:
            print(f"seeds not found at {SEEDS}; skipped")


if __name__ == "__main__":
    main()
