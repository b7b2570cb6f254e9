"""Issue 10 item 14: the admin, the dashboard and Swagger UI work under the Content-Security-Policy in Chromium,
and a locked-out login shows the Chinese lockout page (django-axes with a real browser)."""

import pytest

from ledger.models import Measure
from tests.e2e.conftest import PASSWORD, login

pytestmark = pytest.mark.e2e


def watch_csp(page):
    violations = []

    def on_console(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            violations.append(f"{page.url}: {message.location.get('url')}: {message.text[:120]}")

    page.on("console", on_console)
    return violations


def test_pages_run_under_the_csp_without_violations(page, demo):
    violations = watch_csp(page)
    login(page, "admin")
    measure = Measure.objects.order_by("pk").first()
    for path in (
        "/admin/",
        "/admin/ledger/measure/",
        "/admin/ledger/measure/?deadline__range__gte=2024-01-01",
        f"/admin/ledger/measure/{measure.pk}/change/",
        f"/admin/ledger/inspection/{measure.item.inspection_id}/change/",
        "/admin/dashboard/",
        "/admin/accounts/loginattempt/",
    ):
        response = page.goto(f"{page.base}{path}")
        assert "Content-Security-Policy" in response.headers or "content-security-policy" in response.headers
        page.wait_for_selector("#site-name")
    # The admin's own scripts ran: the changelist's action bar counter is filled in by actions.js.
    page.goto(f"{page.base}/admin/ledger/measure/")
    page.check("#action-toggle")
    assert page.locator(".action-counter").inner_text().strip() != ""
    page.goto(f"{page.base}/api/docs/")
    page.wait_for_selector(".swagger-ui .info .title")  # the init script ran and loaded the schema
    assert "台账" in page.locator(".swagger-ui .info .title").inner_text()
    page.wait_for_selector(".opblock-tag")
    assert violations == []


def test_editor_workbench_opens_its_form_under_the_csp(page, demo):
    """The unit editor's 工作台 copies the 记录进展 form from its <template> with the external workbench.js only."""
    violations = watch_csp(page)
    login(page, "dongcheng")
    row = page.locator(".wb-row[data-statuses]").first
    row.locator("a.wb-record-toggle").click()
    assert row.locator("form.wb-form select[name=status]").is_visible()
    assert "?record=" not in page.url  # opened by the script, not by the link
    assert violations == []


def test_browser_gets_the_lockout_page(page, demo):
    for _ in range(5):
        page.goto(f"{page.base}/admin/login/")
        page.fill("#id_username", "dongcheng")
        page.fill("#id_password", "not-the-password")
        page.click("input[type=submit]")
    assert "已被暂时锁定" in page.content()
    page.goto(f"{page.base}/admin/login/")
    page.fill("#id_username", "dongcheng")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    assert "已被暂时锁定" in page.content()
