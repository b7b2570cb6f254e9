"""Outside texts of batch r31-held, collector D's share (issue 14), held out: special rounds by subject (business
environment, misconduct near the people, urban greening, the Yangtze, education, epidemic control, poverty), crossed,
raised-level and linked rounds, look-backs, and noisy copies (traditional script, pinyin in brackets, a broken quote,
spam and mirror domains) of bodies in no other collector's share, collected with the search tool from public pages that
are in no earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query string, in every
tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r30d) and test_outside_documents.py, and two
or three distinctive names or phrases of each text (simplified and traditional script: people, towns, villages, round
strings, figures) likewise; every text was then compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r31d.py` (see the end of this docstring). Their fields are written down by reading only.
The importer was not run on them, no test or bench that runs it was run, and the collector read neither imports/parsing
nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, extract and score,
outside_r24.py's docstring, and the brief); the integrator runs them once, and that run is the honest figure for unseen
texts.

Sources. 14 texts from the search tool's "pages" corpus, 13 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for this share: of about 90 candidate addresses checked, about eight
in ten were earlier batches' (every hit for Kunming's village rounds, Nanling's and Qianyang's look-backs, Xishui's sixth
round, Yongde's look-back, Funing's checks, the Zhoukou linked poverty round, Anshan's raised-level round of county
discipline and organisation bodies, Jingjiang's mobile round, Linli's collective assets round, Xihua's look-back story,
Fanchang's fourteenth round, Qingyang's village look-back, Wuhu's raised-level round survey, Qianshan's education round,
Xingguo's villages, Ezhou's, Zhenba's, Midu's, Jianchuan's, Jingdezhen's, Longmen's, Lianyuan's and Hengyang's poverty
rounds, Wuwei's raised-level towns, Binzhou's four-level linkage, Dongying's linked courts and police, Yueyang's elderly
care mobile round, Xingning's town look-back, Quanzhou's grain round, Xiamen's sixth crossed round, Zhangzhou's crossed
civil affairs story, the Tianjin and Xinhua crossed-inspection surveys, Suixian's return check, the Haidong, Shangluo and
Fengxian accounts, a district's linked grain round's progress, and most traditional-script mirrors (dingqianjf, qdubb,
arkombiservisi, dou301, sidaelectron, 925eat, ttnews, hlnfamily, vtrackmedia, 15m8, dddjmc)). Left out after reading:
enterprises' special rounds (a city construction investment group copied on three mirror domains, a state assets
commission's group at a machinery firm, collector A's share), central and provincial inspections of places and
departments (Kunming's raised-level central round and its traditional copy, Shanghai's eleventh term second round,
Hubei's health commission progress on a spam domain, collector C's share), city and county regular rounds at towns,
villages and departments (Qin'an, Hengshan, Shimen, Dehua, collector B's share), and the same portal's three-way village
poverty round at another town (lajzjjjc.gov.cn, r7's and r18's). What still gave new texts: a city's "5+3" special round
mobilised (Huaibei, term 9), a city's 2020 deployment of a regular round, a Yangtze special round and return checks
(Jingzhou), a city's urban greening special round entered (Anqing 2023), a city's business environment special round as
its ninth round (Weifang 2020), a county-level city's round with a business environment look-back (Xiangxiang, term 8),
a county-level city's group at a town for a poverty special round (Huazhou), a county-level city's epidemic "pinpoint"
inspections meeting (Huixian 2022), a county's education special rounds (Tongshan), two accounts of village inspections
by crossed and special rounds (Fujian; Yunmeng copied with a wrong date), a city-county linked round copied in
traditional script with pinyin (Yancheng), and two texts that are no party inspection copied on mirror or spam domains
(a district political-legal committee's 政治督察, Wulingyuan 2022; a provincial business environment check group, Panjin
2017); and one in SHARES_TEMPLATE: Putian's twelfth round business environment special round mobilised (r30d holds the
same round's poverty mobilisation on the same portal).

Families and counts (14 texts, 1 in SHARES_TEMPLATE; 13 measured). rounds 6, five measured:
huaibei_ninth_term_5plus3_special_round_mobilisation (term 9; absences of the conveyed central round),
jingzhou_2020_rounds_deployment_yangtze_special_return_checks (a list of 9 bodies, parts of months),
anqing_urban_greening_special_round_eleven_groups_entries (absences only), weifang_twelfth_term_ninth_round_business_environment_special_mobilisation
(term 12, round 9), xiangxiang_eighth_term_first_round_business_environment_look_back_entries (term 8, round 1, a list of
24 items), and in SHARES_TEMPLATE putian_seventh_term_twelfth_round_business_environment_special_look_back_mobilisation
(term 7, round 12); news 5, all measured: huazhou_fourth_group_boyang_town_poverty_special_mobilisation (a town and a
group), huixian_epidemic_pinpoint_inspections_progress_meeting_2022 (absences only), tongshan_education_special_rounds_tallies
(four figures), fujian_village_extension_crossed_and_special_rounds_account and yunmeng_village_inspections_three_ways_account_copy
(absences only); progress 0; audit 0; noisy 3, all measured: yancheng_city_county_linked_four_towns_common_problems_pinyin_trad
(traditional script with pinyin and a broken quote: a problems figure), and two expecting nothing:
wulingyuan_political_legal_committee_political_supervision_no_inspection_pinyin_trad (a mirror domain) and
panjin_business_environment_check_group_no_inspection_spam_pinyin_trad (a spam domain). Round lists measured: 2
(Jingzhou's 9 bodies, Xiangxiang's 24 items).

Fields read: 55 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 88 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by my count, all
outside SHARES_TEMPLATE (the Putian text adds 3 and 6). By family (outside SHARES_TEMPLATE): rounds 43 fields and 31
absence checks, news 8 and 32, noisy 4 and 25, progress 0 and 0, audit 0 and 0. Figures read: problems 2 (Tongshan's
共反馈问题129个, Yancheng's 45條共性問題), completed 1 (已整改销号127个), rules_established 1 (健全完善制度机制32项),
accountable_people 1 (追责问责18人).

Reading conventions (outside_set.py's "Settled conventions" 1-13 and the written conventions of outside_r24.py's and the
r25-r30 docstrings, followed exactly): a day without a year gives no date unless the text or its dated line gives its
year (Huaibei's 4月25日, Anqing's 7月10日至12日, Weifang's 4月23日, Huazhou's 8月16日: an address's date is no dated line);
a mobilisation, meeting or launch day is no start (settled 10: Jingzhou's 5月8日, Huixian's 3月31日 under its dated line
2022-04-02, Putian's 6月3日); parts of months give no day (settled 11: 5月中旬…6月下旬, 9月上旬…10月下旬); a month without
a year gives no date (今年3月); a planned length is no end (60天左右, 15天左右, 为期3个月); a term or round named with the
committee that runs it is the text's (九届市委…专项巡察, 十二届市委第九轮, 八届市委第一轮, 七届市委第十二轮), a round only
conveyed is not (二十届中央第四轮巡视, the fourth round's collective feedback and fifth round's mobilisation at Anqing);
bodies named in full before their count are units as written, bodies revisited and those of a special round in the same
list included (settled 8: Xiangxiang's 5, 13 and 6; Jingzhou's 8), and a body named beside counted places is a unit of
the round (荆州开发区 beside 8个县市区); counted kinds are no units (4個鎮, 16個村, 11个专项巡察组, 69个单位); a group named
with its owner's place in front is written short (settled 9: 化州市委第四巡察组 -> 市委第四巡察组); groups with no number
(市委巡察组, 专项巡察组, 区委村级交叉巡察组) and a group named under its round (云梦县第八轮巡察组) are not the text's group;
the finer count is the problems figure (settled 4), and common problems a round combed out are its problems figure (as
r25b's Jingdezhen reads 普遍性倾向性问题117条); 督察, 检查组 and other bodies' checks are no party inspection: nothing
expected; expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it: Jingzhou's deployment names the regular round's 8 bodies and 荆州开发区 among the
special round's counted places; all 9 are expected as units (a stricter reader of r30d's Putian convention would leave
the ninth unscored), and its round is left unscored because 2020年首轮巡察 most likely names the regular round itself
(a reader could expect round 1). Xiangxiang lists 农业农村局 in both the regular and the look-back list; it is expected
twice, as the text lists it (a reader counting bodies would list it once). Anqing's greening round may be the city's
fifth round whose mobilisation speech its meetings conveyed; the text does not say so, so the round is left unscored.
Yancheng's 45條共性問題 is read as the linked round's problems figure; a stricter reader might call common problems no
count of the round's findings. Tongshan's figures are the tallies of five education rounds told together (no one
round's); they are expected on the round-level inspection the text tells. Yunmeng's copy carries a dated line
(2021-03-31) that cannot be its own year (至8月底, 2019年计划出列), so its special round's 6月18日至7月15日 is left unscored,
and its totals and per-way counts belong to several inspections, so its figures are left unscored: it is measured on
absences only. Fujian's account tells two places' inspections, so unit and units are left unscored. Huazhou's text comes
from a portal (mmcxw.com) r6's yangmei also uses (another group's regular entry at another town); Anqing's from the city
discipline portal (aqjjjc.gov.cn) r11, r13, r29d and r30d use (other rounds and kinds): both are measured. Putian's is
put in SHARES_TEMPLATE: the same round and portal as r30d's Putian text, mobilised the same day (another special round).
The Huaibei round is one city's part of the province's "5+3" special rounds, as r13's anqing_ninth_round_collective_feedback
is another city's: another city and kind, measured.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r31d.py` (14 texts against 1790 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)", which r30c's
zhejiang_2010_county_leaders_economic_responsibility_audit_entry_pinyin_trad also carries); 35 pairs share more than 3
shingles, 8 of them more than 3 beyond the tool's formulas, all official wordings or the subject's name: Huaibei's
mobilisation with r13's anqing_ninth_round_collective_feedback (9, the province's special round's name
群众身边不正之风和腐败问题“5+3”专项巡察: another city, a feedback), Anqing's entries with r9's lc_five_years (4,
委书记专题会议听取巡察情况汇报), r16's xiongan_fourth_round_feedbacks (5, 巡察情况汇报时的讲话精神, 被巡察党组织主要负责同志作表态发言),
r23's tiantai_court_city_crossed_political_legal_group_mobilisation_2024 (2) and r29d's city_leading_group_linked_round_two_terms_hearing_2022
(3, the leader's name 耿延强: r29d's text is another meeting of the same city's leading group, a hearing of another
round), Xiangxiang's entries with r27d's district_grain_special_round_six_points_announcement (12, the complaints formula
主要受理反映被巡察党组织领导班子及其成员、下一级党组织), Putian's with r26b's jiangxia_fifth_term_twelfth_round_natural_resources_special_mobilisation
(4, 委第十二轮优化营商环境专项巡察), Fujian's account with r16's yongshou_village_inspections_sum (5, 打通全面从严治党“最后一公里”),
Wulingyuan's copy with r25b's leibo_rounds_since_2017_story_pinyin_trad (6, the pinyin of 察動(dòng)員大會(huì)) and Panjin's with r19's
urban_development_group_project_patrol_trad (6, the pinyin of 重點(diǎn)項(xiàng)目). Below that line: mobilisation formulas
(市委常委、市委巡察工作领导小组组长, 组长授权任职及任务分工的决定) and the pinyin of 鄉(xiāng)鎮(zhèn); the longest shared run is
27 characters. The tool counts one text as sharing more than formulas with the seeds (Anqing's entries: 推进党的自我革命、
全面从严治党的战略性制度安排, 市委书记专题会议听取巡察情况汇报, 贯彻落实习近平生态文明思想), no seed's text. The other
collectors' files that existed at the end, outside_r31.py (15 texts, 14 addresses), outside_r31b.py (12 addresses)
and outside_r31c.py (13), were compared
(addresses normalised without scheme, www./m./mip./wap. and query string; hosts, places and names grepped; 12-character
shingles): no address, host, place or name is shared; two pairs share more than 3 shingles, both formulas (Huaibei's
mobilisation with r31b's jiaoqu_eleventh_term_first_round_two_towns_villages_2022 (4, 组长授权任职及任务分工的决定),
Weifang's with r31c's echeng_provincial_seventh_group_entry_mobilisation (7, 市委常委、市纪委书记、市监委主任)); none with outside_r31.py.
"""

