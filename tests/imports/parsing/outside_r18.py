"""Outside texts of batch r18 (issue 14), held out: collected with the search tool from public pages that are in no
earlier batch (each address checked against every outside batch, r17 included, test_outside_documents.py and the
seeds, with and without www./m./mip. and with and without its query string; every text compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r18.py`: no address is shared, the four texts that share a
template, or a portal or central round, with an earlier batch are named in SHARES_TEMPLATE below, the rest share
official formulas only (the longest shared run 59 characters, inside a SHARES_TEMPLATE text; several progress bodies and
feedbacks share formulas with the seeds, 巡察中发现了一些问题,主要是 and the like). Their fields are written down by reading
only. The importer was not run on them while they were collected, no test or bench that runs it was run, and the
collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, extract and score, the README and the briefs); the integrator runs them once, and that run is the honest
figure for unseen texts.

Sources. All 96 texts from the search tool's "pages" corpus, each with its address. The "code" corpus gave one
university news post kept in a GitHub repository (greeedyboy/hugowebs), dropped: its text is an earlier batch's
nankai_central_rectification_visit. find_string over GitHub files for 现将巡察整改进展情况予以公布, 巡察组向 and 巡视整改进展情况 found only data files of
other projects (lists of titles with no text). The corpus is exhausted for the usual
phrasings: of about 330 candidate addresses checked, about 200 were earlier batches' (not counted exactly; whole
queries such as 卫生健康委 / 妇联 / 科协 progress returned nothing new). Place names opened little this time; kinds of unit
did: centres for disease control, hospitals of Chinese medicine, vocational colleges and schools, CPPCC and congress
offices, federations of trade unions and of social sciences, administrative approval bureaus, water bodies (a river
commission, a ministry's bureau, a water resources bureau), grain and religious affairs administrations, newspaper and
transport groups, police branches, a sports administration, an offices administration centre. Dropped after reading: a
Shanghai meteorological bureau's mobilisation (its address was an earlier batch's), two Hebei look-back progress reports
of 2021 (the round and template of r17's hengshui), a Zhenba approval bureau's progress (the portal and round of r15's
zhenba_housing), a Xiangcheng transport group's feedback (an earlier batch's address with another query string), a
Dongying disease control feedback (a portal with seven earlier texts), the central 2015 and 2023 round notices (events
earlier batches hold), a central CPPCC progress of the 19th term's sixth round (r17's hubei round), a generated Q&A on a
provincial group, a prison procuratorate paper and pages naming no inspection at all. Provinces: Henan, Jiangsu,
Heilongjiang, Inner Mongolia, Hebei, Anhui, Shaanxi, Gansu, Hunan, Hubei, Guangdong, Fujian, Zhejiang, Chongqing,
Yunnan, Shandong, Jilin, Liaoning, Qinghai, Hainan, and central bodies (a sports, a religious affairs and a health
administration, a water ministry, the youth league); years 2014 to 2026.

Families and counts (96 texts, 4 in SHARES_TEMPLATE). progress 15 (with their title line:
zhumadian_development_zone_progress (as a city paper printed it), zaozhuang_cppcc_offices_ninth_round_progress,
luoyang_trade_unions_progress, religious_affairs_administration_central_progress_copy,
haizhou_administrative_approval_bureau_progress, zaozhuang_social_sciences_third_round_progress,
licheng_social_sciences_progress; bodies without one: muye_district_provincial_progress,
yancheng_disease_control_centre_progress, yunan_schools_special_inspection_education_bureau_progress,
sports_administration_central_mobile_inspection_progress_fan_copy, huaian_chinese_medicine_hospital_progress,
city_cppcc_offices_progress (SHARES_TEMPLATE), linxiang_congress_offices_progress,
youth_league_central_inspection_progress_copy (SHARES_TEMPLATE)); news 41 (feedbacks, mobilisations, rectification
meetings and features: panjin_vocational_college_feedback, suzhou_vocational_university_feedback,
wujin_offices_administration_rectification_meeting, suihua_committee_provincial_feedback,
changwu_town_crossed_inspection_mobilisation, hohhot_work_safety_special_inspection_notice,
sanmenxia_demonstration_zone_village_look_back, guoziyuan_villages_inspection_audit_mobilisation,
wenxian_disease_control_centre_feedback, zhuzhou_disease_control_centre_tenth_round_feedback,
hunan_disease_control_centre_commission_round_hearing, guangzhou_newspaper_group_feedback,
ankang_water_resources_bureau_mobilisation, shimen_town_reservoir_feature,
tongcheng_education_bureau_school_meals_mobilisation, wuhu_jinghu_police_branch_special_mobilisation,
sports_administration_central_special_feedback_2014, yiyang_experimental_primary_school_education_inspection_feedback,
luohe_stationed_group_police_inspections_support, luohe_xicheng_first_round_village_well_feature,
ejina_banner_cppcc_offices_feedback, hunan_cppcc_offices_rectification_life_meeting,
henan_cppcc_offices_tenth_round_preparation, henan_social_sciences_provincial_mobilisation; no party inspection:
changle_maternal_health_supervision_appraisal, zibo_theme_education_guidance_group_hospital,
jilin_health_commission_party_building_check, fengjie_environmental_supervision_follow_up,
xihu_environmental_supervision_plan_check, university_youth_league_fourth_round_checks (a league's 第四轮巡查),
jingning_ethnic_funds_religious_sites_check, yulin_administrative_approval_special_check,
bozhou_archives_law_enforcement_check, zhonglou_office_space_check, changzhou_stationed_group_three_items_check,
zalaite_forest_supervision_look_back_check, zhangye_forestry_interview_supervision,
qinghai_disabled_federation_research_visit, hohhot_meteorological_flood_season_check,
xiuzhou_campaign_rectification_check, yicheng_grain_stock_look_back_supervision); rounds 15 (unit lists:
hebei_ninth_term_first_round_launch_copy (10 units, list cut), xuancheng_health_three_bodies_mobilisation,
health_commission_eight_bodies_look_back, yellow_river_commission_third_round_launch (cut after one),
water_ministry_bureau_second_round_two_centres, water_ministry_eighth_round_hearing_copy (7 units, one with its
included body), inner_mongolia_grain_special_inspection_entered (SHARES_TEMPLATE),
licheng_fourteen_villages_election_special_round (14 villages); no unit named or counts only:
anyang_twelfth_term_fourth_round_mobilisation, ordos_fifth_term_ninth_round_entered,
health_commission_second_round_after_congress, sports_administration_2022_inspection_launch_repost,
fengxian_village_inspection_method, hanshan_rectification_chain_feature, funing_rectification_mechanisms_feature);
audit 2 (zhenjiang_audit_rectification_urging_letters, city_audit_case_quality_check_caption: an audit office's news,
expecting nothing, as r17's zaozhuang audit survey; no audit rectification report new to the set was found); noisy 23
(traditional script: zhangjiakou_eleventh_term_sixth_round_trad, suihua_2025_inspections_review_trad,
shiping_village_branch_water_feature_trad, juye_fifteenth_term_third_round_trad, water_group_work_safety_check_trad,
xiangcheng_rural_water_supervision_trad, district_propaganda_department_mobilisation_trad,
central_environmental_supervision_feature_trad, environmental_supervision_look_back_four_provinces_spam_trad (under a
spam header); starred-out digits: horqin_left_rear_forest_chief_special_progress_starred (traditional); pinyin in
brackets: hebei_tenth_term_third_round_places_pinyin (inside the names too), luxi_broadcasting_safety_check_pinyin,
xiaoshan_grain_stock_supervision_pinyin, theme_education_guidance_group_railway_visit_pinyin,
city_chinese_medicine_hospital_progress_pinyin, water_investment_key_works_supervision_pinyin,
gansu_trade_unions_provincial_progress_pinyin, baotou_social_sciences_societies_research_pinyin; run-together date:
xiuyu_service_centre_crossed_special_progress_runtogether (75日); betting, lottery and document sites:
agricultural_academy_inspection_mobilisation_betting_copy (a betting site's name put where the academy's stood),
transport_holding_group_feedback_betting_copy (SHARES_TEMPLATE), haikou_environmental_supervision_cases_lottery_copy,
environmental_look_back_progress_list_doc_site). Progress bodies are 15 (19 with the starred, two pinyin and the
run-together reports among the noisy; 13 measured outside SHARES_TEMPLATE, 17 with the noisy ones); round lists with
units named are 8 among the rounds and 2 among the noisy copies (hebei_tenth, juye).

Fields read: 284 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 583
absence checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field); 264 fields
and 570 absence checks outside SHARES_TEMPLATE. By family: progress 89 fields and 34 absence checks, news 62 and 283,
rounds 76 and 94, audit 0 and 18, noisy 57 and 154. Figures read: problems 6, measures 3, completed 3,
rules_established 2, funds_recovered 1, long_term 1, clues_transferred 1, in_progress 1; problems counted as items: 3
(panjin 6, suzhou_vocational 6, transport_holding 4), each a list split by semicolons after 主要是; lists of findings
ending in 等问题 are left unscored.

Reading conventions (those written in outside_r17.py's docstring and in outside_set.py's "Settled conventions",
conventions 7 and 8 of conventions-r18.md followed exactly): a day without a year gives no date unless the text or the
page's dated line gives its year (yiyang's 10月10日 under 发布时间:2017-10-11 is 2017-10-10; suihua's 3月2日 in a paper
whose date is only in the address gives none); a feedback day without a year takes the year that puts it after the
visit's end (settled 1: zhumadian 9月24日 2024, yancheng 11月14日 2023, suzhou_vocational 11月8日 2023, zaozhuang_cppcc
8月13日 2025, luoyang 11月3日 2023, zaozhuang_social_sciences 3月3日 2023, city_chinese_medicine 9月27日 2023, gansu trade
unions 11月16日 2020, muye 12月26日 2024); whole months give the period (yunan 2023年12月至2024年2月 as the pinned qinzhou),
parts of months are not scored (hebei_ninth); a round or term named in a progress report's title is the text's
(zaozhuang_cppcc, zaozhuang_social_sciences), and so is a round whose report the superior heard
(听取…第六轮巡视情况综合汇报; 听取中央第九轮专项巡视汇报), as the pinned shangrao reads it; a round heard before a new
round's entry (inner_mongolia_grain) or studied from a superior's meeting (sports_2022) is no round of the text; two
rounds named together give none (suihua_2025, hanshan, luohe_stationed); problems counted at two or three levels give the
finest (settled 4: 4个方面7项具体问题涉及的17个细化问题 17, 3个方面6项共11个问题 11, 4个方面35个问题 35, 六个方面25个问题 25); clues
handed over without a count give no figure (settled 6 needs a count); a bracketed second name or included body is kept
as written, full-width (settled 7: 建安中心（含水利工程协会）, 广州日报报业集团（广州传媒控股有限公司）党委); places in a round's list
are units as written (settled 8: 石家庄市新华区, 井陉矿区, …, 张家口市崇礼区; villages with their town named once before the
first), while a progress report about one place visited (muye) leaves the unit unscored, as r17 did, having no title
whose body it could keep; a progress report's unit is the visit's (开发区党工委, 市政协机关, 海州区行政审批局, 省总党组); a feedback's
own title (《关于巡察区级机关后勤管理服务中心党组的反馈意见》) names its unit; a group is written as the text writes it, with
its owner's place or kind (绥化市委第七巡察组, 石门县委第三巡察组, 市委第五专项巡察组, 市委县区交叉巡察五组,
城乡一体化示范区党工委第二巡察组, 市委巡察二组); one group for several units, four groups and a group named only in a plan's
title are not scored; counted bodies are no units; towns named for their villages (3镇所辖45个村级党组织) are no units;
offices whose 党组 is said once with a count are written without it, as the pinned jiangcheng reads 县自然资源局等3个部门党组;
checks, 督查, 督察, 督导, 考核, 调研, 巡回指导组, 巡查 of a league and discipline groups' supervision are no party
inspection: no group, no dates, no units, no problems, no figures; 立行立改问题 and problems solved for the people are no
findings; meetings, instructions, people trained and sites checked are no figure.

What I was unsure of, and how I read it: zhumadian's 挽回经济损失162.99万元 (told of a campaign against petty corruption
during the rectification) is read as funds recovered, its 退还群众财物52.38万元 not; yancheng's 30 problems 已完成(含基本完成)
are read as completed, its 11 仍需长期整改 as long_term, its 89 measures done as no second completed figure, and its unit
(中心党委, named in full only in a plan's title) is not scored; wenxian's unit is not scored (向县疾控中心反馈 beside
疾控中心党支部 without the county: settled 5 has no fuller name to take); the Hunan commission's own group
(省卫生健康委第一巡察组 in the text, 湖南省卫生健康委党组第二轮巡察第一巡察组 in the headline) is not scored, since the set's notation for a commission's own group in a news text is not
settled; hunan_cppcc's group is the provincial group whose leader attended the rectification meeting; the youth league's 27
measures done at once are not read as completed (measures, not problems); xiuyu's personnel handled (诫勉谈话8人次,
立案查处1人次…) were cut from the excerpt rather than read under one of several metrics; guangzhou's unit keeps its bracket
though it is a single unit of news (convention 7 speaks of lists; the set writes every bracket full-width);
water_ministry_eighth's totals over 28 bodies (问题343个, 问题线索155条) are read as a summary's figures beside the round's
seven units, as r17 read term totals; qinghai_disabled's provincial group whose earlier feedback the research visit
refers to is no group of the text; hebei_tenth's and hebei_ninth's lists are cut by the collector after eight and ten
names; the Inner Mongolia grain special round's term is not scored. Fewer progress bodies were found than r17's
(15 against 18): the corpus gave almost no new ones under the usual phrasings.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a regional paper's entry news in the template of r8's neimenggu_ninth (the same portal, another round)
    "inner_mongolia_grain_special_inspection_entered",
    # a city's feedback news in the template of r11's lianyungang_transport_feedback (another round), copied on a
    # betting site's path
    "transport_holding_group_feedback_betting_copy",
    # a county-level city's progress body in the template of r11's jinjiang_media_progress (the same portal, the next
    # round)
    "city_cppcc_offices_progress",
    # a central body's report on the central round of r10's spp_central_progress (十九届中央第四轮), copied on an
    # entertainment domain
    "youth_league_central_inspection_progress_copy",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R18 = [
    # --- progress reports (bodies with and without their title line) -------------------------------------------------
    # http://zmdrb.zmdnews.cn/zmdrb/20250418/html/content_20250418003001.htm (a development zone's working committee
    # reports on a city round, as the city paper printed it under its title: the unit is the visit's name (开发区党工委),
    # as r17's quzhou reads a short name beside the title's full one; 9月24日 takes 2024 (settled 1); 建章立制20项 the rules;
    # 挽回经济损失162.99万元 the funds recovered (in 万元, as the set writes them); five meetings, four pushes, five studies,
    # 11 campaigns, 23 livelihood problems solved and 52.38万元 returned to the people are no figure)
    ("zhumadian_development_zone_progress", "http://zmdrb.zmdnews.cn/zmdrb/20250418/html/content_20250418003001.htm", "progress", """中共驻马店经济开发区工作委员会关于市委巡察反馈意见整改进展情况的通报
  按照市委统一部署,2024年7月5日至8月20日,市委第六巡察组对开发区党工委开展了巡察,9月24日反馈了巡察意见。集中整改期间,开发区党工委先后召开5次党工委会、4次专题推进会,组织5次专题学习,开展11项专项治理,建章立制20项,解决民生领域突出问题23项,通过群腐整治挽回经济损失162.99万元,退还群众财物折合金额52.38万元,巡察整改工作取得了阶段性成效。根据有关规定,现将巡察整改情况予以公布。
  一、学习贯彻党的二十大精神和习近平总书记重要讲话精神不够系统深入,推动高质量发展成效不明显方面问题整改情况
