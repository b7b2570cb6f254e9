from django.urls import path

from ledger import views

app_name = "ledger"
urlpatterns = [
    path("evidence/<path:name>", views.evidence_file, name="evidence-file"),
]
