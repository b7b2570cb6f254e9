"""Work a request hands off without a Job row (nothing for a person to follow, download or retry), dispatched like
the jobs: a Celery task when CELERY_BROKER_URL is set, else a thread of this process (JOBS_IN_PROCESS=thread), or
inline (sync, as in tests). A broker that is down is logged, not raised: the request's own work stands."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from django.conf import settings
from django.db import connection
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)


def run_later(run: Callable[[list[int]], None], ids: list[int], *, task: str, thread_name: str) -> None:
    """run(ids) after this request: through the Celery task at dotted path `task` (which calls the same run), or in
    a thread named thread_name, or now."""
    if settings.CELERY_BROKER_URL:
        try:
            import_string(task).delay(ids)
        except Exception:
            log.exception("%s for %s could not be queued", thread_name, ids)
    elif settings.JOBS_IN_PROCESS == "sync":
        run(ids)
    else:
        threading.Thread(target=_in_thread, args=(run, ids, thread_name), name=thread_name, daemon=True).start()


def _in_thread(run: Callable[[list[int]], None], ids: list[int], thread_name: str) -> None:
    try:
        run(ids)
    except Exception:
        log.exception("%s for %s failed", thread_name, ids)
    finally:
        connection.close()  # the thread's own connection
