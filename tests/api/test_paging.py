"""A page of the API's lists fetches its rows and its bounded count in one statement (ledger.paging)."""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ledger import paging
from ledger.models import Measure
from ledger.paging import BoundedPaginator, bounded_count_expression, db_id, estimated_count, recent_estimate
from tests.ledger.conftest import make_item, make_measure


@pytest.fixture
def many(ledger):
    item = make_item(ledger.east_inspection, "分页问题")
    for n in range(7):
        make_measure(item, f"分页措施{n}")
    return Measure.objects.count()


def _measure_queries(ctx):
    return [q["sql"] for q in ctx.captured_queries if "ledger_measure" in q["sql"]]


def test_rows_and_count_come_in_one_statement(many, users, api):
    client = api(users.admin)
    with CaptureQueriesContext(connection) as ctx:
        page = client.get("/api/measures/", {"page_size": 3, "page": 2}).json()
    (sql,) = _measure_queries(ctx)
    assert "SELECT COUNT(*) FROM (" in sql and "LIMIT" in sql
    assert (page["count"], page["count_exact"], len(page["results"])) == (many, True, 3)
    ids = list(Measure.objects.order_by("id").values_list("id", flat=True))  # the list's default order
    assert [row["id"] for row in page["results"]] == ids[3:6]
    assert page["next"] and page["previous"]
    last = client.get("/api/measures/", {"page_size": 3, "page": "last"}).json()
    assert [row["id"] for row in last["results"]] == ids[(many - 1) // 3 * 3 :] and last["next"] is None


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "99", "99999999999999999999"])
def test_pages_that_do_not_exist_answer_404_as_before(many, users, api, page):
    response = api(users.admin).get("/api/measures/", {"page_size": 3, "page": page})
    assert response.status_code == 404


def test_an_empty_list_and_a_bounded_count(many, users, api, monkeypatch):
    client = api(users.admin)
    empty = client.get("/api/measures/", {"q": "没有这样的措施"}).json()
    assert (empty["count"], empty["count_exact"], empty["results"]) == (0, True, [])
    monkeypatch.setattr(BoundedPaginator, "limit", 4)
    page = client.get("/api/measures/", {"page_size": 2}).json()
    assert page["count_exact"] is False and page["count"] >= 5 and len(page["results"]) == 2
    assert all("tz_bounded_count" not in row for row in page["results"])


@pytest.mark.skipif(connection.vendor != "postgresql", reason="estimates are PostgreSQL's planner's")
def test_the_planners_estimate_is_asked_once_while_paging(many, monkeypatch):
    monkeypatch.setattr(paging, "_estimates", {})
    queryset = Measure.objects.filter(status="in_progress")
    with CaptureQueriesContext(connection) as ctx:
        first, second = paging.estimated_count(queryset), paging.estimated_count(queryset)
    assert first == second and sum("EXPLAIN" in q["sql"] for q in ctx.captured_queries) == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="estimates are PostgreSQL's planner's")
def test_a_list_counted_above_the_bound_is_not_counted_again_while_its_estimate_is_fresh(
    many, users, api, monkeypatch
):
    monkeypatch.setattr(paging, "_estimates", {})
    monkeypatch.setattr(paging, "_by_request", {})
    monkeypatch.setattr(BoundedPaginator, "limit", 4)
    client = api(users.admin)
    first = client.get("/api/measures/", {"page_size": 2}).json()
    with CaptureQueriesContext(connection) as ctx:
        second = client.get("/api/measures/", {"page_size": 2, "page": 2}).json()
    (sql,) = _measure_queries(ctx)
    assert "COUNT(*)" not in sql and not sql.startswith("EXPLAIN")
    assert (second["count"], second["count_exact"]) == (first["count"], False)
    ids = list(Measure.objects.order_by("id").values_list("id", flat=True))
    assert [row["id"] for row in first["results"] + second["results"]] == ids[:4]
    # Once the estimate is older than ESTIMATE_SECONDS the list is counted again.
    monkeypatch.setattr(paging, "ESTIMATE_SECONDS", 0)
    with CaptureQueriesContext(connection) as ctx:
        client.get("/api/measures/", {"page_size": 2, "page": 2})
    assert any("COUNT(*)" in sql for sql in _measure_queries(ctx))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="estimates are PostgreSQL's planner's")
