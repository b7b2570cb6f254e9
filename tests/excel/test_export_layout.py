"""The exported ledger as another program reads it: sheets, titles, headers, merges, values, colours, print set-up."""

import io
import zipfile
from datetime import timedelta

import pytest
from python_calamine import CalamineWorkbook

from excel.export import STATUS_FILLS
from excel.layout import COLUMNS, STATUS_LABELS
from ledger.admin.display import FLAG_COLOURS
from ledger.alerts import measure_flag
from ledger.choices import Status
from ledger.models import Measure
from ledger.services import progress_note_add
from tests.excel.conftest import calamine, export_bytes, styled
from tests.ledger.conftest import make_item, make_measure

EAST = "东城区委-十三届示范省委第四轮巡视"
HEADERS = [
    "序号",
    "问题类别（方面）",
    "反馈问题",
    "整改措施",
    "责任领导",
    "牵头单位",
    "责任单位",
    "完成时限",
    "整改进展",
    "整改状态",
    "是否销号",
    "备注",
    "系统编号（请勿修改）",
    "版本（请勿修改）",
]


def test_summary_first_then_one_sheet_per_inspection(exported):
    sheets = calamine(exported)
    assert list(sheets) == ["汇总", EAST, "新华街道-十三届示范省委第四轮巡视", "西城区委-十三届示范省委第四轮巡视"]


def test_title_headers_and_values(ledger, users, today):
    m1, m2 = ledger.east_measures
    progress_note_add(measure=m2, text="已完成初稿", status_after=Status.IN_PROGRESS)
    progress_note_add(measure=m2, text="已报区委审定", status_after=Status.IN_PROGRESS)
    rows = calamine(export_bytes(users.admin))[EAST]
    assert rows[0][0] == "中共示范市东城区委关于十三届示范省委第四轮巡视反馈问题整改台账"
    assert rows[1] == HEADERS
    assert [c.header for c in COLUMNS] == HEADERS
    first, second = rows[2], rows[3]
    assert first[:4] == [1, "（一）东城区委方面", "1.东城区委问题", "东城区委措施一"]
    assert first[7] == today - timedelta(days=3)
    assert first[9:11] == ["已完成", "否"]
    assert first[12:] == [m1.pk, m1.version]
    # Merged cells: only the first row of a group carries the aspect and problem.
    assert second[:4] == ["", "", "", "东城区委措施二"]
    assert second[8] == "已报区委审定"  # the latest progress note
    assert second[9] == "正在推进"
    assert second[12:] == [m2.pk, m2.version]
    assert len(rows) == 4


def test_aspect_and_problem_merged_over_their_measures(ledger, users, today):
    extra = make_item(ledger.east_inspection, "第二个问题", parent=ledger.east_aspect, label="2.")
    sub = make_item(ledger.east_inspection, "子问题", parent=extra, label="(1)")
    make_measure(extra, "问题二措施一")
    make_measure(sub, "子问题措施一")
    make_measure(sub, "子问题措施二")
    data = export_bytes(users.admin)
    ws = styled(data)[EAST]
    assert {str(r) for r in ws.merged_cells.ranges} == {"A1:L1", "A3:A4", "C3:C4", "A6:A7", "C6:C7", "B3:B7"}
    independent = CalamineWorkbook.from_filelike(io.BytesIO(data)).get_sheet_by_name(EAST).merged_cell_ranges
    assert len(independent) == 6
    rows = calamine(data)[EAST]
    assert [r[0] for r in rows[2:]] == [1, "", 2, 3, ""]
    assert rows[4][2] == "2.第二个问题"
    assert rows[5][2] == "2.第二个问题 / (1)子问题"
    assert [r[3] for r in rows[2:]] == [
        "东城区委措施一",
        "东城区委措施二",
        "问题二措施一",
        "子问题措施一",
        "子问题措施二",
    ]


