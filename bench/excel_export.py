"""Excel ledger export at scale: seconds and peak memory for 1,000 / 10,000 / 100,000 measures, against the floor.

    .venv/bin/python bench/excel_export.py [--sizes 1000,10000,100000] [--large] [--no-tracemalloc]

The default sizes are 1,000 and 10,000; --large adds 100,000 (about four minutes in all: its export takes some
twenty seconds, the traced second run and the data set-up take the rest).

Uses a throwaway SQLite database in a temporary folder (set through DATABASE_URL before Django starts). Measures are
created with bulk_create in inspections of 500 (10 aspects x 10 problems x 5 measures), every other one with a
progress note. Each size is exported through excel.services.ledger_export (the path the admin, the command and the
API use) filtered to its own round, as an admin. The floor is openpyxl write-only writing the same number of rows
and columns of comparable text, unstyled, with no database.

Time is measured without tracemalloc; peak memory is measured in a second run under tracemalloc (Python
allocations), and ru_maxrss growth is reported for the timed run (the process's high-water mark, so it only grows).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MEASURES_PER_PROBLEM, PROBLEMS_PER_ASPECT, ASPECTS_PER_INSPECTION = 5, 10, 10
PER_INSPECTION = MEASURES_PER_PROBLEM * PROBLEMS_PER_ASPECT * ASPECTS_PER_INSPECTION
STATUSES = ["not_started", "in_progress", "basically_done", "done", "long_term"]


def measure_text(n: int) -> str:
    return f"第{n}项整改措施：健全完善相关工作制度，建立问题清单、任务清单、责任清单，明确时间节点，逐项抓好落实。"


def note_text(n: int) -> str:
    return f"措施{n}已按计划推进，完成阶段性任务，相关制度已印发实施，下一步将持续跟踪问效。"


def setup_django(folder: str) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{folder}/media"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def create_ledger(size: int, tag: int):
    """`size` measures under a round of their own; returns the round."""
    from django.db import transaction

    from ledger.choices import Level
    from ledger.models import FeedbackItem, Inspection, InspectionRound, Measure, ProgressNote, Unit
    from ledger.services import measures_refresh_warning_inputs, unit_create

    today = date.today()
    with transaction.atomic():
        city = Unit.objects.filter(parent=None).first() or unit_create(name="基准市", full_name="中共基准市委")
        rnd = InspectionRound.objects.create(inspecting_body="基准省委", level=Level.XUNSHI, term=tag, round_no=1)
        inspections = []
        for i in range((size + PER_INSPECTION - 1) // PER_INSPECTION):
            unit = unit_create(name=f"基准区{tag}-{i}", full_name=f"中共基准市基准区{tag}-{i}委员会", parent=city)
            inspections.append(Inspection(unit=unit, round=rnd, group=f"第{i % 9 + 1}巡视组"))
        Inspection.objects.bulk_create(inspections)
        aspects = FeedbackItem.objects.bulk_create(
            [
                FeedbackItem(inspection=ins, position=a, label=f"（{a}）", title=f"第{a}方面存在的问题")
                for ins in inspections
                for a in range(1, ASPECTS_PER_INSPECTION + 1)
            ]
        )
        problems = FeedbackItem.objects.bulk_create(
            [
                FeedbackItem(
                    inspection_id=aspect.inspection_id,
                    parent=aspect,
                    position=p,
                    label=f"{p}.",
                    title=f"问题{p}：工作落实不到位，存在形式主义倾向，制度执行不够严格",
                )
                for aspect in aspects
                for p in range(1, PROBLEMS_PER_ASPECT + 1)
            ],
            batch_size=5000,
        )
        measures, n = [], 0
        for problem in problems:
            for m in range(1, MEASURES_PER_PROBLEM + 1):
                if n == size:
                    break
                status = STATUSES[n % len(STATUSES)]
                measures.append(
                    Measure(
                        item=problem,
                        position=m,
                        label="一二三四五"[m - 1] + "是",
                        text=measure_text(n),
                        responsible_leader="张三",
                        lead_unit="区委办公室",
                        responsible_units="区委组织部、区委宣传部、区财政局",
                        deadline=today + timedelta(days=n % 60 - 20),
                        status=status,
                        completed_on=today if status in ("done", "basically_done") else None,
                    )
                )
                n += 1
        Measure.objects.bulk_create(measures, batch_size=5000)
        ids = Measure.objects.filter(item__inspection__round=rnd).values_list("pk", flat=True)
        ProgressNote.objects.bulk_create(
            [
                ProgressNote(measure_id=pk, date=today, text=note_text(i), status_after="in_progress")
                for i, pk in enumerate(ids)
                if i % 2 == 0
            ],
            batch_size=5000,
        )
        measures_refresh_warning_inputs(measure_ids=ids)  # bulk_create skipped save()
    return rnd


def export(rnd, user) -> int:
    from excel.services import ledger_export

    result = ledger_export(user=user, filters={"round": rnd.pk})
    with result.file as f:
        f.seek(0, os.SEEK_END)
        assert result.measures > 0
        return f.tell()


def floor(size: int) -> int:
    """openpyxl write-only, the same rows x 14 columns of comparable values, no styles, no database."""
    from openpyxl import Workbook

    today = date.today()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("floor")
    for n in range(size):
        ws.append(
            [
                n,
                "（1）第1方面存在的问题",
                "1.问题1：工作落实不到位，存在形式主义倾向，制度执行不够严格",
                measure_text(n),
                "张三",
                "区委办公室",
                "区委组织部、区委宣传部、区财政局",
                today,
                note_text(n) if n % 2 == 0 else None,
                "正在推进",
                "否",
                None,
                n,
                1,
            ]
        )
    with tempfile.TemporaryFile() as out:
        wb.save(out)
        return out.tell()


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def timed(fn, *args):
    gc.collect()
    rss = maxrss_mb()
    started = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - started, maxrss_mb() - rss, result


def traced_peak(fn, *args) -> float:
    gc.collect()
    tracemalloc.start()
    try:
        fn(*args)
        return tracemalloc.get_traced_memory()[1] / 1048576
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated numbers of measures")
    parser.add_argument("--large", action="store_true", help="add the 100,000-measure case")
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the second, traced run of each size")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.large and 100000 not in sizes:
        sizes.append(100000)
    with tempfile.TemporaryDirectory(prefix="taizhang-bench-") as folder:
        setup_django(folder)
        from accounts.roles import Role
        from accounts.services import user_create

        admin = user_create(username="bench", password=None, role=Role.ADMIN)
        print(
            f"{'measures':>9} {'sheets':>6} {'setup s':>8} {'export s':>9} {'floor s':>8} {'x floor':>8} "
            f"{'peak MiB':>9} {'floor MiB':>10} {'x floor':>8} {'rss +MiB':>9} {'file MiB':>9}"
        )
        for tag, size in enumerate(sizes, 1):
            started = time.perf_counter()
            rnd = create_ledger(size, tag)
            setup = time.perf_counter() - started
            seconds, rss, size_bytes = timed(export, rnd, admin)
            floor_seconds, _, _ = timed(floor, size)
            if args.no_tracemalloc:
                peak = floor_peak = float("nan")
            else:
                peak = traced_peak(export, rnd, admin)
                floor_peak = traced_peak(floor, size)
            sheets = (size + PER_INSPECTION - 1) // PER_INSPECTION
            print(
                f"{size:>9} {sheets:>6} {setup:>8.1f} {seconds:>9.2f} {floor_seconds:>8.2f} "
                f"{seconds / floor_seconds:>8.2f} {peak:>9.1f} {floor_peak:>10.1f} {peak / floor_peak:>8.2f} "
                f"{rss:>9.1f} {size_bytes / 1048576:>9.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
