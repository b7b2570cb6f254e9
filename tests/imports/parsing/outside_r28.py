"""Outside texts of batch r28 (issue 14), held out, collector A's share (enterprises and institutions): collected with the
search tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_set.py, outside_new.py, outside_c.py, outside_r6.py to outside_r24.py, outside_r25.py, outside_r25b.py, the four
r26 files and the four r27 files) and test_outside_documents.py, with and without www./m./mip./wap. and its query
string (the host too, and where the host was held, the page's own number), and two or three distinctive names or phrases
of each text (people's names, bodies' names, the round's name) were grepped in them in simplified and traditional
script; at the end the hosts, addresses and names were compared with the other collector's file of this batch
(outside_r28b.py, outside_r28c.py, outside_r28d.py: no host, address or name shared), and the batch was run through
`bench/outside_overlap.py tests/imports/parsing/outside_r28.py` (its summary is at the end of this docstring). Their
fields are written down by reading only. The importer was not run on them, no test or bench that runs it was run, and
the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, and the brief); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 17 texts from the search tool's "pages" corpus, 16 with their address and 1 with none returned ("search corpus
pages (no URL returned)"); the "code" corpus was not tried (earlier collectors found nothing in it). The pages corpus is
nearly exhausted for this share: of about 200 candidate addresses seen in about 40 queries (groups' internal rounds by
industry: energy, power grids, coal, chemicals, mining, transport, airports, water, city investment, culture and
tourism, medicine, railways, aerospace, post, banks, securities and trusts; state assets commissions' rounds;
universities', colleges', research institutes' and hospitals' rounds; central and provincial rounds on enterprises and
universities; audit rectification), about nine in ten were earlier batches'. One text first kept, a postal group's 2017
second batch in traditional script with stray commas (no address), was dropped when the overlap tool found it in r23
(postal_group_2017_second_batch_mobilisation_stray_commas_trad): the grep had missed it because the name and the round
are written in traditional script there. What still gave new texts: a district group's entry at a company and a district
group's mobilisation at a machinery school (both traditional script), a city group's feedback on adult colleges and
vocational schools copied on a tutoring site, a regional education department's group at a vocational college (an
abstract), a county-level city's group entering a hospital (2018), a province's first round on five secondary vocational
schools, a province's tenth round on 33 universities (traditional script), two aerospace groups' internal inspections (a
2023 round of four units entered; an upgraded inspection of a department, traditional script), an aerospace group's 2024
deployment copied under a betting site's name, its rectification promotion meeting (traditional script), a university's
second round copied under a betting site's name, and a meeting of central research enterprises' inspection cooperation
group (traditional script, no party inspection).

Families and counts (17 texts, 4 in SHARES_TEMPLATE; 13 measured). news 4, one in SHARES_TEMPLATE
(sinopec_central_sixth_group_entry_2014_spun_copy), three measured: quanzhou_adult_colleges_vocational_schools_city_group_feedback_2023
(a group and a feedback day, unit unscored), inner_mongolia_electromechanical_college_education_department_group_entry (a
unit), qidong_second_hospital_city_first_group_entered_2018 (a unit, a group and an entry day); progress 2, both in
SHARES_TEMPLATE (hangzhou_transport_investment_group_city_first_group_progress_2019,
huaian_transport_group_city_fifth_group_look_back_progress); rounds 3, one in SHARES_TEMPLATE
(central_2015_third_round_entries_completed_copy), two measured, both lists of bodies
(henan_education_2023_first_round_five_vocational_schools 5, casc_2023_internal_inspection_four_units_entered 4); audit 0
(no audit text was new); noisy 8, all measured: traditional script: yuluo_company_district_fourth_group_entered_trad (a
unit and a group), jiangsu_thirteenth_term_tenth_round_33_universities_trad (term and round, bodies counted),
wuhu_machinery_school_district_second_group_mobilisation_trad (a unit and a group),
casic_second_academy_department_upgraded_inspection_trad (a unit and a group),
casic_inspection_rectification_promotion_meeting_trad (expects nothing: a meeting on rectification),
research_enterprises_inspection_cooperation_group_meeting_trad (expects nothing: a cooperation group's meeting, with a
stray "?" line); a betting site's name written over a body's: casic_2024_inspection_deployment_betting_copy (expects
nothing: no unit, a central round only conveyed), university_second_round_two_colleges_entered_betting_copy (a round list
of 2 bodies, no address). Family totals: news 4 (3 measured), progress 2 (0 measured), rounds 3 (2 measured), audit 0,
noisy 8 (8 measured). Round lists measured: 3 (two plain, one noisy); texts measured that expect nothing: 3.

Fields read: 49 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 102 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the collector's
count (a short script over the expectations below, loading this module without running the importer); 35 fields and 86
absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE): news 6 fields and 17 absence checks, rounds
13 and 12, noisy 16 and 57, progress and audit 0 and 0. Figures read: none outside SHARES_TEMPLATE; in SHARES_TEMPLATE
the Hangzhou group's 6个方面、36个问题 as problems 36 (settled 4) and the Huai'an group's 93条整改措施 as measures 93.

Reading conventions (outside_set.py's settled conventions 1-12 and the fuller written conventions of outside_r27.py,
outside_r26.py, outside_r25.py and outside_r24.py, followed exactly): a day without a year gives no date unless the text
or its dated line gives its year (the company's 9月8日, the aerospace department's 8月18日, the betting copies' 4月11日 and
6月23日 give none; the hospital's 9月30日 takes 2018 from its dated line 2018-10-08, the aerospace round's 10月16日 takes
2023 from 日期:2023年10月18日); the day a group entered is the visit's start when the text tells no span (settled 10: the
hospital's 9月30日 进驻, the aerospace round's 10月16日 先后进驻, the first and only day told); a completion of entries
(截至5月10日 完成进驻, 日前 完成进驻) and 近日 are no start; a planned length (为期1个月, 50天左右, 2个月) gives no end; a
feedback meeting's day is the feedback day (the city group's 2023年5月15日 反馈会); a round or term named with the body
that runs it is the text's (2023年度第一轮 of a province's education commission -> round 1, 十三屆省委第十輪 -> term 13,
round 10, 学校第二轮巡察 -> round 2), a central round the text only conveys (二十届中央第三轮) is not the text's, and a
round the group only conveys at its own entry (五屆區委第一輪巡察工作動員部署會議精神) is left unscored; a group with no
number of its own (自治区教育厅党组巡察组) is not scored, a group named with its owner's place in front is written short
(settled 9: 启东市委第一巡察组 -> 市委第一巡察组), an enterprise's keeps its owner (集團公司黨組第一巡視組 ->
集团公司党组第一巡视组), and where two groups enter two bodies no one group is the text's; bodies all named in a round's
list are its units as written (a betting site's name written over one of them is kept as the copy writes it, as r24's
betting copy was read), counted kinds (33家省屬高校, 7家相关二级单位) are none, and bodies named before 等单位 and a total
leave the units unscored; expected values of traditional-script texts are written simplified; a meeting on
rectification, a cooperation group's meeting and a deployment that names no unit expect no unit, group, dates or
figures.

What I was unsure of, and how I read it: the Quanzhou feedback names five schools (one of them "原", a former school) but
says 4个单位, so neither its unit nor its units are scored (the group and the feedback day are), and it is a city
committee's group on schools, which the brief's division of shares leaves near collector B's (no other collector's file holds it); the
Inner Mongolia college's 6月22日 has its year only in "从2020年开始" before it, so the start is left unscored rather than
checked absent, and its group (no number) is not scored; the company entered by a district group (玉罗公司) is kept as
the text names it; the Qidong hospital and the Wuhu school are a county-level city's and a district's groups at an
institution, kept in this share as institutions (no other collector's file holds either); the aerospace department's meeting day is no start
because the text does not say the group entered that day; the 2023 aerospace round names no round number, so round is
checked absent (None); the betting copy of a university's second round keeps 云顶yd222线路检测 as its first body. Four
texts are in SHARES_TEMPLATE: the Sinopec entry (a spun copy of the 2014 central third round's entry that r25's
central_2014_third_round_thirteen_bodies_copy tells from another copy), the 2015 central third round's entries (the round
r25's news copy of the 2015 third round tells), the Hangzhou transport investment group's progress (the 2019 city round,
portal and template of r25's hangzhou_commerce_tourism_group_city_fifth_group_progress_2019; the tool finds 20 shingles
beyond formulas between them), and the Huai'an transport group's progress (the city's portal and progress template of
r13's and r18's Huai'an texts, another round).

Overlap tool summary (`bench/outside_overlap.py tests/imports/parsing/outside_r28.py`): 17 texts against 1611 earlier;
pairs over 3 shared shingles: 211, of which over 3 beyond formulas: 9; longest shared run 46 characters; the only "URL
already in" is the placeholder "search corpus pages (no URL returned)"; the pairs beyond formulas are the SHARES_TEMPLATE
Hangzhou progress with r25's (the same round's template) and official or meeting wordings (即将开展的巡察工作作了讲话,
主持,市委第一巡察组全体成员、, 巡察工作的重要意义、总体要求、, 統一部署,市委第五巡察組于202, 近日,區委第二巡察組 with
r7's district_education (another district), 紀檢監察組組長、黨組成員, 全国巡视工作会议暨二十届中央第); texts sharing more
than the tool's stock of formulas with the seeds: the aerospace group's 2024 deployment (its conveyed 全国巡视工作会议暨
二十届中央第三轮 wording, official, no seed's text).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the 2014 central third round's entry at Sinopec (中央第六巡视组 ... 24日上午 动员会), which r25's
    # central_2014_third_round_thirteen_bodies_copy tells from another copy
    "sinopec_central_sixth_group_entry_2014_spun_copy",
    # the 2015 central third round (31 bodies, financial ones), which r25's news copy of the round tells
    "central_2015_third_round_entries_completed_copy",
    # the 2019 Hangzhou city round on the portal of r25's hangzhou_commerce_tourism_group_city_fifth_group_progress_2019
    # (same visit start, 2019年6月10日, same progress template)
    "hangzhou_transport_investment_group_city_first_group_progress_2019",
    # Huai'an's city progress template on the portal of r13's huaian_archives_mobilisation and r18's
    # huaian_chinese_medicine_hospital_progress (another round, the same city's template)
    "huaian_transport_group_city_fifth_group_look_back_progress",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R28 = [
    # --- news -------------------------------------------------------------------------------------------------------
    # http://www.qzqhjj.com/News/2023/202364114622.html (a tutoring site's copy of a city group's feedback meeting on
    # city adult colleges and vocational schools: 2023年5月15日 反馈会 is the feedback day; five schools named but 4个单位
    # counted, so unit and units are left unscored)
    ("quanzhou_adult_colleges_vocational_schools_city_group_feedback_2023", "http://www.qzqhjj.com/News/2023/202364114622.html", "news", """市委巡察四组巡察市属成人高校和市直中职学校情况反馈会召开
