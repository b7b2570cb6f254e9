"""Outside texts of batch r30-held, collector D's share (issue 14), held out: special rounds by subject (business
environment, safety production, anti-gang, funeral and elderly care, poverty, state firms, development zones, the Yellow
River), crossed, raised-level and linked rounds, look-backs, and noisy copies (traditional script, pinyin in brackets,
spun and mirror domains) of bodies in no other collector's share, collected with the search tool from public pages that
are in no earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query string, in every
tests/imports/parsing/outside_*.py (r6-r29d, outside_c, outside_new, outside_set) and test_outside_documents.py, and two
or three distinctive names or phrases of each text (simplified and traditional script) likewise; every text was then
compared with `bench/outside_overlap.py tests/imports/parsing/outside_r30d.py` (see the end of this docstring). Their
fields are written down by reading only. The importer was not run on them, no test or bench that runs it was run, and
the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, Case, extract and score, outside_r24.py's docstring, and the brief); the integrator runs them once, and that
run is the honest figure for unseen texts.

Sources. 14 texts from the search tool's "pages" corpus, all with their address. The corpus is nearly exhausted for this
share: of about 110 candidate addresses checked, about eight in ten were earlier batches' (every hit for Kunming's village
rounds, Nanling's look-back feedback, Qianyang's and Wuzhong's look-backs, Yinan's crossed mobilisation, Shangyou's
crossed mobilisation, Xishui's sixth round, the Chuzhou education linkage, Wuwei's raised-level crossed towns, Yuhuan's,
Yingkou's and Changge's funeral rounds, Cangyuan's medical insurance round, Jiangkou's rural revitalisation feedback,
Ezhou's, Zhenba's, Youxian's, Longmen's and Jingdezhen's poverty rounds, Zhumadian's linked poverty round, Lincang's
seventh round, the Inner Mongolian and Shaoxing grain rounds, Danyang's, Jiangyin's, Suqian's and Bengbu's rounds, the
Xiamen crossed round, Changzhou's linked round, Jinan's 2018 poverty round, the Yuxi high-tech zone's mobilisation, and
most traditional-script mirrors (sidaelectron, qdubb, dou301, kuduwxw, 9vdhn, x9aky)). One new address was left out as
sharing its source event with an earlier text of the same kind: a forum's copy of the 2014 central third round's special
inspection deployment (r27c's central_2014_third_round_thirteen_bodies_entered_pinyin_trad is that round's entry news).
What still gave new texts: business environment special rounds (a county's mobilisation in Fenxi 2021, a district's
feedback in Caidian, a city's feedback to 12 bodies in 2020, a spun copy of Yunxi's group story, Yuxi's tax and business
environment round linked with its counties, copied with pinyin in brackets), a city's safety production special round
crossed with its counties (Anqing 2021), a city's anti-gang special round notice for a district (Jingzhou 2019), a
city's funeral and elderly care mobile round linked with its counties (Zhaotong), a city's poverty special round with a
look-back (Putian 2020), a district's crossed groups at its state firms (Dongxihu 2022, traditional script), a
province's look-back at its inspections' rectification (Henan, traditional script), a city's account of its raised-level
and linked village inspections (Jinan), a city committee's progress report on a provincial Yellow River special
inspection (Jinan 2023), and a province's linked special round of development zones (Yunnan 2022, traditional script with
pinyin, in SHARES_TEMPLATE).

Families and counts (14 texts, 1 in SHARES_TEMPLATE; 13 measured). rounds 5, all measured:
fenxi_fourteenth_term_business_environment_special_round_mobilisation (term 14, counted bodies),
anqing_safety_production_special_round_crossed_feedback_totals (two figures),
putian_seventh_term_twelfth_round_poverty_special_look_back_mobilisation (term 7, round 12, the look-back body unscored),
caidian_sixth_term_business_environment_special_round_second_group_feedback (term 6, one group for 7 bodies, units
unscored), city_business_environment_special_round_twelve_bodies_feedback_2020 (a round list of 12 bodies, visit and
feedback days); news 3, all measured: jingzhou_district_anti_gang_special_round_first_group_notice_2019 (a group, the
district unscored), zhaotong_funeral_elderly_care_mobile_round_linked_mobilisation (absences only, unit unscored),
jinan_village_inspections_raised_level_linked_account (absences only); progress 1, measured:
jinan_yellow_river_provincial_special_inspection_progress (unit, group, term, round, visit and feedback days); audit 0;
noisy 5, four measured: yunxi_business_environment_second_group_story_spun_copy (a spun site's copy: a group, unit
unscored), dongxihu_twelfth_term_first_round_crossed_groups_state_firms_hearing_trad (traditional script: term 12,
round 1, two figures), henan_tenth_term_rectification_look_back_39_counties_trad (traditional script: term 10, absences),
yuxi_tenth_round_tax_business_environment_linked_special_pinyin_trad (traditional script with pinyin in brackets: round
10, two figures, units unscored); one in SHARES_TEMPLATE:
yunnan_eleventh_term_second_round_development_zones_linked_entries_trad (traditional script with pinyin: term 11, round
2, a list of 18 zones). Round lists measured: 1 (the city's 12 bodies); in SHARES_TEMPLATE 1 (18 zones).

Fields read: 48 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 73 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by my count, all
outside SHARES_TEMPLATE (the Yunnan text adds 21 and 5). By family (outside SHARES_TEMPLATE): rounds 27 fields and 26
absence checks, news 2 and 20, progress 7 and 1, noisy 12 and 26, audit 0 and 0. Figures read: problems 3 (Anqing's 715,
Dongxihu's 120, Yuxi's 304), clues_transferred 3 (Anqing's 领导干部问题线索22件, Dongxihu's 形成問題線索39件, Yuxi's
問題線索19件; settled 6).

Reading conventions (outside_set.py's "Settled conventions" 1-12 and the written conventions of outside_r24.py's and the
r25-r29 docstrings, followed exactly): a day without a year gives no date unless the text or its dated line gives its
year (Caidian's 7月8日, Zhaotong's 5月8日, Henan's 9月8日: the address's year is no dated line); a mobilisation, meeting or
hearing day is no start (settled 10: Fenxi's 6月17日, Putian's 6月3日, Dongxihu's 8月1日); parts of months give no day
(settled 11: 6月中旬, 今年4月上旬, 9月中旬, 9月底前, 2019年9月底); a month alone gives no date (settled 12: 2019年10月); a
planned length is no end (为期40天左右, 现场工作时间15天); a feedback span without a year takes its first day in the year
after the visit's end (settled 1: 10月29日至11月2日 after 2020年8月13日至9月21日 -> 2020-10-29); a term or round named with
the committee that runs it is the text's (十四届汾西县委…专项巡察, 第六届区委…专项巡察, 七届市委第十二轮, 十二屆東西湖區委第一輪,
十屆省委巡視整改專項“回頭看”, 市委…第十輪); bodies of a round named in full before their count are units as written
(行政审批局…法院等12个单位党组织, as the text writes them, without 市); bodies named with 等 and no count, or only as the
speakers after a feedback, leave the units unscored; counted kinds are no units; a place visited by a city group is
left unscored as the unit (as r17's huazhou_district_special_inspection_mobilisation); a progress report about one
place keeps the title's body (中共济南市委 -> 济南市委); a group named with its owner's place in front is written short
(settled 9: 郧西县委第二巡察组 -> 县委第二巡察组); groups with no number (市委专项巡察组, 3個區級交叉巡察組, 工作組) and several
groups of one round (市委第一至第五巡察组) are not the text's group; the finer count is the problems figure and clues
found or formed are the clues figure (settled 4, 6); expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it: Fenxi's span 2021年6月中旬至8月 opens with a part of a month and closes with a
whole month; the start is expected None (part of a month, settled 11) and the end left unscored. Jingzhou's 2019年8月19日
开始至2019年9月底 names a start day and a part-of-month end: the end is expected None and the start left unscored (a looser
reader could take 2019-08-19). Caidian's one group for seven bodies is expected as the text's group, as the set reads
r14's panji_fifth_round_group_notice (the importer's known miss there); its seven bodies, named only as speakers ending in
one shared 党委(党组), are left unscored. Putian's one look-back body (市农业农村局), named beside counted kinds, is left
unscored (a stricter reader of r17's lanzhou convention would expect it as the round's one unit). Anqing's 交办立行立改事项
547件 has no metric of the set and is no figure. Henan's term 10 is read from the look-back's name (十屆省委巡視整改專項“回頭看”);
a stricter reader might leave a look-back of rectification without a term. Jinan's village account names the term only in
the title of a term's inspection plan, which settled 2 (a round's plan) does not cover, so the term is left unscored.
Zhaotong's city civil affairs bureau only speaks at the mobilisation, so the unit is left unscored. The Yunxi story's
park committee and firm are its setting, the unit left unscored; its four steps are methods, expected as problems 0.
Jinan's progress report is a provincial inspection of a place as well as a special inspection by subject; it was kept in
this share (no other r30 file holds it). The Yunnan round is put in SHARES_TEMPLATE: r16's
yuxi_high_tech_zone_provincial_special_trad is one zone's mobilisation in the same round, and both copies are most likely
of the province's discipline portal's stories (another kind of text, but the same portal and round).

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r30d.py` (14 texts against 1734 earlier): no address is
shared; 93 pairs share more than 3 shingles, 7 of them more than 3 beyond the tool's formulas, all official wordings,
the subject's name or pinyin spellings: Anqing's feedback with this batch's twelve-body feedback (4, 单位党组织主要负责人传达了
市委书记), the twelve-body feedback with rongchang_environment (6, 委巡察工作领导小组对巡察整改工作提) and
changji_twelfth_term_fifth_round_seven_towns_progress (4, 委巡察组分别向被巡察单位党组织), Jinan's progress report with
dongying_port_zone_progress (9, the special inspection's name 黄河流域生态保护和高质量发展专项巡 and 2022年6月2…: r15's text is
a city round at a port zone, another body and another level) and civil_affairs_progress_undated (4, progress formulas), and
Yuxi's round with lianping_fourteenth_term_fourth_round_ten_bodies_trad (8) and
shaoguan_thirteenth_term_third_round_mobilisation_pinyin_trad (6), the pinyin spellings of 優(yōu)化營商環(huán)境 and
提供堅(jiān)強(qiáng). Below that line: Fenxi's mobilisation with qingyang_seventeenth_term_sixth_round_mobilisation (3, the
title formula 县委常委、纪委书记、监委主任、县委巡察工作领导小组组长), Zhaotong's with yicheng_provincial_rectification_meeting
(2, 要深入学习贯彻习近平总书记关于), and Yuxi's with r11's yuxi_term_figures_trad (3, 近年來,玉溪市發(fā)揮 and
發(fā)現(xiàn)各類問題3: another text, the city's term totals of 2021); the longest shared run is 25 characters. The tool counts two texts as sharing more than formulas with the seeds (the city's
twelve-body feedback and Jinan's progress report: feedback and progress formulas), no seed's text. The Anqing text comes
from a city discipline portal (aqjjjc.gov.cn) that r11, r13 and r29d also use (other rounds, other kinds of text), and the
Yuxi copy from a mirror domain (www6ccc.com) several batches use (other texts); both are measured. The other collectors'
files outside_r30.py (15 texts), outside_r30b.py (15) and outside_r30c.py (15) were compared at the end (addresses
normalised without scheme, www./m./mip./wap. and query string, distinctive names grepped, and 12-character shingles): no
address or name is shared; four pairs share more than 3 shingles, all progress and mobilisation formulas (Jinan's
progress report with r30's science_technology_university_provincial_seventh_group_progress (15) and
normal_university_ministry_third_group_progress_2025 (5) and with r30c's
hubei_high_court_twelfth_term_eighth_round_provincial_fifth_group_progress_2026 (14); Zhaotong's mobilisation with r30c's
fujian_justice_department_provincial_sixth_group_mobilisation (4)).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the same provincial round (十一届省委第二轮, Yunnan's development zones, 2022) as r16's
    # yuxi_high_tech_zone_provincial_special_trad, copied from the same provincial discipline portal's stories
    "yunnan_eleventh_term_second_round_development_zones_linked_entries_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R30D = [
    # --- rounds: special rounds by subject, linked and look-back rounds ---------------------------------------------
    # http://lfdi.gov.cn/xqjz/fxx/xsxc/bjxsxcqk/art/2021/art_91867eece2414f549b0ba24234f79279.html (a county's business
    # environment special round mobilised: 十四届汾西县委营商环境专项巡察 is term 14, no round number (本轮); 3 groups,
    # none named with a number; the 9 bodies are counted, none named; 6月17日 is the meeting's day (settled 10) and
    # 6月中旬 a part of a month (settled 11): no start; the span's end 8月 (whole month after a part of one) is left
    # unscored)
    ("fenxi_fourteenth_term_business_environment_special_round_mobilisation", "http://lfdi.gov.cn/xqjz/fxx/xsxc/bjxsxcqk/art/2021/art_91867eece2414f549b0ba24234f79279.html", "rounds", """【巡察进驻】十四届汾西县委营商环境专项巡察动员部署会召开

