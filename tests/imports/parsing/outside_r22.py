"""Outside texts of batch r22 (issue 14), held out: collected with the search tool from public pages that are in no
earlier batch (each address checked against every registered outside batch and against r21 (outside_r21.py, not yet
registered), and test_outside_documents.py, with and without www./m./mip. and its query string, and a distinctive phrase
or name of each text grepped in them; every text compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r22.py`, run with r21's cases added beside the registered ones: no address is shared (the
one "shared" address is the placeholder "search corpus pages (no URL returned)"), five texts that share a round, a
portal's or a city's template with an earlier batch are named in SHARES_TEMPLATE below, the rest share official formulas
only (e.g. 按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布, 现将巡察整改阶段性进展情况予以公布, a pinyin-annotated 工作動(dòng)員部署會(huì), a group's name such
as 省交通运输厅党组第一巡察组); four texts share with the seeds phrases the tool counts beyond its stock of formulas, all official
wordings (现将巡察整改阶段性进展情况予以公布, 诚恳接受、照单全收、坚决整改, 学习贯彻习近平新时代中国特色社会主义思想有差距, 落实意识形态工作责任制不到位, 新修订的《中国共产党巡视工作条例》), none a seed's
text). Their fields are written down by reading only. The importer was not run on them, no test or bench that runs it
was run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract, score and case list, and the briefs); the integrator runs them once, and that
run is the honest figure for unseen texts.

Sources. 69 texts from the search tool's "pages" corpus, 67 with their address and 2 with none returned ("search corpus
pages (no URL returned)"); the "code" corpus was tried twice and gave one scraped university page (a vice-minister's
visit urging a central inspection's rectification, no visit told), left out. The pages corpus is nearly exhausted for
the usual phrasings: of about 300 candidate addresses checked, about 195 were earlier batches' (almost every relevant
hit of queries for red cross societies, archives, disabled persons' federations, literary federations, chambers of
commerce, science associations, civil affairs and water bureaus, hospitals' and health commissions' progress reports,
schools' feedbacks, CAS institutes' feedbacks, airport and railway groups, audit reports and audit news). What still
gave new texts: universities' internal rounds at bodies not tried before (a logistics group, an infrastructure office, a
sports department, a sorghum institute, a horticulture school), academies' and administrations' visits to research
institutes (virology 2010, geochemistry 2015, rubber 2021, a standardisation institute 2016), nature reserves, scenic
areas and a scenic area's internal round, wetland parks and a museum, bus groups, an aviation and an airline group's
internal rounds, a road section and a road centre, a youth league round's rectification news, village inspection stories
about drinking water, funeral rounds and funeral texts that are no inspection, and checks or surveys that are no party
inspection (hydrology, forestry, wetland, an agricultural academy's discipline office). Dropped after reading: a
prison's preparation for a bureau's round (a survey, no visit), a college's infrastructure special round whose bodies
are not named as visited, a university centre's mobilisation cut before its visit, a library's rectification life
meeting the group only attends, three CAS institutes' rectification meetings naming no visit and one institute's report
to a group leader, a hospital's rectification leading group naming its visit only in the feedback's title (as r21
dropped such), an electrical equipment group's mobilisation on the portal r4 holds (cut before its units), a
traditional-script copy of the central sixth round list that r20 holds, a code-corpus page (see above), and several
surveys, checks and campaigns (geology projects, funeral checks, a CPPCC survey, a party-history guidance group, a
provincial liaison group, a plant garden survey, an environmental supervision notice) left out because the batch already
holds enough texts that expect nothing. Places and bodies: Beijing (a communication university, a transport university's
logistics group, Xicheng's landscaping bureau, a standardisation institute, an aviation group), Tianjin (a district
procuratorate 2010, a performing arts group 2016), Shanghai (Songjiang's resort committee, the city's agricultural
academy), Jiangsu (Dafeng's Milu reserve, Yangzhou university, Changzhou's civil affairs bureau, Xuzhou's bus group),
Zhejiang (a wetland museum, a language university, the West Lake scenic area), Anhui (Fengyang's archaeological park,
Susong, Chaohu college), Fujian (Fuzhou), Shandong (Laiwu, Guancheng), Henan (Nanyang's Wolong), Hubei (Cehu wetland, a
virology institute, a provincial round of cultural enterprises), Hunan (Linli, Anxiang, Zhangjiajie's scenic
administration), Guangdong (Jiedong, Shenzhen, Guangzhou's bus group, Zengcheng, the provincial airport group, Jiangmen,
an airline group), Guangxi (Lingchuan, Tiandong), Hainan (a rubber institute), Sichuan (Tongchuan, Neijiang, an
agricultural university), Chongqing (a medical university), Shaanxi (Dali, Yuyang, a Xi'an university's sports centre,
Yulin university), Shanxi (Wenxi, Lishi, an agricultural university), Gansu (Pingliang's road centre, the Taizishan
reserve), Guizhou (a geochemistry institute), Jilin (a writers' association), Liaoning (a nature reserve patrol), Yunnan
(Yanjin), and central bodies (the Yellow River commission's hydrology bureau, the forestry administration's Wuhan
office, the academy of sciences, the education ministry, a quality inspection administration); years 2010–2026.

Families and counts (69 texts, 5 in SHARES_TEMPLATE). progress 4 (bodies without their title line:
jiedong_red_cross_look_back_progress; with their title: shenzhen_government_office_progress_2019,
fengyang_archaeological_park_branch_progress, guangzhou_bus_group_city_round_progress (SHARES_TEMPLATE); a fifth
progress report, under its title, laiwu_civil_affairs_funeral_round_progress_lost_characters, is counted with the noisy
texts); news 39 (feedbacks, mobilisations, entries, meetings and rectification news 33:
guangdong_airport_group_provincial_mobilisation, communication_university_ministry_mobilisation,
tongchuan_road_maintenance_section_mobilisation, pingliang_road_centre_department_group_mobilisation,
bjtu_logistics_group_seventh_round_mobilisation, yzu_infrastructure_branch_fourth_term_mobilisation,
chaohu_college_sixth_round_plan_passed, cqmu_tenth_term_second_round_leading_group_meeting,
wetland_museum_district_feedback_2022, jilin_writers_association_provincial_mobilisation,
tianjin_performing_arts_group_city_feedback_2016, zhangjiajie_scenic_administration_city_feedback_2025,
dali_tongzhou_lake_centre_mobile_round_feedback (SHARES_TEMPLATE), milu_reserve_office_city_feedback_2026,
lingchuan_village_canal_inspection_story, tiandong_village_canal_inspection_story_copy,
xicheng_landscaping_bureau_district_mobilisation_2025, sicau_horticulture_school_eighth_round_feedback
(SHARES_TEMPLATE), standardisation_institute_administration_group_mobilisation_2016,
wuhan_virology_institute_academy_visit_2010, rubber_institute_academy_group_entry_2021,
sxau_sorghum_institute_internal_feedback, zisu_physical_education_branch_mobilisation,
xjtu_sports_centre_central_special_visit_study, zengcheng_youth_league_round_rectification_news,
wenxi_village_water_tank_return_visit_story, susong_zuoba_township_crossed_round_water_story,
wolong_village_tap_water_district_group_story, sheshan_resort_committee_district_feedback_2021,
yuyang_first_kindergarten_district_mobilisation_2021, lishi_hospital_district_group_mobilisation_2025,
taizishan_reserve_forestry_group_mobilisation, geochemistry_institute_construction_special_group_entry; no party
inspection, expecting nothing 6: middle_reaches_hydrology_bureau_patrol_check_2024 (督查),
shanghai_agricultural_academy_trial_base_supervision_visit (监督小组),
jiangmen_agricultural_institute_discipline_group_survey_copy (调研组),
changzhou_civil_affairs_funeral_campaign_deployment_2018 (专项整治行动), cehu_wetland_park_city_supervision_forum_copy (督办组),
forestry_commissioner_wetland_patrol_hubei (检查组, 湿地巡查)); rounds 7 (aviation_group_second_internal_round_three_units (3
units), airline_group_2023_first_round_five_units (5 units), linli_twelfth_term_eighth_round_sixteen_units (16 units),
college_second_internal_round_entry_copy (no unit named), anxiang_thirteenth_term_eighth_round_fifteen_units (15 units),
fuzhou_three_bodies_round_2018 (3 units, SHARES_TEMPLATE), west_lake_scenic_area_2025_internal_round_three_bodies (3
bodies named as they speak)); audit 3 (refused as the README says: the report
neijiang_hospital_ward_completion_audit_rectification_2023 (a hospital's announcement of its audit rectification); an
audit division's or audit team's news expecting nothing, as r21's:
yulin_university_economic_responsibility_audit_meeting_2023, guancheng_town_county_audit_team_rectification_note_2018);
noisy 16 (traditional script: tianjin_procuratorate_first_group_hedong_2010_trad; traditional script with pinyin in
brackets (動(dòng)員, 會(huì)): fourth_term_third_round_two_schools_entry_pinyin_trad,
electrical_engineering_institute_academy_feedback_pinyin_trad (SHARES_TEMPLATE),
provincial_cultural_enterprises_seventh_round_mobilisation_pinyin_trad,
eleventh_term_seventh_round_mobilisation_pinyin_trad, green_shield_2018_national_patrol_liaoning_pinyin_trad (no party
inspection, under a spam header left out), bus_group_holding_group_inspection_mobilisation_pinyin_trad,
bus_group_special_round_inspectors_meeting_pinyin_trad, yanjin_village_water_pool_regular_round_pinyin_trad; a betting
site's copy or name: beijing_audit_rectification_news_spun_betting_copy (spun words, expects nothing),
hospital_special_audit_feedback_meeting_betting_copy (expects nothing), seventh_round_mobilisation_betting_name_copy,
fourth_term_sixth_round_four_bodies_betting_name_copy (学院 written over everywhere); starred placeholders and broken
lines: school_feedback_model_speech_starred_broken_lines (*区委, *中学党委, lines broken mid-sentence),
county_congress_funeral_reform_survey_starred_year (201*年, expects nothing); lost characters:
laiwu_civil_affairs_funeral_round_progress_lost_characters (根据委, 6月6区委, 于86日, 2026120日, 15(含)). Progress reports are 4
(3 measured outside SHARES_TEMPLATE, a fifth counted as noisy), one of them a body without its title line: fewer than
wanted, because the corpus gave almost no new progress reports (nearly every hit of the progress formulas was an earlier
batch's); round lists are 7.

Fields read: 212 (a unit of "" for a round-level text counts, each unit of a list and each figure counts, and an audit
text's refused), and 420 absence checks (None, [] for units or figures, and problems 0 where a careless reader might
fill the field), by the collector's count; 188 fields and 400 absence checks outside SHARES_TEMPLATE. By family (outside
SHARES_TEMPLATE): progress 19 fields and 6 absence checks, news (with the checks) 74 and 245, rounds 60 and 32, audit 1
and 18, noisy 34 and 99. Figures read: problems 4 (linli's round 188, the airline group's round 59, laiwu 18, the
sorghum institute 14 from 四个方面的十四个问题, settled 4), measures 2 (fengyang 55, laiwu 61), rules_established 2 (fengyang 5,
laiwu 3), completed 1, completion_rate 1 and in_progress 1 (laiwu 15, 83.3 and 3, settled 3), clues_transferred 1 (linli
7, settled 6), cases_filed 1 (tiandong's two people put on file); problems counted as items 4 (the performing arts
group's three as 一是…三是, the scenic administration's five separated by 、 after 主要是:, the reserve office's four separated
by semicolons after 主要是:, and the lake centre's seven separated by 、, in SHARES_TEMPLATE).

Reading conventions (those written in outside_r21.py's and outside_r20.py's docstrings and in outside_set.py's "Settled
conventions", conventions 1–8 followed exactly, and the brief's 9: a group named with its owner's place in front is
expected in the short form): a day without a year gives no date unless the text or the page's dated line gives its year
(the wetland museum's 7月1日 under 2022-07-06, the resort committee's 3月29日 under 2021-03-29; 9月6日, 10月15日, 11月9日, 11月20日,
2月21日, 7月13日 and 7月24日 give none); a feedback day without a year takes the year that puts it after the visit's end
(settled 1: the lake centre's 2月22日 2021, the electrical engineering institute's 1月17日 2024); a mobilisation, entry,
meeting or preparatory day is no start; stated days of a visit are its start and end (the virology institute's
2010年5月5日-7日); months without days give the months' first and last days, as the pinned qinzhou reads them (linli's
2020年8至11月), while parts of months (上旬, 中旬, 下旬) give neither (susong, fuzhou); a round or term named with the committee
that runs it, or conveyed from the secretary's hearing of it at the visit's own meeting, is the text's (十二届县委第八轮,
十三届县委第八轮, 十届区委第一轮, 十届校党委第二轮, 第四屆黨委第三輪, 校第四届党委, 十二届省委第一轮巡视动员部署会议, 第十六轮), but a round the secretary heard before the
visit's own round is not (yuyang's 第九轮 is not scored); a round named only in a plan's title is the text's (settled 2:
chaohu's 《…第六轮巡察工作方案》); a department's own count of its rounds is its round (pingliang's 厅党组第三轮巡察 round 3); two-level
counts give the finer (settled 4); places and bodies in a round's list are units as written, with their bracketed second
names or extensions in full-width brackets (settled 7: 宣传部（延伸文联）, 统战部（延伸工商联、侨联）, 中航集团（国航股份）集中采购部); counted kinds
(16家单位党组织, 省属文化企业, 省直单位, 17个水文站) are none; a feedback news's unit is the body the feedback goes to in full (settled 5:
张管局党委, 中国科学院电工研究所); a university's group is written in the set's short form 党委第N巡察组 (校党委第七轮第三巡察组 -> 党委第三巡察组, 校第四届党委第六巡察组
-> 党委第六巡察组), an academy's or a department's with its owner (院党组第一巡察组, 院党组第七巡视组, 省交通运输厅党组第一巡察组), a county's or district's
written with its place in front in the short form (settled 9: 灵川县委第二巡察组 -> 县委第二巡察组, 闻喜县委第三巡察组, 盐津县委第三巡察组), and a group
written two ways (质检总局第三巡视组 / 质检总局党组第三组巡视组) or named by no number of its own (教育部巡视组, 中国科学院巡视组, 党委巡察组, 交叉巡察组, 县委巡察组,
第一批巡视组, 省林草局党组巡察组, 中科院基本建设项目专项巡视组) is not scored; expected values of traditional-script texts are written simplified;
督查, 督办, 督导, 检查组, 巡查, 调研组, 监督小组, 专项整治, 专项监督 and audits are no party inspection: no group, no dates, no units, no
problems, no figures; audit reports are refused (README), an audit division's or an audit team's news expects nothing;
meetings, issues solved on the spot (立行立改问题), interviews (约谈问责, no metric) and the campaigns' counts are no figure.

What I was unsure of, and how I read it: the scenic administration's five findings and the lake centre's seven are
separated by 、 after 主要是:, not by semicolons or numbers, and are read as five and seven because each is a whole
shortcoming (r21 read the fine arts school's four separated by commas the same way); the performing arts group is named
in full at the visit and short at the feedback (以下简称北方演艺集团党委), so its unit is not scored; the Guangzhou bus group's unit
is named with 中共 and is not scored (r10's written convention), and the text shares the city's progress heading with r8
anyway; laiwu's lost characters are read the only way they can be (6月6 as 6月6日, 86日 as 8月6日, 已整改完成15 as 15 completed,
未完成(正在整改)3 as 3 in progress, 完善…制度3 as 3 rules), knowing the set's KNOWN_MISSES holds such a lost 个 (hengyang's 9);
tiandong's 2人被县纪委立案审查 is read as the cases figure (two people put on file), as the pinned luohe reads 3人立案审查; the Fuzhou
round's second body is expected with the ASCII comma the copy shows inside its full-width bracket (the text is in
SHARES_TEMPLATE); the fourth-term sixth round's four bodies are written with a betting site's name over 学院 and are not
scored, as r21 left the technician college's unit; the two bus group texts tell the same special round (a mobilisation
and the inspectors' preparatory meeting) and are both kept, as no earlier batch holds either; wetland_museum's term and
round come from the hearing conveyed at the feedback, as r21 read huada's; xjtu's sports centre tells a central group's
special visit to the university, whose unit and group are read although the centre is not the unit (the text names no
other); the hydrology, agricultural academy, Jiangmen, Changzhou, Cehu and forestry texts and four noisy ones expect
nothing, which is a large share (12 of 64 measured texts), kept because they test refusing inspection-like texts of
bodies (hydrology, forestry, agriculture, funeral) the set had few of. 69 texts, 64 outside SHARES_TEMPLATE: above the
50 the brief asks.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # an academy's feedback to its electrical engineering institute in the academy's feedback template, of the same round
    # and mirror as r12's dalian_chemistry_institute_feedback_trad
    "electrical_engineering_institute_academy_feedback_pinyin_trad",
    # a county lake scenic centre's feedback on the portal and round (2020年9月17日起 the 十六届县委第八轮 look-back and mobile
    # round) that r12's dali disabled persons' federation look-back holds
    "dali_tongzhou_lake_centre_mobile_round_feedback",
    # a university's internal feedback in the university's own template (按照学校党委统一部署,…校党委第N轮巡察第N巡察组巡察X
    # …反馈…会), which r16 holds for its library and archives (another round)
    "sicau_horticulture_school_eighth_round_feedback",
    # a city bus group's progress in the city's progress template (一、提高政治站位,强化整改责任,深入推进巡察整改工作), which
    # r8's guangzhou_housing_progress holds (the same city, another unit and year)
    "guangzhou_bus_group_city_round_progress",
    # a city's three-body round in the city paper's template and reporter that r13's fuzhou_six_bureaus_round holds
    "fuzhou_three_bodies_round_2018",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R22 = [
    # --- progress reports ---------------------------------------------------------------------------------------------
    # http://www.jiedong.gov.cn/zwgk/tzgg/content/post_620976.html (a district red cross society's party group reports on
    # a district look-back round, body without its title: the first heading's numbered items are cut, so problems are not
    # scored; the meetings after the feedback are no field)
    ("jiedong_red_cross_look_back_progress", "http://www.jiedong.gov.cn/zwgk/tzgg/content/post_620976.html", "progress", """根据区委统一部署,2021年6月28日至7月19日,区委第四巡察组对区红十字会党组开展了“回头看”专项巡察。2021年8月24日,区委第四巡察组向区红十字会党组反馈了巡察工作情况。按照党务公开原则和巡察工作有关要求,现将巡察整改阶段性进展情况予以公布。
