"""后台任务 in the admin (list and detail with a live progress bar), and the admin flows whose heavy final step
becomes a job: the document import's and the Excel re-import's confirmation (the preview stays in the request)."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from accounts.roles import VIEW, allowed_actions
from imports.review import Decisions
from jobs.choices import FINISHED_STATES, JobKind, JobState
from jobs.models import Job
from jobs.selectors import jobs_visible_to
from jobs.services import job_create, jobs_fail_orphaned
from jobs.stash import stash_parameters
from ledger.admin.changelist import SafeChangelistMixin
from ledger.choices import Status
from ledger.filtersets import MeasureFilterSet
from ledger.models import InspectionRound, Measure, Unit
from ledger.selectors import visible_to

STATE_COLOURS = {
    JobState.QUEUED: "#666",
    JobState.RUNNING: "#1565c0",
    JobState.DONE: "#2e7d32",
    JobState.FAILED: "#c62828",
}


def progress_widget(job: Job):
    """The bar jobs/progress.js keeps up to date from GET /api/jobs/{id}/ while the job is queued or running."""
    return format_html(
        '<div class="tz-job" data-url="{}" data-state="{}">'
        '<progress class="tz-job-bar" max="100" value="{}">{}%</progress> '
        '<span class="tz-job-percent">{}%</span> '
        '<span class="tz-job-state" style="color:{}">{}</span> '
        '<span class="tz-job-message">{}</span></div>',
        reverse("job-detail", args=[job.pk]),
        job.state,
        job.progress,
        job.progress,
        job.progress,
        STATE_COLOURS.get(job.state, "#666"),
        job.get_state_display(),
        job.message,
    )


class ExportJobForm(forms.Form):
    """A large export's scope: the filters of /api/measures/ that matter at that size."""

    unit = forms.ModelChoiceField(label="单位（含下级）", queryset=Unit.objects.none(), required=False)
    round = forms.ModelChoiceField(label="巡视轮次", queryset=InspectionRound.objects.none(), required=False)
    status = forms.MultipleChoiceField(
        label="整改状态", choices=Status.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = visible_to(user, Unit.objects.order_by("path"))
        self.fields["round"].queryset = visible_to(user, InspectionRound.objects.all())
        self.fields["unit"].empty_label = self.fields["round"].empty_label = "全部"

    def filters(self) -> dict:
        data = self.cleaned_data
        filters = {"unit": data["unit"] and data["unit"].pk, "round": data["round"] and data["round"].pk}
        return {k: v for k, v in {**filters, "status": data["status"]}.items() if v}


@admin.register(Job)
class JobAdmin(SafeChangelistMixin, admin.ModelAdmin):
    list_display = ["__str__", "kind", "progress_bar", "requested_by", "created_at", "finished_at", "result_link"]
    list_display_links = ["__str__"]
    list_filter = ["kind", "state"]
    list_select_related = ["requested_by"]
    fields = [
        "kind",
        "progress_bar",
        "requested_by",
        "parameter_list",
        "result_link",
        "outcome_links",
        "error_list",
        "created_at",
        "started_at",
        "finished_at",
    ]
    readonly_fields = fields
    list_per_page = 50
    change_list_template = "admin/jobs/job_change_list.html"

    class Media:
        js = ["jobs/progress.js"]
        css = {"all": ["jobs/progress.css"]}

    def get_queryset(self, request):
        return jobs_visible_to(request.user, super().get_queryset(request))

    # Jobs whose process is gone are failed before they are shown (jobs.services.jobs_fail_orphaned says why here).
    def changelist_view(self, request, extra_context=None):
        jobs_fail_orphaned()
        return super().changelist_view(request, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        jobs_fail_orphaned()
        return super().change_view(request, object_id, form_url, extra_context)

    def get_urls(self):
        view = self.admin_site.admin_view(self.export_view)
        return [path("export/", view, name="jobs_job_export"), *super().get_urls()]

    def export_view(self, request):
        if VIEW not in allowed_actions(request.user.effective_role, "measure"):
            raise PermissionDenied
        form = ExportJobForm(request.POST or None, user=request.user)
        if request.method == "POST" and form.is_valid():
            job = job_create(kind=JobKind.EXCEL_EXPORT, user=request.user, parameters={"filters": form.filters()})
            self.message_user(request, f"已提交导出任务（后台任务 #{job.pk}），完成后在本页下载。", messages.SUCCESS)
            return _job_page(job)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "后台导出Excel台账",
            "form": form,
        }
        return TemplateResponse(request, "admin/jobs/export.html", context)

    # Jobs are written by the runner only; everyone who works in the admin sees their own.
    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="进度")
    def progress_bar(self, obj):
        return progress_widget(obj)

    @admin.display(description="结果文件")
    def result_link(self, obj):
        if not obj.result:
            return "-"
        return format_html('<a href="{}">下载 {}</a>', reverse("job-result", args=[obj.pk]), obj.result_name)

    @admin.display(description="结果")
    def outcome_links(self, obj):
        run = (obj.outcome or {}).get("import_run")
        if run:
            return format_html(
                '<a href="{}">查看导入记录 #{}</a>', reverse("admin:imports_importrun_change", args=[run]), run
            )
        if obj.kind == JobKind.EXCEL_IMPORT and obj.state == JobState.DONE:
            return format_html('<a href="{}">查看整改措施</a>', reverse("admin:ledger_measure_changelist"))
        return obj.message if obj.state in FINISHED_STATES else "-"

    @admin.display(description="错误")
    def error_list(self, obj):
        if not obj.errors:
            return "-"
        return format_html(
            '<ul class="tz-job-errors">{}</ul>', format_html_join("", "<li>{}</li>", ((e,) for e in obj.errors))
        )

    @admin.display(description="参数")
    def parameter_list(self, obj):
        shown = []
        params = obj.parameters or {}
        for key, value in (params.get("filters") or {}).items():
            shown.append(f"{_filter_label(key)}：{value}")
        if params.get("files"):
            shown.append("文件：" + "、".join(params["files"]))
        if params.get("inspection"):
            shown.append(f"巡视巡察 #{params['inspection']}")
        if params.get("date"):
            shown.append(f"预警日期 {params['date']}")
        return "；".join(shown) or "-"


