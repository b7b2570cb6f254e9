"""Outside texts of batch r32 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r25-r31 included) and test_outside_documents.py, with and without www./m./mip./wap. and its query string,
and two or three distinctive names or phrases of each text (its people, its bodies, its round) were grepped in them, in
simplified and traditional script; at the end the same was done against the other collectors' files of this pass (see the
overlap check below). Fields were written down by reading only: the importer was not run, no test or bench that runs it was
run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring, and the brief).

Overlap check. `bench/outside_overlap.py tests/imports/parsing/outside_r32.py` (it loads the cases without running the
importer; 15 texts against 1839 earlier) finds no shared address (the one "shared" address is the placeholder "search
corpus pages (no URL returned)"), 156 pairs sharing more than 3 shingles and 9 of them more than 3 beyond its formulas; the
longest shared run is 39 characters. A first run found a fourth university's third committee's fourth round, fed back to
five bodies (no address), held already as r10's university_fourth_round_feedback (85 shingles beyond formulas; its people
were not in r10's shorter excerpt, so the name greps had missed it): it was dropped. Of the rest, the Dongying middle
school's feedback shares 8 shingles beyond formulas with r20's jining_offices_centre_feedback (the Shandong cities' feedback
template, as r31's Linyi text) and is in SHARES_TEMPLATE with the CAFA mobilisation (the visit of r21's notice, found by
grepping its portal); the others are official formulas or coincidences of other places: 校党委第一巡察组巡察外国语学院党委
with outside_new's nbt (another university), 召开。区委常委、区纪委书记、区监委主任 with r31b's xiashan mobilisation,
根据市委巡察工作领导小组的部署 and 并就做好巡察整改工作作表态 with r18's guangzhou_newspaper_group_feedback, r31's
dongying_cdc and r13's yuhuan (formulas of other cities), 委统一部署,2023年10月30日至1 with r18's Huai'an hospital progress report (the
same first day of another visit), 召开领导班子巡察整改专题民主生活会 with r10's fangcheng justice progress (a formula). The tool
counts the library's life meeting as sharing more than its formulas with the seeds (召开领导班子巡察整改专题民主生活会, an
official wording); no text is a seed's. The other collectors' files of this pass present at the end (outside_r32b.py,
outside_r32c.py) hold none of this file's addresses, hosts, bodies or people (grepped: every host and path, 李苏北, 陈庆国,
章欢平, 覃孟念, 李威, 艾国, 孙晓辉, 十届省委第五轮, 杜达武, 高晶, 張秋生, 滕英明, 林科所, 徐新立, 田居光, 马克思主义学院,
中医医院, 图书馆, 人民医院), and no text of theirs shares an address with any of this file's.

Sources. 15 texts from the search tool's "pages" corpus, 14 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for this share: of about 330 candidate addresses the searches returned
(some 80 queries: provincial and city state-owned groups, 国资委 groups, city investment, transport, water, grain, energy,
construction, publishing and press groups, banks, credit unions, securities firms and insurers, universities' and
vocational and technical colleges' internal rounds, university hospitals, city, county, district, traditional Chinese
medicine and maternal and child hospitals' visits, hospitals' own rounds, blood and emergency centres, academies of
agricultural, forestry and social sciences and their institutes, design institutes, museums, schools and the progress
reports of all of these), about nineteen in twenty were earlier batches' (every hit for enterprise groups' internal
rounds, city groups at state firms, city investment companies, banks and insurers, hospitals' visits and notices, CAS and
CAAS institutes, vocational colleges and most university rounds; no enterprise or institution progress report the
searches returned was new). What still gave new texts: university rounds on colleges' own sites (a foreign languages
school's mobilisation, two schools of Marxism (a feedback with its visit's span, a mobilisation), an art college's
ninth-committee round, a library's and two colleges' rectification life meetings), a province's round over its 36
universities (2018), a district hospital's visit in a district paper, a city traditional Chinese medicine hospital's feedback with its
days run together, a hospital's revisit by a city 巡视组 in traditional script (without address), a group company's spun
rectification study under a betting name, a forestry institute's survey under a betting name (no inspection), and two
texts sharing a visit or a template with earlier batches (SHARES_TEMPLATE). Left to the other collectors: a county city
investment group's 回头看 mobilisation and a city group's revisit of a city investment company (both held already), a
provincial academy of agricultural sciences' joint inspection of two institutes with a stationed discipline group (联合巡察,
left to the collector of crossed and linked rounds, as r31's collector A left a joint round), a farm group's rectification of
a provincial grain special round (a special round by subject), a university's special round of its construction works.

Families and counts (15 texts, 2 in SHARES_TEMPLATE, 13 measured). news 9, seven measured:
xzit_foreign_languages_school_first_group_mobilisation (a unit, a group), qfnu_marxism_school_second_group_feedback_2024 (a
unit, a group, the visit's span, the feedback day), usx_marxism_school_fourth_group_mobilisation (a unit, a group),
scu_art_college_ninth_term_sixth_round_first_group_mobilisation
(a unit, term 9, round 6), district_hospital_fifteenth_term_fifth_round_first_group_mobilisation_paper (a unit, term 15,
round 5, the visit's span), college_provincial_seventh_group_rectification_life_meeting (a group only) and
usth_college_internal_round_rectification_life_meeting (absences only); two in SHARES_TEMPLATE:
cafa_middle_school_third_group_mobilisation_news and
dongying_second_middle_school_city_fourth_group_seventh_term_second_round_feedback; rounds 1, measured:
henan_tenth_term_fifth_round_thirty_six_universities_deployment (term 10, round 5, counted universities, no units); progress 0; audit 0;
noisy 5, all measured: yulin_tcm_hospital_city_second_group_feedback_run_together (run-together days: a unit, a group, the
visit's span and the feedback day), sasu_library_rectification_life_meeting_run_together (a run-together day without a
year: a unit), hospital_city_fifth_inspection_group_revisit_trad (traditional script with a script's remains: a group),
group_company_inspection_rectification_study_spun_betting_copy (a spun copy with a betting name: absences only) and
forestry_institute_discipline_group_survey_betting_copy_not_inspection (a betting site's name over a 调研: expects nothing).

Fields read: 29 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 82 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the collector's
count, outside SHARES_TEMPLATE; 35 fields and 94 absence checks with it. By family (outside SHARES_TEMPLATE): news 18 fields
and 41 absence checks, rounds 3 and 6, noisy 8 and 35, progress and audit none. Figures read: none (no text states a count of
problems, measures, clues or cases as an inspection's; 36所, 12个巡视组, 四个方面, 五个方面 and 前20% are no figures).

Reading conventions (outside_set.py's settled conventions 1-14 followed exactly, and the written conventions of
outside_r24.py's docstring and the earlier files): a day without a year gives no date unless the text or its dated line
gives its year (Xuzhou's 5月24日, the life meetings' 4月29日, 9月24日 and 1018日, the revisit's 10月17日至10月19日, Dongying's
5月12日 give none; the Qufu feedback's 3月22日 takes the year of its dated line, 2024-03-22); run-together digits are read as a date only where one reading is possible (2021723日 2021年7月23日,
2021326日至615日 2021年3月26日 to 6月15日, 1018日 10月18日); a mobilisation or meeting day is no start (settled 10: Xuzhou, Sichuan,
CAFA's mobilisation in this text, Henan's 10月22日); a window for letters (受理信访时间为2025年12月1日至2025年12月25日) is no span of
the visit, as r18's hohhot notice reads its window; a round's stated period told for one body's visit of that length
(此轮巡察时间为2023年9月14日至12月31日, 为期3个半月) is the visit's span; a round named with the committee that runs it is the
text's (第九届党委第六轮, 十五届区委第五轮, 十届省委第五轮); a group named under its round
(第六轮巡视第一巡视组, 十五届区委第五轮第一巡察组) or with no number of its own (4个巡察组, 巡察办巡察一组) is not scored; a
university's groups are written without 校/学校 (校党委第一巡察组 -> 党委第一巡察组); a group named with its city in front is
written short (settled 9: 玉林市委第二巡察组 -> 市委第二巡察组); counted bodies (36所省管本科院校) are no units; a round's list
keeps its bodies as written; counted aspects (四个方面主要问题, 五个方面重点问题) are no figure; 调研 by a discipline group is no
party inspection; expected values of traditional-script texts are written simplified (市委第五巡視組 -> 市委第五巡视组).

What I was unsure of, and how I read it: the college's life meeting follows 省委第七巡视组's rectification requirements and
the city committee's arrangements, so the provincial group may have visited the city rather than the college; the group is
scored as the one whose rectification the text is about, and the unnamed college (学院党委) is left unscored; the library's
unit is read as the inspection report names it (关于巡察图书馆的情况报告, 图书馆, not its 党总支) and its group (校党委巡察办
巡察一组) is left unscored, as is its problem count; the hospital's three-day 巡视回访 by a city 巡视组 checks the
rectification of last year's visit (close to a look-back, but a hospital's text, kept in this share); its group is scored
and its days (no year) are absence checks; the Sichuan university's group is left unscored, though its mobilisation names
it twice as 第一巡视组 (it is first named under its round); the district hospital's group likewise; the Henan deployment
names 12个巡视组 without numbers, so no group; the Qufu school of Marxism's 前20% (a subject ranking) is expected as no figure; the
spun study meeting names a 巡视整改 but no visit, so its unit is left unscored and the rest are absence checks; the forestry
institute's copy carries a betting site's title, and its survey is read as no inspection (expects nothing, problems 0).
15 texts, 13 outside SHARES_TEMPLATE: within the 13-18 texts the brief asks for, and over the 12 measured it asks for at least.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and visit, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the same visit as r21's cafa_middle_school_internal_round_notice (fuzhong.cafa.edu.cn, N=160, the third group's
    # notice of its visit to the academy's middle school from 2023年3月27日): this is the mobilisation news of that visit
    # on the same portal (N=163), another kind of text of one source event
    "cafa_middle_school_third_group_mobilisation_news",
    # the Shandong cities' feedback template of r20's jining_offices_centre_feedback and r31's linyi mental health centre
    # (根据市委部署,…市委巡察工作领导小组召开…届市委第…轮巡察集中反馈会议,传达学习…在听取…巡察情况汇报时的讲话精神,通报巡察…,
    # 对…作出/进行安排部署。…组长…分别向…和领导班子反馈了巡察情况), on the Dongying portal of r31's dongying_cdc
    "dongying_second_middle_school_city_fourth_group_seventh_term_second_round_feedback",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R32 = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # https://wyxy.xzit.edu.cn/68/3b/c859a157755/page.htm (a university's first group mobilises at its school of foreign
    # languages: the unit as the meeting names it; the group in the set's university notation (校党委第一巡察组 -> 党委第一
    # 巡察组, as r31's foreign_studies_university reads it); 5月24日 has no year and is a mobilisation day, no start)
    ("xzit_foreign_languages_school_first_group_mobilisation", "https://wyxy.xzit.edu.cn/68/3b/c859a157755/page.htm", "news", """按照学校党委巡察工作统一部署,5月24日,校党委第一巡察组巡察外国语学院党委工作动员会在敬业楼912会议室召开。副校长、校党委第一巡察组组长李苏北同志出席会议并作动员讲话。校党委第一巡察组全体成员、外国语学院党委领导班子成员及学院全体教职工参加会议。院党委书记周珊珊主持会议。
