"""Outside texts of batch r33-held, collector D's share (issue 14), held out: special rounds by subject and their
rectification, crossed (交叉), raised-level (提级) and linked (上下联动, 市县联动) rounds, look-backs (回头看) and
rectification assessments, and noisy copies (traditional script, pinyin in brackets, doubled commas, garbled characters,
a betting site's name written into the text, mirror domains) of texts whose bodies are in no other collector's share,
collected with the search tool from public pages that are in no earlier batch. Each address was grepped, with and
without www./m./mip./wap. and its query string, in every tests/imports/parsing/outside_*.py (outside_c, outside_new,
outside_set, r6-r32d) and test_outside_documents.py, and two or three distinctive names or phrases of each text
(simplified and traditional script: people, towns, bodies, round strings, figures) likewise; every text was then compared
with `bench/outside_overlap.py tests/imports/parsing/outside_r33d.py` (see the end of this docstring). Their fields are
written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the collector
read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case,
extract and score, outside_r24.py's docstring, and the brief); the integrator runs them once, and that run is the honest
figure for unseen texts.

Sources. 15 texts from the search tool's "pages" corpus, 14 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for this share: of about 190 candidate addresses checked in about 60
queries, about nine in ten were earlier batches' (every hit for business environment, grain, medical insurance,
education, ecological, safety, ideology, anti-gang and development-zone special rounds; every crossed-round notice
(Yinan, Zhangzhou, Fujian's 456 groups, Wuwei, Shenzhen 2022, Zhaoqing's look-back); every raised-level and linked notice
(Xianning, Yancheng, Anqing at Tongcheng, Changzhou's fourth round, Yunnan's development zones in two copies); every
look-back found by name (Wuzhong, Yongde, Funing, Qianyang, Fanchang, Wenzhou's eighth round, Fuzhou's seventh round,
Fengning's and Nanling's villages) and the central 2014 third round's deployment copied on a forum (its entries are r25's
and r27c's: left out)). Left out after reading: county regular rounds at townships and departments (Wuyang's four
townships, Nanshan's health committee, Hengshan, Qin'an, collector B's share), enterprises' rounds (a provincial
state-assets committee at two port companies, collector A's share), central rounds of places (a central poverty special
inspection's look-back rectified at a township, collector C's share), a Tongren mid-term hearing of a regular city round,
and a township's mobilisation of a county round joined to a rural revitalisation look-back (Baihe's Cangshang town),
which collector B's outside_r33b.py holds (baihe_sixth_round_second_group_cangshang_town_mobilisation): dropped from this
file. What still gave new texts: a city's look-back round at four named bodies (Changzhou 2021), a city's round of
look-back, raised-level and crossed linked inspections of courts (Siping, traditional script), a city's look-back, linked
and raised-level round (Tongren 2021, traditional script with pinyin), a city's round with look-backs on a mirror that
writes a betting site's name into the text (Suzhou 2023), a Chongqing county's round with look-backs at 21 bodies on a
mirror domain, a county's linked rounds with the city's groups (Jiyang, traditional script with pinyin, no address), a
county's crossed village inspection story (Tonglu), a city's rectification supervision meeting (Tongren 2020), three
rectification assessment methods (a city's, Hengshui's look-back standards, Fufeng's), and four texts that are no party
inspection: a county's safety production patrol (安全生产巡查) on a mirror, an inspection-audit linkage pilot meeting on a
garbled mirror, the central eco-environmental inspectorate's 2024 feedback (生态环境保护督察) in traditional script with
pinyin and doubled commas, and a district discipline commission's cross-checks (交叉互查) in traditional script with pinyin
and doubled commas.

Families and counts (15 texts, none in SHARES_TEMPLATE; 15 measured). rounds 1, measured, a list of bodies:
changzhou_twelfth_term_fifteenth_round_four_bodies_look_back (4 units, term 12, round 15); news 6, all measured:
tongren_rectification_supervision_joint_meeting_fifth_sixth_rounds (a figure),
tonglu_crossed_village_inspection_heling_village_story (absences only), city_rectification_assessment_method_five_indicators,
hengshui_look_back_comprehensive_assessment_standards and fufeng_rectification_assessment_method_deduction_scores
(round-level "" and absences), and one expecting nothing: xiangtan_county_safety_production_patrol_no_inspection
(安全生产巡查); progress 0; audit 0; noisy 8, all measured:
siping_seventh_term_seventh_round_courts_look_back_raised_level_crossed_trad (traditional script: 1 unit, term 7, round
7, start and end), tongren_second_term_ninth_round_look_back_linked_raised_level_pinyin_trad (traditional script with
pinyin: term 2, round 9), suzhou_thirteenth_term_fourth_round_entries_look_back_betting_name_copy (a betting site's name
in the text: term 13, round 4), chongqing_county_fourteenth_term_fourteenth_round_look_back_twenty_one_bodies_mirror (a
mirror domain: term 14, round 14), jiyang_linked_rounds_city_groups_clues_83_pinyin_trad (traditional script with
pinyin: a clues figure), and three expecting nothing: city_inspection_audit_linkage_pilot_meeting_garbled_mirror
(question marks for lost characters), central_eco_environmental_inspectorate_2024_feedback_doubled_commas_pinyin_trad
(生态环境保护督察) and guichi_discipline_cross_checks_third_round_doubled_commas_pinyin_trad (a discipline commission's
交叉互查). Round lists measured: 2 (Changzhou's four bodies; Siping's one named body beside counted courts).

Fields read: 33 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 99 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by my count, all
outside SHARES_TEMPLATE. By family: rounds 7 fields and 4 absence checks, news 6 and 45, noisy 20 and 50, progress and
audit 0 and 0. Figures read: measures 1 (Tongren's 落实整改措施3900余项, as r30 reads 制定、修订制度100余项 as 100),
clues_transferred 1 (Jiyang's 首輪巡察共發現問題線索83個, settled 6).

Reading conventions (outside_set.py's "Settled conventions" 1-16 and the written conventions of outside_r24.py's and the
r25-r32 docstrings, followed exactly): a day without a year gives no date unless the text or its dated line gives its
year (Siping's 9月10日 and 11月10日 take 2021 from the page's dated line 發布時間:2021-09-09; Tongren's 4月7日, the Chongqing
county's 11月5日 and Xiangtan's 6月20日 have none), and 近日, 日前 and 近期 give no day; a span told in parts of months gives
no day (settled 11: Changzhou's 自2021年8月上旬至9月上旬); 截至…完成进驻 is no start (r28's and r31c's reading: Tongren's
截至4月7日…完成首批進駐, the county's 截至11月5日…全部完成进驻), a meeting day is no start (settled 10), a planned length is no
end (2个月左右, 约1个月, 为期2个月左右), and a letters deadline is no end (r29's reading: 受理信访时间统一截止到2020年12月25日); a
round or term named with the committee that runs it, or named as the one a meeting deploys or groups enter for, is the
text's (七屆市委第七輪, 二屆銅仁市委第九輪, 十三届市委第四轮 conveyed at the mobilisations of its own groups, 十四届县委第十四轮),
but a round only heard (十四届县委第十三轮, heard by the county secretary) is not, nor two rounds told together (第五轮和第六轮);
bodies named in full in a round's list are its units (Changzhou's four, 等4个 closing a list of four), bodies named as
examples before a larger count leave the units unscored (县农业农村委等21个单位, 農業農村局、民宗委、應急管理局等9個單位), counted
bodies and bodies told by kind are no units (5個縣(市)區人民法院, 麻音塘街道19個村, 宣传文化系统, and 6个辖市区 and 常州经开区,
whose inspection work is only guided); groups without a number of their own (市委2个“回头看”巡察组, 3個巡察組, 5个巡察组,
交叉巡察组, 市委巡察組) are none; a count of two kinds together is no figure (settled 16: Tongren's 问责和约谈1000余人次);
weights, scores, indicators, grades, attendances and staff are no figures; 生态环境保护督察, 安全生产巡查, a discipline
commission's 交叉互查 and a pilot meeting on 巡审联动 are no party inspection: nothing expected (as r32d reads a 政治督察);
expected values of traditional-script texts are written simplified and without the pinyin.

What I was unsure of, and how I read it: the share lines. The Changzhou and Suzhou rounds are city rounds at city bodies
with look-backs (not the county departments, townships and villages of collector B's share), and the Chongqing county's
round has 21 look-back bodies beside four regular ones: all three are taken here for their look-backs (the other r33
files hold none of them; the one text B also took, Baihe's Cangshang, was dropped). Siping's start and end are read
from the round's stated span with the dated line's year (a reader who refuses the dated line's year would leave them
absent). Tongren's rectification meeting counts 3900余项 measures over two rounds: read as the measures figure, its
round left unscored; a reader who takes 落实整改措施 as completed measures would differ. Jiyang's 首輪巡察 and 十三屆縣委任期內
are left unscored (the five-year plan is the thirteenth county committee's; whether the first round with 83 clues is
that committee's first linked round the excerpt does not make plain); its 83 clues are read as the clues figure (settled
6). The Chongqing county's regular bodies (县水利局、县医疗保障局、县风景名胜管理中心、县公路事务中心) are listed in full but the
look-back bodies by example, so the units are left unscored as a whole (a reader scoring the four would be answered by
an importer also listing 县农业农村委). Tonglu's story: the crossed group's village (合岭村) is the setting of a case, as
r23's and r32d's village stories read villages: unit unscored, absences kept; its punishments (3人, 报账员) are left
unscored; r29d's crossed_inspections_report_xianning_tonglu_spun_copy (a national roundup, another kind) quotes the
story's paragraph on how Tonglu staffs its crossed groups, which states no field and is cut from this excerpt. Suzhou's
mirror replaces 关于 by a betting site's name (澳门皇冠赌场_澳门皇冠游戏-投注app官网): the copy is kept as it is. The assessment
methods (a city's, Hengshui's, Fufeng's) are three texts of one kind on three places, measured on absences; the city's
and Fufeng's share their method's wording (巡察整改成效评估办法(试行), 评估实行减分制考核,基础分), two places' methods on one
model. Portals shared with earlier batches hold other places' or other rounds' texts: jjw.changzhou.gov.cn
(outside_new's changzhou fourth round, r13's youth league, r18's, r19's and r29b's texts: other rounds and kinds),
mmshw.com (r24's sinan veterans bureau), rcwkj.com (r7's, r26d's and r32d's Guichi texts: other texts and kinds),
hzlz.hangzhou.com.cn (r9, r25, r28: other articles), hebcdi.gov.cn (r17's hengshui_provincial_look_back_progress, a
Hengshui progress report on a provincial inspection, another kind, sharing only the portal's dated line), gz.people.com.cn
and 52wkr.cn (none): none put in SHARES_TEMPLATE.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r33d.py` (15 texts against 1899 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)", which r32d's
malong_district_look_back_six_bodies_one_township_completed_122 also carries); 79 pairs share more than 3 shingles, 6 of
them more than 3 beyond the tool's formulas: the two assessment methods with each other (14, see above), Suzhou with
r24's chinalco_copper_2025_second_round_four_bodies_entry (9, the formula 巡察组将在被巡察单位现场工作2个月左右), Guichi's
cross-checks with r32d's diqing linked round (7, the pinyin of 協作聯動), Hengshui with r17's Hengshui progress report (5,
the portal's dated line), Xiangtan with outside_new.py's ihwrm (4, the method formula 听取汇报、个别谈话、查阅资料), Tongren 2021 with r31c's Yunnan
eleventh term fourth round (4, the mobilisation formula 工作動員會。會前,各巡); below that line the pinyin of 聯動, 發現, 動員會,
表態發言 and 生態環境 and the formulas 期间设专门值班电话、专门邮政信箱等 and …情况汇报时的讲话精神,通报了有关工作安排; the longest
shared run is 27 characters (pinyin included); the tool counts two texts as sharing more than its formulas with the seeds,
both official wordings (Fufeng's 坚持目标导向、问题导向、结果导向, the Chongqing county's 意识形态工作责任制落实情况专项检查). The other
collectors' files that existed at the end, outside_r33.py (16 texts), outside_r33b.py (13) and outside_r33c.py (15), were
compared (addresses normalised without scheme, www./m./mip./wap. and query string; hosts; 12-character shingles): no
address or host is shared now that Baihe's Cangshang is dropped (it shared 197 shingles and its address with r33b's
baihe_sixth_round_second_group_cangshang_town_mobilisation); two pairs share more than 3 shingles, formulas and pinyin
only (Tongren 2021 with r33's nantong_health_school_city_fifth_group_mobilisation_trad, 4; Guichi's cross-checks with
r33's optometry_department_college_second_group_feedback_trad, 7).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = ()

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R33D = [
    # --- rounds: a city's look-back round ------------------------------------------------------------------------
    # https://jjw.changzhou.gov.cn/html/jw/2021/DOPMPFJD_0812/23039.html (a city's twelfth committee's fifteenth round,
    # look-backs only: term 12, round 15; the four bodies named in full before 等4个 are the round's units, as written;
    # the six county-level districts and the development zone whose inspection work is only guided (指导督导) are no
    # units; 日前 gives no day and 自2021年8月上旬至9月上旬 is told in parts of months: no start, no end (settled 11); 约1个月 is
    # a planned length; 市委2个“回头看”巡察组 have no number: no group)
    ("changzhou_twelfth_term_fifteenth_round_four_bodies_look_back", "https://jjw.changzhou.gov.cn/html/jw/2021/DOPMPFJD_0812/23039.html", "rounds", """日前,十二届市委第十五轮巡察陆续完成进驻。本轮巡察将对市红十字会、市妇联、市政务服务管理办公室、市住房公积金管理中心等4个党组织开展巡察“回头看”,对6个辖市区和常州经开区巡察工作开展指导督导。
