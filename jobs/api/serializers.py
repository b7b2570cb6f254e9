from django.urls import reverse
from rest_framework import serializers

from jobs.models import Job
from ledger.filtersets import MeasureFilterSet


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

    def validate_filters(self, filters: dict) -> dict:
        """Checked when the job is submitted, so a bad filter answers 400 now instead of failing the job later
        (and nothing unstorable, such as a NUL character, reaches the job's parameters)."""
        known = MeasureFilterSet.base_filters
        unknown = [name for name in filters if name not in known]
        if unknown:
            raise serializers.ValidationError(f"未知的筛选条件：{'、'.join(map(repr, unknown[:5]))}")
        for name, value in filters.items():
            values = value if isinstance(value, list) else [value]
            if not all(isinstance(v, str | int | bool) and "\x00" not in str(v) for v in values):
                raise serializers.ValidationError(f"筛选条件“{name}”的值应为文字、数字或它们的列表")
        return filters


class ProgressReportStartSerializer(serializers.Serializer):
    inspection = serializers.IntegerField(min_value=1, help_text="巡视巡察记录的编号")


class RemindersStartSerializer(serializers.Serializer):
    date = serializers.DateField(required=False, allow_null=True, help_text="按该日期计算预警，默认今天")


class DocumentImportStartSerializer(serializers.Serializer):
    files = serializers.ListField(child=serializers.FileField(), allow_empty=False, help_text="一个或多个文档")


class ExcelImportStartSerializer(serializers.Serializer):
    file = serializers.FileField(help_text="由本系统导出、填写后的 .xlsx 文件；全部行无误才写入")
