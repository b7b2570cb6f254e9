"""Reads for the 工作台: each section is a fixed number of queries, whatever the number of units or measures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import chain

from django.conf import settings
from django.db.models import Case, Count, Exists, F, OuterRef, Subquery, Sum, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse

from imports.models import ImportRun
from ledger.alerts import SEVERITY, AlertLevel, warning_case, warning_q
from ledger.choices import Status
from ledger.dashboard.selectors import tallies_visible_to
from ledger.formatting import round_title
from ledger.models import Evidence, Inspection, Measure, ProgressNote, ReminderLog, Unit
from ledger.reconciliation import reconcile
from ledger.selectors import measures_visible_to, visible_to
from workbench import links

# Recorded in ReminderLog.level next to the warning levels (red/yellow/blue) for the 提醒补充佐证 action.
EVIDENCE_REMINDER = "evidence"
TODO_LIMIT = 100  # rows shown; the group counts and their links cover the rest
QUEUE_LIMIT = 50
ACTIVITY_LIMIT = 15
DONE_ORDER = ("completed_on", "pk")  # completed measures waiting for close-out: the longest waiting first

WARNING_SHORT = {AlertLevel.RED: "逾期", AlertLevel.YELLOW: "滞后", AlertLevel.BLUE: "临期"}


def _latest_note(field_name: str):
    notes = ProgressNote.objects.filter(measure=OuterRef("pk")).order_by("-date", "-id")
    return Subquery(notes.values(field_name)[:1])


def _first(measures, order, limit: int):
    """The first `limit` measures in `order`, chosen on the measure table alone and only then joined to their
    relations: planned as one query, the joins ran for every open measure of a district before the limit. The
    caller orders the rows again, after annotating what `order` names."""
    return Measure.objects.filter(pk__in=measures.order_by(*order).values("pk")[:limit])


def _with_row_facts(measures):
    """The latest progress note, evidence count and parent problem, as annotations of one query."""
    return measures.annotate(
        latest_note_text=_latest_note("text"),
        latest_note_date=_latest_note("date"),
        evidence_count=Coalesce(
            Subquery(
                Evidence.objects.filter(measure=OuterRef("pk"))
                .order_by()
                .values("measure")
                .annotate(n=Count("pk"))
                .values("n")
            ),
            0,
        ),
    ).select_related("item__inspection__unit", "item__inspection__round", "item__parent")


@dataclass
class TodoGroup:
    inspection: Inspection | None
    title: str
    rows: list = field(default_factory=list)
    open_count: int = 0
    counts: dict = field(default_factory=dict)  # warning level -> number of measures

    @property
    def worst(self) -> int:
        return max((SEVERITY[lvl] for lvl, n in self.counts.items() if n), default=0)

    @property
    def link(self) -> str:
        return links.inspection_open_measures(self.inspection)

    def level_links(self):
        return [
            (
                lvl,
                WARNING_SHORT[lvl],
                self.counts.get(lvl, 0),
                links.inspection_open_measures(self.inspection, warning=lvl),
            )
            for lvl in (AlertLevel.RED, AlertLevel.YELLOW, AlertLevel.BLUE)
            if self.counts.get(lvl)
        ]


@dataclass
class Todo:
    groups: list[TodoGroup]  # those with rows shown
    total: int
    shown: int
    hidden_groups: int = 0  # inspections whose open measures are all beyond the rows shown
    hidden_measures: int = 0

    @property
    def truncated(self) -> bool:
        return self.shown < self.total


def urgency(level: str) -> int:
    return SEVERITY.get(level, 0)


def inspection_heading(inspection: Inspection) -> str:
    """东城区委 · 十三届示范省委第四轮巡视 (· 专项 when it is one)."""
    head = f"{inspection.unit.name} · {round_title(inspection.round)}"
    return f"{head} · {inspection.topic}专项" if inspection.topic else head


def todo(user, on: date) -> Todo:
    """The user's units' measures not completed, most urgent first, grouped by inspection. Two queries, both
    over the measures' stored warning inputs: each inspection's count per level (grouped in SQL), then the rows
    shown, ranked in SQL."""
    open_measures = measures_visible_to(user).filter(closed_at__isnull=True).exclude(status=Status.DONE).order_by()
    level = warning_case(on)
    tallies: dict[int, TodoGroup] = {}  # every inspection's counts; only those with rows shown are named
    for inspection_id, lvl, n in (
        open_measures.annotate(level_=level).values_list("inspection_id", "level_").annotate(n=Count("*"))
    ):
        group = tallies.setdefault(inspection_id, TodoGroup(inspection=None, title=""))
        group.open_count += n
        if lvl:
            group.counts[lvl] = group.counts.get(lvl, 0) + n
    rank = Case(*(When(level_=lvl, then=Value(SEVERITY[lvl])) for lvl in SEVERITY), default=Value(0))
    ranked, order = open_measures, ["-urgency", F("deadline").asc(nulls_last=True), "inspection_id", "pk"]
    if sum(g.counts.get(AlertLevel.RED, 0) for g in tallies.values()) >= TODO_LIMIT:
        # The rows shown are all red (the most urgent level): the same rows, in the same order, read in deadline
        # order from the partial index over the working measures instead of ranking every open measure.
        ranked, order = open_measures.filter(warning_q(AlertLevel.RED, on)), order[1:]
    first = _first(ranked.annotate(level_=level, urgency=rank), order, TODO_LIMIT)
    shown = _with_row_facts(first).annotate(level_=level, urgency=rank).order_by(*order)
    for m in shown:
        m.warning, m.warning_label = m.level_, WARNING_SHORT.get(m.level_, "")
        tallies.setdefault(m.item.inspection_id, TodoGroup(inspection=None, title="")).rows.append(m)
    shown_groups = [g for g in tallies.values() if g.rows]
    for group in shown_groups:
        group.inspection = group.rows[0].item.inspection
        group.title = inspection_heading(group.inspection)
    shown_groups.sort(key=lambda g: (-g.worst, -g.counts.get(AlertLevel.RED, 0), -g.open_count, g.title))
    hidden = [g for g in tallies.values() if not g.rows]
    return Todo(
        groups=shown_groups,
        total=sum(g.open_count for g in tallies.values()),
        shown=sum(len(g.rows) for g in shown_groups),
        hidden_groups=len(hidden),
        hidden_measures=sum(g.open_count for g in hidden),
    )


def awaiting_evidence_for_editor(user):
    """Completed measures of the user's units still without evidence (they cannot be closed out), with the date
    a supervisor last asked for it."""
    return _awaiting_evidence_rows(measures_visible_to(user))


def _awaiting_evidence(measures):
    return measures.filter(status=Status.DONE, closed_at__isnull=True).filter(
        ~Exists(Evidence.objects.filter(measure=OuterRef("pk")))
    )


def _awaiting_evidence_rows(measures) -> list[Measure]:
    """The first QUEUE_LIMIT of them, with the date a supervisor last asked for evidence."""
    last_reminder = ReminderLog.objects.filter(measure=OuterRef("pk"), level=EVIDENCE_REMINDER).order_by("-sent_at")
    return list(
        _first(_awaiting_evidence(measures), DONE_ORDER, QUEUE_LIMIT)
        .annotate(reminded_at=Subquery(last_reminder.values("sent_at")[:1]))
        .select_related("item__inspection__unit", "item__parent")
        .order_by(*DONE_ORDER)
    )


@dataclass
class CloseOutQueue:
    ready: list[Measure]
    ready_total: int
    missing: list[Measure]
    missing_total: int
    ready_link: str
    missing_link: str


def close_out_queue(user) -> CloseOutQueue:
    """已完成, not closed out: with evidence (ready for 销号, evidence prefetched) and without (remind the unit)."""
    base = measures_visible_to(user).filter(status=Status.DONE, closed_at__isnull=True)
    with_evidence = base.filter(Exists(Evidence.objects.filter(measure=OuterRef("pk"))))
    ready = list(
        _first(with_evidence, DONE_ORDER, QUEUE_LIMIT)
        .select_related("item__inspection__unit", "item__parent")
        .prefetch_related("evidence")
        .order_by(*DONE_ORDER)
    )
    # Counted from the evidence side (the measures of `base` holding any) and by the done measures' partial index,
    # not an EXISTS probe per completed measure.
    counts = {
        "ready": Evidence.objects.filter(measure__in=base.values("pk")).values("measure_id").distinct().count(),
        "total": base.count(),
    }
    return CloseOutQueue(
        ready=ready,
        ready_total=counts["ready"],
        missing=_awaiting_evidence_rows(base),
        missing_total=counts["total"] - counts["ready"],
        ready_link=links.measure_list(status__exact=Status.DONE, closed_at__isnull="True", evidence__isnull="False"),
        missing_link=links.measure_list(status__exact=Status.DONE, closed_at__isnull="True", evidence__isnull="True"),
    )


def lagging_units(user, on: date, limit: int = 15) -> list[dict]:
    """Units ranked by red, then yellow warnings, then the lowest completion rate. Summed from the overview's stored
    tallies (ledger.dashboard.selectors.tallies_visible_to): a province's million measures are not counted per visit."""
    rows = list(
        tallies_visible_to(user, on=on)
        .filter(measures__gt=0)
        .order_by()
        .values("unit_id")
        .annotate(measures=Sum("measures"), done=Sum(Status.DONE), red=Sum(AlertLevel.RED), yellow=Sum(AlertLevel.YELLOW))
        .order_by()
    )
    names = dict(Unit.objects.filter(pk__in=[r["unit_id"] for r in rows]).values_list("pk", "name"))
    for row in rows:
        row["unit"] = names.get(row["unit_id"], "")
        row["rate"] = row["done"] / row["measures"] if row["measures"] else 0
    rows.sort(key=lambda r: (-r["red"], -r["yellow"], r["rate"], r["unit"]))
    rows = [r for r in rows if r["red"] or r["yellow"] or r["rate"] < 1][:limit]
    for row in rows:
        row["link"] = links.measure_list(unit=row["unit_id"])
        row["red_link"] = links.measure_list(unit=row["unit_id"], warning=AlertLevel.RED)
        row["yellow_link"] = links.measure_list(unit=row["unit_id"], warning=AlertLevel.YELLOW)
        row["done_link"] = links.measure_list(unit=row["unit_id"], status__exact=Status.DONE)
    return rows


