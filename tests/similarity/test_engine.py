"""similarity.engine on its own: scores, pairs, star clusters (pure, no database)."""

from similarity import engine

TEXTS = {
    1: "在打造“文明规范”的执法环境方面",
    2: "关于打造“文明规范”的执法环境方面",
    3: "规范行政执法,打造“文明规范”的执法环境",
    4: "严格落实中央八项规定精神",
    5: "严格执行中央八项规定精神",
    6: "加强基层党组织建设",
    7: "信访矛盾化解招法不多",
}


def test_same_problem_in_other_words_scores_above_the_threshold_and_other_problems_below():
    index = engine.ProblemIndex(TEXTS)
    assert index.score(TEXTS[1], TEXTS[2]) >= engine.SAME_PROBLEM_THRESHOLD
    assert index.score(TEXTS[4], TEXTS[5]) >= engine.SAME_PROBLEM_THRESHOLD
    assert index.score(TEXTS[1], TEXTS[4]) < engine.SAME_PROBLEM_THRESHOLD
    assert index.score(TEXTS[6], TEXTS[7]) == 0.0


def test_score_is_symmetric_bounded_and_works_for_texts_outside_the_index():
    index = engine.ProblemIndex(TEXTS)
    outside = "切实履行中央八项规定精神"
    assert 0.0 < index.score(outside, TEXTS[4]) == index.score(TEXTS[4], outside) <= 1.0
    assert index.score(TEXTS[1], TEXTS[1]) == 1.0 or abs(index.score(TEXTS[1], TEXTS[1]) - 1.0) < 1e-5


def test_boilerplate_alone_does_not_make_two_problems_alike():
    # "方面/问题/存在/不够" are in almost every statement; without them nothing is left in common.
    index = engine.ProblemIndex({1: "存在问题不够方面", 2: "问题方面存在不够"})
    assert index.score("在信访方面存在问题", "在招投标方面存在问题") == 0.0


def test_pairs_skip_keys_of_the_same_group_and_are_each_listed_once():
    index = engine.ProblemIndex(TEXTS)
    group = {1: "east", 2: "west", 3: "east", 4: "east", 5: "west", 6: "east", 7: "west"}
    pairs = index.pairs(group=group.get)
    keys = [(a, b) for a, b, _ in pairs]
    assert len(keys) == len({frozenset(k) for k in keys})
    assert all(group[a] != group[b] for a, b in keys)
    assert {frozenset(k) for k in keys} >= {frozenset((1, 2)), frozenset((2, 3)), frozenset((4, 5))}
    assert frozenset((1, 3)) not in {frozenset(k) for k in keys}  # same unit


def test_neighbours_and_clusters_are_led_by_the_most_central_wording():
    index = engine.ProblemIndex(TEXTS)
    assert [k for k, _ in index.neighbours(1)][:2] == [2, 3] or {k for k, _ in index.neighbours(1)} >= {2}
    clusters = index.clusters()
    assert sorted(map(sorted, clusters)) == [[1, 2, 3], [4, 5]]
    assert clusters[0][0] in (1, 2, 3)


def test_star_clusters_do_not_chain_through_near_neighbours():
    # a~b, b~c, c~d but a and d share nothing: connected components would make one cluster of four.
    pairs = [("a", "b", 0.9), ("b", "c", 0.5), ("c", "d", 0.9)]
    clusters = engine.star_clusters(["a", "b", "c", "d"], pairs, threshold=0.3)
    linked = {frozenset((x, y)) for x, y, _ in pairs}
    assert sorted(map(sorted, clusters)) == [["a", "b"], ["c", "d"]]  # c joins d, its closer leader
    assert all(frozenset((c[0], m)) in linked for c in clusters for m in c[1:])


def test_an_index_of_nothing_but_boilerplate_still_scores():
    index = engine.ProblemIndex({1: "问题", 2: "方面"})
    assert index.score("问题", "方面") == 0.0
    assert index.pairs() == []
