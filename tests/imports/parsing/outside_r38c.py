"""Outside texts of batch r38 (issue 14), collector C's share, held out: provincial and central inspections of places
and of central bodies (a province's tallies of its groups' clues and of its rounds, a provincial round's entries table,
the supreme procuratorate's fifth round of its own system, a province's committee's rounds of 2019, a provincial
group's feedback to a provincial department, a provincial group's visit to a city's transport work, a city's meeting on
central feedback, a provincial daily's feature on a group's feedback to a city committee, a ministry's and a province's
reports on their rectification after central feedbacks, a city committee's progress report after a provincial visit)
and audit texts (a district's audit rectification interview), collected with the search tool from public pages that are
in no earlier batch. Each address was checked against every outside batch (outside_*.py, r37 included, r37c with its
top-up) and test_outside_documents.py, with and without www./m./mip./wap. and its query string (host and distinctive
path part apart), and two or three distinctive names or phrases of each text (people, bodies, wording) were grepped in
them, in simplified and traditional script; at the end the other collectors' files of this batch were looked for (see
"Overlap"), and the file was compared with `bench/outside_overlap.py tests/imports/parsing/outside_r38c.py` (its summary
is under "Overlap" below). Their fields are written down by reading only. The importer was not run on them, no test or
bench that runs it was run, and neither imports/ nor the parser's tests were read (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, test_outside_documents.py for duplicates, bench/outside_overlap.py
and the brief); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 15 texts from the search tool's "pages" corpus, all with their address. 73 look-ups of the brief's cap of 150,
all `search` in "pages"; the rest were not spent, as the corpus gave almost nothing new for this share (see below) and
the brief asks not to pad. Searched: central bodies' rectification after central feedbacks (国家粮食和物资储备局, 审计署,
国家能源局, 国家外汇管理局, 国家文物局, 国家中医药管理局, 民航局, 国家统计局, 科技部, 交通运输部; party groups' meetings,
cadre meetings, reports published on their portals), central bodies' rounds of their own systems (最高检, 最高法, 公安部,
自然资源部), provincial groups' feedbacks to provincial departments (公安厅, 国土资源厅, 交通运输厅, 卫生厅, 商务厅,
农业厅, 民政厅, 财政厅, 水利厅, 高级人民法院, 统计局) and to prefectures (玉树, 和田, 西双版纳, 楚雄) and counties (叙永,
汝城), provincial progress reports of cities, zones and city governments (with rectification words: 闲置土地, 拖欠账款,
政府债务, 耕地, 兼职清理, 集中整改), provinces' and discipline commissions' tallies (移交问题线索, 立案, 数说巡视,
纪委全会工作报告, 廉洁微播报), petitions handed over by central groups, central groups' entries of the twentieth seventh
round and linked rounds of sub-provincial cities, central feedbacks' analyses (高频词, 点名), press conferences, chronicles,
features and stories (蹲点采访, 主动投案, 下沉调研), 2004-2011 central and provincial rounds, foreign papers' Chinese
pages, and audit texts (county audit rectification reports, people's congresses, audit bureaus' interviews). They returned
about 580 results, about 330 distinct addresses, of which about nine in ten were earlier batches' (among them Yunnan's
leading group on yndaily and qdubb, Guizhou's on gzstv, 宜城's mayor, Hainan's and Hubei's rounds, Jiangxi's 17 rounds,
Inner Mongolia's 2014 and 2016 tallies, Zhejiang's 2018 clue hand-over, Anhui's 2017 first round, Guangdong's rounds on
mzsky, Fujian's 2015 rounds, Hunan's 2015 and 2024 rounds, the 兵团's ninth round, the central 2013-2025 rounds' lists,
entries, leaders, feedbacks and rectification reports in many copies, the 2016 checks of central bodies' rectification,
Guangyuan's, 徐汇's, 武汉经开区's and the transport ministry's progress reports, and every budget audit
report and audit news the corpus returned but the one kept) or other shares' (county, district and city 巡察 rounds,
enterprises' and universities' rounds); the rest were no public text of a party inspection (novels, AI-written pages,
environmental, land, statistics and grain inspectorates, judicial 巡查, research papers, tag pages).

Taken, measured: a city aggregator's copy of Shaanxi's green channel for its groups' clues with the tally so far
(shaanxi_provincial_groups_clues_green_channel_2015), a city discipline commission's repost of Guangdong's tally of its
2016 rounds (guangdong_provincial_three_rounds_tally_repost_2017), a copying site's page of Hunan's 2016 first round with
its entries table (hunan_2016_first_round_entries_table_copy), a copy of a procuratorial paper's story on the supreme
procuratorate's fifth round of its own system (supreme_procuratorate_fifth_internal_round_report_meeting_story), a
discipline portal's repost of Zhejiang's story on its committee's rounds of 2019
(zhejiang_fourteenth_term_2019_rounds_figures_story_repost), an economic daily's page on a provincial group's feedback
to the provincial public security department (provincial_public_security_department_first_group_feedback_2014), a
provincial transport department's 2009 note on a provincial group at a city's transport work
(hunan_provincial_fifth_group_chenzhou_transport_visit_2009), a city's meeting on the central "巡审督" feedback
(baoji_central_inspection_audit_supervision_feedback_rectification_meeting), a copy of a provincial daily's feature on
its groups with one group's feedback to a city committee (hubei_provincial_seventh_group_honghu_lake_farm_feedback_feature),
a business magazine's note on the science ministry's rectification report
(science_ministry_central_tenth_group_rectification_report_note_2014), a radio portal's note on Shaanxi's rectification
report (shaanxi_central_rectification_report_calligraphy_posts_note), a copying site's page of Nanping's progress report
(nanping_city_provincial_first_group_progress_2021) and a city audit portal's news of a district's audit rectification
interview (longgang_audit_committee_office_rectification_interview). In SHARES_TEMPLATE: the 2013 second central round's
leaders with its list (central_2013_second_round_two_group_leaders_note_copy) and a story on the nineteenth first
round's feedbacks published on 7月22日 (central_nineteenth_term_first_round_feedbacks_names_story_copy).

Left out as other shares' kinds. Share D (special rounds): the central tenth group's special-inspection feedback to the
science ministry of 2014 on an aggregator (guiyang.baogaosu.com 21912470; this file's caixin note tells the ministry's
rectification without calling the visit special), Qinghai's 2015 three special rounds with their tally
(xining.baogaosu.com 42896262), Xishuangbanna's progress report after a provincial ecological special round (zgmh.net
8878), the central 2015 first round of special inspections of 26 enterprises (chinanews 2015/02-27/7083940) and
Hainan's 2026 business-environment round (163.com KK5KGSFI0553MHUM, first session of r37c); share D (traditional-script,
pinyin-doubled, masked or generated copies): Jiangsu's provincial ninth group's feedback to the high court
(sjzshwl.com 100817), the supreme court's first inspection group at Jiangsu's high court in 2008 (zhweixiu.com 43668),
the fourteenth central group at the Foreign Languages Bureau (gdtanxin.com 2024-11/06), Sichuan's sixth round of 2020
(imclink.com 20200903), Guangdong's 2013 second round (stellalashacademy.com 335096), Gansu's 2015 first round
(578011.com 169525), Tibet's ninth committee's ninth round feedbacks (easyflowtrafficschool.com 20210122), a
Hong Kong paper's analysis of 25 feedbacks (liuxurong.cn and ihas.com.cn 15106476), a Taiwanese paper on the Hong Kong
and Macao office (epochtimes.com.tw n185672, the visit r37c holds), Zigui's 2011 "天价巡视" with masked characters (shangbiao.366861.com 1lkcltd64j), a spun copy of the 2014
first round's feedbacks relabelled 2016 (78911.com.cn 458591), the Hubei health commission's special progress report on a
spam page (puupupc.cn 3424), Henan's land department on the central look-back (handmsg.com 17339842) and AI-written pages
(chaxiaohao.com, fudaoke.com 1531442, bkwk.cn, 08gf.com, oryoy.com); share B: a city's linked groups during a provincial
visit (xiuzhiben.com 26194), a city group's immediate fixes at 屈原管理区 (quyuan.yueyang.gov.cn 2289247) and county and
town rounds. Left out as stating nothing of an inspection or its rectification: the audit office's announcement on
central departments' 2019 budgets (szlzykj 1247, r37c's top-up), a county audit committee's rules (xjakt.gov.cn 2026),
a ministry's yearly inspection plan meeting (most.gov.cn t20230324_185214), the national tally of provincial groups'
clues of 2015 (china.zjol.com.cn 020840883: its counts are by province, rank and year, no one set a reader could score),
commentaries on central feedbacks' style (news.cntv.cn ARTI1415261488104392) and on over-staffing (finance.people.com.cn
c1004-26331222), Zhengzhou's and Jilin's statistics bureaus' meetings on unspecified rectification (henan.kjzch.com
623153, tjj.jl.gov.cn t20200520_7228328), a second copy of the Hubei feature (rushjw.com 480106) and a second audit
interview of the same portal (audit.sz.gov.cn post_12116340).

Not a short batch: it holds 15 texts and 13 measured, inside the brief's 13-16 and over its 12.

Families and counts (15 texts, 2 in SHARES_TEMPLATE, 13 measured). rounds 7, five measured: Shaanxi's clue tally (unit
"", figures clues_transferred 134, cases_filed 22, disciplined_people 15, admonished_people 15), Guangdong's tally
(figures problems 1037, clues_transferred 183, organizational_handling 18, cases_filed 47), Hunan's 2016 first round (round
1, start 2016-03-07, five units as the table names them, the list cut), the supreme procuratorate's fifth round (round 5)
and Zhejiang's 2019 rounds (term 14); two in SHARES_TEMPLATE (the 2013 second round's leaders, round 2; the nineteenth
first round's feedbacks, term 19, round 1). news 6, all measured: the public security department's feedback (unit
省公安厅, group 省委第一巡视组, visit 2014-05-05 to 2014-07-05, feedback 2014-08-15, problems 6), the group at Chenzhou's
transport (group 省委巡视第五组), Baoji's meeting (expecting nothing), the Honghu feature (unit 洪湖市委, group
省委第七巡视组), the science ministry's report (unit 科技部党组, group 中央第十巡视组) and Shaanxi's report (unit 陕西省委).
progress 1, measured: Nanping (unit 南平市委, group 省委巡视一组, visit 2020-10-15 to 2020-12-14, feedback 2021-01-13, figure
problems 49). audit 1, measured and expecting nothing (Longgang's interview). Measured round lists: one (Hunan's five
bodies). Measured texts expecting nothing of a visit: 2 of 13 (Baoji's meeting and the Longgang audit), 2 of the 15:
under a quarter.

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 46 fields and 95
absence checks in all; 41 fields and 86 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
rounds 22 fields and 31 absence checks, news 12 and 43, progress 6 and 3, audit 1 and 9. Figures read: 9 (problems 2,
clues_transferred 2, cases_filed 2, disciplined_people 1, admonished_people 1, organizational_handling 1).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r38c.py` (15 texts against 2185 earlier, r37-held
included): no address is shared; 66 pairs share over 3 shingles, 1 of them over 3 beyond the tool's formulas; the
longest shared run, 44 characters, is Nanping's opening with r20's fujian_propaganda_department_provincial_progress
(46 shingles, 4 beyond formulas: 省委巡视工作统一部署,2020年10月1 / 开展了巡视,并于2021年1月 / …日反馈了巡视意见。按照党务
公开原则和巡视工作有关要求,现将巡视整改进展情况予以公布。一、): another body's report after another group's visit of
the same season in the same province (省委巡视六组 at the propaganda department, 2020-10-13 to 2020-11-12, feedback
2021-01-20), on another site (hyyz888, a copy of fjsen): the shared run is the progress formula with the same year and
month; measured, as r36c and r37c measure other visits of a round an earlier batch holds (see "What I was unsure of").
Beyond formulas otherwise: Nanping with r14's shandong_civil_air_defence_progress (巡视整改工作作为重要政治任务) and
r30's normal_university_ministry_third_group_progress_2025 (巡视整改工作领导小组,由), Baoji's meeting with r14's
group_inspection_staff_study_mangled (当前和今后一个时期的重要政治任务): formulas of rectification texts. All other pairs
share official formulas only (干部群众反映了一些问题,主要是; 巡视工作有关要求,现将巡视整改进展情况予以公布). The
SHARES_TEMPLATE 2013 leaders' list does not show against outside_set's central_pinyin and r34c's mirror in the tool's
shingles because those two are in traditional script; the list is the same ten places and bodies in the same order. The
tool counts one text as sharing more than its stock of formulas with the seed corpus (Nanping); the seeds were not opened,
so what they share there is not verified (the progress formula is the likely part). Source events: the Shaanxi and
Guangdong tallies, Hunan's 2016 first round, the procuratorate's fifth round, Zhejiang's 2019 rounds (r8's zhuji
page holds the same committee's second round's clue hand-over, another text), the public security department's visit, the Chenzhou trip, Baoji's
meeting, the Honghu feedback, Nanping's visit and the Longgang interview are in no batch; the science ministry's visit is
in outside_c's list of the 2014 first round (this is its rectification, measured), Shaanxi's central visit of 2014 in
r17's, r34c's and r37c's lists of the 2014 second round (this is its rectification report, measured); the 2013 second
round is outside_set's central_pinyin, r34c's and r35c's, and the nineteenth first round's feedbacks r34c's (both
SHARES_TEMPLATE). Other collectors' files of this batch (outside_r38.py, outside_r38b.py and outside_r38d.py as they stood
at 21:24 UTC) were grepped for every address, host and distinctive name of this file and of the texts left out (the
hosts above, 南平, 最高检, 徐珠宝, 钟少林, 叶冬松, 陕西省委, 科技部, 洪湖, 龙岗, 西双版纳, 秭归): outside_r38d.py holds
other baogaosu pages (lanzhou, wuhan: other texts) and names chaxiaohao.com as left out, as this file does; no address,
round or visit of this file is in them.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's and the
r29c-r37c files' docstrings, followed exactly): a tally of a province's inspections reads its counts as the ledger's
metrics (移交问题线索N件 clues_transferred, settled 6; 立案N起 and 立案查处N人 cases_filed; 给予党政纪处分N人
disciplined_people; 诫勉谈话N人 admonished_people; 发现问题N个 problems), as r7's provinces_18th and kaifeng_gulou and
r29d's crossed-inspection totals read them, and counts of rounds, bodies, groups, coverage rates and cadres cleared are
no figures; a round named with its year (2016年第一轮) is round 1 without a term; several entry days give the first as the
start (settled 10) and the petitions' window in parts of months no end (settled 11); a round's table flattened into runs
keeps the bodies it names, as written, the list cut where the tool cuts it; several rounds of one committee give its term
and leave the round unscored (r37c); a feedback news names its unit as the body the feedback goes to (settled 5:
省公安厅, 洪湖市委, 科技部党组); one place visited whose committee the report names is that committee (settled 15: 南平市委);
a feedback day without a year takes the visit's (settled 1) and stays absent when the text has no year at all (7月9日,
6月10日至12日); problems after 主要是: in points are counted (six ●), and problems told as examples, as a story's finding
or in one quoted clause are left unscored; groups are written as the text writes them in the set's short form (省委巡视
一组 and 省委巡视第五组 are the provinces' own names for their groups); an audit text names no party inspection and
expects nothing (r34c, r36c).

What I was unsure of, and how I read it. Guangdong's 形成重要线索专报183件 is read as the clues figure (183 reports on
important clues the groups formed) and 调整地厅级干部18人 as organizational handling; a reader who keeps only the problems
and the cases filed would expect two figures. Zhejiang's figures are left unscored: its rounds' counts (540, 2101) stand
beside the headline's count of the cities' and counties' rounds (86949). Hunan's table names five bodies run together with
leaders' names and telephone numbers (张迎龙万中学湖南财信金融控股集团有限公司0731-…); a reader who refuses the flattened
table would leave units unscored. The Chenzhou trip's unit is left unscored: the provincial department accompanies the
group and the city bureau reports to it, and the text does not say which body the group inspects. Shaanxi's unit is read
as 陕西省委 from the report's title 《中共陕西省委关于巡视整改情况的通报》, without 中共 as the set writes committees
(outside_new's hubei_lookback); a reader could keep 中共陕西省委 or leave the unit unscored, as the note tells no visit.
Baoji's unit is left unscored (the feedback of three kinds of supervision to the province, named only inside the meeting's
name). The Honghu feature is cut to the seventh group's story and feedback; the cut eighth group's story at a Jingzhou
district is another visit. Nanping is measured though it shares the progress formula and the season with r20's Fujian
propaganda department report: another body's report after another group's visit, on another site; by the brief's rule
on "the same round" a stricter reader would put it in SHARES_TEMPLATE (the texts name no round; the batch would then
hold 12 measured). The science ministry's visit was a special inspection (outside_c's list says 专项巡视), which this
note does not say; it is kept as a central body's rectification, and the aggregator's page that calls the visit special
was left to share D.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the 2013 second central round's leaders and its list of ten places and bodies, on a copying site: the same round and
    # list, in the same words, as outside_set's central_pinyin and r34c's
    # central_2013_second_round_ten_rectification_reports_mirror_trad
    "central_2013_second_round_two_group_leaders_note_copy",
    # the nineteenth central first round's feedbacks published on 7月22日, on a copying site: the same round's feedbacks
    # published the same day, the same news as r34c's central_nineteenth_term_first_round_four_provinces_feedbacks_trad
    "central_nineteenth_term_first_round_feedbacks_names_story_copy",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R38C = [
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://xian.baogaosu.com/xinwen/%25E7%25BB%25BF%25E8%2589%25B2%25E9%2580%259A%25E9%2581%2593%25E4%25BC%2598%25E5%2585%2588%25E5%258A%259E%25E7%2590%2586%25E5%25B7%25A1%25E8%25A7%2586%25E7%25BB%2584%25E7%25A7%25BB%25E4%25BA%25A4%25E7%25BA%25BF%25E7%25B4%25A2/30035016
    # (a city news aggregator's copy of a note: a province's discipline commission opens a "green channel" for the clues
    # its provincial groups hand over, with the tally so far: round-level, unit ""; no group, term or round; the
    # province's rounds are not listed: units []; no dates (日前, 去年); the tally is the clues figure and what came of
    # them: 已移交的134件问题线索 clues_transferred 134 (settled 6), 已立案22起 cases_filed 22, 给予党政纪处分15人
    # disciplined_people 15, 诫勉谈话15人 admonished_people 15 (as r7's kaifeng_gulou reads 诫勉谈话); no problems told:
    # problems 0; the excerpt stops before the province's return visits)
    ("shaanxi_provincial_groups_clues_green_channel_2015", "http://xian.baogaosu.com/xinwen/%25E7%25BB%25BF%25E8%2589%25B2%25E9%2580%259A%25E9%2581%2593%25E4%25BC%2598%25E5%2585%2588%25E5%258A%259E%25E7%2590%2586%25E5%25B7%25A1%25E8%25A7%2586%25E7%25BB%2584%25E7%25A7%25BB%25E4%25BA%25A4%25E7%25BA%25BF%25E7%25B4%25A2/30035016", "rounds", """陕西纪委开通绿色通道 优先办理巡视组移交线索

