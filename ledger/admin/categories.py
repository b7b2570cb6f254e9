"""问题类别: the taxonomy administrators edit; everyone sees it with the number of items per category."""

from django.contrib import admin
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html

from ledger.admin.base import ScopedAdmin
from ledger.models import ProblemCategory


@admin.register(ProblemCategory)
class ProblemCategoryAdmin(ScopedAdmin):
    list_display = ["name", "position", "keyword_count", "item_count"]
    search_fields = ["name", "keywords", "description"]
    fields = ["name", "position", "keywords", "description", "version_seen"]
    ordering = ["position", "name"]

    def get_queryset(self, request):
        # The taxonomy belongs to no unit; the counts cover only the items the user may see.
        user = request.user
        queryset = admin.ModelAdmin.get_queryset(self, request)
        if not (user.sees_all_units or user.unit_id):
            return queryset.none()
        in_scope = Q() if user.sees_all_units else Q(items__inspection__unit__path__startswith=user.unit.path)
        return queryset.annotate(item_total=Count("items", filter=in_scope))

    @admin.display(description="关键词数")
    def keyword_count(self, obj):
        return len(obj.keyword_list)

    @admin.display(description="反馈问题数", ordering="item_total")
    def item_count(self, obj):
        url = reverse("admin:ledger_feedbackitem_changelist") + f"?category={obj.pk}"
        return format_html('<a href="{}">{}</a>', url, obj.item_total)
