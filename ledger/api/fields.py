from rest_framework import serializers

from ledger.selectors import UNIT_PATHS, visible_to


class ScopedSerializerMixin:
    """Related-object choices limited to what the requesting user may see, so writes cannot leave the scope."""

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        if request is None:
            return fields
        for field in fields.values():
            target = getattr(field, "child_relation", field)
            queryset = getattr(target, "queryset", None)
            scoped = isinstance(target, serializers.PrimaryKeyRelatedField) and queryset is not None
            if scoped and queryset.model in UNIT_PATHS:
                target.queryset = visible_to(request.user, queryset)
        return fields
