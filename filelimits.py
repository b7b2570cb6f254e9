"""Limits on what an uploaded file may make a parser do, checked before any parser sees it.

Pure Python (no Django), so the pure document parser (imports.parsing) and the Excel re-import (excel/) both use it.
A zip container (.docx, .xlsx) is judged from its central directory, which is what Python's zipfile honours: a
member is never decompressed past the size the directory states, so bounding the stated sizes bounds the work.
"""

from __future__ import annotations

import fnmatch
import io
import re
import struct
import zipfile
from dataclasses import dataclass, field
from typing import IO

MB = 1024 * 1024

# Zip containers (.docx, .xlsx)
MAX_MEMBERS = 10_000  # files inside the container
MAX_MEMBER_BYTES = 100 * MB  # one member, uncompressed
MAX_TOTAL_BYTES = 200 * MB  # all members, uncompressed
MAX_RATIO = 100  # uncompressed ÷ compressed, for members larger than RATIO_FLOOR
RATIO_FLOOR = 1 * MB  # small XML parts compress very well and are harmless
PROLOG_BYTES = 64 * 1024  # an XML part's root element must start within this many bytes

# HTML pages
MAX_HTML_CHARS = 5_000_000
MAX_HTML_TAGS = 200_000
MAX_HTML_DEPTH = 1_000

# PDF
MAX_PDF_PAGES = 2_000
PDF_SECONDS = 60.0


class UnsafeFile(Exception):
    """A file refused before parsing. `reason` is Chinese and does not repeat the file name; str() names it."""

    def __init__(self, reason: str, *, source: str = ""):
        self.reason = reason
        self.source = source
        super().__init__(f"文件“{source}”{reason}" if source else reason)


def _mb(size: int) -> str:
    return f"{size / MB:.0f} MB" if size >= MB else f"{size / 1024:.0f} KB"


@dataclass(frozen=True)
class ZipLimits:
    members: int = MAX_MEMBERS
    member_bytes: int = MAX_MEMBER_BYTES
    total_bytes: int = MAX_TOTAL_BYTES
    ratio: int = MAX_RATIO
    ratio_floor: int = RATIO_FLOOR
    # member name pattern (fnmatch) -> (element local name, most occurrences allowed, the refusal in Chinese)
    counts: dict[str, tuple[str, int, str]] = field(default_factory=dict)


def check_zip(source: bytes | IO[bytes], *, filename: str = "", limits: ZipLimits = ZipLimits()) -> None:
    """Raise UnsafeFile when the container could expand past the limits or carries a DTD (entity expansion).

    Not a validity check: a damaged file passes here and fails in its parser with that parser's message.
    """
    stream = io.BytesIO(source) if isinstance(source, bytes | bytearray) else source
    start = stream.tell()
    try:
        _check_directory_size(stream, filename, limits)
        stream.seek(start)
        try:
            archive = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return  # not a zip: the parser says so in its own words
        with archive:
            infos = archive.infolist()
            _check_sizes(infos, filename, limits)
            for info in infos:
                if info.filename.lower().endswith((".xml", ".rels")):
                    _check_xml_part(archive, info, filename)
                for pattern, (tag, most, refusal) in limits.counts.items():
                    if fnmatch.fnmatch(info.filename, pattern):
                        _check_count(archive, info, filename, tag, most, refusal)
    finally:
        stream.seek(start)


def _check_directory_size(stream: IO[bytes], filename: str, limits: ZipLimits) -> None:
    """Count the members from the end-of-central-directory record, before zipfile builds an object per member."""
    stream.seek(0, io.SEEK_END)
    size = stream.tell()
    tail_size = min(size, 22 + 65535)
    stream.seek(size - tail_size)
    tail = stream.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return
    entries, directory_bytes = struct.unpack("<xxxxxxxxxxHI", tail[at : at + 16])
    # 0xFFFF means a zip64 directory: more than 65,535 members, far beyond any document.
    # A central directory entry is at least 46 bytes, so its size bounds how many entries zipfile would read.
    if entries > limits.members or directory_bytes // 46 > max(limits.members, 1) * 8:
        shown = "超过 65535" if entries == 0xFFFF else str(entries)
        raise UnsafeFile(f"包含 {shown} 个压缩成员，超过上限 {limits.members} 个，已拒绝导入", source=filename)


def _check_sizes(infos: list[zipfile.ZipInfo], filename: str, limits: ZipLimits) -> None:
    if len(infos) > limits.members:
        raise UnsafeFile(f"包含 {len(infos)} 个压缩成员，超过上限 {limits.members} 个，已拒绝导入", source=filename)
    total = 0
    for info in infos:
        if info.file_size > limits.member_bytes:
            raise UnsafeFile(
                f"中的“{info.filename}”解压后为 {_mb(info.file_size)}，超过单个成员上限 {_mb(limits.member_bytes)}"
                "（压缩炸弹？），已拒绝导入",
                source=filename,
            )
        if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise UnsafeFile(
                f"中的“{info.filename}”压缩比为 {ratio}:1，超过上限 {limits.ratio}:1（压缩炸弹？），已拒绝导入",
                source=filename,
            )
        total += info.file_size
        if total > limits.total_bytes:
            raise UnsafeFile(f"解压后超过 {_mb(limits.total_bytes)}（压缩炸弹？），已拒绝导入", source=filename)


