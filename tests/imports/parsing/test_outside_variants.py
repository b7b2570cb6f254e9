"""Variants of the constructions the r7 pass taught the importer (issue 14), written by hand: the same construction
with other units, dates and wording, and near-misses the rule must not fire on. They test that a rule reads the
construction, not the one r7 text it was found on."""

from __future__ import annotations

from datetime import date

import pytest

from imports.parsing import DocumentError, parse_text
from tests.imports.parsing.variants import named_units, parsed_inspections


def _unit(text: str) -> str:
    """The one unit a text is about ("" when it names none or several)."""
    named = [i.unit for i in parsed_inspections(text) if i.unit]
    return named[0] if len(named) == 1 else ""


# --- the one unit of a news item ----------------------------------------------------------------------------------

UNIT_VARIANTS = [
    # an institution convening its party committee on the feedback it received
    ("5月9日上午，县委第二巡察组召开县直学校专项巡察反馈会。当天下午，县人民医院立即召开党委扩大会，认真学习传达县委"
     "巡察反馈意见。\n", "县人民医院"),
    # the party body rectifying the feedback, subject of the sentence after a purpose clause
    ("为切实抓好县委第一轮巡察反馈问题整改工作，县交通运输局党组认真对照整改要求，于5月8日召开整改工作推进会议。\n",
     "县交通运输局党组"),
    ("为深入贯彻落实市委巡察反馈意见整改要求，市妇幼保健院党委于3月8日召开巡察整改工作部署会。\n", "市妇幼保健院党委"),
    ("3月15日，县教育局召开巡察整改专题民主生活会，对照县委第二巡察组反馈意见逐条检视。\n", "县教育局"),
    # the unit whose leaders meet the group before the visit
    ("3月2日，校党委第一巡察组在行政楼与外国语学院领导班子见面沟通，介绍巡察工作安排。\n", "外国语学院"),
    ("4月8日，市委第四巡察组与市司法局领导班子召开见面沟通会。\n", "市司法局"),
    # a party body named with the organisations under it
    ("近日，县委第三巡察组在巡察结束后，复盘对新街镇党委及所属12个村（社区）党组织，开展提级巡察工作情况。\n",
     "新街镇党委"),
    ("近日，县委第二巡察组对县城管局及所属3个中队党支部开展常规巡察。\n", "县城管局"),
    # going to the unit: 前往 … 开展巡察, 到 … 反馈
    ("11月3日，根据集团党委统一部署，巡察工作组前往省建工物资有限公司开展专项巡察。\n", "省建工物资有限公司"),
    ("根据县委巡察工作统一部署，4月8日下午，副县长率县委第一巡察组到县卫健局反馈巡察情况。\n", "县卫健局"),
    # the person fed back to and the unit's leadership are the unit's
    ("根据县委部署，近日，县委第一巡察组向县财政局党组反馈巡察情况。县委第一巡察组组长代表巡察组分别向王明同志和县财政局"
     "党组领导班子反馈了巡察情况。\n", "县财政局党组"),
    # the group's words before the unit it inspected
    ("6月3日，县民政局召开会议，对三届县委第二巡察组巡察县民政局党组反馈意见整改工作进行再部署。\n", "县民政局党组"),
    # the unit's party body named in full where it is inspected
    ("根据县委统一部署，近日，县委第一巡察组进驻城关街道开展巡察。召开巡察城关街道党工委进驻工作动员会，组长作动员讲话。\n",
     "城关街道党工委"),
    # a headline with its place before a colon, then the page's date and byline lines
    ("宜宾市翠屏区：区委第三巡察组巡察区民政局党组反馈会召开\n2024-05-06 10:00:00\n翠屏区民政局\n"
     "4月28日，区委第三巡察组巡察区民政局党组反馈会召开。\n", "区民政局党组"),
]


@pytest.mark.parametrize(("text", "unit"), UNIT_VARIANTS, ids=[unit for _, unit in UNIT_VARIANTS])
def test_the_one_unit_of_a_news_item(text, unit):
    assert _unit(text) == unit


UNIT_NEAR_MISSES = [
    # a hospital's meeting on something else
    "5月9日上午，县委第二巡察组召开县直单位专项巡察反馈会。当天下午，县人民医院召开党委扩大会，研究年度预算工作。\n",
    # a purpose clause that is no rectification of a feedback
    "为做好防汛工作，县水利局党组于5月8日召开整改工作推进会议。县委第一巡察组列席。\n",
    # a training trip is no visit
    "根据县委巡察工作安排，县委巡察组前往延安干部学院开展巡察干部培训。\n",
    # a group meeting teachers, not a unit's leadership
    "3月2日，校党委第一巡察组与师生代表座谈，了解巡察工作意见。\n",
]


