"""共性问题 of a real round: seed 001 holds the 49 district reports of 辽宁省委十三届第四轮巡视 (each report gives a
regular inspection and its 营商环境 special one). Imported once for the module, refreshed, then read through the
selector, the API and the command.

Facts checked by reading the seed: every one of the 49 reports has an aspect on the 审批环境, 46 calling it
打造“阳光便利”的审批环境 and 3 打造“阳光便捷”审批环境 (lines 149, 1626, 2765); 48 have one on the
“中立诚信”的中介环境; all 49 one on the “文明规范”的执法环境 (line 62 "(四)全力打造“文明规范”的执法环境方面", line 144
"(四)在打造“文明规范”执法环境方面的整改落实情况" …), five of which say more about 违规执法 or 联合执法 than about the
aspect and are closer to those problems' own clusters.
"""

import json

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from accounts.roles import Role
from accounts.services import user_create
from imports.persistence import import_parsed
from ledger.models import FeedbackItem, Inspection, InspectionRound, Unit
from similarity import receivers
from similarity.models import SimilarPair
from similarity.selectors import common_problems, similar_items
from similarity.services import similarity_refresh
from tests.imports.parsing.seeds import parsed, require_seeds

require_seeds()

EVERY_UNIT = type("Reader", (), {"is_authenticated": True, "is_active": True, "sees_all_units": True, "unit_id": 0})()


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed 001 imported and refreshed in a transaction that is rolled back after the module's tests."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            import_parsed([parsed("001")])
            receivers._pending().clear()  # never committed: refreshed here instead
            rnd = InspectionRound.objects.get(inspecting_body="辽宁省委", term=13, round_no=4)
            similarity_refresh(inspections=rnd.inspections.all())
            yield rnd
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def cluster_naming(clusters, words):
    found = [c for c in clusters if words in c.label]
    assert len(found) == 1, [c.label for c in found]
    return found[0]


def test_the_aspect_every_report_has_is_one_cluster_over_the_49_units_whatever_its_wording(db, seeded):
    clusters = common_problems(user=EVERY_UNIT, inspections=seeded.inspections.all())
    approval = cluster_naming(clusters, "阳光便利")
    assert (len(approval.units), approval.size) == (49, 49)
    assert sorted("阳光便捷" in i.title for i in approval.items) == [False] * 46 + [True] * 3
    assert all("阳光便利" in i.title or "阳光便捷" in i.title for i in approval.items)
    assert approval.category == "营商环境"
    agents = cluster_naming(clusters, "中立诚信")
    assert len(agents.units) >= 40
    assert sum("中立诚信" in i.title for i in agents.items) >= 40
    assert all("中介" in i.title for i in agents.items)
    law = cluster_naming(clusters, "文明规范")
    assert len(law.units) >= 44
    assert sum("文明规范" in i.title for i in law.items) >= 44
    assert all("执法" in i.title for i in law.items)
    # Ranked by the number of units: nothing ranks above a cluster over every unit.
    assert clusters[0] is approval
    assert [len(c.units) for c in clusters] == sorted((len(c.units) for c in clusters), reverse=True)


def test_clusters_carry_the_aspect_and_the_units_measures(db, seeded):
    clusters = common_problems(user=EVERY_UNIT, inspections=seeded.inspections.all())
    cluster = cluster_naming(clusters, "中立诚信")
    # Most 中立诚信 items are aspects themselves; those that are sub-problems sit under a 中介环境 aspect.
    assert "中介" in cluster.aspect
    assert all(m.item_id in {i.pk for i in cluster.items} for m in cluster.measures)
    with_measures = [c for c in clusters if c.measures]
    assert with_measures
    assert all(m.status == "done" and m.closed_at is not None for c in clusters for m in c.proven_measures)


def test_every_pair_joins_items_of_different_units_or_inspections(db, seeded):
    rows = SimilarPair.objects.filter(item__inspection__round=seeded).values_list(
        "item__inspection_id", "other__inspection_id"
    )
    assert rows.exists()
    assert all(a != b for a, b in rows)


