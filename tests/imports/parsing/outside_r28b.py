"""Outside texts of batch r28-held, collector B's share (issue 14), held out: county, district, county-level city and city
committees' rounds and their groups at work in towns, townships, streets, villages and communities, a district's progress
on a provincial inspection, and noisy copies (traditional script with readings in brackets and lost characters, counts
starred out, doubled commas), collected with the search tool from public pages that are in no earlier batch. Each address
was grepped, with and without www./m./mip./wap. and its query string, in every tests/imports/parsing/outside_*.py
(outside_c, outside_new, outside_set, r6-r27d) and test_outside_documents.py (and seeds.py), and two or three distinctive
names or phrases of each text (simplified and traditional script: places, villages, communities, streets, group leaders,
term-and-round strings) likewise; at the end every address, portal and place of each text was grepped in the other
collectors' files of this pass (outside_r28.py, outside_r28c.py, outside_r28d.py, as they stood when checked): none is
shared. Every text was then compared with `bench/outside_overlap.py tests/imports/parsing/outside_r28b.py` (see below).
Their fields are written down by reading only. The importer was not run on them, no test or bench that runs it was run,
and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, Case, extract and score, and the brief); the integrator runs them once, and that run is the honest figure for
unseen texts.

Sources. 21 texts from the search tool's "pages" corpus, 19 with their address and 2 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for round notices: of about 190 candidate addresses checked, about
five in six were earlier batches' (every county, district and city round list, entry, mobilisation, feedback and progress
notice the searches returned, and about half the village and street stories). What still gave new texts: stories of a
group at work in a village, a community, a street, a town or a township (Wusheng, Qingtongxia, Dengzhou twice, Xunxian,
Beichuan, Longwan, Wuyang, a Yingchuan street, Xing'an, Tengxian, Songming, Linying, Ruzhou; Hecheng, Lengshuijiang and
Tunchang in traditional script with bracketed readings, Donggang with its counts starred out), a county's overview of its
night visits (Kaihua), a district committee's progress on a provincial inspection (Luohu 2019, in SHARES_TEMPLATE) and a
Dengzhou story on the mirror r27b draws on (in SHARES_TEMPLATE). Left out after reading: a village toilet story on a
forum copy cut in its markup before any group is named (Caidian), a town road story whose group has no number and which
names no visit (Maping), a district's direct village round told as a method (Wutongqiao), and a county's procurement-site
overview with no group (Dehua, r7's).

Families and counts (21 texts, 2 in SHARES_TEMPLATE; 19 measured). progress 1, in SHARES_TEMPLATE:
luohu_district_provincial_tenth_group_progress_2019; news 15, all measured: eleven stories scoring the visited body as the
visit names it (wusheng_thirteenth_term_third_round_first_group_daoma_village_mobilisation,
qingtongxia_second_village_round_xiaxi_community_streetlights_story, dengzhou_ninth_group_resettlement_centre_streetlights_
story_2021, dengzhou_eighth_group_qiushuli_village_look_back_streetlights_story, xunxian_third_group_junzhou_street_
streetlights_story, beichuan_fourth_group_pianko_township_streetlights_story, longwan_third_group_chanzhong_village_look_
back_rent_story, wuyang_sixth_group_zhiwang_village_accounts_story_2022 (a start from the page's date line),
yingchuan_street_city_sixth_group_community_parking_story, xingan_third_group_huajiang_township_road_story_2023 (a span in
whole months), tengxian_second_group_xiangqi_town_road_story), one story with a round list of 2 bureaus
(songming_thirteenth_term_fifth_round_two_bureaus_community_road_story), two with term and round and no unit
(linying_fourteenth_term_ninth_round_village_group_basement_story, ruzhou_eighth_term_ninth_round_first_group_
resettlement_flats_story), and one county overview with a round and two totals (kaihua_eighth_round_night_village_visits_
overview); rounds 0 (no round notice was new); audit 0 (none was new); noisy 5, one in SHARES_TEMPLATE
(dengzhou_eighth_group_yuangang_community_streetlights_doubled_commas_trad), 4 measured:
hecheng_micro_group_dongxing_community_streetlights_bracketed_trad (bracketed readings, characters lost to "?", a start
from the date line), lengshuijiang_eleventh_term_third_round_three_townships_well_story_trad (bracketed readings, an
unrelated domain's title line, a round list of 3 townships), donggang_second_group_haiying_village_road_story_starred_counts
(counts starred out behind a login line), tunchang_fourteenth_term_seventh_round_nanlv_town_road_story_bracketed_trad
(bracketed readings and a lost run of characters). Round lists measured: 2 (Lengshuijiang 3, Songming 2). Progress reports
measured: 0 (the one found shares its province's template with r17). Texts measured that expect nothing: 0.

Fields read: 59 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 104 absence
checks (None, and [] for figures), by my count; 54 fields and 95 absence checks outside SHARES_TEMPLATE. By family
(outside SHARES_TEMPLATE): progress 0 and 0, news 41 and 76, rounds 0 and 0, audit 0 and 0, noisy 13 and 19. Figures read
(outside SHARES_TEMPLATE): problems 1 (Kaihua's 2770), clues_transferred 1 (Kaihua's 129, settled 6); every other count in
these texts (lamps, wells, households, metres, acres, yuan, teams, meetings, matters solved) is no metric. Dates read:
Wuyang's start 2022-05-17, Hecheng's start 2024-03-07, Xing'an's start 2023-03-01 and end 2023-07-31.

Overlap tool (`bench/outside_overlap.py tests/imports/parsing/outside_r28b.py`): "unregistered: 21 texts against 1611
earlier; pairs over 3 shared shingles: 64, of which over 3 beyond formulas: 1; longest shared run 58 characters; texts
sharing more than formulas with the seeds: none". No address is shared (the two "URL already in" are the placeholder
"search corpus pages (no URL returned)", which r27d's linxiang_twelfth_term_eleventh_round_cross_and_local_three_bodies
also uses). Most pairs are the Luohu report's with earlier progress reports: official formulas only by the tool's count,
but 47 shingles and the longest run (58 characters) with r17's leizhou_provincial_inspection_progress, the same
province's progress template word for word, so it is in SHARES_TEMPLATE. The one pair beyond formulas is the Yingchuan
street's ,按照市委统一部署,市委第六巡察组 with r15's xian_sixth_group_special_notice_12_units (another city, a common
wording); the rest share stock phrases (县委巡察工作领导小组统一部署, 鄉(xiāng)鎮(zhèn), 現(xiàn)場(chǎng)).

Reading conventions (outside_set.py's "Settled conventions" 1-12 and the written conventions of outside_r24.py's and
outside_r27b.py's docstrings, followed exactly): a group named with its owner's place in front is written short (settled
9: 武胜县委第一巡察组 -> 县委第一巡察组, 浚县县委第三巡察组, 藤县县委第二巡察组 -> 县委第N巡察组, 东港市委第二巡察组 ->
市委第二巡察组); a group named under its round (青铜峡市委第二轮对村(社区)第一巡察组, 开化县委第八轮第五巡察组, 十四屆屯昌縣委
第七輪巡察第三巡察組), by a special name (临颍县委第六巡察村(社区)组) or with no number (区委微巡察组, 冷水江市委巡察组一线工作队)
is not scored; a term and round named with the committee that runs them are the text's (十三届武胜县委第三轮, 十三届嵩明县委
第五轮, 十四届临颍县委第九轮巡察以来, 八届汝州市委第九轮, 十一屆冷水江市委…第三輪, 十四屆屯昌縣委第七輪), and so is the round a
story's group works in (青铜峡市委第二轮…巡察组, 开化县委第八轮…巡察组); the day a group entered is the start when no span is
told (settled 10: Wuyang's 5月17日, its year from the page's date line 2022-06-19; Hecheng's 3月7日起, its year from the date
line 2024-05-17), a span in whole months gives the months' bounds (settled 11: Xing'an's 2023年3月至7月), a day without a
year and no dated line gives no date (Dengzhou's 8月4日, Xunxian's 4月16日, the Yingchuan street's 4月6日), a month without a
day gives none (settled 12: 今年11月, 去年11月, 2024年3月…進駐), parts of months give none (settled 11: 3月初), a launch
(10月31日…啟動第三輪巡察), a mobilisation or a return visit is no start, and a planned length (为期15天, 为期两个月, 为期3个月)
gives no end; a story's village, community, street, town or township is scored when the text says the group held its
visit there (进驻秋树李村开展巡察"回头看", 到片口乡开展常规巡察, 对浚州街道及其下辖的12个村(社区)开展巡察, 进驻峡西社区,
对华江瑶族乡开展常规巡察, 进驻象棋镇开展村级巡察, 进驻北井子镇海鹰村开展现场巡察, 道马村…将开展为期15天的巡察), written as the
visit names it, as r27b's Longyou and Yubei, and is not scored where the group only walked or talked there (Linying's
residential area, Ruzhou's resettlement flats, Songming's community); the places and bodies in a round's list are units as
written (settled 8: Lengshuijiang's 禾青、三尖、金竹山等3個鄉鎮, all three named, as r24's Songzi 等6家; Songming's 县农业农村局
and 县教育体育局, its 7 villages and 2 schools counted and none), with "unit": "" beside them as r27b's Nanling; a body named as
an example before a count (構林鎮楊渠村等21個村) leaves the units unscored; a progress report on a provincial inspection of a
place (对深圳市罗湖区进行了巡视) leaves the unit unscored, as r13's hetang; a matter handed over during the visit (反馈至华江瑶族乡
党委, 向构林镇党委…反馈) is no feedback day; clues an inspection found are the clues figure (settled 6); starred counts are no
number; expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it: Kaihua's 2770 problems and 129 clues are the county's totals since its night visits
began (累计), not one round's; they are read as the text's figures (the only totals it states, each of a kind the set
counts), and its round 8 is the round of the group the text opens with; if the integrator holds that cumulative totals are
no one inspection's, these two figures are the ones to drop. Lengshuijiang's three townships are kept as the text
abbreviates them (禾青、三尖、金竹山, no 镇 or 乡), as r27b's Dusi keeps 八里、丁集. Songming's two bureaus are read as the round's
list though the story is one community's, and the third group (it walked the community) is scored as the round's group
beside "unit": "", as r27b's Nanling. Wusheng's village is read as the visit's body from a quoted sentence (道马村作为巡察村
(社区)的特别关注村,从今天开始将开展为期15天的巡察) and the mobilisation there. Qingtongxia's community is read from
进驻峡西社区 though the report names 青铜峡镇峡西社区党支部; Donggang's village keeps its town in front as the visit writes it
(北井子镇海鹰村). Xing'an's return visit (近日…开展巡察问题整改"回头看") is not the visit; the 2023 span is. The Yingchuan street's
second group (市委第八巡察组 in 天源社区) is left out of the fields (the main visit is the sixth group's). Songming's story
likely comes from the Kunming discipline site that outside_set's Songming thirteenth-term third-round village list holds
(jw.km.gov.cn); another round and another kind of text, so it is measured. The two jinridengzhou.com stories are another
portal than r27b's nku514.com mirror and other rounds (2021's ninth group at a resettlement centre, a later eighth group's
look-back at a village), so they are measured; the nku514.com copy of the eighth group's village round (構林鎮楊渠村等21個村)
may be the round r27b's Dusi story tells, so it is in SHARES_TEMPLATE. The Luohu report was measured at first (its
closing formula is not r17's Shantou report's) and moved to SHARES_TEMPLATE when the overlap tool showed it word for word
in r17's Leizhou report's template. 21 texts, 19 outside SHARES_TEMPLATE: more than the 13 the brief asks.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a district committee's progress on a provincial inspection in the province's progress template (根据省委统一部署,…
    # 省委第N巡视组对…进行了巡视。…反馈了巡视意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡视
    # 整改进展情况予以公布), which r17's leizhou_provincial_inspection_progress holds word for word for the 2020 round (the
    # overlap tool's 47 shingles, its longest run of 58 characters)
    "luohu_district_provincial_tenth_group_progress_2019",
    # a city group's village round story in traditional script with doubled commas on the Dengzhou mirror domain
    # (nku514.com) that r27b's dusi_town_four_villages_city_group_story_doubled_commas_trad holds, naming the same city's
    # eighth group (市委第八巡察組) in what may be the same village round
    "dengzhou_eighth_group_yuangang_community_streetlights_doubled_commas_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R28B = [
    # --- progress reports ---------------------------------------------------------------------------------------------
    # http://www.ljsz.gov.cn/zthj/szsxcgzzl/sjxs/sjzgls/content/post_62490.html (SHARES_TEMPLATE: a district committee's progress on a
    # provincial inspection, under its title and date line: the visit names the place (对深圳市罗湖区进行了巡视), so the unit
    # is not scored, as r13's hetang; span and feedback day in full; the meetings counted (5次, 3次) and the 4 special
    # matters are no metric)
    ("luohu_district_provincial_tenth_group_progress_2019", "http://www.ljsz.gov.cn/zthj/szsxcgzzl/sjxs/sjzgls/content/post_62490.html", "progress", """中共深圳市罗湖区委 关于巡视整改进展情况的通报

