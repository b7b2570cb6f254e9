from django.contrib import admin
from django.contrib.admin.views.main import ChangeList

from accounts.roles import can_close_out
from ledger.admin.actions import confirmed_action
from ledger.admin.base import ScopedAdmin, ScopedPermissionsMixin, VersionedForm
from ledger.admin.display import rollup_badge
from ledger.admin.filters import unit_subtree_filter
from ledger.admin.forms import CloseOutForm
from ledger.models import FeedbackItem, Measure
from ledger.selectors import item_rollups
from ledger.services import item_close_out


class MeasureInline(ScopedPermissionsMixin, admin.TabularInline):
    model = Measure
    form = VersionedForm
    fields = ["position", "label", "text", "lead_unit", "deadline", "status", "version_seen"]
    extra = 0
    show_change_link = True


class RollupChangeList(ChangeList):
    """Attaches each listed item's roll-up status with a constant number of queries per page."""

    def get_results(self, request):
        super().get_results(request)
        inspection_ids = {item.inspection_id for item in self.result_list}
        rollups = item_rollups(inspection_ids) if inspection_ids else {}
        for item in self.result_list:
            item.rollup = rollups.get(item.pk)


@admin.register(FeedbackItem)
class FeedbackItemAdmin(ScopedAdmin):
    list_display = ["__str__", "inspection", "parent", "status"]
    list_filter = [unit_subtree_filter("inspection__unit__"), "inspection__round", "inspection__kind"]
    list_select_related = ["inspection__unit", "inspection__round", "parent"]
    search_fields = ["title", "text", "label"]
    autocomplete_fields = ["inspection", "parent"]
    fields = ["inspection", "parent", "position", "label", "title", "text", "source_line", "version_seen"]
    readonly_fields = ["source_line"]
    inlines = [MeasureInline]

    actions = ["close_out_problem"]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not can_close_out(request.user.effective_role):
            actions.pop("close_out_problem", None)
        return actions

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

    @admin.display(description="整改状态")
    def status(self, obj):
        return rollup_badge(obj.rollup) if getattr(obj, "rollup", None) else "-"
