"""Outside texts of batch r33 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r25-r32 included) and test_outside_documents.py, with and without www./m./mip./wap. and its query string
(host and path grepped apart), and two or three distinctive names or phrases of each text (its people, its bodies, its
round) were grepped in them, in simplified and traditional script; at the end the same was done against the other
collectors' files of this pass (see the overlap check below). Fields were written down by reading only: the importer was not
run, no test or bench that runs it was run, and the collector read neither imports/parsing nor the parser's tests (only the
outside_*.py data files, outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring, and the brief).

Overlap check. `bench/outside_overlap.py tests/imports/parsing/outside_r33.py` (it loads the cases without running the
importer; 16 texts against 1899 earlier) finds no shared address, 174 pairs sharing more than 3 shingles and 8 of them more
than 3 beyond its formulas; the longest shared run is 35 characters. Two pairs put texts in SHARES_TEMPLATE: the Nantong
health school's mobilisation shares 32 shingles beyond formulas with r12's nantong_press_group_mobilisation_trad (the Nantong
city groups' mobilisation template, the same group leader 張偉明 in a later round), and Wuhan University's logistics group
feedback shares 36 with r12's whu_youth_league_feedback (the university's feedback template, word for word in its hearings
sentence, on the portal's other host dwxcb.whu.edu.cn, which the host grep had missed: another round and unit). The others
are official formulas or coincidences of other places: the optometry feedback's traditional script remains (會(huì)議,對(duì),
查情況進(jìn)行通報(bào), 領(lǐng)導(dǎo), 意識(shí)形態(tài)工作) with r15's gansu_appointment_checks_trad and r19's boluo_media_centre_progress_trad, the
Nantong mobilisation's date 2024年10月10日 with r11's luzhou_tcm_hospital_progress, the property centre's 根据校党委统一部署,2023年1
and 习近平新时代中国特色社会主义思想 with r32's Qufu feedback and r16's sicau library feedback, the logistics office's
学习了习近平总书记在中共中央政治局 with r31d's huaibei special round, the medical college's 以巡促改、以巡促建、以巡促治 with r28d's tongwei
(a formula), the four colleges' 学院党委、马克思主义学院党委和 with r30's science_technology_university list, the media group's 根据市委统一部署,
2019年11月 and 党务公开原则和巡察工作有关要求 with r14's fengtai and r11's jinhua progress reports (formulas). The tool counts four texts as
sharing more than its formulas with the seeds (the property centre's and the logistics centre's feedbacks, the logistics
office's life meeting and the medical college's push meeting) by their official wordings; none is a seed's text. Of the other
collectors' files of this pass only outside_r33c.py was present at the end: it holds none of this file's addresses, hosts,
bodies or people (grepped: every host and path, 成都传媒, 眼視光, 后勤/後勤, 物业服务中心, 北师大, 浙江理工, 德江, 张生芳, 桑海云,
吴剑平, 翟从永, 姜星莉, 王淑娉, 吕延苹, 胡冲, 顧鋒, 張偉明, 绍医), and no text of it shares more than the formula 习近平新时代中国特色
社会主义思想 with any of this file's (9 shingles at most); outside_r33b.py and outside_r33d.py were not yet present, so the
integrator should compare them (this file's hosts: hqch.sdut, hqjt.zjnu, hqglc.xjau,
wyxy.whcp, sxlsgt, shsgah-hospital, m.bddshop, djxzyy, xsb.bnu, news.zstu, cmgchengdu, 630483, whetbxw, esptrio, gamemdd,
dwxsb.whu; the media group's text is a look-back's progress report, the one a collector of look-backs might also take).

Sources. 16 texts from the search tool's "pages" corpus, all with their address. The corpus is exhausted for most of this
share: of about 200 candidate addresses the searches returned (some 40 queries: enterprise groups' internal rounds and
their subsidiaries' mobilisations, city groups at state firms and investment companies, power supply, water, tobacco,
postal and geological bodies, banks, rural commercial banks, credit unions, securities firms and insurers (the tool returns
regulations, essays and rating rules for all the financial ones), publishing, press, broadcasting and media groups,
universities' and vocational colleges' internal rounds, medical colleges, university hospitals, city, county and traditional
Chinese medicine hospitals' visits and rectification meetings, the academies' institutes, and the progress reports of all
of these), about nine in ten were earlier batches' (every hit for enterprise groups' internal rounds, city groups at state
firms, banks and insurers, CAS institutes, press groups, and most hospital and university texts; two enterprise texts
found new were crossed rounds, left to the collector of crossed and linked rounds: a district's crossed rounds of its
state firms' subsidiaries and a transport group's crossed internal round). What still gave new texts: universities'
logistics and property bodies (a property service centre's branch, a logistics service centre, a logistics service group
in a sixth round, a logistics service office's life meeting after a third round, a logistics office's rectification column
in traditional script), a university's round over its five
affiliated schools, a university's fifth-round training meeting naming its four colleges, a city group's rectification met
by a college's teachers' branch, a medical college's rectification push meeting, a university hospital's rectification
office meeting, a college's optometry department's feedback in traditional script, a media group's look-back progress
report, a spun university text under a casino name, a vocational college's survey on rectification (no inspection), a
health bureau's hospital check (巡查, no party inspection), and a health vocational school's mobilisation in the Nantong
template (SHARES_TEMPLATE).

Families and counts (16 texts, 2 in SHARES_TEMPLATE, 14 measured). news 9, eight measured:
sdut_property_centre_branch_first_group_feedback (a unit, a group, the visit's span, a feedback day by settled 1),
zjnu_logistics_centre_first_group_feedback (a unit, a group, a day without a year),
xjau_logistics_office_third_round_first_group_life_meeting (a unit, round 3, the visit's span, a month only),
whcp_teachers_branch_city_fourth_group_rectification_life_meeting (a group only),
medical_college_internal_round_rectification_push_meeting (absences only),
hospital_rectification_office_weekly_meeting_synchronous_round (absences only),
vocational_college_secretary_survey_on_rectification_not_inspection (a survey, no inspection: expects nothing) and
county_tcm_hospital_health_bureau_check_not_party_inspection (a 巡查 by a health bureau, no party inspection: expects
nothing); one in SHARES_TEMPLATE: whu_logistics_group_sixth_round_ninth_group_feedback (a unit, round 6, the span and the
feedback day from the dated line); rounds 2, both measured: bnu_fourteenth_term_third_round_five_affiliated_schools (term 14, round 3, 5 units) and
zstu_fifth_round_training_four_colleges (round 5, 4 units); progress 1, measured:
chengdu_media_group_city_first_group_look_back_progress (a unit, a group, the revisit's span, the feedback day); audit 0;
noisy 4, three measured: optometry_department_college_second_group_feedback_trad (traditional script: a unit in brackets,
days without a year), logistics_office_fourth_round_rectification_column_trad (traditional script: a unit, round 4, the
visit's span, four figures) and university_special_round_first_group_mobilisation_casino_spun (a university's text spun to
公司 under a casino name: absences only); one in SHARES_TEMPLATE: nantong_health_school_city_fifth_group_mobilisation_trad.

Fields read: 42 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 88 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the collector's
count, outside SHARES_TEMPLATE; 49 fields and 98 absence checks with it. By family (outside SHARES_TEMPLATE): news 14 fields
and 56 absence checks, rounds 14 and 11, progress 5 and 4, noisy 9 and 17, audit none. Figures read: 4, all in the
logistics office's column (problems 35, completion_rate 100, rules_established 54, funds_recovered 410); no other text
states a count of problems, measures, clues or cases as an inspection's (43条 requests, 5個方面, 四个方面, 7个二级学院, 4个巡视组
are no figures).

Reading conventions (outside_set.py's settled conventions 1-16 followed exactly, and the written conventions of
outside_r24.py's docstring and the earlier files): a feedback day without a year, in a text whose visit has a year, takes
the year that puts it after the visit's end (settled 1: the property centre's 4月11日 after 2023年11月3日至21日 is
2024-04-11); days without a year take the year of the text's dated line where it has one (WHU's 3月22日至4月9日 and 5月20日
under 发布日期: 2021-06-01, as r32 reads Qufu's 3月22日, in SHARES_TEMPLATE), and give no date where neither the text nor a dated line gives one
(Zhejiang Normal's 1月2日, the optometry department's 6月1日至14日 and 6月30日); a mobilisation, training or meeting day is no
start and no feedback (settled 10: Beijing Normal's 9月20日, Zhejiang Sci-Tech's 3月17日, the medical college's 2023年2月17日,
the hospital's 8月18日, the teachers' branch's 11月13日); one month told for a meeting (2024年1月召开…民主生活会) gives no day
(settled 12); a survey's span (2025年11月3日至8日, a 调研) is no visit's span; a
round named with the committee that runs it is the text's (十四届党委第三轮巡视, 校党委第六轮巡察, 学校党委第四轮巡察组); a group
named under its round (校党委第六轮巡察第九巡察组) or with no number of its own (学校党委第四轮巡察组) is not scored; a
university's groups are written without its name, 校 or 学校 (浙江师范大学党委第一巡察组, 校党委第一巡察组 -> 党委第一巡察组); a
group named with its city in front is written short (settled 9: 南通市委第五巡察组 -> 市委第五巡察组); a unit's bracketed
second name is kept with full-width brackets (settled 7, as r18 reads 广州日报报业集团（广州传媒控股有限公司）党委); a progress
report's unit stays the visit's (settled 5's note: 对成都传媒集团开展了巡察“回头看” -> 成都传媒集团); a count of problems at two
levels has the finer as its figure (settled 4: 7大项35个问题 -> 35); measures or tasks done (完成整改任务86项) are no figure, as
r21's xiangcheng reads 完成整改措施62项; 挽回经济损失约410万元 is funds_recovered 410 (万元, as earlier files write it); 巡查 by a
health bureau and a 调研 are no party inspection; expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it: the media group's text is a progress report on a city group's look-back (巡察“回头看”);
it is kept in this share as a media group's progress report (the brief names them here), its look-back noted, and the
other collectors' files were checked for it at the end; its unit is the visit's (成都传媒集团), though the title names 中共成都传媒
集团委员会 and the feedback 成都传媒集团党委; the optometry department's group is left unscored (the text names the meeting
学院党委第二巡察组's and its leader 第一巡察组组长), and its unit keeps its bracketed hospital; Zhejiang Normal's findings (主要
包括 four clauses joined by semicolons, each holding several problems) and the property centre's (one sentence) are left
unscored as problems; the logistics office's 完成整改任务86项 (tasks, not problems) is read as no figure, so an importer that
reads it as completed is counted as inventing; the casino copy's unit (专项巡察公司党委, a spun 学院党委) and group (公司党委
第一巡察组, a spun 学校党委第一巡察组) are left unscored; the agricultural university's 专项监督检查 by its third round's first
group is read as the round's visit (the group's 整改意见建议 are rectified as a 巡察's), so its unit, round and span are scored; the city group at the college (市委第四巡察组) is scored as the group
whose rectification the branch meets on, the college (外语学院, unnamed as a body inspected) left unscored, as r32 reads its
college life meeting; the hospital's synchronous round (学校布置的同步巡察整改) names no group, body or day, so only absences are
scored; the Beijing Normal round is scored as term 14, round 3 (十四届党委第三轮巡视, a university's own 巡视) with its five
schools as written; the Nantong health school's mobilisation is in SHARES_TEMPLATE (r12's nantong_press_group template and
group leader), its unit read without the abbreviation note (江苏省南通卫生高等职业技术学校党委).
16 texts, 14 outside SHARES_TEMPLATE: within the 13-18 texts the brief asks for, and over the 12 measured it asks for at least.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and visit, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the university's feedback template of r12's whu_youth_league_feedback (dwxcb.whu.edu.cn/info/1019/2149.htm, its fourth
    # round): …日,学校党委巡察工作领导小组审议了各组巡察报告;…日,校党委听取了第…轮巡察综合情况汇报,原则同意巡察组的报告,并对
    # 整改工作提出了明确要求 word for word (36 shingles beyond formulas), on the same portal's other host, another round and unit
    "whu_logistics_group_sixth_round_ninth_group_feedback",
    # the Nantong city groups' mobilisation template of r12's nantong_press_group_mobilisation_trad (and r31's Nantong rail
    # transit group): 根據市委巡察工作統一部署,…市委第五巡察組巡察…黨委工作動員會召開。動員會前,巡察組組長張偉明主持召開了
    # 與…黨委班子見面會,…就履行主體責任,督促…接受巡察監督、配合和支持巡察工作提要求;…主持會議,并作表態發言, the same group
    # leader (張偉明) in a later round, on another mirror
    "nantong_health_school_city_fifth_group_mobilisation_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R33 = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # https://hqch.sdut.edu.cn/2024/0417/c5022a513747/page.htm (a university's first group feeds back to its property service
    # centre's branch: the unit as the meeting names it (巡察物业服务中心党支部); the group in the university notation (校党委
    # 第一巡察组 -> 党委第一巡察组); the visit's span told in full (2023年11月3日至21日); 4月11日 has no year and takes the year
    # after the visit's end (settled 1: 2024-04-11, as the address's 2024/0417 agrees); the findings are one sentence, so
    # problems are left unscored; 2021年以来 dates the period reviewed, no visit)
    ("sdut_property_centre_branch_first_group_feedback", "https://hqch.sdut.edu.cn/2024/0417/c5022a513747/page.htm", "news", """4月11日下午,校党委第一巡察组巡察物业服务中心党支部情况反馈会在中心三楼319会议室召开。校党委常委、副校长崔焕勇、纪委副书记刘伟出席反馈会议,并对巡察整改工作提出要求。校党委第一巡察组组长吕延苹反馈了巡察情况。后勤管理处党委主要负责同志、中心领导班子成员、全体党员、职工代表参加会议。反馈会由后勤管理处党委书记贾立亮主持。
