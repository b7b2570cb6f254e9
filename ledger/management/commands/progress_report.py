from django.core.management.base import BaseCommand, CommandError

from ledger.console import progress_bar
from ledger.models import Inspection
from ledger.reports.progress import progress_report_docx


class Command(BaseCommand):
    help = "生成某次巡视巡察的整改进展情况通报草稿（.docx），数字均取自台账。"

    def add_arguments(self, parser):
        parser.add_argument("inspection_id", type=int, help="巡视巡察记录的编号")
        parser.add_argument("--out", required=True, help="输出的 .docx 文件路径")

    def handle(self, *args, inspection_id, out, **options):
        inspection = Inspection.objects.select_related("unit", "round").filter(pk=inspection_id).first()
        if inspection is None:
            raise CommandError(f"巡视巡察记录 #{inspection_id} 不存在。")
        try:
            with progress_bar(self.stdout, f"生成{inspection.unit.name}的整改进展通报草稿"):
                progress_report_docx(inspection=inspection, out=out)
        except OSError as exc:
            raise CommandError(f"无法写入 {out}：{exc.strerror or exc}") from exc
        self.stdout.write(f"已生成：{out}")
