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

import logging
import threading

from django.conf import settings
from django.db import connection, transaction

log = logging.getLogger(__name__)
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
    ids = sorted(set(inspection_ids))
    if settings.CELERY_BROKER_URL:
        from imports.tasks import after_import_task

        try:
            after_import_task.delay(ids)
        except Exception:  # the broker is down: the import stands, its similarity waits for the next refresh
            log.exception("the work after importing inspections %s could not be queued", ids)
    elif settings.JOBS_IN_PROCESS == "sync":
        after_import(ids)
    else:
        threading.Thread(target=_in_thread, args=(ids,), name=THREAD_NAME, daemon=True).start()


def _in_thread(ids: list[int]) -> None:
    try:
        after_import(ids)
    except Exception:
        log.exception("the work after importing inspections %s failed", ids)
    finally:
        connection.close()  # the thread's own connection
