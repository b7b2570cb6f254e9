import json
from types import SimpleNamespace

from django.core.management.base import BaseCommand, CommandError

from ledger.models import FeedbackItem, Inspection, InspectionRound
from similarity.selectors import common_problems
from similarity.services import similarity_refresh

# The command runs on the server for the office: it reads every unit, like a supervisor.
EVERY_UNIT = SimpleNamespace(is_authenticated=True, is_active=True, sees_all_units=True, unit_id=None)


class Command(BaseCommand):
    help = "输出共性问题清单（按涉及单位数排序）和屡巡屡犯的重复问题，写入 JSON 文件。"

    def add_arguments(self, parser):
        parser.add_argument("--round", type=int, help="巡视轮次编号；不指定时为全部巡视巡察")
        parser.add_argument("--min-units", type=int, default=2, help="共性问题至少涉及几个单位（默认 2）")
        parser.add_argument("--json", required=True, help="输出文件路径（- 表示标准输出）")
        parser.add_argument("--refresh", action="store_true", help="先重新计算这些巡视巡察的相似问题")

    def handle(self, *args, **opts):
        if opts["min_units"] < 1:
            raise CommandError("--min-units 至少为 1。")
        inspections = Inspection.objects.all()
        if opts["round"] is not None:
            if not InspectionRound.objects.filter(pk=opts["round"]).exists():
                raise CommandError(f"巡视轮次 {opts['round']} 不存在。")
            inspections = inspections.filter(round_id=opts["round"])
        if opts["refresh"]:
            similarity_refresh(inspections=inspections)
        clusters = common_problems(user=EVERY_UNIT, inspections=inspections, min_units=opts["min_units"])
        repeats = FeedbackItem.objects.filter(inspection__in=inspections, repeat_of__isnull=False).order_by("pk")
        data = {
            "clusters": [
                {
                    "label": c.label,
                    "category": c.category or "",
                    "units": [u.name for u in c.units],
                    "items": [i.pk for i in c.items],
                    "size": c.size,
                }
                for c in clusters
            ],
            "repeats": [
                {"item": pk, "earlier_item": earlier, "similarity": round(similarity, 4)}
                for pk, earlier, similarity in repeats.values_list("pk", "repeat_of_id", "repeat_similarity")
            ],
        }
        text = json.dumps(data, ensure_ascii=False, indent=1)
        if opts["json"] == "-":
            self.stdout.write(text)
            return
        try:
            with open(opts["json"], "w", encoding="utf-8") as out:
                out.write(text)
        except OSError as exc:
            raise CommandError(f"无法写入文件“{opts['json']}”：{exc.strerror}") from exc
        self.stdout.write(
            self.style.SUCCESS(
                f"共性问题 {len(data['clusters'])} 个，重复问题 {len(data['repeats'])} 条，已写入 {opts['json']}。"
            )
        )
