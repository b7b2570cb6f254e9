"""People appear by name (姓名) on pages and in mail, by login name where they have none; the API keeps logins."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.roles import Role
from accounts.services import user_create
from jobs.choices import JobKind
from jobs.models import Job
from ledger.choices import Status
from ledger.services import evidence_create, progress_note_add
from tests.workbench.helpers import pdf


@pytest.fixture
def named(ledger):
    return user_create(username="zhangmin", password=None, role=Role.EDITOR, unit=ledger.east, name=" 张敏 ")


def test_user_create_keeps_the_name_whole_in_first_name(named):
    named.refresh_from_db()
    assert (named.first_name, named.last_name) == ("张敏", "")
    assert (named.get_full_name(), named.get_short_name(), named.display_name, str(named)) == ("张敏",) * 4


def test_without_a_name_the_login_name_stands_in(users):
    editor = users.editor
    assert (editor.get_full_name(), editor.display_name, str(editor)) == ("", "editor", "editor")


def test_an_older_accounts_family_name_comes_first_without_a_space(users):
    users.editor.first_name, users.editor.last_name = "建国", "王"
    assert (users.editor.get_full_name(), str(users.editor)) == ("王建国", "王建国")


def test_the_measure_page_shows_who_wrote_a_note_and_uploaded_a_file(ledger, users, login, named):
    measure = ledger.east_measures[1]
    progress_note_add(measure=measure, text="张敏记录的进展", status_after=Status.IN_PROGRESS, user=named)
    progress_note_add(measure=measure, text="无姓名用户记录的进展", status_after=Status.IN_PROGRESS, user=users.editor)
    evidence_create(measure=measure, upload=pdf("验收报告.pdf"), user=named)
    body = login(users.admin).get(reverse("admin:ledger_measure_change", args=[measure.pk])).content.decode()
    assert "· 张敏 ·" in body and "上传人：张敏" in body
    assert "· editor ·" in body  # no name: the login name
    assert "zhangmin" not in body


def test_the_history_page_shows_who_changed_a_measure_by_name(ledger, users, login, named):
    from ledger.services import save_tracked

    measure = ledger.east_measures[1]
    measure.text = "张敏改过的措施"
    save_tracked(measure, user=named)
    body = login(users.admin).get(reverse("admin:ledger_measure_history", args=[measure.pk])).content.decode()
    assert "张敏" in body and "zhangmin" not in body


def test_the_api_still_gives_login_names(ledger, users, named):
    Job.objects.create(kind=JobKind.REMINDERS, requested_by=named)
    client = APIClient()
    client.force_authenticate(named)
    (job,) = client.get("/api/jobs/").json()["results"]
    assert job["requested_by"] == "zhangmin"
