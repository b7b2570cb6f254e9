"""Outside texts of batch r30-held, collector B's share (issue 14), held out: county, district and city committees'
groups at work in townships, towns, streets, villages, communities and county/district departments (a city group's
feedback on six district bodies, a county group's mobilisation at a bureau, a district group's entry copied with its
digits masked, and stories of a group's visit to a bureau, town, street, village or community), and noisy copies of
such texts (traditional script, traditional script with lost characters), collected with the search tool from public
pages that are in no earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query string,
in every tests/imports/parsing/outside_*.py (outside_c, outside_new, outside_set, r6-r29d) and test_outside_documents.py
(and seeds.py), and two or three distinctive names or phrases of each text (simplified and traditional script: places,
towns, villages, streets, group leaders, term-and-round strings) likewise; at the end every address, portal and place
of each text was grepped in the other collectors' files of this pass that existed by then (see the end of this
docstring). Every text was then compared with `bench/outside_overlap.py tests/imports/parsing/outside_r30b.py` (see
below). Their fields are written down by reading only. The importer was not run on them, no test or bench that runs it
was run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring and the brief); the integrator runs them
once, and that run is the honest figure for unseen texts.

Sources. 15 texts from the search tool's "pages" corpus, all with their address; the "code" corpus and the string index
were tried once each and gave only program sources and game scripts. The corpus is exhausted for this share's notices:
of about 150 candidate addresses checked, about five in six were earlier batches' (every county, district and city round
list, entry, mobilisation, feedback and progress report the searches for 进驻/动员会/反馈/整改进展情况的通报 of towns,
streets, communities, villages and county bureaus returned: Kunming's villages, Nanling, Hengyang's Shanqiao, Huicheng,
Qin'an, Hongkou's Liangcheng, Shimen'er Road, Pulou, Zhakou, Chongchuan, Guanyang, every 科协/妇联/残联/工商联/民政局
feedback and progress report, and the stories r27b, r28b and r29b took). What still gave new texts: stories of a group at
work told under a theme (nursing homes, drinking water, public toilets, collective land and tea land, courtyard meetings,
minimum living allowances), a city group's collective feedback to a district committee (Shenyang's Heping), a county
group's mobilisation at a science bureau (Pingguo) and a district entry copied on a bidding site with its digits masked
(Hongkou). Left out after reading: Jintan's Zhixi town special round story in traditional script (smq3xa.cn; the round
is the special round on collective assets r29d holds an abstract of, and special rounds by subject are collector D's
share), Yu'an's "背包式" nursing-home round and Ninghai's nursing-home findings (round overviews with no group of their
own), Malipo's supply cooperative story (no group, no body; r28d holds another Malipo text), a simplified copy of the
Lijiang story (m.shzx.org; the traditional copy is kept), and an unnumbered county discipline commission's 督导巡察 (Ningshan).

Families and counts (15 texts, 1 in SHARES_TEMPLATE; 14 measured). progress 0 (no progress report the searches returned
was new); rounds 0; audit 0; news 12, all measured: heping_city_ninth_group_feedback_six_district_bodies_2024 (a city
group's collective feedback to a district committee: six bodies, term 14, round 4, the feedback day, seven problems),
pingguo_sixth_group_science_bureau_mobilisation (a group at a bureau's mobilisation, unit unscored), and ten stories:
xixian_third_group_civil_affairs_bureau_nursing_home_story_2021 (县民政局), jiayu_first_group_guanqiao_town_villages_elderly_centre_story
(group only: counted villages), chongyang_first_group_gangkou_township_old_age_allowance_story (group only),
lingbao_fourth_group_civil_affairs_yuling_nursing_home_story (group only), weixin_fourth_group_hanpo_courtyard_meeting_story
(group only), linxiang_fifth_term_fifth_round_qinghe_village_tea_land_story_2023 (a village, term 5, round 5; group named
under its round), zhenping_third_group_xuefeng_street_collective_land_story_2023 (雪枫街道, the one start: 2023-06-15),
nanhe_town_fourth_group_public_toilet_story_copy (南河镇), putuo_first_group_wuxing_village_water_story_2024 (五星村),
anqiu_second_group_dasheng_town_water_story_2024 (大盛镇党委); noisy 3, two measured: traditional script:
lijiang_city_first_group_sangu_village_allowance_story_trad (a group); traditional script with lost characters:
guangde_first_term_sixth_round_tuanshan_village_water_story_trad (a village, term 1, round 6; group named under its
round); in SHARES_TEMPLATE: hongkou_fourth_group_district_government_organs_entry_masked_digits (Hongkou's entry template,
r7's liangcheng, with every digit masked as *). Family totals: progress 0, news 12 (12 measured), rounds 0, audit 0,
noisy 3 (2 measured).

Fields read: 35 outside SHARES_TEMPLATE (each unit of a list, each group, term, round, start, feedback day and the problems
count; the six Heping units count one each, its round-level unit "" counts), and 75 absence checks (None for term, round,
start, end and feedback day, and [] for figures, where a careless reader might fill the field), by the collector's count;
in SHARES_TEMPLATE 2 fields and 6 absence checks. By family (outside SHARES_TEMPLATE): news 31 fields and 65 absence
checks, noisy 4 and 10. No figure is read: the stories' counts (老人7位, 3669人, 4758元, 8.9亩, 6000余元, 329户, 180余户,
几十户, 502人) are no metric, and no text states a problems, measures or clues count of a visit (Chongyang's county totals
推动整改问题1620个 over 203 villages are a term's tally, not this visit's: its figures key is left out, unscored).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r30b.py` (run at the end): 15 texts against 1734
earlier; no shared address; pairs over 3 shared shingles: 44, of which over 3 beyond formulas: 2: the Hongkou entry with
r7's liangcheng (the entry formula, 28 shingles beyond formulas: the reason it is in SHARES_TEMPLATE) and Guangde's story
with r28b's tunchang_…_bracketed_trad (the script fragment 常規(guī)巡察。期間,巡察組 only); the others share official
formulas only (坚持以习近平新时代中国特色社会主义思想为指导, 政治建设、思想建设、组织建设、作风建设、纪律建设, 委反馈了巡察情况。市委第);
longest shared run 39 characters (the Hongkou formula). The tool counts Heping's text as sharing more than formulas with
the seeds: the seed corpus holds 和平区委's progress report on the thirteenth provincial committee's fourth round
(省委第三巡视组, fed back 2024-01-07), another inspection by another body; the shared runs are Liaoning's slogans
(实施全面振兴新突破三年行动及“振兴新突破、我要当先锋”专项行动) and stock phrases (基层党组织和干部队伍建设, 落实好新时代党的组织
路线), so the text is measured. The other collectors' files of this pass (outside_r30.py, outside_r30c.py, outside_r30d.py)
existed by the end and were grepped as they stood then: none holds any address, portal domain or place of this batch
(shengjing.city, bskj.gov.cn, dahe, ysjiayu, dcwnkz, ismx, jjfz, lxjj, chuanganwang, 979952, cztvcloud, jjzix, dbw.cn,
net178, caigoupt; 息县, 嘉鱼, 崇阳, 灵宝, 威信, 临翔, 马台, 镇平, 雪枫, 南河镇, 六横, 五星村, 安丘, 大盛, 丽江, 古城区, 广德,
升平, 平果, 和平区, 虹口, 十四届市委第四轮, 市委第九巡察组).

Reading conventions (outside_set.py's settled conventions 1-12 and the fuller written conventions of outside_r24.py's and
outside_r29b.py's docstrings followed exactly): a day without a year gives no date unless the text's dated line gives its
year (Heping's 1月17日 in a text dated 2024年01月18日 is its feedback day, 2024-01-17; Pingguo's 7月26日 has none and is a
mobilisation day anyway); a day told with its year on which a group began the visit is the start (Zhenping's 2023年6月15日,
县委第三巡察组开始对雪枫街道…开展…常规巡察, settled 10), but parts of months give none (settled 11: Xixian's 12月初, Putuo's 3月
中旬), nor a month alone (settled 12: Guangde's 去年5月, Jiayu's 5月份), nor 今年上半年, 去年年底 or 近日; a planned length
(为期两个月) gives no end (settled 10); a group named with its owner's place in front is written short (settled 9: 信阳市息县县委
第三巡察组 -> 县委第三巡察组, 崇阳县委第一巡察组 -> 县委第一巡察组, 灵宝市委第四巡察组 -> 市委第四巡察组, 安丘市委第二巡察组
-> 市委第二巡察组, 麗江市委第一巡察組 -> 市委第一巡察组); a group named under its round (五届临翔区委第五轮巡察第三巡察组,
一屆市委第六輪巡察第五巡察組) is not scored, as r29b's Hepu, but one the text names with its number on its own is (Heping's
市委第九巡察组); a round or term named with the committee that runs it is the text's (十四届市委第四轮, 五届临翔区委第五轮,
一屆市委第六輪); the visited body is written as the visit names it (对县民政局展开了常规巡察, 进驻马台乡清河村, 对雪枫街道及所辖…
开展…巡察, 巡察南河镇期间, 进驻五星村, 对大盛镇党委及所辖村级党组织开展巡察, 進駐該市升平街道團山村), counted villages and
communities are no units (settled 8: 雪枫街道及所辖的七个村、三个社区, 官桥镇五村一社区, 县委各巡察组共进驻8个村), and a
village, hamlet or home where a group only walked, met or checked (高田乡寒坡村民小组, 港口乡畈上村, 豫灵镇敬老院, 金安鎮三古村)
is no unit; expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it: Heping's text is read as round-level (unit "") with the six bodies of its full
list as units (区委宣传部…长白街道, as written there; the first mention 和平区委宣传部等六家单位 is an example before a count),
though the feedback meeting is held with 和平区委 (the six bodies' committee, not an inspected body); its seven findings
separated by semicolons after 发现的主要问题有 are counted as 7 problems; its group is scored although one group reports on
six bodies (r12's panji reading expects the group too). Pingguo's unit is left unscored: the visit is written
巡察科技局党组 (with a lost 组 after 第六巡察) and the body 县科技局党组 only in its secretary's title, so the notation is
uncertain. Lingbao's bureau (巡察民政局期间, later 该市民政局) and Xixian's 县民政局 differ only in how plainly the visit is
written: Xixian's 对县民政局展开了常规巡察 is scored, Lingbao's bare 民政局 is left unscored. Chongyang's visit body is not
named (the group 在巡察时发现该乡…) and is left unscored; Jiayu's 官桥镇五村一社区 is a count of bodies, no unit. The Nanhe
story names no county (Gucheng's 南河镇 by its portal's province): its town is scored as the visit names it (巡察南河镇期间).
Zhenping's and Nanhe's copies sit on unrelated domains (a sensor news site, a 快讯 site) with "(相关资料图)" and "关键词:"
left in; they are read as news, as r29b read Honghe's copy. The Hongkou entry shares r7's liangcheng template (same
portal's entry formula, another group and body; the round cannot be told, its digits being masked), so it is in
SHARES_TEMPLATE. Linxiang's story is on the district's own portal (lxjj.gov.cn), another round (the fifth) than r29b's
tenth-round story (lcjjjc.gov.cn) and r10's fourth-round notice: measured.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # Hongkou's entry formula (根据区委统一部署,近日,区委第X巡察组进驻…召开…进驻工作动员会…在讲话中强调…自…起,进驻…开展为期…的巡察),
    # r7's liangcheng (区委第二巡察组 at 凉城新村街道); another group and body, the round unknown (digits masked); the bidding
    # mirror also holds r28b's donggang story, another text
    "hongkou_fourth_group_district_government_organs_entry_masked_digits",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R30B = [
    # --- news: a city's, county's or district's group at a district body, a bureau, a town, street, village or community --
    # http://shengjing.city/9/content_94897.html (a city group's collective feedback to a district committee on six bodies,
    # with its dated line, 2024: term 14 and round 4 from 十四届市委第四轮; the group as the text names it on its own
    # (市委第九巡察组), though the title names it under its round; round-level, unit "", the six bodies of the full list as
    # written (区委宣传部…长白街道); 1月17日 takes the dated line's year: feedback 2024-01-17; seven findings separated by
    # semicolons after 发现的主要问题有: problems 7; no visit span is told: start and end None)
    ("heping_city_ninth_group_feedback_six_district_bodies_2024", "http://shengjing.city/9/content_94897.html", "news", """和平区召开十四届市委第四轮第九巡察组集中反馈会议

