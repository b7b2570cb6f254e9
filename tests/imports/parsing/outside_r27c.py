"""Outside texts of batch r27-held, third collector (C) (issue 14), held out: collected with the search tool from public
pages that are in no earlier batch. Collector C's share: provincial and central inspections of places and departments
(巡视 entries, mobilisations, feedbacks and progress of provinces, cities, prefectures and provincial departments after a
provincial or central round, provincial rounds' entries and deployments) and audit rectification texts of any body;
collector A (outside_r27.py) has enterprises and institutions, collector B (outside_r27b.py) county and district bodies.

How overlap was checked. Each candidate's address was grepped in every outside batch (outside_*.py: r6-r26, r25's two
files, r26's four files outside_r26.py, outside_r26b.py, outside_r26c.py and outside_r26d.py, outside_c.py,
outside_new.py, outside_set.py) and in test_outside_documents.py, as a whole and by its distinctive part (its numeric id
or path, so with and without www./m./mip./wap. and its query string), and two or three distinctive names or phrases of
each text (people, lists, dates, counts) were grepped in simplified and traditional script; at the end the other
collectors' files (outside_r27.py, outside_r27b.py, outside_r27d.py) were grepped the same way. Every text was then
compared with `bench/outside_overlap.py tests/imports/parsing/outside_r27c.py` (its summary is in the report; no address
is shared but the placeholder "search corpus pages (no URL returned)"). The pages corpus is nearly exhausted: of about
100 candidate addresses checked, about four in five were earlier batches' (most hits for Yunnan's, Hebei's, Fujian's,
Guangxi's, Ningxia's and Inner Mongolia's rounds of 2015-2025, the eighteenth and nineteenth central rounds, provincial
leading groups' meetings, provincial statistics and civil affairs departments, and every audit work or audit
rectification report to a people's congress the corpus returned). Two texts share a round and one
a province's feedback template with an earlier batch; the three are named in SHARES_TEMPLATE below.

Their fields are written down by reading only. The importer was not run on them, no test or bench that runs it was run
(only bench/outside_overlap.py, which loads cases without running it), and the collector read neither imports/parsing
nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, extract and score, and the
brief).

Sources: 19 texts from the search tool's "pages" corpus, 17 with their address and 2 with none returned ("search corpus
pages (no URL returned)").

Families and counts (19 texts, 3 in SHARES_TEMPLATE, 16 measured): progress 0 (every provincial or municipal progress
report the corpus returned was an earlier batch's); news 8, all measured:
sichuan_forestry_grassland_bureau_provincial_sixth_group_mobilisation,
qinghai_transport_department_provincial_first_group_mobilisation_2025,
sichuan_education_department_provincial_eighth_group_mobilisation_copy_2026,
xinjiang_zhundong_zone_regional_first_group_mobilisation, jiangsu_education_department_linked_round_three_bodies_2023 (a
department's linked round of 3 bodies), and three expecting nothing: yushu_provincial_relocation_check_group_feedback
(易地扶贫搬迁巡查, a check), xinjiang_central_office_rectification_supervision_meeting (整改督查, a supervision meeting),
guizhou_discipline_commission_inspection_evaluation_index (an assessment index and counts); rounds 4, all measured:
jiangsu_thirteenth_term_second_round_twenty_seven_bodies_2017 (a list of 27 bodies),
shaanxi_2015_third_round_entries_examples_counted, shaanxi_thirteenth_term_fifth_round_qinling_special_deployment,
gansu_2020_poverty_special_round_deployment_counted; audit 1, measured and expecting nothing:
university_audit_rectification_report_meeting_2016 (a university's audit leading group on its audit rectification
report); noisy 6, three in SHARES_TEMPLATE (hainan_seventh_term_tenth_round_eleven_bodies_pinyin_trad,
central_2014_third_round_thirteen_bodies_entered_pinyin_trad,
jiangsu_education_department_provincial_second_group_feedback_pinyin_trad) and three measured:
zhenxiong_provincial_eighth_group_poverty_look_back_feedback_trad (traditional script),
autonomous_region_eleventh_term_fourth_round_entries_pinyin_trad (traditional script with pinyin in brackets), and
shanxi_2024_generated_inspection_summary_clues_cases (a machine-written summary page: the figures it states are read as
stated).

Fields read (the collector's count, by script over the expectations below; a unit of "" for a round-level text counts
as a field, each unit of a list and each figure counts; absence checks counted as the scorer passes them: each None,
each [] of units or figures and each problems 0): 100 fields and 118 absence checks in all, 66 fields and 105 absence
checks outside SHARES_TEMPLATE. By family outside SHARES_TEMPLATE: progress 0 and 0, news 17 and 56, rounds 37 and 24,
audit 1 and 9, noisy 11 and 16. Figures read (outside SHARES_TEMPLATE): clues_transferred 43 and cases_filed 12 (the
generated Shanxi summary's 移交问题线索43条, 立案审查12人); none in SHARES_TEMPLATE.

Overlap tool (bench/outside_overlap.py on this file): 19 texts against 1543 earlier; pairs over 3 shared shingles 109, of
which over 3 beyond formulas 5; longest shared run 31 characters; texts sharing more than formulas with the seeds: none;
no address shared but the placeholder. Of the five, the Jiangsu education feedback's (11 beyond formulas, with r8's
provincial_statistics_trad, the same province's feedback template) is in SHARES_TEMPLATE; the others share official
formulas only (巡視組發現和干部群眾反映了一些問題,主要是: of Zhenxiong with r21's Suzhou college feedback, another province;
根据省委关于巡视工作的统一部署, 省纪委常务副书记、省监委副主任 of the Sichuan education mobilisation; 根据中央巡视工作领导小组的部署,
of the Xinjiang supervision meeting). Beside the other collectors: outside_r27d.py's suzhou_2017_linked_round_six_development_zones_copy
tells a city's groups linked to the Jiangsu round whose entries jiangsu_thirteenth_term_second_round_twenty_seven_bodies_2017
lists (another committee's round, another text; no sentence shared); outside_r27.py and outside_r27b.py held no text at
the time of the last check.

Reading conventions followed: outside_set.py's settled conventions 1-11, the written conventions of outside_r24.py's
docstring, and the notation of the brief. In particular: a mobilisation or meeting day is no start (settled 10), and the
first of several entry days is (Shaanxi's 8月18号至21号 entries give 2015-08-18); a completion date (截至9月24日, 截至11月30日)
is no first entry day; a planned length (50天左右, 1個月左右, 2个月) is no end, and parts of months (4月中旬, 5月底前) give
neither start nor end (settled 11); a round or term named with the committee that runs the visit is the text's
(十二届省委第六轮 in the Sichuan group leader's words, 十一屆黨委第四輪, 十三届江苏省委第二轮, 十三届省委第五轮), a round only
conveyed is not (十四届省委第六轮巡视情况汇报时的讲话精神); 2015年陕西省委第三轮 is round 3 with no term; a list of bodies named
in full gives them all as units as written, those revisited (回头看) included; bodies named as examples before a count
(长安、户县、延川、临渭等12个县区) leave the units unscored, and counted bodies (13个市(州)、67个脱贫摘帽县, 24个单位) are no units;
a place or body visited alone is the unit as the text names it (四川省林草局党组, 省交通运输厅党组, 镇雄县); a check (巡查),
a supervision meeting on rectification (整改督查), an assessment index and audits are no party inspection: no unit, no
group, no dates, no round, no figures; 移交问题线索N条 is clues_transferred and 立案审查N人 cases_filed; expected values of
traditional-script texts are written simplified, a bracketed second name kept with full-width brackets (settled 7).

What I was unsure of, and how I read it: the Sichuan forestry mobilisation's round is told only in the group leader's
speech (十二届省委第六轮巡视安排对20个省直部门…), which is the round his group is in, so term 12 and round 6 are expected; the
Sichuan education mobilisation's 十二届省委巡视全覆盖的收官之年 tells the term only as the year's context, so its term is
left unscored (no key); the Jiangsu education department's linked round names 十四届省委第四轮 only in the title of the
linkage plan it follows (not one the meeting discussed or issued), so its term and round are left unscored (no keys) and
only its three bodies, group (none numbered) and dates (none) are expected; the Shaanxi 2015 round's 8月18号至21号 is
read as the groups' entries (the title says the 12 groups have all entered), so its first day is the start and no end
is read; Zhenxiong's feedback goes 向镇雄县 and 向镇雄县委领导班子, so the unit is the place as the visit names it (镇雄县); its
problems, listed in a sentence without a count, are left unscored, as are the Jiangsu education feedback's (cut before
its findings); the Jiangsu 2017 list's districts are written as the text writes them (栖霞区 after 南京市溧水区, without the
city); the Xinjiang zone is written as the mobilisation names it with its short-name aside dropped
(新疆准东经济技术开发区党工委); the generated Shanxi page states counts no official text confirms, and they are expected
as it states them (a careful reader of that page reads them); the autonomous region of the eleventh-term fourth round
copy is not named in it (its slogans are Inner Mongolia's), its entry day has no year and is a completion date, so no
start. The Hainan tenth round's deployment (traditional script with pinyin) is the round whose progress r14's
hainan_tenth_round_progress_publication holds, and the central 2014 third round's entries (traditional script with
pinyin) are the round whose list r25's central_2014_third_round_thirteen_bodies_copy holds, and the Jiangsu education
feedback follows the province's feedback template r8's provincial_statistics_trad holds: the three go to
SHARES_TEMPLATE, their fields written as read all the same.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the seventh provincial committee's tenth round (Hainan, 2021), whose progress publication r14's
    # hainan_tenth_round_progress_publication holds
    "hainan_seventh_term_tenth_round_eleven_bodies_pinyin_trad",
    # the central committee's third round of 2014 (13 bodies), whose list r25's central_2014_third_round_thirteen_bodies_copy
    # holds
    "central_2014_third_round_thirteen_bodies_entered_pinyin_trad",
    # a provincial group's feedback to a provincial department in the province's feedback template (…分别向…和…党组领导班子
    # 反馈了巡视情况,对…抓好巡视整改工作提出要求; 按照省委统一部署,20…), which r8's provincial_statistics_trad holds (the overlap tool
    # finds 11 shingles beyond its formulas)
    "jiangsu_education_department_provincial_second_group_feedback_pinyin_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R27C = [
    # --- news: mobilisations, entries, feedbacks ----------------------------------------------------------------------
    # http://lcj.sc.gov.cn/scslyt/ywcd/2025/3/19/f327dbfa942b45bd8e998092536521ec.shtml (a provincial group mobilises at
    # the provincial forestry and grassland bureau: the unit as the meeting names it; the round is the one the group
    # leader says his visit belongs to (十二届省委第六轮巡视安排对20个省直部门), term 12, round 6; no day is told)
    ("sichuan_forestry_grassland_bureau_provincial_sixth_group_mobilisation", "http://lcj.sc.gov.cn/scslyt/ywcd/2025/3/19/f327dbfa942b45bd8e998092536521ec.shtml", "news", """根据四川省委关于第六轮巡视工作的统一部署,省委第六巡视组巡视四川省林草局党组工作动员会召开。会上,省委第六巡视组组长黄林同志就即将开展的巡视工作作了动员讲话,省委巡视工作领导小组成员、巡视办主任邓波同志就配合做好巡视工作提出要求。省林草局党组书记、局长李天满同志主持会议并作出表态发言。
