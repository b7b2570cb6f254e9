from django.contrib import admin
from django.urls import path

from similarity.views import common_problem_view, common_problems_view

# Included under /admin/ before admin.site.urls, so the pages share the admin's login and look.
urlpatterns = [
    path("", admin.site.admin_view(common_problems_view), name="admin-common-problems"),
    path("<int:item_id>/", admin.site.admin_view(common_problem_view), name="admin-common-problem"),
]
