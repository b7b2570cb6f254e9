"""Outside texts of batch r30 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r25-r29 included) and test_outside_documents.py, with and without www./m./mip./wap. and its query string,
and two or three distinctive names or phrases of each text (its people, its bodies, its round) were grepped in them, in
simplified and traditional script; at the end the same was done against the other collectors' files of this pass (see the
overlap check below). Fields were written down by reading only: the importer was not run, no test or bench that runs it was
run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring, and the brief).

Overlap check. `bench/outside_overlap.py tests/imports/parsing/outside_r30.py` (it loads the cases without running
the importer; 15 texts against 1734 earlier) finds no shared address, 207 pairs sharing more than 3 shingles and 15 of
them more than 3 beyond its formulas, all official wordings or this batch's own sibling texts: the two texts of the
science and technology university (its leaders' names) and the two of the petroleum university (its bylines and
leaders); the others are formulas (巡视也发现了一些问题,主要是, 同时,巡视组还收到反映一些领导干部的问题线索, 按照巡视工作有关要求,现将
巡视整改进展情况予以公布, 监察专员,巡察工作领导小组副组长, 根據(jù)學(xué)校黨委巡察工作統(tǒng)一部署). One pair was read closely:
the petroleum university's mid-term hearing shares 第三届党委第二轮巡察工作 and 召开党委巡察工作领导小组2025年第 with r10's
university_leading_group_two_rounds (i7q9p.com), but that meeting's leaders (卢平, 程双四) are another university's, so
it is a formula and a coincidence of numbering, not the same round. The longest shared run, 45 characters, is the
provincial progress formula (…日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。一、党委履行巡视整改) the science
and technology university's report shares with r10's hubei_justice_progress. The tool counts three texts as sharing
more than its formulas with the seeds (the industrial university's feedback and the two progress reports), by their
official feedback and progress wordings; none is a seed's text. The other collectors' files of this pass
(outside_r30b.py, outside_r30c.py, outside_r30d.py, present at the end) hold none of this file's addresses, hosts, bodies
or people (grepped: every host, 西安科技大学, 西安工业大学, 西北大学, 华东师范大学, 王辉强, 来兴平, 陈志坚, 刘亚彬, 胡涌, 吳武偉,
眼视光, 中船, 教育部党组).

Sources. 15 texts from the search tool's "pages" corpus, all with their address. The corpus is exhausted for most of this
share: of about 200 candidate addresses checked, about nine in ten were earlier batches' (every hit for central and
provincial enterprise groups' internal rounds (electrical equipment, construction, steel, transport holding, water,
investment, farming, port, coal, railway and postal groups), city groups at state firms and city investment groups,
every hospital visit and hospital progress report the tool returned (city, district, traditional Chinese medicine and
university hospitals), the academy's institutes, financial bodies (no bank, credit union or insurer text was returned
that no batch holds), central rounds of 2015-2025, and most universities' internal rounds). What still gave new texts:
universities in Shaanxi (a science and technology university's fourth round heard and fifth round fed back and its
provincial progress report, an industrial university's provincial feedback, a northwestern university's first round
mobilisation, a petroleum university's second round entries and its mid-term hearing), a ministry's progress report at a
normal university, a conservatory's second round heard, two colleges' deployment meetings of 2025, a traditional-script
copy with doubled commas of a university group's mobilisation, a mirror copy of a medical university's round at its eye
hospital, a betting site's copy of a shipbuilding group's 2026 work conference, and a ministry's 2023 first round
deployed (in SHARES_TEMPLATE). No enterprise's own round or visit was new: the one enterprise text is the shipbuilding
group's conference, which expects nothing.

Families and counts (15 texts, 1 in SHARES_TEMPLATE, 14 measured). news 2, both measured:
ministry_industrial_university_provincial_eighth_group_feedback_2022 (a unit, a group, a feedback day) and
northwest_university_fourteenth_term_first_round_public_administration_mobilisation (a unit, term and round); rounds 8,
one in SHARES_TEMPLATE (ministry_education_2023_first_round_deployment_ten_bodies), seven measured, three of them lists of
bodies (science_technology_university_eleventh_term_fourth_round_leading_group_two_colleges 2,
science_technology_university_eleventh_term_fifth_round_feedback_three_bodies 3,
petroleum_university_third_term_second_round_entries_four_colleges 4) and four with a round and no unit
(petroleum_university_third_term_second_round_mid_term_hearing, college_2025_first_round_deployment_training,
highway_university_2025_fourth_round_deployment, conservatory_second_round_leading_group_hearing_city_round_conveyed);
progress 2, both measured: science_technology_university_provincial_seventh_group_progress (a unit, a group, visit and
feedback dates, one figure) and normal_university_ministry_third_group_progress_2025 (likewise, no figure); audit 0 (no
audit text of this share was new); noisy 3, all measured: traditional script with doubled commas:
university_second_group_foreign_languages_mobilisation_doubled_commas_trad (a unit and a group); a mirror copy with a stray
space inside a name: medical_university_seventh_term_eye_hospital_mobilisation_mirror_copy (term only; its joint body left
unscored); a betting site's name over a shipbuilding group's: shipbuilding_group_2026_inspection_work_conference_betting_copy
(expects nothing). Measured: 14 texts, of which 3 round lists, 6 single-unit texts (one with its unit unscored), 4 round
texts with no unit and 1 expecting nothing.

Fields read: 61 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 81 absence
checks (None, [] for units or figures), by the collector's count; 49 fields and 75 absence checks outside SHARES_TEMPLATE.
By family (outside SHARES_TEMPLATE): news 6 fields and 9 absence checks, rounds 28 and 41, progress 11 and 5, noisy 4 and
20. Figures read: rules_established 1 (制定、修订制度100余项, as the r28 pass reads 建立完善制度320余项); no other text states a
count of problems, measures, clues or cases as its own (meetings held 17次, courses and majors 增至17门, 6个月 of
rectification are no figures).

Reading conventions (outside_set.py's settled conventions 1-12 followed exactly, and the written conventions of
outside_r24.py's docstring): a day without a year gives no date unless the text or its dated line gives its year (the
industrial university's 3月28日 and the petroleum university's 10月10日 take their date lines' years, 2022 and 2025); an
entry day is the start of a round when the text tells no span (settled 10: the petroleum university's groups entered on
10月10日); a mobilisation or meeting day is no start (settled 10: the northwestern university's 2024年3月27日, the doubled-comma
copy's 10月25日); a university's groups are written without 校/学校 (校党委第二巡察组 -> 党委第二巡察组); a ministry's own group is
written without its 党组 (教育部党组第三巡视组 -> 教育部第三巡视组, as the r22 pass corrected r21's drama academy); groups named
under their round (中共西北大学第十四届委员会第一轮巡察第一巡察组) or with no number (党委巡察组) are not scored; a university's
十一届党委第四轮, 第三届党委第二轮, 第十四届委员会第一轮 and 七届党委 are its term and round; a school's 2025年第一轮 is round 1 (as
r24 reads an enterprise's 2025年第二轮); a city's round only conveyed (十三届市委第五轮巡视, heard by a conservatory's inspection
office) and a province's round only conveyed (十三届省委第十二轮, in the speeches a provincial group passes on at its feedback)
are not the text's; a meeting's serial number (2025年第1次巡察工作领导小组会议, 2025年第五次会议) is no round; a body with a
bracketed second name keeps it with full-width brackets (settled 7: 学生工作部（处）/武装部); a work conference on a year's
inspections with no visit named is no party inspection's record and expects nothing; expected values of traditional-script
texts are written simplified.

What I was unsure of, and how I read it: the science and technology university's third body (学生工作部(处)/武装部) is
expected as one unit with its bracket made full-width and its slash kept, as the text writes one body that is two
offices; the medical university's inspected body (眼视光学院、眼科医院党委, one committee of a college and its hospital, its
secretary one person) is left unscored, since a reader may take it for one body or two; the industrial university's
feedback belongs to the province's twelfth round, but the text names that round only in the speeches it conveys, so term
and round are left unscored (as r29's Xiamen feedback); the provincial progress report's 100余项 is read as 100, and its
visit's title line is not in the excerpt (the page's title was not returned), so its unit is the visit's; the petroleum
university's entries and mid-term hearing are two texts of one round, both measured (no earlier batch holds the university
or the round; the second is another kind of text, and its round is read from the text, not from the first); the highway
university's deployment is cut where its list of bodies begins (校党委第四轮……), so its units are an absence check on the
excerpt as kept; the conservatory's second round is on the portal r21's ccmusic_arts_management_department_mobilisation
came from (a department's first group, 2023), but the hearing names the city's thirteenth committee's fifth round (2024)
as news conveyed and its own second round: another round, another kind of text, so it is measured; the ministry's 2023
first round is in SHARES_TEMPLATE because r22 holds one of its entries (communication_university_ministry_mobilisation);
the shipbuilding group's conference is measured as a text expecting nothing, though it summarises a year's inspections.
15 texts, 14 outside SHARES_TEMPLATE: more than the 13 the brief asks, fewer than the 18 it allows.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the ministry of education's 2023 first round, one of whose entries r22 holds (communication_university_ministry_
    # mobilisation: 教育部巡视组近日进驻中国传媒大学); this is its deployment with the list of bodies
    "ministry_education_2023_first_round_deployment_ten_bodies",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R30 = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # https://office.xatu.edu.cn/info/5054/189378.htm (a provincial group feeds back to an industrial university: 3月28日
    # takes 2022 from the date line; the province's twelfth round (十三届省委第十二轮) is named only in the two speeches the
    # group and the inspection office pass on, so term and round are left unscored; the visit's span is not told (None);
    # the findings run as one sentence of clauses and are left unscored; 问题线索 handed over are not counted (no figure))
    ("ministry_industrial_university_provincial_eighth_group_feedback_2022", "https://office.xatu.edu.cn/info/5054/189378.htm", "news", """省委第八巡视组向西安工业大学党委反馈巡视情况
