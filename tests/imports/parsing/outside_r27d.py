"""Outside texts of batch r27-held, collector D's share (issue 14), held out: special rounds by subject, linked, crossed
and raised-level rounds, village rounds and noisy copies (traditional script, lost characters, mirror and aggregator
domains), collected with the search tool from public pages that are in no earlier batch. Each address was grepped, with
and without www./m./mip./wap. and its query string, in every tests/imports/parsing/outside_*.py (r6-r26d, outside_c,
outside_new, outside_set) and test_outside_documents.py, and two or three distinctive names or phrases of each text
(simplified and traditional script) likewise; every text was then compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r27d.py` (see the end of this docstring). Their fields are
written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the collector
read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring and
Case, and the brief); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 12 texts from the search tool's "pages" corpus, 11 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is nearly exhausted: of about 60 candidate addresses checked, about four in five
were earlier batches' (every hit for Kunming's village rounds, Nanling's village mobilisations and look-back, Fengming's
village look-back, Linli's 三资 special round, Wuwei's raised-level crossed round, Zhoukou's linked poverty round,
Jingjiang's mobile round, Lezhi's look-back, Suixian's revisit, Qianyang's look-back, Yongde's look-back, Wuzhong's
look-back, Zhenba's and Jingdezhen's poverty rounds, Hongsibu's and Pingshan's town rounds, Xiangcheng's village
figures, Jinan's towns, Juye's village round, Fanchang's rounds, Weixi's village round and most traditional-script
mirrors of county round notices). What still gave new texts: a town's rural revitalisation funds special round by a
county-level city's group (Xiangshan), two special rounds of school meals and canteens (Chenggu, Linli), a district's
grain special round announcement (Shaoxing's discipline portal), a district's story of its seventh round with linked
bodies (Jinghu, on a mirror), a county's village round story on collective assets (Xingguo, a provincial paper), a
province's first linked round copied on a regional portal (Suzhou's six zones, 2017), a city's seventh round deployed
with crossed county rounds (Yongzhou, on an aggregator), a city's second round of crossed county inspections
(Shaoguan), a county-level city's crossed and local eleventh round (Linxiang), and noisy copies: a Hong Kong agency's
traditional-script copy of a city's four-subject special rounds with figures (Lu'an), and a mirror's traditional-script
copy with lost characters (????) of a new district's village round (Weihai's Nanhai).

Families and counts (12 texts, one in SHARES_TEMPLATE; 11 measured). news 6 (5 measured):
xiangshan_town_rural_revitalisation_funds_special_round_city_third_group (a unit, a group and the visit's span),
chenggu_school_meals_special_round_first_group_mobilisation (a group, term and round; unit unscored; in SHARES_TEMPLATE:
the county portal's mobilisation template, which r14's chenggu_agriculture_mobilisation holds),
linli_school_canteens_special_round_launch_no_year (expects nothing but absences),
district_grain_special_round_six_points_announcement (expects nothing but absences),
jinghu_eleventh_term_seventh_round_linked_bodies_story_mirror (round-level "", term 11, round 7; units unscored),
xingguo_village_round_collective_assets_story (expects nothing but absences; the town unscored); rounds 4:
suzhou_2017_linked_round_six_development_zones_copy (a list of 6 zones),
yongzhou_fifth_term_seventh_round_twelve_bodies_cross_county_copy (a list of 12 bodies, term 5, round 7),
shaoguan_second_round_county_cross_inspection_deployment (round 2, counted kinds, no units),
linxiang_twelfth_term_eleventh_round_cross_and_local_three_bodies (a list of 3 bodies, term 12, round 11); progress 0;
audit 0; noisy 2: luan_four_subject_special_rounds_problems_clues_trad (traditional script, problems and clues figures),
nanhai_new_district_village_round_mobilisation_lost_chars_trad (traditional script with lost characters, expects a
round-level "" and absences). Round lists measured: 3 (Suzhou 6, Yongzhou 12, Linxiang 3).

Fields read: 44 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 73 absence
checks (None, and [] for units or figures), by my count; 41 fields and 69 absence checks outside SHARES_TEMPLATE (Chenggu's
3 and 4 left out). By family (outside SHARES_TEMPLATE): news 7 fields and 32 absence checks, rounds 30 and 22, progress 0
and 0, audit 0 and 0, noisy 4 and 15. Figures read: problems 1 (Lu'an's 發現問題310個), clues_transferred 1
(Lu'an's 問題線索76件, settled 6).

Reading conventions (outside_set.py's "Settled conventions" 1-11 and the written conventions of outside_r24.py's docstring,
followed exactly): a day without a year gives no date unless the text or its dated line gives its year (Linli's 3月13日
and 即日起, Nanhai's 至12月7日 under a dated line without a year); a mobilisation or meeting day is no start unless a group
entered that day (settled 10: Chenggu's 3月19日, Linxiang's 11月2日), and Xiangshan's span is read as the text tells it in
full (2025年4月24日至2025年5月16日); no end is read from a planned length (1个月左右, 为期两个月, 一个半月, 45天, 30个工作日);
a span told by parts of months gives none (settled 11: Lu'an's 4月中旬至5月中旬, Yongzhou's 2019年9月中旬, Shaoguan's
7月中下旬); counted kinds are no units (Shaoguan's 各县(市、区)党委宣传部、党委政法委), bodies named as an example before a
count leave the units unscored (Jinghu's 区卫健委与区医院等4个二级机构), a town that only qualifies its villages is no unit
(settled 8: Nanhai's 小觀鎮所轄村居), and named bodies of a list are units as written (settled 8: Suzhou's zones, the last
with its 党工委 as the text writes it; Yongzhou's twelve; Linxiang's three); a group with no number of its own (巡察组,
专项巡察组, 联动巡察组, 交叉巡察组, 區工委巡察組) is not scored; a term and round named with the committee that runs them are
the text's (五届市委第七轮, 十二届临湘市委第十一轮, 十一届镜湖区委第七轮); a numbered crossed round is its round (韶关市委第
二轮县级交叉巡察 -> round 2, as r26d read Xiamen's); clues found are the clues figure (settled 6); expected values of
traditional-script texts are written simplified.

What I was unsure of, and how I read it: Chenggu's group conveys its own county's round (传达了…十六届县委第七轮巡察工作动员
部署会精神) while running a special inspection of school meals; I read term 16 and round 7 as the text's, the county's own
round which the group belongs to (as r6's shiquan reads the round of a plan the group studied), not a higher round only
conveyed; a stricter reader would leave both unscored. Chenggu's and Linli's special rounds visit the county's schools
as a subject, no one body: Chenggu's unit is left unscored, Linli's units expected [] (the five schools only attend the
meeting). Xingguo's group 进驻城岗镇开展常规巡察 in a story about a residents' group; the town is left unscored as the
story's setting (as r24's Lipu). Suzhou's story tells the province's second round (省委第二轮巡视) that the city's linked
groups join; the round is left unscored (neither 2 nor None), and the excerpt is cut before Wuxi's three zones so that one
list is told. Lu'an's text opens with a picture caption about Qingyang county and names the city's medical insurance
bureau only as the receiver of a handover letter; neither is a unit, and the four subjects are no bodies. Shaoguan's
round 2 is a crossed county round numbered on its own, read as Xiamen's was. Linxiang's first group speaks at the round's
meeting; no group is scored for a round of three groups. Xiangshan is a town of Shehong, a county-level city, so its 市委
group is the city's (市委第三巡察组 as written).

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r27d.py` (12 texts against 1543 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)", which r26c's
shandong_central_third_group_look_back_mobilisation_copy also carries); 100 pairs share more than 3 shingles, 5 of them
more than 3 beyond the tool's formulas: Chenggu's with r14's chenggu_agriculture_mobilisation (the county portal's
mobilisation template, 7 beyond formulas: in SHARES_TEMPLATE), and four official wordings (the grain announcement's
信访 formula 领导班子及其成员、下一级党组织领导班子主要负责人和重要岗位 with shangzhi_round_notice_forum, Xiangshan's
工作动员会议召开。会上,市委第 with tiantai_court_city_crossed_political_legal_group_mobilisation_2024, Shaoguan's
会议深入学习贯彻习近平新时代中国特色社会主义思想和党的 with jimo_women, Linxiang's 市委关于巡视巡察工作的新精神新要求 with
putuo_fourteenth_term_fourth_round_five_bodies_paper); the longest shared run is 29 characters. The tool counts two
texts as sharing more than its formulas with the seeds (Chenggu's and the grain announcement's): the runs are the
national campaign's name 中小学校园食品安全和膳食经费管理, 了习近平总书记关于巡视工作的重要论述, 坚持以习近平新时代中国特色社会
主义思想为指导,认真 and 学习贯彻习近平总书记关于粮食安全…系列重要讲话和指示批示精神, official wordings, no seed's text.
r6's linxiang is Lincang's Linxiang district (临翔), not this Linxiang (临湘). The other collectors' files
(outside_r27.py, outside_r27b.py, outside_r27c.py) were not there when checked at the end, so they could not be compared.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a county group's mobilisation in the county portal's mobilisation template (…工作动员会召开。会上,县委第…巡察组…就
    # 即将开展的巡察工作作了动员讲话,县委巡察办…就配合做好巡察工作提出要求,…主持会议并作表态发言), which r14's
    # chenggu_agriculture_mobilisation (the same portal, a 2022 round) holds: 17 shingles, 7 beyond the tool's formulas
    "chenggu_school_meals_special_round_first_group_mobilisation",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R27D = [
    # --- news: special rounds by subject, linked rounds, village rounds ----------------------------------------------
    # https://www.snshxw.cn/news/sz/2025-04-25/44248.html (a county-level city's paper: a city group's special round of
    # rural revitalisation funds at a town: the visit's span is told in full (2025年4月24日至2025年5月16日); the
    # mobilisation on 4月24日 is the same day)
    ("xiangshan_town_rural_revitalisation_funds_special_round_city_third_group", "https://www.snshxw.cn/news/sz/2025-04-25/44248.html", "news", """根据市委巡察工作统一部署,4月24日,市委第三巡察组对香山镇党委开展乡村振兴资金使用监管领域突出问题专项巡察工作动员会议召开。会上,市委第三巡察组组长代坤作了动员讲话,香山镇党委书记何锦秋作表态发言。
