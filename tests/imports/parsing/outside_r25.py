"""Outside texts of batch r25 (issue 14), held out, collector A's share (enterprises and institutions): collected with the
search tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_set.py, outside_new.py, outside_c.py, outside_r6.py to outside_r24.py) and test_outside_documents.py, with and
without www./m./mip./wap. and its query string, and two or three distinctive names or phrases of each text (people's
names, bodies' names, page ids) were grepped in them in simplified and traditional script; at the end the addresses,
hosts and 12-character shingles were compared with the other collector's outside_r25b.py (no address shared, one host,
hk.crntt.com, on another page; no text shares more than 3 shingles), and the batch was run through
`bench/outside_overlap.py tests/imports/parsing/outside_r25.py` (its summary is at the end of this docstring). Their
fields are written down by reading only. The importer was not run on them, no test or bench that runs it was run, and
the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, Case, extract and score, and the brief); the integrator runs them once, and that run is the honest figure for
unseen texts.

Sources. 35 texts from the search tool's "pages" corpus, 31 with their address and 4 with none returned ("search corpus
pages (no URL returned)"); the "code" corpus was not used. The pages corpus is nearly exhausted: of about 200 candidate
addresses checked, about eight in ten were earlier batches' (every hit for the group-company rounds of the Sichuan,
Anhui and Jiangsu investment and transport groups, the central enterprises' 2015 and 2023 central rounds, most
universities' internal rounds, hospitals' mobilisations and progress reports, water, port, airport, tourism and culture
groups' progress reports, the Chinese Academy of Sciences' institute feedbacks, and audit rectification reports; no audit
text was new). One text first kept (a university's third committee's fourth round fed back to five bodies, no address
returned) was found by the overlap tool in r10 (university_fourth_round_feedback, whose text leaves out the names grepped)
and was dropped. What still gave new texts: central enterprises' own inspection (巡视) rounds and batches (a power
group's 2023 second round, a postal group's 2024 second batch, the state assets commission's 2024 first round, an
aviation industry group's 2025 first batch, an aero-engine group's 2017 pilot batch), provincial groups entering
provincial enterprises (Zhejiang 2015, Hubei), the 2014 central third round and the 2015 central third round on
financial bodies, group companies' and institutions' internal rounds (a provincial trade group, a port group, a
censored group-company copy, an investment group's health subsidiary, a city assets commission's special round at an
engine company), universities' own rounds (a deployment whose date lost its 年 and 月, a fourth-round feedback, a
college mobilisation, a betting site's name over a college's, a hearing, a college studying a provincial feedback), a
provincial department's feedback to a technician college, progress reports of bodies (a city commerce and tourism
group, a provincial tourism bureau 2016, a city tourism bureau 2018), and texts that state no party inspection (a power
group's regional exchange forum, an environmental inspectorate's typical cases, a state project audit check (稽查), a
railway company's supervision tours (督导巡视), a rectification evaluation meeting, a joint check of press stations).

Families and counts (35 texts, 6 in SHARES_TEMPLATE, 29 measured). progress 5, three in SHARES_TEMPLATE
(henan_tourism_bureau_provincial_eighth_group_progress_2016, jinjiang_vocational_school_city_first_group_progress,
shenzhen_assets_commission_seventh_term_fifth_round_progress), two measured
(hangzhou_commerce_tourism_group_city_fifth_group_progress_2019, zhanjiang_tourism_bureau_city_fifth_group_progress_whole_months);
news 6, all measured (sichuan_investment_health_group_first_group_entry_2024,
guangzhou_engine_company_assets_commission_special_round_feedback, provincial_technician_college_hr_department_first_group_feedback,
university_art_design_school_first_group_mobilisation_second_term_first_round,
college_studies_provincial_group_feedback_to_university_2021 (absence checks only) and
railway_company_eight_supervision_tour_groups_2015 (督导巡视, expects nothing)); rounds 10, one in SHARES_TEMPLATE
(central_nineteenth_term_eighth_round_finance_entries_copy), nine measured, three of them lists of bodies
(zhejiang_three_provincial_groups_enter_three_provincial_groups_2015 3, hubei_three_provincial_groups_enter_bank_and_two_groups 3,
central_2014_third_round_thirteen_bodies_copy 13) and six with a round or term and no unit scored
(datang_2023_second_round_deployment_copy, postal_group_2024_second_batch_savings_bank_deployment (a batch, no round),
zhejiang_trade_group_second_term_second_round_deployment, university_third_term_fourth_round_deployment_run_together_date,
state_assets_commission_2024_first_round_deployment, central_2015_third_round_financial_bodies_news_copy); audit 0;
noisy 14, two in SHARES_TEMPLATE (central_2015_first_round_three_groups_entries_trad, twentieth_central_fourth_round_spun_copy),
twelve measured: traditional script: university_fourth_round_feedback_four_colleges_trad (a list of 4),
aviation_industry_group_2025_first_batch_three_bodies_trad (a list of 3), construction_bureau_2025_rectification_evaluation_meeting_trad
(expects nothing); traditional script with pinyin in brackets: zhanjiang_port_group_2022_first_round_two_bodies_pinyin_trad
(a list of 2), aero_engine_group_2017_first_pilot_batch_deployment_pinyin_trad, university_second_round_hearing_pinyin_trad,
and, expecting nothing, power_group_regional_inspection_exchange_forum_pinyin_trad,
gold_group_environmental_inspectorate_typical_cases_pinyin_trad, press_stations_joint_check_groups_pinyin_trad; with
doubled commas as well: three_gorges_project_audit_check_group_doubled_commas_pinyin_trad (expects nothing); a copy
writing * for 党: group_company_2021_first_round_two_branches_censored_copy; a betting site's name over a college's:
university_college_betting_name_fourth_group_mobilisation_copy. Measured: progress 2, news 6, rounds 9, audit 0, noisy
12. Round lists of bodies measured: 6 (3, 3, 13, 4, 2, 3). Progress reports measured: 2. Texts measured that expect
nothing but absence checks (besides a unit of ""): 8.

Fields read: 119 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 221
absence checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the
collector's count; 89 fields and 199 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
progress 11 fields and 5 absence checks, news 15 and 37, rounds 36 and 65, audit 0 and 0, noisy 27 and 92. Figures
read outside SHARES_TEMPLATE: problems 1 (the commerce and tourism group's 反馈的18项内容 as 18); in SHARES_TEMPLATE the
vocational school's 32个问题 and 115条整改措施.

Reading conventions (outside_set.py's settled conventions 1-11 and the fuller written conventions of outside_r24.py,
outside_r23.py and outside_r21.py, followed exactly): the day a group entered is the start when the text tells no span
(settled 10: the investment group's 4月22日起…进驻, its year from the same sentence's 2024年度巡察工作部署; the censored
copy's 将于2021年9月13日起…开展现场巡察, the same day for both groups of its round); a mobilisation, meeting, study or
deployment day is no start and no feedback day; a span in whole months gives the months' first and last days (settled
11: 2018年6月至8月 -> 2018-06-01 to 2018-08-31); a day without a year gives no date unless the text gives its year (4月16日,
5月9日, 8月29日, 11月16日 give none); a feedback day without a year takes the visit's year (settled 1: the Henan tourism
bureau's 5月30日 -> 2016); a round or term named with the committee that runs it is the text's (第二届党委第二轮,
三届党委第四轮, 第二届党委第一轮, 七届市委第五轮), an enterprise's 2023年第二轮 or 2024年第一轮 is that round with no term, a
first round of a year (2022年首轮, 今年中央首轮) is round 1, a batch (第一批, 第二批) is no round, as r13's postal feedback reads
it, and a round only conveyed (十九届中央第八轮 and 第九轮 in the port group's meeting) is not scored; bodies in a round's
list are units as written, simplified from traditional script, a list all of whose bodies are named before its count
(…中石化等13个单位) included; bodies named as examples before a larger count (中国人民银行…等25家) leave the units unscored;
counted kinds (12家省属国有企业, 邮储银行二级单位党委, 6家建筑类委管企业) are none; a feedback news has the fuller name of
the body fed back as its unit (settled 5: 省国防科技技师学院党委, 广柴股份党委); a progress report keeps the visit's body
(原湛江市旅游局党组, 市商旅集团党委, 河南省旅游局); a group named with its owner's place in front is written short (settled
9: 广州市国资委党委第二巡察组 -> 市国资委党委第二巡察组), a department's group keeps its department (省人社厅党组第一巡察组,
as r17's wuzhou keeps 自治区生态环境厅党组第一巡察组), and an unnumbered group (巡察组, 省委巡视组, 集团公司党委巡察组) or
groups named together give no group; a count of feedback items (反馈的18项内容) is the problems figure, and problems are
otherwise scored only as an absence check; 督导巡视, 生态环境保护督察, 稽查, 工作交流 and 座谈会 on inspection work, checks of
press stations and rectification evaluation meetings are no party inspection: no group, dates, units, problems or
figures.

What I was unsure of, and how I read it: the investment group's entry day takes its year from 2024年度巡察工作部署 in the
same sentence (read as 2024-04-22; a stricter reader would leave it absent); the censored copy (集团*委, 南京分公司*组织)
keeps its round and its groups' start, and its two bodies are left unscored (the censored 党 leaves no name a reader can
write without guessing); the college mobilisation's term and round (第二届党委第一轮) are the school committee's own round,
told through the deployment speech conveyed, and are scored as the text's; the betting copy's unit is written as the
copy writes it (欢迎光临888集团网站党委), the college's real name being unknown to the reader; the commerce and tourism
group's 18项内容 is read as the problems figure (the feedback's items); the Zhanjiang bureau keeps its 原 as the title and
the visit write it; the technician college's findings headed 一是…四是, the engine company's two findings and the
hearing's common problems are left unscored as problems; the deployment whose date lost its 年 and 月 (2021105日) names
two colleges only as speakers, so its units are left unscored; the aviation industry group's batch is cut before its
two upgraded bodies (提级巡视), so its units are the three regular ones; the 2015 central third round's list of
financial enterprises is cut, so its units are left unscored; the 2014 central third round shares Xinhua's entry
formula (进行专项巡视。近期,中央巡视组陆续进驻上述单位并召开动员会) with the set's central_2015 (another round) and is
measured; the railway company's 2015 supervision tours are measured though r24 holds another page on the same company's
tours (another text on another site; both expect nothing); the Henan tourism bureau's 2016 progress is put in
SHARES_TEMPLATE because it shares the province's progress formula beyond the stock formulas with r18's Muye district
(a 2024 round) and the tool counts it as sharing more than formulas with the seeds.

Overlap tool (`bench/outside_overlap.py tests/imports/parsing/outside_r25.py`): 35 texts against 1434 earlier; pairs
over 3 shared shingles 453, of which over 3 beyond formulas 8; longest shared run 61 characters (the Jinjiang progress
formula, a SHARES_TEMPLATE text; the longest shared run of a measured text is 38 characters, an aero-engine group's
集團黨組書記、董事長、巡視工作領導小組組長 with r13's power group); no address shared (the two "URL already in" lines are
the placeholder "search corpus pages (no URL returned)"); texts sharing more than formulas with the seeds:
henan_tourism_bureau_provincial_eighth_group_progress_2016 only (in SHARES_TEMPLATE).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the nineteenth central committee's eighth round on financial bodies, whose rectification hearing r10's
    # xwlb_finance_rectification tells
    "central_nineteenth_term_eighth_round_finance_entries_copy",
    # a Shenzhen city body's progress in the city's progress template on the portal r22's
    # shenzhen_government_office_progress_2019 holds (ljsz.gov.cn)
    "shenzhen_assets_commission_seventh_term_fifth_round_progress",
    # the 2015 central first round on central enterprises, whose list r6's chinanews text holds
    "central_2015_first_round_three_groups_entries_trad",
    # a county-level city's progress in its progress template (根据市委巡察工作统一部署,…市委巡察N组对…开展了巡察) on the
    # portal r11's jinjiang_media_progress and r18's city_cppcc_offices_progress hold (jjcdi.gov.cn)
    "jinjiang_vocational_school_city_first_group_progress",
    # the twentieth central committee's fourth round, which r12 and r19 hold
    "twentieth_central_fourth_round_spun_copy",
    # a provincial body's progress in the province's progress template (…反馈了巡视意见。按照《中国共产党巡视工作条例》有关规定,
    # 现将巡视整改情况予以公布。一、), which r18's muye_district_provincial_progress holds for a later round
    "henan_tourism_bureau_provincial_eighth_group_progress_2016",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R25 = [
    # --- progress reports ---------------------------------------------------------------------------------------------
    # https://hzlz.hangzhou.com.cn/articles/18215.html (a city commerce and tourism group reports its rectification of a
    # city round: the unit is the visit's body; 反馈的18项内容 is the feedback's items, read as the problems figure; the
    # portal holds r9's hangzhou_eighth, a round list of another round in another template)
    ("hangzhou_commerce_tourism_group_city_fifth_group_progress_2019", "https://hzlz.hangzhou.com.cn/articles/18215.html", "progress", """根据市委统一部署,2019年6月10日至7月19日,市委第五巡察组对市商旅集团党委开展了巡察,2019年8月23日,市委巡察组向市商旅集团党委反馈了巡察意见。按照党务公开原则和巡视巡察工作有关要求,现将巡察整改情况予以公布。
