"""Outside texts of batch r28 (issue 14), collector C's share, held out: provincial and central inspections of places and
departments (巡视 entries, feedback and rectification news, provincial rounds' entries and summaries) and audit
rectification texts, collected with the search tool from public pages that are in no earlier batch. Each address was
checked against every outside batch (outside_*.py, r25, r26 and r27 included) and test_outside_documents.py, with and
without www./m./mip./wap. and its query string, and two or three distinctive names or phrases of each text were grepped
in them, in simplified and traditional script (a traditional copy with pinyin in brackets defeats a phrase grep, so the
address and the domain were checked first for those); at the end the other collectors' files (outside_r28.py,
outside_r28b.py, outside_r28d.py) were grepped the same way, and the file was compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r28c.py` (its summary is under "Overlap" below). Their fields
are written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the
collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, Case, extract and score, and the brief); the integrator runs them once, and that run is the honest figure for
unseen texts.

Sources. 14 texts from the search tool's "pages" corpus, 12 with their address and 2 with none returned ("search corpus
pages (no URL returned)"). The corpus is all but exhausted for this share: of about 140 candidate addresses the
searches returned (about 30 queries: provincial and central feedback meetings, progress reports of cities and provincial
departments, provincial rounds' entries in 2014-2025, audit rectification reports and meetings, in simplified and
traditional script), about nine in ten were earlier batches' (every Yunnan, Guangxi, Inner Mongolia, Ningxia, Tibet,
Hebei, Anhui, Zhejiang and Sichuan provincial round the corpus returned, every city's progress report on a provincial
round, the central rounds' summaries of 2013-2020, and the audit work reports of Gansu, Shandong, Guangdong 2019,
Ruijin, Cixi, Quzhou, Ningbo and Chaoyang). What still gave new texts: a Shaanxi provincial round of 2014 with its six
counties' hotlines, a Fujian provincial round of 2018 summarised in traditional script with pinyin, a Hubei check of
297 bodies' rectification (2018, traditional with pinyin), two news of the 2014 first central round (Henan's entry,
Shandong's mobilisation copied on a forum mirror), a district CPPCC's life meeting on a central special round's feedback,
a provincial water department's rectification measures for a bureau after an inspection, a city's thirteenth committee's
third round in traditional script with pinyin, and five audit texts (a county's rectification report, a county
government studying a city's audit rectification rules, a county people's congress survey of audit rectification, a
copy of a province's 2020 audit work report, a city's 2018 performance audit report in traditional script with pinyin
under a spam header). Two more are kept in SHARES_TEMPLATE: a Fujian county round of 2015 in the province's county-round
template, and the Guangdong audit report copy (the province's annual audit-report template that r8's guangdong_audit_2019
holds, and the 2020 audit whose rectification r11's guangdong_audit_rectification_2020 reports).

Families and counts (14 texts, 2 in SHARES_TEMPLATE, 12 measured): news 4, all measured
(central_eighth_group_henan_entry_2014_first_round, central_fourth_group_shandong_mobilisation_2014_forum_copy,
district_cppcc_central_poverty_special_round_rectification_life_meeting,
fujian_water_department_bureau_inspection_rectification_measures); rounds 2, one measured
(shaanxi_2014_first_round_six_counties_entered_hotlines, a round list of 6 bodies) and one in SHARES_TEMPLATE
(fujian_2015_county_groups_five_counties_entered); progress 0 (no progress report of my share was new); audit 4, all
expecting nothing, three measured (eryuan_county_2023_budget_audit_rectification_report,
qingchuan_government_studies_city_audit_rectification_rules, shixing_county_congress_audit_rectification_survey) and one in
SHARES_TEMPLATE (guangdong_2020_provincial_audit_work_report_copy); noisy 4, all measured (fujian_2018_provincial_round_26_bodies_pinyin_trad,
a round list of 26 bodies; hubei_2018_rectification_check_297_bodies_pinyin_trad;
shaoguan_thirteenth_term_third_round_mobilisation_pinyin_trad; shenzhen_2018_performance_audit_report_pinyin_trad,
expecting nothing). Measured round lists: 2 (6 and 26 bodies). Measured texts expecting nothing (audit texts): 4.

Fields read: 58 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 93 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the collector's
count; 51 fields and 81 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE): news 4 fields and 26
absence checks, rounds 9 and 4, progress 0 and 0, audit 3 and 27, noisy 35 and 24. Figures read: in_progress 1 (Hubei's
642, settled 3); no problems, measures or clues figure.

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r28c.py` (14 texts against 1611 earlier): no address is
shared (the two "shared" addresses are the placeholder "search corpus pages (no URL returned)"); 116 pairs share over 3
shingles, 13 of them over 3 beyond the tool's formulas, longest shared run 37 characters. Beyond formulas: the Fujian 2015
county round with outside_c's fujian_counties (the province's template: in SHARES_TEMPLATE); the Guangdong audit copy with
r10's ruyuan_budget_audit and r8's gansu_audit_2020 (annual audit-report wording; with r8's guangdong_audit_2019 it
shares the province's template under the tool's formula line: in SHARES_TEMPLATE); the two 2014 central news with each other (one wire sentence, 在已经公布的8个巡视组组长人选中…; both
mine, two groups, two places); Shaoguan's mobilisation with r8's ninth_round_trad and guangzhou_fifth_trad and r12's
wenzhou_eighth_round_lookback_trad (mobilisation formulas, 經市委批準, 市委巡察工作領導小組組長, other cities); Fujian's 2018
summary with r8's neimenggu_first and gansu_2015 and a college mobilisation (集團(tuán)有限責(zé)任公司, 職業(yè)技術(shù)學(xué)院 with
their pinyin); the district CPPCC's meeting with banner_two_rectifications (中央脱贫攻坚专项巡视反馈意见整改). The tool names
three texts as sharing more than formulas with the seeds (the district CPPCC's meeting, the Eryuan report and the
Guangdong copy): official wordings of central special rounds and of budget audits (预算执行和其他财政收支审计), none a
seed's text. The other collectors' files (outside_r28.py, outside_r28b.py, outside_r28d.py) hold none of these
addresses, domains or names.

Reading conventions (outside_set.py's settled conventions 1-12 and the written conventions of outside_r24.py's
docstring, followed exactly): a day without a year gives no date unless the text or its dated line gives its year
(Shaanxi's 4月9日至11日 takes 2014 from its 发布 :2014-04-21 line, and the first entry day is the round's start,
settled 10; the 2014 central news' 29日 has neither month nor year and gives none); a span in whole months gives the
months' first and last days (Fujian's 2018年5月至7月: 1 May to 31 July, settled 11), a span in parts of months gives
neither (Hubei's 1月中旬至3月底, settled 11), a planned length (每个县的巡视时间为一个月) gives no end (settled 10); an
enterprise-like 今年首轮 (the 2014 central first round) is round 1 with no term; a term only conveyed (Hubei's 十屆省委巡視反饋意見,
the province's earlier committee whose feedback was checked) is not the text's; a round's bodies are units as the text
writes them (places named with their city, 西安市碑林区, 南郑县), brackets full-width (settled 7: 省电子信息（集团）有限责任公司),
and places that only qualify counted counties (西安、宝鸡…6市的18个县) are no units (settled 8); counted kinds
(297个党组织, 91个省直单位) are no units; a group with no number of its own (省委巡视组, 11个巡视组) or one of several
groups of a round is not scored; 未完成整改 counts are in_progress (settled 3: Hubei's 642个面上问题未完成整改); expected values
of traditional-script texts are written simplified and without their pinyin; audit texts (审计整改, 审计工作报告) are no party
inspection: "unit" "" and "units" [], no group, dates, round, problems or figures.

What I was unsure of, and how I read it: the 2014 central news name their place short (进驻河南, 巡视山东省): Shandong's
unit is read as written (山东省, the meeting's name), Henan's left unscored (the title's bare 河南 beside a list of other
groups' places); the other places those two texts list as entered by other groups (山东、天津; 甘肃、海南…) are left
unscored rather than read as the round's units; the two texts are of one round (the 2014 first central round) and both
measured, being different groups, places and portals; the district CPPCC's life meeting rectifies a central special
round's feedback (4个方面13项具体问题) that was not given to the CPPCC organ itself, so its unit and figures are left
unscored and only the absent group, round and dates are checked; the water department's text names no inspecting
group or day, and the bureau whose problems the 巡视 found is left unscored as a unit; Fujian's 2018 summary is measured
though r8's xbkwei holds Fujian's 2017 provincial-departments entry (another round, another wording) and r24 holds a
Fujian progress template of 2022; Fujian's 2015 county round of July is put in SHARES_TEMPLATE (the province's county-round
template, 省委县(市、区)巡视组对…开展巡视. 巡视时间一个月左右. 日前,N个巡视组已进驻巡视, that outside_c's fujian_counties and
r8's November batch hold); Shaoguan's thirteenth committee's third round is measured though r27d holds the same city's
second county-level crossed round (another round, another wording and portal), and its list is cut, so its units are
unscored; it is a city's own round, at the edge of my share (provincial and central inspections). The Hubei check is
read as one text with no unit (297 bodies counted, 11 unnumbered groups) and its 642 unfinished problems as in_progress.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a province's county-round entry of July 2015 in Fujian's county-round template (经省委巡视工作领导小组同意,从N月X旬开始,
    # 省委县(市、区)巡视组对…开展巡视。巡视时间一个月左右。日前,N个巡视组已进驻巡视), which outside_c's fujian_counties (April
    # 2015, the same portal m.fznews.com.cn) and r8's November 2015 batch hold
    "fujian_2015_county_groups_five_counties_entered",
    # a province's annual audit work report (2020) in the province's report template (我受省人民政府委托,向省人大常委会报告
    # 20XX年度省级预算执行和其他财政收支的审计情况,请审议), which r8's guangdong_audit_2019 holds for 2019; r11's
    # guangdong_audit_rectification_2020 reports the rectification of this same audit
    "guangdong_2020_provincial_audit_work_report_copy",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R28C = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://zhengzhou.baogaosu.com/xinwen/%E4%B8%AD%E5%A4%AE%E7%AC%AC%E5%85%AB%E5%B7%A1%E8%A7%86%E7%BB%84%E8%BF%9B%E9%A9%BB%E6%B2%B3%E5%8D%97/19921979/
    # (a city news aggregator's note: the eighth central group entered Henan in the 2014 first round (今年首轮: round 1,
    # no term); 29日 has no month and is other groups' entry: no start; the unit (the title's bare 河南) and the places
    # other groups entered are left unscored)
    ("central_eighth_group_henan_entry_2014_first_round", "http://zhengzhou.baogaosu.com/xinwen/%E4%B8%AD%E5%A4%AE%E7%AC%AC%E5%85%AB%E5%B7%A1%E8%A7%86%E7%BB%84%E8%BF%9B%E9%A9%BB%E6%B2%B3%E5%8D%97/19921979/", "news", """中央第八巡视组进驻河南

