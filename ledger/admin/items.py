from django.contrib import admin
from django.contrib.admin.views.main import ORDER_VAR, ChangeList
from django.db.models import Case, Exists, F, IntegerField, OuterRef, Value, When
from django.db.models.functions import Coalesce
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from accounts.roles import can_close_out, can_set_category
from ledger.admin.actions import confirmed_action
from ledger.admin.base import ScopedAdmin, ScopedPermissionsMixin, VersionedForm
from ledger.admin.display import rollup_badge
from ledger.admin.filters import CategoryFilter, ItemUnitOnlyFilter, RepeatFilter, unit_subtree_filter
from ledger.admin.forms import CloseOutForm, SetCategoryForm
from ledger.admin.panels import item_panels
from ledger.admin.repeats import REPEAT_MARK, is_repeat_problem, repeat_panel
from ledger.choices import CategorySource
from ledger.models import FeedbackItem, Measure
from ledger.selectors import item_rollups
from ledger.services import feedback_item_set_category, item_close_out


class MeasureInline(ScopedPermissionsMixin, admin.TabularInline):
    model = Measure
    form = VersionedForm
    fields = ["position", "label", "text", "lead_unit", "deadline", "status", "version_seen"]
    extra = 0
    show_change_link = True


class RollupChangeList(ChangeList):
    """Attaches each listed item's roll-up status with a constant number of queries per page."""

    def get_ordering(self, request, queryset):
        # Unless a column header was clicked: document order (in_document_order's annotations).
        if ORDER_VAR in self.params:
            return super().get_ordering(request, queryset)
        return DOCUMENT_ORDER

    def get_results(self, request):
        super().get_results(request)
        inspection_ids = {item.inspection_id for item in self.result_list}
        rollups = item_rollups(inspection_ids) if inspection_ids else {}
        for item in self.result_list:
            item.rollup = rollups.get(item.pk)


DOCUMENT_ORDER = ["inspection_id", "root_position", "root_id", "middle_position", "middle_id", "leaf_position", "id"]


def in_document_order(queryset):
    """Items as the report reads them: by inspection, then aspect → problem → sub-problem (three levels)."""
    depth2 = {"parent__parent__isnull": False}
    depth1 = {"parent__isnull": False}
    return queryset.annotate(
        root_position=Coalesce("parent__parent__position", "parent__position", "position"),
        root_id=Coalesce("parent__parent_id", "parent_id", "id"),
        middle_position=Case(When(**depth2, then=F("parent__position")), When(**depth1, then=F("position")),
                             default=Value(-1), output_field=IntegerField()),
        middle_id=Case(When(**depth2, then=F("parent_id")), When(**depth1, then=F("id")),
                       default=Value(-1), output_field=IntegerField()),
        leaf_position=Case(When(**depth2, then=F("position")), default=Value(-1), output_field=IntegerField()),
    ).order_by(*DOCUMENT_ORDER)


