"""Documents of the genre from outside the seed corpus: news items of universities, districts and central
inspections, plus traditional-script and Chinese-numeral variants. Each excerpt keeps only what its assertions
need; the source is noted above it. Where the stored copy of a page had no headline, the first line is a
neutral headline written for the test (marked "headline written for the test")."""

from __future__ import annotations

from datetime import date

import opencc
import pytest

from imports.parsing import model, parse_text
from tests.imports.parsing.seedtools import levels

# https://www.sysu.edu.cn/news/zhxw/zhxw/490.htm (2017, central inspection of a university, special type)
SYSU = """中央第三巡视组向中山大学党委反馈专项巡视情况
根据中央巡视工作领导小组的部署,2017年6月20日,中央第三巡视组向中山大学党委反馈专项巡视情况。中央巡视工作领导小组办公室负责同志向中山大学党委书记陈春声传达了习近平总书记关于巡视工作的重要讲话精神,中央第三巡视组组长刘维佳反馈了专项巡视情况。陈春声同志主持会议并作了表态讲话。
根据中央统一部署,2017年3月4日至2017年4月30日,中央第三巡视组对中山大学党委进行了专项巡视。
"""

# http://dwxsb.whu.edu.cn/info/1019/4283.htm (2023, a university's own 回头看 of one of its schools)
WHU = """校党委向本科生院反馈第三轮巡视“回头看”情况
发布日期: 2023-03-24
3月23日,校党委向本科生院反馈第三轮巡视“回头看”情况。巡视组组长蒋明代表党委巡视组进行了会议反馈,本科生院院长吴丹主持会议并作表态发言。
根据校党委统一部署,2022年12月5日至12月13日,校党委对本科生院开展了第三轮巡视“回头看”。巡视期间,巡视组召开见面沟通会,听取工作汇报。2023年3月14日,校党委常委会会议审议第三轮巡视“回头看”报告。
蒋明宣读了第三轮巡视“回头看”本科生院的反馈意见。反馈意见指出,本科生院针对巡视反馈意见分解出的4大类、13个大项、26个具体问题、29项整改措施已完成,总体上本科生院巡视整改效果较好。
"""

# https://www7.zzu.edu.cn/xjy/info/1048/2887.htm (a university's 四届党委第一轮巡察, feedback to a school)
ZZU = """党委第四巡察组向卓越工程师学院党委反馈巡察情况
根据学校党委巡察工作领导小组关于四届党委第一轮巡察反馈工作的安排,7月16日,党委第四巡察组向卓越工程师学院党委反馈巡察情况。党委第四巡察组组长甘剑锋、副组长朱琨,卓越工程师学院领导班子成员参加会议,部分教师代表列席会议,会议由许群主持。
会前,党委第四巡察组传达了校党委书记李成伟在听取四届党委第一轮巡察情况汇报时的讲话精神,向许群反馈了巡察情况,移交了反馈材料。
"""

# https://jw.cumt.edu.cn/info/1019/1319.htm (2022; headline written for the test)
CUMT = """校党委第二巡察组巡察校机关党委反馈会召开
根据校党委第六轮巡察工作统一部署,2022年5月17日至6月3日,校党委第二巡察组对机关党委开展了现场巡察工作。7月10日下午,校党委第二巡察组巡察校机关党委反馈会在行健楼C604召开。
"""

# https://www.xdlzw.gov.cn/show.asp?id=3052 (2021, a district's 巡察 of its own office; problems as 一是…三是)
XDL = """区委第三巡察组向区委办反馈巡察情况
根据区委统一安排,2021年8月2日,区委第三巡察组向区委办反馈巡察情况。区委第三巡察组组长罗洪淼同志向区委办反馈了巡察情况。
罗洪淼反馈时指出:
区委办围绕党中央、省、市、区委重大决策部署,较好地完成了重大文稿、重大活动方案。巡察也发现了一些问题,主要有:一是学习贯彻习近平新时代中国特色社会主义思想不够深入,深改工作开展不够有力;二是落实党风廉政建设责任制还有差距;三是党内政治生活不够规范,“三重一大”制度执行不够严格。
"""

# http://cqlzw.gov.cn/xunchagongzuo/932.html (2023; a round over several units, period across the new year)
CQ = """五届区委第二轮巡察反馈完成
发布时间:2023-04-18
根据区委统一部署,2022年11月11日至2023年1月20日,五届区委第二轮巡察对8个区直部门党组织开展常规巡察。近日,区委各巡察组向本轮被巡察党组织主要负责同志和领导班子进行了“一对一”反馈。
"""

