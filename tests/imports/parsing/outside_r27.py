"""Outside texts of batch r27 (issue 14), held out, collector A's share (enterprises and institutions): collected with the
search tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_set.py, outside_new.py, outside_c.py, outside_r6.py to outside_r25.py, outside_r25b.py and the four r26 files
outside_r26.py, outside_r26b.py, outside_r26c.py, outside_r26d.py) and test_outside_documents.py, with and without
www./m./mip./wap. and its query string (the host too, and where the host was held, the full path), and two or three
distinctive names or phrases of each text (people's names, bodies' names, the visit's span) were grepped in them in
simplified and traditional script; at the end the hosts, addresses and names were compared with the other collectors'
files of this batch (outside_r27b.py, outside_r27c.py, outside_r27d.py: no host, address or name shared), and the batch
was run through `bench/outside_overlap.py tests/imports/parsing/outside_r27.py` (its summary is at the end of this
docstring). Their fields are written down by reading only. The importer was not run on them, no test or bench that runs
it was run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, and the brief); the integrator runs them once, and that run is the
honest figure for unseen texts.

Sources. 20 texts from the search tool's "pages" corpus, 19 with their address and 1 with none returned ("search corpus
pages (no URL returned)"); the "code" corpus was not used. The pages corpus is nearly exhausted for this share: of about
170 candidate addresses checked (about 50 queries on enterprises' and institutions' rounds, feedbacks and progress
reports: groups of every industry (land reclamation, seeds, gold, cement, gas, heating, buses, construction, expressways,
trade, grain, supply and marketing cooperatives, telecoms, power supply, nuclear), banks, trusts, asset managers,
central and provincial rounds on enterprises, the state assets commission's own tours (2012-2025), universities',
hospitals' and institutes' own rounds, old party group tours (2008-2015), in simplified and traditional script), about
nine in ten were earlier batches' (every hit for steel, chemical, port, metro, airport, investment, media, tobacco and
most university and hospital rounds, and all audit texts: no audit text was new). What still gave new texts: a land
reclamation group's progress on its eighth round (Hainan), a district state assets group's progress on a district round
(Jiangxia), the state assets commission's fifth group entering an architecture design institute (2012), a university
hospital's rectification meeting on its university's feedback, a nuclear group's rectification office on a central
special inspection (2015), a university's leading group hearing its third round (2023), a university's third committee's
first round entering three bodies (2024), a provincial telecom company's groups at six direct units (2020), a provincial
construction group's special round on loss-making projects (2018), a river commission's 2008 tour of its design company
(traditional script), a city bus group's progress (Xiamen 2018, traditional script), a construction investment group's
2019 first round (traditional script with pinyin in brackets, no address), and four texts that state no party
inspection (a land reclamation group's task check group, a provincial supply and marketing cooperative's poverty
supervision, the state assets commission's check groups on growth-mode transformation, a construction corporation's
supervision bureau's project check); and four that share a round or a template with an earlier batch (SHARES_TEMPLATE).

Families and counts (20 texts, 4 in SHARES_TEMPLATE, 16 measured). progress 3, one in SHARES_TEMPLATE
(shenzhen_special_zone_construction_group_seventh_term_fifth_round_progress), two measured
(hainan_farms_grass_livestock_group_eighth_round_third_group_progress, jiangxia_state_assets_group_sixth_term_eighth_round_progress);
news 5, all measured (sasac_fifth_group_architecture_design_institute_entry_2012 (a unit, a group and its entry day),
university_hospital_rectification_group_first_meeting_school_feedback (a unit, absence checks),
cnnc_special_inspection_rectification_office_third_meeting_2015 (absence checks only), and expecting nothing:
sichuan_supply_marketing_poverty_supervision_groups (督导), cscec_supervision_bureau_station_project_check (检查指导));
rounds 7, three in SHARES_TEMPLATE (central_twentieth_term_first_round_entries_financial_revisit_trad,
central_twentieth_term_third_round_financial_units_commentary, group_committee_2023_second_round_mobilisation_plan_read),
four measured, all lists of bodies (fujian_university_of_technology_third_round_reports_two_college_committees 2,
university_third_term_first_round_three_bodies_entry_2024 3 (term 3, round 1), anhui_telecom_two_groups_six_direct_units_2020
6, guangxi_construction_group_loss_projects_special_round_four_companies_2018 4); audit 0 (no audit text was new); noisy
5, all measured: traditional script: xiamen_bus_group_city_second_group_progress_trad (a progress report with problems and
measures), yellow_river_commission_tour_design_company_2008_trad (a unit, absence checks), and expecting nothing:
hainan_farms_tropical_crops_group_task_check_group_trad (督查), sasac_growth_mode_check_groups_twelve_enterprises_trad (检查);
traditional script with pinyin in brackets: yunnan_construction_investment_group_2019_first_round_eight_bodies_trad (a
round list of 8, round 1, no address). Measured: progress 2, news 5, rounds 4, audit 0, noisy 5. Round lists of bodies
measured: 5 (2, 3, 6, 4 and 8 bodies). Progress reports measured: 3 (one in traditional script). Texts measured that
expect nothing but absence checks (besides a unit of ""): 4; one more (the nuclear group's) has absence checks only.

Fields read: 74 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 113 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the collector's
count; 59 fields and 92 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE): progress 12 fields
and 4 absence checks, news 6 and 34, rounds 21 and 26, audit 0 and 0, noisy 20 and 28. Figures read (outside
SHARES_TEMPLATE): problems 1 (the bus group's 6個方面26項共39個問題 as 39, settled 4) and measures 1 (整改措施91條).

Reading conventions (outside_set.py's settled conventions 1-11 and the fuller written conventions of outside_r26.py,
outside_r25.py and outside_r24.py, followed exactly): a span of visit days with a year gives start and end (Jiangxia's
2024年11月11日至2025年1月3日, the bus group's 2017年12月4日至2018年1月11日); a span in whole months gives the months' first
and last days (settled 11: the land reclamation group's 2023年8月至2023年11月 -> 1 August and 30 November 2023), and a
feedback told by its month only (2024年4月) gives no day; the day a group entered is the start when no span is told
(settled 10: the state assets commission's 2012年3月7日 进驻); an entry meeting day is not read as a start where the text
does not say the group entered that day (the construction group's 12月6日 进点动员会 and the university's 6月11日 进驻动员会
are left unscored, neither expected nor checked absent); a month without a day (今年6月) and a planned length (20天左右)
give none; a meeting's day is no feedback day (the hospital's 5月20日, the nuclear group's 7月22日); a round or term named
with the committee or the enterprise that runs it is the text's (六届区委第八轮, 三届党委第一轮, 海垦集团党委第八轮 -> round 8
with no term, 今年的第一輪 of 2019 -> round 1), a central round the text's body belongs to is the text's (二十屆中央第一輪,
二十届中央第三轮 (本轮)), and a meeting's ordinal (第三次例会, 第六次党建工作例会) is no round; a group named under its round
(海垦集团党委第八轮巡察第三巡察组, …亏损项目专项巡察第二巡察组) is read where the text names it on its own (海垦集团党委第三巡察组
-> 集团党委第三巡察组, settled 9) and otherwise not scored; a group with no number (黃委巡視組) is not scored; bodies all
named in a round's list are its units as written, and counted kinds (12家施工企业) are none; a progress report's unit is
the visit's full name (中共海南农垦草畜产业集团有限公司委员会, 区国资集团党委, 厦门公交集团党委), and a rectification meeting's
the body the feedback's title names, its bracket full-width (第一临床医学院（第一附属医院、安徽省中医院）党委); a ministry-level
commission's group is written without its 党委 (国资委第五巡视组, as pinned); expected values of traditional-script texts
are written simplified; 督查, 督导, 检查 (a check on growth-mode transformation, a supervision bureau's project check) are no
party inspection: no group, no dates, no units, no problems, no figures.

What I was unsure of, and how I read it: the university's leading group meeting hears the third round's reports on two
college committees and passes the fourth round's plan, so its round is left unscored (two rounds named) and the two
committees of the heard round are its units; the 2008 tour's 10月13日至10月31日 has its year only in the title of the
notice it follows (《關于2008年開展巡視工作的通知》) and no dated line in the excerpt, so start and end are left unscored,
and the Shandong bureau toured the year before is no unit; the bus group's "並於7月27日反饋了巡察意見" is the group's own
report back, not the committee group's feedback (5月29日), which is expected; the hospital meeting's "四个方面的问题" is
left unscored as problems (a coarse count, settled 4); the nuclear group's unit is left unscored (its own rectification of
a central special inspection whose visit the text does not tell); the construction investment group's 2019 first round
(no address) is the group whose 2019 second round r26 holds (construction_investment_group_2019_second_round_mobilisation)
and is measured as another round, as r24's two Longhu rounds were (the overlap tool finds no wording shared beyond
formulas), while the 2023 second round on ynjt7gs.com, which shares the r26 text's mobilisation wording beyond formulas,
is put in SHARES_TEMPLATE though I am not sure it is the same group; Xiamen's bus group progress is measured though r13
holds the city's sports bureau progress of another round (2019) (the tool's runs with other texts are official formulas
only); the university's third committee's first round is measured though r6's iazzy holds an earlier committee's first
round of what is likely the same university (another round, another wording); the two central-round texts and the
Shenzhen progress share their round with earlier batches and are left out.

Overlap tool summary (`bench/outside_overlap.py tests/imports/parsing/outside_r27.py`): 20 texts against 1543 earlier;
pairs over 3 shared shingles: 281, of which over 3 beyond formulas: 9; longest shared run 48 characters (the land
reclamation group's progress with r17's sanya_science_city_two_bodies_progress: 党委反馈了巡察意见。根据《中国共产党党内监督
条例》和《中国共产党巡视工作条例》有关规定,现将巡察, a formula the tool counts among its stock, found in the Hainan
texts of r14 and r17 and elsewhere; the group's round is its own, not the province's or the city's); the only "URL already in" is the placeholder "search corpus pages
(no URL returned)"; the nine pairs beyond formulas are official wordings (作为当前和今后一个时期的重要政治任务,
反饋了巡察意見。按照黨務公開原則和巡察工作要求, 0天左右。巡察期间设专门值班电话, 委第二巡视组巡视反馈意见整改工作,
贯彻落实党的理论和路线方针政策, 全国巡视工作会议暨二十届中央第) and the SHARES_TEMPLATE group round's wording with r26; texts
sharing more than the tool's stock of formulas with the seeds: the land reclamation group's and Jiangxia's progress
formulas (根据《中国共产党党内监督条例》和《中国共产党巡视工作条例》有关规定), the hospital's four aspects, the construction
group's and the central third round's wordings, all official, none a seed's text.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a city group's progress on the seventh committee's fifth round (2023年3月8日至5月26日) in the city's progress
    # template, the round r25 holds (another body of the same visit span) on the portal r22 and r25 draw on
    "shenzhen_special_zone_construction_group_seventh_term_fifth_round_progress",
    # the twentieth central committee's first round, whose mobilisation r23's
    # central_twentieth_term_first_round_sports_administration_mobile_news tells
    "central_twentieth_term_first_round_entries_financial_revisit_trad",
    # the twentieth central committee's third round, whose report r10's xwlb_central_third_report tells
    "central_twentieth_term_third_round_financial_units_commentary",
    # a provincial group's 2023 second round mobilised in the wording of r26's
    # construction_investment_group_2019_second_round_mobilisation (…年第二轮巡察工作动员会, 集团公司党委副书记、工会主席陈…),
    # by every sign the same group's template on another of its portals (another round)
    "group_committee_2023_second_round_mobilisation_plan_read",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R27 = [
    # --- progress reports ---------------------------------------------------------------------------------------------
    # https://www.hifarms.com.cn/xinwen/show-21126.html (a land reclamation group's grass and livestock subsidiary reports
    # its rectification on the group's eighth round: the span in whole months gives 1 August and 30 November (settled
    # 11); the feedback told by its month (2024年4月) gives no day; the group as the text names it on its own, short
    # (settled 9); round 8 with no term; the unit, kept as written (中共海南农垦草畜产业集团有限公司委员会) by the reader, is
    # corrected by settled convention 18 (r38 pass) to the set's short form, 海南农垦草畜产业集团有限公司党委)
    ("hainan_farms_grass_livestock_group_eighth_round_third_group_progress", "https://www.hifarms.com.cn/xinwen/show-21126.html", "progress", """根据海垦集团党委统一部署,2023年8月至2023年11月,海垦集团党委第八轮巡察第三巡察组对中共海南农垦草畜产业集团有限公司委员会(以下简称“草畜集团党委”)进行了常规巡察。2024年4月,海垦集团党委第三巡察组向草畜集团党委反馈了巡察意见。根据《中国共产党党内监督条例》和《中国共产党巡视工作条例》有关规定,现将巡察整改进展情况予以公布。
