"""Server-side SVG charts: no script, no CDN; every bar carries its number in a <title> for hover and links to
the measures it counts. The viewBox lets a chart shrink to a phone's width."""

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
ROW, LABEL_W, BAR_W, FONT = 22, 190, 420, "font-family:sans-serif;font-size:12px;max-width:100%;height:auto"


def _n(value: float) -> str:
    return f"{value:.1f}"


def _frame(height: int, body: SafeString, title: str) -> SafeString:
    width = LABEL_W + BAR_W + 80
    return format_html(
        '<svg class="tz-chart" role="img" aria-label="{}" width="{}" height="{}" viewBox="0 0 {} {}" style="{}">'
        "<title>{}</title>{}</svg>",
        title,
        width,
        height,
        width,
        height,
        FONT,
        title,
        body,
    )


def hbar_chart(rows: list[tuple[str, float, str, str]], *, title: str, maximum: float | None = None) -> SafeString:
    """One horizontal bar per (label, value, shown text, link)."""
    top = maximum or max((v for _, v, _, _ in rows), default=0) or 1
    bars = format_html_join(
        "",
        '<a href="{}"><g><title>{}：{}</title><text x="{}" y="{}" text-anchor="end">{}</text>'
        '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"/><text x="{}" y="{}">{}</text></g></a>',
        (
            (
                href,
                label,
                shown,
                LABEL_W - 6,
                i * ROW + 15,
                label[:14],
                LABEL_W,
                i * ROW + 4,
                BAR_W * value / top,
                ROW - 8,
                PALETTE["bar"],
                LABEL_W + BAR_W * value / top + 4,
                i * ROW + 15,
                shown,
            )
            for i, (label, value, shown, href) in enumerate(rows)
        ),
    )
    return _frame(max(len(rows), 1) * ROW + 8, bars, title)


def stacked_chart(rows: list[tuple[str, list[tuple[str, str, int, str]]]], *, title: str) -> SafeString:
    """One bar per label, split into (key, key label, count, link) segments, scaled to the largest total."""
    top = max((sum(n for _, _, n, _ in parts) for _, parts in rows), default=0) or 1
    groups = []
    for i, (label, parts) in enumerate(rows):
        x, segments = float(LABEL_W), []
        for key, key_label, n, href in parts:
            w = BAR_W * n / top
            if n:
                segments.append(
                    format_html(
                        '<a href="{}"><rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{} {}：{}</title></rect></a>',
                        href,
                        x,
                        i * ROW + 4,
                        w,
                        ROW - 8,
                        PALETTE.get(key, "#888"),
                        label,
                        key_label,
                        n,
                    )
                )
            x += w
        groups.append(
            format_html(
                '<g><text x="{}" y="{}" text-anchor="end">{}</text>{}</g>',
                LABEL_W - 6,
                i * ROW + 15,
                label[:14],
                mark_safe("".join(segments)),
            )
        )
    return _frame(max(len(rows), 1) * ROW + 8, mark_safe("".join(groups)), title)


def column_chart(points: list[tuple[str, int, str]], *, title: str) -> SafeString:
    """Vertical columns over time (e.g. measures completed per month), each (label, count, link)."""
    height, base, width = 180, 150, LABEL_W + BAR_W + 80
    top = max((n for _, n, _ in points), default=0) or 1
    step = min((width - 40) / max(len(points), 1), 64)  # a few months should not make slabs
    cols = format_html_join(
        "",
        '<a href="{}"><g><title>{}：{}</title><rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
        '<text x="{}" y="{}" text-anchor="middle" style="font-size:10px">{}</text></g></a>',
        (
            (
                href,
                label,
                n,
                20 + i * step + 2,
                base - 120 * n / top,
                max(step - 4, 1),
                120 * n / top,
                PALETTE["done"] if label[:1].isdigit() else PALETTE["not_started"],  # 日期不详 in grey
                20 + i * step + step / 2,
                base + 14,
                label[2:] if len(points) > 8 and label[:2].isdigit() else label,
            )
            for i, (label, n, href) in enumerate(points)
        ),
    )
    return _frame(height, cols, title)


def legend(keys: list[tuple[str, str]]) -> SafeString:
    return format_html_join(
        " ",
        '<span style="display:inline-block;width:10px;height:10px;background:{}"></span> {}',
        ((PALETTE.get(k, "#888"), escape(label)) for k, label in keys),
    )
