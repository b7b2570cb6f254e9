"""Outside texts of batch r19 (issue 14), held out: collected with the search tool from public pages that are in no
earlier batch (each address checked against every registered outside batch, r18 included, with and without www./m./mip.
and its query string; every text compared with `bench/outside_overlap.py tests/imports/parsing/outside_r19.py`: no
address is shared, six texts that share a central round, a round or a city's or province's template with an earlier
batch are named in SHARES_TEMPLATE below, the rest share official formulas only (the longest run beyond formulas outside
SHARES_TEMPLATE is 49 characters, the traditional-script formula 黨組織反饋了巡察意見。按照黨務公開原則和巡察工作有關要求,現將巡察; the
seeds share formulas only, 关于巡视工作的重要论述 and the like). Their fields are written down by
reading only. The importer was not run on them while they were collected, no test or bench that runs it was run, and the
collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
"Settled conventions", its score function and a few KNOWN_MISSES notes, and the briefs; the README was not read, so no
audit text was read under its rules, and none new was found); the integrator runs them once, and that run is
the honest figure for unseen texts.

Sources. All 59 texts from the search tool's "pages" corpus, 54 with their address and 5 with none returned
("search corpus pages (no URL returned)"). The "code" corpus and find_string over GitHub files gave nothing usable: the
code corpus answers with JSP and Markdown pages of other projects (a quality institute's self-inspection, a 2014 State
Council 督查 notice, a 2013 mass line 督导组 meeting) and the one university post earlier batches already hold;
find_string for 反馈了巡察意见, 反馈巡视意见, 巡视整改 and 巡察组 found only code (form labels, menus, enum names). The pages
corpus is exhausted for the usual phrasings: of 240 candidate addresses and text fragments checked against the set, 167
were earlier batches' (every page of the first query round, kinds of unit r18 named: agriculture bureaus, women's
federations, hospitals, health commissions, meteorological bureaus, statistics, red cross, federations of industry and
commerce; and almost every civil air defence, science association, literary federation, media centre, tobacco, power
supply, university and emergency management hit). Dropped after reading: nineteen texts of the first round whose
addresses an earlier batch holds (yanjin, jinhua, zhanjiang, ningbo agriculture, the Zhejiang, Xinwu, Xiangtan, Fugu,
Jimo and Zhaotong women's federations, Chenzhou's second hospital, Taizhou's health commission, Qiandongnan's
meteorological mobilisation, Tianyuan's and Tongshan's federations of industry and commerce, Taihe's hospital, Ya'an's
meteorological check, a statistics fraud check); a State Grid stationed group's supervision in traditional script and a
construction investment group's first special inspection (earlier batches' texts at other addresses); a Zhongshan two
schools' notice (an earlier batch's text); the 二十届中央第四轮 list on a maoist site (r12's event and list); three 2024–2025
national statistics 督察 entries (the template of earlier batches' Tianjin copies); a central group's 2024 mobilisation at the
foreign languages bureau (r12's central round); a Hubei 2018 check of 297 bodies by the provincial groups (its counts of
unfinished problems not clearly a text's figures); a generated page on a Shanxi
provincial round with invented counts; pages stating no inspection at all (budget speeches, plans, regulations).
Provinces and places: Guangdong (Ruyuan, Zhongshan, Boluo), Beijing (Tongzhou), Fujian (Cangshan), Hebei (Cangzhou),
Shanghai (Qingpu), Henan (Xuchang, Luoyang), Shandong (Weihai), Zhejiang (Yiwu, Shaoxing), Shaanxi (Pucheng), Shanxi,
Yunnan, Tibet (Luozha), Heilongjiang (Zhaozhou), Anhui (Huaibei, Susong), Jiangsu (Jiangyin, Wujin), Gansu (Yumen,
Anding), Sichuan, Jiangxi (Jiujiang), Hunan (Yiyang), Xinjiang (Ili, the corps), Jilin and central bodies (a ministry,
the literary and art federation, the meteorological administration); years 2009, 2013–2016, 2018–2026.

Families and counts (59 texts, 6 in SHARES_TEMPLATE). progress 9 (with their title line:
tongzhou_media_centre_progress (SHARES_TEMPLATE), cangzhou_disabled_federation_first_round_progress,
literary_art_federation_central_progress_copy (SHARES_TEMPLATE), qingpu_civil_affairs_bureau_progress,
xuchang_dongcheng_district_progress, yiyang_culture_tourism_sports_bureau_progress; bodies without one: ruyuan_media_centre_progress (SHARES_TEMPLATE), cangshan_health_bureau_progress,
zhongshan_emergency_management_bureau_progress (SHARES_TEMPLATE)), and one more among the noisy copies
(boluo_media_centre_progress_trad); news 27 (feedbacks and mobilisations: weihai_disabled_federation_feedback (SHARES_TEMPLATE),
changzhou_foreign_affairs_office_feedback (SHARES_TEMPLATE),
yiwu_land_port_group_feedback, pucheng_justice_bureau_raised_level_mobilisation,
luoyang_emergency_bureau_disaster_special_mobilisation, shanxi_central_second_group_mobilisation,
human_resources_ministry_poverty_look_back_entry, shanxi_justice_department_2024_inspection_mobilisation,
lechang_housing_bureau_provincial_petitions_meeting; no party inspection: shandong_statistics_supervision_group_entered,
meteorological_administration_rectification_special_check_2016, tobacco_mass_line_roving_guidance_look_back_copy,
huaibei_power_supply_conduct_supervision_2009, jiangyin_veterans_affairs_research_visit,
corps_anti_gang_supervision_feedback_overseas, qinghe_road_environment_supervision_look_back,
ili_disabled_federation_guidance_research_2015, jiujiang_archives_appraisal_enforcement_check,
yumen_archives_enforcement_check_2016, yiyang_rural_road_safety_look_back_check,
zhongshan_overseas_chinese_federation_research_footer, wujin_office_space_supervision_2020,
yongji_water_bureau_project_inspection_team, shaoxing_water_works_audit_entry_meeting,
anding_congress_civil_affairs_appraisal_survey, sichuan_petition_work_supervision_three_cities_2014,
environmental_supervision_second_round_first_batch_2019); rounds 3 (shanxi_eleventh_term_eighth_round_entered,
yunnan_2014_first_round_summary (14 units: six prefectures and eight provincial bodies), luozha_county_leading_group_meeting),
and one more among the noisy copies (zhaozhou_seventeenth_term_sixth_round_mobilisation_betting_copy, 13 units); audit
0 (every audit rectification report and audit office news the corpus gave, eight, is an earlier batch's); noisy 20
(traditional script: xinlusong_group_feedback_meeting_trad, beihai_tobacco_standardisation_research_trad,
boluo_media_centre_progress_trad, boluo_culture_tourism_sports_bureau_feedback_trad, democratic_league_archives_enforcement_check_trad,
urban_development_group_project_patrol_trad, overseas_chinese_federation_research_group_trad_2015 (stray commas),
susong_human_resources_open_government_meeting_trad, civil_air_defence_campaign_hearings_trad_2013 (question marks for
spaces), environmental_supervision_first_round_accountability_qa_trad; pinyin-coded characters:
zhejiang_tobacco_campaign_guidance_trad; pinyin in brackets: environmental_supervision_look_back_ten_provinces_pinyin;
betting site's name in the text: zhaozhou_seventeenth_term_sixth_round_mobilisation_betting_copy,
yichang_culture_demonstration_zone_check_betting_copy; starred-out names:
district_congress_cooperatives_research_starred, county_ninth_term_seventh_round_speech_starred; placeholders:
district_round_mobilisation_speech_template_2026 (第XX届第XX轮); a forum copy under a junk user name:
chongren_power_supply_guidance_forum_copy; document and periodical sites: county_mobilisation_speech_agenda_copy,
jilin_archives_joint_supervision_abstract). Progress bodies are 9 (10 with the Boluo one among the noisy; 5 measured
outside SHARES_TEMPLATE, 6 with the noisy one): far fewer than r18's 15, because the corpus gave almost no new ones.

Fields read: 133 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 384
absence checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field); 98 fields
and 370 absence checks outside SHARES_TEMPLATE. By family: progress 52 fields and 20 absence checks, news 22 and 199,
rounds 23 and 17, noisy 36 and 148. Figures read: problems 6 (cangshan 38, literary federation 62, yunnan 113, yiyang
44, changzhou foreign affairs 34, boluo culture 17), measures 2
(literary federation 221, qingpu 186), completed 1, in_progress 1 (cangshan), clues_transferred 1 (yunnan 474); no
problems counted as items (no text lists its findings by semicolons after 主要是).

Reading conventions (those written in outside_r18.py's docstring and in outside_set.py's "Settled conventions",
conventions 1–8 followed exactly): a day without a year gives no date unless the text or the page's dated line gives
its year (yiwu's 8月3日 under 发布时间:2021-08-04 is 2021-08-03; 近日, luoyang's 8月4日 and xinlusong's
11月4日 give none); a feedback
day without a year takes the year that puts it after the visit's end (settled 1: cangshan 9月15日 2022, xuchang 10月21日
2025); a visit in two periods (cangshan 3月17日至3月22日、5月5日至7月12日) leaves start and end unscored; parts of months give no
dates (shanxi 9月上旬至12月上旬, yunnan 4月中旬); a mobilisation or entry day is no start; a round or term named in a progress report's title is the text's (cangzhou
十届市委第一轮, the literary federation 十九届中央第四轮), and so is a round named only in plans issued (settled 2: boluo's
《关于落实县委第五轮巡察…专项检查组反馈意见的整改方案》 gives 5); a year's first round (2014年…首轮巡视) is round 1, as settled 2 reads
2023年第一轮; problems counted at two or three levels give the finest (settled 4: 3个方面14项共38个问题 38, 4个方面13个问题…细化为
62个具体问题 62, 13方面34个问题 34); yiyang's 五个方面共44个问题 is 44, its 60项整改落实责任清单 being tasks, not finer problems; 未完成2个 is the in-progress count (settled 3); clues found with a count are the clues figure (settled 6:
违纪违法线索474条), clues handed over without a count give none (weihai); a bracketed included body is kept as written,
full-width (settled 7: 省农垦总局（集团公司）, 建设社区工作站（建设居民委员会、平康居民委员会）); places in a round's list are units as
written (settled 8: 昭通, 曲靖, …), while places only counted (11个市59个县) are none; a progress report about one place
visited keeps the title's body (xuchang: 对东城区进行了巡察 under 中共许昌市东城区工委关于巡察整改情况的通报, as the KNOWN_MISSES
wuhan_devzone reading keeps 中共武汉经开区党工委); a progress report's unit is the visit's (县融媒体中心, 市残联, 区卫健局党组);
a group is written as the text writes it, with its owner's place or kind (市委第三巡察组, 区委巡察四组,
中央第六巡视组, 中央第十巡视组); a group written two ways (luoyang), a group named only
inside a round's name (xinlusong) and a group named for the petitions it handed over (lechang) are not scored; counted
bodies are no units; 督查, 督察 (environmental, statistical, petition, office space), 督导, 巡回督导组, 稽查, 稽察, 调研,
评议调查, 执法检查, 业务建设评价, a group's 项目巡查 and checks' 回头看 are no party inspection: no group, no dates, no units,
no problems, no figures; meetings, studies, measures a secretary led, people, complaints and fines are no figure.

What I was unsure of, and how I read it: whether a unit keeps 中共 where the text writes it: the set's units never begin
with 中共, yet the KNOWN_MISSES note keeps the title's 中共武汉经开区党工委, so xuchang's title body and tongzhou's visit
(对中共北京市通州区融媒体中心党组开展了巡察) keep it, and every other unit is written as its visit writes it without a prefix;
cangzhou's unit is the visit's 市残联 though the feedback went to 市残联党组 (settled 5 speaks of feedback news);
cangshan's 基本完成1个 is left unscored (neither completed nor in progress); the Tongzhou media centre's report published in
2026 on a 2022 visit is read on its visit's dates; luozha's term is read
from its leading group's name (十届…县委巡察工作领导小组) and its round, 今年第一轮 beside a city's 二届市委第一轮 in a speech's
title, is not scored; the Zhaozhou list's 22 organisations are read as the twelve names the text lists plus the special
inspection's 社会保险事业中心 (the five work stations' committees stay inside their brackets, settled 7); the ministry's
poverty look-back (human_resources) names no round, so none is read though it belongs to a central round; the Shanxi
central mobilisation's province is left unscored (a place visited with no title's body to keep); Boluo's 党组织 is kept
as written (博罗县融媒体中心党组织). Fewer than 60 texts (59): the brief says not to pad, and the corpus gave no more new
texts in the time this collector had (the HARD STOP).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a national federation's report on the central round of r10's spp_central_progress (十九届中央第四轮), copied by a
    # culture portal
    "literary_art_federation_central_progress_copy",
    # a district media centre's progress on the portal and round of an earlier batch's tongzhou_culture_progress
    # (the same visit dates, published the same day)
    "tongzhou_media_centre_progress",
    # a city bureau's progress on the round of an earlier batch's zhongshan_first_court_progress (the same visit start and
    # feedback day, the same template)
    "zhongshan_emergency_management_bureau_progress",
    # a city's feedback news in the template of r10's weihai_housing_feedback (the same city, another round)
    "weihai_disabled_federation_feedback",
    # a city's feedback news on the portal and in the template of r13's changzhou_youth_league_feedback (another round)
    "changzhou_foreign_affairs_office_feedback",
    # a Guangdong county body's progress opening and first heading word for word those of an earlier batch's
    # dongguan_procuratorate_progress (another city, the province's template)
    "ruyuan_media_centre_progress",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R19 = [
    # --- progress reports (bodies with and without their title line) -------------------------------------------------
    # http://www.sgrh.gov.cn/zwgk/tzgg/content/post_2820727.html (a county media centre reports on a county round, body
    # without its title: the unit as the visit writes it (县融媒体中心); 立行立改 problems are no findings)
    ("ruyuan_media_centre_progress", "http://www.sgrh.gov.cn/zwgk/tzgg/content/post_2820727.html", "progress", """根据县委统一部署,2024年9月23日至12月27日,县委第三巡察组对县融媒体中心进行了巡察。2025年2月17日,县委巡察组向我中心反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察集中整改进展情况予以公布。
