"""Outside texts of batch r26 (issue 14), held out, collector A's share (enterprises and institutions): collected with the
search tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_set.py, outside_new.py, outside_c.py, outside_r6.py to outside_r25.py and outside_r25b.py) and
test_outside_documents.py, with and without www./m./mip./wap. and its query string (the host too, and where the host was
held, the full path), and two or three distinctive names or phrases of each text (people's names, bodies' names) were
grepped in them in simplified and traditional script (an earlier batch's excerpt often cuts the names grepped, so the
address decided); at the end the addresses, hosts and 12-character shingles were compared with the other collector's
outside_r26b.py (18 texts when compared: no address and no host shared; the one pair over 3 shingles, 6, is the formula
根据《中国共产党巡视工作条例》), and the batch was run through `bench/outside_overlap.py tests/imports/parsing/outside_r26.py`
(its summary is at the end of this docstring). Their fields are written down by reading only. The importer was not run on
them, no test or bench that runs it was run, and the collector read neither imports/parsing nor the parser's tests (only
the outside_*.py data files, outside_set.py's docstring, Case, extract and score, and the brief); the integrator runs them
once, and that run is the honest figure for unseen texts.

Sources. 19 texts from the search tool's "pages" corpus, all with their address; the "code" corpus was not used. THE
BATCH IS SHORT: 13 measured texts, not the 28 the brief asks. The pages corpus is exhausted for this share: of about 200
candidate addresses checked (about 45 queries on enterprises' and institutions' rounds, feedbacks and progress reports,
banks, insurers, groups of every industry, central and provincial rounds on enterprises, universities' and hospitals'
own rounds, research institutes, media groups, audit rectification, in simplified and traditional script), about nine
in ten were earlier batches' (every hit for steel, copper, chemical, construction, railway, metro, airport, port,
water, power grid, investment, transport, tourism and media groups' rounds and progress reports, the central 2015 and
twentieth-term rounds on enterprises, the state assets commission's rounds, the academy's institute mobilisations,
universities' library, hospital and college rounds, hospitals' feedbacks, and audit texts; no audit text was new). Of
the about 24 new addresses, three were left out: a city's round list (Xiamen's thirteenth committee's fourth round, 5
bodies; collector B's share), a county's progress report (collector B's share, on a host r8 and r9 hold), and a second
survey text of the same kind as one kept (a ministry bureau's spring farming survey). What still gave new texts: a city
civil aviation group's progress, a state bank's special inspection of five head-office departments (2018), a provincial
construction investment group's 2019 second round, a university library's 2019 mobilisation, an institute's
rectification meeting (2020), and texts that state
no party inspection (an assets commission's reform supervision group, an assets commission's survey copied under a
betting line, a land reclamation bureau's farm survey (2012, 巡视员 a rank), a regional group's check at a mining company,
a central environmental inspectorate's feedback to a nonferrous group and that group's dispatch meeting, a joint
discipline supervision research group, a group company's patrol and audit (巡查审计)); and six that share a round, a
city's or a province's template or a portal and round with an earlier batch (SHARES_TEMPLATE), among them a
province's eleventh committee's ninth round in traditional script.

Families and counts (19 texts, 6 in SHARES_TEMPLATE, 13 measured). progress 4, three in SHARES_TEMPLATE
(shenzhen_airport_group_seventh_term_seventh_round_progress, quanzhou_assets_commission_city_second_group_progress,
china_telecom_central_sixth_group_progress_copy), one measured (zunyi_civil_aviation_group_city_sixth_group_progress);
news 5, all measured (university_library_third_group_mobilisation_2019 (a unit and a group),
plateau_biology_institute_rectification_push_meeting_2020 (absence checks only), and expecting nothing:
provincial_assets_commission_reform_supervision_group_2025, municipal_assets_commission_investment_survey_betting_copy,
land_reclamation_bureau_farm_rubber_survey_2012); rounds 2, both measured
(bank_of_china_poverty_special_inspection_five_departments, a list of 5; construction_investment_group_2019_second_round_mobilisation,
round 2 and no body); audit 0 (no audit text was new); noisy 8, three in SHARES_TEMPLATE
(electrical_equipment_group_2025_first_round_deployment_trad, dongfeng_central_second_group_mobilisation_trad,
provincial_eleventh_term_ninth_round_deployment_trad), five measured: traditional script:
nonferrous_group_inspectorate_rectification_dispatch_meeting_trad and construction_group_joint_supervision_research_group_trad
(expecting nothing); traditional script with pinyin in brackets: nonferrous_mining_company_regional_group_check_pinyin_trad
(absence checks only), nonferrous_group_central_environmental_inspectorate_feedback_pinyin_trad (expecting nothing),
group_company_2021_patrol_audit_three_subsidiaries_pinyin_trad (a 巡查, absence checks only). Measured: progress 1, news
5, rounds 2, audit 0, noisy 5. Round lists of bodies measured: 1 (5 bodies). Progress reports measured: 1. Texts measured
that expect nothing but absence checks (besides a unit of ""): 9.

Fields read: 49 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 128 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the collector's
count; 21 fields and 105 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE): progress 5 fields
and 3 absence checks, news 5 and 42, rounds 8 and 15, audit 0 and 0, noisy 3 and 45. No figure is read (none of the
measured texts states a count of problems, measures or clues of its own inspection).

Reading conventions (outside_set.py's settled conventions 1-11 and the fuller written conventions of outside_r25.py,
outside_r24.py, outside_r23.py and outside_r21.py, followed exactly): a span of visit days with a year gives start and end
(the civil aviation group's 2024年4月26日至6月30日); a feedback day without a year takes the visit's year (settled 1: the
telecom group's 7月22日 -> 2019); a mobilisation, meeting, survey or dispatch day is no start and no feedback day (10月12日,
6月21日, 11月18日, 4月13日); a planned length (一个半月左右) gives no end (settled 10); a round or term named with the
committee or the enterprise that runs it is the text's (十一屆省委第九輪, 2019年第二轮, 2025年第一輪, 七届市委第七轮), a round
only reviewed (集团2019年第一轮) is not, and a central round the visit belongs to (十九届中央第三轮, 二十屆中央第二輪) is the
text's; bodies all named before their count (…等五个部门) are the round's units, brackets full-width (settled 7); a
progress report's unit is the visit's full name, its bracket full-width; a university's own group is written without 校
(党委第三巡察工作组, as the text names it); expected values of traditional-script texts are written simplified; 督查, 督导,
调研, 生态环境保护督察, a check and guidance visit (检查指导), a joint supervision research group and a 巡查 (as r16's liangxu
reads it) are no party inspection: no group, no dates, no units, no problems, no figures; 巡视员 is a rank, not an
inspection.

What I was unsure of, and how I read it: the university library text writes 巡查 twice beside 巡察 (校党委统一部署,
巡察工作组, 开展巡察工作), so it is read as the university's own inspection with a typing slip, not as a 巡查; its group is
scored as the text names it (党委第三巡察工作组, not shortened to 党委第三巡察组) and its unit as the body the meeting names
(图书馆, its archives left out as a body sharing the meeting); the institute's rectification meeting names the inspected
institute only as the meeting's holder (研究所), so its unit is left unscored; the regional group's visit to a mining
company is a check and guidance during a banner's round, so the company is no unit (as r24's hongzehu exchange reads it);
the state bank's five departments are kept with 总行 only on the first, as the text writes them; the province's ninth
round (a provincial committee's deployment, no enterprise, but not a city or county list either) was first kept as
measured, and the overlap tool showed it in the wording of r7's yunnan_eighth (the same committee's eighth round on the
same portal, 26 shingles beyond formulas), so it went to SHARES_TEMPLATE; the construction
investment group's 2019 round and the university library's 2019 round are measured though their portals hold r23's and
r21's texts of other rounds; the Dongfeng mobilisation and the telecom group's progress are put in SHARES_TEMPLATE for
their rounds (held by outside_c.py's list and r6's central_third), the equipment group's deployment for its portal and
round (outside_new.py holds the entries), the Shenzhen and Quanzhou progress reports for their cities' templates (r25 and
r22; r16), the province's ninth round for its committee's wording on its portal (r7).

Overlap tool (bench/outside_overlap.py tests/imports/parsing/outside_r26.py): no shared address; 19 texts against 1491
earlier; pairs over 3 shared shingles: 345, of which over 3 beyond formulas: 11; longest shared run 51 characters (the Quanzhou
progress report in SHARES_TEMPLATE with r10's putian_court_progress: the province's progress formula
…日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。一、提高政治站位,); texts sharing more
than formulas with the seeds: zunyi_civil_aviation_group_city_sixth_group_progress and
quanzhou_assets_commission_city_second_group_progress (progress-report formulas such as 反馈了巡察意见。根据《中国共产党巡视工作条例》
和《中国共产党党内监督条例》, none a seed's text). The pairs beyond formulas are official wordings or stock phrases (2025年第一輪巡視動員部署會,
深入學習貫徹習近平總書記關于巡視工作重要, 近日,內蒙古自治區黨委巡視 (outside_new.py's neimenggu_first, another text), 生態環境保護督察,
集團有限公司(以下簡), 党组(以下简称“党组”)开展了常规巡), and one the province's deployment wording (yunnan_eighth, moved to SHARES_TEMPLATE);
besides these, the two 2019 texts of this batch share only a date line (巡察工作动员会时间:2019-); none an earlier text.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a city airport group's progress on the seventh city committee's seventh round, in the city's progress template
    # (中共…委员会关于七届市委第N轮巡察整改进展情况的通报) that r25's shenzhen_assets_commission_seventh_term_fifth_round_progress
    # and r22's shenzhen_government_office_progress_2019 hold
    "shenzhen_airport_group_seventh_term_seventh_round_progress",
    # a city assets commission's progress in the city's progress template (根据市委巡察工作统一部署,…市委巡察N组对…开展了巡察)
    # that r16's quanzhou_womens_federation_progress holds (the portal is r8's, another text)
    "quanzhou_assets_commission_city_second_group_progress",
    # a telecom group's progress on the nineteenth central committee's third round, the round r6's central_third tells
    "china_telecom_central_sixth_group_progress_copy",
    # an equipment group's 2025 first round of its own inspection (巡视) deployed, on the portal and of the round whose
    # entries outside_new.py holds (bar347.com/info/1020/4638.htm)
    "electrical_equipment_group_2025_first_round_deployment_trad",
    # a central group's mobilisation at a car group in the twentieth central committee's second round, the round whose
    # list of bodies outside_c.py holds (二十届中央第二轮巡视对象公布)
    "dongfeng_central_second_group_mobilisation_trad",
    # a province's eleventh committee's ninth round deployed, in the same committee's deployment wording on the same
    # mirror portal as r7's yunnan_eighth (十一屆省委第八輪巡視工作動員部署會召開。省委常委、省委巡視工作領導小組副組長…)
    "provincial_eleventh_term_ninth_round_deployment_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R26 = [
    # --- progress reports ---------------------------------------------------------------------------------------------
    # http://www.anduta.cn/jcxx_1/118.html (a city civil aviation group's committee reports its concentrated
    # rectification on a city round under its title: the unit is the visit's, its bracket full-width; 2024年4月26日至6月30日
    # is the visit; the 19 routes and 11614 flights are no metric; the numbered 反馈问题 headings are not counted)
    ("zunyi_civil_aviation_group_city_sixth_group_progress", "http://www.anduta.cn/jcxx_1/118.html", "progress", """中共遵义民航产业发展(集团)有限公司 委员会关于巡察整改进展情况的通报