来源:启航家教网 日期:2023/06/04
  2023年5月15日,市委巡察四组巡察市属成人高校和市直中职学校情况反馈会召开。市委巡察四组组长王团结,副组长李建新、黄成玉,市纪委监委驻市教育局纪检监察组组长严振旺出席会议;市委教育工委书记、市教育局局长刘殊芳主持会议并发言;……
  市委巡察四组组长王团结反馈巡察情况并讲话。他指出,泉州开放大学、原泉州市财贸干校、泉州市农业学校针对上届巡察发现问题抓整改,加强党的领导、党的建设,持续推进教育教学各项工作,办学治校、教书育人取得新进展;泉州华侨职业中专学校、泉州市职业技术教育中心能立足定位履职,为我市职业教育作出贡献。……但在巡察中也发现,4个单位在理论武装、促进发展、作风建设、管党治党等方面存在不足,……
""", {"group": "市委巡察四组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2023, 5, 15), "figures": []}),
    # https://scholarmate.com/S/QblBGd (an abstract: a regional education department's group (no number) enters a
    # vocational college; 6月22日 has its year only in "从2020年开始" before it, so the start is left unscored)
    ("inner_mongolia_electromechanical_college_education_department_group_entry", "https://scholarmate.com/S/QblBGd", "news", """摘要