一、以政治建设为统领,把巡察整改作为重大政治任务抓紧抓实。
……其中,立行立改问题在巡察期间立即纠正,限期整改问题在规定时间内按期完成,需要长期推进解决的问题取得阶段性成效。
""", {"unit": "县融媒体中心", "group": "县委第三巡察组", "term": None, "round": None, "start": date(2024, 9, 23),
      "end": date(2024, 12, 27), "feedback_date": date(2025, 2, 17), "figures": []}),
    # https://quwei.bjtzh.gov.cn/jjw/c110013/202601/1778721.shtml (a district media centre's party group reports under its
    # title, published three years after the visit: the unit as the visit writes it, 中共 kept; 4 meetings are no
    # figure; the 2023年2月 and 2024年1月 steps are no field)
    ("tongzhou_media_centre_progress", "https://quwei.bjtzh.gov.cn/jjw/c110013/202601/1778721.shtml", "progress", """中共北京市通州区融媒体中心党组关于巡察整改进展情况的通报
来源:区纪委区监委
发布时间:2026-01-16
      根据区委巡察工作统一部署,2022年10月20日至2023年1月6日,区委第三巡察组对中共北京市通州区融媒体中心党组开展了巡察。2023年2月10日,区委第三巡察组向中共北京市通州区融媒体中心党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
……2024年1月,组织召开领导班子巡察整改专题民主生活会,……主持召开4次党组会议,研究部署巡察整改任务,……
""", {"unit": "中共北京市通州区融媒体中心党组", "group": "区委第三巡察组", "term": None, "round": None,
      "start": date(2022, 10, 20), "end": date(2023, 1, 6), "feedback_date": date(2023, 2, 10), "figures": []}),
    # http://www.fzcl.gov.cn/xjwz/zwgk/gggs/202305/t20230509_4600805.htm (a district health bureau's party group reports
    # on a district round in two periods (3月17日至3月22日、5月5日至7月12日): the dates are not scored; 9月15日 takes 2022
    # (settled 1); 3个方面14项共38个问题 gives 38 (settled 4), 35 completed, 2 未完成 in progress (settled 3), the one 基本完成
    # left unscored; the people handled are cut)
    ("cangshan_health_bureau_progress", "http://www.fzcl.gov.cn/xjwz/zwgk/gggs/202305/t20230509_4600805.htm", "progress", """根据区委巡察工作的统一部署,2022年3月17日至3月22日、5月5日至7月12日,区委巡察四组对区卫健局党组开展了巡察。9月15日,区委巡察四组向区卫健局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
此次巡察工作,指出了我局3个方面14项共38个问题,提出针对性的整改意见。我局党组高度重视,……针对反馈的问题,已完成整改问题35个,基本完成1个,未完成2个,……
""", {"unit": "区卫健局党组", "group": "区委巡察四组", "term": None, "round": None, "feedback_date": date(2022, 9, 15),
      # r20 pass: 基本完成1个 is stated and read as basically_completed, as the pinned r12 nanxian reading (r13 pass:
      # 基本完成整改1个 expected) and r1's km read it; the r19 reader left it out (expectation corrected, no rule gain)
      "figures": [("problems", 38), ("completed", 35), ("basically_completed", 1), ("in_progress", 2)]}),
    # http://czs.hebcdi.gov.cn/web/czsjw/bjxsxczg/ff80808182b0711f0184c79f0ef160e3.htm (a city disabled persons'
    # federation's party group reports under its title: term 10, round 1 from the title (十届市委第一轮巡察); the unit as the
    # visit writes it (市残联), the feedback going to its party group; 9 meetings are no figure; 2月10日 is no field)
    ("cangzhou_disabled_federation_first_round_progress", "http://czs.hebcdi.gov.cn/web/czsjw/bjxsxczg/ff80808182b0711f0184c79f0ef160e3.htm", "progress", """中共沧州市残疾人联合会党组关于十届市委第一轮巡察整改进展情况的通报
