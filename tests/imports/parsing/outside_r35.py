"""Outside texts of batch r35 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r6-r34 and the c/new files) and test_outside_documents.py, with and without www./m./mip./wap. and its
query string (host and distinctive path part grepped apart), and two or three distinctive names or phrases of each text
(its people, its bodies, its wording) were grepped in them, in simplified and traditional script. Fields were written
down by reading only: the importer was not run, no test or bench that runs it was run (bench/outside_overlap.py, which
loads the cases without running the importer, is the only bench run), and the collector read neither imports/ nor the
parser's tests nor variants.py nor the seeds (only the outside_*.py data files, outside_set.py's docstring, Case,
extract and score, bench/outside_overlap.py and the brief); the integrator runs them once, and that run is the honest
figure for unseen texts. Scratch work stayed under /tmp/outside_r35_scratch/.

15 texts, 12 measured and 3 in SHARES_TEMPLATE, from 71 "pages" look-ups (no other verb of the search tool was used).

Overlap check. `bench/outside_overlap.py tests/imports/parsing/outside_r35.py` (it loads the cases without running the
importer; 15 texts against 2020 earlier) finds no shared address (the one "already in" is the placeholder "search corpus
pages (no URL returned)", shared with r34d's jiangxian text), 203 pairs sharing more than 3 shingles and 13 of them more
than 3 beyond its formulas; the longest shared run is 30 characters, the university round's formula
被巡察单位坚持以习近平新时代中国特色社会主义思想为指导,…… with r7's ecnu_feedback. The thirteen: the two academy institutes'
life meetings with each other (巡视整改专题民主生活会方案》。, the academy's own title formula; different institutes, sites and
years) and the Northeast institute with r17's shantou committee (领导班子巡视整改专题民主生活会) and r33's sdut property centre
(学习习近平新时代中国特色社会主义思想); the Dalian university's leading group with r18's sports administration repost (the
national conference's name 全国巡视工作会议暨十九届中央第九轮巡视动员部署会), r26's zunyi civil aviation progress (the title
《关于加强巡视整改和成果运用的意见》) and r26's Bank of China special inspection (the officers' title formula
纪委书记、党委巡视工作领导小组副组长); the Yunnan agricultural university's round with r7's ecnu_feedback (the 30-character run
above), r8's political_legal (贯彻落实党中央决策部署和省委、) and r30b's heping feedback (干部队伍建设存在薄弱环节;); the
Shanxi finance university's meeting with r25's university third-term fourth round (a title formula); the nonferrous
group's audit statement with r26's nonferrous_group_central_environmental_inspectorate_feedback_pinyin_trad (its
subsidiary's name 大冶有色金屬集團控股有限公司 in the same converter's doubled characters: the same group, another event, an
environmental inspectorate's feedback, not an audit), with r17's county veterans check (項進行) and r30d's diqing audit
(財務收支情況), converter noise and a stock phrase; the media group's progress report with r29b's hanshan text (the same
mirror's copied dateline 來源:河北省紀委監委網站發布時間:202, another round and another page), r28c's fujian 2018 round and
r18's gansu trade unions (the provincial progress formula), r15's caac airports (“不忘初心、牢記使命”主題教育), r17's dazhou
and r23's sinopharm (the progress formula); the Soochow meeting with three traditional texts (converter noise 參加會議。會);
the spun college's mobilisation with outside_new's nuist (院党委作表态发言,他表示,这次); and, in SHARES_TEMPLATE, the Zhejiang
round with r27c's shaanxi qinling deployment (the leaders' title formula) and the car group's feedback with r26c's jilin
2014 feedback and r30's industrial university feedback (the central feedback formula 同时,巡视组还收到反映一些领导…的问题线索).
The rest share formulas only (习近平新时代中国特色社会主义思想, 习近平总书记关于巡视工作的重要论述, 干部群众反映了一些问题,主要是:,
省委常委、省委组织部部长、省委巡视工作领导小组副组长). The tool counts four texts as sharing more than its formulas with the seeds
(the Northeast institute's life meeting, the Dalian and Shanxi leading groups' meetings and the Yunnan round's feedback);
the collector may not open the seeds, so the shared wording is not known to the collector; their wording beyond the stock
formulas is official (巡视整改专题民主生活会, 党委巡视工作领导小组, 巡察是政治巡察,整改是政治任务, 被巡察单位坚持以…为指导), and none is
likely a seed's document (two academy institutes' and three universities' own pages), but the integrator may check.
The other collectors' files of this pass (outside_r35b.py, 16 texts; outside_r35c.py, 17; outside_r35d.py, 15, all
present at the end) hold none of this file's addresses or hosts and none of its bodies or people (grepped: genetics.cas,
iga.cas, thepaper, dlut, ynau, sxufe, pepris/sinopec, 1u38hk, y9x6p5i, buttertoastboutique, handmsg, hzlz, econ.taiwan,
music-haotian, 遗传发育, 东北地理, 中信/常振明, 大连理工/项昌乐, 八届党委第二轮, 丁耀武, 石勘院/石科院, 中国有色/中國有色,
长城新媒体/長城新媒體, 鄧敏, 太阳成集团/张书义, 張書穎, 中国美术学院, 朱保成, 湯琪/汤琪, 中管高校); the one hit is 一汽, in r35c's
central_2013_second_round story, which lists the 2014 central second round (一汽集团开展专项巡视) in passing: the round of this
file's car-group feedback, already in SHARES_TEMPLATE for r17. Compared by a scratch script with the tool's 12-character
shingles, no text of theirs shares more than formulas or converter noise with this file's (four pairs over 3 shingles:
the Soochow meeting and r35c's qinghai list ((lǐng)導(dǎo)小組, converter noise), the car group's feedback and r35c's
central 2013 feedbacks (中央纪委监察部网站消息, 根据中央统一部署,20, the central feedback formula), the Northeast institute and the
Yunnan round with r35d's wusu feedback (习近平新时代中国特色社会主义思想为指导), and the nonferrous statement with r35d's nankai text
((fā)現(xiàn)的問(wèn), converter noise)).

Sources. 15 texts from the search tool's "pages" corpus, 14 with their address and 1 with none returned. The corpus is
close to exhausted for this share: of about 350 distinct addresses the 71 queries returned, some 150 were in this share
and all but about twenty of those were earlier batches' (every hit for enterprise groups' internal rounds and feedbacks
(中国电气装备, 中冶成勘, 安徽交控, 安徽路港, 中交二航局, 酒钢, 国机重工, 江苏农垦, 云南农垦, 交投服务区, 相城交投, a Gansu group spun to a
betting name, 空港发展, 联港, 广柴, 武汉产投), central enterprises' central and SASAC rounds (2014-2015 entries and feedbacks,
国药, 中国旅游, 华电, 航天科技, 中国石油), CAS and CAAS institutes' feedbacks and mobilisations (应物所, 成都生物所, 青藏高原所,
理论物理所, 西北高原所, 电工所, 大连化物所, 古脊椎所, 昆明植物所, 微生物所, 橡胶所), university internal rounds in simplified,
traditional and spun copies (华东师大, 南信大, 北语, 湖北大学, 郑大, 矿大, 河南工业大学, 江苏科技大学, 盐城工学院,
贵州医科大学, 天津工大, 徐州医科大学, 北外, 西安科技大学, 中央音乐学院, 华中农大, 山西农大),
hospitals' city visits and progress reports, press and media groups (南通报业, 广州日报, 大众报业, 福建日报, 成都传媒, 荆门广电,
县融媒体中心s), the state and provincial audit reports, and the 2017 university rounds). Queries went by kind of body
(asset management, trust, supply-and-marketing, bus, port, oil-field, coal, power-supply, publishing, periodical and
media groups; banks, rural credit unions and insurers; CAS, CAAS, forestry and petrochemical research institutes;
universities, colleges of Chinese medicine, university hospitals, presses and asset companies; learned societies and
trade associations; maternal and child hospitals), by central enterprise (中国节能, 国药, 哈电/东方电气, 中国石化), by kind of
text (反馈会, 动员会, 进驻, 首轮巡察, 交叉巡察, 提级巡察, 巡视整改专题民主生活会, 整改推进会, 巡察工作领导小组会议, 整改进展情况的通报,
问责 and clues handed over, audit results), by year (2014-2016) and in traditional script, pinyin and with betting words
spun into college names. Taken (new): two academy institutes' rectification life meetings, a financial group's
rectification story after a central inspection (a discipline magazine's story reposted), a university inspection leading
group's meeting studying the central ninth round's mobilisation, a university's eighth-committee second round feedback,
another university's leading group meeting on its third round, an oil group's pilot joint inspection of its research
branch, a nonferrous group's audit statement (no address returned), a provincial media group's progress report and a
university leading group's fifth-round hearing on traditional mirrors, a college's mobilisation with a betting brand
spun into its name, a journal article on universities' rectification mechanisms (expects nothing), and, in
SHARES_TEMPLATE, a province's 2016 university round, a central group's 2014 car-group feedback and a 2017 roundup of the
central universities' rectification lists. Left out: a Kunming bus group's 巡察"回头看" feedback (lx176.com: a look-back,
collector D's share, and mostly a vice-mayor's survey), a city association of science and technology's 学会 rectification
meeting (kx.lyg.gov.cn: a people's organisation's, not this share's), a PowerChina experience article with no address and
no inspection of its own (hidden text), a 2015 portal story on central enterprises' feedbacks (wbywanted.com: examples of
seventeen groups, a round-level central text), a 2017 paper's 29-university roundup (internal.big5.dbw.cn: the same round
as r23's and this file's roundup), an academic article on special supervisors (m.handmsg.com 13587687: no inspection),
and the institutes' surveys, rule books, 调研 and 督查 pages that name no 巡视/巡察.

Families and counts (15 texts, 3 in SHARES_TEMPLATE, 12 measured). news 5, four measured:
genetics_institute_inspection_rectification_life_meeting_2022 and
northeast_geography_institute_leadership_inspection_rectification_life_meeting (absence checks, the unit left unscored),
citic_group_central_inspection_clues_seventeen_disciplined (one figure: disciplined_people 17),
dlut_inspection_leading_group_fifteenth_meeting_central_ninth_round_studied (unit "", a conveyed central round as the trap);
one in SHARES_TEMPLATE: faw_central_thirteenth_group_special_feedback_2014 (unit, group, visit span, feedback 2014-10-29).
rounds 4, three measured: ynau_eighth_term_second_round_feedback_six_bodies (term 8, round 2),
sxufe_inspection_leading_group_fourth_meeting_third_round (round 3),
sinopec_research_institutes_joint_inspection_pilot_four_branches (4 units); one in SHARES_TEMPLATE:
zhejiang_2016_provincial_first_round_sixteen_universities_special (16 units, round 1). audit 1, measured:
china_nonferrous_group_2015_audit_results_rectification_trad (expects nothing; no address returned). noisy 5, four
measured: great_wall_new_media_group_provincial_first_group_progress_trad (traditional script: unit, group, span 2019-04-18
to 2019-06-18, feedback 2019-08-01), suda_inspection_leading_group_eleventh_meeting_fifth_round_reports_trad (traditional
with doubled characters: round 5, a conveyed central round), spun_college_university_first_group_mobilisation_betting_name
(a betting brand spun into a college's name: group 党委第一巡察组),
university_inspection_rectification_mechanisms_paper_trad (traditional journal abstract: expects nothing); one in
SHARES_TEMPLATE: central_twelfth_round_universities_rectification_lists_roundup_trad (term 18, round 12). progress 0 (the
one progress report is traditional script, so noisy, as r29b files its mirror). Texts expecting nothing: 2 of 15 (the
audit statement and the article), under the quarter the brief allows.

Fields read (a unit of "" for a round-level text or a text with no inspection counts, each unit of a list and each
figure counts) and absence checks (None, [] for units or figures, and problems 0), by the collector's count: outside
SHARES_TEMPLATE 22 fields and 91 absence checks (news 2 and 34, rounds 10 and 20, audit 1 and 9, noisy 9 and 28); in
SHARES_TEMPLATE 26 fields and 14 checks. Figures read: 1 (the financial group's disciplined_people 17); none elsewhere
(50余次 meetings, 4次黨委會, 19个方面, 20项重点工作, 每组9人, 5家单位, 6家二級單位, 七項機制, 10个问题线索调查组, 30余人 and 3000余元 are no
figures; the roundup's two universities' measures are left unscored).

Reading conventions (outside_set.py's settled conventions 1-16 followed exactly, and the written conventions of
outside_r24.py's docstring and the earlier files of this share, r29-r34): a rectification told with no group, no visit and
no day gives no group, no term, no round and no dates, and where no visit sentence says whom the 巡视 inspected its body is
left unscored (as r34 reads the publishing group's story: the two institutes' life meetings, the financial group's
story); a life meeting's, leading group's, mobilisation's or consultation's day is no start and no feedback (settled 10:
2022年6月25日, 10月24日, 9月27日, 6月4日, 4月6日, 11月3日, 近日); a day without a year gives no date unless the visit or the text
gives its year (the Yunnan feedbacks' 9月11-15日 give none; the media group's 8月1日 and the car group's 10月29日 take their
visits' years, after the visits' ends, settled 1); a page's dated line (2020-07-15 09:04:29, 2016-03-12 10:17:02,
2016-07-08 19:31, 发布时间:2022.07.01) is publication; a round named with the committee that runs it is the text's
(八届党委第二轮 -> term 8, round 2; 校党委第三轮巡察 -> round 3; 第五輪巡察 -> round 5), past rounds (前两轮) are none, and a central
round studied or conveyed (十九届中央第九轮巡视动员部署会, 聽取二十屆中央第四輪巡視情況匯報時的重要講話精神) is another body's: no term, no
round (settled 14's reading of a round heard; r34's of a conveyed inspection); a year's round has no term (2016年省委第一轮巡视
-> round 1, as r26c); a university's groups are written without 校/学校 (校党委第一巡察组 -> 党委第一巡察组, as r33); a
province's group is written as named (省委第一巡视组); groups counted or unnumbered (7個巡察組, 中央巡视组) give no group, and
two numbered groups of one round-level text (第一联合巡察组, 第二联合巡察组) leave it unscored; a feedback naming its body in full
has that name as its unit (settled 5: 向中国第一汽车集团公司(以下简称一汽)反馈 -> 中国第一汽车集团公司, the abbreviation note no
second name), and a progress report keeps the visit's body (对长城新媒体集团有限公司党委开展了常规巡视); bodies named in a round's
list are its units as written (settled 8, the oil institutes' four branches, the sixteen university committees); counted
bodies (6个被巡察单位, 29所中管高校) are no units; 党纪政纪处分N人 is disciplined_people (as r25b and outside_set's luohe) and a
count of several kinds together (诫勉谈话、组织处理和经济处罚) is no figure (settled 16); findings told as clauses of 有的… or 主要是:
are left unscored as problems (as r33 and r34 leave one-sentence and clause findings); an audit office's results and a
journal article expect nothing (as r34c's audit texts); a spun body name is left unscored (as r33's casino copy);
expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it. The two institutes' life meetings name their institutes (in full and short) as
the bodies holding the meeting on 巡视整改; a reader could take the institute as the unit, but no sentence says whom the
巡视 inspected or names a form the inspection used, so the unit is left unscored (the rest are absence checks). The
financial group's story is read the same way (中信集团 and 集团党委, no visit); its 17 disciplined leaders are the one figure
(党纪政纪处分 read as one kind, as r25b reads 党政纪处分), and the 20 people given admonitions, organisational handling and
fines are no figure (settled 16). The Dalian meeting studies the 19th central ninth round's mobilisation speeches: read as
another body's round, so no term and no round (an importer that reads term 19, round 9 is counted as inventing). The
Soochow meeting is read as its fifth round's (第五輪巡察工作總體進展情況 reported, the groups' reports approved), though the
page never names the university (the path does, suda_news); the conveyed 20th central fourth round is no round of the
text. The Shanxi finance university's meeting is read as round 3 (the round it studies and the one 继续开展第三轮巡察 names);
its priorities (一是…四是) are no problems; its deputy leader 卢平 appears in r10's university_leading_group_two_rounds
(i7q9p.com) as a party secretary two years later, possibly the same university, but another round (第三届党委第二轮, 2025)
and another portal, so the text is measured. The oil group's text is a consultation on a planned joint inspection
(将组建两个联合巡察组); its four branches are read as the round's units (the bodies to be inspected), and its group is left
unscored (two numbered joint groups). The Yunnan feedbacks' findings (four 有的 clauses over six bodies) are left unscored
as problems. The spun college's committee (太阳成集团党委) is left unscored as a unit, its group scored in the university
notation. The media group's progress report is filed noisy (traditional script on a mirror), its problems left unscored
(cut). The nonferrous group's audit statement came with no address. SHARES_TEMPLATE: the Zhejiang round is the same 2016
provincial round whose second batch r10 holds (another portal, all sixteen bodies here); the car group's feedback is the
visit whose entry r17's 2014 central second round lists (and r35c's story names in passing); the 2017 roundup is the same
round and news agency as r23's feedback roundup; all three are kept out of the measure rather than count a round twice.
12 texts outside SHARES_TEMPLATE, 15 in all: within the 13-16 texts the brief asks for, and the 12 measured it asks for
at least.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round/visit, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the 2016 provincial first round of sixteen universities, whose second batch (eight of the sixteen) r10's
    # zhejiang_universities_trad holds on a news agency's copy: the same round on another portal
    "zhejiang_2016_provincial_first_round_sixteen_universities_special",
    # the 2014 central second round's visit to the car group, whose entry r17's central_2014_second_round_entered lists
    # (一汽集团 among its units): the same round and visit, told here at its feedback
    "faw_central_thirteenth_group_special_feedback_2014",
    # the 18th central twelfth round's university rectification lists: r23's
    # central_twelfth_round_universities_enterprise_problems_roundup_trad is the same news agency's roundup of the same
    # round's feedbacks (and r14 holds its entry list)
    "central_twelfth_round_universities_rectification_lists_roundup_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R35 = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://genetics.cas.cn/dtxw/zhxw/202207/t20220701_6469325.html (an academy institute's own site: its leadership's
    # democratic life meeting on inspection rectification: no group, no visit, no round and no feedback day are told, so
    # group, term, round and the dates are absence checks; the institute is named in full (中国科学院遗传与发育生物学研究所)
    # and short (遗传发育所) as the body holding the meeting, and no visit sentence says whom the 巡视 inspected, so the unit
    # is left unscored (as r34 reads the publishing group's story); 发布时间:2022.07.01 is publication and 2022年6月25日 the
    # meeting's day, no feedback (settled 10); 50余次 meetings are no figure; no problems are listed (聚焦巡视反馈意见 names
    # none), so problems 0)
    ("genetics_institute_inspection_rectification_life_meeting_2022", "http://genetics.cas.cn/dtxw/zhxw/202207/t20220701_6469325.html", "news", """遗传发育所组织召开巡视整改专题民主生活会
