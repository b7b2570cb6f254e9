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
    # a group visiting or meeting a unit: "第二巡察组巡察文学院党委工作动员会", "巡察组进驻区人大机关党支部"
    r"|巡[视察][一二三四五六七八九十\d]*组(?:巡[视察]|进驻|进入)|巡[视察][^。，,]{0,12}(?:动员会|反馈会|进驻会)"
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
    # "遂宁市安居区：县级交叉巡察组巡察…反馈会召开": a headline's place before a colon is no field label
    labelled = is_labelled(text) and not _DATELINE_RE.match(fold(text))
    if len(text) > 50 or text.endswith(FINAL) or labelled or not _NEWS_WORD_RE.search(text):
        return False
    if re.search(r"[。，,；;]", text) or re.match(r"^[(（]", fold(text)):
        return False
    # a page's date and byline lines between the headline and its first paragraph ("2023-03-01 17:46:00",
    # "安居区教育和体育局") are passed over
    j = i + 1
    while j < min(len(lines), i + 3) and _BYLINE_RE.match(fold(lines[j].text)):
        j += 1
    following = " ".join(line.text for line in lines[j : j + 2])
    return bool(find_dates(following[:300]) and _STATEMENT_RE.search(fold(following[:300])))


_DATELINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:省|市|区|县|州|旗|盟)\s*[:：](?=.{8,})")
# A short line under a headline that is no sentence: its date and time, or who published it.
_BYLINE_RE = re.compile(r"^(?:\d{4}[-/年][\d\s:：/\-年月日]{3,20}|[\u4e00-\u9fff]{2,16})$")


# The standard opening of a progress report: 根据…统一部署/按照…安排 … 巡视组/巡察组对…进行了巡视/巡察 … and, in
# a progress report, 现将…整改进展情况予以公布/通报. It marks a report whose title line was not copied.
_OPENING_RE = re.compile(r"^(?:根据|按照)[^。]{0,60}?(?:部署|安排|要求)")
_VISITED_RE = re.compile(r"巡[视察][一二三四五六七八九十\d]*组?[^。]{0,40}?对([^，。；,;“”]{2,40}?)(?:开展|进行|实施)了?[^。]{0,20}?巡[视察]")
_PUBLISHES_RE = re.compile(r"现将[^。]{0,40}?整改[^。]{0,20}?(?:予以公布|予以通报|公布如下|通报如下|报告如下|予以公开|进行通报|进行公布)")
# A page title line copied above the body (HTML <title>, a headline without its 关于…通报 form).
_SITE_SUFFIX_RE = re.compile(r"\s*[_|｜—-]+\s*[^_|｜—-]{2,20}(?:网|网站|门户|平台)$")


def _opening(lines: list[Line], i: int) -> str | None:
    """The kind of report a body opening at line i starts (progress report or news), or None."""
    text = fold(lines[i].text)
    if not _OPENING_RE.match(text):
        return None
    ahead = fold(" ".join(line.text for line in lines[i : i + 3]))[:600]
    if not _VISITED_RE.search(text[:300]):
        return None
    return model.PROGRESS_REPORT if _PUBLISHES_RE.search(ahead) else model.NEWS


def _body_title(lines: list[Line], i: int, kind: str) -> tuple[int, str]:
    """(index of the title line, title) of a report found by its opening: the short unpunctuated line above it
    (a page's <title> or headline) when there is one, else a title written from the opening itself."""
    if i > 0:
        above = lines[i - 1].text.strip()
        if len(above) <= 60 and not above.endswith(FINAL) and not re.search(r"[。；;，,]", above) and "巡" in above:
            return i - 1, squash(_SITE_SUFFIX_RE.sub("", above))
    found = _VISITED_RE.search(fold(lines[i].text))
    # (never a speech's points: "对深入学习贯彻习近平总书记关于巡视工作的重要论述、扎实开展巡视工作提出要求")
    unit = squash(found[1]) if found and not re.search(r"习近平|总书记|学习贯彻|贯彻落实|重要论述|精神", found[1]) else ""
    level = "巡视" if "巡视" in lines[i].text else "巡察"
    if kind == model.PROGRESS_REPORT:
        return i, f"{unit}关于{level}整改进展情况的通报（正文无标题）"
    return i, f"{unit}{level}情况（正文无标题）"


def _body_openings(lines: list[Line], skip: set[int], found: list[tuple[int, int, str, str]]) -> list:
    """Reports that start with their opening paragraph instead of a title line: every progress-report opening
    not right under a title, and, in a file with no title at all, a news item's first statement."""
    titled = {k for first, last, _, _ in found for k in range(first, last + 4)}
    added = []
    for i in range(len(lines)):
        if i in skip or i in titled:
            continue
        kind = _opening(lines, i)
        if kind == model.PROGRESS_REPORT or (kind and not found and not added):
            first, title = _body_title(lines, i, kind)
            added.append((first, i - 1, kind, title) if kind == model.PROGRESS_REPORT else _from_top(first, i, title))
    if not found and not added:
        for i in range(min(len(lines), 5)):
            text = fold(lines[i].text)
            if find_dates(text[:300]) and _STATEMENT_RE.search(text[:300]) and _NEWS_WORD_RE.search(text):
                first, title = _body_title(lines, i, model.NEWS)
                added.append(_from_top(first, i, title))
                break
    if not found and not added:
        added.extend(_round_news(lines))
    return added


def _from_top(first: int, i: int, title: str) -> tuple[int, int, str, str]:
    """A news item found by a statement in a file without titles begins at the file's first line: the lines
    above the statement tell the same news (a feedback meeting told before the visit it follows)."""
    if first == i - 1:  # a headline above the statement
        return first, i - 1, model.NEWS, title
    return 0, -1, model.NEWS, title


