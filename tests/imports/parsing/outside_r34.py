"""Outside texts of batch r34 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r25-r33 included) and test_outside_documents.py, with and without www./m./mip./wap. and its query string
(host and path grepped apart), and two or three distinctive names or phrases of each text (its people, its bodies, its
wording) were grepped in them, in simplified and traditional script. Fields were written down by reading only: the importer
was not run, no test or bench that runs it was run, and the collector read neither imports/parsing nor the parser's tests
(only the outside_*.py data files, outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring, and the
brief).

A SHORT BATCH. The search tool's look-up budget for the session ran out after 14 answered "pages" queries (the fifteenth
query, and a find_string tried after it, were refused: "the search budget for this session is used up"), so this file holds 3 texts, not the
13-16 the brief asks, and all 3 are mostly absence checks. The integrator should weigh it as such; nothing here was
padded to reach the count (no text of another collector's share was taken to fill it, see below).

Overlap check. `bench/outside_overlap.py tests/imports/parsing/outside_r34.py` (it loads the cases without running the
importer; 3 texts against 1953 earlier) finds no shared address, 3 pairs sharing more than 3 shingles and 2 of them more
than 3 beyond its formulas; the longest shared run is 18 characters, and no text shares more than formulas with the seeds.
The pairs: the spam page's link title 十九届中央第五轮巡视整改进展情况 with r7's central_fifth (that round's announcement on
another page, another kind of text: the title names the same round, which is why the page's term and round are left
unscored), and the writers' group's 学习贯彻习近平总书记系列重要讲话精神 with a Jiangsu 2017 mobilisation and yicheng_construction
(an official formula of the time). Of the other collectors' files of this pass only outside_r34b.py was present at the end:
it holds none of this file's addresses, hosts or bodies (grepped: rednet, newdu, tjlishun, 湖南出版, 作家出版, 中国出版集团,
网通奇迹), no text of it shares more than 3 shingles with any of this file's (compared by a scratch script, the overlap
tool's 12-character shingles), and it holds neither of the two left-out addresses named below (cgriffinlaw,
jeffcaceres); outside_r34c.py and outside_r34d.py were not yet present, so the integrator should compare them (this file's
hosts: hn.rednet.cn, cll.newdu.com, tjlishun.com; its bodies: 湖南出版投资控股集团, 中国作家出版集团, 中国出版集团有限公司
named in a spam page's link list only).

Sources. 3 texts from the search tool's "pages" corpus, all with their address. Of about 110 candidate addresses the 14
queries returned (enterprise groups' internal rounds and feedbacks, enterprises' progress reports, universities' and
colleges' internal rounds, vocational and technician colleges, research institutes, hospitals, a disease control centre,
publishing and press groups, power supply companies, rural commercial banks, schools), all but about ten were earlier
batches' (every hit for enterprise groups' internal rounds (中冶, 中国电气装备, 大唐, 中铜, 中交二航局, 川投, 安徽路港, 城投,
建投, 陆港, 交投), CAS institutes (成都生物所, 青藏高原所, 西北高原所, 理论物理所, 电工所, 上海应物所), universities' and
colleges' feedbacks and mobilisations, hospitals, the disease control centres, the press group's progress report and the
vocational colleges' city and provincial visits). Of the new ones: a provincial publishing group's rectification story
(taken), a writers' publishing group's rectification in a study campaign with no inspection (taken, expects nothing), a spam
page whose link list carries a central enterprise's progress report title (taken, noisy); left out: a traditional-script
copy of the State Grid term summary r12's state_grid_term_figures holds (m.jeffcaceres.com, the same text and source
event, same kind), a university's 2022 training meeting for a 巡察"回头看" of its equipment engineering college
(cgriffinlaw.com/5dmClJCAGg/html/919/2022-09-14/content-18829.html: a look-back, collector D's share; named here so the
integrator can check D's file for it), a hospital's 扫黑除恶 meeting, a disease control centre's symposium, a rural bank's
work-style essay and a rural bank's 作风建设 story (no 巡视/巡察 named at all: not texts about inspections).

Families and counts (3 texts, none in SHARES_TEMPLATE, 3 measured). news 2, both measured:
hunan_publishing_group_inspection_rectification_story (a provincial 巡视's rectification told with no group, visit, round or
day: absence checks, the unit left unscored) and writers_publishing_group_three_stricts_rectification_not_inspection (整改 in
the 三严三实 study campaign, no party inspection: expects nothing); rounds 0; progress 0; audit 0; noisy 1, measured:
spam_page_link_list_publishing_group_central_fifth_round_progress_title (a spam page's list of five link titles, the fifth a
progress report's title, over an unrelated article: absence checks, unit, term and round left unscored).

Fields read: 1 (the writers' group's unit of "", a text with no party inspection, counts as a field) and 23 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the collector's
count, all outside SHARES_TEMPLATE: the Hunan story 8 checks (units [], group, term, round, start, end, feedback_date,
figures []), the writers' group 1 field and 9 checks (its problems 0 among them), the spam page 6 checks (units [], group,
start, end, feedback_date, figures []). By family: news 1 field and 17 absence checks, noisy 0 and 6, rounds, progress and
audit none. Figures read: none (四个方面 are counted aspects; 三个月 is a rectification period; the spam article's
61682例 and 1921例 are epidemic counts; none is an inspection's count).

Reading conventions (outside_set.py's settled conventions 1-16 followed exactly, and the written conventions of
outside_r24.py's docstring and the earlier files): a rectification told with no group, no visit and no day gives no group,
no term, no round and no dates (as r33 reads the medical college's push meeting); a page's dated line (2020-08-06
11:06:25) and a report's 8月6日日讯 are publication, no feedback (settled 10's spirit: a meeting or publication day is no
visit's or feedback's day); 整改 in a study campaign (“三严三实”专题教育) is no party inspection, and such a text expects
nothing (unit "", units [], no group, no term, no round, no dates, problems 0, figures []), as r24 reads 督导巡视, 调研 and
appointments and r33 reads a survey and a health bureau's 巡查; counted aspects (四个方面) are no figure; a spam page's link
list is no statement of the report it titles (the report's text is not on the page), but a reader may disagree, so the
fields the title alone would give are left unscored.

What I was unsure of, and how I read it: the Hunan story's unit: the rectifying body is written 湖南出版投资控股集团 (its
committee appears only in its deputy secretary's title, 湖南出版投资控股集团党委副书记), and no visit sentence says whom the
provincial 巡视 inspected, so the unit is left unscored rather than guessed between the group and its committee (r24's
provincial guarantee group had a feedback meeting naming 省担保集团党委; this text names none); its 问题线索 carry no count
(settled 6 gives no figure). The spam page's fifth link title (中共中国出版集团有限公司党组关于十九届中央第五轮巡视整改进展情况的
通报) would give a unit 中国出版集团有限公司党组, term 19 and round 5 if a reader took a link title as the page's statement: I
do not, but leave unit, term and round unscored; r7's central_fifth holds the round's announcement (another kind of text,
another page), so the page is not a copy of a held text. The writers' group's text names 中国作协党组 and 机关党委 only as
bodies that asked for problems to be listed in the campaign: no inspection, so unit "".
"""

from __future__ import annotations

# Texts sharing a template, or the same portal and visit, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = ()

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
]
