"""Similar problems (共性问题) and categories, measured on the seed corpus and synthetic rounds.

    .venv/bin/python bench/similarity.py [--sizes 5000,100000] [--no-timing]

1. Quality: the labelled pairs of tests/similarity/data/pairs.json scored by similarity.engine (fitted on every
   item title the importer parses from ../shared/seeds): precision and recall at SAME_PROBLEM_THRESHOLD, the
   threshold the rule "highest with recall ≥ 0.7" picks, and a precision/recall table over thresholds.
2. Categories: similarity.categorize.classify on tests/similarity/data/categories.json (accuracy, all and held-out).
3. Time: similarity.services.similarity_refresh on the seed corpus imported into a throwaway database, and on
   synthetic rounds of --sizes items (SQLite in a temporary folder unless DATABASE_URL is set).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT.parent / "shared" / "seeds"
DATA = ROOT / "tests" / "similarity" / "data"


@cache
def seed_titles():
    from imports.parsing import parse_file

    titles: dict[tuple[str, str, str], str] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for document in parse_file(path).documents:
            for inspection in document.inspections:
                stack = list(inspection.items)
                while stack:
                    item = stack.pop()
                    titles[(path.name[:3], inspection.unit, item.title)] = item.title
                    stack.extend(item.children)
    return titles


def quality(titles) -> None:
    from similarity import engine
    from similarity.evaluation import choose_threshold, pr_table, precision_recall

    pairs = json.loads((DATA / "pairs.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    index = engine.ProblemIndex({k: engine.problem_text(t, "") for k, t in titles.items()})
    fitted = time.perf_counter() - started
    scores = [index.score(p["a"]["text"], p["b"]["text"]) for p in pairs]
    same = [p["same"] for p in pairs]
    print(
        f"labelled pairs: {len(pairs)} ({sum(same)} same); index fitted on {len(titles)} seed titles in {fitted:.2f} s"
    )
    at = precision_recall(scores, same, engine.SAME_PROBLEM_THRESHOLD)
    print(
        f"at SAME_PROBLEM_THRESHOLD={engine.SAME_PROBLEM_THRESHOLD}: precision {at.precision:.3f}, "
        f"recall {at.recall:.3f} (tp {at.true_positives}, fp {at.false_positives}, fn {at.false_negatives})"
    )
    chosen = choose_threshold(scores, same)
    print(f"highest threshold with recall >= 0.7: {chosen.threshold:.2f} (precision {chosen.precision:.3f})")
    print("threshold  precision  recall")
    for row in pr_table(scores, same, [t / 100 for t in range(10, 75, 5)]):
        print(f"  {row.threshold:.2f}     {row.precision:.3f}     {row.recall:.3f}")


def categories() -> None:
    try:
        from similarity.categorize import classify
    except ImportError:
        print("categories: similarity.categorize not present")
        return
    from ledger.categories_default import DEFAULT_CATEGORIES

    rows = json.loads((DATA / "categories.json").read_text(encoding="utf-8"))
    right = sum(classify(r["text"], r["aspect"], DEFAULT_CATEGORIES) == r["category"] for r in rows)
    print(f"categories (rules only, no examples): {right}/{len(rows)} = {right / len(rows):.1%}")


def setup_django(folder: str) -> None:
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def peak_mb() -> float:
    """Peak resident memory of this process (Linux: ru_maxrss in KiB). It only grows: run one size per process
    (--sizes 100000) for the peak of that size alone."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, fn):
    """Wall time, and this process's CPU time: on a shared machine the second is what the work costs."""
    started, cpu = time.perf_counter(), time.process_time()
    result = fn()
    print(f"  {label}: {time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} s CPU {result}")
    return result


def seeds_timing() -> None:
    from django.db import transaction

    from imports.parsing import parse_file
    from imports.persistence import import_parsed
    from ledger.models import FeedbackItem, InspectionRound
    from similarity import receivers
    from similarity.services import similarity_refresh

    with transaction.atomic():  # the refresh the import schedules is measured below instead
        import_parsed([parse_file(p) for p in sorted(SEEDS.glob("*.txt"))])
        receivers._pending().clear()
        transaction.set_rollback(False)
    print(f"seed corpus: {FeedbackItem.objects.count()} items")
    timed("whole corpus", lambda: similarity_refresh())
    rnd = InspectionRound.objects.get(inspecting_body="辽宁省委", term=13, round_no=4)
    timed(
        f"round {rnd} ({FeedbackItem.objects.filter(inspection__round=rnd).count()} items)",
        lambda: similarity_refresh(inspections=rnd.inspections.all()),
    )
    one = rnd.inspections.order_by("pk").first()
    timed(
        f"one inspection ({one.items.count()} items, what an import or edit refreshes)",
        lambda one=one: similarity_refresh(inspections=[one]),
    )
    wipe()


