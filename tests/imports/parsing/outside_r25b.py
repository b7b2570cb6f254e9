"""Outside texts of batch r25b (issue 14), held out: the second collector's share of the r25-held batch (places:
county, district, county-level city and city committees' rounds, towns' and villages' rounds, county and district
progress, and noisy copies of these), collected with the search tool from public pages that are in no earlier batch.
Each address was checked against every outside batch (outside_*.py, r6-r24, c and new) and test_outside_documents.py,
with and without www./m./mip./wap. and its query string, and two or three distinctive names or phrases of each text
(place names, leaders' names, round names, in simplified and traditional script) were grepped in them; at the end the
other collector's file (outside_r25.py) was grepped likewise, and every text compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r25b.py` (its result is told in the collector's report).
Their fields are written down by reading only. The importer was not run on them, no test or bench that runs it was
run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, and the brief); the integrator runs them once, and that run is
the honest figure for unseen texts.

Sources. 30 texts from the search tool's "pages" corpus, all with their address. The corpus is nearly exhausted for
places: of about 260 candidate addresses checked, about nine in ten were earlier batches' (every hit for county
courts, county forestry, water, agriculture and finance bureaus' mobilisations, district health and education
bureaus' feedbacks, most 2017-2025 county and district round notices, town and street mobilisations, village
stories). What still gave new texts: district and county round lists and hearings on portals and papers no batch
holds (Shihe 2021, Miyun, Changping 2022, Putuo 2023, Nanxian 2022, Luanchuan, Youxian 2020, a district's twelfth
committee's fifth round, Zhonglou 2018, Gaochun's thirteenth committee's tenth round), summaries of a year's or a
city's rounds (Fanchang 2019, Jingdezhen, Hepu, Zhenba), a county-level city's 2017 plan (Zhongxiang), a county's
crossed round (Yinan 2017), a county's poverty special round (Zhenxiong), a survey (Dujiangyan), and traditional
script or junk copies on mirror domains (a city's five-member hearing, Jinan's eleventh committee's third round, Xinbei's ninth round, Runzhou's village story, Leibo's and Santai's stories, Shanting's standing committee,
Longmen, Zalaite, Xiang'an, a forum's copy of a family-branch article).

Families and counts (30 texts, 2 in SHARES_TEMPLATE; 28 measured): progress 0 (no county or district progress report
found was new); news 1 (dujiangyan_village_inspection_research_survey, a survey expecting nothing); rounds 17, one in
SHARES_TEMPLATE (fujian_2015_county_inspection_groups_eight_places_copy), sixteen measured, five of them lists of
bodies (changping_sixth_term_second_round_eight_bodies_2022 8, nanxian_thirteenth_term_second_round_three_bodies_entered
3, luanchuan_two_groups_four_bodies_twenty_days 4, putuo_fourteenth_term_fourth_round_five_bodies_paper 5,
youxian_ninth_round_poverty_special_thirteen_bodies 13), nine a round with no unit scored or named (shihe,
zhongxiang, zhenxiong, yinan, miyun, the district's thirteenth committee's tenth round, fanchang, the district's
twelfth committee's fifth round, zhonglou) and two summaries with figures (hepu 60 clues, jingdezhen 117 problems and
52 clues); audit 0; noisy 12, one in SHARES_TEMPLATE (xiangan_fourth_term_ninth_round_third_batch_trad), eleven
measured: traditional script (xinbei_ninth_round_three_towns_47_villages_trad; longmen_poverty_special_round_seventeen_villages_trad;
shanting_standing_committee_politburo_study_general_inspection_trad, expecting nothing), traditional script with pinyin
in brackets (city_fourth_term_first_and_third_rounds_hearing_pinyin_trad,
jinan_eleventh_term_third_round_second_third_batches_pinyin_trad, leibo_rounds_since_2017_story_pinyin_trad,
santai_township_with_villages_groups_story_pinyin_trad, zalaite_village_inspections_two_groups_stories_pinyin_trad
with toneless pinyin), traditional script with full-width
punctuation (runzhou_village_road_rectification_story_trad), a forum's chrome in front
(changshan_family_branch_village_special_round_forum_copy) and a forum's junk characters strewn through the lines
(zhenba_village_poverty_special_rounds_forum_junk, 294 problems and 19 clues). Round lists measured: 5 (33 bodies).
Texts measured that expect nothing: 2 (the survey and the standing committee).

Fields read: 99 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 196
absence checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the
collector's count; 87 fields and 185 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
rounds 75 fields and 96 absence checks, news 1 and 8, noisy 11 and 81, progress and audit none. Figures read (outside
SHARES_TEMPLATE): problems 2 (Jingdezhen's 117, Zhenba's 294), clues_transferred 3 (Hepu's 60, Jingdezhen's 52,
Zhenba's 19, settled 6). The texts lean on absence checks: most new place texts were hearings, stories and summaries
whose bodies are counted or told by example.

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r25b.py`: 30 texts against 1434 earlier; no address
shared (after one found and dropped: a traditional-script copy of a district's 2017 first round on a wiki mirror whose
address r7's fuyang_first holds, which the name and address greps had missed because r7 writes its names otherwise);
77 pairs over 3 shared shingles, 14 beyond formulas, longest shared run 32 characters. Beyond formulas: the two
SHARES_TEMPLATE texts (the Fujian county round with c-dev's fujian_counties, Xiang'an with r13's Xiamen third batch),
Runzhou's opener with r18's xiangcheng_rural_water_supervision_trad (中評社北京9月9日電／據中國紀檢監察報報導, the same news
agency's dateline on another article), Changping's heading and dated line with r24's Shanting (…轮巡察工作动员部署会召开
发布时间:202…), and official wordings (巡察组将在被巡察单位工作2个月左右, 关于巡视巡察工作的新精神新要求, 日,区委召开书记专题会议,听取
between two texts of this file). The tool counts two texts as sharing more than formulas with the seeds
(district_thirteenth_term_tenth_round_rural_revitalisation_deployment, putuo_fourteenth_term_fourth_round_five_bodies_paper),
both by mobilisation wordings (…动员部署会召开。会议深入学习贯彻, 习近平总书记关于巡视巡察工作的重要…), none a seed's text.
The other collector's file (outside_r25.py) shares no address and only formulas (权任职和任务分工决定, 發(fā)現(xiàn)).

Reading conventions (outside_set.py's settled conventions 1-11 followed exactly, and those written in outside_r24.py's
docstring): a round or term named with the committee that runs it is the text's (五届浉河区委第十三轮, 十一屆市委第三輪,
二届密云区委第十五轮); a round only conveyed or heard beside another (四屆市委第一輪 beside 第三輪; 第十、十一、十二、十三轮 in
one summary) gives none, and with it the term is left unscored; a plan a meeting settled (确定了第一轮巡察工作方案) gives
its round (settled 2, read for a plan without book-title marks); a span in whole days with its year is the round's
start and end (2021年3月31日至4月24日); a day without a year gives no date unless the dated line gives it (Changping's
6月15日 from 发布时间:2022-06-15; Luanchuan's 10月30日, Longmen's 7月17日至8月22日 and Xinbei's 3月19日 give none); a
start-up, mobilisation or meeting day is no start, and an entry planned (统一进驻工作将于2020年4月7日完成) is left unscored
(settled 10); parts of months (3月中旬开始至4月底) give no day (settled 11); bodies named in a round's list are units as
written, brackets full-width (settled 7: 县行政服务中心（110联动办）, 区商务局（中国国际贸易促进委员会舟山市普陀区委员）), towns
inspected with their villages are units (百善镇…城南街道4个镇(街道)及所辖村、社区), towns and streets that only qualify
counted villages or communities are none (settled 8: 老城…七个街道办事处党工委所辖72个社区, 孟河鎮…等3個鎮所轄47個村, 龍城街道…
的17個市級貧困村), and bodies named as examples before a count leave units unscored (市城鄉建設委黨委…等15個, 区交通局等7家,
建设局等7个); a group with no number of its own (兰山区委巡察组, 潤州區委巡察組, 常山县委巡察组) or one of several in a story is
not scored; clues found or handed over are the clues figure (settled 6: 移送问题线索60条, 移交问题线索19件, 问题线索52件); a
survey (调研) and a standing committee's general words on inspection are no party inspection: no body, group, round,
day, problem or figure; expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it: Zhongxiang's round 1 is read from the plan the meeting settled though the
year plans two rounds (no other round is named); Changping's two spans share their first day, so the start is scored
and the end (8月31日 or 8月12日) is left unscored; Changping's list keeps 交通局, 应急局 and 人力社保局 short as the text
writes them after 区经信局; the district's thirteenth committee's tenth round (jsgctv, Gaochun by its street) is cut
in the page's copy before its list, so its units are left unscored; Zhonglou's bodies (邹区镇、北港街道下属村(社区)和西林街道)
can be read as villages under a town and a street or as a town, so units are left unscored with the group (a city
group's feedback is conveyed); Fanchang's 2019 summary tells four rounds with per-round counts and no total, so no
round and no figures are scored (Fanchang's county appears in r24 with another round on another portal, so it is
measured); Leibo's story tells three rounds' totals, found clues (151) and clues handed over (61), so its figures are
left unscored; Jingdezhen's 117 problems and 52 clues are two levels' joint totals read as the text's figures; the
Changshan forum copy's captioned group (永嘉县委第四巡察组) holds a survey talk, so no group is scored; the Xiang'an
text shares the city's third-batch template with r13's Xiamen text (both on the xiamen/sz mirror path), and the 2015
Fujian county round shares the province's template with c-dev's and r8's, so both are left out of the measure.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a province's 2015 round of county inspections in the province's template (…省委县(市、区)巡视组对…开展巡视。巡视时间一个月
    # 左右。日前,N个巡视组已进驻巡视), which c-dev's fujian_counties and r8's fourth round second batch hold
    "fujian_2015_county_inspection_groups_eight_places_copy",
    # a district's third batch in the city's template (根據…經…巡察工作領導小組研究決定,自…起啟動…第N輪第三批巡察工作) that
    # r13's xiamen_eleventh_round_third_batch_trad holds on a sibling mirror path (xiamen/sz)
    "xiangan_fourth_term_ninth_round_third_batch_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R25B = [
    # --- rounds: county, district and city committees' rounds ---------------------------------------------------------
    # https://m.xyxww.com.cn/content.jspx?contentId=304658 (a district's fifth committee's thirteenth round over the
    # communities of seven streets: term and round; the span is the round's days; the seven street committees only
    # qualify the 72 counted communities (settled 8), so no unit is named; six groups, no group)
    ("shihe_fifth_term_thirteenth_round_seven_streets_72_communities", "https://m.xyxww.com.cn/content.jspx?contentId=304658", "rounds", """3月29日下午,五届浉河区委第十三轮巡察工作动员部署会召开。
