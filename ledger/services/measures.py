from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.roles import Role, can_close_out
from ledger.choices import Channel, ReviewCycle, Status
from ledger.history import channel as history_channel
from ledger.models import Measure, ProgressNote
from ledger.services.concurrency import save_tracked
from ledger.workflow import check_transition


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (1月31日 + 1 → 2月28/29日)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _schedule_review(measure: Measure, previous_status: str, on: date) -> None:
    """A measure entering 长期坚持 gets its next review date from its cycle (quarterly unless set)."""
    if measure.status == Status.LONG_TERM:
        if previous_status != Status.LONG_TERM or measure.next_review_on is None:
            measure.review_cycle_months = measure.review_cycle_months or ReviewCycle.QUARTERLY
            measure.next_review_on = add_months(on, measure.review_cycle_months)
    elif previous_status == Status.LONG_TERM:
        measure.next_review_on = None


def _sync_completion_date(measure: Measure, previous: Measure, on: date) -> None:
    """The completion date is the day the measure reached its (basically) done state, unless the person gave one.
    An unchanged state keeps its date, or its lack of one: an import from an undated report states no date, and a
    later edit must not invent one (the overview would count the completion in the month of the edit)."""
    if measure.status not in (Status.DONE, Status.BASICALLY_DONE):
        measure.completed_on = None
    elif measure.status != previous.status and measure.completed_on == previous.completed_on:
        measure.completed_on = on


def _refuse_if_closed_for(measure: Measure, user) -> None:
    if measure.closed_at and user is not None and user.effective_role == Role.EDITOR:
        raise PermissionDenied("该措施已销号，填报用户不能再修改。如需修改，请联系督查人员“回头看”重新打开。")


@transaction.atomic
def progress_note_add(
    *, measure: Measure, text: str, status_after: str, user=None, channel: str = Channel.ADMIN, on: date | None = None
) -> ProgressNote:
    # Read closed_at under a lock: the caller's copy may predate a close-out.
    closed_at = Measure.objects.select_for_update().values_list("closed_at", flat=True).get(pk=measure.pk)
    if closed_at and user is not None and user.effective_role == Role.EDITOR:
        raise PermissionDenied("该措施已销号，填报用户不能再添加整改进展。如需补充，请联系督查人员“回头看”重新打开。")
    note = ProgressNote(
        measure=measure,
        text=text,
        status_after=status_after,
        author=user,
        channel=channel,
        date=on or timezone.localdate(),
    )
    note.full_clean()
    note.save()
    return note


@transaction.atomic
def measure_update(
    *,
    measure: Measure,
    expected_version: int | None,
    user=None,
    channel: str = Channel.ADMIN,
    note: str = "",
) -> Measure:
    """Save an edited measure. A status change is logged as a progress note (with `note` as its text)."""
    previous = Measure.objects.select_for_update().get(pk=measure.pk)
    _refuse_if_closed_for(previous, user)
    check_transition(previous.status, measure.status, closed=bool(previous.closed_at))
    today = timezone.localdate()
    _sync_completion_date(measure, previous, today)
    _schedule_review(measure, previous.status, today)
    with history_channel(channel):
        save_tracked(measure, expected_version=expected_version, user=user)
    if previous.status != measure.status or note:
        text = note or f"状态由“{previous.get_status_display()}”变更为“{measure.get_status_display()}”。"
        progress_note_add(measure=measure, text=text, status_after=measure.status, user=user, channel=channel, on=today)
    return measure


@transaction.atomic
def measure_set_status(
    *,
    measure: Measure,
    status: str,
    note: str,
    user=None,
    channel: str = Channel.ADMIN,
    expected_version: int | None = None,
) -> Measure:
    if status not in Status.values:
        raise ValidationError({"status": f"“{status}”不是有效的整改状态。"})
    if not note.strip():
        raise ValidationError({"note": "请填写进展情况说明。"})
    measure.status = status
    return measure_update(measure=measure, expected_version=expected_version, user=user, channel=channel, note=note)


def close_out_refusal(measure: Measure, *, evidence_count: int | None = None) -> str | None:
    """Why `measure` cannot be closed out now, in Chinese; None when it can. Pages use it to explain a disabled
    button before the user tries; measure_close_out applies the same checks."""
    if measure.closed_at:
        return "该措施已经销号。"
    if measure.status != Status.DONE:
        return f"只有状态为“已完成”的措施才能销号（当前状态：{measure.get_status_display()}）。"
    if not (evidence_count if evidence_count is not None else measure.evidence.count()):
        return "销号前须至少上传一份佐证材料。"
    return None


def reopen_refusal(measure: Measure) -> str | None:
    """Why 回头看 does not apply to `measure`; None when it does."""
    return None if measure.closed_at else "该措施尚未销号，无需重新打开。"


@transaction.atomic
def measure_close_out(*, measure: Measure, user, note: str, channel: str = Channel.ADMIN) -> Measure:
    if not can_close_out(user.effective_role):
        raise PermissionDenied("只有督查人员或管理员可以销号。")
    measure = Measure.objects.select_for_update().get(pk=measure.pk)
    refusal = close_out_refusal(measure)
    if refusal:
        raise ValidationError(refusal)
    if not note.strip():
        raise ValidationError("请填写销号审核意见。")
    measure.closed_at = timezone.now()
    measure.closed_by = user
    measure.close_note = note
    with history_channel(channel):
        save_tracked(measure, user=user)
    return measure


