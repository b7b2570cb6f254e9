"""Upsert parsed documents into the ledger: one transaction per run, keyed by natural keys.

Three-way merge per field: the value the last import wrote (ImportedRecord), the current value and the
newly parsed value. A person's edit (current differs from the last import) is never overwritten; when the
document changed that same field too, the run reports a conflict instead.
"""

from __future__ import annotations

import logging
import operator
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import partial, reduce
from typing import TYPE_CHECKING

from django.db import connections, router, transaction
from django.db.models import CharField, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from imports import keys
from imports.background import after_import_later
from imports.models import Action, ImportAction, ImportedRecord, ImportRun, SourceDocument
from imports.parsing import model as parsed
from imports.round_problems import store_round_problems
from imports.rows import IdPool, historical_model, history_rows, insert_objects, insert_rows, row_of
from ledger.choices import Channel, InspectionKind, Level, Metric, Status
from ledger.history import channel
from ledger.models import (
    FeedbackItem,
    Inspection,
    InspectionRound,
    Measure,
    ProgressNote,
    ReportedFigure,
    RoundFigure,
    Unit,
)
from ledger.search import bigram_vector, measure_search_document, search_index_defer_merge
from ledger.services import measures_refresh_warning_inputs, save_tracked

if TYPE_CHECKING:
    from imports.review import Decision

log = logging.getLogger(__name__)

IMPORTED_FIELDS = {
    "inspection": ("onsite_start", "onsite_end", "feedback_date"),
    "feedbackitem": ("label", "title", "text", "source_line"),
    "measure": ("label", "text", "status", "deadline", "responsible_units"),
}
UNSTATED_BODY = "未注明"
MISSING_LABELS = {
    "start": "进驻开始日期",
    "end": "进驻结束日期",
    "feedback_date": "反馈日期",
    "group": "巡视组",
    "inspecting_body": "派出机关",
    "term": "届次",
    "round": "轮次",
    "items": "反馈问题",
}
MODEL_LABELS = {
    "unit": "单位",
    "inspectionround": "巡视轮次",
    "inspection": "巡视巡察",
    "feedbackitem": "反馈问题",
    "measure": "整改措施",
    "reportedfigure": "通报数据",
    "roundfigure": "轮次通报数据",
    "roundproblem": "轮次共性问题",
    "sourcedocument": "来源文档",
}


def _measure_row(measure: Measure) -> dict:
    """A new measure's row, with its item to compute its search vector from when the row is written (flush_rows)."""
    return {**row_of(measure), "_item": measure.item}


def _with_search_vector(row: dict) -> dict:
    """The row with its search vector (PostgreSQL), so that the insert trigger skips it (migration 0014): computed
    at the write, from the item's title as it is then, as the trigger would."""
    row["search_vector"] = bigram_vector(measure_search_document(row, row.pop("_item").title))
    return row


def _record_row(model: str, key: str, object_id: int, values: dict, document: SourceDocument) -> dict:
    """A new ImportedRecord's column values (insert_rows): thousands per import, never read back during it."""
    return {"model": model, "key": key, "object_id": object_id, "values": values, "document_id": document.pk}


def _json(value):
    return value.isoformat() if isinstance(value, date) else value


@dataclass
class NodeOutcome:
    """What the run does to one parsed item or measure (for the preview), and the ledger's value after it."""

    action: str
    object_id: int | None = None
    current: dict = field(default_factory=dict)

    @property
    def label(self) -> str:
        return Action(self.action).label if self.action else ""