发布时间:
2025-06-27
……
根据市委巡察工作的统一安排部署,2024年4月26日至6月30日,市委第六巡察组对遵义民航产业发展(集团)有限公司党委开展了巡察,2024年8月6日,市委巡察组向民航集团党委反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》《关于加强巡视整改和成果运用的工作措施》等有关规定,现将巡察集中整改进展情况予以公布。
反馈问题1:坚守主责主业不到位,推动高质量发展思路不清晰。
整改落实情况:……三是坚持做优主责主业。2024年组织运营航线19条,保障航班起降11614架次,完成旅客吞吐量131.3万人次、货邮吞吐量1001.2吨。……
反馈问题2:市场开发不到位。
""", {"unit": "遵义民航产业发展（集团）有限公司党委", "group": "市委第六巡察组", "term": None, "round": None,
      "start": date(2024, 4, 26), "end": date(2024, 6, 30), "feedback_date": date(2024, 8, 6), "figures": []}),
    # https://www.szairport.com/szairport/zytz/202504/9f124505dc22440c859393fedaefdb1e.shtml (a city airport group's
    # committee reports on the seventh city committee's seventh round under its title, SHARES_TEMPLATE: term and round from
    # 七届市委第七轮; the unit is the visit's full name, its bracket full-width)
    ("shenzhen_airport_group_seventh_term_seventh_round_progress", "https://www.szairport.com/szairport/zytz/202504/9f124505dc22440c859393fedaefdb1e.shtml", "progress", """中共深圳市机场(集团)有限公司委员会关于七届市委第七轮巡察整改进展情况的通报
