"""Control characters: cleaned where text enters (every write validates through full_clean), and every writer copes
with text stored before that."""

import io

import docx
from django.core.files.uploadedfile import SimpleUploadedFile

from ledger.choices import Status
from ledger.models import FeedbackItem, Measure, ProgressNote
from ledger.services import evidence_create, measure_update, progress_note_add
from ledger.text import clean_text

DIRTY = "开展\x0b专项\x01整治\x1f行动\x7f"


def test_clean_text():
    assert clean_text(DIRTY) == "开展\n专项整治行动"
    assert clean_text(DIRTY, multiline=False) == "开展 专项整治行动"
    assert clean_text("一\t二\r\n三\ufffe") == "一\t二\r\n三"


def test_service_writes_strip_control_characters(ledger, users):
    measure = ledger.east_measures[1]
    measure.text = DIRTY
    measure.responsible_leader = "张\x01三\x0b"
    measure_update(measure=measure, expected_version=measure.version, user=users.admin, note="进展\x0b良好\x01")
    measure.refresh_from_db()
    assert (measure.text, measure.responsible_leader) == ("开展\n专项整治行动", "张三 ")
    assert ProgressNote.objects.filter(measure=measure).latest("id").text == "进展\n良好"
    note = progress_note_add(
        measure=measure, text="\x01补充\x02说明", status_after=Status.IN_PROGRESS, user=users.admin
    )
    assert ProgressNote.objects.get(pk=note.pk).text == "补充说明"
    evidence = evidence_create(
        measure=measure, upload=SimpleUploadedFile("a.pdf", b"%PDF-1.4 x"), title="佐证\x01材料", user=users.admin
    )
    assert evidence.title == "佐证材料"


def test_api_writes_strip_control_characters(ledger, users, api):
    measure = ledger.east_measures[1]
    response = api(users.admin).patch(f"/api/measures/{measure.pk}/", {"lead_unit": "区\x01教育\x0b局"}, format="json")
    assert response.status_code == 200, response.content
    assert Measure.objects.get(pk=measure.pk).lead_unit == "区教育 局"


def test_admin_form_strips_control_characters(ledger, users, login):
    item = ledger.east_problem
    client = login(users.admin)
    url = f"/admin/ledger/feedbackitem/{item.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {k: v for k, v in form.initial.items() if v is not None and not isinstance(v, list)}
    data.update({"title": "问题\x01标\x0b题", "text": "全文\x0b第二行", "inspection": item.inspection_id})
    for name in ("parent",):
        if getattr(item, f"{name}_id"):
            data[name] = getattr(item, f"{name}_id")
    page = client.get(url).content.decode()
    prefixes = {p for p in ("measures-", "measure_set-") if f'name="{p}TOTAL_FORMS"' in page}
    for prefix in prefixes:
        data.update({f"{prefix}TOTAL_FORMS": "0", f"{prefix}INITIAL_FORMS": "0"})
    response = client.post(url, data)
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.title, item.text) == ("问题标 题", "全文\n第二行")


def test_progress_report_answers_200_with_a_valid_docx_for_text_stored_before_cleaning(ledger, users, api):
    """Rows written before text was cleaned on entry (or by bulk SQL) still hold control characters."""
    inspection = ledger.east_inspection
    Measure.objects.filter(pk=ledger.east_measures[0].pk).update(text="制定\x0b方案\x01并落实")
    FeedbackItem.objects.filter(pk=ledger.east_problem.pk).update(title="关于\x01学习\x0b不深入的问题")
    response = api(users.admin).get(f"/api/inspections/{inspection.pk}/progress-report/")
    assert response.status_code == 200
    text = "\n".join(
        p.text
        for p in docx.Document(
            io.BytesIO(b"".join(response.streaming_content if response.streaming else [response.content]))
        ).paragraphs
    )
    assert "制定 方案并落实" in text and "关于学习 不深入的问题" in text
    assert not any(c in text for c in "\x0b\x01")


def test_excel_export_copes_with_text_stored_before_cleaning(ledger, users):
    from excel.services import ledger_export
    from tests.excel.conftest import calamine

    Measure.objects.filter(pk=ledger.east_measures[0].pk).update(text="制定\x0b方案\x01")
    export = ledger_export(user=users.admin)
    with export.file:
        cells = [c for rows in calamine(export.file.read()).values() for r in rows for c in r]
    assert any(isinstance(c, str) and "制定方案" in c for c in cells)
