"""When the visit was: the sentence stating the on-site period, and the start, end and feedback days it and the
text tell."""

from __future__ import annotations

import re
from datetime import date

from .chinese import NUM, find_dates, find_range, fold, is_day_range, resolve_after
from .model import Inspection, Line
from .rounds import STUDIED_RE

# 对/向 + the unit; never the 对 of "一对一", never a quoted phrase, never a round (对第十一轮巡视进行动员部署).
STATED_UNIT_RE = re.compile(
    r"(?:(?<!一)对(?!照|标|于)|向)(?!一|第[^，。；,;]{1,4}轮)([^，。；,;“”\"]{2,40}?)(?:及其?(?:所|管)[辖属][^，。；,;]*?|（以下简称[^）]*）|\(以下简称[^)]*\))?"
    r"(?:进行了|开展了|开展|进行|实施了|实施|展开了|展开|反馈)"
)


def sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[。；;！？!?])", text) if part.strip()]


# A sentence whose period is the feedback itself ("4月7日到4月11日，…分别向…进行了巡察反馈"), not the visit.
# ("…分别向A、B…等12个单位党组织反馈优化营商环境专项巡察情况": the feedback of a visit named by its subject)
_FEEDBACK_PERIOD_RE = re.compile(
    r"巡[视察]反馈|反馈(?:了)?(?:巡[视察])?(?:情况|意见)|反馈会|反馈[^。；;，,]{0,16}?巡[视察](?:情况|意见)"
)
_VISIT_RE = re.compile(r"开展|进驻|进行了?[^。；]{0,12}巡[视察](?!反馈)|实施")


# (and "设置举报信箱和举报电话,电话从6月12日至6月27日正常上班时间保持畅通": the days a phone line or a letter box is open)
# "这次煤矿安全生产专项巡察时间从9月9日至24日" / "巡察工作时间为…": the span named as the visit's own time
_VISIT_TIME_RE = re.compile(r"巡[视察](?:工作)?(?:的)?时间(?:为|是|从|自|定于)?\s*(?:\d|[一二三四五六七八九十])")


_LETTERS_RE = re.compile(
    r"(?:受理|信访|来信|来电|举报)[^。，,]{0,8}(?:时间|期限|截止)"
    # (a day after it, never the number: "举报电话为0734-8888888")
    r"|(?:电话|信箱|邮箱)(?:开通时间|受理时间|时间)?(?:为|从|自|于)\s*(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
)


_OWN_REVISIT_RE = re.compile(
    r"巡[视察]第?[一二三四五六七八九十\d]*组(?<!一)对[^。；;，,]{2,40}?(?:开展|进行)(?:了)?[^。；;，,]{0,6}巡[视察]“?回头看"
)


_TIME_HEADING_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])?\s*巡[视察](?:工作)?时间\s*[:：]?\s*$")


_SURVEY_RE = re.compile(r"(?:开展|进行)(?:了)?(?:“[^”]{1,20}”)?[^。；;，,]{0,12}?(?:调研|督查|检查|督导|评估)(?![^。；;]{0,6}巡)|调研组")
_INSPECTION_VISIT_RE = re.compile(r"巡[视察][一二三四五六七八九十\d]*组|(?:开展|进行)(?:了)?[^。；;，,]{0,10}?巡[视察](?!整改)")