市商旅集团党委把巡察整改作为重大政治任务来抓,……第一时间召开专题会议,成立巡察整改工作领导小组,对反馈的18项内容落实到总部各个责任部门、细分到系统企业各个层面,确保反馈意见“件件有着落、事事见成效”。……
""", {"unit": "市商旅集团党委", "group": "市委第五巡察组", "term": None, "round": None, "start": date(2019, 6, 10),
      "end": date(2019, 7, 19), "feedback_date": date(2019, 8, 23), "figures": [("problems", 18)]}),
    # http://www.hnta.cn/Gov/zwgk/zwgw/zwgs/2016/822653776.shtml (a provincial tourism bureau reports its rectification of
    # a provincial round of inspection (巡视): the unit is the body visited; 5月30日 takes the visit's year (settled 1))
    ("henan_tourism_bureau_provincial_eighth_group_progress_2016", "http://www.hnta.cn/Gov/zwgk/zwgw/zwgs/2016/822653776.shtml", "progress", """根据省委统一部署,2016年2月24日至4月26日,省委第八巡视组对河南省旅游局进行了巡视。5月30日,省委巡视组向省旅游局党组反馈了巡视意见。按照《中国共产党巡视工作条例》有关规定,现将巡视整改情况予以公布。
一、强化责任担当,及时安排部署
(一)迅速传达部署,统一思想认识。巡视组反馈意见后,省旅游局高度重视,党组书记、局长寇武江同志多次主持召开党组会、局务会,……
""", {"unit": "河南省旅游局", "group": "省委第八巡视组", "term": None, "round": None, "start": date(2016, 2, 24),
      "end": date(2016, 4, 26), "feedback_date": date(2016, 5, 30), "figures": []}),
    # https://zjckjw.gov.cn/detail.php?id=230 (a district commission's copy of a former city tourism bureau's progress: a
    # span in whole months gives the months' first and last days (settled 11); the unit keeps its 原 as written)
    ("zhanjiang_tourism_bureau_city_fifth_group_progress_whole_months", "https://zjckjw.gov.cn/detail.php?id=230", "progress", """原湛江市旅游局党组关于巡察整改情况的通报
