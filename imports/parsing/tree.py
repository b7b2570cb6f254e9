"""The outline of a report body: headings (labelled or not), their nesting, and which sections hold the aspects.

Levels are not fixed: each label family (一、 / （一） / 1. / 1、 / （1） / ① and a few unlabelled heading
styles) takes the level at which it first appears under the current parent, and a heading of a family
already open closes everything below it. So "1." is a problem under "（一）" in one report and a
top-level aspect in another, and "（1）" nests under "1．" wherever it is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Line
from .numerals import cn_to_int
from .status import infer_status

_CN = "一二三四五六七八九十百"
LABEL_RE = re.compile(
    rf"^\s*(?:(?P<cn>[{_CN}]+)\s*[、．.]"
    rf"|[（(]\s*(?P<pcn>[{_CN}]+)\s*[）)]"
    # "4.12345热线…": a label before a service number (5+ digits then words), never a decimal
    r"|(?P<num>\d{1,3})\s*(?P<sep>[.．](?![\d.．])|[.．](?=\d{5,}[\u4e00-\u9fff])|、)"
    r"|[（(]\s*(?P<pnum>\d{1,3})\s*[）)]"
    r"|(?P<circ>[①-⑳])"
    rf"|第(?P<nth>[{_CN}]+)[，,、：:])\s*"
)
# "一是" / "二是" … start an enumerated point inside a paragraph; never a heading.
ENUM_AT_START = re.compile(rf"^[{_CN}]+是")
TERMINAL = "。！？!?；;"
_QUOTE_OPEN = "“《（(【「"
_QUOTE_CLOSE = "”》）)】」"

# Unlabelled heading styles that recur in reports; each is its own family.
_PROBLEM_COLON = re.compile(r"^(?:存在|反馈|主要)?问题[：:]\s*")
_ADDRESSING = re.compile(r"^针对[“\"].{2,120}?[”\"](?:的|等)?(?:问题|整改事项)")
# "关于…的问题。" / "针对…问题，" opening a line: a (sub-)problem whose measures follow on the same line.
_ABOUT_PROBLEM = re.compile(r"^(?P<prefix>关于|针对)[^。]{2,80}?问题(?:的整改)?$")
_SIGNATURE = re.compile(
    r"^(?:中共|中国共产党|共青团)?\S{0,30}(?:委员会|党委|党组|党工委|工委|总支|支部|区委|县委|市委|省委|D委|D组|团委|办公室)"
    r"\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?$"
)
# One short clause ending in 。 (no comma, no colon): a finding stated as its own line.
_SHORT_FINDING = re.compile(r"^(?!关于|针对|整改|问题)[^，,、；;：:。]{4,32}。$")
_FINDING_WORDS = re.compile(r"不大|未|缺少|缺乏|难")
_DATE_LINE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|\d{4}年\d{1,2}月\d{1,2}日$")


@dataclass
class Heading:
    family: str
    label: str
    ordinal: int | None
    title: str
    rest: str  # what the heading line says after its title


@dataclass
class Node:
    family: str
    label: str
    title: str
    line: int
    ordinal: int | None = None
    paras: list[Line] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)


def match_label(text: str) -> tuple[str, str, int | None, str] | None:
    """(family, label as written, ordinal, rest) for a line that starts with a heading label."""
    m = LABEL_RE.match(text)
    if not m:
        return None
    label = m.group(0).strip()
    rest = text[m.end() :]
    if not rest.strip():
        return None
    if m.group("cn"):
        return "cn、", label, cn_to_int(m.group("cn")), rest
    if m.group("pcn"):
        return "(cn)", label, cn_to_int(m.group("pcn")), rest
    if m.group("num"):
        family = "n、" if m.group("sep") == "、" else "n."
        return family, label, int(m.group("num")), rest
    if m.group("pnum"):
        return "(n)", label, int(m.group("pnum")), rest
    if m.group("circ"):
        return "circled", label, ord(m.group("circ")) - ord("①") + 1, rest
    return "第n", label, cn_to_int(m.group("nth")), rest


def split_title(text: str) -> tuple[str, str]:
    """Title = the first sentence (a 。 outside quotes and brackets ends it); the rest is body text."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in _QUOTE_OPEN:
            depth += 1
        elif ch in _QUOTE_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in "。！？!?":
            return text[:i].strip(), text[i + 1 :].strip()
    return text.strip().rstrip("：:").strip(), ""


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(tuple(TERMINAL + '：:”"」』）)'))


