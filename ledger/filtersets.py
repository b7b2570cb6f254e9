"""django-filter FilterSets shared by the API, the Excel export and the admin (NetBox style: search() serves ?q=)."""

import django_filters as df
from django.db.models import Q
from django.utils import timezone

from ledger.alerts import AlertLevel, warning_q
from ledger.choices import CategorySource, InspectionKind, Level, Metric, Status, UnitKind
from ledger.models import (
    Evidence,
    FeedbackItem,
    Inspection,
    InspectionRound,
    Measure,
    ProblemCategory,
    ProgressNote,
    ReportedFigure,
    Unit,
)
from ledger.search import SEARCHED_FIELDS, icontains_q, search
from ledger.selectors import overdue_q, visible_to


def scoped(model):
    """Choices limited to what the requesting user may see: a foreign id is as unknown as a missing one."""

    def queryset(request):
        qs = model._default_manager.all()
        return visible_to(request.user, qs) if request is not None else qs

    return queryset


# Form classes of BaseFilterSet.get_form_class, by (filterset class, names of its filters).
_FORM_CLASSES: dict[tuple, type] = {}


class BaseFilterSet(df.FilterSet):
    q = df.CharFilter(method="search", label="搜索")
    search_fields: tuple[str, ...] = ()

    def __init__(self, data=None, queryset=None, *, only=None, **kwargs):
        # `only`: the filters the request names. The others would filter nothing, yet each is deep-copied and
        # given a form field on every request (ledger.api.base.LedgerFilterBackend passes it for list pages).
        if only is not None:
            self.base_filters = {name: f for name, f in type(self).base_filters.items() if name in only}
        super().__init__(data, queryset, **kwargs)

    def get_form_class(self):
        """The form class for these filters, built once per filterset class and set of filters when no field depends
        on the request: building a form class (a form field per filter, then a class) cost more than validating it.
        Filters choosing among querysets (scoped to the requesting user) build their own, every time."""
        if any(isinstance(f, df.filters.QuerySetRequestMixin) for f in self.filters.values()):
            return super().get_form_class()
        key = (type(self), frozenset(self.filters))
        form_class = _FORM_CLASSES.get(key)
        if form_class is None:
            if len(_FORM_CLASSES) > 256:  # bounded by the filters declared, yet never let it grow unchecked
                _FORM_CLASSES.clear()
            form_class = _FORM_CLASSES[key] = super().get_form_class()
        return form_class

    def search(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        if queryset.model in SEARCHED_FIELDS:
            return search(queryset, value)  # index-served on PostgreSQL
        # Every search field is the model's own or a forward foreign key's: no duplicates, no DISTINCT.
        return queryset.filter(icontains_q(self.search_fields, value))


class UnitScopedFilterSet(BaseFilterSet):
    """`unit` filters by a unit together with its sub-units."""

    unit_path = ""  # lookup prefix from the model to its unit
    unit = df.NumberFilter(method="filter_unit_subtree", label="单位（含下级）", min_value=1, max_value=2**63 - 1)

    def filter_unit_subtree(self, queryset, name, value):
        unit = Unit.objects.filter(pk=value).only("path").first()
        if unit is None:
            return queryset.none()
        return queryset.filter(**{f"{self.unit_path}path__startswith": unit.path})


class UnitFilterSet(UnitScopedFilterSet):
    search_fields = ("name", "full_name")
    parent = df.ModelChoiceFilter(queryset=scoped(Unit), label="上级单位")
    kind = df.MultipleChoiceFilter(choices=UnitKind.choices, label="类别", distinct=False)
    updated_after = df.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gt", label="更新时间晚于")

    class Meta:
        model = Unit
        fields = ["id", "name", "full_name"]


class InspectionRoundFilterSet(BaseFilterSet):
    search_fields = ("inspecting_body",)
    level = df.ChoiceFilter(choices=Level.choices, label="类别")
    updated_after = df.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gt", label="更新时间晚于")

    class Meta:
        model = InspectionRound
        fields = ["id", "inspecting_body", "term", "round_no", "batch"]


class InspectionFilterSet(UnitScopedFilterSet):
    unit_path = "unit__"
    search_fields = ("unit__name", "unit__full_name", "group", "topic")
    round = df.ModelChoiceFilter(queryset=scoped(InspectionRound), label="巡视轮次")
    kind = df.ChoiceFilter(choices=InspectionKind.choices, label="类型")
    level = df.ChoiceFilter(field_name="round__level", choices=Level.choices, label="巡视或巡察")
    feedback_after = df.DateFilter(field_name="feedback_date", lookup_expr="gte", label="反馈日期起")
    feedback_before = df.DateFilter(field_name="feedback_date", lookup_expr="lte", label="反馈日期止")
    updated_after = df.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gt", label="更新时间晚于")

    class Meta:
        model = Inspection
        fields = ["id", "group", "topic", "onsite_start", "onsite_end", "rectification_deadline", "source_document"]


class FeedbackItemFilterSet(UnitScopedFilterSet):
    unit_path = "inspection__unit__"
    search_fields = SEARCHED_FIELDS[FeedbackItem]
    inspection = df.ModelChoiceFilter(queryset=scoped(Inspection), label="巡视巡察")
    parent = df.ModelChoiceFilter(queryset=scoped(FeedbackItem), label="上级条目")
    root = df.BooleanFilter(field_name="parent", lookup_expr="isnull", label="仅顶层（方面）")
    round = df.ModelChoiceFilter(field_name="inspection__round", queryset=scoped(InspectionRound), label="巡视轮次")
    kind = df.ChoiceFilter(field_name="inspection__kind", choices=InspectionKind.choices, label="巡视类型")
    category = df.ModelChoiceFilter(queryset=ProblemCategory.objects.all(), label="问题类别")
    category_source = df.ChoiceFilter(choices=CategorySource.choices, label="归类方式")
    is_repeat = df.BooleanFilter(field_name="repeat_of", lookup_expr="isnull", exclude=True, label="重复问题")
    repeat_of = df.ModelChoiceFilter(queryset=scoped(FeedbackItem), label="前次巡视巡察中的同类问题")
    updated_after = df.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gt", label="更新时间晚于")

    class Meta:
        model = FeedbackItem
        fields = ["id", "label", "title", "position", "source_line"]


class MeasureFilterSet(UnitScopedFilterSet):
    # Unit, inspection, round and kind are stored on the measure (ledger.models.measures.ITEM_FACTS): no join through
    # the item, nor to the inspection for the kind.
    unit_path = "unit__"
    search_fields = SEARCHED_FIELDS[Measure]
    item = df.ModelChoiceFilter(queryset=scoped(FeedbackItem), label="反馈问题")
    inspection = df.ModelChoiceFilter(queryset=scoped(Inspection), label="巡视巡察")
    round = df.ModelChoiceFilter(queryset=scoped(InspectionRound), label="巡视轮次")
    kind = df.ChoiceFilter(field_name="inspection_kind", choices=InspectionKind.choices, label="巡视类型")
    topic = df.CharFilter(field_name="inspection__topic", label="专项主题")
    group = df.CharFilter(field_name="inspection__group", label="巡视组")
    category = df.ModelChoiceFilter(
        field_name="item__category", queryset=ProblemCategory.objects.all(), label="问题类别"
    )
    is_repeat = df.BooleanFilter(field_name="item__repeat_of", lookup_expr="isnull", exclude=True, label="重复问题")
    status = df.MultipleChoiceFilter(choices=Status.choices, label="整改状态", distinct=False)
    overdue = df.BooleanFilter(method="filter_overdue", label="是否逾期")
    warning = df.MultipleChoiceFilter(
        choices=AlertLevel.choices, method="filter_warning", label="预警级别（红：逾期，黄：进度滞后，蓝：临期）"
    )
    closed = df.BooleanFilter(field_name="closed_at", lookup_expr="isnull", exclude=True, label="是否销号")
    deadline_after = df.DateFilter(field_name="deadline", lookup_expr="gte", label="完成时限起")
    deadline_before = df.DateFilter(field_name="deadline", lookup_expr="lte", label="完成时限止")
    updated_after = df.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gt", label="更新时间晚于")

    class Meta:
        model = Measure
        fields = [
            "id",
            "label",
            "position",
            "responsible_leader",
            "lead_unit",
            "responsible_units",
            "completed_on",
            "closed_by",
            "next_review_on",
            "review_cycle_months",
        ]

    def filter_warning(self, queryset, name, value):
        on = timezone.localdate()
        query = Q()
        for level in value:
            query |= warning_q(level, on)
        return queryset.filter(query)

    def filter_overdue(self, queryset, name, value):
        return queryset.filter(overdue_q()) if value else queryset.exclude(overdue_q())


class ProgressNoteFilterSet(UnitScopedFilterSet):
    unit_path = "measure__unit__"
    search_fields = ("text",)
    measure = df.ModelChoiceFilter(queryset=scoped(Measure), label="整改措施")
    status_after = df.MultipleChoiceFilter(choices=Status.choices, label="进展后状态", distinct=False)
    date_after = df.DateFilter(field_name="date", lookup_expr="gte", label="日期起")
    date_before = df.DateFilter(field_name="date", lookup_expr="lte", label="日期止")

    class Meta:
        model = ProgressNote
        fields = ["id", "author", "channel"]


class EvidenceFilterSet(UnitScopedFilterSet):
    unit_path = "measure__unit__"
    search_fields = ("title", "original_name")
    measure = df.ModelChoiceFilter(queryset=scoped(Measure), label="整改措施")

    class Meta:
        model = Evidence
        fields = ["id", "title", "sha256", "uploaded_by"]


class ReportedFigureFilterSet(UnitScopedFilterSet):
    unit_path = "inspection__unit__"
    search_fields = ("sentence",)
    inspection = df.ModelChoiceFilter(queryset=scoped(Inspection), label="巡视巡察")
    metric = df.MultipleChoiceFilter(choices=Metric.choices, label="指标", distinct=False)

    class Meta:
        model = ReportedFigure
        fields = ["id", "quantity_unit", "source_line", "source_document"]
