"""The overview page: numbers equal the ledger's, scope holds, queries do not grow with units, no CDN."""

import dataclasses
import html
import re
from datetime import date, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from imports.persistence import import_parsed
from ledger.choices import Status
from ledger.models import Measure
from ledger.services import measure_set_status, measure_update, unit_create
from tests.imports.test_persistence import parsed_report
from tests.ledger.conftest import make_inspection, make_item, make_measure

URL = reverse("dashboard")


def kpi(body, name):
    return re.search(rf'data-kpi="{name}"[^>]*>([^<]+)<', body).group(1)


def cell(body, unit_pk, col):
    """(number shown, link) of a column in a unit's row."""
    row = re.search(rf'<tr data-unit="{unit_pk}">(.*?)</tr>', body).group(1)
    m = re.search(rf'data-col="{col}"><a href="([^"]+)">([^<]+)</a>', row)
    return m.group(2), html.unescape(m.group(1))


def table_rows(body, table_id):
    """(label, link) of each row of a table whose first cell is a link."""
    table = re.search(rf'<table id="{table_id}">(.*?)</table>', body, re.S).group(1)
    return [(label, html.unescape(href)) for href, label in re.findall(r'<tr><td><a href="([^"]+)">([^<]+)</a>', table)]


def listed(client, href) -> int:
    """How many measures the admin measure list shows for a link."""
    response = client.get(href)
    assert response.status_code == 200, href  # a lookup the list does not allow redirects to ?e=1
    return response.context["cl"].result_count


def test_numbers_match_the_ledger(ledger, users, login, today):
    body = login(users.admin).get(URL).content.decode()
    assert kpi(body, "measures") == str(Measure.objects.count())
    assert kpi(body, "done") == str(Measure.objects.filter(status=Status.DONE).count())
    overdue = Measure.objects.filter(deadline__lt=today).exclude(status__in=[Status.DONE, Status.LONG_TERM]).count()
    assert kpi(body, "overdue") == str(overdue) == "3"
    assert kpi(body, "completion_rate") == "50%"
    assert cell(body, ledger.east.pk, "measures")[0] == "2" and cell(body, ledger.east.pk, "overdue")[0] == "1"
    assert body.count('<div class="tz-bars"') == 5 and body.count('<svg class="tz-chart"') == 1  # bars, months
    assert "东城区委措施二" in body  # listed among the most overdue


def test_scope_and_filters(ledger, users, login):
    client = login(users.viewer)  # 新华街道 only
    body = client.get(URL).content.decode()
    assert kpi(body, "measures") == "2" and "西城区委" not in body
    body = login(users.admin).get(URL, {"unit": ledger.east.pk}).content.decode()
    assert kpi(body, "measures") == "4"  # 东城区委 and its street


def test_query_count_does_not_grow_with_units(ledger, users, login):
    """Nor with the units the stored tallies recompute: one unit written before the first count, 25 before the
    second, each page recomputing them."""
    client = login(users.admin)
    client.get(URL)
    make_measure(make_item(ledger.west_inspection, "又一个问题"), status=Status.DONE)
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for n in range(25):
        unit = unit_create(name=f"新单位{n}", full_name=f"中共新单位{n}委员会", parent=ledger.city)
        make_measure(make_item(make_inspection(unit, ledger.round), f"问题{n}"), status=Status.DONE)
    with CaptureQueriesContext(connection) as many:
        body = client.get(URL).content.decode()
    assert len(many) == len(few)
    assert "新单位24" in body


def test_charts_are_drawn_on_the_server_without_external_resources(ledger, users, login):
    body = login(users.admin).get(URL).content.decode()
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", body)  # nothing loaded from another host
    assert 'title="东城区委：50%"' in body  # the number on hover
    assert re.search(r'<span class="tz-bar" style="width:50\.0%;background:#3f7fbf"></span></span><span class="tz-bar-value">50%', body)


def test_completions_count_in_the_month_they_happened_and_undated_imports_apart(ledger, users, login, today):
    # The fixture's done measures were created done, with no completion date: like an import from an undated report.
    Measure.objects.filter(status=Status.DONE).update(completed_on=None)
    moved = ledger.west_measures[1]
    measure_set_status(measure=moved, status=Status.DONE, note="已完成。", user=users.admin)
    moved.refresh_from_db()
    assert moved.completed_on == today
    dated = ledger.street_measures[1]
    measure_set_status(measure=dated, status=Status.BASICALLY_DONE, note="基本完成。", user=users.admin)
    Measure.objects.filter(pk=dated.pk).update(completed_on=date(2024, 3, 15))
    dated.refresh_from_db()
    measure_set_status(measure=dated, status=Status.DONE, note="全部完成。", user=users.admin)
    dated.refresh_from_db()
    assert dated.completed_on == today  # reaching 已完成 dates the completion, not the earlier 基本完成
    undated = ledger.east_measures[0]
    undated.lead_unit = "区委办"  # an edit that does not change the state must not invent a completion date
    measure_update(measure=undated, expected_version=undated.version, user=users.admin)
    undated.refresh_from_db()
    assert undated.completed_on is None

    client = login(users.admin)
    body = client.get(URL).content.decode()
    trend = table_rows(body, "trend")
    assert [label for label, _ in trend] == [f"{today:%Y-%m}", "日期不详"]
    counts = dict(re.findall(r'<tr><td><a href="[^"]+">([^<]+)</a></td><td class="n"><a href="[^"]+">(\d+)</a>', body))
    assert counts[f"{today:%Y-%m}"] == "2" and counts["日期不详"] == "3"
    for label, href in trend:  # each bar and row lists exactly the measures it counts
        assert listed(client, href) == int(counts[label])
    assert "<title>日期不详：3</title>" in body