发布日期:2019-12-25   来源:南粤清风网

  根据省委统一部署,2019年3月22日至5月21日,省委第十巡视组对深圳市罗湖区进行了巡视。2019年8月8日,省委巡视组向罗湖区委反馈了巡视意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡视整改进展情况予以公布。

  一、提高政治站位,把巡视整改作为重要政治任务切实抓实抓好

  (一)迅速行动,深化整改部署。巡视反馈后,罗湖区迅速召开区委书记专题会、区委常委(扩大)会议传达学习省委关于巡视整改工作的要求和巡视反馈意见,对全区整改落实工作进行部署安排。巡视整改以来,先后5次在区委常委会上对巡视整改工作进行研究部署,……
  (二)加强领导,凝聚整改合力。……领导小组召开3次会议,听取整改落实情况汇报,……
""", {"group": "省委第十巡视组", "term": None, "round": None, "start": date(2019, 3, 22), "end": date(2019, 5, 21),
      "feedback_date": date(2019, 8, 8), "figures": []}),
    # --- news ---------------------------------------------------------------------------------------------------------
    # https://gatv.com.cn/Article/detail?infoid=115303&modelid=2 (a county group mobilises at a village it visits for 15
    # days: 武胜县委第一巡察组 read short (settled 9); term and round from 十三届武胜县委第三轮; 近日 and a planned 15 days give no
    # dates; the 5 small teams are no metric)
    ("wusheng_thirteenth_term_third_round_first_group_daoma_village_mobilisation", "https://gatv.com.cn/Article/detail?infoid=115303&modelid=2", "news", """“今天村上又开会做什么呢,听说还有县上的领导来,我来看看……”