@pytest.mark.parametrize("text", UNIT_NEAR_MISSES)
def test_no_unit_is_guessed(text):
    units = [i.unit for i in parsed_inspections(text)] if _parses(text) else []
    assert not any(units)


def _parses(text: str) -> bool:
    try:
        parse_text(text, "variant.txt")
    except DocumentError:
        return False
    return True


def test_a_bare_place_keeps_its_name_when_its_party_body_is_only_mentioned():
    text = ("根据区委统一部署，近日，区委第三巡察组进驻石门街道开展巡察。石门街道党工委书记表示将全力配合。\n")
    assert _unit(text) == "石门街道"


# --- the units of a round ---------------------------------------------------------------------------------------

ROUND_VARIANTS = [
    # a town's own villages named after 对该镇: the villages are the units, the town is where the group stays
    ("根据县委巡察工作领导小组的统一部署，5月6日，县委第一巡察组进驻青山乡，对该乡东岭村、西岭村、石桥村等3个村开展"
     "第三轮巡察工作。\n", ["东岭村", "西岭村", "石桥村"]),
    # groups visiting their units in parallel, one of them in a clause of its own
    ("根据市委统一部署，3月6日至7日，市委第一巡察组、市委第二巡察组分别进驻市统计局、市档案馆开展巡察，市委第五巡察组"
     "进驻城南区东风街道开展提级巡察。\n", ["市统计局", "市档案馆", "城南区东风街道"]),
    # the units an entry was completed in
    ("六届县委第二轮巡察完成首批进驻\n根据县委巡察工作统一部署，六届县委第二轮巡察已正式启动，县委2个巡察组已完成"
     "城关镇、河口镇的首批进驻。\n", ["城关镇", "河口镇"]),
    # the units a round's plan names: 巡察的对象为…, 巡察单位为…
    ("学校党委启动第二轮校内巡察。会议确定了第二轮校内巡察的对象为文学院党委、历史学院党委、体育学院党委。\n",
     ["文学院党委", "历史学院党委", "体育学院党委"]),
    ("会议确定了首轮巡察单位，全面部署了巡察工作。首轮巡察单位为县档案馆、县总工会、团县委。\n",
     ["县档案馆", "县总工会", "团县委"]),
    # a collective "县属中学" is no unit; the schools named after it are
    ("近日，县委第三巡察组对县属中学开展教育系统巡察“回头看”。在开展县委第五轮巡察工作的基础上，对县第一中学、县实验"
     "中学等2家学校党组织开展为期8天的巡察“回头看”。\n", ["县第一中学", "县实验中学"]),
]


@pytest.mark.parametrize(("text", "units"), ROUND_VARIANTS, ids=[units[0] for _, units in ROUND_VARIANTS])
def test_the_units_of_a_round(text, units):
    inspections = parsed_inspections(text)
    assert inspections[0].unit == ""  # the round-level record
    assert sorted(named_units(text)) == sorted(units)


def test_one_group_entering_one_town_with_its_villages_unnamed_keeps_the_town():
    # near-miss of 对该乡…: no village is named, so the town stays the unit
    text = "根据县委统一部署，5月6日，县委第一巡察组进驻青山乡，对该乡开展第三轮常规巡察。\n"
    assert _unit(text) == "青山乡"


def test_a_second_sentence_about_one_unit_is_no_parallel_visit():
    # near-miss of the parallel visits: no 分别, one group and one unit, the list is the same unit's offices
    text = "根据县委统一部署，县委第二巡察组进驻县林业局开展常规巡察。\n"
    assert _unit(text) == "县林业局"


# --- the figures of summaries -------------------------------------------------------------------------------------


def _figures(text: str) -> list[tuple[str, float]]:
    return [(f.metric, f.value) for i in parsed_inspections(text) for f in i.figures]


