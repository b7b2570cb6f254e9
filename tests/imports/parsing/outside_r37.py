"""Outside texts of batch r37 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r6-r36 and the c/new files) and test_outside_documents.py, with and without www./m./mip./wap. and its
query string (host and distinctive path part grepped apart), and two or three distinctive names or phrases of each text
(its people, its bodies, its wording) were grepped in them, in simplified and traditional script. Fields were written
down by reading only: the importer was not run, no test or bench that runs it was run (bench/outside_overlap.py, which
loads the cases without running the importer, is the only bench run), and the collector read neither imports/ nor the
parser's tests nor variants.py nor the seeds (only the outside_*.py data files, outside_set.py's docstring, Case,
extract and score, bench/outside_overlap.py, test_outside_documents.py grepped for duplicates, and the brief); the
integrator runs them once, and that run is the honest figure for unseen texts. Scratch work stayed under
/tmp/outside_r37_scratch/.

SHORT BATCH. 9 texts, 8 measured and 1 in SHARES_TEMPLATE, from 42 "pages" look-ups (the brief's hard cap; no other
verb of the search tool was used). The brief asks for 13-16 texts and at least 12 measured: the cap was reached with 8
measured, and, as the brief says, the collector stopped there and did not pad with texts that state nothing. Of the 8
measured, 6 state an inspection's fields and 2 expect nothing (a quarter, the most the brief allows). The batch should
be topped up in a later session, as r34 was.

TOPPED UP IN A SECOND SESSION. The file was topped up by collector A in a second session, before any rules pass saw
it, with 44 "pages" look-ups (of the brief's hard cap of 60; no other verb of the search tool was used), under the same
rules (the importer not run, imports/, the parser's tests, variants.py and the seeds not read; scratch work under
/tmp/outside_r38.py_scratch/). The first session's nine texts and their expectations stand exactly as they were; the
eight added texts follow a comment line "# --- second session (top-up) ---" in HELD_OUT_R37 and in SHARES_TEMPLATE.
Searched: bodies of this share by kind that the first session's queries had not named (a maternal and child health
centre, county and city hospitals, rural commercial banks, a city public transport group and metro groups, an energy
group, a pharmaceutical group, a coal group, mobile operators, open universities, vocational and technical colleges,
technician schools, kindergartens, secondary schools, libraries, museums, cultural centres and culture institutes, a
blood centre, a testing centre, broadcasters, magazines, geological teams, sports schools and departments, research
institutes of the academy of sciences, trade unions, Red Cross societies, federations of industry and commerce,
women's federations, disabled persons' federations, social science federations, supply and marketing cooperatives,
city investment groups and provincial SASAC rounds), by kind of text (反馈会, 动员会, 进驻, 整改进展情况的通报 and a
document-sharing site's .docx copy of one) and in traditional script (hospitals' feedbacks, groups' feedbacks). Most
results were earlier batches' (about eight results a look-up; of those in this share, all but fourteen texts were
held by r6-r36: e.g. 宣城/襄阳/太和/泸州/博兴/郴州/衡阳 hospitals, 中科院 institutes' feedbacks, 江苏科大/南信大/华东师大/川农大 rounds,
盘锦职院, 苏州职大, 广州公交, 申通地铁, 中国电信, 国药, 川投, 北京开放大学, 古田会议纪念馆, 湿地博物馆, 府谷/湘潭/泉州/丽水 women's
federations, 天长/威海/沧州 disabled persons' federations, 枣庄/鲤城 social science federations, 厦门文联, 雁塔 Red Cross and
federation of industry and commerce). Taken (new): a district group's feedback to a district maternal and child health
centre (Xuzhou, Yibin), a county group's entry into a county public inspection and testing centre (Jiayu), a city
trade-union federation's party group studying the mobilisation of the city's sixth group in the fifth committee's
third round (Zhumadian), a city Red Cross society's rectification report with its rules (21项), a county
kindergarten's rectification report on a document-sharing site with its page marks and 15 problems (Yanggu), and a
district's feedback to six mass organisations copied onto an unrelated site-group domain (Shangjie); and, in
SHARES_TEMPLATE, a city culture centre's progress report in the Dongying portal's template of the round r11's
dongying_science_progress holds, and a Shanghai state group's progress on the twelfth municipal committee's first
round in the Shanghai template r16, r20 and r29c hold (copied by a legal-news portal). Left out: a provincial literary
federation's special inspection of its art museum and exchange centre (jswyw.com 8159753: a special round, collector
D's kind), a university library branch's organisational life on a provincial group's rectification (lib.xynu.edu.cn
1335: no inspection told beyond the group's count of problems), a vocational school's feedback by the provincial
education work committee's first group (hnjgxy.com.cn 1442: the school only 我校 and the feedback day without a year,
so it would state nothing), a university's third-round special checks (a-1securityco.com 59726: special checks, D's
kind), a city's Red Cross look-back mobilisation (hanzhong.qinfeng.gov.cn 24790: a 回头看, D's kind), a county
Red Cross look-back progress (jiedong.gov.cn 620976, already r22's), and the Yanta district federation of industry and
commerce's feedback (no address: the same district group, leader and visit span, 2022年5月23日至8月19日, as r12's Yanta Red Cross feedback,
the portal's feedback template for another unit).
Among the added texts two departures from the first session's practice are said in place: 中共 and a full style are
kept in a unit as the visit writes it (中共阳谷县实验幼儿园支部委员会), as r19-r27 keep such names; and a term and round
are read from a report's title where the title says 市委 and the body 县委 (十四届市委第二轮 -> 14, 2).

Counts for the whole file after the top-up: 17 texts, 14 measured and 3 in SHARES_TEMPLATE. By family: news 6, all
measured (the first session's 3 and xuzhou_district_maternal_child_centre_third_group_feedback,
jiayu_public_testing_centre_county_first_group_entry, zhumadian_trade_union_city_sixth_group_mobilisation_study);
progress 4, 2 measured (jinjiang_school_city_third_group_rectification_fifty_five_problems_2021,
huaibei_red_cross_city_second_group_progress) and 2 in SHARES_TEMPLATE (dongying_culture_centre_city_sixth_group_progress,
shanghai_sitico_group_twelfth_term_first_round_progress_copy); noisy 7, 6 measured (the first session's 4 and
yanggu_experimental_kindergarten_county_third_group_progress_doc_copy, shangjie_six_mass_organisations_district_feedback_mirror)
and 1 in SHARES_TEMPLATE (the Ordos meeting). Texts expecting nothing: 2 of 14 measured (the essay and the abstract),
under the brief's quarter. Fields read and absence checks (counted as the first session counted them: a unit of ""
counts as a field read, each unit of a list and each figure counts; None, [] for units or figures, and problems 0 are
absence checks): outside SHARES_TEMPLATE 54 fields and 84 absence checks (news 17 and 44, progress 9 and 9, noisy 28
and 31), of which the top-up adds 29 and 31; in SHARES_TEMPLATE 17 fields and 12 checks. Figures read outside
SHARES_TEMPLATE: 7 (the first session's 5, the Red Cross society's rules_established 21, the kindergarten's problems
15); in SHARES_TEMPLATE the culture centre's problems 15 and measures 40.

Overlap check after the top-up. `bench/outside_overlap.py tests/imports/parsing/outside_r37.py` (17 texts against 2125
earlier) finds no shared address but the first session's placeholder; 618 pairs share more than 3 shingles and 12 of
them more than 3 beyond its formulas; the longest shared run is 47 characters, the Dongying progress template's opening
(日反馈了巡察情况。按照巡察工作有关要求,现将巡察整改进展情况予以公布。一、整改工作基本情况市委) shared by the SHARES_TEMPLATE culture
centre report with r10's dongying_police_progress. Of the twelve, nine are the first session's (above); the three new
ones: the Shanghai group's report with r13's shanghai_bank_lookback_progress (有限公司委员会关于十二届市委第…整改进展情况的通报,
根据市委统一部署,市委第四巡视组于202…: the Shanghai template, the reason it is in SHARES_TEMPLATE), the Jiayu entry with
r6's yunyang (上午8:30-12:00,下午14:30-17:30: office hours) and the Zhumadian study meeting with r35d's
prefecture_thirteenth_term_fifth_round_education_special_mobilisation (,充分认识开展巡察工作的重大意义: a mobilisation
formula). The other pairs of the added texts share progress and feedback formulas only (反馈了巡察意见。按照党务公开原则和巡察
工作有关要求,现将巡察整改情况予以公布。一、 with r14's xinwu_womens_federation_progress and other reports; 党中央决策部署在基层落实
情况方面 with r16's sicau_library_archives_branch_feedback). The tool counts three texts as sharing more than its
formulas with the seeds: the first session's essay and Hongze feedback and the added Red Cross report; the seeds were
not opened, and the Red Cross report's wording beyond the tool's stock is the progress reports' opening and working
formulas (按照党务公开原则和巡察工作有关要求, 成立巡察整改工作领导小组, 举一反三、标本兼治, 扎紧制度的笼子), so it is likely no seed's
document, but the integrator may check. The other collectors' files of this pass (outside_r37b.py, outside_r37c.py and
outside_r37d.py as they stood; no outside_r38*.py yet) were grepped for every added address, host and name (xzqfy, 叙州,
妇计, jiayu, 嘉鱼, 检验检测, zmdzgh, 总工会, hbjjjc, 红十字会, desk33, 阳谷, 幼儿园, idojh, 上街, 侨联, 44216, 文化活动中心, fzzx, 上实/上實):
none holds them (outside_r37c.py names 中华全国总工会 and 中华全国归国华侨联合会 in the 20th central fourth round's list, no
text of this file).

Overlap check. `bench/outside_overlap.py tests/imports/parsing/outside_r37.py` (it loads the cases without running the
importer; 9 texts against 2125 earlier) finds no shared address but the placeholder "search corpus pages (no URL
returned)" (the Jiageng feedback's, which it matches with r36b's cili fish-pond story and other address-less texts), 173
pairs sharing more than 3 shingles and 9 of them more than 3 beyond its formulas; the longest shared run is 27
characters. The nine: the Linyi hospital's mobilisation with r9's linfen_central_hospital (市委第二巡察组巡察市中心医院党委:
another city's hospital, a feedback), r12's wuhu_culture_three_units_mobilisation (根据市委关于巡察工作的统一部署,近日,市委第),
r17's bijie_hospital_sixth_round_mobilisation (医院党委工作动员会召开。会前,市委第), outside_set's shangrao and r36d's
Lianyun deployment (届市委第六轮巡察情况汇报时的讲话精神, 党中央决策部署、省市委工作要求: mobilisation formulas); the associations'
mobilisation with r15's fourth_hospital_special_group_mobilisation_trad (工作動員會召開。會前,市委巡察); the Jiageng feedback
with r35's suda leading-group meeting (巡察中發(fā)現(xiàn)的, converter noise); the Hongze feedback with r13's
yancheng_transport_feedback, r35d's wusu_ganhezi feedback, r22's Zhangjiajie feedback and r29d's shangyou mobilisation (根据市委巡察
工作领导小组部署, 领导班子反馈了巡察情况, 顺利完成了巡察任务: feedback formulas); and the Hebei abstract with r10's
shandong_abstract_bilingual (the English words Provincial Party Committee in both abstracts' translations: another
province's article). None is the same text, visit or round; every other pair shares formulas only
(习近平新时代中国特色社会主义思想, 《中国共产党巡视工作条例》). The tool counts two texts as sharing more than its formulas with
the seeds (the state-enterprise essay and the Hongze feedback); the collector may not open the seeds, so the shared
wording is not known to the collector; their wording beyond the stock formulas is a city portal's feedback formula (根据市委
巡察工作领导小组部署, 主要负责人和领导班子反馈了巡察情况) and an essay quoting 《中央巡视工作规划(2023—2027年)》 and
“后半篇文章”, and neither is likely a seed's document (a school's feedback on a city discipline portal, an industry portal's
essay), but the integrator may check. The other collectors' files of this pass were grepped at the end for this file's
addresses and hosts and its bodies and people (ciftv 110459, lyszxyy 2204, bpsa 34677, jjcdi 7091356, haicao88 99325,
jw.huaian, 218.28.6.71, hgsyj 34877, 鞍钢/攀钢, 临沂市中心医院, 田相同, 嘉庚, 梁衛中, 洪泽中学, 郭培源, 黄源华, 李永泓, 胡道勇, 曹哲,
河北省30所, 中国电源产业网, 鄂尔多斯应用技术学院 in both scripts, 李向东): outside_r37b.py (15 texts), outside_r37c.py (9 texts at the
time) and outside_r37d.py (4 texts at the time, still being written) hold none of them. Compared by a scratch script
with 12-character shingles, no text of theirs shares more than formulas with this file's (three pairs over 3
shingles: the Linyi mobilisation and the Jinjiang report with r37b's dongfang donghe town progress, 《中国共产党巡视工作条例》
and 习近平新时代中国特色社会主义思想; the Hongze feedback with r37d's city health-system look-back speech, 党的二十大精神和习近平
总书记).

Sources. 9 texts from the search tool's "pages" corpus, 8 with their address returned and 1 without (the Xiamen
University group's feedback at Jiageng College). The corpus is exhausted for this share: of some 330 results the 42
queries returned (about 250 distinct addresses), some 140 were in this share and all but about a dozen of those were
earlier batches' (every hit for enterprise groups' internal rounds, entries and feedbacks (中冶成勘 in traditional, 中国电气装备,
中国铜业, 太钢, 本钢, 首钢, 酒钢, 山钢, 中建一局, 中建集团, 湛江港, 安徽交控, 安徽路港, 鲁西集团, 月博, 市建投 in three spun
copies, 国机重工, 云南农垦, 南京国资, 武投控, 珠海联港, 成都空港, 特区建工, 广州日报报业, 南通报业, 大众报业, 福建日报报业),
the state grid's nine rounds in two copies, hospitals' city and district visits, feedbacks and progress reports (宣城,
襄阳, 泸州, 博兴, 宜昌, 荆州, 毕节, 简阳, 绍兴, 海安, 省胸科医院), CAS institutes' feedbacks (成都生物所, 青藏高原所, 西北高原所,
理论物理所, 上海应物所, 微生物所), university internal rounds, feedbacks and mobilisations (武汉大学, 华东师大, 矿大, 湖北大学,
南信大, 江苏科技大学, 郑大, 北语, 淮阴工学院, 山西农大, 盐城工学院, 西安科大, 中国地质大学), vocational colleges, secondary
schools (关塘中学, 柳州一中, 第二实验中学, 中山中专), media centres (晋江, 建湖, 通州) and the 2015 central rounds' lists).
Queries went by kind of body (tobacco, power supply, rural commercial banks, research institutes, city investment
companies, newspaper groups and broadcasters, associations (科协, 文联, 残联), steel groups, party schools, water groups,
publishing houses, culture and tourism groups, construction groups, affiliated hospitals, centres for disease control),
by kind of text (反馈会, 动员会, 进驻, 整改进展情况的通报, 巡察整改情况报告, figures with 销号 and 问责), by year (2011-2016, 2019,
2021, 2023-2026), by place (晋江, 赣州, 鄂尔多斯, 临沂), in traditional script (groups' entries, university feedbacks,
hospital progress), in pinyin (two queries) and with a betting word. Taken (new): a Jinjiang school's progress report on
a city group's feedback (2021), a city group's mobilisation at two associations in traditional script, Angang's 2018
inspections of two subsidiaries with their totals, the Xiamen University group's feedback at Jiageng College in
traditional script with doubled commas, the Linyi central hospital's mobilisation with its group's number lost in the
body, the Hongze middle school's feedback with its days run together, an essay on state enterprises' inspection
rectification and a journal abstract on Hebei universities' special inspections (both expect nothing), and, in
SHARES_TEMPLATE, the Ordos applied technology college's leading-group meeting passing the plan of the round whose
mobilisation r36 holds. Left out: a university's third committee's fourth round feedback at five units (no address;
r10's university_fourth_round_feedback holds the same text), the Ministry of Education's progress report on the 2015
central eighth group's visit spun with a betting word (sdyjmm.com 344929: a central department, collector C's kind), a
development zone's working committee's progress report (nkjx.gov.cn: a zone's committee, collector B's kind), a list
of the 20th central fourth round's 34 bodies (maoflag.cc: a central round, C's kind), English and Thai pages (a
university's rectification bulletin in English on gaxw.net, a central round's English commentary on tellerreport and
bbtel, wiki pages: not Chinese texts, as r34 left out its English translation), tobacco and health pages about
education-campaign supervision groups, healthy-city checks and yearly reports (no inspection), and a group chairman's
visit to a tourism subsidiary (hbjtw.cn: no inspection at all).

Families and counts (9 texts, 1 in SHARES_TEMPLATE, 8 measured). news 3, all measured:
angang_2018_two_subsidiaries_inspection_accountability_figures (unit "", two units, three figures),
linyi_central_hospital_city_second_group_mobilisation (unit, group, absence checks),
soe_inspection_rectification_countermeasures_essay_2025 (expects nothing). progress 1, measured:
jinjiang_school_city_third_group_rectification_fifty_five_problems_2021 (group, problems 55, measures 164; unit
unscored). noisy 5, four measured: city_fourth_group_science_family_planning_associations_mobilisation_trad
(traditional: two units), xmu_first_group_jiageng_college_feedback_trad (traditional with doubled commas: unit, group,
span 2020-10-28 to 2020-12-11, feedback 2021-01-06), hongze_middle_school_city_fourth_group_feedback_run_together
(run-together days: unit, group, span 2024-07-31 to 2024-09-27; feedback day unscored),
hebei_thirty_universities_special_inspection_abstract (a journal abstract with its English abstract: expects nothing);
one in SHARES_TEMPLATE: ordos_applied_tech_college_second_term_first_round_plan_meeting_trad (term 2, round 1). Texts
expecting nothing: 2 of 8 measured, a quarter, the most the brief allows.

Fields read (a unit of "" for a round-level text or a text with no inspection counts, each unit of a list and each
figure counts) and absence checks (None, [] for units or figures, and problems 0), by the collector's count: outside
SHARES_TEMPLATE 25 fields and 53 absence checks (news 9 and 23, progress 3 and 6, noisy 13 and 24); in SHARES_TEMPLATE
3 fields and 7 checks. Figures read: 5 (Angang's problems 347, accountable_people 136 and disciplined_people 6; the
Jinjiang school's problems 55 and measures 164); none elsewhere (两家子企业, 50家直管党委, 30所本科高校, 7个方面, 三个方面,
45.3%, 2019年第7期 are counts of bodies or areas, a rate or an issue, no figures).

Reading conventions (outside_set.py's settled conventions 1-16 followed exactly, and the written conventions of
outside_r24.py's docstring and the earlier files of this share, r29-r36): a feedback or visit naming its body has
that body as its unit as the text names it (对洪泽中学党委进行了巡察 -> 洪泽中学党委; 对嘉庚學院開展了巡察 -> 嘉庚学院); a
mobilisation has the body its meeting names (巡察市中心医院党委工作动员会 -> 市中心医院党委, as r33b's wudi reads
巡察县档案馆工作动员会); one group mobilised at two bodies gives them as units with unit "" and the group unscored (as
r33b's shaodong and r16's haian read one group at several bodies); a school written only 我校 leaves the unit unscored
(as r36's school feedback of 2009); groups are written as named, a university's without its name (厦门大学党委第一巡察组
-> 党委第一巡察组, as r33 reads 浙江师范大学党委第一巡察组), and a group whose number the body lost (市委第巡察组) is read
from the title (市委第二巡察组); a visit's span and a feedback day told in full are read as told, run-together digits
only where one reading is possible (as r32: 2024731日至927日 -> 2024-07-31 to 2024-09-27; 2024115日 reads either
2024年11月5日 or 2024年1月15日, so it is left unscored); a mobilisation's day (11月16日) and 近日 give no date (settled 10);
a mobilisation conveying words said on hearing a round's report (听取十四届市委第六轮巡察情况汇报时的讲话精神) gives no term and
no round (settled 14); a round named only in the title of a plan a meeting passed (《…二屆黨委第一輪巡察工作方案》) is the
text's (settled 2), and a term's plan (《…第二屆黨委巡察工作規劃(2024—2028年)》) or a central plan's title
(《中央巡视工作规划(2023—2027年)》) gives no round; N个问题 is problems and N条整改措施 measures (as r30c and r32c);
责任追究N人次 is accountable_people (as r31d reads 追责问责18人), 处分N人次 disciplined_people, and a count of two kinds
together (组织处理和经济考核130人次) no figure (settled 16); findings told as areas in one clause (…等问题和不足, 主要表现在三个
方面, …等方面的问题347个) are left unscored as problems (as r33-r36); bodies named as attending (桐山街道…计生协会秘书长,
洪泽区区长) are no units; expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it. The Jinjiang school's report (jjcdi.gov.cn, 2021) is cut before its
heading, so the school is never named (我校) and no day of the visit or the feedback is told: only the group, the 55
problems and the 164 measures are read; the clause 建立周报告…等7项巡察整改工作制度 (working rules of the rectification
itself, which a reader could take for rules_established 7) is cut (……) so that no figure of doubtful kind competes; the
portal holds other schools' and bodies' reports in r11, r18 and r25 (other rounds, 2024-2025), so this one is measured.
Angang's story (ciftv.net, 2019) is read as round-level (unit "") with the two subsidiaries as its units as the text
writes them (鞍山钢铁, 攀钢: the trailing 两家子企业党委 counts them); its two per-body counts (鞍山钢铁党委责任追究63人次,
攀钢党委…73人次) are cut so that no figure of one body competes with the totals; 处分6人次 is read as disciplined_people
though 处分 is not said to be 党纪 or 政务 (a reader could leave it out). The Jiageng College feedback's unit is read
嘉庚学院 as the visit and the meeting name it, though the text also says 嘉庚學院黨委 and the feedback goes to
嘉庚學院黨政主要領導和教職工: a reader could take 嘉庚学院党委 (settled 5 names the fuller body the feedback goes to, and here
that body is not the committee). The Hongze feedback's day 2024115日 is left unscored (two readings; the page's
发布时间:2024-10-07 fits neither); its 45.3% is a pass rate, so figures [] is an absence check. The two associations'
mobilisation is on a domain unrelated to them (haicao88.cn) and its city is never named (桐山街道, 桐城街道 and 山前街道
suggest Fuding); the group is left unscored as one group of two units, as r33b reads it. The Linyi hospital's
mobilisation loses the group's number in the body three times (市委第巡察组), the title gives it (市委第二巡察组). The Hebei
abstract lists seven areas (根本制度…其他等7个方面) where thirty universities' feedbacks found problems: an aggregate of many
inspections, no one inspection's findings, so problems 0 and figures [] are its absence checks. The Ordos college's
meeting is of the same round (二屆黨委第一輪) as r36's municipal_university_second_term_first_round_seven_offices_trad on the
same domain (hgsyj.cn), so it is in SHARES_TEMPLATE.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round/visit, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the same domain (hgsyj.cn) and the same round (鄂爾多斯應用技術學院二屆黨委第一輪巡察) as r36's
    # municipal_university_second_term_first_round_seven_offices_trad, which mobilises that round
    "ordos_applied_tech_college_second_term_first_round_plan_meeting_trad",
    # --- second session (top-up) ---
    # a city culture centre's progress report in the Dongying discipline portal's progress template, of the same round
    # (fed back 2024-08-23) as r11's dongying_science_progress (itself in r11's SHARES_TEMPLATE) and the form of r10's
    # dongying_police_progress and r15's dongying_port_zone_progress
    "dongying_culture_centre_city_sixth_group_progress",
    # a Shanghai state group's progress on the twelfth municipal committee's first round in the Shanghai municipal
    # progress template that r16's shanghai_emergency_bureau_municipal_progress, r20's shanghai_shentong_metro_group_progress
    # and r29c's Xuhui report (in r29c's SHARES_TEMPLATE) hold, copied by a legal-news portal
    "shanghai_sitico_group_twelfth_term_first_round_progress_copy",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R37 = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://www.ciftv.net/a/news/china/dfxw/2019/0228/110459.html (a news portal's copy of a story on Angang's 2018
    # inspections of two subsidiaries: round-level, unit "" (鞍钢集团有限公司党委 runs the inspections, no unit); the two
    # subsidiaries as written are its units (对鞍山钢铁、攀钢两家子企业党委开展了常规巡视); no group is named (巡视办 is an office),
    # no term, no round; 2018年 and 2018年11月 (a notice) give no dates; figures: 问题347个 -> problems 347, 共责任追究136人次
    # -> accountable_people 136, 处分6人次 -> disciplined_people 6; 组织处理和经济考核130人次 counts two kinds together, no
    # figure (settled 16); the two per-body counts are cut; the findings are areas in one clause, so problems are left
    # unscored)
    ("angang_2018_two_subsidiaries_inspection_accountability_figures", "http://www.ciftv.net/a/news/china/dfxw/2019/0228/110459.html", "news", """为贯彻落实中央巡视工作方针,切实发挥巡视利剑作用,2018年,鞍钢集团有限公司党委聚焦“六围绕一加强”,以巡视巡察上下联动方式对鞍山钢铁、攀钢两家子企业党委开展了常规巡视,共发现学习贯彻党的十九大精神不深入、基层党建薄弱、选人用人不规范、作风建设不到位等方面的问题347个。