……
""", {"unit": "开发区党工委", "group": "市委第六巡察组", "term": None, "round": None, "start": date(2024, 7, 5),
      "end": date(2024, 8, 20), "feedback_date": date(2024, 9, 24),
      "figures": [("rules_established", 20), ("funds_recovered", 162.99)]}),
    # http://xxmyq.gov.cn/sitesources/myqzf/page_pc/gggs/article85444df749604916aebf8964e986636b.html (a district's
    # report body on a provincial inspection, without its title: the visit names the place (对牧野区开展), left unscored
    # as r17 left its places visited; 12月26日 takes 2024 (settled 1); 12 meetings are no figure)
    ("muye_district_provincial_progress", "http://xxmyq.gov.cn/sitesources/myqzf/page_pc/gggs/article85444df749604916aebf8964e986636b.html", "progress", """根据省委统一部署,2024年7月29日至9月29日,省委第十二巡视组对牧野区开展了常规巡视。12月26日,省委第十二巡视组向牧野区反馈了巡视意见。按照《中国共产党巡视工作条例》等有关规定,现将巡视整改情况予以公布。
一、组织巡视整改工作情况
……(一)提高政治站位,高位推进抓整改。收到省委巡视反馈意见后,牧野区委立即安排部署,……成立以区委书记任组长的省委第十二巡视组反馈意见整改落实工作领导小组,高位推动、高效落实整改任务。集中整改期内,相继召开区委常委会会议、书记专题会、推进会12次,研究巡视整改重点事项,……
""", {"group": "省委第十二巡视组", "term": None, "round": None, "start": date(2024, 7, 29), "end": date(2024, 9, 29),
      "feedback_date": date(2024, 12, 26), "figures": []}),
    # http://wsj.yancheng.gov.cn/art/2024/7/25/art_2582_4216164.html (a city centre for disease control reports on a
    # city round, body without its title: the visit names the body short (中心党委), its full name only in a plan's
    # title, so the unit is not scored; 11月14日 takes 2023 (settled 1); 41个问题 the problems, 30 completed (含基本完成), 11
    # long-term (仍需长期整改), 109 measures and 24 rules; the 89 measures completed beside the problems are not a second
    # completed figure, as r17's suzhou_justice reads measures done beside problems)
    ("yancheng_disease_control_centre_progress", "http://wsj.yancheng.gov.cn/art/2024/7/25/art_2582_4216164.html", "progress", """根据市委统一部署,2023年7月3日至9月10日,市委第四巡察组对中心党委进行了巡察。11月14日,市委巡察组向中心党委反馈了巡察意见。根据党务公开原则和巡察工作有关要求,现将整改进展情况予以公布。 一、整改工作组织领导情况 中心党委切实履行巡察整改主体责任,及时成立巡察整改领导小组,……研究制定《中共盐城市疾病预防控制中心委员会关于市委巡察反馈意见整改方案》,全面开展整改工作,坚持即知即改、真改实改、彻底整改。巡察反馈的41个问题中共30个问题已完成(含基本完成)整改,仍需长期整改11个;制定的整改措施共计109条、已完成(含基本完成)整改措施89条,修改完善制度24项。 二、整改进展情况及成效 ……
""", {"group": "市委第四巡察组", "term": None, "round": None, "start": date(2023, 7, 3), "end": date(2023, 9, 10),
      "feedback_date": date(2023, 11, 14),
      "figures": [("problems", 41), ("completed", 30), ("long_term", 11), ("measures", 109),
                  ("rules_established", 24)]}),
    # https://www.yunan.gov.cn/yfyajyj/gkmlpt/content/1/1939/post_1939919.html (a district education bureau's report on
    # a special inspection of its schools by four groups: whole months give the period (2023-12-01 to 2024-02-29, as the
    # pinned qinzhou reads 2020年10月至2021年1月); four groups are no group; the feedback went to the bureau's party group
    # and the schools together, so the unit is not scored)
    ("yunan_schools_special_inspection_education_bureau_progress", "https://www.yunan.gov.cn/yfyajyj/gkmlpt/content/1/1939/post_1939919.html", "progress", """根据区委统一部署,2023年12月至2024年2月,区委4个巡察组对云安区义务教育阶段公立中小学(幼儿园)进行了专项巡察。2024年6月18日,巡察组向我局党组和各中小学校党组织反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、党组及主要负责人组织落实整改情况
……(二)压实政治责任抓整改。我局党组坚决扛起巡察整改主体责任,成立巡察整改工作领导小组及办公室。……制定了《中共云浮市云安区教育局党组关于区委巡察反馈意见的整改方案》,形成完整清晰的问题清单、任务清单、责任清单。
""", {"group": None, "term": None, "round": None, "start": date(2023, 12, 1), "end": date(2024, 2, 29),
      "feedback_date": date(2024, 6, 18), "figures": []}),
    # https://82.am/guozu/vWYvyBNaKX.html (a national administration's report on a central mobile inspection, copied on
    # a football fan site that kept only the parts about the football association, with its own heading markup as
    # found: the unit as the visit writes it (体育总局党组); no count)
    ("sports_administration_central_mobile_inspection_progress_fan_copy", "https://82.am/guozu/vWYvyBNaKX.html", "progress", """根据党中央统一部署,2023年4月7日至6月5日,中央第十五巡视组对体育总局党组开展了机动巡视。2023年9月20日,中央巡视组向体育总局党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布,与中国足协相关内容如下:
【类型:dqd-Title-t2-s1 | 标号:no | 标题:党组履行巡视整改主体责任情况】
坚持发扬斗争精神抓整改,敢于较真碰硬解决问题。……调整组建新一届中国足协班子,……
【类型:dqd-Title-t2-s1 | 标号:no | 标题:巡视反馈重点问题整改落实情况】
……
""", {"unit": "体育总局党组", "group": "中央第十五巡视组", "term": None, "round": None, "start": date(2023, 4, 7),
      "end": date(2023, 6, 5), "feedback_date": date(2023, 9, 20), "figures": []}),
    # http://jw.huaian.gov.cn/col/17277_632773/art/17329824/1734072925551ONrabTlu.html (a city hospital of Chinese
    # medicine reports on a city round, body without its title: 共计18个问题已整改完成 the completed count; no total stated in
    # the excerpt; rankings and percentages of the hospital are no figure)
    ("huaian_chinese_medicine_hospital_progress", "http://jw.huaian.gov.cn/col/17277_632773/art/17329824/1734072925551ONrabTlu.html", "progress", """根据市委统一部署,2023年10月30日至12月29日,市委第二巡察组对淮安市中医院党委进行了巡察。2024年1月25日,市委巡察组向淮安市中医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
一、已整改完成的问题
针对巡察反馈意见指出的需要整改的问题,真改实改,截至目前,共计18个问题已整改完成。
1.关于“医院高质量发展成效不显”问题的整改。
整改结果:已整改完成。
整改成效:(1)经2024年初国家卫健委公布,2022年我院在全国568所三级中医综合医院中排名第135位,较上年提升38名,……
""", {"unit": "淮安市中医院党委", "group": "市委第二巡察组", "term": None, "round": None, "start": date(2023, 10, 30),
      "end": date(2023, 12, 29), "feedback_date": date(2024, 1, 25), "figures": [("completed", 18)]}),
    # http://www.jjcdi.gov.cn/content/2025-11/28/content_9202320.htm (a city CPPCC's offices report on a city round, body
    # without its title: the unit as the visit writes it (市政协机关); the group as written (市委巡察二组); meetings counted are
    # no figure; the 6月4日 and 7月4日 meetings are no field)
    ("city_cppcc_offices_progress", "http://www.jjcdi.gov.cn/content/2025-11/28/content_9202320.htm", "progress", """根据市委巡察工作统一部署,2025年2月26日至3月31日,市委巡察二组对市政协机关开展了巡察,并于2025年6月4日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、对巡察整改的组织领导情况
……6月4日,市政协机关召开会议,组织学习巡察反馈意见精神,研究部署巡察整改工作,……7月4日,市政协机关召开巡察整改专题组织生活会,……集中整改期间,市政协机关组织科级干部列席市政协党组理论学习中心组学习(扩大)会议6次,……
""", {"unit": "市政协机关", "group": "市委巡察二组", "term": None, "round": None, "start": date(2025, 2, 26),
      "end": date(2025, 3, 31), "feedback_date": date(2025, 6, 4), "figures": []}),
    # http://www.zzzx.gov.cn/tzgg/202601/t20260114_2230960.html (a city CPPCC offices' party group reports on a city
    # round under its title: term 12, round 9 from the title (十二届市委第九轮巡察); 8月13日 takes 2025 (settled 1); no
    # count in the excerpt)
    ("zaozhuang_cppcc_offices_ninth_round_progress", "http://www.zzzx.gov.cn/tzgg/202601/t20260114_2230960.html", "progress", """中共枣庄市政协机关党组关于十二届市委
第九轮巡察集中整改进展情况的通报
根据市委统一部署,2025年3月26日至6月26日,市委第一巡察组对市政协机关党组开展了常规巡察。8月13日,市委巡察组向市政协机关党组反馈了巡察意见。按照巡察工作有关要求,现将巡察集中整改进展情况予以公布。
一、整改工作基本情况
……召开巡察整改专题民主生活会,深入对照检查,……
""", {"unit": "市政协机关党组", "group": "市委第一巡察组", "term": 12, "round": 9, "start": date(2025, 3, 26),
      "end": date(2025, 6, 26), "feedback_date": date(2025, 8, 13), "figures": []}),
    # https://www.linxiang.gov.cn/24733/24759/67922/content_2358780.html (a county-level city's congress offices report
    # on a city round, body without its title: problems counted at three levels (4个方面7项具体问题涉及的17个细化问题) give the
    # finest, 17 (settled convention 4); meetings counted are no figure)
    ("linxiang_congress_offices_progress", "https://www.linxiang.gov.cn/24733/24759/67922/content_2358780.html", "progress", """根据市委统一部署,2025年3月13日至5月12日,市委第一巡察组对市人大机关进行了巡察。2025年7月3日,市委巡察组向市人大机关反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、组织整改落实情况
……先后召开专题学习会6次,……整改期间召开动员大会1次、专题推进会6次、专题民主生活会1次,……针对反馈的4个方面7项具体问题涉及的17个细化问题,逐一明确责任领导、责任单位和整改时限,……
""", {"unit": "市人大机关", "group": "市委第一巡察组", "term": None, "round": None, "start": date(2025, 3, 13),
      "end": date(2025, 5, 12), "feedback_date": date(2025, 7, 3), "figures": [("problems", 17)]}),
    # https://www.lygh.org/wlhzgfwb/13561.jhtml (a city federation of trade unions' party group reports under its title:
    # 11月3日 takes 2023 (settled 1); 六个方面25个问题 the problems; the unit as the visit writes it; the 11月8日 and 11月10日
    # meetings are no field)
    ("luoyang_trade_unions_progress", "https://www.lygh.org/wlhzgfwb/13561.jhtml", "progress", """中共洛阳市总工会党组 关于落实市委巡察组反馈意见整改情况的通报
作者:本站编辑 来源:本站原创 发布时间:2024-06-25 15:54:14 点击数:494
根据市委巡察工作统一部署,市委第五巡察组于2023年7月18日至8月31日对市总工会党组(以下简称“党组”)开展了常规巡察,并于11月3日向党组反馈了六个方面25个问题。针对反馈意见,党组高度重视,迅速安排部署,细化任务分工,压实整改责任,扎实推进整改。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
……党组书记认真履行巡察整改第一责任人责任,2023年11月8日,召开巡察整改专题会议,……11月10日召开巡察整改动员大会,……
""", {"unit": "市总工会党组", "group": "市委第五巡察组", "term": None, "round": None, "start": date(2023, 7, 18),
      "end": date(2023, 8, 31), "feedback_date": date(2023, 11, 3), "figures": [("problems", 25)]}),
    # http://m.xcgcinfo.com/gn/32706.html (a national religious affairs administration's party group reports on a
    # central inspection of 2016, copied on an unrelated domain: round 9 from the report heard (在听取中央第九轮专项巡视汇报时的
    # 重要讲话精神), as the pinned shangrao reads a heard round; no term stated)
    ("religious_affairs_administration_central_progress_copy", "http://m.xcgcinfo.com/gn/32706.html", "progress", """中共国家宗教事务局党组关于巡视整改情况的通报
