"""Plain multi-row INSERTs for the rows an import writes by the thousand and never reads back.

Django's bulk_create sends every value of every row through the SQL compiler (pre_save, field_as_sql,
get_db_prep_save): with ~50,000 rows per corpus that was most of an import's time. Here each row is a tuple
built once, only the values whose type needs the backend's adaptation (dates, datetimes, JSON, decimals) go
through the field, and the rows go in one COPY per table on PostgreSQL (executemany elsewhere). Callers get no primary keys back, so this
serves history rows, progress notes, baselines and the import log; rows whose ids are needed (items, measures)
go through insert_objects, which draws their ids from the table's sequence first (bulk_create elsewhere).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from functools import cache

from django.db import connections, models, router
from django.utils import timezone

from ledger.choices import Channel

# Field types whose Python value the database driver cannot take as it is on every backend.
_ADAPTED = (
    models.DateField,  # DateTimeField is a subclass
    models.TimeField,
    models.DecimalField,
    models.JSONField,
    models.UUIDField,
    models.BinaryField,
)
BATCH = 1000


def _stamped(field) -> bool:
    """auto_now / auto_now_add: set to the time of the write."""
    return getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)


def insert_rows(model, rows: Iterable[dict], *, with_pk: bool = False, extra: tuple[str, ...] = ()) -> int:
    """INSERT `rows` (dicts of column attname → Python value; missing ones take the field's default). With `with_pk`
    the rows carry their primary keys (insert_objects), else the database numbers them. `extra` names columns
    Django does not know (the database's own, such as a measure's search vector), taken from the rows as they are."""
    using = router.db_for_write(model)
    connection = connections[using]
    fields = [f for f in model._meta.concrete_fields if with_pk or not f.primary_key]
    prepare = [
        (
            f.attname,
            f,
            isinstance(f, _ADAPTED),
            f.get_default() if f.has_default() or f.null else None,
            _stamped(f),
        )
        for f in fields
    ]
    quote = connection.ops.quote_name
    now = timezone.now()

    # The same dates, times and empty values recur in most rows (an import's one timestamp, a report's date):
    # each distinct value is adapted once per field. Keyed by type too: True == 1 but not as JSON.
    adapted_values: list[dict] = [{} for _ in prepare]

    def adapt(n, field, value):
        known, key = adapted_values[n], (type(value), value)
        try:
            return known[key]
        except KeyError:
            known[key] = adapted = field.get_db_prep_save(value, connection)
            return adapted
        except TypeError:  # unhashable: a JSON object or list
            return field.get_db_prep_save(value, connection)

    plain = [(attname, default) for attname, _, _, default, _ in prepare] + [(name, None) for name in extra]
    # Only these columns need more than the row's value: most columns are taken as they are, in one comprehension.
    special = [(n, field, adapted, auto) for n, (_, field, adapted, _, auto) in enumerate(prepare) if adapted or auto]

    def tuples():
        for row in rows:
            values = [row.get(attname, default) for attname, default in plain]
            for n, field, adapted, auto in special:
                value = values[n]
                if value is None and auto:
                    value = now
                values[n] = adapt(n, field, value) if adapted else value
            yield values

    columns = ", ".join([*(quote(f.column) for f in fields), *map(quote, extra)])
    written = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # COPY: one stream per table, rows adapted by psycopg's own dumpers.
            with cursor.copy(f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN") as copy:
                for values in tuples():
                    copy.write_row(values)
                    written += 1
            return written
        placeholders = ", ".join(["%s"] * (len(fields) + len(extra)))
        sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
        batch = []
        for values in tuples():
            batch.append(values)
            if len(batch) >= BATCH:
                cursor.executemany(sql, batch)
                written, batch = written + len(batch), []
        if batch:
            cursor.executemany(sql, batch)
            written += len(batch)
    return written


class IdPool:
    """Primary keys drawn from each table's sequence ahead of need, up to `block` per query (PostgreSQL): an import
    creating items and measures level by level, tree by tree, otherwise asked for them 482 times for the seed
    corpus. Ids drawn and not used are skipped, as those of a rolled-back insert are: at most `block` - 1 per table
    and import."""

    def __init__(self, block: int = 1000):
        self.block = block
        self._free: dict[type, deque[int]] = {}

    def take(self, model, n: int, connection) -> list[int]:
        if connection.vendor == "sqlite":
            return _sqlite_ids(model, n, connection)
        free = self._free.setdefault(model, deque())
        if len(free) < n:
            wanted = max(n - len(free), min(self.block, 10 * n))
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [model._meta.db_table, model._meta.pk.column, wanted],
                )
                free.extend(sorted(row[0] for row in cursor.fetchall()))  # ascending, as bulk_create numbers rows
        return [free.popleft() for _ in range(n)]


def _sqlite_ids(model, n: int, connection) -> list[int]:
    """The next `n` ids of an AUTOINCREMENT table (as Django creates them on SQLite), reserved by moving its
    sqlite_sequence entry on, as an INSERT does, in one statement: the write holds the database's write lock to the
    commit, so no other connection takes them, and later inserts continue after them. Exactly `n`: the rows get
    the ids bulk_create would have given them."""
    table, quote = model._meta.db_table, connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE sqlite_sequence SET seq = max(seq, coalesce((SELECT max({quote(model._meta.pk.column)})"
            f" FROM {quote(table)}), 0)) + %s WHERE name = %s RETURNING seq",
            [n, table],
        )
        row = cursor.fetchone()
        if row is None:  # nothing was ever inserted into the table
            cursor.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, n])
        last = row[0] if row else n
    return list(range(last - n + 1, last + 1))


def insert_objects(objs: list, *, ids: IdPool | None = None, defer=None, row=None) -> list:
    """Insert unsaved model instances of one model and give them their primary keys, as bulk_create does (no
    signals, no save()). On PostgreSQL the ids come from the table's sequence (`ids`, or one query) and the rows go
    in by COPY, or to `defer(model, rows)` to be COPYed later with insert_rows(with_pk=True): bulk_create compiles
    every value of every row through the SQL compiler and psycopg binds them into statements of thousands of
    parameters on the client, about a third of the seed corpus import's own CPU time. On SQLite, deferred rows
    likewise, with ids reserved in sqlite_sequence (executemany then takes a third of bulk_create's time); else
    bulk_create, at once. `row(obj)` gives the row to COPY (default row_of; keys beyond the
    model's fields reach the database only through `defer`'s insert_rows(extra=…))."""
    if not objs:
        return objs
    model = type(objs[0])
    using = router.db_for_write(model)
    connection = connections[using]
    # SQLite: RETURNING (3.35) reserves ids in one statement.
    sqlite_deferred = (
        connection.vendor == "sqlite" and defer is not None and connection.features.can_return_columns_from_insert
    )
    if connection.vendor != "postgresql" and not sqlite_deferred:
        return model.objects.using(using).bulk_create(objs)
    for obj in objs:
        obj._prepare_related_fields_for_save(operation_name="bulk_create")
    now = timezone.now()
    stamped = [f.attname for f in model._meta.concrete_fields if _stamped(f)]
    for obj, pk_value in zip(objs, (ids or IdPool(block=1)).take(model, len(objs), connection), strict=True):
        obj.pk = pk_value
        for attname in stamped:
            setattr(obj, attname, now)
        obj._state.adding, obj._state.db = False, using
    rows = map(row or row_of, objs)
    if defer is not None:
        defer(model, rows)
    else:
        insert_rows(model, rows, with_pk=True)
    return objs


def row_of(obj) -> dict:
    """A model instance's column values, for insert_rows."""
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


@cache
def historical_model(model):
    """simple_history's model for `model` (reaching it through `model.history` builds a manager class each time)."""
    return model.history.model


def history_rows(objs: Iterable, *, user, channel: str = Channel.IMPORT) -> list[dict]:
    """The "created" history row of each saved object, as simple_history's bulk_history_create writes it."""
    objs = list(objs)
    if not objs:
        return []
    historical = historical_model(type(objs[0]))
    tracked = [f.attname for f in historical.tracked_fields]
    when = timezone.now()
    user_id = getattr(user, "pk", None)
    extra = {"history_relation_id": None} if hasattr(historical, "history_relation") else {}
    rows = []
    for obj in objs:
        row = {name: getattr(obj, name) for name in tracked}
        row.update(
            history_date=when,
            history_user_id=user_id,
            history_change_reason=None,
            history_type="+",
            history_channel=channel,
        )
        if extra:
            row["history_relation_id"] = obj.pk
        rows.append(row)
    return rows
