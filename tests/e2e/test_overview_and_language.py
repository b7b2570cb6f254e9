"""What the overview, the error pages and the object tools show in Chromium, on a desktop and on a phone."""

import pytest

from ledger.choices import Status
from ledger.models import Measure
from tests.e2e.conftest import login, page_width_overflow, screenshot

pytestmark = pytest.mark.e2e


def result_count(page) -> int:
    """The number of measures the admin list shows (its 共 N 条 / the rows of a short list)."""
    return page.locator("#result_list tbody tr").count()


@pytest.mark.parametrize("device", ["page", "phone"])
def test_overview_reads_on_desktop_and_phone_and_its_numbers_lead_to_the_measures(request, demo, device):
    page = request.getfixturevalue(device)
    login(page, "admin")
    page.goto(f"{page.base}/admin/dashboard/")
    page.wait_for_selector("#kpis")
    screenshot(page, "dashboard")
    assert page_width_overflow(page) == 0  # tables scroll inside their box, charts scale
    for box in [b.bounding_box() for b in page.locator(".tz-scroll").all()]:  # charts and tables stay in their box
        assert box["x"] + box["width"] <= page.viewport_size["width"] + 1
    # A bar's label is text of the page's size at every width: beside its bar on a desktop, above it on a phone.
    label = page.locator(".tz-bar-label").first.bounding_box()
    bar = page.locator(".tz-bar-track").first.bounding_box()
    assert label["height"] >= 14
    if device == "phone":
        assert label["y"] + label["height"] <= bar["y"] + 1
    else:
        assert label["x"] + label["width"] <= bar["x"] and abs(label["y"] - bar["y"]) < label["height"]
    # The demo's undated overview reports completions without a date: a bar of their own.
    assert page.locator("#trend tr", has_text="日期不详").count() == 1
    undated = Measure.objects.filter(status=Status.DONE, completed_on=None).count()
    assert page.inner_text("#trend tr:has-text('日期不详') td.n") == str(undated) == "3"
    # A unit without measures is listed as such.
    assert page.locator("#by-unit tr", has_text="示范市西城区委").inner_text().count("暂无整改措施") == 1
    # The number of 东城's overdue measures opens the measure list holding exactly them.
    row = page.locator("#by-unit tr", has_text="示范市东城区委")
    shown = int(row.locator("[data-col=overdue]").inner_text())
    row.locator("[data-col=overdue] a").click()
    page.wait_for_selector("#changelist")
    assert result_count(page) == shown > 0
    assert "单位（不含下级）" in page.content()


def test_sorting_units_by_completion_rate(page, demo):
    login(page, "admin")
    page.goto(f"{page.base}/admin/dashboard/")
    page.select_option("select[name=order]", "-rate")
    page.click("input[type=submit][value=筛选]")
    page.wait_for_selector("#kpis")
    rates = [int(t.strip("%")) for t in page.locator("#by-unit [data-col=rate]").all_inner_texts()]
    assert rates == sorted(rates, reverse=True) and len(rates) >= 4


def test_error_page_and_object_tools_speak_chinese(page, demo):
    login(page, "dongcheng")
    page.goto(f"{page.base}/admin/accounts/user/1/change/")
    assert page.inner_text("h1") == "无权访问"
    assert "Forbidden" not in page.inner_text("body")
    screenshot(page, "error-403")
    page.goto(f"{page.base}/admin/ledger/measure/")
    # innerText applies CSS text-transform: the admin's upper-casing would read 导入EXCEL台账.
    assert "导入Excel台账" in page.inner_text(".object-tools")