发布时间:2022-04-07浏览量:
根据省委部署,3月28日,省委第八巡视组向西安工业大学党委反馈了巡视情况。副组长张文禄向校党委书记刘卫国传达了刘国中同志在省委书记专题会议听取十三届省委第十二轮巡视和粮食购销领域专项巡视巡察情况综合汇报时的讲话精神,分别向刘卫国和领导班子反馈了巡视情况;省委巡视办副主任冯志文向领导班子传达了王兴宁同志在十三届省委第十二轮巡视集中反馈暨教育领域突出问题专项整治部署会议上的讲话精神。刘卫国主持向领导班子反馈会议并作了表态发言。
张文禄在反馈时指出,……巡视也发现了一些问题,主要是:学习贯彻习近平新时代中国特色社会主义思想特别是习近平总书记关于教育工作的重要论述不够深入,加强党的政治建设不够扎实,落实党委领导下的校长负责制不够到位,落实意识形态工作责任制不够严格,服务经济社会发展存在不足;落实全面从严治党“两个责任”不够到位,作风建设还有差距;领导班子和干部人才队伍建设存在短板,基层党建工作存在薄弱环节;落实巡视整改责任有差距。同时,巡视组还收到反映一些领导干部的问题线索,已按有关规定转省纪委监委、省委组织部等有关方面处理。
""", {"unit": "西安工业大学党委", "units": [], "group": "省委第八巡视组", "start": None, "end": None,
      "feedback_date": date(2022, 3, 28), "figures": []}),
    # https://spa.nwu.edu.cn/info/1140/8083.htm (a university's first group mobilises at its public administration school:
    # the round is the university's fourteenth committee's first (term 14, round 1); 2024年3月27日 is the mobilisation
    # meeting's day, no start (settled 10); the group is named under its round (…第一轮巡察第一巡察组), not scored)
    ("northwest_university_fourteenth_term_first_round_public_administration_mobilisation", "https://spa.nwu.edu.cn/info/1140/8083.htm", "news", """根据学校党委的统一部署,2024年3月27日,中共西北大学第十四届委员会第一轮巡察第一巡察组巡察公共管理学院党委工作动员会召开。校党委书记、巡察工作领导小组组长蒋林,校党委副书记、巡察工作领导小组副组长赵作纽,党委巡察办主任刘景钱,第一巡察组全体成员,公共管理学院党政领导班子成员、党委委员、党支部书记,……参加会议。会议由公共管理学院党委副书记、院长雷晓康主持。
