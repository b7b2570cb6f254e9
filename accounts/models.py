from axes.models import AccessAttempt
from django.contrib.auth.models import AbstractUser
from django.db import models

from accounts.roles import ALL_UNITS_ROLES, Role


class User(AbstractUser):
    """A person working in the ledger, tied to one unit and one role."""

    unit = models.ForeignKey(
        "ledger.Unit",
        verbose_name="所属单位",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="users",
    )
    role = models.CharField("角色", max_length=20, choices=Role.choices, default=Role.VIEWER)

    class Meta(AbstractUser.Meta):
        verbose_name = "用户"
        verbose_name_plural = "用户"
        constraints = [
            models.CheckConstraint(
                name="accounts_user_unit_required_for_scoped_roles",
                condition=models.Q(role__in=sorted(ALL_UNITS_ROLES)) | models.Q(unit__isnull=False),
                violation_error_message="填报和只读用户必须指定所属单位。",
            )
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        """Who the user is on pages and in mail: the name, else the login name. The API keeps login names."""
        return self.get_full_name() or self.username

    def get_full_name(self) -> str:
        """The 姓名, kept in first_name: family + given without a space (陈静); a last_name from older accounts goes
        first. Empty when not set, as Django's (its admin log page shows the login name, then this in brackets)."""
        return f"{self.last_name}{self.first_name}".strip()

    def get_short_name(self) -> str:
        return self.get_full_name()  # a Chinese name is not shortened to the given name

    @property
    def effective_role(self) -> str:
        return Role.ADMIN if self.is_superuser else self.role

    @property
    def sees_all_units(self) -> bool:
        return self.effective_role in ALL_UNITS_ROLES


class LoginAttempt(AccessAttempt):
    """django-axes' record of failed logins per username and address, under a Chinese name in the admin."""

    class Meta:
        proxy = True
        verbose_name = "登录失败与锁定"
        verbose_name_plural = "登录失败与锁定"
