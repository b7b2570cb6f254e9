"""Outside texts of batch r29-held, collector B's share (issue 14), held out: county, district and city committees'
groups at work in townships, towns, streets, villages and communities (stories of a group's visit, a village round's, a
look-back's and a special round's), and noisy copies of such stories (traditional script with readings in brackets and
lost characters, pinyin in brackets, a word-spun copy), collected with the search tool from public pages that are in no
earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query string, in every
tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r28d) and test_outside_documents.py (and
seeds.py), and two or three distinctive names or phrases of each text (simplified and traditional script: places,
villages, communities, streets, group leaders, term-and-round strings) likewise; at the end every address, portal and
place of each text was grepped in the other collectors' files of this pass (outside_r29.py, outside_r29c.py,
outside_r29d.py, as they stood when checked; see the end of this docstring). Every text was then compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r29b.py` (see below). Their fields are written down by reading
only. The importer was not run on them, no test or bench that runs it was run, and the collector read neither
imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring and the brief); the
integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 22 texts from the search tool's "pages" corpus, all with their address. The corpus is exhausted for round
notices: of about 170 candidate addresses checked, about six in seven were earlier batches' (every county, district and
city round list, entry, mobilisation, feedback, summary and progress notice the searches returned, e.g. Kunming's twelve
villages, Nanling's Xuzhen and Jishan, Yuexi, Huizhou's Huicheng, Xuyi, Haibowan, Luohu, Wuwei, Binzhou, Hanzhong,
Yunyang, Anxiang, Tongzhou, Sheqi, and about half the village and street stories). What still gave new texts: stories
of a group at work in a township, town, street office, village or community (Xichou, Lin'an, Guangnan, Xichuan,
Linxiang, Hepu, Xian'an, Wujin, Chuanhui, Chancheng, Xiping, Shangnan, Honghe, Jiaxian), and noisy copies of such
stories (Qiaojia, Changning and Eshan's Dianzhong in traditional script on the qdubb.cn mirror, Eshan's Chahe on the
www6ccc.com mirror, Hanshan on an unrelated domain, an unnamed county's Xinji township in traditional
script with bracketed readings on a forum, Shigu with pinyin in brackets, Nanzhao in a word-spun copy). Left out after
reading: a first-person story of a group's reception day that names no place or body (qdubb.cn 2019), a city and
county linked group's poverty round story whose group has no number of its own and whose body is unclear (Sheqi 2018;
r20 holds another Sheqi text), Maping's road story (r28b left it out: its group has no number and it names no visit),
and a duplicate copy of the Shigu story (uforgun.com).

Families and counts (22 texts, none in SHARES_TEMPLATE; 22 measured). progress 0 (no progress report the searches
returned was new); news 14, all measured: eleven stories scoring the visited body as the visit names it
(xichou 鸡街乡, linan 郎家村, xichuan 龙城街道办事处, linxiang 博尚镇, hepu 党江镇马头村委, xianan 区住建局, wujin 湖塘镇,
chuanhui 区应急局, chancheng 市东社区, honghe 架车乡妥产村委会, jiaxian 堂街镇小寨村, the one text with a start: 2020-08-06,
its entry day with the dated line's year) and three whose visited body is not named or named
only by example before a count (guangnan, xiping: group only; shangnan: term only); rounds 0; audit 0; noisy 8, all
measured: traditional script with lost characters: qiaojia_city_second_group_yaoshan_town_special_round_dropout_story_trad
(a unit and a group); traditional script: changning_second_group_tianyuan_town_ditch_story_trad (a unit and a group),
eshan_county_group_dianzhong_town_timber_money_story_trad (a unit, no numbered group),
eshan_second_group_chahe_township_ditch_repairs_story_trad (a unit and a group; a repairs' period that is no visit's span),
hanshan_tenth_term_eighth_round_third_group_nanjie_village_streetlights_trad (group, term and round; villages named by
example before a count);
traditional script with bracketed readings: xinji_township_first_group_xiyangshi_village_sewer_story_trad (a group; the
villages named by example before a count); pinyin in brackets: shigu_fifth_term_seventh_round_old_town_streetlights_story_pinyin
(term and round, no numbered group, no body); a word-spun copy: nanzhao_second_group_xiping_village_bridge_rail_spun_copy
(a group). Family totals: progress 0, news 14 (14 measured), rounds 0, audit 0, noisy 8 (8 measured).

Fields read: 46 (each unit, group, term, round and start stated), and 119 absence checks (None for term, round, start, end and
feedback day, and [] for figures, where a careless reader might fill the field), by the collector's count; all outside
SHARES_TEMPLATE. By family: news 32 fields and 75 absence checks, noisy 14 and 44. No figure is read: the stories' counts
(lamps, metres, households, yuan, villages and communities counted, monitored households, 10余名学生) are no metric, and
no text states a problems, measures or clues count of a visit (the Xinji group's running totals are cut from the excerpt;
Hanshan's 问题20余件 is the round's groups' tally of matters pushed to a solution, approximate, and left no figure).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r29b.py` (run at the end): 22 texts against 1667
earlier; no shared address; pairs over 3 shared shingles: 5, of which over 3 beyond formulas: 1 (two of this batch's own
Henan stories, Xichuan and Xiping, share the stock phrase 群众利益无小事,民生问题大于天); the others share official or
script fragments only (專(zhuān)項(xiàng)巡 with r-batches' provincial_statistics_trad and tax_inspections_pinyin, 程中發(fā)現(xiàn) with
luanzhou_federation_feedback_trad, 黨總支開展常規(guī)巡察 with mcc_pinyin); longest shared run 17 characters; no text shares
more than formulas with the seeds. Of the other collectors' files of this pass only outside_r29d.py existed when checked
(outside_r29.py and outside_r29c.py not yet written): none of this batch's addresses, portals' pages or places
(西畴, 鸡街, 郎家, 龙秧, 淅川, 博尚, 党江, 湖塘镇, 市东社区, 五沟营, 寺湾村, 妥产, 药山, 田園鎮, 西羊石, 石鼓, 孙庄桥, 甸中,
岔河, 河沙, 小寨村, 峨山, 邯山 …) is in it.

Reading conventions (outside_set.py's settled conventions 1-12 and the fuller written conventions of outside_r24.py's
docstring followed exactly): a day without a year gives no date (Linxiang's 日前, Guangnan's 今年8月15日, Chuanhui's
4月24日); an entry or visit told by its month only (Lin'an's and Hepu's 2023年6月 and 2023年11月, Xian'an's 2024年4月,
Qiaojia's 2019年5月, Xichou's 去年10月, Hanshan's 2024年6月) gives no start (settled 12), but an entry day whose year the
dated line gives is the start (Jiaxian's 8月6日 in a text dated 2020年09月25日, settled 10); a completion, look-back or building time (今年6月,
今年8月, 历时11个月, 十余天) gives no end; a group named with its owner's place in front is written short (settled 9:
西畴县委第三巡察组 -> 县委第三巡察组, 临安区委第二巡察组 -> 区委第二巡察组, 常州市武进区委第四巡察组 -> 区委第四巡察组,
昌寧縣委第二巡察組 -> 县委第二巡察组); a group with no number of its own (巡察组, 商南县十八届县委巡察) or named under its
round (十三届合浦县委第二轮对村巡察第四巡察组) is not scored, but a group the text later names with its number is (禅城区委
第五巡察组负责人 -> 区委第五巡察组); a round or term named with the committee that runs it is the text's (五届区委第十轮,
十三届合浦县委第二轮对村巡察, 禅城区第七轮对村(社区)党组织巡察, 红河县委第十三轮, 五届区委第七轮, 十八届县委); the visited
body is written as the visit names it (对鸡街乡开展巡乡带村巡察, 首次进驻郎家村, 入驻龙城街道办事处, 进驻党江镇马头村委,
进驻该区湖塘镇), counted villages and communities inside it are no units (settled 8: 博尚镇及所辖19个村, 田园镇党委及下设13个
社区党组织, 甸中鎮黨委及所轄11個村(社區)黨總支), and bodies named by one example before a count (五沟营镇吕哨等9个村, 辛集鄉鄧寨、西羊石等12個村) leave the unit
unscored; a village group or hamlet where a group only walked or called (者太乡三卡村委会龙秧村小组, 云阳镇西坪村孙庄组,
金丝峡镇寺湾村陈家庄组) is no unit; expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it: Changning's unit is read as 田园镇党委 (the body of 對田園鎮黨委及下設13個社區黨組織開展
常規巡察) rather than the 田园镇 of its entry (進駐田園鎮); Qiaojia's unit as 药山镇, the town where the city group held its
"巡乡带村看县" special round (在藥山鎮開展…專項巡察), though the round may have covered the county too; Chuanhui's unit as
区应急局, the bureau the group was inspecting when the story happened (正在区应急局开展巡察工作), not the community it
helped; Xian'an's as 区住建局 (the special round's body) rather than the housing estate of the story; Hepu's and Honghe's
village committees as written with their township in front (党江镇马头村委, 架车乡妥产村委会), as r28b's 北井子镇海鹰村;
Chancheng's round 7 is a round of village inspections (第七轮对村(社区)党组织巡察) and its group is scored from the later
mention with its number; Shangnan's 十八届县委巡察期间 gives term 18 with no round; Wujin's and Chuanhui's texts are on city
discipline portals that earlier batches draw on, and Linxiang's on a portal r9 and r15 draw on (r10 holds another round
of the same district on no address), each another round, place and kind of text, so all are measured; the two
traditional-script stories on qdubb.cn (a mirror domain many batches use) are other counties' than r18's Shiping there.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure (none: the
# portals shared with earlier batches (qdubb.cn, jjw.changzhou.gov.cn, zksjjjc, lcjjjc.gov.cn, news.shi-fen.com) hold
# other places, rounds and kinds of text there).
SHARES_TEMPLATE: tuple[str, ...] = ()

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R29B = [
    # --- news: a county's, district's or city's group at work in a township, town, street, village or community ---------
    # http://jjnc.org.cn/show-123050.html (a county group's irrigation ditch story on a discipline news site, 2019-11-13,
    # copied from the province's portal: 西畴县委第三巡察组 read short (settled 9); the township as the visit names it
    # (对鸡街乡开展巡乡带村巡察); 去年10月 and 今年3月 give no dates (no day; settled 12); 10多米 is no metric)
    ("xichou_third_group_jijie_township_ditch_story_2019", "http://jjnc.org.cn/show-123050.html", "news", """巡察微故事 | 巡通“幸福渠”

