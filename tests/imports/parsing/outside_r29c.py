"""Outside texts of batch r29 (issue 14), collector C's share, held out: provincial and central inspections of places and
departments (巡视 entries, mobilisations, feedback and rectification news, progress reports of cities, provincial rounds'
entries and feedback) and audit rectification texts, collected with the search tool from public pages that are in no
earlier batch. Each address was checked against every outside batch (outside_*.py, r25 to r28 included) and
test_outside_documents.py, with and without www./m./mip./wap. and its query string, and two or three distinctive names
or phrases of each text were grepped in them, in simplified and traditional script; at the end the other collectors'
files (outside_r29.py, outside_r29b.py, outside_r29d.py) were grepped the same way, and the file was compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r29c.py` (its summary is under "Overlap" below). Their fields
are written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the
collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, Case, extract and score, and the brief); the integrator runs them once, and that run is the honest figure
for unseen texts.

Sources. 18 texts from the search tool's "pages" corpus, 17 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is all but exhausted for this share: of about 120 candidate addresses the
searches returned (about 30 queries: provincial and central feedback meetings, progress reports of cities and
provincial departments, provincial rounds' entries and mobilisations of 2014-2025 by province and term, audit
rectification reports, audit committee meetings, in simplified and traditional script), about nine in ten were earlier
batches' (every Yunnan, Hebei, Anhui 2018, Zhejiang 2017, Fujian county-round, Hubei 2020 and Inner Mongolia round the
corpus returned, the 2014 central rounds' entries and feedback, the Guangyuan, Wuhan development zone and Hubei forestry
progress reports, every central-round summary, and the audit work reports of Gansu, Shandong 2017, Guangdong, Ruijin,
Cixi, Quzhou, Ningbo, Chaoyang and Fuzhou). What still gave new texts: a Shandong provincial round's look-back feedback
to six cities (2016), Chongqing's fifth municipal committee's first and third rounds (2017, 2018, the latter in
traditional script), Jiangsu's fourteenth committee's third round second batch (2023), a city's progress report on a
provincial round (Wuhu 2024), four news of bodies' rectification meetings after central or provincial rounds (a city
government's party group, a city people's congress party group, a city CPPCC party group in traditional script, a city
government's theme-education life meeting), a web note on a central group's visit to Heilongjiang, and seven audit
texts (a municipality's 2020 audit rectification report, a province's 2017 audit work report, a province's audit digest
with a city's rectification meeting, a banner's and a county's audit committee meetings, a county's cross-audit docking
meeting, a county audit bureau's check of a provincial round's rectification). One more is kept in SHARES_TEMPLATE: a
Shanghai district's progress on the twelfth municipal committee's second round, in the municipal progress template that
r16's shanghai_emergency_bureau_municipal_progress, r20's shanghai_shentong_metro_group_progress and r23's
shanghai_water_bureau_municipal_tenth_group_progress hold.

Families and counts (18 texts, 1 in SHARES_TEMPLATE, 17 measured). progress 2, one measured
(wuhu_provincial_seventh_group_progress_2024) and one in SHARES_TEMPLATE
(shanghai_xuhui_twelfth_term_second_round_progress); news 4, all measured, three expecting nothing of a visit
(city_government_party_group_central_feedback_rectification_meeting, xuchang_congress_party_group_rectification_life_meeting,
sanmenxia_government_party_group_life_meeting_provincial_rectification_reported) and one with a group only
(heilongjiang_central_third_group_harbin_linked_web_note); rounds 3, all measured
(shandong_tenth_term_thirteenth_round_lookback_feedback_six_cities_2016, a round list of 6 bodies;
chongqing_fifth_term_first_round_poverty_special_nine_counties_2017 and
jiangsu_fourteenth_term_third_round_second_batch_entered_2023, counted bodies only); audit 7, all measured, all
expecting nothing (beijing_2020_municipal_audit_rectification_report, henan_2017_provincial_audit_work_report,
tongchuan_audit_rectification_meeting_digest, kezuozhongqi_banner_audit_committee_fourth_meeting,
ankang_county_audit_committee_2023_second_meeting, county_cross_audit_docking_meeting_2017,
xiangcheng_audit_bureau_provincial_feedback_rectification_check); noisy 2, both measured, traditional script
(chongqing_fifth_term_third_round_mobilisation_trad, city_cppcc_party_group_central_rectification_life_meeting_trad).
Measured round lists: 1 (6 bodies). Measured texts expecting nothing (audit texts and rectification meetings with no
inspection fields): 11.

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 35 fields and 132
absence checks in all; 29 fields and 132 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
progress 4 fields and 3 absence checks, news 1 and 34, rounds 15 and 17, audit 6 and 63, noisy 3 and 15. Figures read:
none (no text of this batch states an inspection's count a careful reader takes; Wuhu's 11 problems the secretary took
on himself, Tongchuan's 34 audit findings not yet rectified and the audit reports' counts are no inspection figures).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r29c.py` (18 texts against 1667 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)", which r28c's Hubei text
also has); 176 pairs share over 3 shingles, 10 of them over 3 beyond the tool's formulas, longest shared run 39
characters. Beyond formulas: the Shanghai district's progress with r13's shanghai_bank_lookback_progress, r16's
shanghai_emergency_bureau_municipal_progress and r20's shanghai_shentong_metro_group_progress (the municipal template:
in SHARES_TEMPLATE); Wuhu's progress with r13's hefei_education_progress (a heading, 一、强化政治担当,坚决…, of a city
round's progress, another body and round), with xining_chengzhong_provincial_progress (another province; the opening
formula and 坚定拥护“两个确立”、坚决做到“两个维护”的重要检验) and with shantou_committee_provincial_special_progress (the opening
formula); the Jiangsu round with r24's district_thirteenth_term_seventh_round_first_batch_five_bodies (a district's
round copying the province's wording, 采取压茬推进方式,分两个批次进行, another committee and round) and the set's hebei_round
(个县(市、区)开展常规巡视,对); the Beijing audit report with cixi_audit, longchang_audit, ruyuan_budget_audit and a
Tianjin copy (the national wording of audit rectification reports: 我受市人民政府委托,向市人大常委会报告…审计查出问题的整改
情况; r22's beijing_audit_rectification_news_spun_betting_copy reports the 2022 audit's rectification, another year's
report, and shares formulas only); the Henan audit report with r7's shandong_audit (the 2017 reports of two provinces
in the national wording: another province's report) and donghu_budget_audit and eryuan_county_2023_budget_audit_rectification_report
(budget-audit titles); Tongchuan's digest with guangzhou_audit_2024 (关于2024年度市级预算执行和其他财政收支, a title);
the city government's meeting with southern_grid_rectification_news (中央巡视组反馈意见整改工作动员); Chongqing's first round
with anyang_twelfth_term_fourth_round_mobilisation (市委常委、市纪委书记、市委巡…). All but the Shanghai one share official
formulas or titles only and are measured. The tool counts five texts as sharing more than its stock of formulas with
the seeds (Wuhu's and Shanghai's progress openings, the two government party groups' meetings, the Ankang audit
committee's meeting wording), all official wordings, none a seed's text. The other collectors' files were grepped for
every address, domain and two or three names of each text (outside_r29.py, outside_r29b.py and outside_r29d.py, as they
stood when this file was finished): no text, address or domain of this file is in them.

Reading conventions (outside_set.py's settled conventions 1-12 and the written conventions of outside_r24.py's and
outside_r28c.py's docstrings, followed exactly): a day without a year gives no date unless the text or its dated line
gives its year (Shandong's 今年7月至9月 under 齐鲁网10月18日讯 gives no span; Harbin's and Xuchang's meeting days none); a
mobilisation or meeting day is no start (Chongqing's 9月5日 and 11月7日), nor an entry told as 日前 (Jiangsu), nor a day
by which letters are received (受理信访时间截止到2023年8月28日 is no end); a round or term named with the committee that runs
it is the text's (十届省委第十三轮, 五届市委第一轮/第三轮, 十四届省委第三轮), but a central round only conveyed
(十九屆中央第一輪巡視情況, 中央脫貧攻堅專項巡視“回頭看”) is not; counted kinds (10個區縣, 26个县(市、区), 9个国家级扶贫开发工作
重点区县) are no units; places named in a round's list are units as written (淄博, 枣庄 …, settled 8: the text writes them
without 市 before 6个市); expected values of traditional-script texts are written simplified; audit texts, audit
committee meetings and a body's rectification or life meeting that names no group, visit or feedback day expect no
group, no dates, no round, no units, no problems, no figures.

What I was unsure of, and how I read it: Wuhu's progress report is cut before its title, so its unit is left unscored
(the visit names the place, 对芜湖市开展了巡视, and the feedback goes to 芜湖市委; the title's body is not in the excerpt),
as r24's Linshu; the Shandong round's six cities are expected as the text writes them (淄博 … 菏泽, no 市), the cities'
findings after the feedback are not scored as problems (six bodies' findings in one round-level text); the Heilongjiang
web note tags itself #中央督导巡视# but tells a central group's regular inspection (中央第三巡视组正在黑龙江开展常规巡视), so its
group is expected and the province and the linked city left unscored; the Xiangcheng audit bureau's check names four
bodies with 等 whose rectification tasks it supervised: no inspection's units, and the county the provincial group
inspected is not named; the Xiangcheng paper's portal holds r14's xiangcheng_audit_procedure (another text, no
inspection), and the Sanmenxia and Xuchang life meetings only report an earlier rectification, so they expect nothing of
a visit. 18 texts, 17 outside SHARES_TEMPLATE.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a Shanghai district's progress on the twelfth municipal committee's second round in the municipal progress
    # template (根据市委统一部署,市委第N巡视组于…对…进行了巡视 … 一、区委及主要负责人组织落实整改情况) that r16's
    # shanghai_emergency_bureau_municipal_progress, r20's shanghai_shentong_metro_group_progress and r23's
    # shanghai_water_bureau_municipal_tenth_group_progress hold, on the portal r20 and r24 draw on
    "shanghai_xuhui_twelfth_term_second_round_progress",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R29C = [
    # --- progress reports -----------------------------------------------------------------------------------------------
    # http://www.ahjjjc.gov.cn/xczg/p/128063.html (a city committee's progress on a provincial round, cut before its
    # title: the provincial seventh group visited the city from 2023-11-24 to 2024-01-31 and fed back on 2024-04-12; no
    # term or round named; the 11 problems the secretary took on himself are no total: no figure; the unit is left
    # unscored (the visit names the place, the title's body is cut))
    ("wuhu_provincial_seventh_group_progress_2024", "http://www.ahjjjc.gov.cn/xczg/p/128063.html", "progress", """根据省委统一部署,2023年11月24日至2024年1月31日,省委第七巡视组对芜湖市开展了巡视。2024年4月12日,省委巡视组向芜湖市委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、强化政治担当,坚决有力推进整改工作
