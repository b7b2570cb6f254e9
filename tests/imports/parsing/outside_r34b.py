"""Outside texts of batch r34-held, collector B's share (issue 14), held out: county, district and city committees'
groups at work in townships, towns, streets, villages, communities and county or district departments (round
announcements and lists, entries, feedback news, rectification progress reports of such bodies, and noisy copies of
them), collected with the search tool from public pages that are in no earlier batch. Topped up in a second session: the
first session was short (the search tool answered "the search budget for this session is used up" after 15 answered
searches of the "pages" corpus, and the batch then held 2 texts, 1 measured); a second collector, under the same brief
and discipline, added 13 texts, all measured, so the batch holds 15 texts, 14 measured. Nothing was taken from anywhere
but the search tool's answers.

How overlap was checked. Each address was grepped, with and without www./m./mip./wap. and its query string (host and the
distinctive part of the path: hanzhong.qinfeng, info/1009/1885, 0739qq, thread-18366; in the second session ynqjnews
361009, saintpaulhem 83882e752e13, c347187-33908007, shiquan.qinfeng 4206, shiquan.gov.cn 1626962, nbjw 77961, mishuzj
187111, mouguan 368569, wenkuhub 114094, jjyq 107254, mmshw 23901, wsjjjc 28546), in every
tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r34d), test_outside_documents.py, seeds.py
and seedtools.py, and two or three distinctive names or phrases of each text in simplified and traditional script
(宁强/寧強, 禅家岩/禪家岩, 青木川, 罗家坝, 汉源街道; 邵阳/邵陽, 金称市镇, 大禾塘, 同意村, 兴隆街道财桥村, 邵阳市公路建设养护中心, 市库区移民事务中心, 商改办, 第七轮巡察动员部署会暨对村巡察; in the
second session 茂租, 张发金, 民和镇, 樊国春, 民发〔2022〕, 阿荣/阿榮, 隋剑平, 兴安镇, 六合镇, 县合疗办, 石泉县启动, 两河镇/兩河鎮, 刘家斌, 宁海/寧海, 茶院乡, 青白江, 廣漢, 宣威,
田坝镇, 四坪村, 印江, 朗溪, 張義忠/张义忠, 文山市, 东山乡, 合掌村, 元谋, 羊街镇, 小平地村) likewise: none is held. Portals that hold other texts of
earlier batches: hanzhong.qinfeng.gov.cn holds r10's hanzhong_united_front (info/1009/30181, a city group's 2025
mobilisation at the city's united front department: another county, body, kind and event), so Ningqiang's text is
measured; shiquan.qinfeng.gov.cn holds r6's shiquan (info/1090/9740, the county's sixteenth committee's second round at
its 编办) and r26b holds another paper's text of the county's third group at its civil affairs bureau, so the county's
2016 first round (another round, year and kind) is measured; nm.people.com.cn holds r17's pages of other places;
saintpaulhem.com (a mirror of Jiangxi portals) holds outside_new's jiangxi_audit (a province's audit); jjyq.org.cn holds
r29b's Chancheng story and mmshw.com r24's Sinan and r33d's Tongren texts (other counties and events); r27b and r29b
hold other texts of Qiaojia (other towns and events), r16 one of Yuanmou (its forestry bureau's visit); r31b's collector
read the mishuzj page and left it out (places blanked), no batch holds it. The city of Shaoyang's sixth round of its
twelfth committee is r15's shaoyang_sixth_round_units (longhuiren.com, the city paper's announcement in the formula
经市委批准，十二届市委第六轮巡察将对…开展常规巡察): this batch's seventh round is another round on another portal, but the same city's
announcement template, so it is put in SHARES_TEMPLATE (and it holds raised-level village visits, D's kind: see below).
Every text was then compared with `bench/outside_overlap.py tests/imports/parsing/outside_r34b.py` (see the end of this
docstring). Their fields are written down by reading only. The importer was not run on them, no test or bench that runs
it was run, and neither collector read imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, the docstrings of outside_r24.py and the r31b-r33b files, and the
brief); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 15 texts from the search tool's "pages" corpus, 14 with their address and 1 with none returned ("search corpus
pages (no URL returned)": Yuanmou's story). The corpus is exhausted for this share. The first session's 15 searches (巡察组
feedback to town committees, groups entering streets, village feedback meetings, banners' 苏木/嘎查, townships' 整改进展情况的通报,
county bureaus of human resources, 2026 feedback meetings, county federations of the disabled, district women's
federations and youth leagues, village rectification notices, street committees' rectification democratic-life meetings,
traditional-script entries into town committees, two county names, community feedback in 2024) returned some 60 distinct
addresses, all but two earlier batches' or other shares' (e.g. Qin'an's sixth round, Fengning's 根德村 look-back, Kunming's
twelve communities, Lezhi's withdrawal notice, Hengyang's 杉桥镇, Nanling's 许镇镇 and 籍山镇, Shimen'er Road, Liangcheng,
Weibin's people's congress branch and trade union, Xinchuan community, Haibowan, Fengxian's 三六五 method piece, Xingning's
叶塘镇, Zhaozhou's 22 bodies, Guangchang's and Dali's federations of the disabled, Jimo's women's federation, Qinzhou's
nineteen bodies, Pulou and Zhakou streets; Inner Mongolia's and Gansu's provincial rounds, Suzhou's raised-level
look-back, Jinzhai's village poverty special rounds), and gave Ningqiang's fifth round and Shaoyang's seventh round. The
second session's 74 searches (the same corpus; town and township progress reports 整改进展情况的通报 and 整改情况的报告 by year,
feedback and entry at county bureaus (林业, 统计, 人社, 供销社, 农业农村, 医保, 水务, 党校, 司法), street and community feedback, banners'
苏木/嘎查 and other minority areas (西藏, 宁夏, 自治县), village notices and 公示, towns' work summaries and secretaries' reports
that mention an inspection, stories by subject (自来水, 低保, 敬老院, 物业, 租金, 道路), 巡察微故事, early rounds (2016, 2017, 2019),
county names (宣汉, 威宁, 宿松), traditional-script and pinyin queries, one English query) returned some 250 distinct
addresses, of which nine in ten were earlier batches' (e.g. Pucheng's forestry bureau, Yongshou's 甘井镇, Weixi's eleventh
round, Hongsibu's town, Xiuning's fourth round, Shenqiu's second round, Yunyang's 农坝镇 look-back, Minqing's ninth round,
Yulin's 107 villages, Jiaozuo's 雪莲社区, Chongyang's 港口乡, Xixian's 杨店乡 old people's home, Chunhua's 秦河村, Xing'an's 华江瑶族乡,
Jiande's villages before the elections; Dejiang's 泉口镇 is held by r34d). What still gave new texts: two town committees'
progress reports (Qiaojia's 茂租镇 on a county news portal, Jinxian's 民和镇 on a mirror of its county portal), a banner's
round started on a national paper's regional channel (Arong), a county's 2016 first round (Shiquan), stories of a
county's round and of groups' visits to towns on discipline portals and mirrors (Ninghai's old people's homes, Xuanwei's
田坝镇, Yuanmou's 羊街镇), a town's visit by a supervision group that is no inspection (Shiquan's 两河镇), and noisy copies (a
writing-material site's blanked district piece with its watermark, a traditional-script study visit with pinyin, a
document site's spaced self-examination, Yinjiang's 朗溪镇 in spaced traditional script, Wenshan's 东山乡 with 年 lost from its
dates). Left out after reading: Yu'an's "背包式" round of 41 old people's homes and Huojia's linked rural revitalisation
special round at 太山镇 (special and linked rounds by subject: collector D's kinds), 洲头街's crossed pilot (D), Bayannur's
fourth committee's ninth round (a city's round with raised-level crossed visits), Gaotai's 宣化镇 (completion counts at two
levels the batches have not settled), a second generated street essay on paxyq.com (r34d holds the site's other
generated essay: same generator), Caidian's toilet story copied with its page markup (it names nothing of the visit;
left out to keep the texts expecting nothing within a quarter of those added), and pages stating no inspection (Dingxi's
property supervision, Juye's old-age care rectification, two novels' 巡视组 chapters).

Families and counts (15 texts, 1 in SHARES_TEMPLATE; 14 measured; the first session's 2 told first, the 13 added after).
First session: rounds 2: measured ningqiang_fifteenth_term_fifth_round_eight_towns_entries (a round list of 8 towns and
a street office, unit ""); in SHARES_TEMPLATE shaoyang_twelfth_term_seventh_round_sixteen_bodies_eight_villages (a round
list of 16 city bodies and 8 villages, unit ""). Added in the second session, all measured: progress 2,
maozu_town_second_group_village_linked_visit_progress_2023 (茂租镇党委: group, visit span, feedback day) and
minhe_town_city_second_group_progress_measures_2023 (民和镇党委: group, visit span, feedback day, measures 151); rounds 2,
arong_banner_fifteenth_term_ninth_round_towns_started_2020 (term 15, round 9, unit "", its list cut) and
shiquan_2016_first_round_four_county_departments_entered (round 1, unit "", 4 county departments); news 4,
ninghai_second_round_township_old_peoples_homes_story_2023 (round 2),
xuanwei_seventh_term_fifth_round_first_group_tianba_town_rent_story (田坝镇党委, group, term 7, round 5),
yuanmou_third_group_yangjie_town_village_road_story_no_url (羊街镇党委, group) and one expecting nothing,
lianghe_town_anti_gang_supervision_fourth_round_no_inspection (a 督导组's 第四轮督导); noisy 5,
blanked_district_eighth_term_second_round_eleven_communities_watermark_copy (places blanked, a watermark run in, spaced
digits: term 8, round 2, unit ""), yinjiang_fourteenth_term_first_round_second_group_langxi_town_rent_spaced_trad
(traditional script with spaces set in: 朗溪镇党委, group, term 14, round 1, entry day),
wenshan_fourth_term_third_round_fourth_group_dongshan_township_rent_lost_year (年 lost from dates: 东山乡党委, group, term 4,
round 3) and two expecting nothing: qingbaijiang_inspection_office_guanghan_study_visit_pinyin_trad (traditional script
with pinyin in brackets: an inspection office's study visit) and
town_committee_inspection_audit_rectification_self_examination_copy (spaced digits: a town committee's self-examination,
no group, round or day; an inspection's and an audit's problems counted together). Family totals: progress 2 (2
measured), news 4 (4 measured), rounds 4 (3 measured), audit 0, noisy 5 (5 measured). Lists of bodies measured: 2
(Ningqiang's 8, Shiquan's 4); progress reports measured: 2; texts measured that expect the unit "": 6 (Ningqiang, Arong,
Shiquan's round, the blanked district, 两河镇 and Qingbaijiang); texts added that expect nothing: 3 of 13 (两河镇,
Qingbaijiang, the self-examination), within the quarter the brief allows.

Fields read: 52 outside SHARES_TEMPLATE (each unit, unit of a list, group, term, round, start, end, feedback day and
figure; the unit "" counts), and 68 absence checks (None for group, term, round, start, end and feedback day, [] for
units or figures), by the collectors' count (computed from the expectations: a key whose value is None or [] is an
absence check, unit "" a field); the first session's Ningqiang 11 and 5, the 13 added 41 and 63; in SHARES_TEMPLATE 27
fields (the unit "", 24 units, term, round) and 5 absence checks. By family (outside SHARES_TEMPLATE): progress 11
fields and 5 absence checks, news 8 and 23, rounds 20 and 13, audit 0 and 0, noisy 13 and 27. Figures read: measures 1
(民和镇's 制定了151条整改措施); counts of bodies (8个镇(办)党委, 20个村级党组织, 16家, 四个县直部门, 11 个社区, 18个村(社区), 14 个村级黨組織), rents, households,
beds and days are no metric.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's docstring
and the r31b-r33b files followed exactly): a round or term named with the committee that runs it is the text's
(十五届县委第五轮, 十二届邵阳市委第七轮, 阿荣旗十五届旗委第九轮, 七届宣威市委…第五轮, 四届市委第三轮, 十四 屆印江自治縣委第一輪 with its space, 八届区委第二轮, 宁海县委第二轮), a round named
with its year is its number (2016年第一轮: round 1, as r24 reads 2025年第二轮), and rounds only conveyed or heard are not the
text's (自治区党委第七轮巡视, 市委第八轮巡察, 旗委第八轮巡察), nor a supervision's 第四轮督导; a visit's span and a feedback day with their years are
read (茂租镇's 2022年6月20日至8月3日 and 2022年10月19日, 民和镇's 2022年6月24日至8月10日 and 2022年10月25日); the entry day with its year is the
start when no span is told (settled 10: Yinjiang's 2023 年 3 月 29 日…進駐), a mobilisation day is no start (settled 10:
Ningqiang's 5月9日, Shaoyang's 2月26日), an entry told by its month only gives no date (settled 12: Yuanmou's 去年3月), 日前, 此前
and 近日 give no day, and a planned length is no end (为期60天); places and bodies in a round's list are units as written
(settled 8: 汉源街道办, 燕子砭镇 …; 邵阳市委编办 … with the city's name in front as the text writes it, and the villages with their
street or town in front, as r24's Chaoyang keeps 建外街道永安里东社区; 县住建局, 县民政局, 县合疗办, 县残联 named before a matching count,
等四个县直部门), bodies named as examples before a count are none (汉源街道办西沟村、二郎坝镇罗家坝村等20个村党支部, as r33b's Qiongshan reads
龙光等11个村), counted bodies are none (11 个社区), and places that only qualify counted bodies are no units (settled 8:
邵东市、邵阳县、大祥区、双清区、北塔区等5个县市区纪委监委机关、组织部门、巡察机构); bodies of a special round run in the same list are the round's (r24's
written convention); one town or township visited is its committee when the text names it (settled 15: 对茂租镇党委, 对民和镇党委,
对田坝镇党委, 對朗溪鎮黨委, 对东山乡党委, and 进驻羊街镇 with 反馈至羊街镇党委政府); a group named with its owner's place in front is written short
(settled 9: 元谋县委第三巡察组 -> 县委第三巡察组), a group named under its round is read as the text names it elsewhere (第一輪巡察第二巡察組 and
縣委第二巡察組 -> 县委第二巡察组, as r33b's Wudi), and a round with no numbered group of its own names none (4个巡察组, 2个巡察组, 各巡察组,
6个邵阳市委巡察组: group None); checking, supervision and study teams (检查评价组, 整改检查验收组, 扫黑除恶…督导组, 巡察办考察组) are no group and their
visits no inspection; a count of an inspection's and an audit's problems together is no problems figure (as settled 16
reads a count of two kinds); expected values of traditional-script texts are written simplified, pinyin left out.

What I was unsure of, and how I read it (the first collector's, then the second's): Ningqiang's round is 常规巡察暨脱贫攻坚专项巡察,
a county's regular round of its towns joined to a poverty-alleviation special round; it is kept in this share as the
county committee's round of towns (the special subject runs in the same visits, no separate special round is named). Its
20 villages are told by two examples before a count, so they are no units, though the importer may list the two examples
(scored as invented, as r33b's Qiongshan reads 龙光). Shaoyang's round is a city committee's regular round of 16 city
bodies joined to raised-level visits of 8 villages and of five counties' discipline, organisation and inspection bodies
(D's kind); being the same city's announcement template as r15's sixth round it is left out of the measure, its villages
kept as units as the round's list names them (the raised-level visits are the same round's, named in the same 经邵阳市委批准
sentence). The second collector: 民和镇's group is a city committee's (市委第二巡察组) at a county's town; the text names no
raised-level or special visit, so it is kept in this share as r32b keeps Ezhou's 市委第二巡察组 at 沙窝乡. Arong's 3月26日 is a
round's mobilisation joined to an entry meeting (动员部署会暨巡察进驻动员会议) without the text saying a group entered that day, so
the start is left unscored; its list of towns is cut by the corpus's excerpt inside its second name (兴安镇、六合), so its
units are left unscored rather than read as 兴安镇 alone. Shiquan's 巡察时间从3月14日到4月14日 has only the round's name for a year
(2016年第一轮), so start and end are left unscored. Ninghai's story names no visited body and counts 76 problems fixed in a
hazard check of 21 homes after the round, so unit and figures are left unscored. Wenshan's visit is told by a month
whose 年 was lost (20227月): start and end are left unscored rather than mended. Yuanmou's unit is read from 羊街镇党委政府, the
committee named together with the town's government. The self-examination's three headed shortcomings are the town
committee's own, so its problems are left unscored, and its unnamed 镇党委 leaves the unit unscored. The blanked district
piece is measured on its term and round though r31b's collector left it out for its blanked places (the blanking and the
site's watermark are the noise it tests). Qingbaijiang's study visit talks of 异地联合巡察 as a model to explore, no round: it
expects nothing.

Overlap check run. `bench/outside_overlap.py tests/imports/parsing/outside_r34b.py` (run at the end, after the last
change): 15 texts against 1953 earlier; the one "shared" address is the placeholder "search corpus pages (no URL
returned)" (Yuanmou's, which the tool finds in r33d's jiyang_linked_rounds_city_groups_clues_83_pinyin_trad); pairs over
3 shared shingles: 201, of which over 3 beyond formulas: 3 by the tool's count: Shaoyang with r10's hunan_seventh_round
(www.czxww.cn, the Hunan provincial committee's twelfth-term seventh round of 2024-09): the 8 shingles are the one
phrase 县市区纪委监委机关、组织部门、巡察机构 (the province's wording for the counties' bodies a city's raised-level visits accompany;
Shaoyang's round is said to 配合省委巡视, so the province's round is the linked event, told by r10 in another kind of text,
the province's own announcement); 民和镇 with r33's chengdu_media_group_city_first_group_look_back_progress (the progress
formula 按照党务公开原则和巡察工作有关要求,现将巡察整改阶段进展情况予以公布。一、, another city, body and event); Yuanmou with r29b's
xichou_third_group_jijie_township_ditch_story_2019 (11 shingles of the byline ”时间:2019-11-13来源:云南省纪委…: two stories of
the province's 巡察微故事 series copied the same day, another county, town and event); the other 198 pairs are the progress
formula (茂租镇 108 pairs, 民和镇 88: 按照巡察工作有关要求,现将巡察整改进展情况予以公布。一、, 把巡察整改作为重大政治任务来抓) and a byline or a pinyin-bracketed word
(Qingbaijiang with r24's railway tour 隊(duì)伍建設(shè), Yinjiang with r26d's Yongchun 縣紀(jì)委監(jiān)委); longest shared run
34 characters. The tool counts 茂租镇's and 民和镇's reports as sharing more than formulas with the seeds; the collector did
not open the seeds (the brief forbids it), and the two texts' only wording beyond their places, dates and names is the
progress reports' official formula. Ningqiang shares no run with any earlier text. Shaoyang was already in
SHARES_TEMPLATE for r15's template; the link to r10's provincial round is one more reason to leave it out. The other
collectors' files of this pass (outside_r34.py, outside_r34c.py, outside_r34d.py, all present at the end of both
sessions) were grepped for every address, portal and place of this batch (hanzhong.qinfeng, 1885, 0739qq, 宁强/寧強, 禅家岩,
邵阳/邵陽; ynqjnews, 茂租, 巧家, saintpaulhem, 民和镇, 进贤, nm.people.com.cn, 阿荣, 兴安镇, shiquan, 石泉, 两河镇, nbjw, 宁海, 茶院, mishuzj,
mouguan, 青白江, 广汉/廣漢, wenkuhub, jjyq, 宣威, 田坝, mmshw, 印江, 朗溪, wsjjjc, 文山, 东山乡, 元谋, 羊街镇): outside_r34.py (collector A) and
outside_r34c.py (collector C) hold none of them; outside_r34d.py (collector D) uses the mirror mmshw.com for another
page (html/2019/xunchajiandu_0904/13712, Dejiang's 泉口镇 poverty special round fed back in 2019: another county of
Tongren, kind and event), not this batch's Yinjiang story, and holds no other address, portal or place of this batch, so
neither Ningqiang's round joined to a special round nor Shaoyang's raised-level villages is held by D.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the same city's round announcement (经市委批准,十二届市委第N轮巡察将对…开展常规巡察) as r15's shaoyang_sixth_round_units
    # (https://longhuiren.com/a/8p068rb240l, the twelfth committee's sixth round): another round and portal, the same
    # city's template; it also holds raised-level village visits (D's kind)
    "shaoyang_twelfth_term_seventh_round_sixteen_bodies_eight_villages",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R34B = [
    # --- rounds: a county's or city's round -----------------------------------------------------------------------------
    # https://hanzhong.qinfeng.gov.cn/info/1009/1885.htm (a county's fifth round of its towns on a city's news portal, no
    # year in the text (十九大精神 and 脱贫攻坚 place it about 2018); r10 holds another page of the portal (info/1009/30181, a
    # city group's mobilisation at the city's united front department, 2025: another county, body and event): term 15 and
    # round 5 from 十五届县委第五轮巡察 (the round named with the committee that runs it; 宁强县委…第五轮巡察暨脱贫攻坚专项巡察 is
    # the same round); the eight bodies named in the list are its units as written (settled 8: 汉源街道办 and seven towns;
    # 8个镇(办)党委 is their count), the round-level unit ""; the 20 villages are told by two examples before a count
    # (汉源街道办西沟村、二郎坝镇罗家坝村等20个村党支部): no units; 日前 gives no day and 5月9日 is the mobilisation, without a
    # year: no start; 为期60天 is a planned length: no end; 4个巡察组 names no numbered group: group None; no figure)
    ("ningqiang_fifteenth_term_fifth_round_eight_towns_entries", "https://hanzhong.qinfeng.gov.cn/info/1009/1885.htm", "rounds", """日前,十五届县委第五轮巡察各组完成对8个镇(办)党委和20个村级党组织的巡察进驻。
