"""Outside texts of batch r16 (issue 14), held out: collected with the search tool from public pages that are in no
earlier batch (each address checked against every outside batch, r15 included, test_outside_documents.py and the seeds,
with and without www./m./mip. and its query string; every text compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r16.py`, which loads an unregistered batch without running the importer: the three texts
that share a publication template (or a city's round) with an earlier text are named in SHARES_TEMPLATE below; the rest
share official formulas only, the longest run 60 characters). Their fields are written down by reading only. The
importer was not run on them while they were collected, no test or bench that runs it was run, and the collector read
neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, extract
and score, and the README); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. All 60 texts from the search tool's "pages" corpus, 59 with their address and one without (noted in place:
"search corpus pages (no URL returned)", as c-dev's were; the overlap script reports that placeholder as shared). The
"code" corpus was not used (r14 and r15 found nothing usable there) and find_string over GitHub files for a progress
formula (反馈了巡察意见。按照) found nothing. Of about 270 candidate addresses checked, about 195 were earlier batches'. Dropped
after reading: a document site's second table-of-contents page (renrendoc, the same site chrome and kind as r14's
first_round_feedback_plan_toc_junk), a reprint of the 2015 central first round of 26 enterprises and an Anhui provincial
round of 2018 and a central twentieth-term fourth round list (events whose unit lists earlier batches hold from other
addresses), and a traditional-script copy of a note whose simplified page is kept (the ruby-drake copy of
construction_group_rectification_push_note). New this time: kinds of unit the brief named or the set lacked — a science
association (Longyan) and a women's federation (Quanzhou) with their page chrome, a city commerce bureau's stage report,
a provincial capital's district after a provincial round, an autonomous county's and a banner's medical insurance
bureaus (a mobile and a special inspection), a city agriculture bureau after a field inspection (funds) and a district
one after a crossed special inspection of a city's round, two county media centres, a memorial museum, a district court
after a raised-level crossed inspection, a district approval bureau, a city investment group's note, three emergency
bureaus (one after a municipal 巡视 of Shanghai), a county forestry and grassland bureau (2019); news of a Red Cross
research visit by a group's deputy, a county's first round hearing, a water bureau's campaign forum, a farmland spot
check, a special group visited by its district's discipline secretary, a seven-body health mobilisation, a tax
administration's accountability hearing, a university's library branch fed back, a group company's own asset check, an
archive training, an urban management work report, a transport bureau's look-back, a banner's forest-chief special
inspection fed back, a central environmental 督察's case; rounds of a new area's fourth round, a city's account of its
inspection work, a county's rectification letters, a province's term coverage (2017), a city's look-back, a city's tenth
round of development zones, a county's village inspections in sum, a province's 28 units one a line; audit texts of a
people's congress, Hong Kong's director of audit and a paper; noisy copies in traditional script, on gambling and junk
domains, spun, run together, templated with X and **, generated; Qinghai, Ningxia, Hebei (Xiong'an, Xingtai), Inner
Mongolia, Yunnan, Guangdong, Fujian, Jiangsu, Anhui, Hubei, Henan, Shaanxi, Gansu, Jiangxi, Zhejiang, Sichuan, Hong
Kong; years 2014 to 2026.

Families and counts (60 texts). progress 16 (with their title line: longyan_science_association_progress,
quanzhou_womens_federation_progress (its title, date line and body run on in one line), zhuhai_commerce_stage_progress,
cangyuan_medical_insurance_mobile_progress, xiangqiao_agriculture_crossed_special_progress,
gutian_memorial_museum_progress, shashi_court_raised_crossed_progress; bodies without one:
zhongshan_emergency_bureau_progress, wuhu_emergency_bureau_progress, shanghai_emergency_bureau_municipal_progress,
xining_chengzhong_provincial_progress, harqin_medical_insurance_special_progress,
zhanjiang_agriculture_funds_special_progress, shixing_media_centre_progress, huiji_approval_bureau_progress,
construction_group_rectification_push_note (no group, date or figure at all)); news 14 (feedbacks, mobilisations and
visits: horqin_left_rear_forest_chief_special_feedback, yian_special_group_visit_three_hospitals,
haian_second_group_seven_health_bodies, sicau_library_archives_branch_feedback,
lujiang_transport_look_back_mobilisation, zhouqu_2019_first_round_hearing; no party inspection or no inspection of its
own: changwu_red_cross_group_research_visit, yulin_water_supply_campaign_forum, yichun_farmland_look_back_spot_check,
tax_administration_accountability_hearing, jinjiang_group_asset_letting_check, lancang_inspection_archive_training,
yueyang_urban_management_work_report, dazhou_forestry_environmental_inspection_case); rounds 8
(xiongan_fourth_round_feedbacks, yinchuan_inspection_work_account, wuzhong_look_back_six_departments,
xingtai_tenth_term_tenth_round_mobilisation, linying_rectification_five_letters, zhejiang_thirteenth_term_full_coverage,
yongshou_village_inspections_sum, jiangxi_second_round_28_units_lines); audit 3 (tongzhou_audit_problems_assignment,
hong_kong_director_of_audit_report_63 (refused), audit_announcements_paper_page); noisy 19 (traditional script:
yuanmou_forestry_grassland_progress_trad, yuxi_high_tech_zone_provincial_special_trad,
development_zone_2025_first_round_trad, shuyang_fourteenth_round_hearing_trad, congress_research_city_group_trad,
ningbo_archive_disposal_check_trad, dinghai_disclosure_report_bars_trad, tianmen_clean_transport_campaign_trad; junk and
gaming domains: yizheng_zone_linked_mobilisation_gaming_copy, hanyuan_audit_rectification_gambling_copy,
qinghai_prefecture_inspections_reposted, quanjiao_forest_chief_supervision_betting_copy,
liangxu_hospital_patrol_forum_junk (forum anti-copy characters); run-together dates:
jianhu_media_centre_progress_runtogether; a spun copy: province_round_groups_spun_copy; templates and generated text:
school_progress_template_x_blanks, speech_template_government_rectification,
generated_water_governance_inspection_report; a paper reposted: inspection_history_paper_reposted). Progress bodies are
16 (17 with the traditional-script yuanmou report), and round lists with units named are 5 (xiongan, shuyang, yian,
haian, jiangxi): the corpus gave no more unused ones, and nothing was padded.

Fields read: 171 (a unit of "" for a round-level text counts, each unit of a list and each figure counts, a refusal
counts), and 339 absence checks (None, [] for units or figures, and problems 0 where a careless reader might fill the
field). By family: progress 83 fields and 43 absence checks, news 23 and 102, rounds 28 and 52, audit 1 and 16, noisy 36
and 126. Figures read: problems 7, measures 3, completed 2, in_progress 2, rules_established 2, clues_transferred 1,
cases_filed 1, disciplined_people 1; no problem list is counted (the lists of findings seen end in 等问题 or are a
generated essay's, and are left unscored).

Reading conventions (those written in outside_r15.py's docstring and in outside_set.py's "Settled conventions"
paragraph, and the one settled for r16): a day without a year gives no date unless the page's dated header gives its
year; a feedback day without a year, in a text whose visit has a year, takes the year that puts it after the visit's end
(settled 1: harqin's 5月26日 after a visit ending 2025-04-10 is 2025-05-26, and wuhu_emergency's 9月23日 is 2022-09-23); a
round or term named only in the title of a plan a meeting discussed is the text's (settled 2;
development_zone_2025_first_round_trad names its round in the meeting's name and in its plan's title, both 第一轮);
未完成/尚未完成 and, as r15 read it, 正在整改 / 整改中 N个 are the in-progress count (settled 3; jianhu, xiangqiao); a text counting
problems at two levels has the finer count (settled 4: shanghai_emergency's 7个方面16个问题，细化分解为41个具体问题 is 41; xiangqiao's
3方面13个问题…细化分解为24个分项问题 is 24; jianhu's broken 413个方面33个问题 is 33); settled 5 (a feedback news' fuller name) is not needed
by any text here; clues an inspection found or handed over are the clues figure (settled 6: yongshou's 问题线索21件). 阶段性完成
N个 is not scored (as r10 and r11 read it); a mobilisation meeting's day is no start; parts of months (下旬, 中旬) are not
scored; the window for letters is no visit; a year with its round (2019年第一轮, 2025年第一轮, 今年第二轮) gives the round, counted
rounds (14轮, 13轮次) give none; counts that are no findings (meetings, letters, coverage, sites, a check's or a campaign's
problems) are no metric; 整改措施 are measures, 制度 rules_established; the unit is the visit's, not scored where named as
我局/我院 (harqin, shashi) or differently in visit and feedback (xining: 城中区 / 城中区委; xiangqiao: 湘桥区农业农村局 / its 党组); a visit
of a field, not a body, takes the body fed back (zhanjiang); a group named with its number and then as 市委巡察组/县委巡察组 is
scored; a group of a round-level text, or one group for several units, is not scored; a text naming two or more units
has unit "" and the units in order, kept as written (without a 党组织 said once after them, without brackets of member
bodies), traditional-script names written in simplified script; checks, 督查, 督察, 巡查, campaigns, research visits, hearings
of accountability and work reports are no party inspection: no group, no dates, no units, no problems; audit texts are
refused or expect nothing.

What I was unsure of, and how I read it: changwu's research visit by a group's deputy leader is no visit of an
inspection, but the group is named, so the group is not scored; xiongan's three counties' discipline bodies and
organisation departments are counted by kind, so only the three centres are units;
zhejiang_thirteenth_term_full_coverage reads term 13 from the committee whose coverage it sums up, and its counts (651
in 2016's first two rounds, 1029 fed back since 2016) are not scored, being of several rounds and years;
qinghai_prefecture_inspections_reposted tells a prefecture's special inspection (27 problems, 1 clue) beside the
province's totals, and its figures are not scored; xingtai's two development zones are named only in the speech's focus
sentence, so units are not scored; wuzhong's 五届市委巡察全覆盖 is a goal, not the text's term, and is not scored; the yian
special group's one group for three units is not scored; sicau's group (第一巡察组 of the university's sixth round) is not
scored; liangxu_hospital_patrol_forum_junk is a health commission's own 巡查, read as no party inspection as the batches
read 巡查, though it resembles an internal inspection; province_round_groups_spun_copy's spinning destroyed its term,
round and dates, and only the absence of dates and groups is scored; the Hong Kong director of audit's report is read as
an audit office's text and refused, which the README's wording covers by kind; tongzhou's and the paper's audit texts
expect nothing, which a refusal also meets. Queries tried beyond r15's: 党工委, 卫生健康委, 中学党支部, 气象局, 村党支部, 科协, 人防, 工商联, 红十字会,
妇联, 机关党委, 提级巡察, 商务局, 统计局, Qinghai/Ningxia/Hainan years, 巡察整改工作总结, 国企子公司, 学院党委, 巡察公告, 整改方案 问题清单, 巡视整改 2016, 乡镇党委 报告, 医保局,
人民医院, 街道党工委, 水务局, 农业农村局, 审计 (three), 交叉巡察 镇, 回头看 党支部, 卫生院 进驻, 税务局, 开发区 进驻, 高校 巡察整改, 被巡察单位名单, 供销社, 融媒体中心, 公积金, 档案馆, 党校,
城投集团, 村 巡察整改 公示, 线索 第五轮, 集团公司 巡视整改, 进驻一览表, 以下单位, 残联, 交通运输局, 法院, 人社局, 所辖村 反馈, 省直单位 名单.
"""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R16 = [
    # --- progress reports (bodies with and without their title line) -------------------------------------------------
    # http://lyskx.net/ShowArticle.asp?ID=10647&InfoType=公告通知 (a city science association's report with its page
    # chrome as found, the column name turned to 锟斤拷 by a lost encoding; the unit is the visit's 市科协党组; 27个问题
    # the problems, 整改措施71条 the measures; the meetings of 12月11日 and 12月24日 are no field)
    ("longyan_science_association_progress", "http://lyskx.net/ShowArticle.asp?ID=10647&InfoType=公告通知", "progress", """j 龙岩市科学技术协会 >> 锟斤拷锟斤拷通知 关闭窗口
中共龙岩市科学技术协会党组关于巡察整改进展情况的通报
发布人:admin 发布时间:2020/6/22 浏览次数:13903
    根据龙岩市委巡察工作的统一部署,2019年6月16日至7月21日,市委巡察二组对市科协党组开展了巡察,并于2019年12月6日反馈了巡察意见,按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
    一、强化组织领导推进整改落实
    (一)统一思想,提高政治站位。12月6日下午,巡察反馈当日,随即召开党组成员碰头会议,就巡察整改统一思想、明确分工。12月11日上午、13日上午,结合巡察反馈问题,先后召开“不忘初心、牢记使命”主题教育暨巡察整改专题民主生活会、组织生活会,……
    (二)强化领导,凝聚整改合力。……12月24日,召开党组扩大会议,研究确定巡察整改落实方案,针对反馈的27个问题明确整改措施71条。……
""", {"unit": "市科协党组", "group": "市委巡察二组", "term": None, "round": None, "start": date(2019, 6, 16),
      "end": date(2019, 7, 21), "feedback_date": date(2019, 12, 6), "figures": [("problems", 27), ("measures", 71)]}),
    # http://qzwomen.com/News/dwgk/DetailPage/?Id=8016 (a city women's federation's report whose page lost its line
    # breaks: title, date line and body run on in one line as found; the 15 meetings and one check are no metric)
    ("quanzhou_womens_federation_progress", "http://qzwomen.com/News/dwgk/DetailPage/?Id=8016", "progress", """党务公开中共泉州市妇联党组关于巡察整改进展情况的通报发布时间2023年7月28日 来源:泉州市妇联 阅读7695次根据市委巡察工作统一部署,2022年11月21日至12月25日,市委巡察三组对市妇联党组开展了巡察,并于2023年3月3日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。 一、加强对巡察整改的组织领导情况市妇联党组坚持以习近平新时代中国特色社会主义思想为指引,……把抓好巡察整改作为重大政治任务,…… (二)坚持以上率下,压实巡察整改责任。……主持召开党组会、党组中心组学习会、巡察专题民主生活会、巡察整改工作领导小组会、工作会议、重点工作调度会等15次,带头开展专项检查1次,……
""", {"unit": "市妇联党组", "group": "市委巡察三组", "term": None, "round": None, "start": date(2022, 11, 21),
      "end": date(2022, 12, 25), "feedback_date": date(2023, 3, 3), "figures": []}),
    # http://swj.zhuhai.gov.cn/zwgk/tzgg/content/post_2666257.html (a city commerce bureau's report of its stage's
    # progress (阶段性进展情况), with its page chrome; the 6 meetings and 8 weekly bulletins are no metric)
    ("zhuhai_commerce_stage_progress", "http://swj.zhuhai.gov.cn/zwgk/tzgg/content/post_2666257.html", "progress", """首页 >> 政务公开 >> 通知公告 通知公告
中共珠海市商务局党组关于巡察整改阶段性进展情况的通报
来源:本网     发布日期:2020-11-10 17:08
  按照市委的统一部署,2019年9月25日至12月31日,市委第五巡察组对市商务局党组进行了巡察。2020年4月3日,市委第五巡察组向市商务局党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改阶段性进展情况予以公布:
  一、提高政治站位,强化政治担当,增强抓好巡察整改工作的责任感和使命感
  (一)切实提高政治站位,压紧压实整改责任
  市商务局党组第一时间成立整改落实工作领导小组。局党组主要负责同志……召开专题会议研究整改落实工作共6次,带头落实整改。……
  (三)深挖细掘问题根源,举一反三补齐短板
  制定《中共珠海市商务局党组关于市委第五巡察组反馈意见的整改落实方案》,……编发巡察整改工作周报8期。……
""", {"unit": "市商务局党组", "group": "市委第五巡察组", "term": None, "round": None, "start": date(2019, 9, 25),
      "end": date(2019, 12, 31), "feedback_date": date(2020, 4, 3), "figures": []}),
    # https://www.xncz.gov.cn/info/1035/203922.htm (a city district's report after a provincial routine round: the visit
    # names the place 城中区 and the feedback 城中区委, so the unit is not scored, as r15 left inner_mongolia's)
    ("xining_chengzhong_provincial_progress", "https://www.xncz.gov.cn/info/1035/203922.htm", "progress", """根据省委统一部署,2024年4月28日至7月27日,省委第三巡视组对城中区进行了常规巡视,2024年10月24日,省委第三巡视组向城中区委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、提高政治站位,强化责任担当,坚决扛起巡视整改政治责任
城中区委坚持把抓好巡视整改作为坚定拥护“两个确立”、坚决做到“两个维护”的重要检验,……
(二)加强组织领导,层层传导压力。省委巡视组反馈意见后,区委常委会召开扩大……
""", {"group": "省委第三巡视组", "term": None, "round": None, "start": date(2024, 4, 28), "end": date(2024, 7, 27),
      "feedback_date": date(2024, 10, 24), "figures": []}),
    # https://cyjjjc.gov.cn/xsxcha/868.html (an autonomous county's medical insurance bureau after a mobile inspection:
    # the title, broken over two lines as found, names the term (第十四届县委机动巡察), term 14; 三个方面共发现反馈各类
    # 问题16个 the problems; the 4 meetings are no metric)
    ("cangyuan_medical_insurance_mobile_progress", "https://cyjjjc.gov.cn/xsxcha/868.html", "progress", """沧源佤族自治县医疗保障局党组关于第十四届
县委机动巡察整改进展情况的通报
根据县委统一部署,2025年3月14日至4月20日,县委机动巡察组对县医疗保障局党组进行了巡察。2025年5月21日,县委机动巡察组反馈了巡察意见。根据巡察工作有关要求,现将巡察整改进展情况予以公布。
一、县医疗保障局党组履行巡察整改主体责任情况
(一)提高政治站位,扛实整改责任。……以巡察反馈“落实问题整改主体责任不严不实、贯彻落实上级重大决策部署不力、履行责任不到位,监管‘高举轻放’”等三个方面共发现反馈各类问题16个为导向,县医疗保障局先后召开行政班子及股室、中心负责人(扩大)会议4次,集中研讨分析问题产生的原因,……
""", {"unit": "县医疗保障局党组", "group": "县委机动巡察组", "term": 14, "round": None, "start": date(2025, 3, 14),
      "end": date(2025, 4, 20), "feedback_date": date(2025, 5, 21), "figures": [("problems", 16)]}),
    # http://www.klq.gov.cn/gggs/202511/t20251106_2679189.html (a banner's medical insurance bureau after a special
    # inspection of its fund: the visit names 我局, so the unit is not scored; term 16 from 十六届旗委 deploying it; 5月26日
    # without a year takes 2025, after the visit's end (settled convention 1); the days the plan was sent (6月12日) and
    # the life meeting held (7月3日) are no field)
    ("harqin_medical_insurance_special_progress", "http://www.klq.gov.cn/gggs/202511/t20251106_2679189.html", "progress", """根据十六届旗委统一部署,2025年4月1日至4月10日,旗委专项巡察组对我局医保基金管理领域开展专项巡察,5月26日,旗委专项巡察组向中共喀喇沁旗医疗保障局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、党委(党组)履行主体责任情况
针对巡察反馈的问题,旗医保局党组高度重视,立即成立了巡察整改工作领导小组,……局党组详细制定了《中共喀喇沁旗医疗保障局党组关于落实旗委专项巡察组反馈问题的整改方案》,落实了整改台账,于6月12日上报旗纪委监委、旗委组织部和旗委巡察办。7月3日,旗医保局党组召开巡察整改专题民主生活会,……
""", {"group": "旗委专项巡察组", "term": 16, "round": None, "start": date(2025, 4, 1), "end": date(2025, 4, 10),
      "feedback_date": date(2025, 5, 26), "figures": []}),
    # http://nyncj.zhanjiang.gov.cn/ztzl/xczg/content/post_1790432.html (a city agriculture bureau after a special
    # inspection of a field, the city's rural revitalisation funds: the visit names a field, not a body, so the unit is
    # the one fed back, 市农业农村局党组; 8月下旬至10月下旬 (parts of months) not scored; the meeting of 7月19日 and the
    # 3 and 4 meetings are no field)
    ("zhanjiang_agriculture_funds_special_progress", "http://nyncj.zhanjiang.gov.cn/ztzl/xczg/content/post_1790432.html", "progress", """根据市委统一部署,2022年8月下旬至10月下旬,市委第四巡察组对全市农业农村领域乡村振兴资金管理使用开展了专项巡察,2023年2月22日,市委第四巡察组向市农业农村局党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改进展情况予以公布。
……(一)坚持高位部署,强力推进巡察整改工作。……7月19日,主持召开专项巡察整改推进会,对巡察整改工作进行再部署、再推进,……
(二)加强组织领导,形成协同高效的整改工作合力。……我局先后召开3次局党组(扩大)会议、4场巡察整改推进会议,……
""", {"unit": "市农业农村局党组", "group": "市委第四巡察组", "term": None, "round": None,
      "feedback_date": date(2023, 2, 22), "figures": []}),
    # http://www.xiangqiao.gov.cn/xwsd/bmzx/content/post_3873201.html (a district agriculture bureau after a crossed
    # special inspection of a city's round: term 15, round 2 (十五届市委第二轮); the group's one name in the title and
    # body is scored; the visit names 湘桥区农业农村局 and the feedback its 党组, so the unit is not scored; 3方面13个问题
    # 细化分解为24个分项问题: the finer count 24 (settled convention 4); 已完成…5个 completed, 整改中的…5个 in progress;
    # 阶段性完成…14个 not scored; no visit dates)
    # r17 pass, corrected: 阶段性完成并需要长期坚持的反馈问题14个 is a stated status count, and the set's metric for
    # problems to be kept up over the long term (需长期坚持) is long_term, as completed and in_progress are beside it;
    # the reader left it unscored, the importer reads it: expected (a reading omitted, not a rule gain)
    ("xiangqiao_agriculture_crossed_special_progress", "http://www.xiangqiao.gov.cn/xwsd/bmzx/content/post_3873201.html", "progress", """潮州市湘桥区农业农村局党组关于落实专项巡察第五交叉巡察组反馈意见集中整改进展情况的通报
2023-12-08 15:12  稿件作者:   浏览量:- 【浏览字体: 】    分享到:
        根据十五届市委第二轮巡察工作统一部署,专项巡察第五交叉巡察组对湘桥区农业农村局进行了乡村振兴资金管理使用专项巡察。2023年2月17日,巡察组将巡察情况向湘桥区农业农村局党组作了反馈,指出我局存在3方面13个问题,在整改过程中我局具体细化分解为24个分项问题。截至2023年11月29日,已完成反馈问题整改5个,阶段性完成并需要长期坚持的反馈问题14个,整改中的反馈问题5个。按照党务公开原则和巡察工作有关要求,现将巡察集中整改进展情况予以公布。
        一、履行主体责任,抓好整改任务
""", {"group": "专项巡察第五交叉巡察组", "term": 15, "round": 2, "start": None, "end": None,
      "feedback_date": date(2023, 2, 17), "figures": [("problems", 24), ("completed", 5), ("in_progress", 5),
                                                     ("long_term", 14)]}),
    # http://www.sgrh.gov.cn/zwgk/tzgg/content/post_2820727.html (a county media centre's report: the group named with
    # its number and then as 县委巡察组, scored; the feedback goes to 我中心, the visit names 县融媒体中心)
    ("shixing_media_centre_progress", "http://www.sgrh.gov.cn/zwgk/tzgg/content/post_2820727.html", "progress", """根据县委统一部署,2024年9月23日至12月27日,县委第三巡察组对县融媒体中心进行了巡察。2025年2月17日,县委巡察组向我中心反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察集中整改进展情况予以公布。
一、以政治建设为统领,把巡察整改作为重大政治任务抓紧抓实。
(一)加强组织领导,落实主体责任。迅速成立巡察整改工作领导小组,统筹推进整改工作落实。……
""", {"unit": "县融媒体中心", "group": "县委第三巡察组", "term": None, "round": None, "start": date(2024, 9, 23),
      "end": date(2024, 12, 27), "feedback_date": date(2025, 2, 17), "figures": []}),
    # http://www.gthyjng.cn/bwgjs/djygh/202509/t20250909_605073.htm (a memorial museum's party group, with its
    # title repeated under the site's column chrome; the material sent on 10月21日 is no field)
    ("gutian_memorial_museum_progress", "http://www.gthyjng.cn/bwgjs/djygh/202509/t20250909_605073.htm", "progress", """您现在的位置:首页 > 博物馆建设 > 党建与工会
【党建与工会】
中共古田会议纪念馆党组关于巡察整改进展情况的通报
时间:2025年09月04日    
中共古田会议纪念馆党组关于巡察整改进展情况的通报
  根据龙岩市委巡察工作统一部署,2024年3月25日至5月12日,市委巡察一组对古田会议纪念馆党组进行了巡察,并于2024年10月18日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
  一、压实政治责任,抓紧抓实抓细整改工作
  ……一是统一思想、全力以赴。2024年10月18日巡察意见反馈后,馆党组第一时间对反馈意见整改工作进行安排部署,……10月21日印发了巡察情况反馈会议相关材料,……
""", {"unit": "古田会议纪念馆党组", "group": "市委巡察一组", "term": None, "round": None, "start": date(2024, 3, 25),
      "end": date(2024, 5, 12), "feedback_date": date(2024, 10, 18), "figures": []}),
    # http://asctjt.com.cn/news.aspx?id=342 (a city investment group's note on its rectification at the push stage, a body
    # with no title, no inspection named by group or date: the 5 meetings, 2 visits and 3 projects are no metric; a
    # traditional-script copy of the same note is at m.ruby-drake.com/news.aspx?id=342 and is not taken)
    ("construction_group_rectification_push_note", "http://asctjt.com.cn/news.aspx?id=342", "progress", """5月以来,巡察整改工作进入攻坚阶段,集团上下坚持“台账式管理、项目化推进”,召开专题调度会议5次,主要领导现场督导2次,对难点问题建立“周调度”机制,由分管领导牵头协调,实行台账动态更新,确保问题见底清零。
通过与业务、监督、党建等部门多维度联动,形成合力,紧盯重点问题,取得了一系列突破进展。建投集团经过多方努力,与监理公司已达成可行的支付比例,正在对3个未决算项目进行报决审批;……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.ssqfy.hbfy.gov.cn/DocManage/ViewDoc?docId=229a925b-e58e-4cbe-80a3-eaab08e7611b (a district court's party
    # group after a raised-level crossed inspection: the visit names 我院党组, so the unit is not scored; 12项规章制度
    # rules, 整改措施56条 measures)
    ("shashi_court_raised_crossed_progress", "http://www.ssqfy.hbfy.gov.cn/DocManage/ViewDoc?docId=229a925b-e58e-4cbe-80a3-eaab08e7611b", "progress", """中共荆州市沙市区人民法院党组关于巡察整改进展情况的通报
2025-08-07 11:00
来源: 沙市区人民法院
    浏览: 116
根据市委巡察工作统一部署,2024年9月20日至12月31日,市委第五巡察组对我院党组开展了提级交叉巡察,并于2025年2月26日反馈了巡察意见。根据巡察工作有关要求,现将巡察整改进展情况予以公布。
一、巡察整改组织领导情况
……二是健全完善制度,强化督查检查。整改期间,共新建、修订、完善12项规章制度,确保反馈问题有效整改。……
三是细化工作措施,强化整改实效。针对反馈问题,结合工作实际,建立巡察反馈问题整改台账,共制定整改措施56条,……
""", {"group": "市委第五巡察组", "term": None, "round": None, "start": date(2024, 9, 20), "end": date(2024, 12, 31),
      "feedback_date": date(2025, 2, 26), "figures": [("rules_established", 12), ("measures", 56)]}),
    # https://public.huiji.gov.cn/D49Y/8738334.jhtml (a district administrative approval bureau's report: 为期45天 and the
    # 3 months of rectification are no metric; the feedback goes to 我局, the visit names the bureau's party group)
    ("huiji_approval_bureau_progress", "https://public.huiji.gov.cn/D49Y/8738334.jhtml", "progress", """按照区委统一部署,2024年3月5日至4月18日,区委第一巡察组对区行政审批和政务信息管理局党组开展了为期45天的政治巡察。2024年5月16日,区委第一巡察组向我局反馈了巡察意见,经过3个月集中整改和《郑州市委巡察整改情况公开办法》有关规定,现将巡察整改情况予以公布:
(一)党组书记组织落实整改工作情况
1.强化责任担当,切实提高政治站位。收到区委第一巡察组巡察反馈意见后,主动认领问题,……
""", {"unit": "区行政审批和政务信息管理局党组", "group": "区委第一巡察组", "term": None, "round": None,
      "start": date(2024, 3, 5), "end": date(2024, 4, 18), "feedback_date": date(2024, 5, 16), "figures": []}),
    # http://www.zs.gov.cn/yjj/gggs/content/post_2547585.html (a city emergency bureau's report: the group named with its
    # number and then as 市委巡察组, scored; the 13 feedback problems its secretary leads on are not all the problems, so
    # no figure; the 5 and 2 meetings are no metric)
    ("zhongshan_emergency_bureau_progress", "http://www.zs.gov.cn/yjj/gggs/content/post_2547585.html", "progress", """根据市委统一部署,2024年9月23日至12月20日,市委第三巡察组对中山市应急管理局党委开展巡察。2025年1月13日,市委巡察组向中山市应急管理局党委反馈巡察意见。按照巡视巡察工作有关要求,现将巡察整改进展情况予以公布。
一、党委履行巡察整改主体责任情况
(一)提高思想认识,落实整改责任,强化整改实效。……开展集体学习5次,增强抓好巡察整改的思想自觉、政治自觉和行动自觉,……
(二)党委书记切实履行巡察整改第一责任人责任,推动全局扎实做好巡察整改工作。局党委书记坚持以上率下,牵头制定整改方案,……主动领办13项反馈问题;2次召开巡察整改专题会议,……
""", {"unit": "中山市应急管理局党委", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2024, 9, 23),
      "end": date(2024, 12, 20), "feedback_date": date(2025, 1, 13), "figures": []}),
    # http://www.whjjw.gov.cn/html/wenzhang_778932.html (a city emergency bureau's report: 9月23日 without a year takes
    # 2022, after the visit's end (settled convention 1); the group named with its number and then as 市委巡察组; the 4
    # meetings are no metric)
    ("wuhu_emergency_bureau_progress", "http://www.whjjw.gov.cn/html/wenzhang_778932.html", "progress", """根据市委统一部署,2022年5月6日至7月25日,市委第三巡察组对市应急管理局党委开展了巡察。9月23日,市委巡察组向市应急管理局党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
一、加强组织领导,把巡察整改作为首要政治任务抓紧抓好
……三是严格规范流程,推动整改落实。……局整改领导小组定期召开巡察整改调度推进会4次,听取责任科室整改情况汇报,……
""", {"unit": "市应急管理局党委", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2022, 5, 6),
      "end": date(2022, 7, 25), "feedback_date": date(2022, 9, 23), "figures": []}),
    # https://yjglj.sh.gov.cn/xwzx/gg/20260204/bf3836ddf3fe44cd8f183c1c04e94e43.html (a municipal emergency bureau's
    # report after a municipal 巡视: term 12, round 5 from the round whose report the secretary heard (十二届市委第五轮巡视),
    # which is the visiting group's; 7个方面16个问题，细化分解为41个具体问题: the finer count 41 (settled convention 4);
    # 145项整改措施 measures)
    ("shanghai_emergency_bureau_municipal_progress", "https://yjglj.sh.gov.cn/xwzx/gg/20260204/bf3836ddf3fe44cd8f183c1c04e94e43.html", "progress", """根据市委统一部署,市委第六巡视组于2024年10月18日至12月20日对市应急局党委开展巡视,并于2025年3月1日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、党委及主要负责人组织落实整改情况
(一)党委巡视整改主体责任落实情况
1.加强组织领导,压实各方责任
局党委认真贯彻落实习近平总书记关于巡视工作的重要论述,以及陈吉宁书记在市委书记专题会听取十二届市委第五轮巡视情况汇报时的讲话精神,……
2.统筹推进落实,细化整改方案
……逐条逐项形成的《整改落实方案》及《巡视整改台账》,将反馈的7个方面16个问题,细化分解为41个具体问题,对应制定145项整改措施,……
""", {"unit": "市应急局党委", "group": "市委第六巡视组", "term": 12, "round": 5, "start": date(2024, 10, 18),
      "end": date(2024, 12, 20), "feedback_date": date(2025, 3, 1), "figures": [("problems", 41), ("measures", 145)]}),
    # --- news (feedback meetings, mobilisations, rectification news, checks that are no party inspection) ------------
    # http://www.changwu.gov.cn/xw/zwyw/202311/t20231120_1700895.html (a city inspection group's deputy leader on a
    # research visit (调研) to a county's Red Cross projects: no visit of an inspection stated, no dates, no findings;
    # the group is not scored, since it is named but visits for research)
    ("changwu_red_cross_group_research_visit", "http://www.changwu.gov.cn/xw/zwyw/202311/t20231120_1700895.html", "news", """11月17日,市委第三巡察组副组长张洪林一行来我县调研红十字会项目建设、基层组织建设、人道救助开展情况。副县长邹国行陪同调研。
张洪林一行在亭口镇二厂村、洪家镇山兴村、县社会福利院通过实地察看、听取汇报等方式,详细了解通村路建设、卫生室建设、操场改造项目工作进展情况。
在随后召开的汇报会上,县红十字会围绕组织体系建设、亮点工作开展、目前存在问题及工作推进计划等方面做了重点汇报。
巡察组对我县红十字会在项目建设、基层组织建设、人道救助等方面工作给予充分肯定。希望我县要继续加大宣传力度,……
""", {"units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.zqx.gov.cn/info/1040/5873.htm (a county's hearing on its first round of 2019: round 1 (2019年第一轮, a
    # year and a round), no term; the leading group's criticism of its own groups' work (不足…一是对政治巡察定位把握的
    # 还不够) is no finding of an inspection, so no problems; three groups, none named)
    ("zhouqu_2019_first_round_hearing", "http://www.zqx.gov.cn/info/1040/5873.htm", "news", """6月26日上午,舟曲县召开2019年第一轮巡察工作书记专题汇报会。……县委三个巡察组组长、副组长、联络员参加了会议,会议由县委书记、县委巡察工作领导小组组长石华雄主持。
会议传达学习了全国市县巡察工作推进会精神及赵乐际同志在推进会上的讲话,县委巡察办主任简要汇报了2019年第一轮巡察工作开展情况,三个巡察组就本次巡察情况及发现的问题单独进行了汇报。……
会议认为,本轮巡察工作部署周密,组织有序,成效比较明显,……在肯定成绩的同时也指出了不足,主要表现为:一是对政治巡察定位把握的还不够,没有突出“三大问题”、“两个责任”落实方面的巡察;二是没有很好的把常规巡察和对当前重点工作巡察有机结合起来,致使巡察工作成效不凸显,震慑作用欠佳;三是巡察工作没有做到点面结合,发现的面上问题没有具体到责任主体,点人点事不到位。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://yulin.qinfeng.gov.cn/info/1101/25265.htm (a city water bureau's forum on a campaign against unhealthy
    # practices: the city's raised-level inspection is named only for its 38 problems to press on; the forum's day is no
    # inspection date; no group named)
    ("yulin_water_supply_campaign_forum", "https://yulin.qinfeng.gov.cn/info/1101/25265.htm", "news", """9月13日,市水利局召开全市农村供水保障水平不高问题座谈会,市水利局、市纪委监委驻市水利局纪检监察组负责同志,各县市区水利局和派驻水利局纪检监察组负责同志参加会议。
会议指出,开展群众身边不正之风和腐败问题集中整治,是以习近平同志为核心的党中央推进全面从严治党的重大战略部署,……
驻市水利局纪检监察组要求,全市水利系统各级党员干部要强化底线思维,狠抓市委提级巡察反馈全市农村供水安全反馈的38个问题,进一步夯实责任体系,……(编辑:姜力卓)
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None}),
    # http://nyncj.yichun.gov.cn/ycsnyncj/gzdt/202308/de3190574690476dac3bdaeabe56af58.shtml (a provincial department's
    # look-back spot check of farmland projects: a check, no party inspection; the towns visited are no units)
    ("yichun_farmland_look_back_spot_check", "http://nyncj.yichun.gov.cn/ycsnyncj/gzdt/202308/de3190574690476dac3bdaeabe56af58.shtml", "news", """8月21-24日,省厅农田建设处二级调研员黎建华一行到宜春市开展高标准农田建设工程质量排查整改“回头看”省级抽查,市农业农村局总经济师卢小桂陪同。
检查组一行听取宜春市高标准农田专项整治“回头看”工作情况汇报后,采取随机抽取、分组进行的方式,先后到袁州区洪塘镇、湖田镇、新田镇,上高县野市乡、四溪镇、蒙山镇、翰堂镇、新界埠镇,……等地实地察看了2017年以来部分高标准农田项目运行情况和专项整治问题排查整改情况,……
检查组指出,高标准农田工程质量问题是省级十大专项整治内容之一,“回头看”抽查发现问题后期要移交省纪委,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.ahtlxjjjc.gov.cn/html/wenzhang_449422.html (a district discipline secretary visiting the group it
    # formed for a city's special round of health inspections: term 10, round 4 (十届市委第四轮巡察); the group's three
    # units named; 3月18日进驻 has no year on the page, so no start; the group, one for three units, is not scored)
    ("yian_special_group_visit_three_hospitals", "http://www.ahtlxjjjc.gov.cn/html/wenzhang_449422.html", "news", """3月30日,区委常委、纪委书记、监委主任张健带队赴枞阳县看望十届市委第四轮巡察县区第二专项巡察组成员。区纪委、区委巡察办有关同志陪同。 根据十届市委第四轮巡察(医疗卫生领域专项巡察)统一部署,县区第二专项巡察组由义安区委组建,受市委授权负责对枞阳县人民医院、中西结合医院和郊区卫计局开展政治巡察。巡察组于3月18日进驻枞阳县,随后就投入紧张的工作,并且放弃了周末的休息时间。 在巡察组驻地,张健仔细察看巡察组成员的办公、住宿等情况。……
""", {"unit": "", "units": ["枞阳县人民医院", "中西结合医院", "郊区卫计局"], "term": 10, "round": 4, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://investchn.com/home/news/detail/id/477928.html (a county-level city's group mobilised at seven health
    # bodies at once, copied on an investment portal: the seven named as the body writes them (市卫生健康委, the
    # headline's 市卫健委 short), 党组织 said once after them; the meeting's day is no start; one group for seven units
    # is not scored)
    ("haian_second_group_seven_health_bodies", "https://investchn.com/home/news/detail/id/477928.html", "news", """市委第二巡察组巡察市卫健委、红十字会、医保局、人民医院、中医院、第三人民医院、皮肤病医院党组织工作动员会召开
发布时间:2024-03-20 来源:海安日报 发布开发区:海安经济技术开发区
2024年3月18日下午,市委第二巡察组巡察市卫生健康委、红十字会、医保局、人民医院、中医院、第三人民医院、皮肤病医院党组织工作动员会在公共卫生中心餐厅二楼会议室召开。会上,市委第二巡察组组长王长荣就巡察工作作动员讲话,副组长陈兴明主持会议。荣指出
王长荣指出,要提高政治站位,保持政治定力,……
会上,市医保局、市中医院、市第三人民医院主要负责人代表被巡察党组织分别作了表态发言。……
""", {"unit": "", "units": ["市卫生健康委", "红十字会", "医保局", "人民医院", "中医院", "第三人民医院", "皮肤病医院"],
      "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://ningxia.chinatax.gov.cn/art/2024/2/18/art_15709_325566.html (the tax administration's hearing of its
    # provincial bureaus' heads on discipline and party building: no inspection; the provinces named are no units)
    ("tax_administration_accountability_hearing", "http://ningxia.chinatax.gov.cn/art/2024/2/18/art_15709_325566.html", "news", """2月7日,国家税务总局召开2023年度省级税务局“一把手”述责述廉、党委书记抓党建述职评议会议。国家税务总局党委书记、局长胡静林主持会议并强调,……
会上,广西壮族自治区、海南省、江西省、福建省、重庆市税务局“一把手”通过视频方式依次进行述责述廉,……北京市、深圳市、吉林省、陕西省税务局和总局驻西安特派办党委书记通过视频方式依次作抓党建述职,客观总结成绩,深入查摆问题,提出改进措施。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://cgj.yueyang.gov.cn/9919/9940/20352/content_1917974.html (a city urban management bureau's annual work
    # report: no inspection at all; its tonnages and counts of bodies are no metric)
    ("yueyang_urban_management_work_report", "http://cgj.yueyang.gov.cn/9919/9940/20352/content_1917974.html", "news", """立足更高定位 彰显更大作为 推动城市管理和综合执法事业高质量发展 以优异成绩迎接党的二十大胜利召开
来源:市城管局   2022-03-10 11:51
2022年城市管理和综合执法工作报告市城管局党组书记、局长  杜  宇
(2022年2月28日)
同志们:
今天,我们召开局系统工作会议,……全面总结2021年工作,表彰先进单位和先进个人,安排部署2022年度工作,……
(一)城市形象在精细管理中持续提升。……市中心城区约1200吨/日生活垃圾实现日产日清、焚烧发电。126家市直公共机构和472家区属公共机构全面实施生活垃圾分类,11个街道创建示范街道。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://jw.sicau.edu.cn/info/1080/4401.htm (a university's sixth round: its first group's feedback to a library and
    # archives branch: round 6, feedback 2024-06-26; the group (第一巡察组 of the round) is not scored; the four aspects'
    # findings each close with 等问题, so problems are not scored)
    ("sicau_library_archives_branch_feedback", "https://jw.sicau.edu.cn/info/1080/4401.htm", "news", """按照学校党委统一部署,2024年6月26日,学校党委第六轮巡察第一巡察组巡察图书馆档案馆直属党支部情况反馈会在成都校区图书馆一楼会议室召开,雅安校区、都江堰校区图书馆档案馆以视频会议形式参加。……图书馆档案馆直属党支部书记刘菲主持会议。
第一巡察组组长侯莉逐一反馈了此次巡察情况。……但在“四个聚焦”方面,巡察工作也发现了一些问题,主要表现在:
一是在聚焦党中央决策部署在基层落实情况方面,还存在学习贯彻习近平新时代中国特色社会主义思想尚有差距,服务学校高质量发展存在短板等问题。二是在聚焦群众身边不正之风和腐败问题方面,还存在党支部落实主体责任不够严实,党风廉政建设落实不力,作风建设有待加强等问题。……
""", {"unit": "图书馆档案馆直属党支部", "term": None, "round": 6, "start": None, "end": None,
      "feedback_date": date(2024, 6, 26), "figures": []}),
    # https://www.cdrb.com.cn/epaper/cdrbpc/202312/11/c124830.html (a district group company's own special check of asset
    # letting by its audit and discipline office: a check, no party inspection; 13个问题 urged to be fixed is a check's
    # count, no figure)
    ("jinjiang_group_asset_letting_check", "https://www.cdrb.com.cn/epaper/cdrbpc/202312/11/c124830.html", "news", """本报讯 (成都日报锦观新闻记者 陈方耀) 为进一步推动集团资产招商工作规范化实施,近期,锦江发展集团公司审计监察法务部协同纪律检查室,组织开展了资产招商专项监督检查。
据悉,根据前期制定的专项检查方案和检查目录,检查组对30余处资产进行检查,……通过现场访谈、调阅资料、实地调研等方式督促整改了13个问题。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://pejw.pes.gov.cn/html/xsxc/content/2024020690740.html (a county inspection office's archive training: 13轮次
    # is a count of rounds archived, no round; no inspection of its own)
    ("lancang_inspection_archive_training", "https://pejw.pes.gov.cn/html/xsxc/content/2024020690740.html", "news", """“我们要把巡察档案作为准确记录、反映巡察工作真实面貌、客观评价巡察工作发展历程和探索巡察工作发展规律的重要依据。”近日,在澜沧县委巡察机构档案业务培训会上,巡察办主要负责人就加强档案管理提出要求。
……巡察前,各巡察组按照巡察进驻准备、汇报座谈、查阅资料、个别谈话、意见反馈、问题线索、问题底稿、巡察报告等环节,全面做好巡察档案资料收集工作。……
截至目前,县委巡察办已完成13轮次巡察档案全部立卷归档工作。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.ljjjjc.gov.cn/lzsd/18910557.html (a county group's look-back at the transport bureau mobilised: unit
    # 县交通运输局党组, group 县委第四巡察组; 12月30日 is the meeting's day, no start)
    ("lujiang_transport_look_back_mobilisation", "http://www.ljjjjc.gov.cn/lzsd/18910557.html", "news", """县委第四巡察组:对县交通运输局党组巡察“回头看”工作动员会召开
根据县委统一部署,12月30日上午,县委第四巡察组对县交通运输局党组巡察“回头看”工作动员会召开。巡察组组长陶卫东作动员讲话,县交通运输局党组书记、局长吕明才主持会议并作表态发言。
陶卫东指出,巡视巡察是党内监督的战略性制度安排,开展巡察“回头看”是推动问题整改、巩固整改成效、深化标本兼治的重要举措。……
县委第四巡察组全体成员、县纪委监委驻县委组织部纪检监察组组长,县交通运输局领导班子成员、二级机构负责人及机关全体工作人员参加会议。(县委第四巡察组)
皖公网安备 34012402000415号
""", {"unit": "县交通运输局党组", "group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a city group's feedback to a banner on its forest-chief system, a special
    # inspection: the feedback names the banner, a place, so the unit is not scored; feedback 2024-09-04; the findings
    # after 主要是 end in 等问题 and are not scored)
    ("horqin_left_rear_forest_chief_special_feedback", "search corpus pages (no URL returned)", "news", """市委第十巡察组向科左后旗反馈专项巡察情况
按照市委巡察工作领导小组安排,2024年9月4日,市委第十巡察组组长王广有向科左后旗反馈了林长制落实情况专项巡察情况。市委巡察办副主任包占柱对抓好巡察整改工作提出要求。旗委副书记、旗长郭天宝同志主持会议并作了表态。
王广有在反馈巡察情况时指出,……但巡察也发现一些问题和差距。主要是:贯彻落实习近平生态文明思想和习近平总书记对林长制工作的要求有差距、林长制政策举措落实推进缓慢、落实生态修复不够到位、落实灾害防控措施存有弱项,行政执法建设、执法监督还有短板等问题。……
""", {"group": "市委第十巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2024, 9, 4), "figures": []}),
    # http://lyj.dazhou.gov.cn/news-show-126.html (a city forestry bureau helping with a case the central environmental
    # inspection (督察) handed over: a 督察 is no party inspection; the 4 meetings are no metric)
    ("dazhou_forestry_environmental_inspection_case", "http://lyj.dazhou.gov.cn/news-show-126.html", "news", """8月29日上午,达州市林业局接到协助办理中央第五生态环境保护督察组交办达州市的涉林群众来信来电信访件1件,……
达州市林业局高度重视迎接第二轮中央生态环境保护督察工作,……先后4次召开第二轮中央生态环境保护督察工作专题会,成立迎接督察工作领导小组及综合协调、信访维稳、案件督查和追责问责四个工作组,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- round-level notices and statistics --------------------------------------------------------------------------
    # http://www.xiongan.gov.cn/20250424/692610eb11ad4ffd8728818d21281ef7/c.html (a new area's working committee's
    # fourth round fed back: three centres named; the three counties' discipline bodies and organisation departments
    # inspected a level up are counted by kind, not named, so they are no units; 近日 and the dateline's 4月24日 give no
    # feedback date; groups not named by number)
    ("xiongan_fourth_round_feedbacks", "http://www.xiongan.gov.cn/20250424/692610eb11ad4ffd8728818d21281ef7/c.html", "rounds", """中国雄安官网4月24日电 根据雄安新区党工委部署,党工委第四轮巡察反馈工作近日全部完成。反馈会议传达了省委常委,雄安新区党工委书记、管委会主任、党工委巡察工作领导小组组长张国华同志在听取第四轮巡察情况汇报时的讲话精神,党工委巡察组分别向新区财政支付中心、政务服务中心、接待服务中心,提级巡察的三县纪委监委机关、三县县委组织部党组织主要负责同志通报了巡察发现的问题,向领导班子反馈了巡察情况。被巡察党组织主要负责同志作表态发言。
反馈要求,被巡察党组织要不折不扣贯彻落实习近平总书记重要指示精神和党中央决策部署,……
""", {"unit": "", "units": ["新区财政支付中心", "政务服务中心", "接待服务中心"], "group": None, "term": None, "round": 4,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://jjjc.yinchuan.gov.cn/xsxc/gzdt/202404/t20240419_4517012.html (a city's account of its inspection work: 113
    # typical problems and clues counted together are no figure, nor are meetings, posts and cadres; no round)
    ("yinchuan_inspection_work_account", "http://jjjc.yinchuan.gov.cn/xsxc/gzdt/202404/t20240419_4517012.html", "rounds", """近年来,银川市深入学习贯彻习近平总书记关于巡视工作的重要论述,坚决落实党中央决策部署和自治区党委工作要求,……
(一)统筹抓好“谋划部署”与“责任落实”,抗稳抓牢主体责任。……一是狠抓部署落实。先后18次召开书记专题会、市委常委会传达学习习近平总书记关于巡视工作的重要论述,听取巡察情况,研究部署巡察工作。市委主要领导……书记专题会上先后对113项典型问题和问题线索提出明确处置意见,推动解决“中梗阻”问题。二是狠抓履职尽责。市委巡察工作领导小组……先后召开各类会议25次研究巡察工作,……三是狠抓机构建设。一次性为市委巡察机构补充8个编制,……选配11名处级专职巡察干部,26名市县巡察干部得到提拔使用。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://fazhish.org.cn/show-420100.html (a city's look-back at six departments, on a copied domain: the six are
    # not named, so no units; 7月下旬至8月中旬 (parts of months) not scored; 五届市委巡察全覆盖 names the term's coverage
    # as a goal, so the term is not scored; two groups, none named)
    ("wuzhong_look_back_six_departments", "http://fazhish.org.cn/show-420100.html", "rounds", """“这次市委巡察‘回头看’的重点是坚持问题导向,看被巡察单位问题整改是否到位,……”近日,吴忠市委巡察办深入各巡察组驻地,督导市委巡察“回头看”工作,……
为进一步推动五届市委巡察全覆盖,检验和巩固巡察反馈问题整改成果,结合工程建设政府采购等重点领域突出问题专项治理工作,7月下旬至8月中旬,市委组建2个巡察组,对6个已巡察市直部门集中开展巡察“回头看”,重点了解被巡察党组织整改责任落实情况、问题整改落实情况、成果运用情况、专项治理工作进展情况,……(吴忠市纪委监委)
""", {"unit": "", "units": [], "group": None, "round": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.xtrb.cn/xt/2025-05/14/content_974574.htm (a city's tenth round mobilised: term 10, round 10; its units
    # are counted by kind (two development zones of the city, 18 counties' zones, some villages), so units are not
    # scored; the meeting's day is no start)
    ("xingtai_tenth_term_tenth_round_mobilisation", "http://www.xtrb.cn/xt/2025-05/14/content_974574.htm", "rounds", """全市巡察工作会议暨十届市委第十轮巡察工作动员部署会议召开
本报讯(记者籍明泉)5月13日,全市巡察工作会议暨十届市委第十轮巡察工作动员部署会议召开,传达学习中央和省委有关会议精神,落实中央和省委关于巡视巡察工作的新部署新要求,对十届市委第十轮巡察工作进行动员部署。
……根据省委巡视工作部署要求和市委巡察工作安排,本轮巡察将对市本级两个开发区和18个县(市、区)经开区以及部分村(社区)开展巡察。
……要精准把握本轮巡察监督重点,聚焦市经开区和市高新区突出主责主业改革以来取得的工作成效和干部队伍精神状态、18个县(市、区)经开区管委会作用发挥、村“两委”换届准备、社区助力温暖之城建设成效等情况开展巡察,……
""", {"unit": "", "group": None, "term": 10, "round": 10, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://www.kflz.gov.cn/sitesources/lhsjjw/page_pc/xcjy/mtjj/articlec0be3c074105453e9d7e417cbcafadc0.html (a
    # county's account of its rectification oversight (五书制): letters, opinions, a reminder and an interview counted
    # are no findings of an inspection; no round, group or dates)
    ("linying_rectification_five_letters", "https://www.kflz.gov.cn/sitesources/lhsjjw/page_pc/xcjy/mtjj/articlec0be3c074105453e9d7e417cbcafadc0.html", "rounds", """临颍县认真贯彻落实习近平总书记关于巡视整改工作重要讲话精神,工作中探索总结了“五四三”工作模式,全力做好巡察“后半篇文章”,……
“五书制”压实整改责任。……整改初期,向整改单位提前下发《整改督查督办通知书》,提出整改意见,明确整改任务。……对整改严重超期的,报请县委巡察工作领导小组提出问责建议,按照干部管理权限,下发《巡察整改问责书》,约谈单位主要负责人,并进行严肃问责。截至目前,先后下发《巡察整改阶段督查指导书》16份,提出督导意见46条;下发《巡察整改工作提醒书》1份;约谈提醒被巡察单位负责人1名。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://js.zjol.com.cn/ycxw_zxtf/201701/t20170106_2707067.shtml (a provincial paper on a term's full coverage: term
    # 13 (第十三届浙江省委, the committee whose inspections the text sums up); 14轮 counted and 2016's rounds named
    # together give no round; its counts are of two years' rounds and a term, so figures are not scored; the colleges'
    # figures belong to other inspections)
    ("zhejiang_thirteenth_term_full_coverage", "http://js.zjol.com.cn/ycxw_zxtf/201701/t20170106_2707067.shtml", "rounds", """浙江255个地区单位党组织完成“政治体检”
2017年01月06日 14:53:26
浙江在线1月6日讯(浙江在线记者 丁谨之)记者从省委巡视组了解到,2016年12月底,随着省委巡视组完成该年度第三轮对26家单位巡视和6个县(市、区)巡视“回头看”,第十三届浙江省委顺利实现巡视工作全覆盖,共开展14轮巡视,完成对255个地区(单位)党组织的“政治体检”。
在2016年前两轮巡视中,就累计谈话5000余人次,受理各类信访461批次,发现被巡视单位存在党的领导弱化、党的建设缺失、全面从严治党不力等问题651个。
2016年以来,省委巡视组共向被巡视单位反馈问题1029个,目前均已完成整改。……
""", {"unit": "", "units": [], "group": None, "term": 13, "round": None, "start": None, "end": None,
      "feedback_date": None}),
    # https://www.qinfeng.gov.cn/info/1026/233145.htm (a county's village inspections since 2024 in sum: 598 problems;
    # 问题线索21件 found are the clues figure (settled convention 6), 立案17件 cases filed, 党纪政务处分17人 people
    # disciplined; 132 villages and the 80.49% coverage are no metric)
    ("yongshou_village_inspections_sum", "https://www.qinfeng.gov.cn/info/1026/233145.htm", "rounds", """近年来,永寿县委巡察机构坚持把强化对村(社区)巡察作为做实基层监督、推动基层治理、护航乡村振兴的重要举措,切实打通全面从严治党“最后一公里”。2024年以来,已巡察村(社区)132个,巡察覆盖率80.49%,巡察共发现问题598个、问题线索21件,立案17件,党纪政务处分17人。
永寿县委巡察机构始终把政治立场、政治标准、政治要求贯彻落实到巡察全过程,……采取巡镇延村和直接巡村两种方式,开展对村(社区)巡察,……(永寿县纪委监委)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 598), ("clues_transferred", 21), ("cases_filed", 17),
                                         ("disciplined_people", 17)]}),
    # https://nanchang.baogaosu.com/xinwen/%25E6%2588%2591%25E7%259C%2581%25E5%25BC%2580%25E5%25B1%2595%25E4%25BB%258A%25E5%25B9%25B4%25E7%25AC%25AC%25E4%25BA%258C%25E8%25BD%25AE%25E5%25B7%25A1%25E8%25A7%2586/47327398
    # (a province's second round of the year, its 28 units one a line under a heading, reposted on a city portal: round 2
    # (今年第二轮); the list is cut after its eighth line here, so units are the eight named, without the brackets of
    # member bodies; 预计6月8日前进驻 and 7月25日前完成 are deadlines without a year, no dates)
    # settled convention 7 (r18 pass): 省人大机关 and 省委政法委 keep their included bodies as written (省委政法委（包括省综治办、省维稳办、省610办、省法学会）)
    ("jiangxi_second_round_28_units_lines", "https://nanchang.baogaosu.com/xinwen/%25E6%2588%2591%25E7%259C%2581%25E5%25BC%2580%25E5%25B1%2595%25E4%25BB%258A%25E5%25B9%25B4%25E7%25AC%25AC%25E4%25BA%258C%25E8%25BD%25AE%25E5%25B7%25A1%25E8%25A7%2586/47327398", "rounds", """我省开展今年第二轮巡视
1日,记者从省纪委获悉,根据省委统一部署,省委8个巡视组将对28家单位党组织开展巡视工作,预计6月8日前进驻,7月25日前完成集中巡视任务。
我省巡视全覆盖收官之战
据了解,这轮巡视的28家单位包括省委工作部门10个,省政府事业单位6个,人大、政协机关各1个,人民团体10个。
……
28家被巡视单位
省委工作部门10个,省政府事业单位6个,人大、政协机关各1个,人民团体10个
省人大机关(包括省人大常委会办公厅和省人大内务司法委、省人大财政经济委、省人大教育科学文化卫生委、省人大农业和农村委、省人大环境资源保护委、省人大法制委、省人大常委会法工委、省人大常委会选任联工委、省人大常委会外侨民宗工委、省人大常委会预算工委10个专门委员会)
省红十字会党组
省地方志办党组
江西广播电视台党委
省委政法委(包括省综治办、省维稳办、省610办、省法学会)
省委农工部
省委老干局
省编委办
……
""", {"unit": "", "units": [
    "省人大机关（包括省人大常委会办公厅和省人大内务司法委、省人大财政经济委、省人大教育科学文化卫生委、省人大农业和农村委、省人大环境资源保护委、省人大法制委、省人大常委会法工委、省人大常委会选任联工委、省人大常委会外侨民宗工委、省人大常委会预算工委10个专门委员会）",
    "省红十字会党组", "省地方志办党组", "江西广播电视台党委",
                            "省委政法委（包括省综治办、省维稳办、省610办、省法学会）", "省委农工部", "省委老干局", "省编委办"],
      "group": None, "term": None, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- audit texts (read as the README says: an audit office's texts and audit rectification are no inspection) -----
    # http://www.ntfabu.com/newsepaper/detail/10036_42692_472043_4615024_ntfb.html (a district people's congress and
    # government assigning the audit's problems: an audit's rectification, no party inspection; its 27 problems and 29
    # lists are an audit's; everything absent, which a refusal as an audit text also meets)
    ("tongzhou_audit_problems_assignment", "http://www.ntfabu.com/newsepaper/detail/10036_42692_472043_4615024_ntfb.html", "audit", """通州联合交办审计查出问题清单
本报讯 (通讯员马宇)9月12日,通州区人大常委会、区政府联合召开审计查出问题交办会,会议对2017年度同级审计查出的6大类27项问题进行集中交办,向被审计单位下发了29份整改清单。
2017年,通州区人大常委会专门出台《关于加强审计查出问题整改工作的监督办法》。对审计查出的问题,由审计部门编制问题整改清单,区人大和区政府联合交办,整改率达95%。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/201411/20/P201411200287.htm (Hong Kong's director of
    # audit's reports laid before the council, through a script-converting mirror: an audit office's report, refused
    # as the README says)
    ("hong_kong_director_of_audit_report_63", "http://hanweb.kanhan.com/TuniS/www.info.gov.hk/gia/general/201411/20/P201411200287.htm", "audit", """审计署署长报告书
********
《审计署署长报告书──二零一三至一四年度香港特别行政区政府帐目审计结果》及《审计署署长第六十三号报告书》衡工量值式审计结果,已于今日(十一月二十日)上午提交立法会省览。
政府帐目审计报告书就有关财务报表适当显示政府在二零一四年三月三十一日的资产负债情况,以及结算至该日为止全年度的收支帐目,提供总体保证。
衡工量值式审计的工作是就政府总部任何决策局、政府部门、专责机构和其他公众团体,在履行职务时所达到的节省程度、效率和效益,进行审查。……
《审计署署长第六十三号报告书》包括以下十个章节:
章节 题目
-- --
1 为长者提供的长期护理服务
2 为长者提供的健康服务
3 民航处新总部
……
2014年11月20日(星期四)
香港时间9时40分
""", {"refused": True}),
    # http://zglwb.com/a/lwzx/jingji/4236_2.html (a paper on the national audit office's announcements of results and
    # rectification, page 2 on a paper site: no inspection; everything absent, which a refusal as an audit text also
    # meets)
    ("audit_announcements_paper_page", "http://zglwb.com/a/lwzx/jingji/4236_2.html", "audit", """审计署“十二五”规划明确指出:“把对审计发现问题的整改情况作为审计结果公告的重要内容”。审计机关针对审计发现的问题,追踪披露被审计单位的整改情况,……对2003-2012年审计结果公告的统计分析发现,2008年以前并未公布审计整改报告,2009年有3份整改报告,2010年没有公告,2011年2份,2012年1份。……
二、我国审计结果公告存在的问题 ……1.审计结果公告数量偏少、范围狭窄 ……公开发布的审计结果公告低于全部审计项目的10%。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- noisy copies ------------------------------------------------------------------------------------------------
    # https://alatiku.com/fanwen/zongjie/kkp0z3.html (a model-essay site's template of a school's report with its months
    # and day blanked as X: 2023年X月中旬 and X月23日 give no date; the school is X中学 and not scored; the meetings
    # counted (7次, 5次, 1次) are no metric)
    ("school_progress_template_x_blanks", "https://alatiku.com/fanwen/zongjie/kkp0z3.html", "noisy", """某中学党委关于巡察集中整改进展情况的报告
某中学党委关于巡察集中整改进展情况的报告
根据县委统一部署,县委第一巡察组于2023年X月中旬至X月中旬对X中学党委开展了巡察,并于X月23日将巡察情况向中共X中学党委反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察集中整改进展情况报告如下。
……(二)加强组织领导,狠抓整改落实。……巡察整改期间,学校党委共召开7次班子会、5次全体行政干部会议研究巡察整改工作,召开1次全校教职工会议部署巡察整改工作。……
""", {"group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://ljzjr.cn/china/2019/0331/c_5146.html (a provincial paper's story reposted on a news-farm domain with its
    # chrome (编辑:运营003): a prefecture's special inspection of aid projects and the province's totals side by side;
    # its counts belong to two different inspections and the province's year, so figures are not scored; 十三届省委 is
    # the body checking counties' inspections, no term of the text; no unit, group or dates)
    ("qinghai_prefecture_inspections_reposted", "http://ljzjr.cn/china/2019/0331/c_5146.html", "noisy", """您当前的位置:主页 > 中国 >
青海:群众反对什么就重点巡察什么
2019-03-31 06:06 来源:互联网 编辑:运营003
摘要: 
巡察坚持把推动解决问题作为巡察基层党组织工作的落脚点,注重立行立改、边巡边改,全面整改。西宁市利用纪检
  青海各市州巡察利剑直插基层
  本报讯(记者 李文宁 通讯员 谢占启)……不久前,青海省黄南州对对口支援项目实施及资金使用情况进行了专项巡察,对发现的问题予以通报曝光,在当地引起了不小的震动。……此次巡察发现资金管理、项目监管、项目变更等7个方面27个突出问题,立行立改10个,移交问题线索1条,提出意见建议13条。
  去年以来,青海注重把巡察工作与净化基层政治生态相结合,……全省市(州)县党委巡察机构共发现各类问题6220件、移交问题线索376条。其中,扶贫领域问题483件,问题线索113条。
""", {"unit": "", "units": [], "group": None, "round": None, "start": None, "end": None, "feedback_date": None}),
    # https://www.wentop.com/wen/51/101605.html (a speech-writing site's model speech on a government system's
    # rectification, its places starred out (**小区, **乡镇): 46项具体问题 the problems, 制度18项 rules; 28项完成阶段性
    # 整改 is not scored, as earlier batches leave 阶段性完成; the 12 units, 8 projects and 15 matters are no metric; no
    # group, unit or dates)
    ("speech_template_government_rectification", "https://www.wentop.com/wen/51/101605.html", "noisy", """【提纲】一、提高政治站位,深刻领悟巡察整改是政府系统必须扛起的政治责任。二、坚持问题导向,客观正视巡察整改的成效与短板。三、聚焦重点攻坚,推动巡察整改工作走深走实、见底清零。……
方案,梳理了问题、任务、责任“三张清单”,形成了“主要领导亲自抓、分管领导具体抓、责任科室抓落实”的工作格局。二是突出问题初步整改,针对巡察指出的46项具体问题,目前已有28项完成阶段性整改,比如规范了12个单位的财务报销流程,整改了8个项目建设中的程序不规范问题,解决了15件群众反映强烈的民生实事,如**小区房产证办理难、**乡镇
农村公路破损等问题。三是制度机制初步完善,坚持“当下改”与“长久立”相结合,针对整改中发现的漏洞,新建、修订制度18项,……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 46), ("rules_established", 18)]}),
    # https://www.paiqing-icetech.com/post/212336.html (a generated "report" on a water-governance special inspection
    # on an unrelated company's domain, with its author handle: no body, group, round or dates; its generic findings are
    # not scored)
    ("generated_water_governance_inspection_report", "https://www.paiqing-icetech.com/post/212336.html", "noisy", """水治理专项巡察工作报告
thought1688
水治理专项巡察工作报告
为深入贯彻落实党中央、国务院关于水治理工作的决策部署,全面加强水环境治理,……我们开展了水治理专项巡察工作,现将巡察情况报告如下:
巡察背景
……
巡察发现的主要问题
  1. 部分地区水资源保护意识不强,水资源开发利用与保护矛盾突出。
  2. 水污染防治工作推进不力,部分地区水污染问题依然严重。
  3. 水生态保护工作不到位,部分地区湿地、水源地等生态功能受损。
  4. 水利基础设施建设滞后,部分地区水利工程老化失修,存在安全隐患。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://kaisongmc.com/news/JDGZ/20181022/1810224453210113.html (a county people's congress pressing an audit's
    # rectification, copied onto a gambling site (凤凰体育 over the page) with its chrome: an audit's follow-up, no
    # party inspection; the audited offices, the hospital and the school are no units)
    ("hanyuan_audit_rectification_gambling_copy", "http://kaisongmc.com/news/JDGZ/20181022/1810224453210113.html", "noisy", """凤凰体育
图片
您现在的位置:首页 >> 监督工作 >> 正文
汉源县人大常委会督办审计查出突出问题整改
 【发布日期:2018-10-22】 【字号: 】  【关闭此页
1019日,汉源县人大常委会财经工委召集县政府办、县审计局以及被审计单位县财政局、县教育局、县林业局、县卫计局、县旅游局、县医院、汉源县第一中学负责人,召开专题会议,对审计查出的突出问题进行整改督办。县人大常委会副主任陈永志出席会议。
……陈永志要求,县审计局要以审计报告为依据,及时将审计查出的突出问题以整改清单的方式发给被审计单位,同时抄报县人大常委会财经工委,并在11月底以前将整改报告报送县人大常委会。……(汉源县人大常委会财经工委)
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://jyss.net/forum.php?extra=page%3D55&mod=viewthread&tid=106582 (a district health commission's own 巡查 of a
    # township hospital's branch, reposted on a forum with the forum's anti-copy junk characters between lines, as
    # found: a 巡查 is no party inspection (as the batches read 巡查), so no group, unit list or dates)
    ("liangxu_hospital_patrol_forum_junk", "http://jyss.net/forum.php?extra=page%3D55&mod=viewthread&tid=106582", "noisy", """区卫健委党组第一巡查组巡查梁徐卫生院党支部 工作动员会召开
9 B7 X* [5 b' q; g
, ?% v& `+ Z) ^* O# U4 m/ A8 J4 T* y9 h
6月19日上午,区卫健委党组第一巡查组巡查梁徐卫生院党支部工作动员会在该院三楼会议室召开,出席此次会议的有:区卫健委党组成员、一级主任科员、第一巡查组组长单春旺同志、梁徐街道人大工委主任张学兵同志以及区卫健委党组第一巡查组的全体工作人员。梁徐卫生院领导班子、全体职工、退休党员干部代表以及辖区内12家村卫生室室长参加了会议。会议由该院党支部书记曹礼军主持。2 L+ v; N9 F& y
会上,单春旺组长做了动员讲话,……单组长强调,本次巡查任务时间紧、任务重、要求高,……9 g4 X9 O. T# [6 c
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.y8699.cn/news/566.html (a city's linked inspection of a development zone mobilised, copied onto a
    # gaming site under its banner (万泰娱乐资讯): the group's one name is scored; the zone is named with the parks it
    # manages in a bracket, so the unit is not scored; the provincial group beside it and its 4月11日 meeting are no
    # field; the meeting's day is no start)
    ("yizheng_zone_linked_mobilisation_gaming_copy", "http://www.y8699.cn/news/566.html", "noisy", """万泰娱乐资讯
扬州市委第一联动巡察组巡察仪征经济开发区工作动员会召开
  根据省委巡视工作领导小组统一部署,2022年4月13日,扬州市委第一联动巡察组巡察仪征经济开发区[含统筹管理的扬州化学工业园区、扬州(仪征)汽车工业园、扬州(仪征)大数据产业园]工作动员会召开。会上,省委第七巡视组正处巡视专员、总联络员包曦出席会议并讲话。扬州市委第一联动巡察组组长余通海作了动员讲话,对做好巡察工作提出要求。……
  ……以及4月11日省委第七巡视组巡视仪征市工作动员会精神,……
""", {"group": "市委第一联动巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,  # settled convention 9 (read 扬州市委第一联动巡察组)
      "figures": []}),
    # http://your-vimeo-address.com/27005/617005440/1902916.html (a development zone's first round of 2025 mobilised,
    # in traditional script on an unrelated domain: round 1 (2025年第一輪); no group named; the office speaking is not
    # said to be inspected, so the unit is not scored; the meeting's day is no start)
    ("development_zone_2025_first_round_trad", "http://your-vimeo-address.com/27005/617005440/1902916.html", "noisy", """2月19日,開發區組織召開2025年第一輪巡察工作動員會,對巡察工作進行安排部署。紀檢監察工委書記、黨工委巡察工作領導小組組長劉英群出席會議并講話,管委會副主任、黨工委巡察工作領導小組副組長楊滿懷主持會議。紀檢監察工委、巡察辦、人力資源部主要負責同志及黨政辦公室全體人員參加會議。
會議宣讀了《開發區2025年第一輪巡察工作實施方案》,黨政辦公室主要負責人作表態發言。
……對巡察發現的違反中央八項規定精神問題和其他情節嚴重的問題線索要邊巡邊移、邊巡邊督,形成強力震懾。……
""", {"group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.qdubb.cn/html/2022/xunshixuncha_0801/111588.html (a provincial group's special inspection of a high-tech
    # zone's working committee mobilised, in traditional script on a copying domain: unit the zone's 党工委 (玉溪高新區
    # 黨工委, written here in simplified script), group 省委第九巡视组; 7月28日 is the meeting's day, no start)
    ("yuxi_high_tech_zone_provincial_special_trad", "http://www.qdubb.cn/html/2022/xunshixuncha_0801/111588.html", "noisy", """
按照省委統一部署,7月28日,省委第九巡視組專項巡視玉溪高新區黨工委工作動員會召開。會前,巡視組組長沈光善主持召開與玉溪高新區黨工委書記馬亞東、管委會主任姚翔的見面溝通會,通報了巡視任務,提出了工作要求;……會上,沈光善作了動員講話;周誠崗通報了干擾、對抗巡視的一些典型問題;馬亞東主持會議并表態講話。
省委第九巡視組有關同志,玉溪市委有關負責同志,玉溪高新區黨工委領導班子成員出席會議;玉溪紅塔工業園區、研和工業園區黨工委領導班子成員,……列席會議。
""", {"unit": "玉溪高新区党工委", "group": "省委第九巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.xmdkfw.com/news/20200129/84670.html (a journal paper on the central inspections since the 18th congress,
    # reposted with its abstract and classification lines: no inspection of its own; 十八大 is a party congress, no term)
    ("inspection_history_paper_reposted", "http://www.xmdkfw.com/news/20200129/84670.html", "noisy", """首页
突破与创新:十八大以来中国共产党的巡视工作研究
点击:0时间:2020-01-29 00:32:34
[摘 要]十八大以来,在全面从严治党的新形势下,中国共产党对巡视工作进行了重大突破与全面创新。……巡视工作在要求上严字当头,在布局上实现“全覆盖”,在巡视组的派遣形式上实行“三个不固定”,……
[关键词]十八大;全面从严治党;巡视工作;政党治理
[中图分类号] D262.6 [文献标识码] A
[文章编号]1007-8487(2017)09-0014-09
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://jianhunews.com/article/ranking-content/66908dded0783e1fa78b4576.html (a county media centre's report on a
    # paper's site whose conversion dropped 年/月 and a 察, as found: 2023814日至1031 is 2023-08-14 to 2023-10-31,
    # 20231227日 the feedback (2023-12-27); term 15, round 3 from the title; 33个具体问题 the problems, 30 completed, 3 in
    # progress (正在整改, as r15 reads it); the broken count 413个方面 is none; the broken group name is not scored)
    ("jianhu_media_centre_progress_runtogether", "http://jianhunews.com/article/ranking-content/66908dded0783e1fa78b4576.html", "noisy", """列表详情
首页 > 公告列表 > 详情
中共建湖县融媒体中心委员会关于十五届县委第三轮巡察整改进展情况的通报
建湖日报数字报 2024-07-12
根据县委统一部署,2023814日至1031县委第三巡组对县融媒体中心党委开展了常规巡察。1227县委巡察组向中心党委反馈巡察意见按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、整改工作组织情况
20231227日,县委第三巡察组向县媒体中心党委反馈了巡察意见,共指出413个方面33个问题。县融媒体中心党委高度重视,……
截至2024620日,巡察反馈的33个具体问题,已完成整改30个,正在整改的3个,整改工作取得了较为明显的成效。
""", {"unit": "县融媒体中心党委", "term": 15, "round": 3, "start": date(2023, 8, 14), "end": date(2023, 10, 31),
      "feedback_date": date(2023, 12, 27), "figures": [("problems", 33), ("completed", 30), ("in_progress", 3)]}),
    # http://www-822834.com/news/folder1991/syx/2020/11/2020-11-25468141.html (a county's hearing on its fourteenth round,
    # in traditional script on a copying domain: round 14, the round's visit 2020-07-30 to 2020-10-20; its nine units
    # named with 委员会 (four schools routinely, a bureau and four towns looked back at), written in simplified script)
    ("shuyang_fourteenth_round_hearing_trad", "http://www-822834.com/news/folder1991/syx/2020/11/2020-11-25468141.html", "noisy", """11月21日,沭陽縣委書記卞建軍主持召開會議,專題聽取縣委第十四輪巡察情況匯報。……
據悉,根據縣委統一部署,2020年7月30日至10月20日,縣委第十四輪巡察利用兩個多月時間,對沭陽高級中學委員會、沭陽如東中學委員會、沭陽建陵高級中學委員會和沭陽中等專業學校委員會等4家學校組織了常規巡察,對縣住房和城鄉建設局委員會、桑墟鎮委員會、劉集鎮委員會、悅來鎮委員會和青伊湖鎮委員會等5家單位開展了巡察“回頭看”。
會上,相關巡察組負責人依次匯報了巡察情況,參會領導進行點評并提出相關意見。……(融媒體記者:張巖)
總共: 1頁
作者:張巖
""", {"unit": "", "units": ["沭阳高级中学委员会", "沭阳如东中学委员会", "沭阳建陵高级中学委员会", "沭阳中等专业学校委员会",
                            "县住房和城乡建设局委员会", "桑墟镇委员会", "刘集镇委员会", "悦来镇委员会", "青伊湖镇委员会"],
      "group": None, "term": None, "round": 14, "start": date(2020, 7, 30), "end": date(2020, 10, 20),
      "feedback_date": None, "figures": []}),
    # http://www.zqxiaoshengyi.cn/gsdt/7617.html (a city people's congress's research visit to a city investment group,
    # in traditional script on a copying domain: no inspection; the subsidiaries and sites visited are no units)
    ("congress_research_city_group_trad", "http://www.zqxiaoshengyi.cn/gsdt/7617.html", "noisy", """11月22日,市人大常委會黨組副書記、副主任徐毅一行到集團公司專題調研企業改革情況,市政府國資委及集團公司黨委主要負責人陪同調研。
調研組一行先后到城投能源發展公司、崇文書苑項目、西郊街道崇文社區黨群服務中心、中心城區智慧停車指揮中心,通過聽取匯報、現場詢問、實地查看等形式,詳細了解了集團公司在改革發展方面所做的努力與成效。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.hcv8jop6ns1r.cn/home/category/detail/id/11098.html (a city general office's check of archive disposal
    # after an institutional reform, in traditional script on a junk domain: a 督查 is no party inspection; its
    # findings are a check's)
    ("ningbo_archive_disposal_check_trad", "http://www.hcv8jop6ns1r.cn/home/category/detail/id/11098.html", "noisy", """近期,根據寧波市委督查計劃安排,市委辦公廳組成兩個督察組,對市直涉改單位和各區縣(市)機構改革檔案處置工作開展專項督查,……
針對督查中發現的檔案局館職能未厘清,存在檔案館代行檔案行政監管職能現象;機構改革前非進館檔案資源的整合工作進展較慢,……督查組現場向受檢單位進行初步反饋,并逐一下發督查意見書,明確整改時限。……在年底前對被督查單位進行一次“回頭看”,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://scbshop.com/detail/44996 (a spun copy of a province's round mobilised, its words swapped by a synonym
    # machine as found: 十一月届省委办公厅第三步轮巡查, 督察/检查/巡查 for 巡视, 12月28之日起进军 for the entry; a round-level
    # text whose term, round, dates and groups the spinning destroyed: no group, no dates; its counties per group are
    # not scored, some names being spun too (烈深山区, 八公偏远地区))
    ("province_round_groups_spun_copy", "http://scbshop.com/detail/44996", "noisy", """6月16日在下午,全区巡查巡察运行多媒体暨十一月届省委办公厅第三步轮巡查班师堡垒机被部署会举办,多媒体发布了本轮巡查级任务职责分工。
经省纪委拒绝,本轮督察共选派10个督察组,对38个县(市、区)落实传统督察,对其所在区域开发建设区(居民小区、景点)落实一体化提级是交叉督察巡察。督察驻点日子为8个月控制,各督察组12月28之日起进军,7月10之日起撤点。督察责任组织架构下面的:
省政府第二督察组:督察巢湖市、肥东县、肥西县、长丰县。
省委办公厅第五检查组:检查濉溪县、杜集区、烈深山区。
省纪委其三督察组:督察天长市、明光市、凤阳县。
……
省政府十巡察组:巡察泾县、绩溪县、旌德县。
""", {"unit": "", "group": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.fcgrwgf.cn/art/2023/1/21/art_1229712573_71674.html (a district social security bureau's annual report on
    # information disclosure, in traditional script with the page's table borders run into a line of bars: no
    # inspection; 107件 disclosed and its 回頭看 of published items are no field)
    ("dinghai_disclosure_report_bars_trad", "http://www.fcgrwgf.cn/art/2023/1/21/art_1229712573_71674.html", "noisy", """定海區人民政府
2022年區人力社保局政府信息公開工作年度報告
|
||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||||
一、總體情況 2022年,我局根據國家和省、市、區關于政務公開的工作部署,……(一)主動公開。嚴格按照信息公開規范要求,及時、準確公布政務動態、公告公示等欄目內容,全年主動公開信息107件。 (二)依申請公開。2022年未收到政府信息公開申請。……(五)監督保障。嚴格落實信息公開審查機制,不定期對已公開信息開展“回頭看”。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://cocoye.cn/html/news/7/202111/t248913.html (a city transport bureau's clean-transport campaign, in traditional
    # script with the portal's footer: a campaign's special rectification, no party inspection; 15个苗头性问题 are a
    # campaign's, no figure; the kilometres and bridges are no metric)
    ("tianmen_clean_transport_campaign_trad", "http://cocoye.cn/html/news/7/202111/t248913.html", "noisy", """市交通運輸局深化“清廉交通”建設
發布時間:2021年11月05日
來源:天門網
打印:
字體:
天門網訊(全媒體記者謝婉靜)……市交通運輸局把打造“清廉交通”作為黨風廉政建設宣教月活動的主要內容,……成立了專項整治領導小組,採取專項檢查、隨機抽查和明察暗訪等方式,共排查“四好農村路”60.9公里、通組公路新建8.7公里及47座農村公路危橋,……對“四好農村路”建設中發現的15個苗頭性問題,及時整改落實,……
掃描二維碼
在您的設備上瀏覽本頁
網站簡介廣告服務標識說明聯繫方式法律聲明建議投訴
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://82380.cn/info/1011/20960.htm (a county forestry and grassland bureau's report, in traditional script on a
    # copying domain: round 8 (縣委第八輪巡察); the group named as the round's third group and as 縣委第三巡察組, two
    # forms, so not scored; the visit 2019-02-14 to 2019-03-24, feedback 2019-07-09; 八個各方面 is no count of problems;
    # the 6 meetings are no metric; the unit written in simplified script)
    ("yuanmou_forestry_grassland_progress_trad", "https://82380.cn/info/1011/20960.htm", "noisy", """根據縣委統一部署,2019年2月14日至3月24日,縣委第八輪巡察第三巡察組對元謀縣林業和草原局黨委開展了巡察,2019年7月9日,縣委第三巡察組對我局反饋了八個各方面的巡察意見。根據《中國共產黨巡視工作條例》和《中國共產黨黨內監督條例》有關規定,現將巡察整改情況予以公布。
一、貫徹落實中央、省、州、縣掃黑除惡專項斗爭決策部署有差距
(一)政治站位不高的問題
……
(二)思想認識不到位的問題
一是將掃黑除惡專項斗爭工作宣傳納入黨委會議和黨委理論學習中心組會議,……共召開黨委會議6次,……
""", {"unit": "元谋县林业和草原局党委", "term": None, "round": 8, "start": date(2019, 2, 14), "end": date(2019, 3, 24),
      "feedback_date": date(2019, 7, 9), "figures": []}),
    # https://szbolis.com/html/265027216667332.html (a city's forest-chief reform 督察 of a county, copied onto a betting
    # site's shell (its footer 365bet体育在线官网): a 督察 is no party inspection; the town and forest farms are no units)
    ("quanjiao_forest_chief_supervision_betting_copy", "https://szbolis.com/html/265027216667332.html", "noisy", """您当前所在的位置:首页 > 今日全椒 > 部门动态
滁州市第二督察组督察全椒县林长制改革工作
发布日期:2018-07-09 10:14   作者:林业局    来源:林业局    阅读: 次   保护视力色:
7月7日上午,市国有林发展中心主任孙大庆、……组成的市第二督察组一行4人对全椒县林长制工作进行了督察,……
市林长制改革第二督察组对石沛镇、神山国有林场和县林长办工作开展情况进行了督察,……
欢迎关注365bet体育在线官网微信公众号
扫一扫在手机打开当前页
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
]

# The collector's overlap check found no shared address. Three texts share more than formulas with an earlier batch:
# shixing_media_centre_progress follows the same Guangdong publication template as r10's dongguan_procuratorate_progress
# for 87 characters (…反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察集中整改进展
# 情况予以公布。一、以政治建设为统领,把巡察整改作为重大政治任务抓紧抓实), and huiji_approval_bureau_progress comes from the
# same district portal as r10's huiji_procuratorate_progress (its 经过3个月集中整改和《郑州市委巡察整改情况公开办法》 formula;
# another unit, group and year), and zhongshan_emergency_bureau_progress is another unit of the same Zhongshan round,
# in the same template and with the same visit and feedback days, as r10's zhongshan_first_court_progress. Kept and named here so the integrator can leave them out if he reads independence
# strictly. The rest share official formulas only (the longest 60 characters); the eleven texts the script lists as
# sharing more than formulas with the seeds share official phrases (贯彻落实习近平总书记关于巡视…, “当下改”与“长久立”相结合,
# 省委巡视工作领导小组统一部署) and nothing else.
SHARES_TEMPLATE = frozenset({"shixing_media_centre_progress", "huiji_approval_bureau_progress",
                             "zhongshan_emergency_bureau_progress"})