时间:2019-11-13 来源:云南省纪委监委 作者:佚名 0

  远山青翠,蝉声阵阵,当西畴县委第三巡察组干部再次走进鸡街乡中寨村委会闫家田村,放眼望去,涓涓流水经过灌溉沟渠缓缓流入一块块稻田。与原先灌溉沟渠堵塞,田里无水可用的情景大不相同,隐约间好像看到了稻浪滚滚。

  “你们巡察过后,乡里很快安排了人查看沟渠堵塞情况,带着我们一起清理修复,今年3月恢复了通水,种田不用为水发愁了。”正在田里忙碌的村民王大哥看到巡察干部熟悉的身影,高兴地迎了上来。

  王大哥第一次见到县委第三巡察组的干部是在去年10月,县委第三巡察组对鸡街乡开展巡乡带村巡察,下沉调研走访至闫家田村时,原本在村头闲聊的王大哥和几位村民听说巡察组可以帮助群众解难事,便很快围到巡察干部身边,你一言我一语,说起了村里灌溉沟渠被堵的问题。
……
""", {"unit": "鸡街乡", "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.lanews.com.cn/content/2025-10/11/content_9843451.html (a district group's letter of thanks story, 2025: 临安区委
    # 第二巡察组 read short (settled 9); the village as the visit names it (首次进驻郎家村); 2023年6月 is an entry told by its month
    # only and 今年8月 a look-back's month: no start (settled 12), no end)
    ("linan_second_group_langjia_village_letter_of_thanks_story_2025", "https://www.lanews.com.cn/content/2025-10/11/content_9843451.html", "news", """不虚此“巡”—— 一封感谢信背后的“为民巡察”故事
