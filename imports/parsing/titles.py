"""What a document title and a heading label look like; shared by cleaning and segmentation."""

from __future__ import annotations

import re

from . import model
from .chinese import fold

_CN = "一二三四五六七八九十百〇零"
# A heading or list label at the start of a line: 一、 （一） (一) 1. 1、 1． (1) ① 一是 第一，
LABEL_RE = re.compile(
    rf"^\s*(?:[{_CN}]+\s*[、.,]|\(\s*[{_CN}\d]+\s*\)|\d{{1,3}}\s*(?:[、.,)](?!\d)|\.(?=\d{{5,}}[一-龥]))|[①-⑳⑴-⒇]"
    rf"|[{_CN}]+是|第[{_CN}\d]+[,、:]|[一-龥]{{2,6}}\s*:)"
)
# Sentence-final punctuation: a line ending with one of these is complete.
FINAL = tuple("。！？!?；;：:…”’」』）)")

_SUFFIX = r"(?:\s*\((?:社会公开稿?|公开稿|全文|摘要|[^()]{0,12}\d{4}[^()]{0,12})\))?\s*$"
_PROGRESS_RE = re.compile(r"^(?!.*[。;])(?=.*关于)(?=.*整改).{0,80}(?:通报|公告|报告)" + _SUFFIX)
_FEEDBACK_RE = re.compile(
    r"^(?!.*[。;])(?:.{0,60}巡[视察][一二三四五六七八九十\d]*组.{0,40}反馈(?:[^，,。]{0,8}?巡[视察](?:\"?回头看\"?)?)?(?:情况|意见)"
    r"|.{0,60}巡[视察](?:工作)?反馈(?:意见|情况)(?:摘要|摘编|通报|公告)"
    r"|.{0,60}集中(?:向.{0,40})?反馈(?:巡[视察])?(?:情况|意见))" + _SUFFIX
)
_OVERVIEW_RE = re.compile(r"^(?!.*[。;]).{0,60}巡[视察].{0,30}整改(?:情况|进展)?概览" + _SUFFIX)


def squash(text: str) -> str:
    """Title text without the stray spaces PDF extraction puts between Chinese characters."""
    return re.sub(r"\s+", "", text.strip())


def is_labelled(text: str) -> bool:
    return bool(LABEL_RE.match(fold(text[:12])))


def title_kind(text: str) -> str | None:
    """Kind of document a line is the title of, or None. TOC page numbers must already be removed."""
    if len(text) > 160:
        return None
    flat = fold(squash(text))
    if not flat or len(flat) > 110 or is_labelled(flat) or flat.startswith(("根据", "按照", "针对")):
        return None
    if _OVERVIEW_RE.match(flat):
        return model.OVERVIEW
    if _FEEDBACK_RE.match(flat):
        return model.FEEDBACK
    # ("关于第一轮省生态环境保护督察“回头看”反馈意见整改进展情况的报告": a 督察's rectification, no 巡视/巡察's)
    if _PROGRESS_RE.match(flat) and re.search(r"巡[视察]|整改", flat) and "汇编" not in flat and not (
        "督察" in flat and not re.search(r"巡[视察]", flat)
    ):
        return model.PROGRESS_REPORT
    return None


# A TOC entry: a title followed by a page number (tab, dots or spaces before it).
TOC_ENTRY_RE = re.compile(r"^(.{2,}?)(?:\t+|\s{2,}|[.…·]{2,}\s*|\s+)(\d{1,4})\s*$")
TOC_HEAD_RE = re.compile(r"^\s*目\s*录\s*$")


def strip_page_number(text: str) -> tuple[str, bool]:
    if len(text) > 160 or not text.rstrip()[-1:].isdigit():
        return text.strip(), False
    match = TOC_ENTRY_RE.match(fold(text))
    if match and not re.search(r"[年月日号]$", match[1]):
        return text[: len(match[1])].strip(), True
    return text.strip(), False
