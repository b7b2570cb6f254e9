"""Where the similarity wins and loses on the labelled pairs: precision and recall at SAME_PROBLEM_THRESHOLD per
source of the pairs (seed 001's one round of districts, seed 000's 河南/天津 rounds, across documents), and the
labelled pairs it gets most wrong. Prints figures; asserts nothing. bench/similarity.py gives the overall table.

.venv/bin/python bench/labelled_pairs.py        # add -v to list the worst misses
"""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(verbose: bool) -> None:
    from similarity import engine
    from similarity.evaluation import precision_recall
    from tests.imports.parsing.seeds import SEEDS, parsed
    from tests.similarity.labelled import pairs, titles_by_unit

    started = time.perf_counter()
    titles = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for unit, found in titles_by_unit(parsed(path.name[:3])).items():
            for title in found:
                titles[(path.name[:3], unit, title)] = engine.problem_text(title, "")
    index = engine.ProblemIndex(titles)
    rows = pairs()
    scores = [index.score(engine.problem_text(p.a.text, ""), engine.problem_text(p.b.text, "")) for p in rows]
    elapsed = time.perf_counter() - started
    threshold = engine.SAME_PROBLEM_THRESHOLD

    def source(pair) -> str:
        if pair.a.seed == pair.b.seed == "001":
            return "seed 001 (49 districts, one round)"
        if pair.a.seed == pair.b.seed == "000":
            return "seed 000 (河南, 天津 rounds)"
        return "across documents"

    print(f"{len(rows)} labelled pairs, {sum(p.same for p in rows)} same; index of {len(titles)} seed titles; "
          f"{elapsed:.1f} s; threshold {threshold}")
    for name in sorted({source(p) for p in rows}):
        chosen = [(s, p.same) for s, p in zip(scores, rows, strict=True) if source(p) == name]
        pr = precision_recall([s for s, _ in chosen], [y for _, y in chosen], threshold)
        print(f"  {name}: {len(chosen)} pairs ({sum(y for _, y in chosen)} same): precision {pr.precision:.3f}, "
              f"recall {pr.recall:.3f} (fp {pr.false_positives}, fn {pr.false_negatives})")
    if verbose:
        ranked = sorted(zip(scores, rows, strict=True), key=lambda t: t[0] if t[1].same else -t[0])
        for s, p in ranked[:30]:
            if (s >= threshold) != p.same:
                print(f"  {s:.2f} {'same' if p.same else 'diff'}  {p.a.text[:30]} | {p.b.text[:30]}  ({p.note})")


if __name__ == "__main__":
    main("-v" in sys.argv)
