"""What may go into a spreadsheet cell: no formulas, no characters XML forbids, nothing beyond Excel's limit."""

import re

# Excel's limit on a cell's text, counted in UTF-16 code units.
CELL_LIMIT = 32767
TRUNCATION_MARKER = "……（超出单元格上限，已截断，全文见系统）"

# Characters XML 1.0 does not allow (tab, line feed and carriage return are allowed).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

# A cell starting with one of these could be taken as a formula when opened or edited in a spreadsheet program.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def cell_text(value: str | None) -> str:
    """The text a cell holds for `value`: line breaks normalised, illegal characters removed, visibly truncated."""
    if not value:
        return ""
    text = _ILLEGAL.sub("", value.replace("\r\n", "\n"))
    if _utf16_len(text) <= CELL_LIMIT:
        return text
    keep = CELL_LIMIT - _utf16_len(TRUNCATION_MARKER)
    head = text[:keep]
    while _utf16_len(head) > keep:  # characters outside the BMP take two units
        head = head[:-1]
    return head + TRUNCATION_MARKER


def needs_quote_prefix(text: str) -> bool:
    return text.startswith(FORMULA_PREFIXES)


def is_truncated(text: str) -> bool:
    return text.endswith(TRUNCATION_MARKER)
