"""Draft of a rectification progress report (中共…关于…整改进展情况的通报) for one inspection, as a .docx.

Every number comes from the ledger (ledger.tallies: problems are the items one level below the aspects), never
from the figures a published report stated. Parts the ledger cannot know (how the work was organised, next
steps, contact details) are placeholders for the unit to fill in.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import IO

import cn2an
from django.db.models import Q
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ledger.choices import SETTLED_STATUSES, InspectionKind, Status
from ledger.formatting import chinese_date, chinese_period, round_prefix, round_title
from ledger.models import FeedbackItem, Inspection, Measure
from ledger.reconciliation import number
from ledger.selectors import today
from ledger.tallies import Tally, inspection_tallies, levels
from ledger.text import clean_text

BLANK_DATE = "××××年××月××日"
BLANK_LINE = "＿＿＿＿＿＿＿＿＿＿＿＿"
PARTY_PREFIXES = ("中共", "中国共产党", "共青团")
# How a measure's status reads after it, in the reports' own words ("…，目前正在推进，计划2024年6月底前完成。").
STATUS_WORDS = {
    Status.DONE: "已完成",
    Status.BASICALLY_DONE: "基本完成",
    Status.IN_PROGRESS: "目前正在推进",
    Status.NOT_STARTED: "尚未启动",
    Status.LONG_TERM: "需长期坚持",
}
# A status (or deadline) the measure's own text already ends with; stripped so the sentence states it once.
_STATUS_TAIL = re.compile(
    r"[，,；;]\s*(?:目前|现已|现|均|已经|并)?\s*"
    r"(?:已全部完成|全部完成|已基本完成|基本完成|已完成|完成|已整改到位|整改到位|已整改完毕|已办结|"
    r"正在推进|正在进行|正在整改|正在落实|持续推进|稳步推进|推进|长期坚持|需长期坚持|尚未启动|未启动)"
    r"(?:整改)?(?:中)?$"
)
_DEADLINE_TAIL = re.compile(
    r"[，,；;]\s*(?:计划|力争|预计|确保|将|拟|于)?\s*(?:\d{4}年)?\d{1,2}月(?:底|末|\d{1,2}日)?\s*(?:前|以前|之前)"
    r"(?:完成|整改到位|全部完成|办结)?$"
)
_TRAILING = "。；;，,、.：: \u3000"


# --- What the report says -----------------------------------------------------------------------------------


@dataclass
class MeasureLine:
    text: str
    status: str
    deadline: date | None
    overdue: bool


@dataclass
class Block:
    """A problem or sub-problem (or an aspect holding measures itself) with its own measures and sub-items."""

    title: str
    measures: list[MeasureLine] = field(default_factory=list)
    children: list[Block] = field(default_factory=list)


@dataclass
class Aspect:
    title: str | None  # None when the feedback lists its problems without aspects
    own: Block | None = None  # measures the aspect holds itself (its problems were not itemised)
    problems: list[Block] = field(default_factory=list)


@dataclass
class RepeatFact:
    """A problem of this inspection that an earlier inspection of the unit already raised (屡巡屡犯)."""

    title: str
    earlier_round: str  # 十二届示范省委第三轮巡视
    earlier_measures: int
    earlier_closed: int


@dataclass
class ProgressContext:
    inspection: Inspection
    on: date
    author: str  # 中共示范市东城区委
    level: str  # 巡视 / 巡察
    title: str
    opening: str
    aspects: list[Aspect]
    tally: Tally
    repeats: list[RepeatFact] = field(default_factory=list)


def author_name(full_name: str) -> str:
    """The unit as it signs: 中共 in front, unless its name already starts with it (or is 共青团…)."""
    return full_name if full_name.startswith(PARTY_PREFIXES) else f"中共{full_name}"


def round_phrase(inspection: Inspection) -> str:
    """十三届辽宁省委第四轮巡视 / 十三届辽宁省委第四轮营商环境专项巡视."""
    special = f"{inspection.topic}专项" if inspection.kind == InspectionKind.SPECIAL else ""
    return f"{round_prefix(inspection.round)}{special}{inspection.round.get_level_display()}"


def opening_paragraph(inspection: Inspection, author: str) -> str:
    r, level = inspection.round, inspection.round.get_level_display()
    if inspection.onsite_start and inspection.onsite_end:
        period = chinese_period(inspection.onsite_start, inspection.onsite_end)
    elif inspection.onsite_start:
        period = f"{chinese_date(inspection.onsite_start)}起"
    else:
        period = f"{BLANK_DATE}至××月××日"
    group = inspection.group or f"××{level}组"
    kind = f"{inspection.topic}专项" if inspection.kind == InspectionKind.SPECIAL else "常规"
    feedback = chinese_date(inspection.feedback_date) if inspection.feedback_date else BLANK_DATE
    return (
        f"根据{r.inspecting_body}统一部署，{period}，{group}对{author}进行了{kind}{level}。"
        f"{feedback}，{group}向{author}反馈了{level}意见。"
        f"按照{level}工作有关要求，现将{level}整改进展情况予以公布。"
    )


def progress_context(inspection: Inspection, on: date | None = None) -> ProgressContext:
    """Everything the draft says about this inspection, read from the ledger. Seven queries."""
    on = on or today()
    inspection = Inspection.objects.select_related("unit", "round").get(pk=inspection.pk)
    items = {i.pk: i for i in FeedbackItem.objects.filter(inspection=inspection).order_by("position", "id")}
    measures: dict[int, list[MeasureLine]] = defaultdict(list)
    for m in Measure.objects.filter(item__inspection=inspection).order_by("position", "id"):
        overdue = bool(m.deadline and m.deadline < on and m.status not in SETTLED_STATUSES)
        measures[m.item_id].append(MeasureLine(m.text, m.status, m.deadline, overdue))
    lv = levels(((i.pk, i.parent_id) for i in items.values()), holding_measures=set(measures))

    def block(pk: int) -> Block:
        return Block(items[pk].title, measures.get(pk, []), [block(c) for c in lv.children.get(pk, [])])

    top = lv.children.get(None, [])
    if not lv.aspects:
        aspects = [Aspect(None, problems=[block(pk) for pk in top])] if top else []
    else:
        aspects = []
        for pk in top:
            if pk in lv.aspects:
                own = Block(items[pk].title, measures[pk]) if measures.get(pk) else None
                aspects.append(Aspect(items[pk].title, own, [block(c) for c in lv.children[pk]]))
            elif pk in lv.problems:  # an aspect whose problems were not itemised
                aspects.append(Aspect(items[pk].title, own=Block(items[pk].title, measures[pk])))
    author = author_name(inspection.unit.full_name)
    return ProgressContext(
        inspection=inspection,
        on=on,
        author=author,
        level=inspection.round.get_level_display(),
        title=f"{author}关于{round_phrase(inspection)}整改进展情况的通报",
        opening=opening_paragraph(inspection, author),
        aspects=aspects,
        tally=inspection_tallies([inspection.pk], on)[inspection.pk],
        repeats=repeat_facts(inspection),
    )


def repeat_facts(inspection: Inspection) -> list[RepeatFact]:
    """This inspection's repeat problems (FeedbackItem.repeat_of) with the earlier item's measures: how many, how
    many were closed out. Two queries."""
    items = list(
        FeedbackItem.objects.filter(inspection=inspection, repeat_of__isnull=False)
        .exclude(parent__isnull=True, children__isnull=False)  # an aspect's heading is no repeated problem
        .select_related("repeat_of__inspection__round")
        .order_by("position", "id")
    )
    earlier = {i.repeat_of_id for i in items}
    counts: dict[int, Counter] = defaultdict(Counter)  # earlier item -> measures, closed (its sub-problems too)
    rows = Measure.objects.filter(Q(item__in=earlier) | Q(item__parent__in=earlier)).values_list(
        "item_id", "item__parent_id", "closed_at"
    )
    for item_id, parent_id, closed_at in rows:
        owner = item_id if item_id in earlier else parent_id
        counts[owner]["n"] += 1
        counts[owner]["closed"] += closed_at is not None
    return [
        RepeatFact(
            title=i.title.strip().rstrip(_TRAILING),
            earlier_round=round_title(i.repeat_of.inspection.round),
            earlier_measures=counts[i.repeat_of_id]["n"],
            earlier_closed=counts[i.repeat_of_id]["closed"],
        )
        for i in items
    ]


def repeats_paragraph(ctx: ProgressContext) -> str:
    """屡巡屡犯 among this feedback, stated plainly for the unit to address in the report."""
    parts = []
    for r in ctx.repeats:
        earlier = f"前次{r.earlier_round}已反馈"
        if r.earlier_measures:
            earlier += f"，当时制定整改措施{r.earlier_measures}条"
            earlier += f"、已销号{r.earlier_closed}条" if r.earlier_closed else "、均未销号"
        parts.append(f"“{r.title}”（{earlier}）")
    return (
        f"本次反馈的问题中，有{len(ctx.repeats)}个问题在以往巡视巡察中已被反馈：" + "；".join(parts) + "。"
        "对这些反复出现的问题，要深入剖析根源，举一反三，建立长效机制，防止问题反弹回潮。"
    )


def deadline_words(deadline: date) -> str:
    """2024年6月底 for a month's last day (as reports write it), else 2024年6月15日."""
    if deadline.day == calendar.monthrange(deadline.year, deadline.month)[1]:
        return f"{deadline.year}年{deadline.month}月底"
    return chinese_date(deadline)


