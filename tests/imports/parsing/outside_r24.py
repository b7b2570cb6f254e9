"""Outside texts of batch r24 (issue 14), held out: collected with the search tool from public pages that are in no earlier
batch (each address checked against every outside batch, against r21, r22 and r23 (outside_r21.py, outside_r22.py,
outside_r23.py; r22 and r23 not yet registered) and test_outside_documents.py, with and without www./m./mip./wap. and its
query string, and two or three distinctive names or phrases of each text grepped in them, in simplified and traditional
script; every text compared with `bench/outside_overlap.py tests/imports/parsing/outside_r24.py`, run from a copy with
r22's and r23's cases added beside the registered ones: no address is shared (the "shared" addresses are the
placeholder "search corpus pages (no URL returned)"), five texts that share a round or a city's, municipality's or
province's template with an earlier batch are named in SHARES_TEMPLATE below, and the rest share official formulas only
(e.g. 现将巡察集中整改进展情况予以公布, 组长、副组长授权任职和任务分工, 學習習近平總書記關于巡視; the longest shared run, 55
characters, is the municipal progress formula of the food group in SHARES_TEMPLATE). The tool counts three texts as
sharing more than its stock of formulas with the seeds (the provincial broadcasting group's and the food group's
progress formulas, a provincial group's feedback meeting), all official wordings, none a seed's text. Their fields are
written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the collector
read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case,
extract, score and case list, and the briefs); the integrator runs them once, and that run is the honest figure for unseen
texts.

Sources. 55 texts from the search tool's "pages" corpus, 52 with their address and 3 with none returned ("search corpus
pages (no URL returned)"); the "code" corpus was tried once and gave only unrelated scraped pages. The pages corpus is
nearly exhausted: of about 120 candidate addresses checked in this batch, about seven in ten were earlier batches' (every
hit for housing provident funds, property registration, public resource trading, machine affairs, urban management,
media centres, state forest farms, reservoirs and irrigation districts, rural commercial and city banks, insurers,
tobacco, salt, publishing, fire brigades, maritime bodies, hydrology, surveying, ports and shipping, universities'
internal rounds, and most county and district round notices). What still gave new texts: enterprises' internal rounds
by industry (a copper company, three steel groups, a chemical group, an oil group, a communications construction group,
a culture and tourism investment group, a hotel group, a chemical fertiliser group's summary, a railway group's tour, a
telecom group's appointments), a district government affairs support centre's progress body, a county's progress on a
city mineral resources special round, a district petitions bureau, a county veterans affairs bureau, a provincial
guarantee group, a prison visited by a city group, a village ditch story, an environmental inspectorate's feedback, a
provincial group's visit to a state bureau (2011), and county, district and city round lists (Jiaokou 2025, Xiangshan,
Longhu 2025 and 2022, a city's seventh committee, Fanchang 2020, a district's thirteenth committee, Kecheng 2018, Wencheng
2018), and a listed company's first round copied under a betting site's name.
A second collector (same discipline: reading only, no importer, no test or bench that runs it, neither imports/parsing
nor the parser's tests read) added 18 texts (all measured) from about 175 more candidate addresses, of which about nine
in ten were earlier batches' (every hit for courts, hospitals, schools' feedbacks, education bureaus, county media,
coal, water and tourism groups, and most 2019-2025 county round notices); what still gave new texts: district, county
and city round lists, mostly on portals and newspapers no batch holds (Xinlin, Daxiang, Dongxihu 2018, Binzhou 2019, Menglian
2020, Songzi, Shanting 2024, Yichun's 2023 black soil special round, Shanyang 2018, Chaoyang 2018, Lianping 2023 and
Luohu in traditional script), copies of a province's and a city's round entries with the place unnamed, a municipal
investment company's fourth round, a city's 2022 round of crossed district inspections, a county group's mobilisations
at a town and a township copied on a county forum (Wushan), and a district education committee's mobilisation in traditional script with pinyin and doubled commas. Each was checked as the first 37 were
(address with and without www./m./mip./wap., two or three names or phrases grepped in outside_*.py and
test_outside_documents.py) and compared with `bench/outside_overlap.py tests/imports/parsing/outside_r24.py` (r22 and r23
are registered by now): no address is shared, and the added texts share official formulas only (e.g. 委第九轮巡察工作动员部署会
with r24's Jiaokou, 县委办、县人大办、县政府办、县 with the set's wugong); the longest shared run is still 55 characters.
With the additions the batch holds 50 measured texts, the 50 the brief asks.

Families and counts (55 texts, 5 in SHARES_TEMPLATE; 50 measured; the first collector's 37 are told first, the 18
added after them). progress 4, two in SHARES_TEMPLATE
(fujian_broadcast_network_group_provincial_fifth_group_progress_spun_copy, bright_food_group_municipal_sixth_group_progress),
two measured: district_affairs_support_centre_third_group_progress_body (a body without its title line) and
linshu_county_city_mineral_special_round_progress (under its title); news 6, one in SHARES_TEMPLATE
(cofco_central_thirteenth_group_feedback_report_copy), five measured: district_petitions_bureau_third_term_first_group_mobilisation,
provincial_guarantee_group_second_inspection_group_rectification_mobilisation,
hongzehu_prison_city_sixth_group_exchange_procuratorate_survey (a group's exchange and survey, no unit),
lipu_village_ditch_first_group_town_round_story, and one expecting nothing:
huaneng_central_sixth_environmental_inspectorate_feedback_2025 (生态环境保护督察); rounds 14, two in SHARES_TEMPLATE
(central_eighteenth_term_eleventh_round_entries_completed_copy, zhangjiajie_eighth_term_eighth_round_entries_2025), twelve
measured, eight of them lists of bodies (chinalco_copper_2025_second_round_four_bodies_entry 4,
beijing_chemical_group_2024_second_round_two_bodies 2, cccc_eleventh_round_feedback_nine_bodies 9,
jiaokou_eleventh_term_ninth_round_eleven_bodies_2025 11, xiangshan_eleventh_term_eighth_round_six_bodies 6,
city_seventh_term_eighth_round_six_bodies_paper 6, district_thirteenth_term_seventh_round_first_batch_five_bodies 5,
kecheng_eighth_term_sixth_round_two_batches_six_bodies 6) and four with a round and no unit named
(benxi_steel_fourth_round_mobilisation_2020, sinopec_2020_first_round_feedback_completed,
henan_culture_tourism_investment_group_2024_rounds_deployment (no round scored: two rounds deployed together),
fanchang_fourteenth_term_fourteenth_round_villages_schools_look_back (counted villages and schools only)); audit 0 (no
audit text was new); noisy 13 (traditional script: shougang_qinhuangdao_company_group_feedback_trad; traditional script
with pinyin in brackets: shandong_steel_2023_second_round_two_subsidiaries_pinyin_trad,
taiyuan_steel_2024_second_round_deployment_meeting_pinyin_trad, yuntianhua_third_round_problems_clues_pinyin_trad,
group_company_2022_second_round_hotels_special_mobilisation_pinyin_trad,
jiangsu_ocean_fisheries_bureau_provincial_first_group_state_bureau_visit_pinyin_trad,
longhu_seventh_term_eighth_round_twelve_bodies_pinyin_trad and longhu_seventh_term_second_round_eight_bodies_pinyin_trad
(round lists of 12 and 8 bodies); a betting site's name written over a company's:
listed_company_2022_first_round_three_bodies_betting_copy (a round list of 3 bodies); pinyin brackets broken by a
space: wencheng_thirteenth_term_fourth_round_deployment_broken_pinyin_trad; stray doubled commas with pinyin:
sinan_veterans_bureau_sixth_round_third_group_stray_commas_pinyin_trad; expecting nothing:
railway_group_supervision_tour_group_project_check_pinyin_trad (督导巡视, a supervision tour),
unicom_five_new_inspection_group_leaders_pinyin_trad (appointments)). Added by the second collector: news 1, measured: wushan_fourth_group_town_and_township_mobilisations_forum_copy (a
county group and the two bodies it inspects); rounds 14, all measured, eleven of them lists of bodies
(daxiang_sixth_term_sixth_round_seven_bodies 7, dongxihu_fifth_round_two_streets_entered 2,
binzhou_ninth_term_fifth_round_fifteen_city_bodies 15, menglian_twelfth_term_tenth_round_nine_bodies 9,
provincial_thirteenth_term_sixth_round_entries_grain_bureau_revisit_repost 1, jingtou_second_term_fourth_round_four_bodies
4, songzi_sixth_term_ninth_round_six_bodies 6, shanting_ninth_term_sixth_round_three_towns_four_bodies 7,
yichun_black_soil_special_round_ten_bodies_2023 10, shanyang_ninth_term_fourth_round_six_bodies_2018 6,
chaoyang_fourth_round_ten_bodies_villages_communities_2018 10) and three with a round and no unit scored
(xinlin_eleventh_term_fifth_round_sixteen_bodies_examples and city_tenth_term_fourth_round_entries_black_soil_linked_copy,
bodies named as examples before a count; shenzhen_2022_district_cross_round_entries_counted_copy, counted bodies and an
unnumbered round: expects nothing); noisy 3 (traditional script with pinyin in brackets and doubled commas:
district_education_sports_committee_first_group_mobilisation_doubled_commas_pinyin_trad (a unit and a group); traditional
script: lianping_fourteenth_term_fourth_round_ten_bodies_trad (a round list of 10 bodies); traditional script with pinyin:
luohu_eighth_term_ninth_round_deployment_pinyin_trad (term and round, units unscored)). Family totals: progress 4 (2
measured), news 7 (6 measured), rounds 28 (26 measured), audit 0, noisy 16 (16 measured). Round lists measured: 23
(eleven of the first collector's, eight plain and three noisy, and twelve added, eleven plain and one noisy); progress reports measured: 2, one a body without its title line. Texts measured that expect nothing: 4.

Fields read: 307 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 321
absence checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the
collectors' count (the first 37 texts 172 and 217, the 18 added 135 and 104); 283 fields and 304 absence checks outside
SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE): progress 10 fields and 5 absence checks, news 12 and 44, rounds 191
and 151, audit 0 and 0, noisy 70 and 104. Figures read
(outside SHARES_TEMPLATE): problems 2 (the support centre's 3方面27个问题 as 27, settled 4; the chemical group's third
round 133), clues_transferred 1 (移交问题线索17条, settled 6); in SHARES_TEMPLATE the food group's 52项问题 and 150条整改措施.

Reading conventions (those written in outside_r23.py's, outside_r22.py's and outside_r21.py's docstrings and in
outside_set.py's "Settled conventions", conventions 1-9 followed exactly): a day without a year gives no date unless the
text or its dated line gives its year (Kecheng's 9月7日 to 11月16日, the steel group's 6月9日至7月3日 and 8月20日, the
communications group's 9月22日 and 9月28日, Lipu's 今年4月4日 give none); a feedback day without a year takes the year that
puts it after the visit's end (settled 1: Linshu's 3月19日 2024, the broadcasting group's 8月26日 2022); a mobilisation,
entry or meeting day is no start, and a period told by parts of months (2025年11月下旬至2026年2月下旬, 4月上旬至6月上旬) gives
no day; a round or term named with the committee that runs it is the text's (十一届县委第九轮, 三届区委第一巡察组's term 3,
七屆龍湖區委第八輪), an enterprise's 2025年第二轮 is round 2, but a provincial or city round the text only conveys
(十二届省委第八轮, 五届市委第九轮, 十一屆省委第二輪) is not scored, nor a round only heard (七届市委第七轮), nor one round when two
are deployed together (第一轮第二轮); places and bodies in a round's list are units as written, brackets full-width
(settled 7 and 8: 县委办公室（县政府办公室）, 区双西港管委会（衢州田园开发有限公司）, 九华乡), bodies revisited (回头看) and those
of a special round in the same list included; counted kinds (10家在京单位, 9个酒店, 15个村居) are none, bodies named as an
example before a count (市国资委等8家, 河南省大别山文化旅游发展有限责任公司等3家, 最高人民法院、最高人民检察院等27个) leave the
units unscored, and towns that only qualify counted villages (繁阳镇、荻港镇、孙村镇15个村居) are no units (settled 8); a
group named with its owner's place in front is written short (settled 9: 荔浦市委第一巡察组 -> 市委第一巡察组, 江蘇省委第一巡視組
-> 省委第一巡视组); a group with no number of its own (巡察组, 集团党委2024年第二轮巡察组) or named under its round
(县委第六轮巡察第三巡察组) is not scored; expected values of traditional-script texts are written simplified; 督导巡视,
生态环境保护督察, 调研, 工作交流 and appointments of group leaders are no party inspection: no group, no dates, no units, no
problems, no figures.

What I was unsure of, and how I read it: the Hongzehu text's city group is expected though the prison and the
procuratorate it visits are left as no units (exchange and survey during a round whose own unit the text does not name);
the Lipu and Sinan stories keep the town and the bureau as the story's setting: Lipu's town and village are not scored
(as r23's village stories), Sinan's bureau is (the text says the group 正在对县退役军人事务局开展为期2个月的巡察); the Linshu
progress report's unit is left unscored (the special round visited 临沭县有关职能部门 and fed back to the county committee);
the provincial guarantee group's feedback meeting day is not told (8月31日 is its rectification mobilisation); the chemical
group's third-round bodies told by kind and one example are left unscored; the Shougang feedback's four findings headed
一是…四是 are left unscored as problems (each heading holds several problems); the Taiyuan meeting's round is read as 2
(the round it deploys; the first round's common problems are only reported); the 2011 provincial group's visit is
measured with the visited provincial bureau as its unit; the chemical group's third round (qdubb.cn, a mirror domain many
batches draw on) is measured, being another round than r13's chemical_group_fourth_round_feedback; the Jiaokou list keeps
县市场监督管理局党组 with its 党组 as written; the betting copy's three bodies are expected as the copy writes them
(月博威视, 月博科工产业本部), the company's real name being unknown to the reader; the two Longhu texts are two rounds of one
district on mirror domains of one portal, both measured (no earlier batch holds the portal or the district).
The second collector was unsure of these: Menglian's round is measured though its city portal holds r1's jiangcheng and
r16's lancang (other counties, other kinds of text), and Yichun's special round though its portal holds r12's notice of
another round in another template; the education committee's mobilisation comes from a mirror domain r7's health_system
also uses (another district's text); Daxiang's two streets are cut before 及所辖 and their unnamed villages are no units;
Binzhou's excerpt is cut before the crossed county bodies, Songzi's before a crossed round another committee runs, and
Lianping's special round bodies (named with 等單位 and no count) are cut, so each expects only the bodies it keeps; the
province's repost keeps its one named body (省粮食和物资储备局党组, revisited) as the round's unit; the investment company's
第二届党委第四轮 is read as term 2, round 4; Chaoyang's bodies are kept as written with their street and township in
front (建外街道永安里东社区, 黑庄户乡幺铺村); Luohu's list runs past the copy's cut, so its units are left unscored. 55 texts,
50 outside SHARES_TEMPLATE: the 50 the brief asks.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a provincial broadcasting network group's progress in the province's progress template (…省委巡视工作统一部署,
    # 2022年…省委巡视五组对…开展了巡视), which r20's fujian_propaganda_department_provincial_progress and r23's
    # fujian_daily_press_group_provincial_progress_forum_copy hold for the 2020 rounds
    "fujian_broadcast_network_group_provincial_fifth_group_progress_spun_copy",
    # the eighteenth central committee's eleventh round, whose hearing r13's cctv_central_inspection_progress_trad tells
    "central_eighteenth_term_eleventh_round_entries_completed_copy",
    # a food group's progress on a municipal round in the municipal template (一、党委及主要负责人组织落实整改情况) that r16's
    # shanghai_emergency_bureau_municipal_progress holds, on the portal r20 draws on
    "bright_food_group_municipal_sixth_group_progress",
    # a central group's feedback on the nineteenth central committee's first round (2018年2月23日至5月23日), the round the
    # set's central_first abstract tells
    "cofco_central_thirteenth_group_feedback_report_copy",
    # a city's eighth round entered, in the city's entry template (近日,…巡察组完成对…等N家…的巡察进驻) on the portal that
    # r7's zhangjiajie (the same committee's third round) and r22's zhangjiajie_scenic_administration_city_feedback_2025 hold
    "zhangjiajie_eighth_term_eighth_round_entries_2025",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R24 = [
    # --- progress reports ---------------------------------------------------------------------------------------------
    # http://www.zhjjw.gov.cn/xc/zzxc/2025-03-26/2170.html (a district's government affairs support centre reports its
    # concentrated rectification, body without its title line: 3方面27个问题 gives problems 27 (settled 4))
    ("district_affairs_support_centre_third_group_progress_body", "http://www.zhjjw.gov.cn/xc/zzxc/2025-03-26/2170.html", "progress", """根据区委统一部署,2024年4月2日至2024年7月10日,区委第三巡察组对区机关政务保障中心党组开展了巡察。2024年9月12日,区委巡察组反馈了巡察意见。按照巡察工作有关要求,现将巡察集中整改进展情况予以公布。一、整改工作开展情况
