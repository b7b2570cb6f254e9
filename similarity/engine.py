"""Pure similarity of problem statements (no Django): character n-gram TF-IDF and cosine similarity.

Why this model (measured by bench/similarity.py on the labelled pairs in tests/similarity/data/): character
1–3-grams need no segmenter or dictionary, are robust to the many ways one problem is phrased, and scored better
than jieba words at the precision we need while being ~10× cheaper to compute; n-grams found in more than
MAX_DF of the texts (落实, 责任, 工作 …) are dropped, which loses little quality and keeps the similarity matrix
sparse, so a round of thousands of items is compared with one sparse product.

ProblemIndex is fitted on a corpus (vocabulary and idf); score() compares any two texts with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping, Sequence

import numpy as np
from scipy.sparse import csr_matrix

# Two items at or above this cosine state the same problem. On the 406 labelled pairs (bench/similarity.py):
# precision 0.96, recall 0.75. The highest threshold keeping recall >= 0.7 is 0.32; 0.30 keeps a margin
# for the next labelled pairs while staying precise (labelled "different" pairs are hard cases).
SAME_PROBLEM_THRESHOLD: float = 0.30

# n-grams in more than this share of the texts carry no information about which problem is meant.
MAX_DF = 0.05
# Rows compared per sparse product, bounding memory on large sets.
CHUNK_ROWS = 2000

# Wording shared by problem statements that says nothing about which problem it is (measured: stripping it
# raised recall at equal precision on the labelled pairs). Longest first, so phrases win over their parts.
BOILERPLATE = (
    "着力解决",
    "进一步",
    "有差距",
    "有短板",
    "薄弱环节",
    "方面",
    "问题",
    "存在",
    "不够",
    "不到位",
    "仍有",
    "一些",
    "部分",
    "关于",
    "针对",
    "加强",
    "加大",
    "切实",
    "严格",
    "认真",
    "积极",
    "着力",
    "推动",
    "落实",
    "贯彻",
    "执行",
    "工作",
    "力度",
    "不力",
    "不足",
    "不严",
    "不实",
    "不高",
    "在",
    "的",
)
_BOILERPLATE_RE = re.compile("|".join(map(re.escape, sorted(BOILERPLATE, key=len, reverse=True))))
_NOISE_RE = re.compile(r"[\s\d０-９a-zA-Z（）()、，,。．.；;：:“”\"'‘’《》〈〉【】\[\]！!？?\-—…·/]+")


def problem_text(title: str, text: str) -> str:
    """What is compared: the problem's title (its statement); the body adds examples and figures, not meaning."""
    return (title or "").strip() or (text or "").strip()[:200]


def normalize(text: str) -> str:
    return _NOISE_RE.sub(" ", _BOILERPLATE_RE.sub(" ", text)).strip()


def ngrams(text: str) -> list[str]:
    """Character 1–3-grams of each run of text left between boilerplate and punctuation (never across a gap).

    Written out rather than sklearn's char_wb analyzer: a third faster, and without its word-edge padding,
    which scored worse on the labelled pairs."""
    out: list[str] = []
    for run in normalize(text).split():
        n = len(run)
        out.extend(run)
        out.extend(run[i : i + 2] for i in range(n - 1))
        out.extend(run[i : i + 3] for i in range(n - 2))
    return out