def _balanced(text: str) -> bool:
    return (
        text.count("“") == text.count("”")
        and text.count("《") == text.count("》")
        and (text.count("（") + text.count("(") == text.count("）") + text.count(")"))
    )


def _generic_heading(text: str) -> bool:
    """A short line that ends without punctuation: a heading written on its own line without a label."""
    # a closing quote ends a sentence only after its 。 (全面推进“一网通办” is a heading)
    if not 4 <= len(text) <= 60 or ends_sentence(text.rstrip("”’」』")) or text.endswith(("，", ",", "、")):
        return False
    if text.endswith(("…", "...")):
        return False  # "会议认为，…指出存在问题，……": a paragraph cut short, not a heading
    if any(ch in text for ch in "。！？；;：:") or ENUM_AT_START.match(text) or not _balanced(text):
        return False
    return not (
        _SIGNATURE.match(text) or _DATE_LINE.search(text) or re.search(r"\d{3,}[-—]\d{3,}", text) or _CAPTION.match(text)
    )


# "3月20日,区委第一巡察组巡察孟河镇所辖村(社区)党组织工作动员会": a photo's caption, a day and a meeting, no heading
_CAPTION = re.compile(r"^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚)?[，,\s].*(?:会|会议|仪式|现场)$")


def heading_of(text: str, next_text: str | None, *, unlabelled: bool = True) -> Heading | None:
    """The heading a line starts, or None when it is body text."""
    labelled = match_label(text)
    if labelled:
        family, label, ordinal, rest = labelled
        title, after = split_title(rest)
        return Heading(family, label, ordinal, title, after)
    if not unlabelled:
        return None
    if ENUM_AT_START.match(text):
        return _enumerated_heading(text, next_text)
    m = _PROBLEM_COLON.match(text)
    if m:  # overview style: 问题：… then 整改：…
        title, after = split_title(text[m.end() :])
        return Heading("u:问题", "", None, title, after)
    if _ADDRESSING.match(text):  # 针对“…”的问题。measures follow on the same line
        title, after = split_title(text)
        return Heading("u:针对", "", None, title, after)
    if text.startswith("着力解决"):  # "着力解决…问题。" alone or before its first 针对“…”问题
        title, after = split_title(text)
        if title.endswith("问题") and len(title) <= 80 and (not after or _ADDRESSING.match(after)):
            return Heading("u:着力解决", "", None, title, after)
    if text.startswith(("关于", "针对")):
        title, after = split_title(text)
        m = _ABOUT_PROBLEM.match(title)
        if m and after:
            return Heading("u:" + m.group("prefix") + "问题", "", None, title, after)
    if (
        next_text is not None
        and _SHORT_FINDING.match(text)
        and _balanced(text)
        and (_DEFICIENCY.search(text) or _FINDING_WORDS.search(text))
    ):
        # "落实主体责任不到位。" on its own line: a finding that heads the 针对…/关于… items after it.
        return Heading("u:不足", "", None, text.rstrip("。"), "")
    if next_text is None or not _generic_heading(text):
        return None
    for prefix in ("关于", "着力解决", "在", "针对"):
        if text.startswith(prefix):
            return Heading("u:" + prefix, "", None, text, "")
    # A bare heading directly followed by another heading groups the ones below it.
    outer = match_label(next_text) is not None or _generic_heading(next_text)
    return Heading("u-outer" if outer else "u-inner", "", None, text, "")


