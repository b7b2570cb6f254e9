"""Outside texts of batch r32-held, collector B's share (issue 14), held out: county, district and city committees'
groups at work in townships, towns, streets, villages, communities and county/district departments (a township's
progress report, a banner round's five bodies named in a member's diary, and stories of a group's visit to a town,
township, street office, village or community), and noisy copies of such texts (traditional script, pinyin in brackets,
doubled commas), collected with the search tool from public pages that are in no earlier batch. Each address was
grepped, with and without www./m./mip./wap. and its query string (host and the distinctive part of the path, e.g.
695679, 003552892, i42192, 79270, 48076, 1451485, 10940, 00180574, 69751, 6555820, SgFaDwV4r5zqmE3O, 114193, 1403,
39102249, 5b69f664dc9b5e19f961396e, 23505, 18451343), in every tests/imports/parsing/outside_*.py (outside_c,
outside_new, outside_set, r6-r31d), test_outside_documents.py, seeds.py and seedtools.py, and two or three distinctive
names or phrases of each text (simplified and traditional script: towns, townships, villages, streets, communities,
group leaders, villagers, term-and-round strings) likewise; at the end every address, portal and place of each text was
grepped in the other collectors' files of this pass that existed by then (see below). Every text was then compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r32b.py` (see below). Their fields are written down by reading
only. The importer was not run on them, no test or bench that runs it was run, and the collector read neither
imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, extract and
score, outside_r24.py's docstring and the brief); the integrator runs them once, and that run is the honest figure for
unseen texts.

Sources. 18 texts from the search tool's "pages" corpus, 17 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for this share's formal texts: of about 200 candidate addresses
checked (some 40 searches: county, district, banner, league, prefecture and 兵团 division rounds, entries, mobilisations
and feedback news at towns, townships, 苏木, 嘎查, streets, communities and villages; 整改进展情况的通报 of township and
street committees, village branches and county bureaus (统计局, 妇联, 团县委, 残联, 城管局, 医保局, 自然资源局); Tibet's,
Xinjiang's, Qinghai's and Ningxia's counties by name (日喀则, 伊宁, 同德, 彭阳, 达拉特旗); 2025-2026 by year; and
traditional-script and pinyin queries), every round notice, entry, mobilisation, feedback and progress report returned
but one was an earlier batch's (Qin'an, Kunming's villages, Hongsibu, Hengyang's Shanqiao, Nanling's Xuzhen and Jishan,
Yuyang's Jinjitan, Weibin, Hongkou's Liangcheng, Haibowan, Fumeng's towns, Fugu's and
Jimo's women's federations, Cangzhou's and Weihai's disabled federations, Dali's disabled federation look-back, Tongliao,
Tuoli's prefecture groups), and no page for a Tibetan, Qinghai or Xinjiang county's group at a township came back at all
(the searches return only earlier batches' texts and portals' tag pages). What still gave new texts: a township's
progress report on the Ezhou airport zone's portal (in SHARES_TEMPLATE: Ezhou's municipal formula), stories of a
group's visit to a town, township, street office, village or community on county and city discipline portals and their
copies on legal-news domains and mirrors (Linping's Wangmei community, Jiang'an's Meixi village, Dafang's Yingpan
village, Jiajiang's Huatou town, Chuanhui's Xiaoqiao street office, Fengshan's Jiangzhou township, Qingchuan's Muyu town,
Mingguang's Jianxi town, Pingle's Qinglong village, Dongxing's Beimu town on a numeric domain, Anyi's ninth round at
Shibi town), and traditional-script copies with pinyin in brackets or doubled commas (Guangnan's Jiumo township,
Guichi's village round, Puyang development zone's Changlingping village, Tumed Left Banner's sixth round in a member's
diary, Zhangjiagang's Chenyang community, Shashi's Guanju town). Left out after reading: Jintan's Zhixi town (a special
round by subject, collector D's share, and left out by r30b too), Xiangcheng's Yongfeng town (a look-back, D's share),
Ruzhou's Miaoxia villages (a group named 市委第六巡察村(社区)组 visiting three villages at once: neither group nor unit
readable for certain), Fengshan's Pingle township (the same group's visit in the same month as the Jiangzhou story, on
the same mirror: one of the two kept), Luyi's Renji township (the same reading as Guangnan's, a township entered for
its unnamed villages: one kept), Zhuxi's Eping township (group at a village and a township at once), Guangshui's
Sanligang village and Jinghong's housing bureau diary (unnumbered groups), Tongshan's Weizhuang village (an unnumbered
group, no visited body), Zhongshan's Henglan town (a special round on a project, D's share), Wuwei's 2018 round (held),
and a 2026 national essay on village rounds (held by r28d).

Families and counts (18 texts, 1 in SHARES_TEMPLATE; 17 measured). progress 1, in SHARES_TEMPLATE:
shawo_township_city_second_group_eighth_term_seventh_round_progress (a township's report: group, term 8, round 7, visit
span, feedback day, problems 32; unit 我乡 unscored); news 11, all measured: linping_first_group_wangmei_community_fire_safety_story_no_url
(东湖街道望梅社区), jiangan_fourth_group_meixi_village_wage_arrears_story_2024 (group only),
dafang_sixth_group_tenth_village_round_yingpan_village_wages_story (绿塘乡营盘村, round 10),
jiajiang_first_group_huatou_town_aqueduct_story_2024 (华头镇), chuanhui_second_group_xiaoqiao_street_office_flying_wires_story_2022
(小桥街道办事处, start 2022-08-29 from the entry day and the dated line), fengshan_first_group_jiangzhou_township_bins_story
(group only), qingchuan_first_group_muyu_town_rubbish_dump_story (木鱼镇), mingguang_first_group_jianxi_town_bridge_story
(涧溪镇), pingle_third_group_qinglong_village_bridge_story (青龙乡青龙村党总支部),
dongxing_fourth_group_beimu_town_water_story_numeric_domain (椑木镇), anyi_ninth_round_fifth_group_shibi_town_stories
(group and round 9); rounds 0 (no plain round text was new); audit 0; noisy 6, all measured: traditional script with
pinyin in brackets: guangnan_fourth_group_jiumo_township_low_income_story_pinyin_trad (group only),
zhangjiagang_first_round_fourth_group_chenyang_community_gas_pinyin_trad (group and round 1),
shashi_second_group_guanju_town_traffic_light_pinyin_trad (沙市区关沮镇); traditional script with pinyin and doubled
commas: guichi_second_group_village_round_housing_funds_doubled_commas_pinyin_trad (group only); traditional script:
puyang_devzone_third_group_changlingping_village_rubbish_trad (常凌平村, group unscored) and
tumed_left_banner_sixth_round_member_diary_five_bodies_trad (round 6, a round's five bodies, unit ""). Family totals:
progress 1 (0 measured), news 11 (11 measured), rounds 0, audit 0, noisy 6 (6 measured). Round lists measured: 1
(Tumed Left Banner's five bodies, in a diary); progress reports measured: 0; texts measured that expect no unit: 1 (the
round-level diary with unit "").

Fields read: 36 outside SHARES_TEMPLATE (each unit, group, term, round, start, end, feedback day, unit of a list and
figure; the diary's round-level unit "" counts), and 96 absence checks (None for term, round, start, end and feedback
day, [] for figures, where a careless reader might fill the field), by the collector's count (computed from the
expectations: a key whose value is None or [] is an absence check, unit "" a field); in SHARES_TEMPLATE 7 fields and 0
absence checks. By family (outside SHARES_TEMPLATE): news 22 fields and 62 absence checks; noisy 14 and 34. Figures
read: none outside SHARES_TEMPLATE (no story states a visit's problems, measures or clues count; 立行立改 notices and
their fixes, a town's own later check (29件), money, households and people are no metric); Shawo's problems 32 (4个方面
32个问题, settled 4) is in SHARES_TEMPLATE. Anyi's figures are left unscored (see below).

Overlap check run. `bench/outside_overlap.py tests/imports/parsing/outside_r32b.py` (run at the end): 18 texts against
1839 earlier; the one "shared" address is the placeholder "search corpus pages (no URL returned)"; pairs over 3 shared
shingles: 113, of which over 3 beyond formulas: 0 by the tool's count, most of them Shawo's progress formula
(按照巡察工作有关要求,现将巡察整改进展情况予以公布。一、) with progress reports of every batch; the closest are Shawo with r15's
ezhou_culture_tourism_progress (24 shingles, 3 beyond the tool's stock of formulas: 根据市委巡察工作统一部署,2024年,
。一、巡察整改工作开展情况一是), with r20's guangde_city_management_bureau_progress (巡察组向我单位反馈了巡察意见) and with
r15's wuhan_culture_tourism_progress_bidding_copy (情况予以公布。一、巡察整改工作): the Ezhou formula, the reason Shawo is in
SHARES_TEMPLATE; Guichi with r11's gansu_hospital_checks_trad (,著力發(fā)現(xiàn)) and Zhangjiagang with r24's
wencheng_thirteenth_term_fourth_round_deployment_broken_pinyin_trad (巡察上下聯(lián)動(dòng)): pinyin-bracketed stock words
only; longest shared run 30 characters (the progress formula). The tool counts Shawo's report as sharing more than
formulas with the seeds: the shared runs are the progress formula, no seed's text, and it is in SHARES_TEMPLATE anyway.
The other collectors' files of this pass that existed by the end (outside_r32.py, outside_r32c.py, outside_r32d.py) were
grepped as they stood then: r32d uses three of the same mirror domains for other pages (qdubb.cn's Diqing and Eshan
paths, ttnews.xyz's Lizhou path, and rcwkj.com/p/1874, a traditional-script story of 五屆貴池區委第三輪巡察's
inspection-audit linkage at 清溪街道: another page and event than this batch's Guichi village-round story
rcwkj.com/gzdt/p/1403, whose second group, village round and housing funds it does not hold); none holds any address,
portal path or place of this batch
(lkjjq.ezhou, newssc 003552892, df.bjsjw, jwfz 79270, jc-fzw 48076, shi-fen 1451485, qcjw, mgjw, qlgl 69751,
339919.xyz, nctvcloud, qdubb 114193, rcwkj 1403, yqzksb, ttnews 5b69f664, perth-seo, pomelofruit; 沙窝, 望梅, 梅溪,
夕佳山, 营盘村, 华头镇, 小桥街道, 江洲, 木鱼镇, 涧溪, 青龙乡, 椑木, 石鼻, 旧莫/舊莫, 常凌平, 土左旗, 晨陽, 关沮/關沮).

Reading conventions (outside_set.py's settled conventions 1-14 and the fuller written conventions of outside_r24.py's,
outside_r29b.py's, outside_r30b.py's and outside_r31b.py's docstrings followed exactly): a visit span with its years is
the start and end (Shawo's 2024年7月3日至9月6日) and a feedback day with its year the feedback (2024年10月22日); the day a
group entered is the start when no span is told, its year taken from the page's dated line (settled 10: Chuanhui's
8月29日 入驻 with 时间:2022-09-17, as r29b's jiaxian reads 8月6日); an entry told by its month only gives no date (settled
12: Linping's 今年7月), parts of months give no day (settled 11: Fengshan's 10月中旬, Qingchuan's 2021年10月中旬, 去年下半年),
a day without a year in the text gives none (Puyang's 8月7日, Anyi's 7月20日 and 7月11日, the 2020 and 2024 of addresses
only), and a day something happened during a visit is no start (Dafang's 2020年10月10日, a complaint; Jiang'an's 2024年5月,
villagers at the office) nor a later check of a fix an end or a look-back round (Fengshan's 11月19日 整改“回头看”, Dongxing's
巡察整改进行“回头看”, Pingle's 回访); a mobilisation or meeting day is no start (the diary's 2018年7月25日); a group named
with its owner's place in front is written short (settled 9: 临平区委第一巡察组 -> 区委第一巡察组, 大方县委第六巡察组 ->
县委第六巡察组, 夹江县委第一巡察组 -> 县委第一巡察组, 凤山县委第一巡察组 -> 县委第一巡察组, 青川县委第一巡察组 ->
县委第一巡察组, 明光市委第一巡察组 -> 市委第一巡察组, 平乐县委第三巡察组 -> 县委第三巡察组, 东兴区委第四巡察组 ->
区委第四巡察组, 安义县委第五巡察组 -> 县委第五巡察组, 廣南縣委第四巡察組 -> 县委第四巡察组, 貴池區委第二巡察組 ->
区委第二巡察组, 沙市區委第二巡察組 -> 区委第二巡察组); a group named with a sub-group (第三巡察組第一分組) or unnumbered
(我們的蘇和組長) is not scored; a round or term named with the committee that runs it is the text's (八届市委第七轮,
安义县委启动第九轮巡察, 土左旗委第六輪巡察, 張家港新一屆市委啟動第一輪巡察 (round 1, its term unnumbered)), and a
county's numbered village round likewise (大方县第十轮村级巡察, as r29b's jiaxian reads 郏县县委第十一轮村(社区)巡察); the
visited body is written as the visit or entry names it, with the places it writes in front (进驻东湖街道望梅社区, 在对
绿塘乡营盘村开展巡察时, 在华头镇开展常规巡察, 入驻小桥街道办事处, 对木鱼镇的一次常规巡察, 对涧溪镇开展镇村巡察, 对青龙乡
青龙村党总支部开展巡察, 巡察椑木镇期间, 進駐常凌平村, 進駐沙市區關沮鎮 -> 沙市区关沮镇, as r18's 石屏县异龙镇阿希者村党总支),
a village, community, hamlet or estate where a group only walked, met or checked a fix is no unit (余湾社区, 石牛社区,
四方碑村, 灵田, 合心村, 昔板村法弄小組, 京台村), and bodies a round's leader names in a list are units of the round
(土左旗's five); expected values of traditional-script texts are written simplified, without their pinyin.

What I was unsure of, and how I read it: Guangnan's group enters a township to inspect its villages (進駐到舊莫鄉,…開展
對村巡察), none of them named as visited, so the unit is left unscored rather than read as the township (the dropped Luyi
story had the same form). Fengshan's body is written two ways (进驻凤山县江洲瑶族乡党委 and 被巡察单位江洲瑶族乡党委), so the
unit is left unscored, as r31b left Weibin's twice-written group. Zhangjiagang's community is entered with its zone and
town in brackets (經開區(楊舍鎮)晨陽社區), whose expected written form (with or without the places, bracket kept) is not
settled for a visit, so the unit is left unscored; the city's group 蘇州市委巡察組 runs a special round there and is not
expected. Dafang's round is read as 10 from 大方县第十轮村级巡察 (a village round named with the county, not the county
committee); the r29b jiaxian reading of a county's numbered village round is followed. Anyi's round-wide 立行立改 counts
(发出《立行立改通知书》52份,已整改问题48个) are quick fixes, not the visit's findings (as r10's lusong and r31b's Guangzhou
Road read them), but 已整改问题48个 states a completed count in words a reader might take as the round's, so the figures
are left unscored there rather than checked absent. Mingguang's 29件 are the town's own later check (该镇党委…逐一排查),
no finding of the group: figures []. The Tumed Left Banner diary is measured though r23 holds that banner's seventh
round on another page of the same mirror (ttnews.xyz): another round, another kind of text; its five bodies are the
ones the round's leader lists in quotation, the poverty special round beside them no unit, and the round-level unit is
"". Puyang's group is a development zone's (開發區黨工委第三巡察組) named with a sub-group (第一分組), so it is left
unscored (settled 9 would write 开发区党工委第三巡察组, but the sub-group makes the group's name uncertain). Shawo's unit
is left unscored (the visit names 我乡; the zone and township are named only in a plan's title and a meeting's name), its
term and round read from the rectification meeting it held (沙窝乡八届市委第七轮巡察反馈问题整改推进会), and it is put in
SHARES_TEMPLATE for Ezhou's municipal formula, which r14 and r15 hold, though the body and subdomain are new.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # Ezhou's municipal progress formula (根据市委巡察工作统一部署,…市委第X巡察组对…开展了…巡察。…向…反馈了巡察意见,…
    # 按照巡察工作有关要求,现将巡察整改进展情况予以公布。一、巡察整改工作开展情况), r14's ezhou_civil_air_defence_progress_body
    # (rfb.ezhou.gov.cn, 2024) and r15's ezhou_culture_tourism_progress (wtxgj.ezhou.gov.cn, 2024); another body (a township
    # of the airport economic zone) on another subdomain of the same city's portal
    "shawo_township_city_second_group_eighth_term_seventh_round_progress",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R32B = [
    # --- progress: a township's report --------------------------------------------------------------------------------
    # https://lkjjq.ezhou.gov.cn/xxgk/dfbmptlj/xz/swx/fdzdgk/qtzdgk/202503/t20250331_695679.shtml (a township's progress
    # report on its zone's portal, title not copied: the visit names the body 我乡, so the unit is left unscored (as r15's
    # dengfeng_police_special_progress reads 我局); 市委第二巡察组 as written; term 8 and round 7 from 沙窝乡八届市委第七轮巡察
    # 反馈问题整改推进会 (the round whose findings the report rectifies; 八届市委第二巡察组 agrees); the visit's span and the
    # feedback day with their years; 4个方面32个问题: problems 32 (settled 4); the headed problems under 二、 were cut, so no
    # problems count of points; 至2024年底 is a rectification's day. In SHARES_TEMPLATE: Ezhou's municipal formula)
    ("shawo_township_city_second_group_eighth_term_seventh_round_progress", "https://lkjjq.ezhou.gov.cn/xxgk/dfbmptlj/xz/swx/fdzdgk/qtzdgk/202503/t20250331_695679.shtml", "progress", """根据市委巡察工作统一部署,2024年7月3日至9月6日,市委第二巡察组对我乡开展了常规巡察。2024年10月22日,市委第二巡察组向我单位反馈了巡察意见,指出了4个方面32个问题。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、巡察整改工作开展情况
