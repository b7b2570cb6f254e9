"""What a document import leaves for after its commit, so that the importing request (or job) does not wait for it:
merging the search indexes' pending entries (ledger.search.search_index_flush) and the similarity refresh of the
inspections it wrote (similar pairs within and across rounds, repeats, automatic categories).

Dispatched like similarity.background: a Celery task when CELERY_BROKER_URL is set, else a thread of this process
(JOBS_IN_PROCESS=thread), or inline at the commit (sync, as in tests). Until it has finished, the new items have no
category, similar problems or repeats, and search reads the indexes' pending lists as well (slower, same rows). If the
thread dies with its process, `common_problems --refresh` recomputes the similarity and the next VACUUM (autovacuum)
merges the pending entries.
"""

from __future__ import annotations

from django.db import transaction

from jobs.background import run_later

THREAD_NAME = "after-import"


def after_import(inspection_ids: list[int]) -> None:
    from ledger.search import search_index_defer_merge, search_index_flush
    from similarity.background import refresh_across_rounds

    if inspection_ids:
        with transaction.atomic():
            # The refresh rewrites the new measures' categories (new index entries too): merged with the import's.
            search_index_defer_merge()
            refresh_across_rounds(inspection_ids)
    search_index_flush()


def after_import_later(inspection_ids: list[int]) -> None:
    run_later(after_import, sorted(set(inspection_ids)), task="imports.tasks.after_import_task", thread_name=THREAD_NAME)
