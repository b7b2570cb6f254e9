"""The 工作台's server time and query count per role, as the ledger grows.

    .venv/bin/python bench/workbench.py [--sizes 100,1000,5000]

Uses a throwaway SQLite database (or DATABASE_URL). Each size adds that many measures: districts of 3 problems x 3
measures under one city, statuses and deadlines spread over every warning level, a progress note on every other
measure and an evidence record on every fourth completed one. The editor and the viewer belong to the city (so they
see every district: the heaviest to-do), the supervisor and the admin see all. Each page is fetched through Django's
test client (the whole request: middleware, view, template); the median of 5 runs is printed with its queries.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date, timedelta

import _django


def grow(size: int, tag: int) -> None:
    from django.db import transaction

    from ledger.choices import Level, Status
    from ledger.models import Evidence, FeedbackItem, Inspection, InspectionRound, Measure, ProgressNote, Unit
    from ledger.services import measures_refresh_warning_inputs, unit_create

    statuses = [Status.NOT_STARTED, Status.IN_PROGRESS, Status.BASICALLY_DONE, Status.DONE, Status.LONG_TERM]
    today = date.today()
    with transaction.atomic():
        city = Unit.objects.get(name="基准市")
        rnd = InspectionRound.objects.create(inspecting_body="基准省委", level=Level.XUNSHI, term=tag, round_no=1)
        districts = (size + 8) // 9
        units = [
            unit_create(name=f"基准区{tag}-{i}", full_name=f"中共基准区{tag}-{i}委", parent=city)
            for i in range(districts)
        ]
        inspections = Inspection.objects.bulk_create(Inspection(unit=u, round=rnd, group="第一巡视组") for u in units)
        items = FeedbackItem.objects.bulk_create(
            FeedbackItem(inspection=ins, position=p, label=f"{p}.", title=f"第{p}个问题")
            for ins in inspections
            for p in (1, 2, 3)
        )
        measures = Measure.objects.bulk_create(
            Measure(
                item=item,
                position=k,
                label="一是二是三是"[2 * (k - 1) : 2 * k],
                text=f"健全完善相关工作制度，建立问题清单、任务清单、责任清单（{n}）。",
                status=(status := statuses[n % 5]),
                deadline=today + timedelta(days=(n % 60) - 20),
                completed_on=today if status in (Status.DONE, Status.BASICALLY_DONE) else None,
                next_review_on=today - timedelta(days=n % 3) if status == Status.LONG_TERM else None,
            )
            for n, (item, k) in enumerate((item, k) for item in items for k in (1, 2, 3))
        )[:size]
        ProgressNote.objects.bulk_create(
            ProgressNote(measure=m, date=today - timedelta(days=n % 40), text="已按计划推进。", status_after=m.status)
            for n, m in enumerate(measures)
            if n % 2 == 0
        )
        measures_refresh_warning_inputs(inspection_ids=[i.pk for i in inspections])  # bulk_create skipped save()
        Evidence.objects.bulk_create(
            Evidence(
                measure=m,
                title="验收材料",
                file=f"evidence/{m.pk:064d}.pdf",
                original_name="验收材料.pdf",
                size=10,
                sha256=f"{m.pk:064d}",
            )
            for n, m in enumerate(measures)
            if m.status == Status.DONE and n % 4 == 3
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,5000")
    args = parser.parse_args()
    print("database:", _django.setup().split("://")[0])

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accounts.roles import Role
    from accounts.services import user_create
    from ledger.choices import UnitKind
    from ledger.services import unit_create

    city = unit_create(name="基准市", full_name="中共基准市委", kind=UnitKind.CITY)
    users = {
        "填报（全市）": user_create(username="bench_editor", password=None, role=Role.EDITOR, unit=city),
        "只读（全市）": user_create(username="bench_viewer", password=None, role=Role.VIEWER, unit=city),
        "督查": user_create(username="bench_supervisor", password=None, role=Role.SUPERVISOR),
        "管理员": user_create(username="bench_admin", password=None, role=Role.ADMIN),
    }
    total = 0
    print(f"{'measures':>8}  {'role':<8}  {'median ms':>9}  {'queries':>7}  {'KB':>6}")
    for tag, size in enumerate(int(s) for s in args.sizes.split(",")):
        grow(size - total, tag + 1)
        total = size
        for label, user in users.items():
            client = Client(SERVER_NAME="127.0.0.1")
            client.force_login(user)
            client.get("/admin/")  # warm up templates and the session
            times = []
            for _ in range(5):
                start = time.perf_counter()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get("/admin/")
                times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200
            print(
                f"{size:>8}  {label:<8}  {statistics.median(times):>9.0f}  {len(queries):>7}  {len(response.content) // 1024:>6}"
            )


if __name__ == "__main__":
    main()
