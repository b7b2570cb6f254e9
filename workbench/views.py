"""The 工作台: the admin's first page, one per role. Rows post back here and the user stays on the page."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse

from accounts.roles import CHANGE, Role, allowed_actions, can_close_out
from ledger.alerts import AlertLevel
from ledger.choices import Status
from ledger.selectors import measures_visible_to, today
from ledger.services import measure_close_out
from workbench import links, selectors
from workbench.forms import CloseOutForm, MeasureOnlyForm, ProgressForm, status_options, status_values
from workbench.services import measure_evidence_remind, measure_progress_record

DEFAULT_CLOSE_NOTE = "佐证材料齐全，整改到位，同意销号。"


def can_record(user) -> bool:
    """Recording progress from the 工作台 is the unit editor's job (administrators edit through the admin)."""
    return CHANGE in allowed_actions(user.effective_role, "measure") and user.effective_role == Role.EDITOR


def workbench(request):
    errors: dict[int, list[str]] = {}
    posted = {}
    if request.method == "POST":
        response, errors, posted = _handle_post(request)
        if response is not None:
            return response
    return TemplateResponse(
        request, "workbench/workbench.html", _context(request, errors, posted), status=400 if errors else 200
    )


def _messages_of(exc: Exception) -> list[str]:
    if isinstance(exc, ValidationError):
        return [str(m) for m in exc.messages]
    return [str(exc)]


def _back(pk: int | None = None) -> HttpResponseRedirect:
    anchor = f"#m{pk}" if pk else ""
    return HttpResponseRedirect(reverse("admin:index") + anchor)


def _handle_post(request):
    """(redirect on success, {measure id: errors}, posted values) for one row's form."""
    user = request.user
    action = request.POST.get("action")
    form_class = {"progress": ProgressForm, "close_out": CloseOutForm, "remind": MeasureOnlyForm}.get(action)
    if form_class is None:
        raise Http404("未知的操作。")
    if action == "progress" and not can_record(user):
        raise PermissionDenied("您的角色不能填报整改进展。")
    if action != "progress" and not can_close_out(user.effective_role):
        raise PermissionDenied("只有督查人员或管理员可以销号或发送提醒。")
    form = form_class(request.POST)
    pk = request.POST.get("measure")
    measure = measures_visible_to(user).filter(pk=pk).first() if str(pk).isdigit() else None
    if measure is None:
        raise Http404("该整改措施不存在或您无权查看。")
    if not form.is_valid():
        return None, {measure.pk: [e for errs in form.errors.values() for e in errs]}, {measure.pk: request.POST}
    data = form.cleaned_data
    try:
        if action == "progress":
            files = request.FILES.getlist("files")
            measure_progress_record(
                measure=measure,
                user=user,
                status=data["status"],
                note=data["note"],
                files=files,
                expected_version=data["version"],
            )
            extra = f"，上传佐证材料{len(files)}份" if files else ""
            messages.success(request, f"已保存“{measure}”的整改进展{extra}。")
        elif action == "close_out":
            measure_close_out(measure=measure, user=user, note=data["note"])
            messages.success(request, f"已销号：“{measure}”。")
        else:
            log = measure_evidence_remind(measure=measure, user=user)
            sent = (
                f"已发送邮件至{log.recipients}" if log.recipients else "该单位没有登记邮箱的用户，提醒已记录在其工作台"
            )
            messages.success(request, f"已提醒补充“{measure}”的佐证材料：{sent}。")
    except (ValidationError, PermissionDenied) as exc:
        return None, {measure.pk: _messages_of(exc)}, {measure.pk: request.POST}
    return _back(measure.pk), {}, {}


def _decorate(rows, errors, posted, record=None):
    """Per-row form state. Every row carries its allowed statuses (a data attribute workbench.js reads); the form
    itself is rendered in the row only when it comes back with errors or is the one opened without JavaScript
    (?record=<pk>, which can only open a row the page lists, i.e. a measure the user may see)."""
    for m in rows:
        m.change_link = links.measure_change(m.pk)
        m.errors = errors.get(m.pk, [])
        m.status_values = status_values(m.status)
        m.form_open = bool(m.errors) or m.pk == record
        if m.form_open:
            values = posted.get(m.pk, {})
            m.form_status = values.get("status", m.status)
            m.form_note = values.get("note", "")
            m.status_options = status_options(m.status)
    return rows


def _record_param(request) -> int | None:
    """The row to open server-side (the 记录进展 link without JavaScript); anything but digits is ignored."""
    value = request.GET.get("record", "")
    return int(value) if value.isdigit() and len(value) < 19 else None


def _context(request, errors, posted) -> dict:
    user = request.user
    on = today()
    role = user.effective_role
    context = {
        **admin.site.each_context(request),
        "title": "工作台",
        "role": role,
        "role_label": Role(role).label,
        "today": on,
        "can_record": can_record(user),
        "can_close_out": can_close_out(role),
        "default_close_note": DEFAULT_CLOSE_NOTE,
        "data_link": reverse("admin-data"),
        "workbench_url": reverse("admin:index"),
        "dashboard_link": reverse("dashboard"),
        "common_problems_link": reverse("admin-common-problems"),
        "errors": errors,
    }
    if role in (Role.EDITOR, Role.VIEWER):
        todo = selectors.todo(user, on)
        record = _record_param(request) if context["can_record"] and not errors else None
        for group in todo.groups:
            _decorate(group.rows, errors, posted, record)
        awaiting = _decorate(selectors.awaiting_evidence_for_editor(user), errors, posted, record)
        counts = {lvl: sum(g.counts.get(lvl, 0) for g in todo.groups) for lvl in AlertLevel.values}
        unit_id = user.unit_id
        context.update(
            todo=todo,
            awaiting=awaiting,
            # What the one <template> of the 记录进展 form is rendered with: every status (workbench.js keeps those
            # the row's data-statuses allow), no measure, nothing typed.
            blank_form=(
                {"pk": "", "version": "", "status_options": Status.choices, "form_status": "", "form_note": ""}
                if todo.groups or awaiting
                else None
            ),
            unit=user.unit,
            open_link=links.open_measures(unit_id=unit_id),
            summary=[
                ("open", "未完成", todo.total, links.open_measures(unit_id=unit_id)),
                *(
                    (lvl, selectors.WARNING_SHORT[lvl], counts[lvl], links.open_measures(unit_id=unit_id, warning=lvl))
                    for lvl in (AlertLevel.RED, AlertLevel.YELLOW, AlertLevel.BLUE)
                ),
                (
                    "awaiting",
                    "待补充佐证",
                    len(awaiting),
                    links.measure_list(
                        unit=unit_id, status__exact=Status.DONE, closed_at__isnull="True", evidence__isnull="True"
                    ),
                ),
            ],
        )
    else:
        queue = selectors.close_out_queue(user)
        long_term, long_term_link = selectors.long_term_due(user, on)
        context.update(
            queue=queue,
            lagging=selectors.lagging_units(user, on),
            mismatches=selectors.figure_mismatches(user),
            long_term=long_term,
            long_term_link=long_term_link,
            activity=selectors.recent_activity(user),
        )
        for m in queue.ready + queue.missing:
            m.change_link = links.measure_change(m.pk)
            m.errors = errors.get(m.pk, [])
        for m in long_term:
            m.change_link = links.measure_change(m.pk)
        if role == Role.ADMIN:
            context["import_runs"] = selectors.recent_import_runs()
    return context