def _filter_label(name: str) -> str:
    """A measure filter's Chinese name (the API's parameter names are English)."""
    found = MeasureFilterSet.base_filters.get(name)
    if found is not None and found.label:
        return str(found.label)
    try:
        return str(Measure._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return "筛选条件"


def _job_page(job: Job) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("admin:jobs_job_change", args=[job.pk]))


class DocumentImportAsJob:
    """Mixed into the import-run admin: the confirmed document import runs as a job; the page shows its progress,
    then the import run."""

    def import_confirmed(self, request, token, *, results, review, files):
        decisions = Decisions.from_post(request.POST)
        job = job_create(
            kind=JobKind.DOCUMENT_IMPORT,
            user=request.user,
            parameters={
                **stash_parameters("import-pending", token, request.user.pk),
                "files": files,
                "decisions": {"drop": sorted(decisions.drop), "edits": decisions.edits},
            },
        )
        self.message_user(request, f"已提交导入任务（后台任务 #{job.pk}），全部成功才写入。", messages.SUCCESS)
        return _job_page(job)


class ExcelImportAsJob:
    """Mixed into the measure admin (after Excel's mixin): the confirmed Excel re-import runs as a job."""

    def apply_confirmed_import(self, request, token, stashed, context):
        job = job_create(
            kind=JobKind.EXCEL_IMPORT,
            user=request.user,
            parameters={**stash_parameters("excel-import-pending", token, request.user.pk), "files": [stashed.original]},
        )
        self.message_user(request, f"已提交导入任务（后台任务 #{job.pk}），全部行无误才写入。", messages.SUCCESS)
        return _job_page(job)


class InspectionButtonsAsJobs:
    """Mixed into the inspection admin (after Excel's mixin): the inspection page's 导出Excel台账 and 生成整改进展通报 buttons (POST forms) start a job and open its page,
    where the bar shows progress and the result is downloaded: one click to start, one to download. A GET (an old
    link or bookmark) shows a page with the button instead of creating a job."""

    def export_excel_view(self, request, object_id):
        inspection = self.visible_inspection(request, object_id)
        return self._start(request, inspection, JobKind.EXCEL_EXPORT, {"filters": {"inspection": inspection.pk}})

    def progress_report_view(self, request, object_id):
        inspection = self.visible_inspection(request, object_id)
        return self._start(request, inspection, JobKind.PROGRESS_REPORT, {"inspection": inspection.pk})

    def _start(self, request, inspection, kind: str, parameters: dict):
        title = "导出Excel台账" if kind == JobKind.EXCEL_EXPORT else "生成整改进展通报"
        if request.method != "POST":
            context = {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": title,
                "inspection": inspection,
            }
            return TemplateResponse(request, "admin/jobs/start.html", context)
        job = job_create(kind=kind, user=request.user, parameters=parameters)
        self.message_user(request, f"已提交{title}任务（后台任务 #{job.pk}），完成后在本页下载。", messages.SUCCESS)
        return _job_page(job)

