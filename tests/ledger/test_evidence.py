import hashlib

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from ledger.models import Evidence
from ledger.services import evidence_create

PDF = b"%PDF-1.4\n%test\n"


def pdf_upload(name="scan.pdf", body=b"content"):
    return SimpleUploadedFile(name, PDF + body, content_type="application/pdf")


def test_evidence_stores_sha256_of_its_content(ledger, users):
    upload = pdf_upload(body=b"rectification minutes")
    evidence = evidence_create(measure=ledger.east_measures[0], upload=upload, title="会议纪要", user=users.editor)
    expected = hashlib.sha256(PDF + b"rectification minutes").hexdigest()
    assert evidence.sha256 == expected
    assert evidence.size == len(PDF) + len(b"rectification minutes")
    assert evidence.original_name == "scan.pdf"
    with evidence.file.open("rb") as f:
        assert hashlib.sha256(f.read()).hexdigest() == expected
    assert expected in evidence.file.name


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "类型不受支持"),
        ("noext", PDF, "类型不受支持"),
        ("fake.pdf", b"<html>not a pdf</html>", "内容与扩展名 .pdf 不符"),
        ("photo.png", b"\xff\xd8\xff\xe0jpegdata", "内容与扩展名 .png 不符"),
        ("empty.pdf", b"", "空文件"),
    ],
)
def test_bad_uploads_are_refused_with_the_file_name_and_reason(ledger, name, content, message):
    with pytest.raises(ValidationError) as exc:
        evidence_create(measure=ledger.east_measures[0], upload=SimpleUploadedFile(name, content))
    text = " ".join(exc.value.messages)
    assert message in text and name in text
    assert not Evidence.objects.exists()


def test_upload_over_the_size_limit_is_refused(ledger, settings):
    settings.EVIDENCE_MAX_BYTES = 1024
    with pytest.raises(ValidationError, match="超过上限"):
        evidence_create(measure=ledger.east_measures[0], upload=pdf_upload(body=b"x" * 2000))
    assert not Evidence.objects.exists()


def test_same_file_twice_on_one_measure_is_refused(ledger):
    measure = ledger.east_measures[0]
    evidence_create(measure=measure, upload=pdf_upload(body=b"same"))
    with pytest.raises(ValidationError, match="已上传过同一文件"):
        evidence_create(measure=measure, upload=pdf_upload("again.pdf", b"same"))
    assert Evidence.objects.count() == 1


def test_editor_cannot_add_evidence_to_a_closed_out_measure(ledger, users):
    measure = ledger.east_measures[0]
    measure.closed_at = timezone.now()
    with pytest.raises(PermissionDenied):
        evidence_create(measure=measure, upload=pdf_upload(), user=users.editor)


@pytest.mark.parametrize("length", [201, 230, 255])
def test_long_file_name_keeps_its_extension_and_shortens_the_title(ledger, users, length):
    name = "关于" + "整改落实情况" * 50
    name = name[: length - 4] + ".pdf"
    evidence = evidence_create(measure=ledger.east_measures[0], upload=pdf_upload(name), user=users.editor)
    evidence.refresh_from_db()
    assert evidence.original_name == name
    assert len(evidence.title) == 200
    assert evidence.title.endswith("….pdf") and name.startswith(evidence.title[:-5])
    assert evidence.file.name.endswith(".pdf")


def test_file_name_longer_than_the_column_is_shortened_not_refused(ledger, users, api):
    name = "佐" * 300 + ".docx"
    upload = SimpleUploadedFile(name, b"PK\x03\x04docx body", content_type="application/octet-stream")
    response = api(users.editor).post(
        "/api/evidence/", {"measure": ledger.east_measures[0].pk, "file": upload}, format="multipart"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    # Django's upload handler already cuts names to 255 characters, keeping the extension.
    assert len(body["original_name"]) == 255 and body["original_name"].endswith("佐.docx")
    assert len(body["title"]) == 200 and body["title"].endswith("….docx")


def test_an_explicit_title_over_200_characters_is_still_refused(ledger):
    with pytest.raises(ValidationError) as exc:
        evidence_create(measure=ledger.east_measures[0], upload=pdf_upload(), title="标" * 201)
    assert "title" in exc.value.message_dict