按照中央统一部署,2016年2月27日至4月27日,中央第十巡视组对国家宗教事务局党组进行了巡视。2016年6月6日,中央第十巡视组向国家宗教事务局党组反馈了巡视意见。根据《中国共产党巡视工作条例》有关规定,现将巡视整改情况予以公布。
一、坚决落实中央政治巡视要求
(一)统一思想认识,明确整改要求
中央巡视组反馈意见当天,局党组立即召开会议,深入学习领会习近平总书记在听取中央第九轮专项巡视汇报时的重要讲话精神,……6月14日,召开全局党员干部大会,对巡视整改……
""", {"unit": "国家宗教事务局党组", "group": "中央第十巡视组", "term": None, "round": 9, "start": date(2016, 2, 27),
      "end": date(2016, 4, 27), "feedback_date": date(2016, 6, 6), "figures": []}),
    # http://uqyw.com/yule/2193824.html (the youth league's central secretariat reports on a central inspection, copied
    # on an entertainment domain: 92项整改措施 the measures; the 27 measures done at once, the 65 under way, the 51 with
    # effect and the 76 of 90 special-check tasks are measures' and checks' counts, no figure; the round (十九届中央第四轮)
    # is not named in the excerpt; listed in SHARES_TEMPLATE: the same central round as r10's spp_central_progress)
    ("youth_league_central_inspection_progress_copy", "http://uqyw.com/yule/2193824.html", "progress", """根据党中央统一部署,2019年9月9日至11月25日,中央第三巡视组对共青团中央开展了常规巡视。2020年1月6日,中央巡视组正式向团中央反馈了巡视意见。……截至9月底,92项整改措施中,需要立行立改的27项已全部整改到位,需要久久为功的65项已全部作出部署、正在有序推进,其中51项工作已取得阶段性成效。3个专项检查整改共90项任务已完成76项,……按照巡视工作有关要求,现将具体情况通报如下。
""", {"unit": "共青团中央", "group": "中央第三巡视组", "term": None, "round": None, "start": date(2019, 9, 9),
      "end": date(2019, 11, 25), "feedback_date": date(2020, 1, 6), "figures": [("measures", 92)]}),
    # http://www.qfhz.gov.cn/html/ggtz/3864.html (a district administrative approval bureau's party organisation reports
    # under its title: the unit as the visit writes it (海州区行政审批局); no count in the excerpt)
    ("haizhou_administrative_approval_bureau_progress", "http://www.qfhz.gov.cn/html/ggtz/3864.html", "progress", """海州区行政审批局党组织关于巡察整改情况的通报
来源:本站原创 发布时间:2022年08月04日
  根据统一部署,2021年12月10日至2022年1月20日,区委第一巡察组对海州区行政审批局进行了巡察,2022年4月14日,巡察组向海州区行政审批局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
  一、整改工作组织情况
  ……局党组还组织开展了巡察整改专题民主生活会,深入查找思想根源,夯实整改责任。……
""", {"unit": "海州区行政审批局", "group": "区委第一巡察组", "term": None, "round": None, "start": date(2021, 12, 10),
      "end": date(2022, 1, 20), "feedback_date": date(2022, 4, 14), "figures": []}),
    # http://www.zzskw.cn/skzx/202308/t20230809_1736038.html (a city federation of social sciences' party group reports
    # under its title: term 12, round 3 from the title; 3月3日 takes 2023 (settled 1); the 9 meetings and 6 instructions are
    # no figure)
    ("zaozhuang_social_sciences_third_round_progress", "http://www.zzskw.cn/skzx/202308/t20230809_1736038.html", "progress", """中共枣庄市社会科学界联合会党组关于十二届市委第三轮巡察整改进展情况的通报
时间: 2023-08-09 来源:
根据市委统一部署,2022年11月18日至2023年1月18日,市委第五巡察组对市社科联党组开展了常规巡察。3月3日,市委巡察组向市社科联党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
……党组主要负责同志切实履行第一责任人责任,主持召开党组会议、专题会议研究整改9次,作出批示6次,……
""", {"unit": "市社科联党组", "group": "市委第五巡察组", "term": 12, "round": 3, "start": date(2022, 11, 18),
      "end": date(2023, 1, 18), "feedback_date": date(2023, 3, 3), "figures": []}),
    # http://www.lccdi.gov.cn/content/2024-09/19/content_9073855.htm (a district federation of social sciences reports
    # under its title: 3个方面6项共11个问题 gives the finest count, 11 (settled convention 4); 整改措施14条 the measures; two
    # meetings are no figure)
    ("licheng_social_sciences_progress", "http://www.lccdi.gov.cn/content/2024-09/19/content_9073855.htm", "progress", """鲤城区社会科学界联合会关于巡察整改情况的通报
来源:鲤城区社会科学界联合会 发布时间:2024-09-19 17:46
根据区委巡察工作统一部署,2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
……先后组织召开2次会议,向全体干部职工传达巡察反馈意见,……对巡察反馈的3个方面6项共11个问题,制定有针对性和可操作性的整改措施14条,建立整改任务清单台账,……
""", {"unit": "区社科联", "group": "区委巡察二组", "term": None, "round": None, "start": date(2024, 1, 4),
      "end": date(2024, 2, 2), "feedback_date": date(2024, 3, 18), "figures": [("problems", 11), ("measures", 14)]}),
    # --- news: feedbacks, mobilisations, rectification meetings -------------------------------------------------------
    # https://news.pjzy.net.cn/info/1002/3089.htm (a city group's feedback to a vocational college: six findings after
    # 主要是, split by semicolons; the college's earlier inspection (自2018年4月市委巡察以来) gives no start)
    ("panjin_vocational_college_feedback", "https://news.pjzy.net.cn/info/1002/3089.htm", "news", """根据市委巡察工作领导小组的部署,2025年8月14日,市委第二巡察组向盘锦职业技术学院党委反馈巡察情况。市委巡察组组长马贺钢向学院党委传达了市委和市委巡察工作领导小组关于巡察整改的要求,向学院党委领导班子反馈了巡察意见。学院党委书记王首中主持会议并作表态发言。
马贺钢在反馈时指出,盘锦职业技术学院党委自2018年4月市委巡察以来,能够坚持以习近平新时代中国特色社会主义思想为指导,……巡察中,巡察组发现和干部群众反映了一些问题,主要是:学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神不够深入,落实党中央重大决策部署及省、市委工作要求有差距;贯彻党的教育方针、强化思想教育等核心职能履行有差距;深化教育改革、推动高质量发展有短板;落实全面从严治党战略部署有差距,正风肃纪不够有力;贯彻落实新时代党的组织路线不扎实,选人用人和基层党建工作存在薄弱环节;巡察反馈问题整改不彻底。
马贺钢提出了四点意见建议。一是坚持以习近平新时代中国特色社会主义思想为指导,强化政治担当;二是坚持认真落实全面从严治党要求,强化主体责任;……
""", {"unit": "盘锦职业技术学院党委", "group": "市委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2025, 8, 14), "problems": 6, "figures": []}),
    # https://www.jssvc.edu.cn/xww/xxyw/202311/t20231117_265695.shtml (a city group's feedback to a vocational
    # university: 11月8日 takes 2023 (settled 1); six findings after 主要是, split by semicolons)
    ("suzhou_vocational_university_feedback", "https://www.jssvc.edu.cn/xww/xxyw/202311/t20231117_265695.shtml", "news", """根据市委巡察工作领导小组部署,11月8日,市委第二巡察组向苏州市职业大学党委反馈巡察情况。市委巡察组组长唐海峰分别向苏州市职业大学党委书记曹毓民、党委领导班子反馈了巡察情况,……
根据市委统一部署,2023年6月25日至8月18日,市委第二巡察组对苏州市职业大学党委进行了巡察。……
唐海峰指出,……巡察中,巡察组发现了一些问题,主要是:用新思想引领新发展新实践的成效不显著,党委谋大局作用发挥不充分;加强学校内涵建设,推进学校高质量发展存在不足;立足高职院校职能定位,服务地方经济社会发展存在短板;全面从严治党“两个责任”落实不够有力;干部队伍建设和意识形态领域存在薄弱环节;上一轮监督发现问题的整改不深入。
""", {"unit": "苏州市职业大学党委", "group": "市委第二巡察组", "term": None, "round": None, "start": date(2023, 6, 25),
      "end": date(2023, 8, 18), "feedback_date": date(2023, 11, 8), "problems": 6, "figures": []}),
    # https://sgj.changzhou.gov.cn/html/sgj/2020/EHHIQHHJ_0309/11644.html (a district's offices administration centre
    # studies its rectification: the feedback's own title names the unit (《关于巡察区级机关后勤管理服务中心党组的反馈意见》),
    # as the README reads such titles; no group, no date with a year)
    ("wujin_offices_administration_rectification_meeting", "https://sgj.changzhou.gov.cn/html/sgj/2020/EHHIQHHJ_0309/11644.html", "news", """根据武进区纪委监委《关于巡察区级机关后勤管理服务中心党组的反馈意见》要求,武进区机关事务管理中心切实提高政治站位,迅速落实整改要求,专门成立巡察整改落实工作领导小组,认真制定整改方案,召开专题民主生活会,确保巡察整改工作扎实有效、落到实处。
为提升整改质效,确保高质量完成整改任务,3月3日,中心党组召开专题会议,研究部署巡察整改推进工作。……
""", {"unit": "区级机关后勤管理服务中心党组", "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://epaper.hljnews.cn/hljrb/20170323/264346.html (a provincial group feeds back to a city committee, in the
    # provincial paper: 3月2日 has no year in the text, so no feedback date; the findings are a paragraph under a
    # heading, left unscored; clues handed over without a count are no figure)
    ("suihua_committee_provincial_feedback", "http://epaper.hljnews.cn/hljrb/20170323/264346.html", "news", """3月2日下午,省委第十五巡视组组长王维绪,副组长魏彬,向绥化市委书记曲敏和领导班子反馈了巡视情况,曲敏主持会议并作表态发言。 问题 对巡视整改重视不够,整改事项认定不准,落的不实,多数未整改到位。资金资产项目违规操作,严重违反“三重一大”决策程序,存在重大廉政风险。……此外,巡视组还收到一些反映领导干部的问题线索,已按规定移交各级纪检监察机关、组织部门处理。
""", {"unit": "绥化市委", "group": "省委第十五巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.0455zd.com/shownews.asp?id=8999 (a city group's crossed inspection of a town, mobilised on 10月29日 with
    # no year: no start; 四届市委“机动式”专项巡察 is an earlier round's rectification checked, no term of this visit)
    ("changwu_town_crossed_inspection_mobilisation", "http://www.0455zd.com/shownews.asp?id=8999", "news", """按照绥化市委统一部署,10月29日,绥化市委第七巡察组对昌五镇党委开展提级交叉巡察。
巡察组下午在昌五镇召开了巡察工作动员会议,绥化市委第七巡察组组长作了动员讲话,就如何开展巡察工作提出明确要求,被巡察单位党组织主要负责同志作了表态发言。
……在对昌五镇开展政治巡察的工作中,重点检查惠民惠农政策落实中的突出问题、……四届市委“机动式”专项巡察我市尚家镇社会治安综合治理突出问题整改情况。
""", {"unit": "昌五镇党委", "group": "市委第七巡察组", "term": None, "round": None, "start": None, "end": None,  # settled convention 9 (read 绥化市委第七巡察组)
      "feedback_date": None, "figures": []}),
    # http://mw.huhhot.gov.cn/xwdt/tzgg/202309/t20230926_1594785.html (a regional group's notice of a special
    # inspection of a city's work safety: the visit's period is stated; the unit is a subject of a place, left unscored;
    # the window for letters (截止到2023年11月10日) is no end; the signature's day is the start already)
    ("hohhot_work_safety_special_inspection_notice", "http://mw.huhhot.gov.cn/xwdt/tzgg/202309/t20230926_1594785.html", "news", """巡视公告
根据《中国共产党党内监督条例》《中国共产党巡视工作条例》规定,按照自治区党委统一部署,2023年9月15日至11月15日,自治区党委第一巡视组对呼和浩特市安全生产工作开展专项巡视。
……巡视组受理信访时间截止到2023年11月10日。
自治区党委第一巡视组
2023年9月15
""", {"group": "自治区党委第一巡视组", "term": None, "round": None, "start": date(2023, 9, 15), "end": date(2023, 11, 15),
      "feedback_date": None, "figures": []}),
    # http://www.sqlzw.gov.cn/sitesources/smxlz/page_pc/gzdt/xcgz/article3757b29ad58049e1bdb63ffcd53ce752.html (a
    # zone's own group on a village look-back: the group with its owner as written; seven problems of the people
    # collected and four solved are no findings; no unit is visited by name (the village is a speaker's))
    ("sanmenxia_demonstration_zone_village_look_back", "http://www.sqlzw.gov.cn/sitesources/smxlz/page_pc/gzdt/xcgz/article3757b29ad58049e1bdb63ffcd53ce752.html", "news", """城乡一体化示范区:一线巡察解决急难愁盼问题
发布日期:2025-12-02    来源:三门峡市纪委监委网站
“我们村有120亩荒地,闲置多年没有任何收益。巡察组进驻后,积极联系客商前来考察,帮我们解决荒地出租问题。……”谈起巡察组的帮助,城乡一体化示范区阳店镇马泉寨村党支部书记脸上洋溢着喜悦的笑容。
在对村巡察“回头看”过程中,城乡一体化示范区党工委第二巡察组深入基层一线,听真话、察实情、解难题,……目前,共收集群众急难愁盼问题7个,已督促解决4个。(聂月杏)
""", {"group": "示范区党工委第二巡察组", "term": None, "round": None, "start": None, "end": None,  # settled convention 9 (read 城乡一体化示范区党工委第二巡察组)
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.lajzjjjc.gov.cn/html/wenzhang_439836.html (a county group enters six villages of a township for a
    # linked inspection and audit: unit "" and the villages as units, the township named once before the first (as
    # r17's xuzhuang); one group for six units is not scored; 3月5日 has no year)
    ("guoziyuan_villages_inspection_audit_mobilisation", "http://www.lajzjjjc.gov.cn/html/wenzhang_439836.html", "news", """3月5日,根据县委巡察工作领导小组的统一安排,县委第三巡察组进驻果子园乡白果村、吴湾村、龙墩村、牛食畈村、佛堂坳村、果子园村,在乡政府会议室召开三方联动村级扶贫领域巡察审计全覆盖工作动员会。……