<正>照自治区党委巡视工作领导小组有关巡察工作要求和自治区纪委监委安排部署,自治区教育厅党组成立巡察组,从2020年开始,对直属高职院校党委开展常规巡察。6月22日上午,自治区教育厅党组巡察组进驻内蒙古机电职业技术学院,开启对内蒙古机电职业技术学院党委巡察工作。会前,自治区教育厅党组成员、副厅长,教育厅党组巡查组组长成涛主持召开与内蒙古机电职业技术学院党委书记李永义,学院党委副书记、院长李文科的见面沟通会。动员会上,成涛对即将开展的巡察工作作了讲话,……
""", {"unit": "内蒙古机电职业技术学院党委", "units": [], "term": None, "round": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.qidong.gov.cn/qdsrmzf/bmdt/content/46a210b6-089c-418a-87fc-aa4ff1748834.html (a county-level city's group
    # enters a hospital: 9月30日 进驻 takes 2018 from the dated line and is the start (settled 10); the group written short
    # (settled 9))
    ("qidong_second_hospital_city_first_group_entered_2018", "http://www.qidong.gov.cn/qdsrmzf/bmdt/content/46a210b6-089c-418a-87fc-aa4ff1748834.html", "news", """市委第一巡察组对第二人民医院启动巡察工作
