"""Hostile uploads: how long each takes to be refused and the peak memory it costs (issue 10, items 2, 3, 7, 11).

    .venv/bin/python bench/hostile_files.py [--docx-mb 1024] [--rows 2000000] [--strings 1000000]

Every file is generated into a temporary folder, streamed (never held whole in memory), then read through the same
functions the admin, the API and the commands use: imports.parsing.reading.to_text for documents and
excel.reading.read_rows for workbooks. Peak memory is tracemalloc's (Python allocations, which include every
buffer zipfile, lxml's input and openpyxl would fill); ru_maxrss is the process's high-water mark so far.
The last line reads the largest workbook the limits accept, for comparison.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from excel.reading import MAX_ROWS, UnreadableWorkbook, read_rows  # noqa: E402
from imports.parsing import DocumentError  # noqa: E402
from imports.parsing.reading import to_text  # noqa: E402
from tests.hostile import files  # noqa: E402

CHUNK = 1024 * 1024


def streamed_zip(path: Path, base: bytes, name: str, pieces) -> None:
    """`base` (a container) with member `name` written from the byte strings `pieces`, deflated, never whole."""
    import io

    with (
        zipfile.ZipFile(io.BytesIO(base)) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info))
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as out:
            for piece in pieces:
                out.write(piece)


def docx_bomb(path: Path, megabytes: int) -> None:
    head = b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    spaces = b" " * CHUNK
    streamed_zip(
        path, files.docx_bytes(), "word/document.xml", [head, *([spaces] * megabytes), b"</w:body></w:document>"]
    )


def rows_workbook(path: Path, count: int, cells: int = 1) -> None:
    def pieces():
        dimension = b'<dimension ref="A1:N%d"/>' % (count + 1)  # as the export writes it
        yield files.SHEET_HEAD + dimension + b"<sheetData>" + files.header_row()
        batch = []
        for n in range(2, count + 2):
            batch.append(
                b'<row r="%d">' % n
                + b"".join(b'<c r="%s%d"><v>%d</v></c>' % (b"ABCDEFGHIJKLMN"[i : i + 1], n, n) for i in range(cells))
                + b"</row>"
            )
            if len(batch) == 10_000:
                yield b"".join(batch)
                batch = []
        yield b"".join(batch) + b"</sheetData></worksheet>"

    streamed_zip(path, files.workbook(b"<worksheet/>"), "xl/worksheets/sheet1.xml", pieces())


def strings_workbook(path: Path, count: int) -> None:
    def pieces():
        yield b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        for start in range(0, count, 10_000):
            yield b"".join(b"<si><t>%d</t></si>" % n for n in range(start, min(start + 10_000, count)))
        yield b"</sst>"

    base = files.workbook(files.sheet(files.header_row()))
    streamed_zip(path, base, "xl/sharedStrings.xml", pieces())


def attempt(path: Path, read) -> str:
    try:
        return f"accepted ({read(path)})"
    except (DocumentError, UnreadableWorkbook) as error:
        return f"refused: {error}"


def measure(label: str, path: Path, read) -> None:
    """Timed without tracemalloc (it slows allocation-heavy parsing several times), then traced for the peak."""
    size = path.stat().st_size
    started = time.perf_counter()
    outcome = attempt(path, read)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    attempt(path, read)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{label:<44} {size / 1048576:8.2f} MB  {seconds:7.2f} s  peak {peak / 1048576:7.1f} MB  maxrss {rss:6.0f} MB"
    )
    print(f"    {outcome[:160]}")


def document(path: Path) -> str:
    return f"{len(to_text(path.read_bytes(), path.name))} characters"


def workbook(path: Path) -> str:
    with open(path, "rb") as source:
        return f"{sum(1 for _ in read_rows(source, filename=path.name))} rows"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docx-mb", type=int, default=1024, help="what the .docx bomb expands to (MB)")
    parser.add_argument("--rows", type=int, default=2_000_000, help="rows in the row-bomb workbook")
    parser.add_argument("--strings", type=int, default=1_000_000, help="entries in the shared-strings bomb")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="taizhang-hostile-") as folder:
        tmp = Path(folder)
        cases = []
        path = tmp / "bomb.docx"
        docx_bomb(path, args.docx_mb)
        cases.append((f"docx expanding to {args.docx_mb} MB", path, document))
        path = tmp / "deep.html"
        path.write_text(files.deep_html(100_000), encoding="utf-8")
        cases.append(("html, 100,000 nested <div>s", path, document))
        path = tmp / "laughs.xlsx"
        path.write_bytes(files.billion_laughs_workbook())
        cases.append(("xlsx, billion laughs", path, workbook))
        path = tmp / "strings.xlsx"
        strings_workbook(path, args.strings)
        cases.append((f"xlsx, {args.strings:,} shared strings", path, workbook))
        path = tmp / "rows.xlsx"
        rows_workbook(path, args.rows)
        cases.append((f"xlsx, {args.rows:,} rows", path, workbook))
        path = tmp / "largest.xlsx"
        rows_workbook(path, MAX_ROWS - 1, cells=14)
        cases.append((f"xlsx, {MAX_ROWS - 1:,} rows x 14 (accepted)", path, workbook))
        for label, path, read in cases:
            measure(label, path, read)


if __name__ == "__main__":
    main()