根据校党委统一部署,2023年11月3日至21日,校党委第一巡察组通过听取汇报、查阅资料、谈心谈话、向职能部门商函情况、接待群众来电来访等方式,对中心党支部开展校内巡察。党委巡察工作领导小组听取并审议了巡察工作情况汇报,党委常委会会议专题听取并研究了巡察工作有关情况。
吕延苹在反馈时指出2021年以来,中心党支部认真学习习近平新时代中国特色社会主义思想,……但巡察也发现,党支部存在学习贯彻习近平新时代中国特色社会主义思想不到位、落实全面从严治党战略部署不够深入、党支部工作不够规范、内部管理水平不高、作风建设不扎实、为师生提供优质物业服务还有差距等问题。……
""", {"unit": "物业服务中心党支部", "units": [], "group": "党委第一巡察组", "term": None, "round": None,
      "start": date(2023, 11, 3), "end": date(2023, 11, 21), "feedback_date": date(2024, 4, 11), "figures": []}),
    # https://hqjt.zjnu.edu.cn/Models/IParty_Content?ID=11639&type=gzap (a university's first group feeds back to its logistics
    # service centre: the unit as the meeting names it; the group named with the university in front is written in the
    # university notation (浙江师范大学党委第一巡察组 -> 党委第一巡察组); 1月2日 has no year and the text tells no visit's year, so no
    # feedback day; 主要包括 four clauses each holding several problems: problems left unscored)
    ("zjnu_logistics_centre_first_group_feedback", "https://hqjt.zjnu.edu.cn/Models/IParty_Content?ID=11639&type=gzap", "news", """1月2日下午,浙江师范大学党委第一巡察组巡察后勤服务中心党委情况反馈会在17幢1楼报告厅召开。副校长、党委委员朱毅峰,第一巡察组组长、校党委委员、组织部、统战部(人才办)部长王淑娉及巡察组全体成员出席会议,后勤服务中心党委书记、主任刘勇主持会议。