来源 : 启东市卫计委 发布时间 : 2018-10-08
9月30日上午,启东市委第一巡察组进驻启东市第二人民医院开展巡察,并召开巡察工作动员会,全面启动巡察工作。动员会由市卫计委副主任苏高飞主持,市委第一巡察组全体成员、医院全体职工160余人参加会议。
会上,巡察组副组长王新裕作了动员报告,对巡察工作的重要意义、总体要求、巡察方式及时间等作了说明。……
医院党总支部书记、院长袁群生作了表态发言。……
""", {"unit": "启东市第二人民医院", "units": [], "group": "市委第一巡察组", "term": None, "round": None,
      "start": date(2018, 9, 30), "end": None, "feedback_date": None, "figures": []}),
    # http://jnsgt66.com/jxjj/3998.html (a spun copy of the 2014 central sixth group's entry at Sinopec: in
    # SHARES_TEMPLATE, r25 holds the round's entry; 11月24日 has no year)
    ("sinopec_central_sixth_group_entry_2014_spun_copy", "http://jnsgt66.com/jxjj/3998.html", "news", """原标题:中央第六巡视组中石化见闻:特遣奇兵来了
11月24日上午8时,位于北京市朝阳区朝阳门北大街的中石化大厦迎来特别宾客中央第六巡视组一行12人,在中央巡视业务指导组成员、办公室主任黎晓宏的陪同下,正式进入中国石油化工集团企业。
未来一个月,赵文波担任领队、徐爱婷担任副领队的反腐特派员将对经营规模最大、全球500强的中国公司进行特别巡视。……
40分钟后,举行了巡回动员会。 赵文波、黎晓宏先后发表演说,中石化党组书记、理事长傅成玉主持会议。……
""", {"group": "中央第六巡视组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- progress reports ---------------------------------------------------------------------------------------------
    # https://hzlz.hangzhou.com.cn/articles/18211.html (a city transport investment group's progress on the 2019 city
    # round: in SHARES_TEMPLATE; 6个方面、36个问题 gives problems 36 (settled 4))
    ("hangzhou_transport_investment_group_city_first_group_progress_2019", "https://hzlz.hangzhou.com.cn/articles/18211.html", "progress", """根据市委统一部署,2019年6月10日至7月12日,杭州市委第一巡察组对市交投集团党委进行了巡察。2019年8月20日,市委巡察组向市交投集团党委反馈了巡察意见。按照党务公开原则和巡视巡察工作有关要求,现将巡察整改情况予以公布。
市交投集团党委把巡察整改作为重大政治任务来抓,……针对巡察反馈的6个方面、36个问题,照单全收、立行立改。……
""", {"unit": "市交投集团党委", "group": "市委第一巡察组", "term": None, "round": None, "start": date(2019, 6, 10),
      "end": date(2019, 7, 12), "feedback_date": date(2019, 8, 20), "figures": [("problems", 36)]}),
    # http://jw.huaian.gov.cn/col/17277_632773/art/17407584/17431479446126FBpU2Dg.html (a city transport group's
    # progress on a city look-back round: in SHARES_TEMPLATE; 6月27日 takes the visit's year (settled 1); 93条整改措施)
    ("huaian_transport_group_city_fifth_group_look_back_progress", "http://jw.huaian.gov.cn/col/17277_632773/art/17407584/17431479446126FBpU2Dg.html", "progress", """市交通集团党委关于巡察整改情况的通报