08.05.2014  17:32
    29日,中央巡视组分别进驻山东、天津开展巡视工作。至此,今年首轮14个巡视组中,已有8个巡视组公布巡视组组长名单并进驻被巡视地区开展工作,在已经公布的8个巡视组组长人选中,6人为首次担任,半数有纪检系统任职经历。 河南巡视组组长为欧阳淞。
""", {"group": "中央第八巡视组", "term": None, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://45.113.194.42/p/2952862011?pid=48117435148 (a forum mirror's copy of a paper's note: the fourth central group's
    # mobilisation for Shandong: unit 山东省 as the meeting names it, group 中央第四巡视组; 29日上午 has no month or year: no
    # start; no round named; the eight places entered by the round's groups are left unscored)
    ("central_fourth_group_shandong_mobilisation_2014_forum_copy", "http://45.113.194.42/p/2952862011?pid=48117435148", "news", """南都讯 见习记者陈磊记者程姝雯 29日上午,中央第四巡视组巡视山东省工作动员会召开。中央第四巡视组组长张文岳就即将开展的巡视工作作了讲话。截至目前,已有8个中央巡视组分别进驻甘肃、海南、福建、河南、科技部、中粮集团、天津、山东开展巡视并公布联系方式。在已经公布的8个巡视组组长人选中,6人为首次担任,半数有纪检系统任职经历。
