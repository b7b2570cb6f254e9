"""How ledger objects are named in Chinese, in one place."""

import cn2an


def _cn(n: int) -> str:
    return cn2an.an2cn(n)


def round_title(r) -> str:
    parts = []
    if r.term:
        parts.append(f"{_cn(r.term)}届")
    parts.append(r.inspecting_body)
    if r.round_no:
        parts.append(f"第{_cn(r.round_no)}轮")
    if r.batch:
        parts.append(f"第{_cn(r.batch)}批")
    parts.append(r.get_level_display())
    return "".join(parts)


def inspection_title(i) -> str:
    kind = f"{i.topic}专项" if i.topic else i.get_kind_display()
    return f"{i.unit.name} · {round_title(i.round)} · {kind}"
