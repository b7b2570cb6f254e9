"""Where the real documents live (outside the repository) and a cached parse of each seed file."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from imports.parsing import ParseResult, parse_file

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO.parent / "shared" / "seeds"


def require_seeds() -> None:
    """Skip the calling test module when the seed folder is absent."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed documents not found at {SEEDS} (they are kept outside the repository)", allow_module_level=True)


@cache
def parsed(prefix: str) -> ParseResult:
    matches = sorted(SEEDS.glob(f"{prefix}*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix}* not found under {SEEDS}")
    return parse_file(matches[0])


def by_title_line(prefix: str) -> dict:
    return {document.title_line: document for document in parsed(prefix).documents}
