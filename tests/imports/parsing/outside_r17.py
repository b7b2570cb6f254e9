"""Outside texts of batch r17 (issue 14), held out: collected with the search tool from public pages that are in no
earlier batch (each address checked against every outside batch, r16 included, test_outside_documents.py and the
seeds, with and without www./m./mip. and its query string; every text compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r17.py`, which loads an unregistered batch without running the importer: the one text
that shares a template and a round with an earlier text is named in SHARES_TEMPLATE below; the rest share official
formulas only (the longest shared run 50 characters), and one placeholder address). Their fields are written down by
reading only. The importer was not run on them while they were collected, no test or bench that runs it was run, and
the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, extract and score, and the README); the integrator runs them once, and that run is the honest figure for
unseen texts.

Sources. All 97 texts from the search tool's "pages" corpus, 96 with their address and one without (noted in place:
"search corpus pages (no URL returned)", as c-dev's and r16's were; the overlap script reports that placeholder as
shared). The "code" corpus gave nothing usable (a web template's quick link naming a visit, with no repository to
cite) and find_string over GitHub files for 巡察整改进展情况的通报 and 反馈了巡察意见 found nothing. The corpus is nearly exhausted for
the phrasings earlier batches used: of about 320 candidate addresses checked, more than half were earlier batches'
(not counted exactly). What opened it this time were queries naming places (Qitaihe, Qiandongnan, Karamay, Shigatse,
Altay, Haidong, Yanbian, Sanya, Yichun, Baise, Lüliang, Zhangye, Tongren, Yuncheng, Jieyang, Hebi, Wuzhou, Liupanshui,
Lishui, Xilingol, Shangluo, Huanggang, Ningde, Fuyang, Tongliao, Zhangzhou, Shiyan, Shaoxing, Pingliang, Shanwei,
Hengshui, Zunyi) and kinds of unit (卫健委, 统计局, 气象局, 工商联, 人防办, 退役军人事务局, 司法局, 自然资源局, 市场监管局, 水务局, 街道党工委, 村党支部, 供电公司, 医院党委,
学院党委, 分行). Dropped after reading: a reprint of Anhui's tenth-term fourth round (r8 holds it), Fujian's 2015 county
inspections (two pages of the template r-batches hold from qzcdi and fznews), a second page of a group company's 2025
round (bar347, whose first page an earlier batch holds), Yicheng's provincial progress (r8), a novel and a generated
Q&A about inspections, and a simplified copy of the Gansu feature kept here with its pinyin. New this time: a town's
report on five of its villages, a city justice bureau, a city natural resources bureau, a science city's
administration and its development company under one title, a city's aid-Xinjiang headquarters, a prefecture's
industrial park that is also a town, a scenic area's working committee, a district committee, three county-level
cities' and two cities' committees after provincial inspections (places visited), a provincial committee after a
central inspection (shares its template), a hospital run with a provincial hospital, a memorial museum, a sanitation
centre's look-back, a regional department's own group at a monitoring centre; rounds of a province's 30 units (2019),
a city's 20 units by group, 14 and 12 units in one list, a county-level city's two rounds fed back together, four
state enterprises, a 2026 look-back notice, 2014 rounds (Henan's first, the central second), a coal special round, a
county's village inspections summed up over a term; and many checks that are no party inspection (statistics,
environmental, natural resources and farmland 督察, veterans affairs and CPPCC checks, a congress appraisal, a research
visit, a political-legal 督察 of 2013, a district's checking groups on central rectification reposted on a forum); and,
from a second pass, three districts' and a city's reports on provincial inspections, a development and reform
commission's mobilisation copied with a name starred out, a county's rectification of a provincial poverty special
inspection (2016) checked by a city, a province's 21 bodies and enterprises of its ninth round and a county-level
city's eighth round of 2025. Provinces: Shandong, Jiangsu, Fujian, Hainan, Xinjiang, Inner Mongolia, Zhejiang, Hebei,
Hubei, Sichuan, Guizhou, Guangdong, Guangxi, Gansu, Shaanxi, Heilongjiang, Yunnan, Anhui, Henan, Jilin, Liaoning,
Shanghai, Tianjin, Tibet, Hong Kong; years 2011 to 2026.

Families and counts (97 texts). progress 18 (with their title line: xuzhuang_town_villages_progress (its page's
metadata lines), hecheng_district_provincial_progress, suzhou_justice_bureau_progress,
sanya_science_city_two_bodies_progress, quzhou_aid_xinjiang_headquarters_progress, baiyunshan_scenic_area_progress,
shantou_committee_provincial_special_progress; bodies without one: putian_natural_resources_progress,
fukang_industrial_park_prefecture_progress, wuhai_regional_special_inspection_progress,
shaxian_district_provincial_progress, shengzhou_provincial_inspection_progress,
leizhou_provincial_inspection_progress, hengshui_provincial_look_back_progress,
guangyuan_provincial_inspection_progress_copy, tongchuan_district_provincial_progress,
tiedong_district_provincial_progress, hubei_central_inspection_progress (in SHARES_TEMPLATE)); news 29 (feedbacks,
mobilisations, rectification meetings: pingchao_town_villages_feedback,
suining_development_reform_mobilisation_starred (a name starred out as found),
linchuan_second_group_two_bodies_mobilisation, duchang_provincial_poverty_special_rectification_check,
bijie_hospital_sixth_round_mobilisation, huazhou_district_special_inspection_mobilisation,
zunyi_memorial_museum_feedback, longhu_sanitation_centre_look_back_feedback,
wuzhou_monitoring_centre_department_group_appraisal, sanya_provincial_rectification_push_meeting,
longquan_special_inspection_rectification_meeting, yizhou_inspection_for_the_people_feature; no party inspection:
dongli_statistics_supervision_look_back, jinshan_statistics_supervision_eight_days,
xiaonan_federation_crossed_appraisal, shanghai_federation_research_group_runtogether,
xilingol_civil_air_defence_cleanup_ledger, wenshan_cppcc_water_projects_supervision,
dunhua_power_company_supply_supervision, land_survey_natural_resources_supervision,
anshan_farmland_supervision_rectification, xinjiang_environmental_supervision_rectification_report,
linxia_environmental_supervision_report, hainan_environmental_supervision_rectification_plan,
kaiyuan_veterans_affairs_check, binhai_veterans_affairs_check, xiqu_congress_appraisal_veterans_bureau,
inner_mongolia_2013_political_legal_supervision, pidu_rectification_check_groups_forum); rounds 21 (unit lists:
jieyang_sixth_term_sixth_round_fourteen_units, gansu_thirteenth_term_ninth_round_21_units,
yicheng_seventh_term_eighth_round_mobilisation, fuyang_sixth_term_seventh_round_task_division,
gansu_thirteenth_term_fourth_round_thirty_units, chaozhou_fourteenth_term_eighth_round_twelve_units,
yingde_ninth_round_and_crossed_feedbacks, ningde_fifth_term_second_round_second_batch_enterprises,
jinjiang_2026_look_back_notice, henan_2014_first_round_thirteen_units, central_2014_second_round_entered,
inner_mongolia_coal_special_round_report, shantou_eleventh_term_tenth_round_launch,
chongzuo_fourth_term_eighth_round_entered, lanzhou_fourteenth_term_second_round_feedback,
wuhu_health_poverty_special_round_launch; no unit named or counts only: beilin_fifth_term_sixth_round_launch,
guangnan_village_inspections_term_sum, tongliao_rectification_work_sum, zhangzhou_eleventh_term_inspections_hearing,
zhenping_civil_air_defence_special_notice); audit 3 (sichuan_audit_rectification_report_copy (refused),
zaozhuang_water_audit_rectification_survey, xinjiang_aid_audit_team_mine_trad); noisy 26 (traditional script:
laibin_fourth_term_seventh_round_trad, dazhou_committee_provincial_progress_trad,
sichuan_eleventh_term_fourth_round_mobilisation_trad, yaan_meteorological_environmental_supervision_trad,
nanjing_group_special_check_rectification_trad, shaanxi_2014_second_round_six_units_trad,
politburo_central_provinces_review_trad, civil_air_defence_cleanup_meeting_trad, county_veterans_stations_check_trad,
hospital_party_building_research_trad, shigatse_regional_first_round_mobilisation_trad,
zhenyuan_2011_supervision_research_trad, jinjiang_2017_first_round_launch_trad,
meizhou_seventh_term_fourth_round_ten_units_trad, yanji_environmental_rectification_check_trad,
huanggang_poverty_appraisal_interviews_trad, wuzhou_election_conduct_touring_group_trad; pinyin in brackets:
gansu_rectification_feature_pinyin; run-together dates: xiqu_health_red_cross_progress_runtogether (a progress report
of two bodies), hainan_cppcc_meteorological_visit_runtogether (and shanghai_federation_research_group_runtogether
among the news); gaming, betting and unrelated domains: tianjin_statistics_supervision_gaming_copy,
taiyuan_meteorological_appraisal_betting_copy, market_regulation_campaigns_shop_copy,
changji_environmental_supervision_feedback_copy; generated text: lvliang_feedback_generated_essay,
lvliang_notice_generated_placeholders). Progress bodies are 18 (20 with the run-together xiqu report and the
traditional-script dazhou copy); round lists with units named are 16 among the rounds and 4 among the noisy copies
(laibin, shaanxi, jinjiang, meizhou).

Fields read: 410 (a unit of "" for a round-level text counts, each unit of a list and each figure counts, a refusal
counts), and 577 absence checks (None, [] for units or figures, and problems 0 where a careless reader might fill the
field). By family: progress 110 fields and 38 absence checks, news 30 and 211, rounds 220 and 116, audit 1 and 18,
noisy 49 and 194. Figures read: problems 9, measures 5, completed 2, clues_transferred 2, criticized_people 1,
reminded_people 1, rules_established 1, disciplined_people 1; no problem list is counted (the lists of findings seen
end in 等问题 or 等十个方面, or are a generated essay's, and are left unscored).

Reading conventions (those written in outside_r16.py's docstring and in outside_set.py's "Settled conventions"
paragraph): a day without a year gives no date unless the text or the page's dated header gives its year; a feedback
day without a year, in a text whose visit has a year, takes the year that puts it after the visit's end (settled 1:
xuzhuang's 3月14日 is 2023-03-14, suzhou_justice's 7月19日 2022-07-19, wuhai's 7月21日 2023-07-21, baiyunshan's 4月29日
2025-04-29, shengzhou's 8月9日 2024-08-09, hengshui's 11月11日 2021-11-11, xiqu's run-together 716日 2025-07-16, duchang's
去年12月14日 after a visit of 2016 2016-12-14); a round or term named only in the title of a plan or notice a meeting read
is the text's (settled 2: bijie's 《关于开展三届市委第六轮 巡察工作的通知》); settled 3 (未完成 N个) is not needed by any text here; a text
counting problems at two levels has the finer count (settled 4: 六个方面17项具体问题 is 17, 8个方面27个具体问题 27, 6个方面83个问题 83,
4个方面13个专项问题 13; the aspects are no count); settled 5: longhu's feedback goes to 龙湖区环境卫生事务中心党组 in full while the visit
says 区环卫中心党组, so the fuller name; settled 6: clues an inspection handed over are the clues figure (guangnan's
移交问题线索147件, tongliao's 24件), letters received (受理信访反映3078件) are none. A mobilisation or launch day is no start; parts
of months (上旬, 中旬, 下旬, 上中旬) are not scored; the window for letters is no visit; a span of feedback days with its year
gives its first day (yingde); counted rounds (前十轮) give none and two rounds named together (two central rounds in
politburo_central_provinces_review_trad; yingde's own and a prefecture's crossed round) give none; a round written
without 第 (五届区委六轮巡察) is read; counts that are no findings (meetings, letters, tasks, weights in appraisals, problems
solved for the people, a check's, a campaign's or a 督察's problems) are no metric; 整改措施 are measures, 制度
rules_established, 党纪处分 disciplined_people, 批评教育 and 提醒谈话 criticized and reminded people as the pinned wucheng reads
them; the unit is the visit's and is left unscored where the visit names a place (对嵊州市开展了巡视, 对雷州市进行了巡视, 对衡水市开展,
对广元市进行, 对湖北省开展, 对乌海市开展, 巡视日喀则市, 对华州区开展, 对达州市通川区开展, 对铁东区进行, 对達州市開展, 对我县开展: see KNOWN_MISSES'
wuhan_devzone_provincial_progress) or a system (我区医疗卫生系统); a group named with its owner's place is written as the text
writes it (昌吉州党委第四巡察组, 宁德市委巡察三组, 自治区党委第十一巡视组, a regional department's own 自治区生态环境厅党组第一巡察组, as the set keeps
省国资委党委第一巡察组); a group of a round-level text, or one group for several units, is not scored; a text naming two or more
units has unit "" and the units in order, kept as written (with a county or town only where the text puts it: 颍上县杨湖镇党委
then 南照镇党委; 徐庄镇徐庄村 then 葫芦套村), without a bracket of other names or member bodies (市委政策研究室(市委改革办) -> 市委政策研究室;
区卫生健康局党组(区计生协) -> 区卫生健康局党组; overruled in the r18 pass by outside_set.py's settled convention 7: the
brackets are kept, and the expectations are corrected in place), brackets inside a name written full-width as the set writes every name (内蒙古电力（集团）有限责任公司),
traditional-script names in simplified script; a list cut short by 等 keeps the names before it; counted or unnamed
bodies (12个市直单位, 16个乡镇党委, 医疗卫生系统) are no units; checks, 督查, 督察, 督导, 考核, 评议, 调研, campaigns and stationed groups'
supervision are no party inspection: no group, no dates, no units, no problems, no figures; audit texts are refused or
expect nothing.

What I was unsure of, and how I read it: suzhou_justice_bureau_progress's 5项问题、11项措施已完全整改到位 is read as 5 problems
completed (the 11 measures done beside them are not written as a second completed figure, so a reader of both would
see one invented value); xuzhuang's counts (26 items of the group and 84 of the villages, split into 106 tasks of
which 98 completed) mix two sets of problems and tasks and are left unscored, and its units are the five villages
though the report is the town's; pingchao's and the yian-like one-group-for-many cases keep no group; the places
visited by provincial and central groups (twelve texts) leave unit unscored rather than guess 嵊州市 or 嵊州市委; sanya's
八届市委第四巡察组 and putian's 市委巡察六组 carry no round and sanya's term is not scored (the term qualifies the group); hubei's
听取第六轮巡视汇报 (the central round it belonged to, which r15 read as the round of inner_mongolia's report) was cut from the
excerpt, and the text is left out as sharing that report's template and round anyway; yingde's feedback date is the
first day of a dated span (2021年1月20日至1月29日); chaozhou's and gansu's entry or launch days (of a first batch, or 启动)
are not scored as starts; henan's 自5月10号陆续进驻 (a staggered entry, written 号) is not scored; the coal special round's
four named bodies are each the first of a list cut short by 等; tongliao's 157 problems and 24 clues are those of a
coal special linked inspection told in a city's summary, read as the r7 honghe summary reads its totals, and
guangnan's 4141 and 147 as a term's village inspections' totals likewise;
sanya_provincial_rectification_push_meeting's group 省委第四巡视组 is scored though its feedback day has no year;
lvliang_feedback_generated_essay lists five numbered "main problems" that an essay invents, read as no problems as r16
read generated essays; pidu's forum repost names a central and a provincial group whose feedback the district checks,
read as no group of the text; the Meizhou round came without an address.
"""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R17 = [
    # --- progress reports (bodies with and without their title line) -------------------------------------------------
    # http://www.shanting.gov.cn/zwgk/xxgkml/qzbm/qzfbgs/202311/t20231123_1792822.html (a town's report on a district's
    # round over five of its villages, with the page's metadata lines as found: term 9, round 3 (九届区委第三轮); the
    # visit names the five villages, so unit "" and the villages as units (the town named once before the first); one
    # group for five units is not scored; 3月14日 takes 2023 (settled convention 1); its counts (26 items of the group,
    # 84 of the villages, 106 tasks, 98 completed tasks) mix two levels and tasks, and are not scored)
    ("xuzhuang_town_villages_progress", "http://www.shanting.gov.cn/zwgk/xxgkml/qzbm/qzfbgs/202311/t20231123_1792822.html", "progress", """- 发布机构:中共徐庄镇委员会
- 成文时间:2023年11月23日
- 标 题:徐庄镇党委关于九届区委第三轮巡察整改进展情况的通报
徐庄镇党委关于九届区委第三轮巡察整改进展情况的通报
根据区委统一部署,2022年11月29日至2023年2月20日,区委第五巡察组对徐庄镇徐庄村、葫芦套村、武王庄村、辛召村、安上村等5个村级党组织进行了巡察,3月14日,区委巡察组向徐庄镇党委主要负责人和被巡察村级党组织领导班子分别反馈了巡察意见。按照巡察工作有关要求,现将巡察集中整改进展情况予以公布。
……
二、区委巡察组反馈意见整改进展情况
区委巡察组共反馈问题4个大方面26个大项的问题,巡察反馈徐庄村等5个村级党组织存在的问题共计84个大项的问题,党委将巡察组反馈问题梳理分解整改任务106个,已完成整改98个,……
""", {"unit": "", "units": ["徐庄镇徐庄村", "葫芦套村", "武王庄村", "辛召村", "安上村"], "term": 9, "round": 3,
      "start": date(2022, 11, 29), "end": date(2023, 2, 20), "feedback_date": date(2023, 3, 14)}),
    # https://sfj.suzhou.gov.cn/sfj/tzgg/202212/f5c1004a5f474a3a89046484fc276c65.shtml (a city justice bureau's report
    # with its page chrome: unit written without 中共; 7月19日 takes 2022 (settled 1); term 13, round 1 from 十三届市委第一轮巡察;
    # 六个方面17项具体问题 gives problems 17 (the aspects are no count), 71项整改措施 the measures, 5项问题…已完全整改到位 the
    # completed problems (the 11 measures done beside them and the 14 problems "with clear effect" are not scored as
    # further figures: see the docstring))
    ("suzhou_justice_bureau_progress", "https://sfj.suzhou.gov.cn/sfj/tzgg/202212/f5c1004a5f474a3a89046484fc276c65.shtml", "progress", """您当前所在位置:首页 > 通知公告
中共苏州市司法局党组关于市委巡察反馈意见整改进展情况的通报
来源:苏州市司法局   发布日期:2022-12-28 10:48   访问量:
根据市委统一部署,市委第三巡察组于2022年3月11日至5月17日对中共苏州市司法局党组开展了巡察,并于7月19日进行了反馈。按照巡察工作有关要求,现将集中整改进展情况公布如下。
一、组织领导和工作推进情况
市司法局党组坚持把巡察整改工作作为重大政治任务,高度重视做好十三届市委第一轮巡察反馈的六个方面17项具体问题整改工作,有针对性的制定71项整改措施并精心组织推进实施,确保整改工作全落实、全到位。按照整改计划,涉及5项问题、11项措施已完全整改到位,14项问题、39项措施整改落实取得明显成效。
……8月23日,局党组召开巡察整改专题民主生活会,领导班子严肃认真开展批评和自我批评,……
""", {"unit": "苏州市司法局党组", "group": "市委第三巡察组", "term": 13, "round": 1, "start": date(2022, 3, 11),
      "end": date(2022, 5, 17), "feedback_date": date(2022, 7, 19),
      "figures": [("problems", 17), ("measures", 71), ("completed", 5)]}),
    # http://www.ptcdi.gov.cn/xxgk/xcgz/202508/t20250808_2010140.htm (a city natural resources bureau's report body
    # without its title: group 市委巡察六组 as written; no count stated in the excerpt)
    ("putian_natural_resources_progress", "http://www.ptcdi.gov.cn/xxgk/xcgz/202508/t20250808_2010140.htm", "progress", """根据市委巡察工作的统一部署,2024年4月1日至4月30日,市委巡察六组对市自然资源局党组开展了巡察,并于2024年8月19日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
一、局党组及主要负责人组织整改落实情况
(一)局党组承担巡察整改落实主体责任的情况
市委巡察六组反馈意见后,局党组高度重视,将巡察整改作为一项重大政治任务来抓,……迅速召开巡察整改动员部署会,……召开巡察整改专题民主生活会,针对巡察反馈指出的问题,深刻剖析,全面对照检查,制定有效的整改措施,……
""", {"unit": "市自然资源局党组", "group": "市委巡察六组", "term": None, "round": None, "start": date(2024, 4, 1),
      "end": date(2024, 4, 30), "feedback_date": date(2024, 8, 19), "figures": []}),
    # http://jjjc.sanya.gov.cn/jjjcsite/bjxsxczg/202404/6db06ce68af844668f80e08f73b9bbf3.shtml (a science city's
    # administration and its development company report together under one title that runs the two bodies' names
    # on: unit "" and the two party committees as units, each named without the bracketed short name; one group for
    # two units is not scored; the term in 八届市委第四巡察组 qualifies the group only and is not scored)
    ("sanya_science_city_two_bodies_progress", "http://jjjc.sanya.gov.cn/jjjcsite/bjxsxczg/202404/6db06ce68af844668f80e08f73b9bbf3.shtml", "progress", """首页>巡视巡察>本级巡视巡察整改
中共三亚崖州湾科技城管理局委员会中共三亚崖州湾科技城开发建设有限公司委员会关于巡察整改进展情况的通报
根据市委统一部署,2022年5月6日至2022年7月4日,八届市委第四巡察组对三亚崖州湾科技城管理局(以下简称“管理局”)党委、三亚崖州湾科技城开发建设有限公司(以下简称“开发公司”)党委开展常规巡察。2022年9月29日,巡察组向管理局党委、开发公司党委反馈了巡察意见。根据《中国共产党党内监督条例》和《中国共产党巡视工作条例》有关规定,现将巡察集中整改进展情况予以公布。
一、反馈问题整改情况
(一)关于聚焦党中央各项决策部署在基层的落实情况方面
问题1:学习贯彻习近平总书记重要讲话精神存在落差。
……
""", {"unit": "", "units": ["三亚崖州湾科技城管理局党委", "三亚崖州湾科技城开发建设有限公司党委"], "round": None,
      "start": date(2022, 5, 6), "end": date(2022, 7, 4), "feedback_date": date(2022, 9, 29), "figures": []}),
    # http://sjw.qz.gov.cn/art/2021/11/10/art_1666126_58924290.html (a city's aid-Xinjiang headquarters reports: the
    # unit is the visit's short name 市援疆指挥部党委 (the title's full name is the same body); 33 problems, 33 completed;
    # 批评教育1人 criticized, 提醒谈话1人 reminded (as the pinned wucheng reads those words); 责令作出书面检查 is no metric;
    # the excerpt is cut before the count of rules)
    ("quzhou_aid_xinjiang_headquarters_progress", "http://sjw.qz.gov.cn/art/2021/11/10/art_1666126_58924290.html", "progress", """当前位置:首页 > 巡视巡察
中共衢州市对口支援新疆阿克苏地区乌什县指挥部委员会关于巡察整改进展情况的通报
2021-11-10 来源:市纪委、监委
根据市委统一部署,2020年9月23日至12月23日,市委第一巡察组对市援疆指挥部党委进行了巡察。2021年3月11日,市委巡察组向市援疆指挥部党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
……二是加强组织领导,明确整改任务。成立由党委书记、指挥长为组长,班子成员为副组长,各办组负责人及相关人员为组员的巡察整改工作领导小组,并成立监督小组。……
巡察反馈后,对市委巡察组反馈的33个问题,已经整改完成33个。在巡察整改工作中,责令作出书面检查1人,批评教育1人,提醒谈话1人;……
""", {"unit": "市援疆指挥部党委", "group": "市委第一巡察组", "term": None, "round": None, "start": date(2020, 9, 23),
      "end": date(2020, 12, 23), "feedback_date": date(2021, 3, 11),
      "figures": [("problems", 33), ("completed", 33), ("criticized_people", 1), ("reminded_people", 1)]}),
    # http://jw.cj.cn/P/C/156723.htm (a prefecture's group on an industrial park's working committee that is also a
    # town's committee, named in brackets: the unit without the bracket; the group with its owner as written,
    # 昌吉州党委第四巡察组; no count in the excerpt)
    # settled convention 7 (r18 pass): the unit keeps its bracketed second name as written, as the written convention
    # of r11-r13 says (阜康产业园党工委 -> 阜康产业园党工委（甘河子镇党委）)
    ("fukang_industrial_park_prefecture_progress", "http://jw.cj.cn/P/C/156723.htm", "progress", """根据州党委统一部署,2023年12月12日至2024年1月17日,昌吉州党委第四巡察组对阜康产业园党工委(甘河子镇党委)开展了常规巡察。2024年4月23日,昌吉州党委巡察组向阜康产业园党工委(甘河子镇党委)反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、加强对巡察整改的组织领导情况
……2.加强组织领导。问题反馈后,产业园认真履行巡察整改主体责任,于召开了专题会议研究巡察整改工作,成立了以党工委书记为组长,管委会主任为副组长、各分管领导为成员的落实巡察整改工作领导小组。制定了《整改方案》,……
""", {"unit": "阜康产业园党工委（甘河子镇党委）", "group": "州党委第四巡察组", "term": None, "round": None,  # settled convention 9 (read 昌吉州党委第四巡察组)
      "start": date(2023, 12, 12), "end": date(2024, 1, 17), "feedback_date": date(2024, 4, 23), "figures": []}),
    # http://nmghndj.gov.cn/contents/148/16509.html (a city committee's body of its report on a regional special and
    # regular inspection: term 11, round 2 (十一届自治区党委第二轮巡视); the group 自治区党委第十一巡视组 as written
    # further down; 7月21日 has its year from the visit (settled 1: 2023-07-21, as 2023年…7月21日 is told after it);
    # 38个问题 the problems; the unit is a place visited (对乌海市开展), which the set leaves unscored (see
    # KNOWN_MISSES' wuhan_devzone_provincial_progress))
    ("wuhai_regional_special_inspection_progress", "http://nmghndj.gov.cn/contents/148/16509.html", "progress", """按照自治区党委统一部署,2023年4月18日至6月30日,十一届自治区党委第二轮巡视第十一巡视组对乌海市开展“专项+常规”巡视。7月21日,自治区党委巡视组向乌海市反馈了专项巡视意见。按照巡视工作有关要求,现将集中整改期(3个月)巡视整改情况予以公布。
一、提高政治站位,压紧压实巡视整改责任
……(一)深化思想认识,科学安排部署。7月21日自治区党委第十一巡视组反馈专项巡视意见后,市委从“两个维护”高度深刻认识做好巡视整改工作的极端重要性,当日立即召开市委常委会会议,……对照自治区党委专项巡视反馈的38个问题,照单全收、全面认领,……先后召开市委巡视整改工作领导小组及办公室会议5次,……
""", {"group": "自治区党委第十一巡视组", "term": 11, "round": 2, "start": date(2023, 4, 18),
      "end": date(2023, 6, 30), "feedback_date": date(2023, 7, 21), "figures": [("problems", 38)]}),
    # http://www.ndjc.gov.cn/xcgz/bjxsxcqk/202511/t20251112_2411416.htm (a scenic area's working committee reports on
    # a city's inspection, with its page line: the group with its owner as written, 宁德市委巡察三组; 4月29日 takes 2025
    # (settled 1); 84项具体措施 the measures; 14 meetings and a 30% weight in appraisals are no figure)
    ("baiyunshan_scenic_area_progress", "http://www.ndjc.gov.cn/xcgz/bjxsxcqk/202511/t20251112_2411416.htm", "progress", """中共福安市委白云山风景名胜区工作委员会关于巡察整改进展情况的通报
浏览次数: 发布时间: 2025-11-12 12:02 字体大小: 大 中 小 根据市委巡察工作的统一部署,2025年2月18日至3月30日,宁德市委巡察三组对福安市白云山风景名胜区党工委进行了巡察,并于4月29日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以通报。
一、党工委及主要负责人组织整改落实情况
……研究制定《巡察整改工作方案》,细化形成84项具体措施,建立“问题、任务、责任、时限”四张清单,……建立“周调度、月通报”工作机制,整改期间召开专题推进会14次,对重点问题挂牌督办、销号管理。将巡察整改成效纳入年度绩效考核指标,权重占30%,……
""", {"unit": "福安市白云山风景名胜区党工委", "group": "市委巡察三组", "term": None, "round": None,  # settled convention 9 (read 宁德市委巡察三组)
      "start": date(2025, 2, 18), "end": date(2025, 3, 30), "feedback_date": date(2025, 4, 29),
      "figures": [("measures", 84)]}),
    # https://www.fjdaily.com/app/content/2025-12/25/content_3786444.html (a district committee's report on a provincial
    # inspection, as the provincial paper's app printed it: 6个方面83个问题 the problems, 整改措施360条 the measures,
    # 制度115项 the rules; six meetings and the 6月19日 democratic life meeting are no figure or date)
    ("shaxian_district_provincial_progress", "https://www.fjdaily.com/app/content/2025-12/25/content_3786444.html", "progress", """根据省委部署,2024年8月18日至9月30日,省委巡视七组对沙县区委开展了巡视,并于2025年2月20日反馈了巡视意见。按照党务公开规定和巡视工作有关要求,现将巡视整改进展情况通报如下。
一、区委及主要负责人组织整改落实情况
(一)区委高度重视、高标推进,坚决扛起巡视整改主体责任。……召开区委常委会(扩大)会议等6次,……并于6月19日召开区委常委班子巡视整改专题民主生活会,……二是坚持标本兼治抓整改。坚持“当下改”和“长久立”相结合,针对巡视反馈的6个方面83个问题,分门别类梳理整改措施360条,并把制度建设贯穿巡视整改全过程,健全完善《中共沙县区委常委会议事规则》等规则制度115项。……
""", {"unit": "沙县区委", "group": "省委巡视七组", "term": None, "round": None, "start": date(2024, 8, 18),
      "end": date(2024, 9, 30), "feedback_date": date(2025, 2, 20),
      "figures": [("problems", 83), ("measures", 360), ("rules_established", 115)]}),
    # http://www.zjsjw.gov.cn/gongzuodongtai/xunshixuncha/202506/t20250609_23500111.shtml (a county-level city's
    # committee reports on a provincial inspection: the visit names the place (对嵊州市开展), left unscored as for
    # wuhai; 8月9日 takes 2024 (settled 1); 8个方面27个具体问题 the problems, 99条整改措施 the measures, 党纪处分94人 the
    # disciplined (its bracketed breakdown is no further figure); the excerpt is cut before the next count)
    ("shengzhou_provincial_inspection_progress", "http://www.zjsjw.gov.cn/gongzuodongtai/xunshixuncha/202506/t20250609_23500111.shtml", "progress", """根据省委统一部署,2024年3月18日至5月17日,省委第五巡视组对嵊州市开展了巡视。8月9日,省委巡视组向嵊州市委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改情况予以公布。
……二是加强组织领导,压实整改责任。召开市委常委会会议专题研究省委巡视整改方案,对8个方面27个具体问题,研究制定99条整改措施,逐一分解落实责任市领导和责任单位,明确整改时限。……市委书记认真履行“第一责任人”责任,直接领衔7个问题整改,……
在巡视整改工作中,给予党纪处分94人(党内警告53人,严重警告30人,撤销党内职务1人,留党察看1人,开除党籍9人);……
""", {"group": "省委第五巡视组", "term": None, "round": None, "start": date(2024, 3, 18), "end": date(2024, 5, 17),
      "feedback_date": date(2024, 8, 9),
      "figures": [("problems", 27), ("measures", 99), ("disciplined_people", 94)]}),
    # https://ljzj.gov.cn/plus/view.php?aid=12307 (a county-level city's committee reports on a provincial
    # inspection: the place visited is left unscored; 整改措施62条 the measures; the 8 items its secretary leads and the
    # 20 meetings are no figure)
    ("leizhou_provincial_inspection_progress", "https://ljzj.gov.cn/plus/view.php?aid=12307", "progress", """根据省委统一部署,2020年10月13日至12月13日,省委第四巡视组对雷州市进行了巡视。2021年1月27日,省委巡视组向雷州市委反馈了巡视意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡视整改进展情况予以公布。
……(二)抓严问题认领,压实工作责任。围绕反馈问题,提出整改措施62条。市委主要负责同志自觉担负起第一责任人责任,以身作则、带头认领“硬骨头”整改事项8个,以上率下抓整改;主持召开专题巡视整改会议20次,……
""", {"group": "省委第四巡视组", "term": None, "round": None, "start": date(2020, 10, 13), "end": date(2020, 12, 13),
      "feedback_date": date(2021, 1, 27), "figures": [("measures", 62)]}),
    # https://www.gdjct.gd.gov.cn/xunshizgls/content/post_206275.html (a city committee's report on a provincial special
    # inspection of its rural programme, on the province's discipline site with its page line: the visit names the
    # committee itself, 汕头市委; no count in the excerpt)
    ("shantou_committee_provincial_special_progress", "https://www.gdjct.gd.gov.cn/xunshizgls/content/post_206275.html", "progress", """所在位置:首页 > 广东省巡视巡察工作专栏 > 整改落实 > 正文
中共汕头市委关于巡视整改进展情况的通报
来源:南粤清风网 日期:2025-05-20 10:00:00
  根据省委统一部署,2023年11月28日至2024年3月20日,省委第四巡视组对汕头市委推进“百千万工程”情况开展了巡视。2024年6月5日,省委巡视组向汕头市委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
  一、市委履行巡视整改主体责任情况
……召开市委领导班子巡视整改专题民主生活会,对照省委巡视反馈意见,刀刃向内、全面查摆,……
""", {"unit": "汕头市委", "group": "省委第四巡视组", "term": None, "round": None, "start": date(2023, 11, 28),
      "end": date(2024, 3, 20), "feedback_date": date(2024, 6, 5), "figures": []}),
    # http://hss.hebcdi.gov.cn/web/hssjw/sjxsxczg/ff80808191555f3a0192a7afbcb67b70.htm (a city committee's report on a
    # provincial look-back: the place visited is left unscored; 11月11日 has its year from the visit (2021); the meetings of
    # 2021年11月16日, 11月19日 and 2022年1月6日 are no field)
    ("hengshui_provincial_look_back_progress", "http://hss.hebcdi.gov.cn/web/hssjw/sjxsxczg/ff80808191555f3a0192a7afbcb67b70.htm", "progress", """来源:河北省纪委监委网站 发布时间:2022-07-01 10:07:39 阅读量:351
根据省委部署,2021年9月2日至9月30日,省委第十五巡视组对衡水市开展了巡视“回头看”,11月11日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、把整改落实作为一项政治任务来抓
……(一)提高政治站位,凝聚整改合力。……于2021年11月16日召开省委巡视“回头看”反馈意见专题会暨整改落实推进大会,……11月19日召开市委常委(扩大)会研究通过了《关于省委第十五巡视组巡视“回头看”反馈意见的整改落实方案》,……2022年1月6日,召开市委常委班子党史学习教育暨省委巡视整改专题民主生活会,……
""", {"group": "省委第十五巡视组", "term": None, "round": None, "start": date(2021, 9, 2), "end": date(2021, 9, 30),
      "feedback_date": date(2021, 11, 11), "figures": []}),
    # http://www.gy-zao.com/page104?article_id=27455 (a city committee's report on a provincial inspection, copied on
    # an unrelated site: the place visited is left unscored; no count in the excerpt)
    ("guangyuan_provincial_inspection_progress_copy", "http://www.gy-zao.com/page104?article_id=27455", "progress", """根据省委统一部署,2024年8月27日至11月22日,省委第四巡视组对广元市进行了巡视。2024年12月27日,省委第四巡视组向广元市委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、市委及主要负责人组织整改落实情况
(一)市委组织整改落实情况
……省委巡视反馈意见后,迅速召开市委常委会会议,传达学习省委第四巡视组巡视广元市反馈意见,研究部署巡视整改工作。……
""", {"group": "省委第四巡视组", "term": None, "round": None, "start": date(2024, 8, 27), "end": date(2024, 11, 22),
      "feedback_date": date(2024, 12, 27), "figures": []}),
    # http://hb.china.com.cn/2021-10/26/content_41714338.htm (a provincial committee's report on a central inspection,
    # on a news portal: the place visited (湖北省) is left unscored; no count in the excerpt)
    ("hubei_central_inspection_progress", "http://hb.china.com.cn/2021-10/26/content_41714338.htm", "progress", """根据中央统一部署,2020年10月10日至12月20日,中央第二巡视组对湖北省开展了常规巡视。2021年2月4日,中央巡视组向湖北省委反馈了巡视意见。湖北省委坚决扛起巡视整改主体责任,……按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、坚持把巡视整改作为重大政治任务,以真抓实改的实际行动践行“两个维护”
1.提高政治站位,坚决扛起巡视整改政治责任。湖北省委认真学习、深研细悟习近平总书记关于巡视工作的重要论述……
""", {"group": "中央第二巡视组", "term": None, "round": None, "start": date(2020, 10, 10), "end": date(2020, 12, 20),
      "feedback_date": date(2021, 2, 4), "figures": []}),
    # https://www.hechengqu.gov.cn/hechengqu/c115525/202602/a31b0173964d483a9ec6f90d8bca3cd1.shtml (a district
    # committee's report on a provincial inspection of the committee itself: 31个省委巡视反馈问题 the problems; the previous
    # round's 34 problems, 11 of them unfinished and now 5 completed and 6 in part, are a quoted problem's counts and no
    # figure; the 10 meetings are none)
    ("hecheng_district_provincial_progress", "https://www.hechengqu.gov.cn/hechengqu/c115525/202602/a31b0173964d483a9ec6f90d8bca3cd1.shtml", "progress", """中共怀化市鹤城区委关于巡视整改进展情况的通报
根据省委统一部署,2025年3月5日至5月16日,省委第九巡视组对鹤城区委进行了巡视。2025年6月23日,省委巡视组向鹤城区委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、组织整改落实情况
……鹤城区委书记坚决扛牢巡视整改第一责任人责任,带头领办重点难点问题,省委巡视组反馈意见以来,召开会议专题调度巡视问题整改工作10次,严格按照要求稳步推进31个省委巡视反馈问题以及提级巡视金海村、4个专项检查反馈问题整改,……
二、集中整改期内整改进展情况
(一)推进整改不主动,重点难点问题整改不到位。
1.问题1:截至本轮巡视进驻,上轮省委巡视反馈的34个问题有11个未完成整改。
整改情况:上轮省委巡视反馈还未完成的11个问题中,已完成整改5个问题,阶段性完成整改6个问题。……
""", {"unit": "鹤城区委", "group": "省委第九巡视组", "term": None, "round": None, "start": date(2025, 3, 5),
      "end": date(2025, 5, 16), "feedback_date": date(2025, 6, 23), "figures": [("problems", 31)]}),
    # http://www.tchuan.gov.cn/xxgk-show-46404.html (a district's report on a provincial inspection: the place visited
    # (对达州市通川区开展) is left unscored; 12月26日 takes 2024 (settled 1); 15 leaders and 43 units responsible are no
    # figure)
    ("tongchuan_district_provincial_progress", "http://www.tchuan.gov.cn/xxgk-show-46404.html", "progress", """根据省委统一部署,2024年10月13日至11月21日,省委第二巡视组对达州市通川区开展了常规巡视。12月26日,省委第二巡视组向中共达州市通川区委反馈了巡视意见。按照党务公开原则和巡视工作有关要求,现将巡视整改集中整改进展情况予以通报。
一、区委及主要负责人组织整改落实情况
……三是周密部署促落实。区委按照省委巡视整改要求,对标省委巡视办审核意见,认真研究形成“1 3”巡视整改方案。针对反馈问题,细化制定整改措施,明确15名区级责任领导、23个牵头单位、20个配合单位整改责任,……
""", {"group": "省委第二巡视组", "term": None, "round": None, "start": date(2024, 10, 13), "end": date(2024, 11, 21),
      "feedback_date": date(2024, 12, 26), "figures": []}),
    # http://www.tiedong.gov.cn/html/ASTDQ/202501/0173762373494417.html (a district's report on a provincial regular and
    # business-environment special inspection: the place visited is left unscored; the meetings of 2024年1月10日 and
    # 1月15日 are no field)
    ("tiedong_district_provincial_progress", "http://www.tiedong.gov.cn/html/ASTDQ/202501/0173762373494417.html", "progress", """根据省委和省委巡视工作领导小组统一部署,2023年9月21日至11月30日,省委第六巡视组对铁东区进行了常规巡视和营商专项巡视。2024年1月9日,省委巡视组向铁东区反馈了巡视意见。按照《巡视工作条例》有关要求,现将巡视整改情况予以公布。
一、领导班子履行主体责任情况
……省委第六巡视组反馈意见后,2024年1月10日,铁东区委召开区委常委会会议,成立铁东区委省委巡视反馈意见整改工作领导小组(以下简称“整改工作领导小组”),专题研究部署巡视整改工作。1月15日,区委常委班子召开巡视整改专题民主生活会,……
""", {"group": "省委第六巡视组", "term": None, "round": None, "start": date(2023, 9, 21), "end": date(2023, 11, 30),
      "feedback_date": date(2024, 1, 9), "figures": []}),
    # http://www.tube444.com/news-show-266708.html (traditional script with question-mark padding on an unrelated domain:
    # a city committee's report on a provincial inspection; the place visited is left unscored; 3 and 7 meetings are
    # no figure)
    ("dazhou_committee_provincial_progress_trad", "http://www.tube444.com/news-show-266708.html", "noisy", """???????? 中共達州市委
關于省委巡視整改進展情況的通報
根據省委統一安排,2024年8月25日至11月21日,省委第二巡視組對達州市開展了常規巡視。2024年12月25日,省委第二巡視組向達州市委反饋了巡視意見。根據《中國共產黨巡視工作條例》和《中國共產黨黨內監督條例》有關規定,現將巡視整改階段進展情況予以公布。
一、市委及主要負責同志組織整改落實情況
……及時將巡視反饋情況向黨內和社會公開,召開3次市委常委會會議、7次巡視整改工作專題會議,……
""", {"group": "省委第二巡视组", "term": None, "round": None, "start": date(2024, 8, 25), "end": date(2024, 11, 21),
      "feedback_date": date(2024, 12, 25), "figures": []}),
    # --- news: feedback meetings, mobilisations, rectification meetings -------------------------------------------
    # http://www.tzjw.gov.cn/tzjw/bjxcfk/content/081c0b60-630e-4c68-8216-b0bd2e48ab2c.html (a district group feeds back
    # to a town's committee on 23 of its villages: one group for the villages, and the villages named as 团圆村等23个, so
    # unit, units and group are left unscored; the dates are read; 十个方面 of findings listed in part is no problem count)
    ("pingchao_town_villages_feedback", "http://www.tzjw.gov.cn/tzjw/bjxcfk/content/081c0b60-630e-4c68-8216-b0bd2e48ab2c.html", "news", """区委第三巡察组向平潮镇党委反馈团圆村等23个村(社区)党组织巡察情况
信息来源: 发布时间: 2025/06/20
根据区委巡察工作领导小组的安排,2025年6月20日,区委第三巡察组向平潮镇党委及团圆村等23个村(社区)党组织反馈巡察情况。区委第三巡察组组长胡祝平代表巡察组向平潮镇党委领导班子进行了反馈,……
根据区委统一部署,2025年4月2日至5月30日,区委第三巡察组对平潮镇团圆村等23个村(社区)党组织进行了巡察。巡察中发现了一些问题,主要是贯彻落实乡村振兴战略未达预期、村集体“三资”管理工作存在漏洞与短板、基层党组织建设存在短板等十个方面。
""", {"term": None, "round": None, "start": date(2025, 4, 2), "end": date(2025, 5, 30),
      "feedback_date": date(2025, 6, 20), "figures": []}),
    # http://m.bjhospital.net/newscenter/2025/DdwKJMd1.html (a city group's mobilisation at a hospital run with a
    # provincial hospital: term 3, round 6 from the round's meeting and notice (三届市委第六轮巡察); the mobilisation's
    # day is no start)
    ("bijie_hospital_sixth_round_mobilisation", "http://m.bjhospital.net/newscenter/2025/DdwKJMd1.html", "news", """市委第四巡察组巡察浙江省人民医院毕节医院党委工作动员会召开
2025-04-21
根据市委巡察工作统一部署,2025年4月21日上午,市委第四巡察组巡察浙江省人民医院毕节医院党委工作动员会召开。会前,市委第四巡察组组长聂鑫主持召开与浙江省人民医院毕节医院党委书记吴国春的见面沟通会,通报巡察任务安排和工作要求。会上,市委第四巡察组副组长刘成虎传达了三届市委第六轮巡察工作动员部署会会议精神、宣读了《关于开展三届市委第六轮巡察工作的通知》。聂鑫围绕巡察工作作动员讲话,吴国春主持会议并就配合做好巡察工作作表态发言。
""", {"unit": "浙江省人民医院毕节医院党委", "group": "市委第四巡察组", "term": 3, "round": 6, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://hx.wnzfw.gov.cn/c/2019/0311/581511.shtml (a city group's special inspection of a district, mobilised on its
    # first day: the visit's dates are stated (2019年3月1日至3月31日); the district is a place visited, left unscored)
    ("huazhou_district_special_inspection_mobilisation", "http://hx.wnzfw.gov.cn/c/2019/0311/581511.shtml", "news", """时间:2019-03-11 16:28 来源: 渭南市华州区人民政府 点击量: 次
根据市委统一部署,市委第三巡察组于2019年3月1日至3月31日对华州区开展脱贫攻坚和扫黑除恶专项巡察。
3月1日上午,市委第三巡察组专项巡察华州区脱贫攻坚和扫黑除恶动员会在区政务中心召开。会上,市委第三巡察组组长马荣昌作动员讲话,市委巡察办副主任王东代表市委巡察工作领导小组提出要求,区委书记霍文军主持会议并作表态发言。
""", {"group": "市委第三巡察组", "term": None, "round": None, "start": date(2019, 3, 1), "end": date(2019, 3, 31),
      "feedback_date": None, "figures": []}),
    # https://www.zunyihy.cn/n279/20230925/i918.html (a city group feeds back to a memorial museum, on the museum's own
    # site)
    ("zunyi_memorial_museum_feedback", "https://www.zunyihy.cn/n279/20230925/i918.html", "news", """市委第八巡察组向遵义会议纪念馆反馈巡察情况
日期:2023.09.25
根据市委巡察工作统一部署,2023年9月19日,市委第八巡察组向遵义会议纪念馆反馈巡察情况。市委第八巡察组副组长黎光毅传达省委常委、市委书记、市委巡察工作领导小组组长李睿在市委书记专题会和市委常委会听取巡察情况汇报时的讲话精神。……市委第八巡察组组长管庆华向遵义会议纪念馆领导班子反馈巡察意见。遵义会议纪念馆馆长周俊南主持反馈会议并作表态发言。
""", {"unit": "遵义会议纪念馆", "group": "市委第八巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2023, 9, 19), "figures": []}),
    # https://www.gdlonghu.gov.cn/lh/gkml/zwgk/zwdt/bmdt/content/post_2457531.html (a district group's look-back fed back
    # to a sanitation centre: round 8 (区委第八轮第一巡察组); the unit named in full where the feedback goes (settled 5);
    # the look-back's own period is the visit; 近日 gives no feedback date; the findings listed with 、 and closed by
    # 等问题 are left unscored)
    ("longhu_sanitation_centre_look_back_feedback", "https://www.gdlonghu.gov.cn/lh/gkml/zwgk/zwdt/bmdt/content/post_2457531.html", "news", """区委第一巡察组向龙湖区环境卫生事务中心党组反馈巡察“回头看”情况
2025-07-23
汕头市龙湖区环境卫生事务中心
      近日,区委第八轮第一巡察组向龙湖区环境卫生事务中心党组面对面反馈了巡察“回头看”情况,反馈指出区环卫中心党组政治理论学习不够深入扎实的问题整改不彻底、城市环境卫生作业巡查监管力度不足、执行财务制度不严格、组织生活不严谨等问题。
      根据区委巡察工作统一部署,2025年3月12日至5月23日,区委第一巡察组对区环卫中心党组开展了巡察“回头看”,……
      龙湖区环境卫生事务中心党组2025年7月21日召开党组(扩大)会议,研究部署巡察整改工作,……
""", {"unit": "龙湖区环境卫生事务中心党组", "group": "区委第一巡察组", "term": None, "round": 8,
      "start": date(2025, 3, 12), "end": date(2025, 5, 23), "feedback_date": None, "figures": []}),
    # http://sthjt.gxzf.gov.cn/zwxx/sxdt/t11050244.shtml (a regional department's own group holds an appraisal meeting
    # at a monitoring centre it inspects: the group keeps its owner as written; 12月28日 has no year on the page, so no
    # date; the centre, named in full and as its branch, is left unscored)
    ("wuzhou_monitoring_centre_department_group_appraisal", "http://sthjt.gxzf.gov.cn/zwxx/sxdt/t11050244.shtml", "news", """12月28日,中共广西壮族自治区生态环境厅党组第一巡察组召开广西壮族自治区梧州生态环境监测中心政治巡察民主测评会及政治巡察汇报会。自治区生态环境厅党组第一巡察组组长韦好鹏出席会议并讲话。
……汇报会上,梧州中心党支部书记、主任贺秀琴代表中心党支部就中心基本情况、党建工作、业务工作等内容作了汇报,……
""", {"group": "自治区生态环境厅党组第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://dj.sanya.gov.cn/djsite/gzdt/201804/c35c852b3dff45cb817ffad0f0284ec9.shtml (a city's meeting pushing the
    # rectification of a provincial inspection: the group named as feeding back on 3月11日, with no year in the text, so
    # no date; three units criticised for slow rectification are no units)
    ("sanya_provincial_rectification_push_meeting", "http://dj.sanya.gov.cn/djsite/gzdt/201804/c35c852b3dff45cb817ffad0f0284ec9.shtml", "news", """4月7日晚,三亚召开落实省委巡视整改工作推进会,对落实省委巡视整改工作不力的三家单位进行严厉通报批评,并对下一步工作进行部署。……
会上,市委常委、纪委书记任笑竹宣读《中共三亚市委关于对市扶贫办、市爱卫办、市创意产业园管委会落实省委巡视整改工作不力的通报》。
严朝君指出,3月11日省委第四巡视组向市委反馈巡视情况后,市委高度重视,迅速召开市委常委会会议专题研究抓好巡视整改工作的有关事项,……
""", {"units": [], "group": "省委第四巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://lqnews.zjol.com.cn/lqnews/system/2023/03/17/034110589.shtml (a county-level city's meeting on a city's
    # special inspection: no group, round or date of a visit; 2022年以来 is no start)
    ("longquan_special_inspection_rectification_meeting", "http://lqnews.zjol.com.cn/lqnews/system/2023/03/17/034110589.shtml", "news", """我市召开落实“保生态、护正气”专项巡察问题整改工作推进会
2023-03-17 来源:今日龙泉
  龙泉新闻网讯(记者 刘茜 叶驰龙)3月15日,我市召开落实“保生态、护正气”专项巡察问题整改工作推进会,……
  2022年以来,丽水市委启动了“保生态、护正气”专项巡察,向我市反馈了发现的一批突出问题,尤其是涉及机制砂行业管理等问题。……
  会议通报了前期整改工作进展情况,部署了下步“保生态、护正气”专项巡察整改任务工作。市水利局、市交通运输局、市城发集团、道太乡围绕各自整改任务作了表态发言。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.hechi.gov.cn/hdjl/szjdr/szjdr_jy/t19158820.shtml (a district's year of inspections for the people told
    # through one group's case: no visit dated; 巡察建议书4份, 立行立改建议24个 and 问题32个 solved for the people are no
    # findings; the compensation paid is no recovered fund)
    ("yizhou_inspection_for_the_people_feature", "http://www.hechi.gov.cn/hdjl/szjdr/szjdr_jy/t19158820.shtml", "news", """今年7月,宜州区委第二巡察组在德胜镇开展“乡村一体巡”时,多个村群众来访反映:河池至荔波高速公路施工破坏了农田水系,导致雨季期间农田和桑地被水淹没,农作物遭受损失。
……今年8月底,高速公路项目施工方已向施工涉及的德胜镇9个自然屯113户农户发放了青苗、肥料和人工等补偿款共计15.16万元,……
今年以来,宜州区委坚持巡察为民理念,……及时向被巡察单位或相关职能部门发出巡察建议书4份,提出立行立改建议24个,推动解决农村饮水水质、沙场噪声污染、农田水利设施维护等群众“急难愁盼”问题32个,……
""", {"start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.ijjnews.com/zygl/gonggao/2026-03-16/479194.shtml (a county-level city's look-back notice of 2026 with
    # its groups' duties: the units named (a school group without its bracket of member schools; 医疗卫生系统 is a system,
    # no unit); 3月上中旬 is no date)
    ("jinjiang_2026_look_back_notice", "https://www.ijjnews.com/zygl/gonggao/2026-03-16/479194.shtml", "rounds", """巡 察 公 告
根据党中央关于巡视巡察决策部署及省委、泉州市委、晋江市委工作要求,经市委巡察工作领导小组研究决定,从2026年3月上中旬开始,市委巡察组对市市场监督管理局党组、梅岭街道、西园街道、文旅集团党委、养正中学教育集团(含慎中实验学校、安海中学、松熹中学、紫华中学,同时检查各镇<街道>教育中心)、医疗卫生系统等单位党组织开展巡察“回头看”,时间安排30天左右。日前,巡察组已进驻被巡察单位。
市委巡察一组
组长:姚思明
……
""", {"unit": "", "units": ["市市场监督管理局党组", "梅岭街道", "西园街道", "文旅集团党委", "养正中学教育集团"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- round-level notices, statistics and summaries ---------------------------------------------------------------
    # http://www.shbljjjcw.gov.cn/patrol_detail.php?class_id=141&id=525 (a district's round launched: term 5, round 6
    # written without 第 (五届区委六轮巡察); its 45 units are counted, none named; 2021年3月18日起 is the start)
    ("beilin_fifth_term_sixth_round_launch", "http://www.shbljjjcw.gov.cn/patrol_detail.php?class_id=141&id=525", "rounds", """北林区2021年3月18日,启动五届区委六轮巡察动员会。区委巡察工作领导小组组长、副组长、成员、区纪委、区委组织部、区委宣传部、区信访局、区财政局、区审计局等人员参加会议,……
北林区委成立6个巡察组于2021年3月18日起,对区直部门、乡镇及其所辖村党组织共45单位党组织开展巡察,对5个学校的突出问题机动式巡察。
""", {"unit": "", "units": [], "group": None, "term": 5, "round": 6, "start": date(2021, 3, 18), "end": None,
      "feedback_date": None, "figures": []}),
    # http://365ljcf.com/content/2019-04/17/content_53492.htm (traditional script: a city's seventh round entered,
    # term 4, round 7 (四届来宾市委第七轮); its 12 bodies cut to the three named; the 40 villages of two counties are
    # counted, the counties no units; the region's eighth round is a studied meeting; 截至4月16日 is no start)
    ("laibin_fourth_term_seventh_round_trad", "http://365ljcf.com/content/2019-04/17/content_53492.htm", "noisy", """截至4月16日,市委5個巡察組全部進(jìn)駐12個被巡察機(jī)關(guān)單位和40個深度貧困村,四屆來賓市委第七輪巡察工作全面展開。
根據(jù)市委統(tǒng)一部署,本輪巡察對市人大機(jī)關(guān)、市人民政府辦公室、市政協(xié)機(jī)關(guān)等12個市直機(jī)關(guān)單位開展常規(guī)巡察;對忻城縣、金秀瑤族自治縣40個深度貧困村進(jìn)行提級巡察。
本輪巡察深入學(xué)習(xí)貫徹習(xí)近平總書記關(guān)于巡視工作重要論述和全國巡視工作會議精神,認(rèn)真貫徹落實十一屆自治區(qū)黨委第八輪巡視動員部署會議精神,……
據(jù)悉,市委巡察組將在被巡察單位工作3個月,……
""", {"unit": "", "units": ["市人大机关", "市人民政府办公室", "市政协机关"], "group": None, "term": 4, "round": 7,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://lanzhou.duofei.com/lanzhouxinwen/bendixinwen/2023-03-22/4460.html (a city's second round fed back in sum,
    # on a news mirror: term 14, round 2; the towns of three counties and a high-tech zone are counted, not named,
    # so the one unit named is the health commission of the special round; the 有的… findings are left unscored;
    # 近日 gives no date)
    ("lanzhou_fourteenth_term_second_round_feedback", "http://lanzhou.duofei.com/lanzhouxinwen/bendixinwen/2023-03-22/4460.html", "rounds", """十四届市委第二轮巡察反馈全面完成_兰州新闻网
发布日期:2023-03-22文章来源:兰州网
近日,十四届市委第二轮巡察反馈工作全面完成。按照市委统一部署,十四届市委第二轮巡察共组建7个巡察组,对永登县、榆中县、皋兰县和高新区所属16个乡镇党委开展了提级巡察,对市卫健委疫情防控工作开展了专项巡察。市委巡察工作领导小组成员参加反馈会议并对整改工作提出明确要求,……
""", {"unit": "", "units": ["市卫健委"], "group": None, "term": 14, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://m.yybnet.net/jiuquan/dunhuang/201903/8820516.html (a province's fourth round of its thirteenth term as
    # an evening paper printed it: 27 counties named one after another, then a new area, a group company and a
    # college: 30 units; the launch day is no start; the cities' and departments' own crossed inspections are no units)
    ("gansu_thirteenth_term_fourth_round_thirty_units", "https://m.yybnet.net/jiuquan/dunhuang/201903/8820516.html", "rounds", """十三届甘肃省委第四轮巡视工作启动
白银晚报 2019-03-13 09:24 大字
十三届省委第四轮巡视工作3月11日启动。本轮巡视将采取“一托三”“一托四”方式,共组建9个巡视组,开展为期3个月的巡视工作。
根据省委部署,十三届省委第四轮巡视将对七里河区、西固区、敦煌市、瓜州县、阿克塞哈萨克族自治县、肃北蒙古族自治县、临泽县、高台县、民乐县、肃南裕固族自治县、凉州区、民勤县、武山县、泾川县、宁县、合水县、正宁县、渭源县、漳县、文县、康县、成县、碌曲县、玛曲县、永靖县、和政县、积石山保安族东乡族撒拉族自治县等27个县(市、区)以及兰州新区、金川集团股份有限公司、甘肃民族师范学院开展巡视。
同时,本轮巡视坚持巡视带巡察,带动被巡视党组织成立巡察组,对其所管理的部门(单位)、乡镇(街道)、村(社区)开展交叉巡察;……
""", {"unit": "", "units": ["七里河区", "西固区", "敦煌市", "瓜州县", "阿克塞哈萨克族自治县", "肃北蒙古族自治县", "临泽县",
                          "高台县", "民乐县", "肃南裕固族自治县", "凉州区", "民勤县", "武山县", "泾川县", "宁县", "合水县",
                          "正宁县", "渭源县", "漳县", "文县", "康县", "成县", "碌曲县", "玛曲县", "永靖县", "和政县",
                          "积石山保安族东乡族撒拉族自治县", "兰州新区", "金川集团股份有限公司", "甘肃民族师范学院"],
      "group": None, "term": 13, "round": 4, "end": None, "feedback_date": None, "figures": []}),
    # http://www.wsnews.com.cn/p/343577.html (a county's village inspections summed up over a term: round-level, no
    # round; 190 villages counted; 累计发现问题4141个 are the inspections' findings and 移交问题线索147件 their clues
    # (settled 6); the per-village averages and rates are no counts)
    ("guangnan_village_inspections_term_sum", "http://www.wsnews.com.cn/p/343577.html", "rounds", """广南:以“四个转变”提升对村巡察全覆盖质效
发布时间:2025-08-05 15:15:31
……近年来,广南县在中央和省委、州委巡视巡察机构的指导下,持续深化“马甲巡察”经验做法,……
从“有形覆盖”到“有效覆盖”筑牢基层根基。村社改革后,广南县对村(社区)巡察对象从177个增至190个,……截至目前,已完成190个村(社区)巡察全覆盖,累计发现问题4141个,移交问题线索147件。与上一届县委相比,平均每村发现问题数从18.01个增至21.79个,成案率从30.36%提升至57.14%,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 4141), ("clues_transferred", 147)]}),
    # http://m.kcqsx.com/jieyang/201911/761428.html (a city's sixth round of its sixth term launched, as a news mirror
    # copied the city paper: 14 units named in one list, two with their other name in brackets (dropped); the
    # meeting of 21日 is no start, 至2020年1月中旬 is a part of a month)
    # settled convention 7 (r18 pass): listed units keep their bracketed second names (市委政策研究室（市委改革办）, 市委外办（市外事局）)
    ("jieyang_sixth_term_sixth_round_fourteen_units", "http://m.kcqsx.com/jieyang/201911/761428.html", "rounds", """六届市委第六轮巡察启动 市委7个巡察组将对14个单位开展巡察
揭阳日报 2019-11-22 10:56
本报讯(记者 陈锡辉 通讯员 揭纪宣) 记者从 21日下午召开的六届市委第六轮巡察动员部署会议上了解到,六届市委第六轮巡察正式启动,从现在起至2020年1月中旬,市委7个巡察组将对14个单位同时开展常规巡察,为期2个月左右。
据悉,本次巡察对象为市委政策研究室(市委改革办)、市委外办(市外事局)、市委军民融合办、市直工委、市科技局、市国资委、市政务服务数据管理局、市地震局、市档案馆、市商业总公司、市物资总公司、市金叶发展公司、市水务集团有限公司、市城投公司。
""", {"unit": "", "units": ["市委政策研究室（市委改革办）", "市委外办（市外事局）", "市委军民融合办", "市直工委", "市科技局", "市国资委",
                          "市政务服务数据管理局", "市地震局", "市档案馆", "市商业总公司", "市物资总公司", "市金叶发展公司",
                          "市水务集团有限公司", "市城投公司"],
      "group": None, "term": 6, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://ydjj.qyjj.gov.cn/view.thtml?id=88079 (a county-level city's feedbacks of two rounds at once, its own ninth
    # and a prefecture's third crossed round: two rounds in one text give no round; the 12 units in order, the crossed
    # group's two first (融媒体中心 kept as written); the span of feedback days gives its first day)
    ("yingde_ninth_round_and_crossed_feedbacks", "http://ydjj.qyjj.gov.cn/view.thtml?id=88079", "rounds", """2021年1月20日至1月29日,清远市第三轮县级交叉巡察第四组和英德市委第九轮巡察各巡察组分别向12个被巡察单位反馈了巡察情况。
在清远市第三轮县级交叉巡察工作中,第四巡察组对英德市政务服务数据局、融媒体中心进行了巡察;在英德市委第九轮巡察中,市委4个巡察组分别对西牛镇、市委统战部、市科技局、市退役军人事务局、市审计局、市信访局、团市委、市工商联、市档案馆、市接待办开展了常规巡察。2021年1月12日,清远市委常委、英德市委书记吴耿淡专题听取市委第九轮巡察和清远市第三轮县级交叉第四巡察组情况汇报,……
""", {"unit": "", "units": ["英德市政务服务数据局", "融媒体中心", "西牛镇", "市委统战部", "市科技局", "市退役军人事务局",
                          "市审计局", "市信访局", "团市委", "市工商联", "市档案馆", "市接待办"],
      "group": None, "round": None, "start": None, "end": None, "feedback_date": date(2021, 1, 20), "figures": []}),
    # http://pxsjw.gov.cn/xinxigongkai/xunshixuncha/2021-10-22/1392.html (a city's eighth round entered, reposted by a
    # county site from the city paper: term 4, round 8; 12 city and 6 county bodies counted, three named; 截止4月9日 no
    # start)
    ("chongzuo_fourth_term_eighth_round_entered", "http://pxsjw.gov.cn/xinxigongkai/xunshixuncha/2021-10-22/1392.html", "rounds", """四届崇左市委第八轮巡察 6个巡察组进驻18家单位
来源:左江日报   发布时间:2020-04-11 11:13:22
     截止4月9日,四届崇左市委第八轮巡察6个巡察组已完成对18家单位的进驻工作,四届崇左市委第八轮巡察全面开展。
      经市委批准,市委第八轮巡察将对市委市人民政府督查考评局等12家市直单位、凭祥市委办公室和江州区人民政府办公室等6家县直单位开展常规巡察。近日,被巡察单位分别召开巡察工作动员会。……各巡察组在被巡察单位工作3个月左右,受理信访时间截止到2020年6月24日。……
""", {"unit": "", "units": ["市委市人民政府督查考评局", "凭祥市委办公室", "江州区人民政府办公室"], "group": None, "term": 4,
      "round": 8, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://fyrexian.com/zixun/bendi/20185.html (a city's seventh round of its sixth term as a local portal copied the
    # evening paper: the units of five groups, each after 巡察 (the second group's without a comma), 20 in all, towns
    # written once with their county and then alone; the launch and 将于…前进驻 give no date)
    ("fuyang_sixth_term_seventh_round_task_division", "https://fyrexian.com/zixun/bendi/20185.html", "rounds", """新一轮巡察来了!涉及阜阳这些单位
来源:颍州晚报 热度:0 时间:2023-11-15
11月14日,记者从市委巡察工作领导小组获悉,为期两个月的六届市委第七轮巡察暨第三轮巩固拓展脱贫攻坚成果同乡村振兴有效衔接专项巡察正式启动。
经市委批准,本轮巡察将派出5个巡察组,对8个市直单位党组(党委)开展常规巡察对12个乡镇(街道)党委(党工委)开展巩固拓展脱贫攻坚成果同乡村振兴有效衔接专项巡察。
本轮巡察时间2个月左右,各巡察组将于2023年11月22日前进驻动员,2024年1月23日前撤点。
巡察任务分工如下:
市委第一巡察组,巡察市委党史和地方志研究室、市档案馆、市交通运输局党组、市国防动员办公室党组。
市委第二巡察组巡察市机关事务管理处党组、市退役军人事务局党组、市菜篮子工程推进中心党组、阜阳农业学校党委。
市委第三巡察组,巡察颍州区颍西街道党工委,颍上县杨湖镇党委、南照镇党委、慎城镇党委。
市委第四巡察组,巡察颍泉区中市街道党工委,太和县城关镇党委、旧县镇党委,界首市光武镇党委。
市委第五巡察组,巡察颍东区插花镇党委,临泉县鲖城镇党委,阜南县鹿城镇党委、中岗镇党委。
""", {"unit": "", "units": ["市委党史和地方志研究室", "市档案馆", "市交通运输局党组", "市国防动员办公室党组",
                          "市机关事务管理处党组", "市退役军人事务局党组", "市菜篮子工程推进中心党组", "阜阳农业学校党委",
                          "颍州区颍西街道党工委", "颍上县杨湖镇党委", "南照镇党委", "慎城镇党委", "颍泉区中市街道党工委",
                          "太和县城关镇党委", "旧县镇党委", "界首市光武镇党委", "颍东区插花镇党委", "临泉县鲖城镇党委",
                          "阜南县鹿城镇党委", "中岗镇党委"],
      "group": None, "term": 6, "round": 7, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://jwfz.org.cn/show-20878.html (a city's second round, second batch, over four state enterprises: term 5,
    # round 2 (第二轮第二批); 自2022年5月17日起…展开 the start)
    ("ningde_fifth_term_second_round_second_batch_enterprises", "http://jwfz.org.cn/show-20878.html", "rounds", """根据中央关于巡视巡察决策部署及省委、市委工作要求,自2022年5月17日起,五届宁德市委第二轮第二批巡察展开。市委巡察组对市国有资产投资经营有限公司、市交通投资集团有限公司、市城建集团有限公司、福建闽东电力股份有限公司等4家市属国有企业党组织开展常规巡察,巡察时间40天左右。日前,4个市委巡察组均已进驻巡察。
……
""", {"unit": "", "units": ["市国有资产投资经营有限公司", "市交通投资集团有限公司", "市城建集团有限公司",
                          "福建闽东电力股份有限公司"],
      "group": None, "term": 5, "round": 2, "start": date(2022, 5, 17), "end": None, "feedback_date": None,
      "figures": []}),
    # http://zhengzhou.baogaosu.com/xinwen/%E5%A7%94%E7%AC%AC%E4%B8%80%E8%BD%AE%E5%B7%A1%E8%A7%86%E5%B0%86%E5%BC%80%E5%A7%8B/19888141
    # (a province's first round of 2014 on a news aggregator with its date line: round 1 (2014年…第一轮); four cities
    # and nine provincial bodies named short, 13 units; 自5月10号陆续进驻 is a staggered entry, not scored)
    ("henan_2014_first_round_thirteen_units", "http://zhengzhou.baogaosu.com/xinwen/%E5%A7%94%E7%AC%AC%E4%B8%80%E8%BD%AE%E5%B7%A1%E8%A7%86%E5%B0%86%E5%BC%80%E5%A7%8B/19888141", "rounds", """河南省委第一轮巡视将开始 10日陆续进驻商丘等地
07.05.2014  19:02
  据河南新闻广播报道,2014年河南省委巡视组第一轮巡视即将开始,第一轮巡视的省辖市有:商丘市、驻马店市、漯河市、济源市,省直委厅局:国资委、发改委、国土厅、住建厅、财政厅、交通厅、科技厅、农业厅、林业厅。第一轮巡视自5月10号陆续进驻被巡视地方和单位。
""", {"unit": "", "units": ["商丘市", "驻马店市", "漯河市", "济源市", "国资委", "发改委", "国土厅", "住建厅", "财政厅",
                          "交通厅", "科技厅", "农业厅", "林业厅"],
      "group": None, "term": None, "round": 1, "end": None, "feedback_date": None, "figures": []}),
    # http://cnua1.com/zgyw/4892.html (the central second round of 2014 as a paper's table note, on a mirror: round 2;
    # nine provinces and two bodies named as entered; the mobilisation sentence naming four of them is cut)
    ("central_2014_second_round_entered", "http://cnua1.com/zgyw/4892.html", "rounds", """2014年中央第二轮巡视工作进驻情况一览表 (截至7月30日)
……
截至昨日,除了陕西省和中国科学院外,今年第二轮的13个巡视点中已有11个正式启动工作。中央巡视组已进驻广西、上海、青海、西藏、浙江、河北、黑龙江、四川和江苏10个省区市开展常规巡视,同时对国家体育总局、一汽集团开展专项巡视。
""", {"unit": "", "units": ["广西", "上海", "青海", "西藏", "浙江", "河北", "黑龙江", "四川", "江苏", "国家体育总局",
                          "一汽集团"],
      "group": None, "term": None, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://bj.crntt.com/doc/241_13570_105821507_1_0713174539.html (a region's coal special round reported by a Hong
    # Kong news agency: term 10, round 7; four bodies named before 等 (each a list cut short); the letters received and
    # the deadlines for letters are no figure or date)
    ("inner_mongolia_coal_special_round_report", "http://bj.crntt.com/doc/241_13570_105821507_1_0713174539.html", "rounds", """内蒙古涉煤领域整治细节披露
http://www.CRNTT.com   2020-07-13 17:45:39
……截至3月27日,十届自治区党委第七轮巡视12个巡视组已完成进驻,本轮巡视工作全面展开。根据自治区党委统一部署,本轮巡视对鄂尔多斯市等7个盟市和自治区自然资源厅等4个厅局,以及内蒙古能源发电投资集团有限公司等3个国有企业开展煤炭资源领域专项巡视;对内蒙古电力(集团)有限责任公司等15个国有企业党委开展常规巡视。
  5月9日,内蒙古纪委监委网站发布通知称:根据巡视工作安排,十届自治区党委第七轮煤炭资源领域专项巡视组(第一至第七巡视组)受理信访截止时间由原定的2020年5月27日18时,延长至2020年6月9日18时。
……报道称,据统计,专项巡视组下沉了解444次,受理信访反映3078件,接待来访群众3139人次;……
""", {"unit": "", "units": ["鄂尔多斯市", "自治区自然资源厅", "内蒙古能源发电投资集团有限公司", "内蒙古电力（集团）有限责任公司"],
      "group": None, "term": 10, "round": 7, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.gdjct.gd.gov.cn/xunshixc/content/post_31366.html (a city's tenth round launched, on the province's
    # discipline site: term 11 and round 10 from the table's title (十一届汕头市委第十轮巡察); three regular and three
    # mobile units named, the regular ones before 等21个 (cut short) and without their bracketed other names;
    # 10月上旬至12月中旬 are parts of months)
    # settled convention 7 (r18 pass): 市委网络安全和信息化委员会办公室（市互联网信息办公室） keeps its bracketed second name
    # r18 pass: start and end no longer expected absent: parts of months are not scored and carry no absence check (r13's written convention)
    ("shantou_eleventh_term_tenth_round_launch", "https://www.gdjct.gd.gov.cn/xunshixc/content/post_31366.html", "rounds", """汕头市:第十轮巡察启动
将对21个单位开展常规巡察
来源:本网原创稿 日期:2020-10-12 15:39:46
日前,汕头市启动第十轮巡察,派出8个巡察组,分别对市委网络安全和信息化委员会办公室(市互联网信息办公室)、市委军民融合发展委员会办公室、市接待办公室等21个市直单位开展常规巡察,对汕头文化艺术学校、市体育运动学校、汕头融媒集团等3个市直单位开展机动巡察。
据悉,本轮巡察时间为10月上旬至12月中旬。……
十一届汕头市委第十轮巡察进驻情况一览表
""", {"unit": "", "units": ["市委网络安全和信息化委员会办公室（市互联网信息办公室）", "市委军民融合发展委员会办公室", "市接待办公室", "汕头文化艺术学校",
                          "市体育运动学校", "汕头融媒集团"],
      "group": None, "term": 11, "round": 10, "feedback_date": None, "figures": []}),
    # http://www.chaozhou.gov.cn/ywdt/czyw/content/post_3677703.html (a city's eighth round, first batch entered, with
    # each group's units further down: term 14, round 8; the 12 units in the order of the round's list; the entry days
    # (5月21日至22日) are of a first batch and are not scored)
    ("chaozhou_fourteenth_term_eighth_round_twelve_units", "http://www.chaozhou.gov.cn/ywdt/czyw/content/post_3677703.html", "rounds", """市委巡察组进驻开展十四届市委第八轮巡察工作
2020-05-23 09:52
  本报讯 (记者 郑健 通讯员 曹珣)5月21日至22日,市委第一至第四巡察组分别进驻枫溪法院、市林业局、市统计局、饶平县钱东镇,完成十四届市委第八轮巡察首批被巡察单位党组织的进驻动员工作。
  据了解,本轮巡察将对市工业和信息化局、市商务局、市审计局、市统计局、市政务服务数据管理局、市林业局、市政府项目建设中心、饶平县法院、湘桥区法院、枫溪法院、潮安区浮洋镇、饶平县钱东镇等12个单位党组织开展巡察。……
  市委第一巡察组巡察饶平县法院、湘桥区法院、枫溪法院,受理电话18948499493;……
""", {"unit": "", "units": ["市工业和信息化局", "市商务局", "市审计局", "市统计局", "市政务服务数据管理局", "市林业局",
                          "市政府项目建设中心", "饶平县法院", "湘桥区法院", "枫溪法院", "潮安区浮洋镇", "饶平县钱东镇"],
      "group": None, "term": 14, "round": 8, "end": None, "feedback_date": None, "figures": []}),
    # http://nm.people.com.cn/n2/2020/0826/c347193-34251995.html (a city's work on rectification told in sum: the
    # coal special linked inspection found 157 problems and handed over 24 clues (settled 6); the 201 items named by
    # the secretary, 53 reports and 300 suggestions are no findings; 前十轮 are counted rounds)
    ("tongliao_rectification_work_sum", "http://nm.people.com.cn/n2/2020/0826/c347193-34251995.html", "rounds", """开展巡察工作,发现问题是生命线,推动解决问题是落脚点。通辽市委始终高度重视巡察整改工作,……
“一把手”切实履行主体责任。……市委书记每轮巡察结束均及时召开书记专题会听取巡察情况汇报,并对重点问题当场点人点事达201件次。……
双向反馈加强分类处置。……截至目前,市委前十轮巡察已提交专题汇报53件次,提出意见建议300余条。尤其是开展煤炭资源领域上下联动专项巡视巡察期间,发现行业监管责任缺失、违规兑现优惠政策、煤矿企业违规违法占地、国有资产流失等方面问题157个,移交问题线索24件,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 157), ("clues_transferred", 24)]}),
    # http://www.zzscdi.gov.cn/system/2021/09/18/030381655.shtml (a city's standing committee hears its eleventh term's
    # inspections: term 11; no round, group, unit or date)
    ("zhangzhou_eleventh_term_inspections_hearing", "http://www.zzscdi.gov.cn/system/2021/09/18/030381655.shtml", "rounds", """漳州市委常委会听取十一届市委巡察工作情况汇报
  9月16日,市委书记张国旺主持召开市委常委会会议,听取十一届市委巡察工作情况汇报,研究部署下一阶段全市巡察工作。
  会议指出,十一届市委巡察工作亮点突出,创新监督方式、落实巡察整改、强化队伍建设等工作走在全省前列,成绩值得肯定。
……科学制定新一届市委巡察工作五年规划,……
""", {"unit": "", "units": [], "group": None, "term": 11, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.ahjjjc.gov.cn/p/54452.html (a city's special round of health and poverty relief launched with its page
    # chrome: 14 groups over bodies and villages counted, none named but 市卫计委 before 等市本级10个; the launch day is
    # no start; 40天左右 no end)
    ("wuhu_health_poverty_special_round_launch", "http://www.ahjjjc.gov.cn/p/54452.html", "rounds", """手机站   |   客户端
芜湖:启动医疗卫生和脱贫攻坚领域专项巡察
3月6日,芜湖市医疗卫生和扶贫攻坚领域专项巡察工作动员暨培训会召开,市委常委、市纪委书记、市监察委主任、市委巡察工作领导小组组长晁新作动员讲话。
根据省委部署,芜湖市委高度重视本次专项巡察工作,多次专题研究,采取“市委统筹、市县(区)联动、专职队伍、混合编组、异地交叉”的方式,组建十四个专项巡察组,对市卫计委等市本级10个公立医疗卫生单位和四县四区全部公立医疗卫生单位,以及无为县、南陵县28个镇71个贫困村开展专项巡察。
……巡察方式上,紧密结合该市实际,开展“系统联动式”和“点穴式”巡察,驻点巡察时间40天左右。
""", {"unit": "", "units": ["市卫计委"], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://zhenping.qinfeng.gov.cn/info/1012/1753.htm (a county's notice of a city's civil air defence special round
    # with its own linked inspection: 11月中旬至12月中旬 are parts of months; the offices are named by kind
    # (县住建部门人防机构), and the one group appears in an address only)
    # r18 pass: start and end no longer expected absent: parts of months are not scored and carry no absence check (r13's written convention)
    ("zhenping_civil_air_defence_special_notice", "https://zhenping.qinfeng.gov.cn/info/1012/1753.htm", "rounds", """为贯彻习近平总书记关于治理人防系统腐败问题的重要批示精神,落实省纪委监委深入开展全省人防系统腐败问题专项治理工作要求,按照安康市人防系统专项巡察工作统一部署,从2019年11月中旬至12月中旬,对市人民防空办公室和县住建部门人防机构开展专项巡察,期间,县委对县人防机构同步开展专项巡察联动。依据巡察方案要求,重点受理以下四个方面问题的反映:
……
通信地址:县政府二楼县委第一巡察组。
""", {"group": None, "term": None, "round": None, "feedback_date": None,
      "figures": []}),
    # --- news: checks, supervision, research visits and campaigns that are no party inspection ---------------------
    # http://www.tjdl.net/system/2025/09/15/058730661.shtml (a city statistics bureau's supervision look-back in a
    # district: a 督察, no party inspection; the window for reports (2025年9月15日—9月18日) is no visit)
    ("dongli_statistics_supervision_look_back", "http://www.tjdl.net/system/2025/09/15/058730661.shtml", "news", """按照全市督察工作安排,9月15日,天津市统计局2025年第1统计督察组进驻东丽区开展统计督察“回头看”,并与区委、区政府进行对接沟通。督察组组长、市统计局党组成员、一级总监曹宗泉通报统计督察有关事宜,提出工作要求。……
据悉,天津市统计局2025年第1统计督察组将对东丽区开展为期4日左右的统计督察“回头看”。进驻期间设立统计造假、弄虚作假等违纪违法行为问题举报电话:022—27230560;……受理举报期限:2025年9月15日—9月18日,……
督察组成员,东丽区相关区领导以及相关部门和3个延伸督察的街道主要负责同志参加会议。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://zszx.sh.cn/node/1493?page=7 (a municipal statistics bureau's eight-day supervision of a district, on a
    # listing page: a 督察; 2024年12月3日 is its entry, no inspection's start)
    ("jinshan_statistics_supervision_eight_days", "https://zszx.sh.cn/node/1493?page=7", "news", """2024年12月3日,根据市委、市政府的授权和批准,上海市统计局第4统计督察组正式进驻金山区,开展为期8天的统计督察工作。……
据悉,此次统计督察的主要对象是金山区委、区政府主要负责同志,与统计工作相关的区领导班子成员以及金山区统计局领导班子成员。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://yunshangxiaonan.cjyun.org/p/5284.html (a city federation of industry's crossed appraisal of a district's
    # federation: a check, no inspection)
    ("xiaonan_federation_crossed_appraisal", "http://yunshangxiaonan.cjyun.org/p/5284.html", "news", """近日,市工商联副主席屠文一行来孝南开展“五好”工商联交叉检查评审,区工商联主要负责人陪同检查评审。
考评组一行人首先参观区工商联内部办公场所,查阅“五好”建设的相关图像资料。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.sfic.cn/xw/xq/1/4429 (a national federation's research group in Shanghai, its days run together as
    # found (713日至716日): a research visit, no inspection, no date)
    ("shanghai_federation_research_group_runtogether", "https://www.sfic.cn/xw/xq/1/4429", "news", """全国工商联调研组来沪开展基层商会工作调研
信息来源: 宣教部  |  发布日期: 2015-07-21
713日至716日,全国工商联研究室主任林泽炎等一行调研组来沪开展基层商会工作调研。……
在沪期间,调研组听取了上海市工商联指导商会开展理想信念教育实践活动的工作汇报,听取静安区、普陀区、闵行区、金山区、奉贤区工商联以及奉贤区南桥镇商会、……等单位的负责人关于推动统战工作向商会有效覆盖的经验及现实面临的问题的情况介绍。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://gdb.xlgl.gov.cn/rfb/zwgk/xxgkml/fdzdgknr/tjxx/2023072710233653009/index.html (a league's civil air defence
    # office on its special clean-up: a campaign's ledger, no inspection; 销号率85.77% is no completion rate of an
    # inspection's problems)
    ("xilingol_civil_air_defence_cleanup_ledger", "https://gdb.xlgl.gov.cn/rfb/zwgk/xxgkml/fdzdgknr/tjxx/2023072710233653009/index.html", "news", """盟国动办2023年上半年全盟人防专项治理工作情况
来源: 人防办 发布日期: 2023-07-27 10:22 浏览次数:
  2023年度,盟国动办明确“以收代建”问题为2023年整改工作重点,涉及数额大(500万元以上)的8个地区自建人防工程项目和正蓝旗人防疏散基地已经开工建设,……截至目前,全盟《人防系统腐败问题专项治理调查整顿发现问题整改处置台账》项目销号率为85.77%,整改销号率位于全区前列。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.wszzx.gov.cn/info/1137/6281.htm (a prefecture's CPPCC vice chairman supervising water projects: no
    # inspection; the towns and villages visited are no units)
    ("wenshan_cppcc_water_projects_supervision", "http://www.wszzx.gov.cn/info/1137/6281.htm", "news", """李军带队开展综合水利工程建设第二季度工作督导
发布时间:2022年06月29日 15:30
  本站讯  6月22日,州政协副主席李军带领州政协经济委、州水务局有关人员对全州综合水利工程建设第二季度推进情况进行督导。
李军一行先后深入砚山县平远镇回龙社区、尧房村委会、平远水厂和丘北县双龙营镇双龙营村委会、马者龙村委会实地了解……并深入丘北县树皮乡、天星乡对一季度农村供水保障、清水河水利枢纽建设存在问题整改情况进行了回头看。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://jmkx-www.plus.jlntv.cn/folder7324/folder7326/folder7342/2021-10-18/YDgU4HzMdVFxHYXU.html (a county power
    # company's discipline commission supervising winter supply: no inspection; 10万余户, 336条 answers and 13份 notices
    # are no figures)
    ("dunhua_power_company_supply_supervision", "http://jmkx-www.plus.jlntv.cn/folder7324/folder7326/folder7342/2021-10-18/YDgU4HzMdVFxHYXU.html", "news", """国网敦化市供电公司:明确监督重点 护航电力保供
时间:2021-10-18 来源:敦化市融媒体中心
国网敦化市供电公司纪委聚焦电力有序供应,明确监督重点,强化保供电举措,……
该公司根据运行环境及负荷特点,明确以迎峰度冬电力保供为监督重点,确定三项工作举措。一是深入开展客户走访服务活动,做好政策解答和节能宣传,服务用户10万余户,解答客户疑问336条,……二是开展集中供热及电采暖用户隐患排查治理,下达隐患整改通知单13份并督促整改,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.cititic.com/news/mm/1483006-20200827.htm (a natural resources 督察 of the land survey relayed by a news
    # collector: no inspection; its 83 problems are a check's, no figure)
    ("land_survey_natural_resources_supervision", "https://www.cititic.com/news/mm/1483006-20200827.htm", "news", """第三次全国国土调查今年首轮督察结束
城市镜像.新闻汇总 2020-08-27
消息来源:新华网 8月26日上午,自然资源部举行组建以来的首场例行新闻发布会,介绍了国家自然资源督察机构对第三次全国国土调查以下简称国土三调开展督察的相关情况,并通报了在国土三调初始调查复核中督察发现的83个弄虚作假、调查不实重大典型问题 ……6月至7月中旬,已完成第一轮督察工作 ……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://zrzyj.anshan.gov.cn/html/ZRZYJ/202003/0158520774403878.html (a city bureau on a farmland protection 督察: its
    # 16 problems, 6 rectified and 10 left are a check's, no figure)
    ("anshan_farmland_supervision_rectification", "http://zrzyj.anshan.gov.cn/html/ZRZYJ/202003/0158520774403878.html", "news", """鞍山市自然资源局认真做好2019年耕地保护督察整改工作
时间:2020-03-20来源:法规督考科
    2019年6月至9月,国家自然资源督察沈阳局对辽宁省开展了耕地保护督察,涉及鞍山市问题16项,……
    ……截至目前,16个需整改问题,鞍山市已全部完成6个问题的整改和2个问题的部分整改工作。
    下一步,鞍山市将继续采取有力措施,完成剩余10个问题的整改工作,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.xjhbcy.cn/articles/show/2098 (a region's report on rectifying a central environmental 督察, on an
    # industry association's site: no party inspection; the 督察's dates and its 94 tasks, 55 done, are no fields)
    ("xinjiang_environmental_supervision_rectification_report", "http://www.xjhbcy.cn/articles/show/2098", "news", """新疆维吾尔自治区贯彻落实中央环境保护督察反馈意见整改工作情况的报告
2019-04-28 / :61
  经党中央、国务院批准,2017年8月11日至9月11日,中央第八环境保护督察组对我区开展了环境保护督察,2018年1月2日反馈了督察意见。……
  根据反馈意见,全区共确定94项整改任务,……截至2019年3月底,94项整改任务已完成55项,占总任务的58.5%,完成任务过半。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.gskanglexian.gov.cn/klx/ztzl/SJSTHJBHDC/art/2022/art_3b79488924204b53a29192039bed0cb8.html (a
    # provincial environmental 督察's report on a prefecture, on a county's site: its dates and counts are no fields)
    ("linxia_environmental_supervision_report", "https://www.gskanglexian.gov.cn/klx/ztzl/SJSTHJBHDC/art/2022/art_3b79488924204b53a29192039bed0cb8.html", "news", """临夏州生态环境保护督察报告
来源:康乐县人民政府办公室 浏览次数: 发布时间: 2022-09-10 15:52
甘肃省第五生态环境保护督察组
为深入贯彻落实习近平生态文明思想,经省委、省政府批准,……2022年4月11日至4月30日,省第五生态环境保护督察组(以下简称督察组)对临夏州开展了生态环境保护督察。
督察组通过听取汇报、调阅资料、个别谈话、走访问询、受理举报、现场抽查等方式,……调阅资料1542份,受理转办群众来信来电举报66件。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://static.h2o-china.com/news/353502.html (a province's plan for rectifying a central environmental 督察, on a
    # water industry portal: the 督察's dates are no inspection's)
    ("hainan_environmental_supervision_rectification_plan", "https://static.h2o-china.com/news/353502.html", "news", """2023年11月21日至12月21日,中央第三生态环境保护督察组对海南省开展了第三轮生态环境保护督察,并于2024年2月26日向海南省反馈督察报告。海南省委、省政府高度重视,……制定了《海南省贯彻落实第三轮中央生态环境保护督察报告整改方案》(以下简称《整改方案》),……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.hhky.gov.cn/info/5221/382882.htm (a prefecture's veterans affairs check: no inspection)
    ("kaiyuan_veterans_affairs_check", "https://www.hhky.gov.cn/info/5221/382882.htm", "news", """8月21日,州委退役军人事务工作领导小组办公室第二督查组到开远市开展2023年退役军人事务工作综合督查检查。
督查组采取查阅台账资料、走访询问、实地检查等方式,对开远市退役军人事务局深入学习宣传贯彻党的二十大精神、退役军人服务中心(站)建设、系统“四风”突出问题专项整治情况等内容进行了全面督查。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://tyjrj.tjbh.gov.cn/contents/13970/582805.html (a municipal veterans office's check of a new area, which
    # looks at the rectification of 市委巡视 feedback among its items: no inspection of its own, no group)
    ("binhai_veterans_affairs_check", "https://tyjrj.tjbh.gov.cn/contents/13970/582805.html", "news", """市委退役军人事务工作委员会办公室到滨海新区督查退役军人事务工作
……10月14日下午,市委退役军人事务工作委员会办公室主任,市退役军人事务局党组书记、局长孙宏波率队到滨海新区开展2024年度退役军人工作督查活动,……对标对表检查滨海新区学习贯彻习近平总书记重要指示批示、推进年度重点任务、重难点信访事项化解及风险防控、市委巡视和审计反馈指出问题整改落实等情况,……督察组对滨海新区退役军人工作给予充分肯定,现场反馈发现问题,提出工作意见和建议。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.pzhsxq.gov.cn/zwgk/zzjg/zfbm/qtyjrswj/gzqk/1706378.shtml (a district people's congress appraising its
    # veterans bureau: no inspection; 第四评议调查组 is no inspection group)
    ("xiqu_congress_appraisal_veterans_bureau", "http://www.pzhsxq.gov.cn/zwgk/zzjg/zfbm/qtyjrswj/gzqk/1706378.shtml", "news", """为认真贯彻落实攀枝花市西区人大常委会办公室《关于西区退役军人事务局工作的评议调查方案》(攀西人大〔2020〕18号)文件精神,10月15日下午,区退役军人局在区水利局会议室召开接受区人大评议工作自查评议会议,区人大常委会副主任、第四评议调查组组长陈进出席会议并作重要讲话。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://gy.fzbdw.org.cn/fzwh/zonghebaodao/2013-07-15/11092.html (2013: a region's political-legal commission sends
    # 12 督察组 to its leagues and cities: no party inspection)
    ("inner_mongolia_2013_political_legal_supervision", "http://gy.fzbdw.org.cn/fzwh/zonghebaodao/2013-07-15/11092.html", "news", """从6月下旬开始,内蒙古自治区党委派出12个督察组深入全区12个盟市,对各地区贯彻落实自治区“8337”发展思路情况、自治区党委政法委年初提出的“三个攻坚战”和“四项工程”进展情况开展督查。
督察组由12名厅级领导干部带队,从自治区党委政法委和政法各部门抽调部分干部组成,他们分赴各盟市进行为时两个月的“一对一”督查。(记者 史万森)
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://bbs.mala.cn/thread-15419715-1-1.html (a district's checking groups on the rectification of a central and a
    # provincial group's feedback, reposted on a forum: no inspection of its own; the two groups named are the
    # superiors' whose feedback is checked, so no group)
    ("pidu_rectification_check_groups_forum", "https://bbs.mala.cn/thread-15419715-1-1.html", "news", """“你们对公司原料堆场异味问题是怎么整改的?”……成都市郫都区委第一督查组在督查成都蓉珍菌业有限公司整改落实情况时问到。
连日来,为督促各单位落实中央第四巡视组和省委第八巡视组反馈问题整改政治责任,郫都区委6个专项督查组分三轮对巡视反馈意见涉及的牵头单位和部分责任单位开展巡视整改督查工作。
督查组深入14个街道和48个单位,……
(新闻来源:华西都市报)
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- noisy copies: traditional script, pinyin, run-together dates, junk and gaming domains, generated text --------
    # http://www.pzhsxq.gov.cn/zwgk/gsgg/10259357.shtml (two bodies report together, their dates run together as found
    # (2025324日至56, 716日, 2025717) and the group's number lost once (区委第巡察组): unit "" and the two party groups
    # as units, their brackets of member bodies dropped; the visit 2025-03-24 to 05-06, the feedback 7月16日 in 2025
    # (settled 1); one group for two units is not scored)
    # settled convention 7 (r18 pass): 区卫生健康局党组（区计生协） keeps its bracketed second body as written
    ("xiqu_health_red_cross_progress_runtogether", "http://www.pzhsxq.gov.cn/zwgk/gsgg/10259357.shtml", "noisy", """攀枝花市西区人民政府网站欢迎你!
中共攀枝花市西区卫生健康局党组 中共攀枝花市西区红十字会党组关于区委第三巡察组巡察反馈意见集中整改进展情况通报
发布时间:2025-12-12 阅读次数: 来源:西区卫生健康局
区委第巡察组于2025324日至56对区卫生健康局党组(区计生协)、区红十字会党组进行了巡察。并于716日,区委第三巡察组向区卫生健康局党组(区计生协)、区红十字会党组反馈了巡察意见。区卫生健康局党组(区计生协)、区红十字会党组高度重视,切实加强组织领导,认真研究制定整改措施,落实整改责任,扎实推进整改落实。现将集中整改进展情况通报如下:
一、被巡察党组织及其主要负责人落实巡察整改主体责任情况
(一)组织领导方面。巡察反馈后,2025717召开党组会通报巡察反馈意见,并对整改工作作出下一步安排部署。……
""", {"unit": "", "units": ["区卫生健康局党组（区计生协）", "区红十字会党组"], "term": None, "round": None,
      "start": date(2025, 3, 24), "end": date(2025, 5, 6), "feedback_date": date(2025, 7, 16), "figures": []}),
    # http://hi.cma.gov.cn/xwzx/tpxw/202106/t20210615_3412072.html (a CPPCC chairman's research visit to a
    # meteorological bureau, its date run together as found (202162日): no inspection, no date)
    ("hainan_cppcc_meteorological_visit_runtogether", "http://hi.cma.gov.cn/xwzx/tpxw/202106/t20210615_3412072.html", "noisy", """当前位置: 首页> 图片新闻
省政协党组书记、主席毛万春到海南省气象局调研要求抓好作风整顿建设 推进气象事业高质量发展
来源: 发布时间: 2021-06-02
202162日上午,海南省政协党组书记、主席毛万春带队到海南省气象局调研座谈指导作风建设情况。
毛万春强调,气象部门要贯彻落实好省委书记沈晓明在全省作风整顿建设年动员部署会上的讲话精神,……同时要抓好督查督办和政协提案办理,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.nisgame.com/ZWXX5652/ZWYW9055/202510/t20251017_7156212.html (a national statistics supervision of a
    # municipality copied on a gaming domain that stamps its brand into the text: a 督察, no inspection)
    ("tianjin_statistics_supervision_gaming_copy", "http://www.nisgame.com/ZWXX5652/ZWYW9055/202510/t20251017_7156212.html", "noisy", """188比分直播
图片
首页 > 信息发布 > 政务要闻
国家统计局2025年常规统计督察 第4统计督察组进驻天津市开展统计督察
来源:天津日报 发布时间:2025-10-17 11:12
根据党中央和国务院授权,国家统计局2025年常规统计督察第4统计督察组近日进驻天津市开展统计督察,并于10月16日与市委、市政府进行对接沟通。……
……中央先后印发《188比分直播:深化统计管理体制改革提高统计数据真实性的意见》等多部重要统计改革文件,……深入学习贯彻习近平总书记188比分直播:统计工作的重要讲话和重要指示批示精神,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.cnxiew.com/gzdt/sjdt/202303/t20230303_5342485 (a city's appraisal group at its meteorological bureau,
    # copied on a betting domain that replaced the bureau's name with its brand: an appraisal, no inspection)
    ("taiyuan_meteorological_appraisal_betting_copy", "https://www.cnxiew.com/gzdt/sjdt/202303/t20230303_5342485", "noisy", """3月2日,太原市委第十考核组组长、市委统战部副部长白建红一行对市365bet备用官网_365手机安全卫士下载_bat365官网登录2022年度目标责任完成情况开展现场考核。
市局党组书记、局长陈志峰代表市局党组从共性考核指标完成情况、重点任务推进情况、专项任务完成情况、存在问题及下一步工作打算等方面进行了专题汇报。……
此次考核采取听取工作报告、个别谈话、集中查阅资料等方式,全方位检验了市365bet备用官网_365手机安全卫士下载_bat365官网登录2022年度目标责任考核完成情况。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://yunmq.cn/gongkai/show/20170816100007-755237-00-000.html (traditional script with doubled commas as found:
    # a meteorological bureau prepares for a central environmental 督察: no inspection)
    ("yaan_meteorological_environmental_supervision_trad", "https://yunmq.cn/gongkai/show/20170816100007-755237-00-000.html", "noisy", """8月15日下午,,雅安市氣象局召開工作會議,對迎接中央第五環(huán)境保護督察組督察四川的相關工作進行再動員,、再部署,、再落實。……
會上,,李光偉組織與會人員學習了8月11日中央第五環(huán)境保護督察組座談會會議精神和《中央環保督察組嚴厲批評:天津“做表面文章”遼寧“屢次突破底線”》的新聞綜合報道,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://njgqgz.com/news-detail.aspx?id=674&t=9 (traditional script with pinyin-like annotations as found: a group
    # company's committee meeting on a provincial group's special check (巡視專項檢查), no numbered group, no date of a
    # visit; 第11次黨委(擴大)會 is no round)
    ("nanjing_group_special_check_rectification_trad", "http://njgqgz.com/news-detail.aspx?id=674&t=9", "noisy", """4月26日,集團(tuán)公司召開第11次黨委(擴(kuò)大)會(huì),專題研究了立行立改,抓好巡視專項(xiàng)檢查整改工作。……
會(huì)上,黨委副書記劉偉同志結(jié)合巡視檢查重點(diǎn),……黨委工作部通報(bào)省委巡視組專項(xiàng)檢查中的黨建工作情況,對立行立改的問題提出整改措施。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://adnantraders.com/news/shannxi/139508.html (traditional script with pinyin annotations: a province's second
    # round of 2014 mobilised, six units named: round 2 (2014年省委第二輪); 10月中旬至12月上旬 are parts of months)
    ("shaanxi_2014_second_round_six_units_trad", "http://adnantraders.com/news/shannxi/139508.html", "noisy", """本報(bào)訊( 記者馮曉榮趙蕾通訊員劉尚坤)10月16日上午,2014年省委第二輪巡視工作動(dòng)員暨培訓(xùn)會(huì)在西安召開(kāi)。……
按照安排,今年省委第二輪巡視工作從10月中旬至12月上旬進(jìn)行。巡視地區(qū)單位為寶雞市、安康市、楊凌示范區(qū)、西咸新區(qū)、省國(guó)土資源廳和西安美術(shù)學(xué)院。
""", {"unit": "", "units": ["宝鸡市", "安康市", "杨凌示范区", "西咸新区", "省国土资源厅", "西安美术学院"], "group": None,
      "term": None, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60298660/%E7%BF%92%E8%BF%91%E5%B9%B3%E4%B8%BB%E6%8C%81%E5%8F%AC%E9%96%8B%E4%B8%AD%E5%A4%AE%E6%94%BF%E6%B2%BB%E5%B1%80%E6%9C%83%E8%AD%B0-%E5%BC%B7%E8%AA%BF%E5%A0%85%E6%B1%BA%E9%8F%9F%E9%99%A4%E8%85%90%E6%95%97%E6%BB%8B%E7%94%9F%E5%9C%9F%E5%A3%A4%E5%92%8C%E6%A2%9D%E4%BB%B6
    # (a Hong Kong paper in traditional script on the Politburo reviewing the central inspections of the provinces:
    # term 20; two rounds named (第五輪、第六輪) give no round; the meeting's day is no feedback)
    ("politburo_central_provinces_review_trad", "https://www.hk01.com/%E5%8D%B3%E6%99%82%E4%B8%AD%E5%9C%8B/60298660/%E7%BF%92%E8%BF%91%E5%B9%B3%E4%B8%BB%E6%8C%81%E5%8F%AC%E9%96%8B%E4%B8%AD%E5%A4%AE%E6%94%BF%E6%B2%BB%E5%B1%80%E6%9C%83%E8%AD%B0-%E5%BC%B7%E8%AA%BF%E5%A0%85%E6%B1%BA%E9%8F%9F%E9%99%A4%E8%85%90%E6%95%97%E6%BB%8B%E7%94%9F%E5%9C%9F%E5%A3%A4%E5%92%8C%E6%A2%9D%E4%BB%B6", "noisy", """ date 2025-11-28 據新華社報道，中共中央政治局周五（11月28日）召開會議，審議《關於二十屆中央巡視省（自治區、直轄市）情況的綜合報告》。中共中央總書記習近平主持會議。
會議指出，以習近平同志為核心的黨中央高度重視巡視工作，部署開展二十屆中央第五輪、第六輪巡視，完成對省區市的全覆蓋。……
""", {"unit": "", "units": [], "group": None, "term": 20, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.mm2688.com/content/2020-01/09/content_6050676.htm (traditional script with doubled punctuation: a
    # stationed group's meeting on a civil air defence clean-up: no inspection)
    ("civil_air_defence_cleanup_meeting_trad", "http://www.mm2688.com/content/2020-01/09/content_6050676.htm", "noisy", """近日,駐市住建局紀檢監察組會同市人防辦召開全市人防系統腐敗問題專項治理工作推進會。會議要求,各地要按照市紀委辦《關于開展人防系統腐敗問題專項治理的工作方案》,……配合市、縣兩級紀委監委開展人防系統腐敗問題線索“大起底”和“回頭看”,建立管理臺賬,在規定時間節點前上報問題清單。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.jlgrain.com.cn/1520503-1-1.html (traditional script with pinyin annotations on a grain site: a county
    # veterans bureau's check of eight towns' service stations: no inspection; 75項考核指標 no figure)
    ("county_veterans_stations_check_trad", "http://www.jlgrain.com.cn/1520503-1-1.html", "noisy", """今年是創(chuàng)建全國(guó)示范型退役軍人服務(wù)中心(站)的關(guān)鍵之年,縣退役軍人事務(wù)局高度重視,……
11月2日—4日,縣退役軍人事務(wù)局就高位推動(dòng)基層退役軍人服務(wù)中心(站)建設(shè),在局主要領(lǐng)導(dǎo)和分管領(lǐng)導(dǎo)的帶領(lǐng)下,選取8個(gè)鄉(xiāng)鎮(zhèn)開展督查調(diào)研工作。
督查調(diào)研組對(duì)照《2020年全國(guó)示范型退役軍人服務(wù)中心(站)創(chuàng)建活動(dòng)實(shí)施方案》要求的75項(xiàng)考核指標(biāo),逐項(xiàng)進(jìn)行查看,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.njpetfood.com/index/news_detail_simple?id=175 (traditional script with doubled commas on a pet food
    # site: a city working committee's research at a hospital, which names last year's rectification: no inspection)
    ("hospital_party_building_research_trad", "https://www.njpetfood.com/index/news_detail_simple?id=175", "noisy", """7月11日下午,,市委直屬機關工委副書記劉顯成在市衛(wèi)健委黨組成員、直屬機關黨委書記曹曉軍的陪同下調研我院黨建工作,。……
然后召開了座談會,。院黨委書記張紅同志就醫(yī)院概況、去年巡察整改落實,、黨建工作等情況進行了全面匯報,。……二是要抓好巡察反饋問題的持續(xù)整改,做到舉一反三,,防止出現(xiàn)反彈現(xiàn)象,;……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://imasd-velecdom.com/prestashop/show.aspx?3kK1=t2.html (a People's Daily report on market regulation
    # campaigns, copied on a shop domain: no inspection; its cases filed and people punished are a campaign's, no figure)
    ("market_regulation_campaigns_shop_copy", "http://imasd-velecdom.com/prestashop/show.aspx?3kK1=t2.html", "noisy", """发布时间:2024-11-05 09:52:07 来源: sp20241105
本报北京7月1日电 (记者林丽鹂)国家市场监督管理总局日前召开以务实作风推动解决人民群众关切问题专题新闻发布会,介绍会同有关部门部署开展解决人民群众关切问题的“五项行动”。……
从目前情况看,这些行动已经取得了阶段性成效。截至6月15日,各地市场监管部门共计立案查处违法案件32738起,查处违法违规行为96543个,惩处和问责违法违规人员373人,移送公安机关违法案件159起。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.comfortableofficechairs.com/art/2022/4/11/art_22_11384.html (traditional script on a furniture domain:
    # a regional group's mobilisation in a city: term 10 and round 1 from 十屆區黨委首輪; the mobilisation's day is no
    # start; the city visited is a place, left unscored)
    ("shigatse_regional_first_round_mobilisation_trad", "http://www.comfortableofficechairs.com/art/2022/4/11/art_22_11384.html", "noisy", """根據自治區黨委統一部署,2022年4月8日,自治區黨委第三巡視組巡視日喀則市工作動員會召開。會前,第三巡視組組長王西平主持召開與張延清同志、卓鋒同志的見面溝通會,通報了巡視任務和工作安排。……
……十屆區黨委首輪即對日喀則市開展巡視,充分表明了自治區黨委持續夯實黨在西藏長期執政的政治基礎和群眾基礎的堅定決心。……
""", {"group": "自治区党委第三巡视组", "term": 10, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://ebonypicts.com/sthjt/xjepd/dczg/202201/699283470d4e461f904610ee357a5348.shtml (a regional environmental
    # 督察 fed back to a prefecture, copied under an unrelated domain with the department's page chrome: no inspection;
    # its dates and counts are no fields)
    ("changji_environmental_supervision_feedback_copy", "https://ebonypicts.com/sthjt/xjepd/dczg/202201/699283470d4e461f904610ee357a5348.shtml", "noisy", """当前位置: 首页 / 专题专栏 / 2021 / 生态环境保护督察 / 督察整改
自治区 兵团生态环境保护督察组向昌吉回族自治州反馈督察意见
发布时间:2022-01-24 13:06
经自治区党委、政府批准,2021年7月6日至7月30日,自治区、兵团第二生态环境保护督察组进驻昌吉州开展例行督察、大气专项督察。2022年1月14日,督察意见反馈会在昌吉州召开,……
自2021年7月6日进驻昌吉州以来,督察组调阅文件资料2529份,个别谈话15人,受理转办群众来电来信举报107件,……但仍存在能源结构调整、大气环境治理、水环境保护等六个方面的问题。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.dghzdr.com/html/2011/qdnzw_1203/52075.shtml (traditional script with pinyin annotations, 2011: a
    # provincial 督查组's research in a county before a party congress: no inspection)
    ("zhenyuan_2011_supervision_research_trad", "http://www.dghzdr.com/html/2011/qdnzw_1203/52075.shtml", "noisy", """新聞熱線:0855-8222000
12月1日至2日,由省委政法委巡視員張仕倫帶隊(duì)的省委督查組一行6人到鎮(zhèn)遠(yuǎn)縣開(kāi)展督查調(diào)研,收集當(dāng)前縣級(jí)社會(huì)經(jīng)濟(jì)發(fā)展存在的困難、問(wèn)題、意見(jiàn)、建議,為省第十一次黨代會(huì)的召開(kāi)提供科學(xué)的決策依據(jù)。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.oryoy.com/news/sheng-wei-xun-shi-zu-lv-liang-fan-kui-jie-kai-wen-ti-bei-hou-zhen-xiang-tui-dong-di-fang-zhi-li-ti-s.html
    # (a generated essay on a provincial inspection's feedback to a city: it states no visit, group, date or figure;
    # its numbered "main problems" are an essay's, so no problems)
    ("lvliang_feedback_generated_essay", "https://www.oryoy.com/news/sheng-wei-xun-shi-zu-lv-liang-fan-kui-jie-kai-wen-ti-bei-hou-zhen-xiang-tui-dong-di-fang-zhi-li-ti-s.html", "noisy", """引言
省委巡视组对吕梁市进行的巡视反馈,不仅揭示了吕梁市在治理过程中存在的问题,更为重要的是,它为我们提供了深刻反思和改进的契机。……
一、巡视反馈的主要内容
省委巡视组在巡视吕梁市过程中,发现了以下主要问题:
  1. 党风廉政建设存在薄弱环节。
  2. 党组织领导乏力,执行力不足。
  3. 脱贫攻坚工作存在形式主义、官僚主义现象。
  4. 生态环境治理不到位,污染问题突出。
  5. 公共服务体系建设滞后,民生保障不足。
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.hkyyi.com/html/jie-mi-2019-lv-liang-xun-shi-gong-gao-jie-kai-shen-mi-mian-sha-tou-shi-xun-shi-bei-hou-de-zhen-xiang.html
    # (a generated essay on an inspection notice that left its dates as placeholders (2019年X月X日): no date, group or
    # round)
    ("lvliang_notice_generated_placeholders", "https://www.hkyyi.com/html/jie-mi-2019-lv-liang-xun-shi-gong-gao-jie-kai-shen-mi-mian-sha-tou-shi-xun-shi-bei-hou-de-zhen-xiang.html", "noisy", """在2019年,吕梁巡视公告的发布引起了广泛关注。本文将深入剖析这份公告,揭开其背后的真相,……
二、巡视公告的主要内容
2019年吕梁巡视公告主要包括以下几个方面:
巡视对象和范围:公告明确了此次巡视的对象为吕梁市各级党组织和领导干部,……
巡视时间:巡视工作将从2019年X月X日开始,至2019年X月X日结束。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://hyl-clean.cn/gslz/system/2021/08/25/012633673.shtml (a provincial feature on rectification copied with
    # pinyin in brackets after many characters: several counties' rounds and groups named in passing (甘州区委第七輪巡察
    # 第八巡察組, 崇信縣委第七輪巡察第二巡察組), so no round or group; the 6 problems rectified for the people are no
    # findings)
    ("gansu_rectification_feature_pinyin", "http://hyl-clean.cn/gslz/system/2021/08/25/012633673.shtml", "noisy", """甘肅:高質量推進巡察問題整改
今年(nian),甘肅各地緊(jin)盯巡(xun)察發(fa)現問(wen)題,采取有力有效(xiao)措施推動問(wen)題整改,實(shi)現巡(xun)察工作(zuo)高質(zhi)量(liang)發(fa)展。
……小事連著大民生。4月中旬,正(zheng)是張掖市甘州區(qu)春(chun)耕(geng)時(shi)節。但甘州區(qu)委第(di)七輪巡(xun)察第(di)八巡(xun)察組(zu)剛進(jin)駐沙(sha)井鎮五(wu)個墩村(cun)就接到村(cun)民反映:……
……今年5月,平(ping)涼(liang)市崇(chong)信縣委第七輪巡(xun)(xun)察(cha)第二巡(xun)(xun)察(cha)組,一進入新窯(yao)鎮街道就(jiu)接到(dao)許多群(qun)眾反映的(de)廁所(suo)衛生問題。……
""", {"units": [], "group": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.x320.cn/content/2017-03/02/content_5549918.htm (traditional script with question-mark padding as
    # found: a county-level city launches its inspections; its first round's two units joined by 和; round 1)
    ("jinjiang_2017_first_round_launch_trad", "http://www.x320.cn/content/2017-03/02/content_5549918.htm", "noisy", """????2月28日,晉江市委巡察工作動員部署會召開,正式啟動該市巡察工作。晉江市領導許仰東、吳忠劉出席會議。
……要求本屆市委任期內將對市委各部委辦局、市直各單位黨組(黨委)、市委派出機關、人民團體、各鎮(街道)、經濟開發區、市屬國有企業、二級機構等單位黨組織開展巡察,實現全覆蓋。
????根據市委巡察工作安排,第一輪巡察單位是梅嶺街道和市衛計局。
""", {"unit": "", "units": ["梅岭街道", "市卫计局"], "group": None, "term": None, "round": 1, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (traditional script: a city's fourth round of its seventh term entered at
    # ten bodies, each party group named with its other name in brackets (dropped); term 7, round 4; 近日 no date)
    # settled convention 7 (r18 pass): three listed units keep their bracketed second names (市统计局党组（社会经济调查队）,
    # 市外事侨务局党组（市港澳事务局）, 市委台湾工作办公室（市政府台湾事务局）)
    ("meizhou_seventh_term_fourth_round_ten_units_trad", "search corpus pages (no URL returned)", "noisy", """根據市委安排和市委巡察工作領導小組統一部署,近日,市委五個巡察組分別進駐市商務局黨組、市招商和經濟合作局黨組、市統計局黨組(社會經濟調查隊)、市外事僑務局黨組(市港澳事務局)、梅州嘉應新區(qū)黨工委、梅州日報社黨委、市廣播電視臺黨委、市委臺灣工作辦公室(市政府臺灣事務局)、市住房公積金管理中心、市公共資源交易中心等10個市直單位開展七屆市委第四輪巡察,并分別在被巡察單位召開巡察工作動員會。
……本輪巡察為期2個月。……
""", {"unit": "", "units": ["市商务局党组", "市招商和经济合作局党组", "市统计局党组（社会经济调查队）", "市外事侨务局党组（市港澳事务局）", "梅州嘉应新区党工委",
                          "梅州日报社党委", "市广播电视台党委", "市委台湾工作办公室（市政府台湾事务局）", "市住房公积金管理中心",
                          "市公共资源交易中心"],
      "group": None, "term": 7, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://big5.cri.cn/gate/big5/jl.cri.cn/2018-03-21/75599203-5bea-2245-3589-b64a9468ed1f.html (traditional script
    # through a conversion gateway: a city's check of its environmental rectification: no inspection; 30個問題 are a
    # 督察's)
    ("yanji_environmental_rectification_check_trad", "https://big5.cri.cn/gate/big5/jl.cri.cn/2018-03-21/75599203-5bea-2245-3589-b64a9468ed1f.html", "noisy", """延吉市督查解決環境問題
2018-03-21 15:35:26  |  來源:國際在線  |  編輯:田東艷
    國際在線吉林頻道消息(姜彥艷):3月20日至21日,延吉市成立督查組對中央環境保護督查反饋意見和未立行立改問題的整改工作進行督查。
  ……3月20日,延吉市督查組調閱30個問題涉及的資料,了解整改情況。3月21日,督查組前往朝陽川鎮等地進行實地踏查。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://big5.cri.cn/gate/big5/hb.cri.cn/2018-10-19/4c40a6e0-44c3-b18c-af32-d867878be739.html (traditional script
    # through the same gateway: a city's organisation department interviews five towns' heads on poverty relief
    # appraisals: no inspection; the towns are no units)
    ("huanggang_poverty_appraisal_interviews_trad", "https://big5.cri.cn/gate/big5/hb.cri.cn/2018-10-19/4c40a6e0-44c3-b18c-af32-d867878be739.html", "noisy", """10月12日,黃岡市委組織部、市扶貧辦對2017年度黃岡市鄉鎮精準扶貧實績考核處於D類的黃州區堵城鎮、麻城市龜山鎮、浠水縣團陂鎮、黃梅縣蔡山鎮、武穴市田鎮辦事處等5個鄉鎮黨委負責人進行集中約談。
“貧困戶識別不精準、産業發展引領性帶動性不強、落實扶貧政策有差距、幫扶幹部作風不實……”約談直擊問題,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://m.twtt918.com/content/2016-06/16/content_191430.htm (traditional script with question-mark padding: a
    # regional touring group on election conduct: no inspection; 58個鄉鎮 are counted towns)
    ("wuzhou_election_conduct_touring_group_trad", "http://m.twtt918.com/content/2016-06/16/content_191430.htm", "noisy", """????梧州日報訊(記者 羅嘉琳)6月15日,自治區(qū)人大教科文衛(wèi)委員會主任委員、自治區(qū)商務廳原廳長劉樹森率自治區(qū)換屆風氣巡回督查組第四組來梧督查工作,并召開換屆風氣監(jiān)督工作座談會,了解相關(guān)工作開展情況。
……目前,各縣(市、區(qū))人事安排已全部到位,58個鄉(xiāng)鎮(zhèn)已完成鄉(xiāng)鎮(zhèn)黨委換屆工作,并取得了100%一次性選舉成功、……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- audit texts -------------------------------------------------------------------------------------------------
    # https://m.qlpannhtjs.com/ssjj/xinwen/show/39972de4969ca0ffe30799b65fdb6545.html (a provincial audit office's report
    # on rectifying audit findings, laid before the congress and copied on an unrelated domain: refused; its 巡审联动 is
    # no inspection)
    ("sichuan_audit_rectification_report_copy", "https://m.qlpannhtjs.com/ssjj/xinwen/show/39972de4969ca0ffe30799b65fdb6545.html", "audit", """——2025年11月24日在四川省第十四届人民代表大会常务委员会第二十二次会议上
四川省审计厅厅长 朱大兴
四川省人大常委会:
按照有关法律规定和省人大常委会安排,受省政府委托,现就我省2024年度省级预算执行和其他财政收支审计查出问题的整改情况报告如下,请审议。
一、整改工作部署推进情况
……(三)强化协作配合,贯通协同更加有效。制定纪审贯通协同机制工作指引、巡审联动监督工作指引,持续深化“三类监督”贯通协同。……
""", {"refused": True}),
    # https://drtpj.com/gzdt/202103/t20210301_1166932 (a provincial water department's survey of a city's rectification
    # of natural resources audit findings, copied on an unrelated domain: an audit's follow-up, no inspection; it
    # expects nothing, which a refusal also meets)
    ("zaozhuang_water_audit_rectification_survey", "https://drtpj.com/gzdt/202103/t20210301_1166932", "audit", """2021年2月22日-23日,省水利厅节水办郭旭维副主任一行5人来枣庄开展自然资源资产审计问题整改情况调研指导工作,市城乡水务局党组成员、副局长于保华陪同调研。调研组听取了我市及滕州市、市中区对取用水管理、水土保持和水利资金使用等问题整改情况汇报,查阅有关资料,并进行了现场核查。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://yzqfbl.com/n4/n21/c53075/content.html (traditional script with pinyin annotations: the national audit
    # office's aid-Xinjiang audit team at a mine: an audit's field work, no inspection; it expects nothing)
    ("xinjiang_aid_audit_team_mine_trad", "http://yzqfbl.com/n4/n21/c53075/content.html", "audit", """審計(jì)署武漢辦援疆審計(jì)小組深入礦區(qū)開展調(diào)查
為做好支持新疆發(fā)展資金和項(xiàng)目跟蹤審計(jì)工作,近日,審計(jì)署駐武漢特派辦援疆審計(jì)小組深入礦區(qū),向工作人員了解礦區(qū)整體情況,并對現(xiàn)場的安全質(zhì)量、環(huán)境保護(hù)、水土保持等問題進(jìn)行調(diào)查了解。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- added in a second search pass (place names) -----------------------------------------------------------------
    # https://zhs.chinamae.com/news/0425c246021414bea392f390f8bcec30.html (a city group's mobilisation at the
    # development and reform commission, copied on a news mirror that starred out a name (学习贯彻落实******新时代…):
    # the mobilisation's day is no start; the city meetings named are no round)
    ("suining_development_reform_mobilisation_starred", "https://zhs.chinamae.com/news/0425c246021414bea392f390f8bcec30.html", "news", """根据市委巡察工作统一部署,2025年3月11日下午,市委第一巡察组巡察市发展改革委党组工作动员会召开。动员会上,市纪委常务副书记、市监委副主任、市委巡察工作领导小组成员卢启志就做好巡察工作作动员讲话,市委第一巡察组组长邓杉杉通报了本轮巡察任务、工作安排和工作要求,市发展改革委党组书记肖霞主持会议并作表态发言。
……邓杉杉指出,本轮巡察将坚持对标对表中央、省委、市委新部署新要求,围绕"四个聚焦"深化政治监督。聚焦党中央和省委、市委决策部署落实情况,重点了解学习贯彻落实******新时代中国特色社会主义思想、党的重大会议精神以及市委八届十次全会、遂宁市"效率革命行动"动员部署会等情况;……
""", {"unit": "市发展改革委党组", "group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://lc.fzlz.gov.cn/stone/news/2020-12-8/3424.html (a district group mobilised at two bodies at once: unit ""
    # and the two as units; one group for two units is not scored; no date)
    ("linchuan_second_group_two_bodies_mobilisation", "https://lc.fzlz.gov.cn/stone/news/2020-12-8/3424.html", "news", """根据临川区委和临川区委巡察工作领导小组统一部署,区委第二巡察组巡察区水利局、区委宣传部工作动员会召开。
区委第二巡察组组长陈满兰通报了本次巡察的主要任务、工作方式和具体安排,并提出了明确的指导性意见。……区水利局、区委宣传部部门负责人对区委巡察组表示热烈欢迎并作表态发言。……
""", {"unit": "", "units": ["区水利局", "区委宣传部"], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.dcxw.org/forum.php?goto=nextoldset&mod=redirect&tid=71435 (a county paper on a forum: a city group
    # checks the county's rectification of a provincial poverty special inspection; the inspection's group and dates
    # are stated, its feedback 去年12月14日 after a visit of 2016 (settled 1: 2016-12-14); 4个方面13个专项问题 the problems;
    # 47个整改项目 are tasks; the county visited is a place, left unscored; the check's day is no date)
    ("duchang_provincial_poverty_special_rectification_check", "http://www.dcxw.org/forum.php?goto=nextoldset&mod=redirect&tid=71435", "news", """(记者 付文龙 杜春泉)5月8日,市委巡察办副主任王志贤率市委巡察工作组来我县督查2016年省委第七巡视组扶贫专项巡视反馈问题整改落实情况。县委书记肖立新出席汇报会,县委副书记宋黎明陪同。
汇报会上,县委书记肖立新汇报了关于落实省委第七巡视组扶贫专项巡视反馈意见整改情况。2016年9月27日至10月27日,省委第七巡视组对我县脱贫攻坚工作情况开展为期一个月的专项巡视,并于去年12月14日通报巡视工作情况,提出整改意见。……通过全县上下共同努力,巡视组所反馈的4个方面13个专项问题的整改工作已取得阶段性成效。……把整改工作按照项目化管理,将省委巡视组反馈的问题,细化成47个整改项目,……
""", {"group": "省委第七巡视组", "term": None, "round": None, "start": date(2016, 9, 27), "end": date(2016, 10, 27),
      "feedback_date": date(2016, 12, 14), "figures": [("problems", 13)]}),
    # http://www.cnhubei.com/xwzt/2022/jlxkgcycpt/yczyhy/202510/t4790488.shtml (a county-level city's eighth round of
    # its seventh term mobilised: nine units named, a town with its 17 villages counted (the town is a unit, the
    # villages none); 10月中下旬至12月中下旬 are parts of months)
    ("yicheng_seventh_term_eighth_round_mobilisation", "http://www.cnhubei.com/xwzt/2022/jlxkgcycpt/yczyhy/202510/t4790488.shtml", "rounds", """您所在的位置:首页 > 宜城重要会议 > 正文
  本网讯记者邬玲玲 李明磊 通讯员赵芳菲报道:10月22日,七届宜城市委第八轮巡察动员部署会召开。会议宣读《关于对七届市委第八轮巡察组长、副组长授权任职及任务分工的决定》,……
本轮巡察将对市统计局、市文旅局、市行政审批局、市融媒体中心、市招商服务中心、市城运中心、市国投公司、市临港集团、王集镇及所辖17个村(社区)开展常规巡察,……巡察时间为2025年10月中下旬至12月中下旬。
""", {"unit": "", "units": ["市统计局", "市文旅局", "市行政审批局", "市融媒体中心", "市招商服务中心", "市城运中心",
                          "市国投公司", "市临港集团", "王集镇"],
      "group": None, "term": 7, "round": 8, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://cgzyz.com.cn/?p=3529 (a province's ninth round of its thirteenth term mobilised, on an unrelated site: 21
    # provincial bodies and enterprises in one list, two with a bracket of members (dropped))
    # settled convention 7 (r18 pass): 省司法厅（含省监狱管理局） and 甘肃金融控股集团有限公司（含华龙证券股份有限公司） keep their included bodies
    ("gansu_thirteenth_term_ninth_round_21_units", "http://cgzyz.com.cn/?p=3529", "rounds", """8月20日,全省巡视巡察工作会议暨十三届甘肃省委第九轮巡视工作动员部署会在兰州召开,……
经省委批准,十三届省委第九轮巡视将对省地方金融监督管理局、甘肃银行、甘肃省农村信用社联合社、省委国安办、省委军民融合办、省公安厅、省人大常委会机关、省政协机关、省审计厅、省司法厅(含省监狱管理局)、省引大入秦水资源利用中心、甘肃电气装备集团有限公司、省委政法委、省高级人民法院、甘肃社会主义学院、甘肃省公路交通建设集团有限公司、甘肃金融控股集团有限公司(含华龙证券股份有限公司)、甘肃工程咨询集团股份有限公司、甘肃能源化工投资集团有限公司、甘肃药业投资集团有限公司、甘肃科技投资集团有限公司等21个省直机关单位和省属国有企业党组织开展常规巡视。
""", {"unit": "", "units": ["省地方金融监督管理局", "甘肃银行", "甘肃省农村信用社联合社", "省委国安办", "省委军民融合办",
                          "省公安厅", "省人大常委会机关", "省政协机关", "省审计厅", "省司法厅（含省监狱管理局）", "省引大入秦水资源利用中心",
                          "甘肃电气装备集团有限公司", "省委政法委", "省高级人民法院", "甘肃社会主义学院",
                          "甘肃省公路交通建设集团有限公司", "甘肃金融控股集团有限公司（含华龙证券股份有限公司）", "甘肃工程咨询集团股份有限公司",
                          "甘肃能源化工投资集团有限公司", "甘肃药业投资集团有限公司", "甘肃科技投资集团有限公司"],
      "group": None, "term": 13, "round": 9, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.saolv.com.cn/html/xw/dzyw/48977.html (traditional script with doubled commas as found, on an
    # unrelated domain: a province's fourth round of its eleventh term mobilised; no unit; the meeting's day is no
    # start)
    ("sichuan_eleventh_term_fourth_round_mobilisation_trad", "https://www.saolv.com.cn/html/xw/dzyw/48977.html", "noisy", """四川在線 2019年02月21日
四川在線消息(記者 陳松)2月20日上午,,十一屆四川省委第四輪巡視工作動員部署會在成都召開,,省委常委,、省委巡視工作領(lǐng)導小組組長王雁飛出席會議并講話,,省委常委,、省委巡視工作領(lǐng)導小組副組長王正譜主持會議并宣布十一屆省委第四輪巡視組長授權(quán)任職及任務(wù)分工決定,。
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 4, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]

# Texts sharing a publication template and a round with an earlier batch's text (bench/outside_overlap.py): left out of
# the measured run, as r16's were. hubei_central_inspection_progress is a province's report on the same central round
# (2020年10月10日至12月20日) in the same wording as r15's inner_mongolia_central_eighth_group_progress.
SHARES_TEMPLATE: frozenset[str] = frozenset({"hubei_central_inspection_progress"})
