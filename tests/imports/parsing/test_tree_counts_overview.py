"""Overview (000, line 287: 十一届天津市委第十轮第二批巡视整改情况概览), per unit: (aspects, problems, measures).

Read from the seed: each unit lists its problems as "问题：…" lines (three or four) and each problem's measures in
the "整改：" paragraph after it, as 一是…五是 (an enumerator is sometimes split over a line break: "二\n是"), or as
one measure when the paragraph enumerates nothing (市大数据管理中心党委's fourth problem, line 300).
"""

from __future__ import annotations

import pytest

from .seeds import parsed, require_seeds
from .seedtools import levels

require_seeds()

READING = {
    ('000', 287, '市大数据管理中心党委'): (0, 4, 14),
    ('000', 287, '天津海河传媒中心党委'): (0, 4, 12),
    ('000', 287, '市档案馆党委'): (0, 4, 14),
    ('000', 287, '市残疾人联合会党组'): (0, 4, 11),
    ('000', 287, '市社会科学界联合会党组'): (0, 3, 8),
    ('000', 287, '市文学艺术界联合会党组'): (0, 4, 10),
    ('000', 287, '市作家协会党组'): (0, 3, 9),
    ('000', 287, '市红十字会党组'): (0, 4, 11),
    ('000', 287, '市科学技术协会党组'): (0, 4, 12),
    ('000', 287, '市归国华侨联合会党组'): (0, 4, 13),
    ('000', 287, '市台湾同胞联谊会党组'): (0, 4, 11),
    ('000', 287, '中国国际贸易促进委员会天津分会党组'): (0, 4, 13),
    ('000', 287, '市粮食和物资储备局党组'): (0, 3, 11),
    ('000', 287, '市地质矿产勘查开发局党委'): (0, 4, 14),
    ('000', 287, '天津华北地质勘查局党委'): (0, 4, 15),
    ('000', 287, '市城市公用事业管理局党组'): (0, 4, 14),
    ('000', 287, '市社会主义学院党组'): (0, 4, 15),
    ('000', 287, '市文化市场行政执法总队党总支'): (0, 4, 14),
    ('000', 287, '天津画院党组'): (0, 4, 11),
    ('000', 287, '市工商业联合会党组'): (0, 4, 12),
    ('000', 287, '天津社会科学院党组'): (0, 4, 12),
    ('000', 287, '天津食品集团有限公司党委'): (0, 3, 9),
    ('000', 287, '市旅游（控股）集团有限公司党委'): (0, 4, 12),
    ('000', 287, '天津劝业华联集团有限公司党委'): (0, 4, 13),
    ('000', 287, '北方国际信托股份有限公司党委'): (0, 4, 12),
}  # fmt: skip


def _units():
    for document in parsed("000").documents:
        if document.kind == "overview":
            for inspection in document.inspections:
                yield ("000", document.title_line, inspection.unit), inspection


def test_every_unit_is_in_the_table():
    assert [key for key, _ in _units()] == list(READING)


@pytest.mark.parametrize("key", list(READING))
def test_counts(key):
    inspection = dict(_units())[key]
    assert levels(inspection.items) == READING[key]


def test_problem_cut_before_its_last_words_is_rejoined():
    # "问题：贯彻落实习近平总书记关于国有企业改革发展和党的建设重要论述" + "有差距。" (line 552) is one problem.
    inspection = dict(_units())[("000", 287, "天津劝业华联集团有限公司党委")]
    assert inspection.items[0].title == "贯彻落实习近平总书记关于国有企业改革发展和党的建设重要论述有差距"
    assert [m.label for m in inspection.items[0].measures] == ["一是", "二是", "三是"]


def test_measure_split_over_a_line_break_and_status():
    inspection = dict(_units())[("000", 287, "天津海河传媒中心党委")]
    assert [len(i.measures) for i in inspection.items] == [4, 3, 3, 2]