5月9日,宁强县委召开了第五轮巡察暨脱贫攻坚专项巡察工作动员会,全面安排部署了巡察工作。县委组建4个巡察组,采取“一拖二+N”的方式,对汉源街道办、燕子砭镇、巴山镇、广坪镇、青木川镇、巨亭镇、二郎坝镇、禅家岩镇8个镇(办)党委和汉源街道办西沟村、二郎坝镇罗家坝村等20个村党支部开展为期60天常规巡察暨脱贫攻坚专项巡察。
……
县委巡察组在被巡察党组织分别召开巡察工作进驻动员会。巡察组组长从开展巡察的目的意义、巡察重点、巡察方式方法等方面做了动员部署。县委巡察工作领导小组成员参加各组巡察进驻动员会,对做好本轮巡察工作提出明确具体要求。
……
""", {"unit": "", "units": ["汉源街道办", "燕子砭镇", "巴山镇", "广坪镇", "青木川镇", "巨亭镇", "二郎坝镇", "禅家岩镇",
                   # (corrected in the r35 pass: villages named before their count, …等20个村党支部, are units of the
                   # round as written, as the pinned r7 banzhuyuan, r9 yulin_eighth_villages and r11
                   # district_twelfth_round_mobilisation read them (settled 8 keeps listed places as written); the reader
                   # had left the two villages out)
                   "汉源街道办西沟村", "二郎坝镇罗家坝村"],
      "group": None, "term": 15, "round": 5, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://www.0739qq.com/thread-18366-1-1.html (a city's seventh round copied from the city's news app onto a regional
    # forum, no year in the text: term 12 and round 7 from 十二届邵阳市委第七轮巡察 (the round named with the committee that
    # runs it); the 16 city bodies of the regular round and the 8 villages of its raised-level visits, named in the one
    # 经邵阳市委批准 sentence, are its units as written (the city's name in front of the bodies, the villages' streets or
    # towns in front of them), the round-level unit ""; the five counties' discipline, organisation and inspection bodies
    # are counted kinds that the places only qualify: no units (settled 8); 2月26日 is the mobilisation, without a year: no
    # start; 6个邵阳市委巡察组 and 1个邵阳市委巡察组 name no numbered group: group None; no figure. In SHARES_TEMPLATE: r15's
    # shaoyang_sixth_round_units, the same city's announcement template)
    ("shaoyang_twelfth_term_seventh_round_sixteen_bodies_eight_villages", "https://www.0739qq.com/thread-18366-1-1.html", "rounds", """邵阳都市网播报:2月26日上午,十二届邵阳市委第七轮巡察动员部署会暨对村巡察工作推进会召开。根据湖南省委巡视工作统一部署和邵阳市委巡察工作安排,本轮巡察将采取“一托四”方式,安排6个邵阳市委巡察组集中对16家邵阳市直单位开展常规巡察,配合省委巡视对邵东市、邵阳县、大祥区、双清区、北塔区等5个县市区纪委监委机关、组织部门、巡察机构开展提级巡察;组建1个邵阳市委巡察组对8个重点隐患村开展直接巡、提级巡。