来源:汾西融媒 发布时间:[2021-06-17 18:48]

6月17日上午,十四届汾西县委营商环境专项巡察动员部署会召开。县委常委、纪委书记、监委主任、县委巡察工作领导小组组长席明出席会议并作动员讲话。政协副主席、县委组织部常务副部长仇泰岭主持会议并宣读《全县营商环境专项巡察组长授权和任务分工的决定》。

会议宣读了《全县营商环境相关单位党组织开展专项巡察的工作方案》。据了解,根据县委安排,决定从6月中旬起对全县营商环境相关单位开展专项巡察,推动解决优化营商环境工作中群众反映强烈的突出问题,促进全县项目投资和营商环境优化。本轮巡察共派出3个巡察组,采取“专项巡察”的方式,分别对9个涉及营商环境工作任务比较多的单位党组织开展专项巡察。巡察时间为2021年6月中旬至8月。
……
""", {"unit": "", "units": [], "group": None, "term": 14, "round": None, "start": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://aqjjjc.gov.cn/html/2021/bj_xcfk_1118/25017.html (a city's safety production special round fed back, run
    # with county groups crossed (市委统筹、市县联动、异地交叉): the round's totals are its figures (发现被巡察单位问题715个
    # problems 715; 领导干部问题线索22件 clues 22, settled 6); 交办立行立改事项547件 has no metric of the set and is no
    # figure; the group has no number (市委专项巡察组) and is not scored; the four fields' lead bodies are not named; 近日
    # gives no day)
    ("anqing_safety_production_special_round_crossed_feedback_totals", "http://aqjjjc.gov.cn/html/2021/bj_xcfk_1118/25017.html", "rounds", """近日,安庆市委专项巡察组全面反馈安庆市安全生产专项巡察情况。在反馈会前,市委专项巡察组向建设市政、交通、消防、危险化学品四大重点领域牵头责任单位党组织主要负责人传达了市委书记张祥安在听取全市安全生产专项巡察情况汇报会上的讲话精神,并移交了反馈意见材料。
