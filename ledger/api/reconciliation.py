"""Serializers of an inspection's reconciliation (GET /api/inspections/{id}/reconciliation/)."""

from rest_framework import serializers

from ledger.choices import Metric, Status


class LedgerValueSerializer(serializers.Serializer):
    basis = serializers.ChoiceField(
        choices=[("problems", "问题"), ("sub_problems", "具体问题"), ("measures", "措施")],
        help_text="台账按什么计数：问题、具体问题或措施",
    )
    label = serializers.CharField()
    value = serializers.DecimalField(max_digits=14, decimal_places=2, help_text="个数，或完成率（百分数）")


class DiscrepancySerializer(serializers.Serializer):
    figure_id = serializers.IntegerField(help_text="通报数据（reported-figures）的编号")
    metric = serializers.ChoiceField(choices=Metric.choices)
    metric_label = serializers.CharField()
    stated = serializers.DecimalField(max_digits=14, decimal_places=2, help_text="通报所称数值")
    quantity_unit = serializers.CharField(help_text="原文计量单位：个、条、项、%…")
    ledger = LedgerValueSerializer(many=True, help_text="该数据可能对应的全部台账数值，均不相符")
    sentence = serializers.CharField(help_text="原文语句")
    line = serializers.IntegerField(allow_null=True, help_text="原文行号")
    message = serializers.CharField(help_text="如：通报称已完成10个，台账显示已完成的问题8个、措施20条")


class TallySerializer(serializers.Serializer):
    problems = serializers.IntegerField(help_text="反馈问题数（方面下一级的条目；无方面时为顶层条目）")
    sub_problems = serializers.IntegerField(help_text="具体问题数（问题下最末一级的条目，未再细分的问题计为1个）")
    measures = serializers.IntegerField()
    problems_by_status = serializers.SerializerMethodField(help_text="按汇总状态统计的问题数；no_measures 为尚无措施")
    measures_by_status = serializers.SerializerMethodField()
    overdue = serializers.IntegerField(help_text="逾期未完成的措施数")
    problem_completion_rate = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True)
    measure_completion_rate = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True)

    def get_problems_by_status(self, tally) -> dict[str, int]:
        return {(s or "no_measures"): n for s, n in tally.problem_status.items() if n}

    def get_measures_by_status(self, tally) -> dict[str, int]:
        return {s: tally.measure_status[s] for s in Status.values if tally.measure_status[s]}


class ReconciliationSerializer(serializers.Serializer):
    inspection = serializers.IntegerField(source="inspection_id")
    compared = serializers.IntegerField(help_text="参与核对的通报数据项数")
    ledger = TallySerializer(source="tally")
    discrepancies = DiscrepancySerializer(many=True)
