"""The hand-read problem pairs: tied to the corpus, hard enough to mean something, and the engine agrees with them.

The engine's figures are those bench/similarity.py printed for these 406 pairs at SAME_PROBLEM_THRESHOLD = 0.33
(precision 0.954, recall 0.650; at 0.25: 0.948 / 0.782), rounded down a little.
"""

from __future__ import annotations

import pytest

from similarity.categorize import bigrams, core
from tests.imports.parsing.seeds import SEEDS, parsed, require_seeds
from tests.similarity.labelled import pairs, titles_by_unit

SEED_PREFIXES = sorted({side.seed for pair in pairs() for side in (pair.a, pair.b)})


def test_pairs_are_enough_and_from_different_units():
    rows = pairs()
    assert len(rows) >= 150
    assert sum(pair.same for pair in rows) >= 60
    assert sum(not pair.same for pair in rows) >= 60
    seen: dict[frozenset, bool] = {}
    for pair in rows:
        assert (pair.a.seed, pair.a.unit) != (pair.b.seed, pair.b.unit), pair
        assert pair.note.strip(), pair
        key = frozenset({(pair.a.seed, pair.a.unit, pair.a.text), (pair.b.seed, pair.b.unit, pair.b.text)})
        assert key not in seen, f"重复的标注：{pair}"
        seen[key] = pair.same
    # mostly within one round (seed 001's 49 districts, seed 000's 河南 and 天津 rounds), some across documents
    by_seed = {(pair.a.seed, pair.b.seed) for pair in rows}
    assert ("001", "001") in by_seed and ("000", "000") in by_seed
    assert any(a != b for a, b in by_seed)


def test_labels_are_transitively_consistent():
    """Two texts each the same problem as a third are not labelled different from each other."""
    same_as: dict[tuple, set] = {}
    for pair in pairs():
        if pair.same:
            a, b = (pair.a.unit, pair.a.text), (pair.b.unit, pair.b.text)
            same_as.setdefault(a, set()).add(b)
            same_as.setdefault(b, set()).add(a)
    for pair in pairs():
        if not pair.same:
            a, b = (pair.a.unit, pair.a.text), (pair.b.unit, pair.b.text)
            assert not (same_as.get(a, set()) & same_as.get(b, set())), pair


def test_negatives_are_hard():
    """Most "different" pairs share wording (a subject, an aspect), so they test more than word overlap."""
    different = [pair for pair in pairs() if not pair.same]
    sharing = [pair for pair in different if set(bigrams(core(pair.a.text))) & set(bigrams(core(pair.b.text)))]
    assert len(sharing) / len(different) >= 0.6


@pytest.mark.parametrize("seed", SEED_PREFIXES)
def test_every_labelled_text_is_a_parsed_item_of_its_unit(seed):
    require_seeds()
    found = titles_by_unit(parsed(seed))
    sides = [side for pair in pairs() for side in (pair.a, pair.b) if side.seed == seed]
    missing = [(side.unit, side.text[:40]) for side in sides if side.text not in found.get(side.unit, ())]
    assert sides and not missing, f"{len(missing)} labelled texts not found in seed {seed}: {missing[:5]}"


def test_engine_precision_and_recall_at_the_threshold():
    engine = pytest.importorskip("similarity.engine")
    evaluation = pytest.importorskip("similarity.evaluation")
    require_seeds()
    titles = {}
    for path in sorted(SEEDS.glob("*.txt")):
        for unit, found in titles_by_unit(parsed(path.name[:3])).items():
            for title in found:
                titles[(path.name[:3], unit, title)] = engine.problem_text(title, "")
    index = engine.ProblemIndex(titles)
    rows = pairs()
    scores = [index.score(engine.problem_text(p.a.text, ""), engine.problem_text(p.b.text, "")) for p in rows]
    result = evaluation.precision_recall(scores, [p.same for p in rows], engine.SAME_PROBLEM_THRESHOLD)
    assert result.precision >= 0.93, result
    assert result.recall >= 0.64, result
