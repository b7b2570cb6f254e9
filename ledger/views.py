from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from ledger.models import Evidence
from ledger.selectors import visible_to

# Types a browser may show inline, recognised from the file's first bytes (never from its name or the upload's
# claimed type). Anything else is sent as a download.
_INLINE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
)


def sniff_inline_type(head: bytes) -> str | None:
    """The safe inline content type of a file starting with `head`, or None."""
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return next((kind for signature, kind in _INLINE_SIGNATURES if head.startswith(signature)), None)


def _visible_evidence(request, **lookup) -> Evidence:
    evidence = visible_to(request.user, Evidence.objects.filter(**lookup)).first()
    if evidence is None:
        raise Http404("文件不存在或您无权查看。")
    return evidence


@login_required
def evidence_file(request, name: str):
    evidence = _visible_evidence(request, file=name)
    return FileResponse(evidence.file.open("rb"), as_attachment=True, filename=evidence.original_name)


@login_required
def evidence_preview(request, pk: int):
    """Images and PDFs inline with their real type; everything else as an attachment."""
    evidence = _visible_evidence(request, pk=pk)
    handle = evidence.file.open("rb")
    head = handle.read(16)
    handle.seek(0)
    kind = sniff_inline_type(head)
    if kind is None:
        response = FileResponse(handle, as_attachment=True, filename=evidence.original_name,
                                content_type="application/octet-stream")
    else:
        response = FileResponse(handle, as_attachment=False, filename=evidence.original_name, content_type=kind)
    response["X-Content-Type-Options"] = "nosniff"
    return response
