"""Uploaded documents waiting for the user's confirmation after the preview."""

import secrets
import shutil
from pathlib import Path

from django.conf import settings


def _root() -> Path:
    return Path(settings.MEDIA_ROOT) / "import-pending"


def stash(uploads) -> str:
    token = secrets.token_urlsafe(16)
    folder = _root() / token
    folder.mkdir(parents=True)
    for n, upload in enumerate(uploads):
        name = Path(upload.name).name or f"document-{n}"
        with open(folder / f"{n:03d}-{name}", "wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
    return token


def files(token: str) -> list[Path]:
    folder = _root() / token
    if not token.replace("-", "").replace("_", "").isalnum() or not folder.is_dir():
        return []
    return sorted(folder.iterdir())


def display_name(path: Path) -> str:
    return path.name.split("-", 1)[1]


def discard(token: str) -> None:
    if files(token):
        shutil.rmtree(_root() / token, ignore_errors=True)
