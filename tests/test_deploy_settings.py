"""Issue 10 item 14: production settings from the environment, and `check --deploy` clean with them."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The production environment README.md documents.
PRODUCTION = {
    "DEBUG": "0",
    "ALLOWED_HOSTS": "taizhang.example.org",
    "SECRET_KEY": "x7Q" * 20 + "-production-key-from-the-environment",
    "CSRF_TRUSTED_ORIGINS": "https://taizhang.example.org",
    "SECURE_HSTS_PRELOAD": "1",
}


def run(code_or_args, env_extra, tmp_path):
    # The e2e journeys set DJANGO_ALLOW_ASYNC_UNSAFE in this process; a production environment never has it.
    skip = ("SECURE_", "DEBUG", "ALLOWED_HOSTS", "CSRF_", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    env.update(env_extra, DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}", DJANGO_SETTINGS_MODULE="config.settings")
    args = code_or_args if isinstance(code_or_args, list) else ["-c", code_or_args]
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def settings_in(env_extra, tmp_path):
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "getattr(s, 'SECURE_PROXY_SSL_HEADER', None))"
    )
    result = run(code, env_extra, tmp_path)
    assert result.returncode == 0, result.stderr
    return result.stdout.split(maxsplit=4)


def test_check_deploy_is_clean_with_the_documented_production_environment(tmp_path):
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], PRODUCTION, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_without_it(tmp_path):
    # What the issue found (W004, W008, W012, W016) comes back when HTTPS is turned off: the test can fail.
    off = {**PRODUCTION, "SECURE_SSL_REDIRECT": "0", "SECURE_HSTS_SECONDS": "0", "SESSION_COOKIE_SECURE": "0"}
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], off, tmp_path)
    assert result.returncode != 0
    assert "security.W004" in result.stderr and "security.W008" in result.stderr and "W012" in result.stderr


def test_secure_by_default_when_debug_is_off_on_a_real_host(tmp_path):
    redirect, hsts, session, csrf, proxy = settings_in({"DEBUG": "0", "ALLOWED_HOSTS": "taizhang.example.org"}, tmp_path)
    assert (redirect, hsts, session, csrf, proxy.strip()) == ("True", "31536000", "True", "True", "None")


def test_plain_http_on_loopback_and_debug_stay_usable(tmp_path):
    assert settings_in({"DEBUG": "0"}, tmp_path)[:4] == ["False", "0", "False", "False"]
    assert settings_in({"DEBUG": "1", "ALLOWED_HOSTS": "taizhang.example.org"}, tmp_path)[:4] == [
        "False",
        "0",
        "False",
        "False",
    ]


def test_proxy_header_and_overrides_from_the_environment(tmp_path):
    env = {"DEBUG": "0", "ALLOWED_HOSTS": "taizhang.example.org", "SECURE_PROXY_SSL_HEADER": "1"}
    env["SECURE_SSL_REDIRECT"] = "0"
    redirect, _, _, _, proxy = settings_in(env, tmp_path)
    assert redirect == "False" and "HTTP_X_FORWARDED_PROTO" in proxy


def test_every_page_carries_the_csp(client):
    response = client.get("/admin/login/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "default-src 'self'" in policy
    assert "object-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]
