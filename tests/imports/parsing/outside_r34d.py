"""Outside texts of batch r34-held, collector D's share (issue 14), held out: special rounds by subject, crossed (交叉),
raised-level (提级) and linked (上下联动) rounds, look-backs (回头看), inspection-audit linkage (巡审联动), and noisy copies
(traditional script, pinyin in brackets, run-together date digits, spam or betting mirror domains, spun and generated
copies) of texts whose bodies are in no other collector's share, collected with the search tool from public pages that
are in no earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query string (host and path
apart), in every tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r33d) and
test_outside_documents.py, and two or three distinctive names or phrases of each text (simplified and traditional script,
converted with opencc: people, towns, bodies, phrases) likewise; every text was then compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r34d.py` (see the end of this docstring). Their fields are written
down by reading only. The importer was not run on them, no test or bench that runs it was run, and the collector read
neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, extract
and score, outside_r24.py's docstring, and the brief); the integrator runs them once, and that run is the honest figure
for unseen texts.

Sources. 9 texts from the search tool's "pages" corpus, all with their address. SHORT OF THE BRIEF: the search tool's
budget for this session ran out after 14 queries (the 15th and 16th, and a find_string tried after them, answered "the
search budget for this session is used up"), so the batch holds 8 measured texts, not the 12 or more the brief asks, and
only one of them with fields beyond absences. Of the distinct addresses the 14 queries returned (about 70), about nine in ten
were earlier batches' or not texts (every hit for crossed rounds (Nanjian, Fujian's 456 groups, Yinan), raised-level and
linked rounds (Wuwei's fourth term sixth round, Zhoukou's 29 townships, Jingjiang's mobile round), look-backs (Wuzhong,
Yongde, Qianyang, Funing, a county's 169 villages on qyjw.gov.cn), special rounds (Ezhou's poverty groups, Lincang's seventh round,
Bengbu, Linli's 三资 round, a district's 2025 tenth round), inspection-audit linkage (Xiajin, Xinye, Daozhen, Diqing,
Guichi, the pilot meeting), the central 2014 and 2016 special rounds on forums, and search-tag and title-only pages
(abg.baidu tags, zhetiaohe, fengdujob, jianbiaoku)). Left out after reading as other collectors' shares: a county group's
regular feedback to a county rural revitalisation bureau (Jiangkou), a county's round at townships and villages (Qin'an,
a Yulin county's 107 villages), a province's grain special inspection of a provincial bureau and a state grain depot (Inner
Mongolia, collectors C and A), and a spun essay on the central twentieth term's fifth round entries (liyinwaihe.cn, whose
body is collector C's). What still gave new texts: a county's inspection-audit linkage at a town (Yangxian 2024), a
county's inspection-audit linkage on projects in traditional script (Wuyuan), and texts that are no party inspection or
tell none: a provincial farmland rectification supervision group's visit (Xinyu), a county bureau's check of the map
spots a farmland protection special supervision (耕地保护专项督察) fed back (Xihua), a scholar's essay on city and county
inspections and their linked supervision network on a journal mirror, a provincial organisation department's special
check of cadre selection (选人用人专项检查) in traditional script with pinyin, the Control Yuan's rules for circuit
inspections (监察院巡迴监察, 巡察 of government bodies) in traditional script, and two generated essays (one on county
inspections with special rounds, measured; one on central groups' visits to villages, on r15's npbpp portal and in its
generator's template: SHARES_TEMPLATE).

Families and counts (9 texts, 1 in SHARES_TEMPLATE; 8 measured). news 4, all measured:
yangxian_third_group_guandi_town_inspection_audit_linkage_2024 (unit 洋县关帝镇, group 县委第三巡察组, start 2024-04-08),
and three expecting nothing: xinyu_farmland_balance_rectification_supervision_group_no_inspection (督导组),
xihua_farmland_protection_special_supervision_map_spots_no_inspection (耕地保护专项督察) and
county_city_inspection_essay_linked_supervision_network_mirror (an essay, round-level "" and absences); rounds 0;
progress 0; audit 0; noisy 5, four measured, all expecting nothing: wuyuan_inspection_audit_linkage_projects_trad
(traditional script, round-level ""), liaoning_organisation_department_cadre_selection_special_check_pinyin_trad
(traditional script with pinyin: an organisation department's check), control_yuan_circuit_inspection_rules_twelve_groups_trad
(traditional script: the Control Yuan's 巡察) and county_inspection_secretary_topic_generated_essay_paxyq (a generated
essay); in SHARES_TEMPLATE: central_inspection_village_visits_generated_essay_npbpp. Round lists measured: 0.

Fields read: 10 (a unit of "" for a round-level or no-inspection text counts; no units list and no figure is read), and
68 absence checks (None, [] for units or figures, and problems 0 where headings or purposes might be counted as points),
by my count, all outside SHARES_TEMPLATE. By family: news 6 fields and 32 absence checks, noisy 4 and 36, rounds,
progress and audit 0 and 0. Figures read: none.

Reading conventions (outside_set.py's "Settled conventions" 1-16 and the written conventions of outside_r24.py's and the
r25-r33 docstrings, followed exactly): a town entered is written as the entry names it, with the places it writes in
front, and stays as written when the text names no committee of it (settled 15; r32b's 進駐沙市區關沮鎮 -> 沙市区关沮镇:
Yangxian's 进驻洋县关帝镇 -> 洋县关帝镇); a group named with its owner's place in front is written short (settled 9: 洋县县委
第三巡察组 -> 县委第三巡察组); the day a group entered is the start when no span is told (settled 10: 2024年4月8日…同步进驻);
groups without a number of their own (巡察组, 审计组, 4個檢查組, 8个核查督查组, 两个小组) are none; a day without a year gives no
date (3月27日, 從3月9日起), and 今年以來, 年初 and 2016年以来 give no day; bodies told by kind (部分市和省直單位, 县直单位,
乡镇党委, 村(社区)党组织) are no units; 督导组, 耕地保护专项督察, an organisation department's 选人用人专项检查 and the Control
Yuan's 巡察 are no party inspection: nothing expected (as r32d reads a 政治督察 and r33d a 安全生产巡查); an account of an
inspection-audit linkage that names no visited body is round-level with absences (as r32d reads Xiajin's); party
congresses (十九大, 十八大) are no committee's term; a slogan (1+1>2), staffing (委員二人), map spots and acreage of another
body's supervision (71宗, 200亩) and postcodes are no figures; expected values of traditional-script texts are written
simplified and without the pinyin.

What I was unsure of, and how I read it: Yangxian's unit. The county group's entry at a town is a county round at a
township in form (collector B's kind), but the text is about an inspection-audit linkage, which r32d's reader took into
this share (Xinye, Daozhen): taken here. The entry writes 洋县关帝镇 and the audit group's name 关帝镇: the unit is read as
the entry writes it (a reader who drops the county would write 关帝镇). Whether a county audit bureau's 巡審聯動 account
(Wuyuan) is an inspection at all: read round-level "" with absences, as r32d's Xiajin, and its three bold headings as no
problems (problems 0). The Control Yuan's rules are a Taiwanese law text, natively in traditional script, not a
conversion: put in "noisy" as r33d puts traditional-script texts there; its twelve responsibility groups name
government bodies (台北市政府, 高雄市政府…), which an importer might list as units: units [] is the check. The essays (the
journal mirror's and the generated one) tell no inspection: round-level "" and absences; whether a reader counts an
essay's bullet points as problems is the doubtful check (problems 0 on paxyq's, and none scored on npbpp's, which is left
out anyway). Portals shared with earlier batches: handmsg.com (r10's audit editorial, r32d's Wutongqiao villages: other
texts and kinds), fx361.cc (r10's and r11's other papers), npbpp.com (r15's generated essay: this essay is in
SHARES_TEMPLATE for it); yangxian.gov.cn, imaomimi.com, pc.yun.jxntv.cn, zrzyhghj.zhoukou.gov.cn, rootlaw.com.tw and
paxyq.com are in no batch.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r34d.py` (9 texts against 1953 earlier): no address is
shared; 13 pairs share more than 3 shingles, 2 of them more than 3 beyond the tool's formulas: Yangxian with r32d's
xinye_chengjiao_township_inspection_audit_linkage_2024 (6, the phrase 巡察“政治体检”与审计“经济体检”, a slogan of the
linkage: another county, town and text) and the essay with r8's yuhuatai_fifth (6, the formula 打通全面从严治党的“最后一公里”);
below that line the Liaoning check shares the pinyin of 領導 and 發現的問題 with eleven traditional copies; the longest
shared run is 18 characters; the tool counts no text as sharing more than formulas with the seeds. The other collectors'
files that existed at the end, outside_r34.py, outside_r34b.py and outside_r34c.py (still being written when compared),
were compared (addresses normalised without scheme, www./m./mip./wap. and query string; hosts; 12-character shingles): no
address or host is shared and no pair shares more than 3 shingles.
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
]
