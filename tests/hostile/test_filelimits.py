"""filelimits: the container and markup checks on their own (pure, no database)."""

import io
import zipfile
from pathlib import Path

import pytest

import filelimits
from filelimits import UnsafeFile, ZipLimits, check_markup, check_zip
from tests.hostile.files import deep_html, docx_bomb, docx_bytes, with_members

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def zipped(members: dict[str, bytes], level: int = 1) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def test_an_ordinary_docx_passes():
    check_zip(docx_bytes(), filename="通报.docx")


def test_a_compression_bomb_is_refused_by_its_ratio_naming_file_and_member():
    with pytest.raises(UnsafeFile) as caught:
        check_zip(docx_bomb(), filename="炸弹.docx")
    message = str(caught.value)
    assert message.startswith("文件“炸弹.docx”中的“word/document.xml”压缩比为")
    ratio = int(message.split("压缩比为 ")[1].split(":")[0])
    assert ratio > filelimits.MAX_RATIO and "压缩炸弹" in message and "已拒绝导入" in message
    assert caught.value.reason == message.removeprefix("文件“炸弹.docx”")


def test_total_and_member_sizes_are_bounded():
    data = zipped({"a.bin": b"\0" * 600_000, "b.bin": b"\0" * 600_000})
    loose_ratio = {"ratio": 10**9}
    check_zip(data, limits=ZipLimits(total_bytes=1_200_000, member_bytes=600_000, **loose_ratio))
    with pytest.raises(UnsafeFile, match=r"文件“x.zip”解压后超过 1 MB（压缩炸弹？），已拒绝导入"):
        check_zip(data, filename="x.zip", limits=ZipLimits(total_bytes=1_048_576, **loose_ratio))
    with pytest.raises(UnsafeFile, match=r"中的“a.bin”解压后为 586 KB，超过单个成员上限 500 KB"):
        check_zip(data, filename="x.zip", limits=ZipLimits(member_bytes=512_000, **loose_ratio))


def test_the_member_count_is_read_from_the_directory_record_before_zipfile_lists_them(monkeypatch):
    data = zipped({f"part{n}.xml": b"<a/>" for n in range(50)})
    check_zip(data, limits=ZipLimits(members=50))

    def never(*args, **kwargs):
        raise AssertionError("zipfile must not be asked to list a container with too many members")

    monkeypatch.setattr(filelimits.zipfile, "ZipFile", never)
    with pytest.raises(UnsafeFile, match="包含 50 个压缩成员，超过上限 49 个"):
        check_zip(data, filename="many.docx", limits=ZipLimits(members=49))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_dtd_in_any_xml_part_is_refused(encoding):
    part = '<?xml version="1.0"?><!-- x --><!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>'.encode(encoding)
    data = with_members(docx_bytes(), {"word/styles.xml": part})
    with pytest.raises(UnsafeFile, match=r"中的“word/styles.xml”含有 DTD/实体声明（可能是“十亿笑”实体膨胀攻击）"):
        check_zip(data, filename="x.docx")


def test_a_part_hiding_its_root_behind_padding_is_refused():
    part = b'<?xml version="1.0"?>' + b"<!--" + b"x" * filelimits.PROLOG_BYTES + b"--><!DOCTYPE r><r/>"
    with pytest.raises(UnsafeFile, match="没有 XML 根元素"):
        check_zip(zipped({"word/document.xml": part}), filename="x.docx")


@pytest.mark.parametrize("prefix", [b"", b"x:"])
def test_counted_elements_are_bounded_across_read_chunks(prefix):
    items = b"".join(b"<%ssi><%st>%d</%st></%ssi>" % (prefix, prefix, n, prefix, prefix) for n in range(120_000))
    assert len(items) > 2 * 1024 * 1024  # several chunks, so matches straddle their boundaries
    data = zipped({"xl/sharedStrings.xml": b"<sst>" + items + b"</sst>"})
    limits = {"ratio": 10**9}
    check_zip(data, limits=ZipLimits(counts={"*sharedStrings.xml": ("si", 120_000, "共享字符串太多")}, **limits))
    with pytest.raises(UnsafeFile, match="中的共享字符串太多，已拒绝导入"):
        check_zip(data, limits=ZipLimits(counts={"*sharedStrings.xml": ("si", 119_999, "共享字符串太多")}, **limits))


def test_not_a_zip_is_left_to_the_parser():
    check_zip(b"PK\x03\x04 damaged", filename="x.docx")


def test_deeply_nested_markup_is_refused_and_real_pages_pass():
    with pytest.raises(UnsafeFile, match=f"网页标签嵌套超过 {filelimits.MAX_HTML_DEPTH} 层"):
        check_markup(deep_html(), filename="深.html")
    for page in SAMPLES.glob("*.html"):
        check_markup(page.read_text(encoding="utf-8"), filename=page.name)
    # Optional end tags, void elements and script text do not count as nesting.
    sloppy = "<table>" + "<tr><td><p>段落<br><img src=x>" * 5000 + "</table><script>if (a<b) {}</script>"
    check_markup(sloppy)


def test_html_size_and_tag_count_are_bounded():
    with pytest.raises(UnsafeFile, match="网页过大"):
        check_markup("x" * (filelimits.MAX_HTML_CHARS + 1))
    with pytest.raises(UnsafeFile, match=f"网页包含超过 {filelimits.MAX_HTML_TAGS} 个标签"):
        check_markup("<br>" * (filelimits.MAX_HTML_TAGS + 1))