经邵阳市委批准,十二届市委第七轮巡察将对邵阳市委编办、邵阳市委老干部局、邵阳市总工会、邵阳市团市委、邵阳市机关事务管理局、邵阳市委党史研究室、邵阳市档案馆、邵阳市地方志编纂室、邵阳市公路建设养护中心、邵阳市库区移民事务中心、邵阳市商改办、邵阳市工改办、邵阳日报社、邵阳市广播电视台、邵阳市文联、邵阳市贸促会16个单位党组织开展常规巡察,同步对邵东市大禾塘街道同意村、两市塘街道云山村、邵阳县金称市镇三星村、黄亭市镇望江湖村、大祥区城南街道桃花社区、板桥乡龙头村、双清区渡头桥镇东城村、兴隆街道财桥村8个村开展提级巡察。
作者: 杨立军 邵阳发布
""", {"unit": "", "units": ["邵阳市委编办", "邵阳市委老干部局", "邵阳市总工会", "邵阳市团市委", "邵阳市机关事务管理局",
                            "邵阳市委党史研究室", "邵阳市档案馆", "邵阳市地方志编纂室", "邵阳市公路建设养护中心",
                            "邵阳市库区移民事务中心", "邵阳市商改办", "邵阳市工改办", "邵阳日报社", "邵阳市广播电视台",
                            "邵阳市文联", "邵阳市贸促会", "邵东市大禾塘街道同意村", "两市塘街道云山村", "邵阳县金称市镇三星村",
                            "黄亭市镇望江湖村", "大祥区城南街道桃花社区", "板桥乡龙头村", "双清区渡头桥镇东城村", "兴隆街道财桥村"],
      "group": None, "term": 12, "round": 7, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- added in the second session ------------------------------------------------------------------------------------
    # --- progress: a town committee's report ------------------------------------------------------------------------------
    # http://www.ynqjnews.cn/article/show-361009.html (a town committee's progress report on a county news portal, with its
    # title and dated line, 2023-03-17; r27b and r29b hold other texts of the same county (a group's road story in 炉房乡,
    # a city group's dropout story in 药山镇), no page of this portal and no report of this town: the unit as the visit
    # names it (对茂租镇党委开展了“巡乡带村”巡察; 巡乡带村 is the manner of the visit, a town with its villages, no special
    # round); 县委第二巡察组 as written; the visit's span and the feedback day with their years; the headings under 一、 are
    # the committee's rectification steps, not problems, and the text is cut before any problem or figure: figures [])
    ("maozu_town_second_group_village_linked_visit_progress_2023", "http://www.ynqjnews.cn/article/show-361009.html", "progress", """中共茂租镇委员会关于落实县委第二巡察组“巡乡带村”巡察反馈意见整改进展情况的通报

