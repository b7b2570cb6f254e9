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
from django.db.models import Q
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
from tests.ledger.conftest import make_measure

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


def is_heading(item: FeedbackItem) -> bool:
    return item.parent_id is None and item.children.exists() and not item.measures.exists()


def approval_aspects(rnd) -> list[FeedbackItem]:
    return list(FeedbackItem.objects.filter(inspection__round=rnd, parent=None, title__contains="审批环境"))


def test_aspect_headings_over_problems_of_their_own_take_no_part(db, seeded):
    """The 49 审批环境 aspects: 46 are headings over the problems found (精简审批要件, 从速办理审批事项 …) with no
    measures of their own; 3 are the problem themselves (no children, measures of their own, e.g. line 246
    "行政审批改革不够深入,打造“阳光便利”的审批环境存在短板"). Only the latter are compared."""
    aspects = approval_aspects(seeded)
    assert len({a.inspection.unit_id for a in aspects}) == 49
    headings = [a for a in aspects if is_heading(a)]
    problems = [a for a in aspects if not a.children.exists() and a.measures.exists()]
    assert (len(headings), len(problems)) == (46, 3)
    paired = set(SimilarPair.objects.values_list("item_id", flat=True)) | set(
        SimilarPair.objects.values_list("other_id", flat=True)
    )
    assert not paired & {h.pk for h in headings}
    approval = next(i for i in problems if "行政审批改革不够深入" in i.title)
    assert approval.pk in paired
    clusters = common_problems(user=EVERY_UNIT, inspections=seeded.inspections.all())
    assert not [i.title for c in clusters for i in c.items if is_heading(i)]
    ([with_approval],) = [[c for c in clusters if approval in c.items]]
    assert all(not i.children.exists() for i in with_approval.items)
    # Ranked by the number of units, the most shared real problems first.
    assert [len(c.units) for c in clusters] == sorted((len(c.units) for c in clusters), reverse=True)
    assert len(clusters[0].units) >= 20


def test_a_heading_given_measures_of_its_own_is_compared_once_the_measure_commits(
    db, seeded, django_capture_on_commit_callbacks
):
    """A heading someone gives measures directly is being rectified as a problem: it takes part again."""
    headings = [a for a in approval_aspects(seeded) if is_heading(a) and "阳光便利" in a.title]
    heading = headings[0]
    touching = SimilarPair.objects.filter(Q(item=heading) | Q(other=heading))
    with transaction.atomic():
        with django_capture_on_commit_callbacks(execute=True):
            make_measure(heading, "统一精简审批要件")
        assert touching.exists()  # paired with the three approval aspects that are problems themselves
        transaction.set_rollback(True)


def test_clusters_carry_the_aspect_and_the_units_measures(db, seeded):
    clusters = common_problems(user=EVERY_UNIT, inspections=seeded.inspections.all())
    # The largest cluster about 中介 (intermediaries) sits under a 中介环境 aspect.
    cluster = max((c for c in clusters if "中介" in c.label), key=lambda c: len(c.units))
    assert len(cluster.units) >= 10
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
    item = FeedbackItem.objects.get(inspection__unit__name="沈阳市和平区委", title="做好选人用人工作")
    found = similar_items(user=EVERY_UNIT, item=item)
    assert len({i.inspection.unit_id for i, _ in found}) >= 10
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
    largest = common_problems(user=EVERY_UNIT, inspections=seeded.inspections.all())[0]
    assert first["unit_count"] == len(first["units"]) == len(largest.units) >= 20
    assert set(first) >= {"label", "category", "aspect", "size", "units", "items", "proven_measures"}
    assert client.get("/api/common-problems/").status_code == 400
    assert "轮次" in client.get("/api/common-problems/").json()["detail"] + json.dumps(
        client.get("/api/common-problems/").json(), ensure_ascii=False
    )


def test_command_writes_clusters_and_repeats(db, seeded, tmp_path):
    from django.core.management import call_command

    out = tmp_path / "cp.json"
    call_command("common_problems", "--round", str(seeded.pk), "--min-units", "20", "--json", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"clusters", "repeats"}
    assert data["clusters"] and all(set(c) == {"label", "category", "units", "items", "size"} for c in data["clusters"])
    assert all(len(c["units"]) >= 20 and c["size"] == len(c["items"]) for c in data["clusters"])
    expected = common_problems(user=EVERY_UNIT, inspections=seeded.inspections.all(), min_units=20)
    assert [c["items"] for c in data["clusters"]] == [sorted(i.pk for i in c.items) for c in expected] or [
        sorted(c["items"]) for c in data["clusters"]
    ] == [sorted(i.pk for i in c.items) for c in expected]
    selection = next(c for c in data["clusters"] if "选人用人" in c["label"])
    assert "沈阳市和平区委" in selection["units"]
    assert not any(is_heading(i) for i in FeedbackItem.objects.filter(pk__in=[k for c in data["clusters"] for k in c["items"]]))
    assert data["repeats"] == []  # one round: no unit was inspected before