根据市委统一部署,2023年11月6日至2024年1月19日,市委第一巡察组对中共深圳市机场(集团)有限公司委员会(以下简称“机场集团党委”)开展了七届市委第七轮巡察。2024年4月15日,市委第一巡察组向机场集团党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、党委履行整改主体责任情况
……
""", {"unit": "中共深圳市机场（集团）有限公司委员会", "group": "市委第一巡察组", "term": 7, "round": 7,
      "start": date(2023, 11, 6), "end": date(2024, 1, 19), "feedback_date": date(2024, 4, 15), "figures": []}),
    # http://qzcdi.gov.cn/content/2023-04/13/content_7193008.htm (a city assets commission's committee reports its
    # rectification, body without its title line, SHARES_TEMPLATE; the 12 committee meetings, 9 group meetings and 6
    # office meetings are no metric; 2023年1月13日 is a meeting's day)
    ("quanzhou_assets_commission_city_second_group_progress", "http://qzcdi.gov.cn/content/2023-04/13/content_7193008.htm", "progress", """根据市委巡察工作统一部署,2022年8月23日至2022年9月28日,市委巡察二组对市国资委党委开展了巡察,并于2022年12月1日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、提高政治站位,切实抓好巡察整改工作
(一)提高思想认识,精心安排部署。市委巡察组反馈会后,市国资委党委书记立即召开专题会议,……自接收市委巡察反馈意见以来,市国资委党委书记先后主持召开党委会议12次、市国资委巡察整改工作领导小组会议9次,委务会6次,研究整改具体工作,并于2023年1月13日主持召开巡察整改专题民主生活会,……
""", {"unit": "市国资委党委", "group": "市委巡察二组", "term": None, "round": None, "start": date(2022, 8, 23),
      "end": date(2022, 9, 28), "feedback_date": date(2022, 12, 1), "figures": []}),
    # https://02910000.cn/4205.html (a copy of a telecom group's progress on a central round, its title cut by the copy,
    # SHARES_TEMPLATE: term and round from 十九届中央第三轮巡视, the round the visit belongs to; 7月22日 takes the visit's
    # year (settled 1))
    ("china_telecom_central_sixth_group_progress_copy", "https://02910000.cn/4205.html", "progress", """中共中国电信集团有限公司党组关于十九届中央