一是强化组织领导,抓好整改部署。乡党委立即组织召开巡察整改专题党委(扩大)会议,对标对表主动认领问题,研究部署整改工作落实,形成了由党委书记牵头抓总、党委班子成员按照职责分工,负责相关整改任务的措施落实和督查推进整改方案。同时,组织召开沙窝乡八届市委第七轮巡察反馈问题整改推进会,对全体干部职工提出了全力配合整改、深入自我革命、深化巡察成果的新要求,形成了扎实有效的整改合力。二是细化方案措施,明确整改任务。针对八届市委第二巡察组反馈的问题和提出的意见建议,坚持实事求是,细化分解,逐一梳理,深刻分析存在问题的根源,……制定下发了《2024年度市委巡察临空经济区沙窝乡反馈问题整改工作方案》和整改台账,实行清单管理,对账销号,……
二、具体问题整改情况
1.信访矛盾化解不力。
整改情况:至2024年底,全年信访问题受理率、办结率显著提高,……
""", {"group": "市委第二巡察组", "term": 8, "round": 7, "start": date(2024, 7, 3), "end": date(2024, 9, 6),
      "feedback_date": date(2024, 10, 22), "figures": [("problems", 32)]}),
    # --- news: a city's, county's or district's group at a town, township, street, village or community ----------------
    # search corpus pages (no URL returned) (a district group's fire-safety story at a community: 杭州市临平区委第一巡察组
    # read short (settled 9); the community as the entry names it, with its street (进驻东湖街道望梅社区开展巡察), the estate
    # where residents complained no unit; 今年7月 has no year in the text and tells an entry by its month only (settled 12):
    # no start; 2020年12月 is the fire brigade's notice, 2019年 the extinguishers' expiry: no dates of the visit)
    ("linping_first_group_wangmei_community_fire_safety_story_no_url", "search corpus pages (no URL returned)", "news", """“我们小区的消防排风管坏了很久都没有修好,灭火器也都过期了,物业拖着不出力,向社区反映了很多次也没人来管,效率太低了。”今年7月,杭州市临平区委第一巡察组进驻东湖街道望梅社区开展巡察,当来到野风启城小区时,当地居民纷纷向巡察组工作人员反映。
