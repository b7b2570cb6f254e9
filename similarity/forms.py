"""The 共性问题 page's filter form: a round (or some of its inspections), optionally a unit subtree."""

from django import forms

from ledger.formatting import round_title
from ledger.models import Inspection, InspectionRound, ProblemCategory, Unit
from ledger.paging import db_id
from ledger.selectors import visible_to


class RoundChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return round_title(obj)


class InspectionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return obj.unit.name + (f"（{obj.topic}专项）" if obj.topic else "")


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return "　" * max(obj.path.count("/") - 2, 0) + obj.name


class CommonProblemsForm(forms.Form):
    round = RoundChoiceField(label="巡视轮次", queryset=InspectionRound.objects.none(), required=False,
                             empty_label="（请选择）")
    unit = UnitChoiceField(label="单位（含下级）", queryset=Unit.objects.none(), required=False, empty_label="全部单位")
    inspection = InspectionChoiceField(label="巡视巡察", queryset=Inspection.objects.none(), required=False)
    category = forms.ModelChoiceField(label="问题类别", queryset=ProblemCategory.objects.all(), required=False,
                                      empty_label="全部类别")
    min_units = forms.IntegerField(label="至少涉及单位数", min_value=2, max_value=999, initial=2, required=False)

    def __init__(self, data=None, *, user, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(data, **kwargs)
        self.user = user
        rounds = visible_to(user, InspectionRound.objects.all())
        self.fields["round"].queryset = rounds
        self.fields["unit"].queryset = visible_to(user, Unit.objects.all()).only("pk", "name", "path")
        chosen = self.data.get("round") if data is not None else None
        inspections = visible_to(user, Inspection.objects.select_related("unit").order_by("unit__path", "pk"))
        # Inspections are offered within the chosen round only: a province holds thousands.
        chosen = db_id(chosen) if chosen else None
        self.fields["inspection"].queryset = inspections.filter(round_id=chosen) if chosen else inspections.none()
        self.fields["inspection"].widget.attrs["size"] = 8

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("round") and not cleaned.get("inspection"):
            raise forms.ValidationError("请选择巡视轮次。")
        return cleaned

    def inspections(self):
        """The inspections whose items are compared: those ticked, else the round's, within the unit subtree."""
        data = self.cleaned_data
        chosen = data.get("inspection")
        queryset = visible_to(self.user, Inspection.objects.all())
        queryset = queryset.filter(pk__in=[i.pk for i in chosen]) if chosen else queryset.filter(round=data["round"])
        if data.get("unit"):
            queryset = queryset.filter(unit__path__startswith=data["unit"].path)
        return queryset
