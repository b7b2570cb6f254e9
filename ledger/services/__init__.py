from ledger.services.concurrency import ConflictError, save_tracked
from ledger.services.evidence import evidence_create
from ledger.services.measures import (
    measure_close_out,
    measure_reopen,
    measure_set_status,
    measure_update,
    progress_note_add,
)
from ledger.services.units import unit_create, unit_save

__all__ = [
    "ConflictError",
    "evidence_create",
    "measure_close_out",
    "measure_reopen",
    "measure_set_status",
    "measure_update",
    "progress_note_add",
    "save_tracked",
    "unit_create",
    "unit_save",
]
