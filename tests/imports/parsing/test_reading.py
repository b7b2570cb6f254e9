"""Reading uploaded files: encodings detected (never assumed), docx/html/pdf, size and garbage errors."""

from __future__ import annotations

import contextlib

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imports.parsing import DocumentError, parse_bytes, parse_file, reading

TITLE = "中共沈阳市和平区委关于十三届省委第四轮巡视整改进展情况的通报"
STATEMENT = "根据省委统一部署，2023年9月21日至11月30日，省委第三巡视组对和平区委进行了常规巡视。2024年1月7日，省委巡视组向和平区委反馈了巡视意见。"
TEXT = f"{TITLE}\n{STATEMENT}\n一、整改落实情况\n（一）关于“理论学习不够深入”的问题。已完成整改。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "big5"])
def test_plain_text_encodings_are_detected(encoding):
    text = TEXT
    if encoding == "big5":  # Big5 holds traditional characters only
        text = "中共瀋陽市和平區委關於十三屆省委第四輪巡視整改進展情況的通報\n根據省委統一部署，2023年9月21日至11月30日，省委第三巡視組對和平區委進行了常規巡視。\n"
    data = text.encode(encoding)
    result = parse_bytes(data, f"report-{encoding}.txt")
    assert result.documents[0].title == TITLE
    assert len(result.sha256) == 64


def test_utf16_with_bom():
    assert reading.to_text(TEXT.encode("utf-16"), "a.txt").startswith(TITLE)


def test_docx_paragraphs_and_table_cells_in_order(tmp_path):
    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph(STATEMENT)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "表格第一格"
    table.cell(0, 1).text = "表格第二格"
    document.add_paragraph("表格之后的段落。")
    path = tmp_path / "report.docx"
    document.save(path)
    text = reading.to_text(path.read_bytes(), path.name)
    assert text.index(TITLE) < text.index("表格第一格") < text.index("表格第二格") < text.index("表格之后的段落")
    result = parse_file(path)
    assert result.documents[0].inspections[0].unit == "沈阳市和平区委"


def test_html_keeps_the_article_and_drops_chrome(tmp_path):
    html = f"""<!DOCTYPE html><html><head><title>{TITLE}</title><script>var x = "巡视";</script></head>
    <body><div class="nav">首页 | 巡视工作 | 通知公告</div>
    <div class="article-content"><h1>{TITLE}</h1><p>{STATEMENT}</p><p>一、整改落实情况</p></div>
    <div id="footer">版权所有 联系我们</div></body></html>"""
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("gb18030"))
    text = reading.to_text(path.read_bytes(), path.name)
    assert TITLE in text and STATEMENT in text
    assert "首页" not in text and "版权所有" not in text and "var x" not in text
    assert parse_file(path).documents[0].title == TITLE


def _minimal_pdf(text: str | None) -> bytes:
    """A one-page PDF written by hand (ASCII text in Helvetica, or no text layer at all)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_layer():
    assert "Inspection report 2023" in reading.to_text(_minimal_pdf("Inspection report 2023"), "a.pdf")


def test_pdf_without_text_layer_is_an_error():
    with pytest.raises(DocumentError, match="scan.pdf.*文字层"):
        reading.to_text(_minimal_pdf(None), "scan.pdf")


def test_damaged_pdf_is_an_error():
    with pytest.raises(DocumentError, match="broken.pdf"):
        reading.to_text(b"%PDF-1.4\n garbage garbage", "broken.pdf")


def test_damaged_docx_is_an_error():
    with pytest.raises(DocumentError, match="bad.docx.*Word"):
        reading.to_text(b"PK\x03\x04 not really a zip", "bad.docx")


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode() * 100)
    with pytest.raises(DocumentError, match="big.txt.*过大"):
        parse_file(path, max_bytes=1000)
    with pytest.raises(DocumentError, match="过大"):
        parse_bytes(TEXT.encode() * 100, "big.txt", max_bytes=1000)


def test_empty_and_missing_files(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(DocumentError, match="empty.txt.*空"):
        parse_file(empty)
    with pytest.raises(DocumentError, match="missing.txt.*无法读取"):
        parse_file(tmp_path / "missing.txt")


def test_binary_garbage_is_an_error():
    with pytest.raises(DocumentError, match="blob.bin"):
        parse_bytes(bytes(range(256)) * 20, "blob.bin")


def test_unsupported_office_format():
    with pytest.raises(DocumentError, match="old.doc.*不支持"):
        reading.to_text(b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "old.doc")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000), st.sampled_from(["a.txt", "a.docx", "a.pdf", "a.html", "a", "a.doc"]))
def test_arbitrary_bytes_raise_only_document_error(data, name):
    with contextlib.suppress(DocumentError):
        parse_bytes(data, name)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_raises_only_document_error(text):
    from imports.parsing import parse_text

    with contextlib.suppress(DocumentError):
        parse_text(text, "t.txt")


WORDS = ["关于", "巡视", "巡察", "整改", "通报", "中共", "区委", "省委第三巡视组", "对", "进行了", "反馈", "2023年", "9月",
         "21日", "至", "十三届", "第四轮", "目录", "\t12", "\n", "。", "，", "（一）", "1.", "概览", "摘要", "二〇二三年",
         "十二月", "三十一日", "—", "专项", "常规", "D委", "XX", "发布时间:", "##paidbegin##"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=80))
def test_document_like_text_raises_only_document_error(words):
    from imports.parsing import parse_text

    with contextlib.suppress(DocumentError):
        parse_text("".join(words), "w.txt")
