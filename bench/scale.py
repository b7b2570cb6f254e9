"""A province-sized ledger: build 10 k / 100 k / 1 M measures and time the pages that look across units (issue 13).

    .venv/bin/python bench/scale.py [--sizes 10000,100000,1000000] [--keep] [--explain] [--export] [--admin-only]

Shape: a province → cities → districts → townships; every unit below the province is inspected once in each of
5 rounds; each inspection has 10 aspects × 5 problems × 2 measures (100 measures), one progress note per measure,
and a historical row (as the import writes them, channel 文档导入) for every unit, round, inspection, item and
measure. Statuses are 40 % in progress / 30 % done / 15 % basically done / 10 % not started / 5 % long-term;
deadlines are spread over 2023–2027, note dates over the past year. The rows are written straight into the tables
(PostgreSQL COPY, executemany on SQLite), not through the services: the services are what is measured.

With DATABASE_URL pointing at PostgreSQL each size gets its own database tz_scale_<size> (--prefix changes
tz_scale) on that server (dropped afterwards unless --keep; --keep also reuses one already built). Without DATABASE_URL a temporary SQLite file is
used (CI runs a small size that way). Each size runs in a child process so every size starts with a cold Django.

Every page is fetched through Django's test client as an administrator (and, for comparison, as the editor of one
district): one warm-up, then the median of 5 (of 25 for the API list rows and the bare view, whose ratio is a
goal and whose few milliseconds a busy machine makes noisy). The API lists are timed twice: with the administrator's
token, as the other systems the API serves call it (the ratio to the bare view that the goal is about), and with a
browser session (one more query: the session row, then the user). The table has a column per size plus the largest ÷ smallest ratio.
--explain prints, per page on PostgreSQL, the EXPLAIN ANALYZE of its slowest statement. --export adds the Excel
export of one city (slow: one run). send_reminders --dry-run is timed in its own process with its peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # bench_urls (the bare .values() view); last, so workbench/ is the app

ROUNDS = 5
ASPECTS, PROBLEMS, MEASURES_PER_PROBLEM = 10, 5, 2
PER_INSPECTION = ASPECTS * PROBLEMS * MEASURES_PER_PROBLEM
TODAY = date(2026, 12, 1)  # fixed so every run and size sees the same warning mix
STATUS_MIX = [("in_progress", 40), ("done", 30), ("basically_done", 15), ("not_started", 10), ("long_term", 5)]

ASPECT_TITLES = [
    "贯彻落实党中央决策部署方面",
    "全面从严治党主体责任落实方面",
    "党建工作方面",
    "干部队伍建设方面",
    "作风建设方面",
    "廉洁风险防控方面",
    "基层党组织建设方面",
    "意识形态工作方面",
    "巡视整改落实方面",
    "财务管理方面",
]
PROBLEM_TITLES = [
    "学习贯彻不够深入，结合实际不紧",
    "制度执行不严格，监督检查流于形式",
    "党建与业务融合不够",
    "选人用人程序不规范",
    "“三重一大”决策制度落实不到位",
    "整改责任压得不实，跟踪问效不够",
    "资金使用管理不规范",
    "形式主义、官僚主义问题仍有发生",
]
MEASURE_TEXTS = [
    "健全完善相关工作制度，建立问题清单、任务清单、责任清单",
    "召开专题会议研究部署，逐项明确责任领导和完成时限",
    "加强党建工作指导，开展专项督导检查",
    "开展集中学习培训，提升干部履职能力",
    "对照问题举一反三，开展全面自查自纠",
    "建立长效机制，定期通报整改进展情况",
    "规范资金审批流程，严格执行财务管理规定",
    "压实整改主体责任，纳入年度考核",
]


# ---------------------------------------------------------------- building


def _shape(size: int) -> tuple[int, int, int]:
    """(cities, districts per city, inspected units) for `size` measures."""
    units = max(1, -(-size // (PER_INSPECTION * ROUNDS)))
    cities = max(1, min(14, units // 20))
    return cities, 8, units


def _unit_tree(size: int, now: datetime) -> list[dict]:
    cities, per_city, wanted = _shape(size)
    units = [dict(id=1, name="基准省", full_name="中共基准省委", parent_id=None, kind="province", path="/1/")]

    def add(name, parent, kind):
        uid = len(units) + 1
        units.append(
            dict(
                id=uid,
                name=name,
                full_name=f"中共{name}委{uid}",
                parent_id=parent["id"],
                kind=kind,
                path=f"{parent['path']}{uid}/",
            )
        )
        return units[-1]

    city_rows = [add(f"第{c + 1}市", units[0], "city") for c in range(cities)]
    districts = [add(f"{city['name']}第{d + 1}区", city, "county") for city in city_rows for d in range(per_city)]
    township = 0
    while len(units) - 1 < wanted:
        district = districts[township % len(districts)]
        township += 1
        add(f"{district['name']}第{township}街道", district, "township")
    for u in units:
        u.update(created_at=now, updated_at=now, version=1)
    return units


# Categories and repeats are the similarity app's to compute (bench/similarity.py times that), not the build's.
ITEM_UNCLASSIFIED = {"category_id": None, "category_source": "", "repeat_of_id": None, "repeat_similarity": None}


def _columns(model) -> list[str]:
    return [f.column for f in model._meta.concrete_fields]


class Writer:
    """Append rows to tables: COPY on PostgreSQL, executemany on SQLite."""

    def __init__(self, connection):
        self.connection = connection
        self.pg = connection.vendor == "postgresql"

    def write(self, model, rows) -> int:
        cols = _columns(model)
        table = model._meta.db_table
        quoted = ", ".join(self.connection.ops.quote_name(c) for c in cols)
        n = 0
        with self.connection.cursor() as cursor:
            if self.pg:
                with cursor.cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row([row[c] for c in cols])
                        n += 1
            else:
                sql = f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(cols))})"
                batch = []
                for row in rows:
                    batch.append([_sqlite_value(row[c]) for c in cols])
                    if len(batch) >= 5000:
                        cursor.cursor.executemany(sql, batch)
                        n += len(batch)
                        batch = []
                cursor.cursor.executemany(sql, batch)
                n += len(batch)
        return n


def _sqlite_value(value):
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _copy_history(connection, model, now) -> None:
    """Historical rows ("+", channel 文档导入) for every row of `model`, copied in SQL."""
    history = model.history.model
    own = {"history_id", "history_date", "history_change_reason", "history_type", "history_user_id", "history_channel"}
    cols = [c for c in _columns(history) if c not in own]
    q = connection.ops.quote_name
    listed = ", ".join(q(c) for c in cols)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {history._meta.db_table} ({listed}, history_date, history_type, history_channel) "
            f"SELECT {listed}, %s, '+', 'import' FROM {model._meta.db_table}",
            [now],
        )


def build(size: int) -> dict:
    """Write the ledger for `size` measures into the (empty, migrated) database; returns what was written."""
    from django.core.management.color import no_style
    from django.db import connection, transaction

    from ledger.models import FeedbackItem, Inspection, InspectionRound, Measure, ProgressNote, Unit

    rng = random.Random(size)
    now = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    writer = Writer(connection)
    counts = {}
    started = time.perf_counter()
    statuses = [s for s, weight in STATUS_MIX for _ in range(weight)]
    with transaction.atomic():
        units = _unit_tree(size, now)
        counts["units"] = writer.write(Unit, units)
        rounds = [
            dict(
                id=r,
                inspecting_body="基准省委",
                level="xunshi",
                term=13,
                round_no=r,
                batch=None,
                created_at=now,
                updated_at=now,
                version=1,
            )
            for r in range(1, ROUNDS + 1)
        ]
        writer.write(InspectionRound, rounds)

        inspected = units[1:]
        n_inspections = -(-size // PER_INSPECTION)
        inspections = []
        for i in range(n_inspections):
            rnd, unit = divmod(i, len(inspected))
            feedback = date(2022, 3, 1) + timedelta(days=300 * rnd + (i % 60))
            inspections.append(
                dict(
                    id=i + 1,
                    unit_id=inspected[unit]["id"],
                    round_id=rnd % ROUNDS + 1,
                    group=f"省委第{i % 12 + 1}巡视组",
                    kind="regular",
                    topic="",
                    onsite_start=feedback - timedelta(days=90),
                    onsite_end=feedback - timedelta(days=30),
                    feedback_date=feedback,
                    rectification_deadline=feedback + timedelta(days=180),
                    source_document_id=None,
                    created_at=now,
                    updated_at=now,
                    version=1,
                )
            )
        counts["inspections"] = writer.write(Inspection, inspections)

        def items():
            iid = 0
            for ins in inspections:
                for a in range(ASPECTS):
                    iid += 1
                    aspect = iid
                    yield dict(
                        **ITEM_UNCLASSIFIED,
                        id=aspect,
                        inspection_id=ins["id"],
                        parent_id=None,
                        position=a + 1,
                        label=f"（{a + 1}）",
                        title=ASPECT_TITLES[a],
                        text="",
                        source_line=None,
                        created_at=now,
                        updated_at=now,
                        version=1,
                    )
                    for p in range(PROBLEMS):
                        iid += 1
                        yield dict(
                            **ITEM_UNCLASSIFIED,
                            id=iid,
                            inspection_id=ins["id"],
                            parent_id=aspect,
                            position=p + 1,
                            label=f"{p + 1}.",
                            title=PROBLEM_TITLES[rng.randrange(len(PROBLEM_TITLES))],
                            text=f"经查，{PROBLEM_TITLES[rng.randrange(len(PROBLEM_TITLES))]}。",
                            source_line=None,
                            created_at=now,
                            updated_at=now,
                            version=1,
                        )

        item_rows = list(items())
        counts["items"] = writer.write(FeedbackItem, item_rows)
        # What each measure stores of its inspection (ledger.models.measures.ITEM_FACTS): milestone, id, unit, round,
        # kind.
        facts = {
            ins["id"]: (ins["rectification_deadline"], ins["id"], ins["unit_id"], ins["round_id"], ins["kind"])
            for ins in inspections
        }
        problems = [(row["id"], *facts[row["inspection_id"]]) for row in item_rows if row["parent_id"] is not None]
        del item_rows

        span = (date(2027, 12, 31) - date(2023, 1, 1)).days
        kept: list[tuple[str, date]] = []  # each measure's status and note date, for its progress note
        note_rng = random.Random(size + 1)  # its own stream, so the measures are the same as before

        def measures():
            mid = 0
            for item_id, milestone, inspection_id, unit_id, round_id, kind in problems:
                for k in range(MEASURES_PER_PROBLEM):
                    mid += 1
                    if mid > size:
                        return
                    status = statuses[rng.randrange(100)]
                    note_day = TODAY - timedelta(days=note_rng.randrange(365))
                    kept.append((status, note_day))
                    deadline = date(2023, 1, 1) + timedelta(days=rng.randrange(span))
                    yield dict(
                        id=mid,
                        item_id=item_id,
                        position=k + 1,
                        label=("一是", "二是")[k],
                        text=f"{MEASURE_TEXTS[rng.randrange(len(MEASURE_TEXTS))]}（{mid}）。",
                        responsible_leader="张三",
                        lead_unit="办公室",
                        responsible_units="组织部、宣传部",
                        deadline=deadline,
                        status=status,
                        completed_on=min(deadline, TODAY) if status in ("done", "basically_done") else None,
                        closed_at=None,
                        closed_by_id=None,
                        close_note="",
                        review_cycle_months=6 if status == "long_term" else None,
                        next_review_on=TODAY + timedelta(days=rng.randrange(-60, 120))
                        if status == "long_term"
                        else None,
                        created_at=now,
                        updated_at=now,
                        version=1,
                        last_activity_on=note_day,  # the stored warning inputs, as the services keep them
                        milestone_on=milestone,
                        inspection_id=inspection_id,
                        unit_id=unit_id,
                        round_id=round_id,
                        inspection_kind=kind,
                        category_id=None,  # items are unclassified here (ITEM_UNCLASSIFIED)
                    )

        counts["measures"] = writer.write(Measure, measures())
        counts["notes"] = writer.write(
            ProgressNote,
            (
                dict(
                    id=mid,
                    measure_id=mid,
                    date=note_day,
                    text="已按计划推进，取得阶段性成效。",
                    status_after=status,
                    author_id=None,
                    channel="import",
                    created_at=now,
                )
                for mid, (status, note_day) in enumerate(kept, start=1)
            ),
        )
        for model in (Unit, InspectionRound, Inspection, FeedbackItem, Measure):
            _copy_history(connection, model, now)
        if writer.pg:
            models = [Unit, InspectionRound, Inspection, FeedbackItem, Measure, ProgressNote]
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), models):
                    cursor.execute(sql)
    if writer.pg:
        with connection.cursor() as cursor:
            # VACUUM as well: COPY leaves the visibility map empty, and without it the grouped counts cannot be
            # index-only scans of the tally index (autovacuum would set it later on a live database). Not inside a
            # transaction (a test building a small ledger): VACUUM cannot run there.
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


# ---------------------------------------------------------------- measuring


def _pages(ids: dict) -> list[tuple[str, str]]:
    ins = ids["inspection"]
    return [
        ("admin measure list (default)", "/admin/ledger/measure/"),
        ("admin measure list 逾期", "/admin/ledger/measure/?overdue=1"),
        ("admin measure list 红色", "/admin/ledger/measure/?warning=red"),
        ("admin measure list 黄色", "/admin/ledger/measure/?warning=yellow"),
        ("admin measure list search 制度", "/admin/ledger/measure/?q=制度"),
        ("admin feedback-item list", "/admin/ledger/feedbackitem/"),
        ("admin dashboard (all)", "/admin/dashboard/"),
        ("admin dashboard (one round)", f"/admin/dashboard/?round={ids['round']}"),
        ("admin dashboard (one kind)", "/admin/dashboard/?kind=regular"),
        ("admin dashboard (one city)", f"/admin/dashboard/?unit={ids['city']}"),
        ("admin inspection page", f"/admin/ledger/inspection/{ins}/change/"),
        ("工作台 /admin/", "/admin/"),
        ("台账视图 sheet", f"/admin/ledger/inspection/{ins}/sheet/"),
        ("API measures 50/page", "/api/measures/?page_size=50"),
        ("API measures warning=red", "/api/measures/?page_size=50&warning=red"),
        ("API measures q=制度", "/api/measures/?page_size=50&q=制度"),
        ("API measures cursor", "/api/measures/?paging=cursor&page_size=50"),
        ("API stats by unit", "/api/stats/?by=unit"),
    ]


API_REPEATS = 41  # the API list rows and the bare .values() view: their ratio is a goal, and each is a few ms
TOKEN_PAGES = ("API measures 50/page", "API measures warning=red", "API measures q=制度")


def _time_pair(client_a, url_a: str, client_b, url_b: str, repeats: int) -> tuple[dict, dict]:
    """Two pages timed in alternation (a, b, b, a, …): medians of each, with the same share of any load. Queries
    are counted on the warm-up requests (see _time_page)."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    queries = {}
    for name, client, url in (("a", client_a, url_a), ("b", client_b, url_b)):
        client.get(url)  # warm-up
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            if client.get(url).status_code != 200:
                raise SystemExit(f"{url}: HTTP error")
        queries[name] = len(captured.captured_queries)
    times: dict[str, list[float]] = {"a": [], "b": []}
    order = (("a", client_a, url_a), ("b", client_b, url_b))
    for i in range(repeats):
        for name, client, url in order if i % 2 == 0 else order[::-1]:
            start = time.perf_counter()
            client.get(url)
            times[name].append((time.perf_counter() - start) * 1000)
    return tuple({"ms": statistics.median(times[n]), "queries": queries[n], "sql_ms": 0.0} for n in ("a", "b"))


