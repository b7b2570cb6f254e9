from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm
from django.contrib.auth.forms import UserChangeForm as BaseUserChangeForm
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.html import format_html

from accounts.models import LoginAttempt, User
from accounts.roles import Role
from accounts.services import login_attempts_clear
from ledger.admin.changelist import SafeChangelistMixin

# One 姓名 field: Chinese names are not split into given and family names. It is stored in first_name (so
# get_full_name() keeps working, no migration); a last_name from older accounts is folded into it on save.
NAME_LABEL = "姓名"


class UserChangeForm(BaseUserChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.last_name and "first_name" in self.fields:  # family + given, as one 姓名
            self.initial["first_name"] = f"{self.instance.last_name}{self.instance.first_name}"


class PasswordChangeForm(AdminPasswordChangeForm):
    # Django's zh-hans catalogue lacks this sentence; the accounts sign in with passwords only.
    usable_password_help_text = (
        "是否允许该用户使用密码登录。本系统只用密码登录，停用后该用户将无法登录。"
        '<ul id="id_unusable_warning" class="messagelist"><li class="warning">停用后，该用户现有的密码将失效。</li></ul>'
    )


@admin.register(User)
class UserAdmin(SafeChangelistMixin, BaseUserAdmin):
    form = UserChangeForm
    change_password_form = PasswordChangeForm
    add_form_template = "admin/accounts/user/add_form.html"
    fieldsets = [
        ("单位与角色", {"fields": ["role", "unit"]}),
        ("账号", {"fields": ["username", "first_name", "email", "password_link", "is_active"]}),
        ("登录记录", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        ("单位与角色", {"classes": ["wide"], "fields": ["role", "unit"]}),
        ("账号", {"classes": ["wide"], "fields": ["username", "first_name", "email", "password1", "password2"]}),
    ]
    readonly_fields = ["password_link", "last_login", "date_joined"]
    list_display = ["username", "name", "unit", "role", "is_active", "last_login"]
    list_filter = ["role", "is_active"]
    search_fields = ["username", "first_name", "last_name", "email"]
    autocomplete_fields = ["unit"]

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "first_name" and field is not None:
            field.label = NAME_LABEL
        return field

    @admin.display(description=NAME_LABEL, ordering="first_name")
    def name(self, obj):
        return f"{obj.last_name}{obj.first_name}"

    @admin.display(description="密码")
    def password_link(self, obj):
        # The stored hash means nothing to the people who manage accounts; they need a way to set a new password.
        if obj is None or obj.pk is None:
            return "-"
        url = reverse("admin:auth_user_password_change", args=[obj.pk])
        state = "已设置" if obj.has_usable_password() else "未设置"
        return format_html('{}。<a href="{}">修改密码</a>', state, url)

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
        obj.is_staff = True  # every account works in the admin; not a choice to offer
        if "first_name" in form.cleaned_data:
            obj.last_name = ""  # folded into 姓名 (see UserChangeForm)
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