def measure_body(text: str, *, drop_deadline: bool) -> str:
    """The measure's words without the status (and, when restated, the deadline) it already ends with."""
    body = text.strip().rstrip(_TRAILING)
    while True:
        stripped = _STATUS_TAIL.sub("", body)
        if drop_deadline:
            stripped = _DEADLINE_TAIL.sub("", stripped)
        stripped = stripped.rstrip(_TRAILING)
        if stripped == body or not stripped:
            return body
        body = stripped


def measure_sentence(ordinal: int | None, measure: MeasureLine) -> str:
    """一是…，已完成。 / 二是…，目前正在推进，计划2024年6月底前完成。 / …，尚未启动，原定2024年5月31日前完成，已超期。
    The status is said once; a lone measure (ordinal None) has no 一是."""
    words = STATUS_WORDS.get(measure.status, "")
    pending = measure.deadline is not None and measure.status not in SETTLED_STATUSES
    if pending and measure.overdue:
        words += f"，原定{deadline_words(measure.deadline)}前完成，已超期"
    elif pending:
        words += f"，计划{deadline_words(measure.deadline)}前完成"
    lead = f"{cn2an.an2cn(ordinal)}是" if ordinal is not None else ""
    return f"{lead}{measure_body(measure.text, drop_deadline=pending)}，{words}。"