发布时间:2025-10-11

“区委巡察组以实际举措践行了‘为民巡察’初心,既解除了村民的安全之忧,更挽救了一个濒临破碎的家庭……”今年9月底,临安区青山湖街道党工委委员金耿和郎家村党总支书记郦桂忠来到了临安区委巡察机构,将一封满含着全体村民情意的感谢信送到了巡察干部的手中。这封情意满满的感谢信的由来,还得从两年前的对村(社区)巡察工作说起。

结合杭州市“百村巡察·强基惠民”专项行动统一部署,2023年6月,临安区委第二巡察组首次进驻郎家村。在实地走访过程中,不少村民反映,村里有名患有精神障碍的村民李某某,因为家庭贫困且缺乏有效监护,病情反复恶化,……

为了解巡察发现并推动解决群众急难愁盼问题的实际效果,在临安区委部署下,今年8月,区委第二巡察组再次走进郎家村,开展对村巡察“回头看”工作,……
""", {"unit": "郎家村", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.163.com/dy/article/GK3FFSS70545RKWM.html (a county group's village walk story on a portal's self-media page:
    # 广南县委第二巡察组 read short (settled 9); the body the group inspects is not named (it walks in a village group of a
    # village committee of a township), so the unit is left unscored; 今年8月15日 has no year and is a walk, no entry: no start;
    # 10万元 and 600多平米 are no metric)
    ("guangnan_second_group_longyang_village_group_walk_story", "https://www.163.com/dy/article/GK3FFSS70545RKWM.html", "news", """广南县委第二巡察组的同志在者太乡三卡村委会龙秧村小组入户走访时遭到了群众“挑衅”和爱答不理。这是怎么回事呢?事情还要从巡察组到龙秧村小组走访开始说起。
今年8月15日,县委第二巡察组的同志进村走访,了解群众的生产生活情况,看群众是否受到不公平、不公正待遇,是否遭受吃、拿、卡、要问题,是否有人侵占集体利益和损坏群众利益等问题。……
组长杨某说:“具体情况在座谈会上我已经向你们巡察组的组长反映了,我们就是觉得奇怪,10万元的资金,只做了600多平米的场地硬化、修缮活动室和厕所。……”
""", {"group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://zgyapi.01ny.cn/html/news/2024/05/28/show-437228.html (a county group's river trees and sewer story on a city
    # news site, 2024: 淅川县委第四巡察组 read short (settled 9); the street office as the entry names it (入驻龙城街道办事处);
    # no day is told; 七颗大杨树 and 一公里 are no metric)
    ("xichuan_fourth_group_longcheng_street_office_river_story_2024", "http://zgyapi.01ny.cn/html/news/2024/05/28/show-437228.html", "news", """南阳网讯(通讯员 张垚)“你好,我们是淅川县委第四巡察组,请问有什么问题要反映?” “我是龙城街道春风社区的居民,春风社区娃鱼河河道内有七颗大杨树,而对面正是一座水拱桥,每年一到汛期,树木极易被上游洪峰冲倒,造成河道堵塞,影响周围两侧居民区的安全,三四年了,我们向有关部门多次反映,但是他们互相推诿,问题一直没有得到解决。这次看到了巡察公告,希望巡察组能够帮我们解决一下。”这是县委第四巡察组入驻龙城街道办事处以来接到的第二个来访电话。
群众利益无小事,民生问题大于天。巡察组组长陈剑峰闻讯,在主抓疫情防控工作期间不顾酷暑,与组员一道沿洼鱼河段步行一公里,对反映问题进行实地查看,……便于当日对此下发《整改通知书》,……
""", {"unit": "龙城街道办事处", "group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://lcjjjc.gov.cn/info-12-18790.html (a district group's sewer manhole story on a city discipline portal (r9's and
    # r15's texts there are other counties' overviews; r10's linxiang_fourth_round is another round of this district, in a notice):
    # term and round from 五届区委第十轮; 该区委第四巡察组 as 区委第四巡察组; the town as the round names it (对博尚镇及所辖19个村开展
    # 机动巡察), its 19 counted villages no units (settled 8); 日前 gives no date; 17户 is no metric)
    ("linxiang_fifth_term_tenth_round_fourth_group_boshang_town_manhole_story", "http://lcjjjc.gov.cn/info-12-18790.html", "news", """“张组长,今天施工队已经进场动工了,镇上村上也有人在现场,督促施工队按质按量做好井盖维修加固,真是太感谢你们了……”一大早,临翔区博尚镇小勐准组的李大哥就给该区委第四巡察组打来了电话,电话那头,李大哥言语间透露着难以掩饰的高兴与喜悦。
日前,临翔区启动五届区委第十轮巡察,该区委第四巡察组对博尚镇及所辖19个村开展机动巡察。进驻后,巡察组通过实地走访、个别谈话等方式,全面深入了解群众反映的意见和诉求,着力解决与群众切身利益息息相关的突出问题。
……
原来,污水管网井盖属于该组的农村人居环境整治项目,但实施过程中井盖底座没有用钢筋加固,被车子反复碾压后造成井盖陷落。在与群众交谈中,巡察组还了解到,该项目施工过程中排污管道脱落、损坏,导致污水回流部分农户庭院,17户农户排污管未接入主管道,影响群众生产生活。
""", {"unit": "博尚镇", "group": "区委第四巡察组", "term": 5, "round": 10, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://news.shi-fen.com/china/202408/50-1604286.html (a county village round's road story on a news mirror (r28b's
    # tengxian story is on the same mirror, another county): term and round from 十三届合浦县委第二轮对村巡察; the group is
    # named under its round, not scored; the village committee as the entry names it (进驻党江镇马头村委), as r28b's
    # 北井子镇海鹰村; 2023年11月 has no day (settled 12) and 今年6月 is a completion: no dates; 700米 is no metric)
    ("hepu_thirteenth_term_second_village_round_matou_village_road_story", "https://news.shi-fen.com/china/202408/50-1604286.html", "news", """巡察故事丨“烦心路”变“舒心路”