来源:湛江日报    日期:2019-05-05
根据市委统一部署,2018年6月至8月,市委第五巡察组对原湛江市旅游局党组进行了巡察。2018年11月13日,市委巡察组向市旅游局党组反馈巡察意见。按照党务公开原则和巡察工作有关要求,现将整改情况予以公布。
……(一)统一思想,以高度的政治意识和政治自觉对待巡察整改。市旅游局党组高度重视巡察整改工作。2018年11月16日,召开党组会议通报巡察反馈情况,……
""", {"unit": "原湛江市旅游局党组", "group": "市委第五巡察组", "term": None, "round": None, "start": date(2018, 6, 1),
      "end": date(2018, 8, 31), "feedback_date": date(2018, 11, 13), "figures": []}),
    # http://www.jjcdi.gov.cn/content/2025-08/22/content_9185615.htm (a county-level city's vocational school's progress
    # in the city's progress template, SHARES_TEMPLATE: 32个问题 and 115条整改措施)
    ("jinjiang_vocational_school_city_first_group_progress", "http://www.jjcdi.gov.cn/content/2025-08/22/content_9185615.htm", "progress", """根据市委巡察工作统一部署,2024年10月28日至12月19日,市委巡察一组对晋江职业中专学校党委开展了巡察,并于2025年2月24日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
……召开两次专题会议研究整改方案,4次修改;针对巡察反馈的32个问题,逐条梳理研究,逐项细化任务,并提出完整的115条整改措施,……
""", {"unit": "晋江职业中专学校党委", "group": "市委巡察一组", "term": None, "round": None, "start": date(2024, 10, 28),
      "end": date(2024, 12, 19), "feedback_date": date(2025, 2, 24), "figures": [("problems", 32), ("measures", 115)]}),
    # http://www.ljsz.gov.cn/zthj/szsxcgzzl/swxc/qjswdwulxc/zgls/content/post_1540321.html (a city assets commission's
    # progress on the seventh committee's fifth round, SHARES_TEMPLATE: the unit is the visit's full name)
    ("shenzhen_assets_commission_seventh_term_fifth_round_progress", "http://www.ljsz.gov.cn/zthj/szsxcgzzl/swxc/qjswdwulxc/zgls/content/post_1540321.html", "progress", """中共深圳市人民政府国有资产监督管理委员会委员会关于七届市委第五轮巡察整改进展情况的通报
发布日期:2025-04-23   来源:廉洁深圳网
  根据市委统一部署,2023年3月8日至5月26日,市委第二巡察组对深圳市人民政府国有资产监督管理委员会党委(简称“市国资委党委”)开展了七届市委第五轮巡察。2023年9月27日,市委巡察组向市国资委党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
