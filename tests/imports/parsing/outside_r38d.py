"""Outside texts of batch r38-held, collector D's share (issue 14), held out: special, mobile, linked, raised-level and
look-back rounds (a city's round with housing and culture special rounds, a debt-risk mobile round and raised-level rounds
of district bodies; a district's linked special round of an industrial zone; a district's village special round with a
rectification look-back; a league's coal special round with a look-back; a county-level city's medical special round;
a county's rectification special checks; a city's round fed back with look-backs; a regional group's "special plus
regular" visit with raised-level parts; a province's regular and special groups entering five districts; the central
office's special checks of provinces' inspection work) and noisy copies (two mirrors' traditional-script copies with
pinyin in brackets, a copy on an unrelated host, a city aggregator's copy, two content farms' copies), and, in
SHARES_TEMPLATE, a Hong Kong site's copy and an aggregator's copy of earlier batches' round reports, a Hong Kong site's
traditional-script story of an earlier batch's central round and a generated essay in an earlier batch's generator
template; collected with the search tool from public pages that are in no earlier batch. Each address was grepped, with
and without www./m./mip./wap. and its query string (host and distinctive part of the path apart), in every
tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r37d, and the other collectors' r38 files
as they stood) and test_outside_documents.py, and two or three distinctive names or phrases of each text (simplified
and traditional script, converted with opencc in a scratch directory: people, places, bodies, counts, phrases) likewise;
every text was then compared with `bench/outside_overlap.py tests/imports/parsing/outside_r38d.py` (see "Overlap"
below). Their fields are written down by reading only. The importer was not run on them, no test or bench that runs it
was run, and the collector read neither imports/ nor the parser's tests nor variants.py nor the seeds (only the
outside_*.py data files, outside_set.py's docstring, Case, extract and score, bench/outside_overlap.py and the brief,
and the r14, r17, r20, r21, r24, r30d, r34c, r34d, r35c and r36d cases cited below); the integrator runs them once, and
that run is the honest figure for unseen texts.

Sources. 16 texts from the search tool's "pages" corpus, all with their address. 60 look-ups (the brief's cap for this
file was 150; searching stopped at 60 once the goal was met, because the corpus gave about one new text in five
look-ups): by kind of round and in traditional script or with pinyin in brackets (州委巡察組 專項巡察, 區(qū)委巡察組,
縣委巡察 回頭看, 專項(zhuān)巡察 進(jìn)駐, 回頭看 巡察組 發(fā)現(xiàn)問題, 提級巡察 村(社區(qū)), 巡察工作領(lǐng)導(dǎo)小組 專項巡察, 巡視整改 回頭看,
屆縣委第 輪巡察 反饋, 巡察“回頭看” 動員會, 提級巡察 縣委 鄉鎮, 十三屆 市委 動員部署會議, 中評社 巡察組), by subject
(水库移民, 国有林场, 民生领域外包服务, 开发区建设专项巡察, 群腐问题专项巡察, 医保基金, 群众身边不正之风和腐败问题), by
practice (巡察整改专项督查, 巡察整改成效评估, 片区协作, 专项巡察情况汇报, 联动巡察 截至, 机动巡察 完成进驻, 交叉巡察反馈会,
提级巡察反馈会, 巡察“回头看”整改进展), by place (甘孜, 锡林郭勒, 延边, 海西, 喀什/和田, 盟委/旗委, 三门峡, 朔州/运城/晋城,
铁岭/葫芦岛/朝阳, 大连/鞍山/抚顺, 哈尔滨/齐齐哈尔, 包头/赤峰/鄂尔多斯, 盘锦/阜新/辽阳, 四平/通化/松原), and with
spun-copy words (县委巡查组, twgreatdaily). Of the some 480 addresses returned, all but about twenty were earlier batches'
or no texts (search-tag pages of abg.baidu and zhetiaohe, policy papers, novels, generated essays); among the earlier
batches' were Yunnan's eleventh and fourth provincial rounds on the qdubb mirror (r31c), Yunnan's 2015 first round
(r31c), Hubei's rectification checks (no address), Yunyang's round on a mirror (r11), Gannan's linked look-back on
atzr (r23), Inner Mongolia's seventh round (r8), its progress on xintukeji (r15), Tongliao's ninth round (r12), a
banner's rectification meeting on an IP host (r10), Haibowan's first round (outside_set), Xi'an's special round (r15),
Danyang's eleventh round (c), Shangzhi's forum notice (r14), Yichun's development zone round (r12), Zhuhai's zone
(r11), Puyang's zones (r15), the Wenzhou, Nantong and Baoshan feedbacks (r11), Xingtai's tenth round (r16), Yuxi (r12),
a city's twelfth round on yblygrz (r11), a city's seventh round on dingqianjf (r14), Zhenyuan (r20), Nanjian (r29d), Changshan's family branch on a
forum (r25b), Fujian's village rounds (r31d), Anshan's raised-level round (outside_new), Ordos's ninth round (r18),
Hohhot's safety special inspection (r18), Liaoning's 2016 special inspections (r32c), Jinjiang's look-back (r17),
Xuancheng's special round (r8), Cangyuan's mobile-round progress (r16), Yingdong's medical round (r26d), Baishui (r11),
Yinan (r25b), Guangxi's 2016 special inspections (r8), Inner Mongolia's ninth round (r8), Shenzhen Luohu (r24), Fuyang
district (r7), Funing and Malong's look-backs (outside_new, r32d) and the central rounds on vakiodaily (outside_set) and
chinanews (r6). Left out after reading, as other collectors' kinds or no texts: a generated Q&A on Henan's eighth
provincial group (chaxiaohao.com, which r36d and r37c also left out), generated essays on inspection groups' offices
(rlut.cn, cdn.drbdp.com, and npbpp.com whose other pages r15 and r34d hold: no party inspection told), a Taiwanese think tank's
commentary on the central Tibet feedback (indsr.org.tw, r37c's), a central anti-gang 督导 on a pinyin mirror
(all-bahamas.com: no party inspection), a county's rounds and entries (hklz.gov.cn, qinan.gov.cn, yunyang.cjyun.org:
collector B's kind, earlier batches' when checked) and a provincial-level group's entry notices (collector C's kind).

Families and counts (16 texts, 4 in SHARES_TEMPLATE; 12 measured). rounds 5, 3 measured:
shenyang_fourteenth_term_eighth_round_special_mobile_raised_level (round-level, three units, term 14, round 8),
pinggui_second_term_seventh_round_linked_special_industrial_zone_towns (round-level, three units, term 2, round 7),
district_ninth_term_eleventh_round_village_special_rectification_look_back (round-level, term 9, round 11), and in
SHARES_TEMPLATE yunnan_development_zones_special_round_entries_crntt_copy and
provinces_2015_first_rounds_started_aggregator_lanzhou_copy; news 4, all measured:
wuhai_seventh_term_ninth_round_feedback_look_back_eight_bodies (round-level, two units of a cut list, term 7, round 9,
feedback 2021-07-27), ziyang_county_rectification_special_checks_four_groups_report and
xingping_medical_conduct_special_round_two_foci (round-level, absences), and
hohhot_regional_first_group_special_regular_raised_level_mobilisation (group 自治区党委第一巡视组, unit and units
unscored); noisy 7, 5 measured: anshan_thirteenth_term_sixth_round_fifteen_bodies_pinyin_trad_mirror (fifteen units,
term 13, round 6), city_twelfth_term_eleventh_round_mobilisation_pinyin_trad_copy (term 12, round 11),
central_office_special_checks_ten_provinces_inspection_work_pinyin_trad (round-level, absences),
xilingol_coal_special_round_air_defence_office_look_back_content_farm (round-level, one unit) and
hubei_provincial_groups_five_wuhan_districts_special_groups_aggregator (round-level, five units), and in SHARES_TEMPLATE
central_2016_twelve_entries_look_backs_trad_epochtimes and jianghua_inspection_group_reservoir_resettlement_generated_essay;
progress 0; audit 0. Texts expecting nothing (no party inspection): none of the 12 measured (the generated essay, which
tells none, is in SHARES_TEMPLATE). Round lists measured: 6 (Shenyang 3, Pinggui 3, Wuhai 2 of 8, Anshan 15, Wuhan 5,
Xilingol 1).

Fields read: 54 (a unit of "" for a round-level text counts, each unit and figure counts), and 82 absence checks (None,
[] for units or figures, and problems 0 where a text's aims, foci or meeting points might be counted), by my count, all
outside SHARES_TEMPLATE. By family: rounds 15 fields and 18 absence checks, news 9 and 29, noisy 30 and 35, progress and
audit 0 and 0. Figures read: none (no text of this batch states a count of a metric: the counts are of bodies, groups,
staff and days). One case holds a datetime.date (Wuhai's feedback, 2021-07-27).

Reading conventions (outside_set.py's "Settled conventions" 1-16 and the written conventions of the earlier files,
followed exactly): bodies named in a round's list are its units as written (settled 8), traditional-script names written
simplified; places that only qualify the bodies inspected (大东区…等区县财政局, 锡林浩特市…相关部门(单位)党组织, 鹅塘镇
所辖的16个村级党组织) are no units (settled 8), and counted bodies none; a round named as the one a meeting deploys or
hears is the text's (settled 14: 十四届市委第八轮, 二届平桂区委第七轮, 九届区委第十一轮, 七届乌海市委第九轮, 十三屆市委第六輪,
十二屆市委第十一輪); a mobilisation meeting's day is no start and a planned length no end (settled 10); a span of feedback
days is read by its first day (settled 1's span); a group is read in the set's short form, its owner's kind kept
(settled 9: 自治区党委第一巡视组); aims, foci, check items and meeting points (两聚焦, 一要…三要, 四大类问题, 紧盯权力和责任)
are no findings: problems 0, as r34d and r36d read such points; an excerpt's list cut short says so in its comment.

What I was unsure of, and how I read it. Shenyang: 截至10月24日…完成进驻 gives a completion of entries whose year only the
letters' deadline (2025年12月15日) states: start unscored (r24 reads 截至11月5日 without a year as none). Hohhot: one group
visits a city and its district, both committees named; settled 15 is about one place: unit and units unscored. The
central office's special checks: 北京等10個省區市和新疆生產建設兵團 are checked for their inspection work, not visited by a
party inspection: units unscored; the five 有的… examples of problems run in one sentence: problems unscored. Xilingol:
the league office (盟人防办) is the one body named, for the look-back, and is read as the round's unit as r24 reads a
round's one named body; a reader who counts the five places of the title (5旗市(区)1部门) would write six units. Wuhai:
the list of eight is cut after two headings; the findings under each are clauses of one paragraph: problems unscored.
Wuhan: 5日至昨日 has no month and the story no year; it is read round-level with its five places. The Hohhot visit is in the same regional round as r17's Wuhai progress report (another group, another
visit) and is measured; the Shenyang notice shares the Liaoning cities' notice formula with outside_new's anshan (see
"Overlap") and is measured, being another city's round on another site.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r38d.py` (16 texts against 2125 earlier): no address is
shared; 183 pairs share more than 3 shingles, 17 of them more than 3 beyond the tool's formulas: the Lanzhou aggregator
copy with r35c's provinces_2015_first_rounds_started_aggregator (235, 231 beyond: the same article, in SHARES_TEMPLATE);
the Shenyang notice with outside_new's anshan (45, 33 beyond: the Liaoning city committees' entry-notice formula
截至…完成进驻工作。市委巡察组将对…开展提级巡察。被巡察党组织分别召开巡察进驻动员会。各市委巡察组组长作动员讲话, another
city's notice on another site: measured, as said above); the twelfth-term mobilisation copy with earlier pinyin-bracketed
copies (r28c's shaoguan_thirteenth_term_third_round_mobilisation_pinyin_trad 19 beyond, a mobilisation formula with the
same pinyin; r36's municipal_university_second_term_first_round_seven_offices_trad 11; r15's dali_five_party_review_trad 8;
r32d's diqing_…_pinyin_trad 7; r36's university_internal_inspection_system_paper_trad 7; r13's
provincial_forestry_progress_trad 4; r36c's central_coverage_interview_luo_liping_pinyin_trad 4: all 統(tǒng)籌協(xié)調(diào), 工作領(lǐng)導(dǎo)小組, 上下聯(lián)動 and the like); the Anshan
mirror with r11's yibin_twelfth_round_trad (18) and r14's city_seventh_round_mobilisation_trad (5): common bodies' names in
pinyin brackets (市委網(wǎng)信辦, 市殘聯(lián)、市紅十字會); the Wuhai feedback with r11's yueyang_veterans_feedback (12, the 三个聚焦 wording);
Pinggui with r31d's huaibei_ninth_term_5plus3_special_round_mobilisation (6) and r19's zhaozhou_…_betting_copy
(4): the 授权任职及任务
分工的决定 formula; Hohhot with r22's jilin_writers_association_provincial_mobilisation (7: 作了动员讲话,对做好巡视工作提出要求);
the CRNTT copy with r36's xiamen_soe_inspection_rectification_fifty_two_unfinished (5, the site's byline) and r34c's
lianjiang_county_study_meeting_preparing_inspection_2023 (4, 党中央关于巡视工作的决策部署和); the longest shared run is 224
characters (the Lanzhou copy, in SHARES_TEMPLATE). The tool counts five texts as sharing more than formulas with the
seeds (Shenyang, Pinggui, Wuhai, Wuhan and the CRNTT copy); the collector may not open the seeds, so this was not
checked by reading: their shared wording is most likely the notice, mobilisation, 三个聚焦 and CCDI-report formulas the
earlier texts share too (the integrator may check whether a seed is a Liaoning city's entry notice or Yunnan's
development-zone report). The other collectors' files as they stood at the end (outside_r37.py 17 texts, outside_r37b.py
21, outside_r37c.py 17, outside_r37d.py 13, outside_r38.py 15, outside_r38b.py 16; no outside_r38c.py yet) were compared
likewise (normalised addresses, hosts, 12-character shingles, and the places, people and hosts above grepped: 沈阳,
平桂, 姑婆山, 乌海, 唐毅, 紫阳, 兴平, 郝朝暾, 梅仕燦, 专项检查小组, 盟人防办, 东湖生态旅游风景区, 江华巡视组, twgreatdaily,
emexsoft, lalasgl, hhhn168, 76hw): no address or host is shared (baogaosu, crntt and arkombiservisi are hosts of other
pages in earlier batches only); the pairs with more than 3 shingles are formulas: the Wuhai feedback with r37's
linyi_central_hospital_city_second_group_mobilisation (21: 坚持以习近平新时代中国特色社会主义思想为指导 and the 三个聚焦
wording) and three others (5 each), Hohhot with r38's cflac_first_inspection_group_art_criticism_centre_mobilisation_2020
(8), the twelfth-term copy with r37c's zhejiang_…_pinyin_trad (8) and the central office's checks with r37d's Xinzhou
mirror (4, pinyin of 發(fā)現(xiàn)).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a Hong Kong site's simplified copy (bj.crntt.com) of the CCDI report of Yunnan's linked special round of development
    # zones (十一届云南省委第二轮巡视…专项巡视巡察开发区): the same round and report as r30d's
    # yunnan_eleventh_term_second_round_development_zones_linked_entries_trad (ksrykj.com)
    "yunnan_development_zones_special_round_entries_crntt_copy",
    # a city aggregator's copy (lanzhou.baogaosu.com) of the overview of the provinces' 2015 first rounds: the same article,
    # on another city page of the same aggregator, as r35c's provinces_2015_first_rounds_started_aggregator
    # (nanchang.baogaosu.com)
    "provinces_2015_first_rounds_started_aggregator_lanzhou_copy",
    # a Hong Kong site's traditional-script story (hk.epochtimes.com) of the central ninth round's first twelve entries
    # of 2016 and the look-backs at four provinces: the same round and news as r34c's
    # central_ninth_round_2016_twelve_bodies_entered_look_backs and r26c's central_2016_first_round_look_back_deployment
    "central_2016_twelve_entries_look_backs_trad_epochtimes",
    # a generated essay on a content farm (76hw.com), in the generator's template (引言, then 一、… 三、 headings with
    # numbered points; the slug jie-mi-…-bei-hou-de-gu-shi-yu-tiao-zhan) of r34d's
    # county_inspection_secretary_topic_generated_essay_paxyq and r36d's township_inspection_rural_governance_generated_essay_paxyq
    "jianghua_inspection_group_reservoir_resettlement_generated_essay",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R38D = [
    # --- rounds: a city's round of special, mobile and raised-level parts; a district's linked special round; a
    # district's village special round with a rectification look-back -------------------------------------------------
    # https://www.163.com/dy/article/KCOMFF7M0534BBTS.html (a portal's copy of a city discipline site's notice of its
    # fourteenth committee's eighth round entered: special rounds of three bodies (住建领域专项巡察, 文旅领域专项巡察), a mobile
    # round at district and county finance bureaus (防范化解政府债务风险机动巡察) and raised-level rounds of 13 districts'
    # discipline commissions and organisation departments (提级巡察): round-level ""; the three bodies named are the
    # round's units (settled 8); the districts and counties only qualify the finance bureaus (大东区、苏家屯区…等区县
    # 财政局及其他相关单位: settled 8's qualifying places) and the 13+13 bodies are counted: no units; term 14, round 8
    # (十四届市委第八轮巡察); several groups: no group; 截至10月24日…完成进驻 is a completion of entries whose year only the
    # letters' deadline gives (2025年12月15日): start unscored (r24 reads 截至11月5日 without a year as none, and a
    # completion by a day is no single entry day); 两个月左右 is a planned length: no end (settled 10); no feedback; the
    # groups' requirements (紧盯权力和责任…) are no findings: problems 0; no figures. The page's image stub (![]()) is kept)
    ("shenyang_fourteenth_term_eighth_round_special_mobile_raised_level", "https://www.163.com/dy/article/KCOMFF7M0534BBTS.html", "rounds", """10月24日,沈阳市委巡察工作领导小组办公室通过沈阳纪检监察网对外发布,十四届市委第八轮巡察完成进驻。
