"""Outside texts of batch r26b (issue 14), held out: the second collector's share of the r26-held batch (places:
county, district, county-level city and city committees' rounds, towns' and streets' rounds, county and district
progress, and noisy copies of these), collected with the search tool from public pages that are in no earlier batch.
Each address was checked against every outside batch (outside_*.py: c, new, r6-r25 and r25b) and
test_outside_documents.py, with and without www./m./mip./wap. and its query string, and two or three distinctive names
or phrases of each text (leaders' names, bodies, round names, in simplified and traditional script) were grepped in
them; at the end the other collector's file (outside_r26.py) was grepped likewise (see the collector's report), and
every text compared with `bench/outside_overlap.py tests/imports/parsing/outside_r26b.py` (its result is told in the
collector's report). Their fields are written down by reading only. The importer was not run on them, no test or bench
that runs it was run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py
data files, outside_set.py's docstring and conventions, and the brief); the integrator runs them once, and that run is
the honest figure for unseen texts.

Sources. 18 texts from the search tool's "pages" corpus, 16 with their address and 2 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for places: of about 190 candidate addresses checked in this batch,
about nine in ten were earlier batches' (every hit of about thirty queries by round, term, year, place kind, 巡镇带村,
旗委, 州委, progress titles of county and district bodies, and every county and district progress report found; all
generic round lists, hearings and feedback news). What still gave new texts: queries naming one kind of county or
district body (工会, 残联, 审计局, 工信局, 民政局, 发改局, 自然资源和规划局, 文联, 政协机关, 区委办公室), which reach
single mobilisations and feedbacks no batch holds (Chongchuan 2025, Panlong's eleventh round, Jiangxia's twelfth round,
Zigong Ziliujing's twelfth committee's fifth round, Pingshan, Huazhou, Shiquan, Anlu, Jilin city, a district audit
bureau's feedback), traditional-script mirror copies (a district hearing of three streets, a district disabled persons'
federation's mobilisation with doubled commas, Gong'an's literary federation), and two texts expecting (almost)
nothing (a county inspection office's study meeting; a district's rectification-supervision story).

Families and counts (18 texts, 1 in SHARES_TEMPLATE; 17 measured): progress 0 (no county or district progress report
found was new); news 15, one in SHARES_TEMPLATE (jianghua_county_fourth_group_cppcc_organ_mobilisation_2026), fourteen
measured: twelve mobilisations or feedbacks of one body (chongchuan_seventh_group_six_communities_mobilisation_2025,
panlong_eleventh_round_third_group_party_office_mobilisation, ziliujing_twelfth_term_fifth_round_audit_bureau_mobilisation,
district_audit_bureau_first_group_feedback_2024, pingshan_audit_bureau_third_group_mobilisation,
jiangxia_fifth_term_twelfth_round_natural_resources_special_mobilisation,
huazhou_development_reform_bureau_second_group_mobilisation, shiquan_civil_affairs_bureau_third_group_mobilisation,
anlu_civil_affairs_bureau_city_third_group_mobilisation, jilin_civil_affairs_bureau_city_first_group_mobilisation_2025,
county_first_round_seventh_group_industry_bureau_mobilisation, district_trade_union_first_group_mobilisation_2023), one
expecting nothing (chongyang_inspection_office_study_meeting, no inspection) and one story
(zengdu_culture_bureau_rectification_supervision_story); rounds 0; audit 0; noisy 3, all measured: traditional script
with pinyin in brackets (district_thirteenth_round_hearing_three_streets_pinyin_trad, a hearing of three streets),
traditional script with pinyin and doubled commas (district_disabled_federation_second_group_mobilisation_doubled_commas_trad),
plain traditional script (gongan_literary_federation_second_group_mobilisation_trad). Round lists measured: 1 (3
bodies). Texts measured that expect nothing: 1.

Fields read (a unit of "" counts, each unit of a list and each figure counts) and absence checks (None, [] for units or
figures, and problems 0 where a careless reader might fill the field), by the collector's count: 39 fields and 110
absence checks over the 17 measured texts (news 31 and 89, noisy 8 and 21), and 2 fields and 6 absence checks in
SHARES_TEMPLATE. No figure is read (no text states a count of problems, measures or clues of its own inspection).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r26b.py`: 18 texts against 1491 earlier; no address
shared (the two "shared" are the placeholder "search corpus pages (no URL returned)"); 87 pairs over 3 shared shingles,
5 beyond formulas, longest shared run 29 characters, none sharing more than formulas with the seeds. The one pair well
beyond formulas is the Jianghua mobilisation with r8's jianghua_culture (13 shingles: the same portal, morning and
wording), in SHARES_TEMPLATE; the rest share official wordings (…巡察工作领导小组安排, …党组工作动员会召开。区委第一巡察组,
领导班子及其成员问题的来信来电来访). No address or name of this file is in the other collector's outside_r26.py.

Reading conventions (outside_set.py's settled conventions 1-11, and those written in outside_r24.py's and
outside_r25b.py's docstrings, followed exactly): a mobilisation or meeting day is no start unless the text says the
group entered that day (settled 10), and a day without a year gives no date (Chongchuan's 3月11日, Panlong's 3月10日至4月28日,
Jiangxia's 4月15日, Shiquan's 11月8日, Jilin's 10月16日, Huazhou's 5月31日, the federation's 12月9日); a visit told with its
year and days is the start and end (the audit bureau's 2024年3月27日至4月21日) and its feedback day the feedback_date; a
group named with its owner's place in front is written short (settled 9: 安陆市委第三巡察组 -> 市委第三巡察组); a group named
under its round (区委第十一轮巡察第三巡察组, 县委第一轮巡察第七巡察组) is not scored, as r24 reads 县委第六轮巡察第三巡察组; a round
or term named with the committee that runs it is the text's (五届区委第十二轮, 十二届区委第五轮第一巡察组, 区委第十一轮巡察, 县委第一轮巡察);
the unit is the body as the text names it in the meeting or the feedback (区审计局党组, 市民政局党委, 坪山区审计局党组,
石泉县民政局 with its place as written); streets heard in one hearing are units as written (settled 8); expected
values of traditional-script texts are written simplified; a study meeting of an inspection office is no inspection:
no group, no dates, no units, no round, no figures.

What I was unsure of, and how I read it: Chongchuan's six communities are named only as the speakers of the meeting
(世伦桥社区…洪济社区负责同志分别作了表态发言), so the units are left unscored (r14's chongchuan_street_communities_entry
counted another street's six communities and expected none); the hearing of three streets has three rounds in view
(the one heard, unnumbered; the tenth and eleventh's rectification; the thirteenth deployed), so its round is left
unscored; Panlong's group is named under its round in the headline and then as 区委第三巡察组, and is left unscored;
Ziliujing's 巡察期间(3月1日—3月31日) is a window for letters and calls as much as a span, so start and end are left
unscored; the literary federation's unit is read 县文联 as the visit names it (对县文联开展巡察), not its 党组; the Chongyang
meeting's 第十四届崇阳县委巡察工作 is a term the office's work goes on under, not an inspection's, and is left unscored; the
Zengdu story's rectifying bureau (区文旅局) is left unscored (a supervision story after an unnumbered district round). The
batch is short of the 28 measured texts the brief asks: 17 measured, the rest of the time went to about 190 candidates
that earlier batches hold.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a county's fourth group mobilising at the county CPPCC organ on 2026年2月26日, on the portal and in the round (the
    # same morning's mobilisations) that r8's jianghua_culture (the third group's mobilisation at the county culture bureau) holds
    "jianghua_county_fourth_group_cppcc_organ_mobilisation_2026",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R26B = [
    # --- news: mobilisations and feedbacks of single bodies -------------------------------------------------------------
    # https://cclz.chongchuan.gov.cn:8443/ntccjwwzz/jzbj/content/e317f424-2713-42dc-b370-12dd4b02be61.html (a district's
    # seventh group mobilises at a development zone's (street's) six communities: the group; 3月11日 has no year in the
    # excerpt; the six communities are named only as speakers, so units are left unscored)
    ("chongchuan_seventh_group_six_communities_mobilisation_2025", "https://cclz.chongchuan.gov.cn:8443/ntccjwwzz/jzbj/content/e317f424-2713-42dc-b370-12dd4b02be61.html", "news", """根据区委关于巡察工作的统一部署,3月11日,区委第七巡察组巡察崇川经济开发区(观音山街道)所辖6个社区工作动员会召开。区委第七巡察组组长徐建忠作了动员讲话,对做好巡察工作提出要求。崇川经济开发区党工委副书记、观音山街道党工委书记施樑主持会议并作表态发言。
