"""Small builders for the 工作台 tests: measures at each warning level, evidence files, the rows a page lists."""

import re
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile

from ledger.choices import Status
from ledger.models import Measure
from ledger.services import evidence_create, save_tracked
from tests.ledger.conftest import make_measure

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def png(name="现场照片.png", body=PNG):
    return SimpleUploadedFile(name, body, content_type="image/png")


def pdf(name="整改报告.pdf", body=PDF):
    return SimpleUploadedFile(name, body, content_type="application/pdf")


def long_term(item, review_on):
    measure = Measure(
        item=item,
        position=item.measures.count() + 1,
        text="长期坚持的措施",
        status=Status.LONG_TERM,
        next_review_on=review_on,
        review_cycle_months=3,
    )
    save_tracked(measure)
    return measure


def done_with_evidence(item, text, user=None):
    measure = make_measure(item, text, Status.DONE)
    evidence_create(measure=measure, upload=pdf(f"{text}.pdf", PDF + text.encode()), user=user)
    return measure


def section(body: str, anchor: str) -> str:
    """The HTML of one <section id=…> of the page."""
    match = re.search(rf'<section class="wb-section" id="{anchor}">(.*?)</section>', body, re.S)
    assert match, f"section {anchor} missing"
    return match.group(1)


def listed(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'data-measure="(\d+)"', html)]


def days(n):
    return timedelta(days=n)
