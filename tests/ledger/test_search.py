"""Search (issue 13): the same answers on SQLite (icontains) and PostgreSQL (bigram index), checked against a
filter written from scratch in Python; no DISTINCT; the index follows edits; bounded counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ledger.models import FeedbackItem, Measure
from ledger.paging import BoundedPaginator
from ledger.search import search
from ledger.services import save_tracked
from tests.ledger.conftest import make_item, make_measure

TEXTS = [
    "健全完善相关工作制度，建立问题清单",
    "加强党建工作指导，开展专项督导检查",
    "制度执行不严格",
    "压实整改主体责任，纳入年度考核",
    "O'Brien 的 \\反斜杠\\ 与 100% 完成",
    "Mixed Case ABC def",
    "度制",  # the reverse of 制度: a bigram index must not confuse them
    "建设制",  # 制 at the very end: a one-character term must still find it
]
ITEM_TITLES = ["党建工作弱化", "制度建设滞后", "整改不到位", "abc 小写"]
TERMS = [
    "制度", "党建", "整改", "度制", "制", "设制", "建设制", "制度建设", "工作制度", "O'B", "\\反", "100%", "%",
    "abc", "ABC", "c d", "Case ABC", "不存在的词", "张", "三", "办公室", "a", "，", "责任，纳入",
]


def _measure_fields(m):
    return [m.text, m.responsible_leader, m.lead_unit, m.responsible_units, m.item.title]


def _python_filter(rows, fields, term):
    return {r.pk for r in rows if any(term.upper() in value.upper() for value in fields(r))}


@pytest.fixture
def corpus(ledger):
    inspection = ledger.east_inspection
    aspect = ledger.east_aspect
    items = [make_item(inspection, title, parent=aspect) for title in ITEM_TITLES]
    for n, text in enumerate(TEXTS):
        measure = make_measure(items[n % len(items)], text)
        measure.responsible_leader = ["张三", "李四", ""][n % 3]
        measure.lead_unit = ["区委办公室", "组织部", ""][n % 3]
        measure.responsible_units = ["宣传部、统战部", ""][n % 2]
        save_tracked(measure)
    return ledger


def test_measure_search_matches_a_python_filter_on_every_database(corpus):
    rows = list(Measure.objects.select_related("item"))
    for term in TERMS:
        found = set(search(Measure.objects.all(), term).values_list("pk", flat=True))
        assert found == _python_filter(rows, _measure_fields, term), term


def test_item_search_matches_a_python_filter_on_every_database(corpus):
    FeedbackItem.objects.filter(pk=corpus.east_problem.pk).update(text="经查，制度执行不严格，O'Brien 100%")
    rows = list(FeedbackItem.objects.all())
    for term in TERMS:
        found = set(search(FeedbackItem.objects.all(), term).values_list("pk", flat=True))
        assert found == _python_filter(rows, lambda i: [i.title, i.text], term), term


def test_search_follows_edits_of_the_measure_and_of_its_item(corpus):
    measure = Measure.objects.get(text=TEXTS[3])
    assert measure not in search(Measure.objects.all(), "巡察")
    measure.text = "落实巡察整改"
    save_tracked(measure)
    assert list(search(Measure.objects.all(), "巡察")) == [measure]
    item = measure.item
    item.title = "选人用人问题"
    save_tracked(item)
    assert set(search(Measure.objects.all(), "选人")) == set(item.measures.all())
    measure.item, measure.position = corpus.west_problem, 99
    save_tracked(measure)
    assert measure not in search(Measure.objects.all(), "选人")


def test_api_search_is_scoped_and_runs_without_distinct(corpus, users, api):
    expected = _python_filter(Measure.objects.select_related("item"), _measure_fields, "制度")
    assert expected
    client = api(users.admin)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/api/measures/", {"q": "制度", "page_size": 500})
    assert {row["id"] for row in response.json()["results"]} == expected
    assert not any("DISTINCT" in q["sql"].upper() for q in ctx.captured_queries)
    if connection.vendor == "postgresql":  # the index's column, not six icontains across joins
        assert any(".search_vector @@" in q["sql"] for q in ctx.captured_queries)
    # The west district's editor sees none of the east's matches.
    west = api(users.editor).get("/api/measures/", {"q": "西城"}).json()
    assert west["count"] == 0


def test_admin_search_with_filters_and_words(corpus, users, login):
    client = login(users.admin)
    url = "/admin/ledger/measure/"
    rows = list(Measure.objects.select_related("item"))
    both = _python_filter(rows, _measure_fields, "制度") & _python_filter(rows, _measure_fields, "张三")
    cases = [
        ({"q": "制度"}, _python_filter(rows, _measure_fields, "制度")),
        ({"q": "制度 张三"}, both),  # every word must match, as in Django's admin
        ({"q": '"Case ABC"'}, _python_filter(rows, _measure_fields, "Case ABC")),
        ({"q": "制度", "item__inspection__round__id__exact": corpus.round.pk}, _python_filter(rows, _measure_fields, "制度")),
        ({"q": "制度", "status__exact": "done"}, set()),
        ({"q": "措施", "unit": corpus.west.pk}, {m.pk for m in corpus.west_measures}),
    ]
    for params, expected in cases:
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url, params)
        assert response.status_code == 200, params
        assert {m.pk for m in response.context["cl"].result_list} == expected, params
        assert not any("DISTINCT" in q["sql"].upper() for q in ctx.captured_queries), params
    items = client.get("/admin/ledger/feedbackitem/", {"q": "制度"})
    assert {i.pk for i in items.context["cl"].result_list} == {
        i.pk for i in FeedbackItem.objects.all() if "制度" in i.title + i.text
    }


def test_admin_list_counts_once_and_bounds_the_count(corpus, users, login, monkeypatch):
    client = login(users.admin)
    total = Measure.objects.count()
    monkeypatch.setattr(BoundedPaginator, "limit", total - 1)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/admin/ledger/measure/")
    counts = [q["sql"] for q in ctx.captured_queries if "COUNT(" in q["sql"].upper() and "ledger_measure" in q["sql"]]
    # The evidence-count column is a subquery of the page's select, not a COUNT query of its own.
    counts = [sql for sql in counts if sql.upper().lstrip().startswith("SELECT COUNT")]
    assert len(counts) == 1 and "LIMIT" in counts[0].upper()
    page = response.content.decode()
    assert f"超过 {total - 1} 条整改措施" in page
    monkeypatch.setattr(BoundedPaginator, "limit", total)
    page = client.get("/admin/ledger/measure/").content.decode()
    assert f"{total} 整改措施" in page and "超过" not in page
    searched = client.get("/admin/ledger/measure/", {"q": "措施"}).content.decode()
    assert "超过" not in searched


def test_api_count_is_exact_up_to_the_bound_then_estimated(corpus, users, api, monkeypatch):
    client = api(users.admin)
    total = Measure.objects.count()
    monkeypatch.setattr(BoundedPaginator, "limit", total)
    page = client.get("/api/measures/", {"page_size": 2}).json()
    assert (page["count"], page["count_exact"]) == (total, True)
    monkeypatch.setattr(BoundedPaginator, "limit", 3)
    page = client.get("/api/measures/", {"page_size": 2}).json()
    assert page["count_exact"] is False and page["count"] >= 4 and len(page["results"]) == 2 and page["next"]
    few = client.get("/api/measures/", {"q": "西城"}).json()
    assert (few["count"], few["count_exact"]) == (2, True)
    # Cursor pages stay as they were: no count at all.
    assert "count" not in client.get("/api/measures/", {"paging": "cursor"}).json()


def test_feedback_item_lists_sort_by_the_item_table_alone(corpus, users, api, login):
    """The default order is the items' own (inspection id, parent, position: an index), not the inspection's
    feedback date and unit name, which joined and sorted every item."""
    pages = [api(users.admin).get, login(users.admin).get]
    for get, url in zip(pages, ["/api/feedback-items/", "/admin/ledger/feedbackitem/"], strict=True):
        with CaptureQueriesContext(connection) as ctx:
            assert get(url).status_code == 200
        orders = [q["sql"].split("ORDER BY", 1)[1] for q in ctx.captured_queries if "ORDER BY" in q["sql"]]
        item_orders = [o for o in orders if "ledger_feedbackitem" in o]
        assert item_orders, url
        assert not any("feedback_date" in o or "ledger_unit" in o for o in item_orders), url
