"""Outside texts of batch r36 (issue 14), collector C's share, held out: provincial and central inspections of places
and departments (provincial rounds' deployments, entries and a monthly chronicle's deployment, central rounds'
entries, their leaders and a round's rectification review, an interview on central coverage, a district's progress
report) and audit texts, collected with the search tool from public pages that are in no earlier batch. Each address
was checked against every outside batch (outside_*.py, r35 included) and test_outside_documents.py, with and without
www./m./mip./wap. and its query string, and two or three distinctive names or phrases of each text (people, bodies,
wording) were grepped in them, in simplified and traditional script; at the end the other collectors' files of this
batch were looked for (see "Overlap"), and the file was compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r36c.py` (its summary is under "Overlap" below). Their fields are written down by
reading only. The importer was not run on them, no test or bench that runs it was run, and neither imports/ nor the
parser's tests were read (only the outside_*.py data files, outside_set.py's docstring, Case, extract and score,
test_outside_documents.py for duplicates, bench/outside_overlap.py and the brief); the integrator runs them once, and
that run is the honest figure for unseen texts.

Sources. 15 texts from the search tool's "pages" corpus, all with their address. 80 look-ups, the whole budget the
brief allows, all `search` in "pages": provincial groups' feedbacks, entries and mobilisations by province and place
(Heilongjiang, Shanxi, Henan, Guangxi, Inner Mongolia's banners, Enshi, Liangshan, Yanbian, Beijing, Shanghai,
Tianjin, Chongqing), years 2009-2013 and 2025-2026, provincial departments' and enterprises' visits, county and city
progress reports (整改落实情况的通报, 清零销号), accountability for poor rectification, rectification evaluations, poverty
special inspections, central groups' entries, leaders and rectification of 2013-2025, chronicles (大事记, 大事月记) and
yearbooks, aggregator, mirror and gateway sites (baogaosu, big5 gateways, 看中國), traditional-script and pinyin
variants, an English query, and audit texts (rectification reports, audit bureaus' interviews, 特派办 entries, economic
responsibility audits). They returned about 630 results, about 300 distinct addresses, of which about nine in ten were
earlier batches' (among them Hunan's 40 counties of 2015, Zhejiang's and Hebei's 2017 rounds, Yunnan's leading group
on yndaily and qdubb, Guizhou's hearing on gzstv, Fujian's 2015 rounds on fznews, qzcdi, xbkwei and folksfolks, Hubei's
2015 and 2022 rounds, Inner Mongolia's, Ningxia's and Tibet's rounds, the central 2014-2025 rounds' lists, entries and
feedbacks in many copies, Shanghai's and Guangyuan's progress reports, and every budget audit report and audit
rectification report the corpus returned) or other shares' (city, county and school 巡察 rounds, enterprises' and a
state assets commission's rounds); the rest were no public text of inspections (novels, tag and title pages, AI-written
"揭秘" pages, theses, Japanese and English pages, an AI-written answer on a provincial group). What still gave new
texts: a provincial chronicle (Henan's 2020 ninth round), a province's 2015 first round on a provincial portal's city
channel (Shandong), an unnamed province's 2016 second round on a mirror, a capital's big5 gateway (Beijing's thirteenth
committee's fifth round), city portals' and aggregators' copies of central rounds (the 2014 first round's leaders, the
2015 second round's rectification review), mirrors of the central tenth round of 2016 and of an interview on coverage,
a 2013 leaders' table on a big5 page, a blog's essay and a political blog's note on the twentieth central fifth round,
and one county audit bureau's account; Fujian's 2016 first round, a Shanghai district's progress report and a retold
2015 first central round were new addresses but share a template or round (SHARES_TEMPLATE). After 80 look-ups the
file holds 12 measured texts, the least the brief asks; no text that states nothing was added to make up the count.

Families and counts (15 texts, 3 in SHARES_TEMPLATE, 12 measured). rounds 4, three measured: the provinces' 2015 first
round of special inspections of 30 counties (shandong_2015_first_round_thirty_counties_special, round 1, counted),
a chronicle's deployment of Henan's tenth committee's ninth round
(henan_tenth_term_ninth_round_deployment_chronicle_2020, term 10, round 9) and the rectification review of the 2015
second central round (central_2015_second_round_rectification_scan_aggregator, round 2); and one in SHARES_TEMPLATE
(fujian_2016_first_round_first_batch_eleven_departments, Fujian's announcement template, a list of 11 bodies); news 3,
all measured: an essay and a note on the twentieth central fifth round's entries
(central_twentieth_term_fifth_round_entries_essay, central_twentieth_term_fifth_round_group_leaders_entries, term 20,
round 5) and a roundup of the central group leaders opening with the 2014 first round's start
(central_2014_first_round_twenty_leaders_roundup, start 2014-03-25); audit 1, measured and expecting nothing
(nanle_county_audit_bureau_three_steps_rectification); noisy 6, five measured: traditional script with pinyin-like
doubled characters (provincial_2016_second_round_nineteen_departments_pinyin_trad, round 2;
central_eighteenth_term_tenth_round_all_entered_pinyin_trad, round 10, with a page's ad and keyword remnants;
central_coverage_interview_luo_liping_pinyin_trad, a lost character and a search-bait title, expecting nothing), big5
gateways (beijing_thirteenth_term_fifth_round_mobilisation_big5, term 13, round 5;
central_2013_round_ten_groups_leaders_table_big5, a table flattened into bars, expecting nothing), and one in
SHARES_TEMPLATE (central_2015_first_round_three_enterprises_entered_kanzhongguo_trad, 3 bodies); progress 1, in
SHARES_TEMPLATE (shanghai_minhang_twelfth_term_second_round_progress, term 12, round 2, dates). Measured round lists:
none (every measured round counts its bodies or names them as examples). Measured texts expecting nothing of a visit:
3 of 12 (the audit account, the interview and the 2013 leaders' table), 3 of the 15 added: a fifth.

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 48 fields and 97
absence checks in all; 24 fields and 84 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
rounds 7 fields and 20 absence checks, news 7 and 17, audit 1 and 9, noisy 9 and 38. Figures read: none (every
figures key is an absence check: an audit's counts since 2022, coverage counts (231個單位 and 77.5% of bodies
inspected, 8輪 and 149個, 9輪 and 181個), counts of groups and leaders, and 增加党组织372个 are no inspection's
figures of the ledger's metrics).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r36c.py` (15 texts against 2075 earlier): no address
is shared; 257 pairs share over 3 shingles, 13 of them over 3 beyond the tool's formulas; the longest shared run, 37
characters, is the SHARES_TEMPLATE Minhang report's progress opening (日反馈了巡视意见。按照巡视工作有关要求,现将巡视
整改进展情况予以公布。一、) with r16's shanghai_emergency_bureau_municipal_progress, r13's hetang_district_provincial_progress
and r30's science_technology_university_provincial_seventh_group_progress (the progress reports' formula; the Minhang
report is in SHARES_TEMPLATE for r29c's Xuhui report of the same portal, round and template). Beyond formulas, the
SHARES_TEMPLATE Fujian round shares the Fujian announcement's wording (获悉,根据《中国共产党巡视工作条例, 省委关于巡视工作
的部署要求,经, 省委巡视工作领导小组同意,) with outside_c's fujian_counties and r12's fuzhou_ninth_round_first_batch, and
the 受理 wording with r34b's shiquan_2016_first_round_four_county_departments_entered, r35c's
tengchong_provincial_fourth_group_look_back_mobilisation_2016, r21's cafa_middle_school_internal_round_notice, r10's
gannan_youth_league_notice and r32c's yushan mobilisation (the reason it is in SHARES_TEMPLATE is the template, as
r25b's Fujian copy). For the measured texts: the Henan chronicle with r32's
henan_tenth_term_fifth_round_thirty_six_universities_deployment (巡视组组长、副组长授权任职和任务分工, 按照省委统一部署,本轮
巡视安排1…, (扩大)会议在郑州召开: the same province's deployment wording, another round), r30c's
fujian_justice_department_provincial_sixth_group_mobilisation (和省委十届十一次全会精神: another province's tenth committee's
plenum), r27c's shaanxi_thirteenth_term_fifth_round_qinling_special_deployment, r15's
inner_mongolia_central_eighth_group_progress, r8's fengjie_forestry and r33c's
jiangsu_thirteenth_term_seventh_round_deployment_2019_repost (leading group titles and study formulas); the essay on the
twentieth fifth round with r35d's guizhou_inspection_social_governance_generated_essay_seridoat (作为党内监督的战略性制度
安排: a generated essay's formula); the 2016 second round with r11's gansu_hospital_checks_trad (著力發現黨的領導弱化、黨
的建設缺失 in the same pinyin-doubled script) and r34d's quanzhou_business_environment_special_round_fifteen_bodies_pinyin_trad
(the doubled 領導); the Beijing deployment with r32c's qinghai_sixth_round_haixi_haibei_entries_examples_trad (推進黨的自
我革命、全面從嚴治黨的戰略性制度安排, 學習貫徹黨的二十屆三中全會精神: the 2024 formulas in traditional script); the central
tenth round with r15's central_appointment_checks_five_years_trad (the same mirror's page chrome, ad9_210*60 關鍵詞:中國
臺灣網>新聞中心>時政新聞, and 進行了“回頭看”: the portal's template around another text, another subject); the coverage
interview with r25's press_stations_joint_check_groups_pinyin_trad and r33d's jiyang_linked_rounds_city_groups_clues_83_pinyin_trad
(doubled 領導小組辦公室, 實現了) and with this file's central tenth round (黨的十八大以來,中央巡視組已…個地區和單位: a
coverage formula of 2015-2016); all other pairs share official formulas only (习近平新时代中国特色社会主义思想为指导,
根据《中国共产党巡视工作条例》, 习近平总书记关于巡视工作重要论述). The tool counts three texts as sharing more than its stock of
formulas with the seed corpus (the Henan chronicle, the 2015 rectification review, the Minhang report); the seeds were
not opened, so what they share there is not verified. Source events: the twentieth central fifth round is r31c's
(its entries on daymfp); the essay and the note are other texts on other sites: measured,
as r35c and r28c measure other texts of a held round; the central tenth round of 2016 is r34c's (its deployment
meeting on a portal): this is its entries, on a mirror: measured; the 2015 second central round is r8's (its list):
this is its rectification review, counted: measured; the 2014 first central round is r28c's (two groups' entries):
this is a leaders' roundup: measured; Beijing's thirteenth committee's fifth round is only conveyed in r30's
conservatory text: measured; the 2013 central round of the leaders' table, the Shandong, Henan and unnamed provinces'
rounds, the coverage interview and the audit account are in no batch. Other collectors' files of this batch:
outside_r36.py, outside_r36b.py and outside_r36d.py (as they stood when this file was finished) were grepped for every
address, domain and distinctive name of this file (邱泉盛, 杨双双, 任正晓, 孔昌生, 巩义市, 雷凡培, 杨振武, 二十届中央第五轮,
张骥, 腊翊凡, 项宗西, 盘点20位, 19家省直, 231個, 尹力, 十三屆市委第五輪, 第十輪巡視, 羅禮平, 姚奕, 薛延忠, 闵行区, 市委第六巡视组,
鎖定26家, 南乐县, the rounds' wordings): only 巩义市 is in outside_r36d.py, in a generated essay on a city group's entry
into Gongyi (gongyi_inspection_group_generated_essay_bkwk), no round or text of this file; no host of theirs is in
this file, one aggregator's domain is shared (outside_r36.py holds a guangzhou.baogaosu.com page, another city's text;
this file holds a tianjin.baogaosu.com page on a central round), and outside_r36.py's docstring says it had taken the
yzblive retelling of the 2015 first central round too and dropped it for this file, which holds it in
SHARES_TEMPLATE; none of their texts shares a round or visit with this file's that the grep shows.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's and the
r29c-r35c files' docstrings, followed exactly): a round named as the one a deployment meeting deploys is the text's
(十届省委第九轮巡视动员部署会 -> 10, 9; 十三屆市委第五輪巡視動員部署會議 -> 13, 5), and so is the round a text's entries or
rectification are of (二十届中央第五轮巡视…进驻 -> 20, 5; 中央第十輪巡視的15個巡視組已全部進駐 -> round 10; 2015年中央第二轮专项
巡视反馈意见的整改情况 -> round 2); a year's round without a term (今年第一轮, 2016年第二輪, 今年首輪, 2016年省委第一轮第一批)
gives the round and no term (第一批 is a batch); a round only named as another's (第一輪66家, 十八屆中央第九輪) or as one
whose end completes a sector's coverage (今年第三輪巡視結束以後) is not the text's; plenary sessions (省委十届十一次全会,
十八屆三中全會) are no term or round; bodies only counted (30个县(市、区), 26家单位, 32家中央單位) are no units; bodies named as
examples before a count (省委辦公廳…等19家, 巩义市等11个县(市、区), 昆明、长春等) leave the units unscored (r24), and so do
places written short before a count or in batches of a day (天津、江西、河南、湖北等4省市; 湖南、吉林、湖北…) (r34c); a list's
shared suffix written once (…红十字会党委(党组)) is no part of its last name and a place prefix written once stays on the
first name only (r6's and r7's written convention); a group is expected only when the text is about that one group (one
group named of several, 7个巡视组, 各巡视组, numbered groups in a table: no group); the day a group entered is the
start, for a round the first entry (settled 10: 3月25日…进驻海南省,这标志着…首轮巡视…正式启动 -> 2014-03-25, the year from
the text's 2014年 and the dated line, as r33c takes a byline's year); a day without a year and without a dated line
gives no date (4月15日, 9月2日 in the chronicle's excerpt); a meeting's day is no start (settled 10: 8月27日, 18日, 9月2日);
the day entries were announced is no entry day (6月29日,中紀委發布消息…已分別進駐, as r32c's 截至X日…已全部进驻); a span in parts
of months (从2月中旬开始, 8月底) gives no start and no end (settled 11); a planned length (一个月左右, 两个月左右, 为期约75天,
為期兩個月) is no end; a feedback told by its month only (去年10月) gives no date (settled 12); a share of bodies
inspected (77.5%) is no completion rate and counts of coverage, groups and leaders are no figures; an audit text
names no party inspection and expects no unit, group, dates, round, units, problems or figures (its counts of problems
found and fixed are the audit's, as r34c reads an audit's rectification figures); expected values of traditional-script
texts are written simplified, the pinyin-like doublings dropped.

What I was unsure of, and how I read it. The 2014 leaders' roundup names its round twice, 2014年中央巡视组首轮巡视 (round 1
of the year, as r28c reads 今年首轮 of the same round) and 十八大后第三轮巡视 (the third since the congress, which a reader
could take for term 18, round 3): term and round are left unscored; its unit is left unscored too (one place entered,
海南省, opens a text about twenty leaders of several groups and rounds), while the start, 2014-03-25, holds whether the
text is read as the round's (its first entry: 这标志着…正式启动) or the Hainan visit's. The central tenth round's term is
left unscored: the text writes 十八屆 only with the ninth round (剛剛結束的十八屆中央第九輪巡視), and 中央第十輪巡視 carries no
term; a reader who carries the ninth round's term over would read 18. The coverage interview's round is expected
absent: 今年第三輪巡視 is named as a round whose end completes the financial bodies' coverage, not as the interview's
round; a reader who takes every numbered round would read 3. The essay on the twentieth fifth round is on a blog and
reads like a generated piece (its opening paragraph printed twice); r34d left it to this share, and it is kept because
it states the round and its entries as the held releases do; the political blog's note on the same round has no year
and no dated line, so its first entries' 4月15日 is no date (a reader who knows the round would date it 2025-04-15).
The Henan chronicle's excerpt has no year (the page's month title is outside the excerpt), which does not matter for a
meeting's day; its units are left unscored, as examples before counts stand beside one college named alone (郑州工程技术
学院), which a reader might take for a unit. The Beijing deployment's units are expected absent because the excerpt
names no body; the page may list them further on, past the excerpt's end. The 2015 rectification review's problems are
left unscored (the 共性问题 are many bodies' problems, quoted with the page's own ……), and 增加党组织372个 is expected as no
figure (no metric of the ledger counts party organisations set up). The unnamed province's 2016 second round is read
as round 2 though the text never names the province, and its 77.5% as no completion rate (a share of bodies
inspected). The Fujian round is put in SHARES_TEMPLATE for its announcement template, though its round, list and
address are new; its units follow r6's and r7's reading of a shared suffix (红十字会, not 红十字会党委(党组)), which r10 once
left unscored for a shared suffix that named the bodies (检察院). The Minhang report's counts (79个“问题清单”, 427条“任务
清单”) are left unscored, as r29c left the Xuhui report's; a reader might take them for problems 79 and measures 427.
The audit account's figures are expected absent as the audit's, not an inspection's, following r34c; a reader who
scores audit rectification as the ledger's would read problems 68, completed 48, in_progress 20. The 2013 leaders'
table is read as expecting nothing (新一輪 is unnumbered and no place is named); a reader who knows the history would
call it the first round of 2013. The three texts that expect nothing are a fifth of the added texts, under the brief's
quarter; with 12 measured texts the file is at the brief's floor, and the 80 look-ups were spent.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a province's first round of 2016, first batch, announced in the Fujian provincial inspection office's template, as
    # outside_c's fujian_counties and fujian_departments, r8's fujian_fourth_2015 and r25b's
    # fujian_2015_county_inspection_groups_eight_places_copy (both in their files' SHARES_TEMPLATE) write other rounds
    "fujian_2016_first_round_first_batch_eleven_departments",
    # a Shanghai district committee's progress on the twelfth municipal committee's second round, on the municipal
    # discipline portal: the same portal, round and progress template as r29c's
    # shanghai_xuhui_twelfth_term_second_round_progress (itself in r29c's SHARES_TEMPLATE) and r33c's Putuo report
    "shanghai_minhang_twelfth_term_second_round_progress",
    # three central groups enter three central enterprises in the 2015 first central round: the same round and news as
    # r25's central_2015_first_round_three_groups_entries_trad (itself in r25's SHARES_TEMPLATE) and r6's 2015 first round
    # list, retold by another site
    "central_2015_first_round_three_enterprises_entered_kanzhongguo_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R36C = [
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # https://heze.dzwww.com/sdxw/201504/t20150409_12187537.htm (a provincial portal's city channel reposting a youth
    # news site: a province's first round of 2015, all special inspections of 30 counties, has fully started:
    # round-level, unit ""; 今年第一轮 (the dateline's 2015) gives round 1, no term (a year's round); the counties are only
    # counted (30个县(市、区)): units []; 截至目前 gives no day: no start; 两个月左右 is a planned length: no end; no
    # numbered group; no feedback; the range and focus of the round are no problems; no figures (3个县 a group is a count))
    ("shandong_2015_first_round_thirty_counties_special", "https://heze.dzwww.com/sdxw/201504/t20150409_12187537.htm", "rounds", """中国青年网济南4月8日电(记者 杨双双)记者从山东纪委监察厅了解到,截至目前今年第一轮对30个县(市、区)巡视工作已经全部展开。省委巡视组公布了举报电话、设立网上信箱,主要受理反映县(市、区)党委和人大、政府、政协党组领导班子及其成员问题及与巡视工作有关的来信来电来访。
