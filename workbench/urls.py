from django.contrib import admin
from django.urls import path

from workbench.views import workbench

# Placed before admin.site.urls: the admin's index is the 工作台; its model list moves to 全部数据.
urlpatterns = [
    path("admin/", admin.site.admin_view(workbench), name="workbench"),
    path("admin/data/", admin.site.admin_view(admin.site.index), name="admin-data"),
]
