"""Outside texts of batch r35-held, collector D's share (issue 14), held out: special rounds by subject (专项巡察), crossed
(交叉), raised-level (提级) and linked (上下联动, 联动巡察) rounds, look-backs (回头看), inspection-audit linkage (巡审联动) and mobile
(机动式) rounds, and noisy copies (traditional script, pinyin in brackets, run-together date digits, a lost group number,
film, agriculture and WeChat mirror domains, generated essays) of texts whose bodies are in no other collector's share,
collected with the search tool from public pages that are in no earlier batch. Each address was grepped, with and
without www./m./mip./wap. and its query string (host and distinctive part of the path apart), in every
tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r34d) and test_outside_documents.py, and two
or three distinctive names or phrases of each text (simplified and traditional script, converted with opencc: people,
towns, bodies, round strings, phrases) likewise; every text was then compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r35d.py` (see the end of this docstring). Their fields are written down by reading only.
The importer was not run on them, no test or bench that runs it was run, and the collector read neither imports/ nor the
parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, extract and score, the r34d
docstring and cases and the written conventions of r23, r27b and r32 on run-together days, bench/outside_overlap.py and
the brief); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 16 texts from the search tool's "pages" corpus, all with their address. 108 look-ups of the "pages" corpus (the
brief's ceiling is 110): queries by subject (医保基金, 粮食购销, 选人用人, 乡村振兴, 殡葬, 校园食品安全和膳食经费, 住房公积金, 疫情防控, 生态环境保护, 农村集体“三资”,
退役军人事务, 招商引资, 公共资源交易, 开发区, 高标准农田, 国有林场, 教育系统, 县属国有企业, 供销社), by kind of round (交叉, 异地交叉, 高校交叉, 提级, 提級 in traditional
script, 上下联动, 市县联动, 机动, 回头看, 巡视“回头看”, 巡审联动, 巡察与审计贯通), by kind of text (反馈会, 动员会, 进驻, 巡察公告, 整改进展情况的通报, 整改专题民主生活会, 书记专题会,
巡察工作领导小组会议), with pinyin (巡察(xún chá)) and spam words (im体育官网), and, when those gave only held pages, by place (延边, 伊犁,
西藏, 海南, 黔东南, 甘孜, 内蒙古, 广西, 凉山, 湘西, 黄南, 临夏, 兵团, 宁夏, 阿克苏, 塔城, 巴音郭楞, 怒江; 州委, 盟委, 地委, 自治县委). The corpus is nearly exhausted
for this share: of the several hundred distinct addresses the look-ups returned, about nine in ten were earlier batches'
or not texts (search-tag and title pages of abg.baidu, zhetiaohe, fengdujob, jianbiaoku, baogaosu), among them every hit
for Xuanzhou's medical insurance round, Cangyuan's medical insurance progress, Yuhuan's funeral round, Jinghu's linked
round, Pingyu's and a county's look-backs, Danyang's round with special rounds, Puyang's development-zone round,
Kunming's district round with a linked grain round, Yunnan's development-zone special inspections, Tengchong's feedback,
Zhuhai's and Wenzhou's development-zone rounds, Tongguan's, Zhen'an's, Funing's and Qianyang's rectification checks,
Duchang's and Jingjiang's mobile rounds, Wuwei's raised-level crossed round, Binzhou's four-level round, Dehong's 2018
raised-level round (r6), Suqian's and Zhuzhou's health progress reports, Changning's and Jianchuan's poverty rounds,
Ezhou, Longmen, Zhenba, Midu, Jingdezhen, Lincang's seventh round, Fuzhou's seventh round, Shuyang's look-backs,
Anxiang's transport special round, Linli's 三资 round, the Hubei health commission's special inspection, the Gansu
provincial poverty special inspection (r27c), the central 2016 look-backs (r26c, r34c) and the 2023 mobile inspection of
the sports administration (its round is r23's and r27's, collector C's share: left out), Fujian's 456 crossed groups,
Tianjin's and Tonglu's crossed accounts, the Xiajin, Xinye, Yangxian, Leling and Diqing inspection-audit linkages, and
Dehong's 州县一体化 on www6ccc (r6). Left out after reading, as other collectors' kinds (not all grepped further): county and
city regular rounds at villages, towns and departments (Yishui's epidemic-paused round, Maguan's 2025 backpack group,
Yumen's village round, Hefei's sixteen towns, a city's 120 villages), a Guangzhou bureau's progress and Linyi's medical
insurance meeting (regular rounds at one body), and a central round's entry (the sports administration, above). What
gave new texts: a prefecture's linked medical round heard by its leading group (cdmrb.com.cn), a prefecture's fifth
round with an education special round (gnrtv.com), a prefecture's crossed inspections of its counties and cities (Ili),
a county-level city's mobile inspection of a town fed back (Wusu), Dehong's first raised-level crossed round in
traditional script (another page and round than r6's), two scholars' essays (crossed inspections; four-level linked
supervision), a generated essay (seridoat.com), and four texts that tell no party inspection: a city's progress on a
provincial environmental 督察 look-back (Huangshi), a district discipline commission's special supervision groups in
pinyin (Nankai), a provincial greenhouse-house check group in pinyin (Hainan) and a spun copy of the education
ministry's school-meal funds check on a site carrying a betting brand (lpsxhyy.com); and, in SHARES_TEMPLATE, two
generated essays and a model speech on portals earlier batches hold in the same templates (bkwk.cn, paxyq.com,
wentop.com) and a Zhongshan notice of a city group's special inspection of one project at Henglan, in the city's notice
template that r11 holds (see below). Left out for the quarter on texts expecting nothing (found, new, no party
inspection): a county's 三资督查 in traditional script on a rubber company's domain (jmdrubber.com), a forestry
commissioner's office's meeting on forest supervision in traditional script on a spam domain (haywardtinfu.com), another
spun copy of the school-meal check (jsdingye.com), a county CPPCC's poverty 督查 (big5.china.com.cn), a province's
accountability notices on relocation in traditional script (33664.cn) and a provincial poverty office's 督查
(lanzhou.baogaosu.com).

Families and counts (16 texts, 4 in SHARES_TEMPLATE; 12 measured). news 4, all measured:
ili_county_city_crossed_inspection_first_group_two_towns_story (2 units, round-level),
wusu_ganhezi_town_mobile_inspection_first_group_feedback_2025 (unit 乌苏市甘河子镇党委, group 市委第一巡察组, span 2025-08-05 to
2025-08-20, feedback 2025-12-18, problems 4), crossed_inspection_scholar_essay_breaking_circles_university_site and
inspection_four_level_linked_supervision_scholar_essay_wechat_mirror (essays: round-level "" with absences); rounds 2,
both measured: prefecture_medical_linked_raised_crossed_round_leading_group_meeting (term 13) and
prefecture_thirteenth_term_fifth_round_education_special_mobilisation (term 13, round 5); progress 1, measured and
expecting nothing: huangshi_provincial_environment_inspection_look_back_progress_no_party_inspection; audit 0; noisy 9,
five measured: dehong_prefecture_county_raised_level_crossed_inspection_first_round_trad (round-level, absences),
guizhou_inspection_social_governance_generated_essay_seridoat (round-level, absences), and three expecting nothing:
nankai_discipline_commission_special_supervision_groups_epidemic_no_inspection_pinyin_trad,
hainan_greenhouse_check_group_changjiang_no_inspection_pinyin_trad and
education_ministry_school_meal_funds_check_spun_copy_betting_site_no_inspection; in SHARES_TEMPLATE:
henglan_town_project_special_inspection_notice_lost_group_number_run_together (read all the same: unit 横栏镇党委, span
2025-10-21 to 2026-01-09 from run-together digits, group unscored), turpan_inspection_group_generated_essay_bkwk,
county_crossed_inspection_generated_essay_paxyq and veterans_affairs_bureau_inspection_mobilisation_speech_model_wentop.
Texts expecting nothing: 4 of the 16 added (a quarter; 4 of 12 measured). Round lists measured: 1 (Ili's first crossed
group's two towns).

Fields read: 22 (a unit of "" for a round-level or no-inspection text counts, each unit of a list counts), and 88
absence checks (None, [] for units or figures, and problems 0 where headings, a notice's matters or a meeting's points
might be counted), by my count, all outside SHARES_TEMPLATE. By family: news 11 fields and 26 absence checks, rounds 5
and 15, progress 1 and 9, noisy 5 and 38, audit 0 and 0. Figures read: none (no text states an inspection's count of
problems, measures, clues or cases that a careful reader would settle: 11个 groups, 6名同志, 188名, 34项 and 16项 of a 督察, 12個
groups, 6個 and 3個 projects and a journal's pages are no figures; the generated essay's counts are left unscored).

Reading conventions (outside_set.py's "Settled conventions" 1-16 and the written conventions of outside_r24.py and the
r25-r34 docstrings, followed exactly): a feedback news whose visit names the town's committee in full
(对乌苏市甘河子镇党委进行了机动式巡察) and whose feedback names it short (向甘河子镇党委领导班子) has the fuller name (settled 5 and 15); one town
committee the text names is the unit (settled 15: 对横栏镇党委开展…专项巡察); places named in one list of a group's visit are units
as written (settled 8: 新源县塔勒德镇、哈拉布拉镇, the county before the first kept, as r34d's Xingning); days run together are read
the only way they can be (r23, r27b and r32: 2025年1021日 2025-10-21), and a window for calls (从20251021日截止到2026年1月5日) is
no span (r32 and r18's hohhot); a group whose number was lost (市委第巡察组) with no title naming it is left unscored (r27b's
Xianning took the number from its title); a group named with its owner's place and a kind in front (伊犁州县市第一交叉巡察组) is
left unscored (settled 9 gives the short form of a place and a committee, not of 县市); groups without a number (州委各巡察组,
11个县市交叉巡察组) are none, and two groups told in anecdotes (第二巡察組, 第八巡察組) leave the group unscored; a term named with the
leading group of the committee whose round is heard is the text's term (as c's yunnan_rounds reads 十一届省委巡视工作领导小组: 十三届州委
-> 13), and a central round whose deployment meeting is studied (二十届中央第二轮巡视) is no round or term of the text (settled
14's reasoning); a round named as the one a meeting deploys and in its plan's title is the text's (settled 2 and 14:
十三届州委第五轮); a mobilisation day is no start (settled 10: 8月29日); findings told as separate sentences after 主要是: are
counted one each (Wusu: 4), and suggestions (3点意见建议, 一是…二是…) are no problems; bodies told by kind
(州县卫生健康行政部门、公立医院、乡镇卫生院) or counted (4個鄉鎮8個行政村) are no units; a village that is the setting of a finding (木斯村) is no unit
(as r34d's Junlian); 督察 of the environmental system, a discipline commission's 专项监督组 and a department's 督导核查小组 are no
party inspection: nothing expected (as r34d reads a 耕地保护专项督察 and r33d a 安全生产巡查); essays that tell no visit are
round-level "" with absences (as r34d reads its essay on linked supervision), and a discipline commission's plenary
(二十届中央纪委三次全会), party congresses (十八大) and a journal's year and pages are no term and no day; expected values of
traditional-script texts are written simplified and without the pinyin.

What I was unsure of, and how I read it. Wusu's unit: the visit names 乌苏市甘河子镇党委 and the feedback 甘河子镇党委; read as the
fuller name (settled 5), a reader keeping the feedback's name would write 甘河子镇党委. Wusu's problems: the four findings
after 主要是: are short sentences, each closed by 。: counted 4; a reader who took them as one run of clauses would leave
problems unscored (as r30's and r31's readers leave clauses). Henglan (a new page of a new visit, special by subject,
with run-together days and a lost group number) was first kept as measured; the overlap tool showed it shares the
Zhongshan city committee's notice wording (telephone hours, 中山市1960邮箱转市委第…巡察组收(邮编:528403)) with r11's
zhongshan_schools_notice_trad, so it went into SHARES_TEMPLATE, as r27b put its Xianning progress there for r23's city
template; its readings are kept (group unscored: 市委第巡察组 lost its number three times and no title gives it; start
2025-10-21 from 2025年1021日, the only reading, which the page's date agrees with). The fourth text expecting nothing (the
spun school-meal check) was then added to keep 12 measured: the file's texts expecting nothing are exactly a quarter of
what it adds. Ili: the first group's two towns are read as the visit's units beside a round-level "" (the text tells the
prefecture's 11 groups); a reader who takes the story as the first group's visit might want unit 新源县塔勒德镇 with 哈拉布拉镇 as a
unit of the round: the expectation keeps both in units. The prefecture medical round's term 13 comes from the leading
group's name (十三届州委巡察工作领导小组), by analogy with c's yunnan_rounds; the round heard has no number: round None, which is
also the check against reading 二十届中央第二轮巡视 as the text's round. gnrtv's round 5 covers the regular round and the
education special round deployed together. Dehong: r6's dehong (www6ccc.com/html/2018/xunshixuncha_0516/47412.html) is
another page of the same provincial site on the same 州县一体化 mode, telling a later round (3月26日至5月4日 of 2018, 22 bodies);
this page tells the mode since 2016 and anecdotes of its first round: kept as measured (another text and round), with
units, group and round unscored. The generated essay's counts (2,847个 problems written with a thousands separator,
1,326件, 超15亿元) are a generated text's yearly totals for a province: left unscored, as is its round (2023年第三轮巡视, an
example without its committee). Huangshi's report is a progress report in form (feedback, span, tasks completed) of an
environmental 督察's look-back, no party inspection: everything is expected absent, as r18 reads a province's central
environmental look-back list on a document site (environmental_look_back_progress_list_doc_site), another body's. The
Nankai supervision groups' 回頭看 is of their own feedback, no inspection's look-back. The freewechat address carries the
mirror's template placeholder ({{href}}), written as the tool returned it.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r35d.py` (16 texts against 2020 earlier): no address is
shared; 111 pairs share more than 3 shingles, 11 of them more than 3 beyond the tool's formulas, all formulas, slogans,
a city's notice wording or pinyin: the crossed-inspection essay with qianguo_fifteenth_term_sixth_round_deployment_2025
(6, 习近平总书记关于党的自我革命的重要思想), the prefecture's medical round with zhongshan_procuratorate_progress (8, 履行巡察整改主体责任,专题研究整改工作),
the prefecture's fifth round with district_thirteenth_term_tenth_round_rural_revitalisation_deployment (6,
…各巡察组组长授权任职和任务分工) and with collector C's r34c kunming_central_sixth_group_raised_level_mobilisation_2025 (19, the 2024
rules' 紧盯权力和责任,紧盯“一把手”和领导班子,紧盯群众反映强烈的 formula), Huangshi with inner_mongolia_central_eighth_group_progress (4,
的政治自觉、思想自觉、行动自觉) and with r18's environmental_look_back_progress_list_doc_site (6, 生态环境保护督察“回头看”反馈意见: a province's
central environmental look-back list, another body's, of the same kind that expects nothing), Henglan with r11's
zhongshan_schools_notice_trad (16 shingles, 4 beyond formulas: the Zhongshan notice wording, which put Henglan in
SHARES_TEMPLATE), Nankai with r10's gansu_police_epidemic_checks_trad (8, the pinyin of 監督發現的, another body's epidemic
checks) and with yanjin_village_water_pool_regular_round_pinyin_trad (6, the pinyin of 問題整改情況進行), and the wentop speech
with qingyang_literary_progress (4, (二)聚焦群众身边腐败问题和不正之风) and with r16's speech_template_government_rectification (4, the
site's 【提纲】一、提高政治站位,深刻: its template, in SHARES_TEMPLATE); below that line Wusu's feedback formulas (根据市委巡察工作领导小组的,
…主持会议并作表态发言。根据市委统一, 坚持以习近平新时代中国特色社会主义思想为指导) with some 60 earlier feedbacks, Henglan's 根据《中国共产党巡视工作条例》 and
根据市委巡察工作统一部署,市委第 with some 30 notices and reports, and the pinyin of 區紀委監委; the longest shared run is 42 characters
(Wusu's 市委巡察工作领导小组听取了巡察组的巡察情况汇报,并向市委书记专题会议报告了有关情况。 with
xiamen_university_first_hospital_city_fifth_group_look_back_feedback, a formula). The tool counts three texts as sharing
more than formulas with the seeds (Wusu's feedback, the crossed-inspection essay and Huangshi); the collector may not
open the seeds, so this was not checked by reading: the wording those three share with earlier texts is the formulas
just named (the feedback's closing formula, 习近平总书记关于党的自我革命的重要思想, 以高度的政治自觉、思想自觉、行动自觉), which is most likely what the
seeds hold too. The other collectors' files as they stood at the end, outside_r35.py (15 texts), outside_r35b.py (16)
and outside_r35c.py (17), all still being written, were compared (addresses normalised without scheme and
www./m./mip./wap.; hosts; 12-character shingles; places and names grepped: 伊犁, 塔勒德, 乌苏, 甘河子, 横栏, 德宏, 黄石, 南开/南開, 大棚房, 昌江,
吐鲁番, 田玉麒, 周光辉, 十三届州委, 医疗卫生领域, 教育系统专项, 交叉巡察, 联动巡察, 提级, 机动式, and every host): no address is shared; one host is (qdubb.cn,
with r35b's gongshan_second_group_bingzhongluo_town_crop_compensation_trad,
inspection_newcomer_fourteen_villages_notes_2019_trad and inspection_deputy_leader_eight_years_notebooks_pinyin_trad,
other pages of the mirror: a county story and two officers' notes, none of Dehong); r35c names 提级巡视 bodies (Haidong's)
and 机动式 inspections in its own texts and r35's docstring names 交叉巡察 and 提级巡察 among its queries, none of this file's
places or texts; four pairs share 5 to 12 shingles, all formulas or pinyin (Wusu with r35's
ynau_eighth_term_second_round_feedback_six_bodies and
northeast_geography_institute_leadership_inspection_rectification_life_meeting: 坚持以习近平新时代中国特色社会主义思想为指导; Nankai with
r35's china_nonferrous_group_2015_audit_results_rectification_trad and r35c's
qinghai_fourteenth_term_fourth_round_deployment_list_pinyin_trad: pinyin of 紀委監委 and 進行).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a generated essay on the portal, and in the generator's template (引言, then headings of bullet points about a
    # 巡视组's 工作职责, 工作轨迹 and 影响力), of r15's gaocheng_inspection_list_generated_essay
    "turpan_inspection_group_generated_essay_bkwk",
    # a generated essay on the portal, and in the generator's template (引言, then 一、背景 … 四、成效 with bullet points),
    # of r34d's county_inspection_secretary_topic_generated_essay_paxyq
    "county_crossed_inspection_generated_essay_paxyq",
    # a model speech on the writing site, and in its template (【提纲】 then numbered points), of r16's
    # speech_template_government_rectification
    "veterans_affairs_bureau_inspection_mobilisation_speech_model_wentop",
    # a notice of the same city committee's groups (中山市委), in its notice template (根据市委巡察工作统一部署,市委第…巡察组
    # 从…对…开展…专项巡察 / 值班电话, 受理时间为工作日上午8:30-12:00,下午2:30-5:30 / 邮政信箱:中山市1960邮箱转市委第…巡察组收(邮编:
    # 528403)), of r11's zhongshan_schools_notice_trad: another visit, but the city's template
    "henglan_town_project_special_inspection_notice_lost_group_number_run_together",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R35D = [
    # --- news: a crossed round's group at two towns, a mobile round's feedback at a town, two scholars' essays -------
    # http://jjfz.org.cn/show-6435.html (a portal's copy of a regional discipline commission's story on a prefecture's
    # crossed inspections of its counties and cities (县市交叉巡察): the first crossed group's two towns, named in one list
    # (负责对新源县塔勒德镇、哈拉布拉镇两地开展异地交叉巡察), are the visit's units as written (settled 8, the county before
    # the first kept, as r34d's 石马镇向前村); the text tells the prefecture's round of 11 groups: round-level ""; the
    # group is named with its owner's place and a kind in front (伊犁州县市第一交叉巡察组), whose short form no earlier
    # file settles: left unscored; the village (木斯村) is the setting of a finding, no unit (as r34d's Junlian); 去年6月
    # and the dated line give no day; 11个 groups and 6名同志 are no figures; no term or round)
    ("ili_county_city_crossed_inspection_first_group_two_towns_story", "http://jjfz.org.cn/show-6435.html", "news", """欢迎访问纪检法治网 登录

