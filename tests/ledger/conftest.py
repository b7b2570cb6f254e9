"""A small ledger with two districts under one city, and one user per role."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from accounts.roles import Role
from accounts.services import user_create
from ledger.choices import InspectionKind, Level, Status, UnitKind
from ledger.models import FeedbackItem, Inspection, InspectionRound, Measure
from ledger.services import save_tracked, unit_create


def make_inspection(unit, rnd, group="省委第一巡视组", **kwargs):
    inspection = Inspection(unit=unit, round=rnd, group=group, **kwargs)
    save_tracked(inspection)
    return inspection


def make_item(inspection, title, parent=None, position=None, label=""):
    if position is None:
        position = FeedbackItem.objects.filter(inspection=inspection, parent=parent).count() + 1
    item = FeedbackItem(inspection=inspection, parent=parent, position=position, title=title, label=label)
    save_tracked(item)
    return item


def make_measure(item, text="整改措施", status=Status.IN_PROGRESS, deadline=None, position=None):
    if position is None:
        position = item.measures.count() + 1
    measure = Measure(item=item, position=position, text=text, status=status, deadline=deadline)
    save_tracked(measure)
    return measure


@pytest.fixture
def today():
    return timezone.localdate()


@pytest.fixture
def ledger(db, today):
    """city → east (→ east_street), west; one inspection per district with an aspect, a problem, two measures."""
    city = unit_create(name="示范市", full_name="中共示范市委", kind=UnitKind.CITY)
    east = unit_create(name="东城区委", full_name="中共示范市东城区委", kind=UnitKind.COUNTY, parent=city)
    street = unit_create(name="新华街道", full_name="东城区新华街道党工委", kind=UnitKind.TOWNSHIP, parent=east)
    west = unit_create(name="西城区委", full_name="中共示范市西城区委", kind=UnitKind.COUNTY, parent=city)
    rnd = InspectionRound(inspecting_body="示范省委", level=Level.XUNSHI, term=13, round_no=4)
    save_tracked(rnd)
    ns = type("Ledger", (), {})()
    ns.city, ns.east, ns.street, ns.west, ns.round = city, east, street, west, rnd
    for key, unit in (("east", east), ("street", street), ("west", west)):
        inspection = make_inspection(unit, rnd, kind=InspectionKind.REGULAR)
        aspect = make_item(inspection, f"{unit.name}方面", label="（一）")
        problem = make_item(inspection, f"{unit.name}问题", parent=aspect, label="1.")
        m1 = make_measure(problem, f"{unit.name}措施一", Status.DONE, today - timedelta(days=3))
        m2 = make_measure(problem, f"{unit.name}措施二", Status.IN_PROGRESS, today - timedelta(days=1))
        setattr(ns, f"{key}_inspection", inspection)
        setattr(ns, f"{key}_aspect", aspect)
        setattr(ns, f"{key}_problem", problem)
        setattr(ns, f"{key}_measures", [m1, m2])
    return ns


@pytest.fixture
def users(ledger):
    ns = type("Users", (), {})()
    ns.admin = user_create(username="admin", password="pw-admin-1", role=Role.ADMIN)
    ns.supervisor = user_create(username="supervisor", password="pw-sup-1", role=Role.SUPERVISOR)
    ns.editor = user_create(username="editor", password="pw-editor-1", role=Role.EDITOR, unit=ledger.east)
    ns.viewer = user_create(username="viewer", password="pw-viewer-1", role=Role.VIEWER, unit=ledger.street)
    return ns


@pytest.fixture
def login(client):
    def _login(user):
        client.force_login(user)
        return client

    return _login


__all__ = ["make_inspection", "make_item", "make_measure", "date"]