来源:沧州市纪委监委网站 发布时间:2022-11-30 16:18:59
根据市委统一部署,市委第三巡察组于2021年10月15日至12月15日,对市残联进行了常规巡察。2022年1月29日,市委巡察组向市残联党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
……2月10日,市残联召开党组会研究制定了《巡察整改方案》,……先后召开了9次整改领导小组会议研究部署和落实巡察整改工作,召开专题民主生活会1次。
""", {"unit": "市残联", "group": "市委第三巡察组", "term": 10, "round": 1, "start": date(2021, 10, 15),
      "end": date(2021, 12, 15), "feedback_date": date(2022, 1, 29), "figures": []}),
    # http://www.sinology.cn/cosbu/news/show-110608.html (a national federation of literary and art circles reports on a
    # central round, copied by a culture portal under its own headline: term 19, round 4 from the title; 4个方面13个问题,
    # 进一步梳理细化为62个具体问题 gives 62 (settled 4); 221 measures; 15 meetings are no figure; listed in SHARES_TEMPLATE: the
    # central round of r10's spp_central_progress)
    ("literary_art_federation_central_progress_copy", "http://www.sinology.cn/cosbu/news/show-110608.html", "progress", """中国文联党组通报十九届中央第四轮巡视整改进展情况
中共中国文联党组关于十九届中央第四轮巡视整改进展情况的通报
根据党中央统一部署,2019年9月8日至11月25日,中央第六巡视组对中国文联党组开展了常规巡视。2020年1月6日,中央第六巡视组向中国文联党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
……巡视意见反馈后,文联党组先后召开15次党组会议及巡视整改工作领导小组会议,统筹部署和协调推动整改工作。对照巡视反馈意见中指出的4个方面13个问题,进一步梳理细化为62个具体问题,制定221项整改措施。
""", {"unit": "中国文联党组", "group": "中央第六巡视组", "term": 19, "round": 4, "start": date(2019, 9, 8),
      "end": date(2019, 11, 25), "feedback_date": date(2020, 1, 6),
      "figures": [("problems", 62), ("measures", 221)]}),
    # http://www.zs.gov.cn/yjj/gggs/content/post_2547585.html (a city emergency management bureau's party committee
    # reports on a city round, body without its title: the unit as the visit writes it; 13 problems the secretary led,
    # 5 studies and 2 meetings are no figure)
    ("zhongshan_emergency_management_bureau_progress", "http://www.zs.gov.cn/yjj/gggs/content/post_2547585.html", "progress", """根据市委统一部署,2024年9月23日至12月20日,市委第三巡察组对中山市应急管理局党委开展巡察。2025年1月13日,市委巡察组向中山市应急管理局党委反馈巡察意见。按照巡视巡察工作有关要求,现将巡察整改进展情况予以公布。
一、党委履行巡察整改主体责任情况
……开展集体学习5次,……局党委书记坚持以上率下,牵头制定整改方案,……主动领办13项反馈问题;2次召开巡察整改专题会议,……
""", {"unit": "中山市应急管理局党委", "group": "市委第三巡察组", "term": None, "round": None,
      "start": date(2024, 9, 23), "end": date(2024, 12, 20), "feedback_date": date(2025, 1, 13), "figures": []}),
    # http://www.shqp.gov.cn/civil/gg/20260213/1352017.html (a district civil affairs bureau's party group reports under its
    # title, 2026: 186条具体整改措施 the measures; 7 problems the secretary led, 3 meetings, 4 deputies and one problem
    # corrected at once are no figure)
    ("qingpu_civil_affairs_bureau_progress", "http://www.shqp.gov.cn/civil/gg/20260213/1352017.html", "progress", """中共上海市青浦区民政局党组关于巡察集中整改进展情况的通报 2026-02-13
根据区委统一部署,区委第五巡察组于2025年4月15日至2025年6月30日对区民政局党组进行了巡察,并于2025年9月8日反馈了巡察意见。按照巡察工作有关要求,现将巡察集中整改进展情况予以公布。
……局党组书记……主动领办主导7个重点难点问题整改任务。主持召开巡察整改专题会议和巡察集中整改进展情况会议3次,……其他4名班子成员任副组长,……聚焦6个方面,制定186条具体整改措施,……对1个具备立行立改条件的问题及时整改并加强跟踪管理。
""", {"unit": "区民政局党组", "group": "区委第五巡察组", "term": None, "round": None, "start": date(2025, 4, 15),
      "end": date(2025, 6, 30), "feedback_date": date(2025, 9, 8), "figures": [("measures", 186)]}),
    # https://dongchengqu.xuchang.gov.cn/zjdq/001002/20260213/7fc568d8-2bd6-4f3d-be6d-fa1202354ba1.html (a city district's
    # working committee reports under its title, 2026: the visit names the place (对东城区进行了巡察), so the unit is the
    # title's body as the title writes it (中共许昌市东城区工委), as the KNOWN_MISSES wuhan_devzone reading keeps
    # 中共武汉经开区党工委; 10月21日 takes 2025
    # (settled 1); the three months of rectification, 3 and 6 meetings and 6 documents are no field and no figure)
    ("xuchang_dongcheng_district_progress", "https://dongchengqu.xuchang.gov.cn/zjdq/001002/20260213/7fc568d8-2bd6-4f3d-be6d-fa1202354ba1.html", "progress", """中共许昌市东城区工委关于巡察整改情况的通报
【信息时间:2026-02-13 阅读次数: 】
根据市委统一部署,2025年7月10日至9月12日,市委第一巡察组对东城区进行了巡察。10月21日,市委第一巡察组向东城区反馈了巡察意见。2025年10月21日至2026年1月21日,进行了三个月的集中整改。
按照《中国共产党巡视工作条例》《河南省加强巡视整改和成果运用实施办法》《许昌市巡察整改和成果运用实施办法(试行)》有关规定,现将巡察整改情况予以公布。
1.整改责任压得不实。
完成情况:已完成
整改情况:……集中整改期间,组织召开3次党工委会议、6次专题会议安排部署巡察整改工作,……党工委针对近期上级下发的有关巡视、巡察工作的6份文件,及时进行了签批学习。……
""", {"unit": "中共许昌市东城区工委", "group": "市委第一巡察组", "term": None, "round": None, "start": date(2025, 7, 10),
      "end": date(2025, 9, 12), "feedback_date": date(2025, 10, 21), "figures": []}),
    # http://www.yiyang.gov.cn/wlgt/4582/4588/4589/content_1726498.html (a city culture, tourism and sports bureau's party
    # group reports under its title, without the feedback day: the visit names the body as 我局党组, so the unit is not
    # scored; 五个方面共44个问题 gives 44, the 60项整改落实责任清单 being tasks, not finer problems; the 10月28日 meeting is no
    # field)
    ("yiyang_culture_tourism_sports_bureau_progress", "http://www.yiyang.gov.cn/wlgt/4582/4588/4589/content_1726498.html", "progress", """中共益阳市文化旅游广电体育局党组关于市委第四巡察组巡察反馈意见整改落实情况的通报
发布时间: 2023-02-27 17:40     来源:益阳市文化旅游广电体育局
根据市委统一部署,市委第四巡察组从2022年3月21日至6月20日对我局党组开展了巡察。按照巡察工作有关要求,现将巡察整改落实情况予以公布。
……(三)明确目标,坚持问题导向真改实改。局党组对照巡察反馈意见,……对照巡察反馈意见五个方面共44个问题,具体分解细化为60项整改落实责任清单,……2022年10月28日,市文旅广体局党组召开……
""", {"group": "市委第四巡察组", "term": None, "round": None, "start": date(2022, 3, 21), "end": date(2022, 6, 20),
      "feedback_date": None, "figures": [("problems", 44)]}),
    # --- news: feedbacks, mobilisations, and checks that are no party inspection -----------------------------------------
    # http://sd.sdnews.com.cn/yw/202008/t20200822_2781960.htm (a national statistics bureau's supervision group enters a
    # province, 2020: a statistical 督察, no party inspection)
    ("shandong_statistics_supervision_group_entered", "http://sd.sdnews.com.cn/yw/202008/t20200822_2781960.htm", "news", """国家统计局2020年第6统计督察组进驻山东省开展统计督察
