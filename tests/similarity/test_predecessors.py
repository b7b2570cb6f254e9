"""屡巡屡犯 across a renamed unit (Unit.predecessors): seed 002's XX街道党工委 was inspected on 2022-09-06 and again
on 2023-04-12 (see test_repeats). Here the second inspection is moved to a unit the street was renamed to, as when
区国土资源局 became 区自然资源局: its repeats are found only once the new unit names the old one as its predecessor."""

from datetime import date

import pytest
from django.urls import reverse

from imports.persistence import import_parsed
from ledger.models import FeedbackItem, Inspection, Unit
from ledger.services import unit_create
from similarity import receivers
from similarity.services import LINEAGE_DEPTH, _Lineage, similarity_refresh
from tests.imports.parsing.seeds import parsed, require_seeds

require_seeds()

STREET = "XX街道党工委"
EARLIER, LATER = date(2022, 9, 6), date(2023, 4, 12)


@pytest.fixture
def renamed(db, django_capture_on_commit_callbacks):
    receivers._pending().clear()
    with django_capture_on_commit_callbacks(execute=True):
        import_parsed([parsed("002")])
    old = Unit.objects.get(name=STREET)
    new = unit_create(name="XX街道党工委（更名后）", full_name=f"{old.full_name}（更名后）", kind=old.kind, parent=old.parent)
    # Moved without a signal, as if the second report had been filed under the new name from the start.
    Inspection.objects.filter(unit=old, feedback_date=LATER).update(unit=new)
    similarity_refresh()
    return old, new


def item(title: str, feedback_date: date) -> FeedbackItem:
    return FeedbackItem.objects.get(inspection__feedback_date=feedback_date, title=title)


def assets() -> FeedbackItem:
    return item("固定资产管理制度规范化程度不够", LATER)


def test_a_renamed_unit_repeats_its_predecessors_problems_once_linked(renamed, django_capture_on_commit_callbacks):
    old, new = renamed
    assert assets().repeat_of is None  # another unit, as far as the ledger knows
    with django_capture_on_commit_callbacks(execute=True):
        new.predecessors.add(old)  # the refresh follows the commit (receivers.predecessors_changed)
    assert assets().repeat_of == item("关于固定资产管理不够严格的问题", EARLIER)
    repeats = FeedbackItem.objects.filter(repeat_of__isnull=False).select_related("inspection", "repeat_of__inspection")
    assert repeats and all(r.inspection.unit == new and r.repeat_of.inspection.unit == old for r in repeats)
    # The predecessor's items never repeat its successor's (later) ones.
    assert not FeedbackItem.objects.filter(inspection__unit=old, repeat_of__isnull=False).exists()
    with django_capture_on_commit_callbacks(execute=True):
        new.predecessors.remove(old)
    assert not FeedbackItem.objects.filter(repeat_of__isnull=False).exists()


def test_the_predecessor_is_set_in_the_unit_admin(renamed, users, client, django_capture_on_commit_callbacks):
    old, new = renamed
    client.force_login(users.admin)
    url = reverse("admin:ledger_unit_change", args=[new.pk])
    page = client.get(url)
    assert "前身单位" in page.content.decode()
    form = {"name": new.name, "full_name": new.full_name, "kind": new.kind, "predecessors": [old.pk]}
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(url, {**form, "version_seen": new.version})
    assert answer.status_code == 302, answer.content.decode()[:2000]
    assert list(new.predecessors.all()) == [old]
    assert assets().repeat_of == item("关于固定资产管理不够严格的问题", EARLIER)


def test_lineage_follows_predecessors_transitively_and_stops_at_its_bound(db):
    chain = [unit_create(name=f"单位{i}", full_name=f"中共示范单位{i}委员会") for i in range(LINEAGE_DEPTH + 3)]
    for before, after in zip(chain, chain[1:], strict=False):
        after.predecessors.add(before)
    chain[0].predecessors.add(chain[-1])  # a cycle entered by mistake
    lineage = _Lineage()
    last = chain[-1].pk
    assert lineage.earlier(last) == {u.pk for u in chain[-1 - LINEAGE_DEPTH :]}
    assert lineage.later(chain[-2].pk) == {chain[-2].pk, last, *(u.pk for u in chain[: LINEAGE_DEPTH - 1])}
    assert lineage.earlier(unit_create(name="独立", full_name="中共独立委员会").pk) == {Unit.objects.get(name="独立").pk}
