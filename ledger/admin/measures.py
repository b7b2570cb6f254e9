from django.contrib import admin
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from rangefilter.filters import DateRangeFilter

from accounts.roles import Role, can_close_out
from ledger.admin.actions import confirmed_action
from ledger.admin.base import ScopedAdmin, ScopedPermissionsMixin
from ledger.admin.display import status_badge
from ledger.admin.filters import (
    AlertFilter,
    CategoryFilter,
    ClosedOutFilter,
    CompletedMonthFilter,
    EvidenceFilter,
    InspectionKindFilter,
    MeasureRoundFilter,
    OverdueFilter,
    RepeatFilter,
    UnfinishedFilter,
    UnitOnlyFilter,
    item_filter,
    unit_subtree_filter,
)
from ledger.admin.forms import (
    CloseOutForm,
    CorrectDatesForm,
    EvidenceForm,
    MeasureForm,
    ReopenForm,
    ReviewForm,
    SetStatusForm,
)
from ledger.admin.measure_page import MeasurePageMixin, evidence_summary, progress_timeline
from ledger.admin.repeats import REPEAT_MARK
from ledger.choices import Channel
from ledger.models import Evidence, Measure
from ledger.selectors import with_evidence_count
from ledger.services import (
    evidence_create,
    evidence_delete,
    evidence_removable,
    measure_close_out,
    measure_correct_dates,
    measure_reopen,
    measure_review,
    measure_set_status,
    measure_update,
)

EDITOR_READONLY = ["item", "position", "label", "text"]


