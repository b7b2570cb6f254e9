import pytest
from rest_framework.test import APIClient

from tests.ledger.conftest import ledger, today, users  # noqa: F401  (shared fixtures)


@pytest.fixture
def api():
    def _client(user=None):
        client = APIClient()
        if user is not None:
            client.force_authenticate(user)
        return client

    return _client
