"""Text search over measures and feedback items, the same results on every database.

On PostgreSQL a term is looked up in the bigram vectors of migration 0005 (GIN-indexed): a two-character term is
one lexeme, a longer one the AND of its bigrams rechecked with icontains (the AND alone would also match the
bigrams in another order), a single character the prefix of a lexeme. Elsewhere (SQLite) the same fields are
matched with plain icontains. No join spawns duplicates, so no DISTINCT.

What is searched: a measure's text, responsible leader, lead unit, responsible units and its feedback item's
title; a feedback item's title and text.
"""

import re

from django.db import connections
from django.db.models import BooleanField, Expression, F, Q, QuerySet

from ledger.models import FeedbackItem, Measure

SEARCHED_FIELDS = {
    Measure: ("text", "responsible_leader", "lead_unit", "responsible_units", "item__title"),
    FeedbackItem: ("title", "text"),
}


def icontains_q(fields, term: str) -> Q:
    query = Q()
    for name in fields:
        query |= Q(**{f"{name}__icontains": term})
    return query


class VectorMatch(Expression):
    """`<the model's table>.search_vector @@ <tsquery>`. The column is unknown to Django (the database keeps it),
    so it is reached through the primary key's column, which follows the table's alias in any subquery."""

    output_field = BooleanField()

    def __init__(self, tsquery: str):
        super().__init__()
        self.tsquery = tsquery
        self.pk = F("pk")

    def get_source_expressions(self):
        return [self.pk]

    def set_source_expressions(self, exprs):
        (self.pk,) = exprs

    def as_sql(self, compiler, connection):
        pk_sql, params = compiler.compile(self.pk)
        table = pk_sql.rsplit(".", 1)[0]
        return f"{table}.search_vector @@ %s::tsquery", [*params, self.tsquery]


def _lexeme(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def bigram_query(term: str) -> str | None:
    """The tsquery for a term, or None when the index cannot answer it exactly (case folding that changes the
    length, control characters)."""
    upper = term.upper()
    if len(upper) != len(term) or any(ch < " " for ch in term):
        return None
    if len(upper) == 1:
        return _lexeme(upper) + ":*"
    grams = sorted({upper[i : i + 2] for i in range(len(upper) - 1)})
    return " & ".join(_lexeme(g) for g in grams)


def search(queryset: QuerySet, term: str) -> QuerySet:
    """The rows of `queryset` (measures or feedback items) whose searched fields contain `term`."""
    term = term.strip()
    if not term:
        return queryset
    fields = SEARCHED_FIELDS[queryset.model]
    tsquery = bigram_query(term) if connections[queryset.db].vendor == "postgresql" else None
    if tsquery is None:
        return queryset.filter(icontains_q(fields, term))
    matched = queryset.filter(VectorMatch(tsquery))
    return matched.filter(icontains_q(fields, term)) if len(term) > 2 else matched


# Control characters: tz_bigrams splits on \x01, and a tsvector literal is not the place for them.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def measure_search_document(row: dict, item_title: str) -> str:
    """What migration 0007's trigger feeds tz_bigrams for a measure (`row`: its field values by attname): its texts
    and its item's title."""
    return " ".join(
        (row["text"], row["responsible_leader"], row["lead_unit"], row["responsible_units"], item_title or "")
    )


def bigram_vector(doc: str) -> str | None:
    """tz_bigrams(doc) as a tsvector literal, computed here so that a bulk insert can carry it and the row trigger
    skips the row (migration 0014): the trigger's regexp passes cost 1.6 s of server time per 7,110 seed measures.
    None where the database might fold case otherwise or the text holds control characters: the trigger computes
    those (tests/ledger/test_search_vector.py checks both give the same vector)."""
    upper = doc.upper()
    # bytes.upper() folds ASCII letters only (UTF-8's other bytes are above 0x7f): equal means nothing else folded,
    # and ASCII letters fold alike in Python and the database (in any locale but a Turkish one).
    if upper.encode() != doc.encode().upper() or _CONTROL.search(doc):
        return None
    text = upper + " "
    # Every pair of adjacent characters, and the trailing space alone (tz_bigrams' two passes leave it over).
    grams = {text[i : i + 2] for i in range(len(text) - 1)}
    grams.add(" ")
    if "'" in text or "\\" in text:
        return " ".join(_lexeme(g) for g in grams)
    return "'" + "' '".join(grams) + "'"


# The GIN indexes of migration 0007. New entries first go to each index's pending list, merged into the index
# proper once the list outgrows gin_pending_list_limit (4 MB by default), by whichever write crosses it.
SEARCH_INDEXES = ("ledger_measure_search_idx", "ledger_item_search_idx")
# An import's pending entries wait for search_index_flush() instead: 7,110 seed measures (850 k bigrams, 42 MB of
# pending list) cost 2.9 s merged 4 MB at a time inside the INSERTs, against 0.5 s left pending (bench/import_corpus).
BULK_PENDING_LIMIT = "512MB"


def search_index_defer_merge(using: str = "default") -> None:
    """Within the current transaction, leave the search indexes' new entries in their pending lists (PostgreSQL;
    nothing elsewhere). The caller runs search_index_flush() after its commit: until then each search also reads the
    pending list, and the next ordinary write to an index would merge the whole list itself."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL gin_pending_list_limit = '{BULK_PENDING_LIMIT}'")  # a constant


def search_index_flush(using: str = "default") -> None:
    """Merge the search indexes' pending lists into the indexes in one pass each (PostgreSQL; nothing elsewhere)."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for name in SEARCH_INDEXES:
            cursor.execute("SELECT gin_clean_pending_list(%s::regclass)", [name])
