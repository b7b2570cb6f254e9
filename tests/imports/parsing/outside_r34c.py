"""Outside texts of batch r34 (issue 14), collector C's share, held out: provincial and central inspections of places
and departments (巡视 entries, mobilisations, feedbacks, provincial and central rounds' entries, deployments and
feedbacks, a county preparing for a visit, a department's progress report, yearly accounts of a province's
inspections) and audit texts, collected with the search tool from public pages that are in no earlier batch. The file
was written in two sessions: the first collector stopped with 5 texts (3 measured) when the search tool's budget ran
out; a second session topped it up with 19 texts (15 measured, 4 in SHARES_TEMPLATE), keeping the first part as it
was. Each address was checked against every outside batch (outside_*.py, r33 included) and test_outside_documents.py,
with and without www./m./mip./wap. and its query string, and two or three distinctive names or phrases of each text
were grepped in them, in simplified and traditional script; at the end the other collectors' files of this batch
(outside_r34.py, outside_r34b.py and outside_r34d.py, as they stood when each session finished) were grepped the same
way, and the file was compared with `bench/outside_overlap.py tests/imports/parsing/outside_r34c.py` (its summary is
under "Overlap" below). Their fields are written down by reading only. The importer was not run on them, no test or
bench that runs it was run, and neither session read imports/parsing nor the parser's tests (only the outside_*.py
data files, outside_set.py's docstring, Case, extract and score, test_outside_documents.py for duplicates, and the
brief); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 24 texts from the search tool's "pages" corpus, 23 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). First session (5 texts): the search budget was used up after nine queries (provincial groups'
entries and mobilisations at cities and provincial departments, cities' and counties' progress reports on provincial
inspections, central groups' feedbacks to provinces, municipal and county audit rectification reports), which returned
about 60 addresses, about nine in ten earlier batches' or other shares'. Second session (19 texts): 52 look-ups of the
150 the brief allows, all `search` in "pages": provincial groups' feedbacks and entries by province (Heilongjiang,
Shaanxi, Sichuan, Shandong, Jilin, Inner Mongolia, Guizhou, Hainan), provincial departments' mobilisations and progress
reports (education, health, justice), central groups' entries, mobilisations and feedbacks of 2010-2025 (2013, 2014,
2016 and 2018 rounds, raised-level inspection, look-backs), provincial rounds of universities, yearly accounts of
inspections, traditional-script and pinyin variants, and audit texts (rectification reports, audit committees, economic
responsibility audits, satisfaction votes, audit bureau meetings). They returned about 400 addresses, of which about
nine in ten were earlier batches' (the Yunnan eleventh committee's leading group meetings and rounds, Yicheng's
rectification, Hebei's 2017 second round, Hubei's 2015 and 2018 rounds, Fujian's 2015 county rounds, Guangdong's 2015
fourth batch and thirteenth-committee rounds, Inner Mongolia's tenth and eleventh committees' rounds, Ningxia, Shaanxi's
2014 round, Gansu's 2015 first round, Sichuan's eleventh committee's fourth round, Guangyuan's report, the Jilin
mobilisations on ccdijl.gov.cn, the central second round of 2013 and of 2014 in several copies, the central third round
of 2014, the nineteenth committee's first round's entries, every budget audit report and rectification report the corpus
returned but two); the rest were other shares' (city and county 巡察 rounds, schools' rounds, enterprises) or no public
text of inspections (novels, theses, tag pages, AI-written "揭秘" pages). What still gave new texts: Heilongjiang (two
yearly accounts on a city aggregator), Hainan's 2015 round, central rounds on business, portal and mirror copies (2013
second round's rectification reports, 2014 second round's mobilisations, the eighteenth committee's tenth round, the
nineteenth committee's first round's feedbacks, Shandong's 2018 mobilisation, Kunming's 2025 raised-level visit), two
provincial rounds' feedbacks to universities (Jiangsu, Shaanxi), Inner Mongolia's group leaders' reports, and three
audit texts.

Families and counts (24 texts, 6 in SHARES_TEMPLATE, 18 measured; first session 5 texts, 2 and 3; second session 19
texts, 4 and 15). rounds 7, four measured: a round list (hainan_2015_six_groups_four_counties_two_enterprises_entered, 6
bodies), central rounds with their places written short
(central_2014_second_round_four_provinces_mobilised_business_paper, round 2;
central_eighteenth_term_tenth_round_look_backs_deployment_2016, term 18, round 10), a provincial round's feedbacks to
counted universities (jiangsu_fourteenth_term_sixth_round_forty_eight_universities_feedbacks_copy, term 14, round 6);
and three in SHARES_TEMPLATE (hebei_ninth_term_fifth_round_eleven_groups_entered_2018, outside_c's Hebei notice
template; central_nineteenth_term_sixth_round_thirty_two_bodies_entered_2020, r20's round and list word for word;
central_ninth_round_2016_twelve_bodies_entered_look_backs, r26c's round and announcement wording); news 7, five
measured: a county preparing for a visit (lianjiang_county_study_meeting_preparing_inspection_2023, expecting nothing of
a visit), a central mobilisation with its start (shandong_central_seventh_group_mobilisation_2018_county_portal, unit
unscored), two yearly accounts of a province's inspections (heilongjiang_2018_inspection_year_review_aggregator,
heilongjiang_2016_first_round_regulations_lectures_aggregator, round 1), a central group's mobilisation for a city
inspected at a raised level (kunming_central_sixth_group_raised_level_mobilisation_2025, unit 昆明市委, term 20, round 5),
and two in SHARES_TEMPLATE (jilin_beijing_office_provincial_sixth_group_mobilisation_2025 and
jilin_npc_standing_committee_organ_provincial_first_group_mobilisation_2026, the Jilin mobilisation template of r22's
and r32c's); progress 1, in SHARES_TEMPLATE (jiangsu_education_department_provincial_third_group_progress_2024, r27c's
visit on the same portal); audit 4, all measured and expecting nothing
(chongqing_2022_municipal_audit_work_report_paper, taizhou_2022_municipal_audit_work_report_reprint,
tiexi_district_audit_bureau_2023_work_meeting_reprint, ezhou_2016_budget_audit_rectification_satisfaction_vote); noisy
5, all measured: traditional script with pinyin-like doubled characters
(shaanxi_thirteenth_term_twelfth_round_twenty_eight_universities_feedbacks_betting_copy_trad, term 13, round 12;
donghu_district_audit_investment_rectification_meeting_trad, an audit text expecting nothing, with a run-together index
table), traditional script on a mirror (central_2013_second_round_ten_rectification_reports_mirror_trad, round 2, places
short), with page chrome (central_nineteenth_term_first_round_four_provinces_feedbacks_trad, term 19, round 1), and with
lost characters as question marks (inner_mongolia_group_leaders_year_reports_lost_characters_trad, absence checks only).
Measured round lists: 1 (6 bodies). Measured texts expecting nothing of a visit: 6 (the five audit texts and the
county's study meeting; 3 of the 15 measured texts the second session added, a fifth).

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 88 fields and 153
absence checks in all; 39 fields and 121 absence checks outside SHARES_TEMPLATE (37 and 94 of them the second session's;
the SHARES_TEMPLATE list of 32 bodies is among the first count only). By family (outside SHARES_TEMPLATE): rounds 15
fields and 23 absence checks, news 11 and 32, audit 4 and 36, noisy 9 and 30, progress 0 and 0. Figures read: none
(every figures key is an absence check or left out: the audits' clues, rules, funds and rates, the provinces' case
counts, a group leader's year of letters and clues, training counts and survey counts are no inspection's figures, or no
one inspection's).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r34c.py` (24 texts against 1953 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)", Taizhou's); 322 pairs share
over 3 shingles, 32 of them over 3 beyond the tool's formulas; the longest shared run, 293 characters, is the
SHARES_TEMPLATE central sixth round's list with r20's central_nineteenth_term_sixth_round_list_2020 (the same announced
list: the reason it is in SHARES_TEMPLATE). Beyond formulas, for the SHARES_TEMPLATE texts: the Hebei notice with
outside_c's hebei_round (个省委巡视组已全部进驻被巡视地方) and r10's gannan_youth_league_notice (the acceptance wording); the two Jilin
mobilisations with each other (根据省委巡视工作统一部署,近日,省委第…党组工作动员会召开…作了动员讲话,对做好巡视工作提出要求: the template), with r31c's
mouding_provincial_sixth_group_mobilisation, r31d's anqing_urban_greening_special_round_eleven_groups_entries, r32c's
Yushan mobilisation and a Qinghai mobilisation (qinghai_transport_department_provincial_first_group_mobilisation_2025:
provincial mobilisation wording); the 2016 ninth round with r26c's central_2016_first_round_look_back_deployment
(等32家单位党组织开展专项巡视,同时对辽宁、安徽、山东、湖南等4个省进行“回头看”: the announcement); the sixth round with neimenggu_ninth (the central
entries' wording); the Jiangsu education report with ezhou_culture_tourism_progress and
zhejiang_seaport_group_provincial_progress (progress formulas). For the measured texts: Tiexi's reprint with this file's
Taizhou reprint (75 shingles: the reprint site's 原文链接 and disclaimer, page chrome of one audit portal, sjfz.org.cn,
whose copy of a linked audit note r32d holds, daozhen_finance_bureau_inspection_audit_linkage_five_problems,
原文链接:http://sjt.; no inspection wording) and the audit texts with earlier audit texts (2022年度市级预算执行和其他财政收支,
本级财政预算执行及其他财政收支审计查出问题整改情况: the budget audit wording); the Jiangsu universities' feedbacks with r33c's
jiangsu_thirteenth_term_seventh_round_deployment_2019_repost (24 beyond formulas: the leaders' titles,
省委常委、省纪委书记、省监委主任、省委巡视工作领导小组组长), with spacechina and hebei (“一对一”反馈相结合的方式进行, 轮巡视反馈工作近日全部完成: feedback wording of other
rounds) and zhejiang_clues; the Shandong mobilisation with r26c's and r28c's central visits to Shandong
(巡视组巡视山东省工作动员会召开, 中央巡视组将在山东省工作: other rounds, 2014 and 2016) and a city transport bureau's mobilisation
(选人用人和基层党组织建设情况); the 2014 round's copy with r10's xwlb_central_second_mobilisation (中央第二轮巡视工作动员部署会并讲话: another term's
second round); the Shaanxi universities' copy with provincial_statistics_trad (根據省委巡視工作安排); the nineteenth committee's
first round copy with wuhan_kaifaqu (中央八項規定精神 with its pinyin-like doubling); the Inner Mongolia leaders' copy with
earlier traditional copies of the region's and other rounds (內蒙古自治區黨委巡視組, 巡視組組長、副組長, 發現領導干部); the Donghu copy with
earlier traditional audit and mobilisation copies (審計發現問, 會議強調); all other pairs share official formulas only
(习近平新时代中国特色社会主义思想为指导, 习近平总书记关于巡视工作重要论述). The tool counts six texts as sharing more than its stock of formulas with the
seed corpus (the two Jilin mobilisations, the Lianjiang meeting, the Jiangsu universities' feedbacks, the sixth central
round and the Jiangsu education report, whose shared runs with earlier batches are official mobilisation, feedback,
progress and list wordings); the seeds were not opened, so what they share there is not verified. Source events: the
2013 second central round is outside_set's central_pinyin's (a round entry; this is the round's rectification reports,
another text and kind, on another portal: measured); the 2014 second central round is r17's and outside_new's (their
entries table and feedback summary on other portals; this is a business paper's account of four mobilisations: measured,
see "What I was unsure of"); the nineteenth committee's first round is r30c's (its entries; this is its feedbacks:
measured); the Shaanxi thirteenth committee's twelfth round is r30's
ministry_industrial_university_provincial_eighth_group_feedback_2022 (one university's feedback; this is the round's
feedbacks to 28: measured); the ninth central round of 2016, the nineteenth committee's sixth round and the Jiangsu
education department's 2023 visit are in SHARES_TEMPLATE (above); the Hebei ninth committee's fifth round, Hainan's 2015
round, Heilongjiang's twelfth committee's second round, the eighteenth committee's tenth central round, Jiangsu's
fourteenth committee's sixth round, Shandong's 2018 central visit and the Jilin 2025 and 2026 visits are in no batch; no
other text shares a round, visit or meeting with an earlier batch. The Kunming visit's round is r31c's (its entries on
another portal, another text and kind: measured, as r34d had first read its own copy). Other collectors' files of this
batch: outside_r34d.py had a spun traditional copy of the same weekly story of the central visit to Kunming
(kunming_central_sixth_group_raised_level_inspection_spun_copy_pinyin_trad, unit 昆明市委) and dropped it when it found this
file's zhenguoke.com copy, which it names in its docstring; so the visit is counted once, here, and read as r34d read it
(昆明市委); outside_r34b.py names a 张立军 who is a banner's organisation head, not the Shandong group's leader; no address or
domain of this file is in outside_r34.py, outside_r34b.py or outside_r34d.py, and none of theirs is in this file.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's,
outside_r29c.py's, outside_r31c.py's, outside_r32c.py's and outside_r33c.py's docstrings, followed exactly): a round
named as the one a table of entries lists (九届省委第五轮巡视进驻情况一览表) is the text's; a round named as the one a feedback,
deployment or entry tells (十四届省委第六轮巡视反馈工作, 十三屆省委第十二輪巡視向28所省屬高校黨委反饋, 十八届中央第十轮巡视工作动员部署会议, 十九届中央第一轮巡视,
二十届中央第五轮巡视…本轮巡视还将对昆明开展提级巡视) is the text's; a year's round without a term (2014年中央第二轮, 2013年第二輪中央巡視, 中央第九轮巡视, 今年省委第一轮巡视)
gives the round and no term; bodies only counted by kind (11个设区市及12个县(市、区), 48所省属高校, 67个市辖区) are no units; places
written short before a shared count or beside full names (吉林、山西…6省, 天津、江西、河南、湖北等4个省市, 广西、上海…等10个省区市, 河南、遼寧、山東、湖南四省)
leave the units unscored (as outside_set's central_pinyin and r33c's Beijing 2004 copy); bodies named as examples before
a count (河北、山西等16个省级单位, 中央宣传部、国家发展改革委等32家单位, 錫林郭勒盟和正鑲藍旗等3個旗區) leave the units unscored (r24); places in a round's list
are units as written (settled 8: 琼中县, 澄迈县, and the enterprises' full names); the day by which all groups had entered
(截至7月21日…已全部进驻, 截至今天…已分别进驻, 截至14日…完成…进驻工作) is no start (outside_c's hebei_round, r28); a mobilisation or deployment day
is no start (settled 10) unless the text says the visit began that day (2018年2月22号…动员会召开,为期3个月的巡视由此开始 -> 2018-02-22); a
planned length (为期3个月, 2个月左右, 两个半月左右) is no end; a day without a year and without a dated line gives no date (2月21日,
3月22日至30日, 6月18日); one month gives no date (settled 12: 2018年1月…11月); 近日, 日前 give no day; a provincial body a group
mobilises at is its party group as the meeting names it (省政府驻北京办事处党组, 省人大常委会机关党组); a department's progress report keeps
the visit's body with its bracketed second name in full-width brackets (省教育厅党组（省委教育工委）, as r27c); one place visited
whose committee the text names is that committee (settled 15: 昆明市委, as the seed corpus's 抚顺市 -> 抚顺市委 and r34d); several
groups or counted groups are no group; a group is written as the text writes it (省委第六巡视组, 中央第七巡视组); focuses and
requirements (紧盯…, 深入检查…情况, 要…要…, 一是…三是) and a report's numbered features are no problems; a round's common findings
told in general terms (有的高校…有的高校…), problem lists of earlier rounds quoted in a story, and several provinces' problems
are left unscored; an audit text names no party inspection and expects no unit, group, dates, round, units, problems or
figures (a congress's session, 市八届人大常委会第七次会议, is no term or round; clues the audit handed on and people it had punished
are the audit's, not an inspection's: settled 6 speaks of clues an inspection found); expected values of
traditional-script texts are written simplified, the pinyin-like doublings dropped.

What I was unsure of, and how I read it. First session: the Hebei notice's round is named only in the caption of a table
the page does not reproduce (九届省委第五轮巡视进驻情况一览表); it is read as the text's (term 9, round 5); its 本轮巡视工作将于9月30日结束 is a
planned end day with the year only in the page's dated line (2018-07-22): the end is left unscored. The Lianjiang
meeting prepares the county for an inspection (部署我县配合巡视工作的具体安排, 坚持边巡边改) without naming its group or whether it is the
province's or the centre's: its unit is left unscored (settled 15 would give 连江县委 if the county is the place visited).
The Chongqing audit report's 问题线索32件 and 531项 rules are read as no figures (an audit's). The Taizhou reprint's original
link is kept as the page has it, and its url is the placeholder. Second session: the Shandong mobilisation's unit is
left unscored: the meeting names the province (巡视山东省工作动员会), and r26c and r28c read central visits to Shandong as the
province written (山东省), which r33c kept for Jiangxi, but the text also names the provincial committee's secretary
(山东省委书记…刘家义), and settled 15, written of counties, districts and towns, would read the place as its committee; the two
readings were not reconciled, so neither is scored. Its start is read as 2018-02-22 because the text says the visit
began with that day's meeting (…进驻工作正式拉开帷幕。当天…动员会召开,为期3个月的巡视由此开始); a reader who holds that a mobilisation day is never a
start would leave it absent. The Kunming visit's unit is read as 昆明市委 (settled 15 applied to a city, as the seed
corpus's Fushun and as r34d read its copy of the same visit), though the Shandong province is left unscored: a city is
nearer the seed's Fushun than a province is. The 2014 second round's business-paper story shares its round with r17's
entries table and outside_new's feedback summary on other portals, in other wording; it is measured as another text of
the round, and its start (从27日本轮首个巡视组进驻西藏开始) is left unscored because its month and year come only from other sentences
(7月29日, 2014年中央第二轮). The nineteenth committee's first round copy tells the day the feedbacks were published
(7月22日…部分反饋情況公布), not a feedback day; its feedback is left unscored rather than expected absent, in case a reader takes
the publication for the feedback. The Inner Mongolia copy is about inspections but about no one of them (eight group
leaders' years): its unit, group, units and figures (the leader's 58 clues over two rounds) are left unscored and only
its term, round, dates and problems are checked absent. The Heilongjiang 2018 account tells several inspections (a
machine inspection, the twelfth committee's second round of universities, a special inspection, a look-back, feedbacks
to counties): its term, round and units are left unscored, as no one of them is the text's. The Heilongjiang 2016
story's round 1 is the year's first round (今年省委第一轮巡视), its year only in the aggregator's byline. The Jiangsu education
report's 领办重点难点问题23项 is the secretary's share, not the problems' count: its figures are left unscored (in
SHARES_TEMPLATE). The Tiexi reprint shares the audit portal's reprint chrome with the Taizhou reprint (both measured:
the chrome states no field). The Shaanxi and Jiangsu university rounds are read as this share's (provincial rounds), as
r26c held Jilin's provincial round of 33 universities; if the universities' rounds belong to another share, they are two
texts to move.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the Jilin provincial groups' mobilisation template (根据省委巡视工作统一部署,…,省委第N巡视组巡视…党组工作动员会召开。…作
    # 动员讲话,对做好巡视工作提出要求。…主持会议并作表态发言) on the same provincial discipline portal (ccdijl.gov.cn) as r22's
    # jilin_writers_association_provincial_mobilisation and r32c's jilin_animal_husbandry_bureau_provincial_fourth_group_mobilisation
    # (itself in r32c's SHARES_TEMPLATE): another body and round, same template and portal
    "jilin_beijing_office_provincial_sixth_group_mobilisation_2025",
    # the Hebei paper's notice that a round's provincial groups have all entered (截至…,N个省委巡视组已全部进驻被巡视地方…。根据
    # 省委统一部署,N个巡视组将对…开展常规巡视): the template of outside_c's hebei_round (the ninth committee's second round,
    # 2017), here its fifth round (2018): another round, same committee, paper and template
    "hebei_ninth_term_fifth_round_eleven_groups_entered_2018",
    # second session: the nineteenth committee's sixth central round, its announced list word for word (r20's
    # central_nineteenth_term_sixth_round_list_2020)
    "central_nineteenth_term_sixth_round_thirty_two_bodies_entered_2020",
    # second session: the ninth central round of 2016 and its announcement wording (r26c's
    # central_2016_first_round_look_back_deployment)
    "central_ninth_round_2016_twelve_bodies_entered_look_backs",
    # second session: the Jiangsu education department's visit of 2023-11 on the same portal (r27c's
    # jiangsu_education_department_linked_round_three_bodies_2023)
    "jiangsu_education_department_provincial_third_group_progress_2024",
    # second session: the Jilin mobilisation template (r22's, r32c's, and this file's Beijing office), on the provincial
    # people's congress portal
    "jilin_npc_standing_committee_organ_provincial_first_group_mobilisation_2026",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R34C = [
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://hs.hebei.com.cn/system/2018/07/22/018970198.shtml (a provincial media group's city channel reposting the
    # provincial paper: Hebei's groups have all entered: round-level, unit ""; the bodies are counted by kind (全省11个设区市
    # 及12个县(市、区)), none named: units []; the round is named only in the caption of the entries' table the page does not
    # reproduce (九届省委第五轮巡视进驻情况一览表): term 9, round 5; 截至7月21日…已全部进驻 is the day by which all had
    # entered, not an entry day: no start (as outside_c's hebei_round reads 截至8月25日); 将于9月30日结束 is a planned end,
    # its year only in the dated line: end unscored; no group named (11个巡视组 counted); no feedback; no figures)
    # -- SHARES_TEMPLATE (outside_c's hebei_round: the same paper's notice of another round)
    ("hebei_ninth_term_fifth_round_eleven_groups_entered_2018", "http://hs.hebei.com.cn/system/2018/07/22/018970198.shtml", "rounds", """11个省委巡视组已全部进驻

