"""Import review: the parsed documents as the tree the import will create, what looks wrong in it, and the
importing user's decisions (untick a branch, correct a title, label or status).

Nodes are named by their place in the parse (file, document, visit, item path, measure ordinal); parsing the
same stashed files again yields the same names, so decisions posted with the confirmation find their nodes.
Flags are computed from the parsed tree alone (no database).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from imports import keys
from imports.parsing import model as parsed
from imports.parsing.chinese import to_int
from imports.parsing.numerals import to_halfwidth
from imports.persistence import kind_and_topic
from ledger.choices import Status
from ledger.tallies import levels

LONG_TITLE = 100  # characters; 99% of the seed reports' item titles are shorter

# A problem's title that runs on into what was done about it: the parser missed where the measures begin.
# (“整改成效不明显”, “制定整改措施缺乏针对性” are problems: only the heading form “整改措施：” counts.)
MEASURE_WORDING = re.compile(r"(?:整改|落实)(?:措施|成效)[:：]|[。；：]一是|将[^，。；]{0,20}到位")
# Advice (建议) and opinions the inspectors gave are not problems found.
ADVICE_TITLE = re.compile(r"建议的落实|^(?:关于对?)?[“\"]?建议|的(?:意见|建议)[。；]?$")
ADVICE_SECTION = re.compile(r"意见建议|建议的落实|整改建议|工作建议")
# A status written out in a measure's own words; the parser keeps the last one it reads.
STATED_STATUS = [
    (Status.DONE, re.compile(r"已(?:全部|经)?完成|已整改到位|已办结|已整改完毕")),
    (Status.BASICALLY_DONE, re.compile(r"基本完成")),
    (Status.IN_PROGRESS, re.compile(r"正在推进|正在整改|推进中|整改中|尚未完成")),
    (Status.LONG_TERM, re.compile(r"长期坚持|长期推进")),
    (Status.NOT_STARTED, re.compile(r"尚未启动|未启动")),
]
LABEL_NUMBER = re.compile(r"[0-9]+|[零〇一二两三四五六七八九十百]+")

FLAG_LABELS = {
    "measure_wording": "标题含整改措施",
    "no_measures": "没有整改措施",
    "advice": "建议或意见",
    "status_mismatch": "状态与原文不符",
    "long_title": "标题过长",
    "duplicate": "重复",
    "renumbered": "编号重新开始",
}
LEVEL_LABELS = {"aspect": "方面", "problem": "问题", "sub_problem": "具体问题", "measure": "措施"}


@dataclass(frozen=True)
class Flag:
    code: str
    message: str

    @property
    def label(self) -> str:
        return FLAG_LABELS[self.code]


@dataclass
class Node:
    """One item or measure of the preview, in document order (the tree is flattened with its depth)."""

    id: str
    kind: str  # "item" | "measure"
    level: str  # aspect | problem | sub_problem | measure
    depth: int
    obj: parsed.Item | parsed.Measure
    parent_id: str | None
    flags: list[Flag] = field(default_factory=list)
    ancestors: tuple[str, ...] = ()
    outcome: object = None  # imports.persistence.NodeOutcome, from the dry run
    corrected: dict = field(default_factory=dict)  # fields the ledger holds differently (a person's edit)

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]

    @property
    def status(self) -> str:
        """The status the importer stores for a measure (正在推进 when its wording states none)."""
        return (self.obj.status or Status.IN_PROGRESS) if self.kind == "measure" else ""

    @property
    def status_label(self) -> str:
        return Status(self.status).label if self.status else ""

    @property
    def ancestor_ids(self) -> str:
        return " ".join(self.ancestors)

    @property
    def title(self) -> str:
        return self.obj.title if self.kind == "item" else self.obj.text


@dataclass
class Visit:
    """One inspected unit of one document with its nodes and counts per level."""

    id: str
    inspection: parsed.Inspection
    document: parsed.Document
    nodes: list[Node]
    counts: Counter
    ledger: list = field(default_factory=list)  # imports.review_page.LedgerSide per inspection it goes to
    header: list = field(default_factory=list)  # (label, value, missing)
    missing: list[str] = field(default_factory=list)

    @property
    def flag_count(self) -> int:
        return sum(len(n.flags) for n in self.nodes)


def node_id(file_no: int, doc_no: int, visit_no: int, path: tuple[int, ...], measure: int | None = None) -> str:
    base = f"n{file_no}-{doc_no}-{visit_no}-" + ".".join(map(str, path))
    return base if measure is None else f"{base}m{measure}"


def visits(results: list[parsed.ParseResult]) -> list[Visit]:
    """Every visit of every document as its preview tree, flags attached."""
    out = []
    for fi, result in enumerate(results):
        for di, doc in enumerate(result.documents):
            for vi, p in enumerate(doc.inspections):
                out.append(_visit(fi, di, vi, doc, p))
    return out


def _visit(fi: int, di: int, vi: int, doc: parsed.Document, p: parsed.Inspection) -> Visit:
    walked = list(keys.walk(p.items))
    ids = {path: n for n, (path, _, _) in enumerate(walked, 1)}
    lv = levels(
        [(ids[path], ids.get(parent) if parent else None) for path, parent, _ in walked],
        holding_measures={ids[path] for path, _, item in walked if item.measures},
    )
    aspects, problems = set(lv.aspects), set(lv.problems)
    nodes, counts = [], Counter()
    chain = {(): ()}
    for path, parent, item in walked:
        n = ids[path]
        level = "aspect" if n in aspects else "problem" if n in problems else "sub_problem"
        if len(path) == 1 and n not in problems:
            level = "aspect"  # an empty aspect (本轮巡察未发现问题) is still an aspect
        counts[level] += 1
        nid = node_id(fi, di, vi, path)
        node = Node(nid, "item", level, len(path) - 1, item, node_id(fi, di, vi, parent) if parent else None)
        node.flags = item_flags(item, doc.kind)
        node.ancestors = chain[parent]
        chain[path] = (*chain[parent], nid)
        nodes.append(node)
        for m_no, measure in enumerate(item.measures, 1):
            counts["measure"] += 1
            nodes.append(
                Node(
                    node_id(fi, di, vi, path, m_no),
                    "measure",
                    "measure",
                    len(path),
                    measure,
                    nid,
                    flags=measure_flags(measure),
                    ancestors=chain[path],
                )
            )
    _flag_duplicates(nodes)
    topics = [kind_and_topic(t)[1] for t in p.types]
    _flag_renumbering(nodes, p.items, fi, di, vi, [t for t in topics if t])
    return Visit(f"v{fi}-{di}-{vi}", p, doc, nodes, counts)


# --- flags: pure functions of the parsed tree ----------------------------------------------------------------


def item_flags(item: parsed.Item, kind: str) -> list[Flag]:
    flags = []
    wording = MEASURE_WORDING.search(item.title)
    if wording:
        flags.append(Flag("measure_wording", f"标题中有“{wording.group(0)}”，可能把整改措施并进了问题标题"))
    if ADVICE_TITLE.search(item.title.strip()) or (item.section and ADVICE_SECTION.search(item.section)):
        where = f"（所在部分：{item.section.split(' / ')[-1]}）" if item.section else ""
        flags.append(Flag("advice", f"这是巡视巡察提出的建议或意见，不是反馈问题{where}"))
    if kind == parsed.PROGRESS_REPORT and not item.children and not item.measures:
        flags.append(Flag("no_measures", "整改进展通报中此项没有识别出整改措施"))
    if len(item.title) > LONG_TITLE:
        flags.append(Flag("long_title", f"标题长{len(item.title)}字，可能把正文并进了标题"))
    return flags


def measure_flags(measure: parsed.Measure) -> list[Flag]:
    stated = stated_statuses(measure.text)
    if not stated or measure.status in stated:
        return []
    words = "、".join(f"“{Status(s).label}”" for s in stated)
    inferred = Status(measure.status).label if measure.status else "未识别"
    return [Flag("status_mismatch", f"原文写有{words}，识别的状态为“{inferred}”")]


def stated_statuses(text: str) -> list[str]:
    return [status for status, pattern in STATED_STATUS if pattern.search(text)]


def _normal(text: str) -> str:
    return re.sub(r"[\s，。；、：“”\"'‘’]", "", text)


def _flag_duplicates(nodes: list[Node]) -> None:
    """A later item with the same title in the same visit, or a measure repeated under the same item."""
    first_item: dict[str, Node] = {}
    first_measure: dict[tuple[str | None, str], Node] = {}
    for node in nodes:
        text = _normal(node.title)
        if not text:
            continue
        if node.kind == "item":
            earlier = first_item.setdefault(text, node)
        else:
            earlier = first_measure.setdefault((node.parent_id, text), node)
        if earlier is not node:
            node.flags.append(Flag("duplicate", f"与第{earlier.obj.line}行的{earlier.level_label}重复"))


def label_number(label: str) -> int | None:
    found = LABEL_NUMBER.search(to_halfwidth(label))
    if not found:
        return None
    text = found.group(0)
    return int(text) if text.isdigit() else to_int(text)


def _flag_renumbering(nodes: list[Node], top: list[parsed.Item], fi: int, di: int, vi: int, topics: list[str]) -> None:
    """Siblings numbered 1、…33、 then 1、 again: the second run is another part of the report.

    Not when the new part is the special inspection the report names (营商环境专项巡视…整改落实情况): the
    importer files those items under that inspection.
    """
    by_id = {n.id: n for n in nodes}

    def check(siblings: list[parsed.Item], path: tuple[int, ...]) -> None:
        previous = None
        for n, item in enumerate(siblings, 1):
            number = label_number(item.label)
            special = any(t in item.section for t in topics)
            if number == 1 and previous is not None and previous > 1 and not special:
                where = f"（{item.section.split(' / ')[-1]}）" if item.section else ""
                by_id[node_id(fi, di, vi, (*path, n))].flags.append(
                    Flag(
                        "renumbered",
                        f"编号在“{previous}”之后重新从1开始，可能是报告的另一部分{where}，请核对是否属于反馈问题",
                    )
                )
            previous = number if number is not None else previous
            check(item.children, (*path, n))

    check(top, ())


def flag_summary(all_visits: list[Visit]) -> list[tuple[str, int]]:
    counts = Counter(f.code for v in all_visits for n in v.nodes for f in n.flags)
    return [(FLAG_LABELS[code], counts[code]) for code in FLAG_LABELS if counts[code]]


# --- decisions -----------------------------------------------------------------------------------------------

EDITABLE = {"item": ("label", "title"), "measure": ("label", "status")}
MAX_LENGTH = {"label": 20, "title": 500}


@dataclass
class Decision:
    drop: bool = False
    edits: dict[str, str] = field(default_factory=dict)


@dataclass
class Decisions:
    """What the importing user decided in the preview: node ids to leave out, and corrected fields per node."""

    drop: set[str] = field(default_factory=set)
    edits: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_post(cls, data) -> Decisions:
        """`drop` (node ids) and `edit-<field>-<node id>` fields, as the preview page posts them."""
        decisions = cls(drop=set(data.getlist("drop")))
        for name, value in data.items():
            if name.startswith("edit-"):
                _, fieldname, nid = name.split("-", 2)
                decisions.edits.setdefault(nid, {})[fieldname] = value.strip()
        return decisions

    def bind(self, results: list[parsed.ParseResult]) -> dict[int, Decision]:
        """Decisions keyed by the identity of the parsed objects they apply to (what the importer walks).

        Raises ValidationError (in Chinese, naming the line) for an unknown node or field, an empty title or
        label, a status that does not exist; edits equal to the document's value are dropped.
        """
        nodes = {n.id: n for v in visits(results) for n in v.nodes}
        order = {nid: n for n, nid in enumerate(nodes)}
        errors, bound = [], {}
        for nid in sorted(self.drop | set(self.edits), key=lambda nid: order.get(nid, len(order))):
            node = nodes.get(nid)
            if node is None:
                errors.append("预览中找不到要剔除或修改的条目，请重新上传预览。")
                continue
            decision = bound.setdefault(id(node.obj), Decision())
            decision.drop = nid in self.drop
            for name, value in self.edits.get(nid, {}).items():
                where = f"第{node.obj.line}行{node.level_label}"
                if name not in EDITABLE[node.kind]:
                    errors.append(f"{where}：不能修改此项。")
                elif name == "status" and value not in Status.values:
                    errors.append(f"{where}：状态“{value}”不存在。")
                elif name == "title" and not value:
                    errors.append(f"{where}：标题不能为空。")
                elif len(value) > MAX_LENGTH.get(name, 20):
                    errors.append(f"{where}：修改后的内容超过{MAX_LENGTH.get(name, 20)}字。")
                elif value != (getattr(node.obj, name) or ""):
                    decision.edits[name] = value
        if errors:
            raise ValidationError(list(dict.fromkeys(errors)))
        return bound