“你们是巡察组的吗?我们想反映个问题。我们村有条路,遇到雨季和海水涨潮倒灌回来就会被淹,积水排不出去大家出行受阻。这个事你们能帮管管吗?”

2023年11月,十三届合浦县委第二轮对村巡察第四巡察组进驻党江镇马头村委开展巡察时,村民们纷纷反映该村委十八沥自然村的道路长期失修,给群众出行造成诸多不便的问题。
……
通过走访后发现,马头村委十八沥自然村有一段长约700米的道路,多处路面破损,……巡察组将该路段问题作为立行立改事项,把问题反馈至党江镇党委,督促其迅速整改。……在巡察组的积极推动下,今年6月,马头村委十八沥自然村道路硬化工程顺利完工。
""", {"unit": "党江镇马头村委", "term": 13, "round": 2, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://xaq.xnjwjc.gov.cn/lzyw/gzdt/202412/t20241211_3837538.shtml (a district group's drainage story on a city discipline
    # portal, 2024: 咸安区委第一巡察组 read short (settled 9); the bureau as the special round names it (对区住建局开展服务先行区
    # 建设专项巡察); 2024年4月 has no day (settled 12); 2023年7月 and 2024年2月 are a complaint's and a meeting's months; 8万余元,
    # 2条截水沟 are no metric)
    ("xianan_first_group_housing_bureau_special_round_drainage_story_2024", "http://xaq.xnjwjc.gov.cn/lzyw/gzdt/202412/t20241211_3837538.shtml", "news", """巡察微故事 | 咸安: 通了排水道 暖了居民心

来源:咸宁市纪委监委网站 时间:2024-12-11 10:39

“现在污水管道也疏通了,排水很顺畅,下大雨也不怕了,住着很舒心。”近日,当咸安区委第一巡察组再次来到永安街道徐家湾石油小区开展回访住在该小区的居民李婆婆高兴地和大家说起了自己小区的变化

2024年4月区委第一巡察组对区住建局开展服务先行区建设专项巡察,在查阅资料时发现,2023年7月徐家湾石油小区居民反映小区淹水问题,区住建局回复新增一道雨水管进行分流,已解决积水问题2024年2月,全市城市管理和提升文明程度推进会曝光了小区雨天仍存在污水外溢问题。
……
区委第一巡察组将该问题反馈区住建局区住建局迅速组织设计单位、施工单位现场查勘,分析研判排水困难成因,制定施工方案,投入8万余元新增2条截水沟1条对外排水管道改变排水方向。……
""", {"unit": "区住建局", "group": "区委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://jjw.changzhou.gov.cn/html/jw/2020/BFDFPFIB_0617/18040.html (a district group's flooding story at a town on a city
    # discipline portal (earlier batches' texts there are other rounds and places): 常州市武进区委第四巡察组 read short (settled
    # 9); the town as the entry names it (进驻该区湖塘镇,以巡镇带村的形式); 日前 gives no date; 1.5米 is no metric)
    ("wujin_fourth_group_hutang_town_flooding_story_2020", "https://jjw.changzhou.gov.cn/html/jw/2020/BFDFPFIB_0617/18040.html", "news", """日前,常州市武进区委第四巡察组进驻该区湖塘镇,以巡镇带村的形式开展巡察工作,其中民生问题是本次巡察关注的重点之一。
“一下大雨,大水就从国道上冲下来,穿堂而过啊,全家总动员都来不及排水。”“真心希望你们能如实反映情况,帮助我们一起解决这个问题,为老百姓排忧解难。”……当巡察组人员来到该镇烈帝社区开展座谈时,社区代表们纷纷反映。
巡察组通过座谈了解,烈帝社区的坂上、白家、杨家三个自然村和老工业园区紧邻312国道南侧沿线,这些自然村与国道的落差有1.5米左右,……
“座谈之后,巡察组又找镇、村干部了解情况,同时又进行了现场查看,确实存在该问题。”该区区委第四巡察组组长说道,“巡察组将了解的情况反馈给湖塘镇党委,随后又协调该区交通局帮助解决,目前,相关防洪工程项目正式开始推进。”
""", {"unit": "湖塘镇", "group": "区委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.zksjjjc.gov.cn/sitesources/zksjjjcw/page_pc/gzdt/xsxc/articlee2ea687297b143eb93b5ccdcfa09928b.html (a district
    # group's flood story on a city discipline portal (r7's text there is another): 川汇区委第四巡察组 read short (settled 9);
    # the bureau the group is inspecting (正在区应急局开展巡察工作) as its unit; 4月24日 and 4月21日 have no year: no dates;
    # 60到100毫米 is no metric)
    ("chuanhui_fourth_group_emergency_bureau_community_flood_story", "http://www.zksjjjc.gov.cn/sitesources/zksjjjcw/page_pc/gzdt/xsxc/articlee2ea687297b143eb93b5ccdcfa09928b.html", "news", """“之前一直担心哪天下大雨,俺们这个小区被淹,没想到巡察组这么快就解决了这个问题,俺的心病也好了。”周口市川汇区小桥街道办事处建西社区居民刘霞感激地说。
