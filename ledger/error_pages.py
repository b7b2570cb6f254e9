"""Error pages in Chinese, in the admin's look (templates/error_page.html); /api/ keeps its JSON errors."""

import re

from django.contrib import admin
from django.http import HttpResponse
from django.template import loader

from ledger.api import errors as api_errors

PAGES = {
    400: ("请求有误", "提交的请求无法处理，请检查后重试。"),
    403: ("无权访问", "您没有权限查看此页面或执行此操作。如需权限，请联系管理员。"),
    404: ("页面不存在", "您要打开的页面不存在，或您无权查看。"),
    500: ("服务器内部错误", "系统处理时出现错误，已记录。请稍后重试，或联系管理员。"),
}
_CHINESE = re.compile(r"[\u4e00-\u9fff]")


def render_error(status: int, request=None, exception=None) -> HttpResponse:
    heading, message = PAGES[status]
    detail = str(exception) if exception is not None and exception.args else ""
    context = {
        "status": status,
        "heading": heading,
        "message": message,
        # A service's own reason (“该措施已销号…”) helps; Django's internal English ones are not shown.
        "detail": detail if _CHINESE.search(detail) and detail != message else "",
        "site_header": admin.site.site_header,
        "site_title": admin.site.site_title,
    }
    # The 500 page renders without the request: its context processors may touch what failed.
    body = loader.get_template(f"{status}.html").render(context, request if status != 500 else None)
    return HttpResponse(body, status=status)


def bad_request(request, exception=None):
    return render_error(400, request, exception)


def permission_denied(request, exception=None):
    return render_error(403, request, exception)


def page_not_found(request, exception=None):
    if request.path.startswith("/api/"):
        return api_errors.not_found(request, exception)
    return render_error(404, request, exception)


def server_error(request):
    if request.path.startswith("/api/"):
        return api_errors.server_error(request)
    return render_error(500)