FIGURE_VARIANTS = [
    # amounts and counts in 万, with 余
    ("十二届县委巡察以来，共发现问题线索3.2万余件，挽回经济损失46万余元。\n",
     [("clues_transferred", 32000), ("funds_recovered", 46)]),
    # 、-parallel counts of ranks of cadres, and an action named at the end of its clause
    ("十三届省委巡视以来，根据巡视移交问题线索，纪检监察机关立案审查厅级干部312名、处级干部2450名，组织部门对45名厅级和"
     "380名处级干部作出组织处理。\n",
     [("cases_filed", 312), ("cases_filed", 2450), ("organizational_handling", 45), ("organizational_handling", 380)]),
    # clues found and transferred in parallel; rectified-on-the-spot problems and problems solved for people are no
    # findings
    ("该区区委巡察组已完成对12个村（社区）的现场巡察，发现问题210个，推动立行立改问题18个，发现问题线索16条、已移交9条，"
     "帮助群众解决实际问题25个。\n",
     [("problems", 210), ("clues_transferred", 16), ("clues_transferred", 9)]),
    # a long quotation is the text's own statement; detention and transfer of the same people; the amount involved in
    # a recovery; 党政纪处理
    ("“今年以来专项巡察共发现问题线索31件，已立案6件，对3名乡科级干部采取留置措施并移送检察机关，党政纪处理12人，督促追缴"
     "违规发放补贴项目14个，涉及资金236.5万元……”这是该市开展专项巡察取得的成果。\n",
     [("clues_transferred", 31), ("cases_filed", 6), ("detained_people", 3), ("transferred_judicial", 3),
      ("disciplined_people", 12), ("funds_recovered", 236.5)]),
]


@pytest.mark.parametrize(("text", "figures"), FIGURE_VARIANTS, ids=[str(f[0]) for _, f in FIGURE_VARIANTS])
def test_figures_of_summaries(text, figures):
    assert sorted(_figures(text)) == sorted(figures)


FIGURE_NEAR_MISSES = [
    # a short quoted slogan keeps its numbers to itself
    ("十二届县委第三轮巡察坚持“一个问题、两张清单、3个机制”，发现问题线索5件。\n", [("clues_transferred", 5)]),
    # 、 before words of a metric of their own is no parallel count
    ("十届省委巡视反馈问题整改完成率达97.8%、移交问题线索处置率达99.7%。\n", [("completion_rate", 97.8)]),
    ("会议确定将发现的62条线索按照移送县纪委11条、交办被巡察单位51条的分类处置意见报审。县委第七轮巡察\n",
     [("clues_transferred", 62), ("clues_transferred", 11)]),
    # detained only: no transfer invented
    ("十二届县委巡察以来，对2名干部采取留置措施，给予党纪政务处分5人。\n", [("detained_people", 2), ("disciplined_people", 5)]),
]


@pytest.mark.parametrize(("text", "figures"), FIGURE_NEAR_MISSES, ids=[str(f[-1]) for _, f in FIGURE_NEAR_MISSES])
def test_figures_not_invented(text, figures):
    assert sorted(_figures(text)) == sorted(figures)


# --- problems listed in running text -------------------------------------------------------------------------------


def _problems(text: str) -> int:
    inspections = parsed_inspections(text)
    main = next((i for i in inspections if i.unit), inspections[0])
    return sum(len(item.children) or 1 for item in main.items)


PROBLEM_VARIANTS = [
    # 、-joined, after 还存在, ending 等问题
    ("根据县委统一部署，4月2日，县委第一巡察组向县人民医院党委反馈巡察情况。组长指出，巡察发现医院党委还存在落实公立医院"
     "党委领导下的院长负责制不到位、医疗服务质量提升缓慢、内部管理制度执行不严等问题。\n", 3),
    # ，-joined, after 发现
    ("根据区委统一部署，2023年5月8日，区委第三巡察组向城东街道党工委反馈巡察情况。组长指出，巡察中也发现城东街道推动基层治理"
     "不够有力，服务群众意识有所欠缺，党建引领作用发挥不充分，财务管理不规范等问题。\n", 4),
    # after 包括, ending 等。
    ("近日，校党委第二巡察组向被巡察单位反馈了巡察意见。巡察反馈意见指出，五家被巡察单位政治生态良好，但仍然存在一些问题，"
     "包括理论学习有待进一步深化，议事规则需要更加规范，干部队伍建设需要强化等。\n", 3),
    # ending 等问题，并…; a shortcoming worded 打折扣
    ("根据县委部署，近日，县委第四巡察组向县财政局党组反馈巡察情况。组长指出，巡察发现县财政局党组在落实全面从严治党主体"
     "责任方面存在压力传导不够、监督检查不严、制度执行打折扣等问题，并提出了整改意见。\n", 3),
    # after 巡察发现的, the aspects named before it
    ("9月5日，市委第二巡察组召开巡察市水利局党组情况反馈会。组长从聚焦党中央决策部署落实、聚焦群众身边腐败问题两个方面"
     "指出巡察发现的推进水利事业发展不够有力、工程项目监管存在漏洞等问题。\n", 2),
]


