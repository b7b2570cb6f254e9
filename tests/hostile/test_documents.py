"""Hostile documents through the importer: refused fast, with bounded memory, naming the file; nothing written."""

import tracemalloc
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from imports.models import ImportRun
from imports.parsing import DocumentError, parse_bytes
from imports.parsing.reading import to_text
from ledger.models import FeedbackItem, Inspection, Measure
from tests.hostile.files import deep_html, docx_bomb

SAMPLE = "samples/示范市东城区委整改进展情况的通报.txt"


def test_a_docx_bomb_is_refused_before_it_expands():
    bomb = docx_bomb(expanded_mb=40)
    tracemalloc.start()
    try:
        with pytest.raises(DocumentError) as caught:
            to_text(bomb, "炸弹.docx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(caught.value).startswith("炸弹.docx：中的“word/document.xml”压缩比为")
    assert "压缩炸弹" in str(caught.value)
    # The 40 MB part is never inflated: reading it would take at least that much.
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1048576:.1f} MB"


def test_a_docx_bomb_through_the_api_records_a_failed_run_and_writes_nothing(users, api):
    files = [
        SimpleUploadedFile("通报.txt", Path(SAMPLE).read_bytes()),
        SimpleUploadedFile("炸弹.docx", docx_bomb()),
    ]
    measures = Measure.objects.count()
    response = api(users.admin).post("/api/import-runs/", {"files": files}, format="multipart")
    assert response.status_code == 400
    (message,) = response.json()["errors"]["files"]
    assert "炸弹.docx" in message and "压缩炸弹" in message
    run = ImportRun.objects.get()
    assert run.outcome == ImportRun.Outcome.FAILED and "压缩炸弹" in run.error
    assert Measure.objects.count() == measures
    assert not Inspection.objects.filter(unit__name="示范市东城区委").exists()


def test_a_docx_bomb_through_the_command_stops_the_run(db, tmp_path):
    (tmp_path / "炸弹.docx").write_bytes(docx_bomb())
    with pytest.raises(CommandError, match="导入中止，未写入任何数据。炸弹.docx：.*压缩炸弹"):
        call_command("import_documents", str(tmp_path))
    assert ImportRun.objects.get().outcome == ImportRun.Outcome.FAILED
    assert not FeedbackItem.objects.exists()


def test_deeply_nested_html_gets_a_clear_error():
    page = deep_html(100_000).encode()
    assert len(page) > 1_000_000
    with pytest.raises(DocumentError, match=r"^深.html：网页标签嵌套超过 1000 层，无法安全解析"):
        to_text(page, "深.html")


def test_control_characters_in_a_document_never_reach_the_ledger(users, api):
    text = Path(SAMPLE).read_text(encoding="utf-8")
    dirty = text.replace("一是", "一是\x0b", 1).replace("。", "。\x01", 3).replace("问题", "问\x1f题", 2)
    assert dirty != text
    result = parse_bytes(dirty.encode(), "通报.txt")
    assert result.documents
    before = Measure.objects.count()
    response = api(users.admin).post(
        "/api/import-runs/", {"files": [SimpleUploadedFile("通报.txt", dirty.encode())]}, format="multipart"
    )
    assert response.status_code == 201, response.content
    stored = list(Measure.objects.values_list("text", flat=True)) + list(
        FeedbackItem.objects.values_list("title", "text").iterator()
    )
    joined = "".join(str(s) for s in stored)
    assert Measure.objects.count() - before == 9  # the same nine measures as the clean document
    assert not any(c in joined for c in "\x0b\x01\x1f")


def test_a_docx_bomb_uploaded_in_the_admin_is_an_error_on_the_form_and_leaves_no_stash(users, login):
    from django.urls import reverse

    from imports.admin import PENDING

    response = login(users.admin).post(
        reverse("admin:imports_importrun_upload"), {"files": [SimpleUploadedFile("炸弹.docx", docx_bomb())]}
    )
    assert response.status_code == 200
    assert "炸弹.docx：中的“word/document.xml”压缩比为" in response.content.decode()
    assert not PENDING.stored_names()
    assert ImportRun.objects.count() == 0  # a preview that fails records nothing, as a dry run
