from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from ledger.admin.base import ScopedAdmin, ScopedPermissionsMixin, VersionedForm
from ledger.admin.filters import unit_subtree_filter
from ledger.admin.renderers import plain_input_renderer
from ledger.admin.reports import InspectionReportsMixin, ReconciliationFilter
from ledger.admin.sheet import InspectionSheetMixin
from ledger.admin.tree import render_feedback_tree
from ledger.models import FeedbackItem, Inspection, ReportedFigure


class FeedbackItemInline(ScopedPermissionsMixin, admin.TabularInline):
    model = FeedbackItem
    form = VersionedForm
    fk_name = "inspection"
    # The parent is shown, not offered: a drop-down of every item on every row made the page thousands of pixels
    # wide and slow after a real import. It is changed on the item's own page (autocomplete).
    fields = ["parent_path", "position", "label", "title", "version_seen"]
    readonly_fields = ["parent_path"]
    extra = 0
    show_change_link = True
    classes = ["collapse"]
    verbose_name = "反馈问题（编辑结构）"
    verbose_name_plural = "反馈问题（编辑结构）"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent__parent")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        formset.renderer = plain_input_renderer  # its hundreds of inputs without the template engine
        return formset

    @admin.display(description="上级条目")
    def parent_path(self, obj):
        parent = obj.parent if obj and obj.pk else None
        if parent is None:
            return "（顶层）"
        names = [f"{p.label}{p.title[:24]}" for p in (parent.parent, parent) if p is not None]
        return " › ".join(names)


class ReportedFigureInline(ScopedPermissionsMixin, admin.TabularInline):
    model = ReportedFigure
    fields = ["metric", "value", "quantity_unit", "sentence", "source_line"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Inspection)
class InspectionAdmin(InspectionSheetMixin, InspectionReportsMixin, ScopedAdmin):
    list_display = [
        "unit",
        "round",
        "group",
        "kind",
        "topic",
        "onsite_start",
        "onsite_end",
        "feedback_date",
        "reconciliation_status",
        "sheet_link",
    ]
    list_filter = [unit_subtree_filter("unit__"), "round", "kind", "topic", ReconciliationFilter]
    list_select_related = ["unit", "round"]
    list_per_page = 50  # each row's reconciliation tallies its inspection's measures: the page's cost is per row
    search_fields = ["unit__name", "unit__full_name", "group", "topic"]
    autocomplete_fields = ["unit"]
    readonly_fields = ["feedback_tree", "figure_reconciliation", "source_document"]
    fieldsets = [
        (None, {"fields": ["unit", "round", "group", "kind", "topic", "version_seen"]}),
        ("时间", {"fields": ["onsite_start", "onsite_end", "feedback_date", "rectification_deadline"]}),
        ("反馈问题与整改措施", {"fields": ["feedback_tree"]}),
        ("通报数据核对", {"fields": ["figure_reconciliation"]}),
        ("来源", {"fields": ["source_document"], "classes": ["collapse"]}),
    ]
    inlines = [FeedbackItemInline, ReportedFigureInline]

    @admin.display(description="台账视图")
    def sheet_link(self, obj):
        return format_html('<a href="{}">查看台账</a>', reverse("admin:ledger_inspection_sheet", args=[obj.pk]))

    @admin.display(description="反馈问题树")
    def feedback_tree(self, obj):
        return render_feedback_tree(obj) if obj.pk else "保存后显示"