2023-03-17 09:13编辑:陆元华

根据县委统一部署,2022年6月20日至8月3日,县委第二巡察组对茂租镇党委开展了“巡乡带村”巡察。2022年10月19日,县委第二巡察组向茂租镇党委反馈巡察情况。按照巡察工作有关要求,现将巡察整改进展情况予以公布。

一、提高政治站位,坚决扛起整改主体责任

中共茂租镇党委把巡察整改作为重大政治任务来抓,始终站在讲政治、讲大局、讲党性的高度,深刻认识整改工作的重要性和紧迫性,……

(一)强化责任担当。坚持把巡察整改作为重大政治任务来抓,……

(二)坚持问题导向。明确整改任务,……统筹协调各村(社区)、中心(站所)在整改落实上集中发力。……

二、党委书记张发金组织落实巡察反馈意见整改工作的情况
……
""", {"unit": "茂租镇党委", "group": "县委第二巡察组", "term": None, "round": None, "start": date(2022, 6, 20),
      "end": date(2022, 8, 3), "feedback_date": date(2022, 10, 19), "figures": []}),
    # https://saintpaulhem.com/jxx/jxxrmzf/bmqtfdxxnequv/202311/83882e752e13482d9a3f1e895cd39340.shtml (a town committee's
    # progress report on a mirror domain of its county's portal (path jxx/jxxrmzf; outside_new's jiangxi_audit is another
    # page of the mirror: a province's audit), title not copied: the unit as the visit names it (对民和镇党委开展了巡察);
    # 市委第二巡察组 as written (a city committee's group at a county's town; the text names no raised-level or special
    # visit); the visit's span and the feedback day with their years; 制定了151条整改措施: measures 151; 截至2023年9月21日 is a
    # progress day, 6次 meetings and 民发〔2022〕100号 no metric; the list of checks is cut after 确定11)
    ("minhe_town_city_second_group_progress_measures_2023", "https://saintpaulhem.com/jxx/jxxrmzf/bmqtfdxxnequv/202311/83882e752e13482d9a3f1e895cd39340.shtml", "progress", """按照市委统一部署,2022年6月24日至8月10日,市委第二巡察组对民和镇党委开展了巡察。2022年10月25日,市委第二巡察组向民和镇党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改阶段进展情况予以公布。
