"""Writes started from the 工作台, each composed of the ledger's own services (rules live there)."""

from collections.abc import Sequence

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import transaction

from accounts.models import User
from accounts.roles import can_close_out
from ledger.choices import Channel, Status
from ledger.history import channel as history_channel
from ledger.models import Measure, ReminderLog
from ledger.services import evidence_create, measure_set_status
from workbench.selectors import EVIDENCE_REMINDER


@transaction.atomic
def measure_progress_record(
    *,
    measure: Measure,
    user,
    status: str,
    note: str,
    files: Sequence[UploadedFile] = (),
    expected_version: int | None,
    channel: str = Channel.ADMIN,
) -> Measure:
    """A status with its progress note, and any evidence files, saved together or not at all."""
    with history_channel(channel):
        measure = measure_set_status(
            measure=measure, status=status, note=note, user=user, channel=channel, expected_version=expected_version
        )
        for upload in files:
            evidence_create(measure=measure, upload=upload, user=user)
    return measure


@transaction.atomic
def measure_evidence_remind(*, measure: Measure, user) -> ReminderLog:
    """Ask the unit of a completed measure without evidence to upload it: one e-mail to its users who have an
    address (console backend in development), recorded once per measure and deadline, like the warning digests."""
    if not can_close_out(user.effective_role):
        raise PermissionDenied("只有督查人员或管理员可以发送补充佐证提醒。")
    measure = Measure.objects.select_related("item__inspection__unit").get(pk=measure.pk)
    if measure.status != Status.DONE or measure.closed_at:
        raise ValidationError("只有已完成且未销号的措施需要提醒补充佐证材料。")
    if measure.evidence.exists():
        raise ValidationError("该措施已有佐证材料，可以直接销号。")
    if ReminderLog.objects.filter(measure=measure, level=EVIDENCE_REMINDER, deadline=measure.deadline).exists():
        raise ValidationError("已提醒过该单位补充这项措施的佐证材料。")
    unit = measure.item.inspection.unit
    recipients = sorted(
        User.objects.filter(unit=unit, is_active=True).exclude(email="").values_list("email", flat=True)
    )
    if recipients:
        deadline = f"{measure.deadline:%Y年%m月%d日}" if measure.deadline else "未定"
        send_mail(
            f"【台账提醒】{unit.name}：请为已完成的整改措施上传佐证材料",
            f"{unit.name}：\n\n以下整改措施已标记为“已完成”，但尚未上传佐证材料，不能销号：\n"
            f"{measure.item}：{measure.label}{measure.text[:80]}（完成时限：{deadline}）\n\n"
            f"请登录台账系统，在工作台“待补充佐证”中上传。\n（由{user.display_name}发出）",
            settings.REMINDER_FROM_EMAIL,
            recipients,
        )
    return ReminderLog.objects.create(
        measure=measure, level=EVIDENCE_REMINDER, deadline=measure.deadline, recipients=", ".join(recipients)
    )
