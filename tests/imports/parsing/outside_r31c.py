"""Outside texts of batch r31 (issue 14), collector C's share, held out: provincial and central inspections of places and
departments (巡视 entries, mobilisations, feedback and rectification news, progress reports of cities and departments,
provincial and central rounds' lists) and audit rectification texts, collected with the search tool from public pages
that are in no earlier batch. Each address was checked against every outside batch (outside_*.py, r30 included) and
test_outside_documents.py, with and without www./m./mip./wap. and its query string, and two or three distinctive names
or phrases of each text were grepped in them, in simplified and traditional script; at the end the other collectors'
files (outside_r31.py, outside_r31b.py and outside_r31d.py, as they stood when this file was finished) were grepped the
same way, and the file was compared with `bench/outside_overlap.py tests/imports/parsing/outside_r31c.py` (its summary is under
"Overlap" below). Their fields are written down by reading only. The importer was not run on them, no test or bench that
runs it was run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring, and the brief); the integrator runs them
once, and that run is the honest figure for unseen texts.

Sources. 13 texts from the search tool's "pages" corpus, all with their address. The corpus is all but exhausted for this
share: of about 150 candidate addresses the searches returned (about 45 queries: provincial and central feedback
meetings, progress reports of cities, counties and provincial departments in simplified and traditional script,
provincial rounds' entries and mobilisations by province, year and group number, central rounds' lists and feedback,
municipalities' own rounds, regions' and prefectures' rounds, provincial procuratorates', courts', customs', tax and
weather bureaus' vertical inspections, congress and CPPCC party groups' rectification meetings, audit rectification
reports, audit committee meetings and audit rectification checks), about nine in ten were earlier batches' (every
progress report the corpus returned, every Hebei, Jiangsu, Anhui, Fujian, Hunan, Hubei, Chongqing, Guangxi, Ningxia,
Xinjiang, Inner Mongolia, Shaanxi and Gansu round it returned, the nineteenth central committee's first and sixth rounds'
lists, the twentieth central rounds' provincial feedback, the supreme procuratorate's rounds, and every budget audit
rectification report of a province it returned). What still gave new texts: Yunnan's provincial rounds on a copying
portal and a Hong Kong agency (the eleventh committee's third, fourth and eleventh rounds, 2015's first round), two
provincial groups' county mobilisations (Mouding, Jinping) and one district entry (Echeng), Shandong's eleventh
committee's fourth round with its 36 bodies, the twentieth central committee's fifth round's entries in a mirror's copy,
a city congress party group's meeting on a central inspection's rectification, and three audit texts (a city's 2020
budget audit rectification report with its dates run together, two county audit committee meetings).

Families and counts (13 texts, 1 in SHARES_TEMPLATE, 12 measured). progress 0 (no progress report was new); news 3, all
measured, two with a unit and a group (echeng_provincial_seventh_group_entry_mobilisation,
mouding_provincial_sixth_group_mobilisation) and one expecting nothing of a visit
(city_congress_party_group_central_rectification_life_meeting); rounds 1, measured, a round list of 36 bodies
(shandong_eleventh_term_fourth_round_thirty_six_bodies_year_lost, its Jining mobilisation's day with its year lost);
audit 3, all measured and expecting nothing (qingdao_2020_municipal_audit_rectification_report_run_together_dates,
pingxiang_county_audit_committee_tenth_meeting, xiushan_county_audit_committee_sixth_meeting); noisy 6, five measured: a
mirror's copy with its name in an image caption (central_twentieth_term_fifth_round_entries_mirror_copy_2025, a round
list of 22), traditional script with pinyin in brackets (yunnan_eleventh_term_eleventh_round_twenty_counties_pinyin_trad,
a round list of 20; yunnan_eleventh_term_fourth_round_twenty_nine_counties_counted_pinyin_trad, counted only;
yunnan_2015_first_round_counted_bodies_pinyin_trad, counted only, with garbled characters), traditional script with a
garbled word (yunnan_eleventh_term_third_round_thirty_one_counties_garbled_trad, counted only), and one in
SHARES_TEMPLATE (jinping_provincial_third_group_mobilisation_trad). Measured round lists: 3 (36, 22 and 20 bodies).
Measured texts expecting nothing of a visit: 4 (the three audit texts and the congress meeting).

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 104 fields and 90
absence checks in all; 102 fields and 83 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
news 4 fields and 23 absence checks, rounds 39 and 4, audit 3 and 27, noisy 56 and 29. No text states an inspection's
count a careful reader takes as a figure (the audit report's 153 kinds of problems, 29 letters and 7 interviews are the
audit's), so no figure is read; every figures key is an absence check.

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r31c.py` (13 texts against 1790 earlier): no address is
shared; 116 pairs share over 3 shingles, 21 of them over 3 beyond the tool's formulas, longest shared run 33
characters; no text shares more than formulas with the seeds. Beyond formulas: Jinping's mobilisation with r16's
yuxi_high_tech_zone_provincial_special_trad (the Yunnan groups' mobilisation template, 的見面溝通會,通報了巡視任務,提出了
工作要求;…主持會議并表態講話, on the same copying portal: put in SHARES_TEMPLATE); Mouding's with
jilin_writers_association_provincial_mobilisation, xinjiang_zhundong_zone_regional_first_group_mobilisation and
science_technology_university_eleventh_term_fourth_round_leading_group_two_colleges (the provincial mobilisation formula
and the regulations' definition 是上级党组织对下级党组织履行党的领导职能责任的政治监督: other provinces and bodies); the
congress meeting with r29c's xuchang_congress_party_group_rectification_life_meeting (巡视整改专题民主生活会。市人大常委会:
another city and year); Shandong's round with fujian_justice_department_provincial_sixth_group_mobilisation and
sichuan_forestry_grassland_bureau_provincial_sixth_group_mobilisation (工作动员会召开。会前,省委巡视工作领导小组成员: other
provinces); Qingdao's report with jiangxi_audit_2024 and sichuan_audit_rectification_report_copy (the budget audit
wording); Pingxiang's meeting with r29c's ankang_county_audit_committee_2023_second_meeting (日,县委书记、县委审计委员会
主任) and Xiushan's with r29c's beijing_2020_municipal_audit_rectification_report (习近平总书记关于审计工作的重要
讲话); the central round's copy with r10's xwlb_central_second_mobilisation (Li Xi's title), r19's
shanxi_central_second_group_mobilisation and r20's central_nineteenth_term_sixth_round_list_2020 (runs of province
names); the Yunnan copies with traditional-script pinyin copies of other bodies (工作動(dòng)員會(huì), 開(kāi)展常規(guī)巡) and
r10's hubei_33_departments_trad (the agency's page chrome, 省委11個巡視組完成對3); all other pairs share official
formulas only and are measured. Source events: the central fifth round's feedback is held in outside_set.py's
central_feedback (the fifth and sixth rounds' provincial feedback) and its Shanxi mobilisation is presumably r19's
shanxi_central_second_group_mobilisation (it names no round); the copy here is the round's list of entries, another kind
of text, and is measured. Mouding is among the counties of the Yunnan eleventh round listed here and Jinping among the
counties of the fourth round counted here: a group's mobilisation and a round's entries are different kinds of text, and
both are kept. The other collectors' files were grepped for every address, domain and two or three names of each text
(outside_r31.py, outside_r31b.py and outside_r31d.py as they stood when this file was finished): no text or address of
this file is in them; the one domain shared is the copying portal qdubb.cn (earlier batches draw on it too), where r31b
holds county_second_group_land_compensation_petition_diary_pinyin_trad, another page and kind of text.

Reading conventions (outside_set.py's settled conventions 1-13 and the written conventions of outside_r24.py's,
outside_r29c.py's and outside_r30c.py's docstrings, followed exactly): a provincial group's visit to a county or district
has the place as its unit as the meeting's name or the title writes it (巡视牟定县工作动员会 -> 牟定县, 进驻鄂城区 ->
鄂城区), as r26c's qinan and tianzhu read it; a day without a year gives no date (Echeng's 08-12 and 8月12日, Shandong's
10月10日起 and its copy's 年10月10日, the meetings' days); 近日, 日前 and the garbled 日期 give no day; 截至X日…完成进驻 is no
start (r28); a mobilisation or meeting day is no start; a planned length (50天左右, 巡视时间3个月, 用3个月時間) is no end; a
round only conveyed (十一届省委第三轮, whose report the Shandong secretary heard; 中央巡视整改) is not the text's, and meeting
counts and sessions (第十次会议, 第六次会议, 六届市委审计委员会第五次会议, 市十六届人大常委会第十七次会议) and notice numbers
(2021年第3号(总第69号)) are no term or round; 2015年第一輪 is round 1 with no term (r7's gansu_2015); places and bodies in a
round's list are units as written (settled 8: the Yunnan counties written short as the list writes them, 个旧, 红河 …; the
central round's provinces with their 省 and 自治区), bodies revisited (祥云县, 巡视“回头看”) included as r24's lists include
them, a body inspected at a raised level (云南省昆明市, 提级巡视) kept as r8's neimenggu_ninth keeps its 提级巡视 body,
bracketed second names with full-width brackets (settled 7); counted kinds (29個縣(市), 3個州市、57個縣市區…) are no units;
expected values of traditional-script texts are written simplified; audit texts and a meeting that only rectifies a
central inspection's feedback expect no group, no dates, no round, no units, no problems, no figures.

What I was unsure of, and how I read it: the twentieth central fifth round's five sub-provincial cities are inspected
jointly with provincial bodies (会同有关省委巡视机构对长春市…等5个副省级城市开展联动巡视); they are read as units of the
round's list (对A市…开展巡视, settled 8), unlike the cities whose leaders r20's central_nineteenth_term_sixth_round_list_2020
only brings into scope (一并纳入巡视范围) -- a reader who keeps only the sixteen regular regions and Kunming would score
five units otherwise, and the integrator may correct it; the Shandong page tells the round's list and then the first
group's mobilisation at Jining, so its unit is "" (a round's list, Jining among its units) and the group, told for one of
15 groups, is left unscored; the congress meeting's body is left unscored as a unit (r30c's muye reading); the Echeng
district is written as the title names it (鄂城区), not as 鄂城区委, which the text names only as the body that must
cooperate. 13 texts, 12 outside SHARES_TEMPLATE.
"""