本轮巡察,按照市委统筹、市县联动、异地交叉、分级负责的原则,全市派出31个专项巡察组对交通、建设市政、危险化学品、消防四大重点领域开展安全生产专项巡察,共发现被巡察单位问题715个,领导干部问题线索22件,交办立行立改事项547件。
听取情况反馈后,各被巡察党组织主要负责人表示,巡察反馈问题实事求是、一针见血;提出的整改意见客观全面,针对性、操作性强,对巡察反馈的意见诚恳接受、照单全收。……
""", {"unit": "", "units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 715), ("clues_transferred", 22)]}),
    # http://m.mnw.cn/news/pt/2288206.html (a city's poverty special round of 2020 with a look-back, mobilised:
    # 七届市委第十二轮 is term 7, round 12; the bodies are counted (17个…市直单位, 88个贫困村, 35个乡镇); the one body named
    # for the look-back (市农业农村局) is left unscored as a unit of the round; 6月3日 (the dated line gives 2020) is the
    # meeting's day, no start (settled 10); 贯穿全年 gives no end. r10's putian_court_progress is a court's progress
    # report in the same round: another kind of text, another portal)
    ("putian_seventh_term_twelfth_round_poverty_special_look_back_mobilisation", "http://m.mnw.cn/news/pt/2288206.html", "rounds", """莆田启动脱贫攻坚“十百千”专项巡察