据介绍,这轮巡视全部为专项巡视,采取“一托三”方式,每个巡视组巡视3个县(市、区),时间两个月左右。这轮巡视的范围是县(市、区)委和人大、政府、政协党组领导班子及其成员等,重点是党政领导班子及其成员,特别是党政“一把手”。
巡视组主要采取听取工作汇报和有关情况介绍,列席有关会议,受理信访举报、个别谈话、查阅资料、抽查领导干部个人有关事项报告、明察暗访,下沉一级或两级到领导干部担任过主要负责人的下级单位了解情况等方式开展工作。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://hndsfz.com/2022/08-29/160351.html (a provincial party history and gazetteer office's monthly chronicle of
    # 2020-09, three days' entries, the middle one a provincial deployment meeting: round-level, unit ""; 十届省委第九轮巡视
    # 动员部署会 names the round the meeting deploys: term 10, round 9; the bodies are named as examples before counts
    # (巩义市等11个县(市、区)、省高级人民法院等35家省直单位) beside one college named alone: units unscored (r24's convention
    # for examples before a count); 9月2日 is the meeting's day, without a year in the excerpt: no start; 省委十届十一次全会
    # is a plenary session, no term or round; 13个巡视组: no group; no end or feedback; no problems; no figures)
    ("henan_tenth_term_ninth_round_deployment_chronicle_2020", "http://hndsfz.com/2022/08-29/160351.html", "rounds", """省委、省政府召开专题会议 9月1日,省委、省政府召开专题会议,听取2020年国家网络安全宣传周和第29届中国金鸡百花电影节筹备情况汇报,研究部署下一步工作。省委书记王国生主持,省长尹弘出席。……
十届省委第九轮巡视动员部署会召开 9月2日,十届省委第九轮巡视动员部署会在郑州召开。省委常委、省委巡视工作领导小组组长任正晓出席会议并作动员讲话。省委常委、省委巡视工作领导小组副组长孔昌生主持会议并宣读巡视组组长、副组长授权任职和任务分工。会议以习近平新时代中国特色社会主义思想为指导,深入学习领会习近平总书记关于巡视工作重要论述,全面贯彻落实全国巡视工作会议和省委十届十一次全会精神,对本轮巡视进行动员部署。按照省委统一部署,本轮巡视安排13个巡视组,对巩义市等11个县(市、区)、省高级人民法院等35家省直单位和郑州工程技术学院开展常规巡视。
省纪委常委会(扩大)会议召开 9月3日,省纪委常委会(扩大)会议在郑州召开。省委常委、省纪委书记、省监委主任任正晓主持会议并讲话。……
""", {"unit": "", "group": None, "term": 10, "round": 9, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://tianjin.baogaosu.com/xinwen/%E5%B9%B4%E4%B8%AD%E5%A4%AE%E5%B7%A1%E8%A7%86%E7%BB%84%E7%AC%AC%E4%BA%8C%E8%BD%AE%E4%B8%93%E9%A1%B9%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9/43179254
    # (a city aggregator's copy of a discipline portal's review: all 26 bodies of the 2015 second central round have
    # published their rectification: round-level, unit ""; 2015年中央巡视组第二轮专项巡视 gives round 2, no term; the 26
    # bodies are counted, four named as examples (中国航空集团, 人民日报社, 航天科技, 中国华润总公司): units unscored; 去年10月
    # is a feedback told by its month only: no feedback date (settled 12); 1月29日 is a publication day; 13个中央巡视组: no
    # group; no start or end; the 共性问题 are many bodies' problems: problems unscored; 增加党组织372个 is no metric of
    # the ledger: figures [])
    ("central_2015_second_round_rectification_scan_aggregator", "https://tianjin.baogaosu.com/xinwen/%E5%B9%B4%E4%B8%AD%E5%A4%AE%E5%B7%A1%E8%A7%86%E7%BB%84%E7%AC%AC%E4%BA%8C%E8%BD%AE%E4%B8%93%E9%A1%B9%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9/43179254", "rounds", """2015年中央巡视组第二轮专项巡视整改扫描
发现问题只是前提,推动整改才是目的。成果运用是影响巡视生命力的关键因素。
在当前遏制腐败蔓延势头的阶段,更好发挥巡视在党内监督中的重要作用,就要把减少腐败存量、遏制腐败增量的要求落实到巡视成果运用中,对巡视发现的问题分类处置,做到件件有着落。
1月29日,中国航空集团党组向社会公布了对2015年中央第二轮专项巡视反馈意见的整改情况。至此,本轮26家被巡视单位党组织已全部向社会公布巡视整改情况。我们来看这26家单位巡视整改的成效如何?
聚焦坚持党的领导 强化管党治党政治责任
“党的观念淡漠”“党的领导弱化”“管党治党不严”……这是去年10月13个中央巡视组向26家单位反馈时指出的共性问题,也是最突出的问题。巡视发现的所有问题,根子在于党的领导弱化、党的建设薄弱。
……
26家单位党委(党组)对整改落实高度重视,“一把手”认真履行第一责任人职责。人民日报社社长杨振武作为人民日报编委会巡视整改的第一责任人,多次提出明确意见,作出具体要求。在巡视组反馈专项巡视意见当天,航天科技就成立了以党组书记雷凡培为组长的整改工作领导小组,由雷凡培承担巡视整改工作第一责任人职责。
通过不断完善各级党的组织架构,建立健全党的组织,配备党务工作干部,各被巡视单位巩固和加强党组织的核心领导地位。中国华润总公司通过新建、调整原党组织建制等方式,增加党组织372个。全……
""", {"unit": "", "group": None, "term": None, "round": 2, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- news -----------------------------------------------------------------------------------------------------------
    # https://liyinwaihe.cn/article/date/2025/04/17 (a blog's essay, its opening paragraph printed twice, on the
    # twentieth central committee's fifth round having entered all its places: round-level, unit ""; 二十届中央第五轮巡视
    # gives term 20, round 5; the places are counted (15个省(自治区)、新疆生产建设兵团及6个重点城市) and two cities named
    # as examples (昆明、长春等): units unscored; 近期 gives no day: no start; 为期约75天 is a planned length: no end; 各巡视组:
    # no group; no feedback; the essay's 可能涉及… are guesses, no problems; no figures)
    ("central_twentieth_term_fifth_round_entries_essay", "https://liyinwaihe.cn/article/date/2025/04/17", "news", """党的十八大以来,巡视巡察作为党内监督的战略性制度安排,已成为全面从严治党向纵深推进的"政治体检"利器。近期,二十届中央第五轮巡视完成对15个省(自治区)、新疆生产建设兵团及6个重点城市的进驻工作,标志着新一轮政治监督正式启动。本文尝试从群众切身利益出发,解析本轮巡视工作的制度逻辑与实践价值。
一、巡视进驻:政治监督的精准布局
党的十八大以来,巡视巡察制度作为党内监督的战略性制度安排,已成为全面从严治党向纵深推进的"政治体检"利器。近期,二十届中央第五轮巡视完成对15个省(自治区)、新疆生产建设兵团及6个重点城市的进驻工作,标志着新一轮政治监督正式启动。这种监督布局并非随机选择,而是基于国家战略发展需要的系统性考量。
本轮巡视覆盖地域之广、层级之深,体现了党中央对区域协调发展战略的精准布局。被巡视地区既包括省级行政区,也下沉至昆明、长春等区域性中心城市。这种"省域+节点城市"的组合式监督架构,既关注省级层面的政策制定与执行,又聚焦城市治理中的具体问题,形成上下联动的监督网络。……
各巡视组计划开展为期约75天的驻地监督,这一时长设置经过科学论证。……
""", {"unit": "", "group": None, "term": 20, "round": 5, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://5g.wlchinahnzz.com/21-0-1546485-1.html (an unrelated site's copy, under a garbled title, of a political blog's
    # note on the twentieth central fifth round's entries and six groups' leaders: round-level, unit ""; 二十届中央第五轮巡视
    # gives term 20, round 5; the places are written short in two days' batches (湖南、吉林…, 安徽、山西…) and six groups
    # are each paired with their places: units unscored (r34c's convention for places written short); several groups:
    # no group; 4月15日 is the first entries' day but has no year and the text no dated line: no start; 本周 gives no day;
    # no end or feedback; no problems; no figures (12个组 is a count))
    ("central_twentieth_term_fifth_round_group_leaders_entries", "http://5g.wlchinahnzz.com/21-0-1546485-1.html", "news", """中纪委老将率队赴昆明市委书记表态。
根据党中央关于巡视工作的统一部署,二十届中央第五轮巡视于本周开始进驻。
目前已有12个组陆续完成进驻工作,本轮巡视进驻已过半。
4月15日,湖南、吉林、湖北、内蒙古、四川和江西分别迎来中央巡视组。4月16日,
安徽、山西、云南、宁夏、甘肃和浙江
也迎来了中央巡视组。
中央第一巡视组巡视安徽,组长张骥
中央第二巡视组巡视山西,组长孔圣根
中央第六巡视组巡视云南、昆明市(提级巡视),组长王荣军
中央第十一巡视组巡视宁夏,组长张谦
中央第十四巡视组巡视甘肃,组长张福根
中央第十六巡视组巡视浙江,组长腊翊凡
三个细节。
第一,张骥是“新面孔”。
这是张骥首次以巡视组组长的身份参加二十届中央巡视工作。
张骥
曾在外经贸部、商务部、广东省工作,担任过商务部部长助理,2017年任中央纪委驻中央外办纪检组组长,后任中央纪委国家监委驻中央外办纪检监察组组长。……
""", {"unit": "", "group": None, "term": 20, "round": 5, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.tianshui.com.cn/news/guonei/2014032908450468134.htm (a city portal's copy of a provincial paper's
    # roundup of the twenty central group leaders so far, opening with the seventh group's entry into Hainan that marks
    # the start of the 2014 first central round: 3月25日, the year from the text's 2014年 and the dated line, is the day
    # a group entered and the round's start (settled 10): 2014-03-25; the unit is left unscored (one place entered,
    # 海南省, opens a text about many groups and rounds); several groups named: no group; term and round are left
    # unscored (the round is named both 2014年中央巡视组首轮 and 十八大后第三轮; see "What I was unsure of"); the other
    # places (吉林, 中国进出口银行, 重庆市) are earlier rounds': units unscored; no end or feedback; no problems; 26个
    # and 20人 are counts: no figures)
    ("central_2014_first_round_twenty_leaders_roundup", "http://www.tianshui.com.cn/news/guonei/2014032908450468134.htm", "news", """您所在的位置:首页>>新闻中心>>时事新闻>>国内>>正文
盘点20位中央巡视组组长:均未曾在所巡视地任职
(2014-3-29 8:44:27)  来源:华商报  打印本页

3月25日,中央第七巡视组进驻海南省开展巡视工作,这标志着2014年中央巡视组首轮巡视、十八大后第三轮巡视正式启动。本轮巡视已有6个巡视组开展工作。

项宗西以中央第七巡视组组长的身份,出席巡视海南省工作动员会会议并发言。这是他第二次续任中央巡视组组长。2013年,项宗西曾任中央第四巡视组组长,负责巡视吉林。

据中纪委监察部网站公布的中央巡视组产生程序,中央建立了巡视组组长库。截至今年3月28日,十八大后三轮巡视工作已产生26个中央巡视组,由于多人重复担任两次以上组长,迄今为止,公开露面的组长有20人。

第二轮巡视,有5位组长为继任

十八大后,中央巡视组的前两轮巡视工作,共完成了对20个地区和单位的巡视工作。

根据《中央巡视组工作规则》要求,巡视组组长由省部级正职干部担任,副组长由副部级巡视专员或省部级副职干部担任。

此前的两轮巡视各为10个地区和单位。其中,第一轮的10位组长有5位在第二轮继续担任组长,第三轮巡视已公布的6个巡视组中,又有5名新面孔。

例如:在第二轮巡视中,第一巡视组组长陈光林,曾在上一轮巡视中担任第九巡视组组长,巡视中国进出口银行;第五巡视组组长徐光春,曾在上一轮巡视中担任第五巡视组组长,巡视重庆市;另外,第七巡视组组长马铁山、第八巡视组组长张文岳、第十巡视组组长陈际瓦都分别在第一轮巡视中任组长。……
""", {"group": None, "start": date(2014, 3, 25), "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # https://shenji.puyang.gov.cn/DistrictsWork/Info/8629 (a city audit bureau's portal: a county audit bureau's three
    # steps of audit rectification (two lists and a ledger): an audit text, no party inspection; expects nothing: no
    # unit, group, dates, round, units, problems or figures (查出问题68个, 已整改48个, 移送处理人员10人, 制度办法16项 are the
    # audit's counts since 2022, no inspection's: as r34c reads an audit's rectification figures); 5个工作日, 15个工作日 and
    # 7-15日 are time limits, no dates)
    ("nanle_county_audit_bureau_three_steps_rectification", "https://shenji.puyang.gov.cn/DistrictsWork/Info/8629", "audit", """为切实加强审计成果运用和审计查出问题的整改落实,南乐县审计局坚持“三步走”,推动“两清单、一台账”审计整改制度落实,促使审计发现问题整改落地见效。
一是清单归档。按照“谁审计,谁督促整改”的原则,各业务股室在出具审计报告5个工作日内,及时列出“审计查出问题清单”,明确整改要求和整改时限。审计整改期满15个工作日内,审核汇总整改情况,填写“审计查出问题整改清单”,分管领导签字把关后,与整改报告一并交计划管理督察股归档。
二是数据入账。由计划管理督察股对照“两清单”建立整改台账,汇总问题整改进度,了解问题整改是否彻底、到位。……
三是复核问效。对切实整改到位、真正解决问题的,实行“对账销号”,并对整改情况进行抽查复核。……对虚假整改、敷衍整改的单位重点督办,实行审计整改“模拟责任追究制”,设定7-15日的整改缓冲期,期满后仍未整改到位的,变“模拟追责”为“实际真追”,确保问题真正整改到位。
2022年以来,共完成审计项目8个,查出问题68个,其中已整改48个,20个尚在整改期内。共计减少财政拨款68万元,上缴财政16万元,归还原资金渠道14万元,促进资金拨付227万元,调整账项393万元,移送处理事项7项,移送处理人员10人,促进完善相关制度办法16项,审计整改工作逐步走向规范,审计质量进一步提高。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://xgmlfb.com/post/1/25515 (an unrelated site's traditional-script copy with pinyin-like doubled characters
    # (機構(gòu), 陸續(xù)) of a provincial paper's note that names no province: a province's second round of 2016 of
    # provincial departments: round-level, unit ""; 2016年第二輪省直單位巡視 gives round 2, no term (a year's round);
    # three bodies are named as examples before a count (省委辦公廳、省人大常委會機關黨組、省政府辦公廳黨組等19家): units
    # unscored (r24); 18日 is the meeting's day and 即日起 gives no day: no start; 8月底 is a planned part of a month: no
    # end; 11個巡視組: no group; no feedback; the 七個方面重點內容 are focuses: problems 0; 231個單位, 77.5% (a share of
    # bodies inspected, no completion rate) and 66家 are counts of coverage: no figures; 第一輪 is another round)
    ("provincial_2016_second_round_nineteen_departments_pinyin_trad", "http://xgmlfb.com/post/1/25515", "noisy", """今天從省委巡視辦獲悉,省委巡視機構(gòu)展開2016年第二輪省直單位的巡視,即日起省委11個巡視組將陸續(xù)進駐19家省直單位,8月底將完成駐點巡視任務(wù)。
18日,省委巡視機構(gòu)召開2016年第二輪省直單位巡視安排部署會,部署對省委辦公廳、省人大常委會機關(guān)黨組、省政府辦公廳黨組等19家省直單位進行巡視。
會議強調(diào),本輪巡視要堅定政治巡視方向,抓住被巡視單位黨組織領(lǐng)導(dǎo)班子及成員這個“關(guān)鍵的少數(shù)”,緊盯核心和重點人,針對黨的領(lǐng)導(dǎo)核心作用發(fā)揮、黨的路線方針政策貫徹、機關(guān)黨建工作、全面從嚴(yán)治黨主體責(zé)任落實、紀檢機關(guān)監(jiān)督責(zé)任落實、選人用人、中央八項規(guī)定精神落實情況等七個方面重點內容,著力發(fā)現(xiàn)黨的領(lǐng)導(dǎo)弱化、黨的建設(shè)缺失、全面從嚴(yán)治黨不力等方面突出問題。
據(jù)悉,十八大以來,我省已對全省市州、縣市區(qū)、省屬國有企業(yè)、部分省直單位共計231個單位(地區(qū))進行了巡視,占應(yīng)巡視地方和單位的77.5%。今年截至目前,已完成對第一輪66家省直單位的駐點巡視;
今年下半年,將對剩余省直單位及省屬高校開展巡視,8月底將完成對19家省直單位的駐點巡視任務(wù)、9月中旬啟動對省屬高校的專項巡視,預(yù)計到年底前,將實現(xiàn)本屆省委任期內(nèi)的巡視全覆蓋。
""", {"unit": "", "group": None, "term": None, "round": 2, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/gongkai/ldhd/202408/t20240828_3783486.html (a municipal
    # portal's traditional-script (big5) gateway: the capital's inspection work meeting and the thirteenth municipal
    # committee's fifth round deployed: round-level, unit ""; 十三屆市委第五輪巡視動員部署會議 names the round the meeting
    # deploys: term 13, round 5; the excerpt names no inspected body: units []; 8月27日 is the meeting's day: no start;
    # no group, end or feedback; the secretary's 要… are requirements: problems 0; no figures)
    ("beijing_thirteenth_term_fifth_round_mobilisation_big5", "https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/gongkai/ldhd/202408/t20240828_3783486.html", "noisy", """8月27日上午,全市巡視巡察工作會議暨十三屆市委第五輪巡視動員部署會議召開。市委書記尹力主持會議並講話,市委副書記劉偉出席。
尹力指出,習近平總書記高度重視巡視工作,把巡視作為推進黨的自我革命、全面從嚴治黨的戰略性制度安排,親自謀劃、親自部署,不斷引領巡視理論創新、實踐創新、制度創新。我們要深入學習貫徹習近平總書記關於巡視工作的重要論述,嚴格貫徹落實新修訂的巡視工作條例,在新時代首都發展中更好履行巡視巡察職責使命。
尹力強調,要堅定不移深化政治巡視,以“兩個確立”“兩個維護”為根本指向強化政治監督。……要聚焦全面深化改革,通過巡視巡察調動抓改革促發展的積極性主動性。把學習貫徹黨的二十屆三中全會精神情況、重大改革落實情況納入巡視巡察內容,深入檢查黨委(黨組)落實改革部署特別是重點領域改革的實際效果。……
尹力強調,要立足健全全面從嚴治黨體系,探索具有首都特色的巡視巡察工作方法。自覺把巡視嵌入黨和國家監督體系、融入國家治理體系,堅持常規巡視和專項巡視相結合,堅持勤政廉政一起巡、主體責任與監督責任一起巡。……
""", {"unit": "", "units": [], "group": None, "term": 13, "round": 5, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://chinahongdou.com/xwzx/PoliticsNews/201607/t20160708_11502561.htm (an unrelated site's traditional-script copy,
    # with pinyin-like doubled characters and a page's ad and keyword remnants, of a capital paper's note: all fifteen
    # groups of the central tenth round have entered: round-level, unit ""; 中央第十輪巡視 gives round 10; its term is left
    # unscored (the text writes 十八屆 only with the ninth round; see "What I was unsure of"); the bodies are counted and
    # the four places written short before a count (天津、江西、河南、湖北等4省市): units unscored (r34c); 6月29日 is the day
    # the first entries were announced, not an entry day: no start (as r32c's 截至X日…已全部进驻); no group, end or
    # feedback; no problems; 9輪, 181個 and 32個 are counts: no figures)
    ("central_eighteenth_term_tenth_round_all_entered_pinyin_trad", "http://chinahongdou.com/xwzx/PoliticsNews/201607/t20160708_11502561.htm", "noisy", """ad9_210*60
關(guān)鍵詞:
中國臺(tái)灣網(wǎng)  >   新聞中心  >   時(shí)政新聞

中央15個(gè)巡視組全面進(jìn)駐 派駐紀(jì)檢組將納入監(jiān)督

2016年07月08日 06:20:34  來源:京華時(shí)報(bào)
字號(hào):    

  原標(biāo)題:派駐紀(jì)檢組將被納入中央巡視對象

  6月29日,中紀(jì)委發(fā)布消息,第十輪巡視8個(gè)巡視組已分別進(jìn)駐被巡視單位。昨天,中紀(jì)委再次發(fā)布消息,另外7個(gè)巡視組也已全部進(jìn)駐。這意味著中央第十輪巡視的15個(gè)巡視組已全部進(jìn)駐被巡視的32家中央單位和天津、江西、河南、湖北等4省市。

  本輪巡視明確將派駐紀(jì)檢組納入巡視監(jiān)督的對象之中。……

  黨的十八大以來,中央巡視組已完成9輪巡視,共巡視了181個(gè)地區(qū)和單位黨組織。本輪巡視進(jìn)駐32個(gè)單位,進(jìn)一步擴(kuò)大了覆蓋面,實(shí)現(xiàn)全覆蓋的目標(biāo)已接近完成。剛剛結(jié)束的十八屆中央第九輪巡視對遼寧、安徽、山東、湖南等4個(gè)省首次進(jìn)行了“回頭看”。本輪巡視又對天津、江西、河南、湖北等4個(gè)省市進(jìn)行“回頭看”,這是中央巡視第二次開展“回頭看”。

[責(zé)任編輯:尹賽楠]
""", {"unit": "", "group": None, "round": 10, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://m.5728338.com/XinZhengCe/559964.html (an unrelated site's traditional-script copy, with pinyin-like doubled
    # characters, a lost character (?梢哉f) and a search-bait title, of an interview on covering every body the centre
    # inspects: no one inspection; expects nothing: no unit, group, dates, units, problems or figures (8輪, 149個, 280多個,
    # 100多個 and 五個板塊 are counts of coverage); 十八屆三中全會 is a plenary session, no term; 今年第三輪巡視 is a round
    # named as one whose end will complete a sector's coverage, not the text's: no round; the title's 上海巡視組 is no
    # group)
    ("central_coverage_interview_luo_liping_pinyin_trad", "http://m.5728338.com/XinZhengCe/559964.html", "noisy", """上海巡視組聯(lián)系方式 中紀(jì)委駐上海巡視組聯(lián)系電話
黨的十八大以來,中央巡視組已經(jīng)開展8輪巡視,巡視了149個(gè)地區(qū)和單位,實(shí)現(xiàn)了對(duì)地方和中管央企的全覆蓋。昨天,中央巡視工作領(lǐng)導(dǎo)小組辦公室處長(zhǎng)羅禮平在接受中央紀(jì)委監(jiān)察部網(wǎng)站訪談時(shí)透露,根據(jù)中央部署,將重點(diǎn)推進(jìn)對(duì)部門和事業(yè)單位的巡視全覆蓋。
羅禮平說,巡視是黨章規(guī)定的重要制度,是全面從嚴(yán)治黨的重要手段。與此同時(shí),黨的十八屆三中全會(huì)對(duì)巡視全覆蓋作出明確部署,今年新修訂的巡視工作條例也作出明確規(guī)定?梢哉f,巡視全覆蓋既是中央確定的硬目標(biāo),也是黨內(nèi)法規(guī)確立的法定任務(wù)。
羅禮平說,中央一級(jí)的巡視全覆蓋任務(wù)有280多個(gè),具體可以細(xì)化為地方、部門、央企、金融、事業(yè)單位等五個(gè)板塊。通過“板塊輪動(dòng)”,目前已經(jīng)完成了對(duì)地方和央企的全覆蓋。今年第三輪巡視結(jié)束以后,還將完成對(duì)金融單位的全覆蓋。這就意味著,到今年年底,五個(gè)板塊的全覆蓋任務(wù)就完成了三個(gè)板塊。
羅禮平說,下一步全覆蓋任務(wù)還有100多個(gè),任務(wù)十分艱巨。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://fanfu.people.com.cn/BIG5/n/2013/0605/c64371-21738743.html (a national party portal's traditional-script
    # (big5) page with a leaders' table flattened into bars: ten central groups have entered their places and bodies in a
    # new round of 2013 and their leaders are published: round-level, unit ""; 新一輪 is unnumbered: no round, no term;
    # no place or body is named (5個組前往地方五省 is a count): units []; the table names two groups of ten: no group;
    # 日前 gives no day: no start; no end or feedback; no problems; the counts of leaders and of groups (10名, 11名,
    # 5個, 6個組) are no figures; expects nothing of a visit)
    ("central_2013_round_ten_groups_leaders_table_big5", "http://fanfu.people.com.cn/BIG5/n/2013/0605/c64371-21738743.html", "noisy", """2013年06月05日07:57 來源:人民網-中國共產黨新聞網
中國共產黨新聞網北京6月5日電(記者 姚奕)日前,10個中央巡視組已全部進駐有關地區和單位開展新一輪巡視工作,巡視組的相關信息也已對外公布。其中,巡視組組長均由正部長級高官領銜,副組長也全部由副部級干部擔任。
在此前召開的中央巡視工作動員暨培訓會議上,中共中央政治局常委、中央紀委書記、中央巡視工作領導小組組長王岐山曾強調,巡視組組長不是“鐵帽子”,一次一授權。
根據這一輪巡視組公布的名單,10個中央巡視組共有組長10名、副組長11名。……
記者發現,本輪公布的巡視工作安排,並沒有按照上述“6個組負責地方巡視,4個組負責企業金融巡視”的分工,而是5個組前往地方五省巡視,其他5個組分別進駐企業、金融機構和高校。
附表:中央巡視組組長名單
巡視組別 |
組長 |
職務 |
劉偉 |
山東省政協主席 |
|
杜德印 |
北京市人大常委會主任 |
|
孫曉群 |
中直機關工委原常務副書記 |
|
中央第四巡視組 |
薛延忠 |
山西省政協主席 |
徐光春 |
河南省委原書記 |
|
張文岳 |
遼寧省委原書記 |
|
中央第七巡視組 |
馬鐵山 |
廣西壯族自治區……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- texts in SHARES_TEMPLATE ---------------------------------------------------------------------------------------
    # http://www.mhnews.com.cn/html/46/2016-02-23/15545444050.shtml (a county news site's copy of a city evening paper:
    # a province's first round of 2016, first batch, enters eleven provincial departments: round-level, unit "";
    # 2016年省委第一轮第一批 gives round 1 (a year's round, no term; 第一批 is a batch); the departments are the round's
    # units as written, 省 on the first name only and the shared suffix 党委(党组) written once left off the last (r6's and
    # r7's written convention: a list's shared suffix is no part of its last name, a place prefix written once stays on
    # the first name only); 从2月中旬开始 is a part of a month: no start (settled 11); 日前 gives no day; 一个月左右 is a
    # planned length: no end; 7个巡视组 and the 省委省直部门巡视组 are no numbered group; no feedback; no problems; no
    # figures) -- SHARES_TEMPLATE (the Fujian provincial inspection office's announcement template (根据…部署要求,经省委巡视工作
    # 领导小组同意,从…开始,省委…巡视组对…开展巡视。巡视时间一个月左右。日前,N个巡视组已进驻巡视), filled in for other rounds by
    # outside_c's fujian_counties and fujian_departments, r8's fujian_fourth_2015 and r25b's
    # fujian_2015_county_inspection_groups_eight_places_copy, both in their files' SHARES_TEMPLATE)
    ("fujian_2016_first_round_first_batch_eleven_departments", "http://www.mhnews.com.cn/html/46/2016-02-23/15545444050.shtml", "rounds", """您所在的位置:闽侯新闻网 >> 福建新闻 >> 正文

今年省委首轮首批巡视展开 七巡视组进驻省直部门

http://www.mhnews.com.cn  2016-02-23 15:54:54   来源:福州晚报    【字号

  福州晚报讯  昨日记者从省纪委监察厅获悉,根据《中国共产党巡视工作条例》及中央、省委关于巡视工作的部署要求,经省委巡视工作领导小组同意,2016年省委第一轮第一批巡视展开。从2月中旬开始,省委省直部门巡视组对省发改委、卫计委、民政厅、环保厅、水利厅、商务厅、国资委、投资项目评审中心、残联、贸促会、红十字会党委(党组)开展巡视。巡视时间一个月左右。日前,7个巡视组已进驻巡视。

  省委巡视组主要受理反映被巡视单位领导班子及其成员和下一级领导班子主要负责人问题的来信、来电、来访,重点是执行《中国共产党章程》和其他党内法规,遵守党的纪律,落实党风廉政建设主体责任和监督责任等方面的举报和反映。其他不属于巡视受理范围的信访问题,将按规定由有关部门和被巡视单位处理。

  (福州晚报 记者 邱泉盛)
""", {"unit": "", "units": ["省发改委", "卫计委", "民政厅", "环保厅", "水利厅", "商务厅", "国资委", "投资项目评审中心", "残联",
                          "贸促会", "红十字会"],
      "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://www.shjjjc.gov.cn/shsjjjcw/xszg/content/fd860b93-f016-4a74-b448-2b62bdcf62ff.html (the municipal discipline
    # portal: a district committee's progress on the twelfth municipal committee's second round: term 12, round 2 (the
    # title's 十二届市委第二轮巡视集中整改); group 市委第六巡视组; visit 2023年3月24日至2023年6月16日; feedback
    # 2023年8月29日; the unit and the counts (79个“问题清单”, 427条“任务清单”, 54家责任单位) are left unscored, as r29c's
    # Xuhui report of the same round and template) -- SHARES_TEMPLATE (r29c's
    # shanghai_xuhui_twelfth_term_second_round_progress: the same portal, round and template)
    ("shanghai_minhang_twelfth_term_second_round_progress", "https://www.shjjjc.gov.cn/shsjjjcw/xszg/content/fd860b93-f016-4a74-b448-2b62bdcf62ff.html", "progress", """当前位置: 首页 > 巡视巡察 > 巡视整改
中共上海市闵行区委员会关于十二届市委第二轮巡视集中整改进展情况的通报

中共上海市闵行区委员会

关于十二届市委第二轮巡视集中整改进展情况的通报

根据市委统一部署,市委第六巡视组于2023年3月24日至2023年6月16日对闵行区开展巡视,并于2023年8月29日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。

一、区委及主要负责人组织落实整改情况

闵行区委坚持以习近平新时代中国特色社会主义思想为指导,……切实履行巡视整改工作主体责任,坚决把抓好巡视整改作为重大政治任务,不折不扣抓好各项整改任务推进落实。一是压实主体责任。市委巡视反馈会后,区委立即研究制定巡视整改落实方案,成立区委巡视整改工作领导小组。……二是强化效果导向。认真对照市委巡视整改工作要求,有力有序推动巡视整改问题清零见底。坚持台账式管理和销项式推进,将市委巡视反馈意见,分解形成79个“问题清单”,逐个问题明确整改措施形成427条“任务清单”,落实到54家责任单位形成“责任清单”。……
""", {"group": "市委第六巡视组", "term": 12, "round": 2, "start": date(2023, 3, 24), "end": date(2023, 6, 16),
      "feedback_date": date(2023, 8, 29)}),
    # https://yzblive.com/news/b5/2015/02/28/569766.html.-中共中央巡視組鎖定26家央企-三家已進駐.html (an overseas site's
    # traditional-script retelling: three central groups enter three central enterprises in the first central round of
    # 2015: round-level, unit ""; 今年首輪 (the dateline's 2015) gives round 1, no term; the three enterprises entered are
    # the units as written, simplified (26家央企 counted; as r25 reads the same three); three groups named by number
    # only: no group; 日前 and 27日 give no day: no start; 為期兩個月 is a planned length: no end; no feedback; no figures)
    # -- SHARES_TEMPLATE (r25's central_2015_first_round_three_groups_entries_trad: the same round and news)
    ("central_2015_first_round_three_enterprises_entered_kanzhongguo_trad", "https://yzblive.com/news/b5/2015/02/28/569766.html.-中共中央巡視組鎖定26家央企-三家已進駐.html", "noisy", """【看中國2015年02月28日訊】中共中央巡視組今年首輪巡視鎖定26家央企,日前第7、第8、第9巡視組已分別進駐中國華能集團公司、國家電網公司、中國船舶重工集團公司。
中紀委官網27日晚間公布上述最新動態。中共《新華網》等官方媒體均有報導。
中共官媒報導稱,中央巡視組此輪專項巡視對象全都劍指央企。報導稱,此次巡視每個巡視組負責兩家央企。已進駐的三個巡視組披露的巡視時間均比之前的一個月翻倍,為期兩個月。巡視重點是領導班子和主要負責人,盯緊「靠山吃山」和「利益輸送」云云。
責任編輯:李文隆
""", {"unit": "", "units": ["中国华能集团公司", "国家电网公司", "中国船舶重工集团公司"], "group": None, "term": None,
      "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
]
