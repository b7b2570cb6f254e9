"""Outside texts of batch r35 (issue 14), collector C's share, held out: provincial and central inspections of places
and departments (巡视 entries, mobilisations, a special inspection's hearing, feedbacks, provincial and central rounds'
deployments, entries and feedback summaries, accounts of a province's and a group's inspections) and audit texts,
collected with the search tool from public pages that are in no earlier batch. Each address was checked against every
outside batch (outside_*.py, r34 included) and test_outside_documents.py, with and without www./m./mip./wap. and its
query string, and two or three distinctive names or phrases of each text (people, bodies, wording) were grepped in them,
in simplified and traditional script; at the end the other collectors' files of this batch were looked for (see
"Overlap"), and the file was compared with `bench/outside_overlap.py tests/imports/parsing/outside_r35c.py` (its
summary is under "Overlap" below). Their fields are written down by reading only. The importer was not run on them, no
test or bench that runs it was run, and neither imports/ nor the parser's tests were read (only the outside_*.py data
files, outside_set.py's docstring, Case, extract and score, test_outside_documents.py for duplicates,
bench/outside_overlap.py and the brief); the integrator runs them once, and that run is the honest figure for unseen
texts.

Sources. 17 texts from the search tool's "pages" corpus, all with their address. 59 look-ups of the 110 the brief
allows, all `search` in "pages": provincial groups' feedbacks, entries and mobilisations by province (Qinghai, Guangxi,
Liaoning, Jiangxi, Guizhou, Anhui, Hunan, Xinjiang and the 兵团, Chongqing and Tianjin, Inner Mongolia), provincial
departments' and enterprises' visits and progress reports, county and city progress reports (整改进展情况的通报, 整改落实
情况的报告, 销号), special and 机动式 inspections, election-discipline (换届) inspections, visits of 2010 and 2012, central
groups' entries, mobilisations, look-backs and feedbacks of 2014-2025, leading groups' hearings, traditional-script and
pinyin variants, an English query, and audit texts (rectification reports, satisfaction votes, audit rectification
meetings, economic responsibility audits, audit offices' notices, 巡审联动). They returned about 470 results, about 250
distinct addresses, of which about nine in ten were earlier batches' (among them the Yunnan leading group's meetings on
yndaily and qdubb, Guizhou's 2024 hearing, Hubei's 2015, 2018 and 2022 rounds, Hebei's 2017 rounds, Zhejiang's 2016
second round, Shaanxi's and Fujian's rounds, Anhui's 2018 fourth round, Inner Mongolia's ninth to eleventh committees'
rounds, Ningxia's eleventh round, the 兵团's ninth round, Sichuan's 2020 sixth round, Qinghai's 2024 sixth round and
Chengzhong's report, Hainan's civil affairs report, the central 2014-2025 rounds' lists, entries and feedbacks in many
copies, and every budget audit report, audit rectification report and audit meeting the corpus returned but two) or
other shares' (city, county and school 巡察 rounds, enterprises' rounds); the rest were no public text of inspections
(novels, tag pages, AI-written "揭秘" pages, theses, a 督查组's or 督导组's tours). What still gave new texts: Qinghai's
fourteenth committee's fourth round on a mirror, a Guangxi district's special inspection of election discipline, a
Hubei county's provincial visit of 2010, a Yunnan city's look-back of 2016, accounts of inspections on aggregators and
unrelated sites (Guizhou's poor counties, Anhui's sixth group, the provinces' 2015 first rounds, the central 2015 second
round, a spun documentary on look-backs), central feedbacks of 2014 on a city paper, central deployments of 2014 and
2016 on a business site and a portal, a 2011 督导 of elections, and two audit texts (a vendor's roundup, a Taiwanese
paper).

Families and counts (17 texts, 2 in SHARES_TEMPLATE, 15 measured). rounds 5, three measured: the central first round of
2016 deployed with its first look-backs (central_2016_first_round_look_back_four_provinces_portal, round 1, places
short), the provinces' first rounds of 2015 (provinces_2015_first_rounds_started_aggregator, round 1, bodies counted),
the central second round of 2015's entries (central_2015_second_round_eleven_bodies_three_deputies_aggregator, round 2,
counted); and two in SHARES_TEMPLATE (central_2014_third_round_thirteen_bodies_entered_aggregator, r25's round and list
word for word; central_2014_second_round_feedbacks_published_summary_aggregator, outside_new's round and kind of text);
news 8, all measured: a special inspection's hearing at a district
(fangcheng_district_regional_fourth_group_election_discipline_hearing, group, unit unscored), a county's visit of 2010
(fangxian_provincial_seventh_group_visit_2010, group, unit and start unscored), a city's look-back mobilisation
(tengchong_provincial_fourth_group_look_back_mobilisation_2016, unit 腾冲市委, group), two central feedbacks on one day
(central_2013_second_round_shanxi_anhui_feedbacks_paper_2014, feedback 2014-02-24), a province's year of inspections of
poor counties (guizhou_sixty_six_poor_counties_inspection_coverage_story, absence checks), one group's two years
(anhui_provincial_sixth_group_two_years_story_aggregator, group), a central deployment meeting naming no round
(central_2014_special_inspection_deployment_meeting_business_site, absence checks) and central 督导组 of elections, no
inspection (central_supervision_groups_county_township_elections_2011, expecting nothing); audit 2, both measured and
expecting nothing (provinces_audit_discipline_coordination_roundup, taiwan_auditor_general_reappointment_review_trad,
the latter in traditional script with full-width punctuation); noisy 2, both measured: traditional script with
pinyin-like doubled characters and a lost character
(qinghai_fourteenth_term_fourth_round_deployment_list_pinyin_trad, term 14, round 4, a list of 14 bodies) and a
machine-spun copy with lost digits (central_look_back_documentary_spun_copy, absence checks only); progress 0 (every
provincial and central progress report the corpus returned was an earlier batch's). Measured round lists: 1 (14
bodies). Measured texts expecting nothing of a visit: 3 of 15 (the two audit texts and the 督导 of elections), a fifth.

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 51 fields and 117
absence checks in all; 34 fields and 106 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
rounds 6 fields and 23 absence checks, news 9 and 55, audit 2 and 18, noisy 17 and 10. Figures read: none (every figures
key is an absence check or left out: a province's year of problems and clues over 66 counties, a group's two years of
problems and clues, an audit office's savings are no one inspection's figures).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r35c.py` (17 texts against 2020 earlier): no address
is shared; 85 pairs share over 3 shingles, 13 of them over 3 beyond the tool's formulas; the longest shared run, 97
characters, is the SHARES_TEMPLATE 2014 third round's list with r25's central_2014_third_round_thirteen_bodies_copy (the
same announced list: the reason it is in SHARES_TEMPLATE). Beyond formulas, for the other SHARES_TEMPLATE text: the 2014
second round's summary with r17's central_2014_second_round_entered and r34c's
central_2014_second_round_four_provinces_mobilised_business_paper (the round's announced list of ten places and three
bodies). For the measured texts: the 2016 first round's story with r34c's business paper (2014年中央第二轮巡视工作动员部署会,
哪里问题集中就巡视哪里,谁问题突出就巡视谁: the story's quoted history of 2014, another round); the 2015 second round's entries
with r8's central_second_2015 (2015年中央巡视组第二轮专项巡视: the same round, its announced list on another portal; this
text names no body and counts its entries: measured); the Tengchong mobilisation with r26c's
shandong_central_third_group_look_back_mobilisation_copy (开展巡视“回头看”工作动员会召开: look-back mobilisation wording of
another visit) and r31d's xiangxiang_eighth_term_first_round_business_environment_look_back_entries (the 受理
wording); the Shanxi and Anhui feedbacks with r26c's
jilin_central_fourth_group_feedback_2014 (根据中央统一部署,2013年10月30日至12月2…: the same round's feedback wording, another
visit, another portal); the 2014 deployment and the 2015 first rounds with each other (31个省区市和新疆生产建设兵团, within
this file); the audit roundup with r32d's daozhen_finance_bureau_inspection_audit_linkage_five_problems (监督的权威性和审计监督
的专业性: a phrase of 巡审联动 texts); the Qinghai round with r7's gansu_2015, r22's
eleventh_term_seventh_round_mobilisation_pinyin_trad and r28c's
shaoguan_thirteenth_term_third_round_mobilisation_pinyin_trad
(the deployment meeting's wording in the same pinyin-doubled script, 巡視組長授權任職及任務分工決定, 開展常規巡視,對: other
provinces' and cities' rounds); all other pairs share official formulas only (習近平總書記, 工作領導小組, 反映了一些问题,主要是:).
The tool counts one text as sharing more than its stock of formulas with the seed corpus (the Fangcheng hearing); the
seeds were not opened, so what it shares there is not verified. Source events: the 2013 second central round is
outside_set's central_pinyin's, r26c's Jilin feedback's and r34c's rectification reports' (these are two other visits'
feedbacks, on another portal: measured); the 2016 first central round is r26c's
central_2016_first_round_look_back_deployment
and r34c's SHARES_TEMPLATE ninth round (another text and portal: measured, read as r26c reads it, round 1); the 2015
second central round is r8's (its list; this is its entries, counted: measured); the 2014 third and second rounds are in
SHARES_TEMPLATE (above); Qinghai's fourteenth committee's fourth round, the Fangcheng, Fangxian and Tengchong visits, the
Guizhou and Anhui accounts, the 2014 deployment meeting, the provinces' 2015 first rounds, the spun documentary, the 2011
督导 and the two audit texts are in no batch; no other text shares a round, visit or meeting with an earlier batch. Other
collectors' files of this batch: outside_r35.py, outside_r35b.py and outside_r35d.py (as they stood when this file was
finished) were grepped for every address, domain and distinctive name of this file (汪洋, 海東市/海东市, 韦汉烨, 张歌莺, 房县,
腾冲, 王兴明, 安俊生, 张广渊, 六组共发现, 虞海燕, 陳瑞敏, 亳州市审计局, 换届风气, 王岐山18日, 回马枪, 一正三副, 带病提拔, the rounds'
wordings): none is in them, no domain of theirs is in this file, and none of their texts shares a round or visit with
this file's that the grep shows.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's and the
r29c-r34c files' docstrings, followed exactly): a round named as the one a deployment meeting deploys is the text's
(十四屆省委第四輪巡視工作動員部署會議 -> 14, 4; 2016年第一轮中央巡视工作动员部署会 -> round 1), but a round only conveyed or quoted
is not (二十屆中央第二輪…會議精神 conveyed; 2014年中央第二轮 quoted in a story's history: settled 14); a year's round without a
term (2016年第一轮, 2015年首轮, 2015年中央巡视组第二轮, 2014年中央第三轮) gives the round and no term; bodies only counted
(11家单位, 27个省区市) are no units; places written short before a count (辽宁、山东、湖南、安徽四省, 广西、上海…等10个省区市 beside
three bodies) leave the units unscored (r34c); places in a round's list are units as written (settled 8: 海东市 and the
districts and counties it lists without their city, 西宁市城北区 with it), with the bodies inspected at a raised level as
written (海东市纪委监委机关, 市委组织部, as r31c keeps a 提级巡视 body); one place visited whose committee the text names is
that committee (settled 15: 腾冲市委书记 -> 腾冲市委, as r34c's 昆明市委); a group is written as the text writes it
(自治区党委第四巡视组, 省委第七巡视组), short when its place is in front (settled 9: 安徽省委第六巡视组 -> 省委第六巡视组); one group
named of several is no group; a span in parts of months (11月下旬至2024年2月上旬, 从今年7月底开始) gives no start and no end
(settled 11); a day without a year and without a dated line gives no date (9月5日, 9月5日至9月30日, 7月19日, 从去年11月到去年1月);
a day whose month and year come only from a dated line is left unscored (24日开始 with 2010/8/25, as r34c's 27日); a
feedback day without a year takes the year after the visits' end (settled 1: 2月24日 after 2013-12 -> 2014-02-24); 截至…
is the day of a count, no start; a mobilisation or meeting day is no start (settled 10); a planned length (为期10日) is no
end; focuses and requirements (重点检查…, 是否存在…九个方面的问题, 紧盯…深入查找…) are no problems; totals over many visits
(563 problems and 671 clues of a province's year, 125 problems and 375 clues of a group's two years) leave problems and
figures unscored (as r34c's group leader's year of clues); an audit text, and a 督导 of elections, name no party
inspection and expect no unit, group, dates, round, units, problems or figures (an article of a law, 第三條, and a term of
office, 六年, are no term or round); expected values of traditional-script texts are written simplified, the pinyin-like
doublings dropped.

What I was unsure of, and how I read it. The Fangcheng hearing's unit is left unscored: the place visited is 防城区,
and settled 15 would read its committee, but the text writes the committee both 防城区党委 (the title and twice in the
body) and 防城区委 (once), so which written form a reader expects is not settled. The Fangxian visit's unit is left
unscored: the place is 房县, and the text names its committee only as 县委 (县委书记张歌莺, 县委、县人大…四家班子), never
房县县委; settled 15 would give the committee, in a form the text does not write. Its start is left unscored because the
visit began on 24日, whose month and year come only from the paper's dated line (2010/8/25), as r34c left 27日; a reader
who takes the dated line would read 2010-08-24. The Shanxi and Anhui feedbacks are two visits in one text: unit, units,
group, dates of the visits and problems are left unscored, and only what both share is scored (no round or term, the
feedback day 2014-02-24, no figures); a reader who takes the first-named visit as the text's would read 山西省, 中央第六
巡视组, 2013-10-30 to 2013-12-29. The Guizhou story and the Anhui group's story tell totals over many visits; their
figures are left unscored rather than expected absent, in case a reader takes them for clues found (settled 6). The
Anhui group is scored (省委第六巡视组) though the story is about no one visit, because the text is about that one group.
The spun documentary's round (第18次中央第9次巡视, spun from a committee's ninth round) cannot be settled by a reader: term
and round are left unscored, and only dates, feedback and figures are checked absent. The Qinghai list's raised-level
bodies (海东市纪委监委机关, 市委组织部) are expected as written, after the round's regular list, as r31c kept a 提级巡视 body; if
they are not the round's units in the set's sense, they are two units to drop. The provinces' 2015 first rounds are read
as round 1 with units [] (the 兵团 named beside the counted provinces runs its own round and is no body inspected). The
2014 second round's summary is put in SHARES_TEMPLATE though it is on another portal, because outside_new holds a
summary of the same round's feedbacks and r17 and r34c hold its list; its feedback (从10月28日起, its year only from 今年 and
the aggregator's byline, and the publication 11月4日) is left unscored. The Taiwanese audit text is read as this share's
audit family (an audit office's news, expecting nothing), though it concerns no mainland body; the 督导 of elections is
read as news expecting nothing, as it names no 巡视.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the 2014 central third round's announced list of thirteen bodies, word for word, as r25's
    # central_2014_third_round_thirteen_bodies_copy holds it (another portal: the same round and wording)
    "central_2014_third_round_thirteen_bodies_entered_aggregator",
    # a summary of the 2014 central second round's feedbacks, as outside_new's central_2014_second (another portal, the
    # same round and kind of text), with the round's announced list of places as r17's central_2014_second_round_entered
    # and r34c's central_2014_second_round_four_provinces_mobilised_business_paper write it
    "central_2014_second_round_feedbacks_published_summary_aggregator",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R35C = [
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://news.sina.com.cn/c/nd/2016-02-23/doc-ifxprucu3157620.shtml (a portal's copy of a national paper's political
    # column: the first central round of 2016 deployed, with its first look-backs at four provinces: round-level, unit "";
    # 2016年第一轮中央巡视工作动员部署会 names the round the meeting deploys: round 1, no term (a year's round, as r26c's
    # central_2016_first_round_look_back_deployment reads the same round on another portal); 2014年中央巡视组首轮巡视 and
    # 2014年中央第二轮巡视工作动员部署会 are earlier rounds quoted in the story's history, not the text's; the four
    # provinces are written short before a count (辽宁、山东、湖南、安徽四省): units unscored (r34c's convention); 2月23日
    # is the meeting's day: no start; no group, no feedback; the text lists no problems; no figures)
    ("central_2016_first_round_look_back_four_provinces_portal", "http://news.sina.com.cn/c/nd/2016-02-23/doc-ifxprucu3157620.shtml", "rounds", """分享