……世伦桥社区、学堂桥社区、星火社区、紫兴社区、观畅社区、洪济社区负责同志分别作了表态发言。
""", {"group": "区委第七巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.kmpl.gov.cn/c/2025-03-11/6978370.shtml (a district's eleventh round: its third group mobilises at the
    # district committee's office: round 11 from 区委第十一轮巡察; the group named under its round is not scored; 3月10日至
    # 4月28日 has no year, so no days)
    ("panlong_eleventh_round_third_group_party_office_mobilisation", "http://www.kmpl.gov.cn/c/2025-03-11/6978370.shtml", "news", """盘龙区委第十一轮巡察第三巡察组召开
巡察区委办公室工作动员会
根据区委统一部署及区委巡察工作要求,3月11日上午,区委第十一轮巡察第三巡察组在区行政中心召开巡察区委办公室工作动员会。会上,区委第三巡察组组长就巡察工作做了动员讲话,区委办公室副主任、区委目督办主任主持会议并做了表态发言。……
会上,巡察组组长强调,……第三巡察组将在3月10日至4月28日期间,对区委办公室开展为期50天的常规巡察,……
""", {"unit": "区委办公室", "term": None, "round": 11, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://zljjw.gov.cn/details/xsxc/10385.html (a district group mobilises at the district audit bureau: the unit as the
    # meeting names it; term and round from 十二届区委第五轮第一巡察组; the meeting's day is no start; the window for letters
    # (3月1日—3月31日) is left unscored)
    ("ziliujing_twelfth_term_fifth_round_audit_bureau_mobilisation", "http://zljjw.gov.cn/details/xsxc/10385.html", "news", """区委第一巡察组巡察区审计局工作动员会议召开
