from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from ledger.models import Evidence
from ledger.selectors import visible_to


@login_required
def evidence_file(request, name: str):
    evidence = visible_to(request.user, Evidence.objects.filter(file=name)).first()
    if evidence is None:
        raise Http404("文件不存在或您无权查看。")
    return FileResponse(evidence.file.open("rb"), as_attachment=True, filename=evidence.original_name)
