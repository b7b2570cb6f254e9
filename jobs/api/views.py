"""GET the jobs a user may see; POST to start one, answered 202 with the job's URL (Location) to poll."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import FileResponse, Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied, ValidationError
from rest_framework.parsers import JSONParser, MultiPartParser
from rest_framework.response import Response

from accounts.roles import ADD, CHANGE, VIEW, Role, allowed_actions
from excel.admin import LedgerUploadForm
from excel.selectors import filtered_measures
from jobs.api import serializers as s
from jobs.choices import JobKind
from jobs.models import Job
from jobs.selectors import filter_query, jobs_visible_to
from jobs.services import job_create, jobs_fail_orphaned
from jobs.stash import JOB_INPUT, stash_of, stash_parameters
from ledger.models import Inspection
from ledger.selectors import visible_to

ACCEPTED = OpenApiResponse(s.JobSerializer, description="已提交，按 Location 查询任务状态")


class ActiveUser(permissions.BasePermission):
    message = "您的账户无权进行此操作。"

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.is_active)


def _require(request, model_name: str, action_name: str) -> None:
    if action_name not in allowed_actions(request.user.effective_role, model_name):
        raise PermissionDenied("您的角色无权进行此操作。")


class JobViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Job.objects.select_related("requested_by")
    serializer_class = s.JobSerializer
    permission_classes = [ActiveUser]
    filterset_fields = ["kind", "state"]
    ordering_fields = ["created_at"]

    def get_queryset(self):
        return jobs_visible_to(self.request.user, super().get_queryset())

    # The progress bar polls retrieve: a job whose process is gone turns 失败 on the next poll.
    def list(self, request, *args, **kwargs):
        jobs_fail_orphaned()
        return super().list(request, *args, **kwargs)

    def retrieve(self, request, *args, **kwargs):
        jobs_fail_orphaned()
        return super().retrieve(request, *args, **kwargs)

    def _accepted(self, kind: str, parameters: dict) -> Response:
        job = job_create(kind=kind, user=self.request.user, parameters=parameters)
        job.refresh_from_db()  # the in-process runner may have finished it already
        body = self.get_serializer(job).data
        return Response(body, status=status.HTTP_202_ACCEPTED, headers={"Location": body["url"]})

    def _valid(self, serializer_class):
        serializer = serializer_class(data=self.request.data)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data

    @extend_schema(summary="下载任务的结果文件", responses={(200, "application/octet-stream"): OpenApiTypes.BINARY})
    @action(detail=True, methods=["get"], url_path="result", filter_backends=[], pagination_class=None)
    def result(self, request, pk=None):
        job = self.get_object()
        if not job.result:
            raise Http404("该任务没有结果文件。")
        return FileResponse(
            job.result.open("rb"),
            as_attachment=True,
            filename=job.result_name or "result",
            content_type="application/octet-stream",
        )

    @extend_schema(
        summary="后台导出Excel台账（大批量：整个城市、整轮）",
        request=s.ExcelExportStartSerializer,
        responses={202: ACCEPTED},
    )
    @action(detail=False, methods=["post"], url_path="excel-export", parser_classes=[JSONParser],
            filter_backends=[], pagination_class=None)
    def excel_export(self, request):
        _require(request, "measure", VIEW)
        filters = {k: v for k, v in self._valid(s.ExcelExportStartSerializer)["filters"].items() if v is not None}
        try:
            filtered_measures(user=request.user, filters=filter_query(filters))  # invalid filters answer 400 now, not later
        except DjangoValidationError as exc:
            raise ValidationError({"filters": [f"{k}：{'，'.join(v)}" for k, v in exc.message_dict.items()]}) from exc
        return self._accepted(JobKind.EXCEL_EXPORT, {"filters": filters})

    @extend_schema(
        summary="后台生成整改进展情况通报草稿（.docx）",
        request=s.ProgressReportStartSerializer,
        responses={202: ACCEPTED},
    )
    @action(detail=False, methods=["post"], url_path="progress-report", parser_classes=[JSONParser],
            filter_backends=[], pagination_class=None)
    def progress_report(self, request):
        _require(request, "inspection", VIEW)
        inspection = self._valid(s.ProgressReportStartSerializer)["inspection"]
        if not visible_to(request.user, Inspection.objects.filter(pk=inspection)).exists():
            raise ValidationError({"inspection": ["巡视巡察记录不存在或您无权查看。"]})
        return self._accepted(JobKind.PROGRESS_REPORT, {"inspection": inspection})

    @extend_schema(
        summary="发送整改预警提醒（管理员）",
        request=s.RemindersStartSerializer,
        responses={202: ACCEPTED},
    )
    @action(detail=False, methods=["post"], url_path="reminders", parser_classes=[JSONParser],
            filter_backends=[], pagination_class=None)
    def reminders(self, request):
        if request.user.effective_role != Role.ADMIN:
            raise PermissionDenied("只有管理员可以发送预警提醒。")
        on = self._valid(s.RemindersStartSerializer).get("date")
        return self._accepted(JobKind.REMINDERS, {"date": on.isoformat() if on else None})

    @extend_schema(
        summary="后台导入文档（管理员；全部成功才写入）",
        request={"multipart/form-data": s.DocumentImportStartSerializer},
        responses={202: ACCEPTED},
    )
    @action(detail=False, methods=["post"], url_path="document-import", parser_classes=[MultiPartParser],
            filter_backends=[], pagination_class=None)
    def document_import(self, request):
        _require(request, "importrun", ADD)
        upload = s.DocumentImportStartSerializer(data={"files": request.FILES.getlist("files")})
        upload.is_valid(raise_exception=True)
        files = upload.validated_data["files"]
        token = stash_of({"area": JOB_INPUT}).put(files, user_id=request.user.pk)
        parameters = {**stash_parameters(JOB_INPUT, token, request.user.pk), "files": [f.name for f in files]}
        return self._accepted(JobKind.DOCUMENT_IMPORT, parameters)

    @extend_schema(
        summary="后台导入Excel台账（全部行无误才写入）",
        request={"multipart/form-data": s.ExcelImportStartSerializer},
        responses={202: ACCEPTED},
    )
    @action(detail=False, methods=["post"], url_path="excel-import", parser_classes=[MultiPartParser],
            filter_backends=[], pagination_class=None)
    def excel_import(self, request):
        _require(request, "measure", CHANGE)
        form = LedgerUploadForm(files={"file": request.FILES.get("file")})
        if not form.is_valid():
            raise ValidationError({"file": form.errors.get("file", ["请上传文件。"])})
        upload = form.cleaned_data["file"]
        token = stash_of({"area": JOB_INPUT}).put([upload], user_id=request.user.pk)
        parameters = {**stash_parameters(JOB_INPUT, token, request.user.pk), "files": [upload.name]}
        return self._accepted(JobKind.EXCEL_IMPORT, parameters)
