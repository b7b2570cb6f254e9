"""Import review in Chromium: upload → preview tree with flags → untick one item, correct one title → confirm."""

from pathlib import Path

import pytest

from accounts.roles import Role
from accounts.services import user_create
from imports.models import ImportRun
from ledger.models import FeedbackItem, Measure
from tests.e2e.conftest import PASSWORD, login, page_width_overflow, screenshot

pytestmark = pytest.mark.e2e
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "示范市东城区委整改进展情况的通报.txt"


def report_with_mistakes(tmp_path: Path) -> Path:
    """The sample report as a careless draft: a problem's measures run into its title, and advice is listed
    after the problems as if it were one."""
    text = SAMPLE.read_text(encoding="utf-8")
    text = text.replace("2.老旧小区改造进度缓慢。", "2.老旧小区改造进度缓慢问题的整改整改措施：", 1)
    text = text.replace(
        "\n\n截至目前",
        "\n（四）意见建议的落实情况\n1.关于“加强基层党组织建设”建议的落实。一是开展基层党组织标准化建设，已完成。\n\n截至目前",
        1,
    )
    path = tmp_path / "东城区委整改进展通报（待审核）.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def importer(transactional_db):
    return user_create(username="importer", password=PASSWORD, role=Role.ADMIN)


def open_preview(page, path: Path):
    page.goto(f"{page.base}/admin/imports/importrun/upload/")
    page.set_input_files("input[type=file]", str(path))
    page.click("input[type=submit]")
    page.wait_for_selector("#import-review")


def test_review_untick_and_correct_then_the_ledger_holds_exactly_that(page, phone, importer, tmp_path):
    draft = report_with_mistakes(tmp_path)
    login(page, "importer")
    open_preview(page, draft)

    summary = page.locator(".review-summary").inner_text()
    assert "处需要核对" in summary and "标题含整改措施" in summary and "建议或意见" in summary
    advice = page.locator("li.node", has_text="加强基层党组织建设").first
    assert "这是巡视巡察提出的建议或意见" in advice.inner_text()
    merged = page.locator("li.node", has_text="老旧小区改造进度缓慢").first
    assert "标题中有“整改措施：”" in merged.inner_text()
    assert "问题 6 个" in page.locator(".level-counts").inner_text()
    screenshot(page, "import-review")
    assert page_width_overflow(page) == 0

    login(phone, "importer")
    open_preview(phone, draft)
    screenshot(phone, "import-review")
    assert page_width_overflow(phone) == 0

    advice.locator("input.keep").uncheck()
    # unticking the item unticks its measure too
    measure_row = page.locator("li.node", has_text="开展基层党组织标准化建设")
    assert not measure_row.locator("input.keep").is_checked()
    merged.locator("button.edit-button").click()
    merged.locator("input[data-field=title]").fill("老旧小区改造进度缓慢")
    page.click("input[value='确认导入']")
    page.wait_for_selector(".messagelist .success")

    run = ImportRun.objects.get(outcome=ImportRun.Outcome.APPLIED)
    assert run.counts["feedbackitem"]["excluded"] == 1
    assert not FeedbackItem.objects.filter(title__contains="加强基层党组织建设").exists()
    assert not Measure.objects.filter(text__contains="基层党组织标准化建设").exists()
    assert FeedbackItem.objects.filter(title="老旧小区改造进度缓慢").count() == 1
    assert Measure.objects.count() == 8
    # the confirmed import ran as a background job: its page links to the run's page
    assert "/admin/jobs/job/" in page.url
    page.click("a:has-text('查看导入记录')")
    # the run's page: local time in the title, the file by name, a link to the inspection
    body = page.locator("#content").inner_text()
    assert draft.name in body and '["' not in body
    page.click("a:has-text('示范市东城区委')")
    page.wait_for_selector("#inspection_form, #content-main")
    assert "/admin/ledger/inspection/" in page.url
