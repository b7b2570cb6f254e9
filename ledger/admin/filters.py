from django.contrib import admin
from django.db.models import Exists, OuterRef, Q

from ledger.alerts import AlertLevel, any_warning_q, warning_q
from ledger.choices import InspectionKind, Status, UnitKind
from ledger.models import Evidence, InspectionRound, ProblemCategory, Unit
from ledger.selectors import overdue_q, today, unfinished_q, visible_to

ANY_WARNING = "any"


class UnitSubtreeFilter(admin.SimpleListFilter):
    """Filter by a unit, its sub-units included; offers only units the user may see."""

    title = "单位（含下级）"
    parameter_name = "unit"
    unit_prefix = ""  # lookup path from the listed model to its unit, e.g. "item__inspection__unit__"

    # A province has thousands of townships: listing each as a link made the sidebar the slowest part of a list
    # page and useless to scroll. Beyond this many units the list stops above the townships (a township is still
    # filtered by ?unit=, the overview's links, or the unit's own list).
    max_listed = 200

    def lookups(self, request, model_admin):
        units = list(visible_to(request.user, Unit.objects.all()).values_list("pk", "path", "name", "kind"))
        if len(units) > self.max_listed:
            chosen = self.value()
            low = {UnitKind.TOWNSHIP, UnitKind.COMMUNITY}
            units = [u for u in units if u[3] not in low or str(u[0]) == chosen]
        return [(pk, "　" * (path.count("/") - 2) + name) for pk, path, name, _ in units]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        unit = visible_to(request.user, Unit.objects.all()).filter(pk=self.value()).first()
        if unit is None:
            return queryset.none()
        return queryset.filter(**{f"{self.unit_prefix}path__startswith": unit.path})


def unit_subtree_filter(prefix: str) -> type[UnitSubtreeFilter]:
    return type("UnitSubtreeFilter", (UnitSubtreeFilter,), {"unit_prefix": prefix})


class MeasureRoundFilter(admin.SimpleListFilter):
    """The round of a measure's inspection. Offers the rounds the user may see, not the DISTINCT rounds of every
    listed measure (a scan of measure ⋈ item ⋈ inspection on each page load). The parameter keeps the name of the
    related-field filter it replaces, so the dashboard's and the workbench's links still apply."""

    title = "巡视轮次"
    parameter_name = "item__inspection__round__id__exact"

    def lookups(self, request, model_admin):
        return [(r.pk, str(r)) for r in visible_to(request.user, InspectionRound.objects.all())]

    def queryset(self, request, queryset):
        return queryset.filter(round=self.value()) if self.value() else queryset


