from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo ledger of `make run`: sample documents imported like real ones, and demo accounts. It uses the
    importer, so it lives beside the ledger rather than in it."""

    name = "demo"
    verbose_name = "演示数据"