一、基本情况
巡察组反馈会结束后,区红十字会党组8月26日,召开整改工作会议,传达学习巡察组反馈意见,并对落实巡察整改工作进行部署;8月27日,召开专题民主生活会,……
二、巡察反馈意见整改落实情况
(一)关于巡视巡察整改方面存在的主要问题
1、针对“政治理论学习不到位”问题。……
""", {"unit": "区红十字会党组", "group": "区委第四巡察组", "term": None, "round": None, "start": date(2021, 6, 28),
      "end": date(2021, 7, 19), "feedback_date": date(2021, 8, 24), "figures": []}),
    # http://www.ljsz.gov.cn/zthj/szsxcgzzl/swxc/ljswdqlxc/content/post_49523.html (a city government office's party group
    # reports on a city round under its title: the unit as the visit writes it (settled 5 is one of news))
    ("shenzhen_government_office_progress_2019", "http://www.ljsz.gov.cn/zthj/szsxcgzzl/swxc/ljswdqlxc/content/post_49523.html", "progress", """中共深圳市人民政府办公厅党组关于巡察整改情况的通报
发布日期:2019-03-18   来源:廉洁深圳
根据市委统一部署, 2018年9月12日至11月9日,市委第六巡察组对市政府办公厅党组进行了巡察,2018年12月19日,市委巡察组向办公厅党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
一、提高政治站位,坚决落实市委巡察要求
市委第六巡察组指出的问题和提出的意见建议,办公厅党组完全拥护、诚恳接受、照单全收、坚决整改。……
""", {"unit": "市政府办公厅党组", "group": "市委第六巡察组", "term": None, "round": None, "start": date(2018, 9, 12),
      "end": date(2018, 11, 9), "feedback_date": date(2018, 12, 19), "figures": []}),
    # http://www.ahfyjjjc.gov.cn/content/detail/66b077e47fac9a70498b4567.html (an archaeological park's management office
    # branch reports on a county round under its title: term 15 and round 6 from 十五届县委第六轮巡察第二巡察组; 修改完善制度5个
    # is the rules figure and 制定整改措施55条 the measures figure; the meetings held are no figure)
    ("fengyang_archaeological_park_branch_progress", "http://www.ahfyjjjc.gov.cn/content/detail/66b077e47fac9a70498b4567.html", "progress", """凤阳明中都皇故城国家考古遗址公园管理处党支部关于巡察整改进展情况的通报
根据县委统一部署,县委第二巡察组于2023年8月9日至2023年8月19日对凤阳明中都皇故城国家考古遗址公园管理处党支部开展巡察。2023年11月7日,十五届县委第六轮巡察第二巡察组向凤阳明中都皇故城国家考古遗址公园管理处党支部反馈了巡察意见。按照巡察工作有关要求,现将巡察集中整改进展情况予以公布。
一、提高政治站位,严格履行整改主体责任
……(四)坚持问题导向,强化督促检查。巡察整改工作坚持直面问题,不回避、不推诿、不拖延。目前已修改完善制度5个,制定整改措施55条,从体制机制等根源上堵塞滋生问题的漏洞。
""", {"unit": "凤阳明中都皇故城国家考古遗址公园管理处党支部", "group": "县委第二巡察组", "term": 15, "round": 6,
      "start": date(2023, 8, 9), "end": date(2023, 8, 19), "feedback_date": date(2023, 11, 7),
      "figures": [("rules_established", 5), ("measures", 55)]}),
    # https://www.gzbus.com/zxgg/info.aspx?itemid=5147 (a city bus group's party committee reports on a city round under
    # its title: the visit names the committee with 中共 and a short name after it (下称“公交集团党委”), so the unit is not
    # scored (r10's written convention on names with 中共); the feedback day as told)
    ("guangzhou_bus_group_city_round_progress", "https://www.gzbus.com/zxgg/info.aspx?itemid=5147", "progress", """中共广州市公共交通集团有限公司委员会关于巡察整改进展情况的通报
