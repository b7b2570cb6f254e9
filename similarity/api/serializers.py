from rest_framework import serializers

from ledger.formatting import round_title


class UnitRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField(help_text="单位简称")


class ItemRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField(help_text="反馈问题")
    unit = serializers.SerializerMethodField(help_text="被巡视巡察单位")
    inspection = serializers.IntegerField(source="inspection_id", help_text="巡视巡察编号")
    round = serializers.SerializerMethodField(help_text="巡视轮次")
    category = serializers.SerializerMethodField(help_text="问题类别")
    repeat_of = serializers.IntegerField(source="repeat_of_id", allow_null=True, help_text="前次巡视巡察中的同类问题")

    def get_unit(self, obj) -> str:
        return obj.inspection.unit.name

    def get_round(self, obj) -> str:
        return round_title(obj.inspection.round)

    def get_category(self, obj) -> str | None:
        return obj.category.name if obj.category_id else None


class MeasureRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    item = serializers.IntegerField(source="item_id", help_text="所属反馈问题")
    text = serializers.CharField(help_text="整改措施")
    status = serializers.CharField(help_text="整改状态")
    closed = serializers.SerializerMethodField(help_text="是否销号")

    def get_closed(self, obj) -> bool:
        return obj.closed_at is not None


class CommonProblemSerializer(serializers.Serializer):
    label = serializers.CharField(help_text="最有代表性的表述")
    category = serializers.CharField(allow_null=True, help_text="问题类别")
    aspect = serializers.CharField(help_text="通常所在的方面")
    size = serializers.IntegerField(help_text="反馈问题条数")
    unit_count = serializers.SerializerMethodField(help_text="涉及单位数")
    units = UnitRefSerializer(many=True)
    items = ItemRefSerializer(many=True)
    measure_count = serializers.SerializerMethodField(help_text="各单位的整改措施数")
    proven_measures = MeasureRefSerializer(many=True, help_text="已完成并销号的措施：其他单位可借鉴")

    def get_unit_count(self, obj) -> int:
        return len(obj.units)

    def get_measure_count(self, obj) -> int:
        return len(obj.measures)


class SimilarItemSerializer(serializers.Serializer):
    item = ItemRefSerializer()
    similarity = serializers.FloatField(help_text="相似度（0～1）")