王淑娉代表第一巡察组通报了巡察情况。……但巡察中也发现还存一些短板与不足,主要包括:党委全面领导不够有力,用党的创新理论指导实践有差距;履行主责主业不够到位,采购管理不够规范,队伍建设缺乏统筹规划;贯彻落实新时代党的组织路线不够扎实有效,……;全面从严治党存在薄弱环节,内控管理制度不够健全,重点领域、关键环节还存在较大风险隐患。
……刘勇代表后勤服务中心党委作表态发言。
""", {"unit": "后勤服务中心党委", "units": [], "group": "党委第一巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://hqglc.xjau.edu.cn/2024/0127/c4331a93767/page.htm (an agricultural university's logistics service office meets on
    # the rectification its third round's first group asked for: the group's visit is called a 专项监督检查 but is the round's
    # (校党委第三轮巡察第一巡察组…对后勤服务处党委开展了专项监督检查, its 整改意见建议 the group's): the unit as the visit names it;
    # round 3 (校党委第三轮巡察, the university's own); the group named under its round is not scored; the visit's span told in
    # full; 2024年1月 is the life meeting's month, no feedback (settled 12); 四个方面 are counted aspects, no figure)
    ("xjau_logistics_office_third_round_first_group_life_meeting", "https://hqglc.xjau.edu.cn/2024/0127/c4331a93767/page.htm", "news", """根据校党委统一部署安排,校党委第三轮巡察第一巡察组于2023年10月13日至11月26日对后勤服务处党委开展了专项监督检查。为深入贯彻落实校党委第三轮巡察第一巡察组提出的整改意见建议,后勤服务处党委于2024年1月召开了专项监督检查专题民主生活会,并组织各支部召开专题组织生活会。各支部全体党员参加了会议,领导班子全体成员以普通党员身份参加会议。
