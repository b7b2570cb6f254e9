"""Everything that keeps files (evidence, stashed uploads, job results) goes through Django's storage API: with
a storage that has no local path at all (InMemoryStorage), every flow still works and nothing lands on disk."""

from pathlib import Path

import pytest
from django.core.files.storage import InMemoryStorage, storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from excel.admin import PENDING as EXCEL_PENDING
from imports.admin import PENDING as IMPORT_PENDING
from imports.models import ImportRun
from jobs.choices import JobState
from jobs.models import Job
from ledger.choices import Status
from ledger.models import Evidence, Measure
from tests.excel.conftest import edited, export_bytes

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
EAST = "东城区委-十三届示范省委第四轮巡视"
PDF = b"%PDF-1.4\n%test\n"


@pytest.fixture(autouse=True)
def in_memory(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "no-such-media"  # any write by local path would create it
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    assert isinstance(storages["default"], InMemoryStorage)
    yield storages["default"]
    assert not settings.MEDIA_ROOT.exists()


def stored(storage, folder="") -> list[str]:
    dirs, files = storage.listdir(folder)
    inside = [f"{folder}/{name}".lstrip("/") for name in dirs]
    return [f"{folder}/{f}".lstrip("/") for f in files] + [n for d in inside for n in stored(storage, d)]


def test_evidence_upload_download_and_preview(in_memory, ledger, users, api, login):
    client = api(users.editor)
    response = client.post(
        "/api/evidence/",
        {"measure": ledger.east_measures[0].pk, "title": "纪要", "file": SimpleUploadedFile("纪要.pdf", PDF + b"x")},
        format="multipart",
    )
    assert response.status_code == 201, response.content
    evidence = Evidence.objects.get()
    assert in_memory.exists(evidence.file.name) and evidence.file.name.startswith("evidence/")
    download = client.get(f"/api/evidence/{evidence.pk}/download/")
    assert b"".join(download.streaming_content) == PDF + b"x"
    browser = login(users.editor)
    preview = browser.get(reverse("ledger:evidence-preview", args=[evidence.pk]))
    assert preview["Content-Type"] == "application/pdf" and b"".join(preview.streaming_content) == PDF + b"x"
    by_name = browser.get(evidence.file.url)  # the scoped download view, never a media URL
    assert by_name.status_code == 200 and by_name["Content-Disposition"].startswith("attachment")


def test_document_import_upload_stash_preview_and_import(in_memory, db, users, login):
    client = login(users.admin)
    before = Measure.objects.count()
    with open(SAMPLES / "示范市东城区委整改进展情况的通报.txt", "rb") as handle:
        upload = SimpleUploadedFile("示范市东城区委整改进展情况的通报.txt", handle.read())
    preview = client.post(reverse("admin:imports_importrun_upload"), {"files": [upload]})
    token = preview.context["token"]
    assert [f.original for f in IMPORT_PENDING.files(token, user_id=users.admin.pk)] == [upload.name]
    assert IMPORT_PENDING.stored_names() and Measure.objects.count() == before  # nothing written before confirming
    done = client.post(reverse("admin:imports_importrun_upload"), {"token": token})
    job = Job.objects.get()
    assert done["Location"] == reverse("admin:jobs_job_change", args=[job.pk]) and job.state == JobState.DONE
    assert ImportRun.objects.get().files == [upload.name] and Measure.objects.count() > before
    assert IMPORT_PENDING.stored_names() == []  # the stash is removed once imported


def test_excel_export_download_and_reimport_stash(in_memory, ledger, users, api, login):
    download = api(users.editor).get("/api/measures/export/")
    assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"PK")
    client = login(users.editor)
    data = edited(export_bytes(users.editor), {EAST: {"J4": "基本完成", "I4": "主体工作已完成"}})
    url = reverse("admin:ledger_measure_import_excel")
    preview = client.post(url, {"file": SimpleUploadedFile("台账.xlsx", data)})
    token = preview.context["token"]
    assert token and len(EXCEL_PENDING.stored_names()) == 2  # the workbook and its name
    client.post(url, {"token": token})
    assert Measure.objects.get(pk=ledger.east_measures[1].pk).status == Status.BASICALLY_DONE
    assert EXCEL_PENDING.stored_names() == []


def test_job_result_is_stored_and_downloaded(in_memory, users, api):
    client = api(users.editor)
    body = client.post("/api/jobs/excel-export/", {}, format="json").json()
    job = Job.objects.get(pk=body["id"])
    assert job.state == JobState.DONE and in_memory.exists(job.result.name)
    assert stored(in_memory) == [job.result.name]  # nothing else kept: no stash, no temporary copy
    result = client.get(client.get(body["url"]).json()["result_url"])
    assert b"".join(result.streaming_content) == in_memory.open(job.result.name).read()
