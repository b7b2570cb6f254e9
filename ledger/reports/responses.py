"""The progress report draft as a download, for the admin and the API."""

from io import BytesIO

from django.http import FileResponse

from ledger.models import Inspection
from ledger.reports.progress import progress_report_docx

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def progress_report_filename(inspection: Inspection) -> str:
    return f"{inspection.unit.name}整改进展情况的通报（草稿）.docx"


def progress_report_response(inspection: Inspection) -> FileResponse:
    buffer = BytesIO()
    progress_report_docx(inspection=inspection, out=buffer)
    buffer.seek(0)
    return FileResponse(
        buffer, as_attachment=True, filename=progress_report_filename(inspection), content_type=DOCX_MIME
    )
