"""What each role may do, in one table. Row scope (which units) lives in ledger.selectors."""

from django.db import models


class Role(models.TextChoices):
    ADMIN = "admin", "管理员"
    SUPERVISOR = "supervisor", "督查"
    EDITOR = "editor", "填报"
    VIEWER = "viewer", "只读"


VIEW, ADD, CHANGE, DELETE = "view", "add", "change", "delete"
ALL = frozenset({VIEW, ADD, CHANGE, DELETE})

# model name -> actions; anything absent is read-only at most.
_EDITOR_ACTIONS = {
    "measure": frozenset({VIEW, CHANGE}),
    # Notes are appended (the admin does it through the measure form), never edited.
    "progressnote": frozenset({VIEW, ADD}),
    "evidence": frozenset({VIEW, ADD, DELETE}),
}

# Import machinery and accounts are the administrators' alone.
ADMIN_ONLY_MODELS = frozenset({"importrun", "importaction", "sourcedocument", "user", "token"})

# Roles that see every unit; the others see their own unit's subtree.
ALL_UNITS_ROLES = frozenset({Role.ADMIN, Role.SUPERVISOR})


def allowed_actions(role: str, model_name: str) -> frozenset[str]:
    if role == Role.ADMIN:
        return ALL
    if model_name in ADMIN_ONLY_MODELS:
        return frozenset()
    if role == Role.EDITOR:
        return _EDITOR_ACTIONS.get(model_name, frozenset({VIEW}))
    if role in (Role.SUPERVISOR, Role.VIEWER):
        return frozenset({VIEW})
    return frozenset()


# Who corrects an item's 问题类别 (the statistics by category rest on it): a unit's editors know their own problems
# best, supervisors and administrators correct across units. Nothing else of the item changes.
CATEGORY_ROLES = frozenset({Role.ADMIN, Role.SUPERVISOR, Role.EDITOR})


def can_set_category(role: str) -> bool:
    return role in CATEGORY_ROLES


def can_close_out(role: str) -> bool:
    return role in (Role.ADMIN, Role.SUPERVISOR)
