"""Entry points: parse_text, parse_bytes, parse_file -> ParseResult."""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import header, model, reading, segment
from .audit import refuse_audit
from .cleaning import clean
from .model import Document, DocumentError, Inspection, ParseResult


def _body_parser():
    """The content half (items, measures, figures) lives in body.py when present."""
    try:
        from .body import parse_body
    except ImportError:
        return None
    return parse_body


def parse_text(text: str, source: str = "", *, sha256: str = "") -> ParseResult:
    if not isinstance(text, str):
        raise DocumentError("内容不是文本", source=source)
    if not text.strip():
        raise DocumentError("文件为空", source=source)
    cleaned = clean(text, source)
    if not cleaned.lines:
        raise DocumentError("文件中没有可读的文字", source=source)
    refuse_audit(cleaned.lines, source)
    result = ParseResult(
        source=source, sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(), warnings=cleaned.warnings
    )
    parse_body = _body_parser()
    for section in segment.split(cleaned.lines, cleaned.published):
        document = Document(
            title=section.title,
            kind=section.kind,
            title_line=section.title_line,
            published=section.published,
            source=source,
            end_line=section.lines[-1].no if section.lines else section.title_line,
        )
        document.inspections = header.inspections(section, result.warnings)
        if parse_body:
            for inspection in document.inspections:
                inspection.items, inspection.figures = parse_body(inspection.lines, section.kind)
                if section.kind == model.NEWS and _states_no_visit(inspection) and not header.tells_a_visit(section):
                    inspection.items = []  # an explainer's or essay's headings (巡视工作的过程, 相关文章) are no findings
        result.documents.append(document)
    _share_bodies(result)
    if not result.documents:
        first = cleaned.lines[0]
        raise DocumentError(
            f"未识别出任何巡视/巡察文件（没有找到“……关于……整改……的通报”等标题），首行为“{first.text[:30]}”",
            source=source,
            line=first.no,
        )
    return result


def _states_no_visit(inspection: Inspection) -> bool:
    """True for a news inspection that states nothing of a visit: no group, term, round, date or figure (with no
    numbered group named anywhere and no groups' feedback told either, as parse_text checks: a generated essay on how
    inspections work, a blog's repost of a visit to a building site; never "第一巡察组…第三巡察组…分别向被巡察单位反馈了
    巡察意见" nor "市委6个巡察组分别向…31家党组织进行了反馈")."""
    return not (
        inspection.group or inspection.term or inspection.round or inspection.start or inspection.end
        or inspection.feedback_date or inspection.figures
    )


_BARE_BODIES = ("省委", "市委", "区委", "县委", "州委")


def _share_bodies(result: ParseResult) -> None:
    """A report saying only "省委" takes the province its siblings in the same file name for the same term and round
    (a compilation of one round's reports names it in some reports and not in others)."""
    inspections = [i for doc in result.documents for i in doc.inspections]
    for inspection in inspections:
        if inspection.inspecting_body not in _BARE_BODIES:
            continue
        named = {
            other.inspecting_body
            for other in inspections
            if other.inspecting_body.endswith(inspection.inspecting_body)
            and other.inspecting_body != inspection.inspecting_body
            and (other.term, other.round, other.batch) == (inspection.term, inspection.round, inspection.batch)
        }
        if len(named) == 1:
            inspection.inspecting_body = named.pop()


def parse_bytes(data: bytes, filename: str = "", max_bytes: int = reading.MAX_BYTES) -> ParseResult:
    text = reading.to_text(data, filename, max_bytes)
    return parse_text(text, filename, sha256=hashlib.sha256(data).hexdigest())


def parse_file(path: str | Path, max_bytes: int = reading.MAX_BYTES) -> ParseResult:
    path = Path(path)
    data = reading.read_path(path, max_bytes)
    return parse_bytes(data, path.name, max_bytes)