“老乡,道马村作为巡察村(社区)的特别关注村,从今天开始将开展为期15天的巡察,我们马上召开巡察动员会,你有什么诉求和意见建议可以向巡察组反映。”
近日,武胜县委第一巡察组在中心镇道马村党群服务活动中心,组织中心镇党委政府主要负责人、包村领导、驻村干部、村“两委”成员、在家全体党员及群众代表召开巡察动员会,通报巡察任务和工作安排。
……
据了解,十三届武胜县委第三轮常规巡察组建了5支“巡察小分队”参与巡察,履行宣传员、信息员和监督员职责,……(张伟 吴小玲)
""", {"unit": "道马村", "group": "县委第一巡察组", "term": 13, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://chinawznews.net/shehui/2022042373237.html (a city group's street-light story at a community: the group is
    # named under its round (青铜峡市委第二轮对村(社区)第一巡察组), not scored, and its round 2 is the text's; the community
    # as the visit names it (进驻峡西社区); 半年前 and 近日 give no dates; 18 lamps, 580 households are no metric)
    ("qingtongxia_second_village_round_xiaxi_community_streetlights_story", "https://chinawznews.net/shehui/2022042373237.html", "news", """“以前这条路没有路灯,晚上回家都是摸着黑走,现在路灯亮了,回家的路都是亮堂堂的!”说起新安装的路灯,居住在青铜峡镇峡西社区的冯阿姨脸上乐开了花。
近日,青铜峡市委巡察组再次走进峡西社区,……这是青铜峡镇党委和峡西社区党支部针对巡察组反馈的群众夜间出行“摸黑”问题落实整改后的新景象。
半年前,青铜峡市委第二轮对村(社区)第一巡察组进驻峡西社区后,便有小区居民向巡察组反映,青水园小区一直没有配备路灯,大家夜间出行不便。……巡察组经过核实后立即将此问题写入巡察青铜峡镇峡西社区党支部工作报告里,并据实反馈给青铜峡镇党委和峡西社区党支部。……目前,峡西社区共安装路灯18盏,温暖的灯光照亮了580户、1532人夜间出行的路。
……(宁夏新闻网记者 张海燕)
""", {"unit": "峡西社区", "term": None, "round": 2, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://jinridengzhou.com/zhxw/34235.html (a city group's street-light story during its visit of a resettlement
    # centre, with its date line: the centre as the visit names it (进驻市南水北调和移民服务中心); 今年11月 gives no day
    # (settled 12); 29 communities, 2146 lamps and 30余万元 are no metric)
    ("dengzhou_ninth_group_resettlement_centre_streetlights_story_2021", "http://jinridengzhou.com/zhxw/34235.html", "news", """巡察组来了 村里的路灯亮了

