"""The hand-read categories of seed items: tied to the corpus, and the automatic category agrees with them.

Thresholds are what bench/categorize.py measured (held-out 94.5 %, fresh 91.5 %, rules alone 93.7 % overall), rounded
down a little so a keyword edit that costs one or two items does not fail the suite, but a real regression does.
"""

from __future__ import annotations

from collections import Counter

import pytest

from ledger.categories_default import DEFAULT_CATEGORIES
from similarity.categorize import Categorizer, classify, core
from tests.imports.parsing.seeds import parsed, require_seeds
from tests.similarity.labelled import aspects_by_unit, categorised, split_categorised

NAMES = [name for name, _ in DEFAULT_CATEGORIES]


def accuracy(rows, categorizer: Categorizer) -> float:
    return sum(categorizer.classify(row.text, row.aspect) == row.category for row in rows) / len(rows)


def test_taxonomy_is_small_and_distinct():
    assert 10 <= len(NAMES) <= 16
    assert len(set(NAMES)) == len(NAMES)
    owners: dict[str, str] = {}
    for name, keywords in DEFAULT_CATEGORIES:
        assert keywords, name
        for kw in keywords:
            assert kw == kw.strip() and kw, name
            assert owners.setdefault(kw, name) == name, f"关键词“{kw}”同时属于{owners[kw]}和{name}"


def test_labelled_categories_are_enough_and_consistent():
    rows = categorised()
    assert len(rows) >= 300
    assert {row.category for row in rows} <= set(NAMES)
    assert len({row.category for row in rows}) == len(NAMES)  # every category has examples
    labels: dict[tuple, str] = {}
    for row in rows:
        key = (row.seed, row.unit, row.aspect, row.text)
        assert labels.setdefault(key, row.category) == row.category, f"矛盾的标注：{key}"
    assert len({(row.seed, row.unit) for row in rows}) >= 40


@pytest.mark.parametrize("seed", sorted({row.seed for row in categorised()}))
def test_every_labelled_item_is_a_parsed_item_of_its_unit(seed):
    require_seeds()
    found = aspects_by_unit(parsed(seed))
    missing = [
        (row.unit, row.text[:40])
        for row in categorised()
        if row.seed == seed and row.aspect not in found.get((row.unit, row.text), ())
    ]
    assert not missing, f"{len(missing)} labelled items not found in seed {seed}: {missing[:5]}"


def test_accuracy_on_held_out_and_fresh_units():
    dev, held, fresh = split_categorised()
    assert len(held) >= 300 and len(fresh) >= 100
    with_examples = Categorizer(DEFAULT_CATEGORIES, [(row.text, row.category) for row in dev])
    assert accuracy(held, with_examples) >= 0.93
    assert accuracy(fresh, with_examples) >= 0.89
    assert accuracy(categorised(), Categorizer(DEFAULT_CATEGORIES)) >= 0.92


def test_accuracy_per_category_on_held_out():
    """No category is left to chance: each is right on at least two thirds of its held-out items."""
    dev, held, _fresh = split_categorised()
    categorizer = Categorizer(DEFAULT_CATEGORIES, [(row.text, row.category) for row in dev])
    right, total = Counter(), Counter(row.category for row in held)
    for row in held:
        right[row.category] += categorizer.classify(row.text, row.aspect) == row.category
    weak = {name: f"{right[name]}/{n}" for name, n in total.items() if n >= 3 and right[name] / n < 2 / 3}
    assert not weak


TAXONOMY = [("作风", ["中央八项规定", "八项规定", "四风"]), ("从严治党", ["主体责任", "全面从严治党"]), ("整改", ["整改主体责任", "整改"])]


def test_longest_keyword_wins_its_span():
    assert classify("落实整改主体责任不到位", "", TAXONOMY) == "整改"
    assert classify("履行全面从严治党主体责任不到位", "", TAXONOMY) == "从严治党"


def test_headline_counts_more_than_a_later_clause():
    assert classify("违反中央八项规定精神问题多发，主体责任落实不到位", "", TAXONOMY) == "作风"
    assert classify("主体责任落实不到位，重点领域监督缺位，违反中央八项规定精神问题多发", "", TAXONOMY) == "从严治党"


def test_aspect_decides_a_title_without_keywords_but_not_one_with_its_own():
    assert classify("加强组织领导", "全面从严治党，落实“两个责任”方面", TAXONOMY) == "从严治党"
    assert classify("严格落实中央八项规定精神", "全面从严治党，落实“两个责任”方面", TAXONOMY) == "作风"


def test_examples_decide_when_no_keyword_matches_and_nothing_gives_none():
    examples = [("公车私用问题突出", "作风"), ("超标准公务接待", "作风"), ("巡察反馈问题未销号", "整改")]
    assert classify("公车管理不严格", "", TAXONOMY, examples) == "作风"
    assert classify("公车管理不严格", "", TAXONOMY) is None
    assert classify("", "", TAXONOMY) is None


def test_keywords_may_be_given_one_per_line_and_a_scorer_replaces_bigrams():
    taxonomy = [(name, "\n".join(kws)) for name, kws in TAXONOMY]
    assert classify("深入整治“四风”问题", "", taxonomy) == "作风"
    examples = [("甲", "作风"), ("乙", "整改")]
    assert classify("丙", "", taxonomy, examples, scorer=lambda a, b: 1.0 if b == "乙" else 0.0) == "整改"


def test_report_wrappers_are_stripped():
    assert core("关于“违反中央八项规定精神行为屡禁不止”问题的整改") == "违反中央八项规定精神行为屡禁不止"
    assert core("在解决拖欠账款方面") == "解决拖欠账款"
    assert core("针对“拖欠账款”问题") == "拖欠账款"
    assert core("扎实推动巡视整改") == "扎实推动巡视整改"
    assert core("关于聚焦基层D组织领导班子和干部建设方面的整改进展情况") == "聚焦基层D组织领导班子和干部建设"
