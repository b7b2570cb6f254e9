"""Pure measures of the similarity against labelled pairs (used by bench/similarity.py and the tests)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PrecisionRecall:
    threshold: float
    precision: float
    recall: float
    true_positives: int
    false_positives: int
    false_negatives: int


def precision_recall(scores: Sequence[float], same: Sequence[bool], threshold: float) -> PrecisionRecall:
    tp = sum(1 for s, y in zip(scores, same, strict=True) if y and s >= threshold)
    fp = sum(1 for s, y in zip(scores, same, strict=True) if not y and s >= threshold)
    fn = sum(1 for s, y in zip(scores, same, strict=True) if y and s < threshold)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return PrecisionRecall(threshold, precision, recall, tp, fp, fn)


def pr_table(scores: Sequence[float], same: Sequence[bool], thresholds: Sequence[float]) -> list[PrecisionRecall]:
    return [precision_recall(scores, same, t) for t in thresholds]


def choose_threshold(
    scores: Sequence[float], same: Sequence[bool], *, min_recall: float = 0.7, step: float = 0.01
) -> PrecisionRecall:
    """The highest threshold that keeps recall at least `min_recall`: as precise as the recall target allows.

    Labelled "different" pairs are hard cases (same subject, other problem); among all pairs of a round almost every
    pair differs, so the real precision at a threshold is lower than the labelled one, and we spend the recall
    margin on precision.
    """
    best = precision_recall(scores, same, 0.0)
    t = step
    while t < 1.0:
        pr = precision_recall(scores, same, round(t, 4))
        if pr.recall < min_recall:
            break
        best = pr
        t += step
    return best
