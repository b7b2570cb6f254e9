from django.db import models


class UnitKind(models.TextChoices):
    PROVINCE = "province", "省"
    CITY = "city", "市"
    COUNTY = "county", "县区"
    DEPARTMENT = "department", "部门"
    ENTERPRISE = "enterprise", "企业"
    TOWNSHIP = "township", "乡镇街道"
    COMMUNITY = "community", "村社区"
    UNIVERSITY = "university", "高校"
    OTHER = "other", "其他"


class Level(models.TextChoices):
    XUNSHI = "xunshi", "巡视"
    XUNCHA = "xuncha", "巡察"


class InspectionKind(models.TextChoices):
    REGULAR = "regular", "常规"
    SPECIAL = "special", "专项"


class Status(models.TextChoices):
    NOT_STARTED = "not_started", "未启动"
    IN_PROGRESS = "in_progress", "正在推进"
    BASICALLY_DONE = "basically_done", "基本完成"
    DONE = "done", "已完成"
    LONG_TERM = "long_term", "长期坚持"


# A measure in one of these states is never overdue.
SETTLED_STATUSES = (Status.DONE, Status.LONG_TERM)


class CategorySource(models.TextChoices):
    NONE = "", "未归类"
    AUTO = "auto", "自动归类"
    MANUAL = "manual", "人工指定"


class ReviewCycle(models.IntegerChoices):
    MONTHLY = 1, "每月"
    QUARTERLY = 3, "每季度"
    HALF_YEARLY = 6, "每半年"
    YEARLY = 12, "每年"


class Channel(models.TextChoices):
    ADMIN = "admin", "管理后台"
    API = "api", "接口"
    IMPORT = "import", "文档导入"
    EXCEL = "excel", "Excel导入"
    SYSTEM = "system", "系统"


class Metric(models.TextChoices):
    PROBLEMS = "problems", "反馈问题"
    MEASURES = "measures", "整改措施"
    COMPLETED = "completed", "已完成"
    BASICALLY_COMPLETED = "basically_completed", "基本完成"
    IN_PROGRESS = "in_progress", "正在推进"
    LONG_TERM = "long_term", "长期坚持"
    COMPLETION_RATE = "completion_rate", "完成率"
    ACCOUNTABLE_PEOPLE = "accountable_people", "问责人数"
    DISCIPLINED_PEOPLE = "disciplined_people", "党纪政务处分人数"
    CASES_FILED = "cases_filed", "立案件数"
    CLUES_TRANSFERRED = "clues_transferred", "移交问题线索"
    FUNDS_RECOVERED = "funds_recovered", "挽回经济损失（万元）"
    RULES_ESTABLISHED = "rules_established", "建立完善制度"
    ADMONISHED_PEOPLE = "admonished_people", "诫勉谈话人数"
    CRITICIZED_PEOPLE = "criticized_people", "批评教育人数"
    REMINDED_PEOPLE = "reminded_people", "提醒谈话人数"
    ORGANIZATIONAL_HANDLING = "organizational_handling", "组织处理人数"
    DETAINED_PEOPLE = "detained_people", "留置人数"
    TRANSFERRED_JUDICIAL = "transferred_judicial", "移送司法机关"
    AMOUNT_RECTIFIED = "amount_rectified", "整改问题金额（万元）"
    OTHER = "other", "其他"
