"""Feedback compilations, per unit: (aspects, problems, measures) of every unit's section.

Read from the seeds: 河南 (000, line 46) gives each unit one paragraph of findings; where it enumerates them
(一是…四是: 卢氏县, 三门峡市陕州区, 灵宝市) each point is a problem; an unenumerated summary is split as its author
separates it (issue 14): each sentence or ；-clause naming a shortcoming leads a problem, and its details (a list of
short points a；b；c after a one-sentence lead, a short clause, 派驻…/重点领域… under 全面从严治党) stay with it. Most
units come out at the four themes the authors use (理论/决策部署, 全面从严治党, 组织路线, 整改); 省自然资源厅 and 省体育局
stay one problem because their paragraph has no final 。 and runs into the secretary's statement. The secretary's
statement (…书记…表示) is none. 天津 (000, line 176) lists four problems per unit (一是…四是, some
over two paragraphs) before 整改意见, which are recommendations, not problems. Feedback has no measures.
"""

from __future__ import annotations

import pytest

from .seeds import parsed, require_seeds
from .seedtools import levels

require_seeds()

READING = {
    ('000', 46, '卢氏县委'): (0, 4, 0),
    ('000', 46, '义马市委'): (0, 4, 0),
    ('000', 46, '渑池县委'): (0, 4, 0),
    ('000', 46, '三门峡市湖滨区委'): (0, 4, 0),
    ('000', 46, '省自然资源厅党组'): (0, 1, 0),
    ('000', 46, '省生态环境厅党组'): (0, 4, 0),
    ('000', 46, '省市场监督管理局党组'): (0, 5, 0),
    ('000', 46, '省药品监督管理局党组'): (0, 6, 0),
    ('000', 46, '省科学技术厅党组'): (0, 7, 0),
    ('000', 46, '清丰县委'): (0, 4, 0),
    ('000', 46, '南乐县委'): (0, 4, 0),
    ('000', 46, '濮阳市华龙区委'): (0, 4, 0),
    ('000', 46, '濮阳县委'): (0, 4, 0),
    ('000', 46, '范县委'): (0, 5, 0),
    ('000', 46, '台前县委'): (0, 5, 0),
    ('000', 46, '三门峡市陕州区委'): (0, 4, 0),
    ('000', 46, '灵宝市委'): (0, 4, 0),
    ('000', 46, '漯河市委'): (0, 7, 0),
    ('000', 46, '濮阳市委'): (0, 4, 0),
    ('000', 46, '三门峡市委'): (0, 4, 0),
    ('000', 46, '舞阳县委'): (0, 4, 0),
    ('000', 46, '漯河市源汇区委'): (0, 5, 0),
    ('000', 46, '漯河市召陵区委'): (0, 4, 0),
    ('000', 46, '临颍县委'): (0, 7, 0),
    ('000', 46, '漯河市郾城区委'): (0, 5, 0),
    ('000', 46, '省工业和信息化厅党组'): (0, 4, 0),
    ('000', 46, '省商务厅党组'): (0, 5, 0),
    ('000', 46, '省机关事务管理局党组'): (0, 4, 0),
    ('000', 46, '省体育局党组'): (0, 1, 0),
    ('000', 46, '省公共资源交易中心党组'): (0, 4, 0),
    ('000', 46, '省民政厅党组'): (0, 4, 0),
    ('000', 46, '省地方金融监督管理局党组'): (0, 5, 0),
    ('000', 46, '省供销合作总社党组'): (0, 4, 0),
    ('000', 176, '天津银行股份有限公司党委'): (0, 4, 0),
    ('000', 176, '渤海银行股份有限公司党委'): (0, 4, 0),
    ('000', 176, '天津能源投资集团有限公司党委'): (0, 4, 0),
    ('000', 176, '天津水务集团有限公司党委'): (0, 4, 0),
    ('000', 176, '市地方金融监督管理局党组'): (0, 4, 0),
    ('000', 176, '天津农村商业银行股份有限公司党委'): (0, 4, 0),
    ('000', 176, '天津滨海农村商业银行股份有限公司党委'): (0, 4, 0),
    ('000', 176, '渤海证券股份有限公司党委'): (0, 4, 0),
    ('000', 176, '天津津融投资服务集团有限公司党委'): (0, 4, 0),
    ('000', 176, '天津港（集团）有限公司党委'): (0, 4, 0),
    ('000', 176, '市交通（集团）有限公司党委'): (0, 4, 0),
    ('000', 176, '天津百利机械装备集团有限公司党委'): (0, 4, 0),
    ('000', 176, '天津渤海轻工投资集团有限公司党委'): (0, 4, 0),
    ('000', 176, '市国资委党委'): (0, 4, 0),
    ('000', 176, '天津泰达投资控股有限公司党委'): (0, 4, 0),
    ('000', 176, '天津纺织集团（控股）有限公司党委'): (0, 4, 0),
    ('000', 176, '天津渤海化工集团有限责任公司党委'): (0, 4, 0),
    ('000', 176, '天津城市基础设施建设投资集团有限公司党委'): (0, 4, 0),
    ('000', 176, '天津轨道交通集团有限公司党委'): (0, 4, 0),
}  # fmt: skip


def _units():
    for prefix in ("000",):
        for document in parsed(prefix).documents:
            if document.kind == "feedback":
                for inspection in document.inspections:
                    yield (prefix, document.title_line, inspection.unit), inspection


def test_every_unit_is_in_the_table():
    assert [key for key, _ in _units()] == list(READING)


@pytest.mark.parametrize("key", list(READING))
def test_counts(key):
    inspection = dict(_units())[key]
    assert levels(inspection.items) == READING[key]


def test_tianjin_points_spread_over_two_paragraphs_continue():
    inspection = dict(_units())[("000", 176, "渤海银行股份有限公司党委")]
    assert [i.label for i in inspection.items] == ["一是", "二是", "三是", "四是"]


def test_henan_unenumerated_summary_is_split_by_its_sentences():
    inspection = dict(_units())[("000", 46, "义马市委")]
    assert [item.title[:14] for item in inspection.items] == [
        "学习贯彻习近平新时代中国特色",
        "全面从严治党政治责任扛得不牢",
        "落实新时代党的组织路线不够严",
        "巡视整改主体责任扛得不够牢，",
    ]


def test_henan_lead_sentence_keeps_its_list_of_points():
    inspection = dict(_units())[("000", 46, "省工业和信息化厅党组")]
    first, second, *_ = inspection.items
    assert first.title == "政治站位不高，贯彻落实党的理论路线方针政策和上级重大决策部署不到位"
    assert first.text.startswith("用习近平新时代中国特色社会主义思想武装头脑不深入；")
    assert second.text == "“两个责任”扛得不牢；重点部位和关键环节存在风险隐患；违规违纪问题依然存在。"