当前位置: 巡视巡察 :正文

伊犁州:交叉巡察破人情干扰

时间:2021-03-10    作者:佚名     来源:新疆维吾尔自治区纪委监委网站

  年后的一天,伊犁州伊宁市委巡察办巡察专员王耘田在翻看笔记时,拿出手机,找到新源县塔勒德镇木斯村村民伊大哥的电话,他立刻拨了过去,“是王组长啊,事情都解决了,现在柏油路已通到家门口了,我们不仅出行方便了,就连扫雪都省劲了,感谢你们巡察组啊……”

  告别了多年的泥泞土路,行走在平坦笔直的柏油路上,如今的木斯村村民个个脸上都洋溢着幸福的笑容,这事还要从去年6月伊犁州党委开展的县市交叉巡察说起。

  伊犁州党委创新巡察方式,探索实行县市交叉巡察,由州党委巡察办统一协调组织,按照“党委部署、分工负责、统一授权、异地交叉”原则,统筹全州巡察力量,成立11个县市交叉巡察组,首次进行县市之间异地交叉巡察。
……
  伊犁州县市第一交叉巡察组由伊宁市委巡察办的6名同志组成,王耘田被授权任第一交叉巡察组组长,该组采取“1托2”的方式,负责对新源县塔勒德镇、哈拉布拉镇两地开展异地交叉巡察。

  交叉巡察入驻不久的一天,王耘田带着组员高尚华深入村队走访群众了解情况,……
