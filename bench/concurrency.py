"""Concurrent writers against gunicorn: errors and latency of PATCH, progress notes and If-Match races.

    .venv/bin/python bench/concurrency.py [--writers 8] [--seconds 30] [--patches 250] [--notes 100]
                                          [--rounds 20] [--workers 2] [--threads 4] [--port 18100]

Builds a throwaway database (a temporary SQLite file unless DATABASE_URL is set: point it at an empty database
you can lose), starts gunicorn on 127.0.0.1 and runs three phases, each bounded by a request count and by time:
  1. N writers PATCH a measure each (different measures), a real change every request;
  2. N writers POST progress notes, each to its own measure;
  3. If-Match races: two clients PATCH the same measure with the same ETag at once; a correct round is 200 + 412.
Prints requests, errors by status and p50/p99 latency per phase. tests/ledger/test_concurrent_writers.py drives
the same functions with small bounds.
"""

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Phase:
    name: str
    statuses: Counter = field(default_factory=Counter)
    latencies: list = field(default_factory=list)
    elapsed: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, status: int, seconds: float) -> None:
        with self.lock:
            self.statuses[status] += 1
            self.latencies.append(seconds)

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())

    def errors(self, expected=(200, 201)) -> dict:
        return {status: n for status, n in sorted(self.statuses.items()) if status not in expected}

    def percentile(self, p: float) -> float:
        if len(self.latencies) < 2:
            return self.latencies[0] if self.latencies else 0.0
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[int(p) - 1]


# --- data and server -----------------------------------------------------------------------------------------


def populate(writers: int) -> dict:
    """Run inside a Django process: one measure per writer for each phase, plus one for the races."""
    from rest_framework.authtoken.models import Token

    from accounts.roles import Role
    from accounts.services import user_create
    from ledger.choices import Level, Status
    from ledger.models import FeedbackItem, Inspection, InspectionRound, Measure
    from ledger.services import save_tracked, unit_create

    rnd = InspectionRound(inspecting_body="示范省委", level=Level.XUNSHI, term=13, round_no=4)
    save_tracked(rnd)
    unit = unit_create(name="压测单位", full_name="中共压测单位委员会")
    inspection = Inspection(unit=unit, round=rnd, group="省委第一巡视组")
    save_tracked(inspection)
    item = FeedbackItem(inspection=inspection, position=1, title="并发写入压测问题")
    save_tracked(item)
    measures = []
    for position in range(1, 2 * writers + 2):
        measure = Measure(item=item, position=position, text=f"压测措施{position}", status=Status.IN_PROGRESS)
        save_tracked(measure)
        measures.append(measure.pk)
    admin = user_create(username="bench-writer", password=None, role=Role.ADMIN)
    token = Token.objects.create(user=admin).key
    return {"token": token, "patch": measures[:writers], "notes": measures[writers:-1], "race": measures[-1]}


def prepare(env: dict, writers: int) -> dict:
    """Migrate and populate the database named by env["DATABASE_URL"] in a separate process."""
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--populate", str(writers)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env: dict, port: int, workers: int = 2, threads: int = 4) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--bind",
            f"127.0.0.1:{port}",
            "--preload",  # import the project once, before forking: workers answer their first request at once
            "--log-level",
            "warning",
            "--timeout",
            "60",
            "config.wsgi:application",
        ],
        env={"LOG_LEVEL": "CRITICAL", **env, "DEBUG": "0"},  # errors are counted, not printed
        cwd=ROOT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with {server.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise RuntimeError("gunicorn did not start within 30 s")


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


# --- clients -------------------------------------------------------------------------------------------------


class Client:
    def __init__(self, port: int, token: str):
        self.port, self.token = port, token
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(self, method: str, path: str, body=None, headers=None) -> tuple[int, dict, float]:
        headers = {"Authorization": f"Token {self.token}", **(headers or {})}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        started = time.perf_counter()
        try:
            self.conn.request(method, path, body=payload, headers=headers)
            response = self.conn.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException):
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            return 0, {}, time.perf_counter() - started  # 0: connection failed
        elapsed = time.perf_counter() - started
        if response.getheader("Connection", "").lower() == "close":
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        return response.status, {"etag": response.getheader("ETag"), "body": raw}, elapsed

    def close(self):
        self.conn.close()


