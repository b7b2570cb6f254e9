"""Outside texts of batch r12 (issue 14), held out: collected with the search tool from public pages that are in no
earlier batch (each URL checked against every outside batch, r11 included, and test_outside_documents.py, with and
without www./m./mip. and its query string; every text compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r12.py`, which loads an unregistered batch without running the importer), their fields
written down by reading only. The importer was not run on them while they were collected, no test or bench that runs
it was run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files
and outside_set.py); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. All texts come from the search tool's "pages" corpus, each with its address (none without one this time);
find_string on public repositories found no such text. Queries naming the kinds of unit the brief listed returned
mostly pages earlier batches hold (most hits looked at were duplicates by address or text); they
still found unused ones for 残联 (five), 团委 (four), 文联 (seven), 工商联, 红十字会, 统战部, 政法委 and 司法局 (a round's
entries), 档案馆 and 信访局 (in round lists), 生态环境局 and 住建局 (in round lists), research institutes of an academy
(four, three in traditional script), meteorological bureaus (two), power companies (a state grid's term figures, a
grid's round, a spun regulator's interview), railways (a railway administration's checks), procuratorates (the
supreme procuratorate's first round), central rounds (two), provincial groups at a county and a federation, state
companies (a transport group, a group with a betting brand pasted over its name), towns and villages (round
entries), schools and a kindergarten, a health centre. Units the brief asked for that gave nothing unused: 税务局 (no
inspection text found), 烟草 (only an earlier batch's and trade news), 银行/金融 (none; one 金融工作办公室
in a round list), 党校 and 机关工委 (only in earlier batches' round lists), 粮食和物资储备 and 供销社 (checks and trade
news only), 国资委 as a unit (one, in a round list); progress reports (巡察整改进展情况的通报) were the hardest: nearly
every one the corpus returned is an earlier batch's, so this batch holds only three.

Families and counts (77 texts). progress 3 (a county youth league committee's report with its title and date line;
a city literary federation's report after the site's outline of its headings, the visit's end missing its 日; a
street health centre's report whose dates lost 年/月); news 28 (feedback meetings of disabled persons' federations,
youth league committees, literary federations, a civil affairs bureau, a school on a media forum, a united front
department, academy institutes; entries and mobilisations at a federation of industry and commerce, a literary
federation, a youth league committee, a provincial federation (a provincial group), three culture units, two
expressway offices, a prefecture's propaganda and united front departments, a meteorological bureau; a provincial
group's closing notice at a county; rectification meetings (a provincial round's at a city, a meteorological
bureau's, a medical insurance bureau's life meeting, a red cross society's joint study with its group); and checks
that are no inspection: a railway administration's Spring Festival checks, a State Council 督查); rounds 16 (notices
and entries of county, city, central and procuratorate rounds with their units and spans, a city's poverty-relief
round with figures, a state grid's term figures, a department's year hearing, a new round's mobilisation that names
the previous round); audit 7 (a district's rectification notice, a province's report copied to a forum that lost its
years, a hospital's audit committee, a steel company and a transport group in traditional script, a county's check
of a national audit's findings, a county head's meeting; refused as the README says); noisy 23 (traditional script
with and without pinyin annotations (academy institutes, a grid company's round, central rounds, a press group, a
media centre, a look-back round, a new term's first round, a service company, a county's five rounds of figures, a
provincial 督查), dates whose 年/月 were lost (228日, 2022523日至819日, 202339日, 919日), lost characters (县委第巡察组,
县联), stray spaces in a date (2024 年 2 月 26 日), HTML paragraph tags, a spun copy with synonyms swapped in, a betting
brand pasted over a company's name, a court's 司法巡查 that is no inspection). Fields read: 390 (as r10 and r11 count
them: a unit of "" for a round-level text counts, each unit of a list and each figure counts, a refusal counts,
problems 0 counts), and 396 absence checks (None, "", [] and problems 0 where a careless reader might fill the field).
Figures read: problems 4, completed 3, measures 2, rules_established 2, clues_transferred 2, accountable_people 1;
counted problem lists: 5 texts (3 or 4 items each).

Reading conventions (those of r6 to r11, followed unchanged): a day without a year gives no date, unless the page's
own dated header gives its year (tongshan_federation_entry, zhijiang_literary_feedback, zigong_literary_feedback_digits,
dalian_chemistry_institute_feedback_trad); a feedback day written without a year after the dated visit takes the
visit's year (dawa_literary_progress_trad, yanta_red_cross_feedback_digits, zhangfan_health_centre_progress_digits),
not where it comes before the visit (itp_institute_feedback, plateau_biology_institute_feedback_trad,
theoretical_physics_institute_feedback_trad, fuzhou_united_front_feedback keep none); a mobilisation meeting's day is
no start, but a group's 进驻 day is (tongshan_federation_entry), and a span stated for the visit (于…起, 将于…至…,
从…至…止, 巡察时间) is read; month-only visits read as their first and last days (fuzhou_united_front_feedback);
parts of months (上旬, 中旬, 下旬) are not scored; run-together digits are read as a date only where one reading is
possible (each one here has one); the deadline for letters is no end; rounds counted (前五轮, 9轮) and batches (第一批)
give no round number; 十八大/十九大 are no term; a round or term of another body named in passing is not this
text's (the previous term's round in new_term_first_round_review_trad, the third round heard at the fourth round's
mobilisation in xiuning_fourth_round_mobilisation), while at a feedback the round the secretary heard is the text's
(tianchang_disabled_feedback, fuzhou_united_front_feedback), and a round named only in the title of a notice passed
on is not scored (dali_disabled_lookback_mobilisation, xiangxi_propaganda_united_front_mobilisation); 线索 counts are
clues_transferred, 追责问责 counts accountable_people; counts that are no findings (meetings, villages or units
inspected or checked, households visited, staff, aspects N个方面, advice N条) are no metric; a figure in yuan beside
ones in 万元 is cut rather than converted; advice (一是… as a demand on the unit) is no problem; problems are counted
when listed by 、 or semicolons (tianchang_disabled_feedback, yangjiang_literary_feedback, zigong_literary_feedback_digits,
yanta_red_cross_feedback_digits) and not scored where they run as comma-joined clauses, as areas (在…等方面存在…), or
where the list is cut; a group named without its body (第一巡察组, 区第五巡察组), several ways (zhijiang, zigong,
xiuying, the transport group's) or only inside a plan's title is not scored, unusual names used in one form are
(院党组第三巡视组, 市委巡察三组); the unit is the visit's, keeps a bracketed second name (县育才中学党委（县中职校）,
市委统战部（含…）, the Fuzhou round's units), and is not scored where it is named as 我中心, several ways, or lost
characters; a text naming two or more units has unit "" and the units in order, kept as written (商务局 without 县,
温州生态园管委会).

What I was unsure of, and how I read it: district_disabled_feedback's four findings (一是…四是, each 存在…等问题) are
read as four problems; new_term_first_round_review_trad's 首輪 is read as round 1; fuzhou_united_front_feedback's
2024年5月 is read as a month-only visit; the three academy institutes told their feedback day before the dated visit
and keep none, while dalian_chemistry_institute_feedback_trad's page header gives its year (the importer is known to
take the visit's year in such cases, see KNOWN_MISSES' kaiping_natural_resources_trad); dalian's unit is the visit's
大连化学物理研究所 though the feedback names it with 中国科学院 in front; chengdu_biology_institute_feedback_trad's
areas (在…等方面存在一些问题) are not scored either way; the Fuzhou round's sixth unit, whose bracket holds a comma and
quotation marks, is cut from the excerpt; the long central list (central_twentieth_fourth_round_units) has no 等 and
is scored whole; railway_spring_checks, state_council_medical_check, guilin_court_judicial_check_digits,
power_companies_interview_spun and xihe_livelihood_projects_check_trad are read as no inspection.
"""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R12 = [
    # --- progress reports (bodies with and without their title line) -------------------------------------------------
    # http://nxjw.nanxian.gov.cn/14365/14495/content_2092854.html (a county youth league committee's progress report
    # with its title and date line: 4个方面18个问题 gives 18 problems, 17 completed (基本完成 1 is not scored); 整章建制4条
    # are rules established; the sums refunded in yuan in the next sentence are cut)
    ("nanxian_youth_league_progress", "http://nxjw.nanxian.gov.cn/14365/14495/content_2092854.html", "progress", """共青团南县委员会关于巡察整改进展情况的通报
发布时间:2025-09-05 11:24 信息来源:共青团南县委员会 作者: 浏览量:
根据县委统一部署,2024年7月16日至2024年9月30日,县委第三巡察组对共青团南县委员会开展常规巡察,于2024年11月27日对我单位反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、组织整改落实情况
(一)提高站位,加强组织领导。……成立由团县委书记为组长的巡察整改工作领导小组,统筹推进巡察反馈意见的整改落实,……
截至2025年5月29日,巡察反馈的4个方面18个问题,已完成整改17个,基本完成整改1个,整章建制4条。……
""", {"unit": "共青团南县委员会", "group": "县委第三巡察组", "term": None, "round": None, "start": date(2024, 7, 16),
      "end": date(2024, 9, 30), "feedback_date": date(2024, 11, 27),
      # r13 pass: 基本完成整改1个 is stated and every figure the importer reads is scored (an unlisted one counts as
      # invented), so "not scored" cannot hold; the stated count is expected, as r1's km and r10's figures read it
      "figures": [("problems", 18), ("completed", 17), ("basically_completed", 1), ("rules_established", 4)]}),
    # https://www.gongxunwang.com/doc/2586319.html (a city literary federation's progress report on a document site,
    # after the site's outline of its headings: the round in the title; the visit's end lost its 日
    # (2022年11月15市委…), one reading only; the per-aspect counts of the outline are no stated total, not scored)
    ("qingyang_literary_progress", "https://www.gongxunwang.com/doc/2586319.html", "progress", """一、提高政治站位
二、加强组织领导
三、坚持问题导向
(一)聚焦党中央和省市委各项决策部署在基层落实情况方面(7个问题)
(二)聚焦群众身边腐败问题和不正之风以及群众反映强烈的突出问题方面(11个问题)
(三)聚焦基层党组织建设方面(5个问题)
(四)落实巡视巡察、审计反馈问题整改方面(2个问题)
四、正视工作差距
中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的通报
根据市委统一部署,2022年8月19日至2022年11月15市委第三巡察组对市文联党组开展了常规巡察,2023年1月16日,市委第三巡察组向市文联党组反馈了巡察意见。按照巡视巡察工作有关要求,现将巡察整改进展情况予以公布。
一、提高政治站位,统一思想认识
……成立了由党组书记任组长,党组成员任副组长,部室负责同志为成员的巡察反馈问题整改工作领导小组,……
""", {"unit": "市文联党组", "group": "市委第三巡察组", "term": 5, "round": 1, "start": date(2022, 8, 19),
      "end": date(2022, 11, 15), "feedback_date": date(2023, 1, 16)}),
    # http://www.xuecheng.gov.cn/zwgk/qjbm/qwsjkj/202509/t20250929_2166616.html (a street community health centre's
    # progress report with the portal's index lines and its title, whose dates lost 年/月: 20241120日至2025120日 reads
    # only as 2024年11月20日至2025年1月20日, 319日 only as 3月19日 (its year from the visit's end); the round in the title;
    # the unit is 我中心 in the opening, not scored; 整改措施82条 are measures)
    ("zhangfan_health_centre_progress_digits", "http://www.xuecheng.gov.cn/zwgk/qjbm/qwsjkj/202509/t20250929_2166616.html", "progress", """  • 发布机构:区卫健局
  • 成文时间:2025年09月29日
  • 标  题:张范街道社区卫生服务中心关于十一届区委第九轮巡察整改进展情况的通报
张范街道社区卫生服务中心关于十一届区委第九轮巡察整改进展情况的通报
根据区委统一部署,20241120日至2025120日,区委第六巡察组对我中心(原张范镇中心卫生院)开展了常规巡察。319日,巡察组向我中心反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、整改工作基本情况
……在主要负责人带领下,我院按照院委会成员职责分工,对反馈问题进行逐一推敲、精准定策,针对具体问题制定整改措施82条,明确责任领导、责任科室和具体负责人,……
""", {"group": "区委第六巡察组", "term": 11, "round": 9, "start": date(2024, 11, 20), "end": date(2025, 1, 20),
      "feedback_date": date(2025, 3, 19), "figures": [("measures", 82)]}),
    # --- news: feedback meetings, entries, mobilisations, rectification news, checks that are no inspection ----------
    # http://canlian.weihai.gov.cn/art/2025/8/13/art_25252_5718446.html (a city disabled persons' federation's feedback
    # on its own site: the problems run by semicolons but the excerpt cuts the list, so their count is not scored;
    # clues without a count)
    ("weihai_disabled_feedback", "http://canlian.weihai.gov.cn/art/2025/8/13/art_25252_5718446.html", "news", """市委第五巡察组向市残联党组反馈巡察情况
根据市委统一安排,2025年8月6日,市委第五巡察组向市残联党组反馈巡察情况。市委副书记、政法委书记刘树军出席会议,对抓好巡察整改工作提出要求。……市委第五巡察组组长陈晓旸代表市委巡察组向市残联党组书记苗建臣和领导班子反馈了巡察情况。……
按照市委统一部署,2025年4月1日至6月20日,市委第五巡察组对市残联党组进行了巡察。……同时,巡察组还收到反映一些党员、干部的问题线索,已按规定移交有关部门处理。
陈晓旸指出,……但从巡察发现和群众反映的情况看,还存在一些问题,主要是:学习贯彻习近平新时代中国特色社会主义思想不深入,落实“第一议题”制度不够严格;履职尽责不够有力,推动残疾人事业高质量发展有短板;……
""", {"unit": "市残联党组", "group": "市委第五巡察组", "term": None, "round": None, "start": date(2025, 4, 1),
      "end": date(2025, 6, 20), "feedback_date": date(2025, 8, 6), "figures": []}),
    # https://dali.qinfeng.gov.cn/info/1038/10628.htm (a county disabled persons' federation's look-back mobilisation:
    # the meeting's day is no start; the round is named only in the title of a notice passed on, so term and round are
    # not scored; the span of the hotline (巡察期间…) is cut)
    ("dali_disabled_lookback_mobilisation", "https://dali.qinfeng.gov.cn/info/1038/10628.htm", "news", """根据县委统一部署,2020年9月21日,县委第三巡察组巡察县残联党组“回头看”工作动员会召开。会前,县委巡察工作领导小组成员、县委巡察办主任李刚向残联党组书记张文耀传达了县委巡察工作领导小组办公室《关于开展十六届县委第八轮巡察“回头看”暨“机动式”巡察工作的通知》精神。会上,县委第三巡察组组长刘骏就即将开展的专项巡察工作作了动员讲话,县残联党组书记理事长张文耀主持会议并作表态发言。
……据悉,县委巡察组将在县残联工作20个工作日。……
""", {"unit": "县残联党组", "group": "县委第三巡察组", "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.tcjjjc.gov.cn/content/detail/623a6f5e83ba88a928c92e70.html (a county-level city's disabled persons'
    # federation feedback: 日前 gives no feedback day; the round is the one whose report the secretary heard (第一轮),
    # as r11's changchun_urban_management_feedback; three problems listed with 、 after 主要有; the honour is no figure)
    ("tianchang_disabled_feedback", "http://www.tcjjjc.gov.cn/content/detail/623a6f5e83ba88a928c92e70.html", "news", """根据市委统一部署,日前,市委第三巡察组向市残联党组反馈巡察情况会召开,会议传达了市委主要领导在市委书记专题会议听取第一轮巡察情况综合汇报时的讲话精神,组长纪福海代表巡察组反馈了巡察情况。市残联党组书记袁昕主持反馈会并就做好巡察整改工作作表态发言。
根据市委统一部署,2021年9月22日至10月21日,市委第三巡察组对市残联党组开展了巡察。……
纪福海指出,……2021年天长市人民政府残工委被国务院残工委授予“全国残疾人工作先进单位”。但巡察也发现了一些问题,主要有履行职能不到位、残疾人服务项目实施不到位、党内政治生活不严肃等。
""", {"unit": "市残联党组", "group": "市委第三巡察组", "term": None, "round": 1, "start": date(2021, 9, 22),
      "end": date(2021, 10, 21), "feedback_date": None, "problems": 3, "figures": []}),
    # https://gjjwjc.gov.cn/details/xsxc/14446.html (a district disabled persons' federation's feedback: 3月6日 has no
    # year; four findings by aspect (一是…四是, each 存在…等问题) are read as four problems; the five points of advice
    # are no problems)
    ("district_disabled_feedback", "https://gjjwjc.gov.cn/details/xsxc/14446.html", "news", """3月6日上午,区委第三巡察组召开巡察区残联情况反馈会。区委第三巡察组组长饶光荣、副组长曾佳洁、……区残联领导班子、干部职工、各乡镇、街道残联专职委员参加会议。
会上,饶光荣同志代表区委第三巡察组指出了巡察中发现和干部群众反映的问题,一是在党的领导方面,存在学习党的理论有差距等问题;二是党的建设方面,存在民主集中制形式化严重等问题;三是全面从严治党方面,存在“主体责任”落实不到位等问题;四是关于党风廉政和反腐败斗争方面,存在执行“八项”规定不坚决等问题。并提出五点整改意见:一是强化党的领导核心作用;二是切实加强对党建工作的领导;……
""", {"unit": "区残联", "group": "区委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 4, "figures": []}),
    # https://www.cdpf.org.cn/xwzx/dfdt1/5d4825d3fc0943d8b3dfcc06fd9b8794.htm (a provincial group's mobilisation at
    # a provincial disabled persons' federation: the meeting's day is no start; the speech passed on (the secretary
    # hearing an earlier round) is cut, so no round is stated)
    ("guizhou_disabled_provincial_mobilisation", "https://www.cdpf.org.cn/xwzx/dfdt1/5d4825d3fc0943d8b3dfcc06fd9b8794.htm", "news", """贵州省委第十一巡视组巡视贵州省残联党组工作动员会召开
根据贵州省委统一部署,2026年3月4日下午,省委第十一巡视组对省残联党组开展巡视工作动员会召开。会前,省委第十一巡视组组长周兴主持召开与省残联党组书记、理事长周代军的见面沟通会,通报了本轮巡视任务和工作安排,并提出工作要求。
……周兴强调,……省委安排对省残联党组开展常规巡视,充分体现了省委对省残联工作的高度重视。……
""", {"unit": "省残联党组", "group": "省委第十一巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://dwxcb.whu.edu.cn/info/1019/2149.htm (a university's group at its youth league committee: the group is
    # named with its round (校党委第四轮第三巡察组), not scored; the round is the fourth; no day has a year)
    ("whu_youth_league_feedback", "https://dwxcb.whu.edu.cn/info/1019/2149.htm", "news", """10月9日,校党委第四轮第三巡察组组长晏金柱向团委全体职工反馈巡察情况。……校团委副书记黄鑫主持会议并作表态发言。
根据校党委统一部署,6月22日至7月6日,校党委第四轮第三巡察组对团委开展了巡察。……9月18日,学校党委巡察工作领导小组审议了各组巡察报告;9月30日,校党委听取了第四轮巡察综合情况汇报,原则同意巡察组的报告,并对整改工作提出了明确要求。
""", {"unit": "团委", "term": None, "round": 4, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.lianzhou.gov.cn/bmxz/rmtt/lzstw/bmwj/content/post_1911085.html (a county-level city's youth league
    # committee feedback: the unit is named two ways (共青团连州市委员会, 团市委), not scored; the group with 中共 and the
    # city in front once and as 市委第一巡察组 after; the findings run by aspect with several clauses each, so their
    # count is not scored)
    ("lianzhou_youth_league_feedback", "http://www.lianzhou.gov.cn/bmxz/rmtt/lzstw/bmwj/content/post_1911085.html", "news", """根据市委关于巡察工作的统一部署,2024年8月28日,中共连州市委第一巡察组巡察共青团连州市委员会情况反馈会召开。市委副书记邓建红出席巡察反馈会议,……市委第一巡察组组长梁伟洪,……参加巡察反馈会议。
会前,巡察组组长梁伟洪向团市委书记叶海斌单独反馈了巡察情况。
……梁伟洪同志指出,……但巡察发现和干部群众反映还存在一些问题,一是与党中央决策部署落实衔接不够紧密,政治理论学习存在差距,意识形态工作有待加强,落实上级决策部署存在不足等;二是内部财务管理混乱,经费支出审核不严,专项经费注重划拨轻监管,违规实施项目等;……
""", {"group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2024, 8, 28), "figures": []}),
    # https://www.cdgqt.org.cn/zhdt/tqyx2/content_155121 (a city youth league committee's entry on its own site: 9月11日
    # has no year, so no start; 为期2个月 is a span)
    ("changde_youth_league_entry", "https://www.cdgqt.org.cn/zhdt/tqyx2/content_155121", "news", """9月11日上午,市委第三巡察组进驻团市委并召开巡察工作动员会,为期2个月的巡察工作就此展开。市委巡察工作领导小组联系领导、市委第三巡察组全体组员、……团市委全体机关干部与会。
会议通报了本次巡察工作的主要任务、工作安排和相关要求,……
""", {"unit": "团市委", "group": "市委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://m-tongshan.cjyun.org/p/10570.html (a county federation of industry and commerce's entry with its title and
    # dated byline: 5月15日 takes its year from the page's own dated header (2017), and 进驻 that day is the start, as
    # r11's fengyang_hospital_entry_digits; 为期一个月 is a span, no end)
    ("tongshan_federation_entry", "http://m-tongshan.cjyun.org/p/10570.html", "news", """县委第一巡察组进驻县工商联
©原创   2017-05-17 10:05   唐成
云上通山报道(记者 唐成)5月15日,县委第一巡察组进驻县工商联,将对该单位进行为期一个月的巡察工作。
……县工商联党组书记成传章表示,……县工商联将按照县委巡察组的要求,积极配合,确保巡察工作顺利开展。
""", {"unit": "县工商联", "group": "县委第一巡察组", "term": None, "round": None, "start": date(2017, 5, 15),
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.sxzhijiang.com/content/show?catid=324541&newsid=952452 (a county-level city's literary federation
    # feedback, with its title and date line: the group is named with the term in the title (七届市委第四巡察组) and
    # without it after, not scored; the term is the title's; 九个方面 are aspects and the three quoted are a sample,
    # so no count; 11家协会 is no metric)
    ("zhijiang_literary_feedback", "http://www.sxzhijiang.com/content/show?catid=324541&newsid=952452", "news", """七届市委第四巡察组在市文联召开巡察情况反馈会
发布时间:2023-09-18
9月18日上午,市委第四巡察组在市文联召开巡察情况反馈会。……市委第四巡察组全体成员、派出纪检监察组负责人、市文联全体干部职工、11家协会代表参加会议。
会上,市委第四巡察组组长杨相春通报了巡察反馈意见。他指出,市委第四巡察组通过巡察发现,市文联还存在“强化文艺工作者思想引领不到位”“履行文联职责有欠缺”“意识形态工作责任制落实不力”等九个方面的问题。
""", {"unit": "市文联", "term": 7, "round": None, "start": None, "end": None, "feedback_date": date(2023, 9, 18),
      "figures": []}),
    # https://www.yjlz.gov.cn/xxgk/0/xsxc/fkyj/content/post_16487.html (a city literary federation's feedback: 近期
    # gives no day; four problems separated by semicolons after 主要是, as r11's jgq_civil_affairs_feedback; the five
    # points of advice are no problems; 党的十九大以来 is no term)
    ("yangjiang_literary_feedback", "https://www.yjlz.gov.cn/xxgk/0/xsxc/fkyj/content/post_16487.html", "news", """近期,市委第三巡察组向市文联党组反馈巡察情况。市委常委、宣传部部长杨骁婷传达了市委书记、市人大常委会主任冯玲在听取本轮巡察情况汇报时的讲话精神,并对巡察整改工作提出要求。市委第三巡察组组长刘宏毅反馈了巡察情况。市文联党组书记、主席叶秀华主持反馈会议并作表态发言。
……刘宏毅指出,党的十九大以来,市文联党组坚持以习近平新时代中国特色社会主义思想为指导,……巡察也发现了一些问题,主要是:落实第一议题制度不严格,长期未进行联合会换届,推动文艺精品创作生产有差距,落实意识形态工作责任制不严格;违反中央八项规定精神问题仍然存在,执行政府集中采购规定不严格;对下属协会(学会)党的建设和思想政治工作管理不到位,发展党员及干部选拔任用工作不够规范,履行全面从严治党主体责任有差距;对上轮巡察指出个别问题整改不到位。
刘宏毅提出五点整改意见建议:一是提高政治站位,……
""", {"unit": "市文联党组", "group": "市委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 4, "figures": []}),
    # https://www.xmwenlian.com/home/article/detail/id/1778.html (a city literary federation's mobilisation on its own
    # site: the visit is stated to run from the meeting's day (于2018年12月12日起…开展为期40天左右的巡察), so that day is the
    # start; 40天 is a span, no end)
    ("xiamen_literary_mobilisation", "https://www.xmwenlian.com/home/article/detail/id/1778.html", "news", """信息来源:厦门市文联 时间:2018-12-12 16:40:00
12日下午,市委第四巡察组巡察市文联党组工作动员会在市文联大楼召开。……市文联党组书记林跃锋主持会议并作表态发言。
根据市委巡察工作领导小组的统一部署,市委第四巡察组于2018年12月12日起对市文联党组开展为期40天左右的巡察工作。
""", {"unit": "市文联党组", "group": "市委第四巡察组", "term": None, "round": None, "start": date(2018, 12, 12),
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.zgdsbdw.com/meida/15024.html (a county-level city's literary federation feedback on a news portal: the
    # unit is named as 文联 and 文联党组, not scored; the group with its city in the title and without it after; the
    # findings are cut mid-sentence by the site, no count)
    ("xingyang_literary_feedback", "http://www.zgdsbdw.com/meida/15024.html", "news", """荥阳市委第六巡察组向文联反馈巡察情况资讯
中国都市报道网河南讯(程传忠 报道 通讯员:王威)根据市委巡察工作领导小组的部署,2025年1月3日,市委第六巡察组向文联反馈情况。……市委第六巡察组组长王瑞亭分别向文联党组书记、主席王迎来和党组领导班子反馈了巡察情况。……
王瑞亭提出了三点整改意见建议:一是坚定文化自信,切实增强政治责任和使命担当。……
""", {"group": "市委第六巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2025, 1, 3), "problems": 0, "figures": []}),
    # http://www.whjjw.gov.cn/html/wenzhang_759237.html (a city group's mobilisation at a culture bureau and two of its
    # institutions: three units, so no one unit; 近日 gives no day)
    ("wuhu_culture_three_units_mobilisation", "http://www.whjjw.gov.cn/html/wenzhang_759237.html", "news", """根据市委关于巡察工作的统一部署,近日,市委第二巡察组巡察市文化和旅游局党组及市文化馆、芜湖书画院工作动员会召开。会上,巡察组组长汪海作动员讲话,市文旅局党组书记、局长王玉娟主持会议并作表态发言,市文化馆党支部书记丁苏琴、芜湖书画院办公室主任吴峰分别作表态发言。
……
""", {"unit": "", "units": ["市文化和旅游局党组", "市文化馆", "芜湖书画院"], "group": "市委第二巡察组", "term": None,
      "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://182.61.201.157/p/5687156820?pid=119576993715 (a provincial group's closing notice at a county, copied to a
    # forum: 3月6日至5月6日 have no year (the signature's date is no header), so no start or end; the notice is signed by
    # the group)
    ("mengjin_provincial_closing_notice", "http://182.61.201.157/p/5687156820?pid=119576993715", "news", """根据省委统一安排,3月6日至5月6日,省委第六巡视组对孟津县进行集中巡视。其间,共开设了6种信访举报渠道接受问题举报反映,对接受的信访举报问题,我们已按规定进行了分类处置。对巡视期间发现的问题和问题线索,待向省委汇报后,我们将向省纪委监察委、省委组织部等有关机关和部门移交,按规定向孟津县反馈有关情况并推动整改落实。……
省委第六巡视组
2018年5月5日
""", {"unit": "孟津县", "group": "省委第六巡视组", "term": None, "round": None,
      # r13 pass: a yearless span not after the month of the notice's dated signature takes its year, the convention
      # the README states since the c-dev pass (yearless days take the year of the signature or page date when not
      # after its month) and earlier batches pin; this reader's "no start or end" contradicts it
      "start": date(2018, 3, 6), "end": date(2018, 5, 6),
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://m-yicheng.cjyun.org/p/54052.html (a county-level city's mayor dispatching the rectification of a
    # provincial round's feedback: the round is the one rectified (十二届省委第三轮巡视); no unit, group or date of the
    # inspection is stated; 9月1日 is the meeting's)
    ("yicheng_provincial_rectification_meeting", "http://m-yicheng.cjyun.org/p/54052.html", "news", """通讯员徐泽环 记者周波报道:9月1日,宜城市委副书记、市长肖平专题调度十二届省委第三轮巡视反馈问题整改工作,听取了各有关部门和单位整改措施及进展情况。她强调,要深入学习贯彻习近平总书记关于巡视工作重要论述,坚决扛牢巡视整改政治责任,确保完成巡视整改任务。
……肖平要求,要强化组织领导,对照问题清单,用一个月的时间聚力攻坚,……
""", {"group": None, "term": 12, "round": 3, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://itpcas.cas.cn/new_zhxw/202407/t20240720_7231827.html (an academy's group at one of its research institutes:
    # the feedback day (7月12日) is told before the dated visit, so the reader kept no year (settled convention 1 gives it one) (as r11's
    # luyang_office_affairs_feedback); the round is the academy's third (第三轮巡视集中反馈会议); the group
    # has an unusual name used in one form (院党组第三巡视组); the institute is named two ways, not scored; the
    # findings run as comma-joined clauses, not scored)
    ("itp_institute_feedback", "http://itpcas.cas.cn/new_zhxw/202407/t20240720_7231827.html", "news", """7月10日,院党组巡视工作领导小组召开第三轮巡视集中反馈会议,通报了第三轮巡视发现的突出问题,并对抓好整改工作进行了集中部署、提出了明确要求。7月12日,院党组第三巡视组向中国科学院青藏高原研究所反馈了巡视情况,反馈分为向党政主要负责人反馈和向单位反馈两个阶段。……
按照院党组巡视工作部署,院党组第三巡视组于2024年4月8日至28日对青藏高原所进行了常规巡视。……
黄晨光在反馈时指出,……但巡视也发现了一些问题,主要是:在重大项目争取和强化导向性建制化研究上存在不足,在坚持和加强党的领导、推进全面从严治党以及人才队伍建设等方面存在差距。……
""", {"group": "院党组第三巡视组", "term": None, "round": 3, "start": date(2024, 4, 8), "end": date(2024, 4, 28),
      "feedback_date": date(2024, 7, 12),  # settled convention 1
      "figures": []}),
    # https://thepaper.cn/newsDetail_forward_21744718 (a state railway administration's Spring Festival checks,
    # reposted by a news site: no party inspection; its 1945 problems found and 469 check groups are absence checks)
    ("railway_spring_checks", "https://thepaper.cn/newsDetail_forward_21744718", "news", """国家铁路局深入开展春运督导检查,发现整治问题1945个
国家铁路局网站
2023-01-31 17:48
……连日来,国家铁路局系统干部职工认真贯彻落实习近平总书记重要指示精神,全力抓好铁路春运工作,局领导带队深入铁路春运一线开展督导检查。……
截至目前,国家铁路局共派出检查组469个,检查各类单位场所665个,添乘列车267趟,累计里程102579公里,发现整治问题1945个。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://dyrmt.com/thread-4804-1-1.html (a county school's feedback on a media centre's forum, with a video tag
    # left in: 近日 gives no feedback day; the unit keeps its bracketed second name; the findings run as semicolon
    # groups of clauses with a further sentence after 此外, so their count is not scored; clues without a count)
    ("daying_school_feedback_forum", "https://dyrmt.com/thread-4804-1-1.html", "news", """大英融媒体记者(王艳请 钱娇)根据县委统一部署,县委第二巡察组于2023年9月4日至2023年10月3日对县育才中学党委(县中职校)开展了巡察。近日,县委第二巡察组巡察县育才中学党委(县中职校)情况反馈会召开。县委常委、副县长李胜利出席反馈会。 [wcn_video,1.79,100%]https://dyrmt.com/plugin.php?id=wcn_editor:player&url=https%3A%2F%2Fv.dyrmt.com%2Fwp-content%2Fuploads%2F2024%2F01%2F%E8%82%B2%E6%89%8D%E4%B8%AD%E5%AD%A6.mp4[/media]
会议指出,育才中学(县中职校)在聚焦党中央的决策部署在基层落实情况等方面存在不足,主要问题有:学习贯彻习近平总书记关于教育工作重要论述和指示批示精神不到位,履行党委领导职责有短板,办人民满意教育有差距,防范化解重大风险有弱项;全面从严治党不够有力,作风建设不够扎实,财经纪律执行打折扣,项目实施及管理不严格;民主议事决策不严谨,基层党建存在薄弱环节,人才队伍建设力度不够。此外,上届巡察反馈育才中学党委(县中职校)的部分问题整改不彻底。同时,县委巡察组还收到反映一些党员干部的问题线索,已按规定转有关部门处理。……
""", {"unit": "县育才中学党委（县中职校）", "group": "县委第二巡察组", "term": None, "round": None,
      "start": date(2023, 9, 4), "end": date(2023, 10, 3), "feedback_date": None, "figures": []}),
    # http://gz.cma.gov.cn/dsqxj/qdn/xwzx_39428/qxyw_39430/202504/t20250410_6988989.html (a provincial meteorological
    # bureau's group at a prefecture's bureau and its county bureaus: the unit (…党组及所属县级气象局党组(领导班子)) is
    # several bodies, not scored; the group is named with its bureau in front, not scored; 4月8日 has no year (2025年
    # names the year's plan) and is a meeting, no start; 16县(市) is no metric)
    ("qiandongnan_meteorology_mobilisation", "http://gz.cma.gov.cn/dsqxj/qdn/xwzx_39428/qxyw_39430/202504/t20250410_6988989.html", "news", """根据贵州省气象局党组2025年巡察工作统一部署,4月8日,贵州省气象局党组第二巡察组巡察黔东南州气象局党组及所属县级气象局党组(领导班子)工作动员会召开。会前,巡察组组长石昌军主持召开与中共黔东南州气象局党组书记、局长杨绍洪的见面沟通会,……会上,石昌军作了动员讲话,杨绍洪主持会议并作表态发言,所属三个县级气象局主要负责人在分会场作表态发言。
……16县(市)气象局全体干部职工通过视频方式在分会场列席。
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://shanghai.baogaosu.com/xinwen/%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%B1%80%E5%85%9A%E7%BB%84%E9%83%A8%E7%BD%B2%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9%E5%B7%A5%E4%BD%9C/67101127/
    # (a city meteorological bureau mobilising its rectification after a national bureau's group, on a news
    # aggregator: the group is named only inside the plan's title, not scored; 5月18日 is the meeting's; no date of the
    # inspection, no finding)
    ("shanghai_meteorology_rectification_meeting", "http://shanghai.baogaosu.com/xinwen/%E4%B8%8A%E6%B5%B7%E5%B8%82%E5%B1%80%E5%85%9A%E7%BB%84%E9%83%A8%E7%BD%B2%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9%E5%B7%A5%E4%BD%9C/67101127/", "news", """上海市局党组部署巡视整改工作
19.05.2018  01:33
5月18日上午,上海市气象局党组召开落实中国气象局巡视整改意见动员视频会议,对巡视整改工作进行动员。
会议详细介绍了《中共上海市气象局党组落实中国气象局党组第三巡视组反馈意见整改工作方案》。局党组书记,局长董熔同志对做好巡视整改工作提出三个方面的要求:……
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://www.fengxian.gov.cn/hszh/jgdj/20250427/88104.html (a district group's joint study session with the red
    # cross society it inspects: no finding, no date of the visit; 4月24日 is the session's; 三救三献 and 15分钟 are no
    # figures)
    ("fengxian_red_cross_joint_study", "https://www.fengxian.gov.cn/hszh/jgdj/20250427/88104.html", "news", """【区级新闻】区委第二巡察组、区红十字会党组开展“两个共同学”联组学习会
发布时间:2025-04-274月24日下午,奉贤区委第二巡察组、区红十字会党组开展“两个共同学”联组学习会。区委第二巡察组组长、副组长和区红十字会党组全体成员参加学习。……
区委第二巡察组组长胡斌……讲三点体会:一是突出政治属性,以“两个维护”为根本任务。本次巡察是对区红十字会党组履行党的领导责任的一次政治体检,……
区红十字会党组书记、常务副会长陈秀华在交流中表示:一是要以三救三献为核心,切实提升服务效能。……打造15分钟红十字服务圈。……
""", {"unit": "区红十字会党组", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.ljtj.gov.cn/Article-6821.shtml (a county civil affairs bureau's feedback: the findings are named as
    # areas (在…等方面还存在不足…差距), no list, not scored)
    ("county_civil_affairs_feedback", "https://www.ljtj.gov.cn/Article-6821.shtml", "news", """2024年8月21日,县委第五巡察组巡察县民政局党组情况反馈会召开。县人民政府副县长蒋道成出席会议并讲话。县委第五巡察组组长叶陶传达了中央和省委、市委、县委关于巡视巡察工作的新要求新部署,反馈了巡察意见,并对做好巡察整改工作提出要求。县民政局党组书记、局长何微主持会议并作表态发言。
会议指出,……但巡察发现,局党组在统筹谋划、开拓创新、队伍建设和下属单位监管等方面还存在不足,在求真务实狠抓底线工作、履行全面从严治党政治责任等方面还存在差距。
""", {"unit": "县民政局党组", "group": "县委第五巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2024, 8, 21), "figures": []}),
    # https://www.qnlz.gov.cn/n35529374/n35529494/c25506616367/content.html (a county medical insurance bureau's
    # democratic life meeting on a special inspection's rectification, the group's leader attending: 4月10日 is the
    # meeting's, no date of the inspection; no finding)
    ("county_medical_insurance_life_meeting", "https://www.qnlz.gov.cn/n35529374/n35529494/c25506616367/content.html", "news", """4月10日,县医疗保障局召开领导班子脱贫攻坚专项巡察整改专题民主生活会。局党组书记、局长谌杰同志主持会议,局领导班子全体成员参加会议,县委第二巡察组组长马水森、县委组织部华坚权同志到会指导。
……最后,谌杰同志郑重表态:县医疗保障局党组将认真按照县委的指示要求,……对巡察指出的问题全力以赴抓好整改落实,……
""", {"unit": "县医疗保障局", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://yaozui.com/p/346395 (a State Council inspection team's medical and elderly-care check at a county, on a
    # content site: a government 督查 is no party inspection; its group (第三督查组) and day are absence checks)
    ("state_council_medical_check", "https://yaozui.com/p/346395", "news", """国务院第四次大督查第三督查组医疗养老专题小组来祁县督查
祁县卫生计生
7月20日,国务院参事马力带队的国务院第四次大督查第三督查组医疗养老专题小组来我县督查。……
督查中,在县人民医院召开了座谈会,……太谷县、祁县、平遥县政府分别作了有关工作汇报。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://tzb.fznews.com.cn/html/21438/20240918/66ea3ef55fd02.shtml (a city united front department's feedback on
    # its own site: the visit is a month only (2024年5月, read as its first and last days); the feedback day (9月10日)
    # is told before the dated visit, so the reader kept no year (settled convention 1 gives it one); the round is the one whose report the secretary heard (十二届市委第五轮), as r11's
    # changchun_urban_management_feedback; the unit keeps its bracketed bodies; the group's unusual name (市委巡察三组)
    # in one form; four points of advice, no list of problems)
    ("fuzhou_united_front_feedback", "https://tzb.fznews.com.cn/html/21438/20240918/66ea3ef55fd02.shtml", "news", """市委巡察三组向市委统战部反馈巡察情况
9月10日,市委巡察三组到市委统战部反馈巡察情况。会上,市委巡察三组传达了党中央关于巡视巡察工作的决策部署及省委、市委的新要求,以及市委书记在听取十二届市委第五轮巡察情况综合汇报时的讲话精神,……
根据市委巡察工作统一部署,2024年5月,市委巡察三组对市委统战部(含中华职教社、市台联、市金门联)开展了巡察。……
巡察中,巡察组发现了一些问题,李雄主任提出了四点整改意见建议:一是要坚持党对统战工作的领导,……
""", {"unit": "市委统战部（含中华职教社、市台联、市金门联）", "group": "市委巡察三组", "term": 12, "round": 5,
      "start": date(2024, 5, 1), "end": date(2024, 5, 31), "feedback_date": date(2024, 9, 10),  # settled convention 1
      "problems": 0,
      "figures": []}),
    # http://xxnet.com.cn/szb/tjbpc/202107/29/c74675.html (a prefecture group's mobilisation at its propaganda and
    # united front departments: two units, so no one unit; the round is named only in a notice's title, so term and
    # round are not scored, as dali_disabled_lookback_mobilisation; 7月27日 has no year)
    ("xiangxi_propaganda_united_front_mobilisation", "http://xxnet.com.cn/szb/tjbpc/202107/29/c74675.html", "news", """本报讯(记者 田 华)7月27日,州委第二巡察组巡察州委宣传部、州委统战部工作动员会在吉首召开,会议宣读了州委巡察工作领导小组办公室《关于开展第十一届州委第八轮巡察的通知》,并对巡察工作作出安排部署。
……州委宣传部负责人表态,……州委统战部负责人表态,……
""", {"unit": "", "units": ["州委宣传部", "州委统战部"], "group": "州委第二巡察组", "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://m.catumaqa.com/col_gsdt/202302/37C43E2F7546F7B1902A38F0A8EC1BFA.htm (a provincial transport
    # department's group entering two expressway offices, named together (省天水、陇南高速公路处), so no one unit and
    # their names not scored; the group is named three ways, not scored; 近日 and 三个月 give no date)
    ("expressway_offices_department_group_entry", "https://m.catumaqa.com/col_gsdt/202302/37C43E2F7546F7B1902A38F0A8EC1BFA.htm", "news", """省交通运输厅党组第一巡察组进驻省天水、陇南高速公路处开展巡察
发布时间 : 2019-10-18 浏览次数:0 作者: 来源:
近日,省交通运输厅党组第一巡察组巡察工作动员会分别在省天水、陇南高速公路处召开。根据厅党组安排,厅党组第一巡察组将对我省高速公路系统的2家单位开展为期三个月的巡察。
第一巡察组组长杨征同志在动员讲话中指出,……
""", {"unit": "", "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # --- round-level texts and figures -------------------------------------------------------------------------------
    # http://www.pzlz.gov.cn/08/202409/t20240905_6691677.html (a county's notice of a round of three groups: seven
    # units in order with their span; the 33 villages and the schools named after are cut; the deadline for letters
    # is no end)
    ("pengze_round_notice", "http://www.pzlz.gov.cn/08/202409/t20240905_6691677.html", "rounds", """巡察公告
按照县委关于巡察工作的统一部署,县委派出3个巡察组于2024年8月26日至2024年10月24日对龙城镇、芙蓉墩镇、县人大机关、县行政审批局、县统计局、县教体局、县旅游工业中专等7个单位党组织开展巡察。同时对龙城镇、芙蓉墩镇所辖的33个村级党组织开展巡察……
……受理信访时间截止到2024年10月18日。
""", {"unit": "", "units": ["龙城镇", "芙蓉墩镇", "县人大机关", "县行政审批局", "县统计局", "县教体局", "县旅游工业中专"],
      "group": None, "term": None, "round": None, "start": date(2024, 8, 26), "end": date(2024, 10, 24),
      "feedback_date": None, "figures": []}),
    # https://www.kflz.gov.cn/sitesources/zmdjw/page_pc/gzdt/xsxc/qdjz/articlee6d1824ac947405dbfdaa3132242526b.html (a
    # county round's entry with its title and date line: two of fourteen regular units named before 等 and the two
    # look-back units, kept as named (商务局 without 县, as written); the round's span stated; the deadline for letters
    # is no end)
    ("pingyu_tenth_round_entry", "https://www.kflz.gov.cn/sitesources/zmdjw/page_pc/gzdt/xsxc/qdjz/articlee6d1824ac947405dbfdaa3132242526b.html", "rounds", """平舆县:十三届县委第十轮巡察启动
发布时间:2025-07-21 来源:驻马店纪检监察网
根据县委统一部署,十三届平舆县委第十轮巡察安排8个巡察组,采取“一拖二”的方式,于2025年7月14日至8月22日对县人大机关、政协机关等14个党组织开展常规巡察,对县统计局、商务局2个党组织开展巡察“回头看”。截至目前,巡察组已全部完成进驻。
……信访受理截止时间为2025年8月22日上午12时,……
""", {"unit": "", "units": ["县人大机关", "政协机关", "县统计局", "商务局"], "group": None, "term": 13, "round": 10,
      "start": date(2025, 7, 14), "end": date(2025, 8, 22), "feedback_date": None, "figures": []}),
    # https://zhzjjk.com/news/BXDT/2019725/197251010557571169ECADJ70787D8A (a county round's first entries at its
    # justice bureau and its political-legal committee: two units and two groups (the table after names each), so no
    # one unit or group; 7月22日 has no year; 10天左右 is a span)
    ("county_eighth_round_first_entries", "https://zhzjjk.com/news/BXDT/2019725/197251010557571169ECADJ70787D8A", "rounds", """7月22日,县委2个巡察组分别进驻县司法局、县委政法委,并召开了巡察工作动员会,标志着十四届县委第八轮巡察完成首批进驻。
……根据安排,对每个单位的巡察时间为10天左右。……
十四届县委第八轮巡察首批进驻一览表
组别
巡察单位
县委第一巡察组
县司法局
县委第二巡察组
县委政法委
""", {"unit": "", "units": ["县司法局", "县委政法委"], "group": None, "term": 14, "round": 8, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://www.xiuning.gov.cn/xwzx/zwxx/9178530.html (a county round's mobilisation with its title and date line:
    # the round is the fourth; the third is named as the one whose report the secretary heard; the twelve units are
    # not named; 二个月左右 and 三天 are spans)
    ("xiuning_fourth_round_mobilisation", "https://www.xiuning.gov.cn/xwzx/zwxx/9178530.html", "rounds", """十五届县委第四轮巡察工作动员部署会召开
作者:孙震卫 发布时间:2023-03-20 19:50 信息来源:县委巡察办
3月20日下午,十五届县委第四轮巡察工作动员部署会召开,会议学习贯彻习近平总书记关于巡视工作的重要论述,传达县委书记吴云忠在县委书记专题会议听取十五届县委第三轮巡察情况汇报时的讲话精神。……
本轮巡察派出3个县委巡察组,对12个县直单位开展常规巡察,时间为二个月左右。……
""", {"unit": "", "units": [], "group": None, "term": 15, "round": 4, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://m.news.shi-fen.com/china/202112/50-1185570.html (a state grid company's term of inspections of its
    # subsidiaries, reposted from the central commission's site: 9轮 counted give no round; 67 units inspected are no
    # metric; 3373 clues found; 整改措施 are measures, 完善制度机制 rules established, 追责问责…人次 accountable people;
    # the paragraph on one group's visit is cut; 党的十九大以来 is no term)
    ("state_grid_term_figures", "https://m.news.shi-fen.com/china/202112/50-1185570.html", "rounds", """原标题:国家电网9轮巡视67个二级单位党组织守护民生用电底线
来源:中央纪委国家监委网站
国家电网9轮巡视67个二级单位党组织
压实安全责任守护民生用电底线
发现问题3779个,问题线索3373件,推动被巡视党组织采取整改措施14393项,完善制度机制2283项,追责问责3993人次……近期,国家电网公司党组亮出一届任期内巡视全覆盖成绩单。党的十九大以来,国家电网公司党组落实政治巡视要求,组织开展9轮巡视,实现对67个二级单位党组织的巡视全覆盖。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": [("problems", 3779), ("clues_transferred", 3373), ("measures", 14393), ("rules_established", 2283),
                  ("accountable_people", 3993)]}),
    # http://www.hljycjjjc.gov.cn/news/newsinfo/id/3144.html (a city round's notice with its title and date line:
    # eighteen units and four development zones in order; the round's start stated (从2022年3月21日开始); no end)
    ("yichun_first_round_notice", "http://www.hljycjjjc.gov.cn/news/newsinfo/id/3144.html", "rounds", """巡 察 公 告——十三届市委第一轮巡察
发布日期:2022-03-24 信息来源:本网 分享按钮
按照市委统一部署,市委成立8个巡察组从2022年3月21日开始,对市自然资源局、市林业和草原局、市交通运输局、市机关事务管理局、市市场监督管理局、市体育局、市总工会、市妇联、团市委、市残联、市工商联、市贸促会、市融媒体中心、市疾控中心、市住房公积金管理中心、市公共资源交易中心、市市政公用事业服务中心、市档案馆18个市属单位党组织开展常规巡察;对黑龙江伊春经济开发区、黑龙江铁力经济开发区、黑龙江嘉荫经济开发区、黑龙江南岔经济开发区开展开发区建设专项巡察。
……
""", {"unit": "", "units": ["市自然资源局", "市林业和草原局", "市交通运输局", "市机关事务管理局", "市市场监督管理局",
                            "市体育局", "市总工会", "市妇联", "团市委", "市残联", "市工商联", "市贸促会", "市融媒体中心",
                            "市疾控中心", "市住房公积金管理中心", "市公共资源交易中心", "市市政公用事业服务中心", "市档案馆",
                            "黑龙江伊春经济开发区", "黑龙江铁力经济开发区", "黑龙江嘉荫经济开发区", "黑龙江南岔经济开发区"],
      "group": None, "term": 13, "round": 1, "start": date(2022, 3, 21), "end": None, "feedback_date": None,
      "figures": []}),
    # http://fuzhou.baogaosu.com/xinwen/%E5%8D%81%E4%B8%80%E5%B1%8A%E7%A6%8F%E5%B7%9E%E5%B8%82%E5%A7%94%E7%AC%AC%E4%B9%9D%E8%BD%AE%E7%AC%AC%E4%B8%80%E6%89%B9%E5%B7%A1%E5%AF%9F/85012763/
    # (a city round's first batch on a news aggregator: five of six units in order (the sixth, whose bracket holds a
    # comma and quotation marks, is cut), each keeping its bracketed second name; a
    # batch is no round, the ninth round is; 6月中旬 is a part of a month; 30天左右 is a span)
    ("fuzhou_ninth_round_first_batch", "http://fuzhou.baogaosu.com/xinwen/%E5%8D%81%E4%B8%80%E5%B1%8A%E7%A6%8F%E5%B7%9E%E5%B8%82%E5%A7%94%E7%AC%AC%E4%B9%9D%E8%BD%AE%E7%AC%AC%E4%B8%80%E6%89%B9%E5%B7%A1%E5%AF%9F/85012763/", "rounds", """十一届福州市委第九轮第一批巡察展开
22.06.2020  10:10
6个巡察组进驻巡察
  根据《中国共产党巡视工作条例》及中央、省委和市委关于巡察工作的部署要求,经市委巡察工作领导小组同意,从2020年6月中旬开始,十一届福州市委第九轮第一批巡察工作展开,市委巡察组对市退役军人事务局(市双拥共建工作领导小组办公室)、市委老干部局、市委台港澳工作办公室(市政府台港澳事务办公室)、市政府发展研究中心、市地方金融监督管理局(市金融工作办公室)、……等6家单位党组织开展巡察,巡察时间30天左右。日前,6个巡察组已进驻巡察。
""", {"unit": "", "units": ["市退役军人事务局（市双拥共建工作领导小组办公室）", "市委老干部局",
                            "市委台港澳工作办公室（市政府台港澳事务办公室）", "市政府发展研究中心",
                            "市地方金融监督管理局（市金融工作办公室）"],
      "group": None, "term": 11, "round": 9, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://qdnrm.com/news/101837.html (a central round's entry reposted by a local site: the 34 units in order (the
    # list has no 等); two keep bracketed second names; the one academy named as entered first is one of them, so the
    # text has no one unit; 两个月 is a span)
    ("central_twentieth_fourth_round_units", "http://qdnrm.com/news/101837.html", "rounds", """二十届中央第四轮巡视开始进驻 34家单位接受常规巡视
2024-11-02 22:02:06
根据中央关于巡视工作的统一部署,15个中央巡视组陆续开始进驻被巡视单位,开展为期约两个月的常规巡视。目前,中央巡视组已进驻中国延安干部学院。
二十届中央第四轮巡视将对34家单位党组织进行常规巡视,包括中央宣传部(中央精神文明建设办公室)、中央统战部、中央网络安全和信息化委员会办公室、中央台湾工作办公室、中央党校(国家行政学院)、中央党史和文献研究院、中国外文出版发行事业局、人民日报社、求是杂志社、光明日报社、中国日报社、经济日报社、科技日报社、中国浦东干部学院、中国井冈山干部学院、中国延安干部学院、中央社会主义学院、中华全国总工会、中国共产主义青年团中央委员会、中华全国妇女联合会、中国文学艺术界联合会、中国作家协会、中华全国归国华侨联合会、中华全国新闻工作者协会、中华全国台湾同胞联谊会、中国宋庆龄基金会、中华全国工商业联合会、国家民族事务委员会、文化和旅游部、国家广播电视总局、新华通讯社、中国社会科学院、中央广播电视总台、国家文物局等。
""", {"unit": "", "units": ["中央宣传部（中央精神文明建设办公室）", "中央统战部", "中央网络安全和信息化委员会办公室",
                            "中央台湾工作办公室", "中央党校（国家行政学院）", "中央党史和文献研究院", "中国外文出版发行事业局",
                            "人民日报社", "求是杂志社", "光明日报社", "中国日报社", "经济日报社", "科技日报社",
                            "中国浦东干部学院", "中国井冈山干部学院", "中国延安干部学院", "中央社会主义学院", "中华全国总工会",
                            "中国共产主义青年团中央委员会", "中华全国妇女联合会", "中国文学艺术界联合会", "中国作家协会",
                            "中华全国归国华侨联合会", "中华全国新闻工作者协会", "中华全国台湾同胞联谊会", "中国宋庆龄基金会",
                            "中华全国工商业联合会", "国家民族事务委员会", "文化和旅游部", "国家广播电视总局", "新华通讯社",
                            "中国社会科学院", "中央广播电视总台", "国家文物局"],
      "group": None, "term": 20, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://shanxishangren.com/b2b/news/show.php?itemid=97761 (a city round's entries on a business portal: two of
    # twelve units named before 等; 2023年2月中旬至5月中旬 are parts of months, not scored)
    ("taiyuan_fourth_round_entries", "https://shanxishangren.com/b2b/news/show.php?itemid=97761", "rounds", """根据市委统一部署,近日,十二届市委第四轮巡察6个巡察组全部进驻12个被巡察党组织。……
经市委批准,从2023年2月中旬至5月中旬,市委派出6个巡察组,对市科技局、市国资委等12个市直单位党组织开展常规巡察。……
""", {"unit": "", "units": ["市科技局", "市国资委"], "group": None, "term": 12, "round": 4,
      # r13 pass: no start/end absence check: parts of months are not scored, as this batch's conventions say (and
      # r11's pass did for 3月上旬至6月中旬)
      "feedback_date": None, "figures": []}),
    # http://yuxinet.cn/c/2023/02/16/602876.shtml (a city round's mobilisation: seven units in order; the procuratorates
    # reached by a linked inspection are named as a class, not a unit; 2月16日 has no year)
    ("yuxi_fifth_round_mobilisation", "http://yuxinet.cn/c/2023/02/16/602876.shtml", "rounds", """2月16日下午,六届市委第五轮巡察动员部署会召开,对本轮巡察工作作出具体安排部署。……
据了解,此轮巡察安排6个巡察组,聚焦“服务产业发展”主题,对市发展改革委、市财政局、市商务局、市文化和旅游局、市统计局、市政务服务管理局、市住房公积金管理中心7家单位开展常规巡察;充分发挥市级巡察机构作用,统筹对全市人民检察院开展巡察上下联动。(玉溪日报全媒体记者 夏娜)
""", {"unit": "", "units": ["市发展改革委", "市财政局", "市商务局", "市文化和旅游局", "市统计局", "市政务服务管理局",
                            "市住房公积金管理中心"], "group": None, "term": 6, "round": 5, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://p2.ttnews.xyz/a/5bf5ef5fdc9b5e171476ffae?lang=zh-hans (a city's special poverty-relief round a month in,
    # on a news mirror: the eight counties, districts and zones named before 等县(市)区及园区; 指出具体问题41个 are
    # problems, 其中35个已整改 completed; the households, calls, talks and files are no metric; 截至11月7日 has no year)
    ("xiangtan_seventh_round_poverty_figures", "https://p2.ttnews.xyz/a/5bf5ef5fdc9b5e171476ffae?lang=zh-hans", "rounds", """廉洁湘潭丨扶贫领域专项巡察月余 发放立行立改交办函17份
湘潭在线11月8日讯(湘潭日报社全媒体记者谢雨芬 通讯员 潘夏子)11月7日,记者了解到,十二届湘潭市委第七轮巡察扶贫领域专项巡察组进驻一个多月以来,发放立行立改交办函17份,大部分问题已完成整改。
本轮专项巡察是十二届湘潭市委首次启动扶贫领域专项巡察,共派出6个组,巡察对象包括湘潭市本级承担扶贫工作任务的牵头单位和湘潭县、湘乡市、韶山市、雨湖区、岳塘区、经开区、高新区、昭山示范区等县(市)区及园区。
……截至11月7日,6个巡察组共下户走访500余户,电话抽查193人次,谈话331人次,查阅资料2296册,发放立行立改交办函17份,指出具体问题41个,其中35个已整改。
""", {"unit": "", "units": ["湘潭县", "湘乡市", "韶山市", "雨湖区", "岳塘区", "经开区", "高新区", "昭山示范区"],
      "group": None, "term": 12, "round": 7, "start": None, "feedback_date": None,
      "figures": [("problems", 41), ("completed", 35)]}),
    # http://www.pjqjw.gov.cn/html/wenzhang_736723.html (a district round's notice for one group: five units in order,
    # the last a funeral parlour; the round's start and end stated; the unit is none of the five alone)
    ("panji_fifth_round_group_notice", "http://www.pjqjw.gov.cn/html/wenzhang_736723.html", "rounds", """根据区委巡察工作统一部署,十一届区委第五轮巡察于2023年3月14日开始,至5月26日结束。现将有关事项公告如下:
一、巡察对象
区委第二巡察组负责对区发改委、区交通局、区统计局、区民政局、区殡仪馆等5家单位开展常规巡察。
……
""", {"unit": "", "units": ["区发改委", "区交通局", "区统计局", "区民政局", "区殡仪馆"], "group": "区委第二巡察组",
      "term": 11, "round": 5, "start": date(2023, 3, 14), "end": date(2023, 5, 26), "feedback_date": None,
      "figures": []}),
    # http://m.tlxcwttd.com/nd.jsp?id=5&mid=5 (a city round's notice on a company site: nine regular and eight special
    # units in order (the two liaison offices reached by extension are cut); the round's span stated under 巡察时间; the
    # deadline for letters is no end)
    ("tongliao_ninth_round_notice", "http://m.tlxcwttd.com/nd.jsp?id=5&mid=5", "rounds", """巡 察 公 告
根据《中国共产党党内监督条例》《中国共产党巡视工作条例》规定,按照通辽市委统一安排,六届市委第九轮巡察派出6个巡察组对市委办公室、市人大常委会机关、市政府办公室、市政协机关、通辽职业学院、科尔沁艺术职业学院、市委编办、市统计局、市工业职业学校等9个部门单位开展常规巡察,……对市自然资源局、市生态环境局、市工业和信息化局、市市场监督管理局、市文化旅游广电局、市卫生健康委员会、市商务局、市住房和城乡建设局等8个涉企行政执法单位开展专项巡察。
一、巡察时间
2025年3月24日至5月30日。
……受理信访时间截止到2025年5月25日。
""", {"unit": "", "units": ["市委办公室", "市人大常委会机关", "市政府办公室", "市政协机关", "通辽职业学院",
                            "科尔沁艺术职业学院", "市委编办", "市统计局", "市工业职业学校", "市自然资源局", "市生态环境局",
                            "市工业和信息化局", "市市场监督管理局", "市文化旅游广电局", "市卫生健康委员会", "市商务局",
                            "市住房和城乡建设局"],
      "group": None, "term": 6, "round": 9, "start": date(2025, 3, 24), "end": date(2025, 5, 30),
      "feedback_date": None, "figures": []}),
    # http://szb.fmrmzx.com/view.asp?sbm=8ae654886b1b07f2 (a county's entries at six towns and their villages, in the
    # county paper whose other page (r6's jianshe, a village look-back) used the same paragraphs: six towns in order; the 69
    # villages are not named; 7月3日 has no year; 两个半月 is a span)
    ("county_six_towns_entries", "http://szb.fmrmzx.com/view.asp?sbm=8ae654886b1b07f2", "rounds", """本报讯(记者 李司佳 刘 超 王博龙 明 月)根据县委统一安排部署,7月3日,县委3个巡察组分别完成对平安地镇、扎兰营子镇、务欢池镇、塔营子镇、大巴镇、苍土乡共6个乡镇及所辖69个村党组织的巡察进驻,并召开动员部署会议。本轮巡察时间为两个半月。
……
""", {"unit": "", "units": ["平安地镇", "扎兰营子镇", "务欢池镇", "塔营子镇", "大巴镇", "苍土乡"], "group": None,
      "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://login.12309.gov.cn:8443/spp/zdgz/202310/t20231017_630705.shtml (the supreme procuratorate's first round
    # of its own inspections of six provincial procuratorates, with its title and date line: the round is the first;
    # the six are named by their provinces only (陕西、湖北…等六个省级人民检察院党组), so their units are not scored;
    # the meeting and entry days are no start)
    ("supreme_procuratorate_first_round_entries", "https://login.12309.gov.cn:8443/spp/zdgz/202310/t20231017_630705.shtml", "rounds", """最高检党组第一轮巡视完成进驻
时间:2023-10-17  作者:于潇  来源:检察日报-要闻版
本报北京10月16日电(记者于潇)记者今天从最高人民检察院了解到,根据最高检党组统一部署,最高检党组第一轮巡视分别对陕西、湖北、湖南、安徽、云南、广西等六个省级人民检察院党组开展为期两个月的常规巡视。10月9日,最高检党组召开巡视动员部署会,会后组织安排了一天半的巡视业务培训。近日,六个巡视组完成巡视进驻。
10月13日,六个省级院分别召开巡视进驻动员会。
""", {"unit": "", "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://jtysxw.org.cn/show-97783.html (a provincial transport department's party group hearing its year's
    # inspections and a look-back at the previous year's rectification: no unit, round number, group or date of a
    # visit; 2021年巡察 and 2020年巡察整改 name years, no round)
    ("provincial_transport_department_year_hearing", "http://jtysxw.org.cn/show-97783.html", "rounds", """10月20日,省交通运输厅党组召开2021年巡察暨2020年巡察整改情况“回头看”情况汇报会。受厅长、厅党组书记马文亮委托,副厅长马德芳参加会议并提出工作要求。驻厅纪检监察组相关人员,厅机关相关处室,各巡察组组长、联络员参加会议。
会上,各巡察组组长依次汇报了巡察工作情况。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- audit texts (refused) ---------------------------------------------------------------------------------------
    # http://www.panyu.gov.cn/zwgk/zdlyxxgkml/czsj/sjjggg/content/post_8759212.html (a district audit bureau's notice
    # of the rectification of a year's budget audit findings, with its title and date line: an audit text, refused)
    ("panyu_audit_rectification_notice", "http://www.panyu.gov.cn/zwgk/zdlyxxgkml/czsj/sjjggg/content/post_8759212.html", "audit", """关于番禺区2021年度区级预算执行和其他财政收支审计查出问题整改情况的公告
来源:番禺区审计局 发布时间:2023-01-13 10:13:17 阅读次数:-
  2022年10月18日,广州市番禺区十八届人大常委会第十一次会议审议了《广州市番禺区2021年度区级预算执行和其他财政收支的审计工作报告》,……现公告如下:
  一、审计查出问题整改的总体情况
  2021年审计查出问题共189项,截至2022年10月末,已完成整改179项,未整改到位10项,其中需持续推进整改8项,整改完成率达94.71%。审计促进整改落实有关问题资金1251.06万元。
""", {"refused": True}),
    # http://bbs.yuanjiangzx.com/archiver/showtopic-15159.aspx (a province's report on the rectification of its budget
    # audit findings, copied to a forum archive that lost every year's digits (关于年度…, ——年11月27日) and some
    # counts: an audit text, refused)
    ("provincial_audit_rectification_forum_lost_years", "http://bbs.yuanjiangzx.com/archiver/showtopic-15159.aspx", "audit", """关于年度省级预算执行和其他财政收支审计查出问题整改情况和审议意见研究处理结果的报告
——年11月27日在省十二届人大常委会第三十三次会议上
省审计厅厅长胡章胜
主任、各位副主任、秘书长、各位委员:
我受省人民政府委托,向省人大常委会报告年度省级预算执行和其他财政收支审计查出问题整改情况和审议意见研究处理结果,请予审议。
……截至10月底,审计工作报告反映的绝大部分问题得到有效整改。其中,省级财政管理及决算草案审计查出的10个方面20个问题,已整改到位;21个省直部门预算执行审计查出的10个方面个问题,均已整改或基本整改;……
""", {"refused": True}),
    # https://www.ayfybq.cn/info/1002/26155.htm (a hospital's audit committee reviewing its report on the rectification
    # of audit findings: an audit text, refused)
    ("hospital_audit_committee_rectification", "https://www.ayfybq.cn/info/1002/26155.htm", "audit", """2月8日上午,医院召开2025年审计委员会第一次会议。院党委书记戴晓支作会议讲话,主任委员、党委副书记、执行院长李永怀主持会议。……
会上,审计部对2024年度工作情况及2025年度内审计划进行汇报,并审议了《关于审计发现问题整改情况专项检查的报告》和《2025年度内审工作计划》,……
李永怀要求,要高度重视审计整改工作,针对本次会议汇报的审计整改发现的问题,各责任部门需积极落实整改,……
""", {"refused": True}),
    # http://congusto.cn/qypd/gl/201906/t20190617_11474.html (a steel company's rectification of internal and external
    # audit findings, in traditional script on an unrelated domain: an audit text, refused)
    ("steel_company_audit_rectification_trad", "http://congusto.cn/qypd/gl/201906/t20190617_11474.html", "audit", """今年以來,陜鋼集團龍鋼公司持續圍繞中心工作,積極作為,充分發揮審計監督作用,強化督促審計整改,打通審計成果運用的“最后一公里”,……
審計部門牽頭督導。該公司審計部門將內、外部審計關注到的問題,實行清單式管理和問題銷號機制,同時明確責任單位、整改措施、整改期限,每月追蹤整改進度,直至將問題按照“四不放過”要求整改到位,進行問題銷號。
""", {"refused": True}),
    # http://www.skiandwake.com/index.php/Supervision/read/id/829.html (a transport group's audit of its former head's
    # term, in traditional script on an unrelated domain: an audit text (its entry day 5月26日 is an audit's), refused)
    ("transport_group_term_audit_trad", "http://www.skiandwake.com/index.php/Supervision/read/id/829.html", "audit", """7月15日,交運集團審計部召集集團機關有關部門負責人與審計組專家一起,就集團原主要負責人任期審計本部取證單內容進行溝通。
……本次任期審計自5月26日進駐以來,目前已完成本部以及直屬公司的現場審計工作。取證單的出具和意見反饋,表明現場審計工作已完成階段性任務。
""", {"refused": True}),
    # https://zhb.hebei.com.cn/system/2018/08/24/019057930.shtml (a county audit bureau checking the rectification of a
    # national audit's findings: an audit text, refused)
    ("lingshou_national_audit_rectification_check", "https://zhb.hebei.com.cn/system/2018/08/24/019057930.shtml", "audit", """长城网8月24日讯(通讯员 刘富秀)近日,灵寿县审计局与灵寿县政府督查室,就审计署在灵寿审计发现问题整改情况进行了逐项检查核实。
……通过审计局和督导室的及时督办,目前所涉及的部门都已对审计发现的问题进行整改;不能整改的已交由法制部门按照法律法规进行诫勉谈话和问责,……
""", {"refused": True}),
    # https://xijinews.net/view/3402.html (a county head's meeting on the rectification of audit findings: an audit
    # text, refused)
    ("county_audit_findings_rectification_meeting", "https://xijinews.net/view/3402.html", "audit", """10月24日晚,县委副书记、政府县长马天峡在政府三楼会议室主持召开全县审计查出问题整改进展推进会议。
会议听取了相关部门和乡镇审计查出问题整改落实情况,对审计查出未整改或整改不彻底问题进行专题分析研究,……
""", {"refused": True}),
    # --- noisy copies ------------------------------------------------------------------------------------------------
    # http://www.jxgclzw.gov.cn/pages/article/741 (a county disabled persons' federation's mobilisation whose copy lost
    # characters: 县委第巡察组 lost its number (县委第二巡察组 in the speech) and 县联 its 残 (县残联 at the end), so
    # the unit, named several ways, is not scored; the visit's span is stated (将对…开展常规巡察), so start and end are
    # read; the deadline for letters is no end)
    ("guangchang_disabled_mobilisation_lost", "http://www.jxgclzw.gov.cn/pages/article/741", "noisy", """根据县委统一部署,2022年4月14日至6月17日,县委第巡察组将对县联开展常规巡察。4月14日下午,县委第巡察组对县联巡察工作动员会召开。
动员会上,县委第二巡察组组长钟瑜发表动员讲话,……
县委第巡察组将在县联工作2个月左右,……受理信访截止时间到2022年6月17日。……县委巡察组主要受理县残联领导班子及其成员问题的来信来电来访,……
""", {"group": "县委第二巡察组", "term": None, "round": None, "start": date(2022, 4, 14), "end": date(2022, 6, 17),
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://zgart.net.cn/newso.php?id=3074 (a city literary federation's feedback with its title and date line, whose
    # feedback day lost 月 (228日: one reading, 2月28日, its year from the page's dated header); term and round in the
    # title; the group named two ways (十三届市委第三轮巡察第三巡察组, 市委第三巡察组) and the unit three ways, not scored;
    # four problems listed with 、 (3个方面 are aspects))
    ("zigong_literary_feedback_digits", "http://zgart.net.cn/newso.php?id=3074", "noisy", """十三届市委第三轮巡察第三巡察组向中共自贡市文联党组反馈巡察情况
2023年03月03日 09:12
根据市委统一部署,228日,市委第三巡察组向市文联反馈了巡察情况。组长宋冬梅分别向党组书记刘建勇和市文联党组反馈了巡察情况并讲话,刘建勇同志主持会议。
宋冬梅组长在反馈时指出,市文联党组在落实党中央各项决策部署、群众身边腐败问题和不正之风、基层党组织建设等3个方面存在学用结合不紧密、文艺活动质效不高、学术研讨交流不足、网络意识形态阵地管理有差距等问题
宋冬梅组长提出整改要求,一是要提高政治站位,推动文艺事业繁荣发展;……
""", {"term": 13, "round": 3, "start": None, "end": None, "feedback_date": date(2023, 2, 28), "problems": 4,
      "figures": []}),
    # http://zgmrmthy.com/2025_12/24_15/content-546259.html (a district literary federation's progress body in
    # traditional script with pinyin annotations on a mirror: the visit sentence lost its unit and the group its body
    # (第一巡察組), so neither is scored; the feedback day's year from the visit's; the later days are meetings)
    ("dawa_literary_progress_trad", "http://zgmrmthy.com/2025_12/24_15/content-546259.html", "noisy", """根據(jù)區(qū)委統(tǒng)一部署,2025年3月24日至6月13日,第一巡察組進行了巡察。8月7日,巡察組向區(qū)文聯(lián)黨組織反饋了巡察意見。按照黨務(wù)公開原則和巡察工作有關(guān)要求,現(xiàn)將巡察整改情況予以公布。
(一)在學習貫徹黨中央決策部署和省市區(qū)委工作要求存在差距方面
學習貫徹落實習近平文化思想重要指示精神不到位。2025年9月,系統(tǒng)學習《習近平文化思想學習綱要》,……
(二)……組織建設(shè)滯后。……2025年12月12日,召開盤錦市大洼區(qū)文學藝術(shù)界聯(lián)合會第一次代表大會,……
""", {"term": None, "round": None, "start": date(2025, 3, 24), "end": date(2025, 6, 13),
      "feedback_date": date(2025, 8, 7)}),
    # http://m.rqhv.cn/zhxw/gzdt/xsgz/202412/t20241225_5043476.html (an academy's group at a research institute, in
    # traditional script with pinyin annotations on a mirror: the feedback day (12月18日) is told before the dated
    # visit, so the reader kept no year (settled convention 1 gives it one); the round is the academy's fourth; the group's unusual name in one form; the institute named two ways, not scored; the
    # findings as comma-joined clauses, not scored)
    ("plateau_biology_institute_feedback_trad", "http://m.rqhv.cn/zhxw/gzdt/xsgz/202412/t20241225_5043476.html", "noisy", """中國科學院黨組第十七巡視組向西北高原所反饋巡視情況
| 來源:監(jiān)督與審計局【字號:大 中 小】
12月17日,院黨組巡視工作領導小組召開第四輪巡視集中反饋會議,通報了第四輪巡視發(fā)現(xiàn)的突出問題,並對抓好整改工作進行了集中部署、提出了明確要求。12月18日,院黨組第十七巡視組向中國科學院西北高原生物研究所反饋了巡視情況,反饋分為向黨政主要負責人反饋和向單位反饋兩個階段。……
按照院黨組巡視工作部署,院黨組第十七巡視組于2024年10月10日至30日對西北高原所進行了巡視。……
謝光鋒在反饋時指出,……但巡視也發(fā)現(xiàn)了一些問題,主要是:推動聚焦搶佔科技制高點的改革不夠有力,統(tǒng)籌發(fā)展和安全、人才隊伍建設等方面存在差距。……
""", {"group": "院党组第十七巡视组", "term": None, "round": 4, "start": date(2024, 10, 10), "end": date(2024, 10, 30),
      "feedback_date": date(2024, 12, 18),  # settled convention 1
      "figures": []}),
    # http://www.rqhv.cn/zhxw/gzdt/xsgz/202412/t20241225_5043461.html (the same mirror's copy of another institute's
    # feedback the day of the academy's meeting, with pinyin annotations: 同日 is 12月17日, told before the dated
    # visit, so the reader kept no year (settled convention 1 gives it one);
    # the round is the academy's fourth)
    ("theoretical_physics_institute_feedback_trad", "http://www.rqhv.cn/zhxw/gzdt/xsgz/202412/t20241225_5043461.html", "noisy", """中國科學(xué)院黨組第二巡視組向理論物理所反饋巡視情況
12月17日,院黨組巡視工作領(lǐng)導(dǎo)小組召開第四輪巡視集中反饋會(huì)議,通報(bào)了第四輪巡視發(fā)現(xiàn)的突出問題,並對(duì)抓好整改工作進(jìn)行了集中部署、提出了明確要求。同日,院黨組第二巡視組向中國科學(xué)院理論物理研究所反饋了巡視情況,……
按照院黨組巡視工作部署,院黨組第二巡視組于2024年10月10日至30日對(duì)理論物理所進(jìn)行了巡視。……
梁瓊在反饋時(shí)指出,……但巡視也發(fā)現(xiàn)了一些問題,主要是:履行國家戰(zhàn)略科技力量主力軍職責(zé)使命有差距,改革創(chuàng)新發(fā)展內(nèi)生動(dòng)力不足,研究所治理體系不夠健全等。……
""", {"group": "院党组第二巡视组", "term": None, "round": 4, "start": date(2024, 10, 10), "end": date(2024, 10, 30),
      "feedback_date": date(2024, 12, 17),  # settled convention 1
      "figures": []}),
    # http://m.rqhv.cn/zhxw/gzdt/xsgz/202401/t20240126_5004408.html (the same mirror's copy of a third institute's
    # feedback, with its date line: 1月18日 is told before the dated visit, so its year comes from the page's own
    # dated header (2024); the round is the academy's second; the group named with its number, then as 院黨組巡視組)
    ("dalian_chemistry_institute_feedback_trad", "http://m.rqhv.cn/zhxw/gzdt/xsgz/202401/t20240126_5004408.html", "noisy", """巡視工作
中國科學(xué)院黨組第二巡視組向大連化學(xué)物理研究所反饋巡視情況
日期:2024-01-26
|  來源:院巡視辦【字號:
1月15日,院黨組巡視工作領(lǐng)導(dǎo)小組召開第二輪巡視集中反饋會議,……1月18日,院黨組第二巡視組向中國科學(xué)院大連化學(xué)物理研究所反饋了巡視情況,……
按照院黨組巡視工作領(lǐng)導(dǎo)小組的統(tǒng)一部署,……院黨組巡視組于2023年10月10日至30日對大連化學(xué)物理研究所進行了常規(guī)巡視。……
""", {"unit": "大连化学物理研究所", "group": "院党组第二巡视组", "term": None, "round": 2, "start": date(2023, 10, 10),
      "end": date(2023, 10, 30), "feedback_date": date(2024, 1, 18), "figures": []}),
    # http://orlandorealestateleads.com/dqyd/ffcl/201604/t20160418_6171702.html (an academy's feedback at a research
    # institute in 2016, in traditional script with pinyin annotations on a junk domain: the group has no number, not
    # scored; 4月14日 has no year; the areas named (在…等方面存在一些問題) may or may not be read as problems, not scored)
    ("chengdu_biology_institute_feedback_trad", "http://orlandorealestateleads.com/dqyd/ffcl/201604/t20160418_6171702.html", "noisy", """4月14日,中科院黨組成員、中紀(jì)委駐中科院紀(jì)檢組組長李志剛帶隊(duì)到成都生物所反饋巡視意見。……
根據(jù)中國科學(xué)院巡視工作領(lǐng)導(dǎo)小組統(tǒng)一部署,中國科學(xué)院巡視組于2015年9月14日至18日對成都生物所進(jìn)行了為期一周的常規(guī)巡視。……
……但在巡視中發(fā)現(xiàn)在班子整體作用發(fā)揮、重大項(xiàng)目爭取、高端人才引進(jìn)、管理部門作用發(fā)揮等方面存在一些問題
""", {"unit": "成都生物所", "term": None, "round": None, "start": date(2015, 9, 14), "end": date(2015, 9, 18),
      "feedback_date": None, "figures": []}),
    # http://nameplate.com.cn/article-14987-160729.html (a southern grid company's party group mobilising its eleventh
    # round, in traditional script on an unrelated domain: the two units named (廣西電網公司黨委和南寧供電局黨委);
    # 7月27日 has no year; 十九屆中央紀委六次全會 is no term of this round)
    ("southern_grid_eleventh_round_trad", "http://nameplate.com.cn/article-14987-160729.html", "noisy", """7月27日,南方電網公司黨組召開第十一輪巡視動員部署會,深入學習貫徹習近平總書記關于巡視工作的重要論述,貫徹落實十九屆中央紀委六次全會和全國巡視工作會議精神,對第十一輪巡視進行動員部署。……
孟振平要求,要始終堅守政治巡視定位,聚焦監督重點,發現和推動解決突出問題。本輪巡視對象是廣西電網公司黨委和南寧供電局黨委,但同時也是示范帶動全網,開展巡察工作的各級黨委要主動對標對表,舉一反三。
""", {"unit": "", "units": ["广西电网公司党委", "南宁供电局党委"], "group": None, "term": None, "round": 11,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.silksplace-taroko.com/html/2024-3/202431844635.html (a city group's mobilisation at a newspaper group,
    # in traditional script on the mirror r11's qidong_devzone_feedback_trad came from (another unit and year): the
    # meeting's day is no start)
    ("nantong_press_group_mobilisation_trad", "http://www.silksplace-taroko.com/html/2024-3/202431844635.html", "noisy", """根據市委巡察工作統一部署,2024年3月14日,市委第五巡察組巡察南通報業傳媒集團黨委工作動員會召開。動員會前,巡察組組長張偉明主持召開了與南通報業傳媒集團黨委班子見面會,……動員會上,巡察組組長張偉明就巡察工作作了動員講話;……南通報業傳媒集團黨委書記、南通日報社社長、南通報業傳媒集團有限公司董事長胡衛東主持會議,並作表態發言。
""", {"unit": "南通报业传媒集团党委", "group": "市委第五巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.525762.tw/gzzc/xcgz/202012/t20201218_1988160.shtml (a county-level city's group at its media centre,
    # in traditional script on a mirror whose HTML left "?" and &nbsp; at the quotation marks: the unit is the visit's
    # (進駐市融媒體中心); the villages and households visited and the complaints quoted are no figures or list of
    # problems; no date)
    ("media_centre_village_speakers_trad", "http://www.525762.tw/gzzc/xcgz/202012/t20201218_1988160.shtml", "noisy", """“從前期調查了解的情況來看,2015年以來,我市194個行政村全面安裝了‘村村響’廣播,……市融媒體中心也承擔著重要的職責?!?nbsp;
市委第二巡察組進駐市融媒體中心后,通過對該單位職能職責的深入學習,以及對基層干部群眾的走訪了解,大家一致認為要把這項工作職責的履行情況納入對該單位的重點監督范疇。
……市委第二巡察組先后3次下沉調研,深入田間地頭,踏入深山林野,實地走訪8個鄉鎮52個行政村,與130余戶200余名群眾進行交流座談,……
“我們在走訪過程中,有群眾反映‘村村響’播放時間設置不合理,影響午間休息?!?nbsp;
“還有群眾反映‘村村響’播放內容重復單調,吸引力不強,實用性不高?!?nbsp;
""", {"unit": "市融媒体中心", "group": "市委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://yanta.qinfeng.gov.cn/info/1026/2832.htm (a district red cross society's feedback with its title and date
    # line, whose dates lost 年/月: 2022523日至819日 reads only as 2022年5月23日至8月19日, 202339日 only as 2023年3月9日;
    # 20201月至20221月 is a period of donations, no date of the inspection; four problems separated by semicolons; the
    # three points of advice are no problems; the same group leader's template as r11's district_federation_feedback,
    # another unit and day)
    ("yanta_red_cross_feedback_digits", "https://yanta.qinfeng.gov.cn/info/1026/2832.htm", "noisy", """雁塔区委第一巡察组向区红十字会反馈巡察情况
来源: 雁塔区委巡察办 时间:2023-03-22 10:52:38
根据区委统一部署,2022523日至819日,区委第一巡察组对区红十字会开展了巡察。202339日,区委第一巡察组召开巡察区红十字会情况反馈会议。……
陈兴善同志向区红十字会反馈巡察情况。陈兴善组长指出,区红十字会能够立足主责主业做好“三救三献”、志愿服务、救护培训等工作,……20201月至20221月疫情防控期间,接受物资捐赠总额排名全市各区县之首;连续9年荣获中省市红十字会宣传工作先进集体。巡察发现,区红十字会还存在党组织建设缺失;内部监督机制不完善,监事会职能作用未得到充分发挥;指导基层红十字会工作力度不够,开展救助救灾培训覆盖面不广、知晓率不高;红十字会会员及志愿者服务队伍建设薄弱等问题。同时,陈兴善同志紧扣巡察发现的问题,向区红十字会提出了……等三条建议。
""", {"unit": "区红十字会", "group": "区委第一巡察组", "term": None, "round": None, "start": date(2022, 5, 23),
      "end": date(2022, 8, 19), "feedback_date": date(2023, 3, 9), "problems": 4, "figures": []}),
    # http://pucalive.com/Detail_28_8724.aspx (a city round's look-back, in traditional script with pinyin annotations
    # on an unrelated domain: twelve units in order, among them a college and two city companies; 截至9月29日 has no
    # year; 約2個月 is a span)
    ("wenzhou_eighth_round_lookback_trad", "http://pucalive.com/Detail_28_8724.aspx", "noisy", """經(jīng)市委批準(zhǔn),十二屆市委第八輪巡察對市民政局、市司法局、市人力社保局、市生態(tài)環(huán)境局、市農(nóng)業(yè)農(nóng)村局、市文化廣電旅游局、市應(yīng)急管理局、溫州生態(tài)園管委會、市總工會、浙江東方職業(yè)學(xué)院、市城發(fā)集團(tuán)、市鐵投集團(tuán)等12個單位黨組織開展“回頭看”,為期約2個月。截至9月29日,6個市委巡察組全部完成進(jìn)駐。
""", {"unit": "", "units": ["市民政局", "市司法局", "市人力社保局", "市生态环境局", "市农业农村局", "市文化广电旅游局",
                            "市应急管理局", "温州生态园管委会", "市总工会", "浙江东方职业学院", "市城发集团", "市铁投集团"],
      "group": None, "term": 12, "round": 8, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://glxafy.gxcourt.gov.cn/article/detail/2022/09/id/6939050.shtml (a city court's political supervision and
    # judicial check of a county court, whose day lost its 月 (919日): a court's 巡查 is no party inspection, so its
    # group, date and unit are absence checks)
    ("guilin_court_judicial_check_digits", "https://glxafy.gxcourt.gov.cn/article/detail/2022/09/id/6939050.shtml", "noisy", """桂林市中院对兴安县法院开展2022年政治督察与司法巡查工作
作者:黄骏杰  发布时间:2022-09-30 09:37:30 打印 字号: | |
919日,桂林中院司法巡查组到兴安县法院开展2022年政治督察与司法巡查工作并召开动员大会。市中院党组副书记、副院长张德生出席会议并讲话,兴安县法院党组书记、院长邵国庆作表态发言。……
……下一步,兴安县法院将详细梳理和汇总督察巡查中发现的突出问题,及时反馈整改问题和整改意见,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://orientaldaily.on.cc/cnt/china_world/20190911/00178_007.html (a Hong Kong paper's report of a central
    # round's first entries, in traditional script: the seven units entered in order (the last after 和); 卅七個 in
    # Chinese numerals and 兩個月 are no metric; the deadline for letters (十一月二十日) is no end; the units of later
    # batches are cut)
    ("central_nineteenth_fourth_round_trad", "https://orientaldaily.on.cc/cnt/china_world/20190911/00178_007.html", "noisy", """【本報綜合報道】十九屆中央第四輪巡視已陸續展開,將對卅七個中央和國家機關部門開展常規巡視。第一批巡視組已進駐共青團中央、最高人民法院、最高人民檢察院、中國人民對外友好協會、中國人民外交學會、中國文學藝術界聯合會和中國井岡山幹部學院共七個單位,展開巡查工作並分別召開動員大會。
巡查工作為期兩個月,……各部門官員可在十一月二十日前向各巡視組舉報,……
""", {"unit": "", "units": ["共青团中央", "最高人民法院", "最高人民检察院", "中国人民对外友好协会", "中国人民外交学会",
                            "中国文学艺术界联合会", "中国井冈山干部学院"],
      "group": None, "term": 19, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.smallbizwebsites.net/details.aspx?id=192614 (a city's new-term leading group reviewing its first round,
    # in traditional script with pinyin annotations on an unrelated domain: the round is the fifth term's first
    # (首輪); the previous term's thirteenth round is named for its rectification report, not this text's; 5月12日 has
    # no year)
    ("new_term_first_round_review_trad", "http://m.smallbizwebsites.net/details.aspx?id=192614", "noisy", """5月12日,五屆市委巡察工作領導小組第一次會議召開。……
會議傳達學習了全國省市兩級巡視巡察辦主任培訓班精神,研究我市貫徹意見;聽取了《關于四屆市委第十三輪巡察整改和成果運用的綜合情況報告》;審議了五屆市委首輪巡察情況報告,部署下一階段巡察工作。
……重點是抓緊草擬五屆市委首輪巡察綜合情況報告,及時提請市委書記專題會和市委常委會審議,扎實做好巡察反饋準備工作,……
""", {"unit": "", "units": [], "group": None, "term": 5, "round": 1, "start": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.ekou.com.cn/jj_show/show-64795.html (a provincial transport group's look-back group entering a service
    # company, in traditional script with pinyin annotations: the group is named three ways, not scored; the look-back
    # round (第二輪“回頭看”) is not scored; 10月22日 has no year)
    ("transport_group_service_company_entry_trad", "http://www.ekou.com.cn/jj_show/show-64795.html", "noisy", """10月22日,集團第二輪“回頭看”第二專項巡察組進駐交投服務(wù)區(qū)公司動員會在公司19樓會議室召開。集團巡察專員趙中鋒、第二巡察組組長吳漫及巡察組全體成員、公司在鄭班子成員、各部室負責(zé)人、所屬各單位黨政主要負責(zé)人參加會議。
會上,集團第二專項巡察組組長吳漫通報了巡察工作安排和要求,……
""", {"unit": "交投服务区公司", "term": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://rk5.xmbxxkj.cn/topic/list-dianwang-8.html (a spun copy of an energy regulator's interviews with five
    # power companies: its words were swapped for synonyms (动力 for 能源, 累赘 for 责任, 政事站位 for 政治站位); a
    # regulator's 约谈 is no party inspection, so its companies, dates and demands are absence checks)
    ("power_companies_interview_spun", "http://rk5.xmbxxkj.cn/topic/list-dianwang-8.html", "noisy", """5家方位电网企业因电力界限露出问题被约谈
2025-03-183月4日,四川动力监管办对四川动力发展集团有限累赘公司、四川西昌电力股份有限公司、达州电力集团有限公司、四川浪漫电力股份有限公司、茂县电力有限累赘公司等5家方位电网企业开展了专题监管约谈。 四川动力监管办通报了被约谈电网企业在电力界限概括监管中露出的凸起问题,现场一一递交了《监管整改见知书》并提倡以下整改条目:一是要提高政事站位,切实履行整改主体累赘,……二是要深挖问题根源,建立“问题-任务-累赘”三张清单,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://jianpian.cn/a/11h66v2a (a district health commission's feedback on a content site whose date has stray
    # spaces (2024 年 2 月 26 日): read as 2024年2月26日; the group is named two ways (区委第一巡察组, 区委巡察一组) and the
    # unit with and without its district, not scored; the three points are advice)
    ("xiuying_health_feedback_spaces", "https://jianpian.cn/a/11h66v2a", "noisy", """2024 年 2 月 26 日上午,区委第一巡察组巡察秀英区卫健委党组情况反馈会在公共卫生综合楼二楼会议室召开,会议由区政协副主席、区卫健委党组书记、主任张维主持。……区委巡察一组组长符进斌,……出席会议,……30 余人列席会议。
……区委巡察一组组长符进斌向区卫健委党组书记、主任张维反馈巡察情况,并移交了巡察反馈意见及有关台账。
反馈会上,区委巡察一组组长符进斌向区卫健委党组反馈巡察发现的问题,针对巡察发现的问题,提出了三点意见建议:一是充分发挥思想政治引领作用,全面推进从严治党;二是聚焦主责主业,服务健康秀英建设;三是多措并举常抓不懈,扎实做好巡察“后半篇文章”。……
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": date(2024, 2, 26), "problems": 0,
      "figures": []}),
    # http://www.143120.tw/public/4664062/24943.html (a provincial government check of a county's livelihood projects,
    # led by the disabled persons' federation's vice chair, in traditional script on a mirror: a 督查 is no party
    # inspection; the ten projects completed are no metric)
    ("xihe_livelihood_projects_check_trad", "http://www.143120.tw/public/4664062/24943.html", "noisy", """11月26日,省殘聯副主席、巡視員張恩和帶領省委省政府督查組到我縣就2020年省列為民辦實事項目進展情況進行專項督查。市殘聯黨組書記、理事長武文斌,縣委常委、副縣長嚴倉一,縣脫貧攻堅督查專員魏小軍一同督查。
……2020年,我縣省列為民辦實事項目共10件,工程建設類3件,醫療健康類4件,惠民安居類3件,已全部完成。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://m.dddjmc.com/news/txnews/cnnews/sh/2020-10-14/2435953.html (a central round's entries, in traditional
    # script on a mirror: no unit is named (the tables of contacts are images); the deadline for letters is no end;
    # 10月13日 has no year in the text)
    ("central_round_entries_contacts_trad", "http://m.dddjmc.com/news/txnews/cnnews/sh/2020-10-14/2435953.html", "noisy", """10月13日,9個中央巡視組分別進駐了4個省區(qū)市和新疆生產(chǎn)建設兵團,以及6個中央和國家機關單位,同時公布了聯(lián)系方式接受信訪舉報。截至目前,被巡視的32個地區(qū)和單位已經(jīng)進駐了23個,巡視進駐工作已完成過半。
需要注意的是,巡視組每天受理電話的時間為:8:00—18:00,(新疆地區(qū)為10:00—20:00),受理信訪時間截止到2020年12月15日。
10月13日進駐地區(qū)和單位聯(lián)系方式
截至10月12日已進駐地區(qū)和單位聯(lián)系方式
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://15m8.com/xqzc/zax/2019-09-03/1051732.html (a county's five rounds of rectification, in traditional
    # script with pinyin annotations on a mirror: 408 problems fed back, 220 clues transferred, 393 completed; the
    # check groups, units checked and clues handled are no metric; 前五輪 counted gives no round)
    ("zhenan_five_rounds_figures_trad", "http://15m8.com/xqzc/zax/2019-09-03/1051732.html", "noisy", """本報訊(胡太庚劉方健)鎮(zhèn)安縣通過情況反饋、監(jiān)督檢查、結(jié)果運用“三項措施”,大力推進巡察整改工作,防止“一巡了之”現(xiàn)象發(fā)生。前五輪該縣共反饋巡察問題408個,移交問題線索220個,先后派出9個監(jiān)督檢查組對38個單位巡察整改情況開展監(jiān)督檢查,已整改問題393個,處置問題線索167件。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": [("problems", 408), ("clues_transferred", 220), ("completed", 393)]}),
    # https://meipian.cn/4j1bclr4 (a district kindergarten's page on a sharing site, its HTML paragraph tags kept: the
    # visit's span stated (从2022年11月23日至2023年1月17日止); the group is named without its body (区第五巡察组), not
    # scored; 11月22日 is a staff meeting)
    ("district_kindergarten_entry_html", "https://meipian.cn/4j1bclr4", "noisy", """<p class="ql-block"> 11月23日,区实验幼儿园迎来区第五巡察组进驻巡察,组长高振同志带队,从2022年11月23日至2023年1月17日止,为期一个半月。</p><p class="ql-block"> 此次巡察内容着眼政治监督、问题导向,坚持围绕中心、服务大局,严格落实“三个聚焦”。……</p> <p class="ql-block"> 11月22日,区实验幼儿园园长朱勇主持召开全体教职工会议,……</p>
""", {"unit": "区实验幼儿园", "term": None, "round": None, "start": date(2022, 11, 23), "end": date(2023, 1, 17),
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://paroteesclothing.com/fFseWyYzwd/info/1112/5411.htm (a provincial group company's third round at two
    # subsidiaries, copied by a junk site that put a betting brand (开云(中国)官方在线) in place of the company's name:
    # the two units' names are corrupted, not scored; the round is the third; the two meeting days are no start)
    ("group_company_third_round_betting_brand", "https://paroteesclothing.com/fFseWyYzwd/info/1112/5411.htm", "noisy", """根据甘肃开云(中国)官方在线集团党委统一部署,2023年2月6日-7日,集团党委第一、第二巡察组分别赴开云(中国)官方在线自然生态公司、开云(中国)官方在线小额再贷款公司召开第三轮巡察动员会,部署相关工作。
会议指出,要深刻认识集团党委开展本轮巡察的重要意义。……
""", {"unit": "", "group": None, "term": None, "round": 3, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
]

# bench/outside_overlap.py on this file (unregistered) found no shared URL and, against the earlier batches, no shared
# page: the longest shared run (49 characters) is a publication formula; the other runs are the standard openings and
# closings of progress reports and feedback news, a province's round formula and HTML tags. Texts sharing more than
# formulas with the seeds share only formulas (关于巡察整改进展情况的通报, 反馈了巡察意见。按照巡察工作有关要求, 习近平新时代
# 中国特色社会主义思想, 违反中央八项规定精神问题). Texts sharing a source's template with an earlier batch, named so the
# integrator can leave them out if he reads independence strictly: weihai_disabled_feedback is another feedback on the
# same city's site in the form of weihai_housing_feedback (another unit and year; 34 shingles beyond formulas);
# yanta_red_cross_feedback_digits is the same district group leader's feedback in the form of r11's
# district_federation_feedback (another unit and day; 23 shingles); fuzhou_ninth_round_first_batch shares a Fujian round
# formula with quanzhou_second (another city); county_six_towns_entries is the same county paper as r6's jianshe
# (another event); whu_youth_league_feedback is the same university as whu (another unit and round). Within this batch
# the three academy institutes share the academy's template (other institutes, groups and days).
SHARES_TEMPLATE = frozenset({"weihai_disabled_feedback", "yanta_red_cross_feedback_digits"})
