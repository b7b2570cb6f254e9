"""Outside texts of batch r34 (issue 14), collector C's share, held out: provincial and central inspections of places and
departments (巡视 entries, mobilisations, a county preparing for a visit, provincial rounds' entries) and audit texts,
collected with the search tool from public pages that are in no earlier batch. Each address was checked against every
outside batch (outside_*.py, r33 included) and test_outside_documents.py, with and without www./m./mip./wap. and its
query string, and two or three distinctive names or phrases of each text were grepped in them, in simplified and
traditional script; at the end the other collectors' files of this batch (as far as they existed when this file was
finished: outside_r34.py, outside_r34b.py and outside_r34d.py) were grepped the same way, and the file was compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r34c.py` (its summary is under "Overlap" below). Their fields are
written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the
collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, Case, extract and score, outside_r24.py's docstring, and the brief); the integrator runs them once, and that
run is the honest figure for unseen texts.

Sources, and why the batch is short. 5 texts from the search tool's "pages" corpus, 4 with their address and 1 with none
returned ("search corpus pages (no URL returned)"). The session's search budget was used up after nine queries (the
tool answered «the search budget for this session is used up», which its README calls final; every verb, find_string
and find_repos included, then refused), so this share could not be searched further: the file holds every text in
the share that those nine queries returned and no earlier batch holds, 5 where the brief asks 13-16 (at least 12
measured). The nine queries (provincial groups' entries and mobilisations at cities and provincial departments,
cities' and counties' progress reports on provincial inspections, central groups' feedbacks to provinces, municipal
and county audit rectification reports) returned about 60 addresses; of those in this share, about nine in ten were
earlier batches' (the Yunnan eleventh committee's rounds and leading group meetings, Zhejiang's 2017 second round in
traditional script, Yicheng's rectification, Jiangsu's 2017 deployment, the Fujian civil affairs department's entry,
Zhushan's county visit, the 2016 central look-backs, the central second round of 2013 in traditional script, and every
audit work and rectification report but two: Ningbo, Quzhou, Cixi, Putian, Donghu, Shandong, Gansu, Ningbo's 2021
rectification and a betting site's provincial copy). The rest of what they returned is other collectors' shares (city
and county 巡察 rounds at towns, villages and municipal departments, a mobile round, look-backs, an environmental
inspectorate's rectification, a city's civilisation check in traditional script) or no public text of inspections
(novels, a research paper, tag pages), and was left alone.

Families and counts (5 texts, 2 in SHARES_TEMPLATE, 3 measured). rounds 1, in SHARES_TEMPLATE
(hebei_ninth_term_fifth_round_eleven_groups_entered_2018: the Hebei paper's entry notice template of outside_c's
hebei_round; its round named only in a table's caption, its bodies counted, none named); news 2, one measured: a county
committee's study meeting preparing for an inspection it does not date (lianjiang_county_study_meeting_preparing_inspection_2023,
unit unscored, expecting nothing of a visit), and one in SHARES_TEMPLATE
(jilin_beijing_office_provincial_sixth_group_mobilisation_2025: the Jilin mobilisation template on the portal of r22's
and r32c's); audit 2, both measured, expecting nothing (chongqing_2022_municipal_audit_work_report_paper, with the
audit's clues handed over and rules set up, which are no inspection's figures;
taizhou_2022_municipal_audit_work_report_reprint, a reprint with its original link and a disclaimer, with the audit's 46
problems and four numbered features); progress 0, noisy 0 (none returned that no batch holds). Measured round lists: 0.
Measured texts expecting nothing of a visit: 3 (the two audit texts and the county's study meeting).

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 7 fields and 40 absence
checks in all; 2 fields and 27 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE): audit 2
fields and 18 absence checks, news 0 fields and 9 absence checks. Figures read: none (every figures key is an absence
check: the audit's clues, rules, problems, units audited and funds are no inspection's figures).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r34c.py` (5 texts against 1953 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)"); 43 pairs share over 3
shingles, 7 of them over 3 beyond the tool's formulas; the longest shared run, 33 characters, is the SHARES_TEMPLATE
Hebei notice's acceptance wording (领导班子及其成员、下一级党组织领导班子主要负责人和重要岗位领导干部) with earlier round
notices (r14's shangzhi_round_notice_forum and others): official wording. Beyond formulas: the SHARES_TEMPLATE Hebei notice with
outside_c's hebei_round (个省委巡视组已全部进驻被巡视地方, 2个县(市、区)开展常规巡视: the same paper's notice of another
round of the same committee, a template the importer was tuned on, so left out of the measure though the round
differs) and with r10's gannan_youth_league_notice (the acceptance wording); the SHARES_TEMPLATE Jilin mobilisation with r22's
jilin_writers_association_provincial_mobilisation (作了动员讲话,对做好巡视工作提出要求。: the template and portal that put
it in SHARES_TEMPLATE), with r31c's Yunnan mouding_provincial_sixth_group_mobilisation (统一部署,近日,省委第六巡视组巡视,
主要负责同志,省委第六巡视组有关同志出席会议: provincial mobilisation wording, another province), with
r31d's anqing_urban_greening_special_round_eleven_groups_entries (是推进党的自我革命、全面从严治党的战略性制度安排) and with r32c's
Yushan mobilisation (积极支持配合省委巡视组工作); the two audit texts with each other (关于2022年度市级预算执行和: two
cities' reports of the same year) and the Taizhou reprint with r31c's Qingdao report (和其他财政收支情况的审计工作报告》: the
title's wording); all other pairs share official formulas only (习近平总书记关于巡视工作重要论述, 年度市级预算执行和其他财政收支
的审计工作报告). The tool counts two texts as sharing more than its stock of formulas with the seed corpus (the Jilin
mobilisation and the Lianjiang meeting, whose shared runs with earlier batches are official mobilisation and study
wordings); the seeds were not opened, so what they share there is not verified.
Source events: the Jilin 2025 mobilisation is of a round no earlier batch holds (r32c's is of March 2025, another
round); the Hebei fifth round of the ninth committee (2018) is in no batch (outside_c holds its second round, r18 its
first); no other text shares a round, visit or meeting with an earlier batch. Of the other collectors' files, outside_r34.py,
outside_r34b.py and outside_r34d.py existed when this file was finished; their addresses (15 in all), domains and the
names grepped above are not in them, and none of their addresses is in this file.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's,
outside_r29c.py's, outside_r31c.py's, outside_r32c.py's and outside_r33c.py's docstrings, followed exactly): a round
named as the one a table of entries lists (九届省委第五轮巡视进驻情况一览表) is the text's; bodies only counted by kind
(11个设区市及12个县(市、区)) are no units; the day by which all groups had entered (截至7月21日…已全部进驻) is no start, as
outside_c's hebei_round reads it (截至8月25日); a provincial body a group mobilises at is its party group as the text
names it (省政府驻北京办事处党组, as r32c's 省畜牧业管理局党组); a group is written as the text writes it
(省委第六巡视组); 近日 gives no day; a meeting that prepares for an inspection (配合巡视工作的具体安排, 全力配合做好巡视筹备工
作) names no group, visit or round; requirements (要提高…要压紧…要坚持) and a report's numbered features (一是…四是) are
no problems; an audit text names no party inspection and expects no unit, group, dates, round, units, problems or
figures (a congress's session, 市六届人大常委会第三次会议, 泰州市第六届人民代表大会常务委员会…第十次会议, is no term or
round; clues the audit handed to discipline bodies are the audit's, not an inspection's: settled 6 speaks of clues an
inspection found).

What I was unsure of, and how I read it: the Hebei notice's round is named only in the caption of a table the page
does not reproduce (九届省委第五轮巡视进驻情况一览表); it is read as the text's (term 9, round 5), the caption naming the
round whose entries the notice reports; its 本轮巡视工作将于9月30日结束 is a planned end day with the year only in the
page's dated line (2018-07-22): the end is left unscored (a planned length is no end, settled 10, but a planned day
has no written reading). The Lianjiang meeting prepares the county for an inspection (部署我县配合巡视工作的具体安排,
坚持边巡边改) without naming its group or whether it is the province's or the centre's: its unit is left unscored (settled
15 would give 连江县委, the committee the text names, if the county is the place visited; the text does not say it is
visited in so many words). The Chongqing audit report's 问题线索32件 handed to discipline and judicial bodies is read
as no figure (an audit's clues; the ledger's clues are an inspection's), and its 531项 rules likewise. The Taizhou
reprint's original link (原文链接:http://jssjt.jiangsu.gov.cn/…) is kept as the page has it, and its url is the
placeholder, the copy's own address not having been returned.
"""

