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