# A round's news or statistics: "十三届县委第三轮巡察派出4个巡察组…", "五届市委前十轮巡察…整改措施5310条".
_ROUND_STATED_RE = re.compile(r"[一二三四五六七八九十\d]+届[^。，,]{0,12}?(?:第?[一二三四五六七八九十\d]+轮|巡[视察])|(?:第[一二三四五六七八九十\d]+|首)轮(?:校内|常规|专项)?巡[视察]")
_STATISTIC_RE = re.compile(r"\d[\d.]*\s*(?:余|多)?(?:个|条|项|件|人|名|万元|亿元|%)")  # 问题400余个
# A group named at work (巡察组, 巡视组, 巡察工作动员会): a news item even when it states no round or figure.
_GROUP_AT_WORK_RE = re.compile(
    r"巡[视察](?:工作)?[一二三四五六七八九十\d]*组|巡[视察](?:工作)?(?:动员会|反馈会|进驻)"
    # a unit's own meeting on rectifying a feedback: "…于3月8日召开巡察整改工作部署会"
    r"|召开[^。，,]{0,10}?巡[视察][^。，,]{0,10}?(?:反馈|整改)[^。，,]{0,12}?会"
    # a party committee's own meeting on its inspections: "东川区委召开巡察工作约谈会" / "…召开巡察工作推进会"
    r"|[委组]召开[^。，,]{0,6}?巡[视察]工作(?:约谈|推进|部署|调度|培训|座谈|领导小组)[^。，,]{0,6}?会"
)


_UNDATED_VISIT_RE = re.compile(r"(?<![一针面应相比核])对[^。，,；;]{2,30}?开展(?:了)?(?:专项|常规|提级|机动|交叉|联动)?巡[视察]")


def _round_news(lines: list[Line]) -> list[tuple[int, int, str, str]]:
    """A file with no title and no statement of one visit that still speaks of a round of 巡视/巡察 (its term and
    round, or figures): one news document from its first line, so that its round and figures are kept."""
    head = [fold(line.text) for line in lines[:5]]
    for i, text in enumerate(head):
        # (or a visit stated without a date: "今年以来，市纪委监委对开发区领域开展专项巡察")
        if _NEWS_WORD_RE.search(text) and (
            _ROUND_STATED_RE.search(text) or _STATISTIC_RE.search(text) or _GROUP_AT_WORK_RE.search(text)
            or _UNDATED_VISIT_RE.search(text)
        ):
            above = lines[0].text.strip()
            if len(above) <= 60 and not re.search(r"[。；;，,]", above) and (i > 0 or len(lines) > 1):
                return [(0, 0, model.NEWS, squash(_SITE_SUFFIX_RE.sub("", above)))]
            level = "巡视" if "巡视" in head[i] else "巡察"
            return [(0, -1, model.NEWS, f"{level}情况（正文无标题）")]
    return []


# a round sending its groups to a list of bodies: "十一届省委第四轮巡视安排15个组，对A及B、C，D…等36个…开展巡视"
_ROUND_LIST_ABOVE_RE = re.compile(
    r"第[一二三四五六七八九十\d]+轮巡[视察][^。]{0,20}?(?:安排|派出|组建)[^。]{0,12}?组[^。]{0,6}?对[^。]{10,}?、[^。]{10,}?(?:开展|进行)(?:了)?巡[视察]"
)


def find_titles(lines: list[Line], skip: set[int]) -> list[tuple[int, int, str, str]]:
    """(first index, last index, kind, title) of each document title (or opening, when a report has none)."""
    found = _titled(lines, skip)
    if found and found[0][0] > 0 and _ROUND_LIST_ABOVE_RE.search(fold(" ".join(line.text for line in lines[: found[0][0]]))):
        # "经山东省委批准，十一届省委第四轮巡视安排15个组，对A、B…36个地方…开展巡视。…\n省委第一巡视组巡视济宁市工作动员会
        # 召开": a round's own paragraph above the first headline is a news item of its own, not that headline's preamble
        found = _round_news(lines[: found[0][0]]) + found
    for n, (first, last, kind, title) in enumerate(found):
        # A headline in news form over a progress report's opening (a page title): the opening decides the kind.
        if kind == model.NEWS and last + 1 < len(lines) and _opening(lines, last + 1) == model.PROGRESS_REPORT:
            found[n] = (first, last, model.PROGRESS_REPORT, title)
    return sorted(found + _body_openings(lines, skip, found))


def _titled(lines: list[Line], skip: set[int]) -> list[tuple[int, int, str, str]]:
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
            found.append((i, i, model.NEWS, squash(_SITE_SUFFIX_RE.sub("", text))))
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


def _only_chrome(between: list[Line]) -> bool:
    """True when the lines between two equal titles tell nothing: at most three short lines without a sentence
    (a document's number, a byline, a date)."""
    return len(between) <= 3 and all(len(line.text) <= 40 and not re.search(r"[。；;，,]", line.text) for line in between)


def split(lines: list[Line], chrome_dates: list[tuple[int, date]] | None = None) -> list[Section]:
    skip = toc_indices(lines)
    titles = find_titles(lines, skip)
    # a title line the copier doubled ("中共X党组关于…的通报" twice in a row, or around the page's byline and the
    # document's number: 范林〔2022〕74号) heads one report, not an empty one
    titles = [t for n, t in enumerate(titles) if not (n + 1 < len(titles) and titles[n + 1][3] == t[3]
                                                      and _only_chrome(lines[t[1] + 1 : titles[n + 1][0]]))]
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