在热心居民的指引下,巡察组工作人员先后查看了小区1-9幢的十余处消防设施,发现该小区大多数灭火器都显示欠压状态,瓶身有效期截止到2019年,同时还存在部分地下车库排烟管道缺损等问题。
……
经了解,2020年12月,消防部门就发现该小区存在消防安全隐患,并下达了限期整改通知书,属地街道也进行了多次协调。……
找到问题症结后,巡察组第一时间召集属地街道、社区、业委会代表及消防大队等进行座谈,协商决定先动用维修基金把问题解决掉,后续再进行责任划分及追偿。
……
""", {"unit": "东湖街道望梅社区", "group": "区委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://yb.newssc.org/system/20241114/003552892.html (a county group's wage arrears story on a city news portal: 县委
    # 第四巡察组 as written; the body the group inspects is not named (villagers of a town's village come to its office), so
    # the unit is left unscored; 2024年5月 is when the villagers came, not a visit's span, and 6月4日 the payment: no start, no
    # end; 46名 and 12.751万元 are no metric)
    ("jiangan_fourth_group_meixi_village_wage_arrears_story_2024", "https://yb.newssc.org/system/20241114/003552892.html", "news", """四川新闻网-首屏新闻
“刘师傅,你被拖欠的工资领到了吗?”
“真心感谢巡察组的同志们,拖欠了一年多的工资,在你们的帮助下终于领到手了。”这是县委第四巡察组的同志回访农民工刘孝云的对话。
时间回到2024年5月,在紧张的忙碌中,巡察组办公室突然涌进了一群村民,几名村民急切地说:“巡察组同志,听说你们能帮老百姓解决问题,我们是梅溪村村民,2021年梅溪村建设稻蛙基地、修建蓄水池及提灌站,我们给施工单位干活,2022年项目就结束了,到现在还没给我们工资,……”
……
经核实,2021年夕佳山镇在梅溪村实施乡村振兴重点帮扶项目,该项目由某建筑工程公司负责实施,2022年12月竣工验收,但是该公司收到工程款后并未支付农民工工资,拖欠46名农民工工资12.751万元已长达一年半。
随即,巡察组和夕佳山镇党委共同约谈施工单位负责人和该项目负责人,并函告施工单位,限期结清所拖欠工资款项。……最终该公司于6月4日将拖欠的工资款全部转入农民工工资专户,46名农民工欠薪问题得到圆满解决。
……
""", {"group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://df.bjsjw.gov.cn/n284/20210824/i42192.html (a county group's wage story on the county's discipline portal, dated
    # 2021-08-24: 大方县委第六巡察组 read short (settled 9); the village as the visit names it, with its township (在对绿塘乡营盘村
    # 开展巡察时); round 10 from 大方县第十轮村级巡察, the county's numbered village round (as r29b's jiaxian reads 郏县县委第
    # 十一轮村(社区)巡察); 2020年10月10日 is the day a complaint came during the visit, not its entry: no start, no end; 2013年
    # is the road's year; 47名 and 4万余元 are no metric)
    ("dafang_sixth_group_tenth_village_round_yingpan_village_wages_story", "https://df.bjsjw.gov.cn/n284/20210824/i42192.html", "news", """大方:巡察让农民工“忧薪”变“有薪”