2021-12-20 16:56:05 作者:孙东亚 来源:
分享到:

邓州网讯  “真是没想到,他们一来,这村里的路灯就亮了!”……12月14日,白牛镇周沟社区的居民望着明晃晃的路灯,纷纷为巡察组的行为点赞。
……
根据统一安排,今年11月,市委第九巡察组进驻市南水北调和移民服务中心开展巡察工作。在入户走访时,巡察组工作人员了解到,很多村民反映村里路灯不亮,……
随后,巡察组针对此问题向该中心下发了立行立改通知书,要求采取有效措施,限期整改见效。
该中心接到整改通知后,高度重视,专题研究,及时整改。经排查,全市29个移民社区2146盏太阳能路灯,80%因年久失修而不亮。为此,该中心领导班子及时召开会议,多方筹措资金30余万元,分批予以整改,……
""", {"unit": "市南水北调和移民服务中心", "group": "市委第九巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://jinridengzhou.com/zhxw/45303.html (a city group's look-back at a village, street-light story: the village as
    # the visit names it (进驻秋树李村开展巡察“回头看”); 8月4日 has no year and the excerpt no date line: no start; 今年2月
    # no day; 10.5万元 and 44 lamps are no metric)
    ("dengzhou_eighth_group_qiushuli_village_look_back_streetlights_story", "http://jinridengzhou.com/zhxw/45303.html", "news", """邓州网讯 “你看这新路灯多亮堂,晚上出来散步、串门再也不用摸黑了!”近日,刘集镇秋树李村2组村民毛立新站在新安装的路灯下,笑着对市委第八巡察组的同志说。
8月4日,市委第八巡察组进驻秋树李村开展巡察“回头看”,在走村入户听民意时,村民们纷纷反映:村里主干道和公共活动区域一直没有路灯,晚上出行黑灯瞎火,存在很大安全隐患。
群众的急难愁盼就是巡察的发力点。巡察组立即与村干部核实情况,得知今年2月份村里虽然申请有10.5万元的“一事一议”路灯安装项目,但因协调不到位、推进不及时,项目建设迟迟没有落地。
“民生问题等不得、拖不得!”巡察组当即召开组务会研究,向村党支部下发《整改建议书》,明确整改时限和责任要求,督促村干部把好事办实。
……阻碍消除后,施工队迅速进场,短短几天时间就完成了全村44盏路灯的安装调试。
""", {"unit": "秋树李村", "group": "市委第八巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.17juwen.com/bencandy.php?fid=162&id=39645 (a county group's street-light story during its visit of a
    # street and its villages: 浚县县委第三巡察组 read short (settled 9); the street as the visit names it, its 12 villages
    # counted; 今年3月 and 4月16日 give no date; 32 lamps and 11 livelihood matters are no metric)
    ("xunxian_third_group_junzhou_street_streetlights_story", "http://www.17juwen.com/bencandy.php?fid=162&id=39645", "news", """浚县:路灯终于亮了, 巡察组帮了大忙
“路灯终于亮了,俺再也不用担心娃娃们上学路上黑了,巡察组帮了大忙!”4月16日,河南省鹤壁市浚县浚州街道西马庄村村民马先生高兴地说。
原来,从今年3月开始,浚县县委第三巡察组在对浚州街道及其下辖的12个村(社区)开展巡察时,收到群众反映,常庄村、贾庄村、西马庄村等村共用的入村道路没有安装路灯,存在安全隐患。
……经过不到一个月的施工,32盏节能路灯安装完成,并在交叉路口设置了减速带,进一步保障群众出行安全,让“摸黑路”变身“安心路”。
进驻以来,浚县县委第三巡察组坚持聚焦群众诉求,做实立巡立改、边巡边改,下大力气推动民生改善,先后推动解决了安全饮水、村内道路、绿化亮化等民生问题11项,……
“……”浚县县委第三巡察组组长李宗江表示。
(汪丽娜、王凌坤、卢一鸣)
""", {"unit": "浚州街道", "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://my.newssc.org/system/20220212/003259395.html (a county group's street-light story during its visit of a
    # township: the township as the visit names it (到片口乡开展常规巡察); 去年11月 gives no day (settled 12); 700 residents
    # and 180 elderly are no metric; the group's 巡查组 misspelling is the page's)
    ("beichuan_fourth_group_pianko_township_streetlights_story", "http://my.newssc.org/system/20220212/003259395.html", "news", """点亮群众出行之路 绵阳北川基层巡察解决群众烦心事
- 时间:2022-02-12 09:31
来源:四川新闻网 编辑:王飞
四川新闻网消息 “村里的路灯亮了,以后我们晚上不用摸黑走夜路,感谢巡察组为我们办了件大好事!”日前,北川县委第四巡察组在片口乡保尔村回访时,群众满是感激地说。
据悉,片口乡保尔村群众感谢的是北川县委第四巡查组督促解决了该村路灯安装的问题。
去年11月,按照北川县委巡察工作领导小组统一部署,县委第四巡察组到片口乡开展常规巡察。巡察组着力从解决群众的“操心事”“揪心事”“烦心事”入手,主动到群众家中唠“家常”,深入田间地头听“民意”。
……了解到保尔村700余名常住人口中,老人和儿童就有180多人。……
""", {"unit": "片口乡", "group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://jwfz.org.cn/show-43767.html (a district group's rent-arrears story at a village during a look-back: the
    # village as the visit names it (进驻蟾钟村开展村社巡察“回头看”); 2021年 and 去年 give no day; no count)
    ("longwan_third_group_chanzhong_village_look_back_rent_story", "http://jwfz.org.cn/show-43767.html", "news", """“太感谢巡察组的同志啦,帮咱村挽回了这么一大笔经济损失,这下村里修路搭桥、修缮文化礼堂的经费都有着落了!”……温州市龙湾区海滨街道蟾钟村的村民们开心地说道。