(一)提高政治站位,确保整改方向始终不偏。市委坚持把抓好巡视整改作为坚定拥护“两个确立”、坚决做到“两个维护”的重要检验,分别召开常委会会议、巡视整改动员会、理论学习中心组学习会等,……
(二)坚持以上率下,确保整改力度始终不减。市委主要负责同志认真履行第一责任人责任,带头研究整改方案,主动认领11个反馈问题,聚焦生态环保、征收安置、两业融合、党的建设等领域实地开展调研督导,做到具体抓、抓具体。……
""", {"group": "省委第七巡视组", "term": None, "round": None, "start": date(2023, 11, 24), "end": date(2024, 1, 31),
      "feedback_date": date(2024, 4, 12), "figures": []}),
    # https://www.shjjjc.gov.cn/shsjjjcw/xszg/content/c5d32d1e-ec8d-4502-81bc-688ded8ded0f.html (a Shanghai district
    # committee's progress on the twelfth municipal committee's second round under its title: term 12, round 2; the
    # municipal first group's visit 2023-03-29 to 06-16, feedback 2023-08-29; the unit and the counts (五方面17项问题56项
    # 具体问题表现或案例, 160条整改任务) are left unscored; in SHARES_TEMPLATE: the municipal progress template)
    ("shanghai_xuhui_twelfth_term_second_round_progress", "https://www.shjjjc.gov.cn/shsjjjcw/xszg/content/c5d32d1e-ec8d-4502-81bc-688ded8ded0f.html", "progress", """中共上海市徐汇区委员会关于十二届市委第二轮巡视集中整改进展情况的通报