来源: 河北日报  作者:
2018-07-22 17:29:00

  截至7月21日,11个省委巡视组已全部进驻被巡视地方。根据省委统一部署,11个巡视组将对全省11个设区市及12个县(市、区)开展常规巡视。

  据悉,被巡视地方分别召开巡视工作动员会,省委巡视组组长通报了本轮巡视工作的任务和安排,省委巡视工作领导小组成员就配合做好巡视工作提出要求,被巡视地方党委主要负责同志主持会议并作表态发言。
……
  本轮巡视工作将于9月30日结束。各巡视组设立专门举报电话、邮政信箱、电子邮箱、举报信箱等,受理反映被巡视地方领导班子及其成员、下一级党组织领导班子主要负责人和重要岗位领导干部问题的来信来电来访,……

  九届省委第五轮巡视进驻情况一览表
""", {"unit": "", "units": [], "group": None, "term": 9, "round": 5, "start": None, "feedback_date": None,
      "figures": []}),
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://ccdijl.gov.cn/xw/yw/jl/202510/t20251016_9337395.html (a provincial discipline portal: a provincial group's
    # mobilisation at the provincial government's Beijing office: unit 省政府驻北京办事处党组 as the meeting's name writes it;
    # group 省委第六巡视组; 近日 gives no day: no start; no round or term named; the former Tianjin office's staff attend,
    # no unit; the points the group will look into (落实…情况) are no problems; no figures)
    # -- SHARES_TEMPLATE (the Jilin mobilisation template on the portal of r22's and r32c's)
    ("jilin_beijing_office_provincial_sixth_group_mobilisation_2025", "http://ccdijl.gov.cn/xw/yw/jl/202510/t20251016_9337395.html", "news", """根据省委巡视工作统一部署,近日,省委第六巡视组巡视省政府驻北京办事处党组工作动员会召开。省委第六巡视组组长任笑东作了动员讲话,对做好巡视工作提出要求。省政府驻北京办事处党组书记、主任季景伟主持会议并作表态发言。
