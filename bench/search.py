"""Search, list and count speed on an existing ledger (issue 13): API pages against a bare .values() view, admin
changelists, and the EXPLAIN ANALYZE of the search statements.

    DATABASE_URL=postgres://…/copy_of_scale_db .venv/bin/python bench/search.py [--explain] [--runs 5]

Runs against the database DATABASE_URL names (a copy of a bench/scale.py database; migrated first), through
Django's test client as an administrator: one warm-up, then the median of --runs. Prints one line per page with
its median, its query count, the SQL time and the Python CPU time of this process (steadier than wall time on a
shared machine); then the bare-view ÷ API ratios (1.0 means the API costs no more than returning the rows).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # after ROOT: bench/workbench.py must not shadow the app

API = "/api/measures/?page_size=50"
PAGES = [
    ("bare .values() view", "/bench/bare-measures/"),
    ("API measures 50/page", API),
    ("API q=制度", API + "&q=制度"),
    ("API q=党建", API + "&q=党建"),
    ("API q=整改", API + "&q=整改"),
    ("API status=in_progress", API + "&status=in_progress"),
    ("API round=1", API + "&round=1"),
    ("API q=制度 & round=1", API + "&q=制度&round=1"),
    ("admin measure list (default)", "/admin/ledger/measure/"),
    ("admin measure list search 制度", "/admin/ledger/measure/?q=制度"),
    ("admin measure list search 党建", "/admin/ledger/measure/?q=党建"),
    ("admin measure list round filter", "/admin/ledger/measure/?item__inspection__round__id__exact=1"),
    ("admin feedback-item list", "/admin/ledger/feedbackitem/"),
    ("admin feedback-item search 制度", "/admin/ledger/feedbackitem/?q=制度"),
    ("admin inspection list", "/admin/ledger/inspection/"),
    ("admin inspection search 东", "/admin/ledger/inspection/?q=区"),
    ("admin unit list", "/admin/ledger/unit/"),
]
RATIOS = ["API measures 50/page", "API q=制度", "API status=in_progress", "API round=1"]


def _time(client, url: str, runs: int, explain: bool) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    times, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    out = {
        "ms": statistics.median(times),
        "cpu_ms": statistics.median(cpu),
        "queries": len(captured),
        "sql_ms": sum(float(q["time"]) for q in captured.captured_queries) * 1000,
    }
    if explain and connection.vendor == "postgresql":
        plain = [q for q in captured.captured_queries if not q["sql"].startswith("EXPLAIN")]
        slowest = max(plain, key=lambda q: float(q["time"]))
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest["sql"])
            out["plan"] = "\n".join(row[0] for row in cursor.fetchall())
            out["sql"] = slowest["sql"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the slowest statement of each page")
    parser.add_argument("--only", default="", help="only pages whose label contains this text")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        raise SystemExit("DATABASE_URL must name a database built by bench/scale.py (a copy of it).")
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench_settings"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from accounts.models import User
    from accounts.roles import Role
    from accounts.services import user_create
    from ledger.models import Measure

    call_command("migrate", verbosity=0)
    admin = User.objects.filter(username="search_admin").first() or user_create(
        username="search_admin", password=None, role=Role.ADMIN
    )
    client = Client(SERVER_NAME="127.0.0.1")
    client.force_login(admin)
    print(f"{Measure.objects.count()} measures, median of {args.runs}")
    results = {}
    for label, url in PAGES:
        if args.only and args.only not in label:
            continue
        r = results[label] = _time(client, url, args.runs, args.explain)
        print(
            f"{label:<36} {r['ms']:8.1f} ms  {r['queries']:3d} queries  SQL {r['sql_ms']:7.1f} ms"
            f"  Python CPU {r['cpu_ms']:6.1f} ms",
            flush=True,
        )
    bare = results.get("bare .values() view")
    if bare:
        for label in RATIOS:
            if label in results:
                r = results[label]
                print(
                    f"ratio bare ÷ {label:<28} {bare['ms'] / r['ms']:.2f} (wall)"
                    f"  {bare['cpu_ms'] / r['cpu_ms']:.2f} (Python CPU)"
                )
    if args.explain:
        for label, r in results.items():
            if "q=" in label or "search" in label:
                print(f"\n--- {label}: slowest statement\n{r['sql'][:600]}\n{r['plan']}")


if __name__ == "__main__":
    main()
