"""Outside texts of batch r15 (issue 14), held out: collected with the search tool from public pages that are in no
earlier batch (each address checked against every outside batch, r14 included, test_outside_documents.py and the
seeds, with and without www./m./mip. and with its query string; every text compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r15.py`, which loads an unregistered batch without running the importer: one text was
dropped because it retyped the same central round's list of 34 units an earlier batch holds from another address
(central_twentieth_fourth_round_units); what the remaining texts share with earlier batches and the seeds are
official formulas (现将巡察整改进展情况予以公布, 根据市委统一部署, the statistics 督察 wording), the longest run 47
characters of such a formula). Their fields are written down by reading only. The importer was not run on them while
they were collected, no test or bench that runs it was run, and the collector read neither imports/parsing nor the
parser's tests (only the outside_*.py data files, outside_set.py and the README); the integrator runs them once, and
that run is the honest figure for unseen texts.

Sources. All 70 texts from the search tool's "pages" corpus, each with its address (none came without one). The
"code" corpus and find_string over GitHub (现将巡察整改进展情况予以公布, 反馈了巡察意见, 巡察组进驻, 巡察情况反馈会)
gave no usable text: the one news repository with inspection news (a university's) is already an earlier batch's, and
the other hits were game scripts and apps whose files the tool returned without a repository to cite. Of about 265
candidate addresses checked, about 190 were earlier batches'. New this time: kinds of unit
and text the brief named or the earlier batches lacked — enterprises' and development zones' own reports (a district
investment group, an industrial park, a port zone, a development zone's working committee after a linked inspection),
a market regulator's business-environment inspection, a district committee after a city's mobile inspection of water
ecology, a city hospital, a county housing bureau after a special inspection of work style, an urban management
bureau, two culture and tourism bureaus (one copied onto a bidding portal), a region after a central round; universities
(a normal university's second round of eight schools, a technical university's leading group, a vocational college's
rules, a college's rectification meeting on a copied domain); villages and towns (a county's village inspections in
sum, a district's seventh round rectified by towns, a city's mobile round of 29 towns and offices); a provincial
forestry station; a municipal urban management bureau's and a provincial culture department's own rounds; CPPCC
appraisals and visits, 选人用人专项检查 (three), prison 督察/督查 (two), stationed discipline groups (three), a
forestry work group, environmental and farmland rectification meetings; Macao's and the national audit office's news
and an audit office's rules (audit); Tibet, Inner Mongolia, Gansu, Liaoning, Chongqing, Hunan, Shaanxi, Yunnan, Anhui,
Fujian; years 2008 to 2026.

Families and counts (70 texts). progress 12 (a district investment group's report with its title; a city market
regulator's business-environment special inspection (11 problems); a district committee after a city's mobile
inspection of water ecology (97 measures); an industrial park's body on a copied domain (round 5 from the round's
feedback meeting, a central round studied beside it); a development zone's working committee after a linked
inspection (a yearless feedback day, 171 measures, 46 rules); a port zone's committee after a special and a routine
inspection at once; a city hospital; a region after a central routine round (round 6 from the central round studied);
a county housing bureau after a special inspection of work style (10 problems, 5 completed, 5 in progress); a district
urban management bureau; a city culture and tourism bureau (予以通报); a city culture and tourism bureau's report on a
bidding portal with its title doubled (term 14, round 4)); news 25 (feedbacks to a city CPPCC office and a mobilisation
at a district education bureau; a district's seventh round at its health bureau; a provincial forestry station's
inspection by its administration; a city's "pinpoint" inspection of a housing system; a university's leading group, a
vocational college's inspection rules, a college's rectification meeting; checks that are no party inspection: a
group's holiday checks, a CPPCC appraisal and a CPPCC visit, two 选人用人专项检查, a statistics 督察, an environmental
rectification supervision, a farmland rectification meeting, a look-back 督查 of manure projects, a farmland audit's
rectification meeting, a ministry's prison 督察, a provincial night check of prisons (2008), a forestry work group, a
health bureau's civilised-city check, two stationed discipline groups, a paper's abstract on a power company's
inspection system); rounds 13 (a county's look-back at five units; a district's seventh round rectified by towns
(completion rate 89 %); a city's special inspection of development zones (400余个 problems); a university's second
round of eight schools; a city's mobile round of 29 towns and offices; a county's village inspections in sum (5610
problems, 294 clues transferred); a province's first round of its tenth term (503 problems); a municipal bureau's own
third round (three units); a provincial department's own third round (six units); a city's sixth round (eleven units);
one group's notice of twelve lead units; a county's sixth round mobilised beside a 督查 of two earlier rounds; a central
round's feedbacks published (term 19, round 4, by months)); audit 3 (Macao's audit commissioner's visit, an audit
office's meeting rules and an audit office's port projects, all in traditional script; refused as the README says);
noisy 17 (a provincial paper's appointment checks and a central summary of appointment checks, both in traditional
script with split characters; a water bureau's campaigns in traditional script; a river campaign look-back with broken
characters and tags; a meteorological round machine-translated into English; a greenhouse rectification meeting in
traditional script; a region's ninth round of feedbacks in traditional script (three units named of 30, months); a
forestry check on a domain that swapped a province's name for gambling spam; an aviation administration's visits in
the portal's big5 conversion with a lost name; two generated essays and a generated explainer with broken tables; a
central group's project visit reposted on a blog with its chrome; the inspection regulations' articles in traditional
script; a city's joint review of rectification plans in traditional script; a city's special group at a hospital in
traditional script (term 8, round 4); a stationed group's supervision in traditional script ending in a captcha line).

Fields read: 199 (a unit of "" for a round-level text counts, each unit of a list and each figure counts, a refusal
counts, a problem count counts), and 441 absence checks (None, [] for units or figures, and problems 0 where a
careless reader might fill the field). By family: progress 66 fields and 27 absence checks, news 8 and 203, rounds 110
and 72, audit 3 and 0, noisy 12 and 139 — most news here are checks and meetings that are no party inspection, so they
are mostly absence checks. Figures read: problems 5, measures 2, rules_established 1, completed 1, in_progress 1,
completion_rate 1, clues_transferred 1; no problem list is counted (the one list of findings, danyang's, ends in 等 and
is left unscored).

Reading conventions (those written in outside_r14.py's docstring and in outside_set.py's "Settled conventions"
paragraph, and the two the integrator settled for r15): a day without a year gives no date, unless the page's own
dated header or date line gives its year (yongde_look_back_five_units' 发布日期:2021-04-19); a feedback day written
without a year, in a text whose visit has a year, takes the year that puts it after the visit's end (settled 1:
wuhu_development_zone_linked_progress's 4月11日 after a visit ending 2024年1月16日 is 2024-04-11, though its page is
dated 2025; zhenba_housing_work_style_special_progress's 12月23日 is 2021-12-23); a round or term named only in the
title of a plan a meeting discussed, passed or issued is the text's when it names no other round (settled 2; no text
here rests on it alone); 未完成整改N个 / 未完成N个 / 尚未完成N个 is the in-progress count (settled 3), and 正在整改N个 is
read the same way (zhenba); a text counting problems at two levels has the finer count as its problems (settled 4; no
text here counts at two levels); a feedback naming the unit short in its visit and in full where the feedback goes
is read with the fuller name (settled 5; no feedback news here does so, and a progress body whose visit and feedback
name the unit differently (yueyang's 市市场监督管理局 / 市市场监督管理局党组, inner_mongolia's 内蒙古自治区 / 内蒙古自治区党委)
is left unscored rather than read either way, since settled 5 speaks of feedback news); a mobilisation meeting's day
is no start; month-only spans read as their first and last days (tibet_ninth_round_feedbacks_trad,
central_nineteenth_fourth_round_feedbacks_published); parts of months are not scored at all; the window for letters is
no visit; batches and years (2023年度) give no round, 首轮 is not scored as a round number, counted rounds (4轮, 12轮)
give none; a text naming several rounds as its subject states none (xust); an earlier term's rounds are no term of the
text; counts that are no findings (meetings, divisions, sites, hidden dangers of a 督察, clues found, problems solved on
the spot) are no metric; 整改措施 are measures, 制度 rules_established; a group named with its place in front once and
without it elsewhere, or in two forms, is not scored, a group named with its number and then as 区委巡察组/市委巡察组 is,
unusual names in one form are (县委经济发展领域作风建设专项巡察二组, 市委涉水生态问题机动巡察组); the unit is the visit's; it
is not scored where named with 以下简称, as 我院, as a system, or several ways; a text naming two or more units has unit
"" and the units in order, kept as written, units of traditional-script texts written in simplified script as earlier
batches write them, brackets written full-width; a round-level text keeps no group; checks, 督察, 督查, 巡查, 明察暗访,
CPPCC appraisals, 选人用人专项检查, stationed discipline groups' supervision and campaign meetings are no party
inspection: no group, no dates, no units, no problems; audit texts are refused.

What I was unsure of, and how I read it: binhai_port_park_progress's round 5 comes from the city's 第五轮巡察集中反馈会
its committee studied beside a central round (二十届中央第二轮巡视, no term or round of this text); the group that
visited is 市委第五巡察组; wuhu_development_zone_linked_progress's title names a provincial round (省委第五轮巡视联动巡察)
whose group is the province's, so its round is left unscored; inner_mongolia_central_eighth_group_progress's round 6
comes from 中央第六轮巡视综合情况汇报 the committee studied, which is the central round the eighth group belonged to;
zhengzhou_normal_second_round_feedbacks keeps its units as the schools' names, without the 党总支 said once after
等8个; zhoukou_mobile_poverty_round_29_units keeps each unit as written, with its county only where the text puts it;
weibin_education_bureau_entry_meeting's unit is the visit's 区教育体育局 though the bureau is 教体局 elsewhere;
danyang_cppcc_office_feedback's six findings after 主要是： end in 等 and are left unscored; anhui_tenth_term_first_round_
summary's 411 clues were found, not transferred, and are no figure; qingyang_seventeenth_term_sixth_round_mobilisation
reads round 6, the meeting's own, though a 督查 plan of the fourth and fifth rounds is named beside it; the audit
texts from Macao and Taiwan's law portal are read as audit offices' texts and so refused, which the README's wording
(审计报告, 审计局局长…) covers only by kind; jiayu_farmland_audit_rectification_meeting is a county meeting on an
audit's rectification, read as news expecting nothing (a refusal as an audit text meets every absence). Progress bodies
are 12, below the 15 the brief aims at: every further progress query returned only earlier batches' (关于巡察整改情况的
通报 with 党委/党总支/党支部, 巡视整改落实情况的报告, 关于落实巡察反馈意见整改情况的报告, 集中整改进展情况, 回头看 整改,
选人用人专项检查整改, 集团党委巡察, 学院党委 巡察整改, 镇党委/乡党委/所辖村 巡察整改, 卫健委, 医院, 水务, 农业农村,
商务, 市场监管, 统计局, 气象, 司法局, 人社局, 医保局, 住建局, 应急局, 自然资源局, 总工会/团区委/妇联/残联, 税务/烟草,
街道党工委, 开发区, 国企 巡视整改, 2016–2019 and 2024–2025); the rest were not padded.
"""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R15 = [
    # --- progress reports (bodies with and without their title line) -------------------------------------------------
    # https://www.cdacdg.com/culture-detail/41.html (a district investment group's report with its title: the group
    # entered the 集团党委; the meetings counted (4次, 12次) and the 12 departments and 10 subsidiaries are no metric)
    ("airport_group_district_progress", "https://www.cdacdg.com/culture-detail/41.html", "progress", """中共成都空港城市发展集团有限公司委员会关于巡察整改进展情况的通报
根据区委统一部署,2023年10月8日至11月17日,区委第三巡察组对空港发展集团党委进行了巡察,2024年1月18日,区委第三巡察组向空港发展集团党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、落实巡察整改主体责任情况
(一)加强组织领导,统筹安排部署。集团党委高度重视,全面动员部署,……先后召开4次专题会,研究整改措施、整改时限,明确责任领导、责任部门及工作流程,形成整改方案及“三张清单”,全面推动整改落实。
(二)强化责任落实,建立长效机制。……集团12个部门、10个子公司组成工作专班,坚持“地毯式”整改,……上半年,集团党委集体研究巡察整改相关资料20余份,召开巡察整改调度会12次。
""", {"unit": "空港发展集团党委", "group": "区委第三巡察组", "term": None, "round": None, "start": date(2023, 10, 8),
      "end": date(2023, 11, 17), "feedback_date": date(2024, 1, 18), "figures": []}),
    # https://blfj.yueyang.gov.cn/10907/61270/61278/content_1872337.html (a city market regulator's report after a
    # special inspection of its business environment, headed 回头看: the visit names 市市场监督管理局 and the feedback
    # 市市场监督管理局党组, so the unit is left unscored; the group's long name is not scored; 11项问题 the problems;
    # 4、5次 meetings no metric)
    ("yueyang_market_regulator_business_progress", "https://blfj.yueyang.gov.cn/10907/61270/61278/content_1872337.html", "progress", """【巡察整改】中共岳阳市市场监督管理局党组关于优化营商环境专项巡察“回头看”整改进展情况
编辑:岳纪宣 发表时间:2021-11-05 10:56 来源:巴陵风纪网
根据岳阳市委统一部署,2020年12月16日至2021年2月3日,市委深化“最多跑一次”改革、优化营商环境专项巡察组对市市场监督管理局进行了专项巡察。2021年5月19日,市委深化“最多跑一次”改革、优化营商环境专项巡察组向市市场监督管理局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、组织整改落实情况
市委巡察组反馈意见提出了11项问题,我局党组高度重视,多次研究整改方案和措施,把巡察整改落实作为当前重要任务来抓。
……三是定期调度督导。我局党组依次召开问题交办会、问题整改落实情况调度会和问题整改督导会,……不到两个月时间召开专题会议达4、5次之多,……
""", {"term": None, "round": None, "start": date(2020, 12, 16), "end": date(2021, 2, 3),
      "feedback_date": date(2021, 5, 19), "figures": [("problems", 11)]}),
    # https://www.nbjb.gov.cn/art/2025/5/26/art_1229105199_58966144.html (a district party committee's report after a
    # city's mobile inspection of water-ecology problems: the group's kind in its name (市委涉水生态问题机动巡察组);
    # 97条整改措施 the measures)
    ("jiangbei_water_ecology_mobile_progress", "https://www.nbjb.gov.cn/art/2025/5/26/art_1229105199_58966144.html", "progress", """中共江北区委关于落实市委涉水生态问题机动巡察组反馈意见集中整改进展情况的通报
根据市委统一部署,2024年9月11日—9月30日,市委涉水生态问题机动巡察组对江北区委进行了巡察。2025年1月26日,市委涉水生态问题机动巡察组向江北区委反馈了巡察意见。根据巡察工作要求,现将集中整改进展情况予以公布。
……二是加强组织领导,明确整改任务。坚持区委牵头抓总责任,组建江北区委涉水生态问题机动巡察整改领导小组,落实97条整改措施,确保所有意见认真解决、有效整改。……
""", {"unit": "江北区委", "group": "市委涉水生态问题机动巡察组", "term": None, "round": None,
      "start": date(2024, 9, 11), "end": date(2024, 9, 30), "feedback_date": date(2025, 1, 26),
      "figures": [("measures", 97)]}),
    # http://jylawyerkey.com/art/2024/12/26/art_24174_4267955.html (an industrial park's body on a copied domain: the
    # unit named in full once and then as 园区党委, read from the visit; 第五轮巡察集中反馈会 names the city's round,
    # read as round 5; 二十届中央第二轮巡视 is a central round studied, no term or round of this text; the meetings of
    # 4月10日 and 5月16日 are no field)
    ("binhai_port_park_progress", "http://jylawyerkey.com/art/2024/12/26/art_24174_4267955.html", "progress", """根据市委统一部署,2023年11月29日至2024年1月31日,市委第五巡察组对滨海港工业园区管理办公室党委进行了巡察,2024年4月9日市委第五巡察组向园区党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、整改工作组织领导情况
……一是提高政治站位,凝聚共识增强自觉。……4月10日,召开园区党委会议,专题学习中共中央政治局审议《关于二十届中央第二轮巡视情况的综合报告》的会议精神,省委关于巡视整改的最新部署,以及市委书记专题会议、第五轮巡察集中反馈会要求,研究部署整改工作,……5月16日,园区召开巡察整改专题民主生活会,……
""", {"unit": "滨海港工业园区管理办公室党委", "group": "市委第五巡察组", "term": None, "round": 5,
      "start": date(2023, 11, 29), "end": date(2024, 1, 31), "feedback_date": date(2024, 4, 9), "figures": []}),
    # http://www.whjjw.gov.cn/html/m/wenzhang_817620.html (a development zone's working committee after a city's
    # linked inspection beside a provincial round: the feedback day 4月11日 without a year takes 2024, after the
    # visit's end (settled convention 1); the round in the title is the province's, so round is not scored; 171条整改措施
    # measures, 制度46项 rules; the 11 key matters and 5 meetings are no metric)
    ("wuhu_development_zone_linked_progress", "http://www.whjjw.gov.cn/html/m/wenzhang_817620.html", "progress", """中共芜湖经济技术开发区工委关于省委第五轮巡视联动巡察整改进展情况的通报
2025-04-29 18:10
根据市委统一部署,2023年11月25日至2024年1月16日,市委第二联动巡察组对中共芜湖经济技术开发区工委进行了巡察。4月11日,巡察组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、党工委及主要负责人组织落实整改情况
……(二)加强组织领导,压实整改责任。……党工委主要负责同志严格落实第一责任人责任,主动认领11个重点难点整改事项,……
(三)细化整改方案,分层分类施策。巡察反馈后,党工委召开5次专题会议,制定巡察整改方案,对反馈的问题,建立健全“三项清单”,精准制定171条整改措施,明确责任领导、整改任务、时限要求。……制定完善各类制度46项,……
""", {"unit": "芜湖经济技术开发区工委",  # the set's notation (r16 pass): the unit without 中共, as the importer writes every unit and the seed tests pin 中共朝阳市委 -> 朝阳市委
      "group": "市委第二联动巡察组", "term": None,
      "start": date(2023, 11, 25), "end": date(2024, 1, 16), "feedback_date": date(2024, 4, 11),
      "figures": [("measures", 171), ("rules_established", 46)]}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=41405 (a port development zone's working committee after a
    # special and a routine inspection at once: the title's long name and the visit's short one; the unit is the
    # visit's; the life meeting of 2023年2月8日 is no feedback)
    ("dongying_port_zone_progress", "http://www.jiwei.gov.cn/news_content.thtml?contentId=41405", "progress", """中共东营市委东营港经济开发区工作委员会关于市委第三巡察组反馈意见集中整改进展情况的通报
根据市委统一部署,2022年6月21日至9月30日,市委第三巡察组对东营港经济开发区党工委开展了黄河流域生态保护和高质量发展专项巡察,同时开展了常规巡察,并于2022年12月9日反馈了巡察情况。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
……巡察组反馈意见后,开发区及时召开党工委会议,……2023年2月8日,召开市委巡察整改专题民主生活会,深刻查摆巡察反馈意见及整改过程中存在的问题,……
""", {"unit": "东营港经济开发区党工委", "group": "市委第三巡察组", "term": None, "round": None,
      "start": date(2022, 6, 21), "end": date(2022, 9, 30), "feedback_date": date(2022, 12, 9), "figures": []}),
    # https://www.czs2y.com.cn/ywgk/501.html (a city hospital's report on its own site, with its title and date line:
    # the group named 市委第四巡察组 and then 市委巡察组 (a numbered group named so is scored); the hospital named
    # 郴州市第二人民医院党委 in both sentences; the first finding's sub-points are not counted here)
    ("chenzhou_second_hospital_progress", "https://www.czs2y.com.cn/ywgk/501.html", "progress", """中共郴州市第二人民医院委员会关于巡察整改进展情况的通报
发布时间: 2025-09-30
根据市委统一部署,2024年9月9日至12月10日,市委第四巡察组对郴州市第二人民医院党委进行了巡察。2024年12月30日,市委巡察组向郴州市第二人民医院党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、组织整改落实情况
(一)党委扛牢主体责任。郴州市第二人民医院党委坚持把巡察整改工作作为当前重大政治任务。……
""", {"unit": "郴州市第二人民医院党委", "group": "市委第四巡察组", "term": None, "round": None,
      "start": date(2024, 9, 9), "end": date(2024, 12, 10), "feedback_date": date(2024, 12, 30), "figures": []}),
    # https://xintukeji.cn/xintu/14359.html (a region's report after a central routine round, copied on a company's
    # domain: the visit names 内蒙古自治区 and the feedback 内蒙古自治区党委, so the unit is not scored; round 6 from
    # the central round whose report the committee studied (中央第六轮巡视综合情况汇报), no term stated)
    ("inner_mongolia_central_eighth_group_progress", "https://xintukeji.cn/xintu/14359.html", "progress", """根据中央统一部署,2020年10月10日至12月20日,中央第八巡视组对内蒙古自治区开展了常规巡视。2021年2月5日,中央巡视组向内蒙古自治区党委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、坚决扛起政治责任,切实增强抓好巡视整改的政治自觉、思想自觉、行动自觉
……(一)坚持政治引领,持续强化思想整改。……自治区党委先后召开常委会会议、理论学习中心组学习会,深入学习领会习近平总书记关于巡视工作的重要论述和听取中央第六轮巡视综合情况汇报时的重要讲话精神,进一步深化对巡视整改政治意义和政治分量的理解认识,……
""", {"group": "中央第八巡视组", "term": None, "round": 6, "start": date(2020, 10, 10), "end": date(2020, 12, 20),
      "feedback_date": date(2021, 2, 5), "figures": []}),
    # https://zhenba.qinfeng.gov.cn/info/1015/10583.htm (a county housing bureau's body after a special inspection of
    # work style in economic development: the group's long name in one form is scored; the visit names 住建局党组 and the
    # feedback's title 县住建局, so the unit is not scored; 12月23日 without a year takes 2021, after the visit's end
    # (settled convention 1); 10个问题 problems, 5 completed, 5 in progress (正在整改); 2个方面 is no metric)
    ("zhenba_housing_work_style_special_progress", "https://zhenba.qinfeng.gov.cn/info/1015/10583.htm", "progress", """根据县委统一部署,2021年10月15日至11月25日,县委经济发展领域作风建设专项巡察二组对住建局党组进行了巡察,12月23日反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、强化责任担当,积极整改落实。
巡察组反馈意见后,住建局党组高度重视,立即召开专题会议,……认真学习《县委经济发展领域作风建设专项巡察二组关于对县住建局巡察情况的反馈意见》,……
二、县委巡察组反馈意见整改落实情况。
截止目前,整改工作取得积极进展。住建局党组根据巡察反馈的2个方面细化分解了10个问题,已完成5个,正在整改5个,持续性开展的整改措施均取得了阶段性成效。
""", {"group": "县委经济发展领域作风建设专项巡察二组", "term": None, "round": None, "start": date(2021, 10, 15),
      "end": date(2021, 11, 25), "feedback_date": date(2021, 12, 23),
      "figures": [("problems", 10), ("completed", 5), ("in_progress", 5)]}),
    # http://fl.gov.cn/bm/cgj/zwgk_46459/fdzdgknr_46461/qtfdzdgknr/202302/t20230201_11555117.html (a district urban
    # management bureau's body: the group named with its number and then as 区委巡察组 is scored; the bureau's meetings of
    # 7月27日 and 8月1日 are no field)
    ("fuling_urban_management_progress", "http://fl.gov.cn/bm/cgj/zwgk_46459/fdzdgknr_46461/qtfdzdgknr/202302/t20230201_11555117.html", "progress", """根据区委统一部署,2022年3月15日至6月10日,区委第一巡察组对区城市管理局党委开展了常规巡察。2022年7月26日,区委巡察组向城市管理局党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改情况予以公布。
一、压实主体责任,抓好整改工作的安排部署
……7月27日,将区委第一巡察组《关于巡察区城市管理局党委的反馈意见》,……印发各单位、科室,……二是明确责任抓整改。8月1日召……
""", {"unit": "区城市管理局党委", "group": "区委第一巡察组", "term": None, "round": None, "start": date(2022, 3, 15),
      "end": date(2022, 6, 10), "feedback_date": date(2022, 7, 26), "figures": []}),
    # https://wtxgj.ezhou.gov.cn/xwdt/tzgg/202501/t20250121_686746.html (a city culture and tourism bureau's body,
    # 予以通报 instead of 予以公布)
    ("ezhou_culture_tourism_progress", "https://wtxgj.ezhou.gov.cn/xwdt/tzgg/202501/t20250121_686746.html", "progress", """根据市委巡察工作统一部署,2024年3月18日至4月30日,市委第四巡察组对市文化和旅游局党组开展了巡察。2024年5月29日,市委巡察组向市文化和旅游局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以通报。
一、巡察整改工作开展情况
一是提高站位抓整改。……召开局党组专题会议,研究部署整改工作,制定整改方案,建立问题清单、任务清单、责任清单,明确责任人、整改措施和时限。……
""", {"unit": "市文化和旅游局党组", "group": "市委第四巡察组", "term": None, "round": None, "start": date(2024, 3, 18),
      "end": date(2024, 4, 30), "feedback_date": date(2024, 5, 29), "figures": []}),
    # https://m.bidcenter.com.cn/newsrili-1-266700074.html (a city culture and tourism bureau's report copied onto a
    # bidding portal with its title doubled: term and round in the title; the unit named with 以下简称, not scored; the
    # 15 divisions are no metric)
    ("wuhan_culture_tourism_progress_bidding_copy", "https://m.bidcenter.com.cn/newsrili-1-266700074.html", "progress", """中共武汉市文化和旅游局委员会关于十四届市委第四轮巡察集中整改进展情况的通报
中共武汉市文化和旅游局委员会关于十四届市委第四轮巡察集中整改进展情况的通报
根据市委统一部署,市委第七巡察组于2023年3月14日至5月14日,对市文化和旅游局(以下简称市文旅局)党委开展政治巡察。2023年7月4日,巡察组向市文旅局党委反馈了巡察意见。按照巡察工作有关要求,现将我局巡察整改情况予以公布。
一、巡察整改工作组织领导情况
……二是加强组织领导,以上率下抓整改。成立巡察整改工作领导小组,由局主要负责人任组长。针对反馈的问题,明确牵头处室,建立“三张清单”,分解任务至15个处室,加强跟踪调度,……
""", {"group": "市委第七巡察组", "term": 14, "round": 4, "start": date(2023, 3, 14), "end": date(2023, 5, 14),
      "feedback_date": date(2023, 7, 4), "figures": []}),
    # --- news (feedbacks, mobilisations, rectification news, checks that are no party inspection) ----------------------
    # http://3bcivil.com/Item/2442.aspx (a group's discipline commission's open and unannounced checks of eight
    # subsidiaries before a holiday: no party inspection; 9月29日 without a year)
    ("group_holiday_unannounced_check", "http://3bcivil.com/Item/2442.aspx", "news", """为认真落实政治监督要求,督促各基层单位廉洁过节,9月29日,集团纪委分两个督查组对所属8家子公司开展了明察暗访督查。本次督查不统一设定督查内容,而是根据每个子公司的特点和具体情况确定了不同的督查重点,通过查阅资料、个别谈话等方式对相关子公司外出请假报告制度落实、……纪检监察体制改革等工作情况进行了督查。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://aqyjzx.gov.cn/show/2761.html (a district political consultative conference's democratic appraisal of a
    # commerce bureau: no party inspection; the page's date line is no start)
    ("district_cppcc_commerce_appraisal", "https://aqyjzx.gov.cn/show/2761.html", "news", """区政协召开民主评议区商务局动员大会
文章来源:本站原创 发布时间:2023-10-18 浏览:1718
10月18日上午,区政协召开民主评议区商务局动员大会,区政协副主席储霞文出席会议;区政协党组成员、秘书长钱青主持会议;……
会上宣读了《关于区政协对区商务局开展民主评议工作的实施方案》,储霞文作动员报告,并对民主评议工作提出意见,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://epaper.lnd.com.cn/lnrbepaper/pc/con/202101/22/content_100443.html (a province's special checks of
    # appointments beside its provincial rounds: checks, no party inspection; 4轮 is a count of checks, no round; the
    # 16 common problems and 79 rules are the checks' over 54 regions and units, no figure of an inspection)
    ("liaoning_appointment_special_checks", "http://epaper.lnd.com.cn/lnrbepaper/pc/con/202101/22/content_100443.html", "news", """我省抓实选人用人专项检查 涵养清风正气
辽宁日报 2021年01月22日
本报讯 记者王笑梅报道 为涵养选贤任能清风正气,我省认真贯彻落实中共中央办公厅《干部选拔任用工作监督检查和责任追究办法》,结合省委每轮常规巡视,大力开展选人用人专项检查。据了解,《办法》实施近两年来,我省派出检查组先后对54个地区和单位开展了4轮选人用人专项检查,有效匡正了选人用人风气。
……对检查中发现的“转移工资关系不及时”“乡镇领导班子成员违规调动”等16个共性问题,检查组形成《工作提示单》,……督促各地各单位通过整改健全完善79项制度规定,进一步提高了选人用人工作质量和水平。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://precisiondiecast.org/hyzgprecisiondiecastorg/tszs/420059 (a provincial organisation department's special
    # checks of appointments, copied on an unrelated domain: checks, no party inspection; 8月31日 without a year)
    ("gansu_appointment_checks_copied", "https://precisiondiecast.org/hyzgprecisiondiecastorg/tszs/420059", "news", """为了深入贯彻落实党的十七大提出的提高选人用人公信度的目标要求,切实加强对干部选拔任用工作的监督,近日,甘肃省委组织部派出5个检查组,对10个市州、20个省直部门(单位)和部分县区党委(党组)的干部选拔任用工作情况进行专项检查。
……为了确保这次检查工作的质量,8月31日,省委组织部召开会议,对检查组人员进行集中培训,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://tjj.ln.gov.cn/tjj/tjgz/tjyw/2024042510432437028/index.shtml (a provincial statistics bureau's 统计督察 of a
    # city: no party inspection, so no group, dates or problems; the 第1统计督察组 is no inspection group)
    ("tieling_statistics_supervision_feedback", "https://tjj.ln.gov.cn/tjj/tjgz/tjyw/2024042510432437028/index.shtml", "news", """按照省委、省政府工作要求,省统计局于4月17日向铁岭市反馈了2023年统计督察意见。省统计局第1统计督察组组长、省统计局党组成员、副局长江永平参加反馈会议并通报督察意见,……
为深入贯彻落实党中央、国务院关于统计工作重要决策部署和省委、省政府关于统计工作要求,经省委、省政府同意,2023年11月17日至12月1日,省统计局第1统计督察组对铁岭市防范和惩治统计造假、弄虚作假情况开展了统计督察。
督察发现,铁岭市统计工作仍然存在一些问题,突出表现在:一是学习贯彻习近平总书记关于统计工作重要讲话和指示批示精神及党中央、国务院关于统计工作决策部署仍有差距。二是贯彻落实省委、省政府工作部署方面不够到位。三是统计法定职责履行不够扎实有效。四是统计违纪违法行为及案件处理还有不足。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://geotess.com/ABTYCHINAGFWZ/info/1064/6131.htm (a university college's report meeting on its
    # rectification, copied on an unrelated domain: the college is 我院, no unit; 6月18日 without a year; the group
    # named 第一巡察组 without its owner, not scored)
    ("college_rectification_report_meeting_copied", "https://geotess.com/ABTYCHINAGFWZ/info/1064/6131.htm", "news", """(通讯员 董克)根据学校党委部署安排,6月18日下午,我院在农业微生物重点实验室附楼报告厅(原生三教室)召开整改情况报告会。校党委副书记、纪委书记、巡察工作领导小组副组长廖济忠,纪委副书记、党委巡察办主任余斌,第一巡察组组长刘朝晖、副组长郑学刚出席会议。学院党政领导班子成员、师生代表、离退休人员代表参加会议。会议由院长赵书红主持。
……
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://wbq.gov.cn/DepartmentNews/info/17768 (a district group's entry meeting at the district education bureau:
    # the group named with its district once and then as 第二巡察组, not scored; the meeting's day is no start; the
    # unit is the visit's)
    ("weibin_education_bureau_entry_meeting", "http://wbq.gov.cn/DepartmentNews/info/17768", "news", """2023年12月25日下午,卫滨区委第二巡察组入驻区教育体育局巡察动员会在教体局召开。第二巡察组成员、区教体局领导班子、区属各中小学、幼儿园校(园)长及机关工作人员等80余人参会。
会上,第二巡察组组长姚冰进行动员讲话,深刻阐释这次巡察的重大意义,明确了总体要求、主要任务。教体局党组书记、局长王永辉作表态发言,……
""", {"unit": "区教育体育局", "term": None, "round": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://shennongjia.cjyun.org/p/8682.html (a provincial agriculture department's on-site supervision of a
    # forestry district's rectification of central environmental inspection problems: no party inspection; 7月4号
    # without a year)
    ("shennongjia_environmental_rectification_supervision", "http://shennongjia.cjyun.org/p/8682.html", "news", """(记者 邓凯 报道)7月4号,省农业厅畜牧兽医局党委委员、纪委书记王兵一行来到我区,开展中央环保督察涉农问题整改现场督办检查。
……省督查组要求,农业部门要严格对照国家标准和中央环保督察反馈问题,抓落实,抓整改,见成效;……确保按时完成中央环保督察反馈意见整改任务。
请输入验证码
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://799ssc.com/n2018/c_506673.html (a county political consultative conference's supervision visit, copied
    # on a lottery-like domain: no party inspection; 4月17日 without a year)
    ("changfeng_cppcc_agriculture_visit", "https://799ssc.com/n2018/c_506673.html", "news", """4月17日下午,长丰县政协副主席董善乐组织开展推进农业强县建设协商建议清单办理民主监督视察活动。……
视察组一行先后视察了下塘镇明华社区高标准农田建设、杜集奶牛基地数字乡村建设、造甲双河社区村集体经济发展情况,并召开座谈会,……他强调,……政协通过调研、视察建议清单落实情况回头看,把问题解决进一步落实,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://jxxf.gov.cn/xfxxxgk/jrzyjj005/202412/c89daac5436a40d39e65396e972cdeeb.shtml (a deputy county head's
    # meeting on farmland rectification with the government's 督查室: no party inspection)
    ("xinfeng_farmland_rectification_meeting", "http://jxxf.gov.cn/xfxxxgk/jrzyjj005/202412/c89daac5436a40d39e65396e972cdeeb.shtml", "news", """今天(12月20日)上午,县政府副县长钟宇龙在县自然资源局主持召开耕地流出整改工作调度例会。
钟宇龙要求:……四是县政府督查室要加强督查,尤其是对落后乡镇重点督,查清、查准、查细存在的问题,及时形成督查专报。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.huoqiu.gov.cn/public/6600821/35100086.html (a county's 督查 of livestock manure projects, set by its
    # plan for rectifying a city's special inspection of river chiefs: the 督查 is no party inspection; 3月28日至4月10日
    # is the 督查's period, no visit; the 883 farms are no units)
    ("huoqiu_manure_project_look_back_supervision", "https://www.huoqiu.gov.cn/public/6600821/35100086.html", "news", """为了生态环境保护和河湖长制工作有序推进,根据《中共霍邱县委关于市委河湖长制专项巡察反馈意见整改方案》要求,经霍邱县国家畜禽粪污资源化利用整县推进项目工作领导小组安排,开展全县畜禽粪污资源化利用整县推进项目“回头看”督查工作,本次督查为3月28日至4月10日,督查霍邱县畜禽粪污资源化利用推进项目883家项目场养殖生态环境和粪污处理设施运用情况。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://jiayu.cjyun.org/p/39639.html (a county meeting on rectifying a provincial audit of farmland projects: an
    # audit's rectification, no party inspection; nothing is read (a refusal as an audit text meets every absence))
    ("jiayu_farmland_audit_rectification_meeting", "http://jiayu.cjyun.org/p/39639.html", "news", """我县召开高标准农田建设审计反馈问题整改工作会
云上嘉鱼报道(记者熊熙)1月8日,我县召开高标准农田建设审计反馈问题整改工作会。县委副书记、政法委书记李德炳,副县长华红出席会议。
……会议传达学习了省审计厅关于《嘉鱼县2016年至2019年度高标准农田建设项目建设情况审计报告》文件精神。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://news.xust.edu.cn/info/1002/24812.htm (a university's leading group meeting hearing a third round and the
    # second round's rectification and reviewing the plan of a new term's first round: several rounds named, so no
    # round; the four branches are not named; 4月28日 without a year)
    ("xust_inspection_leading_group_meeting", "http://news.xust.edu.cn/info/1002/24812.htm", "news", """4月28日,学校通过在线形式召开了第十一届党委第一次巡察工作领导小组会议。会议听取了第三轮巡察工作和第二轮被巡察的四个基层党委整改工作进展的情况汇报,审议了《第十一届党委第一轮校内巡察工作实施方案》。校党委书记、巡察工作领导小组组长蒋林参加会议并讲话,……
""", {"units": [], "group": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.succ.edu.cn/xb/Home/News/view/xwid/f5348cf8b1a4c64a44223ef35e9b6ff5 (a vocational college's rules
    # for its own inspections: a procedure, no inspection told; the group of 5~7 people is no figure)
    ("urban_construction_college_inspection_rules", "https://www.succ.edu.cn/xb/Home/News/view/xwid/f5348cf8b1a4c64a44223ef35e9b6ff5", "news", """上海城建职业学院党委巡察工作规程
为深入贯彻落实《中国共产党巡视工作条例》、全国巡视工作会议精神以及市委关于巡视巡察工作要求,进一步加强改进和深化学校巡察工作,……制定本规程。
一、巡察准备
(一)明确巡察任务、调配巡察人员
1.明确巡察对象。巡察工作办公室(以下简称“巡察办”)根据巡察工作规划和决策部署,研究提出每轮巡察对象建议名单报巡察工作领导小组(以下简称“领导小组”),领导小组按程序报校党委批准。
……3.组建巡察组。巡察组成员人数及人选名单根据每批巡察任务确定,一般由5~7人组成,其中设组长1名(一般由正职中层领导干部担任)、副组长1~2名。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://lcj.sc.gov.cn/scslyt/ywcd/2023/11/8/1e7f35b24e6941dc921efab0b6ed04d5.shtml (a provincial forestry
    # administration's own group at its forestry station: the group named 局党组第二巡察组 and 第二巡察组, the station
    # 四川省林业工作总站 and 省林业工作总站, so neither is scored; 2023年度 gives no round; 9月份 and 12月底 are no
    # dates)
    ("sichuan_forestry_station_inspection_news", "https://lcj.sc.gov.cn/scslyt/ywcd/2023/11/8/1e7f35b24e6941dc921efab0b6ed04d5.shtml", "news", """根据《中共四川省林业和草原局党组2023年度巡察工作方案》和《中共四川省林业和草原局党组关于成立2023年度巡察工作巡察组的通知》,局党组第二巡察组9月份开始对四川省林业工作总站进行巡察。
省林业工作总站党支部和领导班子接到巡察通知后,高度重视,认真组织,全力做好迎接巡察的准备工作。……五是张贴巡察工作公告,设置意见征集箱,公开巡察组联系电话,……
目前,巡察工作正在按计划进行,预计12月底结束。
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://huhehaote.baogaosu.com/xinwen/%E7%9D%A3%E5%AF%9F%E6%A3%80%E6%9F%A5%E7%BB%84%E5%AF%B9%E6%88%91%E5%8C%BA%E7%9B%91%E6%89%80%E5%AE%89%E5%85%A8%E7%A8%B3%E5%AE%9A/59208185/
    # (a ministry's 督察检查组 at a region's prisons, copied on a news aggregator: no party inspection; the 440 hidden
    # dangers and eight aspects are no figure; 回头看 of a 督察 is no inspection)
    ("justice_ministry_prison_supervision", "http://huhehaote.baogaosu.com/xinwen/%E7%9D%A3%E5%AF%9F%E6%A3%80%E6%9F%A5%E7%BB%84%E5%AF%B9%E6%88%91%E5%8C%BA%E7%9B%91%E6%89%80%E5%AE%89%E5%85%A8%E7%A8%B3%E5%AE%9A/59208185/", "news", """司法部督察检查组对我区监所安全稳定进行督察检查
18.07.2017  23:22
7月12日至15日,以司法部监狱管理局叶跃进副局长为组长的司法部督察检查组一行4人,就安全隐患整改、制度落实、规范管理、执法教育、安全生产、舆情处置、安防措施以及警察队伍建设等八个方面,赴呼和浩特第一监狱进行了督察检查,赴呼和浩特第二监狱、女子强制隔离戒毒所、赛罕强制隔离戒毒所进行了督察检查“回头看”。
……从督察检查的情况来看,也取得了很好的效果,发现了440多项安全隐患,绝大多数已经进行了整改,剩下的正在继续整改。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://news.sohu.com/20080626/n257749463.shtml (a provincial justice department's night check of prisons before
    # the Olympics: a 督查, no party inspection; 6月24日 without a year in the text)
    ("henan_prison_night_check_2008", "https://news.sohu.com/20080626/n257749463.shtml", "news", """“我和督查组的成员就在监狱大门口……”6月24日23时40分,正在值班的河南省洛阳监狱监狱长楼王君突然接到河南省司法厅副厅长周济生的电话。
……周济生说,为进一步提高河南省监所安全防范水平,……河南省司法厅党委决定,由厅领导班子成员带队,分成9个督查组对全省监狱和劳教所进行拉网式督查。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://zhlyj.cn/html/2018-08/5953.html (a forestry administration's work group supervising its forest farms: no
    # party inspection)
    ("zhanhe_forest_farms_work_group", "http://zhlyj.cn/html/2018-08/5953.html", "news", """专员办工作组深入山上林场(所)督导森林资源夏季保卫战工作
    8月1-2日,按照副局长柴金山的工作部署,专员办组成工作组,深入到山上林场(所)督导森林资源夏季保卫战工作。
    工作组每到一个林场(所),首先检查资源监督中心站资源监督员驻点情况,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.jsdyjw.gov.cn/show.asp?id=3619 (a city group's feedback to the city political consultative
    # conference's office, with the page's date line: the findings after 主要是： end in 等, left unscored; the unit is the
    # visit's)
    ("danyang_cppcc_office_feedback", "http://www.jsdyjw.gov.cn/show.asp?id=3619", "news", """市委第一巡察组向市政协机关反馈巡察情况
信息来源:原创 发布日期:2025年8月26日 【打印】
根据市委巡察工作领导小组的安排,2025年8月8日,市委第一巡察组向市政协机关反馈巡察情况。会上,市委第一巡察组组长陆荣祥代表巡察组反馈巡察意见,并对巡察整改工作提出要求。……
根据市委统一部署,2025年3月24日至6月20日,市委第一巡察组对市政协机关开展了常规巡察。……
陆荣祥指出,……但在巡察中也发现了一些问题,主要是:学习贯彻新思想新精神不到位,调研紧扣中心贴近实际不到位,提案工作质效有待提升,主体责任落实有差距,党建工作责任制落实不严,对巡察整改重视不够等。
""", {"unit": "市政协机关", "group": "市委第一巡察组", "term": None, "round": None, "start": date(2025, 3, 24),
      "end": date(2025, 6, 20), "feedback_date": date(2025, 8, 8), "figures": []}),
    # http://www.360elib.com:2027/detail.aspx?NewsCode=NC265&NewsId=32913672&OrgId=001 (a district's seventh round at its
    # health bureau, on a paper's archive: term and round stated; the unit with its bracketed second name and the
    # eleven bodies under it unnamed are left unscored; 12月6日 without a year beside a span of parts of months
    # (2023年12月上旬至2024年1月下旬), neither scored)
    ("district_health_bureau_seventh_round_entry", "http://www.360elib.com:2027/detail.aspx?NewsCode=NC265&NewsId=32913672&OrgId=001", "news", """本报讯(钟萱) 根据市委巡察工作安排和区委统一部署,十一届区委第七轮巡察对区卫生健康局党委(区老龄工作委员会办公室)开展常规巡察,延伸巡察3个卫健局党委下属事业单位及8个基层卫生服务机构党组织。
12月6日,各巡察组完成进驻,自2023年12月上旬至2024年1月下旬,将进驻被巡察单位工作2个月左右。巡察期间设专门联系电话(受理时间为工作日9:00-17:00)、邮政信箱、电子邮箱和联系信箱。……
""", {"group": None, "term": 11, "round": 7, "feedback_date": None, "problems": 0, "figures": []}),
    # http://119.23.252.214:8003/contents/43/17843.html (a district health bureau's check of sites for a civilised-city
    # review, on a portal served by its address: a 督查, no party inspection)
    ("dianbai_health_bureau_civilised_city_check", "http://119.23.252.214:8003/contents/43/17843.html", "news", """陈观汉带队督查“创文巩卫”工作
2023-03-15
3月14日下午,电白区卫健局党组书记、局长陈观汉带队到“各迎检点”对“疾病防控与医疗卫生服务”项目开展督查评估。督查组一行先后检查了颐年苑、区妇幼保健院、区税务局、东湖健康主题公园等迎检点,针对督导中发现的蚊媒密度超标、医疗卫生服务、传染病防控等问题,现场提出了整改意见和解决措施。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://jingzhou.cjyun.org/p/382802.html (a city group's "pinpoint" inspection of the city's housing system: a
    # system is no unit; the group named with its city once and without it elsewhere, not scored; the mobilisation day
    # 3月21日 is no start; 三个月 gives no end)
    ("jingzhou_housing_system_pinpoint_mobilisation", "http://jingzhou.cjyun.org/p/382802.html", "news", """云上荆州报道:根据市委巡察工作统一部署,3月21日,荆州市委第二巡察组巡察全市住建系统优化营商环境工作动员会召开,正式进驻市住建系统开展为期三个月的“点穴式”巡察。
会上集中学习了习近平总书记关于巡视工作的重要论述和上级关于巡视巡察工作的新精神新要求。市委第二巡察组组长张志敏作巡察动员讲话。……
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.lhlzw.gov.cn/sitesources/lhsjjw/page_pc/gzdt/pzgz/articleaae140c4f8ba4a6aa6742c5b4863e152.html (a
    # stationed discipline group's hearing on two bureaus' campaign work: no party inspection)
    ("luohe_stationed_group_campaign_hearing", "http://www.lhlzw.gov.cn/sitesources/lhsjjw/page_pc/gzdt/pzgz/articleaae140c4f8ba4a6aa6742c5b4863e152.html", "news", """近日,为推进主题教育专项整治工作顺利完成,市纪委监委派驻第二十一纪检监察组召开综合监督单位主题教育专项整治进展情况汇报会,2家综合监督单位的分管领导和具体负责此项工作的有关人员参加会议。
会上,综合监督单位分别汇报了牵头开展的专项整治进展情况、排查梳理的主要问题和下一步工作打算。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.ahbbjjjc.gov.cn/html/wenzhang_641047.html (a stationed discipline group's supervision of two bodies'
    # rectification of central and provincial poverty inspections: no inspection of its own told; the 2 clues handed up
    # are the group's, no figure of an inspection)
    ("bengbu_stationed_group_poverty_rectification_check", "http://www.ahbbjjjc.gov.cn/html/wenzhang_641047.html", "news", """近期,驻市卫健委纪检监察组聚焦卫生健康脱贫工作,对被监督单位中央专项巡察反馈问题再对标再整改情况进行监督检查,推动脱贫攻坚巡视反馈问题扎实整改。……对整改中发现的怀远县魏庄镇胡郢村卫生室不能正常使用问题、怀远县安康医院套取农合资金等2条问题线索整理上报并跟进监督。……针对中央、省扶贫巡视组指出的健康脱贫方面存在的问题,与县卫健委、镇卫生院、村医务室相关负责人进行沟通协商,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://scholarmate.com/S/L3pJFl (an abstract of a paper on a provincial power company's inspection system: no
    # inspection told)
    ("power_company_inspection_system_abstract", "https://scholarmate.com/S/L3pJFl", "news", """摘要
巡察是全面从严治党的重要手段,是加强党内监督的重要举措。面对大型企业金字塔式的组织结构,仅凭省电力公司一级的监督力量难以实现对所管辖的二、三级单位检查全覆盖。文章通过构建一种省市公司上下联动的"1+N"巡察监督工作体系,……
-
单位国网安徽省电力有限公司
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- round-level notices and statistics --------------------------------------------------------------------------
    # http://lcjjjc.gov.cn/info-138-10311.html (a county's look-back at five units, on a prefecture's portal with its
    # dated line: the term from 十三届永德县委; 3月9日 takes the year of the page's 发布日期 (2021); 25天 no end)
    ("yongde_look_back_five_units", "http://lcjjjc.gov.cn/info-138-10311.html", "rounds", """永德:开展巡察“回头看”巩固提升巡察质效
发布日期:2021-04-19 22:33:40    信息来源:永德
……十三届永德县委在完成巡察全覆盖的基础上,从3月9日开始,全面启动巡察“回头看”工作,派出三个巡察组对团县委、县科协、县地方产业发展服务中心、县妇联、县地震局5个单位开展巡察“回头看”,做深做实巡察的“后半篇”文章,力求问题整改落到实处,见到实效。
在为期25天的巡察“回头看”中,各巡察组坚持以巡察反馈意见为蓝本,……
""", {"unit": "", "units": ["团县委", "县科协", "县地方产业发展服务中心", "县妇联", "县地震局"], "group": None,
      "term": 13, "round": None, "start": date(2021, 3, 9), "end": None, "feedback_date": None, "figures": []}),
    # http://www.ahjjjc.gov.cn/p/124787.html (a district's seventh round rectified by towns for their 58 villages: a
    # round's completion rate (89%); 9个百分点 and the sixth round's rate are no figure; the villages are not named)
    ("jiujiang_seventh_round_village_rectification", "http://www.ahjjjc.gov.cn/p/124787.html", "rounds", """“镇党委坚决扛起整改责任,在做好镇本级巡察整改的同时,做好村(社区)整改工作监督指导,让江北新区发展更快更好。”鸠江区委第七轮巡察整改工作推进会上,江北三镇做表态发言,……
……区委第七轮巡察由三个镇党委分别负责监督所辖村(社区)整改,压实58个村级党组织整改责任,整改完成率达89%,较第六轮村(社区)整改完成率提高了9个百分点。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 7, "start": None, "end": None,
      "feedback_date": None, "figures": [("completion_rate", 89)]}),
    # http://pyrb.pyxww.com/content/202312/20/c132503.html (a city paper on a year's special inspection of development
    # zones: 问题400余个 read as problems 400, as 5.8万余件 is read; the zones and towns are not named)
    ("puyang_development_zones_special_round", "http://pyrb.pyxww.com/content/202312/20/c132503.html", "rounds", """本报讯 (记者 王庆红 通讯员 崔凯 胡晓潇) 进园区、走乡村、入社区、访企业……今年以来,市纪委监委对开发区领域开展专项巡察,对其所属乡镇(街道)开展提级巡察,以强有力政治监督助推开发区高质量发展。
……紧扣开发区贯彻落实党中央、省委、市委决策部署情况,……开展监督,发现开发区土地利用、项目建设、安全生产等方面问题400余个。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 400)]}),
    # https://www.zznu.edu.cn/shiyuanxinwen/Article/20237/ArticleContent_15748.html (a university's second round of
    # feedbacks to eight schools' branches: 7月7日至10日 has no year, no date; 十一届省委第一轮巡视 is the province's
    # round at the university, studied, no term or round of this text; the branches are named by their schools and
    # counted as 8个党总支, kept as written)
    ("zhengzhou_normal_second_round_feedbacks", "https://www.zznu.edu.cn/shiyuanxinwen/Article/20237/ArticleContent_15748.html", "rounds", """7月7日至10日,党委第二轮校内巡察的4个巡察组分别向被巡察党总支反馈巡察意见,本轮巡察反馈工作全部完成。
按照党委统一部署,本轮巡察对文学院、数学与统计学院、外国语学院、美术学院、教育科学学院、物理与电子工程学院、生命科学学院和马克思主义学院等8个党总支开展了常规巡察。各巡察组坚守政治巡察职能定位,紧扣保障二十大决策部署落实见效,按照相关要求,结合十一届省委第一轮巡视我校反馈意见,对8个党总支进行了政治体检。
""", {"unit": "", "units": ["文学院", "数学与统计学院", "外国语学院", "美术学院", "教育科学学院", "物理与电子工程学院",
                            "生命科学学院", "马克思主义学院"], "group": None, "term": None, "round": 2,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://182.61.201.157/p/5616527219 (a city's mobile special round of 29 units, copied on a forum by its address:
    # the units named by county, each kept as written with its county where it has one (29, as counted); 3月19日 has no
    # year; 30天 gives no end)
    ("zhoukou_mobile_poverty_round_29_units", "http://182.61.201.157/p/5616527219", "rounds", """根据市委统一部署,本轮巡察聚焦脱贫攻坚,实行市级统筹、上下联动,采取“1组托2县、大组带分组”的方式,自3月19日起,市委5个巡察组陆续进驻太康县板桥镇、逊母口镇、马厂镇,鹿邑县太清宫镇、任集乡、赵村乡,川汇区人和办事处、金海路办事处,商水县平店乡、袁老乡、邓城镇,淮阳县产业集聚区、教体局、环保局,郸城县虎岗乡、丁村乡、吴台镇,西华县奉母镇、址坊镇、艾岗乡,扶沟县曹里乡、吕潭乡、包屯镇,项城市范集镇、孙店镇、王明口镇,沈丘县刘湾镇、范营乡、莲池镇29家单位,进行涉农扶贫领域机动式专项巡察。巡察对象为被巡察单位党组织领导班子及其成员和其他副科级以上领导干部,巡察时间为30天。
""", {"unit": "", "units": ["太康县板桥镇", "逊母口镇", "马厂镇", "鹿邑县太清宫镇", "任集乡", "赵村乡", "川汇区人和办事处",
                            "金海路办事处", "商水县平店乡", "袁老乡", "邓城镇", "淮阳县产业集聚区", "教体局", "环保局",
                            "郸城县虎岗乡", "丁村乡", "吴台镇", "西华县奉母镇", "址坊镇", "艾岗乡", "扶沟县曹里乡", "吕潭乡",
                            "包屯镇", "项城市范集镇", "孙店镇", "王明口镇", "沈丘县刘湾镇", "范营乡", "莲池镇"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://czlz.gov.cn/Info/54073.aspx (a county's village inspections in sum, on the city commission's site: 问题5610个
    # problems and 问题线索294件 clues transferred; 立行立改 problems solved are no findings; no round or term of the
    # text)
    ("dingyuan_village_inspections_totals", "http://czlz.gov.cn/Info/54073.aspx", "rounds", """定远:坚持真巡实改 扎实推进对村巡察“全覆盖”
……近年来,针对基层巡察巡不透、巡不深、人情干扰多等问题,该县灵活运用“镇村同巡”“直接巡村”“巡单位带村”等方式打好监督“组合拳”,紧盯乡村振兴、惠民利民政策等落实情况,确保对村巡察有的放矢,取得实效。截至目前,已完成对全县258个村(社区)的巡察全覆盖,共发现各类问题5610个,移交问题线索294件,推动立行立改群众身边“急难愁盼”问题65个。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 5610), ("clues_transferred", 294)]}),
    # https://xwzx.qqzyw.com/show-120160.html (a province's first round of a new term: term 10 and round 1; 问题503个
    # the problems; the 411 clues were found, not transferred, and are left out of the figures as a reader of earlier
    # batches would (clues gathered are no transfer); 3月下旬至5月底 is parts of months, not scored; the 22 counties are
    # not named)
    ("anhui_tenth_term_first_round_summary", "https://xwzx.qqzyw.com/show-120160.html", "rounds", """十届安徽省委着力强化巡视监督,深化政治巡视。在首轮巡视中,采取“常规巡视+机动式巡视”工作模式,推行省市县巡视巡察“三级联动”,并探索开展“一巡视两检查”,共发现被巡视党组织问题503个,领导干部问题线索411件,其中县处级以上干部问题线索169件。
……今年3月下旬至5月底,十届安徽省委第一轮巡视共派出8个省委巡视组,对22个县(市、区)开展常规巡视,并对1个省直单位和1个省属企业开展机动式巡视。
""", {"unit": "", "units": [], "group": None, "term": 10, "round": 1, "feedback_date": None,
      # settled convention 6: clues an inspection found are the clues figure (411; the 169 of them, 其中, is a part)
      "figures": [("problems", 503), ("clues_transferred", 411)]}),
    # http://cgj.cq.gov.cn/zwxx_173/bmdt/csgldt/jjg/202305/t20230525_11997092_wap.html (a municipal urban management
    # bureau's own third round entered at three units: round 3; the groups are the bureau's; 45天 gives no end; the
    # first and second rounds named as rectification assessed are earlier rounds (the text's round is its own))
    ("chongqing_urban_management_third_round_entries", "http://cgj.cq.gov.cn/zwxx_173/bmdt/csgldt/jjg/202305/t20230525_11997092_wap.html", "rounds", """市城市管理局党组第三轮巡察完成进驻
日期: 2023-05-25
根据市城市管理局党组第三轮巡察工作安排,近日,市城市管理局党组第一巡察组进驻市市政设施运行保障中心党委,第二巡察组进驻市南山植物园管理处党委、市市政信息中心党支部,将开展为期45天的驻地巡察。
……按照巡察工作五年规划安排,今年将对3个直属单位开展巡察,对第一、二轮巡察整改情况进行评估。
""", {"unit": "", "units": ["市市政设施运行保障中心党委", "市南山植物园管理处党委", "市市政信息中心党支部"], "group": None,
      "term": None, "round": 3, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://wlt.fujian.gov.cn/djwm/xcgz/202306/t20230612_6185681.htm (a provincial culture and tourism department's
    # own third round at six units, with its entry table: round 3 from the table's title; 6月12日 without a year; 10个工作日
    # gives no end)
    ("fujian_culture_third_round_entries", "http://wlt.fujian.gov.cn/djwm/xcgz/202306/t20230612_6185681.htm", "rounds", """根据工作部署,厅党组巡察组于6月12日陆续进驻福建博物院、福建省昙石山遗址博物馆、福建民俗博物馆、福建省考古研究院、福建省文物保护中心、福建省美术馆等6家单位开展巡察,每个单位巡察时间为10个工作日左右。
……
中共福建省文化和旅游厅党组第三轮巡察进驻一览表 |
""", {"unit": "", "units": ["福建博物院", "福建省昙石山遗址博物馆", "福建民俗博物馆", "福建省考古研究院", "福建省文物保护中心",
                            "福建省美术馆"], "group": None, "term": None, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://longhuiren.com/a/8p068rb240l (a city's sixth round copied from the city paper with its date line: term 12
    # and round 6; the eleven units named, nine routine and two with a medical special inspection; the health
    # commission and medical insurance bureau get a rectification 督查, no inspection; the county leading groups are a
    # collective, no unit; the mobilisation day is no start)
    ("shaoyang_sixth_round_units", "https://longhuiren.com/a/8p068rb240l", "rounds", """十二届邵阳市委第六轮巡察启动 将对这些单位开展巡察
邵阳日报 2024-09-03 10:46
9月2日,十二届市委第六轮巡察动员部署会召开。根据市委统一部署安排,本轮巡察聚焦宣传、统战、医疗卫生等领域,安排6个市委巡察组对11个市直单位党组织开展巡察,……
经市委批准,十二届市委第六轮巡察将对市委宣传部、市委统战部、市委网信办、市直机关工委、市妇联、市侨联、市工商联、市社科联、市大圳灌区管理局9个单位党组织开展常规巡察,对市中心医院、市疾病预防控制中心2个单位党组织开展常规及医疗领域专项巡察,同步对市卫健委、市医保局开展整改督查;对各县市区高标准农田建设工作领导小组开展高标准农田建设工作专项巡察。
""", {"unit": "", "units": ["市委宣传部", "市委统战部", "市委网信办", "市直机关工委", "市妇联", "市侨联", "市工商联", "市社科联",
                            "市大圳灌区管理局", "市中心医院", "市疾病预防控制中心"],
      "group": None, "term": 12, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://xaepb.xa.gov.cn/xwzx/tzgg/5f9fcb5df8fd1c59664173e9.html (one city group's notice of a special inspection of
    # twelve lead units, signed by the group and dated: the visit's days with their year; the units in order (a quoted
    # name kept as written); a round-level text's group is left unscored; the window for letters is no visit)
    ("xian_sixth_group_special_notice_12_units", "http://xaepb.xa.gov.cn/xwzx/tzgg/5f9fcb5df8fd1c59664173e9.html", "rounds", """巡 察 公 告
根据《中国共产党党内监督条例》《中国共产党巡视工作条例》规定,按照市委统一部署,市委第六巡察组从2020年10月28日至11月30日围绕市委“十项重点工作”,对市发改委、市生态环境局、迎接“十四运”建设指挥部办公室、市营商办、市工信局、市文旅局、市教育局、市卫健委、市农业农村局、市委军民融合办、市委人才办、市科技局等12个牵头单位开展专项巡察。同时,延伸了解市级相关责任部门和区县、开发区的工作情况。
……
中共西安市委第六巡察组
2020年10月28日
""", {"unit": "", "units": ["市发改委", "市生态环境局", "迎接“十四运”建设指挥部办公室", "市营商办", "市工信局", "市文旅局",
                            "市教育局", "市卫健委", "市农业农村局", "市委军民融合办", "市委人才办", "市科技局"],
      "term": None, "round": None, "start": date(2020, 10, 28), "end": date(2020, 11, 30), "feedback_date": None,
      "figures": []}),
    # http://www.qyjw.gov.cn/hxjw/bjbshjz/202103/ec178cbc200e41dab5b92f7e28cb5113.shtml (a county's sixth round
    # mobilised, a look-back at 169 villages beside a 督查 of the fourth and fifth rounds' rectification: term 17 and
    # round 6, the meeting's own round (the fourth and fifth are rounds whose rectification is checked); 3月31日 is the
    # meeting's day, no start; the villages and the 48 units are not named)
    ("qingyang_seventeenth_term_sixth_round_mobilisation", "http://www.qyjw.gov.cn/hxjw/bjbshjz/202103/ec178cbc200e41dab5b92f7e28cb5113.shtml", "rounds", """3月31日,十七届县委第六轮巡察工作动员部署会以视频形式召开。市委常委、县委书记、县委巡察工作领导小组组长柴春主持会议并作动员讲话。县委常委、纪委书记、监委主任、巡察工作领导小组常务副组长庞宝庆同志宣读《十七届县委第六轮巡察工作实施方案》《十七届县委第四轮和第五轮巡察整改情况督查方案》。
柴春指出,……本轮巡察重点是对169个行政村进行“回头看”,……专项督查组要对十七届县委第四、第五轮被巡察的48个单位反馈问题对照清单逐条逐项进行检查核对,……
""", {"unit": "", "units": [], "group": None, "term": 17, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://cn.apdnews.com/article/9c17e82 (a paper's app on a central round's feedbacks published: term 19 and round
    # 4; 2019年9月至11月 by months reads as their first and last days; 1月10日晚 is the publication's evening; the 37
    # units are not named)
    ("central_nineteenth_fourth_round_feedbacks_published", "https://cn.apdnews.com/article/9c17e82", "rounds", """十九届中央第四轮巡视全部反馈完毕,集中向社会公布
人民日报客户端 姜洁
1月10日晚,十九届中央第四轮巡视反馈情况在中央纪委国家监委网站集中向社会公布。
根据党中央统一部署,2019年9月至11月,中央对37个中央和国家机关单位党组织开展常规巡视。……
近日,37家被巡视单位党组织相继召开巡视反馈会议。……
""", {"unit": "", "units": [], "group": None, "term": 19, "round": 4, "start": date(2019, 9, 1),
      "end": date(2019, 11, 30), "feedback_date": None, "figures": []}),
    # --- audit texts (refused as the README says) ---------------------------------------------------------------------
    # https://cdn.gcs.gov.mo/news/detail/zh-hant/N23FLqXsIA (Macao's audit commissioner visiting the national audit
    # office, in traditional script: an audit office's text, refused)
    ("macao_audit_commissioner_visit_trad", "https://cdn.gcs.gov.mo/news/detail/zh-hant/N23FLqXsIA", "audit", """審計長何永安於早前率團到北京訪問,於六月九日拜訪國家審計署侯凱審計長,並舉行工作會談,雙方就大數據審計的技術,人員培訓安排、深化學習〝研究型審計〞等事宜展開討論。
侯凱簡要傳達了二十屆中央審計委員會第一次會議的精神,……
""", {"refused": True}),
    # https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=U0010020 (rules of an audit office's meetings, in traditional
    # script with the law portal's chrome: an audit office's text, refused)
    ("audit_office_meeting_rules_trad", "https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=U0010020", "audit", """法規名稱: 審計部審計會議議事規則
修正日期: 民國 108 年 11 月 06 日
法規類別: 監察 > 審計部 > 審計目
本規則依審計法第十一條及審計部組織法第十二條規定訂定之。
審計部(以下簡稱本部)審計會議以審計長、副審計長及審計官組織之。審計長為會議主席,……
應行提出審計會議議決之事項如下:
一、聲請覆議及再審查案件,或逾限未經聲復所為之逕行決定案件。
……
""", {"refused": True}),
    # http://topbestnft.com/oldweb/n4/n21/c10098022/content.html (the national audit office's Changsha office at port
    # projects, in traditional script with split characters and the portal's chrome: an audit office's text, refused)
    ("changsha_audit_office_ports_trad", "http://topbestnft.com/oldweb/n4/n21/c10098022/content.html", "audit", """簡體 | 繁體 | English | 網(wǎng)站地圖
當(dāng)前位置: 首頁  >  新聞頻道  >  圖片新聞 > 正文
審計署長沙特派辦積極關(guān)注重大港口項目建設(shè)情況
【時間:2021年08月27日】 【來源:審計署長沙特派辦】字號: 【大】 【中】 【小】
近日,審計署長沙特派辦在審計中重點(diǎn)關(guān)注國家戰(zhàn)略重大港口項目建設(shè)情況。審計人員實地走訪港區(qū)管理企業(yè),……為更好構(gòu)建功能完善、分工合理、高效協(xié)同的對外開放門戶港提供審計建議。……
""", {"refused": True}),
    # --- noisy copies (traditional script, pinyin, run-together dates, spun copies, junk) ------------------------------
    # http://www.topointapp.com/news/gansu/2014081406342566501.htm (a provincial paper's report of special checks of
    # appointments after a central feedback, in traditional script with split characters: checks, no party inspection;
    # 8月13日 is the paper's day, no start)
    ("gansu_appointment_checks_trad", "http://www.topointapp.com/news/gansu/2014081406342566501.htm", "noisy", """甘肅日?qǐng)?bào)蘭州8月13日訊 (記者尤婷婷 通訊員孟小龍)省委組織部今天召開會(huì)議,對(duì)近期全省選人用人工作專項(xiàng)檢查情況進(jìn)行通報(bào)。針對(duì)中央巡視組反饋的問題,近日省委組織部派出13個(gè)專項(xiàng)檢查組,到14個(gè)市州和部分省直單位開展了選人用人專項(xiàng)檢查。這是貫徹中央和省委要求,對(duì)巡視工作反饋情況專項(xiàng)整改的一項(xiàng)重要措施。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://chinahongdou.com/xwzx/PoliticsNews/201709/t20170927_11847286.htm (a People's Daily piece on five years of
    # appointment checks in central rounds, in traditional script with split characters and chrome: 12輪 counts
    # rounds (no round), 十八大 no term, the 93 groups and 231 units are counts, no figure; no unit is named)
    ("central_appointment_checks_five_years_trad", "http://chinahongdou.com/xwzx/PoliticsNews/201709/t20170927_11847286.htm", "noisy", """ad9_210*60
關(guān)鍵詞:
中國臺灣網(wǎng)  >   新聞中心  >   時政新聞
黨的十八大以來選人用人巡視檢查工作成效顯著
2017年09月27日 09:21:25  來源:人民日報
……好風(fēng)憑借力,揚帆正當(dāng)時。選人用人檢查納入中央巡視工作總體部署,統(tǒng)一開展、同步推進(jìn)、同時反饋、一并整改,……5年來,巡視工作推進(jìn)到哪里,選人用人檢查就開展到哪里。在12輪中央巡視中,中組部共派出93個檢查組,對31個省區(qū)市、新疆生產(chǎn)建設(shè)兵團(tuán)和231家中央單位選人用人情況進(jìn)行了常規(guī)巡視檢查,對16個省區(qū)市進(jìn)行了“回頭看”,對4家中央單位進(jìn)行了“機(jī)動式”檢查,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://ooriskin.com/huaihua/c101115/201912/ef52ad7c5d874abf8837ef513bd3966f.shtml (a city water bureau's review
    # of campaigns, among them problems a city group handed over, in traditional script with split characters: no
    # inspection of the bureau is told; 12月13日 without a year)
    ("huaihua_water_bureau_campaigns_trad", "http://ooriskin.com/huaihua/c101115/201912/ef52ad7c5d874abf8837ef513bd3966f.shtml", "noisy", """為進(jìn)一步推進(jìn)中央環(huán)保專項督查“回頭看”及市委巡察組交辦問題整改落實等專項整治工作,12月13日,市水利局召開系列專項整治工作述評會,對相關(guān)工作進(jìn)行再部署、再推進(jìn)、再落實。
會議總結(jié)了中央環(huán)保專項督察“回頭看”及市委巡察組交辦問題整改、小水電清理整改、……等專項工作開展情況,分析了相關(guān)問題,提出了下一步工作建議。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://xiuzhiben.com/ns_news/378163290944031 (a city water bureau's look-back at a river campaign, copied with
    # broken characters and tags (??2日至26日, 三span>, 当前顴/p>): a check, no party inspection; the 99% pass rate is
    # no completion rate of an inspection)
    ("changzhou_river_campaign_look_back_junk", "http://xiuzhiben.com/ns_news/378163290944031", "noisy", """按照省水利厅开展全省河湖“清四乱”专项整治“回头看”相关通知要求,市水利局积极部署,扎实开展全市河湖“清四乱”专项整治“回头看”行动,确保整治后的“四乱”问题不死灰复燃,实现河湖“长治久清” 近日,市水利局下发《关于开展全市河湖“清四乱”专项整治“回头看”的通知》,……??2日至26日,组织2个检查组,对涉及常州市的“清四乱”及“三乱”问题清单项目进行“回头看”,按比例随机抽查点位现场复核。据统计,此次复核的现场整改落实通过率达99%以上。此外,在此次督查的基础三span>进一步梳理“清四乱”及“三乱”整改落实情况,……
扫一扫在手机打开当前顴/p>
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.cni2.com/2011xwzx/2011xqxxw/2011xqxyw/201912/t20191230_543647.html (a meteorological paper's report of
    # a ministry's second round of feedbacks, machine-translated into English on a copied portal with its Chinese date
    # line left: no Chinese sentence states a field, so nothing is read)
    ("meteorological_second_round_feedback_english", "http://www.cni2.com/2011xwzx/2011xqxxw/2011xqxyw/201912/t20191230_543647.html", "noisy", """Position: Home> News> Meteorological News> News Broadcast
China Meteorological Administration Party Group's second round of patrol feedback completed in 2019
发布时间:2019年12月30日12:56 Source: China Meteorological News Release time: December 30, 2019 12:56
China Meteorological News reporter Wang Liang and Li Yipeng reported that recently, the second round of the China Meteorological Administration's party tour in 2019. The three inspection teams respectively trained the Inner Mongolia Autonomous Region, Shandong Province, and the Ningxia Hui Autonomous Region Meteorological Bureau Party Team, China Meteorological Administration Public Meteorological Service Center, and meteorological cadres. ……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.glmldb.com/lixin/5183.html (a county's meeting on clearing greenhouse houses after a city's 督察组, in
    # traditional script with split characters: no party inspection)
    ("lixin_greenhouse_rectification_trad", "http://www.glmldb.com/lixin/5183.html", "noisy", """2月27日,利辛縣召開了全縣“大棚房”問題清理整改工作會議,副縣長邵利峰主持并提出要求,……
會上,縣農(nóng)委、縣國土資源局通報了近期利辛縣“大棚房”專項清理拆除整改工作進度。前期市政府組成的督察組分別對利辛縣開展了兩個星期的督查工作。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.easyflowtrafficschool.com/staticpages/20210122/newgx600a4dad-20076739.shtml (a region's ninth round of
    # feedbacks to 30 units, in traditional script with split characters on an unrelated domain: term 9 and round 9;
    # the visit by months (2020年10月至12月) reads as their first and last days; the three units named before 等30個
    # are kept, written in simplified script as earlier batches write them; the findings are shared by the units, no problem count)
    ("tibet_ninth_round_feedbacks_trad", "http://www.easyflowtrafficschool.com/staticpages/20210122/newgx600a4dad-20076739.shtml", "noisy", """根據(jù)西藏自治區(qū)黨委統(tǒng)一部署,2020年10月至12月,九屆自治區(qū)黨委第九輪巡視派出10個巡視組,對區(qū)黨委辦公廳、區(qū)政協(xié)機關黨組、區(qū)公安廳黨委等30個區(qū)直單位黨組織開展常規(guī)巡視。區(qū)黨委巡視工作領導小組聽取巡視組的巡視情況匯報,并向區(qū)黨委書記專題會報告了有關情況。
日前,30個被巡視單位黨組織先后召開巡視反饋會議。……
""", {"unit": "", "units": ["区党委办公厅", "区政协机关党组", "区公安厅党委"], "group": None, "term": 9, "round": 9,
      "start": date(2020, 10, 1), "end": date(2020, 12, 31), "feedback_date": None, "figures": []}),
    # http://www.dbptlist.com/news/forestry/content/post_1859862.html (a joint supervision group on forestry checkpoints,
    # on a domain that swapped the province's name for gambling spam (十大网赌平台推荐网站各级林业部门): no party
    # inspection)
    ("forestry_checkpoints_joint_check_spam", "http://www.dbptlist.com/news/forestry/content/post_1859862.html", "noisy", """近日,中纪委监察部驻国家林业局监察局、国务院纠风办、国家林业局资源司联合督导检查组来我省检查指导林业系统治理公路“三乱”工作和木材运输执法、木材检查站建设等情况。……
在粤期间,联合检查组在有关市纠风办陪同下,先后听取了肇庆、茂名、湛江市和四会、高州、徐闻县(市)林业局工作汇报,……一致认为:十大网赌平台推荐网站各级林业部门高度重视治理公路“三乱”工作,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.caac.gov.cn/big5/db.caac.gov.cn/DB_DQYW/201907/t20190723_197736.html (a civil aviation regional
    # administration's research visits to airports, in traditional script converted by the portal, its leader's name
    # lost (東北局副先後): no party inspection)
    ("caac_northeast_airports_research_big5", "http://www.caac.gov.cn/big5/db.caac.gov.cn/DB_DQYW/201907/t20190723_197736.html", "noisy", """按照民航局黨組和東北局黨委關於“不忘初心、牢記使命”主題教育總體要求,……7月11至12日,東北局副先後對大連機場、牡丹江機場、哈爾濱機場開展四型機場建設和軍民航深度融合發展相關工作現場調研。
7月11日,調研組來到大連機場,與機場領導與各部門負責人開展座談。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.npbpp.com/news/jie-mi-zhong-yang-xun-shi-zu-zu-ji-shen-du-tan-fang-yu-du-jia-ji-shi.html (a generated
    # essay about central inspection groups with a wrong founding year (2015年): no inspection told, nothing read)
    ("central_inspection_generated_essay_npbpp", "https://www.npbpp.com/news/jie-mi-zhong-yang-xun-shi-zu-zu-ji-shen-du-tan-fang-yu-du-jia-ji-shi.html", "noisy", """引言
中央巡视组作为党和国家监督体系的重要组成部分,承担着对各级党组织、领导干部的监督检查任务。本文将带您深入了解中央巡视组的足迹,……
中央巡视组的成立背景与职能
成立背景
中央巡视组的成立,是党中央加强党内监督、推进全面从严治党的重要举措。自2015年中央巡视组全面展开工作以来,巡视工作已经取得了显著成效。
……巡视实施
巡视组进驻被巡视单位后,主要开展以下工作:
- 组织召开巡视动员大会;
- 与被巡视单位领导班子进行个别谈话;
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://haomeiwen.com/subject/goujcftx.html (a district health commission's note, reposted on a blog with its
    # chrome, that a central group looked at a building project: a project visit, no inspection of the commission told;
    # 3月22日 without a year in the text)
    ("central_group_project_visit_blog", "https://haomeiwen.com/subject/goujcftx.html", "noisy", """美文网首页
中央巡视组视察二七区公共卫生综合服务中心项目开工情况
作者: 05f17d2b80d8 | 来源:发表于2018-03-27 10:51 被阅读0次
      3月22日下午,中央巡视组对区卫计委公共卫生综合服务中心项目开工情况进行督导检查。
      中央巡视组首先听取了项目进展情况汇报,随后对工程进度、工期安排及现场急需解决的问题进行了详细的询问,……
相关文章
网友评论
""", {"units": [], "group": None, "term": None, "round": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://www.bkwk.cn/article/jmswxszgcxcmdbhdzx.html (a generated essay on a provincial group's "inspection list"
    # for a district, all generic steps: no inspection told, nothing read)
    ("gaocheng_inspection_list_generated_essay", "https://www.bkwk.cn/article/jmswxszgcxcmdbhdzx.html", "noisy", """引言
省委巡视组藁城巡查名单的公布,引发了社会各界的广泛关注。本文将深入剖析藁城巡查名单背后的真相,旨在揭示巡视工作的目的、过程以及可能产生的影响。
……巡视工作的过程
省委巡视组对藁城巡查的过程通常包括以下几个阶段:
  1. 前期准备:巡视组对藁城的基本情况、发展状况、存在的问题等进行调研,制定巡查方案。
  2. 进驻巡查:巡视组进驻藁城,通过查阅资料、座谈、走访、谈话等方式,全面了解藁城的工作情况。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://abahoops.net/gnxw/2015-08/13/content_6629604_7.htm (a page of the inspection regulations' articles, in
    # traditional script with split characters on an unrelated domain: rules, no inspection told)
    ("inspection_regulations_articles_trad", "http://abahoops.net/gnxw/2015-08/13/content_6629604_7.htm", "noisy", """第五章 工作程序
第二十一條巡視組開展巡視前,應當向同級紀檢監(jiān)察機關、政法機關和組織、審計、信訪等部門和單位了解被巡視黨組織領導班子及其成員的有關情況。
第二十二條巡視組進駐被巡視地區(qū)(單位)后,應當向被巡視黨組織通報巡視任務,按照規(guī)定的工作方式和權限,開展巡視了解工作。
……第二十六條經派出巡視組的黨組織同意后,巡視組應當及時向被巡視黨組織領導班子及其主要負責人分別反饋相關巡視情況,指出問題,有針對性地提出整改意見。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.qdubb.cn/html/2023/xunshixuncha_0206/117728.html (a city's joint review of rectification plans, in
    # traditional script with split characters: no inspection of a unit told; 首輪 is not scored as a round, 十屆市委 is
    # the term of the rounds the mechanism followed, not of an inspection here)
    ("dali_five_party_review_trad", "http://www.qdubb.cn/html/2023/xunshixuncha_0206/117728.html", "noisy", """為切實(shí)做好巡察整改“后半篇文章”,大理市建立巡察整改“五方會審聯(lián)督”機(jī)制,著力發(fā)揮市紀(jì)委監(jiān)委、市委組織部、市委宣傳部、市委巡察辦和巡察組的作用,形成抓整改監(jiān)督的強(qiáng)大合力。
……從十屆市委首輪巡察起,為有效整合監(jiān)督力量,大理市委巡察辦充分發(fā)揮統(tǒng)籌協(xié)調(diào)作用,……
""", {"units": [], "group": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.yhg994208.cn/news/jkzx_news/2023100715130187795.htm (a city's special group at a hospital, in
    # traditional script on an unrelated domain: term 8 and round 4 from 八屆市委第四輪巡察; the group's special name in
    # one form; the hospital's committee is the unit (written in simplified script as earlier batches write units); the
    # mobilisation day 9月27日 is no start)
    ("fourth_hospital_special_group_mobilisation_trad", "http://www.yhg994208.cn/news/jkzx_news/2023100715130187795.htm", "noisy", """根據八屆市委第四輪巡察統一部署,9月27日,市委第五專項巡察組巡察市第四人民醫院黨委工作動員會召開。會前,市委巡察組與被巡察黨組織主要負責人召開進駐見面溝通會,通報有關情況。會上,市委第五專項巡察組組長李康寧傳達了市委書記、市委巡察工作領導小組組長馮文戈在八屆市委第四輪巡察暨醫療衛生領域專項巡察動員部署會議上的講話精神,通報了巡察工作任務;……市第四人民醫院黨委書記陳江魚主持會議并作表態發言。……
""", {"unit": "市第四人民医院党委", "group": "市委第五专项巡察组", "term": 8, "round": 4, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.badongedu.com/ricwd/202508/1345718.html (a generated explainer of what inspection groups do, with
    # tables broken into pipes: no inspection told)
    ("inspection_group_explainer_generated", "https://www.badongedu.com/ricwd/202508/1345718.html", "noisy", """【巡察组是干什么的工作的】巡察组是近年来在党内监督体系中日益重要的一支力量,主要承担对党组织和党员干部进行监督检查、发现问题、推动整改的重要职责。……
二、巡察工作的基本流程
阶段 | 内容说明 |
准备阶段 | 制定巡察方案,组建巡察组,开展前期调研 |
动员部署 | 召开动员会,通报巡察任务和纪律要求 |
……
回头看 | 对整改情况进行复查,确保整改到位 |
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.dentistinlewisvilletx.com/p/428184.html (a stationed discipline group's supervision of power supply, in
    # traditional script with split characters on an unrelated domain, ending in a captcha line: no inspection)
    ("grid_stationed_group_power_supply_trad", "http://www.dentistinlewisvilletx.com/p/428184.html", "noisy", """據(jù)中央紀(jì)委國家監(jiān)委網(wǎng)站,當(dāng)前我國電力供需屢創(chuàng)歷史新高,……中央紀(jì)委國家監(jiān)委駐國家電網(wǎng)公司紀(jì)檢監(jiān)察組緊盯中央關(guān)于能源電力保供決策部署,把電力保供作為當(dāng)前政治監(jiān)督重點,……以現(xiàn)場檢查、列席會議、約談提醒等方式,強化監(jiān)督檢查,……
請輸入驗證碼
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
]
