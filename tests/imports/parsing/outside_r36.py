"""Outside texts of batch r36 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r6-r35 and the c/new files) and test_outside_documents.py, with and without www./m./mip./wap. and its
query string (host and distinctive path part grepped apart), and two or three distinctive names or phrases of each text
(its people, its bodies, its wording) were grepped in them, in simplified and traditional script. Fields were written
down by reading only: the importer was not run, no test or bench that runs it was run (bench/outside_overlap.py, which
loads the cases without running the importer, is the only bench run), and the collector read neither imports/ nor the
parser's tests nor variants.py nor the seeds (only the outside_*.py data files, outside_set.py's docstring, Case,
extract and score, bench/outside_overlap.py, test_outside_documents.py grepped for duplicates, and the brief); the
integrator runs them once, and that run is the honest figure for unseen texts. Scratch work stayed under
/tmp/outside_r36_scratch/.

13 texts, 12 measured and 1 in SHARES_TEMPLATE, from 76 "pages" look-ups (no other verb of the search tool was used).
Of the 12 measured, 9 state an inspection's fields and 3 expect nothing (under the quarter the brief allows); the
brief's 12 measured are reached only with those 3, as the corpus gave no more new texts of this share.

Overlap check. `bench/outside_overlap.py tests/imports/parsing/outside_r36.py` (it loads the cases without running the
importer; 13 texts against 2075 earlier) finds no shared address, 272 pairs sharing more than 3 shingles and 10 of them
more than 3 beyond its formulas; the longest shared run is 42 characters, the progress-report formula
日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。一、 (the Putian group's report with r10's
putian_justice_progress, r17's putian_natural_resources_progress, r13's district political-legal report and r14's
county housing report). The ten: the Putian group's report with
r10's putian_court_progress (根据市委巡察工作的统一部署,2020年6月1日至8月31日,: the same city round of 2020, whose court visit
r10 holds; here another body, another group (市委巡察五组, the court's was 巡察一组), another feedback day and another
portal, so the text is measured, see below) and with r11's tengzhou union feedback (the guiding-thought formula); the
district's extension inspections with r8's mengyin health text (the six-建设 formula 政治建设、思想建设…夺取反腐败斗争压倒);
the open university's feedback with r33c's bishan feedback (了巡视。巡视组坚持以习近平…为指导, a formula); in
SHARES_TEMPLATE, the 2017 commentary with r14's central_twelfth_round_mobile_commentary (their shared opening
日,中央纪委监察部网站发布十八届中央第十二轮巡视, the same round's feedbacks); and five pairs of converter noise (the municipal
university's traditional mobilisation with r34's grinm, r34c's donghu and r35c's qinghai texts, (lǐng)導(dǎo) and
結(jié)合起來(lái); the journal article with r22's pinyin mobilisation, 權(quán)力運(yùn)行; the state-enterprise essay with r7's
district_education, 領(lǐng)導(dǎo)). The rest share
formulas only (习近平新时代中国特色社会主义思想, 按照党务公开原则和巡察工作有关要求, 巡视也发现了一些问题,主要是:). The tool counts
three texts as sharing more than its formulas with the seeds (the district's extension inspections, the Xiamen
follow-up and the open university's feedback); the collector may not open the seeds, so the shared wording is not known
to the collector; their wording beyond the stock formulas is official (中央纪委国家监委网站, the six-建设 formula,
坚持以习近平…为指导,全面贯彻巡视工作方针, http://www.CRNTT.com), and none is likely a seed's document (a county discipline
portal's repost, a Hong Kong portal's repost and a university inspection office's repost), but the integrator may check.
The other collectors' files of this pass (outside_r36b.py, 15 texts; outside_r36c.py, 15; outside_r36d.py, 14, all
present at the end) were grepped for this file's addresses and hosts and its bodies and people (bjsjw, 86916, crntt
106313570, baogaosu 31800848, cugb, szsors, memoryade, sciencenet, ptxczx, zzuli, hgsyj, hebebuy, zgkjsz, shangyoutai,
富阳, 厦门, 广日, 北京开放大学, 李正斌, 高开明, 陈汝民, 地矿集团, 振兴乡村, 五届党委第三轮, 二屆黨委第一輪, 李向东/宮箭, 巴图吉日嘎拉,
澳门新葡, 白躍華, 第十二轮): outside_r36c.py holds another baogaosu page (tianjin, a 2015 central round) and holds
https://yzblive.com/news/b5/2015/02/28/569766.html… (the 2015 central first round's three entries, in its
SHARES_TEMPLATE for r25), which this collector had also taken into SHARES_TEMPLATE; it is a central round, collector C's
kind of text, so this file dropped its copy, and holds none of it. Compared by a scratch script with the tool's
12-character shingles, no text of theirs shares more than formulas or converter noise with this file's (ten pairs over
3 shingles: the open university's feedback and the Putian report with r36c's henan chronicle and minhang progress and
r36d's dingxinwen look-back and guangshan deployment (习近平新时代中国特色社会主义思想为指导), and the municipal university's
mobilisation with r36b's liangyuan text and r36c's luo liping interview ((lǐng)導(dǎo)小組, converter noise)).

Sources. 13 texts from the search tool's "pages" corpus, all with their address returned. The corpus is close to
exhausted for this share: of some 600 results the 76 queries returned (about 330 distinct addresses), some 170 were in
this share and all but about fifteen of those were earlier batches' (every hit for enterprise groups' internal rounds,
entries and feedbacks (中冶成勘 in pinyin, 中国电气装备, 国机重工, 中铁五局, 中交二航局, 中交集团, 中国铜业, 安徽交控, 安徽路港,
相城交投, 武汉交投, 武投控, 珠海联港, 成都空港, 遵义民航, 深圳机场, 江苏农垦, 云南农垦, 内蒙古交通, 省海港, 水发集团, 鲁西集团,
淮海实业, 芜湖建投, 深圳市建投, 广州公交, 徐州公交, 城投公司, 南京国资), central enterprises' central, SASAC and internal rounds
(2012-2015 entries and lists, 航天科技, 南航, 国家电网's term summary), CAS and university institutes' feedbacks,
university internal rounds, feedbacks and leading-group meetings in simplified, traditional and spun copies (南信大,
江苏科技大学, 盐城工学院, 湖北大学, 华东师大, 武汉大学, 山东理工, 浙江师大, 北京交大, 北语, 矿大, 石油大学, 西安科技大学,
中央音乐学院, 徐州医科大学, 湖北科技学院, 华中师大, 郑州轻工业大学's library), vocational colleges and technician
colleges, hospitals' city visits, feedbacks and progress reports, centres for disease control, secondary schools,
media groups and county media centres, museums, the state and provincial audit reports and the 2012 and 2015 central
enterprise audit statements). Queries went by kind of body (water, tobacco, grain,
forestry, geology, design institutes, ports, airports, power supply, culture and tourism, bus, publishing, insurance,
banks, rural credit unions, housing funds, open universities, museums, reservoirs, township health centres, hospitals of
Chinese medicine, university logistics groups and affiliated hospitals), by kind of text (反馈会, 动员会, 进驻, 整改进展情况的通报,
专题民主生活会, 延伸巡察, 交叉巡察, 提级巡察, 巡察全覆盖 with figures, audit rectification), by year (2009-2012, 2015-2018 and 2026),
by place (东西湖, 自治区 universities, 北京) and in traditional script, with a converter's doubled characters, in pinyin and
with betting words. Taken (new): a district's extension inspections of state-enterprise subsidiaries with their totals,
a city discipline commission's follow-up of its state enterprises' unfinished rectification, a city's 2015 plan to
inspect all its state enterprises, a municipal group's feedback to an open university (2020), a provincial group's
feedback to a school (2009), a geology and mining group's chairman's visits (expects nothing), a city rural-revitalisation
group's progress report, a university's fifth-committee third round entering six bodies, a municipal university's
traditional mobilisation of its second committee's first round, a spun college's ideology check rectifying a regional
group's feedback, a traditional journal article and a traditional essay (both expect nothing), and, in SHARES_TEMPLATE, a
2017 commentary on the central twelfth round's first university feedbacks. Left out: the yzblive copy of the 2015
central first round's entries (collector C holds it, see above), a county museum's missing pieces found by a county
group inspecting the culture bureau (fjlcnews 44383: a department's inspection, collector B's kind), city SASAC
committees' progress reports (llqcyx, gqhgyjy: government departments), a Jinan supervision story (reportify.ai: a
discipline commission's resident supervision, no 巡察), an enterprise's 大整风 life meeting and a commerce group's annual
life meeting (bsfxy, xin-pu: no inspection), the 2015 central first round's enterprise corruption story (news.hsw.cn:
the same round as r6's and r25's, a list cut by 等), and more journal articles and essays on university inspection
(fx361 15258273, victorzhang, jizihe 9201445, menzheng) beyond the quarter the brief allows.

Families and counts (13 texts, 1 in SHARES_TEMPLATE, 12 measured). news 7, six measured:
fuyang_soe_subsidiaries_extension_inspections_three_rounds_figures (unit "", seven figures),
xiamen_soe_inspection_rectification_fifty_two_unfinished (in_progress 52, completed 47),
guangzhou_2015_thirty_one_soes_inspection_full_coverage (absence checks; figures unscored),
beijing_open_university_municipal_fifth_group_feedback_2020 (unit, group, span 2019-11-20 to 2020-01-17, feedback
2020-05-07), provincial_first_group_school_feedback_2009 (group, span 2009-09-14 to 2009-10-30, feedback 2009-12-02; unit
unscored), geology_mining_group_chairman_field_visit_rectification_mentioned (expects nothing); one in SHARES_TEMPLATE:
central_twelfth_round_fourteen_universities_feedback_commentary_2017 (term 18, round 12). progress 1, measured:
putian_rural_revitalization_group_city_fifth_group_progress_2020 (unit, group, span 2020-06-01 to 2020-08-31, feedback
2020-10-17, problems 67). rounds 1, measured: zzuli_fifth_term_third_round_six_branches_entered (term 5, round 3, six
units). noisy 4, all measured: municipal_university_second_term_first_round_seven_offices_trad (traditional with doubled
characters: term 2, round 1, seven units), spun_college_regional_fourth_group_rectification_ideology_check (a betting
brand spun into a college's name: group 自治区党委第四巡视组), university_internal_inspection_system_paper_trad and
soe_internal_inspection_essay_trad (traditional with doubled characters: expect nothing). Texts expecting nothing: 3 of
13 (the chairman's visits, the article and the essay), under the quarter the brief allows.

Fields read (a unit of "" for a round-level text or a text with no inspection counts, each unit of a list and each
figure counts) and absence checks (None, [] for units or figures, and problems 0), by the collector's count: outside
SHARES_TEMPLATE 50 fields and 77 absence checks (news 22 and 36, progress 6 and 3, rounds 9 and 6, noisy 13 and 32); in
SHARES_TEMPLATE 3 fields and 5 checks. Figures read: 10 (the district's problems 656, completed 373, clues_transferred
48, cases_filed 4, organizational_handling 10, rules_established 136, funds_recovered 256.8; Xiamen's in_progress 52 and
completed 47; the Putian group's problems 67); none elsewhere (3轮20家, 11家, 31家 and 5家 enterprises, 4个临时督查组,
15个教学院系, 21个职能部门, 民主生活会1次, 会议12次, 6个二级单位, 7个单位 are counts of bodies or meetings, no figures).

Reading conventions (outside_set.py's settled conventions 1-16 followed exactly, and the written conventions of
outside_r24.py's docstring and the earlier files of this share, r29-r35): a feedback naming its body in full has that
name as its unit (settled 5: 向北京开放大学党委反馈巡视情况 -> 北京开放大学党委), and a progress report keeps the visit's body
(对市振兴乡村集团有限公司开展了巡察 -> 市振兴乡村集团有限公司; the parent it was merged into, 市国投集团, is no unit); a school
written only 我校 (and a spun college) leaves the unit unscored (as r35 reads its spun college); groups are written as
named (市委第五巡视组, 省委第一巡视组, 市委巡察五组, 自治区党委第四巡视组), counted or unnumbered groups (党委3个巡察组, 3個黨委巡察組,
两个巡察组, 四个巡察小组, 5个巡察组) give no group; a visit's span and a feedback day told in full are read as told; a mobilisation's
or meeting's day is no start (settled 10: 4月9日、10日, 3月27日, 7月12日), and days without a year give no date; a page's dated
line (日期:2023-01-13, 2022-03-04 10:01:31, 15.04.2015 16:05, 发布日期:2020-05-21, 发布日期:2021-12-21) is publication; a
round named with the committee that runs it is the text's (五届党委第三轮 -> term 5, round 3; 二屆黨委第一輪 -> term 2, round 1);
bodies named in a round's list are its units as written, simplified for traditional texts, a bracketed second name in
full-width brackets (settled 7 and 8: 黨委學(xué)生工作部(學(xué)生工作處) -> 党委学生工作部（学生工作处）); counted bodies are no units;
a count at two levels gives the finer (settled 4: 5个方面15项共67个问题 -> problems 67); 未完成整改N个 is in_progress (settled 3);
立案N人 is cases_filed (as r11 and r25b), 组织处理N人 organizational_handling, 完善制度N项 rules_established, 追回资金N万元
funds_recovered in 万元 (as r33); findings told as clauses of 主要是: or areas in one clause are left unscored as problems (as
r33-r35); a plenary (十九屆四中全會, 二十屆中央紀委四次全會), a congress or a plan's title gives no term and no round; a journal
article, an essay and a chairman's visit that asks for rectification in passing expect nothing (as r34c and r35 read such
texts); expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it. The district's extension inspections (富阳) are read as one round-level story
with the totals as its figures: unit "", units, start and end left unscored (the 2022年7月 round's entry into the
transport group is one round's example and a month: settled 13 could give it July's bounds, but it is no one visit of the
text's totals), and the example company's own rectification figures (4个制度, 谈话提醒4人次, 政务处分1人, 效能问责2人) are cut
(……) so that no figure of one body competes with the totals; 立案4人 is read as cases_filed as r11 and r25b read 立案N人.
The Xiamen follow-up's two counts are read at their two times: 52 problems unfinished at the end of 2021 (in_progress,
settled 3) and 47 of them since completed and closed (completed); a reader could instead take in_progress as 5 now, but the
text states 52. The Guangzhou 2015 story's 2014年…查处国企腐败案件44件 is the city's yearly count of corruption cases, not
the inspection's, so figures are left unscored (neither expected nor an absence check). The 2009 feedback's school is
never named (我校, on a domain named szsors), so its unit is left unscored though its group, span and feedback are read; a
2009 provincial 巡视 of a school predates the 2013 reform but is read like any visit. The Putian group's report is of the
same 2020 city round whose court visit r10 holds (the same span, 2020年6月1日至8月31日, on another portal), but another
body, group and feedback day: read as a measured text, not as the same visit; the integrator may move it into
SHARES_TEMPLATE if the round alone is to count. The spun college's text rectifies a regional group's feedback: the group is
read as named (自治区党委第四巡视组), the college (澳门新葡平台网址8883, 我校) left unscored, and its check's days are no inspection
dates. The municipal university (hgsyj, a domain unrelated to it) is never named; its round is read from 二屆黨委第一輪 and its
seven offices as units. The zzuli round is a page of the same university whose library mobilisations r21 and r26 hold
(other rounds, 2019 and 2024), so it is measured. The geology group's chairman's visits are filed news expecting nothing
(统筹抓好巡视巡察反馈问题整改 tells no inspection). 12 texts outside SHARES_TEMPLATE, 13 in all: within the 13-16 texts the
brief asks for and the 12 measured it asks for at least, 3 of them expecting nothing.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round/visit, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the 18th central twelfth round's first university feedbacks: r23's
    # central_twelfth_round_universities_enterprise_problems_roundup_trad tells the same round's feedbacks, r14's
    # central_twelfth_round_mobile_commentary is another commentary on the same feedbacks (the overlap tool finds their
    # shared opening, 日,中央纪委监察部网站发布十八届中央第十二轮巡视), and r35 holds the round's rectification lists
    "central_twelfth_round_fourteen_universities_feedback_commentary_2017",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R36 = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # https://js.bjsjw.gov.cn/n380/20250305/i86916.html (a county discipline portal reposting the central discipline site:
    # a district's extension inspections of its state enterprises' subsidiaries over two years, told by one company's
    # example and the totals: a round-level story, unit "" (the district's rounds of 20 subsidiaries, counted); the
    # transport group the groups entered in 2022年7月 is an example of one round, so units are left unscored, and the
    # month's entry is left unscored as start and end (a new round begun that month, not one visit's span, settled 13
    # read narrowly); the groups are unnumbered (巡察组, 5个巡察组): no group; 3轮 is a count of rounds: no round, no term;
    # 日期:2023-01-13 is publication, 日前 gives no feedback day; the totals are the figures: 发现问题656个 -> problems 656,
    # 已整改373个 -> completed 373, 移交问题线索48条 -> clues_transferred 48 (settled 6), 立案4人 -> cases_filed 4 (as r11
    # and r25b read 立案N人), 组织处理10人 -> organizational_handling 10, 完善制度136项 -> rules_established 136,
    # 追回资金256.8万元 -> funds_recovered 256.8 (万元, as r33 writes it); the example company's own measures are cut
    # (……), so no figure of one body competes with the totals; one problem is told as an example, so problems are left
    # unscored)
    ("fuyang_soe_subsidiaries_extension_inspections_three_rounds_figures", "https://js.bjsjw.gov.cn/n380/20250305/i86916.html", "news", """杭州富阳:对国企子公司开展延伸巡察
