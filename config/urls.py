from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.urls import include, path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from ledger.dashboard.views import dashboard

admin.site.site_header = "台账 · 巡视巡察整改台账"
admin.site.site_title = "台账"
admin.site.index_title = "整改台账管理"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
    path("admin/dashboard/", dashboard, name="dashboard"),
    path("admin/common-problems/", include("similarity.urls")),
    path("", include("workbench.urls")),
    path("admin/", admin.site.urls),
    path("ledger/", include("ledger.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its init script as a file, so the CSP needs no inline script; the page sends
    # anonymous browsers to the login page, the schema answers them 401 (SPECTACULAR_SETTINGS).
    path("api/docs/", login_required(SpectacularSwaggerSplitView.as_view(url_name="schema")), name="api-docs"),
    path("api/", include("jobs.api.urls")),
    path("api/", include("similarity.api.urls")),
    path("api/", include("imports.api.urls")),
    path("api/", include("excel.api.urls")),
    path("api/", include("ledger.api.urls")),
]

handler400 = "ledger.error_pages.bad_request"
handler403 = "ledger.error_pages.permission_denied"
handler404 = "ledger.error_pages.page_not_found"
handler500 = "ledger.error_pages.server_error"
