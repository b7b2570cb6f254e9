"""Split a file's cleaned lines into documents by their title lines, skipping tables of contents."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import model
from .chinese import find_dates, fold, parse_iso
from .model import Line
from .titles import FINAL, TOC_HEAD_RE, is_labelled, squash, strip_page_number, title_kind

# A sentence that says who inspected whom and when: it makes an unlabelled heading a news title.
_STATEMENT_RE = re.compile(
    r"巡[视察][一二三四五六七八九十\d]*组.{0,60}(?:对|向)|(?:对|向).{0,40}(?:开展|进行)了?.{0,12}巡[视察]"
    r"|召开.{0,30}巡[视察].{0,8}反馈会"
)
_NEWS_WORD_RE = re.compile(r"巡[视察]")
_SIGNATURE_DATE_RE = re.compile(r"^.{0,30}?(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年.{1,4}月.{1,4}日\s*$")


@dataclass
class Section:
    """One document: its title and the lines after it up to the next title."""

    kind: str
    title: str
    title_line: int
    lines: list[Line]  # body lines, title excluded
    published: date | None = None
    preamble: list[Line] = field(default_factory=list)  # text before the first document of the file


def toc_indices(lines: list[Line]) -> set[int]:
    """Indices of lines belonging to tables of contents (目录 blocks and runs of numbered titles)."""
    skip: set[int] = set()
    numbered = [strip_page_number(line.text)[1] for line in lines]
    n = len(lines)
    for i, line in enumerate(lines):
        if not TOC_HEAD_RE.match(line.text):
            continue
        skip.add(i)
        j = i + 1
        while j < n:
            # An entry ends in a page number; an unnumbered line belongs to the TOC when a numbered
            # entry follows it (section headings of the TOC, an entry whose number was lost).
            if numbered[j] or (j + 1 < n and numbered[j + 1] and len(lines[j].text) <= 110):
                skip.add(j)
                j += 1
                continue
            break
    # Without a 目录 heading: three or more consecutive numbered title lines.
    run: list[int] = []
    for i, line in enumerate(lines + [Line(0, "")]):
        text, has_number = strip_page_number(line.text) if line.text else ("", False)
        if has_number and title_kind(text):
            run.append(i)
            continue
        if len(run) >= 3:
            skip.update(run)
        run = []
    return skip


def _news_title(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    if len(text) > 50 or text.endswith(FINAL) or is_labelled(text) or not _NEWS_WORD_RE.search(text):
        return False
    if re.search(r"[。，,；;]", text) or re.match(r"^[(（]", fold(text)):
        return False
    following = " ".join(line.text for line in lines[i + 1 : i + 3])
    return bool(find_dates(following[:300]) and _STATEMENT_RE.search(fold(following[:300])))


def find_titles(lines: list[Line], skip: set[int]) -> list[tuple[int, int, str, str]]:
    """(first index, last index, kind, title) of each document title."""
    found = []
    i = 0
    while i < len(lines):
        if i in skip:
            i += 1
            continue
        text = lines[i].text
        kind = title_kind(text)
        if kind:
            found.append((i, i, kind, squash(text)))
            i += 1
            continue
        # A title broken over two lines by PDF extraction.
        if (
            i + 1 < len(lines)
            and i + 1 not in skip
            and len(text) <= 70
            and not text.endswith(FINAL)
            and not find_dates(text)
            and not title_kind(lines[i + 1].text)
        ):
            joined = text + lines[i + 1].text
            kind = title_kind(joined)
            if kind and not is_labelled(text):
                found.append((i, i + 1, kind, squash(joined)))
                i += 2
                continue
        if _news_title(lines, i):
            found.append((i, i, model.NEWS, squash(text)))
        i += 1
    return found


def _published(body: list[Line], chrome: list[tuple[int, date]], first: int, last: int) -> date | None:
    """发布时间 from page chrome, else a date line under the title, else the signature date at the end."""
    for number, when in chrome:
        if first <= number < last:
            return when
    for line in body[:2]:
        text = fold(line.text)
        if re.match(r"^\(?\s*\d{4}\s*[年-]", text) and len(text) <= 24:
            return parse_iso(text)
    for line in body[-3:]:
        if _SIGNATURE_DATE_RE.match(line.text):
            return parse_iso(line.text)
    return None


def split(lines: list[Line], chrome_dates: list[tuple[int, date]] | None = None) -> list[Section]:
    skip = toc_indices(lines)
    titles = find_titles(lines, skip)
    sections = []
    preamble = [line for k, line in enumerate(lines[: titles[0][0]] if titles else []) if k not in skip]
    for n, (first, last, kind, title) in enumerate(titles):
        end = titles[n + 1][0] if n + 1 < len(titles) else len(lines)
        body = [line for k, line in enumerate(lines[last + 1 : end], start=last + 1) if k not in skip]
        first_no = lines[first].no if n else 0  # chrome before the first title belongs to it
        last_no = lines[end].no if end < len(lines) else 10**9
        published = _published(body, chrome_dates or [], first_no, last_no)
        sections.append(Section(kind, title, lines[first].no, body, published, preamble))
    return sections