def wipe() -> None:
    from django.db import connection

    from ledger.models import Inspection, InspectionRound, Measure, Unit
    from similarity.models import SimilarPair

    SimilarPair.objects.all().delete()
    Measure.objects.all().delete()  # the seeds' measures (with their notes and evidence) point at the items
    with connection.cursor() as cursor:
        for table in ("ledger_historicalfeedbackitem", "ledger_feedbackitem"):
            cursor.execute(f"DELETE FROM {table}")  # noqa: S608 (fixed names)
    Inspection.objects.all().delete()
    InspectionRound.objects.all().delete()
    Unit.objects.filter(parent__isnull=False).delete()
    Unit.objects.all().delete()


def synthetic(size: int, *, units: int = 50, per_unit: int = 100):
    """Rounds of `units` county units × `per_unit` items, worded like the seeds (their titles, drawn at random),
    the same units inspected again each round; flat items, written in bulk (no history: only the refresh is timed)."""
    import random

    from ledger.choices import Level, UnitKind
    from ledger.models import FeedbackItem, Inspection, InspectionRound, Unit

    titles = sorted(set(seed_titles().values()))
    rng = random.Random(15)
    rounds = max(1, size // (units * per_unit))
    people = [
        Unit.objects.create(
            name=f"合成{i}区委", full_name=f"中共合成市合成{i}区委", kind=UnitKind.COUNTY, path=f"/{i}/"
        )
        for i in range(units)
    ]
    inspections = []
    for r in range(rounds):
        rnd = InspectionRound.objects.create(inspecting_body="合成省委", level=Level.XUNSHI, term=1, round_no=r + 1)
        inspections += Inspection.objects.bulk_create(
            [
                Inspection(unit=u, round=rnd, group="合成组", feedback_date=date(2020, 1, 1) + timedelta(days=40 * r))
                for u in people
            ]
        )
    FeedbackItem.objects.bulk_create(
        [
            FeedbackItem(inspection=insp, position=p + 1, title=rng.choice(titles))
            for insp in inspections
            for p in range(per_unit)
        ],
        batch_size=5000,
    )
    return rounds, inspections


def synthetic_timing(sizes: list[int]) -> None:
    from ledger.models import FeedbackItem
    from similarity.models import SimilarPair
    from similarity.services import similarity_refresh

    for size in sizes:
        rounds, inspections = synthetic(size)
        n = FeedbackItem.objects.count()
        print(f"synthetic: {n} items, {rounds} round(s) of {len(inspections) // rounds} units")
        timed("full refresh", lambda: similarity_refresh())
        print(f"  pairs stored: {SimilarPair.objects.count()} ({SimilarPair.objects.count() / n:.1f} per item)")
        last = inspections[-1].round
        timed(
            f"one round ({last.inspections.count()} inspections)",
            lambda last=last: similarity_refresh(inspections=last.inspections.all()),
        )
        one = inspections[-1]
        timed("one inspection, all of it", lambda one=one: similarity_refresh(inspections=[one]))
        timed(
            "one inspection, the request's part after an edit (across_rounds=False)",
            lambda one=one: similarity_refresh(inspections=[one], across_rounds=False),
        )
        print(f"  peak memory of this process so far: {peak_mb():.0f} MB")
        wipe()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="5000,100000")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--no-seeds", action="store_true", help="skip importing the seed corpus for its timing")
    args = parser.parse_args()
    titles = seed_titles()
    quality(titles)
    categories()
    if args.no_timing:
        return
    with tempfile.TemporaryDirectory() as folder:
        setup_django(folder)
        if not args.no_seeds:
            seeds_timing()
        synthetic_timing([int(s) for s in args.sizes.split(",") if s])


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    main()
