"""Excel export and re-import in the admin: mixed into ledger.admin's MeasureAdmin and InspectionAdmin by
ExcelConfig.ready()."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import IS_POPUP_VAR
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from accounts.roles import CHANGE, VIEW
from excel.services import ledger_import
from excel.views import export_response
from ledger.uploads import Stash

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
IMPORT_URL = "admin:ledger_measure_import_excel"
PENDING = Stash("excel-import-pending")


class LedgerUploadForm(forms.Form):
    file = forms.FileField(label="Excel台账文件", help_text="由本系统导出、填写后的 .xlsx 文件")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".xlsx"):
            raise forms.ValidationError("请上传 .xlsx 格式的 Excel 文件（由本系统导出的台账）。")
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(f"文件大小超过上限{MAX_UPLOAD_BYTES // 1048576} MB。")
        upload.seek(0)
        if not upload.read(4).startswith(b"PK\x03\x04"):
            raise forms.ValidationError("文件内容不是有效的 .xlsx 文件，可能已损坏或被改名。")
        upload.seek(0)
        return upload


class MeasureExcelMixin:
    """The “导出Excel台账” action and the “导入Excel台账” page (linked from the changelist)."""

    change_list_template = "admin/excel/measure_change_list.html"

    @admin.action(description="导出Excel台账")
    def export_excel(self, request, queryset):
        return export_response(user=request.user, within=queryset)

    def get_actions(self, request):
        actions = super().get_actions(request)
        if IS_POPUP_VAR not in request.GET:  # a popup list has no actions
            actions["export_excel"] = self.get_action("export_excel")
        return actions

    def get_urls(self):
        view = self.admin_site.admin_view(self.import_excel_view)
        return [path("import-excel/", view, name="ledger_measure_import_excel"), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_import_excel": self._role_allows(request, CHANGE)}
        return super().changelist_view(request, extra_context)

    def import_excel_view(self, request):
        if not self._role_allows(request, CHANGE):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "导入Excel台账",
        }
        if request.method == "POST" and "token" in request.POST:
            return self._confirm_import(request, request.POST["token"], context)
        form = LedgerUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            name = form.cleaned_data["file"].name
            token = PENDING.put([form.cleaned_data["file"]], user_id=request.user.pk)
            keep = False
            try:
                (stashed,) = PENDING.files(token, user_id=request.user.pk)
                with PENDING.open(stashed.name) as source:
                    result = ledger_import(source=source, user=request.user, apply=False, filename=name)
                keep = bool(result.ok and result.changes)
            finally:
                # Only a preview that can be confirmed keeps its upload; a refused or failing one leaves nothing.
                if not keep:
                    PENDING.discard(token, user_id=request.user.pk)
            context.update(result=result, token=token if keep else "", file_name=name, title="导入预览")
            return TemplateResponse(request, "admin/excel/import_preview.html", context)
        context["form"] = form
        return TemplateResponse(request, "admin/excel/import_upload.html", context)

    def _confirm_import(self, request, token, context):
        stashed = next(iter(PENDING.files(token, user_id=request.user.pk)), None)
        if stashed is None:
            self.message_user(request, "预览已过期或不存在，请重新上传。", messages.ERROR)
            return HttpResponseRedirect(reverse(IMPORT_URL))
        return self.apply_confirmed_import(request, token, stashed, context)

    def apply_confirmed_import(self, request, token, stashed, context):
        """Apply the confirmed workbook. Here in the request; the jobs app hands it to a background job instead."""
        try:
            with PENDING.open(stashed.name) as source:
                result = ledger_import(source=source, user=request.user, apply=True, filename=stashed.original)
        finally:
            PENDING.discard(token, user_id=request.user.pk)
        if not result.applied:
            context.update(result=result, token="", title="导入失败，未写入任何数据")
            return TemplateResponse(request, "admin/excel/import_preview.html", context)
        self.message_user(
            request,
            f"导入完成：{len(result.changes)} 项整改措施已更新，{result.unchanged} 项无变化。",
            messages.SUCCESS,
        )
        return HttpResponseRedirect(reverse("admin:ledger_measure_changelist"))


class InspectionExcelMixin:
    """A “导出Excel台账” button on an inspection's page, exporting that inspection."""

    change_form_template = "admin/excel/inspection_change_form.html"

    def get_urls(self):
        view = self.admin_site.admin_view(self.export_excel_view)
        return [
            path("<path:object_id>/export-excel/", view, name="ledger_inspection_export_excel"),
            *super().get_urls(),
        ]

    def sheet_links(self, request, inspection) -> list[tuple[str, str]]:
        url = reverse("admin:ledger_inspection_export_excel", args=[inspection.pk])
        return [*super().sheet_links(request, inspection), ("导出Excel台账", url)]

    def export_excel_view(self, request, object_id):
        if not self._role_allows(request, VIEW):
            raise PermissionDenied
        if not object_id.isdigit() or not self.get_queryset(request).filter(pk=object_id).exists():
            raise Http404("对象不存在或您无权查看。")
        return export_response(user=request.user, filters={"inspection": object_id})
