"""Every admin page, for every role, shows no English a user would read: the index, each list, the add page, the
change and history pages of one object, the overview, and the custom pages each admin registers in get_urls."""

import contextlib
import html
import re

import pytest
from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from rest_framework.authtoken.models import Token

from accounts.roles import Role
from accounts.services import user_create
from demo.data import load_demo
from ledger.choices import Status
from ledger.models import Measure, Unit
from ledger.services import progress_note_add
from ledger.services.evidence import evidence_create
from tests.ledger.test_evidence import pdf_upload

# Names and formats users know by these letters; the demo accounts' user names are data, not page text.
ALLOWED = {
    "excel", "api", "pdf", "id", "url", "svg", "docx", "xlsx", "xls", "txt", "html", "token", "mb", "kb", "openapi",
    "swagger", "json", "csv", "if", "match", "etag", "admin", "supervisor", "dongcheng", "nanhu_viewer", "nanhu",
    "viewer", "zip", "utf", "gbk", "sha", "xx",  # 某某: ××区委
}
WORD = re.compile(r"[A-Za-z][A-Za-z_]+")
STANDARD = {"changelist", "add", "change", "delete", "history", "autocomplete"}


def visible_text(body: str) -> str:
    """What a user reads: text outside tags, scripts and styles, plus the title/placeholder/aria-label attributes."""
    body = re.sub(r"<(script|style|svg|template)\b.*?</\1>", " ", body, flags=re.S | re.I)
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    attributes = re.findall(r'\b(?:title|placeholder|aria-label)="([^"]*)"', body)
    attributes += re.findall(r'<input[^>]*type="(?:submit|button)"[^>]*value="([^"]*)"', body)  # button captions
    text = re.sub(r"<[^>]+>", " ", body)
    return html.unescape(" ".join([text, *attributes]))


def english_words(body: str) -> set[str]:
    text = visible_text(body)
    # Addresses, file names, hashes and tokens are data, not words.
    text = re.sub(r"[\w.+-]+@[\w.-]+|https?://\S+|\S+\.(?:txt|html|pdf|docx|xlsx)\b|\b[0-9a-f]{16,}\b", " ", text)
    return {w for w in WORD.findall(text) if w.lower() not in ALLOWED}


@pytest.fixture
def site(db):
    load_demo()
    east = Unit.objects.get(name="示范市东城区委")
    users = {
        "admin": user_create(username="admin", password="pw-Admin-2024", role=Role.ADMIN),
        "supervisor": user_create(username="supervisor", password="pw-Sup-2024", role=Role.SUPERVISOR),
        "editor": user_create(username="dongcheng", password="pw-Ed-2024", role=Role.EDITOR, unit=east),
        "viewer": user_create(
            username="nanhu_viewer", password="pw-View-2024", role=Role.VIEWER, unit=Unit.objects.get(name="示范市南湖区委")
        ),
    }
    measure = Measure.objects.filter(item__inspection__unit=east, status=Status.IN_PROGRESS).first()
    progress_note_add(measure=measure, text="已召开推进会。", status_after=Status.IN_PROGRESS, user=users["editor"])
    evidence_create(measure=measure, upload=pdf_upload("会议纪要.pdf", b"minutes"), title="会议纪要")
    Token.objects.create(user=users["admin"])
    return users


def pages(request) -> list[str]:
    """Every page to look at, for the request's user."""
    urls = [
        reverse("admin:index"),
        reverse("dashboard"),
        reverse("admin-common-problems"),
        reverse("admin:auth_user_password_change", args=[request.user.pk]),  # named after Django's auth app
        "/no-such-page/",
    ]
    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        prefix = f"admin:{meta.app_label}_{meta.model_name}"
        urls.append(reverse(f"{prefix}_changelist"))
        urls.append(reverse(f"{prefix}_add"))
        obj = model_admin.get_queryset(request).order_by("pk").first()
        if obj is None:
            continue
        urls += [reverse(f"{prefix}_change", args=[obj.pk]), reverse(f"{prefix}_history", args=[obj.pk])]
        for pattern in model_admin.get_urls():
            name = pattern.name or ""
            if not name.startswith(f"{meta.app_label}_{meta.model_name}_") or name.split("_", 2)[2] in STANDARD:
                continue
            try:
                urls.append(reverse(f"admin:{name}"))
            except NoReverseMatch:
                with contextlib.suppress(NoReverseMatch):  # a view of one object; others need more than an id
                    urls.append(reverse(f"admin:{name}", args=[obj.pk]))
    return urls


@pytest.mark.parametrize("role", ["admin", "supervisor", "editor", "viewer"])
def test_no_english_on_any_admin_page(site, client, rf, role):
    user = site[role]
    client.force_login(user)
    request = rf.get("/admin/")
    request.user = user
    found = {}
    urls = pages(request)
    assert len(urls) > 40
    for url in urls:
        response = client.get(url)
        if response.status_code in (301, 302, 405):
            continue
        assert response.status_code in (200, 403, 404), (url, response.status_code)
        if not response["Content-Type"].startswith("text/html"):
            continue  # a download (the progress report, an Excel export)
        words = english_words(response.content.decode())
        if words:
            found[url] = sorted(words)
    assert not found, "\n".join(f"{url}: {' '.join(words)}" for url, words in found.items())


def test_the_detector_sees_english():
    assert english_words('<p title="Filter">Progress note: None</p><script>var x</script>') == {
        "Filter", "Progress", "note", "None"
    }
    assert english_words("<p>导入Excel台账 admin@example.org 材料.pdf</p>") == set()
    assert english_words('<input type="submit" name="go" value="Save">') == {"Save"}
