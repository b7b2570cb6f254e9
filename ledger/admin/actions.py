"""Admin actions that ask for a note (or a date) first, then change every selected row or none."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.response import TemplateResponse


def confirmed_action(model_admin, request, queryset, *, form_class, title, apply, done_message):
    """Show `form_class` for the selection; on submit run `apply(obj, cleaned_data)` for each row in one
    transaction. `apply` may return how many measures it changed (default one per row)."""
    if "apply" in request.POST:
        form = form_class(request.POST)
        if form.is_valid():
            changed, current = 0, None
            try:
                with transaction.atomic():
                    for current in queryset:
                        result = apply(current, form.cleaned_data)
                        changed += result if isinstance(result, int) else 1
            except (ValidationError, PermissionDenied) as exc:
                text = "；".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
                model_admin.message_user(request, f"未做任何修改：“{current}”{text}", messages.ERROR)
                return None
            model_admin.message_user(request, done_message.format(n=changed), messages.SUCCESS)
            return None
    else:
        form = form_class()
    context = {
        **model_admin.admin_site.each_context(request),
        "title": title,
        "form": form,
        "queryset": queryset,
        "opts": model_admin.model._meta,
        "action": request.POST.get("action"),
        "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
    }
    return TemplateResponse(request, "admin/ledger/measure_action.html", context)