# http://jw.km.gov.cn/c/2023-01-29/4656419.shtml (2023 progress of a district round; headline written for the test)
KM = """十二届区委第二轮巡察整改进展情况
根据区委统一安排部署,2021年11月8日至12月20日,区委组建4个巡察组对区民政局、区科信局等4家单位开展常规巡察;对区教育体育局直属的32家事业单位开展教育领域专项巡察;对区发改局、区粮油储备购销公司2家单位开展涉粮问题上下联动专项巡察,对区财政局等区属部门涉粮工作情况进行重点了解。
2022年1月27日,区委4个巡察组向40家被巡察单位党组织全面反馈巡察情况,移交问题清单并提出整改意见。2023年1月17日,十二届区委常委会第57次会议听取了十二届区委第二轮巡察的整改进展情况报告。
截止目前,巡察反馈的697个问题,完成整改688个,未完成5个,总体完成率98.71%。完善和新建制度589项,挽回经济损失1369.5万元。
"""

# https://hkjw.hbust.edu.cn/info/1094/3701.htm (a university's 二届党委第二轮巡察; headline written for the test)
HBUST = """二届党委第二轮巡察完成反馈
根据校党委巡察工作领导小组的统一部署,4月7日到4月11日,二届党委第二轮巡察三个巡察组分别向本轮巡察的临床医学院、附属二医院等6家二级党委进行了“一对一”的巡察反馈,启动为期三个月的集中整改。
"""

# https://scriptsandjava.com/2024/0919/c3311a135475/page.html (published in traditional script; headline = its first clause)
TRADITIONAL_NEWS = """校黨委召開第五屆黨委第三輪巡察集中反饋會
9月12日上午,校黨委召開第五屆黨委第三輪巡察集中反饋會,通報巡察發現的突出問題,對落實巡察整改工作進行集中部署。校黨委書記、校長董必榮出席會議并講話。
"""


def _one(text: str) -> tuple[model.Document, model.Inspection]:
    [document] = parse_text(text, "outside.txt").documents
    [inspection] = document.inspections
    return document, inspection


def test_central_feedback_to_a_university_states_the_meeting_before_the_visit():
    document, i = _one(SYSU)
    assert (document.kind, document.title) == (model.FEEDBACK, "中央第三巡视组向中山大学党委反馈专项巡视情况")
    assert (i.unit, i.inspecting_body, i.group, i.level, i.types) == ("中山大学党委", "中央", "中央第三巡视组", "巡视", ["专项"])
    assert (i.term, i.round) == (None, None)
    assert (i.start, i.end, i.feedback_date) == (date(2017, 3, 4), date(2017, 4, 30), date(2017, 6, 20))
    assert i.items == []  # the meeting and the statement are no problems


def test_university_look_back_visit_and_feedback_in_the_next_year():
    document, i = _one(WHU)
    assert document.kind == model.NEWS and document.published == date(2023, 3, 24)
    assert (i.unit, i.round, i.types) == ("本科生院", 3, ["回头看"])
    assert (i.start, i.end) == (date(2022, 12, 5), date(2022, 12, 13))
    assert i.feedback_date == date(2023, 3, 23)  # 3月23日 after a December visit
    assert [(f.metric, f.value) for f in i.figures] == [("problems", 26), ("measures", 29)]


def test_university_feedback_meeting_lines_are_no_problems():
    document, i = _one(ZZU)
    assert document.kind == model.FEEDBACK
    assert (i.unit, i.group, i.term, i.round) == ("卓越工程师学院党委", "党委第四巡察组", 4, 1)
    assert i.feedback_date is None  # 7月16日 with no year anywhere
    assert i.items == []


def test_university_group_period_and_feedback_meeting():
    _, i = _one(CUMT)
    assert (i.unit, i.group, i.round, i.level) == ("机关党委", "党委第二巡察组", 6, "巡察")
    assert (i.start, i.end, i.feedback_date) == (date(2022, 5, 17), date(2022, 6, 3), date(2022, 7, 10))


def test_district_feedback_points_announced_by_a_lead():
    document, i = _one(XDL)
    assert document.kind == model.FEEDBACK
    assert (i.unit, i.group, i.inspecting_body, i.feedback_date) == ("区委办", "区委第三巡察组", "区委", date(2021, 8, 2))
    [holder] = i.items
    assert holder.title == "巡察也发现了一些问题,主要有"
    assert [c.label for c in holder.children] == ["一是", "二是", "三是"]
    assert holder.children[1].title.startswith("落实党风廉政建设责任制还有差距")


def test_round_news_over_several_units_names_no_unit():
    _, i = _one(CQ)
    assert i.unit == "" and "unit" in i.missing
    assert (i.inspecting_body, i.term, i.round, i.types) == ("区委", 5, 2, ["常规"])
    assert (i.start, i.end) == (date(2022, 11, 11), date(2023, 1, 20))


