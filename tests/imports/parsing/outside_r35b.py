"""Outside texts of batch r35-held, collector B's share (issue 14), held out: county, district and county-level city
committees' groups at work in towns, townships, streets, villages and communities (stories of their visits and noisy
copies of them), collected with the search tool from public pages that are in no earlier batch. The batch holds 16
texts, all measured (SHARES_TEMPLATE is empty). Nothing was taken from anywhere but the search tool's answers.

How overlap was checked. Each address was grepped, with and without www./m./mip./wap. and its query string (host and the
distinctive part of the path: eyjw 6436, shi-fen 1593764 and 1214410, yongshou.qinfeng 8907, weinan.qinfeng 94243,
wanqulawyer 43819, sycn 196497, fzzx 562686, xinghuanews 6768af02ccba6d25fe8b456d, hnjjjc 744843, nxrb content_51345,
gscn 012858052, startuphelpost 1423210505675411456, qdubb 122802, 73285 and 142201, souhebang 155545), in every
tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r34d) and test_outside_documents.py, and two
or three distinctive names or phrases of each text in simplified and traditional script (恩阳/恩陽, 兴隆镇, 关蓬村; 苍梧/蒼梧, 学田村;
富川, 麦岭镇, 金田村; 永寿/永壽, 监军/監軍, 城关村; 蒙城, 韩楼村, 卢西卫; 邵阳县/邵陽縣, 小溪市乡, 河沿村; 龙游/龍游, 社阳乡, 金龙村, 徐绮; 兴化/興化, 钓鱼镇, 中朝村; 田家庵, 曹庵镇, 孤堆村;
红寺堡/紅寺堡, 新庄集, 新集村; 安定区, 王家坪, 宁远镇; 重庆高新/重慶高新, 走马镇/走馬鎮; 贡山/貢山, 丙中洛; 沾益, 卜嘎, 菱角; 14個村, 八年来 notebooks) likewise: none of
these texts is held. Names found only incidentally: 蒙城县 (a province's round list in r20), 兴化市 (a province's round list
in r33c), 定西 (r28d's Tongwei), 贡山 and 怒江 (a prefecture's check in r14), 高新区党工委 (r16's Yuxi zone, a provincial group's
visit), 邵阳县 (r34b's Shaoyang list, a place qualifying counted bodies). Portals and domains that hold other texts of
earlier batches: m.news.shi-fen.com and news.shi-fen.com (r8-r32b: other places; none of Cangwu or Fuchuan),
yongshou.qinfeng.gov.cn (outside_new's ganjing: the county's 县委第二巡察组 feeding back to 甘井镇, another group, body and event;
r16 holds a summary of the county's village rounds on www.qinfeng.gov.cn), weinan.qinfeng.gov.cn (outside_set: another
place), sycn.cn (r10's chengbu_education_feedback: another county), fzzx.org.cn (r30c, r32c: other places; r27b holds
another Longyou story, 县委第二巡察组 at 模环乡西元村, on another domain: another group, village and event), hnjjjc.gov.cn (r14, r20:
other bodies), gscn.com.cn (r27b, outside_set: other places), qdubb.cn (many batches: other pages, none of these three),
and r8's hongsibu_town (the district's 2025 entry of its 区委第一巡察组 into 红寺堡镇: another year, town and event, so the 2022
grazing story is measured). Every text was then compared with `bench/outside_overlap.py
tests/imports/parsing/outside_r35b.py` (see the end of this docstring). Their fields are written down by reading only.
The importer was not run on them, no test or bench that runs it was run, and the collector read neither imports/ nor the
parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, extract and score,
bench/outside_overlap.py and the brief); the integrator runs them once, and that run is the honest figure for unseen
texts.

Sources. 16 texts from the search tool's "pages" corpus, all with their address. 45 searches of that corpus were used.
The corpus is mined out for this share's formal texts: some 21 queries for formal kinds (feedback to town and township
committees, entries into streets and communities, township and village 整改进展情况的通报 and 整改情况的报告 and 公示, round lists
十四届县委第三轮…名单, withdrawal notices, county bureaus' and bodies' feedback and progress (县人民医院, 县实验中学, 县融媒体中心, 县城投公司, 县红十字会,
县工商联), documents with blanked names (xx镇党委…范文), traditional-script and pinyin-bracketed variants of these, one English
query) returned some 110 distinct addresses, every one of them an earlier batch's or another share's (e.g. Qin'an's
sixth round, Kunming's twelve communities, 石莲子镇's seventh round, 徽城镇's villages, Suixian's 均川镇, Weibin's 区人大机关党支部,
Haibowan, Nanling's 许镇镇 and 籍山镇, Shimen'er Road, Liangcheng, Ezhou's 沙窝乡, Xingning's 叶塘镇, Hengyang's 杉桥镇, Guanyang's
融媒体中心, Qinzhou's nineteen bodies, Minqing's 宣传部 (含融媒体中心), Pingchao's 23 villages, Hefei's 16 towns, Pingshan's
town-level round, Longling's and Yanta's red cross, Tongshan's and Luanzhou's federations of commerce, Fan county's
forestry bureau's report). What still gave new texts were stories of groups' visits by subject (土地流转费, 青苗补偿款, 分红, 租金,
路灯, 垃圾, 禁牧, 下穿桥) and first-person notes, on discipline portals, city papers, news-flash domains and traditional-script
mirrors: the other 24 queries, of that kind, gave the 16 texts (and the few left out below). Left out after reading:
Jintan's 直溪镇 and Fumin's 卫健局 (special rounds by subject: collector D's kind), Baoshan's 团田乡 and Zhuzhou's 龙头铺街道 (a city
committee's raised-level visits: D's kind), Sheqi's 市县联动 poverty round (a linked round: D's), Xin county's 香山湖
compensation story and Dancheng's newcomer's diary on chinadaily.com.cn (new, but naming nothing beyond a group: left
out to keep the batch at 16), Shiqian's 石固乡 street lights and Guangshui's 马坪镇 road (new; an unnumbered or ownerless
group walking a setting: nothing to read but absences), wanqulawyer.com's copy of the Mengcheng story (a copy),
Ninghai's 海头村 rent (a town discipline commission's own check, no inspection), a novel's 巡察队 chapter (xsjgt.com), a
provincial channel's English machine translation (Jiangxi's village extension, a province's figures) and pages stating
no inspection (Dongfeng's 横道河镇, Baihe's 白浪镇, Linhai's 东塍镇 environment checks; county federations and hospitals visited
by other teams).

Families and counts (16 texts, 0 in SHARES_TEMPLATE; 16 measured): news 11 (a district group's entry into a town with
its day, enyang_third_group_xinglong_town_land_transfer_fee_story_2023; stories with term and round,
cangwu_fifteenth_term_sixth_round_fourth_group_xuetian_village_garbage_story (term 15, round 6, a village as unit),
mengcheng_thirteenth_term_first_round_majie_village_compensation_story_2024 (term 13, round 1) and
fuchuan_fifteenth_term_first_round_second_group_maling_villages_compensation_story (term 15, round 1); stories with a
round only, yongshou_sixth_round_first_group_chengguan_village_street_lights_story (round 6, a village as unit) and
anding_second_round_second_group_wangjiaping_land_fee_story_2022 (round 2); stories with a group and a unit,
shaoyang_county_second_group_xiaoxishi_township_dividend_story (小溪市乡) and
longyou_fourth_group_jinlong_village_bamboo_rent_first_person_story (社阳乡金龙村); a story with a town's committee as unit,
xinghua_city_group_diaoyu_town_village_environment_story (钓鱼镇党委); stories with a group only,
tianjiaan_second_group_caoan_town_twelve_villages_underpass_story and
hongsibu_first_group_xinzhuangji_township_grazing_story_2022); noisy 5 (traditional script with pinyin in brackets and a
lost character shown as ?, chongqing_hitech_zone_second_group_zouma_town_land_fees_pinyin_trad (走马镇党委, the zone's
group); traditional script, gongshan_second_group_bingzhongluo_town_crop_compensation_trad (丙中洛镇, group); traditional
script with doubled commas, zhanyi_fourth_group_buga_village_land_rent_doubled_commas_trad (group); and two expecting
nothing of an inspection, inspection_newcomer_fourteen_villages_notes_2019_trad and
inspection_deputy_leader_eight_years_notebooks_pinyin_trad). Family totals: progress 0, news 11 (11 measured), rounds 0,
audit 0, noisy 5 (5 measured). Lists of bodies measured: 0; progress reports measured: 0; texts expecting the unit "": 1
(the notebooks); texts expecting nothing: 2 of 16, within the quarter the brief allows. The share's formal kinds (round
lists, feedback news, progress reports) are absent because every one the corpus returned is held (see Sources).

Fields read: 26 (each unit, group, term, round, start; the unit "" counts) and 87 absence checks (None for unit, group,
term, round, start, end and feedback day, [] for units or figures), by the collector's count (computed from the
expectations: a key whose value is None or [] is an absence check, unit "" a field). By family: news 20 fields and 55
absence checks, noisy 6 and 32. Figures read: none; counts of households, people, mu, yuan, lamps, bins, projects and
villages are no metric, and a district's year's tallies told at a story's end (Hongsibu) are left unscored.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's docstring
and the r27b-r34b files followed exactly): a round or term named with the committee that runs it is the text's
(十五届苍梧县委第六轮, 十三届蒙城县委第一轮, 十五届县委第一轮, 永寿县委第六轮), and a round named with its district is the district committee's (安定区第二轮巡察);
a group named with its owner's place in front is written short (settled 9: 恩阳区委第三巡察组, 邵阳县委第二巡察组, 龙游县委第四巡察组, 田家庵区委第二巡察组,
红寺堡区委第一巡察组, 沾益區委第四巡察組 -> 区委/县委…), a zone's group keeps the zone's kind (高新区党工委第二巡察组, as settled 9 keeps 示范区党工委第二巡察组), a
group named under its round is read as the text names it elsewhere (…第六轮巡察第四巡察组 and 该县委第四巡察组 -> 县委第四巡察组) and is not
scored when the text names it nowhere else (…第一轮巡察第三巡察组), and a group with no owner (第一巡察组, 第二巡察组), with a county but no
committee (富川瑶族自治县第二巡察组) or with no number (市委巡察组) is not scored (r27b, r30d, r31d); a story's village or town is its
unit only when the text says the group held its round there (在巡察石桥镇学田村时, 在巡察该县监军街道城关村, 在社阳乡金龙村开展的一次常规巡察, 进驻小溪市乡开展巡察,
对丙中洛鎮…開展常規巡察, 進駐走馬鎮黨委), not where it walked, took a call or fed a fix back (r27b's written convention: 韩楼村, 王家坪村, 孤堆村,
卜嘎村, 新庄集乡); one town visited is its committee when the text names it (settled 15: 钓鱼镇党委), and stays as written when the
text names none (小溪市乡, 丙中洛镇); a town that only qualifies counted villages is no unit (settled 8: 曹庵镇所辖12个村); the entry
day with its year is the start when no span is told (settled 10: 2023年10月7日…进驻兴隆镇); an entry or visit told by a month
without a year or by its month only gives no date (settled 12: 去年8月, 今年3月), nor do 近日, 日前, 此前 and 前段时间; a launch of a
round (正式启动) is no entry (settled 10, see below); days of calls, walks, payments and return visits are no start, end or
feedback; expected values of traditional-script texts are written simplified, pinyin left out.

What I was unsure of, and how I read it: Enyang's visit is of 兴隆镇 and its villages and the text names the town's
committee only as 镇党委 (反馈给镇党委, 随后镇党委主动作为); settled 15 reads the committee when the text names it, but whether a bare 镇党委
names it is not settled, so the unit is left unscored rather than read 兴隆镇 or 兴隆镇党委. Fuchuan's 2021年9月28日 is the day the
round was launched (十五届县委第一轮巡察正式启动), run together with the next sentence; the group's entry into 麦岭镇 is told without a
day, so the start is left unscored (settled 10 makes a mobilisation day no start, and a launch is near it, but a reader
may take a round's launch as its visits' first day); its group is named 富川瑶族自治县第二巡察组, without 县委, and is left unscored.
Gongshan's 今年3月 takes its year only from the page's dated line (2023-08-29), so start and end are left unscored, as r34b
leaves Wenshan's 20227月 unmended. Hongsibu's closing tallies (共发现问题4条, 提出整改意见4条, 共收到问题线索1条, 批评教育1人) are the district's
for its village visits on the environment in the year, not the story's visit, and 收到 clues are clues received (settled
6), so figures are left unscored; the story says the group took a complaint and fed it back to 新庄集乡党委 without saying it
inspected the township, so the unit is left unscored too. Xinghua's 市委巡察组 is read as the county-level city's (the
paper's and the town's city); it has no number and is not scored either way, and the unit (钓鱼镇党委) does not depend on it.
Chongqing's high-tech zone is a district-level zone whose working committee runs its own groups (高新区党工委第二巡察组 进驻走马镇党委);
it is kept in this share as a district-level body's group at a town (settled 9's 示范区党工委 is the like case). Mengcheng's
story is a national paper's copied onto another province's city portal: its place is told by the text (安徽省蒙城县), so it is
measured like any county's story. The two texts expecting nothing are discipline officers' notes with no group, round,
body or day; the 2019 notes' unit is left unscored (the body visited is not named) and the 2025 notebooks expect the
unit "" as r34b's Qingbaijiang does.

Overlap check run. `bench/outside_overlap.py tests/imports/parsing/outside_r35b.py` (run at the end, after the last
change): 16 texts against 2020 earlier; no shared address; pairs over 3 shared shingles: 13, of which over 3 beyond
formulas: 0; longest shared run 16 characters; texts sharing more than formulas with the seeds: none. The 13 pairs are
pinyin-bracketed words (the 2025 notebooks with twelve earlier pinyin-bracketed texts over 動(dòng)員會(huì), 領(lǐng)導(dǎo)
and 強(qiáng)調(diào)) and Chongqing's story with r30d's
yuxi_tenth_round_tax_business_environment_linked_special_pinyin_trad (5 shingles, 3 beyond formulas: the bracketed
)巡察,發(fā)現(xiàn) of two different texts). The other collectors' files of this pass were grepped at the end for every
address, portal and place of this batch (eyjw, 恩阳, 兴隆镇, shi-fen, 苍梧, 学田村, 富川, 麦岭镇, yongshou, 永寿, 城关村, weinan, 蒙城, 韩楼村,
wanqulawyer, sycn, 小溪市乡, fzzx, 龙游, 金龙村, xinghuanews, 钓鱼镇, hnjjjc, 田家庵, 曹庵镇, nxrb, 红寺堡, 新庄集, gscn, 安定区, 王家坪,
startuphelpost, 走马镇, 高新区, qdubb, 贡山, 丙中洛, souhebang, 沾益, 卜嘎): outside_r35.py (collector A) holds none of them;
outside_r35c.py (collector C) names qdubb only in its docstring, as a mirror of provincial texts, and holds no address,
portal or place of this batch; outside_r35d.py (collector D) uses the qdubb.cn mirror's mobile domain for another page
(m.qdubb.cn/html/2018/xunshixuncha_0514/47324, Dehong's prefecture-led crossed county inspections of 2018: another body,
kind and event), not this batch's three qdubb.cn pages, and holds no other address, portal or place of this batch; and
none of the three files holds the texts left out above as D's kind (金坛/直溪, 富民, 保山/团田, 株洲/龙头铺, 社旗 grepped: no hit), so
they are left for D's later batches; none of this batch's texts is another collector's.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure (none in this
# batch: see the docstring's overlap paragraph).
SHARES_TEMPLATE: tuple[str, ...] = ()

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R35B = [
    # --- news: stories of county and district groups' visits to towns, townships, streets and villages ------------------
    # http://eyjw.gov.cn/content-103-6436-0.html (a district discipline portal's story of a district group's visit to a
    # town, dated 2023-11-13: 恩阳区委第三巡察组 read short (settled 9; the text also writes 区委第三巡察组); the entry day with
    # its year (2023年10月7日,区委第三巡察组进驻兴隆镇) is the start, no span being told (settled 10); the visit is of the town and its
    # 15 villages (对该镇及其所辖15个村(社区)开展常规巡察) and the text names the town's committee only as 镇党委, so the unit is left
    # unscored (see "What I was unsure of"); 关蓬村 is a village of the visit (延伸巡察), no unit; 20日 and 10月27日 are a walk and
    # a payment: no end and no feedback (反馈给镇党委 hands over a fix, with no day); 42户, 83.35亩 and 1.8万元 are no metric)
    ("enyang_third_group_xinglong_town_land_transfer_fee_story_2023", "http://eyjw.gov.cn/content-103-6436-0.html", "news", """【巴中廉播】巡察故事 | “巡”回拖欠的土地流转费

