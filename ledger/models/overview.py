"""The overview's counts, kept ahead of time (issue 13): grouping a million measures with their statuses and warning
levels took longer than the page may. A cache, never edited by people; ledger.services.overview keeps it exact.

- OverviewTally: per (unit, round, kind, 问题类别), a row of the measures' counts per status and per warning level,
  valid for OverviewTallyState.on (levels depend on the day), and a row of the feedback items' problems and repeats.
- OverviewStaleUnit: a mark, written by database triggers on every insert, update and delete of a measure or a
  feedback item (and on a change of an inspection's unit, round or kind), that a unit's rows no longer hold; the
  next reader recomputes those units.
"""

from django.db import models

from ledger.choices import InspectionKind


def _key(model: str, verbose_name: str):
    # No database constraint: the rows of a deleted unit, round or category stay until the next reader recomputes
    # them (the measures' own delete marks them stale), and must not block the delete meanwhile.
    return models.ForeignKey(
        model,
        verbose_name=verbose_name,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,  # the unit's index is in Meta; rows are read by unit, or all of them
    )


class OverviewTally(models.Model):
    unit = _key("ledger.Unit", "被巡视单位")
    round = _key("ledger.InspectionRound", "巡视轮次")
    kind = models.CharField("巡视类型", max_length=10, choices=InspectionKind.choices, null=True, blank=True)
    category = _key("ledger.ProblemCategory", "问题类别")
    measures = models.PositiveIntegerField("整改措施", db_default=0)
    not_started = models.PositiveIntegerField("未启动", db_default=0)
    in_progress = models.PositiveIntegerField("正在推进", db_default=0)
    basically_done = models.PositiveIntegerField("基本完成", db_default=0)
    done = models.PositiveIntegerField("已完成", db_default=0)
    long_term = models.PositiveIntegerField("长期坚持", db_default=0)
    red = models.PositiveIntegerField("红色预警", db_default=0)
    yellow = models.PositiveIntegerField("黄色预警", db_default=0)
    blue = models.PositiveIntegerField("蓝色预警", db_default=0)
    # From the feedback items: problems as the overview counts them (every item but an aspect that only heads its
    # problems) and those among them that repeat an earlier round's (重复问题). A row holds either the measures'
    # counts or the items', never both: each is inserted by its own grouped query, and readers sum them.
    problems = models.PositiveIntegerField("反馈问题", db_default=0)
    repeats = models.PositiveIntegerField("重复问题", db_default=0)

    class Meta:
        verbose_name = "总览计数"
        verbose_name_plural = "总览计数"
        indexes = [models.Index(fields=["unit"], name="ledger_overview_tally_unit_idx")]
        constraints = [
            # Every measure has exactly one of the five statuses.
            models.CheckConstraint(
                name="ledger_overview_tally_statuses_add_up",
                condition=models.Q(
                    measures=models.F("not_started")
                    + models.F("in_progress")
                    + models.F("basically_done")
                    + models.F("done")
                    + models.F("long_term")
                ),
                violation_error_message="各状态的措施数之和应等于措施数。",
            ),
        ]

    def __str__(self):
        return f"{self.unit_id}/{self.round_id}/{self.kind}/{self.category_id}: {self.measures}"


class OverviewTallyState(models.Model):
    """One row: the day the tallies were computed for. The lock readers take before recomputing."""

    on = models.DateField("计数日期", null=True, blank=True)
    # The warning rules the levels were counted under (ledger.services.overview.RULES): a change of STALE_DAYS or
    # DUE_SOON_DAYS, or of the rules' code, recounts everything at the next read.
    rules = models.CharField("预警规则", max_length=50, blank=True)

    class Meta:
        verbose_name = "总览计数日期"
        verbose_name_plural = "总览计数日期"
        constraints = [models.CheckConstraint(name="ledger_overview_state_single_row", condition=models.Q(pk=1))]

    def __str__(self):
        return f"{self.on or '未计算'}"


class OverviewStaleUnit(models.Model):
    """A unit whose tallies a write changed. unit_key is the measure's unit id, 0 for measures without a unit;
    xact the writing transaction (PostgreSQL; 0 on SQLite), so concurrent writers never wait on each other's mark
    and a reader removes only marks of committed transactions."""

    unit_key = models.BigIntegerField("单位")
    xact = models.BigIntegerField("事务", default=0)

    class Meta:
        verbose_name = "待重算单位"
        verbose_name_plural = "待重算单位"
        constraints = [
            models.UniqueConstraint(fields=["unit_key", "xact"], name="ledger_overview_stale_once_per_transaction")
        ]

    def __str__(self):
        return str(self.unit_key)
