from django.db import models

from ledger.models.base import Tracked, history


class ProblemCategory(Tracked):
    """A category of problem offices count by (政治建设, 中央八项规定精神 …); admins edit the taxonomy."""

    name = models.CharField("名称", max_length=50, unique=True)
    position = models.PositiveIntegerField("顺序", default=0)
    keywords = models.TextField("关键词", blank=True, help_text="每行一个关键词，用于自动归类")
    description = models.TextField("说明", blank=True)

    history = history()

    class Meta:
        verbose_name = "问题类别"
        verbose_name_plural = "问题类别"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name

    def natural_key(self):
        return (self.name,)

    @property
    def keyword_list(self) -> list[str]:
        return [k.strip() for k in self.keywords.splitlines() if k.strip()]
