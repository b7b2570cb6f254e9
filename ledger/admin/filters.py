from django.contrib import admin
from django.db.models import Exists, OuterRef

from ledger.alerts import AlertLevel, any_warning_q, warning_q
from ledger.choices import InspectionKind
from ledger.models import Evidence, Unit
from ledger.selectors import overdue_q, today, unfinished_q, visible_to

ANY_WARNING = "any"


class UnitSubtreeFilter(admin.SimpleListFilter):
    """Filter by a unit, its sub-units included; offers only units the user may see."""

    title = "单位（含下级）"
    parameter_name = "unit"
    unit_prefix = ""  # lookup path from the listed model to its unit, e.g. "item__inspection__unit__"

    def lookups(self, request, model_admin):
        return [(u.pk, "　" * (u.path.count("/") - 2) + u.name) for u in visible_to(request.user, Unit.objects.all())]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        unit = visible_to(request.user, Unit.objects.all()).filter(pk=self.value()).first()
        if unit is None:
            return queryset.none()
        return queryset.filter(**{f"{self.unit_prefix}path__startswith": unit.path})


def unit_subtree_filter(prefix: str) -> type[UnitSubtreeFilter]:
    return type("UnitSubtreeFilter", (UnitSubtreeFilter,), {"unit_prefix": prefix})


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
    kind_field = "item__inspection__kind"

    def lookups(self, request, model_admin):
        return InspectionKind.choices

    def queryset(self, request, queryset):
        if self.value() in InspectionKind.values:
            return queryset.filter(**{self.kind_field: self.value()})
        return queryset


class AlertFilter(admin.SimpleListFilter):
    """Red / yellow / blue, by ledger.alerts (the list's queryset carries with_warning_inputs)."""

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
