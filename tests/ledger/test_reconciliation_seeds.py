"""Reconciliation on real published reports (../shared/seeds), each imported alone through the importer."""

from dataclasses import replace
from decimal import Decimal

from imports.persistence import import_parsed
from ledger.models import Inspection
from ledger.reconciliation import reconcile
from tests.imports.parsing.seeds import by_title_line, parsed, require_seeds

require_seeds()

SEED = "002"  # 17 reports of streets, villages, bureaus


def import_one(db, title_line: int) -> Inspection:
    document = by_title_line(SEED)[title_line]
    import_parsed([replace(parsed(SEED), documents=[document])])
    return Inspection.objects.get()


def test_xx_street_report_states_more_measures_and_completions_than_its_items(db):
    # 002 line 108 “XX街道D工委关于巡察整改进展情况的通报”, line 110: “指出3方面12个问题 … 针对反馈的12个问题制定整改措施
    # 68条，反馈问题已整改完成10个,基本完成2个。” Its body (lines 116–166) lists （一）–（三）, problems 1.–12., under
    # them 36 “关于…的问题。” sub-problems with 66 measures (一是/二是… or one unnumbered action each). Only three
    # measures are worded as finished (5. 老旧小区: 一是、二是 “完成…审核/移交”; 8. 固定资产: 一是 “补录…均完成”), so no
    # problem rolls up to 已完成, and none to 基本完成.
    inspection = import_one(db, 108)
    result = reconcile([inspection.pk])[inspection.pk]
    tally = result.tally
    assert (tally.problems, tally.sub_problems, tally.measures) == (12, 36, 66)
    # 12个问题 (matches; 针对反馈的12个问题 refers back to it and is no second figure), 68条, 10个, 2个
    assert result.compared == 4
    assert [(d.line, d.metric, d.stated, [(v.basis, v.value) for v in d.ledger], d.message)
            for d in result.discrepancies] == [
        (110, "measures", Decimal(68), [("measures", 66)], "通报称整改措施68条，台账显示措施66条"),
        (110, "completed", Decimal(10), [("problems", 0), ("measures", 3)],
         "通报称已完成10个，台账显示已完成的问题0个、措施3条"),
        (110, "basically_completed", Decimal(2), [("problems", 0), ("measures", 0)],
         "通报称基本完成2个，台账显示基本完成的问题0个、措施0条"),
    ]
    assert all(d.sentence.startswith("XX街道D工委针对反馈的12个问题制定整改措施68条") for d in result.discrepancies)


def test_xx_town_report_agrees_with_its_items(db):
    # 002 line 631 “XX镇D委关于巡察整改进展情况的通报”: “我镇己对巡察组反馈的14个问题全部整改到位” (line 635) and the
    # body lists exactly 1.–14. (lines 637–663), without aspects.
    inspection = import_one(db, 631)
    result = reconcile([inspection.pk])[inspection.pk]
    assert result.tally.problems == 14
    assert (result.compared, result.discrepancies) == (1, [])