class ProblemIndex:
    """TF-IDF vectors of a set of texts by key; compares them in sparse products, chunk by chunk."""

    def __init__(
        self,
        texts: Mapping[Hashable, str],
        *,
        max_df: float = MAX_DF,
        vocabulary: tuple[Sequence[str], Sequence[float]] | None = None,
    ):
        """Fitted on `texts`, or given the n-grams and idf of an earlier fit (`vocabulary`, see .vocabulary()):
        then texts are only vectorised, and score as they did in that fit (n-grams it did not keep count nothing)."""
        # Imported here: scikit-learn takes over a second to import, and every process that loads the admin or the
        # Excel export reaches this module without necessarily computing anything.
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.keys: list[Hashable] = list(texts)
        self._position = {k: i for i, k in enumerate(self.keys)}
        corpus = [texts[k] for k in self.keys]
        if vocabulary is not None and len(vocabulary[0]):
            grams, idf = vocabulary
            self.vectorizer = TfidfVectorizer(
                analyzer=ngrams, sublinear_tf=True, vocabulary=list(grams), dtype=np.float32
            )
            self.vectorizer.idf_ = np.asarray(idf, dtype=np.float64)
            self.matrix = self.vectorizer.transform(corpus).tocsr()
            return
        # A tiny corpus cannot drop "frequent" n-grams: every n-gram is frequent in two texts.
        self.vectorizer = TfidfVectorizer(
            analyzer=ngrams,
            sublinear_tf=True,
            max_df=max_df if len(corpus) >= 200 else 1.0,
            dtype=np.float32,
        )
        try:
            self.matrix = self.vectorizer.fit_transform(corpus).tocsr()
        except ValueError:  # nothing but boilerplate: an empty vocabulary
            self.vectorizer = TfidfVectorizer(analyzer=list, dtype=np.float32)
            self.vectorizer.fit(["　"])
            self.matrix = csr_matrix((len(corpus), 1), dtype=np.float32)

    def vocabulary(self) -> tuple[list[str], list[float]]:
        """The fitted n-grams and their idf, in column order: what ProblemIndex(vocabulary=…) takes back."""
        grams = sorted(self.vectorizer.vocabulary_, key=self.vectorizer.vocabulary_.get)
        return grams, [float(x) for x in self.vectorizer.idf_]

    def __contains__(self, key: Hashable) -> bool:
        return key in self._position

    def vectors(self, texts: Sequence[str]) -> csr_matrix:
        return self.vectorizer.transform(list(texts)).tocsr()

    def rows(self, keys: Sequence[Hashable]) -> csr_matrix:
        return self.matrix[[self._position[k] for k in keys]]

    def score(self, a_text: str, b_text: str) -> float:
        m = self.vectors([a_text, b_text])
        return float(np.clip(m[0].multiply(m[1]).sum(), 0.0, 1.0))

    def neighbours(
        self, key: Hashable, *, threshold: float = SAME_PROBLEM_THRESHOLD, limit: int = 20
    ) -> list[tuple[Hashable, float]]:
        found = [(b, s) for _, b, s in self.pairs([key], self.keys, threshold=threshold)]
        found.sort(key=lambda t: (-t[1], str(t[0])))
        return found[:limit]

    def pairs(
        self,
        keys: Sequence[Hashable] | None = None,
        other: Sequence[Hashable] | None = None,
        *,
        threshold: float = SAME_PROBLEM_THRESHOLD,
        group: Callable[[Hashable], Hashable] | None = None,
        limit: int | None = None,
    ) -> list[tuple[Hashable, Hashable, float]]:
        """Pairs at or above the threshold: among `keys` (each unordered pair once), or between `keys` and
        `other` (a key is never paired with itself). Pairs whose keys have the same `group(key)` are skipped.
        With `limit`, each key of `keys` keeps only its `limit` best pairs."""
        keys = self.keys if keys is None else list(keys)
        within = other is None
        other = keys if within else list(other)
        if not keys or not other:
            return []
        right = self.rows(other).T.tocsc()
        groups_right = np.array([group(k) for k in other], dtype=object) if group else None
        found: list[tuple[Hashable, Hashable, float]] = []
        for start in range(0, len(keys), CHUNK_ROWS):
            chunk = keys[start : start + CHUNK_ROWS]
            sims = (self.rows(chunk) @ right).tocoo()
            rows, cols, data = sims.row, sims.col, sims.data
            keep = data >= threshold - 1e-6
            if within:
                keep &= rows + start < cols
            rows, cols, data = rows[keep], cols[keep], data[keep]
            if group is not None:
                groups_left = np.array([group(k) for k in chunk], dtype=object)
                keep = groups_left[rows] != groups_right[cols]
                rows, cols, data = rows[keep], cols[keep], data[keep]
            if limit is not None and len(data):
                order = np.lexsort((-data, rows))  # by row, best first
                rows, cols, data = rows[order], cols[order], data[order]
                first = np.searchsorted(rows, rows)  # index of each row's first entry
                keep = np.arange(len(rows)) - first < limit
                rows, cols, data = rows[keep], cols[keep], data[keep]
            for r, c, s in zip(rows.tolist(), cols.tolist(), data.tolist(), strict=True):
                a, b = chunk[r], other[c]
                if a == b:
                    continue
                found.append((a, b, min(float(s), 1.0)))
        return found

    def clusters(
        self,
        keys: Sequence[Hashable] | None = None,
        *,
        threshold: float = SAME_PROBLEM_THRESHOLD,
        group: Callable[[Hashable], Hashable] | None = None,
        pairs: Sequence[tuple[Hashable, Hashable, float]] | None = None,
    ) -> list[list[Hashable]]:
        """Groups of keys stating one problem, largest first, each led by its most central key.

        Star clustering: the key most similar to the most others leads a cluster of its unassigned neighbours,
        then the next. Every member is similar to its leader, so a cluster never drifts through a chain of
        near-neighbours (which connected components do: they merge a whole round into one cluster).
        """
        keys = self.keys if keys is None else list(keys)
        if pairs is None:
            pairs = self.pairs(keys, threshold=threshold, group=group)
        return star_clusters(keys, pairs, threshold=threshold)


def star_clusters(
    keys: Sequence[Hashable], pairs: Sequence[tuple[Hashable, Hashable, float]], *, threshold: float
) -> list[list[Hashable]]:
    """Leaders first: the key similar to the most others leads, then the next key none of the leaders so far
    is similar to, and so on; then every other key joins the leader it is most similar to."""
    neighbours: dict[Hashable, dict[Hashable, float]] = {}
    for a, b, s in pairs:
        if s >= threshold:
            neighbours.setdefault(a, {})[b] = s
            neighbours.setdefault(b, {})[a] = s
    weight = {k: sum(n.values()) for k, n in neighbours.items()}
    order = sorted(neighbours, key=lambda k: (-weight[k], str(k)))
    covered: set[Hashable] = set()
    leaders: dict[Hashable, list[Hashable]] = {}
    for key in order:
        if key not in covered:
            leaders[key] = [key]
            covered.add(key)
            covered.update(neighbours[key])
    for key in order:
        if key in leaders:
            continue
        candidates = [(s, str(lead), lead) for lead, s in neighbours[key].items() if lead in leaders]
        if candidates:
            leaders[max(candidates, key=lambda c: (c[0], c[1]))[2]].append(key)
    clusters = [members for members in leaders.values() if len(members) > 1]
    clusters.sort(key=len, reverse=True)
    return clusters