def _time_page(client, url: str, explain: bool, repeats: int = 5) -> dict:
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    # After a warm-up, one request's statements are captured, apart from the timed ones: capturing (Django's debug
    # cursor) costs time of its own, more for more statements, which no server request pays.
    client.get(url)
    reset_queries()  # a request starts by clearing the log: a capture must start from an empty one
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    statements = list(captured.captured_queries)  # read lazily from the log, which the next request clears
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        times.append((time.perf_counter() - start) * 1000)
    result = {
        "ms": statistics.median(times),
        "queries": len(statements),
        "sql_ms": sum(float(q["time"]) for q in statements) * 1000,
    }
    if explain and connection.vendor == "postgresql" and statements:
        # A page's own EXPLAIN (the bounded counts' estimate, ledger/paging.py) cannot be explained again.
        explainable = [q for q in statements if not q["sql"].lstrip().upper().startswith("EXPLAIN")]
        slowest = max(explainable or statements, key=lambda q: float(q["time"]))
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + slowest["sql"])
            plan = "\n".join(row[0] for row in cursor.fetchall())
        result["explain"] = {"sql": slowest["sql"], "ms": float(slowest["time"]) * 1000, "plan": plan}
    return result


# Runs manage.py in the child and prints the child's own peak (VmHWM) last on stderr: ru_maxrss from wait4 also
# counts the forking bench process, which at 1 M holds several hundred MB of its own.
_PEAK_WRAPPER = """
import atexit, runpy, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            print("peak_kb", line.split()[1], file=sys.stderr)
atexit.register(peak)
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _reminders(env: dict) -> dict:
    start = time.perf_counter()
    argv = [str(ROOT / "manage.py"), "send_reminders", "--dry-run", "--date", TODAY.isoformat()]
    proc = subprocess.run(
        [sys.executable, "-c", _PEAK_WRAPPER, *argv], env=env, capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"send_reminders --dry-run failed ({proc.returncode}): {proc.stderr[-500:]}")
    peaks = [line.split()[1] for line in proc.stderr.splitlines() if line.startswith("peak_kb ")]
    rss_mb = int(peaks[-1]) / 1024 if peaks else float("nan")  # no /proc: not Linux
    return {"seconds": seconds, "rss_mb": rss_mb, "digests": proc.stdout.count("\n")}


def _prepare_tallies() -> None:
    """Today's overview tallies, counted ahead of the first reader as the daily job does (celery beat at 00:01) and
    analysed: autovacuum may be off on a bench server, and a never-analysed tally table misleads the planner."""
    from django.db import connection

    from ledger.services.overview import overview_tallies_refresh

    overview_tallies_refresh(rebuild=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE ledger_overviewtally")


def measure(size: int, *, explain: bool, export: bool, admin_only: bool) -> dict:
    from django.test import Client

    from accounts.models import User
    from accounts.roles import Role
    from accounts.services import user_create
    from ledger.models import Inspection, Measure, Unit

    district = Unit.objects.filter(kind="county").order_by("id").first()
    city = Unit.objects.filter(kind="city").order_by("id").first()
    users = {}
    for key, role, unit in (("admin", Role.ADMIN, None), ("editor", Role.EDITOR, district)):
        name = f"scale_{key}"
        users[key] = User.objects.filter(username=name).first() or user_create(
            username=name, password=None, role=role, unit=unit
        )
    ids = {
        "round": 1,
        "inspection": Inspection.objects.filter(unit=district).order_by("id").first().pk,
        "city": city.pk,
    }
    results = {"measures": Measure.objects.count(), "pages": {}, "ratios": {}}
    _prepare_tallies()
    for key, user in users.items():
        if admin_only and key != "admin":
            continue
        client = Client(SERVER_NAME="127.0.0.1")
        client.force_login(user)
        for label, url in _pages(ids):
            repeats = API_REPEATS if label.startswith("API measures") else 5
            results["pages"][f"{key}: {label}"] = _time_page(client, url, explain and key == "admin", repeats)
        if key == "admin":
            from django.test import override_settings

            # Other systems call the API with a token (one query for token and user), a browser with a session
            # (session, then user): both are timed, the token being how the API is meant to be used.
            from rest_framework.authtoken.models import Token

            token, _ = Token.objects.get_or_create(user=user)
            by_token = Client(SERVER_NAME="127.0.0.1", HTTP_AUTHORIZATION=f"Token {token.key}")
            # The floor for the API list: its first page (same rows, order and columns) straight from .values()
            # (bench/bench_urls.py), and the first floor (15 columns by id). Each API page's ratio is taken from
            # requests interleaved with the floor's, so a load that comes and goes weighs on both alike.
            with override_settings(ROOT_URLCONF="bench_urls"):
                for label, url in _pages(ids):
                    if label not in TOKEN_PAGES:
                        continue
                    for name, api_client in ((f"{label} (token)", by_token), (label, client)):
                        page, floor = _time_pair(api_client, url, client, "/bench/bare-measures/", API_REPEATS)
                        if name != label:
                            results["pages"][f"{key}: {name}"] = page
                        results["ratios"][name] = floor["ms"] / page["ms"]
                results["pages"]["admin: bare .values() 50 rows"] = _time_page(
                    client, "/bench/bare-measures/", False, API_REPEATS
                )
                results["pages"]["admin: bare .values() 15 columns by id"] = _time_page(
                    client, "/bench/bare-measures-by-id/", False, API_REPEATS
                )
    if export:
        client = Client(SERVER_NAME="127.0.0.1")
        client.force_login(users["admin"])
        rows = Measure.objects.filter(item__inspection__unit__path__startswith=city.path).count()
        start = time.perf_counter()
        response = client.get(f"/api/measures/export/?unit={city.pk}")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert response.status_code == 200 and body[:2] == b"PK", response.status_code
        results["export"] = {"seconds": time.perf_counter() - start, "rows": rows}
    results["reminders"] = _reminders(dict(os.environ))
    return results


# ---------------------------------------------------------------- one size (child process)


def run_one(size: int, *, keep: bool, explain: bool, export: bool, admin_only: bool) -> dict:
    import django
    from django.core.management import call_command

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    django.setup()
    from django.db import connection

    from ledger.models import Measure

    call_command("migrate", verbosity=0)
    built = None
    if not Measure.objects.exists():
        built = build(size)
    elif Measure.objects.count() != size:
        raise SystemExit(f"数据库中已有 {Measure.objects.count()} 条措施，不是 {size} 条：请去掉 --keep 重建。")
    result = measure(size, explain=explain, export=export, admin_only=admin_only)
    result["built"] = built
    result["vendor"] = connection.vendor
    return result


def _pg_admin(url: str, sql: str) -> None:
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(sql)


def _pg_exists(url: str, name: str) -> bool:
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def run_size(size: int, args) -> dict:
    base = os.environ.get("DATABASE_URL", "")
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="config.settings")
    pg = base.startswith("postgres")
    if pg:
        name = f"{args.prefix}_{size}"
        if not (args.keep and _pg_exists(base, name)):
            _pg_admin(base, f"DROP DATABASE IF EXISTS {name}")
            _pg_admin(base, f"CREATE DATABASE {name}")
        env["DATABASE_URL"] = urlunsplit(urlsplit(base)._replace(path=f"/{name}"))
    else:
        env["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp(prefix='taizhang-scale-')}/scale.sqlite3"
    flags = [
        f
        for f, on in (
            ("--keep", args.keep),
            ("--explain", args.explain),
            ("--export", args.export),
            ("--admin-only", args.admin_only),
        )
        if on
    ]
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size), *flags],
            env=env,
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout
    finally:
        if pg and not args.keep:
            _pg_admin(base, f"DROP DATABASE IF EXISTS {name}")
    return json.loads(out.splitlines()[-1])


def _pad(text: str, width: int) -> str:
    """Left-justify counting CJK characters as two columns, so the table lines up in a terminal."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - shown)


