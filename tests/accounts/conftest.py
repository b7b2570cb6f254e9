from tests.ledger.conftest import ledger, login, today, users  # noqa: F401  (shared fixtures)