根据市委部署,1月17日下午,市委第九巡察组向和平区委反馈了巡察情况。市委第九巡察组组长赵立勇向和平区委反馈了本轮巡察和平区委宣传部等六家单位的巡察结果。市委宣传部副部长赵书科出席会议并讲话。和平区委副书记、区长张德主持会议并作表态讲话。

2024年01月18日

根据市委部署,1月17日下午,市委第九巡察组向和平区委反馈了巡察情况。市委第九巡察组组长赵立勇向和平区委反馈了本轮巡察和平区委宣传部等六家单位的巡察结果。市委宣传部副部长赵书科出席会议并讲话。和平区委副书记、区长张德主持会议并作表态讲话。

赵立勇组长指出,和平区委坚持以习近平新时代中国特色社会主义思想为指导,在实施全面振兴新突破三年行动及“振兴新突破、我要当先锋”专项行动以来,各项工作取得新的积极进展,总体呈现向上向好态势。本轮巡察区委宣传部、区委统战部、区委政法委、南市场街道、马路湾街道、长白街道等六家单位过程中发现的主要问题有:结合实际贯彻落实中央各项决策部署不到位;履行管党治党政治责任压得不实;作用发挥不充分;街道综合治理不到位;基层党组织和干部队伍建设存在薄弱环节;落实整改工作不到位;落实优化营商环境建设工作不深入。