根据安排,从2021年3月31日至4月24日,浉河区委组建6个巡察组对老城、五里墩、五星、湖东、民权、车站、金牛山七个街道办事处党工委所辖72个社区党组织开展巡察。
本轮巡察紧紧围绕“三个聚焦”,深入查找被巡察街道办事处党工委和各社区党组织及党员干部履行政治责任和职责使命中存在的政治偏差。……
""", {"unit": "", "units": [], "group": None, "term": 5, "round": 13, "start": date(2021, 3, 31),
      "end": date(2021, 4, 24), "feedback_date": None, "problems": 0, "figures": []}),
    # http://m-zhongxiang.cjyun.org/p/18259.html (a county-level city's leading group settles its 2017 tasks and the
    # plan of its first round: round 1 from the plan the meeting settled (as settled 2 reads a plan's round); the two
    # rounds and five groups planned are counts; no body, no day)
    ("zhongxiang_2017_first_round_plan_leading_group", "http://m-zhongxiang.cjyun.org/p/18259.html", "rounds", """钟祥市委巡察办明确2017年巡察任务
2017-03-10 23:55   钟祥市委巡察办
近日,钟祥市召开市委巡察工作领导小组会议,市委常委、纪委书记、市委巡察工作领导小组组长文拥军主持会议。
会议听取了巡察办工作情况,对2017年巡察工作进行了安排部署,确定了第一轮巡察工作方案。会议明确,今年将组建4个常规巡察组和1个专项巡察组,开展两轮常规巡察,重点巡察被巡察单位“两个责任”落实情况;选人用人情况;对上级决策部署贯彻落实不力情况;从严治党向基层延伸情况等。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.ztjjjc.gov.cn/article/20200512/n47921_1.shtml (a county's seventh round, a poverty special round over
    # counted villages: round 7 (县委第七轮); 5月6日 has no year in the text and is a start-up, no entry; the 38 villages
    # and 13 towns are counts, no units; the 101 villages to be covered are no figure)
    ("zhenxiong_seventh_round_38_villages_poverty_special", "https://www.ztjjjc.gov.cn/article/20200512/n47921_1.shtml", "rounds", """镇雄:今年将实现对全县101个未脱贫出列村(社区)党组织巡察工作全覆盖
……据悉,镇雄县将紧盯脱贫攻坚“两不愁三保障”目标任务完成情况,……坚持巡乡带村,分级分类,分三轮对全县101个未脱贫出列村(社区)党组织开展巡察全覆盖,保障全县如期实现脱贫摘帽。
“我们于5月6日启动了县委第七轮巡察,也是今年的第一轮决战决胜脱贫攻坚专项巡察,本轮巡察将对13个乡镇(街道)所辖的38个未脱贫出列贫困村(社区)党组织开展巡察。”县委巡察办副主任沈承珍介绍道。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 7, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://yinan.ymlz.gov.cn/info/1013/4257.htm (a county's second round of 2017, done by a district's group in the
    # city's crossed inspection: round 2; the group has no number of its own (兰山区委巡察组), not scored; the county's
    # inspected bodies are not named; 8月2日 is the meeting's day)
    ("yinan_2017_second_round_crossed_inspection_mobilisation", "http://yinan.ymlz.gov.cn/info/1013/4257.htm", "rounds", """来源:沂南县纪委监委网站发布时间:2017-08-03
8月2日,我县在县会议中心召开第二轮巡察工作动员部署会议。会议由兰山区纪委常务副书记、兰山区委巡察组带队负责人陈胜年同志传达全市县区异地交叉巡察工作动员会议精神并通报巡察工作任务。 会议指出,开展交叉巡察是中央、省委关于巡察工作的新任务、新要求。……
""", {"unit": "", "units": [], "term": None, "round": 2, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://jwfz.org.cn/show-10510.html (a district's second committee's fifteenth round: term and round; one body of
    # the grain special round named and seven look-back bodies counted after one example, so units are left unscored;
    # five groups, no group)
    ("miyun_second_term_fifteenth_round_grain_special_look_back", "http://jwfz.org.cn/show-10510.html", "rounds", """近日,二届密云区委第十五轮巡察工作动员部署会召开。会议传达了市委领导关于本轮巡视巡察工作的讲话精神,区委常委、区委组织部部长、区委宣传部部长、区委巡察工作领导小组副组长葛俊凯宣布了第十五轮巡察组组长授权任命及任务分工。……
本次区委共派出5个巡察组,对区商务局党组(粮食和物资储备局)开展涉粮问题专项巡察,对区交通局等7家单位党组织开展巡察“回头看”。(文/樊燕琳 责编/郭毅)
""", {"unit": "", "group": None, "term": 2, "round": 15, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://jrgc.jsgctv.com/Article/index/aid/9030314.html (a district's thirteenth committee's tenth round on rural
    # revitalisation: term and round; the page's list of villages is cut in the copy, so units are left unscored; 9月11日
    # is the meeting's day)
    ("district_thirteenth_term_tenth_round_rural_revitalisation_deployment", "https://jrgc.jsgctv.com/Article/index/aid/9030314.html", "rounds", """十三届区委第十轮巡察工作动员部署会召开
9月11日,十三届区委第十轮巡察工作动员部署会召开,积极贯彻习近平总书记关于巡视巡察工作的重要论述,传达上级关于巡视巡察工作的部署要求,并对十三届区委第十轮巡察工作进行动员部署。……
会议宣布了本轮巡察各巡察组组长授权任职和任务分工。
十三届区委第十轮巡察工作对固城街道固……
""", {"unit": "", "group": None, "term": 13, "round": 10, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://xtsgyy.investchn.com/news/detail/id/272850.html (a copy of a district's sixth committee's second round: term
    # and round; the three towns, the street and the four bureaus are the round's units as written (the towns inspected
    # with their villages, settled 8); both spans begin on 6月15日, whose year the dated line gives, so the start is read and
    # the end (two ends) left unscored; four groups, no group)
    ("changping_sixth_term_second_round_eight_bodies_2022", "https://xtsgyy.investchn.com/news/detail/id/272850.html", "rounds", """六届区委第二轮巡察工作动员部署会召开
发布时间:2022-06-15 来源:北京市昌平区广播电视网
6月13日,六届区委第二轮巡察工作动员部署会召开,对区委即将开展的第二轮巡察工作进行动员部署。……
本轮巡察共派出4个巡察组,于6月15日至8月31日,对百善镇、南口镇、小汤山镇、城南街道4个镇(街道)及所辖村、社区开展常规巡察;6月15日至8月12日对区经信局、交通局、应急局、人力社保局4个单位开展常规巡察。
""", {"unit": "", "units": ["百善镇", "南口镇", "小汤山镇", "城南街道", "区经信局", "交通局", "应急局", "人力社保局"],
      "group": None, "term": 6, "round": 2, "start": date(2022, 6, 15), "feedback_date": None, "figures": []}),
    # http://nxjw.nanxian.gov.cn/34395/34520/content_1556542.html (a county's thirteenth committee's second round entered:
    # term and round; the three county bodies are the round's units as written; two groups, no group; 近日 gives no day;
    # 2022年6月10日 closes the petitions, no end)
    ("nanxian_thirteenth_term_second_round_three_bodies_entered", "http://nxjw.nanxian.gov.cn/34395/34520/content_1556542.html", "rounds", """近日,十三届县委第二轮巡察2个巡察组完成对县财政局、县民政局、县科协等3个县直单位党组织的进驻工作,十三届县委第二轮巡察全面展开。根据安排,本轮还将配合县纪委监委开展相关专项监督检查。
被巡察单位分别召开巡察工作动员会。……
据悉,县委巡察组将在被巡察单位工作2个月左右。……巡察组受理信访截止时间为2022年6月10日。
""", {"unit": "", "units": ["县财政局", "县民政局", "县科协"], "group": None, "term": 13, "round": 2, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://www.pdsjjw.gov.cn/sitesources/lysjwjcw/page_pc/gzdt/jcfc/articleb7213de1ea8742dc93923bd9b1d8e004.html (a
    # county's two groups enter four bodies for 20 days: the four are the round's units as written, the service centre
    # keeping its bracketed second name (settled 7, full-width); 10月30日 has no year in the text, so no start; no round
    # is numbered; two groups, no group)
    ("luanchuan_two_groups_four_bodies_twenty_days", "https://www.pdsjjw.gov.cn/sitesources/lysjwjcw/page_pc/gzdt/jcfc/articleb7213de1ea8742dc93923bd9b1d8e004.html", "rounds", """自10月30日开始,栾川县委两个巡察组分别进驻县国土资源局、县行政服务中心(110联动办)、县畜牧局、县农机总站4个单位开展为期20天的巡察。
本轮巡察对象主要为:4个单位党组织领导班子及其成员,其他副科级以上干部、后备干部,二级机构主要负责人。……
本轮巡察工作的重点是党风廉政建设和反腐败工作,着力发现以下七个方面的问题:一是基层党的领导弱化、基层党的建设缺失、基层全面从严治党不力等突出问题;二是虚报冒领、克扣甚至侵占惠农专项资金、扶贫资金等问题;……
""", {"unit": "", "units": ["县国土资源局", "县行政服务中心（110联动办）", "县畜牧局", "县农机总站"], "group": None,
      "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://paper.cztvcloud.com/jrpt/pc/content/202302/27/content_318784.html (a district paper's report of the
    # fourteenth committee's fourth round: term and round; the five bodies are the round's units as written, the commerce
    # bureau keeping its bracketed second name (settled 7, full-width); three groups, no group; 日前 gives no day)
    ("putuo_fourteenth_term_fourth_round_five_bodies_paper", "http://paper.cztvcloud.com/jrpt/pc/content/202302/27/content_318784.html", "rounds", """十四届区委第四轮巡察工作启动
本报讯(记者 胡晓 通讯员 刘赢)日前,十四届区委第四轮巡察工作动员部署会召开。会议深入学习贯彻中央和省委、市委关于巡视巡察工作的新精神新要求,……宣布十四届区委第四轮巡察组长授权任职和任务分工决定。
会议指出,去年是十四届区委巡察工作的开局起步之年,……
据悉,十四届区委第四轮巡察将设3个巡察组对区发展和改革局、区商务局(中国国际贸易促进委员会舟山市普陀区委员)、区统计局、区综合行政执法局、区总工会等5家单位党组织开展巡察。
""", {"unit": "", "units": ["区发展和改革局", "区商务局（中国国际贸易促进委员会舟山市普陀区委员）", "区统计局", "区综合行政执法局",
                          "区总工会"],
      "group": None, "term": 14, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.fcjjjc.gov.cn/html/wenzhang_631639.html (a county's 2019 rounds summed up as its fourteenth committee's
    # thirteenth round starts: several rounds told (第十、十一、十二、十三轮), so no round is scored; each round's problems and
    # clues are told apart and no total is told, so figures are left unscored; the year's coverage counts are no units)
    ("fanchang_2019_rounds_summary_thirteenth_round_start", "http://www.fcjjjc.gov.cn/html/wenzhang_631639.html", "rounds", """2019年10月28日,繁昌县十四届县委第十三轮巡察工作正式启动,意味着繁昌县今年的巡察任务已经全部完成。2019年繁昌县一共完成七轮巡察(包含三轮交叉巡察),巡察县直单位15个,村、社区62个,共77个单位党组织。……
……3月份,县委第十轮巡察派出三个巡察组对孙村镇、繁阳镇、平铺镇的12个村、社区开展为期40天的巡察,发现问题122个,问题线索30条。5月份,县委第十一轮巡察派出六个巡察组对繁阳镇、孙村镇、平铺镇、荻港镇、经开区的25个村、社区开展为期45天的巡察,发现问题316个,问题线索83条。8月份,县委第十二轮巡察派出三个巡察组对9个县直单位开展为期35天的巡察,发现问题128个,问题线索9条。10月份,县委第十三轮巡察派出六个巡察组对繁阳镇、荻港镇、孙村镇、平铺镇、新港镇、峨山镇的25个村、社区开展为期40天的巡察,目前正在巡察中。
""", {"unit": "", "units": [], "group": None, "start": None, "end": None, "feedback_date": None}),
    # https://kdl.gov.cn/detail/cid/428/aid/118799 (a district committee's secretaries' meeting hears its twelfth
    # committee's fifth round and the rectification: term and round; no body is named; 12月26日 is the meeting's day)
    ("district_twelfth_term_fifth_round_secretaries_meeting_hearing", "https://kdl.gov.cn/detail/cid/428/aid/118799", "rounds", """12月26日,区委召开书记专题会议,听取十二届区委第五轮巡察情况及巡察整改和成果运用情况汇报,安排部署下一阶段工作。区委书记金永丽主持会议并讲话。
……会议要求,要牢牢把握好巡察工作政治定位,……要深化巡察成果运用,系统梳理十二届区委巡察以来的标志性成果,分析研判共性突出问题或具有代表性的个性问题,通过抓典型带动全面整改,切实达到“巡察一批、带动一片”的效果。……(来源:区委巡察办 审核:区委办)
""", {"unit": "", "units": [], "group": None, "term": 12, "round": 5, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.zhonglou.gov.cn/html/czzl/2018/DNQMPIKJ_0529/186669.html (a district committee's secretaries' meeting
    # hears its first round of 2018, the tenth committee's fifth round: term and round from 十届区委第五轮; the bodies the
    # district groups visited are told as villages under a town and a street and one street, and a city group's feedback
    # to a zone is conveyed, so units and group are left unscored; 5月28日 is the meeting's day)
    ("zhonglou_tenth_term_fifth_round_secretaries_meeting_2018", "https://www.zhonglou.gov.cn/html/czzl/2018/DNQMPIKJ_0529/186669.html", "rounds", """5月28日,区委召开书记专题会议,听取2018年首轮巡察工作汇报,研究下一步巡察工作。……
会议传达学习了市委书记汪泉有关讲话精神,通报了市委第三巡察组对钟楼经济开发区巡察情况的反馈意见,听取了区委巡察办下一步工作计划以及区委两个巡察组对邹区镇、北港街道下属村(社区)和西林街道巡察情况汇报。
赵正斌充分肯定巡察工作取得的成绩。他说,今年首轮巡察是十届区委第五轮巡察,区委巡察机构和全体巡察干部,强化政治担当、积极履职尽责,突出上下联动,较好地配合市委第三巡察组开展上下联动巡察工作;……
""", {"unit": "", "term": 10, "round": 5, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://junhongtea.com/portal/aid/304/mod/view (a copy on a tea company's domain of a county's village round done by
    # towns' crossed groups: the 60 clues handed over are the clues figure (settled 6); 3月中旬 to 4月底 gives no day
    # (settled 11); the 69 villages and 23 groups are counts, no units; no round is numbered; no group)
    # (r26 pass: 立案审查5件5人 added as cases_filed 5, as r11's written convention reads 立案 counts; the reader had left it)
    ("hepu_village_rounds_towns_crossed_groups_clues_copy", "https://junhongtea.com/portal/aid/304/mod/view", "rounds", """发现个别村对扶贫资金监管不力,用扶贫资金滥发津补贴。”“发现有个别驻村第一书记缴交党费数额不足,个别村干部用集体资金报销其个人缴交的党费。”近日,合浦县23个村级巡察小组陆续向县委巡察办汇报巡察情况,至目前为止,共移送问题线索60条74人,立案审查5件5人。……
此轮村级巡察从3月中旬开始至4月底结束,全面覆盖合浦县15个乡镇,由县委统一领导、县委巡察办组织协调、各乡镇具体执行,实行乡镇交叉派驻巡察。……此轮巡察根据异地进驻要求,由县委巡察办将各乡镇组建的共23个村级巡察组统一分派进驻,通过查看账目、工作台账、干部座谈、走访村民等方式,共巡察69个(社区)村党组织。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("clues_transferred", 60), ("cases_filed", 5)]}),
    # http://youxian-xhncloud.voc.com.cn/content/351527 (a county media centre's report of the county's ninth round, a
    # poverty special round: round 9; the thirteen bodies are all named before their count, so they are the round's
    # units as written; the entries are to be completed on 2020年4月7日, a plan told before it, so the start is left
    # unscored; 4月3日 is the meeting's day; six groups, no group; the 17 towns are only visited for information)
    ("youxian_ninth_round_poverty_special_thirteen_bodies", "http://youxian-xhncloud.voc.com.cn/content/351527", "rounds", """攸县召开第九轮扶贫领域专项巡察工作动员部署会
2020-04-04 17:09:13          来源:攸县融媒体中心 | 编辑:周玲 | 作者:刘建飞
攸县融媒体中心【记者:刘建飞】经县委批准,4月3日,县委召开第九轮扶贫领域专项巡察工作动员部署会。
本轮巡察将派出6个巡察组,对县发改局、县住建局、县民政局、县残联、县卫健局、县医保局、县人社局、县农业农村局、县林业局、县教育局、县文旅广体局、县水利局、县交通运输局等13个单位党组织开展为期一个月的扶贫领域专项巡察,并延伸到17个乡镇(街道)了解情况,统一进驻工作将于2020年4月7日完成。
""", {"unit": "", "units": ["县发改局", "县住建局", "县民政局", "县残联", "县卫健局", "县医保局", "县人社局", "县农业农村局",
                          "县林业局", "县教育局", "县文旅广体局", "县水利局", "县交通运输局"],
      "group": None, "term": None, "round": 9, "end": None, "feedback_date": None, "figures": []}),
    # https://xwzx.qqzyw.com/show-146978.html (a copy of a report on a city's and its counties' poverty special rounds:
    # several committees' rounds, so no round; their bodies are told as examples before counts (建设局等7个), so units are
    # left unscored; the two levels' joint totals, 117 problems and 52 clues found, are the figures (settled 6))
    # (r26 pass: the same totals' 立案24人 and 党政纪处分20人 added as cases_filed 24 and disciplined_people 20, as r11's
    # written convention reads them; the reader had kept only the first two of the four joint totals)
    ("jingdezhen_city_county_poverty_special_rounds_totals_copy", "https://xwzx.qqzyw.com/show-146978.html", "rounds", """景德镇市委对下属4个县(市、区)党委开展扶贫领域专项巡察;乐平市委对建设局等7个单位党组织开展扶贫领域专项巡察;浮梁县委对林业局等10个扶贫领域重点单位党组织开展首轮巡察;昌江区委对农业局等3个扶贫领域重点单位党组织开展首轮巡察……今年以来,景德镇市树立市县巡察“一盘棋”思想,确保扶贫领域党内监督不留空白,市县巡察上下联动,……
……市县两级共计巡察和走访了29个精准扶贫十大工程牵头部门,督查了137个扶贫项目进展情况和1.007亿元扶贫资金使用情况等,截至目前共发现普遍性倾向性问题117条,党员干部违纪问题线索52件,市县两级对巡察问题线索已经立案24人,给予党政纪处分20人。
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 117), ("clues_transferred", 52), ("cases_filed", 24), ("disciplined_people", 20)]}),
    # --- news ----------------------------------------------------------------------------------------------------------
    # https://cbgc.scol.com.cn/news/7086223 (a joint research group's survey (调研) of a county-level city's village
    # inspections: a survey, no party inspection's record, so no body, group, round, day or figure; the 166 and 85
    # communities are counts of the city)
    ("dujiangyan_village_inspection_research_survey", "https://cbgc.scol.com.cn/news/7086223", "news", """文/都江堰市纪委监委、都江堰市委巡察办、廉政瞭望联合调研组
习近平总书记强调,要加强对村(社区)巡察,促进解决基层问题和群众身边问题,巩固党的执政基础。……
调研中,我们始终围绕产业兴旺、生态宜居、乡风文明、治理有效、生活富裕等乡村全面振兴的主要目标,通过实地走访、查阅资料、召开座谈会等方式深度剖析,梳理都江堰村级巡察在乡村全面振兴中的经验,存在的问题和困难,提出进一步护航乡村全面振兴的路径和措施。
从“有形”到“有效”:主要做法和特色亮点
都江堰市辖11个镇(街道),共166个社区,其中农村社区85个。十五届都江堰市委巡察工作启动以来,都江堰市委巡察机构紧扣乡村振兴战略,积极疏堵点、破难题、促发展,推动对村巡察从有形覆盖向有效覆盖转变,目前已实现对村巡察全覆盖。
""", {"unit": "", "units": [], "group": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- noisy copies ---------------------------------------------------------------------------------------------------
    # http://enerteksolarenergy.com/special/sjzt/2018-04-24/932999.html (traditional script with pinyin in brackets on an
    # unrelated domain: a city's "five-member group" hears the fourth committee's first round's rectification check and
    # its third round: two rounds in one hearing give no round, and the term is left unscored with them; no body named;
    # 4月23日 is the hearing's day)
    ("city_fourth_term_first_and_third_rounds_hearing_pinyin_trad", "http://enerteksolarenergy.com/special/sjzt/2018-04-24/932999.html", "noisy", """本報(bào)訊(記者 李小龍)4月23日下午,市委“五人小組”聽(tīng)取四屆市委第一輪巡察反饋整改落實(shí)監(jiān)督檢查情況匯報(bào)、第三輪巡察工作匯報(bào),研究巡察發(fā)現(xiàn)問題的處置措施,安排部署下一輪巡察工作。……
在認(rèn)真聽(tīng)取匯報(bào)后,陳俊指出,第三輪巡察是在黨的十九大閉幕后,市委開(kāi)展的首次巡察。本輪巡察認(rèn)真貫徹中央精神和省委部署,……結(jié)合省市縣三級(jí)巡視巡察聯(lián)動(dòng),扎實(shí)細(xì)致開(kāi)展工作,很好地完成了巡視巡察任務(wù),起到了強(qiáng)烈的震懾作用。
""", {"unit": "", "units": [], "group": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://925eat.com/news_html/201804/20180424/news_20180424_2824379.shtml (traditional script with pinyin in brackets
    # on an unrelated domain: a provincial capital's eleventh committee's third round, second and third batches entered:
    # term and round; 15 bodies counted after two examples, not scored; nine groups, no group; the dated line has no
    # year, so 4月17日至23日 gives no day; the 135 villages are a count)
    ("jinan_eleventh_term_third_round_second_third_batches_pinyin_trad", "http://925eat.com/news_html/201804/20180424/news_20180424_2824379.shtml", "noisy", """? 齊魯晚報(bào)4月23日訊(記者 劉雅菲) 23日,記者從濟(jì)南市紀(jì)委監(jiān)委網(wǎng)站獲悉,4月17日至23日,濟(jì)南市委第一至第八巡察組分別召開巡察市城鄉(xiāng)建設(shè)委黨委、市城鄉(xiāng)交通運(yùn)輸委黨委等15個(gè)市直部門(單位)工作動(dòng)員會(huì);同時(shí)新組建市委第九巡察組,召開專項(xiàng)巡察南部山區(qū)貧困村工作動(dòng)員會(huì)。至此,十一屆市委第三輪巡察第二、第三批次進(jìn)駐動(dòng)員工作全部完成。
按照濟(jì)南市委的統(tǒng)一部署,十一屆市委第三輪巡察將分3批對23個(gè)市直部門單位黨組織開展常規(guī)巡察或“回頭看”,對南部山區(qū)管委會(huì)所轄135個(gè)貧困村開展扶貧專項(xiàng)巡察。……
""", {"unit": "", "group": None, "term": 11, "round": 3, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://daydaynews.cc/zh-hant/hotcomm/amp/3344933.html (traditional script on a news aggregator: a district's ninth
    # round over the villages of three towns: round 9; the towns only qualify the 47 counted villages (settled 8), so no
    # unit; three groups, no group; 3月19日 and 3月20日 have no year)
    ("xinbei_ninth_round_three_towns_47_villages_trad", "https://daydaynews.cc/zh-hant/hotcomm/amp/3344933.html", "noisy", """日前,新北區委第九輪巡察全面啟動。根據區委安排,區委巡察組對孟河鎮、薛家鎮、奔牛鎮等3個鎮所轄47個村(社區)黨組織開展巡察,3個巡察組已全部完成進駐動員。
3月20日,區委第一巡察組巡察孟河鎮所轄村(社區)黨組織工作動員會
3月19日,區委第二巡察組巡察薛家鎮所轄村(社區)黨組織工作動員會
3月20日,區委第三巡察組巡察奔牛鎮所轄村(社區)黨組織工作動員會
""", {"unit": "", "units": [], "group": None, "term": None, "round": 9, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://hk.crntt.com/doc/1071/1/8/2/107118262.html?coluid=7&kindid=0&docid=107118262&mdate=0909180617 (traditional
    # script with full-width punctuation on a Hong Kong news site: a district group's village rectification story and the
    # district's ways: the group has no number (潤州區委巡察組), not scored; the village is where the story walks, no unit
    # (as r23's and r24's village stories); the 15 and 16 matters handed over are no findings)
    ("runzhou_village_road_rectification_story_trad", "https://hk.crntt.com/doc/1071/1/8/2/107118262.html?coluid=7&kindid=0&docid=107118262&mdate=0909180617", "noisy", """中評社北京9月9日電／據中國紀檢監察報報導，近日，江蘇省鎮江市潤州區委巡察組工作人員再次來到官塘橋街道秀山村，明顯感受到整改帶來的變化：公路乾淨整潔，岔路口還裝了凸面鏡。
此前，潤州區委巡察組進駐秀山村開展巡察，有村民談及金潤大道通向村委會的道路兩旁綠植無人管理，拐彎處還看不見對向來車，非常危險，反映多次一直沒有解決。巡察組現場核實後，督促秀山村“兩委”落實整改，明確整改主體責任、整改時限和標準。……
……2024年以來，在對村（社區）巡察中，累計口頭交辦即時整改事項15件，下發立行立改通知書16份，推動各街道扎實辦好“一鎮街一實事”。
""", {"units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://db2.mom/threads/30.173032 (a forum's copy of a discipline paper's article with the forum's chrome (user name,
    # post counts) in front: a county's extended special round at a village controlled by one family, and another
    # county's group in a photo caption: the story's group has no number (常山县委巡察组) and the captioned group
    # (永嘉县委第四巡察组) holds a survey talk, so no group is scored; the village is the story's setting, no unit;
    # 去年5月 and 9月 give no day; the problems found are told without a count, left unscored)
    ("changshan_family_branch_village_special_round_forum_copy", "https://db2.mom/threads/30.173032", "noisy", """dbabc0011
研究生
- 注册
- 2011-03-25
- 帖子
- 1,070
(原标题:家族掌控村党组织30余年:村里工程离了他家,谁都做不成)
7月23日,中央纪委国家监委网站发布文章《“家族支部”问题透视 》,作者为张梓健。
……浙江省永嘉县开展村级组织换届选举摸底调研,……图为近日,永嘉县委第四巡察组在枫林镇江枫村田头说事亭,与村民面对面交流。廖朝阳 摄
利用家族势力干扰选举,正是浙江省衢州市常山县委对同弓乡胡村村延伸开展专项巡察时发现的问题之一。去年5月,常山县委巡察组发现某胡姓家族掌控该村党组织30余年的问题。同时,该村党支部软弱涣散、党员发展程序不规范、村“三资”管理和村级工程项目管理混乱等问题线索被牵出。9月,时任胡村村支书胡羽飞被党内除名,与此案相关的人员也受到相应处理。
""", {"units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.jizihe.com/page/2019/0222/4819156.shtml (traditional script with pinyin in brackets on an unrelated
    # domain: a county's rounds since 2017 told as a story: three rounds and their totals, a third round's mobilisation
    # and a group at a township: several rounds in one story, so no round, no term; the totals and the story's episodes
    # are left unscored (figures not scored); 2018年4月8日 is a mobilisation's day, 5月11日 an entry of one group of
    # several; no feedback day)
    ("leibo_rounds_since_2017_story_pinyin_trad", "http://www.jizihe.com/page/2019/0222/4819156.shtml", "noisy", """宛遠(yuǎn)波
自 2017年4月成立巡察組以來(lái),雷波縣從巡察組長(zhǎng)庫(kù)、巡察人才庫(kù)中抽調(diào)40名業(yè)務(wù)骨干,成立4個(gè)巡察組展開了3輪常規(guī)巡察。截至目前,共巡察49個(gè)單位,發(fā)現(xiàn)違反“六項(xiàng)紀(jì)律”方面問題97個(gè),黨員違紀(jì)違規(guī)問題線索151個(gè),移送縣紀(jì)委61個(gè),立案37件處分39人,移送司法1人 。
……2018年4月8日,雷波縣召開第三輪巡察動(dòng)員大會(huì),將有脫貧攻堅(jiān)任務(wù)的20個(gè)重點(diǎn)鄉(xiāng)(鎮(zhèn))列為第三輪巡察對(duì)象。5月11日,第四巡察組進(jìn)駐柑子鄉(xiāng)開展常規(guī)巡察工作。……
""", {"units": [], "term": None, "end": None, "feedback_date": None}),
    # http://www.cn88888.cn/stxw/jrst/202504/t20250414_2035869.html (traditional script on an unrelated domain: a district
    # committee's standing meeting studies the Politburo meeting and speaks of inspection work in general: no inspection
    # is told, so no body, group, round, day, problem or figure)
    ("shanting_standing_committee_politburo_study_general_inspection_trad", "http://www.cn88888.cn/stxw/jrst/202504/t20250414_2035869.html", "noisy", """4月11日,區委常委會(擴大)會議召開,傳達學習中共中央政治局會議精神,研究審議有關工作事項。區委書記王德海主持并講話。
會議指出,習近平總書記在3月31日中共中央政治局會議上的重要講話,對持之以恒加強生態環境建設,持續推動巡視工作高質量發展作出系統部署。……要以更大擔當作好巡察工作。發揮綜合監督作用,健全完善巡察反饋、整改會商、“三方聯審”、成效評估、問責通報等工作機制,扎實做好巡察“后半篇文章”,推進全面從嚴治黨向基層延伸、向縱深發展。
會議還研究了其他事項。(來源:山亭快報)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://0916001.com/forum.php?goto=lastpost&mod=redirect&tid=38928 (a county's village poverty special rounds copied
    # to a forum that strewed junk characters through the lines: 294 problems found and 19 clues handed over are the
    # figures (settled 6); the 129 and 20 villages are counts, no units; no round is numbered; eleven groups, no group)
    ("zhenba_village_poverty_special_rounds_forum_junk", "http://0916001.com/forum.php?goto=lastpost&mod=redirect&tid=38928", "noisy", """@ME: 
|
镇巴县是国家扶贫开发重点县和陕西省11个深度贫困县之一。为确保脱贫攻坚决策部署落到实处,如期实现脱贫摘帽,镇巴县将巡察“探头”延伸至“神经末梢”,实现对129个建档立卡贫困村及20个非贫困村党组织脱贫攻坚专项巡察全覆盖。7 J* N K: A9 |6 `
该县坚持贫困村在哪里,巡察就跟到哪里,组成11个巡察工作组,对全县129个贫困村及20个非贫困村党组织分批次开展巡察。 ' ?, t( H8 y) E. T/ k8 g
……
7 W1 g( f3 \\+ J* n% N# n& ` s 截至目前,该县巡察发现扶贫领域问题294个,移交问题线索19件,相关问题线索正在核查中。(汉中纪检监察)
8 b( Y4 O8 I! ~* K+ }, u4 _. d8 O
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 294), ("clues_transferred", 19)]}),
    # https://ttnews.xyz/a/5b5062c1dc9b5e3651511389?lang=zh-hant (traditional script on a news aggregator: a county's
    # poverty special round of 17 villages: 7月17日至8月22日 has no year in the text, so no days; the towns and the street
    # only qualify the 17 counted villages (settled 8), so no unit; three groups, no group; no round is numbered)
    ("longmen_poverty_special_round_seventeen_villages_trad", "https://ttnews.xyz/a/5b5062c1dc9b5e3651511389?lang=zh-hant", "noisy", """龍門縣:專項巡察17個貧困村脫貧攻堅
記者在昨日召開的縣委脫貧攻堅專項巡察動員部署會上獲悉,龍門縣委已安排3個專項巡察組於7月17日至8月22日對龍城街道、龍田鎮、麻榨鎮、龍江鎮、龍潭鎮的17個市級貧困村開展脫貧攻堅專項巡察。
縣委巡察辦有關負責人介紹,此次專項巡察充分體現了縣委對脫貧攻堅工作的高度重視,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.easyfundingllc.com/cn/Instant/municipal/202312/t20231215_7538556.html (traditional script with toneless
    # pinyin in brackets on an unrelated domain: a banner's village inspections told by two of its groups' stories: two
    # groups (旗委第二巡察組, 旗委第一巡察組), so no group; the villages and towns are the stories' settings, no units;
    # 今年4月 gives no day; the 90 households are no figure)
    ("zalaite_village_inspections_two_groups_stories_pinyin_trad", "https://www.easyfundingllc.com/cn/Instant/municipal/202312/t20231215_7538556.html", "noisy", """內蒙古紮賚特旗:增強“四力”推動村級巡察成效
“現在牛棚也建好了,養(yang) 牛的事有著落了,收入也有了保障,真是多虧(kui) 了巡察組。”日前,內(nei) 蒙古興(xing) 安盟紮賚特旗新林鎮潘洪雪夫婦對前來回訪的巡察組工作人員高興(xing) 地說道。據了解,今年,在紮賚特旗委第二巡察組巡察進駐期間,潘洪雪夫婦來到巡察組信訪室尋求幫助解決(jue) 自家建牛棚的問題,經過巡察組推動,得以順利解決(jue) 。
……今年4月,旗委第一巡察組對音德爾鎮民勝村開展常規巡察中通過與(yu) 村網格員談話了解到村民用水困難的問題,巡察組通過走訪90餘(yu) 戶用水困難戶,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.jizihe.com/page/2019/0820/11149510.shtml (traditional script with pinyin in brackets on an unrelated
    # domain: a magazine's story of a county's township-with-villages inspections told through several groups (县委第四巡察组,
    # 县委第一巡察组) and rounds (前两轮, 第三轮): several groups and rounds, so no group, round or term is scored; the
    # villages and towns are the story's settings, no units; 2017年 gives no day)
    ("santai_township_with_villages_groups_story_pinyin_trad", "http://www.jizihe.com/page/2019/0820/11149510.shtml", "noisy", """文/本刊記者許秀蓮 通訊員楊劍
三臺縣第四巡察組工作人員在躍進鎮(zhèn)水堰村辣椒教育基地核實相關(guān)問題線索。
綿陽市三臺縣委第四巡察組副組長涂天才駐村巡察時,發(fā)現(xiàn)了一個奇怪的現(xiàn)象:塔山鎮(zhèn)青春村辦公室的廣場內(nèi)建有半坡起步的高臺,門口停有教練車,掛著黨員遠程教育中心牌子的門檐上卻拉著駕校大廳的橫幅。
……五保戶在家中逝世多日無人知曉,道路拆遷費用發(fā)放一直未公開……2017年,三臺縣委第一巡察組在巡察富順鎮(zhèn)時,接到當?shù)卮迕穹从炒鍍?nèi)問題多多,“邀請”他們到村巡察后發(fā)現(xiàn)了諸多問題。
綜合前兩輪巡察,三臺縣巡察辦副主任張緒濤發(fā)現(xiàn),巡察所發(fā)現(xiàn)的問題中60%以上均來自村(社區(qū))一級,……到第三輪巡察時,5個巡察組都有意識地針對貧困村、黨組織軟弱渙散村以及信訪件較多的村進(jìn)行了重點(diǎn)巡察。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- sharing a template with an earlier batch (SHARES_TEMPLATE) -------------------------------------------------------
    # https://m.folksfolks.com/fjnews/2015-10/29/content_16812837.htm (a copy of a province's 2015 round of county
    # inspections (巡视) in the province's template (…省委县(市、区)巡视组对…开展巡视。巡视时间一个月左右。日前,N个巡视组已进驻巡视),
    # which c-dev's fujian_counties and r8's 2015 fourth round second batch hold: the eight places are the round's units as
    # written (settled 8); 10月下旬 and 一个月左右 give no day; no round is numbered)
    ("fujian_2015_county_inspection_groups_eight_places_copy", "https://m.folksfolks.com/fjnews/2015-10/29/content_16812837.htm", "rounds", """根据《中国共产党巡视工作条例》及中央、省委关于巡视工作的部署要求,经省委巡视工作领导小组同意,从10月下旬开始,省委县(市、区)巡视组对福州市马尾区、长乐市、厦门市湖里区、平和县、三明市三元区、大田县、莆田市荔城区、龙岩市新罗区开展巡视。巡视时间一个月左右。日前,8个巡视组已进驻巡视。
""", {"unit": "", "units": ["福州市马尾区", "长乐市", "厦门市湖里区", "平和县", "三明市三元区", "大田县", "莆田市荔城区", "龙岩市新罗区"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://iosapp77.com/xiamen/sz/2299850.html (traditional script on a mirror domain: a district's fourth committee's
    # ninth round, third batch, in the city's template (根據…經…巡察工作領導小組研究決定,自…起啟動…第N輪第三批巡察工作,對…開展常規巡察)
    # that r13's xiamen_eleventh_round_third_batch_trad holds on a sibling mirror: term and round; the start-up day is no
    # entry, so no start; the villages are told under their towns, so units are left unscored; 一個月左右 gives no end)
    ("xiangan_fourth_term_ninth_round_third_batch_trad", "http://iosapp77.com/xiamen/sz/2299850.html", "noisy", """根據《中國共產黨巡視工作條例》《關于市縣黨委建立巡察制度的意見》《中共翔安區委巡察工作實施辦法》以及省、市、區委相關規定和部署要求,經翔安區委巡察工作領導小組研究決定,自2020年7月15日起啟動四屆翔安區委第九輪第三批巡察工作,對區發改局(含價格認證中心)、區招商集團開展常規巡察,為期一個月左右。對內厝鎮上塘社區、霞美村、后田村,馬巷鎮同美、前庵、內垵社區開展村居“三資”管理專項巡察,為期一個月左右。
""", {"unit": "", "group": None, "term": 4, "round": 9, "end": None, "feedback_date": None, "figures": []}),
]
