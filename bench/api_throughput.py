"""Requests per second of the API under a multi-worker gunicorn on loopback, against a bare Django view.

    .venv/bin/python bench/api_throughput.py [--measures 100000] [--seconds 10] [--workers 2] [--clients 8]

Builds a throwaway database (SQLite unless DATABASE_URL is set) with the requested number of measures, starts
gunicorn on 127.0.0.1, and drives each URL for a fixed time with keep-alive clients. Prints requests per second
and the ratio to the bare view returning the same 50 rows from .values().
"""

import argparse
import http.client
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import date, timedelta

from _django import ROOT, setup


def populate(n_measures: int) -> str:
    from rest_framework.authtoken.models import Token

    from accounts.roles import Role
    from accounts.services import user_create
    from ledger.choices import Level, Status
    from ledger.models import FeedbackItem, Inspection, InspectionRound, Measure
    from ledger.services import measures_refresh_warning_inputs, save_tracked, unit_create

    rnd = InspectionRound(inspecting_body="示范省委", level=Level.XUNSHI, term=13, round_no=4)
    save_tracked(rnd)
    statuses = list(Status.values)
    per_inspection, per_item = 1000, 10
    for n in range(max(1, n_measures // per_inspection)):
        unit = unit_create(name=f"单位{n}", full_name=f"中共单位{n}委员会")
        inspection = Inspection(unit=unit, round=rnd, group="省委第一巡视组")
        save_tracked(inspection)
        items = FeedbackItem.objects.bulk_create(
            FeedbackItem(inspection=inspection, position=i, title=f"反馈问题{i}")
            for i in range(per_inspection // per_item)
        )
        Measure.objects.bulk_create(
            Measure(
                item=item,
                position=k,
                text=f"整改措施{item.position}-{k}：完善制度，压实责任。",
                status=statuses[k % len(statuses)],
                deadline=date(2025, 1, 1) + timedelta(days=k * 30),
                lead_unit="区委办公室",
            )
            for item in items
            for k in range(per_item)
        )
        measures_refresh_warning_inputs(inspection_ids=[inspection.pk])  # bulk_create skipped save()
    admin = user_create(username="bench", password=None, role=Role.ADMIN)
    return Token.objects.create(user=admin).key


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def drive(port: int, path: str, token: str, seconds: float, clients: int) -> float:
    done = [0] * clients
    stop = time.perf_counter() + seconds

    def client(index):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.perf_counter() < stop:
            conn.request("GET", path, headers={"Authorization": f"Token {token}"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise SystemExit(f"{path}: HTTP {response.status}")
            done[index] += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(done) / (time.perf_counter() - started)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--measures", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()

    url = setup()
    started = time.perf_counter()
    token = populate(args.measures)
    from ledger.models import Measure

    print(
        f"database: {url.split('://')[0]}, {Measure.objects.count()} measures (built in {time.perf_counter() - started:.0f} s)"
    )
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench_settings", "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            str(args.workers),
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
            "config.wsgi:application",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        paths = {
            "bare view, 50 rows (.values())": "/bench/bare-measures/",
            "GET /api/measures/?page_size=50": "/api/measures/?page_size=50",
            "GET /api/measures/?page_size=50&status=in_progress&overdue=true": "/api/measures/?page_size=50&status=in_progress&overdue=true",
            "GET /api/stats/?by=unit": "/api/stats/?by=unit",
            "GET /api/stats/?by=status": "/api/stats/?by=status",
        }
        for path in paths.values():  # warm every worker
            drive(port, path, token, 1, args.clients)
        results = {label: drive(port, path, token, args.seconds, args.clients) for label, path in paths.items()}
    finally:
        server.terminate()
        server.wait()
    bare = results["bare view, 50 rows (.values())"]
    print(f"gunicorn workers: {args.workers}, clients: {args.clients}, {args.seconds:.0f} s per URL")
    for label, rps in results.items():
        print(f"{label:70s} {rps:8.1f} req/s   ratio to bare {rps / bare:5.2f}")


if __name__ == "__main__":
    main()
