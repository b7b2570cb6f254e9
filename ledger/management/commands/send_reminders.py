from datetime import date

from django.core.management.base import BaseCommand, CommandError

from ledger.console import progress_bar
from ledger.reminders import pending_digests, reminders_send
from ledger.selectors import today


class Command(BaseCommand):
    help = (
        "按单位汇总发送整改预警提醒（蓝：临期，黄：进度滞后，红：逾期）；同一预警级别只发送一次，可由定时任务反复执行。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只列出将要发送的提醒，不发送也不记录")
        parser.add_argument("--date", help="按指定日期（YYYY-MM-DD）计算预警，默认今天")

    def handle(self, *args, **opts):
        try:
            on = date.fromisoformat(opts["date"]) if opts["date"] else today()
        except ValueError as exc:
            raise CommandError(f"日期“{opts['date']}”无法识别，请使用 YYYY-MM-DD 格式。") from exc
        if opts["dry_run"]:
            with progress_bar(self.stdout, "计算预警"):
                digests = pending_digests(on)
            for digest in digests:
                self.stdout.write(f"{digest.subject} → {', '.join(digest.recipients) or '（无收件人）'}")
            return
        with progress_bar(self.stdout, "计算预警并发送提醒"):
            sent, unaddressed = reminders_send(on=on)
        for digest in sent:
            self.stdout.write(f"已发送：{digest.subject} → {', '.join(digest.recipients)}")
        for digest in unaddressed:
            self.stdout.write(self.style.WARNING(f"未发送（该单位没有填写电子邮箱的用户）：{digest.subject}"))
        self.stdout.write(self.style.SUCCESS(f"共发送 {len(sent)} 封提醒邮件。"))