def _enumerated_heading(text: str, next_text: str | None) -> Heading | None:
    """A line "一是…有差距方面。" / "二是针对…不到位问题。" on its own (or before a "1．" point): one clause naming a
    shortcoming heads the lines below it. A point followed by the next point ("二是…") stays a point."""
    m = ENUM_AT_START.match(text)
    if m is None or next_text is None or ENUM_AT_START.match(next_text):
        return None
    title, rest = split_title(text[m.end() :])
    if rest and not match_label(rest):
        return None
    if len(title) > 80 or not title.endswith(("问题", "方面")) or not _DEFICIENCY.search(title[:-2]):
        return None
    return Heading("u:是", m.group(0), cn_to_int(m.group(0)[:-1]), title, rest)


def build_tree(lines: list[Line], *, unlabelled: bool = True) -> Node:
    """Nest headings by label family (see module doc); body lines attach to the innermost open heading."""
    root = Node("root", "", "", 0)
    stack = [root]
    above: set[tuple[str, str]] = set()  # (parent family, child family) pairs seen so far
    for i, line in enumerate(lines):
        nxt = lines[i + 1].text if i + 1 < len(lines) else None
        h = heading_of(line.text, nxt, unlabelled=unlabelled)
        # "二是…" heads only after a "一是…" heading: after a 一是 point it is the next point
        if (
            h is not None
            and h.family == "u:是"
            and h.ordinal != 1
            and not any(n.family == h.family and n.ordinal == (h.ordinal or 0) - 1 for n in stack)
        ):
            h = None
        if h is None:
            stack[-1].paras.append(line)
            continue
        open_at = next((k for k, n in enumerate(stack) if n.family == h.family), None)
        if open_at is not None:
            del stack[open_at:]
        else:  # a family seen above the current one earlier in the document closes it again
            while len(stack) > 1 and (h.family, stack[-1].family) in above:
                stack.pop()
        above.add((stack[-1].family, h.family))
        node = Node(h.family, h.label, h.title, line.no, h.ordinal)
        stack[-1].children.append(node)
        stack.append(node)
        if unlabelled and h.family != "u:针对" and _ADDRESSING.match(h.rest):
            # "着力解决…问题。针对“…”问题，…": the first sub-problem starts on its heading's line
            sub = heading_of(h.rest, nxt)
            if sub is not None:
                above.add((h.family, sub.family))
                node = Node(sub.family, sub.label, sub.title, line.no, sub.ordinal)
                stack[-1].children.append(node)
                stack.append(node)
                h = sub
        if h.rest:
            node.paras.append(Line(line.no, h.rest))
    return root


# --- which sections hold the aspects -------------------------------------------------------------------------
# Organisation sections open a progress report (…履行整改主体责任情况 / 整改工作组织落实情况 / 总体履责情况 /
# 提高政治站位…); next steps and results close it (下一步工作打算 / 巩固整改成果 / 整改成效 / 联系方式).
# A holder section (…反馈意见整改落实情况 / 整改落实情况 / 反馈问题整改情况 / 具体整改情况) contains the aspects, or
# holders again (常规巡视 / 营商环境专项巡视, 已完成的整改事项 / 持续推进的整改事项): its own leading organisation
# and trailing next-step children are dropped the same way. Titles that state a shortcoming (不到位, 有差距 …) are
# aspects whatever else they say.
_DEFICIENCY = re.compile(
    r"不到位|不够|差距|不足|不力|不强|不高|不深|不实|不严|不规范|不完善|不健全|不彻底|不扎实|不充分|不明显|欠缺|短板|弱项|"
    r"薄弱|滞后|缺位|缺失|问题突出|虚化|弱化|偏差|乏力|不佳|待加强|亟待|仍需|有待|任重道远|迫在眉睫|尚有|屡禁不止|问题$"
)
_ORG = re.compile(
    r"主体责任|第一责任|组织领导|组织落实|组织实施|履责|总体情况|基本情况|总体工作|政治站位|政治责任|政治担当|政治自觉|思想自觉|"
    r"行动自觉|高度重视|统一思想|安排部署|动员部署|整改工作(?:开展)?情况|组织情况|重要论述|重要讲话精神"
)
_NEXT = re.compile(
    r"下一步|下步|今后|巩固|整改成效|工作成效|打算|计划安排|进一步整改|需要进一步|存在的主要?问题|联系方式|监督电话|"
    r"举报|欢迎|意见建议的?反映|成果运用|成果转化|转化整改成果"
)
_HOLDER = re.compile(r"整改|反馈|落实情况|进展情况|具体措施|措施及成效|事项")
_TOPIC = re.compile(r"方面|关于.+问题|^聚焦(?!.*(?:整改|反馈))")

