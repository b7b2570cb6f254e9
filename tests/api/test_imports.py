from django.core.files.uploadedfile import SimpleUploadedFile

from imports.models import ImportRun
from ledger.models import Measure

SAMPLE = "samples/示范市东城区委整改进展情况的通报.txt"


def upload(name=SAMPLE):
    with open(name, "rb") as f:
        return SimpleUploadedFile(name.rsplit("/", 1)[-1], f.read())


def test_dry_run_returns_preview_and_diff_without_writing(users, api):
    response = api(users.admin).post("/api/import-runs/?dry_run=1", {"files": [upload()]}, format="multipart")
    assert response.status_code == 200, response.content
    body = response.json()
    (doc,) = body["documents"]
    assert doc["title"] == "中共示范市东城区委关于十三届省委第四轮巡视整改进展情况的通报"
    assert doc["inspections"][0]["group"] == "省委第三巡视组"
    assert body["counts"]["measure"] == {"created": 9}
    assert not Measure.objects.filter(item__inspection__unit__name="示范市东城区委").exists()
    assert not ImportRun.objects.exists()


def test_import_creates_a_run_and_is_idempotent(users, api):
    client = api(users.admin)
    first = client.post("/api/import-runs/", {"files": [upload()]}, format="multipart")
    assert first.status_code == 201
    assert first.json()["counts"]["measure"] == {"created": 9}
    second = client.post("/api/import-runs/", {"files": [upload()]}, format="multipart")
    assert second.json()["counts"]["measure"] == {"unchanged": 9}
    assert client.get(f"/api/import-runs/{first.json()['id']}/").json()["actions"]
    assert client.get("/api/documents/").json()["count"] == 1


def test_unreadable_upload_is_a_400_naming_the_file(users, api):
    bad = SimpleUploadedFile("scan.pdf", b"%PDF-1.4 garbage")
    response = api(users.admin).post("/api/import-runs/", {"files": [bad]}, format="multipart")
    assert response.status_code == 400
    assert "scan.pdf" in response.json()["errors"]["files"][0]
    assert ImportRun.objects.get().outcome == ImportRun.Outcome.FAILED


def test_only_administrators_import(users, api):
    for role in ("supervisor", "editor", "viewer"):
        client = api(getattr(users, role))
        assert client.post("/api/import-runs/", {"files": [upload()]}, format="multipart").status_code == 403
        assert client.get("/api/import-runs/").status_code == 403
        assert client.get("/api/documents/").status_code == 403