日期:2021-08-24
来源:大方县纪委
“没想到在你们的帮助下,我们被拖欠这多年的工资终于领到手,真是太高兴了!”日前,拿到工资的绿塘乡营盘村村民秦德奎高兴地拨通了大方县委第六巡察组的电话,分享了自己的喜悦之情。
这笔农民工辛苦血汗钱从当初的“询问无果”到今天的“及时兑现”,是大方县第十轮村级巡察发现问题解决问题的一个缩影。
2020年10月10日,大方县委第六巡察组在对绿塘乡营盘村开展巡察时,接到群众关于道路硬化工资未及时兑现的反映。
……
原来,在2013年营盘村实施“一事一议”道路硬化工程中,营盘村47名村民参与了赵某某承包的营盘村道路硬化。……施工方应该支付给他们的工资是4万余元,……
""", {"unit": "绿塘乡营盘村", "group": "县委第六巡察组", "term": None, "round": 10, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://jwfz.org.cn/show-79270.html (a county group's aqueduct story copied from the province's supervision site onto
    # a legal-news domain many batches draw on (this path in none), dated 2024-03-19: 乐山市夹江县委第一巡察组 read short
    # (settled 9); the town as the visit names it (在华头镇开展常规巡察), the community where the farmer lives no unit; 去年
    # 下半年 and 数月前 give no day; 2018年 is the road's year; 20米, 600多亩 are no metric)
    ("jiajiang_first_group_huatou_town_aqueduct_story_2024", "http://jwfz.org.cn/show-79270.html", "news", """乐山市夹江县:纪巡联动 “巡”来一渠清水
