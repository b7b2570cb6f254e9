"""Outside texts of batch r31-held, collector B's share (issue 14), held out: county, district and city committees'
groups at work in townships, towns, streets, villages, communities and county/district departments (a community
committee's progress report, a district's round deployment with its towns' villages counted, a community's feedback, a
city group's mobilisation at a town, a district group's mobilisation at a street office copied with a run-together date,
and stories of a group's visit to a town, township, street or village), and noisy copies of such texts (traditional
script with pinyin in brackets and lost characters, a run-together date), collected with the search tool from public
pages that are in no earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query string
(host and the distinctive part of the path, e.g. i2296399, 1142974, 6745925, 137394, 114431, 58038, 215343, 65000,
1591383, 68020), in every tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r30d),
test_outside_documents.py, seeds.py and seedtools.py, and two or three distinctive names or phrases of each text
(simplified and traditional script: towns, villages, streets, communities, group leaders, term-and-round strings) likewise;
at the end every address, portal and place of each text was grepped in the other collectors' files of this pass that
existed by then (see the end of this docstring). Every text was then compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r31b.py` (see below). Their fields are written down by reading
only. The importer was not run on them, no test or bench that runs it was run, and the collector read neither
imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, extract and
score, outside_r24.py's docstring and the brief); the integrator runs them once, and that run is the honest figure for
unseen texts.

Sources. 13 texts from the search tool's "pages" corpus, 12 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for this share: of about 190 candidate addresses checked (some 40
searches: county and district round notices, entries, mobilisations, feedback news and 整改进展情况的通报 of towns,
townships, streets, communities, villages and county bureaus (统计局, 审计局, 司法局, 医保局, 档案馆, 总工会, 党校, 人大机关,
检察院, 供销社, 开发区, 农业农村局, 民政局, 水利局, 自然资源局), banner and autonomous-county committees, provinces by name,
2017-2026 by year, and traditional-script queries for stories), about nineteen in twenty were earlier batches' (every
hit for Kunming's villages, Qin'an, Nanling's Xuzhen and Jishan, Huicheng, Xingning's Yetang, Suixian's Junchuan,
Hengyang's Shanqiao, Hongkou's Liangcheng, Shimen'er Road, Pulou, Zhakou, Weibin's Jiangnan, Qindu, Shangzhi, Santai,
Weixi, Lezhi, Xiangqiao, and the stories r27b-r30b took (Longyou's street lamps, Xunxian, Jiaxian, Dengzhou, Songming,
Shiping, Jiangchuan, Lengshuijiang, Taihe, Yanjin, Lingchuan, Lipu, Eshan's Dianzhong and Chahe, Guangnan, Lin'an,
Shenqiu)). What still gave new texts: a community committee's progress report on a district portal (Zhuzhou's Hetang,
whose only earlier text is r13's provincial inspection of the district), a district's round deployment with two towns'
villages (Jiamusi's Jiaoqu), a county-level city group's mobilisation at a town (Wanyuan), a district group's mobilisation
at a street office whose date lost its 月 (Zhanjiang's Xiashan), stories of a group's visit copied on unrelated domains
(a car site's Guangzhou Road street story, a Yunnan discipline mirror's Jinggu village story) and traditional-script
copies with pinyin in brackets or lost characters (Zhenping's Yangying town, Jiaojiang's village land rent, Xichou's
Fadou village, Luquan's Maluotang township, Longhu's Waisha street, a county group's petition diary), and a Weibin
community's feedback in the template r8 holds. Left out after reading: Jinggu's 桃子树村 (a city group's poverty special
round: special rounds by subject are collector D's share; no address), a "XX市XX区" essay on community rounds
(mishuzj.com; places blanked), and a 2026 national essay on village rounds (163.com; no group, no body).

Families and counts (13 texts, 1 in SHARES_TEMPLATE; 12 measured). progress 1, measured:
hetang_first_group_yujiachong_community_progress_2024 (a community committee's report: unit, group, visit span, feedback
day, problems 8, completed 7, in progress 0); rounds 1, measured: jiaoqu_eleventh_term_first_round_two_towns_villages_2022
(term 11, round 1, round-level, its towns only qualifying counted villages: units []); news 4, three measured:
wanyuan_third_group_shitang_town_mobilisation (石塘镇), guangzhoulu_street_second_group_parking_story_car_site_copy
(广州路街道), jinggu_first_group_jinggu_village_water_pipe_story_2024 (景谷镇景谷村), and in SHARES_TEMPLATE
weibin_village_first_group_xinhua_community_feedback_no_url (r8's jiangnan_community template); audit 0; noisy 7, all
measured: traditional script with pinyin in brackets and mojibake: zhenping_sixth_group_yangying_town_passage_story_pinyin_trad
(杨营镇) and jiaojiang_thirteenth_group_village_land_rent_pinyin_trad (group only); traditional script:
xichou_first_group_fadou_xinqing_village_deposit_story_trad (法斗乡新箐村党委); traditional script with pinyin in brackets:
luquan_first_group_maluotang_township_subsidy_story_pinyin_trad (马鹿塘乡党委),
longhu_seventh_term_fourth_round_waisha_street_subsidy_story_pinyin_trad (外砂街道, term 7, round 4) and
county_second_group_land_compensation_petition_diary_pinyin_trad (group only); a run-together date (3月23日 written 323日):
xiashan_third_group_aiguo_street_mobilisation_runtogether_date (爱国街道党工委). Family totals: progress 1 (1 measured),
rounds 1 (1 measured), news 4 (3 measured), audit 0, noisy 7 (7 measured). Round lists measured: 1 (Jiaoqu's, its units
an absence check); progress reports measured: 1; texts measured that expect no unit: 3 (Jiaojiang, the diary and the
round-level Jiaoqu with unit "").

Fields read: 31 outside SHARES_TEMPLATE (each unit, group, term, round, start, end, feedback day and figure; Jiaoqu's
round-level unit "" counts), and 64 absence checks (None for term, round, start, end and feedback day, [] for figures,
[] for Jiaoqu's units, where a careless reader might fill the field), by the collector's count (computed from the
expectations: a key whose value is None or [] is an absence check, unit "" a field); in SHARES_TEMPLATE 5 fields and 3
absence checks. By family (outside SHARES_TEMPLATE): progress 8 fields and 2 absence checks; rounds 3 and 6; news 6 and
18; noisy 14 and 38. Figures read: problems 8, completed 7 and in_progress 0 of Hetang (未完成0个, settled 3); no other
text states a visit's problems, measures or clues count (立行立改/即知即改 counts are no findings, as r10's lusong; money,
户 and parking places are no metric). Weibin's problems 4 (一、…四、) is in SHARES_TEMPLATE.

Overlap check run. `bench/outside_overlap.py tests/imports/parsing/outside_r31b.py` (run at the end): 13 texts against
1790 earlier; no address is shared (the one "shared" address is the placeholder "search corpus pages (no URL
returned)"); pairs over 3 shared shingles: 138, of which over 3 beyond formulas: 5: the Weibin feedback with r8's
jiangnan_community (8 shingles of the portal's feedback formula: the reason it is in SHARES_TEMPLATE), and four sharing
official or stock wordings only (Jiaoqu with r9's taohua_eighth (区委书记、区委巡察工作领导小组组长), with r22's
wetland_museum_district_feedback_2022 (会议召开发布日期:2022-0) and with r25b's miyun_…_grain_special_look_back
(轮巡察工作动员部署会召开。会议, 部长、区委巡察工作领导小组副组长); Longhu with r29b's hanshan_…_streetlights_trad
(解決群眾操心事、煩心事、揪心事)); the rest share official formulas only (按照巡察工作有关要求,现将巡察整改, 组长、副组长授权
任职及任务分工的决定, 委巡察工作領(lǐng)導(dǎo)小組); longest shared run 25 characters (a progress formula). The tool counts
Hetang's report as sharing more than formulas with the seeds: the shared runs are stock phrases
(以最坚决的态度、最有力的举措) and the progress formula, no seed's text, so it is measured. The other collectors' files of
this pass (outside_r31.py, outside_r31c.py, outside_r31d.py) existed by the end and were grepped as they stood then: none
holds any address or page of this batch (hetang.gov.cn, jmsjqzf, wanyuan, lmzcn, ffnc, lovelybride, bb9h4, dazhengkuaiji,
zjxs; www6ccc's 137394 and 114431 and qdubb's 68020 are in none, r31c's qdubb pages being other paths) nor any place of
it (余家冲, 茨菇塘, 西格木, 敖其, 石塘镇, 广州路街道, 杨营/楊營, 椒江, 法斗, 馬鹿塘, 外砂, 爱国街道, 新华社区, 卫滨, 霞山); r31c names
景谷 only as one of nineteen counties of a provincial round, another text.

Reading conventions (outside_set.py's settled conventions 1-13 and the fuller written conventions of outside_r24.py's,
outside_r29b.py's and outside_r30b.py's docstrings followed exactly): a visit span with its years is the start and end
(Hetang's 2023年11月3日至2024年1月3日; Weibin's 2019年9月23日至2019年10月10日); a feedback day with its year is the feedback
(Hetang's 2024年2月2日, Weibin's 2020年5月11日); a mobilisation or meeting day is no start (Jiaoqu's 3月21日, Wanyuan's 5月6日,
Xiashan's 323日) and a planned length no end (利用2个月的时间, 为期一个月, 3个月左右; settled 10); parts of months give no day
(Zhenping's 7月初; settled 11), and a month without the text telling its year gives none (Luquan's 今年8月: the page's year
is only in its address); a group named with its owner's place in front is written short (settled 9: 鎮平縣委第六巡察組 ->
县委第六巡察组, 臺州市椒江區(qū)委第十三巡察組 -> 区委第十三巡察组, 西疇縣委第一巡察組 -> 县委第一巡察组, 祿勸縣委第一巡察組 ->
县委第一巡察组, 龍湖區委第四巡察組 -> 区委第四巡察组, 霞山区委第三巡察组 -> 区委第三巡察组, 万源市委第三巡察组 ->
市委第三巡察组, 景谷县委第一巡察组 -> 县委第一巡察组); a round or term named with the committee that runs it is the text's
(十一届区委第一轮, 七屆區委第四輪) but one only conveyed or heard is not (十四届市委第一轮, 十届区委第十三轮); the visited body is
written as the visit or entry names it (对茨菇塘街道余家冲社区党委进行了巡察, 進駐楊營鎮, 巡察法斗鄉新箐村黨委時,
對馬鹿塘鄉黨委及所轄10個村黨組織開展巡察, 對外砂街道及轄下各村黨組織開展全面政治體檢, 进驻广州路街道, 对景谷镇景谷村开展
延伸巡察, 对石塘镇开展…常规巡察, 对爱国街道党工委开展巡察), towns that only qualify counted villages are no units (settled
8: 西格木镇、敖其镇所辖的17个村), and a village, community or hamlet where a group only walked, met or checked (李家營村,
宝运里社区, 大平掌小组, 克螞井村, 五香溪村) is no unit; expected values of traditional-script texts are written simplified,
without their pinyin.

What I was unsure of, and how I read it: Hetang's 未完成0个 is expected as in_progress 0 (settled 3 reads 未完成N个 as the
in-progress count, and 0 is stated), its 阶段性完成1个 is not scored (as r10's lusong and r11's readings leave a plain
阶段性完成 count; it is not said to need long-term keeping up, so it is no long_term), and its 3个方面8个问题 is problems 8
(settled 4), the later 巡察问题8个 the same count; its unit keeps the street in front (茨菇塘街道余家冲社区党委), as the visit
writes it. Xichou's 2024年4月 tells when the group, 巡察…時, found the payments, not the visit's span, so start and end are
left unscored (settled 13 is about a visit told by one month; this sentence is ambiguous). Longhu's round is the fourth
round run together with a subject special round and a look-back (七屆區委第四輪巡察、農村集體“三資”管理專項巡察暨巡察“回頭看”);
the fourth group is the regular round's (下帶專項巡察小組), so the text is read in this share with term 7 and round 4, and
the street as the body the group 對…開展全面政治體檢; the portal mirror (dazhengkuaiji.net.cn) holds r24's Longhu
eighth-round and second-round lists, other rounds and another kind of text, so it is measured. Jiaojiang's group worked
with the district audit bureau (專項聯動, an audit joining a group), no linked round of committees; the village is lost to
mojibake (當?shù)厝捉值滥炒), so the unit is left unscored. Guangzhou Road's 即知即改问题7个 is read as no problems figure
(pushed-for quick fixes, not the visit's findings, as r10's lusong leaves 立行立改 problems out), so figures [] there; the
district is unnamed on the car site. Jinggu's visit is an extension (延伸巡察) to a village during a round whose own body
the text does not name; the village is scored as the visit names it (景谷镇景谷村), as r30b's Putuo reads 进驻五星村. The
petition diary names its group (我們是縣委第二巡察組) but neither county nor town: group only. The Weibin feedback names its
group two ways (卫滨区委村居第一巡察组 twice, 卫滨区委第一巡察组 once), so the group is left unscored; it is in
SHARES_TEMPLATE anyway (r8's jiangnan_community: same portal, same feedback formula, the street office's village round of
2019-2020).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # Weibin's community feedback formula (按照区委的统一部署,…卫滨区委…巡察组对…社区开展巡察。…在…街道召开巡察情况反馈会,…
    # 反馈了…社区存在的N类主要问题:一、…), r8's jiangnan_community (wbq.gov.cn/zbdt/info/6828, 姜南社区, 2020); another
    # community and street office of the same district's village and community rounds
    "weibin_village_first_group_xinhua_community_feedback_no_url",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R31B = [
    # --- progress: a community committee's report -------------------------------------------------------------------
    # http://www.hetang.gov.cn/c11731/20241224/i2296399.html (a community committee's progress report on its district's
    # portal, title not copied: the community as the visit names it, with its street (对茨菇塘街道余家冲社区党委进行了巡察);
    # 区委第一巡察组 as written; the visit's span with its years; the feedback 2024年2月2日; 3个方面8个问题: problems 8
    # (settled 4); 已完成整改7个 completed; 未完成0个 in progress 0 (settled 3); 阶段性完成1个 not scored; the headed problems
    # under 二、 were cut, so no problems count of points)
    ("hetang_first_group_yujiachong_community_progress_2024", "http://www.hetang.gov.cn/c11731/20241224/i2296399.html", "progress", """根据区委巡察工作的安排部署,2023年11月3日至2024年1月3日,区委第一巡察组对茨菇塘街道余家冲社区党委进行了巡察。2024年2月2日,巡察组向社区党委反馈了巡察意见,按照巡察工作有关要求,现将巡察整改情况报告如下。
