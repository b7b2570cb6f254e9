"""The ledger fixtures of tests/ledger (two districts under one city, one user per role) for the 工作台 tests."""

from tests.ledger.conftest import ledger, login, today, users  # noqa: F401