""", {"unit": "", "units": ["新源县塔勒德镇", "哈拉布拉镇"], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.xjws.gov.cn/zwdt/ggtz/content_108333 (a county-level city group's feedback of a mobile inspection
    # (机动式巡察) at a town on land and forest matters: the visit names the town's committee in full (对乌苏市甘河子镇党委
    # 进行了机动式巡察) and the feedback names it short (向甘河子镇党委领导班子反馈): the fuller name is the unit (settled 5,
    # and settled 15: the committee the text names); group 市委第一巡察组; 2025年8月5日至2025年8月20日 the span;
    # 2025年12月18日 the feedback day; the four findings after 主要是: are four sentences, each a problem: problems 4
    # (the 3点意见建议, 一是…二是…, are suggestions, no problems); no term, round or figure (2020年以来 and 2021年 are no days)
    ("wusu_ganhezi_town_mobile_inspection_first_group_feedback_2025", "https://www.xjws.gov.cn/zwdt/ggtz/content_108333", "news", """市委第一巡察组向乌苏市甘河子镇反馈巡察情况
根据市委巡察工作领导小组的要求,2025年12月18日,市委第一巡察组组长赵明春代表巡察组向甘河子镇党委领导班子反馈了巡察情况,乌苏市委巡察办副主任李孝俊对抓好巡察整改提出要求,乌苏工业园区管委会副主任郑昊对甘河子镇整改工作提出要求,甘河子镇党委委员、人大主席张立峰主持会议并作表态发言。
根据市委统一安排,2025年8月5日至2025年8月20日,市委第一巡察组对乌苏市甘河子镇党委进行了机动式巡察。巡察期间,巡察组通过听取汇报、个别谈话、受理来信来电来访、调阅资料、下沉调研、专项检查等多种方式开展工作,对发现的问题进行深入了解,在乌苏市甘河子镇党委领导班子和干部职工支持下顺利完成了巡察任务。市委巡察工作领导小组听取了巡察组的巡察情况汇报,并向市委书记专题会议报告了有关情况。
赵明春提出,2020年以来,甘河子镇能够坚持以习近平新时代中国特色社会主义思想为指导,在调整产业结构、改善生活环境、服务“三农”工作方面取得了一定成效,2021年获得“自治区优秀平安乡镇”等荣誉,但对照上级党委决策部署及工作要求,仍然存在一些问题和不足。主要是:贯彻落实习近平总书记有关自然资源和土地管理论述有差距。国有土地经营管理不到位。国有土地监管存在短板漏洞。林地政策宣传不全面、管理不规范。
赵明春提出3点意见建议:一是加强政策学习与宣传。定期组织乡镇干部深入学习贯彻习近平总书记关于耕地保护的重要指示精神,以及国家和地方有关农用地保护的法律法规,提升干部的责任意识和业务能力,加大宣传土地政策和绿色发展理念,积极化解群众反映的土地矛盾纠纷。二是完善工作机制与责任落实。……
""", {"unit": "乌苏市甘河子镇党委", "units": [], "group": "市委第一巡察组", "term": None, "round": None,
      "start": date(2025, 8, 5), "end": date(2025, 8, 20), "feedback_date": date(2025, 12, 18), "problems": 4,
      "figures": []}),
    # http://dwxcb.jlu.edu.cn/info/1025/2733.htm (a university inspection office's copy of two scholars' journal essay on
    # crossed inspections (交叉巡察): no visit told: round-level "" with absences (as r34d reads its essay on linked
    # supervision); 二十届中央纪委三次全会 is a discipline commission's plenary, no committee's term; the journal's year, issue
    # and pages (2024年第11期,第66—74页) and the grant numbers (23BZZ079, 2024LZY001) are no dates and no figures)
    ("crossed_inspection_scholar_essay_breaking_circles_university_site", "http://dwxcb.jlu.edu.cn/info/1025/2733.htm", "news", """
