from django.urls import path
from rest_framework.routers import DefaultRouter

from imports.api.views import ImportRunViewSet, SourceDocumentViewSet
from ledger.api import views
from ledger.api.stats import StatsView

router = DefaultRouter()
router.register("units", views.UnitViewSet)
router.register("inspection-rounds", views.InspectionRoundViewSet)
router.register("inspections", views.InspectionViewSet)
router.register("feedback-items", views.FeedbackItemViewSet)
router.register("measures", views.MeasureViewSet)
router.register("progress-notes", views.ProgressNoteViewSet)
router.register("evidence", views.EvidenceViewSet)
router.register("reported-figures", views.ReportedFigureViewSet)
router.register("documents", SourceDocumentViewSet)
router.register("import-runs", ImportRunViewSet)

urlpatterns = [path("stats/", StatsView.as_view(), name="stats"), *router.urls]
