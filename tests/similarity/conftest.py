from tests.ledger.conftest import ledger, today, users  # noqa: F401  (shared fixtures)