在整改过程中,鞍钢党委以强化责任追究为抓手,督促巡视办、被巡视党委、纪委和组织部门各司其职、发挥作用,使责任追究始终贯穿巡视整改全过程,共责任追究136人次,其中,处分6人次、组织处理和经济考核130人次,形成了震慑,压实了责任,增强了整改实效。
注重发挥巡视办的督促指导作用。2018年11月,制定下发了《关于在巡视反馈问题整改过程中加强责任追究工作的通知》。……
""", {"unit": "", "units": ["鞍山钢铁", "攀钢"], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None,
      "figures": [("problems", 347), ("accountable_people", 136), ("disciplined_people", 6)]}),
    # https://lyszxyy.com.cn/Html/News/Articles/2204.html (a city hospital's own site: a city group's mobilisation at the
    # hospital: the unit as the meeting names it (巡察市中心医院党委工作动员会 -> 市中心医院党委); the group as the title
    # names it (市委第二巡察组; the body writes 市委第巡察组, its number lost); 近日 gives no day; the mobilisation conveys
    # words said on hearing the 14th city committee's sixth round's report: no term, no round (settled 14); no span, no
    # feedback; the 重点了解 areas are no problems: problems 0; no figures)
    ("linyi_central_hospital_city_second_group_mobilisation", "https://lyszxyy.com.cn/Html/News/Articles/2204.html", "news", """欢迎您访问临沂市中心医院!