来源:区委巡察办 发布时间:2024-03-01
根据区委关于巡察工作的统一安排,2024年3月1日,区委第一巡察组巡察区审计局党组工作动员会召开。会前,区委第一巡察组组长刘俐主持召开与审计局党组书记梅鸿围的见面沟通会议。……
据悉,区委第一巡察组将在区审计局工作1个月。巡察期间(3月1日—3月31日)设专门信访电话……根据《中国共产党巡视工作条例》和《四川省市(州)、县(市、区)党委巡察工作办法》规定,十二届区委第五轮第一巡察组主要受理反映审计局领导班子及其成员问题的来信来电来访,……
""", {"unit": "区审计局党组", "group": "区委第一巡察组", "term": 12, "round": 5, "feedback_date": None,
      "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (a district group feeds back to the district audit bureau: the visit's days
    # with their year are start and end, the feedback day is 2024年7月25日; 600余个 are audit projects, no figure)
    ("district_audit_bureau_first_group_feedback_2024", "search corpus pages (no URL returned)", "news", """根据区委巡察工作领导小组安排,2024年7月25日,区委第一巡察组向区审计局党组反馈巡察情况。区委第一巡察组副组长陈丙军代表区委巡察组反馈了巡察情况,并就整改工作提要求。区审计局党组书记、局长褚兆丰主持会议并作表态发言。