@dataclass
class Report:
    counts: Counter = field(default_factory=Counter)  # (model, action) -> n
    # What the run did, as ImportAction's column values: written in one COPY at the end, so no model instance is
    # built for each of the thousands of rows (`actions` builds them for those who read them: previews, commands).
    action_rows: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Keyed by id() of the parsed objects: the preview shows each node's fate and each visit's inspections.
    nodes: dict[int, NodeOutcome] = field(default_factory=dict)
    visits: dict[int, list[tuple[str, Inspection, str]]] = field(default_factory=dict)

    def add(self, model: str, action: str, key: str, obj=None, label: str = "", changes: dict | None = None):
        self.counts[(model, action)] += 1
        if action != Action.UNCHANGED:
            self.action_rows.append(
                {
                    "model": model,
                    "object_id": getattr(obj, "pk", None),
                    "key": key[:500],
                    "action": action,
                    "label": (label or str(obj or ""))[:300],
                    "changes": changes or {},
                }
            )

    @property
    def actions(self) -> list[ImportAction]:
        return [ImportAction(**row) for row in self.action_rows]

    def table(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for (model, action), n in sorted(self.counts.items()):
            out.setdefault(model, {})[action] = n
        return out

    @property
    def writes(self) -> int:
        return sum(n for (_, action), n in self.counts.items() if action != Action.UNCHANGED)


def kind_and_topic(type_name: str) -> tuple[str, str]:
    if not type_name or type_name.startswith("常规"):
        return InspectionKind.REGULAR, ""
    topic = type_name.replace("专项巡视", "").replace("专项巡察", "").replace("专项检查", "").replace("专项", "")
    return InspectionKind.SPECIAL, topic.strip() or type_name


def items_of(p: parsed.Inspection, topic: str) -> list[parsed.Item]:
    """The top-level items of a visit that belong to the inspection with this special topic ("" = regular).

    An item belongs to the special inspection whose topic its section title names (…营商环境专项巡视…整改落实情况);
    anything else belongs to the visit's first inspection.
    """
    topics = [kind_and_topic(t)[1] for t in p.types or ["常规"]]
    named = [t for t in topics if t]

    def owner(item: parsed.Item) -> str:
        return next((t for t in named if t in item.section), topics[0])

    return [item for item in p.items if owner(item) == topic]


def _prefix_q(prefixes: list[str]) -> list[Q]:
    """`key LIKE 'p%' OR …` in chunks, so one statement stays within SQLite's expression depth."""
    chunks = [prefixes[i : i + 100] for i in range(0, len(prefixes), 100)]
    return [reduce(operator.or_, (Q(key__startswith=p) for p in chunk)) for chunk in chunks]


def _delete_by_prefix(records, prefixes: list[str]) -> None:
    for q in _prefix_q(prefixes):
        records.filter(q).delete()


class LedgerCache:
    """What the run reads from the ledger, fetched once for all its inspections instead of once per tree."""

    def __init__(self):
        self._inspections: dict[tuple, Inspection] = {}
        self._existing: set[int] = set()
        self._records: defaultdict[str, list[ImportedRecord]] = defaultdict(list)
        self.items: dict[int, FeedbackItem] = {}
        self.measures: dict[int, Measure] = {}
        self._taken: defaultdict[int, defaultdict[tuple, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._figures: defaultdict[tuple[int, int], list[ReportedFigure]] = defaultdict(list)

    @classmethod
    def of_visits(cls, pairs: list[tuple[Unit, InspectionRound]]) -> LedgerCache:
        cache = cls()
        if pairs:
            found = Inspection.objects.filter(
                unit_id__in={u.pk for u, _ in pairs}, round_id__in={r.pk for _, r in pairs}
            ).order_by("pk")
            for inspection in found:
                key = (inspection.unit_id, inspection.round_id, inspection.group, inspection.kind, inspection.topic)
                cache._inspections[key] = inspection
                cache._existing.add(inspection.pk)
        return cache

    def existed(self, inspection_id: int) -> bool:
        """Whether the inspection was in the ledger before this run."""
        return inspection_id in self._existing

    def inspection(self, fields: dict) -> Inspection | None:
        return self._inspections.get(
            (fields["unit"].pk, fields["round"].pk, fields["group"], fields["kind"], fields["topic"])
        )

    def groups_of(self, unit_id: int, round_id: int, kind: str, topic: str) -> set[str]:
        return {
            group
            for (u, r, group, k, t) in self._inspections
            if (u, r, k, t) == (unit_id, round_id, kind, topic) and group
        }

    def load_trees(self, writer: LedgerWriter, inspections: dict[str, Inspection]) -> None:
        """Baselines, objects, positions and figures of the inspections that existed before the run.

        An inspection created by this run has none of them (its old baselines were just deleted)."""
        old = {ikey: i for ikey, i in inspections.items() if i.pk in self._existing}
        if not old:
            return
        for q in _prefix_q([f"{ikey}@" for ikey in old]):
            for record in ImportedRecord.objects.filter(q, model__in=("feedbackitem", "measure")):
                # item keys are <tree>/<path>, measure keys <tree>/<path>#<n>: the path holds no "/"
                self._records[record.key.rsplit("/", 1)[0]].append(record)
        records = [r for rs in self._records.values() for r in rs]
        self.items = FeedbackItem.objects.in_bulk([r.object_id for r in records if r.model == "feedbackitem"])
        self.measures = Measure.objects.in_bulk([r.object_id for r in records if r.model == "measure"])
        ids = [i.pk for i in old.values()]
        items = FeedbackItem.objects.filter(inspection_id__in=ids).values_list("inspection_id", "parent_id", "position")
        for inspection_id, parent_id, position in items:
            self._taken[inspection_id][("item", parent_id)].add(position)
        measures = Measure.objects.filter(item__inspection_id__in=ids).values_list(
            "item__inspection_id", "item_id", "position"
        )
        for inspection_id, item_id, position in measures:
            self._taken[inspection_id][("measure", item_id)].add(position)
        for figure in ReportedFigure.objects.filter(inspection_id__in=ids):
            self._figures[(figure.inspection_id, figure.source_document_id)].append(figure)

    def tree_records(self, tree_key: str) -> list[ImportedRecord]:
        return self._records.get(tree_key, [])

    def taken(self, inspection: Inspection) -> defaultdict[tuple, set[int]]:
        """Positions in use per parent in this inspection, shared by all its trees in this run."""
        return self._taken[inspection.pk]

    def figures(self, inspection_id: int, source_id: int) -> list[ReportedFigure]:
        return self._figures.get((inspection_id, source_id), [])

    def set_figures(self, inspection_id: int, source_id: int, figures: list[ReportedFigure]) -> None:
        self._figures[(inspection_id, source_id)] = list(figures)


class LedgerWriter:
    def __init__(self, *, user=None, review: dict[int, Decision] | None = None):
        self.user = user
        self.user_id = getattr(user, "pk", None)
        self.review = review or {}
        self.report = Report()
        self._units: dict[str, Unit] = {}
        self._rounds: dict[str, InspectionRound] = {}
        self._fields: dict[str, dict] = {}
        self._named_groups: defaultdict[tuple, set[str]] = defaultdict(set)
        self._inspection_actions: dict[str, str] = {}
        self._new_records: list[dict] = []  # ImportedRecord rows (column values), written at flush_rows()
        self.ledger = LedgerCache()
        self.measures_written: set[int] = set()  # created or changed by this run
        # Rows nothing reads back during the run (history, import notes, baselines) and the new
        # items and measures with the ids drawn for them (imports.rows.insert_objects), gathered across every tree
        # and written at the end, one COPY (PostgreSQL) or executemany (SQLite) per table, not one per inspection
        # and level.
        self._rows: dict[type, list[dict]] = {}
        self._numbered: dict[type, list[dict]] = {}
        self.ids = IdPool()

    def defer_rows(self, model, rows) -> None:
        self._rows.setdefault(model, []).extend(rows)

    def defer_numbered_rows(self, model, rows) -> None:
        self._numbered.setdefault(model, []).extend(rows)

    def flush_rows(self) -> None:
        numbered, self._numbered = self._numbered, {}
        # Items before measures: a measure inserted without a search vector gets it from the INSERT trigger, which
        # reads its item's title (migration 0007). The foreign keys are checked at the commit.
        for model in sorted(numbered, key=lambda m: m is Measure):
            if model is Measure and connections[router.db_for_write(Measure)].vendor == "postgresql":
                insert_rows(model, map(_with_search_vector, numbered[model]), with_pk=True, extra=("search_vector",))
            else:
                insert_rows(model, numbered[model], with_pk=True)
        rows, self._rows = self._rows, {}
        for model, batch in rows.items():
            insert_rows(model, batch)

    # --- reference data: created when missing, never changed by an import ---------------------

    def _prefetch_units(self, results: list[parsed.ParseResult]) -> None:
        """Every unit the run names: the ledger's in one query (the path order makes the first match the same as
        before), the missing ones created in one insert, resolved by name in the order the run meets them."""
        visits = [p for r in results for d in r.documents for p in d.inspections if p.unit.strip()]
        names = {p.unit for p in visits}
        full_names = {p.unit_full or p.unit for p in visits} | names
        self._by_name: dict[str, Unit] = {}
        self._by_full_name: dict[str, Unit] = {}
        for unit in Unit.objects.filter(Q(name__in=names) | Q(full_name__in=full_names)):
            self._by_name.setdefault(unit.name, unit)
            self._by_full_name.setdefault(unit.full_name, unit)
        self._new_units: dict[str, Unit] = {}
        for p in visits:
            name = p.unit
            if self._by_name.get(name) or self._by_full_name.get(p.unit_full or name):
                continue
            full = p.unit_full or name
            if full in self._by_full_name:
                full = name
            unit = Unit(name=name, full_name=full)
            if full in self._by_full_name:
                unit.full_clean()  # the full name is taken: refused with the model's own message
            self._by_name.setdefault(unit.name, unit)
            self._by_full_name.setdefault(unit.full_name, unit)
            self._new_units[name] = unit
        self._create_units(list(self._new_units.values()))

    def _create_units(self, units: list[Unit]) -> None:
        """What unit_create does for each, in three statements for all: insert, history rows, paths (a top-level
        unit's path holds its own id; its history row keeps the path empty, as unit_create's save does). One
        unit_create per new unit cost the seed corpus's 148 units about 900 statements."""
        if not units:
            return
        for unit in units:
            # Names resolved above against every unit the run names; full_name's uniqueness also by the database.
            unit.full_clean(validate_unique=False, validate_constraints=False)
        self._bulk_create_tracked(Unit, units)
        Unit.objects.filter(pk__in=[u.pk for u in units]).update(
            path=Concat(Value("/"), Cast("pk", CharField()), Value("/"))
        )
        for unit in units:
            unit.path = f"/{unit.pk}/"

    def unit(self, p: parsed.Inspection) -> Unit:
        name = p.unit
        if name not in self._units:
            unit = self._new_units.get(name)
            if unit is not None:
                self.report.add("unit", Action.CREATED, f"unit:{name}", unit)
            else:
                unit = self._by_name.get(name) or self._by_full_name.get(p.unit_full or name)
            self._units[name] = unit
        return self._units[name]

    def round(self, p: parsed.Inspection) -> InspectionRound:
        level = Level.XUNCHA if (p.level == "巡察" or (not p.level and "巡察" in p.group)) else Level.XUNSHI
        body = p.inspecting_body or UNSTATED_BODY
        rkey = keys.round_key(body, level, p.term, p.round, p.batch)
        if rkey not in self._rounds:
            found = InspectionRound.objects.filter(
                inspecting_body=body, level=level, term=p.term, round_no=p.round, batch=p.batch
            ).first()
            if found is None:
                found = InspectionRound(inspecting_body=body, level=level, term=p.term, round_no=p.round, batch=p.batch)
                save_tracked(found, user=self.user)
                self.report.add("inspectionround", Action.CREATED, rkey, found)
            self._rounds[rkey] = found
        return self._rounds[rkey]

    # --- the merge -----------------------------------------------------------------------------

    def merge(self, model: str, key: str, obj, record: ImportedRecord | None, new_values: dict) -> dict:
        """Apply `new_values` to `obj` where no person changed the field; returns the changes made."""
        base = record.values if record else {}
        changes, conflicts = {}, {}
        for name, new in new_values.items():
            current = _json(getattr(obj, name))
            new_j = _json(new)
            if current == new_j:
                continue
            if record is None and current not in (None, ""):  # filled in by hand before any import
                conflicts[name] = {"现有值": current, "文档值": new_j}
                continue
            if name in base and current != base[name]:  # a person edited this field after the last import
                if new_j != base[name]:
                    conflicts[name] = {"人工修改": current, "文档新值": new_j}
                continue
            changes[name] = [current, new_j]
            setattr(obj, name, new)
        if conflicts:
            self.report.add(model, Action.CONFLICT, key, obj, changes=conflicts)
        return changes

    def _prefetch_sources(self, results: list[parsed.ParseResult]) -> None:
        """Every source document the run names, in three statements for all (get_or_create cost four per document,
        77 documents for the seed corpus): the stored ones, the missing ones inserted in the order the run meets
        them (a concurrent import inserting the same one first is skipped, not an error), and those read back."""
        wanted: dict[tuple[str, int], SourceDocument] = {}
        for result in results:
            for doc in result.documents:
                wanted.setdefault(
                    (result.sha256, doc.title_line),
                    SourceDocument(
                        sha256=result.sha256,
                        title_line=doc.title_line,
                        title=doc.title[:300],
                        kind=doc.kind,
                        file_name=result.source[-255:],
                        published_on=doc.published,
                        imported_by=self.user,
                    ),
                )
        stored = SourceDocument.objects.filter(sha256__in={sha for sha, _ in wanted})
        self._sources = {(s.sha256, s.title_line): s for s in stored if (s.sha256, s.title_line) in wanted}
        missing = [source for key, source in wanted.items() if key not in self._sources]
        self._new_sources = {(s.sha256, s.title_line) for s in missing}
        if missing:
            SourceDocument.objects.bulk_create(missing, ignore_conflicts=True)
            for s in SourceDocument.objects.filter(sha256__in={s.sha256 for s in missing}):
                self._sources.setdefault((s.sha256, s.title_line), s)

    def source(self, result: parsed.ParseResult, doc: parsed.Document) -> SourceDocument:
        ident = (result.sha256, doc.title_line)
        source = self._sources[ident]
        created = ident in self._new_sources
        self._new_sources.discard(ident)  # the same file twice in one run: created once
        key = f"doc:{result.sha256}:{doc.title_line}"
        self.report.add("sourcedocument", Action.CREATED if created else Action.UNCHANGED, key, source)
        return source

    def write(self, results: list[parsed.ParseResult]) -> None:
        """Several reports may speak of one inspection (or anonymised names may collide): their header values are
        merged before writing, and each report keeps its own feedback tree, keyed by its title."""
        groups: dict[str, list[tuple[SourceDocument, parsed.Inspection, int]]] = {}
        visits = []
        self._prefetch_units(results)
        self._prefetch_sources(results)
        for result in results:
            self.report.warnings.extend(result.warnings)
            for doc in result.documents:
                source = self.source(result, doc)
                for p in doc.inspections:
                    if not p.unit.strip():
                        self._round_level(source, p)
                        continue
                    unit, rnd = self.unit(p), self.round(p)
                    for type_name in p.types or ["常规"]:
                        self._named_groups[(unit.pk, rnd.pk, *kind_and_topic(type_name))].add(p.group)
                    visits.append((source, p, unit, rnd))
                    self._report_missing(source, p)
        self.ledger = LedgerCache.of_visits([(unit, rnd) for _, _, unit, rnd in visits])
        for source, p, unit, rnd in visits:
            for index, (ikey, fields) in enumerate(self._natural_keys(p, unit, rnd)):
                groups.setdefault(ikey, []).append((source, p, index))
                self._fields[ikey] = fields
        inspections = self.inspections(groups)
        self.ledger.load_trees(self, inspections)
        written = [inspection.pk for inspection in inspections.values()]
        for ikey, entries in groups.items():
            inspection = inspections[ikey]
            action = self._inspection_actions[ikey]
            for _, p, _ in entries:
                self.report.visits.setdefault(id(p), []).append((ikey, inspection, action))
            seen_titles: Counter = Counter()
            for source, p, index in entries:
                seen_titles[source.title] += 1
                tree_key = keys.tree_key(ikey, source.title, seen_titles[source.title])
                TreeWriter(self, inspection, tree_key, source).write(items_of(p, inspection.topic))
                if index == 0:  # a visit's figures are stated once, for the visit
                    self.figures(inspection, p.figures, source, tree_key)
        self.flush_rows()
        # Measures and notes went in by bulk insert (no save()): their stored warning inputs are checked in one
        # statement, which writes only the rows whose inputs differ. An inspection this run created holds only
        # measures it created with theirs (TreeWriter.write): checking its 7,000 seed measures cost 0.3-0.5 s.
        existed = [pk for pk in written if self.ledger.existed(pk)]
        if existed:
            measures_refresh_warning_inputs(inspection_ids=existed)

    def _round_level(self, source: SourceDocument, p: parsed.Inspection) -> None:
        """A text naming no single unit (a round's news or statistics): its figures and the problems it lists
        belong to the round (轮次通报数据, 轮次共性问题)."""
        if not p.figures and not p.items:
            self.report.warnings.append(
                f"《{source.title}》：文中未载明被巡视单位（或同时涉及多个单位），这部分内容未导入。"
            )
            return
        rnd = self.round(p)
        self.round_figures(rnd, p.figures, source)
        listed = store_round_problems(self.report, rnd, p.items, source)
        stored = "、".join(
            part for part, n in (("所述数据", len(p.figures)), (f"所列{listed}个问题（作为轮次共性问题）", listed)) if n
        )
        self.report.warnings.append(f"《{source.title}》：文中未载明单一被巡视单位，{stored}记入轮次“{rnd}”。")

    def round_figures(self, rnd: InspectionRound, figures: list[parsed.Figure], source: SourceDocument) -> None:
        self._replace_figures(RoundFigure, {"round": rnd}, figures, source, key=f"round:{rnd.pk}")

    def _report_missing(self, source: SourceDocument, p: parsed.Inspection) -> None:
        """A partial document (a news item, say) imports what it states; say what it did not."""
        missing = [MISSING_LABELS.get(name, name) for name in p.missing]
        if not p.items:
            missing.append(MISSING_LABELS["items"])
        if missing:
            self.report.warnings.append(f"《{source.title}》{p.unit}：文中未载明{'、'.join(missing)}。")

    def _natural_keys(self, p: parsed.Inspection, unit: Unit, rnd: InspectionRound):
        rkey = keys.round_key(rnd.inspecting_body, rnd.level, rnd.term, rnd.round_no, rnd.batch)
        for type_name in p.types or ["常规"]:
            kind, topic = kind_and_topic(type_name)
            group = p.group or self._known_group(unit, rnd, kind, topic)
            fields = {"unit": unit, "round": rnd, "group": group, "kind": kind, "topic": topic}
            yield keys.inspection_key(unit.name, rkey, group, kind, topic), fields

    def _known_group(self, unit: Unit, rnd: InspectionRound, kind: str, topic: str) -> str:
        """A report that names no group (feedback summaries rarely do) joins the one inspection that has one."""
        named = self._named_groups[(unit.pk, rnd.pk, kind, topic)] - {""}
        if not named:
            named = self.ledger.groups_of(unit.pk, rnd.pk, kind, topic)
        return named.pop() if len(named) == 1 else ""

    def _header_values(self, entries) -> dict:
        values = {"onsite_start": None, "onsite_end": None, "feedback_date": None}
        for source, p, _ in entries:
            if p.start and p.end and p.start > p.end:
                self.report.warnings.append(f"{source.title}：进驻日期 {p.start}～{p.end} 先后颠倒，未导入进驻日期。")
                continue
            values["onsite_start"] = values["onsite_start"] or p.start
            values["onsite_end"] = values["onsite_end"] or p.end
            values["feedback_date"] = values["feedback_date"] or p.feedback_date
        return values

    def inspections(self, groups: dict[str, list]) -> dict[str, Inspection]:
        """Each group's inspection: existing ones merged (and saved when changed), new ones inserted in one go."""
        records = {r.key: r for r in ImportedRecord.objects.filter(model="inspection", key__in=list(groups))}
        out, new = {}, []
        for ikey, entries in groups.items():
            fields, source = self._fields[ikey], entries[0][0]
            values = self._header_values(entries)
            inspection = self.ledger.inspection(fields)
            record = records.get(ikey)
            if inspection is None:
                inspection = Inspection(**fields, source_document=source, **values)
                new.append((ikey, inspection, values, source, record))
                self._inspection_actions[ikey] = Action.CREATED
            else:
                changes = self.merge("inspection", ikey, inspection, record, values)
                if changes or inspection.source_document_id is None:
                    inspection.source_document = inspection.source_document or source
                    save_tracked(inspection, user=self.user)
                action = Action.UPDATED if changes else Action.UNCHANGED
                self.report.add("inspection", action, ikey, inspection, changes=changes)
                self._inspection_actions[ikey] = action
                self._remember("inspection", ikey, inspection, values, source, record)
            out[ikey] = inspection
        if new:
            objs = [inspection for _, inspection, _, _, _ in new]
            for obj in objs:
                # The natural key was looked up above and the database enforces the constraints.
                obj.full_clean(
                    validate_unique=False, validate_constraints=False, exclude=["unit", "round", "source_document"]
                )
            self._bulk_create_tracked(Inspection, objs)
            # Baselines left by an inspection a person deleted would read as "removed by a person" below.
            _delete_by_prefix(ImportedRecord.objects.all(), [f"{ikey}@" for ikey, *_ in new])
            for ikey, inspection, values, source, record in new:
                self.report.add("inspection", Action.CREATED, ikey, inspection)
                self._remember("inspection", ikey, inspection, values, source, record)
        self.defer_rows(ImportedRecord, self._new_records)
        self._new_records = []
        return out

    def _bulk_create_tracked(self, cls, objs: list, *, defer: bool = False) -> list:
        """Insert `objs` and their history rows (user and channel 文档导入, as a tracked save would). Deferred: the
        objects get their ids now and their rows go in at flush_rows()."""
        deferred = {"ids": self.ids, "defer": self.defer_numbered_rows} if defer else {}
        created = insert_objects(objs, **deferred, row=_measure_row if cls is Measure else None)
        self.defer_rows(historical_model(cls), history_rows(created, user=self.user, channel=Channel.IMPORT))
        return created

    def figures(self, inspection: Inspection, figures: list[parsed.Figure], source: SourceDocument, ikey: str) -> None:
        self._replace_figures(ReportedFigure, {"inspection": inspection}, figures, source, key=ikey)

    def _replace_figures(self, model, owner: dict, figures: list[parsed.Figure], source: SourceDocument, key: str):
        """A document's stated figures for one owner (an inspection or a round): unchanged, or replaced whole."""
        label = model._meta.model_name
        wanted = [
            (f.metric if f.metric in Metric.values else Metric.OTHER, f"{f.value:.2f}", f.unit, f.line, f.text)
            for f in figures
        ]
        if model is ReportedFigure:
            existing = self.ledger.figures(owner["inspection"].pk, source.pk)
        else:
            existing = list(model.objects.filter(source_document=source, **owner))
        # Decimal(): figures created earlier in this run still hold the string they were created from.
        have = [(r.metric, f"{Decimal(r.value):.2f}", r.quantity_unit, r.source_line, r.sentence) for r in existing]
        if sorted(have) == sorted(wanted):
            self.report.counts[(label, Action.UNCHANGED)] += len(have)
            return
        for r in existing:
            self.report.add(label, Action.RETIRED, f"{key}!{r.source_line}", r)
        model.objects.filter(pk__in=[r.pk for r in existing]).delete()
        created = model.objects.bulk_create(
            model(
                metric=m,
                value=v,
                quantity_unit=u[:10],
                source_line=line,
                sentence=text,
                source_document=source,
                **owner,
            )
            for m, v, u, line, text in wanted
        )
        for r in created:
            self.report.add(label, Action.CREATED, f"{key}!{r.source_line}", r)
        if model is ReportedFigure:
            self.ledger.set_figures(owner["inspection"].pk, source.pk, created)

    def _remember(self, model, key, obj, values, source, record):
        payload = {k: _json(v) for k, v in values.items()}
        if record is None:
            self._new_records.append(_record_row(model, key, obj.pk, payload, source))
        elif record.values != payload or record.object_id != obj.pk:
            record.values, record.object_id, record.document = payload, obj.pk, source
            record.save(update_fields=["values", "object_id", "document"])


class TreeWriter:
    """Upserts one inspection's feedback tree and measures; creations are bulk inserts level by level."""

    def __init__(self, writer: LedgerWriter, inspection: Inspection, ikey: str, source: SourceDocument):
        self.w, self.inspection, self.ikey, self.source = writer, inspection, ikey, source
        cache = writer.ledger
        self.records = {(r.model, r.key): r for r in cache.tree_records(ikey)}
        self.items, self.measures = cache.items, cache.measures
        self.new_records: list[dict] = []  # ImportedRecord rows (column values)
        self.seen: set[tuple[str, str]] = set()
        self.taken = cache.taken(inspection)  # positions in use per parent

    def _position(self, kind: str, parent_id: int | None, wanted: int) -> int:
        """The document's ordinal, unless another report or a person already holds it: then the next free one."""
        taken = self.taken[(kind, parent_id)]
        position = wanted if wanted not in taken else max(taken) + 1
        taken.add(position)
        return position

    def write(self, tree: list[parsed.Item]) -> None:
        by_path: dict[tuple[int, ...], FeedbackItem] = {}
        outcomes: list[tuple[object, FeedbackItem | Measure, str]] = []
        skipped: set[tuple[int, ...]] = set()  # left out at review or removed by a person: with their subtree
        levels: dict[int, list] = {}
        for path, parent_path, item in keys.walk(tree):
            levels.setdefault(len(path), []).append((path, parent_path, item))
        for depth in sorted(levels):
            pending = []
            for path, parent_path, item in levels[depth]:
                key = keys.item_key(self.ikey, path)
                if parent_path in skipped:
                    self._skip_below("feedbackitem", key, item)
                    skipped.add(path)
                    continue
                values = {
                    "label": item.label[:20],
                    "title": item.title[:500],
                    "text": item.text,
                    "source_line": item.line,
                }
                decision = self.w.review.get(id(item))
                obj = self._existing("feedbackitem", key, self.items)
                if self._left_out("feedbackitem", key, item, obj, values, decision):
                    skipped.add(path)
                    continue
                if obj is None:
                    parent = by_path.get(parent_path)
                    position = self._position("item", parent.pk if parent else None, path[-1])
                    obj = FeedbackItem(
                        inspection=self.inspection, parent=parent, position=position, **self._edited(values, decision)
                    )
                    pending.append((key, obj, values))
                    outcomes.append((item, obj, Action.CREATED))
                else:
                    outcomes.append((item, obj, self._update("feedbackitem", key, obj, values, decision)))
                by_path[path] = obj
            self._create("feedbackitem", FeedbackItem, pending)
        measures = []
        for path, _, item in keys.walk(tree):
            ikey = keys.item_key(self.ikey, path)
            for n, m in enumerate(item.measures, 1):
                if path in skipped:
                    self._skip_below("measure", keys.measure_key(ikey, n), m)
                    continue
                measures.append((keys.measure_key(ikey, n), by_path[path], n, m))
        pending = []
        # Every measure created here gets one progress note of that date (below), so its stored warning inputs
        # and the facts copied from its item and inspection are known now: inserting them spares an UPDATE of every
        # new row (and of its search index entries).
        note_date = self.source.published_on or timezone.localdate()
        milestone = self.inspection.rectification_deadline
        for key, item_obj, n, m in measures:
            values = {
                "label": m.label[:20],
                "text": m.text,
                "status": m.status or Status.IN_PROGRESS,
                "deadline": m.deadline,
                "responsible_units": m.responsible_units[:500],
            }
            decision = self.w.review.get(id(m))
            obj = self._existing("measure", key, self.measures)
            if self._left_out("measure", key, m, obj, values, decision):
                continue
            if obj is None:
                position = self._position("measure", item_obj.pk, n)
                obj = Measure(
                    item=item_obj,
                    position=position,
                    completed_on=None,
                    last_activity_on=note_date,
                    milestone_on=milestone,
                    inspection_id=self.inspection.pk,
                    unit_id=self.inspection.unit_id,
                    round_id=self.inspection.round_id,
                    inspection_kind=self.inspection.kind,
                    category_id=item_obj.category_id,
                    **self._edited(values, decision),
                )
                if obj.status in (Status.DONE, Status.BASICALLY_DONE):
                    # the report's date; an undated report leaves it unknown, never the day of the import
                    obj.completed_on = self.source.published_on
                pending.append((key, obj, values, m))
                outcomes.append((m, obj, Action.CREATED))
            else:
                outcomes.append((m, obj, self._update("measure", key, obj, values, decision)))
        created = self._create("measure", Measure, [(k, o, v) for k, o, v, _ in pending])
        self.w.defer_rows(
            ProgressNote,
            (
                {
                    "measure_id": obj.pk,
                    "date": note_date,
                    "status_after": obj.status,
                    "text": f"据《{self.source.title}》：{m.status_phrase or '文中未明确状态'}"
                    + (f"；导入审核时改为“{obj.get_status_display()}”" if obj.status != values["status"] else ""),
                    "author_id": self.w.user_id,
                    "channel": Channel.IMPORT,
                }
                for obj, (_, _, values, m) in zip(created, pending, strict=True)
            ),
        )
        self._retire()
        self.w.defer_rows(ImportedRecord, self.new_records)
        for node, obj, action in outcomes:
            fields = ("label", "title") if isinstance(obj, FeedbackItem) else ("label", "status")
            self.w.report.nodes[id(node)] = NodeOutcome(action, obj.pk, {f: getattr(obj, f) for f in fields})

    @staticmethod
    def _edited(values: dict, decision: Decision | None) -> dict:
        """The values to store: the document's, with the importing user's corrections."""
        return {**values, **decision.edits} if decision else values

    def _skip_below(self, model: str, key: str, node) -> None:
        """Below a branch left out: nothing is written, and existing baselines are kept as they are."""
        self.seen.add((model, key))
        self.w.report.nodes[id(node)] = NodeOutcome(Action.EXCLUDED)

    def _left_out(self, model, key, node, obj, values, decision: Decision | None) -> bool:
        """Whether this node stays out of the ledger.

        A baseline whose object is gone means a person removed it (in the ledger, or by unticking it in an
        earlier import's preview): a re-import keeps it out. Unticked now: a new node gets a baseline with no
        object (id 0) so later imports keep it out too; an existing one is deleted as a person would, unless
        people already worked on it.
        """
        record = self.records.get((model, key))
        if obj is None and record is not None:
            self.w.report.nodes[id(node)] = NodeOutcome(Action.EXCLUDED)
            self.w.report.counts[(model, Action.UNCHANGED)] += 1
            return True
        if not (decision and decision.drop):
            return False
        label = values.get("title") or values.get("text") or ""
        if obj is None:
            self.new_records.append(_record_row(model, key, 0, {k: _json(v) for k, v in values.items()}, self.source))
            self.w.report.add(model, Action.EXCLUDED, key, label=label, changes={"审核": "导入时剔除，未写入台账"})
            self.w.report.nodes[id(node)] = NodeOutcome(Action.EXCLUDED)
            return True
        if self._worked_on(model, obj, record):
            self.w.report.add(
                model, Action.CONFLICT, key, obj, changes={"审核": "导入时选择剔除，但已有人工填报内容，予以保留"}
            )
            return False
        self.w.report.add(model, Action.EXCLUDED, key, obj, changes={"审核": "导入时剔除，已从台账删除"})
        self.w.report.nodes[id(node)] = NodeOutcome(Action.EXCLUDED, obj.pk)
        self._free_position(obj)
        obj._history_user = self.w.user
        obj.delete()
        return True

    def _existing(self, model, key, cache):
        self.seen.add((model, key))
        record = self.records.get((model, key))
        return cache.get(record.object_id) if record else None

    def _update(self, model, key, obj, values, decision: Decision | None = None) -> str:
        record = self.records[(model, key)]
        changes = self.w.merge(model, key, obj, record, values)
        for name, value in (decision.edits if decision else {}).items():
            # A correction made in the preview is a person's edit: the baseline keeps the document's value.
            if _json(getattr(obj, name)) != value:
                changes[name] = [_json(getattr(obj, name)), value]
                setattr(obj, name, value)
        if "status" in changes:
            self._follow_status(obj)
        if changes:
            save_tracked(obj, user=self.w.user)
            if isinstance(obj, Measure):
                self.w.measures_written.add(obj.pk)
        action = Action.UPDATED if changes else Action.UNCHANGED
        self.w.report.add(model, action, key, obj, changes=changes)
        payload = {k: _json(v) for k, v in values.items()}
        if record.values != payload:
            record.values = payload
            record.save(update_fields=["values"])
        return action

    def _follow_status(self, measure: Measure) -> None:
        """A corrected report changing a measure's state moves its completion date with it."""
        if measure.status in (Status.DONE, Status.BASICALLY_DONE):
            measure.completed_on = measure.completed_on or self.source.published_on
        else:
            measure.completed_on = None

    def _create(self, model, cls, pending):
        if not pending:
            return []
        objs = [obj for _, obj, _ in pending]
        for obj in objs:
            obj.full_clean(validate_unique=False, validate_constraints=False, exclude=["item", "parent", "inspection"])
        created = self.w._bulk_create_tracked(cls, objs, defer=True)
        if cls is Measure:
            self.w.measures_written.update(obj.pk for obj in created)
        for (key, _, values), obj in zip(pending, created, strict=True):
            edits = {
                k: [_json(v), _json(getattr(obj, k))] for k, v in values.items() if _json(getattr(obj, k)) != _json(v)
            }
            self.w.report.add(model, Action.CREATED, key, obj, changes={"审核修改": edits} if edits else None)
            self.new_records.append(
                _record_row(model, key, obj.pk, {k: _json(v) for k, v in values.items()}, self.source)
            )
        return created

    def _retire(self):
        """Objects an earlier import created that the document no longer holds: delete unless people added to them."""
        gone = [(m, k) for (m, k) in self.records if (m, k) not in self.seen]
        for model, key in sorted(gone, key=lambda mk: (mk[0] != "measure", -len(mk[1]))):
            record = self.records[(model, key)]
            obj = (self.measures if model == "measure" else self.items).get(record.object_id)
            if obj is None:
                record.delete()
                continue
            if self._has_human_work(model, obj, record):
                self.w.report.add(
                    model, Action.CONFLICT, key, obj, changes={"撤销": "文档已删除此项，但已有人工填报内容，予以保留"}
                )
                continue
            self.w.report.add(model, Action.RETIRED, key, obj)
            self._free_position(obj)
            obj._history_user = self.w.user
            obj.delete()
            record.delete()

    def _free_position(self, obj) -> None:
        """A deleted object's position is free again for the inspection's later trees in this run."""
        if isinstance(obj, Measure):
            self.taken[("measure", obj.item_id)].discard(obj.position)
        else:
            self.taken[("item", obj.parent_id)].discard(obj.position)

    def _worked_on(self, model, obj, record) -> bool:
        """People edited it, or filed notes or evidence on a measure in its subtree (imported ones do not count)."""
        if any(_json(getattr(obj, k)) != v for k, v in record.values.items()):
            return True
        if model == "measure":
            measures = Measure.objects.filter(pk=obj.pk)
        else:
            ids, frontier = [obj.pk], [obj.pk]
            while frontier:
                frontier = list(FeedbackItem.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
                ids += frontier
            measures = Measure.objects.filter(item_id__in=ids)
        return (
            measures.filter(evidence__isnull=False).exists()
            or ProgressNote.objects.filter(measure__in=measures).exclude(channel=Channel.IMPORT).exists()
        )

    def _has_human_work(self, model, obj, record) -> bool:
        edited = any(_json(getattr(obj, k)) != v for k, v in record.values.items())
        if model == "measure":
            return edited or obj.evidence.exists() or obj.notes.exclude(channel=Channel.IMPORT).exists()
        return edited or obj.children.exists() or obj.measures.exists()


def import_parsed(
    results: list[parsed.ParseResult],
    *,
    user=None,
    dry_run: bool = False,
    review: dict[int, Decision] | None = None,
    on_written=None,
) -> tuple[ImportRun, Report]:
    """Write every document of `results` or nothing. A dry run computes the same report and rolls back.

    `review` holds the importing user's decisions (imports.review.Decisions.bind); `on_written(report)` is
    called inside the transaction, after the writes, so a preview can read the ledger as it would become.
    """
    writer = LedgerWriter(user=user, review=review)
    files = [r.source for r in results]
    started = timezone.now()
    try:
        return _import(writer, results, files, started, user=user, dry_run=dry_run, on_written=on_written)
    except BaseException:
        if not dry_run:
            # The rolled-back rows' entries wait in the indexes' pending lists all the same: merged in the background,
            # not by the next person's save. Best effort: the import's own error is what the caller must see.
            try:
                after_import_later([])
            except Exception:
                log.exception("merging the search indexes after a failed import could not be started")
        raise


def _import(writer: LedgerWriter, results, files, started, *, user, dry_run, on_written) -> tuple[ImportRun, Report]:
    with transaction.atomic(), channel(Channel.IMPORT):
        if not dry_run:
            # The search indexes' entries of thousands of new rows are merged after the commit (imports.background).
            search_index_defer_merge()
        writer.write(results)
        writer.flush_rows()  # nothing is left over, whatever path deferred rows
        # Post-write steps that derive data from the measures written (writer.measures_written) go here, inside
        # the transaction and before the preview reads the ledger.
        if on_written is not None:
            on_written(writer.report)
        run = ImportRun(
            user=user,
            files=files,
            outcome=ImportRun.Outcome.DRY_RUN if dry_run else ImportRun.Outcome.APPLIED,
            counts=writer.report.table(),
            warnings=writer.report.warnings,
            finished_at=timezone.now(),
        )
        if dry_run:
            transaction.set_rollback(True)
            return run, writer.report
        run.save()
        ImportRun.objects.filter(pk=run.pk).update(started_at=started)
        insert_rows(ImportAction, ({**row, "run_id": run.pk} for row in writer.report.action_rows))
        if writer.report.writes:
            # After the commit, without the importer waiting: the search indexes' merge and, when items changed,
            # the similar problems, repeats and categories of the inspections this import wrote.
            counts = writer.report.counts.items()
            refreshed = any(m == "feedbackitem" and a != Action.UNCHANGED and n for (m, a), n in counts)
            ids = [insp.pk for visits in writer.report.visits.values() for _, insp, _ in visits] if refreshed else []
            transaction.on_commit(partial(after_import_later, ids), robust=True)
    return run, writer.report


def record_failure(*, files: list[str], error: str, user=None) -> ImportRun:
    return ImportRun.objects.create(
        user=user, files=files, outcome=ImportRun.Outcome.FAILED, error=error, finished_at=timezone.now()
    )