一、强化政治站位,以最坚强的党性抓整改,确保整改工作落实到位
(一)迅速安排部署,切实履行主体责任
巡察意见反馈后,我镇及时召开党委会议,直面问题,举一反三,全面梳理,全面部署,自上而下对开展巡察整改工作进行动员部署。成立以镇党委书记樊国春同志为组长,各党政班子成员为副组长的整改工作领导小组,……
(二)细化分解落实,确保巡察整改力度
整改工作领导小组在镇党委的统一领导下,针对巡察反馈问题进行逐项分解,制定了151条整改措施,印发了《中共进贤县民和镇党委关于认真做好市委第二巡察组巡察反馈意见整改工作的通知》(民发〔2022〕100号)。……截至2023年9月21日,党委领导班子和整改工作领导小组先后6次专题研究部署巡察整改,听取整改进展情况汇报,……
(三)严格责任追究,砥砺干部队伍干劲
镇纪委、党建办采用定期抽查等方式,确定11……
""", {"unit": "民和镇党委", "group": "市委第二巡察组", "term": None, "round": None, "start": date(2022, 6, 24),
      "end": date(2022, 8, 10), "feedback_date": date(2022, 10, 25), "figures": [("measures", 151)]}),
    # --- rounds: a county's or banner's round -----------------------------------------------------------------------------
    # http://nm.people.com.cn/n2/2020/0327/c347187-33908007.html (a banner's round started, on a national paper's regional
    # channel, dated 2020-03-27; r17 holds other pages of the channel, none of this banner: term 15 and round 9 from
    # 阿荣旗十五届旗委第九轮巡察 (the round named with the committee that runs it; 旗委第九轮 agrees); 自治区党委第七轮巡视
    # and 市委第八轮巡察 are conveyed and 旗委第八轮巡察 only heard: not the text's; 3月26日 is the round's mobilisation
    # joined to an entry meeting (动员部署会暨巡察进驻动员会议), the text not saying a group entered that day: start left
    # unscored; 2个巡察组 names no numbered group: group None; the list of towns is cut in the corpus's excerpt in the middle
    # of its second name (兴安镇、六合), so the units are left unscored, the round-level unit "")
    ("arong_banner_fifteenth_term_ninth_round_towns_started_2020", "http://nm.people.com.cn/n2/2020/0327/c347187-33908007.html", "rounds", """阿荣旗十五届旗委第九轮巡察工作正式启动

2020年03月27日09:43

3月26日,阿荣旗委第九轮巡察工作动员部署会暨巡察进驻动员会议召开,安排部署巡察任务,正式启动第九轮巡察工作。

旗委常委、纪委书记、监委代理主任隋剑平,旗委常委、组织部部长、旗委巡察工作领导小组副组长张立军出席会议。巡察组、巡察办全体工作人员、协作单位代表、被巡察乡镇党政班子成员、村(社区)党组织班子成员、离退休人员代表参加了会议。