生活会首先组织学习了习近平总书记在中共中央政治局专题民主生活会上的讲话。全体党员干部对照巡察组提出的专项监督检查意见,从四个方面进行了对照检查,主动认领问题、全面剖析查摆、制定整改措施。……
""", {"unit": "后勤服务处党委", "units": [], "term": None, "round": 3, "start": date(2023, 10, 13),
      "end": date(2023, 11, 26), "feedback_date": None, "figures": []}),
    # https://wyxy.whcp.edu.cn/2020/1211/c1628a41943/page.htm (a college's teachers' branch meets on the rectification a city
    # group asked for: the group is named (市委第四巡察组); the college is not named as the body inspected and the branch is no
    # unit, so the unit is left unscored; 11月13日 is the meeting's day, no feedback)
    ("whcp_teachers_branch_city_fourth_group_rectification_life_meeting", "https://wyxy.whcp.edu.cn/2020/1211/c1628a41943/page.htm", "news", """(通讯员:董瑶)为深入贯彻落实市委巡察办和市委第四巡察组关于巡察整改工作的要求,以高度负责的态度、行之有效的措施推动整改,切实做到全面整改、立行立改、真改实改,确保巡察发现的问题件件有落实、事事有回音,11月13日中午,外语学院教师第二党支部全体教师在2-1-401会议室召开了“巡察整改”专题组织生活会。
