"""Pure similarity of problem statements (no Django): character n-gram TF-IDF and cosine similarity.

ProblemIndex is fitted on a corpus of texts (its vocabulary and idf); score() compares any two texts with them.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer

# Two items at or above this cosine state the same problem (chosen on the labelled pairs: bench/similarity.py).
SAME_PROBLEM_THRESHOLD: float = 0.5

# Wording every problem statement shares, which says nothing about which problem it is.
BOILERPLATE = (
    "方面",
    "问题",
    "存在",
    "不够",
    "不到位",
    "有差距",
    "仍有",
    "一些",
    "部分",
)
_BOILERPLATE_RE = re.compile("|".join(map(re.escape, sorted(BOILERPLATE, key=len, reverse=True))))
_NOISE_RE = re.compile(r"[\s\d０-９a-zA-Z（）()、，,。．.；;：:“”\"'‘’《》〈〉【】\[\]！!？?\-—…·/]+")


def problem_text(title: str, text: str) -> str:
    """What is compared: the problem's title (the statement) — the full text repeats examples and figures."""
    return (title or text or "").strip()


def normalize(text: str) -> str:
    return _NOISE_RE.sub(" ", _BOILERPLATE_RE.sub(" ", text)).strip()


class ProblemIndex:
    def __init__(self, texts: Mapping[Hashable, str], *, ngram_range: tuple[int, int] = (1, 3)):
        self.keys: list[Hashable] = list(texts)
        self._position = {k: i for i, k in enumerate(self.keys)}
        self.vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=ngram_range, preprocessor=normalize, sublinear_tf=True, dtype=np.float32
        )
        corpus = [texts[k] for k in self.keys]
        # An empty corpus still gets a vocabulary so score() works (on nothing in common).
        self.matrix = self.vectorizer.fit_transform(corpus or ["　"])[: len(corpus)]

    def vectors(self, texts: Iterable[str]) -> csr_matrix:
        return self.vectorizer.transform(list(texts))

    def score(self, a_text: str, b_text: str) -> float:
        m = self.vectors([a_text, b_text])
        return float(np.clip(m[0].multiply(m[1]).sum(), 0.0, 1.0))

    def similarities(self, rows: list[Hashable] | None = None) -> csr_matrix:
        """Cosine similarities of the given keys' rows with every key (sparse: rows × all keys)."""
        sub = self.matrix if rows is None else self.matrix[[self._position[k] for k in rows]]
        return (sub @ self.matrix.T).tocsr()

    def neighbours(self, key: Hashable, *, threshold: float = SAME_PROBLEM_THRESHOLD, limit: int = 20):
        row = self.similarities([key]).getrow(0)
        own = self._position[key]
        found = [
            (self.keys[j], float(s)) for j, s in zip(row.indices, row.data, strict=True) if j != own and s >= threshold
        ]
        found.sort(key=lambda t: -t[1])
        return found[:limit]

    def pairs(self, keys: list[Hashable] | None = None, *, threshold: float = SAME_PROBLEM_THRESHOLD):
        """Every unordered pair among `keys` (default all) at or above the threshold: (key_a, key_b, score)."""
        keys = self.keys if keys is None else keys
        positions = [self._position[k] for k in keys]
        sub = self.matrix[positions]
        sims = (sub @ sub.T).tocoo()
        mask = (sims.row < sims.col) & (sims.data >= threshold)
        return [
            (keys[i], keys[j], float(s))
            for i, j, s in zip(sims.row[mask], sims.col[mask], sims.data[mask], strict=True)
        ]

    def clusters(self, keys: list[Hashable] | None = None, *, threshold: float = SAME_PROBLEM_THRESHOLD):
        """Groups of keys linked by pairs at or above the threshold (connected components), largest first."""
        keys = self.keys if keys is None else list(keys)
        pairs = self.pairs(keys, threshold=threshold)
        index = {k: i for i, k in enumerate(keys)}
        rows = [index[a] for a, _, _ in pairs]
        cols = [index[b] for _, b, _ in pairs]
        graph = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(keys), len(keys)))
        _, labels = connected_components(graph, directed=False)
        groups: dict[int, list[Hashable]] = {}
        for k, label in zip(keys, labels, strict=True):
            groups.setdefault(label, []).append(k)
        return sorted((g for g in groups.values() if len(g) > 1), key=len, reverse=True)
