"""400/403/404/500 pages are Chinese and in the admin's look; /api/ keeps its JSON errors."""

import re

from django.test import RequestFactory
from django.urls import reverse

from ledger.error_pages import bad_request, server_error

ADMIN_CSS = "admin/css/base.css"


def assert_chinese_error_page(body: str, heading: str):
    assert f"<h1>{heading}</h1>" in body and ADMIN_CSS in body and "台账 · 巡视巡察整改台账" in body
    visible = re.sub(r"<(script|style)[^>]*>.*?</\1>|<[^>]+>", " ", body, flags=re.S)
    assert not re.search(r"Forbidden|Not Found|Server Error|Bad Request|Django", visible), visible


def test_404_page(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert_chinese_error_page(response.content.decode(), "页面不存在")


def test_403_when_an_editor_opens_a_user(users, login):
    response = login(users.editor).get(reverse("admin:accounts_user_change", args=[users.admin.pk]))
    assert response.status_code == 403
    body = response.content.decode()
    assert_chinese_error_page(body, "无权访问")
    assert "请联系管理员" in body


def test_500_page_renders_without_the_request_or_database(settings):
    response = server_error(RequestFactory().get("/admin/"))
    assert response.status_code == 500
    assert_chinese_error_page(response.content.decode(), "服务器内部错误")
    assert settings.ROOT_URLCONF == "config.urls"
    from config import urls

    assert (urls.handler500, urls.handler403, urls.handler404) == (
        "ledger.error_pages.server_error",
        "ledger.error_pages.permission_denied",
        "ledger.error_pages.page_not_found",
    )


def test_400_page():
    response = bad_request(RequestFactory().get("/admin/"), Exception("bad"))
    assert response.status_code == 400
    assert_chinese_error_page(response.content.decode(), "请求有误")


def test_api_errors_stay_json(users, login):
    response = login(users.admin).get("/api/no-such-resource/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    response = server_error(RequestFactory().get("/api/measures/"))
    assert response.status_code == 500 and response["Content-Type"] == "application/json"
