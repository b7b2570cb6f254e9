"""Outside texts of batch r32-held, collector D's share (issue 14), held out: special rounds by subject and their
rectification (ecological, grain, medical insurance), crossed, raised-level ("越級") and linked rounds (上下联动, and
inspection-audit linkage 巡审联动), look-backs (回头看) and rectification assessments, and noisy copies (traditional
script, pinyin in brackets, doubled commas, garbled stretches, mirror domains) of bodies in no other collector's share,
collected with the search tool from public pages that are in no earlier batch. Each address was grepped, with and without
www./m./mip./wap. and its query string, in every tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set,
r6-r31d) and test_outside_documents.py, and two or three distinctive names or phrases of each text (simplified and
traditional script: people, towns, streets, round strings, figures) likewise; every text was then compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r32d.py` (see the end of this docstring). Their fields are written
down by reading only. The importer was not run on them, no test or bench that runs it was run, and the collector read
neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case,
extract and score, outside_r24.py's docstring, and the brief); the integrator runs them once, and that run is the honest
figure for unseen texts.

Sources. 15 texts from the search tool's "pages" corpus, 14 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for this share: of about 110 candidate addresses checked in about 70
queries, about eight in ten were earlier batches' (every hit for subject special rounds by name: business environment,
grain purchase and sale, medical insurance, funeral, education, elderly care, housing, ecological; every crossed-round
notice (Yinan, Yongzhou, Binzhou, Zhoukou, Wuwei), Yunnan's development-zone linked rounds and their traditional copy,
Jiangsu's 2017 three-level linkage, Quanzhou's grain round, Putian's "十百千" round, Youxian's ninth round, Danyang's
eleventh round, Zouping's and Weibin's look-backs, Yuhuan's and Laiwu's funeral rounds' progress, Zhenyuan's health round,
Lezhi's withdrawal notice, Anxiang's hearing, Fengqing's checks, Zhen'an, Funing, Qianyang, Yongde, Suixian, Nanling,
Qingyang and most traditional-script mirrors of qdubb, dingqianjf, pucalive, 15m8, ksrykj). Left out after reading:
enterprises' special rounds (a provincial state-assets group at two port companies, a city construction investment
group's first round on three mirrors, a transport group's look-back, collector A's share), provincial and central rounds
(Inner Mongolia's grain round, Anhui's fourth round, Guizhou's and Yunnan's provincial accounts, collector C's share),
and county regular rounds at towns, villages and departments (Yishui, Weixi, Leishan, Tanghe, Jinzhai, Wusheng, Santai,
collector B's share). What still gave new texts: the inspection-audit linkage (巡审联动), which no batch had drawn on
(Xinye's township 2024, Daozhen's finance bureau, Xiajin's townships in traditional script, Guichi's third round on a
garbled mirror, Diqing's linked special round at a development zone in traditional script with pinyin), rectification
assessments and look-backs (Malong, Dangshan's fifteenth round, Panji's first round, Gaomi's quantified assessment,
Eshan's check-and-assessment groups in traditional script, Lizhou's return visits in traditional script), a county's
account of its eighteenth committee's special rounds' rectification (Tongguan), a county-level city's crossed village
checks (Zhuji), a district's raised-level direct village inspections in traditional script (Wutongqiao), and one text
that is no party inspection copied on a mirror domain (a prefecture political-legal committee's 政治督察 at Kangle).

Families and counts (15 texts, none in SHARES_TEMPLATE; 15 measured). news 8, all measured:
malong_district_look_back_six_bodies_one_township_completed_122 (two figures),
xinye_chengjiao_township_inspection_audit_linkage_2024 (a unit),
daozhen_finance_bureau_inspection_audit_linkage_five_problems (a unit and a problems figure),
zhuji_crossed_village_style_checks_27_key_villages (absences only),
dangshan_fourteenth_term_fifteenth_round_sixteen_bodies_rectification_assessment (term 14, round 15),
panji_eleventh_term_first_round_rectification_assessment_at_a_township (term 11, round 1),
tongguan_eighteenth_term_special_rounds_rectification_account (term 18),
gaomi_second_quantified_assessment_group_rectification_look_back (absences only); rounds 0; progress 0; audit 0; noisy
7, all measured: lizhou_four_groups_sixth_round_bodies_look_back_return_visits_trad (traditional script),
diqing_ninth_term_third_round_shangrila_devzone_linked_special_audit_pinyin_trad (traditional script, pinyin, garbled
characters: a unit, term 9, round 3), xiajin_township_inspection_audit_linkage_mobilisation_trad (traditional script,
absences only), guichi_third_round_inspection_audit_linkage_garbled_doubled_commas_pinyin_trad (traditional script, pinyin,
doubled commas, a garbled stretch that eats the term: round 3),
eshan_rectification_check_assessment_groups_quoted_street_trad (traditional script, absences only),
wutongqiao_district_direct_village_inspections_six_steps_trad (traditional script, absences only), and one expecting
nothing: kangle_prefecture_political_legal_political_supervision_no_inspection_pinyin_trad (政治督察, pinyin). Round lists
measured: 0 (every list in this share's hits was an earlier batch's).

Fields read: 23 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 97 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by my count, all
outside SHARES_TEMPLATE. By family: news 15 fields and 50 absence checks, noisy 8 and 47, rounds, progress and audit 0
and 0. Figures read: completed 1 (Malong's 完成问题整改122个), completion_rate 1 (完成整改占比98.7%), problems 1 (Daozhen's
巡察组发现的5个问题).

Reading conventions (outside_set.py's "Settled conventions" 1-14 and the written conventions of outside_r24.py's and the
r25-r31 docstrings, followed exactly): a day without a year gives no date unless the text or its dated line gives its
year (Panji's 6月8日, Kangle's 9月15日起); 近日, 近期, 日前, 今年初 give no day, and a page's or copy's dated line or an
address's digits are no date of the visit (Malong's 2021-03-19, Daozhen's 202309/t20230911 in the 原文链接); a month
without a year gives no date (Zhuji's 今年4月, Tongguan's 今年3月份); parts of months give no day (settled 11:
Wutongqiao's 6月下旬); a round assessed is the assessment text's round (as r10's aqnu assessment: Dangshan's 十四届县委第十五轮,
Panji's 十一届区委第一轮 named in the notice's title, settled 2 by analogy); a round named as the one a meeting mobilised is
the text's (settled 14: Guichi's 第三輪巡察工作動員會); a term or round named with the committee that runs it is the text's
(九屆迪慶州委第三輪, 十八届县委); counted bodies and bodies told by kind are no units (6个区直单位、1个乡, 16家单位, 鄉鎮黨委,
第六輪常規巡察單位, 119個村); a group with no number (巡察组, 各巡察组, 交叉巡查组, 督查評估組, 區委3個巡察組) is none, a group
named under its round (第三輪第四巡察組) is not scored; counts of questionnaires, steps, indicators, staff and bodies are no
figures; 政治督察 is no party inspection: nothing expected; expected values of traditional-script texts are written
simplified and without the pinyin.

What I was unsure of, and how I read it: whether an inspection-audit linkage (巡审联动) belongs to collector B's share
(regular rounds at townships and departments): the Xinye, Daozhen and Xiajin texts tell linked supervision, not a regular
round, and no batch holds any 巡审联动 text, so they are taken here as linked inspections; Xinye's 2024年9月 is left
unscored for start and end (the county audit bureau carried the linked supervision out that month; whether the month
bounds the inspection's visit, settled 13, the text does not make plain). Daozhen's figures are read as the inspection
group's 5个问题 only (the audit group's 10个 are another body's, the 76% a look-back rate of earlier years' problems); a
reader taking the 76% as this linked visit's would add a completion_rate. Zhuji's crossed 巡查 is organised by the
city's inspection office but called a check (巡查) of village style: its 564 problems and 25 clues are left unscored
(r29d's fengqing read a discipline commission's 专项巡查 as no inspection); the round-level unit "" and the absences are
kept either way. Lizhou's 利州區第四巡察組 has its district but no 區委 in front, so its short form is unsure: unscored;
its 第六輪 qualifies the bodies looked back at, so the round is unscored. Gaomi's 市委第二巡察整改量化评估组 is an
assessment group a reader may take for an inspection group: unscored. Guichi's term (五屆) is lost in a garbled stretch
of the mirror (痹谖鍖觅F池 for 在五屆貴池): unscored, round 3 kept; 清溪街道 is one body of that round (the linkage's
object), so the unit is unscored. Eshan's quoted body (小街街道黨工委) and its figures are an example of the groups'
reports: unit and figures unscored, the text measured on absences only. Tongguan's account names several rounds of one
term: term 18, round unscored. Dangshan's and Panji's assessment texts take the round assessed, as r10's aqnu assessment
does; Panji's township is 我乡, unnamed: unit unscored. Portals shared with earlier batches hold other places' or other
rounds' texts: qdubb.cn (Diqing; Eshan beside r29b's Eshan stories of regular visits), rcwkj.com (Guichi beside r26d's
guichi 2025 six special rounds notice: another round, whose bodies do not include 清溪街道, and another kind), ttnews.xyz,
nxhuan.com (r14), jc-fzw.org.cn (r27c, r28b), pjqjw.gov.cn (r12's panji fifth round notice, another round), sjfz.org.cn
(r6), handmsg.com (r10), zjnews.zjol.com.cn (r25), m.ahwang.cn (c-dev): none put in SHARES_TEMPLATE.

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r32d.py` (15 texts against 1839 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)", which r31d's
xiangxiang_eighth_term_first_round_business_environment_look_back_entries also carries); 10 pairs share more than 3
shingles, 1 of them more than 3 beyond the tool's formulas: Diqing's linked round with r21's
guangxi_auto_group_audit_survey_rectification_pinyin_trad (4, the pinyin of 專項審計, an enterprise's audit notice, another
kind); below that line the pinyin of 上下聯動, 經濟, 鄉鎮 and 發現問題 (Diqing with r24's wencheng and r30d's yuxi linked
special round, Guichi with r31b's luquan story, Kangle with six traditional copies); the longest shared run is 16 characters;
the tool counts no text as sharing more than formulas with the seeds. The other collectors' files that existed at the end,
outside_r32.py (15 texts), outside_r32b.py (18) and outside_r32c.py (16), were compared (addresses normalised without
scheme, www./m./mip./wap. and query string; hosts, places and names grepped; 12-character shingles): no address is shared;
five hosts are (jc-fzw.org.cn, ttnews.xyz, qdubb.cn twice and rcwkj.com with r32b's texts of other places, save r32b's
guichi_second_group_village_round_housing_funds_doubled_commas_pinyin_trad, a Guichi group's village housing-funds story,
another event and kind than this file's Guichi linkage story); one pair shares more than 3 shingles, the pinyin of
上下聯動 (Diqing with r32b's zhangjiagang_first_round_fourth_group_chenyang_community_gas_pinyin_trad, 5); none with
outside_r32.py or outside_r32c.py.
"""