def _fmt_ms(ms: float) -> str:
    return f"{ms:,.0f} ms" if ms >= 10 else f"{ms:.1f} ms"


def report(sizes: list[int], results: list[dict], explain: bool) -> None:
    cols = [f"{s:,}" for s in sizes]
    print()
    print(f"database: {results[0]['vendor']}; median of 5 after a warm-up ({API_REPEATS} for API measures and bare); (queries)")
    for size, r in zip(sizes, results, strict=True):
        if r["built"]:
            b = r["built"]
            print(
                f"built {size:,}: {b['units']} units, {b['inspections']} inspections, {b['items']} items, "
                f"{b['measures']} measures, {b['notes']} notes in {b['seconds']} s"
            )
    head = f"{'page':<46}" + "".join(f"{c:>18}" for c in cols) + f"{'ratio':>8}"
    print(head)
    print("-" * len(head))
    for label in results[0]["pages"]:
        cells = [r["pages"][label] for r in results]
        row = _pad(label, 46) + "".join(f"{_fmt_ms(c['ms']) + ' (' + str(c['queries']) + ')':>18}" for c in cells)
        print(row + f"{cells[-1]['ms'] / cells[0]['ms']:>8.1f}")
    print()
    for label in [f"{page} (token)" for page in TOKEN_PAGES] + list(TOKEN_PAGES):
        ratios = [r.get("ratios", {}).get(label) for r in results]
        if all(ratios):
            print(_pad(f"{label} ÷ bare .values() (speed, goal ≥ 0.5)", 46) + "".join(f"{x:>18.2f}" for x in ratios))
    floors = [(r["pages"].get("admin: bare .values() 50 rows"), r["pages"].get("admin: bare .values() 15 columns by id"))
              for r in results]
    for label in [f"{page} (token)" for page in TOKEN_PAGES]:
        cells = [r["pages"].get(f"admin: {label}") for r in results]
        if all(cells) and all(by_id for _, by_id in floors):
            ratios = [by_id["ms"] / c["ms"] for (_, by_id), c in zip(floors, cells, strict=True)]
            print(_pad(f"{label} ÷ first floor (15 columns by id)", 46) + "".join(f"{x:>18.2f}" for x in ratios))
    if "export" in results[0]:
        cells = [r["export"] for r in results]
        print(
            f"{'Excel export of a city (rows, s)':<46}"
            + "".join(f"{str(c['rows']) + ' / ' + format(c['seconds'], '.1f') + ' s':>18}" for c in cells)
            + f"{cells[-1]['seconds'] / cells[0]['seconds']:>8.1f}"
        )
    cells = [r["reminders"] for r in results]
    print(
        f"{'send_reminders --dry-run (s)':<46}"
        + "".join(f"{c['seconds']:>16.1f} s" for c in cells)
        + f"{cells[-1]['seconds'] / cells[0]['seconds']:>8.1f}"
    )
    print(
        f"{'send_reminders --dry-run peak RSS (MB)':<46}"
        + "".join(f"{c['rss_mb']:>15.0f} MB" for c in cells)
        + f"{cells[-1]['rss_mb'] / cells[0]['rss_mb']:>8.1f}"
    )
    if explain:
        for size, r in zip(sizes, results, strict=True):
            for label, page in r["pages"].items():
                if "explain" in page:
                    e = page["explain"]
                    print(
                        f"\n===== {size:,}: {label}: slowest statement {e['ms']:.0f} ms of {page['sql_ms']:.0f} ms SQL"
                    )
                    print(e["sql"][:1500])
                    print(e["plan"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="2000", help="comma-separated measure counts, e.g. 10000,100000,1000000")
    parser.add_argument("--keep", action="store_true", help="keep the PostgreSQL databases and reuse one built before")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE each page's slowest statement")
    parser.add_argument("--export", action="store_true", help="also time the Excel export of one city")
    parser.add_argument("--admin-only", action="store_true", help="skip the district editor's pages")
    parser.add_argument("--prefix", default="tz_scale", help="PostgreSQL database name prefix (<prefix>_<size>)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(
            json.dumps(
                run_one(args.one, keep=args.keep, explain=args.explain, export=args.export, admin_only=args.admin_only)
            )
        )
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for size in sizes:
        print(f"size {size:,} …", file=sys.stderr, flush=True)
        results.append(run_size(size, args))
    report(sizes, results, args.explain)


if __name__ == "__main__":
    main()
