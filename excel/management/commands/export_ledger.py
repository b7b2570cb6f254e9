from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from excel.export import write_ledger
from excel.selectors import filtered_measures
from excel.services import round_common_problems
from ledger.choices import InspectionKind, Status
from ledger.console import progress_bar


class Command(BaseCommand):
    help = "导出Excel整改台账（每个巡视巡察一张工作表，另有汇总表）。筛选条件与接口 /api/measures/ 相同。"

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True, metavar="FILE", help="输出文件（.xlsx）")
        parser.add_argument("--user", help="按该用户的权限范围导出（不指定则导出全部单位）")
        parser.add_argument("--unit", type=int, metavar="ID", help="单位（含下级单位）")
        parser.add_argument("--round", type=int, metavar="ID", help="巡视轮次")
        parser.add_argument("--inspection", type=int, metavar="ID", help="巡视巡察")
        parser.add_argument("--kind", choices=InspectionKind.values, help="巡视类型：regular 常规，special 专项")
        parser.add_argument(
            "--status", action="append", choices=Status.values, help="整改状态，可重复指定：" + "、".join(Status.values)
        )
        parser.add_argument("--overdue", action="store_true", help="只导出逾期的措施")
        parser.add_argument("--deadline-after", metavar="YYYY-MM-DD", help="完成时限不早于")
        parser.add_argument("--deadline-before", metavar="YYYY-MM-DD", help="完成时限不晚于")

    def handle(self, *args, **opts):
        user = None
        if opts["user"]:
            user = User.objects.filter(username=opts["user"]).first()
            if user is None:
                raise CommandError(f"用户“{opts['user']}”不存在。")
        filters = {
            name: opts[option]
            for name, option in (
                ("unit", "unit"),
                ("round", "round"),
                ("inspection", "inspection"),
                ("kind", "kind"),
                ("status", "status"),
                ("deadline_after", "deadline_after"),
                ("deadline_before", "deadline_before"),
            )
            if opts[option] not in (None, [])
        }
        if opts["overdue"]:
            filters["overdue"] = "true"
        try:
            queryset = filtered_measures(user=user, filters=filters)
        except ValidationError as exc:
            raise CommandError(
                "筛选条件有误：" + "；".join(f"{k}：{'，'.join(v)}" for k, v in exc.message_dict.items())
            ) from exc
        name = (user.get_full_name() or user.get_username()) if user else ""
        total = queryset.count()
        common = round_common_problems(user=user, filters=filters, measures=queryset)
        with progress_bar(self.stdout, "导出Excel台账", total=total) as update:
            summary = write_ledger(queryset, opts["out"], exported_by=name, progress=update, common_problems=common)
        self.stdout.write(
            self.style.SUCCESS(
                f"已导出 {summary.measures} 项整改措施、{len(summary.sheets)} 个巡视巡察到 {opts['out']}。"
            )
        )
