"""Issue 10 item 6: lockout after repeated wrong passwords, unlocking, and API throttles."""

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.urls import reverse
from rest_framework.authtoken.models import Token

LOGIN = "/admin/login/"


def attempt(client, username, password, address="10.1.1.1"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address
    )


def fail_five_times(client, username="editor", address="10.1.1.1"):
    for _ in range(4):
        response = attempt(client, username, "wrong-password", address)
        assert response.status_code == 200  # the login form again, with its error
    assert attempt(client, username, "wrong-password", address).status_code == 429  # the fifth locks


def test_right_password_is_refused_after_five_failures_with_a_chinese_page(users, client):
    fail_five_times(client)
    response = attempt(client, "editor", "pw-editor-1")
    assert response.status_code == 429
    page = response.content.decode()
    assert "连续登录失败5次，已被暂时锁定" in page and "30分钟后再试" in page and "解除锁定" in page
    assert 'id="site-name"' in page  # the admin's look
    assert response["Retry-After"] == "1800"
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_user_and_address(users, client):
    fail_five_times(client)
    assert attempt(client, "editor", "pw-editor-1", address="10.2.2.2").status_code == 302
    client.logout()
    assert attempt(client, "admin", "pw-admin-1", address="10.1.1.1").status_code == 302


def test_fewer_failures_then_success_resets_the_count(users, client):
    for _ in range(4):
        attempt(client, "editor", "wrong")
    assert attempt(client, "editor", "pw-editor-1").status_code == 302
    client.logout()
    for _ in range(4):
        attempt(client, "editor", "wrong")
    assert attempt(client, "editor", "pw-editor-1").status_code == 302


def test_administrator_unlocks_from_the_admin(users, client, login):
    fail_five_times(client)
    admin_client = login(users.admin)
    changelist = admin_client.get(reverse("admin:accounts_loginattempt_changelist"))
    page = changelist.content.decode()
    assert changelist.status_code == 200
    assert "登录失败与锁定" in page and "连续失败次数" in page and "解除锁定" in page
    locked = AccessAttempt.objects.get(username="editor")
    response = admin_client.post(
        reverse("admin:accounts_loginattempt_changelist"), {"action": "unlock", "_selected_action": [locked.pk]}
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="editor").exists()
    assert attempt(client, "editor", "pw-editor-1").status_code == 302


def test_only_administrators_see_the_lockouts(users, login):
    url = reverse("admin:accounts_loginattempt_changelist")
    assert login(users.supervisor).get(url).status_code == 403


def test_axes_reset_command_unlocks(users, client):
    fail_five_times(client)
    call_command("axes_reset")
    assert attempt(client, "editor", "pw-editor-1").status_code == 302


def test_force_login_is_not_affected_by_a_lockout(users, client):
    fail_five_times(client)
    client.force_login(users.editor)
    assert client.get("/admin/").status_code == 200


@pytest.fixture
def rates(settings):
    def _set(**rates):
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], **rates},
        }

    return _set


def test_wrong_tokens_from_one_address_get_429_with_retry_after(users, api, rates):
    rates(failed_token="3/min")
    good = Token.objects.create(user=users.viewer).key
    client = api()
    for n in range(3):
        response = client.get("/api/units/", HTTP_AUTHORIZATION=f"Token wrong{n}", REMOTE_ADDR="10.3.3.3")
        assert response.status_code == 401
    response = client.get("/api/units/", HTTP_AUTHORIZATION="Token wrong9", REMOTE_ADDR="10.3.3.3")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    body = response.json()
    assert body["code"] == "throttled" and "请求过于频繁" in body["detail"] and body["errors"] == {}
    # Even a right token from that address waits: the answer must not tell a guessed token apart.
    blocked = client.get("/api/units/", HTTP_AUTHORIZATION=f"Token {good}", REMOTE_ADDR="10.3.3.3")
    assert blocked.status_code == 429
    # Other addresses and valid tokens are not slowed.
    assert client.get("/api/units/", HTTP_AUTHORIZATION=f"Token {good}", REMOTE_ADDR="10.4.4.4").status_code == 200


def test_valid_tokens_never_count_as_failures(users, api, rates):
    rates(failed_token="2/min")
    good = Token.objects.create(user=users.viewer).key
    client = api()
    for _ in range(5):
        assert client.get("/api/units/", HTTP_AUTHORIZATION=f"Token {good}").status_code == 200


def test_user_rate_limit_answers_429_in_the_error_shape(users, api, rates):
    rates(user="3/min")
    client = api(users.viewer)
    assert [client.get("/api/units/").status_code for _ in range(3)] == [200, 200, 200]
    response = client.get("/api/units/")
    assert response.status_code == 429 and response["Retry-After"]
    assert set(response.json()) == {"detail", "code", "errors"}
    assert api(users.editor).get("/api/units/").status_code == 200  # counted per user