根据市委统一部署,市委第一巡视组于2023年3月29日至6月16日对徐汇区进行了巡视,并于2023年8月29日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、区委及主要负责人组织落实整改情况
(一)区委主要负责人组织落实整改工作情况
……二是抓好责任落实。区委书记牵头成立区巡视整改工作领导小组并担任组长,制定并下发区委巡视整改落实方案,对照巡视反馈的五方面17项问题56项具体问题表现或案例,细化形成160条整改任务,明确各项任务分工、责任人和完成时限,确保条条整改、件件落实。……
""", {"group": "市委第一巡视组", "term": 12, "round": 2, "start": date(2023, 3, 29), "end": date(2023, 6, 16),
      "feedback_date": date(2023, 8, 29)}),
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://app.baoxianhai.com/wangboxiang/view2/932903346952 (a city government's party group relays the city's
    # mobilisation on rectifying a central group's feedback: no group with a number, no round, no visit or feedback day
    # (8月17日 is the meeting's and has no year); no units; expects nothing of a visit)
    ("city_government_party_group_central_feedback_rectification_meeting", "http://app.baoxianhai.com/wangboxiang/view2/932903346952", "news", """8月17日下午,市政府党组书记、市长刘宛康主持召开市政府党组会议,传达学习全市贯彻落实中央巡视组反馈意见整改工作动员电视电话会议精神,研究部署市政府系统巡视整改工作。
