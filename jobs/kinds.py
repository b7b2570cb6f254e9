"""What each kind of job does: the same services the admin, the API and the commands call, with progress.

A runner takes the Job and a Progress reporter and returns an Outcome, or raises JobFailed with the Chinese
errors the underlying service gave (naming file, line, sheet, row and cell as it does). Imports are all or
nothing: a refused import writes nothing but its failed ImportRun, as everywhere else.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.files.base import ContentFile

from excel.selectors import filtered_measures
from excel.services import ledger_export, ledger_import
from imports.parsing import parse_bytes
from imports.parsing.model import DocumentError
from imports.persistence import import_parsed, record_failure
from imports.review import Decisions
from jobs.choices import JobKind
from jobs.selectors import filter_query
from jobs.services import JobFailed, Outcome, Progress
from jobs.stash import stash_of
from ledger.models import Inspection
from ledger.reminders import reminders_send
from ledger.reports.progress import progress_report_docx
from ledger.reports.responses import progress_report_filename
from ledger.selectors import today, visible_to


def document_import(job, progress: Progress) -> Outcome:
    """Parse the stashed documents, apply the preview's decisions, import all or nothing."""
    user, params = job.requested_by, job.parameters
    stash = stash_of(params)
    stashed = stash.files(params["token"], user_id=params["owner"])
    files = [f.original for f in stashed]
    if not files:
        raise JobFailed("待导入的文件已不存在（上传已过期），请重新上传。")
    try:
        results = []
        for n, file in enumerate(stashed):
            progress(40 * n / len(stashed), f"解析第{n + 1}/{len(stashed)}个文件：{file.original}")
            results.append(parse_bytes(stash.read(file.name), file.original))
        decisions = params.get("decisions") or {}
        review = Decisions(drop=set(decisions.get("drop", [])), edits=decisions.get("edits", {})).bind(results)
        progress(40, "写入台账")
        run, report = import_parsed(results, user=user, review=review)
    except DocumentError as exc:
        record_failure(files=files, error=str(exc), user=user)
        raise JobFailed(str(exc)) from exc
    except ValidationError as exc:
        record_failure(files=files, error="；".join(exc.messages), user=user)
        raise JobFailed(exc.messages) from exc
    finally:
        stash.discard(params["token"], user_id=params["owner"])
    return Outcome(f"导入完成：共写入 {report.writes} 项变更。", data={"import_run": run.pk})


def excel_import(job, progress: Progress) -> Outcome:
    """Apply an edited ledger workbook (previewed before): every row or none."""
    user, params = job.requested_by, job.parameters
    stash = stash_of(params)
    stashed = stash.files(params["token"], user_id=params["owner"])
    if not stashed:
        raise JobFailed("待导入的文件已不存在（上传已过期），请重新上传。")
    (file,) = stashed
    progress(10, f"检查并写入：{file.original}")
    try:
        with stash.open(file.name) as source:
            result = ledger_import(source=source, user=user, apply=True, filename=file.original)
    except PermissionDenied as exc:
        raise JobFailed(str(exc) or "您的角色无权导入Excel台账。") from exc
    finally:
        stash.discard(params["token"], user_id=params["owner"])
    if not result.applied:
        raise JobFailed([str(problem) for problem in result.problems] or ["没有可导入的修改。"])
    return Outcome(
        f"导入完成：{len(result.changes)} 项整改措施已更新，{result.unchanged} 项无变化。",
        data={"changed": len(result.changes), "unchanged": result.unchanged},
    )


def excel_export(job, progress: Progress) -> Outcome:
    """The Excel ledger of the measures the user may see, with the API's filters (a city, a whole round …)."""
    filters = filter_query(job.parameters.get("filters") or {})
    try:
        total = filtered_measures(user=job.requested_by, filters=filters).count()
    except ValidationError as exc:
        raise JobFailed([f"筛选条件{k}：{'，'.join(v)}" for k, v in exc.message_dict.items()]) from exc
    progress(1, f"共 {total} 项整改措施，正在写入")
    export = ledger_export(
        user=job.requested_by,
        filters=filters,
        progress=lambda rows: progress(1 + 98 * rows / max(total, 1), f"已写入 {rows}/{total} 项整改措施"),
    )
    return Outcome(
        f"导出完成：{export.measures} 项整改措施，{len(export.sheets)} 个巡视巡察。",
        file=File(export.file),  # a temporary file: job_run stores it, then closes (removes) it
        filename=export.filename,
        data={"measures": export.measures, "sheets": len(export.sheets)},
    )


def progress_report(job, progress: Progress) -> Outcome:
    inspection_id = job.parameters.get("inspection")
    queryset = Inspection.objects.select_related("unit", "round").filter(pk=inspection_id)
    if job.requested_by is not None:
        queryset = visible_to(job.requested_by, queryset)
    inspection = queryset.first()
    if inspection is None:
        raise JobFailed(f"巡视巡察记录 #{inspection_id} 不存在或您无权查看。")
    progress(10, f"生成{inspection.unit.name}的整改进展通报草稿")
    buffer = BytesIO()
    progress_report_docx(inspection=inspection, out=buffer)
    return Outcome("通报草稿已生成。", file=ContentFile(buffer.getvalue()), filename=progress_report_filename(inspection))


def reminders(job, progress: Progress) -> Outcome:
    on = date.fromisoformat(job.parameters["date"]) if job.parameters.get("date") else today()
    progress(10, f"按{on:%Y-%m-%d}计算预警并发送提醒")
    sent, unaddressed = reminders_send(on=on)
    message = f"共发送 {len(sent)} 封提醒邮件。"
    if unaddressed:
        message += f"{len(unaddressed)} 个单位没有填写电子邮箱的用户，未发送。"
    return Outcome(message, data={"sent": len(sent), "unaddressed": len(unaddressed), "date": on.isoformat()})


RUNNERS = {
    JobKind.DOCUMENT_IMPORT: document_import,
    JobKind.EXCEL_IMPORT: excel_import,
    JobKind.EXCEL_EXPORT: excel_export,
    JobKind.PROGRESS_REPORT: progress_report,
    JobKind.REMINDERS: reminders,
}