def visit_statement(lines: list[Line], title: str = "") -> tuple[str, int]:
    """The sentence stating the on-site period ('2023年9月21日至11月30日，省委第三巡视组对…'), and its line.
    A 回头看 sentence is the visit only when the title says the visit is a 回头看."""
    skip = r"审核|督导" if "回头看" in title else r"审核|督导|回头看"
    revisit: tuple[str, int] | None = None
    heading = ""
    for line in lines[:15]:
        # "一、巡察时间" over "2025年3月24日至5月30日。": a notice's heading names the period on the line under it
        told, heading = heading, line.text
        if _TIME_HEADING_RE.match(told) and find_range(line.text) and not _LETTERS_RE.search(line.text):
            return sentences(line.text)[0], line.no
        for sentence in sentences(line.text):
            # "…对A、B等4家学校组织了常规巡察，对C、D等5家单位开展了巡察“回头看”": a round's regular visits beside its
            # look-backs give the round's period
            skipped = re.search(skip, sentence) and not (
                not re.search(r"审核|督导", sentence) and re.search(r"(?:常规|专项)巡[视察](?!“?回头看)", sentence)
            )
            if "巡" not in sentence or not find_range(sentence) or skipped:
                # "…，地委第二巡察组对X党组开展了常规巡察“回头看”": the group's own visit is a 回头看; it is the
                # visit when the text states no other
                if revisit is None and find_range(sentence) and _OWN_REVISIT_RE.search(sentence):
                    revisit = (sentence, line.no)
                continue
            # "巡察组受理信访时间自…起至…": the window for letters, not the visit; told in its own clause
            # ("巡察期间设立专门值班电话，受理时间为2023年4月10日至6月10日") it is the window even beside 巡察期间
            ranged = next((c for c in re.split(r"[，,]", sentence) if find_range(c)), sentence)
            if _LETTERS_RE.search(ranged) or (_LETTERS_RE.search(sentence) and not re.search(r"巡[视察]期间", sentence)):
                continue
            if _FEEDBACK_PERIOD_RE.search(sentence) and not _VISIT_RE.search(sentence):
                continue
            # "2025年11月3日至8日，校党委书记带领调研组，对…开展…专项调研": a survey's days, though it serves 巡视整改
            if _SURVEY_RE.search(sentence) and not _INSPECTION_VISIT_RE.search(sentence):
                continue
            # "2023年2月6日-7日，…分别赴X召开巡察动员会" / "2月6日至8日，…听取…汇报": a span of a few days told without
            # a visit's verb is a meeting's
            # (never a span named as the visit's own time: "这次…专项巡察时间从9月9日至24日")
            if is_day_range(sentence) and not _VISIT_RE.search(sentence) and not _VISIT_TIME_RE.search(sentence):
                continue
            return sentence, line.no
    if revisit:
        return revisit
    for line in lines[:15]:
        for sentence in sentences(line.text):
            if STATED_UNIT_RE.search(sentence) and "巡" in sentence and find_dates(sentence):
                if find_range(sentence) and _FEEDBACK_PERIOD_RE.search(sentence) and not _VISIT_RE.search(sentence):
                    continue  # "3月6日至3月24日，…向被巡察党组织反馈了巡察情况": the feedback's days, not the visit's
                return sentence, line.no
    return "", 0


