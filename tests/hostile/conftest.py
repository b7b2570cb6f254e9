from tests.excel.conftest import ledger, login, today, users  # noqa: F401  (fixtures)
