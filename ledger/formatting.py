"""How ledger objects are named in Chinese, in one place."""

import cn2an


def _cn(n: int) -> str:
    return cn2an.an2cn(n)


def round_prefix(r) -> str:
    """十三届辽宁省委第四轮第二批: the round without the word 巡视/巡察."""
    parts = []
    if r.term:
        parts.append(f"{_cn(r.term)}届")
    parts.append(r.inspecting_body)
    if r.round_no:
        parts.append(f"第{_cn(r.round_no)}轮")
    if r.batch:
        parts.append(f"第{_cn(r.batch)}批")
    return "".join(parts)


def round_title(r) -> str:
    return round_prefix(r) + r.get_level_display()


def inspection_title(i) -> str:
    kind = f"{i.topic}专项" if i.topic else i.get_kind_display()
    return f"{i.unit.name} · {round_title(i.round)} · {kind}"


def chinese_date(d) -> str:
    """2024-06-30 → 2024年6月30日."""
    return f"{d.year}年{d.month}月{d.day}日"


def chinese_period(start, end) -> str:
    """2023年9月21日至11月30日; the year is repeated only when it changes."""
    if start.year == end.year:
        return f"{chinese_date(start)}至{end.month}月{end.day}日"
    return f"{chinese_date(start)}至{chinese_date(end)}"


def measure_remarks(measure) -> str:
    """The 备注 of a ledger row: completion date, close-out, next review (the Excel sheet and the 台账视图)."""
    from django.utils import timezone

    lines = []
    if measure.completed_on:
        lines.append(f"完成日期：{measure.completed_on:%Y-%m-%d}")
    if measure.closed_at:
        lines.append(
            f"{timezone.localtime(measure.closed_at):%Y-%m-%d}销号"
            + (f"：{measure.close_note}" if measure.close_note else "")
        )
    if measure.next_review_on:
        lines.append(f"下次复查：{measure.next_review_on:%Y-%m-%d}")
    return "\n".join(lines)
