"""A save based on a stale copy is refused, not silently applied over someone else's change."""

import pytest

from ledger.choices import Status
from ledger.models import Measure
from ledger.services import ConflictError, measure_update, save_tracked
from tests.ledger.test_history import post_measure


def test_stale_version_is_refused_by_the_service(ledger):
    measure = ledger.east_measures[1]
    mine, theirs = Measure.objects.get(pk=measure.pk), Measure.objects.get(pk=measure.pk)
    theirs.lead_unit = "区财政局"
    save_tracked(theirs, expected_version=theirs.version)
    mine.lead_unit = "区教育局"
    with pytest.raises(ConflictError, match="已被他人修改"):
        measure_update(measure=mine, expected_version=mine.version)
    measure.refresh_from_db()
    assert measure.lead_unit == "区财政局"
    assert measure.version == 2


def test_every_change_moves_the_version(ledger):
    measure = ledger.east_measures[1]
    start = measure.version
    measure.lead_unit = "区财政局"
    assert save_tracked(measure, expected_version=start) is True
    measure.responsible_leader = "张副区长"
    save_tracked(measure)
    measure.refresh_from_db()
    assert measure.version == start + 2
    assert measure.history.count() == 3


def test_a_save_that_changes_nothing_writes_nothing(ledger, users):
    measure = ledger.east_measures[1]
    stored = Measure.objects.get(pk=measure.pk)
    updated_at, history = stored.updated_at, measure.history.count()
    stored.lead_unit = measure.lead_unit  # assigning the same value is not a change
    assert save_tracked(stored, expected_version=stored.version, user=users.admin) is False
    measure_update(measure=stored, expected_version=stored.version, user=users.admin)
    stored.refresh_from_db()
    assert (stored.version, stored.updated_at, measure.history.count()) == (1, updated_at, history)
    assert not stored.notes.exists()
    # A stale version is refused even when nothing would change.
    with pytest.raises(ConflictError):
        save_tracked(stored, expected_version=stored.version + 1)


def test_admin_form_opened_before_someone_elses_save_is_refused(ledger, users, login):
    measure = ledger.east_measures[1]
    client = login(users.editor)
    opened = Measure.objects.get(pk=measure.pk)  # what the form was rendered from
    other = Measure.objects.get(pk=measure.pk)
    other.responsible_leader = "张副区长"
    save_tracked(other, user=users.admin)
    response = post_measure(client, opened, status=Status.DONE, progress_note="我的更新")
    assert response.status_code == 200
    errors = response.context["adminform"].form.non_field_errors()
    assert "已被他人修改" in errors[0]
    measure.refresh_from_db()
    assert measure.responsible_leader == "张副区长" and measure.status == Status.IN_PROGRESS
    assert not measure.notes.exists()


def test_admin_race_lost_after_validation_is_reported_not_applied(ledger, users, login, monkeypatch):
    from ledger.admin.base import VersionedForm

    measure = ledger.east_measures[1]
    client = login(users.editor)
    original_clean = VersionedForm.clean

    def clean_then_someone_saves(form):
        cleaned = original_clean(form)
        other = Measure.objects.get(pk=measure.pk)
        other.responsible_leader = "抢先保存"
        save_tracked(other)
        return cleaned

    monkeypatch.setattr(VersionedForm, "clean", clean_then_someone_saves)
    response = post_measure(client, measure, lead_unit="晚到的修改")
    assert response.status_code == 302
    shown = [str(m) for m in response.wsgi_request._messages]
    assert any("已被他人修改" in m for m in shown)
    measure.refresh_from_db()
    # The test's "other writer" shares the request's transaction, so only the refusal is observable here.
    assert measure.lead_unit != "晚到的修改"
