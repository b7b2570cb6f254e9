"""Outside texts of batch r29-held, collector D's share (issue 14), held out: special rounds by subject, crossed,
raised-level and linked rounds, look-backs, village inspection stories and noisy copies (traditional script, pinyin in
brackets, spam and spun mirror domains) of bodies in no other collector's share, collected with the search tool from
public pages that are in no earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query
string, in every tests/imports/parsing/outside_*.py (r6-r28d, outside_c, outside_new, outside_set) and
test_outside_documents.py, and two or three distinctive names or phrases of each text (simplified and traditional
script) likewise; every text was then compared with `bench/outside_overlap.py tests/imports/parsing/outside_r29d.py`
(see the end of this docstring). Their fields are written down by reading only. The importer was not run on them, no
test or bench that runs it was run, and the collector read neither imports/parsing nor the parser's tests (only the
outside_*.py data files, outside_set.py's docstring, Case, extract and score, and the brief); the integrator runs them
once, and that run is the honest figure for unseen texts.

Sources. 14 texts from the search tool's "pages" corpus, 13 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for this share: of about 100 candidate addresses checked, about eight
in ten were earlier batches' (every hit for Kunming's and Nanling's village rounds, Quanzhou's and a Shaoxing district's
grain rounds, Cangyuan's medical insurance round, Xishui's, Yongde's, Qingyuan's and Qianyang's look-backs, Funing's
checks, Maguan's backpack groups, Yinan's crossed round, Ezhou's, Zhenba's, Midu's and Jianchuan's poverty rounds, the
Chuzhou education linkage, Yuexi's education rounds, Fanchang's fourteenth round, Binzhou's four-level linkage, Wuwei's
raised-level round, the crossed inspections feature of Tianjin's portal, Fengxian's and Zhenyuan's health rounds, and
most traditional-script mirrors (sidaelectron, hntjqxw, juzitie, x9aky, rcwkj, 85qz)). What still gave new texts:
crossed inspections (a county's mobilisation in Shangyou, a news agency's province totals for Fujian 2018, a discipline
paper's survey of three cities 2018, a county's sixth round with crossed groups in Nanjian copied in traditional script,
a spun copy of a report on Xianning's raised-level and Tonglu's village crossed rounds), linked rounds (a city leading
group hearing a linked round beside the previous term's rectification, Yinchuan's city-county linkage totals), a
survey of provinces' inspection look-backs (2016), a district's special round of rural collective assets (Jintan), a
city's first poverty special round copied with pinyin in brackets (Lianyuan 2017), a county's village inspections
story copied with pinyin in brackets (Longsheng), page 3 of a story on Zhangzhou's crossed inspections of civil affairs
bureaus copied with pinyin in brackets, and two texts that are no party inspection (a county's poverty
checks by 巡查组, a provincial housing department's 巡视组 touring projects).

Families and counts (14 texts, none in SHARES_TEMPLATE; 14 measured). news 9:
shangyou_crossed_inspection_mobilisation_no_round, crossed_inspection_survey_three_cities_2018,
provinces_inspection_lookbacks_survey_2016 (units unscored: bodies named as examples before a count),
city_leading_group_linked_round_two_terms_hearing_2022 (units unscored), jintan_rural_collective_assets_special_round_abstract
(five expecting a round-level "" and absences only), fujian_county_crossed_inspections_totals_2018 (four figures),
yinchuan_linked_city_county_inspections_nine_rounds_totals (two figures), and two expecting nothing:
fengqing_poverty_special_checks_no_inspection (巡查, a check) and dingcheng_housing_department_tour_group_no_inspection
(a department's 巡视组 on a programme); rounds 0; progress 0; audit 0; noisy 5:
nanjian_eleventh_term_sixth_round_crossed_groups_trad (traditional script: term 11, round 6, problems 110),
lianyuan_2017_first_poverty_special_round_figures_pinyin_trad (traditional script with pinyin in brackets: five figures),
crossed_inspections_report_xianning_tonglu_spun_copy (a spun site's copy: three figures, unit unscored),
longsheng_fourth_round_village_revisit_third_group_pinyin_trad (traditional script with pinyin in brackets: a group and a
round, unit unscored), zhangzhou_county_crossed_civil_affairs_story_page3_pinyin_trad (traditional script with pinyin
in brackets: absences only, unit unscored). Round lists measured: 0 (no text of this share named a round's bodies beyond examples).

Fields read: 30 (a unit of "" for a round-level text counts, each figure counts), and 108 absence checks (None, [] for
units or figures, and problems 0 where a careless reader might fill the field), by my count; all outside
SHARES_TEMPLATE. By family: news 15 fields and 75 absence checks, noisy 15 and 33. Figures read: problems 4 (Nanjian's
110, Lianyuan's 6大类30项 as 30 (settled 4), Tonglu's 585, Yinchuan's 2941), clues_transferred 4 (Fujian 1662, Lianyuan
30, Tonglu 131, Yinchuan 1138; settled 6), cases_filed 3 (Fujian 298, Lianyuan 10, Tonglu's 立案查处…27件 27),
disciplined_people 1 (Fujian 178), transferred_judicial 2 (Fujian 15, Lianyuan 1), accountable_people 1 (Lianyuan 29).

Reading conventions (outside_set.py's "Settled conventions" 1-12 and the written conventions of outside_r24.py's
docstring, followed exactly): a day without a year gives no date unless the text or its dated line gives its year
(Nanjian's 今年7月5日至8月5日, Shangyou's 10月24日, the leading group's 7月19至20日: the address's year is no dated line);
a mobilisation or meeting day is no start (settled 10); a month alone gives no date (settled 12: 2016年5月, 3月份); two
terms' rounds in one text give no term or round (十二届市委第二轮 beside 十一届市委第十轮, as r28d's Tongwei); a round only
conveyed (十九届中央第八轮) is not the text's; bodies named as an example before a count leave the units unscored
(四平、通化、交通厅、水利厅等10个地区和单位); counted kinds (6个镇所辖75个村, 22家县级单位, 6个党组织) are no units, and places
only qualifying counted bodies are none (settled 8); a group with no number (巡察组, 4个异地交叉巡察组) is not scored; a
group named with its owner's place in front is written short (settled 9: 龍勝縣委第三巡察組 -> 县委第三巡察组); the finer
of two counts of problems is the figure (settled 4); clues found or handed over are the clues figure (settled 6); 立案
counts are cases_filed; expected values of traditional-script texts are written simplified; 巡查 by checking groups and a
department's 巡视组 on a programme are no party inspection: "unit" "", no units, group, round, day or figure.

What I was unsure of, and how I read it: the totals of a province's crossed inspections (Fujian), of nine linked rounds
(Yinchuan) and of a county's village crossed inspections since 2016 (Tonglu) are read as figures, as the r25b and r28d
readers read totals tied to inspections; a stricter reader would score none (no one inspection). Yinchuan's 给予党政纪及组织
处理181人 mixes discipline and organisational handling and is left out (no one metric). Lianyuan's 首轮 of its poverty
special rounds is left unscored (a special round's order, not a numbered round of a term; a looser reader could write
1), and its 反馈整改意见294条 is no figure (opinions, not measures). Nanjian's round total 110 is its problems figure and
the crossed groups' 54 (a part, told twice) is not. Longsheng's story is read as the fourth round's (round 4) with the
third group that revisits the community; the community and town are the story's setting, left unscored as units.
The leading group's development zone (经开区, named inside a linked round's name) is left unscored as a unit, the hearing
telling no round of its own. Fengqing's 专项巡查 by groups of the discipline commission and departments is read as a
check, not an inspection (巡查, not 巡察): a looser reader could read its 107 problems, 103 completed and 4 in progress.
The three-cities survey names a city's visit to a county water bureau as an example (2016年5月); no unit is read. The
Shangyou text's 交叉巡察 are other counties' bodies, none named.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r29d.py` (14 texts against 1667 earlier): no
address is shared (the one "URL already in" line is the placeholder "search corpus pages (no URL returned)", which
r25's hubei_2018_rectification_check_297_bodies_pinyin_trad also carries; the Fengqing text's names and phrases
(凤庆, 脱贫攻坚专项巡查, 187个行政村) are in no earlier batch); 23 pairs share more than 3 shingles, 5 of them more than 3
beyond the tool's formulas, all official wordings: the leading group's hearing with xwlb_finance_rectification (19, the
conveyed politburo sentence 中共中央政治局6月17日会议审议《关于十九届中央第八轮巡视金融单位整改进展情况的报告》, a central
round only conveyed) and with anyang_twelfth_term_fourth_round_mobilisation (5, the title formula 市委常委、市纪委书记、市委巡察
工作领导小组组长; another city's and round's text), Shangyou's mobilisation with zhumadian_development_zone_progress (3,
学习贯彻党的二十大精神和习近平总书记) and huaihai_group_cement_company_second_group_entry (5, 出席会议并作动员讲话。会议指出),
Longsheng's story with luanzhou_federation_feedback_trad and tongwei_rectification_checks_two_terms_bracketed_chars_trad
(4 each, 巡察過程中發(fā)現(xiàn) and 縣委巡察機(jī)構(gòu), the pinyin-bracket spelling of common words); the longest shared run
is 29 characters. The tool counts one text as sharing more than formulas with the seeds (Shangyou's: the meeting
formula 出席会议并作动员讲话。会议指出), no seed's text. The leading group's hearing comes from a city discipline portal
(aqjjjc.gov.cn) that r11's anqing_transport_progress and r13's anqing_ninth_round_collective_feedback also use: another
kind of text and another round, so it is measured, not put in SHARES_TEMPLATE; the Zhangzhou story's mirror domain
(m.dddjmc.com) holds r12's central_round_entries_contacts_trad, another text. The other collectors' files
outside_r29.py (17 texts), outside_r29b.py (22) and outside_r29c.py (18) were compared at the end (addresses
normalised without scheme, www./m./mip./wap. and query string, distinctive names grepped, and 12-character shingles): no
address is shared; the mirror domain qdubb.cn (Nanjian) also gives r29b two other counties' stories
(changning_second_group_tianyuan_town_ditch_story_trad, eshan_county_group_dianzhong_town_timber_money_story_trad);
one pair shares more than 3 shingles: the leading group's hearing with r29c's
chongqing_fifth_term_first_round_poverty_special_nine_counties_2017 (10, the title formulas 市委常委、市纪委书记、 and
市委常委、市委组织部部长、市委巡察…), official wordings only.
"""