(一)党组落实整改情况。……二是加强组织领导,压实整改责任。成立由党组书记任组长的巡察整改工作领导小组,统筹推进整改工作。制定详细的整改方案,将巡察反馈的3方面27个问题逐一分解,明确整改目标、整改措施、责任人和整改时限。……
""", {"unit": "区机关政务保障中心党组", "group": "区委第三巡察组", "term": None, "round": None,
      "start": date(2024, 4, 2), "end": date(2024, 7, 10), "feedback_date": date(2024, 9, 12),
      "figures": [("problems", 27)]}),
    # https://youjingdian.com/a/145340.html (a game site's word-spun copy of a provincial broadcasting network group's
    # progress on a provincial round of inspection (巡视) (整改良展情状 for 整改进展情况): the group in the province's short
    # form; the feedback day without a year takes the visit's year (settled 1))
    ("fujian_broadcast_network_group_provincial_fifth_group_progress_spun_copy", "https://youjingdian.com/a/145340.html", "progress", """中共福建广电网络集团委员会发布关于巡视整改良展情状的通报
……依据福建省委巡视工作统一部署,2022年4月20日至5月30日,省委巡视五组对福建广电网络集团开展了巡视,并于8月26日反馈了巡视意见,按照党务公开原则和巡视工作有关要求,现将巡视整改良展情状予以公布。
一、整改落实情状
(一)提高政治站位,深刻熟悉重要意义
集团党委高度重视巡视整改工作,将巡视整改当成当前和今后一个时期的重大政治任务挠细挠实。……
""", {"unit": "福建广电网络集团", "group": "省委巡视五组", "term": None, "round": None, "start": date(2022, 4, 20),
      "end": date(2022, 5, 30), "feedback_date": date(2022, 8, 26), "figures": []}),
    # http://linshu.gov.cn/info/3217/251308.htm (a county committee reports on a city special round of mineral resources
    # under its title: the round visited the county's "relevant departments" and fed back to the county committee, so the
    # unit is left unscored; the special group is numbered (市委第二专项巡察组); 3月19日 takes the year after the visit's end
    # (settled 1))
    ("linshu_county_city_mineral_special_round_progress", "http://linshu.gov.cn/info/3217/251308.htm", "progress", """中共临沭县委关于市委矿产资源领域专项巡察整改进展情况的通报
