from django.urls import path

from ledger import views

app_name = "ledger"
urlpatterns = [
    path("evidence-preview/<int:pk>/", views.evidence_preview, name="evidence-preview"),
    path("evidence/<path:name>", views.evidence_file, name="evidence-file"),
]