一、草畜集团党委及其主要负责人组织整改落实情况
草畜集团党委坚持把巡察整改作为当前和今后一个时期的重要政治任务抓紧抓实抓好。……
""", {"unit": "海南农垦草畜产业集团有限公司党委", "group": "集团党委第三巡察组", "term": None, "round": 8,
      "start": date(2023, 8, 1), "end": date(2023, 11, 30), "feedback_date": None, "figures": []}),
    # http://www.jiangxia.gov.cn/ztzl/jwzl/xcgz/202601/t20260104_2706090.shtml (a district state assets group reports its
    # rectification on a district round under its title: term 6 and round 8 from 六届区委第八轮; the visit's unit as the
    # body names it; span and feedback day with their years)
    ("jiangxia_state_assets_group_sixth_term_eighth_round_progress", "http://www.jiangxia.gov.cn/ztzl/jwzl/xcgz/202601/t20260104_2706090.shtml", "progress", """中共武汉市江夏国有资产经营管理集团有限公司党委关于六届区委第八轮巡察整改进展情况的通报
发布日期:2026-01-04 12:25   文章来源:中共武汉市江夏国有资产经营管理集团有限公司委员会
根据区委巡察统一部署,2024年11月11日至2025年1月3日,区委第二巡察组对区国资集团党委进行了常规巡察。2025年2月25日,区委第二巡察组向区国资集团党委反馈了巡察意见。按照巡察工作有关要求,现将集中整改进展情况予以公布。
一、贯彻落实党的理论和路线方针政策以及党中央在国企改革等方面重大决策部署、省市区委工作要求情况方面
1.关于学习贯彻落实有偏差的问题。……
""", {"unit": "区国资集团党委", "group": "区委第二巡察组", "term": 6, "round": 8, "start": date(2024, 11, 11),
      "end": date(2025, 1, 3), "feedback_date": date(2025, 2, 25), "figures": []}),
    # https://ppfocus.com/0/trcbbe6ee.html (traditional script, a news site's copy of a city bus group's progress on a city
    # round: 6個方面26項共39個問題 gives problems 39 (settled 4) and 整改措施91條 measures 91; the committee group's feedback is
    # 5月29日, the bus group's own 7月27日 report back is no feedback day)
    ("xiamen_bus_group_city_second_group_progress_trad", "https://ppfocus.com/0/trcbbe6ee.html", "noisy", """根據市委巡察工作的統一部署,2017年12月4日至2018年1月11日,市委第二巡察組對廈門公交集團黨委開展了巡察。2018年5月29日,市委第二巡察組向廈門公交集團黨委反饋了巡察意見,指出了6個方面26項共39個問題,提出了4條整改意見。廈門公交集團黨委針對反饋的39個問題制定整改措施91條,並於7月27日反饋了巡察意見。按照黨務公開原則和巡察工作要求,現將巡察整改進展情況予以公布。