时间:2024-03-19
文章来源:四川省监察委员会
“现在灌溉引水渡槽修好了,我们再也不用为无水灌溉而犯愁了!”近日,乐山市夹江县委第一巡察组前往华头镇余湾社区回访时,正在田埂上劳作的村民老张指着前方不远处乐呵呵地说道。
……
“我们的灌溉引水渡槽断了,水流不过来,地里的水稻苗浇不上水,我们已经多次向村上反映,但是一直没能解决,这个事你们能不能帮着解决?”去年下半年,夹江县委第一巡察组在华头镇开展常规巡察时,老张找到巡察组倒起了“苦水”。
……
很快,巡察组就弄清了问题的来龙去脉。原来,华头镇余湾社区4组原农田灌溉引水渠因2018年修建三华路开挖路基时被损毁,公路建成后,损毁水渠的位置就形成了一个宽30米、高11米的垭口,造成余湾1号大桥左侧600多亩农田无法得到灌溉。
……
""", {"unit": "华头镇", "group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://jc-fzw.org.cn/show-48076.html (a district group's flying-wires story copied from the province's discipline site
    # onto a legal-news domain, with its dated line 2022-09-17: 区委第二巡察组 as written; the street office as the entry names
    # it (带领区委第二巡察组入驻小桥街道办事处); 8月29日, the entry, takes its year from the dated line and is the start
    # (settled 10, as r29b's jiaxian reads 8月6日); no end is told; 70多岁 and 两天 are no metric)
    ("chuanhui_second_group_xiaoqiao_street_office_flying_wires_story_2022", "http://jc-fzw.org.cn/show-48076.html", "news", """时间:2022-09-17 09:59:26 作者:佚名 来源:中共河南省纪委监委网站
“感谢巡察组的领导,俺小区的‘飞线’彻底飞了,晚上睡觉也踏实了。”近日,周口市川汇区小桥街道办事处北花园小区70多岁的张大爷再次来到区委第二巡察组临时设置的办公室,高兴地和组长张起光交谈小区“飞线”的治理情况。
8月29日,按照区委统一安排部署,张起光带领区委第二巡察组入驻小桥街道办事处,以聚集民生“小切口”、做好服务全国文明城市创建“大文章”为原则,张贴巡察公告,悬挂举报信箱,走街串巷搜集问题线索。
……
经过两天的紧张工作,小区的大小车辆都有了自己的“新家”,特别是电车在充电桩上充电,既安全又文明,小区的环境靓丽起来了,居民们的脸上绽放出了笑容。(王长明)
""", {"unit": "小桥街道办事处", "group": "区委第二巡察组", "term": None, "round": None, "start": date(2022, 8, 29),
      "end": None, "feedback_date": None, "figures": []}),
    # https://news.shi-fen.com/china/202301/50-1451485.html (a county group's rubbish-bin story on a news mirror several
    # batches draw on (this path in none): 凤山县委第一巡察组 read short (settled 9); the body is written two ways (进驻凤山县
    # 江洲瑶族乡党委, 被巡察单位江洲瑶族乡党委), so the unit is left unscored; 10月中旬 is part of a month (settled 11): no start;
    # 11月19日 is the group's own check of the fix (整改“回头看”), no end and no look-back round; 18个 is no metric)
    ("fengshan_first_group_jiangzhou_township_bins_story", "https://news.shi-fen.com/china/202301/50-1451485.html", "news", """垃圾桶“搬家”记
10月中旬,凤山县委第一巡察组正式进驻凤山县江洲瑶族乡党委开展巡察工作。刚进驻两天,就有群众向巡察组反映,江洲垃圾中转站设置在街道边,不仅影响街容街貌,还严重影响周边群众的日常生活。
接到群众反映后,巡察组立即前往现场实地查看。在现场,只见位于大街北边转角处,堆放了18个铁制垃圾桶,地上满是垃圾,……
巡察组开会研究后,决定将该问题作为立行立改事项,及时向被巡察单位江洲瑶族乡党委反馈并督促整改。
……
11月19日傍晚,巡察组在结束了当日工作后,对该乡街道垃圾治理情况开展整改“回头看”时,发现原先堆放的垃圾桶“搬家”了,道路也打扫得干干净净。(凤山县纪委监委)
""", {"group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://qcjw.gov.cn/article.html?id=10940+ (a county group's rubbish-dump story on the county's discipline portal, the
    # address as returned with its trailing +: 青川县委第一巡察组 read short (settled 9); the town as the visit names it
    # (对木鱼镇的一次常规巡察), the community the group walked no unit; 2021年10月中旬 is part of a month (settled 11): no
    # start; 31万, 400个, 3名 and 1000余平方米 are no metric)
    ("qingchuan_first_group_muyu_town_rubbish_dump_story", "http://qcjw.gov.cn/article.html?id=10940+", "news", """“巡察真的为我们解决了大问题!原来垃圾靠风刮,污水靠蒸发,屋里现代化,室外脏乱差的日子终于过去了。”青川县木鱼镇石牛社区居民老王感叹道。