ORG, NEXT, HOLDER, ASPECT = "org", "next", "holder", "aspect"


# "…全面整改巡察反馈问题": a section that rectifies the feedback's problems holds the aspects, it is not one.
_RECTIFY_FEEDBACK = re.compile(r"整改[^，,。]{0,4}巡[视察]反馈(?:的)?问题$")
_STRONG_NEXT = re.compile(r"下一步|下步|今后|打算|计划安排|联系方式|监督电话")


def classify(node: Node, inside: bool = False) -> str:
    """inside: the node sits in a holder section, where a heading with problems under it is an aspect whatever
    its wording (（一）在履行营商环境建设主体责任…方面 / （八）关于巡视整改和成果运用方面)."""
    title = node.title
    if (_DEFICIENCY.search(title) and not _RECTIFY_FEEDBACK.search(title)) or title.startswith(
        ("关于对", "针对", "关于“")
    ):
        return ASPECT
    if title.endswith("方面") and not _STRONG_NEXT.search(title):
        return ASPECT
    if _NEXT.search(title):
        return NEXT
    if _HOLDER.search(title) and not _TOPIC.search(title) and not _ORG.search(title):
        # Within a holder, a heading over plain problems that names work rather than a report
        # (（八）全力推进巡视反馈问题整改落实) is the last aspect; …情况 / …事项 / a stated state stay holders.
        if (
            inside
            and node.children
            and not any(c.children for c in node.children)
            and not title.endswith(("情况", "事项"))
            and infer_status(title)[0] not in ("done", "basically_done")
        ):
            return ASPECT
        return HOLDER
    if _ORG.search(title):
        return ASPECT if inside and node.children else ORG
    return ASPECT


def select_sections(nodes: list[Node], path: tuple[str, ...] = ()) -> list[tuple[Node, tuple[str, ...]]]:
    """The aspect nodes among these siblings, each with the titles of the holder sections above it."""
    kinds = [classify(n, bool(path)) for n in nodes]
    start = 0
    while start < len(nodes) and kinds[start] == ORG:
        start += 1
    end = len(nodes)
    holder_seen = HOLDER in kinds[start:]
    while end > start and (kinds[end - 1] == NEXT or (holder_seen and kinds[end - 1] == ORG)):
        end -= 1
    # After the holders, a section with no sub-headings is a closing summary (…推进反馈问题深入整改), unless its
    # title says it reports on rectification (…立行立改相关整改事项落实情况).
    while (
        end > start + 1
        and HOLDER in kinds[start : end - 1]
        and not nodes[end - 1].children
        and (kinds[end - 1] != HOLDER or not nodes[end - 1].title.endswith(("情况", "事项")))
    ):
        end -= 1
    out: list[tuple[Node, tuple[str, ...]]] = []
    for node, kind in zip(nodes[start:end], kinds[start:end], strict=True):
        if kind == HOLDER and node.children:
            out.extend(select_sections(node.children, (*path, node.title)))
        else:  # between the opening and closing sections everything is content
            out.append((node, path))
    return out
