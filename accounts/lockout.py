"""The page a locked-out login gets (django-axes calls lockout_response), in Chinese and in the admin's look."""

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse


def lockout_response(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60) if settings.AXES_COOLOFF_TIME else None
    context = {
        **admin.site.each_context(request),
        "title": "登录已被暂时锁定",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "cooloff_minutes": minutes,
    }
    response = TemplateResponse(request, "accounts/lockout.html", context, status=429)
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response.render()