class EvidenceInline(ScopedPermissionsMixin, admin.TabularInline):
    model = Evidence
    form = EvidenceForm
    # The stored hash and byte count are shown in one summary (short hash, full on hover), never as inputs.
    fields = ["title", "file", "summary", "uploaded_at"]
    readonly_fields = ["summary", "uploaded_at"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("uploaded_by")

    @admin.display(description="文件信息（原文件名 · 大小 · 上传人 · 校验值）")
    def summary(self, obj):
        return evidence_summary(obj)

    def has_change_permission(self, request, obj=None):
        return False  # evidence is immutable once uploaded; delete and upload again

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not _closed_for_editor(request, obj)

    def has_delete_permission(self, request, obj=None):
        # obj is the measure the inline sits on
        removable = obj is None or evidence_removable(measure=obj, user=request.user)
        return super().has_delete_permission(request, obj) and removable


def _closed_for_editor(request, measure) -> bool:
    return bool(measure and measure.closed_at and request.user.effective_role == Role.EDITOR)


@admin.register(Measure)
class MeasureAdmin(MeasurePageMixin, ScopedAdmin):
    form = MeasureForm
    change_list_template = "admin/ledger/measure_change_list.html"
    list_display = [
        "short_text",
        "unit_name",  # not "unit": the model's stored Measure.unit would take the column over
        "problem",
        "category_name",
        "coloured_status",
        "deadline",
        "lead_unit",
        "evidence_count",
        "closed_at",
    ]
    list_filter = [
        UnfinishedFilter,
        AlertFilter,
        ClosedOutFilter,
        EvidenceFilter,
        unit_subtree_filter("unit__"),
        MeasureRoundFilter,
        InspectionKindFilter,
        item_filter(CategoryFilter, "item__"),
        item_filter(RepeatFilter, "item__"),
        "status",
        OverdueFilter,
        ("deadline", DateRangeFilter),
        UnitOnlyFilter,  # the overview's links
        CompletedMonthFilter,
    ]
    list_select_related = ["item__inspection__unit", "item__category"]
    search_fields = ["text", "responsible_leader", "lead_unit", "responsible_units", "item__title"]  # ledger.search
    autocomplete_fields = ["item"]
    # The workflow sets completed_on and next_review_on; supervisors correct them with the action below.
    readonly_fields = ["closed_at", "closed_by", "close_note", "completed_on", "next_review_on", "timeline"]
    fieldsets = [
        (None, {"fields": ["item", "position", "label", "text", "version_seen"]}),
        ("责任", {"fields": ["responsible_leader", "lead_unit", "responsible_units"]}),
        (
            "进度",
            {
                "fields": [
                    "deadline",
                    "status",
                    "progress_note",
                    "completed_on",
                    "review_cycle_months",
                    "next_review_on",
                ]
            },
        ),
        ("销号", {"fields": ["closed_at", "closed_by", "close_note"]}),
        ("整改进展记录", {"fields": ["timeline"]}),
    ]
    inlines = [EvidenceInline]
    actions = ["set_status", "close_out", "reopen", "correct_dates"]
    list_per_page = 50

    @admin.display(description="整改措施", ordering="text")
    def short_text(self, obj):
        return f"{obj.label}{obj.text[:40]}"

    @admin.display(description="单位", ordering="item__inspection__unit__name")
    def unit_name(self, obj):
        return obj.item.inspection.unit.name

    @admin.display(description="反馈问题")
    def problem(self, obj):
        if obj.item.repeat_of_id:
            return format_html("{} {}", str(obj.item)[:40], mark_safe(REPEAT_MARK))
        return str(obj.item)[:40]

    @admin.display(description="问题类别", ordering="item__category__position")
    def category_name(self, obj):
        return obj.item.category.name if obj.item.category_id else "-"

    @admin.display(description="整改状态", ordering="status")
    def coloured_status(self, obj):
        return status_badge(obj)

    @admin.display(description="佐证", ordering="evidence_count")
    def evidence_count(self, obj):
        return obj.evidence_count

    @admin.display(description="整改进展（新→旧）")
    def timeline(self, obj):
        return progress_timeline(obj)

    def get_queryset(self, request):
        return with_evidence_count(super().get_queryset(request))

    def lookup_allowed(self, lookup, value, request=None):
        # Django vets a filter's parameter by its path before the filter takes it; this one is a plain list filter.
        return lookup == MeasureRoundFilter.parameter_name or super().lookup_allowed(lookup, value, request)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        hidden = set()
        if request.user.effective_role == Role.EDITOR:
            hidden.add("position")  # the importer's bookkeeping; a unit editor has nothing to do with it
        if obj is not None and not self.has_change_permission(request, obj):
            hidden.add("progress_note")  # an input for writers only; read-only pages show the timeline
        return [(name, {**opts, "fields": [f for f in opts["fields"] if f not in hidden]}) for name, opts in fieldsets]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if request.user.effective_role == Role.EDITOR:
            readonly += EDITOR_READONLY
        return readonly

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not _closed_for_editor(request, obj)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self._role_allows(request, "change"):
            actions.pop("set_status", None)
            actions.pop("review", None)
        if not can_close_out(request.user.effective_role):
            actions.pop("close_out", None)
            actions.pop("reopen", None)
            actions.pop("correct_dates", None)
        return actions

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        measure_update(
            measure=obj,
            expected_version=form.cleaned_data.get("version_seen"),
            user=request.user,
            channel=Channel.ADMIN,
            note=form.cleaned_data.get("progress_note", ""),
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is not Evidence:
            return super().save_formset(request, form, formset, change)
        formset.save(commit=False)  # fills the formset's bookkeeping; writes go through the service below
        formset.new_objects = [
            evidence_create(
                measure=form.instance,
                upload=f.cleaned_data["file"],
                title=f.cleaned_data.get("title", ""),
                user=request.user,
            )
            for f in formset.extra_forms
            if f.has_changed() and not f.cleaned_data.get("DELETE")
        ]
        for obj in formset.deleted_objects:
            evidence_delete(evidence=obj, user=request.user, channel=Channel.ADMIN)

    def _bulk(self, request, queryset, form_class, title, apply):
        return confirmed_action(
            self,
            request,
            queryset.select_related("item__inspection__unit"),
            form_class=form_class,
            title=title,
            apply=apply,
            done_message="已处理 {n} 项整改措施。",
        )

    @admin.action(description="批量设置整改状态（填写进展说明）")
    def set_status(self, request, queryset):
        def apply(measure, data):
            measure_set_status(measure=measure, status=data["status"], note=data["note"], user=request.user)

        return self._bulk(request, queryset, SetStatusForm, "批量设置整改状态", apply)

    @admin.action(description="长期坚持事项定期复查（记录复查情况）")
    def review(self, request, queryset):
        def apply(measure, data):
            measure_review(measure=measure, user=request.user, note=data["note"])

        return self._bulk(request, queryset, ReviewForm, "长期坚持事项定期复查", apply)

    @admin.action(description="销号（须已完成且有佐证材料）")
    def close_out(self, request, queryset):
        def apply(measure, data):
            measure_close_out(measure=measure, user=request.user, note=data["note"])

        return self._bulk(request, queryset, CloseOutForm, "销号", apply)

    @admin.action(description="回头看：重新打开已销号措施")
    def reopen(self, request, queryset):
        def apply(measure, data):
            measure_reopen(measure=measure, user=request.user, reason=data["reason"], new_deadline=data["new_deadline"])

        return self._bulk(request, queryset, ReopenForm, "回头看：重新打开", apply)

    @admin.action(description="更正完成日期或下次复查日期（须填写说明）")
    def correct_dates(self, request, queryset):
        def apply(measure, data):
            dates = {name: data[name] for name in ("completed_on", "next_review_on") if data.get(name)}
            measure_correct_dates(measure=measure, user=request.user, note=data["note"], **dates)

        return self._bulk(request, queryset, CorrectDatesForm, "更正完成日期或下次复查日期", apply)