@pytest.mark.parametrize(("text", "count"), PROBLEM_VARIANTS, ids=[str(n) for n, _ in enumerate(PROBLEM_VARIANTS)])
def test_problems_listed_in_one_sentence(text, count):
    assert _problems(text) == count


PROBLEM_NEAR_MISSES = [
    # subjects listed, not shortcomings: no problems counted from them
    "根据县委统一部署，4月2日，县委第一巡察组向县教育局党组反馈巡察情况。组长指出了县教育局在聚焦重要决策部署、推进教育改革、"
    "基层党组织建设等方面存在的问题和不足。\n",
    # advice after the findings is no problem
    "根据县委统一部署，4月2日，县委第一巡察组向县教育局党组反馈巡察情况。组长提出三点意见建议：一要强化政治引领；二要强化"
    "党建引领；三要压实监督责任。\n",
]


@pytest.mark.parametrize("text", PROBLEM_NEAR_MISSES)
def test_no_problems_listed(text):
    assert _problems(text) == 0


# --- dates and rounds -------------------------------------------------------------------------------------------


def test_a_yearless_feedback_day_takes_the_year_of_the_pages_dated_byline():
    text = ("市委第三巡察组向市妇幼保健院党委反馈巡察情况\n时间:2023/6/12 09:15:02    作者:办公室\n"
            "根据市委统一安排，6月9日，市委第三巡察组巡察市妇幼保健院党委情况反馈会议召开。\n")
    [inspection] = parsed_inspections(text)
    assert inspection.feedback_date == date(2023, 6, 9)


def test_a_yearless_feedback_day_without_a_dated_page_stays_undated():
    text = "根据市委统一安排，6月9日，市委第三巡察组向市妇幼保健院党委反馈巡察情况。\n"
    [inspection] = parsed_inspections(text)
    assert inspection.feedback_date is None


def test_the_month_a_feedback_was_published_is_no_feedback_date():
    text = ("根据党中央统一部署，2021年3月至5月，十九届中央第七轮巡视对25个单位党组织开展常规巡视，2021年6月公布了反馈情况。\n")
    [inspection] = parsed_inspections(text)
    assert (inspection.start, inspection.end, inspection.feedback_date) == (date(2021, 3, 1), date(2021, 5, 31), None)


def test_the_entry_day_stated_after_an_undated_entry():
    text = ("根据区委统一部署，近日，区委第一巡察组进驻江湾街道开展巡察。\n区委第一巡察组自2023年4月10日起，进驻江湾街道"
            "开展为期2个月的巡察，本轮巡察受理信访时间为2023年4月10日至6月9日。\n")
    [inspection] = parsed_inspections(text)
    assert (inspection.unit, inspection.start, inspection.end) == ("江湾街道", date(2023, 4, 10), None)


def test_rounds_counted_since_the_first_name_no_round():
    text = "自2017年3月本届县委开展首轮巡察工作以来，全县巡察共发现各类问题1520个，移交问题线索86件。\n"
    [inspection] = parsed_inspections(text)
    assert inspection.round is None
    near_miss = "2017年3月，本届县委首轮巡察工作启动，县委3个巡察组进驻5家单位开展常规巡察。\n"
    assert parsed_inspections(near_miss)[0].round == 1


# --- r8 pass: unit lists ------------------------------------------------------------------------------------------

def test_a_place_named_with_he_keeps_it_and_a_leading_yiji_goes():
    text = ("经市委批准，十二届市委第三轮巡察将对和平区、和顺县等5个县区，以及市城市建设投资集团有限公司等3家国有企业党委"
            "开展常规巡察。\n")
    assert named_units(text) == ["和平区", "和顺县", "市城市建设投资集团有限公司"]
    near_miss = "经市委批准，十二届市委第三轮巡察将对市财政局、市审计局和市统计局开展常规巡察。\n"
    assert named_units(near_miss) == ["市财政局", "市审计局", "市统计局"]