_ROOT_START = re.compile(r"<[A-Za-z_]")
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _prolog(head: bytes) -> str:
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    if head[:2] in (b"<\x00", b"\x00<"):  # UTF-16 without a byte order mark
        return head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="replace")
    return head.decode("utf-8", errors="replace")


def _check_xml_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str) -> None:
    """Office parts never carry a DTD; one that does is how entity expansion (“billion laughs”) is smuggled in.

    A DTD can only stand before the root element, so reading the part's first bytes is enough.
    """
    try:
        with archive.open(info) as part:
            head = part.read(PROLOG_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return  # damaged or encrypted: its parser reports it
    text = _prolog(head)
    root = _ROOT_START.search(text)
    prolog = text[: root.start()] if root else text
    if "<!DOCTYPE" in prolog or "<!ENTITY" in prolog:
        raise UnsafeFile(
            f"中的“{info.filename}”含有 DTD/实体声明（可能是“十亿笑”实体膨胀攻击），Office 文件不应含有，已拒绝导入",
            source=filename,
        )
    if root is None and len(head) == PROLOG_BYTES:
        raise UnsafeFile(
            f"中的“{info.filename}”在开头 {PROLOG_BYTES // 1024} KB 内没有 XML 根元素，文件异常，已拒绝导入",
            source=filename,
        )


def _check_count(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, filename: str, tag: str, most: int, refusal: str
) -> None:
    """Count `<tag` elements in a part, streaming. A match is never longer than the 64 bytes kept between chunks."""
    name = tag.encode()
    prefixed = re.compile(rb"<[A-Za-z_][\w.-]*:" + re.escape(name) + rb"[\s>/]")

    def occurrences(buffer: bytes) -> int:
        # bytes.count runs at memory speed; the regex only when some namespace prefix is written out.
        plain = sum(buffer.count(b"<" + name + end) for end in (b">", b" ", b"/", b"\t", b"\n", b"\r"))
        return plain + (len(prefixed.findall(buffer)) if b":" + name in buffer else 0)

    count, tail = 0, b""
    try:
        with archive.open(info) as part:
            while chunk := part.read(1024 * 1024):
                buffer = tail + chunk
                count += occurrences(buffer) - occurrences(tail)  # those wholly in the tail were counted before
                if count > most:
                    raise UnsafeFile(f"中的{refusal}，已拒绝导入", source=filename)
                tail = buffer[-64:]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return


# --- HTML ----------------------------------------------------------------------------------------------------------

_HIDDEN = re.compile(r"<!--.*?-->|<(script|style|textarea)\b.*?</\1\s*>", re.S | re.I)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
# Elements that never close, or whose end tag HTML lets authors leave out: they do not add to the nesting count.
_VOID = "area base br col embed hr img input link meta param source track wbr keygen basefont frame isindex"
_OPTIONAL_END = "p li dt dd tr td th tbody thead tfoot colgroup caption option optgroup rb rt rp html head body"
_NOT_NESTING = frozenset(f"{_VOID} {_OPTIONAL_END}".split())


def check_markup(text: str, *, filename: str = "") -> None:
    """Bound what an HTML page may cost the tree builder: characters, tags and nesting depth.

    The depth is counted from the tags themselves, without building a tree, and only for elements whose end tag
    is required, so a page with sloppy <p> or <td> is never taken for a deep one.
    """
    if len(text) > MAX_HTML_CHARS:
        raise UnsafeFile(
            f"网页过大（{len(text)} 个字符，上限 {MAX_HTML_CHARS} 个），已拒绝导入；请另存为 .txt 后导入",
            source=filename,
        )
    visible = _HIDDEN.sub("", text)
    depth = deepest = tags = 0
    for match in _TAG.finditer(visible):  # lazily: a hostile page is refused at its 1001st level, not after all
        closing, name, self_closing = match.groups()
        tags += 1
        if tags > MAX_HTML_TAGS:
            raise UnsafeFile(f"网页包含超过 {MAX_HTML_TAGS} 个标签，已拒绝导入；请另存为 .txt 后导入", source=filename)
        if self_closing or name.lower() in _NOT_NESTING:
            continue
        if closing:
            depth = max(depth - 1, 0)
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > MAX_HTML_DEPTH:
                raise UnsafeFile(
                    f"网页标签嵌套超过 {MAX_HTML_DEPTH} 层，无法安全解析，已拒绝导入；请另存为 .txt 后导入",
                    source=filename,
                )