日期:2023-01-13
来源:中央纪委国家监委网站
“针对巡察指出的公共自行车闲置库存量大,采购管理混乱的问题,我们集团内部已经进行了整改,制定了自行车内部管理运营制度,仓库闲置自行车整修后已陆续投入新点位……”日前,在杭州市富阳区国企子公司巡察反馈会上,交通集团向巡察组进行了整改汇报。
2022年7月,富阳区开展了新一轮国企子公司交叉巡察,巡察组进驻区交通集团后发现其下属的交通服务公司公共自行车管理较为粗放,存在国有资产浪费现象。……
为持续巩固深化清廉国企建设成果,不断推动全面从严治党向纵深发展、向基层延伸,根据区委统一部署,自2021年起,富阳计划分三年完成对全区所有国企子公司的延伸巡察。对标上级巡视巡察国企党组织要求,围绕“三个聚焦”监督要点,着力查找党的政治建设、思想建设、组织建设、作风建设、纪律建设和夺取反腐败斗争压倒胜利等方面问题,重点紧盯经营决策、资产处置、资金管理、工程项目、招投标、采购等重点领域存在的群众身边的不正之风和腐败问题。两年来,已完成3轮20家国企子公司延伸巡察,发现问题656个,目前已整改373个,其余问题正在整改中;移交问题线索48条,立案4人,组织处理10人,完善制度136项,追回资金256.8万元。
此外,富阳区创新实施交叉巡察模式,5家国企集团公司各抽调5至7人组成5个巡察组,巡察组成员采取“固定+机动”模式,……
""", {"unit": "", "group": None, "term": None, "round": None, "feedback_date": None,
      "figures": [("problems", 656), ("completed", 373), ("clues_transferred", 48), ("cases_filed", 4),
                  ("organizational_handling", 10), ("rules_established", 136), ("funds_recovered", 256.8)]}),
    # http://bj.crntt.com/doc/241_13572_106313570_1_0304100132.html (a Hong Kong news portal reposting the central
    # discipline site: a city discipline commission follows up the city committee's inspections of its state
    # enterprises: round-level, unit "" and units [] (11家市属国有企业 are counted, not named); no group, term, round or
    # visit day; 2022-03-04 10:01:31 is publication and 截至2021年12月底 a cut-off: no dates; figures: 涉及11家市属国有企业的
    # 52个问题未完成整改 -> in_progress 52 (settled 3: 未完成整改N个), 已对47个完成整改的问题予以销号 -> completed 47 (the
    # problems since completed and closed); the three 方面 name where the problems lie and list none, so problems are
    # left unscored)
    ("xiamen_soe_inspection_rectification_fifty_two_unfinished", "http://bj.crntt.com/doc/241_13572_106313570_1_0304100132.html", "news", """厦门:跟进监督推动巡察整改出实效
