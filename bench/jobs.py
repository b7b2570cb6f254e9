"""Heavy work off the request path: how long a request waits for a city's Excel export, in the request and as a job.

    DATABASE_URL=postgres://…/<a copy of tz_scale_…> .venv/bin/python bench/jobs.py [--unit ID]

Against an existing ledger (e.g. a copy of bench/scale.py's database, migrated), as an administrator through Django's
test client: (1) GET /api/measures/export/?unit=<city> — the request answers when the workbook is written;
(2) POST /api/jobs/excel-export/ with the same filter, jobs in a thread of this process (the `make run` default):
the request answers at once with 202; then the job's progress is polled as the admin page does until it is done.
Prints the seconds of each, the ratio request÷job-start, and how many distinct progress values the page saw.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unit", type=int, help="单位编号（默认：措施最多的市级单位）")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        sys.exit("请用 DATABASE_URL 指定一个已有台账的数据库（例如 bench/scale.py 建立的数据库的副本）。")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["JOBS_IN_PROCESS"] = "thread"
    os.environ.pop("CELERY_BROKER_URL", None)
    import django

    django.setup()
    from django.conf import settings
    from django.db.models import Count
    from django.test import Client

    from accounts.models import User
    from accounts.roles import Role
    from jobs.models import Job
    from ledger.choices import UnitKind
    from ledger.models import Measure, Unit

    settings.ALLOWED_HOSTS = ["testserver"]
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}
    admin = User.objects.filter(role=Role.ADMIN, is_active=True).first()
    if admin is None:
        admin = User.objects.create(username="bench-jobs-admin", role=Role.ADMIN, is_staff=True)
    unit = args.unit or (
        Unit.objects.filter(kind=UnitKind.CITY).annotate(n=Count("children")).order_by("-n", "pk").first().pk
    )
    path = Unit.objects.get(pk=unit).path
    rows = Measure.objects.filter(item__inspection__unit__path__startswith=path).count()
    client = Client()
    client.force_login(admin)

    started = time.perf_counter()
    response = client.get(f"/api/measures/export/?unit={unit}")
    size = sum(len(chunk) for chunk in response.streaming_content)
    in_request = time.perf_counter() - started
    print(f"单位 #{unit}：{rows} 项整改措施；导出文件 {size / 1048576:.1f} MB")
    print(f"请求内导出：请求等待 {in_request:.2f} 秒")

    started = time.perf_counter()
    response = client.post("/api/jobs/excel-export/", {"filters": {"unit": unit}}, content_type="application/json")
    answered = time.perf_counter() - started
    assert response.status_code == 202, response.content
    job_id, seen = response.json()["id"], set()
    while True:
        state, progress = Job.objects.values_list("state", "progress").get(pk=job_id)
        seen.add(progress)
        if state in ("done", "failed"):
            break
        time.sleep(0.5)
    total = time.perf_counter() - started
    print(f"后台任务：请求等待 {answered * 1000:.0f} 毫秒（202），任务完成用时 {total:.2f} 秒，状态 {state}，"
          f"页面看到 {len(seen)} 个不同的进度值")
    print(f"请求等待之比（请求内 ÷ 任务提交）：{in_request / answered:.0f}")


if __name__ == "__main__":
    main()
