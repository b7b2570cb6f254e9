"""台账视图, measure list and measure page in Chromium, at 1440 and 390 px, with screenshots for review."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ledger.choices import Status
from ledger.models import FeedbackItem, Inspection, Measure
from ledger.services import evidence_create
from tests.e2e.conftest import login, page_width_overflow, screenshot

pytestmark = pytest.mark.e2e

PDF = b"%PDF-1.4\n% minutes of the acceptance meeting\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes.fromhex(
    "0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4"
    "8f0000000049454e44ae426082"
)


def main_frame_loads(page) -> list[str]:
    """Every document the tab loads from now on (redirects land once)."""
    loads: list[str] = []
    page.on("framenavigated", lambda frame: loads.append(frame.url) if frame == page.main_frame else None)
    return loads


def east_inspection():
    return Inspection.objects.get(unit__name="示范市东城区委")


def test_supervisor_closes_out_from_the_measure_page_in_three_loads(page, demo):
    measure = Measure.objects.get(text__contains="推行“一网通办”")  # 已完成 in the sample report
    evidence_create(measure=measure, upload=SimpleUploadedFile("验收纪要.pdf", PDF), user=demo["editor"])
    evidence_create(measure=measure, upload=SimpleUploadedFile("现场照片.png", PNG), user=demo["editor"])
    queue = "/admin/ledger/measure/?status__exact=done%26closed=0%26evidence=1"
    page.goto(f"{page.base}/admin/login/?next={queue}")
    page.fill("#id_username", "supervisor")
    page.fill("#id_password", "e2e-Passw0rd!")
    loads = main_frame_loads(page)
    page.click("input[type=submit]")
    page.wait_for_selector("#result_list")
    # The queue holds exactly the completed, evidenced, open measures.
    listed = page.locator("#result_list tbody tr").count()
    assert listed == Measure.objects.filter(status=Status.DONE, closed_at__isnull=True, evidence__isnull=False
                                            ).distinct().count() == 1
    assert page.locator("#result_list td.field-evidence_count").first.inner_text() == "2"
    page.click("#result_list tbody th a")
    page.wait_for_selector("#tz-close-out")
    assert page.locator("#tz-close-out input[type=submit]").is_enabled()
    assert page.locator("img.tz-thumb").count() == 1 and "验收纪要.pdf" in page.content()
    screenshot(page, "measure-page")
    assert page_width_overflow(page) == 0
    page.fill("#tz-close-out textarea[name=note]", "佐证材料齐全，同意销号。")
    page.click("#tz-close-out input[type=submit]")
    page.wait_for_selector(".messagelist .success")
    assert len(loads) <= 3, loads
    measure.refresh_from_db()
    assert measure.closed_by.username == "supervisor" and measure.close_note == "佐证材料齐全，同意销号。"
    # Now the close-out button is gone and 回头看 is offered.
    assert page.locator("#tz-close-out").count() == 0 and page.locator("#tz-reopen input[type=submit]").is_enabled()

    # An unfinished measure: the button is there but disabled, with the reason.
    other = Measure.objects.get(text__contains="清理拖欠民营企业账款")
    page.goto(f"{page.base}/admin/ledger/measure/{other.pk}/change/")
    assert page.locator("#tz-close-out input[type=submit]").is_disabled()
    assert "只有状态为“已完成”的措施才能销号" in page.inner_text("#tz-close-out")


def test_editor_edits_in_place_and_in_bulk_on_the_sheet(page, demo):
    inspection = east_inspection()
    login(page, "dongcheng")
    page.goto(f"{page.base}/admin/ledger/inspection/{inspection.pk}/change/")
    page.click("text=台账视图")
    page.wait_for_selector("#tz-sheet")
    assert page_width_overflow(page) == 0
    screenshot(page, "sheet")
    measure = Measure.objects.get(text__contains="清理拖欠民营企业账款")
    row = page.locator(f"#m{measure.pk}")
    row.locator(".tz-edit-open").click()
    page.select_option("#tz-edit select[name=status]", Status.BASICALLY_DONE)
    page.fill("#tz-edit textarea[name=note]", "已清偿欠款32笔，剩余2笔正在协调。")
    page.fill("#tz-edit input[name=lead_unit]", "区工信局")
    page.click("#tz-edit input[type=submit]")
    page.wait_for_selector(".messagelist .success")
    measure.refresh_from_db()
    assert (measure.status, measure.lead_unit) == (Status.BASICALLY_DONE, "区工信局")
    assert measure.notes.filter(text="已清偿欠款32笔，剩余2笔正在协调。", author__username="dongcheng").exists()
    assert "区工信局" in page.locator(f"#m{measure.pk}").inner_text()

    # Collapse an aspect, then select two measures and give them one responsible leader.
    aspect = page.locator(f"#m{measure.pk}").get_attribute("data-aspect")
    page.locator(f"tr.tz-aspect[data-aspect='{aspect}'] .tz-toggle").click()
    assert page.locator(f"#m{measure.pk}").is_hidden()
    page.click("[data-tz-all=expand]")
    open_ = list(Measure.objects.filter(item__inspection=inspection, closed_at__isnull=True).order_by("id")[:2])
    for m in open_:
        page.check(f"#m{m.pk} input[name=ids]")
    page.fill("#tz-bulk-form input[name=responsible_leader]", "副区长 王明")
    page.click("#tz-bulk-form input[type=submit]")
    page.wait_for_selector(".messagelist .success")
    assert all(Measure.objects.get(pk=m.pk).responsible_leader == "副区长 王明" for m in open_)

    page.goto(f"{page.base}/admin/ledger/inspection/{inspection.pk}/sheet/?unfinished=on")
    shown = {int(i[1:]) for i in page.locator("tr.tz-m").evaluate_all("rows => rows.map(r => r.id)")}
    assert shown == set(Measure.objects.filter(
        item__inspection=inspection, status__in=[Status.NOT_STARTED, Status.IN_PROGRESS, Status.BASICALLY_DONE]
    ).values_list("pk", flat=True))


def test_phone_measure_list_is_cards_with_filters_behind_a_button(phone, demo):
    login(phone, "dongcheng")
    phone.goto(f"{phone.base}/admin/ledger/measure/")
    assert page_width_overflow(phone) == 0
    assert phone.locator("#changelist-filter").is_hidden()
    button = phone.locator(".tz-filter-button")
    assert button.is_visible()
    card = phone.locator("#result_list tbody tr").first
    assert card.evaluate("tr => getComputedStyle(tr).display") == "block"
    # Filters sit above the list once opened.
    button.click()
    assert phone.locator("#changelist-filter").is_visible()
    filters_top = phone.locator("#changelist-filter").bounding_box()["y"]
    assert filters_top < phone.locator("#result_list").bounding_box()["y"]
    phone.click("#changelist-filter a:has-text('未完成')")
    phone.wait_for_url("**unfinished=1**")
    assert page_width_overflow(phone) == 0
    screenshot(phone, "measure-list")


def test_pages_fit_the_screen_at_both_widths(page, phone, demo):
    """Screenshots of the new and changed pages at 1440 and 390 px, after importing a real report (seed 003)."""
    from imports.persistence import import_parsed
    from tests.imports.parsing.seeds import parsed, require_seeds

    require_seeds()
    import_parsed([parsed("003")])
    fushun = Inspection.objects.filter(unit__name__contains="抚顺").order_by("-id").first()
    assert fushun is not None and FeedbackItem.objects.filter(inspection=fushun).count() > 20
    measure = Measure.objects.get(text__contains="清理拖欠民营企业账款")
    pages = {
        "inspection-page": f"/admin/ledger/inspection/{fushun.pk}/change/",
        "sheet-seed003": f"/admin/ledger/inspection/{fushun.pk}/sheet/",
        "feedback-item-list": "/admin/ledger/feedbackitem/",
        "measure-list": "/admin/ledger/measure/",
        "measure-page": f"/admin/ledger/measure/{measure.pk}/change/",
        "sheet": f"/admin/ledger/inspection/{east_inspection().pk}/sheet/",
    }
    for tab in (page, phone):
        tab.set_default_timeout(90000)  # full-page screenshots of a real report's pages are tall
        login(tab, "admin")
        for name, url in pages.items():
            tab.goto(tab.base + url)
            assert page_width_overflow(tab) == 0, (name, tab.viewport_size)
            screenshot(tab, name)
