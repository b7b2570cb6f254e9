from django.core.management.base import BaseCommand

from ledger.console import progress_bar
from ledger.services.overview import overview_tallies_refresh


class Command(BaseCommand):
    help = "重新计算整改情况总览的计数（每日由定时任务执行；未运行定时任务时，当天第一次打开总览也会自动计算）。"

    def handle(self, *args, **opts):
        with progress_bar(self.stdout, "重新计算总览计数"):
            overview_tallies_refresh(rebuild=True)
        self.stdout.write(self.style.SUCCESS("总览计数已按今天的预警级别重新计算。"))
