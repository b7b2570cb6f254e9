"""The Excel ledger's entry points: export (for the admin, the command and the API) and re-import."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import IO

from django.db.models import QuerySet
from django.utils import timezone

from excel.export import write_ledger
from excel.reimport import ImportResult, import_ledger
from excel.selectors import filtered_measures
from ledger.models import Inspection
from similarity.selectors import common_problems

# The command line's export without --user covers every unit; the selectors scope by a user, so it stands in one
# that sees all units (ledger.selectors.visible_to reads only these attributes).
EVERY_UNIT = SimpleNamespace(is_authenticated=True, is_active=True, sees_all_units=True, unit_id=None)


@dataclass
class LedgerExport:
    file: IO[bytes]  # positioned at the start; a temporary file, removed when closed
    filename: str
    measures: int
    sheets: list[str]


def export_filename(sheets: list[str]) -> str:
    stamp = f"{timezone.localtime():%Y%m%d-%H%M}"
    if len(sheets) == 1:
        return f"{sheets[0]}-整改台账-{stamp}.xlsx"
    return f"整改台账-{stamp}.xlsx"


def ledger_export(
    *,
    user,
    filters: Mapping | None = None,
    within: QuerySet | None = None,
    on: date | None = None,
    progress: Callable[[int], None] | None = None,
) -> LedgerExport:
    """Export the measures `user` may see, filtered like the API's /api/measures/ (MeasureFilterSet parameters).

    `within` narrows further (e.g. the admin's selected rows); `user=None` exports without unit scope (command
    line only). Raises django.core.exceptions.ValidationError for invalid filters. The caller closes the file.
    `progress(rows written)` is called as the rows are written (excel.export.write_ledger).
    """
    queryset = filtered_measures(user=user, filters=filters, within=within)
    out = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115  (handed to the caller, closed by it)
    try:
        summary = write_ledger(
            queryset,
            out,
            on=on,
            exported_by=_display_name(user),
            progress=progress,
            common_problems=round_common_problems(user=user, filters=filters, measures=queryset),
        )
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return LedgerExport(
        file=out, filename=export_filename(summary.sheets), measures=summary.measures, sheets=summary.sheets
    )


def round_common_problems(*, user, filters: Mapping | None, measures: QuerySet) -> list | None:
    """共性问题 over the exported inspections when the export is a round's (filtered by `round`), else None."""
    if not filters or not filters.get("round"):
        return None
    inspections = Inspection.objects.filter(pk__in=measures.values("item__inspection"))
    return common_problems(user=user if user is not None else EVERY_UNIT, inspections=inspections)


def _display_name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def ledger_import(*, source: str | IO[bytes], user, apply: bool, filename: str = "") -> ImportResult:
    """Check an edited ledger workbook; with `apply`, write its changes (channel “Excel导入”) if every row is valid.

    `user=None` imports without unit scope (command line only). Raises PermissionDenied for roles that may not
    change measures; every other problem is reported in the result, located by sheet, row and column; a file over
    the upload limits (excel.reading, filelimits) is one such problem. `filename` names the upload in messages.
    """
    return import_ledger(source, user=user, apply=apply, filename=filename)