浏览:12396次发布时间:2023-11-13 分享至:

  “多亏了巡察组,土地流转费到账了。”“当时只是抱着试试的心态反映问题,没想到钱这么快就到账了,太感谢了!”近日,巴中市恩阳区委第三巡察组来到兴隆镇关蓬村开展巡察回访时,百姓纷纷为巡察组点赞。

  根据恩阳区委巡察工作统一安排,2023年10月7日,区委第三巡察组进驻兴隆镇,对该镇及其所辖15个村(社区)开展常规巡察,20日巡察专员到关蓬村开展延伸巡察时,走访中村民反映公司拖欠土地流转费的问题。
……
  通过与村党支部书记座谈,今年年初苟某某等42户群众83.35亩土地以协议的方式流转给村集体,村集体又承包给某公司发展产业。3月,该公司按合同约定已将土地流转费1.8万元打到关蓬村集体账户上,但村“两委”未将该笔款项及时拨付给相关群众。厘清事情来龙去脉后,区委第三巡察组经组务会讨论后,将该问题列为即知即改事项,反馈给镇党委。随后镇党委主动作为,责成关蓬村立即整改。10月27日,村“两委”已将1.8万元土地流转费打卡直发到相关群众手中。
……
""", {"group": "区委第三巡察组", "term": None, "round": None, "start": date(2023, 10, 7), "end": None,
      "feedback_date": None, "figures": []}),
    # https://m.news.shi-fen.com/china/202406/50-1593764.html (a county group's village story copied onto a news-flash
    # domain that r8-r32b hold other pages of (none of this county), dated 06-18 without a year: term 15 and round 6 from
    # 十五届苍梧县委第六轮巡察 (the round named with the committee that runs it); the group named under its round
    # (…第六轮巡察第四巡察组) is read as the text names it elsewhere (该县委第四巡察组 -> 县委第四巡察组, as r29b reads 该区委第四巡察组);
    # the text says the group inspected the village (在巡察石桥镇学田村时), so the village is the unit as written (r27b's
    # written convention); no day of the visit; 40个垃圾点, 160个垃圾桶 and 3只 are no metric)
    ("cangwu_fifteenth_term_sixth_round_fourth_group_xuetian_village_garbage_story", "https://m.news.shi-fen.com/china/202406/50-1593764.html", "news", """农村人居环境焕新颜

