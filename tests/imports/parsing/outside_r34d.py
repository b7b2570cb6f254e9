"""Outside texts of batch r34-held, collector D's share (issue 14), held out: special rounds by subject, crossed (交叉),
raised-level (提级) and linked (上下联动) rounds, look-backs (回头看), inspection-audit linkage (巡审联动), and noisy copies
(traditional script, pinyin in brackets, run-together date digits, spam or betting mirror domains, spun and generated
copies) of texts whose bodies are in no other collector's share, collected with the search tool from public pages that
are in no earlier batch. The file was written in two sessions: the first stopped short when the search tool's budget ran
out (9 texts, 8 measured); a second session topped it up by 13 texts, all measured, keeping the first session's texts
and readings as they were (a fourteenth, a spun copy of a weekly's report on the central raised-level inspection of
Kunming, was dropped at the end, when collector C's outside_r34c.py took the same report's original: see "What I was
unsure of"). Each address was grepped, with and without www./m./mip./wap. and its query string (host and path apart), in
every tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r33d) and test_outside_documents.py,
and two or three distinctive names or phrases of each text (simplified and traditional script, converted with opencc:
people, towns, villages, bodies, round strings, phrases) likewise; every text was then compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r34d.py` (see the end of this docstring). Their fields are
written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the collector
read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case,
extract and score, the docstrings of outside_r24.py and the r32d/r33d files, and the brief); the integrator runs them
once, and that run is the honest figure for unseen texts.

Sources. 22 texts from the search tool's "pages" corpus, 21 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). First session (9 texts): the budget ran out after 14 queries (the 15th and 16th, and a
find_string tried after them, answered "the search budget for this session is used up"). Of the distinct addresses the
14 queries returned (about 70), about nine in ten were earlier batches' or not texts (every hit for crossed rounds
(Nanjian, Fujian's 456 groups, Yinan), raised-level and linked rounds (Wuwei's fourth term sixth round, Zhoukou's 29
townships, Jingjiang's mobile round), look-backs (Wuzhong, Yongde, Qianyang, Funing, a county's 169 villages on
qyjw.gov.cn), special rounds (Ezhou's poverty groups, Lincang's seventh round, Bengbu, Linli's 三资 round, a district's
2025 tenth round), inspection-audit linkage (Xiajin, Xinye, Daozhen, Diqing, Guichi, the pilot meeting), the central
2014 and 2016 special rounds on forums, and search-tag and title-only pages (abg.baidu tags, zhetiaohe, fengdujob,
jianbiaoku)). Left out after reading as other collectors' shares: a county group's regular feedback to a county rural
revitalisation bureau (Jiangkou), a county's round at townships and villages (Qin'an, a Yulin county's 107 villages), a
province's grain special inspection of a provincial bureau and a state grain depot (Inner Mongolia, collectors C and A),
and a spun essay on the central twentieth term's fifth round entries (liyinwaihe.cn, whose body is collector C's). What
gave new texts: a county's inspection-audit linkage at a town (Yangxian 2024), a county's inspection-audit linkage on
projects in traditional script (Wuyuan), and texts that are no party inspection or tell none: a provincial farmland
rectification supervision group's visit (Xinyu), a county bureau's check of the map spots a farmland protection special
supervision (耕地保护专项督察) fed back (Xihua), a scholar's essay on city and county inspections and their linked supervision
network on a journal mirror, a provincial organisation department's special check of cadre selection (选人用人专项检查) in
traditional script with pinyin, the Control Yuan's rules for circuit inspections (监察院巡迴监察, 巡察 of government bodies) in
traditional script, and two generated essays (one on county inspections with special rounds, measured; one on central
groups' visits to villages, on r15's npbpp portal and in its generator's template: SHARES_TEMPLATE). Second session (13
texts): 49 look-ups of the "pages" corpus (queries by subject: 营商环境, 乡村振兴, 医保, 粮食, 选人用人, 惠民惠农"一卡通", 高标准农田, 住房公积金, 工程建设,
教育, 脱贫攻坚/扶贫; by kind of round: 交叉, 异地交叉, 片区协作, 提级, 上下联动, 市县联动, 机动, 点穴式, 回头看, 巡审联动; by kind of text: 反馈会, 动员会, 进驻,
整改进展情况的通报, 整改推进会, 专题民主生活会, 综述, 讲话; in traditional script and with pinyin (巡察(xún chá))). Of the roughly 200 distinct
addresses they returned, about nine in ten were again earlier batches' or not texts (every hit for Shangyou's crossed
round, Haidong's paper, Qianyang's and Wuzhong's look-backs, Yongde, Jishan, Jiangkou, Cangyuan's medical insurance
progress, Bengbu's 27 bodies, Zhoukou's 29 bodies, Wuwei's raised-level crossed round, Binzhou's four-level round,
Xishui, Fengqing, Ezhou's poverty groups, Yueyang's Quyuan entry, Qinzhou, Linli, Fanchang, Yunyang's look-back, the
Chongqing county's fourteenth round, the business-environment rounds on dzxww.cn and of Caidian, Yuxi, Weifang and
Yunxi, Jinan's third round, Hanzhong's fifth round, Wenzhou's look-back round, Longmen's and Zhenba's poverty rounds,
Youxian's ninth round, Jiaozuo, the Ezhou, Nanjian, Zhangzhou and Tianjin crossed accounts, the Dujiangyan, Jintan,
Xinjiang (新绛) and Jinan village accounts, and the central 2014 third round on a forum). Left out after reading: a city's
inspection meeting planning a business-environment look-back (a meeting: no inspection told), a banner's 巡审专项联动 methods
(a third account of the same kind as Wuyuan and Leling), a scholar's essay on crossed inspections (a second essay), a
district's 边巡边改 meeting on a city group's round and a city education bureau's rectification meeting (regular rounds at
one body, collector B's kind), a city's regular round mobilisation on a pinyin mirror (arkombiservisi.com, a regular
round), Sihong's and Taizhou's village inspection methods (collector B's villages), Tianmen's poverty 调研督办, a city's
government 巡察工作组 of deputies, and education 督导 texts (no party inspection). What gave new texts: a district's 点穴式/机动式
special rounds with clues (Zhaoling), a city's 2023 summary with a linked round on medicine and the business environment
(jiwei.gov.cn), a county-level city's look-back at four poor villages (Xingning), a city's mobile inspections one level
down (Anyang), a county-level city's audit bureau's inspection-audit linkage on state enterprises (Leling), a model
speech on a provincial business-environment special inspection of a county, an interview on central special inspections,
a provincial rural revitalisation research group's feedback (Jiangxian, no inspection, no address), and five noisy
copies: Quanzhou's business-environment special round (pinyin), Dejiang Quankou's poverty special feedback (pinyin),
Zaozhuang's eleventh term ninth round poverty special feedback (pinyin), Junlian's crossed village rotation (a mirror
domain) and an explainer on central mobile inspections (pinyin).

Families and counts (22 texts, 1 in SHARES_TEMPLATE; 21 measured; first session 9 and 8, second session 13 and 13). news
10, all measured: yangxian_third_group_guandi_town_inspection_audit_linkage_2024 (unit 洋县关帝镇, group 县委第三巡察组, start
2024-04-08), xingning_third_group_shima_four_poor_villages_look_back (4 units, group 市委第三巡察组), round-level texts with
absences: county_city_inspection_essay_linked_supervision_network_mirror (an essay),
anyang_mobile_poverty_inspections_one_level_down_five_townships,
leling_audit_bureau_inspection_audit_linkage_state_enterprises,
central_special_inspections_interview_special_envoys_portal_copy,
county_business_environment_special_inspection_speech_model (unit unscored, absences), and three expecting nothing:
xinyu_farmland_balance_rectification_supervision_group_no_inspection (督导组),
xihua_farmland_protection_special_supervision_map_spots_no_inspection (耕地保护专项督察) and
jiangxian_provincial_rural_revitalisation_research_group_feedback_no_inspection (调研组); rounds 2, both measured:
zhaoling_district_point_mobile_special_rounds_five_bodies_clues_28 (5 units, three figures) and
city_2023_inspection_summary_linked_medicine_business_environment_rounds (term 7); progress 0; audit 0; noisy 10, nine
measured: quanzhou_business_environment_special_round_fifteen_bodies_pinyin_trad (15 units),
dejiang_quankou_town_poverty_special_first_group_feedback_2019_pinyin_trad (unit 泉口镇党委, group, feedback 2019-08-26),
zaozhuang_eleventh_term_ninth_round_poverty_special_feedback_pinyin_trad (1 unit, term 11, round 9),
junlian_village_crossed_rotation_area_cooperation_story_trad (absences only),
central_mobile_inspections_three_minute_explainer_pinyin_trad (round-level, absences),
wuyuan_inspection_audit_linkage_projects_trad (round-level ""), county_inspection_secretary_topic_generated_essay_paxyq
(a generated essay), and two expecting nothing:
liaoning_organisation_department_cadre_selection_special_check_pinyin_trad (an organisation department's check) and
control_yuan_circuit_inspection_rules_twelve_groups_trad (the Control Yuan's 巡察); in SHARES_TEMPLATE:
central_inspection_village_visits_generated_essay_npbpp. Texts expecting nothing: 5 of 21 measured (4 of the first
session's 8, 1 of the second session's 13). Round lists measured: 4 (Zhaoling's five bodies, Xingning's four villages,
Quanzhou's fifteen bodies, Zaozhuang's one named zone beside bodies told by kind).

Fields read: 55 (a unit of "" for a round-level or no-inspection text counts, each unit of a list and each figure
counts), and 159 absence checks (None, [] for units or figures, and problems 0 where headings, purposes or a speech's
points might be counted as points), by my count, all outside SHARES_TEMPLATE (first session 10 and 68, second session 45
and 91). By family: news 16 fields and 80 absence checks, noisy 28 and 68, rounds 11 and 11, progress and audit 0 and 0.
Figures read: clues_transferred 2 (Zhaoling's 问题线索28条 found and 移交…6条 handed over, settled 6, as r7's caoxian reads
found and handed-over clues as two figures), organizational_handling 1 (Zhaoling's 组织处理16人).

Reading conventions (outside_set.py's "Settled conventions" 1-16 and the written conventions of outside_r24.py's and the
r25-r33 docstrings, followed exactly): a town entered is written as the entry names it, with the places it writes in
front, and stays as written when the text names no committee of it (settled 15; r32b's 進駐沙市區關沮鎮 -> 沙市区关沮镇: Yangxian's
进驻洋县关帝镇 -> 洋县关帝镇); one place visited whose committee the text names is that committee (settled 15: Quankou's 泉口鎮黨委); a
group named with its owner's place in front is written short (settled 9: 洋县县委第三巡察组 -> 县委第三巡察组), and a group named
without a place stays as written (市委脱贫攻坚第一专项巡察组); the day a group entered is the start when no span is told (settled 10:
2024年4月8日…同步进驻); a deadline for entry (7月25日前全部入驻) and a part of a month (從3月下旬開始, settled 11) give no start, and a
planned length (15天, 巡察時間20天左右) no end; groups without a number of their own (巡察组, 审计组, 3個巡察組, 市委5个巡察组, 村級巡察小分隊, 4個檢查組,
8个核查督查组, 两个小组) are none, and several numbered groups of one round-level text (第一至第六, 第七) leave the group unscored; a day
without a year gives no date (3月27日, 3月11日, 從3月9日起, 10月9日至12日), and 今年以來, 年初, 近日, 日前, 今年3月 and a page's dated line give
no day; places that only qualify counted bodies are no units (settled 8: 林州市、安阳县… each with one township,
叶塘、大坪…等镇的省定贫困村, 各區(市)), a list of bodies named in full is the round's units as written (settled 8: Zhaoling's five,
whose count follows; Xingning's four, 等4个; Quanzhou's fifteen before 等職能部門; Zaozhuang's one named zone), bodies told by
kind or counted are no units (部分市和省直單位, 县直单位, 全市公立中小学校, 4個單位); a round or term named with the committee that runs it is
the text's (十一屆市委第九輪), a term named only in the title of a plan the committee revised is the text's term when it names
no other (settled 2 by analogy: 《七届市委巡察工作规划》), and several rounds told together leave the round unscored; findings that
run as one sentence of clauses are left unscored (as r30's and r31's readers leave them); found and handed-over clues
are both clues figures (settled 6); 督导组, 调研组, 耕地保护专项督察, an organisation department's 选人用人专项检查 and the Control Yuan's 巡察
are no party inspection: nothing expected (as r32d reads a 政治督察 and r33d a 安全生产巡查); an account of an inspection-audit
linkage that names no visited body is round-level with absences (as r32d reads Xiajin's: Wuyuan, Leling); party
congresses (十九大, 十八大) are no committee's term; a slogan (1+1>2), staffing (委員二人, 五六個人), counts of bodies to cover
(280多家), households and people (60余戶, 100余名), map spots and acreage of another body's supervision (71宗, 200亩), notices
issued (立行立改通知书9份) and postcodes are no figures; expected values of traditional-script texts are written simplified and
without the pinyin.

What I was unsure of, and how I read it. First session: Yangxian's unit. The county group's entry at a town is a county
round at a township in form (collector B's kind), but the text is about an inspection-audit linkage, which r32d's reader
took into this share (Xinye, Daozhen): taken here. The entry writes 洋县关帝镇 and the audit group's name 关帝镇: the unit is
read as the entry writes it (a reader who drops the county would write 关帝镇). Whether a county audit bureau's 巡審聯動
account (Wuyuan) is an inspection at all: read round-level "" with absences, as r32d's Xiajin, and its three bold
headings as no problems (problems 0). The Control Yuan's rules are a Taiwanese law text, natively in traditional script,
not a conversion: put in "noisy" as r33d puts traditional-script texts there; its twelve responsibility groups name
government bodies (台北市政府, 高雄市政府…), which an importer might list as units: units [] is the check. The essays (the journal
mirror's and the generated one) tell no inspection: round-level "" and absences; whether a reader counts an essay's
bullet points as problems is the doubtful check (problems 0 on paxyq's, and none scored on npbpp's, which is left out
anyway). Second session: Quankou's unit: the feedback goes to 德江縣泉口鎮 and the text names 泉口鎮黨委; read as the committee the
text names (settled 15; a reader keeping the place fed back would write 德江县泉口镇); its findings (nine clauses for the
town, six and five for the two villages of the extended inspection) are left unscored, and so are the villages as units.
Kunming: a spun copy, in traditional script with pinyin, garbled characters and spaced-apart digits
(blg686.com/dy/article/JTN3Q0E405434CDK.html), of a weekly's report on the central sixth group's raised-level (提级)
inspection of Kunming was read (unit 昆明市委, settled 15; group 中央第六巡视组; term 20, round 5) and first kept as this share's
raised-level kind, though r31c holds the same round's entries on another portal; at the end collector C's
outside_r34c.py held the report's original (kunming_central_sixth_group_raised_level_mobilisation_2025, zhenguoke.com),
so the copy's body is in another share and it was dropped, not put in SHARES_TEMPLATE. Quanzhou's fifteen bodies close
with 等職能部門 and no count: read as a whole list (a reader taking them as examples would leave units unscored). Zaozhuang's
one named body (棗莊高新區) beside bodies told by kind: read as a unit, as r33d reads Siping's; its groups (第一至第六 for the
districts, 第七 for the departments) leave the group unscored. Zhaoling's list closes with 等脱贫攻坚重点单位 and the count
(5个区直单位) comes a sentence later: read as a whole list. The city's 2023 summary gives figures per round (763 and 526
problems, 26, 16 and 5 clues, two amounts recovered, 423 key problems): left unscored, as it is unclear which a reader
gives a round-level summary (jingzhou_figures in r8 reads one set of totals); its term 7 comes from the plan it revised.
Xingning's look-back tells no year (3月11日): no dates. The model speech's county is 我县: unit unscored; whether a speech's
numbered points count as problems is the doubtful check (problems 0). Junlian's village (柏勝村) is the setting of a
finding, not a named inspected body: unit unscored, absences kept (as r33d's Tonglu). Leling's account is the third of
its kind in the file (with Wuyuan and the first session's Yangxian), kept for its different body (an audit bureau on
state enterprises) and portal; a banner's fourth account was left out. Portals shared with earlier batches: handmsg.com
(r10's audit editorial, r32d's Wutongqiao villages), fx361.cc (r10's and r11's other papers), npbpp.com (r15's generated
essay: that essay is in SHARES_TEMPLATE), mmshw.com (r24's Sinan veterans bureau and r33d's Tongren 2021 round: other
places, rounds and kinds), pdsjjw.gov.cn (r7's, r23's, r25b's and outside_set.py's other texts), kflz.gov.cn (r12's,
r16's and r31d's other texts), xingning.gov.cn (outside_set.py's yetang, a 2018 mobile round at 叶塘镇 under another path:
another round and kind), jiwei.gov.cn (r6-r32's other texts), x320.cn (r11's, r17's and r26d's other texts), 163.com
(r10's, r27b's, r28d's, r29b's, r31b's and r32's other texts); yangxian.gov.cn, imaomimi.com, pc.yun.jxntv.cn,
zrzyhghj.zhoukou.gov.cn, rootlaw.com.tw, paxyq.com, dezhoudaily.com, m.bimoxiezuo.com, tapsdev.com, 024yangchetuan.com
and hssesm.cn are in no batch.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r34d.py` (22 texts against 1953 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)", which r33d's
jiyang_linked_rounds_city_groups_clues_83_pinyin_trad also carries); 90 pairs share more than 3 shingles, 10 of them
more than 3 beyond the tool's formulas, all formulas, slogans, department names or pinyin: Yangxian with r32d's
xinye_chengjiao_township_inspection_audit_linkage_2024 (6, the linkage slogan 巡察“政治体检”与审计“经济体检”), the essay with r8's
yuhuatai_fifth (6, 打通全面从严治党的“最后一公里”), the 2023 summary with r30d's zhaotong mobile round (4, 聚焦“两个维护”根本任务,紧盯), Jiangxian
with ezhou_culture_tourism_progress (4, 制定整改方案,建立问题清单), Quanzhou with wulingyuan_police_feedback_trad (6, 中央、省委、市委關於巡…
with pinyin), with postal_group_2017_second_batch_mobilisation_stray_commas_trad (5, 單位領導班子及其成員 with pinyin), with
r30d's yuxi_tenth_round_tax_business_environment_linked_special_pinyin_trad (5, the department names 規劃局、住建局、 and 市場監管局
and the words 優化營商環境專項: another city's round) and with
panjin_business_environment_check_group_no_inspection_spam_pinyin_trad (5, 商環境建設 with pinyin), Zaozhuang with
wulingyuan_police_feedback_trad (4, 委反饋巡察情況。市委第七巡察組) and with
lianyuan_2017_first_poverty_special_round_figures_pinyin_trad (10, the pinyin of 脫貧攻堅專項巡察: another county's round);
below that line the pinyin of 領導, 發現的問題 and 巡察工作領導小組, the formula 堅持以習近平新時代中國特色社會主義思想為指導 and 《中國共產黨巡視工作條例》, and the
speech's opening (…会议上的讲话同志们:今天,我们召开, shared with three speech templates); the longest shared run is 26 characters; the
tool counts no text as sharing more than formulas with the seeds. The other collectors' files as they stood at the end,
outside_r34.py (16 texts), outside_r34b.py (15) and outside_r34c.py (24), all still being written, were compared
(addresses normalised without scheme, www./m./mip./wap. and query string; hosts; 12-character shingles; places and names
grepped: 召陵, 泉州, 德江, 泉口, 棗莊/枣庄, 昆明, 筠連/筠连, 兴宁, 石马, 安阳, 乐陵, 绛县, 营商环境/營商環境, 機動式/机动式, 提级巡视, and every host): no address is
shared; one host is (mmshw.com, with r34b's
yinjiang_fourteenth_term_first_round_second_group_langxi_town_rent_spaced_trad, another county's regular round story,
another kind than Quankou's poverty special feedback); r34c's kunming_central_sixth_group_raised_level_mobilisation_2025
is the original of the Kunming copy this file dropped (above); five pairs share 4 to 6 shingles, all the pinyin of 領導,
領導小組 and 領導干部 (Quankou and Zaozhuang with r34's grinm_hefei_branch_base_construction_special_round_mobilisation_trad and
grinm_powder_materials_reform_special_inspection_mobilisation_trad, Quanzhou and Zaozhuang with r34c's
inner_mongolia_group_leaders_year_reports_lost_characters_trad, Quanzhou with r34c's
central_nineteenth_term_first_round_four_provinces_feedbacks_trad).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a generated essay on the portal, and in the generator's template (引言, then numbered sections of bullet points
    # about 中央巡视组), of r15's central_inspection_generated_essay_npbpp
    "central_inspection_village_visits_generated_essay_npbpp",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R34D = [
    # --- news: an inspection-audit linkage at a town, two farmland checks that are no party inspection, an essay -----
    # http://yangxian.gov.cn/yxzf/yxxwzx/gzdt/202404/93cd1785e7da497395fba418f9d46e78.shtml (a county's inspection-audit
    # linkage (巡审联动): the county committee's third group and the audit bureau's group entered a town together on a dated
    # day: the town is the visited body, written as the entry names it with the county in front (进驻洋县关帝镇 ->
    # 洋县关帝镇, as r32b's 進駐沙市區關沮鎮 -> 沙市区关沮镇; the text names no committee of the town, so it stays as written,
    # settled 15); group 县委第三巡察组 (洋县县委第三巡察组, short form, settled 9); 2024年4月8日 is the day the groups
    # entered (同步进驻…召开了…动员会): the start (settled 10); no span, so no end; no term, round or feedback; no
    # figure (1+1>2 is a slogan); the audit group (赴关帝镇审计组) is another body's, no unit)
    ("yangxian_third_group_guandi_town_inspection_audit_linkage_2024", "http://yangxian.gov.cn/yxzf/yxxwzx/gzdt/202404/93cd1785e7da497395fba418f9d46e78.shtml", "news", """“巡审”联动发力 发挥叠加效应