2016年02月23日23:34 中国网

分享
视频加载中,请稍候...
2月23日,中央巡视工作动员部署会议召开。图为会议现场。图片来源:中央纪委监察部网站2月23日,中央巡视工作动员部署会议召开。图为会议现场。图片来源:中央纪委监察部网站

  原标题:中央巡视首次杀出“回马枪”,为什么是这四个省?

  来源:人民日报政文 姜洁

  今天在北京召开的2016年第一轮中央巡视工作动员部署会传来消息:本轮巡视将首次开展“回头看”,对辽宁、山东、湖南、安徽四省进行十八大以来的第二轮巡视,这也意味着,期待已久的中央巡视“回马枪”终于来了!

  早在2014年6月26日,习近平总书记在中央政治局常委会听取中央巡视工作领导小组2014年中央巡视组首轮巡视情况汇报时的讲话中就提出要求,“巡视整改落实的情况都要‘回头看’,要揪住不放”;2014年10月16日,他在中央政治局常委会听取中央巡视工作领导小组关于2014年中央巡视组第二轮巡视情况汇报时的讲话中再次要求:“要加强‘回头看’。巡视过的三十一个省区市,不是一巡视了就完事,要出其不意,杀个‘回马枪’,让心存侥幸的感到震慑常在。通过‘回头看’,一方面切实督促落实整改责任;另一方面对新的问题线索深入了解,可以形成更大威慑力。要带着问题去,盯着线索查,使有问题的人无处藏身。”

  而社会各界广泛关注“回头看”,最早是2014年7月16日,王岐山在2014年中央第二轮巡视工作动员部署会上强调:“做好巡视工作是落实党委主体责任的具体体现,要旗帜鲜明、态度坚决,站稳立场、把握方向,哪里问题集中就巡视哪里,谁问题突出就巡视谁,巡视过后再杀个回马枪,给党员干部以警示,发挥更大威慑力。”此后,舆论纷纷猜测,哪个将会是第一个被杀“回马枪”的地……
