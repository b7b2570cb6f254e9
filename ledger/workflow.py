"""Which status changes are allowed, in one place for the admin, the API, the Excel re-import and bulk edits.

未启动 → 正在推进 → 基本完成 → 已完成 (→ 销号), with 长期坚持 as a branch and 回头看 reopening closed-out work.
Once work has started it never returns to 未启动; a closed-out measure changes only through 回头看.
"""

from django.core.exceptions import ValidationError

from ledger.choices import Status

S = Status
ALLOWED: dict[str, frozenset[str]] = {
    S.NOT_STARTED: frozenset({S.IN_PROGRESS, S.BASICALLY_DONE, S.DONE, S.LONG_TERM}),  # 立行立改 may finish at once
    S.IN_PROGRESS: frozenset({S.BASICALLY_DONE, S.DONE, S.LONG_TERM}),
    S.BASICALLY_DONE: frozenset({S.IN_PROGRESS, S.DONE, S.LONG_TERM}),
    S.DONE: frozenset({S.IN_PROGRESS, S.BASICALLY_DONE, S.LONG_TERM}),  # a correction before close-out
    S.LONG_TERM: frozenset({S.IN_PROGRESS, S.DONE}),
}


def transition_error(current: str, new: str, *, closed: bool) -> str | None:
    """Why `current → new` is refused, in Chinese; None when it is allowed (or no change)."""
    if current == new:
        return None
    if closed:
        return f"该措施已销号，不能将状态由“{S(current).label}”改为“{S(new).label}”；如发现反弹，请由督查人员“回头看”重新打开。"
    if new not in ALLOWED.get(current, frozenset()):
        if new == S.NOT_STARTED:
            return f"整改已经开始，不能将状态由“{S(current).label}”改回“未启动”。"
        return f"不能将状态由“{S(current).label}”直接改为“{S(new).label}”。"
    return None


def check_transition(current: str, new: str, *, closed: bool) -> None:
    message = transition_error(current, new, closed=closed)
    if message:
        raise ValidationError({"status": [message]}, code="invalid_transition")
