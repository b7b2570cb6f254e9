from django.contrib import admin

from ledger.admin.base import ScopedAdmin
from ledger.models import InspectionRound, RoundFigure, RoundProblem, Unit
from ledger.services import unit_save


@admin.register(Unit)
class UnitAdmin(ScopedAdmin):
    list_display = ["indented_name", "full_name", "kind", "parent"]
    list_filter = ["kind"]
    list_select_related = ["parent"]  # the parent column: one join, not a query per row
    search_fields = ["name", "full_name"]
    autocomplete_fields = ["parent", "predecessors"]
    fields = ["name", "full_name", "kind", "parent", "predecessors", "version_seen"]

    @admin.display(description="简称", ordering="path")
    def indented_name(self, obj):
        return "　" * (obj.path.count("/") - 2) + obj.name

    def save_model(self, request, obj, form, change):
        unit_save(unit=obj, expected_version=form.cleaned_data.get("version_seen"), user=request.user)


class RoundFigureInline(admin.TabularInline):
    """Figures of round-level texts; written by imports only, so shown read-only."""

    model = RoundFigure
    extra = 0
    can_delete = False
    fields = readonly_fields = ["metric", "value", "quantity_unit", "sentence", "source_line", "source_document"]

    def has_add_permission(self, request, obj=None):
        return False


class RoundProblemInline(admin.TabularInline):
    """Problems a round-level text lists without naming their unit; written by imports only, so read-only."""

    model = RoundProblem
    extra = 0
    can_delete = False
    fields = readonly_fields = ["position", "heading", "title", "detail", "source_line", "source_document"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(InspectionRound)
class InspectionRoundAdmin(ScopedAdmin):
    inlines = [RoundFigureInline, RoundProblemInline]
    list_display = ["__str__", "inspecting_body", "level", "term", "round_no", "batch"]
    list_filter = ["level", "inspecting_body"]
    search_fields = ["inspecting_body"]
    fields = ["inspecting_body", "level", "term", "round_no", "batch", "version_seen"]