2024-10-30
根据市委统一部署,2023年9月18日至12月8日,市委第二专项巡察组对临沭县有关职能部门进行了矿产资源领域专项巡察。3月19日,市委巡察组向临沭县委反馈了巡察情况。按照巡察工作有关要求,现将整改进展情况予以公布。 一、整改工作基本情况 收到反馈意见后,临沭县委、县政府高度重视,照单全收,……
""", {"group": "市委第二专项巡察组", "term": None, "round": None, "start": date(2023, 9, 18), "end": date(2023, 12, 8),
      "feedback_date": date(2024, 3, 19), "figures": []}),
    # https://www.shjjjc.gov.cn/shsjjjcw/xszg/content/6fb0891e-a9f1-4a58-8548-c4ea4b1b0b8e.html (a food group's committee
    # reports on a municipal round of inspection (巡视) under its title: term and round from the title (十二届市委第三轮);
    # 52项问题 and 150条整改措施 are the problems and measures figures)
    ("bright_food_group_municipal_sixth_group_progress", "https://www.shjjjc.gov.cn/shsjjjcw/xszg/content/6fb0891e-a9f1-4a58-8548-c4ea4b1b0b8e.html", "progress", """中共光明食品(集团)有限公司委员会关于十二届市委第三轮巡视集中整改进展情况的通报
根据市委的统一部署,2023年10月10日至12月15日,市委第六巡视组对光明食品集团党委进行了巡视,并于2024年2月4日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、党委及主要负责人组织落实整改情况
……2.亲自抓研究部署,带头推动整改落实。党委书记担任巡视整改工作领导小组组长,深入研究、全面部署反馈问题的整改落实工作。主持研究整改方案,针对52项问题,逐个研究、深入研判、细化制定150条整改措施,……
""", {"unit": "光明食品集团党委", "group": "市委第六巡视组", "term": 12, "round": 3, "start": date(2023, 10, 10),
      "end": date(2023, 12, 15), "feedback_date": date(2024, 2, 4),
      "figures": [("problems", 52), ("measures", 150)]}),
    # --- news: mobilisations, entries, feedbacks ----------------------------------------------------------------------
    # https://www.scps.gov.cn/info/1703/123325.htm (a district group mobilises at the petitions bureau: term 3 is the
    # district committee's that runs the group (三届区委第一巡察组); the meeting's day is no start)
    ("district_petitions_bureau_third_term_first_group_mobilisation", "https://www.scps.gov.cn/info/1703/123325.htm", "news", """区委第一巡察组巡察区信访局党组工作动员会召开
按照区委巡察工作的统一部署,2024年9月14日,三届区委第一巡察组巡察区信访局党组工作动员会召开。会前,区委第一巡察组组长马强主持召开与区信访局党组书记、局长冯雅琴的见面沟通会。……
据悉,区委第一巡察组将在区信访局开展工作大约1个……
""", {"unit": "区信访局党组", "group": "区委第一巡察组", "term": 3, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.lpfg.com.cn/news/174.html (a provincial guarantee group mobilises its rectification after a provincial
    # group's feedback: the unit is the committee the feedback meeting names; 8月31日 has no year and is no feedback day)
    ("provincial_guarantee_group_second_inspection_group_rectification_mobilisation", "https://www.lpfg.com.cn/news/174.html", "news", """8月31日,省担保集团召开巡视整改工作动员会议,对省委第二巡视组巡视反馈意见整改工作进行全面部署。……
会议传达了省委巡视工作领导小组成员、省委巡视办主任汪诚同志在省委第二巡视组巡视省担保集团党委情况反馈会议上的讲话精神和省委第二巡视组巡视反馈意见建议。
""", {"unit": "省担保集团党委", "group": "省委第二巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://sqhzh.jsjc.gov.cn/yw/202204/t20220421_1375741.shtml (a city group's exchange at a prison and survey at a
    # local procuratorate: the group is the city's; the prison and the procuratorate are visited for exchange and a
    # survey (工作交流, 调研指导), not inspected, so no unit; 4月19日 is no visit's day)
    ("hongzehu_prison_city_sixth_group_exchange_procuratorate_survey", "https://sqhzh.jsjc.gov.cn/yw/202204/t20220421_1375741.shtml", "news", """市委巡察组一行赴洪泽湖监狱进行工作交流并莅临洪泽湖地区检察院调研指导
2022-04-21 10:44:00  来源:宿迁市洪泽湖地区检察院
  为扎实推进巡察工作走深走实,根据市委巡察工作统一部署,4月19日上午,市委第六巡察组组长庄永之一行4人赴洪泽湖监狱开展工作交流,并莅临洪泽湖地区检察院调研指导,……
""", {"units": [], "group": "市委第六巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://yongfu.qlgl.gov.cn/show-242-54343-1-8.html (a county-level city's group restores a village ditch during a
    # round of its town and villages: the group in the short form (荔浦市委第一巡察组 -> 市委第一巡察组, settled 9); 今年4月4日
    # has no year; the town and the village are where the story walks, not scored, as r23's village stories read them)
    ("lipu_village_ditch_first_group_town_round_story", "http://yongfu.qlgl.gov.cn/show-242-54343-1-8.html", "news", """“渠道修通了,我们再也不要为种植马蹄灌溉用水发愁了!”近日,荔浦市委第一巡察组到东昌镇安静村对巡察交办问题整改情况进行“回头看”时,村民周大哥开心地说道。
今年4月4日,荔浦市委第一巡察组正式进驻东昌镇开展巡镇带村常规巡察。……
针对巡察走访发现的情况,巡察组向巡察工作领导小组请示汇报后,当天就把这个问题反馈给东昌镇党委。……
""", {"units": [], "group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://pangtui.com/news/show-40999.html (a copy of a newspaper's report of a central group's feedback to a grain
    # group: the feedback is told as 近日, no day; 7月27日 and 7月9日 are the report's and a meeting's days)
    ("cofco_central_thirteenth_group_feedback_report_copy", "http://pangtui.com/news/show-40999.html", "news", """7月27日,新京报记者自中粮集团官网获悉,中央第十三巡视组向中粮集团有限公司党组反馈巡视情况,……
据中粮集团官网,根据中央统一部署,2018年2月23日至5月23日,中央第十三巡视组对中粮党组进行了巡视。近日,中央第十三巡视组向中粮集团有限公司党组反馈巡视情况。……
""", {"unit": "中粮集团有限公司党组", "group": "中央第十三巡视组", "term": None, "round": None,
      "start": date(2018, 2, 23), "end": date(2018, 5, 23), "feedback_date": None, "figures": []}),
    # http://219.143.227.132/n2588020/n2588072/n23746822/n23746853/c34435783/content.html (a state commission's page on a
    # central ecological and environmental protection inspectorate's feedback to a power group: an environmental
    # inspectorate (生态环境保护督察组, 第三轮生态环境保护督察), no party inspection, so its group, round, days and body are
    # no fields; expects nothing)
    ("huaneng_central_sixth_environmental_inspectorate_feedback_2025", "http://219.143.227.132/n2588020/n2588072/n23746822/n23746853/c34435783/content.html", "news", """中央第六生态环境保护督察组向中国华能集团有限公司反馈督察情况