眼前欢乐的气氛与去年巡察组刚进驻蟾钟村开展村社巡察“回头看”工作时,完全是两种景象。
原来,在2021年龙湾区委村社巡察“回头看”工作开始后,为进一步拓宽群众问题反映渠道,区委第三巡察组第一时间开展了“网格式”走村入户,与村民们拉家常、聊村情,收集群众反映最突出最强烈的问题。在走访过程中,巡察组发现“村集体资产租赁工作不公开不透明”成了村民口中的高频词汇,……
""", {"unit": "蟾钟村", "group": "区委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://lzfzsp.org.cn/show-54127.html (a county group's village accounts story: 舞阳县委第六巡察组 read short (settled
    # 9); the village as the visit names it (进驻智王村开展提级巡察); 5月17日 takes its year from the page's date line
    # (2022-06-19) and is the start (settled 10: the day the group entered, no span told); 6 groups, 4 and 168.4 acres are
    # no metric; 5月22日 is the village's disclosure, no feedback)
    ("wuyang_sixth_group_zhiwang_village_accounts_story_2022", "http://lzfzsp.org.cn/show-54127.html", "news", """巡察组在行动 | 厘清糊涂村账
发布时间:2022-06-19 来源: 宁夏纪委监察网 作者:佚名
“过去我们村6个村民组的财务收支就是一本‘糊涂账’。巡察组短短几天时间就帮助我们摸清了底数,弄清楚了陈年旧账。”近日,面对正在村里走访的巡察组工作人员,河南省舞阳县章化镇智王村党支部书记王新政感慨道。
5月17日,舞阳县委第六巡察组进驻智王村开展提级巡察。工作人员走访群众时接到反映,该村有6个村民组,每组都有集体用地对外承包,每年有数万元租金收入。……
巡察组接到问题线索后,通过和村“两委”干部和村务监督委员会成员等人进行谈话,发现该村6个村民组普遍存在集体用地承包不规范、未经公开招投标和承包款未及时收缴、坐收坐支等问题,甚至第3村民组的4亩集体用地对外承包后,2015年以来的承包款迟迟不能收缴到位。
……很快弄清了6个村民组共有168.4亩集体用地的事实。……
5月22日,该村6个村民组按照要求,在……
""", {"unit": "智王村", "group": "县委第六巡察组", "term": None, "round": None, "start": date(2022, 5, 17), "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a city group's street and community story: the street's working committee as
    # the visit names it (对颍川街道党工委及所辖社区党组织开展常规巡察); 4月6日 and 4月13日 have no year and the excerpt no date
    # line: no start; the eighth group's talks in another community are not the main visit; 近百个 parking spaces no metric)
    ("yingchuan_street_city_sixth_group_community_parking_story", "search corpus pages (no URL returned)", "news", """“利剑”监督 “立竿见影”
    “俺们小区环境变整洁了,住着也舒心了,现在居民的出行顺畅多了,小区安全隐患也得到了排除,居民们打心眼里感谢你们!”这是市委第六巡察组到颍川街道某社区开展回访时,居民按耐不住喜悦的心情,向巡察组工作人员道谢的一幕。
    4月6日,按照市委统一部署,市委第六巡察组对颍川街道党工委及所辖社区党组织开展常规巡察,巡察组紧紧围绕创建全国文明城市这一中心任务,坚持边巡边改、巡督结合,推动文明城市创建工作再深入、再突破,把巡察的效果真正惠及人民群众。
    4月13日,市委第六巡察组接到社区居民的信访件,反映社区工作人员不作为,小区车辆乱停乱放,堵塞消防通道,存在安全隐患等问题。……
    市委第八巡察组在天源社区座谈、走访期间,也收到群众代表反映社区电线乱飞、车辆乱放、门岗无人值守等问题,遂现场召集居民和物业商议,督促其立即整改。随后,社区动用云梯,规整了“乱飞”的电线;调整门卫值班人员,制定排班表;喷划出停车位近百个,……
""", {"unit": "颍川街道党工委", "group": "市委第六巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://jc-fzw.org.cn/show-6058.html (a county's overview of its night visits to villages: the group is named under
    # its round (开化县委第八轮第五巡察组), not scored, and its round 8 is the text's; the county's totals since the visits
    # began (累计发现村级组织存在问题2770个,移交问题线索129条) are read as its figures (problems, and clues settled 6); the 136
    # matters solved are no metric; no day)
    ("kaihua_eighth_round_night_village_visits_overview", "http://jc-fzw.org.cn/show-6058.html", "news", """“小妹,村里的水渠后来有修缮吗?村干部有来跟进这个事情吗?”