赵立勇组长对本轮巡察整改工作提出了三点意见建议:一是加强学习,始终把牢正确的政治方向。二是强化领导,坚定不移全面从严治党。三是固本强基,落实好新时代党的组织路线。
……
""", {"unit": "", "units": ["区委宣传部", "区委统战部", "区委政法委", "南市场街道", "马路湾街道", "长白街道"],
      "group": "市委第九巡察组", "term": 14, "round": 4, "start": None, "end": None,
      "feedback_date": date(2024, 1, 17), "problems": 7, "figures": []}),
    # http://bskj.gov.cn/web_root/frontend/web/site/view?id=2660 (a county group's mobilisation at a science bureau, on the
    # bureau's site: the group as its leader's title names it (县委第六巡察组组长); the visit written 巡察科技局党组 with a lost
    # 组 and the body 县科技局党组 only in a title: unit unscored; 7月26日 is a mobilisation day without a year: no start)
    ("pingguo_sixth_group_science_bureau_mobilisation", "http://bskj.gov.cn/web_root/frontend/web/site/view?id=2660", "news", """平果县科技局领导班子十分重视县委巡察工作。7月26日,平果县科技局召开县委第六巡察科技局党组工作动员会,部署迎接县委第六巡察科技局党组相关工作。
会上,县委第六巡察组组长韦香红同志作了重要讲话,她强调县委巡察工作的重要性和必要性,并要求大家积极配合做好巡察工作。
接着,县科技局党组书记闭余东同志代表局党组汇报工作,简要介绍了本局概况和党建工作总体情况,着重汇报了党组加强党的政治建设、思想建设、组织建设、作风建设、纪律建设和深入推进反腐败斗争等情况。
……
图为县委第六巡察科技局党组工作动员会现场情景
□平果县科学技术局办公室
""", {"group": "县委第六巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://city.dahe.cn/2021/12-23/940826.html (a county group's nursing home story with its dated line, 2021: 信阳市息县
    # 县委第三巡察组 read short (settled 9); the bureau as the visit names it (对县民政局展开了常规巡察); 12月初 is part of a
    # month: no start (settled 11))
    ("xixian_third_group_civil_affairs_bureau_nursing_home_story_2021", "https://city.dahe.cn/2021/12-23/940826.html", "news", """息县巡察办:发现“小问题”解决“大民生”