2024年4月8日,洋县审计局赴关帝镇审计组与洋县县委第三巡察组同步进驻洋县关帝镇,召开了“巡审”联动工作动员会。本次“巡审”联动,采取统一进点实施,审计组与巡察组统一安排部署,同时进驻,联合办公,共商巡审计划安排、阶段重点、人员分工,巡审前巡察组与审计组对前期调查情况进行了交流互通。
动员会指出,本次“巡审”联动工作方法新颖、工作重点突出、工作配合密切,“巡审”工作组要以“政治-政策-项目-资金”为主线,发挥各自专业优势,加强协作配合,做到无缝衔接、深度融合、实时沟通,要紧扣职能责任,紧盯“四个聚焦”,突出问题导向,……
会议强调,……“巡审”工作组要“巡审同步、协同推进、资源共享、成果互用”,巡察“政治体检”与审计“经济体检”要有机结合,要发挥“巡”的权威性和“审”的专业性,要通过“巡审”联动同向发力,互补共融,提升监督质效,释放出“1+1>2”的叠加效应。……
""", {"unit": "洋县关帝镇", "units": [], "group": "县委第三巡察组", "term": None, "round": None,
      "start": date(2024, 4, 8), "end": None, "feedback_date": None, "figures": []}),
    # http://pc.yun.jxntv.cn/p/825911.html (a provincial supervision group (督导组) of the discipline commission's
    # station at the natural resources department and the department's farmland division, checking a city's special
    # rectification of farmland balance (耕地占补平衡专项整治): no party inspection: nothing expected (3月27日 has no year
    # and is the group's visit; 两个小组 are no inspection groups; 问题线索移送处置情况 counts nothing))
    ("xinyu_farmland_balance_rectification_supervision_group_no_inspection", "http://pc.yun.jxntv.cn/p/825911.html", "news", """3月27日,由省纪委省监委驻省自然资源厅纪检监察组和省自然资源厅耕保处组成的省耕地占补平衡专项整治工作督导组来新余,对新余市耕地占补平衡专项整治工作情况进行督导调研。市纪委市监委第三监督检查室主任易爱平,市自然资源局党组书记、局长梁彤,……各县(区)自然资源(分)局和分宜县纪委县监委驻县局纪检监察组主要负责同志陪同。
