from django.urls import path

from excel.api.views import MeasureExportViewSet

urlpatterns = [
    path("measures/export/", MeasureExportViewSet.as_view({"get": "export"}), name="measure-export"),
]
