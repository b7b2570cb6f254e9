from django.apps import AppConfig


class SimilarityConfig(AppConfig):
    name = "similarity"
    verbose_name = "共性问题"

    def ready(self):
        from similarity import receivers  # noqa: F401  (connects the incremental refresh)
