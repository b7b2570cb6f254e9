"""Chinese-language helpers: width folding, numerals and dates as these documents write them."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

import cn2an

# Full-width ASCII forms (！..～) and the ideographic space map one-to-one onto ASCII, so regex
# positions found in folded text are valid in the original text too.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20
_FOLD.update({ord("—"): ord("-"), ord("–"): ord("-"), ord("－"): ord("-"), ord("．"): ord(".")})


_FOLDABLE = re.compile("[\uff01-\uff5e\u3000—–－．]")


@lru_cache(maxsize=1 << 14)
def fold(text: str) -> str:
    """Half-width view of text with the same length, for matching only; 入驻 reads as 进驻 (the same entry)."""
    text = text.translate(_FOLD) if _FOLDABLE.search(text) else text
    return text.replace("入驻", "进驻") if "入驻" in text else text


CN_DIGITS = "〇零一二两三四五六七八九十百"
NUM = rf"[\d{CN_DIGITS}]+"  # a number as written: 13, 十三, 二〇二三
_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_DIGIT.update({"零": 0, "两": 2, "O": 0, "o": 0, "○": 0})


@lru_cache(maxsize=512)
def to_int(text: str) -> int | None:
    """'13' / '十三' / '二〇二三' -> int; None when it is not a number (never raises)."""
    text = fold(text).strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if len(text) == 4 and all(c in _DIGIT for c in text):  # year written digit by digit
        return int("".join(str(_DIGIT[c]) for c in text))
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    return int(value) if value == int(value) else None


_Y = r"(?:(\d{4}|[〇零一二三四五六七八九○Oo]{4})\s*年\s*)"
_M = r"(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月"
# "1月4至5日": the first day of a day range written with one 日 is a day too.
_D = (
    r"(?:\s*(\d{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])\s*"
    r"(?:[日号]|(?=(?:至|到|-)\s*\d{1,2}\s*[日号])))"
)
DATE = rf"{_Y}?{_M}{_D}?"
DATE_RE = re.compile(DATE)
# 2023年9月21日至11月30日 / 2022年3月至6月 / 2022年2月17日—4月15日 / 2023.9.21-11.30 is not used here
# "2022年11月下旬至2023年1月上旬" / "3月初至4月底" / "自3月1日起至4月30日": a part of a month (month precision) or
# 起 may stand before the separator.
_PART = r"(?:上旬|中旬|下旬|初|底|末|中)?\s*(?:起)?"
# "时间自2023年7月7日开始，2023年8月22日结束": a start and an end told in two clauses
RANGE_RE = re.compile(
    rf"{DATE}{_PART}\s*(?:至|到|--?|~|～|－|—{{1,2}}|开始\s*[，,]\s*(?:至|到)?(?=[^，,。；;]{{3,14}}?日\s*(?:结束|止)))\s*{DATE}"
)
# "2024年4月8日至28日": a range ending on a later day of the same month, written with its day alone (both days with
# their 日: "1月4至5日" is a span of days, read as before)
_DAY_RANGE_RE = re.compile(
    rf"{DATE}(?<=[日号])\s*(?:至|到|--?|~|～|－|—{{1,2}})\s*(\d{{1,2}}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])\s*[日号]"
)
# "2020年8至11月": a span of months of one year written with one 月 (its first month bare), month precision
_MONTH_SPAN_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*(?:至|到|-|—{1,2}|~|～)\s*(\d{1,2})\s*月(?!\s*\d|份?\s*\d)")
ISO_RE = re.compile(r"(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})")


@dataclass(frozen=True)
class Stated:
    """A date as written: year may be missing, day may be missing (month precision)."""

    year: int | None
    month: int
    day: int | None
    pos: int = 0
    # told by a part of its month (上旬, 下旬, 初, 底…): no day can be read from it, not even the month's first or last
    in_part: bool = False

    def resolve(self, year: int | None, *, last_day: bool = False) -> date | None:
        """A real date; month precision -> first day (or last day for the end of a range)."""
        year = self.year or year
        if year is None or not 1 <= self.month <= 12 or not 1900 <= year <= 2100:
            return None
        days = calendar.monthrange(year, self.month)[1]
        day = self.day if self.day is not None else (days if last_day else 1)
        if not 1 <= day <= days:
            return None
        return date(year, self.month, day)


def _stated(groups: tuple, pos: int) -> Stated | None:
    year_text, month_text, day_text = groups
    month = to_int(month_text)
    if month is None:
        return None
    year = to_int(year_text) if year_text else None
    day = to_int(day_text) if day_text else None
    return Stated(year, month, day, pos)


def find_dates(text: str) -> list[Stated]:
    found = []
    for match in DATE_RE.finditer(fold(text)):
        stated = _stated(match.groups(), match.start())
        if stated:
            found.append(stated)
    return found


def find_range(text: str) -> tuple[Stated, Stated, int] | None:
    """The first 'from … to …' period in text and where it ends."""
    match = RANGE_RE.search(fold(text))
    days = _DAY_RANGE_RE.search(fold(text))
    if days and (not match or days.start() < match.start()):
        first = _stated(days.groups()[:3], days.start())
        last = to_int(days[4])
        if first and first.day and last and last > first.day:
            return first, Stated(first.year, first.month, last, days.start(4)), days.end()
    months = _MONTH_SPAN_RE.search(fold(text))
    if months and (not match or months.start() < match.start()) and 1 <= int(months[2]) < int(months[3]) <= 12:
        year = int(months[1])
        return Stated(year, int(months[2]), None, months.start()), Stated(year, int(months[3]), None, months.start(3)), months.end()
    if not match:
        return None
    first = _stated(match.groups()[:3], match.start())
    second = _stated(match.groups()[3:], match.start(4))
    if not first or not second:
        return None
    folded = fold(text)
    first_end = DATE_RE.match(folded, match.start()).end()
    return _with_part(first, folded, first_end), _with_part(second, folded, match.end()), match.end()


_MONTH_PART_RE = re.compile(r"\s*(?:上旬|中旬|下旬|初|底|末|中)")


def _with_part(stated: Stated, text: str, end: int) -> Stated:
    if stated.day is None and _MONTH_PART_RE.match(text, end):
        return replace(stated, in_part=True)
    return stated


def is_day_range(text: str) -> bool:
    """True when the first period in text ends on a day written alone (2024年4月8日至28日)."""
    found = find_range(text)
    return bool(found) and found[1].pos > 0 and not DATE_RE.match(fold(text), found[1].pos)


def resolve_after(stated: Stated, previous: date | None, *, last_day: bool = False) -> date | None:
    """A date written without its year takes the year of the previous date, or the next year when
    the month would otherwise fall before it (11月30日 … 1月7日 -> January of the following year)."""
    if stated.year is not None or previous is None:
        return stated.resolve(None, last_day=last_day)
    year = previous.year
    if stated.month < previous.month:
        year += 1
    return stated.resolve(year, last_day=last_day)


def parse_iso(text: str) -> date | None:
    """2022-08-16 / 2022年8月16日 anywhere in text (or a byline's 16.08.2017); None when garbled."""
    dotted = re.match(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s", text)
    if dotted:
        try:
            return date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
        except ValueError:
            return None
    match = ISO_RE.search(fold(text))
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    for stated in find_dates(text):
        if stated.year:
            return stated.resolve(None)
    return None