……
校党委第一巡察组副组长、艺术与设计学院党委书记杨帆同志宣读了巡察通知书。
周珊珊同志代表外国语学院党委做了表态发言。
与会教职工认真填写了《领导班子民主测评表》和《领导班子成员民主测评表》。
""", {"unit": "外国语学院党委", "units": [], "group": "党委第一巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://art.scu.edu.cn/info/1047/11079.htm (a university's ninth committee's sixth round: its first group mobilises at
    # the art college: term 9, round 6; the group is named under its round (第六轮巡视第一巡视组), so it is not scored, as the
    # set reads such groups; 12月1日 is the mobilisation's day, no start; the window for letters (2025年12月1日至2025年12月25日)
    # is no span of the visit (as r18's hohhot notice reads its window: no end))
    ("scu_art_college_ninth_term_sixth_round_first_group_mobilisation", "https://art.scu.edu.cn/info/1047/11079.htm", "news", """根据学校党委巡视工作统一部署,12月1日,中共四川大学第九届党委第六轮巡视第一巡视组巡视艺术学院党委工作动员会在湖畔报告厅召开。第一巡视组和专项工作组有关人员,艺术学院领导班子全体成员,工会主席,两委委员,专职组织员,科室、系(馆)负责人,各党支部书记,在职教职工代表,离退休教职工代表,学生代表等参加了动员会。会议由学院院长何宇主持。
