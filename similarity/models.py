from django.db import models


class SimilarPair(models.Model):
    """Two feedback items stating the same problem, stored once per unordered pair (item_id < other_id).

    Derived data, recomputed by similarity.services: no history of its own.
    """

    item = models.ForeignKey("ledger.FeedbackItem", verbose_name="反馈问题", on_delete=models.CASCADE, related_name="+")
    other = models.ForeignKey(
        "ledger.FeedbackItem", verbose_name="相似的反馈问题", on_delete=models.CASCADE, related_name="+"
    )
    score = models.FloatField("相似度")

    class Meta:
        verbose_name = "相似问题"
        verbose_name_plural = "相似问题"
        constraints = [
            models.UniqueConstraint(fields=["item", "other"], name="similarity_pair_unique"),
            models.CheckConstraint(
                condition=models.Q(item__lt=models.F("other")),
                name="similarity_pair_ordered",
                violation_error_message="相似问题对须按编号从小到大保存。",
            ),
        ]
        indexes = [models.Index(fields=["other", "item"], name="similarity_pair_other_idx")]

    def __str__(self):
        return f"{self.item_id} ~ {self.other_id} ({self.score:.2f})"
