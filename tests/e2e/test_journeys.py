"""The main journeys, clicked through in Chromium."""

import re
from pathlib import Path

import openpyxl
import pytest

from imports.models import ImportRun
from ledger.choices import Status
from ledger.models import Evidence, Measure
from tests.e2e.conftest import login

pytestmark = pytest.mark.e2e
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def open_measure(page, text):
    page.goto(f"{page.base}/admin/ledger/measure/?q={text}")
    page.click(f"#result_list a:has-text('{text}')")
    page.wait_for_selector("#measure_form")


def test_editor_sees_own_unit_updates_status_and_uploads_evidence(page, demo, tmp_path):
    login(page, "dongcheng")
    page.goto(f"{page.base}/admin/ledger/measure/")
    units = set(page.locator("#result_list td.field-unit_name").all_inner_texts())
    assert units == {"示范市东城区委"}
    assert "示范市南湖区委" not in page.content()

    open_measure(page, "清理拖欠民营企业账款")
    page.select_option("#id_status", "basically_done")
    page.fill("#id_progress_note", "已清偿欠款32笔，剩余2笔正在协调。")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    measure = Measure.objects.get(text__contains="清理拖欠民营企业账款")
    assert measure.status == Status.BASICALLY_DONE
    assert measure.notes.filter(text="已清偿欠款32笔，剩余2笔正在协调。", author__username="dongcheng").exists()

    scan = tmp_path / "清欠台账.pdf"
    scan.write_bytes(b"%PDF-1.4\n% evidence of repayment\n")
    page.click("#evidence-group .add-row a")
    page.fill("#id_evidence-0-title", "清欠台账扫描件")
    page.set_input_files("#id_evidence-0-file", str(scan))
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    evidence = Evidence.objects.get(measure=measure)
    assert evidence.title == "清欠台账扫描件" and evidence.uploaded_by.username == "dongcheng"


def test_supervisor_closes_out_and_reopens(page, demo):
    measure = Measure.objects.get(text__contains="推行“一网通办”")  # 已完成 in the sample report
    Evidence.objects.create(
        measure=measure, title="办件记录", file="evidence/x.pdf", original_name="x.pdf", size=1, sha256="0" * 64
    )
    login(page, "supervisor")
    page.goto(f"{page.base}/admin/ledger/measure/?q=一网通办")
    page.check(f"input[name=_selected_action][value='{measure.pk}']")
    page.select_option("select[name=action]", "close_out")
    page.click("button[name=index], .actions button")
    page.fill("#id_note", "佐证材料齐全，同意销号。")
    page.click("input[type=submit][value='确定']")
    page.wait_for_selector(".messagelist .success")
    measure.refresh_from_db()
    assert measure.closed_at and measure.closed_by.username == "supervisor"

    page.check(f"input[name=_selected_action][value='{measure.pk}']")
    page.select_option("select[name=action]", "reopen")
    page.click("button[name=index], .actions button")
    page.fill("#id_reason", "回头看发现办理时限反弹。")
    page.fill("#id_new_deadline", "2099-06-30")
    page.click("input[type=submit][value='确定']")
    page.wait_for_selector(".messagelist .success")
    measure.refresh_from_db()
    assert measure.closed_at is None and measure.status == Status.IN_PROGRESS
    page.goto(f"{page.base}/admin/ledger/measure/{measure.pk}/history/")
    assert page.locator("#change-history tbody tr").count() >= 3


def test_admin_uploads_a_document_previews_and_imports(page, demo, tmp_path):
    login(page, "admin")
    page.goto(f"{page.base}/admin/imports/importrun/upload/")
    page.set_input_files("input[type=file]", str(SAMPLES / "示范市委第二轮巡察整改情况概览.txt"))
    page.click("input[type=submit]")
    page.wait_for_selector("text=导入预览")
    assert "十二届示范市委第二轮巡察整改情况概览" in page.content()
    # The demo already holds this document: re-importing it changes nothing and says so.
    assert "文档内容与台账一致，无需导入" in page.content()

    changed = tmp_path / "概览更正版.txt"
    changed.write_text(
        (SAMPLES / "示范市委第二轮巡察整改情况概览.txt")
        .read_text(encoding="utf-8")
        .replace(
            "二是完善分级诊疗制度，长期坚持。", "二是完善分级诊疗制度，长期坚持。三是推行家庭医生签约服务，正在推进。"
        ),
        encoding="utf-8",
    )
    page.goto(f"{page.base}/admin/imports/importrun/upload/")
    page.set_input_files("input[type=file]", str(changed))
    page.click("input[type=submit]")
    page.click("input[value^='确认导入']")
    page.wait_for_selector(".messagelist .success")
    assert re.search(r"/admin/jobs/job/\d+/change/", page.url)  # the import ran as a background job
    page.click("a:has-text('查看导入记录')")
    assert re.search(r"/admin/imports/importrun/\d+/change/", page.url)
    run = ImportRun.objects.latest("started_at")
    assert run.outcome == ImportRun.Outcome.APPLIED and run.counts["measure"]["created"] == 1
    assert Measure.objects.filter(
        label="三是", text__startswith="推行家庭医生签约服务", status=Status.IN_PROGRESS
    ).exists()


def test_exported_ledger_downloads_and_opens(page, demo, tmp_path):
    login(page, "dongcheng")
    page.goto(f"{page.base}/admin/ledger/measure/")
    page.check("#action-toggle")
    page.select_option("select[name=action]", "export_excel")
    with page.expect_download() as download:
        page.click("button[name=index], .actions button")
    path = tmp_path / "ledger.xlsx"
    download.value.save_as(path)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames[0] == "汇总" and len(book.sheetnames) >= 2
    text = " ".join(str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row if c)
    assert "清理拖欠民营企业账款" in text and "示范市南湖区委" not in text


def test_dashboard_numbers_match_the_ledger(page, demo):
    login(page, "admin")
    page.goto(f"{page.base}/admin/")
    page.click("text=整改情况总览")
    page.wait_for_selector("#kpis")
    assert page.inner_text("[data-kpi=measures]") == str(Measure.objects.count())
    assert page.inner_text("[data-kpi=done]") == str(Measure.objects.filter(status=Status.DONE).count())
    east = page.locator("#by-unit tr", has_text="示范市东城区委")
    assert east.locator("[data-col=measures]").inner_text() == str(
        Measure.objects.filter(item__inspection__unit__name="示范市东城区委").count()
    )
    assert page.locator(".tz-bars").count() == 5 and page.locator("svg.tz-chart").count() == 1