def warm_up(port: int, token: str, pk: int, clients: int = 8, requests: int = 3) -> None:
    """Load the code of every worker thread before measuring: a cold worker's first request takes seconds."""

    def client():
        c = Client(port, token)
        for _ in range(requests):
            c.request("GET", f"/api/measures/{pk}/")
        c.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def _run_writers(phase: Phase, port: int, token: str, targets: list, limit: int, seconds: float, step) -> Phase:
    stop = time.monotonic() + seconds

    def writer(index, target):
        client = Client(port, token)
        for n in range(limit):
            if time.monotonic() >= stop:
                break
            status, _, elapsed = step(client, target, index, n)
            phase.record(status, elapsed)
        client.close()

    threads = [threading.Thread(target=writer, args=(i, t)) for i, t in enumerate(targets)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    phase.elapsed = time.perf_counter() - started
    return phase


def patch_different_measures(port: int, token: str, ids: list, limit: int, seconds: float) -> Phase:
    def step(client, pk, index, n):
        body = {"responsible_leader": f"压测领导{index}-{n}"}
        return client.request("PATCH", f"/api/measures/{pk}/", body)

    return _run_writers(Phase("PATCH different measures"), port, token, ids, limit, seconds, step)


def post_progress_notes(port: int, token: str, ids: list, limit: int, seconds: float) -> Phase:
    def step(client, pk, index, n):
        body = {"measure": pk, "text": f"压测进展{index}-{n}：已召开专题会议部署整改。", "status_after": "in_progress"}
        return client.request("POST", "/api/progress-notes/", body)

    return _run_writers(Phase("POST progress notes"), port, token, ids, limit, seconds, step)


def if_match_races(port: int, token: str, pk: int, rounds: int, seconds: float) -> tuple[Phase, list]:
    """Each round: read the ETag, then two clients PATCH with it at once. Returns the phase and each round's pair."""
    phase, outcomes = Phase("If-Match races (pairs)"), []
    clients = [Client(port, token), Client(port, token)]
    stop = time.monotonic() + seconds
    started = time.perf_counter()
    for n in range(rounds):
        if time.monotonic() >= stop:
            break
        status, meta, _ = clients[0].request("GET", f"/api/measures/{pk}/")
        if status != 200:
            outcomes.append((status,))
            continue
        barrier, pair = threading.Barrier(2), [None, None]

        def racer(i, tag=meta["etag"], barrier=barrier, pair=pair, n=n):
            barrier.wait()
            body = {"responsible_leader": f"抢先{n}-{i}"}
            status, _, elapsed = clients[i].request("PATCH", f"/api/measures/{pk}/", body, {"If-Match": tag})
            pair[i] = status
            phase.record(status, elapsed)

        threads = [threading.Thread(target=racer, args=(i,)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        outcomes.append(tuple(sorted(pair)))
    phase.elapsed = time.perf_counter() - started
    for client in clients:
        client.close()
    return phase, outcomes


def report(phase: Phase, expected=(200, 201)) -> str:
    errors = phase.errors(expected)
    shown = ", ".join(f"{'conn' if s == 0 else s}: {n}" for s, n in errors.items()) or "none"
    rate = phase.requests / phase.elapsed if phase.elapsed else 0
    return (
        f"{phase.name:28s} requests {phase.requests:5d}  errors {sum(errors.values()):5d} ({shown})  "
        f"p50 {phase.percentile(50) * 1000:7.1f} ms  p99 {phase.percentile(99) * 1000:7.1f} ms  {rate:6.1f} req/s"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30, help="time cap per phase")
    parser.add_argument("--patches", type=int, default=250, help="PATCH requests per writer (cap)")
    parser.add_argument("--notes", type=int, default=100, help="progress notes per writer (cap)")
    parser.add_argument("--rounds", type=int, default=20, help="If-Match race rounds")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    parser.add_argument("--populate", type=int, metavar="WRITERS", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.populate is not None:  # the child process prepare() starts
        sys.path.insert(0, str(ROOT))
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
        print(json.dumps(populate(args.populate)))
        return

    env = dict(os.environ)
    env.setdefault("API_THROTTLE_USER", "1000000/min")  # measure the database, not the API's rate limit
    env.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp(prefix='taizhang-bench-')}/bench.sqlite3")
    data = prepare(env, args.writers)
    port = args.port or free_port()
    server = start_server(env, port, args.workers, args.threads)
    try:
        warm_up(port, data["token"], data["race"], clients=2 * args.workers * args.threads)
        patches = patch_different_measures(port, data["token"], data["patch"], args.patches, args.seconds)
        notes = post_progress_notes(port, data["token"], data["notes"], args.notes, args.seconds)
        races, outcomes = if_match_races(port, data["token"], data["race"], args.rounds, args.seconds)
    finally:
        stop_server(server)
    print(
        f"database: {env['DATABASE_URL'].split('://')[0]}, gunicorn {args.workers} workers × {args.threads} threads, "
        f"{args.writers} writers, cap {args.seconds:.0f} s per phase"
    )
    print(report(patches))
    print(report(notes))
    print(report(races, expected=(200, 412)))
    good = sum(1 for o in outcomes if o == (200, 412))
    print(
        f"If-Match rounds: {len(outcomes)}, 200 + 412: {good}, other: {dict(Counter(o for o in outcomes if o != (200, 412)))}"
    )


if __name__ == "__main__":
    main()