2020-10-26 17:38:48
根据中央统一部署,2019年3月28日至6月15日,中央第六巡视组对中国电信集团有限公司党组(以下简称“党组”)开展了常规巡视,7月22日反馈了巡视意见。党组按照中央要求,认真落实巡视整改任务,取得阶段性成效。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
……十九届中央第三轮巡视集中对中管企业和相关行业主管部门开展常规巡视,……中央第六巡视组对中国电信开展巡视工作,是对党组近年来整体工作的一次把脉会诊和政治体检,……
""", {"unit": "中国电信集团有限公司党组", "group": "中央第六巡视组", "term": 19, "round": 3,
      "start": date(2019, 3, 28), "end": date(2019, 6, 15), "feedback_date": date(2019, 7, 22), "figures": []}),
    # --- news: meetings, exchanges, surveys ---------------------------------------------------------------------------
    # http://www.nwipb.cas.cn/xwzx/zhxw/2016_2020/202004/t20200417_5548260.html (an institute's rectification push meeting
    # after an academy group's inspection (巡视): the group has no number (院党组巡视组), so no group; 4月13日 and 14日 are the
    # meeting's days, no visit's; the institute is named only as the meeting's holder, so the unit is left unscored;
    # nothing counted)
    # (r27 pass: the group's absence check dropped: an academy's group without a number of its own (院党组巡视组) is not
    # scored, as r24's written convention says of unnumbered groups)
    ("plateau_biology_institute_rectification_push_meeting_2020", "http://www.nwipb.cas.cn/xwzx/zhxw/2016_2020/202004/t20200417_5548260.html", "news", """西北高原所召开巡视整改工作推进会