……
据悉,市委第三巡察组自2025年4月24日至2025年5月16日对香山镇党委开展乡村振兴资金使用监管领域突出问题专项巡察。巡察期间,在香山镇人民政府大门处设置了征求意见箱,在各村(社区)公示栏及交通要道张贴了巡察公告,……
""", {"unit": "香山镇党委", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2025, 4, 24),
      "end": date(2025, 5, 16), "feedback_date": None, "figures": []}),
    # https://chenggu.qinfeng.gov.cn/info/1034/9660.htm (a county group's mobilisation of a special round of school meals
    # and meal funds across the county's schools: no one body is inspected, so the unit is left unscored; the county's
    # own round named with its committee (十六届县委第七轮) is read as the text's; 3月19日 is a meeting day, no start)
    ("chenggu_school_meals_special_round_first_group_mobilisation", "https://chenggu.qinfeng.gov.cn/info/1034/9660.htm", "news", """县委第一巡察组巡察全县中小学校园食品安全和膳食经费管理工作动员会召开
发布时间:2025年03月24日 14:52 来源:县教体局
3月19日下午,县委第一巡察组巡察全县中小学校园食品安全和膳食经费管理工作动员会召开。会上,县委第一巡察组副组长周锋领学了习近平总书记关于巡视工作的重要论述,传达了县委巡察工作会议暨十六届县委第七轮巡察工作动员部署会精神。县委第一巡察组组长余超就即将开展的巡察工作作了动员讲话,县委巡察工作领导小组成员、县纪委常委、县委巡察办主任王朝锋就配合做好巡察工作提出要求,县教体局党组成员、招生办主任胡吉成主持会议并作表态发言。
……
余超指出,对全县中小学校园食品安全和膳食经费管理开展专项巡察,是加强校园餐专项整治的重要举措。……
""", {"group": "县委第一巡察组", "term": 16, "round": 7, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://fjw.linli.gov.cn/ywkb/content_343691 (a county's special round of school canteens launched at a meeting: the
    # group has no number, no year is told (3月13日, 即日起), 为期两个月 is a planned length; the five schools attend the
    # meeting and are no list of inspected bodies)
    ("linli_school_canteens_special_round_launch_no_year", "http://fjw.linli.gov.cn/ywkb/content_343691", "news", """我县启动中小学学生食堂专项巡察工作