据悉,县委第三巡察组将在果子园乡白果村、吴湾村、龙墩村、牛食畈村、佛堂坳村、果子园村巡察25天。
""", {"unit": "", "units": ["果子园乡白果村", "吴湾村", "龙墩村", "牛食畈村", "佛堂坳村", "果子园村"], "term": None,
      "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.wenxian.gov.cn/sitesources/wxdzw/page_pc/zwgk/xcgk/articlede3cd266a2a5469c8c07500095770d3f.html (a
    # county group's feedback to a centre for disease control: the meeting names the centre (向县疾控中心反馈) and the
    # body only as 疾控中心党支部 without the county, so the unit is not scored; the findings end with 等问题 and are left
    # unscored as r17 left such lists)
    ("wenxian_disease_control_centre_feedback", "http://www.wenxian.gov.cn/sitesources/wxdzw/page_pc/zwgk/xcgk/articlede3cd266a2a5469c8c07500095770d3f.html", "news", """根据县委巡察工作领导小组的部署,2024年6月25日,县委第四巡察组向县疾控中心反馈巡察情况。县委第四巡察组副组长张冬娟向疾控中心党支部书记郑江兵和党支部领导班子反馈了巡察情况。县委第四巡察组组长张建平提出巡察整改要求。……
县委第四巡察组副组长张冬娟在反馈时指出,……巡察中也发现一些问题,主要是:落实巡察整改责任不到位。落实习近平总书记关于卫生与健康工作的重要论述有差距,疾控事业发展缺乏全局谋划。履行疾病预防控制职能有短板,防范化解重大疫情和突发公共卫生风险意识不强。卫生监督执法履职尽责不到位,执法程序不够规范。全面从严治党有偏差,机关管理存在廉洁风险。党支部领导作用弱化,落实新时代党的组织路线有偏差等问题。
""", {"group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2024, 6, 25), "figures": []}),
    # http://hnzzcdc.com/showGzdt.asp?id=3802 (a city group of the tenth round feeds back to a centre for disease
    # control, on the centre's site: round 10 (市委第十轮专项巡察); the group as the body writes it, 市委第三巡察组; the
    # findings are cut in the excerpt and not scored)
    ("zhuzhou_disease_control_centre_tenth_round_feedback", "http://hnzzcdc.com/showGzdt.asp?id=3802", "news", """市委第十轮第三巡察组向市疾病预防控制中心党委反馈巡察情况
发表日期:2020-9-25 9:22:33 阅读数:6785
    根据市委第十轮专项巡察工作的统一部署,2020年9月22日下午,第十轮第三巡察组向市疾控中心反馈巡察情况。第三巡察组组长封向东传达了市委书记毛腾飞同志关于巡察整改工作的讲话精神,代表巡察组反馈了巡察情况。……
    根据市委统一部署,2020年7月2日至8月10日,市委第三巡察组对我中心开展了专项政治巡察,……顺利完成了巡察任务。
""", {"unit": "市疾病预防控制中心党委", "group": "市委第三巡察组", "term": None, "round": 10,
      "start": date(2020, 7, 2), "end": date(2020, 8, 10), "feedback_date": date(2020, 9, 22), "figures": []}),
    # http://changsha.baogaosu.com/xinwen/%E5%B7%A1%E5%AF%9F%E7%AC%AC%E4%B8%80%E5%B7%A1%E5%AF%9F%E7%BB%84%E5%90%AC%E5%8F%96%E6%B9%96%E5%8D%97%E7%9C%81%E7%96%BE%E7%97%85/109387515/
    # (a provincial commission's own group hears a centre's report during its second round, on an aggregator with its
    # dated line: round 2; the unit is the centre's party committee; the 60 problems the centre found itself are no
    # finding of the inspection; how the set writes a commission's own group here is not settled, so it is not scored)
    ("hunan_disease_control_centre_commission_round_hearing", "http://changsha.baogaosu.com/xinwen/%E5%B7%A1%E5%AF%9F%E7%AC%AC%E4%B8%80%E5%B7%A1%E5%AF%9F%E7%BB%84%E5%90%AC%E5%8F%96%E6%B9%96%E5%8D%97%E7%9C%81%E7%96%BE%E7%97%85/109387515/", "news", """中共湖南省卫生健康委党组第二轮巡察第一巡察组听取湖南省疾病预防控制中心党委工作专题汇报
14.09.2022  09:11
2022年9月13日上午,湖南省卫生健康委党组第二轮巡察第一巡察组组织召开会议,听取湖南省疾病预防控制中心十九大以来党委工作、组织人事和纪检监察等工作的专题汇报。……
许尚锋强调,……二是要进一步加强查摆问题。发现问题是巡察工作的生命线。省疾控中心要在查摆的60个问题基础上,支持配合巡察组多发现涉及省疾控中心的重点问题、突出问题、代表性问题,……
""", {"unit": "湖南省疾病预防控制中心党委", "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://guangzhou.baogaosu.com/xinwen/%E5%B7%A1%E5%AF%9F%E7%BB%84%E5%90%91%E5%B9%BF%E5%B7%9E%E6%97%A5%E6%8A%A5%E6%8A%A5%E4%B8%9A%E9%9B%86%E5%9B%A2%E5%B9%BF%E5%B7%9E/83182439
    # (a city group feeds back to a newspaper group whose company is named in brackets: the unit keeps its bracketed
    # second name as written, full-width, as settled convention 7 keeps such names in lists; the findings are cut and
    # not scored)
    ("guangzhou_newspaper_group_feedback", "http://guangzhou.baogaosu.com/xinwen/%E5%B7%A1%E5%AF%9F%E7%BB%84%E5%90%91%E5%B9%BF%E5%B7%9E%E6%97%A5%E6%8A%A5%E6%8A%A5%E4%B8%9A%E9%9B%86%E5%9B%A2%E5%B9%BF%E5%B7%9E/83182439", "news", """市委第五巡察组向广州日报报业集团(广州传媒控股有限公司)党委反馈巡察情况
根据市委巡察工作领导小组的部署,2020年3月25日,市委第五巡察组向广州日报报业集团(广州传媒控股有限公司,以下简称广报集团、广传媒)党委反馈巡察情况。……
根据市委统一部署,2019年10月15日至2020年1月15日,市委第五巡察组对广报集团(广传媒)党委进行了巡察。……
""", {"unit": "广州日报报业集团（广州传媒控股有限公司）党委", "group": "市委第五巡察组", "term": None, "round": None,
      "start": date(2019, 10, 15), "end": date(2020, 1, 15), "feedback_date": date(2020, 3, 25), "figures": []}),
    # https://slj.ankang.gov.cn/Content-2526310.html (a city group's mobilisation at a water resources bureau: 3月6日 has
    # no year and a mobilisation is no start)
    ("ankang_water_resources_bureau_mobilisation", "https://slj.ankang.gov.cn/Content-2526310.html", "news", """根据市委关于巡察工作的统一部署,3月6日,市委第二巡察组巡察市水利局党组工作动员会召开。会上,市委第二巡察组组长毛艳绒作动员讲话,……市水利局党组书记、局长刘昌兰主持会议并作表态发言。
""", {"unit": "市水利局党组", "group": "市委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://epaper.voc.com.cn/hnrb/html/2023-06/19/content_1635390.htm?div=-1 (a provincial paper's feature on a county
    # group at a town: the town is a place entered (进驻夹山镇), left unscored; 立行立改问题18个 are no findings, as the README
    # reads them; 今年3月 gives no start)
    ("shimen_town_reservoir_feature", "https://epaper.voc.com.cn/hnrb/html/2023-06/19/content_1635390.htm?div=-1", "news", """湖南日报6月18日讯(全媒体记者 卓萌 通讯员 李萍萍)……
今年3月,石门县委第三巡察组进驻夹山镇开展常规巡察。进驻当晚,巡察组就走村串户访民情、听民声。
……今年来,石门县委巡察机构紧盯粮食生产、耕地恢复等重要环节背后的职能职责问题,5个常规巡察组和3个村级巡察组共交办相关立行立改问题18个,以高质量巡察监督助力农业生产、保障粮食安全。
""", {"group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,  # settled convention 9 (read 石门县委第三巡察组)
      "figures": []}),
    # https://www.ahtcjw.gov.cn/article.php?MsgId=721511 (a county-level city's group mobilises at its education bureau
    # with a special inspection of school meals: 8月22日 has no year and is no start)
    ("tongcheng_education_bureau_school_meals_mobilisation", "https://www.ahtcjw.gov.cn/article.php?MsgId=721511", "news", """根据市委巡察工作统一部署,8月22日,市委第一巡察组巡察市教育局党委暨中小学“校园餐”专项巡察工作动员会召开。会前,巡察组组长李五九主持召开与市教育局党委领导班子的见面沟通会,……市教育局党委书记、局长疏波主持会议并作表态发言。
""", {"unit": "市教育局党委", "group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.whjjw.gov.cn/html/wenzhang_687676.html (a city's special group mobilises at a district police branch:
    # the group keeps its kind (市委第五专项巡察组); 5月9日 has no year)
    ("wuhu_jinghu_police_branch_special_mobilisation", "http://www.whjjw.gov.cn/html/wenzhang_687676.html", "news", """按照市委巡察工作统一部署,5月9日,市委第五专项巡察组巡察市公安局镜湖分局党委工作动员会召开。会前,市委第五专项巡察组组长邹通团主持召开巡察组与市公安局镜湖分局党委主要负责人的见面会,……市公安局镜湖分局党委书记、局长郑锐主持会议并作表态发言。
""", {"unit": "市公安局镜湖分局党委", "group": "市委第五专项巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://www.rmzxw.com.cn/zszq/tj/2014/11/03/401498_1.shtml (a central group's special inspection fed back to a
    # national administration, 2014, the second part of a page: the group as written; the unit is named only short in the
    # headline (向体育总局反馈) and is not scored; no date)
    ("sports_administration_central_special_feedback_2014", "https://www.rmzxw.com.cn/zszq/tj/2014/11/03/401498_1.shtml", "news", """巡视组向体育总局反馈:比赛弄虚作假现象较严重
张化为指出,国家体育总局党组要严格按照中央要求,高度重视巡视反馈意见,特别是对指出的问题,要认真研究分析,分门别类处理。……
刘鹏表示,中央第十一巡视组开展的专项巡视是对总局党风廉政建设和事业发展的一次“把脉会诊”和方向指引,……
""", {"group": "中央第十一巡视组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://yi.voc.com.cn/view.php?tid=9414&cid=28 (a district education bureau's own inspection group feeds back to a
    # primary school, 2017: 10月10日 takes the year of the page's dated line (2017-10-10); the visit's month was lost
    # (4至24日), so no start or end; the group has no number and is not scored; the findings end with 等问题)
    ("yiyang_experimental_primary_school_education_inspection_feedback", "http://yi.voc.com.cn/view.php?tid=9414&cid=28", "news", """资阳教育巡察唱响全面从严治党主旋律
发布时间:2017-10-11  来源:华声在线益阳频道  编辑:邢玲
   华声在线益阳频道10月11日讯(通讯员 田先进 王小平)10月10日,根据益阳市资阳区教育局党委统一部署,区教育巡察组向益阳市实验小学反馈巡察情况。
  2017年初,区教育局党委制定了教育巡察制度,计划2017年对4所学校进行巡察。4至24日,区教育巡察组根据巡察计划,开始对益阳市实验小学党组织开展巡察。……巡察期间,干部群众反映了实验小学党组领导核心作用发挥不够充分、推进教育改革创新和解决教育突出问题措施不够有力、家教家养等问题。
""", {"unit": "益阳市实验小学", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2017, 10, 10), "figures": []}),
    # http://www.lhlzw.gov.cn/sitesources/lhsjjw/page_pc/gzdt/pzgz/articlebcbc534f20a04933906503d8f27ed879.html (a
    # stationed discipline group helps a provincial and a city inspection of police bureaus: two inspections of two
    # bodies named together (十一届省委巡视、八届市委第五轮巡察) give no term or round; no group of the text)
    ("luohe_stationed_group_police_inspections_support", "http://www.lhlzw.gov.cn/sitesources/lhsjjw/page_pc/gzdt/pzgz/articlebcbc534f20a04933906503d8f27ed879.html", "news", """十一届省委巡视、八届市委第五轮巡察巩固政法队伍教育整顿工作开展以来,市纪委监委派驻第十一纪检监察组督促市(区)公安局党委高度重视巡视巡察工作,……
