from django.db import transaction

from accounts.models import User
from accounts.roles import Role


@transaction.atomic
def user_create(*, username: str, password: str | None, role: str, unit=None, name: str = "", **extra) -> User:
    """Every ledger user works in the admin, so each is staff; only the admin role is a superuser. `name` is the
    person's full name (陈静: family + given, no space), kept in first_name as the admin's 姓名 field keeps it."""
    user = User(
        username=username,
        role=role,
        unit=unit,
        first_name=name.strip(),
        last_name="",
        is_staff=True,
        is_superuser=role == Role.ADMIN,
        **extra,
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    return user


@transaction.atomic
def login_attempts_clear(*, attempts) -> int:
    """解除锁定: forget the failures of the given username + address pairs (as `manage.py axes_reset_*` does)."""
    count, _ = attempts.delete()
    return count
