from django.db import models


class JobKind(models.TextChoices):
    DOCUMENT_IMPORT = "document_import", "文档导入"
    EXCEL_IMPORT = "excel_import", "Excel台账导入"
    EXCEL_EXPORT = "excel_export", "Excel台账导出"
    PROGRESS_REPORT = "progress_report", "整改进展通报草稿"
    REMINDERS = "reminders", "预警提醒"


class JobState(models.TextChoices):
    QUEUED = "queued", "排队中"
    RUNNING = "running", "运行中"
    DONE = "done", "已完成"
    FAILED = "failed", "失败"


FINISHED_STATES = frozenset({JobState.DONE, JobState.FAILED})
