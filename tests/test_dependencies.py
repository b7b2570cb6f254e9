"""The ledger is the core: the apps built on it (importer, Excel, jobs, similarity, workbench, demo) import it,
never the other way round. Read from the source, so a new import of the wrong direction fails here."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUILT_ON_LEDGER = {"imports", "excel", "jobs", "similarity", "workbench", "demo"}


def imported_packages(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


LEDGER_SOURCES = sorted(p for p in (ROOT / "ledger").rglob("*.py") if "migrations" not in p.parts)


def test_the_ledger_has_sources():
    assert len(LEDGER_SOURCES) > 50


@pytest.mark.parametrize("path", LEDGER_SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_ledger_does_not_import_the_apps_built_on_it(path):
    assert not imported_packages(path) & BUILT_ON_LEDGER