28.02.2015  11:31

导读: 日前陕西省纪委印发《关于各级纪检监察机关优先办理巡视组移交问题线索的意见》,对省委巡视组移交的问题线索,开通优先办理“绿色通道”。

   记者昨日从中央纪委监察部网站获悉,为更好地发挥巡视利剑震慑作用,日前陕西省纪委印发《关于各级纪检监察机关优先办理巡视组移交问题线索的意见》,对省委巡视组移交的问题线索,开通优先办理“绿色通道”。在已移交的134件问题线索中,已立案22起,给予党政纪处分15人、诫勉谈话15人,还有一批移交问题线索正在办理中。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0,
      "figures": [("clues_transferred", 134), ("cases_filed", 22), ("disciplined_people", 15),
                  ("admonished_people", 15)]}),
    # http://zsjjjc.gov.cn/Article/view/cateid/17/id/58307.html (a city discipline commission's repost of a province's
    # tally of its previous year's three rounds, with the repost's tag and its run-together date (【廉洁微播报】20170419):
    # round-level, unit ""; 三轮巡视 counts rounds: no round; no term or group; the bodies are counted (11个县(市、区),75个
    # 省直部门…): units []; no dates (去年); figures as the ledger counts them: 共发现问题1037个 problems 1037, 形成重要线索
    # 专报183件 clues_transferred 183 (the clues the groups reported, settled 6's reading of clues found and held), 调整地厅
    # 级干部18人 organizational_handling 18, 立案查处省管干部47人 cases_filed 47 (as r29d reads 已立案审查298人); 96% is a
    # coverage rate and 40% a share of cases, no metric; no problem list is told, and the problems key is left to the figure)
    ("guangdong_provincial_three_rounds_tally_repost_2017", "http://zsjjjc.gov.cn/Article/view/cateid/17/id/58307.html", "rounds", """党的十八大以来,广东省坚定不移地贯彻中央巡视工作方针,巡视的力度、深度和广角前所未有,巡视的震慑力、推动力、影响力前所未有。巡视“利剑”锋芒显露,震慑、遏制、治本作用得到充分发挥,据统计,广东省纪委查办案件线索40%来自巡视。去年,广东省委巡视组共开展了三轮巡视,巡视11个县(市、区),75个省直部门、省属高校、国有企业党组织,巡视覆盖率达96%,共发现问题1037个,形成重要线索专报183件。根据巡视移交相关的问题线索,省委调整地厅级干部18人,省纪委立案查处省管干部47人。
【廉洁微播报】20170419
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None,
      "figures": [("problems", 1037), ("clues_transferred", 183), ("organizational_handling", 18),
                  ("cases_filed", 47)]}),
    # https://m.78911.com.cn/XinWenFaBu/576343.html (a copying site's page of an agency's note on a province's first round
    # of 2016, with the round's table of groups, leaders, bodies, telephones and mailboxes flattened into runs of text:
    # round-level, unit ""; 2016年第一轮 gives round 1 (a round named with its year, as r24 and r34b read it), no term;
    # 3月7日、8日…已顺利进驻: the groups entered on two days, the first is the start (settled 10), its year from the round's
    # 2016: 2016-03-07; 3月上旬至4月上旬 is the petitions' window told in parts of months: no end (settled 11); the units are
    # the bodies the table names, as written (湖南财信金融控股集团有限公司 after the leaders 张迎龙 and 万中学; 团省委), the list
    # cut at the third group as the tool gives it; the counts (14个省管企业、4个省直单位…2个县) are no units; ten groups: no
    # group; no feedback; no problems; no figures)
    ("hunan_2016_first_round_entries_table_copy", "https://m.78911.com.cn/XinWenFaBu/576343.html", "rounds", """3月9日电记者今天通过“三湘风纪网”获悉,根据湖南省委统一部署,3月7日、8日,省委10个巡视组2016年第一轮已顺利进驻14个省管企业、4个省直单位开展专项巡视,进驻2个县开展常规巡视。
……
相关链接:2016年湖南省委巡视组第一轮巡视进驻情况一览表
省委巡视第一组张迎龙万中学湖南财信金融控股集团有限公司0731-85196081长沙市第448号邮政信箱swxsz01@sxfj.gov.cn
何艺辉湖南基础建设投资集团有限公司0731-85196082长沙市第448号邮政信箱
省委巡视第二组唐会忠曹周义省国资委0731-82569972长沙市第445号邮政信箱
swxsz02@sxfj.gov.cn
马娜省农委0731-89826202长沙市第435号邮政信箱
省委巡视第三组颜向阳陈烽团省委0731-84777666长沙市第432
""", {"unit": "", "units": ["湖南财信金融控股集团有限公司", "湖南基础建设投资集团有限公司", "省国资委", "省农委", "团省委"],
      "group": None, "term": None, "round": 1, "start": date(2016, 3, 7), "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://zfdyw.org/show-276476.html (a site's copy of a procuratorial paper's story on the supreme procuratorate's
    # party group's fifth round of its own system's inspections: round-level, unit ""; 最高检党组第五轮巡视 gives round 5,
    # no term; five groups: no group; 不久前 gives no date; no bodies named in the excerpt: units []; no problems listed
    # in the excerpt: problems 0; 9位院领导 and 5个巡视组 are counts: no figures)
    ("supreme_procuratorate_fifth_internal_round_report_meeting_story", "http://zfdyw.org/show-276476.html", "rounds", """最高检党组第五轮巡视呈现诸多新特点
“火力交叉”全覆盖!最高检这轮巡视,院领导对每个问题都要“过筛子”
中央明确检察系统“双主体”巡视工作机制后的首次“再出发”、首次开展巡视“回头看”、三种巡视交叉安排、与审计监督密切配合同向发力……最高检党组第五轮巡视呈现诸多新特点——
……
在不久前召开的最高人民检察院党组第五轮巡视工作情况汇报会上,包括最高检党组书记、检察长张军在内的9位院领导悉数到场,逐一听取5个巡视组汇报,并对巡视中发现的问题一一“过筛子”。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 5, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.jxsjw.gov.cn/nhqf/nhqf2019/yw/zj/202503/t20250306_3121242.shtml (a provincial discipline portal's repost,
    # with its source line, of another province's story on its committee's rounds of 2019 and its cities' and counties'
    # rounds: round-level, unit ""; 十四届浙江省委第八轮, 十四届省委第六轮 and 第七轮: term 14, the term all share; three rounds:
    # round unscored (as r37c reads two rounds of one text); the bodies are a body entered in passing (省民族宗教事务委员会
    # 党组), examples before a count (宁波市海曙区等20个) and places checked for poverty policy, not inspected: units
    # unscored; 2019年初 and 2019年6月 open rounds, no visit's span: start and end unscored; no group, no feedback; the
    # figures are left unscored: the rounds' counts (问题540个, 发现问题2101个) stand beside the headline's count of the cities'
    # and counties' rounds (巡察党组织10607个,发现问题86949个), and a reader could take either set or both)
    ("zhejiang_fourteenth_term_2019_rounds_figures_story_repost", "http://www.jxsjw.gov.cn/nhqf/nhqf2019/yw/zj/202503/t20250306_3121242.shtml", "rounds", """说故事看数字|巡视党组织61个,发现问题2101个!巡察党组织10607个,发现问题86949个!

来源: 浙江省纪委省监委网站  发布时间: 2020-01-17 13:59


  近日,在十四届浙江省委第八轮巡视进驻省民族宗教事务委员会党组期间,省民族宗教事务委员会副厅长级干部钟昌明主动投案。……

  2019年初启动的十四届省委第六轮巡视中,巡视组发现20个地区(单位)党组织存在政治偏差和管党治党宽松软问题540个。

  2019年6月,十四届省委第七轮巡视除对宁波市海曙区等20个地区(单位)党组织开展常规巡视外,对标中央脱贫攻坚专项巡视工作部署要求,对平阳县、苍南县、兰溪市、江山市、常山县、台州市黄岩区、龙泉市、庆元县等8个县(市、区)贯彻落实精准扶贫政策情况开展监督检查。
……
  据了解,2019年省委已开展3轮巡视,巡视61个地区(单位)党组织,发现问题2101个;截至目前,本届省委巡视全覆盖工作任务已过半,已巡视164个省管党组织,总覆盖率达54%。
……
""", {"unit": "", "group": None, "term": 14, "feedback_date": None}),
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://district.ce.cn/newarea/roll/201408/23/t20140823_3411721.shtml (an economic daily's regional channel: a
    # provincial group's feedback to the provincial public security department: unit 省公安厅 (the body visited and
    # given the feedback, as written; settled 5), group 省委第一巡视组; visit 2014年5月5日至7月5日; the feedback's 8月15日
    # takes the visit's year (settled 1): 2014-08-15; no term or round; the problems are the six points after 主要是:
    # (●…), problems 6; the four suggestions (一是…四是) are no problems; no figures; no other body: units [])
    ("provincial_public_security_department_first_group_feedback_2014", "http://district.ce.cn/newarea/roll/201408/23/t20140823_3411721.shtml", "news", """根据省委统一部署,2014年5月5日至7月5日,省委第一巡视组对省公安厅进行了巡视。8月15日,省委第一巡视组组长钟少林,副组长、巡视专员刘志青向省公安厅厅长、党委书记徐珠宝反馈了巡视情况。同日,钟少林代表巡视组向省公安厅领导班子进行了反馈,徐珠宝主持会议并作了表态发言。
……
巡视中,干部群众反映了一些问题,主要是:
●在党风廉政建设方面,厅党委落实主体责任尚有差距,厅纪委落实监督责任不够到位,查处内部腐败案件力度不够;
●在执法办案和公安行政管理过程中,有些重点部门、关键环节存在以权谋私的问题。
●在执行中央八项规定精神和纠正“四风”方面,改进会风文风不到位,会议、文件仍然偏多,考核过多;公车使用、公务消费仍存在违规现象;
●化解信访问题工作力度不够,一些积案、陈案长期得不到解决;有的基层单位清理超标准办公用房工作不力。
●在干部选拔任用方面,厅机关干部轮岗交流力度不够,发挥和调动非领导职务干部积极性的机制有待改进;一线专业技术人员偏少,特殊专业高端人才缺乏;
●市级以下干警提前离岗人员多,协勤管理不规范。(记者杨芳)
""", {"unit": "省公安厅", "units": [], "group": "省委第一巡视组", "term": None, "round": None,
      "start": date(2014, 5, 5), "end": date(2014, 7, 5), "feedback_date": date(2014, 8, 15), "problems": 6,
      "figures": []}),
    # http://jtt.hunan.gov.cn/jtt/xxgk/gzdt/jtyw1/200906/t20090615_3743786.html (a provincial transport department's news
    # of 2009: a provincial group, accompanied by the department's leaders, looks at a city's transport work: group
    # 省委巡视第五组 as written (the province's own naming); the unit is left unscored (the text
    # names no body the group inspects: the provincial department accompanies it and the city bureau reports to it; see
    # "What I was unsure of"); 6月10日至12日 has no year in the text and is the group's trip to the city, not a visit's span
    # told with its year: no start or end; no term or round; the leader's praise is no problem: problems 0; no figures;
    # units [])
    ("hunan_provincial_fifth_group_chenzhou_transport_visit_2009", "http://jtt.hunan.gov.cn/jtt/xxgk/gzdt/jtyw1/200906/t20090615_3743786.html", "news", """6月10日至12日,省委巡视第五组在省交通厅领导的陪同下,考察了郴州交通工作。省委巡视组听取市交通局工作和汝郴高速公路建设情况汇报后,与市交通局班子成员进行个别谈话,并召开交通改革座谈会,现场考察农村公路建设项目。徐泽高组长认为,……
""", {"units": [], "group": "省委巡视第五组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.baojidj.gov.cn/info/1008/10459.htm (a city's party-building portal: the city's meeting on rectifying the
    # problems of the central "inspection, audit and supervision" feedback to the province that concern the city: a
    # rectification meeting that names no group, round, visit or feedback day (2月28日 is the meeting's, without a year);
    # the unit is left unscored (the feedback is the province's, 陕西, named only inside the meeting's name, and the
    # feedback is of three kinds of supervision together); expects nothing else: units [], no group, term, round, dates;
    # the areas the secretary names (高质量发展…生态环境保护…) are requirements, no problems; no figures)
    ("baoji_central_inspection_audit_supervision_feedback_rectification_meeting", "https://www.baojidj.gov.cn/info/1008/10459.htm", "news", """2月28日,我市召开中央“巡审督”陕西涉宝鸡反馈问题整改工作推进会,动员全市上下以最坚决的态度、最严格的标准、最务实的作风,推动问题整改落实。市委书记陈晓勇参加会议并讲话,市长王勇主持会议,……
陈晓勇指出,抓好中央“巡审督”反馈问题整改是全市当前和今后一个时期的重要政治任务,全市各级各部门要提高政治站位,……
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://swgl.cn/ly/8523.html (an unrelated site's copy of a provincial daily's feature on the provincial groups'
    # stories: the excerpt keeps the seventh group's story at a lake city and its feedback, cut where the tool cuts it:
    # unit 洪湖市委 (the body the feedback goes to; settled 5), group 省委第七巡视组; no dates (不久前, 近日), term or round;
    # the farm the group found on the dyke is a story's finding, and the feedback's words are cut: problems unscored;
    # 3000多亩 is no metric: no figures; no other body in the excerpt: units []; the same feature is on rushjw.com 480106,
    # not taken)
    ("hubei_provincial_seventh_group_honghu_lake_farm_feedback_feature", "http://swgl.cn/ly/8523.html", "news", """省委巡视组是干什么的?
巡视组斗智斗勇查贪腐有哪些故事?
巡视组发现问题、形成震慑有哪些方法?
巡视干部是些什么样的人?
近日,湖北日报全媒报道组
独家走进省委各巡视组蹲点采访
为您揭开巡视组的“神秘面纱”
……
与长江相通的洪湖是湖北第一大湖,有“湖北之肾”的美称。
云雾湖休闲农庄,坐落于洪湖一角,风光秀丽,是洪湖市民休闲娱乐的好去处。
然而,省委第七巡视组走访发现,该农庄建在洪湖围堤上,经营餐饮、住宿等,排放生活污水,还占用了3000多亩湖面开展种植养殖、游艇等业务。
……
省委第七巡视组向洪湖市委反馈巡视情况时指出:“贯彻落……
""", {"unit": "洪湖市委", "units": [], "group": "省委第七巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://china.caixin.com/2014-10-10/100736886.html (a business magazine's note on a ministry's report on its
    # rectification after a central group's feedback: unit 科技部党组 (the body the feedback went to, settled 5), group
    # 中央第十巡视组; the feedback's 7月9日 has no year in the text (the note's 10月10日 neither): no feedback day; no visit
    # span, term or round; one problem quoted from the feedback (“对所主管的学会、协会缺乏有效监管,干部兼职过多”), no list:
    # problems unscored; 2名, 10个单位, 39名, 37人 and 2人 count cadres' resignations from posts, no metric: no figures;
    # units [])
    ("science_ministry_central_tenth_group_rectification_report_note_2014", "http://china.caixin.com/2014-10-10/100736886.html", "news", """【财新网】(实习记者 陈梦凡)10月10日上午,科技部网站发布《中共科学技术部党组关于巡视整改情况的通报》(下称《通报》)称,针对7月9日中央第十巡视组向科技部党组反馈的巡视意见中指出的“对所主管的学会、协会缺乏有效监管,干部兼职过多”问题,科技部已做出整改。
《通报》显示,2名退休中管干部已全部办理完在企业兼职的辞职手续。部系统干部在企业兼职(任职)所涉及的10个单位39名兼职(任职)人员中,37人已明确不再兼任现有企业职务,正在办理相关的辞职(辞任)手续;2人明确去企业任职(1名事业单位副局级干部,1名事业单位中层干部),任职手续已完成。
""", {"unit": "科技部党组", "units": [], "group": "中央第十巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://32196.com/scp/shuhua/zhongguoshuhua/201512/2904.html (a calligraphy site's copy of a radio portal's note on
    # a province's report on its rectification after a central inspection: unit 陕西省委 (the committee whose report it
    # is, named in the report's title, 中共陕西省委, written without 中共 as the set writes a committee (outside_new's
    # hubei_lookback 湖北省委); see "What I was unsure of"); no group, dates (今天), term or round; 8名 counts cadres
    # cleared from posts, no metric: no figures; the one matter cleared is told, no list of problems: problems unscored;
    # units [])
    ("shaanxi_central_rectification_report_calligraphy_posts_note", "https://32196.com/scp/shuhua/zhongguoshuhua/201512/2904.html", "news", """国际在线消息:中央纪委监察部网站今天发布了《中共陕西省委关于巡视整改情况的通报》。据通报,陕西清理了8名省管领导干部担任书协主席、副主席等问题,原省政协副主席已辞去省书协主席职务。
通报称,加强对领导干部违规举办、参加书画展、笔会活动的清理,对资金来源情况进行核查。……
""", {"unit": "陕西省委", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- progress -------------------------------------------------------------------------------------------------------
    # http://jwfz.org.cn/show-6389.html (a copying site's page of a city committee's report on its rectification after a
    # provincial group's visit: unit 南平市委 (one place visited, 对南平市开展了巡视, whose committee the report names,
    # 南平市委…整改: settled 15), group 省委巡视一组 as written (the province's own naming); visit 2020年10月15日至12月14日;
    # feedback 2021年1月13日; no term or round; 巡视反馈的49个问题: problems 49 (the 14 the secretary leads are part of them,
    # no figure); the three special checks' feedbacks are no bodies: units []; the excerpt keeps no list of problems)
    ("nanping_city_provincial_first_group_progress_2021", "http://jwfz.org.cn/show-6389.html", "progress", """根据省委巡视工作统一部署,2020年10月15日至12月14日,省委巡视一组对南平市开展了巡视,并于2021年1月13日反馈了巡视意见。按照党务公开原则和巡视工作有关要求,现将巡视整改进展情况予以公布。
一、部署推动巡视整改落实情况
南平市委把落实巡视整改工作作为重要政治任务,坚决扛起巡视整改主体责任,……
二是压实责任抓整改。巡视反馈会后,第一时间成立市委巡视整改工作领导小组,由市委主要领导任组长,认真履行整改第一责任人职责,在巡视反馈的49个问题中有14个问题由市委主要领导牵头负责抓整改。对照省委巡视一组《关于巡视南平市的反馈意见》和3个专项检查反馈意见,……
""", {"unit": "南平市委", "units": [], "group": "省委巡视一组", "term": None, "round": None, "start": date(2020, 10, 15),
      "end": date(2020, 12, 14), "feedback_date": date(2021, 1, 13), "figures": [("problems", 49)]}),
    # --- audit ----------------------------------------------------------------------------------------------------------
    # https://audit.sz.gov.cn/zwxx/sjxx/gzdt/content/post_11582451.html (a city audit bureau's portal: a district's audit
    # committee office interviews a unit's head over poor audit rectification: an audit text, no party inspection;
    # expects nothing: no unit, group, dates, round, units, problems or figures (as r34c and r36c read audit texts); the
    # portal's other page in r6 (futian_audit) is an audit work report, another template)
    ("longgang_audit_committee_office_rectification_interview", "https://audit.sz.gov.cn/zwxx/sjxx/gzdt/content/post_11582451.html", "audit", """近日,龙岗区委审计委员会办公室召开审计整改约谈会议,对落实审计整改工作不到位的个别单位主要领导进行了约谈,督促该单位切实落实审计整改责任,抓实问题整改。
约谈会上,龙岗区委审计办通报了该单位在以往审计整改工作不力问题,听取该单位主要领导关于对责任单位及人员的处理意见及后续落实整改措施汇报,并提出下一步审计整改工作要求。……
(龙岗区审计局 戎历锋)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- texts in SHARES_TEMPLATE ---------------------------------------------------------------------------------------
    # https://bilezu.com/html/46699102.html (a copying site's page of a provincial radio portal's note on two group
    # leaders of the 2013 second central round, with the round's list: round-level, unit ""; 今年第二轮巡视: round 2, no
    # term; ten groups: no group; the list writes six provinces short beside four bodies: units unscored (as outside_set's
    # central_pinyin reads the same list); 上月28日 and 11月1日 are a meeting's and a paper's days: no start; no feedback;
    # no figures) -- SHARES_TEMPLATE (outside_set's central_pinyin and r34c's
    # central_2013_second_round_ten_rectification_reports_mirror_trad: the same round and list)
    ("central_2013_second_round_two_group_leaders_note_copy", "https://bilezu.com/html/46699102.html", "rounds", """徐光春、叶冬松分别任中央巡视组第五、六组组长
央广网河南分网消息 据河南商报报道:根据中央统一部署,中央巡视组第二轮巡视工作近日正式启动,中央10个巡视组将陆续进驻被巡视单位。据悉,中央巡视组今年第二轮巡视共分10个组,分别对山西、吉林、安徽、湖南、广东、云南、新华社、国土资源部、商务部、三峡集团开展巡视。
焦点
叶冬松出任
第六巡视组组长
11月1日出版的《山西日报》,在头版头条报道了中央第六巡视组巡视山西省的动员会情况,中央第六巡视组组长叶冬松在会上作了讲话。
……
""", {"unit": "", "group": None, "term": None, "round": 2, "start": None, "feedback_date": None, "figures": []}),
    # https://up-top888.com/html/yw2018-07-235575.html (a site's copy of a story on names the nineteenth central first
    # round's feedbacks mention: read as r34c reads the same round's feedbacks published the same day: round-level, unit
    # ""; 十九届中央第一轮巡视: term 19, round 1; several groups: no group; 7月22日 is the day the feedbacks were published:
    # feedback unscored (as r34c); the provinces are places of the story: units unscored; no visit span; no figures)
    # -- SHARES_TEMPLATE (r34c's central_nineteenth_term_first_round_four_provinces_feedbacks_trad: the same round's
    # feedbacks published on 7月22日, the same news)
    ("central_nineteenth_term_first_round_feedbacks_names_story_copy", "https://up-top888.com/html/yw2018-07-235575.html", "rounds", """7月22日,中央纪委国家监委网站公布了十九届中央第一轮巡视对14个省区(含10个副省级城市)的反馈情况。值得关注的是,中央巡视组在巡视反馈时专门“点”了一些人的名。
周永康。中央第四巡视组向四川省委反馈巡视情况时提出了六点整改意见,……
薄熙来、王珉。中央第六巡视组向辽宁省委反馈巡视情况时指出,巡视中,巡视组发现和干部群众反映了一些问题,其中包括:消除薄熙来、王珉恶劣影响不彻底,……
“田韩”“隋韩盖”。中央第六巡视组向黑龙江省委反馈巡视情况时提出了五点整改意见,……
""", {"unit": "", "group": None, "term": 19, "round": 1, "start": None, "end": None, "figures": []}),
]
