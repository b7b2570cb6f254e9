from django.db import models

from ledger.choices import UnitKind
from ledger.models.base import Tracked, history


class Unit(Tracked):
    name = models.CharField("简称", max_length=100)
    full_name = models.CharField("全称", max_length=200, unique=True)
    parent = models.ForeignKey(
        "self", verbose_name="上级单位", on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    # Renamed or merged units (区国土资源局 → 区自然资源局): a new inspection's problem may repeat (屡巡屡犯) one found
    # at an earlier inspection of a predecessor.
    predecessors = models.ManyToManyField(
        "self",
        verbose_name="前身单位",
        symmetrical=False,
        related_name="successors",
        blank=True,
        help_text="本单位由其更名或合并而来的单位；屡巡屡犯也比对前身单位以往巡视巡察反馈的问题。",
    )
    kind = models.CharField("类别", max_length=20, choices=UnitKind.choices, default=UnitKind.OTHER)
    # Materialized ancestry ("/1/5/12/") so a unit's subtree is one indexed prefix lookup.
    path = models.CharField("层级路径", max_length=255, editable=False, db_index=True, default="")

    history = history()

    class Meta:
        verbose_name = "单位"
        verbose_name_plural = "单位"
        ordering = ["path"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.full_name,)
