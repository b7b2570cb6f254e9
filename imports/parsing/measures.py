"""Measures under one problem: enumerated points (一是…二是…), prefixed paragraphs (整改情况：/整改措施：) or whole
paragraphs, each with status, deadline and responsible units; 整改成效 paragraphs are results, not measures."""

from __future__ import annotations

import calendar
import re
from datetime import date

from .model import Line, Measure
from .numerals import cn_to_int
from .status import infer_status

_CN = "一二三四五六七八九十"
# An enumerator starts the text or follows punctuation: "整改情况：一是…。二是…；三是…".
ENUMERATOR = re.compile(rf"(?:^|(?<=[。；;：:，,！？!?\s）)”]))(?P<label>[{_CN}]{{1,3}})是[，,：:]?")
MEASURE_PREFIX = re.compile(
    r"^(?:整改情况|整改措施|整改举措|整改进展|整改进度|进展情况|落实情况|主要措施|工作措施|具体措施|采取措施|措施|整改)"
    r"\s*[：:]\s*"
)
RESULT_PREFIX = re.compile(r"^(?:整改成效|工作成效|取得成效|成效|整改结果|整改效果)\s*[：:]\s*")
_META_FIELD = r"责任单位|牵头单位|配合单位|协同单位|责任部门|牵头部门|责任领导|牵头领导|责任人|完成时限|整改时限|完成时间|整改期限|时限"
META_LINE = re.compile(rf"^(?:{_META_FIELD})\s*[：:]")
_UNITS = re.compile(
    r"(?P<field>责任单位|牵头单位|配合单位|协同单位|责任部门|牵头部门)\s*[：:]?\s*(?P<value>[^。；;）)\n]+)"
)
_FIELD_SPLIT = re.compile(rf"\s*[，,]?\s*(?:{_META_FIELD})\s*[：:]")

_DATE = (
    r"(?P<year>\d{4}|[二〇一二三四五六七八九零]{4})?\s*年?\s*(?:(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    r"(?:(?P<day>\d{1,2})\s*日|(?P<mend>底|末|中旬|上旬|下旬))?|(?P<half>上半年|下半年)|(?P<quarter>[一二三四1-4])季度(?:末)?"
    r"|(?P<yend>底|末|内))"
)
_DEADLINE = re.compile(
    rf"(?:(?P<field>完成时限|整改时限|完成时间|整改期限|时限)\s*[：:]\s*{_DATE}"
    rf"|(?:力争|计划|预计|确保|将|拟|于|在)?\s*{_DATE.replace('?P<', '?P<b_')}\s*(?:前|以前|之前)(?:完成|整改到位|全部完成|办结)?)"
)
_DEADLINE_FIELD = re.compile(r"时限|完成时间|整改期限")
_YEAR = re.compile(r"(\d{4})\s*年")


# The document's closing: contact details and invitations to supervise end the last problem's measures.
CLOSING = re.compile(r"^(?:欢迎|如有意见|如对|联系电话|联系方式|举报电话|电子邮箱|邮政信箱|通信地址|来信地址|邮政编码)")
# A whole-report tally ("截至目前，巡视反馈的3个方面问题，已完成整改2个…") describes no single measure.
TALLY = re.compile(r"^(?:截至|截止)[^。]{0,12}(?:目前|底|\d)[^。]*反馈")


def enumerated(text: str, expect: int = 1) -> list[tuple[int, str]]:
    """Start offsets and labels of 一是/二是… in order; a 是 out of sequence is ordinary text."""
    found: list[tuple[int, str]] = []
    for m in ENUMERATOR.finditer(text):
        if cn_to_int(m.group("label")) == expect:
            found.append((m.start(), m.group("label") + "是"))
            expect += 1
    return found