省政府驻北京办事处党组领导班子成员,省纪委监委驻省政府办公厅纪检监察组主要负责同志,省委第六巡视组有关同志出席会议;省政府驻北京办事处机关和直属单位主要负责同志,原省政府驻天津办事处有关同志列席会议。
任笑东强调,巡视是推进党的自我革命、全面从严治党的战略性制度安排,要充分认识开展巡视的重要意义。……省政府驻北京办事处党组和全体党员干部要进一步提高政治站位,……积极支持配合省委巡视组工作,以勇于自我革命的精神共同完成好这一重要政治任务。
任笑东指出,巡视组将准确把握政治监督重点,深入了解省政府驻北京办事处党组落实习近平总书记重要讲话重要指示批示精神情况,落实党中央重大战略部署及省委具体要求情况,……以及巡视、审计等监督发现问题整改情况,……
""", {"unit": "省政府驻北京办事处党组", "units": [], "group": "省委第六巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://ljxww.com/html/92/20230220/63f31dc3890c1.shtml (a county news site: the county committee's central group
    # studies inspection work and arranges the county's part in an inspection it prepares for (部署我县配合巡视工作的具体
    # 安排, 全力配合做好巡视筹备工作, 坚持边巡边改): no group, visit, round or term named; 2023年2月15日 is the study meeting's
    # day: no start; the unit is left unscored (the text does not say in so many words that the county is the place
    # visited, nor whose inspection it is; if it is, settled 15 would give 连江县委); the secretary's 要…要…要 are
    # requirements: problems 0; no figures)
    ("lianjiang_county_study_meeting_preparing_inspection_2023", "https://ljxww.com/html/92/20230220/63f31dc3890c1.shtml", "news", """2023年2月15日下午,连江县委中心组召开专题学习会,传达学习习近平总书记关于巡视工作重要论述、中央巡视工作有关决策部署和省委要求,进一步统一思想、提高站位,确保党中央的决策部署及省委巡视工作要求在我县落地见效。县委书记陈劲松主持并讲话。
