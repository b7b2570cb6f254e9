"""How apps built on the ledger (excel, …) add features to its admin pages without the ledger importing them."""

from django.contrib import admin
from django.db.models import Model


def admin_extend(model: type[Model], *mixins: type, site: admin.AdminSite = admin.site) -> None:
    """Re-register `model`'s admin with `mixins` in front of its class, so their get_urls, templates and actions
    wrap the ledger's (they call super()). Called from the extending app's AppConfig.ready()."""
    base = type(site.get_model_admin(model))
    site.unregister(model)
    site.register(model, type(base.__name__, (*mixins, base), {"__module__": base.__module__}))