def test_a_polled_list_finds_its_estimate_by_the_request_without_compiling_its_count(
    many, users, api, monkeypatch
):
    monkeypatch.setattr(paging, "_estimates", {})
    monkeypatch.setattr(paging, "_by_request", {})
    monkeypatch.setattr(BoundedPaginator, "limit", 4)
    admin = api(users.admin)
    first = admin.get("/api/measures/", {"page_size": 2}).json()
    assert first["count_exact"] is False
    compiled = []
    original = paging._statement
    monkeypatch.setattr(paging, "_statement", lambda queryset: compiled.append(1) or original(queryset))
    again = admin.get("/api/measures/", {"page_size": 2, "page": 2}).json()
    assert compiled == [] and (again["count"], again["count_exact"]) == (first["count"], False)
    # Another scope, another filter: their own statements, each counted, not given the administrator's estimate.
    for client, params in ((api(users.editor), {}), (admin, {"status": "in_progress"})):
        with CaptureQueriesContext(connection) as ctx:
            client.get("/api/measures/", {"page_size": 2, **params})
        assert any("COUNT(*)" in sql for sql in _measure_queries(ctx)), params


@pytest.mark.skipif(connection.vendor != "postgresql", reason="estimates are PostgreSQL's planner's")
def test_a_list_polled_across_the_estimates_expiry_is_recounted_after_it(many, users, api, monkeypatch):
    # The module's own clock, moved by hand (time-machine leaves time.monotonic alone).
    now = [1000.0]
    monkeypatch.setattr(paging, "time", SimpleNamespace(monotonic=lambda: now[0]))
    monkeypatch.setattr(paging, "_estimates", {})
    monkeypatch.setattr(paging, "_over_bound", {})
    monkeypatch.setattr(paging, "_by_request", {})
    monkeypatch.setattr(BoundedPaginator, "limit", 4)
    client = api(users.admin)

    def poll(at):
        now[0] = 1000.0 + at
        with CaptureQueriesContext(connection) as ctx:
            page = client.get("/api/measures/", {"page_size": 2}).json()
        assert (page["count_exact"], len(page["results"])) == (False, 2)
        statements = [q["sql"] for q in ctx.captured_queries]
        return any("COUNT(*)" in sql for sql in statements), any(sql.startswith("EXPLAIN") for sql in statements)

    window = paging.ESTIMATE_SECONDS
    assert poll(0) == (True, True)  # counted above the bound, then estimated
    # Polled without pause within the window: the estimate stands; it is not renewed by being used.
    for at in (1, window / 2, window - 0.5):
        assert poll(at) == (False, False), at
    assert poll(window + 0.5) == (True, True)  # past the window from the count: counted and estimated again
    assert poll(window + 1) == (False, False)
    assert poll(2 * window + 1) == (True, True)


# Ids no row can have. Django compiles a lookup beyond the column's integers to EmptyResultSet (for PostgreSQL's
# integer and smallint columns already at 2**31 and 2**15), which the bounded count met uncaught: a 500.
BEYOND_BIGINT = str(2**63)
HUGE = "99999999999999999999"
NO_UNIT = "999999"  # ?unit= of a unit that does not exist filters with .none(): EmptyResultSet as well

EMPTY_LISTS = [
    *(
        (url, {name: value})
        for url, names in (
            ("/api/units/", ("id",)),
            ("/api/inspection-rounds/", ("id", "term", "round_no", "batch")),
            ("/api/inspections/", ("id",)),
            ("/api/feedback-items/", ("id", "position", "source_line")),
            ("/api/measures/", ("id", "position")),
            ("/api/progress-notes/", ("id",)),
            ("/api/evidence/", ("id",)),
            ("/api/reported-figures/", ("id", "source_line")),
        )
        for name in names
        for value in (BEYOND_BIGINT, HUGE)
    ),
    # Lists without updated_at page by number even when cursor paging is asked for.
    *(
        (url, {"id": BEYOND_BIGINT, "paging": "cursor"})
        for url in ("/api/progress-notes/", "/api/evidence/", "/api/reported-figures/")
    ),
    *(
        (url, {"unit": NO_UNIT})
        for url in (
            "/api/units/",
            "/api/inspections/",
            "/api/feedback-items/",
            "/api/measures/",
            "/api/progress-notes/",
            "/api/evidence/",
            "/api/reported-figures/",
        )
    ),
    # Beyond PostgreSQL's integer and smallint, within bigint.
    ("/api/measures/", {"position": str(2**31)}),
    ("/api/feedback-items/", {"source_line": str(2**31)}),
    ("/api/inspection-rounds/", {"term": "40000"}),
]