http://news.ifeng.com/mainland/special/zhongyangxunshizu/content-3/detail_2014_03/30/35277370_0.shtml
""", {"unit": "山东省", "group": "中央第四巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.bswxw.com/ztzgrmzzxshyzqsbsqwyh/zxyw/content_332176 (a district CPPCC organ's party group holds a life
    # meeting on a central poverty special round's feedback: the feedback was not given to the organ, so unit and figures
    # are left unscored; no group with a number, no round, no day of visit or feedback; 4月9日 is the meeting's)
    ("district_cppcc_central_poverty_special_round_rectification_life_meeting", "http://www.bswxw.com/ztzgrmzzxshyzqsbsqwyh/zxyw/content_332176", "news", """4月9日,区政协机关党组召开关于中央脱贫攻坚专项巡视反馈意见整改专题民主生活会。机关党组成员参加会议,其他委室主任列席会议。
会上,区政协机关党组书记周厚强作动员讲话,……
区政协机关党组班子成员依次作对照检查,并相互开展批评与自我批评。机关党组班子成员针对中央脱贫攻坚专项巡视反馈意见,对照4个方面13项具体问题和六个方面的整改要求,联系班子和个人实际,深入查摆问题,剖析思想,并对解决问题提出清晰的思路和可行的整改方案。
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None}),
    # search corpus pages (no URL returned) (a provincial water department's deputy head visits two cities and tells a
    # river bureau's party committee the department party group's rectification measures for problems found during a
    # 巡视: no group, days, units or counts; the two cities visited are no units; the bureau is left unscored)
    ("fujian_water_department_bureau_inspection_rectification_measures", "search corpus pages (no URL returned)", "news", """10月25-26日,省水利厅丘汀萌副厅长带领厅建管处、水政处同志前往龙岩、漳州两市,拜访了市政府主要领导,与市政府分管领导座谈交流,共商当地水利改革发展,推进年度水利项目建设。
……
调研期间,丘汀萌还深入九龙江北溪管理局,组织该局党委班子成员召开会议,通报了厅党组针对巡视期间发现九龙江北溪管理局存在问题的整改措施意见,要求局党委严格按照厅党组的整改意见加快整改,确保整改成效。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://credit.shaanxi.gov.cn/m_312/59390.html (a provincial portal's repost of a paper: the province's first round of
    # 2014 (今年第一轮: round 1, no term); the six counties first entered are the units as written, the six cities only
    # qualify counted counties (settled 8); 4月9日至11日 takes 2014 from the dated line and its first day is the start
    # (settled 10); 每个县的巡视时间为一个月 gives no end; six groups, none scored)
    ("shaanxi_2014_first_round_six_counties_entered_hotlines", "http://credit.shaanxi.gov.cn/m_312/59390.html", "rounds", """陕西省委6个巡视组举报电话公布 工作时间可拨打

来源 :华商报 浏览 : 发布 :2014-04-21

  根据省委统一部署,省委今年第一轮巡视对西安、宝鸡、咸阳、延安、汉中、商洛6市的18个县(市、区)开展巡视,每个县(市、区)的巡视时间为一个月。4月9日至11日,省委6个巡视组已全部进驻先期巡视的6个县(区)。       记者昨日获悉,6个省委巡视组入驻巡视期间的举报电话正式对外公布。……     第一巡视组     巡视地:西安市碑林区     联系电话:13991808868     第二巡视组     巡视地:宝鸡市金台区     联系电话:(0917)3530781     3530782     15289278616     第三巡视组     巡视地:咸阳市秦都区     联系电话:(029)37153830     13720502361     第四巡视组     巡视地:延安市宝塔区     联系电话:(0911)2889269     15291173866     第五巡视组     巡视地:南郑县     联系电话:15291666306     第六巡视组     巡视地:山阳县     联系电话:(0914)8321717     8321718     18809140338     巡视组受理哪些举报?……
""", {"unit": "", "units": ["西安市碑林区", "宝鸡市金台区", "咸阳市秦都区", "延安市宝塔区", "南郑县", "山阳县"],
      "term": None, "round": 1, "start": date(2014, 4, 9), "end": None, "feedback_date": None, "figures": []}),
    # http://m.fznews.com.cn/fuzhou/20150727/55b582e71e218.shtml (a city paper's note: Fujian's county groups entered five
    # counties and districts from mid-July 2015 (7月中旬: a part of a month, no start); the five places are the round's
    # units as written; in SHARES_TEMPLATE: the province's county-round template that outside_c's fujian_counties holds)
    ("fujian_2015_county_groups_five_counties_entered", "http://m.fznews.com.cn/fuzhou/20150727/55b582e71e218.shtml", "rounds", """根据《中国共产党巡视工作条例(试行)》及中央、省委关于巡视工作的部署要求,经省委巡视工作领导小组同意,从7月中旬开始,省委县(市、区)巡视组对福州市晋安区、厦门市思明区、莆田市城厢区、邵武市、龙岩市永定区开展巡视。巡视时间一个月左右。日前,5个巡视组已进驻巡视。
""", {"unit": "", "units": ["福州市晋安区", "厦门市思明区", "莆田市城厢区", "邵武市", "龙岩市永定区"], "start": None,
      "end": None, "feedback_date": None}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # http://eryuan.gov.cn/eyxrmzf/c106793/202501/7199d61569a34395b74b2ae79946611d.shtml (a county's report on rectifying
    # its 2023 budget audit's findings: an audit's rectification, no party inspection; its 151 problems, 115 rectified
    # and 36 in progress are no inspection figures; expects nothing)
    ("eryuan_county_2023_budget_audit_rectification_report", "http://eryuan.gov.cn/eyxrmzf/c106793/202501/7199d61569a34395b74b2ae79946611d.shtml", "audit", """2024年,洱源县委、县政府深入贯彻落实党中央关于审计整改工作的重大决策部署和习近平总书记关于审计整改工作的重要指示批示精神,……高度重视2023年度县本级预算执行和其他财政收支审计工作报告查出问题整改工作,认真贯彻落实中办、国办《关于建立健全审计查出问题整改长效机制的意见》。根据各审计整改责任单位整改报告和佐证材料的反映情况,县委审计委员会办公室 县审计局逐项进行认真研判、认定审计整改结果。现将整改情况汇报如下:
一、审计查出问题整改情况
《2023年度县本级预算执行和其他财政收支情况审计工作报告》涉及主要被审计单位14家,审计查出问题151个,其他应关注的事项11个。截止2024年12月中旬,完成整改115个,正在整改36个,整改率76.16%。
一是财政管理审计发现问题的整改情况。涉及3家被审计单位,审计查出问题36个。……洱源县红十字会审计查出问题16个,完成整改16个,整改率100%。洱源县文旅局审计查出问题9个,完成整改7个,正在整改2个,整改率77.78%。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://sjj.cngy.gov.cn/New/Detail/20220930171256886 (a county government's executive meeting studies a city's audit
    # rectification rules: an audit text, no party inspection; expects nothing)
    ("qingchuan_government_studies_city_audit_rectification_rules", "http://sjj.cngy.gov.cn/New/Detail/20220930171256886", "audit", """近日,青川县人民政府召开常务会议专题学习《广元市审计整改通报办法(试行)》等三项制度。县审计局党组书记、局长刘绍贤详细介绍了“三项制度”制定的目的、依据、意义以及主要内容。
县委副书记、县长李方甫强调,各级各部门、县属各企事业单位要高度重视审计整改工作,……要提升整改效能。切实履行好审计整改主体责任、主管责任、监督责任,认真研究审计查出问题和建议意见,努力实现“审计一个单位、整改一类问题、规范一个行业”的目标。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.gdsx.gov.cn/sjjxxgk/content/post_2400331.html (a county people's congress deputy head surveys the audit
    # bureau's rectification of its 2021 budget audit's findings: an audit text, no party inspection (巡察 is only named
    # as another supervision to join); expects nothing)
    ("shixing_county_congress_audit_rectification_survey", "http://www.gdsx.gov.cn/sjjxxgk/content/post_2400331.html", "audit", """3月20日上午,始兴县人大常委会副主任胡长江等一行5人到县审计局调研审计查出问题整改工作并召开座谈会。
会上,县审计局汇报了2021年度县本级财政预算执行和其他财政收支审计查出问题整改情况,参与调研的人大代表们对一些未整改到位的问题提出了意见建议。胡长江充分肯定了审计查出问题整改工作取得的成效,并对做好新常态下审计工作提出了要求:……二是推进部门贯通协调,构建大监督格局。针对审计发现的问题,深入分析问题产生的深层次原因,积极与纪检监察、巡察等工作协同贯通,必要时向县政府、人大常委会提请督办,推动审计整改落实落地。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://runtang.net/article/cp1/5446.html (a copy, on an unrelated domain and with the leader's name dropped (习新时代,
    # 习对广东), of a province's audit work report on its 2020 budget: an audit report, no party inspection; expects nothing)
    ("guangdong_2020_provincial_audit_work_report_copy", "http://runtang.net/article/cp1/5446.html", "audit", """我受省人民政府委托,向省人大常委会报告2020年度省级预算执行和其他财政收支的审计情况,请审议。
2020年是极不平凡的一年。省审计厅坚持以习新时代中国特色社会主义思想为指导,深入学习贯彻习对广东、对审计工作的系列重要讲话和重要指示批示精神,……全面履行审计监督职责,依法审计了2020年度省级预算执行和其他财政收支情况。审计结果表明,在省委、省政府坚强领导下,……2020年省级财政预算执行和其他财政收支情况总体良好。
——积极的财政政策效果明显。中央直达惠企利民资金782.47亿元落地见效,全省一般公共预算收入、支出分别增长2.1%、1%;……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy copies ---------------------------------------------------------------------------------------------------
    # http://m.zjsychem.com/news/fujian/gcdt/2018-12-11/2213093.html (traditional script with pinyin in brackets on an
    # unrelated domain: Fujian's provincial groups visited 26 places and bodies in 2018年5月至7月 (whole months: 1 May to 31
    # July, settled 11); the 26 are the round's units as written, simplified, without pinyin, brackets full-width (settled
    # 7); no group with a number, no round or term named; the 五人小组 hearing is no feedback day)
    ("fujian_2018_provincial_round_26_bodies_pinyin_trad", "http://m.zjsychem.com/news/fujian/gcdt/2018-12-11/2213093.html", "noisy", """根據(jù)省委統(tǒng)一部署,2018年5月至7月,省委巡視組對省財(cái)政廳、省交通運(yùn)輸廳、省體育局,省能源集團(tuán)有限責(zé)任公司、福建石油化工集團(tuán)有限責(zé)任公司、省交通運(yùn)輸集團(tuán)有限責(zé)任公司、省高速公路集團(tuán)有限責(zé)任公司、省電子信息(集團(tuán))有限責(zé)任公司、省輕紡(控股)有限責(zé)任公司,福建體育職業(yè)技術(shù)學(xué)院,泉州市、龍巖市、長樂區(qū)、閩侯縣、海滄區(qū)、集美區(qū)、洛江區(qū)、德化縣、建寧縣、沙縣、新羅區(qū)、漳平市、浦城縣、松溪縣、福安市、壽寧縣等26個地方、單位黨組織開展了巡視。
巡視組深入學(xué)習(xí)貫徹習(xí)近平新時代中國特色社會主義思想和黨的十九大精神,……順利完成了巡視任務(wù)。
省委書記于偉國主持召開省委“五人小組”會議,聽取了巡視綜合情況匯報(bào),研究了巡視成果運(yùn)用和問題處置的意見,對做好下一階段的巡視工作提出了要求。……
""", {"unit": "", "units": ["省财政厅", "省交通运输厅", "省体育局", "省能源集团有限责任公司", "福建石油化工集团有限责任公司",
                          "省交通运输集团有限责任公司", "省高速公路集团有限责任公司", "省电子信息（集团）有限责任公司",
                          "省轻纺（控股）有限责任公司", "福建体育职业技术学院", "泉州市", "龙岩市", "长乐区", "闽侯县",
                          "海沧区", "集美区", "洛江区", "德化县", "建宁县", "沙县", "新罗区", "漳平市", "浦城县", "松溪县",
                          "福安市", "寿宁县"],
      "term": None, "round": None, "start": date(2018, 5, 1), "end": date(2018, 7, 31), "feedback_date": None,
      "figures": []}),
    # search corpus pages (no URL returned) (traditional script with pinyin in brackets: Hubei's eleven provincial groups
    # checked the rectification of 297 bodies in 2018年1月中旬至3月底 (parts of months: no start or end, settled 11); the
    # bodies are counted kinds, no units; the earlier committee (十屆省委) whose feedback was checked is only conveyed; the
    # groups are unnumbered; 642個面上問題未完成整改 is in_progress (settled 3); the shares of bodies by completion rate are no
    # figures)
    ("hubei_2018_rectification_check_297_bodies_pinyin_trad", "search corpus pages (no URL returned)", "noisy", """2018年1月中旬至3月底,湖北省委11個(gè)巡視組,圍繞十屆省委巡視反饋意見整改落實(shí)和移交問題線索處置情況,對(duì)13個(gè)市州、3個(gè)直管市、神農(nóng)架林區(qū)、116個(gè)縣市區(qū)(開發(fā)區(qū)、功能區(qū))、91個(gè)省直單位、48所省屬高校、25個(gè)省屬國(guó)有企業(yè)黨委(黨組)共計(jì)297個(gè)黨組織開展了大起底大檢查。近期,將大檢查的情況向各有關(guān)地方和單位黨委(黨組)發(fā)出通報(bào)。
……
到目前為止,297個(gè)被巡視地方和單位黨組織中,反饋問題整改完成率達(dá)到100%的51個(gè),80%以下的4個(gè);問題線索處置完成率達(dá)到100%的201個(gè),80%以下的22個(gè);整改滿意率達(dá)到100%的32個(gè),80%以下的12個(gè)。
有642個(gè)面上問題未完成整改。……
""", {"unit": "", "units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("in_progress", 642)]}),
    # http://szsdhf.com/2023/0311/49881.shtml (traditional script with pinyin in brackets on an unrelated domain: a city's
    # thirteenth committee's third round mobilised (十三屆市委第三輪: term 13, round 3); the list of bodies is cut, so the
    # units are unscored; 昨日 gives no day; no group)
    ("shaoguan_thirteenth_term_third_round_mobilisation_pinyin_trad", "http://szsdhf.com/2023/0311/49881.shtml", "noisy", """昨日,全市巡察工作會(huì)議暨十三屆市委第三輪巡察工作動(dòng)員部署會(huì)召開。市委常委、市紀(jì)委書記、市監(jiān)委主任、市委巡察工作領(lǐng)導(dǎo)小組組長廖錦添出席會(huì)議并作動(dòng)員講話。市委常委、組織部部長、市委巡察工作領(lǐng)導(dǎo)小組副組長張麗傳達(dá)黨的二十大以來巡視巡察工作新部署新要求,宣布十三屆市委第三輪巡察組長授權(quán)任職及任務(wù)分工決定。
會(huì)議強(qiáng)調(diào),……高質(zhì)量完成好十三屆市委第三輪巡察任務(wù),以實(shí)際行動(dòng)為錨定高質(zhì)量發(fā)展首要任務(wù),奮力譜寫生態(tài)發(fā)展區(qū)全面建設(shè)社會(huì)主義現(xiàn)代化的韶關(guān)實(shí)踐新篇章提供堅(jiān)強(qiáng)政治保障?!……
經(jīng)市委批準(zhǔn),第三輪巡察對……
""", {"unit": "", "group": None, "term": 13, "round": 3, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://m.longyuanbj.com/szzt2010/wgkzl/zxgk/dcsjgk/content/post_1324870.html (traditional script with pinyin in
    # brackets under a spam header (cut): a city's 2018 performance audit report to its congress: an audit report, no party
    # inspection; expects nothing)
    ("shenzhen_2018_performance_audit_report_pinyin_trad", "http://m.longyuanbj.com/szzt2010/wgkzl/zxgk/dcsjgk/content/post_1324870.html", "noisy", """……
督查審計公開

您現(xiàn)在的位置 首頁 > 五公開專欄 > 執(zhí)行公開 > 督查審計公開

深圳市2018年度績效審計工作報告

信息來源:市審計局 信息提供日期:2018-12-25 15:15 【字體: 視力保護色:

——2018年12月在深圳市第六屆人民代表大會

常務委員會第二十九次會議上

市人大常委會:

  我受市政府委托,現(xiàn)向市人大常委會報告深圳市2018年度績效審計工作情況,請審議。

  一、基本情況 

  按照《深圳經(jīng)濟特區(qū)審計監(jiān)督條例》規(guī)定,市審計局堅持以習近平新時代中國特色社會主義思想為指導,……2018年以“深化供給側(cè)結(jié)構(gòu)性改革、服務民生發(fā)展”為專題,組織開展績效審計,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