一、落实整改组织情况
(一)提高政治站位,明确整改职责
区委第一巡察组反馈的意见中指出了我社区党委存在的3个方面8个问题。在听取反馈意见后,我社区高度重视,立即召开了党委会议,认真分析,逐一深入剖析每个问题产生的根源,确保巡察反馈意见全面整改落实到位。……
二、落实整改实施情况
我社区党委对区委第一巡察组反馈的问题进行了认真分析,查找存在问题的原因,并以最快的速度、以最坚决的态度、最有力的举措,不折不扣完成巡察整改任务,截至目前,巡察问题8个,已完成整改7个,阶段性完成1个,未完成0个。
……
""", {"unit": "茨菇塘街道余家冲社区党委", "group": "区委第一巡察组", "term": None, "round": None,
      "start": date(2023, 11, 3), "end": date(2024, 1, 3), "feedback_date": date(2024, 2, 2),
      "figures": [("problems", 8), ("completed", 7), ("in_progress", 0)]}),
    # --- rounds: a district's round deployment -------------------------------------------------------------------------
    # http://jmsjqzf.gov.cn/e/action/ShowInfo.php?classid=14&id=19249 (a district's eleventh committee's first round
    # deployed, with its dated line, 2022: term 11 and round 1 from 十一届区委第一轮; 十四届市委第一轮 is conveyed and
    # 十届区委第十三轮 only heard: not the text's; three unnumbered groups, 区委第一轮巡察组 names the round's staff: no group;
    # the two towns only qualify the 17 counted villages (settled 8): units []; 3月21日 is the meeting's day: no start;
    # 利用2个月的时间 is a planned length: no end)
    ("jiaoqu_eleventh_term_first_round_two_towns_villages_2022", "http://jmsjqzf.gov.cn/e/action/ShowInfo.php?classid=14&id=19249", "rounds", """十一届区委第一轮巡察工作动员部署会议召开
