"""Parse the seed corpus, import it into an empty database, re-import it unchanged; print figures and ratios.

.venv/bin/python bench/import_corpus.py            # throwaway SQLite
DATABASE_URL=postgres://postgres@127.0.0.1:5432/taizhang_bench .venv/bin/python bench/import_corpus.py
"""

import time

from _django import ROOT, setup


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

    started, cpu = time.perf_counter(), time.process_time()
    _, first = import_parsed(results)
    import_s, import_cpu = time.perf_counter() - started, time.process_time() - cpu
    started = time.perf_counter()
    _, again = import_parsed(results)
    reimport_s = time.perf_counter() - started

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


if __name__ == "__main__":
    main()