会议传达学习了自治区党委第七轮巡视动员部署会、全市巡察工作会议暨市委第八轮巡察动员部署会和旗委书记专题会听取旗委第八轮巡察汇报会议精神精神,宣布了旗委第九轮巡察组组长授权决定和任务分工。
……
据悉,本轮巡察共派出2个巡察组,将对兴安镇、六合……
""", {"unit": "", "group": None, "term": 15, "round": 9, "end": None, "feedback_date": None, "figures": []}),
    # https://shiquan.qinfeng.gov.cn/info/1011/4206.htm (a county's first round of 2016 on a city's news portal; r6 holds
    # another page of the portal (info/1090/9740, the county's sixteenth committee's second round at its 编办: another
    # round, year and kind), r26b another paper's text of the county's third group at its civil affairs bureau (another
    # round): round 1 from 2016年第一轮巡察 (a round named with its year, as r24 reads 2025年第二轮), no term; the four county
    # departments named before their count (等四个县直部门, four named, four counted) are its units as written, the
    # round-level unit ""; 巡察时间从3月14日到4月14日 has no year of its own (2016 is the round's name), so start and end are
    # left unscored; 各巡察组 names no numbered group: group None; no figure)
    ("shiquan_2016_first_round_four_county_departments_entered", "https://shiquan.qinfeng.gov.cn/info/1011/4206.htm", "rounds", """近日,石泉县启动2016年第一轮巡察工作。本轮巡察对象包括县住建局、县民政局、县合疗办、县残联等四个县直部门,巡察时间从3月14日到4月14日。目前,各巡察组已全部进驻被巡察单位,并分别召开了动员会,对巡察工作作出安排部署。
本轮巡察工作将聚焦党风廉政建设和反腐败工作这个中心,着力发现领导班子及其成员落实党风廉政建设主体责任、“六大纪律”、“一岗双责”情况、“三重一大”民主集中制的执行情况、惠民政策落实及纠正损害群众利益行为的情况和群众反映的热点、难点问题等方面的问题,……
巡察期间,各巡察组均开通专门值班电话、电子邮箱,并在各被巡察单位设立联系信箱。……主要受理反映被巡察单位党政领导班子及其成员和下一级领导班子主要负责人问题的来信来访。……
""", {"unit": "", "units": ["县住建局", "县民政局", "县合疗办", "县残联"], "group": None, "term": None, "round": 1,
      "feedback_date": None, "figures": []}),
    # --- news: stories of a round and of groups' visits to towns, and a town's visit that is no inspection --------------
    # http://www.nbjw.gov.cn/art/2023/5/25/art_1229602851_77961.html (a city discipline portal's story of what a county's
    # second round found at township old people's homes, 2023-05-25 in its address: round 2 from 宁海县委第二轮巡察 (the
    # round named with the committee that runs it), no term; no body is named as visited (个别乡镇养老院; 茶院乡养老院 and
    # 黄坛镇养老院 are where problems were fixed), so the unit is left unscored; 去年11月 and 同年12月 have no year in the
    # text: no dates; 省委重大巡视问题 is a province's label, no group; 76个 problems fixed in a hazard check of 21 homes
    # after the round are not the round's findings, 99张 beds and 62.9万 people no metric: figures left unscored)
    ("ninghai_second_round_township_old_peoples_homes_story_2023", "http://www.nbjw.gov.cn/art/2023/5/25/art_1229602851_77961.html", "news", """5月19日,在宁海县茶院乡下王村的乡镇养老院内,91岁的老人王振东正在接受理发服务,在将近500、600平方米的空间里,设有床位99张,康复区、餐厅、阅读区、活动室等设施一应俱全,基本能满足周边老人个性化、多样化的养老服务。然而,就在几个月前,这里却因消防验收没通过而迟迟无法投入使用。
去年11月,宁海县委第二轮巡察发现个别乡镇养老院存在消防验收没通过、财务管理不当等问题,严重影响群众获得感、满足感。同年12月,上述问题被列入省委重大巡视问题。
……
问题发现后,县委巡察办督促民政、住建、消防等责任部门研究解决路径,针对茶院乡养老院消防报警线路穿管不规范、防火门没安装等消防安全设施配备不到位问题督促即抓即改、及时查漏补缺,并以点带面对21家养老机构开展安全生产隐患大排查,累计督促整改问题76个。与此同时,针对黄坛镇养老院“坐收坐支”问题,督促规范现金管理,严格执行大额支付转账和“收支两条线”规定。
……
""", {"group": None, "term": None, "round": 2, "start": None, "end": None, "feedback_date": None}),
    # https://www.shiquan.gov.cn/Content-1626962.html (a town's news on its county's portal: a city's supervision group on
    # crime and political-legal work (扫黑除恶专项斗争暨政法重点工作督导组) visits the town for its fourth round of
    # supervision (第四轮督导): no party inspection, so no unit, group, term, round, dates or figures; 9月24日 is the visit's
    # day, without a year. Another county portal than r6's shiquan.qinfeng pages; the county's 2016 round above is a
    # different text)
    ("lianghe_town_anti_gang_supervision_fourth_round_no_inspection", "https://www.shiquan.gov.cn/Content-1626962.html", "news", """9月24日,市扫黑除恶专项斗争暨政法重点工作督导组到两河镇开展第四轮督导。县委常委、政法委书记刘家斌陪同检查。
