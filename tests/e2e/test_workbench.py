"""The 工作台 in Chromium, per role, at desktop and phone widths: what it offers, and page loads per job."""

import pytest

from accounts.roles import Role
from accounts.services import user_create
from ledger.choices import Status
from ledger.models import Evidence, Measure, Unit
from ledger.selectors import measures_visible_to
from ledger.services import evidence_create
from tests.e2e.conftest import PASSWORD, PHONE, page_width_overflow, screenshot
from tests.workbench.helpers import PNG, pdf
from workbench.forms import status_options

pytestmark = pytest.mark.e2e
PHOTO = {"name": "现场照片.png", "mimeType": "image/png", "buffer": PNG}


def count_loads(page) -> list[str]:
    """Every document load of the main frame (a redirect followed by the browser loads once)."""
    loads: list[str] = []
    page.on("load", lambda p: loads.append(p.url))
    return loads


def log_in(page, username):
    page.goto(f"{page.base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector(".wb")


def listed(page, section) -> list[int]:
    return [
        int(pk)
        for pk in page.locator(f"#{section} .wb-row[data-measure]").evaluate_all(
            "rows => rows.map(r => r.dataset.measure)"
        )
    ]


def record_progress(page, measure_pk):
    row = page.locator(f"#m{measure_pk}")
    row.locator("a.wb-record-toggle", has_text="记录进展").click()
    row.locator("select[name=status]").select_option(Status.BASICALLY_DONE)
    row.locator("textarea[name=note]").fill("已约谈相关负责人，整改方案已印发。")
    row.locator(".wb-file input[type=file]").set_input_files([PHOTO])
    row.locator("input[type=submit][value=保存]").click()
    page.wait_for_selector(".messagelist .success")


@pytest.mark.parametrize("device", ["page", "phone"])
def test_editor_records_progress_with_a_photo_in_three_page_loads(request, demo, device):
    page = request.getfixturevalue(device)
    editor = demo["editor"]
    loads = count_loads(page)
    log_in(page, "dongcheng")
    assert page.title().startswith("工作台")
    todo = listed(page, "todo")
    expected = set(measures_visible_to(editor).exclude(status=Status.DONE).values_list("pk", flat=True))
    assert todo and set(todo) == expected  # the unit's open measures, none of another unit's
    assert set(Measure.objects.filter(pk__in=todo).values_list("item__inspection__unit__name", flat=True)) <= {
        u.name for u in Unit.objects.filter(path__startswith=editor.unit.path)
    }
    assert page_width_overflow(page) == 0
    screenshot(page, "workbench-editor")

    measure = Measure.objects.get(pk=todo[0])  # the most urgent
    assert page.locator(".wb form.wb-form").count() == 0  # the form is a <template> until a row is opened
    row = page.locator(f"#m{measure.pk}")
    row.locator("a.wb-record-toggle").click()
    # The copy carries this row's measure, version and exactly the statuses ledger.workflow allows, current chosen.
    form = row.locator("form.wb-form")
    assert form.locator("input[name=measure]").input_value() == str(measure.pk)
    assert form.locator("input[name=version]").input_value() == str(measure.version)
    options = form.locator("select[name=status] option").evaluate_all("os => os.map(o => o.value)")
    assert options == [value for value, _ in status_options(measure.status)]
    assert form.locator("select[name=status]").input_value() == measure.status
    assert page.locator(".wb form.wb-form").count() == 1
    assert page_width_overflow(page) == 0  # the open form fits too
    screenshot(page, "workbench-editor-form")
    if device == "phone":
        assert row.locator(".wb-camera").is_visible()  # a camera button on touch screens
    row.locator("a.wb-record-toggle").click()  # closes it again
    assert not form.is_visible()
    record_progress(page, measure.pk)

    assert len(loads) <= 3, loads
    assert page.url.split("#")[0].endswith("/admin/")  # still on the 工作台
    measure.refresh_from_db()
    assert measure.status == Status.BASICALLY_DONE
    assert measure.notes.filter(text="已约谈相关负责人，整改方案已印发。", author=editor).exists()
    assert Evidence.objects.get(measure=measure).original_name == "现场照片.png"
    assert page_width_overflow(page) == 0


def test_editor_records_progress_without_javascript(browser, live_server, demo):
    """With JavaScript off, 记录进展 is a link that opens the row's form server-side; the same three steps, one
    page load more (the opened form)."""
    context = browser.new_context(viewport=PHONE, java_script_enabled=False, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(15000)
    page.base = live_server.url
    try:
        loads = count_loads(page)
        log_in(page, "dongcheng")
        measure = Measure.objects.get(pk=listed(page, "todo")[0])
        row = page.locator(f"#m{measure.pk}")
        row.locator("a.wb-record-toggle", has_text="记录进展").click()
        page.wait_for_url(f"**/admin/?record={measure.pk}#m{measure.pk}")
        assert page.locator(".wb form.wb-form").count() == 1 and row.locator("form.wb-form").is_visible()
        assert page_width_overflow(page) == 0
        screenshot(page, "workbench-editor-nojs-form")
        row.locator("select[name=status]").select_option(Status.BASICALLY_DONE)
        row.locator("textarea[name=note]").fill("未启用脚本时记录的进展。")
        row.locator(".wb-file input[type=file]").set_input_files([PHOTO])
        row.locator("input[type=submit][value=保存]").click()
        page.wait_for_selector(".messagelist .success")
        assert len(loads) <= 4, loads
        assert page.locator(".wb form.wb-form").count() == 0  # back to the page with every row closed
        measure.refresh_from_db()
        assert measure.status == Status.BASICALLY_DONE
        assert measure.notes.filter(text="未启用脚本时记录的进展。", author=demo["editor"]).exists()
        assert Evidence.objects.get(measure=measure).original_name == "现场照片.png"
    finally:
        context.close()


@pytest.mark.parametrize("device", ["page", "phone"])
def test_supervisor_closes_out_in_three_page_loads(request, demo, device):
    page = request.getfixturevalue(device)
    done = list(Measure.objects.filter(status=Status.DONE, closed_at__isnull=True).order_by("pk")[:2])
    evidence_create(measure=done[0], upload=pdf("验收报告.pdf"), user=demo["editor"])
    loads = count_loads(page)
    log_in(page, "supervisor")
    eligible = set(
        Measure.objects.filter(status=Status.DONE, closed_at__isnull=True, evidence__isnull=False).values_list(
            "pk", flat=True
        )
    )
    assert set(listed(page, "close-out")) == eligible == {done[0].pk}
    assert done[1].pk in listed(page, "missing-evidence")
    assert page.locator(f"#m{done[0].pk} a", has_text="验收报告.pdf").count() == 1  # evidence one click away
    assert "张敏" in page.locator("#activity").inner_text()  # who uploaded it: dongcheng, by name
    assert page_width_overflow(page) == 0
    screenshot(page, "workbench-supervisor")

    page.locator(f"#m{done[0].pk} input[type=submit][value=销号]").click()
    page.wait_for_selector(".messagelist .success")
    assert len(loads) <= 3, loads
    done[0].refresh_from_db()
    assert done[0].closed_at and done[0].closed_by == demo["supervisor"]
    assert done[0].pk not in listed(page, "close-out")


@pytest.mark.parametrize("device", ["page", "phone"])
def test_viewer_sees_the_summary_without_forms(request, demo, device):
    page = request.getfixturevalue(device)
    viewer = user_create(
        username="nanhu_viewer",
        password=PASSWORD,
        role=Role.VIEWER,
        unit=Unit.objects.get(name="示范市南湖区委"),
        name="刘洋",
    )
    log_in(page, "nanhu_viewer")
    expected = set(measures_visible_to(viewer).exclude(status=Status.DONE).values_list("pk", flat=True))
    assert set(listed(page, "todo")) == expected
    assert page.locator(".wb form").count() == 0 and page.locator("text=记录进展").count() == 0
    assert page_width_overflow(page) == 0
    screenshot(page, "workbench-viewer")


@pytest.mark.parametrize("device", ["page", "phone"])
def test_admin_sees_import_runs(request, demo, device):
    page = request.getfixturevalue(device)
    log_in(page, "admin")
    assert page.locator("#imports .wb-card").count() >= 1  # the demo ledger was imported
    assert page_width_overflow(page) == 0
    screenshot(page, "workbench-admin")