def set_visit_dates(
    inspection: Inspection,
    lines: list[Line],
    statement: str,
    warnings: list[str],
    where: str,
    published: date | None = None,
) -> None:
    found = find_range(statement) if statement else None
    # "8月2日-3日,省纪委“清风扬帆网”陆续公布十三届江苏省委第二轮巡视进驻情况": the days something was published
    if found and re.match(r"[^。；;巡]{0,24}?(?:陆续)?(?:公布|发布|刊发)", fold(statement)[found[2] :]):
        found = None
    previous = None
    if found:
        first, second, end_pos = found
        inspection.start = first.resolve(None) or _in_published_year(first, published)
        if inspection.start is None and first.year is None:
            # "2021年4月19日，…进驻动员会召开。…巡察时间为4月19日至4月30日": the very day a dated sentence before it
            # states (the mobilisation, the entry) gives the period its year
            inspection.start = _same_day_before(first, lines, statement)
        inspection.end = resolve_after(second, inspection.start, last_day=True) if inspection.start else None
        if inspection.start is None and second.year:
            inspection.end = second.resolve(None, last_day=True)
        if _STAGGERED_ENTRY_RE.match(fold(statement), end_pos) or (
            # "5月21日至22日，市委第一至第四巡察组分别进驻A、B、C、D": several groups entering their units over a few
            # days (never a visit's weeks: "3月1日至4月30日，3个巡察组分别进驻…" is the visit)
            _GROUPS_ENTER_RE.match(fold(statement), end_pos)
            and inspection.start
            and inspection.end
            and ((inspection.end - inspection.start).days <= 3 or re.search(r"分别进驻[^。；;]*?动员会", fold(statement)))
        ):
            # ("2016年6月1日至8日，市委第一至第八巡视组分别进驻A、B…等26家单位，召开了巡视工作动员会": a week of entries)
            # "于9月4日至9月6日陆续进驻…": the days the groups entered over, not the visit; its end is not stated
            inspection.end = None
        inspection.date_precision["start"] = "day" if first.day else "part" if first.in_part else "month"
        inspection.date_precision["end"] = "day" if second.day else "part" if second.in_part else "month"
        if inspection.start and inspection.end and inspection.end < inspection.start:
            warnings.append(f"{where}：巡视（巡察）结束日期早于开始日期，按原文保留")
        previous = inspection.end or inspection.start
    text = " ".join(line.text for line in lines[:15])
    if not found:
        _entry_date(inspection, text, published)
    if not found and inspection.start is None:
        _entered_today(inspection, text)
    if not found and inspection.start is None and statement:
        _month_visit(inspection, statement)
    if inspection.end is None:
        _stated_end(inspection, text)
    if inspection.end is None and not found:
        _end_from_today(inspection, text, published)
    # Feedback: the first date in a sentence that says 反馈, after the period.
    start_at = text.find(statement) + (found[2] if found else 0) if statement and statement in text else 0
    # A news item may open with the feedback meeting and state the visit after it.
    # (only before the visit's own statement: a feedback sentence the copier left without its full stop runs on into
    # the visit's dates, "…分别向X反馈了巡察情况,…… 根据…部署,2024年7月4日至8月2日,…", which are no feedback's)
    told_at = text.find(statement) if start_at else 0
    before = [s for s in [*_cut(text[: max(told_at, 0)]), text[max(told_at, 0) : start_at]] if _FEEDS_BACK_RE.search(s)]
    after = _cut(text[start_at:])
    # a news item opening with the group's feedback to the unit (向X反馈) is dated by it before a later sentence
    # telling a feedback of another kind ("2023年6月5日，市委巡察工作领导小组专门召开了集中反馈会议")
    told = [s for s in after if re.search(r"向[^。；]{2,40}?反馈", s)]
    # "7月10日，…领导小组召开第三轮巡视集中反馈会议…。7月12日，院党组第三巡视组向X反馈了巡视情况": before the visit
    # too, the group's own feedback to the unit is dated before a leading group's meeting on the round
    before = sorted(before, key=lambda s: not (re.search(r"向[^。；]{2,40}?反馈", s) and find_dates(s)))
    for sentence in [*told, *before, *[s for s in after if s not in told]] if before else after:
        # "…听取了巡察组…的巡察反馈情况汇报": a meeting hearing a report, not the feedback
        # (judged by the clauses saying 反馈: "7月15日,…向X反馈巡察情况,并传达…听取…汇报时的讲话精神" is the feedback)
        if not any(
            "反馈" in clause and not re.search(r"审核|督导|整改情况报告|汇报", clause)
            for clause in re.split(r"[，,]", sentence)
        ) or re.search(r"审核|督导", sentence):
            continue
        # "2021年2月22日，院党委召开会议，认真学习省委巡视组对学校党委巡视情况反馈会的讲话精神": a feedback meeting only
        # studied is dated by the study's day, not the feedback's; nor is one named only in a document's title
        # (专题研究学校《关于巡察…的反馈意见》) or in someone's quoted words (“去年5月份，巡察组…提出了十多条反馈意见…”)
        if "反馈" not in _QUOTED_RE.sub("", STUDIED_RE.sub("", fold(sentence))):
            continue
        # "…于2021年4月13日召开党组专题会议，研究部署巡察反馈信访工作": a meeting deploying the work the feedback
        # gave is the unit's own, not the feedback
        if _DEPLOYS_FEEDBACK_WORK_RE.search(sentence) and not _GIVES_FEEDBACK_RE.search(sentence):
            continue
        # "学校党委于2020年11月下旬对学院开展了巡察工作,学院根据巡察反馈意见,…": a date in a clause telling the
        # visit is not the feedback's.
        clauses = re.split(r"[，,]", sentence)
        # "2020年8月公布了反馈情况": the month the feedback was published is not the day it was given
        stated = [d for clause in clauses if not (_VISIT_RE.search(clause) and "反馈" not in clause)
                  and not _PUBLISHED_WORDS_RE.search(clause) for d in _not_studied(clause)]
        if stated:
            # Without a dated visit, a yearless feedback date follows the last year-and-month the text stated
            # before it ("2022年11月中旬至2023年1月中旬…" then "3月6日…反馈"), as a reader dates it.
            dated_before = previous or inspection.start
            previous = dated_before or _last_month_before(text, text.find(sentence))
            inspection.feedback_date = resolve_after(stated[0], previous)
            if not dated_before and stated[0].year is None and _SINCE_FEEDBACK_RE.search(sentence):
                # "2017年12月1日，…召开巡视整改总结大会。…巡视组5月8日反馈意见以来，…": the time since the feedback runs
                # up to the dated day told before, so the feedback is on or before it (no visit dated to follow)
                inspection.feedback_date = (
                    _on_or_before(stated[0], text[: max(text.find(sentence), 0)]) or inspection.feedback_date
                )
            if inspection.feedback_date is None and not previous:
                # "时间:2024/1/19" over "1月17日，…反馈会议召开": the page's own date gives the year
                inspection.feedback_date = _in_published_year(stated[0], published)
            inspection.date_precision["feedback_date"] = "day" if stated[0].day else "month"
            break
    if found and inspection.start is None and found[0].year is None and inspection.feedback_date:
        # "2023年6月8日，…反馈会召开。…3月1日至4月30日，…开展了常规巡察": the visit came before its feedback
        fed = inspection.feedback_date
        first, second = found[0], found[1]
        inspection.start = first.resolve(fed.year if first.month <= fed.month else fed.year - 1)
        inspection.end = resolve_after(second, inspection.start, last_day=True) if inspection.start else None
        if inspection.end and inspection.end > fed:
            inspection.start = inspection.end = None  # not before the feedback after all: leave undated
    if inspection.feedback_date and inspection.date_precision.get("feedback_date") == "month":
        # "2021年9月反馈了巡视情况": one day told by its month names no day (settled convention 12); the 1st would be a guess
        warnings.append(f"{where}：反馈日期只写到月份（{inspection.feedback_date.year}年{inspection.feedback_date.month}月），没有具体日期，留空待补")
        inspection.feedback_date = None
    parts = [key for key, precision in inspection.date_precision.items() if precision == "part"]
    if parts and any(getattr(inspection, key) for key in parts):
        warnings.append(f"{where}：巡视（巡察）时间只写到上中下旬或月初月底，没有具体日期，起止日期留空待补")
    for key, precision in list(inspection.date_precision.items()):
        # a part of a month (2020年7月下旬) served to date the rest; as a day of its own it would be a guess
        if precision == "part":
            setattr(inspection, key, None)
        if getattr(inspection, key) is None:
            del inspection.date_precision[key]