@transaction.atomic
def item_close_out(*, item, user, note: str, channel: str = Channel.ADMIN) -> list[Measure]:
    """Close out a whole problem: every measure under it (sub-problems included) must be 已完成 with evidence."""
    from ledger.models import FeedbackItem

    ids, frontier = [item.pk], [item.pk]
    while frontier:
        frontier = list(FeedbackItem.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        ids += frontier
    measures = list(Measure.objects.filter(item_id__in=ids, closed_at__isnull=True).order_by("item_id", "position"))
    if not measures:
        raise ValidationError("该问题下没有待销号的整改措施。")
    not_done = [m for m in measures if m.status != Status.DONE]
    if not_done:
        listed = "、".join(f"“{m}”" for m in not_done[:5])
        raise ValidationError(f"该问题还有{len(not_done)}项措施未完成，不能整体销号：{listed}。")
    return [measure_close_out(measure=m, user=user, note=note, channel=channel) for m in measures]


@transaction.atomic
def measure_review(*, measure: Measure, user, note: str, channel: str = Channel.ADMIN) -> Measure:
    """A periodic review of a 长期坚持 measure: a progress note, and the next review date moves on one cycle."""
    measure = Measure.objects.select_for_update().get(pk=measure.pk)
    if measure.status != Status.LONG_TERM:
        raise ValidationError("只有“长期坚持”的措施需要定期复查。")
    if not note.strip():
        raise ValidationError("请填写复查情况。")
    today = timezone.localdate()
    measure.review_cycle_months = measure.review_cycle_months or ReviewCycle.QUARTERLY
    measure.next_review_on = add_months(max(today, measure.next_review_on or today), measure.review_cycle_months)
    with history_channel(channel):
        save_tracked(measure, user=user)
    progress_note_add(
        measure=measure, text=f"定期复查：{note}", status_after=measure.status, user=user, channel=channel
    )
    return measure


@transaction.atomic
def measure_reopen(
    *, measure: Measure, user, reason: str, new_deadline: date | None, channel: str = Channel.ADMIN
) -> Measure:
    """回头看: a relapse found after close-out sends the measure back to work with a new deadline."""
    if not can_close_out(user.effective_role):
        raise PermissionDenied("只有督查人员或管理员可以重新打开已销号的措施。")
    measure = Measure.objects.select_for_update().get(pk=measure.pk)
    refusal = reopen_refusal(measure)
    if refusal:
        raise ValidationError(refusal)
    if not reason.strip():
        raise ValidationError("请填写重新打开的原因。")
    if new_deadline is None or new_deadline < timezone.localdate():
        raise ValidationError("请为重新打开的措施设定今天或以后的新完成时限。")
    measure.closed_at = None
    measure.closed_by = None
    measure.close_note = ""
    measure.status = Status.IN_PROGRESS
    measure.deadline = new_deadline
    measure.completed_on = None
    with history_channel(channel):
        save_tracked(measure, user=user)
    progress_note_add(
        measure=measure, text=f"回头看重新打开：{reason}", status_after=Status.IN_PROGRESS, user=user, channel=channel
    )
    return measure


_UNSET = object()


@transaction.atomic
def measure_correct_dates(
    *,
    measure: Measure,
    user,
    note: str,
    completed_on: date | None | object = _UNSET,
    next_review_on: date | None | object = _UNSET,
    channel: str = Channel.ADMIN,
) -> Measure:
    """A supervisor's correction of the dates the workflow sets (完成日期, 下次复查日期), with a stated reason.

    The reason is the history row's change reason; no progress note is written, since a correction is not progress.
    """
    if not can_close_out(user.effective_role):
        raise PermissionDenied("完成日期和下次复查日期由整改流程自动设定，只有督查人员或管理员可以更正。")
    if not note.strip():
        raise ValidationError({"note": "更正日期须填写说明。"})
    measure = Measure.objects.select_for_update().get(pk=measure.pk)
    errors = {}
    if completed_on is not _UNSET:
        if completed_on and measure.status not in (Status.DONE, Status.BASICALLY_DONE):
            errors["completed_on"] = "只有已完成或基本完成的措施才有完成日期。"
        elif completed_on and completed_on > timezone.localdate():
            errors["completed_on"] = "完成日期不能晚于今天。"
        elif completed_on is None and measure.status in (Status.DONE, Status.BASICALLY_DONE):
            errors["completed_on"] = "已完成或基本完成的措施须有完成日期。"
        else:
            measure.completed_on = completed_on
    if next_review_on is not _UNSET:
        if measure.status != Status.LONG_TERM:
            errors["next_review_on"] = "只有“长期坚持”的措施才有下次复查日期。"
        elif next_review_on is None:
            errors["next_review_on"] = "长期坚持的措施须有下次复查日期。"
        else:
            measure.next_review_on = next_review_on
    if errors:
        raise ValidationError(errors)
    if completed_on is _UNSET and next_review_on is _UNSET:
        raise ValidationError("请填写要更正的完成日期或下次复查日期。")
    measure._change_reason = f"更正日期：{note.strip()}"
    with history_channel(channel):
        save_tracked(measure, user=user)
    return measure
