"""HTTP responses for the Excel ledger, for the admin and for the API (`/api/measures/export.xlsx`-style wiring)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from django.db.models import QuerySet
from django.http import FileResponse

from excel.services import ledger_export

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_response(
    *, user, filters: Mapping | None = None, within: QuerySet | None = None, on: date | None = None
) -> FileResponse:
    """The Excel ledger of the measures `user` may see, filtered by MeasureFilterSet parameters, as a download.

    The workbook is written to a temporary file first, which the response streams and removes when closed.
    Invalid filters raise django.core.exceptions.ValidationError (message_dict: filter name -> messages).
    """
    export = ledger_export(user=user, filters=filters, within=within, on=on)
    response = FileResponse(export.file, as_attachment=True, filename=export.filename, content_type=XLSX)
    response["X-Ledger-Measures"] = str(export.measures)
    return response
