"""The 台账视图 of one inspection (/admin/ledger/inspection/<id>/sheet/): the web twin of the Excel sheet, with
edits in place and bulk edits through ledger.services.bulk (the same service as the API's bulk PATCH)."""

from __future__ import annotations

from html import escape

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from accounts.roles import CHANGE, Role, allowed_actions
from ledger.admin.display import FLAG_COLOURS
from ledger.choices import Channel, Status
from ledger.formatting import inspection_title, round_title
from ledger.models import Measure
from ledger.selectors import today, visible_to
from ledger.services.bulk import BULK_FIELDS, BulkError, measures_bulk_update
from ledger.sheet import SheetFilterForm, build_sheet

PEOPLE = ("responsible_leader", "lead_unit", "responsible_units")


class SheetEditForm(forms.Form):
    """One measure edited in place. Every field is sent; the service records what changed."""

    id = forms.IntegerField(widget=forms.HiddenInput)
    version = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label="整改状态", choices=Status.choices)
    note = forms.CharField(label="进展说明", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text="修改整改状态时必填，将记入整改进展。")
    deadline = forms.DateField(label="完成时限", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    responsible_leader = forms.CharField(label="责任领导", required=False, max_length=200)
    lead_unit = forms.CharField(label="牵头单位", required=False, max_length=200)
    responsible_units = forms.CharField(label="责任单位", required=False, max_length=500)

    def rows(self) -> list[dict]:
        return [{name: value for name, value in self.cleaned_data.items()}]


class SheetBulkForm(forms.Form):
    """Many selected measures set at once; a blank field leaves that field as it is."""

    status = forms.ChoiceField(label="整改状态", required=False, choices=[("", "（不修改）"), *Status.choices])
    deadline = forms.DateField(label="完成时限", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    responsible_leader = forms.CharField(label="责任领导", required=False, max_length=200)
    lead_unit = forms.CharField(label="牵头单位", required=False, max_length=200)
    responsible_units = forms.CharField(label="责任单位", required=False, max_length=500)
    note = forms.CharField(label="进展说明", required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           help_text="修改整改状态时必填，记入每项措施的整改进展。")

    def __init__(self, *args, selected: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.selected = selected or []

    def clean(self):
        cleaned = super().clean()
        if not self.selected:
            raise forms.ValidationError("请先勾选要批量修改的整改措施。")
        self.versions = {}
        for token in self.selected:
            pk, _, version = token.partition("-")
            if not (pk.isdigit() and version.isdigit()):
                raise forms.ValidationError("所选措施的编号无效，请刷新页面后重试。")
            self.versions[int(pk)] = int(version)
        changes = {name: cleaned[name] for name in ("status", *BULK_FIELDS) if cleaned.get(name) not in (None, "")}
        if not changes and not (cleaned.get("note") or "").strip():
            raise forms.ValidationError("请至少填写一项要修改的内容。")
        self.changes = changes
        return cleaned

    def rows(self) -> list[dict]:
        note = self.cleaned_data.get("note", "")
        return [{"id": pk, "version": v, **self.changes, "note": note} for pk, v in self.versions.items()]


def _badge(row, on) -> str:
    measure = row.measure
    label = measure.get_status_display()
    if row.flag in FLAG_COLOURS:
        fg, bg, extra = FLAG_COLOURS[row.flag]
        return format_html(
            '<span class="tz-status tz-{}" style="color:{};background:{}">{}</span>',
            row.flag, fg, bg, f"{label}·{extra}" if extra else label,
        )
    return format_html('<span class="tz-status">{}</span>', label)


class InspectionSheetMixin:
    """Mixed into InspectionAdmin: the 台账视图 page and its edits."""

    def get_urls(self):
        view = self.admin_site.admin_view(self.sheet_view)
        return [path("<path:object_id>/sheet/", view, name="ledger_inspection_sheet"), *super().get_urls()]

    def sheet_links(self, request, inspection) -> list[tuple[str, str]]:
        """(label, url) buttons beside the sheet's tools, each POSTing to its url; apps built on the ledger add theirs
        (excel: 导出Excel台账)."""
        return []

    @staticmethod
    def can_edit_measures(request) -> bool:
        return CHANGE in allowed_actions(request.user.effective_role, "measure")

    def sheet_view(self, request, object_id):
        inspection = self.visible_inspection(request, object_id)  # InspectionReportsMixin
        can_edit = self.can_edit_measures(request)
        if request.method == "POST":
            if not can_edit:
                raise PermissionDenied
            return self._sheet_post(request, inspection)
        filter_form = SheetFilterForm(request.GET or None)
        filters = filter_form.cleaned_data if filter_form.is_valid() else {}
        on = today()
        sheet = build_sheet(inspection, filters, on)
        editor = request.user.effective_role == Role.EDITOR
        for row in sheet.rows:
            if row.kind == "measure":
                row.badge = _badge(row, on)
                row.editable = can_edit and not (editor and row.measure.closed_at)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": inspection,
            "title": f"台账视图：{inspection_title(inspection)}",
            "inspection": inspection,
            "sheet": sheet,
            "rows_html": render_rows(sheet.rows, can_edit=can_edit),
            "filter_form": filter_form,
            "filtered": bool(filters and any(filters.values())),
            "can_edit": can_edit,
            "edit_form": SheetEditForm(),
            "bulk_form": SheetBulkForm(),
            "statuses": Status.choices,
            "on": on,
            "sheet_links": self.sheet_links(request, inspection),
        }
        return TemplateResponse(request, "admin/ledger/inspection_sheet.html", context)

    def _sheet_post(self, request, inspection):
        back = request.POST.get("back", "")
        if not back.startswith("?"):
            back = ""
        url = reverse("admin:ledger_inspection_sheet", args=[inspection.pk]) + back
        if request.POST.get("action") == "bulk":
            form = SheetBulkForm(request.POST, selected=request.POST.getlist("ids"))
        else:
            form = SheetEditForm(request.POST)
        if not form.is_valid():
            for error in form.non_field_errors():
                messages.error(request, f"未做任何修改：{error}")
            for name, errors in form.errors.items():
                if name != "__all__":
                    messages.error(request, f"未做任何修改：{form.fields[name].label}：{'；'.join(errors)}")
            return HttpResponseRedirect(url)
        rows = form.rows()
        scope = visible_to(request.user, Measure.objects.filter(item__inspection=inspection))
        try:
            updated = measures_bulk_update(rows=rows, scope=scope, user=request.user, channel=Channel.ADMIN)
        except BulkError as exc:
            names = {m.pk: str(m) for m in Measure.objects.filter(pk__in=[r["id"] for r in exc.rows])}
            messages.error(request, f"未做任何修改：{len(exc.rows)} 项整改措施不能按此修改，请核对后重试。")
            for row in exc.rows:
                text = "；".join(msg for msgs in row["errors"].values() for msg in msgs)
                messages.error(request, f"“{names.get(row['id'], row['id'])}”：{text}")
            return HttpResponseRedirect(url)
        messages.success(request, f"已保存 {len(updated)} 项整改措施的修改。")
        anchor = f"#m{updated[0].pk}" if len(updated) == 1 else ""
        return HttpResponseRedirect(url + anchor)


def _e(value) -> str:
    return escape("" if value is None else str(value))


def _date(value) -> str:
    return value.isoformat() if value else ""


def repeat_mark(item) -> str:
    """重复问题 (屡巡屡犯): a red mark linking to the earlier inspection's item this one repeats. Problems and
    sub-problems only: an aspect's heading (全面从严治党方面) recurs in every report and says nothing."""
    earlier = item.repeat_of
    if earlier is None:
        return ""
    url = reverse("admin:ledger_feedbackitem_change", args=[earlier.pk])
    hint = f"前次巡视巡察中的同类问题：{round_title(earlier.inspection.round)} {earlier.label}{earlier.title}"
    return f' <a class="tz-repeat" href="{url}" title="{_e(hint[:200])}">重复问题</a>'


def render_rows(rows, *, can_edit: bool) -> str:
    """The sheet's table body. Written in Python rather than the template language: a 900-measure inspection
    renders about ten times faster this way (bench/sheet_view.py)."""
    out = []
    change_url = reverse("admin:ledger_measure_change", args=[0]).replace("/0/", "/{}/")
    item_url = reverse("admin:ledger_feedbackitem_change", args=[0]).replace("/0/", "/{}/")
    toggle = '<button type="button" class="tz-toggle" aria-expanded="true" data-tz-group="{}" title="折叠/展开">▾</button>'
    for row in rows:
        if row.kind == "aspect":
            out.append(
                f'<tr class="tz-aspect" data-aspect="{row.aspect_id}"><td colspan="20">{toggle.format("aspect")}'
                f'{_e(row.item.label)}{_e(row.item.title)}<span class="tz-count">{row.count} 项措施</span></td></tr>'
            )
            continue
        if row.kind == "problem":
            out.append(
                f'<tr class="tz-problem" data-aspect="{row.aspect_id}" data-problem="{row.problem_id}"><td colspan="20">'
                f'{toggle.format("problem")}<a href="{item_url.format(row.item.pk)}">{_e(row.item.label)}'
                f'{_e(row.item.title)}</a>{repeat_mark(row.item)}<span class="tz-count">{row.count} 项措施</span></td></tr>'
            )
            continue
        if row.kind == "sub":
            out.append(
                f'<tr class="tz-sub" data-aspect="{row.aspect_id}" data-problem="{row.problem_id}"><td colspan="20">'
                f'{_e(row.item.label)}{_e(row.item.title)}{repeat_mark(row.item)}<span class="tz-count">{row.count} 项措施</span>'
                '</td></tr>'
            )
            continue
        m = row.measure
        note = ""
        if m.latest_note:
            text = m.latest_note if len(m.latest_note) <= 160 else m.latest_note[:159] + "…"
            note = f'{_e(text)}<span class="tz-note-date">{_date(m.latest_note_date)}</span>'
        select = ""
        if can_edit:
            box = f'<input type="checkbox" name="ids" value="{m.pk}-{m.version}" aria-label="选择">' if row.editable else ""
            select = f'<td class="c-sel tz-screen">{box}</td>'
        edit = '<button type="button" class="button tz-edit-open">编辑</button> ' if row.editable else ""
        title = f"{m.label}{m.text}"
        out.append(
            f'<tr class="tz-m" id="m{m.pk}" data-aspect="{row.aspect_id}" data-problem="{row.problem_id}" '
            f'data-id="{m.pk}" data-version="{m.version}" data-status="{m.status}" data-deadline="{_date(m.deadline)}" '
            f'data-leader="{_e(m.responsible_leader)}" data-lead="{_e(m.lead_unit)}" '
            f'data-units="{_e(m.responsible_units)}" data-title="{_e(title[:60])}">{select}'
            f'<td class="tz-print">{row.number or ""}</td><td class="tz-print">{_e(row.aspect_text)}</td>'
            f'<td class="tz-print">{_e(row.problem_text)}</td>'
            f'<td data-label="整改措施">{_e(title)}</td>'
            f'<td data-label="责任领导">{_e(m.responsible_leader)}</td><td data-label="牵头单位">{_e(m.lead_unit)}</td>'
            f'<td data-label="责任单位">{_e(m.responsible_units)}</td><td data-label="完成时限">{_date(m.deadline)}</td>'
            f'<td data-label="整改进展">{note}</td><td data-label="整改状态">{row.badge}</td>'
            f'<td data-label="是否销号" class="c-closed">{"是" if m.closed_at else "否"}</td>'
            f'<td class="tz-print">{_e(row.remarks).replace(chr(10), "<br>")}</td>'
            f'<td data-label="佐证" class="c-evidence tz-screen">{m.evidence_count}</td>'
            f'<td class="c-ops tz-screen">{edit}<a href="{change_url.format(m.pk)}">详情</a></td></tr>'
        )
    return mark_safe("".join(out))
