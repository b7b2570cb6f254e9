"""Variants of the constructions the r21 rules pass (on r20-held) taught the importer (issue 14), written by hand: the
same construction with other units, places and wording, and near-misses the rule must not fire on. They test that a
rule reads the construction, not the one r20 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing.figures import extract_figures
from imports.parsing.model import Line
from imports.parsing.unit_lists import same_unit
from tests.imports.parsing.variants import named_units, parsed_inspections


def text_figures(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for f in extract_figures([Line(1, text)])]

# --- a group named with its owner's place keeps the owner's kind (settled convention 9) ----------------------------


@pytest.mark.parametrize(("text", "group"), [
    ("根据州党委统一部署，2023年3月1日至4月20日，伊犁州党委第二巡察组对霍城县林业局党组开展了常规巡察。", "州党委第二巡察组"),
    ("按照州党委安排，巴州党委第五巡察组于2022年9月6日进驻和静县教育局开展巡察。", "州党委第五巡察组"),
    ("根据工委统一部署，2024年4月8日至5月30日，高新区党工委第一巡察组对高新区建设局开展了巡察。", "高新区党工委第一巡察组"),
    ("2023年5月9日，经开区党工委第二巡察组对经开区财政局开展常规巡察。", "经开区党工委第二巡察组"),
    ("2025年2月18日至3月30日，宁德市委巡察三组对福安市白云山风景名胜区党工委进行了巡察。", "市委巡察三组"),
    ("2023年10月29日，咸阳市委第七巡察组对长武县昌五镇党委开展提级交叉巡察。", "市委第七巡察组"),
])
def test_group_with_owner_place_keeps_owner_kind(text, group):
    assert [i.group for i in parsed_inspections(text)] == [group]


@pytest.mark.parametrize(("text", "group"), [
    # near-misses: a 州委 stays 州委, a committee named 党委 stays 党委, a street's 党工委 owns no numbered group here
    ("2023年3月1日至4月20日，文山州委第四巡察组对砚山县水务局党组开展了巡察。", "州委第四巡察组"),
    ("2023年3月1日，校党委第一巡察组对文学院党委开展了巡察。", "党委第一巡察组"),
    ("2024年4月8日，区委第二巡察组对新华街道党工委开展了巡察。", "区委第二巡察组"),
])
def test_owner_kind_near_misses(text, group):
    assert [i.group for i in parsed_inspections(text)] == [group]


# --- the feedback's problems referred back to as 提出的 are the count already stated, no second one ----------------


@pytest.mark.parametrize(("text", "figures"), [
    ("县委巡察组反馈了贯彻落实方面等12个具体问题。对反馈意见中提出的12个问题，逐一建立整改清单。", [("problems", 12)]),
    ("市委第三巡察组共指出问题21个。针对巡察组提出的21个问题，局党组制定了整改方案。", [("problems", 21)]),
    # near-misses: another count stays; an equal count of another metric stays
    ("市委第三巡察组共指出问题21个。针对巡察组提出的21个问题，已完成整改19个。", [("problems", 21), ("completed", 19)]),
    ("巡察反馈问题21个，已完成整改21个。", [("problems", 21), ("completed", 21)]),
])
def test_problems_referred_back_as_raised(text, figures):
    assert text_figures(text) == figures


# --- where problems are counted, a state counted in the measures' unit is the measures', no problems' state --------


@pytest.mark.parametrize(("text", "figures"), [
    ("巡察组反馈问题18个,制定整改措施56条,已完成整改56条,整改完成率100%。",
     [("problems", 18), ("measures", 56), ("completion_rate", 100)]),
    ("县委巡察组共反馈问题12个，细化整改措施40项，已全部完成40项。", [("problems", 12), ("measures", 40)]),
    ("反馈问题7个，制定整改措施22条，已完成(含基本完成)整改措施20条。", [("problems", 7), ("measures", 22)]),
])
def test_state_of_measures_is_no_problems_state(text, figures):
    assert text_figures(text) == figures


@pytest.mark.parametrize(("text", "figures"), [
    # near-misses: problems in the measures' unit, a state counted in the problems' unit, and no problems counted
    ("反馈问题29条，制定整改措施94条，已完成整改25条。", [("problems", 29), ("measures", 94), ("completed", 25)]),
    ("反馈问题29个，制定整改措施94条，已完成整改25个。", [("problems", 29), ("measures", 94), ("completed", 25)]),
    ("制定整改措施367条，完成整改措施357条。", [("measures", 367), ("completed", 357)]),
])
def test_state_left_to_problems_or_measures_alone(text, figures):
    assert text_figures(text) == figures


# --- the days a phone line or a letter box is open are no visit's span ---------------------------------------------


@pytest.mark.parametrize("text", [
    "根据县委统一部署，县委第一巡察组对县林业局党组开展巡察。巡察组设置举报信箱和举报电话，电话从2023年4月10日至5月10日"
    "工作日保持畅通。",
    "根据市委统一部署，市委第二巡察组对市档案馆党支部开展巡察。巡察期间设立举报邮箱，邮箱自2022年9月1日至10月31日开通。",
])
def test_phone_or_box_window_is_no_visit(text):
    assert [(i.start, i.end) for i in parsed_inspections(text)] == [(None, None)]


@pytest.mark.parametrize(("text", "span"), [
    # near-miss: the visit's own span told beside its phone line stays
    ("根据县委统一部署，2023年4月10日至5月10日，县委第一巡察组对县林业局党组开展巡察，设置举报电话和举报信箱。",
     (date(2023, 4, 10), date(2023, 5, 10))),
    ("根据县委统一部署，2023年4月10日至5月10日，县委第一巡察组对县林业局党组开展巡察，举报电话为0734-6612345。",
     (date(2023, 4, 10), date(2023, 5, 10))),
])
def test_visit_span_beside_phone_line_stays(text, span):
    assert [(i.start, i.end) for i in parsed_inspections(text)] == [span]


# --- a unit named with its place bare in one sentence and with its level in another is one unit ----------------------


@pytest.mark.parametrize(("name", "other"), [
    ("市交投集团", "武汉交投集团"),
    ("市城投公司", "襄阳城投公司"),
    ("县农商银行", "泾川农商银行"),
])
def test_place_bare_and_level_name_one_unit(name, other):
    assert same_unit(name, other)


@pytest.mark.parametrize(("name", "other"), [
    # near-misses: two levels, a sibling by ordinal, another body of the place
    ("市交投集团", "省交投集团"),
    ("市第一医院", "武汉第二医院"),
    ("市交投集团", "武汉地铁集团"),
    ("区人民法院", "市中级人民法院"),
    ("县人民法院", "中级人民法院"),
])
def test_other_units_stay_apart(name, other):
    assert not same_unit(name, other)


def test_entered_and_met_unit_is_one_visit():
    text = ("市委第二巡察组进驻市城投集团开展巡察工作\n根据市委统一部署，市委第二巡察组近日进驻襄阳城投集团开展巡察工作。"
            "9月5日上午，市委第二巡察组巡察市城投集团工作动员会召开。")
    assert len(named_units(text)) == 1


# --- a central round's list: provinces with their level, bodies named for the whole country -------------------------


@pytest.mark.parametrize(("text", "units"), [
    ("经党中央批准，二十届中央第三轮巡视将对河北省、山西省、辽宁省、宁夏回族自治区、全国总工会机关、商务部等6个地方、单位党组织"
     "开展常规巡视。", ["河北省", "山西省", "辽宁省", "宁夏回族自治区", "全国总工会机关", "商务部"]),
    ("中央巡视组分别对黑龙江省、四川省、全国妇联机关、全国工商联机关等4个地方和单位开展了巡视。",
     ["黑龙江省", "四川省", "全国妇联机关", "全国工商联机关"]),
])
def test_central_list_with_provinces_and_national_bodies(text, units):
    assert named_units(text) == units


@pytest.mark.parametrize(("text", "units"), [
    # near-misses: the whole of a place names no one; a place that is no province keeps its own ending rule
    ("市委巡察组对全市各乡镇、全县教育系统开展专项巡察。", []),
    ("省委巡视组对全省、全国性行业协会驻省机构开展了巡视。", []),
])
def test_whole_places_are_no_units(text, units):
    assert named_units(text) == units


# --- leaders of bodies brought into a visit's scope name no units visited -------------------------------------------


def test_leaders_brought_into_scope_are_no_units():
    text = ("十九届中央第六轮巡视将对北京市、天津市、公安部等3个地方、单位党组织开展常规巡视。根据规定，对本轮巡视涉及的长春、"
            "杭州、宁波等3个副省级城市党委和人大常委会、政府、政协党组主要负责人，一并纳入巡视范围。")
    assert named_units(text) == ["北京市", "天津市", "公安部"]


def test_list_before_leaders_in_scope_stays():
    # near-miss: the units visited in the same sentence stay; only the leaders' part is dropped
    text = "省委巡视组对甲市、乙市开展巡视，并将甲市、乙市人大常委会、政协党组主要负责人一并纳入巡视范围。"
    assert named_units(text) == ["甲市", "乙市"]


# --- "we" (我局) are the one body of the same kind a group visits elsewhere in the text ------------------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("根据县委统一部署，2022年3月1日至4月15日，县委第三巡察组对我局进行了巡察。5月20日，县委第三巡察组巡察县林业局党组情况"
     "反馈会召开。按照巡察工作有关要求，现将巡察整改进展情况予以公布。", "县林业局党组"),
    ("根据区委统一部署，2023年9月4日至10月20日，区委第一巡察组对我局党组开展了常规巡察。11月8日，区委第一巡察组巡察区"
     "市场监管局党组反馈会召开。现将巡察整改进展情况予以公布。", "区市场监管局党组"),
])
def test_we_are_the_body_a_group_visits(text, unit):
    assert [i.unit_full for i in parsed_inspections(text)] == [unit]


@pytest.mark.parametrize("text", [
    # near-misses: a body of another kind, or two bodies, say nothing of who "we" are
    "根据县委统一部署，2022年3月1日至4月15日，县委第三巡察组对我局进行了巡察。5月20日，县委第三巡察组巡察城关镇党委情况"
    "反馈会召开。现将巡察整改进展情况予以公布。",
])
def test_we_stay_unnamed_without_one_body_of_our_kind(text):
    assert [i.unit_full for i in parsed_inspections(text)] == [""]


# --- a round's work over a whole place's field names no unit; the local bodies of wherever groups go name none ------


@pytest.mark.parametrize("text", [
    "我市铺开自建房安全专项巡察\n2022/5/11 10:02:03\n5月9日,我市召开自建房安全专项巡察动员部署会议,对全市自建房安全专项"
    "巡察工作进行部署安排。\n根据市委巡察工作领导小组的安排,这次专项巡察的任务主要是巡察各县市区党委、政府主体责任落实情况。",
    "县委部署农村“三资”专项巡察\n发布时间:2021-03-05\n3月2日,县委召开动员会,对全县农村集体“三资”管理专项巡察工作进行"
    "动员部署。根据县委巡察工作领导小组安排,本次专项巡察时间为3月3日至4月30日。",
])
def test_whole_place_field_is_no_unit(text):
    assert [i.unit for i in parsed_inspections(text)] == [""]


@pytest.mark.parametrize(("text", "unit"), [
    # near-misses: a unit's own inspection work deployed, and a place whose name opens with 全, stay
    ("市委第二巡察组巡察市教育局党组工作动员会召开\n发布时间:2022-05-11\n5月10日,市委召开会议,对市教育局党组专项巡察工作"
     "进行部署安排。", "市教育局党组"),
    ("县委第一巡察组进驻全椒县教育局\n发布时间:2022-05-11\n5月10日,县委召开会议,对全椒县教育局党组专项巡察工作进行动员部署。",
     "全椒县教育局党组"),
])
def test_unit_work_deployed_keeps_unit(text, unit):
    assert [i.unit for i in parsed_inspections(text)] == [unit]


def test_local_bodies_are_no_units():
    text = ("我市铺开自建房安全专项巡察\n2022/5/11 10:02:03\n5月9日,我市召开自建房安全专项巡察动员部署会议。"
            "巡察结束后,巡察组将向当地党委、政府负责同志反馈巡察情况。")
    assert named_units(text) == []


def test_named_bodies_fed_back_stay():
    # near-miss: bodies with their own names (当阳市委, a place opening with 当) stay
    text = ("我市铺开自建房安全专项巡察\n2022/5/11 10:02:03\n5月9日,我市召开自建房安全专项巡察动员部署会议。"
            "巡察结束后,巡察组将分别向当阳市委、远安县委反馈巡察情况。")
    assert named_units(text) == ["当阳市委", "远安县委"]


# --- a span of days named as the visit's own time is the visit, not a meeting's days --------------------------------


@pytest.mark.parametrize(("text", "span"), [
    ("我市铺开自建房安全专项巡察\n2022/5/11 10:02:03\n5月9日,我市召开自建房安全专项巡察动员部署会议,对全市自建房安全专项"
     "巡察工作进行部署安排。\n根据市委巡察工作领导小组的安排,这次专项巡察的任务主要是巡察各县市区党委、政府主体责任落实情况。"
     "\n据悉,这次专项巡察时间从5月10日至25日。", (date(2022, 5, 10), date(2022, 5, 25))),
    ("县委部署农村“三资”专项巡察\n发布时间:2021-03-05\n3月2日,县委召开动员会,对全县农村集体“三资”管理专项巡察工作进行"
     "动员部署。根据县委巡察工作领导小组安排,本次专项巡察时间为3月3日至4月30日。", (date(2021, 3, 3), date(2021, 4, 30))),
])
def test_span_named_as_visit_time(text, span):
    assert [(i.start, i.end) for i in parsed_inspections(text)] == [span]


# --- a committee's own visit named in its meeting's name, the audit joined to it, names the unit --------------------


@pytest.mark.parametrize(("text", "unit"), [
    ("日期:2022-03-10\n根据集团党委统一部署,3月9日上午,集团党委巡察、审计物流公司工作动员会召开,集团党委常委出席会议并讲话。",
     "物流公司"),
    ("日期:2022-03-10\n根据市委统一部署,3月9日上午,市委巡察市水务集团工作动员会召开,市委巡察工作领导小组成员出席会议。",
     "市水务集团"),
    ("日期:2022-03-10\n根据集团公司党委统一部署,3月9日上午,集团公司党委巡察和审计港务公司工作动员会召开。", "港务公司"),
])
def test_committee_visit_in_meeting_name(text, unit):
    assert [i.unit for i in parsed_inspections(text)] == [unit]


def test_committee_rectification_meeting_names_no_unit():
    # near-miss: the committee's own rectification work in the meeting's name names no unit
    text = "日期:2022-03-10\n根据集团党委统一部署,3月9日上午,集团党委巡察整改工作动员会召开,集团党委常委出席会议并讲话。"
    assert [i.unit for i in parsed_inspections(text)] == [""]