提起这事儿,还得从4月24日的那场大雨说起。川汇区委第四巡察组组长栾春茂在4月21日的天气预报看到,24日周口、驻马店、南阳将有一次60到100毫米的降雨。正在区应急局开展巡察工作的栾春茂立即带领组员,在区应急局第一安全生产督导检查组的陪同下,先后到贾鲁河、沙河茅窝、官坡险工险段,实地查看河道加固、防汛物资准备、应急演练、安全生产措施落实等。
栾春茂一行来到小桥街道办事处建西社区时,几个小区居民迎了上来。“我们是区委第四巡察组工作人员,大家有什么困难和问题都可以向我们反映,请大家放心大胆地揭问题、提建议……”栾春茂与迎面走过来的居民们说道。
……
""", {"unit": "区应急局", "group": "区委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://jjyq.org.cn/show-14283.html (a district village round's drainage story on a discipline news site, 2021: round 7
    # from 禅城区第七轮对村(社区)党组织巡察; the group, named under its round first, is named with its number later (禅城区委第五
    # 巡察组负责人) and read short (settled 9); the community as the entry names it (巡察组进驻市东社区巡察); 去年10月 has no day,
    # 今年3月初 and 4月初 are works' months: no dates; 20多天 is no metric)
    ("chancheng_seventh_village_round_fifth_group_shidong_community_drainage_story", "http://jjyq.org.cn/show-14283.html", "news", """佛山市禅城区:抓实巡察整改 解决群众烦心事

时间:2021-04-30 来源:南粤清风网 作者:佚名 2

  “工程20多天就完工了,居民很满意,这个老大难问题终于得到解决,太感谢你们了!”近日,佛山市禅城区第七轮对村(社区)党组织巡察第五巡察组到市东社区回访时,该社区党委书记张卫华激动地说。

  据悉,禅城区市东社区兴民街、建华街片区由于地势低洼,排水设施老旧,一遇到暴雨就会出现“水浸街”的问题。这些情况,在去年10月巡察组进驻市东社区巡察时一一了解到。“当时我们走访群众的时候,群众呼声十分强烈,希望我们可以尽快推动解决这个民生问题。”禅城区委第五巡察组负责人说,巡察工作就是来听老百姓讲真话、给老百姓办实事的。
……
  在区委巡察办和第五巡察组的持续跟进中,工程在今年3月初开工,经过20多天就完工了。……
""", {"unit": "市东社区", "group": "区委第五巡察组", "term": None, "round": 7, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://xxgk.zmdsjw.gov.cn/sitesources/zmdjw/page_pc/xsqjw/xpx/xxgk/xsxc/article7bde870c8ba9490d9b19a8d029a30197.html (a
    # county group's leaking roof story on a city discipline portal, 2024: 西平县委第七巡察组 read short (settled 9); the
    # villages named by one example before a count (五沟营镇吕哨等9个村) leave the unit unscored; 盛夏七月 gives no date; 3名监测户
    # is no metric)
    ("xiping_seventh_group_wugouying_town_villages_leaking_roof_story_2024", "http://xxgk.zmdsjw.gov.cn/sitesources/zmdjw/page_pc/xsqjw/xpx/xxgk/xsxc/article7bde870c8ba9490d9b19a8d029a30197.html", "news", """巡察微故事 | 巡察助力漏雨房变“安心居”
来源:西平县 发布时间:2024-09-05

“巡察组来了,主动问我们困难,帮着解决问题,现在屋里干净亮堂,不再漏雨,总算像个家了。”李大爷在屋里环顾着四周,幸福满满。就在不久前,李大爷家还在为房屋漏雨而担心。

盛夏七月,西平县委第七巡察组全体成员顶烈日战酷暑深入到五沟营镇吕哨等9个村开展走村入户,“串百家门、知百家情”,倾听群众最真实的声音。
……
群众利益无小事,民生问题大于天。此事引起巡察组高度重视,还有没有其他群众也面临着同样的困境呢?巡察组成员立即对监测户、脱贫户家庭进行一户一户走访。随着走访不断深入,又发现了3名监测户家中房屋由于长期缺乏维护和修缮,导致屋顶的排水功能几乎丧失,……
""", {"group": "县委第七巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://shangluo.qinfeng.gov.cn/info/1109/31190.htm (a county's bridge story on a city discipline portal: term 18 from
    # 商南县十八届县委巡察期间, no round; the group has no number and the village group is where it walked: group and unit not
    # scored; 历时11个月 is a building time, no span of the visit; 187.6米, 80余户 are no metric)
    ("shangnan_eighteenth_term_siwan_village_bridge_story", "https://shangluo.qinfeng.gov.cn/info/1109/31190.htm", "news", """“终于有桥了!要不是你们帮助解决,我们还得蹚水过河。”商洛市商南县金丝峡镇寺湾村陈家庄组57岁群众李兰英激动之情溢于言表。
商南县十八届县委巡察期间走访群众发现,金丝峡镇寺湾村陈家庄组群众靠蹚水过河,涨水了也只是用木杠等搭建简易桥,存在较大安全隐患。究竟是什么原因导致这个村庄迟迟未修桥?
……
群众利益无小事,民心是最大的政治。巡察组核实有关情况后,向县交通局、慈善协会等相关部门反馈,协调各方完成项目立项、施工图设计批复及施工招标等前期准备工作。向相关责任单位下发《巡察建议书》,闭环监督推动项目建设。历时11个月,一座全长187.6米、宽6.5米的便民桥建成,彻底解决了80余户留守群众过河难、上学难、出行难等出行安全隐患,……
""", {"term": 18, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.jingying.dzwindows.com/yaowen/2023/0214/10549.html (a county round's bridge story copied on an unrelated domain
    # under another headline: round 13 from 红河县委第十三轮巡察; 红河县委第四巡察组 read short (settled 9); the village
    # committee as the visit names it (走进架车乡妥产村委会开展巡察。进驻后); 去年9月底 and 今年1月初 give no dates)
    ("honghe_thirteenth_round_fourth_group_tuochan_village_bridge_story_copy", "http://m.jingying.dzwindows.com/yaowen/2023/0214/10549.html", "news", """【巡察微故事】“巡”出一座“安心桥”-焦点日报