发布时间:2025-03-28
根据市委统一部署,市委第五巡察组于2024年4月24日至5月31日对市交通集团党委开展了巡察“回头看”。6月27日,巡察组向市交通集团党委反馈了巡察意见。根据有关规定和要求,按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
……制定了整改方案,细化了93条整改措施,把整改事项落实到责任领导、责任部门,明确整改责任人、时间表。……
""", {"unit": "市交通集团党委", "group": "市委第五巡察组", "term": None, "round": None, "start": date(2024, 4, 24),
      "end": date(2024, 5, 31), "feedback_date": date(2024, 6, 27), "figures": [("measures", 93)]}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://heeia.cn/information/id/162 (a province's education commission's 2023 first round: five secondary
    # vocational schools all named (round 1, no term); 截至5月10日 完成进驻 is no start)
    ("henan_education_2023_first_round_five_vocational_schools", "http://heeia.cn/information/id/162", "rounds", """巡察河南省经济管理学校工作动员会
巡察河南省商务中等职业学校工作动员会
巡察河南省民族中等专业学校工作动员会
巡察河南省民政学校工作动员会
巡察河南省新闻出版学校工作动员会
根据省委教育工委、省教育厅党组的统一安排部署,截至5月10日,2023年度第一轮巡察完成对5所中职学校的巡察进驻。
5所被巡察学校分别召开巡察工作动员部署会。会前,各巡察组组长分别主持召开与被巡察学校主要负责人的沟通见面会,……
""", {"unit": "", "units": ["河南省经济管理学校", "河南省商务中等职业学校", "河南省民族中等专业学校", "河南省民政学校",
                          "河南省新闻出版学校"],
      "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://file.spacechina.com/n25/n2014789/n2014799/c3956981/content.html (an aerospace group's 2023 inspection of
    # four units: all named; 10月16日 先后进驻 takes 2023 from the dated line and is the start (settled 10); no round
    # number, two groups; outside_c holds the same portal's 2024 second round feedback, another round)
    ("casc_2023_internal_inspection_four_units_entered", "https://file.spacechina.com/n25/n2014789/n2014799/c3956981/content.html", "rounds", """党组领导出席集团公司2023年巡视4家单位进驻动员会
来源:中国航天报     日期:2023年10月18日
10月16日,中国航天科技集团有限公司党组2个巡视组先后进驻国际交流中心、标准化院、财务公司、航天投资,召开巡视进驻动员会,正式启动现场巡视工作。集团公司纪检监察组组长、党组成员谢俊出席会议并讲话,巡视组组长作工作动员,被巡视单位党委主要负责人作表态发言。……
""", {"unit": "", "units": ["国际交流中心", "标准化院", "财务公司", "航天投资"], "group": None, "term": None,
      "round": None, "start": date(2023, 10, 16), "end": None, "feedback_date": None, "figures": []}),
    # http://3news.cn/2015/1104/18734.html (the 2015 central third round's entries completed: in SHARES_TEMPLATE, r25
    # holds the round; bodies named before 等单位 and a total of 31, so units are left unscored)
    ("central_2015_third_round_entries_completed_copy", "http://3news.cn/2015/1104/18734.html", "rounds", """今年中央第三轮巡视全面展开 巡视组进驻完毕
