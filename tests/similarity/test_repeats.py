"""屡巡屡犯 on a real unit inspected twice: seed 002 holds two 区委巡察 reports of XX街道党工委, fed back on
2022-09-06 (区委第一轮第二批巡察) and 2023-04-12. Read side by side, the later one states again, in other words,
"关于固定资产管理不够严格的问题" as "固定资产管理制度规范化程度不够" and the aspect "群众身边腐败问题和不正之风方面" as
"聚焦解决群众身边腐败问题和不正之风". Both aspects are headings over problems of their own, with no measures of their own,
so they are not compared (similarity.services._headings): the repeats are found among the problems. The document import
itself triggers the refresh once it commits.
"""

import json
from datetime import date

import pytest
from django.core.management import call_command

from imports.persistence import import_parsed
from ledger.choices import CategorySource
from ledger.models import FeedbackItem, ProblemCategory
from ledger.services import save_tracked
from similarity import receivers
from tests.imports.parsing.seeds import parsed, require_seeds

require_seeds()

STREET = "XX街道党工委"


@pytest.fixture
def imported(db, django_capture_on_commit_callbacks):
    receivers._pending().clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        import_parsed([parsed("002")])
    assert callbacks, "the import scheduled no refresh"
    return callbacks


def street_item(title: str, feedback_date: date) -> FeedbackItem:
    return FeedbackItem.objects.get(inspection__unit__name=STREET, inspection__feedback_date=feedback_date, title=title)


def test_a_problem_stated_again_at_the_next_inspection_is_marked_with_the_earlier_item(imported, tmp_path):
    earlier, later = date(2022, 9, 6), date(2023, 4, 12)
    assets = street_item("固定资产管理制度规范化程度不够", later)
    assert assets.repeat_of == street_item("关于固定资产管理不够严格的问题", earlier)
    assert assets.repeat_similarity >= 0.3
    corruption = street_item("聚焦解决群众身边腐败问题和不正之风", later)
    assert corruption.children.exists() and not corruption.measures.exists()
    assert corruption.repeat_of is None
    # Only the later inspection has repeats, and each points to an item of the earlier one.
    repeats = FeedbackItem.objects.filter(repeat_of__isnull=False).select_related("inspection", "repeat_of__inspection")
    assert {r.inspection.feedback_date for r in repeats} == {later}
    assert {r.repeat_of.inspection.feedback_date for r in repeats} == {earlier}
    assert all(r.inspection.unit_id == r.repeat_of.inspection.unit_id for r in repeats)
    # 学用结合有差距 has no counterpart in 2022.
    assert street_item("学用结合有差距", later).repeat_of is None

    out = tmp_path / "cp.json"
    call_command("common_problems", "--json", str(out))
    listed = json.loads(out.read_text(encoding="utf-8"))["repeats"]
    assert {
        "item": assets.pk,
        "earlier_item": assets.repeat_of_id,
        "similarity": round(assets.repeat_similarity, 4),
    } in listed
    assert len(listed) == repeats.count()


def test_a_re_import_keeps_a_persons_category_and_refreshes_nothing(imported, django_capture_on_commit_callbacks):
    item = street_item("固定资产管理制度规范化程度不够", date(2023, 4, 12))
    assert item.category_source == CategorySource.AUTO
    chosen = ProblemCategory.objects.exclude(pk=item.category_id).first()
    item.category, item.category_source = chosen, CategorySource.MANUAL
    with django_capture_on_commit_callbacks(execute=True):
        save_tracked(item)
    receivers._pending().clear()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        _, report = import_parsed([parsed("002")])
    assert report.writes == 0
    assert callbacks == []  # no refresh, nor anything else, after an import that wrote nothing
    item.refresh_from_db()
    assert (item.category, item.category_source) == (chosen, CategorySource.MANUAL)
    assert item.repeat_of is not None
