"""Admin: upload documents, see the preview and diff, confirm, land on the run's page."""

import io
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.roles import Role
from accounts.services import user_create
from imports.models import ImportRun
from jobs.choices import JobKind, JobState
from jobs.models import Job
from ledger.models import Measure

UPLOAD = "admin:imports_importrun_upload"


def sample(name):
    with open(f"samples/{name}", "rb") as f:
        return SimpleUploadedFile(name, f.read())


def test_upload_preview_then_confirm(db, client):
    admin = user_create(username="root", password="pw-root-123", role=Role.ADMIN)
    client.force_login(admin)
    preview = client.post(
        reverse(UPLOAD),
        {"files": [sample("示范市东城区委整改进展情况的通报.txt"), sample("南湖区委整改进展网页.html")]},
    )
    assert preview.status_code == 200
    body = preview.content.decode()
    assert "导入预览" in body and "中共示范市南湖区委关于十三届省委第五轮巡视整改进展情况的通报" in body
    assert not Measure.objects.exists()  # nothing written before confirmation
    token = preview.context["token"]
    assert preview.context["writes"] > 0
    done = client.post(reverse(UPLOAD), {"token": token})
    run, job = ImportRun.objects.get(), Job.objects.get()
    # The import ran as a background job (inline in tests); its page links the run.
    assert done.status_code == 302 and done["Location"] == reverse("admin:jobs_job_change", args=[job.pk])
    assert (job.kind, job.state, job.outcome) == (JobKind.DOCUMENT_IMPORT, JobState.DONE, {"import_run": run.pk})
    assert Measure.objects.count() == 14
    job_page = client.get(done["Location"]).content.decode()
    run_url = reverse("admin:imports_importrun_change", args=[run.pk])
    assert run_url in job_page and "已完成" in job_page
    page = client.get(run_url).content.decode()
    assert "新增" in page
    again = client.post(reverse(UPLOAD), {"token": token})  # the stash is gone once used
    assert again.status_code == 302 and ImportRun.objects.count() == 1


def test_bad_upload_shows_the_reason_and_writes_nothing(db, client):
    admin = user_create(username="root", password="pw-root-123", role=Role.ADMIN)
    client.force_login(admin)
    response = client.post(reverse(UPLOAD), {"files": [SimpleUploadedFile("note.txt", "随便写点什么。".encode())]})
    assert response.status_code == 200
    assert "note.txt" in str(response.context["form"].errors["files"])
    assert not Measure.objects.exists()


def test_only_administrators_may_import(db, client):
    from tests.ledger.conftest import unit_create

    unit = unit_create(name="东城区委", full_name="中共东城区委")
    for role in (Role.SUPERVISOR, Role.EDITOR, Role.VIEWER):
        user = user_create(username=f"u-{role}", password="pw-12345678", role=role, unit=unit)
        client.force_login(user)
        assert client.get(reverse(UPLOAD)).status_code == 403
        assert client.get(reverse("admin:imports_importrun_changelist")).status_code == 403


def test_run_page_links_to_its_actions_by_kind(db, client):
    from django.core.management import call_command

    admin = user_create(username="root", password="pw-root-123", role=Role.ADMIN)
    call_command("import_documents", "samples", stdout=io.StringIO())
    run = ImportRun.objects.get()
    client.force_login(admin)
    page = client.get(reverse("admin:imports_importrun_change", args=[run.pk])).content.decode()
    link = f"run__id__exact={run.pk}&amp;action__exact=created&amp;model__exact=measure"
    assert link in page and "新增20" in page
    listing = client.get(
        reverse("admin:imports_importaction_changelist"),
        {"run__id__exact": run.pk, "action__exact": "created", "model__exact": "measure"},
    )
    assert listing.status_code == 200 and listing.context["cl"].result_count == 20


def test_a_preview_belongs_to_its_uploader_and_stale_ones_are_purged(db, client, settings):
    import os
    import time

    from imports.admin import PENDING

    first = user_create(username="root", password="pw-root-123", role=Role.ADMIN)
    second = user_create(username="root2", password="pw-root-123", role=Role.ADMIN)
    client.force_login(first)
    token = client.post(reverse(UPLOAD), {"files": [sample("示范市东城区委整改进展情况的通报.txt")]}).context["token"]
    client.force_login(second)
    client.post(reverse(UPLOAD), {"token": token})  # someone else's preview cannot be confirmed
    assert not Measure.objects.exists() and PENDING.files(token, user_id=first.pk)
    old = Path(settings.MEDIA_ROOT) / PENDING.area / token
    for stashed in old.rglob("*"):
        os.utime(stashed, (time.time() - 2 * 86400,) * 2)
    client.post(reverse(UPLOAD), {"files": [sample("南湖区委整改进展网页.html")]})
    assert not old.exists() and not PENDING.files(token, user_id=first.pk)