2021年12月23日17:26

来源:大河网

大河网讯 院内环境干净整洁,老人的房间窗明几净,床单被褥整洁如新,厨房里的留样食品柜贴上了标签……

近日,当信阳市息县县委第三巡察组人员再次来到杨店乡十里桥敬老院时,敬老院的变化让巡察人员耳目一新。……

12月初,县委第三巡察组对县民政局展开了常规巡察,并延伸巡察乡镇敬老院。来到杨店乡十里桥敬老院,巡察人员发现,五保户老人张相德的床铺被服有污痕,同房间的汪魁床铺不整洁,人容人貌差,巡察人员当场指出:“养老服务一直是全社会关注的重点,如果连老人的日常生活环境都保证不了,如何让他们老有所养、老有所乐!这些问题要立即整改!”乡民政所负责人当即表示按质按时整改。

县民政部门接到县委第三巡察组下发的《立行立改通知书》后,高度重视、及时整改、并举一反三,对养老院的人居环境进行清洁打扫、规范日常护理和用餐制度,提升了服务质量,全县敬老院环境卫生、管理服务水平得到了明显改善。
……
""", {"unit": "县民政局", "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.ysjiayu.cn/p/65869.html (a county group's elderly care centre story on the county's news site: the group as
    # written; 官桥镇五村一社区 is a count of bodies inside a town (settled 8): unit unscored; 今年上半年 and 5月份 give no
    # start (settled 12); 8户, 502人 are no metric)
    ("jiayu_first_group_guanqiao_town_villages_elderly_centre_story", "http://m.ysjiayu.cn/p/65869.html", "news", """【下基层察民情解民忧暖民心】巡察一线兑现承诺解民忧

07-26 09:15

云上嘉鱼报道(全媒体记者熊琦 通讯员廖大焱 李志锐)“这是政府刚安装好的新空调和风扇。”……近日,县委第一巡察组到官桥镇官桥村老人互助照料中心回访督查时,居住在此的8户老人纷纷走了过来,围着巡察组成员高兴地说道。