……
会议第三项,支部党员进行批评与自我批评。外语学院教师第二党支部全体党员教师根据自身的工作情况,以落实市委第四巡察组关于整改工作的要求为主题,对照整改清单,逐一进行了批评与自我批评。……
""", {"units": [], "group": "市委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://sxlsgt.com/info/1026/19645.html (a medical college's committee meeting that is also its push meeting on the
    # university's internal round: no group, round or day of the visit is told and the college is 学院 only, so the unit is
    # left unscored and the rest are absence checks; 2023年2月17日 is the meeting's day, no feedback)
    ("medical_college_internal_round_rectification_push_meeting", "https://sxlsgt.com/info/1026/19645.html", "news", """2023年2月17日,学院在行政楼219会议室举行学院举行党委会、新学期干部务虚会暨校内巡察工作整改推进会。学院党政领导班子成员,各科室、系(部)、中心负责人,党支部书记等参加会议。
……
在校内巡察工作整改推进会阶段,学院党委书记吴剑平总结了学校党委对学院党委的政治巡察工作,分析了学院在巡察工作中存在的主要问题,对上一阶段即查即改情况进行了说明,并就如何推进整改落实工作提出了明确要求。……吴书记强调,学院上下要密切配合,上下联动,按照学院党委的要求全力推进校内巡察整改工作,以巡促改、以巡促建、以巡促治,学院各级干部要提高政治意识和责任意识,发扬新时代绍医精神,攻坚克难,抓铁有痕,高质量完成巡察整改,推动学院事业的高质量发展。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://www.shsgah-hospital.cn/gzb/portal/channel_244/202208/1270.html (a university hospital's rectification office
    # holds its fifth weekly meeting on the university's synchronous round (学校布置的同步巡察整改): no group, round, body or day
    # of the visit; the hospital is 医院 only, so the unit is left unscored; 8月18日 is the meeting's day)
    ("hospital_rectification_office_weekly_meeting_synchronous_round", "https://www.shsgah-hospital.cn/gzb/portal/channel_244/202208/1270.html", "news", """8月18日上午,医院召开巡察整改办公室第五次周工作例会,医院党委巡察整改工作领导小组常务副组长、巡察整改办公室主任翟从永及相关整改问题责任成员单位参加了会议,会议由医院办公室主任何斌主持。
会议首先由各职能部门汇报了目前巡察整改工作的进度,并按照巡察整改的要求进行对账销号,同时汇报巡察整改工作过程中的思考和计划。
翟从永在听取了各责任部门整改工作进展情况后对近期取得的阶段性成果给予了充分的肯定,同时对下一步工作提出了几点要求: 一要提高政治站位,把学校布置的同步巡察整改工作当做是对医院的一次政治体检,……二要严明整改纪律,按照学校党委要求,扎实抓好同步巡察整改,严防敷衍整改、虚假整改;……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://m.bddshop.com/info/1402/100302.htm (a vocational college's secretary leads a survey (专项调研) of seven colleges on
    # the rectification of a provincial visit: a 调研 is no party inspection, so it expects nothing: no unit, no units (the
    # seven colleges are surveyed), no group, no dates (2025年11月3日至8日 is the survey's span), no problems (43条 are
    # requests gathered, no figure))
    ("vocational_college_secretary_survey_on_rectification_not_inspection", "http://m.bddshop.com/info/1402/100302.htm", "news", """为深入贯彻落实党中央、省委关于巡视整改的决策部署,紧扣《国家职业教育改革实施方案》要求,2025年11月3日至8日,校党委书记张生芳带领调研组,对机车车辆学院、机械工程学院、轨道装备学院、智能制造学院、工务电务学院、高新技术学院、交通运输学院等7个二级学院,开展“全覆盖、深层次、精准化”专项调研。通过现场考察、听取汇报、集中交流、一对一谈话等环节,摸清办学底数,锚定改革方向,为学校机构改革、院系重组及职业教育高质量发展谋篇布局。
……张生芳逐一倾听三级岗以上人员对学校发展的意见建议,收集有效诉求43条,确保“听真话、察实情、出实招”。
……张生芳在多场交流中明确要求,“必须以‘集中力量办大事’的思路破局,把巡视整改成效转化为职业教育高质量发展实效”。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://djxzyy.com/news_hos/2401/1 (a county traditional Chinese medicine hospital's mobilisation for the health bureau's
    # check of such hospitals (中医类医院巡查): a 巡查 by a health bureau's group is no party inspection (as r29 reads a large
    # hospital check), though the text calls it 中央巡视工作…的落实与延伸: it expects nothing; 8月21日 is the meeting's day)
    ("county_tcm_hospital_health_bureau_check_not_party_inspection", "http://djxzyy.com/news_hos/2401/1", "news", """德江县民族中医院召开2024年中医类医院巡查工作动员会
8月21日,德江县民族中医院召开2024年中医类医院巡查工作动员会,中医类医院巡查组组长、县卫生健康局党组成员付波等巡查组领导及专家、院党政领导班子、中层干部及各党支部书记参加会议。
会上,巡查组副组长、县人民医院院长田永松宣读了《德江县中医类医院巡查工作方案》并对接下来的巡查工作分工安排作了详细介绍;县民族中医院院长张永红从医院情况、工作情况、存在问题及下步工作重点等方面对自查工作相关情况作了汇报。
会议指出,医院巡查工作是落实习近平总书记全面从严治党和全面依法治国政治层面作出的制度安排,……是中央巡视工作在卫生健康领域的落实与延伸,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # https://xsb.bnu.edu.cn/gzdt/888b15ff84204846aa8b91eef672d54d.htm (a university deploys its fourteenth committee's third
    # round of its own 巡视 over five affiliated schools: term 14, round 3; the five schools as written; 4个巡视组 have no
    # numbers, so no group; 9月20日 is the meeting's day, no start)
    ("bnu_fourteenth_term_third_round_five_affiliated_schools", "https://xsb.bnu.edu.cn/gzdt/888b15ff84204846aa8b91eef672d54d.htm", "rounds", """9月20日上午,学校召开十四届党委第三轮巡视动员部署会,学校党委常委、副校长孙红培视频参会并讲话,纪检监察机构、党委组织部有关负责人,第三轮巡视巡视组组长代表和被巡视单位党政主要负责人等参加会议。会议以线上线下相结合的方式召开,由党委巡视工作办公室主要负责人主持。
会上,党委组织部有关负责人宣读了第三轮巡视《巡视组组长授权任职及任务分工的决定》。
……
根据学校党委部署,第三轮巡视安排4个巡视组,分别对北师大附属实验中学党委、实验幼儿园党总支、实验小学党总支、第二附属中学党委、附属中学党委开展巡视。
""", {"unit": "", "units": ["北师大附属实验中学党委", "实验幼儿园党总支", "实验小学党总支", "第二附属中学党委", "附属中学党委"],
      "group": None, "term": 14, "round": 3, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://news.zstu.edu.cn/info/1033/43615.htm (a university's fifth-round training meeting names the round's four colleges:
    # round 5 (第五轮校内巡察, the university's own); the four colleges as written; four groups named together (校党委第一、第二、
    # 第三、第四巡察组), so no group; 3月17日 is the training's day, no start; 新一轮省委巡视 is no round of the text)
    ("zstu_fifth_round_training_four_colleges", "http://news.zstu.edu.cn/info/1033/43615.htm", "rounds", """3月17日上午,浙江理工大学第五轮校内巡察工作培训会在215会议室举行,校党委第一、第二、第三、第四巡察组全体成员参加会议。校纪委书记、校党委巡察工作领导小组副组长陈正奎出席并作动员讲话。
……他指出,本轮巡察是学校接受新一轮省委巡视以来的第一次,是新修订巡察实施办法后的第一次,也是巡察对象最多、大范围开展的一次巡察,要在以往巡察经验基础上一如继往地做实做好。
……
经党委研究决定,本轮对理学院党委、机械与自动控制学院党委、马克思主义学院党委和科技与艺术学院党委开展巡察,各巡察组将于近期进驻相应学院开展工作。
""", {"unit": "", "units": ["理学院党委", "机械与自动控制学院党委", "马克思主义学院党委", "科技与艺术学院党委"], "group": None,
      "term": None, "round": 5, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- progress -------------------------------------------------------------------------------------------------------
    # http://www.cmgchengdu.com/content.php?cid=26&id=1319 (a city media group's progress report on a city group's look-back:
    # the unit is the visit's (对成都传媒集团开展了巡察“回头看”), as a progress report keeps it; the group as named; the
    # look-back's span and the feedback day told in full; 4月29日 is the committee's meeting the day after, no feedback; 三个月
    # is the rectification period; no count is stated in the excerpt)
    ("chengdu_media_group_city_first_group_look_back_progress", "http://www.cmgchengdu.com/content.php?cid=26&id=1319", "progress", """中共成都传媒集团委员会关于巡察“回头看”整改阶段进展情况的通报
发布时间:2020-09-28
根据市委统一部署,2019年11月11日至11月22日,市委第一巡察组对成都传媒集团开展了巡察“回头看”。2020年4月28日,市委巡察组向成都传媒集团党委反馈了巡察“回头看”意见。在三个月的集中整改期内,成都传媒集团党委将巡察“回头看”反馈意见整改落实工作作为一项重大政治任务和当前头等大事牢牢抓在手上、扛在肩上,……按照党务公开原则和巡察工作有关要求,现将巡察“回头看”整改阶段进展情况予以公布。
一、以高度的政治责任感落实巡察整改主体责任
(一)提升政治站位,强化整改工作组织领导
……4月29日,市委第一巡察组反馈意见后第二天,即召开集团党委(扩大)会再次传达学习市委巡察“回头看”整改工作要求,研究落实巡察“回头看”反馈意见整改工作。……
""", {"unit": "成都传媒集团", "units": [], "group": "市委第一巡察组", "term": None, "round": None,
      "start": date(2019, 11, 11), "end": date(2019, 11, 22), "feedback_date": date(2020, 4, 28), "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://630483.com/news/show-3579.html (traditional script on a numeric mirror: a college's second group feeds back to its
    # optometry department and hospital's branch: the unit as the meeting names it, its bracketed second name kept with
    # full-width brackets (settled 7's notation, as r18 reads 广州日报报业集团（…）党委); the group is left unscored (the meeting is
    # 学院黨委第二巡察組's, its leader named 第一巡察組組長); 6月1日至14日 and 6月30日 have no year and no dated line: no dates;
    # 5個方面 are counted aspects, no figure)
    ("optometry_department_college_second_group_feedback_trad", "http://630483.com/news/show-3579.html", "noisy", """根據(jù)學(xué)院黨委巡察工作的統(tǒng)一部署,6月30日,在蘇州市眼視光醫(yī)院二樓會(huì)議室召開學(xué)院黨委第二巡察組巡察眼視光系(眼視光醫(yī)院)黨總支意見反饋會(huì)議。第一巡察組組長侯永生、姜巧玲等出席會(huì)議,對(duì)6月1日至14日期間對(duì)眼視光系(眼視光醫(yī)院)黨總支開展的政治巡查進(jìn)行反饋,會(huì)議由巡察組倪舉紅同志主持。
會(huì)議現(xiàn)場(chǎng)
會(huì)上,姜巧玲副院長首先將巡查情況進(jìn)行通報(bào),她從巡查整體情況、巡查發(fā)現(xiàn)的主要問題、巡察整改意見建議三方面進(jìn)行詳細(xì)通報(bào),并從黨的領(lǐng)導(dǎo)、黨的建設(shè)、全面從嚴(yán)治黨、思想政治和意識(shí)形態(tài)工作、落實(shí)高質(zhì)量發(fā)展目標(biāo)任務(wù)5個(gè)方面剖析了眼視光系、眼視光醫(yī)院存在的主要問題。……
最后,眼視光系(眼視光醫(yī)院)黨總支書記肖波作表態(tài)發(fā)言,……
""", {"unit": "眼视光系（眼视光医院）党总支", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.whetbxw.cn/jjx/info/1093/2552.htm (traditional script on a mirror: a university's column on its fourth round's
    # rectification, the logistics office's branch reporting: the unit as the visit names it; round 4 (學校黨委第四輪巡察組, the
    # round named with the committee that runs it); the group has no number of its own, not scored; the visit's span told in
    # full; no feedback day; figures: 7大項35個問題 -> problems 35 (settled 4), 整改完成率100% -> completion_rate 100, 制定完善
    # 制度54項 -> rules_established 54, 挽回經濟損失約410萬元 -> funds_recovered 410; 完成整改任務86項 (tasks done) is no figure,
    # as r21 reads measures done)
    ("logistics_office_fourth_round_rectification_column_trad", "http://www.whetbxw.cn/jjx/info/1093/2552.htm", "noisy", """編者按:巡視巡察是全面從嚴治黨的重大舉措,是黨內監督的戰略性制度安排。……學校黨委巡察辦會同有關部門開設【二級黨組織談巡察整改】專欄,邀請部分二級黨組織就巡察整改談認識、講經驗、曬成效、話體會,……
根據學校黨委的統一部署,2022年9月13日至10月14日,學校黨委第四輪巡察組對后勤管理處黨總支開展校內巡察。對巡察組反饋的7大項35個問題,后勤管理處黨總支全盤認領、扎實整改,切實做好巡察整改“后半篇文章”,推動后勤服務保障高質量發展。截至目前,完成整改任務86項,整改完成率100%,制定完善制度54項,挽回經濟損失約410萬元。
切實提高政治站位,壓實責任傳導鏈條
……
""", {"unit": "后勤管理处党总支", "units": [], "term": None, "round": 4, "start": date(2022, 9, 13),
      "end": date(2022, 10, 14), "feedback_date": None,
      "figures": [("problems", 35), ("completion_rate", 100), ("rules_established", 54), ("funds_recovered", 410)]}),
    # http://www.esptrio.com/info/1313/4768.html (a university's text spun to 公司 under a casino name (澳门新葡游戏 in place of
    # the college): a first group's special round mobilisation; the unit (专项巡察公司党委, a spun college's committee) and the
    # group (公司党委第一巡察组, a spun university group) are left unscored; 12月6日 is a mobilisation day, no start; no round)
    ("university_special_round_first_group_mobilisation_casino_spun", "http://www.esptrio.com/info/1313/4768.html", "noisy", """12月6日,公司党委第一巡察组专项巡察公司党委工作动员会在24217会议室召开。第一巡察组全体成员,澳门新葡游戏班子成员、教授、科级干部、党支部书记、系主任出席了会议,会议由公司党委书记桑海云主持。
会上,公司党委第一巡察组组长、公司党委副书记、副董事长吴建华作了专项巡察工作动员讲话,强调高校巡察是党内监督体系中的重要组成部分,是公司党委落实管党治党办学治校政治责任、提升治理能力和治理体系现代化水平的重要抓手。就做好本次专项巡察工作提出了三点意见:……
公司党委书记桑海云代表公司党委向巡查组汇报了自查工作情况,并就接受本次专项巡察作了表态发言。
""", {"units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- in SHARES_TEMPLATE ---------------------------------------------------------------------------------------------
    # http://www.gamemdd.com/html/2024-10/2024101845194.html (SHARES_TEMPLATE: the Nantong mobilisation template and group
    # leader of r12's nantong_press_group_mobilisation_trad, traditional script: the unit without the abbreviation note; the
    # group named with its city in front written short (settled 9); 2024年10月10日 is the mobilisation's day, no start)
    ("nantong_health_school_city_fifth_group_mobilisation_trad", "http://www.gamemdd.com/html/2024-10/2024101845194.html", "noisy", """根據(jù)南通市委巡察工作統(tǒng)一部署,2024年10月10日,南通市委第五巡察組巡察江蘇省南通衛(wèi)生高等職業(yè)技術學校(以下簡稱“衛(wèi)校”)黨委工作動員會召開。動員會前,巡察組組長張偉明主持召開了與衛(wèi)校黨委班子見面會,傳達了省市委關于巡視巡察工作的最新精神,并就本輪巡察的有關重點事項進行了對接。動員會上,巡察組組長張偉明就巡察工作作了動員講話;市疾病預防控制局局長兼市衛(wèi)生健康委員會副主任、黨組成員吳徐明代表主管部門就履行主體責任,督促衛(wèi)校黨委接受巡察監(jiān)督、配合和支持巡察工作提要求;衛(wèi)校黨委書記顧鋒主持會議,并作表態(tài)發(fā)言。
""", {"unit": "江苏省南通卫生高等职业技术学校党委", "units": [], "group": "市委第五巡察组", "term": None, "round": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://dwxsb.whu.edu.cn/info/1019/2961.htm (SHARES_TEMPLATE: the university's feedback template of r12's
    # whu_youth_league_feedback (dwxcb.whu.edu.cn, its fourth round): a sixth round's ninth group feeds back to the logistics
    # service group: round 6 (校党委第六轮巡察, named with the committee that runs it); the group named under its round is not scored;
    # the days without a year take the year of the dated line (发布日期: 2021-06-01): the visit 2021-03-22 to 2021-04-09 and the
    # feedback 2021-05-20; 4月20日 and 5月8日 are the leading group's and the committee's hearings, no feedback; the portal holds
    # the seed documents' third-round look-back feedback (WHU), another round and kind of visit)
    ("whu_logistics_group_sixth_round_ninth_group_feedback", "http://dwxsb.whu.edu.cn/info/1019/2961.htm", "news", """校党委第六轮巡察第九巡察组向后勤服务集团党委反馈巡察情况
发布日期: 2021-06-01
5月20日,校党委第六轮巡察第九巡察组组长姜星莉向后勤服务集团党委反馈巡察情况。校党委副书记、纪委书记、党委巡察工作领导小组副组长万清祥传达了学校党委对巡察整改工作的要求,校党委常委、副校长李资远作为分管校领导对后勤服务集团党委做好巡察整改提出具体意见。后勤服务集团党委书记张文军作表态发言。后勤服务集团总经理李熠主持会议。
根据校党委统一部署,3月22日至4月9日,校党委第六轮巡察第九巡察组对后勤服务集团党委开展了巡察。……4月20日,学校党委巡察工作领导小组审议了各组巡察报告;5月8日,校党委听取了第六轮巡察综合情况汇报,原则同意巡察组的报告,并对整改工作提出了明确要求。
""", {"unit": "后勤服务集团党委", "units": [], "term": None, "round": 6, "start": date(2021, 3, 22),
      "end": date(2021, 4, 9), "feedback_date": date(2021, 5, 20), "figures": []}),
]
