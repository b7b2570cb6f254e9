import pytest


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def api():
    from rest_framework.test import APIClient

    def _client(user=None):
        client = APIClient()
        if user is not None:
            client.force_authenticate(user)
        return client

    return _client


@pytest.fixture(autouse=True)
def _no_api_throttles(settings):
    # The suite (and live-server load tests) must not trip the API's rate limits; tests of the limits set
    # their own rates (tests/accounts/test_brute_force.py). Counts live in the cache: start each test empty.
    from django.core.cache import cache

    rates = dict.fromkeys(settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"])
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    cache.clear()


@pytest.fixture(autouse=True)
def _jobs_inline(settings):
    # Background jobs run inside the request that starts them (no thread outliving the test's transaction, no
    # broker); tests of the queue itself (tests/jobs/test_celery.py) set their own.
    settings.JOBS_IN_PROCESS = "sync"
    settings.CELERY_BROKER_URL = ""


@pytest.fixture(autouse=True)
def _fresh_count_estimates(monkeypatch):
    # ledger.paging keeps estimates per statement for 30 s; tests build other rows under the same statements.
    from ledger import paging

    monkeypatch.setattr(paging, "_estimates", {})
    monkeypatch.setattr(paging, "_over_bound", {})
