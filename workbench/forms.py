from django import forms

from ledger.choices import Status
from ledger.workflow import ALLOWED

NOTE_PLACEHOLDER = "本次进展：做了什么、取得什么成效"


def status_options(current: str) -> list[tuple[str, str]]:
    """The current status and those ledger.workflow allows from it, in the ledger's order."""
    allowed = ALLOWED.get(current, frozenset()) | {current}
    return [(value, label) for value, label in Status.choices if value in allowed]


def status_values(current: str) -> str:
    """status_options(current) as the short data attribute workbench.js reads: the values, space-separated."""
    return " ".join(value for value, _ in status_options(current))


class ProgressForm(forms.Form):
    """One row's 记录进展: status, note and the version the user saw. Files come from request.FILES ("files")."""

    measure = forms.IntegerField(widget=forms.HiddenInput)
    version = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label="整改状态", choices=Status.choices)
    note = forms.CharField(
        label="进展情况",
        widget=forms.Textarea(attrs={"rows": 3, "placeholder": NOTE_PLACEHOLDER}),
        error_messages={"required": "请填写进展情况说明。"},
    )


class CloseOutForm(forms.Form):
    measure = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label="销号意见", max_length=500, error_messages={"required": "请填写销号审核意见。"})


class MeasureOnlyForm(forms.Form):
    measure = forms.IntegerField(widget=forms.HiddenInput)