一、巡察整改總體推進情況
公交集團黨委認真對照反饋意見所指出的問題與建議,查找剖析原因,把巡察整改工作作為重要政治任務抓緊抓好,……
""", {"unit": "厦门公交集团党委", "group": "市委第二巡察组", "term": None, "round": None, "start": date(2017, 12, 4),
      "end": date(2018, 1, 11), "feedback_date": date(2018, 5, 29), "figures": [("problems", 39), ("measures", 91)]}),
    # http://www.ljsz.gov.cn/zthj/szsxcgzzl/swxc/qjswdwulxc/zgls/content/post_1540351.html (SHARES_TEMPLATE: a city
    # construction group's progress on the seventh committee's fifth round, the round and span r25 holds)
    ("shenzhen_special_zone_construction_group_seventh_term_fifth_round_progress", "http://www.ljsz.gov.cn/zthj/szsxcgzzl/swxc/qjswdwulxc/zgls/content/post_1540351.html", "progress", """根据市委统一部署,2023年3月8日至5月26日,市委第一巡察组对深圳市特区建工集团有限公司党委(简称“特区建工集团党委”)开展了七届市委第五轮巡察。2023年9月27日,市委巡察组向特区建工集团党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、党委履行巡察整改主体责任情况
(一)提高政治站位,扛起政治责任。……
""", {"unit": "深圳市特区建工集团有限公司党委", "group": "市委第一巡察组", "term": 7, "round": 5,
      "start": date(2023, 3, 8), "end": date(2023, 5, 26), "feedback_date": date(2023, 9, 27), "figures": []}),
    # --- news ---------------------------------------------------------------------------------------------------------
    # http://wap.sasac.gov.cn/n2588030/n2588959/c4298484/content.html (the state assets commission's fifth group enters an
    # architecture design institute (2012): the entry day is the start (settled 10); the group without its 党委, as the
    # set pins 国资委第二巡视组)
    ("sasac_fifth_group_architecture_design_institute_entry_2012", "http://wap.sasac.gov.cn/n2588030/n2588959/c4298484/content.html", "news", """按照国资委巡视工作领导小组的部署和要求,2012年3月7日,国资委第五巡视组进驻中国建筑设计研究院开展巡视工作。
