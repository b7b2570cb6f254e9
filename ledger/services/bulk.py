from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import QuerySet

from ledger.choices import Channel
from ledger.models import Measure
from ledger.services.concurrency import ConflictError
from ledger.services.measures import measure_update

# Plain fields a bulk row may set besides status (which goes through ledger.workflow and needs a note).
BULK_FIELDS = ("deadline", "responsible_leader", "lead_unit", "responsible_units")


class BulkError(ValidationError):
    """Per-row errors of a bulk update; nothing was applied."""

    def __init__(self, rows: list[dict]):
        self.rows = rows
        super().__init__("批量修改未生效：部分行有误。", code="bulk")


def bulk_check_size(count: int) -> None:
    """A batch is applied in one transaction that holds the write lock: keep it bounded (BULK_MAX_ROWS)."""
    limit = settings.BULK_MAX_ROWS
    if count > limit:
        raise ValidationError(
            {"non_field_errors": [f"一次最多批量修改{limit}行，本次提交了{count}行。请分批提交，本次修改未生效。"]},
            code="too_many_rows",
        )


def _refuse_repeated_ids(rows: list[dict]) -> None:
    first_row, errors = {}, []
    for index, row in enumerate(rows):
        if row["id"] in first_row:
            message = f"同一措施在一批中只能出现一次，此行与第{first_row[row['id']] + 1}行重复。"
            errors.append({"index": index, "id": row["id"], "errors": {"id": [message]}})
        else:
            first_row[row["id"]] = index
    if errors:
        raise BulkError(errors)


@transaction.atomic
def measures_bulk_update(
    *, rows: list[dict], scope: QuerySet[Measure], user, channel: str = Channel.API
) -> list[Measure]:
    """Apply status/deadline/people/note changes to many measures: all rows or none, each measure at most once."""
    bulk_check_size(len(rows))
    _refuse_repeated_ids(rows)
    by_id = scope.select_for_update().in_bulk([row["id"] for row in rows])
    errors, updated = [], []
    for index, row in enumerate(rows):
        measure = by_id.get(row["id"])
        if measure is None:
            errors.append({"index": index, "id": row["id"], "errors": {"id": ["对象不存在或您无权修改。"]}})
            continue
        try:
            with transaction.atomic():
                if "status" in row:
                    measure.status = row["status"]
                for name in BULK_FIELDS:
                    if name in row:
                        setattr(measure, name, row[name])
                status_changed = "status" in row and row["status"] != Measure.objects.values_list(
                    "status", flat=True
                ).get(pk=measure.pk)
                if status_changed and not row.get("note", "").strip():
                    raise ValidationError({"note": ["修改整改状态时，请填写进展说明。"]})
                updated.append(
                    measure_update(
                        measure=measure,
                        expected_version=row.get("version"),
                        user=user,
                        channel=channel,
                        note=row.get("note", ""),
                    )
                )
        except ConflictError as exc:
            errors.append({"index": index, "id": row["id"], "errors": {"version": exc.messages}})
        except ValidationError as exc:
            detail = exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
            errors.append({"index": index, "id": row["id"], "errors": detail})
        except PermissionDenied as exc:
            errors.append({"index": index, "id": row["id"], "errors": {"non_field_errors": [str(exc)]}})
    if errors:
        raise BulkError(errors)
    return updated