为确保巡视巡察工作取得实效,派驻第十一纪检监察组通过参与谈话座谈、提供资料等方式,向巡视巡察组介绍市(区)公安局党委主体责任落实情况、……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://rb.lhrb.com.cn/html/2022-05/24/content_135143.htm (a city paper's feature on a district's first round at a
    # village: round 1 (西城区党工委第一轮巡察); no group number, no date; the village is where a problem was found, no unit
    # visited by name)
    ("luohe_xicheng_first_round_village_well_feature", "http://rb.lhrb.com.cn/html/2022-05/24/content_135143.htm", "news", """西河村位于西城区最东边。在西城区党工委第一轮巡察中,巡察组发现,西河村虽然很早就被纳入城市规划建设,但是新的城区建设还未到该村,……
巡察组将该问题反馈后,督促新城办及时为该村投资百万元打了一眼深水井,……巡察组及时对西河村党组织下发了立行立改通知书,督促新城办党工委跟踪做好整改。
""", {"group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://clnews.com.cn/html/12/2018-05-29/122547128813.shtml (a city health commission's maternal and child health
    # supervision group appraises a district: no party inspection)
    ("changle_maternal_health_supervision_appraisal", "http://clnews.com.cn/html/12/2018-05-29/122547128813.shtml", "news", """福州市妇幼卫生综合督导组来航考核妇幼卫生工作
  长乐新闻网讯 5月22日,福州市卫计委妇幼卫生工作综合督导组来航考核妇幼卫生工作。
  督导组听取了我区工作汇报,实地查看了区医院、区妇幼保健院,吴航街道社区卫生服务中心等单位,……最后对我区妇幼卫生工作作出综合评价,指出存在问题,提出意见建议。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.gerdit.com/news/show-1748.html (a city theme-education guidance group at a maternal and child hospital:
    # a 巡回指导组 is no inspection group)
    ("zibo_theme_education_guidance_group_hospital", "http://www.gerdit.com/news/show-1748.html", "news", """11月29日上午,淄博市委主题教育第五巡回指导组组长李克忠一行8人莅临市妇幼保健院新院区调研指导主题教育工作。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://jlwch.net/swsjswdczlwyddjc2018ndjgz.html (a provincial commission's party-building checking group at a
    # hospital, which also looks at a central look-back's and a commission's inspection rectification: no inspection of
    # its own, no group, no round)
    ("jilin_health_commission_party_building_check", "https://jlwch.net/swsjswdczlwyddjc2018ndjgz.html", "news", """9月18日上午,以鲜于茹丹、金竞超、郭焕菊一行三人组成的省卫生计生委党建工作督查组,来我院督导检查2018年度党建工作。……
督查组重点督导检查了三方面内容,一是督查全国基层党建工作重点任务推进会议确定工作任务贯彻落实情况,……二是督查上一轮中央巡视组巡视回头看整改落实情况,切实提升党建工作质量和水平。三是督查2017年省卫生计生委开展巡察工作反馈问题整改落实情况。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.alszx.gov.cn/art/2025/6/20/art_3021_514068.html (a banner group's feedback to the banner CPPCC
    # offices' party group: the findings end with 等问题 and are left unscored)
    ("ejina_banner_cppcc_offices_feedback", "http://www.alszx.gov.cn/art/2025/6/20/art_3021_514068.html", "news", """额济纳旗委第三巡察组向旗政协机关党组反馈巡察情况
根据旗委统一部署, 2025年6月18日, 旗委第三巡察组向旗政协机关党组反馈了巡察情况。旗委第三巡察组组长郭万团向旗政协机关党组领导班子进行了反馈。……
郭万团在反馈时指出, ……但也发现了一些问题,主要是对政协理论学习不深入、服务政治协商作用发挥不充分、提案工作存在短板弱项、协助政协抓好委员履职管理力度不足、党的建设政治引领发挥不够充分等问题。
""", {"unit": "旗政协机关党组", "group": "旗委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2025, 6, 18), "figures": []}),
    # https://zx.zxy.hunanzx.gov.cn/szxapp/1/189/content_807832.html (a provincial CPPCC offices' party group holds its
    # rectification democratic life meeting with the provincial group's leader present: the unit and the group; 8月24日
    # has no year)
    ("hunan_cppcc_offices_rectification_life_meeting", "https://zx.zxy.hunanzx.gov.cn/szxapp/1/189/content_807832.html", "news", """昨天(8月24日)下午,省政协党组成员、秘书长、机关党组书记卿渐伟主持召开省政协机关党组巡视整改专题民主生活会。省委第三巡视组组长曾凡国、省纪委监委机关有关同志到会指导。
……省政协机关党组坚持把巡视整改作为重大政治任务,多次召开会议,专题部署巡视整改工作,……
""", {"unit": "省政协机关党组", "group": "省委第三巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.hnzx.gov.cn/2021/03-04/4276142.html (a provincial CPPCC offices' party group prepares for a provincial
    # round's entry: term 10, round 10 (十届省委第十轮巡视); the meeting's day is no start; no group number)
    ("henan_cppcc_offices_tenth_round_preparation", "https://www.hnzx.gov.cn/2021/03-04/4276142.html", "news", """3月3日,根据省委第十轮巡视工作的安排,省政协机关党组召开专题会议,深入学习贯彻中央和省委关于政治巡视的部署要求,……认真学习王国生书记在巡视指导督导工作专题培训暨十届省委第十轮巡视动员部署培训会上的讲话精神、……研究配合巡视组进驻省政协机关开展巡视工作的具体安排。……
""", {"unit": "省政协机关党组", "group": None, "term": 10, "round": 10, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://cqfj.gov.cn/bm_168/sthjj/zwgk_61627/zfxxgkml/jczwgk_164542/pcsj3/pcsj2/pcsj78/202209/t20220921_11129681.html (a
    # ministry's regional supervision bureau's research on a county's rectification of the second central environmental
    # 督察: no party inspection; 13 sites are no figure)
    ("fengjie_environmental_supervision_follow_up", "http://cqfj.gov.cn/bm_168/sthjj/zwgk_61627/zfxxgkml/jczwgk_164542/pcsj3/pcsj2/pcsj78/202209/t20220921_11129681.html", "news", """生态环境部西南督察局赴奉开展第二轮中央环保督察调研工作
日期:2022-06-20
近日生态环境部西南督察局梅进副处长一行对我县第二轮中央生态环境保护督察整改情况开展跟踪督察调研。督察组调研了草堂镇久轩石料厂、生态工业园区污水处理厂、……等13个点位。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://xh1.changde.gov.cn/zhdt/jrxh/content_565107 (a district environmental bureau checks the plan for a central
    # environmental 督察's feedback, 2017: no party inspection)
    ("xihu_environmental_supervision_plan_check", "https://xh1.changde.gov.cn/zhdt/jrxh/content_565107", "news", """环保局现场查看“中央环保督察反馈意见整改方案”落实情况
9月12日上午,区环保局局长袁志明带队,联合区委办就《西湖管理区贯彻落实中央环保督察反馈意见整改方案》(西办发〔2017〕43号)文件精神落实情况进行现场督察,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.sues.edu.cn/ec/7c/c17462a257148/page.htm (a university youth league committee's fourth round of
    # 巡查 of its schools' league committees: no party inspection; its 第四轮 is no round; the five league committees are
    # no units of an inspection)
    ("university_youth_league_fourth_round_checks", "https://www.sues.edu.cn/ec/7c/c17462a257148/page.htm", "news", """根据校团委统一部署,基层团组织建设第四轮巡查对电子电气工程学院团委、管理学院团委、化学化工学院团委、材料科学与工程学院团委、纺织服装学院团委等5个学院团组织开展专项巡查。日前,校团委基层团组织建设第四轮巡查全面启动。
被巡查团委分别召开巡查工作启动会。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://hangzhou.baogaosu.com/xinwen/%25E5%25BC%2580%25E5%25B1%2595%25E5%25B0%2591%25E6%2595%25B0%25E6%25B0%2591%25E6%2597%258F%25E5%258F%2591%25E5%25B1%2595%25E8%25B5%2584%25E9%2587%2591%25E9%25A1%25B9%25E7%259B%25AE%25E5%258F%258A%25E5%25AE%2597%25E6%2595%2599/61712218/
    # (a county ethnic and religious affairs bureau's week of checks on funds and religious sites: no inspection; 11
    # towns and 46 villages are no units)
    ("jingning_ethnic_funds_religious_sites_check", "http://hangzhou.baogaosu.com/xinwen/%25E5%25BC%2580%25E5%25B1%2595%25E5%25B0%2591%25E6%2595%25B0%25E6%25B0%2591%25E6%2597%258F%25E5%258F%2591%25E5%25B1%2595%25E8%25B5%2584%25E9%2587%2591%25E9%25A1%25B9%25E7%259B%25AE%25E5%258F%258A%25E5%25AE%2597%25E6%2595%2599/61712218/", "news", """景宁县民宗局开展少数民族发展资金项目及宗教工作督查
16.10.2017  14:15
……自10月11日起,景宁县民宗局组织开展为期一周的少数民族发展资金项目及宗教工作督查。
督查组由县民宗局联合派驻纪检组、财政局、审计局,邀请部分乡镇分管领导、“两代表一委员”组成。此次督查主要涉及11个乡镇,46个民族村,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://hnskl.org/news/20200918/10186.html (a provincial group's mobilisation at a provincial federation of social
    # sciences: the unit as the meeting names it; the mobilisation day is no start)
    ("henan_social_sciences_provincial_mobilisation", "http://hnskl.org/news/20200918/10186.html", "news", """按照省委巡视工作统一部署,2020年9月16日下午,省委第七巡视组巡视省社会科学界联合会工作动员会召开。会前,省委第七巡视组组长种瑞华主持召开与省社会科学界联合会党组主要负责人的见面沟通会,……
""", {"unit": "省社会科学界联合会", "group": "省委第七巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://yulin.qinfeng.gov.cn/info/1049/17832.htm (a city government-service complaints centre's special check of
    # approval bodies: no inspection; 14 problems and 8 suggestions are a check's)
    ("yulin_administrative_approval_special_check", "https://yulin.qinfeng.gov.cn/info/1049/17832.htm", "news", """为贯彻落实市委干部作风集中整顿工作要求,……市政务监察投诉中心于2021年11月上旬开始对市行政审批服务局及进驻市政务大厅的17家行政审批单位的行政审批业务办理情况开展了专项督查。
……共梳理发现四大类14条问题,基于讨论分析给出合理的工作建议8条,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- news: checks that are no party inspection ---------------------------------------------------------------------
    # https://hefei.baogaosu.com/xinwen/%E5%AF%B9%E5%B8%82%E7%9B%B4%E5%8D%95%E4%BD%8D%E5%BC%80%E5%B1%95%E6%A1%A3%E6%A1%88%E6%89%A7%E6%B3%95%E6%A3%80%E6%9F%A5/52399038
    # (a city archives bureau's law-enforcement check of city bodies: no inspection; the check's findings after 主要表现在
    # are no problems)
    ("bozhou_archives_law_enforcement_check", "https://hefei.baogaosu.com/xinwen/%E5%AF%B9%E5%B8%82%E7%9B%B4%E5%8D%95%E4%BD%8D%E5%BC%80%E5%B1%95%E6%A1%A3%E6%A1%88%E6%89%A7%E6%B3%95%E6%A3%80%E6%9F%A5/52399038", "news", """亳州市档案局对市直单位开展档案执法检查
18.11.2016 16:40
检查发现,被检单位基本能够按照档案法律法规要求,切实加强对档案工作的领导,……但是,在检查中亦发现了一些问题,主要表现在:部分单位档案法制意识薄弱,文件材料收集、归档不及时;已收集整理的文件材料不齐全,内容不完整,部分单位会议记录未纳入归档范围;档案门类不齐全,除文书档案外,照片、实物等门类和载体档案未收集、整理、归档。
针对发现的问题,执法检查组分别以口头要求和下发书面整改通知书等不同形式要求被检查单位限时整改,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://sgj.changzhou.gov.cn/html/sgj/2018/NOCDJLBI_1105/9688.html (a district's check of office space, part of
    # rectifying a provincial inspection's feedback: no inspection of its own, no group, no date)
    ("zhonglou_office_space_check", "https://sgj.changzhou.gov.cn/html/sgj/2018/NOCDJLBI_1105/9688.html", "news", """为进一步贯彻落实《关于开展全市党政机关办公用房清理整改工作专项督查的通知》(常公房办〔2018〕4号)精神,……钟楼区机关后勤管理服务中心于10月中旬开始,逐步对钟楼经济开发区、邹区镇、各街道及区各部委办局、直属单位党政机关办公用房,有关学校、社区卫生院等事业单位办公用房进行了“过筛子”式督查。
……清理整改党政机关办公用房,是落实省委巡视反馈意见的一项重要工作,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://jjw.changzhou.gov.cn/html/jw/2019/HFFKPFKO_0523/15762.html (a stationed discipline group's checks of
    # office space, cars and receptions with six checking groups: no inspection; 约150家单位 are counted, no units)
    ("changzhou_stationed_group_three_items_check", "https://jjw.changzhou.gov.cn/html/jw/2019/HFFKPFKO_0523/15762.html", "news", """……常州市纪委监委驻市机关事务局纪检监察组于4月督促市机关事务管理局制定了《关于开展办公用房公务用车和内部接待餐厅专项督查的通知》(常机管【2019】18号文),……
5月上中旬,按照通知要求,该组与市机关事务管理局共同成立6个督查组,分别到各辖市、区,对约150家单位开展办公用房、公务用车、机关食堂和内部接待餐厅情况进行督查。……
5月20日上午,该组与市机关事务管理局召开专题会议,交流三项督查工作情况,就督查中发现的问题提出整改建议。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://ecochina.com.cn/news_info/46394.html (a forestry commissioner's office's checking group on a banner's
    # forest supervision look-back: no party inspection; 回头看 here is a check's)
    ("zalaite_forest_supervision_look_back_check", "http://ecochina.com.cn/news_info/46394.html", "news", """近日,内蒙古专员办第三检查组到兴安盟扎赉特旗开展2020年森林督察整改“回头看”和全国打击毁林专项行动分阶段工作督导检查。检查组详细听取了扎赉特旗人民政府和扎赉特旗林草局对有关工作的汇报。
检查组要求要高度重视打击毁林专项行动和森林资源案件查处整改工作,认真落实整改责任,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://huacaozixun.cn/yuanlinjingguan/yuanlinzixun/108592.html (a forestry commissioner's office's interview on a
    # central environmental 督察's feedback: no party inspection; 4月29日 has no year)
    ("zhangye_forestry_interview_supervision", "https://huacaozixun.cn/yuanlinjingguan/yuanlinzixun/108592.html", "news", """西安专员办面谈督办甘肃张掖涉林问题整改工作
4月29日,就中央环保督察反馈涉林问题整改不力的问题,国家林草局驻西安专员办和甘肃省林草局对张掖市林草局进行面谈督办。
会上,张掖市林草局汇报了中央环保督察反馈问题的调查整改情况。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://xining.baogaosu.com/xinwen/%E6%AE%8B%E8%81%94%E5%8A%A0%E5%BC%BA%E4%B8%89%E5%9F%BA%E5%BB%BA%E8%AE%BE%E6%9A%A8%E5%9F%BA%E7%A1%80%E7%AE%A1%E7%90%86%E6%8F%90%E5%8D%87/35647034/
    # (a provincial disabled persons' federation's research group visits two counties and refers to a provincial
    # group's earlier feedback: a research visit, no inspection of its own; the group whose feedback it refers to is no
    # group of the text, as r17 read pidu's forum repost)
    ("qinghai_disabled_federation_research_visit", "http://xining.baogaosu.com/xinwen/%E6%AE%8B%E8%81%94%E5%8A%A0%E5%BC%BA%E4%B8%89%E5%9F%BA%E5%BB%BA%E8%AE%BE%E6%9A%A8%E5%9F%BA%E7%A1%80%E7%AE%A1%E7%90%86%E6%8F%90%E5%8D%87/35647034/", "news", """青海省残联加强“三基”建设暨“基础管理提升年”活动 第四工作组赴海北州开展调研
22.07.2015  12:04
7月15日至17日,省残联开展加强“三基”建设暨“基础管理提升年”第四工作组,赴门源县北山乡大泉村、祁连县野牛沟乡达玉村等地,就残联系统开展加强“三基”建设暨“基础管理提升年”工作进行调研。
……并结合省委第五巡视组对省残联巡视情况反馈的意见,对基层残疾人康复、托养设施、社区残疾人之家等设施合理运用,充分发挥作用,全面服务残疾人提出了意见建议。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://nm.cma.gov.cn/xwzx/tt/202206/t20220602_4879776.html (a regional meteorological bureau's flood-season and
    # work-safety checking group, led by its discipline group's head: no inspection; the check's feedback is no
    # inspection's)
    ("hohhot_meteorological_flood_season_check", "http://nm.cma.gov.cn/xwzx/tt/202206/t20220602_4879776.html", "news", """卢松纪检组组长带队到呼和浩特市检查指导汛期气象服务和安全生产工作
  • 2022-06-02
5月20日-23日,自治区气象局卢松纪检组组长率汛期气象服务和安全生产第六检查组一行7人先后深入土默特左旗、托克托县、呼和浩特市气象局检查指导汛期气象服务和安全生产工作。
检查组通过听取汇报、查阅资料、实地查看、座谈交流等方式针对汛期气象服务和安全生产工作重点检查项目进行了细致检查。在反馈会上,检查组对呼和浩特市气象局亮点工作给予了肯定,并对检查中发现的问题进行了逐项反馈,提出了整改要求。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://jxxznews.zjol.com.cn/xznews/system/2015/01/16/018936396.shtml (a provincial and city checking group on a
    # campaign's rectification in a district, 2015: no party inspection; 155 opinions collected and 109 of 四风 are a
    # campaign's counts, no figure)
    ("xiuzhou_campaign_rectification_check", "http://jxxznews.zjol.com.cn/xznews/system/2015/01/16/018936396.shtml", "news", """教育实践活动有期限,作风建设永远在路上。从本周一开始,省市委整改落实督查组在组长刘石浩、副组长罗献中的率领下,来秀洲开展为期一周的督查工作。……
1月13日、14日,督查组一行先后来到区计卫局和区民政局督查。在第二批党的群众路线教育实践活动期间,区计卫局共征求到意见建议155条,其中反映“四风”方面问题的109条,反映工作层面问题的25条。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://m-yicheng.cjyun.org/p/13173.html (a national grain administration's supervision of a look-back on grain
    # stock rectification: no party inspection; 67 sites and 320 warehouses checked are no figure; 回头看 is a check's)
    ("yicheng_grain_stock_look_back_supervision", "http://m-yicheng.cjyun.org/p/13173.html", "news", """10月29日,国家粮食和物资储备局总工程师翟江临一行来宜城,就开展涉粮问题整改“回头看”专项行动情况进行督导检查。……
今年9月,宜城市大清查办成立了由市政府牵头,……大清查问题整改“回头看”专项行动领导小组和工作专班,……截至10月15日,宜城分别对全市政策性粮食承储企业的67个站点、320栋仓库的政策性粮食库存数量和质量情况进行了全面的自查和普查。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- audit texts -----------------------------------------------------------------------------------------------------
    # https://jssjt.jiangsu.gov.cn/art/2023/9/26/art_1104_11023485.html (a city audit office's news on letters urging
    # audit rectification, sent with a political-legal 督查巡查 office: no inspection read; it expects nothing, as r17's
    # zaozhuang audit survey)
    ("zhenjiang_audit_rectification_urging_letters", "https://jssjt.jiangsu.gov.cn/art/2023/9/26/art_1104_11023485.html", "audit", """联合督办,镇江促进审计整改再加压
发布日期: 2023-09-26 信息来源: 镇江市审计局
近日,中共镇江市委审计委员会办公室联合中共镇江市委政法委员会政治督察和纪律作风督查巡查工作领导小组办公室向相关单位发送4份《专项督查巡查整改督办函》(以下简称《督办函》)。
《督办函》要求相关单位夯实审计整改主体责任、……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://epaper.hbnews.net/epaper/hbrb/pc/content/202006/22/content_48678.html (a city audit office's quality check
    # of its case files, a photo caption in a paper: no inspection; expects nothing)
    ("city_audit_case_quality_check_caption", "http://epaper.hbnews.net/epaper/hbrb/pc/content/202006/22/content_48678.html", "audit", """市审计局始终把审计案卷质量作为机关管理的基础性工作,每年均组织开展全市审计系统质量检查,切实增强审计人员质量意识。在2019年度全省质量评比中,该局取得了一等奖第二名的好成绩。
图为审计人员在质量检查现场。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- rounds: notices, launches, summaries --------------------------------------------------------------------------
    # https://www.ayrbs.com/szb/pc/content/202302/28/content_24444.html (a city's round mobilised, in the city paper:
    # term 12, round 4; the meeting's day is no start; no unit named)
    ("anyang_twelfth_term_fourth_round_mobilisation", "https://www.ayrbs.com/szb/pc/content/202302/28/content_24444.html", "rounds", """本报讯 (记者 韩镔肇)2月27日上午,十二届市委第四轮巡察工作动员部署会议在市党政综合楼召开。市委常委、市纪委书记、市委巡察工作领导小组组长刘胜利出席会议并讲话。……
刘胜利系统总结了2022年市委巡察工作。就高标准完成第四轮巡察任务,刘胜利要求,……
会上,杨炯宣读了《关于十二届市委第四轮巡察组组长副组长授权任职及任务分工的决定》。……
""", {"unit": "", "units": [], "group": None, "term": 12, "round": 4, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://news.43b.com.cn/a/1300042.html (a city's ninth round entered, reposted: term 5, round 9; the bodies are
    # counted by kind only (12个教育行政部门、高职院校、中小学校), no units; 截至9月22日 has no year and is no start)
    ("ordos_fifth_term_ninth_round_entered", "http://news.43b.com.cn/a/1300042.html", "rounds", """摘要:根据鄂尔多斯市委关于巡察工作的统一部署,截至9月22日,五届市委第九轮巡察完成进驻工作。5个巡察组将对12个教育行政部门、高职院校、中小学校和2个事业单位、1家国有企业开展常规巡察。
……被巡察单位分别召开巡察进驻动员会。各巡察组组长作动员讲话,……
""", {"unit": "", "units": [], "group": None, "term": 5, "round": 9, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://hbczyizhong.cn/Article/jjjc/zxhd/201704/9372.html (a province's first round of a term launched, copied on a
    # school's site: term 9, round 1; the list of 22 counties is cut after six, its four bodies kept; parts of months
    # (4月下旬…6月下旬) are not scored; the launch day is no start)
    ("hebei_ninth_term_first_round_launch_copy", "http://hbczyizhong.cn/Article/jjjc/zxhd/201704/9372.html", "rounds", """原标题:九届省委第一轮巡视正式启动 涉及22个县区和4家单位
4月21日,九届省委第一轮巡视工作动员部署会召开,首轮巡视正式启动。按照省委统一部署,本轮巡视将组建13个省委巡视组,其中,11个省委巡视组对22个县(市、区)开展常规巡视,2个省委巡视组采取“一托二”的方式对4家单位开展“机动式”巡视。
经省委批准,九届省委第一轮巡视将对井陉县、平山县、承德县、隆化县、蔚县、张家口市崇礼区……等22个县(市、区)开展常规巡视,同时对省科学技术厅、河北建设投资集团有限公司、河北信息产业投资集团有限公司、燕山大学等4家单位开展“机动式”巡视。
本轮巡视工作从4月下旬开始至6月下旬结束,……
""", {"unit": "", "units": ["井陉县", "平山县", "承德县", "隆化县", "蔚县", "张家口市崇礼区", "省科学技术厅",
                              "河北建设投资集团有限公司", "河北信息产业投资集团有限公司", "燕山大学"],
      "group": None, "term": 9, "round": 1, "feedback_date": None, "figures": []}),
    # https://nmgyyxh.org.cn/doc/2024/10/31/365948.shtml (a national commission's party group launches its second round
    # after the 20th congress, reposted by a medical association: round 2; 二十大后 is no term; six bodies counted, none
    # named)
    ("health_commission_second_round_after_congress", "https://nmgyyxh.org.cn/doc/2024/10/31/365948.shtml", "rounds", """国家卫生健康委党组召开二十大后第二轮巡视动员部署会
发布来源:健康报 发布时间:2024-10-31 10:22:55
近日,国家卫生健康委党组二十大后第二轮巡视动员部署会召开。……
委党组决定,第二轮巡视设立2个巡视组对6家直属和联系单位开展常规巡视。会议宣布了被巡视单位名单,宣布了巡视组组长、副组长名单并授权。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://baoji.qinfeng.gov.cn/info/1014/28362.htm (a county's way of inspecting its villages: 70 villages sorted
    # into 19, 33 and 18 are no figure; no round, no term, no unit)
    ("fengxian_village_inspection_method", "https://baoji.qinfeng.gov.cn/info/1014/28362.htm", "rounds", """近年来,凤县县委认真贯彻落实《中国共产党巡视工作条例》,紧扣“四个聚焦”监督重点,……探索实践“三六五”工作法,做深做实村级巡察,推动全面从严治党向基层延伸。
巡前抓“三个关键”,优化分类实施。……建立一套“村情档案”。……对全县70个村(社区)划分出重点类19个、关注类33个、一般类18个,在巡察时对“一般村”采取“巡镇带村”方式开展监督,对“关注村”在“巡镇带村”时采取“纪巡联动”,对“重点村”采取市委提级巡察、直接巡,分类推进对村(社区)巡察全覆盖。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://wjw.xuancheng.gov.cn/News/show/1557732.html (a city round's group mobilised at a health commission and two
    # of its bodies: term 5, round 7; unit "" and the three as units; one group for three units is not scored; 5月10日
    # has no year and is no start)
    ("xuancheng_health_three_bodies_mobilisation", "https://wjw.xuancheng.gov.cn/News/show/1557732.html", "rounds", """根据市委巡察工作统一部署,5月10日,五届市委第七轮巡察第四巡察组巡察市卫健委党组、市疾控中心、市卫计监督局工作动员会召开。动员会前,巡察组组长李建国主持召开巡察组与市卫健委党组副书记、主任王义文、市疾控中心主任吴兵、市卫计监督局局长鲍必军的见面沟通会,……
""", {"unit": "", "units": ["市卫健委党组", "市疾控中心", "市卫计监督局"], "term": 5, "round": 7, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://caivd-org.cn/article.asp?id=13814 (a national commission's party group sends two groups on look-backs of
    # eight bodies, reposted on an association's site: unit "" and the eight as written; no round number; 为期一个半月
    # gives no dates)
    ("health_commission_eight_bodies_look_back", "https://caivd-org.cn/article.asp?id=13814", "rounds", """按照委党组巡视工作统一部署,近日,委党组2个巡视组分别进驻医科院、食品评估中心、北京医院、人发中心、人才中心、科技发展中心、癌症中心、人口报社等8家单位开展巡视“回头看”工作。
……本次巡视“回头看”为期一个半月。……
""", {"unit": "", "units": ["医科院", "食品评估中心", "北京医院", "人发中心", "人才中心", "科技发展中心", "癌症中心",
                              "人口报社"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://sdb.yrcc.gov.cn/politics/860 (a river commission's party group launches its third round: round 3; the list
    # of bodies is cut by the excerpt after its first name; 11月19日 has no year)
    ("yellow_river_commission_third_round_launch", "http://sdb.yrcc.gov.cn/politics/860", "rounds", """本站讯 (记者 陈汉)11月19日,黄委党组召开第三轮巡察动员部署会。……
黄委党组第三轮巡察共派出3个巡察组,分别对黑河流域管理局党组、……
""", {"unit": "", "units": ["黑河流域管理局党组"], "group": None, "term": None, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://intce.mwr.cn/zxdt/202410/t20241022_1775428.html (a ministry bureau's party committee's second round
    # entered at two centres: round 2; unit "" and the two centres)
    ("water_ministry_bureau_second_round_two_centres", "http://intce.mwr.cn/zxdt/202410/t20241022_1775428.html", "rounds", """来源:水利部综合事业局网站
按照综合事业局党委巡察工作安排,第二轮巡察派出的两个巡察组已分别进驻国际经济技术合作交流中心和水土保持监测中心开展常规巡察。10月22日,被巡察单位分别召开巡察进驻动员会。……
""", {"unit": "", "units": ["国际经济技术合作交流中心", "水土保持监测中心"], "group": None, "term": None, "round": 2,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://gabeartinc.com/newscenter/kx/201707/t20170711_487011.html (a ministry's party group hears its eighth
    # round's seven bodies, copied on an unrelated domain: round 8; the seven as units, 建安中心（含水利工程协会） keeping the
    # bodies it includes (settled convention 7); the ministry's totals over 28 bodies inspected (问题343个, 问题线索155条) are
    # read as a summary's figures, as r17 read guangnan's term totals; 175 recommendations are no metric)
    ("water_ministry_eighth_round_hearing_copy", "https://gabeartinc.com/newscenter/kx/201707/t20170711_487011.html", "rounds", """中国水利网站讯 7月7日,水利部党组召开巡视工作领导小组会议,听取第八轮巡视调水局、新闻宣传中心、预算执行中心、水利学会、建安中心(含水利工程协会)、国际小水电中心及中国水博馆等7家单位的工作情况汇报。……
陈雷指出,截至目前,水利部党组已对28家部属单位进行了“政治体检”,发现被巡视党组织在党的领导弱化、党的建设缺失、全面从严治党不力等方面问题343个,向被巡视单位提出的整改意见建议175条,移交的反映领导干部问题线索155条,……
""", {"unit": "", "units": ["调水局", "新闻宣传中心", "预算执行中心", "水利学会", "建安中心（含水利工程协会）",
                              "国际小水电中心", "中国水博馆"],
      "group": None, "term": None, "round": 8, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 343), ("clues_transferred", 155)]}),
    # http://szb.northnews.cn/nmgrb/html/2021-11/19/content_32893_166222.htm (a region's grain special inspection
    # entered at two bodies, in the regional paper: unit "" and the two; the round named (十届自治区党委第十轮巡视) is the one
    # whose report was heard, an earlier round, so no round is scored; the term is not scored either)
    ("inner_mongolia_grain_special_inspection_entered", "http://szb.northnews.cn/nmgrb/html/2021-11/19/content_32893_166222.htm", "rounds", """根据自治区党委关于巡视工作统一安排,本轮巡视对自治区粮食和物资储备局党组、内蒙古白塔国家粮食储备中转库有限公司开展涉粮问题专项巡视。
被巡视党组织召开巡视进驻动员会。会前,自治区党委巡视办负责同志主持召开与被巡视党组织主要负责人见面沟通会,传达了自治区党委书记石泰峰同志听取十届自治区党委第十轮巡视情况汇报时的讲话精神,通报巡视任务和工作安排。……
""", {"unit": "", "units": ["自治区粮食和物资储备局党组", "内蒙古白塔国家粮食储备中转库有限公司"], "group": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://peopleweekly.cn/html/2022/jizhezaixian_0208/110761.html (a district's way of rectifying after its rounds:
    # two rounds of two terms named together (九届区委第三批村(社区)巡察和十届区委第一轮巡察) give neither; six common
    # problems notified and 30 staff are no figure)
    ("hanshan_rectification_chain_feature", "https://peopleweekly.cn/html/2022/jizhezaixian_0208/110761.html", "rounds", """邯山区坚持巡察和整改一体谋划、部署、推进,建立完善环环相扣的整改链条。
一是未巡先改,巡后用好成果。对共性问题,印发专件,全区通报,……如对九届区委第三批村(社区)巡察和十届区委第一轮巡察发现的共性问题6项通报整改。
……五是健全机制,压实整改责任。……在全市率先配备了乡镇(街道)巡察专员专干30人,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.bjzkjt.cn/news/tongzhi/482.html (a national administration's party group launches its year's
    # inspections, reposted by a company: no round of its own is named; the central round whose meeting it studied
    # (十九届中央第九轮巡视) is the superior's, no term or round of the text; the bodies are announced, not named)
    ("sports_administration_2022_inspection_launch_repost", "http://www.bjzkjt.cn/news/tongzhi/482.html", "rounds", """国家体育总局党组召开巡视工作动员部署会
  • 发布时间:2022年3月31日
3月30日,国家体育总局党组巡视工作动员部署会在京召开,安排部署2022年总局党组巡视工作。会上,总局局长、党组书记苟仲文作动员部署讲话,总局副局长、党组副书记王瑞连主持会议并宣布了2022年巡视对象及巡视组任务分工,驻总局纪检监察组组长、党组成员习骅传达了2022年全国巡视工作会议暨十九届中央第九轮巡视动员部署会精神。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://fnlzw.gov.cn/contents/14/4725.html (a county's rectification mechanisms: counts of bodies heard, looked back
    # on and checked are no figure; no round or term)
    ("funing_rectification_mechanisms_feature", "http://fnlzw.gov.cn/contents/14/4725.html", "rounds", """近年来,阜宁县把推动巡察整改作为巡察工作的关键环节,……县委书记作为召集人,先后4次组织巡察领导小组全体成员、……分层级联动听取市委提级巡察、交叉巡察、联动巡察、县委常规巡察、专项巡察、对村巡察等12个被巡察党组织代表的整改情况,……常态化、多轮次对21个单位开展巡察“回头看”,对108个单位(含70个村居)开展巡察整改专项督查,共占已巡察单位总数43%,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://lcffcl.gov.cn/news-1104.html (a district's election special inspection of 14 villages and communities of six
    # towns and streets: unit "" and the 14 as written, each town or street named once before its first; 8月11日 has no
    # year; 21天左右 gives no end; two groups are no group)
    ("licheng_fourteen_villages_election_special_round", "http://lcffcl.gov.cn/news-1104.html", "rounds", """根据《中国共产党巡视工作条例》及中央和省委、市委、区委关于巡察工作的部署要求,经区委同意,从8月11日开始,区委专项巡察组对西天尾镇洞湖村、澄渚村,新度镇青垞村、渠桥村、凌厝村,黄石镇桥兜村、清前村、江东村、华堤村,北高镇渡岭村、吴城村、高洋村,镇海街道文献社区,拱辰街道长丰村等6个镇街共14个村(社区)党组织开展换届选举专项巡察,巡察时间21天左右。日前,巡察组已进驻巡察。
""", {"unit": "", "units": ["西天尾镇洞湖村", "澄渚村", "新度镇青垞村", "渠桥村", "凌厝村", "黄石镇桥兜村", "清前村",
                              "江东村", "华堤村", "北高镇渡岭村", "吴城村", "高洋村", "镇海街道文献社区", "拱辰街道长丰村"],
      # corrected in the r19 pass (the reader's miss, not a rule gain): the text names the one group that visits all 14
      # villages (区委专项巡察组), and the set keeps a special group's kind in its name (r6's written reading,
      # 第一专项巡察组); no roster of several groups is told (r18's roster rule)
      "group": "区委专项巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- noisy copies: traditional script, pinyin annotations, junk and betting-site copies --------------------------
    # http://vpcl.cn/langfang/bendi/182223.html (traditional script with pinyin annotations, even inside the names: a
    # province's third round of a term entered; term 10, round 3; the list of 41 places is cut after eight, each place
    # written as the text writes it (settled convention 8), in simplified script and without the annotations)
    ("hebei_tenth_term_third_round_places_pinyin", "http://vpcl.cn/langfang/bendi/182223.html", "noisy", """河北新聞網(wǎng)訊(河北日報記者趙澤眾)根據(jù)河北省巡視巡察工作會議暨十屆省委第三輪巡視動員部署會會議精神和工作安排,截至目前,省委各巡視組已完成進駐工作。
經(jīng)省委批準,十屆省委第三輪巡視15個巡視組,對石家莊市新華區(qū)、井陘礦區(qū)、無極縣、深澤縣、新樂市、晉州市,承德縣、寬城滿族自治縣……等41個縣(市、區(qū))開展常規(guī)巡視。
近日,被巡視地方分別召開巡視工作動員會。……
""", {"unit": "", "units": ["石家庄市新华区", "井陉矿区", "无极县", "深泽县", "新乐市", "晋州市", "承德县",
                              "宽城满族自治县"],
      "group": None, "term": 10, "round": 3, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://ttnews.xyz/a/5de645fbdc9b5e7bdfe31f60 (traditional script: a city's sixth round launched; term 11,
    # round 6; the bodies are counted only (21個市直部門, 98個縣直單位…), no units; 本輪巡察為期2個月 gives no dates)
    ("zhangjiakou_eleventh_term_sixth_round_trad", "https://ttnews.xyz/a/5de645fbdc9b5e7bdfe31f60", "noisy", """張家口:全面啟動十一屆市委第六輪巡察
日前,十一屆張家口市委第六輪巡察全面啟動,對該市21個市直部門和2所市屬院校進行常規巡察,對17個縣區的98個縣直單位、35個鄉鎮(街道)以及3個行政村進行提級交叉巡察。
據瞭解,本輪巡察共組建13個巡察組,……本輪巡察為期2個月。……(張家口市紀委監委)
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://suihua.big5.dbw.cn/system/2026/02/03/059522736.shtml (traditional script: a city's year of inspections
    # reviewed; term 5; two rounds named together (第七、八輪) give no round; 456 and 1975 organisations inspected are no
    # figure)
    ("suihua_2025_inspections_review_trad", "https://suihua.big5.dbw.cn/system/2026/02/03/059522736.shtml", "noisy", """深化政治巡察 持續增強震懾力穿透力推動力
來源:綏化日報 2026-02-03 字體:
——2025年綏化市委巡察工作綜述
  一年來,市委巡察機構堅持以習近平新時代中國特色社會主義思想為指導,……先後開展五屆市委第七、八輪巡察,目前本屆市委已巡察456個黨組織,10個縣(市、區)委巡察1975個黨組織,完成對鄉鎮(街道)、村(社區)巡察全覆蓋。
""", {"unit": "", "units": [], "group": None, "term": 5, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.xiaochouwa.com.cn/detail/9c22872c333f33207931f28b4d70adee.html (traditional script with every digit of
    # dates and counts starred out, as found: a banner's report on a city's special inspection of its forest chief
    # system; term 6, round 7 (六屆市委第七輪巡察); the starred dates and counts give nothing; the unit (我旗) and the group
    # (written only after the round, 第十巡察組, and in the plan's title) are not scored)
    ("horqin_left_rear_forest_chief_special_progress_starred", "http://www.xiaochouwa.com.cn/detail/9c22872c333f33207931f28b4d70adee.html", "noisy", """根據市委統一部署,****年*月**日至*月**日,六屆市委第七輪巡察第十巡察組對我旗林長制落實情況開展專項巡察,并于*月*日召開專題會議,反饋我旗全面落實林長制工作*個方面的*個問題。按照巡察工作有關要求,現將巡察整改進展情況通報如下。
一、黨委履行整改主體責任情況
旗委、政府高度重視,認真研究制定了《通遼市委第十巡察組專項巡察科左后旗林長制落實情況反饋意見整改方案》,……整改方案將反饋問題細化為**個具體問題,有針對性地制定了**條切實可行的整改措施。截至目前,我旗已完成**個具體問題的整改工作,其余*個具體問題取得了階段性成效,正在全力推進整改。
""", {"term": 6, "round": 7, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.comparadata.com/xwzx/nkyw/585d8ac33b8643199a8b73def081ddad.htm (an academy's inspection mobilisation
    # copied on a betting site that put its own name where the academy's stood: no round or term stated; nine bodies and
    # two groups counted, none named)
    ("agricultural_academy_inspection_mobilisation_betting_copy", "http://www.comparadata.com/xwzx/nkyw/585d8ac33b8643199a8b73def081ddad.htm", "noisy", """6月28日,188bet平台app官方 召开2022年巡视巡察工作动员部署暨2021年巡察整改工作推进会。会议传达学习习近平总书记关于巡视工作的指示、全国巡视工作会议精神和农业农村部2022年巡视巡察工作要求,部署2022年巡察工作。农业农村部党组成员、中国农科院院长吴孔明出席会议并向巡察组组长授权,……
会上, 9个被巡察单位的党委书记和2位巡察组组长作表态发言,监察局通报了2021年被巡察单位整改情况,4个2021年被巡察单位就整改进展作了发言。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://qdubb.cn/html/2023/xunshixuncha_0516/120145.html (traditional script: a county group at a village's party
    # branch, a feature: the unit as written with its county and town (石屏县异龙镇阿希者村党总支); the group with its owner
    # as written; 今年3月 gives no start)
    ("shiping_village_branch_water_feature_trad", "http://qdubb.cn/html/2023/xunshixuncha_0516/120145.html", "noisy", """今年3月,石屏縣委第三巡察組進駐石屏縣異龍鎮阿希者村黨總支開展常規巡察。在巡察走訪中發現其下轄的白龍潭小組生活用水經常發生缺水斷水現象,特別是在農業生產用水旺季,生活用水就更為緊張,群眾反映強烈。
……在巡察組的跟蹤督促下,村“兩委”制定了專門的《村民安全飲水村規民約》,……
""", {"unit": "石屏县异龙镇阿希者村党总支", "group": "县委第三巡察组", "term": None, "round": None, "start": None,  # settled convention 9 (read 石屏县委第三巡察组)
      "end": None, "feedback_date": None, "figures": []}),
    # http://arkombiservisi.com/portal.php?aid=90296&mod=view (traditional script with pinyin annotations on an unrelated
    # domain: a stationed discipline group's check of safe broadcasting; no inspection)
    ("luxi_broadcasting_safety_check_pinyin", "http://arkombiservisi.com/portal.php?aid=90296&mod=view", "noisy", """8月23日,省紀(jì)委省監(jiān)委駐省廣播電視局紀(jì)檢監(jiān)察組二級(jí)巡視員廖家槐率檢查組來(lái)到蘆溪縣檢查安全播出和“雙隨機(jī)”工作。……檢查組一行先后來(lái)到縣融媒體中心、縣廣播電視發(fā)射臺(tái)、縣氣象局等地,通過(guò)聽(tīng)取匯報(bào)、實(shí)地查看、查閱工作臺(tái)賬及制度規(guī)定等方式,對(duì)依法依規(guī)運(yùn)營(yíng)、節(jié)目制作播出審查制度落實(shí)、安全播出等情況進(jìn)行檢查。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://hacker2.cn/news/szjj/2020_9/3283987.shtml (traditional script with pinyin annotations on an unrelated
    # domain: a stationed discipline group's three months of visits to a district's grain companies; no inspection; its 14
    # problems are a check's)
    ("xiaoshan_grain_stock_supervision_pinyin", "http://hacker2.cn/news/szjj/2020_9/3283987.shtml", "noisy", """蕭山全面督查“糧倉(cāng)”發(fā)出14項(xiàng)整改清單
2020年9月18日 9:44來(lái)源:杭州日?qǐng)?bào)
  ……這事也引起蕭山紀(jì)委極大關(guān)注,區(qū)紀(jì)委監(jiān)委派駐第五紀(jì)檢監(jiān)察組對(duì)蕭山糧食購(gòu)銷公司和浙江東南糧食市場(chǎng)兩家企業(yè)開展了三個(gè)月的走訪,走遍區(qū)內(nèi)各大糧食市場(chǎng)、糧庫(kù)和全部鄉(xiāng)鎮(zhèn)糧站,并發(fā)出涉及14個(gè)問(wèn)題的整改督查單,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://howtoremovenailpolish.com/kyguanwangmanbetx/news_show.aspx?id=f671a3bc6d04a2a715bf09585ed8c6 (a city group's
    # feedback to a transport holding group, copied on a betting site's path: four findings after 主要是, split by
    # semicolons; clues handed over without a count are no figure)
    ("transport_holding_group_feedback_betting_copy", "https://howtoremovenailpolish.com/kyguanwangmanbetx/news_show.aspx?id=f671a3bc6d04a2a715bf09585ed8c6", "noisy", """根据市委巡察工作安排,2024年3月6日,市委第五巡察组向市交通控股集团党委反馈巡察情况。……
根据市委统一部署,2023年11月13日至2024年1月12日,市委第五巡察组对市交通控股集团党委开展了常规巡察。……
姚超指出,……巡察中,市委巡察组发现和干部群众反映了一些问题,主要是学习贯彻习近平新时代中国特色社会主义思想不够扎实,推动国企高质量发展存在短板;防范化解重大风险的意识不强,完整准确全面贯彻新发展理念有不足;深化清廉国企建设乏力,以人民为中心的宗旨意识树的不牢;党建引领作用缺失,落实全面从严治党战略部署有差距。同时,巡察组收到反映一些领导干部的问题线索,已按有关规定进行移交处理。
""", {"unit": "市交通控股集团党委", "group": "市委第五巡察组", "term": None, "round": None,
      "start": date(2023, 11, 13), "end": date(2024, 1, 12), "feedback_date": date(2024, 3, 6), "problems": 4,
      "figures": []}),
    # http://www.kuduwxw.com/shgk/jj/688.html (traditional script: a county's third round of a term entered; term 15,
    # round 3; the four offices as written (their 党组 said once, counted, as the pinned jiangcheng reads 县自然资源局等3个部门党组);
    # the towns are named for their villages (3鎮所轄45個村級黨組織) and are no units; 11月1日 has no year)
    ("juye_fifteenth_term_third_round_trad", "http://www.kuduwxw.com/shgk/jj/688.html", "noisy", """本報訊 經中共巨野縣委批準,十五屆縣委第三輪巡察組建5個巡察組,采取“一托二”、“直接巡村”的方式對縣信訪局、縣科技局、縣殘聯、縣商務局4個縣直部門黨組,大義鎮、獨山鎮、柳林鎮3鎮所轄45個村級黨組織開展常規巡察。截至目前,巡察組已全部完成進駐單位。
11月1日,十五屆縣委第三輪巡察工作動員部署會議召開。……
""", {"unit": "", "units": ["县信访局", "县科技局", "县残联", "县商务局"], "group": None, "term": 15, "round": 3,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://trforumcu.com/yw/21122.html (traditional script with pinyin annotations on an unrelated domain: a
    # theme-education guidance group's research visit; a 巡回指导组 is no inspection group)
    ("theme_education_guidance_group_railway_visit_pinyin", "http://trforumcu.com/yw/21122.html", "noisy", """8月7日至9日,自治區(qū)黨委主題教育第十五巡回指導組組長魏栓師、副組長賀立軍一行,赴內蒙古交投集團出資修建的包銀高鐵(含銀巴支線)項目施工一線開展主題教育檢視整改、推動發(fā)展工作情況調研。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://seowindows.com/article/yuanwugongkai/17645.html (traditional script with pinyin annotations, on an unrelated
    # domain: a city hospital of Chinese medicine's report on a city round; 9月27日 takes 2023 (settled 1); no count in the
    # excerpt)
    ("city_chinese_medicine_hospital_progress_pinyin", "http://seowindows.com/article/yuanwugongkai/17645.html", "noisy", """根據(jù)市委統(tǒng)一部署,2023年3月29日至2023年6月9日,市委第三巡察組對(duì)市中醫(yī)醫(yī)院黨委進(jìn)行了巡察。9月27日,市委巡察組向市中醫(yī)醫(yī)院黨委反饋了巡察意見(jiàn)。按照黨務(wù)公開(kāi)原則和巡察工作有關(guān)要求,現(xiàn)將巡察整改情況予以公布。
一、加強(qiáng)組織領(lǐng)導(dǎo),把巡察整改作為首要政治任務(wù)抓緊抓好
……研究制定了《市中醫(yī)醫(yī)院黨委關(guān)于落實(shí)市委第三巡察組巡察反饋意見(jiàn)的整改方案》。……
""", {"unit": "市中医医院党委", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2023, 3, 29),
      "end": date(2023, 6, 9), "feedback_date": date(2023, 9, 27), "figures": []}),
    # http://www.three-to.com/WebDetail.aspx?id=7151 (traditional script: a provincial housing department's work-safety
    # checking group at a water group: no inspection)
    ("water_group_work_safety_check_trad", "http://www.three-to.com/WebDetail.aspx?id=7151", "noisy", """4月20日下午,省住房和城鄉建設廳檢查組一行蒞臨水務集團進行市政公用行業安全生產專項檢查。……隨後,在遠洲國際大酒店文政廳召開檢查意見反饋會。會上,檢查組一行就水務集團相關工作給予肯定,並對實地檢查情況進行反饋,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://medfloor.com/e/action/ShowInfo.php?classid=2&id=733 (traditional script with pinyin annotations on an
    # unrelated domain: a city's supervision of key works; no inspection)
    ("water_investment_key_works_supervision_pinyin", "http://medfloor.com/e/action/ShowInfo.php?classid=2&id=733", "noisy", """5月24日,市委督查室、市政府督查室、市十大辦聯(lián)合對水利局、水投集團(tuán)公司承建的2018年度城建“雙十”重點(diǎn)工程進(jìn)行督查。
會上督察組一行在聽取工程進(jìn)展情況匯報(bào)后,充分肯定了水投集團(tuán)公司的工程建設(shè)進(jìn)度,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://almas-mehr.com/a/5531.html (a provincial water department's head inspects the rectification of a central
    # environmental 督察's cases, copied on a lottery site: no party inspection)
    ("haikou_environmental_supervision_cases_lottery_copy", "http://almas-mehr.com/a/5531.html", "noisy", """海南省治水办主任、省水务厅党组书记钟鸣明调研中央环保督察典型案例整改工作
2024-03-06 09:06 来源:水务集团
      3月5日,省治水办主任、省水务厅党组书记钟鸣明带队前往海口市长丰沟、文圣村渠,现场督导中央生态环保督察组反馈问题整改进展情况,研究推进相关整改工作。……
版权所有:特马号码图  琼ICP备15001748号-1
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://hk.crntt.com/doc/1071/1/8/2/107118265.html?coluid=7&kindid=0&docid=107118265&mdate=0909180715 (traditional
    # script: a district discipline commission's supervision of rural water supply, reprinted: no inspection; 37 problems
    # found and rectified are a supervision's)
    ("xiangcheng_rural_water_supervision_trad", "https://hk.crntt.com/doc/1071/1/8/2/107118265.html?coluid=7&kindid=0&docid=107118265&mdate=0909180715", "noisy", """中評社北京9月9日電／據中國紀檢監察報報導，……該區紀委監委聚焦農村供水領域突出問題，全面梳理摸排信訪舉報、12345政務服務熱線等渠道發現的問題線索，督促相關職能部門壓茬推進整改，……今年以來，該區共排查整改涉水問題37個，建成6個集中供水工程、8個小型單村打井工程，惠及群眾18.71萬人。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.opzvhbo.cn/xxgk/zwdt/qcyw/content/post_2065530.html (traditional script on an unrelated domain: a
    # district group mobilises at the propaganda department; term 8 (八屆區委巡察工作部署); 9月18日 has no year)
    ("district_propaganda_department_mobilisation_trad", "http://www.opzvhbo.cn/xxgk/zwdt/qcyw/content/post_2065530.html", "noisy", """根據八屆區委巡察工作部署,9月18日上午,區委第一巡察組巡察區委宣傳部工作動員會召開。區委第一巡察組組長劉麗作了動員講話,……區委常委、宣傳部部長陳智林出席會議并作表態發言,……
""", {"unit": "区委宣传部", "group": "区委第一巡察组", "term": 8, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.bailiqin.com/news/show-124815.html (traditional script: a feature on the central environmental 督察's
    # first round: no party inspection; 18199 officials held accountable are the 督察's)
    ("central_environmental_supervision_feature_trad", "http://m.bailiqin.com/news/show-124815.html", "noisy", """中央環保督察是迄今為止針對環保所進行的規格最高、最具影響力的督察,……全覆蓋式的督察,解決了8萬余個群眾身邊的環境問題;問責了18199名黨政領導干部(其中處級以上領導干部875人)。……
1月3日,中央第六環保督察組向西藏自治區反饋督察意見,至此,首輪中央環保督察結果全部公開。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://m.csgzkj.com/c/2018-10-19/2194066.shtml (traditional script under a spam header: central environmental
    # 督察 groups' look-back feedback to four provinces; no party inspection, no group of an inspection)
    ("environmental_supervision_look_back_four_provinces_spam_trad", "http://m.csgzkj.com/c/2018-10-19/2194066.shtml", "noisy", """欧美成人精品视频在线不卡,久久久这里只有免费精品29,六十路老熟妇乱子伦视频日本,在线观看精品国内
中央環保督察組反饋情況:冀蒙寧蘇整改仍不到位
2018年10月19日 07:29 | 來源:人民日報
本報北京10月18日電 (記者徐運平、吳勇、朱磊、尹曉宇)10月17日、18日,中央第一、第二、第四環保督察組分別向河北、內蒙古、寧夏、江蘇反饋“回頭看”及專項督察情況。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://m.zhuangpeitu.com/article/130947064.html (a document site's page of a province's list of progress on a
    # central environmental 督察 look-back: no party inspection)
    ("environmental_look_back_progress_list_doc_site", "https://m.zhuangpeitu.com/article/130947064.html", "noisy", """中央生态环境保护督察回头看反馈意见
上传人:Sc****h 文档编号:130947064 上传时间:2022-08-05 格式:DOCX 页数:61 大小:56.51KB
……
中央生态环境保护督察“回头看”反馈意见湖北省整改进展清单一、关于“第一轮督察反馈指出,……”整改进展情况:已经完成,长期坚持。 1.将习近平生态文明思想纳入“不忘初心、牢记使命”主题教育学习的重要内容,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://byxmsc.com/gslz/system/2021/04/16/012573857.shtml (traditional script with pinyin annotations on an
    # unrelated domain: a provincial federation of trade unions' party group reports on a provincial inspection; term 13,
    # round 6 from the round whose report was heard (十三屆省委第六輪巡視情況綜合匯報), as the pinned shangrao reads it; 11月16日
    # takes 2020 (settled 1); the unit as the visit writes it (省總黨組); 25, 13 and 9 meetings are no figure)
    ("gansu_trade_unions_provincial_progress_pinyin", "http://byxmsc.com/gslz/system/2021/04/16/012573857.shtml", "noisy", """根據(jù)省委統(tǒng)一部署,2020年7月20日至9月20日,省委第八巡視組對省總黨組開展了常規(guī)巡視,11月16日,省委巡視組向省總黨組反饋了巡視意見。按照巡視工作有關(guān)要求,現(xiàn)將巡視整改進展情況予以公布。
一、提高政治站位,落實主體責任,不折不扣抓好巡視整改工作
(一)強化思想認識,切實增強整改落實的思想自覺、政治自覺、行動自覺。巡視組反饋巡視意見當天,省總黨組就召開會議,傳達學習習近平總書記關(guān)于巡視工作重要論述、林鐸書記在省委書記專題會議聽取十三屆省委第六輪巡視情況綜合匯報時的講話精神,……之后,召開黨組會議25次、黨組理論學習中心組學習會議13次,組織研討交流9次,……
""", {"unit": "省总党组", "group": "省委第八巡视组", "term": 13, "round": 6, "start": date(2020, 7, 20),
      "end": date(2020, 9, 20), "feedback_date": date(2020, 11, 16), "figures": []}),
    # http://ptxy.gov.cn/zwgk/gsgg/201901/t20190103_1290167.htm (a district's report on a city crossed special inspection
    # of its administrative service centre, 2018, whose feedback day lost its 月 as found (75日, read 2018-07-05, the one
    # reading after the visit); 4个方面35个问题 the problems, 33 completed, 2 in progress; the people handled are cut)
    ("xiuyu_service_centre_crossed_special_progress_runtogether", "http://ptxy.gov.cn/zwgk/gsgg/201901/t20190103_1290167.htm", "noisy", """关于“放管服”改革专项巡察整改情况的通报
发布时间: 2019年01月03日 15:48:00
根据市委县区交叉巡察工作的统一部署,2018年3月13日至4月27日,市委县区交叉巡察五组对秀屿区行政服务中心“放管服”改革进行了巡察。75日市委县区交叉巡察五组向区行政服务中心反馈了巡察意见,指出了“放管服”改革4个方面35个问题,提出了2条整改意见。目前已完成整改33个问题,正在推进整改2个,……
""", {"unit": "秀屿区行政服务中心", "group": "市委县区交叉巡察五组", "term": None, "round": None,
      "start": date(2018, 3, 13), "end": date(2018, 4, 27), "feedback_date": date(2018, 7, 5),
      "figures": [("problems", 35), ("completed", 33), ("in_progress", 2)]}),
    # http://bnanpnh.com/info/101043 (traditional script with pinyin annotations on an unrelated domain: a city
    # federation of social sciences' research visits to societies; no inspection)
    ("baotou_social_sciences_societies_research_pinyin", "http://bnanpnh.com/info/101043", "noisy", """3月9日—10日,市社科聯(lián)副主席、社科院副院長張曉光一行調(diào)研走訪了市延安精神研究會、市黃河文化經(jīng)濟(jì)發(fā)展研究會、市詩詞學(xué)會、市品牌戰(zhàn)略協(xié)會等所屬社科類社團(tuán),深入了解全市社科類社團(tuán)工作開展情況。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
]
