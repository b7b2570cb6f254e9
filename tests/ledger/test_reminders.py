"""send_reminders: one digest per unit, each warning once per level, escalation sends again."""

from datetime import date, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import time_machine
from django.core import mail
from django.core.management import call_command

from accounts.roles import Role
from accounts.services import user_create
from ledger.choices import Status
from ledger.models import Measure, ProgressNote, ReminderLog

DAY = datetime(2025, 6, 1, 9, tzinfo=ZoneInfo("Asia/Shanghai"))


def run(*args):
    out = StringIO()
    call_command("send_reminders", *args, stdout=out)
    return out.getvalue()


@time_machine.travel(DAY, tick=False)
def test_reminders_are_sent_once_per_level_and_again_on_escalation(ledger, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.DUE_SOON_DAYS, settings.STALE_DAYS = 15, 30
    user_create(
        username="east-editor", password="pw-12345678", role=Role.EDITOR, unit=ledger.east, email="east@example.org"
    )
    user_create(
        username="east-viewer", password="pw-12345678", role=Role.VIEWER, unit=ledger.east, email="boss@example.org"
    )
    Measure.objects.exclude(item__inspection=ledger.east_inspection).delete()
    done, working = ledger.east_measures
    Measure.objects.filter(pk=working.pk).update(deadline=date(2025, 6, 10), status=Status.IN_PROGRESS)
    ProgressNote.objects.create(measure=working, date=date(2025, 5, 30), text="推进中", status_after=Status.IN_PROGRESS)

    out = run()
    assert "共发送 1 封" in out
    (message,) = mail.outbox
    assert message.to == ["boss@example.org", "east@example.org"]
    assert message.subject == "【台账预警】东城区委：蓝色预警（临期）1项"
    assert "东城区委措施二" in message.body and "2025年06月10日" in message.body
    assert ReminderLog.objects.get().level == "blue"

    assert "共发送 0 封" in run()  # nothing new at the same level
    assert len(mail.outbox) == 1

    with time_machine.travel(DAY + timedelta(days=10), tick=False):
        run()
    assert len(mail.outbox) == 2
    assert mail.outbox[1].subject == "【台账预警】东城区委：红色预警（逾期）1项"
    assert set(ReminderLog.objects.values_list("level", flat=True)) == {"blue", "red"}


def test_units_without_addresses_are_reported_not_recorded(ledger, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = run()
    assert "未发送（该单位没有填写电子邮箱的用户）" in out
    assert not mail.outbox and not ReminderLog.objects.exists()


def test_dry_run_lists_and_sends_nothing(ledger, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = run("--dry-run")
    assert "【台账预警】西城区委" in out and not mail.outbox and not ReminderLog.objects.exists()
