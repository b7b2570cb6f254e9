"""Re-importing an edited ledger: every row checked first, then all changes applied through the ledger's services
in one transaction, or none."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import IO, Any

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction

from accounts.roles import CHANGE, Role, allowed_actions
from excel.cells import TRUNCATION_MARKER, cell_text
from excel.export import remarks_text
from excel.layout import BY_KEY, STATUS_BY_LABEL, STATUS_LABELS
from excel.reading import MissingColumns, SheetRow, UnreadableWorkbook, read_date, read_int, read_rows, read_text
from excel.selectors import current_for_import
from ledger.choices import Channel, Status
from ledger.models import Measure
from ledger.selectors import measures_visible_to
from ledger.services import ConflictError, measure_update

# Measure fields a sheet may change, by column key.
FIELDS = {
    "status": "status",
    "deadline": "deadline",
    "responsible_leader": "responsible_leader",
    "lead_unit": "lead_unit",
    "responsible_units": "responsible_units",
}
FIELD_COLUMNS = {f: k for k, f in FIELDS.items()}
LOOKUP_BATCH = 500


@dataclass(frozen=True)
class Problem:
    """Why a file cannot be imported, located by sheet, row and column."""

    sheet: str
    row: int | None
    column: str  # letter
    header: str
    message: str

    def __str__(self) -> str:
        where = f"工作表“{self.sheet}”" if self.sheet else ""
        if self.row:
            where += f"第{self.row}行"
        if self.column:
            where += f"{self.column}列（{self.header}）"
        return f"{where}：{self.message}" if where else self.message


@dataclass
class RowChange:
    sheet: str
    row: int
    measure_id: int
    measure: str  # how the measure reads, for the preview
    version: int
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # field -> (old, new)
    note: str = ""

    def described(self) -> list[tuple[str, str, str]]:
        """(column header, before, after) for the preview."""
        rows = [
            (BY_KEY[FIELD_COLUMNS[name]].header, _shown(name, old), _shown(name, new))
            for name, (old, new) in self.fields.items()
        ]
        if self.note:
            rows.append((BY_KEY["progress"].header, "", f"新增进展：{self.note}"))
        return rows


def _shown(name: str, value) -> str:
    if value in (None, ""):
        return "（空）"
    if name == "status":
        return Status(value).label
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    return str(value)


@dataclass
class ImportResult:
    problems: list[Problem] = field(default_factory=list)
    # Edits to columns the re-import does not read: shown so nobody thinks they were saved, never blocking.
    ignored: list[Problem] = field(default_factory=list)
    changes: list[RowChange] = field(default_factory=list)
    rows: int = 0
    unchanged: int = 0
    applied: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


class _Rollback(Exception):
    pass


def _check_role(user) -> None:
    if user is None:
        return
    if not (user.is_active and CHANGE in allowed_actions(user.effective_role, "measure")):
        raise PermissionDenied(f"您的角色（{Role(user.effective_role).label}）不能修改整改措施，不能导入Excel台账。")


def _problem(row: SheetRow, key: str, message: str) -> Problem:
    return Problem(row.sheet, row.row, row.columns.letter(key), BY_KEY[key].header, message)


@dataclass
class _Parsed:
    row: SheetRow
    measure_id: int
    version: int | None
    values: dict[str, Any]  # field -> value read from the sheet
    progress: str


def _parse(row: SheetRow, problems: list[Problem]) -> _Parsed | None:
    count = len(problems)
    try:
        measure_id = read_int(row.values["id"])
    except ValueError:
        problems.append(_problem(row, "id", f"系统编号“{row.values['id']}”无效，请勿修改隐藏的系统编号列。"))
        return None
    if measure_id is None:
        problems.append(
            _problem(row, "id", "缺少系统编号，无法对应台账中的整改措施（不能通过Excel新增措施，请在系统中录入）。")
        )
        return None
    try:
        version = read_int(row.values["version"])
    except ValueError:
        version = None
    if version is None:
        problems.append(_problem(row, "version", "缺少或无效的版本号，请勿修改隐藏的版本列。"))
    values: dict[str, Any] = {}
    status = read_text(row.values["status"])
    if not status:
        problems.append(_problem(row, "status", f"整改状态不能为空，请填写{'、'.join(STATUS_LABELS)}之一。"))
    elif status not in STATUS_BY_LABEL:
        problems.append(
            _problem(row, "status", f"“{status}”不是有效的整改状态，请填写{'、'.join(STATUS_LABELS)}之一。")
        )
    else:
        values["status"] = STATUS_BY_LABEL[status]
    try:
        values["deadline"] = read_date(row.values["deadline"])
    except ValueError as exc:
        problems.append(_problem(row, "deadline", f"{exc}。"))
    for key in ("responsible_leader", "lead_unit", "responsible_units"):
        text = read_text(row.values[key])
        limit = Measure._meta.get_field(key).max_length
        if len(text) > limit:
            problems.append(_problem(row, key, f"内容有{len(text)}字，超过{limit}字的上限。"))
        values[key] = text
    if len(problems) > count:
        return None
    return _Parsed(row, measure_id, version, values, read_text(row.values["progress"]))


def _as_exported(measure: Measure, name: str):
    value = getattr(measure, name)
    return cell_text(value).strip() if isinstance(value, str) else value


def _changes(parsed: _Parsed, measure: Measure) -> RowChange:
    change = RowChange(
        sheet=parsed.row.sheet,
        row=parsed.row.row,
        measure_id=measure.pk,
        measure=f"{measure.item.inspection.unit.name}：{measure}",
        version=parsed.version,
    )
    for name, new in parsed.values.items():
        old = _as_exported(measure, name)
        if new != old:
            change.fields[name] = (getattr(measure, name), new)
    latest = cell_text(measure.latest_note or "").strip()
    if parsed.progress and parsed.progress != latest:
        change.note = parsed.progress
    return change


READ_ONLY_COLUMNS = {
    "measure": lambda m: f"{m.label}{m.text}",
    "closed": lambda m: "是" if m.closed_at else "否",
    "remarks": remarks_text,
}


def _ignored_edits(row: SheetRow, measure: Measure) -> list[Problem]:
    ignored = []
    for key, exported in READ_ONLY_COLUMNS.items():
        if key not in row.columns.index:
            continue
        if read_text(row.values.get(key)) != cell_text(exported(measure)).strip():
            ignored.append(_problem(row, key, "此列不会导入，这里的修改已忽略；如需修改，请在系统中操作。"))
    return ignored


def _first_changed_column(change: RowChange) -> str:
    return FIELD_COLUMNS[next(iter(change.fields))] if change.fields else "progress"


def _check(parsed: list[_Parsed], user, result: ImportResult) -> None:
    """Match rows to measures in the user's scope and collect the changes each row makes."""
    ids = [p.measure_id for p in parsed]
    current: dict[int, Measure] = {}
    visible: set[int] = set()
    for start in range(0, len(ids), LOOKUP_BATCH):
        batch = ids[start : start + LOOKUP_BATCH]
        current.update(current_for_import(batch))
        scope = Measure.objects.all() if user is None else measures_visible_to(user)
        visible.update(scope.filter(pk__in=batch).values_list("pk", flat=True))
    seen: dict[int, _Parsed] = {}
    sees_all = user is None or user.sees_all_units
    for p in parsed:
        row = p.row
        if p.measure_id in seen:
            first = seen[p.measure_id].row
            result.problems.append(
                _problem(row, "id", f"与工作表“{first.sheet}”第{first.row}行是同一项整改措施，同一措施只能出现一次。")
            )
            continue
        seen[p.measure_id] = p
        measure = current.get(p.measure_id)
        if p.measure_id not in visible:
            if sees_all:  # nothing to hide from a user who sees every unit
                message = f"系统中没有编号为{p.measure_id}的整改措施（可能已被删除）。"
            else:
                message = f"无权修改：编号为{p.measure_id}的整改措施不在您单位的范围内。"
            result.problems.append(_problem(row, "id", message))
            continue
        result.ignored.extend(_ignored_edits(row, measure))
        change = _changes(p, measure)
        if not change.fields and not change.note:
            result.unchanged += 1
            continue
        column = _first_changed_column(change)
        if TRUNCATION_MARKER in change.note:
            result.problems.append(
                _problem(
                    row, "progress", "该单元格的进展内容导出时已被截断，不能作为新的进展导入，请在系统中直接填写。"
                )
            )
            continue
        if p.version != measure.version:
            result.problems.append(
                _problem(
                    row,
                    column,
                    f"该措施在导出后已被他人修改（导出时为第{p.version}版，现为第{measure.version}版），"
                    "为避免覆盖他人的修改，本行不能导入。请重新导出后再填写。",
                )
            )
            continue
        if measure.closed_at and user is not None and user.effective_role == Role.EDITOR:
            result.problems.append(
                _problem(row, column, "该措施已销号，填报用户不能修改。如需修改，请联系督查人员“回头看”重新打开。")
            )
            continue
        result.changes.append(change)