根据市委关于巡察工作统一部署,截至10月24日,十四届市委第八轮巡察完成进驻工作。市委巡察组将对市房产局、市城乡建设局开展住建领域专项巡察,对市文化旅游广电局开展文旅领域专项巡察,对大东区、苏家屯区、辽中区、法库县、康平县等区县财政局及其他相关单位开展防范化解政府债务风险机动巡察,对13个区县(市)纪委监委机关、13个区县(市)委组织部开展提级巡察。
被巡察党组织分别召开巡察进驻动员会。各市委巡察组组长作动员讲话,对深入学习贯彻党中央及省委、市委关于巡视巡察工作部署和扎实开展巡察工作提出要求。
各市委巡察组组长要求,要准确把握巡察重点,精准有效开展监督,……紧盯权力和责任,紧盯“一把手”和领导班子,紧盯群众反映强烈的问题,查找政治偏差,推动解决问题。要落实政治责任,强化协作配合,严明纪律要求,扎实完成好巡察任务。
据悉,各市委巡察组将在被巡察党组织工作两个月左右,……巡察组受理信访时间截止到2025年12月15日。
![]()
来源:沈阳纪检监察网
""", {"unit": "", "units": ["市房产局", "市城乡建设局", "市文化旅游广电局"], "group": None, "term": 14, "round": 8,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://pgqjw.gov.cn/archives/22490 (a district discipline portal's report of its second committee's seventh round
    # deployed: a linked special round of an industrial zone (采取上下联动的方式对姑婆山产业区党工委开展专项巡察) and a town-and-
    # village round: round-level ""; the zone's working committee and the two towns named in the list are the round's
    # units as written (settled 8: 沙田镇、公会镇等2个乡镇党委 -> 沙田镇, 公会镇), their 50 villages counted and 鹅塘镇 only
    # qualifies 16 counted villages (settled 8's qualifying place): no unit; the list is cut short at the page's bracket
    # (华山村已巡除外……); term 2, round 7 (二届平桂区委第七轮巡察工作动员部署会: the round the meeting deploys, settled 14);
    # 3个巡察组: no group; 8月27日 is the meeting's day: no start (settled 10); 利用4个月的时间 is a length: no end; no
    # feedback; the meeting's requirements are no findings: problems 0; no figures)
    ("pinggui_second_term_seventh_round_linked_special_industrial_zone_towns", "https://pgqjw.gov.cn/archives/22490", "rounds", """二届平桂区委第七轮巡察工作动员部署会召开
