"""Outside texts of batch r36-held, collector B's share (issue 14), held out: county, district and county-level city
committees' groups at work in towns, townships, villages and county departments (stories of their visits and noisy
copies of them), collected with the search tool from public pages that are in no earlier batch. The batch holds 15
texts, all measured (SHARES_TEMPLATE is empty). Nothing was taken from anywhere but the search tool's answers.

How overlap was checked. Each address was grepped, with and without www./m./mip./wap. and its query string (host and the
distinctive part of the path: gqsoso 318965, jjnc 28492, cjyun/zhuxi 28139, hnradio 2019221174835640, zfzxw 303594,
zglzjync 4342, crnews 930830, gsdjw 132489, lzsp 16076, qypowez K7IEQN9S0519NM2C, maika88 11290631, ashirwadtownship
7882, qdubb 2025/yunlingyaowen_0731 140689), in every tests/imports/parsing/outside_*.py (outside_c, outside_new,
outside_set, r6-r35d) and test_outside_documents.py, and two or three distinctive names or phrases of each text in
simplified and traditional script (嘉禾/嘉禾县委第一巡察组, 广发镇, 儒峰村; 沧源, 岩帅, 贺南村; 石城县委第五巡察组, 琴江镇, 何坑村; 竹溪, 鄂坪,
黄花沟村; 永顺县, 塔卧镇, 三家田, 水土保持局; 慈利, 东岳观镇, 东源村, 邓小鸽; 彭州, 龙门山, 国坪村, 湔江; 范县县委第一巡察组, 颜村铺乡, 八里庄村;
商水县委, 中兴寨, 王改红; 新县县委, 林冲, 香山湖; 兴宁市委第一巡察组, 水口镇, 邹洞村; 梁园区/梁園區, 观堂镇/觀堂, 冯楼村/馮樓村; 永定区/永定區,
新桥镇/新橋鎮, 后沙溪; 上犹县, 乐丰镇, 敬老院; 马关县/馬關, 背包巡察/揹包, 羅家坪) likewise: none of these texts is held. Names found
only incidentally: 嘉禾 (r13: a hall of another city's building), 沧源 (r16's cangyuan_medical_insurance_mobile_progress:
another body and kind), 竹溪县 (outside_c's Hubei list: a province's round), 商水县委 (r27b's
shangshui_fourteenth_term_eighth_group_township_drainage_story: another group name, township and event), 香山湖 (r35b's
docstring only: the same Xin county story on chinadaily.com.cn, left out there to keep r35b at 16), 上犹县 (r29d's
shangyou_crossed_inspection_mobilisation_no_round: another event), 新桥镇 (outside_new's Jingjiang list: another
county's town), 敬老院 (r30b, r33b, r34b: other places), 馬關/揹包 (r11's maguan_backpack_group_trad: the county's 2021
backpack-group story on another domain, another year and event), 盈江 (r35d: a prefecture's round in another mode; a
清平乡 story this batch left out names no county, see Sources). Portals and domains that hold other texts of earlier
batches: jjnc.org.cn (r29b: Xichou's ditch, another county), cjyun.org (other subdomains in outside_c and r10-r15: none of Zhuxi), lzsp.org.cn (r20:
another body), maika88.com (r10, r25: other places), qdubb.cn (many batches; of its 2025 pages r7, r31c and r35b hold
others, not 140689). Every text was then compared with `bench/outside_overlap.py tests/imports/parsing/outside_r36b.py`
(see the end of this docstring). Their fields are written down by reading only. The importer was not run on them, no
test or bench that runs it was run, and the collector read neither imports/ nor the parser's tests (only the
outside_*.py data files, outside_set.py's docstring, Case, extract and score, bench/outside_overlap.py and the brief);
the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 15 texts from the search tool's "pages" corpus, 13 with their address and 2 (Cangyuan, Cili) returned without
one. 50 searches of that corpus were used. The corpus is mined out for this share's formal texts: some 20 queries for
formal kinds (entries and mobilisations at towns and streets, feedback to town committees and street working
committees, 整改进展情况的通报 and 整改落实情况 of towns, county bureaus' feedback (县民政局), round lists and notices, years 2013-2017
and 2025-2026, banner committees (旗委…苏木 嘎查), traditional-script and pinyin variants of these, place-name queries for
岳西, 镇雄 and 宣汉) returned some 90 distinct addresses, every one of them an earlier batch's (e.g. Kunming's twelve
communities, 许镇镇, 杉桥镇, Pingshan's town-level round, Hongsibu's 2025 entry, 石莲子镇, Haibowan, 石门二路, 浦楼街道,
徽城镇, 籍山镇, 叶塘镇, 乐至's withdrawal notice, 平安地镇, 维西's eleventh round, 衡山's 县民政局, 凉城新村, 平潮镇, 发能国际城,
Pengze's notice, 宁强's fifth round). What still gave new texts were stories of groups' visits by subject (饮水, 水渠, 低保,
道路, 危桥, 采砂, 自然资源局 and fish ponds, 敬老院, 撂荒, 宅基地, 补偿款, 水费, 下水道): the other 30 or so queries, of that kind, gave the 15
texts and those left out below, with three in four of their hits again held. Left out after reading: Jintan's 直溪镇 water
surfaces and Boye's education round (special rounds by subject: collector D's kind), Xiangcheng's 永丰镇 bridge (a
巡察"回头看": D's), Tonglu's 仁智村 canteen (a city's 百村巡察 special action: D's), Gulou's 杨西村 (a raised-level round:
D's), Taizhou's 千垛镇 and Yangzhou's 杉湾花园 (a city's special groups: D's), Zhuji's 文旅集团 (an enterprise: A's), Xunyi's
and Qian's 巡水记 (two counties' groups in one feature, one of them a look-back: neither a unit nor a group to read),
a 清平乡 cattle story (no URL, no county named; a group named by no owner or number at a village: nothing but absences,
as r35b left Shiqian's and Guangshui's out), Xing'an's 溶江镇 (第三巡察组 with no owner: likewise) and pages stating no inspection
(town discipline commissions' checks, a county's toilets and nursing homes, fiction chapters).

Families and counts (15 texts, 0 in SHARES_TEMPLATE; 15 measured): news 11 (stories with a unit and a group: a county
bureau, jiahe_first_group_water_bureau_village_well_story_2022 (县水利局) and
cili_fourth_group_natural_resources_bureau_fish_pond_story_2021 (县自然资源局党组); a town's committee,
shicheng_fifth_group_qinjiang_town_ditch_weir_story_2019 (琴江镇党委) and xingning_first_group_shuikou_town_tap_water_story_2020
(水口镇党委, a county-level city's group); a village, cangyuan_third_group_henan_village_subsistence_allowance_story
(岩帅镇贺南村); a story with a village as unit and an oddly named group,
shangshui_eighth_village_group_zhongxingzhai_homestead_story (新城办事处中兴寨村); stories with a group only,
zhuxi_fourth_group_huanghuagou_village_road_story, yongshun_second_group_soil_conservation_wages_radio_script_2019 (a
radio script), pengzhou_second_group_longmenshan_town_sand_mining_story (a county-level city's group),
fanxian_first_group_balizhuang_village_homestead_story and xinxian_first_group_xialinchong_crop_compensation_story); noisy
4 (traditional script with pinyin in brackets, mojibake quotation marks and a lost month digit,
liangyuan_fifth_group_guantang_town_blocked_lane_mojibake_trad (观堂镇, group); traditional script with pinyin and a run of
mojibake, yongding_second_group_xinqiao_town_abandoned_fields_pinyin_trad (新桥镇, group); a synonym-spun copy,
shangyou_fourth_group_nursing_home_meals_spun_copy (absences only: the spinner hides group and body); and one expecting
nothing of an inspection, maguan_backpack_group_ai_microfilms_outreach_2025_trad (traditional script)). Family totals:
progress 0, news 11 (11 measured), rounds 0, audit 0, noisy 4 (4 measured). Lists of bodies measured: 0; progress
reports measured: 0; texts expecting the unit "": 1 (Maguan); texts expecting nothing: 1 of 15, within the quarter the
brief allows. The share's formal kinds (round lists, feedback news, progress reports) are absent because every one the
corpus returned is held (see Sources).

Fields read: 21 (each unit and group; the unit "" counts) and 85 absence checks (None for unit, group, term,
round, start, end and feedback day, [] for units or figures), by the collector's count (computed from the
expectations: a key whose value is None or [] is an absence check, unit "" a field). By family: news 16 fields and 60
absence checks, noisy 5 and 25. No text of this batch states a day of its visit that a careful reader can date: the
entries are told by a month without a year (Jiahe's 3月份), by a month with its year (Xingning's 2020年8月…进驻: an entry is
on one day, settled 12), by parts of months (Liangyuan's 七月底, Yongding's 3月中旬: settled 11), or by 此前, 日前 and 前段时间;
these are absence checks. Figures read: none; counts of households, people, mu, yuan, films and projects are no metric,
a county's tally of disputes solved over three rounds (Fan county's 56) and a rounded count of on-the-spot fixes
(Zhuxi's 20余件) are left unscored, and one person punished (Cangyuan) is no count.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's docstring
and the r27b-r35b files followed exactly): a group named with its owner's place in front is written short (settled 9:
嘉禾县委第一巡察组, 石城县委第五巡察组, 永顺县委第二巡察组, 慈利县委第四巡察组, 范县县委第一巡察组, 新县县委第一巡察组 -> 县委…; 彭州市委第二巡察组,
梅州兴宁市委第一巡察组 -> 市委…; 梁園區委第五巡察組, 永定區委第二巡察組 -> 区委…, written simplified), and a group named oddly (商水县委第八巡察村居组,
as r23's 县委第四巡察村(社区)组), with no number (馬關縣委“背包巡察組”) or through a synonym spinner (中国共产党县委员会第四巡察组) is not
scored; a story's body is its unit only when the text says the group inspected it (入驻县水利局巡察, 对县自然资源局党组开展了常规巡察,
对岩帅镇贺南村开展延伸巡察 with no other visit told, 进驻新城办事处中兴寨村开展巡察), not where it walked, took a report or sent a notice
(r27b's written convention: 儒峰村, 国坪村, 香山湖管理区, 永顺县水土保持局); one town entered is its committee when the text names it
(settled 15: 琴江镇党委, 水口镇党委) and stays as written when the text names none (观堂镇, 新桥镇); an entry told by its month only
gives no date (settled 12), nor do parts of months (settled 11), 近日, 日前, 此前, 前不久 and 前段时间; a visit told by 今年N月 whose
year only the page's dated line gives is left unscored (r35b's Gongshan); days of reports, complaints, notices, payments
and return visits are no start, end or feedback; a term named by no number (换届后) is none; expected values of
traditional-script texts are written simplified, pinyin and mojibake left out.

What I was unsure of, and how I read it: Cangyuan's village is inspected by an extension visit (延伸巡察), the kind r35b
read as no unit for Enyang's 关蓬村; there the text told the group's visit of the whole town, here it tells no other visit,
so the village is read as the unit (岩帅镇贺南村, as written); a reader who takes every 延伸巡察 as an appendage of an untold
town visit would leave it unscored. Fan county's 八里庄村 is left unscored the other way, because the text sets the
extension visit inside the county's rounds of 巡乡带村 (towns with their villages). Zhuxi's group worked in a village (在黄花沟村开展
巡察工作期间) while inspecting the township (在鄂坪乡巡察期间, 鄂坪乡党委政府): two places, no settled reading, so the unit is left
unscored. Pengzhou's town (刚进驻本市龙门山镇) is named with 党委会记录 (minutes of the town's party committee), not with 龙门山镇党委;
whether that names the committee (settled 15) is as unsettled as r35b's bare 镇党委 for Enyang, so the unit is left unscored
rather than read 龙门山镇 or 龙门山镇党委. Cili's visit (今年4月) takes its year only from the aggregator's dated line
(2021-07-23), so start and end are left unscored as r35b leaves Gongshan's. Xingning's 2020年8月…进驻水口镇后 is read as an
entry (settled 12, no date), not as a visit told by one whole month (settled 13), because the text tells the entry and
nothing of the visit's span; a reader who takes it for the visit's month would read 2020-08-01 to 2020-08-31. Fan
county's 换届后的第三轮 counts rounds finished since the new term and does not say this visit was in the third: the round is
left unscored and the term (named by no number) read as none. The spun Shangyou copy's 二〇一三年7月八日 is the day the group
took a complaint while working in the town, no entry; its group (中国共产党县委员会第四巡察组) would need the spinner undone to read
县委第四巡察组, so it is left unscored. Maguan's text is the county inspection office's outreach, not a visit; it expects
the unit "" as r34b's Qingbaijiang and r35b's notebooks do, and its 背包巡察組, with no number, is left unscored. Yongshun's
radio script and Xinxian's story name a group and no inspected body; they are kept because their group is read, as
r35b keeps Tianjiaan's and Hongsibu's. Pengzhou and Xingning are county-level cities (彭州市, 兴宁市), whose committees'
groups are this share's; their groups read 市委… as r35b's Xinghua.

Overlap check run. `bench/outside_overlap.py tests/imports/parsing/outside_r36b.py` (run at the end, after the last
change): 15 texts against 2075 earlier; no address is shared (the two "shared" addresses are the placeholder "search
corpus pages (no URL returned)", which earlier batches use too); pairs over 3 shared shingles: 39, of which over 3
beyond formulas: 2; longest shared run 18 characters. The 39 pairs are pinyin-bracketed words (Liangyuan's copy with
thirty earlier pinyin-bracketed texts over 領(lǐng)導(dǎo)小組 and 發(fā)現(xiàn), Yongding's with six over 巡察發(fā)現(xiàn)的), the
jjnc.org.cn byline (Shicheng's 时间:2019-11-13来源: with r29b's xichou_third_group_jijie_township_ditch_story_2019); the two
beyond formulas are Shicheng's with r34b's yuanmou_third_group_yangjie_town_village_road_story_no_url (the same
mirror's byline 时间:2019-11-13来源:…省纪委省监委网站作者:佚名0, two stories of other counties, groups and events, as r34b
found for Yuanmou and Xichou) and Yongding's with r32b's shashi_second_group_guanju_town_traffic_light_pinyin_trad (the
bracketed 區(qū)委第二巡察組進(jìn)駐 of two different districts' texts). The tool counts Cili's story as sharing more
than formulas with the seeds: probing the text a sentence at a time with the same tool (scratch copies only, the seeds
not opened) puts the shared shingles in one clause, 镇自然资源所就依法向当事人送达了《责令改正违法行为通知书》, the legal
formula of a land-enforcement notice; no other sentence of the story is shared, so it is measured. The other collectors'
files of this pass (outside_r36.py, 13 cases; outside_r36c.py, 15; outside_r36d.py, 14, as they stood at the end) were
grepped for every address, portal and place of this batch and of the texts left out (gqsoso, jjnc, cjyun/zhuxi, hnradio,
zfzxw, zglzjync, crnews, gsdjw, lzsp, qypowez, ashirwadtownship, maika88, qdubb 140689; 嘉禾, 儒峰, 沧源, 岩帅, 贺南, 石城, 琴江,
竹溪, 鄂坪, 永顺, 塔卧, 慈利, 东岳观, 彭州, 龙门山, 范县, 八里庄, 商水, 中兴寨, 新县, 香山湖, 兴宁, 水口镇, 梁园/梁園, 观堂/觀堂, 永定, 新桥/新橋,
上犹, 乐丰, 敬老院, 马关/馬關, 背包, 清平乡, 溶江, 仁智村, 千垛, 杉湾, 永丰镇, 直溪, 博野, 杨西村, 文旅集团): none holds any of them, so
none of this batch's texts is another collector's, and the texts left out as D's kind are left for D's later batches.
"""

