"""Outside texts of batch r37 (issue 14), collector C's share, held out: provincial and central inspections of places
and departments (a central special inspection's feedback to a central office told by a Taiwanese agency and recalled
by a Hong Kong paper, a province's closing of every rectification of its committee's rounds, a region's immediate
fixes in two rounds, a region's rectification of a central group's poverty feedback seen by a think tank, a tally of
officials investigated after four central rounds, and in SHARES_TEMPLATE a central round's entries and another's list)
and audit texts (an economic responsibility audit's feedback meeting), collected with the search tool from public pages
that are in no earlier batch. Each address was checked against every outside batch (outside_*.py, r36 included) and
test_outside_documents.py, with and without www./m./mip./wap. and its query string, and two or three distinctive names
or phrases of each text (people, bodies, wording) were grepped in them, in simplified and traditional script; at the
end the other collectors' files of this batch were looked for (see "Overlap"), and the file was compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r37c.py` (its summary is under "Overlap" below). Their fields
are written down by reading only. The importer was not run on them, no test or bench that runs it was run, and neither
imports/ nor the parser's tests were read (only the outside_*.py data files, outside_set.py's docstring, Case, extract
and score, test_outside_documents.py for duplicates, bench/outside_overlap.py and the brief); the integrator runs them
once, and that run is the honest figure for unseen texts.

Sources. 9 texts from the search tool's "pages" corpus, 8 with their address and one the tool gave without one. 42
look-ups, the hard cap the brief set for this batch, all `search` in "pages": provincial groups' feedbacks, entries and
mobilisations by place (Aba, Linxia, Qianxinan, Zhenxiong, Dehong and Ruili, Karamay, Daxing'anling and Heihe,
Ganzi's Tibetan counties, the 兵团 and Inner Mongolia's banners), years 2010-2016 and 2025-2026, provincial
departments' visits (地矿局, 气象局, 林业厅), county progress reports and 整改完成率, 巡视公告 (值班电话, 邮政信箱), 见面沟通会,
look-backs and clues, accountability for rectification, central groups' entries of 2013 and 2026, a pinyin query,
traditional-script queries (省委巡視組, 中央巡視組, 審計整改, 大公報, 中央社, 聯合早報), and audit texts (county audit
bureaus' rectification and accountability, economic responsibility audits, 审计署 announcements, audit offices'
reports to people's congresses). They returned about 330 results, about 190 distinct addresses, of which about nine in
ten were earlier batches' (among them Yunnan's leading group on yndaily and qdubb, Hebei's 2017 rounds, Yunnan's 2014
first round, Zhejiang's 2016 second round on a mirror, Sichuan's 2020 sixth round, Guangyuan's and Gansu's progress
reports, Anhui's 2018 fourth round, Fujian's 2015 rounds, Inner Mongolia's, Ningxia's, Guangxi's and the 兵团's rounds,
Jiangxi's 17 rounds, Hubei's 2018 大起底, Zhenxiong's look-back feedback, the central 2014-2025 rounds' lists, entries,
deployments and feedbacks in many copies, and every budget audit report, audit rectification report and audit news the
corpus returned but the one kept) or other shares' (city, county, town and village 巡察 rounds and notices); the rest
were no public text of inspections of this share or no Chinese text (novels, tag pages, AI-written "揭秘" pages on
Bole, Turpan and Dingyuan, theses and journal abstracts, an army committee's inspection of a military region (xinlihui:
no share's kind of body, left out), an English page on a 2010 supervision team in Dehong, a Japanese page on the 2016
first central round, a Malaysian audit). What still gave new texts: traditional-script queries (a Taiwanese agency's
two reports, a Taiwanese think tank's note, a Hong Kong paper on an archive, a pinyin-doubled copy of the discipline
paper on a junk-named site, a regional paper on an unrelated site) and one economic responsibility audit on a copy
site; a second copy of the evening paper's text (fuzhou.baogaosu.com 22609753) was not taken. Left out besides: an audit
office's self-check of its 2012 budget (syxj.com.cn: an audit text that states nothing of an inspection or a
rectification) and a town audit station's village cadres' audit (ms.newssc.org: the same), which would have put the
texts that state nothing over the brief's quarter. After 42 look-ups the file holds 7 measured texts, fewer than the
12 the brief asks: the search budget was spent, and no text that states nothing was added to make up the count (the
brief's instruction for this case; the batch can be topped up in a later session, as r34 was).

Families and counts (9 texts, 2 in SHARES_TEMPLATE, 7 measured). noisy 6, all measured: a Taiwanese agency's report,
on a blog with its post time run together and an ad line, of the central eighth group's special inspection of the
Hong Kong and Macao office and its feedback (central_eighth_group_hong_kong_macao_office_special_feedback_cna_trad:
unit 港澳办党组, group 中央第八巡视组, visit 2016-07-04 to 2016-08-30), a Hong Kong paper's story on the office's new
discipline head recalling the same inspection (hong_kong_macao_office_discipline_head_appointment_apple_trad: unit
港澳办), a pinyin-doubled copy of the discipline paper on Zhejiang's "report and close" rectification of its
thirteenth committee's fifteen rounds (zhejiang_thirteenth_term_fifteen_rounds_report_closure_pinyin_trad: no round),
a pinyin-doubled copy of a regional paper on the ninth Tibetan committee's seventh and eighth rounds
(tibet_ninth_term_seventh_eighth_rounds_immediate_fixes_pinyin_trad: term 9), a think tank's note on Tibet's
rectification of the central third group's poverty feedback
(tibet_central_third_group_poverty_feedback_rectification_think_tank_trad: group 中央第三巡视组) and a Taiwanese
agency's page on the officials investigated after four central rounds (central_four_rounds_436_investigated_cna_trad,
expecting nothing of a visit); audit 1, measured and expecting nothing
(maanshan_cihu_zone_economic_responsibility_audit_feedback); rounds 2, both in SHARES_TEMPLATE (the 2014 second
central round's entries on a city evening paper, round 2; the twentieth central fourth round's 34 bodies in a
residents' committee's notes, term 20, round 4, 34 units). Measured round lists: none. Measured texts expecting
nothing of a visit: 2 of 7 (the audit and the tally), 2 of the 9 added: under the brief's quarter.

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 50 fields and 59
absence checks in all; 11 fields and 48 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
noisy 10 fields and 39 absence checks, audit 1 and 9. Figures read: none (every figures key is an absence check, and
one text's figures are unscored: an audit's findings, counts of rounds, bodies and groups, 50余件 fixed at once, a
county's 46家單位 and 19起 checked, 超過60% of clues, and 436人被調查 are no inspection's figures of the ledger's
metrics, or (the last) left unscored).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r37c.py` (9 texts against 2125 earlier): no address
is shared but the placeholder "search corpus pages (no URL returned)", which the tool matches with
r36b's cili_fourth_group_natural_resources_bureau_fish_pond_story_2021, another text given without an address (no real
address); 52 pairs share over 3 shingles, 9 of them over 3 beyond the tool's formulas; the longest shared run, 39
characters, is the SHARES_TEMPLATE evening paper's list of the 2014 second round (广西、上海、青海、西藏、浙江、河北、陕西、
黑龙江、四川、江苏等10个省区市,) with r34c's central_2014_second_round_four_provinces_mobilised_business_paper, which, with
r17's central_2014_second_round_entered (广西、上海…, 、一汽集团开展专项巡视。), is the reason it is in SHARES_TEMPLATE;
the SHARES_TEMPLATE residents' notes share the twentieth fourth round's list with r12's
central_twentieth_fourth_round_units (34 shingles, 31 beyond formulas: the same list, the reason it is in
SHARES_TEMPLATE). Beyond formulas, for the measured texts: the CNA report with this file's Apple Daily story (the
problems quoted, 黨的領導不夠堅強有力、貫徹中央…, 不夠嚴格,選人用人工作滿意度較低: the same visit told by two papers, both
new); the Zhejiang copy with r29's provincial_eleventh_term_eleventh_round_33_universities_deployment_pinyin_trad
(省委常委、省紀(jì)委書記、省委巡視工作領(lǐng)導(dǎo)小組組長: a leading group's title in the same pinyin-doubled script; a score
of other pinyin-doubled texts share 工作領(lǐng)導(dǎo)小組 only); the Tibetan copy with r26d's yongchun story
(發(fā)布時(shí)間:202: a page's chrome in the same script) and with r35's audit of China Nonferrous
(有關(guān)事項(xiàng), 發(fā)現(xiàn)); the evening paper with r27c's
xinjiang_central_office_rectification_supervision_meeting (中央巡视工作领导小组成员、办公室主任黎晓宏: the office head's
title); the residents' notes with outside_c's central_second_twenty (经党中央批准,二十届中央第) and r15's abstract on a
power company's inspection system (的重要手段,是加强党内监督的重要); all other pairs share official formulas only. The
tool counts one text as sharing more than its stock of formulas with the seed corpus (the Ma'anshan audit feedback);
the seeds were not opened, so what they share there is not verified (audit meetings' wording, 提高政治站位, 审计整改, is
the likely part). Source events: the central eighth group's 2016 special inspection of the Hong Kong and Macao office,
Zhejiang's 2017 "report and close" drive, the Tibetan ninth committee's seventh and eighth rounds told together (r27b
holds the seventh round's Lhasa entry, another text: measured, as r36c measures other texts of held rounds), Tibet's
rectification of the central third group's poverty feedback, the tally of four rounds and the Ma'anshan audit are in no
batch; the 2014 second central round is r17's, r34c's and r35c's, and the twentieth fourth round r12's and r25's (both
SHARES_TEMPLATE). Other collectors' files of this batch: outside_r37.py, outside_r37b.py and outside_r37d.py (as they
stood when this file was finished) were grepped for every address, domain and distinctive name of this file (hkwb,
baogaosu, nakedbustytits, hamasdt, indsr, cna.com.tw, zkiz, corewebvitals, maoflag, 港澳, 寧延令, 潘盛洲, 羅布頓珠, 報結,
255家, 索縣, 日土, 436人, 张亚莉, 慈湖, 黎晓宏, 二十届中央第四轮, 中央第八巡视组, 中央第三巡视组, 西藏, 二轮巡视, and the
left-out syxj, newssc and xinlihui): only maoflag is there, in outside_r37.py's docstring, which left the same list of
the twentieth fourth round's 34 bodies out as collector C's kind (this file holds it in SHARES_TEMPLATE); 浙江 appears
in outside_r37.py only in a university group's name and 西藏 in outside_r37b.py's docstring only as a query word;
none of their texts shares an address, round or visit with this file's that the grep shows.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's and the
r29c-r36c files' docstrings, followed exactly): a feedback news names its unit as the body the feedback goes to
(settled 5: 向港澳辦黨組回饋 -> 港澳办党组), and a story that names the inspected body only in one sentence keeps that
sentence's name (中巡組對港澳辦的巡視結果 -> 港澳办); a central group is expected in the short form the set reads
everywhere (中共中央第八巡視組 -> 中央第八巡视组, as settled 9 drops an owner's name in front), and only when the text is
about that one group (第九巡視組 and 第十四巡視組 of one story, 13个中央巡视组, 中巡組: no group); a visit told 今年7月4日至8月30日
takes its year from the page's run-together post time (201611061411 -> 2016), as r33c takes a byline's year; a
discipline group's posting (李秋芳去年3月進駐港澳辦) is no inspection's entry; a publication told by its month only (去年10月)
gives no date (settled 12), and so do parts of months (4月以來, 今年8月中旬: settled 11), a rectification meeting's day
(2019年1月19日), notices' days (3月1日, 3月14日) and a tally's cut-off (11月4日); a count of rounds (共開展15輪巡視, 四輪巡視,
陸4輪巡視) is no round and a congress (18大) no term, while two rounds of one text (第七、第八輪) leave the round unscored
beside the term both share (九屆 -> 9); places written short before a count beside bodies in full (广西、上海…等10个省区市)
leave the units unscored (r34c), as do places of a story (索縣, 日土縣) and places ranked or named as examples before a
count (湖北、廣東、山西; 商務部、新華社等10個機關, r24); a round's list keeps its bodies as written, numbers dropped, brackets
full-width (settled 7) and the count and 等 left off the last, as r12 reads the same list; an audit text names no party
inspection and expects no unit, group, dates, round, units, problems or figures (r34c, r36c), its feedback meeting no
feedback date; counts of bodies covered, of groups and of items fixed at once are no figures; problems given as
examples (包括…, 包括…等, 六大問題 with two quoted) are left unscored; expected values of traditional-script texts are
written simplified, the pinyin-like doublings dropped.

What I was unsure of, and how I read it. The CNA report's feedback day is left unscored: the text writes only 14日
(the website published 14日, the feedback 14日), and the month is given only by the wire code 1051015 (ROC year 105,
October 15) and the dateline's 15日; a reader who reads the code would date the feedback 2016-10-14, one who reads the
blog's post time (201611061411) might take November. Its visit's year comes from that post time as a dated line; a
reader who refuses a run-together string as a date would leave start and end unscored. Its group is expected as
中央第八巡视组 though the text writes 中共中央第八巡視組 (and 第八巡視組 alone): no earlier file expects a group written
with 中共 in front; a reader who keeps the text's form would read 中共中央第八巡视组. The Apple Daily story's unit is read
as 港澳办 from the inspection's sentence; the story opens with 國務院港澳辦, which a reader could prefer as the fuller
name. The Zhejiang copy's term is left unscored: 第十三屆浙江省委共開展15輪巡視 names the committee whose rounds are closed,
which a reader could read as term 13, but no one round is the text's. The Tibetan rounds' problems are left unscored
(one fire hazard told in full and another cut off, no list of a visit's problems); its 立行立改…50余件 could be read as a
count of problems fixed at once. The think tank's unit is left unscored: it names the place, 西藏 (西藏自治區 as the
meeting's host), and its committee only through a member (該區黨委常委), so settled 15's committee (西藏自治区党委) or
the place as written could each be read. The tally's figures are left unscored: 436人被調查 (and 23人 of provincial
rank) count officials investigated after 47 visits, which a reader could take for a disciplined-people figure though
no one inspection's ledger holds it; its units are unscored as the places and bodies are ranked or named as examples.
The Ma'anshan audit's 11月15日 feedback meeting is expected as no feedback date: it is an audit's feedback, and the
seed overlap the tool reports is not verified. The evening paper's text is put in SHARES_TEMPLATE though its address
is new and another portal's: it is the same round's entries with the round's announced list in the same words as r17's
and r34c's texts, which r35c treated as sharing for a summary of the same round; the CNA report and the Apple Daily
story are both measured though they tell one visit, as neither is in an earlier batch. With 7 measured texts the file
is under the brief's floor of 12; the 42 look-ups were spent, and the two texts that state nothing are a quarter or
less of what was added.

TOPPED UP IN A SECOND SESSION. The file was short (7 measured texts), so a second session added 8 texts under the
comment "--- second session (top-up) ---" at the end of HELD_OUT_R37C, leaving the first session's 9 texts exactly as
they were, by the same rules: read only outside_*.py, outside_set.py's docstring, Case, extract and score,
bench/outside_overlap.py and test_outside_documents.py (grep), the importer never run and imports/ never read. Each
address was grepped in every outside_*.py and test_outside_documents.py with and without www./m./mip./wap. and its
query string (host and distinctive path part apart), and two or three names or phrases of each text (申长雨/申長雨,
国家知识产权局/國家知識產權局, 南湖新区/南湖新區, 李运帷, 浙南产业/浙南產業集聚區, 金融巡视组/金融巡視組, 中央管理的银行, 黄石市人大,
农贸市场缺口资金, 杨晓渡, 姜大明, 2553件, 首批信访件, 中央第十二巡视组, 交通运输部党组) in simplified and traditional script.
Sources: 42 look-ups of the brief's cap of 60 for this top-up, all `search` in "pages": provincial progress reports
and feedbacks by city and year (Hainan, Jilin's Siping, Yushu, Hubei's 宜城), central bodies' rectification (中国地震局,
国家知识产权局, 国家林草局, 税务总局, 海关总署, 国家统计局, 科技部, 交通运输部, 国家民委, bureaus' life meetings and cadre meetings),
provincial standing committees' life meetings, petitions a group hands over (转交/交办信访件), 选人用人专项检查, immediate
fixes during a visit, 2004-2009 central and provincial rounds, joint rounds of sub-provincial cities (联动巡视), press
conferences of inspection offices, sectors' rectification (津补贴 clean-ups, mining sites), foreign papers in simplified
script, and audit texts (districts' audit rectification, people's congresses' inquiries into it, 审计约谈, central
departments' audit rectification notices). They returned about 330 results, about 200 distinct addresses, of which about
nine in ten were earlier batches' (among them Yunnan's leading group on yndaily and qdubb, 宜城's mayor on the third
round, Hainan's seventh committee's rounds, Hubei's 2015 rounds, Hebei's 2017 second round, Hunan's 2015 and 2024
rounds, Fujian's 2015 rounds, Shandong's 2016 look-backs, Suihua's 2017 feedback, Guangzhou's housing bureau, the
central 2013-2025 rounds' lists, entries and feedbacks, the 2016 rectification checks of central bodies, and every
budget audit report and audit rectification report the corpus returned) or other shares' (county and district 巡察
rounds, city groups at departments, a town's 津补贴 clean-up); the rest were no public text of a party inspection
(novels, AI-written pages, theses, environmental and statistics inspectorates, forestry 约谈, housing checks). Taken:
a national bureau's rectification mobilisation after a central inspection (cnipa_party_group_central_rectification_
mobilisation_2020), a district's meeting on a provincial group's petitions (yueyang_nanhu_district_provincial_seventh_
group_petitions_meeting), a repost of a weekly's feature on the third central group's feedback to the Ministry of Land
and Resources (land_resources_ministry_central_third_group_feedback_repost), a development zone's progress report after
a provincial group's visit (wenzhou_zhenan_cluster_zone_provincial_fourth_group_progress_2018), a news agency's summary
of the 2004 central and provincial inspections (central_2004_inspections_year_summary_chinanews) and a city's joint
audit rectification task force (huangshi_npc_audit_bureau_rectification_task_force, given without an address), all
measured; and two in SHARES_TEMPLATE: Henan's first batch of the eighth central group's petitions of 2014 (the same
visit as r28c's central_eighth_group_henan_entry_2014_first_round) and another copy of the transport ministry's 2022
progress report (r13's transport_ministry_central_progress, read here as r13 reads it). Left out as other shares'
kinds: traditional-script or pinyin-doubled copies of a Jiangsu provincial group's feedback to the provincial IP
office (laienjiance art_355_35948), Hubei's standing committee's life meeting on a central look-back (lcjx0635), the
customs administration's inspections of 2009 on a big5 gateway (big5.www.gov.cn 2010-08/04), a Shenzhen audit inquiry
(jcurcio c91644), a Nanning audit rectification letter (ilynn 61662), the fourteenth central group at the Foreign
Languages Bureau (gdtanxin 2024-11/06) (share D's noisy copies); the central tenth group's special-inspection feedback
to the science ministry of 2014 (guiyang.baogaosu 21912470), a repost on the 2015 special round's feedback to the
transport ministry (mycanadanow 54068), the nineteenth central second round (poverty special) on ccwqtv 2018/1022 and
Hainan's 2026 business-environment special round (163.com KK5KGSFI0553MHUM) (share D's special rounds); AI-written
pages on Henan's eighth provincial group (chaxiaohao) and on a group at Golmud (bkwk) (share D's generated copies); a
city group's edge fixes at 屈原管理区 (quyuan content_2289247) and a town's 津补贴 clean-up (ymlz 31290) (share B).
Left out as stating nothing of an inspection or a rectification: the audit office's 2019 announcement on central
departments' budgets (szlzykj 1247), a ministry's yearly inspection plan meeting (most.gov.cn t20230324_185214), a
provincial political consultative party group's life meeting (gjnews 20210301001002) and a paper on people's
congresses' audit inquiries (rd.lyg.gov.cn).

Counts for the whole file after the top-up: 17 texts, 4 in SHARES_TEMPLATE, 13 measured. Families: noisy 6 (all
measured, the first session's), news 4 (3 measured: the IP bureau, the Nanhu petitions, the land ministry's feedback;
the Henan petitions in SHARES_TEMPLATE), rounds 3 (1 measured: the 2004 summary; 2 in SHARES_TEMPLATE), audit 2 (both
measured, both expecting nothing), progress 2 (1 measured: the Wenzhou zone; the transport copy in SHARES_TEMPLATE).
Texts expecting nothing of a visit: 4 of the 17 (the Ma'anshan and Huangshi audits, the CNA tally and the 2004 summary,
whose one field is its round-level unit ""), 2 of the 8 added: a quarter. Fields read and absence checks (counted as
above): 67 fields and 111 absence checks in all; 22 fields and 91 absence checks outside SHARES_TEMPLATE. By family
(outside SHARES_TEMPLATE): noisy 10 and 39, news 4 and 23, audit 2 and 18, progress 5 and 5, rounds 1 and 6. Figures
read: still none (the added texts' counts, 2553件 petitions, 121个巡视组, 195个 bodies, 20个巡视组, 3个城区, are no
inspection's figures of the ledger's metrics).

Overlap after the top-up. `bench/outside_overlap.py tests/imports/parsing/outside_r37c.py` (17 texts against 2125
earlier): no address is shared but the placeholder "search corpus pages (no URL returned)", which the tool matches, for
the CNA report and for the Huangshi audit, with r36b's cili_fourth_group_natural_resources_bureau_fish_pond_story_2021
(no real address); 150 pairs share over 3 shingles, 12 of them over 3 beyond the tool's formulas; the longest shared
run, 129 characters, is the SHARES_TEMPLATE transport copy's opening with r13's transport_ministry_central_progress
(180 shingles, 134 beyond formulas: the same report, the reason it is in SHARES_TEMPLATE). Beyond formulas, for the
added measured texts: the IP bureau's mobilisation with r25's datang_2023_second_round_deployment_copy (工作动员部署会议,
深入学习贯彻习近平总书记关于巡视工作的重要: a meeting's formula); the Wenzhou zone's report with r17's
guangyuan_provincial_inspection_progress_copy (月22日,省委第四巡视组对 / 月27日,省委第四巡视组向: the same group number and
days of the month in another province's report, no shared text beyond the progress formula) and r17's
tongchuan_district_provincial_progress (the formula 按照党务公开原则和巡视工作有关要求,现将巡视整改); the 2004 summary with
r35c's provinces_2015_first_rounds_started_aggregator (31个省区市和新疆生产建设兵团: a coverage formula); the other
pairs of the added texts share official formulas only (习近平总书记关于巡视工作的重要讲话精神 and the like). The tool
counts two texts as sharing more than its stock of formulas with the seed corpus (the first session's Ma'anshan audit
and the SHARES_TEMPLATE transport copy); the seeds were not opened, so what they share there is not verified (the
transport report's opening, a central progress report's formula, is the likely part). Source events: the IP bureau's
rectification of 2020, the Nanhu petitions, the land ministry's feedback of 2014 (r34c's mirror and outside_c's
central_pinyin tell only the 2013 second round's list and its ten rectification reports; this is one visit's feedback:
measured, as r36c measures other texts of held rounds), the Wenzhou zone's visit, the 2004 summary and the Huangshi task
force are in no batch; Henan's 2014 visit is r28c's and the transport report r13's (both SHARES_TEMPLATE). Other
collectors' files of this batch (outside_r37.py, outside_r37b.py and outside_r37d.py as they stood at 21:18 UTC; no
outside_r38*.py yet) were grepped for every added address, host and distinctive name (cnipa, 知识产权, yueyang, 南湖新区,
eghvdg, 国土资源部, 国土部, 杨晓渡, wanshengshangwu, 浙南, chinanews, 金融巡视组, 2004年, 黄石, bjnews, 信访件, kygw,
交通运输部, 中央第十二巡视组, 中央第三巡视组, 中央第八巡视组, 省委第七巡视组, 省委第四巡视组, and the left-out baogaosu, ccwqtv,
gdtanxin, 外文局, mycanadanow, 科技部): none is there.

What I was unsure of (second session). The Nanhu petitions' unit is left unscored: the text names the group and the
district that handles its petitions, not the body the group inspects; a reader could take 南湖新区 (its 工委) for the
place inspected. The land ministry's feedback day is left unscored: the text dates it only as 四天前 from 2014年3月4日
(2014-02-28 by arithmetic, which is also the day its minister's news is dated); a reader who counts would expect
2014-02-28. Its unit is 国土资源部 as written (the text names no 党组; 国土部 is its short name in the next sentence). The
Wenzhou zone's unit keeps the visit's 温州 in front (温州浙南产业集聚区党工委), as r17 keeps 福安市 in a zone's name; the
feedback sentence writes it without (浙南产业集聚区党工委). The 2004 summary's start is left unscored: 从2004年3月开始 opens
the financial group's series of visits to banks, which a reader could read as a visit's month (settled 13). The IP
bureau's unit is the body mobilising its rectification; the text calls the inspection one of 局党组 and never names
the group's number. The repost of the land ministry's feature and the Wenzhou page on an unrelated domain are clean
copies and are filed under their content's family (news, progress), as the first session filed the Ma'anshan audit on
a copy site; share D collects mirrors too, so its collector may meet them.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the twentieth central committee's fourth round's list of 34 bodies, copied into a residents' committee's study
    # notes: the same round and list, in the same order, as r12's central_twentieth_fourth_round_units (a local site's
    # repost of the round's entry) and r25's yaliqi retelling of it
    "central_twentieth_fourth_round_34_units_residents_notes",
    # all thirteen groups of the central second round of 2014 have entered, on a city evening paper: the same round's
    # entries and its announced list of places and bodies in the same words as r17's central_2014_second_round_entered
    # and r34c's central_2014_second_round_four_provinces_mobilised_business_paper (r35c put a summary of the same round
    # in its SHARES_TEMPLATE for the same reason)
    "central_2014_second_round_thirteen_groups_all_entered_evening_paper",
    # second session: Henan's first batch of the eighth central group's petitions of 2014, on a Beijing paper: the same
    # visit as r28c's central_eighth_group_henan_entry_2014_first_round
    "central_eighth_group_henan_first_petitions_batch_2014_bjnews",
    # second session: a copy, on another unrelated site, of the transport ministry's progress report after the twelfth
    # central group's visit of 2022, which r13's transport_ministry_central_progress holds (the same report)
    "transport_ministry_central_twelfth_group_progress_copy_kygw",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R37C = [
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # https://corewebvitals.net/nshow/607692.html (an unrelated site's copy of a city audit bureau's news: the feedback
    # meeting of an economic responsibility audit of a development zone's head: an audit text, no party inspection;
    # expects nothing: no unit, group, dates, round, units, problems or figures (as r34c and r36c read audit texts);
    # 11月15日 is an audit's feedback meeting, without a year, and no inspection's feedback: no feedback date; 审计组 is
    # no inspection group; the 三点意见 are requirements, no problems)
    ("maanshan_cihu_zone_economic_responsibility_audit_feedback", "https://corewebvitals.net/nshow/607692.html", "audit", """为深入贯彻落实《党政主要领导干部和国有企事业单位主要领导人员经济责任审计规定》,促进领导干部规范用权和责任落实,市审计局于11月15日下午在马鞍山慈湖高新区管委会召开管委会主任兼党工委书记张亚莉同志任期经济责任履行情况审计结果反馈会,市审计局党组成员、副局长、三级调研员杨正发主持会议,审计组成员、被审计领导干部、慈湖高新区管委会领导班子成员及慈湖高新区管委会财审局主要负责人参加了会议。