_QUOTED_RE = re.compile(r"《[^《》]*》|“[^“”]{10,}(?:”|$)")
_SINCE_FEEDBACK_RE = re.compile(r"反馈(?:了)?(?:巡[视察])?(?:意见|情况)?(?:以来|后以来)")


def _on_or_before(stated, before_text: str) -> date | None:
    """A yearless day resolved to the year that puts it on or before the last full date stated in before_text."""
    days = [d.resolve(None) for d in find_dates(fold(before_text)) if d.year and d.day]
    days = [d for d in days if d]
    if not days:
        return None
    last = days[-1]
    on = stated.resolve(last.year)
    return on if on and on <= last else stated.resolve(last.year - 1)


_DEPLOYS_FEEDBACK_WORK_RE = re.compile(
    r"(?:研究|部署|推进|落实|安排)[^。；;，,]{0,6}?巡[视察]反馈[^。；;，,反]{0,8}?(?:工作|任务)"
)
_GIVES_FEEDBACK_RE = re.compile(r"向[^。；;]{2,40}?反馈|反馈会|反馈了")


def _cut(text: str) -> list[str]:
    """Sentences, and a copier's cut …… before a new date ends one too ("1月15日，…召开集中反馈会议，……1月18日，…向X反馈")."""
    return [part for sentence in sentences(text) for part in re.split(_CUT_BEFORE_DATE_RE, sentence) if part.strip()]