def figure_mismatches(user) -> list[dict]:
    """Inspections whose published figures disagree with the ledger (ledger.reconciliation). Four queries."""
    inspections = {
        i.pk: i
        for i in visible_to(user, Inspection.objects.filter(figures__isnull=False).distinct()).select_related(
            "unit", "round"
        )
    }
    out = []
    for pk, result in reconcile(list(inspections)).items():
        if result.discrepancies:
            inspection = inspections[pk]
            out.append(
                {
                    "inspection": inspection,
                    "title": inspection_heading(inspection),
                    "count": len(result.discrepancies),
                    "compared": result.compared,
                    "messages": [d.message for d in result.discrepancies[:3]],
                    "link": reverse("admin:ledger_inspection_change", args=[pk]),
                }
            )
    return sorted(out, key=lambda r: (-r["count"], r["title"]))


def long_term_due(user, on: date) -> tuple[list[Measure], str]:
    """长期坚持 items whose review date has passed or falls within DUE_SOON_DAYS."""
    horizon = on + timedelta(days=settings.DUE_SOON_DAYS)
    measures = (
        measures_visible_to(user)
        # closed_at IS NULL holds for every 长期坚持 measure (only 已完成 ones are closed out, a check constraint);
        # said here so the partial index over the open long-term measures' review dates serves the order.
        .filter(status=Status.LONG_TERM, closed_at__isnull=True, next_review_on__lte=horizon)
        .select_related("item__inspection__unit", "item__parent")
        .order_by("next_review_on", "pk")[:QUEUE_LIMIT]
    )
    rows = list(measures)
    for m in rows:
        m.review_overdue = m.next_review_on < on
    return rows, links.measure_list(status__exact=Status.LONG_TERM, next_review_on__lte=horizon.isoformat())


