from html import escape
from urllib.parse import urlencode

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.safestring import mark_safe

from ledger.admin.filters import CategoryFilter, CompletedMonthFilter
from ledger.alerts import AlertLevel
from ledger.choices import Status
from ledger.dashboard import charts
from ledger.dashboard.selectors import UNIT_ORDERS, UNKNOWN_MONTH, overview
from ledger.models import Unit
from ledger.selectors import visible_to

STATUS_KEYS = list(Status.choices)
WARNING_KEYS = [(AlertLevel.RED, "红色预警"), (AlertLevel.YELLOW, "黄色预警"), (AlertLevel.BLUE, "蓝色预警")]
# The overview's filters as the admin measure list names them, so a link lists exactly what was counted.
LIST_PARAMS = {"round": "item__inspection__round__id__exact", "kind": "kind", "unit": "unit"}
# The same filters as the feedback item list names them (重复问题 and 问题类别 count items).
ITEM_LIST_PARAMS = {"round": "inspection__round__id__exact", "kind": "inspection__kind__exact", "unit": "unit"}


class Links:
    """Links to the admin measure list with the overview's filters plus the ones a bar, row or number adds."""

    def __init__(self, data, *, base="admin:ledger_measure_changelist", params=LIST_PARAMS):
        self.base = reverse(base)
        valid = data.filterset.is_valid()
        self.filters = {
            params[name]: data.filterset.data[name] for name in params if valid and data.filterset.data.get(name)
        }
        self._prefix = urlencode(self.filters)
        self._encoded: dict[tuple, str] = {}

    def __call__(self, **extra) -> str:
        query = urlencode({**self.filters, **{k: v for k, v in extra.items() if v is not None}})
        return f"{self.base}?{query}" if query else self.base

    def unit(self, row, **extra) -> str:
        # The same URL as self(unit_only=…, **extra), with the constant parts encoded once: the unit table asks for
        # ten links per unit, and a province has thousands of units.
        key = tuple(extra.items())
        if key not in self._encoded:
            self._encoded[key] = urlencode({k: v for k, v in extra.items() if v is not None})
        parts = (self._prefix, f"unit_only={int(row['unit_id'])}", self._encoded[key])
        return f"{self.base}?{'&'.join(p for p in parts if p)}"

    def month(self, label: str) -> str:
        return self(completed_month=CompletedMonthFilter.UNKNOWN if label == UNKNOWN_MONTH else label)


def _unit_cells(row, link):
    """(number, link) per column of the unit table."""
    cells = [(row["measures"], link.unit(row))]
    cells += [(row[k], link.unit(row, status__exact=k)) for k, _ in STATUS_KEYS]
    cells.append((row["overdue"], link.unit(row, overdue=1)))
    cells += [(row[k], link.unit(row, warning=k)) for k, _ in WARNING_KEYS]
    return cells


def _percent(done: int, total: int) -> str:
    """As the template tag widthratio rounds it."""
    return str(int(round(done / total * 100))) if total else "0"


def _unit_table_rows(unit_rows, colspan: int) -> str:
    """The unit table's body, built in Python: a province has thousands of units, and rendering their cells through
    the template engine (or format_html) took seconds. The same markup, every value escaped (html.escape is what
    django.utils.html.escape applies)."""
    html = []
    for r, cells, done_link, repeat_link in unit_rows:
        unit = escape(str(r["unit"]))
        repeats = int(r.get("repeats") or 0)
        marked = ' style="color:#c62828;font-weight:bold"' if repeats else ""
        repeat_cell = f'<td class="n" data-col="repeats"><a href="{escape(repeat_link)}"{marked}>{repeats}</a></td>'
        if r.get("empty"):
            body = f'<td>{unit}</td><td class="n empty" data-col="measures" colspan="{colspan}">暂无整改措施</td>'
        else:
            numbers = "".join(
                f'<td class="n"{_COLUMN_ATTRS.get(i, "")}><a href="{escape(href)}">{int(n)}</a></td>'
                for i, (n, href) in enumerate(cells, 1)
            )
            body = (
                f'<td><a href="{escape(cells[0][1])}">{unit}</a></td>{numbers}<td class="n" data-col="rate">'
                f'<a href="{escape(done_link)}">{_percent(r["done"], r["measures"])}%</a></td>'
            )
        html.append(f'<tr data-unit="{int(r["unit_id"])}">{body}{repeat_cell}</tr>')
    return mark_safe("".join(html))  # noqa: S308 (built above from escaped values)


_COLUMN_ATTRS = {1: ' data-col="measures"', 7: ' data-col="overdue"'}


def _unit_options(user, chosen) -> str:
    """The unit filter's <option>s, built in Python: a province has thousands of units, and the template loop over
    them took more than half a second at 2,000."""
    units = visible_to(user, Unit.objects.all()).order_by("path").values_list("pk", "name")
    return mark_safe(  # noqa: S308 (built from escaped values)
        "".join(
            f'<option value="{pk}"{" selected" if str(pk) == chosen else ""}>{escape(name)}</option>'
            for pk, name in units
        )
    )


