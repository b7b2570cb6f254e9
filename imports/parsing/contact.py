"""Public contact details printed at the end of a report (phone, e-mail, post address, postcode)."""

from __future__ import annotations

import re

from .chinese import fold
from .model import Contact, Line

_PHONE_RE = re.compile(
    r"(?:电话|热线|联系方式)[^0-9\n]{0,8}?"
    r"((?:\(?0\d{2,3}\)?[-\s]?)?(?:\d{7,8}|123\d{2})(?:[-转]\d{1,5})?|1[3-9]\d{9}|123\d{2})"
)
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_ADDRESS_RE = re.compile(
    r"(?:通讯地址|通信地址|邮寄地址|来信地址|联系地址|地址|邮政信箱)\s*[:：]\s*"
    r"((?:(?!邮政编码|邮编|电子邮箱|邮箱|联系电话|电话)[^；;。，,\n]){4,80})"
)
_POSTCODE_RE = re.compile(r"(?:邮编|邮政编码)\s*[:：]?\s*(\d{6})")
_HINT_RE = re.compile(r"电话|邮箱|信箱|邮编|邮政编码|地址|热线|联系方式")


def find_contact(lines: list[Line]) -> Contact | None:
    """The first stated value of each field, from lines that mention contact words; None if nothing."""
    contact = Contact()
    for line in lines:
        if not _HINT_RE.search(line.text):
            continue
        text = fold(line.text)
        if not contact.phone and (match := _PHONE_RE.search(text)):
            contact.phone = match[1].strip()
        if not contact.email and (match := _EMAIL_RE.search(text)):
            contact.email = match[0].rstrip(".")
        if not contact.address and (match := _ADDRESS_RE.search(text)):
            contact.address = re.sub(r"[（(]信封.*$", "", match[1]).strip()
        if not contact.postcode and (match := _POSTCODE_RE.search(text)):
            contact.postcode = match[1]
    if not (contact.phone or contact.email or contact.address or contact.postcode):
        return None
    return contact