@pytest.mark.parametrize(("url", "params"), EMPTY_LISTS, ids=lambda v: v if isinstance(v, str) else "&".join(v))
def test_a_filter_no_row_can_match_gives_an_empty_page(ledger, users, api, url, params):
    response = api(users.admin).get(url, params)
    assert response.status_code == 200, response.content[:300]
    page = response.json()
    assert (page["count"], page["count_exact"], page["results"]) == (0, True, [])


def test_counts_and_estimates_of_a_query_no_row_can_match(ledger, monkeypatch):
    nothing = Measure.objects.filter(pk=int(BEYOND_BIGINT))
    counted = Measure.objects.annotate(n=bounded_count_expression(nothing, 10)).values_list("n", flat=True)
    assert set(counted) == {0} and len(counted) == Measure.objects.count()
    # As if counted above the bound a moment ago: the estimate is looked up by the compiled statement.
    monkeypatch.setattr(paging, "_over_bound", {})
    assert recent_estimate(nothing, 10) is None and recent_estimate(Measure.objects.none(), 10) is None
    assert estimated_count(nothing) in (None, 0)  # None: not PostgreSQL


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1", 1), ("42", 42), (str(2**63 - 1), 2**63 - 1), (BEYOND_BIGINT, None), (HUGE, None), ("0", None),
     ("-1", None), ("abc", None), ("", None), ("²", None), (" 7 ", 7)],
)
def test_db_id(value, expected):
    assert db_id(value) == expected


@pytest.mark.parametrize(
    "url",
    [
        f"/admin/ledger/measure/add/?item={HUGE}",
        f"/admin/ledger/measure/add/?item={BEYOND_BIGINT}",
        f"/admin/ledger/feedbackitem/add/?inspection={HUGE}",
        f"/admin/ledger/feedbackitem/add/?inspection=-{HUGE}",
        f"/admin/common-problems/?round={HUGE}",
        f"/admin/common-problems/?round={BEYOND_BIGINT}",
    ],
)
def test_admin_pages_given_an_id_beyond_bigint_answer_without_it(ledger, users, client, url):
    client.force_login(users.admin)
    response = client.get(url)
    assert response.status_code == 200
    if "/add/" in url:  # the add form opens with nothing preselected
        assert f'value="{HUGE}"' not in response.content.decode()


def test_an_add_page_still_preselects_a_real_id(ledger, users, client):
    client.force_login(users.admin)
    problem = ledger.east_problem
    page = client.get(f"/admin/ledger/measure/add/?item={problem.pk}").content.decode()
    assert f'<option value="{problem.pk}" selected>' in page


def test_the_history_of_an_id_that_is_no_number_is_not_found(ledger, users, client):
    client.force_login(users.admin)
    assert client.get("/admin/ledger/measure/abc/history/").status_code == 404


def test_no_admin_page_fails_on_an_id_that_is_no_number_or_too_big(ledger, users, client):
    # every registered model's history page, not only the ledger's scoped ones (users, units, groups, jobs…)
    from django.contrib import admin

    client.force_login(users.admin)
    failed = []
    for model in admin.site._registry:
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}"
        for url in (f"{base}/abc/history/", f"{base}/abc/history/1/", f"{base}/1/history/abc/", f"{base}/abc/change/",
                    f"{base}/99999999999999999999/history/", f"{base}/1/history/99999999999999999999/"):
            status = client.get(url).status_code
            if status >= 500 or (status == 200 and "abc" in url):
                failed.append((url, status))
    assert failed == []
