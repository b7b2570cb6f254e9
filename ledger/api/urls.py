from django.urls import path
from rest_framework.routers import DefaultRouter

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

urlpatterns = [path("stats/", StatsView.as_view(), name="stats"), *router.urls]