8月27日,我区召开二届平桂区委第七轮巡察工作动员部署会。区委常委、区纪委书记、监委副主任、代理主任、区委巡察工作领导小组常务副组长徐亮出席会议并作动员讲话,区委常委、组织部部长、区委巡察工作领导小组副组长钟远剑出席会议并宣读了《关于二届区委第七轮巡察工作巡察组组长、副组长授权任职及任务分工的决定》。
会议强调,要坚定扛起“两个维护”政治责任,贯彻落实党中央新修订的《中国共产党巡视工作条例》,深入贯彻落实自治区党委、市委关于上下联动对产业园区改革发展情况开展专项巡视巡察的统一部署,……
会议要求,要贯通学习领悟习近平总书记关于党的自我革命的重要思想,坚定不移深化政治巡察;要把握监督重点,着力在发现和推动解决问题上取得更大成效;要精心组织实施,确保各项工作更加有力有效。……
本轮巡察安排3个巡察组,利用4个月的时间,采取上下联动的方式对姑婆山产业区党工委开展专项巡察,采取“乡村一体巡”的方式对沙田镇、公会镇等2个乡镇党委及其所辖的50个村级党组织和鹅塘镇所辖的16个村级党组织(华山村已巡除外……
""", {"unit": "", "units": ["姑婆山产业区党工委", "沙田镇", "公会镇"], "group": None, "term": 2, "round": 7,
      "start": None, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://hhhn168.com/2026_03/05_08/content-553866.html (a copy on an unrelated host of a district's ninth committee's
    # eleventh round deployed: a special round on villages' mass corruption (群腐问题专项巡察) and a rectification look-back
    # (巡察整改落实“回头看”): round-level ""; the bodies are counted (4个村(社区)党组织, 10个区直单位党组织): units []
    # (settled 8); term 9, round 11 (九届区委第十一轮巡察动员部署会议, settled 14); 2个巡察组: no group; 3月3日 is the
    # meeting's day and has no year in the text (2026 is the address's): no start; 2个半月左右 is a length: no end; no
    # feedback; the meeting's 聚焦… points are no findings: problems 0; no figures)
    ("district_ninth_term_eleventh_round_village_special_rectification_look_back", "http://hhhn168.com/2026_03/05_08/content-553866.html", "rounds", """九届区委第十一轮巡察动员部署会议召开
3月3日,九届区委第十一轮巡察动员部署会议召开,对即将开展的对村(社区)群腐问题专项巡察和巡察整改落实“回头看”进行动员部署。
会议强调,要统一思想认识,提高政治站位,深刻理解本轮巡察的意义。要聚焦监督重点,精准把握核心任务,聚焦村(社区)党组织特点,重点纠治群众身边腐败问题和不正之风;聚焦问题整改,重点查找主体责任落实不到位情况。
会议指出,要创新方式方法,简化工作流程,坚持问题导向,提升监督质效,高标准高质量完成巡察各项任务。
据了解,本轮巡察共安排2个巡察组,对4个村(社区)党组织开展群腐问题专项巡察,对10个区直单位党组织开展整改落实“回头看”,巡察时间2个半月左右。
""", {"unit": "", "units": [], "group": None, "term": 9, "round": 11, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- news: a city's round fed back with look-backs; a county's rectification special checks; a county-level city's
    # medical special round; a regional group's special-and-regular visit with raised-level parts --------------------
    # http://wh.nmgjjjc.gov.cn/single/2021/11/08/21110816364615166971-18091713005454734361.html?t=1739866603958 (a city
    # discipline portal's public notice of its seventh committee's ninth round fed back, a round with look-backs
    # (巡察“回头看”聚焦…): round-level ""; the bodies fed back are told in headings, the first two before the cut
    # (市发展和改革委员会党组, 市行政审批和政务服务局党组; the list of eight is cut short); term 7, round 9 (七届乌海市委第九轮
    # 巡察, the round heard and fed back, settled 14); 3个巡察组: no group; the visit's days are not told: no start, no
    # end; the feedback days are a span (2021年7月27日至8月2日): the feedback is its first day, 2021-07-27, as settled 1
    # reads a span of feedback days; each body's findings run in one paragraph of clauses: problems (the field) unscored;
    # no figures)
    ("wuhai_seventh_term_ninth_round_feedback_look_back_eight_bodies", "http://wh.nmgjjjc.gov.cn/single/2021/11/08/21110816364615166971-18091713005454734361.html?t=1739866603958", "news", """按照乌海市委巡察工作领导小组的统一部署,2021年7月27日至8月2日,市委3个巡察组向8个被巡察单位党组(党委)反馈了巡察情况。巡察期间,各巡察组坚持以习近平新时代中国特色社会主义思想为指导,以“四个意识”为政治标杆,牢牢把握政治巡察定位,突出问题导向,盯住关键少数,查找政治偏差,巡察“回头看”聚焦基层贯彻落实党的路线方针政策和党中央决策部署情况、聚焦群众身边腐败问题和不正之风、聚焦基层党组织领导班子和干部队伍建设问题等方面内容开展监督检查,充分彰显了巡察监督“显微镜”和“探照灯”作用。
根据巡察工作有关规定,市委各巡察组组长向被巡察单位党组(党委)书记传达了唐毅同志在市委书记专题会议听取七届市委第九轮巡察汇报时的讲话精神,分别向被巡察单位党组(党委)和党组(党委)书记进行了反馈,提出了整改意见建议。市委巡察工作领导小组有关同志出席反馈会议并就抓好反馈意见整改落实提出明确要求,被巡察单位党组(党委)书记作了表态发言。现将七届乌海市委第九轮巡察反馈情况向社会公开,接受广大党员干部、群众监督。
一、巡察反馈情况
(一)市发展和改革委员会党组
对优化营商环境政策研究不充分、理解不准确,存在“能耗双控”任务同“优化营商环境”左右互搏、互相掣肘的错误认识;作为优化营商环境工作的综合协调部门,统筹协调作用发挥不够好,落实《乌海市优化营商环境实施方案(试行)》不彻底;抓优化营商环境工作贯彻转化浮于表面,争取上级专项资金项目前期工作不充分,项目监管“后半篇”文章做得不实;诚信体系建设作用发挥不明显。
(二)市行政审批和政务服务局党组
以习近平新时代中国特色社会主义思想指导深化“放管服”改革工作、优化……
""", {"unit": "", "units": ["市发展和改革委员会党组", "市行政审批和政务服务局党组"], "group": None, "term": 7, "round": 9,
      "start": None, "end": None, "feedback_date": date(2021, 7, 27), "figures": []}),
    # http://ankang.qinfeng.gov.cn/info/1022/19687.htm (a city portal's county page: a county secretary hears the county's
    # rectification special checks (巡察整改专项督查) by 4 county special check groups: round-level ""; no body is named:
    # units []; 4个县委专项督查组 have no number: no group; no term, no round; 4月8日 is the meeting's day and the dated
    # line's 20-04-10 is the page's (a two-digit year): no start, end or feedback; the secretary's 一要…二要…三要 points
    # are no findings: problems 0; no figures)
    ("ziyang_county_rectification_special_checks_four_groups_report", "http://ankang.qinfeng.gov.cn/info/1022/19687.htm", "news", """紫阳:县委书记专题听取巡察整改专项督查情况汇报

作者:刘安枝文章来源: 紫阳县委巡察办 发布时间:20-04-10 08:37字体大小:

4月8日,紫阳县委召开巡察整改专项督查情况汇报会,县委书记赵立根出席会议并讲话。县委常委、纪委书记、县委巡察工作领导小组组长周富林主持会议。

在听取了4个县委专项督查组巡察整改督查情况汇报后,赵立根给予了充分肯定。他强调,开展巡察整改专项督查工作,是巩固和扩大巡察监督成效的重要手段,也是县委做实做深巡察“后半篇文章”的具体举措,必须把“严”的主基调长期坚持下去,推动巡察整改和成果运用落实到位,切实发挥巡察震慑、遏制、治本作用。一要提高政治站位,从严从实开展督查。……二要把握任务定位,全面客观反映问题。……三要精准分类处置,巩固提升巡察效果。……

据悉,本次县委派出4个专项督查组,由4名县委巡察工作领导……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://xingping.qinfeng.gov.cn/info/1014/3105.htm (a city portal's county-level city page on its medical special
    # round (医疗领域作风建设暨群众反映强烈突出问题专项巡察) with discipline groups joining: round-level ""; bodies only by kind
    # (医疗卫生主管部门, 医疗机构): units []; the 专项巡察组 has no number: no group; no term, no round; 近期 gives no day: no
    # start, end or feedback; the round's two foci (一是聚焦…二是聚焦…) are its aims, no findings: problems 0; no figures)
    ("xingping_medical_conduct_special_round_two_foci", "https://xingping.qinfeng.gov.cn/info/1014/3105.htm", "news", """近期,为加强全市干部队伍作风建设,切实解决群众反映强烈的突出问题,发挥巡察监督和纪律监督联动作用,兴平市委巡察工作领导小组以专项巡察为抓手,强化巡纪联动,立足政治巡察定位,强化成果导向,稳步推进医疗领域作风建设暨群众反映强烈突出问题专项巡察。
关注问题不发散,做到两聚焦。专项巡察工作准备阶段,专项巡察组结合行业领域特点,细化梳理监督内容,突出重点监督。一是聚焦医疗卫生主管部门工作人员利用职务便利收受财物,放松监管违规审批问题;二是聚焦医疗机构内外勾结欺诈骗保,过度检查、过度用药,部分医护人员为药品经销商推销药品或医用耗材收受回扣、红包等问题。……
巡察队伍科学化,凸出巡纪联动。……巡察队伍首次抽调行业派驻纪检监察组干部参与专项巡察,有效提升了巡察监督实效,取得了良好的工作效果。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://twgreatdaily.com/zh-hans/231f9226a4ac4f300b21585786dc8dbd.amp (a content farm's copy of a city paper's report
    # of a regional first group's "special plus regular" visit (以“专项+常规”巡视的方式) to a city and one of its districts,
    # with raised-level visits of their discipline and organisation bodies (提级巡视): group 自治区党委第一巡视组 (its
    # owner's kind kept, settled 9); the visit is to two places, the city and its district, both committees named
    # (呼和浩特市委书记, 新城区委书记): settled 15 speaks of one place visited, so unit and units are left unscored (a reader
    # could write unit 呼和浩特市委 and units [新城区委]); no term or round is named; 2023年4月18日 is the mobilisation
    # meeting's day, no entry told: no start (settled 10); no end, no feedback; the visit's foci (五大任务, “五个大起底”)
    # are no findings: problems 0; no figures. r17's wuhai_regional_special_inspection_progress is another group's visit
    # in the same regional round (乌海市, 第十一巡视组): another visit, another text)
    ("hohhot_regional_first_group_special_regular_raised_level_mobilisation", "https://twgreatdaily.com/zh-hans/231f9226a4ac4f300b21585786dc8dbd.amp", "news", """本报讯(记者 云静)按照自治区党委统一安排,2023年4月18日,自治区党委第一巡视组巡视呼和浩特市、新城区工作动员会召开。会上,第一巡视组组长郝朝暾作了动员讲话,对做好巡视工作提出要求。自治区党委常委、呼和浩特市委书记包钢出席会议并作表态。呼和浩特市委副书记、市长贺海东主持会议。新城区委书记作了表态。
郝朝暾强调,这次巡视全面贯彻巡视工作方针,把“两个维护”作为根本任务,以“专项+常规”巡视的方式,对呼和浩特市、新城区开展政治监督。巡视中,将把学习贯彻党的二十大精神情况作为重中之重,重点监督习近平总书记交给内蒙古的五大任务、推进“五个大起底”行动落实情况,……同时,还将对呼和浩特市、新城区纪检监察机关和组织部门开展提级巡视。被巡视党组织要充分认识开展巡视的重要意义,增强工作责任感和使命感,按照自治区党委要求完成好这次巡视任务。
包钢表示,这次巡视是对呼和浩特市履行党的领导职责的一次政治监督和“全面体检”。……
""", {"group": "自治区党委第一巡视组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- noisy: mirrors' traditional-script copies (pinyin in brackets) of a city's round and a city's mobilisation, of the
    # central office's special checks; content farms' copies of a league's coal special round and a province's visits ---
    # http://www.emexsoft.com/network/xsxcxsxc/xsxcsxqwxcgz/2023/07/28/539507891523031410.shtml (a mirror's
    # traditional-script copy, pinyin in brackets, of a city's thirteenth committee's sixth round deployed: round-level
    # ""; the 15 bodies are the round's units in order, written simplified (settled 8); term 13, round 6 (十三屆市委第六輪);
    # 6個巡察組: no group; 7月27日 is the meeting's day: no start (settled 10); no end, no feedback; the meeting's points
    # (要緊緊圍繞中心工作大局…) are no findings: problems 0; no figures)
    ("anshan_thirteenth_term_sixth_round_fifteen_bodies_pinyin_trad_mirror", "http://www.emexsoft.com/network/xsxcxsxc/xsxcsxqwxcgz/2023/07/28/539507891523031410.shtml", "noisy", """十三屆鞍山市委第六輪巡察工作動員部署會議召開
7月27日,鞍山市召開十三屆市委第六輪巡察工作動員部署會議,標志著十三屆市委第六輪巡察工作正式啟動。
……
會議強調(diào),要緊緊圍繞中心工作大局,準確把握好本輪巡察監督方向和監督重點。要始終聚焦重點任務和中心工作,緊盯黨中央、省市委決策部署貫徹落實情況,緊盯群眾身邊的腐敗問題和不正之風,……
經(jīng)市委批準,本輪巡察共安排6個巡察組,對市委政策研究室、市委網(wǎng)信辦、市委編辦、市委市政府信訪局、市委老干部局、團市委、市婦聯(lián)、市科協(xié)、市文聯(lián)、市社科聯(lián)、市貿(mào)促會、市工商聯(lián)、市僑聯(lián)、市殘聯(lián)、市紅十字會15個黨組織開展常規(guī)巡察。
""", {"unit": "", "units": ["市委政策研究室", "市委网信办", "市委编办", "市委市政府信访局", "市委老干部局", "团市委", "市妇联",
                            "市科协", "市文联", "市社科联", "市贸促会", "市工商联", "市侨联", "市残联", "市红十字会"],
      "group": None, "term": 13, "round": 6, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://arkombiservisi.com/portal.php?aid=5078&mod=view (a copy on an unrelated host, traditional script with pinyin in
    # brackets and a trailing table bar, of a city's twelfth committee's eleventh round deployed: round-level ""; no body is
    # named: units []; 市委4個巡察組: no group; term 12, round 11 (十二屆市委第十一輪巡察工作動員部署會, settled 14); 3月11日 is
    # the meeting's day: no start; no end, no feedback; the meeting's 要… points are no findings: problems 0; no figures)
    ("city_twelfth_term_eleventh_round_mobilisation_pinyin_trad_copy", "http://arkombiservisi.com/portal.php?aid=5078&mod=view", "noisy", """3月11日下午,十二屆市委第十一輪巡察工作動(dòng)員部署會(huì)召開。市委常委、市紀(jì)委書記、市監(jiān)委主任、市委巡察工作領(lǐng)導(dǎo)小組組長(zhǎng)梅仕燦,市委常委、組織部部長(zhǎng)、市委巡察工作領(lǐng)導(dǎo)小組副組長(zhǎng)嚴(yán)允出席會(huì)議。 會(huì)議強(qiáng)調(diào),巡察是從嚴(yán)治黨的重要手段。要堅(jiān)定不移深化政治巡察,提高政治站位,堅(jiān)守職能定位,強(qiáng)化責(zé)任擔(dān)當(dāng),發(fā)揮好巡察政治“顯微鏡”和“探照燈”作用;要突出巡察重點(diǎn),把握單位特點(diǎn),找準(zhǔn)問題難點(diǎn),著力發(fā)現(xiàn)并推動(dòng)解決在落實(shí)黨的路線方針政策和黨中央、省委、市委重大決策部署方面存在的責(zé)任問題、腐敗問題、作風(fēng)問題等;要堅(jiān)持穩(wěn)中求進(jìn),加強(qiáng)統(tǒng)籌協(xié)調(diào),加快形成橫向全覆蓋、縱向全鏈接、市縣“一盤棋”的上下聯(lián)動(dòng)監(jiān)督格局;要發(fā)揮監(jiān)督合力,緊盯成果運(yùn)用,推動(dòng)整改工作有力開展;要嚴(yán)格選優(yōu)配強(qiáng),加強(qiáng)教育管理,塑造高素質(zhì)、專業(yè)化的巡察鐵軍。 會(huì)議傳達(dá)了省委有關(guān)巡視巡察工作的新精神和新要求,并宣布了市委4個(gè)巡察組的任務(wù)分工。 |
""", {"unit": "", "units": [], "group": None, "term": 12, "round": 11, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://lalasgl.cn/dqgz/jjjc/2522.htm (a mirror's traditional-script copy, pinyin in brackets, of the central
    # inspection office's special checks (專項檢查) of provinces' inspection work: round-level ""; the checked provinces
    # are one named before a count and the corps (北京等10個省區市和新疆生產建設兵團), and the checks are of inspection work,
    # not party inspections' visits: units left unscored (a reader could write [北京] by r21's reading of a body named
    # before 等N个, or none); 5個專項檢查小組 have no number: no group; no term, no round; 近期 gives no day: no start, end
    # or feedback; the four check items (一是…四是) are no findings, and the five examples of problems (比如,有的…;有的…)
    # run in one sentence: problems (the field) unscored; no figures)
    ("central_office_special_checks_ten_provinces_inspection_work_pinyin_trad", "http://lalasgl.cn/dqgz/jjjc/2522.htm", "noisy", """近期,根據(jù)中央巡視工作領導小組部署,中央巡視工作領導小組辦公室組建5個專項檢查小組,配合中央巡視組對北京等10個省區(qū)市和新疆生產(chǎn)建設兵團開展巡視工作的情況進行了專項檢查。 專項檢查是落實習近平總書記關于“加強對省區(qū)市巡視工作的領導,層層傳導壓力”指示精神的重要舉措,也是檢查被巡視地區(qū)“兩個責任”落實情況的重要內容。具體檢查四項內容:一是檢查領導小組及其他有關會議記錄,了解巡視工作組織領導情況;二是檢查巡視報告及其他工作報告,了解圍繞“一個中心、四個著力”發(fā)現(xiàn)問題情況;三是檢查巡視成果運用情況,看反饋、移交是否及時規(guī)范,整改工作是否到位;四是檢查巡視制度和隊伍建設情況,看制度是否完備,領導小組和巡視辦設置、巡視干部配備等是否符合工作需要。 檢查組通過聽取匯報、查閱資料、個別談話、座談和問卷調查等方式,深入了解情況,發(fā)現(xiàn)并指出了被巡視地區(qū)工作中存在的一些突出問題。比如,有的黨委重視程度不夠,抓巡視工作積極性、主動性不強;有的巡視工作領導小組結構不合理,聽取匯報不及時,協(xié)調紀委、組織部支持配合不夠;有的任務安排重點不夠聚焦、主業(yè)不夠突出,節(jié)奏不夠緊湊;有的成果運用不充分,與紀委、組織部監(jiān)督合力尚未形成;有的人員配備不及時、干部結構不合理、管理體制不順暢等。……
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://twgreatdaily.com/zh-hans/hJ-uGHEBiuFnsJQVOgKI.html (a content farm's copy, with its repeated title and its own
    # address line, of a league paper's report of a coal special round (煤炭资源领域违规违法问题专项巡察) with a look-back at a
    # league office (巡察“回头看”): round-level ""; the places only qualify the bodies inspected (对锡林浩特市、阿巴嘎旗…乌拉盖
    # 管理区相关部门(单位)党组织: settled 8's qualifying places): no units of them; the one body named, the league's civil
    # air defence office (盟人防办), is the round's unit (as r24 reads a round's one named body); two unnumbered groups and
    # a named look-back group (盟委人防系统专项巡察组) for one part: group left unscored; no term, no round; 3月26日 (2020) is
    # the mobilisation's day: no start (settled 10); no end, no feedback; the central categories (涉煤领域四大类问题) are no
    # findings: problems 0; no figures)
    ("xilingol_coal_special_round_air_defence_office_look_back_content_farm", "https://twgreatdaily.com/zh-hans/hJ-uGHEBiuFnsJQVOgKI.html", "noisy", """本轮巡察5旗市(区)1部门!锡林郭勒盟煤炭资源领域违规违法问题专项巡察工作全面启动

2020-03-26     锡林郭勒日报

根据锡林郭勒盟委2020年巡察工作安排部署
3月26日
锡林郭勒盟委巡察工作领导小组召开动员部署会
全面启动锡林郭勒盟委煤炭资源领域违规违法问题专项巡察工作

本轮巡察5旗市(区)1部门!锡林郭勒盟煤炭资源领域违规违法问题专项巡察工作全面启动

本轮巡察,锡林郭勒盟委将派出两个巡察组对锡林浩特市、阿巴嘎旗、东乌珠穆沁旗、西乌珠穆沁旗、乌拉盖管理区相关部门(单位)党组织开展煤炭资源领域违规违法问题专项巡察。派出盟委人防系统专项巡察组对盟人防办开展巡察“回头看”。
……
要坚守政治巡察定位,围绕中央明确的涉煤领域四大类问题,紧扣发现问题这条“生命线”、监督实效这项“硬指标”,聚力打好煤炭资源领域违规违法问题专项巡察攻坚战。
……(全媒体记者 刘耀华)

文章来源: https://twgreatdaily.com/zh-hans/hJ-uGHEBiuFnsJQVOgKI.html
""", {"unit": "", "units": ["盟人防办"], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://wuhan.baogaosu.com/xinwen/%E5%B7%A1%E8%A7%86%E7%BB%84%E8%BF%9B%E9%A9%BB%E6%AD%A6%E6%B1%89/22960909 (a city
    # aggregator's copy of a city paper's report of a province's groups, three regular and two special (省委专项巡视组一组,
    # 二组), entering five districts: round-level ""; the five places entered are the round's units as written (settled 8);
    # five groups, one per place: no group; no term, no round; 5日至昨日 has no month or year: no start; 用1个月左右时间 is a
    # planned length: no end (settled 10); no feedback; the matters to be inspected (对…等情况进行巡视) are no findings:
    # problems 0; no figures)
    ("hubei_provincial_groups_five_wuhan_districts_special_groups_aggregator", "https://wuhan.baogaosu.com/xinwen/%E5%B7%A1%E8%A7%86%E7%BB%84%E8%BF%9B%E9%A9%BB%E6%AD%A6%E6%B1%89/22960909", "noisy", """省委巡视组进驻武汉5个区 重点:发现问题形成震慑
长江日报讯(记者李锐 万强 李咏 汪文汉 王刚)根据省委统一部署,5日至昨日,省委巡视组分别进驻东湖生态旅游风景区、武昌区、汉阳区、青山区、新洲区,将用1个月左右时间,对上述各区推进党风廉政建设和反腐败斗争、执行中央八项规定和加强作风建设、严明党的政治纪律和组织纪律、执行民主集中制和干部选拔任用、落实党风廉政建设党委主体责任和纪委监督责任等情况进行巡视。
据了解,此次省委第一巡视组进驻武昌区,省委第二巡视组进驻青山区,省委第三巡视组进驻汉阳区,省委专项巡视组一组进驻东湖生态旅游风景区,省委专项巡视组二组进驻新洲区。
……
相关各区(工)委负责人分别表示,将积极配合巡视工作,向巡视组实事求是汇报工作,客观公正反映情况……
""", {"unit": "", "units": ["东湖生态旅游风景区", "武昌区", "汉阳区", "青山区", "新洲区"], "group": None, "term": None,
      "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # --- SHARES_TEMPLATE ------------------------------------------------------------------------------------------------
    # http://bj.crntt.com/doc/241_13572_106435681_1_0805152300.html (SHARES_TEMPLATE: r30d's Yunnan development zones round;
    # read as r30d reads it: term 11, round 2, the 18 zones the provincial groups visit as written here (this copy writes
    # 猛腊试验区 where r30d's mirror has 勐臘), the cities' 73 zones counted, 截至7月31日 no start; the page's print bar and
    # dated line kept)
    ("yunnan_development_zones_special_round_entries_crntt_copy", "http://bj.crntt.com/doc/241_13572_106435681_1_0805152300.html", "rounds", """】 【打 印】 
云南:对全省开发区开展专项巡视巡察
http://www.CRNTT.com   2022-08-05 15:22:59


  中评社北京8月5日电/据中央纪委国家监委网站报导,截至7月31日,云南省委10个巡视组完成对18个被巡视单位、州(市)50个专项巡察组完成对73个被巡察单位的进驻,标志着云南省专项巡视巡察开发区工作全面展开。

  根据党中央关于巡视工作的决策部署和云南省委工作要求,十一届云南省委第二轮巡视采取上下联动方式对全省开发区开展专项巡视巡察,对有关33个开发区同步开展“巡审结合”监督检查。云南省委巡视组分别对滇中新区、嵩明杨林经开区、猛腊试验区、临沧边合区、自贸区德宏片区、瑞丽试验区、蒙自经开区、自贸区红河片区、曲靖经开区、楚雄高新区、大理经开区、昆明经开区、昆明保税区、滇池度假区、玉溪高新区、昆明高新区16个国家级开发区和保山产业园区、文山高新区2个省级开发区党组织开展专项巡视。16个州(市)党委统筹市县两级巡察力量,采取统合巡察、交叉巡察、提级巡察、“回头看”等方式,对73个开发区党组织开展专项巡察。
……
""", {"unit": "", "units": ["滇中新区", "嵩明杨林经开区", "猛腊试验区", "临沧边合区", "自贸区德宏片区", "瑞丽试验区",
                            "蒙自经开区", "自贸区红河片区", "曲靖经开区", "楚雄高新区", "大理经开区", "昆明经开区",
                            "昆明保税区", "滇池度假区", "玉溪高新区", "昆明高新区", "保山产业园区", "文山高新区"],
      "group": None, "term": 11, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://lanzhou.baogaosu.com/xinwen/%E9%87%8D%E7%82%B9%E7%9E%84%E5%87%86%E5%9B%BD%E4%BC%81%E5%B9%B4%E9%A6%96%E8%BD%AE%E5%B7%A1%E8%A7%86/30784158
    # (SHARES_TEMPLATE: r35c's overview on the Nanchang page of the same aggregator; read as r35c reads it: round 1 (the
    # year's first rounds), no term, the provinces counted, 截至3月19日 a day of a count, no group or day; the Henan
    # enterprises named as an example of the rounds' aims are no list of one round's units: units [] as r35c's)
    ("provinces_2015_first_rounds_started_aggregator_lanzhou_copy", "http://lanzhou.baogaosu.com/xinwen/%E9%87%8D%E7%82%B9%E7%9E%84%E5%87%86%E5%9B%BD%E4%BC%81%E5%B9%B4%E9%A6%96%E8%BD%AE%E5%B7%A1%E8%A7%86/30784158", "rounds", """27个省区市已启动2015年首轮巡视 重点瞄准国企

20.03.2015  15:22

   利剑再出鞘巡视又启程

   ——各地2015年首轮巡视情况概览

  利剑高悬,震慑常在。随着2015年中央首轮巡视工作启动,各省区市和新疆生产建设兵团也再次扬帆起航,着眼于转变方式方法、聚焦发现问题、层层传导压力,陆续启动了2015年首轮巡视工作。

  据粗略统计,截至3月19日,31个省区市和新疆生产建设兵团中,27个省区市及新疆生产建设兵团已启动2015年首轮巡视。其他省区市正在着手做前期准备及培训工作。

  那么,各地2015年的巡视重点是什么?又有何特点和亮点?

   重点“瞄准”国有企业及县(市、区)

  ……据河南省纪委副书记、监察厅厅长米剑峰介绍,河南省委2015年首轮巡视针对中国平煤神马能源化工集团有限责任公司、河南铁路投资有限公司等20家省管国有骨干企业,今年省委巡视组将分三轮完成对60个单位的专项巡视。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://hk.epochtimes.com/news/2016-03-01/中紀委大陣容巡視中宣部-65315455 (SHARES_TEMPLATE: r34c's and r26c's central ninth
    # round of 2016; read as r34c reads its story: round-level ""; bodies named before counts and then by group: units
    # unscored; several groups: no group; this story names no round: no round, no term; 2月27日和28日 and 2月23日 have no
    # year in the text: start unscored as r34c leaves it; no end, no feedback; no figures)
    ("central_2016_twelve_entries_look_backs_trad_epochtimes", "https://hk.epochtimes.com/news/2016-03-01/中紀委大陣容巡視中宣部-65315455", "noisy", """習近平當局派遣的中共中央巡視組2月27日和28日已進駐中宣部等12個被巡視的單位和省份。其中當局派出巡視中宣部的陣容「最強大」,不僅配備1正4副5名組長,而且中共中央巡視工作領導小組成員、辦公室主任黎曉宏親自出馬。……
2月27日和28日,中共中央7個巡視組分別召開對中宣部、國家信訪局、國家民委、國家宗教局、人社部、國家公務員局、國家外專局、國家發改委以及遼寧、山東、安徽和湖南四省的工作動員會,並公佈詳細的舉報聯繫方式等。
這是習近平、王岐山2月23日部署對中宣部、國家發展改革委、工業和信息化部、國家民委、民政部、司法部、人力資源和社會保障部等32家單位,及對遼寧、安徽、山東、湖南4個省殺「回馬槍」後,巡視組首批進駐開始巡視的12個單位和省份。
……
""", {"unit": "", "group": None, "term": None, "round": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.76hw.com/news/jie-mi-jiang-hua-xun-shi-zu-shui-kou-yi-min-bei-hou-de-gu-shi-yu-tiao-zhan.html
    # (SHARES_TEMPLATE: a generated essay in the generator's template of r34d's and r36d's paxyq essays; it invents a
    # "江华巡视组" at a fictitious reservoir project and tells no party inspection: round-level "" with absences, as r36d
    # reads the template's essays; its 一、… 三、 headings and numbered points are no findings: problems 0)
    ("jianghua_inspection_group_reservoir_resettlement_generated_essay", "https://www.76hw.com/news/jie-mi-jiang-hua-xun-shi-zu-shui-kou-yi-min-bei-hou-de-gu-shi-yu-tiao-zhan.html", "noisy", """引言
江华巡视组在水口移民项目中扮演了关键角色,其背后蕴含着复杂的故事与挑战。本文将深入探讨这一项目的背景、实施过程以及所面临的困难,旨在揭示水口移民背后的真实情况。
一、项目背景
水口移民项目是中国政府为解决水资源短缺问题而实施的一项重大工程。……
二、实施过程
1. 规划阶段
在规划阶段,江华巡视组对项目进行了全面评估,包括地质条件、生态环境、社会经济影响等方面。通过科学论证,确保项目可行性。
2. 施工阶段
……
三、挑战与问题
1. 生态环境影响
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