会上,审计组对此次经济责任审计结果进行了反馈,对领导干部客观评价了领导干部任期的经济责任履行情况并针对审计发现问题提出了整改意见和审计建议。杨正发就被审计单位对审计工作的支持表示感谢,传达了省审计厅对审计整改的要求并就审计整改工作提出了三点意见,一是提高政治站位,高度重视整改工作;二是明确整改责任,抓好审计整改落实;三是健全长效机制,推动高质量发展。
最后,张亚莉就此次审计结果运用工作做了表态,表示作为审计整改第一责任人,将切实提高站位、端正态度,不折不扣抓好各项整改任务落实,下一步将细化实化整改方案,逐条逐项明确牵头领导、责任单位、整改措施和完成时限,对账销号,切实将整改成果转化为推动高质量发展的强大动力。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # search corpus pages (no URL returned) (a blog's copy, with its run-together post time (201611061411), a wire
    # code (1051015) and an ad line, of a Taiwanese agency's traditional-script report: the central eighth group's
    # special inspection of the Hong Kong and Macao office's party group and its feedback (回饋, the Taiwanese word):
    # unit 港澳办党组 (the body the feedback goes to, as the text writes it: settled 5), expected simplified; group
    # 中共中央第八巡視組 -> 中央第八巡视组 (the short form the set reads everywhere, settled 9's reasoning for an owner's
    # name in front); visit 今年7月4日至8月30日, the year from the post time's 2016 (as r33c takes a byline's year):
    # 2016-07-04 to 2016-08-30; the feedback's 14日 has no month in the text: feedback date unscored (see "What I was
    # unsure of"); the problems are given as examples (包括…, 此外…): problems unscored; no round named: term and round
    # absent; no figures)
    ("central_eighth_group_hong_kong_macao_office_special_feedback_cna_trad", "search corpus pages (no URL returned)", "noisy", """201611061411
(中央社記者張謙香港15日電)中國大陸國務院港澳事務辦公室近日被中共中央巡視組指「領導不夠堅強有力」,引起港媒關注。但有專家認為這是例行公事,實效成疑。 中共中央紀律檢查委員會與大陸監察部聯合官網14日公布,今年7月4日至8月30日,中共中央第八巡視組對港澳辦黨組開展了專項巡視。 14日,中共中央第八巡視組向港澳辦黨組回饋專項巡視情況。 據公布,第八巡視組組長寧延令說,巡視組發現港澳辦一些問題,包括黨的領導不夠堅強有力、貫徹中央有關決策部署不夠紮實。 此外,巡視組還發現港澳辦執行幹部選拔任用程式不夠嚴格,選人用人工作滿意度較低。 公布指出,寧延令向港澳辦黨組提出進一步加強黨的領導等要求。 據公布,中共港澳辦黨組書記、大陸國務院港澳辦事務公室主任王光亞主持了這次會議。他說,港澳辦黨組誠懇接受中共中央巡視組的回饋意見。 港澳辦主管香港及澳門事務,因此,巡視組公布對港澳辦的調查受到港媒的關注和報導。 不過,官方香港電台引述時事評論員劉銳紹說,雖然中共中紀委的相關調查工作可對地方官員起到警惕作用,但當局公布的內容只屬例行公事,沒有具體交代涉及的事件或官員,實效成疑。1051015
大陸港澳辦遭巡視組修理 專家懷疑成效
妳有另一半外遇的困擾?來徵信社諮詢看看
留言列表
""", {"unit": "港澳办党组", "units": [], "group": "中央第八巡视组", "term": None, "round": None,
      "start": date(2016, 7, 4), "end": date(2016, 8, 30), "figures": []}),
    # https://articles.zkiz.com/?tag=洲任 (an archive's tag page holding a Hong Kong paper's traditional-script story
    # on the new head of the discipline group at the Hong Kong and Macao office, which recalls the central inspection's
    # results published the October before: the same visit as this file's CNA report, told in passing; unit 港澳办 (the
    # body the inspection's results are of, as that sentence writes it: 中巡組對港澳辦的巡視結果, expected simplified;
    # the appointment is at the same body, so the unit holds either way); 中巡組
    # is no numbered group: no group; 去年10月 is a publication told by its month only: no feedback date (settled 12);
    # 去年3月進駐港澳辦 is a discipline group's posting, no inspection's entry: no start; no end, term or round; 六大問題
    # is a count with two quoted as examples (包括…等): problems unscored; no figures)
    ("hong_kong_macao_office_discipline_head_appointment_apple_trad", "https://articles.zkiz.com/?tag=洲任", "noisy", """📖 ZKIZ Archives


潘盛洲任港澳辦副主任

1 : GS(14)@2017-06-10 13:21:06

【本報訊】國務院港澳辦昨日公佈,中央改革辦兼中央政策研究室副主任潘盛洲,已接替李秋芳出任中紀委駐港澳辦紀檢組組長,並出任港澳辦副主任,李秋芳則繼續擔任國務院港澳辦黨組成員。時事評論員劉銳紹稱,中紀委成員進駐港澳辦,反映中央密切關注港澳地方貪腐問題,會繼續處理內地官員透過香港進行貪污、走錢的情況。


曾在內地多處反貪

李秋芳去年3月進駐港澳辦,是中紀委首次在港澳部門派駐紀檢組,並兼管中聯辦紀律檢查工作。中紀委去年10月公佈中巡組對港澳辦的巡視結果,批評港澳辦存在六大問題,包括「黨的領導不夠堅強有力、貫徹中央決策不紮實」、「執行幹部選拔任用程序不夠嚴格,選人用人工作滿意度較低」等。劉銳紹指,潘盛洲曾為由習近平要求組成的「宣講團」成員,在內地不同地方反貪,令人猜想潘或如「欽差大臣」;又指中央關注貪腐問題是好事,但未有改變貪腐的根本制度,仍有不足。■記者林俊謙



97年主權移交至今,香港前進還是倒退?「蘋果」與你細數廿載風雨。【回歸二十年】專頁:http://hksar20.appledaily.com.hk



來源: http://hk.apple.nextmedia.com/news/art/20170609/20049852
PermaLink: https://articles.zkiz.com/?id=335025
""", {"unit": "港澳办", "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.nakedbustytits.com/china/gedi/2017/0821/3658444.shtml (an unrelated site's traditional-script copy, with
    # pinyin-like doubled characters (紀(jì)檢監(jiān)察), of the discipline paper's account of a province's "report and close"
    # system for the rectification of all its committee's inspections: round-level, unit ""; 共開展15輪巡視 is a count of
    # rounds, no round: round absent; the term is left unscored (第十三屆浙江省委 is the committee whose fifteen rounds
    # are closed, no one round's term; see "What I was unsure of"); the bodies are counted (255家單位, 6個縣(市、區(qū)), 7所…
    # 院校): units []; 3月1日 and 3月14日 are notices' days: no start; no group, end or feedback; 整改不力等問題 names no
    # problem of a visit: problems 0; 255, 6, 7 and 1個月 are counts: no figures)
    ("zhejiang_thirteenth_term_fifteen_rounds_report_closure_pinyin_trad", "http://www.nakedbustytits.com/china/gedi/2017/0821/3658444.shtml", "noisy", """來源:中國紀(jì)檢監(jiān)察報
2017-08-21 09:15:08
實行“報結(jié)制” 防止走過場
——浙江推進(jìn)255家被巡視單位對省委巡視組反饋意見“全整改”
第十三屆浙江省委共開展15輪巡視,實現(xiàn)對255家單位巡視“全覆蓋”,並對6個縣(市、區(qū))、7所省(市)屬本科院校開展“回頭看”。今年3月以來,針對一些地區(qū)單位對巡視組反饋意見整改不力等問題,省委提出實行巡視整改“報結(jié)制”,明確由被巡視單位黨組織向省委報告並了結(jié)巡視反饋意見整改落實情況,實現(xiàn)巡視“全整改”。
“整改絕不能走過場,必須聚焦問題,上下同力,力求實效。”省委書記車俊主持召開專題會議,聽取巡視整改情況匯報時表示,各被巡視黨組織切實履行主體責(zé)任,從嚴(yán)從快推動實現(xiàn)巡視“全整改”工作,確保巡視組反饋問題線索事事有回音、件件有著落。
……
3月1日,根據(jù)省委部署,省委巡視工作領(lǐng)導(dǎo)小組向255個被巡視單位逐一下發(fā)通知,要求各單位在1個月內(nèi)向省委報結(jié)巡視整改情況。3月14日,省委巡視辦又明確報結(jié)的具體要求:涉及具體人和事的問題,要明確報告處置結(jié)果及責(zé)任追究情況。
為落實責(zé)任,還要求各被巡視單位上報的書面報結(jié)報告必須經(jīng)現(xiàn)任黨委一把手簽字背書,對未按要求做好整改工作的,堅決退回重新報結(jié)。
省委常委、省紀(jì)委書記、省委巡視工作領(lǐng)導(dǎo)小組組長劉建超說,要以對巡視整改揪住不放的態(tài)度,堅決打好……
""", {"unit": "", "units": [], "group": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://hamasdt.com/cn/news/zx/202011/t20201115_6896294.html (an unrelated site's traditional-script copy, with
    # pinyin-like doubled characters and a garbled run (當?shù)毓矆?chǎng)所), of a regional paper's account of immediate fixes
    # in the ninth regional committee's seventh and eighth rounds: round-level, unit ""; 九屆西藏自治區(qū)黨委第七、第八輪巡視
    # gives term 9; two rounds are the text's: round unscored; two groups in two counties (第八輪巡視第九巡視組 in 索縣,
    # 第十四巡視組 in 日土縣): no group, and the counties are places of a story, not a round's list: units unscored; 4月以來
    # and 今年8月中旬 are parts of months: no start (settled 11); 十天後 gives no day; no end or feedback; the fire hazards
    # told are a story's, not a list of a visit's problems: problems unscored; 50余件, 46家單位 and 19起 are no figures
    # of the ledger's metrics)
    ("tibet_ninth_term_seventh_eighth_rounds_immediate_fixes_pinyin_trad", "http://hamasdt.com/cn/news/zx/202011/t20201115_6896294.html", "noisy", """中國(guó)西藏網(wǎng) > 新聞 > 西藏新聞

西藏:緊盯短板弱項(xiàng)抓整改 持續(xù)增進(jìn)人民群眾獲得感幸福感安全感

鄧青 夏曾珍 發(fā)布時(shí)間:2020-11-15 09:30:00來(lái)源: 西藏日?qǐng)?bào)

  今年是全面建成小康社會(huì)的收官之年。4月以來(lái),九屆西藏自治區(qū)黨委第七、第八輪巡視牢固樹立以人民為中心的發(fā)展思想,聚焦“四個(gè)落實(shí)”,緊盯公共服務(wù)、基礎(chǔ)設(shè)施、生態(tài)環(huán)境等方面短板弱項(xiàng),發(fā)現(xiàn)並督促被巡視地區(qū)、單位黨組織認(rèn)真履職盡責(zé),立行立改有關(guān)事項(xiàng)50余件。

  “索縣一樓樓道因電表箱著火引發(fā)火災(zāi),其他公共場(chǎng)所也存在消防安全隱患……”今年8月中旬,正在那曲市索縣開展巡視的西藏自治區(qū)黨委第八輪巡視第九巡視組收到群眾反映:當(dāng)?shù)毓矆?chǎng)所均存有較大火災(zāi)隱患。

  “安全無(wú)小事,責(zé)任大于天。類似問(wèn)題,一頭連著人民群眾生命財(cái)產(chǎn)安全,一頭連著經(jīng)濟(jì)發(fā)展和社會(huì)穩(wěn)定,必須引起重視。”巡視組隨后將該問(wèn)題向索縣縣委作了反饋。

  十天后,索縣縣委向巡視組報(bào)送了整改情況。在索縣縣委的督促下,該縣應(yīng)急管理局聯(lián)合消防救援大隊(duì)、電力公司等單位,對(duì)全縣電器線路隱患開展了六次排查,共檢查46家單位,發(fā)現(xiàn)電器線路隱患19起,現(xiàn)已全部整改到位。……

  無(wú)獨(dú)有偶,在數(shù)千里之外的阿里地區(qū)日土縣,西藏自治區(qū)黨委第八輪巡視第十四巡視組也收到群……
""", {"unit": "", "group": None, "term": 9, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://indsr.org.tw/respublicationcon?uid=12&resid=686&pid=2013&typeid=3 (a Taiwanese defence think tank's
    # traditional-script note: a region's meeting on rectifying the central third group's feedback on poverty
    # alleviation, and the inspection system's history: group 中央第三巡视组 (the one group whose feedback the text is
    # about); the unit is left unscored (西藏 is named as the place, its committee only as 該區黨委 of a member: settled
    # 15 would want the committee, which the text names loosely); 2019年1月19日 is the rectification meeting's day: no
    # feedback date, no start; no end; no round named (十九屆中央紀委三次全會 is a plenary session, 十八屆中共中央「回頭看」
    # is another term's look-backs): term and round absent; the feedback's problems are not listed: problems 0; 超過60%
    # of clues is no figure of this visit; other bodies none: units [])
    ("tibet_central_third_group_poverty_feedback_rectification_think_tank_trad", "https://indsr.org.tw/respublicationcon?uid=12&resid=686&pid=2013&typeid=3", "noisy", """第33期
壹、新聞重點
2019年1月19日中國西藏自治區召開專題會議,由該區黨委常委羅布頓珠主持。該會旨在「研究部署中央第三巡視組對西藏脫貧攻堅回饋意見的整改工作」,據以要求「立行立改,以實實在在的整改成效體現對黨中央、對習近平總書記的絕對忠誠」。諸如整改事務、回饋意見,乃至於脫貧攻堅等概念,無不環繞著當前之中共中央巡視工作。
從2018年最後一季開始,紀律檢察概為中共黨政工作之主調。無論是中央紀委持續對中管高校紀委書記任命之介入、十九屆中央紀委三次全會公報對於深化「政治巡視」之強調、十八屆中共中央「回頭看」之執行,抑或是西藏等省級行政區整改工作之啟動,皆與2018年以來中央巡視組之運作有關。[1]
貳、安全意涵
一、透過中共中央巡視工作深化「從嚴治黨」
鑒於十八屆中共中央委員會期間,中央紀委立案審查的中管幹部案件中已有超過60%的問題線索來自巡視,中央巡視組對於當前中共中央之統治,實具高度之重要性。
……
""", {"units": [], "group": "中央第三巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.cna.com.tw/news/acn/201411070334.aspx (a Taiwanese agency's traditional-script page, with its privacy
    # banner, language prompts in English and Japanese, app lines and a wire code (1031107): a mainland paper's tally of
    # officials investigated after four central rounds: no one inspection; expects nothing: unit "", no group, dates,
    # term or round (4輪, 四輪 count rounds; 18大 is a congress, no term); the places and bodies are ranked or named as
    # examples before a count (湖北、廣東、山西; 商務部、新華社等10個機關): units unscored (r24); 11月4日 is a tally's cut-off:
    # no date; no problems; the figures are left unscored (436人被調查, 23人 and the provinces' counts are a tally of
    # investigations after many visits, which a reader could take for a ledger's count; see "What I was unsure of"))
    ("central_four_rounds_436_investigated_cna_trad", "http://www.cna.com.tw/news/acn/201411070334.aspx", "noisy", """本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解中央社隱私聲明當您關閉此視窗,代表您同意上述規範。
Your browser does not appear to support Traditional Chinese. Would you like to go to CNA’s English website, “Focus Taiwan" ?
こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。
中央社一手新聞APP Icon中央社一手新聞APP
下載

陸4輪巡視 湖北遭查官最多

2014/11/7 18:29
請同意我們的隱私權規範,才能啟用聽新聞的功能。
請同意我們的隱私權規範,才能啟用聽新聞的功能。

(中央社台北7日電)中共18大至今,中共中央巡視組已提出全大陸31個省市區巡視報告,陸媒統計,四輪巡視中,有436人被調查,其中省部級官員達23人。湖北、廣東、山西名列官員被查總數前三。

新京報統計,從中共第18次全國代表大會(18大)至11月4日為止的巡視組報告,共31個省市區和新疆生產建設兵團、7家中央單位、6家中央企業和2所部屬高校。

四輪巡視共有436人被調查,其中湖北數量最多,達43人,其次是廣東省38人、山西省36人。

報導說,中央巡視組四輪巡視47個巡視點中,商務部、新華社等10個機關,沒有案件出現在中共中央紀律檢查委員會的官方通報上。

不過,昨天傳出復旦大學前校長楊玉良因巡視組調查無預警離職的消息,復旦大學對此表示,楊玉良是正常退休,與中共中央巡視組無關。1031107

中央社「一手新聞」 app
iOS App下載Android App下載

本網站之文字、圖片及影音,非經授權,不得轉載、公開播送或公開傳輸及利用。
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0}),
    # --- texts in SHARES_TEMPLATE ---------------------------------------------------------------------------------------
    # http://hkwb.net/news/content/2014-08/01/content_2347140.htm (a city evening paper's feature: all thirteen groups of
    # the central second round of 2014 have entered, with the mobilisations and the office head's words: round-level,
    # unit ""; 今年二轮巡视 gives round 2, no term (a year's round); the ten places are written short before a count
    # (广西、上海…江苏等10个省区市) beside three bodies of a special inspection: units unscored (r34c's convention for
    # places written short before a count); 截至昨日(31日)…全部进驻 is the day all had entered, not an entry day: no start
    # (as r32c's 截至X日…已全部进驻); 7月30日 is a mobilisation's day: no start (settled 10); 13个中央巡视组: no group; no
    # end or feedback; the office head's requirements are no problems; 7名, 31个省区市 and 5年 are counts: no figures) --
    # SHARES_TEMPLATE (r17's central_2014_second_round_entered and r34c's
    # central_2014_second_round_four_provinces_mobilised_business_paper: the same round's entries and its announced list
    # of places and bodies in the same words, as r35c put its summary of the same round in SHARES_TEMPLATE)
    ("central_2014_second_round_thirteen_groups_all_entered_evening_paper", "http://hkwb.net/news/content/2014-08/01/content_2347140.htm", "rounds", """截至昨日(31日),今年二轮巡视13个中央巡视组,全部进驻各巡视点,公布了电话、信箱等联系方式。13个中央巡视组组长中,包括徐光春、马铁山、令狐安等7名数度“挂帅”的“40后”老干部,此番再度担任中央巡视组组长。
本轮巡视后完成对31省份全覆盖
本轮巡视,涉及广西、上海、青海、西藏、浙江、河北、陕西、黑龙江、四川、江苏等10个省区市,至此,在一年半内,中央巡视完成了对31个省区市的全覆盖,十八大前,巡视全部行政区一般需要5年时间。除了上述10个地区,本轮巡视还对国家体育总局、中国科学院、一汽集团开展专项巡视。
进驻巡视点后,中央巡视组的第一个动作就是召开工作动员会。……
中央巡视工作办现场动员“鼓劲”
13个巡视点的工作动员会,中央巡视工作领导小组成员、办公室主任黎晓宏来到了浙江、上海会场。
7月30日在上海的工作动员会上,黎晓宏强调,“各级领导干部要自觉接受监督,如实反映问题,确保巡视工作顺利开展。同时,上海市委要严格落实主体责任,按照中央要求加强和改进巡视工作。巡视期间,将对上海市委巡视工作情况开展专项检查”。
……
■ 追访
体育总局门前排长队求见巡视组
……
""", {"unit": "", "group": None, "term": None, "round": 2, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.maoflag.cc/portal.php?aid=22324&mod=view (a forum's post of a residents' committee's study notes: the
    # twentieth central fourth round's 34 bodies in a numbered list (one number mistyped I4), then notes on the system:
    # round-level, unit ""; 二十届中央第四轮巡视 heads the list: term 20, round 4 (the note's 二十届中央第三轮 of 2024年4月,
    # also of 34 bodies, is another round); the 34 bodies are the units as written, numbers dropped, the brackets
    # full-width (settled 7) and 等 and the count left off the last (国家文物局), as r12 reads the same list; start and
    # end are left unscored (2024年4月 is the third round's month, which a reader who takes the note for the list's round
    # would read as the visit's month, settled 13); no group or feedback; no problems; no figures) -- SHARES_TEMPLATE
    # (r12's central_twentieth_fourth_round_units: the same round and list)
    ("central_twentieth_fourth_round_34_units_residents_notes", "http://www.maoflag.cc/portal.php?aid=22324&mod=view", "rounds", """二十届中央第四轮巡视: 1、中央宣传部(中央精神文明建设办公室)、 2、中央统战部、 3、中央网络安全和信息化委员会办公室、 4、中央台湾工作办公室、 5、中央党校(国家行政学院)、 6、中央党史和文献研究院、 7、中国外文出版发行事业局、 8、人民日报社、 9、求是杂志社、 10、光明日报社、 11、中国日报社、 12、经济日报社、 13、科技日报社、 I4、中国浦东干部学院、 15、中国井冈山干部学院、 16、中国延安干部学院、 17、中央社会主义学院、 18、中华全国总工会、 19、中国共产主义青年团中央委员会、 20、中华全国妇女联合会、 21、中国文学艺术界联合会、 22、中国作家协会、 23、中华全国归国华侨联合会、 24、中华全国新闻工作者协会、 25、中华全国台湾同胞联谊会、 26、中国宋庆龄基金会、 27、中华全国工商业联合会、 28、国家民族事务委员会、 29、文化和旅游部、 30、国家广播电视总局、 31、新华通讯社、 32、中国社会科学院、 33、中央广播电视总台、 34、国家文物局等 共计34家单位党组织。 ①中央巡视组,是由党中央直接派出开展巡视工作的党组织。 ②巡视组分别设组长、副组长、巡视专员和其他职位。巡视组组长、副组长的具体人选根据每次巡视任务确定并授权。 ③2013年,十八大之后,中央巡视组掀起问责风暴,密集进驻各地。 ④2024年4月,经党中央批准,二十届中央第三轮巡视对34家单位党委(党组)开展常规巡视。 我们居委会中心理论组关于中央巡视制度曾经组织过两次讲座,查学习笔记总结要点如下: ——巡视是党章赋予的重要职责,是加强党的建设的重要举措,是从严治党、维护党纪的重要手段,是加强党内监督的重要形式。……
""", {"unit": "", "units": ["中央宣传部（中央精神文明建设办公室）", "中央统战部", "中央网络安全和信息化委员会办公室",
                            "中央台湾工作办公室", "中央党校（国家行政学院）", "中央党史和文献研究院", "中国外文出版发行事业局",
                            "人民日报社", "求是杂志社", "光明日报社", "中国日报社", "经济日报社", "科技日报社",
                            "中国浦东干部学院", "中国井冈山干部学院", "中国延安干部学院", "中央社会主义学院", "中华全国总工会",
                            "中国共产主义青年团中央委员会", "中华全国妇女联合会", "中国文学艺术界联合会", "中国作家协会",
                            "中华全国归国华侨联合会", "中华全国新闻工作者协会", "中华全国台湾同胞联谊会", "中国宋庆龄基金会",
                            "中华全国工商业联合会", "国家民族事务委员会", "文化和旅游部", "国家广播电视总局", "新华通讯社",
                            "中国社会科学院", "中央广播电视总台", "国家文物局"],
      "group": None, "term": 20, "round": 4, "feedback_date": None, "problems": 0, "figures": []}),
    # --- second session (top-up) ---
    # --- news -----------------------------------------------------------------------------------------------------------
    # https://ggfw.cnipa.gov.cn/PatentCMS_Center/info/1537 (a national bureau's service portal: the bureau's party group
    # mobilises its rectification after a central inspection: unit 国家知识产权局党组 (the body that holds the meeting on
    # the problems the central group pointed out, and the one the inspection was of: 这次中央巡视是对局党组…的一次全面政治
    # 体检; as r24's provincial_guarantee_group_second_inspection_group_rectification_mobilisation reads a body mobilising
    # its rectification); 中央巡视组 is no numbered group: no group (as r37c's 中巡組); 9月3日 is the meeting's day (the
    # page's 2020-09-04 its time): no feedback day, no start or end (settled 10: a meeting's day is no start); no round or
    # term named; the problems pointed out are not told: problems 0; no figures; no other body inspected: units [])
    ("cnipa_party_group_central_rectification_mobilisation_2020", "https://ggfw.cnipa.gov.cn/PatentCMS_Center/info/1537", "news", """国家知识产权局党组召开巡视整改工作动员部署会议

作者: admin2 时间: 2020-09-04 09:33 次阅读

……
9月3日,国家知识产权局党组召开巡视整改工作动员部署会议,深入学习贯彻习近平总书记关于巡视工作的重要讲话精神,针对中央巡视组指出的问题,部署整改任务,切实做好巡视“后半篇文章”。局党组书记、局长、局巡视整改工作领导小组组长申长雨作动员讲话。
申长雨指出,这次中央巡视是对局党组和全局各级党组织的一次全面政治体检,巡视反馈意见代表了党中央对局党组的明确要求。……
……今天的会议标志着巡视整改工作已经转入全面整改阶段,要按照整改进度安排扎实推进。……
""", {"unit": "国家知识产权局党组", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://yueyang.gov.cn/bmdt/content_1452028.html (a city portal's note: a new district's meeting on the petitions a
    # provincial group handed over: group 省委第七巡视组 (the one group the text names); the unit is left unscored (the
    # text names no body the group inspects: 南湖新区 is where the handed-over petitions are handled, which a reader could
    # take for the place inspected or for part of a city inspected; see "What I was unsure of (second session)"); no
    # dates (近期 only), no term or round; the petitions are not counted; no problems; no figures; units [])
    ("yueyang_nanhu_district_provincial_seventh_group_petitions_meeting", "http://yueyang.gov.cn/bmdt/content_1452028.html", "news", """近期,南湖新区召开专题会议调度省委巡视组移交信访件办理工作。区工委书记李运帷出席并讲话,区工委副书记、管委会主任雷欣主持会议,……
会议要求,要以积极严肃的态度,办理好省委第七巡视组移交信访件。相关部门要明确“一把手负总责,专人包干”的工作责任机制,按照巡视工作条例有关要求,对巡视组移交信访件迅速受理,迅速办理,迅速整改,迅速反馈,……
(南湖新区信访局)
""", {"units": [], "group": "省委第七巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.eghvdg.cn/article/1291374 (an unrelated site's repost, its source line naming a document library and a
    # military forum, of a weekly's feature on the central groups of 2013: the third central group's feedback to the
    # Ministry of Land and Resources: unit 国土资源部 (the body the feedback is of, as the text names it; it never writes
    # 党组), group 中央第三巡视组; the feedback is told as 四天前 from 2014年3月4日: a relative day, left unscored (see "What
    # I was unsure of (second session)"); the mobilisation 4个月前 gives no start; no end; no round or term named for this
    # visit (分两轮 counts the year's rounds); the problems are told in running text ending 等问题: problems unscored (as
    # r33b's suining feedback); the excerpt is cut before the other places' stories: units []; 20个巡视组 and 20个地区和
    # 部门 are counts: no figures)
    ("land_resources_ministry_central_third_group_feedback_repost", "https://www.eghvdg.cn/article/1291374", "news", """中央巡视组:部分官员说领导好话为让其尽快调走

来源:百度文库 编辑:超级军网 时间:2024/04/25 13:40:53


被巡视诊出的“官病”
  2014年3月4日,国土资源部的官网首页,已找不到中央第三巡视组四天前反馈的该部查案不力、用人不当等问题的信息了。网站首页的要闻头条,是部长姜大明2月28日出席某次会议的消息。
  四天前,中央第三巡视组组长杨晓渡与姜大明坐到了一起,召开巡视结果反馈会。4个月前,他们曾坐在一起开巡视工作动员会。
  杨晓渡在反馈会上措辞严厉:国土部存在抓业务和抓党风廉政建设一手硬一手软、对权力监督制约不到位、对违纪违法案件查处不力、个别干部使用不当等问题,此外还收到反映该部一些领导干部问题的线索,已转中纪委、中组部处理。
  ……
  2013年夏秋,中央派出20个巡视组,分两轮对20个地区和部门进行为期两个月的巡视。……
""", {"unit": "国土资源部", "units": [], "group": "中央第三巡视组", "term": None, "round": None, "start": None, "end": None,
      "figures": []}),
    # --- progress -------------------------------------------------------------------------------------------------------
    # https://wanshengshangwu.com/art/2018/12/29/art_1302389_28680080.htm (an unrelated domain holding a city portal's
    # page under its own path: a development zone's working committee reports its rectification after a provincial
    # group's visit: unit 温州浙南产业集聚区党工委 (the visit's body as written; a progress report keeps the visit's unit,
    # settled 5's note), group 省委第四巡视组; visit 2018年5月22日至6月22日; the feedback 7月27日 has no year: settled 1
    # gives the visit's year, 2018-07-27; no term or round named; the excerpt keeps the opening only, whose steps
    # (专题会议, 民主生活会…) are no problems: problems 0; no figures; units [])
    ("wenzhou_zhenan_cluster_zone_provincial_fourth_group_progress_2018", "https://wanshengshangwu.com/art/2018/12/29/art_1302389_28680080.htm", "progress", """根据省委部署,2018年5月22日至6月22日,省委第四巡视组对温州浙南产业集聚区党工委进行了巡视。7月27日,省委第四巡视组向浙南产业集聚区党工委反馈了巡视意见。按照党务公开原则和巡视工作有关要求,现将巡视整改情况予以公布。
……
""", {"unit": "温州浙南产业集聚区党工委", "units": [], "group": "省委第四巡视组", "term": None, "round": None,
      "start": date(2018, 5, 22), "end": date(2018, 6, 22), "feedback_date": date(2018, 7, 27), "problems": 0,
      "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://chinanews.com.cn/news/2005/2005-01-06/26/525258.shtml (a news agency's page on the year's inspections of
    # 2004, from the discipline paper: round-level, unit ""; five groups, a financial group and 121 provincial groups: no
    # group; no term or round named; the twelve provinces are not named, and the banks are named as examples before 等
    # (中国工商银行、中国农业发展银行等中央管理的银行): units unscored (as r37c reads bodies named as examples); 从2004年3月开始
    # begins a series of visits, not one visit's span: start and end unscored; 截止到去年12月中旬 is part of a month (settled
    # 11); no feedback; no problems; 5个, 12个, 121个 and 195个 count groups and bodies: no figures)
    ("central_2004_inspections_year_summary_chinanews", "http://chinanews.com.cn/news/2005/2005-01-06/26/525258.shtml", "rounds", """中国去年巡视工作全面推进 重点监督省部级官员

2005年01月06日 15:06

  中新网1月6日电 据中国纪检监察报报道,2004年全国巡视工作继续稳步向前推进,中央纪委、中央组织部5个巡视组先后对12个省区市开展巡视,金融巡视组对部分金融机构进行巡视,全国31个省区市和新疆生产建设兵团都设立了巡视机构,组建了专职巡视队伍。

  去年年初,中央纪委、中央组织部从有关部门抽调人员,组建了金融巡视组,召开了金融巡视组工作动员会。从2004年3月开始,金融巡视组先后对中国工商银行、中国农业发展银行等中央管理的银行开展巡视。与此同时,中央纪委、中央组织部继续深入开展对省区市的巡视工作。
……
  按照中央的要求,2004年,全国31个省区市和新疆生产建设兵团党委也都设立了巡视机构,组建了专职巡视队伍。截止到去年12月中旬,各省区市及新疆生产建设兵团共批准组建了121个巡视组,先后对195个地、市、州和省直部门开展了巡视工作。
……
""", {"unit": "", "group": None, "term": None, "round": None, "feedback_date": None, "problems": 0, "figures": []}),
    # --- audit ----------------------------------------------------------------------------------------------------------
    # search corpus pages (no URL returned) (a city's note: its people's congress standing committee and audit bureau set
    # up a joint team to supervise audit rectification: an audit text, no party inspection; expects nothing: no unit,
    # group, dates, round, units, problems or figures (as r34c, r36c and this file's Ma'anshan audit read audit texts);
    # 3个城区 counts districts reporting, no figure)
    ("huangshi_npc_audit_bureau_rectification_task_force", "search corpus pages (no URL returned)", "audit", """近日,为进一步推动审计查出问题整改工作的成势见效,黄石市人大常委会和黄石市审计局联合成立了审计整改调研监督工作专班,对重点单位、难点问题开展现场督导和专题询问,充分发挥了人大监督和审计监督合力。
调研组深入黄石新港(物流)工业园区现场,实地察看了企业入河排污口整治情况,明确整改措施和整改时限,督促被审计单位压实整改责任,确保问题及时整改销号清零。
图为调研组实地查看入河排污口整治情况
随后,调研组召开专题会议,听取了3个城区关于农贸市场缺口资金未安排到位等问题的整改情况汇报,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- second session: texts in SHARES_TEMPLATE ----------------------------------------------------------------------
    # http://epaper.bjnews.com.cn/html/2014-04/17/content_506748.htm?div=-1 (a Beijing paper's e-edition, its headline
    # cut at the start as the tool gives it: Henan has received the eighth central group's first batch of petitions to be
    # handled locally: group 中央第八巡视组; the unit (河南, a place whose committee the text does not name) is left
    # unscored, as r28c leaves the same visit's bare 河南; no round named here; 5月上旬 is part of a month, and the
    # petitions' results are no inspection's feedback: no dates; 2553件 are petitions received, no figure (settled 6);
    # no problems) -- SHARES_TEMPLATE (r28c's central_eighth_group_henan_entry_2014_first_round: the same visit)
    ("central_eighth_group_henan_first_petitions_batch_2014_bjnews", "http://epaper.bjnews.com.cn/html/2014-04/17/content_506748.htm?div=-1", "news", """系第八巡视组交办应由地方办理的首批信访件;已分别落实承办单位
据新华社电 记者从有关部门了解到,中央第八巡视组与群众的信访渠道一直是畅通的。河南近日已接到中央第八巡视组交办的应由地方办理的第一批信访件。
据河南有关方面介绍,这批信访件共2553件。
……
5月上旬,河南将向中央第八巡视组反馈第一批信访件办理的初步结果。
……
""", {"group": "中央第八巡视组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.kygw.cn/shanghai/Info.asp?ID=502 (an unrelated site's copy, with its 来源时间 line, of a ministry's
    # progress report after a central inspection: read as r13 reads the same report: the unit, named with a bracketed
    # short name (以下简称部党组), unscored; group 中央第十二巡视组; visit 2022-04-06 to 2022-06-02; feedback 2022-07-19; the
    # round named in the ministry's leading group's name (部落实中央第九轮巡视工作领导小组): round 9; no term; 8次 meetings
    # are no metric) -- SHARES_TEMPLATE (r13's transport_ministry_central_progress: the same report)
    ("transport_ministry_central_twelfth_group_progress_copy_kygw", "http://www.kygw.cn/shanghai/Info.asp?ID=502", "progress", """来源时间为:2023-03-25
根据中央统一部署,2022年4月6日至6月2日,中央第十二巡视组对交通运输部党组(以下简称部党组)开展了常规巡视。2022年7月19日,中央巡视组向部党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、党组履行巡视整改主体责任情况
……一)认真履行巡视整改第一责任人责任。部主要负责同志对巡视整改负首责、负总责,……担任部落实中央第九轮巡视工作领导小组组长,全流程参与,全过程把关,主持8次领导小组会议,……
""", {"group": "中央第十二巡视组", "term": None, "round": 9, "start": date(2022, 4, 6), "end": date(2022, 6, 2),
      "feedback_date": date(2022, 7, 19), "figures": []}),
]