来源:证券时报 发布时间:2015-11-04 13:22:16
据新华网4日消息,根据中央统一部署,中央巡视组近日陆续进驻国务院三峡工程建设委员会办公室、国务院南水北调工程建设委员会办公室、中国气象局、国家林业局、中国银行业监督管理委员会、……深圳证券交易所等单位开展专项巡视工作。
至此,中央巡视组已向本轮31家单位进驻完毕,今年中央第三轮巡视工作全面展开。
中央巡视组将在上述单位工作2个月,……
""", {"group": None, "term": None, "round": 3, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://www.ametnik.com/news_19/99.html (traditional script: a district group enters a company; 9月8日 has no year;
    # the district round the group conveys at its entry (五屆區委第一輪) is left unscored)
    ("yuluo_company_district_fourth_group_entered_trad", "http://www.ametnik.com/news_19/99.html", "noisy", """9月8日,區委第四巡察組正式進駐玉羅公司開展為期1個月的巡察工作,并于上午10點召開了巡察工作動員大會。區委第四巡察組全體成員、區委巡察辦代表,玉羅公司職工、勞務派遣工代表以及服務對象代表參加會議。
區委第四巡察組組長張祥富傳達了五屆區委第一輪巡察工作動員部署會議精神,強調了巡查工作的意義,明確了此次巡察的主要對象、主要內容、巡察方法及結果運用。……
玉羅公司支部書記、董事長、總經理金權作了發言,……
""", {"unit": "玉罗公司", "units": [], "group": "区委第四巡察组", "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.jiaoyim.cn/content-35-123079-1.html (traditional script: a province's thirteenth committee's tenth
    # round on 33 universities counted, none named; 日前 完成进驻 and 50天左右 give no dates)
    ("jiangsu_thirteenth_term_tenth_round_33_universities_trad", "http://www.jiaoyim.cn/content-35-123079-1.html", "noisy", """十三屆省委第十輪巡視對33家省屬高校開展政治監(jiān)督
2020-12-04
來源:新華日報 瀏覽次數(shù):
日前,十三屆省委第十輪巡視11個巡視組完成向33個被巡視黨組織進駐,10個巡察工作指導(dǎo)督導(dǎo)組完成向20個被指導(dǎo)督導(dǎo)單位進駐。 根據(jù)省委統(tǒng)一部署,本輪巡視采取“一托三”方式集中對33家省屬高校全面貫徹黨的教育方針、堅持社會主義辦學(xué)方向、落實立德樹人根本任務(wù)等情況開展政治監(jiān)督。…… 省委巡視組將在各被巡視黨組織工作50天左右。……
""", {"unit": "", "units": [], "group": None, "term": 13, "round": 10, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.qirb.com.cn/news/show618392.html (traditional script: a district group's mobilisation at a city
    # machinery school; 近日 gives no day, no round named)
    ("wuhu_machinery_school_district_second_group_mobilisation_trad", "http://www.qirb.com.cn/news/show618392.html", "noisy", """根據區(qū)委統一部署,近日,區(qū)委第二巡察組巡察蕪湖機械工程學校工作動員會在學校錄播教室舉行。區(qū)委第二巡察組組長孫君、副組長徐健、派駐紀檢組和巡察組全體人員、學校全體中層以上干部參加了動員會。會議由學校黨支部書記、校長劉琳主持。
動員會上,孫君做了動員報告,介紹了本次巡察的重點任務、工作安排和工作要求,并對巡察工作提出三點意見。……
劉琳代表學校作表態(tài)發(fā)言。……
""", {"unit": "芜湖机械工程学校", "units": [], "group": "区委第二巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://p13779.cn/n12377419/n12378172/c31535572/content.html (traditional script: an aerospace group's first
    # inspection group on an upgraded inspection of a department's committee; 8月18日 is a meeting day without a year)
    ("casic_second_academy_department_upgraded_inspection_trad", "http://p13779.cn/n12377419/n12378172/c31535572/content.html", "noisy", """根據(jù)航天科工黨組巡視工作統(tǒng)一部署,8月18日,集團(tuán)公司黨組第一巡視組提級巡視航天二院二部黨委工作動員會召開。駐航天科工紀(jì)檢監(jiān)察組組長、黨組成員李洋出席會議并講話。……
黨組第一巡視組組長宣貫了提級巡視工作要求,強(qiáng)調(diào)了重點(diǎn)檢查內(nèi)容。二部黨委表示,……
""", {"unit": "航天二院二部党委", "units": [], "group": "集团公司党组第一巡视组", "term": None, "round": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://hellodiamondbar.com/GEfMDiCmQO/n12377419/n12378166/c29252099/content.html (a betting site's name written
    # over an aerospace group's in its 2024 inspection deployment: no unit, no round number; the central third round is
    # only conveyed)
    ("casic_2024_inspection_deployment_betting_copy", "https://hellodiamondbar.com/GEfMDiCmQO/n12377419/n12378166/c29252099/content.html", "noisy", """中国航天科工启动2024年党组巡视工作
