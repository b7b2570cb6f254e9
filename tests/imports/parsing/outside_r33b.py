"""Outside texts of batch r33-held, collector B's share (issue 14), held out: county, district and city committees'
groups at work in towns, townships, villages, communities and county, district and city departments (a city group's
feedback at a bureau, mobilisations at a county archives and at three county-level city bodies, stories of a group's
visit to a town or a community), county, district and county-level city round lists, and a noisy copy of such a text
(traditional script), collected with the search tool from public pages that are in no earlier batch. Each address was
grepped, with and without www./m./mip./wap. and its query string (host and the distinctive part of the path, e.g.
40576c36, 2293, 222674, 256644, 161083, 80c570da, 229020, 32214, 419604, 15764269, 17314, 202410231404), in every
tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r32d), test_outside_documents.py,
seeds.py and seedtools.py, and two or three distinctive names or phrases of each text (simplified and traditional
script: towns, villages, bureaus, group leaders, secretaries, term-and-round strings) likewise; at the end every
address, portal and place of each text was grepped in the other collectors' files of this pass that existed by then
(see below). Every text was then compared with `bench/outside_overlap.py tests/imports/parsing/outside_r33b.py` (see
below). Their fields are written down by reading only. The importer was not run on them, no test or bench that runs
it was run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring and the brief); the integrator runs
them once, and that run is the honest figure for unseen texts.

Sources. 13 texts from the search tool's "pages" corpus, 12 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is exhausted for this share: of about 230 candidate addresses checked (some 55
searches: 巡察公告, 巡察进驻公告, 巡察通告 and 撤离公告 of county and district rounds; 巡察反馈会议召开 and 反馈巡察情况 at towns, townships, streets,
communities, villages and county, district and city bureaus (民政, 教育, 卫健, 司法, 人社, 科协, 文联, 总工会, 供销社, 信访, 档案馆, 统计, 自然资源,
水利); 巡察整改情况报告, 关于巡察整改情况的通报 and 整改进展情况的通报 of townships, streets, village branches and county bureaus; towns' own
mobilisation and rectification meetings; stories by kind of problem (饮水, 灌溉, 路灯, 道路, 敬老院, 物业, 停车, 低保);
traditional-script and pinyin queries; 2025-2026 by year), nine in ten were earlier batches' (every formal 整改进展情况的通报 of
a township or county bureau returned, e.g. Tongdao's federation of trade unions, Qingshen's science association,
Wucheng's culture bureau, Minqing's propaganda department, Huiji's approval bureau; every street and community feedback
and entry returned, e.g. Shuangta, Pulou, Weibin's communities, Liangcheng, Shimen'er Road, Shuanglong, Xinchuan; most
county round notices, e.g. Qin'an, Lezhi, Pengze, Wuhu county, Pingyu, Minqing, Shenqiu, Jiangcheng; and nearly every
village or street story, e.g. Songming, Yanjin, Daxiang, Minqin, Wenxi, Jiangchuan, Baofeng, Yinan, Sheyang, Shangshui,
Xixian, Chongyang, Jiayu, Lin'an, Tengxian, Hepu, Xiangcheng, Xing'an, Tunchang, Zhongzhan, Chongchuan), and most of the
rest were other shares' or held (Zhaoqing's crossed look-back, Shexian's linked round, Licheng's election round,
Nanling's 机动式 story and Jishan look-back: held; Sanmenxia's zone look-back and Cao County's pilot village round: held).
What still gave new texts: a city group's feedback at its civil affairs bureau on the bureau's portal (Suining), a
county archives' mobilisation on the county's discipline portal (Wudi), a county-level city group's mobilisation at
three bodies copied on a regional portal (Shaodong), village and street stories on county and legal-news portals
(Xinxiang County's Xiaoji, Tongshan's Xiapu, Yuhu's Zhongxin community, Dingnan's Tianjiu, Shenqiu's Beiyangji in a
rural newspaper), round lists of a district, a county and a county-level city (Qiongshan's fourth round summary,
Jiujiang's 2017 fourth round, Chaling's thirteenth round, Zoucheng's third round of five towns) and a traditional-script
copy of a district's village story on an unrelated domain (Liuxin's Weizhuang). Left out after reading (not held, but
not this share's or not readable): Suixi's 市委第十三交叉巡察组 at the county civil affairs bureau (a crossed round, D), Quzhou's
市委第四提级巡察组 at 曲周县教育体育局 (raised-level, D), Longling's feedback of a look-back at 县委教育体育工委 (D), Fumin's subsidy special
round and Zhongshan's Henglan project special round (D), Dayao's 机动式 story (no body named), Shangnan's 约谈 of five
bureaus (no numbered group), Lincang's interview method piece and Guandu's community problem list (no body), and a
Zhengzhou elevator item (a discipline commission's, no inspection).

Families and counts (13 texts, 1 in SHARES_TEMPLATE; 12 measured). news 8, one in SHARES_TEMPLATE
(shenqiu_thirteenth_term_first_round_first_group_beiyangji_town_story: group, term 13, round 1), seven measured: a city
group's feedback: suining_city_second_group_civil_affairs_bureau_feedback (市民政局党组); mobilisations:
wudi_eleventh_round_first_group_county_archives_mobilisation (县档案馆, round 11),
shaodong_second_group_propaganda_literary_media_three_bodies_mobilisation (three bodies, unit ""); stories:
xinxiang_county_second_group_xiaoji_town_street_lamps_story (小冀镇党委), tongshan_second_group_xiapu_town_street_order_story
(厦铺镇党委), yuhu_second_group_zhongxin_community_stairwell_story_no_url (group only),
dingnan_first_group_tianjiu_town_drainage_story (天九镇党委); rounds 4, all measured, all lists of bodies with the
round-level unit "": qiongshan_fourteenth_term_fourth_round_five_bodies_feedback_summary 5 (with the visit's span),
jiujiang_seventh_term_fourth_round_two_bodies_mobilisation_2017 2,
chaling_thirteenth_term_thirteenth_round_five_bodies_mobilisation 5,
zoucheng_fifteenth_term_third_round_five_towns_mobilisation 5; progress 0 (no progress report of this share was new);
audit 0; noisy 1, measured: liuxin_weizhuang_village_district_group_sanitation_story_trad (traditional script, absences
only). Family totals: progress 0, news 8 (7 measured), rounds 4 (4 measured), audit 0, noisy 1 (1 measured). Lists of
bodies measured: 5 (the four rounds' 17 bodies and Shaodong's 3); progress reports measured: 0; texts measured that
expect the unit "": 5.

Fields read: 47 outside SHARES_TEMPLATE (each unit, group, term, round, start, end, feedback day, unit of a list and
figure; the unit "" counts), and 58 absence checks (None for term, round, start, end and feedback day, [] for figures,
where a careless reader might fill the field), by the collector's count (computed from the expectations: a key whose
value is None or [] is an absence check, unit "" a field); in SHARES_TEMPLATE 3 fields and 4 absence checks. By family
(outside SHARES_TEMPLATE): news 16 fields and 41 absence checks; rounds 31 and 13; noisy 0 and 4. Figures read: none
(no text states a visit's problems, measures or clues count; lamps, cars, people, tonnes, metres and days are no
metric; Jiujiang's earlier rounds' totals are left unscored, see below).

Reading conventions (outside_set.py's settled conventions 1-16 and the fuller written conventions of outside_r24.py's,
outside_r31b.py's and outside_r32b.py's docstrings followed exactly): a visit span with its years is the start and end
(Qiongshan's 2023年8月5日至9月28日); a day without a year in the text gives no date (Suining's feedback 7月24日, Shaodong's
9月6日, Wudi's 11月16日, Tongshan's 自今年10月8日起, Chaling's 3月13日), a mobilisation or meeting day is no start (Jiujiang's
2017年12月29日, Zoucheng's 2月24日), a planned length is no end (为期三个月, 为期两个月左右, 为期一个月), parts of months give no day (settled
11: Yuhu's 4月中旬, Zoucheng's 5月下旬前), and a month when a villager came during a visit is not the visit's span (Liuxin's
2023年5月, left unscored); a round or term named with the committee that runs it is the text's (十四届区委第四轮, 七届区委第四轮,
十三届县委第十三轮, 十五届市委第三轮, 县委第十一轮, 十三届县委第一轮); a group named with its owner's place in front is written short (settled 9:
中共遂宁市委第二巡察组 -> 市委第二巡察组, 新乡县委第二巡察组 -> 县委第二巡察组, 定南县委第一巡察组 -> 县委第一巡察组); an unnumbered group (區委巡察組) and one group mobilised
at several bodies (as r16's haian_second_group_seven_health_bodies) are not scored; one town visited is its committee
when the text names it (settled 15: 进驻天九镇 with 天九镇党委 -> 天九镇党委), and a body the visit names as a committee is written so
(对小冀镇党委开展常规巡察, 对厦铺镇党委及下属村(社区)党组织开展…巡察); places and bodies in a round's list are units as written (settled 8: 峄山镇…郭里镇;
洣水集团, 犀城集团), bodies counted by kind or named as an example before a count are none (所属村(社区), 龙光等11个村(社区)党组织), and a
special round run beside a round that names no body adds no unit (Chaling's farmland round); expected values of
traditional-script texts are written simplified.

What I was unsure of, and how I read it: Suining's body is a city bureau, not a county or district one; it is kept in
this share as a city committee's group's feedback (the other shares take enterprises and institutions, provincial and
central inspections, and special, crossed, raised-level and linked rounds), and its problems (three aspects each with
several 等问题) are left unscored. Qiongshan's list keeps 区妇幼保健院党总支 (a hospital's branch, named in a district round's list
of bodies, so kept with the round) and leaves 龙光 out as an example before a count. Jiujiang's earlier rounds' totals
(前三轮…共发现问题135个,移交问题线索91件) are not the text's round's, but a figure absence check would score a reader's view the batches
have not settled, so its figures are left unscored. Yuhu's group receives a complaint and hands it to 街道党工委 without the
text naming the body it visits: unit unscored. Shenqiu's Beiyangji story names its term and round but not that the group
visited the town's committee: unit unscored; it is put in SHARES_TEMPLATE because r10 holds the same newspaper's story
of the same county's round of village and street visits, whose round r10's text does not name. Liuxin's copy on
spocapp.com (path quanshan) names neither the district, the group's number nor the body visited, so it is measured on
its absences only. Shaodong's three bodies are taken from the headline, where they are separated (the body runs
市委宣传部市文联党组 together); 市文联党组 keeps its 党组 and the other two stay without one, as written.

Overlap check run. `bench/outside_overlap.py tests/imports/parsing/outside_r33b.py` (run at the end, after the last
change): 13 texts against 1899 earlier; the one "shared" address is the placeholder "search corpus pages (no URL
returned)" (Yuhu's); pairs over 3 shared shingles: 36, of which over 3 beyond formulas: 6 by the tool's count, all
official or portal formulas: Shaodong with r13's huaian_archives_mobilisation (根据市委关于巡察工作的统一部署,
…工作动员会召开。会前,市委第二巡察组组长, another city, body and event; with dujiangyan_media_mobilisation 2 beyond,
市融媒体中心工作动员会召开); Zoucheng with r7's qlxww (十五届市委第三轮巡察工作动员部署会, another city's third round of
its fifteenth committee, another event) and with qianguo_fifteenth_term_sixth_round_deployment_2025 (情况汇报时的讲话精神,
宣布了本轮巡察组组长、副组长授权); Chaling with fenxi_fourteenth_term_business_environment_special_round_mobilisation
(巡察动员部署会召开。县委常委、纪委书记、监委主任); Xinxiang County with r32b's
chuanhui_second_group_xiaoqiao_street_office_flying_wires_story_2022 (the legal-news mirrors' byline 作者:佚名来源:
中共河南省纪委监委网站, another domain, county and event); Wudi with chenggu_agriculture_mobilisation and Suining with
suzhou_vocational_university_feedback (巡察工作作了动员讲话, 根据市委巡察工作领导小组部署); longest shared run 30
characters. The tool counts Suining's feedback as sharing more than formulas with the seeds: the nine shared shingles
are 聚焦群众身边腐败问题和不正之风方面 and 市委巡察工作领导小组会议和书记专题会议, stock wording, no seed's text.
The other collectors' files of this pass that existed by the end (outside_r33.py, outside_r33c.py, outside_r33d.py)
were grepped for every address, portal path and place of this batch (smzj.suining 40576c36, wdjjw 2293, shaoshang
222674, ffclzx 256644, tongshan1 161083, 雨湖/兴安村, dingnan 80c570da, xpaper 229020, ycqfw 32214, jjjjjc 419604,
clnews 15764269, mencius 17314, spocapp 202410231404; 小冀, 厦铺, 天九, 北杨集, 龙塘, 鸠江, 茶陵, 洣水, 邹城, 峄山, 邵东, 柳新,
魏莊): r33d holds Baihe's 仓上镇 mobilisation (baihe.qinfeng.gov.cn/info/1074/9473.htm, a county round joined to a
rural revitalisation look-back), which this collector had also read (仓上镇党委, 县委第二巡察组, round 6, the same
reading) and then dropped to leave it to D; r33c uses the same copying domain spocapp.com for another page (Jiangsu's
fourteenth provincial committee's eighth round, html/2025/2025072244747), not this batch's Liuxin story; none holds any
other address, portal or place of this batch.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the same newspaper's county page (i.xpaper.net/hnrbncb, 河南日报农村版) and the same county's village-level rounds as
    # r10's shenqiu_dongcheng (i.xpaper.net/hnrbncb/news/7446/44859/224169-1.shtml, 沈丘县委第二巡察组 at 东城街道); r10's
    # text names no round, so this one may be a story of the same round (十三届县委第一轮): left out to be safe
    "shenqiu_thirteenth_term_first_round_first_group_beiyangji_town_story",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R33B = [
    # --- news: a city's, county's or district's group at a department, town, township, village or community -------------
    # https://smzj.suining.gov.cn/xinwen/show/40576c36d428413b8376721b4c76b30d.html (a city group's feedback to the city
    # civil affairs bureau on the bureau's own portal, the page's "今天是" clock line not copied: 中共遂宁市委第二巡察组 read
    # short (settled 9); the unit as the feedback names it (向市民政局党组反馈巡察情况); 7月24日 has no year in the text: no
    # feedback day; 2018年以来 is the period looked at, no date; the problems are told as three aspects, each with several
    # 等问题 in running text, so their count is left unscored; no figure is stated)
    ("suining_city_second_group_civil_affairs_bureau_feedback", "https://smzj.suining.gov.cn/xinwen/show/40576c36d428413b8376721b4c76b30d.html", "news", """中共遂宁市委第二巡察组向市民政局党组反馈巡察情况