@dataclass
class Activity:
    when: object
    who: str
    channel: str
    what: str
    subject: str
    link: str


_HISTORY_VERB = {"+": "新增", "~": "修改", "-": "删除"}


def recent_activity(user, limit: int = ACTIVITY_LIMIT) -> list[Activity]:
    """The latest changes to measures and evidence, and the latest progress notes, merged by time. Three queries."""
    measure_ids = measures_visible_to(user).values("pk")
    measures = (
        Measure.history.filter(id__in=measure_ids).select_related("history_user").order_by("-history_date")[:limit]
    )
    evidence = (
        Evidence.history.filter(measure_id__in=measure_ids)
        .select_related("history_user")
        .order_by("-history_date")[:limit]
    )
    # Every note has its measure: for a user who sees every unit the scope is no filter at all.
    notes = (
        ProgressNote.objects.all() if user.sees_all_units else ProgressNote.objects.filter(measure_id__in=measure_ids)
    )
    notes = notes.select_related("author", "measure").order_by("-created_at")[:limit]
    rows = chain(
        (
            Activity(
                h.history_date,
                _who(h.history_user),
                h.get_history_channel_display(),
                f"{_HISTORY_VERB.get(h.history_type, '修改')}整改措施",
                f"{h.label}{h.text[:30]}",
                links.measure_change(h.id),
            )
            for h in measures
        ),
        (
            Activity(
                h.history_date,
                _who(h.history_user),
                h.get_history_channel_display(),
                f"{_HISTORY_VERB.get(h.history_type, '修改')}佐证材料",
                h.original_name or h.title,
                links.measure_change(h.measure_id),
            )
            for h in evidence
        ),
        (
            Activity(
                n.created_at,
                _who(n.author),
                n.get_channel_display(),
                f"记录进展（{n.get_status_after_display()}）",
                n.text[:40],
                links.measure_change(n.measure_id),
            )
            for n in notes
        ),
    )
    return sorted(rows, key=lambda a: a.when, reverse=True)[:limit]


def _who(user) -> str:
    if user is None:
        return ""  # the channel (文档导入, 系统 …) says where it came from
    return user.display_name


def recent_import_runs(limit: int = 5) -> list[ImportRun]:
    runs = list(ImportRun.objects.select_related("user").order_by("-started_at")[:limit])
    for run in runs:
        run.link = reverse("admin:imports_importrun_change", args=[run.pk])
    return runs
