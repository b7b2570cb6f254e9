"""Overviews (…巡视整改情况概览): one Inspection per unit section."""

from __future__ import annotations

from datetime import date

from imports.parsing import model

from .seeds import by_title_line, require_seeds

require_seeds()

UNITS = [
    "市大数据管理中心党委", "天津海河传媒中心党委", "市档案馆党委", "市残疾人联合会党组", "市社会科学界联合会党组",
    "市文学艺术界联合会党组", "市作家协会党组", "市红十字会党组", "市科学技术协会党组", "市归国华侨联合会党组",
    "市台湾同胞联谊会党组", "中国国际贸易促进委员会天津分会党组", "市粮食和物资储备局党组", "市地质矿产勘查开发局党委",
    "天津华北地质勘查局党委", "市城市公用事业管理局党组", "市社会主义学院党组", "市文化市场行政执法总队党总支",
    "天津画院党组", "市工商业联合会党组", "天津社会科学院党组", "天津食品集团有限公司党委",
    "市旅游（控股）集团有限公司党委", "天津劝业华联集团有限公司党委", "北方国际信托股份有限公司党委",
]  # fmt: skip


def test_tianjin_overview():
    document = by_title_line("000")[287]
    assert (document.kind, document.title) == (model.OVERVIEW, "十一届天津市委第十轮第二批巡视整改情况概览")
    assert document.published == date(2023, 1, 31)
    assert [i.unit for i in document.inspections] == UNITS
    for inspection in document.inspections:
        assert (inspection.inspecting_body, inspection.term, inspection.round, inspection.batch) == ("天津市委", 11, 10, 2)
        assert inspection.level == "巡视"


def test_overview_types_follow_the_intro():
    # "常规巡视的23个单位党组织和涉粮问题专项巡视的2个单位党组织": the two 涉粮 units say so in their own text.
    types = {i.unit: i.types for i in by_title_line("000")[287].inspections}
    special = {unit for unit, value in types.items() if value == ["涉粮问题专项"]}
    assert special == {"市粮食和物资储备局党组", "天津食品集团有限公司党委"}
    assert sum(value == ["常规"] for value in types.values()) == 23
