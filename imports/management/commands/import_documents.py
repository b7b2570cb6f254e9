import time

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from imports.export import documents_json
from imports.files import collect
from imports.models import Action
from imports.parsing import parse_file
from imports.parsing.model import DocumentError
from imports.persistence import MODEL_LABELS, import_parsed, record_failure
from ledger.console import progress_bar

COLUMNS = {
    Action.CREATED: "新增",
    Action.UPDATED: "更新",
    Action.UNCHANGED: "未变",
    Action.RETIRED: "撤销",
    Action.CONFLICT: "冲突",
}


class Command(BaseCommand):
    help = "导入巡视巡察反馈意见、整改进展通报等文档（.txt/.docx/.html/.pdf，可指定文件夹）。全部成功才写入。"

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="文件或文件夹")
        parser.add_argument("--dry-run", action="store_true", help="只解析并显示将要进行的修改，不写入")
        parser.add_argument("--json", metavar="FILE", help="把解析结果写成 JSON 文件")
        parser.add_argument("--user", help="记为导入人的用户名")

    def handle(self, *args, **opts):
        user = User.objects.filter(username=opts["user"]).first() if opts["user"] else None
        if opts["user"] and user is None:
            raise CommandError(f"用户“{opts['user']}”不存在。")
        files = collect(opts["paths"])
        if not files:
            raise CommandError("没有找到可导入的文件（支持 .txt .docx .html .pdf）。")
        results, started = [], time.perf_counter()
        with progress_bar(self.stdout, "解析文档", total=len(files)) as update:
            for n, path in enumerate(files, 1):
                update(n - 1, f"解析 {path}")
                try:
                    result = parse_file(path)
                except DocumentError as exc:
                    if not opts["dry_run"]:
                        record_failure(files=[str(p) for p in files], error=str(exc), user=user)
                    raise CommandError(f"导入中止，未写入任何数据。{exc}") from exc
                results.append(result)
                inspections = sum(len(d.inspections) for d in result.documents)
                self.stdout.write(
                    f"[{n}/{len(files)}] {path}：{len(result.documents)} 篇文档，{inspections} 个被巡视单位"
                )
        parse_seconds = time.perf_counter() - started
        if opts["json"]:
            with open(opts["json"], "w", encoding="utf-8") as out:
                out.write(documents_json(results))
            self.stdout.write(f"解析结果已写入 {opts['json']}")
        try:
            with progress_bar(self.stdout, "预览（不写入）" if opts["dry_run"] else "写入台账"):
                run, report = import_parsed(results, user=user, dry_run=opts["dry_run"])
        except ValidationError as exc:
            reason = "；".join(exc.messages)
            if not opts["dry_run"]:
                record_failure(files=[str(p) for p in files], error=reason, user=user)
            raise CommandError(f"导入中止，未写入任何数据：{reason}") from exc
        self._summary(report, dry_run=opts["dry_run"])
        for warning in report.warnings:
            self.stdout.write(self.style.WARNING(f"提示：{warning}"))
        verb = "预览完成（未写入）" if opts["dry_run"] else f"导入完成（导入记录 #{run.pk}）"
        total = time.perf_counter() - started
        self.stdout.write(self.style.SUCCESS(f"{verb}：解析 {parse_seconds:.2f} 秒，共 {total:.2f} 秒。"))

    def _summary(self, report, *, dry_run: bool):
        table = report.table()
        header = "对象".ljust(8) + "".join(label.rjust(8) for label in COLUMNS.values())
        self.stdout.write(header)
        for model, counts in table.items():
            row = MODEL_LABELS.get(model, model).ljust(8) + "".join(str(counts.get(c, 0)).rjust(8) for c in COLUMNS)
            self.stdout.write(row)
        for action in report.actions:
            if action.action == Action.CONFLICT:
                self.stdout.write(self.style.WARNING(f"冲突：{action.label} {action.changes}"))