发布时间:2024-04-12 信息来源: 中国航天科工
  411日,天博在线|中国有限公司官网召开2024年党组巡视工作动员部署会,集团公司党组副书记、总经理龚波,党组副书记黄兴东,……出席会议。……
  会议主要任务是……对集团公司2024年党组巡视进行动员部署。李洋传达了2024年全国巡视工作会议暨二十届中央第三轮巡视动员部署会精神,黄兴东宣布了党组巡视组组长授权任职及任务分工。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.dwsvilc.cn/n12377419/n12378166/c31217810/content.html (traditional script: an aerospace group's meeting
    # promoting its inspection rectification; no visit told, 6個月集中整改 is no figure)
    ("casic_inspection_rectification_promotion_meeting_trad", "http://www.dwsvilc.cn/n12377419/n12378166/c31217810/content.html", "noisy", """5月21日,中國航天科工集團有限公司召開黨組巡視整改推進會,黨組直接聽取二級單位巡視整改情況匯報。集團公司黨組書記、董事長陳錫明,黨組副書記、總經理陳少洋,黨組副書記金煒出席會議并講話,駐航天科工紀檢監察組組長、黨組成員李洋主持會議。駐航天科工紀檢監察組副組長,總部各部門負責人、黨組巡視組組長及7家相關二級單位黨政主要領導、紀委書記等參加會議。……
陳錫明強調,……經過6個月集中整改雖然取得了階段性成效,但仍要清醒認識存在的差距。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (a betting site's name written over a college's in a university's second
    # round entry: both bodies kept as the copy writes them; round 2; 6月23日 has no year; two groups)
    ("university_second_round_two_colleges_entered_betting_copy", "search corpus pages (no URL returned)", "noisy", """根据学校第二轮巡察工作部署,6月23日,校党委第一巡察组进驻云顶yd222线路检测、第二巡察组进驻材料学院开展校内巡察,召开动员会议并听取二级学院工作汇报。学院党委副书记、纪委书记、监察专员、巡察工作领导小组副组长陈信出席会议并作动员讲话。……
校党委第一巡察组组长、副校长杨万枫,校党委第二巡察组组长、副校长杨俊杰分别在进驻学院动员会上就巡察工作的总体要求、监督重点、主要内容、相关安排和纪律要求作具体布置,……
""", {"unit": "", "units": ["云顶yd222线路检测", "材料学院"], "group": None, "term": None, "round": 2, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://j7576.cn/zgjyy/xwzx/xwdt/gswx/2024/12/I1319700498982371328.html (traditional script with a stray "?": a
    # cooperation group of central research enterprises' inspection offices meets; no party inspection: expects nothing)
    ("research_enterprises_inspection_cooperation_group_meeting_trad", "http://j7576.cn/zgjyy/xwzx/xwdt/gswx/2024/12/I1319700498982371328.html", "noisy", """為貫徹落實(shí)二十屆中央紀(jì)委三次全會(huì)關(guān)于分行業(yè)、板塊指導(dǎo)的工作機(jī)制要求,在國(guó)務(wù)院國(guó)資委巡視辦指導(dǎo)下,科研板塊中央企業(yè)探索建立巡視工作協(xié)作組,……12月18日,中國(guó)建研院牽頭組織召開科研板塊中央企業(yè)巡視工作協(xié)作組首次會(huì)議。中國(guó)煤炭科工、中國(guó)機(jī)械總院、中國(guó)鋼研、中國(guó)有研、礦冶集團(tuán)、中國(guó)建研院、中國(guó)信科、中國(guó)建科等8家巡視工作協(xié)作組成員單位巡視辦主任及有關(guān)巡視干部近20人參加會(huì)議。……
?
樊金龍代表中國(guó)建研院黨委對(duì)協(xié)作組會(huì)議的召開表示祝賀,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