@admin.register(FeedbackItem)
class FeedbackItemAdmin(ScopedAdmin):
    change_list_template = "admin/ledger/feedbackitem_change_list.html"
    list_display = ["tree_title", "inspection_short", "parent_path", "category_name", "status", "measure_count"]
    list_filter = [
        unit_subtree_filter("inspection__unit__"),
        "inspection__round",
        "inspection__kind",
        CategoryFilter,
        RepeatFilter,
        ItemUnitOnlyFilter,  # the overview's links
    ]
    list_select_related = ["inspection__unit", "inspection__round", "parent__parent", "category"]
    search_fields = ["title", "text"]  # served by ledger.search
    autocomplete_fields = ["inspection", "parent"]
    fields = [
        "inspection",
        "parent",
        "position",
        "label",
        "title",
        "text",
        "category",
        "category_source",
        "source_line",
        "version_seen",
    ]
    readonly_fields = ["source_line", "category_source"]
    inlines = [MeasureInline]

    actions = ["close_out_problem", "set_category"]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not can_close_out(request.user.effective_role):
            actions.pop("close_out_problem", None)
        if not can_set_category(request.user.effective_role):  # editors too: the item's other fields stay theirs to view
            actions.pop("set_category", None)
        return actions

    def change_view(self, request, object_id, form_url="", extra_context=None):
        item = self.get_queryset(request).filter(pk=object_id).first() if str(object_id).isdigit() else None
        # 屡巡屡犯 first, above the fields: it is the first thing a 回头看 checks.
        repeat = repeat_panel(request.user, item) if item is not None else ""
        extra_context = {
            **(extra_context or {}),
            "item_top_panels": [repeat] if repeat else [],
            "item_panels": item_panels(request, item),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "category" and field is not None:
            # Picked from the taxonomy here; the taxonomy itself is edited under 问题类别, not from an item's page.
            field.widget.can_add_related = field.widget.can_change_related = field.widget.can_delete_related = False
        return field

    def save_model(self, request, obj, form, change):
        # A category a person chose is theirs: the automatic classifier and re-imports keep it.
        if "category" in form.changed_data:
            obj.category_source = CategorySource.MANUAL if obj.category_id else CategorySource.NONE
        super().save_model(request, obj, form, change)

    @admin.action(description="设置问题类别（人工指定）")
    def set_category(self, request, queryset):
        def apply(item, data):
            feedback_item_set_category(item=item, category=data["category"], user=request.user)

        return confirmed_action(
            self,
            request,
            queryset.select_related("inspection__unit"),
            form_class=SetCategoryForm,
            title="设置问题类别",
            apply=apply,
            done_message="已为 {n} 项反馈问题设置问题类别。",
        )

    @admin.action(description="问题整体销号（其下措施均已完成且有佐证材料）")
    def close_out_problem(self, request, queryset):
        def apply(item, data):
            return len(item_close_out(item=item, user=request.user, note=data["note"]))

        return confirmed_action(
            self,
            request,
            queryset.select_related("inspection__unit"),
            form_class=CloseOutForm,
            title="问题整体销号",
            apply=apply,
            done_message="已销号 {n} 项整改措施。",
        )

    def get_changelist(self, request, **kwargs):
        return RollupChangeList

    def get_queryset(self, request):
        # heads_problems: an aspect's heading, never shown as a repeat (it recurs in every report).
        children = FeedbackItem.objects.filter(parent=OuterRef("pk"))
        return in_document_order(super().get_queryset(request)).annotate(heads_problems=Exists(children))

    @admin.display(description="反馈问题")
    def tree_title(self, obj):
        depth = (obj.parent_id is not None) + (obj.parent_id is not None and obj.parent.parent_id is not None)
        return format_html('<span class="tz-depth-{}" style="padding-left:{}em">{}{}</span>{}',
                           depth, depth * 1.5, obj.label, obj.title[:60],
                           mark_safe(" " + REPEAT_MARK) if is_repeat_problem(obj) else "")

    @admin.display(description="问题类别", ordering="category__position")
    def category_name(self, obj):
        return obj.category.name if obj.category_id else "-"

    @admin.display(description="巡视巡察", ordering="inspection")
    def inspection_short(self, obj):
        return format_html('<span title="{}">{}</span>', str(obj.inspection), obj.inspection.unit.name)

    @admin.display(description="上级条目")
    def parent_path(self, obj):
        chain = [p for p in (obj.parent.parent if obj.parent_id else None, obj.parent) if p is not None]
        return " › ".join(f"{p.label}{p.title[:20]}" for p in chain) or "（顶层）"

    @admin.display(description="整改状态")
    def status(self, obj):
        return rollup_badge(obj.rollup) if getattr(obj, "rollup", None) else "-"

    @admin.display(description="措施数（含下级）")
    def measure_count(self, obj):
        rollup = getattr(obj, "rollup", None)
        if rollup is None:
            return "-"
        done = rollup.counts.get("done", 0)
        return f"{rollup.total}（已完成{done}）"
