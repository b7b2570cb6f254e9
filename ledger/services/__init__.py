from ledger.services.categories import feedback_item_set_category
from ledger.services.concurrency import ConflictError, save_tracked
from ledger.services.evidence import evidence_create, evidence_delete, evidence_removable
from ledger.services.measures import (
    item_close_out,
    measure_close_out,
    measure_correct_dates,
    measure_reopen,
    measure_review,
    measure_set_status,
    measure_update,
    progress_note_add,
)
from ledger.services.units import unit_create, unit_save
from ledger.services.warnings import measures_refresh_warning_inputs

__all__ = [
    "ConflictError",
    "evidence_create",
    "evidence_delete",
    "evidence_removable",
    "feedback_item_set_category",
    "item_close_out",
    "measure_review",
    "measure_close_out",
    "measure_correct_dates",
    "measure_reopen",
    "measure_set_status",
    "measure_update",
    "measures_refresh_warning_inputs",
    "progress_note_add",
    "save_tracked",
    "unit_create",
    "unit_save",
]