发布时间:2024/06/06 信息来源:中共广州市公共交通集团有限公司委员会
根据市委统一部署,2023年3月15日至5月31日,市委第八巡察组对中共广州市公共交通集团有限公司委员会(下称“公交集团党委”)进行了巡察。2023年7月20日,市委巡察组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改进展情况予以公布。
 一、提高政治站位,强化整改责任,深入推进巡察整改工作
……
""", {"group": "市委第八巡察组", "term": None, "round": None, "start": date(2023, 3, 15), "end": date(2023, 5, 31),
      "feedback_date": date(2023, 7, 20), "figures": []}),
    # --- news: feedbacks, mobilisations, entries, rectification news --------------------------------------------------
    # https://gdairporttest.southcn.com/xwzx/content/post_46169.html (a provincial group mobilises at a provincial airport
    # group, on a test copy of its portal: the unit as the title names it; 7月13日 has no year and is no start anyway)
    ("guangdong_airport_group_provincial_mobilisation", "https://gdairporttest.southcn.com/xwzx/content/post_46169.html", "news", """省委第十一巡视组召开巡视省机场集团党委工作动员会
  按照省委巡视工作统一部署,7月13日上午,省委第十一巡视组在省机场集团召开巡视工作动员会。会上,省委第十一巡视组组长龚明栋同志就巡视工作作动员讲话,……省机场集团党委书记、董事长张克俭同志代表公司党委作表态发言,……
""", {"unit": "省机场集团党委", "units": [], "group": "省委第十一巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a ministry's group enters a communication university, 2014-style wording: the
    # group named by no number (教育部巡视组, 教育部赴我校巡视) is not scored; 10月15日 has no year and is a mobilisation;
    # six weeks are no end)
    ("communication_university_ministry_mobilisation", "search corpus pages (no URL returned)", "news", """根据教育部党组的统一部署和安排,教育部巡视组近日进驻中国传媒大学开展巡视工作。10月15日下午,教育部赴我校巡视工作动员大会在综合实验楼1500人报告厅举行。……
……他还对巡视组的工作方式和工作安排作了说明,巡视工作时间为6周,分三个阶段进行,……
""", {"unit": "中国传媒大学", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://tchuan.gov.cn/xxgk-show-36126.html (a district group mobilises at a district road maintenance section: the unit
    # as the meeting names it; the meeting's day is no start)
    ("tongchuan_road_maintenance_section_mobilisation", "http://tchuan.gov.cn/xxgk-show-36126.html", "news", """2023年9月13日上午11时,区委第四巡察组巡察区养护段党支部工作动员会在区养护段会议室召开。……
区委第四巡察组组长陈金池同志作了动员讲话:……
区养护段支部书记、段长程光华作了表态发言:……
""", {"unit": "区养护段党支部", "units": [], "group": "区委第四巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://plgl.cn/a/glxw/ggyw/2024/1018/7388.html (a provincial transport department's group mobilises at a road
    # development centre: the group as written with its owner (as r21 reads 省文化和旅游厅党组巡察二组); round 3 from 厅党组第三轮
    # 巡察, the department's own count; the meeting's day is no start)
    ("pingliang_road_centre_department_group_mobilisation", "https://plgl.cn/a/glxw/ggyw/2024/1018/7388.html", "news", """厅党组第一巡察组巡察省平凉公路事业发展中心党委工作动员会召开
日期:2024-10-18 19:04
   根据省交通运输厅党组巡察工作统一部署,2024年10月18日上午,省交通运输厅党组第一巡察组巡察省平凉公路事业发展中心党委工作动员会召开。……
   赵海宁指出,……本轮巡察是新一届省委任期内厅党组第三轮巡察,也是新修订的《条例》颁布后厅党组开展的新一轮巡察。……
""", {"unit": "省平凉公路事业发展中心党委", "units": [], "group": "省交通运输厅党组第一巡察组", "term": None, "round": 3,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://yrcc.gov.cn/xwdt/jcdt/202410/t20241028_437159.html (a river commission's hydrology bureau checks its stations'
    # river patrols (抽检督查, a 督查组): no party inspection; 17个水文站 are checked, no units; expects nothing)
    ("middle_reaches_hydrology_bureau_patrol_check_2024", "http://yrcc.gov.cn/xwdt/jcdt/202410/t20241028_437159.html", "news", """中游水文局开展下半年河道巡查抽检督查
