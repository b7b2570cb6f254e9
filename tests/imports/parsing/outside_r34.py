"""Outside texts of batch r34 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r25-r33 included) and test_outside_documents.py, with and without www./m./mip./wap. and its query string
(host and path grepped apart), and two or three distinctive names or phrases of each text (its people, its bodies, its
wording) were grepped in them, in simplified and traditional script. Fields were written down by reading only: the importer
was not run, no test or bench that runs it was run (bench/outside_overlap.py, which loads the cases without running the
importer, is the only bench run), and the collectors read neither imports/parsing nor the parser's tests (only the
outside_*.py data files, outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring, and the brief);
the integrator runs them once, and that run is the honest figure for unseen texts.

TOPPED UP IN A SECOND SESSION. The first session was short: the search tool's look-up budget ran out after 14 answered
"pages" queries (the fifteenth query, and a find_string tried after it, were refused: "the search budget for this session
is used up"), so it left 3 texts, all measured and mostly absence checks. A second session (same discipline, a fresh
budget) added 13 texts, 11 measured and 2 in SHARES_TEMPLATE, from 75 "pages" look-ups (no other verb used), keeping the
first 3 as they were. The file holds 16 texts, 14 measured: over the 10 measured the second session was asked to add at
least, under the 12-14 it aimed at (the corpus is close to exhausted for this share, see Sources). Nothing was padded to
reach the count and no text of another collector's share was taken to fill it (see Sources on the borderline special
inspections).

Overlap check. `bench/outside_overlap.py tests/imports/parsing/outside_r34.py` (it loads the cases without running the
importer; 16 texts against 1953 earlier) finds no shared address, 121 pairs sharing more than 3 shingles and 5 of them more
than 3 beyond its formulas; the longest shared run is 47 characters. The five: the Xiamen third batch (second session) with
r12's fuzhou_ninth_round_first_batch (15 beyond formulas: the Fujian cities' announcement wording 根据《中国共产党巡视工作条例》及
中央、省委和市委关于巡察工作的部署要求,经市委巡察工作领导小组, the 47-character run) and with r17's jinjiang_2026_look_back_notice (4
beyond: 要求,经市委巡察工作领导小组研究决定,), which is why that text is in SHARES_TEMPLATE with r13's Xiamen template; the liquor
group's rectification summary with r18's funing_rectification_mechanisms_feature (8 beyond: 把推动巡察整改作为巡察工作的关键环节,
an official phrase in another county's story); and, from the first session, the spam page's link title 十九届中央第五轮巡视整改
进展情况 with r7's central_fifth (that round's announcement on another page, another kind of text: the title names the same
round, which is why the page's term and round are left unscored) and the writers' group's 学习贯彻习近平总书记系列重要讲话精神
with a Jiangsu 2017 mobilisation (an official formula of the time; with yicheng_construction it shares 1 beyond formulas).
The other pairs share formulas only (习近平新时代中国特色社会主义思想, 習近平總書記關于巡視工作的重要論述, 巡視工作領(lǐng)導(dǎo)小組副組長 with
a converter's doubled characters, 并作表態(tài)發(fā)言, 根据《中国共产党巡视工作条例》, 轮巡察组长授权任职及任务分工决定). The tool counts
two second-session texts as sharing more than its formulas with the seeds (the materials group's feedback to its
Guojinghui branch and the college's third-round deployment); the collector may not open the seeds, so the shared wording
is not known to the collector: the two texts' wording beyond the stock formulas is probably official too (巡视整改“后半篇文章”,
深入贯彻落实习近平新时代中国特色社会主义思想和党的二十大精神, 强化管党治党、办学治校政治责任), and neither text is likely a seed's document
(an enterprise's branch and a college), but the integrator may check. The other collectors' files of this pass (outside_r34b.py, 15 texts; outside_r34c.py, 22; outside_r34d.py, 23, all
present at the end of the second session) hold none of this file's addresses, hosts or bodies (grepped: rednet, newdu,
tjlishun, 湖南出版, 作家出版, 中国出版集团, 网通奇迹, icbuscomp, meijiu, jja.com.hk, mar-hunt, kkmm88mm, nnjgyg, vxopzhk, sjclxz,
arboca, winenakad, sehuatang, xmnn, guoqi.zjol, the mirrors' paths 2615-14094, 2614-6791 and 2829-7975, 有研, 国晶辉/國晶輝,
国合通测/國合通測, 粉材, 有研合肥, 茅台/茅臺, 中金贸易, 枝江, 海诚/海誠, 中輕, 色花堂, 国贸集团/國貿, 厦门日报社, 翔业), no address of
theirs is one of this file's, and no text of theirs shares more than formulas with any of this file's (compared by a
scratch script with the overlap tool's 12-character shingles: five pairs over 3 shingles, all formulas: 习近平新时代中国特色社会
主义思想, 《中国共产党巡视工作条例》, 工作領(lǐng)導(dǎo)小組). The first session's left-out addresses (cgriffinlaw, jeffcaceres) are in none of
the three files either.

Sources. 16 texts from the search tool's "pages" corpus, all with their address. First session (3 texts): of about 110
candidate addresses its 14 queries returned (enterprise groups' internal rounds and feedbacks, enterprises' progress
reports, universities' and colleges' internal rounds, vocational and technician colleges, research institutes, hospitals,
a disease control centre, publishing and press groups, power supply companies, rural commercial banks, schools), all but
about ten were earlier batches' (every hit for enterprise groups' internal rounds (中冶, 中国电气装备, 大唐, 中铜, 中交二航局, 川投,
安徽路港, 城投, 建投, 陆港, 交投), CAS institutes (成都生物所, 青藏高原所, 西北高原所, 理论物理所, 电工所, 上海应物所), universities' and
colleges' feedbacks and mobilisations, hospitals, the disease control centres, the press group's progress report and the
vocational colleges' city and provincial visits). Of the new ones: a provincial publishing group's rectification story
(taken), a writers' publishing group's rectification in a study campaign with no inspection (taken, expects nothing), a spam
page whose link list carries a central enterprise's progress report title (taken, noisy); left out: a traditional-script
copy of the State Grid term summary r12's state_grid_term_figures holds (m.jeffcaceres.com, the same text and source
event, same kind), a university's 2022 training meeting for a 巡察"回头看" of its equipment engineering college
(cgriffinlaw.com/5dmClJCAGg/html/919/2022-09-14/content-18829.html: a look-back, collector D's share), a hospital's 扫黑除恶
meeting, a disease control centre's symposium, a rural bank's work-style essay and a rural bank's 作风建设 story (no 巡视/巡察
named at all: not texts about inspections).
Second session (13 texts): 75 queries by kind of body (group companies and their subsidiaries, metro, airport, gas, water,
sugar, forestry, liquor, dairy and tea, pharmaceutical, nuclear, construction, culture-and-tourism and transport groups,
newspapers, magazines, a bookshop chain, broadcasters, banks, securities firms, the Red Cross, museums, an open university,
vocational colleges, university hospitals, a mental health centre, testing and inspection institutes, geological teams,
power design institutes, CASS, CAMS, the geological survey, and central enterprises by name: 中国钢研, 矿冶集团, 中国煤科,
中国有研, 中国黄金, 中国建材, 冶金地质总局, 煤炭地质总局), by kind of text (反馈会, 动员会, 进驻, 整改进展情况的通报, 整改纪实, 整改推进会,
专题民主生活会, a group leader's tour, a meeting conveying a mobilisation) and in traditional script and pinyin. They returned
about 600 results, some 330 distinct addresses (bar347, www769655, forcorn, bipartisan-report and fundafe came back to most
group-company queries); of the 200 or so in this share, all but about fifteen were earlier batches' (every hit for group
companies' internal rounds (中冶成勘, 中国电气装备, 云南农垦, 国机重工, 安徽交控, 安徽路港, 中交二航局, 酒钢, 鲁西, 江苏港口, 大唐, 中建一局,
中建二局, 海垦, 交投服务区), newspapers and media centres (常州日报社, 南通报业, 大众报业, 福建日报, 晋江), airports (南航, 深圳机场),
the CAS, CASS and health-commission institutes, the standards institute, university and hospital rounds (天水's hospitals,
襄阳, 宣城, 太和, 胸科医院, 河南大学一附院, 安徽中医一附院, 北语, 南信大, 郑大, 矿大), culture-and-tourism and city investment groups'
progress reports (宿迁, 相城, 珠海联港, 晋江), the 2015 central special rounds and the state grid and southern grid texts), and most
of the rest were no text about an inspection (surveys, 督查, 督导, safety checks, a 双随机 museum check, company rules). Of
the new ones, taken: a central research-materials group's inspections on mirrors of its site (a 2025 mobilisation at a
testing company, a special inspection of a powder subsidiary's reform, a subsidiary's special round of its Hefei branch,
a science-and-technology special inspection's feedback to a branch), a liquor group's rectification summary with figures
and a spam page carrying a provincial group's feedback to that group, a provincial group leader's tour of a liquor
company, a light-industry engineering company's meeting conveying the state assets commission's group's entry into its
parent, a gold group's trading-reform meeting naming an inspection's rectification, two college rounds (one on a mirror
with a spam word spun into its name, one on a path with a betting name), and, in SHARES_TEMPLATE, a Xiamen third batch
and a provincial trade group's new round. Left out: a county group's story at a county museum (fjlcnews: a county
department, collector B's kind), a discipline secretary's survey of a subsidiary's appointments, a food group's life
meetings, a gold subsidiary official's investigation, a geology bureau's survey naming 巡视整改 in passing (none a text about
an inspection), and an English machine translation of a provincial academy of social sciences' feedback (ma79.cn, not
Chinese). Borderline kept: the materials group's three special inspections (专项巡视/专项巡察) are an enterprise's own
inspections of its subsidiaries, kept in this share as r24 kept an enterprise's hotels special mobilisation
(group_company_2022_second_round_hotels_special_mobilisation_pinyin_trad) and as r32's collector A left only places'
subject rounds (a provincial grain special round) to others; collector D's file holds none of them (grepped above).

Families and counts (16 texts, 2 in SHARES_TEMPLATE, 14 measured; first session 3 and 3, second session 13 and 11).
news 6, five measured: hunan_publishing_group_inspection_rectification_story (absence checks, the unit left unscored),
writers_publishing_group_three_stricts_rectification_not_inspection (expects nothing),
grinm_guojinghui_branch_tech_innovation_special_inspection_feedback_2023 (unit 有研国晶辉党支部, feedback 2023-02-06),
moutai_group_rounds_rectification_summary_2019_figures (unit "", four figures),
china_gold_trading_reform_meeting_sasac_group_rectification_mention (absence checks); one in SHARES_TEMPLATE:
zhejiang_trade_group_new_round_training_two_groups; rounds 2, one measured:
college_third_round_campus_political_inspection_deployment_betting_url (round 3), one in SHARES_TEMPLATE:
xiamen_thirteenth_term_fourth_round_third_batch_five_bodies (5 units, term 13, round 4); progress 0; audit 0; noisy 8,
all measured: spam_page_link_list_publishing_group_central_fifth_round_progress_title (a spam page's link title, first
session), grinm_guohe_tongce_2025_first_inspection_group_mobilisation_trad (traditional script: unit 国合通测党委),
grinm_powder_materials_reform_special_inspection_mobilisation_trad (traditional script with doubled characters: unit
有研粉材党委), grinm_hefei_branch_base_construction_special_round_mobilisation_trad (the same: unit 有研合肥党支部),
zhijiang_liquor_provincial_sixth_group_leader_tour_trad (traditional script: group 省委第六巡视组, the company no unit),
spam_page_moutai_provincial_first_group_feedback_line (a spam page: unit 茅台集团党委, group 省委第一巡视组),
haicheng_meeting_conveys_sasac_fourth_group_light_industry_entry_trad (traditional script with doubled characters: unit
中国轻工集团公司, group 国资委第四巡视组) and college_spun_name_second_term_fourth_round_deployment (a spun name with line
breaks: term 2, round 4).

Fields read: 21 (a unit of "" for a round-level text or a text with no inspection counts, each unit of a list and each
figure counts) and 100 absence checks (None, [] for units or figures, and problems 0 where a careless reader might fill the
field), by the collectors' count, outside SHARES_TEMPLATE; 30 fields and 111 absence checks with it. First session: 1 field
and 23 absence checks (the Hunan story 8 checks, the writers' group 1 field and 9 checks, the spam link page 6 checks).
Second session, outside SHARES_TEMPLATE: 20 fields and 77 absence checks (news 7 and 21, rounds 2 and 7, noisy 11 and 49);
in SHARES_TEMPLATE 9 fields and 11 checks. By family (outside SHARES_TEMPLATE, both sessions): news 8 fields and 38 absence
checks, rounds 2 and 7, noisy 11 and 55, progress and audit none. Figures read: 4, all the liquor group's summary (problems
314, measures 574, completed 558, completion_rate 97.2); none elsewhere (the first session's 四个方面, 三个月, 61682例 and
1921例; the second's 2例 and 116例 epidemic counts, 90个 counted bodies, 55项 check points, 22名 staff, 三年行動 and 2025年度 are
no figures).

Reading conventions (outside_set.py's settled conventions 1-16 followed exactly, and the written conventions of
outside_r24.py's docstring and the earlier files of this share, r29-r33): a rectification told with no group, no visit and
no day gives no group, no term, no round and no dates (as r33 reads the medical college's push meeting); a page's dated line
(2020-08-06 11:06:25), a report's 8月6日日讯 and a copy's date (13-11-2020) are publication, no feedback (settled 10's
spirit); a day without a year gives no date unless the text or its dated line gives its year (the liquor company's 11月24日,
the liquor group's 4月24日, the Hefei branch's 12月22日 give none; the Guojinghui feedback's 2023年2月6日 is told in full); a
mobilisation, meeting or tour day is no start and no feedback (settled 10: 3月28日, 9月16日, 9月13日, 11月10日, the engineering
company's 2011年11月16日, which only conveys a mobilisation); a body entered (进驻中国轻工集团公司) is the unit, as r27 reads the
state assets commission's group's entry, and the state assets commission's group keeps its owner (国资委第四巡视组, as r27's
国资委第五巡视组); a group named with its province in front is written short (settled 9: 贵州省委第一巡视组 -> 省委第一巡视组); a
group with no number of its own (中国有研党委巡视组, 有研集团党委巡视组, 巡察组, 国资委党委巡视组) is not scored, and groups counted
without numbers (两个巡察组) give no group; a group named with its enterprise's name and a year (中國有研黨委2025年度第一巡視組) is
left unscored (no settled convention shortens it); a round named with the committee that runs it is the text's
(二届党委第四轮 -> term 2, round 4; 学院党委第三轮校内政治巡察 -> round 3), past rounds (前三轮) are no round of the text, and a
conveyed or rectified inspection of another body (深化市委巡察整改) is none; a summary over a group's rounds is round-level
(unit "", as c-dev2's xianning), its problems the count the problems were told as (314个问题), the items they were split into
(574项整改) its measures, as r14 reads 20项整改任务, with the items done and the rate; a group leader's tour of a company during a
visit gives the group but no unit (as r24 reads Hongzehu's exchange); 整改 in a study campaign (“三严三实”专题教育) is no party
inspection, and such a text expects nothing; counted aspects (四个方面), counted bodies, check points and staff are no figure;
a spam page's link list is no statement of the report it titles, but a reader may disagree, so the fields the title alone
would give are left unscored; expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it. First session: the Hunan story's unit: the rectifying body is written
湖南出版投资控股集团 (its committee appears only in its deputy secretary's title), and no visit sentence says whom the provincial
巡视 inspected, so the unit is left unscored; its 问题线索 carry no count (settled 6 gives no figure). The spam page's fifth
link title (中共中国出版集团有限公司党组关于十九届中央第五轮巡视整改进展情况的通报) would give a unit 中国出版集团有限公司党组, term 19
and round 5 if a reader took a link title as the page's statement: I do not, but leave unit, term and round unscored. The
writers' group's text names 中国作协党组 and 机关党委 only as bodies that asked for problems to be listed in the campaign: no
inspection, so unit "". Second session: the liquor group's summary is read as round-level with the group's aggregate
figures; its later part, which tells the first round's 33 problems and the third round's look-back at one subsidiary
(52项 items, 12 not done), is cut from the excerpt so that the aggregate alone is scored (a reader who kept it would face two
levels of figures); the 574项整改 are read as measures (r19 reads 60项整改落实责任清单 as no figure: a reader may disagree);
the spam page's feedback day (4月24日) has no year and the page no dated line (its 2018年4月 is another event), so no
feedback day; the Guojinghui feedback's findings are one sentence, left unscored as problems; the materials
group's 2025年度第一巡视组 could be read as round 1 by a reader who takes a numbered group of a year as a round: I read no 轮,
so round None; its three special inspections are kept in this share (see Sources); the powder subsidiary's special
inspection names the reform's three-year action (三年行動), no round; the Hefei branch's round is the subsidiary's own
(有研粉材黨委巡察), its group unnumbered; the engineering company's meeting is read as conveying the group's entry into its
parent (unit 中国轻工集团公司), though the company itself is the page's subject (its checked subsidiaries unnamed); the gold
group's meeting names 国资委党委巡视组 without a body, so unit and group are left unscored; the spun college's two colleges
whose leaders attend are probably the round's bodies but are not said to be inspected and their names are spun, so units
are left unscored; the betting-path college's round is measured as a round text (the path's betting name is no noise in
the text). SHARES_TEMPLATE: the Xiamen third batch's 自2023年12月4日起启动 is left unscored because r13 read the same template's
start-up day as the start and r25b did not; the trade group's new round may be r25's second committee's second round (its
year untold there), so it is kept out of the measure with its round unscored.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and visit, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # (second session) the city's third-batch announcement template of r13's xiamen_eleventh_round_third_batch_trad
    # (经市委巡察工作领导小组研究决定,自…起启动…第N轮第三批…巡察工作, r25b's xiangan_fourth_term_ninth_round_third_batch_trad being the
    # district's), another round on the city paper's own site
    "xiamen_thirteenth_term_fourth_round_third_batch_five_bodies",
    # (second session) the body of r25's zhejiang_trade_group_second_term_second_round_deployment (省国贸集团, its round's
    # year untold), possibly the same round: kept out of the measure rather than risk counting a round twice
    "zhejiang_trade_group_new_round_training_two_groups",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R34 = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # https://hn.rednet.cn/m/content/2020/08/06/7810300.html (a provincial publishing group's rectification story after a
    # 巡视's feedback: no group, no visit, no round and no day of the inspection are told, so group, term, round and the dates
    # are absence checks; 2020-08-06 11:06:25 and 8月6日日讯 are the story's publication, no feedback; the unit is left
    # unscored (the group is written 湖南出版投资控股集团, its committee only in a title, and no visit names whom the 巡视
    # inspected); 四个方面 are counted aspects and 三个月 a rectification period: no figure; 问题线索 have no count)
    ("hunan_publishing_group_inspection_rectification_story", "https://hn.rednet.cn/m/content/2020/08/06/7810300.html", "news", """清风时局·巡视整改在行动 | 出版湘军以“巡”促改出爆款,产业发展逆势上扬