今年上半年,自县委第一巡察组对官桥镇五村一社区开展巡察工作以来,始终把提高群众满意度作为检验巡察工作成效的标准,并结合“下基层察民情解民忧暖民心”实践活动,全体巡察干部进村入户,对民生问题小事快办、急事特办,真正做到办实事解民忧,真心实意暖民心。

5月份,巡察组在官桥村巡察时,了解到该村常年居住的60岁以上的老年人达502人,由于子女外出务工经商,很多老人留守在家,生活存在诸多不便。……巡察组连夜召开组务会,把该类问题作为群众“急难愁盼”问题迅速督办,立即向官桥镇和官桥村发出《立行立改函》,同时,明确专人定期检查跟进督办。
……
""", {"group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://dcwnkz.com/new/722139668421809152 (a county group's old-age allowance story copied from the city's news site:
    # 崇阳县委第一巡察组 read short (settled 9); the visit's body is not named (在巡察时发现,该乡…; feedback to 港口乡党委 of a
    # problem): unit unscored; no day is told; the county's totals (203个村…推动整改问题1620个,督促立行立改47件) are a term's
    # tally over every village, not this visit's: figures left unscored)
    ("chongyang_first_group_gangkou_township_old_age_allowance_story", "https://dcwnkz.com/new/722139668421809152", "news", """咸宁网讯记者谭宏宇、通讯员廖宗贵、陈君益报道:“庞大爷,您的高龄津贴批下来了,以后每月都会准时到账。”听到乡干部带来的消息,崇阳县港口乡畈上村80多岁的庞大爷激动不已。这一暖心场景,源于一次精准的数据比对——崇阳县委第一巡察组在巡察时发现,该乡有7位老人因政策宣传不到位,迟迟未能享受高龄津贴。
“组长,港口乡高龄补贴发放名单和实际不符,有7人不在名单上……”在崇阳县委第一巡察组组务会上,巡察干部小张的汇报引起了重视。
……
“高龄津贴是党和政府对老年人的关怀,漏发问题必须立即整改。”巡察组随即召开立巡立改交办会,严肃向港口乡党委反馈问题。港口乡党委迅速行动,两天内为7位老人补办完所有手续,并组织全乡排查,建立“一月一排查、一季度一复核”动态管理机制,确保不漏一人。
……
截至目前,该县已完成对203个村(社区)党组织的巡察全覆盖,推动整改问题1620个,督促立行立改47件,推动解决了生态环保、道路出行等一批民生难题。
……
""", {"group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None}),
    # https://szb.ismx.cn/smxrb/html/2024-10/25/content_824686.htm (a county-level city group's nursing home story in the
    # city's paper: 灵宝市委第四巡察组 read short (settled 9); the bureau is written bare (巡察民政局期间, later 该市民政局): unit
    # unscored; 近日 and 7月份 give no dates; 50多名, 6000余元, 120元 are no metric)
    ("lingbao_fourth_group_civil_affairs_yuling_nursing_home_story", "https://szb.ismx.cn/smxrb/html/2024-10/25/content_824686.htm", "news", """“您好,我们是巡察组工作人员。请问您对敬老院的服务是否满意?有什么意见和建议?”
“哦,有个问题巡察组能不能了解一下?”
“请讲,我们一定尽力。”
“我们50多名老人以前每月都能领到30元零花钱,但是从7月份到现在一直没有发。”
“好的,我们一定尽快解决。”
这是近日灵宝市委第四巡察组巡察民政局期间在豫灵镇敬老院走访调研时收到的群众反映。
……
了解情况后,巡察组立即向该市民政局下达了整改通知书,要求限期整改到位。3天后,豫灵镇敬老院51名集中供养老人都领到了拖欠4个月的零花钱,共计6000余元。
……(谭永刚)
""", {"group": "市委第四巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://jjfz.org.cn/show-95511.html (a county group's courtyard meeting story on a discipline news site: 县委第四巡察组 as
    # written; the hamlet is where a meeting was held and the round's villages are counted (共进驻8个村): unit unscored; no
    # day is told; 8.9亩, 4758元, 17场次 are no metric)
    ("weixin_fourth_group_hanpo_courtyard_meeting_story", "http://jjfz.org.cn/show-95511.html", "news", """几条板凳、一张桌子、一壶苦丁茶……晚风轻拂,带来阵阵清凉,在威信县高田乡寒坡村民小组一户村民的院坝里,县委第四巡察组召开的一场院坝会正在进行。