发布时间:2020-04-17 组织人事处
  413日下午、14日下午,为更好地落实院党组巡视组对研究所巡视整改的要求,进一步推动巡视意见整改工作,确保巡视反馈问题扎实有效推进,中国科学院西北高原生物研究所召开巡视整改工作推进会,研究所巡视整改工作领导小组成员参加会议。会议由西北高原所所长、巡视整改工作领导小组组长陈世龙主持。
  各责任部门结合整改落实台账和部门分工,逐条汇报了整改工作落实的举措和进展情况,同时提出了整改工作难点问题,……
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://www.ydi.cn/view/cnPc/22/37/view/2258.html (a provincial assets commission's reform supervision group
    # (国企改革三年行动第三督查组) at a group: a 督查 is no party inspection, so no group, days, unit or figures; the 7个方面
    # and 11个不要搞 are no problems: expects nothing)
    ("provincial_assets_commission_reform_supervision_group_2025", "https://www.ydi.cn/view/cnPc/22/37/view/2258.html", "news", """省国资委督查组到集团开展国企改革三年行动督查评估
09-17 / 2025
9月12日,省国资委国企改革三年行动第三督查组组长、省属企业专职外部董事宋兴举率队到集团开展国企改革三年行动重点任务督查评估。集团党委副书记、副董事长、总经理李跃虹主持会议。
会上,李跃虹汇报了集团落实国企改革三年行动在全面提升公司治理水平、调整优化国有经济布局结构、加快建设现代化产业体系、深度转换经营机制、有效防范化解风险、持续强化党的建设等7个方面及开展“11个不要搞”系统治理工作取得的成效,问题困难及下步举措。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://fptna.com/zhaobiao/800.html (a city assets commission's special survey (专项调研) at a group, copied under a
    # betting line: a survey is no party inspection: expects nothing)
    ("municipal_assets_commission_investment_survey_betting_copy", "http://fptna.com/zhaobiao/800.html", "news", """7月18日,市国资委党委委员、副主任刘海祥一行到集团开展企业投资和项目建设管理专项调研,集团党委委员、总会计师黄冬青及相关部门负责人参加调研。
会上,集团相关职能部门向调研组汇报了2018年以来集团投融资管理制度建设情况、自主投资项目及重点项目建设情况。……并就下阶段工作提出了指导意见:一要进一步提升投资项目可研编制质量,……四要始终把廉政建设摆在投资和工程建设首位,……
扫一扫,关注香港内部资一码中
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://zswldj.1237125.cn/lc/gm/news/zsjs/e46c0e0d-1cbe-4bfa-990c-565650a62cd6.htm (a provincial land reclamation
    # bureau's survey group at a farm, 2012: 巡视员 is a rank, not an inspection; a survey is no party inspection: expects
    # nothing)
    ("land_reclamation_bureau_farm_rubber_survey_2012", "https://zswldj.1237125.cn/lc/gm/news/zsjs/e46c0e0d-1cbe-4bfa-990c-565650a62cd6.htm", "news", """省农垦总局调研组深入孟定农场调研
作者:孟定农场管委会 王勇 发布时间:2012-12-16 11:44:59 点击率:6
10月24日,由省农垦总局党委书记、局长白建坤,巡视员何天喜,政策法规处处长高雨齐,社会事务处处长李志强,局办公室副主任张国荣及省农垦集团公司计划投资部副主任蒋青年等部门负责人组成的调研组一行6人,……到孟定农场调研橡胶产业发展情况。
调研组深入到孟定农场一作业区三队胶林视察了割胶情况;……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://lib.zzuli.edu.cn/2019/1014/c3755a203878/page.htm (a university library's mobilisation by the university's
    # third group, 2019: the group as the text names it, written without 校 (党委第三巡察工作组); 巡查 in the meeting's name
    # is the page's slip for 巡察 (校党委统一部署, 巡察工作组), so it is read as the university's own inspection; the unit is
    # the body the meeting names (图书馆); 10月12日 is the meeting's day, no start; r21 holds this university's 2024 library
    # mobilisation on another subdomain, another round)
    ("university_library_third_group_mobilisation_2019", "http://lib.zzuli.edu.cn/2019/1014/c3755a203878/page.htm", "news", """图书馆党总支召开巡察工作动员会
时间:2019-10-14浏览:345设置
根据校党委统一部署,10月12日下午,党委第三巡察工作组巡查图书馆工作动员会在逸夫图书馆七楼召开。巡察组全体成员、图书馆、档案馆领导班子成员及全体职工参加会议。会议由图书馆馆长袁道强主持。
会上,校党委第三巡察工作组组长韩庆林同志就开展巡察工作做了动员讲话。……第三巡查工作组组长韩庆林同志就如何做好巡察工作提出三点意见:一要充分认识开展巡察工作的重要意义;二要突出重点,准确把握巡察工作的基本原则、主要任务和方式方法;三要共同努力,确保巡察工作顺利开展。
""", {"unit": "图书馆", "group": "党委第三巡察工作组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- rounds: enterprises' and institutions' own rounds ------------------------------------------------------------
    # http://ynjstzkg.com/cnPc/djgz/6111.html (a provincial construction investment group's 2019 second round mobilised:
    # round 2 (2019年第二轮), no term; the first round reviewed is not the text's; 6月21日 is the meeting's day; no body
    # named; r23 holds this group's 2024 leading group meeting on the portal, another round)
    ("construction_investment_group_2019_second_round_mobilisation", "http://ynjstzkg.com/cnPc/djgz/6111.html", "rounds", """集团召开2019年第二轮巡察工作动员会
时间:2019-06-22 23:52 浏览量:7241 次
    6月21日,集团召开2019年第二轮巡察工作动员会,会议传达了省纪委常委、省委巡视办主任杨军在集团调研座谈会上的讲话精神,回顾总结了集团2019年第一轮巡察工作,对集团第二轮巡察工作进行安排部署及培训。集团公司党委副书记、工会主席陈文双,纪委书记翁斌出席会议。
    陈文双在动员讲话中说,集团开展2019年第二轮巡察工作,……三要突出重点,狠抓关键,全力完成二轮巡察各项工作任务。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://cnscfa.sinotf.com/cn/2018/council_news_0904/1034.html (a state bank's committee starts a special inspection
    # (专项巡视) of five head-office departments for poverty alleviation: the five, all named before 等五个部门, are the
    # round's units as written, the bracket full-width (settled 7); no number, term, group or day (近日); 一个半月左右
    # gives no end)
    ("bank_of_china_poverty_special_inspection_five_departments", "http://cnscfa.sinotf.com/cn/2018/council_news_0904/1034.html", "rounds", """近日,根据中国银行党委巡视工作部署,中国银行召开对总行部门扶贫领域专项巡视工作动员会,正式启动对总行党务工作部(扶贫办)、办公室、人力资源部、公司金融部、中小企业部等五个部门的扶贫领域专项巡视。中国银行党委委员、纪委书记、党委巡视工作领导小组副组长樊大志出席会议并讲话。
……
此次专项巡视时间为一个半月左右,巡视组将从四个方面着力发现扶贫领域存在的腐败和作风问题,充分发挥巡视利剑作用。
""", {"unit": "", "units": ["总行党务工作部（扶贫办）", "办公室", "人力资源部", "公司金融部", "中小企业部"], "group": None,
      "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- noisy copies -------------------------------------------------------------------------------------------------
    # http://www.bar347.com/info/1020/4637.htm (traditional script: an equipment group's committee deploys its 2025 first
    # round of its own inspection (巡视), SHARES_TEMPLATE: round 1 (2025年第一輪), no term; 4月27日 is the meeting's day; no
    # body named in the excerpt)
    ("electrical_equipment_group_2025_first_round_deployment_trad", "http://www.bar347.com/info/1020/4637.htm", "noisy", """4月27日,中國電氣裝備黨委召開2025年第一輪巡視動員部署會,深入學習貫徹習近平總書記關于巡視工作的重要論述和全國巡視工作會議精神,落實二十屆中央紀委四次全會精神,貫徹國務院國資委黨委關于巡視工作有關要求,對開展好2025年集團公司第一輪巡視進行動員部署。集團公司黨委書記、董事長、巡視工作領導小組組長李洪鳳出席會議并講話。黨委常委、紀委書記、巡視工作領導小組副組長孟漢峰主持會議并宣布《集團公司黨委2025年第一輪巡視組長授權任職和任務分工的決定》。
……
李洪鳳強調,要深刻認識對平臺公司開展巡視監督的重要意義,……五要堅持同題共答,高質高效完成本輪巡視任務。
根據集團公司黨委巡視……
""", {"unit": "", "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://rht360.com/listing/newsshow.php?id=26123 (traditional script with pinyin in brackets: a central group's
    # mobilisation at a car group, SHARES_TEMPLATE: the group and the body the meeting names; term and round from
    # 二十屆中央第二輪, the round the group belongs to; 近日 gives no day)
    ("dongfeng_central_second_group_mobilisation_trad", "http://rht360.com/listing/newsshow.php?id=26123", "noisy", """根據(jù)黨中央關(guān)于巡視工作統(tǒng)一部署,近日,召開中央第二巡視組巡視東風(fēng)汽車集團(tuán)有限公司黨委工作動(dòng)員會(huì)。中央第二巡視組組長(zhǎng)孔圣根作了動(dòng)員講話,對(duì)深入學(xué)習(xí)貫徹習(xí)近平總書記關(guān)于巡視工作重要講話精神,扎實(shí)開展巡視工作提出要求。東風(fēng)公司黨委副書記、總經(jīng)理?xiàng)钋嘀鞒謺?huì)議并講話。
……
孔圣根強(qiáng)調(diào),國有企業(yè)是中國特色社會(huì)主義的重要物質(zhì)基礎(chǔ)和政治基礎(chǔ),是我們黨執(zhí)政興國的重要支柱和依靠力量。二十屆中央第二輪繼續(xù)安排對(duì)中管企業(yè)開展巡視,……
""", {"unit": "东风汽车集团有限公司党委", "group": "中央第二巡视组", "term": 20, "round": 2, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://frbjqs.cn/jsjs/xwzx/gsxw/2023/11/I1176938882998992896.html (traditional script with pinyin in brackets: a
    # regional inspection group's check and guidance (檢查指導, 巡視調研) at a mining company during a round of its
    # banner: the company is visited, not inspected, so no unit; the group has no number; 巡視員 is a rank; 近日 gives no
    # day; 1至11月份 is no span)
    ("nonferrous_mining_company_regional_group_check_pinyin_trad", "http://frbjqs.cn/jsjs/xwzx/gsxw/2023/11/I1176938882998992896.html", "noisy", """近日,內(nèi)蒙古自治區(qū)黨委巡視組到中色股份出資企業(yè)赤峰中色白音諾爾礦業(yè)有限公司(簡稱中色礦業(yè))檢查指導(dǎo)工作。陪同巡視調(diào)研的還有市旗兩級政府相關(guān)人員。
巴林左旗委副書記趙國新主持召開座談會。中色礦業(yè)副總經(jīng)理陳玉清代表中色礦業(yè)領(lǐng)導(dǎo)班子對公司基本情況、1至11月份的主要生產(chǎn)經(jīng)營指標(biāo)及三期擴(kuò)建等有關(guān)情況進(jìn)行了詳細(xì)匯報。
內(nèi)蒙古自治區(qū)黨委巡視員杜子洲對中色礦業(yè)的經(jīng)營管理工作給予了充分肯定,……同時他還強(qiáng)調(diào)了此次巡視工作的重要性,希望中色礦業(yè)領(lǐng)導(dǎo)班子要以此次巡視為契機(jī),……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://usqarq.cn/cnmc/xxgk/2023/2/I1077170240212697088.html (traditional script with pinyin in brackets: a central
    # ecological and environmental protection inspectorate's feedback to a nonferrous group and its rectification: an
    # environmental inspectorate (生態環境保護督察) is no party inspection: no group, days, body or figures (the 3 problems
    # handed over and the 6 people dealt with are the inspectorate's): expects nothing)
    ("nonferrous_group_central_environmental_inspectorate_feedback_pinyin_trad", "http://usqarq.cn/cnmc/xxgk/2023/2/I1077170240212697088.html", "noisy", """2021年8月26日至9月26日,中央第六生態(tài)環(huán)境保護(hù)督察組(以下簡稱督察組)對中國有色礦業(yè)集團(tuán)有限公司(以下簡稱中國有色集團(tuán))開展了生態(tài)環(huán)境保護(hù)督察。2021年12月13日,督察組向中國有色集團(tuán)反饋督察意見,并將督察發(fā)現(xiàn)的3個生態(tài)環(huán)境損害責(zé)任追究問題移交中國有色集團(tuán),其中涉及大冶有色金屬集團(tuán)控股有限公司(以下簡稱中色大冶)環(huán)境污染問題同步移交國務(wù)院國有資產(chǎn)監(jiān)督管理委員會(以下簡稱國務(wù)院國資委),要求依規(guī)依紀(jì)依法進(jìn)行處理。
國務(wù)院國資委黨委對督察移交的中色大冶環(huán)境污染問題高度重視,組建專門工作組,……對6名相關(guān)負(fù)責(zé)同志進(jìn)行了處理,并在中央企業(yè)范圍內(nèi)進(jìn)行了通報。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://m.maswx88.com/cnmc/xwzx/jtxw/2022/6/I988779112686419968.html (traditional script on another domain: the same
    # group's dispatch meeting on the environmental inspectorate's feedback: no party inspection; 3月29日 is a meeting's
    # day; 80% is no count: expects nothing)
    ("nonferrous_group_inspectorate_rectification_dispatch_meeting_trad", "https://m.maswx88.com/cnmc/xwzx/jtxw/2022/6/I988779112686419968.html", "noisy", """為進一步深入推進中央生態環境保護督察反饋問題整改有序開展,3月29日,中國有色集團召開中央生態環境保護督察反饋問題整改調度會。中國有色集團總經理、黨委副書記、安全環保委員會主任董長清出席會議并講話,副總經理、安全環保委員會副主任范巍就做好中央生態環境保護督察反饋問題整改工作進行安排部署。
會上,總部各有關部門對各自牽頭負責的督察反饋問題整改進展情況進行匯報。……確保年底前實現完成80%整改任務的目標。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://m.xiaoheitea.com/portal/article/index.html?cid=12&id=250 (traditional script on another domain: a joint
    # supervision research group (調研督導組, 室組聯動) of four groups' discipline secretaries at a construction group's
    # discipline committee: no party inspection; 5月22日至26日 is no visit's span: expects nothing)
    ("construction_group_joint_supervision_research_group_trad", "https://m.xiaoheitea.com/portal/article/index.html?cid=12&id=250", "noisy", """為貫徹落實省紀委“室組”聯動監督工作部署會議精神,推動2023年“室組”聯動監督各項工作,促進監督工作高質量發展,按照省紀委第三監督檢查室第二協作單元統一安排部署,5月22日至26日,由冀中能源集團牽頭、港口集團、河北國控、交投集團等4家成員單位紀委書記帶隊組成的調研督導組對河北建工集團紀委開展為期一周調研督導,集團領導呂書文、集團紀委有關同志全程參加。?
……
會后,調研督導組人員分成4組圍繞集團《“室組”聯動監督清單》,對紀委履行監督責任,開展政治監督、日常監督、專項監督等幾個方面情況,……開展了調研督導,並對四建公司紀委及五分公司黨總支、集團一分公司警院項目部開展現場調研督導。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://xcqj888.com/?p=116 (traditional script with pinyin in brackets: a group company's 2021 patrol and audit
    # (巡查審計) of three subsidiaries mobilised: a 巡查 is no party inspection (as the batches read 巡查, r16's liangxu), so no
    # group, unit list or days; 2月23日 is the meeting's day)
    ("group_company_2021_patrol_audit_three_subsidiaries_pinyin_trad", "http://xcqj888.com/?p=116", "noisy", """創(chuàng)新巡查方式、彰顯利劍作用——集團公司召開2021年度巡查審計工作動員大會
按照集團公司黨委2021年度巡查審計工作的統(tǒng)一部署,2月23日下午3:00,集團公司巡查工作領導組召開巡查審計工作動員會。
巡查組領導彭江濤同志作動員講話,……
被巡查單位中心湖帶投資公司、臨渙工業(yè)園循環(huán)經(jīng)濟發(fā)展公司、工業(yè)投資運營公司負責人先后作了表態(tài)發(fā)言,從顧大局、識大體方面,全力配合巡查審計工作順利開展。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://qdubb.cn/html/2024/toutiao_1119/133403.html (traditional script on a mirror domain many batches draw on: a
    # province's eleventh committee's ninth round deployed: term 11 and round 9 (十一屆省委第九輪); the meeting's 11月18日 is
    # no start; no body named; SHARES_TEMPLATE: r7's yunnan_eighth holds the same committee's eighth round on this portal in
    # the same wording)
    ("provincial_eleventh_term_ninth_round_deployment_trad", "http://qdubb.cn/html/2024/toutiao_1119/133403.html", "noisy", """11月18日,十一屆省委第九輪巡視工作動員部署會召開。省委常委、省委巡視工作領導小組副組長劉非作動員講話。
會議強調,要深入學習貫徹習近平總書記關于巡視工作的重要論述,……要準確把握本輪巡視監督重點,深入了解落實重大改革部署,履行職能職責,防范化解重大風險,……要堅持穩中求進,注重統籌調度,高質量完成全年巡視任務。
會議宣布了本輪巡視組組長授權任職及任務分工決定。(謝進)
""", {"unit": "", "group": None, "term": 11, "round": 9, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
]