省委第六巡视组副组长及有关同志,四川省林草局领导班子成员,四川省林草局各部门、下属事业单位主要负责同志等列席会议。
黄林同志指出,十二届省委第六轮巡视安排对20个省直部门(单位)开展常规巡视,是深入学习贯彻习近平新时代中国特色社会主义思想和总书记来川视察重要指示精神的重要举措,……
""", {"unit": "四川省林草局党组", "group": "省委第六巡视组", "term": 12, "round": 6, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://jtyst.qinghai.gov.cn/jtyst/2025-03/06/article_2025030609405576410.html (a provincial group mobilises at the
    # provincial transport department: the meeting's day 2月27日 is no start (settled 10); the sixth round is only
    # conveyed (在听取十四届省委第六轮巡视情况汇报时的讲话精神), so no term and no round)
    # (r28 pass: term and round corrected to the set's pinned reading of a round of the group's own body conveyed in a
    # leader's speech heard at the meeting (r1's five_schools, r23's tiantai): 十四届省委第六轮)
    # (r31 pass: back to the reader's none by settled convention 14: five_schools conveys the hearing at a feedback, and
    # tiantai names the round its deployment meeting deployed; a mobilisation conveying a hearing names the round over)
    ("qinghai_transport_department_provincial_first_group_mobilisation_2025", "https://jtyst.qinghai.gov.cn/jtyst/2025-03/06/article_2025030609405576410.html", "news", """省委第一巡视组巡视省交通运输厅党组工作动员会召开

  根据省委统一部署,2月27日,省委第一巡视组巡视省交通运输厅党组工作动员会召开。省委第一巡视组组长吴炳章作动员讲话,传达吴晓军书记在听取十四届省委第六轮巡视情况汇报时的讲话精神,通报本次巡视任务安排和工作要求,省交通运输厅党组书记、厅长何灿主持会议并作表态发言。
   吴炳章强调,巡视是党章规定的重要制度,是重要的政治工作,肩负“两个维护”的重大政治责任。……
