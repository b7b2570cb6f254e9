"""Import the seed corpus into an empty database (the work after the commit inline) and print, per table, the rows
and a checksum of their fields: the same figures from two versions of the importer mean the same ledger.

.venv/bin/python bench/import_checksum.py            # throwaway SQLite
DATABASE_URL=postgres://postgres@127.0.0.1:5432/<empty database> .venv/bin/python bench/import_checksum.py

Left out of the checksum: times of day (created_at, updated_at, history_date, …), which differ on every run, and
the search columns on SQLite (there are none). Ids are kept: an empty database numbers rows the same way each time.
"""

import hashlib
import os

from _django import ROOT, setup

# Derived rows deleted and written again by each refresh: their ids say how often, not what (keyed by item, other);
# a unit's stale mark: its transaction (PostgreSQL) differs on every run, and its id is the order the triggers met
# the unit in (which statements wrote first), not what is marked.
RENUMBERED = {
    ("similarity_similarpair", "id"),
    ("ledger_overviewstaleunit", "xact"),
    ("ledger_overviewstaleunit", "id"),
}


def checksum(connection, table: str) -> tuple[int, str]:
    columns = [
        c.name
        for c in connection.introspection.get_table_description(connection.cursor(), table)
        if c.type_code not in _times(connection) and (table, c.name) not in RENUMBERED
    ]
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table)}")  # names from the schema
        rows = sorted(repr(tuple(str(v) for v in row)) for row in cursor.fetchall())
    digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
    return len(rows), digest


def _times(connection) -> set:
    if connection.vendor == "postgresql":
        return {1184, 1114}  # timestamptz, timestamp
    return {"datetime"}


def main():
    os.environ["JOBS_IN_PROCESS"] = "sync"  # similarity and the search index merge before the figures are taken
    setup()
    from django.db import connection

    from imports.parsing import parse_file
    from imports.persistence import import_parsed

    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    import_parsed([parse_file(path) for path in seeds])
    prefixes = ("ledger_", "imports_", "similarity_")
    for table in sorted(t for t in connection.introspection.table_names() if t.startswith(prefixes)):
        rows, digest = checksum(connection, table)
        if rows:
            print(f"{table:45} {rows:8d}  {digest}")


if __name__ == "__main__":
    main()
