"""The small ledger of tests/ledger (two districts and a street, one user per role)."""

from tests.ledger.conftest import ledger, login, today, users  # noqa: F401  (fixtures)
