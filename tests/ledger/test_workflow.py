"""Status transitions, close-out (measure and whole problem), 回头看 and long-term reviews, through the services."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ledger.choices import Status
from ledger.models import Measure
from ledger.services import (
    evidence_create,
    item_close_out,
    measure_close_out,
    measure_reopen,
    measure_review,
    measure_set_status,
)
from ledger.services.measures import add_months
from ledger.workflow import ALLOWED, transition_error
from tests.ledger.test_evidence import pdf_upload

S = Status
EVERY_PAIR = [(a, b) for a in S.values for b in S.values if a != b]


@pytest.mark.parametrize(("current", "new"), EVERY_PAIR)
def test_every_transition_is_either_allowed_or_refused_with_a_reason(ledger, current, new):
    measure = ledger.east_measures[1]
    Measure.objects.filter(pk=measure.pk).update(status=current, completed_on=None)
    measure.refresh_from_db()
    allowed = new in ALLOWED[current]
    if allowed:
        measure_set_status(measure=measure, status=new, note="更新")
        measure.refresh_from_db()
        assert measure.status == new
    else:
        with pytest.raises(ValidationError) as exc:
            measure_set_status(measure=measure, status=new, note="更新")
        assert S(current).label in exc.value.message_dict["status"][0]
        measure.refresh_from_db()
        assert measure.status == current
    assert (transition_error(current, new, closed=False) is None) is allowed
    assert (new == S.NOT_STARTED) <= (not allowed)  # nothing returns to 未启动


def closed_out(ledger, users):
    measure = ledger.east_measures[0]  # 已完成
    evidence_create(measure=measure, upload=pdf_upload())
    return measure_close_out(measure=measure, user=users.supervisor, note="材料齐全")


def test_closed_out_measure_refuses_every_status_change(ledger, users):
    measure = closed_out(ledger, users)
    for status in (S.IN_PROGRESS, S.BASICALLY_DONE, S.LONG_TERM):
        with pytest.raises(ValidationError, match="已销号"):
            measure_set_status(measure=Measure.objects.get(pk=measure.pk), status=status, note="改", user=users.admin)


def test_close_out_requires_evidence_and_supervisor(ledger, users):
    measure = ledger.east_measures[0]
    with pytest.raises(ValidationError, match="佐证材料"):
        measure_close_out(measure=measure, user=users.supervisor, note="同意")
    evidence_create(measure=measure, upload=pdf_upload())
    with pytest.raises(PermissionDenied):
        measure_close_out(measure=measure, user=users.editor, note="同意")
    closed = measure_close_out(measure=measure, user=users.supervisor, note="同意")
    assert closed.closed_by == users.supervisor and closed.close_note == "同意"


def test_reopen_returns_to_work_with_a_new_deadline_and_both_events_in_history(ledger, users, today):
    measure = closed_out(ledger, users)
    with pytest.raises(ValidationError, match="新完成时限"):
        measure_reopen(measure=measure, user=users.supervisor, reason="反弹", new_deadline=None)
    with pytest.raises(PermissionDenied):
        measure_reopen(measure=measure, user=users.editor, reason="反弹", new_deadline=today)
    reopened = measure_reopen(
        measure=measure, user=users.supervisor, reason="回头看发现反弹", new_deadline=today + timedelta(days=60)
    )
    assert (reopened.status, reopened.closed_at, reopened.deadline) == (S.IN_PROGRESS, None, today + timedelta(days=60))
    closed_row, reopened_row = reopened.history.order_by("history_date")[1:3]  # after the create
    assert closed_row.closed_at is not None and reopened_row.closed_at is None
    assert reopened.notes.latest("id").text == "回头看重新打开：回头看发现反弹"


def test_whole_problem_close_out_needs_every_measure_done(ledger, users):
    problem = ledger.east_problem
    with pytest.raises(ValidationError, match="还有1项措施未完成"):
        item_close_out(item=problem, user=users.supervisor, note="整体销号")
    second = ledger.east_measures[1]
    measure_set_status(measure=second, status=S.DONE, note="完成")
    with pytest.raises(ValidationError, match="佐证材料"):
        item_close_out(item=ledger.east_aspect, user=users.supervisor, note="整体销号")
    for m in ledger.east_measures:
        evidence_create(measure=m, upload=pdf_upload(body=str(m.pk).encode()))
    closed = item_close_out(item=ledger.east_aspect, user=users.supervisor, note="整体销号")
    assert len(closed) == 2 and all(m.closed_at for m in closed)


def test_long_term_gets_a_review_date_and_a_review_moves_it_on(ledger, users, today):
    measure = ledger.east_measures[1]
    measure_set_status(measure=measure, status=S.LONG_TERM, note="转入长期坚持")
    measure.refresh_from_db()
    assert measure.review_cycle_months == 3 and measure.next_review_on == add_months(today, 3)
    reviewed = measure_review(measure=measure, user=users.editor, note="本季度已检查")
    assert reviewed.next_review_on == add_months(add_months(today, 3), 3)
    assert reviewed.notes.latest("id").text == "定期复查：本季度已检查"
    with pytest.raises(ValidationError, match="长期坚持"):
        measure_review(measure=ledger.east_measures[0], user=users.editor, note="x")


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),
        (date(2024, 5, 15), 12, date(2025, 5, 15)),
    ],
)
def test_add_months_clamps_to_the_month_end(day, months, expected):
    assert add_months(day, months) == expected


def test_admin_refuses_an_invalid_transition_on_the_form(ledger, users, login):
    from tests.ledger.test_history import post_measure

    measure = ledger.east_measures[1]  # 正在推进
    response = post_measure(login(users.editor), measure, status=S.NOT_STARTED, progress_note="回退")
    assert response.status_code == 200
    assert "不能将状态由“正在推进”改回“未启动”" in str(response.context["adminform"].form.errors["status"])
    measure.refresh_from_db()
    assert measure.status == S.IN_PROGRESS and not measure.notes.exists()


def test_admin_bulk_action_refuses_invalid_transitions_all_or_nothing(ledger, users, login):
    from django.urls import reverse

    done, working = ledger.east_measures
    login(users.editor).post(
        reverse("admin:ledger_measure_changelist"),
        {
            "action": "set_status",
            "_selected_action": [working.pk, done.pk],
            "apply": "1",
            "status": S.NOT_STARTED,
            "note": "全部回退",
        },
    )
    working.refresh_from_db()
    done.refresh_from_db()
    assert (working.status, done.status) == (S.IN_PROGRESS, S.DONE)


def test_admin_whole_problem_close_out_action(ledger, users, login):
    from django.urls import reverse

    for m in ledger.east_measures:
        Measure.objects.filter(pk=m.pk).update(status=S.DONE)
        evidence_create(measure=m, upload=pdf_upload(body=str(m.pk).encode()))
    url = reverse("admin:ledger_feedbackitem_changelist")
    data = {
        "action": "close_out_problem",
        "_selected_action": [ledger.east_problem.pk],
        "apply": "1",
        "note": "核查通过",
    }
    login(users.editor).post(url, data)
    assert not Measure.objects.filter(closed_at__isnull=False).exists()  # editors have no such action
    login(users.supervisor).post(url, data)
    assert Measure.objects.filter(item=ledger.east_problem, closed_at__isnull=False).count() == 2


def test_api_refuses_an_invalid_transition(ledger, users, api):
    measure = ledger.east_measures[0]  # 已完成
    response = api(users.editor).patch(
        f"/api/measures/{measure.pk}/", {"status": "not_started", "note": "回退"}, format="json"
    )
    assert response.status_code == 400
    assert response.json()["errors"]["status"] == ["整改已经开始，不能将状态由“已完成”改回“未启动”。"]
