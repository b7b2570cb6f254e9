"""Outside texts of batch r36-held, collector D's share (issue 14), held out: special rounds by subject (专项巡察: 脱贫攻坚,
营商环境, 乡村振兴资金, 灾后恢复重建和以案促改, 校园餐/三资/燃气安全, 三湘护农), look-backs (巡察“回头看”), raised-level (提级)
inspections of villages, rounds deployed with special, look-back and mobile (机动) parts, a prefecture's special
rectification with no inspection, and noisy copies (a mirror's national-news copy, a mirror on a 2g.cn host, generated
essays on content farms) of texts whose bodies are in no other collector's share, collected with the search tool from
public pages that are in no earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query
string (host and distinctive part of the path apart), in every tests/imports/parsing/outside_*.py (outside_c,
outside_new, outside_set, r6-r35d) and test_outside_documents.py, and two or three distinctive names or phrases of each
text (simplified and traditional script, converted with opencc in a scratch directory: people, towns, bodies, round
strings, phrases) likewise; every text was then compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r36d.py` (see "Overlap" below). Their fields are written down by reading only. The
importer was not run on them, no test or bench that runs it was run, and the collector read neither imports/ nor the
parser's tests nor variants.py nor the seeds (only the outside_*.py data files, outside_set.py's docstring, Case, extract
and score, the r35d docstring and cases, the r34d and r30d readings cited below, bench/outside_overlap.py and the brief);
the integrator runs them once, and that run is the honest figure for unseen texts.

FEWER THAN TWELVE MEASURED. After the brief's 80 look-ups of the "pages" corpus this file holds 14 texts, 11 measured and
3 in SHARES_TEMPLATE: one short of the brief's twelve. As the brief says, the collector stopped and reports what it has
rather than pad with texts that state nothing (one found text was left out for being in another collector's kind, see
below; taking it would have made twelve).

Sources. 14 texts from the search tool's "pages" corpus, all with their address. 80 look-ups (the brief's ceiling):
queries by subject (营商环境, 选人用人, 粮食购销/涉粮, 乡村振兴/乡村振兴资金, 医保基金, 扫黑除恶, 低保/民政, 征地拆迁, 煤矿安全,
农村饮水, 燃气安全, 农村集体“三资”, 校园食品安全, 群众身边不正之风, 万人助万企, 以案促改), by kind of round (交叉, 异地交叉, 提级,
提级交叉, 上下联动, 市县联动, 回头看, 巡察整改“回头看”, 巡审联动/巡察与审计同步进驻, 机动, 常规+专项, 乡村一体巡), by kind of text
(反馈会, 动员部署会, 进驻, 巡察公告, 整改进展情况的通报, 书记专题会, 情况通报会, 回访督查), by year (2011, 2012, 2014, 2016, 2025,
2026), in traditional script and with pinyin-in-brackets wording (專(zhuān)項(xiàng), 進(jìn)駐, 巡察(xún chá)), and by place
(黔西南, 铜仁, 忻州, 阜阳, 鹤岗, 兵团师市, 响水, 连云港, 新乡, 焦作, 固始, 河南 districts). The corpus is nearly exhausted for this
share: of the several hundred addresses the look-ups returned, about nine in ten were earlier batches' or no texts (search-tag
and title pages of abg.baidu, zhetiaohe, fengdujob, jianbiaoku), among them Yunxi's business-environment visit (r30d),
Suixian's return visit (r6), Nanling's look-back feedback (outside_set), Weixi's village round (outside_new), the Fumeng, Qianyang, Pucheng, Xiajin,
Yangxian, Xinye, Diqing and Guichi linkages and look-backs, Quanzhou's grain round (r26d), Jingzhou's 扫黑除恶 special
round (r30d), Xiangxiang's business-environment look-back (r31d), Lianping's and Fenxi's business-environment rounds
(r24, r30d), Jiyang's linked round in pinyin (r33d), Miyun's grain look-back (r25b), Wuzhong's look-back (r16), Fuyang's
seventh round (r17), Zhoukou's linked poverty round (r15), Fujian's 456 crossed groups and the Nanjian/Weishan crossed
round (r29d), Linli's 三资 round (r22), Shucheng, Xuancheng's hospital round (c, r9), Qinzhou, Jinan's poverty round
(r25b), Dongxihu's crossed state-firm round (r30d), Kunming's, Wencheng's and Xiuning's deployments, and the Fujian
crossed-inspection story in another traditional-script copy (yzyba.cn/shenghuobaike/20190121/19393.html: r29d holds its
body, 何聰佩 and all: dropped as a copy of a held text). Left out after reading, as other collectors' kinds or no texts:
a traditional-script copy on a spam host of the Jiangsu provincial second group's mobilisation at Rudong
(www.128dl.com/art/2023/4/23/art_303_36859.html: new, but its body is a provincial inspection of a county, collector C's
kind: left out although it would have been the twelfth measured text), the central 2014 second round with its special
inspections of the sports administration, the Academy of Sciences and FAW (hkwb.net, collector C's), Jiangsu's
provincial progress at Haizhou (jssjw.gov.cn, C's), a city group's regular mobilisation at one office (jw.huaian.gov.cn,
collector A's), Yanting's regular deployment (jwjcj.my.gov.cn), Chongqing's interview on village inspections
(cq.xinhuanet.com, B's or C's), a generated Q&A on Henan's eighth provincial group (chaxiaohao.com) and one on "central
巡查组" secrecy (m.sboyo.com), and three novels (3ddzw.com, cangshuba.com, izmirhilton.com). What gave new texts: a
provincial discipline site's 2018 page (ahjjjc), a district's 2025 page (lianyun), a provincial news app (dingxinwen), a
mirror's national-news copy (covelit.com), a county portal on a bare IP (116.62.62.147), a mirror on a 2g.cn host, a
district portal (hqq.gov.cn), another page of a city discipline portal (weinan.qinfeng), the People's Daily weekly, a
county discipline portal (wsjjjc) and a content farm (quomz.com); and, in SHARES_TEMPLATE, generated essays on three
portals earlier batches hold in the same templates (paxyq.com, 21xqjy.com, bkwk.cn).

Families and counts (14 texts, 3 in SHARES_TEMPLATE; 11 measured). rounds 6, all measured:
fuyang_poverty_special_round_report_meeting_175_problems_82_clues (round-level, figures problems 175 and clues 82),
lianyun_eleventh_term_fourteenth_round_special_mobile_look_back_deployment_2025 (term 11, round 14, 7 units),
henan_district_eleventh_term_look_back_mobilisation_dingxinwen (term 11, round None),
shangcheng_business_environment_special_round_mobilisation_mirror (round-level, absences),
guangshan_thirteenth_term_seventh_round_regular_plus_special_deployment (term 13, round 7, 6 units) and
changsha_fourteenth_term_sanxiang_hunong_special_round_489_problems_mirror (term 14, figure problems 489); news 4, all
measured: hongqi_district_city_first_group_disaster_rebuilding_special_mobilisation_2022 (unit 红旗区委, group
市委第一巡察组), weinan_city_raised_level_village_inspection_account (round-level, absences),
lingcheng_third_group_village_market_look_back_story (group 区委第三巡察组) and, expecting nothing,
wenshan_school_meal_rectification_discipline_commission_no_inspection; noisy 4, one measured:
county_inspection_frontline_stories_generated_essay_quomz (round-level, absences), and in SHARES_TEMPLATE
township_inspection_rural_governance_generated_essay_paxyq, zhengzhou_inspection_rectification_generated_essay_21xqjy and
gongyi_inspection_group_generated_essay_bkwk; progress 0; audit 0. Texts expecting nothing (no party inspection): 1 of
the 14 added (Wenshan); counting the generated essays that tell no visit as well (quomz measured, three in
SHARES_TEMPLATE), 5 of 14, of which 2 of the 11 measured. Round lists measured: 2 (Lianyun's 7 bodies, Guangshan's 6).

Fields read: 34 (a unit of "" for a round-level or no-inspection text counts, each unit of a list counts, each figure
counts), and 78 absence checks (None, [] for units or figures, and problems 0 where a meeting's points or a report's
headings might be counted), by my count, all outside SHARES_TEMPLATE. By family: rounds 28 fields and 40 absence checks,
news 5 and 30, noisy 1 and 8, progress and audit 0 and 0. Figures read: 3 (Fuyang's 发现问题175个 problems 175 and
问题线索82件 clues_transferred 82, settled 6; Changsha's 截至目前,发现问题489个 problems 489, as r30d reads Anqing's round
totals). No text states a day a reader could settle for a start, end or feedback (meeting days are no starts, settled 10;
parts of months give none, settled 11; several days have no year), so no case holds a datetime.date.

Reading conventions (outside_set.py's "Settled conventions" 1-16 and the written conventions of r24 and the r29-r35d
docstrings, followed exactly): a round's term and number named as the round a meeting deploys are the text's (settled
14: 十一届连云区委第十四轮, 十三届光山县委第七轮); a term named with a round that has no number (十一届区委巡察“回头看”,
十四届长沙市委“三湘护农”专项巡察) gives the term and round None, as r30d's caidian reads 第六届区委优化营商环境专项巡察; bodies named in
a round's lists are its units as written, in order, for regular, look-back and "常规+专项" parts alike, and townships
inspected with their villages (乡村一体巡) are units (settled 8), while counted bodies (7个单位、2个街道, 51个村(社区),
141个村(社区)) and villages qualified by places (5个县市区17个乡镇的60个贫困村) are none (settled 8); a special round of a
kind of funds (对乡村振兴资金使用管理开展专项巡察) names no body; one place visited whose committee the text names is that
committee (settled 15: 进驻红旗区 … 红旗区委主要负责人 -> 红旗区委); a group named with its owner's place is read short
(settled 9: 陵城区委第三巡察组 -> 区委第三巡察组); groups without a number (21个专项巡察组, 3个巡察组) are none; a mobilisation
day is no start unless the group is said to enter that day, and a planned length (为期20天) is no end (settled 10); a
round's totals are its figures (problems, clues_transferred; settled 6), while 立行立改 counts, counted households and
people, targets (141个), staff and stalls are none (as r30d reads 交办立行立改事项547件); a round to come (脱贫攻坚领域每二轮
专项巡察, launched next) is no round of the text (settled 14's reasoning); a discipline commission's special rectification
(专项整治) checked by a stationed group is no party inspection: nothing expected (as r35d reads a discipline commission's
专项监督组 and r34d a 督察); a meeting's or speech's 要…/深刻把握…/高站位… points are no findings (problems 0); essays that
tell no visit are round-level "" with absences (as r34d and r35d read theirs).

What I was unsure of, and how I read it. Fuyang: 5个方面13类问题 are told, not listed, and the round's problems figure is
175: problems (the field) left unscored, as r30d leaves Anqing's; 每二轮 is read as a misprint of 第二轮 for the next round,
so round None is an absence check against taking it as the text's round (a reader who took the reported round as an
implicit first would still not write 2). Lianyun: the special and mobile rounds name no body, so the units are the
seven of the regular round and the look-back; a reader might stop at the regular round's four. Dingxinwen: the district
is not named anywhere in the excerpt (the page is a Henan app's; the speech cites 习近平总书记在河南考察时); term 11 is read
from 十一届区委巡察“回头看” as Caidian's term is read. Guangshan: the excerpt is cut in the middle of the last list's
sentence (…开展“乡村一体巡”常规巡……), after the three townships' names; nothing of the lists is cut. Changsha: one group's
entry at one town is told as an example inside an account of the round of 8 groups, so units and group are left
unscored; a reader taking the example as the text's visit would write unit 跳马镇党委 (not named as such) and group
市委第二专项巡察组. Hongqi: the group "进驻红旗区" with no day, and the mobilisation on 10月21日 is not said to be the entry:
start None; unit 红旗区委 from 红旗区委主要负责人 (settled 15), a reader keeping the place would write 红旗区. Lingcheng: the story
tells a township's regular round in 今年6月 (the excerpt carries no year; the paper's address says 2023-10) and a
look-back at one village of it: which inspection is the text's is not settled, so unit, start and end are unscored and
only the group and absences are scored. Wenshan: the stationed group's 12个问题、8个问题 and 2条问题线索 are a discipline
check's, not an inspection's: problems 0 and figures [] are the checks. Weinan: problems 0 although the opening tells a
village road before and after; the account lists no inspection's findings. The quomz essay's three "stories" (小金库,
微腐败, a road) are an essay's examples of unnamed bodies: problems unscored. The shangcheng text has 万人助万企 and
十四五 in straight quotation marks as the mirror gives them; the Guangshan portal answers on a bare IP address, written as
the tool returned it.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r36d.py` (14 texts against 2075 earlier): no address is
shared; 157 pairs share more than 3 shingles, 7 of them more than 3 beyond the tool's formulas, all formulas, officials'
titles or a national campaign's name: Lianyun with r16's yulin_water_supply_campaign_forum (4, 群众身边不正之风和腐败问题
集中整治) and with r25b's miyun_second_term_fifteenth_round_grain_special_look_back (6, the titles ,区委常委、区委组织部部长、区委
…巡察工作领导小组副组长), the Henan look-back with r31b's xiashan_third_group_aiguo_street_mobilisation_runtogether_date (7, the
titles 区委常委、区纪委书记、区监委主任、区委巡察工作领导小组组长), Guangshan with r29d's shangyou_crossed_inspection_mobilisation_no_round (6,
巡察进行动员部署。县委常委、县委 / 作动员讲话。会议指出,要) and with this file's Wenshan text (11, the national campaign
中小学校园食品安全和膳食经费管理突出问题专项…), Hongqi with r10's hanzhong_united_front (4, 工作动员会召开。会前,市委第一巡察组) and with r19's
xuchang_dongcheng_district_progress (5, 巡察。10月21日,市委第一巡察组: another city, another visit, fed back on the same
month and day in 2025); below that line the shared wording is 以习近平新时代中国特色社会主义思想为指导, 习近平总书记关于巡视工作重要论述 and
officials' titles with some 120 earlier texts, and 党风廉政建设和反腐败斗争的重要 between the quomz and bkwk essays; the longest
shared run is 32 characters (a title formula). The tool counts four texts as sharing more than formulas with the seeds
(Lianyun, the Henan look-back, Guangshan and Wenshan); the collector may not open the seeds, so this was not checked by
reading: what those four share with earlier texts is the titles and formulas just named and the national 校园餐 campaign's
name, which is most likely what the seeds hold too. The other collectors' files as they stood at the end,
outside_r36.py (14 texts), outside_r36b.py (15) and outside_r36c.py (15), were compared (addresses normalised without
scheme and www./m./mip./wap.; hosts; 12-character shingles; places and names grepped: 阜阳, 颍州, 连云区, 华宏铭, 郭海涛, 商城县,
孙涛, 光山, 龚坚强, 三湘护农, 跳马镇, 红旗区, 张克满, 余湾村, 富平, 陵城, 于集乡, 前张村, 文山州, 西畴, 如东, and every host): no
address or host is shared; r36c names 巩义市 in a provincial round's list and meetings in 郑州 (not this file's Gongyi
essay's text); four pairs share 6 to 23 shingles, all the 以习近平新时代中国特色社会主义思想为指导,深入学习贯彻 formula (the Henan
look-back and Guangshan with r36's beijing_open_university_municipal_fifth_group_feedback_2020 and
putian_rural_revitalization_group_city_fifth_group_progress_2020, and with r36c's
henan_tenth_term_ninth_round_deployment_chronicle_2020 and shanghai_minhang_twelfth_term_second_round_progress).
"""

