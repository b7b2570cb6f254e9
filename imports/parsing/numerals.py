"""Chinese and Arabic numerals as written in reports: 三十三, 两, 一百零五, 二〇二三, 1,234.5, full-width digits."""

from __future__ import annotations

from .chinese import to_int

CN_NUMERAL_CHARS = "零〇○一壹二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


def to_halfwidth(text: str) -> str:
    """Full-width digits and the few signs that go with them, as ASCII."""
    return text.translate(_FULLWIDTH)


def cn_to_int(text: str) -> int | None:
    """三十三 -> 33, 两 -> 2, 一百零五 -> 105, 二〇二三 -> 2023; None when it is not a Chinese numeral."""
    if not text or any(ch not in CN_NUMERAL_CHARS for ch in text) or text in ("万", "萬", "亿", "億"):
        return None
    return to_int(text)


def parse_number(text: str) -> float | None:
    """An Arabic (1,234.5) or Chinese numeral; None when it is neither."""
    text = to_halfwidth(text).replace(",", "").strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    value = cn_to_int(text)
    return None if value is None else float(value)
