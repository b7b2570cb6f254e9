"""The admin page 共性问题: clusters ranked by units, one cluster's items by unit with 其他单位的有效做法, filters,
unit scope and a constant number of queries."""

import io
import re

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from similarity import views
from tests.ledger.conftest import ledger, login, make_item, today, users  # noqa: F401  (fixtures)
from tests.similarity import ui_data
from tests.test_chinese_pages import english_words as _english_words

LIST = reverse("admin-common-problems")


def english_words(body: str) -> set[str]:
    return _english_words(body) - {"editor"}  # the test user's name, shown in the header


@pytest.fixture
def data(ledger):  # noqa: F811
    return ui_data.build(ledger)


def clusters(response):
    return [(c.label, sorted(u.name for u in c.units)) for c in response.context["clusters"]]


def detail_url(item, round_):
    return reverse("admin-common-problem", args=[item.pk]) + f"?round={round_.pk}"


def test_clusters_ranked_by_units_with_label_category_and_aspect(data, ledger, users, login):  # noqa: F811
    response = login(users.supervisor).get(LIST, {"round": ledger.round.pk})
    assert response.status_code == 200
    found = response.context["clusters"]
    assert [sorted(u.name for u in c.units) for c in found] == [["东城区委", "新华街道", "西城区委"], ["东城区委", "西城区委"]]
    first = found[0]
    assert first.label in ui_data.IDEOLOGY.values() and first.category == "意识形态" and first.size == 3
    assert first.aspect in {"东城区委方面", "新华街道方面", "西城区委方面"}
    assert [m.pk for m in first.proven_measures] == [data.measures["west"].pk]
    body = response.content.decode()
    assert "共 2 个共性问题，涉及 5 条反馈问题。" in body
    assert re.search(r'<tr data-units="3">.*?意识形态.*?3 个.*?<span class="cp-proven">1</span>', body, re.S)
    assert not english_words(body)


def test_a_cluster_shows_its_items_by_unit_and_what_worked_elsewhere(data, ledger, users, login):  # noqa: F811
    response = login(users.admin).get(detail_url(data.ideology["east"], ledger.round))
    assert response.status_code == 200
    body = response.content.decode()
    assert [unit.name for unit, _ in response.context["by_unit"]] == ["东城区委", "新华街道", "西城区委"]
    for key, text in ui_data.IDEOLOGY.items():
        assert text in body and data.measures[key].text in body
    proven = body.split('id="cp-proven"', 1)[1].split("</section>", 1)[0]
    assert "其他单位的有效做法" in body and "西城区委" in proven and data.measures["west"].text in proven
    assert data.measures["east"].text not in proven  # in progress: not a proven practice
    assert not english_words(body)
    # Any member of the cluster opens it; an item in no cluster is not found.
    assert login(users.admin).get(detail_url(data.ideology["west"], ledger.round)).context["cluster"].size == 3
    assert login(users.admin).get(detail_url(ledger.east_problem, ledger.round)).status_code == 404


def test_a_unit_editor_sees_clusters_over_their_units_only(data, ledger, users, login):  # noqa: F811
    client = login(users.editor)  # 东城区委 and its 新华街道
    response = client.get(LIST, {"round": ledger.round.pk})
    # The shared problem counts the two units the editor may see; 三重一大 is shared only with 西城区委: not shown.
    assert clusters(response) == [(response.context["clusters"][0].label, ["东城区委", "新华街道"])]
    body = response.content.decode()
    assert "西城区委" not in body and ui_data.DECISIONS["east"] not in body
    detail = client.get(detail_url(data.ideology["east"], ledger.round)).content.decode()
    assert ui_data.IDEOLOGY["west"] not in detail and data.measures["west"].text not in detail
    assert client.get(detail_url(data.ideology["west"], ledger.round)).status_code == 404
    # The viewer of the street alone shares no problem with another unit they may see.
    assert login(users.viewer).get(LIST, {"round": ledger.round.pk}).context["clusters"] == []


def test_filters_min_units_category_unit_and_chosen_inspections(data, ledger, users, login):  # noqa: F811
    client = login(users.admin)
    assert len(client.get(LIST, {"round": ledger.round.pk, "min_units": 3}).context["clusters"]) == 1
    category = data.ideology["east"].category
    by_category = client.get(LIST, {"round": ledger.round.pk, "category": category.pk}).context["clusters"]
    assert [c.category for c in by_category] == ["意识形态"]
    east_subtree = client.get(LIST, {"round": ledger.round.pk, "unit": ledger.east.pk}).context["clusters"]
    assert [sorted(u.name for u in c.units) for c in east_subtree] == [["东城区委", "新华街道"]]
    two = [ledger.east_inspection.pk, ledger.west_inspection.pk]
    chosen = client.get(LIST, {"round": ledger.round.pk, "inspection": two}).context["clusters"]
    assert [sorted(u.name for u in c.units) for c in chosen] == [["东城区委", "西城区委"]] * 2
    # Without a choice the latest round is shown; a filter that cannot be used is said in Chinese, not a 500.
    assert client.get(LIST).context["form"].cleaned_data["round"] == data.later_round
    bad = client.get(LIST, {"round": "abc", "min_units": "1"})
    assert bad.status_code == 200 and bad.context["clusters"] == []
    assert "至少涉及单位数" in bad.content.decode() and not english_words(bad.content.decode())


def test_queries_do_not_grow_with_the_number_of_clusters(data, ledger, users, login):  # noqa: F811
    client = login(users.admin)

    def count() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(LIST, {"round": ledger.round.pk})
        return len(captured), len(response.context["clusters"])

    few, n_few = count()
    for n in range(6):
        a = make_item(ledger.east_inspection, f"第{n}个共有问题", parent=ledger.east_aspect)
        b = make_item(ledger.west_inspection, f"第{n}个共有问题", parent=ledger.west_aspect)
        ui_data.pair(a, b)
    many, n_many = count()
    assert n_many == n_few + 6
    assert many == few


def test_linked_from_the_workbench_and_the_data_index(data, users, login):  # noqa: F811
    client = login(users.editor)
    assert f'href="{LIST}"' in client.get(reverse("admin:index")).content.decode()
    assert f'href="{LIST}"' in client.get(reverse("admin-data")).content.decode()


def test_the_page_links_the_rounds_excel_export_with_its_common_problems_sheet(data, ledger, users, login):  # noqa: F811
    client = login(users.editor)
    body = client.get(LIST, {"round": ledger.round.pk}).content.decode()
    href = re.search(r'<a class="button" href="([^"]+)" id="cp-export">', body).group(1).replace("&amp;", "&")
    response = client.get(href)
    assert response.status_code == 200
    wb = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(wb["共性问题清单"].iter_rows(min_row=4, values_only=True))
    assert [r[5] for r in rows] == ["东城区委、新华街道"]  # the editor's units only


def test_clusters_are_paged_most_shared_first(data, ledger, users, login, monkeypatch):  # noqa: F811
    monkeypatch.setattr(views, "PER_PAGE", 1)
    client = login(users.admin)
    first = client.get(LIST, {"round": ledger.round.pk})
    assert [len(c.units) for c in first.context["page"].object_list] == [3]
    assert "第 1/2 页" in first.content.decode() and "下一页" in first.content.decode()
    second = client.get(LIST, {"round": ledger.round.pk, "page": 2})
    assert [len(c.units) for c in second.context["page"].object_list] == [2]
    assert ui_data.DECISIONS["east"] in second.content.decode() or ui_data.DECISIONS["west"] in second.content.decode()
