"""Outside texts of batch r28-held, collector D's share (issue 14), held out: special rounds by subject, look-back rounds,
linked, crossed and raised-level rounds, village rounds and noisy copies (traditional script, bracketed second
characters, doubled commas, mirror and aggregator domains), collected with the search tool from public pages that are in
no earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query string, in every
tests/imports/parsing/outside_*.py (r6-r27d, outside_c, outside_new, outside_set) and test_outside_documents.py, and two
or three distinctive names or phrases of each text (simplified and traditional script) likewise; every text was then
compared with `bench/outside_overlap.py tests/imports/parsing/outside_r28d.py` (see the end of this docstring). Their
fields are written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the
collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, Case, extract and score, and the brief); the integrator runs them once, and that run is the honest figure for
unseen texts.

Sources. 12 texts from the search tool's "pages" corpus, all 12 with their address. The corpus is exhausted for this
share: of about 100 candidate addresses checked, about nine in ten were earlier batches' (every hit for Kunming's,
Nanling's and Xinbei's village rounds, a county paper's village look-back (根德村), Jingjiang's mobile round, Quanzhou's
grain round, Lu'an's four subjects, Chenggu's school meals, Zhoukou's, Youxian's, Longmen's, Jingdezhen's and a Hengyang
county-level city's poverty rounds, Xiangshan's rural revitalisation round, Suixian's and Qianyang's look-backs, Cangyuan's
medical insurance mobile round, the sports, culture and tourism and education bodies' rounds, the district community
rounds (闸口街道, 姜南社区, 发能国际城社区, 双龙社区, 新川社区), and most traditional-script mirrors). What still gave new texts: a city's mobile group
opening a look-back of the civil affairs bureau with an elderly-care mobile round, a document site's speech at a county
education bureau's look-back, a development zone's first look-back batch of 2025, a municipal discipline portal's feature
on crossed inspections (Beijing 2018, Qujing), a provincial portal's report on a prefecture's village extension (Wenshan
2019), a provincial report on cities' and counties' mobile inspections (Hainan 2018, Wanning's town), three stories on
village inspections (a 2026 column, Anyang 2022, Suzhou's raised-level village rounds 2023), and noisy copies: a mirror's
traditional-script copy with bracketed second characters of a county's rectification checks (Tongwei), an aggregator's
traditional-script copy of a county's 2017 special rounds of projects and state enterprises (Cangnan), and a mirror's
traditional-script copy with doubled commas of the anti-gang office's special supervision (督导, no inspection).

Families and counts (12 texts, none in SHARES_TEMPLATE; 12 measured). news 8:
city_civil_affairs_lookback_elderly_care_mobile_round_mobilisation (a unit and an unnumbered mobile group),
county_education_bureau_third_group_lookback_speech_doc_site (a unit and a group; the speech's numbered points are no
problems), crossed_inspections_feature_beijing_four_styles_qujing_exchange, wenshan_eight_counties_village_extension_counts_by_kind_2019,
village_inspection_column_2026_unnamed_counties, anyang_village_inspection_coverage_survey_copy_2022 and
suzhou_raised_level_village_inspection_story_2023 (five expecting a round-level "" and absences only),
hainan_counties_mobile_inspection_town_problems_clues_report_2018 (problems and clues figures, unit unscored); rounds 1:
development_zone_2025_lookback_first_batch_three_bodies (a list of 3 bodies); progress 0; audit 0; noisy 3:
tongwei_rectification_checks_two_terms_bracketed_chars_trad (traditional script with bracketed second characters,
absences only), cangnan_2017_projects_enterprises_special_rounds_examples_trad (traditional script, round-level "", units
unscored), anti_gang_special_supervision_ten_provinces_doubled_commas_trad (traditional script with doubled commas, a
supervision: expects nothing). Round lists measured: 1 (the development zone's 3).

Fields read: 17 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 95 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by my count; all
outside SHARES_TEMPLATE. By family: news 11 fields and 64 absence checks, rounds 4 and 7, progress 0 and 0, audit 0 and 0,
noisy 2 and 24. Figures read: problems 1 (Wanning's 发现问题18个), clues_transferred 1 (问题线索11件12人, settled 6).

Reading conventions (outside_set.py's "Settled conventions" 1-12 and the written conventions of outside_r24.py's
docstring, followed exactly): a mobilisation or meeting day is no start unless a group entered that day (settled 10:
the civil affairs look-back's 6月30日, the development zone's 6月19日); no end is read from a planned length (为期10天,
一周左右); a month alone gives no date (settled 12: Cangnan's 從今年6月開始); places that only qualify counted bodies are
no units (settled 8: 进驻东城区3家单位), and places named as a pilot's setting are no list; bodies named as an example
before a count leave the units unscored (Cangnan's 靈龍大道工程…等5個項目, 縣交運集團…等4個企業); bodies of a look-back
batch are units as written, the bracket full-width (settled 7: 经济发展部（科技创新部）); a group with no number is not
scored (一个巡察组, 專項巡察組), except one named with a kind of its own (市委机动巡察组, as r16's 县委机动巡察组); two terms'
rounds in one text give no term or round (Tongwei's 十六屆縣委第六、七、八輪和十七屆縣委第一輪); clues found are the clues
figure (settled 6); 督导 (a supervision) is no party inspection: "unit" "", no units, group, round or day; expected values
of traditional-script texts are written simplified.

What I was unsure of, and how I read it: the development zone's look-back (巡察整改“回头看”工作第一轮) is read as a round
of bodies revisited whose three bodies are its units (as r24 keeps bodies revisited in a round's list); its 第一轮 is a
batch of the look-back work, not a numbered inspection round, so the round is left unscored (a stricter or looser reader
could write None or 1). Tongwei's checks count problems and clues (發現整改不到位問題42個, 移交整改不到位問題線索6件)
found by the inspection office's checks of rectification, not by an inspection; its figures and problems are left
unscored, and the market bureau, named as one round's object inside the story of checks, is left unscored as a unit
(units [] is expected: no round's list is told). Wenshan's counts by kind of problem (795个, 607个, 355个, 559个,
1000余个) state no total, so figures and problems are left unscored. Hainan's report tells several places' work (Wanning,
Qiongzhong, Haikou); its unit is left unscored, and the figures are Wanning's mobile inspection's, the only counts of an
inspection in the excerpt. The speech on the document site is a model text with a real-looking visit (县委第三巡察组对县教育
局党委): read as a speech about that visit. The civil affairs look-back shares the national mobilisation-news wording with
r26b's jilin_civil_affairs_bureau_city_first_group_mobilisation_2025 (another city, portal and round; the run beyond the
tool's formulas is 作动员讲话,对做好巡察工作提出要求。市民政局党组书记, the formula with the same kind of unit), so it is
measured, not put in SHARES_TEMPLATE.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r28d.py` (12 texts against 1611 earlier): no address is
shared; 23 pairs share more than 3 shingles, 4 of them more than 3 beyond the tool's formulas: the civil affairs
look-back with r26b's jilin_civil_affairs_bureau_city_first_group_mobilisation_2025 (9 beyond formulas, the mobilisation
formula, see above), the speech with lujiang_transport_look_back_mobilisation (巡察是党内监督的战略性制度安排), the 2026
column with seventh_round_mobilisation_betting_name_copy (修订的《中国共产党巡视工作条例》), the development zone with
xiongan_fourth_round_feedbacks (党工委巡察工作领导小组组长) and with qianguo_fifteenth_term_sixth_round_deployment_2025
(会议指出,要深入学习贯彻习近平总书记关于): official wordings; the longest shared run is 26 characters. The tool counts one
text as sharing more than its formulas with the seeds (Tongwei's): the run is the formula 以巡促改、以巡促建、以巡促治, no
seed's text. The other collectors' files outside_r28.py (17 texts), outside_r28b.py (21 texts) and outside_r28c.py (14 texts) were
compared at the end (addresses, distinctive names grepped, and 12-character shingles): no address is shared and no pair
of texts shares more than 3 shingles.
"""

