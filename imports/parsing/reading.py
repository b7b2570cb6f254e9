"""Bytes of an uploaded file -> plain text (txt in any Chinese encoding, docx, html, pdf)."""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path

import filelimits

from .model import DocumentError

MAX_BYTES = 20 * 1024 * 1024
_ENCODINGS = ("utf_8", "gb18030", "big5", "utf_16")  # tried in this order when detection is unsure


def read_path(path: str | Path, max_bytes: int = MAX_BYTES) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"文件过大（{size} 字节，上限 {max_bytes} 字节）", source=path.name)
        return path.read_bytes()
    except OSError as error:
        raise DocumentError(f"无法读取文件（{error.strerror or error}）", source=path.name) from error


def to_text(data: bytes, filename: str = "", max_bytes: int = MAX_BYTES) -> str:
    """Text of a document; raises DocumentError naming the file and the reason."""
    if len(data) > max_bytes:
        raise DocumentError(f"文件过大（{len(data)} 字节，上限 {max_bytes} 字节）", source=filename)
    if not data.strip():
        raise DocumentError("文件为空", source=filename)
    suffix = Path(filename).suffix.lower()
    if suffix == ".docx" or (not suffix and data[:2] == b"PK"):
        text = _docx(data, filename)
    elif suffix == ".pdf" or data[:5] == b"%PDF-":
        text = _pdf(data, filename)
    elif suffix in (".doc", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".zip", ".rar", ".7z"):
        raise DocumentError(f"不支持的文件类型 {suffix}，请另存为 .docx、.pdf、.html 或 .txt", source=filename)
    else:
        text = decode(data, filename)
        if suffix in (".html", ".htm", ".xhtml") or re.match(r"\s*(<!doctype html|<html)", text[:500], re.I):
            text = _html(text, filename)
    if not text.strip():
        raise DocumentError("文件中没有可读的文字", source=filename)
    return text


def decode(data: bytes, filename: str = "") -> str:
    """Plain-text bytes -> str; the encoding is detected, never assumed."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise DocumentError("文件是二进制数据，不是文本", source=filename)
    try:
        return data.decode("utf-8")  # strict UTF-8 that decodes is UTF-8 (GBK almost never does)
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["gb18030", "big5", "utf_8", "utf_16"]).best()
    candidates = ([best.encoding] if best else []) + list(_ENCODINGS)
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _looks_like_text(text):
            return text
    raise DocumentError("无法识别文件编码（不是 UTF-8、GB18030/GBK 或 Big5 文本）", source=filename)


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for c in text[:20000] if (ord(c) < 32 and c not in "\t\n\r\f") or 0xE000 <= ord(c) <= 0xF8FF)
    return bad / min(len(text), 20000) < 0.01


def _docx(data: bytes, filename: str) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        filelimits.check_zip(data, filename=filename)
    except filelimits.UnsafeFile as error:
        raise DocumentError(error.reason, source=filename) from error
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise DocumentError(f"无法打开 Word 文档（{type(error).__name__}）", source=filename) from error
    except Exception as error:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise DocumentError(f"无法打开 Word 文档（{type(error).__name__}）", source=filename) from error
    lines: list[str] = []

    def walk(container) -> None:
        # Paragraphs and tables in body order; a table cell may hold paragraphs and nested tables.
        for block in container.iter_inner_content():
            if isinstance(block, Paragraph):
                lines.append(block.text)
            elif isinstance(block, Table):
                for row in block.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:  # merged cells repeat
                            continue
                        seen.add(id(cell._tc))
                        walk(cell)

    walk(document)
    return "\n".join(lines)


_CHROME_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button", "select")
_CHROME_HINT = re.compile(r"nav|menu|header|footer|breadcrumb|sidebar|share|banner|crumb|links|copyright|toolbar", re.I)
_ARTICLE_HINT = re.compile(r"article|content|detail|zoom|text|main|TRS_Editor|news_con", re.I)


def _html(markup: str, filename: str = "") -> str:
    from bs4 import BeautifulSoup

    try:
        filelimits.check_markup(markup, filename=filename)
    except filelimits.UnsafeFile as error:
        raise DocumentError(error.reason, source=filename) from error
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(_CHROME_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed or tag.attrs is None:
            continue
        marks = " ".join([tag.get("id") or "", " ".join(tag.get("class") or [])])
        if marks.strip() and _CHROME_HINT.search(marks) and not _ARTICLE_HINT.search(marks):
            tag.decompose()
    root = soup.find("article") or _densest(soup) or soup.body or soup
    title = _page_heading(soup)
    text = root.get_text("\n")
    lines = [line.strip() for line in text.split("\n")]
    body = "\n".join(line for line in lines if line)
    # The headline is added unless a line near the top already is it (a sentence may begin like it).
    if title and not any(line.startswith(title[:10]) for line in lines[:12] if line):
        body = title + "\n" + body
    return body


def _page_heading(soup) -> str:
    """The page's headline: its <h1> when it speaks of the subject (the <title> often carries the site name), else
    <title>.
    Read before the article is cut out, so a headline outside the article element is kept."""
    h1 = soup.find("h1")
    heading = h1.get_text(" ", strip=True) if h1 else ""
    if 4 <= len(heading) <= 80 and re.search(r"巡[视察]|整改|反馈", heading):  # not a site name in <h1>
        return heading
    return soup.title.get_text(" ", strip=True) if soup.title else ""


def _densest(soup):
    """The element whose id/class says it is the article and which holds the most text."""
    best, best_len = None, 0
    for tag in soup.find_all(["div", "section", "td", "main"]):
        marks = " ".join([tag.get("id") or "", " ".join(tag.get("class") or [])])
        if tag.name != "main" and not _ARTICLE_HINT.search(marks):
            continue
        length = len(tag.get_text(strip=True))
        if length > best_len:
            best, best_len = tag, length
    return best


def _pdf(data: bytes, filename: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as error:
                raise DocumentError("PDF 已加密，无法读取", source=filename) from error
        count = len(reader.pages)
        if count > filelimits.MAX_PDF_PAGES:
            raise DocumentError(f"PDF 有 {count} 页，超过上限 {filelimits.MAX_PDF_PAGES} 页", source=filename)
        # Checked between pages: one page's extraction cannot be interrupted, but a file cannot pile them up.
        deadline = time.monotonic() + filelimits.PDF_SECONDS
        pages = []
        for n, page in enumerate(reader.pages, 1):
            if time.monotonic() > deadline:
                raise DocumentError(
                    f"读取 PDF 超过 {filelimits.PDF_SECONDS:.0f} 秒（读到第 {n} 页），已停止；请另存为 .txt 后导入",
                    source=filename,
                )
            pages.append(page.extract_text() or "")
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError, IndexError) as error:
        raise DocumentError(f"无法读取 PDF（{type(error).__name__}）", source=filename) from error
    except Exception as error:  # pypdf raises many internal error types on damaged files
        raise DocumentError(f"无法读取 PDF（{type(error).__name__}）", source=filename) from error
    text = "\n".join(pages)
    if not text.strip():
        raise DocumentError("PDF 没有文字层（可能是扫描件），请先进行文字识别", source=filename)
    return text
