"""Text -> numbered lines: page chrome out, traditional script to simplified, broken sentences rejoined."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from .chinese import fold, parse_iso
from .model import Line
from .titles import FINAL, TOC_HEAD_RE, is_labelled, strip_page_number, title_kind

_CJK = r"\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’、，。：；！？（）《》"
# Spaces PDF extraction leaves around Chinese characters ("2022 年 6 月", "创新大厦 724 房间").
_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}])[ \t\u00a0\u3000]+|[ \t\u00a0\u3000]+(?=[{_CJK}])")
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
# Control characters (Word's \x0b, stray \x01 …) and code points XML 1.0 forbids: no text holds them, and every
# writer of the ledger's text (docx, xlsx) would fail on them. A space keeps line numbers and word boundaries.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_MARKER_RE = re.compile(r"##\s*paid(?:begin|end)\s*##", re.I)
_PAGE_RE = re.compile(
    r"^\s*(?:[-—–－~]*\s*\d{1,4}\s*[-—–－~]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$",
    re.I,
)
_CHROME_RE = re.compile(
    r"^\s*(?:文章关键字|关键词\s*[:：]|责任编辑|今天是|当前位置|您?所在的?位置|您的位置|您现在的位置|来源\s*[:：]|【?字号|打印本页|关闭窗口|分享到)|访问次数|浏览次数|点击数\s*[:：]"
    # "欢迎您访问临沂市中心医院!": a portal's greeting
    r"|^\s*欢迎您?(?:访问|光临|来到)[^。，,；;]{2,30}[!！]?\s*$"
    # "首页>巡视巡察>本级巡视巡察整改": a page's breadcrumb trail
    r"|^\s*(?:网站)?首页\s*[>＞»›][^。，,；;]{0,60}$"
    # "• 文章作者:" / "• 文章出处:文化广电和旅游局": a page's byline fields, one a line
    # (and "信息来源:市委巡察办")
    r"|^\s*[•·]?\s*(?:文章|信息)?(?:作者|出处|来源|编辑)\s*[:：][^。，,；;]{0,30}$"
    # "| 索引号 | 1008003015157/2025-1010416628 | |" / "| 成文日期 | 2025-10-15 | 公开方式 | 主动公开 |": a portal's
    # index table, copied as rows
    r"|^\s*\|.*(?:索引号|组配分类|发布机构|成文日期|公开方式|主题分类|文号)\s*\|.*\|\s*$"
    # "  • 发布机构:区卫健局" / "  • 标  题:X关于…的通报": the same index as a bulleted list, its title field a copy of
    # the title below it (or a Markdown list: "- 发布机构:中共徐庄镇委员会" / "- 标 题:X关于…的通报")
    r"|^\s*[•·\-*]\s*(?:标\s*题|索引号|组配分类|发布机构|成文(?:时间|日期)|公开方式|主题分类|文\s*号)\s*[:：]"
    # "由 納喇傲兒 發佈於 綜合": an aggregator's poster and channel; "河南日报客户端记者 刘勰 河南报业全媒体记者 崔文": the
    # reporters' byline, alone on its line
    r"|^\s*由\s*\S{1,12}\s*发布于\s*\S{1,8}\s*$"
    r"|^\s*(?:[\u4e00-\u9fff]{0,14}记者\s*[\u4e00-\u9fff]{2,4}\s*){1,4}$"
)
_BYLINE_RUN_ON_RE = re.compile(r"^[^。；;]{0,80}?字体(?:大小)?\s*[:：]?\s*【?大】?\s*【?中】?\s*【?小】?\s*(?=[^。；;\s]{10,})")
_PUBLISHED_RE = re.compile(r"(?:发布时间|发布日期|发表时间|时间|日期)\s*[:：]\s*(\S.{5,20})")
# "时间:2020-10-12" / "日期:2018-03-12 09:23:25   来源:   点击:": a line opening with the page's full numeric date
_DATE_LINE_RE = re.compile(r"^\s*(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d)")
_BARE_BYLINE_RE = re.compile(
    r"(?<!\d)\d{4}\s*(?:[-/]\s*\d{1,2}\s*[-/]\s*\d{1,2}\s+|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)\d{1,2}:\d{2}(?!\d)"
    # "16.08.2017  18:07": day, month and year with dots, then the clock
    r"|^\s*\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}\s*$"
)
# "辽宁日报 2019年03月20日": a newspaper's name and its issue's full date, alone on a short line
_PAPER_BYLINE_RE = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,10}(?:日报|晚报|时报|商报|新闻网|报)\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$"
)
# A line ending like this is certainly cut mid-sentence.
_OPEN_END = tuple("，、,（(“‘《—")
# "问题：…" / "整改：…" field text cut before its last few words ("有差距。", "不到位。").
_FIELD_RE = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]")
_PREDICATE_TAIL_RE = re.compile(r"^[^，,；;：:、。]{1,8}。$")
_OPENERS, _CLOSERS = "“‘《（(【", "”’》）)】"


@dataclass
class Cleaned:
    lines: list[Line]
    published: list[tuple[int, date]] = field(default_factory=list)  # (line no, date) from 发布时间 chrome
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _traditional() -> tuple[frozenset[str], object]:
    import opencc

    converter = opencc.OpenCC("t2s")
    chars = set()
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    for row in table.read_text(encoding="utf-8").splitlines():
        key, _, values = row.partition("\t")
        if key and values and key not in values.split():
            chars.add(key)
    return frozenset(chars), converter


def to_simplified(text: str) -> str:
    """Traditional-script text -> simplified. A simplified text with a stray traditional character (a
    rare name such as 鎣) is left alone; OpenCC is also far too slow to run over megabytes needlessly."""
    chars, converter = _traditional()
    present = chars.intersection(text)
    found = sum(text.count(char) for char in present)
    if found < 3 or found < 0.01 * len(text):
        return text
    converted = (converter.convert(line) if not present.isdisjoint(line) else line for line in text.split("\n"))
    return "\n".join(converted).translate(_VARIANTS)


# Variant forms OpenCC's t2s table leaves as written (陜 is a variant of 陝 that web copies use for 陕西).
_VARIANTS = str.maketrans({"陜": "陕"})


_TRAILING_NUMBER_RE = re.compile(r"(?:\t+|\s{2,}|\s*[.…·]{2,}\s*|\s+)\d{1,4}\s*$")


# Pinyin a converter left after a character: 根據(jù) / 反饋（kuì）.
_PINYIN_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü\u00e0-\u01dc\u01f9]{1,7}[)）]")
# A date whose 年/月 were lost: 202356日, 2023年56日, 2023511日; a range end 至610日.
_RUN_DATE_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})年?(\d{2,4})(?=[日号])")
_RUN_END_RE = re.compile(r"(?<=[至到])(\d{3,4})(?=[日号])")
# a yearless day whose 月 was lost, where a day is told: "的安排,816日,委第巡察组…" / "于1115日上午"
_RUN_DAY_RE = re.compile(r"(?<=[，,。；;、]|于)(\d{3,4})(?=日(?:上午|下午|晚上|[，,、至到]))")
# "于86日反馈了巡察意见": two digits that are no day of a month (above 31) before 日, where a day is told: a month and
# a day whose 月 was lost (never a day that may be one: 于12日, 于31日)
_RUN_SHORT_DAY_RE = re.compile(
    r"(?<=[，,。；;、]|于)([1-9]\d)(?=日(?:上午|下午|晚上|[，,、至到起]|反馈|召开|对|向|进驻|开展|举行))"
)
_YEAR_LOST_RE = re.compile(r"(?<![\d.])((?:19|20)\d{2})(1[0-2]|0?[1-9])(?=月)")
# a range whose 至 was lost between two full days: "于2020年5月6日6月5日对…进行了…巡察"
_LOST_TO_RE = re.compile(r"(?<!\d)(\d{1,2})月(\d{1,2})日(?=(\d{1,2})月(\d{1,2})日)")
_DAY_LOST_RE = re.compile(r"((?:19|20)\d{2}年(\d{1,2})月(\d{1,2}))(?=[，,])")
# "2022年8月19日至2022年11月15市委第三巡察组对…": a range's end whose 日 was lost before the next word (never a
# count: 至12月15个工作日)
_END_DAY_LOST_RE = re.compile(
    r"(?<=日[至到])((?:(?:19|20)\d{2}年)?(\d{1,2})月(\d{1,2}))(?=[\u4e00-\u9fff])(?![日号个名件项条家人次万元余多天])"
)
# "根据自流井区委巡察工作统一部署2023731,区委第一巡察组向…反馈": a full date with its 年, 月 and 日 all lost, right after
# the arrangement a text follows and before the clause's comma (never a count: 共计2023731元)
# "2023814日至1031县委第三巡组对…": a range's end whose 月 and 日 were both lost, right after a full start day and
# before the next word (never a count or a year: 至1031个, 至2023年)
_END_ALL_LOST_RE = re.compile(r"(?<=日[至到])(\d{3,4})(?=[\u4e00-\u9fff])(?![日号个名件项条家人次万元余多天年月])")
_ALL_LOST_RE = re.compile(r"(?<=部署|安排|要求)((?:19|20)\d{2})(\d{2,4})(?=[，,])")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_day(digits: str) -> str | None:
    """'56' -> '5月6'; None unless exactly one split into a valid month and day exists."""
    readings = []
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if not day:
            continue
        m, d = int(month), int(day)
        if month[0] != "0" and 1 <= m <= 12 and len(day) <= 2 and 1 <= d <= _DAYS[m - 1] and day[0] != "0":
            readings.append(f"{m}月{d}")
    return readings[0] if len(readings) == 1 else None


def repair_dates(text: str) -> str:
    """Put back the 年/月 of dates whose characters were lost, where only one reading is possible."""
    if not re.search(r"\d{2}[日号]|\d月|\d{7}[，,]", text):
        return text

    def run(match: re.Match) -> str:
        md = _month_day(match[2])
        return f"{match[1]}年{md}" if md else match[0]

    def end(match: re.Match) -> str:
        return _month_day(match[1]) or match[0]

    text = _RUN_DATE_RE.sub(run, text)
    text = _RUN_END_RE.sub(end, text)
    text = _RUN_DAY_RE.sub(end, text)
    text = _RUN_SHORT_DAY_RE.sub(lambda m: (_month_day(m[1]) or m[0]) if int(m[1]) > 31 else m[0], text)
    # the second day after the first: a period whose 至 was lost (never two days in the wrong order)
    text = _LOST_TO_RE.sub(
        lambda m: m[0] + "至" if (int(m[3]), int(m[4])) > (int(m[1]), int(m[2])) else m[0], text
    )
    text = _YEAR_LOST_RE.sub(lambda m: f"{m[1]}年{int(m[2])}", text)
    def day(m: re.Match) -> str:
        return f"{m[1]}日" if 1 <= int(m[2]) <= 12 and 1 <= int(m[3]) <= _DAYS[int(m[2]) - 1] else m[0]

    text = _END_DAY_LOST_RE.sub(day, text)
    text = _END_ALL_LOST_RE.sub(lambda m: f"{md}日" if (md := _month_day(m[1])) else m[0], text)
    text = _ALL_LOST_RE.sub(lambda m: f"{m[1]}年{md}日" if (md := _month_day(m[2])) else m[0], text)
    # "20178月11,…正式进驻": the day's 日 lost too, before the clause's comma
    return _DAY_LOST_RE.sub(day, text)


# A half-width period ending a Chinese sentence ("开展了常规巡察.2023年6月8日,…"): a full stop, so sentences split
# there. Never a decimal point or date (a digit before it), a dotted leader (a dot after it) or a heading label (一.).
_HALF_STOP_RE = re.compile(r"(?<=[\u4e00-\u9fff”’）)])\.(?=[\u4e00-\u9fff\d“‘（(]|\s*$)")
_LABEL_DOT_RE = re.compile(r"^\s*[（(]?[一二三四五六七八九十百]+[）)]?$")


def _full_stops(text: str) -> str:
    if "." not in text:
        return text
    return _HALF_STOP_RE.sub(lambda m: "." if _LABEL_DOT_RE.match(text[: m.start()]) else "。", text)


# "摘要:根据鄂尔多斯市委关于巡察工作的统一部署,…。": a page's summary label before a paragraph of running text (a
# sentence of 20 characters or more) is chrome; the paragraph stays (never a short labelled field, 摘要:无)
_SUMMARY_LABEL_RE = re.compile(r"^(?:内容)?(?:摘要|导读|提要)\s*[:：]\s*(?=[^。；;]{20,}[。；;])")
# "大祥融媒讯:3月7日,六届区委第六轮巡察动员部署会议召开。": a news outlet's dateline (or a page's 发布时间: run into
# the first sentence by the copier) is chrome, no label of a field; the sentence after it is the text's own
_DATELINE_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}[讯訊]|[发發]布[时時]间|[发發]布日期)\s*[:：]\s*(?=[^。；;]{8,}[。；;])")


def normalize_line(text: str) -> str:
    text = _SUMMARY_LABEL_RE.sub("", _MARKER_RE.sub("", _INVISIBLE_RE.sub("", text)).strip())
    text = _full_stops(repair_dates(_DATELINE_RE.sub("", _PINYIN_RE.sub("", text))))
    # A TOC page number keeps its separator: "…的通报\t66" must not become "…的通报66".
    tail = _TRAILING_NUMBER_RE.search(text)
    if tail and tail.start() > 0:
        return _CJK_SPACE_RE.sub("", text[: tail.start()]).strip() + "\t" + tail[0].strip(" \t.…·")
    return _CJK_SPACE_RE.sub("", text)


def _unbalanced(text: str) -> bool:
    """An opening quote/bracket not yet closed: the sentence continues on the next line."""
    opened = sum(text.count(char) for char in _OPENERS)
    closed = sum(text.count(char) for char in _CLOSERS)
    # Chinese quotes are often written as the same straight mark; count them in pairs.
    return opened > closed or text.count('"') % 2 == 1


def _heading_like(text: str) -> bool:
    """A short line without sentence punctuation: an unlabelled heading such as 认真履行主体责任."""
    return len(text) <= 25 and not re.search(r"[。；;，,]", text)


def _short_clause(text: str) -> bool:
    """A line of at most 45 characters with no sentence punctuation and no open end: a heading, whatever its commas."""
    return len(text) <= 45 and not re.search(r"[。；;：:！？!?]", text) and not text.endswith(_OPEN_END)


_OPENING_RE = re.compile(r"^(?:根据|按照)[^。，,]{0,40}?(?:统一部署|部署|安排)")
_EFFORT_HEADING_RE = re.compile(r"^在[^，,]{2,30}上(?:下|狠下|下足)功夫")


# An unlabelled heading that names its problem or section: it ends the line even without punctuation.
_NAMED_HEADING_RE = re.compile(r"^(?:关于|着力解决|针对|在)[^。；;！？]{4,90}(?:问题|情况|方面)$")


def _continues(prev: str, nxt: str) -> bool:
    """Whether nxt is the rest of the sentence prev was cut from (page break or hard line wrap)."""
    if not prev or not nxt or prev.endswith(FINAL) and not _unbalanced(prev):
        return False
    if TOC_HEAD_RE.match(prev) or TOC_HEAD_RE.match(nxt) or strip_page_number(prev)[1]:
        return False
    if title_kind(prev) or title_kind(nxt) or re.match(r"^[(（]\s*\d{4}\s*年", nxt):
        return False
    if nxt[0] in "，。；、,;：:）)”’》":
        return True
    if _OPENING_RE.match(nxt) and "巡" in nxt[:200]:
        return False  # a report's opening paragraph under a page title that has no 关于…通报 form
    if is_labelled(nxt):
        return False
    if prev.endswith(_OPEN_END) or _unbalanced(prev):
        return True
    if len(nxt) <= 3 and not re.search(r"\d", nxt):  # 面 / 题: the tail of a wrapped heading
        return True
    if _FIELD_RE.match(prev) and _PREDICATE_TAIL_RE.match(nxt):  # 问题：…重要论述 / 有差距。
        return True
    if is_labelled(prev) or _heading_like(prev) or _heading_like(nxt) or _NAMED_HEADING_RE.match(prev):
        return False
    if _short_clause(prev) and (_short_clause(nxt) or _EFFORT_HEADING_RE.match(prev)):
        return False  # a heading over a heading (认真学习贯彻…要求 / 在…上下功夫，…), or 在…上下功夫 over its text
    return len(prev) >= 20


def _repeated_headers(texts: list[str]) -> set[str]:
    """Short lines repeated on every page (running headers), never titles, labels or field names."""
    counts = Counter(t for t in texts if 2 <= len(t) <= 40)
    found = set()
    for text, count in counts.items():
        if count < 4 or is_labelled(text) or title_kind(text) or re.search(r"[。，,：:；;]", text):
            continue
        found.add(text)
    return found


def clean(text: str, source: str = "") -> Cleaned:
    """Numbered, cleaned lines (numbers are 1-based lines of the text as given; blank lines dropped)."""
    text = to_simplified(_CONTROL_RE.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n")))
    raw = [normalize_line(line) for line in text.split("\n")]
    result = Cleaned(lines=[])
    headers = _repeated_headers(raw)
    kept: list[Line] = []
    for number, line in enumerate(raw, start=1):
        if not line:
            continue
        # "时间:2024/1/19 11:27:48    作者:党建办": a page's dated byline (a clock time or an author beside the date)
        byline = re.search(r"\d{1,2}:\d{2}|作者\s*[:：]", line)
        dated = _PUBLISHED_RE.search(line) and len(line) < 120 and ("发布" in line or byline or _DATE_LINE_RE.match(line))
        # "©原创   2017-05-17 10:05   唐成" / "2023年03月03日 09:12": an unlabelled byline, a full date with its clock
        # time on a short line with no sentence in it
        bare = None if dated or len(line) > 40 or re.search(r"[。，,；;]", line) else (
            _BARE_BYLINE_RE.search(line) or _PAPER_BYLINE_RE.match(line)
        )
        # "浏览次数: 发布时间: 2025-11-12 12:02 字体大小: 大 中 小 根据市委巡察工作的统一部署,…": the page's byline run on
        # into the body's first paragraph; the byline goes (its date kept), the paragraph stays
        run_on = _BYLINE_RUN_ON_RE.match(line)
        if run_on:
            published = _PUBLISHED_RE.search(run_on[0])
            when = parse_iso(published[1]) if published else None
            if when:
                result.published.append((number, when))
            line = line[run_on.end() :]
            kept.append(Line(number, line))
            continue
        if _CHROME_RE.search(line) or dated or bare:
            published = _PUBLISHED_RE.search(line)
            when = parse_iso(published[1]) if published else parse_iso(bare[0]) if bare else None
            if when:
                result.published.append((number, when))
            continue
        if _PAGE_RE.match(fold(line)) or line in headers:
            continue
        kept.append(Line(number, line))
    # Rejoin sentences cut by line wraps and page breaks (blank lines are already gone).
    for line in kept:
        if result.lines and _continues(result.lines[-1].text, line.text):
            last = result.lines[-1]
            result.lines[-1] = Line(last.no, last.text + line.text)
        else:
            result.lines.append(line)
    return result
