"""The part of a refresh a request does not wait for: an edited inspection's pairs with the same-kind units of
other rounds (similarity_refresh with across_rounds), which reads the whole ledger (about 4 s of CPU at 100 k items).

Dispatched like the jobs app's jobs (same settings): a Celery task when CELERY_BROKER_URL is set, else a thread of
this process (JOBS_IN_PROCESS=thread), or inline (sync, as in tests). No Job row: one per saved item would bury
people's own jobs, and nothing is there for a person to download or retry. If the thread dies with its process,
the pairs with other rounds stay as they were until the next refresh of the inspection or `common_problems --refresh`.
"""

from __future__ import annotations

import threading

from jobs.background import run_later

# One wide refresh at a time in this process (PostgreSQL also serialises them across processes: REFRESH_LOCK).
_running = threading.Lock()


def refresh_across_rounds(inspection_ids: list[int]) -> None:
    from similarity.services import similarity_refresh

    with _running:
        similarity_refresh(inspections=inspection_ids)


def refresh_across_rounds_later(inspection_ids: list[int]) -> None:
    ids = sorted(set(inspection_ids))
    if ids:
        run_later(
            refresh_across_rounds, ids, task="similarity.tasks.refresh_across_rounds_task", thread_name="similarity-refresh"
        )
