"""OpenAPI: every operation documents the error answers it can give, in the one error shape."""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse
from rest_framework import serializers


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="中文说明")
    code = serializers.CharField(help_text="机器可读的错误代码")
    errors = serializers.JSONField(help_text="按字段列出的错误；批量修改时为 {rows: [{index, id, errors}]}")


ERRORS = {
    "400": "提交的数据或查询参数有误",
    "401": "未登录或令牌无效",
    "403": "角色无权进行此操作",
    "404": "对象不存在或无权查看；列表的页码不存在",
    "405": "不支持此请求方法",
    "412": "If-Match 与当前版本不符，对象已被他人修改",
}


# Swagger UI groups operations by tag and lists them by summary: both in Chinese, from the model's own names.
ACTION_SUMMARIES = {
    "list": "{plural}列表",
    "retrieve": "查看{name}",
    "create": "新建{name}",
    "update": "修改{name}",
    "partial_update": "部分修改{name}",
    "destroy": "删除{name}",
}
CUSTOM_SUMMARIES = {
    ("inspection", "reconciliation"): "通报数据核对",
    ("inspection", "progress_report"): "生成整改进展情况通报草稿（.docx）",
    ("feedbackitem", "set_category"): "更正问题类别",
    ("measure", "close_out"): "销号",
    ("measure", "reopen"): "回头看：重新打开已销号的措施",
    ("measure", "correct_dates"): "更正完成日期或下次复查日期",
    ("measure", "export"): "导出Excel台账",
    ("measure", "bulk"): "批量修改整改措施",
    ("evidence", "download"): "下载佐证材料文件",
    ("importrun", "create"): "上传文档导入（dry_run=1 时只预览）",
}
VIEW_TAGS = {"StatsView": ("整改统计", "整改统计（按单位、轮次、类型、状态或巡视巡察分组）")}


def _model(view):
    queryset = getattr(view, "queryset", None)
    return queryset.model if queryset is not None else None


class LedgerAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        codes = ["400", "401", "403", "404", "405"]
        if self.method in ("PUT", "PATCH", "DELETE"):
            codes.append("412")
        for code in codes:
            if code not in responses:
                responses[code] = self._get_response_for_code(
                    OpenApiResponse(ErrorSerializer, description=ERRORS[code]), code
                )
        return responses

    def get_tags(self):
        model = _model(self.view)
        if model is not None:
            return [str(model._meta.verbose_name_plural)]
        if type(self.view).__name__ in VIEW_TAGS:
            return [VIEW_TAGS[type(self.view).__name__][0]]
        return super().get_tags()

    def get_summary(self):
        stated = super().get_summary()  # extend_schema(summary=…) wins
        if stated:
            return stated
        model, action = _model(self.view), getattr(self.view, "action", None)
        if model is None:
            return VIEW_TAGS.get(type(self.view).__name__, (None, None))[1]
        meta = model._meta
        if (meta.model_name, action) in CUSTOM_SUMMARIES:
            return CUSTOM_SUMMARIES[(meta.model_name, action)]
        if action in ACTION_SUMMARIES:
            return ACTION_SUMMARIES[action].format(name=meta.verbose_name, plural=meta.verbose_name_plural)
        return None