巡视组在进驻企业当天召开了动员大会,第五巡视组组长曹光佑作了动员讲话。中国建筑设计研究院院长、党委副书记修龙代表企业作了发言,中国建筑设计研究院党委书记、副院长黄宏祥主持了会议。
……动员大会之后,巡视组组织了对企业领导班子及其成员的民主测评。
""", {"unit": "中国建筑设计研究院", "group": "国资委第五巡视组", "term": None, "round": None,
      "start": date(2012, 3, 7), "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.scco-op.com/go-a88486.htm (a provincial supply and marketing cooperative's poverty supervision groups
    # (督导) in two prefectures: no party inspection, nothing expected)
    ("sichuan_supply_marketing_poverty_supervision_groups", "https://www.scco-op.com/go-a88486.htm", "news", """5 月29日至6月1日、 6 月5日 至6月 8 日,省供销社党组成员、副主任杜春茂带领经济发展处、财务统计处、社务指导处相关负责人一行先后赴甘孜州、凉山州开展脱贫攻坚督导、“双线运行机制试点”督查、产业扶贫项目推进落实、扶贫领域作风建设督导检查及推动构建贫困地区优质农产品供销体系建设等工作。
在甘孜州督导调研期间,督导组一行先后深入道孚县、甘孜县、炉霍县实地督导调研,……
""", {"unit": "", "units": [], "group": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://6bur.cscec.com/xwzx2/gskx2/201303/2828344.html (a construction corporation's supervision bureau checks and
    # guides a station project (检查指导): no party inspection, nothing expected)
    ("cscec_supervision_bureau_station_project_check", "https://6bur.cscec.com/xwzx2/gskx2/201303/2828344.html", "news", """10月11日,中建总公司监察局副局长王萍、助理局长樊光中一行到桥梁公司长春西站项目检查指导工作。局党委副书记、纪委书记信群等陪同。
