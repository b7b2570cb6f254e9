"""A synthetic inspection of any size (aspects → problems → measures, with notes and evidence), written in bulk."""

from datetime import timedelta

from django.utils import timezone

from ledger.choices import Status
from ledger.models import Evidence, FeedbackItem, Measure, ProgressNote
from ledger.services import measures_refresh_warning_inputs
from tests.ledger.conftest import make_inspection

STATUSES = [Status.NOT_STARTED, Status.IN_PROGRESS, Status.BASICALLY_DONE, Status.DONE, Status.LONG_TERM]


def synthetic_inspection(unit, rnd, *, problems: int, measures_per_problem: int = 3, aspects: int = 5, group="组"):
    """`problems` problems spread over `aspects` aspects; every problem gets `measures_per_problem` measures in
    rotating statuses and deadlines, every measure a progress note, every third measure an evidence file."""
    today = timezone.localdate()
    inspection = make_inspection(unit, rnd, group=group)
    tops = FeedbackItem.objects.bulk_create(
        [FeedbackItem(inspection=inspection, position=a + 1, label=f"（{a + 1}）", title=f"第{a + 1}方面")
         for a in range(aspects)]
    )
    items = FeedbackItem.objects.bulk_create(
        [
            FeedbackItem(inspection=inspection, parent=tops[p % aspects], position=p + 1, label=f"{p + 1}.",
                         title=f"问题{p + 1}：" + "表述较长的反馈问题" * 3)
            for p in range(problems)
        ]
    )
    measures = Measure.objects.bulk_create(
        [
            Measure(item=item, position=k + 1, label=f"{k + 1}.", text=f"措施{item.position}-{k + 1}" + "整改措施内容" * 8,
                    status=STATUSES[(item.position + k) % len(STATUSES)],
                    deadline=today + timedelta(days=(item.position * 7 + k * 11) % 90 - 30),
                    responsible_leader="张三", lead_unit="区委办公室", responsible_units="各相关单位")
            for item in items
            for k in range(measures_per_problem)
        ]
    )
    Measure.objects.filter(pk__in=[m.pk for m in measures], status__in=[Status.DONE, Status.BASICALLY_DONE]).update(
        completed_on=today
    )
    ProgressNote.objects.bulk_create(
        [ProgressNote(measure=m, date=today - timedelta(days=m.pk % 50), text=f"第{m.pk}项的进展", status_after=m.status)
         for m in measures]
    )
    Evidence.objects.bulk_create(
        [Evidence(measure=m, title="佐证", file=f"evidence/{m.pk}.pdf", original_name=f"{m.pk}.pdf", size=10,
                  sha256=f"{m.pk:064d}")
         for m in measures[::3]]
    )
    measures_refresh_warning_inputs(inspection_ids=[inspection.pk])  # bulk_create skipped save()
    return inspection