2024-10-28 12:00      来源: 黄河网
本站讯 ……10月14日到25日,中游水文局水政监察支队对黄甫、温家川、甘谷驿、大宁等17个水文站水文监测河道保护范围及河道管理范围巡查情况进行了抽检督查。
……督查组对各水文站在河道巡查中存在的问题或疏漏进行了反馈和指导,提出了整改意见,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://xcb.bjtu.edu.cn/gzdt/189656.htm (a university's seventh-round third group mobilises at its logistics group:
    # round 7 from 校党委第七轮第三巡察组; the group in the set's short form of a university's (党委第三巡察组, as settled 9 and
    # r21 read them); the meeting's day is no start)
    ("bjtu_logistics_group_seventh_round_mobilisation", "https://xcb.bjtu.edu.cn/gzdt/189656.htm", "news", """校党委第七轮第三巡察组在后勤集团召开巡察动员会议
2021年10月29日上午,校党委第七轮第三巡察组在机械楼二层学术报告厅召开巡察动员会议,……后勤集团领导班子成员、二级单位负责人及部分职工代表参加了动员会议,会议由后勤集团总经理信心主持。……
后勤集团党委书记马强作表态发言。他指出,巡察组进驻后勤集团体现了学校党委对后勤事业发展的高度重视和关心,……
""", {"unit": "后勤集团", "units": [], "group": "党委第三巡察组", "term": None, "round": 7, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://jjc.yzu.edu.cn/info/1015/1892.htm (a university's fourth-term sixth group mobilises at its infrastructure
    # office's party branch: term 4 from 校第四届党委; the group in the short form; 11月9日 has no year)
    ("yzu_infrastructure_branch_fourth_term_mobilisation", "https://jjc.yzu.edu.cn/info/1015/1892.htm", "news", """11月9日下午,校第四届党委第六巡察组巡察基建处党支部工作动员会在路北校区45号楼M302会议室举行。
校党委第六巡察组组长、党委常委、副校长王承堂同志作巡察动员讲话。……
陶春明同志代表基建处领导班子作了表态发言,……
""", {"unit": "基建处党支部", "units": [], "group": "党委第六巡察组", "term": 4, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://www.0357cn.com/xww/2025/0417/c1993a192929/page.htm (a college's inspection leading group passes its sixth
    # round's plan, on another domain: round 6 only from the plan's title (settled 2); no unit is named; the meeting's day
    # is no start)
    ("chaohu_college_sixth_round_plan_passed", "https://www.0357cn.com/xww/2025/0417/c1993a192929/page.htm", "news", """4月16日下午,党委巡察工作领导小组2025年第二次会议在学校第一会议室召开。……
会议强调,要扎实开展好校党委第六轮巡察,做实做细巡前准备工作,……
会议审议通过了《中共巢湖学院委员会第六轮巡察工作方案》和《关于第六轮巡察组组长、副组长授权任职及任务分工的决定》。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://old.cqmu.edu.cn/info/1020/7321.htm (a medical university's inspection leading group hears its tenth-term
    # second round: term 10 and round 2 from 十届校党委第二轮巡察; no unit is named (6个二级党组织 elsewhere is not in the
    # excerpt); 6月23日 has no year and is the meeting's)
    ("cqmu_tenth_term_second_round_leading_group_meeting", "https://old.cqmu.edu.cn/info/1020/7321.htm", "news", """6月23日,校党委巡察工作领导小组举行第五次会议。……
覃正杰对本轮巡察工作给予了充分肯定。他指出,学校党委坚持严的主基调不放松,高度重视巡察工作,十届校党委第二轮巡察组织周密、工作扎实、效果明显,……
他要求,学校各级党组织要进一步抓好巡察成果运用,……要精心做好巡察意见反馈,各巡察组要精心修改完善巡察报告,……
""", {"unit": "", "units": [], "group": None, "term": 10, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.saas.sh.cn/xwzx/jcdt/content_52976 (a city agricultural academy's discipline office visits a research
    # institute's trial base for supervision (监督调研, a 监督小组): no party inspection; expects nothing)
    ("shanghai_agricultural_academy_trial_base_supervision_visit", "http://www.saas.sh.cn/xwzx/jcdt/content_52976", "news", """一线监督促实效 科技赋能助振兴
院纪检监察室赴园艺所庄行试验基地开展监督调研
发布时间:2025-12-12 15:49:39
为深入贯彻落实全面从严治党要求,……12月10日下午,园艺所纪检委员侯瑞贤会同院信访办副主任花亚梅组成监督小组,赴园艺所庄行试验基地进行现场监督。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://rajayuj.com/bmpd/jmsnyncj/zxdt/wynq/content/post_2866865.html (a copy, on another domain, of a city
    # agriculture bureau's page: the bureau's embedded discipline group visits an agricultural research institute (调研组):
    # no party inspection; expects nothing)
    ("jiangmen_agricultural_institute_discipline_group_survey_copy", "https://rajayuj.com/bmpd/jmsnyncj/zxdt/wynq/content/post_2866865.html", "news", """5月24日上午,市农业农村局党组成员、市纪委监委派驻纪检监察组组长林和生一行到江门市农业科学研究所(以下简称“市农科所”)就党风廉政建设、档案管理、科技成果转化等方面的工作进行调研,市农科所副所长冯锦乾等陪同调研。
……随后,调研组到办公大楼内实地了解科研人员的办公环境,……并到档案室随机抽查档案进行检查。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://sdbwg.hzxh.gov.cn/art/2022/7/6/art_1218680_56671718.html (a district group feeds back to a wetland museum:
    # the unit as the title names it; 7月1日 takes 2022 from the page's dated line; term 10 and round 1 from the secretary's
    # hearing of 十届区委第一轮巡察)
    ("wetland_museum_district_feedback_2022", "http://sdbwg.hzxh.gov.cn/art/2022/7/6/art_1218680_56671718.html", "news", """区委第一巡察组巡察湿地博物馆党组情况反馈会议召开
发布日期:2022-07-06
根据区委巡察工作统一安排,7月1日上午,区委第一巡察组在中国湿地博物馆召开巡察意见反馈会议。……
会上,宋青组长通报了巡察反馈意见。……
俞晖副主任首先向全体同志传达了区委书记专题会议听取十届区委第一轮巡察情况汇报的会议精神。……
""", {"unit": "湿地博物馆党组", "units": [], "group": "区委第一巡察组", "term": 10, "round": 1, "start": None,
      "end": None, "feedback_date": date(2022, 7, 1), "figures": []}),
    # http://ccdijl.gov.cn/xw/yw/jl/202208/t20220801_8528609.html (a provincial group mobilises at a writers' association:
    # term 12 and round 1 from the speech at 十二届省委第一轮巡视工作动员部署会议 that the group conveys; 近日 gives no day)
    ("jilin_writers_association_provincial_mobilisation", "http://ccdijl.gov.cn/xw/yw/jl/202208/t20220801_8528609.html", "news", """根据省委关于巡视工作的统一部署,近日,省委第七巡视组巡视省作协党组工作动员会召开。会前,省委第七巡视组组长曲胜主持召开与省作协党组成员、副主席景凤鸣见面沟通会,传达了省委书记景俊海在全省巡视工作会议暨十二届省委第一轮巡视工作动员部署会议上的讲话精神,通报了有关工作安排。会上,曲胜作了动员讲话,对做好巡视工作提出要求。……
""", {"unit": "省作协党组", "units": [], "group": "省委第七巡视组", "term": 12, "round": 1, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://tianjin.baogaosu.com/xinwen/%25E4%25B8%2589%25E7%25BB%2584%25E5%2590%2591%25E5%258C%2597%25E6%2596%25B9%25E6%25BC%2594%25E8%2589%25BA%25E9%259B%2586%25E5%259B%25A2%25E5%2585%259A%25E5%25A7%2594%25E5%258F%258D%25E9%25A6%2588%25E5%25B7%25A1%25E8%25A7%2586/47383038
    # (a city group feeds back to a performing arts group, copied by an aggregator: the unit is named in full at the visit
    # and short in the feedback (以下简称北方演艺集团党委), so it is not scored; the three findings as 一是…三是; no feedback day)
    ("tianjin_performing_arts_group_city_feedback_2016", "https://tianjin.baogaosu.com/xinwen/%25E4%25B8%2589%25E7%25BB%2584%25E5%2590%2591%25E5%258C%2597%25E6%2596%25B9%25E6%25BC%2594%25E8%2589%25BA%25E9%259B%2586%25E5%259B%25A2%25E5%2585%259A%25E5%25A7%2594%25E5%258F%258D%25E9%25A6%2588%25E5%25B7%25A1%25E8%25A7%2586/47383038", "news", """市委巡视三组向北方演艺集团党委反馈巡视情况
04.06.2016  17:44
   天津北方网讯: 根据市委统一部署,2015年11月26日至2016年1月15日,市委巡视三组对天津北方演艺集团有限公司党委(以下简称北方演艺集团党委)进行了专项巡视。……
  市委巡视三组组长代表巡视组作反馈。……巡视中,巡视组发现和干部群众反映的主要问题:一是落实全面从严治党主体责任不到位,下属单位党建基础工作薄弱,存在“重艺术创作生产、轻党风廉政建设”的问题。纪委履行监督责任聚焦不够,执纪问责不严,对下属单位“一把手”缺乏有效监督,存在利用职称晋升搞权钱交易问题,“四风”问题依然突出。二是集团公司下属单位“靠戏吃戏”问题突出。艺术生产、舞美设计、设备采购、演出补贴等环节管理漏洞多,……三是财政专项资金缺乏监管;有的院团财务收支管理混乱,违反财经纪律问题严重。同时,巡视组还收到一些反映领导干部的问题线索,……
""", {"units": [], "group": "市委巡视三组", "term": None, "round": None, "start": date(2015, 11, 26),
      "end": date(2016, 1, 15), "feedback_date": None, "problems": 3, "figures": []}),
    # https://mzj.changzhou.gov.cn/html/czmzj/2018/HHCONQOJ_0703/59508.html (a city civil affairs bureau deploys a national
    # funeral clean-up campaign (专项整治行动): no party inspection; expects nothing)
    ("changzhou_civil_affairs_funeral_campaign_deployment_2018", "https://mzj.changzhou.gov.cn/html/czmzj/2018/HHCONQOJ_0703/59508.html", "news", """市民政局根据自身职责开展殡葬领域突出问题专项整治行动部署会议
发布日期:2018-07-03    来源:民政局
根据《全国殡葬领域突出问题专项整治行动方案》,我局迅速行动,7月2日下午,组织殡葬管理所、殡仪馆相关负责人员召开了专题会议。副局长杨继洪对此次专项整治行动作出部署:……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://zjjlz.gov.cn/content/646946/90/14687524.html (a city group feeds back to a scenic area's administration bureau:
    # the unit as the feedback names it with its party committee (settled 5); the five findings after 主要是: are separated
    # by 、; the visit's days are not told)
    ("zhangjiajie_scenic_administration_city_feedback_2025", "http://zjjlz.gov.cn/content/646946/90/14687524.html", "news", """根据市委巡察工作领导小组的部署,2025年1月22日,市委第三巡察组向张管局反馈巡察情况。……市委第三巡察组组长黎艳向张管局党委主要负责人和领导班子反馈了巡察情况。……
黎艳在向张管局党委反馈时指出,……巡察也发现了一些问题,主要是:自然资源保护利用不够、服务游客不够优、资产经营管理不善、选人用人把关不够严、全面从严管党治党欠有力。
""", {"unit": "张管局党委", "units": [], "group": "市委第三巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": date(2025, 1, 22), "problems": 5, "figures": []}),
    # https://dali.qinfeng.gov.cn/info/1003/11100.htm (a county group feeds back to a lake scenic area centre after a
    # mobile round: 2月22日 takes 2021 (settled 1); the seven findings after 主要是: are separated by 、; the same portal's
    # round as r12's dali disabled persons' federation look-back (9月17日-10月20日), so it shares a round)
    ("dali_tongzhou_lake_centre_mobile_round_feedback", "https://dali.qinfeng.gov.cn/info/1003/11100.htm", "news", """根据县委巡察工作领导小组的部署,2月22日,县委巡察办顾振同志传达了刘莉书记在专题听取巡察情况汇报后的重要讲话精神,县委第一巡察组组长武春玲、副组长雷博文向同州湖景区管理中心主任白高强反馈了巡察情况。随后,武春玲代表县委巡察组向同州湖景区管理中心领导班子进行了反馈,……
按照县委统一部署,2020年9月17日至2020年10月20日,县委第一巡察组对同州湖景区管理中心进行了“机动式”巡察。……
武春玲指出,……但在巡察中也出现了一些问题,主要是:党性教育不扎实、单位管理不规范、组织工作虚化弱化、机构改革工作不到位、项目管理不到位、监督责任落实不够到位、民主集中制落实不到位。必须引起高度重视并认真整改。
""", {"unit": "同州湖景区管理中心", "units": [], "group": "县委第一巡察组", "term": None, "round": None,
      "start": date(2020, 9, 17), "end": date(2020, 10, 20), "feedback_date": date(2021, 2, 22), "problems": 7,
      "figures": []}),
    # http://jsdfmlw.com.cn/gb2312/jqdt/202603062440.html (a city group feeds back to a nature reserve's management office:
    # the four findings after 主要是: are separated by semicolons)
    ("milu_reserve_office_city_feedback_2026", "http://jsdfmlw.com.cn/gb2312/jqdt/202603062440.html", "news", """市委第四巡察组向麋鹿保护区管理处党组 反馈巡察情况
发布日期:2026-03-06
根据市委巡察工作安排,2026年3月5日,市委第四巡察组向麋鹿保护区管理处党组反馈巡察情况。……
根据市委统一部署,2025年8月6日至9月30日,市委第四巡察组对麋鹿保护区管理处党组进行了巡察。……
须卫琴指出,……巡察中发现了一些问题,主要是:学习贯彻上级重大决策部署有差距,推动麋鹿保护高质量发展不够有力有效;履行全面从严治党责任不够有力,内部监督管理存在薄弱环节;落实基层党组织建设要求不扎实,队伍建设存在薄弱环节;巡视巡察、审计反馈问题整改不到位。
""", {"unit": "麋鹿保护区管理处党组", "units": [], "group": "市委第四巡察组", "term": None, "round": None,
      "start": date(2025, 8, 6), "end": date(2025, 9, 30), "feedback_date": date(2026, 3, 5), "problems": 4,
      "figures": []}),
    # https://bbs.cnhubei.com/thread-4277144-1-1.html (a forum's copy of a city supervision group's visit to a wetland
    # park's office (市委督办组, 督办): no party inspection; the campaign's 7大类22项 problems are no figure; expects nothing)
    ("cehu_wetland_park_city_supervision_forum_copy", "https://bbs.cnhubei.com/thread-4277144-1-1.html", "news", """4月6日,市委督办组来浠水县督办策湖国家湿地公园管理处"雷霆行动"进展情况。副县长丁意辉及市、县林业局、策湖管理处相关负责人参加督办。
……据了解,策湖国家湿地公园管理处围绕"雷霆行动",初步摸排了整治问题清单,涉及7大类22项具体问题。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://202.99.63.178/c/www/mtbd/368052.jhtml (a forestry administration's commissioner office checks five wetland
    # reserves (检查组, 湿地巡查): no party inspection; the places checked are no units; expects nothing)
    ("forestry_commissioner_wetland_patrol_hubei", "http://202.99.63.178/c/www/mtbd/368052.jhtml", "news", """4月10日至14日,……国家林草局驻武汉专员办组成检查组赴湖北省开展湿地巡查。
此次湿地巡查,抽检了阳新网湖省级自然保护区(国际重要湿地)、谷城汉江国家湿地公园(国家重要湿地)、京山惠亭湖国家湿地公园、随县封江口国家湿地公园、蔡甸后官湖国家湿地公园等5个湿地类自然保护地,……现地查验疑似图斑15处,现场督办案件整改2起。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://guanyang.qlgl.gov.cn/show-242-64829-1-12.html (a county portal's inspection story, reposted from a neighbouring
    # county: the group named with its county in front is read short (settled 9); the village visited is told only as
    # where the group went (到大境瑶族乡乐育村开展巡察工作), so the unit is not scored; 去年 gives no year)
    ("lingchuan_village_canal_inspection_story", "http://guanyang.qlgl.gov.cn/show-242-64829-1-12.html", "news", """巡察故事丨解决群众水渠“烦心事”
来源:灵川县纪委监委
……事情还要从去年说起,去年,灵川县委第二巡察组到大境瑶族乡乐育村开展巡察工作时,当地群众向巡察组反映,她们村柑橘产业基地内重新修复的灌溉水渠工程,存在拦水坝漏水质量问题,……
""", {"units": [], "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://m.news.shi-fen.com/china/202107/50-1059064.html (a news aggregator's copy of a county inspection story with the
    # village left unnamed (该县某村): the unit is not scored; the group has no number; 2019年初 gives no day; two people put
    # on file (2人被县纪委立案审查) are the cases figure; interviews (约谈问责) have no metric)
    ("tiandong_village_canal_inspection_story_copy", "https://m.news.shi-fen.com/china/202107/50-1059064.html", "news", """水渠通了 群众满意了
日期:07-07
……2019年初,田东县委巡察组进驻该县某村开展巡察。
……巡察组随即将问题线索移交县纪委监委,建议对相关责任人进行相应的纪律处理。……2020年初,该项目终于整改完成并正常通水,而该问题所涉及的相关验收人员,2人被县纪委立案审查,7人被县纪委约谈问责。
""", {"units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("cases_filed", 2)]}),
    # https://www.bjxch.gov.cn/zt/yllh/xxxq/pnidpv986715.html (a district group mobilises at a district landscaping bureau:
    # the unit as the meeting names it; the meeting's day is no start)
    ("xicheng_landscaping_bureau_district_mobilisation_2025", "https://www.bjxch.gov.cn/zt/yllh/xxxq/pnidpv986715.html", "news", """西城区园林绿化局召开区委巡察工作动员会
发布时间:2025-09-24 17:30
9月23日,区委第一巡察组在区公园管理中心六层会议室召开巡察区园林绿化局党组工作动员会。……会议由区园林绿化局党组书记刘军良主持。
按照巡察工作部署,区委第一巡察组组长路朝晖全面深刻阐述了本次巡察工作的重要意义,……
""", {"unit": "区园林绿化局党组", "units": [], "group": "区委第一巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://yyx.sicau.edu.cn/info/1056/11493.htm (a university's eighth round feeds back to its horticulture school, in
    # the university's feedback template that r16 holds for its library (学校党委第六轮巡察第一巡察组巡察…情况反馈会): round 8;
    # the group in the short form; the findings are counted at two levels without numbers, so problems are not scored)
    ("sicau_horticulture_school_eighth_round_feedback", "https://yyx.sicau.edu.cn/info/1056/11493.htm", "news", """按照学校党委统一部署,2026年1月5日,校党委第八轮巡察第二巡察组巡察园艺学院党委巡察反馈工作会在成都校区第五教学楼217会议室召开。……园艺学院党委书记袁志香主持会议。
党委第八轮巡察第二巡察组组长马海逐一反馈了此次巡察情况。……巡察中也发现了一些问题,主要表现在:一是聚焦党中央决策部署在基层落实情况方面,学习贯彻习近平新时代中国特色社会主义思想有差距,落实意识形态工作责任制不到位,……二是聚焦群众身边不正之风和腐败问题方面,……三是聚焦基层党组织建设情况方面,……四是聚焦主题教育整改和成果运用情况方面,存在整改不够彻底、长效机制未完全形成等问题。
""", {"unit": "园艺学院党委", "units": [], "group": "党委第二巡察组", "term": None, "round": 8, "start": None,
      "end": None, "feedback_date": date(2026, 1, 5), "figures": []}),
    # https://www.cnis.ac.cn/ynbm/bgs/zhxw/201609/t20160912_20142.html (a quality inspection administration's third group
    # enters a standardisation institute: the group is written two ways (质检总局第三巡视组 / 质检总局党组第三组巡视组), so it
    # is not scored; the unit as the visit names it short; 9月6日 has no year in the text and is a mobilisation; 20天 is
    # no end)
    ("standardisation_institute_administration_group_mobilisation_2016", "https://www.cnis.ac.cn/ynbm/bgs/zhxw/201609/t20160912_20142.html", "news", """根据质检总局党组统一部署,质检总局第三巡视组进驻中标院开展为期20天的巡视工作。9月6日,质检总局党组第三组巡视组巡视中标院工作动员大会在院414会议室召开。……
动员会上,马林聪院长代表中标院对质检总局第三巡视组开展巡视工作作了四点表态讲话。……
""", {"unit": "中标院", "units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://whiov.cas.cn/xwdt_160278/tpxw_160279/201911/t20191103_5419621.html (an academy's inspection group visits a
    # virology institute in 2010 for three days: the days stated are the visit's start and end; the group has no number)
    ("wuhan_virology_institute_academy_visit_2010", "http://whiov.cas.cn/xwdt_160278/tpxw_160279/201911/t20191103_5419621.html", "news", """中科院巡视组到病毒所开展巡视工作
时间:2010-05-11
根据中央关于巡视工作的部署和要求,依据《中国科学院巡视工作暂行办法》的有关规定,2010年5月5日-7日,中国科学院巡视组一行6人,在中科院巡视工作办公室主任李晓光同志带领下莅临武汉病毒所开展巡视工作。
5月5日上午,巡视组在病毒所召开了巡视工作会议。……
""", {"unit": "武汉病毒所", "units": [], "term": None, "round": None, "start": date(2010, 5, 5),
      "end": date(2010, 5, 7), "feedback_date": None, "figures": []}),
    # https://www.catasrri.cn/contents/3627/212462.html (a tropical agricultural academy's first group enters its rubber
    # institute: the academy's group as written (院党组第一巡察组); the mobilisation day is no start)
    ("rubber_institute_academy_group_entry_2021", "https://www.catasrri.cn/contents/3627/212462.html", "news", """院党组第一巡察组进驻橡胶所开展巡察工作
日期: 2021-10-09
  按照院党组统一部署,10月9日,院党组第一巡察组召开进驻橡胶所巡察工作动员会。院党组第一巡察组全体成员、橡胶所领导班子及副高以上干部职工参加了动员会议。
  马子龙组长强调,……
""", {"unit": "橡胶所", "units": [], "group": "院党组第一巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://gls.sxau.edu.cn/info/1021/2851.htm (an agricultural university's second group feeds back to its sorghum
    # research institute: the group in the short form; four aspects and fourteen problems give 14 (settled 4); 2月21日 has
    # no year)
    ("sxau_sorghum_institute_internal_feedback", "https://gls.sxau.edu.cn/info/1021/2851.htm", "news", """根据校党委统一安排,2月21日,校党委第二巡察组巡察高粱研究所党委工作情况反馈会议在高粱研究所六楼会议室召开。……
会上,张润宏组长传达了校党委听取第二巡察组巡察高粱研究所工作情况汇报时的讲话精神,反馈了在高粱研究所巡察期间发现的四个方面的十四个问题,并结合我所工作实际,提出了三个方面的整改意见和建议。
""", {"unit": "高粱研究所党委", "units": [], "group": "党委第二巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": [("problems", 14)]}),
    # https://tyxy.zisu.edu.cn/info/1032/3481.htm (a university's group mobilises at its physical education department's
    # branch: the group has no number (党委巡察组); the unit as the visit names it; 11月20日 has no year)
    ("zisu_physical_education_branch_mobilisation", "https://tyxy.zisu.edu.cn/info/1032/3481.htm", "news", """根据学校党委的统一部署,11月20日上午,党委巡察组在行健馆212会议室召开巡察工作动员会。……体育教研部党政领导班子、全体教职工参加了会议。……
动员会上,姚旻作了动员讲话,他强调,本次巡察重点将紧密围绕“四个聚焦”展开,同时巡察组将对体育教研部直属党支部领导班子及其成员2020年以来的有关情况进行全面政治体检。……
""", {"unit": "体育教研部直属党支部", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://tyzx.xjtu.edu.cn/info/1013/1287.htm (a university's sports centre studies a central group's special visit to
    # the university: the visit's unit and group as the centre tells them; 3月1日 has no year and is a mobilisation)
    ("xjtu_sports_centre_central_special_visit_study", "http://tyzx.xjtu.edu.cn/info/1013/1287.htm", "news", """在3月1日中央第十五巡视组召开的专项巡视西安交通大学党委工作动员会之后,体育中心党总支就积极组织各个层面人员学习传达中央巡视组专项巡视西安交通大学党委工作动员会讲话精神,……
3月13日和15日上午,党总支又分别组织召开党政联席会议扩大会和体育中心中心组学习会,……
""", {"unit": "西安交通大学党委", "units": [], "group": "中央第十五巡视组", "term": None, "round": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.zc.gov.cn/jg/qw/qjw/qt/gzdt/content/post_9848434.html (a district discipline commission on a youth
    # palace's rectification after a district round of the youth league committee: the unit visited is 团区委; the group
    # has no number; no day of the visit is told)
    ("zengcheng_youth_league_round_rectification_news", "http://www.zc.gov.cn/jg/qw/qjw/qt/gzdt/content/post_9848434.html", "news", """督促深化巡察整改工作 提升服务青少年水平
来源:增城区纪委监委   发布时间:2024-09-03 14:25
  近期,增城区青少年宫“天文圆梦园”少先队校外科普基地在区少年宫正式揭牌成立,……也是团区委、区青少年宫落实巡察反馈意见、……的举措之一。
  此前,增城区委巡察组对团区委巡察中发现,团区委下属单位区青少年宫存在服务青年效果不佳、……等问题,……
""", {"unit": "团区委", "units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://epaper.sxrb.com/shtml/sxjjrb/20260209/1150476.shtml (a provincial paper's story of a county group's return visit
    # to a village's water tank: the group named with its county in front read short (settled 9); the village visited
    # last August (去年8月) is told only as where the group walked, so the unit is not scored; the five look-back rounds are
    # no figure)
    ("wenxi_village_water_tank_return_visit_story", "http://epaper.sxrb.com/shtml/sxjjrb/20260209/1150476.shtml", "news", """本报运城讯 ……近日,闻喜县委第三巡察组在裴社镇金元村巡察回访时,村民老刘指着铁牛峪饮用水蓄水池,向县委巡察干部连声称赞。
……时间回到去年8月,巡察组在金元村入户走访,有部分村民反映:……巡察组现场记录问题台账,立即向该村“两委”反馈,并下发立行立改通知书。……
近年来,闻喜县切实抓好巡察工作,对全县所有行政村实现了全覆盖,并开展巡察整改“回头看”五轮次,……
""", {"units": [], "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.ssjjjc.gov.cn/html/wenzhang_720947.html (a county commission's story of a crossed group's visit to a
    # township: the unit as the visit names it; 7月上旬至8月中旬 are parts of months, so start and end are not scored; the
    # group has no number; the issues solved on the spot (立行立改问题18个) are not scored as a figure)
    ("susong_zuoba_township_crossed_round_water_story", "http://www.ssjjjc.gov.cn/html/wenzhang_720947.html", "news", """……根据市县巡察工作统一部署,2022年7月上旬至8月中旬,交叉巡察组对佐坝乡党委及14个村级党组织开展巡察。……
巡察组在走访时发现,该乡自来水厂改革还不彻底,经营困难,……全乡正常供水率仅60%。……
""", {"unit": "佐坝乡党委", "units": [], "term": None, "round": None, "feedback_date": None}),
    # https://www.peopleweekly.cn/html/2023/jizhezaixian_0511/169023.html (a weekly's story of a district group restoring a
    # village's tap water: the group as written; the village is where the group walked, not scored; 4月14日 has no year)
    ("wolong_village_tap_water_district_group_story", "https://www.peopleweekly.cn/html/2023/jizhezaixian_0511/169023.html", "news", """近日,河南省南阳市卧龙区谢庄镇小王沟村14个村民小组七百多户群众的脸上洋溢着笑容,因为他们重新用上了自来水。
……4月14日,区委第六巡察组走访中接到“不能正常生活用水”的群众反映后,对群众反映的问题展开了进一步了解。……巡察组签发了《整改建议书》,要求该村限期整改。
""", {"units": [], "group": "区委第六巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.sheshantravel.gov.cn/news/index/id/2655 (a district group feeds back to a tourist resort's administrative
    # committee: 3月29日 takes 2021 (settled 1, and the page's date); round 16 from 听取第十六轮巡察情况汇报 conveyed at the
    # feedback; the unit as the visit and the feedback name it)
    ("sheshan_resort_committee_district_feedback_2021", "http://www.sheshantravel.gov.cn/news/index/id/2655", "news", """区委第三巡察组向佘山度假区松江管委会党组 反馈巡察情况
发布时间:2021-03-29
 根据区委巡察工作领导小组的部署,区委第三巡察组于3月29日向佘山度假区松江管委会党组反馈巡察情况。……区委巡察办主任胡世武传达了区委主要领导听取第十六轮巡察情况汇报的批示精神,明确整改有关要求。……
  根据区委统一部署,区委第三巡察组于2020年11月30日至2021年1月29日对佘山度假区松江管委会党组进行了巡察。……
""", {"unit": "佘山度假区松江管委会党组", "units": [], "group": "区委第三巡察组", "term": None, "round": 16,
      "start": date(2020, 11, 30), "end": date(2021, 1, 29), "feedback_date": date(2021, 3, 29), "figures": []}),
    # https://yuyang.qinfeng.gov.cn/info/1210/5472.htm (a district group mobilises at a city kindergarten: the ninth round
    # the secretary heard is the round before, so the visit's round is not scored; the meeting's day is no start)
    ("yuyang_first_kindergarten_district_mobilisation_2021", "https://yuyang.qinfeng.gov.cn/info/1210/5472.htm", "news", """按照区委统一安排,2021年3月24日,区委第二巡察组巡察榆林市第一幼儿园工作动员会召开。会前,区纪委常委周吉向市第一幼儿园园长尹丽斐传达了区委书记苗丰同志在书记专题会议听取第九轮巡察情况汇报时的指示精神。区委第二巡察组组长张小东作动员讲话,……
""", {"unit": "榆林市第一幼儿园", "units": [], "group": "区委第二巡察组", "term": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.lishi.gov.cn/zxxw/sqyw/bmdt/202504/t20250423_1946849.shtml (a district group mobilises at a district people's
    # hospital: the group written 区委巡察二组; the meeting's day is no start)
    ("lishi_hospital_district_group_mobilisation_2025", "http://www.lishi.gov.cn/zxxw/sqyw/bmdt/202504/t20250423_1946849.shtml", "news", """4月21日,区委巡察二组巡察离石区人民医院工作动员会召开。
会议指出,本次巡察以推动全面从严治党向纵深发展为目标,……
医院负责人表示,将以此次巡察为契机,……
""", {"unit": "离石区人民医院", "units": [], "group": "区委巡察二组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://www.tzsbhq.com/contents/84052.html (a provincial forestry administration's group mobilises at a national nature
    # reserve's administration: the group has no number (省林草局党组巡察组); the unit as the meeting names it; 7月22日 has no
    # year and is a mobilisation)
    ("taizishan_reserve_forestry_group_mobilisation", "http://www.tzsbhq.com/contents/84052.html", "news", """省林草局党组巡察组巡察甘肃太子山国家级自然保护区管理局工作动员会召开
根据省委巡视巡察工作部署,7月22日,省林草局党组巡察组巡察甘肃太子山国家级自然保护区管理局工作动员会召开。……太子山保护区管理局党委书记王玉明作表态发言,党委副书记、局长敏正龙主持会议。
""", {"unit": "甘肃太子山国家级自然保护区管理局", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.bpf.cas.cn/sew_xmjz/201506/t20150615_4373874.html (an academy's special group on construction projects enters
    # a geochemistry institute: the group is named by its subject, no number, so it is not scored; 6月10日 has no year in the
    # text and is a meeting's)
    ("geochemistry_institute_construction_special_group_entry", "http://www.bpf.cas.cn/sew_xmjz/201506/t20150615_4373874.html", "news", """中科院基建项目专项巡视组对地球化学所开展专项巡视
  根据中国科学院党组和院巡视工作领导小组关于专项巡视工作的部署和要求,中科院基本建设项目专项巡视组进驻地球化学所开展专项巡视。
  6月10日上午,中科院基本建设项目专项巡视组在地化所召开巡视工作见面会,……
""", {"unit": "地球化学所", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- rounds and statistics ----------------------------------------------------------------------------------------
    # https://www.ccdi.gov.cn/yaowenn/202404/t20240408_339800.html (an aviation group's second internal round mobilised:
    # three bodies named (3家单位党委), the purchasing department keeping its bracket full-width (settled 7); 近日 gives no
    # day)
    ("aviation_group_second_internal_round_three_units", "https://www.ccdi.gov.cn/yaowenn/202404/t20240408_339800.html", "rounds", """近日,中国航空集团有限公司党组第二轮内部巡视动员部署会议召开。……
根据集团党组统一部署,本轮巡视派出2个巡视组对山东航空集团有限公司、中翼航空投资有限公司、中航集团(国航股份)集中采购部3家单位党委开展常规巡视。……
""", {"unit": "", "units": ["山东航空集团有限公司", "中翼航空投资有限公司", "中航集团（国航股份）集中采购部"], "group": None,
      "term": None, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://cnsoe.com/listing/newsshow.php?id=23247 (an airline group's 2023 first internal round: five bodies named
    # (5家单位党委) and 59 problems found; the copier's …… ends the page)
    ("airline_group_2023_first_round_five_units", "https://cnsoe.com/listing/newsshow.php?id=23247", "rounds", """5月以来,南航集团以严的措施、严的标准、严的要求,推进2023年第一轮巡视反馈和巡视整改工作,推动新一轮巡视开好局、起好步。
本轮巡视是南航集团在党的二十大之后开展的首轮内部巡视,采取常规巡视方式,派出4个巡视组,对北京分公司、湖北分公司、河南公司、贵州公司、南阳基地等5家单位党委深入开展监督检查。……共发现59个突出问题。
""", {"unit": "", "units": ["北京分公司", "湖北分公司", "河南公司", "贵州公司", "南阳基地"], "group": None, "term": None,
      "round": 1, "start": None, "end": None, "feedback_date": None, "figures": [("problems", 59)]}),
    # http://linl.srcbcz.com/countynews/-GTipeecddNJLzNCIFccA.shtml (a county secretary hears a term's eighth round: 16
    # bodies named (16家单位党组织), term 12 and round 8 from 十二届县委第八轮; 2020年8至11月 gives the first and last day of
    # the months, as the pinned qinzhou reads 2020年10月至2021年1月; 188 problems and 7 clues handed over (settled 6); the
    # villages of the special round are counted, no units; 2月8日 is the hearing's day)
    ("linli_twelfth_term_eighth_round_sixteen_units", "http://linl.srcbcz.com/countynews/-GTipeecddNJLzNCIFccA.shtml", "rounds", """2月8日上午,临澧县委书记陈章杰主持召开县委书记专题会议,听取十二届县委第八轮暨农村集体“三资”管理专项巡察综合情况汇报,并研究巡察成果运用。……
2020年8至11月,临澧县委巡察组集中对县委办等16家单位进行了常规巡察,并同步对全县农村集体“三资”管理进行了专项巡察。第八轮常规巡察共设4个巡察组,采取“一托二”方式,对县委办、县人大机关、县政府办、县政协机关、县委宣传部、县委统战部、县委政法委、县经济开发区、县人民法院、县公安局、县司法局、县农业农村局、县文旅广体局、县信访局、县青山灌区管理局、县妇保计生服务中心等16家单位党组织开展了常规巡察。农村集体“三资”管理专项巡察采取1托4模式,将全县12个乡镇(街道)分为4个片区,……对全县160个村(社区)近三年来的集体资金、资产、资源管理情况开展专项巡察,实现了全县所有村(社区)巡察全覆盖。本轮巡察共发现问题188个,移交问题线索7个,……
""", {"unit": "", "units": ["县委办", "县人大机关", "县政府办", "县政协机关", "县委宣传部", "县委统战部", "县委政法委",
                              "县经济开发区", "县人民法院", "县公安局", "县司法局", "县农业农村局", "县文旅广体局", "县信访局",
                              "县青山灌区管理局", "县妇保计生服务中心"], "group": None, "term": 12, "round": 8,
      "start": date(2020, 8, 1), "end": date(2020, 11, 30), "feedback_date": None,
      "figures": [("problems", 188), ("clues_transferred", 7)]}),
    # https://dfhberp.com/info/1017/3639.html (a college's second internal round enters, on another domain: no body is
    # named (被巡察部门), so no units; the meeting's day is no start)
    ("college_second_internal_round_entry_copy", "https://dfhberp.com/info/1017/3639.html", "rounds", """2023年10月23日,第二轮校内巡察进驻动员会在云帆楼第一报告厅召开,学校巡察工作领导小组全体成员、办公室(党委巡察办)相关负责同志、第一巡察组、第二巡察组全体成员、被巡察部门全体教职员工、离退休教职工代表和学生代表参加会议。……
……本次会议的召开,标志着我校第二轮校内巡察正式进驻到被巡察部门,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://wap.axnews.cn/content/646949/60/14990384.html (a county's thirteenth-term eighth round visited midway by
    # county leaders: fifteen bodies named, the two with extensions keeping them in full-width brackets (settled 7); term 13
    # and round 8; 近日 gives no day; the county's second round on another site (c batch) is another round)
    ("anxiang_thirteenth_term_eighth_round_fifteen_units", "https://wap.axnews.cn/content/646949/60/14990384.html", "rounds", """为扎实推进十三届县委第八轮巡察工作,全面准确掌握各巡察组工作开展情况,近日,县领导黎伟、宋化丽分别带队深入县委巡察组驻地,开展本轮巡察中期调研。
……
本届县委第八轮巡察对县自然资源局、审计局、统计局、住建局、住房保障服务中心、商务局、经投公司、城投公司、宣传部(延伸文联)、统战部(延伸工商联、侨联)、妇联、团县委、党史研究室、编办、科协共15家单位党组织开展常规巡察。
来源:县委巡察办
""", {"unit": "", "units": ["县自然资源局", "审计局", "统计局", "住建局", "住房保障服务中心", "商务局", "经投公司",
                              "城投公司", "宣传部（延伸文联）", "统战部（延伸工商联、侨联）", "妇联", "团县委", "党史研究室",
                              "编办", "科协"], "group": None, "term": 13, "round": 8, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://tzfz.fznews.com.cn/node/11696/20180531/5b0f46adac30a.shtml (a city's three groups enter three bodies, in the
    # city paper's template that r13's fuzhou_six_bureaus_round holds (the same reporter, another round): the second body
    # keeps its bracket, with the comma the copy shows; 从5月下旬开始 is a part of a month, so no start)
    ("fuzhou_three_bodies_round_2018", "http://tzfz.fznews.com.cn/node/11696/20180531/5b0f46adac30a.shtml", "rounds", """市委巡察组进驻市粮食局等三家单位
福州日报社APP-掌上福州5月30日讯(记者 张铁国)根据《中国共产党党内监督条例》、《中国共产党巡视工作条例》、……及省委、市委关于巡察工作的部署要求,经市委同意,市委巡察工作领导小组决定,从5月下旬开始,市委3个巡察组分别对市粮食局、市鼓岭旅游度假区管委会(市鼓山风景名胜区管委会,含福州鼓岭保护开发有限责任公司)、市土地发展中心等3家单位开展巡察。日前,3个巡察组已进驻巡察。
""", {"unit": "", "units": ["市粮食局", "市鼓岭旅游度假区管委会（市鼓山风景名胜区管委会,含福州鼓岭保护开发有限责任公司）",
                              "市土地发展中心"], "group": None, "term": None, "round": None, "feedback_date": None,
      "figures": []}),
    # http://westlake.hangzhou.gov.cn/art/2025/8/26/art_1639429_59053923.html (a scenic area's administration mobilises its
    # 2025 internal round: the three bodies inspected are named as they speak (西湖街道、景区公安分局、凤凰山管理处等3家被巡察单位);
    # the meeting's day is no start; no round number is told)
    ("west_lake_scenic_area_2025_internal_round_three_bodies", "http://westlake.hangzhou.gov.cn/art/2025/8/26/art_1639429_59053923.html", "rounds", """名胜区召开2025年内部巡察工作动员会
发布时间: 2025- 08- 26 16: 35
8月25日,杭州西湖风景名胜区管委会召开2025年内部巡察工作动员会。……
会上,党工委副书记、管委会副主任徐飞总结了2024年名胜区内部巡察工作开展情况,对2025年内部巡察工作进行部署。西湖街道、景区公安分局、凤凰山管理处等3家被巡察单位作表态发言。
""", {"unit": "", "units": ["西湖街道", "景区公安分局", "凤凰山管理处"], "group": None, "term": None, "round": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- audit texts --------------------------------------------------------------------------------------------------
    # https://nj3yy.com/go-a995.htm (a district people's hospital announces its rectification of a district audit office's
    # completion audit of a ward building: an audit text, refused)
    ("neijiang_hospital_ward_completion_audit_rectification_2023", "https://nj3yy.com/go-a995.htm", "audit", """内江市市中区人民医院 关于精神专科病区审计整改结果的公告
2023-11-01
根据内江市市中区审计局《内江市市中区人民医院精神专科病区新建综合楼建设项目竣工决算审计报告》,我单位对照审计发现问题,全面认真落实整改,现将整改公告如下:
1.多计建安投资1373048.97元问题。
整改情况:已核减多计的工程建安投资1373048.97元。
……
对我单位审计的内江市市中区人民医院精神专科病区新建综合楼建设项目问题4项,采纳审计建议4条,制定或修订相关规章制度3项。截至2023年7月底,已完成整改合计4项,整改完成。
""", {"refused": True}),
    # https://sjc.yulinu.edu.cn/info/1003/1395.htm (a university's economic responsibility audit joint meeting: 22 cadres'
    # audits reported, no party inspection; an audit division's news expects nothing)
    ("yulin_university_economic_responsibility_audit_meeting_2023", "https://sjc.yulinu.edu.cn/info/1003/1395.htm", "audit", """10月24日上午,我校2023年经济责任审计联席会议在行政楼四楼会议室召开。校党委副书记、校长许云华主持会议,……会上,审计处汇报了学校组织部委托的22名中层领导干部经济责任审计情况,联席会议进行了讨论和审议。
许云华强调,……要重视审计整改,审计发现问题要“限期整改、必须整改、整改到位”;……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://ingsd.com/news/xnc/2018-11-27/37165.html (a county paper's note on a town rectifying what a county audit team
    # found (县审计组): an audit's news, no party inspection; 11月12日 is the audit team's arrival; expects nothing)
    ("guancheng_town_county_audit_team_rectification_note_2018", "http://ingsd.com/news/xnc/2018-11-27/37165.html", "audit", """本报讯 近日,莘县观城镇针对县审计组审计出的问题,扎实做好问题整改工作。
11月12日,县审计组到观城镇开展审计工作。该镇高度重视,根据要求,及时、准确、完整地提供有关资料。……及时与审计组沟通,采取有效措施,及时进行整改,形成书面材料备案待查。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- noisy copies -------------------------------------------------------------------------------------------------
    # https://www.gongwk.com/doc/560087.jhtml (a document site's model speech at a school's feedback meeting, its names
    # starred out (*区委, *中学党委) and its lines broken mid-sentence: the visit's days are stated (2025年6月20日 至8月20日
    # across a line break); the unit is a placeholder and is not scored; the four aspects' points are cut, so problems are
    # not scored; no feedback day is told)
    ("school_feedback_model_speech_starred_broken_lines", "https://www.gongwk.com/doc/560087.jhtml", "noisy", """在2025年中学党委巡察情况反馈会议上的讲话
同志们:
根据*区委的统一部署,区委第二巡察组于2025年6月20日
至8月20日,对*中学党委进行为期两个月的常规巡察。在巡察期
间,我们通过听取专题汇报、开展个别谈话、受理信访举报、调
阅文件资料、深入教学一线等多种方式,对*中学党委的各项工
作进行了全面深入的政治体检。……今天召开这次反馈会议,主要任务是向*中学
党委通报巡察中发现的主要问题,并就下一步的整改工作提出明
确要求。……
一、聚焦贯彻落实党的教育方针和上级决策部署,政治引领
作用有待强化
……
""", {"units": [], "group": "区委第二巡察组", "term": None, "round": None, "start": date(2025, 6, 20),
      "end": date(2025, 8, 20), "feedback_date": None, "figures": []}),
    # http://news.big5.enorth.com.cn/system/2010/07/09/004838033.shtml (a city procuratorate's first inspection group
    # enters a district procuratorate, 2010, traditional script: the group named by its batch (第一批巡視組) is not scored;
    # no day is told; the yearly plan (每年巡視3至4個院) is no figure)
    ("tianjin_procuratorate_first_group_hedong_2010_trad", "http://news.big5.enorth.com.cn/system/2010/07/09/004838033.shtml", "noisy", """近日從天津市人民檢察院獲悉,為健全和完善檢察機關自身監督機制,……按照最高人民檢察院的要求,市人民檢察院建立起巡視工作制度。目前,市檢察院已組建第一批巡視組進駐河東區檢察院進行巡視。
……市人民檢察院成立巡視工作辦公室和巡視組,每年巡視3至4個院,每院巡視時間為7至10個工作日。……
""", {"unit": "河东区检察院", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://pytymy.com/html/tianbozixun/358.html (a betting site's spun copy (题目 for 问题, 病院 for 医院, 发烧门诊) of a
    # city's audit rectification report told as news: no party inspection; the clean-up's counts (105项科技成果, 651户) are
    # no figure; expects nothing)
    ("beijing_audit_rectification_news_spun_betting_copy", "https://pytymy.com/html/tianbozixun/358.html", "noisy", """当前位置: 天博官网 > 天博资讯
审计查出题目后整改两家市属病院7家二级以上公立病院筑成发烧门诊
发布时间:2023-11-24 19:57:16 点击量:
  审计查出问题后,通过整改,本市两家市属医院和3个区的7家二级以上公立医院完成发热门诊建设,12家社区卫生服务中心已开展医疗服务或实现医保实时结算。今天上午召开的市十六届人大常委会第六次会议,听取了《关于北京市2022年度市级预算执行和其他财政收支审计查出问题整改情况的报告》。
  记者从报告中了解到,审计查出问题后,通过整改,17家高校院所已将105项科技成果纳入“火花”路演活动计划,11项成果已完成转化。……相关区加大平房申请式退租签约力度,已完成全部651户居民签约。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://boltonmusiclessons.com/wanboguanwangmanbetx/info/1141/36129.htm (a betting site's copy of a hospital's
    # special audit feedback meeting, the hospital's name written over with the site's (im电竞app官网召开): an audit's 18
    # problems are no inspection's figure; expects nothing)
    ("hospital_special_audit_feedback_meeting_betting_copy", "https://boltonmusiclessons.com/wanboguanwangmanbetx/info/1141/36129.htm", "noisy", """为进一步规范医院经济管理活动,以高质量审计工作保障医院高质量发展,1月3日下午,im电竞app官网召开2023专项审计结果反馈与整改会。会议由医院党委副书记王立军主持,院长郭洪波出席并讲话。……
医院审计处负责人宿军杰通报了2023年医院专项审计中发现的基建工程、医用耗材、医用试剂、国有资产、后勤保障、医疗收费、医疗设备、药品管理八个方面18个问题,进一步明确了整改责任部门。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://quandakc888.com/article.php?id=48227 (traditional script with pinyin in brackets, on another domain: a
    # university's fourth-term third round enters two schools; term 4 and round 3 from 第四屆黨委第三輪; 1月8日 has no year
    # and is an entry)
    ("fourth_term_third_round_two_schools_entry_pinyin_trad", "https://quandakc888.com/article.php?id=48227", "noisy", """1月8日,學(xué)校第四屆黨委第三輪巡察巡察組分別進(jìn)駐經(jīng)濟學(xué)院黨委和管理學(xué)院黨委,并召開了巡察工作動員會議,啟動本屆黨委第三輪巡察工作。
巡察組在動員會上對本輪巡察的進(jìn)駐時間、巡察內(nèi)容、巡察方式、任務(wù)要求進(jìn)行了說明。……
""", {"unit": "", "units": ["经济学院党委", "管理学院党委"], "group": None, "term": 4, "round": 3, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://youronlinebusinessadvisor.com/zhxw/gzdt/xsgz/202401/t20240126_5004419.html (traditional script with pinyin,
    # on a junk domain: an academy's seventh group feeds back to its electrical engineering institute, in the academy's
    # feedback template of the same round that r12 holds (dalian_chemistry_institute_feedback_trad): the unit in full as
    # the feedback names it (settled 5); 1月17日 takes 2024 (settled 1); round 2 from 第二輪巡視集中反饋會議)
    ("electrical_engineering_institute_academy_feedback_pinyin_trad", "http://youronlinebusinessadvisor.com/zhxw/gzdt/xsgz/202401/t20240126_5004419.html", "noisy", """中國科學(xué)院黨組第七巡視組向電工所反饋巡視情況
| 來源:院巡視辦【字號:大 中 小】
1月15日,院黨組巡視工作領(lǐng)導(dǎo)小組召開第二輪巡視集中反饋會議,……1月17日,院黨組第七巡視組向中國科學(xué)院電工研究所反饋了巡視情況,反饋分為向黨政主要負責(zé)人反饋和向單位反饋兩個階段。……
按照院黨組巡視工作領(lǐng)導(dǎo)小組的統(tǒng)一部署,……院黨組巡視組于2023年10月10日至30日對電工所進行了常規(guī)巡視。……
""", {"unit": "中国科学院电工研究所", "units": [], "group": "院党组第七巡视组", "term": None, "round": 2,
      "start": date(2023, 10, 10), "end": date(2023, 10, 30), "feedback_date": date(2024, 1, 17), "figures": []}),
    # http://fmzcoin.com/e7/fc/c4153a124924/page.html (a betting site's copy of a university's seventh-round mobilisation,
    # the university's name written over with the site's (246蓝月亮精选二四六资料党委第七轮巡察): round 7; no unit is named;
    # the meeting's day is no start)
    ("seventh_round_mobilisation_betting_name_copy", "http://fmzcoin.com/e7/fc/c4153a124924/page.html", "noisy", """我校召开2024年党委第七轮巡察工作动员部署会
发布者:宣传部发布时间:2024-04-15浏览次数:10
4月8日下午,246蓝月亮精选二四六资料党委第七轮巡察工作动员部署会在行政楼第九会议室召开。……
会上,宋执芸领学新修订的《中国共产党巡视工作条例》,……罗会必宣读第七轮巡察工作巡察组组长授权任职及任务分工决定。王其东为各巡查组组长颁发聘书。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 7, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (traditional script with pinyin in brackets: a provincial term's seventh round
    # of its cultural enterprises mobilised: term 12 and round 7 from 十二屆省委第七輪; the enterprises are a kind, no
    # units; 7月24日 has no year and is a mobilisation)
    ("provincial_cultural_enterprises_seventh_round_mobilisation_pinyin_trad", "search corpus pages (no URL returned)", "noisy", """7月24日,十二屆省委第七輪巡視省屬文化企業(yè)(單位)工作動(dòng)員部署會(huì)在武漢召開(kāi)。會(huì)議深入學(xué)習(xí)貫徹習(xí)近平文化思想……對(duì)巡視省屬文化企業(yè)(單位)工作進(jìn)行動(dòng)員部署。省委常委、省委巡視工作領(lǐng)導(dǎo)小組組長(zhǎng)侯淅珉出席會(huì)議并講話。……
""", {"unit": "", "units": [], "group": None, "term": 12, "round": 7, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://rabatannonce.com/zzxcc/2024/1017/c109a10809/page.htm (traditional script with pinyin in brackets, on another
    # domain: a province's eleventh-term seventh round mobilised (another province and year than r7's shandong_seventh):
    # term 11 and round 7; no unit is named (省直單位, 高校 are kinds); 10月12日 has no year)
    ("eleventh_term_seventh_round_mobilisation_pinyin_trad", "http://rabatannonce.com/zzxcc/2024/1017/c109a10809/page.htm", "noisy", """十一屆省委第七輪巡視動(dòng)員部署會(huì)召開
10月12日,十一屆省委第七輪巡視動(dòng)員部署會(huì)召開。……宣布巡視組長(zhǎng)授權(quán)任職及任務(wù)分工的決定。……
會(huì)議強(qiáng)調(diào),……要聚焦黨的領(lǐng)導(dǎo)職能責(zé)任,重點(diǎn)監(jiān)督省直單位黨組(黨委)責(zé)任履行、權(quán)力運(yùn)行、制度執(zhí)行等情況,重點(diǎn)監(jiān)督高校黨委全面貫徹黨的教育方針、……
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 7, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.laiwu.gov.cn/col/col35262/art/2026/art_b1cc6455b8614a5ab50b1fd49fe21fb7.html (a district civil affairs
    # bureau reports on a funeral special round under its title, the copy having lost characters (根据委, 6月6区委, 于86日,
    # 2026120日, 15(含, 316.7%): round 7 from the title's 区委第七轮巡察; the visit names a field, so the unit is not scored
    # (as r21's changge); the end 6月6 and the feedback 86日 read as 6月6日 and 8月6日, the only readings; 18个问题 and 61条
    # measures; 已整改完成15 is the completed count and 83.3% its rate; 未完成(正在整改)3 is in progress (settled 3), its
    # 16.7% no figure; 完善…制度3 the rules figure)
    # r23 pass, corrected: 含长期任务按整改方案已取得阶段性成效7项 is a stated status count of long-term tasks, and the set's
    # metric for them is long_term, as the r17 pass corrected r16's xiangqiao (阶段性完成并需要长期坚持的反馈问题14个); the
    # reader left it unscored, the importer reads it: expected (a reading omitted, not a rule gain)
    ("laiwu_civil_affairs_funeral_round_progress_lost_characters", "http://www.laiwu.gov.cn/col/col35262/art/2026/art_b1cc6455b8614a5ab50b1fd49fe21fb7.html", "noisy", """中共济南市莱芜区民政局党组关于区委第七轮巡察集中整改进展情况的通报
发布日期:2026-02-24 10:05 信息来源:莱芜区民政局
      根据委统一部署,2025年3月11日至6月6区委第五巡察组殡葬领域开展了专项巡察,于86日反馈了巡察意见按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、整改工作基本情况
……针对巡察组反馈的对殡葬改革重视不够、工作作风不够严实、部门履职不够到位等18个问题,巡察整改工作领导小组研究制定整改措施61条。截至2026120日,已整改完成15(含长期任务按整改方案已取得阶段性成效7项83.3%,未完成(正在整改)316.7%;完善殡葬领域相关制度3
""", {"group": "区委第五巡察组", "term": None, "round": 7, "start": date(2025, 3, 11), "end": date(2025, 6, 6),
      "feedback_date": date(2025, 8, 6),
      "figures": [("problems", 18), ("measures", 61), ("completed", 15), ("completion_rate", 83.3),
                  ("in_progress", 3), ("rules_established", 3), ("long_term", 7)]}),
    # http://m.bsmz.net/gongwen/609704.html (a document site's copy of a county people's congress committee's survey report
    # on funeral reform, its year starred out (201*年6月20日): no party inspection; the cremation counts are no figure;
    # expects nothing)
    ("county_congress_funeral_reform_survey_starred_year", "http://m.bsmz.net/gongwen/609704.html", "noisy", """关于深化殡葬改革和管理工作情况的调查报告
县人大常委会法工委主任吴君华
(201*年6月20日)
为进一步推进殡葬改革和管理工作,……今年5月中旬,我们组织调查组,进行专题调研,先后听取县民政局有关工作汇报;……现将调查情况报告如下:
一、基本情况
……据统计,自1999年实行殡葬改革以来,我县共火化遗体3万多具,遗体火化率达到100%,节约棺木用材25000立方米,节约土地280亩。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://m.dingqianjf.com/news/show/137/1417480_0.html (traditional script with pinyin in brackets under a spam header
    # (left out): a national patrol team of a nature reserve campaign in a province (國家巡查組, 綠盾2018): no party
    # inspection; the reserves counted are no units; expects nothing)
    ("green_shield_2018_national_patrol_liaoning_pinyin_trad", "http://m.dingqianjf.com/news/show/137/1417480_0.html", "noisy", """國內(nèi)新聞
首頁>新聞頻道>國內(nèi)新聞>時政新聞
國家巡查組就“綠盾2018”專項行動開展巡查
  9月13日,國家巡查組來遼寧,就“綠盾2018”自然保護(hù)區(qū)監(jiān)督檢查專項行動開展巡查。省政府相關(guān)領(lǐng)導(dǎo)匯報我省自然保護(hù)區(qū)監(jiān)督檢查工作情況。
  ……我省組成了4個現(xiàn)場督查組,對全省19個國家級自然保護(hù)區(qū)、28個省級自然保護(hù)區(qū)及市、縣級自然保護(hù)區(qū)進(jìn)行實地督查,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://szhzj.net/html/hrb/1668.html (traditional script with pinyin in brackets, on another domain: a city transport
    # holding group's party committee mobilises its inspection of the bus group's: the unit as the meeting names it; the
    # group has no number; 2月16日 has no year and is a mobilisation)
    ("bus_group_holding_group_inspection_mobilisation_pinyin_trad", "http://szhzj.net/html/hrb/1668.html", "noisy", """2月16日下午,市交通控股集團(tuán)黨委對(duì)公交集團(tuán)黨委巡察工作動(dòng)員部署會(huì)在公交集團(tuán)召開(kāi)。會(huì)上,交通控股集團(tuán)黨委委員、紀(jì)委書(shū)記,巡察組組長(zhǎng)廖開(kāi)凱作動(dòng)員講話(huà),……會(huì)議由公交集團(tuán)黨委書(shū)記、董事長(zhǎng)高守江主持。……
""", {"unit": "公交集团党委", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://digitallikha.com/view3094.html (traditional script with pinyin in brackets, on another domain: the same holding
    # group's special round of the bus group prepared by its group (a meeting of the inspectors, 2022年2月10日): the unit as
    # the text names it first; the preparatory meeting is no start)
    ("bus_group_special_round_inspectors_meeting_pinyin_trad", "http://digitallikha.com/view3094.html", "noisy", """為推動(dòng)對公交集團黨委的專(zhuān)項巡察工作,壓實(shí)全面從嚴治黨“兩個(gè)責任”,2022年2月10日上午集團召開(kāi)對公交集團專(zhuān)項巡察動(dòng)員工作部署會(huì ),集團黨委委員、紀委書(shū)記廖開(kāi)凱,巡察組全體成員參加了會(huì )議,……
會(huì )上,王健傳達了《徐州市交通控股集團黨委對徐州市公共交通集團有限公司黨委開(kāi)展專(zhuān)項巡察的通知》,……
""", {"unit": "公交集团党委", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://handadichan.com/info/1001/191281.htm (a betting site's copy of a university's fourth-term sixth round, 学院
    # written over with the site's name everywhere (经济与管理新浪体育党委): term 4 and round 6; the four bodies' names are
    # corrupted, so units are not scored; 2月20日至21日 are the entries' days, no start)
    ("fourth_term_sixth_round_four_bodies_betting_name_copy", "http://handadichan.com/info/1001/191281.htm", "noisy", """根据校党委统一部署,新浪体育第四届党委第六轮巡察对经济与管理新浪体育党委、智能技术学部机械工程新浪体育党总支、工程创新新浪体育直属党支部、高职新浪体育直属党支部开展常规巡察。2月20日至21日,4家被巡察的二级党组织分别召开巡察进驻工作动员会。
……会上,校第一巡察组组长毛东森、第二巡察组组长曹扬通报了巡察工作任务、监督重点和工作方式方法。……
""", {"unit": "", "group": None, "term": 4, "round": 6, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://qdubb.cn/html/2024/xunshixuncha_1204/133786.html (traditional script with pinyin in brackets: a county group
    # enters a village for a regular round: the group named with its county in front read short (settled 9); 今年11月 has no
    # year and no day; the village's unit is named two ways (小洞村, 小洞村黨總支), so it is not scored; the issues handed
    # over on the spot are no figure)
    ("yanjin_village_water_pool_regular_round_pinyin_trad", "http://qdubb.cn/html/2024/xunshixuncha_1204/133786.html", "noisy", """……日前,鹽津縣委第三巡察組到普洱鎮(zhèn)小洞村大墳村民小組對(duì)立行立改問(wèn)題整改情況進(jìn)行回訪復(fù)查,……
今年11月,縣委第三巡察組進(jìn)駐普洱鎮(zhèn)小洞村開(kāi)展常規(guī)巡察,……
……巡察組即刻啟動(dòng)立行立改程序,直接向小洞村黨總支下發(fā)《立行立改通知書》。……今年以來(lái),巡察組共移交立行立改問(wèn)題19個(gè),推動(dòng)解決民生實(shí)事17件。
""", {"units": [], "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None}),
]