def _category_key(row) -> str:
    return str(row["category_id"]) if row["category_id"] is not None else CategoryFilter.UNSET


UNITS_PER_PAGE = 50  # the unit table's page: a province has thousands of units; the totals are over all of them


def _unit_page(request, rows: list[dict]):
    """The page of the unit table the request asks for (`page`, the last page when past it), and a link per page
    number that keeps the filters and the order."""
    page = Paginator(rows, UNITS_PER_PAGE).get_page(request.GET.get("page"))
    params = request.GET.copy()

    def href(number: int) -> str:
        params["page"] = number
        return f"?{params.urlencode()}#by-unit"

    pager = {
        "first": href(1) if page.has_previous() else "",
        "previous": href(page.previous_page_number()) if page.has_previous() else "",
        "next": href(page.next_page_number()) if page.has_next() else "",
        "last": href(page.paginator.num_pages) if page.has_next() else "",
    }
    return page, pager


@staff_member_required
def dashboard(request):
    data = overview(request.user, request.GET)
    unit_page, pager = _unit_page(request, data.by_unit)
    link = Links(data)
    item_link = Links(data, base="admin:ledger_feedbackitem_changelist", params=ITEM_LIST_PARAMS)
    def repeat_link(**extra):
        return item_link(is_repeat=1, **extra)

    measured = [r for r in data.by_unit if not r.get("empty")]
    units = measured[:30]
    drawn = {
        "completion_by_unit": charts.hbar_chart(
            [
                (
                    r["unit"],
                    r["completion_rate"],
                    f"{r['completion_rate']:.0%}",
                    link.unit(r, status__exact=Status.DONE),
                )
                for r in units
            ],
            title="各单位整改完成率",
            maximum=1,
        ),
        "completion_by_round": charts.hbar_chart(
            [
                (
                    r["round"],
                    r["completion_rate"],
                    f"{r['completion_rate']:.0%}",
                    link(item__inspection__round__id__exact=r["round_id"], status__exact=Status.DONE),
                )
                for r in data.by_round
            ],
            title="各轮次整改完成率",
            maximum=1,
        ),
        "status_mix": charts.stacked_chart(
            [(r["unit"], [(k, label, r[k], link.unit(r, status__exact=k)) for k, label in STATUS_KEYS]) for r in units],
            title="各单位整改状态构成",
        ),
        "warnings": charts.stacked_chart(
            [(r["unit"], [(k, label, r[k], link.unit(r, warning=k)) for k, label in WARNING_KEYS]) for r in units],
            title="各单位预警数量",
        ),
        "categories": charts.hbar_chart(
            [
                (r["category"], r["problems"], str(r["problems"]), item_link(category=_category_key(r)))
                for r in data.by_category
            ],
            title="各类别反馈问题数",
            maximum=max((r["problems"] for r in data.by_category), default=0) or 1,
        ),
        "trend": charts.column_chart(
            [(month, n, link.month(month)) for month, n in data.trend], title="每月完成的整改措施"
        ),
    }
    context = {
        **admin.site.each_context(request),
        "title": "整改情况总览",
        "data": data,
        "unit_table_rows": _unit_table_rows(
            (
                (r, _unit_cells(r, link), link.unit(r, status__exact=Status.DONE), repeat_link(unit_only=r["unit_id"]))
                for r in unit_page.object_list
            ),
            colspan=len(STATUS_KEYS) + 6,
        ),
        "unit_page": unit_page,
        "pager": pager,
        "category_rows": [
            (
                r,
                item_link(category=_category_key(r)),
                item_link(category=_category_key(r), is_repeat=1),
                link(category=_category_key(r)),
                link(category=_category_key(r), status__exact=Status.DONE),
            )
            for r in data.by_category
        ],
        "repeats_link": item_link(is_repeat=1),
        "round_rows": [
            (
                r,
                link(item__inspection__round__id__exact=r["round_id"]),
                link(item__inspection__round__id__exact=r["round_id"], status__exact=Status.DONE),
            )
            for r in data.by_round
        ],
        "trend_rows": [(month, n, link.month(month)) for month, n in data.trend],
        "kpi_links": {
            "measures": link(),
            "done": link(status__exact=Status.DONE),
            "overdue": link(overdue=1),
        },
        "unit_options": _unit_options(request.user, request.GET.get("unit")),
        "orders": [(key, label) for key, (label, _) in UNIT_ORDERS.items()],
        "charts": drawn,
        "status_keys": STATUS_KEYS,
        "warning_keys": WARNING_KEYS,
        "status_legend": charts.legend(STATUS_KEYS),
        "warning_legend": charts.legend(WARNING_KEYS),
        "form": data.filterset.form,
    }
    return TemplateResponse(request, "admin/ledger/dashboard.html", context)
