"""Stable natural keys for imported ledger objects: the same document always yields the same keys."""

from imports.parsing import model as parsed


def round_key(body: str, level: str, term, round_no, batch) -> str:
    return f"round:{body}|{level}|{term or ''}|{round_no or ''}|{batch or ''}"


def inspection_key(unit_name: str, rkey: str, group: str, kind: str, topic: str) -> str:
    return f"insp:{unit_name}|{rkey}|{group}|{kind}|{topic}"


def tree_key(inspection_key_: str, document_title: str, occurrence: int) -> str:
    """One report's tree within an inspection; a repeated title (anonymised copies) gets its ordinal."""
    suffix = f"~{occurrence}" if occurrence > 1 else ""
    return f"{inspection_key_}@{document_title}{suffix}"


def item_key(inspection_key_: str, path: tuple[int, ...]) -> str:
    return f"{inspection_key_}/" + ".".join(map(str, path))


def measure_key(item_key_: str, ordinal: int) -> str:
    return f"{item_key_}#{ordinal}"


def walk(items: list[parsed.Item], path: tuple[int, ...] = ()):
    """Yield (path, parent_path, item) depth-first, in document order; paths count from 1."""
    for n, item in enumerate(items, 1):
        here = (*path, n)
        yield here, path, item
        yield from walk(item.children, here)