督导组一行认真听取了工作汇报,实地走访群众,发放调查问卷,了解社会治安情况,并查阅了档案资料,全方位了解国庆安保维稳、扫黑除恶专项斗争、综治平安建设等方面工作落实情况。督导组对全镇整体工作给予了充分肯定,同时也指出了存在的问题,并提出了指导性意见。
镇党委、镇政府表示,将高度重视督导组反馈问题,做到立行立改,坚决夯实领导责任,对当前重点工作紧抓不放,不断提升基层综合治理水平,确保辖区平安稳定。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://jjyq.org.cn/show-107254.html (a county-level city group's rent story on a discipline news site; r29b holds
    # another page of the site (show-14283, a district's village round in Foshan: another city and event): term 7 and
    # round 5 from 七届宣威市委开展第五轮巡察 (the round named with the committee that runs it); 市委第一巡察组 as written (the
    # county-level city's committee); the unit as the visit names it (对田坝镇党委及所辖18个村(社区)党组织开展巡察), the
    # village where the rent was owed no unit; 日前 and 此前 give no day; 9万元, 3万元 and 3年 are no metric)
    ("xuanwei_seventh_term_fifth_round_first_group_tianba_town_rent_story", "http://jjyq.org.cn/show-107254.html", "news", """巡察微故事 | 巡回来的延期租金
“感谢巡察组的同志,我们村养牛场9万元延期租金终于收到了。”日前,宣威市田坝镇四坪村党总支副书记说道。
此前,七届宣威市委开展第五轮巡察,市委第一巡察组对田坝镇党委及所辖18个村(社区)党组织开展巡察。巡察期间,巡察组在了解四坪村集体经济发展情况时,有村组干部反映,四坪村集体建设的肉牛养殖场出租了3年,租金一年3万元,如今租期快满了,但租金一分钱都没收到。
……
养殖场转租这么长时间,村“两委”难道不知情吗?集体“三资”为何疏于管理?巡察组将四坪村暴露出的问题反馈给田坝镇党委,并要求其立行立改。
……
经四坪村“两委”与吕某和实际承租人协商,吕某将拖欠的9万元租金及时存入四坪村集体合作社账户,实际承租人与村“两委”签订协议,重新理顺了租赁关系。……
""", {"unit": "田坝镇党委", "group": "市委第一巡察组", "term": 7, "round": 5, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a county group's village road story copied from the province's discipline site
    # onto a portal, dated 2019-11-13; r16 holds another text of the county (its forestry bureau's visit of the eighth
    # round, 2019: another body and event): 元谋县委第三巡察组 read short (settled 9); the visit names the town (进驻羊街镇及
    # 10个村党组织开展巡察) and the text names its committee (反馈至羊街镇党委政府), so the unit is the committee (settled
    # 15), the village branch visited within the town's visit no unit; 去年3月 tells the entry by its month only: no start
    # (settled 12); 元谋县委第三检查评价组 is a checking team, no group; 55户210人 is no metric)
    ("yuanmou_third_group_yangjie_town_village_road_story_no_url", "search corpus pages (no URL returned)", "news", """巡察微故事 | 打通幸福“连心路”

时间:2019-11-13 来源:云南省纪委省监委网站 作者:佚名 0

  “感谢巡察组,没有你们的督促推进,这条路不会那么快修好。现在路修好了,车能直接开到田间地头,沃柑和鸡、鹅销售难的问题也解决了。”近日,面对前来实地检查的元谋县委第三检查评价组干部,平地村委会小平地村沃柑种植大户难掩心中喜悦。

  去年3月,元谋县委第三巡察组进驻羊街镇及10个村党组织开展巡察,在对平地村党总支开展巡察期间,巡察组到小平地村入户走访,发现进村道路坑洼不平、极其难走。

  ……

  “道路问题不仅给村民生产生活带来了困难,还严重制约了当地产业的发展,必须高度重视。”巡察组随即将问题反馈至羊街镇党委政府,督促羊街镇党委政府对小平地村进村公路硬化项目进行立项。项目于去年11月中旬进场施工,于今年1月中旬完工,彻底解决了小平地村55户210人出行难的问题,也解决了群众农产品货物运输难的问题。
……
""", {"unit": "羊街镇党委", "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- noisy ------------------------------------------------------------------------------------------------------------
    # https://www.mishuzj.com/doc/187111.html (a writing-material site's copy of a district's piece on its community rounds,
    # places blanked (XX 市 XX 区), the site's watermark run into the text twice and digits set off by spaces: term 8 and
    # round 2 from 八届区委第二轮对 11 个社区巡察 (the round named with the committee that runs it); the 11 communities are
    # counted, none named: units [], the round-level unit ""; no group, no day; 18 件, 17 个, 5000 张, 1300 份, 300 余人 and
    # 260 余件 are no metric. r31b's collector read this page and left it out (places blanked); no batch holds it)
    ("blanked_district_eighth_term_second_round_eleven_communities_watermark_copy", "https://www.mishuzj.com/doc/187111.html", "noisy", """秘书之家—全网资源每日更新 www.mishuzj.comXX 市 XX 区:聚焦“可视”“有感”以边巡边改提升对社区巡察质效 近年来,XX 市 XX 区坚持以人民为中心的价值取向,走深走实新时代党的群众路线,针对群众反映强烈的急难愁盼问题,全力推动边巡边改,积极回应群众关切,让群众对巡察带来的变化 “可视”“有感”。在八届区委第二轮对 11 个社区巡察中,推动边巡边改事项 18 件,充分彰显“群众身边无小事”的担当作为,以“立竿见影”的实效维护巡察权威性和公信力 。深入发现问题,精准筛选认定。……一是搭建巡察宣传网,多方位覆盖。创新“线上+线下”的发动方式,通过街道、社区两级官方微信微博、门户网站发布巡察公告,利用“社区党支部群”“物业小区业主群”“老旧院落自治群”等 17 个微信群,积极接受群众信访举报。通过“微网实格”,发动网格员、楼栋长发放巡察宣传卡 5000 张,扩大社会知晓面;……二是架起巡察连心桥,多渠道搜集。通过上门走访、秘书之家—全网资源每日更新 www.mishuzj.com明察暗访、重点探访、跟踪追访等方式,深入小区院落、深入居民家中,面对面了解情况,……试点期间,收集问卷调查 1300 份,实地走访 300 余人,累计受理信访投诉件 16 类 260 余件。……
""", {"unit": "", "units": [], "group": None, "term": 8, "round": 2, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://m.mouguan.cn/2020/difang/1327/0427/368569_1.html (a district inspection office's study visit to a county-level
    # city's, in traditional script with pinyin in brackets after most characters (來(lái)到), on a copying domain, 2020 in its
    # address: a 考察组 of one 巡察办 visiting another and a 座谈会 on joint inspections are no party inspection: no unit,
    # group, term, round, dates or figures; the town, village and base visited (三水鎮友誼村) are no units)
    ("qingbaijiang_inspection_office_guanghan_study_visit_pinyin_trad", "http://m.mouguan.cn/2020/difang/1327/0427/368569_1.html", "noisy", """4月26日,青白江區(qū)委巡察辦考察組一行來(lái)到廣漢實(shí)地考察,對(duì)廣漢市巡察工作取得的成績(jī)給予高度評(píng)價(jià),認(rèn)為廣漢市在高質(zhì)量推進(jìn)巡察全覆蓋、巡察隊(duì)伍建設(shè)、村級(jí)黨組織巡檢和巡察方式方法創(chuàng)新等方面的經(jīng)驗(yàn)值得學(xué)習(xí)和借鑒。
青白江區(qū)委巡察辦主任何正海一行6人對(duì)新歐鵬教育小鎮(zhèn)、三水鎮(zhèn)友誼村農(nóng)村改革村史館、易家河壩廉政教育基地進(jìn)行了實(shí)地考察,……
在隨后的座談會(huì)上,雙方積極探索異地聯(lián)合巡察的新模式,交流互鑒巡察工作中的做法和經(jīng)驗(yàn)。廣漢市委巡察辦主任舒炳龍向考察組一行介紹了廣漢市巡察工作進(jìn)展情況,以及巡察工作開(kāi)展以來(lái)的具體做法。……(何倩 孔繼紅)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.wenkuhub.com/?p=114094 (a document site's copy of a town committee's self-examination of its
    # rectification, the town unnamed, digits set off by spaces (2022 年, 32 个): 2022 年县委巡察 names no group, round or
    # day; 32 个问题 counts the inspection's and a 2023 audit's problems together, so it is no problems figure (as settled 16
    # reads a count of two kinds together); 2 个月 and 3 个村 are no metric; the three headed shortcomings
    # are the committee's own, not an inspection's findings, so problems are left unscored; the unnamed 镇党委 leaves the
    # unit unscored)
    ("town_committee_inspection_audit_rectification_self_examination_copy", "https://www.wenkuhub.com/?p=114094", "noisy", """一是整改主体责任压实不到位,“一把手”带头整改作用发挥不充分 。对 2022 年县委巡察、 2023 年审计检查反馈的 32 个问题,镇党委虽成立了整改工作领导小组,但“一把手”仅在启动会议上作了部署,后续未定 期召开 专题会议研究整改工作,也未深入一线督导整改情况,导致部分整改任务推进缓慢。例如,审计反馈的“镇属企业 XX 合作社违规发放津补贴”问题,因党委书记未亲自督办,整改工作拖延了 2 个月才完成;……
二是整改措施不精准,部分问题整改不彻底。 对监督检查反馈的问题,存在“重表面整改、轻根源治理”现象。例如,巡察反馈的“部分村(社区)党组织组织生活质量不高”问题,镇党委仅要求村(社区)补填了会议记录,…… 2023 年下半年检查时,仍有 3 个村存在“组织生活走过场”问题;……
三是整改成果运用不足,未建立长效机制。 对整改过程中形成的好经验、好做法,未及时总结提炼并上升为制度规范。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://mmshw.com/html/2023/jingcaigushi_1020/23901.html (a mirror's traditional-script copy of a county discipline
    # commission's rent story, with spaces set into numbers and words (2 萬元, 2023 年 3 月 29 日, 十四 屆); r24 and r33d hold
    # other pages of the mirror (Sinan's veterans bureau, Tongren's ninth round: other counties and events): term 14 and
    # round 1 from 十四 屆印江自治縣委第一輪巡察 (the round named with the committee that runs it, the space inside the
    # term); the group as the text names it elsewhere (縣委第二巡察組, read short; 第一輪巡察第二巡察組 names it under its
    # round); the unit as the visit names it (對朗溪鎮黨委及所轄的 14 個村級黨組織開展巡察), written simplified; the entry day
    # with its year (2023 年 3 月 29 日…進駐朗溪鎮) is the start (settled 10), no end told; 4 月 11 日 is a rent's day; the
    # reader read no figure (2 萬元, 4 萬元 are rent); corrected by settled convention 17 (r38 pass): 追回租金 2 萬元, the sum
    # got back at the group's urging, is funds_recovered 2 (万元); the 4 萬元 owed and the 2 萬元 left on an IOU are not)
    ("yinjiang_fourteenth_term_first_round_second_group_langxi_town_rent_spaced_trad", "https://mmshw.com/html/2023/jingcaigushi_1020/23901.html", "noisy", """“張組長, 我們村菌棚租金已經(jīng)收到了, 非常感謝巡察組…… ”印江自治縣朗溪鎮(zhèn)朗溪村黨支部書記王雷、村監(jiān)委主任田繼軍,高興地來到縣委第二巡察組駐地,把 2 萬元現(xiàn)金存款憑證和基地 負(fù)責(zé)人寫下的 2 萬元欠條放在辦公桌上,與巡察組的干部們分享 這個好消息。“這次付了 2 萬元現(xiàn)金,余下 2 萬元寫了欠條說今年內(nèi)一定還上。”
2023 年 3 月 29 日, 按照印江自治縣委的統(tǒng)一安排部署, 十四 屆印江自治縣委第一輪巡察第二巡察組進(jìn)駐朗溪鎮(zhèn),負(fù)責(zé)對朗溪鎮(zhèn)黨委及所轄的 14 個村級黨組織開展巡察。
巡察組到朗溪村開展走訪期間, 該村“兩委”在談話中反映: 田某某租借村里的菌棚,已拖欠租金 4 萬元兩年了,村干部多次與其進(jìn)行溝通催收,但一直沒有結(jié)果。
……
“群眾利益無小事,凡是涉及群眾的切身利益的事情,再小 也要盡全力去辦,租金必須如數(shù)追回才行! ”縣委第二巡察組組長張義忠說。
巡察組督促村“兩委”再次向田某某催收租金,盡快解決租金拖欠的問題。終于在 4 月 11 日追回租金 2 萬元,并督促田某某寫下欠條,年內(nèi)將剩余租金支付完畢。(印江自治縣紀(jì)委監(jiān)委)
""", {"unit": "朗溪镇党委", "group": "县委第二巡察组", "term": 14, "round": 1, "start": date(2023, 3, 29), "end": None,
      "feedback_date": None, "figures": [("funds_recovered", 2)]}),
    # http://www.wsjjjc.gov.cn/wsws/news/xsxz/28546.html (a county-level city inspection office's rent story on its
    # discipline portal, dated 2023-02-09, with 年 lost from two dates (20227月, 20221021日): term 4 and round 3 from
    # 四届市委第三轮巡察 (the round named with the committee that runs it); 市委第四巡察组 as written (the county-level city's
    # committee); the unit as the visit names it (对东山乡党委及所辖村级党组织开展常规巡察), the village no unit; the visit is
    # told by a month whose 年 was lost (20227月): a reader who mends it reads 2022年7月 (settled 13), one who does not reads
    # nothing, so start and end are left unscored; 20221021日 is the rent's payment, no feedback; 市委巡察整改检查验收组 is
    # a checking team, no group; 27户, 80余亩, 8万余元 and 3000元 are no metric)
    ("wenshan_fourth_term_third_round_fourth_group_dongshan_township_rent_lost_year", "http://www.wsjjjc.gov.cn/wsws/news/xsxz/28546.html", "noisy", """【巡察微故事】迟付的地租

来源: 文山市委巡察办 发布时间: 2023-02-09 00:00

“杨大哥,我是市委巡察组的工作人员,村委会拖欠你们的地租付清了没有?”

“多亏了你们巡察组,我家已经收到地租了。”

……

近日,文山市委巡察整改检查验收组再次来到东山乡合掌村,对村委会拖欠村民地租的事进行走访验收。这事还得从四届市委第三轮巡察说起。

20227月,市委第四巡察组对东山乡党委及所辖村级党组织开展常规巡察,巡察人员在合掌村入户走访时,有群众反映合掌村委会拖欠了他们两年的地租。

为弄清事情真相,巡察组分别同东山乡政府挂钩领导及合掌村委会相关干部进行个别谈话,原来,2019年合掌村委会为发展村集体经济,向群众租用土地种植青花椒,……所以村委会自2021年以来,便拖欠27户村民80余亩土地2年的地租共8万余元。

对此,巡察组高度重视,将合掌村的问题反馈给村两委和东山乡党委,提出整改意见建议,要求对拖欠群众地租的问题立行立改,不能失信于民。在巡察组的督促下,20221021日,合掌村27户村民收到了村委会所拖欠的地租。
……
""", {"unit": "东山乡党委", "group": "市委第四巡察组", "term": 4, "round": 3, "feedback_date": None, "figures": []}),
]