湄洲日报 2020-06-08 15:33
6月3日,全市脱贫攻坚“十百千”专项巡察暨扶贫领域巡察“再回头”专项督导动员部署会举行。根据市委巡察工作安排,七届市委第十二轮巡察将对各县区及市直有关单位落实脱贫攻坚政治责任再监督,着力发现和推动解决扶贫领域腐败和作风问题,为全市决战决胜脱贫攻坚,全面建成小康社会提供坚强纪律保障。
据介绍,“十百千”,“十”即各县区委(工委)和17个脱贫攻坚工作密切相关的市直单位党组织。“百”即全市88个贫困村和所在35个乡镇(街道)的脱贫攻坚工作情况。“千”即全市8972户28330人建档立卡贫困户的脱贫情况、返贫监测落实、帮扶政策稳定等情况。专项巡察贯穿全年,分驻点集中巡察和后续跟踪督导两阶段。同时,立足我市实际,选择市农业农村局作为巡察“回头看”对象。
……
""", {"unit": "", "group": None, "term": 7, "round": 12, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://cjyun.whcdrm.com/p/7000.html (a district's business environment special round fed back by one group to 7
    # bodies: 第六届区委优化营商环境专项巡察 is term 6, no round number; the group 区委第二巡察组 is named for all 7 (read as
    # the set reads panji's one group of a round); the 7 bodies are named only as the speakers after the feedback (…依次
    # 作表态发言), so the units are left unscored; 7月8日 has no year: no feedback day)
    ("caidian_sixth_term_business_environment_special_round_second_group_feedback", "https://cjyun.whcdrm.com/p/7000.html", "rounds", """7月8日,蔡甸区委巡察工作组召开第六届区委优化营商环境专项巡察情况反馈会。会上,区委第二巡察组向7家被巡察单位反馈了巡察情况并提出整改意见。
会议指出,
此次巡察深入精准找出了我区优化营商环境中的短板和不足,各单位要直面问题,切实找准制约营商环境的关键症结,勇于改革,敢于担当作为,着力推进全区营商环境持续优化。
……
会上,区科学技术和经济信息化局、区城市管理执法局、区水务和湖泊局、区政务服务和大数据管理局、区交通运输局、区公共资源交易中心、区大数据中心党委(党组)依次作表态发言。各单位负责人一致表示,对于区委第二巡察组反馈的问题,照单接收,全面认领,坚决按照区委和区委巡察工作领导小组的要求,全力推进整改落实,不断优化我区营商环境,以整改工作实际成效推动我区“十四五”开好头、起好步。
""", {"unit": "", "group": "区委第二巡察组", "term": 6, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://dzxww.cn/yaowen/2020-11-05/416609.html (a city's business environment special round fed back by five
    # groups to 12 bodies, all named before their count (…法院等12个单位党组织): the 12 are the round's units as written;
    # several groups, none scored as the round's; the visit 2020年8月13日至9月21日 gives start and end; the feedback span
    # 10月29日至11月2日 has no year and takes 2020, after the visit's end (settled 1: its first day); no round number)
    ("city_business_environment_special_round_twelve_bodies_feedback_2020", "http://dzxww.cn/yaowen/2020-11-05/416609.html", "rounds", """根据市委关于巡察工作的统一部署,10月29日至11月2日,市委第一至第五巡察组分别向行政审批局、财政局、综合行政执法局、发改局、应急管理局、市场监管局、商务局、公安局、自然资源和规划局、交通局、住建局、法院等12个单位党组织反馈优化营商环境专项巡察情况。
