"""64 keep-alive connections for 30 s against gunicorn on loopback, on PostgreSQL: a mix of reads and writes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<copy of a scale database> \
        .venv/bin/python bench/load.py [--connections 64] [--seconds 30] [--port 8140] [--workers 2] [--threads 8]

The database must already hold a ledger (bench/scale.py --keep builds one; use a copy, it gets written to). The
run migrates it, adds an administrator with an API token and a session, starts gunicorn (gthread workers:
keep-alive connections wait in each worker's poller, and each thread keeps one database connection, so
workers × threads is what PostgreSQL's max_connections must allow), then drives it with an asyncio client
(aiohttp): every connection loops over the mix below until the time is up. Writes move one in-progress measure
each to 基本完成 with a progress note, through the API with the ETag it just read in If-Match, as a real client
does. Prints requests, errors (any answer that is not 2xx, or a failed connection) and p50/p99 per kind.
The API's per-user rate limit is lifted for the run (one token makes all the requests); everything else is as
configured.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent

# (kind, weight): reads dominate, as in the office's day; one in ten requests is a write.
MIX = [
    ("API measures 50/page", 16),
    ("API measures warning=red", 8),
    ("API measures q=制度", 8),
    ("API measures status filter", 8),
    ("API stats by unit", 6),
    ("API measure detail", 10),
    ("admin measure list", 8),
    ("admin dashboard", 6),
    ("admin dashboard (one round)", 6),
    ("write: status + note (If-Match)", 10),
]


def prepare(url: str) -> dict:
    """Migrate, and return a token, a session cookie, a round and a pool of measures the writes may move."""
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from rest_framework.authtoken.models import Token

    from accounts.models import User
    from accounts.roles import Role
    from accounts.services import user_create
    from ledger.choices import Status
    from ledger.models import InspectionRound, Measure

    call_command("migrate", verbosity=0)
    admin = User.objects.filter(username="load_admin").first() or user_create(
        username="load_admin", password=None, role=Role.ADMIN
    )
    token, _ = Token.objects.get_or_create(user=admin)
    client = Client(SERVER_NAME="127.0.0.1")
    client.force_login(admin)
    pool = list(
        Measure.objects.filter(status=Status.IN_PROGRESS, closed_at__isnull=True)
        .order_by("?")
        .values_list("pk", flat=True)[:20000]
    )
    ids = list(Measure.objects.order_by("?").values_list("pk", flat=True)[:2000])
    return {
        "token": token.key,
        "session": client.cookies[settings.SESSION_COOKIE_NAME].value,
        "round": InspectionRound.objects.order_by("pk").values_list("pk", flat=True).first(),
        "pool": pool,
        "ids": ids,
        "measures": Measure.objects.count(),
    }


def start_server(url: str, port: int, workers: int, threads: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "API_THROTTLE_USER": "1000000/min",
        "DEBUG": "0",
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--worker-class",
            "gthread",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--keep-alive",
            "75",
            "--backlog",
            "256",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "config.wsgi:application",
        ],
        env=env,
        cwd=ROOT,
    )


async def wait_ready(base: str) -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        for _ in range(200):
            try:
                async with session.get(f"{base}/admin/login/") as response:
                    await response.read()
                    return
            except aiohttp.ClientError:
                await asyncio.sleep(0.2)
    raise SystemExit("gunicorn did not start")


async def drive(base: str, ctx: dict, connections: int, seconds: float) -> tuple[dict, Counter, Counter]:
    import aiohttp

    api = {"Authorization": f"Token {ctx['token']}"}
    cookies = {"sessionid": ctx["session"]}
    pool, ids = list(ctx["pool"]), ctx["ids"]
    kinds = [k for k, w in MIX for _ in range(w)]
    times: defaultdict[str, list[float]] = defaultdict(list)
    errors: Counter = Counter()
    codes: Counter = Counter()
    deadline = time.perf_counter() + seconds

    async def one(session: aiohttp.ClientSession, rng: random.Random) -> None:
        kind = rng.choice(kinds)
        if kind.startswith("write") and not pool:
            kind = "API measure detail"
        started = time.perf_counter()
        try:
            if kind.startswith("write"):
                pk = pool.pop()
                async with session.get(f"{base}/api/measures/{pk}/", headers=api) as r:
                    await r.read()
                    tag = r.headers.get("ETag", "")
                started = time.perf_counter()  # the write itself is what is timed
                body = {"status": "basically_done", "note": "负载测试：整改措施已基本完成，待验收。"}
                async with session.patch(
                    f"{base}/api/measures/{pk}/", json=body, headers={**api, "If-Match": tag}
                ) as r:
                    await r.read()
                    status = r.status
            else:
                path = {
                    "API measures 50/page": "/api/measures/?page_size=50",
                    "API measures warning=red": "/api/measures/?page_size=50&warning=red",
                    "API measures q=制度": "/api/measures/?page_size=50&q=制度",
                    "API measures status filter": "/api/measures/?page_size=50&status=not_started",
                    "API stats by unit": "/api/stats/?by=unit",
                    "API measure detail": f"/api/measures/{rng.choice(ids)}/",
                    "admin measure list": "/admin/ledger/measure/",
                    "admin dashboard": "/admin/dashboard/",
                    "admin dashboard (one round)": f"/admin/dashboard/?round={ctx['round']}",
                }[kind]
                headers = {} if path.startswith("/admin/") else api
                async with session.get(f"{base}{path}", headers=headers, allow_redirects=False) as r:
                    await r.read()
                    status = r.status
        except (TimeoutError, aiohttp.ClientError) as exc:
            errors[f"{kind}: {type(exc).__name__}"] += 1
            return
        codes[status] += 1
        if not 200 <= status < 300:
            errors[f"{kind}: HTTP {status}"] += 1
            return
        times[kind].append((time.perf_counter() - started) * 1000)

    async def worker(n: int) -> None:
        rng = random.Random(n)
        # One keep-alive connection per worker: a connector limited to one connection, reused for every request.
        connector = aiohttp.TCPConnector(limit=1, force_close=False)
        timeout = aiohttp.ClientTimeout(total=120)
        async with aiohttp.ClientSession(connector=connector, cookies=cookies, timeout=timeout) as session:
            while time.perf_counter() < deadline:
                await one(session, rng)

    await asyncio.gather(*(worker(n) for n in range(connections)))
    return times, errors, codes


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--port", type=int, default=8140)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("DATABASE_URL must name a PostgreSQL database holding a ledger (a copy: it is written to)")
    ctx = prepare(url)
    base = f"http://127.0.0.1:{args.port}"
    server = start_server(url, args.port, args.workers, args.threads)
    try:
        asyncio.run(wait_ready(base))
        started = time.perf_counter()
        times, errors, codes = asyncio.run(drive(base, ctx, args.connections, args.seconds))
        elapsed = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    total = sum(len(v) for v in times.values()) + sum(errors.values())
    print(f"database: {urlsplit(url).path.lstrip('/')} on PostgreSQL, {ctx['measures']:,} measures")
    print(
        f"gunicorn: {args.workers} workers × {args.threads} threads (gthread, keep-alive); "
        f"{args.connections} connections for {args.seconds:.0f} s"
    )
    print(f"requests: {total:,} in {elapsed:.1f} s ({total / elapsed:.1f} req/s); errors: {sum(errors.values())}")
    print(f"answers:  {dict(sorted(codes.items()))}")
    print(f"{'kind':<34}{'n':>7}{'p50 ms':>10}{'p99 ms':>10}{'mean ms':>10}")
    for kind, _ in MIX:
        values = times.get(kind, [])
        if values:
            print(
                f"{kind:<34}{len(values):>7}{_pct(values, 0.5):>10.0f}{_pct(values, 0.99):>10.0f}"
                f"{statistics.fmean(values):>10.0f}"
            )
    for what, n in errors.most_common():
        print(f"error: {what} × {n}")


if __name__ == "__main__":
    main()