会上,刘景钱宣布了校党委巡察工作安排。校党委常委、宣传部部长、第一巡察组组长田明纲作动员讲话,从本次巡察的工作目标和基本原则、巡察对象和重点内容、工作方式和工作纪律等方面提出了工作要求。
……学校决定对公共管理学院党委开展巡察,对于推动我校高等教育高质量发展具有重要意义。……
""", {"unit": "公共管理学院党委", "units": [], "term": 14, "round": 1, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # https://dwxcb.xust.edu.cn/info/1044/1691.htm (a university's leading group reviews its eleventh committee's fourth
    # round and hears the reports on two colleges: the two are the round's units; 2025年第1次…会议 is the meeting's number, no
    # round; 3月5日 is a meeting day. The portal's university holds r15's xust_inspection_leading_group_meeting, a meeting
    # on another round (第十一届党委第一轮's plan, 2022): measured)
    ("science_technology_university_eleventh_term_fourth_round_leading_group_two_colleges", "https://dwxcb.xust.edu.cn/info/1044/1691.htm", "rounds", """3月5日,学校在骊山校园第一会议室召开2025年第1次巡察工作领导小组会议。审定十一届党委第四轮校内巡察工作情况报告,安排部署下一阶段工作。校党委书记、巡察工作领导小组组长来兴平,校党委副书记、纪委书记、驻校纪检监察组组长沙德忠出席会议。会议由沙德忠主持。