根据计划安排,自2021年8月上旬至9月上旬,市委2个“回头看”巡察组将进驻被巡察单位工作约1个月,期间设专门值班电话、专门邮政信箱等,巡察组每天受理电话的时间为工作日:9:00—17:00。……
""", {"unit": "", "units": ["市红十字会", "市妇联", "市政务服务管理办公室", "市住房公积金管理中心"], "group": None, "term": 12,
      "round": 15, "start": None, "end": None, "feedback_date": None}),
    # --- news: rectification supervision, a crossed village story, assessment methods, a safety patrol ---------------
    # http://gz.people.com.cn/n2/2020/0717/c369574-34163247.html (a city's joint meeting on supervising the
    # rectification of its fifth and sixth rounds: two rounds, so the round is left unscored; no term; no body named:
    # round-level "", no units; no group; 日前 gives no day; 落实整改措施3900余项 is the measures figure (3900, as r30 reads
    # 100余项); 问责和约谈1000余人次 counts two kinds together: no figure (settled 16); 审核意见80多条 is no metric)
    ("tongren_rectification_supervision_joint_meeting_fifth_sixth_rounds", "http://gz.people.com.cn/n2/2020/0717/c369574-34163247.html", "news", """“严格审核巡察整改方案和整改报告,开展常态化监督检查,督促第五轮和第六轮被巡察单位落实整改措施3900余项,问责和约谈1000余人次……”日前,铜仁市召开市委巡察整改监督工作联席会议,市纪委监委党风政风监督室主要负责人通报了巡察整改日常监督工作开展情况。