12个被巡察单位党组织分别召开优化营商环境专项巡察反馈会议。会前,市委巡察组分别向被巡察单位党组织主要负责人传达了市委书记专题会暨领导小组会议精神。会上,各组长分别向被巡察单位党组织领导班子反馈了巡察意见,传达了市委巡察工作领导小组对巡察整改工作提出的明确要求。被巡察单位党组织主要负责人主持会议并就做好巡察整改工作作了表态发言。
按照市委巡察工作统一部署,2020年8月13日至9月21日,市委第一至第五巡察组分别对市行政审批局等12个单位党组织开展了营商环境专项巡察。……
""", {"unit": "", "units": ["行政审批局", "财政局", "综合行政执法局", "发改局", "应急管理局", "市场监管局", "商务局",
                            "公安局", "自然资源和规划局", "交通局", "住建局", "法院"],
      "term": None, "round": None, "start": date(2020, 8, 13), "end": date(2020, 9, 21),
      "feedback_date": date(2020, 10, 29), "figures": []}),
    # --- news: a special round's notice, a linked mobile round, a village survey --------------------------------------
    # http://m-jingzhou.cjyun.org/p/263123.html (a city group's notice of an anti-gang special round of a district: the
    # district is a place visited, left unscored (as r17's huazhou_district_special_inspection_mobilisation); group
    # 市委第一巡察组; 2019年8月19日开始至2019年9月底 ends in a part of a month (settled 11): no end; the start day of a
    # span whose end is a part of a month is left unscored; 为期40天左右 is a planned length, no end)
    ("jingzhou_district_anti_gang_special_round_first_group_notice_2019", "http://m-jingzhou.cjyun.org/p/263123.html", "news", """根据市委统一部署,市委第一巡察组近期将对荆州区开展扫黑除恶专项巡察。现将有关事项公告如下:
一、巡察时间
2019年8月19日开始至2019年9月底,为期40天左右。
二、巡察内容
根据《中国共产党章程》、《中国共产党巡视工作条例》和《关于开展市委扫黑除恶专项巡察工作实施方案》有关要求,本轮巡察将聚焦党委政府主体责任,重点巡察各级党委是否深入贯彻党中央和省委、市委关于扫黑除恶的重大决策部署等问题;聚焦纪委监委监督责任,重点巡察纪检监察机关是否深挖彻查黑恶势力“保护伞”等问题;……
四、联系方式
……
来访受理:市委扫黑除恶专项巡察第一巡察组信访接待室(荆州区政府大门西侧、荆州中路80号);
……
""", {"group": "市委第一巡察组", "term": None, "round": None, "end": None, "feedback_date": None, "figures": []}),
    # https://zhenguoke.com/read/-dy-article-JV3UVAIU0534BDCQ.html (a city's mobile round of funeral and elderly care
    # linked with its counties (上下联动…市、县两级同步开展), mobilised on 5月8日 (no year; a meeting's day): no group named,
    # no round number; the city's civil affairs bureau only speaks (市民政局党组主要负责同志作表态发言), so the unit is left
    # unscored; the counties are counted)
    ("zhaotong_funeral_elderly_care_mobile_round_linked_mobilisation", "https://zhenguoke.com/read/-dy-article-JV3UVAIU0534BDCQ.html", "news", """按照市委巡察工作统一部署,5月8日,昭通市殡葬领域暨养老服务机动巡察进驻动员会召开。市委常委、市委巡察工作领导小组组长李军出席并讲话。