“在枯水期的时候修缮的,不怕下雨涨大水了。”
日前,开化县委第八轮第五巡察组副组长柴红根对“住村夜巡”期间发现的问题进行回头看,通过电话回访、照片比对等方式检查整改落实情况。
“在走访时间上,我们建立了错时走访制度,巡察组白天办事、晚上听事,降低对农户生产的影响。”开化县委巡察办有关负责人介绍,近年来,该县针对农村“日出而作,日落而息”的生活特点,探索“住村夜巡”模式,……
为提高问题线索收集率,在夜访对象上,该县巡察机构建立“三个走遍”模式,即走遍自然村、党员户、困难户,……截至目前,累计发现村级组织存在问题2770个,移交问题线索129条。
……巡察期间召开“问询质询会”,……136件群众关心的重点问题得到有效解决。
""", {"term": None, "round": 8, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 2770), ("clues_transferred", 129)]}),
    # https://pingle.qlgl.gov.cn/show-242-62174-1-9.html (a county group's road story at a township it visited, told at
    # the group's return: 兴安县委第三巡察组 read short (settled 9); the township as the visit names it (对华江瑶族乡开展常规巡察);
    # a span in whole months (2023年3月至7月) gives the months' first and last days (settled 11); the matter handed to the
    # township's committee (反馈至华江瑶族乡党委) is no feedback day; 1公里 no metric)
    ("xingan_third_group_huajiang_township_road_story_2023", "http://pingle.qlgl.gov.cn/show-242-62174-1-9.html", "news", """“感谢巡察组解决了我们老百姓的‘糟心事’,为我们修了一条崭新的道路,‘糟心路’成为我们的‘舒心路’啦,为你们点赞。”近日,兴安县委第三巡察组来到华江瑶族乡高田村开展巡察问题整改“回头看”,村民张广成既高兴又激动地说道。
高田村至华江乡街上的道路是高田村村民们去乡里的必经之路。然而,就是这样一条“民生路”,一年前的面貌却让群众感到非常“糟心”。
2023年3月至7月,县委第三巡察组对华江瑶族乡开展常规巡察,在千祥村委高田村入户走访时,当地村民反映村里到乡里街上的道路坑坑洼洼,经常是晴天一身灰,雨天一身泥,严重影响了村民们的出行。
……通过实地走访,巡察组组员发现高田村至华江乡街上这条长约1公里的道路,路面出现了多处破损,……
道路问题涉及群众的生产生活,必须要尽快加以解决。巡察组迅速召开组务会,把群众反映的道路问题作为立行立改事项反馈至华江瑶族乡党委,督促其迅速整改。……
""", {"unit": "华江瑶族乡", "group": "县委第三巡察组", "term": None, "round": None, "start": date(2023, 3, 1),
      "end": date(2023, 7, 31), "feedback_date": None, "figures": []}),
    # https://news.shi-fen.com/china/202407/50-1599154.html (a county group's road story at a town it visited, copied on a
    # news aggregator: 藤县县委第二巡察组 read short (settled 9); the town as the visit names it (进驻象棋镇开展村级巡察);
    # 此前 and 近日 give no dates; 500余米 and the 2023 project are no metric)
    # (r32 pass: the unit corrected to the place's party committee the text names, by settled convention 15)
    ("tengxian_second_group_xiangqi_town_road_story", "https://news.shi-fen.com/china/202407/50-1599154.html", "news", """“路终于修好了,心情也变舒畅了。”近日,在藤县象棋镇甘村石街头组,走在平坦的水泥路上,村民黎大叔开心地对前来回访的县委第二巡察组同志说道。
此前,藤县县委第二巡察组进驻象棋镇开展村级巡察,群众反映通往他们村组的路还是烂泥路,破损严重,还没得到硬化,他们出行很不便。
“群众的诉求是我们开展巡察的切入点,而道路硬化与群众生产生活密切相关,我们要高度重视。”县委第二巡察组组长在组务会上强调。
根据群众反映的情况,巡察组深入甘村实地走访、了解情况,了解到群众所反映的道路是甘村通往石街头组、旱平根组等村组道路,路段长500余米,……
……巡察组将这一情况向象棋镇党委、甘村党总支部反映,督促镇村立行立改。
……县财政局将该项目列入藤县2023年农村公益事业建设财政奖补项目,……
""", {"unit": "象棋镇党委", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a county round's road story at a community, from a city discipline site's
    # story page with its editor line: term and round from 十三届嵩明县委第五轮; the two bureaus named in the round's list are
    # its units (settled 8), the 7 villages and 2 schools counted are none, "unit": "" beside them as r27b's Nanling; the
    # third group walked in 普渡社区 (no unit); 50多万元, 1.3公里 and 81 lamps are no metric)
    ("songming_thirteenth_term_fifth_round_two_bureaus_community_road_story", "search corpus pages (no URL returned)", "news", """再次来到嵩明县嵩阳街道普渡社区,进村道路变得更宽敞了,路边装上了路灯,红白相间的安全护栏格外显眼。
……
事情还得从县委第五轮巡察说起。十三届嵩明县委第五轮巡察对县农业农村局及7个村(社区)、县教育体育局及下属2所学校开展常规巡察。进驻期间,县委第三巡察组到普渡社区走访群众,恰好碰到几个老人聚在村子里的小广场闲聊,……
巡察组随即将问题向普渡社区进行反馈,经研究后,巡察组将该问题写进了巡察报告,并向县农业农村局、县交通运输局提出了工作建议。
县农业农村局、县交通运输局、嵩阳街道、普渡社区形成工作合力,压实整改责任,筹措了50多万元资金,将村内1.3公里有安全隐患的路段加宽,在路边装上了安全防护栏,并安装了81盏路灯。
……(嵩明县委巡察办 李贵芬 刘庆华 || 责任编辑 吴刘继)
""", {"unit": "", "units": ["县农业农村局", "县教育体育局"], "group": "县委第三巡察组", "term": 13, "round": 5,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://city.dahe.cn/2024/10-15/1832382.html (a county round's basement story at a residential area: the group is
    # named by a special name (临颍县委第六巡察村(社区)组), not scored, and the setting it walked is no unit; term and round
    # from 十四届临颍县委第九轮巡察以来; 近日 gives no date)
    ("linying_fourteenth_term_ninth_round_village_group_basement_story", "https://city.dahe.cn/2024/10-15/1832382.html", "news", """临颍:“三顾”地下室 解决群众漏水烦心事

