"""Celery task of similarity.background (found by the worker's autodiscovery of tasks modules)."""

from celery import shared_task


@shared_task(name="similarity.tasks.refresh_across_rounds")
def refresh_across_rounds_task(inspection_ids: list[int]) -> None:
    from similarity.background import refresh_across_rounds

    refresh_across_rounds(inspection_ids)