根据市委巡察工作领导小组部署,7月24日,市委第二巡察组向市民政局党组反馈巡察情况。会前,市委第二巡察组组长胡忠向市民政局党组书记、局长赵维强传达了市委巡察工作领导小组会议和书记专题会议有关精神,并向赵维强个人书面反馈了巡察意见。随后,赵维强主持召开了巡察反馈大会,会上,胡忠向市民政局党组通报了巡察反馈意见,并对抓好巡察整改工作提出了要求。赵维强作了表态讲话。
胡忠指出,2018年以来,市民政局党组严格贯彻落实党中央关于民政工作的方针政策,……巡查中也发现了一些问题:聚焦党的路线方针政策和上级决策部署贯彻落实方面,存在工作执行不力、监督检查不严、意识形态工作重视不够等问题;聚焦群众身边腐败问题和不正之风方面,存在主体责任落实不到位、为民情怀有所淡化、内控制度执行不严格等问题;聚焦基层党组织建设方面,存在党内政治生活不严肃、选人用人基础工作不扎实等问题。
……
""", {"unit": "市民政局党组", "group": "市委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://wdjjw.gov.cn/gk/xs/2020-11-18/2293.html (a county group's mobilisation at the county archives on the county's
    # discipline portal, 2020 in its address only; r6 holds another page of the portal (2020-04-17/418, the seventh round's
    # feedback at 佘家镇, another round and kind): round 11 from 根据县委第十一轮巡察第一巡察组工作部署 (the round named with
    # the committee); the unit as the meeting names it (县委第一巡察组巡察县档案馆工作动员会); 11月16日 is the mobilisation,
    # without a year: no start; no end or feedback is told)
    ("wudi_eleventh_round_first_group_county_archives_mobilisation", "http://wdjjw.gov.cn/gk/xs/2020-11-18/2293.html", "news", """根据县委第十一轮巡察第一巡察组工作部署,11月16日,县委第一巡察组巡察县档案馆工作动员会召开。县委第一巡察组组长王华胜同志就开展好巡察工作作了动员讲话,县委巡察工作领导小组成员从恩方同志就配合做好巡察工作提出要求,县档案馆副馆长穆天勇同志主持会议并作表态发言。
