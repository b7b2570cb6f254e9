from django.http import FileResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.decorators import action
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

from ledger import filtersets
from ledger.api import serializers as s
from ledger.api.base import LedgerViewSet
from ledger.api.pagination import wants_cursor
from ledger.api.reconciliation import ReconciliationSerializer
from ledger.api.rows import represent_rows, tuple_page_queryset
from ledger.api.tree import inspection_tree
from ledger.choices import Channel
from ledger.models import (
    Evidence,
    FeedbackItem,
    Inspection,
    InspectionRound,
    Measure,
    ProgressNote,
    ReportedFigure,
    Unit,
)
from ledger.reconciliation import reconcile
from ledger.reports.responses import DOCX_MIME, progress_report_response
from ledger.selectors import item_rollups
from ledger.services import (
    evidence_delete,
    feedback_item_set_category,
    measure_close_out,
    measure_correct_dates,
    measure_reopen,
)
from ledger.services.bulk import bulk_check_size, measures_bulk_update


class UnitViewSet(LedgerViewSet):
    queryset = Unit.objects.all()
    serializer_class = s.UnitSerializer
    filterset_class = filtersets.UnitFilterSet
    ordering_fields = ["name", "path", "updated_at"]


class InspectionRoundViewSet(LedgerViewSet):
    queryset = InspectionRound.objects.all()
    serializer_class = s.InspectionRoundSerializer
    filterset_class = filtersets.InspectionRoundFilterSet
    ordering_fields = ["inspecting_body", "term", "round_no", "updated_at"]


@extend_schema_view(
    retrieve=extend_schema(
        parameters=[OpenApiParameter("tree", OpenApiTypes.BOOL, description="tree=1 时附带嵌套的反馈问题与整改措施")]
    )
)
class InspectionViewSet(LedgerViewSet):
    queryset = Inspection.objects.select_related("unit", "round")
    serializer_class = s.InspectionSerializer
    filterset_class = filtersets.InspectionFilterSet
    ordering_fields = ["feedback_date", "onsite_start", "updated_at"]

    def retrieve(self, request, *args, **kwargs):
        response = super().retrieve(request, *args, **kwargs)
        if request.query_params.get("tree") in ("1", "true"):
            response.data["tree"] = inspection_tree(self.get_object())
        return response

    @extend_schema(
        responses=ReconciliationSerializer,
        description="通报数据核对：把该巡视巡察的通报所载数据（反馈问题、整改措施、已完成、完成率等）与台账比对，"
        "列出与台账不一致之处。",
    )
    @action(detail=True, methods=["get"], filter_backends=[])
    def reconciliation(self, request, pk=None):
        inspection = self.get_object()
        return Response(ReconciliationSerializer(reconcile([inspection.pk])[inspection.pk]).data)

    @extend_schema(
        responses={(200, DOCX_MIME): OpenApiTypes.BINARY},
        description="整改进展情况通报草稿（.docx），数字均取自台账。",
    )
    @action(detail=True, methods=["get"], url_path="progress-report", filter_backends=[])
    def progress_report(self, request, pk=None):
        return progress_report_response(self.get_object())


class FeedbackItemViewSet(LedgerViewSet):
    queryset = FeedbackItem.objects.all()
    serializer_class = s.FeedbackItemSerializer
    filterset_class = filtersets.FeedbackItemFilterSet
    ordering_fields = ["position", "updated_at"]

    def get_serializer(self, *args, **kwargs):
        # Roll-ups for the whole page at once: two queries however long the page is.
        objs = args[0] if args else None
        if objs is not None and not isinstance(objs, dict):
            items = list(objs) if kwargs.get("many") else [objs]
            kwargs.setdefault("context", self.get_serializer_context())
            kwargs["context"]["rollups"] = item_rollups({i.inspection_id for i in items}) if items else {}
            args = (items if kwargs.get("many") else objs, *args[1:])
        return super().get_serializer(*args, **kwargs)

    @extend_schema(
        request=s.SetCategorySerializer,
        responses=s.FeedbackItemSerializer,
        description="更正反馈问题的问题类别（人工指定，重新导入和自动归类不再改动）；为空时交回自动归类。"
        "填报人员可更正本单位的问题，督查人员和管理员可更正全部。",
    )
    @action(detail=True, methods=["post"], url_path="category", required_action="view")
    def set_category(self, request, pk=None):
        # required_action "view": editors may correct a category though they cannot edit the item (the service
        # checks the role).
        data = self._valid(s.SetCategorySerializer)
        item = self.get_object()
        feedback_item_set_category(item=item, category=data["category"], user=request.user)
        return Response(self.get_serializer(item).data)