""", {"unit": "", "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://nanchang.baogaosu.com/xinwen/%25E9%2587%258D%25E7%2582%25B9%25E7%259E%2584%25E5%2587%2586%25E5%259B%25BD%25E4%25BC%2581%25E5%25B9%25B4%25E9%25A6%2596%25E8%25BD%25AE%25E5%25B7%25A1%25E8%25A7%2586/30774945
    # (a city aggregator's copy, with its run-together dated byline, of an overview: the provinces' first rounds of 2015
    # have started: round-level, unit ""; 2015年首轮巡视 (the provinces') and 2015年中央首轮 are all first rounds of a
    # year: round 1, no term; the provinces are only counted (27个省区市及新疆生产建设兵团): units []; 截至3月19日 is the
    # day of a count, no start; no group; no feedback; the 巡视重点 asked about are no problems; no figures (27 and 31 are
    # counts of provinces, no metric))
    ("provinces_2015_first_rounds_started_aggregator", "https://nanchang.baogaosu.com/xinwen/%25E9%2587%258D%25E7%2582%25B9%25E7%259E%2584%25E5%2587%2586%25E5%259B%25BD%25E4%25BC%2581%25E5%25B9%25B4%25E9%25A6%2596%25E8%25BD%25AE%25E5%25B7%25A1%25E8%25A7%2586/30774945", "rounds", """27个省区市已启动2015年首轮巡视 重点瞄准国企
