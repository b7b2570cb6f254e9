"""The admin page 共性问题 at seed scale: server time and queries of /admin/common-problems/ for seed 001's round
(49 district reports, 97 inspections), as an administrator.

    .venv/bin/python bench/common_problems_page.py

Imports the seed corpus (../shared/seeds) into a throwaway database (SQLite unless DATABASE_URL is set), refreshes
similarity, then fetches each page through Django's test client (the whole request: middleware, view, template)
and prints the median of 5 runs, its queries, the clusters shown and the items they hold.
"""

from __future__ import annotations

import statistics
import time

import _django


def main() -> None:
    url = _django.setup()
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    from accounts.roles import Role
    from accounts.services import user_create
    from imports.parsing import parse_file
    from imports.persistence import import_parsed
    from ledger.models import FeedbackItem, InspectionRound
    from similarity import receivers
    from similarity.models import SimilarPair
    from similarity.services import similarity_refresh

    setup_test_environment()  # the response's context, to count the clusters shown
    seeds = sorted((_django.ROOT.parent / "shared" / "seeds").glob("*.txt"))
    with transaction.atomic():
        import_parsed([parse_file(p) for p in seeds])
        receivers._pending().clear()  # refreshed once below instead
    similarity_refresh()
    rnd = InspectionRound.objects.get(inspecting_body="辽宁省委", term=13, round_no=4)
    print(f"database: {url.split(':')[0]}; {FeedbackItem.objects.count()} items, {SimilarPair.objects.count()} pairs")
    admin = user_create(username="bench_admin", password=None, role=Role.ADMIN)
    client = Client(SERVER_NAME="127.0.0.1")
    client.force_login(admin)
    pages = {
        f"round {rnd} ({rnd.inspections.count()} inspections)": {"round": rnd.pk},
        "the same, page 2": {"round": rnd.pk, "page": 2},
    }
    print(f"{'page':<52}  {'median ms':>9}  {'queries':>7}  {'clusters':>8}  {'items':>6}")
    for label, query in pages.items():
        client.get("/admin/common-problems/", query)  # warm up templates and the session
        times = []
        for _ in range(5):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get("/admin/common-problems/", query)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
        clusters = response.context["clusters"]
        print(
            f"{label:<52}  {statistics.median(times):>9.0f}  {len(queries):>7}  {len(clusters):>8}  "
            f"{sum(c.size for c in clusters):>6}"
        )


if __name__ == "__main__":
    main()
