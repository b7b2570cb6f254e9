from django import forms
from django.contrib import admin
from django.db import transaction

from ledger.admin.base import ScopedAdmin
from ledger.admin.filters import unit_subtree_filter
from ledger.admin.forms import EvidenceForm
from ledger.choices import Channel
from ledger.models import Evidence, ProgressNote, ReportedFigure
from ledger.services import evidence_create, evidence_delete, evidence_removable


@admin.register(Evidence)
class EvidenceAdmin(ScopedAdmin):
    form = EvidenceForm
    list_display = ["title", "measure", "original_name", "size", "uploaded_by", "uploaded_at"]
    list_filter = [unit_subtree_filter("measure__unit__")]
    list_select_related = ["measure", "uploaded_by"]
    search_fields = ["title", "original_name", "sha256"]
    autocomplete_fields = ["measure"]
    readonly_fields = ["original_name", "size", "sha256", "uploaded_by", "uploaded_at"]

    def has_change_permission(self, request, obj=None):
        return False  # immutable once uploaded

    def has_delete_permission(self, request, obj=None):
        removable = obj is None or evidence_removable(measure=obj.measure, user=request.user)
        return super().has_delete_permission(request, obj) and removable

    def delete_model(self, request, obj):
        evidence_delete(evidence=obj, user=request.user, channel=Channel.ADMIN)

    def delete_queryset(self, request, queryset):
        # One by one through the service: the closed-out rule and the history's user hold for bulk deletes too.
        with transaction.atomic():
            for evidence in queryset.select_related("measure"):
                evidence_delete(evidence=evidence, user=request.user, channel=Channel.ADMIN)

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        created = evidence_create(
            measure=data["measure"], upload=data["file"], title=data.get("title", ""), user=request.user
        )
        obj.pk = created.pk


@admin.register(ProgressNote)
class ProgressNoteAdmin(ScopedAdmin):
    form = forms.ModelForm
    list_display = ["date", "measure", "status_after", "author", "channel"]
    list_filter = [unit_subtree_filter("measure__unit__"), "status_after", "channel"]
    list_select_related = ["measure", "author"]
    search_fields = ["text"]
    date_hierarchy = "date"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ReportedFigure)
class ReportedFigureAdmin(ScopedAdmin):
    form = forms.ModelForm
    list_display = ["inspection", "metric", "value", "quantity_unit", "source_line"]
    list_filter = [unit_subtree_filter("inspection__unit__"), "metric"]
    list_select_related = ["inspection__unit", "inspection__round"]
    search_fields = ["sentence"]