20.03.2015 11:20
本文来源: 今视新闻
利剑再出鞘 巡视又启程
——各地2015年首轮巡视情况概览
利剑高悬,震慑常在。随着2015年中央首轮巡视工作启动,各省区市和新疆生产建设兵团也再次扬帆起航,着眼于转变方式方法、聚焦发现问题、层层传导压力,陆续启动了2015年首轮巡视工作。
据粗略统计,截至3月19日,31个省区市和新疆生产建设兵团中,27个省区市及新疆生产建设兵团已启动2015年首轮巡视。其他省区市正在着手做前期准备及培训工作。
那么,各地2015年的巡视重点是什么?又有何特点和亮点?
本文来源: 今视新闻
20.03.2015 11:20
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://nanchang.baogaosu.com/xinwen/%E5%B7%A1%E8%A7%86%E8%BF%9B%E9%A9%BB/34937147 (a city aggregator's copy, with its
    # run-together dated byline, of a news agency's story: the second central round of 2015 has entered eleven bodies:
    # round-level, unit ""; 2015年中央巡视组第二轮专项巡视: round 2, no term (a year's round); the bodies are only counted
    # (11家单位): units []; 十八大后已经进行的6轮 is a count, no round; 目前 gives no day: no start; no group (each group
    # counted by its leaders); no feedback; no problems; no figures (一名组长、三名副组长 is no metric))
    ("central_2015_second_round_eleven_bodies_three_deputies_aggregator", "http://nanchang.baogaosu.com/xinwen/%E5%B7%A1%E8%A7%86%E8%BF%9B%E9%A9%BB/34937147", "rounds", """今年中央第二轮巡视进驻11家 首次配备三名副组长

03.07.2015  13:14

  中新网北京7月3日电(记者 马学玲 阚枫)最新消息显示,2015年中央巡视组第二轮专项巡视目前已进驻11家单位。与十八大后已经进行的6轮中央巡视有所不同,此轮巡视首次采用“一正三副”架构,即每个巡视组配备了一名组长、三名副组长。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://shijiazhuang.baogaosu.com/xinwen/%E4%B8%AD%E5%A4%AE%E5%B7%A1%E8%A7%86%E7%AC%AC%E4%BA%8C%E8%BD%AE%E5%B8%A6%E7%97%85%E6%8F%90%E6%8B%94%E5%B0%8F%E5%AE%98%E5%B7%A8%E8%85%90/25934454
    # (a city aggregator's copy, with its run-together dated byline, of a national paper's summary: the 2014 second central
    # round's feedbacks all published: round-level, unit ""; 中央巡视第二轮 / 中央巡视组第二轮巡视: round 2, no term; the
    # ten places are written short before a count (广西、上海…江苏等10个省区市) beside three bodies: units unscored
    # (r34c's convention); 中央第五巡视组 is one group of several (Zhejiang's feedback): no group; 从今年7月底开始 is a
    # part of a month: no start; the feedbacks 从10月28日起 (its year only from 今年 and the byline) and the publication
    # 11月4日下午 are left unscored (see "What I was unsure of"); the 高频词 are several places' problems: problems
    # unscored; no figures) -- SHARES_TEMPLATE (outside_new's central_2014_second: a summary of the same round's
    # feedbacks on another portal; the round's announced list as r17's central_2014_second_round_entered and r34c's
    # central_2014_second_round_four_provinces_mobilised_business_paper write it)
    ("central_2014_second_round_feedbacks_published_summary_aggregator", "http://shijiazhuang.baogaosu.com/xinwen/%E4%B8%AD%E5%A4%AE%E5%B7%A1%E8%A7%86%E7%AC%AC%E4%BA%8C%E8%BD%AE%E5%B8%A6%E7%97%85%E6%8F%90%E6%8B%94%E5%B0%8F%E5%AE%98%E5%B7%A8%E8%85%90/25934454", "rounds", """中央巡视第二轮:带病提拔小官巨腐等成为高频词

05.11.2014  15:16

  核心阅读

  11月4日下午,中央纪委监察部网站公布中央第五巡视组向浙江反馈巡视情况。至此,中央巡视组第二轮巡视反馈情况已全部公布。“顶风违纪”“超职数配备干部”“带病提拔”“小官巨腐”等成为高频词,不少被巡视地区和单位被指存在官商利益链,“能人腐败”“一家两制”“苍蝇式腐败”等问题凸显。

  经中央批准,从今年7月底开始,中央巡视组对广西、上海、青海、西藏、浙江、河北、陕西、黑龙江、四川、江苏等10个省区市开展常规巡视,同时对国家体育总局、中国科学院、一汽集团开展专项巡视。从10月28日起,中央巡视组陆续向上述地区、单位反馈巡视意见,并通过中纪委官网向社会公布了反馈情况。

  四川、黑龙江、上海3省市反腐败工作引起高度重视……
""", {"unit": "", "group": None, "term": None, "round": 2, "start": None, "end": None, "figures": []}),
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://m.gxcounty.com/show-23-127730-0.html (a regional county-news site, with an image's file name left in the
    # text: an autonomous region's group hears a district committee's report in a special inspection of election
    # discipline: group 自治区党委第四巡视组 as written; the unit is left unscored (the place visited is 防城区, whose
    # committee the text writes both 防城区党委 and 防城区委 (settled 15 would give its committee; see "What I was unsure
    # of")); 7月19日 has no year and is a hearing day: no start; no term, round, end or feedback; the 九个方面的问题 are
    # what the special inspection looks for, no findings: problems 0; no other units; no figures)
    ("fangcheng_district_regional_fourth_group_election_discipline_hearing", "http://m.gxcounty.com/show-23-127730-0.html", "news", """自治区党委第四巡视组听取防城区党委换届纪律工作汇报

IMG_0098.jpg

  本网防城讯(通讯员/王德玺报道) 根据工作部署,7月19日上午,自治区党委第四巡视组深入防城区开展换届纪律专项巡视工作。防城区党委召开换届纪律工作汇报会,向自治区党委第四巡视组专题汇报防城区换届纪律工作情况。

  此次换届纪律专项巡视,主要是了解防城区及所辖乡镇(街道)在换届过程中是否存在拉帮结派、拉票贿选、买官卖官、跑官要官、造假骗官、说情打招呼、违规用人、跑风漏气、干扰换届等九个方面的问题,确保正风肃纪,推动形成风清气正的政治生态。会上,区委书记韦汉烨专题汇报了防城区换届纪律工作情况。自治区党委第四巡视组副组长孟民指出,防城区党委要坚决落实中央和自治区党委对换届纪律的要求,充分认识换届纪律专项巡视的重要意义,强化自觉接受监督的意识,通过巡视进行自我监督、自我纠错,不断促进党的先进性和纯洁性建设。韦汉烨最后表示,防城区委坚决贯彻执行自治区党委的决定,坚决支持配合专项巡视工作,加强组织协调,积极营造良好的监督氛围。
……
""", {"units": [], "group": "自治区党委第四巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://szbm.jinrifangxian.com/content/2010-08/25/001025.html (a county paper's digital edition: a provincial group
    # begins a ten-day visit to the county (2010): group 省委第七巡视组; the unit is left unscored (the place is 房县,
    # the text names its committee only as 县委 and 县委书记张歌莺; see "What I was unsure of"); 24日开始 has its month and
    # year only in the dated line (2010/8/25): start unscored (as r34c's 从27日本轮首个巡视组进驻西藏开始); 为期10日 is a
    # planned length: no end; no feedback; no term or round; the 方面 the group will check are no problems; no figures)
    ("fangxian_provincial_seventh_group_visit_2010", "http://szbm.jinrifangxian.com/content/2010-08/25/001025.html", "news", """省委第七巡视组来我县巡视
2010/8/25 作者 闻燃
按照省委和省委巡视工作领导小组的安排部署,省委第七巡视组24日开始对我县开展为期10日的巡视工作。24日上午,在霖泓会议中心巡视组成员与县委、县人大、县政府、县政协四家班子成员见面。省委第七巡视组组长张自强、副组长田和平、蔡勇及巡视组成员出席会议。
县委书记张歌莺主持会议并作工作情况汇报;沈明云、张慧彬、戢逢尤、王启云、陆毅、刘庆涛、吴永强、陈渊等县四家班子领导出席见面会。
张自强指出,开展巡视工作,是党中央为加强党内监督作出的一项重要决策,根据《中国共产党巡视工作条例(试行)》和省委《实施办法》的规定,省委第七巡视组此次到房县,将对房县2007年以来贯彻落实科学发展观、执行民主集中制、党风廉政建设、作风建设、选拔任用干部等方面的情况进行巡视检查。巡视采取召开汇报会、个别谈话、查阅资料等方式进行。
张自强要求,巡视组要自觉接受监督,严格要求、严格管理、严明纪律,努力发挥巡视监督的职能作用;被巡视单位要高度重视,自觉接受巡视监督,实事求是地反映情况,客观公正地提出意见,及时整改工作中的问题。
见面会上,张歌莺向巡视组汇报了我县2007年以来的工作情况。……
""", {"units": [], "group": "省委第七巡视组", "term": None, "round": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://ynjjjc.gov.cn/html/2016/yunlingyaowen_0906/20377.html (a provincial discipline portal: a provincial group's
    # look-back mobilisation at a city: group 省委第四巡视组; one place visited whose committee the text names
    # (腾冲市委书记表示): its committee, 腾冲市委 (settled 15, as r34c's 昆明市委); 9月5日 and 9月5日至9月30日 have no year
    # in the text (the year only in the address): no start, no end; 近日进驻 gives no day; the look-back is unnumbered: no
    # round, no term; no feedback; the 重点检查… are focuses: problems 0; no other units; no figures)
    ("tengchong_provincial_fourth_group_look_back_mobilisation_2016", "http://ynjjjc.gov.cn/html/2016/yunlingyaowen_0906/20377.html", "news", """9月5日,省委第四巡视组对腾冲市开展巡视“回头看”工作动员会召开,根据省委统一部署,省委第四巡视组近日进驻腾冲市开展巡视“回头看”工作。省委第四巡视组组长王兴明就即将开展的巡视“回头看”工作作了动员讲话,省委巡视办副主任晏春云就配合做好巡视“回头看”工作提出要求。
省委第四巡视组对腾冲开展巡视“回头看”工作动员会
会议指出,巡视是党章赋予的重要职责。巡视组将坚决落实政治巡视要求,严格对照腾冲市上轮巡视报告、反馈意见、整改报告、移交事项及线索清单,重点检查“两个责任”是否落实、发现的问题是否整改、整改措施是否有效、移交事项和线索的办理是否到位、整改效果干部群众是否满意等情况,对没有见底的问题“再了解”,对没有发现的问题“再发现”,形成有力“再震慑”。
……
据悉,省委巡视组在腾冲市工作时间为9月5日至9月30日。主要受理反映腾冲市党委、人大、政府、政协领导班子及其成员、下一级党组织主要负责人问题的来信来电来访,重点是关于违反“六项纪律”方面的举报和反映。其他不属于巡视受理范围的信访问题,将按规定移交被巡视单位和有关部门认真处理。
腾冲市委书记表示,……
""", {"unit": "腾冲市委", "units": [], "group": "省委第四巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://dzb.hxnews.com/2014-02/25/content_169363.htm (a city paper's digital edition, with a stray letter before its
    # byline, reposting the news agency: two central groups' feedbacks on one day, to Shanxi and Anhui (the 2013 second
    # round's, which the text does not number): two visits, so unit, units, group, start, end and problems are left
    # unscored (each visit has its own group, span and problems); 2月24日 has no year and both visits end in 2013-12:
    # the feedback takes the next year (settled 1): 2014-02-24, the same for both; no round or term named; the three
    # officials under investigation are no figure)
    ("central_2013_second_round_shanxi_anhui_feedbacks_paper_2014", "http://dzb.hxnews.com/2014-02/25/content_169363.htm", "news", """N据新华社电
据中央纪委监察部网站消息,2月24日,中央第六巡视组向山西省反馈巡视情况。中央第七巡视组向安徽省反馈巡视情况。同日,山西省纪委发布,因涉嫌严重违纪,山西省政协常委、省地质勘查局原局长安俊生,山西省政府机关事务管理局局长任云峰和山西省朔州市神头泉水置换水厂工程建设协调领导组副组长、朔州市水利局原局长胡彪目前正分别接受组织调查。
根据中央统一部署,2013年10月30日至12月29日,中央第六巡视组对山西省进行了巡视。巡视中干部群众也反映了一些问题,主要是:在党风廉政建设方面,少数领导干部利用职权谋取利益,查办案件工作和对重点领域、关键岗位的监管有待加强,尚未形成惩治腐败的高压态势;在执行中央八项规定和作风建设方面,文风会风仍需改进,有的地区在招商引资和项目观摩中存在攀比浪费现象;在干部选拔任用方面,用人上的不正之风仍然存在,一些部门和地方主要领导调整比较频繁,有的地方超职数配备和高配领导干部,一些干部档案存在不清、不实、不真问题。
根据中央统一部署,2013年10月31日至12月27日,中央第七巡视组对安徽省进行了巡视。巡视组发现和干部群众反映了一些问题,主要是:少数领导干部在房地产开发、矿产资源、工程建设领域和选人用人等方面以权谋私,腐败现象在一些地区和部门易发多发,党风廉政建设责任制落实不够到位;“四风”问题仍不同程度地存在;干部考察有时不够深入准确,选人用人工作统筹性存在不足,有时酝酿沟通和讨论干部事宜不够充分,等等。
""", {"term": None, "round": None, "feedback_date": date(2014, 2, 24), "figures": []}),
    # http://sol2013.org.ln632.com.cn/shehui/28030.html (an unrelated site's copy of a story: a province's inspections of
    # its 66 poor counties in a year: no one visit, so unit "" (as r34c's Heilongjiang year review); 独山县, 三都自治县 and
    # 从江县 are named as places of cases found, not a round's list: units unscored; the provincial committee's groups
    # are no group; no term, round, dates or feedback; 问题563个 and 问题线索671条 (and the prefectures' and counties' 5722
    # problems) are the year's totals over many visits, no one inspection's: figures and problems left unscored (as r34c
    # left a group leader's year of clues))
    ("guizhou_sixty_six_poor_counties_inspection_coverage_story", "http://sol2013.org.ln632.com.cn/shehui/28030.html", "news", """华夏时讯

贵州:实现对全省66个贫困县巡视全覆盖

“独山县对中央和省委规定置若罔闻,仍继续建设紫林山国家森林公园高尔夫球场;三都自治县委原书记梁嘉庚热衷形象工程,劳民伤财……”今年,一场以扶贫领域形式主义、官僚主义问题为主要内容的专项警示教育展在贵州省、市、县三级巡回开展,共展出420余场次,观展对象主要是各级领导班子成员和相关领导干部,达4.7万余人次。其中,大部分案件是省委巡视29个贫困县时发现。当看到本县的类似问题被曝光后,一些县委书记、县长当场就脸红了,马上安排整改。

用足巡视成果,助力脱贫攻坚。在贵州,处处可见巡视监督“护民生、促脱贫”的生动案例。

今年以来,贵州省委把脱贫攻坚专项巡视巡察作为重中之重,优先谋划、优先推进,制定《巡视巡察脱贫攻坚主要问题清单》,聚焦49条主要问题,探索省、市、县三级联动开展巡视巡察。
……
目前,省委实现了对全省66个贫困县巡视全覆盖。已发现和推动解决扶贫领域问题563个,收到反映领导干部问题线索671条,涉及693人。市、县两级党委已完成对450个贫困乡镇、3464个贫困村以及与扶贫工作密切相关部门的专项巡察,共发现和推动解决扶贫领域问题5722个,涉及1920人。

巡视发现,从江县委原书记张广渊作为深度贫困县的脱贫攻坚战“主帅”,对脱贫攻坚工……
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None}),
    # http://nanchang.baogaosu.com/xinwen/%E5%AE%89%E5%BE%BD%E7%9C%81%E5%A7%94%E7%AC%AC%E5%85%AD%E5%B7%A1%E8%A7%86%E7%BB%84%E6%98%8E%E6%9F%A5%E9%9D%A2%E4%B8%8A%E9%97%AE%E9%A2%98/37218731
    # (a city aggregator's copy, with its run-together dated byline, of a national paper's story on one provincial group's
    # two years: group 省委第六巡视组 (安徽省委第六巡视组 in the short form, settled 9); no one visit: unit and units left
    # unscored (砀山县 is one place it left); 125 problems and 375 clues are two years' totals over many visits, no one
    # inspection's: figures and problems left unscored; 2013年 and 两年多来 give no dates; no term, round or feedback)
    ("anhui_provincial_sixth_group_two_years_story_aggregator", "http://nanchang.baogaosu.com/xinwen/%E5%AE%89%E5%BE%BD%E7%9C%81%E5%A7%94%E7%AC%AC%E5%85%AD%E5%B7%A1%E8%A7%86%E7%BB%84%E6%98%8E%E6%9F%A5%E9%9D%A2%E4%B8%8A%E9%97%AE%E9%A2%98/37218731", "news", """安徽省委第六巡视组:明查面上问题 暗找违规线索

01.09.2015  10:41

   核心阅读

  2013年,安徽省委第六巡视组在中央要求加强巡视工作的背景下成立。两年多来,按照中央和省委要求,六组注重发现腐败问题及作风不实问题,形成有力震慑,推动问题及时办理。

  截至目前,六组共发现问题125个,移送问题线索375件。其中,95名党员干部受到查处,包括多名县处级领导干部在内的61人被移交司法机关。

  群众反映宿迁市砀山县王军、王强等人存在涉嫌组织领导黑社会性质组织且涉及保护伞问题,安徽省委第六巡视组(以下简称六组)了解相关情况后积极协调相关方面,在省公安厅、省检察院挂牌督办下,公安机关经过7个月奋战,抓获犯罪嫌疑人38人,打掉县公安局副局长等两名保护伞,破获王军团伙案涉及各类刑事案件39起。“我们有了安全感。”巡视组离开砀山县时,当地农民刘厚德特地给六组送了一块匾,上书“人民公仆”四个大字。
""", {"group": "省委第六巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None}),
    # https://china.caixin.com/2014-11-18/100752243.html (a business site: the central inspection deployment meeting of
    # 2014-11, on special inspections; the round is not named in the text: no round, no term; round-level, unit ""; no
    # unit or group named; 18日 gives no start and is a meeting day anyway; 31个省区市和新疆生产建设兵团 is coverage told,
    # no units and no figure; the meeting's 要… are requirements: problems 0)
    ("central_2014_special_inspection_deployment_meeting_business_site", "https://china.caixin.com/2014-11-18/100752243.html", "news", """据中纪委网站消息,中共中央政治局常委、中央纪委书记、中央巡视工作领导小组组长王岐山18日出席中央巡视工作动员部署会并讲话。他强调,要深入贯彻习近平总书记系列重要讲话精神,坚持党要管党、从严治党,落实中央巡视工作方针,在“专”字上做文章,创新组织制度和方式方法,发挥专项巡视的威慑力。
王岐山指出,党中央高度重视加强和改进巡视工作。十八大以来,中央政治局常委会多次听取巡视情况汇报,习近平总书记每次都作出重要指示,为巡视工作指明方向、提出要求。中央巡视工作领导小组狠抓工作落实,中央巡视组用不到两年时间完成了对31个省区市和新疆生产建设兵团的全覆盖,巡视的强度、力度和效果前所未有,形成有力震慑,赢得党心民心。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://bz.heze.cn/html/2011-05/30/content_7_8.htm (a city paper's digital edition: central supervision groups
    # (督导组) of the discipline commission and the organisation department check county and township elections in 14
    # provinces: a 督导 of elections, no party inspection; expects nothing: no unit, group, dates, round, units (the
    # provinces named are examples of where the supervisors went), problems or figures; 5月中旬 and 10-15天 give no days)
    ("central_supervision_groups_county_township_elections_2011", "http://bz.heze.cn/html/2011-05/30/content_7_8.htm", "news", """5月中旬,由中纪委、中组部联合派出督导组,赴河北、山西、内蒙古等14个省(区、市),重点对县乡两级党委换届风气进行监督和检查。督导组在各地驻留10-15天,采取问卷调查、民主测评、个别访谈、查阅材料、受理举报、明察暗访等方法摸查各地换届部署情况。 新华社
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # https://yonyouaud.com/a/news/hangyexinwen/1064.html (an audit software vendor's industry news: provinces' audit
    # bodies coordinate audit rectification with discipline bodies and inspections (巡审联动, 审计先行、巡视跟进): an
    # audit text, no party inspection; the garbled title of Hebei's opinion is kept as the page has it; expects nothing:
    # no unit, group, dates, round, units, problems or figures) (family "news" since the r36 pass, as r29c's
    # xiangcheng_audit_bureau_provincial_feedback_rectification_check was moved in the r30 pass: an industry roundup of
    # audit offices working with inspection offices (巡审联动, 巡察办) is no audit report, and the importer refuses it
    # as naming no inspection document rather than as an audit, which the audit family requires)
    ("provinces_audit_discipline_coordination_roundup", "https://yonyouaud.com/a/news/hangyexinwen/1064.html", "news", """安徽各地出实招、求实效。亳州市审计局与纪委监委成立联合调查组,下沉三县一区,对全市粮食购销领域专项审计整改情况开展“回头看”联合检查。宣城市审计机关与纪委监委建立经常性的沟通和协调机制,通过“巡审联动”整合资源,加强对相关业务信息研判共享,建立信息共享交换机制。肥东县审计局在编制审计项目计划时,与巡察办充分沟通,主动听取、征询巡察办建议,把巡察办针对领导干部进行的政治“体检”结果,以及巡察收集到的人民群众反映强烈的问题纳入审计内容。凤阳县审计局将人大监督的权威性和审计监督的专业性有效结合,对涉及预算编制、执行、调整、决算等情况或重大问题重要事项,双方及时通报相关工作情况。
河北省纪委监委和河北省审计厅联合印发《关于建立减去协同配合机制的意见》。明确四项协调机制,建立健全联络协调机制,安排总联络人统筹协调重大事项的安排部署和推进办理,定期召开由双方有关业务部门参加的工作协调推进会,协同配合责任部门负责提前沟通确定会议内容和议程。建立健全任务协同机制,探索审计先行、巡视跟进、纪检监察机关托底查办的工作模式,形成常态化工作机制。建立健全信息共享机制,省纪委监委机关与省审计厅建立联合监督数据共享机制,实现筛查疑点资源共享。建立健全人员交流机制,优化干部结构,提升队伍素质。
湖北省十堰市委常委会专题学习关于加强纪检监察监督、巡视巡察监督与审计监督贯通协同的有关文件精神,并就具体贯彻落实措施进行了安排部署。加强对县(市、区)贯彻落实情况的督导检查,组织审计整改“回头看”。联合市纪委监委、巡察等对照审计报告、审计决定和审计建议,对去年以来审计项目整改情况进行监督……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://news.ltn.com.tw/news/politics/paper/1724911 (a Taiwanese paper, in traditional script with full-width
    # punctuation: the legislature reviews the reappointment of the auditor-general, who states her audit office's plans
    # and the savings its audits brought: an audit text, no party inspection; 第三條 is an article, 六年 a term of office,
    # no term or round; 一一九三億餘元 is no rectification figure; 十月一日 and 2025/09/20 are no visit's days; expects
    # nothing)
    ("taiwan_auditor_general_reappointment_review_trad", "https://news.ltn.com.tw/news/politics/paper/1724911", "audit", """審計長人事同意權案審查 陳瑞敏：四大面向強化行使審計權

    立法院院會昨進行審計長人事同意權案審查，被提名人陳瑞敏答覆立委詢問。（記者羅沛德攝）

    立法院院會昨進行審計長人事同意權案審查，被提名人陳瑞敏答覆立委詢問。（記者羅沛德攝）

    2025/09/20 05:30

    〔記者林欣漢、劉宛琳、方瑋立／台北報導〕立法院院會昨天進行審計長人事同意權案審查，審計長陳瑞敏表示，若獲立法院同意續任審計長一職，會秉持審計機關「獨立、廉正、專業、創新」核心價值，參考先進國家審計機關與審計專業組織的業務發展方向，以智慧審計、永續審計、韌性審計及共臻善治等四大面向，繼續強化審計職權的行使。

    財劃法衝擊報告 45天內提出

    陳瑞敏任期於今年十月一日屆滿，總統賴清德提名陳瑞敏續任，咨請立法院行使同意權。審計部組織法第三條規定，審計長任期六年，無連任限制。立法院昨上午舉行公聽會、下午召開全院委員會進行審查，朝野黨團推派代表進行詢答。

    陳瑞敏報告指出，近六年度政府各機關依據審計機關審核意見，節省的支出或增加的收入金額達一一九三億餘元。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://tawood.cn/newscenter/system/2023/11/24/030122351.shtml (an unrelated site's traditional-script copy, with
    # pinyin-like doubled characters and a lost character (大美青?蛻(hù)端), of a provincial news site's story: a province's
    # fourteenth committee deploys its fourth round: round-level, unit ""; 十四屆省委第四輪巡視工作動員部署會議 names the
    # round the meeting deploys: term 14, round 4 (二十屆中央第二輪 is a central round's meeting conveyed, not the text's);
    # the round's list is the units as written, simplified, pinyin dropped (settled 8: 海东市, its districts and counties as
    # the list writes them, 西宁市城北区 with its city and 城东区 without, the two provincial enterprises), and the two bodies
    # inspected at a raised level as written (海东市纪委监委机关, 市委组织部, as r31c keeps a 提级巡视 body); 11月下旬至
    # 2024年2月上旬 is told in parts of months: no start, no end (settled 11); the groups are not named: no group; no
    # feedback; the meeting's 緊盯…深入查找… are requirements: problems 0; no figures)
    ("qinghai_fourteenth_term_fourth_round_deployment_list_pinyin_trad", "http://tawood.cn/newscenter/system/2023/11/24/030122351.shtml", "noisy", """青海新聞網(wǎng)·大美青?蛻(hù)端訊 11月23日,十四屆省委第四輪巡視工作動(dòng)員部署會(huì)議召開(kāi),省委常委、省委巡視工作領(lǐng)導(dǎo)小組組長(zhǎng)汪洋出席并講話。會(huì)議傳達(dá)學(xué)習(xí)了二十屆中央第二輪巡視工作動(dòng)員部署會(huì)議精神,宣布了巡視組長(zhǎng)授權(quán)任職及任務(wù)分工決定。
會(huì)議指出,巡視是政治巡視,要準(zhǔn)確把握習(xí)近平總書(shū)記對(duì)做好青海工作和深化國(guó)有企業(yè)發(fā)展的重要要求,緊盯權(quán)力和責(zé)任,緊盯“一把手”和領(lǐng)導(dǎo)班子,緊盯群眾反映強(qiáng)烈的問(wèn)題,深入查找落實(shí)黨中央重大決策部署和省委工作要求方面的政治偏差,切實(shí)提高政治監(jiān)督能力,推動(dòng)巡視工作高質(zhì)量發(fā)展。
……
本輪巡視將于11月下旬至2024年2月上旬,對(duì)海東市及所屬樂(lè)都區(qū)、平安區(qū)、民和縣、互助縣,西寧市城北區(qū)、城東區(qū)、湟中區(qū)、大通縣、湟源縣,省國(guó)有資產(chǎn)投資管理有限公司、省交通控股集團(tuán)有限公司開(kāi)展常規(guī)巡視,對(duì)海東市紀(jì)委監(jiān)委機(jī)關(guān)、市委組織部提級(jí)巡視。
""", {"unit": "", "units": ["海东市", "乐都区", "平安区", "民和县", "互助县", "西宁市城北区", "城东区", "湟中区",
                            "大通县", "湟源县", "省国有资产投资管理有限公司", "省交通控股集团有限公司",
                            "海东市纪委监委机关", "市委组织部"],
      "group": None, "term": 14, "round": 4, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://chengxinlibo.com/csxw/23083.html (an unrelated site's machine-spun copy of a broadcast documentary's script on
    # central look-backs, with lost digits (194年, 年10月) and spun terms (回顾 for 回头看, 第18次中央第9次巡视 for a
    # committee's round): several visits and rounds told, none the text's: unit, units, group, term, round and problems
    # left unscored (a reader cannot settle the spun round); 从去年11月到去年1月 gives no year: no start, no end; no
    # feedback; 9908字 and 16个省区市 are no figures)
    ("central_look_back_documentary_spun_copy", "http://chengxinlibo.com/csxw/23083.html", "noisy", """本篇文章9908字,读完约25分钟

【情报广播:回顾新闻广播的小组】

【解说词】从第18次中央第9次巡视开始,出现了引人注目的新词:回顾。 一时十八大以来受到巡视的省区市,再次迎来中央巡视节目的巡视。 现在对北京、天津、重庆、辽宁等16个省区市杀了回马枪。

【回顾纪录片】

【解说词】回顾是十八次中央巡视的重大制度创新。 习近平总书记于194年首次提出了回顾巡视的构想。 年10月,习近平总书记在听巡视报告时指出:“巡视的31个省区市,不仅仅是巡视就结束了,还经常冒犯,杀马枪,让人感到侥幸。” 年2月,习近平总书记说:“应该对省区市进行‘回顾’。 特别是对于没有任何改善能力、验尸不充分、没有发抖的地区,不要优先安排,让他们认为巡视是‘一阵风’”。
……
【解说词】虞海燕,甘肃省委原常务委员会,原副省长。 从去年11月到去年1月,中央第三巡视组对甘肃展开了“回顾”巡视,巡视结束后的第5天,虞海燕被中央纪委带走审查。 他落马的背后有着长期的竞争,这是年中央巡视节目第一次巡视甘肃。

张立平(时任中央第三巡视组工作人员) :第一次巡视时,对虞海燕问题的反映比较集中。 比如,他的亲属利用其职务影响生意,想得到私利。 巡视组已经发现违反虞海燕,欠国有公司大量资金等问题。
……
""", {"start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- texts in SHARES_TEMPLATE ---------------------------------------------------------------------------------------
    # http://nanchang.baogaosu.com/xinwen/%E5%B9%B4%E4%B8%AD%E5%A4%AE%E7%AC%AC%E4%B8%89%E8%BD%AE%E5%B7%A1%E8%A7%86%E8%BF%9B%E9%A9%BB%E5%85%A8%E9%83%A8/26941939
    # (a city aggregator's copy, with its run-together dated byline and the title twice, of a news agency's story: the
    # 2014 central third round has entered all thirteen bodies: round-level, unit ""; 2014年中央第三轮巡视: round 3, no
    # term; the thirteen bodies, all named before 等13个单位, are the round's units as written (as r25 reads the same list);
    # 近期 gives no day: no start; several groups, no group; no feedback; no figures) -- SHARES_TEMPLATE (r25's
    # central_2014_third_round_thirteen_bodies_copy: the same round and its announced list word for word)
    ("central_2014_third_round_thirteen_bodies_entered_aggregator", "http://nanchang.baogaosu.com/xinwen/%E5%B9%B4%E4%B8%AD%E5%A4%AE%E7%AC%AC%E4%B8%89%E8%BD%AE%E5%B7%A1%E8%A7%86%E8%BF%9B%E9%A9%BB%E5%85%A8%E9%83%A8/26941939", "rounds", """2014年中央第三轮巡视进驻全部13个单位(图)

01.12.2014  15:11

2014年中央第三轮巡视进驻全部13个单位(图)

  中新网12月1日电 据中央纪委监察部网站消息,经中央批准,2014年中央第三轮巡视将对文化部、环保部、中国科协、全国工商联、中国国际广播电台、南方航空、中国船舶、中国联通、中国海运、华电集团、东风汽车、神华集团、中石化等13个单位进行专项巡视。近期,中央巡视组已全部进驻上述单位并召开动员会。
""", {"unit": "", "units": ["文化部", "环保部", "中国科协", "全国工商联", "中国国际广播电台", "南方航空", "中国船舶", "中国联通",
                          "中国海运", "华电集团", "东风汽车", "神华集团", "中石化"],
      "group": None, "term": None, "round": 3, "start": None, "end": None, "feedback_date": None, "figures": []}),
]