def test_a_single_unit_with_its_own_kind_of_visit_after_a_list():
    text = ("经省委批准，本轮巡视对省水利厅等8个省直部门党组、省总工会等4个群团党组开展常规巡视，对省农垦集团党委开展提级"
            "巡视，对省监狱管理局党委开展专项巡视。\n")
    assert named_units(text) == ["省水利厅", "省总工会", "省农垦集团党委", "省监狱管理局党委"]
    # no list before it: the sentence is one visit, told as it always was
    near_miss = "根据区委统一部署，2024年3月5日，区委第二巡察组进驻区民政局，对区民政局党组开展常规巡察。\n"
    assert named_units(near_miss) == ["区民政局党组"]


def test_offices_counted_per_place_name_no_unit():
    text = ("按照市委部署，6月3日至4日，8个巡察组向本轮巡察的8个县（区）教育局、卫生健康局、医疗保障局等24家单位党组进行了"
            "反馈。\n")
    assert named_units(text) == []
    # a count of places alone, then named offices: the offices are units
    near_miss = "按照市委部署，市委巡察组对全市6个乡镇、市教育局、市卫生健康局开展专项巡察。\n"
    assert named_units(near_miss) == ["市教育局", "市卫生健康局"]


def test_towns_entered_to_visit_their_villages_are_no_units():
    text = ("十四届南海区委2021年第二轮村级党组织巡察于近日启动，进驻桂城街道、九江镇、西樵镇等五个镇街，对桂城街道"
            "平西社区等28个村级党组织展开巡察。\n")
    assert named_units(text) == ["桂城街道平西社区"]
    near_miss = "十四届南海区委第二轮巡察于近日启动，进驻桂城街道、九江镇、西樵镇开展常规巡察。\n"
    assert named_units(near_miss) == ["桂城街道", "九江镇", "西樵镇"]


# --- r8 pass: figures from the right clause -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # kinds of problem under aspects are no count of problems; the detailed problems are
    ("根据市委统一部署，市委第二巡察组对市水务局党组进行了巡察。针对市委巡察反馈的3个方面9类问题，局党组将反馈意见细化成"
     "27个具体问题，提出了86项整改措施。\n", [("problems", 27), ("measures", 86)]),
    # problems fixed while the group was there are no findings; the total after 共计 is
    ("本轮巡察发现被巡察单位存在党的领导弱化等3个方面问题共计412个，推动边巡边改问题58个。\n", [("problems", 412)]),
    # problems and clues counted together are neither; clues alone are
    ("本轮巡察发现街道和社区问题及问题线索210条。各巡察组共巡察发现社区问题线索36条。\n", [("clues_transferred", 36)]),
    # units covered by village inspections are no completed problems
    ("近年来，县委扎实开展村级延伸巡察工作。截止目前，全县180个村级党组织，已完成96个，覆盖率达到53.3%。\n", []),
])
def test_figures_read_from_their_own_clause(text, expected):
    assert [(metric, value) for metric, value in _figures(text)] == expected


def test_completed_problems_beside_no_coverage_are_read():
    text = "市委巡察反馈问题48个，已完成整改45个，整改完成率93.8%。\n"
    assert ("completed", 45) in _figures(text)


# --- r8 pass: rounds and terms of other bodies ------------------------------------------------------------------------

def test_a_round_studied_at_a_meeting_is_the_superiors_when_the_text_names_its_own():
    text = ("11月20日，集团公司党委巡察工作领导小组召开会议，传达学习十九届中央第九轮巡视工作动员部署会精神，听取集团公司"
            "党委第五轮巡察情况汇报。\n集团公司党委第五轮巡察对4个二级单位党委开展了常规巡察。\n")
    [inspection] = parsed_inspections(text)
    assert (inspection.term, inspection.round) == (None, 5)
    # studied alone, with no round of the text's own, the studied round stays what the text is about
    near_miss = "11月20日，省交通厅党组召开会议，传达学习十九届中央第九轮巡视工作动员部署会精神，对巡视工作作出安排。\n"
    [inspection] = parsed_inspections(near_miss)
    assert (inspection.term, inspection.round) == (19, 9)


def test_last_years_round_is_an_earlier_one():
    text = ("8月23日，县委专项巡察组正式进驻县教育局，开展专项巡察。对于县教育局而言，这也是去年县内首轮巡察之后的一次"
            "“回头看”。\n")
    assert parsed_inspections(text)[0].round is None
    near_miss = "8月23日，县委第一巡察组正式进驻县教育局，开展县委首轮巡察。\n"
    assert parsed_inspections(near_miss)[0].round == 1


