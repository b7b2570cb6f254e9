from django.db import models

from ledger.models.figures import FromSource


class RoundProblem(FromSource):
    """A problem a round-level text lists without naming the unit it belongs to (反馈指出，有的…；有的…): the round's
    common findings, kept with the round so a supervisor reads them beside its figures. Written by imports only."""

    round = models.ForeignKey(
        "ledger.InspectionRound", verbose_name="巡视轮次", on_delete=models.CASCADE, related_name="problems"
    )
    position = models.PositiveSmallIntegerField("序号")
    heading = models.CharField("所属方面", max_length=200, blank=True)
    title = models.TextField("问题")
    detail = models.TextField("具体表现", blank=True)

    class Meta:
        verbose_name = "轮次共性问题"
        verbose_name_plural = "轮次共性问题"
        ordering = ["round_id", "source_document_id", "position"]
        indexes = [models.Index(fields=["round", "source_document"], name="ledger_roundproblem_round_idx")]

    def __str__(self):
        return self.title[:40]