""", {"unit": "深圳市人民政府国有资产监督管理委员会党委", "group": "市委第二巡察组", "term": 7, "round": 5,
      "start": date(2023, 3, 8), "end": date(2023, 5, 26), "feedback_date": date(2023, 9, 27), "figures": []}),
    # --- news: mobilisations, entries, feedbacks ----------------------------------------------------------------------
    # https://zarmfarm.com/kyguanwangmanbetx/news/group-news/35796.html (a betting site's copy of a provincial investment
    # group's first group entering its health industry subsidiary: the entry day takes its year from the sentence's
    # 2024年度巡察工作部署 (settled 10); the portal holds r7's sichuan_guowang (another round, 12月2日))
    ("sichuan_investment_health_group_first_group_entry_2024", "https://zarmfarm.com/kyguanwangmanbetx/news/group-news/35796.html", "news", """根据川投集团党委2024年度巡察工作部署,4月22日起,集团党委第一巡察组进驻川投大健康产业集团有限责任公司开展巡察工作。集团党委委员、党委组织部部长朱莉出席动员会并讲话。
……在会上,第一巡察组组长夏彬通报了巡察组的工作任务、工作安排和工作要求,……
川投大健康党委书记、董事长、总经理鲁洪斌代表川投大健康党委作了表态发言。
""", {"unit": "川投大健康产业集团有限责任公司", "group": "集团党委第一巡察组", "term": None, "round": None,
      "start": date(2024, 4, 22), "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.dailyfibre.com/qydt/info_27_itemid_687.html (a copy of a city assets commission's group feeding back a
    # special round on an industrial park to an engine company: unit the body fed back (settled 5); the group short
    # (settled 9); the two findings listed are not scored)
    ("guangzhou_engine_company_assets_commission_special_round_feedback", "http://www.dailyfibre.com/qydt/info_27_itemid_687.html", "news", """广州市国资委党委第二巡察组向广柴股份党委反馈产业园区高质量发展专项巡察情况
根据2024年市委巡察计划安排和市国资委党委工作部署,2024年12月30日至2025年3月14日,市国资委党委第二巡察组对大湾区现代高端装备研发生产基地(大岗基地)开展了产业园高质量发展专项巡察,并于2025年5月30日反馈了巡察意见。
市国资委党委第二巡察组向广柴股份党委反馈巡察期间发现的主要问题有:科学统筹不够全面,大岗基地建设与运营组织协调机制尚未健全;大岗基地前期建设单位缺乏攻坚克难精气神,各期项目推进迟缓。
""", {"unit": "广柴股份党委", "group": "市国资委党委第二巡察组", "term": None, "round": None,
      "start": date(2024, 12, 30), "end": date(2025, 3, 14), "feedback_date": date(2025, 5, 30), "figures": []}),
    # http://www.gf79.com/info/news-1.html (a copy of a provincial department's group feeding back to a technician
    # college: unit the body fed back, from the title (settled 5); the department's group keeps its department; 8月29日
    # has no year; the findings headed 一是…四是 each hold several problems, not scored)
    ("provincial_technician_college_hr_department_first_group_feedback", "http://www.gf79.com/info/news-1.html", "news", """省人社厅党组第一巡察组向省国防科技技师学院党委反馈巡察情况
8月29日上午,厅党组第一巡察组召开巡察省国防科技技师学院情况反馈会。厅党组成员、驻厅纪检监察组组长、厅党组巡察工作领导小组常务副组长苏清红同志出席会议并讲话,厅党组第一巡察组组长陈进新同志代表第一巡察组反馈巡察情况。……
陈进新同志反馈巡察情况指出,……但也存在一些突出问题:一是党的领导弱化、党的建设缺失,全面从严治党不力。……二是选人用人导向存在偏差。……
""", {"unit": "省国防科技技师学院党委", "group": "省人社厅党组第一巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://msx.xzyz.edu.cn/info/1058/5664.htm (a university group's mobilisation at a school of art and design: the
    # round the group belongs to is the school committee's own (第二届党委第一轮), term 2 and round 1; the meeting day is no
    # start)
    # (r26 pass: the group corrected to the set's notation for a university's own groups, 党委第N巡察组 without its
    # 校, as the pinned r21 and r10-r19 university texts read them)
    ("university_art_design_school_first_group_mobilisation_second_term_first_round", "https://msx.xzyz.edu.cn/info/1058/5664.htm", "news", """根据学校党委统一部署,2024年4月1日下午,校党委第一巡察组在碧螺校区A100会议室召开了巡察美术与设计学院党总支工作的动员会。第一巡察组全体成员、美术与设计学院全体教职工参加会议。会议由美术与设计学院党总支书记何彬主持。
会上,党委第一巡察组副组长孙菲宣读了巡察通知书,明确了巡察工作的目标、任务和要求。巡察组组长褚香传达了校党委书记崔成前在第二届党委第一轮巡察动员部署会上的重要讲话精神,……
""", {"unit": "美术与设计学院党总支", "group": "党委第一巡察组", "term": 2, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.sidekicksmi.com/info/1092/4549.html (a betting site's name written over a college's in a university
    # group's entry mobilisation: the unit as the copy writes it; 5月9日 has no year)
    # (r26 pass: the group corrected to the set's notation for a university's own groups, 党委第N巡察组 without its
    # 校, as the pinned r21 and r10-r19 university texts read them)
    ("university_college_betting_name_fourth_group_mobilisation_copy", "https://www.sidekicksmi.com/info/1092/4549.html", "noisy", """5月9日上午,校党委第四巡察组巡察欢迎光临888集团网站党委进驻动员会在食生学院楼205室召开。第四巡察组组长尚广海、巡察办副主任夏坤分别作动员讲话和工作要求,院党委书记孙彩霞代表学院党委作表态发言。会议由校党委常委、统战部部长、学院院长徐宝才主持。
会上,尚广海通报了巡察任务与工作安排,……
""", {"unit": "欢迎光临888集团网站党委", "group": "党委第四巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://zjnews.zjol.com.cn/system/2015/11/20/020921534.shtml (a provincial paper: three provincial groups enter three
    # provincial enterprises for special inspection (巡视): the three enterprises are the units; three groups, no group;
    # the mobilisations' 11月19日、20日 are no start)
    ("zhejiang_three_provincial_groups_enter_three_provincial_groups_2015", "http://zjnews.zjol.com.cn/system/2015/11/20/020921534.shtml", "rounds", """省委巡视组进驻省旅游集团、省交通投资集团、省农村发展集团开展专项巡视工作