def test_a_party_group_said_once_after_a_run_of_offices():
    text = "3月5日上午，市委第二巡察组巡察财政局、审计局、统计局党组工作动员会召开。\n"
    assert named_units(text) == ["财政局", "审计局", "统计局"]
    # each office with its own 党组: the names stay as written
    near_miss = "3月5日上午，市委第二巡察组巡察财政局党组、审计局党组、统计局党组工作动员会召开。\n"
    assert named_units(near_miss) == ["财政局党组", "审计局党组", "统计局党组"]


def test_a_list_cut_by_the_copier_runs_to_the_cut():
    text = ("11月3日，十三届市委第二轮巡察动员部署会召开。\n经市委批准，本轮巡察对市委编办、市发展改革委、市民政局、"
            "市财政局……\n")
    assert named_units(text) == ["市委编办", "市发展改革委", "市民政局", "市财政局"]
    # not cut: an object with no verb of a visit names nothing
    near_miss = "11月3日，十三届市委第二轮巡察动员部署会召开。\n经市委批准，本轮巡察对市委编办、市发展改革委、市民政局、市财政局。\n"
    assert named_units(near_miss) == []


def test_units_entered_listed_after_their_own_fenbiewei():
    text = ("近日，十二届省委第三轮巡视完成进驻。\n第二批已进驻的12个部门和地区分别为省水利厅、省林草局、省商务厅、"
            "省统计局。\n")
    assert named_units(text) == ["省水利厅", "省林草局", "省商务厅", "省统计局"]
    # a list checked by another office (no visit, no entry) is none
    near_miss = ("近日，十二届省委第三轮巡视完成进驻。\n省政府督查组第二批督查的12个部门分别为省水利厅、省林草局、省商务厅、"
                 "省统计局。\n")
    assert named_units(near_miss) == []


def test_a_schedule_of_schools_by_dates():
    text = ("根据安排，县委第二巡察组对县卫健系统巡察分两个批次进行。5月6日至6月5日，巡察县人民医院、县中医院和县妇幼保健院；"
            "6月6日至7月5日，巡察县卫健局、城关一中和县疾控中心。\n")
    assert named_units(text) == ["县人民医院", "县中医院", "县妇幼保健院", "县卫健局", "城关一中", "县疾控中心"]
    # a day then 巡察期间: no list
    near_miss = "5月6日，巡察期间，县委第二巡察组受理信访举报12件。\n"
    assert named_units(near_miss) == []


def test_bare_lists_under_the_heading_of_the_units_visited():
    text = ("十三届县委第五轮巡察公告\n按照县委巡察工作部署，县委第五轮巡察对6个单位党组织开展常规巡察。现公告如下：\n"
            "一、巡察对象\n（1）常规巡察\n县实验小学、县第二中学、县人民医院\n（2）巡察“回头看”\n城南村、城北村、县供销社\n"
            "二、联系方式\n县委第一巡察组、县委第二巡察组\n")
    assert named_units(text) == ["县实验小学", "县第二中学", "县人民医院", "城南村", "城北村", "县供销社"]


def test_units_named_at_the_meetings_a_group_held():
    text = ("根据学校党委巡察工作统一部署，9月5日下午，巡察组依次召开了巡察外国语学院党总支、体育学院党总支、图书馆直属党支部"
            "进驻动员会，校党委第二轮巡察全面展开。\n")
    assert named_units(text) == ["外国语学院党总支", "体育学院党总支", "图书馆直属党支部"]
    near_miss = "9月5日，外国语学院、体育学院分别召开了巡察动员会，校党委第二轮巡察全面展开。\n"
    assert "动员会" not in named_units(near_miss)


def test_counted_organisations_or_a_subject_are_no_one_unit():
    assert named_units("6月3日，区委第二巡察组在城关街道向城关街道5个社区党委反馈巡察情况。\n") == []
    text = ("县委专项巡察组巡察教育领域工作动员会议召开\n8月3日，县委专项巡察组正式进驻县教育局、县体育局等单位，对教育领域"
            "重点工作开展专项巡察。\n")
    assert named_units(text) == ["县教育局", "县体育局"]


