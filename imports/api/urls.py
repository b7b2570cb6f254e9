from rest_framework.routers import SimpleRouter

from imports.api.views import ImportRunViewSet, SourceDocumentViewSet

# SimpleRouter: the API root page belongs to the ledger's router (config/urls.py includes both under api/).
router = SimpleRouter()
router.register("documents", SourceDocumentViewSet)
router.register("import-runs", ImportRunViewSet)

urlpatterns = router.urls