def test_an_import_from_an_undated_report_states_no_completion_date(db):
    result = parsed_report()
    result.documents[0] = dataclasses.replace(result.documents[0], published=None)
    import_parsed([result])
    assert Measure.objects.get(status=Status.DONE).completed_on is None


def test_units_sorted_as_chosen_and_units_without_measures_listed(ledger, users, login, today):
    idle = unit_create(name="南城区委", full_name="中共示范市南城区委", parent=ledger.city)
    make_measure(ledger.west_problem, "西城区委措施三", Status.DONE)  # west: 2 of 3 done, east and street 1 of 2
    client = login(users.admin)

    def order(**params):
        body = client.get(URL, params).content.decode()
        return [int(pk) for pk in re.findall(r'<tr data-unit="(\d+)">', body)], body

    units, body = order()
    assert units[:3] == [ledger.west.pk, ledger.east.pk, ledger.street.pk]  # most measures first by default
    assert set(units[3:]) == {ledger.city.pk, idle.pk}
    assert re.search(rf'<tr data-unit="{idle.pk}"><td>南城区委</td><td[^>]*>暂无整改措施</td>', body)
    assert order(order="-rate")[0][0] == ledger.west.pk
    assert order(order="rate")[0][:3] == [ledger.east.pk, ledger.street.pk, ledger.west.pk]
    measure = ledger.street_measures[1]
    measure.deadline = today - timedelta(days=20)
    measure.save()
    make_measure(ledger.street_problem, "新华街道措施三", Status.IN_PROGRESS, today - timedelta(days=2))
    units = order(order="warnings")[0]
    assert units[0] == ledger.street.pk and set(units[-2:]) == {ledger.city.pk, idle.pk}  # no measures: last
    assert set(order(unit=ledger.east.pk)[0]) == {ledger.east.pk, ledger.street.pk}  # the unit filter holds


def test_every_number_links_to_the_measures_it_counts(ledger, users, login):
    client = login(users.admin)
    body = client.get(URL, {"round": ledger.round.pk}).content.decode()
    row = re.search(rf'<tr data-unit="{ledger.east.pk}">(.*?)</tr>', body).group(1)
    *links, repeats = re.findall(r'<a href="([^"]+)">(\d+)%?</a>', row)
    assert len(links) == 11  # measures, 5 statuses, overdue, 3 warnings, completion rate
    assert "is_repeat=1" in repeats[0] and repeats[1] == "0"  # then 重复问题 (tests/ledger/test_repeats_ui.py)
    for href, shown in links[:-1]:
        href = html.unescape(href)
        assert f"item__inspection__round__id__exact={ledger.round.pk}" in href  # the page's filters carried over
        assert listed(client, href) == int(shown), href
    assert listed(client, html.unescape(links[-1][0])) == 1  # the rate links to the done measures
    for name in ("measures", "done", "overdue"):
        href = html.unescape(re.search(rf'<a href="([^"]+)"><b data-kpi="{name}"', body).group(1))
        assert listed(client, href) == int(kpi(body, name))
    chart = re.search(r'<div class="tz-bars".*?</div>', body, re.S).group(0)
    bars = [html.unescape(h) for h in re.findall(r'<a class="tz-bar-row" href="([^"]+)"', chart)]
    assert len(bars) == 3 and [listed(client, h) for h in bars] == [1, 1, 1]  # each unit's done measures
    for _label, href in table_rows(body, "by-round"):
        assert listed(client, href) == Measure.objects.filter(item__inspection__round=ledger.round).count()


def test_unit_table_is_paged_with_totals_over_every_unit(ledger, users, login, monkeypatch):
    from ledger.dashboard import views

    monkeypatch.setattr(views, "UNITS_PER_PAGE", 2)
    client = login(users.admin)
    pages = [client.get(URL, {"order": "-rate", "page": n}).content.decode() for n in (1, 2)]
    shown = [re.findall(r'<tr data-unit="(\d+)">', body) for body in pages]
    assert [len(s) for s in shown] == [2, 2]  # 东城区委, 新华街道, 西城区委 and 示范市 (no measures), two per page
    assert set(shown[0]) | set(shown[1]) == {str(u.pk) for u in (ledger.east, ledger.street, ledger.west, ledger.city)}
    assert str(ledger.city.pk) in shown[1]  # units without measures come last
    for body in pages:
        assert kpi(body, "measures") == str(Measure.objects.count())
        assert "第 " in body and " / 2 页，共 4 个单位" in body
    assert 'href="?order=-rate&amp;page=2#by-unit"' in pages[0] and "下一页" in pages[0]
    assert 'href="?order=-rate&amp;page=1#by-unit"' in pages[1] and "上一页" in pages[1]
    last = client.get(URL, {"page": 99}).content.decode()  # past the end: the last page
    assert len(re.findall(r"<tr data-unit=", last)) == 2 and "第 2 / 2 页" in last