from __future__ import annotations

from datetime import date  # noqa: F401  (no case of this batch states a day a reader could settle; kept for the shape)

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a generated essay on the portal, and in the generator's template (引言, then 一、… 四、 headings of bullet points),
    # of r34d's county_inspection_secretary_topic_generated_essay_paxyq and r35d's
    # county_crossed_inspection_generated_essay_paxyq
    "township_inspection_rural_governance_generated_essay_paxyq",
    # a content farm's generated essay on the portal, and in the farm's template (引言:…, numbered mechanisms), of r10's
    # content_farm_feedback_howto (www.21xqjy.com/archive/…)
    "zhengzhou_inspection_rectification_generated_essay_21xqjy",
    # a generated essay on the portal, and in the generator's template (引言, then 背景 / 秘密 / 影响 headings of bullet
    # points), of r15's gaocheng_inspection_list_generated_essay and r35d's turpan_inspection_group_generated_essay_bkwk
    "gongyi_inspection_group_generated_essay_bkwk",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R36D = [
    # --- rounds: special rounds by subject, a look-back round, rounds with special and look-back parts ---------------
    # http://www.ahjjjc.gov.cn/p/57906.html (a provincial discipline commission's report of a city's meeting on its
    # poverty special round (脱贫攻坚领域专项巡察) of villages, crossed with the provincial inspection: round-level "";
    # the bodies are counted villages qualified by places (对颍州、颍泉、太和、颍上、界首5个县市区17个乡镇的60个贫困村;
    # 颍东、临泉、阜南3个县区…对11个贫困村): no units (settled 8's counted-bodies rule, as r17's laibin); 21个专项巡察组
    # have no number: no group; 今年3月中旬至4月底 are parts of months (settled 11) and have no year: no start, no end;
    # the round's totals are its figures, as r30d reads Anqing's (发现问题175个 problems 175; 问题线索82件 clues 82,
    # settled 6); 立行立改问题334个 has no metric of the set (as r30d's 交办立行立改事项547件) and the households and people
    # counted (17610户, 43400人) are no figures; 5个方面13类问题 are told, not listed: problems unscored (as r30d's Anqing);
    # 脱贫攻坚领域每二轮专项巡察 is the next round, to start in late May: no round and no term of the text (settled 14's
    # reasoning: a round the text does not report)
    ("fuyang_poverty_special_round_report_meeting_175_problems_82_clues", "http://www.ahjjjc.gov.cn/p/57906.html", "rounds", """阜阳:对脱贫攻坚专项巡察发现的问题严厉查处、严肃问责

日前,阜阳市委召开全市脱贫攻坚领域专项巡察情况通报会暨巡察整改任务交办会,点名道姓、到人到事通报了5个方面13类问题,提出了问责建议,推进巡察成果运用。

会议通报了全市脱贫攻坚专项巡察情况。今年3月中旬至4月底,市委成立21个专项巡察组,分别对颍州、颍泉、太和、颍上、界首5个县市区17个乡镇的60个贫困村开展脱贫攻坚专项巡察,颍东、临泉、阜南3个县区配合省委巡视组,对11个贫困村开展专项巡察。本轮巡察共涉及建档立卡贫困户17610户、贫困人口43400人,发现问题175个、问题线索82件,责成被巡察单位立行立改问题334个。

会议要求,对巡察发现的问题,必须立即整改、全面整改,改到位、改彻底。……

据了解,市委于5月下旬启动脱贫攻坚领域每二轮专项巡察,年底前对全市所有建档立卡贫困村实现巡察全覆盖,并把非贫困村中的薄弱村纳入巡察范围。(阜阳市纪委监委)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 175), ("clues_transferred", 82)]}),
    # http://www.lianyun.gov.cn/lyq/jrly/content/4459c5f1-d1e7-4123-b528-1de983f15f41.html (a district's mobilisation of
    # its eleventh term fourteenth round, regular, look-back (巡察“回头看”), special (乡村振兴资金使用管理) and mobile
    # (机动巡察) at once: term 11 and round 14, named as the round the meeting deploys (settled 14, as r23's tiantai);
    # round-level ""; the seven bodies named for the regular round and the look-back, in one list each, are the round's
    # units as written, in order (区人大机关 … 区文体和旅游局); the special round is of a kind of funds, no body; the mobile
    # round names none; no group is named; 10月17日 is the meeting's (settled 10) and the dated line gives no entry: no
    # start; the meeting's 要…/突出… points are no findings: problems 0; no figure)
    ("lianyun_eleventh_term_fourteenth_round_special_mobile_look_back_deployment_2025", "http://www.lianyun.gov.cn/lyq/jrly/content/4459c5f1-d1e7-4123-b528-1de983f15f41.html", "rounds", """当前位置:连云区> 连云要闻

十一届连云区委第十四轮巡察工作动员部署会召开

  • 时间:2025-10-17 17:28 来源:区委巡察办 阅读次数:

10月17日下午,十一届连云区委第十四轮巡察工作动员部署会召开。区委书记、区委巡察工作领导小组组长华宏铭出席会议并讲话。

会议指出,要牢牢坚持政治巡察定位,切实将贯彻党中央决策部署、省市委工作要求作为政治监督的重中之重,全力推动巡察任务落地见效。突出刀刃向内,聚焦权力集中、资金密集、资源富集领域,深挖细查权力运行和职责履行过程中的违纪违法问题,持续增强巡察的震慑力、穿透力。……

会议强调,本轮巡察不仅涉及常规巡察与巡察“回头看”,更涵盖了专项巡察与机动巡察,要紧扣“四个聚焦”,锚定巡察监督重点,强化统筹协调,压紧压实巡察工作主体责任,确保本轮巡察取得实实在在的成效。

会上,区委常委、区委组织部部长、区委巡察工作领导小组副组长解惠茹宣读了十一届连云区委第十四轮巡察授权任职、任务分工及成立临时党支部的决定。根据区委部署,十一届连云区委第十四轮巡察将对区人大机关、区政协机关、区应急管理局、区自贸办开展常规巡察;对区林海局、区卫健委、区文体和旅游局开展巡察“回头看”;对乡村振兴资金使用管理开展专项巡察;结合群众身边不正之风和腐败问题集中整治工作开展机动巡察。
""", {"unit": "", "units": ["区人大机关", "区政协机关", "区应急管理局", "区自贸办", "区林海局", "区卫健委", "区文体和旅游局"],
      "group": None, "term": 11, "round": 14, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://m.dingxinwen.cn/detail/1108DEE441B94473BB629632CCC405BA?categoryId=-2 (a provincial news app's copy of a
    # district's mobilisation of its eleventh term look-back (十一届区委巡察“回头看”), the district unnamed: term 11 from
    # the look-back the meeting deploys (as r30d's caidian reads 第六届区委优化营商环境专项巡察: term 6, no round number);
    # no round number: round None; the bodies are counted (7个单位、2个街道): round-level "" and no units; 3个巡察组
    # have no number: no group; 6月16日 is the meeting's and has no year: no start; the 要…/深刻把握… points are no
    # findings: problems 0; no figure)
    ("henan_district_eleventh_term_look_back_mobilisation_dingxinwen", "https://m.dingxinwen.cn/detail/1108DEE441B94473BB629632CCC405BA?categoryId=-2", "rounds", """6月16日,十一届区委巡察“回头看”动员部署会召开。区委常委、区纪委书记、区监委主任、区委巡察工作领导小组组长郭海涛出席会议并讲话,区委常委、组织部长、区委巡察工作领导小组副组长张志强主持会议。
会议以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大和二十届二中、三中全会精神及习近平总书记关于巡视工作重要论述,对十一届区委巡察“回头看”进行动员。
会议强调,要坚守政治定位、强化使命担当,深刻把握“两个维护”根本任务,深刻把握党的自我革命战略思想,深刻把握全面深化改革的时代要求,深刻把握习近平总书记在河南考察时的重要讲话精神,找准职责定位,强化政治监督,持续推动巡察工作高质量发展。
会议要求,要坚持问题导向、把握方式方法,紧密结合被巡察单位实际,靶向精准监督,聚焦权力和责任,深挖问题线索,不断提升巡察监督质效。……
经区委批准,本轮巡察共派出3个巡察组,对7个单位、2个街道开展巡察“回头看”。
区委巡察工作领导小组成员,区委各巡察组、巡察办相关同志;被巡察单位主要负责同志;巡察协作单位主要负责同志;区纪委监委、区委组织部相关科室负责人;相关派驻纪检监察组组长、街道纪工委书记参加会议。
作者:韩静淼 许梦媛
""", {"unit": "", "units": [], "group": None, "term": 11, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://covelit.com/news/guonei/202108/t20210811_8115.shtml (a mirror's "national news" copy of a county's
    # mobilisation of its business-environment special round (营商环境专项巡察) under the province's 万人助万企: no body is
    # named: round-level "", units []; no group, term or round; 8月9日 is the meeting's and the text gives no year: no
    # start; the 要…/要… points of the speech are no findings: problems 0; no figure)
    ("shangcheng_business_environment_special_round_mobilisation_mirror", "http://covelit.com/news/guonei/202108/t20210811_8115.shtml", "rounds", """商城县营商环境专项巡察工作动员部署会召开
8月9日上午,商城县营商环境专项巡察工作动员部署会召开。聚焦优化营商环境重要工作部署,发挥巡察政治监督作用,对本轮专项巡察工作进行具体安排。县委常委、县纪委书记、县监委主任、县委巡察工作领导小组组长孙涛作动员讲话,县委常委、县委组织部部长、县委巡察工作领导小组副组长吕菲主持会议。
孙涛指出,今年是开启全面建设社会主义现代化国家和"十四五"规划开局之年,开展本轮专项巡察,对于推动省委"万人助万企"重大决策部署在商城县的贯彻落实,有力助推商城县经济发展提质提速具有现实而紧迫的重要意义。
孙涛强调,要提高巡察工作的政治站位。……要强化巡察工作的政治担当。各巡察组要担负起监督责任,把握职责定位,创新工作方式方法,加强监督检查,对被巡察单位在落实惠企政策、强化要素保障、推动企业创新、防范企业风险、优化营商环境等方面全面进行"政治体检"。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://116.62.62.147/Index/Detail/422 (a county's mobilisation of its thirteenth term seventh round, three county
    # bodies inspected "regular + special" (校园餐, 农村集体“三资”, 燃气安全 special rounds) and three townships with their
    # villages in one sweep (乡村一体巡): term 13 and round 7, named as the round the meeting deploys (settled 14);
    # round-level ""; the three bodies and the three townships named in the round's lists are its units as written
    # (settled 8; 等3个 closes each list, nothing cut; the 51个村(社区) are counted, no units); 5个巡察组 have no number:
    # no group; 6月13日 is the meeting's and has no year: no start; the 要在…/要… points are no findings: problems 0;
    # no figure)
    ("guangshan_thirteenth_term_seventh_round_regular_plus_special_deployment", "http://116.62.62.147/Index/Detail/422", "rounds", """6月13日,十三届光山县委第七轮巡察工作动员部署会召开。会议坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻新修订的《中国共产党巡视工作条例》和上级巡视巡察工作会议精神。会上宣布了巡察组组长授权任职及任务分工,并对本轮巡察进行动员部署。
县委常委、县委组织部部长赵小军主持会议。县委常委、县纪委书记、县监委代主任龚坚强作动员讲话。
会议指出,要在能力提升上下功夫,针对性组织业务培训,“传帮带”式强化组内管理,确保问题发现全面精准、定性客观准确。要在严格体检上求实效,精准把握“常规+专项”和“乡村一体巡”特点,坚持问题导向,冲着问题去、盯着问题巡、揪着问题查。……
按照县委统一部署,本轮派出5个巡察组对县教育体育局、县财政局和县城市管理局等3个县直单位党组织开展“常规+专项”巡察(中小学校园食品安全和膳食经费管理突出问题专项巡察、农村集体“三资”管理突出问题专项巡察、燃气安全突出问题专项巡察),对文殊乡、殷棚乡、南向店乡等3个乡镇及所辖51个村(社区)开展“乡村一体巡”常规巡……
""", {"unit": "", "units": ["县教育体育局", "县财政局", "县城市管理局", "文殊乡", "殷棚乡", "南向店乡"], "group": None,
      "term": 13, "round": 7, "start": None, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://m.xfyyw.2g.cn/tsxw/2023/0806/267769.html (a mirror's copy of a provincial paper's report on a city's
    # fourteenth term special round on rural matters (十四届长沙市委“三湘护农”专项巡察) of towns and villages: round-level
    # ""; term 14, named with the round; the round has no number: round None; 6月下旬以来 is a part of a month (settled 11):
    # no start, no end; the round's running total 发现问题489个 is its problems figure (as r30d's Anqing); the 50余个
    # 急难愁盼 problems solved and a town's 立行立改问题16个 are no figures; the bodies are counted (7个乡镇(街道)和19个村级
    # 党组织) and one group's entry is told as an example (长沙市委第二专项巡察组进驻雨花区跳马镇): units and group left
    # unscored (a reader might list the town or take the group; the text tells the round of 8 groups); the questions
    # quoted and the village works named are no findings listed: problems unscored)
    ("changsha_fourteenth_term_sanxiang_hunong_special_round_489_problems_mirror", "http://m.xfyyw.2g.cn/tsxw/2023/0806/267769.html", "rounds", """湖南日报8月5日讯(全媒体记者 欧阳倩)“老乡,你的惠农补贴资金是否逐项、足额、及时发放了”“村里历年入股的产业项目是否分红到位”……6月下旬以来,十四届长沙市委“三湘护农”专项巡察安排8个巡察组,集中对7个乡镇(街道)和19个村级党组织开展专项巡察。本轮巡察从乡村振兴领域入手,着力解决群众反映最强烈的基层不正之风和腐败问题,截至目前,发现问题489个,解决群众“急难愁盼”问题50余个。

“巡察不是到被巡察单位总结经验、评功摆好,而是要去当包公唱黑脸、体检把脉。”连日来,长沙市委第二专项巡察组进驻雨花区跳马镇,采用调研走访、实地核实、谈心谈话等方式,了解掌握“三资”管理、村集体经济、项目管理等情况。“已收到立行立改问题16个,我们将成立专班,迅速整改,确保巡察反馈件件有落实、事事有回应、个个见实效。”跳马镇主要负责同志说。

巡察“利剑”所指,村民感受到了变化,跳马镇冬斯港村新竹支渠修复有效推进;白竹安置地一期、二期项目加速安置;斑竹塘老街启动改造;石燕湖村楠木坡组级公路新铺设减速带,解了村民烦心事……
""", {"unit": "", "term": 14, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 489)]}),
    # --- news: a city group's special inspection of a district, a city's raised-level village inspections, a look-back --
    # http://www.hqq.gov.cn/News/info/17305 (a district's report of the mobilisation of a city group's special inspection
    # of the district on flood-disaster rebuilding and learning from cases (灾后恢复重建和以案促改专项巡察): one place
    # visited whose committee the text names (红旗区委主要负责人, 区委书记刘宏锋…代表区委): unit 红旗区委 (settled 15); group
    # 市委第一巡察组 (its 红旗区分组 is a sub-team, no group); 10月21日 is the mobilisation's and the text does not say
    # the group entered that day (settled 10): no start; 为期20天 gives no end; the province's special inspection whose
    # feedback is being rectified (省委专项巡视) is no round of the text; the secretary's 高站位…高质量… pledges are no
    # findings: problems 0; no term, round, feedback or figure)
    ("hongqi_district_city_first_group_disaster_rebuilding_special_mobilisation_2022", "http://www.hqq.gov.cn/News/info/17305", "news", """市委第一巡察组对红旗区灾后恢复重建和以案促改专项巡察动员部署会召开
发布时间:2022-10-22
       按照市委统一部署,市委第一巡察组进驻红旗区开展为期20天的灾后恢复重建和以案促改专项巡察。10月21日,市委第一巡察组巡察红旗区见面沟通暨动员部署工作动员会召开。会前,市委第一巡察组与红旗区委主要负责人进行了沟通,传达市委关于巡察工作的指示精神,通报了本轮巡察工作安排和有关要求。会上,市委第一巡察组组长张克满作动员讲话,区委书记刘宏锋主持会议并作表态发言。
        市委第一巡察组副组长、红旗区分组组长张红云,红旗区分组常务副组长朱歧飞及有关同志,红旗区四大班子主要领导、区委常委出席会议。
        张克满同志明确了此次专项巡察的必要性、主要任务、工作方式和工作要求。指出这次专项巡察是在全市喜迎党的二十大胜利召开之时,推动省委专项巡视反馈问题整改的关键时期,市委部署开展的一项非常重要的专项巡察,是落实党中央、省委、市委工作部署的具体行动。……
         刘宏锋同志代表区委作表态发言,要求全区各镇办、各部门和各级党员干部把思想聚焦到市委巡察工作部署上来,高站位贯彻市委巡察工作部署;坚持把配合巡察工作作为政治任务和应尽职责,高质量保障巡察工作顺利开展;……
""", {"unit": "红旗区委", "units": [], "group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://weinan.qinfeng.gov.cn/info/1120/101400.htm (a city discipline portal's account of the city's raised-level
    # inspections of villages (市委提级巡察): round-level ""; the village of the opening (富平县东华街道余湾村) is the
    # setting of a story, no unit (as r35d's 木斯村); the bodies are counted (141个村(社区)): units []; no group, term,
    # round or day; 141个 targets and the 六大指标 and 五种方式 are no figures; no finding is listed: problems 0. Another page
    # of the portal (weinan.qinfeng) is r35b's and the set's: another text)
    ("weinan_city_raised_level_village_inspection_account", "https://weinan.qinfeng.gov.cn/info/1120/101400.htm", "news", """“以前,村西头的路大坑套小坑,雨天出门一脚泥。现在,水泥路通到家门口,这是巡察带来的实在变化!”说起村里这几年的喜人变迁,富平县东华街道余湾村党总支书记张树元感慨不已。
余湾村的蝶变,正是我市持续推动巡察监督向基层扎根延伸、着力净化基层政治生态的生动缩影。
……
构建全域覆盖监督体系
做好对村(社区)巡察,核心是底数清、情况明。
针对村(社区)数量多、差异大的实际,市委巡察机构联动组织、民政、农业农村等部门,动态摸清全市村(社区)党组织“家底”,为每个村(社区)建立“初诊档案”。同时,创新构建涵盖“民生政策落实、经济产业发展、生态环境建设、全面从严治党、基层组织建设、社会综合治理”六大指标评判体系,对各村(社区)进行科学“扫描”和精准“画像”。
经全面深入研判,按照“定标准、定基数、定目标”的“三定”要求,确定141个村(社区)为市委提级巡察对象,根据“总体较好为A类、一般为B类、较差为C类”划定巡察“靶场”。……
分类不是贴标签,而是为了精准发力。为让巡察监督更具靶向性,我市确立“市级提级巡、县级直接巡、巡镇带村、专项机动、巡审结合”五种方式,构……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://paper.people.com.cn/mszk/html/2023-10/23/content_26023221.htm (a national weekly's story of a district
    # group's look-back (“回头看”) at a village market fixed after its June regular inspection of the township: group
    # 区委第三巡察组 (settled 9: 陵城区委第三巡察组 read short); whose inspection the text is about is not settled (the
    # township's regular round in 今年6月, whose year the excerpt does not give, or the look-back at 前张村): unit, units,
    # start and end left unscored; the finding told (no fixed market) is one story, not a list: problems unscored; no
    # term, round or feedback; 11个县(市、区)、129个乡镇(街道), 1400余平方米 and 30多个 stalls are no figures)
    ("lingcheng_third_group_village_market_look_back_story", "http://paper.people.com.cn/mszk/html/2023-10/23/content_26023221.htm", "news", """商贩站在固定的摊位里,台面上的蔬菜瓜果摆放得整齐鲜亮;预留的人行道近一米宽,路面干燥清爽,村民边逛边看,不时停下来挑挑拣拣,表情从容舒畅。近日,山东省德州市陵城区委第三巡察组到于集乡前张村,就前期巡察发现问题整改情况进行“回头看”。
……
与眼前的井然有序不同,陵城区委第三巡察组今年6月对于集乡开展常规巡察时,发现前张村没有固定集市,商贩在道路两侧占道经营,买东西的村民走走停停,让原本宽敞的马路变得拥堵不堪。核实了解情况后,巡察组向于集乡党委下发立行立改通知,要求及时研究解决。
于集乡党委巡察整改工作专班组织相关单位进行实地察看,在开展集中治理整顿基础上,充分征求村民和商贩意愿,将村西头1400余平方米的闲置地建成便民市场,引导流动摊贩场内经营。7月10日,前张村便民市场正式启用,30多个流动摊位“入巢安家”。
“巡察工作既要让被巡察单位感受到巡察的‘力度’,更要让人民群众感受到巡察的‘温度’。”德州市委常委、市委巡察工作领导小组组长周鹏介绍,针对村级巡察面广量大、整改任务重的实际,德州市按照不加人员、不加编制、不加职数、加责任“三不一加”原则,在11个县(市、区)、129个乡镇(街道)成立巡察整改工作专班。
""", {"group": "区委第三巡察组", "term": None, "round": None, "feedback_date": None, "figures": []}),
    # https://wsjjjc.gov.cn/news/sztt/32826.html (a county discipline portal's story of a prefecture's special
    # rectification (专项整治) of school meals, uniforms and books, checked by its discipline commission and a
    # stationed group: no party inspection: nothing expected (the stationed group's 12个问题、8个问题 and 2条问题线索 are a
    # discipline check's, no inspection's figures; 27所学校, 74个 problems rectified by a bureau and 69条 measures are
    # no figures; 珠琳镇、珠街镇… are where the group looked, no units; no day is told; problems 0))
    ("wenshan_school_meal_rectification_discipline_commission_no_inspection", "https://wsjjjc.gov.cn/news/sztt/32826.html", "news", """“我局已对全县27所学校进行综合抽查,督促整改食堂安全问题74个。”近日,西畴县教育体育局在《中小学校园食品安全和膳食经费管理突出问题专项整治工作情况报告》中,报告了“校园安全监管不到位”问题的最新整改情况。
今年以来,文山州从学生“盘中餐”“身上衣”“手中书”等“小切口”发力,聚焦中小学校园食品安全和膳食经费管理、农村义务教育学生营养改善计划实施管理、学校校服采购及教辅材料征订方面存在的突出问题,在全州开展专项整治,靶向推动解决群众关心关切的教育领域痛点难点问题,营造风清气正的教育生态。
专项整治工作中,该州各级纪检监察机关以强监督促严监管,紧盯职能部门主体责任,督促州、县(市)教育体育局分类研究制定《文山州教育体育局“小切口”整治民生领域突出问题“惠民行动”重点任务清单》《文山州教育体育系统整治群众身边不正之风和腐败问题实施方案》等,制定工作措施69条。
“我们集中力量对州属学校开展了全覆盖监督检查,重点检查实施营养改善计划的州体职校和州特校,分别发现并反馈了12个问题、8个问题,发现并上报2条问题线索。”该州纪委监委驻州教体局纪检监察组负责人表示,此外纪检监察组还深入广南县珠琳镇、珠街镇、坝美镇、杨柳井乡等乡镇查看教育政策落实情况。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy: generated essays -----------------------------------------------------------------------------------
    # https://www.quomz.com/news/jie-mi-xian-wei-xun-cha-yi-xian-xiao-gu-shi-jian-zheng-da-bian-ge.html (a generated
    # essay of anonymous "stories" from county inspections (某单位, 某乡镇, 某村): no visit, round-level "" with absences;
    # its stories' findings (小金库, 微腐败) are told of unnamed bodies: problems unscored (whether a reader counts an
    # essay's stories as problems is the doubtful check, as r34d says of bullet points); no group, term, round, day or
    # figure)
    ("county_inspection_frontline_stories_generated_essay_quomz", "https://www.quomz.com/news/jie-mi-xian-wei-xun-cha-yi-xian-xiao-gu-shi-jian-zheng-da-bian-ge.html", "noisy", """县委巡察,作为党风廉政建设和反腐败斗争的重要手段,近年来在各地深入开展。一线巡察工作虽然琐碎,却承载着推动全面从严治党向纵深发展的重任。本文将通过几个小故事,展现县委巡察一线的工作场景和取得的成效。
一、巡察前的准备
1.1 调研摸底
在巡察工作开始前,巡察组会对被巡察单位进行深入的调研摸底。通过查阅资料、走访群众、座谈交流等方式,全面了解被巡察单位的基本情况、存在的问题和群众的意见建议。
……
二、巡察过程中的故事
2.1 故事一:发现“小金库”
在一次巡察中,巡察组发现某单位存在“小金库”问题。原来,该单位将部分专项资金用于发放福利、补贴等,并未纳入单位财务统一管理。巡察组立即要求单位整改,并追回违规资金。
2.2 故事二:整治“微腐败”
在巡察某乡镇时,巡察组发现部分村干部存在优亲厚友、违规发放补贴等问题。巡察组严肃查处了相关责任人,并推动乡镇建立健全村务监督机制,从源头上预防“微腐败”。
2.3 故事三:关注民生
在一次巡察中,巡察组了解到某村道路年久失修,村民出行不便。巡察组积极协调相关部门,推动道路维修工程,解决了村民的实际困难。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.paxyq.com/t/jie-mi-xian-wei-xun-cha-xiang-zhen-jie-kai-xiang-cun-zhi-li-de-shen-mi-mian-sha.html
    # (SHARES_TEMPLATE: a generated essay on county committees' "巡查" of townships, the portal's and generator's
    # template of r34d's and r35d's paxyq essays: no visit, round-level "" with absences; its headings and bullet
    # points are no findings: problems 0, as r34d reads its paxyq essay)
    ("township_inspection_rural_governance_generated_essay_paxyq", "https://www.paxyq.com/t/jie-mi-xian-wei-xun-cha-xiang-zhen-jie-kai-xiang-cun-zhi-li-de-shen-mi-mian-sha.html", "noisy", """引言
乡村治理是国家治理体系的重要组成部分,而县委巡查乡镇则是乡村治理中的一种重要机制。通过县委巡查乡镇,可以有效地监督乡镇政府的工作,促进乡村治理的规范化和科学化。本文将深入探讨县委巡查乡镇的背景、目的、实施过程以及其对于乡村治理的影响。
一、县委巡查乡镇的背景
- 政策背景:近年来,国家高度重视乡村治理,出台了一系列政策措施,旨在加强乡村治理能力,提升乡村治理水平。
……
三、县委巡查乡镇的实施过程
- 巡查准备:县委成立巡查组,制定巡查方案,明确巡查范围、内容、方式和时间。
- 实地巡查:巡查组深入乡镇,通过座谈、走访、查阅资料等方式,全面了解乡镇政府的工作情况。
- 问题反馈:巡查组对发现的问题进行梳理,形成问题清单,并及时向乡镇政府反馈。
- 整改落实:乡镇政府针对巡查组反馈的问题,制定整改措施,并确保整改到位。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.21xqjy.com/archive/zheng-zhou-fan-kui-xun-shi-zheng-gai-jian-shi-xiao-shi-min-guan-qie-wen-ti-de-dao-kuai-su-jie-jue-yu.html
    # (SHARES_TEMPLATE: the content farm's generated essay on a city's rectification of an inspection's feedback, the
    # farm and template of r10's content_farm_feedback_howto: no inspection is told (no group, no visit, no day):
    # round-level "" with absences; its examples (交通拥堵, 地铁…) are an essay's: problems unscored)
    ("zhengzhou_inspection_rectification_generated_essay_21xqjy", "https://www.21xqjy.com/archive/zheng-zhou-fan-kui-xun-shi-zheng-gai-jian-shi-xiao-shi-min-guan-qie-wen-ti-de-dao-kuai-su-jie-jue-yu.html", "noisy", """引言:巡视整改的背景与意义

巡视整改是中国共产党党内监督的重要制度安排,是推动全面从严治党向基层延伸的关键举措。在郑州市,巡视整改工作已经成为解决民生问题、提升城市治理能力的重要抓手。通过巡视反馈,郑州市委、市政府能够及时发现城市管理中的短板和不足,针对市民关切的热点难点问题,采取有力措施进行整改,确保问题得到快速解决,并形成长效机制,实现制度保障。
……
巡视整改的工作机制

1. 问题发现机制

巡视整改的第一步是发现问题。郑州市通过多种渠道收集市民意见,包括12345市民热线、网络问政平台、信访渠道等,确保市民的诉求能够及时传递到决策层。同时,巡视组通过深入基层调研、个别谈话、查阅资料等方式,全面了解被巡视单位在履行职责、服务群众等方面存在的问题。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.bkwk.cn/article/zzxszjzgybhdmmyyx.html (SHARES_TEMPLATE: a generated essay on an inspection group's
    # entry into a city (郑州巡视组进驻巩义), the portal's and generator's template of r15's and r35d's bkwk essays: the
    # entry has no day and the group no number: no group, no start; the city is named, not its committee, and the essay
    # calls it a district of Zhengzhou: unit unscored; no term, round or figure)
    ("gongyi_inspection_group_generated_essay_bkwk", "https://www.bkwk.cn/article/zzxszjzgybhdmmyyx.html", "noisy", """引言
巡视工作是党中央加强党风廉政建设和反腐败斗争的重要举措。近年来,郑州巡视组进驻巩义,引起了广泛关注。本文将深入探讨郑州巡视组进驻巩义背后的秘密及其可能产生的影响。
巡视组进驻巩义的背景
巩义市基本情况
巩义市位于河南省中部,是郑州的一个市辖区。近年来,巩义市经济快速发展,工业、建筑业、旅游业等领域取得了显著成绩。然而,随着经济的快速发展,一些问题也逐渐暴露出来。
……
巡视组进驻的秘密
巡视组组成及职责
巡视组由中央巡视办或省巡视办抽调的干部组成,其主要职责是对被巡视地区(单位)的党风廉政建设和反腐败工作进行监督检查。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
]