日期:06-18
巡察农村

“设置了固定垃圾存放点,大家的‘生活垃圾’有处可去,我们的生活环境也越来越美了,感谢巡察组帮助解决我们的难题。”近日,苍梧县石桥镇学田村的村民们对前来回访的十五届苍梧县委第六轮巡察第四巡察组工作人员高兴地说。

不久前,该县委第四巡察组在巡察石桥镇学田村时,发现该村的合一、合二组垃圾随处可见,走在村道中,阵阵酸臭味扑鼻而来,人居环境不容乐观。
……
群众利益无小事,一枝一叶总关情。为帮助群众切实解决问题,该巡察组迅速向该村党支部反馈情况,尽快解决垃圾池选址、建点问题。同时,向当地镇党委反馈,督促其落实主体责任,统筹协调好建设和垃圾清运工作,并要求其举一反三对全镇所辖村(社区)环境卫生情况进行摸排整改,着力解决村庄脏乱差问题,实现村庄环境清洁卫生。

在巡察组的监督推动下,该村党支部在认真摸排后,在两个小组交汇处选定了垃圾池的选址并开展了建设。当地镇党委及政府在全镇范围开展了自查自纠,对所辖村(社区)40个垃圾点,约160个垃圾桶(池)进行清洗,更换破损垃圾桶3只,……
""", {"unit": "石桥镇学田村", "group": "县委第四巡察组", "term": 15, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://yongshou.qinfeng.gov.cn/info/1009/8907.htm (a county's street-light story on a city news portal; outside_new
    # holds another page of the portal (info/1033/18693, the county's 县委第二巡察组 feeding back to 甘井镇: another group, body
    # and event) and r16 a summary of the county's village rounds on the city's main portal: round 6 from 永寿县委第六轮巡察,
    # no term; the group has no owner (第一巡察组) and is not scored; the text says the group inspected the village (第一巡察组在
    # 巡察该县监军街道城关村巡察走访期间), so the village with its street in front is the unit as written; 前段时间 and 近日 give no
    # day; 10天 is no metric)
    ("yongshou_sixth_round_first_group_chengguan_village_street_lights_story", "https://yongshou.qinfeng.gov.cn/info/1009/8907.htm", "news", """“以前晚上出门黑灯瞎火,深一脚,浅一脚,现在好了,村里路灯亮了,晚饭后还能出门散散步。”