_CUT_BEFORE_DATE_RE = re.compile(r"(?<=……)(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日)")
# "2024年5月，市委巡察三组对市委统战部开展了巡察": a visit told by its month alone
_MONTH_VISIT_RE = re.compile(
    r"^[^。；;]{0,20}?(\d{4})\s*年\s*(\d{1,2})\s*月[，,\s]*[^。；;，,]{0,16}?巡[视察][一二三四五六七八九十\d]*组(?<!一)对"
    r"[^。；;，,]{2,60}?(?:开展|进行)了?[^。；;，,]{0,6}巡[视察](?!反馈|整改|“?回头看)"
)


def _month_visit(inspection: Inspection, statement: str) -> None:
    """A visit told by its month alone reads as the month's first and last days (month precision)."""
    match = _MONTH_VISIT_RE.search(fold(statement))
    if not match or len(find_dates(statement)) != 1 or re.search(r"[起至到]|开始|以来|前|底|初|旬", statement[: match.end()]):
        return
    year, month = int(match[1]), int(match[2])
    if 1 <= month <= 12:
        first = find_dates(statement)[0]
        inspection.start = first.resolve(year)
        inspection.end = first.resolve(year, last_day=True)
        inspection.date_precision["start"] = inspection.date_precision["end"] = "month"


_STAGGERED_ENTRY_RE = re.compile(r"[^。，,；;]{0,4}?(?:陆续|先后|分批)(?:完成)?进驻")
_GROUPS_ENTER_RE = re.compile(
    r"[，,\s]*[^。，,；;]{0,16}?巡[视察](?:[一二三四五六七八九十\d]+)?组分别(?:完成)?(?:进驻|(?<!一)对(?=[^。；;]{2,80}?(?:开展|进行)))"
)
# (never a principle named 公开, 按照党务公开原则: a copy that lost its comma runs it into the feedback's clause,
# "于8月6日反馈了巡察意见按照党务公开原则和…要求")
_PUBLISHED_WORDS_RE = re.compile(r"公布|(?<!党务)(?<!政务)(?<!信息)公开(?!原则)|发布|刊发")
# a unit's own study session or meeting of its members told with its day (于2023年10月10日组织…专题集中学习)
_OWN_STUDY_RE = re.compile(
    r"(?:组织|开展|举办|召开|参加)[^，,。；;]{0,40}?(?:学习|研讨|培训|读书班|民主生活会|组织生活会|警示教育)"
)


def _not_studied(clause: str) -> list:
    """The dates of a clause, but for the day of the unit's own study session or meeting ("二、巡察反馈问题的整改情况
    … 整改情况：一是于2023年10月10日组织…专题集中学习": a heading's 反馈 above it makes it no feedback's day)."""
    if not _OWN_STUDY_RE.search(clause):
        return find_dates(clause)
    pieces = re.split(r"[:：]|\s+", clause)
    return [d for piece in pieces if not (_OWN_STUDY_RE.search(piece) and "反馈" not in piece) for d in find_dates(piece)]


def _same_day_before(first, lines: list[Line], statement: str) -> date | None:
    text = " ".join(line.text for line in lines[:15])
    at = text.find(statement)
    years = {d.year for d in find_dates(text[: max(at, 0)]) if d.year and (d.month, d.day) == (first.month, first.day)}
    return first.resolve(years.pop()) if first.day and len(years) == 1 else None


def _in_plan_year(stated, before: str) -> date | None:
    """"根据川投集团党委2024年度巡察工作部署,4月22日起,…进驻": the one year of the plan told before a yearless start day
    gives it its year."""
    years = {int(m[1]) for m in re.finditer(r"(\d{4})\s*年度?(?!\s*\d{1,2}\s*月)", fold(before))}
    return stated.resolve(years.pop()) if len(years) == 1 and stated.day else None


def _in_published_year(stated, published: date | None) -> date | None:
    """A yearless day in a text dated only by its signature or page ("从6月9日至8月23日" … "2022年6月9日"): the
    publication's year when the day is not after the publication's month, else none (a notice published before
    the visit, or a visit of the year before, cannot be told apart)."""
    if stated.year is not None or published is None or stated.month > published.month:
        return None
    return stated.resolve(published.year)


# "2025年1月15日结束现场巡察" / "将于2021年5月21日17:00前撤离": the last day on site, stated on its own.
_ENDS_RE = re.compile(r"结束(?:现场|驻点)?巡[视察]|(?:现场|驻点)巡[视察][^。，,；;]{0,16}?结束|撤离")


