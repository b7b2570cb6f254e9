"""The parse result as plain JSON (the `--json` output); schema documented in README.md."""

import dataclasses
import json
from datetime import date

from imports.parsing import model as parsed


def _default(value):
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value))


def documents_json(results: list[parsed.ParseResult]) -> str:
    docs = []
    for result in results:
        for doc in result.documents:
            data = dataclasses.asdict(doc)
            for inspection in data["inspections"]:
                inspection.pop("lines", None)  # the source text itself, not a parse result
            data["source"] = result.source
            data["sha256"] = result.sha256
            docs.append(data)
    return json.dumps(docs, ensure_ascii=False, indent=1, default=_default)