根据区委统一部署,2024年3月27日至4月21日,区委第一巡察组对区审计局党组开展巡察工作。……
陈丙军指出,近年来,区审计局共完成审计项目600余个,较好地履行审计监督职责。巡察中也发现,审计局存在贯彻上级决策部署不到位、专业审计人才缺乏、审计质效有待提升,廉政风险防控不力、内控制度不全,党组凝聚力不强,队伍建设弱化等问题。……
""", {"unit": "区审计局党组", "group": "区委第一巡察组", "term": None, "round": None, "start": date(2024, 3, 27),
      "end": date(2024, 4, 21), "feedback_date": date(2024, 7, 25), "problems": 0, "figures": []}),
    # https://www.szpsq.gov.cn/isz/iszxxgk/gzdt/content/post_12505154.html (a district group mobilises at the district's
    # audit bureau: the unit as the meeting names it, with its place; no day)
    ("pingshan_audit_bureau_third_group_mobilisation", "https://www.szpsq.gov.cn/isz/iszxxgk/gzdt/content/post_12505154.html", "news", """区委第三巡察组进驻坪山区审计局
  近日,按照区委巡察工作部署,区委第三巡察组巡察坪山区审计局党组工作动员会召开。进驻前,区委第三巡察组组长万以文与区审计局党组书记张秀丽见面沟通,……会上,万以文组长作了动员讲话,通报巡察任务、工作安排,并就配合巡察工作提出要求。张秀丽同志主持会议。……
""", {"unit": "坪山区审计局党组", "group": "区委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://news.cnhubei.com/content/2021-04/17/content_13741270.html (a district's fifth committee's twelfth round, a
    # special round on the business environment: term and round; the group and the bureau; 4月15日 has no year; 40天左右
    # gives no end)
    ("jiangxia_fifth_term_twelfth_round_natural_resources_special_mobilisation", "http://news.cnhubei.com/content/2021-04/17/content_13741270.html", "news", """按照五届区委第十二轮优化营商环境专项巡察工作的统一部署,4月15日下午,区委第三巡察组对区自然资源和规划局开展优化营商环境专项巡察动员会在楚天大厦23楼会议室召开。……
会上,区委第三巡察组组长徐维讲话,部署巡察工作总体安排,……江夏区自然资源和规划局主要负责人作了表态发言。……
区委第三巡察组将对区自然资源和规划局开展为期40天左右的营商环境专项巡察。……
""", {"unit": "区自然资源和规划局", "group": "区委第三巡察组", "term": 5, "round": 12, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://huazhou.qinfeng.gov.cn/info/1006/2314.htm (a district group mobilises at the district development and reform
    # bureau's committee: the unit as the meeting names it; 5月31日 has no year)
    ("huazhou_development_reform_bureau_second_group_mobilisation", "https://huazhou.qinfeng.gov.cn/info/1006/2314.htm", "news", """根据区委统一部署,5月31日,区委第二巡察组巡察区发改局党委工作动员会召开。会上,区委第二巡察组组长刘毅作动员讲话,区纪委副书记、监委副主任、区委巡察工作领导小组成员程军龙就做好巡察工作提出要求,发改局党委书记余建军主持会议并作表态发言。……
""", {"unit": "区发改局党委", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://xasb168.com/info/1020/94259.htm (a county group mobilises at the county civil affairs bureau: the unit with
    # its place as the meeting names it; 11月8日 has no year)
    ("shiquan_civil_affairs_bureau_third_group_mobilisation", "http://xasb168.com/info/1020/94259.htm", "news", """新西部网讯(通讯员蔡召 记者张龙)记者从石泉县了解到,根据石泉县委统一部署,11月8日下午,县委第三巡察组巡察石泉县民政局工作动员会召开。
会上,石泉县委第三巡察组组长徐元洪作了巡察动员讲话,全面部署了本次巡察主要任务和总体安排。……
""", {"unit": "石泉县民政局", "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.xgnews.cn/p/128626.html (a county-level city's group mobilises at the city civil affairs bureau: the group
    # in the short form (settled 9); no day)
    ("anlu_civil_affairs_bureau_city_third_group_mobilisation", "http://www.xgnews.cn/p/128626.html", "news", """日前,安陆市委第三巡察组召开巡察市民政局党委工作动员会,该市市委巡察办副主任,市委第三巡察组组长及全体成员,民政局领导班子成员、机关全体及二级单位负责人参加了会议。