会议听取了巡察组关于巡察机械工程学院党委、管理学院党委的情况报告,巡察工作领导小组成员提出了意见和建议。
来兴平指出,巡察工作是上级党组织对下级党组织履行党的领导职能责任的政治监督,根本任务是“两个维护”。……
""", {"unit": "", "units": ["机械工程学院党委", "管理学院党委"], "group": None, "term": 11, "round": 4, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://news.xust.edu.cn/info/1002/32684.htm (the same university's fifth round fed back to three bodies: the three are
    # the round's units, the third (学生工作部(处)/武装部) with its bracket made full-width (settled 7) and its slash kept;
    # 近日 gives no day)
    ("science_technology_university_eleventh_term_fifth_round_feedback_three_bodies", "http://news.xust.edu.cn/info/1002/32684.htm", "rounds", """近日,西安科技大学十一届党委第五轮巡察完成反馈。两个巡察组分别向安全科学与工程学院党委、马克思主义学院党委和学生工作部(处)/武装部反馈了巡察情况。校党委书记来兴平,校党委副书记、纪委书记、驻校纪检监察组组长沙德忠出席反馈会并讲话。
反馈指出,党委巡察组与被巡察单位同题共答、共同努力,圆满地完成了巡察工作任务,为被巡察单位做了一次全方位的政治体检。
……
被巡察单位主要负责人作了表态发言,均表示对巡察反馈问题完全认同、照单全收,……
""", {"unit": "", "units": ["安全科学与工程学院党委", "马克思主义学院党委", "学生工作部（处）/武装部"], "group": None,
      "term": 11, "round": 5, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://xww.xsyu.edu.cn/info/1002/20252.htm (a petroleum university's third committee's second round: two groups entered
    # four college committees on 10月10日, the start (settled 10), its year from the date line (2025); the four are the
    # round's units; the groups are numbered only in the list of attendants (党委第一、第二巡察组): no group)
    ("petroleum_university_third_term_second_round_entries_four_colleges", "http://xww.xsyu.edu.cn/info/1002/20252.htm", "rounds", """学校党委召开第二轮巡察工作进驻动员大会