2024年10月15日15:38

来源:大河网

大河网讯 “我们小区地下室漏水严重,已经影响到了大家的正常生活和物品存放,你们巡察组管这事吗?”近日,临颍县委第六巡察村(社区)组在杜曲镇河董居民小区走访时,被反映问题的居民拦住了路。
民有所呼,巡有所应。巡察组立刻前往现场查看情况,……
巡察组马上联系村两委班子和小区物业,共同商讨解决方案。……
十四届临颍县委第九轮巡察以来,各巡察组坚持以人民为中心的价值取向,紧盯群众牵肠挂肚的民生大事和天天有感的关键小事,帮助群众解决实际问题,……(张苗苗)
""", {"term": 14, "round": 9, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://jrrz.ruzhounews.com/jqckj/news/1913/7766/48217-1.shtml (a city round's community story: term and round
    # from 八届汝州市委第九轮; 市委第一巡察组 as written; the group walked a community's resettlement flats and handed the
    # matter to a street's working committee, neither said to be its visit, so no unit; 3月初 gives no day (settled 11))
    ("ruzhou_eighth_term_ninth_round_first_group_resettlement_flats_story", "https://jrrz.ruzhounews.com/jqckj/news/1913/7766/48217-1.shtml", "news", """“以前下雨天给电动车充电,总担心漏电或者电路短路,现在电动车充电区域加装了遮雨棚,即使雨天充电也不再担心安全隐患了。”近日,在二里店社区安置区目睹电动车充电区域施工时,社区居民李先生高兴地向周围人分享这一变化。
3月初,自八届汝州市委第九轮巡察工作启动以来,市委第一巡察组在走访二里店社区回迁房时发现了几个问题:电动车充电区域缺乏遮雨设施、高层住宅窗户未安装安全防护措施以及居民上网不便等。巡察组发现问题后迅速与钟楼街道党工委取得联系,并下发了立行立改通知书,强调要彻底消除安全隐患,提升群众的幸福感和满意度。
接到《立行立改交办表》后,钟楼街道党工委高度重视,严格按照问题清单逐一核实,……
""", {"group": "市委第一巡察组", "term": 8, "round": 9, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://www.ypynws.com/news/xhn/202405/19949997.html (a district's micro-group street-light story at a community, in
    # traditional script with readings in brackets and characters lost to "?": the group has no number (區委微巡察組), not
    # scored; the community as the visit names it, written simplified; 3月7日起 takes its year from the date line
    # (2024-05-17) and is the start; a planned two months gives no end)
    ("hecheng_micro_group_dongxing_community_streetlights_bracketed_trad", "http://www.ypynws.com/news/xhn/202405/19949997.html", "noisy", """湖南日?qǐng)?bào)·新湖南客戶端 2024-05-17 15:33:48
“沒(méi)想到反映的問(wèn)題這么快就解決好,路燈修好以后,晚上出門就不用擔(dān)心會(huì)摔跤了?!苯袢?,居住在東興社區(qū)步行街內(nèi)的居民紛紛向微巡察組的工作人員表示感謝。
3月7日起,區(qū)委微巡察組對(duì)鶴城區(qū)城中街道東興社區(qū)開(kāi)展為期兩個(gè)月的巡察,微巡察組深入街頭巷尾,認(rèn)真傾聽(tīng)居民訴求,也通過(guò)制作“碼上巡察”二維碼,張貼菜市場(chǎng)、銀行等醒目位置,暢通監(jiān)督舉報(bào)渠道,……
了解群眾訴求后,微巡察組現(xiàn)場(chǎng)核實(shí),交辦東興社區(qū)即知即改、立行立改,……
""", {"unit": "鹤城区城中街道东兴社区", "term": None, "round": None, "start": date(2024, 3, 7), "end": None,
      "feedback_date": None, "figures": []}),
    # http://webcamchatlives.com/news/2022/12/14994.html (a city's third round of three townships with its villages, a
    # well story in traditional script with readings in brackets, copied under an unrelated domain's title line: term and
    # round from 十一屆冷水江市委啟動第三輪巡察; the three townships as written (等3個 closes a full list), "unit": "" beside them;
    # the launch day 10月31日 is no start; the group, a working team then 巡察組 with no number, is not scored)
    ("lengshuijiang_eleventh_term_third_round_three_townships_well_story_trad", "http://webcamchatlives.com/news/2022/12/14994.html", "noisy", """97精品久久天干天天图片_中国日本亚洲综合久久久_精品人妻无码专区在线无广告视频_中文字幕亚洲欧美丝袜

設(shè)為首頁 | 加入收藏
當(dāng)前位置:首頁 > 基層廉線 > 冷水江市 > 正文

巡察進(jìn)駐抗旱井水潤村民

  劉海 余勇   2022/12/22 20:59:03【字體:  

“打出來的水嘩嘩地流,水源清亮又甘甜,以后再也不用為喝水用水發(fā)愁了”“現(xiàn)在終于可以喝到放心、純凈的山泉水了,非常感謝冷水江市委巡察組一線工作隊(duì)的同志,給我們解決了燃眉之急”……日前,冷水江市禾青鎮(zhèn)禾青村的村民看到源源不斷噴涌而出的井水,奔走相告,臉上掛滿了喜悅的笑容。