from __future__ import annotations

from datetime import date  # noqa: F401  (the layout of the other batches; no case here states a day)

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = ()

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R29D = [
    # --- news: crossed, raised-level and linked rounds, look-backs, special rounds by subject --------------------------
    # http://www.syjjjc.gov.cn/a/t2/4190.html (a county's mobilisation of crossed inspections in other counties
    # (异地交叉巡察): no round numbered, no body named, no group with a number; 10月24日 has no year and is a meeting's
    # day, no start (settled 10); expects a round-level "" and absences)
    ("shangyou_crossed_inspection_mobilisation_no_round", "http://www.syjjjc.gov.cn/a/t2/4190.html", "news", """10月24日,上犹县召开异地交叉巡察动员部署会,深入学习贯彻党的二十大精神和习近平总书记关于巡视工作重要论述,贯彻落实中央、省、市巡视巡察工作新部署新精神新要求,宣布《关于交叉巡察授权任职及任务分工的决定》,对异地交叉巡察进行动员部署。县委常委、县委巡察工作领导小组组长温斌出席会议并作动员讲话。
会议指出,要提高认识,充分认识交叉巡察的重要意义。开展异地交叉巡察是深化巡视巡察上下联动的具体体现,是推动巡察工作向深拓展发力的有效举措,对于深化政治巡察、提高巡察质量具有十分重要的意义。……
会议要求,要严格遵守纪律,确保巡察工作高质量完成。要强化底线思维,弘扬严实深细工作作风,依规依纪依法开展监督。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://xinhuanet.com/politics/2018-08/02/c_1123212075.htm (a news agency's report on a province's county-level
    # crossed inspections: the province's totals to the end of June (移交问题线索1662条 clues 1662, settled 6; 立案审查298人
    # cases_filed 298; 党纪政务处分178人 disciplined_people 178; 移送司法机关处理15人 transferred_judicial 15); a town is named
    # as one crossed inspection's example (新店镇), no list; no group, round or day)
    ("fujian_county_crossed_inspections_totals_2018", "http://xinhuanet.com/politics/2018-08/02/c_1123212075.htm", "news", """新华社福州8月2日电(记者王成)记者从福建省委巡视办获悉,截至今年6月底,福建省各设区市成立456个交叉巡察组开展巡察,共移交问题线索1662条,已立案审查298人,给予党纪政务处分178人,移送司法机关处理15人。这标志着福建全面开展县级交叉巡察,破解“熟人社会”监督难题取得初步成效。
福建省委巡视办相关负责人举例介绍:“福州市晋安区去年尚未采用这一办法,巡察期间对10个单位巡察,仅收到37件信访件;今年2月,由福州市巡察办安排对该区新店镇开展交叉巡察,仅这一个镇就已收到信访件140件。”
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None,
      "figures": [("clues_transferred", 1662), ("cases_filed", 298), ("disciplined_people", 178),
                  ("transferred_judicial", 15)]}),
    # http://zgjjjc.ccdi.gov.cn/bqml/bqxx/201805/t20180517_172060.html (a discipline paper's survey of crossed inspections
    # in three cities: a city's visit to a county water bureau (三明市委对永安市水利局巡察期间) and a city group's leader
    # are the story's examples, no inspection record of its own; 2016年5月 is a month only (settled 12); expects a
    # round-level "" and absences)
    ("crossed_inspection_survey_three_cities_2018", "http://zgjjjc.ccdi.gov.cn/bqml/bqxx/201805/t20180517_172060.html", "news", """交叉巡察,这一产生于全面从严治党生动实践的监督形式,因为对破解基层熟人社会监督难题具有针对性和有效性,被不少地方实践运用。然而在具体工作中,这种巡察方式也表现出一些尚待克服的困难和进一步破解的问题。
十九届中央纪委二次全会和中央巡视工作五年规划明确,探索开展交叉巡察。各地应当如何结合实际进一步做好这项工作?近日,记者前往较早开展交叉巡察的河南省平顶山市、安徽省六安市、福建省三明市等地进行了调查了解。
……
熟人社会的存在,也使得被巡察单位的干部群众开展监督时心存顾忌,不敢反映真实情况。2016年5月,三明市委对永安市水利局巡察期间,市委巡察组仅收到8封信访件。
熟人说情打招呼,是干扰巡察工作的另一种表现。平顶山市委第一巡察组组长马建明告诉记者,此前巡察一家正县级单位时,高中老师、以前同事甚至个别老领导都出来说情,“有人替班子说情,有人替干部说情,还有人替二级单位工作人员说情,工作很难推进。”
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://ipingshan.sznews.com/content/2016-04/26/content_13174902.htm (a city paper's survey of provinces' inspection
    # look-backs (巡视“回头看”) in 2016: provinces named by their look-backs, a province's bodies named as examples before a
    # count (四平、通化、交通厅、水利厅等10个地区和单位: units unscored), a province's 第一轮 among several provinces' work
    # (no round of the text's); 3月份 is a month only; expects a round-level "" and absences)
    ("provinces_inspection_lookbacks_survey_2016", "http://ipingshan.sznews.com/content/2016-04/26/content_13174902.htm", "news", """记者梳理发现,日前“落马”的两位官员辽宁省委常委、政法委书记苏宏章和山东省济南市委副书记、市长杨鲁豫所在省份均属此轮中央巡视组“回头看”的范围。目前,至少有18个省份和5个部委部署了巡视“回头看”。巡视“回马枪”覆盖面持续扩大,有多名干部被追责甚至被移交司法机关。
“回头看”覆盖面
近日,吉林、海南等省份陆续安排部署巡视“回头看”工作。吉林省委巡视组3月份已完成对四平、通化、交通厅、水利厅等10个地区和单位巡视“回头看”进驻,海南省组织12个巡视组,目前已结束对6个市县和6个省直单位的“回头看”驻点巡视工作。
……
各地巡视“回头看”的目标和范围各有侧重。江西省针对2012年、2013年巡视过的56个县(市、区)开展;黑龙江省今年第一轮巡视对3个地区(单位)党组织杀了“回马枪”。
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://aqjjjc.gov.cn/html/2022/xcgzqt_0721/27613.html (a city's inspection leading group hears a linked round
    # (十二届市委第二轮常规巡察暨经开区上下联动巡察) and the rectification of the previous term's tenth round: two terms'
    # rounds in one text give no term or round (as r28d's Tongwei); the central round is only conveyed; 7月19至20日 has no
    # year and is a meeting's; the development zone, named inside the round's name, is left unscored as a unit)
    ("city_leading_group_linked_round_two_terms_hearing_2022", "http://aqjjjc.gov.cn/html/2022/xcgzqt_0721/27613.html", "news", """7月19至20日,市委巡察工作领导小组召开会议。市委常委、市纪委书记、市委巡察工作领导小组组长耿延强主持会议,市委常委、市委组织部部长、市委巡察工作领导小组副组长李明月参加会议。
会议传达学习了中共中央政治局6月17日会议审议《关于十九届中央第八轮巡视金融单位整改进展情况的报告》精神,听取了十二届市委第二轮常规巡察暨经开区上下联动巡察、十一届市委第十轮巡察反馈问题整改进展等情况报告和作风建设专题报告。
会议指出,本轮巡察聚焦被巡察党组织政治责任和主责主业,巡察组敢于较真碰硬,查找出了一些典型性问题,发现了一些突出问题线索,巡察工作质量有了较大的提升。
……
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://jjjc.yinchuan.gov.cn/xsxc/gzdt/202006/t20200609_2132812.html (a city's discipline portal on its linked
    # city-county inspections since 2017: nine rounds' totals tied to the inspections (共发现…问题2941个 problems 2941,
    # 移交问题线索1138个 clues 1138, settled 6; 给予党政纪及组织处理181人 mixes kinds and is no figure); counted bodies only,
    # no group, round or day)
    ("yinchuan_linked_city_county_inspections_nine_rounds_totals", "http://jjjc.yinchuan.gov.cn/xsxc/gzdt/202006/t20200609_2132812.html", "news", """2017年以来,银川市委立足“地域狭小,熟人社会、人情干扰”的实际情况,统一谋划部署巡察工作,以“市县一体联动巡察”为切入点,统筹巡察模式、任务、成果运用工作,在破解“熟人社会”监督难问题上取得了积极进展。全市共开展9轮对市县两级191个党政机关、12个党政直属事业单位,8个乡镇(社区),57个法院及群团组织共268个党组织进行巡察,延伸巡察基层行政村、教育和卫生医疗机构达340个,共发现“六个围绕”方面问题2941个,移交问题线索1138个,给予党政纪及组织处理181人,有效发挥了党内监督的“前哨”、发现问题的“尖兵”、从严治党的“利剑”作用。
一是统筹巡察模式,释放联动效应。坚持“四个一”机制和“一二三”工作模式,为市县一体巡察整体推动提供机制保障。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 2941), ("clues_transferred", 1138)]}),
    # https://scholarmate.com/S/RljXbF (a journal abstract on a district's special round of rural collective assets
    # (农村集体“三资”管理专项巡察) of counted villages in counted towns: no body named, no group, round or day (2022年以来);
    # expects a round-level "" and absences)
    ("jintan_rural_collective_assets_special_round_abstract", "https://scholarmate.com/S/RljXbF", "news", """<正>2022年以来,常州市金坛区以全国首批城乡融合发展试验区建设为契机,以实施城乡融合发展试验行动为牵引,对全区6个镇所辖75个村开展农村集体“三资”管理专项巡察,做深做实“末梢监督”,切实守好村集体家底,为加快建设新时代“鱼米之乡”提供坚强政治保障。高站位统筹谋划,打好立项实施“主动仗”。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (a county's poverty special checks (脱贫攻坚专项巡查) by checking groups of the
    # discipline commission and departments: a check, no party inspection (巡查, not 巡察); its counts (问题107个, 已完成
    # 整改103个, 正在整改4个) are the checks'; expects nothing: "unit" "", no units, group or figures)
    ("fengqing_poverty_special_checks_no_inspection", "search corpus pages (no URL returned)", "news", """今年以来,凤庆县把发现问题、整改问题作为脱贫攻坚专项巡查工作的出发点和落脚点,成立巡查组开展专项巡查,发现问题列出清单,跟踪督促整改。1至7月,全县实地巡查发现并交办相关部门扶贫领域问题107个,已完成整改103个,正在整改4个。
……
“点穴式”巡查。成立有纪检监察机关、扶贫、民政、审计等部门人员组成的13个脱贫攻坚专项巡查组,对标全县187个行政村进行专项巡查,要求每月抽查不少于2个村,每村抽查建档立卡贫困户、脱贫户不少于20户,走访非贫困户不少于5户,每轮抽查农户不重复。发现问题列出清单,交由相关部门落实整改。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.dingcheng.gov.cn/xwdt/dcyw/content_123231 (a provincial housing department's checking group (保障性住房
    # 安居工程巡视组) touring a district's affordable housing projects: a department's check of a programme, no party
    # inspection; expects nothing: "unit" "", no units, group or day)
    ("dingcheng_housing_department_tour_group_no_inspection", "https://www.dingcheng.gov.cn/xwdt/dcyw/content_123231", "news", """省住建厅巡视组来鼎城巡查保障性住房安居工程
日前,省住建厅保障性住房安居工程巡视组来到鼎城,对2014年度保障性住房安居工程进行全面巡查。
巡视组先后实地查看了花岩溪寄宿制学校公租房项目和花岩溪管理处公租房项目建设情况,详细了解了鼎城保障性住房项目工程建设进度、工程质量安全、政策落实、信息公开和信息系统建设、分配入住管理、租赁补贴发放、审计问题整改落实等相关情况。
巡视组充分肯定了鼎城保障性住房安居工程工作。同时指出,保障性住房安居工程是政府头号民生工作,各级各部门要提早谋划,明确时间节点,加大工作力度,提高工作效率。巡视组要求鼎城区要形成共识,互相协调解决项目建设中存在的问题,确保保障性住房安居工程建设有序推进,让这项民生工作早日惠及老百姓。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy: traditional script, pinyin in brackets, mirror and spun copies ----------------------------------------
    # http://qdubb.cn/html/2018/xunshixuncha_0926/54534.html (a mirror's traditional-script copy of a county's sixth round
    # with crossed groups exchanged with another county: 十一屆南澗縣委第六輪 is term 11, round 6; the round's total
    # (共發現問題110個) is its problems figure, the crossed groups' 54 a part of it; 今年7月5日至8月5日 has no year in the text
    # (the address's 2018 is no dated line), so no day; the six bodies are counted, not named)
    ("nanjian_eleventh_term_sixth_round_crossed_groups_trad", "http://qdubb.cn/html/2018/xunshixuncha_0926/54534.html", "noisy", """近日,南澗縣向社會各界公開通報第六輪巡察反饋意見情況,第六輪巡察共發現問題110個,其中異地交叉巡察組發現問題54個,占問題總數的49%,異地交叉巡察初戰告捷,充分發揮利劍作用。
今年7月5日至8月5日,十一屆南澗縣委第六輪巡察是根據州委的統一部署,在全州范圍內開展首次交叉巡察試點工作,與巍山縣互派交叉巡察組4個,旨在破除熟人社會壁壘,排除巡察人情干擾,積極探索巡察的方式方法。在派出4個異地交叉巡察組的基礎上,南澗縣還自加壓力,派出巡察組3個,采取“一托二”的方式,對6個黨組織進行常規巡察。
……
在巡察工作中,交叉巡察組依據縣委授權,嚴格按照巡察工作流程和要求,聚焦“三大問題”、圍繞“六項紀律”、緊盯“三個重點”,克服異地巡察各種困難,動真碰硬,不講情面,發現4個被巡察黨組織存在問題54個,揪出了使用公款購買禮品、土特產,以及違規發放獎金、補貼等違反中央八項規定精神的突出問題。
……
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 110)]}),
    # http://webcamchatlives.com/news/2017/08/9245.html (a spam site's traditional-script copy, pinyin in brackets, of a
    # news agency's report on a city's first poverty special round of 2017: 反饋…問題6大類30項 is problems 30 (the finer
    # count, settled 4), 移交問題線索30條 clues 30 (settled 6), 立案審查10人 cases_filed 10, 問責29人 accountable_people 29,
    # 移送司法1人 transferred_judicial 1; 整改意見294條 is no figure; 8月4日 is the dispatch's day; no group with a number;
    # the 首輪 of a special round is left unscored)
    ("lianyuan_2017_first_poverty_special_round_figures_pinyin_trad", "http://webcamchatlives.com/news/2017/08/9245.html", "noisy", """新華社長(zhǎng)沙8月4日電 3個(gè)巡察組,下沉到40個村組,走訪貧困戶300余戶,了解談話500多人次。反饋脫貧攻堅(jiān)工作存在問(wèn)題6大類30項(xiàng),反饋整改意見294條,移交問(wèn)題線索30條。立案審查10人,問責(zé)29人,集體約談2個單位,移送司法1人。
這是位處我國(guó)武陵山集中連片特困地區(qū)的湖南婁底漣源市,2017年首輪脫貧攻堅(jiān)專項(xiàng)巡察的工作清單。
……
""", {"unit": "", "units": [], "group": None, "term": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 30), ("clues_transferred", 30), ("cases_filed", 10), ("accountable_people", 29),
                  ("transferred_judicial", 1)]}),
    # https://binggan.indo-medicine.com/tianfuxinqu/20180516/212700_3.html (a spun site's copy of page 3 of a report on
    # crossed inspections in several places: a city's raised-level crossed round counted by kind (22家县级单位) and a
    # county's village crossed inspections since 2016 (98个村, 发现问题585个 problems 585, 其中问题线索131个 clues 131,
    # settled 6, 立案查处…27件 cases_filed 27); the report tells several places' work, so its unit is left unscored;
    # no group, round or day)
    ("crossed_inspections_report_xianning_tonglu_spun_copy", "https://binggan.indo-medicine.com/tianfuxinqu/20180516/212700_3.html", "noisy", """“交叉巡察利于弱化人情干扰的同时,能更好发挥人力资源优势,增强合力,提升发现问题的效能。”湖北、青海、天津等地的有关市(区)、县巡视办负责人,在与记者交流时说。
“挖到‘大家伙’了!”在湖北省咸宁市前不久开展提级交叉巡察中,发现咸安区2名县处级领导干部涉嫌违纪问题线索。咸宁市委将22家县级单位及重点乡镇,提级纳入市委巡察范围,抽调县级巡察组人员“打散”后,重新组合新的交叉巡察组,开展“回避式”交叉巡察,发现面上问题和问题线索数量分别比全市平均数高出60.2%、129.4%。
浙江省桐庐县域不广,人员往来频繁,乡镇纪委与村干部一度存在“熟人之间监督难”的倾向。与此同时,乡镇纪检监察干部人员力量相对薄弱,业务水平相对较低。为此,该县从2016年开始探索交叉巡察,从14个乡镇抽调纪检和其他职能科室骨干人员组建巡察组,由乡镇纪委书记任组长,县委巡察领导小组统一调度,按照异地交叉原则开展巡察。
“‘力量分散、单兵作战’转变为‘联合行动、协同作战’,巡察监督效能实现新突破。”桐庐县委常委、县纪委书记、县监委主任张启成介绍,2016年以来,该县已完成对98个村的异地交叉巡察,发现问题585个,其中问题线索131个,立案查处村干部侵害群众利益问题27件。今年,该县还将对53个村进行交叉巡察。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 585), ("clues_transferred", 131), ("cases_filed", 27)]}),
    # http://aarohieventsphotography.com/show-3-58209-1.html (a spam site's traditional-script copy, pinyin in brackets,
    # of a provincial discipline portal's story of a county's village inspections: the county's third group revisits a
    # community it inspected in the county's fourth round (縣委第四輪巡察: round 4, no term); the group is written short
    # (settled 9: 龍勝縣委第三巡察組 -> 县委第三巡察组); the community and the town are the story's setting, left unscored
    # as units (as r23's and r24's village stories); 2023年 and 2023年年底 give no day; the counted villages are no units)
    ("longsheng_fourth_round_village_revisit_third_group_pinyin_trad", "http://aarohieventsphotography.com/show-3-58209-1.html", "noisy", """所在位置:首頁 > 新聞廉播 > 正文

龍勝:扎實(shí)推進(jìn)村級(jí)巡察 提升基層治理成效

作者:董曉坤 張顏
來源:廣西紀(jì)檢監(jiān)察網(wǎng)
摘要:“小區(qū)的消防栓終于裝上了,前兩天試用的時(shí)候已經(jīng)通水了!”日前,桂林市龍勝縣委第三巡察組在對(duì)龍勝鎮(zhèn)城南社區(qū)乘龍小區(qū)進(jìn)行回訪時(shí),該小區(qū)的住戶高興地對(duì)回訪工作人員說。

  “小區(qū)的消防栓終于裝上了,前兩天試用的時(shí)候已經(jīng)通水了!”日前,桂林市龍勝縣委第三巡察組在對(duì)龍勝鎮(zhèn)城南社區(qū)乘龍小區(qū)進(jìn)行回訪時(shí),該小區(qū)的住戶高興地對(duì)回訪工作人員說。

  城南社區(qū)是該縣縣委第四輪巡察中進(jìn)行直接巡察的7個(gè)重點(diǎn)村(社區(qū))之一,巡察組在巡察過程中發(fā)現(xiàn)該社區(qū)部分居民小區(qū)的消防栓在2023年水改時(shí)被拆除,此后幾個(gè)月都未重新進(jìn)行安裝,存在較大的消防安全隱患問題,群眾反映強(qiáng)烈。龍勝縣委第三巡察組及時(shí)將該問題反饋至龍勝鎮(zhèn)黨委、城南社區(qū)居委會(huì),督促其立行立改。該鎮(zhèn)黨委、社區(qū)經(jīng)過與消防、水務(wù)等有關(guān)部門積極溝通,被拆除的消防栓于2023年年底被重新安裝好,經(jīng)測(cè)試已成功通水。

  龍勝縣委巡察機(jī)構(gòu)始終堅(jiān)持將村級(jí)巡察作為推動(dòng)基層治理規(guī)范化精細(xì)化的有力抓手,著力把立行立改與長(zhǎng)效嚴(yán)管融入村級(jí)巡察。通過“重點(diǎn)村+面上村”的形式,將全縣所轄128個(gè)行政村(社區(qū))根據(jù)村情村要分為重點(diǎn)村23個(gè),一般村105個(gè),……
""", {"units": [], "group": "县委第三巡察组", "term": None, "round": 4, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.dddjmc.com/news/fujian/gcdt/2019-01-12/2224147_3.html (a mirror's traditional-script copy, pinyin in
    # brackets, of page 3 of a story on a province's county-level crossed inspections: a district's group sent to a
    # county's civil affairs bureau is the story's example, told with a city's counted crossed round (派出4個組交叉巡察4個
    # 縣區的民政局); several places' work, so the unit is left unscored; no group with a number, no round; 2017年5月 is a
    # month only (settled 12))
    ("zhangzhou_county_crossed_civil_affairs_story_page3_pinyin_trad", "http://m.dddjmc.com/news/fujian/gcdt/2019-01-12/2224147_3.html", "noisy", """“在縣里,每巡察完一個單位,朋友就少幾個。”幾位巡察組組長向三明市委巡察辦主任袁富力“抱怨”。
“這是大浪淘沙,留下的都是真朋友。”袁富力則開玩笑式地安撫他們。
形式與實質(zhì)
既創(chuàng)新巡察方式,又堅持依規(guī)依紀(jì),目的在于巡深察透
接到交叉巡察南靖縣民政局的任務(wù)后,何聰佩立馬找領(lǐng)導(dǎo)“討價還價”:“讓我去可以,但組員可不可以由我來挑?”還開出“價碼”:業(yè)務(wù)要精,素質(zhì)要高,黨性要強。他的理由是,這是龍文區(qū)第一次外派巡察組,代表區(qū)里的形象。
……
何聰佩屬于漳州市派出的第二批交叉巡察組,被稱為半建制交叉巡察,即副組長、聯(lián)絡(luò)員由本縣巡察干部擔(dān)任,組長和其他人員從其他縣抽調(diào)。
2017年5月,漳州市首次開展縣級交叉巡察,派出4個組交叉巡察4個縣區(qū)的民政局,采取兩種方式。一種是成建制交叉巡察:薌城區(qū)巡察長泰縣、長泰縣巡察華安縣、華安縣巡察薌城區(qū),這種交叉巡察……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
]
