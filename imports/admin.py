from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from accounts.roles import Role
from imports.models import Action, ImportAction, ImportRun, SourceDocument
from imports.parsing import parse_bytes
from imports.parsing.model import DocumentError
from imports.persistence import MODEL_LABELS, import_parsed, record_failure
from imports.review import Decisions
from imports.review_page import inspection_ids_of_run, preview_context
from ledger.admin.changelist import SafeChangelistMixin
from ledger.models import Inspection
from ledger.uploads import Stash

PENDING = Stash("import-pending")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(u, initial) for u in uploads if u] or super().clean(None)


class UploadForm(forms.Form):
    files = MultipleFileField(label="文档", help_text="可一次选择多个 .txt / .docx / .html / .pdf 文件")


def _is_admin(request) -> bool:
    return request.user.is_active and request.user.is_staff and request.user.effective_role == Role.ADMIN


def _parse_pending(token: str, user_id: int):
    return [parse_bytes(PENDING.read(file.name), file.original) for file in PENDING.files(token, user_id=user_id)]


class AdministratorsReadOnly:
    """Import records are the administrators' to read and nobody's to edit: runs are written by the importer."""

    def has_module_permission(self, request):
        return _is_admin(request)

    def has_view_permission(self, request, obj=None):
        return _is_admin(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# Stored as code words (model names, parser kinds); users read them in Chinese.
DOCUMENT_KINDS = {"progress_report": "整改进展通报", "feedback": "巡视巡察反馈情况", "overview": "整改情况概览", "news": "新闻报道"}


class ModelFilter(admin.SimpleListFilter):
    title = "对象类型"
    parameter_name = "model"

    def lookups(self, request, model_admin):
        return list(MODEL_LABELS.items())

    def queryset(self, request, queryset):
        return queryset.filter(model=self.value()) if self.value() else queryset


@admin.register(ImportAction)
class ImportActionAdmin(SafeChangelistMixin, AdministratorsReadOnly, admin.ModelAdmin):
    """One row per object a run touched; a big run's thousands of rows are paged and filtered here."""

    list_display = ["run", "action", "model_label", "label", "changes"]
    list_filter = ["action", ModelFilter, "run"]
    fields = ["run", "action", "model_label", "object_id", "label", "changes"]  # the natural key is internal
    readonly_fields = fields
    list_select_related = ["run"]
    search_fields = ["label", "key"]
    list_per_page = 100

    @admin.display(description="对象类型", ordering="model")
    def model_label(self, obj):
        return MODEL_LABELS.get(obj.model, obj.model)


@admin.register(ImportRun)
class ImportRunAdmin(SafeChangelistMixin, AdministratorsReadOnly, admin.ModelAdmin):
    list_display = ["started_at", "user", "outcome", "file_list", "summary"]
    list_filter = ["outcome"]
    readonly_fields = [
        "started_at",
        "finished_at",
        "user",
        "outcome",
        "file_names",
        "action_links",
        "inspection_links",
        "warning_list",
        "error",
    ]
    fields = readonly_fields
    change_list_template = "admin/imports/importrun_changelist.html"

    @admin.display(description="文件")
    def file_list(self, obj):
        return "、".join(obj.files)[:120]

    @admin.display(description="文件")
    def file_names(self, obj):
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((f,) for f in obj.files))) or "-"

    @admin.display(description="提示")
    def warning_list(self, obj):
        if not obj.warnings:
            return "-"
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((w,) for w in obj.warnings)))

    @admin.display(description="新增或变更的巡视巡察")
    def inspection_links(self, obj):
        inspections = Inspection.objects.filter(pk__in=inspection_ids_of_run(obj)).select_related("unit", "round")
        rows = [
            (reverse("admin:ledger_inspection_change", args=[i.pk]), str(i))
            for i in sorted(inspections, key=lambda i: (i.unit.name, i.pk))
        ]
        if not rows:
            return "-"
        return format_html("<ul>{}</ul>", format_html_join("", '<li><a href="{}">{}</a></li>', rows))

    @admin.display(description="处理明细")
    def action_links(self, obj):
        rows = []
        for model, counts in obj.counts.items():
            parts = []
            for action, n in counts.items():
                if action == Action.UNCHANGED:
                    parts.append(format_html("{}{}", Action(action).label, n))
                    continue
                url = reverse("admin:imports_importaction_changelist")
                query = urlencode({"run__id__exact": obj.pk, "action__exact": action, "model__exact": model})
                parts.append(format_html('<a href="{}?{}">{}{}</a>', url, query, Action(action).label, n))
            rows.append(
                format_html(
                    "<li>{}：{}</li>",
                    MODEL_LABELS.get(model, model),
                    format_html_join("，", "{}", ((p,) for p in parts)),
                )
            )
        return format_html("<ul>{}</ul>", format_html_join("", "{}", ((r,) for r in rows))) if rows else "-"

    @admin.display(description="统计")
    def summary(self, obj):
        totals = {}
        for counts in obj.counts.values():
            for action, n in counts.items():
                totals[action] = totals.get(action, 0) + n
        return "，".join(f"{Action(a).label}{n}" for a, n in totals.items())

    def get_urls(self):
        return [
            path("upload/", self.admin_site.admin_view(self.upload_view), name="imports_importrun_upload"),
        ] + super().get_urls()

    def upload_view(self, request):
        if not _is_admin(request):
            raise PermissionDenied
        context = {**self.admin_site.each_context(request), "opts": self.model._meta, "title": "上传文档导入"}
        if request.method == "POST" and "token" in request.POST:
            return self._confirm(request, request.POST["token"], context)
        form = UploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            token = PENDING.put(form.cleaned_data["files"], user_id=request.user.pk)
            try:
                return self._preview(request, token, context)
            except (DocumentError, ValidationError) as exc:
                PENDING.discard(token, user_id=request.user.pk)
                form.add_error("files", "；".join(exc.messages) if isinstance(exc, ValidationError) else str(exc))
        context["form"] = form
        return TemplateResponse(request, "admin/imports/upload.html", context)

    def _preview(self, request, token, context, *, errors=()):
        results = _parse_pending(token, request.user.pk)
        context.update(
            preview_context(results, user=request.user),
            token=token,
            review_errors=list(errors),
            title="导入预览",
        )
        return TemplateResponse(request, "admin/imports/preview.html", context)

    def _confirm(self, request, token, context):
        files = [f.original for f in PENDING.files(token, user_id=request.user.pk)]
        if not files:
            self.message_user(request, "预览已过期或不存在，请重新上传。", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:imports_importrun_upload"))
        try:
            results = _parse_pending(token, request.user.pk)
            review = Decisions.from_post(request.POST).bind(results)
        except ValidationError as exc:  # a correction that cannot be stored: show the preview again, say why
            return self._preview(request, token, context, errors=exc.messages)
        except DocumentError as exc:
            PENDING.discard(token, user_id=request.user.pk)
            record_failure(files=files, error=str(exc), user=request.user)
            self.message_user(request, f"导入失败，未写入任何数据：{exc}", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:imports_importrun_upload"))
        return self.import_confirmed(request, token, results=results, review=review, files=files)

    def import_confirmed(self, request, token, *, results, review, files):
        """Write the confirmed preview. Here in the request; the jobs app hands it to a background job instead."""
        try:
            run, report = import_parsed(results, user=request.user, review=review)
        except ValidationError as exc:
            PENDING.discard(token, user_id=request.user.pk)
            reason = "；".join(exc.messages)
            record_failure(files=files, error=reason, user=request.user)
            self.message_user(request, f"导入失败，未写入任何数据：{reason}", messages.ERROR)
            return HttpResponseRedirect(reverse("admin:imports_importrun_upload"))
        PENDING.discard(token, user_id=request.user.pk)
        self.message_user(request, f"导入完成：共写入 {report.writes} 项变更。", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:imports_importrun_change", args=[run.pk]))


@admin.register(SourceDocument)
class SourceDocumentAdmin(SafeChangelistMixin, AdministratorsReadOnly, admin.ModelAdmin):
    list_display = ["title", "kind_label", "file_name", "title_line", "published_on", "imported_at"]
    search_fields = ["title", "file_name", "sha256"]
    readonly_fields = [f.name if f.name != "kind" else "kind_label" for f in SourceDocument._meta.fields]
    fields = [name for name in readonly_fields if name != "id"]

    @admin.display(description="文档类型", ordering="kind")
    def kind_label(self, obj):
        return DOCUMENT_KINDS.get(obj.kind, obj.kind)
