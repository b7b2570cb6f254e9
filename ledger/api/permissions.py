from rest_framework.permissions import BasePermission

from accounts.roles import ADD, CHANGE, DELETE, VIEW, allowed_actions

METHOD_ACTIONS = {
    "GET": VIEW,
    "HEAD": VIEW,
    "OPTIONS": VIEW,
    "POST": ADD,
    "PUT": CHANGE,
    "PATCH": CHANGE,
    "DELETE": DELETE,
}


class RolePermission(BasePermission):
    """What a role may do to a model, from accounts.roles; which rows, from the viewset's scoped queryset."""

    message = "您的角色无权进行此操作。"

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated and user.is_active):
            return False
        model_name = getattr(view, "permission_model", None) or _model(view)._meta.model_name
        action = getattr(view, "required_action", None) or METHOD_ACTIONS.get(request.method)
        return action in allowed_actions(user.effective_role, model_name)


def _model(view):
    # The class's queryset names the model without building the request's scoped queryset (the list builds it
    # again); views with none declared are asked for theirs.
    queryset = getattr(view, "queryset", None)
    return (queryset if queryset is not None else view.get_queryset()).model