from __future__ import annotations

from datetime import date  # noqa: F401  (kept as the earlier files of this share import it; no date is expected here)

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure (none in this
# batch: see the docstring's overlap paragraph).
SHARES_TEMPLATE: tuple[str, ...] = ()

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R36B = [
    # --- news: stories of county, district and county-level city groups' visits to towns, villages and departments -------
    # http://hn.gqsoso.com/hn/20221101/318965.html (a provincial news site's story copied onto a news-flash domain, 11月1日讯
    # and 2022-11-01 in its address: 嘉禾县委第一巡察组 read short (settled 9; the text also writes 县委第一巡察组); the text says
    # the group inspected a county department (该巡察组入驻县水利局巡察时), so the bureau is the unit as written (r27b's written
    # convention); 3月份 tells the entry by its month without a year: no start and no end (settled 12); 6月 and 9月份 are the
    # project's and a walk's; the village well (儒峰村12组) is where the finding was, no unit; no figure)
    ("jiahe_first_group_water_bureau_village_well_story_2022", "http://hn.gqsoso.com/hn/20221101/318965.html", "news", """焦点快播:清风头条 | 老百姓报喜县委巡察组:村里没了“饮水愁”

红网时刻新闻11月1日讯(通讯员 李气兵 李燕 记者 张英)“水井修好了,现在用水再也不愁了。”日前,嘉禾县广发镇儒峰村12组村民向县委第一巡察组报来喜讯,称村里的水井终于近日改造完工,不再担心漏水、没水用的问题了。

今年来,嘉禾县委第一巡察组紧盯乡村振兴水利项目建设,推动解决农村水井维修和人畜饮水安全,切实巩固脱贫攻坚成效与乡村振兴有效衔接。3月份,该巡察组入驻县水利局巡察时了解到,儒峰村12组尚未实施城乡供水一体化,就近在一水源处接水管通水,然而,一到下半年和用水高峰期该水源就会断流。……

得知村里的这一“急难愁盼”问题后,巡察组立即联系相关职能部门咨询政策,寻求办法。在巡察的统筹协调下,县水利局、县乡村振兴局等单位开设“绿色通道”,儒峰村12组的水井维护项目方于6月立项。9月份,巡察组再次下村走访时却了解到,因村里没有收到项目立项文件,担心资金没有着落和缺乏技术指导等,水井维修一直没有实施的问题后,又迅速将这一情况反馈给水利等部门。……
""", {"unit": "县水利局", "group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a county group's story of a village's subsistence allowances, with the county
    # (临沧市沧源县) named at its opening: 县委第三巡察组 as written; the text says the group inspected the village (在对岩帅镇贺南村
    # 开展延伸巡察时) and names no other visit, so the village with its town in front is the unit as written (r27b's written
    # convention; r35b's Enyang read its 关蓬村 as no unit because that text told the group's visit of the whole town); 日前
    # gives no day; 3户, 28211元 and 3842元 are no metric; the clue handed over has no count and the one person punished
    # (县纪委给予李某某党内严重警告处分) is no count either, so figures are left unscored, as r33d leaves Tonglu's punished)
    ("cangyuan_third_group_henan_village_subsistence_allowance_story", "search corpus pages (no URL returned)", "news", """“作为村干部,我不仅没有履行好自己的职责,还违规违纪,辜负了大家对我的信任。我真的很后悔……”日前,临沧市沧源县岩帅镇贺南村村务监督委员会主任李某某在收到党纪处分决定时懊悔地说。
为群众服务、带领群众脱贫致富的村干部,为何会被处分?事情得从县委第三巡察组的一次巡察说起。
县委第三巡察组在对岩帅镇贺南村开展延伸巡察时,在与村组干部谈话的过程中,谈话对象无心的一句“听说低保有点乱”,当即触发了巡察监察干部敏感的神经。
……
摸清情况后,巡察组及时将这一问题线索移交县纪委监委。按照巡察移交问题线索优先快查机制,县纪委监委迅速展开调查。
经查,李某某以帮助农户领取低保金为借口,为其保管低保卡,先后擅自支取3户农户的低保金共计28211元用于日常开支,担心农户察觉,李某某先后退还了部分低保金。至案发前,仍有3842元未退还。根据违纪事实,县纪委给予李某某党内严重警告处分。
……
""", {"unit": "岩帅镇贺南村", "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None}),
    # http://jjnc.org.cn/show-28492.html (a provincial discipline commission's story copied onto a discipline news site,
    # dated 2019-11-13; r29b holds another page of the site (show-123050, Xichou's ditch: another county, group and event):
    # 石城县委第五巡察组 read short (settled 9); one town visited (石城县委第五巡察组进驻琴江镇) whose committee the text names
    # (巡察组及时向琴江镇党委下发立行立改通知书), so the unit is the town's committee (settled 15); its 27 village organisations are
    # counted, none named; 8月初 is the return visit's, a part of a month: no date; 153亩 and 20厘米 are no metric)
    ("shicheng_fifth_group_qinjiang_town_ditch_weir_story_2019", "http://jjnc.org.cn/show-28492.html", "news", """欢迎访问 !
登录| 设为首页| 收藏本站|
当前所在:网站首页> 网上提案 >正文

中看不中用的水渠

时间:2019-11-13 来源:江西省纪委省监委网站 作者:佚名 0

  “看稻子的长势,肯定又是丰收。”8月初,阴雨增多,丰富的降水让水稻添了几分绿意。江西省石城县琴江镇何坑村沙背岭小组村民老钟向前来回访的县委巡察组工作人员连声道谢。

  此前,石城县委第五巡察组进驻琴江镇,同时对下辖的27个村级党组织延伸巡察。工作人员深入田间地头,向村民了解惠民政策落实情况及镇村干部工作作风。
……
  原来,江家口老渠年久失修,漏水严重。为解决153亩农田灌溉问题,何坑村向上级申报了重修水渠项目。但项目立项时,镇村干部未到现场勘察,没有考虑到水陂问题,导致出现水渠比水陂高的情况。

  “申报项目不实地察看,坐在办公室里想当然,这是典型的形式主义。”巡察组及时向琴江镇党委下发立行立改通知书。该镇党委立即约谈相关责任人,并明确专人跟踪落实。
……
""", {"unit": "琴江镇党委", "group": "县委第五巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m-zhuxi.cjyun.org/p/28139.html (a county media centre's short story, dated 07-19 without a year; earlier batches
    # hold other subdomains of cjyun.org (jingzhou, tongshan, yicheng, xiaochang, zengdu, shennongjia, jiayu), none of this
    # county: 县委第四巡察组 as written; the group worked in a village (在黄花沟村开展巡察工作期间) while inspecting the township (在鄂坪乡
    # 巡察期间), so whether the village or the township is the unit is not settled and the unit is left unscored; 07-19 has
    # no year and is the page's: no date; 共反馈立行立改问题20余件 is a rounded count of on-the-spot fixes, left unscored)
    ("zhuxi_fourth_group_huanghuagou_village_road_story", "http://m-zhuxi.cjyun.org/p/28139.html", "news", """【下基层察民情解民忧暖民心】鄂坪乡巡察无“小事” 立行立改解难题

07-19 08:52  

“村委会前道路损毁严重,对过往车辆及行人存在较大安全隐患,必须及时整改到位。”县委第四巡察组在黄花沟村开展巡察工作期间,现场交办发现问题,黄花沟村立行立改,确保车辆行人安全。

接到反馈后,鄂坪乡党委政府及黄花沟村积极制定整改方案,向上争取资金,第一时间联系施工队,做好路面平整修复工作。

截至目前,黄花沟村村委会门前道路经过平整修复,已达到安全通车条件,交通安全隐患得到消解。

畅通的不仅仅是道路,更是干群之间的连心桥。据悉,县委第四巡察组在鄂坪乡巡察期间,共反馈立行立改问题20余件,鄂坪乡已全部整改完成。通过巡察,群众反映的急难愁盼“小事”得到立行立改,群众身边的“微腐败”得到遏制,营造了风清气正的政治生态。(刘文昕)
""", {"group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None}),
    # http://www.hnradio.com/9pd/f/2019/20192/2019221174835640.html (a provincial radio station's script of an anti-graft
    # story, dated 2019/2/21: 永顺县委第二巡察组 read short (settled 9; the text also writes 县委第二巡察组); a bureau's cadre told
    # the group of unpaid wages (永顺县水土保持局有干部向县委第二巡察组反映), but the text never says the group inspected the bureau,
    # so the unit is left unscored; 1月16日 is the day of that report, no entry: no start; 2016年 is the project's; 278名,
    # 26万多元 and 340.45万元 are no metric)
    ("yongshun_second_group_soil_conservation_wages_radio_script_2019", "http://www.hnradio.com/9pd/f/2019/20192/2019221174835640.html", "news", """嘿!还我血汗钱!
2019/2/21   
         反腐故事300秒,有趣有味又有料。电影《人在囧途》,淋漓尽致地展现了讨薪路的艰辛,在湘西州永顺县也有一群艰难讨薪的农民工。这个县实施的生态清洁小流域建设项目,拖欠278名农民工工资26万多元长达两年之久,这究竟是怎么回事呢?来听小小侠说一说吧。

     1月16日,永顺县水土保持局有干部向县委第二巡察组反映,三家田村民曾多次到局里催促讨要该村2016年实施的生态清洁小流域建设项目承包方拖欠的工资。

     永顺县委第二巡察组组长田超:说实话,刚听到这个消息的时候觉得有些不可思议。……

     因为涉及农民工的切身利益问题,并且是该单位干部反映,田超不敢怠慢,立即组织大家商量调查方案。为避免调查受阻,巡察组决定直接跟项目分管领导和财务工作人员见面,获取第一手资料。

     永顺县委第二巡察组组长田超:通过查阅三家田生态清洁小流域建设项目资料,我们发现,这个项目于2016年下拨,并由长沙某公司负责组织施工,中标价340.45万元,涉及塔卧镇三家田、惹坝、蟠龙三个行政村。
……
""", {"group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # search corpus pages (no URL returned) (a provincial news portal's story copied onto an aggregator (四海资讯), dated
    # 2021-07-23: 慈利县委第四巡察组 read short (settled 9); the text says whom the group inspected (慈利县委第四巡察组对县自然资源局党组
    # 开展了常规巡察), so the bureau's party group is the unit as written; the visit is told by 今年4月, a month whose year only the
    # page's dated line gives: start and end left unscored, as r35b leaves Gongshan's 今年3月 (a reader taking the year from
    # the dated line reads 2021年4月, settled 13; one who does not reads nothing); 6月 is a return visit's and 1月21日 a town
    # office's notice: no date; 20组 is a village group and 10日内 a deadline: no figure)
    ("cili_fourth_group_natural_resources_bureau_fish_pond_story_2021", "search corpus pages (no URL returned)", "news", """四海资讯
首页 > 国内资讯 > 湖南新闻

清风头条丨“消失”的农田又回来了

时间:2021-07-23

微信图片_20200708214451.jpg

红网时刻 通讯员 龚兴民 李建军 杨玥妙楠 慈利县报道

“巡察组来得很及时,给我们村搞了一次生动、接地气的普法宣传,不仅处理问题很到位,保护了基本农田,还让我们增强了土地规范使用的意识。”6月,当巡察组再次来到张家界市慈利县东岳观镇时,东源村村民唐某高兴地向巡察干部们竖起了大拇指。

今年4月,慈利县委第四巡察组对县自然资源局党组开展了常规巡察。在巡察组像往常一样对收集的情况进行梳理汇总时,一条反映“东岳观镇东源村20组村民刘某擅自占用基本农田挖塘养鱼”问题引起了巡察组的特别注意。“国家划定了耕地、农田保护红线,怎么能随便改变用途,一定要下去查清楚!”组长邓小鸽立即决定展开外调。
……外调小组得知,早在今年1月21日,镇自然资源所就依法向当事人送达了《责令改正违法行为通知书》,明确要求其按期恢复原样,并书面报告给镇政府和县自然资源执法监察大队,但因种种原因,一直没有整改落实到位。
……
""", {"unit": "县自然资源局党组", "group": "县委第四巡察组", "term": None, "round": None, "feedback_date": None,
      "figures": []}),
    # http://zfzxw.org/show-303594.html (a county-level city's group's story on a legal news site: 彭州市委第二巡察组 read short
    # (settled 9); one town entered (刚进驻本市龙门山镇), but the text names its committee only as the source of minutes
    # (龙门山镇相关文件、党委会记录), so whether it names the committee is not settled and the unit is left unscored (see "What I
    # was unsure of"); the village (国坪村) is where the sand was dug; 前段时间 gives no day; 2018年底 and 2019年初 are the
    # village's applications; no figure)
    ("pengzhou_second_group_longmenshan_town_sand_mining_story", "http://zfzxw.org/show-303594.html", "news", """巡察微故事 | 昼伏夜出盗采砂石的,竟是村委会
“有人大半夜开着挖掘机在河里挖砂石,这事你们巡察组管不管呢?”前段时间,四川省彭州市委第二巡察组刚进驻本市龙门山镇,就有村民来反映问题。
……
现场勘查人员反馈:群众反映的挖砂点位于湔江河国坪村段河道,位置偏远隐蔽、未悬挂标识标牌、采砂量较小。巡察组综合研判分析,初步猜测该处非法盗采的可能性比较大。
……
本着大胆猜测、慎重求证的原则,巡察组又查阅了龙门山镇相关文件、党委会记录等资料,发现国坪村村委会于2018年底和2019年初先后两次向龙门山镇政府递交报告申请在湔江河国坪村段取砂。在此期间,龙门山镇也向上级监管部门请示,但未得到批准。至此,证实该处非法盗采砂石确凿无疑。
……
""", {"group": "市委第二巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://zglzjync.com/index.php/jicengchuanzhen/4342.html (a county group's homestead story on a clean-government
    # newsletter's site: 范县县委第一巡察组 read short (settled 9); the group's extension visit of a village (在八里庄村开展延伸巡察时)
    # is told inside the county's rounds of 巡乡带村 (towns with their villages), so, as r35b reads Enyang's 关蓬村, the village
    # is left unscored as unit; 换届后的第三轮 counts the rounds the county has finished since its new term, not this visit's
    # round, and names no term: term None, round left unscored; 近日 and 前不久 give no day; 解决…问题56个 is the county's tally of
    # disputes solved over three rounds, not this visit's finding, so figures are left unscored, as r35b leaves Hongsibu's)
    ("fanxian_first_group_balizhuang_village_homestead_story", "http://zglzjync.com/index.php/jicengchuanzhen/4342.html", "news", """近日,河南省范县县委第一巡察组在对颜村铺乡八里庄村巡察整改情况进行回访时,原本对宅基地有争议的石、王两家已经和解,而且还成了共食时蔬的好邻居,“我们两家把那块有争议的闲置宅基地弄成菜园子了,这样两家吃菜也方便。”
“村支书有私心,故意偏袒、拖延,想把属于我的宅基地判给他人。”前不久,范县县委第一巡察组在八里庄村开展延伸巡察时,村民王秀珍和邻居石成刚同时反映村干部不作为、慢作为问题。
……
据了解,范县县委巡察组已累计完成换届后的第三轮“巡乡带村”常规巡察,督促各乡(镇)主动排查化解农村宅基地等矛盾纠纷问题,解决影响农村和谐稳定问题56个,为推进乡村振兴提供了有力保障。(通讯员 范俊磊)
中国廉政教育内参
""", {"group": "县委第一巡察组", "term": None, "start": None, "end": None, "feedback_date": None}),
    # http://journal.crnews.net/nccwhj/2020n/d1q/sd/930830_20200113045810.html (a farm-finance magazine's story, 2020-01-13
    # in its address; r27b holds another story of the county (十四届商水县委第八巡察组 at 平店乡: another group name, township and
    # event): the group is named oddly (商水县委第八巡察村居组), as r23's 县委第四巡察村(社区)组 and r28b's 临颍县委第六巡察村(社区)组,
    # and is not scored; the text says the group entered the village to inspect it (进驻新城办事处中兴寨村开展巡察), so the village
    # with its sub-district office in front is the unit as written; 日前 gives no day; 2010年 and 2016年5月 are the pond's
    # lease and sale; 150元 and 55000元 are no metric)
    ("shangshui_eighth_village_group_zhongxingzhai_homestead_story", "http://journal.crnews.net/nccwhj/2020n/d1q/sd/930830_20200113045810.html", "news", """巡察巧解农村宅基地纠纷
时间: 来源:农村财务会计-中国农村网 作者: 字号:【

  日前,河南省商水县委第八巡察村居组进驻新城办事处中兴寨村开展巡察。刚到村室门口,就碰见五位村民气冲冲地从村室里走出来。组长张海山见状迎上去,问他们发生了什么事。

  “俺叫王改红,几年前俺们五家一起买的宅基地,一直没法儿建房,跟村里说了好多次,一直不给解决。”
……
  原来,这五位都是中兴寨村3组村民。2010年,3组组长王天申与本组村民王红葵签订了村内一个坑塘的50年承包合同,每年租金150元。2016年5月,王红葵买土填坑塘,并把坑塘划成5块宅基地,以不同价格分别卖给本村王改红等5人,非法获取共计55000元。因为宅基地买得不合法不合规,村里一直制止他们建房。
……
  了解这些情况后,巡察组当即约谈了村支书陈国立和村主任王占亭。……
""", {"unit": "新城办事处中兴寨村", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://gsdjw.com/news/yc/132489.html (a city paper's story of a county group copied onto a news site: 新县县委第一巡察组
    # read short (settled 9); the group took a petition at its base and sent a rectification notice to a managed area
    # (向香山湖管理区下发《整改通知书》,督促林冲社区立行立改) without saying whom it inspected, so the unit is left unscored; 2015年10月,
    # 腊月二十八 and 2016年4月 are the project's; 230.6亩, 170亩, 60亩, 18万元 and 225余名 are no metric. r35b's collector saw
    # the same story on another domain (chinadaily.com.cn) and left it out to keep r35b at 16; no batch holds it)
    ("xinxian_first_group_xialinchong_crop_compensation_story", "http://gsdjw.com/news/yc/132489.html", "news", """巡察故事|不让一分补偿款滞留在村组
信阳日报全媒体记者 向 炜
“组长,您看!”一天刚上班,新县县委第一巡察组组长正在巡察驻地看资料,同事小王递来一封信访件。
看着看着,组长的眉头越锁越紧。原来这封集体上访信反映香山湖管理区林冲社区下林冲居民组群众多年未领到征地补偿款。
……
通过实地查看和全面了解,巡察组得知,2015年10月,新县引进大别山露营公园项目,计划在下林冲组租地230.6亩。2015年农历腊月二十八,下林冲村民组代表提出征用平地只有170亩,必须征用60亩山地,否则不予协商。2016年4月,大别山露营公园在施工过程中,没有按照规划征用60亩山地,造成补偿对象与前期不符,导致纠纷不断,山场的青苗补偿款也一直无法顺利下拨,至今仍在村民小组保存。
弄清情况后,巡察组立即向香山湖管理区下发《整改通知书》,督促林冲社区立行立改,及时将补偿款发到群众手中。
经过多方协商,3天后18万元青苗补偿款按小组人数平均发放到户,……
""", {"group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://lzsp.org.cn/show-16076.html (a county-level city's group's tap-water story on a clean-government news site;
    # r20 holds another page of the site (show-71505: another body and event), and r35b lists Xingning's 叶塘镇 (another town,
    # group and event) as held: 梅州兴宁市委第一巡察组 read short (settled 9: 市委第一巡察组); one town entered (进驻水口镇) whose
    # committee the text names (第一时间向水口镇党委进行了反馈,要求该镇党委…), so the unit is the town's committee (settled 15); the
    # entry is told by its month (2020年8月,…进驻水口镇后): no start and no end (settled 12: an entry is on one day); the
    # feedback to the town's committee has no day; 今年1月7日 is the pipes' completion and 2016年11月 and 2018年 the
    # project's: no date; 38万元, 97户, 22户, 119000元 and 1000户 are no metric)
    ("xingning_first_group_shuikou_town_tap_water_story_2020", "http://lzsp.org.cn/show-16076.html", "news", """钱交了,群众为何仍没喝上自来水?
“我们早就交了钱,可两年过去了,却一直没喝上自来水。”2020年8月,梅州兴宁市委第一巡察组进驻水口镇后,多次接到群众反映该镇邹洞村“一事一议”饮水工程项目实施不完善,造成群众饮水难。
……
原来,2016年11月,邹洞村委会为解决村民饮水难问题,成功争取到上级“一事一议”财政奖补项目资金38万元。……
合同签订后由各片区村干部代收入户费97户、村民自行到自来水门市缴费22户,总共119户合计119000元。……
针对这一情况,巡察组迅速理清工作思路,第一时间向水口镇党委进行了反馈,要求该镇党委要高度重视,科学谋划,扎实推进饮水民生工程建设,切实解决群众饮水难问题。
经巡察推动,该镇党委政府、邹洞村委、水口镇自来水厂和兴宁市水务局等单位多方沟通协调,今年1月7日,自来水水管接驳工作全面完成,水口镇自来水厂已正常供水,供水范围已覆盖6个行政村,造福共约1000户农户。
""", {"unit": "水口镇党委", "group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- noisy --------------------------------------------------------------------------------------------------------------
    # http://m.qypowez.cn/dy/article/K7IEQN9S0519NM2C.html?spss=dy_author (a district group's lane story copied in
    # traditional script onto an unrelated domain, with pinyin in brackets (區(qū)), quotation marks turned to mojibake
    # (?!薄澳慵敝芥) and the scene's month lost as ? (?月21日): 梁園區委第五巡察組 read short and simplified (settled 9); one
    # town entered (進駐觀堂鎮) whose committee the text does not name (被巡察單位 only), so the town is the unit as written,
    # simplified (settled 15); 七月底 is a part of a month without a year: no start (settled 11); ?月21日 and 次日 are the
    # scene's and a return visit's: no date; 馮樓村 is where the lane is; no figure)
    ("liangyuan_fifth_group_guantang_town_blocked_lane_mojibake_trad", "http://m.qypowez.cn/dy/article/K7IEQN9S0519NM2C.html?spss=dy_author", "noisy", """“你在地里忙了一晌午,你先過?!薄澳慵敝芥?zhèn)里辦事,你先過?!?月21日上午,商丘市梁園區(qū)觀堂鎮(zhèn)馮樓村村西的南北路上,明明可以雙向通行,兩個(gè)老漢卻格外謙讓。
七月底,梁園區(qū)委第五巡察組進(jìn)駐觀堂鎮(zhèn),查閱馮樓村信訪臺賬發(fā)現(xiàn),村民張自成多次反映家門口出路問題未解決。當(dāng)即走訪該村,……巡察組決定從這條路開始巡察。
八月的天氣酷熱難耐。……
“村居巡察不僅要發(fā)現(xiàn)表面問題,更在于推動解決鄉(xiāng)村治理中的頑疾?!眳^(qū)紀(jì)委書記、區(qū)委巡察領(lǐng)導(dǎo)小組組長劉西堯在動員會上的講話響在耳邊。巡察組嚴(yán)肅地向被巡察單位傳達(dá)區(qū)委領(lǐng)導(dǎo)要求:“保障群眾出行權(quán)益是民生底線,必須立行立改、馬上解決!”次日回訪時(shí),路障已被清除,物理意義上的“通路”工作完成。
……
""", {"unit": "观堂镇", "group": "区委第五巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.maika88.com/content/2022/05/19/11290631.html (a district group's abandoned-fields story copied in
    # traditional script with pinyin in brackets (鎮(zhèn)) and a run of mojibake (我們?nèi)战挂钩顑赡甓) onto a mirror that r10 and
    # r25 hold other pages of (none of this district), 2022-05-19 in its address; outside_new holds the district's 2017
    # mobilisations at 区国土资源局 and 洪山乡 (another year, bodies and event): 永定區委第二巡察組 read short and simplified (settled
    # 9); one town entered (區委第二巡察組進駐新橋鎮) whose committee the text does not name, so the town is the unit as written,
    # simplified (settled 15); 3月中旬 is a part of a month: no start (settled 11); 四月 is a return visit's; 40余畝 is no
    # metric)
    ("yongding_second_group_xinqiao_town_abandoned_fields_pinyin_trad", "http://www.maika88.com/content/2022/05/19/11290631.html", "noisy", """“種了一輩子的田,最難受的就是田荒。謝謝巡察組的同志幫忙,我們?nèi)战挂钩顑赡甓嗟幕奶锝衲杲K于能種上糧食了!”四月春光好,機器的轟鳴聲伴隨著挖掘機有節(jié)奏的起伏,得知區(qū)委第二巡察組來督查整改情況,永定區(qū)新橋鎮(zhèn)新橋社區(qū)的村民們迅速圍攏過來,向巡察組表達(dá)著自己的感謝與喜悅。
“涼田”變“良田”,基層群眾笑開顏,這一切還要從永定區(qū)委第二巡察組巡察發(fā)現(xiàn)的一起“耕地拋荒”問題娓娓道來。3月中旬,區(qū)委第二巡察組進(jìn)駐新橋鎮(zhèn),某日下村走訪時發(fā)現(xiàn)新橋社區(qū)后沙溪組與老牙口組S248插分公路主干道旁大面積的土地一片荒涼,……這一怪現(xiàn)象立即引起了巡察組的注意。
……
""", {"unit": "新桥镇", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.ashirwadtownship.com/archives/7882.html (a county's nursing-home story run through a synonym spinner onto
    # an unrelated domain: 敬老院 became 尊敬老人院 and 托老所院, 县委第四巡察组 became 中国共产党县委员会第四巡察组, 开展工作 became
    # 开始展览职业, the place became 安徽省南昌县 (上犹县 is a county of Jiangxi) and a date reads 二〇一三年7月八日;
    # r29d holds the county's (上犹县) crossed mobilisation (another event): the group's spun name is not read as 县委第四巡察组 without undoing the spinner, so it is
    # left unscored; the town (该镇, 乐丰镇) is where the group was working, without the text saying whom it inspected: unit
    # unscored; 二〇一三年7月八日 is the day the group took a complaint, no entry: no start; 三月15日 is a return visit's; the clue
    # handed over has no count; 425元, 5950元, 4200元 and 1750元 are no metric)
    ("shangyou_fourth_group_nursing_home_meals_spun_copy", "https://www.ashirwadtownship.com/archives/7882.html", "noisy", """图片 1

被“减肥”的托老所院伙食费

“动歪激情克扣老人伙食费,小编愧对那个孤老……”三月15日,面前蒙受安徽省南昌县乐丰镇纪律检查委员会的回访人士,该镇尊敬老人院原参谋长王有才流下悔恨的泪水。

到底是怎样事让他那样懊悔?那还得从该县的一回巡察聊起。

“尊敬老人院老人的饭食非常不好,一顿饭独有三个青菜……”二〇一三年7月八日,正在该镇开始展览职业的中国共产党县委员会第四巡察组工作人士在接待上访时,有民众上门反映这一难题。
……
专业人员将这个景况每种作了笔录。他们在翻看尊敬老人院的连锁帐目时发掘,依照有关标准,每位院民月伙食费425元,拾伍人院民每月伙食费5950元。但账目展现,每日该项支出仅为100元左右,实际人均日伙食费不到10元、每月人均约300元。敬老院每月实际开支伙食费为4200元左右,每月结余约1750元。

那多余的钱干什么用了吗?随后,巡察组将这一题目线索移交上犹县纪律检查委员会监察委员会处理。
……
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.qdubb.cn/html/2025/yunlingyaowen_0731/140689.html (a county inspection office's outreach with AI
    # microfilms, in traditional script on the qdubb.cn mirror, 2025-07 in its address; r11 holds the county's 2021
    # backpack-group story on another domain (maguan_backpack_group_trad: another year and event): the 背包巡察組 has no number
    # and is a way of working, not a group at a body, so the group is left unscored; no body is inspected (羅家坪村 is where
    # films are shown): unit ""; no term, round or day; 5個語言版本, 68場次, 110余件 and 98件 are no metric. Expects
    # nothing of an inspection's fields)
    ("maguan_backpack_group_ai_microfilms_outreach_2025_trad", "http://www.qdubb.cn/html/2025/yunlingyaowen_0731/140689.html", "noisy", """夜幕降臨,文山壯族苗族自治州馬關縣的邊境少數民族村寨亮起點點星光。馬關縣委巡察辦黃主任帶著工作人員正在調試便攜投影儀,白色幕布掛在院壩心的核桃樹上,幾十名村民圍坐成圈……這是馬關縣委“背包巡察組”近半年來的常態化工作場景。

“院壩影院+定制菜單”讓巡察故事走進人心
“投影儀往左一點,投射的位置有點偏離中心了!”在馬關縣金廠鎮羅家坪村院壩會上,巡察干部們一邊布置露天影院,一邊用苗語招呼村民來觀看微電影。銀幕上正在播放《巡察背包之政策落實篇》,真實還原了巡察組發現某村小組長虛報種植面積套取補貼的案例。
這支“背包里裝著投影儀”的巡察隊伍,將近兩年來的巡察案例濃縮成系列AI微電影,……
截至目前,系列微電影已定制苗、壯、傣等5個語言版本,根據群眾“點單”播放68場次,現場收集受理群眾訴求110余件,解決民生實事98件。
……
""", {"unit": "", "units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
]