“今天召集大家前来,是向大家反馈退耕还林补助金集体部分已追回的事情。”巡察组组长话音刚落,现场就响起了热烈的掌声。
此前,也是在这样一场院坝会上,有群众向第四巡察组反映该村组退耕还林补助金集体部分去向不明的问题。经查阅资料、个别谈话和实地走访,巡察组了解到该村民小组原组长黄某将集体的8.9亩退耕还林面积计入自家户头,多领取补助金4758元的事实。……
夏末秋初,正是群众田间劳作最为忙碌的时刻,如何让更多村情民意有效“浮上来”?威信县委巡察办积极探索对村巡察监督有效路径,让巡察组蹲点驻村,……开展巡察期间,县委各巡察组共进驻8个村,开展“院坝夜话”17场次,近距离向群众了解问题,摸实摸透基层情况,切切实实成为群众身边的“知心人”。
……
""", {"group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.lxjj.gov.cn/7/content/41823160632744.html (a district round's tea land story on the district's own portal,
    # 2023 (r29b's tenth-round story is on the city's portal, r10's fourth round a notice): term 5 and round 5 from 五届临翔区委
    # 第五轮; its group is named only under the round (…第五轮巡察第三巡察组): not scored; the village as the entry names it
    # (进驻马台乡清河村); 2019年 and 2022年 are the dispute's years; 2亩 is no metric)
    ("linxiang_fifth_term_fifth_round_qinghe_village_tea_land_story_2023", "http://www.lxjj.gov.cn/7/content/41823160632744.html", "news", """巡察组在行动丨集体茶地回归记

时间:2023-03-23 16:05:32   作者:杨学东 王倩   来源:临翔区委巡察办    点击:0

“村级党组织面对集体利益被私人侵占时底气不足,跟踪落实不力。”这是五届临翔区委第五轮巡察第三巡察组进驻马台乡清河村,与村组干部谈话时高频出现的一句话,但是当巡察组深入询问时,村组干部却又含糊其辞。

为查清背后的原委,巡察组白天正常开展工作,晚饭后分头到小组长、农户家中拉家常,逐渐打消了他们的顾虑,在拉家常中开始谈及对村“两委”班子的看法。
……
经走访及现场查看,巡察组发现该茶地共有2亩,属于清河村集体资产,却被清河村街子组村民李某某以村里开展公益事业占用其土地为由长期侵占。2019年马台乡政府组织人员到现场进行调解,李某某当时同意调解,但由于村“两委”没有及时跟踪落实后续问题,李某某趁机反悔不愿归还茶地。2022年清河村“两委”换届后,新班子一直没有拿出具体措施收回被占用的茶地,村民们对此颇有怨言。
……
""", {"unit": "马台乡清河村", "term": 5, "round": 5, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://m.chuanganwang.cn./zixun/zonghe/20230808/166896.html (a county group's collective land story copied on a sensor
    # news domain: 县委第三巡察组 as written; the street as the visit names it (对雪枫街道及所辖的七个村、三个社区开展…常规巡察),
    # its counted villages and communities no units (settled 8); 2023年6月15日, the day the group began the visit, is the
    # start (settled 10); 为期两个月 is a planned length: no end; 二十余年 and 6户 are no metric)
    ("zhenping_third_group_xuefeng_street_collective_land_story_2023", "http://m.chuanganwang.cn./zixun/zonghe/20230808/166896.html", "news", """(相关资料图)
大河网讯 “我们原来以为巡察组下来就是简单看看、走走过场,没想到这次真把搁置二十余年的问题解决了。”“王组长,租地款已入村集体账户了!”近日,镇平县雪枫街道牛王庙村、南张庄村群众纷纷向县委第三巡察组反馈好消息。
根据镇平县委统一部署,2023年6月15日,县委第三巡察组开始对雪枫街道及所辖的七个村、三个社区开展为期两个月的常规巡察。每到一个村(社区)王组长都要座谈了解村级集体三资的管理使用情况。……
巡察组一边查阅相关财务资料,一边组织村组干部、“五老”人员对村集体土地进行认真核实。经了解,牛王庙村集体土地常年被村内6户群众耕种,村委多次催要承包费无果。……
“集体土地属于集体资产,租金收益事关集体利益,绝不能流失,不管面积大小,一定要收回来。”掌握情况后,县委第三巡察组立即将该问题向这两个村党支部进行交办。……
""", {"unit": "雪枫街道", "group": "县委第三巡察组", "term": None, "round": None, "start": date(2023, 6, 15), "end": None,
      "feedback_date": None, "figures": []}),
    # http://kuaixun.979952.com/kuaixun/2023/0605/9142.html (a county group's public toilet story copied from a province
    # paper's app on a news-flash domain, the county unnamed: 县委第四巡察组 as written; the town as the visit names it
    # (县委第四巡察组巡察南河镇期间); no day is told)
    ("nanhe_town_fourth_group_public_toilet_story_copy", "http://kuaixun.979952.com/kuaixun/2023/0605/9142.html", "news", """(相关资料图)
