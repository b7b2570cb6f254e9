from django.db import models


class SimilarPair(models.Model):
    """Two feedback items stating the same problem, stored once per unordered pair (item_id < other_id).

    Derived data, recomputed by similarity.services: no history of its own.
    """

    # No foreign-key constraint in the database: checking two per pair was a third of a 100 k recompute on
    # PostgreSQL (1.75 M pairs). Deleting an item through Django still deletes its pairs (on_delete), the
    # selectors only read pairs whose items they load, and a full recompute starts from an empty table.
    item = models.ForeignKey(
        "ledger.FeedbackItem", verbose_name="反馈问题", on_delete=models.CASCADE, related_name="+", db_constraint=False
    )
    other = models.ForeignKey(
        "ledger.FeedbackItem",
        verbose_name="相似的反馈问题",
        on_delete=models.CASCADE,
        related_name="+",
        db_constraint=False,
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


class Vocabulary(models.Model):
    """The n-grams and their idf fitted by the last refresh that read the whole ledger (or its units of a kind).

    A refresh inside a request reads only the edited inspections' round and units; it vectorises their texts with
    this vocabulary, so that their scores are the ones the wider refresh after it computes (a fit on a round alone
    weighs n-grams otherwise and moved 43 of a round's repeats). One row, overwritten by each wider refresh.
    """

    grams = models.JSONField("n元组")  # in column order (a list: PostgreSQL's jsonb would reorder an object's keys)
    idf = models.JSONField("逆文档频率")
    items = models.PositiveIntegerField("拟合所用反馈问题数")
    fitted_at = models.DateTimeField("拟合时间", auto_now=True)

    class Meta:
        verbose_name = "相似度词表"
        verbose_name_plural = "相似度词表"

    def __str__(self):
        return f"{len(self.grams)} 个n元组（{self.items} 个反馈问题）"