from __future__ import annotations

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the Yunnan provincial groups' county mobilisation formula on the same copying portal (qdubb.cn) as r16's
    # yuxi_high_tech_zone_provincial_special_trad (见面沟通会, 通报了巡视任务，提出了工作要求, 通报了干扰对抗巡视…的典型问题,
    # 主持会议并表态讲话, in traditional script): another round and county, but the province's template on the portal r16 holds
    "jinping_provincial_third_group_mobilisation_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R31C = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://m-ezhou.cjyun.org/p/101357.html (a city portal: a provincial group's entry into a district, mobilised there:
    # the district is the unit as the title names it (进驻鄂城区), as r26c's qinan_provincial_fourth_group and
    # tianzhu_provincial_eleventh_group read 秦安县 and 天柱县; group 省委第七巡视组; the dateline 08-12 and 8月12日下午
    # have no year: no start (a mobilisation day, and no year either); no round or term named; the inspection of earlier
    # feedback's rectification (巡视反馈的问题意见整改落实) is a point of this visit, no problems listed)
    # (r32 pass: the unit corrected to the place's party committee the text names, by settled convention 15)
    ("echeng_provincial_seventh_group_entry_mobilisation", "http://m-ezhou.cjyun.org/p/101357.html", "news", """省委第七巡视组进驻鄂城区开展巡视

08-12 21:36  

根据省委统一部署,8月12日下午,省委第七巡视组在鄂城区召开巡视工作动员会。

省委第七巡视组组长张正新作动员讲话。市委常委、市纪委书记、市监委主任、市委巡察工作领导小组组长严冀钢出席动员会。鄂城区委书记刘厚文主持会议并作表态发言。

张正新在动员会讲话中指出,这次巡视体现了省委对鄂城区的高度重视。……省委第七巡视组将牢牢把握巡视重点任务,坚定不移深化政治巡视,……加强巡视整改情况的监督检查,重点检查巡视反馈的问题意见整改落实和移交的问题线索办理情况。鄂城区委要加强组织协调,积极支持配合省委巡视组开展工作,对巡视反馈问题要认真组织整改。
""", {"unit": "鄂城区委", "group": "省委第七巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://mdx.gov.cn/info/1040/54412.htm (a county portal: a provincial group's mobilisation at the county: unit
    # 牟定县 as the meeting's name writes it (巡视牟定县工作动员会), group 省委第六巡视组; 近日 gives no day; no round or
    # term named. Mouding is among the twenty counties of the Yunnan round listed below
    # (yunnan_eleventh_term_eleventh_round_twenty_counties_pinyin_trad), presumably this visit's round, but the text does not
    # name it: another kind of text (one group's mobilisation), measured)
    # (r32 pass: the unit corrected to the place's party committee the text names, by settled convention 15)
    ("mouding_provincial_sixth_group_mobilisation", "http://mdx.gov.cn/info/1040/54412.htm", "news", """按照省委关于巡视工作的统一部署,近日,省委第六巡视组巡视牟定县工作动员会召开。会议通报了近年来干扰对抗巡视工作的典型问题;省委巡视组组长施静春作动员讲话,对深入学习贯彻习近平总书记关于巡视工作的重要论述、扎实开展巡视工作提出要求;牟定县委书记李明峰主持会议并讲话。

牟定县委常委,县人大常委会、县政府、县政协党组领导班子成员,县人民法院、县人民检察院党组和云南牟定产业园区党工委主要负责同志,省委第六巡视组有关同志出席会议。……
施静春强调,巡视是上级党组织对下级党组织履行党的领导职能责任的政治监督,……省委决定对牟定县开展常规巡视,是高质量推进巡视全覆盖的必然要求,……
""", {"unit": "牟定县委", "group": "省委第六巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://tcrd.cn/news/4379.html (a city congress's portal: the standing committee's party group holds its 2020
    # democratic life meeting together with the meeting on rectifying a central inspection's feedback: the central round is
    # only conveyed (中央巡视整改), no group, no round, no day (3月8日 is the meeting's and has no year); the party group
    # is the body rectifying but no visit names it: unit left unscored, as r30c's muye_district_secretary_meeting; expects
    # nothing of a visit)
    ("city_congress_party_group_central_rectification_life_meeting", "http://tcrd.cn/news/4379.html", "news", """图为会议现场。
3月8日下午,市人大常委会党组书记王志义主持召开市人大常委会党组2020年民主生活会暨中央巡视整改专题民主生活会。市人大常委会党组副书记、副主任何智,党组成员付伟,党组成员、办公室主任周朝元出席会议。
王志义首先代表市人大常委会党组班子作对照检查,深入查摆了存在的突出问题,剖析了问题产生的思想根源,提出了具体整改措施,并带头开展自我批评、接受其他党组成员的批评。其他党组成员逐一作对照检查,并开展批评和自我批评。
王志义指出,……下一步,市人大常委会党组要以此次专题民主生活会为起点,……坚持标本兼治,一手抓整改,一手建制度,做到综合治理、源头治理,确保整改工作取得实效;……(汪桂云 金洁 程邦民)
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://www1.shuichengzx.com/jwbfz/1362.html (a copying domain's page on a province's round: the eleventh provincial
    # committee's fourth round (term 11, round 4) over 36 places, departments and bodies, all named; they are the round's
    # units as written (settled 8), 济宁市 and its two counties each a unit (及 joins them), the two bracketed second names
    # with full-width brackets (settled 7: 省教育厅（省委教育工委）, 齐鲁工业大学（省科学院）); then the first group's
    # mobilisation at Jining, whose day lost its year in the copy (年10月10日上午): 10月10日起 and 年10月10日 give no date,
    # so no start; 巡视时间3个月 is a planned length: no end. 十一届省委第三轮 is the round whose report the secretary heard,
    # only conveyed (not the text's). The page is a round's list: unit ""; the first group (省委第一巡视组, told for the
    # Jining meeting only, one of 15 groups) is left unscored)
    ("shandong_eleventh_term_fourth_round_thirty_six_bodies_year_lost", "http://www1.shuichengzx.com/jwbfz/1362.html", "rounds", """经山东省委批准,十一届省委第四轮巡视安排15个组,对济宁市及兖州区、汶上县,泰安市及肥城市、宁阳县,威海市及文登区、荣成市,临沂市及罗庄区、临沭县,聊城市及茌平县、东阿县,菏泽市,省发展改革委、省教育厅(省委教育工委)、省人力资源社会保障厅、省文化厅、省环保厅、省旅游发展委、省国资委、大众报业集团、省商业集团有限公司、山东钢铁集团有限公司、山东黄金集团有限公司、山东出版集团有限公司、山东广电网络有限公司、山东师范大学、烟台大学、山东建筑大学、鲁东大学、山东财经大学、齐鲁工业大学(省科学院)、菏泽学院36个地方、部门和单位党组织开展巡视,巡视时间3个月。
10月10日起,各巡视组陆续召开巡视工作动员会,进驻被巡视地方、部门和单位。
省委第一巡视组巡视济宁市工作动员会召开
按照省委关于巡视工作的统一部署,年10月10日上午,省委第一巡视组巡视济宁市工作动员会召开。会前,省委巡视工作领导小组成员明春德主持召开与济宁市委书记傅明先、市长石光亮的见面沟通会,会议传达了省委书记刘家义在听取十一届省委第三轮巡视工作情况汇报后的讲话精神。会上,省委第一巡视组组长赵启全就即将开展的巡视工作作了动员讲话,明春德就做好巡视工作提出要求。傅明先主持会议并作表态发言。……
""", {"unit": "", "units": ["济宁市", "兖州区", "汶上县", "泰安市", "肥城市", "宁阳县", "威海市", "文登区", "荣成市",
                          "临沂市", "罗庄区", "临沭县", "聊城市", "茌平县", "东阿县", "菏泽市", "省发展改革委",
                          "省教育厅（省委教育工委）", "省人力资源社会保障厅", "省文化厅", "省环保厅", "省旅游发展委",
                          "省国资委", "大众报业集团", "省商业集团有限公司", "山东钢铁集团有限公司",
                          "山东黄金集团有限公司", "山东出版集团有限公司", "山东广电网络有限公司", "山东师范大学",
                          "烟台大学", "山东建筑大学", "鲁东大学", "山东财经大学", "齐鲁工业大学（省科学院）",
                          "菏泽学院"],
      "term": 11, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # http://www.qingdao.gov.cn/zwgk/zdgk/zdlyzt/zdly/pggk/sjxx/202202/t20220208_4322693.shtml (a city portal: the city audit
    # bureau's report on rectifying the 2020 budget audit's findings, its dates run together where the page lost 年 and 月
    # (20211230日公告, 20211228日, 2021824日): an audit text, no party inspection; 2021年第3号(总第69号) is a notice number,
    # no round; 市十六届人大常委会第十七次会议 is a congress's session, no term; the 7 interviews, 153 kinds of problems and 29
    # supervision letters are the audit's, no inspection's figures; expects nothing)
    ("qingdao_2020_municipal_audit_rectification_report_run_together_dates", "http://www.qingdao.gov.cn/zwgk/zdgk/zdlyzt/zdly/pggk/sjxx/202202/t20220208_4322693.shtml", "audit", """青岛市审计局审计结果公告2021年第3号(总第69号)——关于青岛市2020年度市级预算执行和 其他财政收支审计查出问题整改情况的报告
青岛政务网 发布日期 : 2021-12-30

青岛市审计局审计结果公告2021年第3号(总第69号)

20211230日公告)

关于青岛市2020年度市级预算执行和

其他财政收支审计查出问题整改情况的报告

——20211228日在市十六届人大常委会第十七次会议上

市审计局局长  

主任、各位副主任、秘书长、各位委员:

受市政府委托,现将青岛市2020年度市级预算执行和其他财政收支审计查出问题的整改情况报告如下,请予审议。

2021824日,市十六届人大常委会第十五次会议听取审议了市政府《关于青岛市2020年度市级预算执行和其他财政收支情况的审计工作报告》(以下简称《审计工作报告》),提出了审议意见。市政府高度重视审计查出问题整改工作,……

一、整改工作总体推进情况

市政府督查室和市审计局进一步完善联动工作机制,建立审计整改督查督办清单,将审计整改涉及面广、整改难度大的问题纳入政府督查范围。市政府督查室运用《政府督查工作条例》约谈被审计单位相关人员7次,……市审计局编写《审计查出问题清单及整改指引》,以清单形式列示153种常见问题,提出4类整改建议。对未及时整改到位的重要问题,下达了29份《审计整改督办函》,要求被审计单位每月上报整改情……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.pingxiangxian.gov.cn/single/22/96765.html (a county portal: the county audit committee's tenth meeting
    # asks for audit rectification and an audit look-back (审计监督“回头看”): an audit text, no party inspection; 第十次会议
    # is a meeting count, no round; 3月7日 has no year; expects nothing)
    ("pingxiang_county_audit_committee_tenth_meeting", "https://www.pingxiangxian.gov.cn/single/22/96765.html", "audit", """3月7日,县委书记、县委审计委员会主任戴建亮主持召开县委审计委员会第十次会议,传达学习习近平总书记对审计工作作出的重要指示精神,认真落实全国审计工作会议、省委审计委员会第十五次会议和全省审计工作会议、市委审计委员会第十三次会议和全市审计工作会议工作部署要求,审议讨论有关文件,研究部署今年重点工作。县领导王忠献、申国岩、王少敏出席会议,县直有关部门主要负责同志参加会议。
……
会议强调,……要坚持问题导向,推进审计整改。压紧压实责任部门主体责任,举一反三、标本兼治,适时开展审计监督“回头看”,扎实做好审计整改“下半篇文章”。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://bg.zgcqxs.net/paper.asp?Aid=25548&Fid=15967 (a county paper's page: the county audit committee's sixth meeting
    # hears the 2024 audit problem list's operation and asks for audit rectification: an audit text, no party inspection;
    # 第六次会议 and 六届市委审计委员会第五次会议 are meeting counts and a city committee's term, no term or round of an
    # inspection; 12月24日 has no year; expects nothing)
    ("xiushan_county_audit_committee_sixth_meeting", "http://bg.zgcqxs.net/paper.asp?Aid=25548&Fid=15967", "audit", """12月24日,县委审计委员会召开第六次会议,传达学习相关会议文件精神、审议有关事项,研究部署下一步审计工作。县委书记马文森出席会议并讲话;县委副书记、县长谭雪峰,县委副书记黎中华,县领导付强、王远伟、谢学锃参加会议。
会议传达学习了习近平总书记关于审计工作的重要讲话精神、二十届中央审计委员会第二次会议精神、六届市委审计委员会第五次会议精神等会议精神和相关文件精神,审议了有关议题,听取了2024年度审计问题清单运行工作情况汇报。
……马文森强调,……要强化审计的整改属性、做到审计有“效度”。审计发现问题是前提、整改问题是根本,抓好审计整改、才能维护审计权威,要压实整改责任,完善制度机制,加强成效评估。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy copies ---------------------------------------------------------------------------------------------------
    # https://mip.daymfp.cn/post/838.html (a mirror's copy of a news site's report, with the mirror's name written into an
    # image caption (-第1张图片-太空智网) and a byline row (adminweb 8 0): the twentieth central committee's fifth round
    # entered: term 20, round 5; the sixteen regions and the corps inspected regularly, the city inspected at a raised level
    # (对云南省昆明市开展提级巡视, as r8's neimenggu_ninth keeps its 提级巡视 body) and the five sub-provincial cities
    # inspected jointly with provincial bodies (会同有关省委巡视机构对长春市…等5个副省级城市开展联动巡视: an inspection of
    # them, 对A市…开展巡视, settled 8, unlike the cities whose leaders are only brought into scope, 一并纳入巡视范围) are the
    # round's units as written; 截至4月16日…完成进驻 is no start (r28's reading), 4月8日 the deployment meeting's and
    # 2025年4月17日晚 the publication's; no group. The round's feedback is held in outside_set.py's central_feedback
    # (the fifth and sixth rounds' provincial feedback, another kind of text): measured)
    ("central_twentieth_term_fifth_round_entries_mirror_copy_2025", "https://mip.daymfp.cn/post/838.html", "noisy", """二十届中央第五轮巡视全部进驻,被巡视地区已公布多名官员被查|界面新闻 · 中国

adminweb 8 0

界面新闻记者 | 翟瑞民

2025年4月17日晚,中央纪委国家监委网站发布消息,根据党中央关于巡视工作的统一部署,截至4月16日,二十届中央第五轮巡视完成进驻工作。

经党中央批准,二十届中央第五轮巡视将对河北省、山西省、内蒙古自治区、吉林省、浙江省、安徽省、江西省、河南省、湖北省、湖南省、海南省、四川省、云南省、甘肃省、宁夏回族自治区、新疆生产建设兵团开展常规巡视,对云南省昆明市开展提级巡视,并会同有关省委巡视机构对长春市、杭州市、宁波市、武汉市、成都市等5个副省级城市开展联动巡视。

这是党的二十大以来,中央首次专门针对地方开展巡视。

4月8日,中共中央政治局常委、中央巡视工作领导小组组长李希出席全国巡视工作会议暨二十届中央巡视省(区、市)动员部署会强调,2025年是推进巡视全覆盖的关键一年,要提高政治站位、精心组织实施,确保取得实实在在成效。

当日会议上,中共中央政治局委员、中央巡视工作领导小组副组长石泰峰宣布了二十届中央第五轮巡视组长授权任职和任务分工决定。目前,各个中央巡视组组长人选已经公布。

二十届中央第五轮巡视全部进驻,被巡视地区已公布多名官员被查|界面新闻 · 中国-第1张图片-太空智网

中央纪委国家监委网站消息称,被巡视地区已分别召开巡视进驻动员会。……
""", {"unit": "", "units": ["河北省", "山西省", "内蒙古自治区", "吉林省", "浙江省", "安徽省", "江西省", "河南省", "湖北省",
                          "湖南省", "海南省", "四川省", "云南省", "甘肃省", "宁夏回族自治区", "新疆生产建设兵团",
                          "云南省昆明市", "长春市", "杭州市", "宁波市", "武汉市", "成都市"],
      "group": None, "term": 20, "round": 5, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.qdubb.cn/html/2025/yunlingyaowen_0726/140585.html (a copying domain's traditional-script copy with pinyin
    # in brackets (鎮(zhèn)沅, 統(tǒng)一): the eleventh provincial committee's eleventh round entered: term 11, round 11; the
    # nineteen counties named short (个旧, 红河 …, as written, settled 8) and the county revisited (祥云县, 巡视“回头看”,
    # included as r24's lists include revisited bodies) are the round's units, written simplified; 截至7月25日 完成进驻 is no
    # start, 50天左右 a planned length: no end; no group)
    ("yunnan_eleventh_term_eleventh_round_twenty_counties_pinyin_trad", "http://www.qdubb.cn/html/2025/yunlingyaowen_0726/140585.html", "noisy", """
根據(jù)省委關于巡視工作的統(tǒng)一部署,截至7月25日,十一屆省委第十一輪巡視完成進駐工作。省委巡視組將分別對個舊、紅河、漾濞、劍川、彌渡、彌勒、瀘西、永平、云龍、牟定、南華、景谷、鎮(zhèn)沅、南澗、巍山、屏邊、河口、建水、石屏等19個縣(市)開展常規(guī)巡視,對祥云縣開展巡視“回頭看”。
被巡視縣(市)分別召開巡視進駐動員會。會議通報了干擾對抗巡視工作的典型問題;省委各巡視組組長作動員講話,對扎實開展巡視工作提出要求。
……
據(jù)悉,省委巡視組將在被巡視地區(qū)工作50天左右,巡視期間設專門值班電話、郵政專用信箱,……
""", {"unit": "", "units": ["个旧", "红河", "漾濞", "剑川", "弥渡", "弥勒", "泸西", "永平", "云龙", "牟定", "南华", "景谷",
                          "镇沅", "南涧", "巍山", "屏边", "河口", "建水", "石屏", "祥云县"],
      "group": None, "term": 11, "round": 11, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.qdubb.cn/html/2023/yunlingyaowen_0317/118668.html (a copying domain's traditional-script copy with pinyin in
    # brackets: the eleventh provincial committee's fourth round entered 29 counties of 8 prefectures, counted only: term 11,
    # round 4; counted kinds are no units (units []); 日前 gives no day; 50天左右 is a planned length: no end; no group)
    ("yunnan_eleventh_term_fourth_round_twenty_nine_counties_counted_pinyin_trad", "http://www.qdubb.cn/html/2023/yunlingyaowen_0317/118668.html", "noisy", """日前,云南省委10個(gè)巡視組完成對(duì)29個(gè)縣(市)的進(jìn)駐,十一屆省委第四輪巡視全面展開(kāi)。
被巡視縣(市)分別召開(kāi)巡視工作動(dòng)員會(huì)。會(huì)前,各巡視組傳達(dá)省委書(shū)記王寧聽(tīng)取巡視工作有關(guān)情況匯報(bào)時(shí)的講話(huà)要求。會(huì)上,巡視組組長(zhǎng)作動(dòng)員講話(huà),通報(bào)干擾對(duì)抗巡視工作的典型問(wèn)題,被巡視縣(市)委書(shū)記主持會(huì)議并表態(tài)講話(huà)。
云南省委巡視組強(qiáng)調(diào),省委決定對(duì)8個(gè)州(市)的29個(gè)縣(市)開(kāi)展常規(guī)巡視,……
根據(jù)安排,云南省委巡視組將在相關(guān)縣(市)工作50天左右。……
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 4, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://hk.crntt.com/doc/241_13572_106527196_1_1119223829.html (a Hong Kong agency's traditional-script copy with its
    # page chrome and a garbled word (日期, for 日前): the eleventh provincial committee's third round entered 31 counties,
    # counted only: term 11, round 3 (雲南省十一屆省委第三輪常規巡視); units []; 日期 gives no day, 2022-11-19 and
    # 11月19日電 are the copy's; 50天左右 gives no end; no group)
    ("yunnan_eleventh_term_third_round_thirty_one_counties_garbled_trad", "http://hk.crntt.com/doc/241_13572_106527196_1_1119223829.html", "noisy", """】 【打 印】 
雲南:完成對31個縣(市、區)的巡視進駐
http://www.CRNTT.com   2022-11-19 22:38:28


  中評社北京11月19日電/據中央紀委國家監委網站報道,日期,雲南省委11個巡視組完成對31個縣(市、區)的進駐,雲南省十一屆省委第三輪常規巡視工作全面展開。

  被巡視縣(市、區)分別召開了巡視工作動員會。會前,雲南省委巡視組傳達了雲南省委書記王寧聽取巡視工作有關情況匯報時的講話要求,向被巡視縣(市、區)黨政主要負責人通報了巡視任務,提出了工作要求。……

  根據安排,雲南省委巡視組將在相關縣(市、區)工作50天左右。……
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.qdubb.cn/html/2015/xunshixuncha_0416/6446.html (a copying domain's traditional-script copy with pinyin in
    # brackets and garbled characters (省屬?lài)?guó)有): a province's 2015 first round deployed: round 1 of 2015, no term (as r7's
    # gansu_2015 reads 2015年省委第一輪); the bodies are counted only (3個州市、57個縣市區…): units []; 4月14日 is the
    # meeting's, 用3個月時間 a planned length: no start, no end; no group)
    ("yunnan_2015_first_round_counted_bodies_pinyin_trad", "http://m.qdubb.cn/html/2015/xunshixuncha_0416/6446.html", "noisy", """4月14日,云南召開(kāi)2015年第一輪巡視工作動(dòng)員部署會(huì),決定在先期對(duì)兩戶(hù)省屬?lài)?guó)有企業(yè)開(kāi)展專(zhuān)項(xiàng)巡視的基礎(chǔ)上,以常規(guī)巡視和專(zhuān)項(xiàng)巡視相結(jié)合的方式,用3個(gè)月時(shí)間,對(duì)3個(gè)州市、57個(gè)縣市區(qū)、1個(gè)省直部門(mén)、1個(gè)新聞單位、3個(gè)省屬?lài)?guó)有企業(yè)(含金融單位)開(kāi)展巡視。
會(huì)議宣布了對(duì)部分省委巡視組組長(zhǎng)、副組長(zhǎng)的授權(quán)和任務(wù)安排。……
2015年,云南巡視工作從實(shí)際出發(fā),根據(jù)中央精神和省委要求,提出了“國(guó)企為重點(diǎn),四個(gè)全覆蓋”的年度巡視工作目標(biāo)任務(wù),即對(duì)州市、縣市區(qū)、省屬?lài)?guó)有企業(yè)和金融單位全覆蓋。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://qdubb.cn/html/2023/xunshixuncha_0311/118486.html (a copying domain's traditional-script copy: a provincial
    # group's mobilisation at a county: unit 金平县 (巡視金平縣工作動員會, written simplified), group 省委第三巡视组; 3月9日 is
    # the meeting's and has no year: no start; no round named) -- SHARES_TEMPLATE (the province's mobilisation template
    # on the portal r16's yuxi_high_tech_zone_provincial_special_trad holds)
    ("jinping_provincial_third_group_mobilisation_trad", "http://qdubb.cn/html/2023/xunshixuncha_0311/118486.html", "noisy", """按照省委統一部署,3月9日,省委第三巡視組巡視金平縣工作動員會召開。會前,省委第三巡視組組長程猛主持召開與縣委書記余玉龍、縣長吳華昊的見面溝通會,通報了巡視任務,提出了工作要求;省委第三巡視組副組長楊春華傳達了省委書記王寧聽取巡視情況匯報時的講話要求。會上,程猛作了動員講話;楊春華通報了干擾對抗巡視工作的典型問題;余玉龍主持會議并表態講話。
省委第三巡視組有關同志,金平縣委、縣人大常委會、縣政府、縣政協領導班子成員,縣法院、縣檢察院黨組書記出席會議。……
程猛強調,巡視是上級黨組織對下級黨組織履行黨的領導職能責任的政治監督,……省委決定對金平縣開展常規巡視,……
""", {"unit": "金平县", "group": "省委第三巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
