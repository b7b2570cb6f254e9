"""The overview page: numbers equal the ledger's, scope holds, queries do not grow with units, no CDN."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ledger.choices import Status
from ledger.models import Measure
from ledger.services import unit_create
from tests.ledger.conftest import make_inspection, make_item, make_measure

URL = reverse("dashboard")


def kpi(body, name):
    return re.search(rf'data-kpi="{name}"[^>]*>([^<]+)<', body).group(1)


def test_numbers_match_the_ledger(ledger, users, login, today):
    body = login(users.admin).get(URL).content.decode()
    assert kpi(body, "measures") == str(Measure.objects.count())
    assert kpi(body, "done") == str(Measure.objects.filter(status=Status.DONE).count())
    overdue = Measure.objects.filter(deadline__lt=today).exclude(status__in=[Status.DONE, Status.LONG_TERM]).count()
    assert kpi(body, "overdue") == str(overdue) == "3"
    assert kpi(body, "completion_rate") == "50%"
    east_row = re.search(rf'<tr data-unit="{ledger.east.pk}">(.*?)</tr>', body).group(1)
    assert 'data-col="measures">2<' in east_row and 'data-col="overdue">1<' in east_row
    assert body.count("<svg") >= 5 and "东城区委措施二" in body  # listed among the most overdue


def test_scope_and_filters(ledger, users, login):
    client = login(users.viewer)  # 新华街道 only
    body = client.get(URL).content.decode()
    assert kpi(body, "measures") == "2" and "西城区委" not in body
    body = login(users.admin).get(URL, {"unit": ledger.east.pk}).content.decode()
    assert kpi(body, "measures") == "4"  # 东城区委 and its street


def test_query_count_does_not_grow_with_units(ledger, users, login):
    client = login(users.admin)
    client.get(URL)
    with CaptureQueriesContext(connection) as few:
        client.get(URL)
    for n in range(25):
        unit = unit_create(name=f"新单位{n}", full_name=f"中共新单位{n}委员会", parent=ledger.city)
        make_measure(make_item(make_inspection(unit, ledger.round), f"问题{n}"), status=Status.DONE)
    with CaptureQueriesContext(connection) as many:
        body = client.get(URL).content.decode()
    assert len(many) == len(few)
    assert "新单位24" in body


def test_charts_are_inline_svg_without_external_resources(ledger, users, login):
    body = login(users.admin).get(URL).content.decode()
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", body)  # nothing loaded from another host
    assert "<title>东城区委：50%</title>" in body  # the number on hover