def measures_text(measures: list[MeasureLine]) -> str:
    if len(measures) == 1:
        return measure_sentence(None, measures[0])
    return "".join(measure_sentence(n, m) for n, m in enumerate(measures, 1))


def block_text(label: str, block: Block) -> str:
    title = block.title.strip().rstrip(_TRAILING)
    if block.measures:
        return f"{label}{title}。{measures_text(block.measures)}"
    if block.children:
        return f"{label}{title}"
    return f"{label}{title}。（尚未录入整改措施）"


def rate_text(rate: Decimal) -> str:
    return number(rate.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def figures_paragraph(ctx: ProgressContext) -> str:
    """整改成效 in numbers, all from the ledger."""
    t = ctx.tally
    group = ctx.inspection.group or f"{ctx.level}组"
    problem_parts = [f"已完成整改{t.problems_in(Status.DONE)}个"]
    for status, words in (
        (Status.BASICALLY_DONE, "基本完成"),
        (Status.IN_PROGRESS, "正在推进"),
        (Status.NOT_STARTED, "尚未启动"),
        (Status.LONG_TERM, "需长期坚持"),
        (None, "尚未制定整改措施"),
    ):
        if t.problem_status[status]:
            problem_parts.append(f"{words}{t.problem_status[status]}个")
    text = f"截至{chinese_date(ctx.on)}，{group}反馈的{t.problems}个问题中，" + "，".join(problem_parts) + "。"
    if not t.measures:
        return text + "尚未录入整改措施。"
    measure_parts = [f"已完成{t.measures_in(Status.DONE)}条"]
    for status, words in (
        (Status.BASICALLY_DONE, "基本完成"),
        (Status.IN_PROGRESS, "正在推进"),
        (Status.NOT_STARTED, "尚未启动"),
        (Status.LONG_TERM, "长期坚持"),
    ):
        if t.measure_status[status]:
            measure_parts.append(f"{words}{t.measure_status[status]}条")
    text += f"共制定整改措施{t.measures}条，" + "，".join(measure_parts) + "。"
    text += f"整改措施完成率{rate_text(t.measure_completion_rate)}%"
    if t.problems:
        text += f"，问题整改完成率{rate_text(t.problem_completion_rate)}%"
    text += "。"
    if t.overdue:
        return text + f"另有{t.overdue}条措施已超过完成时限尚未完成，需加快推进。"
    return text + "所有未完成的措施均在完成时限内。"


# --- The .docx ----------------------------------------------------------------------------------------------

BODY_FONT, TITLE_FONT, HEADING_FONT, SUBHEADING_FONT = "仿宋", "宋体", "黑体", "楷体"
STYLE_TITLE, STYLE_HEADING, STYLE_SUBHEADING, STYLE_BODY = "通报标题", "通报一级标题", "通报二级标题", "通报正文"


def progress_report_docx(*, inspection: Inspection, out: str | IO[bytes], on: date | None = None) -> None:
    """Write the draft report for `inspection` to `out` (a path or a binary file)."""
    ctx = progress_context(inspection, on)
    doc = _document()
    doc.core_properties.title = clean_text(ctx.title, multiline=False)
    doc.core_properties.author = clean_text(ctx.author, multiline=False)
    _paragraph(doc, ctx.title, style=STYLE_TITLE)
    _paragraph(doc, ctx.opening, style=STYLE_BODY)

    _paragraph(doc, "一、整改工作组织情况", style=STYLE_HEADING)
    _paragraph(
        doc,
        f"（请在此填写：{ctx.author}召开专题会议研究部署整改工作、成立整改工作领导小组、制定整改方案、"
        "建立问题清单任务清单责任清单、压实整改责任、开展督促检查等情况。）",
        style=STYLE_BODY,
    )

    _paragraph(doc, "二、反馈问题整改落实情况", style=STYLE_HEADING)
    problem_no = 0
    for n, aspect in enumerate(ctx.aspects, 1):
        if aspect.title is not None:
            _paragraph(doc, f"（{cn2an.an2cn(n)}）{aspect.title.strip().rstrip(_TRAILING)}", style=STYLE_SUBHEADING)
        if aspect.own is not None:
            _paragraph(doc, measures_text(aspect.own.measures), style=STYLE_BODY)
        for problem in aspect.problems:
            problem_no += 1
            _add_block(doc, problem, f"{problem_no}.", depth=1)
    if not ctx.aspects:
        _paragraph(doc, "（台账中尚未录入反馈问题。）", style=STYLE_BODY)

    _paragraph(doc, "三、整改成效", style=STYLE_HEADING)
    _paragraph(doc, figures_paragraph(ctx), style=STYLE_BODY)
    if ctx.repeats:
        _paragraph(doc, repeats_paragraph(ctx), style=STYLE_BODY)
    _paragraph(doc, "（请在此补充建章立制、追责问责、挽回经济损失、推动改革发展等整改成效。）", style=STYLE_BODY)

    _paragraph(doc, "四、下一步工作打算", style=STYLE_HEADING)
    _paragraph(
        doc,
        "（请在此填写：对尚未完成和需要长期坚持的整改事项持续跟踪推进、巩固整改成果、健全长效机制等打算。）",
        style=STYLE_BODY,
    )

    _paragraph(
        doc, f"欢迎广大干部群众对{ctx.level}整改落实情况进行监督。如有意见建议，请及时向我们反映。", style=STYLE_BODY
    )
    for label in ("联系电话", "电子邮箱", "通信地址"):
        _paragraph(doc, f"{label}：{BLANK_LINE}", style=STYLE_BODY)
    for line in (ctx.author, BLANK_DATE):
        signature = _paragraph(doc, line, style=STYLE_BODY)
        signature.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        signature.paragraph_format.first_line_indent = None
    doc.save(out)


def _paragraph(doc, text: str, *, style: str):
    # Text saved before it was cleaned on entry may still hold control characters; the report must not fail on them.
    return doc.add_paragraph(clean_text(text, multiline=False), style=style)


def _add_block(doc, block: Block, label: str, depth: int) -> None:
    _paragraph(doc, block_text(label, block), style=STYLE_BODY)
    for k, child in enumerate(block.children, 1):
        _add_block(doc, child, f"（{k}）" if depth == 1 else f"{k})", depth + 1)


def _document():
    doc = Document()
    section = doc.sections[0]
    # A4, margins of party and government documents (GB/T 9704).
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    normal = doc.styles["Normal"]
    _set_font(normal, BODY_FONT, 16)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:eastAsia"), "zh-CN")
    normal.element.get_or_add_rPr().append(lang)
    for name, font, size, bold, align, outline in (
        (STYLE_TITLE, TITLE_FONT, 22, True, WD_ALIGN_PARAGRAPH.CENTER, 0),
        (STYLE_HEADING, HEADING_FONT, 16, False, None, 1),
        (STYLE_SUBHEADING, SUBHEADING_FONT, 16, False, None, 2),
        (STYLE_BODY, BODY_FONT, 16, False, WD_ALIGN_PARAGRAPH.JUSTIFY, None),
    ):
        style = doc.styles.add_style(name, 1)  # paragraph style
        style.base_style = normal
        _set_font(style, font, size, bold)
        fmt = style.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(28)
        fmt.space_before = fmt.space_after = Pt(0)
        if align is not None:
            fmt.alignment = align
        if name == STYLE_TITLE:
            fmt.space_after = Pt(28)
        else:
            fmt.first_line_indent = Pt(32)  # two characters
        if outline is not None:
            ppr = style.element.get_or_add_pPr()
            level = OxmlElement("w:outlineLvl")
            level.set(qn("w:val"), str(outline))
            ppr.append(level)
    return doc


def _set_font(style, name: str, size: int, bold: bool = False) -> None:
    style.font.name = name
    style.font.size = Pt(size)
    style.font.bold = bold
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)
