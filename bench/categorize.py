"""Accuracy of the automatic problem category (similarity.categorize) on the hand-read categories of seed items.

The labelled set (tests/similarity/data/categories.json) is split by unit: the dev half tuned the rules' weights, the
held-out half only measures, and the fresh units were labelled after tuning (the keywords were written while reading
the other two halves, so the fresh figure is the fairest). Examples (items already assigned) come from the dev half; on the dev half each item is
classified with the other dev items as examples (leave one out). Prints figures; asserts nothing.

.venv/bin/python bench/categorize.py        # add -v to list every wrong category
"""

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(verbose: bool) -> None:
    from ledger.categories_default import DEFAULT_CATEGORIES
    from similarity.categorize import Categorizer
    from tests.similarity.labelled import categorised, split_categorised

    dev, held, fresh = split_categorised()
    dev_examples = [(row.text, row.category) for row in dev]

    def run(rows, examples) -> tuple[int, int, Counter]:
        right, wrong = 0, Counter()  # wrong[(labelled, assigned)]
        for row in rows:
            # leave one out: an item is never its own example (nor are items of the same wording)
            own = [e for e in examples if e[0] != row.text]
            categorizer = shared if len(own) == len(examples) else Categorizer(DEFAULT_CATEGORIES, own)
            got = categorizer.classify(row.text, row.aspect)
            if got == row.category:
                right += 1
            else:
                wrong[(row.category, got)] += 1
                if verbose:
                    print(f"  {row.category} → {got}: {row.text[:50]}  〔{row.aspect[:24]}〕")
        return right, len(rows), wrong

    started = time.perf_counter()
    shared = Categorizer(DEFAULT_CATEGORIES)
    results = {"dev, rules only": run(dev, []), "held-out, rules only": run(held, [])}
    shared = Categorizer(DEFAULT_CATEGORIES, dev_examples)
    results["dev, rules + examples (leave one out)"] = run(dev, dev_examples)
    results["held-out, rules + dev examples"] = run(held, dev_examples)
    results["fresh, rules only"] = run(fresh, [])
    results["fresh, rules + dev examples"] = run(fresh, dev_examples)
    elapsed = time.perf_counter() - started
    everything = categorised()
    print(f"categories: {len(everything)} labelled items, {len({r.category for r in everything})} categories, "
          f"dev {len(dev)} / held-out {len(held)} (split by unit) / fresh {len(fresh)} (labelled after tuning)")
    for name, (right, total, wrong) in results.items():
        common = ", ".join(f"{a}→{b}×{n}" for (a, b), n in wrong.most_common(3))
        # 营商环境 items sit under aspects that name it, so they are easy: show the rest on their own
        easy = sum(n for (a, _), n in wrong.items() if a == "营商环境")
        rows = {"dev": dev, "held": held, "fresh": fresh}[name.split(",")[0].split("-")[0]]
        others = sum(row.category != "营商环境" for row in rows)
        print(f"  {name}: {right}/{total} = {right / total:.1%} (without 营商环境: "
              f"{(others - (total - right - easy)) / others:.1%} of {others})   most frequent errors: {common}")
    runs = [results[k] for k in ("dev, rules + examples (leave one out)", "held-out, rules + dev examples",
                                 "fresh, rules + dev examples")]
    print(f"  all, rules + examples: {sum(r[0] for r in runs) / sum(r[1] for r in runs):.1%}")
    print(f"classified {sum(t for _, t, _ in results.values())} items in {elapsed:.2f} s")


if __name__ == "__main__":
    main("-v" in sys.argv)
