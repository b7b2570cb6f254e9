from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from ledger.models import FeedbackItem, Inspection
from ledger.selectors import visible_to
from similarity.api.serializers import CommonProblemSerializer, SimilarItemSerializer
from similarity.selectors import common_problems, similar_items

TAG = "共性问题"


class CommonProblemsQuery(serializers.Serializer):
    round = serializers.IntegerField(required=False, min_value=1, max_value=2**63 - 1, label="巡视轮次")
    inspection = serializers.ListField(
        child=serializers.IntegerField(min_value=1, max_value=2**63 - 1), required=False, label="巡视巡察"
    )
    min_units = serializers.IntegerField(required=False, min_value=1, max_value=10000, default=2, label="最少单位数")

    def validate(self, attrs):
        if not attrs.get("round") and not attrs.get("inspection"):
            raise serializers.ValidationError("请指定巡视轮次（round）或巡视巡察（inspection）。")
        return attrs


class CommonProblemsView(APIView):
    permission_model = "feedbackitem"

    def get_queryset(self):
        return FeedbackItem.objects.none()

    @extend_schema(
        tags=[TAG],
        summary="共性问题清单（按涉及单位数排序）",
        parameters=[
            OpenApiParameter("round", int, description="巡视轮次编号"),
            OpenApiParameter("inspection", int, many=True, description="巡视巡察编号，可多个"),
            OpenApiParameter("min_units", int, description="至少涉及几个单位（默认 2）"),
        ],
        responses=CommonProblemSerializer(many=True),
    )
    def get(self, request):
        query = CommonProblemsQuery(
            data={
                k: v
                for k, v in {
                    "round": request.query_params.get("round"),
                    "inspection": request.query_params.getlist("inspection") or None,
                    "min_units": request.query_params.get("min_units"),
                }.items()
                if v not in (None, "")
            }
        )
        if not query.is_valid():
            raise ValidationError(query.errors)
        inspections = visible_to(request.user, Inspection.objects.all())
        if query.validated_data.get("round"):
            inspections = inspections.filter(round_id=query.validated_data["round"])
        if query.validated_data.get("inspection"):
            inspections = inspections.filter(pk__in=query.validated_data["inspection"])
        clusters = common_problems(
            user=request.user, inspections=inspections, min_units=query.validated_data["min_units"]
        )
        return Response(CommonProblemSerializer(clusters, many=True).data)


class SimilarItemsView(APIView):
    permission_model = "feedbackitem"

    def get_queryset(self):
        return FeedbackItem.objects.none()

    @extend_schema(tags=[TAG], summary="与该反馈问题相似的问题", responses=SimilarItemSerializer(many=True))
    def get(self, request, pk: int):
        item = get_object_or_404(visible_to(request.user, FeedbackItem.objects.all()), pk=pk)
        found = similar_items(user=request.user, item=item)
        return Response(SimilarItemSerializer([{"item": i, "similarity": s} for i, s in found], many=True).data)