2020-08-06 11:06:25 红网 编辑:陈加宁
红网时刻8月6日日讯(潇湘晨报记者 王欢 通讯员 廖远哲)湖南出版投资控股集团将巡视反馈的问题线索细化为四个方面,做到“一事一单”“一事一销号”,通过清单表、调度表、流程表的方式推动规范整改。在急难险重的任务中,出版湘军的表现“快、准、稳”,以坚定的政治态度落实整改任务,以扎实的整改措施促进产业发展。
湖南出版投资控股集团六楼大会议室,很长一段时间里,是这栋古朴大楼里最忙碌的办公室之一。为了推进巡视整改,这里被新辟为巡视整改工作领导小组办公室。满墙挂着“巡视整改作战图”,要求各部门各单位明确专人负责,推动整改责任层层落实,按照“三个月必须交账”为限倒排工期,进度用三种不同颜色区别标注。
……湖南出版投资控股集团党委副书记、副总编辑胡建勇介绍,尽管上半年工作节奏被疫情打乱,但出版湘军还是出色完成了整改任务,产业发展逆势上扬。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://cll.newdu.com/a/201710/30/64983.html (a writers' publishing group's rectification in the 三严三实 study campaign:
    # 整改 with no 巡视/巡察, no party inspection, so it expects nothing: no unit, no units (中国作协党组 and 机关党委 only ask for
    # problems to be listed), no group, no term, no round, no dates, no problems (不管问题多微小 counts nothing), no figures)
    ("writers_publishing_group_three_stricts_rectification_not_inspection", "http://cll.newdu.com/a/201710/30/64983.html", "news", """十八大以来,党中央全面推进党的建设,在全党开展以为民务实清廉为主要内容的群众路线教育实践活动、“三严三实”专题教育活动,从思想、作风和党性上又一次集中“补钙”和“加油”,中国作家出版集团党委认真学习贯彻习近平总书记系列重要讲话精神,严格落实党中央部署,形成践行“三严三实”的制度化、长效化,…… “现在看来,以党建为抓手来推进整个事业的发展,非常有效。”中国作协副主席、中国作家出版集团党委书记何建明日前向记者介绍了集团所属各单位在“三严三实”专题教育中的整改落实情况。
抓实抓细,服务文学出版
开年第一个月,中国作家出版集团明确定为“列清单、抓整改月”。在“三严三实”专题教育中,中国作协党组、机关党委和出版集团党委要求各单位认真查摆问题,不管问题多微小,只要不符合中央精神和有关规定,就必须列出清单,切实整改。
集团自身首先做表率,健全完善各项规章制度,…… 集团所属各报刊网社在整改中“严”字当头,从健全完善规章制度入手,抓实抓细,动真格见成效。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # https://tjlishun.com/xinwenzixun/17997.html (a spam page under a game server's name: its list of five link titles
    # carries a central publishing group's progress report title (the fifth), over an unrelated article on hospitals in the
    # epidemic; the report's text is not on the page: no group, no dates, no units, no figures (61682例, 1921例 and 3.11% are
    # epidemic counts); unit, term and round, which the link title alone would give, are left unscored)
    ("spam_page_link_list_publishing_group_central_fifth_round_progress_title", "https://tjlishun.com/xinwenzixun/17997.html", "noisy", """网通奇迹私发网(救治新冠肺炎的多是公立医院,私立医院去哪儿了?)
网通奇迹私发网文章列表:
- 1、救治新冠肺炎的多是公立医院,私立医院去哪儿了?
- 2、哈尔滨市中央大街辅街拆违初战告捷——和谐拆违成为一大亮点
- 3、一九六八|意大利漫长的1968:拒绝工作、自我削减与暴力
- 4、一人巷、二里街、三孝口、四牌楼、五里墩…合肥这些数字地名背后的烟云往事,你知道吗?
- 5、中共中国出版集团有限公司党组关于十九届中央第五轮巡视整改进展情况的通报
救治新冠肺炎的多是公立医院,私立医院去哪儿了?
【文/观察者网专栏作者 徐实】
新型冠状病毒肺炎(NCP)的疫情牵动全国上下。2月9日开始,全国范围内的新确诊病例和疑似病例双双出现下降。……根据湖北卫健委2月19日发布的数据,全省累计确诊新冠肺炎病例61682例,全省累计死亡1921例,病死率3.11%。……
""", {"units": [], "group": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- added in the second session: news -----------------------------------------------------------------------------
    # https://m.icbuscomp.com/s/2615-14094-950305.html (a mirror of a central research-materials group's site: the group's
    # inspection group feeds back a science-and-technology special inspection (科技创新专项巡视) to a subsidiary's branch: the
    # unit as the feedback names it (有研国晶辉党支部); the group has no number of its own (中国有研党委巡视组), not scored;
    # 2023年2月6日 is the feedback day, told in full; no visit span, term or round; 有研新材党委 (the branch's parent, whose deputy
    # secretary speaks) is no unit inspected, so units []; the findings are one sentence (对…认识还不到位，…差距较大), so problems
    # are left unscored; 一是…三是 are the group's suggestions, no problems; no count)
    ("grinm_guojinghui_branch_tech_innovation_special_inspection_feedback_2023", "https://m.icbuscomp.com/s/2615-14094-950305.html", "news", """2023年2月6日,中国有研党委巡视组向有研国晶辉党支部反馈科技创新专项巡视情况。中国有研党委委员、纪委书记曹泊宇出席会议并讲话,巡视组组长周慧渊代表巡视组向有研国晶辉领导班子进行了巡视反馈,有研新材党委副书记、纪委书记刘慧舟,有研国晶辉党支部书记、总经理曹波就做好巡视整改工作作表态发言。
周慧渊在反馈时指出,有研国晶辉党支部坚决贯彻创新驱动发展战略,持续提升自主科技创新能力,积极承担国家关键核心攻关任务,突破多项“卡脖子”技术。……但巡视中也发现,有研国晶辉党支部对关键核心技术攻关项目的政治责任认识还不到位,科技创新体系建设、科技人才队伍与创新驱动高质量发展需求差距较大。
周慧渊提出整改意见,有研国晶辉党支部要切实抓好巡视整改“后半篇文章”,加强巡视成果运用。一是要进一步强化政治担当,坚决落实上级重大决策部署;二是要建立健全科技创新管理体系,强化过程管理,提升公司科技创新管理效能;三是进一步强化人才队伍建设工作。
曹波表示,有研国晶辉党支部对巡视发现的问题和反馈的意见,诚恳接受、全部认领,……在中国有研党委和有研新材党委的坚强领导下,持续巩固深化巡视整改工作成果,为公司创新驱动高质量发展保驾护航。
""", {"unit": "有研国晶辉党支部", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2023, 2, 6), "figures": []}),
    # https://m.meijiu.com/xinwen/31484 (a liquor trade site's copy of a story on a liquor group's internal rounds and their
    # rectification: a summary over the group's rounds, so the unit is "" and no body is a unit (茅台电商公司党委 is named
    # only as left out, 已清算); no numbered group, no term, no round of the text (前三轮 are past rounds, and the story's
    # later part, cut here, tells the first and third rounds at one subsidiary); 截至2019年12月 is a cut-off, no date;
    # figures: 314个问题 -> problems 314, 574项整改 (the rectification items the problems were split into, as r14's 20项整改任务
    # are read as measures) -> measures 574, 已完成558项 -> completed 558, 整改完成率97.2% -> completion_rate 97.2; 90个 counted
    # bodies are no figure)
    ("moutai_group_rounds_rectification_summary_2019_figures", "https://m.meijiu.com/xinwen/31484", "news", """茅台集团党委抓巡察整改纪实
  党的十八大以来,茅台集团党委认真贯彻落实中央决策部署,切实加强组织领导,把推动巡察整改作为巡察工作的关键环节,多措并举把巡察整改抓实抓细。
  在茅台集团党委的强力推动下,截至2019年12月,除茅台电商公司党委(已清算),集团90个被巡察基层党组织对巡察反馈的314个问题,具体分解细化为574项整改,已完成558项,整改完成率97.2%。
  茅台集团党委充分发挥巡察利剑震慑作用,督促党组织、党员干部自觉把思想和行动统一到中央决策部署上来,用实际行动践行“两个维护”。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None,
      # (corrected in the r35 pass: the 558 done are measures (574项整改, 已完成558项, 97.2 % of the measures), and r20's
      # written convention reads measures done as no completed figure, as the pinned r20 wenzhou_propaganda_department_progress
      # reads 制定整改措施94条,已完成整改94条,整改完成率100%; the reader had ("completed", 558))
      "figures": [("problems", 314), ("measures", 574), ("completion_rate", 97.2)]}),
    # https://jja.com.hk/news-detail.php?id=1667 (a jewellery site's copy of a gold group's trading-reform meeting that calls
    # the reform a measure for the state assets commission's inspection group's rectification requirements: the inspection
    # is named only in passing, with no body, group number, visit, round or day; the unit and the group (国资委党委巡视组,
    # no number) are left unscored; 11月8日 is the meeting's day and 13-11-2020 the copy's date, no feedback; no problems
    # are listed, no count)
    ("china_gold_trading_reform_meeting_sasac_group_rectification_mention", "https://jja.com.hk/news-detail.php?id=1667", "news", """11月8日,中金贸易改革促进会在上海召开。中国黄金集团公司党委书记、董事长卢进出席会议并讲话。集团公司党委副书记、董事、总经理刘冰,党委委员、副总经理严弟勇,党委委员、纪委书记袁先立,党委委员、总会计师朱书红,副总经理姜良友、王佐满出席会议。集团公司党委委员、副总经理赵占国主持会议。
卢进对中金贸易整合改革取得的进展给予了充分肯定。卢进指出,构建集中统一的购销体系是实现集团公司资源和风险统一管控的必然要求,对于提高集团公司归母净利润具有重大意义。同时,构建集中统一的购销体系也是落实国资委党委巡视组整改要求的具体措施。各企业必须提高政治站位,统一思想认识,站在集团公司一盘棋的立场,按照集团公司的决策部署,坚决快速推进中金贸易整合改革工作。
……
資料來源:珠寶人才網 13-11-2020
""", {"units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- added in the second session: rounds ---------------------------------------------------------------------------
    # https://mar-hunt.com/kyguanwangmanbetx/info/1813/63103.htm (a vocational college's page on a mirror whose path carries a
    # betting name (the text itself is clean): the college committee deploys its third round of campus political
    # inspection: round 3 (学院党委第三轮校内政治巡察, the college's own); the departments inspected are not named (被巡察部门
    # (二级学院)), so units []; the groups have no numbers, so no group; 9月13日 is the meeting's day, no start; 深化市委巡察整改
    # is a city inspection's rectification, no round of the text)
    ("college_third_round_campus_political_inspection_deployment_betting_url", "https://mar-hunt.com/kyguanwangmanbetx/info/1813/63103.htm", "rounds", """首页
学院党委第三轮校内政治巡察工作动员部署会议召开
9月13日上午,学院党委召开第三轮校内政治巡察动员部署会议,学院党委书记刘建成出席会议并讲话,学院纪委书记、监察专员王国成主持会议。党委巡察组组长、副组长及成员,被巡察部门(二级学院)党组织主要负责人参加会议。
刘建成在动员讲话中指出,开展校内政治巡察工作,是学院党委深入贯彻落实习近平新时代中国特色社会主义思想和党的二十大精神,强化管党治党、办学治校政治责任的重要实践;也是学院深化市委巡察整改、推动全面从严治党向纵深发展向基层延伸、深化教育领域突出问题整治工作的具体行动。……
王国成宣读了学院党委关于开展第三轮校内政治巡察授权任职和巡察任务分工,并就贯彻落实会议精神提出三点要求,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- added in the second session: noisy ----------------------------------------------------------------------------
    # http://www.kkmm88mm.com/s/2615-14094-2124619.html (traditional script on a numeric mirror of the research-materials
    # group's site: its inspection group's mobilisation at a testing company's committee: the unit as the meeting names it
    # (巡視國合通測黨委動員會 -> 国合通测党委, written simplified); the group is named with the group's name and a year
    # (中國有研黨委2025年度第一巡視組), a form no settled convention shortens, so it is left unscored; 2025年度 is the
    # group's year, no round (no 轮 is told), so round None; 3月28日 is the mobilisation's day, no start; no feedback)
    ("grinm_guohe_tongce_2025_first_inspection_group_mobilisation_trad", "http://www.kkmm88mm.com/s/2615-14094-2124619.html", "noisy", """3月28日,中國有研黨委巡視組巡視國合通測黨委動員會召開。中國有研黨委委員、紀委書記唐學智,中國有研總經理助理、黨委巡視辦主任劉創社,中國有研黨委2025年度第一巡視組組長趙洪軍和巡視組全體同志出席會議。國合通測黨委書記、董事長趙春雷主持會議。

唐學智要求,國合通測黨委要深刻領會黨的二十大精神和習近平總書記關于巡視工作的重要論述,充分認識開展巡視的重要意義;……他強調,巡視組要對標國資委巡視,以高度的政治責任感使命感,認真履職,……

劉創社傳達被巡視黨組織配合巡視工作有關要求。趙洪軍代表集團黨委巡視組布置巡視工作任務,明確了巡視工作的總體要求、主要對象、方法步驟和時間安排。
趙春雷表示,國合通測黨委將大力支持、積極配合,深入查擺問題,……在新起點上推動國合通測高質量發展。
""", {"unit": "国合通测党委", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://nnjgyg.cn/s/2614-6791-724276.html (traditional script with a converter's doubled characters on a mirror of the
    # research-materials group's older site: the group's inspection group opens a special inspection on the state-owned
    # enterprise reform's three-year action (國企改革三年行動專項巡視) at a powder-materials subsidiary: the unit as the
    # meeting names it (對有研粉材黨委開展…專項巡視 -> 有研粉材党委); the group has no number (有研集團黨委巡視組), not scored;
    # 9月16日 is the mobilisation's day, no start; 三年行動 is the reform's name, no round or figure)
    ("grinm_powder_materials_reform_special_inspection_mobilisation_trad", "http://nnjgyg.cn/s/2614-6791-724276.html", "noisy", """9月16日,有研集團黨委巡視組對有研粉材黨委開展國企改革三年行動專項巡視動員會召開。有研集團黨委委員、紀(jì)委書記、巡視工作領(lǐng)導(dǎo)小組副組長曹泊宇出席會議并作動員講話,巡視組組長霍承松布置專項巡視任務(wù)。

曹泊宇強調(diào),開展國企改革三年行動專項巡視,是立足新發(fā)展階段以實際行動踐行“兩個維護”的現(xiàn)實要求,……
霍承松布置巡視任務(wù),詳細(xì)介紹了此次巡視工作的總體要求、巡視主要對象、監(jiān)督重點、巡視方式步驟和時間安排。他強調(diào),做好巡視工作是有研集團黨委巡視組和有研粉材黨委共同的政治責(zé)任,……
有研粉材黨委書記汪禮敏從提高政治站位、全力做好保障及抓好問題整改三方面進行表態(tài)。
""", {"unit": "有研粉材党委", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://vxopzhk.cn/s/2615-14094-200252.html (traditional script with doubled characters on another mirror: the powder
    # subsidiary's own committee inspects its Hefei company's branch on the Hefei base's construction (合肥基地建設專項巡察):
    # the unit as the meeting names it (有研粉材黨委巡察有研合肥黨支部 -> 有研合肥党支部); the group is 巡察組 led by a deputy
    # secretary, no number, not scored; 12月22日 marks the on-site check's start but has no year and the page no dated line,
    # so no start; no round, no feedback)
    ("grinm_hefei_branch_base_construction_special_round_mobilisation_trad", "http://vxopzhk.cn/s/2615-14094-200252.html", "noisy", """12月22日,有研粉材黨委巡察有研合肥黨支部工作動員會在有研合肥會議室召開,標志著合肥基地建設(shè)專項巡察現(xiàn)場檢查工作正式啟動。有研粉材黨委副書記、紀委書記、巡察工作領(lǐng)導小組副組長、巡察組組長李聯(lián)榮及巡察組全體成員、有研合肥黨支部領(lǐng)導班子成員、有研合肥中層及以上管理人員、基地建設(shè)及招投標相關(guān)人員參加會議。

李聯(lián)榮就做好本次巡察工作提出三點意見。……二是要聚焦合肥基地建設(shè)項目決策與實施、設(shè)備采購、財務(wù)核算以及內(nèi)控制度建設(shè)與執(zhí)行等情況,及時發(fā)現(xiàn)群眾反映強烈的突出問題。……

會上,有研合肥黨支部書記、總經(jīng)理劉祥慶對有研合肥基地建設(shè)情況進行了專項匯報,并作表態(tài)發(fā)言。……
""", {"unit": "有研合肥党支部", "units": [], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.sjclxz.cn/news/show-2002.html (traditional script: a provincial inspection group's leader tours a liquor
    # company during the group's visit, whose body the text does not name (the city committee's leaders accompany him): the
    # group as named (省委第六巡視組 -> 省委第六巡视组); the company is toured, not inspected, so the unit is left unscored and
    # units []; 11月24日 has no year and no dated line: no dates; no problems, no count (as r24 reads Hongzehu's exchange))
    ("zhijiang_liquor_provincial_sixth_group_leader_tour_trad", "http://www.sjclxz.cn/news/show-2002.html", "noisy", """11月24日,省委第六巡視組組長劉安民一行,在枝江市委領導的陪同下,蒞臨枝江酒業參觀視察。枝江酒業董事長蔣紅星、黨委書記張華熱情接待了省委巡視組領導。
劉安民一行參觀了枝江酒業的歷史文化展廳,現代化大型灌裝中心、包裝車間、規模宏大的單體釀造車間。枝江酒業董事長蔣紅星、黨委書記張華向劉安民組長匯報了枝江酒業的發展歷史、近年的生產經營情況和產業集群發展態勢,以及企業的黨建工作情況。……劉安民對枝江酒業的發展給予了高度的評價,稱贊穩健高速發展中的枝江酒業,是深入貫徹落實科學發展觀的一個成功典型。(閆友華)
""", {"units": [], "group": "省委第六巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.arboca.com/jishu/594.html (a spam page of unrelated paragraphs (an epidemic count, an overseas Chinese
    # trader, a county import mall) with one feedback line: a provincial group's feedback to a liquor group's committee:
    # the unit as the feedback names it (向茅台集团党委反馈 -> 茅台集团党委); the group named with its province in front is
    # written short (settled 9: 贵州省委第一巡视组 -> 省委第一巡视组); 4月24日 has no year and the page no dated line (11月4日,
    # 10月13日 and 2018年4月 are other stories), so no feedback day; the findings are one sentence, problems left unscored;
    # 2例 and 116例 are epidemic counts, no figure)
    ("spam_page_moutai_provincial_first_group_feedback_line", "https://www.arboca.com/jishu/594.html", "noisy", """新疆昨新增确诊病例2例、无症状感染者116例

新疆卫健委11月4日通报,11月3日0时至24时,新疆维吾尔自治区(含新疆生产建设兵团)新增新冠肺炎确诊病例2例(均为无症状感染者转确诊);新增无症状感染者116例,全部来自接受隔离医学观察人员,均与疏附县站敏乡相关联。……

中新网丽水10月13日电(见习记者 胡丁于)“我很看好中国经济未来发展,也相信未来中国市场的发展空间。”厄瓜多尔华侨杨小爱说。

4月24日,贵州省委第一巡视组向茅台集团党委反馈指出,茅台集团长期放松政治建设、思想建设,贯彻中央、省委决策部署有差距,修复政治生态任重道远,要求进一步加强党的组织建设,落实管党治党“两个责任”,认真排查岗位廉政风险,及时堵塞制度漏洞,有效推进问题整改。

得天独厚的地理条件、优良的水质、特殊的微生物群落,构成了特别的生态环境,辅以代代传承的复杂工艺,共同造就了茅台酒独特酱香的核心竞争力。
……
产自遵义仁怀的茅台酒,是贵州最具地域特色的特产和资源之一,创造了巨大的经济效益和社会效益。但在曾经一个时期内其繁荣难以掩盖乱象,随着2018年4月王晓光被查处,……
""", {"unit": "茅台集团党委", "units": [], "group": "省委第一巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://winenakad.com/s/2829-7975-19586.html (traditional script with a converter's doubled characters on a mirror: an
    # engineering company's managers' meeting conveys the mobilisation of the state assets commission's fourth group
    # entering its parent light-industry group, 2011: the group as named (国资委第四巡视组, as r27 reads 国资委第五巡视组);
    # the unit the body entered (进驻中国轻工集团公司, as r27 reads its 进驻中国建筑设计研究院); no entry day is told
    # (2011年11月16日 is the company's meeting), so no start; 10月份's 综合分析通报会 is a review, no feedback; the checked
    # subsidiaries are unnamed, so units []; no problems listed)
    ("haicheng_meeting_conveys_sasac_fourth_group_light_industry_entry_trad", "http://winenakad.com/s/2829-7975-19586.html", "noisy", """2011年11月16日下午,公司召開中國海誠股份總經(jīng)理會議,傳達“國資委第四巡視組進駐中國輕工集團公司開展巡視工作動員會”的主要精神。公司高管、各地子公司總經(jīng)理出席了會議。
總裁嚴曉儉首先傳達了國資委第四巡視組領導和中輕集團董事長、黨委書記陳鄂生的講話,表示要按照巡視組的各項工作安排和要求,配合中輕集團做好相關(guān)工作。同時要求被抽檢的子公司,必須按要求認真做好各項工作。會上,嚴總裁還傳達了國資委10月份在集團公司召開的中國輕工集團公司綜合分析通報會上對中輕集團調(diào)研后提出的整改意見,并針對工程服務業(yè)如何突破瓶頸、加快發(fā)展,結(jié)合確保中國海誠股份今年生產(chǎn)指標的全面完成,提出了進一步的要求。
""", {"unit": "中国轻工集团公司", "units": [], "group": "国资委第四巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://sehuatang98.net/info/1057/13355.htm (a college's page with its name spun to a spam word (色花堂, a line break
    # after each): the college's second committee deploys its fourth round: term 2 and round 4 (二届党委第四轮, the committee
    # that runs it); the two colleges whose leaders attend are spun (风景园林色花堂, 畜牧兽医色花堂) and not said to be inspected,
    # so units are left unscored; 两个巡察组 have no numbers, so no group; 11月10日 is the meeting's day, no start; 前三轮 are
    # past rounds)
    ("college_spun_name_second_term_fourth_round_deployment", "http://sehuatang98.net/info/1057/13355.htm", "noisy", """11月10日上午,色花堂
二届党委第四轮巡察动员部署会在综合楼九楼会议室召开。色花堂
党委书记巫建华出席并讲话,党委委员、纪委书记周国义主持会议。巡察工作领导小组、巡察办公室和两个巡察组全体成员,风景园林色花堂
、畜牧兽医色花堂
党政领导班子参加了次会议。
巫建华对前三轮巡察工作取得的成绩给予肯定。前三轮巡察工作精心筹备,规范有序,扎实整改,有效提升了色花堂
治理水平。就做好第四轮巡察工作,他强调,今年是色花堂
“十四五”开局之年,是巡视整改出成效之年,做好第四轮巡察工作责任重大。……
会上,巫建华同志宣读了第四轮巡察组长授权任职及任务分工决定。周国义同志传达了中央和省委关于巡视巡察工作的最新精神。会后,巡察领导小组办公室组织召开了巡察业务培训会。
""", {"unit": "", "group": None, "term": 2, "round": 4, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- added in the second session: in SHARES_TEMPLATE ---------------------------------------------------------------
    # https://news.xmnn.cn/xmxw/202312/t20231204_116118.html (SHARES_TEMPLATE: the city's third-batch announcement template of
    # r13's xiamen_eleventh_round_third_batch_trad (经市委巡察工作领导小组研究决定,自…起启动…第N轮第三批…巡察工作; r25b's Xiangan
    # text is the district's): term 13, round 4; the five bodies as written (a bureau, the city paper, the broadcasting group
    # and two state groups); the groups have no numbers; 自2023年12月4日起启动 is left unscored (r13 read it as the start, r25b
    # as a start-up day, no entry); 30个工作日左右 is a planned length, no end (settled 10); the colleges of the 机动巡察 are
    # counted by kind, no units)
    ("xiamen_thirteenth_term_fourth_round_third_batch_five_bodies", "https://news.xmnn.cn/xmxw/202312/t20231204_116118.html", "rounds", """厦门网讯(厦门日报记者 何无痕)根据《中国共产党巡视工作条例》及中央、省委和市委关于巡察工作的部署要求,经市委巡察工作领导小组研究决定,自2023年12月4日起启动十三届市委第四轮第三批常规巡察暨财政补助职业教育资金管理使用情况机动巡察工作。对市资源规划局、厦门日报社、厦门广播电视集团、翔业集团、路桥集团等5家单位党组织开展常规巡察。对财政补助职业教育资金涉及的职业院校开展机动巡察,并根据需要,对涉及的有关单位进行延伸了解。
本批次常规巡察市资源规划局、厦门日报社、厦门广播电视集团、翔业集团、路桥集团等单位党组织时间为30个工作日左右。机动巡察时间为1个月左右。根据工作需要可适当调整巡察时间。日前,市委各巡察组已经进驻巡察。
""", {"unit": "", "units": ["市资源规划局", "厦门日报社", "厦门广播电视集团", "翔业集团", "路桥集团"], "group": None,
      "term": 13, "round": 4, "end": None, "feedback_date": None, "figures": []}),
    # https://guoqi.zjol.com.cn/202111/t20211130_23429403.shtml (SHARES_TEMPLATE: a provincial trade group's new round with
    # its training, 2021, the body of r25's zhejiang_trade_group_second_term_second_round_deployment (省国贸集团第二届党委第二轮,
    # no address, year untold), possibly the same round (this text's 新一轮 follows 前三轮; the numbering of the committees'
    # rounds is unknown), so kept out of the measure: a round-level text with no body named, no numbered group (集团两个巡察组),
    # no term; its round is left unscored (前三轮 are past); 55项 check points and 22名 staff are no figures; 近日 gives no day)
    ("zhejiang_trade_group_new_round_training_two_groups", "https://guoqi.zjol.com.cn/202111/t20211130_23429403.shtml", "news", """有了这55项‘三个聚焦’巡察问题检查要点,我们工作起来更有方向和目标了。”参加巡察工作专项培训后,浙江省国贸集团党委巡察办公室巡察组成员纷纷表示。近日,为全面贯彻落实省委巡视巡察工作规范化要求,省国贸集团党委组织开展新一轮巡察工作。
浙江省国贸集团党委把巡察工作作为管党治党的重要任务,……集团两个巡察组分别成立两个临时党支部,由集团党委直接领导。……
抽调精干力量,开展巡前培训,让巡察更精准。在本轮巡察中,集团党委充分利用专业人才密集的优势,从集团内部挑选党群、纪检、财务、审计等方面的22名专业人员开展巡察工作。党委巡察办还根据前三轮巡察工作经验,准确把握本单位的职能职责、工作特点,对巡察组成员组织开展了巡前业务培训,提升巡察干部精准发现问题的能力。
""", {"unit": "", "units": [], "group": None, "term": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
]