这事还得从青川县委第一巡察组对木鱼镇的一次常规巡察说起。
2021年10月中旬巡察组走访木鱼镇石牛社区时,发现社区居民自建房旁临河的一片空地垃圾成山、蚊蝇成群、污水直排、恶臭阵阵。
……
相关部门立即动起来。县水利局申请了专项资金31万,用于空地的改善及环境治理;木鱼镇政府在全镇各个角落设置垃圾桶400个,配备3名“公益性岗位”专责人员负责垃圾清理;……
清垃圾、平场地、挖土方……短短两个月时间,这片曾经“群众绕道走”的地方,一个1000余平方米的生态文化广场项目正在紧张施工,……
""", {"unit": "木鱼镇", "group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.mgjw.gov.cn/DocHtml/186/99/12/00180574.html (a county-level city group's bridge story on the city's
    # discipline portal: 明光市委第一巡察组 read short (settled 9); the town as the visit names it (对涧溪镇开展镇村巡察), the
    # village where the bridge stands no unit; no day is told; 29件 are problems the town's own check found after the visit
    # (该镇党委…逐一排查…已发现、解决…29件), no finding of the group: figures []; 4天 is no metric)
    ("mingguang_first_group_jianxi_town_bridge_story", "http://www.mgjw.gov.cn/DocHtml/186/99/12/00180574.html", "news", """“多亏了巡察组,老桥终于修好啦,这下上班、送孩子上学放心多啦。”近日,明光市涧溪镇涧溪村老街附近的村民说起巡察推动修桥的事情竖起了大拇指。
“老街和石岩村中间的那座通行桥建了好多年了,桥陡又没有安全护栏,通行很不安全。”此前,明光市委第一巡察组对涧溪镇开展镇村巡察,村民反映了涧溪村老桥的问题。
……
巡察组立即将问题反馈至该镇党委,镇党委随即组织人员研究解决措施,确定改造方案。经过4天的改造修缮,桥板、桥墩进一步加固,安全护栏安装到位,老桥面貌焕然一新。
该镇党委还就巡察发现问题举一反三,对全镇应办未办的民生实事进行逐一排查,截至目前,已发现、解决桥梁老化、道路破损、路灯不亮等问题29件。
""", {"unit": "涧溪镇", "group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.qlgl.gov.cn/show-242-69751-1-1.html (a county group's bridge story on the city's discipline portal, whose
    # county subdomains r24 (Lipu) and r28b (Xing'an) used for other counties' stories: 平乐县委第三巡察组 read short
    # (settled 9); the village's committee as the visit names it, with its township (对青龙乡青龙村党总支部开展巡察), the
    # natural village where the bridge stands no unit; the 回访 is the group's check of the fix, no look-back round; no
    # day is told; 几十万元 is no metric)
    ("pingle_third_group_qinglong_village_bridge_story", "https://www.qlgl.gov.cn/show-242-69751-1-1.html", "news", """巡察故事丨危桥变“安心桥”
作者:覃芳姗 詹芳毅
来源:平乐县纪委监委
“桥面拓宽加固了,防护栏和警示标志也有了,现在我们每天接送孩子上下学感觉心里踏实多了,即使是下雨天都不怕!”在平乐县委第三巡察组对青龙乡青龙村落实巡察反馈问题整改情况进行回访时,该村村民欧大爷对巡察组说道。
此前,平乐县委第三巡察组对青龙乡青龙村党总支部开展巡察,多名村民向巡察组反映灵田自然村的灵田桥没有防护栏,桥面存在安全隐患,给大家出行带来极大不便。
……
灵田村委告诉巡察组,灵田桥是早年修建的一座通行桥,……改造老桥要花几十万元,乡里又没有资金项目,……
巡察组随即将问题交办给青龙乡党委、青龙村委,要求其高度重视,及时解决群众“烦心事”。……
""", {"unit": "青龙乡青龙村党总支部", "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://339919.xyz/d228/content_6555820.html (a district group's water story copied onto a numeric domain with a
    # photo caption left in: 内江市东兴区委第四巡察组 read short (settled 9); the town as the visit names it (巡察椑木镇期间),
    # the village the group walked no unit; 去年 and 目前 give no date; 对椑木镇巡察整改进行“回头看” is the group's check of the
    # rectification, no look-back round; 500米, 20多分钟 and 2户 are no metric)
    # (r33 pass: the unit corrected to the place's party committee the text names, by settled convention 15)
    ("dongxing_fourth_group_beimu_town_water_story_numeric_domain", "https://339919.xyz/d228/content_6555820.html", "news", """“家里用水困难,去年大旱家里的水井干了,要走20多分钟到附近的永兴镇村上挑水,很不方便,我老伴有一次挑水摔倒受伤,在家卧床休养了几天。向村上反映了几次,一直没有解决。”内江市东兴区委第四巡察组巡察椑木镇期间,在走访四方碑村时,一名村民反映了这个问题。
巡察组立即向四方碑村的干部了解情况。村干部解释:海诺尔发电厂流转四方碑村8组土地后,方圆500米范围的村民全部搬迁,有2户村民因不在拆迁范围内未搬迁。……
东兴区委第四巡察组组长杨友利向椑木镇四方碑村村民了解诉求解决情况
巡察组得知这一情况后,考虑到只靠四方碑村的力量无法彻底解决这一问题,立即向椑木镇党委反馈,并一起商量解决办法,……
目前,巡察组对椑木镇巡察整改进行“回头看”时,四方碑村一户居民已与东兴区城乡建设用地增减挂钩试点项目签订协议,置换集中安置房;另一户正在协商。
……
""", {"unit": "椑木镇党委", "group": "区委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://h5.nctvcloud.com/folder107/folder121/2020-08-11/SgFaDwV4r5zqmE3O.html (a county's round told through its
    # fifth group's stories on a city broadcaster's page, 2020 in its address only: round 9 from 安义县委启动第九轮巡察工作;
    # 安义县委第五巡察组 read short (settled 9); the group's bodies are not named (it checks a town's village group in secret
    # and an unnumbered 巡察组 enters a village), so the unit is left unscored; 今年5月, 7月20日 and 7月11日 have no year in
    # the text: no dates; the round's 立行立改 notices (52份) and their fixes (已整改问题48个) are quick fixes, not the
    # visit's findings, and 已整改 of them is left unscored rather than read as a completed count: figures unscored; 40多名
    # and 12万余元 are no metric)
    ("anyi_ninth_round_fifth_group_shibi_town_stories", "https://h5.nctvcloud.com/folder107/folder121/2020-08-11/SgFaDwV4r5zqmE3O.html", "news", """群众的事,再小的事都是大事——安义巡察工作纪实
