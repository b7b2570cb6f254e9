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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = ROOT.parent / "shared" / "seeds"
DATA = ROOT / "tests" / "similarity" / "data"


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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="5000,100000")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    titles = seed_titles()
    quality(titles)
    categories()
    if args.no_timing:
        return
    with tempfile.TemporaryDirectory() as folder:
        from bench_timing import timing  # noqa: PLC0415

        timing(folder, [int(s) for s in args.sizes.split(",") if s])


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    main()
