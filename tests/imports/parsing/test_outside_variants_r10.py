"""Variants of the constructions the r10 rules pass (on r8's remaining misses and on r9) taught the importer (issue
14), written by hand: the same construction with other units, places and wording, and near-misses the rule must not
fire on. They test that a rule reads the construction, not the one r8/r9 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import parse_text
from tests.imports.parsing.variants import named_units, parsed_inspections


def _unit(text: str) -> str:
    named = named_units(text)
    return named[0] if len(named) == 1 else ""


# --- invented units: the writer's own place, the organisations under a unit ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("日前，市委第三巡察组对我市沙溪镇半泾村、香塘村，城厢镇胜泾村开展提级巡察。\n", ["沙溪镇半泾村", "香塘村", "城厢镇胜泾村"]),
    ("近日，县委第二巡察组对本县城关镇东街社区、西街社区开展巡察。\n", ["城关镇东街社区", "西街社区"]),
    ("近日，省委巡视组对我省交通运输厅、水利厅开展专项巡视。\n", ["交通运输厅", "水利厅"]),
    # a name that only begins with 本/我 is kept whole
    ("近日，区委第一巡察组对本溪路街道、我家社区开展巡察。\n", ["本溪路街道", "我家社区"]),
])
def test_the_writers_own_place_is_no_part_of_a_name(text, expected):
    assert named_units(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("县委巡察组分别对云龙乡及所辖村、池园镇及所辖村(社区)、东桥镇及所辖村(社区)等党组织开展常规巡察。\n",
     ["云龙乡", "池园镇", "东桥镇"]),
    ("区委巡察组分别对金山街道及其所属社区、银湖街道及下辖村开展巡察。\n", ["金山街道", "银湖街道"]),
    # two units joined by 及 are still two
    ("区委巡察组分别对区民政局及区财政局、区水务局开展巡察。\n", ["区民政局", "区财政局", "区水务局"]),
])
def test_the_organisations_under_a_unit_are_no_unit(text, expected):
    assert named_units(text) == expected


@pytest.mark.parametrize("text", [
    "省委巡察组是省委派出的一个专门机构，主要负责对所辖各级党委、政府组织进行巡视、督察工作。\n",
    "市委巡察组负责对市直各级党组织、国有企业开展巡察。\n",
    "巡察组对下辖党支部、所属企业开展延伸巡察。\n",
])
def test_kinds_of_body_under_someone_are_no_units(text):
    assert named_units(text) == []


# --- groups: several named in a run, a group's kind in its name ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "4月21日，校党委书记到党委第五轮巡察各组驻地调研。党委第一、第二巡察组全体成员参加座谈。\n",
    "11月12日，市委第一至第五专项巡察组分别进驻兰西县人民法院、明水县人民法院开展专项巡察。\n",
    "县委第二、第三、第四巡察组于2020年5月10日至7月30日对县人大机关等14个单位开展巡察。\n",
    "区委第一和第二巡察组分别召开巡察工作动员会。\n",
])
def test_groups_named_in_a_run_are_no_one_group(text):
    assert all(not i.group for i in parsed_inspections(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("十一届市委第三提级交叉巡察组于2023年7月6日至8月15日，对镜湖区住房城乡建设交通运输局开展专项巡察。\n",
     "市委第三提级交叉巡察组"),
    ("县委第二提级巡察组于2023年3月1日至4月30日，对城关镇党委开展提级巡察。\n", "县委第二提级巡察组"),
    ("市委第一交叉巡察组进驻县住建局开展交叉巡察。\n", "市委第一交叉巡察组"),
    ("县委第一专项巡察组进驻县医保局开展专项巡察。\n", "县委第一专项巡察组"),
    # one group alone after a run elsewhere in the text is still that group
    ("县委第二巡察组于2024年3月1日至4月30日对县林业局党组开展了巡察。\n", "县委第二巡察组"),
])
def test_a_groups_kind_stays_in_its_name(text, expected):
    assert parsed_inspections(text)[0].group == expected


# --- a notice's schedule: which group visits whom, one bare list a sentence ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("根据县委统一安排，县委第二、第三巡察组于2020年5月10日至7月30日对县人大机关等10个单位开展巡察。现公告如下：\n"
     "（一）县委第二巡察组巡察县人大机关、县政协机关、县应急管理局。\n（二）县委第三巡察组巡察县委统战部、县一中、南湖学校。\n",
     ["县人大机关", "县政协机关", "县应急管理局", "县委统战部", "县一中", "南湖学校"]),
    ("十五届市委第二轮巡察安排如下：市委第一巡察组分别巡察市民政局、市司法局；市委第二巡察组分别巡察市商务局、市文旅局。\n",
     ["市民政局", "市司法局", "市商务局", "市文旅局"]),
])
def test_a_groups_own_visit_followed_by_a_bare_list(text, expected):
    assert named_units(text) == expected


@pytest.mark.parametrize("text", [
    # one name, then what the group does there: no list
    "县委第二巡察组巡察县人大机关，听取了班子成员的意见。\n",
    # pieces that are no organisations
    "县委第二巡察组巡察期间，共受理来信来访、电话举报等。\n",
    "县委第二巡察组巡察发现的问题，要立行立改、举一反三。\n",
])
def test_a_groups_visit_without_a_bare_list_names_none(text):
    assert len(named_units(text)) <= 1


# --- a place entered hosts the group; the list after its 对 is visited --------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("9月19日，安庆市委第二巡察组进驻桐城，对新渡镇、吕亭镇、青草镇等6个镇开展第七轮巡察。\n", ["新渡镇", "吕亭镇", "青草镇"]),
    ("近日，市委第三巡察组进驻凤城，对城关镇、南关镇开展常规巡察。\n", ["城关镇", "南关镇"]),
])
def test_a_place_entered_before_its_list_is_no_unit(text, expected):
    assert named_units(text) == expected


def test_a_unit_entered_without_a_list_after_it_stays_the_unit():
    assert _unit("9月19日，县委第二巡察组进驻县林业局，召开巡察工作动员会。\n") == "县林业局"


# --- a yearless entry day under the page's own date -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("桐城：推进巡察全覆盖\n发布时间:2019-09-26 23:54\n9月19日，市委第二巡察组进驻县林业局开展巡察。\n", date(2019, 9, 19)),
    ("巡察公告\n发布时间：2024-05-13\n根据市委巡察工作安排，市委巡察五组于5月13日进驻市第一医院，对市第一医院党委开展巡察。\n",
     date(2024, 5, 13)),
    ("市委专项巡察基层法院\n时间:2020-11-19 00:09:36\n按照市委统一部署，11月12日，市委第一专项巡察组进驻兰西县人民法院，"
     "开展专项巡察。\n", date(2020, 11, 12)),
])
def test_a_yearless_entry_day_takes_the_pages_year(text, expected):
    assert parsed_inspections(text)[0].start == expected


@pytest.mark.parametrize("text", [
    # no page date: no year
    "9月19日，市委第二巡察组进驻县林业局开展巡察。\n",
    # the page dated before the entry month: a notice of an earlier year's visit cannot be told apart
    "巡察动态\n发布时间:2019-03-02\n9月19日，市委第二巡察组进驻县林业局开展巡察。\n",
    # the day all groups had entered by is no first day
    "巡视完成进驻\n时间:2022-03-09 08:13:43\n截至3月4日，十二届自治区党委第一轮巡视派出的7个巡视组已全部完成进驻，对自治区民政厅、"
    "财政厅开展常规巡视。\n",
])
def test_an_entry_day_the_page_cannot_date_stays_absent(text):
    assert all(i.start is None for i in parsed_inspections(text))


# --- a page's own date line: 时间:2020-10-12 / 日期:2018-03-12 09:23:25 ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("区委第一巡察组向区总工会反馈巡察情况\n日期:2018-03-12 09:23:25   来源:   点击:\n根据区委安排，3月9日上午，区委第一巡察组"
     "向区总工会反馈巡察情况。\n", date(2018, 3, 9)),
    ("县委第二巡察组向县文旅局党组反馈巡察情况\n时间：2021-06-30\n6月28日，县委第二巡察组向县文旅局党组反馈巡察情况。\n",
     date(2021, 6, 28)),
    ("县委第二巡察组向县文旅局党组反馈巡察情况\n发布日期：2021.06.30\n6月28日，县委第二巡察组向县文旅局党组反馈巡察情况。\n",
     date(2021, 6, 28)),
])
def test_a_pages_date_line_dates_a_yearless_day(text, expected):
    assert parsed_inspections(text)[0].feedback_date == expected


def test_a_time_stated_in_the_body_is_no_page_date():
    # "反馈时间：" opens no date line; the day keeps no year
    text = ("县委第二巡察组向县文旅局党组反馈巡察情况\n反馈时间：2021年6月30日前完成整改。\n6月28日，县委第二巡察组向县文旅局党组"
            "反馈巡察情况。\n")
    assert parse_text(text, "variant.txt").documents[0].published is None


def test_the_page_date_line_leaves_the_round_in_the_opening_paragraph():
    text = ("苏州市委开展提级巡察“回头看”\n来源:太仓日报\n时间:2020-10-12\n10月10日，苏州市委第三轮对村（社区）提级巡察“回头看”第一组"
            "对沙溪镇半泾村、香塘村开展提级巡察“回头看”。\n")
    assert {i.round for i in parsed_inspections(text)} == {3}


# --- problems of a news item told in running text -------------------------------------------------------------------

def _problems(text: str) -> int:
    [inspection] = [i for i in parsed_inspections(text) if i.unit]
    return sum(len(item.children) or 1 for item in inspection.items)


_FEEDBACK_NEWS = "5月8日下午，市委第一巡察组向市城投公司党委反馈巡察情况。\n"


@pytest.mark.parametrize(("finding", "expected"), [
    # ； separates the problems, each told in one or two ，-clauses
    ("但巡察也发现了一些问题，主要是落实上级决策部署不到位，执行力有待提高；群众身边的不正之风时有发生，全面从严治党力度不够；"
     "基层党组织建设有待加强等问题。", 3),
    ("巡察也发现了一些问题，主要有：党建工作责任制落实不到位；财务管理不规范，资金使用存在风险等问题。", 2),
    # a 、-run of shortcomings ending the sentence without 等
    ("巡察中也发现院党委学习落实上级精神不够深入、落实两个责任不够有力、推动高质量发展方面还有差距。", 3),
    ("巡察发现公司党委落实主体责任不到位、选人用人不规范。", 2),
])
def test_problems_told_in_running_text(finding, expected):
    assert _problems(_FEEDBACK_NEWS + finding + "\n") == expected


@pytest.mark.parametrize("finding", [
    # a 、-run of subjects or achievements, no shortcomings
    "巡察发现公司党委在资本运营、国资管理、城市建设等方面发挥了作用。",
    "巡察中也发现公司在资本运营、国资管理、城市建设方面取得成效。",
    # ；-parts that are no shortcomings
    "巡察组指出了主要工作：一是学习贯彻到位；二是班子团结。",
])
def test_running_text_without_shortcomings_lists_no_problems(finding):
    assert _problems(_FEEDBACK_NEWS + finding + "\n") == 0


# --- figures of a news lead that names its inspection after them ----------------------------------------------------

def _figures(sentence: str) -> list[tuple[str, float]]:
    from imports.parsing.figures import extract_figures
    from imports.parsing.model import Line

    return [(f.metric, f.value) for f in extract_figures([Line(1, sentence)])]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("本报讯发现问题1099个，问题线索270条，根据移交线索已留置2人——这是宜春市委近日对全市公安系统开展巡察取得的“成绩单”。",
     [("problems", 1099), ("clues_transferred", 270), ("detained_people", 2)]),
    ("发现问题86个，移交问题线索5条，这是县委第三轮巡察交出的成绩单。", [("problems", 86), ("clues_transferred", 5)]),
    # a dash after a count ends its clause
    ("已留置3人——其中2人已移送司法机关。", [("detained_people", 3), ("transferred_judicial", 2)]),
])
def test_counts_tied_to_the_inspection_after_them(sentence, expected):
    assert _figures(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # counts of a check, not an inspection
    "检查发现问题36个——这是市场监管局开展食品安全检查的结果。",
    "发现问题36个，这是县审计局审计的结果。",
])
def test_counts_of_something_else_stay_unread(sentence):
    assert ("problems", 36) not in _figures(sentence)


# --- a feedback meeting told as an event names no problem -----------------------------------------------------------

_FEEDBACK_TITLE = "县委第二巡察组向县统计局反馈巡察情况\n本网讯 6月5日，县委第二巡察组巡察县统计局情况反馈会召开。\n"


@pytest.mark.parametrize("paragraph", [
    "县委第二巡察组全面反馈了对统计局党组的巡察情况，客观评价了统计局党组取得的成效，指出了目前存在的问题和不足，提出了整改意见。",
    "县委第二巡察组反馈了巡察情况，指出了存在的问题，提出了意见建议。",
    "县委常委、组织部长李明代表县委对县统计局党组的巡察整改工作提出了“压实责任抓整改”的具体要求。",
])
def test_a_feedback_told_as_an_event_is_no_problem(paragraph):
    inspection = parsed_inspections(_FEEDBACK_TITLE + paragraph + "\n")[0]
    assert inspection.items == []


def test_findings_after_the_feedback_sentence_are_still_read():
    text = (_FEEDBACK_TITLE + "县委第二巡察组反馈了巡察情况，指出存在以下问题：一是党组织领导作用发挥不充分；二是统计数据质量管理"
            "不规范；三是干部队伍建设薄弱。\n")
    inspection = parsed_inspections(text)[0]
    assert sum(len(item.children) or 1 for item in inspection.items) == 3


# --- a party committee's own meeting on its inspections is round-level news -----------------------------------------

@pytest.mark.parametrize("text", [
    "近日，东川区委召开巡察工作约谈会，集中约谈被巡察党组织“一把手”，压实被巡察党组织主体责任。\n",
    "近日，县委召开巡察工作推进会，听取各巡察组工作进展情况，部署下一阶段工作。\n",
    "日前，市委巡察工作领导小组召开巡察工作调度会，研究本轮巡察问题线索处置。\n",
])
def test_a_committees_meeting_on_its_inspections_is_read_as_round_news(text):
    inspections = parsed_inspections(text)
    assert inspections and all(not i.unit for i in inspections)


@pytest.mark.parametrize("text", [
    "近日，区委召开经济工作会议，部署全年工作。\n",
    "近日，县委召开全面从严治党工作约谈会，部署全年工作。\n",
])
def test_other_meetings_are_still_refused(text):
    from imports.parsing import DocumentError

    with pytest.raises(DocumentError):
        parse_text(text, "variant.txt")


# --- names of a list: offices named for cadres or work, the visit's own words after a name --------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("3月1日至4日，十二届区党委第十一轮巡视5个巡视组分别进驻区党委政法委、编办、老干部局、党校，开展巡视监督工作。\n",
     ["区党委政法委", "编办", "老干部局", "党校"]),
    ("二届区委第十轮巡察对区委编办、区委老干部局、区人大机关开展常规巡察。\n", ["区委编办", "区委老干部局", "区人大机关"]),
    ("2015年中央第二轮巡视的单位包括中央台湾工作办公室、交通运输部、国家机关事务管理局……等。\n",
     ["中央台湾工作办公室", "交通运输部", "国家机关事务管理局"]),
    ("11月11日上午，区委第五巡察组巡察区总工会、团区委工作进驻动员会召开。\n", ["区总工会", "团区委"]),
    ("近日，市委第七巡察组对宣州区医保局党组、宣州区民政局党委专项巡察动员会召开。\n", ["宣州区医保局党组", "宣州区民政局党委"]),
    ("这是区委第一、第二巡察组于3月7日分别进驻邓南街和区农业局后不久上报的问题线索。\n", ["邓南街", "区农业局"]),
])
def test_names_of_a_list(text, expected):
    assert named_units(text) == expected


@pytest.mark.parametrize("text", [
    # cadres and workers are people, not offices
    "十三届县委第三轮巡察对全县干部职工、群众代表开展问卷调查。\n",
    # 工作 after a subject is no office
    "区委第五巡察组巡察乡村振兴工作、安全生产工作动员会召开。\n",
])
def test_people_and_subjects_are_no_names(text):
    assert named_units(text) == []


# --- the one unit of a news item: its fuller name, the organisations it governs, a town's own meeting ---------------

@pytest.mark.parametrize(("text", "expected"), [
    # the level said before the name where it is fed back to
    ("2024年7月12日，县委第六巡察组向县林业局党组反馈巡察情况。\n2024年3月27日至6月7日，县委第六巡察组对林业局党组进行了巡察。\n",
     "县林业局党组"),
    ("2023年5月6日，区委第二巡察组向区统计局党组反馈巡察情况。\n2023年3月1日至4月7日，区委第二巡察组对统计局党组进行了巡察。\n",
     "区统计局党组"),
    # the short form of the name the text gives where the visit is announced
    ("3月3日，市委第一巡察组巡察市住房和城乡建设局党组工作动员会议在市行政中心召开。市委第一巡察组开始对市住建局党组开展巡察。\n",
     "市住房和城乡建设局党组"),
    ("5月6日，县委第二巡察组巡察县人力资源和社会保障局党组工作动员会召开。县委第二巡察组开始对县人社局党组开展巡察。\n",
     "县人力资源和社会保障局党组"),
    # the organisations it governs (管辖) are no part of it
    ("7月1日，县委第三巡察组召开巡察县住建局党组工作动员会，正式对县住建局党组及其管辖的二级单位开展常规巡察。\n", "县住建局党组"),
    # a town's own meeting on rectifying its feedback; the text names its party committee
    ("4月29日，徐行镇召开巡察整改动员部署会议，研究部署巡察反馈问题整改工作。\n会议要求，按照《徐行镇党委巡察整改工作方案》完成整改。\n",
     "徐行镇党委"),
    ("5月6日，城关街道召开巡察反馈问题整改推进会。\n会议印发《城关街道党工委巡察整改工作方案》。\n", "城关街道党工委"),
    # its party committee named only by a post: the town
    ("5月6日，城关街道召开巡察反馈问题整改推进会。\n城关街道党工委书记主持会议。\n", "城关街道"),
    # an office, then the subject it is inspected on
    ("根据市委巡察工作统一部署，市委第一巡察组从2020年5月17日至8月7日，对市科技局贯彻落实党中央关于统筹推进疫情防控、做好“六稳”"
     "工作等重大决策部署情况开展专项巡察。\n", "市科技局"),
])
def test_the_one_unit_of_a_news_item(text, expected):
    assert _unit(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a longer name that is another office is no fuller name
    ("3月3日，市委第一巡察组巡察市城市建设投资集团党委工作动员会召开。市委第一巡察组开始对市城投党组开展巡察。\n", "市城投党组"),
    # a town meeting on something else names no unit
    ("4月29日，徐行镇召开安全生产工作会议。\n区委第一巡察组列席。\n", ""),
])
def test_near_misses_of_the_one_unit(text, expected):
    assert _unit(text) == expected


# --- rounds and terms: the superior's round studied, the next round prepared, a term with its committee --------------

def _round_level(text: str):
    return next(i for i in parsed_inspections(text) if not i.unit)


@pytest.mark.parametrize(("text", "term", "round_"), [
    ("7月22日，十四届县委第二轮巡察动员部署会召开，安排部署十四届县委第二轮巡察工作。\n会议传达学习了八届省委第一轮巡视动员部署会会议精神。\n",
     14, 2),
    ("截至3月26日，十届自治区党委第九轮巡视12个巡视组已全部完成进驻。会前，各巡视组传达了自治区党委书记在书记专题会议听取十届党委第八轮"
     "巡视情况汇报时的讲话精神。\n", 10, 9),
    ("2月6日至8日，市委巡察工作领导小组专题听取二届市委第二轮巡察情况汇报。会议要求，五是筹备好二届市委第三轮巡察工作，3月份启动第三轮"
     "巡察工作。\n", 2, 2),
])
def test_the_texts_own_round_beside_a_studied_or_a_next_one(text, term, round_):
    inspection = _round_level(text)
    assert (inspection.term, inspection.round) == (term, round_)


def test_two_rounds_of_the_texts_own_still_give_none():
    text = "3月5日，十四届县委第二轮巡察动员部署会召开。会议还听取了十四届县委第三轮巡察准备情况，部署十四届县委第三轮巡察工作。\n"
    assert _round_level(text).round is None


@pytest.mark.parametrize(("text", "term"), [
    ("中国网5月28日讯 党的十八大以来，十一届宁夏回族自治区党委坚决落实中央部署，深化政治巡视，完成16轮对121个单位党组织的巡视。\n", 11),
    ("5月28日讯 十二届省委坚持把巡视作为全面从严治党的重要抓手，完成12轮巡视。\n", 12),
])
def test_a_term_with_its_committee_in_a_sentence_on_its_inspections(text, term):
    assert _round_level(text).term == term


def test_a_party_congress_or_plenum_is_no_term():
    text = "5月28日讯 认真贯彻十九届中央纪委四次全会精神，市委完成3轮巡察，共发现问题120个。\n"
    assert _round_level(text).term is None


# --- a round's allocation of its groups: the day they were sent, the units they were sent to -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("八届市委第六轮巡察完成反馈\n根据市委安排部署，2024年3月17日，市委选派7个巡察组，对市卫生健康委员会、市医疗保障局等12家市直单位党组织"
     "开展常规巡察。\n", date(2024, 3, 17)),
    ("2023年9月4日，县委派出4个巡察组，分别对县教育局、县民政局开展常规巡察。\n", date(2023, 9, 4)),
])
def test_the_day_groups_were_sent_is_the_start(text, expected):
    assert {i.start for i in parsed_inspections(text)} == {expected}


def test_a_day_groups_were_only_formed_is_no_start():
    text = "2023年9月4日，县委组建4个巡察组，召开十四届县委第二轮巡察工作培训会。\n"
    assert all(i.start is None for i in parsed_inspections(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("3月5日，市委第九轮巡察工作动员部署会召开。本轮巡察市委派出1个巡察组，对市供销合作社开展机动式巡察；派出3个巡察组，对10所市属医疗"
     "机构开展专项巡察。\n", ["市供销合作社"]),
    ("十三届县委第四轮巡察派出2个巡察组，对县总工会开展常规巡察；派出1个巡察组，对县融媒体中心开展专项巡察。\n", ["县总工会", "县融媒体中心"]),
])
def test_the_units_a_rounds_groups_were_sent_to(text, expected):
    assert named_units(text) == expected


def test_counted_units_a_group_was_sent_to_are_no_names():
    text = "十三届县委第四轮巡察派出3个巡察组，对10所县属学校开展专项巡察；派出2个巡察组，对20个县直单位开展巡察“回头看”。\n"
    assert named_units(text) == []


# --- wrongdoing named in a run-in list, a page's byline fields, a period told in two clauses, a notice's sections -----

def test_wrongdoing_named_in_a_run_in_list_is_a_problem():
    text = (_FEEDBACK_NEWS + "巡察组指出，也不同程度地存在一些问题。主要表现在：意识形态工作落实有差距，工会组织管理不规范，挤占挪用财政"
            "专项资金，违规发放津补贴等。\n")
    assert _problems(text) == 4


def test_a_run_in_list_with_a_clause_that_names_no_shortcoming_stays_unsplit():
    text = _FEEDBACK_NEWS + "巡察组指出，也存在一些问题。主要表现在：意识形态工作落实有差距，财政专项资金，工会组织管理等。\n"
    assert _problems(text) <= 1


@pytest.mark.parametrize("byline", ["  • 文章作者:\n  • 文章出处:县文旅局\n", "作者：王明\n编辑：李华\n"])
def test_a_pages_byline_fields_are_chrome(byline):
    text = ("县委第二巡察组进驻县文旅局开展巡察\n" + byline + "  • 发布时间:2024-07-05\n7月5日上午，县委第二巡察组巡察县文旅局党组工作"
            "动员会召开。\n组长强调，一要坚持政治定位；二要严格执行条例。\n")
    [inspection] = parsed_inspections(text)
    assert (inspection.unit, inspection.items) == ("县文旅局党组", [])


@pytest.mark.parametrize(("text", "period"), [
    ("市委第七巡察组于2023年7月7日起对市人民医院开展专项巡察，时间自2023年7月7日开始，2023年8月22日结束。\n",
     (date(2023, 7, 7), date(2023, 8, 22))),
    ("县委第一巡察组对县林业局党组开展常规巡察，时间从2024年3月1日开始，到2024年4月30日止。\n", (date(2024, 3, 1), date(2024, 4, 30))),
])
def test_a_period_told_in_two_clauses(text, period):
    inspection = parsed_inspections(text)[0]
    assert (inspection.start, inspection.end) == period


def test_a_start_then_a_later_unrelated_day_is_no_period():
    text = "县委第一巡察组自2024年3月1日开始对县林业局党组开展常规巡察，2024年5月10日召开反馈会。\n"
    assert parsed_inspections(text)[0].end is None


def test_a_notices_own_sections_are_no_problems():
    text = ("巡察公告\n发布时间：2023-07-07\n按照市委巡察工作部署，市委第七巡察组于2023年7月7日起对市人民医院开展专项巡察。现将有关事项公告如下。\n"
            "一、巡察内容\n一是聚焦贯彻落实党的路线方针政策情况，查找政治偏差。二是聚焦群众身边腐败问题。\n二、受理信访方式\n"
            "举报电话：0553-1234567。\n")
    assert parsed_inspections(text)[0].items == []


# --- a feedback news naming several units; a speech's salutation ---------------------------------------------------

def test_a_feedback_news_naming_several_units_lists_them():
    text = ("区委第一巡察组向闸口街道6个社区党委反馈巡察情况\n时间:2019-09-02 12:00\n8月16日，区委第一巡察组向闸口街道6个社区党委反馈巡察情况。\n"
            "按照区委的统一部署，区委第一巡察组于2019年4月4日至6月15日，对闸口街道浦东社区、石桥社区、城河社区等6个社区进行了巡察。\n")
    assert named_units(text) == ["闸口街道浦东社区", "石桥社区", "城河社区"]


def test_a_feedback_news_of_one_unit_stays_one():
    text = ("区委第一巡察组向区民政局党组反馈巡察情况\n时间:2019-09-02 12:00\n8月16日，区委第一巡察组向区民政局党组反馈巡察情况。\n"
            "按照区委的统一部署，区委第一巡察组于2019年4月4日至6月15日，对区民政局党组进行了巡察。\n")
    assert named_units(text) == ["区民政局党组"]


@pytest.mark.parametrize("salutation", ["同志们：", "各位领导、同志们："[5:], "同志们，"])
def test_a_speechs_salutation_is_no_heading(salutation):
    text = (salutation + "\n根据区委统一部署，区委第二巡察组对城关街道党工委开展了为期2个月的常规巡察。4月12日，区委书记主持召开书记专题会议，"
            "听取了巡察情况汇报。\n")
    assert parsed_inspections(text)[0].group == "区委第二巡察组"


# --- findings a feedback news tells in the leader's words; the advice after them ------------------------------------

_FEEDBACK_TITLED = ("区委第一巡察组向区民政局党组反馈巡察情况\n时间:2019-09-02 12:00\n8月16日，区委第一巡察组向区民政局党组反馈巡察情况。\n"
                    "按照区委的统一部署，区委第一巡察组于2019年4月4日至6月15日，对区民政局党组进行了巡察。\n")


def test_findings_listed_in_the_leaders_words_are_problems():
    text = (_FEEDBACK_TITLED + "组长赵培华指出，2015年以来，区民政局党组紧紧围绕上级决策部署开展工作。同时，巡察中发现还普遍存在贯彻上级决策部署"
            "有落差、基层党的组织建设有欠缺、解决民生难点问题有短板等“三有”问题。\n赵培华对区民政局提出了三点意见建议，一要提高政治站位，"
            "主动担当作为。\n")
    [inspection] = parsed_inspections(text)
    assert [item.title for item in inspection.items] == ["贯彻上级决策部署有落差", "基层党的组织建设有欠缺", "解决民生难点问题有短板"]


def test_the_leaders_words_without_listed_shortcomings_are_no_problems():
    text = _FEEDBACK_TITLED + "组长赵培华指出，区民政局党组紧紧围绕上级决策部署，在民生保障、社会救助等方面取得成效。\n"
    [inspection] = parsed_inspections(text)
    assert inspection.items == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("截至目前，自治区纪委已对4名区管干部立案调查，对1名区管干部进行组织处理。", [("cases_filed", 4), ("organizational_handling", 1)]),
    ("市纪委对3名市管干部立案审查，对5名县管领导干部进行诫勉谈话。", [("cases_filed", 3), ("admonished_people", 5)]),
])
def test_actions_on_cadres_named_by_who_manages_them(sentence, expected):
    got = _figures(sentence)
    assert [pair for pair in got if pair[0] in {m for m, _ in expected}] == expected


def test_cadres_counted_without_an_action_are_no_figure():
    assert _figures("全区共有区管干部320名，其中女干部56名。") == []


# --- an extension of the visit: offices and hospitals are units, villages belong to their town ----------------------

def test_offices_a_visit_is_extended_to_are_units():
    text = ("8月23日，县委专项巡察组巡察医疗卫生领域工作动员会议召开。县委专项巡察组正式进驻县卫健局、县医疗保障局等单位，对医疗卫生领域"
            "重点工作开展专项巡察，并延伸巡察县第一人民医院、县中医院……等单位。\n")
    assert named_units(text) == ["县卫健局", "县医疗保障局", "县第一人民医院", "县中医院"]


def test_villages_a_visit_is_extended_to_belong_to_their_town():
    text = "近日，县委第二巡察组进驻城关镇开展常规巡察，并延伸巡察东街村、西街村、南关社区。\n"
    assert named_units(text) == ["城关镇"]


# --- a yearless day whose 月 was lost ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("根据区委巡察工作领导小组的安排,816日,区委第一巡察组向城关街道党工委反馈巡察情况。", "根据区委巡察工作领导小组的安排,8月16日,"),
    ("县委第二巡察组于1115日上午向县林业局党组反馈巡察情况。", "县委第二巡察组于11月15日上午"),
])
def test_a_day_whose_month_was_lost_is_put_back(text, expected):
    from imports.parsing.cleaning import repair_dates

    assert repair_dates(text).startswith(expected)


@pytest.mark.parametrize("text", [
    "巡察为期120日,共发现问题36个。",  # a duration
    "全县共有315个村,于2023年开展巡察。",  # a count
    "县委第二巡察组于1315日上午反馈。",  # no valid month
    "共计25日,巡察组完成进驻。",  # a plain day count of two digits stays
])
def test_numbers_that_are_no_lost_month_stay(text):
    from imports.parsing.cleaning import repair_dates

    assert repair_dates(text) == text


@pytest.mark.parametrize(("sentence", "expected"), [
    ("巡察移交问题线索30件，党纪政务处分村(社区)两委党员干部13人。", ("disciplined_people", 13)),
    ("巡察发现问题后，诫勉谈话村（居）干部6人。", ("admonished_people", 6)),
])
def test_a_short_bracket_inside_a_noun_keeps_the_metric(sentence, expected):
    assert expected in _figures(sentence)


def test_a_bracketed_aside_still_breaks_the_clause():
    # a bracket holding more than a short noun (a year, a clause) is no part of the noun: no metric crosses it
    assert ("disciplined_people", 13) not in _figures("党纪政务处分（2022年）村干部13人。")
    assert ("disciplined_people", 13) not in _figures("党纪政务处分（含上年度结转案件）村干部13人。")


@pytest.mark.parametrize(("finding", "expected"), [
    # a cue word inside one of the listed shortcomings does not cut the list
    ("巡察组指出，市城投公司存在落实主体责任不到位、档案安全管理存在隐患、干部队伍建设薄弱等问题。", 3),
    ("巡察发现公司党委还存在决策程序不规范、发现问题整改不及时、财务管理混乱等问题。", 3),
    # the nearest cue still wins among equals: the unit before 存在 is no part of the first problem
    ("巡察发现医院党委还存在落实主体责任不到位、整改进展缓慢、财务管理不规范等问题。", 3),
])
def test_a_cue_word_inside_a_listed_shortcoming(finding, expected):
    assert _problems(_FEEDBACK_NEWS + finding + "\n") == expected


def test_the_nearest_cue_keeps_the_unit_out_of_the_first_problem():
    text = _FEEDBACK_NEWS + "巡察发现医院党委还存在落实主体责任不到位、整改进展缓慢、财务管理不规范等问题。\n"
    [inspection] = [i for i in parsed_inspections(text) if i.unit]
    assert inspection.items[0].title == "落实主体责任不到位"


# --- a notice: the window for letters beside 巡察期间, the group's own unit, its signature ----------------------------

def test_the_window_for_letters_in_its_own_clause_is_no_visit():
    text = ("据悉，本轮巡察时间为2个月，巡察期间设立专门值班电话：0731-12345678，受理时间为2023年4月10日至6月10日。"
            "县委第三巡察组负责巡察县人社局党组。\n")
    [inspection] = parsed_inspections(text)
    assert (inspection.unit, inspection.start, inspection.end) == ("县人社局党组", None, None)


def test_a_visit_period_told_with_巡察期间_is_still_the_visit():
    text = "县委第三巡察组对县人社局党组开展常规巡察，巡察期间为2023年4月10日至6月10日，设立专门值班电话。\n"
    [inspection] = parsed_inspections(text)
    assert (inspection.start, inspection.end) == (date(2023, 4, 10), date(2023, 6, 10))


@pytest.mark.parametrize("signature", ["县委第二巡察组\n2024年3月30日\n", "中共某某县委巡察工作领导小组办公室\n2024年3月30日\n"])
def test_a_notices_signature_is_no_problem(signature):
    text = ("巡察公告\n根据县委统一部署，县委第二巡察组将于2024年4月1日至5月31日对县文化旅游体育局党组开展常规巡察。巡察期间设专门值班"
            "电话：0838-5551234。\n" + signature)
    [inspection] = parsed_inspections(text)
    assert inspection.items == []


# --- a feedback paragraph telling the meeting, then the problems it announces ----------------------------------------

@pytest.mark.parametrize(("paragraph", "expected"), [
    ("12月18日，学校党委第三巡察组向外国语学院党委反馈巡察情况。巡察组指出，学院党委取得了一定成效，但也存在一些问题：党建与业务"
     "融合不够紧密；师德师风建设存在薄弱环节；“三重一大”决策制度执行不够严格。", 3),
    ("12月18日，学校党委第三巡察组向外国语学院党委反馈巡察情况，指出了存在的主要问题：理论学习不深入；组织生活不规范。", 2),
    # the meeting alone: no problem
    ("12月18日，学校党委第三巡察组向外国语学院党委反馈巡察情况，学院党委书记主持会议。", 0),
    # advice announced after the meeting is no problem
    ("12月18日，学校党委第三巡察组向外国语学院党委反馈巡察情况，并提出整改意见：一要提高站位；二要压实责任。", 0),
])
def test_problems_announced_after_the_meeting_in_one_paragraph(paragraph, expected):
    text = "学校党委第三巡察组向外国语学院党委反馈巡察情况\n发布时间：2023-12-20\n" + paragraph + "\n"
    assert _problems(text) == expected


def test_an_enterprises_own_suoshu_is_no_part_of_the_unit():
    text = "集团党委第一巡察组进驻所属物流公司开展巡察\n2024年4月8日，集团党委第一巡察组进驻物流公司党委开展常规巡察，召开巡察工作动员会。\n"
    assert _unit(text) == "物流公司党委"


@pytest.mark.parametrize(("text", "expected"), [
    ("5月20日，市委第一巡察组对市统计局党组巡察工作动员会召开。\n发布时间：2024-05-21\n", "市统计局党组"),
    ("5月20日，县委第三巡察组对县水利局党组常规巡察反馈会召开。\n", "县水利局党组"),
])
def test_the_unit_of_a_groups_meeting_after_dui(text, expected):
    assert _unit(text) == expected


def test_a_subject_of_a_groups_meeting_after_dui_is_no_unit():
    assert _unit("5月20日，县委第三巡察组对乡村振兴领域专项巡察动员会召开。\n") == ""


@pytest.mark.parametrize("sentence", [
    "近日，县委巡察办对十四届县委第一轮巡察整改情况开展了专项督查，督查发现问题12个。",
    "市委巡察办对第三轮巡察整改情况进行抽查，抽查中发现问题12个。",
])
def test_a_checks_findings_after_an_inspection_are_no_problems(sentence):
    assert ("problems", 12) not in _figures(sentence)


def test_the_inspections_own_findings_beside_a_check_are_read():
    assert ("problems", 12) in _figures("十四届县委第一轮巡察共发现问题12个，巡察办随后开展督查。")


def test_days_groups_entered_over_give_the_first_day_only():
    text = ("根据市委统一安排，十三届市委第四轮巡察的5个巡察组于2023年9月4日至9月6日陆续进驻市交通运输局、市水利局、市林业局开展常规巡察。\n")
    assert {(i.start, i.end) for i in parsed_inspections(text)} == {(date(2023, 9, 4), None)}


def test_a_visit_period_then_the_entry_is_still_the_period():
    text = "2023年9月4日至11月4日，市委第一巡察组进驻市交通运输局开展常规巡察。\n"
    assert (parsed_inspections(text)[0].start, parsed_inspections(text)[0].end) == (date(2023, 9, 4), date(2023, 11, 4))


def test_each_group_visiting_two_units_joined_by_he():
    text = "十四届县委第三轮巡察采取“一托二”方式，第一巡察组巡察县发改局和县统计局，第二巡察组巡察县财政局和县税务局。\n"
    assert named_units(text) == ["县发改局", "县统计局", "县财政局", "县税务局"]


def test_a_rounds_record_naming_several_groups_is_no_one_groups():
    text = "十四届县委第三轮巡察采取“一托二”方式，第一巡察组巡察县发改局和县统计局，第二巡察组巡察县财政局和县税务局。\n"
    assert all(not i.group for i in parsed_inspections(text))


def test_a_rounds_record_of_one_group_keeps_it():
    text = "十四届县委第三轮巡察中，县委第一巡察组巡察县发改局、县统计局。\n"
    assert {i.group for i in parsed_inspections(text)} == {"县委第一巡察组"}


@pytest.mark.parametrize(("text", "expected"), [
    ("县委第二巡察组于2023年4月起对县国资中心开展为期2个月的巡察。\n", date(2023, 4, 1)),
    ("市委第三巡察组于2022年9月5日开始，对市档案馆开展常规巡察。\n", date(2022, 9, 5)),
])
def test_the_month_or_day_a_group_began(text, expected):
    assert parsed_inspections(text)[0].start == expected


def test_a_yearless_month_a_group_began_stays_absent():
    assert parsed_inspections("县委第二巡察组于4月起对县国资中心开展为期2个月的巡察。\n")[0].start is None


def test_a_shared_party_group_before_the_visits_words_names_each_unit_once():
    text = ("3月28日，区委巡察工作领导小组听取第三轮巡察情况汇报，会议听取了区委第一、第二、第三巡察组关于对区科技局、区文旅局、区城管局党组"
            "巡察情况的汇报。\n")
    assert named_units(text) == ["区科技局", "区文旅局", "区城管局"]
