"""Audit rectification reports (审计查出问题整改情况的报告) are refused, not imported.

They share the shape of a progress report (findings, measures, 整改金额) but come from another process: an audit
office reports to a people's congress, with no inspection group, round or feedback date. The ledger records the
rectification of 巡视/巡察 feedback; taking audits in would leave their rounds and groups empty or invented.
"""

from __future__ import annotations

import re

from .model import DocumentError, Line

_AUDIT_RE = re.compile(r"审计(?:查出|发现)?(?:的)?问题(?:的)?整改|审计整改|审计工作报告|审计结果")
# Other marks of an audit office's text: its head signing, its work report or statistics.
# (an enterprise's 审计部 feeding back its 专项审计报告 too; a county's audit team, 针对县审计组审计出的问题)
_AUDIT_OFFICE_RE = re.compile(
    r"审计[局厅署处](?:局长|厅长|审计长|处长)?|审计部(?!门)|审计组|审计机关|审计项目|审计情况|审计报告|预算执行和其他财政收支审计"
)
_INSPECTION_RE = re.compile(r"巡[视察]")
# an inspection the text tells of (a group, its feedback or rectification, a visit), never its concerns named in
# passing ("结合…审计发现共性问题清单和省委巡视关注重点")
_TELLS_INSPECTION_RE = re.compile(
    r"巡[视察](?:集中|专项|常规|“?回头看”?)?(?:组|办|反馈|整改|期间|发现|意见|工作|情况|问题)"
    r"|(?:开展|进行|接受|配合)[^。，,；;]{0,10}巡[视察]|第[一二三四五六七八九十\d]+轮(?:常规|专项)?巡[视察]"
)

MESSAGE = "这是审计整改报告，不是巡视、巡察整改文件：台账只记录巡视、巡察反馈问题的整改，审计整改报告不予导入（首句“{head}”）"
OTHER_MESSAGE = "这是审计报告，不是巡视、巡察整改文件：台账只记录巡视、巡察反馈问题的整改，审计报告不予导入（首句“{head}”）"


def refuse_audit(lines: list[Line], source: str) -> None:
    """Raise DocumentError when the file's heading or opening is an audit office's (a rectification report, a
    work report, audit statistics) and no line near the start speaks of 巡视/巡察 (a progress report citing an
    audit is still a progress report)."""
    head = lines[:5]
    text = "".join(line.text for line in head)
    rectification = _AUDIT_RE.search(text)
    if not rectification and not _AUDIT_OFFICE_RE.search(text):
        return
    titled = bool(_AUDIT_RE.search(lines[0].text)) and not _INSPECTION_RE.search(lines[0].text)
    if not titled and any(_TELLS_INSPECTION_RE.search(line.text) for line in lines[:8]):
        return  # an audit titled as such stays one even when its text mentions the 巡察办
    marks = _AUDIT_RE if rectification else _AUDIT_OFFICE_RE
    first = next(line for line in head if marks.search(line.text) or line is head[-1])
    message = MESSAGE if rectification or "整改" in text else OTHER_MESSAGE
    raise DocumentError(message.format(head=first.text[:30]), source=source, line=first.no)
