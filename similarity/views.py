"""The admin page 共性问题: clusters of similar problems over a round's (or chosen inspections') units, ranked by
the number of units, and one cluster's items by unit with their measures and what worked elsewhere."""

from __future__ import annotations

from collections import defaultdict
from urllib.parse import urlencode

from django.contrib import admin
from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse

from ledger.formatting import round_title
from ledger.models import FeedbackItem, InspectionRound
from ledger.selectors import visible_to
from similarity.forms import CommonProblemsForm
from similarity.selectors import CommonProblem, common_problems

UNITS_SHOWN = 8  # unit names listed in a row before “等N个单位”
PER_PAGE = 50  # a province's round has hundreds of clusters; the most shared come first


def _form(request) -> CommonProblemsForm:
    data = request.GET.copy()
    if not data.get("round") and not data.getlist("inspection"):
        latest = visible_to(request.user, InspectionRound.objects.all()).order_by("-pk").first()
        if latest is not None:
            data["round"] = str(latest.pk)
    data.setdefault("min_units", "2")
    return CommonProblemsForm(data, user=request.user)


def _clusters(form: CommonProblemsForm, user) -> list[CommonProblem]:
    data = form.cleaned_data
    clusters = common_problems(user=user, inspections=form.inspections(), min_units=data.get("min_units") or 2)
    if data.get("category"):
        clusters = [c for c in clusters if c.category == data["category"].name]
    for n, cluster in enumerate(clusters, 1):
        cluster.number = n
        cluster.key = min(i.pk for i in cluster.items)  # an item of the cluster names it in the detail link
        cluster.units_shown = cluster.units[:UNITS_SHOWN]
        cluster.units_more = max(len(cluster.units) - UNITS_SHOWN, 0)
    return clusters


def _context(request, form, **extra) -> dict:
    return {
        **admin.site.each_context(request),
        "form": form,
        "query": request.GET.urlencode(),
        **extra,
    }


def _export_link(form: CommonProblemsForm) -> str:
    """The round's Excel ledger (the API's export, same filters), which carries the sheet 共性问题清单."""
    if not form.is_valid() or not form.cleaned_data.get("round"):
        return ""
    query = {"round": form.cleaned_data["round"].pk}
    if form.cleaned_data.get("unit"):
        query["unit"] = form.cleaned_data["unit"].pk
    return f"{reverse('measure-export')}?{urlencode(query)}"


def common_problems_view(request):
    form = _form(request)
    clusters = _clusters(form, request.user) if form.is_valid() else []
    page = Paginator(clusters, PER_PAGE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = _context(
        request,
        form,
        title="共性问题",
        clusters=clusters,
        page=page,
        page_query=query.urlencode(),
        items=sum(c.size for c in clusters),
        export_link=_export_link(form),
    )
    return TemplateResponse(request, "similarity/common_problems.html", context)


def common_problem_view(request, item_id: int):
    form = _form(request)
    if not form.is_valid():
        raise Http404("筛选条件无效，请返回共性问题列表重新选择。")
    cluster = next((c for c in _clusters(form, request.user) if any(i.pk == item_id for i in c.items)), None)
    if cluster is None:
        raise Http404("该共性问题不存在或您无权查看。")
    measures = defaultdict(list)
    for m in cluster.measures:
        measures[m.item_id].append(m)
    unit_of = {i.pk: i.inspection.unit for i in cluster.items}
    rounds = InspectionRound.objects.filter(pk__in={i.inspection.round_id for i in cluster.items})
    round_titles = {r.pk: round_title(r) for r in rounds}
    # An aspect-level item holds no measures itself: they sit under its problems.
    heads = set(FeedbackItem.objects.filter(parent__in=cluster.items).values_list("parent_id", flat=True).distinct())
    by_unit = defaultdict(list)
    for item in cluster.items:
        item.cluster_measures = measures[item.pk]
        item.heads_problems = item.pk in heads
        item.round_title = round_titles.get(item.inspection.round_id, "")
        by_unit[item.inspection.unit].append(item)
    proven = [(unit_of[m.item_id], m) for m in cluster.proven_measures]
    context = _context(
        request,
        form,
        title=f"共性问题：{cluster.label}",
        cluster=cluster,
        by_unit=list(by_unit.items()),
        proven=proven,
    )
    return TemplateResponse(request, "similarity/common_problem.html", context)
