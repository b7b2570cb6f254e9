from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import Group

from accounts.models import LoginAttempt, User
from accounts.roles import Role
from accounts.services import login_attempts_clear
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


class LockedFilter(admin.SimpleListFilter):
    title = "是否锁定"
    parameter_name = "locked"

    def lookups(self, request, model_admin):
        return [("1", "已锁定"), ("0", "未锁定")]

    def queryset(self, request, queryset):
        limit = settings.AXES_FAILURE_LIMIT
        if self.value() == "1":
            return queryset.filter(failures_since_start__gte=limit)
        if self.value() == "0":
            return queryset.filter(failures_since_start__lt=limit)
        return queryset


@admin.register(LoginAttempt)
class LoginAttemptAdmin(SafeChangelistMixin, admin.ModelAdmin):
    """Failed logins per username + address; 解除锁定 lets a locked-out person try again at once."""

    list_display = ["user_name", "address", "failures", "locked", "last_attempt", "path"]
    list_filter = [LockedFilter]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    actions = ["unlock"]
    fields = ["user_name", "address", "failures", "locked", "last_attempt", "path", "agent"]
    readonly_fields = fields

    @admin.display(description="用户名", ordering="username")
    def user_name(self, obj):
        return obj.username

    @admin.display(description="地址", ordering="ip_address")
    def address(self, obj):
        return obj.ip_address

    @admin.display(description="连续失败次数", ordering="failures_since_start")
    def failures(self, obj):
        return obj.failures_since_start

    @admin.display(description="已锁定", boolean=True)
    def locked(self, obj):
        return obj.failures_since_start >= settings.AXES_FAILURE_LIMIT

    @admin.display(description="最近一次尝试", ordering="attempt_time")
    def last_attempt(self, obj):
        return obj.attempt_time

    @admin.display(description="登录页面")
    def path(self, obj):
        return obj.path_info

    @admin.display(description="浏览器")
    def agent(self, obj):
        return obj.user_agent

    def _is_admin(self, request):
        return request.user.is_active and request.user.effective_role == Role.ADMIN

    def has_module_permission(self, request):
        return self._is_admin(request)

    def has_view_permission(self, request, obj=None):
        return self._is_admin(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False  # unlocking is the action below; the record is not otherwise edited

    def has_unlock_permission(self, request):
        return self._is_admin(request)

    @admin.action(description="解除锁定", permissions=["unlock"])
    def unlock(self, request, queryset):
        pairs = ", ".join(f"{a.username}（{a.ip_address}）" for a in queryset[:10])
        count = login_attempts_clear(attempts=queryset)
        self.message_user(request, f"已解除{count}条登录锁定：{pairs}。", messages.SUCCESS)