会议指出,做好巡视整改工作,是向党中央看齐紧跟、落实管党治党主体责任的实际行动,体现的是政治担当,考验的是对党忠诚。……
会议强调,要突出问题导向,全面彻底整改到位。对中央巡视反馈意见中涉及我市尤其是市政府工作的,要诚恳接受、全面整改、立行立改。市政府巡改办要认真对照市委整改工作整体部署,逐项梳理、逐个剖析,尽快制订整改方案,建立工作台账,明确牵头领导、责任单位、整改任务、整改措施、整改时限,……
会议强调,要坚持统筹兼顾,标本兼治推动长效。……要协同推进中央巡视、省委巡视反馈意见整改工作,把抓好整改工作与学习贯彻省委十届六次全会暨省委工作会议、市委十一届七次全会暨重点工作推进会精神紧密结合起来,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://xcsrd.henanrd.gov.cn/2021/06-03/103519.html (a city people's congress standing committee's party group
    # holds a life meeting on inspection rectification: no group, round, visit or feedback day; 9月6日 is the meeting's
    # and has no year; expects nothing of a visit)
    ("xuchang_congress_party_group_rectification_life_meeting", "https://xcsrd.henanrd.gov.cn/2021/06-03/103519.html", "news", """9月6日,市人大常委会党组召开巡视整改专题民主生活会。市人大常委会主任、党组书记王堃主持会议并作总结讲话,市人大常委会党组副书记李荣华,党组成员蔡全法、艾祥涛、韩国全、王宏伟、唐群喜、刘建青参加会议。
会上,王堃通报了市人大常委会党组前一阶段巡视整改工作开展情况,代表党组围绕本次民主生活会主题开展对照检查,深入查摆党组班子存在的问题,深刻剖析产生问题的根源,提出了具体整改举措,并带头作个人对照检查,接受班子成员的批评意见。……
就持续抓好巡视整改工作,王堃提出五点要求:一要强化理论武装,提升政治站位;二要强化问题导向,提升整改实效;三要强化主体责任,提升党建水平;四要强化责任担当,提升履职质量;五要强化领导带头,提升自身形象。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://szb.ismx.cn/smxrb/html/2024-01/16/content_804031.htm?div=-1 (a city government's party group holds a theme
    # education life meeting and hears how the previous year's meeting on a provincial round's rectification was
    # followed up: no group, round, visit or feedback day; 1月15日 is the meeting's; expects nothing of a visit)
    ("sanmenxia_government_party_group_life_meeting_provincial_rectification_reported", "https://szb.ismx.cn/smxrb/html/2024-01/16/content_804031.htm?div=-1", "news", """本报讯(记者葛洋)按照中央、省委和市委部署要求,1月15日,市政府党组召开主题教育专题民主生活会。市长、市政府党组书记徐相锋主持会议并讲话。……
会议通报了市政府党组2022年度民主生活会暨省委巡视整改民主生活会整改落实情况。徐相锋代表市政府党组班子作对照检查,深入查摆不足,深刻剖析原因,并带头作个人对照检查。市政府党组成员依次作对照检查和自我批评,党组成员之间相互提出批评意见。
徐相锋在总结讲话时强调,……四要带头坚持问题导向,抓实整改整治。以此次专题民主生活会为契机,切实扛起整改责任,对查摆问题和批评意见,认真梳理、虚心接受,举一反三、从严整改,把整改“后半篇文章”做细做实。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://hegang.7890.net/c303679c0cf07475e887ad552e.html (a city portal's web note: the central third group's regular
    # inspection of Heilongjiang, with Harbin linked: group 中央第三巡视组; no round, no day; 还有一个多月时间 gives no end;
    # the province and the linked city are left unscored, the city writing the note is no unit)
    ("heilongjiang_central_third_group_harbin_linked_web_note", "http://hegang.7890.net/c303679c0cf07475e887ad552e.html", "news", """中央第三巡视组正在黑龙江开展常规巡视,这次特意把哈尔滨纳入联动巡视,这消息一出来,全省各地老百姓都觉得心里亮堂,不管是住在哈尔滨的老街坊,还是像鹤岗这样的地市群众,有啥心里话、难办事,都能通过值班电话、信箱直接跟巡视组念叨,不用怕话到不了地方。
……这次巡视还有一个多月时间,足够深入摸清情况。大伙儿都觉得,这轮巡视不光能帮着解决具体问题,更能为黑龙江全省的发展校准方向,……#中央督导巡视# #黑龙江#举报
""", {"group": "中央第三巡视组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://sd.sina.com.cn/news/b/2016-10-19/detail-ifxwvpaq1704717.shtml?from=sd_ydph (a provincial TV note: the tenth
    # provincial committee's thirteenth round (term 10, round 13) fed back its look-back to six cities, named as the text
    # writes them (settled 8); 今年7月至9月 has no year in the text or its dated line (10月18日讯): no span; 近日 gives no
    # feedback day; the six cities' findings are no one unit's problems)
    ("shandong_tenth_term_thirteenth_round_lookback_feedback_six_cities_2016", "http://sd.sina.com.cn/news/b/2016-10-19/detail-ifxwvpaq1704717.shtml?from=sd_ydph", "rounds", """齐鲁网10月18日讯(山东台记者 李侠 宋强)根据省委统一部署,今年7月至9月,开展了十届省委第十三轮巡视,其中对淄博、枣庄、东营、潍坊、临沂、菏泽6个市开展了巡视“回头看”。近日,省委巡视组陆续向6个“回头看”的市反馈了巡视情况。
  据《山东新闻联播》报道,按照巡视工作有关规定,省委巡视工作领导小组成员首先向6个市市委书记传达了省委书记姜异康听取本轮巡视汇报时的重要讲话精神,巡视组组长向市委书记反馈了巡视意见。随后,召开巡视情况反馈会,向领导班子进行了反馈。
  从反馈情况看,6个市重视上一轮巡视整改工作,取得了阶段性成效,但与省委要求相比还有差距,存在党的领导弱化、党的建设缺失、全面从严治党不力等突出问题。淄博市履行管党治党责任不到位,有的党员干部党的意识淡薄、规矩意识不强,一些重点领域腐败问题多发,仍然存在违反中央八项规定精神等问题。……
""", {"unit": "", "units": ["淄博", "枣庄", "东营", "潍坊", "临沂", "菏泽"], "group": None, "term": 10, "round": 13,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://chongqing.baogaosu.com/xinwen/%E5%B8%82%E5%A7%94%E9%A6%96%E8%BD%AE%E5%B7%A1%E8%A7%86%E5%90%AF%E5%8A%A8%E5%B7%A1%E8%A7%86%E7%BB%84%E7%BB%84%E9%95%BF%E5%B7%A1%E8%A7%86/60586683
    # (a news aggregator's copy: the fifth municipal committee's first round (term 5, round 1), a poverty special round of
    # 9 counted counties: no units; 9月5日 is the mobilisation's: no start; no group)
    ("chongqing_fifth_term_first_round_poverty_special_nine_counties_2017", "http://chongqing.baogaosu.com/xinwen/%E5%B8%82%E5%A7%94%E9%A6%96%E8%BD%AE%E5%B7%A1%E8%A7%86%E5%90%AF%E5%8A%A8%E5%B7%A1%E8%A7%86%E7%BB%84%E7%BB%84%E9%95%BF%E5%B7%A1%E8%A7%86/60586683", "rounds", """五届市委首轮巡视启动,巡视组组长、巡视对象名单公布

06.09.2017  19:53

风正巴渝消息,9月5日,我市召开五届市委第一轮巡视工作动员部署会,深入学习贯彻新修改的《中国共产党巡视工作条例》,深学笃用习近平总书记系列重要讲话精神特别是关于巡视、脱贫攻坚工作的重要讲话和指示精神,部署开展脱贫攻坚专项巡视工作。市委常委、市纪委书记、市委巡视工作领导小组组长陈雍,市委常委、市委组织部部长、市委巡视工作领导小组副组长曾庆红参加会议。
会议指出,市委决定选派9个巡视组对9个国家级扶贫开发工作重点区县开展脱贫攻坚专项巡视,是贯彻新修改的巡视工作条例的“首次亮剑”和五届市委巡视工作的“开篇之作”,任务特殊、意义重大。
……
""", {"unit": "", "units": [], "group": None, "term": 5, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # search corpus pages (no URL returned) (a regional portal's repost of a provincial paper: the fourteenth provincial
    # committee's third round (term 14, round 3) entered its second batch of 26 counted counties and 3 zones: no units;
    # 日前 gives no start; the day letters are received until (2023年8月28日) is no end; no group)
    ("jiangsu_fourteenth_term_third_round_second_batch_entered_2023", "search corpus pages (no URL returned)", "rounds", """十四届省委第三轮巡视完成第二批进驻

2023-07-07  A+ A-
……
中国江苏网讯 (记者 顾敏) 根据省委统一部署,十四届省委第三轮巡视采取压茬推进方式,分两个批次进行。日前,11个巡视组已完成向第二批被巡视的26个县(市、区)和3个国家级开发区进驻。
被巡视地区分别召开省委巡视进驻动员会。……
本批巡视对26个县(市、区)开展常规巡视,对3个国家级开发区开展提级巡视。……
省委巡视组将在被巡视地区现场工作两个月左右。……巡视组在第二批被巡视地区受理信访时间截止到2023年8月28日,每天电话受理时间为8:00—18:00。……
""", {"unit": "", "units": [], "group": None, "term": 14, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # http://sjj.beijing.gov.cn/zwxx/sjgg/202112/t20211231_2579653.html (a municipal audit bureau's report on rectifying
    # the 2020 budget audit's findings: an audit text, no party inspection; expects nothing)
    ("beijing_2020_municipal_audit_rectification_report", "http://sjj.beijing.gov.cn/zwxx/sjgg/202112/t20211231_2579653.html", "audit", """——2021年12月23日在北京市第十五届人民代表大会
常务委员会第三十六次会议上
北京市审计局局长 马兰霞
主任、各位副主任、秘书长、各位委员:
我受市人民政府委托,向市人大常委会报告2020年度市级预算执行和其他财政收支审计查出问题的整改情况,请审议。
一、审计整改工作总体推进情况和工作成效
(一)切实加强党对整改工作的领导
全市认真贯彻习近平总书记关于审计工作的重要讲话和重要指示批示精神,落实党中央、市委审计委员会关于审计查出问题整改工作的部署要求和市十五届人大常委会第三十二次会议有关审议意见,把整改落实作为重大政治任务抓紧抓实,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://shenji.puyang.gov.cn/Affairs/Info/7248 (a city audit bureau's copy of a province's audit work report on its
    # 2017 budget: an audit report, no party inspection; expects nothing)
    ("henan_2017_provincial_audit_work_report", "https://shenji.puyang.gov.cn/Affairs/Info/7248", "audit", """——2018年7月25日在河南省第十三届人民代表大会常务委员会第五次会议上
河南省审计厅厅长 汪中山
主任、各位副主任、秘书长、各位委员:
我受省人民政府委托,向省人大常委会报告2017年度省级预算执行和其他财政收支的审计情况。
在省委、省政府和审计署的领导下,全省审计工作坚持以习近平新时代中国特色社会主义思想为指导,……注重做好“审计后半篇文章”,从体制机制制度层面提出建议,更好发挥审计在党和国家监督体系中的重要作用。
2017年,全省各地区各部门在省委、省政府的正确领导下,……根据《中华人民共和国审计法》及相关法律法规,省审计厅组织开展了2017年度省级预算执行和其他财政收支情况审计。从审计情况看,省级预算执行情况总体较好。
——坚决贯彻落实重大决策部署。……我省有14项工作、20次受到国务院办公厅的督查激励,数量位居全国各省第一。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://sjt.shaanxi.gov.cn/sy/sjdt/sxsj/202512/t20251211_3595061.html (a provincial audit department's digest: a
    # city government's executive meeting on its 2024 budget audit's rectification (34 findings not yet rectified) and
    # two counties' audit work: audit texts, no party inspection; the 34 are no in_progress figure; expects nothing)
    ("tongchuan_audit_rectification_meeting_digest", "https://sjt.shaanxi.gov.cn/sy/sjdt/sxsj/202512/t20251211_3595061.html", "audit", """铜川市:政府常务会议专题研究部署审计整改工作。近日,铜川市代市长刘丽主持召开市政府常务会议,专题听取市审计局关于2024年度市级预算执行和其他财政收支的审计整改工作情况的汇报,研究部署整改工作。……各相关部门要高度重视,压实整改责任,按照审计意见,切实抓好整改落实。要坚持问题导向、结果导向,紧盯尚未完成整改的34个审计发现问题,逐项制定整改方案,夯实整改责任,确保按时保质完成整改任务。市审计局要进一步加强审计整改的跟踪督促检查。……
佛坪县:开展年度审计项目冲刺月活动。为全面完成2025年度审计项目计划,……对正在实施的8个收尾审计项目列出冲刺清单,挂图作战,倒排工期,加班加点推进项目有效实施。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.zzswgk.cn/article/6567.html (a banner's audit committee holds its fourth meeting and passes its 2021
    # budget audit's rectification report: an audit text, no party inspection (第四次会议 is no round); expects nothing)
    ("kezuozhongqi_banner_audit_committee_fourth_meeting", "http://www.zzswgk.cn/article/6567.html", "audit", """旗委审计委员会第四次会议召开

发布日期 2023-03-27 10:48:36

3月24日,旗委书记、审计委员会主任于久彦主持召开旗委审计委员会第四次会议,传达学习全国审计工作会议和自治区党委、通辽市委审计委员会会议精神,听取全旗审计工作情况报告,审议并原则通过了《科左中旗审计局2023年工作计划》《2021年度旗本级财政预算执行及其他财政收支审计查出问题整改情况报告》。
会议强调,……要围绕中心服务大局,以更高质量履行审计监督职责,不断拓展审计监督广度和深度,扎实做好审计“后半篇”文章,更好发挥审计利剑作用。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://sjj.ankang.gov.cn/Content-2656496.html (a county audit committee's second meeting of 2023: an audit text, no
    # party inspection (2023年第二次会议 is no round); expects nothing)
    ("ankang_county_audit_committee_2023_second_meeting", "https://sjj.ankang.gov.cn/Content-2656496.html", "audit", """12月21日,县委书记、县委审计委员会主任刘飞霞主持召开县委审计委员会2023年第二次会议。县委审计委员会各副主任及成员单位主要负责同志参加会议。
会议传达学习习近平总书记在二十届中央审计委员会第一次会议上的重要讲话和省委、市委审计委员会会议及有关文件精神。会议听取了全县审计重点工作情况,审议了年度审计项目计划调整方案,部署了下一步审计重点工作。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://paper.cuduwang.com/Html/2017-01-06/24552.html (a county paper: a county's docking meeting with a city's
    # cross audit team: an audit text, no party inspection; expects nothing)
    ("county_cross_audit_docking_meeting_2017", "https://paper.cuduwang.com/Html/2017-01-06/24552.html", "audit", """本报讯昨日下午,我县召开太原市经济社会发展情况审计及审计调查对接工作会。县长王琳玉,副县长武晓俊参加。
按照交叉审计的要求,长治市审计人员来我县进行审计。会上,县有关部门与审计组各工作小组做了具体对接。王琳玉指出,要充分认识此次审计的重要意义,……要以此次审计为契机,举一反三,借力整改,推进工作,要正视审计发现的问题,虚心接受审计组的意见,不断提高经济决策的科学化水平和社会管理的规范化水平。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://szb.21xc.com/xcrb/PC/con/202308/10/c141624.html (a county paper: the county audit bureau's special audit team
    # checks bodies' rectification of a provincial group's feedback: no group with a number, no round, no visit or
    # feedback day (8月份以来 is the check's); the four bodies named with 等 are the check's, no inspection's units;
    # the unit the provincial group inspected is not named: left unscored) (family "news" since the r30 pass: the text
    # tells the rectification of an inspection's feedback, which an audit bureau checks; it is no audit report, and the
    # importer reads it as news stating nothing rather than refusing it as an audit, which the audit family requires)
    ("xiangcheng_audit_bureau_provincial_feedback_rectification_check", "http://szb.21xc.com/xcrb/PC/con/202308/10/c141624.html", "news", """第05版:财经

襄城县审计局

实地督导 审计整改情况

本报讯(通讯员 纪浩朋)为推动省委巡视组反馈问题整改落实,8月份以来,襄城县审计局成立专项审计组,会同派驻纪检监察组,按照整改方案要求,对襄城县先进制造业开发区、襄城县自然资源局、襄城县城开中心、襄城县发投公司等单位涉及的整改任务进行了实地督导。

审计组认真听取相关单位的整改情况介绍,要求各单位按照问题性质和整改要求分类处置,对不同性质的问题采取不同的措施和方法,对常规问题立行立改。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- noisy copies ---------------------------------------------------------------------------------------------------
    # https://big5.cri.cn/gate/big5/cq.cri.cn/2018-11-08/8ad1e6d4-4d21-9408-b7a8-57ddd6cd87ba.html (a radio portal's
    # traditional-script copy of a city paper: the fifth municipal committee's third round (term 5, round 3) mobilised on
    # 11月7日 (no start); the central rounds conveyed (十九屆中央第一輪, 第二輪) are not the text's; 10 counted districts and
    # counties, 3 departments, 2 universities and 5 enterprises: no units; no group)
    ("chongqing_fifth_term_third_round_mobilisation_trad", "https://big5.cri.cn/gate/big5/cq.cri.cn/2018-11-08/8ad1e6d4-4d21-9408-b7a8-57ddd6cd87ba.html", "noisy", """五屆市委第三輪巡視啟動
重慶日報  2018-11-08 09:27:48

  11月7日,五屆市委召開第三輪巡視工作動員部署會,傳達學習習近平總書記在聽取十九屆中央第一輪巡視情況彙報時的重要講話精神、十九屆中央第二輪巡視工作動員部署會精神,安排部署本輪巡視工作。市委常委、市紀委書記、市委巡視工作領導小組組長穆紅玉作動員講話並提出工作要求,市委常委、組織部部長、巡視工作領導小組副組長胡文容宣佈第三輪市委巡視組組長授權和任務分工決定。
……
  據悉,本輪巡視共組建10個巡視組,對10個區縣、3個市級部門(含13個部門管理單位)、2所高校及5家市屬重點國企黨組織開展常規巡視。 (記者 周尤)
""", {"unit": "", "units": [], "group": None, "term": 5, "round": 3, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://yblygrz.cn/html/2021-03/03/content_59478.html (a mirror domain's traditional-script copy of a city paper: a
    # city CPPCC party group's annual life meeting joined with a central round's rectification; the central poverty
    # special look-back is only conveyed; no group, round, visit or feedback day (3月2日 is the meeting's); expects
    # nothing of a visit)
    ("city_cppcc_party_group_central_rectification_life_meeting_trad", "http://yblygrz.cn/html/2021-03/03/content_59478.html", "noisy", """按照市委統(tǒng)一部署,3月2日下午,市政協(xié)黨組召開2020年度民主生活會暨中央巡視整改專題民主生活會。市政協(xié)黨組書記、主席吳桂林主持會議并講話。市政協(xié)黨組成員、一級巡視員馬少華,黨組成員、副主席季傳舜,黨組成員、秘書長朱訓(xùn)龍參加會議。
會議書面通報了“不忘初心、牢記使命”專題教育民主生活會、中央脫貧攻堅專項巡視“回頭看”整改暨深化“三個以案”警示教育專題民主生活會的整改措施落實(shí)情況,以及本次民主生活會征求意見情況。……
就下一步如何整改,吳桂林要求,要進一步注重強(qiáng)化學(xué)習(xí),提高政治站位,……要抓好問題整改,深入進(jìn)行研究,明確整改重點(diǎn)、整改時限和整改部門,確保落到實(shí)處;……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
]