def _stated_end(inspection: Inspection, text: str) -> None:
    for sentence in sentences(text):
        if not _ENDS_RE.search(sentence) or "反馈" in sentence:
            continue
        dated = [d for d in find_dates(sentence) if d.year and d.day] or [d for d in find_dates(sentence) if d.day]
        if len(dated) == 1:
            # "6月11日结束现场巡察" without its year follows the start it ends
            end = resolve_after(dated[0], inspection.start) if inspection.start else dated[0].resolve(None)
            if end and (inspection.start is None or end >= inspection.start):
                inspection.end = end
                inspection.date_precision["end"] = "day"
        return


# "自即日起至11月30日，学校党委巡察组对外国语学院党委开展巡察": a notice's visit runs from its own day to the day named
_FROM_TODAY_UNTIL_RE = re.compile(r"(?:自|从)即日起[，,]?\s*(?:至|到)\s*((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)[^。；;]{0,40}?巡[视察]")


def _end_from_today(inspection: Inspection, text: str, published: date | None) -> None:
    match = _FROM_TODAY_UNTIL_RE.search(fold(text))
    stated = find_dates(match[1]) if match else []
    end = (stated[0].resolve(None) or resolve_after(stated[0], published, last_day=True)) if stated and published else None
    if end and end >= published:
        inspection.end = end
        inspection.date_precision["end"] = "day"


# "…从今天起正式进驻市应急管理局": the group enters on the day of the dated meeting where this is said
_ENTERS_TODAY_RE = re.compile(r"巡[视察][一二三四五六七八九十\d]*组[^。；;]{0,6}?(?:从|自)?今天(?:起|开始)[^。；;，,]{0,4}进驻")


def _entered_today(inspection: Inspection, text: str) -> None:
    match = _ENTERS_TODAY_RE.search(fold(text))
    if not match:
        return
    dated = [d for d in find_dates(fold(text)[: match.start()]) if d.year and d.day]
    if dated:
        inspection.start = dated[-1].resolve(None)
        inspection.date_precision["start"] = "day"


_MEETING_NAMED_ENTRY_RE = re.compile(r"召开(?:了)?[^。，,；;]{0,40}?进驻[^。，,；;]{0,40}?动员(?:部署)?(?:工作)?(?:大会|会议|会)")
_CONVEYED_MEETING_RE = re.compile(r"传达(?:学习)?(?:了)?[“\"][^”\"]{0,80}?(?:会议?|讲话)[”\"]")
_GROUP_FROM_MONTH_RE = re.compile(r"巡[视察][一二三四五六七八九十\d]*组于([^，,。；;]{5,14}?)(?:开始|起)[，,]?\s*(?:对|进驻)")


