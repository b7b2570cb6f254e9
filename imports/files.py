from pathlib import Path

SUPPORTED = {".txt", ".text", ".docx", ".html", ".htm", ".pdf"}


def collect(paths: list[str]) -> list[Path]:
    """Files named, plus supported files found under folders named, in a stable order."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED))
        else:
            found.append(path)
    return found