def test_one_more_unit_visited_in_the_sentence_of_a_list():
    text = ("根据市委安排部署，2024年3月17日，市委选派5个巡察组，对市民政局、市水利局、市职业技术学院……等9家市直单位党组织"
            "开展常规巡察，采取“巡乡带村”方式对台前县城关镇党委及所辖30个村级党组织开展提级巡察。\n")
    assert named_units(text) == ["市民政局", "市水利局", "市职业技术学院", "台前县城关镇党委"]
    # alone, the town's committee is the one unit
    near_miss = "2024年3月17日，市委第一巡察组对台前县城关镇党委及所辖30个村级党组织开展提级巡察。\n"
    assert _unit(near_miss) == "台前县城关镇党委"


# --- r8 pass: the one unit of a news item -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # the group's number after 组 or in place of it
    ("根据学院党委统一部署，5月8日上午学院党委巡察组三组巡察附属小学工作动员会在附小会议室召开。\n", "附属小学"),
    ("按照县委统一部署，9月4日下午，县委巡察二组巡察县医保局党组情况反馈会议在县医保局会议室召开。\n", "县医保局党组"),
    # a word doubled by the copier
    ("按照县委统一部署，9月4日下午，县委巡察二组巡察巡察县医保局党组情况反馈会议在县医保局会议室召开。\n", "县医保局党组"),
    # a bracket of member bodies stays with the name
    ("2025年3月6日上午，县委第一巡察组巡察县文化旅游局党组（县文物管理所、县图书馆）工作动员会召开。\n",
     "县文化旅游局党组（县文物管理所、县图书馆）"),
    # 动员部署会议, and the group's 巡察时间为… later is no second unit
    ("按照区委统一部署，2024年3月8日下午，区委第二巡察组巡察区残联党组动员部署会议召开。\n区委第二巡察组巡察时间为"
     "2024年3月5日至2024年5月10日，巡察期间设置了信箱。\n", "区残联党组"),
    # the title's short name and the meeting's full one are one unit
    ("区党工委第一巡察组进驻教育体育局开展巡察\n3月5日上午，区党工委第一巡察组巡察高新区教育体育局党组工作动员会在"
     "区政务中心召开，对巡察工作进行全面动员和部署。\n", "高新区教育体育局党组"),
])
def test_the_one_unit_a_group_visits(text, expected):
    assert _unit(text) == expected


def test_a_meeting_on_the_visit_itself_names_no_unit():
    text = "3月5日上午，区委巡察办召开会议，对巡察工作进行全面动员和部署。\n区委第一巡察组开展常规巡察。\n"
    assert named_units(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("根据集团党委的统一部署，集团公司党委第三巡察组自5月6日开始对省交通建设公司开展为期1个月的巡察工作。\n",
     "集团公司党委第三巡察组"),
    ("根据集团党委统一部署，集团党委第二巡察组近日进驻公司开展巡察。\n", "集团党委第二巡察组"),
    ("5月6日，市国资委党委第一巡察组进驻市城投集团、市水务集团开展专项巡察。\n", "市国资委党委第一巡察组"),
    # a city's 党委 of a district is still the level body alone
    ("5月6日，区委第一巡察组进驻区民政局开展常规巡察。\n", "区委第一巡察组"),
])
def test_an_enterprises_or_commissions_group_keeps_its_owner(text, expected):
    assert parsed_inspections(text)[0].group == expected


def test_a_groups_own_revisit_is_the_visit_when_no_other_is_stated():
    text = ("根据地委巡察工作领导小组部署，2021年8月10日，地委第一巡察组向地区水利局党组反馈巡察情况。\n根据地委统一安排，"
            "2021年5月6日至6月20日，地委第一巡察组对地区水利局党组开展了常规巡察“回头看”。\n")
    [inspection] = parsed_inspections(text)
    assert (inspection.start, inspection.end, inspection.feedback_date) == (
        date(2021, 5, 6), date(2021, 6, 20), date(2021, 8, 10))
    # a 回头看 of someone else's rectification, beside the visit itself: the visit's days stay the period
    near_miss = ("2021年5月6日至6月20日，地委第一巡察组对地区水利局党组开展了常规巡察。\n2021年9月1日至9月10日，地委督查组"
                 "对巡察整改情况开展“回头看”。\n")
    [inspection] = parsed_inspections(near_miss)
    assert (inspection.start, inspection.end) == (date(2021, 5, 6), date(2021, 6, 20))