第一巡视组组长陈华明作动员讲话,并就做好本轮巡视工作提出三点意见。……
学院党委书记覃孟念代表艺术学院作表态发言,……
根据安排,第一巡视组受理信访时间为2025年12月1日至2025年12月25日。……
""", {"unit": "艺术学院党委", "units": [], "term": 9, "round": 6, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://epaper.cqrc.org.cn/web/202309/29/content_17577.html (a district newspaper: the fifteenth committee's fifth round's
    # first group mobilises at the district hospital: term 15, round 5; the group named under its round is not scored; the
    # round's stated period (此轮巡察时间为2023年9月14日至12月31日) is the hospital's visit, the text giving it 3个半月 of 常规巡察;
    # 近日 gives no day)
    ("district_hospital_fifteenth_term_fifth_round_first_group_mobilisation_paper", "http://epaper.cqrc.org.cn/web/202309/29/content_17577.html", "news", """本报讯(融媒体中心记者 张 雪)十五届区委第五轮第一巡察组巡察区人民医院党委工作动员会近日召开。区委常委、区纪委书记、区监委主任,区委巡察工作领导小组常务副组长李威参加并讲话。
据了解,巡察组主要围绕“三个聚焦”和“一个落实”对区人民医院党委开展为期3个半月的常规巡察。
……
据悉,此轮巡察时间为2023年9月14日至12月31日,巡察期间设专门信访电话:19923709513(受理电话时间为:工作日9点—18点)、电子邮箱xunchayizu06@163.com。……
""", {"unit": "区人民医院党委", "units": [], "term": 15, "round": 5, "start": date(2023, 9, 14),
      "end": date(2023, 12, 31), "feedback_date": None, "figures": []}),
    # http://uhuoduo.com/info/1421/6571.htm (a city college's leadership holds a rectification life meeting under a provincial
    # group's rectification requirements: the group is named (省委第七巡视组); the college is not named (学院党委), so the
    # unit is left unscored; 4月29日 is the meeting's day, no feedback; the 以案促改 回头看 is no inspection)
    ("college_provincial_seventh_group_rectification_life_meeting", "http://uhuoduo.com/info/1421/6571.htm", "news", """按照省委第七巡视组巡视整改工作要求和市委对于巡视整改工作的安排部署,4月29日,学院党委领导班子在309会议室召开了巡视整改专题民主生活会,党委书记、校长艾国主持会议。全体领导班子成员参加会议。学院组织宣传部、党政办公室、纪检监察室负责人列席会议。
