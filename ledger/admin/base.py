
"""Admin plumbing shared by every ledger model: role permissions, unit scope, history, stale-edit checks."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.utils.html import format_html
from django.utils.text import smart_split, unescape_string_literal
from django.utils.translation import gettext as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from accounts.roles import ADD, CHANGE, DELETE, VIEW, allowed_actions
from ledger.admin.changelist import SafeChangelistMixin
from ledger.models.base import Tracked
from ledger.paging import RowsFirstPaginator, db_id
from ledger.search import SEARCHED_FIELDS, search
from ledger.selectors import UNIT_PATHS, visible_to
from ledger.services.concurrency import ConflictError, save_tracked

STALE_MESSAGE = "此记录在您打开后已被他人修改（当前版本 {current}，您打开时为版本 {seen}）。为避免覆盖他人的修改，本次保存未生效，请刷新页面后重新编辑。"


class VersionedForm(forms.ModelForm):
    """Carries the version the user started from; a stale one fails validation instead of overwriting."""

    version_seen = forms.IntegerField(label="打开时的版本", widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version_seen"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("version_seen")
        if self.instance.pk and seen is not None:
            current = type(self.instance).objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if current is not None and current != seen:
                raise ValidationError(STALE_MESSAGE.format(current=current, seen=seen), code="conflict")
        return cleaned


class ChineseHistoryHelper(HistoricalRecordContextHelper):
    """Show choice labels and Chinese field names in the history view instead of stored codes."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if value in (None, ""):
            return "（空）"
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)

    def format_delta_change(self, change):
        formatted = super().format_delta_change(change)
        label = str(self.model._meta.get_field(change.field).verbose_name)
        return type(formatted)(field=label, old=formatted.old, new=formatted.new)


class ScopedPermissionsMixin:
    """Permissions from the user's role, rows from the user's unit subtree (for admins and inlines)."""

    def _role_allows(self, request, action: str) -> bool:
        user = request.user
        if not (user.is_active and user.is_staff):
            return False
        return action in allowed_actions(user.effective_role, self.model._meta.model_name)

    def has_view_permission(self, request, obj=None):
        return self._role_allows(request, VIEW)

    def has_add_permission(self, request, obj=None):
        return self._role_allows(request, ADD)

    def has_change_permission(self, request, obj=None):
        return self._role_allows(request, CHANGE)

    def has_delete_permission(self, request, obj=None):
        return self._role_allows(request, DELETE)

    def get_queryset(self, request):
        return visible_to(request.user, super().get_queryset(request))

    def _shown_read_only(self, request, obj) -> bool:
        if obj is None:
            return False  # an add page
        if isinstance(self, admin.options.InlineModelAdmin):  # read-only too when its parent page is
            parent = self.admin_site._registry.get(self.parent_model)
            if parent is not None and not parent.has_change_permission(request, obj):
                return True
        return not self.has_change_permission(request, obj)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self._shown_read_only(request, obj):
            return fieldsets
        # A read-only page shows the model's fields; form-only inputs (the version seen, the note for the next
        # status change) have nothing to show and would appear as “Progress note: None”.
        model_fields = {f.name for f in self.model._meta.get_fields()} | set(self.get_readonly_fields(request, obj))
        return [
            (name, {**options, "fields": [f for f in options["fields"] if isinstance(f, tuple) or f in model_fields]})
            for name, options in fieldsets
        ]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        related = db_field.related_model
        if related in UNIT_PATHS and "queryset" not in kwargs:
            kwargs["queryset"] = visible_to(request.user, related._default_manager.all())
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ScopedAdmin(SafeChangelistMixin, ScopedPermissionsMixin, SimpleHistoryAdmin):
    form = VersionedForm
    # One bounded COUNT per list page: no second count of the unfiltered list, no exact count of a million rows.
    paginator = RowsFirstPaginator
    show_full_result_count = False

    def get_search_results(self, request, queryset, search_term):
        if queryset.model not in SEARCHED_FIELDS:
            return super().get_search_results(request, queryset, search_term)
        # As Django's admin does: every word (or quoted phrase) must match; through ledger.search's index.
        for bit in smart_split(search_term):
            if bit[:1] in ('"', "'") and bit[-1] == bit[0]:
                bit = unescape_string_literal(bit)
            queryset = search(queryset, bit)
        return queryset, False

    def action_checkbox(self, obj):
        # Django renders this through the form-widget templates once per row, a large share of a list page's
        # time; the same markup, written directly.
        label = format_html(_("Select this object for an action - {}"), str(obj))
        return format_html(
            '<input type="checkbox" name="{}" value="{}" class="action-select" aria-label="{}">',
            helpers.ACTION_CHECKBOX_NAME,
            str(obj.pk),
            label,
        )

    def __init__(self, model, admin_site):
        super().__init__(model, admin_site)
        if not self._keeps_history():
            self.object_history_template = "admin/object_history.html"

    def _keeps_history(self) -> bool:
        return hasattr(self.model._meta, "simple_history_manager_attribute")


    def has_module_permission(self, request):
        return self._role_allows(request, VIEW)


    def save_model(self, request, obj, form, change):
        if isinstance(obj, Tracked):
            save_tracked(obj, expected_version=form.cleaned_data.get("version_seen"), user=request.user)
        else:
            obj._history_user = request.user
            obj.save()

    def save_formset(self, request, form, formset, change):
        if not issubclass(formset.model, Tracked):
            return super().save_formset(request, form, formset, change)
        for obj in formset.save(commit=False):
            seen = next((f.cleaned_data.get("version_seen") for f in formset.forms if f.instance is obj), None)
            save_tracked(obj, expected_version=seen, user=request.user)
        for obj in formset.deleted_objects:
            obj._history_user = request.user
            obj.delete()

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # A writer who lost the race between form validation and the conditional UPDATE lands here.
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except ConflictError as exc:
            self.message_user(request, exc.messages[0], messages.ERROR)
            return HttpResponseRedirect(request.path)

    def get_changeform_initial_data(self, request):
        """As Django's (an add page's ?item=ID preselects the item), without an id no row can have: a related
        field's widget would look it up while the page renders, and SQLite refuses a number beyond bigint."""
        initial = super().get_changeform_initial_data(request)
        for name, value in list(initial.items()):
            try:
                field = self.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if not field.is_relation or not isinstance(field.target_field, models.IntegerField):
                continue
            if isinstance(value, list):  # many-to-many: ?predecessors=1,2
                initial[name] = [v for v in value if db_id(v) is not None]
            elif db_id(value) is None:
                del initial[name]
        return initial

    def get_historical_record_context_helper(self, request, historical_record):
        return ChineseHistoryHelper(self.model, historical_record)

    def _in_scope_or_404(self, request, object_id):
        unusable = isinstance(self.model._meta.pk, models.IntegerField) and db_id(object_id) is None  # e.g. "abc"
        if unusable or not self.get_queryset(request).filter(pk=object_id).exists():
            raise Http404("对象不存在或您无权查看。")

    def history_view(self, request, object_id, extra_context=None):
        self._in_scope_or_404(request, object_id)
        if not self._keeps_history():
            # Append-only records (progress notes) keep no field history: the admin's own log page, not a crash.
            return admin.ModelAdmin.history_view(self, request, object_id, extra_context)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        # History is a record, not an editing path: no reverts, no posts.
        if request.method != "GET":
            return HttpResponseNotAllowed(["GET"])
        self._in_scope_or_404(request, object_id)
        if db_id(version_id) is None:  # "abc" or beyond the column: no such version
            raise Http404("该历史版本不存在。")
        return super().history_form_view(request, object_id, version_id, extra_context)