(资料图)
原标题:【巡察微故事】“巡”出一座“安心桥”
“非常感谢你们。如今,寨子口的老桥已经修好了,我们的‘出门难题’终于解决了!”当红河县委巡察组的工作人员再次到架车乡妥产村回访时,村民连声致谢。
去年9月底,红河县委第十三轮巡察工作开展时,红河县委巡察组一行走进架车乡妥产村委会开展巡察。进驻后,巡察组人员上山下地,与群众话家常、聊政策,在解民忧、纾民困、转作风、提效能上下功夫,通过实地走访、个别谈话等方式了解情况、发现问题。
红河县委第四巡察组在妥产村委会咪初村巡察走访农户时,几个村民向他们反映问题:“寨子口的老桥年久失修,我们平时外出干活、接送孩子都必须经过这里,很不安全。我们向村里多次反映过这个情况,一直没人管。”
……今年1月初,当巡察组再次到咪初村回访时,“老桥”修复加固工程已经完成。……
""", {"unit": "架车乡妥产村委会", "group": "县委第四巡察组", "term": None, "round": 13, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://city.dahe.cn/2020/09-25/735338.html (a county village round's streetlights story with its dated line, 2020:
    # round 11 from 郏县县委第十一轮村(社区)巡察; 郏县县委第六巡察组 read short (settled 9); the village as the entry names it
    # (进驻堂街镇小寨村); 8月6日, the entry, takes its year from the dated line (2020年09月25日) and is the start (settled 10);
    # 9月22日 is a return visit and 8月28日 the lamps' day: no end; 60盏, 21盏, 370余户 are no metric)
    ("jiaxian_eleventh_village_round_sixth_group_xiaozhai_village_streetlights_story_2020", "https://city.dahe.cn/2020/09-25/735338.html", "news", """巡察村(社区)微故事|郏县:静寂的村庄夜晚又热闹起来

2020年09月25日10:55

来源:大河网

大河网讯(记者 蔡长伟 通讯员 李亚萍)“党的政策真是好,巡察干部就是中,拖了两年的问题一下子就解决了,现在村里路灯都可明可亮,晚上散步跳舞都可带劲,这路灯真是照到俺老百姓的心坎上了!”9月22日,郏县堂街镇小寨村88岁李安老人高兴地对回访的郏县县委第六巡察组干部说。

事情要从郏县县委第十一轮村(社区)巡察说起。

8月6日,县委第六巡察组进驻堂街镇小寨村,晚上,忙碌了一天的巡察干部在村头散步,发现村里一片漆黑,白天道路两旁的路灯,到了晚上一盏都不亮。
……
该村收到通知书后,连夜召开村两委会议,研究解决路灯问题的办法,……购买更换已损坏的21盏路灯,并新购置电表、开关、电线等物资,在20天之内全部更换完毕,8月28日夜,全村7条道路旁的60盏路灯全部亮起来。……
""", {"unit": "堂街镇小寨村", "group": "县委第六巡察组", "term": None, "round": 11, "start": date(2020, 8, 6), "end": None,
      "feedback_date": None, "figures": []}),
    # --- noisy ------------------------------------------------------------------------------------------------------------
    # http://www.qdubb.cn/html/2020/yunlingyaowen_0330/83344.html (a city group's school dropout story at a town, in
    # traditional script with a lost character run (?), on the mirror domain many batches draw on (r18's Shiping story there
    # is another county's): the group as written (市委第二巡察組, written simplified); the town as the special round names it
    # (在藥山鎮開展“巡鄉帶村看縣”專項巡察); 2019年5月 has no day (settled 12); 10余名 is no metric)
    ("qiaojia_city_second_group_yaoshan_town_special_round_dropout_story_trad", "http://www.qdubb.cn/html/2020/yunlingyaowen_0330/83344.html", "noisy", """2019年5月,巧家縣的天空驕陽(yáng)似火,灼熱的空氣把整個(gè)藥山鎮(zhèn)都變成了蒸籠。
在荒涼的山脊上,一行人正頂著烈日前行。那是市委第二巡察組在藥山鎮(zhèn)開(kāi)展“巡鄉(xiāng)帶村看縣”專(zhuān)項(xiàng)巡察的身影。他們正向著幾間坐落于半山腰的破舊的土墻房走去。
……
當(dāng)天傍晚,巡察組返回藥山鎮(zhèn)后,立即到藥山鎮(zhèn)中學(xué),找到少年的班主任、教務(wù)主任和校長(zhǎng)進(jìn)行了深入溝通,很快就解決了少年復(fù)學(xué)的問(wèn)題。與此同時(shí),巡察組還和當(dāng)?shù)劓?zhèn)村干部一起全面梳理了當(dāng)?shù)氐膶W(xué)生輟學(xué)情況,先后幫助解決了10余名學(xué)生的……
""", {"unit": "药山镇", "group": "市委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://qdubb.cn/html/2024/xunshixuncha_0112/126184.html (a county group's ditch story, in traditional script, on the
    # same mirror domain: 昌寧縣委第二巡察組 read short (settled 9), written simplified; the town's committee as the visit
    # names it (進駐田園鎮,對田園鎮黨委及下設13個社區黨組織開展常規巡察), its 13 counted communities no units (settled 8);
    # 幾個月前 and the dated line give no visit day)
    ("changning_second_group_tianyuan_town_ditch_story_trad", "http://qdubb.cn/html/2024/xunshixuncha_0112/126184.html", "noisy", """巡察微故事 | 消失的臭水溝

發布時間:2024-01-30 10:39:14   來源:保山市紀委監委

“以前這個溝里全是淤泥和雜草,水源質量差,現在的沛澤溝淤泥雜草全部清除了,自家門口的生態環境越來越好,也不用擔心灌溉的問題,打心眼里高興。”面對到社區開展巡察反饋問題整改情況監督檢查的巡察組工作人員,家住昌寧縣田園鎮達丙社區沛澤溝附近的居民王大爺喜笑顏開。而幾個月前,這里還是讓附近居民避之不及的“臭水溝”。

