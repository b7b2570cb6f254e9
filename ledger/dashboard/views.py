from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.template.response import TemplateResponse

from ledger.alerts import AlertLevel
from ledger.choices import Status
from ledger.dashboard import svg
from ledger.dashboard.selectors import overview
from ledger.models import Unit
from ledger.selectors import visible_to

STATUS_KEYS = list(Status.choices)
WARNING_KEYS = [(AlertLevel.RED, "红色预警"), (AlertLevel.YELLOW, "黄色预警"), (AlertLevel.BLUE, "蓝色预警")]


@staff_member_required
def dashboard(request):
    data = overview(request.user, request.GET)
    units = data.by_unit[:30]
    charts = {
        "completion_by_unit": svg.hbar_chart(
            [(r["unit"], r["completion_rate"], f"{r['completion_rate']:.0%}") for r in units],
            title="各单位整改完成率",
            maximum=1,
        ),
        "completion_by_round": svg.hbar_chart(
            [(r["round"], r["completion_rate"], f"{r['completion_rate']:.0%}") for r in data.by_round],
            title="各轮次整改完成率",
            maximum=1,
        ),
        "status_mix": svg.stacked_chart(
            [(r["unit"], [(k, label, r[k]) for k, label in STATUS_KEYS]) for r in units], title="各单位整改状态构成"
        ),
        "warnings": svg.stacked_chart(
            [(r["unit"], [(k, label, r[k]) for k, label in WARNING_KEYS]) for r in units], title="各单位预警数量"
        ),
        "trend": svg.column_chart(data.trend, title="每月完成的整改措施"),
    }
    context = {
        **admin.site.each_context(request),
        "title": "整改情况总览",
        "data": data,
        "units": units,
        "unit_rows": [(r, [r[k] for k, _ in STATUS_KEYS], [r[k] for k, _ in WARNING_KEYS]) for r in units],
        "unit_choices": visible_to(request.user, Unit.objects.all()).only("pk", "name"),
        "charts": charts,
        "status_keys": STATUS_KEYS,
        "warning_keys": WARNING_KEYS,
        "status_legend": svg.legend(STATUS_KEYS),
        "warning_legend": svg.legend(WARNING_KEYS),
        "form": data.filterset.form,
    }
    return TemplateResponse(request, "admin/ledger/dashboard.html", context)