湖北日报客户端讯(通讯员 吴红杰 )“这个公共厕所水管终于修好了,垃圾杂物也清运走了,干净整洁多了。”南河镇兴隆村群众高兴地说道。
然而,就在一个月前,该厕所却是另一番“景象”。……南河镇是个旅游乡镇,公共厕所存在的问题不仅影响村容村貌和附近群众的日常生活,而且影响乡村旅游业的发展。县委第四巡察组巡察南河镇期间,收到群众的问题反映后,立即深入一线开展走访调查,发现被反映的公共厕所水管破损,厕所内十分脏乱,经过此处的路人,都是掩鼻匆匆而过。民生无小事。巡察组当即将公共厕所问题列入“立行立改”清单,移交南河镇党委,建议马上“行”立刻“改”,以聚焦民生问题为切入点,集中发力解决一批“老大难”问题。
……“巡察成果要真正见到实效,关键看整改,重点在监督。……”县委第四巡察组组长说道。
关键词:
""", {"unit": "南河镇", "group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://paper.cztvcloud.com/jrpt/pc/content/202405/16/content_454536.html (a district group's water story in the district's
    # paper, 2024: 区委第一巡察组 as written; the village as the entry names it (进驻五星村); 3月中旬 is part of a month: no start
    # (settled 11); 几十户 is no metric)
    ("putuo_first_group_wuxing_village_water_story_2024", "http://paper.cztvcloud.com/jrpt/pc/content/202405/16/content_454536.html", "news", """本报讯(通讯员 朱贝儿 记者 夏涵婷)“以前天气热时,要守着水龙头,前一天滴水攒够两桶,第二天才勉强够生活,多亏了你们帮忙,再也不用操这份心啦。”看到上门来做回访工作的巡察组干部,家住六横镇五星村的王大妈满脸笑意。
事情还得从今年对村里的巡察说起。3月中旬,区委第一巡察组进驻五星村,在与该村多名党员及村民代表的谈话中了解到,每到夏季或用水高峰期,住在高处的几十户村民家,自来水管总是上不来水,给生活带来诸多不便,也成了他们绕在心间的一个“结”。
……
原来,五星村地处六横镇地势较高的西北部,全村水管水压本就偏低,……在锁定问题根源后,巡察组第一时间与六横镇党委沟通,要求镇党委切实扛起巡察整改主体责任,因村施策,立行立改。
……
""", {"unit": "五星村", "group": "区委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://jjzix.org.cn/show-125747.html (a county-level city group's water pipe story on a discipline news site, 2024: 安丘市委
    # 第二巡察组 read short (settled 9); the town's committee as the visit names it (对大盛镇党委及所辖村级党组织开展巡察);
    # no day is told; 7个村, 2个村329户, 4个乡镇共38个村 are no metric)
    ("anqiu_second_group_dasheng_town_water_story_2024", "http://jjzix.org.cn/show-125747.html", "news", """安丘市:群众用水不再难
发布时间:2024-09-18 作者:佚名 来源:山东省纪委监委网站
“多亏了你们巡察组,村里自来水管道终于改造好了,再也不用每天早上用桶接水了。”近日,安丘市委第二巡察组工作人员到大盛镇北石家营村回访,村民于大爷边说边拧开水龙头,干净清澈的自来水哗哗流出。
此前,安丘市委第二巡察组采取“镇村一体巡”方式对大盛镇党委及所辖村级党组织开展巡察,在北石家营村入户走访时,有不少村民向巡察组反映,村里用水很不方便,只有一早一晚水龙头里才有水,不能保障全天供应自来水。……
经走访了解,巡察组发现该镇7个村自来水管道不同程度存在“跑冒滴漏”问题,……在巡察组督促推动下,大盛镇党委立即成立工作专班对北石家营村、东山北头村自来水管网进行实地勘查,研究制定改造方案,积极筹措资金完成了2个村329户的自来水管网改造提升,……
为深化巡察成果运用,……该市市委巡察工作领导小组将农村农业用水、群众饮水等问题作为巡察监督重点,推动全市4个乡镇共38个村通过降低水价、改造管网、维修农田灌溉设施等改善村级供水条件,……
""", {"unit": "大盛镇党委", "group": "市委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- noisy ------------------------------------------------------------------------------------------------------------
    # https://internal.big5.dbw.cn/system/2017/04/14/057603403.shtml (a city group's minimum living allowance story in
    # traditional script on a provincial portal's big5 mirror (a simplified copy on m.shzx.org is not kept): 麗江市委第一
    # 巡察組 read short (settled 9), written simplified; the village committee is where the group checked papers and the
    # round's body is not named: unit unscored; 去年年底 gives no date; 3669人, 3000多元, 1600多元 are no metric)
    ("lijiang_city_first_group_sangu_village_allowance_story_trad", "https://internal.big5.dbw.cn/system/2017/04/14/057603403.shtml", "noisy", """原標題:麗江市古城區清退低保及特困供養人員3669人

