"""Statements prepared on the PostgreSQL server, for the few that every API request runs.

Django binds parameters on the client (the values are written into the SQL), so PostgreSQL parses and plans every
statement anew; psycopg's prepare_threshold cannot apply to such cursors. Planning is most of what the token lookup
and a filtered list page cost the server (EXPLAIN: 0.22 ms of planning against 0.05 ms of execution for the token;
measured on psycopg at 10 k measures: token 290 → 165 µs, a warning=red page 1.35–1.7 → 0.9–1.1 ms per statement).
Inside `prepared_statements()` the connection's cursors bind on the server and prepare each statement (psycopg
keeps the last `prepared_max` per connection), so a repeated statement is only bound and executed.

Enabled when the database's OPTIONS name a `prepare_threshold` (settings: PG_PREPARED_STATEMENTS, on by default).
A connection pooler that reassigns server connections per transaction (PgBouncer in transaction mode before 1.21,
or without max_prepared_statements) loses prepared statements: switch it off there."""

import functools
from contextlib import contextmanager

from django.db import connections

try:
    from django.db.backends.postgresql.base import ServerBindingCursor
    from psycopg import ClientCursor
except ImportError:  # psycopg 2: no server-side binding; prepared statements are never enabled
    ServerBindingCursor = None


class _Shown:
    """The last statement as Django's debug cursor reads it (`cursor._query.query`, which psycopg leaves unset for a
    prepared statement): composed with its parameters, as client-side binding writes it, only when read."""

    params = None

    def __init__(self, connection, query, params):
        self._statement = (connection, query, params)

    @functools.cached_property
    def query(self) -> bytes:
        connection, query, params = self._statement
        return ClientCursor(connection).mogrify(query, params).encode()


if ServerBindingCursor is not None:

    class PreparingCursor(ServerBindingCursor):
        """Binds on the server and prepares every statement it executes."""

        def execute(self, query, params=None, *, prepare=None, binary=None):
            result = super().execute(query, params, prepare=True, binary=binary)
            self._query = _Shown(self.connection, query, params)
            return result


def enabled(alias: str = "default") -> bool:
    connection = connections[alias]
    return (
        ServerBindingCursor is not None
        and connection.vendor == "postgresql"
        and connection.settings_dict.get("OPTIONS", {}).get("prepare_threshold") is not None
    )


@contextmanager
def prepared_statements(alias: str = "default"):
    """Within the block, statements on `alias`'s connection are prepared on the server (when enabled(); else
    nothing changes). Only for statements that are the same but for their parameters, run again and again."""
    if not enabled(alias):
        yield
        return
    connection = connections[alias]
    connection.ensure_connection()
    raw = connection.connection
    previous = raw.cursor_factory
    raw.cursor_factory = PreparingCursor
    try:
        yield
    finally:
        raw.cursor_factory = previous