会议强调,要深入学习贯彻习近平总书记关于殡葬工作和老龄工作的重要指示批示精神,认真落实党中央和省委、市委有关部署要求,坚守政治定位,全面贯彻中央巡视工作方针,聚焦“两个维护”根本任务,紧盯殡葬领域、养老服务相关单位职能职责,紧盯堵点难点问题,紧盯不正之风和腐败问题,深入查找存在的主要矛盾、重大风险、突出隐患,充分发挥巡察标本兼治战略作用。
市民政局党组主要负责同志作表态发言。本次机动巡察采取上下联动的方式在市、县两级同步开展。会议以视频形式开至11个县(市、区)。
来源/市委巡察办
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://linkmax.top/l/z9KHaHryyV (a city's account of its village inspections, raised-level (提级巡) and linked
    # (联动巡): no round, group, body or day of a visit; its counts are of villages, instructions and monitoring points
    # (16次批示, 5712个村, 200多个重点村, 18个方面、69条问题表现形式), no inspection's figures or problems; the term in the
    # title of the city committee's inspection plan (《十二届济南市委巡察工作规划》) is left unscored: a term's plan, not a
    # round's, which settled 2 does not name)
    ("jinan_village_inspections_raised_level_linked_account", "http://linkmax.top/l/z9KHaHryyV", "news", """近年来,济南市扎实推进对村(社区)巡察工作,统筹谋划、精准施策,发挥市级巡察机构承上启下作用,在人民群众急难愁盼上着力,发挥巡察利剑作用,发现并推动解决了一批落实党中央决策部署不到位、群众反映强烈的突出问题,巡出了声威、察出了问题、改出了实效,群众的获得感幸福感安全感不断增强。
运筹帷幄,有形有效推进全覆盖
今年3月,市委主要领导对市委巡察机构形成的《村级财务和村党组织领办合作社有关问题的专题报告》第一时间作出批示,要求把典型问题梳理清单,组织各区县自查自纠、未巡先改,并安排纪检监察机关加强跟进监督,真正把巡察利剑作为推动改革、促进发展的重要手段。2022年以来,市委主要领导先后16次对巡察工作作出批示,……
市委印发《十二届济南市委巡察工作规划》,明确高质量完成对村(社区)巡察全覆盖“任务书”。……
市级巡察机构对全市5712个村(社区)党组织建设、经济发展、村容村貌、信访量等方面综合考量,筛选出200多个重点村(社区),每轮选取20—40个重点村提级巡,指导区县同步开展联动巡,按照每年不低于总数20%的比例,倒排工期、有序推进对村(社区)巡察。将村级监督重点细化为18个方面、69条问题表现形式,……
""", {"unit": "", "units": [], "group": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- progress: a provincial special inspection of a city -----------------------------------------------------------
    # http://www.jnsw.gov.cn/content/tzgg/content-31-42534-1.html (a city committee's progress report on a provincial
    # special inspection (黄河流域生态保护和高质量发展专项巡视): unit the title's body (中共济南市委 -> 济南市委, as the seed
    # corpus's places visited); group 省委第十巡视组; 十二届省委第一轮 term 12, round 1; visit 2022年6月22日至8月22日;
    # feedback 2022年10月8日; no figure in the excerpt; the list of rectified problems is cut, so problems unscored)
    ("jinan_yellow_river_provincial_special_inspection_progress", "http://www.jnsw.gov.cn/content/tzgg/content-31-42534-1.html", "progress", """中共济南市委关于十二届省委第一轮巡视集中整改进展情况的通报

发布日期:2023-04-25

信息来源:市委办公厅

  根据省委统一部署,2022年6月22日至8月22日,省委第十巡视组对济南市开展了黄河流域生态保护和高质量发展专项巡视。2022年10月8日,省委巡视组向济南市委反馈了巡视意见。按照巡视工作有关要求,现将巡视集中整改进展情况予以公布。
  一、整改工作基本情况
  (一)全面提升巡视整改思想自觉。市委高度重视本次专项巡视整改工作,将其作为贯彻落实习近平总书记重要讲话和重要指示批示精神、在推动黄河流域生态保护和高质量发展上走在前的一次全面政治检视。2022年10月8日,市委常委会召开会议,学习贯彻巡视反馈会议精神,研究分工方案,切实把思想和行动统一到省委要求上来。……
  (二)层层压实巡视整改政治责任。市委坚决扛起巡视整改主体责任,第一时间成立由市委书记任组长、市委常委各同志为成员的整改落实工作领导小组,领导小组下设综合协调组、制度建设组、监督组、问责组、线索处置组5个专项工作组,……
""", {"unit": "济南市委", "group": "省委第十巡视组", "term": 12, "round": 1, "start": date(2022, 6, 22),
      "end": date(2022, 8, 22), "feedback_date": date(2022, 10, 8), "figures": []}),
    # --- noisy: traditional script, pinyin in brackets, spun copies ----------------------------------------------------
    # http://meinaca.cn/utDbIB_muqLVTAPlGMqra (a spun site's copy of a county's story on its business environment
    # inspections (理解 for 了解, 事情 for 工作, 哀求 for 要求, 第一韶光 for 第一时间): the group is written short (settled 9:
    # 郧西县委第二巡察组 -> 县委第二巡察组); the park's committee and the firm are the story's setting, the unit left
    # unscored; its four steps (网络情形…立行立改) are methods, no problems; no round, term or day)
    ("yunxi_business_environment_second_group_story_spun_copy", "http://meinaca.cn/utDbIB_muqLVTAPlGMqra", "noisy", """“知道你们企业的包联领导是谁吗?最近有没有到企业实地拜访?”日前,湖北省郧西县委第二巡察组深入县工业园区精诚汽配公司开展实地拜访,理解县工业园区党委优化营商环境事情落实情形,听取有关企业卖力人的见地建议。
今年是郧西县“优化营商环境企业做事年”,县委将优化营商环境列为本年度“一号工程”。县委巡察办准确节制事情哀求,结合部门职能,紧扣网络情形、实地拜访、谈心发言、立行立改四个环节,打好巡察“组合拳”,压紧压实被巡察单位党组织优化营商环境任务。
网络情形,综合研判。与县优化营商环境办公室建立信息沟通机制,动态节制关于优化营商环境的信访投诉、考察通报、重难点事情推进等情形,汇总纪检、信访部门供应信息,综合研判被巡单位优化营商环境事情总体情形。
实地拜访,听取建议。在巡察过程中,环绕收到的关于优化营商环境方面线索,第一韶光与单位、企业取得联系,通过实地拜访调研,理解第一手情形,摸清实情;……
及时反馈,立行立改。将巡察中创造的优化营商环境问题线索,及时向被巡察单位党委反馈,列为立行立改事变哀求迅速整改,以整改成效提升企业满意度。……
""", {"units": [], "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://m.31hs3.cn/xunchagongzuo/xunchafankui/20220804/17548.html (a mirror's traditional-script copy of a district's
    # first round of its twelfth committee at its state firms by crossed groups (3個區級交叉巡察組, none numbered):
    # 十二屆東西湖區委第一輪 is term 12, round 1; the 6 firms are counted, none named; 今年4月上旬 is a part of a month, no
    # start (settled 11); 8月1日 is a hearing's day; 共發現各類面上問題120個 problems 120, 形成問題線索39件 clues 39
    # (settled 6); 5個專項檢查組 is no figure. r24's dongxihu_fifth_round_two_streets_entered is another round)
    ("dongxihu_twelfth_term_first_round_crossed_groups_state_firms_hearing_trad", "http://m.31hs3.cn/xunchagongzuo/xunchafankui/20220804/17548.html", "noisy", """“落實黨委對國有企業全面領導存在不足,集團黨委未充分參與企業生產經營決策;公司法人治理體系建設與現代企業制度要求有差距;對國有資產監管不力,存在受損風險……”8月1日,在十二屆東西湖區委第一輪巡察工作書記專題會上,3個區級交叉巡察組依次匯報了被巡察單位相關情況。
今年4月上旬,東西湖區啟動十二屆區委第一輪巡察,堅持黨對國有企業的領導不動搖、服務生產經營不偏離、黨組織對國企選人用人的領導把關作用不能變、建強國企基層黨組織不放松等要求,著力加強對6家區屬國有企業貫徹落實黨中央重大決策部署、國有資產管理、內部機制建設等方面的監督檢查,以強有力的巡察監督扎實推進清廉國企、清廉東西湖建設。
巡察期間,3個區委巡察組牢牢把握政治巡察定位,結合國有企業職能特點,把企業黨委發揮領導作用、深化國有企業改革、工程項目和資產管理領域廉潔風險、企業人才隊伍建設等作為巡察監督重點內容,采取實地調研、調閱資料、個別訪談、集中座談等形式,深入查找6家區屬國有企業黨組織存在的突出典型問題。
同時,積極協調組織、宣傳等部門,組建5個專項檢查組,同步對被巡察單位選人用人和落實意識形態工作責任制情況進行專項檢查;……截至目前,共發現各類面上問題120個、形成問題線索39件,正分層分類移交反饋至相關單位部門。
……
""", {"unit": "", "units": [], "group": None, "term": 12, "round": 1, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 120), ("clues_transferred", 39)]}),
    # https://nanmuxuan.com/zh-sg/complex/bfaxndcvaox.amp (a mirror's traditional-script copy of a province's look-back
    # at its inspections' rectification (十屆省委巡視整改專項“回頭看”): term 10, named with the committee that runs it;
    # work groups (工作組), not inspection groups, none numbered; the 39 counties are counted; 9月8日 (no year) is the
    # report's day; 9月中旬 and 9月底前 are parts of months (settled 11): no start or end; 15天 is a planned length)
    ("henan_tenth_term_rectification_look_back_39_counties_trad", "https://nanmuxuan.com/zh-sg/complex/bfaxndcvaox.amp", "noisy", """楠木軒

十屆省委巡視整改專項“回頭看”工作啓動

由 納喇傲兒 發佈於 綜合

河南日報客户端記者 劉勰 河南報業全媒體記者 崔文

9月8日,記者從省委巡視辦瞭解到,為推動巡視整改落到實處,強化巡視成果運用,按照省委統一部署,組織開展十屆省委巡視整改專項“回頭看”工作。

據介紹,此項工作將以13個巡視組為基礎組成13個工作組,對39個縣(市、區)開展巡視整改專項“回頭看”,通過對巡視反饋問題監督檢查、對賬銷號,深入傳導全面從嚴治黨責任壓力,推動中央巡視和省委巡視反饋問題整改到位。……

各工作組將從9月中旬開始進駐,9月底前撤回,現場工作時間15天。
""", {"unit": "", "units": [], "group": None, "term": 10, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.www6ccc.com/html/2020/xunshixuncha_0317/82625.html (a mirror's traditional-script copy, pinyin in
    # brackets, of a city's tax-cut and business environment special round linked with its counties in its tenth round
    # (市委在開展第十輪常規巡察時…上下聯動): round 10, no term; 2019年10月 is a month only (settled 12): no start; the bodies
    # are named with 等 and no count (發改委、財政局、政務服務管理局,延伸人社局…等), so the units are left unscored;
    # 發現各類問題304個 problems 304, 問題線索19件 clues 19 (settled 6); no group with a number)
    ("yuxi_tenth_round_tax_business_environment_linked_special_pinyin_trad", "http://www.www6ccc.com/html/2020/xunshixuncha_0317/82625.html", "noisy", """近年來,玉溪市發(fā)揮巡察政治利劍作用,以專項(xiàng)巡察推動(dòng)構(gòu)建親清新型政商關(guān)系,為優(yōu)化營商環(huán)境、促進(jìn)經(jīng)濟(jì)發(fā)展提供堅(jiān)強(qiáng)保障。
2019年10月,市委在開展第十輪常規(guī)巡察時(shí),市級(jí)組建1個(gè)巡察組,9縣(市、區(qū))各組建1個(gè)巡察組,上下聯(lián)動(dòng)對(duì)發(fā)改委、財(cái)政局、政務(wù)服務(wù)管理局,延伸人社局、公安局、自然資源和規(guī)劃局、住建局、市場監(jiān)管局、醫(yī)保局及行業(yè)協(xié)會(huì)等開展了減稅降費(fèi)及優(yōu)化營商環(huán)境專項(xiàng)巡察,發(fā)現(xiàn)各類問題304個(gè),問題線索19件。
市委結(jié)合黨中央國務(wù)院、省委省政府關(guān)于減稅降費(fèi)及優(yōu)化營商環(huán)境的部署要求,制定具體詳實(shí)的專項(xiàng)巡察方案,明確專項(xiàng)巡察工作重點(diǎn)、任務(wù)、方式方法,采取全市“一盤棋”、上下聯(lián)動(dòng)的方式,全面啟動(dòng)減稅降費(fèi)及優(yōu)化營商環(huán)境專項(xiàng)巡察。……
""", {"unit": "", "group": None, "term": None, "round": 10, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 304), ("clues_transferred", 19)]}),
    # http://www.ksrykj.com/news/c/2022-08-01/13580901.shtml (a mirror's traditional-script copy, pinyin in brackets, of a
    # province's linked special round of development zones (十一屆省委第二輪…上下聯(lián)動…專項巡視巡察): term 11, round 2;
    # the 18 zones the provincial groups visit are named in full before their counts (16個國家級開發區, 2個省級開發區) and are
    # the round's units as written (simplified here); the cities' 73 zones are counted; 截至7月31日 has no year: no start.
    # In SHARES_TEMPLATE: r16's yuxi_high_tech_zone_provincial_special_trad is one zone's mobilisation in this round)
    ("yunnan_eleventh_term_second_round_development_zones_linked_entries_trad", "http://www.ksrykj.com/news/c/2022-08-01/13580901.shtml", "noisy", """截至7月31日,省委10個巡視組完成對18個被巡視單位、州(市)50個專項巡察組完成對73個被巡察單位的進(jìn)駐,標(biāo)志著全省專項巡視巡察開發(fā)區(qū)工作全面展開。
根據(jù)黨中央關(guān)于巡視工作的決策部署和省委工作要求,十一屆省委第二輪巡視采取上下聯(lián)動方式對全省開發(fā)區(qū)開展專項巡視巡察,對有關(guān)33個開發(fā)區(qū)同步開展“巡審結(jié)合”監(jiān)督檢查。省委巡視組分別對滇中新區(qū)、嵩明楊林經(jīng)開區(qū)、勐臘試驗區(qū)、臨滄邊合區(qū)、自貿(mào)區(qū)德宏片區(qū)、瑞麗試驗區(qū)、蒙自經(jīng)開區(qū)、自貿(mào)區(qū)紅河片區(qū)、曲靖經(jīng)開區(qū)、楚雄高新區(qū)、大理經(jīng)開區(qū)、昆明經(jīng)開區(qū)、昆明保稅區(qū)、滇池度假區(qū)、玉溪高新區(qū)、昆明高新區(qū)16個國家級開發(fā)區(qū)和保山產(chǎn)業(yè)園區(qū)、文山高新區(qū)2個省級開發(fā)區(qū)黨組織開展專項巡視。16個州(市)黨委統(tǒng)籌市縣兩級巡察力量,采取統(tǒng)合巡察、交叉巡察、提級巡察、“回頭看”等方式,對73個開發(fā)區(qū)黨組織開展專項巡察。
……
""", {"unit": "", "units": ["滇中新区", "嵩明杨林经开区", "勐腊试验区", "临沧边合区", "自贸区德宏片区", "瑞丽试验区",
                            "蒙自经开区", "自贸区红河片区", "曲靖经开区", "楚雄高新区", "大理经开区", "昆明经开区",
                            "昆明保税区", "滇池度假区", "玉溪高新区", "昆明高新区", "保山产业园区", "文山高新区"],
      "group": None, "term": 11, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
]
