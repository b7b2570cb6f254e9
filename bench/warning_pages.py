"""The pages and jobs that read warning levels, timed on an existing ledger (issue 13: index-servable levels).

    DATABASE_URL=postgres://…/a_copy_of_a_scale_db .venv/bin/python bench/warning_pages.py [--explain] [--reminders]
        [--set jit=off] [--only LABEL,…]

Runs against the database DATABASE_URL names (migrated first), e.g. a copy of one bench/scale.py built with --keep:
it writes nothing but one administrator account. Each page is fetched through Django's test client as that
administrator: one warm-up, then the median of 5, with its query count and SQL time. --explain prints the EXPLAIN
ANALYZE of each page's slowest statement. --set NAME=VALUE (repeatable) SETs a PostgreSQL parameter on this run's
connection over the settings' choice, e.g. --set jit=on or --set jit_above_cost=1000000 to compare JIT choices. --reminders also runs send_reminders --dry-run
in its own process under /usr/bin/time -v and prints its time and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.scale import _time_page  # noqa: E402  (one way to time a page, shared with the scale bench)

PAGES = [
    ("admin measure list (default)", "/admin/ledger/measure/"),
    ("admin measure list 逾期", "/admin/ledger/measure/?overdue=1"),
    ("admin measure list 红色", "/admin/ledger/measure/?warning=red"),
    ("admin measure list 黄色", "/admin/ledger/measure/?warning=yellow"),
    ("admin dashboard (all)", "/admin/dashboard/"),
    ("admin dashboard (one round)", "/admin/dashboard/?round=1"),
    ("API measures warning=red", "/api/measures/?page_size=50&warning=red"),
    ("API measures warning=yellow", "/api/measures/?page_size=50&warning=yellow"),
    ("API stats by unit", "/api/stats/?by=unit"),
    ("工作台 /admin/ (administrator)", "/admin/"),
]


def _reminders(out: str) -> dict:
    """send_reminders --dry-run in its own process: wall time, peak RSS (from /usr/bin/time -v), lines printed."""
    command = ["/usr/bin/time", "-v", sys.executable, str(ROOT / "manage.py"), "send_reminders", "--dry-run"]
    start = time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ))
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"send_reminders --dry-run failed:\n{proc.stderr[-2000:]}")
    if out:
        Path(out).write_text(proc.stdout)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    return {
        "seconds": seconds,
        "rss_mb": int(rss.group(1)) / 1024 if rss else float("nan"),
        "lines": proc.stdout.count("\n"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--reminders", action="store_true")
    parser.add_argument("--reminders-out", default="", help="also save send_reminders' output to this file")
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE, a PostgreSQL parameter to SET")
    parser.add_argument("--only", default="", help="comma-separated substrings of page labels")
    args = parser.parse_args()
    if "DATABASE_URL" not in os.environ:
        raise SystemExit("请用 DATABASE_URL 指定要测量的数据库（例如 tz_scale_1000000 的副本）。")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.backends.signals import connection_created
    from django.test import Client

    from accounts.models import User
    from accounts.roles import Role
    from accounts.services import user_create
    from ledger.models import Measure

    call_command("migrate", verbosity=0)

    def apply_settings(sender, connection, **kwargs):  # on every (re)connection: CONN_MAX_AGE may reconnect
        with connection.cursor() as cursor:
            for setting in args.set:
                name, value = setting.split("=", 1)
                cursor.execute(f"SET {name} = %s", [value])

    if connection.vendor == "postgresql":
        connection_created.connect(apply_settings)
        connection.close()
        with connection.cursor() as cursor:
            cursor.execute("SHOW jit")
            jit = cursor.fetchone()[0]
            cursor.execute("SHOW jit_above_cost")
            jit += f", jit_above_cost={cursor.fetchone()[0]}"
    else:
        jit = "n/a"
    admin = User.objects.filter(username="scale_admin").first() or user_create(
        username="scale_admin", password=None, role=Role.ADMIN, unit=None
    )
    client = Client(SERVER_NAME="127.0.0.1")
    client.force_login(admin)
    wanted = [w for w in args.only.split(",") if w]
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{Measure.objects.count():,} measures, {connection.vendor}, jit={jit}, load average {load} on {os.cpu_count()} CPUs"
    )
    for label, url in PAGES:
        if wanted and not any(w in label for w in wanted):
            continue
        r = _time_page(client, url, args.explain)
        print(f"{label:<36} {r['ms']:>9.1f} ms  {r['queries']:>3} queries  SQL {r['sql_ms']:>8.1f} ms", flush=True)
        if "explain" in r:
            print("    " + r["explain"]["sql"][:600])
            print("\n".join("    " + line for line in r["explain"]["plan"].splitlines()))
    if args.reminders:
        r = _reminders(args.reminders_out)
        print(f"send_reminders --dry-run: {r['seconds']:.1f} s, peak RSS {r['rss_mb']:.0f} MB, {r['lines']} lines")


if __name__ == "__main__":
    main()