經過1個多月的排查,截至目前,雲南麗江市古城區共清退城鄉低保及特困供養人員3669人。
獲得如此大規模的清退結果,源於去年年底麗江市委第一巡察組工作人員收到的一條短信。短信內容是:『農村低保金可以平均分配嗎?』這條短信,引起了巡察組的高度重視。
在該工作人員收到短信的第二天,沒有通知任何單位和個人,巡察組的工作人員就來到古城區金安鎮三古村村委會。在查看農村低保資金發放材料中,他們發現了問題:空濾村的低保金領取簽名只有一個人的名字。
巡察組工作人員決定進村。村委會乾部焦急地表示,村寨偏遠,他們要陪同,但巡察組拒絕了。
……
老人的家庭幾年來連遭不幸,經濟十分困難,是村裡的低保戶,按照政策每年有3000多元的低保金。……
""", {"group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.net178.cn/dy/article/K1V0A84U05346936.html?f=post2020_dy_recommends (a county-level city round's water story
    # in traditional script with lost characters (?) on an unrelated domain: term 1 and round 6 from 一屆市委第六輪; its
    # group is named only under the round (…第六輪巡察第五巡察組): not scored; the village as the entry names it (進駐該市升平街道
    # 團山村), written simplified; 去年5月 has no day (settled 12); 180余户, 三年 are no metric)
    ("guangde_first_term_sixth_round_tuanshan_village_water_story_trad", "http://www.net178.cn/dy/article/K1V0A84U05346936.html?f=post2020_dy_recommends", "noisy", """“以前供水不穩(wěn)定,遇到干旱、暴雨等極端天氣,不是停水就是水質(zhì)渾濁,現(xiàn)在好了,不僅水流大,水質(zhì)也有了保障,我們用著放心!”看著自家水龍頭里嘩嘩流淌的自來水,家住廣德市升平街道團山村的村民占財喜笑得合不攏嘴。
涓涓清水的背后是廣德市委巡察機構(gòu)以“小切口”破題,推動守護民生溫度的實踐與行動。
去年5月,一屆市委第六輪巡察第五巡察組進駐該市升平街道團山村開展常規(guī)巡察。期間,巡察組梳理了此前三年12345政務(wù)服務(wù)熱線反映的問題,發(fā)現(xiàn)該村群眾反映飲用水問題十分頻繁。
……
經(jīng)查,升平街道團山村各村組主要由廣德市第二自來水廠集中供水,而團山村村民反映的飲用水問題主要集中在方山?jīng)_片區(qū),……盼望用上“放心水”也成了附近180余戶村民的“心頭愿”。
“飲用水問題關(guān)系到群眾的日常生活,一刻也不能耽誤,必須馬上解決!”巡察組立即將問題反饋給升平街道黨工委,并要求主管部門廣德市水利局配……
""", {"unit": "升平街道团山村", "term": 1, "round": 6, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://bid.caigoupt.com/info-313634635.html (a district group's entry copied on a bidding site with every digit masked
    # as *: Hongkou's entry template, r7's liangcheng: SHARES_TEMPLATE; the body as the entry names it (进驻区政府机关党组),
    # 区机管局 only 重点延伸了解: units not scored; the entry and span are masked: no start, no end)
    ("hongkou_fourth_group_district_government_organs_entry_masked_digits", "http://bid.caigoupt.com/info-313634635.html", "noisy", """上海虹口虹口区委第四巡察组进驻区政府机关党组开展巡察工作
查看隐藏内容(*)需先登录
根据区委统一部署,近日,区委第四巡察组进驻区政府机关党组,对区政府机关党组开展巡察,并重点延伸了解区机管局。*月**日下午召开进驻工作动员会,区委第四巡察组组长牟元舫就巡察工作进行了动员,通报巡察任务、总体安排,并就做好本轮巡察工作提出要求。区政府机关党组书记、区府办主任刘玉伟主持会议并就配合做好巡察工作表态发言。……区委第四巡察组自****年*月**日起,进驻区政府机关党组开展为期*个月左右的巡察,并重点延伸了解区机管局,巡察期间,设信访联系电话:***-********,电子邮箱:******,接待信访地址:三河路***号虹口区信访接待大厅,……
""", {"unit": "区政府机关党组", "group": "区委第四巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