作者:党委巡察工作办公室 发布时间:2025-10-11 浏览:
根据校党委关于巡察工作统一部署,10月10日下午,学校第三届党委第二轮巡察两个巡察组分别进驻电子工程学院党委、材料科学与工程学院党委和理学院党委、经济管理学院党委开展常规巡察,并分别在雁塔校区会议中心第五会议室召开巡察进驻动员大会。校党委副书记、纪委书记、监察专员,巡察工作领导小组副组长王辉强出席会议并讲话。党委巡察工作办公室,党委第一、第二巡察组全体人员,以及被巡察党组织党政领导班子成员、……参加会议。会议由党委巡察工作办公室主任苟毅飞主持。
……
""", {"unit": "", "units": ["电子工程学院党委", "材料科学与工程学院党委", "理学院党委", "经济管理学院党委"], "group": None,
      "term": 3, "round": 2, "start": date(2025, 10, 10), "end": None, "feedback_date": None, "figures": []}),
    # http://www.xapi.edu.cn/info/1071/53735.htm (the same round's mid-term hearing, on another of the university's domains:
    # term 3, round 2; 2025年第五次会议 is the meeting's number, no round; no body is named (被巡察学院党委 is a kind), so
    # units are an absence check; 11月6日 is a meeting day)
    ("petroleum_university_third_term_second_round_mid_term_hearing", "http://www.xapi.edu.cn/info/1071/53735.htm", "rounds", """学校召开第三届党委第二轮巡察工作中期汇报会
作者:党委巡察工作办公室 发布时间:2025-11-06 17:20:35 浏览:
11月6日下午,学校在鄠邑校区办公楼第三会议室召开党委巡察工作领导小组2025年第五次会议暨第三届党委第二轮巡察工作中期汇报会。校党委副书记、纪委书记、监察专员,党委巡察工作领导小组副组长王辉强出席会议并讲话。党委巡察工作领导小组成员单位主要负责人和第三届党委第二轮巡察第一、第二巡察组全体成员参加会议。会议由党委巡察办公室主任苟毅飞主持。
王辉强首先对两个巡察组工作取得的阶段性成果表示充分肯定,并指出,本轮巡察……紧扣“两个维护”根本任务,牢牢把握政治监督属性,聚焦被巡察学院党委职能职责,……
""", {"unit": "", "units": [], "group": None, "term": 3, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.kmyz.edu.cn/info/1024/61531.htm (a college deploys its 2025 first internal round and trains its groups: round
    # 1, as r24 reads an enterprise's 2025年第二轮; no body, group or day of a visit)
    ("college_2025_first_round_deployment_training", "http://www.kmyz.edu.cn/info/1024/61531.htm", "rounds", """3月20日,校党委召开2025年第一轮校内巡察动员部署会暨校内巡察业务培训会。学校党委巡察工作领导小组、党委巡察办、巡察组成员参加会议。
