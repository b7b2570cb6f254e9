"""Uploads handed to a job: kept in the default storage until the job has read them (ledger.uploads.Stash)."""

from ledger.uploads import Stash

JOB_INPUT = "job-input"
# Areas a job may read: its own uploads (API) and the admin's previews confirmed for import.
AREAS = frozenset({JOB_INPUT, "import-pending", "excel-import-pending"})


def stash_parameters(area: str, token: str, owner: int) -> dict:
    return {"area": area, "token": token, "owner": owner}


def stash_of(parameters: dict) -> Stash:
    area = parameters.get("area", JOB_INPUT)
    if area not in AREAS:
        raise ValueError(area)
    return Stash(area)