为推动巡察整改落地落实,深化巡察成果运用,铜仁市制定出台《铜仁市巡察工作协作联动暂行办法》《铜仁市巡察成果运用督查督办暂行办法》《铜仁市委巡察整改监督工作联席会议制度》等规定,不断建立完善巡察机构与纪委监委、组织部、审计局等部门协作联动机制,整合监督力量,凝聚监督合力,以“监督常在”推动巡察整改常态化、长效化。
“派员参加被巡察单位整改专题民主生活会,书面反馈巡察整改方案和整改进展情况报告审核意见80多条……”铜仁市委组织部紧盯巡察发现的党建工作和选人用人方面问题,建立巡察反馈问题整改监督工作台账,及时跟踪、督促被巡察单位落实整改责任。
……
""", {"unit": "", "units": [], "group": None, "term": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("measures", 3900)]}),
    # https://hzlz.hangzhou.com.cn/articles/18058.html (a county's crossed village inspections told through one case:
    # the village (合岭村) is the setting of a case the crossed group found, as r23's and r32d's village stories read
    # villages: unit unscored; 交叉巡察组 has no number: no group; no term, round or day; 6万元 and the punished (3人,
    # 报账员) are left unscored)
    ("tonglu_crossed_village_inspection_heling_village_story", "https://hzlz.hangzhou.com.cn/articles/18058.html", "news", """“村干部给村里做了不少事,我们信得过!”桐庐县合岭村村民对村干部赞不绝口;“账面收支平衡,没啥纰漏啊。”巡察组进驻前期,巡察的同志也没发现问题。