文章来源:社会责任局  发布时间:2025-09-13
为深入贯彻落实习近平生态文明思想,根据《生态环境保护督察工作条例》,中央第六生态环境保护督察组(以下简称督察组)对中国华能集团有限公司(以下简称中国华能)开展了第三轮生态环境保护督察。2025年7月29日,二十届中央生态环境保护督察工作领导小组第7次会议审议通过督察报告。经党中央、国务院批准,督察组于2025年9月13日向中国华能进行反馈。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- rounds: enterprises' internal rounds -------------------------------------------------------------------------
    # https://zgty.chinalco.com.cn/xwzx/gsyw/202509/t20250903_154376.html (a copper company's second round of 2025 enters
    # four bodies: they are the round's units as written; two groups, so no group; the entry days are no start)
    # (r25 pass: the start corrected to settled convention 10, the first entry day, its year from the dated line)
    ("chinalco_copper_2025_second_round_four_bodies_entry", "https://zgty.chinalco.com.cn/xwzx/gsyw/202509/t20250903_154376.html", "rounds", """中国铜业党委2025年第二轮巡察完成进驻
来源: 中国铜业有限公司时间: 2025-09-03
中国铜业网讯  根据中国铜业党委关于巡察工作的统一部署,8月26日、27日,中国铜业党委第一、第二巡察组先后进驻中铜资产、冶金医院、金水物业、迪庆有色,启动对4家单位党组织的常规巡察。
……据悉,2个巡察组将在被巡察单位现场工作2个月左右,……
""", {"unit": "", "units": ["中铜资产", "冶金医院", "金水物业", "迪庆有色"], "group": None, "term": None, "round": 2,
      "start": date(2025, 8, 26), "end": None, "feedback_date": None, "figures": []}),
    # http://www.bxsteel.com/a/bengangxinwen/20200617/4327.html (a steel group's fourth round mobilisation: 5 groups and 4
    # basic-level bodies are counted kinds, none named; 7月初进驻 and 8月下旬撤组 are no days)
    ("benxi_steel_fourth_round_mobilisation_2020", "http://www.bxsteel.com/a/bengangxinwen/20200617/4327.html", "rounds", """本钢集团党委召开第四轮巡察工作动员部署会议
  15日,本钢集团党委巡察工作领导小组召开第四轮巡察工作动员部署会议,标志着本钢集团党委第四轮巡察工作正式启动。……
  经本钢集团党委批准,本轮巡察共安排5个巡察组,将于7月初进驻,8月下旬撤组,巡察时间1个半月。其中,安排4个巡察组对4个基层单位党组织开展常规巡察,1个巡察组对前两轮8个被巡察基层单位党组织开展巡察整改落实“回头看”。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 4, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://bjhgjt.com.cn/Party/work/2024/1018/4127.html (a chemical group's second round of 2024 at two second-level
    # bodies: they are the round's units; the round's group has no number of its own, not scored as a group)
    ("beijing_chemical_group_2024_second_round_two_bodies", "https://bjhgjt.com.cn/Party/work/2024/1018/4127.html", "rounds", """北京化工集团党委 2024年第二轮巡察组启动2家二级单位党组织巡察工作
发布时间:2024-10-18
按照北京化工集团党委巡察工作安排部署,近日,集团党委2024年第二轮巡察组对北京市工业技师学院党委、集团总部党委开展常规巡察。两个被巡察单位党组织分别召开了巡察工作动员会。
""", {"unit": "", "units": ["北京市工业技师学院党委", "集团总部党委"], "group": None, "term": None, "round": 2,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.sinopecgroup.com/group/xwzx/gsyw/20201030/news_20201030_554648894063.shtml (an oil group's first round of
    # party group inspection (巡视) of 2020 fed back: 10 bodies are counted, none named; 7月底 and 9月上旬 are no days; the
    # feedback's completion day across ten bodies is left unscored)
    ("sinopec_2020_first_round_feedback_completed", "http://www.sinopecgroup.com/group/xwzx/gsyw/20201030/news_20201030_554648894063.shtml", "rounds", """集团公司高质量完成第一轮巡视反馈
        本报讯 记者符 慧报道:10月14日,集团公司2020年第一轮党组巡视反馈工作完成。被巡视单位对反馈问题照单全收,表示将认真落实整改主体责任,做好巡视“后半篇文章”。
        集团公司7月底启动第一轮党组巡视工作,组织7个巡视组对10家在京单位入驻巡视,……
        9月上旬,第一轮党组巡视工作结束。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "problems": 0, "figures": []}),
    # http://wfdscxh.com/Wfdscxh/fwcs_Show.asp?ClassId=25&InfoId=10964 (a copy on an unrelated domain of the news that the
    # eighteenth central committee's eleventh round completed its entries: term and round; the 27 bodies are counted after
    # two examples and the four provinces are revisited (回头看), so units are left unscored; one group named of fifteen,
    # not scored)
    ("central_eighteenth_term_eleventh_round_entries_completed_copy", "http://wfdscxh.com/Wfdscxh/fwcs_Show.asp?ClassId=25&InfoId=10964", "rounds", """15日,随着中央第十二巡视组进驻中国浦东干部学院,十八届中央第十一轮巡视15个中央巡视组已全部进驻27个单位党组织和4个进行巡视“回头看”的省区市。
经中央批准,十八届中央第十一轮巡视对最高人民法院、最高人民检察院等27个单位党组织开展专项巡视,同时对北京、重庆、广西、甘肃等4个省区市进行“回头看”。
""", {"unit": "", "term": 18, "round": 11, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.hnwltzjt.cn/2024/10-19/372288.html (a provincial culture and tourism investment group's 2024 inspection
    # deployment: the first and second rounds are deployed together, so no one round is scored; 3 bodies are counted
    # after one example, not scored; 3 groups, no group)
    ("henan_culture_tourism_investment_group_2024_rounds_deployment", "http://www.hnwltzjt.cn/2024/10-19/372288.html", "rounds", """河南文旅投资集团党委召开2024年巡察工作动员部署会
时间:2024-10-19 来源:纪委综合室
  10月18日下午,河南文旅投资集团党委召开2024年巡察动员部署会议。……
  集团党委副书记、工会主席侯振轩主持会议并宣布第一轮第二轮常规巡察组长、副组长授权任职和任务分工,2024年安排3个巡察组对河南省大别山文化旅游发展有限责任公司等3家二级公司开展常规巡察。……
""", {"unit": "", "group": None, "term": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.cccnews.cn/dzbz/jtjsb/page_1/202110/t20211008_67094.html (a communications construction group's eleventh
    # round fed back to three bodies revisited and six project bodies of a special round: the nine are the round's units
    # as written; 9月22日 and 9月28日 have no year in the text; three groups, no group)
    ("cccc_eleventh_round_feedback_nine_bodies", "http://www.cccnews.cn/dzbz/jtjsb/page_1/202110/t20211008_67094.html", "rounds", """中交集团党委完成第十一轮巡视反馈
本报讯(通讯员 张智勇)9月28日,中交集团党委第十一轮巡视反馈工作全部完成。根据集团党委统一安排,9月22日开始,集团党委三个巡视组分别向第十一轮巡视“回头看”的三航局、中交海投、西北区域总部3家单位党委(党工委)和专项巡视的汕头东海岸新城、南京地铁6号线、成都地铁30号线、新疆乌尉、深汕大道扩建、安徽合枞高速6个直属项目党组织开展巡视反馈。……
""", {"unit": "", "units": ["三航局", "中交海投", "西北区域总部", "汕头东海岸新城", "南京地铁6号线", "成都地铁30号线", "新疆乌尉",
                          "深汕大道扩建", "安徽合枞高速"], "group": None, "term": None, "round": 11, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://www.jiaokou.gov.cn/zwdt/xzfyw/202512/t20251201_1999829.shtml (a county's eleventh committee's ninth round:
    # term and round from 十一届县委第九轮; the seven bodies, the body revisited and the three of the heating special round
    # are the round's units as written, brackets full-width (settled 7); 11月下旬至2026年2月下旬 gives no day; the
    # provincial and city rounds conveyed are not scored)
    ("jiaokou_eleventh_term_ninth_round_eleven_bodies_2025", "http://www.jiaokou.gov.cn/zwdt/xzfyw/202512/t20251201_1999829.shtml", "rounds", """11月27日,十一届县委第九轮巡察工作动员部署会议召开。……
会议传达学习十二届省委第八轮巡视工作动员部署会议和五届市委第九轮巡察工作动员部署会议精神,宣读了《十一届县委第九轮巡察组长授权任职及任务分工决定》和《十一届县委第九轮巡察工作方案》。
县委第九轮巡察派出4个巡察组,对县委办公室(县政府办公室)、县纪委监委机关、县委组织部(县委机构编制委员会办公室)、县委政法委员会(县司法局)、县人民法院、县人民检察院、县规划和自然资源局(县林业局)7个党委(党组)〔含不设党委(党组)的部门领导班子〕开展常规巡察,对县市场监督管理局党组开展巡察“回头看”,对县公用事业和城乡环境服务中心、县供热有限公司、双池热力有限公司开展集中供热领域专项巡察。巡察时间为2025年11月下旬至2026年2月下旬。
""", {"unit": "", "units": ["县委办公室（县政府办公室）", "县纪委监委机关", "县委组织部（县委机构编制委员会办公室）",
                          "县委政法委员会（县司法局）", "县人民法院", "县人民检察院", "县规划和自然资源局（县林业局）",
                          "县市场监督管理局党组", "县公用事业和城乡环境服务中心", "县供热有限公司", "双池热力有限公司"],
      "group": None, "term": 11, "round": 9, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://lingui.qlgl.gov.cn/show-242-61466-1-11.html (a district's eleventh committee's eighth round: term and round
    # from 十一届区委第八轮; the six bodies are the round's units as written; two groups, no group; the meeting's day is no
    # start)
    ("xiangshan_eleventh_term_eighth_round_six_bodies", "http://lingui.qlgl.gov.cn/show-242-61466-1-11.html", "rounds", """8月29日,象山区召开十一届区委第八轮巡察动员部署会。……
本轮巡察共派出2个巡察组,对区委办、区督效办、区政府办、区财政局、区发改局、区商务局6个区直单位开展常规巡察。
""", {"unit": "", "units": ["区委办", "区督效办", "区政府办", "区财政局", "区发改局", "区商务局"], "group": None, "term": 11,
      "round": 8, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://read.0437.com/reader/paper.asp?Aid=30410&Fid=7887 (a city paper's report of the seventh city committee's
    # eighth round: term and round; the five bodies and the one of the thematic round are the round's units as written;
    # 4月上旬至6月上旬 gives no day; four groups, no group; the seventh round heard is not the text's)
    ("city_seventh_term_eighth_round_six_bodies_paper", "http://read.0437.com/reader/paper.asp?Aid=30410&Fid=7887", "rounds", """七届市委第八轮巡察工作动员部署会议召开
    本报讯(记者 张莹莹 吴培民)4月7日,市委巡察工作领导小组召开七届市委第八轮巡察工作动员部署会议。……
    会上,传达了市委书记柴伟在市委书记专题会议上听取七届市委第七轮巡察综合情况汇报时的讲话精神,宣布了七届市委第八轮巡察组组长授权任职及任务分工的决定。……
    本轮巡察从4月上旬开始,至6月上旬结束。市委派出4个巡察组对市卫生健康委员会、市医疗保障局、市生态环境局、市教育局、市退役军人事务局等5个市直部门(单位)党组织开展常规巡察,对市供销合作社联合社开展专题巡察。
""", {"unit": "", "units": ["市卫生健康委员会", "市医疗保障局", "市生态环境局", "市教育局", "市退役军人事务局", "市供销合作社联合社"],
      "group": None, "term": 7, "round": 8, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a county media centre's report of the fourteenth county committee's
    # fourteenth round with look-backs: term and round; the villages and schools are counted, and the towns only qualify
    # the counted villages (settled 8), so no unit is named; 5月8日 is a meeting's day)
    ("fanchang_fourteenth_term_fourteenth_round_villages_schools_look_back", "search corpus pages (no URL returned)", "rounds", """我县召开十四届县委第十四轮巡察暨村居、教育系统巡察“回头看”动员会
2020-05-09 09:48:48
5月8日上午,县委第十四轮巡察暨村居、教育系统巡察“回头看”动员会召开,……
根据上级要求和县委安排,结合我县实际,本轮共派出4个巡察组,主要巡察对象有三块:一是对我县繁阳镇、荻港镇、孙村镇15个村居开展常规巡察;二是对村居巡察全覆盖单位中的3个村居开展巡察“回头看”;三是为响应省市县教育系统三级联动巡视巡察,按照上级要求,对2所学校开展巡察“回头看”。
""", {"unit": "", "units": [], "group": None, "term": 14, "round": 14, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://jsdfjw.gov.cn/bddt/xcpz/content_33731 (a district's thirteenth committee's seventh round, first batch: term
    # and round; the five bodies of the first batch are the round's units as written; five groups, no group)
    ("district_thirteenth_term_seventh_round_first_batch_five_bodies", "https://jsdfjw.gov.cn/bddt/xcpz/content_33731", "rounds", """十三届区委第七轮巡察完成首批进驻
根据区委统一部署,十三届区委第七轮巡察采取压茬推进方式,分两个批次进行。目前5个巡察组已完成进驻,首批对财政局党委、商务局党委、发改委党委、市场监管局党组和工信局党委开展常规巡察。
……区委巡察组第一批现场巡察40天左右。……受理信访时间截止到2024年5月10日,……
""", {"unit": "", "units": ["财政局党委", "商务局党委", "发改委党委", "市场监管局党组", "工信局党委"], "group": None,
      "term": 13, "round": 7, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://zjjlz.gov.cn/content/646947/58/14780686.html (a city's eighth committee's eighth round entered: term and round;
    # 8 bodies counted after one example, not scored; four groups, no group)
    ("zhangjiajie_eighth_term_eighth_round_entries_2025", "http://zjjlz.gov.cn/content/646947/58/14780686.html", "rounds", """近日,市委派出的4个巡察组完成对市国资委等8家单位(企业)的巡察进驻,八届市委第八轮巡察全面展开。
……各巡察组受理信访时间截至2025年4月25日。……
""", {"unit": "", "group": None, "term": 8, "round": 8, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://kcnews.zjol.com.cn/kcnews/system/2018/09/12/031137790.shtml (a district's eighth committee's sixth round in
    # two batches: term and round; the six bodies are the round's units as written, the management committee keeping its
    # bracketed company (settled 7, full-width) and the township as a place (settled 8); 9月7日 and 11月16日 have no year
    # in the text, so no days)
    ("kecheng_eighth_term_sixth_round_two_batches_six_bodies", "http://kcnews.zjol.com.cn/kcnews/system/2018/09/12/031137790.shtml", "rounds", """日前,我区启动八届区委第六轮巡察工作。本轮巡察成立3个巡察组,采取“1托2”的方式进行,即1个巡察组先后巡察2个单位,巡察时间从9月7日开始到11月16日结束。本轮共巡察6个单位,第一批巡察进驻单位为区双西港管委会(衢州田园开发有限公司)、区专业市场建设管委会、九华乡,第二批巡察进驻单位为区行政服务中心管理办公室、区审计局、区供销社。
""", {"unit": "", "units": ["区双西港管委会（衢州田园开发有限公司）", "区专业市场建设管委会", "九华乡", "区行政服务中心管理办公室",
                          "区审计局", "区供销社"],
      "group": None, "term": 8, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (traditional script with some pinyin in brackets: a steel group's second
    # round of 2023 mobilised at two subsidiaries: they are the round's units, written simplified; the group leader's
    # group has no number, not scored as a group)
    ("shandong_steel_2023_second_round_two_subsidiaries_pinyin_trad", "search corpus pages (no URL returned)", "noisy", """本報訊(記者周傳勇 通訊員李俊鵬 李建輝 徐毅)9月1日,山鋼集團黨委召開2023年第二輪巡察進駐動員會,啟動對山鋼國貿(mào)、山鋼資本的巡察工作。山鋼集團黨委常委、紀委書記、監(jiān)察專員、巡察組組長趙文友做動員講話,山鋼國貿(mào)、山鋼資本黨委書記分別做表態(tài)發(fā)言。
……《中國冶金報》(2023年09月20日 04版四版)
""", {"unit": "", "units": ["山钢国贸", "山钢资本"], "group": None, "term": None, "round": 2, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://www.tqjxwl.com/gongsixinwen/2024103009060425094.html (traditional script with pinyin in brackets on another
    # domain: a steel group's rectification meeting that also deploys its second round of 2024: round 2 is the meeting's;
    # the six bodies are speakers sharing experience, no units; the first round's common problems have no count)
    ("taiyuan_steel_2024_second_round_deployment_meeting_pinyin_trad", "http://www.tqjxwl.com/gongsixinwen/2024103009060425094.html", "noisy", """太鋼黨委召開深化整改專題會
10月28日,太鋼集團黨委召開深化巡視巡察整改專題會暨2024年第二輪巡察動員部署會。太鋼集團(tuán)總經(jīng)理、黨委副書記李華出席會議并講話。……
會上,運行中心工序支持室、裝備部、線材事業(yè)部、鋼管公司、煉鐵廠、太鋼鑫海6家單位依次對整改和成果運用工作情況進行經(jīng)驗交流分享。會議對太鋼巡視巡察整改和深化整改成果運用專項行動情況進行了總結(jié),對2024年第一輪巡察發(fā)現(xiàn)的共性問題進行了通報,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://mmshw.com/html/2023/xunchajiandu_1225/24183.html (traditional script with pinyin in brackets and stray
    # doubled commas: a county's sixth round's third group at the veterans affairs bureau: the group, named under its
    # round (县委第六轮巡察第三巡察组), is not scored; 为期2个月 gives no day; the 27 and 26 veterans are no figure)
    ("sinan_veterans_bureau_sixth_round_third_group_stray_commas_pinyin_trad", "https://mmshw.com/html/2023/xunchajiandu_1225/24183.html", "noisy", """“組長,,你好!這是張家寨鎮(zhèn)優(yōu)撫對象嚴(yán)某某的死亡證明復(fù)印件,,……”縣退役軍人事務(wù)局擁軍優(yōu)撫股的同志急切地向巡察組組長說明。
近日,,思南縣委第六輪巡察第三巡察組正在對縣退役軍人事務(wù)局開展為期2個月的巡察,。
……經(jīng)自查,,該縣共有27名退役軍人死亡后,縣退役軍人事務(wù)局未及時停發(fā)撫恤補助資金,。截至11月底,,26名退役軍人多發(fā)的撫恤補助資金已追回。
""", {"unit": "县退役军人事务局", "term": None, "round": 6, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://qdubb.cn/html/2019/paizhudongtai_0124/61872.html (traditional script with pinyin in brackets on a mirror
    # domain: a chemical group's third round summed up: 133 problems and 17 clues handed over (settled 6); the bodies
    # told as the round's targets by kind and example (石化公司, 海口片區三家企業, 紅海磷肥) are left unscored; no group)
    ("yuntianhua_third_round_problems_clues_pinyin_trad", "http://qdubb.cn/html/2019/paizhudongtai_0124/61872.html", "noisy", """近日,云天化集團(tuán)創(chuàng)新實施工程建設(shè)領(lǐng)域“專項巡察”、混合所有制企業(yè)管理“機(jī)動巡察”和“一托三”常規(guī)巡察,取得了明顯成效,第三輪巡察共發(fā)現(xiàn)各類問題133個,移交問題線索17條。
……結(jié)合紅海磷肥規(guī)模不大、公私合營、管理偏弱的特點,開展了混合所有制企業(yè)管理“機(jī)動巡察”,……
""", {"unit": "", "group": None, "term": None, "round": 3, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 133), ("clues_transferred", 17)]}),
    # search corpus pages (no URL returned) (traditional script with pinyin in brackets: a group company's second round
    # of 2022, a special round of its nine hotels: round 2 is the company's; the provincial round it follows (十一屆省委第二輪)
    # is not scored; 5 groups and 9 hotels are counted kinds)
    ("group_company_2022_second_round_hotels_special_mobilisation_pinyin_trad", "search corpus pages (no URL returned)", "noisy", """9月15日上午,集團(tuán)黨委召開第二輪巡察工作動員會。……黨委副書記、副董事長、總經(jīng)理呂兵宣讀《關(guān)于集團(tuán)黨委2022年第二輪巡察組組長授權(quán)及任務(wù)安排的決定》,……
會議認(rèn)真學(xué)習(xí)習(xí)近平總書記關(guān)于巡視巡察工作的重要論述和指示批示精神,深入貫徹十一屆省委第二輪巡視工作要求,對集團(tuán)第二輪巡察工作進(jìn)行動員部署,并開展業(yè)務(wù)培訓(xùn)。
……本輪巡察集團(tuán)黨委組建5個巡察組對集團(tuán)管理的9個酒店開展專項巡察,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.nakedoat.com/gzdt/2011-08/02/content_1918051.htm (traditional script with pinyin in brackets on another
    # domain: a provincial group's leader visits a state bureau to exchange about the group's inspection of a provincial
    # bureau: the inspected bureau is the unit; the group in the short form (江蘇省委第一巡視組 -> 省委第一巡视组, settled 9);
    # no day is told)
    ("jiangsu_ocean_fisheries_bureau_provincial_first_group_state_bureau_visit_pinyin_trad", "http://m.nakedoat.com/gzdt/2011-08/02/content_1918051.htm", "noisy", """近日,國(guó)家海洋局黨組成員、副局長(zhǎng)王宏在國(guó)家海洋局會(huì)見(jiàn)了江蘇省委第一巡視組組長(zhǎng)杭天瓏一行。
……她說(shuō),江蘇省委第一巡視組此次到訪國(guó)家海洋局主要是交流對(duì)江蘇省海洋與漁業(yè)局的巡視情況,并聽(tīng)取國(guó)家海洋局對(duì)江蘇省海洋與漁業(yè)局工作的評(píng)價(jià)。……
""", {"unit": "江苏省海洋与渔业局", "group": "省委第一巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.bjt4.com/zxzx/d129862.html (traditional script on another domain: a steel group's group feeds back to a
    # subsidiary's committee: the unit is the committee; the group has no number (巡察組); 6月9日至7月3日 and 8月20日 have no
    # year, so no days; the four findings headed 一是…四是 are kinds of problems, left unscored)
    ("shougang_qinhuangdao_company_group_feedback_trad", "http://www.bjt4.com/zxzx/d129862.html", "noisy", """8月20日,首鋼集團黨委巡察首秦公司黨委巡察意見反饋會召開,……
按照集團黨委巡察工作的統一部署,6月9日至7月3日,巡察組對首秦公司黨委進行了為期近一個月的進駐巡察。巡察組在反饋巡察工作情況時,肯定了近年來首秦公司所取得的成績,指出了存在的主要問題,并對下一步工作提出了意見建議。……
""", {"unit": "首秦公司党委", "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.shenzhenxxg.com/home/article/detail/id/251.html (traditional script with pinyin in brackets on another
    # domain: a railway group's "supervision tour" group (督導巡視一組) checks a project's work: no party inspection, so
    # its group, days and bodies are no fields; expects nothing)
    ("railway_group_supervision_tour_group_project_check_pinyin_trad", "http://www.shenzhenxxg.com/home/article/detail/id/251.html", "noisy", """6月1日至4日,中國(guó)中鐵股份公司督導(dǎo)巡視一組組長(zhǎng)史柏生(股份公司副總工)、成員齊東升、雷為民一行,……對(duì)局集通鐵路復(fù)線各參建單位進(jìn)行了督導(dǎo)巡視。
股份公司本次督導(dǎo)巡視內(nèi)容包含:安全質(zhì)量工期、項(xiàng)目精細(xì)化管理、作業(yè)層隊(duì)伍建設(shè)、黨風(fēng)廉政建設(shè)以及項(xiàng)目企業(yè)文化建設(shè)等五個(gè)方面。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.intimacywithspirit.com/telecom/168454.html (traditional script with pinyin in brackets on another domain:
    # a telecom group's five new inspection group leaders, and another group's 2018 deployment meeting named in passing:
    # appointments, no inspection told, so no group, round or body; expects nothing)
    ("unicom_five_new_inspection_group_leaders_pinyin_trad", "http://www.intimacywithspirit.com/telecom/168454.html", "noisy", """中國聯(lián)通新到五位巡視組長 這般調(diào)動(dòng)難道預(yù)示會(huì)有大動(dòng)靜?
近日,運(yùn)營商世界網(wǎng)獲悉,中國聯(lián)通巡視組有五位組長最新到任。……
此前,中國移動(dòng)也派來新的巡視組組長,去年底,原中國移動(dòng)終端公司副總經(jīng)理馬景新出任中國移動(dòng)集團(tuán)公司巡視組組長,總經(jīng)理級(jí)別,試用期一年。就在本月,中國移動(dòng)召開2018年巡視巡察工作動(dòng)員部署會(huì),對(duì)巡視工作做了總結(jié)及部署。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.dazhengkuaiji.net.cn/lh/ztzl/lhlzw/xxgk/xsxc/xsxc2/2bs/content/post_2421364.html (traditional script with
    # pinyin in brackets on another domain: a district's seventh committee's eighth round with a look-back of its fourth:
    # term 7 and round 8; the nine bodies and the three revisited are the round's units, written simplified;
    # 3月上旬至5月上旬 gives no day)
    ("longhu_seventh_term_eighth_round_twelve_bodies_pinyin_trad", "http://www.dazhengkuaiji.net.cn/lh/ztzl/lhlzw/xxgk/xsxc/xsxc2/2bs/content/post_2421364.html", "noisy", """發(fā)布時間:3月7日上午,七屆龍湖區(qū)委第八輪巡察暨第四輪巡察“回頭看”動員部署會召開。……
經(jīng)區(qū)委批準,本輪巡察對區(qū)人大常委會機關、區(qū)政協(xié)機關、區(qū)審計局、區(qū)商務局、區(qū)司法局、區(qū)應急管理局、汕頭火車站地區(qū)綜合管理辦公室、區(qū)機關事務管理局、區(qū)總工會9個區(qū)直單位黨組織開展常規(guī)巡察,對區(qū)市場監(jiān)督管理局、區(qū)城市管理和綜合執(zhí)法局、區(qū)環(huán)境衛(wèi)生事務中心3個區(qū)直單位黨組織開展第四輪巡察“回頭看”。巡察時間為2025年3月上旬至5月上旬,時間約2個月。
""", {"unit": "", "units": ["区人大常委会机关", "区政协机关", "区审计局", "区商务局", "区司法局", "区应急管理局",
                          "汕头火车站地区综合管理办公室", "区机关事务管理局", "区总工会", "区市场监督管理局",
                          "区城市管理和综合执法局", "区环境卫生事务中心"],
      "group": None, "term": 7, "round": 8, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://lookfanastic.cn/system/2018/09/12/013381853.shtml (traditional script with pinyin in brackets, some brackets
    # broken by a space, on another domain: a county's thirteenth committee's fourth round deployed: term 13 and round 4;
    # no body named; the meeting's day is no start)
    ("wencheng_thirteenth_term_fourth_round_deployment_broken_pinyin_trad", "http://lookfanastic.cn/system/2018/09/12/013381853.shtml", "noisy", """十三屆縣委第四輪巡察工作動(dòng)員部署會(huì )召開(kāi)
文成新聞網(wǎng)訊(記者 林佳濤) 9月11日,我縣召開(kāi)十三屆縣委第四輪巡察工作動(dòng)員部署會(huì ),進(jìn)一步深入學(xué)習貫徹中央、省市委關(guān)于巡察工作的新部署新要求,……
會(huì )議宣布了第四輪巡察組人員組成和任務(wù)分工的決定,并圍繞推動(dòng)巡察工作向村居(社區)和基層站所黨組織延伸,加快推進(jìn)巡視巡察上下聯(lián)動(dòng)監督試點(diǎn)等工作作了全面部署。
""", {"unit": "", "units": [], "group": None, "term": 13, "round": 4, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://fordsky.com/lh/ztzl/lhlzw/xxgk/xsxc/xsxc2/2bs/content/post_2042283.html (traditional script with pinyin in
    # brackets on another domain: the same district's seventh committee's second round, an earlier round than this
    # batch's longhu text: term 7 and round 2; the eight bodies are the round's units, written simplified; the central and
    # city rounds conveyed (十九屆中央第九輪, 十二屆市委第一輪) are not scored; the meeting's day is no start)
    ("longhu_seventh_term_second_round_eight_bodies_pinyin_trad", "http://fordsky.com/lh/ztzl/lhlzw/xxgk/xsxc/xsxc2/2bs/content/post_2042283.html", "noisy", """3月24日上午,全區(qū)巡察工作會議暨七屆區(qū)委第二輪巡察動員部署會召開。會議深入學(xué)習(xí)習(xí)近平總書記在中共中央政治局會議上關(guān)于巡視工作的重要論述精神,以及全國巡視工作會議暨十九屆中央第九輪巡視動員部署會議、全省巡察指導(dǎo)督導(dǎo)專題輔導(dǎo)會議、全市巡察工作會議暨十二屆市委第一輪巡察動員部署會主要精神,宣布七屆區(qū)委第二輪巡察組長授權(quán)任職和任務(wù)分工。……
經(jīng)區(qū)委批準(zhǔn),4個(gè)區(qū)委巡察組將對區(qū)人力資源和社會保障局、區(qū)城市管理和綜合執(zhí)法局、區(qū)水務(wù)局、區(qū)政務(wù)服務(wù)數(shù)據(jù)管理局、區(qū)統(tǒng)計(jì)局、區(qū)環(huán)境衛(wèi)生事務(wù)中心、區(qū)僑聯(lián)、區(qū)文聯(lián)8個(gè)區(qū)直單位黨組織開展巡察。……
""", {"unit": "", "units": ["区人力资源和社会保障局", "区城市管理和综合执法局", "区水务局", "区政务服务数据管理局", "区统计局",
                          "区环境卫生事务中心", "区侨联", "区文联"],
      "group": None, "term": 7, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://ztcyt.com/detail/1271.html (a copy on which a betting site's name (月博) is written over a listed company's
    # name: the company's first round of 2022 at three bodies: round 1; the three bodies are the round's units as the copy
    # writes them; three groups, no group; 4月7日 is the entries' day, no start)
    ("listed_company_2022_first_round_three_bodies_betting_copy", "http://ztcyt.com/detail/1271.html", "noisy", """根据月博股份党委2022年巡察工作的统一部署,第一轮主要巡察月博威视、月博科工产业本部和智慧节能产业本部三个单位。
4月7日,各巡察组按计划完成进驻工作,被巡察单位分别召开巡察进驻动员会。……
三个巡察组预计将在被巡察单位工作21天左右,……
""", {"unit": "", "units": ["月博威视", "月博科工产业本部", "智慧节能产业本部"], "group": None, "term": None, "round": 1,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- added by a second collector: round lists and news --------------------------------------------------------------
    # https://889pp.net/h1xxunshixuncha250/851.html (a district's eleventh committee's fifth round deployed: term 11 and
    # round 5; 区委宣传部…等16家单位 names examples before a count, so the units are left unscored; the provincial round
    # conveyed (省委第七轮巡视) is not scored; the meeting's 9月23日 is no start; five groups, no group)
    ("xinlin_eleventh_term_fifth_round_sixteen_bodies_examples", "https://889pp.net/h1xxunshixuncha250/851.html", "rounds", """9月23日,新林区召开十一届区委第五轮巡察工作动员部署会议。这次会议的主要任务是学习贯彻全国市县工作调研座谈片会和省委第七轮巡视动员部署会精神,对区委第五轮巡察工作进行动员部署。根据本轮巡察任务,第五轮巡察共组建5个巡察组,对区委宣传部、统战部、政法委、区工会、区委办等16家单位(党组织)开展常规巡察。按照省地统一安排部署,对医疗保障局、社保局开展上下联动专项巡察。
……
""", {"unit": "", "group": None, "term": 11, "round": 5, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://wap.dxrm.org.cn/content/646847/55/13616292.html (a district's sixth committee's sixth round: term 6 and round
    # 6; the seven bodies are the round's units, the two streets cut before 及所辖 and their unnamed villages no units;
    # the meeting's 3月7日 is no start; three groups, no group)
    ("daxiang_sixth_term_sixth_round_seven_bodies", "https://wap.dxrm.org.cn/content/646847/55/13616292.html", "rounds", """大祥融媒讯:3月7日,六届区委第六轮巡察动员部署会议召开。……区委常委、组织部长杨建平宣布区委巡察组组长、副组长授权任职和任务分工决定。
……
根据区委统一部署安排,六届区委第六轮巡察共组建3个区委巡察组对檀江街道及所辖村(社区)、城西街道及所辖社区、区自然资源局、区市场监管局、区卫健局、区医保局、区委党校等7个单位党组织开展常规巡察。
""", {"unit": "", "units": ["檀江街道", "城西街道", "区自然资源局", "区市场监管局", "区卫健局", "区医保局", "区委党校"],
      "group": None, "term": 6, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.xuehua.us/2018/07/08/区委第五轮巡察全面启动-第一、第二巡察组进驻金… (address cut here; the stored address
    # is percent-encoded: a district's fifth round starts with two groups entering two streets: round 5; the two streets
    # are the units as written before 两家街道办事处; two groups named together, no group; 5月7日 has no year; 40天左右
    # gives no end)
    ("dongxihu_fifth_round_two_streets_entered", "https://www.xuehua.us/2018/07/08/%e5%8c%ba%e5%a7%94%e7%ac%ac%e4%ba%94%e8%bd%ae%e5%b7%a1%e5%af%9f%e5%85%a8%e9%9d%a2%e5%90%af%e5%8a%a8-%e7%ac%ac%e4%b8%80%e3%80%81%e7%ac%ac%e4%ba%8c%e5%b7%a1%e5%af%9f%e7%bb%84%e8%bf%9b%e9%a9%bb%e9%87%91/", "rounds", """5月7日,区委第一、第二巡察组正式进驻金银湖街、将军路街两家街道办事处,并召开巡察工作动员会,对第五轮巡察工作进行部署。
根据区委统一安排,两个巡察组驻点巡察时间为40天左右。……
""", {"unit": "", "units": ["金银湖街", "将军路街"], "group": None, "term": None, "round": 5, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.binzhouw.com/app/detail/128/220979.html (a city's ninth committee's fifth round, linked over four
    # levels: term 9 and round 5; the excerpt keeps the five city groups' fifteen city bodies, cut before the crossed
    # county bodies and the zones' villages; the meeting's 3月12日 is no start; 3个月左右 gives no end; fifteen groups, no
    # group)
    ("binzhou_ninth_term_fifth_round_fifteen_city_bodies", "https://www.binzhouw.com/app/detail/128/220979.html", "rounds", """九届市委第五轮巡察实行四级联动
滨州日报/滨州网滨州讯 根据市委巡察工作领导小组研究的意见,经市委同意,九届市委第五轮巡察动员部署会于3月12日召开。
据悉,九届市委第五轮巡察实行市县乡村四级联动,采取提级交叉方式,共安排15个巡察组,用3个月左右时间,对15个市直单位、21个县(市、区)直单位、6个乡镇(街道)、372个村(居)开展巡察。其中,5个市委巡察组分别对市发展改革委、市粮食和储备局、市工业和信息化局、市国资委、市科技局、市人力资源和社会保障局、市交通运输局、市海洋发展渔业局、市文化和旅游局、市生态环境局、市供销合作社、市港务集团、滨州工业园区、鲁北高新技术开发区、市高级技工学校等15个单位进行常规巡察;……
""", {"unit": "", "units": ["市发展改革委", "市粮食和储备局", "市工业和信息化局", "市国资委", "市科技局",
                          "市人力资源和社会保障局", "市交通运输局", "市海洋发展渔业局", "市文化和旅游局", "市生态环境局",
                          "市供销合作社", "市港务集团", "滨州工业园区", "鲁北高新技术开发区", "市高级技工学校"],
      "group": None, "term": 9, "round": 5, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://pejw.pes.gov.cn/html/mlx_xcgz/content/2020072181479.html (a county's twelfth committee's tenth round
    # deployed: term 12 and round 10; the nine county bodies are the round's units; the central round conveyed
    # (十九届中央第五轮巡视) is not scored; 2020年7月下旬至10月上旬 gives no day; three groups, no group; the city portal
    # holds r1's jiangcheng and r16's lancang text, other counties' texts of other kinds)
    ("menglian_twelfth_term_tenth_round_nine_bodies", "https://pejw.pes.gov.cn/html/mlx_xcgz/content/2020072181479.html", "rounds", """近日,十二届孟连县委第十轮巡察工作动员部署会议召开,会议传达学习了全国巡视工作会议暨十九届中央第五轮巡视动员部署会议、……有关精神,……会上宣读了《关于十二届县委第十轮巡察县委巡察组组长、副组长授权及任务安排的决定》并对第十轮巡察工作进行动员部署。
本轮巡察县委派出3个巡察组,采取“一托三”的方式对县委办、县人大办、县政府办、县财政局、县文旅局、县退役军人事务管理局、县人民医院、县疾控中心、县妇幼保健院,共9个县直单位党组织开展常规巡察。
……
据悉,本轮巡察自2020年7月下旬至10月上旬,预计60天。
""", {"unit": "", "units": ["县委办", "县人大办", "县政府办", "县财政局", "县文旅局", "县退役军人事务管理局", "县人民医院",
                          "县疾控中心", "县妇幼保健院"],
      "group": None, "term": 12, "round": 10, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://rcwkj.com/tbgg/p/3107.html (traditional script with pinyin in brackets and doubled commas, on a mirror
    # domain r7's health_system also comes from (another district's text): a district group mobilises at the education
    # and sports work committee: the unit is the committee the meeting names, written simplified; 10月22日 has no year and
    # a mobilisation day is no start)
    ("district_education_sports_committee_first_group_mobilisation_doubled_commas_pinyin_trad", "https://rcwkj.com/tbgg/p/3107.html", "noisy", """根據(jù)區(qū)委統(tǒng)一部署,10月22日上午,,區(qū)委第一巡察組巡察區(qū)委教育體育工委工作動(dòng)員會(huì)召開,。會(huì)前,,區(qū)委第一巡察組組長(zhǎng)沈倫主持召開與區(qū)教體局領(lǐng)導(dǎo)班子成員見面會(huì),。動(dòng)員會(huì)上,,區(qū)委第一巡察組組長(zhǎng)沈倫通報(bào)了本輪巡察的主要任務(wù)和總體安排,,……區(qū)委教育體育工委書記,、區(qū)教體局局長(zhǎng)許照龍主持會(huì)議并表態(tài)發(fā)言。……
""", {"unit": "区委教育体育工委", "group": "区委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://wxredian.com/art?id=d68ed67cffbf4e5609a0464e7ea3067f (a repost of a province's thirteenth committee's
    # sixth round entered, the province unnamed: term 13 and round 6; the counted counties and platforms are no units,
    # the one body named (省粮食和物资储备局党组, revisited) is the round's unit; 截至11月5日 has no year; twelve groups, no
    # group)
    ("provincial_thirteenth_term_sixth_round_entries_grain_bureau_revisit_repost", "https://wxredian.com/art?id=d68ed67cffbf4e5609a0464e7ea3067f", "rounds", """根据省委关于巡视工作统一部署,截至11月5日,十三届省委第六轮巡视的12个巡视组完成进驻工作。
……
省委第六轮巡视安排对19个县(市、区)开展常规巡视、7个国家级开放创新平台党工委开展专项巡视、省粮食和物资储备局党组开展巡视“回头看”。……
""", {"unit": "", "units": ["省粮食和物资储备局党组"], "group": None, "term": 13, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://nuevolink.com/newsInfo_57.html (a copy of a municipal infrastructure investment company's second committee's
    # fourth round deployed: term 2 (the committee's, 第二届党委) and round 4; the four bodies are the round's units; the
    # meeting's 7月21日 is no start; 为期2个月 gives no end; two groups, no group)
    ("jingtou_second_term_fourth_round_four_bodies", "http://nuevolink.com/newsInfo_57.html", "rounds", """7月21日上午,京投公司召开第二届党委第四轮巡察工作动员部署(视频)会。……
张宇同志对第四轮巡察工作的总体要求、巡察对象、监督重点和工作安排等进行了全面部署,……
公司党委第四轮巡察设立2个巡察组,对土地开发事业部、资产经营开发事业部、装备集团、基石租赁公司等4家党组织开展为期2个月的巡察工作。
""", {"unit": "", "units": ["土地开发事业部", "资产经营开发事业部", "装备集团", "基石租赁公司"], "group": None, "term": 2,
      "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.nfa5.com/yejie/202204/29248152.html (a webmaster site's copy of a city's 2022 round of crossed district
    # inspections entered: 一轮 is no numbered round; 56 district bodies are counted, none named; 截至4月26日 has no year
    # and the petitions' closing day (2022年6月21日) is no end; 28 groups, no group: expects nothing)
    ("shenzhen_2022_district_cross_round_entries_counted_copy", "https://www.nfa5.com/yejie/202204/29248152.html", "rounds", """深圳2022年区级交叉巡察完成进驻
晶报讯(记者 谢敏 通讯员 深纪宣)按照深圳市巡察工作统一部署,2022年组织开展一轮区级交叉巡察。截至4月26日,各交叉巡察组已完成进驻。
据了解,本轮区级交叉巡察由各区共组建28个交叉巡察组,按照异地交叉、避免互巡的原则,以“一托二”方式,对56个区直单位党组织开展巡察。现场巡察时间约为2个月,……受理信访时间截止到2022年6月21日。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.hbszrm.cn/p/25600.html (a county-level city's sixth committee's ninth round deployed: term 6 and round 9;
    # the six bodies and towns are the round's units, the 48 villages counted are none; the prefecture's tenth round
    # conveyed (六届荆州市委第十轮) is not scored; the excerpt is cut before a crossed round another committee runs; the
    # meeting's 9月17日 is no start; three groups, no group)
    ("songzi_sixth_term_ninth_round_six_bodies", "https://www.hbszrm.cn/p/25600.html", "rounds", """(记者 陈俊龙)9月17日,六届市委第九轮巡察工作动员部署会召开。会议……结合六届荆州市委第十轮巡察工作动员部署会要求,对市委第九轮巡察进行动员。
……
按照市委统一部署,六届市委第九轮巡察将组建3个常规巡察组,对市委编办、市侨联、市档案馆、纸厂河镇、老城镇、涴市镇等6家单位(乡镇)以及48个村(社区)党组织开展常规巡察。……
""", {"unit": "", "units": ["市委编办", "市侨联", "市档案馆", "纸厂河镇", "老城镇", "涴市镇"], "group": None, "term": 6,
      "round": 9, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://shantingqu.com/wz.php?nr=1170+ (a district information site's copy of a district's ninth committee's sixth
    # round deployed: term 9 and round 6; three towns (their 67 villages counted, none) and four district bodies are the
    # round's units; the meeting's 1月9日 is no start; five groups, no group)
    ("shanting_ninth_term_sixth_round_three_towns_four_bodies", "http://shantingqu.com/wz.php?nr=1170+", "rounds", """九届区委第六轮巡察工作动员部署会召开
发布时间:2024-01-10 17:14:39
   1月9日上午,九届区委第六轮巡察工作动员部署会召开。……
   经区委批准,九届区委第六轮巡察安排5个巡察组,对城头镇、水泉镇、西集镇等3个镇党委及所辖67个村级党组织,区司法局、区审计局、区文旅局、区气象服务中心等4个区直机关事业单位党组织开展常规巡察。(区委巡察办)
""", {"unit": "", "units": ["城头镇", "水泉镇", "西集镇", "区司法局", "区审计局", "区文旅局", "区气象服务中心"], "group": None,
      "term": 9, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.hljycjjjc.gov.cn/news/newsinfo/id/6925.html (a city's black soil protection special round entered "by
    # transfer" with three groups: no term or round named; the ten bodies are the round's units; the entry day 10月24日
    # is no start (the dated line is 2023, the day is the entries'); 30天左右 gives no end; the portal holds r12's
    # yichun_first_round_notice, a notice of another round in another template)
    ("yichun_black_soil_special_round_ten_bodies_2023", "http://www.hljycjjjc.gov.cn/news/newsinfo/id/6925.html", "rounds", """发布日期:2023-11-02 | 信息来源:本网
根据市委关于巡察工作的统一部署,10月24日,市委3个黑土地保护专项巡察组,采取“转段”方式完成进驻并召开动员部署会议。
本次专项巡察采取“一托N”的形式,对市自然资源局、市水务局、市农业农村局、铁力生态环境局、市发改局、市财政局、市公安局、市林草局、市交通局、市市场监督管理局10家党组织开展专项巡察。
……本次专项巡察工作时间为30天左右,……
""", {"unit": "", "units": ["市自然资源局", "市水务局", "市农业农村局", "铁力生态环境局", "市发改局", "市财政局", "市公安局",
                          "市林草局", "市交通局", "市市场监督管理局"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://sicmodule.glev.cn/news/4522.html (a copy of a city's tenth committee's fourth round entered, the city
    # unnamed: term 10 and round 4; the bodies are counted or named as an example before a count (市自然资源局等13个单位),
    # so the units are left unscored; 截至10月24日 has no year; thirteen groups, no group)
    ("city_tenth_term_fourth_round_entries_black_soil_linked_copy", "http://sicmodule.glev.cn/news/4522.html", "rounds", """根据市委关于巡察工作的统一部署
截至10月24日
十届市委第四轮巡察的13个巡察组
分别进驻被巡察单位
召开巡察进驻动员会
……
市委第四轮巡察统筹安排常规巡察、专项巡察和巡察“回头看”,巡察对象包括37个党组织。对教育系统、卫生健康系统、国有企业、市直部门等23个单位开展常规巡察,……对市自然资源局等13个单位开展黑土地保护利用专项巡视巡察上下联动,……对市卫生健康委员会开展巡察“回头看”,……
""", {"unit": "", "group": None, "term": 10, "round": 4, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://uwant2gogo.com/zwgk/zfdt/lpxw/content/post_568270.html (traditional script on another domain: a county's
    # fourteenth committee's fourth round with a business environment special round: term 14 and round 4; the ten
    # county bodies of the regular round are the round's units, written simplified, the teachers' centre with its bracket
    # full-width (settled 7); the special round's bodies, named with 等單位 and no count, are cut from the excerpt;
    # 2023年9月下旬至2023年12月下旬 gives no day; the meeting's 9月23日 is no start)
    ("lianping_fourteenth_term_fourth_round_ten_bodies_trad", "http://uwant2gogo.com/zwgk/zfdt/lpxw/content/post_568270.html", "noisy", """9月23日,十四屆縣委第四輪巡察暨優(yōu)化營商環(huán)境專項巡察動員部署會在縣文化活動中心召開。……對十四屆縣委第四輪巡察進行動員。
……
經縣委批準,本輪巡察派出5個常規(guī)巡察組對縣教育局、縣市場監(jiān)督管理局、縣統(tǒng)計局、縣林業(yè)局、縣工業(yè)園管委會、縣土地儲備中心、連平中學、附城中學、忠信中學、縣教師發(fā)展中心(縣職業(yè)技術學校、開放大學)共10個縣直單位黨組織(含下屬事業(yè)單位黨組織)開展常規(guī)巡察,……巡察時間為2023年9月下旬至2023年12月下旬。(來源:連平發(fā)布)
""", {"unit": "", "units": ["县教育局", "县市场监督管理局", "县统计局", "县林业局", "县工业园管委会", "县土地储备中心", "连平中学",
                          "附城中学", "忠信中学", "县教师发展中心（县职业技术学校、开放大学）"],
      "group": None, "term": 14, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://epaper.jzrb.com/rb/html/2018-03/27/content_473957.htm (a city paper's report of a district's ninth
    # committee's fourth round deployed: term 9 and round 4; the six bodies are the round's units, the streets'
    # 办事处 as written; the meeting's 3月23日 is no start; 从4月初开始 and 为期45天 give no day; three groups, no group)
    ("shanyang_ninth_term_fourth_round_six_bodies_2018", "http://epaper.jzrb.com/rb/html/2018-03/27/content_473957.htm", "rounds", """本报讯 3月23日,九届山阳区委召开第四轮巡察工作动员部署会,……对九届山阳区委第四轮巡察工作进行动员部署。……
据了解,区委3个巡察组从4月初开始,采取“一托二”的方式将对东方红街道办事处、定和街道办事处、区妇联、区项目服务中心、区工信委、区食药监管局6个单位开展巡察工作,为期45天。
""", {"unit": "", "units": ["东方红街道办事处", "定和街道办事处", "区妇联", "区项目服务中心", "区工信委", "区食药监管局"],
      "group": None, "term": 9, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.suitable-u.com/qgbmxxgkml/jw/fdzdgknr/ljlh/xsxc/bjxsxc/content/post_12096919.html (traditional script with
    # pinyin in brackets on another domain: a district's eighth committee's ninth round deployed: term 8 and round 9; the
    # list of bodies runs on with streets and their communities past the copy's cut, so the units are left unscored; the
    # meeting's 3月20日 is no start; no group)
    ("luohu_eighth_term_ninth_round_deployment_pinyin_trad", "http://m.suitable-u.com/qgbmxxgkml/jw/fdzdgknr/ljlh/xsxc/bjxsxc/content/post_12096919.html", "noisy", """3月20日,羅湖區(qū)召開八屆區(qū)委第九輪巡察動(dòng)員部署會(huì),……對(duì)八屆區(qū)委第九輪巡察工作進(jìn)行動(dòng)員部署。區(qū)委常委、區(qū)委組織部部長米勇同志宣布《八屆區(qū)委第九輪巡察組長授權(quán)任職及任務(wù)分工決定》。……
經(jīng)區(qū)委批準(zhǔn),本輪巡察對象為區(qū)委編辦、區(qū)發(fā)展改革局、區(qū)民政局、……
""", {"unit": "", "group": None, "term": 8, "round": 9, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.bjchy.gov.cn/dynamic/zwhd/8a24fe83639468fa01639567214f0013.html (a district's fourth round deployed,
    # 2018: round 4, no term named; the ten bodies of the special round are the round's units as written (a community and
    # two villages named with their street and townships); the meeting's 5月23日 is no start; seven groups, no group)
    ("chaoyang_fourth_round_ten_bodies_villages_communities_2018", "http://www.bjchy.gov.cn/dynamic/zwhd/8a24fe83639468fa01639567214f0013.html", "rounds", """朝阳区委第四轮巡察工作启动
日期:2018-05-25 来源:朝阳报
    5月23日,区委第四轮巡察工作动员部署会召开,……本轮在对处级单位进行巡察的同时,在全市率先启动对村和社区的专项巡察。……
    经区委批准,第四轮巡察共派出7个巡察组,将对朝阳区第三建筑集团公司、潘家园国际民间文化发展有限公司、建外街道永安里东社区、双井街道、宝嘉恒基础设施投资有限公司、黑庄户乡幺铺村、平房乡黄渠村、区旅游委、金朝阳商贸国有资产运营公司、世奥森林公园开发经营有限公司共10家单位党组织开展专项巡察。
""", {"unit": "", "units": ["朝阳区第三建筑集团公司", "潘家园国际民间文化发展有限公司", "建外街道永安里东社区", "双井街道",
                          "宝嘉恒基础设施投资有限公司", "黑庄户乡幺铺村", "平房乡黄渠村", "区旅游委", "金朝阳商贸国有资产运营公司",
                          "世奥森林公园开发经营有限公司"],
      "group": None, "term": None, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://bbs.xinwushan.cn/T-2604793-1.html (a county forum's copy: a county group's mobilisations at a town and an
    # ethnic township: the group is the county's; the two bodies it inspects are the units (a unit of "" as r11's and r12's
    # two-body mobilisations read); the central round conveyed (十九届中央第三轮巡视) is not scored; 4月10日 has no year;
    # 预期2个月 gives no end)
    ("wushan_fourth_group_town_and_township_mobilisations_forum_copy", "https://bbs.xinwushan.cn/T-2604793-1.html", "news", """4月10日,县委第四巡察组巡察铜鼓镇、红椿土家族乡工作动员会分别召开。会议传达学习了全国巡视工作会暨十九届中央第三轮巡视动员部署会议精神,播放了巡视巡察纪律解读视频短片,安排部署本次巡察相关工作。
……
据悉,县委第四巡察组将对铜鼓镇、红椿土家族乡开展预期2个月的巡察,……
""", {"unit": "", "units": ["铜鼓镇", "红椿土家族乡"], "group": "县委第四巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
]