from __future__ import annotations

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the same round (七届市委第十二轮, Putian 2020, mobilised on 6月3日) on the same portal (m.mnw.cn, 湄洲日报) as
    # r30d's putian_seventh_term_twelfth_round_poverty_special_look_back_mobilisation: this copy tells the round's
    # business environment special round and "放管服" look-back, that one its poverty special round
    "putian_seventh_term_twelfth_round_business_environment_special_look_back_mobilisation",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R31D = [
    # --- rounds: special rounds by subject, look-backs, a year's deployment ------------------------------------------
    # https://www.huaibei.gov.cn/xwzx/ldhd/64718148.html (a city's special round on misconduct and corruption near the
    # people ("5+3"), mobilised: 九届市委…专项巡察 is term 9, named with the committee that runs it; no round number; no
    # group with a number, no body named (the counties are only to be linked with, 市县区联动); 4月25日 is the meeting's
    # day and has no year (settled 10; the address is no dated line); the central round the meeting studied
    # (二十届中央第四轮巡视) is only conveyed: no round 4, no term 20)
    ("huaibei_ninth_term_5plus3_special_round_mobilisation", "https://www.huaibei.gov.cn/xwzx/ldhd/64718148.html", "rounds", """九届市委群众身边不正之风和腐败问题“5+3”专项巡察动员部署会召开
4月25日,九届市委群众身边不正之风和腐败问题“5+3”专项巡察动员部署会召开。市委常委、市委巡察工作领导小组组长李朝晖出席会议并讲话,市委常委、市委巡察工作领导小组副组长金更华主持会议。
会议传达学习了习近平总书记在中共中央政治局会议审议《关于二十届中央第四轮巡视情况的综合报告》时的重要讲话精神,宣布了《九届市委群众身边不正之风和腐败问题“5+3”专项巡察工作方案》《关于九届市委群众身边不正之风和腐败问题“5+3”专项巡察组长授权任职及任务分工的决定》。
会议强调,要提高政治站位,精心组织实施,以强烈的使命感和责任感推动专项巡察工作取得实效。要紧盯“关键少数”和重点岗位,针对行业领域特征深入开展监督检查。要把握专项巡察重点环节,抓好市县区联动,切实加强自身建设,高质量完成巡察任务。
""", {"unit": "", "units": [], "group": None, "term": 9, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://jingzhou.cjyun.org/p/283125.html (a city's deployment of its 2020 inspections: one regular round, one
    # Yangtze protection special round, two return checks. The regular round's 8 bodies are named in full before their
    # count (…沙市中学等8家单位) and 荆州开发区 is named beside the special round's counted places (8个县市区及荆州开发区):
    # the 9 named bodies are units as written (settled 8), the counted places none; unit "" (several rounds deployed
    # together, none numbered); 5月8日 is the launch day (no start); 5月中旬…6月下旬 and 9月上旬…10月下旬 are parts of
    # months (settled 11): no start, no end; 2020年首轮巡察 (whose rectification is to be checked) most likely names the
    # regular round itself, so the round is left unscored; the 2019 anti-gang round only conveyed; no group, no term)
    ("jingzhou_2020_rounds_deployment_yangtze_special_return_checks", "http://jingzhou.cjyun.org/p/283125.html", "rounds", """2020年市委巡察工作正式启动

云上荆州报道:根据市委统一部署,5月8日,我市正式启动2020年巡察工作,全年将开展1轮常规巡察、1轮长江大保护专项巡察、2轮回访督查。

其中,常规巡察对象为纪南文旅区、荆州高新区、湖北洪湖国家级自然保护区管理局、市社科联、荆州理工职业学院、荆州教育学院、荆州中学、沙市中学等8家单位。将紧扣被巡察党组织的职责使命,围绕“三个聚焦”……开展巡察。常规巡察将于5月中旬进驻,6月下旬结束。

长江大保护专项巡察对象为8个县市区及荆州开发区。将围绕长江大保护十大标志性战役实施情况,突出“三个紧盯”……开展巡察。专项巡察将于9月上旬进驻,10月下旬结束。

为做实做细巡察“后半篇文章”,市委还将于7月、12月分别对2019年扫黑除恶专项巡察反馈问题整改情况和2020年首轮巡察反馈问题整改情况开展回访督查,重点围绕“纠、清、治、问、建”五个方面开展检查,确保巡察整改“不虚一事、不落一件”。

(记者:孙斌)
""", {"unit": "", "units": ["纪南文旅区", "荆州高新区", "湖北洪湖国家级自然保护区管理局", "市社科联", "荆州理工职业学院",
                            "荆州教育学院", "荆州中学", "沙市中学", "荆州开发区"],
      "group": None, "term": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.aqjjjc.gov.cn/html/2023/yaowenbobao_0713/32160.html (a city's urban greening special round: its 11
    # special groups entered; no group with a number, no body named (各被巡察党组织); 7月10日至12日 are the mobilisation
    # meetings' days and have no year (the address's year is no dated line): no start; the city's fourth round's
    # collective feedback and fifth round's mobilisation are only conveyed (讲话精神), so no feedback day; whether the
    # greening round is that fifth round the text does not say: the round is left unscored. r9's jinghu_cross is Wuhu's
    # greening round, another city's; the portal holds r30d's Anqing safety round, another round and kind)
    ("anqing_urban_greening_special_round_eleven_groups_entries", "https://www.aqjjjc.gov.cn/html/2023/yaowenbobao_0713/32160.html", "rounds", """近日,按照市委统一部署安排,全市11个城市绿化工程领域专项巡察组全面完成进驻。
7月10日至12日,各专项巡察组分别召开专项巡察进驻动员会,传达学习张祥安在市委书记专题会议听取巡察情况汇报时的讲话精神,以及市委常委、市委巡察工作领导小组组长耿延强在第四轮巡察集中反馈会议暨第五轮巡察动员部署会上的讲话精神,各专项巡察组组长作动员讲话,各县(市、区)分管负责同志出席会议并就配合做好巡察工作提出要求,各被巡察党组织主要负责同志作表态发言。
各专项巡察组组长指出,巡视巡察是党章赋予的重要职责,是推进党的自我革命、全面从严治党的战略性制度安排。本轮对城市绿化工程领域开展专项巡察,是深入贯彻落实习近平生态文明思想的行动实践……
""", {"unit": "", "units": [], "group": None, "term": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://wfrb.wfnews.com.cn/content/20200424/Articel02002TB.htm (a city's ninth round, its business environment
    # special round, mobilised: 十二届市委第九轮巡察 term 12, round 9; 4月23日 is the meeting's day and has no year (the
    # address's date is no dated line): no start; no group with a number, no body named)
    ("weifang_twelfth_term_ninth_round_business_environment_special_mobilisation", "http://wfrb.wfnews.com.cn/content/20200424/Articel02002TB.htm", "rounds", """全市巡察工作“规范化建设年”暨十二届市委第九轮巡察(优化营商环境专项巡察)动员部署会召开

本报讯 (记者张传亮)4月23日,全市巡察工作“规范化建设年”暨十二届市委第九轮巡察(优化营商环境专项巡察)动员部署会召开。市委常委、市纪委书记、市监委主任,市委巡察工作领导小组组长张晓峰出席并讲话,市委常委、组织部部长,市委巡察工作领导小组副组长刘国伟主持会议。 会议指出,加强巡察工作规范化建设是一项基础性、保障性的重要任务。…… 会议强调,要坚守政治巡察定位,聚焦被巡察党组织职责使命和核心职能,突出关键少数,把握阶段性特征,持续深化政治监督。常规巡察立足全面政治体检……;优化营商环境专项巡察突出“专”的特点,紧盯落实惠企政策、推进流程再造、优化审批服务、规范监管执法、维护市场秩序等关键环节,重点检查在政策执行、担当作为、工作落实、纪律规矩等4方面存在的问题。要用好“巡审联动”、市县联动、明察暗访、走访服务对象、投诉受理回访等方式……
""", {"unit": "", "units": [], "group": None, "term": 12, "round": 9, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a county-level city's first round of its eighth committee entered: regular
    # rounds of 5 bodies, a business environment special round's look-back at 13 bodies and village extensions at 6
    # villages, every body named in full before its count: the 24 listed items are the round's units as written
    # (settled 8; bodies revisited and those of a special round included, as r24 reads them; 农业农村局 is listed in
    # both the regular and the look-back list, and is kept twice as the text lists it); 八届市委第一轮 term 8, round 1;
    # 近期 gives no entry day; 60天左右 and 15天左右 are planned lengths, no end; no group with a number)
    ("xiangxiang_eighth_term_first_round_business_environment_look_back_entries", "search corpus pages (no URL returned)", "rounds", """根据湘乡市委统一部署,八届市委第一轮巡察各巡察组近期已全部完成进驻。
巡察时间
本轮采取常规巡察、专项巡察和村(社区)延伸巡察相结合的方式,常规巡察和专项巡察时间为60天左右,村(社区)延伸巡察时间为15天左右。
巡察范围
对农业农村局、水利局、产业集团、城乡集团、育塅乡等5家单位党组织开展常规巡察;对公安局、经开区、市场监督管理局、住房和城乡建设局、金融办、交通运输局、自然资源局、湘潭市生态环境局湘乡分局、应急管理局、行政审批服务局、农业农村局、城管局、发展和改革局等13家单位党组织开展营商环境专项巡察“回头看”;对新湘路街道新港社区、白田镇石江村、潭市镇砂坪村、泉塘镇彪家村、东山街道双泉村、山枣镇洙津村等6家单位党组织开展村(社区)延伸巡察。
受理范围
主要受理反映被巡察党组织领导班子及其成员、下一级党组织主要负责人和重要岗位负责人问题的来信来电来访……
""", {"unit": "", "units": ["农业农村局", "水利局", "产业集团", "城乡集团", "育塅乡", "公安局", "经开区", "市场监督管理局",
                            "住房和城乡建设局", "金融办", "交通运输局", "自然资源局", "湘潭市生态环境局湘乡分局", "应急管理局",
                            "行政审批服务局", "农业农村局", "城管局", "发展和改革局", "新湘路街道新港社区", "白田镇石江村",
                            "潭市镇砂坪村", "泉塘镇彪家村", "东山街道双泉村", "山枣镇洙津村"],
      "group": None, "term": 8, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.mnw.cn/news/pt/2287652.html (SHARES_TEMPLATE: r30d's Putian round 12 on the same portal. A city's
    # twelfth round of its seventh committee, its business environment special round and "放管服" look-back, mobilised:
    # term 7, round 12; 6月3日 is the meeting's day (settled 10); 为期3个月 is a planned length; the 69 bodies and 5
    # county committees are counted, none named)
    ("putian_seventh_term_twelfth_round_business_environment_special_look_back_mobilisation", "http://m.mnw.cn/news/pt/2287652.html", "rounds", """莆田开展专项巡察为期3个月 优化营商环境

湄洲日报   2020-06-05 15:15

  6月3日,我市组织召开七届市委第十二轮优化营商环境专项巡察暨“放管服”改革巡察“回头看”动员会。此次专项巡察为期3个月,涉及营商环境联席会议成员单位、“放管服”改革成员单位、开放招商5条战线牵头单位69个,以及5个县(区)委。

  此次专项巡察重点突出“专”的特点,围绕开放招商、项目带动,聚焦优化营商环境,紧盯“两个责任”落实情况,促进干部担当尽责、提振干事创业精气神。……
""", {"unit": "", "units": [], "group": None, "term": 7, "round": 12, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- news: a special round's group at a town, progress meetings, accounts of subject rounds ----------------------
    # https://mmcxw.com/news/857.html (a county-level city's fourth group mobilising its poverty special round at a
    # town: unit 播扬镇 (as r6's yangmei reads the town its group entered); the group written short (settled 9:
    # 化州市委第四巡察组 -> 市委第四巡察组); 8月16日 is the meeting's day and has no year: no start; no round or term.
    # The portal holds r6's yangmei, another group's entry at another town in another round)
    ("huazhou_fourth_group_boyang_town_poverty_special_mobilisation", "https://mmcxw.com/news/857.html", "news", """8月16日下午,播扬镇在镇政府五楼会议室召开了化州市委第四巡察组专项巡察播扬镇扶贫领域工作动员会议,市委第四巡察组组长黄浩宇作了专项巡察动员讲话,镇委书记彭建春作了表态发言。全体镇干部、各村(社区)支部书记、驻村第一书记、机关单位负责人、各中小学校校长等120多人参加了会议。
动员会上,第四巡察组组长黄浩宇就此次巡察工作作了动员讲话,阐述了开展扶贫领域专项巡察工作的重要意义,明确了这次巡察工作的总体要求、目标任务、工作方式。
""", {"unit": "播扬镇", "group": "市委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.kflz.gov.cn/sitesources/xxjjjcw/page_pc/xsqjw/hxs/xxgk/xsxc/article883055f9f89e499abf2fab541de6eef3.html
    # (a county-level city's inspection office meeting on its epidemic "pinpoint" inspections: no body, no group with
    # a number, no round; 3月31日 (the dated line gives 2022) is a meeting's day, no start (settled 10); the groups'
    # problems are only reported, none listed or counted: problems 0)
    ("huixian_epidemic_pinpoint_inspections_progress_meeting_2022", "https://www.kflz.gov.cn/sitesources/xxjjjcw/page_pc/xsqjw/hxs/xxgk/xsxc/article883055f9f89e499abf2fab541de6eef3.html", "news", """群策群力,持续推进疫情防控“点穴式”巡察

2022-04-02 08:54 来源: 辉县市

3月31日,市委巡察办召开疫情防控“点穴式”巡察推进会议,传达全市疫情防控工作会议精神,安排部署“点穴式”巡察工作下一步具体任务,统筹疫情防控和经济社会发展,积极为全市中心工作保驾护航。

会上,各巡察组汇报了各自发现的个性和共性问题,根据新的疫情防控形势和我市实际情况,提出了一些加强行业管理、重点场所重点人群科学防控等意见建议,为下一步开展“点穴式”巡察提供了经验借鉴。

会议强调,要坚持问题导向,重点推进整改落实,及时查风险、补短板、补漏洞,立行立改……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://tsx.xnjwjc.gov.cn/gzzc/xcgz/202111/t20211117_2432122.shtml (a county's account of its five education
    # special rounds: the rounds' tallies are its figures (共反馈问题129个 problems 129, 已整改销号127个 completed 127,
    # 健全完善制度机制32项 rules established 32, 追责问责18人 accountable people 18); the schools, places and teachers of
    # the opening and of the look-back (学位7000多个, 教师补员1396人, 培训机构87所, 5名在职教师, 10.81万元) are no
    # inspection's figures; no body, group, round or day; the quoted findings are examples, not a list: problems
    # unscored)
    # (r32 pass: 清退违规兼职取酬10.81万元 expected as funds_recovered, a metric the issue names (追缴/收缴/清退/挽回资金) and a
    # count told in the rounds' tallies, as r11's convention reads counts told in stories)
    ("tongshan_education_special_rounds_tallies", "http://tsx.xnjwjc.gov.cn/gzzc/xcgz/202111/t20211117_2432122.shtml", "news", """“新建迎宾路小学、实验高中等城区中小学5所,新增学位7000多个,乡镇公办幼儿园实现全覆盖,教师补员1396人,义务教育均衡发展高分通过国家验收……”县教育局相关负责人介绍起了巡察给该县教育领域带来的变化。
近来,通山县委巡察办聚焦人民群众高度关注的教育领域,紧盯教育资金拨付使用、项目招标验收、办学入学规范、师德师风建设等关键环节,深入开展教育领域专项巡察,为推进清廉学校建设,营造风清气正的政治生态和育人环境提供坚强的政治保障。
“群众观念和民生意识淡薄,解决大班额、入园难问题不到位;落实小学体音美教师专职要求不到位,初三、高中挤占小课现象严重;教师队伍结构不合理,临时人员数量多……”在5次教育领域巡察中,针对发现的问题一一列出反馈问题清单,帮助被巡察单位“按方抓药”。
在巡察反馈后,采取倒销号方式对整改落实情况跟踪督促、一抓到底。……截至目前,共反馈问题129个,已整改销号127个,健全完善制度机制32项,追责问责18人。
此外,加大巡察“回头看”力度,对巡察质效进行全面“扫描”。在今年的巡察“回头看”整改中,排查挂牌办学教育培训机构87所,对违规办学的要求限期整改,对违法或存在重大安全隐患的下达停办通知,督促5名在职教师清退违规兼职取酬10.81万元。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None,
      "figures": [("problems", 129), ("completed", 127), ("rules_established", 32), ("accountable_people", 18), ("funds_recovered", 10.81)]}),
    # http://fujiansannong.cn/info/49330 (a province's account of city and county inspections extended to villages:
    # a district's village crossed group's feedback (龙文区委村级交叉巡察组, no number) and a county group's special round
    # at a village (大田县委巡察组, no number): several places' stories, so the unit and units are left unscored; 今年3月
    # is a month without a year; 2003年、2007年 date the leases the village took back, no inspection day)
    ("fujian_village_extension_crossed_and_special_rounds_account", "http://fujiansannong.cn/info/49330", "news", """“一亩地承包价从原来的1元钱增加到7元钱,多亏了巡察组啊!”不久前,根据漳州市龙文区委村级交叉巡察组反馈的问题,郭坑镇扶摇村收回2003年、2007年两宗违规承包的山地,以公开竞价的方式重新发包,当地村民纷纷叫好。
这是在推动市县巡察向村(社区)延伸过程中,着力解决群众身边的腐败和作风问题的一个生动实例。近年来,我省坚持以人民为中心,结合脱贫攻坚、扫黑除恶、村级换届以及群众关注的热点难点等,把巡察监督的触角向下延伸到村一级,打通全面从严治党“最后一公里”。
聚焦村级特点——
“三不”要求从简求效
今年3月,大田县委巡察组在对大田县屏山乡玉屏村开展专项巡察时,发现屏山乡水利站和玉屏村“两委”存在敷衍应付、落实不力等形式主义、官僚主义问题,导致部分村民吃不上自来水。随即,屏山乡纪委随即对相关责任人员进行立案调查,村民“吃水难”问题也得到彻底解决。……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://lzfzsp.org.cn/show-11870.html (a portal's copy of a county's account of its village inspections by three
    # ways (towns with villages, crossed, special): its totals and each way's counts belong to several inspections, so
    # the figures are left unscored; the round-8 group (云梦县第八轮巡察组) is a photo's caption, named under its round
    # and not numbered: no group, round left unscored; the special round's 6月18日至7月15日 has no year of its own and
    # the copy's dated line (2021-03-31) cannot be the year of a text that tells 至8月底 and 2019年计划出列: start and
    # end left unscored; no term, no feedback day)
    ("yunmeng_village_inspections_three_ways_account_copy", "http://lzfzsp.org.cn/show-11870.html", "news", """云梦:“三个一批”分类推进村级巡察全覆盖
发布时间:2021-03-31 来源: 湖北省纪委监委网站 作者:佚名
近日,云梦县第八轮巡察组工作人员深入吴铺镇韩信村入户收集意见建议。这是该县聚焦群众身边“微腐败”问题,以巡镇代村的方式,推动村级巡察全覆盖的一个缩影。
今年以来,云梦县委巡察办注重个性差异,突出巡察重点,将全县292个村(社区)分为重点村、关注村和一般村三类。按照“三个一批”的原则,即“巡镇带村”一批、交叉巡察一批、专项巡察一批,分类推进村级巡察全覆盖。至8月底,该县已完成117个村的巡察任务,发现问题线索99个,已立案查处30余件。
该县对村情复杂、矛盾突出、群众反映强烈的重点村(社区),由县委巡察组在巡察乡镇时一并开展常规巡察。今年来,该县以“巡镇带村”方式分别对下辛店镇新店村等8个重点村,道桥镇共星村等6个重点村,胡金店镇潘陈村等5个重点村开展村级巡察,共发现5个方面94个问题,移交问题线索19件。
按照乡镇相邻的原则,在全县组建4个乡镇巡察协作区,对体量一般、项目建设较少、群众反映问题不多的关注村(社区)开展交叉巡察。今年来,组建4个交叉巡察小组对开发区和平村等5个村,城关镇周田村等5个村,伍洛镇新发村等6个村,义堂镇蔡河村等6个村开展村级交叉巡察,共发现5个方面87个问题,移交问题线索17件。
对问题单一的纯农业村或存在党建工作薄弱、脱贫攻坚不力、黑恶宗族势力渗透蔓延、惠民政策落实不到位等突出问题的村(社区)开展专项巡察。今年6月18日至7月15日,该县对2019年计划出列的10个重点贫困村开展了专项巡察,发现4个方面14类问题。……
""", {"group": None, "term": None, "feedback_date": None}),
    # --- noisy: traditional script, pinyin in brackets, spam mirror domains --------------------------------------------
    # http://shoufuban.net/content/18/0328/14/999124_740879873.shtml (a document site's traditional-script copy, pinyin
    # in brackets and a broken quote (?!丙}城 for ?”鹽城), of a city's linked inspection: the city's groups at 4 towns,
    # the counties' groups at 16 of their villages, all counted, none named; no group with a number, no round, no day
    # (今年以來); 45條共性問題 are the problems the linked round combed out (problems 45, as r25b's Jingdezhen reads
    # 普遍性倾向性问题117条); 4個方面13條意見建議 are suggestions, no metric)
    ("yancheng_city_county_linked_four_towns_common_problems_pinyin_trad", "http://shoufuban.net/content/18/0328/14/999124_740879873.shtml", "noisy", """今年以來,江蘇省鹽城市積極探索市級巡察向基層延伸機制,提出“巡察對象下沉一級、整改責任上調一級”的工作思路。按照這個思路,該市整合市縣巡察力量,由市委巡察組對4個鎮(zhèn)黨委開展巡察,縣委巡察組選擇這4個鎮(zhèn)的16個村(居)黨組織,將巡察利劍直插鄉(xiāng)鎮(zhèn)站所和村(居)。
該市在“聯(lián)”上堅持一體謀劃、同步推進,從巡察內容、程序到方式方法上統(tǒng)一要求、一把尺子;在“動”上強化上下借力、同頻共振,精準點穴式巡察,提升巡察監督實效,實現市縣聯(lián)動巡察“1+1>2”的監督效應。……
為放大聯(lián)動巡察監督效應,該市通過這次市縣聯動巡察梳理出鎮(zhèn)村黨組織存在的45條共性問題,並提出4個方面13條意見建議,以市委名義分別印發(fā)給各縣(市、區(qū))委,要求嚴格落實主體責任,抓好所轄鄉(xiāng)鎮(zhèn)共性問題整改工作。“開展市縣聯(lián)動巡察,我們堅持問題導向、有的放矢、重點突破,不搞‘村村點火、戶戶冒煙’?!丙}城市委常委、市紀委書記、市監委主任王小紅介紹,選擇的這些鎮(zhèn)和村近年來信訪反映比較多、問題相對集中。……(江蘇省紀委監委 || 責任編輯 趙國利)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 45)]}),
    # http://easyclosetorganizer.com/news/qxnews/wlynews/2022-03-17/180611.html (a mirror domain's traditional-script
    # copy, pinyin in brackets, of a district political-legal committee's political supervision (政治督察) of its
    # court, procuratorate, police and justice bureau: a 督察, no party inspection, so nothing is expected: no unit,
    # no group, no dates (從3月15日開始至4月15日結束 in 2022 is the supervision's span), no problems, no figures)
    ("wulingyuan_political_legal_committee_political_supervision_no_inspection_pinyin_trad", "http://easyclosetorganizer.com/news/qxnews/wlynews/2022-03-17/180611.html", "noisy", """張家界新聞網(wǎng)3月17日訊 (通訊員 屈澤清) 3月16日至17日,武陵源區委政法委組織督察組分別在區人民法院、區人民檢察院、區公安分局、區司法局召開(kāi)政治督察動(dòng)員大會(huì),正式啟動(dòng)2022年區委政法委對(duì)政法系統的政治督察工作。
本次政治督察,區委各級(jí)領(lǐng)導高度重視。成立了以區委副書(shū)記、政法委書(shū)記屈輝為組長(zhǎng),區委組織部、區紀委監委,區委政法委相關(guān)責任人為成員的政治督察工作領(lǐng)導小組。區委政法委牽頭聯(lián)合區紀委監委、區委組織部組建兩個(gè)督察組,對(duì)區人民法院、區人民檢察院、市公安局武陵源分局(含區交警二大隊(duì)、森林公安)、區司法局分別開(kāi)展進(jìn)駐督察。從3月15日開始至4月15日結束,時(shí)間為期一個(gè)月。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://stripperpersonals.net/2017_08/25_10/content-151912.html (a spam domain's traditional-script copy, pinyin in
    # brackets, of a provincial business environment supervision bureau's check group at a high-tech zone: a 檢查組 of
    # a government bureau, no party inspection, so nothing is expected (8月24日 is the check's day; no group, unit,
    # problems or figures))
    ("panjin_business_environment_check_group_no_inspection_spam_pinyin_trad", "http://stripperpersonals.net/2017_08/25_10/content-151912.html", "noisy", """遼寧省營(yíng)商環(huán)境檢查組來(lái)我區(qū)檢查督導(dǎo)
8月24日下午,遼寧省營(yíng)商環(huán)境建設(shè)監(jiān)督局副局長(zhǎng)吳國(guó)純率專項(xiàng)檢查組進(jìn)駐我區(qū)開(kāi)展檢查工作,當(dāng)日,在市民服務(wù)中心五樓會(huì)議室召開(kāi)營(yíng)商環(huán)境監(jiān)督工作匯報(bào)會(huì)。盤(pán)錦市營(yíng)商環(huán)境建設(shè)監(jiān)督局局長(zhǎng)張曉輝,盤(pán)錦市營(yíng)商環(huán)境建設(shè)監(jiān)督局專職副局長(zhǎng)李士庫(kù),盤(pán)錦高新區(qū)管委會(huì)主任孟鑫,區(qū)政府副區(qū)長(zhǎng)楊明、張學(xué)斌以及區(qū)政府各部門(mén)負(fù)責(zé)人參加會(huì)議。
……
據(jù)了解,此次檢查工作內(nèi)容為貫徹落實(shí)《遼寧省優(yōu)化營(yíng)商環(huán)境條例》方面存在的問(wèn)題,主要包括招商引資、重點(diǎn)項(xiàng)目啟動(dòng)實(shí)施、明察暗訪以及專項(xiàng)整治工作等方面存在的問(wèn)題。(宣傳部)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
