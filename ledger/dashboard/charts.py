"""The overview's charts, drawn on the server: no script, no CDN. Bars are HTML, so their labels are text of the
page's own size on a desktop and a phone alike (at 390 px the label goes above its bar, not shrunk with it); the
months are a column SVG at its own size, which scrolls in its box on a phone. Every bar names its number on hover
and links to the measures it counts."""

from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

PALETTE = {
    "not_started": "#9e9e9e",
    "in_progress": "#1565c0",
    "basically_done": "#7cb342",
    "done": "#2e7d32",
    "long_term": "#6a1b9a",
    "red": "#c62828",
    "yellow": "#f9a825",
    "blue": "#1565c0",
    "bar": "#3f7fbf",
}


def _percent(value: float, top: float) -> str:
    return f"{100 * value / top:.1f}%"


def _bars(title: str, rows: SafeString) -> SafeString:
    return format_html('<div class="tz-bars" role="img" aria-label="{}">{}</div>', title, rows)


def hbar_chart(rows: list[tuple[str, float, str, str]], *, title: str, maximum: float | None = None) -> SafeString:
    """One horizontal bar per (label, value, shown text, link)."""
    top = maximum or max((v for _, v, _, _ in rows), default=0) or 1
    return _bars(
        title,
        format_html_join(
            "",
            '<a class="tz-bar-row" href="{}" title="{}：{}"><span class="tz-bar-label">{}</span>'
            '<span class="tz-bar-track"><span class="tz-bar" style="width:{};background:{}"></span></span>'
            '<span class="tz-bar-value">{}</span></a>',
            (
                (href, label, shown, label, _percent(value, top), PALETTE["bar"], shown)
                for label, value, shown, href in rows
            ),
        ),
    )


def stacked_chart(rows: list[tuple[str, list[tuple[str, str, int, str]]]], *, title: str) -> SafeString:
    """One bar per label, split into (key, key label, count, link) segments, scaled to the largest total."""
    top = max((sum(n for _, _, n, _ in parts) for _, parts in rows), default=0) or 1
    lines = []
    for label, parts in rows:
        segments = format_html_join(
            "",
            '<a class="tz-bar" href="{}" title="{} {}：{}" style="width:{};background:{}"></a>',
            (
                (href, label, key_label, n, _percent(n, top), PALETTE.get(key, "#888"))
                for key, key_label, n, href in parts
                if n
            ),
        )
        lines.append(
            format_html(
                '<div class="tz-bar-row"><span class="tz-bar-label">{}</span><span class="tz-bar-track">{}</span>'
                '<span class="tz-bar-value">{}</span></div>',
                label,
                segments,
                sum(n for _, _, n, _ in parts),
            )
        )
    return _bars(title, mark_safe("".join(lines)))


def column_chart(points: list[tuple[str, int, str]], *, title: str) -> SafeString:
    """Vertical columns over time (e.g. measures completed per month), each (label, count, link)."""
    step = 48  # wide enough for a "2024-06" label under its column
    height, base = 180, 150
    width = 40 + step * max(len(points), 1)
    top = max((n for _, n, _ in points), default=0) or 1
    cols = format_html_join(
        "",
        '<a href="{}"><g><title>{}：{}</title><rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
        '<text x="{}" y="{}" text-anchor="middle">{}</text>'
        '<text x="{}" y="{}" text-anchor="middle">{}</text></g></a>',
        (
            (
                href,
                label,
                n,
                20 + i * step + 6,
                base - 120 * n / top,
                step - 12,
                120 * n / top,
                PALETTE["done"] if label[:1].isdigit() else PALETTE["not_started"],  # 日期不详 in grey
                20 + i * step + step / 2,
                base - 120 * n / top - 4,
                n,
                20 + i * step + step / 2,
                base + 16,
                label,
            )
            for i, (label, n, href) in enumerate(points)
        ),
    )
    return format_html(
        '<svg class="tz-chart" role="img" aria-label="{}" width="{}" height="{}" viewBox="0 0 {} {}" '
        'style="font-family:sans-serif;font-size:11px"><title>{}</title>{}</svg>',
        title,
        width,
        height,
        width,
        height,
        title,
        cols,
    )


def legend(keys: list[tuple[str, str]]) -> SafeString:
    return format_html_join(
        " ",
        '<span style="display:inline-block;width:10px;height:10px;background:{}"></span> {}',
        ((PALETTE.get(k, "#888"), escape(label)) for k, label in keys),
    )