“感谢巡察组,多亏了你们,现在只要天色暗下来,路灯就能准时亮起来,大家甭提多高兴了!”
近日,在永寿县监军街道城关村内,到处都能听到这样的点赞声音。
事情还要从前段时间说起,按照永寿县委第六轮巡察要求,第一巡察组在巡察该县监军街道城关村巡察走访期间,城关村村民对村里的部分路段路灯损坏、路灯晚上不亮的问题反映强烈。
……
“要立即采取措施,该维修的维修,该换灯的换灯,让全村路灯重新亮起来,村民夜晚出行才能更安全。”巡察组人员和该村党支部书记座谈后,及时反馈问题,督促其立行立改。
随后几天,巡察干部与村党支部书记实地察看、收集群众意见,帮助协调相关技术人员,共同推动问题的解决。经过10天的紧张抢修,城关村的夜晚重新“点亮”。同时,监军街道办事处根据巡察组意见,举一反三,集中开展了一次辖区范围内路灯照明大排查活动,……
""", {"unit": "监军街道城关村", "term": None, "round": 6, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://weinan.qinfeng.gov.cn/info/1054/94243.htm (a national discipline paper's story of an Anhui county's first
    # round, copied onto another province's city discipline portal, dated 2024-01-19; outside_set holds another page of the
    # portal (another place and event); the same story is on wanqulawyer.com (mobile/index/show/catid/88/id/43819), left
    # out as a copy: term 13 and round 1 from 十三届蒙城县委第一轮巡察 (the round named with the committee that runs it); the
    # group is named only under its round (…第一轮巡察第三巡察组) and nowhere else with its number, so it is not scored (r27b's
    # written convention); the body the group entered is not named (进驻后的第四天) and the village is where two members
    # walked, so the unit is left unscored; no day of the visit; 43人, 54.1亩 and 80553元 are no metric)
    ("mengcheng_thirteenth_term_first_round_majie_village_compensation_story_2024", "https://weinan.qinfeng.gov.cn/info/1054/94243.htm", "news", """迟到的补偿款
来源:中国纪检监察报 发布时间:2024-01-19 07:31

“大爷,您的青苗补偿款收到了吗?”近日,安徽省蒙城县巡察干部卢西卫、徐轶在该县马集镇韩楼村张庄进行回访。

“收到了!43人的都收到了!”正在田间干农活的葛老汉笑着说,“给恁反映后没多久就打到卡里了。”

