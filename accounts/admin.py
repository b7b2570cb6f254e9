from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import Group

from accounts.models import User
from accounts.roles import Role
from ledger.admin.changelist import SafeChangelistMixin


@admin.register(User)
class UserAdmin(SafeChangelistMixin, BaseUserAdmin):
    fieldsets = [
        (None, {"fields": ["username", "password"]}),
        ("个人信息", {"fields": ["first_name", "last_name", "email"]}),
        ("单位与角色", {"fields": ["unit", "role", "is_active", "is_staff"]}),
        ("重要日期", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["username", "unit", "role", "password1", "password2"]})]
    list_display = ["username", "unit", "role", "is_active", "last_login"]
    list_filter = ["role", "is_active"]
    autocomplete_fields = ["unit"]

    def _is_admin(self, request):
        return request.user.is_active and request.user.effective_role == Role.ADMIN

    def has_module_permission(self, request):
        return self._is_admin(request)

    def has_view_permission(self, request, obj=None):
        return self._is_admin(request)

    def has_add_permission(self, request):
        return self._is_admin(request)

    def has_change_permission(self, request, obj=None):
        return self._is_admin(request)

    def has_delete_permission(self, request, obj=None):
        return self._is_admin(request)

    def save_model(self, request, obj, form, change):
        obj.is_superuser = obj.role == Role.ADMIN
        obj.is_staff = True
        super().save_model(request, obj, form, change)


# Roles replace Django's groups and per-user permissions; hiding them avoids two sources of truth.
admin.site.unregister(Group)
