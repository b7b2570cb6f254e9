"""Uploads waiting for their uploader's confirmation after a preview (document import, Excel re-import).

Each upload lives under MEDIA_ROOT/<area>/<random token>/<user id>/ and only its uploader can take it back;
previews abandoned for more than a day are removed the next time anyone stashes one.
"""

from __future__ import annotations

import secrets
import shutil
import time
from pathlib import Path

from django.conf import settings

STALE_SECONDS = 24 * 3600


class Stash:
    def __init__(self, area: str):
        self.area = area

    @property
    def root(self) -> Path:
        return Path(settings.MEDIA_ROOT) / self.area

    def put(self, uploads, *, user_id: int) -> str:
        self._purge_stale()
        token = secrets.token_urlsafe(16)
        folder = self.root / token / str(user_id)
        folder.mkdir(parents=True)
        for n, upload in enumerate(uploads):
            name = Path(upload.name or "").name or f"upload-{n}"
            with open(folder / f"{n:03d}-{name}", "wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
        return token

    def files(self, token: str, *, user_id: int) -> list[Path]:
        """The stashed files in upload order; none for another user or an unknown token."""
        if not token or not token.replace("-", "").replace("_", "").isalnum():
            return []
        folder = self.root / token / str(user_id)
        return sorted(folder.iterdir()) if folder.is_dir() else []

    def discard(self, token: str, *, user_id: int) -> None:
        if self.files(token, user_id=user_id):
            shutil.rmtree(self.root / token, ignore_errors=True)

    def _purge_stale(self) -> None:
        if not self.root.is_dir():
            return
        cutoff = time.time() - STALE_SECONDS
        for folder in self.root.iterdir():
            if folder.is_dir() and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)


def original_name(path: Path) -> str:
    """The uploaded file's own name (the stash prefixes an ordinal)."""
    return path.name.split("-", 1)[1]