class OverdueFilter(admin.SimpleListFilter):
    title = "是否逾期"
    parameter_name = "overdue"

    def lookups(self, request, model_admin):
        return [("1", "逾期"), ("0", "未逾期")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(overdue_q())
        if self.value() == "0":
            return queryset.exclude(overdue_q())
        return queryset


class InspectionKindFilter(admin.SimpleListFilter):
    title = "巡视类型"
    parameter_name = "kind"
    kind_field = "inspection_kind"  # the measure's stored copy of its inspection's kind (ITEM_FACTS): no join

    def lookups(self, request, model_admin):
        return InspectionKind.choices

    def queryset(self, request, queryset):
        if self.value() in InspectionKind.values:
            return queryset.filter(**{self.kind_field: self.value()})
        return queryset


class AlertFilter(admin.SimpleListFilter):
    """Red / yellow / blue, by ledger.alerts (plain predicates over the measure's stored warning inputs)."""

    title = "预警级别"
    parameter_name = "warning"

    def lookups(self, request, model_admin):
        return [(ANY_WARNING, "任一预警（红/黄/蓝）"), *AlertLevel.choices]

    def queryset(self, request, queryset):
        if self.value() == ANY_WARNING:
            return queryset.filter(any_warning_q(today()))
        if self.value() in AlertLevel.values:
            return queryset.filter(warning_q(self.value(), today()))
        return queryset


class ShownWhenChosen(admin.SimpleListFilter):
    """A filter the overview's links set; it shows in the sidebar only while it is applied."""

    def lookups(self, request, model_admin):
        value = self.value()
        return [(value, self.describe(request, value))] if value else []

    def describe(self, request, value) -> str:
        return value


class UnitOnlyFilter(ShownWhenChosen):
    """One unit without its sub-units: the overview counts each unit's own measures."""

    title = "单位（不含下级）"
    parameter_name = "unit_only"
    unit_field = "unit"

    def describe(self, request, value):
        unit = visible_to(request.user, Unit.objects.all()).filter(pk=value).first() if value.isdigit() else None
        return unit.name if unit else "无"

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if not self.value().isdigit():
            return queryset.none()
        return queryset.filter(**{self.unit_field: self.value()})


class CompletedMonthFilter(ShownWhenChosen):
    """已完成 in a month (completed_on), or 日期不详 (completed per an undated report)."""

    title = "完成月份"
    parameter_name = "completed_month"
    UNKNOWN = "unknown"

    def describe(self, request, value):
        return "日期不详" if value == self.UNKNOWN else value

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        done = queryset.filter(status=Status.DONE)
        if value == self.UNKNOWN:
            return done.filter(completed_on__isnull=True)
        try:
            year, month = (int(part) for part in value.split("-"))
            return done.filter(completed_on__year=year, completed_on__month=month)
        except ValueError:
            return queryset.none()


class UnfinishedFilter(admin.SimpleListFilter):
    """未启动, 正在推进 and 基本完成 at once: everything still to be done."""

    title = "是否完成"
    parameter_name = "unfinished"

    def lookups(self, request, model_admin):
        return [("1", "未完成（未启动/正在推进/基本完成）")]

    def queryset(self, request, queryset):
        return queryset.filter(unfinished_q()) if self.value() == "1" else queryset


class ClosedOutFilter(admin.SimpleListFilter):
    title = "是否销号"
    parameter_name = "closed"

    def lookups(self, request, model_admin):
        return [("1", "已销号"), ("0", "未销号")]

    def queryset(self, request, queryset):
        if self.value() in ("0", "1"):
            return queryset.filter(closed_at__isnull=self.value() == "0")
        return queryset


def has_evidence():
    return Exists(Evidence.objects.filter(measure=OuterRef("pk")))


class EvidenceFilter(admin.SimpleListFilter):
    title = "有无佐证"
    parameter_name = "evidence"

    def lookups(self, request, model_admin):
        return [("1", "有佐证材料"), ("0", "无佐证材料")]

    def queryset(self, request, queryset):
        if self.value() == "1":
            return queryset.filter(has_evidence())
        if self.value() == "0":
            return queryset.filter(~has_evidence())
        return queryset


class CategoryFilter(admin.SimpleListFilter):
    """问题类别 of the item (of the measure's item on the measure list); 未归类 for items without one."""

    title = "问题类别"
    parameter_name = "category"
    item_prefix = ""  # lookup path from the listed model to its feedback item, e.g. "item__"
    UNSET = "none"

    def lookups(self, request, model_admin):
        return [*((str(pk), name) for pk, name in ProblemCategory.objects.values_list("pk", "name")), (self.UNSET, "未归类")]

    def queryset(self, request, queryset):
        value = self.value()
        if value == self.UNSET:
            return queryset.filter(**{f"{self.item_prefix}category__isnull": True})
        if value and value.isdigit():
            return queryset.filter(**{f"{self.item_prefix}category": value})
        return queryset


class RepeatFilter(admin.SimpleListFilter):
    """重复问题 (屡巡屡犯): the item repeats a problem of an earlier inspection of the same unit."""

    title = "重复问题"
    parameter_name = "is_repeat"
    item_prefix = ""

    def lookups(self, request, model_admin):
        return [("1", "是（前次巡视巡察中有同类问题）"), ("0", "否")]

    def queryset(self, request, queryset):
        # An aspect's heading (全面从严治党方面) recurs in every report: a repeat means a problem or sub-problem.
        p = self.item_prefix
        repeat = Q(**{f"{p}repeat_of__isnull": False}) & ~Q(**{f"{p}parent__isnull": True, f"{p}children__isnull": False})
        if self.value() == "1":
            return queryset.filter(repeat)
        if self.value() == "0":
            return queryset.exclude(repeat)
        return queryset


def item_filter(base: type[admin.SimpleListFilter], prefix: str) -> type[admin.SimpleListFilter]:
    """The item filter `base` applied through `prefix` (e.g. "item__" on the measure list)."""
    return type(base.__name__, (base,), {"item_prefix": prefix})


class ItemUnitOnlyFilter(UnitOnlyFilter):
    """The overview's 重复问题 per unit, on the feedback item list."""

    unit_field = "inspection__unit"