江致衡
7月20日,当安义县委第五巡察组的同志再次来到石鼻镇雷家村小组时,被村民们围住了:“太感谢巡察组了,我们村子变美了!”前不久,巡察组来村里暗访,发现村里脏乱差。巡察组把暗访情况向石鼻镇党委反馈,要求尽快解决问题,并以此为鉴,推动全镇人居环境整治。
今年5月,安义县委启动第九轮巡察工作。巡察组把群众利益放在首位,群众再小的事,对巡察组来说都是大事。对于群众反映强烈、明显存在问题且能够即时解决的,一经发现立即交办,明确整改时限,跟踪整改成效,共发出《立行立改通知书》52份,已整改问题48个,得到了群众的好评。
讨回了被拖欠近两年的工资
7月11日上午,石鼻镇京台村村民文化活动中心人头攒动,40多名村民领到了被拖欠近两年的工资,村民们高兴地向巡察组同志不停致谢。
……施工方支付了村民部分工资,但还欠了12万余元,没有和村民们结清。前不久,巡察组进驻京台村,村民们反映了拖欠工资的问题。
……
""", {"group": "县委第五巡察组", "term": None, "round": 9, "start": None, "end": None, "feedback_date": None}),
    # --- noisy -----------------------------------------------------------------------------------------------------------
    # http://www.qdubb.cn/html/2022/yunlingyaowen_1009/114193.html (a county group's low-income story in traditional
    # script with pinyin in brackets on a mirror domain many batches draw on (this path in none; r29b's Guangnan story is the
    # second group at 者太乡, another event): 廣南縣委第四巡察組 read short (settled 9), written simplified; the group enters
    # a township to inspect its villages (進駐到舊莫鄉,…開展對村巡察), none named as visited (昔板村法弄小組 is where it
    # walked), so the unit is left unscored; 不久前 and 今年1月份 give no date; 65歲 is no metric)
    ("guangnan_fourth_group_jiumo_township_low_income_story_pinyin_trad", "http://www.qdubb.cn/html/2022/yunlingyaowen_1009/114193.html", "noisy", """“同志,能不能給我們家發(fā)點(diǎn)低保啊?”廣南縣委第四巡察組在舊莫鄉(xiāng)昔板村法弄小組走訪時(shí),一位老奶奶向巡察組問(wèn)道。
不久前,廣南縣委第四巡察組身著“巡察干部、為民服務(wù)”的巡察小馬甲進(jìn)駐到舊莫鄉(xiāng),采取個別談話、查閱資料、受理信訪等“12+N”種方式開展對村巡察。
……
“我叫陸鳳興,今年65歲,老伴今年80多歲,還患病,兩個孫子一個高中、一個初中,今年1月份的時(shí)候兒媳婦也因病去世了,……”老奶奶邊介紹自己家的情況邊抹眼淚。
……
巡察組干部立即向組長報(bào)告了走訪情況,當(dāng)天晚上,巡察組組長便找到村委會(huì)干部和駐村工作隊(duì)談話,了解陸鳳興家的生產(chǎn)生活以及有關(guān)情況。
……
""", {"group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://rcwkj.com/gzdt/p/1403.html (a district group's housing-funds story in traditional script with pinyin in
    # brackets and doubled commas (,, and ,、) on a mirror domain several batches draw on (this path in none): 貴池區委第二
    # 巡察組 read short (settled 9), written simplified; the village round's bodies are counted and the town and village
    # unnamed (該鎮, 該村): unit unscored; no day is told)
    ("guichi_second_group_village_round_housing_funds_doubled_commas_pinyin_trad", "https://rcwkj.com/gzdt/p/1403.html", "noisy", """“此次巡察的對象是村級黨組織,,直接面對的是基層百姓,,我們要把維護(hù)群眾利益擺在首位,,著力發(fā)現(xiàn)低保五保、危房改造等工作中存在的優(yōu)親厚友,、吃拿卡要等侵害群眾利益的不正之風(fēng)和腐敗問題,。”巡察工作研討會上,,貴池區(qū)委第二巡察組組長張學(xué)軍對本輪巡察工作提出要求,。
據(jù)悉,巡察動員會召開后該組就收到群眾的匿名舉報信,,反映部分低保戶未足額收到危房改造資金,。……
經(jīng)查,,當(dāng)年村里危房改造的戶數(shù)很多,鎮(zhèn)里給的指標(biāo)又少,,因此該村就將危房改造資金和人數(shù)進(jìn)行了統(tǒng)籌考慮,村干部并沒有私自占有危房改造資金,。查明真相后,巡察組及時將相關(guān)情況對該鎮(zhèn)進(jìn)行了反饋,,要求舉一反三,,進(jìn)一步健全農(nóng)村集體“三資”制度管理,,實行動態(tài)監(jiān)督。
……
""", {"group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.yqzksb.com/html/zhoubian/puyang/2020_08/25/39102249.html (a development zone group's rubbish story in
    # traditional script on a news mirror, 2020 in its address only: the group is named with a sub-group (開發區黨工委第三巡察組
    # 第一分組), so it is left unscored; the village as the entry names it (區黨工委巡察組進駐常凌平村開展巡察工作), the town whose
    # committee gets the notice no unit; 8月7日 is a walk without a year in the text: no start; 60余個 is no metric)
    ("puyang_devzone_third_group_changlingping_village_rubbish_trad", "http://www.yqzksb.com/html/zhoubian/puyang/2020_08/25/39102249.html", "noisy", """8月7日,開發區黨工委第三巡察組第一分組到新習鎮常凌平村實地走訪,發現常凌平村南有大量垃圾堆積,并散發陣陣惡臭。經了解,垃圾問題是因村內有60余個蔬菜大棚,每天產生的瓜果蔬菜葉子、根莖垃圾需要大面積集中堆放地,……村民常某某聽說區黨工委巡察組進駐常凌平村開展巡察工作,還看到村內多處張貼的巡察公告,就抱著試試看的心態找到了巡察組。
