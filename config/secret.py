"""SECRET_KEY from the environment, else generated once and kept in a local, git-ignored file."""

import os
import secrets
from pathlib import Path


def load_secret_key(path: Path) -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_urlsafe(50)
    path.write_text(key)
    path.chmod(0o600)
    return key
