from django import forms
from django.core.exceptions import ValidationError

from ledger.admin.base import VersionedForm
from ledger.choices import Status
from ledger.models import Evidence, Measure, ProblemCategory
from ledger.services.evidence import check_upload
from ledger.workflow import transition_error


class MeasureForm(VersionedForm):
    progress_note = forms.CharField(
        label="本次进展说明",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="修改整改状态时必填，将记入整改进展。",
    )

    class Meta:
        model = Measure
        fields = "__all__"

    def clean(self):
        cleaned = super().clean()
        status_changed = self.instance.pk and "status" in self.changed_data
        if status_changed:
            stored = Measure.objects.filter(pk=self.instance.pk).values("status", "closed_at").first()
            if stored and cleaned.get("status"):
                problem = transition_error(stored["status"], cleaned["status"], closed=bool(stored["closed_at"]))
                if problem:
                    self.add_error("status", problem)
        if status_changed and not (cleaned.get("progress_note") or "").strip():
            self.add_error("progress_note", "修改整改状态时，请填写本次进展说明。")
        return cleaned


class EvidenceForm(forms.ModelForm):
    class Meta:
        model = Evidence
        fields = ["measure", "title", "file"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The upload is stored under its hash; a long name is shortened by the service, not refused.
        if "file" in self.fields:  # read-only pages drop form-only fields
            self.fields["file"].max_length = None

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and hasattr(upload, "content_type"):  # a new upload, not the stored file
            try:
                check_upload(upload)
            except ValidationError as exc:
                raise ValidationError(exc.message_dict["file"]) from exc
        return upload


class SetStatusForm(forms.Form):
    status = forms.ChoiceField(label="整改状态", choices=Status.choices)
    note = forms.CharField(label="进展说明", widget=forms.Textarea(attrs={"rows": 4}))


class ReviewForm(forms.Form):
    note = forms.CharField(label="复查情况", widget=forms.Textarea(attrs={"rows": 4}))


class CloseOutForm(forms.Form):
    note = forms.CharField(label="销号审核意见", widget=forms.Textarea(attrs={"rows": 4}))


class ReopenForm(forms.Form):
    reason = forms.CharField(label="重新打开原因（回头看发现的问题）", widget=forms.Textarea(attrs={"rows": 4}))
    new_deadline = forms.DateField(label="新的完成时限", widget=forms.DateInput(attrs={"type": "date"}))


class CorrectDatesForm(forms.Form):
    completed_on = forms.DateField(
        label="更正后的完成日期", required=False, widget=forms.DateInput(attrs={"type": "date"}), help_text="留空则不更正"
    )
    next_review_on = forms.DateField(
        label="更正后的下次复查日期",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="留空则不更正",
    )
    note = forms.CharField(label="更正说明", widget=forms.Textarea(attrs={"rows": 4}), help_text="必填，记入历史记录")


class SetCategoryForm(forms.Form):
    category = forms.ModelChoiceField(
        label="问题类别", queryset=ProblemCategory.objects.all(), required=False, empty_label="（未归类，交由自动归类）"
    )