http://www.CRNTT.com   2022-03-04 10:01:31
  中评社北京3月4日电/据中央纪委国家监委网站报道,“之前巡察发现的那批闲置资产处置进展如何?是否已全部对外公开招租?”近日,厦门市纪委监委第四纪检监察室工作人员到国有企业走访,向企业分管负责人了解巡察发现问题整改情况。
  去年底,市纪委监委第四纪检监察室在督促市属国有企业对市委巡察发现问题进行整改时发现,截至2021年12月底,巡察反馈的问题中,有涉及11家市属国有企业的52个问题未完成整改,主要集中在经营管理、资产出租和工程建设等三个方面。整改的难点和堵点主要涉及历史遗留问题、多部门协调、诉讼后执行难等方面。
  为此,市纪委监委召开巡察问题整改协调会,明确整改标准,要求加强对企业问题整改情况的跟踪监督,跟进企业落实好后续整改措施,督促市国资委党委落实主体责任。
  “经过对11家市属国企党委报送的整改报告进行审核,并综合市国资委党委的会商意见,目前,我们已对47个完成整改的问题予以销号,其中部分问题需要企业后续持续跟进的,转为企业常态工作。”市纪委监委第四纪检监察室工作人员介绍,企业定期向市国资委党委汇报进展,市国资委党委加强日常监管,市纪委监委驻市国资委纪检监察组加强跟踪监督。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("in_progress", 52), ("completed", 47)]}),
    # http://guangzhou.baogaosu.com/xinwen/%25E5%2585%25A8%25E8%25A6%2586%25E7%259B%2596%25E5%25AE%25B6%25E5%25B8%2582%25E7%25AE%25A1%25E5%259B%25BD%25E6%259C%2589%25E4%25BC%2581%25E4%25B8%259A%25E5%25AE%259E%25E7%258E%25B0%25E5%25B7%25A1%25E5%25AF%259F/31800848
    # (an aggregator's copy of a 2015 story: a city discipline commission plans inspections of all 31 city-managed state
    # enterprises through its resident inspection groups: round-level, unit ""; 31家 and 5家 are counted, and 广日集团
    # is a past case, no unit: units []; 两个巡察组 and 四个巡察小组 are counted: no group; no term or round; 2013年8月 is
    # when the groups were set up and 15.04.2015 16:05 publication: no dates; no problem is listed: problems 0; 2014年…
    # 查处国企腐败案件44件 is the city's count of corruption cases in a year, not the inspection's: a reader could take it
    # for cases_filed, so figures are left unscored)
    ("guangzhou_2015_thirty_one_soes_inspection_full_coverage", "http://guangzhou.baogaosu.com/xinwen/%25E5%2585%25A8%25E8%25A6%2586%25E7%259B%2596%25E5%25AE%25B6%25E5%25B8%2582%25E7%25AE%25A1%25E5%259B%25BD%25E6%259C%2589%25E4%25BC%2581%25E4%25B8%259A%25E5%25AE%259E%25E7%258E%25B0%25E5%25B7%25A1%25E5%25AF%259F/31800848", "news", """广州今年对31家市管国有企业实现巡察“全覆盖”
15.04.2015 16:05
本文来源: 人民检察院
据中央纪委监察部网站消息,今年,广州市纪委监察局将组织对31家市管国有企业进行全面巡察,加上去年已经巡察的5家市管国有企业,将实现对市管国有企业巡察“全覆盖”。
近年来,广州市纪委监察局聚焦主业,强化监督执纪问责,进一步加强了国有企业党风廉政建设和反腐败工作。据统计,2014年广州市共查处国企腐败案件44件,同比增加91.3%。2013年8月,为全面加强廉洁国企建设,广州在全国率先设立了两个市属国企派驻巡察组,专门负责市属国有企业的巡察和案件查办工作。一年多以来,两个巡察组积极探索创新,扎实工作,发现了一批违纪违法线索,查办了一些有影响的大案要案,如去年经过巡察发现线索,一举查处了广州广日集团系列腐败窝案,取得了积极成效。
为规范巡察工作,广州市纪委监察局制定实施了《派驻巡察市属国有企业纪检监察组业务工作管理暂行办法》和《派驻巡察组巡察工作基本流程》。广州今年将参照中央巡视组对央企巡视的做法,坚持“三个不固定”:一是首批四个巡察小组的组长不固定;二是巡察小组的成员不固定;三是巡察小组的巡察对象不固定。……
(新闻来源:中国新闻网)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0}),
    # https://xcgzb.cugb.edu.cn/xsxcfk/40504.jhtml (a university's inspection office reposting the municipal inspection
    # office: a municipal group's feedback to an open university: the unit as the feedback names it
    # (向北京开放大学党委反馈巡视情况 -> 北京开放大学党委, settled 5); the group as named (市委第五巡视组); the visit's span told
    # in full (2019年11月20日至2020年1月17日); the feedback's day told in full (2020年5月7日); 发布日期:2020-05-21 is
    # publication; no term, no round; the findings are one sentence of clauses (主要是:…, cut), so problems are left
    # unscored; no figures)
    ("beijing_open_university_municipal_fifth_group_feedback_2020", "https://xcgzb.cugb.edu.cn/xsxcfk/40504.jhtml", "news", """市委第五巡视组向北京开放大学党委反馈巡视情况
作者: 发布日期:2020-05-21 浏览: 69
来源:市委巡视办 | 时间:2020-05-21
  按照市委部署,2020年5月7日,市委第五巡视组向北京开放大学党委反馈巡视情况。市委巡视组组长李正斌向校党委书记杨公鼎传达了蔡奇同志在市委书记专题会议听取巡视情况汇报时的讲话精神,并反馈巡视情况。之后,李正斌代表市委巡视组向校领导班子进行反馈。杨公鼎主持会议并作表态发言。
  2019年11月20日至2020年1月17日,市委第五巡视组对北京开放大学党委开展了巡视。巡视组坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻巡视工作方针,……市委巡视工作领导小组和市委书记专题会议先后听取了巡视情况汇报。市委常委会议听取了巡视综合情况汇报。
  李正斌在反馈时指出,北京开放大学党委贯彻落实全国教育大会和高校思想政治工作会议精神,为首都教育事业做出了贡献。同时,巡视也发现了一些问题,主要是:学校党委贯彻党的教育方针不够全面,推动教育改革不够有力, 对赋予新型开放大学的职责使命认识不深刻,转型发展推进迟缓, 落实服务北京市终身教育和服务首都学习型城市建设任务有差距;党委领导核心作用发挥不充分,对棘手问题处理不果断,合作办学风险隐患突出,……
""", {"unit": "北京开放大学党委", "units": [], "group": "市委第五巡视组", "term": None, "round": None,
      "start": date(2019, 11, 20), "end": date(2020, 1, 17), "feedback_date": date(2020, 5, 7), "figures": []}),
    # http://szsors.com/school-news/2546.html (a school's news page, 2009: a provincial group's feedback on its visit to
    # the school, before the 2013 reform of inspections: the school is written only 我校, so the unit is left unscored;
    # the group as named (省委第一巡视组; 巡视组副组长 is a title); the visit's span told in full (2009年9月14日至10月30日);
    # the feedback meeting's day told in full (2009年12月2日); no term, no round; the findings are areas in one clause
    # (在新校园建设、人事分配制度…等存在的不足与问题), so problems are left unscored; no figures)
    ("provincial_first_group_school_feedback_2009", "http://szsors.com/school-news/2546.html", "news", """2009年12月2日下午,省委巡视我校工作意见反馈会在行政楼423会议室召开。巡视组副组长高开明代表省委第一巡视组作了巡视意见反馈。省委巡视组成员杨剑、张国斌、何国平、佀海平和学校全体校领导,以及相关部门领导出席反馈会。校党委陈汝民书记主持了会议。 按照省委巡视工作部署,省委第一巡视组于2009年9月14日至10月30日对我校开展了巡视。巡视期间,巡视组通过召开各类汇报会、座谈会、与教职工个别谈话、发放测评表和征求意见表、接待群众来信与来访等,以及与市相关主管部门沟通了解情况等形式,对我校各方面工作开展巡视。高开明副组长在反馈中对我校在改革发展各方面事业中所取得的成绩给予了充分肯定,……同时巡视组也就巡视期间教职工反映的我校在新校园建设、人事分配制度、教职工队伍建设、机关作风建设等存在的不足与问题作了反馈,并有针对性地提出了宝贵的意见和建议。 陈书记代表学校党政领导班子成员对省委巡视组的检查、指导和帮助表示感谢,同时也表示,要认真吸取巡视组提出的意见和建议,结合深入学习实践科学发展观活动,认真制定整改方案,落实整改责任,确保整改实效。
(校办)
""", {"units": [], "group": "省委第一巡视组", "term": None, "round": None, "start": date(2009, 9, 14),
      "end": date(2009, 10, 30), "feedback_date": date(2009, 12, 2), "figures": []}),
    # https://memoryade.com/TFLOkVUPjY/information/hhhtdkj47/msg8096239196.html (a geology and mining group's news on an
    # unrelated domain: its chairman's field visits, which ask in passing that inspection feedbacks be rectified: no
    # inspection of any body is told, so it expects nothing: unit "", units [], no group, term, round or dates; no
    # problems; no figures)
    ("geology_mining_group_chairman_field_visit_rectification_mentioned", "https://memoryade.com/TFLOkVUPjY/information/hhhtdkj47/msg8096239196.html", "news", """本网讯 近日,地矿集团党委书记、董事长陈伟赴阿拉善盟、鄂尔多斯市等地,深入地勘企业和项目现场调研指导工作。
在阿拉善额济纳旗,陈伟先后来到地勘三公司、地质矿产勘查公司和矿业开发公司项目驻地,了解自治区地勘基金项目实施情况,听取技术人员汇报,当面了解困难问题,实地查阅项目资料,对一线技术人员进行慰问,并提出指导意见。……
在鄂尔多斯,陈伟来到水勘二公司,与班子成员进行座谈交流,详细听取了各项工作情况汇报,就企业存在的困难问题进行交流探讨,并有针对性的提出指导意见。他强调,要持续巩固主题教育成果,继续抓好整改整治和建章立制工作,统筹抓好巡视巡察反馈问题整改,确保各项问题整改到位。要提前做好年终总结、财务决算等工作,认真谋划明年工作。……
集团党委委员、副总经理刘建勋,集团有关部门单位人员参加调研。(集团办公室 樊自锋)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://paper.sciencenet.cn/htmlnews/2017/6/379660.shtm (SHARES_TEMPLATE: a science news site's commentary on the
    # 18th central twelfth round's first feedbacks to 14 of the 29 central universities: term 18 and round 12
    # (十八届中央第十二轮巡视); round-level, unit ""; 北京大学、清华大学等14所 are examples of a cut list, so units are left
    # unscored; the 2013 first round (人民大学) and 2014 third round (复旦大学) are earlier rounds told in passing; 今年2月底至
    # 3月初 is a span in parts of months: no start, no end (settled 11); 6月16日 is the publication of the feedbacks, no
    # feedback day; no figures)
    ("central_twelfth_round_fourteen_universities_feedback_commentary_2017", "https://paper.sciencenet.cn/htmlnews/2017/6/379660.shtm", "news", """6月16日,中央纪委监察部网站发布十八届中央第十二轮巡视对北京大学、清华大学等14所中管高校党委的专项巡视反馈情况。今年2月底至3月初,中央巡视组进驻29所中管高校,3个多月后,巡视“政治体检”报告开始公布。
……
2013年,十八届中央第一轮巡视,巡视中国人民大学。2014年,十八届中央第三轮巡视,巡视复旦大学。从对两所高校巡视反馈情况来看,高校在管党治党方面的情况并不乐观。……
""", {"unit": "", "group": None, "term": 18, "round": 12, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- progress -------------------------------------------------------------------------------------------------------
    # http://ptxczx.com/ywdt/tzgg/20211221/571500003.shtml (a city rural-revitalisation group's site: its new parent
    # group's progress report on the city committee's inspection of it: the unit as the visit names it
    # (市委巡察五组对市振兴乡村集团有限公司开展了巡察 -> 市振兴乡村集团有限公司; a progress report keeps the visit's body,
    # settled 5's note; 市国投集团 is the parent it was merged into, no unit); the group as named (市委巡察五组); the visit's
    # span told in full (2020年6月1日至8月31日); the feedback's day told in full (2020年10月17日); 2020年8月7日 is the merger
    # notice, no date of the inspection; 发布日期:2021-12-21 is publication; no term, no round; 5个方面15项共67个问题 counts
    # at two levels, the finer is the figure (settled 4): problems 67; 民主生活会1次 and 会议12次 are no figures; the report
    # is cut before its problems, so problems are left unscored)
    ("putian_rural_revitalization_group_city_fifth_group_progress_2020", "http://ptxczx.com/ywdt/tzgg/20211221/571500003.shtml", "progress", """位置:首页 >> 莆田市振兴乡村集团有限公司 >> 业务动态 >> 通知公告 >> 正文
市国投集团关于原市振兴乡村集团巡察整改进展情况的通报
【发布日期:2021-12-21】 【阅读:次】
    根据市委巡察工作的统一部署,2020年6月1日至8月31日,市委巡察五组对市振兴乡村集团有限公司开展了巡察。2020年8月7日,根据市委关于市属国有企业重组整合的通知精神,市振兴乡村集团定位为市属重要二级企业,归并为市国投集团的权属子集团;市委巡察五组于2020年10月17日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
  一、推进整改工作开展情况
  (一)提高政治站位,强化组织保障。市振兴乡村集团坚持以习近平新时代中国特色社会主义思想和党的十九大精神为指导,提高政治站位,坚决落实巡察整改主体责任。在巡察反馈会后,第一时间成立由集团主要领导任组长,班子成员任副组长的落实巡察反馈意见整改工作领导小组。集中整改以来,集团领导班子先后召开集团巡察整改专题民主生活会1次,整改工作领导小组会议12次,专题部署、研究和推进巡察反馈问题整改落实工作。
  (二)对标整改任务,落实责任分解。市振兴乡村集团领导班子坚持问题导向,深刻反思存在的问题,深挖问题根源,主动认领责任,对照问题清单,把自己摆进去,把责任担起来,把整改落实工作作为首要任务,切实负起整改主体责任,有序推进整改工作。集团及各子公司、各部门全面认领巡察反馈5个方面15项共67个问题,制定整改方案,建立问题整改台账,逐项明确责任分工,任务分解到人、责任落实到人,层层传导压力,确保反馈问题事事有回应、条条有整改、件件有落实。
……
""", {"unit": "市振兴乡村集团有限公司", "units": [], "group": "市委巡察五组", "term": None, "round": None,
      "start": date(2020, 6, 1), "end": date(2020, 8, 31), "feedback_date": date(2020, 10, 17),
      "figures": [("problems", 67)]}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # https://xcb.zzuli.edu.cn/2025/0414/c20709a332089/page.htm (a university propaganda office's page: its fifth
    # committee's third round enters six bodies: term 5 and round 3 (学校五届党委第三轮校内巡察, and the plan's title
    # agrees); round-level, unit ""; the six bodies as written (settled 8); 党委3个巡察组 are counted: no group; 近日 gives
    # no entry day and 4月9日、10日 are mobilisations without a year in the text (the year is only in the address): no start
    # (settled 10); no feedback; no problems listed: problems 0; no figures; r21 and r26 hold other pages of the same
    # university (its library's mobilisations in 2019 and 2024, other rounds))
    ("zzuli_fifth_term_third_round_six_branches_entered", "https://xcb.zzuli.edu.cn/2025/0414/c20709a332089/page.htm", "rounds", """根据学校党委统一部署,近日,党委3个巡察组完成对电子信息学院党委、艺术设计学院党委、政法学院党委、保卫处党总支、合作办学管理处党总支、基建处直属党支部6个二级单位党组织巡察进驻,学校五届党委第三轮校内巡察全面展开。
4月9日、10日,分别召开6个被巡察单位巡察工作动员会。会前,巡察组组长与被巡察单位党政主要负责人进行充分沟通,通报了此次巡察任务和工作安排。
会上,巡察组组长作巡察工作动员讲话,传达了学校五届党委第三轮校内巡察工作动员部署会精神,就巡察对象、内容和程序向被巡察单位全体教师和学生代表进行了通报,对做好巡察工作提出明确要求。……
被巡察党组织主要负责同志作表态发言。……
按照学校《五届党委第三轮校内巡察工作方案》安排,前期,巡察办根据被巡察单位特点和本轮巡察任务要求,……
""", {"unit": "", "units": ["电子信息学院党委", "艺术设计学院党委", "政法学院党委", "保卫处党总支", "合作办学管理处党总支",
                          "基建处直属党支部"],
      "group": None, "term": 5, "round": 3, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://m.hgsyj.cn/info/1677/35467.htm (traditional script with a converter's doubled characters on an unrelated
    # domain: a municipal university's second committee mobilises its first round over seven offices: term 2 and round 1
    # (學(xué)校二屆黨委第一輪巡察); round-level, unit ""; the seven bodies as written, simplified, the bracketed second name
    # in full-width brackets (settled 7: 黨委學(xué)生工作部(學(xué)生工作處) -> 党委学生工作部（学生工作处）); 3個黨委巡察組 are
    # counted: no group; 3月27日 is the mobilisation's day without a year: no date; 二十屆中央紀委四次全會 is a plenary, no
    # round; no problems listed: problems 0; no figures)
    ("municipal_university_second_term_first_round_seven_offices_trad", "http://m.hgsyj.cn/info/1677/35467.htm", "noisy", """3月27日下午,學(xué)校二屆黨委第一輪巡察工作動(dòng)員部署會(huì)議召開(kāi)。學(xué)校黨委書記、巡察工作領(lǐng)導(dǎo)小組組長(zhǎng)李向東,黨委副書記、校長(zhǎng)宮箭,副書記秦聞蘋,黨委委員、副校長(zhǎng)金良,姜鑫出席會(huì)議。黨委委員、紀(jì)委書記、監(jiān)察專員、巡察工作領(lǐng)導(dǎo)小組常務(wù)副組長(zhǎng)李少東主持會(huì)議。

學(xué)校黨委委員、組織部部長(zhǎng)、巡察工作領(lǐng)導(dǎo)小組副組長(zhǎng)閆劍俠宣讀了《關(guān)于二屆黨委第一輪巡察組長(zhǎng)授權(quán)任職及任務(wù)分工的決定》,本輪巡察共派出3個黨委巡察組,對(duì)教務(wù)處、科學(xué)技術(shù)處、計(jì)劃財(cái)務(wù)處、黨委學(xué)生工作部(學(xué)生工作處)、團(tuán)委、工會(huì)、網(wǎng)絡(luò)信息中心7個單位(黨組織)開(kāi)展常規(guī)巡察。

李向東指出,要提高政治站位,準(zhǔn)確把握新時(shí)代新征程巡察工作新要求。把學(xué)習(xí)貫徹習(xí)近平總書記重要講話精神與黨的二十屆中央紀(jì)委四次全會(huì)精神結(jié)合起來(lái),與自治區(qū)黨委、市委重要決策部署精神貫通起來(lái),……
""", {"unit": "", "units": ["教务处", "科学技术处", "计划财务处", "党委学生工作部（学生工作处）", "团委", "工会", "网络信息中心"],
      "group": None, "term": 2, "round": 1, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://hebebuy.com/info/1151/7709.htm (a college's page with its name spun to a betting brand
    # (澳门新葡平台网址8883) on an unrelated domain: the college's ideology check set up to rectify a regional group's
    # feedback: the group as the rectification names it (自治区党委第四巡视组, as r35c writes it); the college is 我校 and
    # spun, so the unit is left unscored (as r35 reads its spun college); 7月12日 is the check meeting's day and 7月16日—17日
    # the check's, no inspection dates; no term, no round; 4个临时督查组, 15个教学院系 and 21个职能部门 are no figures and
    # no units; the four requirements (一要…四要) are no problems: problems 0)
    ("spun_college_regional_fourth_group_rectification_ideology_check", "http://hebebuy.com/info/1151/7709.htm", "noisy", """为了做好自治区党委第四巡视组巡视我校反馈意见的整改工作,推进学校党委意识形态和思想政治工作有关部署的贯彻落实,学校决定对意识形态和思想政治工作进行专项督查,于7月12日上午在综合楼11楼会议室召开督查工作布置会。会议由宣传部部长巴图吉日嘎拉主持,督查组全体成员参加。
会上,巴图吉日嘎拉首先强调了开展意识形态和思想政治工作督查的重要意义和主要目的。随后,对督查工作任务作了部署安排,就督查分组情况、督查时间、督查内容、督查形式等作了详细介绍,并就《澳门新葡平台网址88832018年上半年意识形态工作督查指标体系》《澳门新葡平台网址8883思想政治工作督查指标体系》作了重点说明。最后,巴部长就本次督查工作作了四个方面的要求:一要做好协调工作,处理好各小组之间和被督查部门间的工作协调,营造良好的工作环境;二要以认真严格的态度对待本次督查工作,以督查促进工作;三要明确被督查部门的整改内容和时限,在实效上下功夫;四要形成专项报告,各小组要撰写符合实际和较高质量的督查专项报告,总结各组的督查工作情况。
宣传部副部长、机关党总支书记哈申图雅作了补充说明。
本次督查由宣传部牵头,抽调学生工作处、体育系、计算机系、法律系、管理系、经济系、汉语言文学系、环境工程系、计算机系、外语系等部门相关工作人员组成4个临时督查组,将于7月16日—17日对15个教学院系和21个职能部门的意识形态工作和思想政治工作进行集中督查。
""", {"units": [], "group": "自治区党委第四巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://m.zgkjsz.com/page/2021/1223/13364337.shtml (traditional script with a converter's doubled characters on a
    # paper mirror: two university discipline officers' journal article on building universities' internal inspection
    # systems: no inspection of any body is told, so it expects nothing: unit "", units [], no group, term, round or
    # dates (十九屆中央委員會第四次全體會議 is a plenary, no term or round; 028043 is a postcode); no problems; no figures)
    ("university_internal_inspection_system_paper_trad", "http://m.zgkjsz.com/page/2021/1223/13364337.shtml", "noisy", """白躍華,魯顯玉
(1.內(nèi)蒙古民族大學(xué) 紀(jì)委辦公室,內(nèi)蒙古 通遼028043;2.內(nèi)蒙古民族大學(xué) 黨委巡察辦公室,內(nèi)蒙古 通遼028043)
中國(guó)共產(chǎn)黨第十九屆中央委員會(huì)第四次全體會(huì)議提出堅(jiān)持和完善黨和國(guó)家監(jiān)督體系,強(qiáng)化對(duì)權(quán)力運(yùn)行的制約和監(jiān)督[1],并將其作為十三項(xiàng)具體路徑之一;新修訂的《中國(guó)共產(chǎn)黨章程》也對(duì)巡視巡察作出專門規(guī)定,要求“對(duì)所管理的地方、部門、企事業(yè)單位黨組織實(shí)現(xiàn)巡視全覆蓋”,彰顯以習(xí)近平同志為核心的黨中央堅(jiān)定不移推動(dòng)巡視巡察工作的決心。……
開展高校校內(nèi)巡察工作,是對(duì)習(xí)近平總書記提出的“黨組織建設(shè)到哪里,巡視巡察就要跟進(jìn)到哪里”和中央“建立巡視巡察上下聯(lián)動(dòng)監(jiān)督網(wǎng)”具體舉措的落實(shí),是深化紀(jì)檢監(jiān)察體制機(jī)制改革創(chuàng)新的需要和對(duì)巡察監(jiān)督壓力的強(qiáng)化。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://shangyoutai.com/listing/newsshow.php?id=22117 (traditional script with a converter's doubled characters on an
    # unrelated domain: the opening of an essay on state enterprises' internal inspections: no inspection of any body is
    # told, so it expects nothing (《中央巡視工作規劃(2018—2022年)》 is a plan's title and 十九大/二十大 congresses: no term,
    # no round, no dates); no problems; no figures)
    ("soe_internal_inspection_essay_trad", "http://shangyoutai.com/listing/newsshow.php?id=22117", "noisy", """國有企業(yè)是中國特色社會主義的重要物質(zhì)基礎(chǔ)和政治基礎(chǔ)。巡視監(jiān)督是黨和國家監(jiān)督體系的重要組成部分。推進(jìn)國有企業(yè)巡察工作,是加強(qiáng)黨對國有企業(yè)的全面領(lǐng)導(dǎo)的需要,是堅定不移全面從嚴(yán)治黨、深入推進(jìn)新時代黨的建設(shè)新的偉大工程的需要,也是將黨的政治優(yōu)勢轉(zhuǎn)化為國有企業(yè)發(fā)展優(yōu)勢的需要。
黨的十八大以來,黨的巡視制度在新時代全面從嚴(yán)治黨的全新實踐中更加成熟定型。黨的十九大將推進(jìn)黨的市縣巡察納入黨的組織制度寫入黨章,《中央巡視工作規(guī)劃(2018—2022年)》提出對市縣黨委實現(xiàn)在一屆任期內(nèi)巡察全覆蓋。黨的二十大提出要進(jìn)一步完善黨的自我革命制度規(guī)范體系,健全黨統(tǒng)一領(lǐng)導(dǎo)、全面覆蓋、權(quán)威高效的監(jiān)督體系。從黨的十九大到二十大,國有企業(yè)黨委在試點(diǎn)探索的基礎(chǔ)上全面推進(jìn)內(nèi)部巡察工作實現(xiàn)全覆蓋。在五年巡察實踐中,各國有企業(yè)相繼建立了巡察 ……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