调研期间,王萍一行听取了项目生产经营状况及党风廉政建设情况汇报,实地考察了建成后的长春西站项目,……
""", {"unit": "", "units": [], "group": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://www.azyfy.com/list/96/108179.html (a university hospital's rectification leading group meets on the
    # university committee's feedback: the unit as the feedback's title names it, its bracket full-width; 5月20日 is the
    # meeting's day, no feedback day; no group, no number; the four aspects are left unscored as problems)
    ("university_hospital_rectification_group_first_meeting_school_feedback", "https://www.azyfy.com/list/96/108179.html", "news", """[巡察整改]医院党委召开巡察整改工作领导小组第一次会议
来自:   发布时间:2022-05-20
5月20日上午,医院党委召开巡察整改工作领导小组第一次会议,专题研究学校《关于巡察第一临床医学院(第一附属医院、安徽省中医院)党委的反馈意见》和两个专项报告,安排部署整改落实工作,医院党委领导班子成员参加了会议,会议由医院党委副书记、院长、巡察整改工作领导小组组长杨文明主持。
会议指出,学校党委巡察反馈意见全面客观地指出了我院在贯彻落实党的路线方针政策、党中央和省委决策部署及学校党委工作要求、贯彻落实全面从严治党战略部署、贯彻落实新时代党的组织路线、落实巡视巡察审计及主题教育整改四个方面的问题和不足,并有针对性地提出了整改意见和建议。……
""", {"unit": "第一临床医学院（第一附属医院、安徽省中医院）党委", "group": None, "term": None, "round": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://np.chinapower.com.cn/201507/28/0046838.html (a central nuclear group's rectification office meets on a
    # central special inspection (2015): absence checks only; the unit is left unscored (the group's own rectification,
    # the visit not told); 第三次例会 and 第六次党建工作例会 are no rounds; 7月22日 and 7月21日 are meetings' days)
    ("cnnc_special_inspection_rectification_office_third_meeting_2015", "http://np.chinapower.com.cn/201507/28/0046838.html", "news", """7月22日,中核集团专项巡视整改工作领导小组办公室在集团公司总部召开第三次例会。中核集团党组成员、副总经理和自兴出席会议并讲话。会议听取了总部各部门、各有关板块整改情况的汇报,……