会上,市委第三巡察组组长传达了开展巡察工作的重要意义、总体要求、重点对象、主要内容和方法步骤。……
""", {"unit": "市民政局党委", "group": "市委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.ccdijl-jl.gov.cn/xsxc/xcgz/202510/t20251027_1292258.html (a city group mobilises at the city civil affairs
    # bureau: 10月16日 has no year; 2个半月左右 gives no end)
    ("jilin_civil_affairs_bureau_city_first_group_mobilisation_2025", "http://www.ccdijl-jl.gov.cn/xsxc/xcgz/202510/t20251027_1292258.html", "news", """根据市委巡察工作统一部署,10月16日,市委第一巡察组巡察市民政局党组工作动员会召开。巡察组组长沙延慧作动员讲话,对做好巡察工作提出要求。市民政局党组书记、局长刘永军主持会议并作表态发言。……
市委巡察组将在市民政局工作2个半月左右。……
""", {"unit": "市民政局党组", "group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://39.106.221.6:8011/BmXxGk/Content?ItemID=28236d11-13fe-4741-b832-69c834abdbcb (a county's first round: its
    # seventh group mobilises at the county industry bureau: round 1 from 县委第一轮巡察; the group named under its round is
    # not scored; 3月16日 has no year)
    ("county_first_round_seventh_group_industry_bureau_mobilisation", "http://39.106.221.6:8011/BmXxGk/Content?ItemID=28236d11-13fe-4741-b832-69c834abdbcb", "news", """3月16日下午,县委第一轮巡察第七巡察组在县工信局召开巡察工作动员会。第七巡察组全体成员出席会议,县工信局全体干部参加会议,会议由县工信局党组书记张玉彪同志主持。
会上,第七巡察组组长马涛作了动员讲话,……
""", {"unit": "县工信局", "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://yxjw.gov.cn/html/2023/xunchajinzhu_0207/2480.html (a district group mobilises at the district trade union's
    # party group: 2月6日 has no year in the body; 14天 and the letters' deadline give no end)
    ("district_trade_union_first_group_mobilisation_2023", "http://yxjw.gov.cn/html/2023/xunchajinzhu_0207/2480.html", "news", """区委第一巡察组巡察区总工会党组工作动员会召开
根据区委关于巡察工作的统一部署,2月6日上午,区委第一巡察组巡察区总工会党组工作动员会召开。区委第一巡察组组长潘中新主持会议,并作动员讲话,第一巡察组成员及区总工会全体成员参加会议。……
区委第一巡察组将在区总工会工作14天。巡察期间设置专门值班电话……截止时间为2023年2月17日。
""", {"unit": "区总工会党组", "group": "区委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.jh.gov.cn/jh/bmdt/202602/4170ac31ab7c412d9f34ee467df6cbb1.shtml (a county's fourth group mobilises at the
    # county CPPCC organ, the same morning and portal as r8's jianghua_culture: SHARES_TEMPLATE;
    # the meeting's day is no start)
    ("jianghua_county_fourth_group_cppcc_organ_mobilisation_2026", "https://www.jh.gov.cn/jh/bmdt/202602/4170ac31ab7c412d9f34ee467df6cbb1.shtml", "news", """县委第四巡察组进驻县政协机关开展巡察工作
  • 发布时间:2026-02-28 09:53
根据县委巡察工作统一部署,2026年2月26日上午,县委第四巡察组巡察县政协机关工作动员会召开。会前,县委巡察工作领导小组成员、县纪委负责人主持召开了与县政协机关党组织主要负责人的见面沟通会,……会上,县委第四巡察组组长就即将开展的巡察工作作了动员讲话,……
""", {"unit": "县政协机关", "group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://chongyang.cjyun.org/p/16830.html (a county inspection office's study meeting on a provincial notice: no
    # inspection, so no group, days, round, units or figures; the office's term is left unscored)
    ("chongyang_inspection_office_study_meeting", "http://chongyang.cjyun.org/p/16830.html", "news", """6月4日上午,县委巡察办召开专题会议,传达学习中共湖北省委巡视工作领导小组关于认真学习贯彻《中央巡视工作规划(2018—2022年)》推进会精神,县委巡察办、县委各巡察组全体干部参会。……