def _validation_problems(change: RowChange, row: SheetRow, exc: ValidationError) -> list[Problem]:
    problems = []
    if hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            key = FIELD_COLUMNS.get(name) if name != NON_FIELD_ERRORS else None
            for message in errors:
                problems.append(_problem(row, key or _first_changed_column(change), message))
    else:
        problems.extend(_problem(row, _first_changed_column(change), m) for m in exc.messages)
    return problems


def _apply(changes: list[RowChange], rows: dict[tuple[str, int], SheetRow], user) -> list[Problem]:
    problems = []
    for change in changes:
        row = rows[change.sheet, change.row]
        measure = Measure.objects.select_related("item").get(pk=change.measure_id)
        for name, (_, new) in change.fields.items():
            setattr(measure, name, new)
        try:
            with transaction.atomic():
                measure_update(
                    measure=measure,
                    expected_version=change.version,
                    user=user,
                    channel=Channel.EXCEL,
                    note=change.note,
                )
        except ConflictError:
            problems.append(
                _problem(
                    row,
                    _first_changed_column(change),
                    "该措施刚被他人修改，为避免覆盖他人的修改，本行不能导入。请重新导出后再填写。",
                )
            )
        except ValidationError as exc:
            problems.extend(_validation_problems(change, row, exc))
        except PermissionDenied as exc:
            problems.append(_problem(row, _first_changed_column(change), str(exc)))
    return problems


