from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema

from excel.views import XLSX, export_response
from ledger.api.views import MeasureViewSet


class MeasureExportViewSet(MeasureViewSet):
    """GET /api/measures/export/: the measure list's scope, filters and permissions, as an Excel ledger."""

    @extend_schema(
        filters=True,
        responses={(200, XLSX): OpenApiTypes.BINARY},
        description="按与列表相同的筛选条件导出Excel整改台账（汇总表加每个巡视巡察一张表）。",
    )
    def export(self, request):
        return export_response(user=request.user, filters=request.query_params)