def build_measures(paras: list[Line], default_year: int | None = None) -> tuple[list[str], list[Measure]]:
    """(text parts that are not measures, measures) from the paragraphs under one problem."""
    text_parts: list[str] = []
    measures: list[Measure] = []
    meta: list[str] = []
    expect = 1
    last_enumerated = False
    for para in paras:
        text = para.text.strip()
        if not text:
            continue
        if CLOSING.match(text):
            break
        if RESULT_PREFIX.match(text) or TALLY.match(text):  # results belong to the problem, not a new measure
            text_parts.append(text)
            continue
        if META_LINE.match(text):
            meta.append(text)
            continue
        prefixed = MEASURE_PREFIX.match(text)
        body = text[prefixed.end() :] if prefixed else text
        points = enumerated(body, expect)
        if points:
            lead = body[: points[0][0]].strip()
            if lead and (prefixed is None or lead.strip("：: ")):
                text_parts.append(lead)
            # "整改情况：已完成整改。一是…" states the state of every point that follows
            lead_status = infer_status(lead) if lead else (None, "")
            first_new = len(measures)
            bounds = [p[0] for p in points] + [len(body)]
            for (start, label), stop in zip(points, bounds[1:], strict=True):
                segment = body[start:stop].strip()
                segment = segment[len(label) :].lstrip("，,：: ")
                measures.append(Measure(label=label, text=segment, line=para.no))
            expect += len(points)
            last_enumerated = True
            if lead_status[0]:
                for measure in measures[first_new:]:
                    measure.status, measure.status_phrase = lead_status
        elif last_enumerated and measures and not prefixed:  # a paragraph continuing the last point
            measures[-1].text += text
        else:
            measures.append(Measure(label="", text=body, line=para.no))
            last_enumerated = False
    year = default_year
    for measure in measures:
        year = _year_in(measure.text, year)
        stated = measure.status, measure.status_phrase
        describe(measure, year)
        if measure.status is None and stated[0]:
            measure.status, measure.status_phrase = stated
    if meta:
        joined = "；".join(meta)
        units = responsible_units(joined)
        deadline, deadline_text = find_deadline(joined, year)
        for measure in measures:
            measure.responsible_units = measure.responsible_units or units
            if measure.deadline is None and deadline_text:
                measure.deadline, measure.deadline_text = deadline, deadline_text
        if not measures:
            text_parts.extend(meta)
    return text_parts, measures


def describe(measure: Measure, year: int | None) -> None:
    """Fill status, deadline and responsible units from the measure's own words."""
    measure.status, measure.status_phrase = infer_status(measure.text)
    measure.deadline, measure.deadline_text = find_deadline(measure.text, year)
    measure.responsible_units = responsible_units(measure.text)


def responsible_units(text: str) -> str:
    """Units named after 责任单位/牵头单位 (as written, several joined by "；")."""
    found: list[str] = []
    for m in _UNITS.finditer(text):
        value = _FIELD_SPLIT.split(m.group("value"), maxsplit=1)[0].strip(" ，,：:")
        if value and value not in found:
            found.append(value)
    return "；".join(found)


def find_deadline(text: str, year: int | None) -> tuple[date | None, str]:
    """A stated deadline (完成时限：2024年6月底 / 2024年6月底前 / 年底前) and its words; the year comes from the
    date itself, else from the nearest earlier year in the text, else from the caller."""
    if "前" not in text and not _DEADLINE_FIELD.search(text):  # cheap test: the full pattern is slow
        return None, ""
    for m in _DEADLINE.finditer(text):
        parts = {k.removeprefix("b_"): v for k, v in m.groupdict().items() if v and k != "field"}
        if not parts or set(parts) == {"year"}:
            continue
        if "yend" in parts and "年" not in m.group(0):
            continue  # 底前 without 年 is not a date
        context_year = _year_in(text[: m.start()], year)
        when = _to_date(parts, context_year)
        if when is not None:
            return when, m.group(0).strip()
    return None, ""


def _year_in(text: str, default: int | None) -> int | None:
    years = [int(y) for y in _YEAR.findall(text) if 1990 <= int(y) <= 2100]
    return years[-1] if years else default


def _number(value: str) -> int | None:
    return int(value) if value.isdigit() else cn_to_int(value)


def _to_date(parts: dict[str, str], context_year: int | None) -> date | None:
    year = _number(parts["year"]) if "year" in parts else context_year
    if year is None or not 1990 <= year <= 2100:
        return None
    if "month" in parts:
        month = _number(parts["month"])
        if month is None or not 1 <= month <= 12:
            return None
        last = calendar.monthrange(year, month)[1]
        if "day" in parts:
            day = int(parts["day"])
            return date(year, month, day) if 1 <= day <= last else None
        return date(year, month, {"上旬": 10, "中旬": 20}.get(parts.get("mend", ""), last))
    if "half" in parts:
        return date(year, 6, 30) if parts["half"] == "上半年" else date(year, 12, 31)
    if "quarter" in parts:
        quarter = _number(parts["quarter"]) or 4
        month = 3 * quarter
        return date(year, month, calendar.monthrange(year, month)[1])
    if "yend" in parts:
        return date(year, 12, 31)
    return None
