"""Uploads waiting for their uploader's confirmation after a preview (document import, Excel re-import), or for
the background job that imports them.

Each upload is kept in the default storage (`STORAGES["default"]`: the media folder, or S3-compatible storage
shared by several machines) under <area>/<random token>/<user id>/, never by local path, and only its uploader
can take it back; previews abandoned for more than a day are removed the next time anyone stashes one.
"""

from __future__ import annotations

import json
import posixpath
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.utils import timezone

STALE = timedelta(days=1)
MANIFEST = "names.json"


@dataclass(frozen=True)
class StashedFile:
    name: str  # in the storage
    original: str  # as uploaded


def _storage():
    return storages["default"]


class Stash:
    def __init__(self, area: str):
        self.area = area

    def put(self, uploads, *, user_id: int) -> str:
        self._purge_stale()
        token = secrets.token_urlsafe(16)
        folder = self._folder(token, user_id)
        originals = []
        for n, upload in enumerate(uploads):
            originals.append(posixpath.basename((upload.name or "").replace("\\", "/")) or f"upload-{n}")
            upload.seek(0)
            # Storages rewrite names they find unsafe (Chinese punctuation, spaces): the file is stored under its
            # ordinal and its own name kept in the manifest.
            _storage().save(f"{folder}/{n:03d}.upload", upload)
        manifest = json.dumps(originals, ensure_ascii=False).encode()
        _storage().save(f"{folder}/{MANIFEST}", ContentFile(manifest))
        return token

    def files(self, token: str, *, user_id: int) -> list[StashedFile]:
        """The stashed files in upload order; none for another user or an unknown token."""
        if not token or not token.replace("-", "").replace("_", "").isalnum():
            return []
        folder = self._folder(token, user_id)
        try:
            with _storage().open(f"{folder}/{MANIFEST}", "rb") as handle:
                originals = json.loads(handle.read().decode())
        except (FileNotFoundError, ValueError):
            return []
        return [StashedFile(f"{folder}/{n:03d}.upload", original) for n, original in enumerate(originals)]

    def read(self, name: str) -> bytes:
        with _storage().open(name, "rb") as handle:
            return handle.read()

    def open(self, name: str):
        return _storage().open(name, "rb")

    def discard(self, token: str, *, user_id: int) -> None:
        stashed = self.files(token, user_id=user_id)
        for file in stashed:
            _storage().delete(file.name)
        if stashed:
            _storage().delete(f"{self._folder(token, user_id)}/{MANIFEST}")
            self._remove_folders(token, user_id)

    def stored_names(self) -> list[str]:
        """Every file held in this area, whoever stashed it (checks that a refused upload left nothing)."""
        names, folders = [], [self.area]
        while folders:
            folder = folders.pop()
            try:
                subfolders, files = _storage().listdir(folder)
            except FileNotFoundError:
                continue
            folders += [f"{folder}/{sub}" for sub in subfolders]
            names += [f"{folder}/{name}" for name in files]
        return sorted(names)

    def _folder(self, token: str, user_id: int) -> str:
        return f"{self.area}/{token}/{user_id}"

    def _remove_folders(self, token: str, user_id: int) -> None:
        # Folders exist only on file systems (object stores have prefixes); remove them there, innermost first.
        for folder in (self._folder(token, user_id), f"{self.area}/{token}"):
            try:
                if _storage().exists(folder) and _storage().listdir(folder) == ([], []):
                    _storage().delete(folder)
            except (OSError, NotImplementedError):
                pass

    def _purge_stale(self) -> None:
        storage = _storage()
        try:
            tokens, _ = storage.listdir(self.area)
        except FileNotFoundError:
            return
        cutoff = timezone.now() - STALE
        for token in tokens:
            try:
                users, _ = storage.listdir(f"{self.area}/{token}")
            except FileNotFoundError:
                continue
            for user in users:
                folder = f"{self.area}/{token}/{user}"
                names = [f"{folder}/{name}" for name in storage.listdir(folder)[1]]
                if names and all(storage.get_modified_time(name) < cutoff for name in names):
                    for name in names:
                        storage.delete(name)
                    if user.isdigit():
                        self._remove_folders(token, int(user))