您所在的位置: 首页 >>新闻动态 >>医院新闻 >> 正文

新闻动态

医院新闻

市委第二巡察组巡察市中心医院党委工作动员会召开

字号: + - 14

根据市委关于巡察工作的统一部署,近日,市委第巡察组巡察市中心医院党委工作动员会召开。会前,市委第巡察组组长张军主持召开与党委书记田相同、院长胡伟的见面沟通会,通报巡察任务和工作安排。会上,传达学习市委主要负责同志听取十四届市委第六轮巡察情况汇报时的讲话精神;张军作动员讲话,对做好巡察工作提出要求。田相同主持会议并讲话。

市委第巡察组副组长及有关同志,市中心医院领导班子成员参加会议;医院行政科室副科级以上干部、主持工作科主任科护士长等列席会议。

……

张军强调,市委巡察组将坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻《中国共产党巡视工作条例》,坚守政治巡察定位,聚焦两个维护根本任务,深入查找政治偏差。重点了解党委贯彻落实党的路线方针政策和党中央决策部署、省市委工作要求情况,群众身边不正之风和腐败问题情况,基层党组织和党员队伍建设情况,巡察整改和成果运用、审计监督发现问题和党纪学习教育检视问题整改情况
……
""", {"unit": "市中心医院党委", "units": [], "group": "市委第二巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://china.bpsa.org.cn/contents/281/34677.html (a power-industry portal's essay on state enterprises' inspection
    # rectification: no inspection of any body is told, so it expects nothing: unit "", units [], no group, term, round
    # or dates (《中央巡视工作规划(2023—2027年)》 is a plan's title; 2025-08-09 is publication); no problems; no figures)
    ("soe_inspection_rectification_countermeasures_essay_2025", "http://china.bpsa.org.cn/contents/281/34677.html", "news", """国有企业巡视整改存在的问题及对策建议