def test_a_unit_editor_sees_clusters_only_over_the_units_they_may_see(db, seeded):
    heping = Unit.objects.get(name="沈阳市和平区委")
    editor = user_create(username="heping", password="pw-heping-1", role=Role.EDITOR, unit=heping)
    everything = common_problems(user=EVERY_UNIT, inspections=seeded.inspections.all(), min_units=1)
    own = common_problems(user=editor, inspections=seeded.inspections.all(), min_units=1)
    assert len(own) < len(everything)
    assert all(u == heping for c in own for u in c.units)
    assert all(i.inspection.unit_id == heping.pk for c in own for i in c.items)
    assert all(i.inspection.unit_id == heping.pk for c in own for m in c.measures for i in [m.item])
    assert common_problems(user=editor, inspections=seeded.inspections.all()) == []  # no cluster of 2+ units


def test_similar_items_of_an_item_within_scope(db, seeded, api):
    item = FeedbackItem.objects.get(inspection__unit__name="沈阳市和平区委", title__contains="中立诚信")
    found = similar_items(user=EVERY_UNIT, item=item)
    assert len({i.inspection.unit_id for i, _ in found}) >= 40
    assert all(s >= 0.3 for _, s in found)
    admin = user_create(username="boss", password="pw-boss-1", role=Role.ADMIN)
    answer = api(admin).get(f"/api/feedback-items/{item.pk}/similar/")
    assert answer.status_code == 200
    assert [row["item"]["id"] for row in answer.json()] == [i.pk for i, _ in found]
    assert answer.json()[0]["similarity"] >= answer.json()[-1]["similarity"]
    other = Unit.objects.get(name="大连市西岗区委")
    editor = user_create(username="xigang", password="pw-xigang-1", role=Role.EDITOR, unit=other)
    assert api(editor).get(f"/api/feedback-items/{item.pk}/similar/").status_code == 404


def test_common_problems_api_and_its_query_count(db, seeded, api):
    admin = user_create(username="boss", password="pw-boss-1", role=Role.ADMIN)
    client = api(admin)
    two = list(Inspection.objects.filter(round=seeded).order_by("pk").values_list("pk", flat=True)[:2])
    with CaptureQueriesContext(connection) as small:
        few = client.get("/api/common-problems/", {"inspection": two, "min_units": 1})
    with CaptureQueriesContext(connection) as large:
        answer = client.get("/api/common-problems/", {"round": seeded.pk})
    assert few.status_code == answer.status_code == 200
    body = answer.json()
    assert len(body) > len(few.json())
    assert len(large) == len(small), [q["sql"][:150] for q in large.captured_queries]  # 2 inspections or 97
    first = body[0]
    assert first["unit_count"] == len(first["units"]) == 49
    assert set(first) >= {"label", "category", "aspect", "size", "units", "items", "proven_measures"}
    assert client.get("/api/common-problems/").status_code == 400
    assert "轮次" in client.get("/api/common-problems/").json()["detail"] + json.dumps(
        client.get("/api/common-problems/").json(), ensure_ascii=False
    )


def test_command_writes_clusters_and_repeats(db, seeded, tmp_path):
    from django.core.management import call_command

    out = tmp_path / "cp.json"
    call_command("common_problems", "--round", str(seeded.pk), "--min-units", "40", "--json", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"clusters", "repeats"}
    assert data["clusters"] and all(set(c) == {"label", "category", "units", "items", "size"} for c in data["clusters"])
    assert all(len(c["units"]) >= 40 and c["size"] == len(c["items"]) for c in data["clusters"])
    approval = next(c for c in data["clusters"] if "阳光便利" in c["label"])
    assert "沈阳市和平区委" in approval["units"] and len(approval["units"]) == 49
    assert approval["category"] == "营商环境"
    assert FeedbackItem.objects.filter(pk__in=approval["items"], title__contains="审批环境").count() == 49
    assert data["repeats"] == []  # one round: no unit was inspected before