class MeasureViewSet(LedgerViewSet):
    queryset = Measure.objects.all()
    serializer_class = s.MeasureSerializer
    filterset_class = filtersets.MeasureFilterSet
    ordering_fields = ["deadline", "status", "position", "updated_at"]

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.action == "list" and not wants_cursor(self.request):
            return queryset  # .values() rows of the measure's own columns: a join would only be cloned along
        return queryset.select_related("item__inspection")  # the serializer reads item.inspection

    def list(self, request, *args, **kwargs):
        # Page-number pages come from rows of the needed columns formatted by the serializer's fields
        # (ledger.api.rows): the same page without building instances. Cursor pages keep the serializer.
        serializer_class = self.get_serializer_class()
        self.paginator.page_rows = lambda sliced: tuple_page_queryset(sliced, serializer_class)
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        if page and not isinstance(page[0], tuple):
            return self.get_paginated_response(self.get_serializer(page, many=True).data)
        return self.get_paginated_response(represent_rows(page, serializer_class))

    @extend_schema(request=s.CloseOutSerializer, responses=s.MeasureSerializer)
    @action(detail=True, methods=["post"], url_path="close-out", required_action="view")
    def close_out(self, request, pk=None):
        data = self._valid(s.CloseOutSerializer)
        measure = measure_close_out(measure=self.get_object(), user=request.user, note=data["note"], channel="api")
        return Response(self.get_serializer(measure).data)

    @extend_schema(request=s.ReopenSerializer, responses=s.MeasureSerializer)
    @action(detail=True, methods=["post"], required_action="view")
    def reopen(self, request, pk=None):
        data = self._valid(s.ReopenSerializer)
        measure = measure_reopen(
            measure=self.get_object(),
            user=request.user,
            reason=data["reason"],
            new_deadline=data["new_deadline"],
            channel="api",
        )
        return Response(self.get_serializer(measure).data)

    @extend_schema(
        request=s.CorrectDatesSerializer,
        responses=s.MeasureSerializer,
        description="督查人员或管理员更正完成日期、下次复查日期（两者平时由整改流程自动设定），须填写说明。",
    )
    @action(detail=True, methods=["post"], url_path="correct-dates", required_action="view")
    def correct_dates(self, request, pk=None):
        data = dict(self._valid(s.CorrectDatesSerializer))
        measure = measure_correct_dates(
            measure=self.get_object(), user=request.user, note=data.pop("note"), channel=Channel.API, **data
        )
        return Response(self.get_serializer(measure).data)

    @extend_schema(request=s.BulkMeasureRowSerializer(many=True), responses=s.MeasureSerializer(many=True))
    @action(detail=False, methods=["patch"], url_path="bulk", filter_backends=[], pagination_class=None,
            parser_classes=[JSONParser])
    def bulk(self, request):
        if isinstance(request.data, list):  # refuse an oversized batch before validating its rows one by one
            bulk_check_size(len(request.data))
        rows = s.BulkMeasureRowSerializer(data=request.data, many=True)
        rows.is_valid(raise_exception=True)
        updated = measures_bulk_update(rows=rows.validated_data, scope=self.get_queryset(), user=request.user)
        return Response(self.get_serializer(updated, many=True).data)


class ProgressNoteViewSet(LedgerViewSet):
    """Append-only: notes are listed and added, never edited."""

    http_method_names = ["get", "post", "head", "options"]
    queryset = ProgressNote.objects.select_related("measure")
    serializer_class = s.ProgressNoteSerializer
    filterset_class = filtersets.ProgressNoteFilterSet
    ordering_fields = ["date", "id"]


class EvidenceViewSet(LedgerViewSet):
    http_method_names = ["get", "post", "delete", "head", "options"]
    queryset = Evidence.objects.all()
    serializer_class = s.EvidenceSerializer
    filterset_class = filtersets.EvidenceFilterSet
    ordering_fields = ["uploaded_at", "id"]

    @extend_schema(responses={(200, "application/octet-stream"): OpenApiTypes.BINARY})
    @action(detail=True, methods=["get"])
    def download(self, request, pk=None):
        evidence = self.get_object()
        return FileResponse(evidence.file.open("rb"), as_attachment=True, filename=evidence.original_name)

    def perform_destroy(self, instance):
        evidence_delete(evidence=instance, user=self.request.user, channel=Channel.API)


class ReportedFigureViewSet(LedgerViewSet):
    queryset = ReportedFigure.objects.all()
    serializer_class = s.ReportedFigureSerializer
    filterset_class = filtersets.ReportedFigureFilterSet
    ordering_fields = ["source_line", "id"]