之前,就在十三届蒙城县委第一轮巡察第三巡察组进驻后的第四天,卢西卫和徐轶就进村入户开展了走访。
……
巡察组经过多方调查,终于理清了事情的原委。原来,华能风电公司在该村建设风能发电设施,租用土地54.1亩,应付租地款和建设初期的青苗补偿款80553元,涉及群众43人。而这些款项施工方当年春节时已全部转账给镇财政所账户,镇里及时拨付到村账户。……
""", {"term": 13, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://news.shi-fen.com/china/202201/50-1214410.html (an autonomous county's compensation story on the same
    # news-flash domain as the Cangwu story (another county, round and event), with a sentence run together (正式启动按照):
    # term 15 and round 1 from 十五届县委第一轮巡察 (the round named with the committee that runs it); the group is named with
    # the county but no committee (富川瑶族自治县第二巡察组) and without an owner (第二巡察组), so it is not scored; 2021年9月28日 is
    # the day the round was launched (正式启动), and the group's entry (入驻麦岭镇后) has no day: start left unscored (see
    # "What I was unsure of"); the group's visit names three villages (对麦岭镇的金田村、三民村、高桥村3个党组织开展常规巡察) and the
    # story is one of them, so unit and units are left unscored; 2010年9月 is the land's taking; 7个地块, 8亩 and 8万元 are
    # no metric)
    ("fuchuan_fifteenth_term_first_round_second_group_maling_villages_compensation_story", "https://news.shi-fen.com/china/202201/50-1214410.html", "news", """首页 > 国内新闻 > 正文

激活在账上“躺”了11年的征地补偿款

原标题:激活在账上“躺”了11年的征地补偿款

“没想到11年前的征地补偿款还能找回来,这下可算有着落了!”日前,富川瑶族自治县第二巡察组的同志接到麦岭镇金田村村民打来的电话,透过电话都能感受得到另一头的喜悦之情。

2021年9月28日,十五届县委第一轮巡察正式启动按照县委的统一部署,第二巡察组对麦岭镇的金田村、三民村、高桥村3个党组织开展常规巡察。按照惯例,第二巡察组入驻麦岭镇后,先后召开巡察动员会,在3个行政村设置巡察信箱,开通专门举报电话、邮箱,引导群众积极反映情况。
……
2010年9月,永贺高速公路建设前期,征收麦岭镇金田村委大脚山周边林业用地。在征收过程中,该村第二、第三小组的村民因地块权属问题发生争议。当时涉及征地补偿的有7个地块,合计8亩共8万元的征地补偿款。……
""", {"term": 15, "round": 1, "end": None, "feedback_date": None, "figures": []}),
    # https://www.sycn.cn/news/196497.html (a city news portal's story of a county group's visit to a township; r10 holds
    # another page of the portal (news/22180, another county's special round at its education bureau) and r34b the city
    # of Shaoyang's seventh round (another committee, kind and event): 邵阳县委第二巡察组 read short (settled 9); the visit
    # names the township (进驻小溪市乡开展巡察) and the text names no committee of it, so the township is the unit as written
    # (settled 15); its 14 villages are counted, none named; 去年8月 tells the entry by a month without a year: no start
    # and no end (settled 12); 128户527人 and 2.6万元 are no metric)
    ("shaoyang_county_second_group_xiaoxishi_township_dividend_story", "https://www.sycn.cn/news/196497.html", "news", """聚合邵阳新闻 传播邵阳声音
邵商网与您共同讲好邵商故事

邵阳县:对村巡察后,村民喜领分红款

“终于领到分红了,谢谢你们啊!”近日,邵阳县小溪市乡河沿村十九组脱贫户刘叶东取出“一卡通”里的村集体经济收益分红款后,立即给县委第二巡察组工作人员打电话报喜。

去年8月,邵阳县委第二巡察组进驻小溪市乡开展巡察,对该乡14个村进行全覆盖巡察,将监督触角延伸到基层一线,全力打通服务群众的“最后一公里”。进驻后,巡察组在查看小溪市乡河沿村集体“三资”台账时发现,该村集体入股投资的专业合作社中有一家未按照合同约定上缴分红款。
……
巡察组结合调查的实际情况,在向河沿村反馈合作社拖欠分红问题的同时,和该合作社负责人就解决村民分红之事进行沟通。
……
目前,该村128户527人村级产业项目收益分红2.6万元,已……
""", {"unit": "小溪市乡", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://fzzx.org.cn/show-562686.html (a county group member's first-person story on a legal news site; r30c and r32c
    # hold other pages of the site, r27b another county group's story in the same county (模环乡西元村, 县委第二巡察组: another
    # group, village and event): the byline's 龙游县委第四巡察组 read short (settled 9), the narrator's group; the text says the
    # group held its round in the village (在社阳乡金龙村开展的一次常规巡察), so the village with its township in front is the unit
    # as written; 新一轮巡察 is the next round, unnamed; 2002年 and 2019年 are the lease's; 2000元, 500元 and 100多亩 are no
    # metric)
    ("longyou_fourth_group_jinlong_village_bamboo_rent_first_person_story", "http://fzzx.org.cn/show-562686.html", "news", """龙游县委第四巡察组副股级巡察专员 徐绮
“朱某拖欠的2000元租金今天已经交进村集体账户了,事情能这么圆满又快速地解决,多亏了巡察组的同志!”接到社阳乡金龙村村监会主任张信南的电话时,我正在为新一轮巡察进驻动员会准备会议材料,听到这个结果,我的思绪又回到了不久前在社阳乡金龙村开展的一次常规巡察。
“那100多亩毛竹山被朱某占用三四年了,村里凭啥一分钱都不收?”“村干部都不管,你在这里说有啥用,你态度‘横’一点村里也拿你没办法。”进驻动员会开始前,我在会场检查布置情况,村里几位党员的议论引起了我的注意。
动员会结束后,我便找到村党支部书记赖继雄了解情况,他告诉我,村民口中所说的毛竹山,2002年由村民朱某中标承包种植竹笋,原约定每年需缴纳租金500元,承租期30年。朱某缴纳租金至2019年后,就以疫情为由一直未缴租金,村里多次上门做过工作,最后都不了了之,问题也一直没有解决。
……
""", {"unit": "社阳乡金龙村", "group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://xinghuanews.net/content.html?key=6768af02ccba6d25fe8b456d (a county-level city's paper's story of its
    # committee's group at a town: one town visited (市委巡察组进驻钓鱼镇开展常规巡察) whose committee the text names (钓鱼镇党委和
    # 中朝村"两委"…整治提升), so the unit is the town's committee (settled 15); the group has no number (市委巡察组) and is not
    # scored; 此前 and 近日 give no day; no figure)
    ("xinghua_city_group_diaoyu_town_village_environment_story", "http://xinghuanews.net/content.html?key=6768af02ccba6d25fe8b456d", "news", """巡察助力乡村换新颜
