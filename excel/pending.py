"""Uploaded workbooks waiting for the user's confirmation after the preview, kept under MEDIA_ROOT."""

from __future__ import annotations

import secrets
import shutil
from pathlib import Path

from django.conf import settings


def _root() -> Path:
    return Path(settings.MEDIA_ROOT) / "excel-import-pending"


def _valid(token: str) -> bool:
    return bool(token) and token.replace("-", "").replace("_", "").isalnum()


def stash(upload, *, user_id: int) -> str:
    token = secrets.token_urlsafe(16)
    folder = _root() / token
    folder.mkdir(parents=True)
    with open(folder / f"{user_id}.xlsx", "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return token


def path(token: str, *, user_id: int) -> Path | None:
    """The stashed file, only for the user who uploaded it."""
    if not _valid(token):
        return None
    file = _root() / token / f"{user_id}.xlsx"
    return file if file.is_file() else None


def discard(token: str) -> None:
    if _valid(token):
        shutil.rmtree(_root() / token, ignore_errors=True)
