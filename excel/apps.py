from django.apps import AppConfig


class ExcelConfig(AppConfig):
    name = "excel"
    verbose_name = "Excel台账"

    def ready(self):
        # The ledger's admin is registered by admin autodiscovery, which runs first (django.contrib.admin is listed
        # before the project's apps); Excel's buttons and pages are added to it from here.
        from excel.admin import InspectionExcelMixin, MeasureExcelMixin
        from ledger.admin.extensions import admin_extend
        from ledger.models import Inspection, Measure

        admin_extend(Measure, MeasureExcelMixin)
        admin_extend(Inspection, InspectionExcelMixin)
