"""Feedback compilations (…巡视组集中向…反馈巡视情况, …巡视反馈意见摘要): one Inspection per unit."""

from __future__ import annotations

from datetime import date

from imports.parsing import model

from .seeds import by_title_line, require_seeds

require_seeds()

HENAN_UNITS = [
    "卢氏县委", "义马市委", "渑池县委", "三门峡市湖滨区委", "省自然资源厅党组", "省生态环境厅党组",
    "省市场监督管理局党组", "省药品监督管理局党组", "省科学技术厅党组", "清丰县委", "南乐县委", "濮阳市华龙区委",
    "濮阳县委", "范县委", "台前县委", "三门峡市陕州区委", "灵宝市委", "漯河市委", "濮阳市委", "三门峡市委",
    "舞阳县委", "漯河市源汇区委", "漯河市召陵区委", "临颍县委", "漯河市郾城区委", "省工业和信息化厅党组",
    "省商务厅党组", "省机关事务管理局党组", "省体育局党组", "省公共资源交易中心党组", "省民政厅党组",
    "省地方金融监督管理局党组", "省供销合作总社党组",
]  # fmt: skip

TIANJIN_UNITS = [
    ("天津银行股份有限公司党委", "市委巡视一组"), ("渤海银行股份有限公司党委", "市委巡视一组"),
    ("天津能源投资集团有限公司党委", "市委巡视二组"), ("天津水务集团有限公司党委", "市委巡视二组"),
    ("市地方金融监督管理局党组", "市委巡视三组"), ("天津农村商业银行股份有限公司党委", "市委巡视三组"),
    ("天津滨海农村商业银行股份有限公司党委", "市委巡视三组"), ("渤海证券股份有限公司党委", "市委巡视四组"),
    ("天津津融投资服务集团有限公司党委", "市委巡视四组"), ("天津港（集团）有限公司党委", "市委巡视五组"),
    ("市交通（集团）有限公司党委", "市委巡视五组"), ("天津百利机械装备集团有限公司党委", "市委巡视六组"),
    ("天津渤海轻工投资集团有限公司党委", "市委巡视六组"), ("市国资委党委", "市委巡视七组"),
    ("天津泰达投资控股有限公司党委", "市委巡视七组"), ("天津纺织集团（控股）有限公司党委", "市委巡视八组"),
    ("天津渤海化工集团有限责任公司党委", "市委巡视八组"), ("天津城市基础设施建设投资集团有限公司党委", "市委巡视九组"),
    ("天津轨道交通集团有限公司党委", "市委巡视九组"),
]  # fmt: skip


def test_henan_feedback_compilation():
    document = by_title_line("000")[46]
    assert (document.kind, document.title) == (model.FEEDBACK, "河南省委巡视组集中向十一届省委第二轮被巡视单位反馈巡视情况")
    assert document.published == date(2023, 1, 15)  # （2023年1月15日） under the title
    assert [i.unit for i in document.inspections] == HENAN_UNITS
    assert document.inspections[0].unit_full == "卢氏县"  # 一、巡视卢氏县发现的主要问题
    for inspection in document.inspections:
        assert (inspection.inspecting_body, inspection.level, inspection.term, inspection.round) == ("河南省委", "巡视", 11, 2)
        assert inspection.start is inspection.end is inspection.feedback_date is None
        assert {"start", "end", "feedback_date", "group"} <= set(inspection.missing)
        assert inspection.lines and all(line.no > inspection.line for line in inspection.lines)
    # Each unit's own lines stop where the next unit starts.
    first, second = document.inspections[:2]
    assert first.line == 49 and second.line == 52 and first.lines[-1].no < 52


def test_tianjin_feedback_summary():
    document = by_title_line("000")[176]
    assert (document.kind, document.title) == (model.FEEDBACK, "十二届天津市委第一轮巡视反馈意见摘要")
    assert document.published == date(2023, 4, 21)
    assert [(i.unit, i.group) for i in document.inspections] == TIANJIN_UNITS
    for inspection in document.inspections:
        assert (inspection.inspecting_body, inspection.term, inspection.round, inspection.batch) == ("天津市委", 12, 1, None)
        assert inspection.types == ["常规"]  # 开展了常规巡视
    # A sub-heading broken over two lines (…主要问\n题) is still one unit heading.
    assert document.inspections[2].line == 190
