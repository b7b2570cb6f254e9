"""Optimistic concurrency for Tracked models: a write states the version it started from."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F

from ledger.models.base import Tracked

# Bookkeeping a save sets itself; a save that changes nothing else changes nothing.
_BOOKKEEPING = {"created_at", "updated_at", "version"}


class ConflictError(ValidationError):
    def __init__(self, obj):
        super().__init__(
            f"“{obj}”已被他人修改（当前版本与您打开时不同），为避免覆盖他人的修改，本次保存未生效。请刷新后重新编辑。",
            code="conflict",
        )


def tracked_changes(obj: Tracked, stored: dict) -> list[str]:
    """Names of the fields whose value in `obj` differs from the `stored` row (attnames as keys)."""
    # Derived caches (e.g. Measure.last_activity_on) are kept by their own UPDATEs: never a change of the object.
    skipped = _BOOKKEEPING.union(getattr(type(obj), "derived_fields", ()))
    return [
        field.name
        for field in type(obj)._meta.concrete_fields
        if field.name not in skipped and stored[field.attname] != getattr(obj, field.attname)
    ]


@transaction.atomic
def save_tracked(obj: Tracked, *, expected_version: int | None = None, user=None) -> bool:
    """Validate and save `obj`, bumping its version; refuse if the row moved past `expected_version`.

    A save that changes no field writes nothing: no new version, no history row (it is still refused when
    `expected_version` is stale). Returns whether anything was written. The stored row is read under a row lock
    (PostgreSQL) or inside the immediate transaction (SQLite), and the version bump is a conditional UPDATE, so
    two writers racing on any database cannot both win.
    """
    obj.full_clean()
    if user is not None:
        obj._history_user = user
    if obj.pk is None:
        obj.version = 1
        obj.save()
        return True
    model = type(obj)
    columns = [field.attname for field in model._meta.concrete_fields]
    stored = model.objects.select_for_update().filter(pk=obj.pk).values(*columns).first()
    if stored is None or (expected_version is not None and stored["version"] != expected_version):
        raise ConflictError(obj)
    if not tracked_changes(obj, stored):
        obj.version = stored["version"]
        return False
    if not model.objects.filter(pk=obj.pk, version=stored["version"]).update(version=F("version") + 1):
        raise ConflictError(obj)
    obj.version = stored["version"] + 1
    obj.save()
    return True
