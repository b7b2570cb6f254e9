from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "jobs"
    verbose_name = "后台任务"

    def ready(self):
        # After ExcelConfig.ready() (jobs is listed after excel), so the job step wraps Excel's import page.
        from imports.models import ImportRun
        from jobs.admin import DocumentImportAsJob, ExcelImportAsJob, InspectionButtonsAsJobs
        from ledger.admin.extensions import admin_extend
        from ledger.models import Inspection, Measure

        admin_extend(ImportRun, DocumentImportAsJob)
        admin_extend(Measure, ExcelImportAsJob)
        admin_extend(Inspection, InspectionButtonsAsJobs)