3月13日上午,全县学生食堂专项巡察工作动员部署会议在县教育局会议室召开。据悉,从即日起,县委巡察组将对全县中小学学生食堂开展为期两个月的专项巡察工作。
专项巡察组将重点围绕学校党组织贯彻落实中央、省市关于食堂管理政策文件情况,学校党组织落实学生食堂管理主体责任情况,……
县委巡察办主要负责人,专项巡察组相关负责人,县教育局及县一中、四中、二中、三中和职业中专等5所学校相关负责人参加会议。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://sxlz.sx.gov.cn/art/2021/10/26/art_1229367686_58922739.html (a district's grain special round announced: no
    # body named, the special group has no number, 集中巡察1个月左右 is a planned length (settled 10); the six points are
    # no figure)
    # (r28 pass: the group's absence check dropped: a group with no number of its own (区委专项巡察组) is not scored, as
    # r24's written convention says)
    ("district_grain_special_round_six_points_announcement", "https://sxlz.sx.gov.cn/art/2021/10/26/art_1229367686_58922739.html", "news", """按照区委有关巡察工作的部署要求,区委专项巡察组将坚持以习近平新时代中国特色社会主义思想为指导,认真履行党章和巡视工作条例赋予的职责,突出专项巡察“专”的特点,紧盯被巡察党组织履行政治责任和职责使命情况,以及涉粮领域的腐败和作风问题开展监督检查,重点了解关注六方面内容:一是深入了解学习贯彻习近平总书记关于粮食安全系列重要讲话和指示批示精神,……六是深入了解各类监督检查发现的涉粮问题整改落实情况。
根据区委要求和巡察工作职责,区委专项巡察组将集中巡察1个月左右,期间设立专门举报电话和信箱,主要受理反映被巡察党组织领导班子及其成员、下一级党组织领导班子主要负责人和重要岗位干部问题的来信来电来访。
""", {"units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.fzahw.com/news/2023/09/25/c_103058.htm (a mirror's copy of a district's story of its own seventh round:
    # term 11, round 7 (十一届镜湖区委第七轮); the bodies linked (区卫健委与区医院等4个二级机构) are an example before a
    # count, so units are left unscored; 制度320余项 and 4期 are no figures)
    # (r28 pass: 推动被巡察单位建立完善制度320余项 expected as rules_established 320, as r11's written convention reads
    # 建章立制 counts and the metrics name them; the reader had left it out)
    ("jinghu_eleventh_term_seventh_round_linked_bodies_story_mirror", "http://www.fzahw.com/news/2023/09/25/c_103058.htm", "news", """“现在健身器材修缮换新了,大家来锻炼有了新选择,这块场地又重新发挥作用了,巡察组办事很高效!”近日傍晚,芜湖市镜湖区方村街道天城中心村健身广场上一位正在健身的村民高兴地说。……
自十一届镜湖区委第七轮巡察开展以来,区委各巡察组坚持明确监督重点,注重把握对象差异性,对同领域、同系统的区直单位优化组合、集中扫描,将区卫健委与区医院等4个二级机构联动巡察;对城市街道及社区、涉农街道及村(社区)分类施策开展差异化巡察,“以下看上”解决“根子上的问题”。
……同时不断深化巡察整改、优化成果运用,区委巡察机构建立每轮巡察共性问题通报制度,制发4期巡察共性问题通报全区,推动“未巡先改”补短板强弱项;……推动被巡察单位建立完善制度320余项,……(通讯员 杨勋 刘彩虹)
""", {"unit": "", "group": None, "term": 11, "round": 7, "start": None, "end": None, "feedback_date": None,
      "figures": [("rules_established", 320)]}),
    # http://epaper.jxxw.com.cn/html/2025-02/17/content_144395_1853003.htm (a provincial paper's story of a county's
    # village round on collective assets: the town is the story's setting (as r24's Lipu), left unscored; the group has
    # no number, no day is told; 261名居民 and 78项制度 are no figures)
    # (r28 pass: 推动乡村建立和细化…等78项制度 expected as rules_established 78, as for jinghu's; the reader had left it out)
    ("xingguo_village_round_collective_assets_story", "http://epaper.jxxw.com.cn/html/2025-02/17/content_144395_1853003.htm", "news", """“没想到能分配到集体收益,感谢巡察组,让组里的账目管理更规范,大家也更放心了。”近日,兴国县城岗镇城岗社区上街组向261名居民发放了公益金,群众拍手称赞。
此前,兴国县委巡察组进驻城岗镇开展常规巡察,多名群众反映上街组集体收益情况长期未公布。……
农村集体“三资”关乎群众切身利益和乡村振兴发展,兴国县委巡察机构将其列入对村巡察的重点,……推动乡村建立和细化农村股份经济合作社章程、资金收支制度、资产资源管理等78项制度,堵塞了“三资”监管漏洞,推动农村集体“三资”阳光运行。(余敏燕 钟亚楠)
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": [("rules_established", 78)]}),
    # --- rounds: linked rounds ---------------------------------------------------------------------------------------
    # http://www.shzx.com/html/201708/27/163633856.htm (a regional portal's copy of a province's first linked round of
    # provincial, city and county inspections, cut to the city whose linked groups visit six zones: the six zones are
    # units as written (settled 8, 党工委 kept on the last as the text writes it); 近日 gives no day, 一个半月 is a planned
    # length; the provincial round the city's groups link to is not scored either way)
    ("suzhou_2017_linked_round_six_development_zones_copy", "http://www.shzx.com/html/201708/27/163633856.htm", "rounds", """江苏:首次集中开展省市县三级联动巡视巡察
2017-8-27 16:36:34
近日,江苏省苏州市委巡察组开始进驻该市6个国家级开发区,开展为期一个半月的巡察工作。至此,江苏省首次集中开展的巡视巡察联动全部落地。
……
苏州市委成立3个联动巡察组,采取“一托二”形式对张家港保税区、张家港经济技术开发区、常熟经济技术开发区、常熟高新技术产业开发区、吴中经济技术开发区、太湖国家旅游度假区党工委开展联动巡察。同时,张家港市、常熟市、吴中区委将对6家国家级开发区(保税区、度假区)所辖镇(街道)党组织开展联动巡察,推动省市县三级联动。
……
""", {"unit": "", "units": ["张家港保税区", "张家港经济技术开发区", "常熟经济技术开发区", "常熟高新技术产业开发区",
                             "吴中经济技术开发区", "太湖国家旅游度假区党工委"],
      "group": None, "term": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- rounds: crossed and linked rounds ---------------------------------------------------------------------------
    # https://m.news.shi-fen.com/china/201909/50-465770.html (a news aggregator's copy of a city's deployment of its seventh
    # round together with crossed county rounds: term 5, round 7 (五届市委第七轮); 2019年9月中旬 is a part of a month
    # (settled 11: no start), 为期两个月 a planned length; the twelve bodies named are the round's units as written; the
    # crossed county rounds name no body)
    ("yongzhou_fifth_term_seventh_round_twelve_bodies_cross_county_copy", "https://m.news.shi-fen.com/china/201909/50-465770.html", "rounds", """永州:开展县区交叉常规巡察 进驻12家单位
日期:09-11
……
近日,永州市召开巡察工作推进会暨五届市委第七轮巡察工作动员部署会,全面推进市县巡察工作高质量发展,安排部署五届市委第七轮巡察和县区交叉常规巡察工作。
……
经永州市委批准,五届市委第七轮巡察从2019年9月中旬统一进驻被巡察单位,为期两个月,共组建6个巡察组,将对市教育局、市公安局、市文化旅游广电体育局、市工商联、团市委、市委党校、永州日报社、市强制隔离戒毒所、市涔天河水库和工程管理局、湖南涔天河有限责任公司、市城市公共交通运输有限责任公司、市公安局交警支队12个部门(单位)开展常规巡察。(永州市纪委监委陈卓韬刘桂芳)
""", {"unit": "", "units": ["市教育局", "市公安局", "市文化旅游广电体育局", "市工商联", "团市委", "市委党校", "永州日报社",
                             "市强制隔离戒毒所", "市涔天河水库和工程管理局", "湖南涔天河有限责任公司",
                             "市城市公共交通运输有限责任公司", "市公安局交警支队"],
      "group": None, "term": 5, "round": 7, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://cmstop.sgfb.sgxw.cn/p/6656.html (a city paper's report of a city's second round of crossed county inspections
    # deployed: round 2 (第二轮县级交叉巡察, as r26d read Xiamen's numbered crossed round); the bodies are kinds in every
    # county (各县(市、区)党委宣传部、党委政法委), no units; 7月中下旬 gives no start (settled 11), 45天 no end; 前日 no day)
    ("shaoguan_second_round_county_cross_inspection_deployment", "http://cmstop.sgfb.sgxw.cn/p/6656.html", "rounds", """前日,韶关市委召开第二轮县级交叉巡察工作动员部署会议。会议深入学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神,按照中央和省委、市委关于开展县级交叉巡察工作的决策部署,对韶关市委第二轮县级交叉巡察工作进行动员部署。市委常委、组织部长肖展欣宣读了《韶关市委关于开展第二轮县级交叉巡察的工作方案》,市委常委、市纪委书记、市监委代理主任冯国华作动员讲话。
……
据悉,交叉巡察组将从7月中下旬开始,用45天的时间对各县(市、区)党委宣传部、党委政法委党组织开展巡察监督。
文字:韶关日报记者 黄俊
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a county-level city's discipline site: the twelfth committee's eleventh round,
    # crossed and local, deployed: term 12, round 11 (十二届临湘市委第十一轮); three bodies named, units as written; 11月2日
    # is a meeting day (no start), 30个工作日 a planned length; the first group only speaks at the meeting, so no group is
    # scored for the round)
    ("linxiang_twelfth_term_eleventh_round_cross_and_local_three_bodies", "search corpus pages (no URL returned)", "rounds", """【巡察部署】十二届临湘市委第十一轮巡察工作动员部署会召开
编辑:临纪宣 发表时间:2020-11-03 16:13 来源:巴陵风纪网
11月2日下午,我市召开市委第十一轮巡察工作动员部署会,贯彻落实中央、省委和岳阳市委关于巡视巡察工作的新精神新要求,动员部署十二届市委第十一轮巡察工作。……
会议解读了《十二届临湘市委第十一轮巡察工作实施方案》。会上,白羊田镇党委书记陆晖和市委第一巡察组组长袁勇分别代表被巡察单位和巡察组作了表态发言。
……
据了解,本轮次巡察通过“交叉巡察+本地巡察”的模式,派出3个巡察组,按照“一托一”的方式,共巡察詹桥镇、白羊田镇、市文旅广电局3个单位党组织,集中巡察时间为30个工作日。本轮次巡察结束,十二届市委就实现了届内巡察全覆盖。
""", {"unit": "", "units": ["詹桥镇", "白羊田镇", "市文旅广电局"], "term": 12, "round": 11, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- noisy: traditional script, mirror marks ---------------------------------------------------------------------
    # https://hk.crntt.com/doc/1071/0/8/6/107108603.html?coluid=7&kindid=0&docid=107108603&mdate=0818133046 (a Hong Kong
    # agency's traditional-script copy of a central discipline story: a city's special rounds of four subjects told in parts
    # of months (4月中旬至5月中旬, settled 11: no start, no end); 發現問題310個 is problems, 問題線索76件 the clues
    # figure (settled 6); the city's medical insurance bureau only receives a handover letter, no unit)
    ("luan_four_subject_special_rounds_problems_clues_trad", "https://hk.crntt.com/doc/1071/0/8/6/107108603.html?coluid=7&kindid=0&docid=107108603&mdate=0818133046", "noisy", """ date 2025-08-18 安徽省青陽縣委巡察機構緊盯鄉村振興資金使用監管領域突出問題，聚焦資金申領撥付使用等關鍵環節強化監督。
中評社北京8月18日電／據中央紀委國家監委網站消息，近日，安徽省六安市委巡察辦向市醫保局發出交辦函，督促其認真履行監管職責，加強與相關部門協調協作，盡快將移交事項調查處置到位，同時推動完善制度、堵塞漏洞。……
根據安徽省委巡視工作領導小組部署，今年4月中旬至5月中旬，六安市委巡察機構對就業補助資金和社保基金管理、醫保基金管理、中小學“校園餐”、養老服務等4個領域開展巡察，共發現問題310個、問題線索76件。目前，整改工作正在推進中。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 310), ("clues_transferred", 76)]}),
    # http://www.hztqag.com/2013news/2018-10/26/content_7032175.htm (a mirror's traditional-script copy with lost
    # characters (????) of a city paper's story: a new district's working committee launches a village round; the town only
    # qualifies its villages (小觀鎮所轄村居, settled 8), no unit; the group has no number; 12月7日 has no year in the text)
    ("nanhai_new_district_village_round_mobilisation_lost_chars_trad", "http://www.hztqag.com/2013news/2018-10/26/content_7032175.htm", "noisy", """????威海新聞網10月26日訊 (記者 叢一 通訊員 王曉根) 近日,南海新區召開村居巡察動員會,深入學習落實市委巡鎮帶村工作要求,全面從嚴治黨,打通黨內監督的“最后一公里”。
????會議指出,要充分認識村居巡察工作的重要性。區工委巡察組進駐巡察村居,是對被巡察黨組織及其成員的一次全面政治體檢。……
????根據巡察安排,至12月7日,區工委將派出巡察組對小觀鎮所轄村居進行巡察。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
