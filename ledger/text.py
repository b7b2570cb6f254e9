"""Text entering the ledger: characters no document format can hold are removed once, where text is validated."""

from __future__ import annotations

import re

from django.db import models

# Word's vertical tab (a manual line break) and form feed read as line breaks; other C0 controls, DEL, the
# non-characters U+FFFE/U+FFFF and lone surrogates carry nothing and make XML writers (docx, xlsx) fail.
_BREAKS = re.compile("[\x0b\x0c]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str, *, multiline: bool = True) -> str:
    """`value` without control characters; a line-break-like control becomes a line break (or a space)."""
    return _CONTROLS.sub("", _BREAKS.sub("\n" if multiline else " ", value))


def clean_text_fields(obj: models.Model) -> None:
    """Clean every text field of `obj` in place (one-line fields get spaces for line-break controls)."""
    for f in obj._meta.concrete_fields:
        if not isinstance(f, models.CharField | models.TextField):
            continue
        value = getattr(obj, f.attname)
        if isinstance(value, str):
            cleaned = clean_text(value, multiline=isinstance(f, models.TextField))
            if cleaned != value:
                setattr(obj, f.attname, cleaned)


class CleanTextOnValidation:
    """Model mixin: full_clean() (which every service, admin form and import runs) cleans the text fields first."""

    def clean_fields(self, exclude=None):
        clean_text_fields(self)
        super().clean_fields(exclude=exclude)
