from django.contrib import admin
from django.contrib.admin.views.main import ChangeList

from ledger.admin.base import ScopedAdmin, ScopedPermissionsMixin, VersionedForm
from ledger.admin.display import rollup_badge
from ledger.admin.filters import unit_subtree_filter
from ledger.models import FeedbackItem, Measure
from ledger.selectors import item_rollups


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

    def get_changelist(self, request, **kwargs):
        return RollupChangeList

    @admin.display(description="整改状态")
    def status(self, obj):
        return rollup_badge(obj.rollup) if getattr(obj, "rollup", None) else "-"
