"""A form renderer that writes plain <input> widgets without the template engine.

The inspection page's item inline draws about seven inputs per item (400+ on an inspection of 60 items); each
went through Django's input.html and attrs.html templates, which was most of the page's time in Python. The
markup is the same as those templates produce (empty error lists, which render nothing, skip it too); every other widget is rendered by its template as usual.
"""

from django.forms.renderers import DjangoTemplates
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

# Django's widget templates that only include input.html (and attrs.html).
INPUT_TEMPLATES = frozenset(
    f"django/forms/widgets/{name}.html"
    for name in (
        "input",
        "text",
        "number",
        "hidden",
        "checkbox",
        "email",
        "url",
        "password",
        "date",
        "time",
        "datetime",
        "search",
        "tel",
        "color",
    )
)


class PlainInputRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        if template_name.startswith("django/forms/errors/") and not context.get("errors"):
            return ""  # every field's empty error list: the template renders nothing either
        widget = context.get("widget") if template_name in INPUT_TEMPLATES else None
        if widget is None:
            return super().render(template_name, context, request=request)
        # input.html and attrs.html, in the same order: False attributes left out, True ones bare.
        parts = ['<input type="', conditional_escape(widget["type"]), '" name="', conditional_escape(widget["name"])]
        parts.append('"' if widget["value"] is None else f'" value="{conditional_escape(str(widget["value"]))}"')
        for name, value in widget["attrs"].items():
            if value is True:
                parts.append(f" {conditional_escape(name)}")
            elif value is not False:
                parts.append(f' {conditional_escape(name)}="{conditional_escape(str(value))}"')
        parts.append(">")
        return mark_safe("".join(parts))


plain_input_renderer = PlainInputRenderer()
