"""A unit's editors correct the 问题类别 of their own units' items (API and admin action), though the item's other
fields stay read-only to them; viewers cannot, and nobody reaches another unit's items."""

from django.urls import reverse

from ledger.choices import CategorySource
from ledger.models import FeedbackItem, Measure, ProblemCategory


def _category(name="意识形态"):
    return ProblemCategory.objects.get(name=name)


def test_an_editor_corrects_a_category_through_the_api(ledger, users, api):
    target = _category()
    url = f"/api/feedback-items/{ledger.east_problem.pk}/category/"
    response = api(users.editor).post(url, {"category": target.pk}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["category"] == target.pk
    item = FeedbackItem.objects.get(pk=ledger.east_problem.pk)
    assert (item.category, item.category_source) == (target, CategorySource.MANUAL)
    latest = item.history.first()
    assert latest.history_user == users.editor and latest.history_channel == "api"
    # The measures' stored category follows (the overview's category table counts from it).
    assert set(Measure.objects.filter(item=item).values_list("category", flat=True)) == {target.pk}
    # Clearing hands the item back to automatic classification.
    assert api(users.editor).post(url, {"category": None}, format="json").status_code == 200
    assert FeedbackItem.objects.get(pk=item.pk).category_source == CategorySource.NONE
    # The item itself stays read-only to the editor.
    patch = api(users.editor).patch(f"/api/feedback-items/{item.pk}/", {"title": "改过的标题"}, format="json")
    assert patch.status_code == 403


def test_scope_and_roles_hold_for_category_corrections(ledger, users, api):
    target = _category()
    other_unit = f"/api/feedback-items/{ledger.west_problem.pk}/category/"
    assert api(users.editor).post(other_unit, {"category": target.pk}, format="json").status_code == 404
    own_street = f"/api/feedback-items/{ledger.street_problem.pk}/category/"
    assert api(users.viewer).post(own_street, {"category": target.pk}, format="json").status_code == 403
    assert api(users.supervisor).post(other_unit, {"category": target.pk}, format="json").status_code == 200
    unknown = api(users.admin).post(other_unit, {"category": 999999}, format="json")
    assert unknown.status_code == 400 and "category" in unknown.json()["errors"]
    assert FeedbackItem.objects.get(pk=ledger.street_problem.pk).category_source != CategorySource.MANUAL


def test_an_editor_corrects_categories_with_the_admin_action(ledger, users, login):
    target = _category()
    client = login(users.editor)
    changelist = reverse("admin:ledger_feedbackitem_changelist")
    assert 'value="set_category"' in client.get(changelist).content.decode()
    mine = [ledger.east_problem.pk, ledger.street_problem.pk]
    response = client.post(
        changelist,
        {"action": "set_category", "_selected_action": [*mine, ledger.west_problem.pk], "apply": "1",
         "category": target.pk},
    )
    assert response.status_code == 302
    assert set(FeedbackItem.objects.filter(pk__in=mine).values_list("category", "category_source")) == {
        (target.pk, CategorySource.MANUAL)
    }
    # Another unit's item was not in the editor's list, so the action never saw it.
    assert FeedbackItem.objects.get(pk=ledger.west_problem.pk).category_id != target.pk
    viewer = login(users.viewer)
    assert 'value="set_category"' not in viewer.get(changelist).content.decode()