本报讯(通讯员 孙悦)“现在我们村环境越来越好了,臭水沟变成了清水渠,垃圾准时回收,路边堆放的杂物被清理了,不少村民没事儿都出来闲逛聊天呢,大家都说村里更美了,心情更舒畅。”近日,钓鱼镇中朝村村民高兴地对巡察工作人员说道。
此前,市委巡察组进驻钓鱼镇开展常规巡察,深入收集各村群众在乡村振兴、“四风”问题、急难愁盼等领域的腐败问题线索。“有人在集体土地上乱堆乱放,沟渠淤堵、污水排放不畅,散发着一股难闻的味道……”在走访中朝村时,许多村民反映了当地环境容貌较差等问题。
发现问题后,市委巡察组立即召开组务会,对中朝村存在的人居环境问题进行分析。……
在巡察组的监督推动下,钓鱼镇党委和中朝村“两委”积极组织力量对中朝村人居环境进行整治提升,清除河道内杂草及路边垃圾杂物,修剪河畔绿化树,修整菜园破损栅栏,整体环境大为改善。……
""", {"unit": "钓鱼镇党委", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://www.hnjjjc.gov.cn/html/wenzhang_744843.html (a city discipline portal's story of a district group's visit;
    # r14 and r20 hold other pages of the portal (other bodies and events): 田家庵区委第二巡察组 read short (settled 9); the
    # visit is of a town's 12 villages, counted and none named (对曹庵镇所辖12个村(社区)开展巡察: the town only qualifies them,
    # settled 8), and the story's village is where the group walked (下沉走访曹庵镇孤堆村), so unit and units are left
    # unscored; 陈巷村 and 邵庄村 are where like problems were; no day; 600多户 and 3个 are no metric)
    ("tianjiaan_second_group_caoan_town_twelve_villages_underpass_story", "https://www.hnjjjc.gov.cn/html/wenzhang_744843.html", "news", """“多亏了巡察组的帮忙,下穿桥这条路在下雨天总算可以放心通行了,孩子们再也不用因为下雨无法上学,真是太感激你们了。”在巡察回访的过程中,田家庵区曹庵镇孤堆村东下组村民激动地说。
这可喜的变化,还要从田家庵区委第二巡察组对曹庵镇所辖12个村(社区)开展巡察说起。在巡察组下沉走访曹庵镇孤堆村的过程中,村民庞大爷向巡察组反映该村有一处下穿桥一到雨季就大面积积水,导致村民通行困难,附近的学生无法上学。
……
在全面了解情况后,巡察组立即将该问题反馈至曹庵镇党委和孤堆村党组织,并下发立行立改通知书,要求限期整改到位。同时,要求镇纪委督促相关站所和孤堆村“两委”共同解决难题。
……
至此,下穿桥沿线600多户村民雨季通行难的问题顺利解决,村民雨季安全通行的愿望得以实现。
同样类似“通行难”的问题还出现在曹庵镇陈巷村、史院乡邵庄村等地,……
""", {"group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://szb.nxrb.cn/nxrb/pc/con/202212/29/content_51345.html (a provincial paper's story, 2022-12-29 in its address, of
    # a district group's finding fed back to a township; r8 holds the district's 2025 entry of its 区委第一巡察组 into 红寺堡镇
    # (another year, town and event): 红寺堡区委第一巡察组 read short (settled 9); the text says the group took a complaint and
    # fed it back to the township's committee (向新庄集乡党委进行了反馈) without saying it inspected the township, so the unit is
    # left unscored; 今年3月 has no year and no day: no start; the feedback has no day; the tallies of the last paragraph
    # (共发现问题4条, 提出整改意见4条, 共收到问题线索1条, 批评教育1人) are the district's for the year's village visits on the
    # environment, not this visit's, so figures are left unscored (see "What I was unsure of"); 41处, 26起, 39处 and 17名 are
    # an enforcement's counts)
    ("hongsibu_first_group_xinzhuangji_township_grazing_story_2022", "https://szb.nxrb.cn/nxrb/pc/con/202212/29/content_51345.html", "news", """本报讯 (记者 杜晓星)“偷牧的人看不见了。”近日,吴忠市红寺堡区联合调研督查组再次来到红寺堡区新庄集乡新集村,对巡察整改的环境问题进行回访,当地村民们反馈道。
今年3月,红寺堡区委第一巡察组接到群众反映,新集村养殖园区南面有人偷牧,严重影响了生态环境和附近村民生活。巡察组通过实地走访,核实情况后将此问题梳理归纳写入巡察报告,并向新庄集乡党委进行了反馈。
新庄集乡成立由综合执法局、农业农村局、派出所等组成的联合执法专项行动小组,“疏堵结合”整治新集村偷牧问题。截至目前,拆除野外搭设羊圈41处,处理违反禁牧条例案件26起。同时,在养殖园区外围安装监控摄像头39处,安排17名护林员进行定点巡护。……
今年以来,红寺堡区坚守政治巡察定位,通过“巡乡带村”对农村生态环境保护工作进行重点巡察监督,共发现问题4条,提出整改意见4条。同时,密切关注农村生态环保领域失职失责行为,共收到问题线索1条,批评教育1人,以铁腕执纪守护绿水青山。
""", {"group": "区委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None}),
    # http://gansu.gscn.com.cn/system/2022/11/17/012858052.shtml (a provincial news portal's story of a district's second
    # round, dated 22-11-17; r27b and outside_set hold other pages of the portal (other places and events): round 2 from
    # 安定区第二轮巡察 (the round named with the district whose committee runs it), no term; the group has no owner (第二巡察组)
    # and is not scored; the body it inspects is not named and the village is where a caller lives, so the unit is left
    # unscored; 2022年7月的一天 is the day of a call, no visit's day; 2018年4月 is the lease's; 43户, 794.4亩 and 39720元 are
    # no metric)
    ("anding_second_round_second_group_wangjiaping_land_fee_story_2022", "http://gansu.gscn.com.cn/system/2022/11/17/012858052.shtml", "news", """您当前的位置 : 中国甘肃网 >> 甘肃新闻 >> 来稿选登

