"""Demo ledger for `make run`: written by the project in the style of published rectification reports."""

from datetime import date

from django.db import transaction

from ledger.choices import Channel, InspectionKind, Level, Status, UnitKind
from ledger.history import channel
from ledger.models import FeedbackItem, Inspection, InspectionRound, Measure, Unit
from ledger.services import progress_note_add, save_tracked, unit_create

UNITS = [
    # (name, full name, kind, parent name)
    ("示范市", "中共示范市委", UnitKind.CITY, None),
    ("示范市东城区委", "中共示范市东城区委", UnitKind.COUNTY, "示范市"),
    ("东城区教育局", "示范市东城区教育局党组", UnitKind.DEPARTMENT, "示范市东城区委"),
    ("东城区新华街道", "中共示范市东城区新华街道工作委员会", UnitKind.TOWNSHIP, "示范市东城区委"),
    ("示范市西城区委", "中共示范市西城区委", UnitKind.COUNTY, "示范市"),
]

D = date
# aspect title -> [(problem title, [(measure text, lead unit, deadline, status)])]
EAST_REGULAR = [
    (
        "（一）",
        "学习贯彻党的创新理论不够深入方面",
        [
            (
                "1.",
                "理论学习中心组学习流于形式，联系实际不够",
                [
                    (
                        "一是",
                        "修订区委理论学习中心组学习制度，每季度开展一次专题研讨。",
                        "区委宣传部",
                        D(2024, 3, 31),
                        Status.DONE,
                    ),
                    (
                        "二是",
                        "建立学习成效评估机制，将学习情况纳入年度考核。",
                        "区委组织部",
                        D(2024, 6, 30),
                        Status.BASICALLY_DONE,
                    ),
                ],
            ),
            (
                "2.",
                "意识形态工作责任制落实不到位",
                [
                    (
                        "一是",
                        "开展意识形态阵地排查，建立阵地管理台账。",
                        "区委宣传部",
                        D(2024, 5, 31),
                        Status.IN_PROGRESS,
                    ),
                    ("二是", "把意识形态工作纳入党建述职评议内容。", "区委组织部", None, Status.LONG_TERM),
                ],
            ),
        ],
    ),
    (
        "（二）",
        "推动高质量发展有差距方面",
        [
            (
                "1.",
                "营商环境优化不够，项目审批时间偏长",
                [
                    ("一是", "推行“一网通办”，企业开办时间压缩至1个工作日。", "区营商局", D(2024, 4, 30), Status.DONE),
                    (
                        "二是",
                        "清理拖欠民营企业账款，建立清欠台账，逐笔销号。",
                        "区财政局",
                        D(2024, 2, 29),
                        Status.IN_PROGRESS,
                    ),
                ],
            ),
            (
                "2.",
                "老旧小区改造进度缓慢，群众反映强烈",
                [
                    (
                        "",
                        "制定老旧小区改造三年计划，年内完成12个小区改造。",
                        "区住建局",
                        D(2024, 12, 31),
                        Status.NOT_STARTED,
                    ),
                ],
            ),
        ],
    ),
    (
        "（三）",
        "全面从严治党“两个责任”落实不到位方面",
        [
            (
                "1.",
                "违反中央八项规定精神问题仍有发生",
                [
                    ("一是", "开展违规吃喝专项整治，查处问题5起。", "区纪委监委", D(2024, 3, 31), Status.DONE),
                    ("二是", "健全公务接待审批制度，严格执行接待标准。", "区委办公室", None, Status.LONG_TERM),
                ],
            ),
        ],
    ),
]

WEST_SPECIAL = [
    (
        "（一）",
        "选人用人工作不规范方面",
        [
            (
                "1.",
                "干部档案审核不严格",
                [
                    (
                        "一是",
                        "对全区干部人事档案开展专项审核，逐卷建立问题清单。",
                        "区委组织部",
                        D(2024, 8, 31),
                        Status.IN_PROGRESS,
                    ),
                    ("二是", "完善档案审核责任追究办法。", "区委组织部", D(2024, 9, 30), Status.NOT_STARTED),
                ],
            ),
        ],
    ),
]


def _units() -> dict[str, Unit]:
    by_name: dict[str, Unit] = {}
    for name, full_name, kind, parent in UNITS:
        by_name[name] = unit_create(name=name, full_name=full_name, kind=kind, parent=by_name.get(parent))
    return by_name


def _tree(inspection: Inspection, aspects) -> None:
    for a_pos, (a_label, a_title, problems) in enumerate(aspects, 1):
        aspect = FeedbackItem(inspection=inspection, position=a_pos, label=a_label, title=a_title)
        save_tracked(aspect)
        for p_pos, (p_label, p_title, measures) in enumerate(problems, 1):
            problem = FeedbackItem(inspection=inspection, parent=aspect, position=p_pos, label=p_label, title=p_title)
            save_tracked(problem)
            for m_pos, (m_label, text, lead, deadline, status) in enumerate(measures, 1):
                done = status in (Status.DONE, Status.BASICALLY_DONE)
                measure = Measure(
                    item=problem,
                    position=m_pos,
                    label=m_label,
                    text=text,
                    lead_unit=lead,
                    deadline=deadline,
                    status=status,
                    completed_on=deadline if done else None,
                )
                save_tracked(measure)
                if status != Status.NOT_STARTED:
                    progress_note_add(
                        measure=measure,
                        text=f"{text[:20]}……已按计划推进。",
                        status_after=status,
                        channel=Channel.SYSTEM,
                        on=D(2024, 1, 15),
                    )


@transaction.atomic
def load_demo() -> bool:
    """Create the demo ledger; False if the database already holds units."""
    if Unit.objects.exists():
        return False
    with channel(Channel.SYSTEM):
        units = _units()
        province = InspectionRound(inspecting_body="示范省委", level=Level.XUNSHI, term=13, round_no=4)
        city = InspectionRound(inspecting_body="示范市委", level=Level.XUNCHA, term=12, round_no=2)
        save_tracked(province)
        save_tracked(city)
        east = Inspection(
            unit=units["示范市东城区委"],
            round=province,
            group="省委第三巡视组",
            onsite_start=D(2023, 9, 21),
            onsite_end=D(2023, 11, 30),
            feedback_date=D(2024, 1, 10),
            rectification_deadline=D(2024, 4, 10),
        )
        west = Inspection(
            unit=units["示范市西城区委"],
            round=city,
            group="市委第一巡察组",
            kind=InspectionKind.SPECIAL,
            topic="选人用人",
            onsite_start=D(2024, 3, 1),
            onsite_end=D(2024, 4, 15),
            feedback_date=D(2024, 5, 20),
        )
        for inspection in (east, west):
            save_tracked(inspection)
        _tree(east, EAST_REGULAR)
        _tree(west, WEST_SPECIAL)
    return True