田玉麒吉林大学行政学院副教授、博士生导师,吉林大学廉政研究院研究员。
摘 要:提升监督实效是巡察制度创新设计的逻辑起点,也是巡察制度长效发展的衡量标准。交叉巡察是巡察制度的地方性创新的实践探索,能够有效破解常规巡察的监督难题。针对常规巡察权力权威性与独立性不足而形成的“关系圈子”“利益圈子”和“信息圈子”,交叉巡察能够利用空间脱域、流动介入、分类管理等方式突出巡察主体独立性、巡察方式灵活性、巡察过程规范性,从而通过强化巡察干部公义导向破除“关系圈子”,强化干部尽责导向破除“利益圈子”,强化干部问题导向破除“信息圈子”。但也应看到,交叉巡察在实践中也面临一些难题,为此要进一步塑造权威,整合优势,实现从破圈介入到协同介入的转变,从而使监督优势得到充分发挥。
关键词:巡察制度;交叉巡察;基层监督;圈子效应;破圈介入
基金项目:国家社会科学基金一般项目“基层政府条块协同机制创新研究”(23BZZ079);中央高校基本科研业务费专项资金资助课题“中国式民主:人类政治文明新形态研究”(2022CXTD07);吉林大学廉政建设专项研究课题“习近平总书记关于党的自我革命的重要思想研究”(2024LZY001)。
田玉麒,刘秀珍:《交叉巡察:破解基层监督难题的制度创新》,《学习与探索》2024年第11期,第66—74页。
作为市县区域党内监督的实践模式与制度设计,巡察制度扮演着延伸巡视制度“利剑”触角、破解基层监督难题、健全全面从严治党体系末梢监督者的角色。二十届中央纪委三次全会提出,要“突出政治定位深化巡视巡察”,“全面推动市县巡察向基层延伸”。这表明通过强化巡察制度实现监督实效提升已经成为发展指向。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://freewechat.com/a/MzI1NTQ5NTAxNQ==/2247484421/{{href}} (a WeChat mirror's copy of two scholars' journal essay
    # on inspections as a long-term answer to the "失察难题", its abstract naming the four-level linked (上下联动)
    # supervision system: no visit: round-level "" with absences; the second author's post (广西科技大学党委巡察组组长)
    # names a group with no number and no visit: no group; 十八大 and the citation's 2022,(01):05-16 give no term, round
    # or day; the address is written as the tool returned it, template placeholder included)
    ("inspection_four_level_linked_supervision_scholar_essay_wechat_mirror", "https://freewechat.com/a/MzI1NTQ5NTAxNQ==/2247484421/{{href}}", "news", """周光辉、陈玲玲| 巡视巡察:应对规模治理“失察难题”的长效机制
点击蓝字 ● 关注我们
引用格式
周光辉、陈玲玲.巡视巡察:应对规模治理“失察难题”的长效机制[J].行政论坛,2022,(01):05-16.
● ● ●
作者简介
周光辉,吉林大学行政学院、社会公正与政府治理研究中心教授,博士研究生导师,教育部“长江学者”特聘教授,北京大学国家治理研究院研究员,从事政治学理论、中国政府与政治研究;陈玲玲,吉林大学行政学院博士研究生,广西科技大学党委巡察组组长,从事廉政理论研究。
● ● ●
摘要
中国共产党作为长期执政的政党,始终面临如何应对规模治理产生的“失察难题”。中国是实行单一制的超大规模国家,行政区划与层级制是实现规模治理的关键制度安排和技术手段。而属地化管理和条块分割的管理体系,可能由于失察和监管不力,在一定程度上仍然存在地方主义、形式主义、官僚主义和腐败蔓延等顽瘴痼疾。巡视巡察制度是中国共产党在新的历史时期,秉承以人民为中心的价值取向,对中国古代巡视制度进行扬弃,并在实践中形成中央、省、市、县四级“统一领导、分级授权、全域覆盖、上下联动”的监督体系。巡视巡察通过政治动员、激励授权、闭环管理和监督制衡等机制的综合运用,发挥维护中央权威、遏制腐败蔓延、密切联系群众和推进基层治理等四种基本功能,成为中国共产党在长期执政条件下强化权力监督,提高自身免疫力,密切党群关系,有效应对规模治理“失察难题”的长效机制。
关键词:巡视巡察;规模治理;“失察难题”;长效机制
● ● ●
一、引言
新中国成立后,中国共产党作为长期执政的政党,始终面临着如何有效应对单一制的超大规模国家治理难题的长期性挑战。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- rounds: a prefecture's linked medical round heard, a prefecture's round with an education special round -----
    # http://cdmrb.com.cn/pc/con/202310/18/content_28966.html (a prefecture paper: the prefecture committee's leading group
    # hears its linked round on medicine and health (医疗卫生领域联动巡察), done "联动+提级+交叉": the bodies are told by
    # kind (州县卫生健康行政部门、公立医院、乡镇卫生院): no units; round-level ""; 州委各巡察组 have no number: no group;
    # term 13 from the leading group of 十三届州委 that runs the round heard (as c's yunnan_rounds reads 十一届省委巡视工作
    # 领导小组); the round heard has no number, and 二十届中央第二轮巡视 is a central round whose deployment meeting was
    # studied, no round of the text (settled 14's reasoning): round None; 10月17日 is the meeting's; 还存在一些不足 lists
    # nothing: problems 0; no figure)
    ("prefecture_medical_linked_raised_crossed_round_leading_group_meeting", "http://cdmrb.com.cn/pc/con/202310/18/content_28966.html", "rounds", """本报讯(记者 田格斯 青普力) 10月17日,十三届州委巡察工作领导小组召开第十二次会议,传达学习二十届中央第二轮巡视工作动员部署会议精神,听取全州医疗卫生领域联动巡察情况汇报。州委副书记、十三届州委巡察工作领导小组副组长张峰主持会议并讲话,州委常委、十三届州委巡察工作领导小组副组长周学武、任亮出席会议。
会议指出,州委各巡察组按照省委巡视工作领导小组的统一部署和州委的工作安排,聚焦不同监督重点,综合运用“联动+提级+交叉”方式,对州县卫生健康行政部门、公立医院、乡镇卫生院(社区卫生服务中心)开展一体巡察,取得了明显成效,达到了预期效果,形成了有效的做法。从巡察情况看,还存在一些不足,必须高度重视,补齐工作短板,夯实工作基础,压实工作责任,认真做好巡察整改“后半篇文章”。
会议强调,要准确把握“发现问题的目的是解决问题”的目标导向,……被巡察党组织要认真履行巡察整改主体责任,专题研究整改工作,健全整改责任机制,定期听取汇报,研究解决突出问题,抓好集中整改,建立长效机制,……
""", {"unit": "", "units": [], "group": None, "term": 13, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://gnrtv.com/m/display.php?id=23353 (a prefecture broadcaster's report of the mobilisation of the prefecture
    # committee's thirteenth term fifth round, a regular round with a special round of the prefecture's education system
    # (州直教育系统专项巡察): term 13 and round 5, named as the round the meeting deploys (settled 14, as r23's tiantai)
    # and in its plan's title (settled 2); no body named: round-level "", units []; 各巡察组 have no number: no group;
    # 8月29日 is the mobilisation's day (settled 10) and the dated line (2024-09-03) gives no entry: no start; the
    # meeting's 要…紧盯… points are no problems: problems 0; no figure)
    ("prefecture_thirteenth_term_fifth_round_education_special_mobilisation", "http://gnrtv.com/m/display.php?id=23353", "rounds", """2024-09-03
根据州委统一部署,8月29日,十三届州委第五轮常规巡察及州直教育系统专项巡察工作动员部署会议召开。
州委常委、州纪委书记、州监委主任、州委巡察工作领导小组常务副组长张政能出席会议并讲话,州委常委、州委组织部部长、州委巡察工作领导小组副组长郝效冬主持会议。
会议印发了《十三届州委第五轮常规巡察及州直教育系统专项巡察工作方案》,宣读了州委组织部《关于抽调人员参加十三届州委第五轮巡察工作的通知》,宣读了《关于十三届州委第五轮常规巡察及州直教育系统专项巡察各巡察组组长授权任职和任务分工的决定》,各巡察组组长作了表态发言。
会议指出,各巡察组要深化思想认识,充分认识开展巡察工作的重大意义,把监督践行“两个维护”作为巡察工作的“纲”和“魂”,……要锚定政治任务,紧密结合被巡察党组织实际,紧盯权力和责任,紧盯“一把手”和领导班子,紧盯群众反映强烈的突出问题,紧盯巡察整改和成果运用,着力发现和推动纠正政治上的温差、落差、偏差,……要强化责任担当,切实加强领导,严格队伍管理,严明纪律要求,提高做好巡察工作的政治能力和专业水平,高质量开展本轮巡察工作。
会议强调,……
""", {"unit": "", "units": [], "group": None, "term": 13, "round": 5, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- progress: a provincial environmental inspection's look-back rectified: no party inspection -----------------
    # http://www.huangshi.gov.cn/xwdt/2020_gggs/202207/t20220729_926441.html (a city's progress report on rectifying the
    # feedback of a provincial environmental protection inspection's look-back (省生态环境保护督察“回头看”): an 督察 of the
    # environmental system, no party inspection: nothing expected, as r34d reads a 耕地保护专项督察 (省第二生态环境保护督察组
    # is no inspection group; 第一轮 is the 督察's round; 2020年12月21日至12月30日 and 2021年5月8日 are the 督察's span and
    # feedback; 34项整改任务, 已完成整改16项 and 18项 are the 督察's tasks, no figures; 一、主要做法 is a heading: problems 0))
    ("huangshi_provincial_environment_inspection_look_back_progress_no_party_inspection", "http://www.huangshi.gov.cn/xwdt/2020_gggs/202207/t20220729_926441.html", "progress", """当前栏目:公告公示

关于第一轮省生态环境保护督察 “回头看”反馈意见整改进展情况的报告

来源:黄石市生态环境保护督反馈意见整改工作领导小组    时间:2022-07-29

分享:

省贯彻落实中央生态环境保护督察反馈意见整改工作专班:

2020年12月21日至12月30日,省第二生态环境保护督察组对黄石市开展了为期10天的省生态环境保护督察“回头看”,并于2021年5月8日向黄石市反馈督察意见。黄石市委、市政府高度重视反馈意见整改工作,坚持以习近平生态文明思想为指导,以高度的政治自觉、思想自觉、行动自觉强力推进反馈问题整改落实。

通过督察整改,全市各级各部门加强生态环境保护、推动绿色发展的意识得到进一步增强。截至2022年5月底,按照整改方案要求,全市4个方面34项整改任务,已完成整改16项,18项任务正在加快整改。

一、主要做法

黄石市始终坚持把生态环境问题整改作为一项重大政治任务,逐级压实整改责任、逐条落实整改措施,有效解决了一批突出生态环境问题,生态环境质量持续改善。

(一)深化思想认识。市委、市政府坚持把学习贯彻习近平生态文明思想作为一项重要政治任务,精心组织学习、全面贯彻落实。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy copies ------------------------------------------------------------------------------------------------
    # http://www.zs.gov.cn/hlz/tpxw/content/post_2558128.html (SHARES_TEMPLATE: the Zhongshan city committee's notice
    # template of r11's zhongshan_schools_notice_trad. A town's notice of a city group's special inspection of the
    # town committee on one industrial park project's landing (项目落地情况专项巡察), its days run together and the group's
    # number lost (市委第巡察组, three times): unit 横栏镇党委 as the text names it; the group's number is lost and no title
    # gives it (as r27b's Xianning, whose title did): group left unscored; 从2025年1021日至2026年1月9日 is the visit's span,
    # read the only way it can be (2025-10-21 to 2026-01-09, as r27b reads 20241021日); the window for calls (从20251021日
    # 截止到2026年1月5日) is no span; the matters the group takes letters on (履职不到位、监管缺失…等问题) are no findings:
    # problems 0; no term, round, feedback or figure; the telephone and postcode are no figures)
    ("henglan_town_project_special_inspection_notice_lost_group_number_run_together", "http://www.zs.gov.cn/hlz/tpxw/content/post_2558128.html", "noisy", """无障碍版 长者助手 登录
您当前的位置: > >图片新闻

巡察公告

信息来源:中山市横栏镇人民政府 发布日期:2025-10-21 分享:

根据市委巡察工作统一部署,市委第巡察组从2025年1021日至2026年1月9日,对横栏镇党委开展幸福连城横栏智慧科技产业园项目落地情况专项巡察。根据《中国共产党巡视工作条例》以及市委实施细则规定,市委巡察组主要受理反映横栏镇招商引资重点项目中的洽谈、审核签约、要素保障等重点环节职能部门履职不到位、监管缺失,干部不作为、慢作为等问题,以及关键环节廉洁风险等问题的来信来电来访。其他不属于本次巡察受理范围的信访问题,将按照分级负责、属地管理的原则,移交被巡察党组织和有关部门认真处理。

为便于干部群众反映情况,巡察组在巡察期间,设专门值班电话:0760-88882215,邮政信箱:中山市1960邮箱转市委第巡察组收(邮编:528403),开通网络扫码反映渠道,用手机扫描以下二维码即可反映信访诉求巡察组受理电话的时间为工作日上午8:30-12:00,下午2:30-5:30,受理电话、信访时间从20251021日截止到2026年1月5日

图片1.png

中共中山市委第巡察组

20251021日
""", {"unit": "横栏镇党委", "units": [], "term": None, "round": None, "start": date(2025, 10, 21),
      "end": date(2026, 1, 9), "feedback_date": None, "problems": 0, "figures": []}),
    # http://m.qdubb.cn/html/2018/xunshixuncha_0514/47324.html (a mirror's traditional-script copy of a provincial
    # discipline site's account of a prefecture's raised-level crossed inspections (提级交叉巡察) of county bodies and
    # townships in a prefecture-county "一体化" mode: round-level ""; two groups' visits told as anecdotes (第二巡察組進駐盈江
    # 平原鎮, 第八巡察組巡察梁河縣大廠鄉、小廠鄉): units and group left unscored (no list of the round's bodies; two groups);
    # 第一輪 is named without the committee in an account of several rounds: round unscored; no term; 從2016年11月開始
    # is a month: no start; 188名 is staffing, no figure. r6's dehong (www6ccc.com, 2018-05-16) tells a later round of
    # the same mode: another text and round)
    ("dehong_prefecture_county_raised_level_crossed_inspection_first_round_trad", "http://m.qdubb.cn/html/2018/xunshixuncha_0514/47324.html", "noisy", """為有效破解縣級巡察熟人社會和人情干擾難題,德宏州在總結縣級試點巡察經驗的基礎上,積極探索從制度設計上破解熟人社會和人情困擾的難題。從2016年11月開始,德宏州采取州縣一體化模式,對縣直部門和鄉鎮開展提級交叉巡察,解決基層巡察“巡不深、察不透”難題,推動巡察更好地發現問題、更好地形成震懾,著力提高縣級巡察工作質量。
由德宏州委整合州縣力量,從州和縣遴選出188名具有較強政治素質的業務能手組建巡察人才庫。州委統一組建巡察組赴縣市開展巡察,組長、副組長由州委任命委派,縣市委進行授權,其他巡察組成員由州委根據被巡察單位的情況,充分考慮工作經歷、知識結構、專業結構、性別結構、性格互補等因素,按照老中青相結合、注重傳幫帶的原則搭配。首輪開始,就采取跨縣市、跨區域交叉巡察,巡察人員實行任職回避、地域回避、公務回避,阻斷了巡察工作人員與被巡察單位可能存在的利益鏈條,確保巡察干部甩掉“人情包袱”、動真碰硬。
提級交叉巡察,消除了群眾的顧慮,激發了群眾向巡察組反映情況和提供問題線索的積極性。“州委派出巡察組到我們鎮上巡察,我們信得過,我們要反映村干部以權謀私的問題……”第一輪巡察工作中,第二巡察組進駐盈江平原鎮開展巡察之初,平原鎮勐盞村委會二坤村某村民如是向巡察組組長說。第八巡察組巡察梁河縣大廠鄉、小廠鄉時,群眾主動向巡察反映情況,來信來訪不斷,為巡察發現問題提供了暢通的渠道。
通過提級交叉巡察,既充分調動了縣級巡察力量,又彰顯了縣級巡察組的權威性,有效解決了提級交叉巡察時縣級巡察組的授權主體問題。……
""", {"unit": "", "term": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.seridoat.com/article/gui-zhou-xun-shi-ju-jiao-she-hui-zhi-li-nan-ti-ru-he-po-jie-ji-ceng-jian-du-mang-qu-yu-qun-zhong-ji.html
    # (a generated essay on a province's inspections of social governance, with quotation marks turned the wrong way
    # (”国之大者”) and counts written with thousands separators (2,847个, 1,326件): no visit: round-level "" with
    # absences; its yearly counts (发现…问题2,847个, 推动解决…1,326件, 挽回经济损失超15亿元) are a generated essay's, the third
    # told as an over-amount: figures left unscored, and so are problems; 2023年第三轮巡视 is an example without its
    # committee: round unscored; no group, term or day)
    ("guizhou_inspection_social_governance_generated_essay_seridoat", "https://www.seridoat.com/article/gui-zhou-xun-shi-ju-jiao-she-hui-zhi-li-nan-ti-ru-he-po-jie-ji-ceng-jian-du-mang-qu-yu-qun-zhong-ji.html", "noisy", """引言:巡视工作在社会治理中的关键作用
在当前中国社会治理体系中,巡视作为党内监督的战略性制度安排,正日益成为破解基层治理难题的重要抓手。贵州省作为西部欠发达省份,其社会治理面临独特的挑战:山区地形导致的基层治理半径过大、少数民族聚居带来的文化多样性管理、以及脱贫攻坚与乡村振兴衔接期的复杂矛盾。2023年以来,贵州省委巡视工作紧扣”国之大者”,将监督触角延伸至社会治理最末梢,聚焦群众反映强烈的”急难愁盼”问题,探索出一条”巡视+治理”的融合路径。
从实践来看,传统基层监督存在”上级监督太远、同级监督太软、下级监督太难”的困境。巡视工作通过政治监督的权威性、组织监督的系统性和群众监督的广泛性相结合,有效填补了监督真空。数据显示,2023年贵州省委巡视组共发现社会治理领域问题2,847个,推动解决群众”急难愁盼”问题1,326件,挽回经济损失超15亿元。这些数据背后,是巡视工作从”政治体检”向”治理赋能”的深刻转型。
本文将从巡视聚焦社会治理难题的实践路径、基层监督盲区的形成机理与破解策略、群众”急难愁盼”问题的系统化解决机制三个维度,结合贵州具体案例,提供一份详尽的实践指南。
一、巡视聚焦社会治理难题的实践路径
1.1 监督靶向的精准化:从”大水漫灌”到”精准滴灌”
传统巡视工作往往存在”面面俱到、重点不突出”的问题。贵州巡视组创新”问题导向+风险研判”双轮驱动模式,将社会治理难题细分为四大领域:
(1)民生保障领域:重点监督教育、医疗、养老、社保等政策落实情况。例如,2023年第三轮巡视发现某县农村义务教育学生营养改善计划存在”数字营养餐”问题——资金拨付到位但实际供餐率仅67%,……
""", {"unit": "", "units": [], "group": None, "term": None, "start": None, "end": None, "feedback_date": None}),
    # http://m.pocketmovies.cn/caijingzixun/guoneizixun/2020-02-08/12158.html (a film site's traditional-script copy,
    # pinyin in brackets, of a district discipline commission's 12 special supervision groups (專項監督組) checking
    # epidemic control: no party inspection: nothing expected (the groups are the commission's, unnumbered; 從1月25日起
    # has no year; the 回頭看 is of the supervision's own feedback; 12個 groups are no figure; the points checked are no
    # findings: problems 0))
    ("nankai_discipline_commission_special_supervision_groups_epidemic_no_inspection_pinyin_trad", "http://m.pocketmovies.cn/caijingzixun/guoneizixun/2020-02-08/12158.html", "noisy", """原標(biāo)題:南開區(qū)紀(jì)委監(jiān)委成立12個(gè)專項(xiàng)監(jiān)督組 包街包片包區(qū)域嚴(yán)查防疫漏洞
“你們社區(qū)對(duì)進(jìn)出人員測(cè)溫和登記嗎?”“你們小區(qū)有多少外來(lái)人員?樓道電梯每天進(jìn)行消殺嗎?”這是南開區(qū)紀(jì)委監(jiān)委查訪疫情防控落實(shí)情況的一個(gè)鏡頭……從1月25日起,南開區(qū)紀(jì)委監(jiān)委的12個(gè)專項(xiàng)監(jiān)督組就馬不停蹄地走街串巷明察暗訪,以執(zhí)紀(jì)監(jiān)督問(wèn)責(zé)推動(dòng)疫情防控措施在各社區(qū)落實(shí)落細(xì)。
帶隊(duì)督察的區(qū)紀(jì)委副書記、監(jiān)委副主任高峒據(jù)介紹,區(qū)紀(jì)委監(jiān)委按“戰(zhàn)時(shí)機(jī)制”的要求,立足“監(jiān)督的再監(jiān)督”,打破監(jiān)督單位界限和機(jī)構(gòu)設(shè)置,統(tǒng)籌運(yùn)用監(jiān)督力量,12個(gè)專項(xiàng)監(jiān)督組包街包片包區(qū)域,圍繞落實(shí)中央和市委關(guān)于疫情防控工作部署要求,分時(shí)段確定監(jiān)督重點(diǎn),對(duì)各街道各部門履行防控職責(zé)、重大突發(fā)公共衛(wèi)生事件一級(jí)響應(yīng)機(jī)制落實(shí)、反饋問(wèn)題整改等情況開展監(jiān)督。
12個(gè)專項(xiàng)監(jiān)督組檢查國(guó)有企業(yè)、基層站所、社區(qū),進(jìn)入基層醫(yī)院、衛(wèi)生服務(wù)中心、藥店,走訪圖書館、商場(chǎng)、超市等人員密集文化旅游和餐飲娛樂(lè)、購(gòu)物場(chǎng)所以及集中隔離點(diǎn)。針對(duì)監(jiān)督發(fā)現(xiàn)的問(wèn)題進(jìn)行通報(bào),制發(fā)監(jiān)督檢查提示函,并在兩天內(nèi)對(duì)反饋問(wèn)題整改情況進(jìn)行“回頭看”。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://52maoyanshi.com/News/1264384.html (a site's traditional-script copy, pinyin in brackets, of an agriculture
    # portal's note on a provincial department's check group of the greenhouse-house (大棚房) clean-up at a county: no
    # party inspection: nothing expected (第12督導核查小組 is a check group, no inspection group; 12月14日至16日 has no
    # year; 4個鄉鎮8個行政村 are counted, no units; 6個…3個 projects are no figures; the five 核查內容 headings, 一是…五是,
    # are the check's scope, no findings: problems 0))
    ("hainan_greenhouse_check_group_changjiang_no_inspection_pinyin_trad", "http://52maoyanshi.com/News/1264384.html", "noisy", """為更好地加快推進海南省“大棚房”問題專項清理整治行動進程,全面如實掌握和總結行動推進情況及其遇到的問題和困難,有效促推專項行動清理整治工作。根據省“大棚房”問題專項行動協調推進領導小組辦公室安排,海南省農業農村廳直屬機關黨委由陳雍專職副書記帶隊組成第12督導核查小組,于12月14日至16日對昌江縣“大棚房”問題專項清理整治行動進行督導核查。
此次督導核查內容主要為:一是核查違法違規占用耕地或基本農田建設非農設施的圖斑;二是全面了解掌握市縣前期違規項目整治整改工作進展情況,包括立案、查處、涉案人員、舉報、復耕等情況;三是全面排查核查違法違規占用耕地或基本農田的情況,包括占用耕地建設的別墅、休閑度假酒店、南繁科研基地建筑物等非農設施,包括違規類型、用途、規模等;四是國家自然資源部國土督察廣州局掛名督察的6個共享農莊項目和3個假借共享農莊之名建設項目整治整改情況;五是前階段布置要求15日前上報的全面做好總結的工作。
根據督導核查工作要求,第12督導核查小組先后深入了昌江縣4個鄉鎮8個行政村生產一線實地核查違法違規占用耕地或基本農田建設非農設施情況,并詳細了解了這些前期違規項目整治整改工作進展情況,包括立案、查處、涉案人員、舉報、復耕等情況。督導核查工作中,第12督導核查小組要求昌江縣有關部門要高度重視“大棚房”問題專項清理整治行動,按期保質保量完成工作任務。……
農業網(Agronet.com.cn)微信掃一掃: 盡“掃”天下農商情
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.lpsxhyy.com/shipinzixun/339.html (a spun copy (食物平安 for 食品安全, 查抄 for 检查, 养分 for 营养, 打算 for
    # 计划), on a site carrying a betting brand (U乐·国际官网), of a news agency's report of the education ministry's check
    # of school-meal funds (专项资金查抄, 检查 spun): no party inspection: nothing expected (查抄组 are the ministry's check
    # groups, unnumbered; 9月16日 has no year and is the report's; the dated line gives no day; the check's headings,
    # 一是…三是, are its scope, no findings: problems 0; no figure))
    ("education_ministry_school_meal_funds_check_spun_copy_betting_site_no_inspection", "http://www.lpsxhyy.com/shipinzixun/339.html", "noisy", """环绕校园食物平安和学生养分改善 教育部开展专

2025-10-17 11:54 U乐·国际官网

  教育部组织开展校园食物平安和农村权利教育学生养分改善打算专项资金查抄!

  对于查抄中发觉的问题,查抄组将第一时间向相关省份从管部分反馈,提出整改要求,督促落实闭环整改,确保问题整改到位。

  一是义务落实环境。沉点查抄教育行政部分食物平安监管义务和学校从体义务的落实环境,包罗学校食堂内部节制、食物平安办理等轨制扶植取施行环境,学校担任人陪餐轨制落实环境,教育行政部分开展监视查抄、营业培训等环境。

  三是财政办理环境。沉点查抄炊事经费财政办理相关环境,包罗财政轨制扶植、会计核算、财会监视等环境。沉点查抄农村权利教育学生养分炊事补帮资金出入相关环境,包罗补帮资金放置、利用、监管等环境。

  9月16日电(记者吴月)记者育部获悉:教育部组织开展校园食物平安和农村权利教育学生养分改善打算专项资金查抄,全面加强校园食物平安办理、规范农村权利教育学生养分改善打算专项资金利用,巩固深化“校园餐”专项整治。




首页
产品
新闻
联系
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- SHARES_TEMPLATE: generated essays and a model speech on portals earlier batches hold -----------------------
    # https://www.bkwk.cn/article/tlfxszjmtmsmxszdgzgjyyxl.html (SHARES_TEMPLATE: a generated essay on a "吐鲁番巡视组",
    # the portal's and generator's template of r15's gaocheng essay: no visit, round-level "" with absences)
    ("turpan_inspection_group_generated_essay_bkwk", "https://www.bkwk.cn/article/tlfxszjmtmsmxszdgzgjyyxl.html", "noisy", """引言
吐鲁番巡视组是中国政府在吐鲁番地区设立的一个巡视机构,负责对该地区的政治、经济、文化等领域进行监督和检查。由于其工作性质的特殊性,巡视组一直被视为神秘的机构。本文将揭秘吐鲁番巡视组的工作轨迹与影响力,以期让读者对这一神秘机构有更深入的了解。
巡视组的工作职责
政治监督
巡视组的首要职责是对吐鲁番地区的政治生态进行监督,确保各级领导干部严格遵守党的纪律和规矩,坚决维护党的领导地位。
……
巡视组的工作轨迹
巡视范围
吐鲁番巡视组的巡视范围包括吐鲁番市及其所辖县(市、区),涉及政治、经济、文化、社会和生态文明建设等多个领域。
巡视流程
- 前期准备:巡视组在巡视前,对巡视对象进行深入研究,制定详细的巡视方案。
- 巡视实施:巡视组深入基层,通过访谈、调查、查阅资料等方式,全面了解巡视对象的情况。
- 问题反馈:巡视组将发现的问题向巡视对象反馈,并提出整改要求。
- 整改落实:巡视组对整改情况进行跟踪,确保问题得到有效解决。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.paxyq.com/t/xian-wei-li-tui-jiao-cha-xun-cha-chuang-xin-jian-du-mo-shi-hu-hang-ji-ceng-zhi-li-shi-xiao.html
    # (SHARES_TEMPLATE: a generated essay on county crossed inspections, the portal's and generator's template of r34d's
    # paxyq essay: no visit, round-level "" with absences)
    ("county_crossed_inspection_generated_essay_paxyq", "https://www.paxyq.com/t/xian-wei-li-tui-jiao-cha-xun-cha-chuang-xin-jian-du-mo-shi-hu-hang-ji-ceng-zhi-li-shi-xiao.html", "noisy", """引言
近年来,随着我国基层治理的深入推进,县委作为基层治理的核心力量,不断探索创新监督模式,以提升基层治理实效。交叉巡察作为一种新型的监督方式,近年来在各地得到广泛应用。本文将深入探讨县委力推交叉巡察的背景、意义、实施方法以及取得的成效。
一、背景
- 基层治理面临的挑战:随着社会经济的快速发展,基层治理面临着诸多挑战,如权力寻租、腐败问题、群众诉求多样化等。
- 传统监督模式的局限性:传统的监督模式往往存在监督力量不足、监督范围有限、监督效果不佳等问题。
- 交叉巡察的兴起:为解决传统监督模式的局限性,交叉巡察作为一种创新监督模式应运而生。
……
三、交叉巡察的实施方法
- 组织架构:成立交叉巡察工作领导小组,明确巡察组成员、工作职责和任务分工。
- 巡察对象:根据实际情况,确定巡察对象,如乡镇、村(社区)、企事业单位等。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.wentop.com/wen/45/88864.html (SHARES_TEMPLATE: a writing site's model speech at a city group's
    # mobilisation of its inspection of a veterans affairs bureau, in the site's 【提纲】 template of r16's
    # speech_template_government_rectification: the bureau is unnamed (unit unscored); no group, term, round or day)
    ("veterans_affairs_bureau_inspection_mobilisation_speech_model_wentop", "https://www.wentop.com/wen/45/88864.html", "noisy", """【提纲】一、提高政治站位,深刻认识巡察工作的重大意义。(一)巡察是践行“两个维护”的政治检验。(二)巡察是推动退役军人工作高质量发展的有力契机。(三)巡察是深化全面从严治党的必然要求。二、聚焦监督重点,精准把握巡察工作的任务要求。(一)聚焦贯彻落实党的路线方针政策情况。(二)聚焦群众身边腐败问题和不正之风。(三)聚焦基层党组织建设情况。三、强化责任担当,共同完成市委赋予的巡察任务。(一)坚持同向发力,做到“三个到位”。(二)严明纪律规矩,做到“三个绝不”。(三)注重成果转化,做到“三个结合”。
二、聚焦监督重点,精准把握巡察工作的任务要求
本次巡察将围绕“四个落实”开展政治体检,具体做到“三个聚焦”:
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
]
