"""Coloured status badges, shared by list views and the feedback tree."""

from django.utils.html import format_html

from ledger.alerts import measure_flag
from ledger.choices import Status
from ledger.selectors import today

FLAG_COLOURS = {
    "red": ("#fff", "#c62828", "逾期"),
    "yellow": ("#3e2a00", "#f9a825", "滞后"),
    "blue": ("#fff", "#1565c0", "临期"),
    "done": ("#fff", "#2e7d32", ""),
}


def status_badge(measure, on=None):
    flag = measure_flag(measure, on or today())
    label = measure.get_status_display()
    if flag in FLAG_COLOURS:
        fg, bg, extra = FLAG_COLOURS[flag]
        text = f"{label}·{extra}" if extra else label
        return format_html(
            '<span class="tz-status tz-{}" style="color:{};background:{};padding:1px 6px;border-radius:3px">{}</span>',
            flag,
            fg,
            bg,
            text,
        )
    return format_html('<span class="tz-status">{}</span>', label)


def rollup_badge(rollup):
    colour = {Status.DONE: "#2e7d32"}.get(rollup.status, "#555")
    if rollup.overdue:
        return format_html(
            '<span style="color:#c62828;font-weight:bold">{}（{}项逾期）</span>', rollup.status_label, rollup.overdue
        )
    return format_html('<span style="color:{}">{}</span>', colour, rollup.status_label)