真的没问题吗?交叉巡察组仔细对比财务票据,一笔“西进富春大岭图新农村建设奖励资金”补助款引起了巡察组的警觉。
……
证据面前,农庄负责人迅速交代了该补助款实际为合岭村委在该农庄开支的招待费用。村党总支书记邵某某等人授意村财务人员通过虚立名目的方式套取村集体资金6万元用于违规支付村级招待费的违纪事实浮出水面。最终,党总支书记邵某某、村委主任邢某某、村监委主任朱某某等3人分别受到严重警告处分;报账员方某某受到警告处分。
……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None}),
    # https://gyxww.net/view/86896.html (a city's new method of assessing rectification, told by its inspection office:
    # no inspection visit, no body: round-level "", no units; no group, term or round; 6月20日 has no year and is the
    # reporter's day: no date; 5项指标, 100分, 4个等次 and 一个月内 are the method's: no figures)
    ("city_rectification_assessment_method_five_indicators", "https://gyxww.net/view/86896.html", "news", """6月20日,记者从市委巡察办了解到,今年我市出台了《巡察整改成效评估办法(试行)》,为巡察整改建立量化打分考核机制,推动巡察整改落到实处、取得实效,做细做实巡察工作“后半篇文章”。
巡察整改成效量化评估适用于市属已被巡察党组织,评估工作坚持定性与定量相结合、落实与效果相结合、自评与测评相结合的原则。共设置整改研究部署、整改任务落实、整改组织落实、满意度测评、综合评价5项指标,……
巡察整改评估工作在被巡察党组织集中整改期满后一个月内开展。评估实行减分制考核,基础分为100分。采取听取汇报、座谈交流、实地走访、查阅资料等方式,对照指标体系,逐项进行评估。整改评估结果分为“好”“较好”“一般”“差”4个等次。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.hebcdi.gov.cn/2018-08/16/content_6993395.htm (a city's standards for assessing its look-back at the
    # rectification of its rounds: no visit and no body named: round-level "", no units; no group, term or round; the
    # page's dated line (2018-08-16) is no visit's day; 20项, 7项, 35%, 40分, 40%, 5项及以上 and 0分 are the standards'
    # weights and thresholds, no figures (a careless reader might take 35% or 40% for a completion rate))
    ("hengshui_look_back_comprehensive_assessment_standards", "http://www.hebcdi.gov.cn/2018-08/16/content_6993395.htm", "news", """衡水:科学制定整改“回头看”综合评估标准

来源:河北省纪委监委网站发布时间:2018-08-16 08:18:06

    衡水市把市委巡察整改“回头看”综合评估工作摆在突出位置,结合工作实际,按照精、实、严要求制定评估标准,为市委巡察整改“回头看”工作深入开展打造科学标尺。
    评估标准设四大类评估指标,将基本评估指标细化为责任落实、方案措施、实际效果、问题线索处置、公开监督5类20项内容,……
    在制定评估标准过程中,始终把整改效果作为重点评估内容。加强分值权重,从评估内容看,20项基本评估指标中涉及整改效果类的指标最多,达到7项,占比35%;从分值来看,基础评估指标总计100分,整改效果类为40分,占比达到40%。给予一票否决,在基本评估指标内容中,检查评估发现报告与事实不符5项及以上的,视该单位搞形式主义、弄虚作假,否决其综合评估,记0分处理。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://sxlzgc.org/news_show.aspx?id=5204 (a county's new method of assessing rectification: no visit and no body:
    # round-level "", no units; no group, term or round; 近日 gives no day; 100分, 4项指标, 23项, 15分, 60分, 10分 are the
    # method's scores: no figures)
    ("fufeng_rectification_assessment_method_deduction_scores", "http://sxlzgc.org/news_show.aspx?id=5204", "news", """宝鸡扶风:出台巡察整改成效评估办法

近日,扶风县委巡察工作领导小组出台《扶风县巡察整改成效评估办法(试行)》(以下简称《办法》),围绕巡察整改评估主体和评估对象、评估组织及流程、评估指标体系、评估结果及运用等方面建立巡察整改量化考评机制,推动巡察整改落到实处、取得实效。
细化评估标准,解决好“评什么”的问题。《办法》明确,评估工作坚持目标导向、问题导向、结果导向,将承担巡察整改任务的被巡察党组织及班子成员作为评估适用对象。评估实行减分制考核,基础分100分,共设置“组织领导”“责任落实”“整改任务完成”“满意度测评”4项指标、23项减分内容。其中“组织领导”指标……占15分;“责任落实”指标……占15分;“整改任务完成”指标……占60分;“群众满意度”指标……占10分,力求科学、客观、准确。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://qhzxh.com/html/htmlnews_156933.html (a mirror domain's copy of a county's safety production patrol
    # (安全生产巡查, the safety committee's, led by the safety bureau) at a township: no party inspection, though the text
    # says 开展巡察工作: nothing expected (the patrol group is no inspection group, 6月20日 has no year, 为期2个月左右 is a
    # planned length, 60余人 no figure), as r32d reads a 政治督察)
    ("xiangtan_county_safety_production_patrol_no_inspection", "https://qhzxh.com/html/htmlnews_156933.html", "news", """工作动员会现场。
红网湘潭县分站6月21日讯(通讯员 周城 周文)6月20日上午,我县安全生产巡查第二小组在排头乡召开安全生产巡查工作动员会议。排头乡全体党政负责人、安委会成员单位负责人、企业负责人、村级安全信息员等60余人参加此次会议。
会上,县安全生产巡查第二小组组长作动员讲话。根据湘潭县安全生产巡查工作方案,县安全生产巡查第二小组将在排头乡开展为期2个月左右的安全生产巡查,重点对排头乡贯彻落实落实县委、县政府及上级关于安全生产工作决策部署情况以及按照该乡履行安全生产属地监管责任情况等方面进行巡查。巡查组综合运用听取汇报、个别谈话、查阅资料、重点抽查等形式开展巡察工作。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy: traditional script, pinyin in brackets, doubled commas, a betting name, garbled characters, mirrors -----
    # http://www.52wkr.cn/new.asp?id=8210 (a mirror's traditional-script copy of a city's seventh committee's seventh
    # round: a look-back at the city court, raised-level inspections of five county courts and crossed linked inspections
    # of the counties' rural revitalisation: term 7, round 7 (七屆市委第七輪, the round deployed); the one body named,
    # 市中级人民法院 (revisited), is the round's unit, written simplified; the five county courts are counted: no units; 3個巡察組
    # and 5個“交叉”聯動巡察組 have no number: no group; 9月8日 is the meeting's day; the round's stated span 從9月10日開始至11月10日結束
    # takes its year from the page's dated line (發布時間:2021-09-09): start 2021-09-10, end 2021-11-10)
    ("siping_seventh_term_seventh_round_courts_look_back_raised_level_crossed_trad", "http://www.52wkr.cn/new.asp?id=8210", "noisy", """精準發現問題 增強監督質效
七屆市委第七輪巡察工作動員部署會召開
來源:中共四平市委巡察工作辦公室 發布時間:2021-09-09 閱讀次數:32592
9月8日,市委巡察工作領導小組召開七屆市委七輪巡察工作動員部署會議。市委常委、市委巡察工作領導小組組長顏廷民出席會議并講話。
會上,宣布了七屆市委第七輪巡察組長授權任職及任務分工決定。
會議強調,……組織開展對縣(市)區鄉村振興戰略實施情況開展“交叉”聯動巡察,開展對市、縣(市)區人民法院開展巡察“回頭看”和提級巡察,檢查上輪巡察整改和審計發現問題整改情況。要強化上下聯動,努力發揮巡察綜合監督平臺作用。……
本輪巡察從9月10日開始至11月10日結束。市委派出3個巡察組,對市中級人民法院開展巡察“回頭看”、對5個縣(市)區人民法院開展提級巡察。組織各縣(市)區成立5個“交叉”聯動巡察組,對各縣(市)區鄉村振興戰略實施情況開展“交叉”聯動巡察。
""", {"unit": "", "units": ["市中级人民法院"], "group": None, "term": 7, "round": 7, "start": date(2021, 9, 10),
      "end": date(2021, 11, 10), "feedback_date": None}),
    # https://mmshw.com/html/2021/benjixuncha_0408/19742.html (a mirror's traditional-script copy, pinyin in brackets,
    # of a city's second committee's ninth round of look-backs, linked and raised-level inspections: term 2, round 9
    # (二屆銅仁市委第九輪, the place written between term and committee); the look-back bodies are named as examples before a
    # count (農業農村局、民宗委、應急管理局等9個單位): units unscored; the nineteen villages of 麻音塘街道 are counted and the
    # street only qualifies them: no units (settled 8); 截至4月7日…完成首批進駐 is no start; 5個巡察組 have no number: no group)
    ("tongren_second_term_ninth_round_look_back_linked_raised_level_pinyin_trad", "https://mmshw.com/html/2021/benjixuncha_0408/19742.html", "noisy", """截至4月7日,二屆銅仁市委第九輪巡察5個(gè)巡察組已完成首批進(jìn)駐。
按照市委統(tǒng)一安排部署,本輪巡察采取“巡察‘回頭看’+聯(lián)動(dòng)巡察+提級巡察”的方式,市縣聯(lián)動(dòng)對農(nóng)業(yè)農(nóng)村局、民宗委、應(yīng)急管理局等9個單位黨組織開展巡察“回頭看”,同時(shí)對大龍經(jīng)開區(qū)麻音塘街道19個村(社區(qū))黨組織開展提級巡察。首批進(jìn)駐的被巡察單位已分別召開了巡察工作動(dòng)員會(huì)。會(huì)前,各巡察組與被巡察單位黨組織主要負(fù)責(zé)人見面溝通,傳達(dá)中央、省委和市委關(guān)于巡視巡察工作有關(guān)要求,通報(bào)巡察工作安排;會(huì)上,各巡察組組長作了動(dòng)員講話,對做好巡察工作提出明確要求,被巡察單位黨組織主要負(fù)責(zé)人作表態(tài)發(fā)言。
……
""", {"unit": "", "group": None, "term": 2, "round": 9, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://ygxxcl.com/szsrmzf/szyw/202312/f8633c94046141a98ad5237310a3ca16.shtml (a mirror of a city government's page
    # that writes a betting site's name into the text (澳门皇冠赌场_澳门皇冠游戏-投注app官网 where 关于 stood): the city's
    # thirteenth committee's fourth round entered, regular rounds and look-backs: term 13, round 4 (十三届市委第四轮, conveyed
    # by the groups at their own mobilisations: the round they enter for); the bodies are told by kind (宣传文化系统, 统战系统,
    # 人民团体), none named: round-level "", no units; 市委各巡察组 have no number: no group; 近日 gives no day, 2个月左右 is a
    # planned length: no start, no end)
    ("suzhou_thirteenth_term_fourth_round_entries_look_back_betting_name_copy", "http://ygxxcl.com/szsrmzf/szyw/202312/f8633c94046141a98ad5237310a3ca16.shtml", "noisy", """根据市委统一部署,近日,市委各巡察组陆续进驻,并公布联系方式。
被巡察党组织分别召开市委巡察进驻动员会。会上,市委各巡察组组长作动员讲话,传达全市巡察工作会议暨十三届市委第四轮巡察动员部署会精神,对贯彻落实习近平总书记澳门皇冠赌场_澳门皇冠游戏-投注app官网巡视工作重要论述和全省巡视巡察工作会议精神提出要求。
巡察期间,市委各巡察组紧扣“四个聚焦”,紧盯本轮被巡察党组织职能责任和“关键少数”,准确把握宣传文化系统为党和国家事业发展提供思想保证和精神力量、统战系统巩固和发展最广泛爱国统一战线、人民团体组织动员广大人民群众为完成党的中心任务而奋斗等职责特点开展常规巡察,同时开展巡察“回头看”,强化贯通协同、凝聚监督合力,……努力以巡察监督新成效护航苏州高质量发展。
市委巡察组将在被巡察单位现场工作2个月左右,设专门值班电话、专门邮政信箱等。……
""", {"unit": "", "units": [], "group": None, "term": 13, "round": 4, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://djmvtrix.com/jjc/html/2020-11/09/content_51145694.htm (a mirror domain's copy of a Chongqing county's
    # fourteenth committee's fourteenth round: four bodies inspected regularly and 21 looked back at: term 14, round 14
    # (启动十四届县委第十四轮巡察); the thirteenth round is only heard by the county secretary: not the text's; the look-back
    # bodies are named by example before a count (县农业农村委等21个单位), so the units are left unscored as a whole; the
    # 意识形态 special check (县水利局等4个部门) is no round; 近日 gives no day, 截至11月5日…全部完成进驻 is no start, 2个月 is a
    # planned length and the letters deadline (2020年12月25日) is no end; 5个巡察组 have no number: no group)
    ("chongqing_county_fourteenth_term_fourteenth_round_look_back_twenty_one_bodies_mirror", "https://djmvtrix.com/jjc/html/2020-11/09/content_51145694.htm", "noisy", """经县委批准,近日,我县启动十四届县委第十四轮巡察。本轮巡察县委组建5个巡察组,巡察时间为2个月,其中第一、第二巡察组采取“一托二”方式,对县水利局、县医疗保障局、县风景名胜管理中心、县公路事务中心4个部门开展常规巡察;第三、第四、第五巡察组对县农业农村委等21个单位开展巡察“回头看”。 巡察期间,同步开展对县水利局等4个部门的意识形态工作责任制落实情况专项检查。
近日,县水利局等4个被巡察单位分别召开了巡察工作动员会及见面沟通会,传达了县委书记徐世国在听取十四届县委第十三轮巡察情况汇报时的讲话精神,通报了有关工作安排;……截至11月5日,县委各巡察组已全部完成进驻。
……同时,通过看整改责任落实情况,看整改任务完成情况,看整改前后的政治生态变化情况,看推动工作发展情况,“再巡察”“再了解”,形成“再震慑”,扎实抓好巡察“回头看”。
巡察期间,县委各巡察组设置了专门的联系电话、电子邮箱,方便广大干部职工和社会各界反映情况。巡察组受理信访时间统一截止到2020年12月25日。
关于我们 | 网站声明 | 返回首页
主办单位:中共重庆市纪律检查委员会 重庆市监察委员会
""", {"unit": "", "group": None, "term": 14, "round": 14, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # search corpus pages (no URL returned) (a traditional-script copy, pinyin in brackets, of a county's account of
    # its linked rounds with the city's groups: no body named: round-level "", no units; 市委巡察組 has no number: no group;
    # 首輪巡察 and 十三屆縣委任期內 (the five-year plan's) are left unscored (whose first round the excerpt does not make plain);
    # 首輪巡察共發現問題線索83個 is the clues figure (settled 6); no day)
    ("jiyang_linked_rounds_city_groups_clues_83_pinyin_trad", "search corpus pages (no URL returned)", "noisy", """濟(jì)陽縣在認(rèn)真做好本縣巡察工作的同時(shí),積極配合市委巡察組做好上下聯(lián)動(dòng)巡察工作,發(fā)揮了“1+1>2”的效應(yīng)。據(jù)統(tǒng)計(jì),首輪巡察共發(fā)現(xiàn)問題線索83個(gè),起到了很好的利劍震懾作用,收到了良好的政治和社會(huì)效果。
超前謀劃 主動(dòng)對(duì)接
為更好地開展上下聯(lián)動(dòng)巡察工作,推動(dòng)全面從嚴(yán)治黨向基層延伸。濟(jì)陽縣在工作規(guī)劃、巡察重點(diǎn)、工作思路等方面確立“一盤棋”思想。制定了十三屆縣委任期內(nèi)巡察工作五年規(guī)劃,實(shí)現(xiàn)了與市委巡察同步,為上下聯(lián)動(dòng)巡察工作打好基礎(chǔ)。
……
""", {"unit": "", "units": [], "group": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("clues_transferred", 83)]}),
    # http://jlsrkfljjh.com/kpssjj/xxdt/content/post_2643917.html (a garbled mirror (question marks where characters were
    # lost) of a city audit bureau's note on a meeting with the city's inspection office about piloting inspection-audit
    # linkage (巡审联动): no inspection visit, only plans: nothing expected)
    ("city_inspection_audit_linkage_pilot_meeting_garbled_mirror", "http://jlsrkfljjh.com/kpssjj/xxdt/content/post_2643917.html", "noisy", """???????? ?
优势互补,提升监督质效
——市委巡察办与市审计局召开“巡审联动”试点工作沟通会议
会议指出加强“巡审联动”的意义,学习上级巡视巡察机构、审计机关对“巡审联动”的要求,针对“巡审联动”试点工作的开展方式、时间、工作量进行了深入的讨论,并达成共识:一、近期市委巡察办与市审计局共同前往周边开展“巡审联动”试点工作的市县进行调研学习;二、拟出台相关文件制度,形成工作指引;三、计划选取一个项目为试点,把握侧重点,掌握经验,形成规范性流程后再全面实行“巡审联动”。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.139100.com/zfb/xxgk/zfxxgkzl/ztzl/zyhbjxs/gzdt/202408/t20240826_3075190.htm (a traditional-script copy,
    # pinyin in brackets and doubled commas, of the central eco-environmental inspectorate's feedback to seven provinces
    # (生态环境保护督察): no party inspection: nothing expected (第三輪第二批 is the inspectorate's round, 2024年8月20日至21日
    # its feedback days, 45個工作日 a deadline; the problems are told in running text and are the inspectorate's))
    ("central_eco_environmental_inspectorate_2024_feedback_doubled_commas_pinyin_trad", "http://www.139100.com/zfb/xxgk/zfxxgkzl/ztzl/zyhbjxs/gzdt/202408/t20240826_3075190.htm", "noisy", """中新網(wǎng)8月22日電 據(jù)生態(tài)環(huán)境部微信公眾號消息,,經(jīng)黨中央、國務(wù)院批準,,2024年8月20日至21日,,第三輪第二批中央生態(tài)環(huán)境保護督察組分別向上海,、浙江,、江西,、湖北、湖南,、重慶,、云南等7省(市)反饋督察情況。
總的看來,,7省(市)深入貫徹習(xí)近平生態(tài)文明思想和習(xí)近平總書記關(guān)于生態(tài)環(huán)境保護的重要指示批示精神,,認真落實黨中央、國務(wù)院決策部署,,……但督察也發(fā)現(xiàn)一些問題和不足,。
……
下一步,督察組將指導(dǎo)督促被督察省市按照《中央生態(tài)環(huán)境保護督察工作規(guī)定》《中央生態(tài)環(huán)境保護督察整改工作辦法》要求,,在45個工作日內(nèi)研究制定整改方案,,按程序上報黨中央、國務(wù)院,。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://rcwkj.com/p/1355.html (traditional script with pinyin in brackets and doubled commas on the copying domain
    # r32d's Guichi linkage story comes from (another text and kind): a district discipline commission's cross-checks
    # (交叉互查) by four groups of township discipline secretaries: no party inspection: nothing expected (2021年度第3輪
    # is the cross-checks' round, 4個交叉互查組 no inspection groups, 15個問題 the checks' findings, 5項內容 and 2個工作日 the
    # method's))
    ("guichi_discipline_cross_checks_third_round_doubled_commas_pinyin_trad", "https://rcwkj.com/p/1355.html", "noisy", """“將信訪(fǎng)部門(mén)的‘信訪(fǎng)事項(xiàng)處理意見(jiàn)書(shū)’算作實(shí)名舉報(bào)的回訪(fǎng)記錄,,明顯不符合線(xiàn)索核查回訪(fǎng)的規(guī)定,你們必須盡快認(rèn)認(rèn)真真地對(duì)反映人進(jìn)行面對(duì)面回訪(fǎng)……”交叉互查現(xiàn)場(chǎng)檢查人員“一針見(jiàn)血”地指出發(fā)現(xiàn)問題。
協(xié)作聯(lián)動(dòng)交叉互查是破解“熟人社會(huì)”監(jiān)督難,、提升監(jiān)督實(shí)效的成功經(jīng)驗(yàn),。近日,,貴池區(qū)紀(jì)委監(jiān)委安排第三協(xié)作區(qū)組織開(kāi)展2021年度第3輪交叉互查工作,。檢查前,,制定交叉監(jiān)督方案,,成立由協(xié)作區(qū)內(nèi)各鎮(zhèn)街紀(jì)(工)委書(shū)記為組長(zhǎng),,各鎮(zhèn)街紀(jì)(工)委副書(shū)記及抽調(diào)的2名村(居)紀(jì)檢監(jiān)察聯(lián)絡(luò)員為成員的4個(gè)交叉互查組,……歷時(shí)2個(gè)工作日,,互查組通過(guò)現(xiàn)場(chǎng)走訪(fǎng)、查看資料和現(xiàn)場(chǎng)提問(wèn)等方式,,隨機(jī)抽查覆蓋協(xié)作區(qū)內(nèi)4個(gè)鎮(zhèn)街及轄區(qū)內(nèi)村(居),。針對(duì)本輪抽查發(fā)現(xiàn)的線(xiàn)索核查取證方式不嚴(yán)謹(jǐn)、個(gè)別財(cái)務(wù)報(bào)賬不規(guī)范等15個(gè)問題及時(shí)下發(fā)整改交辦函,,要求被檢查單位限期整改,。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
