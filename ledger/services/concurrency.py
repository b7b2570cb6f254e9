"""Optimistic concurrency for Tracked models: a write states the version it started from."""

from django.core.exceptions import ValidationError
from django.db.models import F

from ledger.models.base import Tracked


class ConflictError(ValidationError):
    def __init__(self, obj):
        super().__init__(
            f"“{obj}”已被他人修改（当前版本与您打开时不同），为避免覆盖他人的修改，本次保存未生效。请刷新后重新编辑。",
            code="conflict",
        )


def save_tracked(obj: Tracked, *, expected_version: int | None = None, user=None) -> None:
    """Validate and save `obj`, bumping its version; refuse if the row moved past `expected_version`.

    The version check is a conditional UPDATE, so two writers racing on any database cannot both win.
    """
    obj.full_clean()
    if user is not None:
        obj._history_user = user
    if obj.pk is None:
        obj.version = 1
        obj.save()
        return
    model = type(obj)
    current = model.objects.filter(pk=obj.pk)
    if expected_version is not None:
        current = current.filter(version=expected_version)
    if not current.update(version=F("version") + 1):
        raise ConflictError(obj)
    obj.version = model.objects.values_list("version", flat=True).get(pk=obj.pk)
    obj.save()
