"""What a document import leaves for after its commit (imports.background): the search indexes' merge and the
similarity refresh of the inspections it wrote. The importer does not wait for them; once they ran, the ledger shows
the categories, similar problems and search results as if they had run inside the import."""

import threading
from importlib import import_module

import pytest
from django.db import connection

from imports import background
from imports.persistence import import_parsed
from ledger.choices import CategorySource
from ledger.models import FeedbackItem, Measure
from ledger.search import SEARCH_INDEXES, search
from similarity.models import SimilarPair
from tests.imports.parsing.seeds import parsed, require_seeds

require_seeds()


def categorised() -> int:
    return FeedbackItem.objects.exclude(category_source=CategorySource.NONE).count()


def test_the_similarity_of_an_import_is_refreshed_after_its_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        _, report = import_parsed([parsed("002")])
    assert report.counts[("feedbackitem", "created")] > 100
    # Committed without them: no category, similar pair or repeat yet.
    assert (categorised(), SimilarPair.objects.count()) == (0, 0)
    assert not FeedbackItem.objects.filter(repeat_of__isnull=False).exists()
    for callback in callbacks:
        callback()
    assert categorised() > 100
    assert SimilarPair.objects.exists()
    assert FeedbackItem.objects.filter(repeat_of__isnull=False).exists()
    # Each measure carries its item's category (ledger.models.measures.ITEM_FACTS).
    item_category = dict(FeedbackItem.objects.values_list("pk", "category_id"))
    measures = list(Measure.objects.values_list("item_id", "category_id"))
    assert sum(category is not None for _, category in measures) > 100
    assert all(category == item_category[item] for item, category in measures)


def test_an_unchanged_re_import_leaves_nothing_for_after_its_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_parsed([parsed("003")])
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        _, report = import_parsed([parsed("003")])
    assert report.writes == 0
    assert callbacks == []


@pytest.mark.django_db(transaction=True)
def test_without_a_broker_the_work_after_an_import_runs_in_a_thread(settings):
    # A real commit: the thread reads the ledger with its own connection. An earlier transactional test may have
    # emptied the tables the migrations filled: the default taxonomy is put back for the categories.
    from django.apps import apps

    seed_default_categories = import_module("ledger.migrations.0008_problem_categories_and_repeats").seed_default_categories
    seed_default_categories(apps, None)
    settings.JOBS_IN_PROCESS = "thread"
    import_parsed([parsed("003")])
    threads = [t for t in threading.enumerate() if t.name == background.THREAD_NAME]
    assert threads, "the import started no background step"
    for thread in threads:
        thread.join(timeout=120)
    assert categorised() > 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the search indexes exist on PostgreSQL only")
def test_the_search_indexes_entries_of_an_import_are_merged_after_its_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        import_parsed([parsed("003")])
    measure = Measure.objects.order_by("pk").first()
    term = measure.text[:2]
    found = set(search(Measure.objects.all(), term).values_list("pk", flat=True))
    assert measure.pk in found  # served from the pending list until the merge
    for callback in callbacks:
        callback()
    with connection.cursor() as cursor:
        for name in SEARCH_INDEXES:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])
            assert cursor.fetchone()[0] == 0, f"{name} still had pending entries"
    assert set(search(Measure.objects.all(), term).values_list("pk", flat=True)) == found