2025-08-09
中国电源产业网

导语:巡视整改作为党内监督的“后半篇文章”,既是破解企业治理难题的关键抓手,更是推动全面从严治党与生产经营深度融合的战略纽带,其成效关乎国有企业高质量发展的政治底色与实践成色。
巡视整改作为党内监督的“后半篇文章”,……中共中央办公厅印发的《中央巡视工作规划(2023—2027年)》明确提出,要以“强化整改责任落实、强化整改全程监督、强化成果转化运用、用好问责惩戒武器”为核心举措,这一部署充分彰显当前及未来一段时期,以巡视整改提质升级引领巡视工作高质量发展的鲜明导向。……
● 国有企业加强巡视整改的重要意义
巡视整改是深化国有企业政治建设,践行“两个维护”的具体行动。政治巡视是对党组织履行党的领导职能责任的政治监督,关键是要落到职能责任上,以此检验被巡视党组织是否以实际行动坚决做到“两个维护”。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- progress -------------------------------------------------------------------------------------------------------
    # http://www.jjcdi.gov.cn/content/2021-06/02/content_7091356.htm (a county-level city's discipline portal: a school's
    # report on rectifying a city group's feedback, cut before its heading: the school is only 我校, so the unit is left
    # unscored; no other body inspected: units []; the group as named (市委巡察三组); no day of the visit or the feedback is
    # told: no dates; no term, no round; 针对巡察反馈的55个问题 -> problems 55, 提出完整的164条整改措施 -> measures 164; the
    # clause on the rectification's own 7项 working rules is cut; r11, r18 and r25 hold other reports of this portal, of
    # other rounds (2024-2025))
    ("jinjiang_school_city_third_group_rectification_fifty_five_problems_2021", "http://www.jjcdi.gov.cn/content/2021-06/02/content_7091356.htm", "progress", """一、强化主体责任,全面落实巡察整改工作
(一)提高政治站位,增强整改自觉
根据市委巡察三组的反馈意见,我校立即召开校长办公会、支委会、党政联席会和教职工大会,认真学习贯彻习近平新时代中国特色社会主义思想,认真领会中央、省委、泉州市委对巡视巡察工作的相关精神和要求,并着重学习和讨论市委巡察三组的反馈意见和郭培源主任的指导性讲话精神,……
(二)加强组织领导,明确责任分工
成立整改工作领导小组,由党支部书记、副校长黄源华任组长,校长刘晓斌任副组长,其他副校长和挂职校长助理为成员,下设办公室和督导组;……召开专题会议研究整改工作,针对巡察反馈的55个问题,逐条梳理研究,逐项细化任务,并提出完整的164条整改措施,形成切实可行的整改方案,逐一明确责任领导、责任处室、责任人和整改时限;……
""", {"units": [], "group": "市委巡察三组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 55), ("measures", 164)]}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://m.haicao88.cn/fenleixinxi/2022-11-17/99325.html (traditional script, a 根據(jù) with its pinyin, on an unrelated
    # domain: a city group's mobilisation at two associations at once: the two bodies as the meeting names them are the
    # units, simplified (市科学技术协会, 市计划生育协会), the unit "", and the one group of two units is not scored (as r33b's
    # shaodong); no round is named; 11月16日 is the mobilisation, without a year in the text: no start (settled 10); the
    # three 一要…三要 are requirements: problems 0; the streets named as attending (桐山街道…) are no units; no figures)
    ("city_fourth_group_science_family_planning_associations_mobilisation_trad", "http://m.haicao88.cn/fenleixinxi/2022-11-17/99325.html", "noisy", """根據(jù)市委關于巡察工作的統一部署,11月16日,市委巡察四組巡察市科學技術協會、市計劃生育協會工作動員會召開。會前,市委巡察工作領導小組成員、市委組織部副部長彭桂湯主持召開與市科協主席李贊雄、市計生協常務專職副會長蔡敏潔的見面溝通會,并傳達了市委關于巡察工作的指示精神、強調工作要求;市委巡察四組組長李永泓向市科協、市計生協通報巡察任務、工作安排、進駐有關事項和工作要求;市委四級調研員、市計生協會會長胡道勇出席會議并作強調講話。工作動員會由市計生協常務專職副會長蔡敏潔主持,……
市委巡察四組全體成員及市科協、市計生協全體干部,派駐紀檢監察組組長陳清庚,市老科協常務副會長李進,部分離退休老同志,桐山街道、桐城街道、山前街道計生協會秘書長等參加會議。
市委巡察四組組長李永泓指出,巡視巡察是黨章賦予的重要職責,是加強黨內監督的戰略性制度安排。一要提高政治站位,充分認識巡視巡察工作的重要意義;二要強化政治監督,準確把握巡察重點;三要積極協同配合,共同完成巡察任務。
……
""", {"unit": "", "units": ["市科学技术协会", "市计划生育协会"], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (traditional script with a converter's doubled commas (,, and ,。): a
    # university group's feedback at its independent college: the unit as the visit and the meeting name it
    # (對嘉庚學院開展了巡察, 巡察嘉庚學院意見反饋會 -> 嘉庚学院); the group without the university's name (廈門大學黨委第一巡察組 ->
    # 党委第一巡察组, as r33); the visit's span told in full (2020年10月28日至12月11日); the feedback's day told in full
    # (2021年1月6日); no term, no round; the findings are one clause (…等問題和不足), so problems are left unscored; the three
    # 一是…三是 are requirements; no figures)
    ("xmu_first_group_jiageng_college_feedback_trad", "search corpus pages (no URL returned)", "noisy", """根據(jù)廈門大學黨委巡察工作統(tǒng)一部署,,2020年10月28日至12月11日,,廈門大學黨委第一巡察組重點圍繞“四個落實”對嘉庚學院開展了巡察。巡察期間,巡察組召開領導班子見面會和動員大會,,聽取工作匯報,,開展問卷調查,,與教職員工個別談話,,列席有關會議,受理信訪舉報,,調閱檔案材料,,抽查核實情況,走訪相關部門單位,,并對巡察中發(fā)現(xiàn)的重點問題進行了深入了解,,順利完成了巡察工作,。
2021年1月6日上午,廈門大學黨委第一巡察組巡察嘉庚學院意見反饋會召開,。
廈門大學黨委第一巡察組組長梁衛(wèi)中代表第一巡察組分別向嘉庚學院黨政主要領導和教職工反饋了巡察意見,,并提出了整改建議。他指出,,嘉庚學院黨委在辦學過程中能夠深入貫徹黨的教育方針,,堅持社會主義辦學方向,以立德樹人為根本任務,,以提升組織力為重點,,為培養(yǎng)社會主義建設者和接班人提供政治保證,;同時,,在巡察中也發(fā)現(xiàn)嘉庚學院黨委存在著政治理論學習不夠深入、運用黨的創(chuàng)新理論成果推動獨立學院黨建和思想政治工作還需進一步研究,、貫徹落實上級黨組織決策部署和落實意識形態(tài)工作責任制還不夠到位,、基層黨建工作還不夠規(guī)范、干部隊伍建設和黨員教育管理還需加強等問題和不足,;建議嘉庚學院黨委要針對存在的問題,,進一步強化理論武裝,加強和改進思想政治工作,,大力推進基層黨建制度化規(guī)范化建設,,充分發(fā)揮黨組織在辦學治校過程中的政治保證作用。
廈門大學紀委副書記,、紀委辦主任,、巡察辦主任林金枝代表黨委巡察工作領導小組對嘉庚學院巡察整改工作提出明確要求:一是要提高政治站位;二是強化政治擔當,;三是要把準政治方向,。……
""", {"unit": "嘉庚学院", "units": [], "group": "党委第一巡察组", "term": None, "round": None,
      "start": date(2020, 10, 28), "end": date(2020, 12, 11), "feedback_date": date(2021, 1, 6), "figures": []}),
    # http://jw.huaian.gov.cn/col/17276_581163/art/17329824/1734068455137XitDdwyo.html (a city discipline portal, its days
    # run together: a city group's feedback to a middle school: the unit as the visit names it (对洪泽中学党委进行了巡察 ->
    # 洪泽中学党委; the body's 向 is lost); the group as named (市委第四巡察组); 2024731日至927日 reads one way only
    # (2024-07-31 to 2024-09-27); 2024115日 reads two ways (11月5日 or 1月15日) and the page's 发布时间:2024-10-07 fits neither,
    # so the feedback day is left unscored; no term, no round (市委书记专题会议精神 names none); the findings are areas
    # (主要表现在三个方面, cut), so problems are left unscored; 45.3% is a pass rate: no figures; 洪泽区 is named for its
    # head, no unit; r13, r18 and r28 hold other visits of this portal)
    ("hongze_middle_school_city_fourth_group_feedback_run_together", "http://jw.huaian.gov.cn/col/17276_581163/art/17329824/1734068455137XitDdwyo.html", "noisy", """当前位置: 网站首页 工作动态 巡视巡察 本级巡察 本级巡察反馈
市委第四巡察组向洪泽中学党委反馈巡察情况
发布时间:2024-10-07   来源:dzw_swxcb   浏览次数:

根据市委巡察工作领导小组部署,2024115日,市委第四巡察组洪泽中学党委反馈巡察情况。市委第四巡察组组长王兴国代表市委巡察组分别向洪泽中学党委主要负责人和领导班子反馈了巡察情况,副组长陈少波传达了市委书记专题会议精神洪泽区区长张灏讲话提要求,洪泽中学党委书记谢红军就做好巡察整改工作做表态发言

按照市委统一部署,2024731日至927日,市委第四巡察组对洪泽中学党委进行了巡察。巡察组深入贯彻党的二十大精神和习近平总书记关于巡视巡察重要论述,……坚守政治巡察职能定位,坚决贯彻巡视巡察工作方针,紧扣政治责任,强化政治监督,围绕“四个聚焦”开展监督检查,……顺利完成了巡察任务。市委巡察工作领导小组、市委书记专题会议及时听取巡察情况汇报。

王兴国指出,近年来,洪泽中学扎实开展教学育人工作,提升本科达线率等工作取得一定的成效,2023年被表彰为“全市普通高中质量提升先进集体”,2024年高考特殊类本科达线率45.3%但在巡察中发现仍存在一些问题主要表现在三个方面:一是进位争先意识不强,教学研究不够深入,聚焦高考举措不够实,教学质量提升较为缓慢,高考成绩进步不快。人才队伍建设乏力,名师骨干数量偏少。二是教学保障机制不够到位,……
""", {"unit": "洪泽中学党委", "units": [], "group": "市委第四巡察组", "term": None, "round": None,
      "start": date(2024, 7, 31), "end": date(2024, 9, 27), "figures": []}),
    # http://218.28.6.71:81/Qikan/Article/Detail?id=7002546068 (a journal portal's abstract, with its English abstract, of
    # an article analysing thirty Hebei universities' special-inspection feedbacks: no one inspection of any body is told,
    # so it expects nothing: unit "", units [] (30所本科高校 are counted); no group, term, round or dates (2019年第7期 is the
    # issue); the seven areas (根本制度…等7个方面) are an aggregate of many feedbacks, no inspection's problems: problems 0;
    # 300350 is a postcode; no figures)
    ("hebei_thirty_universities_special_inspection_abstract", "http://218.28.6.71:81/Qikan/Article/Detail?id=7002546068", "noisy", """摘要
新时代以来,专项巡视作为推进巡视全覆盖的靶向利器,被广泛运用于高校巡视工作。通过分析河北省30所本科高校专项巡视的反馈情况文本,发现高校的问题集中在根本制度、党建、干部人事、校园规划建设、财务、纪检监督和其他等7个方面。高校应以专项巡视为契机,从修订完善学校制度,严格执行制度规定,全面落实监督职责,全程动态反馈调节等方面共同着力,提升办学治校能力。
Since the new era,special inspections are widely used in universities inspections.Through the analysis of the feedback of 30 universities in Hebei Province,which was specially inspected by the Hebei Provincial Party Committee,it was found that the problems of the inspected universities were concentrated in seven aspects,……
作者
曹哲
Cao Zhe(School of Marxism,Nankai University,Tianjin 300350,China;……)
出处
《未来与发展》
2019年第7期49-53,共5页
Future and Development
……
关键词
高校
专项巡视
内容分析
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://m.hgsyj.cn/info/1057/34877.htm (SHARES_TEMPLATE: traditional script on an unrelated domain: a college's
    # inspection leading group passes its second committee's term plan and the plan of that committee's first round:
    # round-level, unit ""; the round named only in the title of a plan the meeting passed (《鄂爾多斯應用技術學院二屆黨委
    # 第一輪巡察工作方案》 -> term 2, round 1, settled 2); the term's plan (2024—2028年) gives no round; 3月19日 is the meeting,
    # no date; no group, no units (the offices attend); no problems; no figures; the same domain and round as r36's
    # municipal_university_second_term_first_round_seven_offices_trad)
    ("ordos_applied_tech_college_second_term_first_round_plan_meeting_trad", "http://m.hgsyj.cn/info/1057/34877.htm", "noisy", """3月19日下午,學校召開黨委巡察工作領導小組2025年第1次會議。學校黨委書記李向東主持,黨委委員、紀委書記、監察專員李少東,黨委組織部、黨委宣傳部、黨政辦公室、黨委巡察辦、紀檢監察室及相關人員參加會議。

會議傳達了習近平總書記重要文章《健全全面從嚴治黨體系》的精神,討論并通過了《鄂爾多斯應用技術學院第二屆黨委巡察工作規劃(2024—2028年)》《鄂爾多斯應用技術學院二屆黨委第一輪巡察工作方案》、黨委巡察組長庫和黨委巡察人才庫人選。

李向東強調,要堅持以習近平新時代中國特色社會主義思想為指導,進一步提高政治站位。以改革精神和更嚴標準,謀篇布局學校二屆黨委巡察工作,深入查找影響高質量發展的主要矛盾、落實改革部署中的重大偏差。……
""", {"unit": "", "units": [], "group": None, "term": 2, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- second session (top-up) ---
    # https://www.xzqfy.com/news/246.html (a district maternal and child health centre's own site: a district group's
    # feedback to the centre: the unit as the feedback names it (向区妇计中心党总支反馈 -> 区妇计中心党总支, settled 5);
    # the group written with its owner's place in front is written short (中共宜宾市叙州区委第三巡察组 -> 区委第三巡察组,
    # settled 9); 1月21日 has no year and the excerpt no dated line: no feedback day; no span, no term, no round; the
    # findings are three areas (主要存在三个方面的问题。一是…二是…, cut), so problems are left unscored (as r33-r36); the
    # 一要… of the deputy head are requirements; no figures)
    ("xuzhou_district_maternal_child_centre_third_group_feedback", "https://www.xzqfy.com/news/246.html", "news", """当前位置:首页 > 新闻中心 > 医院新闻

中共宜宾市叙州区委第三巡察组向区妇计中心党总支反馈巡察意见

根据中共宜宾市叙州区委巡察工作领导小组的部署,1月21日,区委第三巡察组组长肖霖分别向区妇计中心党总支主要负责人和妇计中心领导班子反馈了巡察意见。区人民政府副区长彭曦露作了讲话,区委巡察办副主任郭永贵就巡察整改工作提出要求,区妇计中心党总支书记廖勇主持会议并作表态发言。
……
从区委第三巡察组巡察情况来看,区妇计中心主要存在三个方面的问题。一是党中央决策部署在基层落实情况方面。存在学习贯彻习近平新时代中国特色社会主义思想及系列指示精神不深入、对“实施健康中国战略”思想认识不足、以“病人为中心”的理念树得不牢、贯彻落实“两个允许”等薪酬方面要求有偏差等问题。二是群众身边不正之风和腐败问题情况方面。……
""", {"unit": "区妇计中心党总支", "units": [], "group": "区委第三巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://jiayu.cjyun.org/p/41165.html (a county news portal:
    # a county group enters the county's public inspection and testing centre: the unit as the entry names it (进驻县公共
    # 检验检测中心 -> 县公共检验检测中心); group 县委第一巡察组; 3月25日 is the entry day (settled 10) but has no year and
    # the excerpt no dated line: no start; 为期1个月 is a planned length: no end (settled 10); no term, no round, no
    # feedback; the 要求 are requirements: problems 0; the office hours and the phone number are no figures; r15 and r30b
    # hold other texts of this portal (an audit meeting, a village story of the county's first group))
    ("jiayu_public_testing_centre_county_first_group_entry", "http://jiayu.cjyun.org/p/41165.html", "news", """县委第一巡察组进驻县公共检验检测中心开展巡察

云上嘉鱼报道(记者杨祖勇)3月25日,县委第一巡察组进驻县公共检验检测中心并召开巡察工作动员会。县委巡察办负责人,县委宣传部、县委统战部、县委机要和保密局联络员,县委第一巡察组全体成员,县公共检验检测中心全体干部职工参加会议。

会议通报了巡察工作安排,要求县公共检验检测中心提高政治站位,保持政治定力,不断深化对巡察工作的认识;坚持问题导向,突出政治巡察,切实把握巡察工作的重点;强化政治担当,自觉接受监督,切实保证巡察工作顺利开展。
……
此次巡察为期1个月。巡察组主要通过与该中心班子成员和其他干部群众个别谈话,受理反映该中心班子及党员干部问题的来信、来电、来访,以调阅、复制有关文件资料,召开座谈会,听取工作汇报,实地走访核查等方式开展工作。为便于广大干部群众反映情况,巡察组在巡察县公共检验检测中心期间,设置专门值班电话0715-6358939,受理时间为上午8:30-12:00,下午14:30-17:30;……
""", {"unit": "县公共检验检测中心", "units": [], "group": "县委第一巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.zmdzgh.org.cn/showinfo-3-10053-0.html (a city trade-union federation's site: its party group's enlarged
    # meeting studies the mobilisation of a city group's visit: the unit the visit names (市委巡察组对市总工会开展巡察 ->
    # 市总工会); the group as named (市委第六巡察组); the round the federation is inspected in, named as the round's
    # deployment (按照五届市委第三轮巡察工作部署 -> term 5, round 3, as settled 14 reads a round a meeting deploys); 9月21日
    # is the study meeting, without a year: no start (settled 10); no span, no feedback; the 要求 are requirements:
    # problems 0; no figures)
    ("zhumadian_trade_union_city_sixth_group_mobilisation_study", "https://www.zmdzgh.org.cn/showinfo-3-10053-0.html", "news", """9 月21日下午,市总工会召开党组(扩大)会议,专题学习巡察工作动员会精神,研究部署贯彻落实意见。市总工会党组书记、常务副主席李彬主持会议并作重要讲话,市总领导班子成员、机关各部室负责同志参加会议。
会议专题学习了巡察工作动员会精神,特别是市委第六巡察组组长吴宇,市二级巡视员、市委巡察工作领导小组成员杨超在巡察工作动员会上的讲话。
会议指出,市委巡察组对市总工会开展巡察,充分体现了市委对工会工作的高度重视和殷切期望,……市总工会党组要按照五届市委第三轮巡察工作部署,从讲政治、负责任的高度,充分认识开展巡察工作的重大意义。切实提高政治站位,强化政治担当,增强接受巡察组监督检查的自觉性和责任感,确保这次巡察工作任务完成。
……
""", {"unit": "市总工会", "units": [], "group": "市委第六巡察组", "term": 5, "round": 3, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.hbjjjc.gov.cn/html/m/wenzhang_743023.html (a city discipline portal's mobile page: the city Red Cross
    # society's rectification report (the excerpt names no city; the page's later 濉溪县红十字会 points to Huaibei): the unit as the visit names it (对市红十字会开展了巡察 -> 市红十字会; a progress
    # report keeps the visit's unit, settled 5); group 市委第二巡察组; the span 2021年11月16日至12月16日; 1月17日 without a
    # year takes the year after the visit's end (settled 1): 2022-01-17; no term, no round; 制定、修改完善相关制度21项 ->
    # rules_established 21 (as r36 reads 完善制度136项); the report's headed findings (一、…1.…(1)…) are cut, so problems
    # are left unscored; no figure beyond the rules)
    ("huaibei_red_cross_city_second_group_progress", "https://www.hbjjjc.gov.cn/html/m/wenzhang_743023.html", "progress", """根据市委统一部署,2021年11月16日至12月16日,市委第二巡察组对市红十字会开展了巡察。1月17日,市委巡察组向市红十字会反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
一、巡察整改工作开展情况
(一)迅速行动,加强领导。及时成立巡察整改工作领导小组,迅速传达巡察反馈意见,并明确专人具体负责落实日常整改工作。通过党支部学习和召开专题组织生活会,进一步统一思想,增强全面落实整改的政治自觉。
(二)细化措施,强化责任。制定巡察整改方案和工作台账,明确整改措施、责任领导、牵头科室、牵头责任人和整改时限,及时召开会议梳理整改进展情况,压实整改责任。
(三)建章立制,突出实效。坚持举一反三、标本兼治,制定、修改完善相关制度21项,通过建章立制,切实扎紧制度的笼子。
……
""", {"unit": "市红十字会", "units": [], "group": "市委第二巡察组", "term": None, "round": None,
      "start": date(2021, 11, 16), "end": date(2021, 12, 16), "feedback_date": date(2022, 1, 17),
      "figures": [("rules_established", 21)]}),
    # https://m.desk33.com/p-1138255.html (a document-sharing site's copy of a county kindergarten's rectification report,
    # with the site's wrapper and its page marks 1、 2、 3、 run into the text: the unit as the visit names it, with its
    # 中共 and full style as r19-r27 keep such names (对中共阳谷县实验幼儿园支部委员会开展了巡察); group 县委第三巡察组; the
    # span 2023年1月3日至2月15日; 4月20日 without a year takes the visit's year (settled 1): 2023-04-20; the title's round
    # (十四届市委第二轮巡察整改) is the text's: term 14, round 2 (the title says 市委 where the body says 县委; the numbers
    # are read as the title gives them); 共发现15个问题 -> problems 15 (the 15个问题 are counted again in the plan); no units;
    # the unit, kept as written by the reader, is corrected by settled convention 18 (r38 pass) to the set's short form,
    # 阳谷县实验幼儿园党支部)
    ("yanggu_experimental_kindergarten_county_third_group_progress_doc_copy", "https://m.desk33.com/p-1138255.html", "noisy", """《阳谷县实验幼儿园关于十四届市委第二轮巡察整改进展情况的通报.docx》由会员分享,可在线阅读,更多相关《阳谷县实验幼儿园关于十四届市委第二轮巡察整改进展情况的通报.docx(13页珍藏版)》请在课桌文档上搜索。
1、阳谷县实验幼儿园关于十四届市委第二轮巡察整改进展情况的通报根据县委统一安排,2023年1月3日至2月15日,县委第三巡察组对中共阳谷县实验幼儿园支部委员会开展了巡察。4月20日,县委巡察组向中共阳谷县实验幼儿园支部委员会反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。一、整改工作基本情况县委第三巡察组关于巡察县实验幼儿园党支部的情况报告中指出,实验幼儿园党支部共发现15个问题,我们完全认同,诚恳接受县委第三巡察组的巡察意见,并坚持高标准、严要求、细化具体整改任务,坚决抓好整改落实。……
2、……对县委第三巡察组反馈的问题和整改建议,支部逐条研究分析,理出问题清单,细化整改措施,制定了中共阳谷县实验幼儿园党支部关于县委巡察工作整改工作方案,对反馈的15个问题逐一梳理,明确责任领导、责任人和整改时限,推动整改工作有效落实。……
""", {"unit": "阳谷县实验幼儿园党支部", "units": [], "group": "县委第三巡察组", "term": 14, "round": 2,
      "start": date(2023, 1, 3), "end": date(2023, 2, 15), "feedback_date": date(2023, 4, 20),
      "figures": [("problems", 15)]}),
    # https://idojh.com/html/sitegrouproothtml5a9c10a74e00909d014e00bfb1f3006e5e1f25e9fe354fc48038ef9571c926e8.html (a
    # district's feedback to six mass organisations, copied onto an unrelated site-group domain: round-level, unit ""; the
    # six bodies as the text lists them, all of the count named (区总工会、区残联、区科协、团区委、区妇联、区侨联等6家);
    # 区群团支部 is a party branch the findings name, no unit of the list; the group has no number (上街区委巡察组): not
    # scored (the written convention of r21-r24); 6月4日 has no year: no feedback day; no span, term or round; the findings are told
    # body by body, so problems are left unscored; no figures)
    ("shangjie_six_mass_organisations_district_feedback_mirror", "https://idojh.com/html/sitegrouproothtml5a9c10a74e00909d014e00bfb1f3006e5e1f25e9fe354fc48038ef9571c926e8.html", "noisy", """6月4日,上街区委巡察组向区总工会、区残联、区科协、团区委、区妇联、区侨联等6家单位党组织反馈巡察情况。
区总工会党组存在的主要问题:领导班子配备不齐,领导力量有所弱化;工作内容定式僵化,落实中央群团工作精神不到位;……
区残联存在的主要问题:贯彻执行民主集中制,落实“三重一大”制度不到位 ;对意识形态工作重视不够;党建工作严重缺失;一岗双责制度执行不到位;党的惠民政策落实不到位;执行财经纪律不严格。
区科协党组存在的主要问题:……
区群团支部存在的主要问题:……
""", {"unit": "", "units": ["区总工会", "区残联", "区科协", "团区委", "区妇联", "区侨联"], "term": None, "round": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=44216 (SHARES_TEMPLATE: a city culture centre's rectification
    # report in the Dongying portal's progress template (中共…委员会关于市委第N巡察组反馈意见集中整改进展情况的通报) of the same
    # round as r11's dongying_science_progress (contentId 44211, fed back 2024年8月23日, itself in r11's SHARES_TEMPLATE)
    # and the same form as r10's dongying_police_progress and r15's dongying_port_zone_progress: the unit as the visit
    # names it (对市文化活动中心开展了巡察); group 市委第六巡察组; span 2024-03-28 to 2024-06-07; feedback 2024-08-23;
    # 15个具体问题 -> problems 15, 40条整改措施 -> measures 40; 3次 are meetings)
    ("dongying_culture_centre_city_sixth_group_progress", "http://www.jiwei.gov.cn/news_content.thtml?contentId=44216", "progress", """中共东营市文化活动中心党总支委员会关于市委第六巡察组反馈意见集中整改进展情况的通报

  根据市委统一部署,2024年3月28日至6月7日,市委第六巡察组对市文化活动中心开展了巡察,并于2024年8月23日反馈了巡察情况。按照巡察工作有关要求,现将巡察整改进展情况予以公布。

  一、整改工作基本情况

  市委巡察组的反馈意见为加强和改进文化活动中心各项工作提供了指导和遵循,市文化活动中心党总支全面认领、认真反思、坚决整改,逐条梳理细化为15个具体问题、40条整改措施,坚持高标准、严要求,认真研究整改落实方案,把整改落实作为重大政治任务全力抓紧抓好。市文化活动中心党总支书记、主任高立燕同志团结带领班子成员,切实担负起巡察整改的主体责任,带头落实整改,先后3次主持召开会议研究调度巡察整改工作,……
""", {"unit": "市文化活动中心", "units": [], "group": "市委第六巡察组", "term": None, "round": None,
      "start": date(2024, 3, 28), "end": date(2024, 6, 7), "feedback_date": date(2024, 8, 23),
      "figures": [("problems", 15), ("measures", 40)]}),
    # http://fzzx.org.cn/show-611055.html (SHARES_TEMPLATE: a legal-news portal's copy of a Shanghai state group's report
    # on the twelfth municipal committee's first round, in the Shanghai municipal progress template that r16's
    # shanghai_emergency_bureau_municipal_progress, r20's shanghai_shentong_metro_group_progress and r29c's Xuhui report
    # hold: the unit as the visit names it, brackets full-width (对上海上实(集团)有限公司党委进行了巡视 ->
    # 上海上实（集团）有限公司党委); the title's round (十二届市委第一轮巡视集中整改): term 12, round 1; group 市委第四巡视组; span
    # 2022-09-12 to 2022-11-25; feedback 2023-01-09; 2023-12-03 is publication; no problems counted; no figures)
    ("shanghai_sitico_group_twelfth_term_first_round_progress_copy", "http://fzzx.org.cn/show-611055.html", "progress", """当前所在:首页 > 依法行政 > 中共上海上实(集团)有限公司委员会关于十二届市委第一轮巡视集中整改进展情况的通报

中共上海上实(集团)有限公司委员会关于十二届市委第一轮巡视集中整改进展情况的通报

发布时间:2023-12-03 来源: 上海市监察委员会 作者:佚名

  中共上海上实(集团)有限公司委员会

  关于十二届市委第一轮巡视集中整改

  进展情况的通报

  根据市委统一部署,市委第四巡视组于2022年9月12日至2022年11月25日对上海上实(集团)有限公司党委进行了巡视,并于2023年1月9日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。

  一、坚定政治自觉,从严从实抓好巡视整改工作落实
……
""", {"unit": "上海上实（集团）有限公司党委", "units": [], "group": "市委第四巡视组", "term": 12, "round": 1,
      "start": date(2022, 9, 12), "end": date(2022, 11, 25), "feedback_date": date(2023, 1, 9), "figures": []}),
]
