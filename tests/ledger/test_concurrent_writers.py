"""Concurrent writers against a real server: no write fails, and an If-Match race ends in 200 + 412.

Django's test database on SQLite lives in memory and the live-server thread shares one connection, which hides
locking entirely. So this module migrates a database of its own (a temporary SQLite file, or a throwaway
PostgreSQL database next to the test database when DATABASE_URL names PostgreSQL), serves it with gunicorn on
127.0.0.1 (threaded workers, the project's real settings, DEBUG off) and drives it with the same clients as
bench/concurrency.py, in small bounded loops.
"""

import os
from urllib.parse import quote

import pytest
from django.db import connection

from bench import concurrency as bench

WRITERS = 8
PER_WRITER = 6
RACE_ROUNDS = 8
TIME_CAP = 60  # seconds per phase; a bound on a stuck server, not a speed assertion


def _postgres_database():
    import psycopg

    params = connection.settings_dict
    name = f"{params['TEST'].get('NAME') or 'test_' + params['NAME']}_live"
    admin = {
        "dbname": "postgres",
        "user": params.get("USER") or None,
        "password": params.get("PASSWORD") or None,
        "host": params.get("HOST") or None,
        "port": params.get("PORT") or None,
    }
    admin = {k: v for k, v in admin.items() if v}

    def run(sql):
        with psycopg.connect(**admin, autocommit=True) as conn:
            conn.execute(sql)

    run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    run(f'CREATE DATABASE "{name}"')
    credentials = quote(params.get("USER") or "postgres")
    if params.get("PASSWORD"):
        credentials += ":" + quote(params["PASSWORD"])
    url = f"postgres://{credentials}@{params.get('HOST') or '127.0.0.1'}:{params.get('PORT') or 5432}/{name}"
    return url, lambda: run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if connection.vendor == "sqlite":
        url, drop = f"sqlite:///{tmp_path_factory.mktemp('live') / 'live.sqlite3'}", lambda: None
    elif connection.vendor == "postgresql":
        url, drop = _postgres_database()
    else:
        pytest.skip(f"no live-server set-up for {connection.vendor}")
    env = {**os.environ, "DATABASE_URL": url, "CONN_MAX_AGE": "60"}
    try:
        data = bench.prepare(env, WRITERS)
        port = int(os.environ.get("CONCURRENCY_TEST_PORT", 0)) or bench.free_port()
        process = bench.start_server(env, port, workers=2, threads=4)
        try:
            bench.warm_up(port, data["token"], data["race"])
            yield port, data
        finally:
            bench.stop_server(process)
    finally:
        drop()


def test_writers_on_different_measures_and_notes_all_succeed(server):
    port, data = server
    patches = bench.patch_different_measures(port, data["token"], data["patch"], PER_WRITER, TIME_CAP)
    notes = bench.post_progress_notes(port, data["token"], data["notes"], PER_WRITER, TIME_CAP)
    assert patches.requests == WRITERS * PER_WRITER
    assert patches.statuses == {200: WRITERS * PER_WRITER}, bench.report(patches)
    assert notes.requests == WRITERS * PER_WRITER
    assert notes.statuses == {201: WRITERS * PER_WRITER}, bench.report(notes)


def test_if_match_race_gives_one_200_and_one_412(server):
    port, data = server
    _, outcomes = bench.if_match_races(port, data["token"], data["race"], RACE_ROUNDS, TIME_CAP)
    assert outcomes == [(200, 412)] * RACE_ROUNDS