中核集团党组对专项巡视整改工作高度重视,并于7月21日第六次党建工作例会上对下一阶段整改提出了具体要求,明确了按照时间节点,在保证质量前提下,完成整改的工作目标。……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- rounds: enterprises' and institutions' own rounds, central rounds --------------------------------------------
    # https://jwsj.fjut.edu.cn/2023/0529/c3794a217419/page.htm (a university's leading group hears its third round's
    # reports on two college committees and passes the fourth round's plan: the two committees are the heard round's
    # units; round left unscored (two named); 2 groups, no group; 5月22日 is the meeting's)
    ("fujian_university_of_technology_third_round_reports_two_college_committees", "https://jwsj.fjut.edu.cn/2023/0529/c3794a217419/page.htm", "rounds", """福建工程学院召开2023年第1次巡察工作领导小组会议
5月22日,学校召开2023年第1次巡察工作领导小组会议。校党委巡察工作领导小组成员、2个巡察组及巡察办有关人员参加会议。会议由校党委书记、巡察工作领导小组组长吴仁华主持。
会议听取了校党委第三轮巡察建筑与城乡规划学院党委、设计学院·海峡工学院党委的情况报告,审议并通过了校党委第四轮巡察工作方案。
吴仁华书记指出,2个巡察组在本轮巡察工作中能够牢牢把握政治巡察定位,……
""", {"unit": "", "units": ["建筑与城乡规划学院党委", "设计学院·海峡工学院党委"], "group": None, "term": None,
      "start": None, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.ahtxxh.com/index.php/yeneidongtai/2020/08-04/740.html (a provincial telecom company's committee sends two
    # groups to six direct units: the six, all named, are the round's units; 今年6月 and 为期20天 give no day; no number)
    ("anhui_telecom_two_groups_six_direct_units_2020", "https://www.ahtxxh.com/index.php/yeneidongtai/2020/08-04/740.html", "rounds", """安徽电信 | 安徽电信党委创新模式开展巡察
【信息时间:2020-08-04阅读次数:3260内容来源:
今年6月,中国电信安徽公司党委组建两个巡察组,分别对所辖的政企客户部、云智能事业部、系统集成公司、校园客户部以及企业信息化部、智慧营销事业部6个直属单位党支部(总支)开展了为期20天的巡察。这是安徽电信首次对支部(总支)建制的直属单位开展巡察,也是首次探索实践“1托N”“板块式”“穿透式”的巡察模式。
……日前,安徽电信党委召开会议听取了巡察情况汇报,……
""", {"unit": "", "units": ["政企客户部", "云智能事业部", "系统集成公司", "校园客户部", "企业信息化部", "智慧营销事业部"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.gxjgjt.cn/html/blocnews/5607.html (a provincial construction group's special round on loss-making projects
    # at four companies: the four are the round's units; the special group named under its round is not scored; the
    # 12家 are counted; 11月中旬起 gives no day; the 12月6日 进点动员会 is left unscored; the region's group whose feedback
    # the round answers is no group of the text's)
    ("guangxi_construction_group_loss_projects_special_round_four_companies_2018", "http://www.gxjgjt.cn/html/blocnews/5607.html", "rounds", """余仲远出席四家公司亏损项目专项巡察进点动员会
广西建工整理发布 2018-12-13 16:55:38
     12月6日下午,广西建工集团有限责任公司党委亏损项目专项巡察第二巡察组进点动员会在一建公司、总承包公司、联建公司和基础公司召开,安排部署专项巡察工作任务。集团公司纪委书记、第二巡察组组长余仲远出席会议并讲话。集团公司监事会工作部部长、第二巡察组副组长李兴平参加。
    余仲远指出,为贯彻落实自治区党委第二巡视组巡视反馈意见整改工作,集团公司党委决定从11月中旬起在集团下属12家施工企业开展亏损项目专项巡察工作。……
""", {"unit": "", "units": ["一建公司", "总承包公司", "联建公司", "基础公司"], "term": None, "round": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://ynjt7gs.com/cnPc/jtyw/16420.html (SHARES_TEMPLATE: a group committee mobilises its 2023 second round: round 2
    # (2023年第二轮), no term; 7月27日 is the meeting's day; no body named, no group; the group's mobilisation wording is
    # r26's construction investment group's)
    ("group_committee_2023_second_round_mobilisation_plan_read", "http://ynjt7gs.com/cnPc/jtyw/16420.html", "rounds", """7月27日上午,集团党委召开2023年第二轮巡察工作动员会,深入学习贯彻习近平总书记关于巡视巡察工作的重要论述,贯彻落实省委巡视巡察工作部署和集团党委巡察工作规划,对集团党委2023年第二轮巡察工作进行动员部署。
集团公司党委副书记、工会主席陈宙翔作动员讲话,纪委书记、省监委驻集团监察专员张鹏主持会议,并宣读《集团党委2023年第二轮巡察工作方案》和《集团党委2023年第二轮巡察巡察组组长授权及任务安排的决定》。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://ychksm.com/info/1082/16829.htm (a university's third committee's first round entered three bodies: term 3 and
    # round 1; the three bodies where the groups held their entry meetings are the round's units; the 6月11日 进驻动员会 is
    # left unscored as a start; 20天左右 gives no end; r6's iazzy holds an earlier committee's first round of the
    # university, another round)
    ("university_third_term_first_round_three_bodies_entry_2024", "http://ychksm.com/info/1082/16829.htm", "rounds", """三届党委第一轮巡察进驻动员会召开
发布时间:2024-06-12
根据学校党委巡察工作统一安排,6月11日,党委第一、第二、第三巡察组分别在后勤保障处、生物学院、建工学院召开进驻动员会,对三届党委第一轮巡察工作进行动员部署。动员会由被巡察单位主要负责人主持。
……本轮巡察工作将持续20天左右。巡察期间设专门值班电话和电子邮箱受理信访举报。
""", {"unit": "", "units": ["后勤保障处", "生物学院", "建工学院"], "group": None, "term": 3, "round": 1, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://moneydj.com/kmdj/news/newsviewer.aspx?a=3750be3b-e384-43fd-8426-44c1c65eadec&c=MB070300 (SHARES_TEMPLATE:
    # traditional script, a financial news site on the twentieth central committee's first round entries, the round r23
    # holds: term 20, round 1; units counted and examples, unscored)
    ("central_twentieth_term_first_round_entries_financial_revisit_trad", "https://moneydj.com/kmdj/news/newsviewer.aspx?a=3750be3b-e384-43fd-8426-44c1c65eadec&c=MB070300", "rounds", """加大反貪腐,陸中央展開巡視、進駐5家金融企業
MoneyDJ新聞 2023-04-10 13:50:16 記者 新聞中心 報導 ……中共中央巡視組已完成對30家中管企業(中央管理企業)、五家金融單位,以及中國國家體育總局的巡視進駐工作。其中,在金融領域方面,中央第五巡視組完成了對中國國家開發銀行、中國農業發展銀行和中國人民保險集團股份有限公司的進駐工作,中央第六巡視組完成了對中國光大集團股份公司、中國投資有限責任公司的進駐工作,將展開為期兩個半月左右的巡視「回頭看」。
據中共中央紀委國家監委官網昨(9)日發布新聞稿,截至4月8日,中共二十屆中央第一輪巡視的15個巡視組已完成進駐工作,……
""", {"unit": "", "group": None, "term": 20, "round": 1, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://zzsj.com.cn/4538pxko.shtml (SHARES_TEMPLATE: a copy of a news agency's commentary on the twentieth central
    # committee's third round on financial units, the round r10 holds: term 20, round 3 (本轮); the first round and the
    # nineteenth committee's eighth round are only recalled)
    ("central_twentieth_term_third_round_financial_units_commentary", "https://zzsj.com.cn/4538pxko.shtml", "rounds", """二十届中央首轮巡视中就有金融单位被巡视,当时是对国家开发银行、中国光大集团股份公司等5家中管金融企业党委开展了巡视“回头看”。相当于对曾在十九届中央第八轮巡视中接受常规巡视的5家中管金融企业党委进行政治复查。
……不过,本轮巡视所涉经济和金融领域的单位更多,被巡视对象范围更广,既有中国证券监督管理委员会、上海证券交易所、深圳证券交易所,也有多家银行,……
在全国巡视工作会议暨二十届中央第三轮巡视动员部署会上,……
""", {"unit": "", "group": None, "term": 20, "round": 3, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- noisy copies ---------------------------------------------------------------------------------------------------
    # http://www.hztouxing.cn/xwzx/gsxw/200810/20081014/j_2008101400000000015668096546339935.html (traditional script, a
    # river commission's 2008 tour of its design company: the company is the unit; 黃委巡視組 has no number, not scored;
    # the 10月13日至10月31日 span has its year only in the notice's title, left unscored; the Shandong bureau toured the
    # year before is no unit)
    ("yellow_river_commission_tour_design_company_2008_trad", "http://www.hztouxing.cn/xwzx/gsxw/200810/20081014/j_2008101400000000015668096546339935.html", "noisy", """根據委黨組《關于2008年開展巡視工作的通知》要求,10月13日黃委巡視組對公司的巡視工作正式開始。按照巡視工作程序,13日下午,在公司20樓會議室召開了巡視工作說明會。會議由巡視組副組長劉建明主持,巡視組組長莊景林、副組長王曉東、巡視組其他成員出席了會議。
黃委此次對黃河設計公司開展的巡視工作,是繼去年對山東河務局巡視之后,以及《中共黃河水利委員會黨組巡視工作暫行規定》印發以來第一個開展巡視的委屬單位,……巡視組在公司的巡視時間為10月13日至10月31日。……
""", {"unit": "黄河设计公司", "term": None, "round": None, "feedback_date": None, "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (traditional script, a construction investment group mobilises its 2019 first
    # round: round 1, no term; the eight bodies, all named before their count, are the round's units; 昨日 gives no day;
    # r26 holds this group's 2019 second round, another round)
    ("yunnan_construction_investment_group_2019_first_round_eight_bodies_trad", "search corpus pages (no URL returned)", "noisy", """昨日下午,集團(tuán)黨委召開(kāi)2019年巡察工作動(dòng)員會(huì)。會(huì)議由集團(tuán)紀(jì)委書(shū)記翁斌主持。
據(jù)悉,今年的第一輪巡察,集團(tuán)黨委派出8個(gè)巡察組,對(duì)十四冶、海投公司、鐵路總公司、十五公司、十六公司、機(jī)安公司、路橋總承包部、國(guó)際工程部8家單位開(kāi)展巡察,這是集團(tuán)黨委推進(jìn)全面從嚴(yán)治黨的具體安排,也是統(tǒng)籌考慮集團(tuán)2019年巡察工作的一項(xiàng)重要部署。
""", {"unit": "", "units": ["十四冶", "海投公司", "铁路总公司", "十五公司", "十六公司", "机安公司", "路桥总承包部", "国际工程部"],
      "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://hutonglaser.cn/new-245.html (traditional script, a land reclamation group's second task check group (督查) at
    # its tropical crops group: no party inspection, nothing expected)
    ("hainan_farms_tropical_crops_group_task_check_group_trad", "http://hutonglaser.cn/new-245.html", "noisy", """海墾集團第二督查組到海墾熱作集團督導檢查工作
2月23日上午,海墾控股集團第二督查組在組長許程發的帶領下,一行3人到海墾熱作產業集團開展2022年重點工作任務細化分解及重點項目建設等督查。督查以聽取匯報、查閱資料、座談會了解情況等方式進行。海墾熱作產業集團領導班子成員、相關部門負責人出席會議。
……朱一丹代表海墾熱作集團領導班子對督查組一行表示熱烈歡迎。他指出,……我們將以此次督查為契機,以高度的政治責任感狠抓督查反饋問題整改,立行立改,……
""", {"unit": "", "units": [], "group": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://woaihulianwang.cn/info/1145/2541.htm (traditional script, the state assets commission's check groups on
    # growth-mode transformation at 12 central enterprises (檢查): no party inspection, nothing expected)
    ("sasac_growth_mode_check_groups_twelve_enterprises_trad", "http://woaihulianwang.cn/info/1145/2541.htm", "noisy", """按照國資委黨委要求,結合委黨委關于開展中央企業管理提升活動的總體部署,5月30日,國資委加快轉變經濟發展方式監督檢查工作領導小組召開全體會議,部署動員對部分中央企業加快轉變經濟發展方式有關情況的檢查工作。……
強衛東指出,加快轉變經濟發展方式監督檢查是中央部署的一項重大政治任務,……
此次會后,國資委將派出4個檢查組,對12家中央企業開展檢查。
""", {"unit": "", "units": [], "group": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
]