……當日,巡察組向新習鎮黨委下達了邊巡邊改立行立改整改通知書,督促新習鎮迅速協調清理,并拿出具體措施,堅決杜絕此現象死灰復燃。
……(王德志 艾勝攀)
""", {"unit": "常凌平村", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://ttnews.xyz/amp/5b69f664dc9b5e19f961396e?lang=zh-hant (a banner group member's diary in traditional script
    # on a news mirror; r23's tumed_left_banner_twelfth_committee_seventh_round_mobilisation is the banner's next round on
    # another page of the same mirror, another kind of text: round 6 from 中共土左旗委第六輪巡察工作; the five bodies the
    # round's leader names in quotation are the round's units, written simplified, the poverty special round beside them no
    # unit; the member's group is unnumbered (我們的蘇和組長): not scored; 2018年7月25日 is the mobilisation, 7月26日 a meeting
    # and 7月27日 the villagers' visit: no start)
    ("tumed_left_banner_sixth_round_member_diary_five_bodies_trad", "https://ttnews.xyz/amp/5b69f664dc9b5e19f961396e?lang=zh-hant", "noisy", """土左旗「巡察人手記」進駐當天就立案
——我的巡察故事
我叫李永強,有幸參加了中共土左旗委第六輪巡察工作,親身經歷了一次對某行政村的延伸巡察。
“這輪被巡察黨組織是察素齊鎮黨委、把什區域服務中心黨委、臺閣牧鎮黨委、北什軸鄉黨委、塔布賽鄉黨委和扶貧領域專項巡察。巡察對象要覆蓋到行政村兩委班子負責人”。2018年7月25日上午,旗委常委、紀委書記、巡察工作領導小組組長閆瑞卿在旗委巡察動員會上要求我們把巡察延伸到村。
……
7月26日,旗委巡察動員會召開之後,我們按部就班的召開小組會議,議定巡察方案,討論人員分工,對接聯絡和準備在被巡察單位召開巡察動員會和進駐事宜等工作。
7月27日上午10時,三個村民走進我們巡察辦和巡察組的辦公樓,巡察辦主任、巡察組長和我在約談室會見了他們。
……
""", {"unit": "", "units": ["察素齐镇党委", "把什区域服务中心党委", "台阁牧镇党委", "北什轴乡党委", "塔布赛乡党委"],
      "term": None, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://perth-seo.com/news/show.php?itemid=23505 (a county-level city group's gas story in traditional script with
    # pinyin in brackets on an unrelated domain: round 1 from 張家港新一屆市委啟動第一輪巡察 (the new committee unnumbered:
    # no term); 市委第四巡察組 as written (張家港市委第四巡察組 later, settled 9); the community is entered with its zone and
    # town in brackets (經開區(楊舍鎮)晨陽社區), its written form uncertain: unit unscored; 蘇州市委巡察組 is the city group's
    # special round, unnumbered: no second group; 一個月前 gives no date)
    ("zhangjiagang_first_round_fourth_group_chenyang_community_gas_pinyin_trad", "http://perth-seo.com/news/show.php?itemid=23505", "noisy", """就在一個(gè)月前,晨陽社區(qū)晨陽小區(qū)、純陽路小區(qū)的居民還是滿臉愁云。“我們小區(qū)到現(xiàn)在還沒有接通管道天然氣,每次換液化氣瓶還要搬到樓上去,我們年紀(jì)大了特別吃力,這事能解決嗎?”張家港新一屆市委啟動(dòng)第一輪巡察,市委第四巡察組剛進(jìn)駐經(jīng)開區(qū)(楊舍鎮(zhèn))晨陽社區(qū),就有晨陽小區(qū)、純陽路小區(qū)的居民來反映問題。
巡察組對(duì)此高度重視,并專門組織人員對(duì)兩個(gè)小區(qū)進(jìn)行了走訪,發(fā)現(xiàn)兩個(gè)小區(qū)的確沒有接通管道天然氣。
……
居民生活無小事,巡察組通過分析認(rèn)為僅僅依靠社區(qū)的力量難以解決目前的問題,須交由其上級(jí)機(jī)關(guān)才能予以解決。為此,張家港市委第四巡察組通過巡察上下聯(lián)動(dòng)機(jī)制,將該情況向正在經(jīng)開區(qū)(楊舍鎮(zhèn))開展高質(zhì)量專項(xiàng)巡察的蘇州市委巡察組進(jìn)行了匯報(bào)。……
""", {"group": "市委第四巡察组", "term": None, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://m.pomelofruit.com/content/2024-09/26/content_18451343.html (a district group's traffic-light story in
    # traditional script with pinyin in brackets on an unrelated domain, 2024 in its address only: 沙市區委第二巡察組 read
    # short (settled 9), written simplified; the town as the entry names it, with its district (進駐沙市區關沮鎮), written
    # simplified, as the set keeps a place before a visited body (r18's 石屏县异龙镇阿希者村党总支); the village the group
    # walked no unit; 近期 gives no date; 一公里 is no metric)
    ("shashi_second_group_guanju_town_traffic_light_pinyin_trad", "http://m.pomelofruit.com/content/2024-09/26/content_18451343.html", "noisy", """荊楚網(wǎng)(湖北日報網(wǎng))訊(通訊員 艾巡)近期,沙市區(qū)委第二巡察組進(jìn)駐沙市區(qū)關(guān)沮鎮(zhèn)后,深入各村、社區(qū)開展走訪調(diào)研,廣泛聽取村民意見,解決村里實際問題。
巡察組實地走訪了解情況
“多虧了你們巡察組,困擾我們很久的回家繞行問題終于得到了解決,真的謝謝你們?!奔易∏G州市沙市區(qū)關(guān)沮鎮(zhèn)合心村銀湖路西段的村民向回訪的沙市區(qū)委第二巡察組感謝道。
“這里只有直行燈,沒有左轉(zhuǎn)燈,每次開車回家,我都至少要繞行一公里?!焙闲拇宕迕裣蜓膊旖M工作人員訴苦。
巡察組在聽取群眾的意見后,將問題反映給關(guān)沮鎮(zhèn),組織工作人員開展實地調(diào)查。……
""", {"unit": "沙市区关沮镇", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
