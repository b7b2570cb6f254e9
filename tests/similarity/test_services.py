"""similarity.services on a small ledger: pairs, repeats, categories, what is tracked, incremental refresh."""

from datetime import date

import pytest
from django.db.models import Q

from ledger.choices import CategorySource, InspectionKind, Level, UnitKind
from ledger.models import FeedbackItem, InspectionRound, ProblemCategory
from ledger.services import save_tracked, unit_create
from similarity import receivers
from similarity.models import SimilarPair
from similarity.services import similarity_refresh
from tests.ledger.conftest import make_inspection, make_item


@pytest.fixture(autouse=True)
def _nothing_pending():
    receivers._pending().clear()
    yield
    receivers._pending().clear()


def category(part: str) -> ProblemCategory:
    """A default category by a part of its name (the taxonomy's wording is the labelling's, not ours)."""
    return ProblemCategory.objects.get(name__contains=part)


def pair_keys():
    return {frozenset(p) for p in SimilarPair.objects.values_list("item_id", "other_id")}


@pytest.fixture
def worded(ledger):
    """The same two problems in other words in east and west; an unrelated one in the street."""
    ns = ledger
    ns.east_law = make_item(ns.east_inspection, "在打造“文明规范”的执法环境方面", parent=ns.east_aspect)
    ns.west_law = make_item(ns.west_inspection, "关于打造“文明规范”的执法环境方面", parent=ns.west_aspect)
    ns.east_rules = make_item(ns.east_inspection, "严格落实中央八项规定精神", parent=ns.east_aspect)
    ns.west_rules = make_item(ns.west_inspection, "违反中央八项规定精神问题屡禁不止", parent=ns.west_aspect)
    ns.street_other = make_item(ns.street_inspection, "信访矛盾化解招法不多", parent=ns.street_aspect)
    receivers._pending().clear()  # the test's transaction never commits: what these saves scheduled is moot
    return ns


def test_refresh_pairs_the_same_problem_across_units_of_a_round(worded):
    counts = similarity_refresh(inspections=[worded.east_inspection, worded.west_inspection])
    keys = pair_keys()
    assert frozenset((worded.east_law.pk, worded.west_law.pk)) in keys
    assert frozenset((worded.east_rules.pk, worded.west_rules.pk)) in keys
    assert frozenset((worded.east_law.pk, worded.west_rules.pk)) not in keys
    assert not any(worded.street_other.pk in k for k in keys)
    # Never a pair inside one inspection, and each pair once with the lower id first.
    rows = list(SimilarPair.objects.select_related("item", "other"))
    assert all(p.item.inspection_id != p.other.inspection_id and p.item_id < p.other_id for p in rows)
    assert counts["pairs"] == len(rows)


def test_derived_fields_write_no_history_and_do_not_bump_versions(worded):
    before = {i.pk: (i.version, i.history.count()) for i in FeedbackItem.objects.all()}
    similarity_refresh()
    after = {i.pk: (i.version, i.history.count()) for i in FeedbackItem.objects.all()}
    assert before == after
    assert FeedbackItem.objects.get(pk=worded.east_rules.pk).category == category("八项规定")


def test_automatic_categories_never_overwrite_a_persons_choice(worded):
    chosen = category("整改")
    item = FeedbackItem.objects.get(pk=worded.west_rules.pk)
    item.category, item.category_source = chosen, CategorySource.MANUAL
    save_tracked(item)
    similarity_refresh()
    item.refresh_from_db()
    assert (item.category, item.category_source) == (chosen, CategorySource.MANUAL)
    other = FeedbackItem.objects.get(pk=worded.east_rules.pk)
    assert (other.category, other.category_source) == (category("八项规定"), CategorySource.AUTO)


def test_a_later_inspection_of_the_same_unit_marks_its_repeats(worded):
    later_round = InspectionRound(inspecting_body="示范省委", level=Level.XUNSHI, term=13, round_no=9)
    save_tracked(later_round)
    worded.east_inspection.feedback_date = date(2023, 1, 10)
    save_tracked(worded.east_inspection)
    again = make_inspection(worded.east, later_round, kind=InspectionKind.REGULAR, feedback_date=date(2024, 6, 1))
    aspect = make_item(again, "全面从严治党方面")
    repeat = make_item(again, "中央八项规定精神执行不严格", parent=aspect)
    fresh = make_item(again, "信访矛盾化解招法不多", parent=aspect)
    similarity_refresh(inspections=[again])
    repeat.refresh_from_db()
    fresh.refresh_from_db()
    assert repeat.repeat_of_id == worded.east_rules.pk
    assert repeat.repeat_similarity >= 0.3
    # The street's wording is the same, but another unit: no repeat.
    assert fresh.repeat_of_id is None
    # The earlier inspection's items are never repeats of the later one.
    assert not FeedbackItem.objects.filter(inspection=worded.east_inspection, repeat_of__isnull=False).exists()
    # An inspection without a date cannot be ordered: nothing is marked against it.
    again.feedback_date = None
    save_tracked(again)
    similarity_refresh(inspections=[again])
    repeat.refresh_from_db()
    assert repeat.repeat_of_id is None


