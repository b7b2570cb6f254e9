"""Parse the seed corpus, import it into an empty database, re-import it unchanged; print figures and ratios.

.venv/bin/python bench/import_corpus.py            # throwaway SQLite
DATABASE_URL=postgres://postgres@127.0.0.1:5432/taizhang_bench .venv/bin/python bench/import_corpus.py
"""

import os
import threading
import time
from contextlib import contextmanager

from _django import ROOT, setup


def server_cpu(connection) -> float | None:
    """CPU seconds the PostgreSQL backend serving this connection has used (same machine only), else None."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


@contextmanager
def timed(module, name: str, spent: list):
    """Time every call of module.name (wall seconds appended to `spent`), from any thread."""
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent.append(time.perf_counter() - started)

    setattr(module, name, wrapper)
    try:
        yield
    finally:
        setattr(module, name, original)


def wait_for_background() -> None:
    """The work an import leaves for after its commit (imports.background) runs in a thread here: wait for it."""
    from imports.background import THREAD_NAME

    for thread in [t for t in threading.enumerate() if t.name == THREAD_NAME]:
        thread.join()


def count(items):
    n_items = n_measures = 0
    for item in items:
        n_items += 1
        n_measures += len(item.measures)
        sub_items, sub_measures = count(item.children)
        n_items += sub_items
        n_measures += sub_measures
    return n_items, n_measures


def main():
    url = setup()
    from django.db import connection

    from imports.parsing import parse_file
    from imports.persistence import import_parsed
    from ledger.models import Measure

    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if not seeds:
        raise SystemExit("no seed documents under ../shared/seeds")
    started, cpu = time.perf_counter(), time.process_time()
    results = [parse_file(path) for path in seeds]
    parse_s, parse_cpu = time.perf_counter() - started, time.process_time() - cpu
    docs = sum(len(r.documents) for r in results)
    inspections = [i for r in results for d in r.documents for i in d.inspections]
    items, measures = map(sum, zip(*(count(i.items) for i in inspections), strict=True))

    from ledger import search
    from similarity import services

    server_before = server_cpu(connection)
    similarity: list[float] = []
    flush: list[float] = []
    with timed(services, "similarity_refresh", similarity), timed(search, "search_index_flush", flush):
        started, cpu = time.perf_counter(), time.process_time()
        _, first = import_parsed(results)
        import_s, import_cpu = time.perf_counter() - started, time.process_time() - cpu
        server_after = server_cpu(connection)
        started, cpu = time.perf_counter(), time.process_time()
        wait_for_background()
        after_s, after_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    _, again = import_parsed(results)
    reimport_s = time.perf_counter() - started
    wait_for_background()

    print(f"database            {connection.vendor} ({url.split('://')[0]})")
    print(f"files               {len(seeds)}")
    print(f"documents           {docs}")
    print(f"inspections parsed  {len(inspections)}")
    print(f"items               {items}")
    print(f"measures            {measures} (in database: {Measure.objects.count()})")
    print(f"parse               {parse_s:.3f} s")
    print(f"import (empty db)   {import_s:.3f} s   ledger writes: {first.writes}")
    print(f"re-import unchanged {reimport_s:.3f} s   ledger writes: {again.writes}")
    print(f"ratio import/parse      {import_s / parse_s:.1f}")
    # On a shared machine the wall clock mostly measures the queue for a core; the process's own CPU time
    # (this process only: the database server's work is not in it) is the steadier figure.
    print(f"cpu parse / import      {parse_cpu:.3f} s / {import_cpu:.3f} s   ratio {import_cpu / parse_cpu:.1f}")
    print(f"ratio re-import/import  {reimport_s / import_s:.2f}")
    # After the commit, in the background (imports.background): the import's caller does not wait for it.
    print(
        f"after the commit        {after_s:.3f} s more in the background (cpu {after_cpu:.3f} s): "
        f"search index merge {sum(flush):.3f} s, similarity refresh {sum(similarity):.3f} s"
    )
    if server_before is not None and server_after is not None:
        # This process's CPU plus the database server's for this connection: the import's whole work, which a
        # busy machine's queue for a core does not inflate (parse has no database work).
        total = import_cpu + server_after - server_before
        print(
            f"cpu import incl. server {total:.3f} s (server {server_after - server_before:.3f} s)   "
            f"ratio {total / parse_cpu:.1f}"
        )


if __name__ == "__main__":
    main()