今年入夏以來,冷水江市遭遇了百年一遇的干旱天氣,……10月31日,十一屆冷水江市委啟動第三輪巡察,對禾青、三尖、金竹山等3個鄉(xiāng)鎮(zhèn)開展“巡鄉(xiāng)帶村”工作,明確要求將“抗旱保水打井”工作納入此次巡察重點(diǎn)內(nèi)容。11月初,為落實(shí)婁底市委統(tǒng)一部署的“一切工作到支部”,冷水江市委全面推進(jìn)“一線工作法”,市委巡察辦派出5名工作人員到禾青村開展一線工作,……
一線工作隊(duì)員通過走訪發(fā)現(xiàn),禾青村15組的村民反映最近幾個(gè)月來都沒有井水喝,……巡察組果斷決定提前進(jìn)駐禾青村開展巡察,……
""", {"unit": "", "units": ["禾青", "三尖", "金竹山"], "term": 11, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://nku514.com/zhxw/41069.html (SHARES_TEMPLATE: a city group's street-light story in a community during its
    # village round, traditional script with doubled commas, on the mirror r27b's Dusi story uses: the group short; the
    # 21 villages named by one example before a count leave the units unscored; 近日 and 2013年 give no date; 131 lamps and
    # 50余萬元 are no metric)
    ("dengzhou_eighth_group_yuangang_community_streetlights_doubled_commas_trad", "https://nku514.com/zhxw/41069.html", "noisy", """鄧州網(wǎng)訊 “巡察組來了,,我們社區(qū)的路燈全亮了,。”近日,,構(gòu)林鎮(zhèn)袁崗社區(qū)群眾自發(fā)來到市委第八巡察組駐地,對(duì)工作人員激動(dòng)地說,。
市委第八巡察組進(jìn)駐構(gòu)林鎮(zhèn)楊渠村等21個(gè)村(社區(qū))開展巡察以來,聚焦群眾急難愁盼問題,,堅(jiān)持巡中“能改盡改,、應(yīng)改盡改”,以“立竿見影”的效果,,贏得群眾的信任和支持,。
“我們剛進(jìn)駐,就接到群眾反映袁崗社區(qū)很多路燈不亮,,群眾夜間出行很不方便,,特別是晚上學(xué)生放學(xué)回家很不安全。”市委第八巡察組工作人員說,,經(jīng)調(diào)查了解,,袁崗社區(qū)在2013年投資50余萬元安裝路燈131盞,,因年久失修現(xiàn)有80余盞損壞不亮,……
“……”市委第八巡察組組長(zhǎng)畢建紅表示。
""", {"group": "市委第八巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://bid.caigoupt.com/info-269113243.html (a city group's road story at a village, copied on a procurement site
    # with its counts starred out (**户, *.*万元, ***米) behind a login line: 东港市委第二巡察组 read short (settled 9); the
    # village as the visit names it (进驻北井子镇海鹰村开展现场巡察); 去年 and 日前 give no dates; the starred counts are no
    # metric and no number)
    ("donggang_second_group_haiying_village_road_story_starred_counts", "http://bid.caigoupt.com/info-269113243.html", "noisy", """辽宁丹东[综合信息] “糟心路”变成“连心路”
查看隐藏内容(*)需先登录
“同志啊,俺可不是来告状的,是来感谢你们帮忙把屯堡路修好了,现在走路开车别提有多方便了!”日前,东港市北井子镇海鹰村村民来到东港市委第二巡察组信访接待室,向巡察干部表达感激之情。去年,东港市委第二巡察组进驻北井子镇海鹰村开展现场巡察时,陆续接到村民反映,村组屯堡路损坏严重,居民出行极为不便。巡察组利用午休实地走访察看,了解到有**户村民出行有困难,原因是一条屯堡路因水利施工变成了坑坑洼洼的“拉链路”。巡察组立即对镇、村干部开展个别谈话,向水利部门了解情况。原来,东港市农村饮水安全提升项目二期工程涉及北井子镇*个行政村,……在巡察组的推动下,海鹰村自筹资金*.*万元,租用铲车、切割机,聘请*名技术人员,仅用两天时间修复了***米长的破损路面。……”东港市委第二巡察组组长表示。
""", {"unit": "北井子镇海鹰村", "group": "市委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://red-daffodil.com/hnnew/2024-07-26/708160.html (a county round's road story at a town, in traditional script
    # with readings in brackets and a lost character run (蹦蠀捂 for 南呂鎮), copied on an unrelated domain: term and round
    # from 十四屆屯昌縣委第七輪; the group is named under its round, not scored; the town as the visit names it (進駐南呂鎮),
    # written simplified; 2024年3月 has no day (settled 12) and 为期3个月 is a planned length: no start, no end)
    ("tunchang_fourteenth_term_seventh_round_nanlv_town_road_story_bracketed_trad", "http://red-daffodil.com/hnnew/2024-07-26/708160.html", "noisy", """首頁—正文
分享到:
屯昌:修路便民暖人心
2024年07月26日 15:57 來源:中新網(wǎng)海南

  中新網(wǎng)海南新聞7月26日電(謝可) “這條路壞好久了,難走又經(jīng)常積水,一下雨很不方便,謝謝你們!現(xiàn)在出行方便多了!蹦蠀捂(zhèn)墟居民林大爺給屯昌縣委巡察組回訪工作人員豎起大拇指表達(dá)感謝。

  2024年3月,十四屆屯昌縣委第七輪巡察第三巡察組進(jìn)駐南呂鎮(zhèn)開展為期3個月的常規(guī)巡察。期間,巡察組開展入戶走訪時,南呂社區(qū)居民向巡察組反映,南呂鎮(zhèn)新東街環(huán)西路路面損壞影響日常出行。

  根據(jù)民眾反映的情況,巡察組立即趕赴現(xiàn)場查看,……巡察組將該問題向南呂鎮(zhèn)黨委反饋,要求立行立改,全面完成整改。

  截至2024年7月,南呂鎮(zhèn)政府已組織人員對該路面進(jìn)行填補(bǔ)修復(fù),……(完)
""", {"unit": "南吕镇", "term": 14, "round": 7, "start": None, "end": None, "feedback_date": None, "figures": []}),
]
