from django.urls import reverse
from rest_framework import serializers

from jobs.models import Job


class JobSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="本任务的地址")
    kind_display = serializers.CharField(source="get_kind_display", read_only=True, help_text="任务类型（中文）")
    state_display = serializers.CharField(source="get_state_display", read_only=True, help_text="状态（中文）")
    requested_by = serializers.SlugRelatedField(slug_field="username", read_only=True, help_text="提交人用户名")
    result_url = serializers.SerializerMethodField(help_text="结果文件的下载地址；没有结果文件时为 null")
    errors = serializers.ListField(child=serializers.CharField(), read_only=True, help_text="失败原因（中文）")

    class Meta:
        model = Job
        fields = [
            "id",
            "url",
            "kind",
            "kind_display",
            "state",
            "state_display",
            "progress",
            "message",
            "requested_by",
            "result_url",
            "result_name",
            "outcome",
            "errors",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields

    def _absolute(self, path: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path

    def get_url(self, job) -> str:
        return self._absolute(reverse("job-detail", args=[job.pk]))

    def get_result_url(self, job) -> str | None:
        return self._absolute(reverse("job-result", args=[job.pk])) if job.result else None


class ExcelExportStartSerializer(serializers.Serializer):
    filters = serializers.DictField(
        required=False,
        default=dict,
        help_text="与 GET /api/measures/ 相同的筛选条件，如 {\"unit\": 3, \"round\": 2}；不填则导出可见的全部措施",
    )


class ProgressReportStartSerializer(serializers.Serializer):
    inspection = serializers.IntegerField(min_value=1, help_text="巡视巡察记录的编号")


class RemindersStartSerializer(serializers.Serializer):
    date = serializers.DateField(required=False, allow_null=True, help_text="按该日期计算预警，默认今天")


class DocumentImportStartSerializer(serializers.Serializer):
    files = serializers.ListField(child=serializers.FileField(), allow_empty=False, help_text="一个或多个文档")


class ExcelImportStartSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="由本系统导出、填写后的 .xlsx 文件；全部行无误才写入")
