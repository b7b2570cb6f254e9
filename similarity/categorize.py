"""Problem category of a feedback item: keyword rules first, then the nearest already-assigned items.

Pure Python (no Django): the caller passes the taxonomy as (name, keywords) pairs, e.g. ledger.categories_default or
the rows of ProblemCategory, and may pass items already assigned (a person's choice counts as an example).

Rules: feedback titles state their main problem first ("落实全面从严治党战略部署不力，重点领域廉政风险突出"), so a
keyword found early in the title weighs more than one found late, and a longer keyword more than a shorter one it
contains (longest match wins a span: "整改主体责任" is rectification, not "主体责任"). The aspect an item sits under
("全面从严治党，落实“两个责任”方面", "打造“公平竞争”的经营环境方面") votes too, with less weight than the title, so a
sub-problem naming its own subject ("严格落实中央八项规定精神") keeps it. When examples are given, the categories of the
most similar examples are added as votes: a category people assigned to similar wordings outweighs a weak keyword.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

Keywords = str | Iterable[str]

# Tuned on the dev half of tests/similarity/data/categories.json (bench/categorize.py prints both halves).
ASPECT_WEIGHT = 0.6  # an aspect keyword counts this much of a title keyword
ASPECT_CAP = 6.0  # and an aspect gives one category at most this much (a long aspect lists many subjects)
POSITION_SCALE = 24.0  # a keyword this many characters into the title counts half
NEIGHBOURS = 7  # examples that vote
NEIGHBOUR_WEIGHT = 3.0  # total vote of the nearest examples, in keyword-characters
MIN_SIMILARITY = 0.2  # examples less similar than this do not vote

_HAN = re.compile(r"[\u3400-\u9fff0-9A-Za-z+]+")
# Wrappers around a problem's own words in progress reports: 关于“……”问题的整改, 在……方面, 针对“……”.
_LEAD = re.compile(r"^(?:关于对|关于|针对|在)[“\"‘]?")
_TAIL = re.compile(r"[”\"’]?(?:等)?(?:(?:问题|方面)(?:的)?(?:整改(?:进展)?情况|整改)?(?:整改措施)?)?[:：]?$")


def core(text: str) -> str:
    """The problem's own words: without the report's wrapper (关于“……”问题的整改), so that it neither votes for
    rectification nor makes every item of one report look alike."""
    text = text.strip()
    stripped = _TAIL.sub("", _LEAD.sub("", text)).strip("“”\"‘’。，, ")
    return stripped or text


def keyword_list(keywords: Keywords) -> list[str]:
    """Keywords as given: a list, or text with one keyword per line (ProblemCategory.keywords)."""
    if isinstance(keywords, str):
        keywords = keywords.splitlines()
    return [k.strip() for k in keywords if k and k.strip()]


def bigrams(text: str) -> list[str]:
    return [run[i : i + 2] for run in _HAN.findall(text) for i in range(len(run) - 1)]


def bigram_similarity(a: str, b: str) -> float:
    """Cosine of the two texts' sets of character bigrams (0..1), unweighted."""
    x, y = set(bigrams(a)), set(bigrams(b))
    if not x or not y:
        return 0.0
    return len(x & y) / math.sqrt(len(x) * len(y))


class Categorizer:
    """The taxonomy's rules and the assigned examples, prepared once for classifying many items.

    Without a scorer, examples are compared by idf-weighted cosine of character bigrams (the idf over the examples,
    so wordings every item shares, 落实/不够/到位, count little), looked up through an inverted index."""

    def __init__(
        self,
        categories: Sequence[tuple[str, Keywords]],
        examples: Sequence[tuple[str, str]] = (),
        *,
        scorer: Callable[[str, str], float] | None = None,
    ):
        self.order = {name: i for i, (name, _) in enumerate(categories)}
        self.keywords = sorted(
            ((kw, name) for name, kws in categories for kw in keyword_list(kws)), key=lambda c: len(c[0]), reverse=True
        )
        self.examples = [(core(text), name) for text, name in examples if text and name in self.order]
        self.scorer = scorer
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.idf: dict[str, float] = {}
        if self.examples and scorer is None:
            df: Counter = Counter()
            grams = [set(bigrams(text)) for text, _ in self.examples]
            for g in grams:
                df.update(g)
            n = len(grams)
            self.idf = {g: math.log((n + 1) / (c + 0.5)) for g, c in df.items()}
            for i, g in enumerate(grams):
                norm = math.sqrt(sum(self.idf[x] ** 2 for x in g)) or 1.0
                for x in g:
                    self.postings[x].append((i, self.idf[x] / norm))

    def rule_scores(self, text: str) -> dict[str, float]:
        """Score of each category from its keywords in text: longest match first, earlier and longer weigh more."""
        taken = [False] * len(text)
        scores: dict[str, float] = defaultdict(float)
        for kw, name in self.keywords:
            start = text.find(kw)
            while start >= 0:
                end = start + len(kw)
                if not any(taken[start:end]):
                    taken[start:end] = [True] * len(kw)
                    scores[name] += len(kw) / (1 + start / POSITION_SCALE)
                start = text.find(kw, end)
        return scores

    def similar(self, text: str) -> list[tuple[float, str]]:
        """(similarity, category) of the nearest examples, most similar first."""
        if self.scorer is not None:
            ranked = [(self.scorer(text, ex), name) for ex, name in self.examples]
        else:
            grams = set(bigrams(text))
            weights = {g: self.idf.get(g, 0.0) for g in grams}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            acc: dict[int, float] = defaultdict(float)
            for g, w in weights.items():
                for i, v in self.postings.get(g, ()):
                    acc[i] += v * w / norm
            ranked = [(s, self.examples[i][1]) for i, s in acc.items()]
        ranked.sort(reverse=True)
        return [(s, name) for s, name in ranked[:NEIGHBOURS] if s >= MIN_SIMILARITY]

    def scores(self, text: str, aspect: str = "") -> dict[str, float]:
        text = core(text)
        scores = self.rule_scores(text)
        for name, value in self.rule_scores(core(aspect or "")).items():
            scores[name] += ASPECT_WEIGHT * min(value, ASPECT_CAP)
        nearest = self.similar(text) if self.examples else []
        total = sum(s for s, _ in nearest)
        for s, name in nearest:
            scores[name] += NEIGHBOUR_WEIGHT * s * s / total  # the nearest speak loudest
        return scores

    def classify(self, text: str, aspect: str = "") -> str | None:
        scores = self.scores(text, aspect)
        if not scores:
            return None
        return max(scores, key=lambda name: (scores[name], -self.order.get(name, 0)))  # ties: listed first


def classify(
    text: str,
    aspect: str,
    categories: Sequence[tuple[str, Keywords]],
    examples: Sequence[tuple[str, str]] = (),
    *,
    scorer: Callable[[str, str], float] | None = None,
) -> str | None:
    """The category name for an item (its title, or title and text), or None when nothing points to one.

    `categories` are (name, keywords) in display order; `examples` are (text, category name) of items already
    assigned; `scorer(a, b) -> 0..1` compares texts (e.g. similarity.engine.ProblemIndex.score), idf-weighted character
    bigrams when not given. To classify many items, build one Categorizer and call its classify()."""
    return Categorizer(categories, examples, scorer=scorer).classify(text, aspect)