此前,昌寧縣委第二巡察組進駐田園鎮,對田園鎮黨委及下設13個社區黨組織開展常規巡察。在達丙社區入戶走訪時,工作人員發現沛澤溝水體又黑又臭,附近居民灌溉用水也需從其他地方挑水,這一現象引起了巡察干部的注意。
……
“群眾的呼聲就是巡察的重點,有效解決百姓‘急難愁盼’是巡察工作的最終落腳點,一刻也不能拖延。”縣委第二巡察組立即將該問題報縣委巡察工作領導小組批準,作為立行立改事項,移交田園鎮黨委進行整改……
""", {"unit": "田园镇党委", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.bjxuelang.com/BBS/topic/29234 (a county group's sewer story at a village, in traditional script on an
    # unrelated forum, the county unnamed: 縣委第一巡察組 written simplified; the round's villages named as examples before a
    # count (辛集鄉鄧寨、西羊石等12個村) leave the unit unscored; 38000元, 65米 are no metric; the group's running totals are cut)
    ("xinji_township_first_group_xiyangshi_village_sewer_story_trad", "http://www.bjxuelang.com/BBS/topic/29234", "noisy", """“俺家房子地勢(shì)低,這村中心的下水道堵著,積水嚴(yán)重,以前最怕下大雨再把俺家房子給沖了,現(xiàn)在問(wèn)題解決了,下雨天也能睡個(gè)安穩(wěn)覺(jué)啦!下水道通了,村里的路也不積水了,也是給俺全村辦了一件大好事哩!”日前,縣委第一巡察組在對(duì)辛集鄉(xiāng)西羊石村進(jìn)行回訪督查時(shí),村民張廣建拉著副組長(zhǎng)王玉明的手連聲感謝。

據(jù)了解,縣委第一巡察組對(duì)辛集鄉(xiāng)鄧寨、西羊石等12個(gè)村開(kāi)展巡察時(shí),在走訪座談過(guò)程中發(fā)現(xiàn),西羊石村中間長(zhǎng)達(dá)65米、貫穿全村的東西向下水道因長(zhǎng)期淤積雜物造成堵塞,排水不暢,……西羊石村黨支部高度重視,多方籌措資金38000元并聯(lián)系安排施工人員,歷時(shí)兩周,對(duì)下水道加深、加寬、加高,……
""", {"group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.uyingjing.com/a/1959.html (a district round's old-town story with pinyin in brackets, copied on an unrelated
    # domain (another copy on uforgun.com): term and round from 五届区委第七轮; the group has no number and its 中心老旧城区 is
    # no body: group and unit not scored; no day is told; 17号 is no metric)
    ("shigu_fifth_term_seventh_round_old_town_streetlights_story_pinyin", "http://www.uyingjing.com/a/1959.html", "noisy", """巡察“利剑”出鞘 点亮民生“幸福灯”——石鼓区以巡察实效绘就老旧城区民生新图景
巡察“利剑”出鞘 点亮民生“幸福灯”——石鼓区以巡察实效绘就老旧城区民生新图景红网时刻新闻通讯员 李霞 衡阳报道(bàodào)
当(dāng)桑园路的路灯在暮色中次第亮起,当建设新村堵塞的下水道重新恢复通畅,当老(lǎo)旧小区(xiǎoqū)的健身器材旁响起欢声笑语……石鼓区老旧城区的居民正见证着一场由巡察工作带来的民生蝶变(diébiàn)。五届区委第七轮巡察中,巡察组以“脚步(jiǎobù)丈量民情”,将监督利剑直插基层末梢,让“巡察温度”在解决群众“急难愁盼”中可感可及(kějí),书写出新时代基层治理的生动注脚。
暗夜明灯:照亮回家路的“巡察速度(sùdù)”
“以前打着手电筒摸黑走,现在路灯亮得能照见路面的石子。”桑园路17号居民李大爷的感慨,道破了老旧城区照明缺失的痛点。巡察(xúnchá)组进驻中心老旧城区后,第一时间建立(jiànlì)“民情走访台账(táizhàng)”,发现桑园路部分(bùfèn)路段路灯损坏严重,夜间出行成了老人小孩的“心头患”。
……
""", {"term": 5, "round": 7, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://hhfrk.com/lightingguardrail/1814.html (a county group's bridge rail story in a word-spun copy on a guardrail
    # seller's domain (大众 for 群众, 角度 for 经过, 入睡执行 for 立即执行): the group as written (县委第二巡察组); the village group
    # is where it called (造访云阳镇西坪村孙庄组), not the visit's body: unit not scored; 半个月前 and 十余天 give no dates)
    ("nanzhao_second_group_xiping_village_bridge_rail_spun_copy", "http://hhfrk.com/lightingguardrail/1814.html", "noisy", """“您好,我是县委巡察组的,您其时反映的孙庄桥加固了吗?”“加固了,现已加固了,现在桥栏杆可健壮了,谢谢你们巡察组,残次今后出行再也用不着忧虑了。”当听到受访大众满意的答复时,巡察干部这才放心肠放下了电话。