定西安定:“迟来”的土地流转费

22-11-17 15:56 来源: 中国甘肃网 编辑:魏湘

  “你好,我是宁远镇王家坪村社员,我有个情况要向你们反映。”2022年7月的一天,安定区第二轮巡察工作启动后不久,第二巡察组工作人员就接到一位群众反映合作社拖欠村民土地流转费的信访电话。
……
  经了解掌握,2018年4月,宁远镇王坪村43户农户将794.4亩土地流转给定西沁馨合农机合作社用于种植苜蓿,每年年底前由定西沁馨合农机合作社向村民支付当年的土地流转费,但由于定西沁馨合农机合作社资金紧张等原因,承诺的2021年流转费迟迟不给农户兑现,农户多次上门讨要无果。

  了解情况后,区纪委监委第六纪检监察室副主任、第二巡察组成员王志强深知,群众利益大如天,……
  经巡察组与镇纪委、村两委集中讨论,巡察组决定向王家坪村两委提出整改建议,并会同宁远镇纪委现场督办,由村两委督促定西沁馨合农机合作社尽快解决拖欠的群众土地流转费。

  整改建议提出后,王家坪村两委协助合作社克服困难,立即核对农户信息,明确流转土地面积,整理相关群众“一折通”账号,仅两天时间就将拖欠的43户农户土地流转费总计39720元打入了村民账号。
""", {"term": None, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- noisy --------------------------------------------------------------------------------------------------------------
    # http://www.startuphelpost.com/1/detail/1423210505675411456/web/content_1423210505675411456.html (a municipality's
    # paper's story copied in traditional script onto an unrelated domain, with pinyin in brackets after many characters
    # (區(qū)) and a lost character shown as ? (重慶日?qǐng)?bào)), dated 2025-10-02: a high-tech zone's working committee's group at
    # a town; the group as written, simplified (高新區黨工委第二巡察組 -> 高新区党工委第二巡察组, as settled 9 keeps 示范区党工委第二巡察组
    # with the zone's kind); the visit names the town's committee (進駐走馬鎮黨委開展常規巡察), the unit written simplified;
    # 今年3月 tells the entry by its month only: no start (settled 12); 9月30日 is the reporter's day; 19個 projects and
    # 19筆 fees are no metric; 15日內 is a deadline)
    ("chongqing_hitech_zone_second_group_zouma_town_land_fees_pinyin_trad", "http://www.startuphelpost.com/1/detail/1423210505675411456/web/content_1423210505675411456.html", "noisy", """重慶高新區(qū)找準(zhǔn)癥結(jié)、跟蹤督辦 19筆拖欠的土地流轉(zhuǎn)費(fèi)有著落了
2025-10-02 07:29:30 來(lái)源: 重慶日?qǐng)?bào)
重慶日?qǐng)?bào)訊 (新重慶-重慶日?qǐng)?bào)首席記者 張亦筑)9月30日,記者了解到,通過(guò)巡察推動(dòng)化解群眾身邊的急難愁盼問(wèn)題,重慶高新區(qū)19個(gè)存在拖欠問(wèn)題的土地流轉(zhuǎn)項(xiàng)目,目前均制定了差異化解決方案,部分欠款已成功追回。
今年3月,高新區(qū)黨工委第二巡察組進(jìn)駐走馬鎮(zhèn)黨委開展常規(guī)巡察,發(fā)現(xiàn)該鎮(zhèn)歷年土地流轉(zhuǎn)體量大,土地流轉(zhuǎn)費(fèi)拖欠問(wèn)題尤為突出。
……
找準(zhǔn)問(wèn)題癥結(jié)后,巡察組將該問(wèn)題作為走馬鎮(zhèn)黨委立行立改事項(xiàng),并列入群眾急難愁盼問(wèn)題清單進(jìn)行跟蹤督辦,指出鎮(zhèn)、村社存在“重流轉(zhuǎn)、輕監(jiān)管”“對(duì)拖欠問(wèn)題消極應(yīng)付”等履職漏洞,要求15日內(nèi)制定詳細(xì)方案。
……
""", {"unit": "走马镇党委", "group": "高新区党工委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://qdubb.cn/html/2023/xunshixuncha_0824/122802.html (a prefecture discipline commission's story copied in
    # traditional script onto the qdubb.cn mirror, which earlier batches hold many other pages of (none of this county),
    # dated 2023-08-29: 縣委第二巡察組 as written, simplified; the visit names the town (對丙中洛鎮及所轄4個村開展常規巡察) and the
    # text names no committee of it, so the town is the unit as written, simplified (settled 15); the visit is told by
    # 今年3月, a month whose year only the page's dated line gives: start and end left unscored (a reader taking the year from
    # the dated line reads 2023年3月, settled 13; one who does not reads nothing); 2022年11月 is the project's; 64戶 is no
    # metric)
    ("gongshan_second_group_bingzhongluo_town_crop_compensation_trad", "http://qdubb.cn/html/2023/xunshixuncha_0824/122802.html", "noisy", """巡察微故事 | 遲到的青苗補償款

發布時間:2023-08-29 16:55:26   來源:怒江州紀委監委

“巡察組來了就是好,等了那么久的青苗補償款,不到一個月的時間就給大家解決了!”近日,貢山縣丙中洛鎮丙中洛村王期小組村民怒大哥激動地從工作人員上接過青苗補償款支付明細,認真核對著面積、金額。

