"""The admin's lists choose a page's rows before joining them for display (ledger.paging.rows_first): the same rows,
in the same order, as a plain slice of the list, for the orderings, filters and pages the lists offer."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ledger.models import FeedbackItem, Measure
from ledger.paging import BoundedPaginator, rows_first
from tests.ledger.synthetic import synthetic_inspection

MEASURES = reverse("admin:ledger_measure_changelist")
ITEMS = reverse("admin:ledger_feedbackitem_changelist")
MEASURE_QUERIES = ["", "?p=2", "?p=3", "?o=1", "?o=-2", "?o=3.-1", "?o=-4&p=2", "?o=5", "?warning=red", "?q=措施",
                   "?status__exact=done"]
ITEM_QUERIES = ["", "?o=1", "?o=-2", "?o=3.-1", "?q=问题"]


@pytest.fixture
def long_lists(ledger):
    # 120 measures in the editor's district and 60 in another: three pages of 50 for the administrator
    synthetic_inspection(ledger.east, ledger.round, problems=40, group="甲")
    synthetic_inspection(ledger.west, ledger.round, problems=20, group="乙")
    return ledger


def _pages(client, url):
    changelist = client.get(url).context["cl"]
    return [(obj.pk, getattr(obj, "evidence_count", None)) for obj in changelist.result_list], changelist.result_count


@pytest.mark.parametrize("role", ["admin", "editor"])
@pytest.mark.parametrize(
    ("url", "query"), [(MEASURES, q) for q in MEASURE_QUERIES] + [(ITEMS, q) for q in ITEM_QUERIES]
)
def test_a_page_holds_the_rows_a_plain_slice_holds(long_lists, users, login, monkeypatch, role, url, query):
    client = login(getattr(users, role))
    chosen_first = _pages(client, url + query)
    model_admin = admin.site._registry[Measure if url == MEASURES else FeedbackItem]
    monkeypatch.setattr(model_admin, "paginator", BoundedPaginator)
    assert chosen_first == _pages(client, url + query)


def test_the_page_rows_are_chosen_on_the_measure_table(long_lists, users, login):
    client = login(users.editor)
    with CaptureQueriesContext(connection) as queries:
        rows = client.get(MEASURES).context["cl"].result_list
        assert len(rows) == 50
    page = [q["sql"] for q in queries if q["sql"].startswith('SELECT "ledger_measure"."id"') and "LIMIT 50" in q["sql"]]
    assert len(page) == 1
    # the LIMIT is inside the pk subquery, so the joins and the evidence count run for the page's 50 rows only
    assert page[0].index("LIMIT 50") > page[0].index('"ledger_measure"."id" IN (SELECT')


def test_lists_the_pk_subquery_cannot_stand_for_are_sliced_as_usual(long_lists):
    distinct = Measure.objects.filter(item__inspection__unit=long_lists.east).order_by("pk").distinct()
    sql = str(rows_first(distinct, 0, 10).query)
    assert " IN (SELECT" not in sql and list(rows_first(distinct, 0, 10)) == list(distinct[:10])