def import_ledger(source: str | IO[bytes], *, user, apply: bool, filename: str = "") -> ImportResult:
    """Check a ledger workbook and, when `apply` is set and every row is valid, apply its changes in one transaction.

    Without `apply` the changes are still run through the services (so their rules are checked) and rolled back.
    """
    _check_role(user)
    result = ImportResult()
    parsed: list[_Parsed] = []
    rows: dict[tuple[str, int], SheetRow] = {}
    try:
        for row in read_rows(source, filename=filename):
            if isinstance(row, MissingColumns):
                result.problems.append(
                    Problem(row.sheet, row.header_row, "", "", f"缺少“{'”“'.join(row.headers)}”列，无法导入该工作表。")
                )
                continue
            result.rows += 1
            rows[row.sheet, row.row] = row
            p = _parse(row, result.problems)
            if p is not None:
                parsed.append(p)
    except UnreadableWorkbook as exc:
        # The file as a whole is refused: problems found in the rows read before are beside the point.
        result.problems = [Problem("", None, "", "", str(exc))]
        result.changes, result.ignored = [], []
        return result
    if not rows and not result.problems:
        result.problems.append(
            Problem("", None, "", "", "文件中没有可导入的台账行（未找到“系统编号”列）。请使用本系统导出的 Excel 台账。")
        )
    _check(parsed, user, result)
    if not result.ok or not result.changes:
        return result
    try:
        with transaction.atomic():
            result.problems.extend(_apply(result.changes, rows, user))
            if not result.ok or not apply:
                raise _Rollback
    except _Rollback:
        return result
    result.applied = True
    return result
