"""The inspection page's reconciliation of stated figures and its progress report download."""

from django.contrib import admin
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path
from django.utils.html import format_html, format_html_join

from accounts.roles import VIEW
from ledger.reconciliation import Reconciliation, reconcile
from ledger.reports.responses import progress_report_response

MATCH, MISMATCH, NOTHING = "match", "mismatch", "none"


def reconciliation_state(result: Reconciliation) -> str:
    if not result.compared:
        return NOTHING
    return MISMATCH if result.discrepancies else MATCH


class ReconciliationFilter(admin.SimpleListFilter):
    title = "通报数据核对"
    parameter_name = "reconciliation"

    def lookups(self, request, model_admin):
        return [(MISMATCH, "与台账不一致"), (MATCH, "与台账一致"), (NOTHING, "无可核对的通报数据")]

    def queryset(self, request, queryset):
        if self.value() not in (MATCH, MISMATCH, NOTHING):
            return queryset
        results = reconcile(queryset.values_list("pk", flat=True))
        return queryset.filter(pk__in=[pk for pk, r in results.items() if reconciliation_state(r) == self.value()])


class ReconciledChangeList(ChangeList):
    """Reconciles the page's inspections at once (three queries), for the 通报数据核对 column."""

    def get_results(self, request):
        super().get_results(request)
        rows = list(self.result_list)  # fills the queryset's cache: the template iterates these same objects
        results = reconcile([row.pk for row in rows])
        for row in rows:
            row.reconciliation = results[row.pk]


class InspectionReportsMixin:
    """Mixed into InspectionAdmin: the 通报数据核对 column, filter and section, and the 生成整改进展通报 button."""

    change_form_template = "admin/ledger/inspection_change_form.html"

    def get_changelist(self, request, **kwargs):
        return ReconciledChangeList

    def get_urls(self):
        view = self.admin_site.admin_view(self.progress_report_view)
        return [
            path("<path:object_id>/progress-report/", view, name="ledger_inspection_progress_report"),
            *super().get_urls(),
        ]

    def progress_report_view(self, request, object_id):
        return progress_report_response(self.visible_inspection(request, object_id))

    def visible_inspection(self, request, object_id):
        """The inspection behind a custom admin page: only one the user may view; others answer like missing ids."""
        if not self._role_allows(request, VIEW):
            raise PermissionDenied
        inspection = None
        if object_id.isdigit():
            inspection = self.get_queryset(request).select_related("unit", "round").filter(pk=object_id).first()
        if inspection is None:
            raise Http404("对象不存在或您无权查看。")
        return inspection

    @admin.display(description="通报数据核对")
    def reconciliation_status(self, obj):
        result = getattr(obj, "reconciliation", None) or reconcile([obj.pk])[obj.pk]
        state = reconciliation_state(result)
        if state == NOTHING:
            return "—"
        if state == MATCH:
            return format_html('<span style="color:#2e7d32">一致（{}项）</span>', result.compared)
        return format_html(
            '<span style="color:#c62828;font-weight:bold" title="{}">{}项不一致</span>',
            "\n".join(d.message for d in result.discrepancies),
            len(result.discrepancies),
        )

    @admin.display(description="核对结果")
    def figure_reconciliation(self, obj):
        if not obj.pk:
            return "保存后显示"
        result = reconcile([obj.pk])[obj.pk]
        t = result.tally
        ledger = f"台账现有反馈问题{t.problems}个"
        if t.sub_problems != t.problems:
            ledger += f"（具体问题{t.sub_problems}个）"
        ledger += f"，整改措施{t.measures}条。"
        if not result.compared:
            return f"{ledger}通报未载明可与台账核对的数据。"
        if not result.discrepancies:
            return f"{ledger}通报所载{result.compared}项数据均与台账一致。"
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td><small>{}</small></td></tr>",
            ((d.line or "", d.metric_label, d.message, d.sentence) for d in result.discrepancies),
        )
        return format_html(
            "<p>{}通报所载{}项数据中，{}项与台账不一致：</p>"
            '<table class="tz-reconciliation"><thead><tr><th>原文行号</th><th>指标</th><th>核对结果</th>'
            "<th>原文语句</th></tr></thead><tbody>{}</tbody></table>",
            ledger,
            result.compared,
            len(result.discrepancies),
            rows,
        )
