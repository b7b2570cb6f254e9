"""Celery task of imports.background (found by the worker's autodiscovery of tasks modules)."""

from celery import shared_task


@shared_task(name="imports.tasks.after_import")
def after_import_task(inspection_ids: list[int]) -> None:
    from imports.background import after_import

    after_import(inspection_ids)