2015年11月20日 19:22:33 来源: 浙江在线-浙江日报
  浙江在线杭州11月20日讯……近日,省委第二巡视组进驻省交通投资集团有限公司、省委第六巡视组进驻省农村发展集团有限公司、省委第八巡视组进驻省旅游集团有限责任公司开展专项巡视工作。并于11月19日、20日分别召开专项巡视工作动员大会,……上述3家国有企业党委书记作表态发言。
""", {"unit": "", "units": ["省交通投资集团有限公司", "省农村发展集团有限公司", "省旅游集团有限责任公司"], "group": None,
      "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://gfz.qust.edu.cn/info/1352/6652.htm (a college's committee studies the provincial group's feedback to its
    # university: the feedback is only studied, its day not told; the study meeting's 2021年2月22日 is no feedback day and
    # no start; the group is unnumbered (省委巡视组), no group; the university is named only as 学校, no unit scored)
    ("college_studies_provincial_group_feedback_to_university_2021", "https://gfz.qust.edu.cn/info/1352/6652.htm", "news", """2021年2月22日下午,院党委组织院领导班子成员在高分子楼403召开会议,认真学习省委巡视组对学校党委巡视情况反馈会的讲话精神,并结合学校实际做好下一步工作的安排部署。
会议中,尤亭亭、王庆富宣读了省委巡视组对学校的反馈意见,刘伟宣读了山东省组织部副部长在反馈会上的讲话,闫业海最后着重强调了马连湘书记代表学校所做的整改措施。
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # search corpus pages (no URL returned) (a railway company's eight supervision tour groups (督导巡视组, 2015): a
    # supervision tour of projects, no party inspection: expects nothing; r24 holds another page on the same company's
    # tours)
    ("railway_company_eight_supervision_tour_groups_2015", "search corpus pages (no URL returned)", "news", """发布日期:2015年03月25日
股份公司八个督导巡视组全面展开工作
  本报北京讯 股份公司八个督导巡视组在各依托单位大力支持和热情协助下,三月初已经全面开展工作。
  去年11月,股份公司和公司党委决定组建八个督导巡视组,分片区对工程项目安全质量工期、精细化管理、作业层队伍建设、党风廉政建设情况进行督导巡视。……3月2日,各督导巡视组全面进驻依托单位。……
  自3月6日开始,八个督导巡视组陆续前往所在片区对工程项目实地进行督导巡视检查,截至3月19日,共实地检查12个二级施工企业所属的35个工程项目,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- rounds: enterprises' and institutions' own rounds, provincial and central rounds ------------------------------
    # https://yuyingjucai.com/news-detail-48722.html (a copy of a power group's 2023 second round of party group
    # inspection (巡视) deployed: round 2, no term; no body named; the meeting's 8月28日 is no start)
    ("datang_2023_second_round_deployment_copy", "https://yuyingjucai.com/news-detail-48722.html", "rounds", """本网讯 8月28日,中国大唐集团有限公司党组召开2023年第二轮巡视工作动员部署会议,深入学习贯彻习近平总书记关于巡视工作的重要论述和党中央新部署新要求,专题动员部署党组2023年第二轮巡视工作,……集团公司党组书记、董事长、党组巡视工作领导小组组长邹磊出席会议并讲话。
集团公司党组副书记、董事、总经理、党组巡视工作领导小组副组长刘明胜宣布本轮巡视任务,巡视组组长、副组长授权任职及任务分工;……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://jx.chinapost.com.cn/xhtml1/report/2410/3777-1.htm (a postal group's 2024 second batch of inspection (巡视)
    # deployed: a batch is no round (as r13's postal_group_first_batch_feedback reads); the savings bank's second-level
    # committees are a counted kind, no units; the meeting's 10月10日 is no start)
    ("postal_group_2024_second_batch_savings_bank_deployment", "http://jx.chinapost.com.cn/xhtml1/report/2410/3777-1.htm", "rounds", """集团公司党组启动2024年第二批巡视工作
时间:2024-10-12     来源:中国邮政报
  10月10日,集团公司党组召开巡视动员部署会议,……对集团公司党组2024年第二批巡视工作作出安排。集团公司党组书记、党组巡视工作领导小组组长刘爱力作巡视动员讲话。……
  刘爱力强调,要坚守政治巡视定位,深刻认识对邮储银行二级单位党委开展巡视的重要意义。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (a provincial trade group's second committee's second round deployed: term 2
    # and round 2 (the committee's, 第二届党委第二轮); no body named; the provincial feedback being rectified is no
    # feedback of this round)
    ("zhejiang_trade_group_second_term_second_round_deployment", "search corpus pages (no URL returned)", "rounds", """9月6日上午,省国贸集团第二届党委第二轮巡察工作动员部署会议召开。集团党委书记、董事长高秉学作动员部署讲话,党委副书记、董事、总经理杨正宏主持会议,党委副书记、董事来涛宣布巡察组授权和任务分工。
……会议指出,目前正在处于巡视反馈意见集中整改阶段,集团上下要认真贯彻落实……
""", {"unit": "", "units": [], "group": None, "term": 2, "round": 2, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://dwxcb.tiangong.edu.cn/2021/1007/c1753a71215/page.htm (a university's third committee's fourth round
    # deployed, its date run together (2021105日 for 2021年10月5日): term 3 and round 4; the two colleges appear only as
    # speakers, units unscored; two groups, no group; no day)
    ("university_third_term_fourth_round_deployment_run_together_date", "https://dwxcb.tiangong.edu.cn/2021/1007/c1753a71215/page.htm", "rounds", """我校召开三届党委第四轮巡察工作动员部署会
发布者:李焕峰发布时间:2021-10-07浏览次数:583
2021105日,我校在会议中心第五会议室召开三届党委第四轮巡察工作动员部署会。校党委书记、巡察工作领导小组组长俞绍平,党委副书记、巡察工作领导小组副组长陈泮成出席。……
陈泮成副书记对本轮巡察工作进行了安排部署,宣布了学校党委对两个巡察组组长的授权任职和任务分工决定,……
校党委巡察一组组长王国武、二组组长李志琳分别作表态发言,……经济与管理学院党委书记刘伟、继续教育学院党总支书记宋鸿鹰表示要正确认识巡察,全力配合巡察,……
""", {"unit": "", "group": None, "term": 3, "round": 4, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://zqcn.com.cn/131/56095.html (a copy of the state assets commission's 2024 first round of inspection (巡视)
    # deployed: round 1, no term; no body named (six construction enterprises of the year before are counted); the
    # meeting's 3月20日 is no start)
    ("state_assets_commission_2024_first_round_deployment", "http://zqcn.com.cn/131/56095.html", "rounds", """3月20日,国务院国资委党委召开2024年第一轮巡视动员部署会,……对国务院国资委党委2024年第一轮巡视进行动员部署。国务院国资委党委书记、主任,国务院国资委党委巡视工作领导小组组长张玉卓出席会议并讲话。国务院国资委党委委员、副主任谭作钧宣布了国务院国资委党委2024年第一轮巡视任务分工和组长名单。……
会议指出,过去一年,国务院国资委党委……全力配合中央巡视,督促中管企业巡视整改,制定实施巡视五年规划,首次对6家建筑类委管企业开展集中巡视,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://nanjing.baogaosu.com/xinwen/中央巡视风暴刮向金融系统一行/39312371 (address as the tool returned it,
    # percent-encoded: a news copy of the 2015 central third round on 31 bodies, 21 financial: round 3 (2015年中央第三轮),
    # no term named; the list of financial enterprises is cut, so units are left unscored; 23日 is the meeting's day)
    ("central_2015_third_round_financial_bodies_news_copy", "https://nanjing.baogaosu.com/xinwen/%E4%B8%AD%E5%A4%AE%E5%B7%A1%E8%A7%86%E9%A3%8E%E6%9A%B4%E5%88%AE%E5%90%91%E9%87%91%E8%9E%8D%E7%B3%BB%E7%BB%9F%E4%B8%80%E8%A1%8C/39312371", "rounds", """中央巡视风暴刮向金融系统 “一行三会”等将体检
24.10.2015  12:23
  今年中央第三轮巡视即将展开。此轮巡视风暴将重点刮向金融系统,在31家被巡视单位中,金融机构占据21席,……
  23日召开的中央巡视工作动员部署会议透露,经中央批准,2015年中央第三轮巡视将对31家单位党组织进行专项巡视。……
  中新网记者注意到,在此轮巡视中,中管金融企业多达14家,分别为中国投资有限责任公司、国家开发银行股份有限公司、……
""", {"unit": "", "group": None, "term": None, "round": 3, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://wuhan.baogaosu.com/xinwen/省委巡视组新进驻/40242930 (address as the tool returned it, percent-encoded: three
    # provincial groups enter a provincial bank and two provincial groups: the three bodies are the units; the twelve
    # enterprises entered before are counted; 11月16日 has no year; three groups, no group)
    ("hubei_three_provincial_groups_enter_bank_and_two_groups", "https://wuhan.baogaosu.com/xinwen/%E7%9C%81%E5%A7%94%E5%B7%A1%E8%A7%86%E7%BB%84%E6%96%B0%E8%BF%9B%E9%A9%BB/40242930", "rounds", """省委巡视组新进驻3家省属国有企业(表)
根据省委统一部署,继省委7个巡视组进驻12家省属国有企业后,11月16日又有省委第三巡视组进驻湖北银行、省委第八巡视组进驻三环集团有限公司、省委第十巡视组进驻湖北南方集团有限公司,并分别召开巡视动员会。……
""", {"unit": "", "units": ["湖北银行", "三环集团有限公司", "湖北南方集团有限公司"], "group": None, "term": None,
      "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://oliviahoang.com/e/DoPrint/index.php?classid=44&id=28955 (a copy of the 2014 central third round's start: round
    # 3 (今年中央第三轮); the thirteen bodies, all named before 等13个单位, are the round's units as written; one group named of
    # several, no group; 24日 is the mobilisation's day)
    ("central_2014_third_round_thirteen_bodies_copy", "https://oliviahoang.com/e/DoPrint/index.php?classid=44&id=28955", "rounds", """今年中央第三轮巡视工作陆续展开
根据中央统一部署,中央第六巡视组近日进驻中国石油化工集团公司开展专项巡视工作,并于24日上午召开了巡视工作动员会。这标志着,今年中央第三轮巡视工作已陆续展开。
……经中央批准,今年中央第三轮巡视将对文化部、环保部、中国科协、全国工商联、中国国际广播电台、南方航空、中国船舶、中国联通、中国海运、华电集团、东风汽车、神华集团、中石化等13个单位进行专项巡视。近期,中央巡视组将陆续进驻上述单位并召开动员会。
""", {"unit": "", "units": ["文化部", "环保部", "中国科协", "全国工商联", "中国国际广播电台", "南方航空", "中国船舶", "中国联通",
                          "中国海运", "华电集团", "东风汽车", "神华集团", "中石化"],
      "group": None, "term": None, "round": 3, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://gb1.crntt.com/doc/7_0_106198235_1.html (a news agency's report of the nineteenth central committee's eighth
    # round on financial bodies, SHARES_TEMPLATE: term 19 and round 8; the 25 bodies are counted after three examples, so
    # units are left unscored; two groups named, no group)
    ("central_nineteenth_term_eighth_round_finance_entries_copy", "http://gb1.crntt.com/doc/7_0_106198235_1.html", "rounds", """中评社北京10月13日电/据央视新闻报道,经党中央批准,十九届中央第八轮巡视将对中国人民银行、中国银行保险监督管理委员会、中国证券监督管理委员会等25家金融单位党组织开展常规巡视。
近日,中央第二巡视组巡视进驻了交通银行股份有限公司和上海证券交易所,开展为期两个月左右的常规巡视。……
日前,中央第四巡视组进驻了中国银保监会,将开展为期两个月左右的常规巡视。
""", {"unit": "", "group": None, "term": 19, "round": 8, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- noisy: traditional script, pinyin in brackets, censored and spun copies --------------------------------------
    # https://hugaofeng.com/jjjcc/info/1077/4016.htm (traditional script on another domain: a university's fourth round
    # fed back to four colleges: round 4; the four colleges are the units, written simplified; four groups, no group;
    # 4月16日 has no year)
    ("university_fourth_round_feedback_four_colleges_trad", "https://hugaofeng.com/jjjcc/info/1077/4016.htm", "noisy", """按照學校黨委巡察工作統一部署,4月16日下午,學校黨委召開第四輪巡察工作反饋會。黨委副書記劉建民,黨委委員、副校長蔣璟萍,黨委委員、副校長談傳生出席有關單位反饋會議并講話。
反饋會上,巡察組分別向水利與環境工程學院黨委、計算機與通信工程學院黨委、設計藝術學院黨委、馬克思主義學院黨委反饋了巡察總體情況,四個巡察組組長分別對四個學院黨委取得的成績給予肯定,……
""", {"unit": "", "units": ["水利与环境工程学院党委", "计算机与通信工程学院党委", "设计艺术学院党委", "马克思主义学院党委"],
      "group": None, "term": None, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.raydarhealth.com/html/news/2022-04/3249.html (traditional script with pinyin in brackets on another domain:
    # a port group's first round of 2022 enters two bodies: round 1 (2022年首輪); the two bodies are the units, written
    # simplified; the central rounds conveyed (十九屆中央第八輪, 第九輪) are not scored; the group is unnumbered, no group)
    ("zhanjiang_port_group_2022_first_round_two_bodies_pinyin_trad", "http://m.raydarhealth.com/html/news/2022-04/3249.html", "noisy", """近日,湛江港集團(tuán)2022年首輪巡察工作正式啟動。集團(tuán)公司黨委巡察組分別進(jìn)駐石化公司和鐵路分公司開展巡察工作,集團(tuán)公司黨委巡察工作領(lǐng)導(dǎo)小組副組長藺佰文、龍海東分別參加兩個(gè)被巡察單位的動員會并講話。
……會議傳達(dá)了十九屆中央第八輪巡視反饋會和第九輪巡視動員部署會精神,對石化公司和鐵路分公司黨委巡察工作進(jìn)行了具體部署。……本輪巡察是集團(tuán)公司黨委2022年開展的第一期巡察工作,年內(nèi)將完成兩期
""", {"unit": "", "units": ["石化公司", "铁路分公司"], "group": None, "term": None, "round": 1, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://r0l7h6.3fwb6.cn/jtyw_1/202110/t20211019_7275030.shtml (a copy that writes * for 党 and other words: a group
    # company's 2021 first round with two groups at two branches: round 1; both groups start on-site work 2021年9月13日起
    # (settled 10, the round's first day); the censored bodies (南京分公司*组织) are left unscored; two groups, no group)
    ("group_company_2021_first_round_two_branches_censored_copy", "http://r0l7h6.3fwb6.cn/jtyw_1/202110/t20211019_7275030.shtml", "noisy", """9月8日上午,集团*委召开2021年第一轮巡察进驻动员会,集团*委副*、*委巡察办主任张靖出席会议并讲话。会议由*委巡察办副主任李砚秋主持。
根据集团*委的工作安排,集团*委组建两个巡察组,将于2021年9月13日起,分别对南京分公司*组织和泰州分公司*组织开展现场巡察。会上巡察组组长及被巡察单位负责人分别作了表态发言。
""", {"unit": "", "group": None, "term": None, "round": 1, "start": date(2021, 9, 13), "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.senqingzn.com/dy/article/JVGVV9PG05148ALS.html?f=post2020_dy_recommends (traditional script on another
    # domain: an aviation industry group's 2025 first batch of inspection (巡视): a batch is no round; the three bodies of
    # the regular inspection are the units, written simplified (the excerpt is cut before two upgraded bodies); the
    # meeting's 5月13日 is no start)
    ("aviation_industry_group_2025_first_batch_three_bodies_trad", "http://www.senqingzn.com/dy/article/JVGVV9PG05148ALS.html?f=post2020_dy_recommends", "noisy", """5月13日,中國航空工業集團黨組在總部召開2025年第一批巡視動員部署會,開展對中航技、一飛院、金航數碼3家單位黨委的常規巡視,……中國航空工業集團黨組副書記、總經理魏應彪出席會議并講話。會議傳達學習了習近平總書記關于巡視工作重要講話精神和全國巡視工作會議精神,宣布巡視組、選人用人專項檢查組分工及組長、副組長名單。
""", {"unit": "", "units": ["中航技", "一飞院", "金航数码"], "group": None, "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://www.maika88.com/content/2017/03/22/6425444.html (traditional script with pinyin in brackets: an aero-engine
    # group's 2017 first pilot batch deployed: a batch is no round, no body named; the first and second groups are
    # named together, no group)
    ("aero_engine_group_2017_first_pilot_batch_deployment_pinyin_trad", "http://www.maika88.com/content/2017/03/22/6425444.html", "noisy", """近日,中國航空發(fā)動機(jī)集團(tuán)召開2017年第一批試點巡視工作動員部署會,對2017年首批巡視工作進(jìn)行了全面動員部署。集團(tuán)黨組書記、董事長、巡視工作領(lǐng)導(dǎo)小組組長曹建國,……集團(tuán)巡視辦公室成員,集團(tuán)黨組2017年第一、第二巡視組全體成員參加會議。
會議強(qiáng)調(diào),要“對標(biāo)”中央全面從嚴(yán)治黨要求,扎實有序推進(jìn)集團(tuán)巡視工作全覆蓋。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.58renrenzhi.com/info/1081/13905.htm (traditional script with pinyin in brackets on another domain: a
    # university leading group hears its second round: round 2; the inspected colleges are unnamed, no unit; the common
    # problems across them are not scored)
    ("university_second_round_hearing_pinyin_trad", "http://www.58renrenzhi.com/info/1081/13905.htm", "noisy", """7月4日下午,校黨委召開巡察工作領(lǐng)導(dǎo)小組會,聽取第二輪巡察工作匯報,研究討論巡察發(fā)現(xiàn)的問題。巡察工作領(lǐng)導(dǎo)小組組長、黨委書記張志昌出席會議并講話。……
會議聽取了第二輪巡察工作開展情況報告和3個巡察組的工作匯報,對本輪巡察工作給予充分肯定。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.scxfxhq.com/dtwz/xwzx/jtxw/2024/12/I1313212000167264256.html (traditional script with pinyin in
    # brackets: a power group's forum on regional inspection exchange (片區巡察交流工作座談會): no visit, expects nothing)
    ("power_group_regional_inspection_exchange_forum_pinyin_trad", "https://www.scxfxhq.com/dtwz/xwzx/jtxw/2024/12/I1313212000167264256.html", "noisy", """集團公司召開片區(qū)巡察交流工作座談會
來源:集團公司總部
日期:2022-03-22
本網(wǎng)訊 為深化集團公司巡視巡察上下聯(lián)動,推進二級企業(yè)開展片區(qū)巡察交流,共同提升巡察工作水平,3月21日,集團公司召開片區(qū)巡察交流工作座談會。集團公司黨組成員、紀檢監(jiān)察組組長王瑛出席會議并講話。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://labjjfz.com/s/2463-7373-40576.html (traditional script with pinyin in brackets: a gold group's meeting on
    # the central ecological and environmental inspectorate's typical cases (生態環境保護督察): no party inspection,
    # expects nothing)
    ("gold_group_environmental_inspectorate_typical_cases_pinyin_trad", "http://labjjfz.com/s/2463-7373-40576.html", "noisy", """9月27日上午,第二輪第四批中央生態(tài)環(huán)境保護(hù)督察第三批典型案例通報(bào)后,中國黃金集團(tuán)黨委書記、董事長盧進(jìn)第一時(shí)間要求各部門、各企業(yè)提升政治站位、提高思想認(rèn)識(shí),深刻反思通報(bào)中指出的問題,……
9月27日下午,受盧進(jìn)委托,黨委副書記、董事、總經(jīng)理劉冰主持召開專題黨委會(huì),……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://lemofix.com/gnyw/2007-10/17/content_70133.htm (traditional script with pinyin and doubled commas: a state
    # audit check group (稽查組) enters a hydropower project: no party inspection, expects nothing)
    ("three_gorges_project_audit_check_group_doubled_commas_pinyin_trad", "https://lemofix.com/gnyw/2007-10/17/content_70133.htm", "noisy", """新華社宜昌10月16日電
國務(wù)院三峽樞紐工程稽查組日前正式進(jìn)駐三峽工地展開年度稽查,。記者從中國三峽總公司獲悉,此次稽查時段截止到2007年6月30日,,其中工程進(jìn)度,、投資控制、安全生產(chǎn)延續(xù)到2007年9月30日,,實地稽查計劃11月5日前結(jié)束,。 稽查組組長王武龍介紹說,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.longquanchansi.com/xwzx29/yjyw/202511/3914202.html (traditional script on another domain: a construction
    # bureau's evaluation of its 2025 inspections' rectification: an evaluation meeting, no visit; the bodies evaluated
    # are left unscored; expects no group, dates or problems)
    ("construction_bureau_2025_rectification_evaluation_meeting_trad", "http://www.longquanchansi.com/xwzx29/yjyw/202511/3914202.html", "noisy", """11月10日,中建一局黨委組織召開2025年巡察整改情況評價會。局黨委書記、董事長、巡察工作領導小組組長左強出席會議并講話,紀委書記、黨委常委、巡察工作領導小組副組長閆克啟主持會議。……
本次巡察整改情況評價分為職工群眾評價、“1+N”巡察集中整改督導檢查組評價、局總部部門評價、局領導班子評價四個維度。……
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://nakedoat.com/gzdt/2011-05/18/content_1865871.htm (traditional script with pinyin in brackets: a joint check
    # group of press stations (聯合檢查組): no party inspection, expects nothing; the domain holds r23's and r24's other
    # pages)
    ("press_stations_joint_check_groups_pinyin_trad", "http://nakedoat.com/gzdt/2011-05/18/content_1865871.htm", "noisy", """由中宣部新聞局、全國(guó)“三項(xiàng)學(xué)習(xí)教育活動(dòng)”領(lǐng)導(dǎo)小組辦公室、中紀(jì)委駐總署紀(jì)檢組監(jiān)察局、新聞出版總署新聞報(bào)刊司等4部門(mén)組成的聯(lián)合檢查組,將于5月底至6月初對(duì)全國(guó)部分報(bào)刊記者站進(jìn)行檢查。
……此次檢查共分4個(gè)檢查組,除在北京檢查中央報(bào)刊主管主辦單位的貫徹落實(shí)情況外,還將分赴河南、陜西、江蘇、山東、福建、浙江、黑龍江、遼寧等8個(gè)省,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://hk.crntt.com/doc/0_0_103640348_1_0227191152.html (traditional script: three central groups enter three
    # central enterprises in the 2015 first round, SHARES_TEMPLATE: round 1 (首輪); the three enterprises are the units,
    # written simplified (the list of 26 is cut); three groups, no group)
    ("central_2015_first_round_three_groups_entries_trad", "http://hk.crntt.com/doc/0_0_103640348_1_0227191152.html", "noisy", """今年中央首輪巡視工作陸續展開
  中評社北京2月27日電/根據中央統一部署,中央第七、第八、第九巡視組近日分別進駐華能集團、國家電網公司、中國船舶重工集團公司開展專項巡視工作。這標誌著,今年中央首輪巡視工作已陸續展開。
  新華社報道,中央巡視組將在上述單位工作2個月,……
""", {"unit": "", "units": ["华能集团", "国家电网公司", "中国船舶重工集团公司"], "group": None, "term": None, "round": 1,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://yaliqi.com/new/6408b1c519b14f6ba6165352b38cfbcd (a spun copy of the twentieth central committee's fourth
    # round, SHARES_TEMPLATE: term 20 and round 4; its long list is cut, units unscored)
    ("twentieth_central_fourth_round_spun_copy", "https://yaliqi.com/new/6408b1c519b14f6ba6165352b38cfbcd", "noisy", """二十届中央第四轮巡视:34家单位党组织在列
洞察真相者 2024-10-30 13:37:43
经党中央慎重而庄严的批准,二十届中央第四轮巡视工作即将拉开帷幕,其巡察的触角将深入至中央宣传部(亦承载着中央精神文明建设办公室的重要职责)、中央统战部这一凝聚共识的桥梁、……
""", {"unit": "", "group": None, "term": 20, "round": 4, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
]