def _entry_date(inspection: Inspection, text: str, published: date | None = None) -> None:
    """No period stated: "2018年9月19日，…巡察组正式进驻杉桥镇" dates the visit's first day (only a date with its year
    and day, in the sentence of a group entering; a yearless day takes the publication's year as in
    _in_published_year)."""
    # (a supervision tour's 督导巡视 is no visit: "自3月6日开始，八个督导巡视组陆续前往…进行督导巡视检查")
    for sentence in sentences(re.sub(r"督导巡[视察]", "督导", text)):
        # "县委第二巡察组于2023年4月起对县国资中心开展为期2个月的巡察": a stated month (or day) of a year the group began
        month = _GROUP_FROM_MONTH_RE.search(sentence)
        if month and "反馈" not in sentence:
            stated = [d for d in find_dates(month[1]) if d.year]
            if len(stated) == 1:
                inspection.start = stated[0].resolve(None)
                inspection.date_precision["start"] = "day" if stated[0].day else "month"
                return
        # "院党组第一巡察组召开进驻橡胶所巡察工作动员会": 进驻 inside the name of the meeting the group holds is the
        # meeting's, which dates no start (a meeting is no entry); "进驻X并召开…动员会" still tells the entry
        # ("召开…会议,传达“国资委第四巡视组进驻中国轻工集团公司开展巡视工作动员会”的主要精神": a meeting conveying
        # another's, whose name holds the entry, dates no entry either)
        named_only = _CONVEYED_MEETING_RE.sub("传达", _MEETING_NAMED_ENTRY_RE.sub("召开会议", sentence))
        entering = re.search(r"巡[视察][一二三四五六七八九十\d]*组[^。]{0,12}[进入]驻", named_only)
        # "从2018年8月30日开始，…巡察组对…进行了巡察": the first day of a visit whose end is not stated
        starting = re.search(r"(?:从|自)[^，,。]{0,12}?日(?:开始|起)[^。]{0,200}?巡[视察]", sentence)
        # "2023年4月10日起，市委第二巡察组对市民政局党组开展…巡察" (never the days letters are received)
        starting = starting or re.search(
            r"日起[，,]?[^。信访举报受理]{0,30}?巡[视察][^。]{0,4}组[^。]{0,60}?(?:对|进驻)", sentence
        )
        # "2023年6月15日，县委第三巡察组开始对雪枫街道…开展为期两个月的常规巡察": the day the group began
        starting = starting or re.search(r"日[，,]\s*[^。，,]{0,20}?巡[视察][^。，,]{0,4}组(?:正式)?开始(?:对|进驻)", sentence)
        # "2024年3月17日，市委选派7个巡察组，对…开展常规巡察": the day the groups were sent to their units
        starting = starting or re.search(
            rf"日[，,]\s*[^。，,]{{0,10}}?(?:选派|派出)\s*{NUM}?\s*个?巡[视察]组[^。]{{0,10}}?[，,]?\s*(?:分别)?(?:对|进驻)", sentence
        )
        if not (entering or starting) or "反馈" in sentence:
            continue
        # "自2024年9月20日起，进驻…，……受理信访时间为2024年9月20日至12月5日": the day the start phrase names
        since = re.search(r"(?:从|自)[^，,。]{0,12}?日(?:开始|起)", sentence)
        # "3月18日起，最高人民检察院党组第二巡视组对…开展…巡视": the day right before 起
        since = since or starting and re.search(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?=起)", sentence)
        # (never a news agency's dateline: "浙江在线杭州11月20日讯……近日，省委第二巡视组进驻…")
        undated = _DATELINE_DAY_RE.sub("", sentence)
        days = [d for d in find_dates(since[0] if since and starting else undated) if d.day]
        dated = [d for d in days if d.year]
        if len(dated) == 1:
            inspection.start = dated[0].resolve(None)
        # (nor "6月29日，中纪委发布消息，第十轮巡视8个巡视组已分别进驻": the day the news of entries was published)
        elif len(days) == 1 and (starting or not re.search(r"截[至止]|完成|发布(?:了)?消息|获悉", sentence)):
            # "发布时间:2019-09-26" over "9月19日，…巡察组进驻…": the page's own date gives the entry day its year
            # (never "截至3月4日，…巡视组已全部完成进驻": the day all had entered by)
            inspection.start = _in_published_year(days[0], published) or _in_plan_year(
                days[0], sentence[: sentence.find(since[0])] if since and starting else ""
            )
        if inspection.start:
            inspection.date_precision["start"] = "day"
        if not days and entering:
            continue  # "近日，区委第二巡察组进驻…": undated; a later sentence may date the entry ("自2024年9月20日起，进驻…")
        return


_DATELINE_DAY_RE = re.compile(r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|讯)")


_YEAR_MONTH_RE = re.compile(r"(20\d\d)\s*年\s*(\d{1,2})\s*月")


def _last_month_before(text: str, end: int) -> date | None:
    stated = [(int(m[1]), int(m[2])) for m in _YEAR_MONTH_RE.finditer(fold(text[: max(end, 0)]))]
    stated = [(y, m) for y, m in stated if 1 <= m <= 12]
    return date(*max(stated), 1) if stated else None


# "…巡视组向中山大学党委反馈专项巡视情况" / "校党委向本科生院反馈…": a sentence that is the feedback itself.
# (a group going to the unit to feed back, "市委巡察三组到市委统战部反馈巡察情况", feeds back as with 向; never a check
# of the feedback's problems, "到城投公司督查回访巡察反馈问题整改")
_FEEDS_BACK_RE = re.compile(
    r"向[^。；]{2,120}?反馈|巡[视察][^。；]{2,40}?反馈会|组到[^。；，,]{2,40}?反馈(?:了)?巡[视察](?:情况|意见)"
)
