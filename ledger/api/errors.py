"""One JSON shape for every error: {"detail": "...", "errors": {field: [messages]}}."""

import math

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.views import defaults
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from ledger.services.bulk import BulkError
from ledger.services.concurrency import ConflictError


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "对象已被他人修改（If-Match 与当前版本不符），本次修改未生效，请重新获取后再提交。"
    default_code = "precondition_failed"


def _from_django(exc):
    if isinstance(exc, ConflictError):
        return PreconditionFailed(exc.messages[0])
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        return exceptions.ValidationError(detail)
    if isinstance(exc, DjangoPermissionDenied):
        return exceptions.PermissionDenied(str(exc) or None)
    if isinstance(exc, Http404):
        return exceptions.NotFound("对象不存在或您无权查看。")
    return exc


def exception_handler(exc, context):
    if isinstance(exc, BulkError):  # row errors keep their ints: DRF's ValidationError would stringify them
        return Response({"detail": exc.messages[0], "code": "invalid", "errors": {"rows": exc.rows}}, status=400)
    exc = _from_django(exc)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    data = response.data
    if isinstance(exc, exceptions.Throttled):
        later = f"{max(1, math.ceil(exc.wait))}秒后" if exc.wait else "稍后"
        body = {"detail": f"请求过于频繁，请{later}再试。", "code": "throttled", "errors": {}}
    elif isinstance(exc, exceptions.ValidationError):
        errors = data if isinstance(data, dict) else {"non_field_errors": data}
        body = {"detail": "提交的数据有误。", "code": "invalid", "errors": errors}
    else:
        detail = data.get("detail", "") if isinstance(data, dict) else data
        code = getattr(detail, "code", None) or getattr(exc, "default_code", "error")
        body = {"detail": str(detail), "code": code, "errors": {}}
    return Response(body, status=response.status_code, headers=_headers(response))


def _headers(response):
    return {k: v for k, v in response.items() if k in ("WWW-Authenticate", "Retry-After", "Allow")}


def not_found(request, exception=None):
    """Unrouted /api/ paths answer in the API's error shape; elsewhere Django's page."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "接口地址不存在。", "code": "not_found", "errors": {}}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "服务器内部错误。", "code": "server_error", "errors": {}}, status=500)
    return defaults.server_error(request)
