"""Size and server time of one user's 工作台 on an existing database (nothing migrated, no ledger row written).

    DATABASE_URL=postgres://…/tz_insp_10000 .venv/bin/python bench/workbench_page.py [--user scale_editor] [--runs 7]

Django's test client with force_login (its session row and the user's last_login are the only writes); one warm-up
request, then the median of --runs requests of the whole response (middleware, view, template). Prints the page's
bytes (also deflated, as gzip would send them), the number of <form elements and of rows, the median, min and max
server time, and the median CPU time of this process (the Python side alone: steadier than wall time on a shared
machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--user", default="scale_editor")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--query", default="", help="extra query string, e.g. record=123")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        sys.exit("DATABASE_URL must name an existing database (e.g. tz_insp_10000).")
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.test import Client

    from accounts.models import User

    user = User.objects.get(username=args.user)
    client = Client(SERVER_NAME="127.0.0.1")
    client.force_login(user)
    url = "/admin/" + (f"?{args.query}" if args.query else "")
    first = client.get(url)
    assert first.status_code == 200, first.status_code
    times, cpu = [], []
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200
    body = response.content
    html = body.decode()
    print(f"user {args.user} url {url}")
    gzipped = len(zlib.compress(body, 6))
    print(f"bytes {len(body)} (deflate -6: {gzipped})  forms {html.count('<form')}  rows {html.count('data-measure=')}")
    print(f"median {statistics.median(times):.1f} ms  min {min(times):.1f}  max {max(times):.1f}  (runs {args.runs})")
    print(f"median CPU of this process (Python, not the database) {statistics.median(cpu):.1f} ms")


if __name__ == "__main__":
    main()