发布时间:2022.07.01
2022年6月25日,中国科学院遗传与发育生物学研究所组织召开巡视整改专题民主生活会,研究所领导班子成员杨维才、邢雪荣、黄勋、申倚敏参加会议,院组织统战部部长许冬、柏玉洁到会督导。会议由党委书记邢雪荣主持。
为了开好民主生活会,在院巡视办和直属机关党委指导下,研究所党政领导班子高度重视、密切配合,在深入扎实推进巡视整改工作基础上,所党委认真研究制定《遗传发育所巡视整改专题民主生活会方案》。……开展巡视工作以来,党政班子组织召开党委会、所务会、专题研讨会等各类会议50余次,对巡视工作进行系统部署、重点推进、检查落实,……
会上,班子成员聚焦巡视反馈意见,主动认领问题,紧密联系思想和工作实际,逐项剖析根源,进行深刻反思,提出了切实可行的整改举措和下一步努力方向。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://iga.cas.cn/dq/djdt/gzdt/202510/t20251027_7997967.html (another academy institute's site: its leadership's
    # democratic life meeting on inspection rectification: no group, visit, round or feedback day is told; the institute
    # holds the meeting but no visit says whom the 巡视 inspected, so the unit is left unscored, as in the text above; the
    # academy's branch (长春分院分党组) only attends, no group; 10月24日 is the meeting's day and has no year in the text
    # (the year is only in the address): no date; 一是…二是 are the branch head's requirements, no problems: problems 0)
    ("northeast_geography_institute_leadership_inspection_rectification_life_meeting", "http://iga.cas.cn/dq/djdt/gzdt/202510/t20251027_7997967.html", "news", """10月24日,中国科学院东北地理与农业生态研究所召开领导班子巡视整改专题民主生活会。中国科学院长春分院分党组书记、院长金宏和有关同志到会指导。所领导班子成员参加会议,党委书记、副所长王宗明主持会议。
会前,根据有关部署要求,结合东北地理所实际,由党委书记组织制定《中国科学院东北地理与农业生态研究所领导班子巡视整改专题民主生活会方案》。领导班子和党员领导干部紧扣此次民主生活会主题,针对巡视发现的问题,深入学习习近平新时代中国特色社会主义思想和党的二十大和二十届历次全会精神、习近平总书记关于巡视工作的重要论述,……
王宗明代表领导班子作对照检查,并带头进行个人对照检查和自我批评,其他领导班子成员逐一进行对照检查,认真查摆问题,深刻剖析根源,严肃开展批评与自我批评。
金宏对此次民主生活会给予充分肯定。……同时,对下一步工作提出要求:一是提高政治站位,彰显使命担当;二是强化成果运用,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.thepaper.cn/newsDetail_forward_1495802 (a news site's copy of a discipline magazine's story on a financial
    # group's rectification after a central inspection: the group's committee has the central group's handed-over clues
    # investigated; no group number (中央巡视组), no visit, no round and no day of the inspection are told: group, term,
    # round and the dates are absence checks; the unit is left unscored (the group is written 中信集团 and 集团党委, and no
    # visit names whom the 巡视 inspected, as r34 reads the publishing group's story); 2015年1月和7月 are the dinners' months
    # and 2016-07-08 19:31 the publication; figures: 给予17名党员领导干部党纪政纪处分 -> disciplined_people 17 (党纪政纪处分 read
    # as r25b and outside_set's luohe read it); 20名相关责任人进行诫勉谈话、组织处理和经济处罚 counts three kinds together, no
    # figure (settled 16); 10个问题线索调查组 are groups, 30余人 and 3000余元 a dinner's, no figures; the excerpt is cut where
    # the tool's copy stops (收到), so problems are left unscored)
    ("citic_group_central_inspection_clues_seventeen_disciplined", "http://www.thepaper.cn/newsDetail_forward_1495802", "news", """中信旗下公司三位老总因违规公款宴请被处理,人均消费百元
原晓红/中国纪检监察杂志
2016-07-08 19:31
来源:澎湃新闻
打虎记 >
字号
同事退休之际大家聚在一起吃顿饭,本是人之常情。然而中信集团旗下的中信汽车公司及其控股企业中信联合汽车公司的一些党员领导干部,却因此受到了严厉处分。
2015年1月和7月,中信联合汽车公司先后举办了两次退休聚餐,其中一次邀请中信汽车公司副总经理参加,30余人共消费3000余元,以业务招待费名义报销。最终,中信联合汽车公司总经理、副总经理分别受到党内警告、党内严重警告处分,中信汽车公司副总经理被诫勉谈话,其他参加宴请人员被责令退还餐费,并进行了批评教育。
因为人均100元的公款宴请处理三位公司老总,这在中信历史上从没有过,在全系统引起了强烈反响。与此同时,集团党委向社会公开通报了一批违纪违规问题,给予17名党员领导干部党纪政纪处分,对20名相关责任人进行诫勉谈话、组织处理和经济处罚,更在集团上下掀起了一场“强震”。大家都说:“巡视组是来真的!”原来,这些都是根据中央巡视组移交的问题线索调查核实后的处理结果。
坚持即知即改、立行立改、全面整改,中信集团党委把巡视整改工作贯穿于巡视监督的全过程,在“件件有着落”上集中发力。集团党委书记、董事长常振明主持召开集团党委会,从全系统抽调熟悉纪检监察、巡视、组织人事等监督管理工作的领导人员和业务骨干,成立10个问题线索调查组,由集团纪委牵头查处中央巡视组移交的问题线索。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("disciplined_people", 17)]}),
    # https://office.dlut.edu.cn/info/1062/5718.htm (a university office's page: its committee's inspection leading group
    # meets: it studies the speeches at the national conference that mobilised the 19th central ninth round and discusses
    # the university's own internal 巡视 in general; the central round is another body's (the text's meeting only studies
    # its mobilisation speeches), so no term and no round (as r34 reads a conveyed or rectified inspection of another body);
    # no internal round, body, group or day of a visit is named: unit "", units [] and the rest absence checks; 9月27日 is
    # the meeting's day; 三点要求 are the secretary's requirements, no problems: problems 0)
    ("dlut_inspection_leading_group_fifteenth_meeting_central_ninth_round_studied", "https://office.dlut.edu.cn/info/1062/5718.htm", "news", """9月27日下午,党委巡视工作领导小组第十五次工作会议在主楼中心会议室召开。校党委书记、党委巡视工作领导小组组长项昌乐主持会议并讲话。校党委副书记、党委巡视工作领导小组副组长宋丹,校党委副书记、纪委书记、党委巡视工作领导小组副组长吴松全以及党委巡视工作领导小组全体成员参加会议。
会上,党委巡视工作领导小组认真学习了赵乐际和杨晓渡同志在全国巡视工作会议暨十九届中央第九轮巡视动员部署会上的讲话,学习了《关于加强巡视整改和成果运用的意见》和王鸿津同志关于中央单位制定巡视工作规划的专题辅导讲话提纲。
项昌乐强调,学校党委高度重视校内巡视工作,始终将其作为坚持和加强党对高校的全面领导,全面加强党的建设,履行全面从严治党主体责任的重要抓手,……
项昌乐对做好校内巡视及整改工作提出三点要求。一是要坚持政治巡视定位,聚焦事业发展开展校内巡视工作。……二是要做到“有形覆盖”和“有效覆盖”相统一,创新工作方式方法开展校内巡视工作。……三是要狠抓整改成效,切实做好校内巡视“后半篇文章”。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # https://fzgh.ynau.edu.cn/info/1021/1334.htm (a university planning office's page: the university's eighth committee
    # completes its second round's feedbacks: term 8 and round 2 (八届党委第二轮, the committee that runs it, as r34 reads
    # 二届党委第四轮); the six bodies are counted, not named (6个被巡察单位): units []; no numbered group; 9月11-15日 is the
    # feedbacks' span without a year and the page gives none (本站消息, no dated line): no feedback day; the findings are four
    # clauses of 有的… over six bodies, so problems are left unscored (as r33 leaves Zhejiang Normal's clauses); no figures)
    ("ynau_eighth_term_second_round_feedback_six_bodies", "https://fzgh.ynau.edu.cn/info/1021/1334.htm", "rounds", """发展规划办公室
学校官网

学校动态

学校八届党委第二轮巡察反馈工作完成

本站消息 9月11-15日,根据学校党委统一部署,学校完成了八届党委第二轮巡察反馈。巡察工作领导小组成员、巡察组全体成员,分管(联系)被巡察单位的校领导、6个被巡察单位全体教职工分别参加了反馈会。

从本轮巡察情况看,6个被巡察单位坚持以习近平新时代中国特色社会主义思想为指导,……不断提升办学质量和水平。

巡察也发现存在一些问题:有的被巡察单位贯彻落实党中央决策部署和省委、学校党委工作要求不深入、不扎实,立足实际推动学校高质量发展有短板;有的“三重一大”决策制度执行不严;有的干部队伍建设存在薄弱环节;有的整改责任压得不实,巡视巡察、审计等各类监督发现问题真改实改未见底。

学校党委巡察工作领导小组强调,巡察是政治巡察,整改是政治任务,整改不力是失职,不抓整改是渎职。……
""", {"unit": "", "units": [], "group": None, "term": 8, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://jjw.sxufe.edu.cn/info/1066/3234.htm (a university discipline office's page: the inspection leading group's
    # fourth meeting studies the committee's third round and the year's supervision priorities: round 3 (校党委第三轮巡察,
    # the round the meeting prepares; 前两轮 are past rounds); no term; no body, group or visit day is named: unit "",
    # units []; 4月6日 is the meeting's day; 2023年 is the priorities' year, no date; 一是…四是 are the priorities, no
    # problems: problems 0; 19个方面 and 20项重点工作 are counted aspects and tasks, no figures)
    ("sxufe_inspection_leading_group_fourth_meeting_third_round", "https://jjw.sxufe.edu.cn/info/1066/3234.htm", "rounds", """4月6日上午,校党委巡察工作领导小组在修德楼15层1号会议室召开第四次会议。受党委书记丁耀武同志委托,党委副书记、巡察工作领导小组副组长王卫平同志主持会议,巡察工作领导小组副组长卢平同志、副组长沈沛龙同志及其他成员出席了会议。
会议研究了校党委第三轮巡察工作等有关事项,并指出了2023年巡察监督的重点:一是监督检查学习贯彻落实党的二十大精神情况;二是围绕“三个聚焦”19个方面开展监督,并与校党委全年政治监督重点有机结合;三是监督检查全面建设清廉学校的工作落实情况;四是监督检查学校20项重点工作推进情况。
会议强调,开展巡察监督是校党委贯彻落实党中央及省委关于巡视巡察工作决策部署的重要举措。在前两轮巡察的基础上继续开展第三轮巡察,彰显了校党委全面从严治党的决心和意志,也是推进政治监督具体化、精准化、常态化的有力举措。
……(巡察办供稿)
""", {"unit": "", "units": [], "group": None, "term": None, "round": 3, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://pepris.sinopec.com/pepris/news/com_news/20250822/news_20250822_302418336805.shtml (an oil group's research
    # institute's site: two institutes confer on the group's pilot joint inspection of its research branch: round-level,
    # unit ""; the four basic-level bodies the two joint groups are to inspect are the round's units, as written (对石科院第二
    # 研究室、信息中心…, 对石勘院海外勘探所、重点项目支持中心…); two numbered joint groups (第一联合巡察组, 第二联合巡察组) each
    # visit two bodies, so no one group of the round is scored (left unscored); no 轮 is named: no term, no round; 近日 gives
    # no day; 每组9人 and 5家单位 are no figures)
    ("sinopec_research_institutes_joint_inspection_pilot_four_branches", "http://pepris.sinopec.com/pepris/news/com_news/20250822/news_20250822_302418336805.shtml", "rounds", """近日,石油化工科学研究院党委副书记、纪委书记、工会主席田树新一行6人来石勘院交流商讨集团公司科研板块联合巡察试点工作,石勘院党委副书记、纪委书记、工会主席王蔚出席交流商讨会。
会上,石勘院党委巡察办公室汇报了集团公司科研板块联合巡察工作方案,重点就联合巡察监督重点内容、联合巡察组的组建与授权、工作进度安排等作了说明。
为破解“熟人社会”监督难和科研板块监督力量不足等问题,集团公司探索开展科研板块联合巡察试点工作,参加单位包括石油勘探开发研究院、石油化工科学研究院、大连石油化工研究院、北京化工研究院和上海石油化工研究院(以下简称石勘院、石科院、大连院、北化院和上海院)等5家单位。……
本次科研板块联合巡察试点工作将组建两个联合巡察组,每组9人。第一联合巡察组组长由石勘院党委派出,副组长、组员分别由5家参加单位选派,对石科院第二研究室、信息中心等2个基层党组织开展常规巡察;第二联合巡察组组长由石科院党委派出,副组长、组员分别由5家参加单位选派,对石勘院海外勘探所、重点项目支持中心等2个基层党组织开展常规巡察。
……
""", {"unit": "", "units": ["石科院第二研究室", "信息中心", "石勘院海外勘探所", "重点项目支持中心"], "term": None,
      "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- audit ----------------------------------------------------------------------------------------------------------
    # search corpus pages (no URL returned) (traditional script with a converter's doubled characters: a nonferrous metals
    # group's statement on the national audit office's results for its 2015 accounts and its rectification: an audit text,
    # no party inspection, so it expects nothing (as r34c reads its audit texts); 6月23日 is the audit results' publication;
    # 6家二級單位 are counted audited bodies, no units and no figure; the problems are told as kinds, none listed: problems 0)
    ("china_nonferrous_group_2015_audit_results_rectification_trad", "search corpus pages (no URL returned)", "audit", """國(guó)家審計(jì)署6月23日發(fā)布了對(duì)中國(guó)有色集團(tuán)2015年度財(cái)務(wù)收支情況的審計(jì)結(jié)果,重點(diǎn)審計(jì)了中國(guó)有色集團(tuán)總部及所屬大冶有色金屬集團(tuán)控股有限公司、中色奧博特銅鋁業(yè)有限公司等6家二級(jí)單位,并對(duì)有關(guān)事項(xiàng)進(jìn)行了延伸和追溯。
……
審計(jì)期間,中國(guó)有色集團(tuán)積極配合國(guó)家審計(jì)署開(kāi)展工作。針對(duì)審計(jì)中發(fā)現(xiàn)的問(wèn)題,做到高度重視,對(duì)所有問(wèn)題責(zé)成有關(guān)部門(mén)、單位逐一進(jìn)行認(rèn)真整改落實(shí)。經(jīng)過(guò)“邊審邊改”、“即審即改”和“持續(xù)整改”,目前有關(guān)問(wèn)題已全部進(jìn)行了整改。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://m.1u38hk.cn/2020-07/15/content_7994764.htm (traditional script on an unrelated domain, copied from a province's
    # discipline site (r29b holds another page of the same mirror, another round): a provincial media group's progress
    # report: the unit as the visit names it (對長城新媒體集團有限公司黨委開展了常規巡視 -> 长城新媒体集团有限公司党委, written
    # simplified; a progress report keeps the visit's body, settled 5's note); the group (省委第一巡视组); the visit's span
    # told in full (2019年4月18日至6月18日); 8月1日 has no year and takes the visit's, being after its end (settled 1):
    # 2019-08-01; 發布時間:2020-07-15 is publication; 2019年8月14日, 8月24日 and 8月31日 are the committee's meetings; no term,
    # no round; 4次黨委會 are no figure; the report's problems are cut, so problems are left unscored)
    ("great_wall_new_media_group_provincial_first_group_progress_trad", "http://m.1u38hk.cn/2020-07/15/content_7994764.htm", "noisy", """
來源:河北省紀委監委網站發布時間:2020-07-15 09:04:29
根據省委巡視工作統一部署,2019年4月18日至6月18日,省委第一巡視組對長城新媒體集團有限公司黨委開展了常規巡視。8月1日,省委巡視組向長城新媒體集團有限公司黨委反饋了巡視意見。根據《中國共產黨巡視工作條例》相關規定,現將巡視整改進展情況予以公布。
一、提高政治站位,強化責任擔當,把整改落實作為一項重要政治任務來抓
長城新媒體集團黨委把巡視整改作為學習貫徹習近平新時代中國特色社會主義思想和黨的十九大精神的一次重大政治檢驗,……
(一)提高思想認識,強化組織領導
省委巡視組反饋意見后,集團黨委高度重視,結合“不忘初心、牢記使命”主題教育,把思想和行動迅速統一到省委巡視整改要求上來,堅決抓好落實。先后召開4次黨委會對整改落實工作進行研究和調度。2019年8月14日,黨委會通過《中共長城新媒體集團有限公司委員會關于省委巡視反饋意見整改落實的實施方案》,并下發實施。8月24日,召開集團全體黨員大會,通報主題教育開展和巡視整改情況。8月31日,集團黨委班子召開“不忘初心、牢記使命”主題教育和巡視整改民主生活會,……
""", {"unit": "长城新媒体集团有限公司党委", "units": [], "group": "省委第一巡视组", "term": None, "round": None,
      "start": date(2019, 4, 18), "end": date(2019, 6, 18), "feedback_date": date(2019, 8, 1), "figures": []}),
    # https://www.y9x6p5i.xyz/suda_news/sdyw/202506/daad244b-4fb5-4e28-88b4-b3f195f56eb4.html (traditional script with a
    # converter's doubled characters on a mirror of a university's news site: the committee's inspection leading group
    # hears its fifth round's reports: round 5 (第五輪巡察, the university's own round, reported on); the 20th central fourth
    # round is conveyed (聽取二十屆中央第四輪巡視情況匯報時的重要講話精神), another body's round heard, so no term and it is no
    # round of the text (settled 14's reading of a round heard); 7個巡察組 are counted, no group; the bodies are not named:
    # unit "", units []; 6月4日 is the meeting's day; the groups' 突出問題 are not listed: problems 0; no figures)
    ("suda_inspection_leading_group_eleventh_meeting_fifth_round_reports_trad", "https://www.y9x6p5i.xyz/suda_news/sdyw/202506/daad244b-4fb5-4e28-88b4-b3f195f56eb4.html", "noisy", """6月4日,校黨委巡察工作領(lǐng)導(dǎo)小組在紅樓會(huì)議中心召開第十一次會(huì)議。校黨委巡察工作領(lǐng)導(dǎo)小組成員出席會(huì)議,各巡察組組長、副組長,巡察辦公室工作人員參加會(huì)議。會(huì)議由校黨委副書記、領(lǐng)導(dǎo)小組副組長鄧敏主持。
會(huì)議學(xué)習(xí)傳達(dá)了習(xí)近平總書記聽取二十屆中央第四輪巡視情況匯報(bào)時(shí)的重要講話精神和全國巡視工作會(huì)議精神,巡察辦公室匯報(bào)了第五輪巡察工作總體進(jìn)展情況,7個(gè)巡察組分別匯報(bào)了巡察中發(fā)現(xiàn)的突出問題。會(huì)議審議并原則同意各巡察組提交的巡察報(bào)告。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 5, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://buttertoastboutique.com/info/1157/2283.html (a college's page with its name spun to a betting brand (太阳成集团)
    # on an unrelated domain: the university's first group's mobilisation at the college: the group in the university
    # notation (校党委第一巡察组 -> 党委第一巡察组, as r33 writes a university's groups); the college's committee is spun
    # (太阳成集团党委), so the unit is left unscored (as r33 reads the casino copy's 公司党委); no round or term; 11月3日 is the
    # mobilisation's day, no start (settled 10); no feedback; no figures)
    ("spun_college_university_first_group_mobilisation_betting_name", "http://buttertoastboutique.com/info/1157/2283.html", "noisy", """根据学校党委统一部署,11月3日下午,校党委第一巡察组巡察太阳成集团党委工作动员会召开。巡察组组长张书义同志作动员讲话,太阳成集团党委书记乔东华作党委工作报告和表态发言。太阳成集团领导班子成员、教师代表参加了会议。
张书义在动员讲话中介绍了此次巡察工作的重点任务、总体安排、工作方式和有关要求。……
太阳成集团党委书记乔东华代表院党委作表态发言,他表示,这次学校第一巡察组来学院进行巡察,是对我们各项工作的“全面检阅”,……
(撰稿:储旭 摄影:王欣欣 审核:乔东华)
""", {"units": [], "group": "党委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.handmsg.com/page/2022/0713/10559783.shtml (traditional script on a paper mirror: a university discipline
    # officer's journal article on mechanisms for rectifying universities' internal inspections: no inspection of any
    # body is told, so it expects nothing: unit "", units [], no group, term, round or dates; 七項機制 are counted
    # mechanisms, (2022)06-0030-04 a journal number and 102200 a postcode: no figures; no problems)
    ("university_inspection_rectification_mechanisms_paper_trad", "http://www.handmsg.com/page/2022/0713/10559783.shtml", "noisy", """摘要:高校開展內部巡察是壓實“兩個責任”、推動全面從嚴治黨向基層延伸的重要保證,也是促進學校各項事業持續健康快速發展的重要抓手。高校加強巡察整改落實、完善巡察整改促進機制,既是全面貫徹落實巡視工作方針和政治巡察監督要求的題中應有之義,也是推動全面從嚴治黨向縱深發展的必然要求。文章認為,建立“壓實巡察整改主體責任”“巡察整改指導審核”“巡察整改日常監督”“巡察協同整改”“巡察整改評估”“巡察整改情況公開和通報”“巡察整改成果運用和責任追究”七項機制,有助于高質量推進巡察整改工作,促使高校巡察提質增效。
關鍵詞:高校巡察;巡察整改;巡視;機制
作者簡介:張書穎,中國石油大學(北京)紀委監督檢查室主任(北京102200)。
中圖分類號:D262.6;G647文獻標識碼:A文章編號:2095-5103(2022)06-0030-04
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- in SHARES_TEMPLATE ---------------------------------------------------------------------------------------------
    # https://hzlz.hangzhou.com.cn/articles/7853.html (SHARES_TEMPLATE: a city's clean-government site reposting the
    # central discipline site: a province's 2016 first round deployed over sixteen universities, whose second batch r10's
    # zhejiang_universities_trad holds: round-level, unit ""; the sixteen committees as written; round 1 with no term
    # (2016年省委第一轮巡视, a year's round, as r26c reads 2016年省委第一轮巡视); no numbered group; 发布时间:2016-03-12 is
    # publication and 近日 gives no day: no start; no feedback; no figures)
    ("zhejiang_2016_provincial_first_round_sixteen_universities_special", "https://hzlz.hangzhou.com.cn/articles/7853.html", "rounds", """浙江:今年第一轮专项巡视中国美术学院等16家高校
来源:中央纪委监察部网站
发布时间:2016-03-12 10:17:02
近日,浙江省委2016年巡视工作动员部署会在杭州召开。省委常委、省纪委书记、省委巡视工作领导小组组长任泽民出席会议并作动员讲话。省委常委、省委组织部部长、省委巡视工作领导小组副组长廖国勋宣布了今年省委第一轮专项巡视人员安排及任务分工。
……
经批准,2016年省委第一轮巡视将对中国美术学院党委、浙江工业大学党委、浙江理工大学党委、浙江工商大学党委、中国计量学院党委、浙江海洋学院党委、浙江财经大学党委、浙江科技学院党委、嘉兴学院党委、浙江水利水电学院党委、温州大学党委、绍兴文理学院党委、湖州师范学院党委、台州学院党委、丽水学院党委、衢州学院党委进行专项巡视。(浙江省纪委)
""", {"unit": "", "units": ["中国美术学院党委", "浙江工业大学党委", "浙江理工大学党委", "浙江工商大学党委", "中国计量学院党委",
                          "浙江海洋学院党委", "浙江财经大学党委", "浙江科技学院党委", "嘉兴学院党委", "浙江水利水电学院党委",
                          "温州大学党委", "绍兴文理学院党委", "湖州师范学院党委", "台州学院党委", "丽水学院党委", "衢州学院党委"],
      "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://econ.taiwan.cn/ec_dalu/201410/t20141030_7830308.htm (SHARES_TEMPLATE: a Taiwan portal's mainland economy
    # channel: a central group's special feedback to a car group, 2014, the visit whose entry r17's
    # central_2014_second_round_entered lists: the unit as the feedback names it in full (向中国第一汽车集团公司(以下简称一汽)
    # 反馈 -> 中国第一汽车集团公司, settled 5; the bracketed abbreviation note is no second name); the group as named; the
    # visit's span told in full (2014年7月29日至8月29日); 10月29日 has no year and takes the visit's, being after its end
    # (settled 1): 2014-10-29; no term, no round; the findings are one sentence of five clauses (主要是:…), so problems are
    # left unscored; the clues handed over are not counted: no figure)
    ("faw_central_thirteenth_group_special_feedback_2014", "http://econ.taiwan.cn/ec_dalu/201410/t20141030_7830308.htm", "news", """昨日,据中央纪委监察部网站消息,10月29日,中央第十三巡视组向中国第一汽车集团公司(以下简称一汽)反馈专项巡视情况。
中央第十三巡视组组长朱保成指出,巡视过程中,干部群众反映了一些问题,主要是:党风廉政建设责任落实不够到位,执行“三重一大”制度不力,顶风违纪问题时有发生,对2011年巡视发现问题整改不力,汽车销售、资源配置领域腐败问题多发。
同时,巡视组还收到反映一些领导人员的问题线索,已按有关规定转中央纪委、中央组织部及有关部门处理。
根据中央统一部署,2014年7月29日至8月29日,中央第十三巡视组对一汽开展了专项巡视。
……
[责任编辑: 宿静]
""", {"unit": "中国第一汽车集团公司", "units": [], "group": "中央第十三巡视组", "term": None, "round": None,
      "start": date(2014, 7, 29), "end": date(2014, 8, 29), "feedback_date": date(2014, 10, 29), "figures": []}),
    # http://music-haotian.com/xwzx/PoliticsNews/201708/t20170831_11837396.htm (SHARES_TEMPLATE: traditional script with a
    # converter's doubled characters on a mirror of a Taiwan portal: a news agency's roundup of the 18th central twelfth
    # round's university rectification lists; r23 holds the same agency's roundup of the same round's feedbacks: term 18
    # and round 12 (十八屆中央第十二輪巡視); round-level, unit ""; 29所 and 31所中管高校 are counted; the two universities
    # named with their own figures (清華大學, 武漢大學) are examples, so units and figures are left unscored (a round-level
    # text with two bodies' measures); 今年2月 is a month alone, no start (as r23 reads it); 8月25日 and 8月20日 are the
    # publication's and a cut-off's days, no feedback)
    ("central_twelfth_round_universities_rectification_lists_roundup_trad", "http://music-haotian.com/xwzx/PoliticsNews/201708/t20170831_11837396.htm", "noisy", """中管高校曬巡視整改清單:清理校企 規(guī)范科研經(jīng)費

2017年08月31日 08:19:28  來源:中國新聞網(wǎng)
字號:    

  中新網(wǎng)北京8月31日電(湯琪)連日來,中紀(jì)委網(wǎng)站密集公布了十八屆中央第十二輪巡視中29所中管高校的巡視整改情況。針對校辦“僵尸”企業(yè)、科研經(jīng)費存“貓膩”等問題,各高校給予了重點關(guān)注和整改,一些高校還加強(qiáng)追責(zé)問責(zé),對相關(guān)違紀(jì)人員給予黨紀(jì)處分。
……
  在今年2月開始的本輪巡視中,中央巡視組進(jìn)駐29所中管高校的消息備受社會關(guān)注。由于中國人民大學(xué)和復(fù)旦大學(xué)在此前已被中央巡視組巡視,因此,本輪巡視實(shí)現(xiàn)了十八大后中央巡視對31所中管高校的全覆蓋。

  自8月25日起,中紀(jì)委網(wǎng)站陸續(xù)公布了本輪巡視中29所中管高校的巡視整改情況。……

  例如,清華大學(xué)介紹,該校形成了包括3大方面、10大重點任務(wù)的整改方案,并細(xì)化為包括31個專項、150條整改措施的整改清單。截至目前,128項整改措施已如期完成,其余按計劃需要繼續(xù)整改和長期整改的22項正在全力推進(jìn)。

  武漢大學(xué)則制定了139項整改措施,截至8月20日,共計完成整改措施119項,占全部整改措施的85.6%,其余20項正按照計劃推進(jìn),將于年內(nèi)完成。
……
""", {"unit": "", "group": None, "term": 18, "round": 12, "start": None, "end": None, "feedback_date": None}),
]