def test_status_cells_coloured_like_the_admin(ledger, users, today, settings):
    soon = today + timedelta(days=settings.DUE_SOON_DAYS)
    make_measure(ledger.east_problem, "临期措施", Status.IN_PROGRESS, soon)
    later = today + timedelta(days=settings.DUE_SOON_DAYS + 1)
    make_measure(ledger.east_problem, "远期措施", Status.IN_PROGRESS, later)
    behind = make_measure(ledger.east_problem, "滞后措施", Status.IN_PROGRESS, later)
    old = today - timedelta(days=settings.STALE_DAYS + 1)
    progress_note_add(measure=behind, text="很久以前的进展", status_after=Status.IN_PROGRESS, on=old)
    data = export_bytes(users.admin)
    ws = styled(data)[EAST]
    fills = [ws[f"J{row}"].fill for row in range(3, 8)]
    measures = Measure.objects.filter(item=ledger.east_problem).order_by("position")
    flags = [measure_flag(m, today) for m in measures]
    assert flags == ["done", "red", "blue", "", "yellow"]
    colours = [f.fgColor.rgb[-6:] if f.fill_type else None for f in fills]
    assert colours == ["2E7D32", "C62828", "1565C0", None, "F9A825"]
    assert {flag: bg for flag, (_, bg) in STATUS_FILLS.items()} == {
        flag: bg.lstrip("#").upper() for flag, (_, bg, _) in FLAG_COLOURS.items()
    }
    assert calamine(data)["汇总"][3][10] == 1  # 逾期: the red one


def test_status_drop_down_over_the_data_rows(users, exported):
    ws = styled(exported)[EAST]
    (validation,) = ws.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"' + ",".join(STATUS_LABELS) + '"'
    assert str(validation.sqref) == "J3:J4"
    assert validation.showErrorMessage


def test_print_settings_frozen_header_widths_and_hidden_ids(exported):
    ws = styled(exported)[EAST]
    assert ws.freeze_panes == "A3"
    assert ws.print_title_rows == "$2:$2"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws["D3"].alignment.wrap_text
    assert ws.column_dimensions["D"].width >= 40
    assert ws.column_dimensions["M"].hidden and ws.column_dimensions["N"].hidden
    assert not ws.column_dimensions["L"].hidden


def test_summary_counts_by_unit_and_inspection_with_totals(ledger, users):
    make_measure(ledger.west_problem, "西城未启动", Status.NOT_STARTED)
    rows = calamine(export_bytes(users.admin))["汇总"]
    assert rows[0][0] == "巡视巡察反馈问题整改情况汇总表"
    assert rows[2] == ["序号", "被巡视单位", "巡视巡察", "问题数", "措施数", *STATUS_LABELS, "逾期", "已销号", "完成率"]
    east, street, west, total = rows[3:7]
    assert east == [1, "东城区委", "十三届示范省委第四轮巡视", 1, 2, 0, 1, 0, 1, 0, 1, 0, 0.5]
    assert west[1] == "西城区委" and west[3:] == [1, 3, 1, 1, 0, 1, 0, 1, 0, pytest.approx(1 / 3)]
    assert total[0] == "合计" and total[3:] == [3, 7, 1, 3, 0, 3, 0, 3, 0, pytest.approx(3 / 7)]
    assert len(rows) == 7


def test_sheet_names_are_valid_and_unique(ledger, users):
    for unit in (ledger.east, ledger.west):
        unit.name = "一个名字非常非常非常非常长的单位:[测试]*?/\\"
        unit.save()
    sheets = list(calamine(export_bytes(users.admin)))
    for name in sheets:
        assert len(name) <= 31
        assert not set("[]:*?/\\") & set(name)
    assert len({s.casefold() for s in sheets}) == len(sheets) == 4


def test_no_formula_in_the_file(exported):
    with zipfile.ZipFile(io.BytesIO(exported)) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        assert sheets and not any(b"<f>" in z.read(n) or b"<f " in z.read(n) for n in sheets)