集中学习后,县委巡察办主任沈晖指出,……我们要以高度的政治责任感和强烈的政治敏锐性,迅速学习、深刻领会、抓好落实,稳步推进第十四届崇阳县委巡察工作。(县委巡察办)
""", {"unit": "", "units": [], "group": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (a district's rectification-supervision story: a district round's feedback is
    # supervised by a discipline group; no numbered group, no days; the rectifying bureau is left unscored; 20个总分馆 is
    # no figure)
    ("zengdu_culture_bureau_rectification_supervision_story", "search corpus pages (no URL returned)", "news", """湖北随州曾都区:“整改+督办” 缤纷文化大餐暖民心
来源:人民网-湖北频道
……“区文旅局建设图书馆和文化馆未能全面对外开放,文化阵地作用发挥不充分……”前不久,曾都区委巡察反馈意见移交至该区纪委监委跟踪督办。为确保反馈问题整改工作有序、有效推进,联系区文旅局的区纪委监委派出第四纪检监察组迅速跟进监督,为整改工作按下了“加压键”。
……“你单位20个总分馆全部对外开放了吗?分馆日常怎么管理?……”
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- noisy copies -------------------------------------------------------------------------------------------------
    # http://arkombiservisi.com/portal.php?aid=8156&mod=view (traditional script with pinyin in brackets on an unrelated
    # domain: a district hearing of three groups' inspection of three streets: the streets are units as written
    # (settled 8), simplified; three rounds in view, so the round is left unscored; three groups, no group)
    ("district_thirteenth_round_hearing_three_streets_pinyin_trad", "http://arkombiservisi.com/portal.php?aid=8156&mod=view", "noisy", """5月14日,區(qū)委副書記、區(qū)長康峰主持召開“五人小組”會議,專題聽取區(qū)委三個巡察組對鳳凰街、八一街、東大街及其所轄社區(qū)的巡察情況匯報和區(qū)委第十輪、第十一輪巡察整改情況匯報,研究部署了區(qū)委第十三輪巡察工作任務(wù)。 康峰對本輪巡察給予了高度肯定,指出本輪巡察是本屆區(qū)委巡察鎮(zhèn)街委的首站,也是全面推進(jìn)村(居)全覆蓋進(jìn)程的開局,……
""", {"unit": "", "units": ["凤凰街", "八一街", "东大街"], "group": None, "term": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://rcwkj.com/bsjz49/p/2710.html (traditional script with pinyin and doubled commas on an unrelated domain: a
    # district group mobilises at the district disabled persons' federation's party group; 12月9日 has no year)
    ("district_disabled_federation_second_group_mobilisation_doubled_commas_trad", "https://rcwkj.com/bsjz49/p/2710.html", "noisy", """根據(jù)區(qū)委統(tǒng)一部署,,12月9日,,區(qū)委第二巡察組巡察區(qū)殘聯(lián)黨組工作動員會召開。會上,區(qū)委第二巡察組組長楊衛東作動員講話,,區(qū)委巡察工作領(lǐng)導(dǎo)小組成員、區(qū)紀(jì)委常委,、區(qū)委巡察辦主任徐志軍對本輪巡察工作提出明確要求,,區(qū)殘聯(lián)黨組書記鞏春來主持會議并作表態(tài)發(fā)言。區(qū)紀(jì)委監(jiān)委派駐區(qū)委組織部紀(jì)檢監(jiān)察組組長張小軍,、區(qū)委第二巡察組全體成員,、區(qū)殘聯(lián)機關(guān)全體干部職工參加會議。
""", {"unit": "区残联党组", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://otuountil.com/post/1/77844 (traditional script on an unrelated domain: a county group mobilises at the county
    # literary federation: the unit as the visit names it (對縣文聯開展巡察); 7月11日 has no year)
    ("gongan_literary_federation_second_group_mobilisation_trad", "http://otuountil.com/post/1/77844", "noisy", """(通訊員張旭)根據公安縣委的統一部署,7月11日下午,縣委第二巡察組在縣文聯召開了巡察工作動員會。縣委第二巡察組組長劉平作動員講話,縣委巡察辦公室主任張演和對這次巡察工作提出了具體的工作要求。縣文聯黨組書記、主席李瑞平主持會議并作表態發言。
縣委第二巡察組組長劉平指出,對縣文聯開展巡察,體現了縣委對縣文聯領導班子的關心以及對文聯工作的高度重視,……
""", {"unit": "县文联", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