def test_round_progress_with_one_kind_per_clause_and_figures():
    [document] = parse_text(KM, "outside.txt").documents
    i, *named = document.inspections
    # The named units of each clause become inspections of their own kind, with nothing stated about them alone.
    assert [(n.unit, n.types, n.figures, n.start) for n in named] == [
        ("区民政局", ["常规"], [], date(2021, 11, 8)),
        ("区科信局", ["常规"], [], date(2021, 11, 8)),
        ("区发改局", ["涉粮问题上下联动专项"], [], date(2021, 11, 8)),
        ("区粮油储备购销公司", ["涉粮问题上下联动专项"], [], date(2021, 11, 8)),
    ]
    assert i.unit == "" and (i.inspecting_body, i.term, i.round) == ("区委", 12, 2)
    assert i.types == ["常规", "教育领域专项", "涉粮问题上下联动专项"]
    assert (i.start, i.end, i.feedback_date) == (date(2021, 11, 8), date(2021, 12, 20), date(2022, 1, 27))
    assert [(f.metric, f.value) for f in i.figures] == [
        ("problems", 697),
        ("completed", 688),
        ("in_progress", 5),
        ("completion_rate", 98.71),
        ("rules_established", 589),
        ("funds_recovered", 1369.5),
    ]


def test_feedback_days_are_not_the_visit_and_one_to_one_is_no_unit():
    [document] = parse_text(HBUST, "outside.txt").documents
    i, *named = document.inspections
    assert [n.unit for n in named] == ["临床医学院", "附属二医院"]  # 等6家: only the named ones
    assert all((n.term, n.round) == (2, 2) for n in named)
    assert (i.term, i.round, i.level) == (2, 2, "巡察")
    assert i.unit == ""  # never "一”的巡察" from 一对一
    assert (i.start, i.end) == (None, None)  # 4月7日到4月11日 are the feedback days


def test_traditional_script_feedback_meeting_is_a_news_item():
    document, i = _one(TRADITIONAL_NEWS)
    assert (document.kind, document.title) == (model.NEWS, "校党委召开第五届党委第三轮巡察集中反馈会")
    assert (i.round, i.level) == (3, "巡察")


@pytest.fixture(scope="module")
def to_traditional():
    return opencc.OpenCC("s2t").convert


def test_traditional_script_variant_reads_like_the_original(to_traditional):
    document, i = _one(to_traditional(SYSU))
    assert document.title == "中央第三巡视组向中山大学党委反馈专项巡视情况"
    assert (i.unit, i.group, i.types) == ("中山大学党委", "中央第三巡视组", ["专项"])
    assert (i.start, i.end, i.feedback_date) == (date(2017, 3, 4), date(2017, 4, 30), date(2017, 6, 20))


def test_traditional_district_feedback_keeps_its_problems(to_traditional):
    _, i = _one(to_traditional(XDL))
    assert i.unit == "区委办" and levels(i.items) == levels(_one(XDL)[1].items) == (1, 3, 0)


def test_chinese_numeral_dates():
    text = SYSU.replace("2017年3月4日至2017年4月30日", "二〇一七年三月四日至二〇一七年四月三十日").replace(
        "2017年6月20日", "二〇一七年六月二十日"
    )
    _, i = _one(text)
    assert (i.start, i.end, i.feedback_date) == (date(2017, 3, 4), date(2017, 4, 30), date(2017, 6, 20))


def test_chinese_numeral_period_across_the_new_year():
    _, i = _one(CQ.replace("2022年11月11日至2023年1月20日", "二〇二二年十一月十一日至二〇二三年一月二十日"))
    assert (i.start, i.end) == (date(2022, 11, 11), date(2023, 1, 20))


def test_garbled_dates_are_left_unset_not_guessed():
    text = SYSU.replace("2017年4月30日", "2017年4月31日").replace("2017年6月20日", "2017年13月20日")
    _, i = _one(text)
    assert (i.start, i.end, i.feedback_date) == (date(2017, 3, 4), None, None)
    assert {"end", "feedback_date"} <= set(i.missing)


def test_news_item_lists_the_problems_announced_inside_a_paragraph():
    # XDL told as a news item (headline written for the test): the points after "主要有：" are the problems, under
    # the announcing clause; advice announced the same way ("提出以下整改意见：一是…") lists no problems.
    news = XDL.replace("区委第三巡察组向区委办反馈巡察情况\n", "区委第三巡察组巡察区委办反馈会召开\n", 1)
    news += "巡察组提出以下整改意见:一是加强理论学习;二是压实管党治党责任。\n"
    document, i = _one(news)
    assert document.kind == model.NEWS
    [holder] = i.items
    assert holder.title == "巡察也发现了一些问题,主要有"
    assert [c.label for c in holder.children] == ["一是", "二是", "三是"]
    assert holder.children[2].title.startswith("党内政治生活不够规范")
    assert levels(i.items) == (1, 3, 0)
