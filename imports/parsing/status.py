"""A measure's status inferred from its own wording (已完成 / 基本完成 / 正在推进 / 长期坚持 …)."""

from __future__ import annotations

import re

from .model import BASICALLY_DONE, DONE, IN_PROGRESS, LONG_TERM, NOT_STARTED

# (status, strong, pattern). "Strong" phrases declare the state of the work ("已完成整改", "长期坚持");
# weak ones describe how it is being done ("常态化开展", "持续推进") and only count when nothing strong is said.
# Negations are listed first and are longer than what they negate, so "尚未完成" never reads as "完成".
_RULES: list[tuple[str, bool, str]] = [
    (NOT_STARTED, True, r"(?:尚未|还未|仍未|未)(?:启动|开始|开展|实施|动工)"),
    (
        IN_PROGRESS,
        True,
        r"(?:尚未|还未|仍未|没有|未能?|暂未|未全部)(?:全部|完全|彻底)?(?:完成|整改到位|办结|结案|销号|解决|到位)",
    ),
    (IN_PROGRESS, True, r"(?:尚需|仍需|还需)(?:时日|一定时间|持续|进一步)"),
    (BASICALLY_DONE, True, r"基本(?:完成|整改到位|整改完毕|解决|办结|到位|落实)"),
    (
        DONE,
        True,
        r"(?:已经?|均已|全部|已全部|均)(?:按[^，。；]{1,8})?(?:完成|整改到位|整改完毕|办结|销号|结案|落实到位|解决|完毕|兑现|清偿|退还|拨付到位)",
    ),
    (
        DONE,
        True,
        r"(?:已完成|完成了)(?:整改|销号|全部)|整改(?:已)?(?:到位|完毕|完成)|已整改|已按[^，。；]{1,10}完成|全面完成|如期完成|按期完成|提前完成|已于[^，。；]{1,14}完成",
    ),
    (
        IN_PROGRESS,
        True,
        r"正在(?:推进|进行|整改|实施|落实|办理|开展|研究|制定|推动|履行|建设|协调|审批)|推进中|进行中|整改中|办理中|实施中|建设中|取得阶段性(?:进展|成效)|阶段性完成|按计划推进|按序时推进|有序推进中",
    ),
    (LONG_TERM, True, r"长期坚持|久久为功|长期推进|长期整改|长期任务|持续整改|持之以恒|常抓不懈|长效推进|长期执行"),
    (LONG_TERM, False, r"常态化|持续深化|长效机制|长期"),
    (IN_PROGRESS, False, r"持续推进|加快推进|稳步推进|有序推进|积极推进|全力推进|深入推进|扎实推进|正在|逐步"),
    (DONE, False, r"已[^，。；、]{0,6}(?:完成|实现|建成|落实|到位|完毕|排除)|完成了?(?:整改|任务)|立行立改"),
]
_COMPILED = [(status, strong, re.compile(pattern)) for status, strong, pattern in _RULES]


def infer_status(text: str) -> tuple[str | None, str]:
    """(status, phrase): the last strong status phrase wins, else the last weak one; (None, "") when silent.

    Reports usually end a measure with its state ("…目前已完成整改"), so the latest statement is the one
    that holds; a method word such as 常态化 only decides when nothing states the result.
    """
    if not text:
        return None, ""
    found: list[tuple[int, int, bool, str, str]] = []  # start, end, strong, status, phrase
    for status, strong, pattern in _COMPILED:
        for m in pattern.finditer(text):
            found.append((m.start(), m.end(), strong, status, m.group(0)))
    if not found:
        return None, ""
    # Keep only matches not covered by an earlier, longer match (尚未完成 covers 完成).
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, bool, str, str]] = []
    reach = -1
    for f in found:
        if f[0] >= reach:  # overlapping matches: the one that starts first (and is longest) stands
            kept.append(f)
            reach = f[1]
    strong = [f for f in kept if f[2]]
    pick = (strong or kept)[-1]
    return pick[3], pick[4]
