"""The whole seed corpus through the persistence step: every report once, exact headers, idempotent re-import."""

from datetime import date

import pytest
from django.db import connection

from imports.models import SourceDocument
from imports.parsing import parse_file
from imports.persistence import import_parsed
from ledger.choices import InspectionKind
from ledger.models import FeedbackItem, Inspection, Measure
from tests.imports.parsing.seeds import SEEDS, require_seeds

require_seeds()


@pytest.fixture(scope="module")
def corpus():
    return [parse_file(path) for path in sorted(SEEDS.glob("*.txt"))]


def test_corpus_imports_once_and_reimports_without_writes(db, corpus):
    run, report = import_parsed(corpus)
    # Reports per compilation, counted by reading each file's body (tables of contents excluded): 9, 49, 17, 1, 1.
    per_file = {r.source[:3]: len(r.documents) for r in corpus}
    assert per_file == {"000": 9, "001": 49, "002": 17, "003": 1, "004": 1}
    assert SourceDocument.objects.count() == 77
    assert run.counts["measure"]["created"] == Measure.objects.count() > 5000

    heping = Inspection.objects.get(unit__name="沈阳市和平区委", kind=InspectionKind.REGULAR)
    # 001 line 4: "2023年9月21日至11月30日,省委第三巡视组对和平区…"; the special 营商环境 visit is its own inspection.
    assert (heping.group, heping.onsite_start, heping.onsite_end) == (
        "省委第三巡视组",
        date(2023, 9, 21),
        date(2023, 11, 30),
    )
    assert (heping.round.inspecting_body, heping.round.term, heping.round.round_no) == ("辽宁省委", 13, 4)
    assert Inspection.objects.filter(
        unit__name="沈阳市和平区委", kind=InspectionKind.SPECIAL, topic="营商环境"
    ).exists()
    dongli = Inspection.objects.get(unit__name="天津市东丽区委")
    # 004: "2021年3月至4月,市委巡视六组对东丽区开展了巡视工作,并于7月26日反馈了巡视意见"
    assert (dongli.group, dongli.feedback_date) == ("市委巡视六组", date(2021, 7, 26))
    assert (dongli.round.inspecting_body, dongli.round.term, dongli.round.round_no) == ("天津市委", 11, 9)

    if connection.vendor == "postgresql":
        # The vectors the importer computed for the seed corpus's measures (ledger.search.bigram_vector) are the
        # ones the database computes from the same texts: search results cannot drift.
        with connection.cursor() as cursor:
            cursor.execute(
                """SELECT count(*) FILTER (WHERE m.search_vector IS DISTINCT FROM tz_bigrams(m.text || ' '
                     || m.responsible_leader || ' ' || m.lead_unit || ' ' || m.responsible_units || ' ' || i.title))
                   FROM ledger_measure m JOIN ledger_feedbackitem i ON i.id = m.item_id"""
            )
            assert cursor.fetchone()[0] == 0

    counts = (Inspection.objects.count(), FeedbackItem.objects.count(), Measure.objects.count())
    history = (Measure.history.count(), FeedbackItem.history.count())
    again, report = import_parsed(corpus)
    assert report.writes == 0
    assert (Inspection.objects.count(), FeedbackItem.objects.count(), Measure.objects.count()) == counts
    assert (Measure.history.count(), FeedbackItem.history.count()) == history