县委第一巡察组副组长韩相林同志及巡察组全体成员,综合派驻组主要负责人,县档案馆领导班子成员、其他科级干部、在岗在编正式工作人员、上届以来退下来的老同志等出席会议。
……
""", {"unit": "县档案馆", "group": "县委第一巡察组", "term": None, "round": 11, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.shaoshang.cn/news/222674.html (a county-level city group's mobilisation at three bodies at once, copied
    # from the city's news app onto a regional portal, the body's list run together (市委宣传部市文联党组) and a bracket
    # left open (记者 曾超众根据…): the three bodies as the headline names them are the text's units, the unit "" (as r16's
    # haian_second_group_seven_health_bodies reads one group mobilised at several bodies), and the one group of several
    # units is not scored; no round is named (市委关于巡察工作的统一部署); 9月6日 is the mobilisation, without a year in the
    # text: no start)
    ("shaodong_second_group_propaganda_literary_media_three_bodies_mobilisation", "https://www.shaoshang.cn/news/222674.html", "news", """邵东市委第二巡察组巡察市委宣传部、市文联党组、市融媒体中心工作动员会召开
新邵东客户端9月7日讯(记者 曾超众根据市委关于巡察工作的统一部署,9月6日下午,邵东市委第二巡察组巡察市委宣传部市文联党组、市融媒体中心工作动员会召开。会前,市委第二巡察组组长周群主持召开与市委宣传部、市文联党组、市融媒体中心主要负责人见面沟通会。会上,市委常委、宣传部长罗莉对配合做好巡察工作提出要求,市委第二巡察组组长周群作巡察动员报告。
动员会由市委第二巡察组副组长尹明主持。市委第二巡察组有关同志,市委机构编制专项检查组成员,市委宣传部、市文联党组、市融媒体中心领导班子成员等出席会议,……
""", {"unit": "", "units": ["市委宣传部", "市文联党组", "市融媒体中心"], "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://ffclzx.org.cn/show-256644.html (a county group's street-lamp story copied from the province's discipline site
    # onto a legal-news domain, dated 2024-11-20: 新乡县委第二巡察组 read short (settled 9); the unit as the visit names it
    # (对小冀镇党委开展常规巡察); no day of the visit is told (此前, 刚进驻不久, 近日); 39盏 and 5盏 are no metric)
    ("xinxiang_county_second_group_xiaoji_town_street_lamps_story", "http://ffclzx.org.cn/show-256644.html", "news", """新乡县:灯亮了 群众的心暖了
发布时间:2024-11-20 19:20:53 作者:佚名 来源: 中共河南省纪委监委网站
“路灯终于修好了,晚上散步遛弯再也不担心看不清路况了。”……近日,新乡县委第二巡察组再次来到该县小冀镇冀兴广场查看路灯修复情况,正在广场活动的群众表达着心中的感激之情。
此前,新乡县委第二巡察组进驻小冀镇,对小冀镇党委开展常规巡察。为全面了解群众急难愁盼,刚进驻不久,巡察组就组织人员对小冀镇镇域进行走访。
……经详细了解,该广场共有39盏路灯长时间不亮,该镇香港路也有5盏路灯不亮。……
根据了解的情况,巡察组立即将该问题向小冀镇党委进行反馈,并下达立行立改交办单,督促尽快解决,以实际行动回应群众关切。
……
""", {"unit": "小冀镇党委", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://ts.tongshan1.cn/p/161083.html (a county group's street-order story on a county broadcaster's page; r12 holds
    # another portal's entry of the same county's first group at the federation of industry and commerce (2017), another
    # event: 县委第二巡察组 as written; the unit as the visit names it (对厦铺镇党委及下属村(社区)党组织开展…巡察), the
    # village the group walked no unit; 自今年10月8日起 has no year in the text: no start; 为期两个月左右 is a planned length:
    # no end)
    ("tongshan_second_group_xiapu_town_street_order_story", "https://ts.tongshan1.cn/p/161083.html", "news", """云上通山报道:(通讯员 谢康)“门口占道经营的摊位搬走了,车辆停放也整齐了,垃圾及时清理了,整个厦铺街宽敞整洁多了,住得更舒心了,巡察还真有作用!”近日,厦铺镇厦铺村村民程大哥笑呵呵地向巡察组讲起了村里最新的变化。
自今年10月8日起,县委第二巡察组对厦铺镇党委及下属村(社区)党组织开展为期两个月左右的巡察,巡察期间坚持问题导向,紧扣监督重点,聚焦群众关注的热点问题。
在厦铺村走访时,有村民反映街道存在商贩占道经营、车辆乱停乱放、垃圾清运不及时的情况。……
……县委第二巡察组将厦铺村街道占道经营、乱停乱放、垃圾清运不及时问题纳入问题清单,并把提升村容村貌、改善人居环境作为整改目标,督促厦铺镇党委落实到位。
……
""", {"unit": "厦铺镇党委", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a district group's stairwell story under the district inspection office's
    # byline, dated 2022-05-23: 区委第二巡察组 as written; the group's visited body is not named (it received a complaint and
    # handed the matter to 街道党工委), so the unit is left unscored; 4月中旬 is part of a month and a complaint's time: no
    # start; 20人次, 3车 and 10车 are no metric)
    ("yuhu_second_group_zhongxin_community_stairwell_story_no_url", "search corpus pages (no URL returned)", "news", """区委巡察办:巡察促小区人居环境发生质变
2022-05-23 14:59:55          来源:区委巡察办 | 编辑:梅晓蕾 | 作者:李洁 常岚
雨湖新闻网讯(通讯员 李洁 常岚)“不用再捂着鼻子上下楼了。”“每天出门不再担心被狗追着咬了。”火灾导致楼道环境卫生脏乱差、居民家中和过道垃圾废品堆积成山、流浪狗扰民等问题不断困扰着广场街道中心社区兴安村7栋的居民,反映多次仍未彻底解决。区委第二巡察组接到群众反映后,立即将问题交办给街道、社区。……
4月中旬,中心社区兴安村7栋居民反映,……区委第二巡察组接到群众反映后,立即赶赴现场察看情况,……巡察组立即将这些问题交办给街道党工委,要求限期整改,切实改善人居环境。
……截至目前,街道共计投入20人次,累计清运垃圾压缩车3车,拖拉机10车,对储藏室进行了封闭,小区人居环境大变样。
""", {"group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.dingnan.gov.cn/dnxzf/lqdwcj/202308/80c570daf24448528b020f4661cd87b1.shtml (a county group's drainage story
    # on the county government's portal, dated 2023-08-28: 定南县委第一巡察组 read short (settled 9); the visit names the town
    # (进驻天九镇开展巡察工作) and the text names its committee (向天九镇党委下发…移交表), so the unit is the committee
    # (settled 15); the village where the ditch runs no unit; no day of the visit is told (日前, 近日))
    ("dingnan_first_group_tianjiu_town_drainage_story", "http://www.dingnan.gov.cn/dnxzf/lqdwcj/202308/80c570daf24448528b020f4661cd87b1.shtml", "news", """勤廉定南|立行立改解民忧
发布日期:2023-08-28 23:57:57
“效率就是高,前天向巡察组反映的排水渠问题,今天就有了反馈,政府安排施工人员开工了。……”近日,定南县天九镇洋田村的村民看到排水沟开始施工,在一起议论起来。
日前,定南县委第一巡察组进驻天九镇开展巡察工作时,洋田村一村民反映其在老何屋小组的水田因为道路污水直排影响农田耕种。巡察组工作人员随即和该村民一起到现场查看,……
解决这些问题的关键就是要解决排水。巡察组及时召开组务会,讨论研究排水沟即时治理的可行性。会后,巡察组立即向天九镇党委下发《巡察问题立行立改问题移交表》,并要求镇村两级立行立改。天九镇党委组织人员研究制定整改方案。……
""", {"unit": "天九镇党委", "group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://i.xpaper.net/hnrbncb/news/7628/45730/229020-1.shtml (a county group's market-street story in a province's
    # rural newspaper: term 13 and round 1 from 十三届县委启动第一轮巡察; 县委第一巡察组 as written (the group that comes to
    # check the fix); the story tells what 巡察组 found at the town without saying it visited the town's committee, so the
    # unit is left unscored; 今年 gives no date. In SHARES_TEMPLATE: r10's shenqiu_dongcheng, same paper, county and kind)
    ("shenqiu_thirteenth_term_first_round_first_group_beiyangji_town_story", "https://i.xpaper.net/hnrbncb/news/7628/45730/229020-1.shtml", "news", """走进北杨集镇,主干街道宽阔干净,道路两旁的车辆有序停放,整洁崭新的面貌令人眼前一亮。
“真的太感谢巡察组了,……”近日,沈丘县北杨集镇居民杨大爷乐呵呵地对前来督导整改的县委第一巡察组干部说道。
镇容镇貌改变了,群众的幸福感、获得感增强了。而这些“变”,得从十三届县委第一轮巡察说起。
今年,十三届县委启动第一轮巡察,巡察组在巡察中发现,北杨集镇中心街道占道经营,镇政府院内环境脏乱差。为督促问题整改到位,巡察组第一时间向北杨集镇党委、镇政府反馈了问题,并提出了整改意见。
……
(邢芳芳)
""", {"group": "县委第一巡察组", "term": 13, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- rounds: a county's, district's or county-level city's round ----------------------------------------------------
    # https://www.ycqfw.gov.cn/html/2023/g7_1214/32214.html (a district's feedback summary of its round on the district's
    # discipline portal: term 14 and round 4 from 十四届区委第四轮巡察; the visit's span with its years (2023年8月5日至9月28日);
    # 近日 gives no feedback day; the five bodies named in the round's list are its units, the round-level unit "" (a
    # round's text); 龙光等11个村(社区)党组织 names one village as an example before a count: no unit (as r24's 市国资委等8家
    # is read); each body's problems are listed in its own paragraph, so no one problems count is scored; the list of
    # problems is cut after the second body's)
    ("qiongshan_fourteenth_term_fourth_round_five_bodies_feedback_summary", "https://www.ycqfw.gov.cn/html/2023/g7_1214/32214.html", "rounds", """十四届区委第四轮巡察情况全部反馈完毕
2023-12-14 17:18:55 作者: 编辑:蒋健 来源:琼台福地微信公众号
根据十四届区委第四轮巡察工作部署,2023年8月5日至9月28日,区委派出3个巡察组,分别对区卫生健康委员会党组、区妇幼保健院党总支、区旅游和文化体育局党组、区科学技术工业信息化局党组、龙塘镇党委等5个党组织开展常规巡察,并延伸巡察全部基层党组织;对龙塘镇党委所辖的龙光等11个村(社区)党组织开展直接巡或镇村(社区)一体巡。
近日,区委巡察组分别向上述党组织反馈了巡察情况,现将本轮巡察发现的主要问题摘编如下:
区卫生健康委员会党组存在的主要问题
一是落实上级决策部署不够到位,医疗集团建设进展缓慢。二是谋划提升医疗保障能力用心不足,国家级慢性病示范区创建工作开展滞后。……七是落实选人用人规定不严格,部分重点岗位长期未交流轮岗。
区妇幼保健院党总支存在的主要问题
一是未严格控制医疗费用不合理增长,深化妇幼医疗卫生体制改革有差距。……
""", {"unit": "", "units": ["区卫生健康委员会党组", "区妇幼保健院党总支", "区旅游和文化体育局党组", "区科学技术工业信息化局党组",
                            "龙塘镇党委"],
      "term": 14, "round": 4, "start": date(2023, 8, 5), "end": date(2023, 9, 28), "feedback_date": None, "figures": []}),
    # http://www.jjjjjc.gov.cn/html/wenzhang_419604.html (a district's mobilisation of its round on the district's discipline
    # portal, whose other page outside_c's jiujiang holds (wenzhang_751987, the eighth committee's second round: another
    # round): term 7 and round 4 from 本轮巡察是七届区委第四轮巡察 (七届区委十九大后首轮 is its place after the congress);
    # the two bodies the groups visit are its units, the round-level unit ""; 2017年12月29日 is the mobilisation: no start;
    # 为期一个月 is a planned length: no end; the earlier three rounds' totals (发现问题135个, 移交问题线索91件) are not this
    # round's, so figures are left unscored rather than read either way)
    ("jiujiang_seventh_term_fourth_round_two_bodies_mobilisation_2017", "http://www.jjjjjc.gov.cn/html/wenzhang_419604.html", "rounds", """2017年12月29日下午,鸠江区委巡察工作领导小组召开了七届区委十九大后首轮巡察工作动员会。本轮巡察共派出两个巡察组,分别对区经发委、区招商局开展为期一个月的巡察。
动员会上,传达了区委书记在听取上轮巡察情况汇报时对区委巡察工作提出的四点要求,……
据悉,本轮巡察是七届区委第四轮巡察。前三轮已巡察14个党组织,包括6个村(社区)、6个区直部门、2个区属国有企业,共发现问题135个,移交问题线索91件。
""", {"unit": "", "units": ["区经发委", "区招商局"], "term": 7, "round": 4, "start": None, "end": None,
      "feedback_date": None}),
    # https://www.clnews.cn/content/646047/57/15764269.html (a county's mobilisation of its round on the county's media
    # centre portal: term 13 and round 13 from 十三届县委第十三轮巡察动员部署会; the five bodies of the regular round are its
    # units as written (two of them county groups, named short: 洣水集团, 犀城集团), the round-level unit ""; the
    # farmland-project special round run beside it names no body; 3月13日 is the mobilisation, without a year: no start)
    ("chaling_thirteenth_term_thirteenth_round_five_bodies_mobilisation", "https://www.clnews.cn/content/646047/57/15764269.html", "rounds", """3月13日,十三届县委第十三轮巡察动员部署会召开。县委常委、纪委书记、监委主任曾广参加。
会议宣读了授权文件;第十三轮被巡察单位党组织负责人代表作表态发言;安排部署了本轮巡察任务:常规巡察对象为县委社会工作部、县委网信办、县供销社、洣水集团、犀城集团,同时开展高标准农田建设项目专项巡察。
……
来源:茶陵融媒
""", {"unit": "", "units": ["县委社会工作部", "县委网信办", "县供销社", "洣水集团", "犀城集团"], "term": 13, "round": 13,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://w.mencius.gov.cn/index.php/cms/item-view-id-17314.shtml (a county-level city's mobilisation of its round on the
    # city's news portal, dated 2023年02月27日: term 15 and round 3 from 十五届市委第三轮巡察工作动员部署会议; the five towns
    # the round visits are its units as written (settled 8), their villages counted by kind no units, the round-level
    # unit ""; 2月24日 is the mobilisation: no start; 5月下旬前结束现场巡察 is part of a month: no end (settled 11))
    ("zoucheng_fifteenth_term_third_round_five_towns_mobilisation", "http://w.mencius.gov.cn/index.php/cms/item-view-id-17314.shtml", "rounds", """十五届市委第三轮巡察工作动员部署会议召开
2023年02月27日
2月24日,十五届市委第三轮巡察工作动员部署会议召开。市委常委、组织部部长、市委巡察工作领导小组副组长张新安主持会议,市委常委、市纪委书记、市监委主任、市委巡察工作领导小组组长韩梅出席会议并讲话。
会上传达了市委书记远义彬听取巡察工作情况汇报时的讲话精神,宣布了本轮巡察组组长、副组长授权及任务分工。
……
经市委批准,本轮组建5个巡察组,对峄山镇、看庄镇、田黄镇、唐村镇、郭里镇5个镇及所属村(社区)开展常规巡察,5月下旬前结束现场巡察。
""", {"unit": "", "units": ["峄山镇", "看庄镇", "田黄镇", "唐村镇", "郭里镇"], "term": 15, "round": 3, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # --- noisy ------------------------------------------------------------------------------------------------------------
    # http://www.spocapp.com/xxgk/quanshan/2024/202410231404.html (a district group's village-sanitation story in traditional
    # script on an unrelated domain, 2024 in its address only: the group is unnumbered (區委巡察組) and not scored; the
    # visited body is not named (the villager finds the group during its visit), so the unit is left unscored; 2023年5月 is
    # when a villager came during the visit, not the visit's span, so start and end are left unscored; 100天, 53臺次,
    # 121處, 8余噸 and 18公里 are no metric)
    ("liuxin_weizhuang_village_district_group_sanitation_story_trad", "http://www.spocapp.com/xxgk/quanshan/2024/202410231404.html", "noisy", """“我們村現在衛生環境變干凈了,不僅每個月開展環境衛生評比活動,每周村里還組織一次環境集中整治,村民的環境衛生意識也越來越高了,真得感謝區委巡察組!”柳新鎮魏莊村村民張某某一提起巡察組就贊不絕口。
2023年5月,區委巡察組巡察期間,魏莊村村民張某某主動找到巡察組反映村公共排水溝堵塞,道路垃圾清理不及時,導致村內污水橫流,多次向村委會反映無果。
……巡察組經過會商后立即對鎮、村下達立行立改通知。在巡察組的監督推動下,魏莊村開展為期100天的環境整治攻堅行動,先后出動機械53臺次,清理亂堆亂放121處、畜禽糞污農業廢棄物8余噸、村內排水溝18公里,對全村進行“精打理”“細梳妝”。
……
""", {"term": None, "round": None, "feedback_date": None, "figures": []}),
]