from __future__ import annotations

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the Jilin provincial groups' mobilisation template (根据省委巡视工作统一部署,…,省委第N巡视组巡视…党组工作动员会召开。…作
    # 动员讲话,对做好巡视工作提出要求。…主持会议并作表态发言) on the same provincial discipline portal (ccdijl.gov.cn) as r22's
    # jilin_writers_association_provincial_mobilisation and r32c's jilin_animal_husbandry_bureau_provincial_fourth_group_mobilisation
    # (itself in r32c's SHARES_TEMPLATE): another body and round, same template and portal
    "jilin_beijing_office_provincial_sixth_group_mobilisation_2025",
    # the Hebei paper's notice that a round's provincial groups have all entered (截至…,N个省委巡视组已全部进驻被巡视地方…。根据
    # 省委统一部署,N个巡视组将对…开展常规巡视): the template of outside_c's hebei_round (the ninth committee's second round,
    # 2017), here its fifth round (2018): another round, same committee, paper and template
    "hebei_ninth_term_fifth_round_eleven_groups_entered_2018",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R34C = [
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://hs.hebei.com.cn/system/2018/07/22/018970198.shtml (a provincial media group's city channel reposting the
    # provincial paper: Hebei's groups have all entered: round-level, unit ""; the bodies are counted by kind (全省11个设区市
    # 及12个县(市、区)), none named: units []; the round is named only in the caption of the entries' table the page does not
    # reproduce (九届省委第五轮巡视进驻情况一览表): term 9, round 5; 截至7月21日…已全部进驻 is the day by which all had
    # entered, not an entry day: no start (as outside_c's hebei_round reads 截至8月25日); 将于9月30日结束 is a planned end,
    # its year only in the dated line: end unscored; no group named (11个巡视组 counted); no feedback; no figures)
    # -- SHARES_TEMPLATE (outside_c's hebei_round: the same paper's notice of another round)
    ("hebei_ninth_term_fifth_round_eleven_groups_entered_2018", "http://hs.hebei.com.cn/system/2018/07/22/018970198.shtml", "rounds", """11个省委巡视组已全部进驻

来源: 河北日报  作者:
2018-07-22 17:29:00

  截至7月21日,11个省委巡视组已全部进驻被巡视地方。根据省委统一部署,11个巡视组将对全省11个设区市及12个县(市、区)开展常规巡视。

  据悉,被巡视地方分别召开巡视工作动员会,省委巡视组组长通报了本轮巡视工作的任务和安排,省委巡视工作领导小组成员就配合做好巡视工作提出要求,被巡视地方党委主要负责同志主持会议并作表态发言。
……
  本轮巡视工作将于9月30日结束。各巡视组设立专门举报电话、邮政信箱、电子邮箱、举报信箱等,受理反映被巡视地方领导班子及其成员、下一级党组织领导班子主要负责人和重要岗位领导干部问题的来信来电来访,……

  九届省委第五轮巡视进驻情况一览表
""", {"unit": "", "units": [], "group": None, "term": 9, "round": 5, "start": None, "feedback_date": None,
      "figures": []}),
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://ccdijl.gov.cn/xw/yw/jl/202510/t20251016_9337395.html (a provincial discipline portal: a provincial group's
    # mobilisation at the provincial government's Beijing office: unit 省政府驻北京办事处党组 as the meeting's name writes it;
    # group 省委第六巡视组; 近日 gives no day: no start; no round or term named; the former Tianjin office's staff attend,
    # no unit; the points the group will look into (落实…情况) are no problems; no figures)
    # -- SHARES_TEMPLATE (the Jilin mobilisation template on the portal of r22's and r32c's)
    ("jilin_beijing_office_provincial_sixth_group_mobilisation_2025", "http://ccdijl.gov.cn/xw/yw/jl/202510/t20251016_9337395.html", "news", """根据省委巡视工作统一部署,近日,省委第六巡视组巡视省政府驻北京办事处党组工作动员会召开。省委第六巡视组组长任笑东作了动员讲话,对做好巡视工作提出要求。省政府驻北京办事处党组书记、主任季景伟主持会议并作表态发言。
省政府驻北京办事处党组领导班子成员,省纪委监委驻省政府办公厅纪检监察组主要负责同志,省委第六巡视组有关同志出席会议;省政府驻北京办事处机关和直属单位主要负责同志,原省政府驻天津办事处有关同志列席会议。
任笑东强调,巡视是推进党的自我革命、全面从严治党的战略性制度安排,要充分认识开展巡视的重要意义。……省政府驻北京办事处党组和全体党员干部要进一步提高政治站位,……积极支持配合省委巡视组工作,以勇于自我革命的精神共同完成好这一重要政治任务。
任笑东指出,巡视组将准确把握政治监督重点,深入了解省政府驻北京办事处党组落实习近平总书记重要讲话重要指示批示精神情况,落实党中央重大战略部署及省委具体要求情况,……以及巡视、审计等监督发现问题整改情况,……
""", {"unit": "省政府驻北京办事处党组", "units": [], "group": "省委第六巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://ljxww.com/html/92/20230220/63f31dc3890c1.shtml (a county news site: the county committee's central group
    # studies inspection work and arranges the county's part in an inspection it prepares for (部署我县配合巡视工作的具体
    # 安排, 全力配合做好巡视筹备工作, 坚持边巡边改): no group, visit, round or term named; 2023年2月15日 is the study meeting's
    # day: no start; the unit is left unscored (the text does not say in so many words that the county is the place
    # visited, nor whose inspection it is; if it is, settled 15 would give 连江县委); the secretary's 要…要…要 are
    # requirements: problems 0; no figures)
    ("lianjiang_county_study_meeting_preparing_inspection_2023", "https://ljxww.com/html/92/20230220/63f31dc3890c1.shtml", "news", """2023年2月15日下午,连江县委中心组召开专题学习会,传达学习习近平总书记关于巡视工作重要论述、中央巡视工作有关决策部署和省委要求,进一步统一思想、提高站位,确保党中央的决策部署及省委巡视工作要求在我县落地见效。县委书记陈劲松主持并讲话。
会议首先由县纪委书记、监委主任余良发传达习近平总书记关于巡视工作重要论述、党中央关于巡视工作的决策部署和省委要求,并部署我县配合巡视工作的具体安排。陈劲松强调,要提高政治站位,充分认识巡视工作的重要意义,要压紧压实责任,全力配合做好巡视筹备工作,要坚持边巡边改,不断提升工作质效。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # https://epaper.cqrb.cn/cqrb/2023-07/26/002/content_rb_319863.htm (a municipal paper: the municipal congress's standing
    # committee reviews the 2022 budget audit work report: an audit text, no party inspection; 市六届人大常委会第三次会议 is
    # a session, no term or round; 1085个单位 audited, 91.87亿元, 531项 rules, 六大领域 and the clues handed to discipline
    # and judicial bodies (问题线索32件、涉及70人) are the audit's, no inspection's figures; 7月25日 is the session's day;
    # the excerpt is cut where the tool's copy stops (审计震慑作…); expects nothing)
    ("chongqing_2022_municipal_audit_work_report_paper", "https://epaper.cqrb.cn/cqrb/2023-07/26/002/content_rb_319863.htm", "audit", """本报讯 (记者 何春阳)7月25日,市六届人大常委会第三次会议审议了市政府关于2022年度市级预算执行和其他财政收支的审计工作报告。报告显示,去年全市审计机关共审计1085个单位,督促被审计单位上缴或归还财政资金91.87亿元,建立及完善制度531项,以强有力的审计整改跟踪和督办力度服务保障现代化新重庆建设。
……
审计结果表明,我市在高质量发展中存在的问题矛盾和风险隐患,主要体现在市和区县财政管理、重大战略和政策落实、重大项目建设、保障和改善民生、生态环境保护、国有资产管理等六大领域。对于以上问题,报告围绕推动稳进增效、加强除险清患、深化财政领域改革求变、抓好惠民有感和扎实推进审计整改等方面提出工作建议,推动进一步加强财政管理。
报告显示,去年我市加大审计发现问题线索移送查处力度,共发现并向纪检监察机关、司法机关移送违纪违法违规问题线索32件、涉及70人,较好发挥了审计震慑作……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (a reprint, with its original link and a disclaimer, of a provincial audit
    # department's news: a city's congress standing committee hears the 2022 budget audit work report: an audit text, no
    # party inspection; 泰州市第六届人民代表大会常务委员会…第十次会议 is a session, no term or round; 七个方面, 七大板块 and
    # 涉及问题46项 are the audit report's, no inspection's problems or figure; 一是…四是 are the report's features, no
    # problems; 近日 gives no day; 30日 is the disclaimer's; expects nothing)
    ("taizhou_2022_municipal_audit_work_report_reprint", "search corpus pages (no URL returned)", "audit", """近日,泰州市第六届人民代表大会常务委员会召开第十次会议,该市审计局局长王根余受市政府委托,向会议做《关于2022年度市级预算执行情况和其他财政收支情况的审计工作报告》。市人大常委会听取并审议了工作报告。
报告主要反映了对2022年度市级预算执行和决算草案、部门预算执行、重大政策措施落实等七个方面的审计和审计调查情况。今年“同级审”工作报告的主要特点:一是报告框架更加完整,严格按照省审计厅审计工作报告审定要求,注重语言表述规范,注重问题定性准确,注重责任界定明确。二是报告内容更加丰富,报告主体内容提炼为七大板块,涉及问题46项,既反映了省审计厅统一组织项目的审计情况,也反映了市审计局年度计划项目的审计情况。三是报告重点更加突出,……四是审计建议更加有针对性,……
……
下一步,泰州市审计局将依法公开审计工作报告及有关信息,持续跟进审计发现问题的整改情况,督促问题及时整改到位,并于年底将审计整改情况全面向市人大常委会报告、向社会公告。
原文链接:http://jssjt.jiangsu.gov.cn/art/2023/7/3/art_1104_10938631.html
[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有,如涉及作品内容、版权和其它问题,请在30日内与本网联系,我们将在第一时间处理。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