发布日期:2022-03-22 10:49:49
  3月21日下午,十一届区委第一轮巡察工作动员部署会召开。会议采取视频会议方式进行,在区政府设主会场,在西格木镇、敖其镇设分会场。
  区委常委、纪委书记、监委主任、区委巡察工作领导小组常务副组长王胜芝,区委常委、组织部长、统战部长、区委巡察工作领导小组副组长关雨龙出席会议,区委巡察工作领导小组其他成员,区委第一轮巡察组全体成员在主会场参加会议,西格木镇、敖其镇班子成员及17个被巡察村党组织书记在分会场参加会议。
  关雨龙传达了十四届市委第一轮巡察工作动员部署会议精神及区委书记、区委巡察工作领导小组组长冯甲伟在书记专题会听取十届区委第十三轮巡察情况汇报时的讲话精神,宣布了十一届区委第一轮巡察组长、副组长授权任职及任务分工的决定。王胜芝作动员讲话。
  区委第一轮巡察共组成3个巡察组,利用2个月的时间,对西格木镇、敖其镇所辖的17个村开展常规巡察。
……
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 1, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- news: a city's, county's or district's group at a town, street, village or community ---------------------------
    # http://www.wanyuan.gov.cn/xxgk-show-65000.html (a county-level city group's mobilisation at a town on the city's
    # portal: 市委第三巡察组 as written (万源市委 named once before it); the town as the visit names it (对石塘镇开展为期一个月的
    # 常规巡察); 5月6日 is a mobilisation day without a year: no start; 为期一个月 is a planned length: no end; 77人 no metric)
    ("wanyuan_third_group_shitang_town_mobilisation", "http://www.wanyuan.gov.cn/xxgk-show-65000.html", "news", """根据万源市委统一部署,市委第三巡察组将对石塘镇开展为期一个月的常规巡察。5月6日上午,市委第三巡察组巡察石塘镇工作动员会在镇政府会议室召开。会上,第三巡察组副组长张宇宣读了巡察工作通知文件,组长邓涛就本轮巡察工作进行了安排部署,并组织开展了民主测评和问卷调查。石塘镇党委书记吴藻光主持会议。
……
镇党委书记吴藻光同志郑重表态:一是端正态度,提高认识,坚决贯彻市委巡察工作部署,二是主动配合,搞好衔接,全力保障巡察工作顺利开展,三是接受监督,认真整改,努力推动各项工作任务落实。
市委第三巡察组全体成员、石塘镇党委班子成员、政府全体干部职工、镇辖各单位负责人、村(社区)三职干部、监委会主任、退休干部代表、部分两会代表、群众及党员代表共77人参会。
""", {"unit": "石塘镇", "group": "市委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://car.lmzcn.com/redian/58038.html (a district group's parking story copied on a car site with its disclaimer, the
    # district unnamed: 区委第二巡察组 as written; the street as the entry names it (进驻广州路街道), the community where
    # residents complained no unit; no day is told; 即知即改问题7个 are pushed-for quick fixes, no findings count (as r10's
    # lusong leaves 立行立改 problems out); 31个 and 526个 parking places are no metric)
    ("guangzhoulu_street_second_group_parking_story_car_site_copy", "http://car.lmzcn.com/redian/58038.html", "news", """“巡察组的到来及时缓解了小区停车难的问题,现在楼前楼后新增了许多停车位,晚上回家我们再也不用到处找车位了”市民王女士说。
进驻广州路街道以来,区委第二巡察组收到有群众反映:位于广州路街道宝运里社区辖区内停车难问题比较突出,给居民生活带来极大不便。收到群众诉求后,区委第二巡察组立即前往现场实地察看,并走访居民了解实际情况。
……
群众利益无小事。细心记录下居民诉求后,区委第二巡察组立即召开组务会议专题研究,列入即知即改问题,并向广州路街道交办,督促立行立改。问题反馈后,街道主要负责人按照巡察组要求带头落实巡察反馈的问题,重新摸排小区楼院闲置空地,科学合理划设停车位。截至目前,宝运里社区辖区内新增停车位31个,复划停车位526个,有效缓解了群众停车难的问题,得到了居民群众的一致好评。
自区委第二巡察组进驻以来,广泛收集社情民意,先后督促广州路街道即知即改问题7个,特别是对群众反映的急事难事及时与广州路街道对接,做好同题共答。……
通讯员:王明天
声明:免责声明:此文内容为本网站转载企业宣传资讯,仅代表作者个人观点,与本网无关。仅供读者参考,并请自行核实相关内容。
""", {"unit": "广州路街道", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://ffnc.org.cn/show-215343.html (a county group's water pipe story copied from the province's discipline site
    # onto an unrelated domain, dated 2024: 县委第一巡察组 as written (景谷县委第一巡察组 once, settled 9); the village as the
    # extension visit names it (对景谷镇景谷村开展延伸巡察; 进驻景谷村), the hamlet where villagers complained no unit; 初夏 and
    # 此前 give no date; 5000元 no metric)
    ("jinggu_first_group_jinggu_village_water_pipe_story_2024", "http://ffnc.org.cn/show-215343.html", "news", """巡察微故事 | 修好水管暖民心
时间:2024-08-21 作者:佚名 来源:云南省纪委监委
初夏的早晨,景谷县景谷镇景谷村委会办公室里静悄悄的,从窗口往外看去,橄榄树的枝头,几只麻雀正在叽叽喳喳地叫着。办公室内,县委第一巡察组的工作人员正翻阅着台账资料。
……
被压坏的水管修好了,这件事还得从景谷县委第一巡察组对景谷镇景谷村开展延伸巡察说起。
此前,县委第一巡察组进驻景谷村不久,在该村大平掌小组入户走访时,村民反映:“我们饮用水的自来水管有一段被压坏了,导致我们部分农户用水不通畅,最近天气干旱,对我们的生产生活造成了影响。”
……
“那段水管确实是因为水库建设压坏的。村民反映后,我们召开会议进行了研究,同意给他们5000元钱,进行修复。”景谷村村书记姜某解释。
……
""", {"unit": "景谷镇景谷村", "group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a community's feedback in its street office, Weibin's formula r8's
    # jiangnan_community holds: SHARES_TEMPLATE; the community as the visit names it; the visit's span and the feedback
    # day with their years; four problems numbered 一、…四、; the group named two ways (村居第一巡察组 twice, 第一巡察组 once):
    # not scored; the street office is where the meeting was held, no unit)
    ("weibin_village_first_group_xinhua_community_feedback_no_url", "search corpus pages (no URL returned)", "news", """按照区委的统一部署,2019年9月23日至2019年10月10日卫滨区委村居第一巡察组对新华社区开展巡察。2020年5月11日,卫滨区委第一巡察组在胜利路街道召开巡察情况反馈会,巡察组组长李道菊反馈巡察情况,胜利路街道党工委书记曹勐主持会议。
会上,区委村居第一巡察组反馈了新华社区存在的4类主要问题:一、党支部组织建设不规范;二、从严治党存在“两个责任”落实不到位;三、意识形态工作重视度不够;四、涉及群众关切的民生问题。……
""", {"unit": "新华社区", "term": None, "round": None, "start": date(2019, 9, 23), "end": date(2019, 10, 10),
      "feedback_date": date(2020, 5, 11), "problems": 4, "figures": []}),
    # --- noisy -----------------------------------------------------------------------------------------------------------
    # http://www.lovelybride.cn/jjbb/jr/20230803/1142974.html (a county group's blocked-passage story in traditional script
    # with pinyin in brackets and mojibake (?!贝迕駛冊诼放宰h論著) on an unrelated domain: 鎮(zhèn)平縣委第六巡察組 read short
    # (settled 9), written simplified; the town as the entry names it (進(jìn)駐楊營鎮(zhèn)), the village where the group walked
    # no unit; 7月初 is part of a month (settled 11); 10多年前 and 2020年 are the wall's years; 2天 no metric)
    # (r32 pass: the unit corrected to the town's party committee the text names, 楊營鎮黨委, by settled convention 15)
    ("zhenping_sixth_group_yangying_town_passage_story_pinyin_trad", "http://www.lovelybride.cn/jjbb/jr/20230803/1142974.html", "noisy", """(資料圖)
日前,伴隨著挖掘機(jī)的轟鳴聲,鎮(zhèn)平縣楊營鎮(zhèn)李家營村11組趙某某建在公共出路上的水泥矮墻應(yīng)聲倒下。
“聽說是巡察組來了,讓把這墻拆了!”“這家把里面幾家出路都快堵死了,人家三輪車都出不來。”“這太欺負(fù)人,早就應(yīng)該給他推了?!贝迕駛冊诼放宰h論著。這事還要從縣委第六巡察組進(jìn)駐楊營鎮(zhèn)開展巡察工作說起……
7月初,鎮(zhèn)平縣委第六巡察組在李家營村走訪時(shí)村民反映:11組村民趙某某將門前的公共出路圍起來自用,影響巷道里面幾戶村民正常出行。到現(xiàn)場發(fā)現(xiàn),趙某某處于道路西邊第一家,里面住戶日常通行都必須從他門前過,10多年前趙某某建新房時(shí),將門前公共出路用水泥矮墻圍起,導(dǎo)致巷道里面住戶只能從他門前水泥路下面的低洼地繞行,2020年趙某某又拉土將低洼地填平種植花草樹木,導(dǎo)致里面住戶出路基本堵死,僅可走行人和二輪車,幾年來,出行困難成了這些住戶最大的問題。……
事實(shí)清楚后,巡察組內(nèi)召開組務(wù)會(huì)進(jìn)行研究。……組務(wù)會(huì)討論后,巡察組立即向楊營鎮(zhèn)黨委下發(fā)整改通知書,經(jīng)過鎮(zhèn)黨委和村黨組織深入細(xì)致的思想工作, 2天后,就發(fā)生了本文開頭的一幕。
……
""", {"unit": "杨营镇党委", "group": "县委第六巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.bb9h4.cn/area/zj/202007/t20200728_6745925.shtml (a district group's village land rent story in
    # traditional script with pinyin in brackets and mojibake where the street and village stood (當?shù)厝捉值滥炒), on an
    # unrelated domain: 臺州市椒江區(qū)委第十三巡察組 read short (settled 9), written simplified; the village is lost and
    # the round's bodies are counted (巡察組進駐每個村時): unit unscored; the audit bureau's 專項聯動 is a joint check, no
    # linked round; 今年 and 近半年 give no date; 24萬元 no metric)
    ("jiaojiang_thirteenth_group_village_land_rent_pinyin_trad", "http://www.bb9h4.cn/area/zj/202007/t20200728_6745925.shtml", "noisy", """日前,浙江臺州市椒江區(qū)委第十三巡察組和該區(qū)審計局專項聯(lián)動,發(fā)現(xiàn)當?shù)厝捉值滥炒逋恋刈赓U費“遲到”近半年,金額達24萬元。椒江區(qū)委巡察辦立即啟動優(yōu)先辦理機制,揪出背后“黑手”——經(jīng)查實,“遲到”的村土地租賃費被村主任私自截留。
今年正值村級組織換屆,臺州市專門下發(fā)村級財務專項審計指南,同步推進巡察監(jiān)督與審計監(jiān)督,靶向治理“微腐敗”。據(jù)悉,巡察組進駐每個村時,與審計組分別進行專業(yè)審查,其間互相交換信息、資源共享。……
""", {"group": "区委第十三巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.www6ccc.com/html/2025/xunshixuncha_0326/137394.html (a county group's village deposit story in traditional
    # script on a Yunnan discipline mirror many batches draw on (this path in none; r29b's Xichou story is the third group
    # at 鸡街乡, another event): 西疇縣委第一巡察組 read short (settled 9), written simplified; the village committee as the
    # visit names it (巡察法斗鄉新箐村黨委時), the hamlet whose fee was paid no unit; 2024年4月 tells when the group found
    # the payments during the visit, not its span: start and end unscored; 2023年10月 is the payment's month; 1667.5元 no
    # metric)
    ("xichou_first_group_fadou_xinqing_village_deposit_story_trad", "http://www.www6ccc.com/html/2025/xunshixuncha_0326/137394.html", "noisy", """“這份憑證不對,克螞井村保潔費的收款方怎么會是新箐村總支的書記羅某某?”2024年4月,西疇縣委第一巡察組巡察法斗鄉新箐村黨委時,從該村財務憑證中發現了幾次異常的打款記錄。
“村小組的保潔費應該打入村小組在鄉級代管的資金賬戶,打到村黨總支書記的賬戶不符合程序。”發現異常打款記錄后,巡察組組長迅速安排組員進一步深挖問題的“全貌”。
經巡察組調查發現,2023年10月,克螞井村的保潔費共計1667.5元打入了羅某某的個人賬戶,直到巡察組進駐,該筆資金一直滯留在羅某某個人手中。
……
除了克螞井村,還有沒有其他村小組的集體資金滯留在個人手中?除了羅某某,還有沒有其他圖省事的村干部?帶著問題,巡察組在后續的巡察工作中,聚焦村集體“三資”清理情況、村集體資金管理情況等重點,對法斗鄉下轄的各村委會進行了走訪了解,發現村集體資金由個人代管的問題在各村不同程度存在。
……
""", {"unit": "法斗乡新箐村党委", "group": "县委第一巡察组", "term": None, "round": None, "feedback_date": None,
      "figures": []}),
    # http://www.www6ccc.com/html/2022/xunshixuncha_1017/114431.html (a county group's subsidy story in traditional script
    # with pinyin in brackets on the same mirror (this path in none): 祿勸縣委第一巡察組 read short (settled 9), written
    # simplified; the township's committee as the visit names it (對馬鹿塘鄉(xiāng)黨委及所轄10個(gè)村黨組織開(kāi)展巡察), its
    # counted villages no units; 今年8月 has no year in the text (the page's year is only in its address): no start, no
    # end; 1190戶 and 820008元 are no metric)
    ("luquan_first_group_maluotang_township_subsidy_story_pinyin_trad", "http://www.www6ccc.com/html/2022/xunshixuncha_1017/114431.html", "noisy", """“太感謝你們巡察組了,遲到的水源區(qū)補(bǔ)助款鄉(xiāng)政府已經(jīng)兌付給我們了。”祿勸縣馬鹿塘鄉(xiāng)馬鹿塘村委會(huì)刺梨樹(shù)村村民余大哥的感激之情溢于言表。
日前,祿勸縣委第一巡察組一行回訪拿到補(bǔ)助款的兩戶建檔立卡戶,群眾的熱情接待讓他們真切地感受到群眾的感激和對(duì)巡察工作的信任。
……
今年8月,祿勸縣委第一巡察組對(duì)馬鹿塘鄉(xiāng)黨委及所轄10個(gè)村黨組織開(kāi)展巡察。巡察期間,巡察組了解到該鄉(xiāng)存在云龍水庫(kù)水源區(qū)群眾生產(chǎn)生活補(bǔ)助未按時(shí)兌付的情況。隨后,巡察組分組走訪了部分村民,發(fā)現(xiàn)該筆資金因農(nóng)戶基礎(chǔ)信息不全而未按時(shí)發(fā)放,問題涉及3個(gè)村委會(huì),共計(jì)1190戶村民。
發(fā)現(xiàn)問題是巡察工作的生命線,解決問題是巡察工作的落腳點(diǎn)。深入了解情況后,巡察組及時(shí)向縣委巡察工作領(lǐng)導(dǎo)小組報(bào)告并第一時(shí)間向馬鹿塘鄉(xiāng)黨委下發(fā)立行立改通知書,要求馬鹿塘鄉(xiāng)黨委立行立改。……
截至今年9月,該筆補(bǔ)助資金820008元已全部……
""", {"unit": "马鹿塘乡党委", "group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.dazhengkuaiji.net.cn/lh/ztzl/lhlzw/xxgk/xsxc/xsxc1/1zg/content/post_2250210.html (a district group's
    # land subsidy story in traditional script on a portal mirror r24's Longhu eighth- and second-round lists also come
    # from (another round, another kind of text): term 7 and round 4 from 七屆區委第四輪 (run with a subject special round
    # and a look-back; the fourth group is the regular round's, 下帶專項巡察小組); 龍湖區委第四巡察組 read short (settled 9);
    # the street as the group's visit names it (對外砂街道及轄下各村黨組織開展全面政治體檢), the village where it found the
    # money no unit; 2021年 is the money's year; 17.89萬元 no metric)
    ("longhu_seventh_term_fourth_round_waisha_street_subsidy_story_pinyin_trad", "http://www.dazhengkuaiji.net.cn/lh/ztzl/lhlzw/xxgk/xsxc/xsxc1/1zg/content/post_2250210.html", "noisy", """發布時間:“2021年那會兒我們開村民代表會議都還不知道有這兩筆補貼款呢,多虧了巡察組來這里,這兩筆錢才能回到我們手中,這下我們就安心了!”這是龍湖區委第四巡察組到外砂街道五香溪村實地走訪時,村民表達的誠摯感謝。如今,五香溪村墾造水田項目區,新綠涌動的田地上一片生機勃勃,正在等待豐收的來臨。
……
七屆區委第四輪巡察、農村集體“三資”管理專項巡察暨巡察“回頭看”開展以來,區委第四巡察組(下帶專項巡察小組)聚焦基層治理及農村集體“三資”管理領域,對外砂街道及轄下各村黨組織開展全面政治體檢,以摸清民生民情民意、專注群眾關心關切為抓手,以解決群眾操心事、煩心事、揪心事為目標,通過翻閱文件資料,核查財務賬目,發現外砂街道五香溪村墾造水田建設施工期間“無法種植補償費”“土地承包權人激勵補貼費用”共計17.89萬元仍留存于村基本戶中,至今未發放至村民手中。
……
""", {"unit": "外砂街道", "group": "区委第四巡察组", "term": 7, "round": 4, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://qdubb.cn/html/2019/jijianrenshouji_0526/68020.html (a county group member's petition diary in traditional
    # script with pinyin in brackets on a mirror domain many batches draw on (this path in none): the group as its member
    # names it (我們是縣委第二巡察組); neither county nor town is named (鎮黨委政府): unit unscored; 一年多 and 五六次 are no
    # dates and no metric)
    ("county_second_group_land_compensation_petition_diary_pinyin_trad", "http://qdubb.cn/html/2019/jijianrenshouji_0526/68020.html", "noisy", """“每次來反映問題,你們都要讓我登記,我都已經(jīng)登記了五六次,一年多的時間過去了,你們還是沒有把征用我土地的錢給我,這次來我不會做任何登記,我就在這里等書記和鎮(zhèn)長,親自找他們反映問題,登記沒有用,找其他人也沒用的!”
這是我參加巡察工作以來的第一次接訪,一位大姐來反映自家土地被征用但沒有領(lǐng)到補償款,我的一句“進行登記”惹怒了大姐。
“大姐,我們是縣委第二巡察組,你對鎮(zhèn)黨委政府的工作有什么不滿意的你都可以跟我們反映,你的問題和訴求我們一定會幫你解決,請你相信我們。”為了讓大姐的怒氣能夠平息,我給她倒了杯溫水說道。
……
""", {"group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.zjxs.gov.cn/zfxxgk/agjdb/content/post_1591383.html (a district group's mobilisation at a street office on
    # the district's portal, its 3月23日 written 323日 (a lost 月, run-together digits), dated 2022-03-25: 霞山区委第三巡察组
    # read short (settled 9); the street's working committee as the visit names it (对爱国街道党工委开展巡察); the day is a
    # mobilisation's: no start; 3个月左右 is a planned length: no end)
    ("xiashan_third_group_aiguo_street_mobilisation_runtogether_date", "http://www.zjxs.gov.cn/zfxxgk/agjdb/content/post_1591383.html", "noisy", """霞山区委第三巡察组巡察爱国街道党工委工作动员会召开
发布时间 : 2022-03-25 10:43来源 : 爱国街道
  根据区委巡察工作统一部署,区委第三巡察组对爱国街道党工委开展巡察,323日上午,巡察工作动员会在爱国街道二楼大会议室召开。区委常委、区纪委书记、区监委主任、区委巡察工作领导小组组长钟树旭,区委第三巡察组组长潘建南以及区委第三巡察组全体人员出席会议,爱国街道机关全体干部职工和各社区(村)书记、副书记参加会议。会议由爱国街道党工委书记刘锋华主持。
……
刘锋华同志代表爱国街道党工委作表态发言,一是深化认识,统一思想,主动接受巡察监督;二是严肃纪律,全力配合,确保巡察工作顺利开展;三是聚焦问题,立行立改,促进巡察成果转化。
据了解,第三巡察组将在爱国街道开展巡察工作3个月左右。……
""", {"unit": "爱国街道党工委", "group": "区委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
