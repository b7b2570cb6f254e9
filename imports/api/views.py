from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from imports.api import serializers as s
from imports.models import ImportRun, SourceDocument
from imports.parsing import parse_bytes
from imports.parsing.model import DocumentError
from imports.persistence import import_parsed, record_failure


def _preview(results) -> list[dict]:
    return [
        {
            "title": doc.title,
            "kind": doc.kind,
            "title_line": doc.title_line,
            "published": doc.published,
            "inspections": [
                {
                    "unit": i.unit,
                    "inspecting_body": i.inspecting_body,
                    "term": i.term,
                    "round": i.round,
                    "group": i.group,
                    "types": i.types,
                    "items": len(i.items),
                    "figures": len(i.figures),
                }
                for i in doc.inspections
            ],
        }
        for result in results
        for doc in result.documents
    ]


class SourceDocumentViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = SourceDocument.objects.all()
    serializer_class = s.SourceDocumentSerializer
    filterset_fields = ["kind", "sha256", "published_on"]
    ordering_fields = ["imported_at", "published_on"]


class ImportRunViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Upload documents to import them; ?dry_run=1 returns the parsed preview and the diff, writing nothing."""

    queryset = ImportRun.objects.prefetch_related("actions")
    serializer_class = s.ImportRunSerializer
    filterset_fields = ["outcome"]
    ordering_fields = ["started_at"]

    def get_parsers(self):
        return [MultiPartParser()] if self.request and self.request.method == "POST" else super().get_parsers()

    @extend_schema(
        request={"multipart/form-data": s.ImportUploadSerializer},
        parameters=[OpenApiParameter("dry_run", OpenApiTypes.BOOL, description="只解析和预览，不写入")],
        responses={
            201: s.ImportRunSerializer,
            200: OpenApiResponse(s.ImportPreviewSerializer, description="预览（dry_run=1）"),
        },
    )
    def create(self, request, *args, **kwargs):
        upload = s.ImportUploadSerializer(data={"files": request.FILES.getlist("files")})
        upload.is_valid(raise_exception=True)
        files = upload.validated_data["files"]
        names = [f.name for f in files]
        dry_run = request.query_params.get("dry_run") in ("1", "true")
        try:
            results = [parse_bytes(f.read(), f.name) for f in files]
        except DocumentError as exc:
            if not dry_run:
                record_failure(files=names, error=str(exc), user=request.user)
            raise ValidationError({"files": [str(exc)]}) from exc
        try:
            run, report = import_parsed(results, user=request.user, dry_run=dry_run)
        except DjangoValidationError as exc:
            if not dry_run:
                record_failure(files=names, error="；".join(exc.messages), user=request.user)
            raise ValidationError({"files": exc.messages}) from exc
        if dry_run:
            body = {
                "documents": _preview(results),
                "counts": report.table(),
                "actions": s.ImportActionSerializer(report.actions[:1000], many=True).data,
                "warnings": report.warnings,
            }
            return Response(s.ImportPreviewSerializer(body).data)
        return Response(self.get_serializer(run).data, status=status.HTTP_201_CREATED)