""", {"unit": "省交通运输厅党组", "group": "省委第一巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.18crnovel.com/scedu/c100494/2026/3/10/3cebd8d16f5b4fe48070cbe6086bc4f0.shtml (another domain's copy of
    # a provincial education portal: a provincial group mobilises at the education department: the meeting's day is no
    # start (settled 10); no round is named and the term is told only as the year's context (十二届省委巡视全覆盖的收官之年),
    # so the term is left unscored)
    ("sichuan_education_department_provincial_eighth_group_mobilisation_copy_2026", "http://www.18crnovel.com/scedu/c100494/2026/3/10/3cebd8d16f5b4fe48070cbe6086bc4f0.shtml", "news", """根据省委关于巡视工作的统一部署,2026年3月6日,省委第八巡视组巡视教育厅党组工作动员会召开。会上,省委第八巡视组组长冯磊通报了巡视任务和工作安排,省纪委常务副书记、省监委副主任,省委巡视工作领导小组成员熊焱出席会议并讲话,省委教育工委书记,教育厅党组书记、厅长陈冠松主持会议并作表态发言。
……熊焱强调,今年是“十五五”开局之年,也是十二届省委巡视全覆盖的收官之年,省委安排对教育厅党组开展巡视,就是着眼“国之大者”“省之要事”,……
""", {"unit": "教育厅党组", "group": "省委第八巡视组", "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://jc-fzw.org.cn/show-76131.html (a regional group mobilises at a development zone's working committee: the
    # unit as the meeting names it, its short-name aside dropped; 近日 gives no day)
    ("xinjiang_zhundong_zone_regional_first_group_mobilisation", "http://jc-fzw.org.cn/show-76131.html", "news", """根据自治区党委关于巡视工作统一部署,近日,自治区党委第一巡视组巡视新疆准东经济技术开发区(以下简称“准东开发区”)党工委工作动员会召开。会前,自治区党委第一巡视组副组长马英华与准东开发区党工委书记张建彬,党工委副书记、管委会主任任建品见面沟通,通报了有关工作安排。会上,第一巡视组组长王丽霞作了动员讲话,对深入学习贯彻习近平总书记关于巡视工作重要论述,扎实开展巡视工作提出要求。张建彬主持会议并讲话。
