from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

admin.site.site_header = "台账 · 巡视巡察整改台账"
admin.site.site_title = "台账"
admin.site.index_title = "整改台账管理"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
    path("admin/", admin.site.urls),
    path("ledger/", include("ledger.urls")),
]