2020-08-22 07:51:00 来源:大众日报
……经党中央、国务院授权和批准,国家统计局2020年第6统计督察组日前进驻我省开展统计督察工作,并于21日上午与省委、省政府进行对接沟通。督察组组长、国家统计局副局长鲜祖德传达了……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://fanfu.people.com.cn/n1/2016/0519/c64371-28364148.html (a central organs' discipline commission's check
    # group on a national bureau's rectification after a central inspection, 2016: a check of rectification is no party
    # inspection; 68 departments inspected and 15 checked are counted bodies, no units and no figure)
    ("meteorological_administration_rectification_special_check_2016", "http://fanfu.people.com.cn/n1/2016/0519/c64371-28364148.html", "news", """中国共产党新闻网北京5月19日电 (记者赵晶)截至目前,中央国家机关已有68个部门接受中央巡视组巡视,巡视出的问题是否整改,措施是否落实到位?针对这些问题,按照中央纪委要求,日前,中央国家机关纪工委成立了3个巡视整改情况专项检查组,首批对教育部、科技部和国土资源部等15个接受中央巡视的单位开展专项检查。
……
5月18日上午,专项检查组第二组组长周惠等一行来到中国气象局,对其巡视整改情况开展专项检查。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://agftrading.com/html/sypt/dtxx/311330.shtml (a national tobacco administration's roving guidance group of
    # the mass line campaign holds a look-back meeting, 2014, copied on an unrelated domain: a campaign's 巡回督导组 and
    # its 回头看 are no party inspection; 7 units guided are counted only)
    ("tobacco_mass_line_roving_guidance_look_back_copy", "https://agftrading.com/html/sypt/dtxx/311330.shtml", "news", """烟草在线据国家局网站报道 5月29日,国家烟草专卖局党的群众路线教育实践活动第五巡回督导组在武汉召开“回头看”工作协调会,听取江西、湖南、湖北工商两家及常德烟机有限公司等7个督导单位“学习教育、听取意见”环节“回头看”工作汇报,研究部署下一阶段工作。
……其间,会议还就中央第十二巡回督导组和国家局党组成员联系点、行业直属单位主要负责人联系点领导班子、主要领导对照检查材料上报审核和专题民主生活会召开进行了磋商。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://nengyuan.17huanbao.com/dianjiandongtai/Nengyuan_50879.html (a city power supply company's eight conduct
    # supervision groups, 2009: 行风督察 is no party inspection; 8 groups, 26 stations and 8 items are no figure)
    ("huaibei_power_supply_conduct_supervision_2009", "http://nengyuan.17huanbao.com/dianjiandongtai/Nengyuan_50879.html", "news", """从9月20日开始,安徽省淮北供电公司8个行风督察组分赴所属26个乡镇供电所,密集开展节日保供电专项督察活动,……
……9月22日上午,该公司纪委书记兼工会主席韩伟带领第六督察组,再次来到今年4月份曾经帮助暗访组拨打模拟暗访电话的农家,了解供电服务改善情况。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.jiangyin.gov.cn/doc/2022/11/24/1100150.shtml (a provincial veterans affairs department's research visit
    # to a county-level city: a 调研 is no party inspection)
    ("jiangyin_veterans_affairs_research_visit", "http://www.jiangyin.gov.cn/doc/2022/11/24/1100150.shtml", "news", """11月15日至16日
省退役军人事务厅党组成员、副厅长徐卫一行到江阴市开展专题调研。无锡市退役军人事务局党组书记、局长邱少波,江阴市退役军人事务局党组书记、局长宦雪忠陪同。
座谈会上,调研组听取了无锡市、江阴市退役军人事务局关于学习宣传贯彻党的二十大精神、烈士纪念设施维护利用以及优待证申发与目录清单制定等方面的情况汇报,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.xfrb.com.cn/article/jjsj-zhxw/11201441464168.html (a central group's mobilisation at a province, as a
    # consumer paper printed it: the group as written; the province visited is left unscored (no title's body to keep);
    # 近日 gives no date; 为期约两个半月 is no figure; no term or round is named)
    ("shanxi_central_second_group_mobilisation", "http://www.xfrb.com.cn/article/jjsj-zhxw/11201441464168.html", "news", """消费日报网讯(记者 刘自昌)近日,根据党中央关于巡视工作的统一部署,中央第二巡视组巡视山西省工作动员会正式召开。此次动员会标志着对山西省的巡视工作全面启动,……
中央第二巡视组组长孔圣根作了动员讲话,对深入扎实开展巡视工作提出要求。山西省委书记、省人大常委会主任唐登杰主持会议并讲话。
……据悉,中央巡视组将在山西省开展为期约两个半月的工作。……
""", {"group": "中央第二巡视组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.sydneytoday.com/content-50002432816 (an overseas news site on a central anti-gang supervision group's
    # feedback to a production and construction corps, 2019: 督导 is no party inspection)
    ("corps_anti_gang_supervision_feedback_overseas", "http://www.sydneytoday.com/content-50002432816", "news", """北京观察:抵触扫黑 新疆兵团或再迎反腐风暴(组图)
2019-08-09 来源: 多维新闻
……北京时间8月7日,随着黑龙江、西藏两地党报刊发中央扫黑除恶督导组向两地反馈督导情况的消息。中共中央扫黑除恶第三轮督导中的10个省份已经全部反馈结束。……
据报道,第21督导组组长宋大涵在反馈新疆兵团情况时说,在政治站位方面,(新疆兵团)有的师市和部门存在思想认识不到位,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://tlqh.gov.cn/qinghe/zwgk/zfxxgk/fdzdgknr/dchsj/dcbg/2023122814081320007/index.html (a district's supervision
    # offices look back at a road's environmental clean-up: a 督查 回头看 is no party inspection)
    ("qinghe_road_environment_supervision_look_back", "http://tlqh.gov.cn/qinghe/zwgk/zfxxgk/fdzdgknr/dchsj/dcbg/2023122814081320007/index.html", "news", """关于昌盛路环境整治工作“回头看”的通报
来源:清河区人民政府办公室 时间:2023-12-27
  5月10日,区委督查室及区政府督查室对我区昌盛路环境整治工作(5月4日《督查通报》第9期发现问题)整改落实情况进行了“回头看”,现将有关情况通报如下。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # search corpus pages (no URL returned) (a provincial justice department's own inspection mobilisation, as a
    # provincial paper printed it: no group, unit or round is named)
    ("shanxi_justice_department_2024_inspection_mobilisation", "search corpus pages (no URL returned)", "news", """《山西日报》8月26日第6版
近日,省司法厅召开2024年巡察动员部署会,要求充分发挥巡察的震慑作用,……
……要贯通协作配合,强化各部门联动,坚持巡察组与被巡察党委同题共答,提高监督效能;……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://canlian.weihai.gov.cn/art/2025/8/13/art_25252_5718446.html (a city group's feedback to the disabled persons'
    # federation, the visit told after it; clues handed over without a count give no figure (settled 6 needs a count))
    ("weihai_disabled_federation_feedback", "http://canlian.weihai.gov.cn/art/2025/8/13/art_25252_5718446.html", "news", """市委第五巡察组向市残联党组反馈巡察情况
根据市委统一安排,2025年8月6日,市委第五巡察组向市残联党组反馈巡察情况。……
按照市委统一部署,2025年4月1日至6月20日,市委第五巡察组对市残联党组进行了巡察。……同时,巡察组还收到反映一些党员、干部的问题线索,已按规定移交有关部门处理。
""", {"unit": "市残联党组", "group": "市委第五巡察组", "term": None, "round": None, "start": date(2025, 4, 1),
      "end": date(2025, 6, 20), "feedback_date": date(2025, 8, 6), "figures": []}),
    # search corpus pages (no URL returned) (traditional script: a district group's feedback discussed at a city
    # investment group's party meeting: term 5, round 11 from the round named (五屆區委第十一輪巡察); the group is named only
    # inside the round's name and is not scored; 11月4日 and 11月6日 have no year)
    ("xinlusong_group_feedback_meeting_trad", "search corpus pages (no URL returned)", "noisy", """11月6日,新蘆淞集團召開黨委擴大會議,安排部署巡察整改工作。集團黨委書記、董事長周勇主持會議,……
會議通報了11月4日五屆區(qū)委第十一輪巡察第四巡察組巡察新蘆淞集團的反饋意見,並針對巡察反饋意見指出的問題逐一進行研究討論,……
""", {"unit": "新芦淞集团", "term": 5, "round": 11, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://wulumuqi.baogaosu.com/xinwen/... (a prefecture disabled persons' federation's guidance research, 2015, on an
    # aggregator: 督导调研 is no party inspection; places, homes and institutions visited are no figure)
    ("ili_disabled_federation_guidance_research_2015", "http://wulumuqi.baogaosu.com/xinwen/%E5%B9%B4%E4%B8%8A%E5%8D%8A%E5%B9%B4%E4%B8%93%E9%A1%B9%E4%B8%9A%E5%8A%A1%E5%B7%A5%E4%BD%9C%E7%9D%A3%E5%AF%BC/36441003/", "news", """伊犁州残联深入基层开展2015年上半年专项业务工作督导调研
11.08.2015  21:48
……7月29日至8月6日,伊犁州残联组成专项业务工作督查组,在马志梅理事长的带领下,深入州直各县市15个乡(镇、街道)、22个村(社区)、26个残疾人服务机构、13个残疾人家庭,开展2015年上半年残疾人专项工作督导调研。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://www.jiujiang.gov.cn/zwzx/bmyw/202410/t20241012_6732726.html (a provincial archives administration's
    # appraisal and law enforcement check of a city archives: no party inspection)
    ("jiujiang_archives_appraisal_enforcement_check", "https://www.jiujiang.gov.cn/zwzx/bmyw/202410/t20241012_6732726.html", "news", """近日,省档案局来浔开展市级综合档案馆业务建设评价和档案行政执法检查,市档案馆全力以赴做好迎评迎检工作。……
……评价检查反馈会上,省局就“业务体检”情况进行了反馈,肯定了工作成绩,指出了存在的短板弱项。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://lanzhou.baogaosu.com/xinwen/%E4%B8%AA%E5%8D%95%E4%BD%8D%E4%B8%8B%E5%8F%91%E4%BA%86/51262443/ (a county-level
    # city's archives bureau's law enforcement check, 2016, on an aggregator: no party inspection; 30 bodies checked and
    # 10 notices are no figure)
    ("yumen_archives_enforcement_check_2016", "http://lanzhou.baogaosu.com/xinwen/%E4%B8%AA%E5%8D%95%E4%BD%8D%E4%B8%8B%E5%8F%91%E4%BA%86/51262443/", "news", """玉门市档案局对10个单位下发了整改通知单
12.10.2016  05:08
  ……近日,玉门市档案局在全市范围内组织开展了档案行政执法检查。
  此次检查采取了自查和重点抽查相结合的方式进行,抽查组通过实地查看、听取汇报、召开座谈会,对我市30多家单位进行了执法检查,……对10个存在严重问题的单位下发了档案行政执法检查限期整改通知书。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://hnzs.rmjtxw.com/2020/jtdt_0729/12551.html (a provincial highway centre's spot check of a city's rural road
    # safety works' 回头看: no party inspection; 49 projects and 251 km are no figure)
    ("yiyang_rural_road_safety_look_back_check", "http://hnzs.rmjtxw.com/2020/jtdt_0729/12551.html", "news", """通讯员 王刚
7月下旬,湖南省公路事务中心组织相关人员对益阳市“十三五”农村公路安防工程“回头看”进行了抽查。
检查组先后到大通湖、南县、资阳、桃江和安化进行实体检查,共抽查项目49个251公里,……检查组查看外业,列出问题清单,指导督促整改。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://zsql.org.cn/article/view/cateid/57/id/29956.html (a provincial federation of returned overseas Chinese's
    # research visit to a community, 2019, the page's footer linking an inspection notice (巡 察 公 告): a 调研 is no party
    # inspection and a footer's link is no text)
    ("zhongshan_overseas_chinese_federation_research_footer", "http://zsql.org.cn/article/view/cateid/57/id/29956.html", "news", """广东省侨联调研组到东区开展 基层侨联建设情况调研
发布时间:2019年05月09日 来源:东区统侨办
4月25日下午,广东省侨联副巡视员庄有林率省侨联调研组到东区花苑社区开展基层侨联建设情况调研。……
……
上一条记录:省侨联到火炬开发区开展调研下一条记录:巡 察 公 告
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://sgj.changzhou.gov.cn/html/sgj/2020/EHHIQHHJ_0515/11906.html (a district offices administration centre's
    # office space 督查 after a provincial bureau's feedback, 2020: no party inspection; 65 bodies, 10 towns, 29 and 587
    # cadres and 8 groups are no figure; its 回头看 is a check's)
    ("wujin_office_space_supervision_2020", "https://sgj.changzhou.gov.cn/html/sgj/2020/EHHIQHHJ_0515/11906.html", "news", """为贯彻落实省机关事务管理局关于武进区办公用房使用管理情况的整改反馈意见,……今年1月到5月,武进区机关事务管理中心利用4个月左右的时间,集中开展武进区办公用房专项督查工作。此次督查共涉及全区65家党政机关和事业单位、10家乡镇机关,实地测量抽查了29名市管干部、587名区管领导办公用房使用情况,督查总体情况良好。
……成立由中层干部担任联络员的8个督查小组。……确保办公用房清理整改“回头看”取得实效。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://sx.cnipai.com/news/detail/126874.html (a county-level city's water bureau's inspection team (稽查组) on its
    # projects: no party inspection; 12 projects, 3 checked and 27 possible negative issues listed are no figure)
    ("yongji_water_bureau_project_inspection_team", "https://sx.cnipai.com/news/detail/126874.html", "news", """今年以来,永济市水利局强化党风廉政建设,制定完善多项监督机制,确保水利事业健康发展。
……成立稽查组,对上年度实施的12个水利项目进行全面稽查,寻找发现问题、形成稽查报告,下发整改通知、要求按期整改,目前已完成稽查项目3个。……
该局还梳理出水利系统可能发生的27个负面问题,作为工作约谈的主要内容,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://slj.sx.gov.cn/art/2021/6/24/art_1485263_58921877.html (a provincial water department's project 稽察 entry
    # meeting in a city: no party inspection; 5 places and 6 projects are no units and no figure)
    ("shaoxing_water_works_audit_entry_meeting", "http://slj.sx.gov.cn/art/2021/6/24/art_1485263_58921877.html", "news", """省水利厅召开2021年度绍兴市水利工程稽察进场会
发布时间:2021-06-24 14:31
6月21日,省水利厅召开2021年度绍兴市水利工程稽察进场会,……
会上,省水利厅对2021年稽察情况做了全面介绍,此次绍兴水利工程稽察涉及越城区、上虞区、诸暨市、嵊州市和新昌县5个地区共计6个项目,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://shouji.lyd.com.cn/n/1111132 (a city group's special inspection of disaster prevention mobilises at the
    # emergency management bureau: the group is written two ways (市委第二巡察组, 市委第二专项巡察组组长) and is not scored;
    # 8月4日 has no year; 45 days and 12 member bodies are no figure)
    ("luoyang_emergency_bureau_disaster_special_mobilisation", "http://shouji.lyd.com.cn/n/1111132", "news", """根据市委统一部署,市委第二巡察组将对市应急管理局党委开展为期45天的防灾减灾救灾专项巡察。8月4日,市委第二巡察组专项巡察组专项巡察市 应急管理局党委工作动员会议在洛阳市应急管理局召开。会议由市应急管理局党委书记、局长马怀庆主持,市委第二专项巡察组组长杨鹏、副组长刘同聚、李西萍, 市应急管理局党委班子成员,驻局纪检监察组,市减灾委12家重点成员单位分管领导,……参加会议。
""", {"unit": "市应急管理局党委", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # search corpus pages (no URL returned) (a central group's look-back of a poverty special inspection at a ministry:
    # the group as written; the ministry's party group the unit; 近日 gives no date; no round is named)
    ("human_resources_ministry_poverty_look_back_entry", "search corpus pages (no URL returned)", "news", """中央第十巡视组对人力资源和社会保障部党组开展脱贫攻坚专项巡视“回头看”
根据党中央关于巡视工作统一部署,中央第十巡视组对人力资源和社会保障部党组开展脱贫攻坚专项巡视“回头看”,近日召开了进驻沟通会。会上,中央第十巡视组组长马森述通报巡视任务并对做好巡视工作提出要求,人力资源和社会保障部党组书记、部长张纪南主持会议并讲话,代表党组汇报专项巡视整改进展情况。
""", {"unit": "人力资源和社会保障部党组", "group": "中央第十巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://www.dxsadqrdcwh.gov.cn/dcyj/2741.jhtml (a district congress standing committee's appraisal survey of the civil
    # affairs bureau, 2020: no party inspection; 11 meetings, 2359 forms, 97.9% and 23 opinions are no figure)
    ("anding_congress_civil_affairs_appraisal_survey", "http://www.dxsadqrdcwh.gov.cn/dcyj/2741.jhtml", "news", """关于区民政局工作情况的评议调查报告
     根据区人大常委会2020年工作要点安排,……区人大常委会组成评议调查组,从4月上旬开始,……依法依规对区民政局工作进行评议调查。……共召开座谈会11场次,……向社会各界发放征求意见表2359份,对民政工作满意和比较满意的占97.9%,将征求到的意见建议归纳整理为23条。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://pucheng.qinfeng.gov.cn/info/1012/2122.htm (a city group's raised-level inspection of a county justice
    # bureau mobilises, 2018: the group and the county body as written; the mobilisation day is no start)
    ("pucheng_justice_bureau_raised_level_mobilisation", "https://pucheng.qinfeng.gov.cn/info/1012/2122.htm", "news", """根据市、县巡察工作领导小组安排,市委第三巡察组提级巡察蒲城县司法局党组工作动员会于2018年10月22日在蒲城县政府会议室召开。会上,市委第三巡察组副组长作了动员讲话,……被巡察党组主要负责人作了表态发言,……
……巡察期间,巡察组开通举报电话、邮政信箱和电子邮箱,……
""", {"unit": "蒲城县司法局党组", "group": "市委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.lechang.gov.cn/zhujianju/content/post_1982783.html (a county-level city's housing bureau meets on the
    # petitions a provincial group handed it, 2021: the bureau is no unit inspected and the provincial group, named for
    # the petitions it handed over, is not scored; the 4月13日 and 4月20日 days are no field)
    ("lechang_housing_bureau_provincial_petitions_meeting", "http://www.lechang.gov.cn/zhujianju/content/post_1982783.html", "news", """为进一步推动巡视反馈信访工作进度,确保如期完成省委第六巡视组信访件交办工作任务,我局于2021年4月13日下午组织召开党组专题会议,研究部署巡察反馈信访工作。
会上,我局对省委第六巡视组交办的信访件再研究再部署,……争取于4月20日前完成省委第六巡视组信访件交办工作。……
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://202.61.89.138/sitefiles/services/cms/page.aspx?c=157523&n=297 (a provincial department's petition work
    # supervision group in three cities, 2014: 督查 is no party inspection; the document number and nine aspects are no
    # figure)
    ("sichuan_petition_work_supervision_three_cities_2014", "http://202.61.89.138/sitefiles/services/cms/page.aspx?c=157523&n=297", "news", """近日,按照省委督查室、省政府督查室和省信访联席办通知要求,厅副巡视员杨登文率领由省政府督查室、省信访局、省国土资源厅组成的第四督察组,赴遂宁、内江、广安三市开展《关于创新群众工作方法解决信访突出问题的实施意见》(川委办[2014]28号)贯彻落实情况专项督查。
……督查结束后,督查组就督查情况分别向三市党委、政府反馈了督查意见,指出了存在的短板和薄弱环节,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://m.xinnengyuan100.com/article/81782.html (an energy site's report of the central environmental supervision's
    # second round, first batch, 2019: 督察 is no party inspection; its round and the places entered are no round and no
    # units of a party inspection; complaints, fines and people held are no figure)
    ("environmental_supervision_second_round_first_batch_2019", "https://m.xinnengyuan100.com/article/81782.html", "news", """生态环境部8日通报,第二轮第一批8个中央生态环境保护督察组已完成下沉(重点)督察阶段任务。各督察组共收到群众来电、来信举报18615件,受理有效举报15105件,……约谈党政领导干部1042人,问责130人。
经党中央、国务院批准,第二轮第一批8个中央生态环境保护督察组于2019年7月10日至15日陆续进驻上海、福建、海南、重庆、甘肃、青海等6个省(市)和中国五矿集团有限公司、中国化工集团有限公司等两家中央企业开展督察。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://oa.ywlandport.com/NewsShow-2874-9.html (a city group's feedback to a land port group's party committee, on
    # the group's own site: 2021年3月10日起 gives the start, its end not stated (为期三个月 is no date); 8月3日 takes 2021
    # under the dated line 2021-08-04)
    ("yiwu_land_port_group_feedback", "https://oa.ywlandport.com/NewsShow-2874-9.html", "news", """市委第三巡察组向陆港集团党委反馈巡察情况
发布时间:2021-08-04
按照市委统一部署,2021年3月10日起,市委第三巡察组对陆港集团党委进行了为期三个月的巡察。……
根据市委巡察工作统一安排,8月3日下午,市委第三巡察组向陆港集团党委反馈巡察情况。市委第三巡察组组长吴云向陆港集团党委反馈巡察情况。……
""", {"unit": "陆港集团党委", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2021, 3, 10),
      "end": None, "feedback_date": date(2021, 8, 3), "figures": []}),
    # https://jjw.changzhou.gov.cn/html/jw/2022/DOPQPFJE_0720/25516.html (a city group's feedback to the foreign affairs
    # office's party group: 7月1日 takes 2022 (settled 1, and the dated line); 13方面34个问题 gives 34 (settled 4))
    ("changzhou_foreign_affairs_office_feedback", "https://jjw.changzhou.gov.cn/html/jw/2022/DOPQPFJE_0720/25516.html", "news", """常州市委第三巡察组巡察外事办党组情况反馈会召开
发布日期:2022-07-20   来源:常州市纪委监委
根据常州市委统一安排,2022年3月28日至5月27日,市委第三巡察组对市外事办党组进行了为期两个月的政治巡察。7月1日,市委第三巡察组巡察外事办党组情况反馈会召开。……
会上,巡察组通报了对外事办党组巡察情况的反馈意见,……但还存在推动构建“大外事”格局不够有力、……“一岗双责”落实不够有力等13方面34个问题。……
""", {"unit": "市外事办党组", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2022, 3, 28),
      "end": date(2022, 5, 27), "feedback_date": date(2022, 7, 1), "figures": [("problems", 34)]}),
    # --- rounds: round-level notices and statistics ---------------------------------------------------------------------
    # http://jzjjjc.gov.cn/xqdt/lsx/xsxc/sjxsxcqk/art/2021/art_e97dd5dde2e5458cbabacf99d427d4cf.html (a province's
    # eighth round of its eleventh term entered, 2020, reposted by a city: term 11, round 8; places counted only (11个市59个县),
    # no units; parts of months (9月上旬至12月上旬) give no dates)
    ("shanxi_eleventh_term_eighth_round_entered", "http://jzjjjc.gov.cn/xqdt/lsx/xsxc/sjxsxcqk/art/2021/art_e97dd5dde2e5458cbabacf99d427d4cf.html", "rounds", """十一届省委第八轮巡视全部进驻
来源:山西省纪委监委网站 发布时间: 2020-11-20 16:12
        近日,十一届省委第八轮巡视16个巡视组全部进驻11个市59个县(市、区),全面展开巡视工作。……
        经省委批准,从2020年9月上旬至2020年12月上旬,省委16个巡视组对11个市和十一届省委以来未被巡视的59个县(市、区)开展常规巡视。在巡视市的同时,对58个贫困县党委班子情况进行延伸了解。
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 8,
      # r20 pass: the span is given by parts of months (9月上旬至12月上旬), which r13's written convention leaves
      # unscored, neither start nor end and no absence check; the r19 reader expected both absent (expectation
      # corrected, no rule gain)
      "feedback_date": None, "figures": []}),
    # http://ynjjjc.gov.cn/html/2014/xunshixuncha_0704/1346.html (a province's first round of 2014 summed up: round 1
    # (首轮, as settled 2 reads a year's round); six prefectures and eight provincial bodies are the round's units, the
    # places as written (settled 8), the farm bureau keeping its bracket full-width (settled 7); 发现各类问题113件 the
    # problems, 违纪违法线索474条 the clues (settled 6); talks, meetings, visitors and letters are no figure; 4月中旬 gives no
    # start; ten groups are no group)
    ("yunnan_2014_first_round_summary", "http://ynjjjc.gov.cn/html/2014/xunshixuncha_0704/1346.html", "rounds", """根据中央关于巡视工作的新部署新要求,按照省委的统一部署和省委巡视工作领导小组的具体安排,2014年省委10个巡视组于4月中旬开始,分别对昭通、曲靖、红河、大理、普洱、迪庆6个州市和省高级人民法院、省文化厅、省农业厅、省水利厅、省艺术学院、省农垦总局(集团公司)、昆明钢铁集团有限责任公司、省物流集团公司等8个省属单位开展了为期两个月的首轮巡视。……6月30日,省委巡视工作领导小组召开会议,认真听取了各巡视组首轮巡视工作情况汇报,研究审定了巡视反馈意见,……据初步统计,此轮巡视共开展个别谈话2391次,召开座谈会66次,接待来访1483人次,受理来信来电5933人次,专题听取汇报77次,发现各类问题113件,违纪违法线索474条。
""", {"unit": "", "units": ["昭通", "曲靖", "红河", "大理", "普洱", "迪庆", "省高级人民法院", "省文化厅", "省农业厅",
                              "省水利厅", "省艺术学院", "省农垦总局（集团公司）", "昆明钢铁集团有限责任公司", "省物流集团公司"],
      "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 113), ("clues_transferred", 474)]}),
    # search corpus pages (no URL returned) (a Tibetan county's leading group meeting on its groups' work: the county's
    # term 10 (十届县委巡察工作领导小组); 今年第一轮 beside a city's 二届市委第一轮 named in a speech's title: the round is not
    # scored; four groups are no group)
    ("luozha_county_leading_group_meeting", "search corpus pages (no URL returned)", "rounds", """洛扎县召开十届县委巡察工作领导小组第5次会议
来源:山南纪检监察网     发布时间:2023-05-26 10:53:16
       5月19日,县巡察工作领导小组常务副组长扎西顿珠……主持召开十届洛扎县委巡察工作领导小组第5次会议,县委常委、巡察工作领导小组副组长袁斌、四个巡察组组长、副组长及联络人员,……参加会议。
       会议传达学习《中国共产党巡视工作条例》《中共西藏自治区委员会巡视工作规划(2022—2026)》《关于印发李亚祥同志在全市巡察工作会议暨二届市委第一轮巡察动员部署会上的讲话》精神,……
       会上,四个巡察组组长分别汇报了今年第一轮巡察进驻以来工作开展情况、存在问题和困难、下一步工作计划。……
""", {"unit": "", "units": [], "group": None, "term": 10, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- noisy copies: traditional script, placeholders, junk --------------------------------------------------------
    # http://0832.org.cn/html/sypt/dtxx/309064.shtml (traditional script on an unrelated domain: a regional tobacco
    # bureau's research group on rectification and standardisation work: a 调研 is no party inspection)
    ("beihai_tobacco_standardisation_research_trad", "http://0832.org.cn/html/sypt/dtxx/309064.shtml", "noisy", """煙草在線廣西消息 近日,廣西自治區煙草專賣局(公司)整頓規范辦組成專題調研組到北海市局(公司)調研指導整頓規范工作。
調研采取召開座談會、聽匯報、查閱資料等方式進行。……
調研組對該局(公司)整頓規范工作給予了肯定,并就下一步提出了四點具體要求:……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://m.0832.org.cn/html/sypd/shichang/488051.shtml (traditional script with its pinyin-coded characters as
    # found (匯報(bào)) on an unrelated domain: a provincial tobacco bureau's guidance group on a market campaign: 督导 is no
    # party inspection)
    ("zhejiang_tobacco_campaign_guidance_trad", "http://m.0832.org.cn/html/sypd/shichang/488051.shtml", "noisy", """煙草在線據(jù)國家煙草專賣局網(wǎng)站報(bào)道 近日,浙江省煙草專賣局組織督導(dǎo)組赴臺州、嘉興等基層單位開展“天網(wǎng)1號”專項(xiàng)行動督導(dǎo),深入所隊(duì)、高速卡點(diǎn)基層部門,……
座談會上,臺州、嘉興市煙草專賣局匯報(bào)了“天網(wǎng)1號”專項(xiàng)行動工作的進(jìn)展情況,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://bbs.congrengzx.com/archiver/showtopic-14997.aspx (a forum's archive copy under a junk user name of a county
    # power company's discipline committee guidance group: 督导 is no party inspection; a 10千伏 line is no figure)
    ("chongren_power_supply_guidance_forum_copy", "http://bbs.congrengzx.com/archiver/showtopic-14997.aspx", "noisy", """TUhjnbcbe - 2025/6/12 20:04:00
“这次挖机把移动电线挂断导致的线路故障,我们尽快修复,要把今冬明春保供电工作任务落实到实处。”12月13日,国网崇仁县供电公司纪委督导组在对10千伏港下线外力破坏故障处理现场进行监督检查时强调。……该公司纪委成立专项督导组,深入各基层班组、供电所和一线作业现场,对各级人员责任落实情况开展监督。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://m.wenke99.com/p-4737241.html (a document site's copy of a district congress's research report on supply and
    # marketing cooperatives, its names starred out as found (*市*农业服务有限公司): a congress's 调研 is no party
    # inspection)
    ("district_congress_cooperatives_research_starred", "https://m.wenke99.com/p-4737241.html", "noisy", """关于区供销合作社综合改革和发展情况的调研报告*月中旬,区人大常委会组织调研组对我区供销合作社综合改革和发展情况进行了专题调研。调研组实地察看了*市*农业服务有限公司、*西园生态园、*镇向阳村秀美乡村建设点、*绿佳园农作物种植农民专业合作社等地,……区委、区政府及时研究部署,于2017年9月26日制定了*区供销合作社综合改革试点实施方案,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://3l9m6z.cn/content/2013-08/16/content_9925157.htm (traditional script with pinyin-coded characters and
    # question marks for lost spaces, on a random domain: a civil air defence office's hearing of opinions in the 2013
    # mass line campaign: no party inspection; three meetings are no figure)
    ("civil_air_defence_campaign_hearings_trad_2013", "http://3l9m6z.cn/content/2013-08/16/content_9925157.htm", "noisy", """????8月13日至14日,市人防辦領(lǐng)導(dǎo)班子面向機(jī)關(guān)黨員干部、直屬單位負(fù)責(zé)同志及群眾代表、企業(yè)代表分別召開了3個(gè)不同層面的征求意見座談會(huì),面對(duì)面聽取了各方對(duì)辦領(lǐng)導(dǎo)班子成員、人防部門的意見建議,……
????針對(duì)機(jī)關(guān)黨員干部、直屬單位與會(huì)人員提出的……等問題,……辦黨組書記、主任彭建國同志明確表示,將盡快對(duì)存在的問題、收集的意見建議進(jìn)行歸納和整理,立即整改、馬上落實(shí),……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.haowensou.com/index/article/detail/detail_id/156218.html (a speech-writing site's 2026 template with
    # placeholders for the round (区委第XX届第XX轮巡察): no term, no round, no unit)
    ("district_round_mobilisation_speech_template_2026", "http://www.haowensou.com/index/article/detail/detail_id/156218.html", "noisy", """2026年度区委巡察动员会讲话:发挥政治“显微镜”作用,护航政治生态
2026-01-26 161
在区委轮巡察工作动员部署会议上的讲话
同志们:
今天,我们在这里召开区委第XX届第XX轮巡察工作动员部署会议,主要任务是深入学习贯彻总书记关于巡视工作的重要论述和指示批示精神,……对我区新一轮巡察工作进行思想动员和具体安排。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.xiezuofangchengshi.com/doc/91015.html (a writing site's copy of a county secretary's mobilisation
    # speech with its names starred out as found: term 9, round 7 from the meeting's name (九届县委第七轮巡察动员部署会议))
    ("county_ninth_term_seventh_round_speech_starred", "https://www.xiezuofangchengshi.com/doc/91015.html", "noisy", """在2025年九届县委第七轮巡察动员部署会议上的讲话同志们:今天,我们在这里召开九届县委第七轮巡察动员部署会议,主要任务是深入学习贯彻习近平总书记关于巡视工作的重要论述,全面落实党中央、区党委、市委关于巡视巡察工作的新部署新要求,对本轮巡察工作进行动员部署,……刚才,*同志传达了上级有关会议精神,*同志宣布了本轮巡察组长、副组长授权任命和任务分工决定,被巡察党组织代表也作了很好的表态发言。……
""", {"unit": "", "units": [], "group": None, "term": 9, "round": 7, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://wydbw.com/info/5/372160.html (a writing site's county mobilisation speech with its agenda cut as found
    # (……): no round, term, group or unit is named; the 条例 reviewed 今年1月份 is no date of the text)
    ("county_mobilisation_speech_agenda_copy", "https://wydbw.com/info/5/372160.html", "noisy", """同志们:
县委决定,今天召开巡察动员部署会,主要任务是深入学习贯彻习近平总书记关于巡视工作的重要论述,……参加今天会议的有:县委巡察工作领导小组副组长、成员,县纪委监委、县委组织部、县委宣传部有关负责同志,县委巡察组、指导督导组全体成员,被巡察单位主要负责人,……共60多人。 今天的会议共有三项议程: 现在进行第一项:书面传达学习习近平总书记关于巡视工作的重要论述;…… 第二项:宣读《县委巡察组组长授权任职及巡察任务分工的决定》; ……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.yuanhaizheng.cn/xzygdw/xgbdst/zwgk/content/post_5333031.html (traditional script on an unrelated domain:
    # a county media centre's report on a county round, body without its title: the unit as the visit writes it
    # (博羅縣融媒體中心黨組織); round 5 from the plans issued (《關於落實縣委第五輪巡察…專項檢查組反饋意見的整改方案》, settled 2);
    # 5 meetings are no figure; the 2024年3月15日 meeting is no field)
    ("boluo_media_centre_progress_trad", "http://www.yuanhaizheng.cn/xzygdw/xgbdst/zwgk/content/post_5333031.html", "noisy", """根據(jù)博羅縣委統(tǒng)一部署,2023年8月30日至12月11日, 縣委第四巡察組對(duì)博羅縣融媒體中心黨組織進(jìn)行了巡察。2024年1月15日,縣委第四巡察組向博羅縣融媒體中心黨組織反饋了巡察意見。按照黨務(wù)公開原則和巡察工作有關(guān)要求,現(xiàn)將巡察集中整改進(jìn)展情況予以公布。
一、黨組織及主要負(fù)責(zé)人組織落實(shí)整改情況
……先後召開了5次巡察整改會(huì)議,……一是認(rèn)真制定整改方案。研究制定《中共博羅縣融媒體中心黨組織關(guān)于縣委巡察反饋意見的整改落實(shí)方案》《關(guān)于落實(shí)縣委第五輪巡察意識(shí)形態(tài)工作責(zé)任制專項(xiàng)檢查組反饋意見的整改方案》《關(guān)于落實(shí)縣委第五輪巡察選人用人專項(xiàng)檢查組反饋意見的整改方案》,……
2024年3月15日,中心領(lǐng)導(dǎo)班子以“查思想擺問題、抓整改促落實(shí)……
""", {"unit": "博罗县融媒体中心党组织", "group": "县委第四巡察组", "term": None, "round": 5, "start": date(2023, 8, 30),
      "end": date(2023, 12, 11), "feedback_date": date(2024, 1, 15), "figures": []}),
    # https://4gpub.com/content/detail/6551cc6ad3115f78558b4567.html (traditional script with pinyin-coded characters on
    # an unrelated domain: a provincial archives bureau's law enforcement check of a democratic party's offices: no party
    # inspection)
    ("democratic_league_archives_enforcement_check_trad", "https://4gpub.com/content/detail/6551cc6ad3115f78558b4567.html", "noisy", """11月9日,省檔案局檢查組來民盟省委機(jī)關(guān)開展檔案行政執(zhí)法檢查。檢查組通過實(shí)地查看、詢問情況、查核印證資料等方式,……進(jìn)行了全面檢查。
在隨後的座談會上,……檢查組還就檢查中發(fā)現(xiàn)的問題與不足提出了整改意見。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.ai4488.com/lhnews/system/2023/03/27/034123086.shtml (traditional script with pinyin-coded characters on
    # an unrelated domain: a city development group's discipline commission's project 巡查组: no party inspection)
    ("urban_development_group_project_patrol_trad", "http://www.ai4488.com/lhnews/system/2023/03/27/034123086.shtml", "noisy", """“在上次的項(xiàng)目巡查中,我們發(fā)現(xiàn)你們項(xiàng)目施工現(xiàn)場(chǎng)還沒有樹立監(jiān)督告知牌,……”日前,市城發(fā)集團(tuán)項(xiàng)目巡查組對(duì)集團(tuán)重點(diǎn)項(xiàng)目進(jìn)行巡查,對(duì)巡查中發(fā)現(xiàn)的問題出具整改通報(bào),……
自去年3月市城發(fā)集團(tuán)成立以來(lái),集團(tuán)紀(jì)委以監(jiān)察審計(jì)部、工程管理部和法務(wù)合同部人員組建項(xiàng)目巡查組,不定期對(duì)集團(tuán)重點(diǎn)在建項(xiàng)目開展巡查,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.ppdoc.com/periodical/a48c31c93901fccfa77e458c37c3b2cd.html (a periodical site's abstract of a provincial
    # archives 督查 by five joint groups: no party inspection)
    ("jilin_archives_joint_supervision_abstract", "https://www.ppdoc.com/periodical/a48c31c93901fccfa77e458c37c3b2cd.html", "noisy", """论文部分内容阅读
近日,吉林省委、省政府为促进全省档案事业的科学发展,部署对全省档案工作开展专项督查。组成了由省档案局、省委督查室、省政府督查室为成员单位的五个联合督查组,对全省各市(州)、长白山开发区、扩权强县试点市和部分县(市、区)进行实地督查,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://ptzyk.com/gqqj/2015/04-24/46762.shtml (traditional script with stray commas as found, on an unrelated
    # domain: a national federation of returned overseas Chinese's research group in a province, 2015: no party
    # inspection)
    ("overseas_chinese_federation_research_group_trad_2015", "https://ptzyk.com/gqqj/2015/04-24/46762.shtml", "noisy", """中國僑聯(lián)調(diào)研組赴福建考察 支持地方僑聯(lián)創(chuàng)新
23日,受(福建)省委書記尤權(quán),、省長蘇樹林委托,省委副書記于偉國,,省委常委,、統(tǒng)戰(zhàn)部長雷春美在福州會見了中國僑聯(lián)主席林軍帶領(lǐng)的調(diào)研組一行。
……調(diào)研組將圍繞《意見》的貫徹落實情況,,針對僑情新變化以及僑聯(lián)工作中存在的問題等深入開展調(diào)研,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://bysuye.com/zz/xcgz/2020-10-16/4188 (a county's round mobilisation copied with a betting site's name put in
    # a commission's title as found (365bet…主任): term 17, round 6; the round's list keeps each community work station's
    # included committees (settled 7, full-width) and the special inspection's centre; five groups are no group; 10月15日
    # is no start)
    ("zhaozhou_seventeenth_term_sixth_round_mobilisation_betting_copy", "https://bysuye.com/zz/xcgz/2020-10-16/4188", "noisy", """10月15日,十七届县委第六轮巡察暨社保系统依法履职专项巡察工作动员会议召开。……
会上,县委常委、组织部长、县委巡察工作领导小组副组长孙凯宣布《十七届肇州县委第六轮巡察和社保系统依法履职专项巡察工作巡察组组长、副组长授权及任务分工》,县委常委、纪委书记、365bet手机在线注册_365bet注册_365bet新英体育主任、县委巡察工作领导小组组长姜喜龙对巡察工作作出安排部署。
……经县委批准,本轮共成立5个巡察组,采取“一托N”方式对建设社区工作站(建设居民委员会、平康居民委员会)、繁荣社区工作站(繁荣居民委员会、爱国居民委员会)、和平社区工作站(和平居民委员会、兴旺居民委员会)、团结社区工作站(团结居民委员会、奋斗居民委员会)、民主社区工作站(民主居民委员会、安乐居民委员会)、营商环境建设监督局、退役军人事务局、商务局、第二中学、实验高中、人民医院、社会救助对象精神病人康复疗养院22家党组织开展常规巡察,对社会保险事业中心开展专项巡察。
""", {"unit": "", "units": ["建设社区工作站（建设居民委员会、平康居民委员会）", "繁荣社区工作站（繁荣居民委员会、爱国居民委员会）",
                              "和平社区工作站（和平居民委员会、兴旺居民委员会）", "团结社区工作站（团结居民委员会、奋斗居民委员会）",
                              "民主社区工作站（民主居民委员会、安乐居民委员会）", "营商环境建设监督局", "退役军人事务局", "商务局",
                              "第二中学", "实验高中", "人民医院", "社会救助对象精神病人康复疗养院", "社会保险事业中心"],
      "group": None, "term": 17, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.cq66666.cn/hot/bm/202112/t20211222_5709143.html (traditional script with pinyin-coded characters on an
    # unrelated domain: a county human resources bureau's meeting on open government appraisal: no party inspection)
    ("susong_human_resources_open_government_meeting_trad", "http://m.cq66666.cn/hot/bm/202112/t20211222_5709143.html", "noisy", """宿松縣人社局組織召開政務(wù)公開工作推進(jìn)會(huì)
宿松融媒訊 為扎實(shí)推進(jìn)全縣人社系統(tǒng)政務(wù)公開工作,……縣人社局組織召開了全縣人社系統(tǒng)政務(wù)公開工作推進(jìn)會(huì)。
會(huì)上,該單位分管領(lǐng)導(dǎo)根據(jù)縣政府辦公室《關(guān)于開展全市政務(wù)公開第四季度測(cè)評(píng)問題整改暨全省政務(wù)公開年終考核迎評(píng)工作的通知》要求,通報(bào)了人社局抽查評(píng)分情況,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.zglyh.cn/news/31476.html (traditional script with pinyin in brackets after characters, as found: the
    # central environmental supervision's look-back in ten provinces, 2018: no party inspection; provinces entered are no
    # units; complaints, fines and people held are no figure)
    ("environmental_supervision_look_back_ten_provinces_pinyin", "http://www.zglyh.cn/news/31476.html", "noisy", """生態環境部12月8日公布,截至12月6日,第二批中央生態環境保護督察“回頭看”對(dui)山西(xi)、遼寧(ning)、吉(ji)林、安徽(hui)、山東、湖北、湖南、四川(chuan)、貴州、陜西(xi)等(deng)10個省份(fen)實施的督察進駐(zhu)工作(zuo)已經結束。
五個(ge)督察(cha)(cha)(cha)組(zu)于(yu)2018年10月30日至11月6日陸續對這(zhe)10個(ge)省份實施(shi)督察(cha)(cha)(cha)進駐(zhu)。……地方已辦(ban)結26873件(jian),其(qi)中責令(ling)整改(gai)12240家;……約談1804人,問(wen)責2177人。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.nanhaizi.org/big5/shengtai_82559 (traditional script on a Q&A site, numbered headings as found: the first
    # round of central environmental supervision summed up: no party inspection; people held accountable, fines and cases
    # are no figure)
    ("environmental_supervision_first_round_accountability_qa_trad", "https://www.nanhaizi.org/big5/shengtai_82559", "noisy", """安徽通報中央生態環保督察問責
『壹』 環境保護出問題誰先被問責
……
『貳』 首輪中央環保督察問責超1.8萬人嗎
北京12月28日電(記者 張尼)28日,環保部舉行例行新聞發布會,介紹第一輪中央環保督察有關情況。……
在成效方面,第一輪督察共受理群眾信訪舉報13.5萬余件,累計立案處罰2.9萬家,罰款約14.3億元;……約談黨政領導幹部18448人,問責18199人。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.yuanhaizheng.cn/bmzb/xwhgdlytyj/zwgk/gzdt/content/post_4621952.html (traditional script on an unrelated
    # domain: a county group's feedback to the culture, tourism and sports bureau: the feedback's own title names the unit
    # (《關於巡察縣文化廣電旅遊體育局黨組的反饋意見》); 等17個問題 gives 17)
    ("boluo_culture_tourism_sports_bureau_feedback_trad", "http://www.yuanhaizheng.cn/bmzb/xwhgdlytyj/zwgk/gzdt/content/post_4621952.html", "noisy", """2022年4月25日,縣委第二巡察組巡察縣文廣旅體局情況反饋會召開。……
縣委第二巡察組組長黃海東同志宣讀了《關于巡察縣文化廣電旅游體育局黨組的反饋意見》,指出了非遺文化工作推動滯后,落實文化賦能鄉村振興缺乏有效抓手,推動體育事業發展有短板,行政審批程序不規范等17個問題,并提出整改意見和建議。
""", {"unit": "县文化广电旅游体育局党组", "group": "县委第二巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": date(2022, 4, 25), "figures": [("problems", 17)]}),
    # https://982441.com/content-12726-957480-1.html (a city culture bureau's rectification meeting after a national public
    # culture demonstration zone's acceptance check, 2018, under a betting site's name in the page's title: no party
    # inspection; 8月20日 is a deadline)
    ("yichang_culture_demonstration_zone_check_betting_copy", "https://982441.com/content-12726-957480-1.html", "noisy", """宜昌市召开全市创建国家公共文化服务体系示范区检查验收问题整改部署会 -k8凯发国际入口
日期:2018-08-03 11:09来源:创建办
  国家公共文化服务体系示范区创建领导小组第七实地检查验收组于7月29日至31日在我市开展了示范区创建实地检查验收工作,在验收结束时,向我市反馈了实地检查验收意见。
  8月2日下午,市文化新闻出版广电局立即组织召开全市文广系统示范区检查验收问题整改部署会。……要求各县市区、各单位于8月20日前完成整改方案的制定,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
]