……王丽霞强调,开发区是产业发展的重要载体,……安排对准东开发区开展巡视,充分体现了自治区党委对准东开发区工作的高度重视,……
""", {"unit": "新疆准东经济技术开发区党工委", "group": "自治区党委第一巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://jyt.jiangsu.gov.cn/art/2023/11/28/art_57807_11083377.html (a provincial education department's linked round
    # beside a provincial group: the three bodies it inspects are its units as written; its group has no number
    # (联动巡察组); the provincial round is named only in the title of the linkage plan it follows, so term and round are
    # left unscored; 11月27日 is the meeting's day, no start)
    ("jiangsu_education_department_linked_round_three_bodies_2023", "http://jyt.jiangsu.gov.cn/art/2023/11/28/art_57807_11083377.html", "news", """省委第三巡视组、省教育厅党组联动巡察
工作动员会召开
发布日期:2023-11-28 16:26 来源:机关党委 浏览次数: 字体:[ ]

11月27日,省委第三巡视组、省教育厅党组根据《十四届省委第四轮巡视期间巡视巡察上下联动和“四项监督”统筹衔接方案》的部署要求,召开联动巡察工作动员会。会上,宣读了巡察工作决定。省教育厅党组巡察工作领导小组副组长、联动巡察组组长、厅机关党委书记汪国培作动员讲话,省委第三巡视组相关负责人出席会议。省教育评估院、省高校科技发展中心、省学生资助管理中心等三家被巡察单位党组织主要负责人作表态发言。……
""", {"unit": "", "units": ["省教育评估院", "省高校科技发展中心", "省学生资助管理中心"], "group": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # --- news: checks, supervision and summaries that are no party inspection -----------------------------------------
    # http://www.gzz.com.cn/Html/ys/2019/0426/8084.html (a provincial check group of relocation projects (省级第一巡查组)
    # feeds back to a prefecture: a check of poverty relocation, no party inspection; its days and 6 counties are no
    # visit's; expects nothing)
    ("yushu_provincial_relocation_check_group_feedback", "http://www.gzz.com.cn/Html/ys/2019/0426/8084.html", "news", """(记者 三江)近日,玉树州召开省级第一巡查组易地扶贫搬迁工作巡查反馈会。州政协主席尕桑主持了会议。