from __future__ import annotations

from datetime import date  # noqa: F401  (the layout of the other batches; no case here states a day)

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = ()

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R28D = [
    # --- news: look-back and special rounds by subject, village rounds, crossed rounds -------------------------------
    # http://www.yyjw.gov.cn/2107/34366/content_2082757.html (a city's mobile group opens a look-back (回头看) of the city
    # civil affairs bureau together with a mobile round on elderly care supervision: the unit is the bureau's party
    # group; the group has no number but a kind of its own (市委机动巡察组, as r16's 县委机动巡察组 is scored); 6月30日 is a
    # mobilisation meeting's day, no start (settled 10))
    ("city_civil_affairs_lookback_elderly_care_mobile_round_mobilisation", "http://www.yyjw.gov.cn/2107/34366/content_2082757.html", "news", """市委机动巡察组对市民政局党组巡察“回头看”暨养老服务监管领域机动巡察工作 动员会召开
来源:市民政局 作者: 发布时间:2025-07-15
  根据市委巡察工作统一部署,6月30日,市委机动巡察组对市民政局党组巡察“回头看”暨养老服务监管领域机动巡察工作动员会召开。会上,市委机动巡察组组长蔡文辉传达了上级关于巡视巡察工作的指示精神,通报了巡察任务和工作安排,并作动员讲话,对做好巡察工作提出要求。市民政局党组书记欧灿辉主持会议并作表态发言。
……
  蔡文辉强调,市民政局党组和全局上下要在思想上高度重视、在态度上认真对待、在行动上坚决支持本次巡察“回头看”和机动巡察,确保巡察任务顺利完成、取得实效。……深入了解市委巡察反馈问题整改落实情况,深入了解养老服务监管领域、公益慈善领域突出问题以及上轮巡察以来新情况新问题。……
""", {"unit": "市民政局党组", "group": "市委机动巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://gongwensou.com/zhengfu/103109.html (a document site's text of a group leader's speech at a look-back
    # mobilisation: the visit is named once (县委第三巡察组对县教育局党委开展巡察“回头看”); no day is told; the speech's
    # numbered points (1.强化政治监督… 2.… 3.…) are meanings of the look-back, no problems)
    ("county_education_bureau_third_group_lookback_speech_doc_site", "https://gongwensou.com/zhengfu/103109.html", "news", """巡察组长在对县教育局巡察“回头看”动员会上的讲话
各位领导、同志们:
大家好!今天,我们齐聚一堂,共同迎来县委第三巡察组对县教育局党委开展巡察“回头看”工作的重要时刻。根据县委的坚强领导和县委巡察工作领导小组的精心部署,本次“回头看”旨在深入贯彻全面从严治党要求,强化政治监督,推动巡察整改落实见效,为县教育事业高质量发展提供坚强政治保障。在此,我谨代表县委第三巡察组,就即将开展的巡察“回头看”工作,谈几点意见,与大家共勉。
一、统一思想,提高站位,深刻理解巡察“回头看”的重大意义
巡察是党内监督的战略性制度安排,是推进全面从严治党的有力抓手。开展巡察“回头看”,不仅是对前次巡察工作成效的一次全面检验,更是对教育系统政治生态持续优化、党的建设不断加强的重要推动。我们要从以下几个维度深刻认识其重大意义:
1.强化政治监督,捍卫“两个确立”。通过“回头看”,我们要进一步检验县教育局党委对党忠诚、为党分忧、为党尽职、为民造福的政治担当,确保党中央决策部署在教育系统落地生根,切实做到“两个维护”。
2.深化整改落实,巩固巡察成果。巡察发现问题的最终目的是解决问题。此次“回头看”,就是要紧盯上次巡察反馈问题整改落实情况,看整改是否到位、成效是否显著、群众是否满意,推动形成发现问题、整改落实、建章立制的完整闭环。
3.促进标本兼治,优化政治生态。……
""", {"unit": "县教育局党委", "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.tjjw.gov.cn/html/special/2018/05/11/41919.html (a municipal discipline portal's feature on crossed
    # inspections: Beijing's special round on the four styles names districts only as qualifying counted bodies
    # (朝阳区委3个巡察组进驻东城区3家单位: settled 8, no units), and Qujing's two counties exchange staff; no round of its own,
    # no group with a number, no day)
    ("crossed_inspections_feature_beijing_four_styles_qujing_exchange", "https://www.tjjw.gov.cn/html/special/2018/05/11/41919.html", "news", """破解“巡不深、察不透”难题——各地探索开展市县交叉巡察见闻
近日,北京市委和16个区委开展“四风”问题专项巡视巡察,实行上下联动、交叉巡察,同步同向发力。朝阳区委3个巡察组进驻东城区3家单位、平谷区委3个巡察组进驻顺义区3家单位、顺义区委3个巡察组进驻通州区3家单位……
十九届中央纪委二次全会提出,探索开展县(市、区、旗)交叉巡察等方式方法,推动全面从严治党在基层见到实效。
……
在交叉巡察上洒下汗水、收获甘甜的,云南省曲靖市是个典型例子。自2017年以来,该市“试点先行、分批推进、逐步推开”,整合巡察力量,构建了以“互派式”“滚动式”“全员式”为主要内容的交叉巡察机制——
“互派式”交叉巡察。去年3月底,曲靖市从罗平县、会泽县各抽调8名巡察干部,互派到对方县组建的4个巡察组,与本地巡察干部混合搭配,展开巡察。其中,巡察组组长、联络员从被巡察地产生,副组长和受理来信来电来访人员则由派出地巡察干部担任,巡察组由被巡察单位所在的县级党委授权。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://ynjjjc.gov.cn/html/2019/yunlingyaowen_0625/69349.html (a provincial discipline portal on a prefecture's
    # eight counties extending inspections to villages: counted villages only; 文山市、麻栗坡县 are named as the places of
    # the 2018 pilot, no list of inspected bodies (settled 8); the counts by kind of problem (795个, 607个, 355个, 559个,
    # 1000余个) are left unscored: no total is stated)
    ("wenshan_eight_counties_village_extension_counts_by_kind_2019", "http://ynjjjc.gov.cn/html/2019/yunlingyaowen_0625/69349.html", "news", """“全州八县(市)对村(社区)党组织巡察共发现落实中央决策不到位问题795个,群众身边腐败和作风问题607个,基层党组织软弱涣散问题355个,涉及民生领域突出问题559个,其他方面问题1000余个……”这是文山州开展巡察向村(社区)党组织延伸工作的一组有力数据。
今年以来,为贯彻落实习近平总书记关于“党的组织建立到哪里,巡视巡察就跟进到哪里”的管党治党要求,全州八县(市)在文山市、麻栗坡县2018年对村延伸巡察试点经验的基础上,持续发力,延伸开展,巡深察透,让巡察触角直抵基层组织“神经末梢”。
突出责任划分,层层压实责任。组织领导上,严格按照“州委统筹领导、县(市)组织实施、乡村落实整改”的工作机制,明确巡察方式方法、巡察对象、内容和重点,为全面深入推进巡察向村(社区)党组织延伸奠定了坚实基础。方式方法上,突出因地制宜,不拘泥于固有形式。……运用巡乡带村、直接巡村、机动巡村等方式,打好巡察监督“组合拳”。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None}),
    # http://hainan.sina.com.cn/news/hnyw/2018-01-31/detail-ifyrcsrv9383764-p2.shtml (a portal's page 2 of a province's
    # report on its cities' and counties' inspections: the one inspection with counts is Wanning's ten-day mobile
    # inspection of a town (发现问题18个、问题线索11件12人: problems 18 and clues 11, settled 6); the report tells several
    # places' work, so its unit is left unscored; the group has no number (一个巡察组); 为期10天 is no span)
    # (r29 pass: 6名党员干部被问责 expected as accountable_people 6, one more of the same visit's stated counts beside
    # its problems and clues, as the metrics name 问责; the reader had left it out)
    ("hainan_counties_mobile_inspection_town_problems_clues_report_2018", "http://hainan.sina.com.cn/news/hnyw/2018-01-31/detail-ifyrcsrv9383764-p2.shtml", "news", """各市县在实践中,积极探索“机动式”“点穴式”巡察,建立“巡驻结合”“巡审结合”模式,整合监督合力,形成优势互补。
  万宁市委针对全市农村土地确权工作进展缓慢、干部不作为问题突出的情况,派出一个巡察组对全市排名靠后的东澳镇开展为期10天的“机动式”巡察,共发现问题18个、问题线索11件12人,6名党员干部被问责,有力促进了全市农村土地确权目标任务顺利完成。
  部分市县充分发挥群众力量,巡察动员“下沉一级”,深入田间地头、项目现场、生产一线了解情况,从群众的批评和抱怨声中发现问题。
  “同志,我们有问题要反映,副乡长借了我们贫困户的钱不还,巡察组能不能帮我们要回来?”
  在琼中黎族苗族自治县上安乡南万村扶贫领域巡察动员会现场,数名村民找到巡察组反映该乡一名副乡长以各种名目向6户村民借款20.1万元长期不还,其中向3户贫困户伸手借款7.1万元,导致村民无钱治病、无钱建房。
……
  为破解“熟人社会”巡察难问题,海口市探索区级“交叉”巡察,建立“交叉”巡察专项组长库,统筹安排4个区的组长“空降”至其他区试点“交叉”巡察。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 18), ("clues_transferred", 11), ("accountable_people", 6)]}),
    # https://m.163.com/dy/article_v5/KLTQ7M6A055616X5.html (a self-media column on village inspections in 2026: no
    # inspection of its own, unnamed counties and villages, amounts and a name repeated (17万元, 420块, “张建国”出现47次)
    # that are no counts of problems; expects nothing but absences)
    ("village_inspection_column_2026_unnamed_counties", "https://m.163.com/dy/article_v5/KLTQ7M6A055616X5.html", "news", """你见过巡察组蹲在晒谷场上听老人讲补贴咋没到账吗?见过村干部半夜被叫去村部查三本发黄的账本吗?2026年开春,全国近50万个行政村和涉农社区,突然多了些穿便装、背挎包、不坐办公室的人——他们不是来调研的,是来“照镜子”的。中央办公厅那份《关于加强对村巡察工作的意见》,没登热搜,却实实在在压到了每个村支书的案头;二十届中央纪委五次全会刚闭幕,县级巡察组就已扎进山坳、蹲进圩镇。……
这事其实早有伏笔。2024年修订的《中国共产党巡视工作条例》,第一次把村(社区)党组织写进了巡察“必选项”。之前试点时,有的县查完5个村,问题全出在“白条入账”和“鱼塘承包价比市场低三成”上;有的乡搞“巡乡带村”,结果发现一个常住不足80人的空心村,账上竟挂着17万元“慰问金”去向不明。……
村民老李去年拦住巡察组说:“我家稻补少领了420块。”三天后,镇财政所补打到账,还附了张手写说明:“系统误删农户信息,非主观克扣。”这不是个例。某县巡察中发现,23个村惠农补贴发放名单里,“张建国”出现47次,可全村只有一名叫张建国的78岁老人——后查实是村干部用亲属身份证虚报套取。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.henanrd.gov.cn/2022/07-05/144349.html (a provincial congress portal's copy of a newspaper's survey of a
    # city's village inspections: villages named as the story's places (三孝村, 止方村), no group, round or day; 2019年6月
    # and 同年8月 are the village's history; expects nothing but absences)
    ("anyang_village_inspection_coverage_survey_copy_2022", "https://www.henanrd.gov.cn/2022/07-05/144349.html", "news", """点亮乡村振兴之光——安阳市实现巡察村(社区)全覆盖工作的调查
时间:2022-07-05  来源:河南日报
林州市姚村镇三孝村由3个自然村组成,曾是典型的“乱”村。在巡察组的整改建议下,姚村镇党委成立了三孝村党总支,理顺各自然村之间关系。三孝村踏上了由乱到治,由治到发展的乡村振兴道路。……
  盛夏,安阳西部,太行山脉郁郁葱葱,红旗渠水奔涌不息。……在全省率先探索实现巡察村(社区)全覆盖,打通了全面从严治党向基层延伸的“最后一公里”。
……
  但鲜为人知的是,止方村的“蝶变”,离不开林州巡察给予的莫大帮助。
  时间回到三年前。
  2019年6月,当时的止方村还是污水横流、垃圾乱倒,村民建新房不拆旧房,村里还有300多个猪圈。
  同年8月,乡村振兴项目开始在止方村实施,上百人的施工队进驻,一度摩擦此起彼伏。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.ccdi.gov.cn/xsxcn/202301/t20230129_243410_m.html (the central discipline site's story of a city's
    # raised-level village inspections: a village is the story's place (开弦弓村), no group, round, day or count;
    # expects nothing but absences)
    ("suzhou_raised_level_village_inspection_story_2023", "https://www.ccdi.gov.cn/xsxcn/202301/t20230129_243410_m.html", "news", """“每年都有不少人奔着费孝通先生的名气来我们村考察,但以前村里环境卫生不太好,有的闲置房也是破破烂烂,影响江村的形象和我们的日常生活。巡察组来了后,政府不仅搞了环境整治,还弄了不少‘江村调查’项目,环境变好了,来参观考察的人更多了,村民钱包也鼓了。”接待过费孝通先生24次的村民姚富坤深有感触。以苏州市吴江区开弦弓村为代表,经过巡察整改逐步走向经济富裕、治理有效的美丽乡村,在苏州不断增多。
……
“在开展对村提级巡察前,先制发村情‘自画像’‘预画像’两种调查表,全面综合的了解乡村情况;巡察中再通过走访调研,对民意进行深入细致的探究,最终画准被巡察村‘全面画像’。”苏州市委巡察工作领导小组常务副组长刘乐明介绍。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- rounds: a look-back round of a development zone -----------------------------------------------------------------
    # http://www.smxjjkfq.gov.cn/28360/617110848/2020954.html (a development zone's first look-back round of 2025 on the
    # rectification of bodies inspected in 2022-2023: the three bodies that speak as the round's are its units as
    # written, the bracket full-width (settled 7); 6月19日 is a meeting's day, no start; the look-back's 第一轮 is left
    # unscored (a look-back's batch, not a numbered inspection round))
    ("development_zone_2025_lookback_first_batch_three_bodies", "http://www.smxjjkfq.gov.cn/28360/617110848/2020954.html", "rounds", """6月19日上午,开发区召开2025年巡察整改“回头看”工作第一轮动员部署会。区纪检监察工委书记、党工委巡察工作领导小组组长刘英群出席会议并作动员讲话,管委会副主任、党工委巡察工作领导小组副组长杨满怀主持会议。巡察整改“回头看”工作第一轮3家单位,中乌科技创新研究院、经济发展部(科技创新部)、财政审计部主要负责人作表态发言。
会议指出,要深入学习贯彻习近平总书记关于巡视工作重要论述,对标省委、市委巡视巡察整改工作精神,对2022年至2023年被巡察的区直单位整改工作开展“回头看”,主要目的是查漏洞、抓反弹、补短板,以整改的实际成效检验巡察监督的成效,为促进开发区高质量改革发展提供坚强保障。
""", {"unit": "", "units": ["中乌科技创新研究院", "经济发展部（科技创新部）", "财政审计部"], "group": None, "term": None,
      "start": None, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy: traditional script, bracketed characters, doubled commas ----------------------------------------------
    # http://www.307vx.com/gslz/system/2023/03/10/012922290.shtml (a mirror's traditional-script copy with bracketed second
    # characters (學(xué)校, 問(wèn)題) of a county's checks on rectification: two terms' rounds are checked together
    # (十六屆縣委第六、七、八輪和十七屆縣委第一輪), so no term or round; the market bureau is named as one round's object
    # in a story of checks, left unscored; the checks' counts (問題42個, 線索6件) are the checks', left unscored)
    ("tongwei_rectification_checks_two_terms_bracketed_chars_trad", "http://www.307vx.com/gslz/system/2023/03/10/012922290.shtml", "noisy", """如今,在定西市通渭縣學(xué)校周圍,已經(jīng)看不到“三無(wú)”零食的蹤影。
“現(xiàn)在放心多了。”一位家長(zhǎng)對(duì)前來(lái)監(jiān)督檢查的巡察干部說(shuō),經(jīng)常有執(zhí)法人員在學(xué)校周邊的商鋪檢查,食品安全有了保障。
連日來(lái),縣委巡察辦針對(duì)巡察反饋問(wèn)題整改情況集中開(kāi)展督查檢查。縣市場(chǎng)監(jiān)管局是十七屆縣委第一輪巡察對(duì)象,按照反饋問(wèn)題,集中開(kāi)展2023年春季學(xué)校食堂及校園周邊食品安全專項(xiàng)檢查,共排查學(xué)校食堂42家、校園周邊食品經(jīng)營(yíng)店315家、餐飲店186家,整治食品安全隱患點(diǎn)3個(gè),有效保障師生“舌尖上的安全”。
縣委巡察機(jī)構(gòu)堅(jiān)持以巡促改、以巡促建、以巡促治,在加強(qiáng)巡察整改、深化成果運(yùn)用上用心用力,不斷提升巡察監(jiān)督效能。按照巡察輪次,壓茬對(duì)十六屆縣委第六、七、八輪和十七屆縣委第一輪巡察反饋問(wèn)題整改情況開(kāi)展2輪次監(jiān)督檢查,運(yùn)用督查記錄單、整改督辦單、問(wèn)責(zé)移送單“三單”管理的辦法,發(fā)現(xiàn)整改不到位問(wèn)題42個(gè),協(xié)調(diào)解決重難點(diǎn)問(wèn)題11個(gè),移交整改不到位問(wèn)題線索6件,處理2人。(供稿 張向東 編輯 毛玉煜)
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None}),
    # https://www.zixundingzhi.com/falv/1663ef9bf11d04f8.html (an aggregator's traditional-script copy of a county news
    # site's 2017 special rounds of government investment projects and state enterprises: the projects and enterprises
    # are named as examples before counts (靈龍大道工程…等5個項目, 縣交運集團…等4個企業), so the units are left unscored;
    # the special groups have no number; 從今年6月開始 is a month, no start (settled 12))
    ("cangnan_2017_projects_enterprises_special_rounds_examples_trad", "https://www.zixundingzhi.com/falv/1663ef9bf11d04f8.html", "noisy", """專項巡察組進駐政府投資項目和國企 著力解決“為官不為”等突出問題
法律 投資 時政 蒼南新聞網 2017-06-09
蒼南新聞網6月8日消息:今天上午,記者從縣專項巡察工作動員部署會上獲悉,從今年6月開始,全縣範圍內開展政府投資項目和國有企業專項巡察,以有關政府投資項目、國有企業的主管單位和領導班子為主要對象,以加強項目管理、規範企業運營、查究違規違紀問題為重點,綜合運用聽取彙報、問卷調查、個別談話、受理舉報、查閱資料、實地察看等方式,著力解決“為官不為”等突出問題,為加快推進“浙江美麗南大門”建設提供強有力的紀律保障。縣委常委、紀委書記周燕偉,縣委常委、組織部長李青等參加會議。
根據今年專項巡察的工作安排,政府投資項目專項巡察對象為靈龍大道工程、龍港高級中學遷建工程、縣人民醫院遷建工程等5個項目,國有企業專項巡察對象為縣交運集團、縣國投集團、縣水務集團等4個企業及其下屬單位。會上,縣交通、衛計、審管辦、國資辦、龍港鎮的主要負責人,以及政府投資項目專項巡察組組長、國有企業專項巡察組組長分別作表態發言。
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://feifmx.com/domestic/945/20191212/37525388.html (a mirror's traditional-script copy with doubled commas (,、
    # and ,,) of the national anti-gang office's special supervision teams entering ten provinces: a supervision
    # (督導), no party inspection (expects nothing: "unit" "" and no units, group, round or day; 中央掃黑除惡第一輪督導
    # is no inspection round))
    ("anti_gang_special_supervision_ten_provinces_doubled_commas_trad", "https://feifmx.com/domestic/945/20191212/37525388.html", "noisy", """原標(biāo)題:掃黑除惡再出重拳全國掃黑辦特派督導(dǎo)專員進(jìn)駐10省市“精準(zhǔn)督導(dǎo)”
記者從全國掃黑辦了解到,全國掃黑辦特派督導(dǎo)組10日分別進(jìn)駐中央掃黑除惡第一輪督導(dǎo)過的河北,、山西、遼寧,、福建,、山東、河南、湖北,、廣東,、重慶,、四川等10個(gè)省市,,全面開展特派督導(dǎo),。這標(biāo)志著在大規(guī)模,、全覆蓋的中央督導(dǎo)告一段落后,,常態(tài)化、機(jī)動式、點(diǎn)穴式特派督導(dǎo)正式拉開帷幕。
各特派督導(dǎo)組將圍繞專項(xiàng)斗爭的“堵點(diǎn)”“痛點(diǎn)”,人民群眾反映強(qiáng)烈而辦案進(jìn)展緩慢的案件,,專項(xiàng)斗爭工作推進(jìn)不力的地市開展機(jī)動督導(dǎo);緊盯重點(diǎn)工作,、重點(diǎn)案件,、重點(diǎn)線索,、重點(diǎn)地區(qū)等內(nèi)容開展精準(zhǔn)督導(dǎo)。
一項(xiàng)特派督導(dǎo)任務(wù)時(shí)間為一周左右,,重點(diǎn)督政治擔(dān)當(dāng),,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