……
会上,艾国书记首先代表班子作了对照检查。汇报了开展赵正永案以案促改专题民主生活会“回头看”自查整改情况,重点围绕“四个方面”认真查找班子存在的突出问题,深入剖析原因,提出努力方向和改进措施。……
艾国书记在总结讲话时强调,学院党委将对此次民主生活会上查找出来的问题进行梳理分析、提出整改措施,纳入巡视整改的具体举措中,……
""", {"units": [], "group": "省委第七巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://shss.usth.edu.cn/info/1035/2130.htm (a university college's rectification life meeting after the university's
    # internal round: no group, round or day of the visit is told and the college is not named, so the unit is left
    # unscored and the rest are absence checks; 9月24日 is the meeting's day)
    ("usth_college_internal_round_rectification_life_meeting", "http://shss.usth.edu.cn/info/1035/2130.htm", "news", """按照学校党委关于巡察整改的工作要求,9月24日上午,学院党委在朝阳楼0317会议室召开了巡察整改专题民主生活会。会议由党委书记孙晓辉主持。
为开好这次专题民主生活会,学院抢前抓早周密制订实施方案。……
最后,孙晓辉作会议总结,并对整改工作提出明确要求。要以坚定的政治自觉推动巡察整改,……以巡察整改的实际成效推动各项工作走深走实。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://mks.qfnu.edu.cn/info/1060/8349.htm (a university's second group feeds back to its school of Marxism: the unit
    # as the feedback names it; the group in the university notation (学校党委第二巡察组 -> 党委第二巡察组); the visit's span is
    # told in full; 3月22日 takes its year from the dated line (2024-03-22), after the visit's end; the findings are cut, so
    # problems are left unscored; 前20% is a subject ranking, no figure)
    ("qfnu_marxism_school_second_group_feedback_2024", "https://mks.qfnu.edu.cn/info/1060/8349.htm", "news", """学校党委第二巡察组向马克思主义学院党委反馈巡察情况
发布日期: 2024-03-22
3月22日下午,学校党委第二巡察组向马克思主义学院党委反馈巡察情况。学校党委副书记、党委巡察工作领导小组副组长卢国强主持召开向马克思主义学院党委书记陈庆国的反馈会议,出席向马克思主义学院党委领导班子反馈巡察情况会议,对巡察整改工作提出要求。校党委第二巡察组组长刘进代表校党委巡察组分别向陈庆国和学院党委领导班子反馈了巡察情况。陈庆国主持向领导班子反馈会议并就做好巡察整改工作表态发言。
根据校党委统一部署,2023年10月30日至11月30日,校党委第二巡察组对马克思主义学院党委开展了巡察。……校党委巡察工作领导小组听取了巡察组的巡察情况汇报,并向校党委常委会议专题报告了有关情况。
刘进在反馈时指出,马克思主义学院党委坚持以习近平新时代中国特色社会主义思想为指导,落实立德树人根本任务,在学科建设、理论研究、人才培养等方面取得较好成绩,其马克思主义理论学科在2023年软科中国最好学科排名中进入前20%。但巡察也发现,学院党委在贯彻“四个落实”方面还存在差距和不足。……
""", {"unit": "马克思主义学院党委", "units": [], "group": "党委第二巡察组", "term": None, "round": None,
      "start": date(2023, 10, 30), "end": date(2023, 11, 30), "feedback_date": date(2024, 3, 22), "figures": []}),
    # https://mks.usx.edu.cn/info/1142/6043.htm (a university's fourth group mobilises at its school of Marxism: the unit as
    # the meeting names it; the group in the university notation (校党委第四巡察组 -> 党委第四巡察组, as the text itself says);
    # 4月16日 has no year and is a mobilisation day, no start)
    ("usx_marxism_school_fourth_group_mobilisation", "https://mks.usx.edu.cn/info/1142/6043.htm", "news", """根据校党委统一部署,4月16日下午,校党委第四巡察组巡察马克思主义学院党委情况动员会在马克思主义学院406报告厅顺利召开。校党委副书记黄坚出席动员会议并讲话,党委第四巡察组组长章欢平同志、副组长宓才裕和成员邱科强、张冉,以及马克思主义学院党委领导班子成员、全院教职工参加本次会议。会议由马克思主义学院党委书记陈红主持。
会上,黄坚代表校党委巡察工作领导小组进行动员讲话,并对巡察工作提出三点意见和要求:……
章欢平组长详细介绍了本次巡察的主要内容及工作方式,……
""", {"unit": "马克思主义学院党委", "units": [], "group": "党委第四巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://henan.sina.com.cn/news/z/2018-10-23/detail-ihmuuiyw1307334.shtml (a portal's copy of a province's deployment of its
    # tenth committee's fifth round over its universities: term 10, round 5; the 36 universities are counted (36所省管本科院校),
    # no units; 10月22日 is the meeting's day, no start; 第20次(扩大)会议 is a meeting's number, no round)
    ("henan_tenth_term_fifth_round_thirty_six_universities_deployment", "http://henan.sina.com.cn/news/z/2018-10-23/detail-ihmuuiyw1307334.shtml", "rounds", """来源:清风中原
  10月22日,十届省委第五轮巡视工作动员部署会议暨省委巡视工作领导小组第20次(扩大)会议在郑州召开。按照省委统一部署,本轮巡视安排12个巡视组,采取“一托三”的方式,对36所省管本科院校开展常规巡视。
  会议公布了本轮巡视组组长、副组长授权任职和任务分工。
""", {"unit": "", "units": [], "group": None, "term": 10, "round": 5, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://ylszyyy.com/news/info.aspx?id=177 (a city hospital's own site, its days run together (2021723日, 2021326日至615日),
    # each readable one way only (2021年7月23日; 2021年3月26日 to 6月15日), as the set reads run-together digits: the feedback
    # day and the visit's span; the group named with its city in the title (玉林市委第二巡察组) is written short (settled 9);
    # the unit as the feedback names it)
    ("yulin_tcm_hospital_city_second_group_feedback_run_together", "http://ylszyyy.com/news/info.aspx?id=177", "noisy", """院内新闻
玉林市委第二巡察组向市中医医院党委反馈巡察情况
根据市委巡察工作领导小组的部署,2021723日,市委第二巡察组向市中医医院党委反馈了巡察情况。市政府副秘书长罗昶,市纪委常委、市监委委员覃小滨出席反馈会议,对巡察整改提出要求。市委第二巡察组组长杜达武代表巡察组分别向市中医医院党委书记李文和领导班子反馈了巡察意见。李文主持反馈会议,并就做好巡察整改工作作表态讲话。市委第二巡察组副组长韦勇荣参加反馈会议。
2021326日至615日,市委第二巡察组对市中医医院党委进行了常规巡察。……市委书记专题会议、市委巡察工作领导小组会议分别听取了巡察情况汇报,并向市委常委会会议报告了有关情况。
杜达武指出,2016年以来,市中医医院党委认真学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神,……
""", {"unit": "市中医医院党委", "units": [], "group": "市委第二巡察组", "term": None, "round": None,
      "start": date(2021, 3, 26), "end": date(2021, 6, 15), "feedback_date": date(2021, 7, 23), "figures": []}),
    # https://lib.sasu.edu.cn/news_print.php?ID=7432 (a university library's rectification life meeting, its day run together
    # (1018日, 10月18日, with no year): the unit as the inspection report names it (关于巡察图书馆的情况报告); the group has no
    # owner of its own (校党委巡察办巡察一组), left unscored; 四个方面主要问题 and 五个方面重点问题 are counted aspects, no figure
    # (problems left unscored); 2021年 dates last year's materials, no visit)
    ("sasu_library_rectification_life_meeting_run_together", "https://lib.sasu.edu.cn/news_print.php?ID=7432", "noisy", """图书馆召开领导班子巡察整改专题民主生活会
      根据校党委对巡察工作的统一部署和要求,1018日上午,图书馆召开领导班子巡察整改专题民主生活会。校党委巡察办巡察一组组长高晶同志、巡察专员唐玉萍同志到会指导。会议由图书馆党总支负责人李兴贵同志主持。
      李兴贵首先通报了此次专题民主生活会会前准备情况,并代表图书馆领导班子作检视剖析。……一是结合党委巡察办“关于巡察图书馆的情况报告”巡察发现的四个方面主要问题,二是结合“图书馆领导班子巡察整改专题民主生活会工作方案”确定的对照检查五个方面重点问题,三是结合2021年图书馆党支部领导班子对照检查材料和开学后图书馆实际工作。……
""", {"unit": "图书馆", "units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # search corpus pages (no URL returned) (traditional script with an image tag's remains (740)this.width=740>): a city
    # group's three-day revisit of a hospital's rectification of last year's visit: the group as named (市委第五巡視組, an early
    # city 巡视组); the hospital is 我院 only, so the unit is left unscored; 10月17日至10月19日 has no year (and is the revisit's),
    # so no start or end)
    ("hospital_city_fifth_inspection_group_revisit_trad", "search corpus pages (no URL returned)", "noisy", """740)this.width=740>
組長張秋生(中)發表重要講話
10月17日至10月19日,市委第五巡視組在張秋生組長的帶領下,對我院開展了為期3天的巡視回訪工作。本次巡視回訪是去年市委第五巡視組對我院巡視工作的延續,旨在對去年巡視組向我院提出的反饋情況所開展的整改工作進行實地考察,并對醫院領導班子及成員開展民主評議。……
巡視回訪工作會議于10月17日下午在醫院辦公樓五樓會議室隆重舉行,會議由巡視組副組長黃惠友主持,組長張秋生作了重要講話。……
會議聽取了我院黨委書記、院長廖承建就去年巡視組反饋情況作的整改工作匯報,……
""", {"units": [], "group": "市委第五巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.liaoyouw.com/html/2019-04/29/content_1007361379235774464.html (a spun copy: 领导 written 向导, 工作 事情, 参加
    # 加入, 安全畅通 清静流通, with a betting name (利来国际) written into 确保…公路: a group's study meeting on rectifying a visit it
    # does not describe: no group, round, body or day of the visit; 4月28日 is the meeting's; unit left unscored)
    ("group_company_inspection_rectification_study_spun_betting_copy", "http://www.liaoyouw.com/html/2019-04/29/content_1007361379235774464.html", "noisy", """4月28日,集团党委书记、董事长滕英明主持召开巡视整改专题学习会,李海鹰、陈儒刚、周竹、何桂文划分围绕学习内容作主题讲话。集团在家向导班子成员、集团总部部分认真人和二级单位正职向导职员加入聚会。
滕英明强调,集团各级党组织要深学笃用习近平新时代中国特色社会主义头脑,……滕英明就近期有关事情举行了安排安排,他强调:一要清静流通,建设健全预案,确保利来国际公路清静流通。二要提升服务质量,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://jbt706.com/news-show-12289.html (a forestry research institute's page copied under a betting site's name: a
    # stationed discipline group's survey (调研) of the city forestry research institute is no party inspection: expects
    # nothing; its 意见和建议 are no findings)
    ("forestry_institute_discipline_group_survey_betting_copy_not_inspection", "http://jbt706.com/news-show-12289.html", "noisy", """betway必威体育_中国体彩网-【唯一官网】@
图片
驻市水利局纪检监察组到市林科所调研
发布时间:2024-03-29 15:33:18 来源:吉安市林科所 作者:贺珑、刘钊
?3月27日,驻市水利局纪检监察组一行到市林科所就林业科研项目建设管理情况开展调研指导。
调研组实地察看了林下经济山香圆示范基地、芭茅坑工区、拦水坝工程、油茶采穗圃示范园和组培试验室等地,……并就项目规划实施、经营管理和资金使用提出意见和建议。
调研组指出,要切实履行科研项目主体责任,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- in SHARES_TEMPLATE ---------------------------------------------------------------------------------------------
    # http://fuzhong.cafa.edu.cn/2019fz/c/?N=163&nit=31 (SHARES_TEMPLATE: the mobilisation of the visit r21's notice
    # announces: the unit as the meeting names it; the group in the university notation; 2023年3月27日 is the mobilisation's
    # day in this text, no start; no round named here)
    ("cafa_middle_school_third_group_mobilisation_news", "http://fuzhong.cafa.edu.cn/2019fz/c/?N=163&nit=31", "news", """中央美术学院党委第三巡察组巡察附中工作动员会召开
根据学院党委统一部署,党委第三巡察组巡察附中工作动员会于2023年3月27日中午在413报告厅举行。纪委办公室主任刘娟、巡察组组长徐新立、附中党政领导班子、全体教职工、离退休教师代表、学生代表共同出席会议。会议由附中党总支书记刁婷婷主持。
徐新立同志代表巡察组作巡察工作动员讲话,就此次巡察工作重点任务和总体安排作出详细说明。……
""", {"unit": "附中", "units": [], "group": "党委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=41441 (SHARES_TEMPLATE: the Shandong cities' feedback template; a
    # city group's feedback to a middle school after the seventh committee's second round's collective feedback: term 7,
    # round 2; 5月12日 has no year, so no feedback day; the image name (1684223213145.png) is no date)
    ("dongying_second_middle_school_city_fourth_group_seventh_term_second_round_feedback", "http://www.jiwei.gov.cn/news_content.thtml?contentId=41441", "news", """市委第四巡察组向市第二中学党委反馈七届市委第二轮巡察情况
1684223213145.png
  根据市委部署,5月10日,市委巡察工作领导小组召开七届市委第二轮巡察集中反馈会议,传达学习市委副书记、市长陈必昌在听取七届市委第二轮巡察情况汇报时的讲话精神,通报巡察全市中小学校(幼儿园)情况,对做好巡察整改工作进行安排部署。5月12日,市委第四巡察组组长田居光分别向市第二中学党委书记、校长张振峰和领导班子反馈了巡察情况,市委巡察工作领导小组成员、市纪委常委、市委巡察办主任孟宪忠就抓好整改工作提出要求,张振峰主持反馈会议并就做好巡察整改工作讲话。
  田居光指出,近年来,市第二中学党委能够坚持以习近平新时代中国特色社会主义思想为指导,……巡察中发现了一些问题,主要是:学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神不深不实,……对巡察、审计发现问题整改不彻底。同时,巡察组还收到一些领导干部的问题反映,已按规定转有关方面处置。
""", {"unit": "市第二中学党委", "units": [], "group": "市委第四巡察组", "term": 7, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