巡察工作领导小组副组长、党委副书记刘亚彬在动员讲话中强调:本轮巡察工作,一要提高政治站位,……二要坚持质效统一,……三要严明纪律规矩,……四是要注重巡察的“实”和“效”,……
会上,校党委巡察工作领导小组对各巡察组组成人员和巡察任务进行授权,就巡察工作提出纪律要求。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://news.chd.edu.cn/info/1292/479992.htm (a highway university's 2025 inspection conference deploys its fourth round:
    # round 4; the excerpt is cut where the page's list of the round's bodies begins (校党委第四轮……), so units are an absence
    # check on the excerpt as kept; 3月20日 is a meeting day)
    ("highway_university_2025_fourth_round_deployment", "https://news.chd.edu.cn/info/1292/479992.htm", "rounds", """3月20日上午,学校2025年巡察工作会议暨第四轮巡察动员部署会在北校区召开。……安排部署校党委第四轮巡察,持续推动巡察工作向深拓展、向专发力、向下延伸。校党委书记、巡察工作领导小组组长陈志坚出席会议,会议由校党委副书记、纪委书记、巡察工作领导小组副组长陶继东主持。
……
陶继东通报了本轮巡察任务及时间安排,并宣布了《关于第四轮巡察巡察组授权任职及任务分工的决定》。……
学校巡察工作领导小组成员单位主要负责人、巡察组全体成员、有关职能部门负责人、被巡察单位领导班子成员参加会议。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 4, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://bkjxpg.ccmusic.edu.cn/ddld/ad68c9bba4d0429b973f29ba826634ea.htm (a conservatory's leading group hears its two
    # groups on its second round: round 2; the city's thirteenth committee's fifth round is only conveyed (传达…会议精神),
    # so term is None and the city's round is not the text's; no body is named; 10月11日 is a meeting day. The university
    # is r21's ccmusic_arts_management_department_mobilisation's (2023, another round, another kind of text): measured)
    ("conservatory_second_round_leading_group_hearing_city_round_conveyed", "https://bkjxpg.ccmusic.edu.cn/ddld/ad68c9bba4d0429b973f29ba826634ea.htm", "rounds", """10月11日,党委巡察工作领导小组召开会议,党委书记、党委巡察工作领导小组组长王旭东主持会议并讲话,党委副书记、党委巡察工作领导小组副组长刘宇,党委常委、纪委书记、党委巡察工作领导小组副组长马春成及党委巡察工作领导小组成员出席会议。
会上,党委常委、党委巡察工作办公室主任胡涌传达了全市巡视巡察工作会议暨十三届市委第五轮巡视动员部署会议精神,党委第一、第二巡察组分别汇报了巡察情况。
会议指出,党委第二轮巡察严格贯彻落实新修订的《中国共产党巡视工作条例》,牢牢把握政治监督定位、坚持问题导向,彰显了巡察利剑作用。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://epaper.sxjybk.com/jsb/20230510/html/content_20230510001003.htm (the ministry of education's 2023 first round
    # deployed: its six universities and four units are the round's units, as written; 2023年上半年 gives no day; r22 holds
    # one of its entries: SHARES_TEMPLATE)
    ("ministry_education_2023_first_round_deployment_ten_bodies", "http://epaper.sxjybk.com/jsb/20230510/html/content_20230510001003.htm", "rounds", """教育部党组召开二O 二三年巡视工作会议暨第一轮巡视动员部署会
  本报综合讯 5月4日,教育部党组在京召开2023年巡视工作会议暨第一轮巡视动员部署会。……教育部党组书记、部长,部党组巡视工作领导小组组长怀进鹏出席会议并讲话。
  会议对2023年巡视工作作出部署。……
  根据教育部党组安排,2023年上半年对中国传媒大学、对外经济贸易大学、东北林业大学、中国药科大学、中南财经政法大学、陕西师范大学等直属非中管高校党委和教育部高等学校科学研究发展中心、教育部职业教育发展中心、教育部学位与研究生教育发展中心、教育部学生体育协会联合秘书处等直属单位党组织开展巡视。以上据教育部官网。
""", {"unit": "", "units": ["中国传媒大学", "对外经济贸易大学", "东北林业大学", "中国药科大学", "中南财经政法大学", "陕西师范大学",
                            "教育部高等学校科学研究发展中心", "教育部职业教育发展中心", "教育部学位与研究生教育发展中心",
                            "教育部学生体育协会联合秘书处"],
      "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- progress -------------------------------------------------------------------------------------------------------
    # https://xxgk.xust.edu.cn/info/1010/1138.htm (the science and technology university's progress report on a provincial
    # visit: the visit's body is the unit (the page's title line was not returned); 制定、修订制度100余项 is rules established,
    # 100, as the r28 pass reads 建立完善制度320余项; 6个专项工作组 and 17次 meetings are no figures; the third point (courses and
    # majors) is cut)
    ("science_technology_university_provincial_seventh_group_progress", "https://xxgk.xust.edu.cn/info/1010/1138.htm", "progress", """根据省委统一部署,2021年10月20日至12月20日,省委第七巡视组对西安科技大学党委开展了常规巡视。2022年3月31日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、党委履行巡视整改工作主体责任情况
学校党委坚持把抓好巡视整改作为一项重要政治任务,……全力推动省委巡视整改工作走深走实。
一是迅速部署行动快。第一时间成立了领导小组和6个专项工作组,召开部署会、推进会、专题会17次,举办处级干部巡视整改培训班,党委会和理论学习中心组开展集中学习研讨10次,把思想统一到省委部署要求上来。……
二是标本兼治见实效。建立了整改台账和“三张清单”,强化动态跟踪管理,组织开展校内交叉监督检查,逐项整改销号。把制度建设贯穿巡视整改全过程,制定、修订制度100余项。……
""", {"unit": "西安科技大学党委", "group": "省委第七巡视组", "term": None, "round": None, "start": date(2021, 10, 20),
      "end": date(2021, 12, 20), "feedback_date": date(2022, 3, 31), "figures": [("rules_established", 100)]}),
    # https://xxgk.ecnu.edu.cn/2c/3b/c11959a732219/page.htm (a normal university's progress report on the ministry's visit:
    # the ministry's group without its 党组 (教育部第三巡视组, as the r22 pass corrected r21's drama academy); the visit's
    # span and the feedback day are told in full; 2025年9月5日 (report sent) and 2025年11月18日 (review received) are no
    # visit's or feedback's days; 6个月 is no figure)
    ("normal_university_ministry_third_group_progress_2025", "https://xxgk.ecnu.edu.cn/2c/3b/c11959a732219/page.htm", "progress", """根据教育部党组巡视工作统一部署,2024年10月21日至12月6日,教育部党组第三巡视组对华东师范大学党委进行了巡视。2025年2月25日,巡视组反馈了巡视意见,指出了巡视中发现的问题,提出了整改意见和建议,明确了整改要求。经过6个月的整改,学校党委较好完成了集中整改期的整改任务,并于2025年9月5日向教育部党组报送了集中整改情况。2025年11月18日,学校党委收到了落实教育部党组巡视整改进展情况的审核意见,并按要求持续深化整改。按照巡视工作有关要求,现将巡视整改情况通报如下:
一、坚决落实巡视整改要求,把巡视整改作为重大政治任务抓紧抓实
……
(二)加强组织领导,形成巡视整改联动机制
强化统一领导,健全组织机构,构建全校上下联动、协同整改格局。成立中共华东师范大学委员会巡视整改工作领导小组,由党委书记和校长任组长,校领导班子成员任副组长,……
""", {"unit": "华东师范大学党委", "group": "教育部第三巡视组", "term": None, "round": None, "start": date(2024, 10, 21),
      "end": date(2024, 12, 6), "feedback_date": date(2025, 2, 25), "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # https://xkjsj.cn/wgyxy/info/1063/4823.htm (traditional script with pinyin in brackets and doubled commas: a university
    # group mobilises at its foreign languages school; the group in the set's university notation (校党委第二巡察组 ->
    # 党委第二巡察组); 10月25日 is a mobilisation day without a year, no start)
    ("university_second_group_foreign_languages_mobilisation_doubled_commas_trad", "https://xkjsj.cn/wgyxy/info/1063/4823.htm", "noisy", """根據(jù)學(xué)校黨委巡察工作統(tǒng)一部署,,10月25日下午,,外國(guó)語(yǔ)學(xué)院在開(kāi)元校區(qū)外語(yǔ)樓206會(huì)議室召開(kāi)校黨委第二巡察組巡察外國(guó)語(yǔ)學(xué)院黨委動(dòng)員會(huì)。第二巡察組組長(zhǎng)吳武偉,,副組長(zhǎng)張慧泉,,成員王浩、孫玉宇,、趙寶瑩出席會(huì)議,。外國(guó)語(yǔ)學(xué)院黨委全體班子成員、全體教職員工和學(xué)生代表參加會(huì)議,。會(huì)議由外國(guó)語(yǔ)學(xué)院副院長(zhǎng)易明主持,。
動(dòng)員會(huì)上,組長(zhǎng)吳武偉對(duì)此次巡察工作提出了三點(diǎn)要求:一是明確任務(wù),,依規(guī)依紀(jì)開(kāi)展巡察,。……
""", {"unit": "外国语学院党委", "units": [], "group": "党委第二巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://findfastpartsfast.com/2022/0929/c132a61939/page.html (a medical university's mobilisation at its eye college
    # and hospital, copied on an unrelated domain with a stray space inside the hospital's name in the title: 七届党委 is term
    # 7, no round named; the inspected body (眼视光学院、眼科医院党委, one committee of two bodies, one secretary) is left
    # unscored, as a reader may take it for one or two; the group has no number (党委巡察组), not scored; no day is told)
    ("medical_university_seventh_term_eye_hospital_mobilisation_mirror_copy", "https://findfastpartsfast.com/2022/0929/c132a61939/page.html", "noisy", """我校召开七届党委巡察眼视光学院、眼科 医院党委进驻工作动员会
发布时间:2022-09-29浏览次数:1249
根据校党委巡察工作统一部署,学校召开七届党委巡察眼视光学院、眼科医院党委工作动员会。校党委副书记、巡察工作领导小组副组长李国兰出席并讲话。巡察办、巡察组成员,眼视光学院、眼科医院领导班子成员、两委委员、党支部书记、中层干部、民主党派代表、教职工及学生党员代表参加会议。会议由眼视光学院、眼科医院党委书记魏瑞华主持。
会上,党委巡察组组长林萍就开展本轮巡察工作进行动员部署。……
""", {"term": 7, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://zpxywh.com/n6/n29/c33200/content.html (a betting site's name (英国威廉希尔公司:有限公司) written over a
    # shipbuilding group's: its 2026 inspection work conference sums up 2025 and deploys 2026, naming no visit, body or
    # round: expects nothing; 1月28日 is a meeting day)
    ("shipbuilding_group_2026_inspection_work_conference_betting_copy", "http://zpxywh.com/n6/n29/c33200/content.html", "noisy", """1月28日,英国威廉希尔公司:有限公司召开2026年度巡视巡察工作会议。中船集团党组书记、董事长、巡视工作领导小组组长徐鹏出席会议并讲话。中船集团党组副书记、董事、总经理、巡视工作领导小组副组长王国强主持会议。派驻中国船舶纪检监察组组长、党组成员、巡视工作领导小组副组长彭宏总结2025年度巡视巡察工作,部署2026年度重点工作。
会议指出,2025年,中船集团党组巡视巡察工作坚持以习近平新时代中国特色社会主义思想为指导,……政治监督更加突出、整改落实更加有力、穿透式监管更加深入、工作基础更加夯实,实现了上下一体监督整治的良好局面。
……
会议要求,集团公司巡视巡察工作要紧紧围绕贯彻落实党中央重大决策部署开展工作,……要扎实整改,对反馈问题要条条有回应,取得实实在在的整改成效。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
