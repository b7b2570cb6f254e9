import secrets

from django.core.management.base import BaseCommand

from accounts.models import User
from accounts.roles import Role
from accounts.services import user_create
from demo.data import load_demo
from ledger.models import Unit

# (login, role, unit, the person's name shown on pages and in mail)
DEMO_USERS = [
    ("admin", Role.ADMIN, None, "陈静"),
    ("supervisor", Role.SUPERVISOR, None, "王建国"),
    ("dongcheng", Role.EDITOR, "示范市东城区委", "张敏"),
    ("nanhu_viewer", Role.VIEWER, "示范市南湖区委", "刘洋"),
]


class Command(BaseCommand):
    help = "载入演示台账并创建演示账号（密码随机生成，仅显示一次）。"

    def handle(self, *args, **options):
        if load_demo():
            self.stdout.write("已载入演示台账。")
        else:
            self.stdout.write("数据库中已有单位，跳过演示台账。")
        for username, role, unit_name, name in DEMO_USERS:
            if User.objects.filter(username=username).exists():
                continue
            unit = Unit.objects.filter(name=unit_name).first() if unit_name else None
            if unit_name and unit is None:
                continue
            password = secrets.token_urlsafe(12)
            user_create(username=username, password=password, role=role, unit=unit, name=name)
            self.stdout.write(
                self.style.SUCCESS(f"创建账号 {username}（{name}，{Role(role).label}）密码：{password}  ← 仅显示这一次")
            )