会议首先由县纪委书记、监委主任余良发传达习近平总书记关于巡视工作重要论述、党中央关于巡视工作的决策部署和省委要求,并部署我县配合巡视工作的具体安排。陈劲松强调,要提高政治站位,充分认识巡视工作的重要意义,要压紧压实责任,全力配合做好巡视筹备工作,要坚持边巡边改,不断提升工作质效。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # https://epaper.cqrb.cn/cqrb/2023-07/26/002/content_rb_319863.htm (a municipal paper: the municipal congress's standing
    # committee reviews the 2022 budget audit work report: an audit text, no party inspection; 市六届人大常委会第三次会议 is
    # a session, no term or round; 1085个单位 audited, 91.87亿元, 531项 rules, 六大领域 and the clues handed to discipline
    # and judicial bodies (问题线索32件、涉及70人) are the audit's, no inspection's figures; 7月25日 is the session's day;
    # the excerpt is cut where the tool's copy stops (审计震慑作…); expects nothing)
    ("chongqing_2022_municipal_audit_work_report_paper", "https://epaper.cqrb.cn/cqrb/2023-07/26/002/content_rb_319863.htm", "audit", """本报讯 (记者 何春阳)7月25日,市六届人大常委会第三次会议审议了市政府关于2022年度市级预算执行和其他财政收支的审计工作报告。报告显示,去年全市审计机关共审计1085个单位,督促被审计单位上缴或归还财政资金91.87亿元,建立及完善制度531项,以强有力的审计整改跟踪和督办力度服务保障现代化新重庆建设。
……
审计结果表明,我市在高质量发展中存在的问题矛盾和风险隐患,主要体现在市和区县财政管理、重大战略和政策落实、重大项目建设、保障和改善民生、生态环境保护、国有资产管理等六大领域。对于以上问题,报告围绕推动稳进增效、加强除险清患、深化财政领域改革求变、抓好惠民有感和扎实推进审计整改等方面提出工作建议,推动进一步加强财政管理。
报告显示,去年我市加大审计发现问题线索移送查处力度,共发现并向纪检监察机关、司法机关移送违纪违法违规问题线索32件、涉及70人,较好发挥了审计震慑作……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (a reprint, with its original link and a disclaimer, of a provincial audit
    # department's news: a city's congress standing committee hears the 2022 budget audit work report: an audit text, no
    # party inspection; 泰州市第六届人民代表大会常务委员会…第十次会议 is a session, no term or round; 七个方面, 七大板块 and
    # 涉及问题46项 are the audit report's, no inspection's problems or figure; 一是…四是 are the report's features, no
    # problems; 近日 gives no day; 30日 is the disclaimer's; expects nothing)
    ("taizhou_2022_municipal_audit_work_report_reprint", "search corpus pages (no URL returned)", "audit", """近日,泰州市第六届人民代表大会常务委员会召开第十次会议,该市审计局局长王根余受市政府委托,向会议做《关于2022年度市级预算执行情况和其他财政收支情况的审计工作报告》。市人大常委会听取并审议了工作报告。
报告主要反映了对2022年度市级预算执行和决算草案、部门预算执行、重大政策措施落实等七个方面的审计和审计调查情况。今年“同级审”工作报告的主要特点:一是报告框架更加完整,严格按照省审计厅审计工作报告审定要求,注重语言表述规范,注重问题定性准确,注重责任界定明确。二是报告内容更加丰富,报告主体内容提炼为七大板块,涉及问题46项,既反映了省审计厅统一组织项目的审计情况,也反映了市审计局年度计划项目的审计情况。三是报告重点更加突出,……四是审计建议更加有针对性,……
……
下一步,泰州市审计局将依法公开审计工作报告及有关信息,持续跟进审计发现问题的整改情况,督促问题及时整改到位,并于年底将审计整改情况全面向市人大常委会报告、向社会公告。
原文链接:http://jssjt.jiangsu.gov.cn/art/2023/7/3/art_1104_10938631.html
[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有,如涉及作品内容、版权和其它问题,请在30日内与本网联系,我们将在第一时间处理。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- second session (top-up): rounds --------------------------------------------------------------------------------
    # http://hainan.sina.com.cn/news/hnyw/2015-05-07/detail-iavxeafs7018884.shtml?from=hainan_ydph (a portal's provincial
    # channel reposting the provincial discipline site: six provincial groups have entered four counties and two provincial
    # enterprises: round-level, unit ""; the six bodies named in the entry sentence are the round's units as written
    # (settled 8: 琼中县, 白沙县, 昌江县, 澄迈县, and the enterprises' full names); 截至今天…已分别进驻 is the day by which all
    # had entered, not an entry day: no start (as outside_c's hebei_round and r28c read 截至…); 这一轮巡视 is unnumbered:
    # no round, no term; 时间为2个月左右 is a planned length: no end; 6个巡视组 counted, no group; no feedback; no figures)
    ("hainan_2015_six_groups_four_counties_two_enterprises_entered", "http://hainan.sina.com.cn/news/hnyw/2015-05-07/detail-iavxeafs7018884.shtml?from=hainan_ydph", "rounds", """据海南廉政网官方微信消息,6日从省委巡视办获悉,按照省委统一部署,截至今天,省委6个巡视组已分别进驻琼中县、白沙县、昌江县、澄迈县和海南海钢集团有限公司、海南高速公路股份有限公司开展巡视工作。
进驻巡视4个县2个国有企业后,各巡视组分别召开动员会,传达中央和省委关于巡视工作的指示精神,明确这一轮巡视工作的任务、重点和要求。
据悉,这一轮巡视的时间为2个月左右,主要任务是聚焦党风廉政建设和反腐败斗争这个中心,紧扣“四个着力”,着力发现腐败、作风、纪律、选人用人等方面的问题,突出重点人、重点事、重点问题,把握用人、用权、用钱三个关键,加强对执行政治纪律和政治规矩情况的监督检查,把“两个责任”落实情况作为监督重要内容。
……
据了解,省委6个巡视组对外公开了巡视组组长、副组长姓名及联系电话、通信地址、联系箱位置等信息。……
""", {"unit": "", "units": ["琼中县", "白沙县", "昌江县", "澄迈县", "海南海钢集团有限公司", "海南高速公路股份有限公司"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://m.21jingji.com/article/20140729/herald/69752bfcfeda82d894f193e5e77d05f5.html (a business paper's mobile
    # page: central groups' mobilisations in four provinces on one morning and the year's second round: round-level, unit
    # ""; 今年的二轮巡视 / 2014年中央第二轮巡视: round 2, no term named; the round's places are written short (广西、上海、
    # 青海…等10个省区市) beside three bodies in full: units unscored (as outside_set's central_pinyin leaves its short
    # provinces); several groups (第九、第一、第五、第十二巡视组), no group; 从27日本轮首个巡视组进驻西藏开始 is the round's
    # first entry, but its month and year are only inferred from 7月29日 and 7月16日…2014年 in other sentences: start
    # unscored; no end, no feedback; no figures)
    ("central_2014_second_round_four_provinces_mobilised_business_paper", "https://m.21jingji.com/article/20140729/herald/69752bfcfeda82d894f193e5e77d05f5.html", "rounds", """7月29日,中央巡视组密集进驻今年二轮巡视省份。中纪委网站官方发布消息显示,中央第九、第一、第五、第十二巡视组...
7月29日,中央巡视组密集进驻今年二轮巡视省份。
中纪委网站官方发布消息显示,中央第九、第一、第五、第十二巡视组在四川、广西、浙江、江苏四省的巡视动员会集中于今天上午召开。而此前的两天,巡视组已陆续进驻西藏、青海和国家体育总局。
根据中央部署,今年的二轮巡视常规巡视点为广西、上海、青海、西藏、浙江、河北、陕西、黑龙江、四川、江苏等10个省区市,专项巡视点为国家体育总局、中国科学院、一汽集团。
7月16日,中纪委书记王岐山出席了2014年中央第二轮巡视工作动员部署会并讲话。强调围绕反腐败、执行中央八项规定、严明党的政治纪律和干部选任“四个着力”开展工作,并指出“哪里问题集中就巡视哪里,谁问题突出就巡视谁。”
从27日本轮首个巡视组进驻西藏开始,三天内中央二轮巡视工作已经进驻过半。本轮巡视完成后,十八大后中国内地31省份将实现中央巡视全覆盖。
(编辑:肖欣欣)
""", {"unit": "", "group": None, "term": None, "round": 2, "end": None, "feedback_date": None, "figures": []}),
    # http://hlj.sina.com.cn/news/gnzh/2016-06-23/detail-ifxtmwei9115340-p2.shtml (a portal's provincial channel, the
    # second page of a story: the eighteenth committee's tenth central round is deployed with look-backs at four
    # provinces: round-level, unit ""; 十八届中央第十轮巡视工作动员部署会议: term 18, round 10 (the round the meeting
    # deploys, settled 14); the four look-back provinces are written short (天津、江西、河南、湖北等4个省市): units unscored;
    # the problem lists quoted are the earlier rounds' feedbacks to these provinces (2013, 2014), not this round's: problems
    # unscored; 6月22日 is the deployment meeting's day: no start (settled 10); no group, no feedback day; no figures)
    ("central_eighteenth_term_tenth_round_look_backs_deployment_2016", "http://hlj.sina.com.cn/news/gnzh/2016-06-23/detail-ifxtmwei9115340-p2.shtml", "rounds", """6月22日,十八届中央第十轮巡视工作动员部署会议召开,图为现场图。中央纪委监察部网站 徐梦龙 摄  6月22日,十八届中央第十轮巡视工作动员部署会议召开,图为现场图。中央纪委监察部网站 徐梦龙 摄

  再选4省份“回头看”,这些地方曾查出啥问题?

  继今年年初选择辽宁等4省展开十八大后首次中央巡视“回头看”之后,新一轮巡视中,天津、江西、河南、湖北等4个省市又被选中,即将面对中央巡视组的“回马枪”。

  这四个省份中,江西和湖北都曾参加了十八大后的首轮中央巡视,巡视时间集中在2013年的六七月间。天津和河南也曾出现了同一轮中央巡视中,时间在2014年四五月间。

  当时,巡视组给江西列出的“问题清单”包括,有的领导干部及其亲属存在插手工程建设项目、谋取私利、节假日收送红包礼金,存在超编制配备干部,个别干部“带病提拔重用”等问题。
……
  当年中央巡视组对天津的反馈意见提出,国有企业大案要案频发,城市建设领域腐败问题突出,农村基层腐败不容轻视,“一把手”违纪违法案件多危害大,文山会海、形式主义调研、铺张浪费等等。
……
""", {"unit": "", "group": None, "term": 18, "round": 10, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://news.zhongyi333.com/qianyan/19655.html (an unrelated site's copy of a provincial news app's story: the
    # fourteenth committee's sixth provincial round has fed back to 48 provincial universities: round-level, unit "";
    # 十四届省委第六轮巡视: term 14, round 6 (the round whose feedback the text tells); the universities are counted (48所省属
    # 高校): units []; 省委12个巡视组 counted, no group; 2月21日 is the collective feedback meeting's day but the text gives no
    # year and has no dated line: no feedback day (as r32c's and r33c's yearless days); no dates of the visit; the
    # round's common findings (有的高校…有的高校…) are the round's in general terms: problems unscored; no figures)
    ("jiangsu_fourteenth_term_sixth_round_forty_eight_universities_feedbacks_copy", "http://news.zhongyi333.com/qianyan/19655.html", "rounds", """交汇点讯 根据省委部署,十四届省委第六轮巡视反馈工作近日全部完成。本轮巡视反馈采取集中反馈和“一对一”反馈相结合的方式进行。
2月21日,省委巡视工作领导小组召开十四届省委第六轮巡视集中反馈会议。会议深入学习贯彻习近平总书记关于党的建设的重要思想、关于党的自我革命的重要思想、关于巡视工作的重要论述,传达学习中央和省委关于巡视整改的最新要求,通报巡视发现的共性问题,部署巡视整改工作任务。省委常委、省纪委书记、省监委主任、省委巡视工作领导小组组长张忠,省委常委、省委组织部部长、省委巡视工作领导小组副组长刘建洋出席反馈会议。
近日,省委12个巡视组分别向被巡视的48所省属高校进行了“一对一”反馈。根据省委巡视工作安排,省委各巡视组向被巡视党组织主要负责人通报了巡视发现的突出问题,并向领导班子反馈了巡视情况。反馈指出,……但巡视也发现,有的高校贯彻落实习近平总书记关于教育的重要论述不够到位,理解把握不够全面系统、贯彻不够深入细致;有的高校服务支撑江苏高质量发展不够充分,主动适应发展需求、更好发挥特色优势还有差距;有的高校履行全面从严治党主体责任不够严实,管党治党宽松软,“四风”问题多发频发;有的高校领导班子和干部队伍建设不过硬,基层党组织建设比较薄弱。
反馈要求,被巡视党组织要提高政治站位,深化思想认识,……
""", {"unit": "", "units": [], "group": None, "term": 14, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://hqbet6098.com/xwzx/zwyw/1651131424854380545.html (a betting site's traditional-script copy, with pinyin-like
    # doubled characters, of a provincial story: the thirteenth committee's twelfth provincial round has fed back to 28
    # provincial universities: round-level, unit ""; 十三屆省委第十二輪巡視: term 13, round 12 (the round fed back, whose
    # report the secretary heard: settled 14's feedback reading); the universities are counted (28所省屬高校): units [];
    # 9個省委巡視組 counted, no group; 3月17日 and 3月22日至30日 have no year and the copy no dated line: no feedback day;
    # no dates of the visit; the common findings (有的…) are cut and the round's in general terms: problems unscored; no
    # figures. r30's ministry_industrial_university_provincial_eighth_group_feedback_2022 is one visit of this round on
    # another portal (another text and kind): measured, see "Overlap")
    ("shaanxi_thirteenth_term_twelfth_round_twenty_eight_universities_feedbacks_betting_copy_trad", "http://hqbet6098.com/xwzx/zwyw/1651131424854380545.html", "noisy", """根據(jù)省委部署,十三屆省委第十二輪巡視向28所省屬高校黨委反饋工作近日全部完成。
本輪巡視反饋采取召開集中反饋會議和省委各巡視組“一對一”反饋相結合的方式進行。3月17日,省委巡視工作領導小組、省教育領域突出問題專項整治工作領導小組召開十三屆省委第十二輪巡視集中反饋暨教育領域突出問題專項整治部署會議,深入學習貫徹習近平總書記關于教育工作和巡視工作重要論述,傳達學習省委書記專題會議精神,通報巡視發(fā)現(xiàn)的共性問題,對巡視整改和教育領域突出問題專項整治工作進行了動員部署。3月22日至30日,9個省委巡視組分別向28所省屬高校進行了“一對一”反饋。
根據(jù)省委巡視工作安排,省委各巡視組向被巡視高校黨委主要負責人傳達了劉國中同志在省委書記專題會議聽取十三屆省委第十二輪巡視情況綜合匯報時的講話精神、通報了巡視發(fā)現(xiàn)的重要問題,向領導班子傳達了十三屆省委第十二輪巡視集中反饋暨教育領域突出問題專項整治部署會議精神、反饋了巡視情況。省委巡視辦有關負責同志出席反饋會。
……
反饋也指出了巡視發(fā)現(xiàn)的突出問題。有的結合實際貫徹落實習近平總書記關于教育特別是高校工作重要論述不夠到位,服務全省經(jīng)濟社會高質量發(fā)展還有差距;有……
""", {"unit": "", "units": [], "group": None, "term": 13, "round": 12, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- second session: news -------------------------------------------------------------------------------------------
    # http://lanling.ymlz.gov.cn/info/1013/1301.htm (a county discipline portal reposting a provincial broadcast: a central
    # group's mobilisation for Shandong: the unit is left unscored (the meeting names the province, 巡视山东省工作动员会, as
    # r26c's and r28c's central visits to Shandong were read, 山东省, but the text also names its committee's secretary,
    # 山东省委书记…刘家义, and settled 15 reads a place whose committee is named as that committee; see "What I was unsure
    # of"); group 中央第七巡视组; 十九届中央第一轮巡视: term 19, round 1; 2018年2月22号
    # …进驻工作正式拉开帷幕。当天…动员会召开,为期3个月的巡视由此开始: the text says the visit began that day: start
    # 2018-02-22 (settled 10: a meeting day is a start when the text says the visit began or the group entered that day);
    # 为期3个月 / 将在山东省工作3个月 is a planned length: no end; no feedback; the cities brought into scope (济南市、青岛市
    # 委和…主要负责人纳入巡视监督范围) are no units of a list: units unscored; the points the group will check (深入检查…
    # 情况) are no problems; no figures)
    ("shandong_central_seventh_group_mobilisation_2018_county_portal", "http://lanling.ymlz.gov.cn/info/1013/1301.htm", "news", """2018年2月22号,春节假期后第一个工作日,十九届中央第一轮巡视进驻工作正式拉开帷幕。当天,中央第七巡视组巡视山东省工作动员会召开,为期3个月的巡视由此开始。
动员会前,中央巡视工作领导小组成员杨晓超主持召开了与山东省委书记、省人大常委会主任刘家义的见面沟通会,传达了习近平总书记关于巡视工作的重要讲话精神。
……
动员会上,中央第七巡视组组长张立军指出,巡视期间,巡视组将深入检查被巡视党组织选人用人和基层党组织建设情况,执行中央八项规定精神和整治“四风”情况,党规党纪执行情况,领导干部廉洁自律和整治群众身边腐败问题情况,以及十八届中央巡视整改落实等情况。
……
据了解,本次巡视还将济南市、青岛市委和市人大常委会、政府、政协党组主要负责人纳入巡视监督范围,并对有关重要情况进行专题了解。中央巡视组将在山东省工作3个月。巡视期间分别设专门值班电话和邮政信箱,接受群众监督举报。
""", {"group": "中央第七巡视组", "term": 19, "round": 1, "start": date(2018, 2, 22), "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://zhenguoke.com/read/-dy-article-JTJ86PKU0530JPVV.html (an aggregator's copy of a weekly's story: a central
    # group's mobilisation for a city inspected at a raised level: group 中央第六巡视组; the city's visit is of 二十届中央
    # 第五轮巡视 (本轮巡视还将对昆明开展提级巡视): term 20, round 5; 日前/近日 give no day, 2025年4月8日 is the announcement's
    # day: no start; 两个半月左右 is a planned length: no end; no feedback; the round's provinces named as examples before a
    # count (河北、山西等16个省级单位): units unscored (r24); one place visited whose committee the text names (昆明市委书记
    # 刘洪建…表态发言): unit 昆明市委 (settled 15, as the seed corpus's 对抚顺市进行了巡视 -> 抚顺市委, and as r34d read
    # its copy of the same visit); the group's 紧盯… are focuses, no problems; no figures. r31c holds the round's entries on
    # another portal (another text and kind): measured. r34d had a spun copy of this story and dropped it for this one)
    ("kunming_central_sixth_group_raised_level_mobilisation_2025", "https://zhenguoke.com/read/-dy-article-JTJ86PKU0530JPVV.html", "news", """日前,中央第六巡视组巡视昆明市工作动员会召开(图片来源:中央纪委国家监委官网)
“这次巡视是对昆明的一次全面政治体检。”近日,中央第六巡视组召开了巡视昆明工作动员会议,昆明市委书记刘洪建在会上作了表态发言,表示要全力支持配合巡视组开展工作,坚决抓好问题整改。
2025年4月8日,新华社公布了二十届中央第五轮巡视除对河北、山西等16个省级单位开展常规巡视外,本轮巡视还将对昆明开展提级巡视。昆明作为地级市,接受中央巡视组的巡视,在本轮巡视中备受关注。
据中央纪委国家监委网站消息,巡视组将在昆明市工作两个半月左右。
……
带队巡视昆明的是纪检系统“老将”王荣军。他生于1959年9月,长期在北京工作,……
王荣军在动员会上发言(视频截图)
在动员会上,王荣军表示,将紧盯权力和责任,紧盯“一把手”和领导班子,紧盯群众反映强烈的问题,着力查找政治偏差,推动解决突出问题。
……
""", {"unit": "昆明市委", "group": "中央第六巡视组", "term": 20, "round": 5, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://haerbin.baogaosu.com/xinwen/%E4%BB%A5%E6%94%B9%E9%9D%A9%E5%88%9B%E6%96%B0%E9%94%BB%E9%80%A0%E5%88%A9%E5%89%91%E9%94%8B%E8%8A%92/72294003
    # (a city aggregator's copy of a provincial paper's review of a year's provincial inspections: round-level, unit "";
    # it tells several inspections (a machine inspection of 省森工总局, a round of 17 universities, a special inspection, a
    # look-back at four coal cities, feedbacks to ten counties), so no one term, round or list is the text's: term, round
    # and units unscored; 2018年1月, 4月, 11月 are months: no dates (settled 12); no group named (10个巡视组 counted); the
    # survey counts (近3万名…提出意见建议4万余条) are no figures; no problems listed)
    ("heilongjiang_2018_inspection_year_review_aggregator", "https://haerbin.baogaosu.com/xinwen/%E4%BB%A5%E6%94%B9%E9%9D%A9%E5%88%9B%E6%96%B0%E9%94%BB%E9%80%A0%E5%88%A9%E5%89%91%E9%94%8B%E8%8A%92/72294003", "news", """以改革创新锻造利剑锋芒

20.01.2019  03:31

  2018年1月,省委对省森工总局开展机动式巡视;4月,省委巡视工作领导小组听取10个巡视组巡视17所省属本科高校和省经济管理干部学院情况汇报;6月,房地产领域信访问题依法履职情况专项巡视巡察启动;7月,对四煤城开展小煤矿整治整合巡视“回头看”;11月,省委巡视组向10个国家级贫困县反馈巡视情况……

  2018年,在省委的坚强领导下,黑龙江省把巡视作为全面从严治党的利剑,认真贯彻落实中央巡视五年规划,聚焦“六个围绕、一个加强”,创新方式方法、强化整改落实、积极探索联动机制,推动了巡视巡察的深入开展,促进了全面从严治党向纵深发展。
……
  十二届省委第二轮巡视范围是17所省属高校和省经济管理干部学院,针对高校师生网络化程度较高的特点,省委巡视办积极探索发现问题线索的新方式。各巡视组进驻后,在食堂、图书馆、宿舍、教室等场所张贴了巡视公告和二维码图标。据介绍,此轮巡视期间,近3万名教职工和8万多名大学生通过扫码参与网络调查,提出意见建议4万余条。
……
""", {"unit": "", "group": None, "start": None, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://haerbin.baogaosu.com/xinwen/%E4%B8%AD%E5%9B%BD%E5%85%B1%E4%BA%A7%E5%85%9A%E5%B7%A1%E8%A7%86%E5%B7%A5%E4%BD%9C%E6%9D%A1%E4%BE%8B%E8%B4%AF%E7%A9%BF%E5%B7%A1%E8%A7%86/46976043
    # (the same aggregator's copy of a provincial story: the year's first provincial round and lectures on the regulations:
    # round-level, unit ""; 今年省委第一轮巡视 / 今年第一轮巡视: round 1 (a year's round, as r33c's 2016年市委第二轮), no term;
    # the bodies are counted (67个市辖区和3个“回头看”单位, 132个县): units []; 17个省委专项巡视组 counted: no group; no
    # dates of the visit (the byline's 21.05.2016 is the page's); training counts (近700人次, 近6000人次) and the coverage
    # rate (76.3%) are no figures; no problems)
    ("heilongjiang_2016_first_round_regulations_lectures_aggregator", "https://haerbin.baogaosu.com/xinwen/%E4%B8%AD%E5%9B%BD%E5%85%B1%E4%BA%A7%E5%85%9A%E5%B7%A1%E8%A7%86%E5%B7%A5%E4%BD%9C%E6%9D%A1%E4%BE%8B%E8%B4%AF%E7%A9%BF%E5%B7%A1%E8%A7%86/46976043", "news", """黑龙江省将落实《中国共产党巡视工作条例》贯穿巡视工作始终

21.05.2016  11:10

  今年省委第一轮巡视陆续结束巡视了解环节工作,目前转入报告巡视情况环节。去年以来,黑龙江省始终坚持把巡视过程作为宣传贯彻《中国共产党巡视工作条例》(以下简称《条例》)的过程,有效规范和促进工作开展,确保巡视工作向全覆盖目标如期迈进。本轮巡视后,黑龙江省实现对全省132个县(市、区)的巡视全覆盖,届时,全省巡视覆盖率将达到76.3%。
……
  《条例》颁布后,省委立即作出部署,提出明确要求,把贯彻落实《条例》作为重点工作全力推进。从2015年第三批专项巡视启动动员开始,均采取以会代训形式组织巡视干部系统学习《条例》。每轮巡视中,省委巡视组负责人都依据省委巡视办专门编印下发的《条例》宣讲提纲,对每个被巡视单位开展专题辅导。在今年第一轮巡视中,17个省委专项巡视组相继紧密结合自身巡视工作实际,采取集中或分片方式对67个市辖区和3个“回头看”单位进行《条例》专题宣讲。

  截至目前,省委巡视工作领导小组已结合巡视工作动员部署会组织近700人次的集中培训,省委各巡视组在巡视过程中已组织近6000人次的辅导讲座,《条例》宣讲已经成为贯穿黑龙江省巡视工作始终的重要内容。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- second session: audit texts ------------------------------------------------------------------------------------
    # http://sjfz.org.cn/show-11266.html (an audit portal's reprint, with its original link and a disclaimer, of a
    # provincial audit department's news: a district audit bureau's 2023 work meeting and a check of departments' audit
    # rectification: an audit text, no party inspection; 近日 gives no day; expects nothing (no unit, group, dates, round,
    # units, problems or figures); the meeting's 要…要… are requirements, no problems)
    ("tiexi_district_audit_bureau_2023_work_meeting_reprint", "http://sjfz.org.cn/show-11266.html", "audit", """近日,铁西区审计局召开2023年审计工作会议,研究部署2023年工作安排,并对重点部门审计整改情况进行调度。区委常委、副区长张健出席会议并讲话,各重点相关部门还就如何做好整改工作作了表态发言。
会上,区审计局汇报了2023年审计项目工作安排。会议要求,2023年审计工作要继续发扬“依法审计、服务大局、围绕中心、突出重点”精神,打造审计精品,有重点、有针对性地开展工作,发挥审计职能作用,为区委、区政府科学决策提供参考依据。
会议强调,为进一步加强审计项目管理工作,有序推进2023年审计项目,区审计局要重点关注以往审计整改情况,结合以往审计整改内容,提出合理化建议。重点单位对各自所处行业领域内可能存在的风险点进行对照排查,并举一反三。各部门要进一步强化措施,压实责任,提高工作执行力,确保问题整改到位。
(铁西区审计局 范月 供稿)
原文链接:http://sjt.jl.gov.cn/sy/sjdt/sxkx/202303/t20230315_8678765.html
[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有,如涉及作品内容、版权和其它问题,请在30日内与本网联系,我们将在第一时间处理。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://ezhou.cjyun.org/p/71191.html (a city news site: the city congress's standing committee hears the 2016 budget
    # audit rectification report and votes on it: an audit text, no party inspection; 市八届人大常委会第七次会议 is a
    # session, no term or round; 12月20日 is the session's day; the audit's figures (整改问题金额214762.02万元, 审计整改直接
    # 落实率为88.97%, 审计综合整改率达94%, 审计移送案件线索15起, 处理处分和追责问责30人, 规章制度7个) are the audit's, no
    # inspection's (settled 6 speaks of clues an inspection found); expects nothing)
    ("ezhou_2016_budget_audit_rectification_satisfaction_vote", "http://ezhou.cjyun.org/p/71191.html", "audit", """审计查出问题整改得如何? 人大常委会上接受满意度测评

“现在对审计整改报告进行满意度测评,请投票。”

……

12月20日,市八届人大常委会第七次会议听取和审议了市人民政府2016年度市本级财政预算执行及其他财政收支审计查出问题整改情况的报告,以及市人社局、市卫计委关于审计查出问题整改情况的报告,并进行满意度测评。这在我市还是首次。经投票测评,以上3个报告均获会议通过。
……
市政府高度重视,及时组织召开全市审计整改督查工作推进会,……市审计局主动会同市政府督查室、市监察局等部门,加强审计整改督查,确保审计查出问题全面整改落实到位。截至2017年11月底,整改问题金额达214762.02万元,审减政府投资56600万元,审计整改直接落实率为88.97%,剔除因历史和体制机制原因无法整改和有待研究的问题外,审计综合整改率达94%;审计移送案件线索15起,已立案10起,处理处分和追责问责30人。

2017年6月19日,市政府召开政府常务会议,专题研究审议市法制办提出的《审计工作中揭示出的突出问题相关制度制定计划》,责成有关部门制定规章制度7个。……

(鄂州日报通讯员周红兵 责任编辑陈振亮)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- second session: noisy ------------------------------------------------------------------------------------------
    # http://49.213.0.198/doc/7_0_103247304_1.html (a mirror's traditional-script copy of a youth daily's story: the 2013
    # second central round's ten rectification reports: round-level, unit ""; 2013年第二輪中央巡視: round 2, no term named
    # (as outside_set's central_pinyin reads the same round); the six provinces are written short before a shared count
    # (吉林、山西、安徽、湖南、廣東、雲南6省), beside four bodies in full: units unscored (as central_pinyin and r33c's Beijing
    # 2004 copy); several groups, no group; no dates of the visit or feedback (6月18日 is Yunnan's publication); the case
    # counts are several provinces' (吉林省…立案1986件…處分2347人; 山西省…處分811人) and the 三大方面 are areas of
    # rectification: figures and problems unscored)
    ("central_2013_second_round_ten_rectification_reports_mirror_trad", "http://49.213.0.198/doc/7_0_103247304_1.html", "noisy", """6月18日,雲南省對中央巡視組反饋意見的整改情況“出爐”。至此,2013年第二輪中央巡視的吉林、山西、安徽、湖南、廣東、雲南6省及國土資源部、商務部、新華社、三峽集團4個單位,已全部交出了整改“成績單”。這10份“成績單”,涵蓋了對中央巡視組反饋情況的整改情況、採取的措施、取得的進展、建立的工作機制等方面。
中國青年報記者發現,整改情況主要集中在黨風廉政建設、八項規定執行和作風建設、民主集中制和幹部選拔任用三大方面,並呈現出不少新特點。
土地征用、工程建設等是腐敗高發領域
黨風廉政建設是各地著重整改的領域。無論是處理人數,還是通報的案件數,都顯示反腐力度在不斷加大。
“50餘名廳級幹部受處理”的新聞,日前備受公眾關注。今年,廣東省通報查處的廳級幹部最多,達38人。吉林、湖南二省分別對4名、15名廳級幹部正式立案調查。
各地通報的案件數更加可觀。吉林省自巡視組入駐以來,立案1986件,結案2292件,處分2347人;山西省對中巡組移交的問題線索結案1320件,查實597件,處分811人。
……
""", {"unit": "", "group": None, "term": None, "round": 2, "start": None, "end": None, "feedback_date": None}),
    # http://universityofharmony.com/c/2018-07-24/2121522.shtml (a site's traditional-script copy of a broadcaster's story,
    # with run-together page chrome: the first central round of the nineteenth committee and four provinces' feedbacks:
    # round-level, unit ""; 十九屆中央第一輪巡視: term 19, round 1; the provinces are written short (河南、遼寧、山東、湖南
    # 四省): units unscored; 7月22日…部分反饋情況公布 is the day the feedbacks were published, not a feedback day: the
    # feedback is left unscored (see "What I was unsure of"); the quoted problems are four provinces' (河南…遼寧…山東…湖南
    # …): problems unscored; no group, no dates of the visit; no figures)
    ("central_nineteenth_term_first_round_four_provinces_feedbacks_trad", "http://universityofharmony.com/c/2018-07-24/2121522.shtml", "noisy", """首頁>要聞 要聞

十八大以來,這四個(gè)省被巡視了3次

2018年07月24日 13:43 | 來源:央視新聞
分享到: 

7月22日,十九屆中央第一輪巡視部分反饋情況公布,14個(gè)省區(qū)和10個(gè)副省級(jí)城市的“體檢報(bào)告”出爐。其中,河南、遼寧、山東、湖南四省曾是十八屆中央巡視“回頭看”地區(qū)(詳情見:官本位根深蒂固、不擔(dān)當(dāng)不作為!中央首輪巡視在14個(gè)省區(qū)挖出了哪些問題?),這也意味著黨的十八大以來,這四個(gè)省均接受過3次中央巡視。

1

四省問題有共性 作風(fēng)建設(shè)不到位

作風(fēng)建設(shè)不到位也是四省的共同問題:河南“違反中央八項(xiàng)規(guī)定精神問題明目張膽與隱形變異并存,有的干部作風(fēng)虛假飄浮”;遼寧“不擔(dān)當(dāng)、不作為問題比較突出,形式主義、官僚主義積弊猶存,頂風(fēng)違反中央八項(xiàng)規(guī)定精神問題時(shí)有發(fā)生”;山東“‘四風(fēng)’問題仍然比較突出,違反中央八項(xiàng)規(guī)定精神問題依然多發(fā),有的領(lǐng)導(dǎo)干部不擔(dān)當(dāng)、不作為”;湖南“領(lǐng)導(dǎo)干部公款聚餐、收送紅包禮金等問題仍然突出”。

編輯:周佳佳
""", {"unit": "", "group": None, "term": 19, "round": 1, "start": None, "end": None, "figures": []}),
    # http://gift-beijing.cn/cn/Supervision/info_31.aspx?itemid=115760 (an unrelated site's traditional-script copy, with
    # stray question marks where characters were lost and pinyin-like doubled characters, of a regional story: the region's
    # inspection group leaders report on their year: no one visit; 兩輪巡視 is a count, no round; no term; 2017年 and 前不久
    # give no day; the leader's 錫林郭勒盟和正鑲藍旗等3個旗區 are examples before a count: units unscored; the group
    # leaders speak for eight groups (巡視一組組長郭榮祥…其他7位巡視組組長、副組長): group and unit unscored; the 58 clues
    # and the letters are one leader's year over two rounds, not one inspection's: figures unscored (settled 6 speaks of
    # clues an inspection found); the review's 指出問題 lists none: problems 0)
    ("inner_mongolia_group_leaders_year_reports_lost_characters_trad", "http://gift-beijing.cn/cn/Supervision/info_31.aspx?itemid=115760", "noisy", """“2017年,我?guī)ш?duì)參加兩輪巡視,完成了對(duì)錫林郭勒盟和正鑲藍(lán)旗等3個(gè)旗區(qū)的巡視任務(wù)。巡視期間,帶領(lǐng)全組受理群眾來(lái)信來(lái)電671件次,接待群眾來(lái)訪419批次934人次,發(fā)現(xiàn)領(lǐng)導(dǎo)干部問題線索58件……”
前不久召開(kāi)的內(nèi)蒙古自治區(qū)黨委巡視組組長(zhǎng)述職點(diǎn)評(píng)會(huì)上,巡視一組組長(zhǎng)郭榮祥用15分鐘完成過(guò)去一年的工作述職,接受履職情況點(diǎn)評(píng)。與郭榮祥一同述職的,還有其他7位巡視組組長(zhǎng)、副組長(zhǎng)。巡視機(jī)構(gòu)全體干部現(xiàn)場(chǎng)聆聽(tīng)了組長(zhǎng)們的述職情況。
巡視組組長(zhǎng)就全年巡視工作述職,在內(nèi)蒙古自治區(qū)巡視工作歷史上還是首次。……
內(nèi)蒙古自治區(qū)黨委常委、區(qū)紀(jì)委書(shū)記、區(qū)監(jiān)委主任、區(qū)黨委巡視工作領(lǐng)導(dǎo)小組組長(zhǎng)劉奇凡從較真碰硬、隊(duì)伍管理、紀(jì)律作風(fēng)、督促立行立改等多方面對(duì)8位組長(zhǎng)的述職逐一點(diǎn)評(píng),既客觀實(shí)在肯定成績(jī),又真誠(chéng)中肯指出問題。
……
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0}),
    # http://wfyxz.com/dhqrmzf/bmgzdt7/202405/5afee952e2bb46ee889287ebf984f779.shtml (an unrelated site's traditional-script
    # copy, with pinyin-like doubled characters and a run-together index table, of a district audit bureau's meeting on
    # investment audit rectification: an audit text, no party inspection; 近日 gives no day (2024-05-23 is the table's
    # 生成日期); the meeting's 一是…二是…三是 are requirements, no problems; expects nothing)
    ("donghu_district_audit_investment_rectification_meeting_trad", "http://wfyxz.com/dhqrmzf/bmgzdt7/202405/5afee952e2bb46ee889287ebf984f779.shtml", "noisy", """索引號(hào): | j602402-0401-2024-0060 | 主題分類(lèi): | 綜合政務(wù) |
發(fā)布機(jī)構(gòu): | 東湖區(qū)審計(jì)局 | 生成日期: | 2024-05-23 13:56 |
文件編號(hào): | 有效性: | 有效 | |
公開(kāi)范圍: | 面向全社會(huì) | 公開(kāi)方式: | 主動(dòng)公開(kāi) |
為進(jìn)一步壓實(shí)審計(jì)整改責(zé)任,切實(shí)達(dá)到審計(jì)整改工作規(guī)范化。近日,東湖區(qū)審計(jì)局組織召開(kāi)全區(qū)投資審計(jì)整改工作專題協(xié)調(diào)會(huì),會(huì)上對(duì)審計(jì)整改工作推進(jìn)遲緩的單位進(jìn)行了通報(bào),并向與會(huì)單位項(xiàng)目負(fù)責(zé)人再次明確整改時(shí)限和要求。
會(huì)議強(qiáng)調(diào),一是各責(zé)任單位要提高政治站位,充分認(rèn)識(shí)到審計(jì)整改工作對(duì)規(guī)范全區(qū)政府投資項(xiàng)目高質(zhì)量發(fā)展的重要性。二是要深刻認(rèn)識(shí)審計(jì)發(fā)現(xiàn)問(wèn)題的嚴(yán)重性和復(fù)雜性,切實(shí)抓好審計(jì)整改工作,保質(zhì)保量按時(shí)完成審計(jì)整改工作任務(wù)。三是把審計(jì)整改同提高項(xiàng)目單位管理水平結(jié)合起來(lái),進(jìn)一步聚焦參建單位主責(zé)主業(yè),規(guī)范項(xiàng)目管理工作。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- second session: texts in SHARES_TEMPLATE -----------------------------------------------------------------------
    # http://peopledaily.eu/sz/20201016_69194.html (a site's copy of a national paper's story: the nineteenth committee's
    # sixth central round has completed its entries: round-level, unit ""; the 32 listed regions and bodies are the round's
    # units as written (settled 8), the five sub-provincial cities brought into scope are no units (as r20 reads them);
    # term 19, round 6; 截至14日…完成…进驻工作 is the day by which all had entered: no start; 15个巡视组 counted, no group;
    # no feedback; no figures) -- SHARES_TEMPLATE (r20's central_nineteenth_term_sixth_round_list_2020: the same round and
    # the same announced list, word for word)
    ("central_nineteenth_term_sixth_round_thirty_two_bodies_entered_2020", "http://peopledaily.eu/sz/20201016_69194.html", "rounds", """《 人民日报 》( 2020年10月16日 第 03 版)
本报北京10月15日电 (记者张洋)记者从中央巡视办获悉:截至14日,十九届中央第六轮巡视15个巡视组完成对32个地方和单位的进驻工作,十九届中央第六轮巡视全面展开。
经党中央批准,十九届中央第六轮巡视对北京市、天津市、内蒙古自治区、吉林省、上海市、浙江省、安徽省、江西省、湖北省、广西壮族自治区、重庆市、云南省、西藏自治区、陕西省、甘肃省、青海省、新疆维吾尔自治区、新疆生产建设兵团、全国人大常委会机关、全国政协机关、公安部、财政部、水利部、农业农村部、国家卫生健康委员会、审计署、国家医疗保障局、国家移民管理局、国家中医药管理局、中国农业科学院、中国国际贸易促进委员会、中国残疾人联合会等32个地方、单位党组织开展常规巡视。根据《中国共产党巡视工作条例》规定,对第六轮巡视涉及的长春、杭州、宁波、武汉、西安等5个副省级城市党委和人大常委会、政府、政协党组主要负责人,一并纳入巡视范围。
近日,被巡视地方、单位分别召开巡视工作动员会。会前,各中央巡视组向被巡视地方、单位党组织主要负责人传达了习近平总书记关于巡视工作的重要指示精神,通报了有关工作安排。会上,各中央巡视组组长对做好巡视工作提出要求。
……
""", {"unit": "", "units": ["北京市", "天津市", "内蒙古自治区", "吉林省", "上海市", "浙江省", "安徽省", "江西省", "湖北省",
                            "广西壮族自治区", "重庆市", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
                            "新疆维吾尔自治区", "新疆生产建设兵团", "全国人大常委会机关", "全国政协机关", "公安部", "财政部",
                            "水利部", "农业农村部", "国家卫生健康委员会", "审计署", "国家医疗保障局", "国家移民管理局",
                            "国家中医药管理局", "中国农业科学院", "中国国际贸易促进委员会", "中国残疾人联合会"],
      "group": None, "term": 19, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://zgcxtc.cn/news/156263.html (a news site's copy of a Beijing paper's story: the ninth central round's first
    # twelve entries and the look-backs at four provinces: round-level, unit ""; 中央第九轮巡视: round 9, no term named;
    # the bodies are named as examples before counts (中央宣传部、国家发展改革委等32家单位, 辽宁、安徽、山东、湖南等4个省
    # written short) and then by group: units unscored; several groups, no group; 昨天 counts from the page's dated line
    # only (2016-02-29): start unscored; no feedback; no figures) -- SHARES_TEMPLATE (r26c's
    # central_2016_first_round_look_back_deployment: the same round and its announcement wording, 对中央宣传部等32家单位
    # 党组织开展专项巡视,同时对辽宁、安徽、山东、湖南等4个省进行“回头看”)
    ("central_ninth_round_2016_twelve_bodies_entered_look_backs", "https://zgcxtc.cn/news/156263.html", "rounds", """中央巡视组:"回马枪"将确保未发现问题见底

2016-02-29 08:50:42  来源:京华时报

经中央批准,中央第九轮巡视将对中央宣传部、国家发展改革委等32家单位党组织开展专项巡视,同时对辽宁、安徽、山东、湖南等4个省进行“回头看”。昨天,各巡视组分别进驻中宣部、发改委等12家地区和单位并召开动员会。同时,各巡视组全部公布举报方式,接受举报。中央纪委监察部网站和客户端推出《中央第九轮巡视进驻专栏》,向社会发布相关情况。

7个巡视组4家“一拖二”

昨天,中央纪委监察部网站公布了已进驻巡视组的12个单位和地区召开的动员会,各巡视组组长副组长名单同时公布。

记者发现,昨天公布的共有7个巡视组,将巡视12个单位和地区,其中多个巡视组仍采取“一拖二”的形式,即一个巡视组巡视两家单位。其中,4个巡视“回头看”的省份,每两个省由一个巡视组负责,分别为第三巡视组负责辽宁省、山东省,第五巡视组负责安徽省和湖南省。

同时,第十巡视组负责国家民委、国家宗教局。第十一巡视组负责人社部、国家公务员局、国家外国专家局。

此外,3家巡视组只负责一个单位,分别是第一巡视组专项巡视中宣部,第九巡视组专项巡视国家信访局,第十三巡视组专项巡视国家发改委。
……
""", {"unit": "", "group": None, "term": None, "round": 9, "end": None, "feedback_date": None, "figures": []}),
    # https://jyt.jiangsu.gov.cn/art/2024/10/28/art_58320_11403988.html (a provincial education department's report on
    # rectification after a provincial group's visit: unit the visit's body as written, its bracketed second name with
    # full-width brackets (省教育厅党组（省委教育工委）, as r27c reads this body's 2019 feedback); group 省委第三巡视组; visit
    # 2023年11月9日至12月29日; feedback 2024年2月27日; no round named in the excerpt; 领办重点难点问题23项 is the
    # secretary's share of the problems, not their count: figures unscored) -- SHARES_TEMPLATE (r27c's
    # jiangsu_education_department_linked_round_three_bodies_2023: the same visit (省委第三巡视组, 2023-11) on the same portal)
    ("jiangsu_education_department_provincial_third_group_progress_2024", "https://jyt.jiangsu.gov.cn/art/2024/10/28/art_58320_11403988.html", "progress", """根据省委统一部署,2023年11月9日至12月29日,省委第三巡视组对省教育厅党组(省委教育工委)开展了巡视。2024年2月27日,省委巡视组向省教育厅党组(省委教育工委)反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、组织领导情况
省教育厅党组(省委教育工委)始终把巡视整改工作作为增强“四个意识”、坚定“四个自信”、做到“两个维护”的一项政治任务,……
一是健全责任落实机制。厅党组坚决扛起主体责任,成立巡视整改工作领导小组,组建工作专班并下设4个工作组,制定巡视整改工作方案,建立问题清单、任务清单、责任清单,……厅党组书记履行第一责任人责任,领办重点难点问题23项,其他厅领导班子成员履行“一岗双责”,抓好分管领域整改工作,以上率下推动整改。
二是健全跟踪督查机制。建立“每周一提醒、半月一小结、一月一通报”工作机制,扎实开展日常监督。每月召开巡视整改工作领导小组调度会,……6次召开党组会听取整改情况汇报,研究解决重点、难点和堵点问题。……
""", {"unit": "省教育厅党组（省委教育工委）", "group": "省委第三巡视组", "term": None, "round": None,
      "start": date(2023, 11, 9), "end": date(2023, 12, 29), "feedback_date": date(2024, 2, 27)}),
    # http://www.jlrd.gov.cn/xwzx/rdyw/202603/t20260319_9446698.html (a provincial people's congress portal: a provincial
    # group's mobilisation at the standing committee's organ: unit 省人大常委会机关党组 as the meeting's name writes it; group
    # 省委第一巡视组; 近日 gives no day: no start; no round or term named (省委十二届七次、八次全会 are plenary sessions); the
    # group's 坚持… are focuses, no problems; no figures) -- SHARES_TEMPLATE (the Jilin provincial groups' mobilisation
    # template, 根据省委巡视工作统一部署,近日,省委第N巡视组巡视…党组工作动员会召开。…作了动员讲话,对做好巡视工作提出要求。
    # …主持会议并作表态发言, of r22's, r32c's and this file's first part, here on another portal)
    ("jilin_npc_standing_committee_organ_provincial_first_group_mobilisation_2026", "http://www.jlrd.gov.cn/xwzx/rdyw/202603/t20260319_9446698.html", "news", """省委第一巡视组巡视省人大常委会机关党组工作动员会召开

吉林人大网

今天是:  
您的位置:首页 → 新闻中心 → 人大要闻
您的位置: 首页 > 人大要闻

省委第一巡视组巡视省人大常委会机关党组工作动员会召开

发布时间:2026-03-19 18:55:00

  根据省委巡视工作统一部署,近日,省委第一巡视组巡视省人大常委会机关党组工作动员会召开。省委第一巡视组组长王建功作了动员讲话,对做好巡视工作提出要求。省人大常委会机关党组书记、秘书长金喜双主持会议并作表态发言。

  省人大常委会机关党组成员,省纪委监委驻省人大常委会机关纪检监察组有关负责同志,省委第一巡视组有关同志出席会议;省人大常委会机关省管干部、处级干部、直属事业单位领导班子成员,以及普通党员代表列席会议。
……
  王建功指出,省委巡视组将以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大和二十届历次全会精神,全面贯彻落实二十届中央纪委五次全会和省委十二届七次、八次全会及省纪委十二届五次全会部署,突出政治巡视定位,全面贯彻巡视工作方针,旗帜鲜明把“两个维护”作为根本任务。坚持围绕中心、服务大局,坚持问题导向、严的基调,坚持系统观念、发挥综合监督……
""", {"unit": "省人大常委会机关党组", "group": "省委第一巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
