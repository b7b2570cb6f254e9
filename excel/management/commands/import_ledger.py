from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from excel.services import ledger_import


class Command(BaseCommand):
    help = "导入填写后的Excel整改台账。默认只预览；加 --apply 且全部行无误时才写入（一次性全部写入或全部不写入）。"

    def add_arguments(self, parser):
        parser.add_argument("file", help="由本系统导出并填写的 .xlsx 文件")
        parser.add_argument("--user", help="以该用户的身份和权限导入（不指定则不限单位，修改记录中不记用户）")
        parser.add_argument("--apply", action="store_true", help="写入台账（不加则只预览）")

    def handle(self, *args, **opts):
        user = None
        if opts["user"]:
            user = User.objects.filter(username=opts["user"]).first()
            if user is None:
                raise CommandError(f"用户“{opts['user']}”不存在。")
        try:
            with open(opts["file"], "rb") as source:
                result = ledger_import(source=source, user=user, apply=opts["apply"], filename=Path(opts["file"]).name)
        except OSError as exc:
            raise CommandError(f"无法打开文件：{exc}") from exc
        except PermissionDenied as exc:
            raise CommandError(str(exc)) from exc
        for change in result.changes:
            self.stdout.write(f"工作表“{change.sheet}”第{change.row}行 {change.measure}")
            for header, before, after in change.described():
                self.stdout.write(f"    {header}：{before} → {after}" if before else f"    {header}：{after}")
        for ignored in result.ignored:
            self.stdout.write(self.style.WARNING(f"不会导入：{ignored}"))
        if not result.ok:
            for problem in result.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"发现 {len(result.problems)} 处问题，未写入任何数据。")
        counts = f"共读取 {result.rows} 行：{len(result.changes)} 行有修改，{result.unchanged} 行无变化。"
        if result.applied:
            self.stdout.write(self.style.SUCCESS(f"导入完成。{counts}"))
        elif result.changes:
            self.stdout.write(self.style.WARNING(f"预览（未写入）。{counts}加 --apply 写入。"))
        else:
            self.stdout.write(f"无需导入。{counts}")