督导组一行分两个小组同步开展了会议座谈和实地踏勘。座谈会上听取了新余市耕地占补平衡专项整治工作开展情况、问题线索移送处置情况、存在的困难问题和下一步打算。实地踏勘了观巢镇上沂村和界水乡甘村棱村的补充耕地地块现场,查看了项目耕种管护情况。督导组对新余市耕地占补平衡专项整治工作予以了肯定和指导,要求进一步提高政治站位,压紧压实责任,……牢牢守住耕地保护红线。(邹小强 供稿)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://zrzyhghj.zhoukou.gov.cn/sitesources/zrzyj/page_pc/dt/xqdt/articlebda12f9dd616459096fccf5c6b2b9353.html (a
    # county natural resources bureau checking the map spots a 2024 farmland protection special supervision (耕地保护专项
    # 督察, the land inspectorate's, not a party inspection) fed back: nothing expected: no unit, no group (8个核查督查组
    # are the bureau's), no round, no day (9月25日 is the bureau's work, and the supervision's 反馈 is no inspection's
    # feedback); 71宗 map spots and 200亩 are the supervision's findings, no figures; the four headings (一、高度重视… to
    # 四、强化宣传…) are the bureau's steps, no problems: problems 0)
    ("xihua_farmland_protection_special_supervision_map_spots_no_inspection", "http://zrzyhghj.zhoukou.gov.cn/sitesources/zrzyj/page_pc/dt/xqdt/articlebda12f9dd616459096fccf5c6b2b9353.html", "news", """西华县自然资源局
开展2024年耕地保护专项督察反馈问题图斑核实整改工作
来源: 西华县自然资源局 时间: 2024-09-26 09:06:48 访问量:0
  为全面做好2024年耕地保护专项督察工作。9月25日,西华县自然资源局开展2024年耕地保护专项督察反馈问题图斑核实整改工作。
  此项工作是对2024年耕地保护专项督察下发西华县71宗设施农用地(耕地面积200亩)疑似改变用途问题图斑,迅速组织8个核查督查组开展现场核实督导。
  一、高度重视 迅速行动。接到专项督查反馈问题后,西华县自然资源局立即召开专题会议,研究部署图斑核实整改工作。迅速行动、明确责任分工、确保整改工作有序推进。
  二、全面核实 精准施策。组织专业技术人员对反馈问题图斑进行逐一核实,准确掌握图斑的位置、面积、现状等情况并针对问题图斑进行逐一研判,快速、稳妥整改到位。
  三、加强督导 确保成效。对整改工作进行督导检查,及时解决整改过程中遇到的问题,对整改不力的单位和个人进行严肃问责,确保整改工作落到实处。
  四、强化宣传 营造氛围。通过多种渠道,广泛宣传耕地保护的重要性和法律法规,提高广大群众的耕地保护意识,切实守牢耕地保护红线。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://fx361.cc/page/2018/0307/18432210.shtml (a journal mirror's copy of a scholar's article on city and county
    # inspections (市县巡察) and the linked supervision network (巡视巡察上下联动的监督网): no inspection told: round-level
    # "", no units, no group; 十九大 and 十八大 are party congresses, no committee's term; 2016年以来 is no visit's day; the
    # postcode 430072 and the note marks [1] [2] are no figures)
    ("county_city_inspection_essay_linked_supervision_network_mirror", "https://fx361.cc/page/2018/0307/18432210.shtml", "news", """易 巧 玉
(武汉大学 政治与公共管理学院,武汉430072)
2016年以来,市县巡察逐渐成为全国范围内探索建立的一项党内监督制度。它是地方党委的一项制度创新,是国家巡视制度向基层的延伸,其目标在于破解反腐败过程中“上面九级风浪、下面纹丝不动”的难题,打通全面从严治党的“最后一公里”,把从严治党的责任落实到基层。以习近平总书记为核心的领导集体高度重视市县巡察工作,在十九大报告中习近平总书记两次提到市县巡察。一是在“夺取反腐败斗争压倒性胜利”中提到要“在市县党委建立巡察制度,加大整治群众身边腐败问题力度”;二是在“健全党和国家监督体系”中提到要“深化政治巡视,坚持发现问题、形成震慑不动摇,建立巡视巡察上下联动的监督网”[1],这深刻显示了市县巡察制度在新时期对于反腐败和健全监督体系的重要意义。
……
我们目前建立的市县巡察制度是与中国共产党成立后的党内巡视制度一脉相承的。一直以来,在实行党内监督时,由中央和省(区、市)党委派出巡视组定期巡视下级党组织和领导干部,这就是党内巡视制度。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- noisy: traditional script, pinyin in brackets, generated essays ------------------------------------------
    # http://www.imaomimi.com/content/202503/28/c387105.html (a mirror's traditional-script copy of a county audit
    # bureau's account of its inspection-audit linkage (巡審聯動) on projects: no visit and no body named (the linkage
    # covers 鄉村振興政策資金管理、農村集體“三資”管理、高標準農田建設 projects): round-level "", no units; 巡察組 and 審計組
    # have no number: no group; 今年以來 and 年初 give no day; the three bold headings (加強會商研判…, 加強統籌協調…,
    # 強化成果運用…) are the bureau's ways of working, no problems: problems 0; no figure, as r32d reads Xiajin's)
    ("wuyuan_inspection_audit_linkage_projects_trad", "http://www.imaomimi.com/content/202503/28/c387105.html", "noisy", """五原縣強化“巡審”聯動匯聚監督合力
今年以來,五原縣審計局持續推動巡察監督與審計監督銜接協作、貫通融合,對鄉村振興政策資金管理、農村集體“三資”管理、高標準農田建設等項目同步開展巡察和審計,不斷增強監督合力。
加強會商研判,協同謀劃監督內容。年初,巡審雙方相互交換年度巡察和審計計劃意見,聚焦重點領域、關鍵環節,統籌確定巡察對象和審計項目,選擇合適的項目安排“巡審聯動”,切實找準發力點,實現巡察“政治體檢”與審計“經濟體檢”有機融合。
加強統籌協調,不斷拓展監督深度。充分發揮巡察“政治體檢”和審計“經濟體檢”的互補優勢,……定期組織巡審工作會商,形成互通信息資源、共同分析研判的工作格局,確保審計和巡察同向發力、同頻共振。
強化成果運用,切實提升監督質效。巡察組把審計發現問題是否整改作為巡察重點內容之一,在巡察中加強對審計發現問題的督促整改。同時,審計組也將巡察中發現苗頭性、傾向性問題納入審計監督的重點內容,共同督促被審計單位針對問題逐一制定整改方案,明確整改時限、措施,推動發現問題整改銷號,形成閉環,努力實現監督效能最大化。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.handmsg.com/page/2015/1207/12546678.shtml (a magazine mirror's traditional-script copy, pinyin in
    # brackets, of a provincial organisation department's special check of cadre selection (選人用人專項檢查) in some
    # cities and provincial bodies: an organisation department's check, no party inspection: nothing expected (4個檢查組
    # are no inspection groups; 從3月9日起 has no year and is the check's; 部分市和省直單位 are told by kind; 反饋檢查意見
    # is no inspection's feedback; the points checked (學得實不實…) are no problems))
    ("liaoning_organisation_department_cadre_selection_special_check_pinyin_trad", "http://www.handmsg.com/page/2015/1207/12546678.shtml", "noisy", """從3月9日起,遼寧省委組織部派出4個檢查組,對部分市和省直單位選人用人工作開展集中專項檢查。
此次專項檢查,堅持自查自糾與上級集中檢查相結(jié)合。檢查的主要內(nèi)容包括:《干部任用條例》的學(xué)習(xí)宣傳情況、《干部任用條例》等政策法規(guī)的貫徹執(zhí)行情況、《關(guān)于加強干部選拔任用工作監(jiān)督的意見》及有關(guān)規(guī)定的落實情況以及開展用人不正之風(fēng)專項整治的情況。重點檢查《干部任用條例》學(xué)得實不實、用得好不好;用人導(dǎo)向樹得正不正、標(biāo)準(zhǔn)條件把握得嚴(yán)不嚴(yán);黨管干部原則堅持得好不好、黨組織的領(lǐng)導(dǎo)把關(guān)作用到不到位;程序履行得好不好、規(guī)矩執(zhí)行得嚴(yán)不嚴(yán);選人紀(jì)律嚴(yán)明不嚴(yán)明、用人風(fēng)氣清正不清正。檢查工作結(jié)束后,各檢查組要形成檢查情況報告,向省委組織部部務(wù)會匯報。省委組織部向各市反饋檢查意見后,將督促各市針對檢查中發(fā)現(xiàn)的問題認(rèn)真整改。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.rootlaw.com.tw/LawArticle.aspx?LawID=A080020001009600-0881001 (a law portal's text, in traditional
    # script, of the Control Yuan's rules for its members' circuit inspections (監察委員分區巡迴監察, 巡察 of government
    # bodies): no party inspection: nothing expected (the government bodies named in the twelve responsibility groups
    # (台北市政府, 高雄市政府, 台北縣…) are no inspected party bodies: no units; 第一組…第十二組 are the Control Yuan's
    # groups, no inspection group; 每年十二月 is no day; the purposes
    # (一)…(三) are no problems: problems 0; 委員二人 is staffing, no figure)
    ("control_yuan_circuit_inspection_rules_twelve_groups_trad", "http://www.rootlaw.com.tw/LawArticle.aspx?LawID=A080020001009600-0881001", "noisy", """一、依據:
(一)監察法第三條:「監察委員得分區巡迴監察。」
(二)監察法施行細則第二條:監察院依本法第三條規定,舉辦監察委
員分區巡迴監察,應訂定實施辦法辦理。
(三)監察院巡迴監察辦法。
|
二、巡察之目的:
(一)調查行政院及其所屬機關之工作及設施有無違法或失職。
(二)調查中央及地方公務人員有無違法或失職。
(三)調查政府各機關決算執行、財務審核及年度總預算審核報告有關
事項。
|
三、巡察之劃分:
(一)巡察分中央機關巡察及地方機關巡察,中央機關巡察由各委員會
依「監察院巡迴監察辦法」規定辦理。
(二)各委員會得視需要,推派委員巡察與其業務有關之中央機關。
(三)巡察行政院於每年十二月,由各委員會召集人共同為之,以內政
及少數民族委員會為主辦單位。
(四)地方機關巡察責任區之劃分及編組,由本院院會決定。其責任區
之劃分及分組如左:
1.第一組:台北市政府 委員二人。
2.第二組:高雄市政府 委員二人。
3.第三組:台北縣 委員二人。
4.第四組:桃園縣、新竹市、新竹縣、苗栗縣 委員三人。
……
(五)委員個別巡察責任區之事務,由巡察組秘書辦理。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.paxyq.com/t/xian-wei-xun-cha-gong-zuo-shu-ji-zhuan-ti-ju-jiao-jie-mi-xun-cha-bei-hou-de-gu-shi-yu-tiao-zhan.html
    # (a generated essay on county committees' inspections and the secretary's special meetings (书记专题), with special
    # rounds by field (专项巡察) among its bullet points: no inspection told: round-level "", no units (县直单位, 乡镇党委,
    # 村(社区)党组织 are kinds); no group, term, round or day; the bullet points are the essay's headings and a made-up
    # story (发现腐败问题, 推动问题整改), no problems listed by an inspection: problems 0; no figures. Another portal than
    # r15's npbpp essay, and another subject (county inspections): measured)
    ("county_inspection_secretary_topic_generated_essay_paxyq", "https://www.paxyq.com/t/xian-wei-xun-cha-gong-zuo-shu-ji-zhuan-ti-ju-jiao-jie-mi-xun-cha-bei-hou-de-gu-shi-yu-tiao-zhan.html", "noisy", """引言
县委巡察工作是党内监督的重要一环,对于维护党的纪律、加强党风廉政建设具有重要作用。本文将围绕县委巡察工作,特别是书记专题聚焦的内容,揭秘巡察背后的故事与挑战,以期为读者提供全面、深入的了解。
……
二、书记专题聚焦的内容
1. 巡察对象
- 县直单位:包括政府部门、企事业单位等。
- 乡镇党委:对乡镇党委领导班子及其成员进行巡察。
- 村(社区)党组织:对村(社区)党组织领导班子及其成员进行巡察。
2. 巡察内容
- 党的领导:检查党的路线方针政策在基层的贯彻落实情况。
- 党的建设:检查党的组织建设、思想建设、作风建设等情况。
- 全面从严治党:检查党风廉政建设和反腐败工作情况。
- 群众满意度:了解群众对当地党组织和领导干部的满意度。
3. 书记专题聚焦
- 重点领域:针对脱贫攻坚、生态环境保护、民生保障等重点领域进行专项巡察。
- 突出问题:针对群众反映强烈的突出问题进行重点巡察。
- 典型案例:选取典型案例进行深入剖析,以案促改。
三、巡察背后的故事与挑战
1. 故事
- 发现腐败问题:巡察组在巡察过程中,发现一起基层干部贪污挪用公款的案件,最终将其绳之以法。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.npbpp.com/news/jie-kai-zhong-guo-xiang-cun-fa-zhan-xin-pian-zhang-zhong-yang-xun-shi-zu-shi-di-tan-fang-yu-wen-ti-j.html
    # (SHARES_TEMPLATE: r15's npbpp generated essay's portal and template. A generated essay on central inspection
    # groups' visits to villages: no inspection told: round-level "", no units (多个省份 counted), no group, term, round,
    # day or figure; the four made-up "main problems" (产业发展不足…基层组织建设薄弱) are left unscored, as it is unclear
    # whether a reader counts an essay's invented findings)
    ("central_inspection_village_visits_generated_essay_npbpp", "https://www.npbpp.com/news/jie-kai-zhong-guo-xiang-cun-fa-zhan-xin-pian-zhang-zhong-yang-xun-shi-zu-shi-di-tan-fang-yu-wen-ti-j.html", "noisy", """引言
中国乡村发展一直是国家战略的重要组成部分。近年来,随着乡村振兴战略的深入推进,中央巡视组对乡村发展进行了实地探访,旨在发现问题、解决问题,推动乡村全面振兴。本文将围绕中央巡视组实地探访乡村的情况,解答相关问题,以揭示中国乡村发展新篇章。
……
二、中央巡视组实地探访情况
巡视范围:中央巡视组对全国多个省份的乡村进行了实地探访,涉及农业、农村、农民等领域。
巡视内容:巡视组重点关注乡村产业发展、基础设施建设、生态环境治理、基层组织建设等方面。
巡视方式:巡视组通过查阅资料、座谈交流、实地考察等方式,深入了解乡村发展情况。
三、中央巡视组发现的主要问题
产业发展不足:部分乡村产业基础薄弱,缺乏特色和竞争力,农民收入增长缓慢。
基础设施建设滞后:乡村道路、水利、电力等基础设施仍存在短板,制约了乡村发展。
生态环境问题:部分乡村存在环境污染、生态破坏等问题,影响乡村可持续发展。
基层组织建设薄弱:部分乡村基层组织战斗力不强,难以有效发挥领导核心作用。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- second session: rounds ------------------------------------------------------------------------------------
    # https://www.pdsjjw.gov.cn/sitesources/lhsjjw/page_pc/gzdt/xcgz/xsxcdt/articlebd9679e48c0449d194444d84f3aa9362.html (a
    # district's "点穴式"/"机动式" special rounds on poverty relief between the city-and-district linked rounds: the five
    # district bodies named (区城乡建设局、财政局、民政局、教体局、交通局) are the same five the text counts after (共发现5个区直
    # 单位), so the list is whole: units as written (settled 8); round-level ""; groups of 3-4 people with no number: none;
    # 今年以来 and 15天 (a planned length) give no day; figures: 问题线索28条 found and 6条 handed over both clues
    # (settled 6; r7's caoxian reads 发现问题线索40条、已移交24条 as two clues figures), 组织处理16人 organizational_handling;
    # 立行立改通知书9份 is no metric)
    ("zhaoling_district_point_mobile_special_rounds_five_bodies_clues_28", "https://www.pdsjjw.gov.cn/sitesources/lhsjjw/page_pc/gzdt/xcgz/xsxcdt/articlebd9679e48c0449d194444d84f3aa9362.html", "rounds", """今年以来,在市区上下联动巡察间隙,召陵区积极探索,精准发力,创新巡察监督新模式,对区城乡建设局、财政局、民政局、教体局、交通局等脱贫攻坚重点单位,开展了“点穴式”“机动式”专项巡察,主要呈现以下三个特点:
一是内容上“小而专”。每个巡察组3-4人,人员少、机动灵活,具有“小分队”“轻骑兵”“流动哨”的优势;……
二是节奏上“短平快”。紧盯一个人、一件事,开展15天的“机动式”专项巡察,直奔主题,……
通过专项巡察,共发现5个区直单位在扶贫攻坚领域存在“中梗阻”、庸懒散、不作为、乱作为等问题线索28条,移交区纪委、区委组织部、区检察院等有关部门6条,组织处理16人,下发立行立改通知书9份。有效地发挥了巡察“利剑”震慑作用,确保惠农政策贯彻落实无偏差、不走样,推进该区全面从严治党不断向基层延伸。(召陵区纪委 付亚平)
""", {"unit": "", "units": ["区城乡建设局", "财政局", "民政局", "教体局", "交通局"], "group": None, "term": None,
      "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("clues_transferred", 28), ("clues_transferred", 6), ("organizational_handling", 16)]}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=42762 (a city discipline commission's account of the city
    # committee's 2023 inspections: the second round at all public schools, the third round linked city-and-county
    # (市县联动) on medicine and the business environment, a special round of the city investment companies: round-level "";
    # the bodies are told by kind (全市公立中小学校(幼儿园), 村(社区)卫生室(站), 全市城投公司): no units; the committee's
    # term is named in the plan it revised (修订《七届市委巡察工作规划》): term 7 (settled 2 by analogy, as the text names
    # no other term); several rounds are told (第二轮, 第三轮, 第四轮): round unscored; no group or day; the figures are
    # per round and per special round (763 and 526 problems, 26, 16 and 5 clues, 1376万余元 and 25万余元 recovered, 423
    # key problems): left unscored, as it is unclear which of them a reader gives the round-level text)
    ("city_2023_inspection_summary_linked_medicine_business_environment_rounds", "http://www.jiwei.gov.cn/news_content.thtml?contentId=42762", "rounds", """磨亮巡察“利剑” 守护民生福祉——2023年度市委巡察工作综述
2023年,在市委坚强领导下,市委巡察机构全面贯彻中央和省委巡视巡察工作部署要求,准确把握新时代巡察工作职责使命,不断深化政治巡察,巡察“利剑”作用进一步彰显。
坚守政治定位,全面践行政治巡察要求
市委高度重视巡察工作,……深入贯彻中央和省委巡视工作规划,结合实际修订《七届市委巡察工作规划》,对全市巡察工作作出安排部署。市委书记专题会议及时充分听取第二轮、第三轮巡察以及城投公司专项巡察情况汇报,对重点人、重点事、重点问题旗帜鲜明提出意见和要求;……
科学轮动板块,高质高效推进市县巡察全覆盖
聚焦“两个维护”根本任务,紧盯黄河重大国家战略和教育、医药、优化营商环境等重点领域,强化政治监督、查找政治偏差。第二轮巡察,首次实现对全市公立中小学校(幼儿园)巡察全覆盖,发现问题763个,移交问题线索26件,挽回经济损失1376万余元。第三轮巡察,市县联动对全市医药领域和优化营商环境领域开展巡察,延伸覆盖到所有村(社区)卫生室(站),发现问题526个,移交问题线索16件,挽回经济损失25万余元。高质量完成对全市城投公司专项巡察和审计全覆盖任务,发现重点问题423个,移交问题线索5件。……
""", {"unit": "", "units": [], "group": None, "term": 7, "start": None, "end": None, "feedback_date": None}),
    # --- second session: news --------------------------------------------------------------------------------------
    # https://www.xingning.gov.cn/xzjd/xnssmzrmzf/xwzx/xwdt/content/post_829394.html (a county-level city's look-back
    # (巡察回头看) at provincially listed poor villages: the third group's four villages of one town, 等4个 closing a list
    # of four, are the round's units as written (settled 8; the town before the first kept, as r18's 果子园乡白果村); the
    # towns named for the other groups (叶塘、大坪、龙田、石马、宁中等镇) only qualify counted villages: no units; round-level
    # ""; group 市委第三巡察组; 3月11日 (the town's mobilisation) has no year and 从即日起 no day: no start; no term,
    # round, feedback or figure. The portal's path differs from the set's yetang (r2: a 2018 mobile round at 叶塘镇, another
    # round and kind): measured)
    ("xingning_third_group_shima_four_poor_villages_look_back", "https://www.xingning.gov.cn/xzjd/xnssmzrmzf/xwzx/xwdt/content/post_829394.html", "news", """按照兴宁市委和市委巡察工作领导小组统一部署,日前,市委派出多个巡察组分别对叶塘、大坪、龙田、石马、宁中等镇的省定贫困村开展巡察回头看工作。
3月11日,石马镇组织召开扶贫领域巡察回头看工作动员会。从即日起,市委第三巡察组将对石马镇向前村、洋门村、新石村、虎石村等4个省定贫困村开展巡察回头看,重点巡察上级关切、群众关心、舆论关注的问题,着重围绕主体责任落实情况、工作作风情况、两不愁三保障政策落实情况、扶贫领域问题整改落实情况等,通过开展听取工作汇报、接受来访、来电、来信和走访调查等形式,切实解决脱贫攻坚方面面临的突出问题。
石马镇党委负责人表示,将切实提高政治站位,全力配合做好保障,主动接受监督,真实反映情况,……
(内容转载自兴宁市人民政府网)
""", {"unit": "", "units": ["石马镇向前村", "洋门村", "新石村", "虎石村"], "group": "市委第三巡察组", "term": None,
      "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.kflz.gov.cn/sitesources/qfayw/page_pc/lzay/article868054d06c4243adb46d34cf50182bba.html (a city's
    # mobile (机动式) poverty-relief inspections one level down (下沉一级) at one township in each of five counties: the
    # counties named (林州市、安阳县、内黄县、汤阴县和殷都区) only qualify the counted townships (settled 8): no units, and
    # no township is named: round-level ""; 市委5个巡察组 and their 分组 have no number: no group; 7月25日前全部入驻 is a
    # deadline without a year: no start; no term, round, feedback or figure)
    ("anyang_mobile_poverty_inspections_one_level_down_five_townships", "https://www.kflz.gov.cn/sitesources/qfayw/page_pc/lzay/article868054d06c4243adb46d34cf50182bba.html", "news", """近段时间以来,安阳市认真贯彻落实王岐山书记在扶贫领域监督执纪问责工作电视电话会议上的讲话精神,坚持突出脱贫攻坚这一主题,创新巡察方式方法,“下沉一级”对5个脱贫攻坚领域重点乡镇开展“机动式”巡察,为打赢全市脱贫攻坚战提供精准有力的执纪问责保障。
机动选取巡察对象。为真实了解情况、及时有效发现脱贫攻坚工作中存在的问题,市委巡察机构创新巡察方式,在对市直单位开展专项巡察的同时,从林州市、安阳县、内黄县、汤阴县和殷都区等5个脱贫攻坚任务较重的县(市、区)中,各选取1个乡镇开展“机动式”巡察。
机动组建巡察队伍。 市委5个巡察组各成立1个“机动式”巡察分组,由1名市委巡察组副组长兼任分组组长,从5个脱贫攻坚任务较重的县(市、区)各抽调1个整建制巡察组编入市委巡察组分组,……
机动开展巡察工作。制定了《安阳市委脱贫攻坚领域“机动式”巡察工作方案》,各巡察分组根据巡察对象情况,机动灵活制定具体的巡察办法,并结合全市脱贫攻坚迎检工作实际,7月25日前全部入驻被巡察乡镇,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.dezhoudaily.com/p/1648220.html (a county-level city audit bureau's account of its inspection-audit
    # linkage (巡审联动) on state enterprises: no visit and no body named: round-level "" with absences, as r32d reads
    # Xiajin's and the first session read Wuyuan's; "先审后巡""巡审同步" are modes, no round)
    ("leling_audit_bureau_inspection_audit_linkage_state_enterprises", "https://www.dezhoudaily.com/p/1648220.html", "news", """德州新闻网讯(李强)近日,乐陵市审计局探索“巡审联动”贯通协调监督工作模式,不断推动审计监督与巡察监督贯通融合,形成监督合力,推动国企规范发展。
该局健全工作机制,确立联审共商机制,建立巡审联动监督工作任务清单,对巡察、审计年度工作计划进行双向统筹,对重点单位采取“先审后巡”“巡审同步”模式,对体量较小的单位运用“人员参与”“结果互鉴”等模式开展联动审计。巡察、审计双方积极加强会商交流,……对于巡审过程中发现的问题,推动相关部门单位举一反三、标本兼治,推动监督成果转化为治理效能。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://m.bimoxiezuo.com/view?id=n5tw63s7mm2wmnrz&type=2 (a writing site's model speech at a county's meeting on a
    # provincial special inspection of its business environment (营商环境建设领域专项巡视): the county is 我县, unnamed, so
    # the unit is left unscored (as r32d leaves Panji's 我乡); no group, term or round (县委优化营商环境领导小组2025年第2次会议
    # is a meeting's number, no round); no day of a visit or feedback; the speech's points (一、肯定成绩…) are no problems:
    # problems 0; no figure)
    ("county_business_environment_special_inspection_speech_model", "https://m.bimoxiezuo.com/view?id=n5tw63s7mm2wmnrz&type=2", "news", """在县营商环境建设领域专项巡视工作推进会议上的讲话
同志们:
今天,我们召开县委优化营商环境领导小组2025年第2次会议,同时也是一次营商环境建设领域专项巡视工作的推进会。会议的主要任务是,深入分析当前我县营商环境建设面临的新形势、新挑战,总结前一阶段工作,并就即将全面展开的省委专项巡视反馈问题整改工作进行动员部署,推动全县营商环境持续向好、整体跃升。刚才,相关部门负责同志汇报了专项巡视工作的进展、有关考核评价指标的监测情况以及中小企业发展环境的评估报告,我都认真听了,讲得很好,反映了问题,也提出了建议。下面,我讲三点意见。
一、肯定成绩,正视差距,以更高站位认识优化营商环境的极端重要性
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.163.com/money/article/ABDFQLLF00253B0H.html (a portal's copy of a newspaper interview on the central
    # special inspections (专项巡视) with a deputy secretary of the discipline commission: no visit told: round-level "";
    # 280多家 is the count of bodies to cover, no figure; no group, term, round or day)
    ("central_special_inspections_interview_special_envoys_portal_copy", "https://www.163.com/money/article/ABDFQLLF00253B0H.html", "news", """网易首页 > 网易财经 > 正文

专项巡视:反腐的“特遣奇兵”

0
分享至

分析

专项巡视和常规巡视有哪些不同,目前试点取得了哪些成效,下一步是否会全部推开?人民日报记者就此独家专访了中央纪委副书记、中央巡视工作领导小组成员张军
原因
缩短时间确保质量
张军介绍,专项巡视是指主要针对特定事项或问题开展的巡视,是巡视工作组织制度和方式方法的创新,是确保巡视工作形成更大震慑力的重要举措。
……
其次,开展专项巡视是落实巡视全覆盖任务的重要举措。十八届三中全会强调“改进中央和省区市巡视制度,做到对地方、部门、企事业单位全覆盖”。经测算,完成中央一级的巡视全覆盖,需要巡视280多家地方、部门和企事业单位。按照常规巡视的进度和做法,即便加快频率,也不可能完成全覆盖任务。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a county paper's report of a provincial rural revitalisation research group's
    # visit and problem feedback meeting (省第五专项调研组, a 督导工作组 of the agriculture department): no party inspection:
    # nothing expected (the group's number is a research group's, no inspection group; 10月9日至12日 has no year and is the
    # research group's; its 问题反馈会 is no inspection's feedback; no problems are listed: problems 0))
    ("jiangxian_provincial_rural_revitalisation_research_group_feedback_no_inspection", "search corpus pages (no URL returned)", "news", """省乡村振兴督导工作组到我县调研并召开问题反馈会
本报讯 10月9日至12日,省第五专项调研组一行先后深入冯村岭易地扶贫搬迁安置点、横水镇、冷口乡、郝庄乡、安峪镇,开展巩固衔接重点工作专项调研,并召开问题反馈会。省第五专项调研组组长、省农业农村厅二级巡视员宋坤政,调研组副组长、吕梁市石楼县政协副主席张晓炯,县委副书记、县长李晓军,县政府副县长王大风参加会议。
会上,张晓炯反馈了在绛调研期间发现的各类问题。宋坤政针对存在的问题,提出了针对性整改建议,对下一步巩固衔接工作提出了指导性意见。……
李晓军表示,绛县将以此次调研为契机,认真落实专项调研组提出的整改意见,迅速组建县级整改专班,制定整改方案,建立问题清单、责任清单、整改清单,明确整改标准和整改时限,确保各类问题真改实改、全面清零。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- second session: noisy copies ------------------------------------------------------------------------------
    # http://www.x320.cn/content/2021-04/07/content_7083518.htm (a mirror's traditional-script copy, pinyin in brackets, of
    # a provincial discipline commission's note on a city's special round on the business environment (優化營商環境專項
    # 巡察): the fifteen bodies named in the list are the round's units, written as the text writes them, simplified and
    # without the pinyin (settled 8; the list closes with 等職能部門 and no count); round-level ""; 3個巡察組 have no number:
    # no group; 從3月下旬開始 is a part of a month (settled 11): no start; 巡察時間20天左右 is a planned length: no end; the
    # dated line (2021-04-07) and 日前 give no entry day; no term, round, feedback or figure)
    ("quanzhou_business_environment_special_round_fifteen_bodies_pinyin_trad", "http://www.x320.cn/content/2021-04/07/content_7083518.htm", "noisy", """泉州:開展優(yōu)化營商環(huán)境專項巡察
來源:福建省紀委監(jiān)委網(wǎng)站 發(fā)布時間:2021-04-07 09:19

日前,福建省泉州市委優(yōu)化營商環(huán)境專項巡察展開。根據(jù)《中國共產(chǎn)黨巡視工作條例》及中央、省委、市委關(guān)于巡視巡察工作的部署要求,經(jīng)市委同意,從3月下旬開始,對市發(fā)改委、科技局、工信局、公安局、司法局、財政局、人社局、資源規(guī)劃局、住建局、商務(wù)局、市場監(jiān)管局、金融監(jiān)管局、數(shù)字辦、行政服務(wù)中心管委會、中級人民法院等職能部門開展優(yōu)化營商環(huán)境專項巡察,巡察時間20天左右。日前,3個巡察組已進駐巡察。

根據(jù)安排,巡察期間,巡察組主要受理反映被巡察單位領(lǐng)導(dǎo)班子及其成員、下一級黨組織領(lǐng)導(dǎo)班子主要負責(zé)人和重要崗位領(lǐng)導(dǎo)干部問題的來信來電來訪,重點是推進營商環(huán)境建設(shè)過程中存在的責(zé)任履行不到位、政策落實不到底、黨員干部不擔(dān)當不作為等形式主義、官僚主義問題。……(泉州市紀委監(jiān)委)
""", {"unit": "", "units": ["市发改委", "科技局", "工信局", "公安局", "司法局", "财政局", "人社局", "资源规划局", "住建局",
                          "商务局", "市场监管局", "金融监管局", "数字办", "行政服务中心管委会", "中级人民法院"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://mmshw.com/html/2019/xunchajiandu_0904/13712.html (a mirror's traditional-script copy, pinyin in brackets, of a
    # city's poverty special group's feedback to a town: the place fed back to is 德江縣泉口鎮 and the text names its
    # committee (泉口鎮黨委能堅持…): the unit is the committee as the text names it, 泉口镇党委 (settled 15; settled 5's fuller
    # name is the committee's); group 市委脱贫攻坚第一专项巡察组 as the text writes it (no place in front); 2019年8月26日 is
    # the feedback day; no span, term or round; the town's findings run as one sentence of clauses and the two villages of
    # the extended inspection (大元村, 巖門村) have their own: problems and units left unscored (as r30's and r31's readers
    # leave clauses); clues passed on (轉有關部門處理) are no count: figures []. mmshw.com holds r24's Sinan and r33d's Tongren
    # 2021 texts: other places and rounds)
    ("dejiang_quankou_town_poverty_special_first_group_feedback_2019_pinyin_trad", "https://mmshw.com/html/2019/xunchajiandu_0904/13712.html", "noisy", """根據(jù)市委巡察工作領(lǐng)導小組部署,2019年8月26日,市委脫貧攻堅第一專項巡察組組長肖娟代表市委巡察組向德江縣泉口鎮(zhèn)反饋了巡察情況。
肖娟指出,泉口鎮(zhèn)黨委能堅持以習近平新時代中國特色社會主義思想為指導,全鎮(zhèn)基礎(chǔ)設施建設得到基本改善,“一達標兩不愁三保障”工作有序推進。巡察中,巡察組發(fā)現(xiàn)和干部群眾反映了一些問題。主要是:學習貫徹習近平總書記關(guān)于扶貧工作重要論述有差距,黨委主體責任落實不夠好,基層黨組織建設缺失,部門監(jiān)管不到位,反饋問題整改不徹底,東西部協(xié)作不深入,產(chǎn)業(yè)扶貧短期行為突出,合作社資金監(jiān)管不到位,易地扶貧搬遷后續(xù)工作有差距。延伸巡察發(fā)現(xiàn):大元村黨支部戰(zhàn)斗力不夠強,脫貧攻堅責任未壓嚴壓實,部分幫扶干部作風不實,措施到戶不夠精準,重點人群摸排不徹底,易地扶貧搬遷、危房改造、產(chǎn)業(yè)發(fā)展等工作推進遲緩。巖門村黨組織建設薄弱,有的幫扶干部作風不夠扎實,產(chǎn)業(yè)發(fā)展決策不夠科學,群眾內(nèi)生動力不足,人居環(huán)境整治不到位。同時,巡察組還收到一些問題反映,已按規(guī)定轉(zhuǎn)有關(guān)部門處理。
肖娟要求,要提高政治站位,切實做到“兩個維護”;要壓實主體責任,加強監(jiān)督管理;……
""", {"unit": "泉口镇党委", "group": "市委脱贫攻坚第一专项巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2019, 8, 26), "figures": []}),
    # http://tapsdev.com/news/show-5614.html (a mirror's traditional-script copy, pinyin in brackets, of a city's feedback of
    # its eleventh committee's ninth round, a poverty special round (脫貧攻堅專項巡察) of its districts, a high-tech zone and
    # departments: term 11, round 9 (named with the committee that runs it; the secretary's words are conveyed at the
    # round's own feedback, settled 14); round-level ""; the one body named, 棗莊高新區, is the round's unit as written
    # (settled 8, as r33d reads Siping's one named body beside counted courts), 各區(市) and the departments are told by
    # kind; groups 第一至第六 and 第七 together: group left unscored; 近日 gives no day; the findings are the round's in
    # general terms, not a list: problems unscored; no figure)
    ("zaozhuang_eleventh_term_ninth_round_poverty_special_feedback_pinyin_trad", "http://tapsdev.com/news/show-5614.html", "noisy", """近日,根據(jù)市委要求,十一屆市委第九輪巡察7個(gè)巡察組對各區(qū)(市)、棗莊高新區(qū)和負(fù)有脫貧攻堅(jiān)職責(zé)的市直部門(單位)開展脫貧攻堅(jiān)專項(xiàng)巡察的情況進(jìn)行了反饋。 在反饋巡察情況時(shí),市委巡察工作領(lǐng)導(dǎo)小組成員向被巡察區(qū)(市)、高新區(qū)主要負(fù)責(zé)人傳達(dá)了市委書記李峰同志聽取本輪巡察匯報(bào)時(shí)的講話精神。隨后,召開巡察情況反饋會,市委第一至第六巡察組向各區(qū)(市)委、高新區(qū)黨工委反饋巡察情況。市委第七巡察組向負(fù)有脫貧攻堅(jiān)職責(zé)的市直部門(單位)書面?zhèn)鬟_(dá)了市委書記李峰同志的講話精神,反饋了脫貧攻堅(jiān)專項(xiàng)巡察意見。 從巡察反饋情況看,部分被巡察黨組織貫徹黨中央脫貧攻堅(jiān)政策有偏差,抓黨建促脫貧攻堅(jiān)工作有短板,……
""", {"unit": "", "units": ["枣庄高新区"], "term": 11, "round": 9, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.024yangchetuan.com/bwbd/2023-11-27/199681.html (a mirror domain's traditional-script copy of a news
    # agency's story on a county's village inspections by crossed rotation (推磨交叉巡) and area cooperation (片區協作): the
    # village (柏勝村) is the setting of a finding, as r33d reads Tonglu's village story: unit unscored, absences kept; no
    # village is inspected by name, the 12 townships are counted: units []; 村級巡察小分隊 and 筠連鎮村(社區)巡察組 have no
    # number: no group; the dated line and 近日 give no day; 60余戶, 100余名 and 4個 are no figures)
    ("junlian_village_crossed_rotation_area_cooperation_story_trad", "http://www.024yangchetuan.com/bwbd/2023-11-27/199681.html", "noisy", """中新社四川分社正文

首頁 > bwbd > 中新網四川

宜賓筠連縣:巡察監督片區協作 開出群眾滿意之花
2023年11月27日 14:03 來源:中新網四川 編輯:曹惠君

  中新網四川新聞11月27日電(吳平華 黃耀 王稀)“柏勝村村道公路部分路基被洪水沖刷垮塌,受損路段只能半幅通行,事關周邊數千群眾的安全出行,我們巡察小分隊建議作為‘邊巡邊改’事項,立即向村上鎮上同步反饋,督促立即整改,保障人民群眾出行安全。”近日,宜賓市筠連縣筠連鎮村級巡察小分隊隊長急切地向巡察組匯報道。

筠連鎮村(社區)巡察組回訪柏勝村村道公路隱患整治情況。王稀 攝
筠連鎮村(社區)巡察組回訪柏勝村村道公路隱患整治情況。王稀 攝

  民如有呼,巡必有應。2022年,筠連縣在村級推磨交叉巡模式上不斷實踐,創新以巡察監督片區協作機制,聚力縣鄉村“三級”力量組建片區村級巡察小分隊推動巡察監督向基層民生發力,垮塌的公路堡坎修好了,還裝上了護欄;新建的蓄水池“履職”了;“越界”的桂花樹枝隱患被“剪”除了;60余戶村民有井水喝了...。.巡察監督片區協作開出群眾滿意之花。

  筠連縣注重發揮巡察的組織優勢,按照“就近協作、便于集中、優勢互補、增強合力”原則,整合全縣12個鄉鎮、12個派駐紀檢監察組力量,建立4個巡察監督協作區,并吸納縣鄉村三級紀檢監察、組織、財審、民政各等領域專業人才及村(社區)年輕干部100余名,成立4個片區巡察人才庫。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://hssesm.cn/c/2017-06-13/1589832.shtml (a mirror's traditional-script copy, pinyin in brackets, of an explainer
    # on the central mobile inspections (機動式巡視): the pilot's two groups and four bodies are counted, none named:
    # round-level "", units []; no group, term or round; 今年3月 has no year (the address's digits are no date): no start;
    # 五六個人 is staffing, no figure)
    ("central_mobile_inspections_three_minute_explainer_pinyin_trad", "http://hssesm.cn/c/2017-06-13/1589832.shtml", "noisy", """首頁>要聞>天下 天下
3分鐘讀懂“機(jī)動(dòng)式”巡視:哪里問題突出就巡哪里
關(guān)注巡視的朋友都知道,今年3月,中央派出2個(gè)巡視組對4個(gè)單位開展“機(jī)動(dòng)式”巡視試點(diǎn),這是深化政治巡視的又一重大創(chuàng)新。“機(jī)動(dòng)式”巡視到底新在何處?我們一起來了解一下。
更小
與常規(guī)巡視和專項(xiàng)巡視相比,“機(jī)動(dòng)式”巡視規(guī)模更小、人員更少,每個(gè)機(jī)動(dòng)小組只有五六個(gè)人。
……
更準(zhǔn)
不同于常規(guī)巡視的綜合體檢和專項(xiàng)巡視的專項(xiàng)檢查,“機(jī)動(dòng)式”巡視問題導(dǎo)向更加鮮明,哪里問題反映突出就去哪里,機(jī)動(dòng)靈活地選定巡視任務(wù),類似“游動(dòng)哨”。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
