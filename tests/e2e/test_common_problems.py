"""共性问题 and 重复问题 in Chromium at 1440 and 390 px: from the 工作台 to a cluster and what worked elsewhere, and a
repeat problem on its page and in the 台账视图, with screenshots for review."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from ledger.choices import Status
from ledger.models import FeedbackItem, Inspection, InspectionRound, Measure
from ledger.services import save_tracked
from similarity.services import similarity_refresh
from tests.e2e.conftest import PASSWORD, page_width_overflow, screenshot
from tests.ledger.conftest import make_item, make_measure

pytestmark = pytest.mark.e2e

SHARED = [
    ("落实意识形态工作责任制不到位，网络阵地管理存在薄弱环节", "修订意识形态工作责任制实施细则，建立网络阵地台账"),
    ("意识形态工作责任制落实不够到位，对网络阵地管理不严", "开展意识形态阵地全面排查，关停僵尸账号3个"),
    ("意识形态工作责任制落实不到位，阵地管理薄弱", "召开专题会议研究意识形态工作，明确班子成员责任分工"),
]
DECISIONS = [("执行“三重一大”决策制度不严格，个别事项未经集体研究", "修订“三重一大”事项清单"),
             ("“三重一大”集体决策制度执行不严格", "建立“三重一大”事项会前报备制度")]


def new_aspect(inspection, title):
    return make_item(inspection, title, label="（九）")


@pytest.fixture
def shared(demo):
    """The demo's 第五轮 round with a problem shared by three units (one closed out: a proven practice) and one by
    two; 东城区委 inspected again later, repeating a problem of its 第四轮 inspection. Pairs, repeats and categories
    are the similarity app's own (its refresh runs as each item is saved; once more at the end for all)."""
    fifth = InspectionRound.objects.get(round_no=5)
    inspections = list(Inspection.objects.filter(round=fifth, items__isnull=False).distinct().order_by("pk"))[:3]
    aspects = {i.pk: new_aspect(i, "落实意识形态工作责任制方面") for i in inspections}
    items = []
    for n, (inspection, (title, measure)) in enumerate(zip(inspections, SHARED, strict=False)):
        item = make_item(inspection, title, parent=aspects[inspection.pk], label="1.")
        m = make_measure(item, measure, Status.IN_PROGRESS)
        if n == 0:
            Measure.objects.filter(pk=m.pk).update(status=Status.DONE, closed_at=timezone.now(), close_note="同意销号。")
        items.append(item)
    for inspection, (title, text) in zip(inspections, DECISIONS, strict=False):
        make_measure(make_item(inspection, title, parent=new_aspect(inspection, "贯彻执行民主集中制方面"), label="1."),
                     text, Status.NOT_STARTED)

    earlier = Inspection.objects.get(unit__name="示范市东城区委")
    earlier_item = FeedbackItem.objects.filter(inspection=earlier, parent__isnull=False).order_by("pk").first()
    reported = earlier.feedback_date or earlier.onsite_end or date(2024, 1, 1)
    again = Inspection(unit=earlier.unit, round=fifth, group="省委第二巡视组", feedback_date=reported + timedelta(days=365))
    save_tracked(again)
    aspect = make_item(again, "全面从严治党方面", label="（一）")
    repeat = make_item(again, earlier_item.title + "（仍未整改到位）", parent=aspect, label="1.")
    make_measure(repeat, "再次对照前次整改方案逐项复核，建立长效机制", Status.NOT_STARTED)
    similarity_refresh(inspections=[*inspections, again, earlier])
    repeat.refresh_from_db()
    assert repeat.repeat_of_id == earlier_item.pk  # found by the engine, not set by the test
    return {"round": fifth, "items": items, "repeat": repeat, "earlier": earlier_item, "again": again}


def log_in(page, username):
    page.goto(f"{page.base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector(".wb")


@pytest.mark.parametrize("device", ["page", "phone"])
def test_supervisor_opens_a_common_problem_from_the_workbench(request, shared, device):
    page = request.getfixturevalue(device)
    log_in(page, "supervisor")
    page.click(".wb-links >> text=共性问题")
    page.wait_for_selector("#cp-filters")
    page.select_option("#id_round", str(shared["round"].pk))
    page.click("#cp-filters input[type=submit]")
    page.wait_for_selector("#cp-list")
    rows = page.locator("#cp-list tbody tr")
    assert rows.count() >= 2  # the demo's own shared problems may join ours
    assert "三重一大" in page.inner_text("#cp-list")
    shared_row = rows.filter(has_text="阵地管理").first  # its label is one of the three wordings
    assert shared_row.get_attribute("data-units") == "3" and "意识形态" in shared_row.inner_text()
    assert rows.first.get_attribute("data-units") == "3"  # ranked by units
    assert page_width_overflow(page) == 0
    screenshot(page, "common-problems")
    shared_row.locator("a.cp-label").click()
    page.wait_for_selector("#cp-proven")
    proven = page.inner_text("#cp-proven")
    assert "其他单位的有效做法" in proven and SHARED[0][1] in proven
    assert page.locator(".cp-unit").count() == 3
    assert page_width_overflow(page) == 0
    screenshot(page, "common-problem")


@pytest.mark.parametrize("device", ["page", "phone"])
def test_a_repeat_problem_is_marked_on_its_page_and_in_the_sheet(request, shared, device):
    page = request.getfixturevalue(device)
    log_in(page, "dongcheng")
    page.goto(f"{page.base}/admin/ledger/feedbackitem/{shared['repeat'].pk}/change/")
    panel = page.locator("#tz-repeat")
    assert "前次巡视巡察中的同类问题" in panel.inner_text() and "相似度" in panel.inner_text()
    assert page_width_overflow(page) == 0
    screenshot(page, "repeat-item")
    panel.locator(f"a[href$='/{shared['earlier'].pk}/change/']").click()
    page.wait_for_selector("#tz-repeat")
    assert "后续巡视巡察中再次反馈的同类问题" in page.inner_text("#tz-repeat")
    page.goto(f"{page.base}/admin/ledger/inspection/{shared['again'].pk}/sheet/")
    page.wait_for_selector("#tz-sheet")
    mark = page.locator("#tz-sheet a.tz-repeat")
    assert mark.count() == 1 and mark.is_visible()
    assert page_width_overflow(page) == 0
    screenshot(page, "repeat-sheet")


@pytest.mark.parametrize("device", ["page", "phone"])
def test_the_item_list_filters_and_marks_repeat_problems(request, shared, device):
    page = request.getfixturevalue(device)
    log_in(page, "supervisor")
    page.goto(f"{page.base}/admin/ledger/feedbackitem/?is_repeat=1")
    page.wait_for_selector("#result_list")
    marks = page.locator("#result_list .tz-repeat")
    assert marks.count() >= 1 and marks.first.is_visible()
    assert marks.first.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(198, 40, 40)"
    assert shared["repeat"].title[:10] in page.inner_text("#result_list")
    assert page_width_overflow(page) == 0
    screenshot(page, "repeat-list")
