"""The API's token lookup and list pages run as statements prepared on the server (ledger.prepared), PostgreSQL
only, and only while the database's OPTIONS allow it (PG_PREPARED_STATEMENTS)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from ledger import prepared

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="server-side prepared statements")


def _prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE NOT from_sql")
        return [row[0] for row in cursor.fetchall()]


def _token_client(user):
    token, _ = Token.objects.get_or_create(user=user)
    return APIClient(HTTP_AUTHORIZATION=f"Token {token.key}")


def test_token_and_page_statements_are_prepared_and_logged_with_their_values(ledger, users):
    assert prepared.enabled()
    client = _token_client(users.admin)
    with CaptureQueriesContext(connection) as ctx:
        for _ in range(2):
            page = client.get("/api/measures/", {"warning": "red", "page_size": 2})
            assert page.status_code == 200
    statements = _prepared_statements()
    assert any("authtoken_token" in sql and "$1" in sql for sql in statements)
    assert any("ledger_measure" in sql and "$1" in sql for sql in statements)
    # Django's query log still shows each statement with its values, as client-side binding writes it.
    logged = [q["sql"] for q in ctx.captured_queries]
    assert all(sql and "$1" not in sql for sql in logged)
    key = Token.objects.get(user=users.admin).key
    assert any(key in sql for sql in logged)


def test_the_same_answers_without_prepared_statements(ledger, users, monkeypatch):
    client = _token_client(users.admin)
    with_prepared = client.get("/api/measures/", {"warning": "red"}).json()
    monkeypatch.setitem(
        connection.settings_dict, "OPTIONS", {**connection.settings_dict["OPTIONS"], "prepare_threshold": None}
    )
    assert not prepared.enabled()
    before = len(_prepared_statements())
    assert client.get("/api/measures/", {"warning": "red"}).json() == with_prepared
    assert len(_prepared_statements()) == before


def test_an_unknown_token_is_still_refused(ledger, users):
    client = APIClient(HTTP_AUTHORIZATION="Token " + "0" * 40)
    assert client.get("/api/measures/").status_code == 401


def test_a_browser_sessions_lookups_are_prepared(ledger, users):
    client = APIClient()
    client.force_login(users.admin)
    for _ in range(2):
        assert client.get("/api/measures/", {"page_size": 2}).status_code == 200
    statements = _prepared_statements()
    assert any("django_session" in sql and "$1" in sql for sql in statements)
    assert any('FROM "accounts_user"' in sql and "$1" in sql for sql in statements)