半个月前,县委第二巡察组在造访云阳镇西坪村孙庄组时,有大众反映通庄桥梁没有加装护杆,过往行人、车辆角度时常常胆战心惊,孩子们上下学时更是让家长忧虑不已。乡民们迫切希望有关部门可以加固桥栏,保证大众安全出行。
大众利益无小事。巡察组对此分外的注重,当即召开组务会专题研究,并向镇党委政府咨询定见。在了解到桥栏加固可行性的情况下,巡察组正式向镇党委下发了立行立改告诉书,要求其入睡执行,实在保证大众“脚下安全”。
……“巡察作业要紧盯大众身边‘急难愁盼’的问题,特别是触及多数人利益的民生事项,角度立行立改、以巡促改,然后推进问题有用处理,让大众切身感受到巡察带来的温暖。”南召县第二巡察组负责人说道。(金帆)
""", {"group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://qdubb.cn/html/2024/xunshixuncha_0416/128109.html (a county group's timber money story, in traditional script on
    # the qdubb.cn mirror: the group has no number (縣委巡察組): not scored; the town's committee as the round names it
    # (對甸中鎮黨委及所轄11個村(社區)黨總支開展常規巡察), its 11 counted villages no units (settled 8); 今年1月 and 去年9月 give
    # no dates; 8400元 is no metric)
    ("eshan_county_group_dianzhong_town_timber_money_story_trad", "http://qdubb.cn/html/2024/xunshixuncha_0416/128109.html", "noisy", """“8400元賣樹錢已存入集體賬戶,心里的石頭總算落地了。”日前,面對前來回訪的峨山縣委巡察干部,甸中鎮鏡湖村委會水晶城村民小組的方組長如釋重負地說。
8400元集體資金“回家”,得益于峨山縣委開展的一次巡察。今年1月,縣委巡察組對甸中鎮黨委及所轄11個村(社區)黨總支開展常規巡察。
“去年我們組賣了一批樹,都過去這么長時間了,卻沒見組干部對此有任何交待,有點不放心。”當巡察組來到鏡湖村委會水晶城村民小組開展入戶走訪時,村民向巡察組反映道。
……
經核實,去年9月,水晶城村民小組修建田間路需砍掉一些集體林木,經村民同意,并辦理林木采伐許可證后進行了公開拍賣,最終賣得8400元。……
""", {"unit": "甸中镇党委", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.www6ccc.com/html/2023/yunlingyaowen_1031/124204.html (a county group's ditch repairs story, in traditional
    # script on a mirror domain earlier batches draw on (for other texts): 峨山縣委第二巡察組 read short
    # (settled 9), written simplified; the township's committee as the round names it (對岔河鄉黨委及所轄村黨總支開展常規巡察);
    # 去年8月 has no day (settled 12); 2020年8月至2022年4月 is the repairs' period, no span of the visit; 6次, 95376元 are no
    # metric)
    ("eshan_second_group_chahe_township_ditch_repairs_story_trad", "http://www.www6ccc.com/html/2023/yunlingyaowen_1031/124204.html", "noisy", """“組長,你看這條溝短期內(nèi)反反復(fù)復(fù)地修,難道是‘豆腐渣’工程?”看到同一溝渠的名字反復(fù)出現(xiàn)在修繕費報賬記錄中,巡察組小楊立刻警覺起來。
“單憑這點不能說明什么,查閱一下近三年的報賬憑證,梳理出與這條溝有關(guān)的報賬情況。”憑著多年的巡察工作經(jīng)驗,巡察組組長意識到這背后可能隱藏著貓膩。
去年8月,云南省玉溪市峨山縣委第二巡察組對岔河鄉(xiāng)黨委及所轄村黨總支開展常規(guī)巡察。通過查閱財務(wù)資料,發(fā)現(xiàn)云美村委會在2020年8月至2022年4月間,同一條溝渠先后修繕6次,修繕資金95376元。
……
""", {"unit": "岔河乡党委", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.1u38hk.cn/2024-09/05/content_9229337.htm (a district round's streetlights story, in traditional script on an
    # unrelated domain, copied from a province's portal: term and round from 十屆邯山區委第八輪; 邯山區委第三巡察組 read short
    # (settled 9), written simplified; the villages named by one example before a count (河沙鎮南街村等8個村黨組織) leave the unit
    # unscored; 2024年6月 has no day (settled 12) -- corrected in the r30 pass: a visit told by its one month keeps the month's
# first and last days (settled convention 13); 60多個, 65盞 and 問題20余件 (problems the round's groups pushed to solve, no
    # visit's count) are no figure)
    ("hanshan_tenth_term_eighth_round_third_group_nanjie_village_streetlights_trad", "http://m.1u38hk.cn/2024-09/05/content_9229337.htm", "noisy", """來源:河北省紀委監委網站發布時間:2024-09-05 09:46:23
“現在晚上出門,再也不用摸黑了,這多虧了你們吶!”近日,邯鄲市邯山區委第三巡察組工作人員對河沙鎮南街村回訪時,一位老大爺向工作人員伸出了大拇指。這件事還得從兩個多月前說起。
2024年6月,區委第三巡察組對河沙鎮南街村等8個村黨組織開展常規巡察。村里工作做得如何,村民滿意不滿意,關鍵要聽村民自己怎么說?巡察組工作人員通過走村入戶巡訪調查,廣泛征求村民意見。……
民生問題直接關系群眾幸福指數,必須快速解決。巡察組隨即開展調查核實。在對全村所有路燈進行檢查并排查出60多個路燈損壞的情況后,巡察組第一時間將問題反饋給南街村村委會,要求其立行立改。南街村村委會立即安排人員對損壞的路燈逐一維修更換,利用一周時間,更換了65盞路燈,解決了村民出行的照明問題,切實保障了群眾出行安全。
傾聽群眾訴求,回應群眾關切,把解決群眾操心事、煩心事、揪心事作為重中之重。十屆邯山區委第八輪巡察工作開展以來,各巡察組堅持重心下移,走村入戶聽民聲、深入田間地頭訪民情,與群眾拉家常、掏心窩,著力發現并解決發生在群眾身邊的不作為、亂作為以及損害群眾切身利益等問題。通過巡中交辦、邊巡邊改、立行立改,發現并推動解決了區行政服務中心未設置無障礙通道、建筑垃圾占用耕地、村主干道路排水不暢等問題20余件,……
""", {"group": "区委第三巡察组", "term": 10, "round": 8, "start": date(2024, 6, 1), "end": date(2024, 6, 30),
      "feedback_date": None, "figures": []}),
]
