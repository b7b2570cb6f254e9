"""The measure page: 销号 and 回头看 buttons (enabled, or disabled with the reason), the progress timeline, and
evidence with its file name, size, uploader, short hash and inline preview."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from accounts.roles import can_close_out
from ledger.admin.forms import CloseOutForm, ReopenForm
from ledger.admin.panels import item_panels
from ledger.models import FeedbackItem, Measure
from ledger.selectors import visible_to
from ledger.services import measure_close_out, measure_reopen
from ledger.services.measures import close_out_refusal, reopen_refusal

PREVIEW_IMAGES = ("png", "jpg", "jpeg", "gif", "webp")


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1048576:.1f} MB"


def evidence_summary(evidence) -> str:
    """原文件名 · size · uploader · short hash (the full one on hover) · preview."""
    if not evidence or not evidence.pk:
        return "-"
    preview = reverse("ledger:evidence-preview", args=[evidence.pk])
    ext = evidence.original_name.rsplit(".", 1)[-1].lower() if "." in evidence.original_name else ""
    if ext in PREVIEW_IMAGES:
        shown = format_html(
            '<a href="{}" target="_blank"><img src="{}" alt="{}" class="tz-thumb" loading="lazy"></a>',
            preview, preview, evidence.original_name,
        )
    elif ext == "pdf":
        shown = format_html('<a href="{}" target="_blank">在线预览</a>', preview)
    else:
        shown = ""
    shown = format_html('{} <a href="{}">下载</a>', shown, evidence.file.url)
    uploader = evidence.uploaded_by.display_name if evidence.uploaded_by else "—"
    return format_html(
        '<span class="tz-file">{}</span> · {} · 上传人：{} · <span class="tz-hash" title="SHA-256：{}">{}…</span> · {}',
        evidence.original_name, human_size(evidence.size), uploader, evidence.sha256, evidence.sha256[:12], shown,
    )


def progress_timeline(measure) -> str:
    """The measure's progress notes, newest first, as a timeline."""
    if not measure or not measure.pk:
        return "保存后显示"
    notes = list(measure.notes.select_related("author").order_by("-date", "-id"))
    if not notes:
        return "（暂无整改进展记录）"
    return format_html(
        '<ol class="tz-timeline">{}</ol>',
        format_html_join(
            "",
            '<li><div class="tz-when">{} · {} · {} · {}</div><div class="tz-what">{}</div></li>',
            (
                (
                    f"{n.date:%Y-%m-%d}",
                    n.get_status_after_display(),
                    n.author.display_name if n.author else "系统",
                    n.get_channel_display(),
                    n.text,
                )
                for n in notes
            ),
        ),
    )


class MeasurePageMixin:
    """Mixed into MeasureAdmin: the 销号/回头看 panel of the measure page and the views behind its buttons."""

    change_form_template = "admin/ledger/measure_change_form.html"

    def get_urls(self):
        return [
            path("<path:object_id>/close-out/", self.admin_site.admin_view(self.close_out_view),
                 name="ledger_measure_close_out"),
            path("<path:object_id>/reopen/", self.admin_site.admin_view(self.reopen_view),
                 name="ledger_measure_reopen"),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        measure = None
        if object_id.isdigit():
            measure = self.get_queryset(request).filter(pk=object_id).first()
        extra_context = {
            **(extra_context or {}),
            **self._oversight_context(request, measure),
            "item_panels": item_panels(request, measure.item if measure else None),
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def add_view(self, request, form_url="", extra_context=None):
        # Adding a measure to a problem (?item=ID): what other units did about the same problem.
        pk = request.GET.get("item", "")
        item = visible_to(request.user, FeedbackItem.objects.all()).filter(pk=pk).first() if pk.isdigit() else None
        extra_context = {**(extra_context or {}), "item_panels": item_panels(request, item)}
        return super().add_view(request, form_url, extra_context)

    def _oversight_context(self, request, measure) -> dict:
        if measure is None or not can_close_out(request.user.effective_role):
            return {}
        return {
            "oversight": True,
            "close_out_refusal": close_out_refusal(measure),
            "reopen_refusal": reopen_refusal(measure),
            "close_out_form": CloseOutForm(),
            "reopen_form": ReopenForm(initial={"new_deadline": timezone.localdate()}),
        }

    def _posted_measure(self, request, object_id) -> Measure:
        if not can_close_out(request.user.effective_role):
            raise PermissionDenied
        measure = self.get_queryset(request).filter(pk=object_id).first() if object_id.isdigit() else None
        if measure is None:
            raise Http404("对象不存在或您无权查看。")
        return measure

    def _run(self, request, measure, form, action, done):
        url = reverse("admin:ledger_measure_change", args=[measure.pk])
        if not form.is_valid():
            for name, errors in form.errors.items():
                messages.error(request, f"未做任何修改：{form.fields[name].label}：{'；'.join(errors)}")
            return HttpResponseRedirect(url)
        try:
            action(form.cleaned_data)
        except (ValidationError, PermissionDenied) as exc:
            text = "；".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            messages.error(request, f"未做任何修改：{text}")
            return HttpResponseRedirect(url)
        messages.success(request, done)
        return HttpResponseRedirect(url)

    def close_out_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        measure = self._posted_measure(request, object_id)
        return self._run(
            request, measure, CloseOutForm(request.POST),
            lambda data: measure_close_out(measure=measure, user=request.user, note=data["note"]),
            f"“{measure}”已销号。",
        )

    def reopen_view(self, request, object_id):
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        measure = self._posted_measure(request, object_id)
        return self._run(
            request, measure, ReopenForm(request.POST),
            lambda data: measure_reopen(
                measure=measure, user=request.user, reason=data["reason"], new_deadline=data["new_deadline"]
            ),
            f"“{measure}”已重新打开（回头看），状态改为正在推进。",
        )