from __future__ import annotations

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = ()

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R32D = [
    # --- news: look-backs, rectification assessments, linked (巡审联动) and crossed inspections ------------------------
    # search corpus pages (no URL returned) (a district's look-backs (巡察“回头看”) at counted bodies: 6个区直单位、1个乡
    # are counted, none named, so the unit is the round-level "" and no units; 各巡察组 have no number: no group; 上轮巡察
    # and 上一轮巡察 name no round; 近日 gives no day and the dated line (2021-03-19) is the page's, not the visit's;
    # 完成问题整改122个 is the completed count and 完成整改占比98.7% its rate (completion_rate, as r22's laiwu 83.3);
    # 四大方面 is no count of problems)
    ("malong_district_look_back_six_bodies_one_township_completed_122", "search corpus pages (no URL returned)", "news", """马龙区:开展巡察“回头看” 构建整改监督闭环链条

发布时间:2021-03-19 18:03:46   来源:曲靖市纪委监委

“上轮巡察发现该部门存在违规占用下属单位和监管服务企业车辆的问题,该问题是否已整改到位?”近日,马龙区委组织开展巡察“回头看”工作,各巡察组对照问题清单,对巡察发现问题的整改情况进行逐一认真检查。
……
近年来,该区“回头看”工作重点围绕上一轮巡察发现的问题整改责任落实、整改情况报告、线索处置和整改成效四大方面逐一梳理。……据了解,截至目前,该区共对6个区直单位、1个乡开展了巡察“回头看”,完成问题整改122个,完成整改占比98.7%。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("completed", 122), ("completion_rate", 98.7)]}),
    # http://m.xinye.gov.cn/2024/1012/139028.html (a county's inspection and audit linked supervision (巡审联动) of a
    # township committee: unit 城郊乡党委 as written; the group (巡察组) has no number: no group; no term or round;
    # 2024年9月 is the month the county audit bureau carried the linked supervision out: whether it bounds the visit as
    # a whole month (settled 13) the text does not make plain (the actor is the audit bureau, and auditors entered "不定期"),
    # so start and end are left unscored; no feedback day; 1∶2∶4 and 1名、2名、4名 are staffing, no figures)
    ("xinye_chengjiao_township_inspection_audit_linkage_2024", "http://m.xinye.gov.cn/2024/1012/139028.html", "news", """为提高监督治理效能,新野县积极探索“巡审联动”工作机制,2024年9月,县审计局对城郊乡党委开展巡审联动监督,力将巡察“政治体检”与审计“经济体检”有效融合,扎实推动巡察审计监督的深度贯通。
同频共振,夯实联动基础。将巡察人员与审计人员进行有机组合,由巡察组组长牵头组成权力运行组,人员配比为1∶2∶4,即权力运行组中包含1名联络员、2名巡察人员与4名审计人员,并安排审计人员不定期进驻城郊乡党委开展审计调查工作。……
同题共答,提升联动质效。在开展城郊乡党委巡审联动过程中,与巡察组共同召开联动项目进点会,进一步统一思想,明确目标;巡察组与审计组各尽其职紧密配合,动态沟通发现问题,实现优势互补、资源共享和成果共用;审计组定期向巡察组报送审计问题清单,及时交流经验做法。
……
""", {"unit": "城郊乡党委", "units": [], "group": None, "term": None, "round": None, "feedback_date": None,
      "figures": []}),
    # http://sjfz.org.cn/show-18786.html (an audit portal's copy of a county audit bureau's note on a linked inspection
    # and audit (巡审联动) of the county finance bureau: unit 县财政局 as written; 巡察组 and 审计组 have no number: no
    # group; 近日 gives no day; the copy's 原文链接 carries 202309/t20230911 in an address, no dated line of the visit:
    # no start; the inspection group's 5个问题 is its problems figure, the audit group's 10个问题 are another body's
    # findings, and 以前年度问题整改率达76% is the rate of earlier years' inspection and audit problems looked back at,
    # not this visit's: figures [problems 5] only. The portal holds r6's shanxi_audit, another body and kind)
    ("daozhen_finance_bureau_inspection_audit_linkage_five_problems", "http://sjfz.org.cn/show-18786.html", "news", """近日,道真县审计局与县委巡察办实行“巡审联动”工作机制,巡察组和审计组同时进驻县财政局,运用巡察“利剑作用”和审计“体检功能”,切实增强监督效能。一是资源共享。巡察组与审计组共同分析研究近年的巡察报告和审计报告,列出被巡审单位的问题清单和薄弱环节,如:政府采购制度执行不到位、资产处置不规范等,带着问题“巡”,关注重点“审”,相互取长补短、互通有无。……三是成果互通。定期召开“碰头会”、“交流会”,讨论疑点、关注重点、紧盯难点,对审计组发现的10个问题和巡察组发现的5个问题,巡审双方相互沟通、共同研判,确保问题找得准、查得细。四是整改互助。借助巡察监督的权威性和审计监督的专业性,对以前年度巡察发现问题和审计查出问题开展“回头看”,着力做好巡审联动“后半篇文章”,达到以“审”促“巡”、以“巡”带“审”的目的,督促以前年度问题整改率达76%,以监督合力督促整改工作取得实效。(供稿人:道真县审计局 任柏松)
原文链接:http://sjt.guizhou.gov.cn/xwzx/dfdt/202309/t20230911_82344646.html
""", {"unit": "县财政局", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 5)]}),
    # https://zjnews.zjol.com.cn/zjnews/sxnews/201808/t20180828_8122618.shtml (a county-level city's crossed checks
    # (交叉巡查) of 27 key villages, organised by the city committee's inspection office: the villages are counted and
    # one named only as where a group was seen (前山新村), so the unit is the round-level "" and no units; 交叉巡查组 has
    # no number: no group; 今年4月 is a month without a day; 8月28日讯 is the paper's line: no dates; whether a 巡查 of
    # the inspection office is a party inspection is unsure (r29d's fengqing read a discipline commission's 专项巡查 as
    # none), so its 564个 problems and 25条 clues are left unscored)
    ("zhuji_crossed_village_style_checks_27_key_villages", "https://zjnews.zjol.com.cn/zjnews/sxnews/201808/t20180828_8122618.shtml", "news", """浙江在线8月28日讯 近日,诸暨市牌头镇前山新村来了一群陌生面孔。他们忙着开展农村基层作风巡查,被村民们称为“空降兵”。
原来,这是诸暨市委巡察办派出的交叉巡查组。该巡查组由大唐镇纪委书记杨斌带队,组员包括大唐镇农经、综治等部门的工作人员。
大唐镇的巡查工作怎么开展到了牌头镇?诸暨去年启动农村基层作风巡查工作,虽然发现了不少问题和线索,但也暴露出巡查工作易受人情关系干扰的问题,导致巡不深、查不透。为此,今年4月,诸暨从全市27个乡镇(街道)中各选取1个工程项目多、信访举报多、矛盾问题多的“重点村”,相对应成立1支由3名至5名业务骨干组成的巡查组,由市委巡察办统筹,开展交叉巡查。
……
近年来,为打造干部清正、政府清廉、政治清明、社会清朗的清廉诸暨,诸暨市充分运用新时代“枫桥经验”,全面推进“五清”村居建设,推动全面从严治党在农村最基层落地生根。据了解,诸暨将交叉巡查作为推动清廉建设的重要措施之一。目前,27个“重点村”共发现各类问题564个、问题线索25条……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None}),
    # http://m.ahwang.cn/anhui/20220224/2345383.html (a county's assessment of the rectification of its fourteenth
    # committee's fifteenth round: 十四届县委第十五轮 is term 14, round 15, the round assessed (as r10's aqnu assessment
    # reads its first round); the 16 bodies are counted, none named: round-level "", no units; no group; 今年初 gives no
    # day; 238份 questionnaires, 254人 and 满意度98% are the assessment's, no figure of the inspection. The portal holds a
    # c-dev text of another county and kind)
    ("dangshan_fourteenth_term_fifteenth_round_sixteen_bodies_rectification_assessment", "http://m.ahwang.cn/anhui/20220224/2345383.html", "news", """“要说啥事感受最深?那就数巡察组来咱地 头。你看现在这小桥直通田里,路两边的泄洪沟畅通无阻,我这梨树地里再也不会存水了。这些 多亏了他们哩!”日前,正在梨园修剪果树的砀山县良梨镇梨农刘大叔指着不远处的桥涵和沟渠, 激动之情溢于言表。
为进一步强化巡察整改落实和成果运用,压 实巡察整改主体责任,客观全面评估被巡察党组织整改情况,宿州市砀山县结合实际,明确评估对象,分类确定评估主体,把各单位整改情况评估权交给党员、在职干部、服务对象代表、村两委、普通群众等,通过问卷测评、网络调查、个别谈话、实地走访等多种方式,了解干部群众对相关单位巡察整改情况的满意度。
……
据悉,根据工作安排,今年初,砀山县纪委监委、县委组织部、县委巡察机构对十四届县委第十五轮巡察的16家单位党组织整改情况开展成效评估,把整改公开和干部群众满意度情况作为评估重点,现场发放并收回测评问卷238份,254人通过微信小程序匿名评价,利用个别谈话、实地访谈等方式广泛征求干部群众意见建议。据了解, 本次整改评估,干部群众对各单位整改情况满意 度达98%以上。……
""", {"unit": "", "units": [], "group": None, "term": 14, "round": 15, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.pjqjw.gov.cn/html/wenzhang_733708.html (a district assessment group's visit to a township to assess
    # the rectification of its eleventh committee's first round: the round is named in the notice's title
    # (《关于对十一届区委第一轮巡察整改工作开展成效评估的通知》), the text's only round: term 11, round 1 (settled 2 by
    # analogy; r10's aqnu assessment); the township is 我乡, unnamed: the unit is left unscored; 区评估组 is no inspection
    # group; 6月8日 has no year: no date; the findings are areas, not a list. The portal holds r12's panji fifth round
    # notice, another round and kind)
    ("panji_eleventh_term_first_round_rectification_assessment_at_a_township", "http://www.pjqjw.gov.cn/html/wenzhang_733708.html", "news", """为进一步巩固巡察成果,压实被巡察单位整改主体责任,根据潘巡办《关于对十一届区委第一轮巡察整改工作开展成效评估的通知》要求,6月8日上午,区纪委常委、区委巡察办主任吴宏洋一行到我乡开展巡察成效评估工作。
区评估组就整改工作中存在的个别问题整改不到位、举一反三做得不够以及巩固整改成效等方面提出了意见建议。
区评估组对下一步工作提出要求:一是要层层压实责任。……二是要强化举一反三。……三是要深化成果运用。……
区评估组还通过实地查看等方式对整改情况进行了评估。
""", {"group": None, "term": 11, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://tongguan.qinfeng.gov.cn/info/1012/18118.htm (a county's account of rectifying its eighteenth committee's
    # rounds: an ecological special round (29 bodies counted), the grain and medical insurance special rounds and the
    # first regular round checked together (15 bodies counted), 45 party organisations' plans reviewed: term 18, named
    # throughout (十八届县委); several rounds, so the round is left unscored; no body named: round-level "", no units; no
    # group; 今年3月份 is a month without a year: no dates; the counts are of bodies, no figures)
    ("tongguan_eighteenth_term_special_rounds_rectification_account", "https://tongguan.qinfeng.gov.cn/info/1012/18118.htm", "news", """十八届县委以来,潼关县委巡察机构积极落实中省市县关于加强巡视巡察整改和成果运用的意见措施要求,坚持问题导向,以四项过硬的举措把整改责任压紧压实,确保巡察反馈问题整改有力有效。
抓高点推动,促整改主体责任落实。……同时,为了推动巡视巡察整改走深走实,县委巡察办每次巡察反馈都邀请县委、县政府分管领导参加分管或联系部门(单位)反馈会议,并将巡察报告抄送县级有关分管领导,督促抓好整改,特别是生态环境保护暨秦岭北麓生态环境整治专项巡察结束后,县委主要领导以县委常委扩大会议形式,亲自面对面向巡察整改涉及的29个单位交办整改问题清单,极大促进了巡察整改主体责任落实。
抓督导检查,促整改监督责任落实。县委巡察办切实发挥统筹协调作用,……并对十八届县委巡察涉及的45个党组织整改方案和整改进展情况报告进行“四方联审”。……今年3月份对粮食购销领域、医保领域专项巡察、十八届县委第一轮常规巡察反馈问题整改工作落实情况涉及的15个单位,集中开展了督查……
""", {"unit": "", "units": [], "group": None, "term": 18, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://jc-fzw.org.cn/show-50733.html (a county-level city's quantified assessment of rectification, one of its
    # assessment groups doing a look-back at unnamed departments: round-level "", no units; 市委第二巡察整改量化评估组 is
    # an assessment group, not an inspection group of a round, but a reader may read it as one: the group is left
    # unscored; no term or round; 日前 and 今年以来 give no day; 22项指标 and 4个方面 are the method's; 制度规范12个 were
    # set up by several bodies over several rounds (先后): figures left unscored. The portal holds r27c's and r28b's
    # texts of other places)
    ("gaomi_second_quantified_assessment_group_rectification_look_back", "http://jc-fzw.org.cn/show-50733.html", "news", """“对巡察反馈问题,要逐项认真整改,做到件件有着落、事事有回音……”日前,高密市委第二巡察整改量化评估组,对相关部门单位开展了巡察整改“回头看”,当面“把脉问诊”,见人见事指出问题,最大限度提升巡察整改质效。
这是该市以巡察整改量化评估倒逼责任落实的一个缩影。为客观评价巡察整改情况,确保问题整改“清仓见底”,今年以来,高密市坚持运用“全周期管理”理念方式,探索制定《关于开展巡察整改质效评估的实施办法(试行)》,将主体责任落实、组织实施、整改成效和民主测评等4个方面细化为22项指标,统一评价“尺度”,科学评估整改实效。
……
“巡察监督作用能否有效发挥,关键要看巡察成果能否得到充分运用。”该市市委巡察办相关负责人介绍,针对巡察发现的系统性问题、共性问题,通过制发纪检监察建议书督促整改,先后推动市行政审批服务局等被巡察单位健全完善各项制度规范12个,受到企业和群众一致好评。(潍坊市纪委监委)
""", {"unit": "", "units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None}),
    # --- noisy: traditional script, pinyin in brackets, doubled commas, garbled characters, mirror domains -------------
    # https://ttnews.xyz/a/5e733fc9dc9b5e790695ead8 (a mirror's traditional-script copy of a district's look-back at the
    # bodies of its sixth regular round and those concerned by a provincial inspection's feedback: the bodies are
    # counted by kind, none named: round-level "", no units; 第六輪 qualifies the bodies looked back at, the look-back has
    # no number of its own: the round is left unscored; 利州區第四巡察組 is named with its district but no 區委, so its
    # short form is unsure: the group is left unscored; no term; 近日 gives no day; the quoted findings are examples,
    # problems left unscored; 4個 groups and 回訪組 are no figures)
    ("lizhou_four_groups_sixth_round_bodies_look_back_return_visits_trad", "https://ttnews.xyz/a/5e733fc9dc9b5e790695ead8", "noisy", """回訪督查倒逼問題整改 利州區做實做細巡察整改“後半篇”文章

“你單位‘培訓項目資料涉嫌造假’問題,整改措施過於籠統,未正面回應”“基層意識形態陣地作用發揮不明顯”……近日,廣元市利州區4個巡察組對第六輪常規巡察單位及省委巡視反饋問題涉及單位開展巡察整改“回頭看”工作。

開展巡察整改情況回訪督查,只是利州區做實做細巡察“後半篇文章”的一個縮影。

“本次回訪督查堅持‘四不兩直’原則,不提前發通知、不打招呼、不聽彙報、不陪同接待,直奔基層、直插現場。”區委巡察辦主任黃廣介紹說,“同時,為避免人情干擾,本輪迴訪督查打破‘誰巡察誰督查’的慣例,將4個原巡察組改編成4個回訪組,採取‘交叉回訪’的方式進行督查。”……“我們督促被督查單位修訂完善了《局黨組基層黨建聯繫點制度》,明確黨組成員要結合分工履行好分管領域黨建職責。”利州區第四巡察組組長祝銀介紹……
""", {"unit": "", "units": [], "term": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.qdubb.cn/html/2022/xunshixuncha_0901/113501.html (a mirror's traditional-script copy, pinyin in brackets
    # and garbled characters (審?fù)福Πl(fā)揮), of a prefecture's linked special round (上下聯動專項巡察) at a development zone,
    # an audit group entering with it: unit 香格里拉经济开发区 (written simplified, without the pinyin); 九屆迪慶州委第三輪 is
    # term 9, round 3, named with the committee that runs it; the group is named under its round (第三輪第四巡察組), not
    # scored (as r24's 县委第六轮巡察第三巡察组); 近期 gives no day; 1+1>2 is a slogan, no figure. qdubb.cn is the
    # mirror many batches draw on (for other places' texts); no batch holds Diqing's rounds)
    ("diqing_ninth_term_third_round_shangrila_devzone_linked_special_audit_pinyin_trad", "http://m.qdubb.cn/html/2022/xunshixuncha_0901/113501.html", "noisy", """近期,九屆迪慶州委第三輪第四巡察組進(jìn)駐香格里拉經(jīng)濟(jì)開發(fā)區(qū)開展上下聯(lián)動(dòng)專項(xiàng)巡察。與以往不同的是,此次一同進(jìn)駐的還有專項(xiàng)審計(jì)組。專項(xiàng)審計(jì)組重點(diǎn)以開發(fā)區(qū)預(yù)算執(zhí)行和財(cái)政財(cái)務(wù)收支情況為主,著力加強(qiáng)對招商引資、土地出讓、項(xiàng)目招投標(biāo)、工程建設(shè)等重點(diǎn)環(huán)節(jié)進(jìn)行審計(jì),同步開展巡察監(jiān)督和審計(jì)監(jiān)督。
為進(jìn)一步深化巡審聯(lián)動(dòng)工作模式,立足巡深、審?fù)福Πl(fā)揮“1+1>2”的作用,迪慶州委巡察辦和州審計(jì)局加強(qiáng)統(tǒng)籌力度,按照資源共享、信息互通、協(xié)作聯(lián)動(dòng)原則,分別抽調(diào)骨干力量成立巡察組與審計(jì)組,采取同步進(jìn)駐的方式進(jìn)駐香格里拉經(jīng)濟(jì)開發(fā)區(qū),結(jié)合雙方監(jiān)督的重點(diǎn),加強(qiáng)溝通對接,做到時(shí)間同步、目標(biāo)統(tǒng)一、聯(lián)動(dòng)協(xié)同,增強(qiáng)監(jiān)督合力……
""", {"unit": "香格里拉经济开发区", "units": [], "term": 9, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.nxhuan.com/dzsh/p/1652778.html (a city news mirror's traditional-script copy of a county's mobilisation of
    # its inspection and audit linkage at township committees: the townships are told by kind (鄉鎮黨委), none named:
    # round-level "", no units; 巡察組 and 審計組 have no number: no group; no round, term or day (近日); no problem
    # listed or counted: problems 0; 1+1>2 is a slogan. The portal holds r14's qihe medical field feedback, another
    # county and kind)
    ("xiajin_township_inspection_audit_linkage_mobilisation_trad", "http://m.nxhuan.com/dzsh/p/1652778.html", "noisy", """德州新聞網訊(張朝暉)近日,夏津縣召開“巡審聯動”監督工作動員會,鄉鎮黨委巡察與經濟責任審計項目同步開展,開啟年度“巡審聯動”工作模式。
縣委巡察辦和縣審計局加大事前統籌力度,建立協調工作機制,分別抽調骨干力量成立巡察組與審計組,同步進駐被審單位,審計與巡察互通資源、互補力量,極大地減少不必要的重復工作,提高工作效率。巡察人員發揮政治談話、查案辦案方面的優勢,對問題線索深挖細查;審計人員充分發揮數據分析、財政財務收支管理等方面的專業特長,以審助巡、以巡促審,實現1+1>2的監督效果。工作過程中,審計組、巡察組定期聯合召開碰頭會,對監督重點、問題線索等進行研判,對重要信息資源進行整合,互通有無,提升監督效率。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://rcwkj.com/p/1874.html (traditional script with pinyin in brackets, doubled commas and a garbled stretch
    # (?!痹谖鍖觅F池 for 。”在五屆貴池, 確?!矊徛?lián)動 for 確保‘巡審聯動) on the mirror domain r7's health_system, r24's
    # education committee, r26b's disabled federation and r26d's guichi six special rounds come from (another text: a
    # district's inspection and audit linkage story): the round is the one whose mobilisation the quote was said at
    # (第三輪巡察工作動員會, settled 14's deployed round): round 3; its term (五屆) is lost in the garbled stretch, so the
    # term is left unscored; 清溪街道 is the linkage's object in that round, one body among the round's, so the unit is left
    # unscored; 區委巡察組 has no number: no group; no day; 97份 reports, 11個 problems and 1件 clues are tallies since
    # 2021 over several rounds, not this round's: figures left unscored)
    ("guichi_third_round_inspection_audit_linkage_garbled_doubled_commas_pinyin_trad", "https://rcwkj.com/p/1874.html", "noisy", """“經區(qū)委審計委員會、區(qū)委巡察工作領導小組共同商定,,在本輪巡察中,,將清溪街道列為‘巡審聯(lián)動’工作對象,,區(qū)委巡察機構和區(qū)審計局要密切協(xié)調配合,、及時溝通情況,,確?!矊徛?lián)動’工作出成效,,形成黨內監(jiān)督合力?!痹谖鍖觅F池區(qū)委第三輪巡察工作動員會上,,貴池區(qū)委巡察工作領導小組主要負責人如是強調。
近年來,,貴池區(qū)紀委監(jiān)委持續(xù)加強巡察和審計協(xié)作,,在聯(lián)動監(jiān)督,資源共享中增強監(jiān)督合力,。
程序逐步完善,。“巡審聯(lián)動”對象確定后,,按照“審計先行”的要求,,審計工作組提前進駐被巡察單位,,率先開展工作,。……
精準發(fā)現(xiàn)問題,。堅持每輪巡前調取、研判被巡察單位各類審計報告,,把審計整改情況作為巡察監(jiān)督的重點,,2021年以來區(qū)委巡察組調取各類審計報告97份,發(fā)現(xiàn)落實審計整改不到位問題11個,。對重點,、疑難問題開展巡審協(xié)作,3次在巡中抽調專業(yè)審計人員配合巡察了解,,發(fā)現(xiàn)問題線索1件,。……
""", {"group": None, "round": 3, "start": None, "end": None, "feedback_date": None}),
    # http://qdubb.cn/html/2021/xunshixuncha_1112/104965.html (a mirror's traditional-script copy of a county's
    # rectification check-and-assessment practice: 小街街道黨工委's report is quoted as an example of what the groups
    # submit, its 9個, 100%, 1項 and 3項 that body's rectification: unit and figures left unscored (a reader could take the
    # quoted body as the text's); 督查評估組 have no number: no group; no round, term or day (今年); 五個方面11個要素 are the
    # method's. qdubb.cn holds r29b's Eshan stories of other rounds (regular visits to towns), another kind)
    ("eshan_rectification_check_assessment_groups_quoted_street_trad", "http://qdubb.cn/html/2021/xunshixuncha_1112/104965.html", "noisy", """“小街街道黨工委完成問題整改9個,整改率100%,新建制度1項、完善制度3項,運用第一種形態談話15人次,開展集體廉政談話3次,召開警示教育大會2次……”這是峨山縣巡察整改督查評估組向縣委巡察工作領導小組提交的巡察整改“復診”情況報告。
今年,峨山縣制定出臺《峨山縣巡察整改檢查考核評價辦法》,明確督查評估的對象、內容、方式、結果運用等,細化問題、任務、責任、時限“四張清單”,圍繞看責任落實、看問題整改、看建章立制、看追責問責、看促進改革發展“五看”法開展督查評估。
在具體工作中,該縣委巡察機構會同縣紀委監委、縣委組織部、縣委宣傳部、鄉鎮紀委等相關部門,組成巡察整改督查評估組,通過“督查+評估”的方式,對被巡察單位黨組織再次“把脈問診”。
……
“整改成效怎么樣,靠指標來說話。”該縣委巡察辦有關負責人介紹,督查評估按百分制計分,通過五個方面11個要素以及“四測評”法進行綜合考評,評出“優秀”“合格”“基本合格”“不合格”四個等次。對評為“優秀”等次的,進行通報表揚;對評為“基本合格”“不合格”等次的,提請分管縣領導約談該單位黨組織主要負責人,并將其納入巡察“回頭看”范圍。……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None}),
    # http://www.handmsg.com/page/2020/0901/11133367.shtml (a magazine mirror's traditional-script copy of a district's
    # raised-level ("越級") direct inspections of villages: no village inspected is named (老龍壩村 is where people are
    # asked): round-level "", no units; 區委3個巡察組 have no number: no group; no round or term; 6月下旬 is part of a
    # month: no start (settled 11); 53個環節、1個月左右、119個村、3年零4個月、6個步驟 are the method's, no figures. The
    # portal holds an r10 text of another place and kind)
    ("wutongqiao_district_direct_village_inspections_six_steps_trad", "http://www.handmsg.com/page/2020/0901/11133367.shtml", "noisy", """本刊全媒體記者 史珮瑾 通訊員 黃穎
巡察工作總給人一種高高在上的感覺,至于巡察組巡什么、察什么,落到老百姓口里大概率會流出“不清楚”“不懂”“不了解”這樣的“三不”字眼兒。
但在樂山市五通橋區老龍壩村,情況大有不同。如果隨口問問在路上遇到的老百姓什么是巡察,十有八九能聽到一些老百姓哼幾句——“巡察組、察民情,全身心、為人民。”
之所以出現這樣的情況,得益于五通橋區在6月下旬開展的直接對村(社區)巡察工作,這也是五通橋區在樂山市首創“越級”巡察——由區一級直接向村(社區)開展巡察工作。
……
以往常規巡察每進駐一個鄉鎮或區級部門,前前后后需要53個環節、1個月左右的時間。村級建制調整后的五通橋區,目前共有119個村(社區)。如果按照以前“老一套”的巡察方式,每巡察一個單位就待上個把月,區委3個巡察組把所有的村(社區)巡察一遍需要3年零4個月。
“這樣組織實施耗時長,效率低,顯然對于區縣巡察工作來說是不科學、不合理的。”陳智良告訴記者。
該區大膽嘗試,在開展對村(社區)直接巡察工作中,將巡察工作的環節瘦身為6個步驟……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.nxufmk.cn/Wap/Show/306677 (a mirror domain's traditional-script copy, pinyin in brackets, of a
    # prefecture political-legal committee's political supervision (政治督察) of a county's court, procuratorate and
    # police: a 督察, no party inspection, so nothing is expected (9月15日起 has no year and is the supervision's; no
    # group, unit, problems or figures), as r31d's wulingyuan and r13's chengguan read such supervisions)
    ("kangle_prefecture_political_legal_political_supervision_no_inspection_pinyin_trad", "http://m.nxufmk.cn/Wap/Show/306677", "noisy", """為認真貫徹中央、省委、州委關于新形勢下加強政法隊伍建設總體部署,深化“掃黑除惡”專項斗爭,深入推動“守初心、擔使命,集中排查整治執(zhí)法司法突出問題”專項行動,著力整治政法隊伍政治意識不夠強、執(zhí)法服務不適應、紀律作風不過硬等突出問題和短板,根據(jù)《中國共產黨政法工作條例》《中共甘肅省委貫徹<中國共產黨政法工作條例>實施細則》《臨夏州政法系統(tǒng)政治督察制度(試行)》,9月15日起,州委政法委組建政治督察組對康樂縣政法機關開展為期一個月的政治督察。
州委政法委副書記肖德義任督察組組長,從州紀委監(jiān)委、州委政法委、州法院、州檢察院、州公安局抽調工作人員,對康樂縣法院、縣檢察院、縣公安局黨組(黨委)及領導班子成員和全體政法干警開展政治督察,延伸督察交警大隊,部分基層法庭、駐鄉(xiāng)鎮(zhèn)檢察室和派出所。
督察組通過聽取匯報、個別談話、召開座談會、查閱資料、走訪了解、民主測評、問卷調查、受理來信來電來訪、向有關知情人詢問情況,延伸督察政法部門下屬單位等方式,廣泛聽取干部群眾的意見,深入了解有關情況。同時,對黨員領導干部和政法干警違紀違法、涉黑涉惡等問題線索逐一排查。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