今年3月,縣委第二巡察組對丙中洛鎮及所轄4個村開展常規巡察。巡察組工作人員下沉到該鎮丙中洛村王期小組走訪了解情況時,恰逢遇到巡山歸來的怒大哥幾人坐在路邊歇腳聊天,便與他們一道坐下來交談了起來。
……
把怒大哥一行人反映的問題整理記錄好后,縣委第二巡察組工作人員來到了項目實施現場查看,并向丙中洛鎮政府項目建設辦公室、丙中洛村委會了解詳細情況。

原來,2022年11月縣自然資源局在丙中洛村王期小組和雙拉村打拉二組實施了旱改田耕地提質增效項目。在施工過程中,臨時征占了64戶農戶土地,……
""", {"unit": "丙中洛镇", "group": "县委第二巡察组", "term": None, "round": None, "feedback_date": None,
      "figures": []}),
    # https://souhebang.com/info-155545.html (a district group's rent story copied in traditional script onto an unrelated
    # domain, with doubled commas (,,) and pinyin in brackets (統(tǒng)一): 沾益區委第四巡察組 read short (settled 9), written
    # simplified; the group walked a village's group (在菱角鄉卜嘎村委會清水塘小組開展巡察走訪), without the text saying whom it
    # inspected, so the unit is left unscored; 近日 gives no day; 182戶 and 246784.5元 are no metric)
    ("zhanyi_fourth_group_buga_village_land_rent_doubled_commas_trad", "https://souhebang.com/info-155545.html", "noisy", """“巡察組同志,,我有問題要反映,,我們小組土地租給村里統(tǒng)一流轉(zhuǎn),這一年半載了租金卻一分沒拿著,,這事你們可得管一管,。”近日,,沾益區(qū)委第四巡察組在菱角鄉(xiāng)卜嘎村委會清水塘小組開展巡察走訪時,,村民李某某向巡察組工作人員尋求幫助,希望能幫助解決該村拖欠發(fā)放土地租金的問題,。
群眾利益無小事,,李某某反映的情況是否屬實?如果屬實,,是否還有其他村民沒拿到租金,?巡察組繼續(xù)走訪了該組其他村民。
……
獲悉這一情況后,,巡察組立即調(diào)閱土地流轉(zhuǎn)合同,、流轉(zhuǎn)土地清單等核實情況,經(jīng)核實,,該村有182戶村民的土地流轉(zhuǎn)租金共計246784.5元,,自土地流轉(zhuǎn)后一直未發(fā)放到位。
……
在巡察組的全程督辦下,,村民的土地流轉(zhuǎn)租金很快補發(fā)到位。一周后,,巡察組再次來……
""", {"group": "区委第四巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://qdubb.cn/html/2019/jijianrenshouji_0915/73285.html (a first-timer's notes on an inspection, in traditional
    # script on the qdubb.cn mirror's column of discipline officers' notes, 2019 in its address: the writer names no group,
    # round or inspected body; 今年7月 has no year and 一個半月 is a length: no dates; the 14 villages and communities
    # walked are counted, none named: units []; the unit is not named, so it is left unscored; no figure. Expects nothing of
    # an inspection's fields)
    ("inspection_newcomer_fourteen_villages_notes_2019_trad", "http://qdubb.cn/html/2019/jijianrenshouji_0915/73285.html", "noisy", """今年7月,我有生以來第一次參加了巡察工作,快節奏而充實的工作,讓我收獲滿滿。
“要結合開展的巡察工作,力爭突破重點難點,形成高質量的巡察報告。”作為一名宣傳干部,這是曾經在我筆下所寫的有關“巡察報告”方面的內容,殊不知全體巡察干部為了這份高質量的巡察報告,背后為之付出了怎樣的艱辛。通過這次親身經歷,讓我明白了巡察報告沉甸甸的份量。
一個半月的巡察工作,我大致將其分為三個階段:前期查閱摸底,中期“地毯式”搜集,后期全力沖刺,而給我印象最深的莫過于對各個村、社區的走訪,一個裝著紙筆的書包、一個塞滿低保等材料的袋子就是我每天的“裝備”。七八月的盛夏,陽光毒辣,但初入門的好奇心和找問題的責任感讓我立即對14個村、社區開展了全覆蓋式的走訪工作。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://m.qdubb.cn/html/2025/jijianrenshouji_1014/142201.html (a deputy group leader's look back on eight years of
    # notebooks, copied in traditional script with pinyin in brackets (時(shí)) onto the qdubb.cn mirror's mobile domain, 2025
    # in its address: 2018年 is when the writer joined, 五年前 a village visit without a place; no group, round, body, day or
    # figure. Expects nothing)
    ("inspection_deputy_leader_eight_years_notebooks_pinyin_trad", "http://m.qdubb.cn/html/2025/jijianrenshouji_1014/142201.html", "noisy", """整理辦公桌時(shí),不經(jīng)意間拉開桌底抽屜,八年來積攢的十幾本巡察工作筆記靜靜躺著。隨手拿起一本,紙張泛黃、邊角卷曲,內(nèi)頁密密麻麻的字跡里,有問題線索記錄、群眾情況摘要,也有深夜寫下的思考。這些文字,記錄著我從巡察“新兵”到副組長(zhǎng)的蛻變軌跡,更鮮活映照出全面從嚴(yán)治黨在基層落地生根的生動(dòng)實(shí)踐。
2018年剛進(jìn)巡察組時(shí),我對(duì)這份工作充滿敬畏,但又有些忐忑。第一次參加巡察動(dòng)員會(huì),領(lǐng)導(dǎo)強(qiáng)調(diào)“巡察不是普通的檢查,而是‘政治體檢’”。我攥著筆,手心全是汗,生怕漏掉任何細(xì)節(jié)。
……
巡察工作中,筆記本里記滿的“小事”,其實(shí)都是群眾的大事。五年前在村里巡察時(shí),老林叔拉著我的手說:“我家已經(jīng)一年多沒有自來水吃了,全靠到一里地外挑水吃,年紀(jì)大了走不動(dòng)了。” 他眼里的焦急像針一樣扎人。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
