"""The importer's own measure search vectors (ledger.search.bigram_vector, migration 0014) equal what the database's
tz_bigrams computes, so search finds the same rows whichever wrote the vector (PostgreSQL only: SQLite has none)."""

import pytest
from django.db import connection

from imports.persistence import import_parsed
from ledger.models import Measure
from ledger.search import bigram_vector, search
from tests.imports.test_persistence import parsed_report

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="search vectors are PostgreSQL's")

TEXTS = [
    "健全完善相关工作制度，建立问题清单",
    "O'Brien 的 \\反斜杠\\ 与 100% 完成",
    "Mixed Case ABC def",
    "",
    "a",
    "一",
    "'",
    "\\",
    "''\\\\",
    "  两个空格  ",
    "全角ＡＢＣ ａｂｃ",  # full-width letters have a case mapping: left to the database
    "Straße ǅ ﬁ İ ı",  # case mappings that change the length or differ between libraries: left to the database
    "换行\n制表\t控制\x01",  # control characters: left to the database
    "😀表情 𠮷",
]


def _database_vector(doc: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT tz_bigrams(%s)::text", [doc])
        return cursor.fetchone()[0]


def _as_stored(literal: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s::tsvector::text", [literal])
        return cursor.fetchone()[0]


@pytest.mark.parametrize("doc", TEXTS)
def test_python_vector_equals_the_databases_or_is_left_to_it(db, doc):
    ours = bigram_vector(doc)
    if ours is None:
        assert any(ch < " " for ch in doc) or any(ch.upper() != ch and not ch.isascii() for ch in doc)
    else:
        assert _as_stored(ours) == _database_vector(doc)


def test_plain_chinese_and_ascii_texts_are_computed_in_python():
    assert all(bigram_vector(doc) is not None for doc in TEXTS[:10])


def test_imported_measures_carry_the_vector_the_trigger_would_compute(db):
    import_parsed([parsed_report()])
    assert Measure.objects.exists()
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT count(*), count(*) FILTER (WHERE m.search_vector IS DISTINCT FROM tz_bigrams(
                 m.text || ' ' || m.responsible_leader || ' ' || m.lead_unit || ' ' || m.responsible_units || ' '
                 || coalesce(i.title, '')))
               FROM ledger_measure m JOIN ledger_feedbackitem i ON i.id = m.item_id"""
        )
        total, different = cursor.fetchone()
    assert total == Measure.objects.count() and different == 0
    measure = Measure.objects.select_related("item").first()
    term = measure.text[:2]
    assert measure in search(Measure.objects.all(), term)


def test_a_measure_inserted_without_a_vector_still_gets_one_from_the_trigger(db):
    import_parsed([parsed_report()])
    measure = Measure.objects.order_by("pk").first()
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM ledger_measure WHERE id = %s", [measure.pk])
        (imported,) = cursor.fetchone()
        cursor.execute("UPDATE ledger_measure SET search_vector = NULL WHERE id = %s", [measure.pk])
        cursor.execute("SELECT search_vector::text FROM ledger_measure WHERE id = %s", [measure.pk])
        (recomputed,) = cursor.fetchone()
    assert imported == recomputed is not None