def test_an_item_edit_refreshes_its_inspection_after_the_commit(worded, django_capture_on_commit_callbacks):
    similarity_refresh()
    untouched = SimilarPair.objects.get(item_id=min(worded.east_law.pk, worded.west_law.pk))
    item = FeedbackItem.objects.get(pk=worded.street_other.pk)
    item.title = "关于“文明规范”执法环境有差距的问题"
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        save_tracked(item)
    assert callbacks  # the refresh ran once the edit was committed
    keys = pair_keys()
    assert frozenset((item.pk, worded.east_law.pk)) in keys
    assert frozenset((item.pk, worded.west_law.pk)) in keys
    # Pairs between other inspections' items were not rewritten.
    assert SimilarPair.objects.filter(pk=untouched.pk).exists()


def test_many_saves_in_one_transaction_refresh_each_inspection_once(worded, django_capture_on_commit_callbacks):
    calls = []
    original = receivers._flush

    def counting():
        calls.append(set(receivers._pending()))
        original()

    receivers._flush, saved = counting, receivers._flush
    try:
        with django_capture_on_commit_callbacks(execute=True):
            for pk in (worded.east_law.pk, worded.east_rules.pk, worded.west_law.pk):
                item = FeedbackItem.objects.get(pk=pk)
                item.text = "补充说明"
                save_tracked(item)
    finally:
        receivers._flush = saved
    assert [c for c in calls if c] == [{worded.east_inspection.pk, worded.west_inspection.pk}]


def test_a_category_set_through_the_api_is_a_persons_choice_and_tracked(worded, users, api):
    chosen = category("整改")
    item = FeedbackItem.objects.get(pk=worded.east_rules.pk)
    answer = api(users.admin).patch(
        f"/api/feedback-items/{item.pk}/",
        {"category": chosen.pk},
        format="json",
        HTTP_IF_MATCH=f'"feedbackitem-{item.pk}-v{item.version}"',
    )
    assert answer.status_code == 200, answer.json()
    assert (answer.json()["category"], answer.json()["category_source"]) == (chosen.pk, CategorySource.MANUAL)
    item.refresh_from_db()
    assert item.history.first().category_id == chosen.pk  # a history row, with the user
    assert item.history.first().history_user == users.admin
    similarity_refresh()
    item.refresh_from_db()
    assert (item.category, item.category_source) == (chosen, CategorySource.MANUAL)


def _rules_item_in_a_later_round(worded):
    """A round-9 inspection of a third county unit with the same 八项规定 problem as the round-4 east and west ones."""
    later_round = InspectionRound(inspecting_body="示范省委", level=Level.XUNSHI, term=13, round_no=9)
    save_tracked(later_round)
    south = unit_create(name="南城区委", full_name="中共示范市南城区委", kind=UnitKind.COUNTY, parent=worded.city)
    south_again = make_inspection(south, later_round, kind=InspectionKind.REGULAR)
    rules_again = make_item(south_again, "中央八项规定精神执行不严格", parent=make_item(south_again, "作风方面"))
    receivers._pending().clear()
    return rules_again


def test_the_requests_refresh_scores_as_the_wider_one_and_keeps_pairs_with_other_rounds(worded):
    """After an edit the request refreshes the inspection's round and units only (across_rounds=False), with the
    vocabulary the last wider refresh stored; the pairs with other rounds are left to the refresh after it."""
    rules_again = _rules_item_in_a_later_round(worded)
    similarity_refresh()
    stored = dict(((a, b), s) for a, b, s in SimilarPair.objects.values_list("item_id", "other_id", "score"))
    # County units of two rounds: the round-4 cluster of the two rules items is linked through its leader.
    assert {frozenset((rules_again.pk, worded.east_rules.pk)), frozenset((rules_again.pk, worded.west_rules.pk))} & (
        pair_keys()
    )
    similarity_refresh(inspections=[worded.east_inspection], across_rounds=False)
    again = dict(((a, b), s) for a, b, s in SimilarPair.objects.values_list("item_id", "other_id", "score"))
    assert again.keys() == stored.keys()
    assert all(abs(again[k] - stored[k]) < 1e-5 for k in stored)


def test_an_edit_refreshes_the_pairs_with_other_rounds_after_the_request(worded, django_capture_on_commit_callbacks):
    rules_again = _rules_item_in_a_later_round(worded)
    similarity_refresh()
    item = FeedbackItem.objects.get(pk=worded.east_problem.pk)
    assert frozenset((item.pk, rules_again.pk)) not in pair_keys()
    item.title = "违反中央八项规定精神问题"
    with django_capture_on_commit_callbacks(execute=True):
        save_tracked(item)  # tests run the part after the request inline (JOBS_IN_PROCESS=sync)
    # The request's part alone compares the east inspection with its round and unit: the pair with the south's
    # round-9 item comes from the part after it.
    assert frozenset((item.pk, rules_again.pk)) in pair_keys()


def test_deleting_an_item_deletes_its_pairs_without_a_database_constraint(worded):
    """SimilarPair has no foreign-key constraint in the database (a 100 k recompute's cost): Django's on_delete
    still removes an item's pairs, at either end."""
    similarity_refresh()
    law = FeedbackItem.objects.get(pk=worded.west_law.pk)
    assert SimilarPair.objects.filter(Q(item=law) | Q(other=law)).exists()
    law.delete()
    assert not SimilarPair.objects.filter(Q(item_id=worded.west_law.pk) | Q(other_id=worded.west_law.pk)).exists()
    assert SimilarPair.objects.exists()  # the others' pairs stay