会上,省级第一巡查组根据4月9日至24日,对玉树州6县(市)易地扶贫搬迁集中安置区和分散安置户的巡查情况,通报了《关于对玉树州易地扶贫搬迁项目省级巡查的反馈意见》,第一巡查组组长、省扶贫局副局长沙德林代表省级第一巡查组讲话,副州长何勃受州委、州政府主要领导委托及州扶贫开发领导小组作表态发言。
沙德林在讲话中对玉树州的一些好的做法和亮点给予了充分的肯定,同时对存在的问题提出三个方面的整改意见:……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://huaxingymz.com/html/f00be5c2-c1aa-42f3-8eb6-5d9a7a133fc8_1.html (the central leading group's office holds a
    # meeting supervising a region's rectification (巡视整改工作督查会议): a supervision of rectification, no inspection;
    # expects nothing)
    ("xinjiang_central_office_rectification_supervision_meeting", "http://huaxingymz.com/html/f00be5c2-c1aa-42f3-8eb6-5d9a7a133fc8_1.html", "news", """为贯彻落实习近平总书记关于加强巡视整改督查的指示精神,根据中央巡视工作领导小组的部署,8月7日,中央巡视工作领导小组办公室在新疆召开巡视整改工作督查会议。中央巡视工作领导小组成员、办公室主任黎晓宏出席会议并讲话。新疆维吾尔自治区党委书记陈全国主持会议并介绍了党委巡视整改工作情况。新疆维吾尔自治区党委常委、纪委书记罗东川汇报了党委巡视巡察工作开展情况。
……持续抓好中央巡视组反馈意见的整改落实,不断巩固扩大巡视成果,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://xcb.asu.edu.cn/info/1006/9548.htm (a provincial discipline commission's assessment index counting inspection
    # work: counts of places inspected and revisited and a special check of rectification, no inspection told; expects
    # nothing)
    ("guizhou_discipline_commission_inspection_evaluation_index", "http://xcb.asu.edu.cn/info/1006/9548.htm", "news", """贵州省纪委近日下发《市(州)党政领导班子党风廉政建设成效考核评价指标》,将巡视有关工作纳入市(州)党政领导班子年度党风廉政建设考核的重要内容。
……据悉,党的十八大以来,贵州已完成对219个地方和单位的巡视,巡视全覆盖完成率达79.6%。同时还对4个市(州)、29个县(市、区)、2所省属高校进行“回头看”。并开展巡视整改督查工作,对2014年巡视过的3个市(州)和9个县(区)巡视整改情况进行专项检查,抓好整改落实。 (黔清风 周然)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- rounds: provincial rounds ------------------------------------------------------------------------------------
    # http://nanjing.baogaosu.com/xinwen/%E6%B1%9F%E8%8B%8F%E7%9C%81%E5%A7%94%E7%AC%AC%E4%BA%8C%E8%BD%AE%E5%B7%A1%E8%A7%86%E9%99%86%E7%BB%AD%E8%BF%9B%E9%A9%BB/59699964/
    # (a province's thirteenth-term second round entered: term 13, round 2; the 25 bodies and the 2 revisited are the
    # round's units as written; 8月2日-3日 is when the entries were published, no entry day; several groups, no group)
    ("jiangsu_thirteenth_term_second_round_twenty_seven_bodies_2017", "http://nanjing.baogaosu.com/xinwen/%E6%B1%9F%E8%8B%8F%E7%9C%81%E5%A7%94%E7%AC%AC%E4%BA%8C%E8%BD%AE%E5%B7%A1%E8%A7%86%E9%99%86%E7%BB%AD%E8%BF%9B%E9%A9%BB/59699964/", "rounds", """十三届江苏省委第二轮巡视陆续进驻

05.08.2017  03:44

        8月2日-3日,省纪委“清风扬帆网”陆续公布十三届江苏省委第二轮巡视进驻情况。截至目前,已启动对25个地区、单位党组织开展巡视,对2个单位党委开展巡视“回头看”。

        25个被巡视地区、单位分别是南京市溧水区、栖霞区、高淳区、新沂市、丰县、睢宁县、常州市武进区、新北区、溧阳市、镇江市丹徒区、扬中市、丹阳市、苏州市吴中区、张家港市、常熟市、无锡市惠山区、锡山区、新吴区,省科学技术厅、省商务厅、省交通运输厅、省农业委员会、省住房和城乡建设厅、省国土资源厅,省信用再担保有限公司。2个被“回头看”的单位分别是省海外企业集团有限公司、有色金属华东地质勘查局。

        根据省委统一部署,省委巡视组在被巡视地区(单位)已分别召开巡视工作动员会。……
""", {"unit": "", "units": ["南京市溧水区", "栖霞区", "高淳区", "新沂市", "丰县", "睢宁县", "常州市武进区", "新北区",
                            "溧阳市", "镇江市丹徒区", "扬中市", "丹阳市", "苏州市吴中区", "张家港市", "常熟市",
                            "无锡市惠山区", "锡山区", "新吴区", "省科学技术厅", "省商务厅", "省交通运输厅", "省农业委员会",
                            "省住房和城乡建设厅", "省国土资源厅", "省信用再担保有限公司", "省海外企业集团有限公司",
                            "有色金属华东地质勘查局"],
      "group": None, "term": 13, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://xian.baogaosu.com/xinwen/%E4%B8%AA%E5%B7%A1%E8%A7%86/36924504/ (a province's third round of 2015 entered:
    # round 3 with no term; the groups entered from 8月18号 to 21号 (the title: 已全部进驻), so the first day is the start
    # and no end is read (settled 10); twelve counties are named by four examples before a count beside the two full
    # lists, so the units are left unscored)
    ("shaanxi_2015_third_round_entries_examples_counted", "http://xian.baogaosu.com/xinwen/%E4%B8%AA%E5%B7%A1%E8%A7%86/36924504/", "rounds", """2015年陕西省委第三轮巡视12个巡视组已全部进驻

24.08.2015  19:19

    西部网讯(陕西广播电视台《新闻联播》)按照陕西省委的统一安排,2015年陕西省委第三轮巡视工作已全面启动,8月18号至21号,12个巡视组分别对4个市、8个省直单位、12个县区开展巡视,并对4个县区巡视整改情况进行回访检查。

    本轮巡视单位包括:延安、咸阳、渭南、榆林4个市,陕西省人社厅、陕西省文物局、陕西省住建厅、陕西省环保厅、陕西省体育局、陕西省安监局、陕西省统计局、省人防办8个省直单位,以及长安、户县、延川、临渭等12个县区。
……
""", {"unit": "", "group": None, "term": None, "round": 3, "start": date(2015, 8, 18), "end": None,
      "feedback_date": None, "figures": []}),
    # https://wap.qinfeng.gov.cn/info/1021/106471.htm (a province's thirteenth-term fifth round deployed, a special round
    # on the Qinling mountains' environment: term 13, round 5; 5月30日 is the meeting's day with no year; no body named)
    ("shaanxi_thirteenth_term_fifth_round_qinling_special_deployment", "https://wap.qinfeng.gov.cn/info/1021/106471.htm", "rounds", """5月30日,十三届省委第五轮巡视动员部署会在西安召开。省委常委、省委组织部部长张广智宣布了巡视组组长、副组长授权任职及任务分工决定。省委常委、省委巡视工作领导小组组长王兴宁出席并讲话。
王兴宁指出,开展秦岭生态环境保护专项巡视,是贯彻落实习近平生态文明思想和重要指示批示精神、巩固秦岭北麓西安境内违建别墅问题专项整治成果的重大举措,省委巡视机构和秦岭区域各级党组织要提高政治站位,强化政治担当,坚决完成省委交给的巡视任务,以实际行动践行“两个维护”。……
""", {"unit": "", "units": [], "group": None, "term": 13, "round": 5, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://p2.ttnews.xyz/a/5e9e6bb6dc9b5e145bd549b3?lang=zh-hans (a province deploys a special poverty-relief round:
    # no round number; counted cities and counties are no units; 4月中旬 and 5月底前 are parts of months (settled 11);
    # 4月9日 is the meeting's day)
    ("gansu_2020_poverty_special_round_deployment_counted", "https://p2.ttnews.xyz/a/5e9e6bb6dc9b5e145bd549b3?lang=zh-hans", "rounds", """省委脱贫攻坚专项巡视4月中旬开始

4月9日,省委脱贫攻坚专项巡视工作动员部署会在兰州召开。根据省委安排,从4月中旬开始,省委10个巡视组将对13个市(州)、67个脱贫摘帽县和8个未脱贫县进行脱贫攻坚专项巡视,同时带动被巡视市(州)党委成立巡察组开展专项巡察。专项巡视将在5月底前结束。
……(来源:甘肃经济网 )
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- audit texts --------------------------------------------------------------------------------------------------
    # https://sjc.zjgsu.edu.cn/2016/0407/c3468a136430/page.htm (a university's audit leading group reviews its report on
    # rectifying an economic responsibility audit: an audit's rectification, no party inspection; expects nothing)
    ("university_audit_rectification_report_meeting_2016", "https://sjc.zjgsu.edu.cn/2016/0407/c3468a136430/page.htm", "audit", """4月6日上午,学校召开2016年校审计工作领导小组第二次会议,审议学校《浙江工商大学原党政主要负责人经济责任审计整改结果报告》、《浙江工商大学整改工作实施办法》。校长陈寿灿、组织部长刘翔、纪检监察办公室主任蒋校治、人事处处长刘仁平、计划财务处处长楼燕芬、审计处处长罗金明、资产管理处处长刘福奇等校审计工作领导小组成员参加了会议,校纪委书记王登先主持会议。
会议上,王书记强调了整改工作的重要性。审计处处长罗金明介绍了整改结果报告的撰写依据、撰写内容,逐项汇报了审计整改结果,并介绍审计整改办法制订的背景及制订依据。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy copies -------------------------------------------------------------------------------------------------
    # http://www.qdubb.cn/html/2020/yunlingyaowen_0313/82475.html (traditional script, on a mirror domain: a provincial
    # group feeds back its poverty look-back at a county by video: the county is the unit as the visit names it; visit
    # span and feedback day as told; the central and earlier provincial groups are only cited; the problems, listed
    # without a count, are left unscored)
    ("zhenxiong_provincial_eighth_group_poverty_look_back_feedback_trad", "http://www.qdubb.cn/html/2020/yunlingyaowen_0313/82475.html", "noisy", """根據省委統一安排,2020年3月10日,省委第八巡視組以視頻會議方式向鎮雄縣反饋了脫貧攻堅巡視“回頭看”情況。會上,省委第八巡視組組長楊瓊瑛向鎮雄縣委領導班子反饋了巡視意見;鎮雄縣委書記翟玉龍作表態講話;省委巡視辦副主任戴志強主持反饋會,并對巡視整改提出明確要求。
根據省委統一部署,2019年11月29日至2020年1月12日,省委第八巡視組對鎮雄縣開展了脫貧攻堅巡視“回頭看”。……省委巡視工作領導小組聽取了巡視情況匯報,并向省委常委會報告了有關情況。
反饋意見指出,巡視組發現和干部群眾反映了一些問題,主要是:在落實中央和省委巡視反饋意見整改中,對中央第十二巡視組反饋的“逐級壓實責任有差距”問題整改未做到舉一反三,對省委第十巡視組反饋的“駐村幫扶不到位、群眾工作不扎實”問題整改不及時;……
""", {"unit": "镇雄县", "group": "省委第八巡视组", "term": None, "round": None, "start": date(2019, 11, 29),
      "end": date(2020, 1, 12), "feedback_date": date(2020, 3, 10), "figures": []}),
    # search corpus pages (no URL returned) (traditional script with pinyin in brackets: a provincial group's feedback to
    # the provincial education department: the unit keeps its bracketed second name (settled 7), full-width; visit span
    # and feedback day as told; cut before the findings)
    ("jiangsu_education_department_provincial_second_group_feedback_pinyin_trad", "search corpus pages (no URL returned)", "noisy", """根據(jù)省委巡視工作領(lǐng)導(dǎo)小組部署,2019年1月11日,省委第二巡視組向省教育廳黨組(省委教育工委)反饋巡視情況。省委第二巡視組組長莊同保主持召開向省教育廳黨組書記、廳長、省委教育工委書記葛道凱的反饋會議,傳達(dá)了省委書記婁勤儉同志在省委書記專題會議上關(guān)于巡視工作的講話精神。莊同保代表省委巡視組分別向葛道凱和省教育廳黨組領(lǐng)導(dǎo)班子反饋了巡視情況,對省教育廳黨組主要負(fù)責(zé)人和領(lǐng)導(dǎo)班子抓好巡視整改工作提出要求。葛道凱主持向領(lǐng)導(dǎo)班子反饋會議并作表態(tài)發(fā)言。
按照省委統(tǒng)一部署,2018年8月1日至9月30日,省委第二巡視組對省教育廳黨組(省委教育工委)進(jìn)行了巡視。……省委巡視工作領(lǐng)導(dǎo)小組及時聽取巡視情況匯報,并向省委書記專題會報告了有關(guān)情況。……
""", {"unit": "省教育厅党组（省委教育工委）", "group": "省委第二巡视组", "term": None, "round": None,
      "start": date(2018, 8, 1), "end": date(2018, 9, 30), "feedback_date": date(2019, 1, 11), "figures": []}),
    # search corpus pages (no URL returned) (traditional script with pinyin in brackets: an autonomous region's
    # eleventh-term fourth round entered: term 11, round 4; 截至9月24日 is a completion date with no year, no start; 24
    # counted bodies are no units; the planned 50天左右 is no end)
    ("autonomous_region_eleventh_term_fourth_round_entries_pinyin_trad", "search corpus pages (no URL returned)", "noisy", """按照自治區(qū)黨委安排部署,截至9月24日,十一屆黨委第四輪巡視的14個(gè)巡視組完成進(jìn)駐工作。常規(guī)巡視的24個(gè)單位召開巡視進(jìn)駐動(dòng)員會(huì),各巡視組組長對開展巡視工作提出要求。
……被巡視黨組織主要負(fù)責(zé)人表示,……為辦好兩件大事、實(shí)現(xiàn)“闖新路、進(jìn)中游”目標(biāo)發(fā)揮有力作用、貢獻(xiàn)更大力量。
據(jù)悉,這次巡視工作時(shí)間為50天左……
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 4, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.fudaoke.com/exam/1531442.html (a machine-written summary page of a province's 2024 inspection: no round
    # numbered; counted cities, departments and enterprises are no units; 移交问题线索43条 is clues_transferred (settled
    # 6), 立案审查12人 is cases_filed; the 30-working-day deadline is no date)
    ("shanxi_2024_generated_inspection_summary_clues_cases", "https://www.fudaoke.com/exam/1531442.html", "noisy", """2024年山西省巡视组最新公示显示,本轮巡视覆盖11个地市、20个省级部门及5家省属国企,重点聚焦民生领域腐败、乡村振兴资金使用及“一把手”监督三大问题,目前已移交问题线索43条,立案审查12人。
本轮巡视采用“下沉式+回头看”组合模式,对太原、大同等重点城市开展驻地督查,发现部分单位存在惠民补贴发放不规范、农村基建项目偷工减料等问题。省级部门中,3家单位因“三重一大”决策程序缺失被通报,2家国企关联交易未公开披露遭整改。
……公众可通过山西省纪委监委官网查询具体被巡视单位名单及整改要求,需在30个工作日内提交整改方案。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("clues_transferred", 43), ("cases_filed", 12)]}),
    # http://hg87897.com/hnnew/2021-08-26/598357.html (traditional script with pinyin in brackets, on another domain: a
    # province's seventh-term tenth round deployed: term 7, round 10; the eleven bodies named in full are the round's
    # units as written; the meeting's day is no start) -- SHARES_TEMPLATE
    ("hainan_seventh_term_tenth_round_eleven_bodies_pinyin_trad", "http://hg87897.com/hnnew/2021-08-26/598357.html", "noisy", """七屆省委第十輪巡視啟動 以強有力的政治監(jiān)督推動自貿(mào)港建設(shè)
2021年08月26日 09:10 來源:海南日報

  海南日報海口8月25日訊(記者尤夢瑜 通訊員謝沫)8月25日上午,七屆省委第十輪巡視工作動員部署會在?谡匍_,傳達(dá)學(xué)習(xí)習(xí)近平總書記關(guān)于巡視工作的重要講話、全國巡視工作會議和省委書記沈曉明在省委書記專題會議上的講話精神,對巡視工作進(jìn)行動員部署。
……
  據(jù)悉,本輪巡視是七屆省委巡視全覆蓋收官之戰(zhàn),共安排4個巡視組對省高級人民法院黨組、海南自由貿(mào)易港知識產(chǎn)權(quán)法院黨組、中國南海研究院黨組、省專用通信局、省政府駐廣州辦事處黨組、海口海事法院黨組、海南國際經(jīng)濟發(fā)展局黨委、省大數(shù)據(jù)管理局黨委、博鰲樂城國際醫(yī)療旅游先行區(qū)管理局黨委、文昌國際航天城管理局黨委、海南陵水黎安國際教育創(chuàng)新試驗區(qū)管理局黨委共11個省直單位、法定機構(gòu)黨組(黨委)開展巡視。
""", {"unit": "", "units": ["省高级人民法院党组", "海南自由贸易港知识产权法院党组", "中国南海研究院党组", "省专用通信局",
                            "省政府驻广州办事处党组", "海口海事法院党组", "海南国际经济发展局党委", "省大数据管理局党委",
                            "博鳌乐城国际医疗旅游先行区管理局党委", "文昌国际航天城管理局党委",
                            "海南陵水黎安国际教育创新试验区管理局党委"],
      "group": None, "term": 7, "round": 10, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.lwg520.com/n/2014/1201/c172467-26121784.html (traditional script with pinyin in brackets, on another
    # domain: the central committee's third round of 2014 entered: round 3 with no term; the 13 bodies are its units as
    # written; 截至11月30日 is a completion date, so the start is left unscored; the planned 1個月左右 is no end; several
    # groups, no group) -- SHARES_TEMPLATE
    ("central_2014_third_round_thirteen_bodies_entered_pinyin_trad", "http://m.lwg520.com/n/2014/1201/c172467-26121784.html", "noisy", """新華社北京11月30日電 (記者張曉松)經(jīng)中央批準(zhǔn),2014年中央第三輪巡視將對文化部、環(huán)保部、中國科協(xié)、全國工商聯(lián)、中國國際廣播電臺、南方航空、中國船舶、中國聯(lián)通、中國海運、華電集團(tuán)、東風(fēng)汽車、神華集團(tuán)、中石化等13個單位進(jìn)行專項巡視。截至11月30日,中央巡視組已全部進(jìn)駐上述單位并召開動員會。
中央巡視組將在被巡視單位工作1個月左右,設(shè)專門值班電話、專門郵政信箱等,……
""", {"unit": "", "units": ["文化部", "环保部", "中国科协", "全国工商联", "中国国际广播电台", "南方航空", "中国船舶", "中国联通",
                            "中国海运", "华电集团", "东风汽车", "神华集团", "中石化"],
      "group": None, "term": None, "round": 3, "end": None, "feedback_date": None, "figures": []}),
]
