"""Outside texts of batch r27-held, collector B's share (issue 14), held out: county, district, county-level city and city
committees' rounds (term and round deployments, round lists, a prefecture's round of towns), county and city bodies'
feedbacks, mobilisations and progress reports, towns', streets' and villages' rounds told as stories, and noisy copies
(traditional script, doubled commas, run-together days, lost characters, mirror, product-page and aggregator domains),
collected with the search tool from public pages that are in no earlier batch. Each address was grepped, with and without
www./m./mip./wap. and its query string, in every tests/imports/parsing/outside_*.py (r6-r26d, outside_c, outside_new,
outside_set) and test_outside_documents.py, and two or three distinctive names or phrases of each text (simplified and
traditional script: places, villages, group leaders, term-and-round strings) likewise; at the end every address and the
places of each text were grepped in the other collectors' files of this pass (outside_r27.py, outside_r27c.py,
outside_r27d.py, as they stood when checked): none is shared. Every text was then compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r27b.py` (see below). Their fields are written down by reading
only. The importer was not run on them, no test or bench that runs it was run, and the collector read neither
imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, _inspection,
extract and score, and the brief); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 27 texts from the search tool's "pages" corpus, 26 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is nearly exhausted for round notices: of about 185 candidate addresses checked,
about five in six were earlier batches' (every hit for county trade unions, disabled persons' federations, audit, civil
affairs, development and reform, literary federations, CPPCC offices but one, health, transport, women's federations,
science associations, industry and commerce federations, red cross, statistics, agriculture, human resources, united
front departments, banner, corps and prefecture rounds, 2026 deployments and most county and district round notices and
feedbacks). What still gave new texts: a county CPPCC offices' mobilisation (Jiangyong 2021), a city health bureau's
progress copied on a mirror (eighth city committee's fourth round), a prefecture's round of seven towns and streets
(Changji), a county's sixth round deployed (Qianguo 2025), a regional committee's round of a city and its counties
(Lhasa), two city data bureaus (both in SHARES_TEMPLATE), and above all village, community and street stories told by a
group during its round (Pingluo, Chunhua, Shangshui, Minqin, Luyi twice, Xiangcheng, Shenqiu, Longyou, Zhongzhan, Nanxi,
Shenyang, Qiaojia, Nanling, Yubei, Heshan, Daxiang, Xihua, Xundian and Dusi in traditional script). Left out after
reading: a provincial bureau's provincial inspection (not a place: collector A's kind), an enterprise's round (collector
A's), a province's overview of county rounds (several counties' stories in one text, no one reading), a data centre's
story naming no group, a writing-template site's generated text (XX 市 XX 区), and a county story r25b holds on another
domain.

Families and counts (27 texts, 2 in SHARES_TEMPLATE; 25 measured). progress 2, both measured:
city_health_bureau_eighth_term_fourth_round_progress_mirror (a body without its title line) and
changji_twelfth_term_fifth_round_seven_towns_progress (under its title, a round list of 7 towns and streets); news 20,
one in SHARES_TEMPLATE (jingzhou_data_bureau_seventh_group_look_back_mobilisation), 19 measured: one mobilisation
(jiangyong_cppcc_offices_fourth_group_mobilisation_2021) and 18 stories of groups at work, one of them with a round list
of 5 bodies (nanling_third_group_mobile_round_five_bodies_streetlights_story_2022), seven scoring the visited body as the
visit names it (Minqin's town, Longyou's village, Zhongzhan's community, Nanxi's bureau, Yubei's street, Heshan's bureau,
Xihua's town) and the others a group, a term and round or both with the setting unscored; rounds 2, both measured:
qianguo_fifteenth_term_sixth_round_deployment_2025 (term and round, no body) and
lhasa_regional_ninth_term_seventh_round_entry_mobilisation (term and round, units unscored); audit 0 (none was new);
noisy 3, one in SHARES_TEMPLATE (xianning_data_bureau_city_fifth_group_progress_run_together: run-together days and a lost
group number), 2 measured: xundian_thirteenth_term_sixth_round_village_pole_story_trad (traditional script) and
dusi_town_four_villages_city_group_story_doubled_commas_trad (traditional script with doubled commas, a round list of 4
villages). Round lists measured: 3 (Changji 7, Nanling 5, Dusi 4). Progress reports measured: 2, one without its title
line. Texts measured that expect nothing: 0.

Fields read: 79 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 135 absence
checks (None, and [] for units or figures), by my count; 72 fields and 127 absence checks outside SHARES_TEMPLATE. By
family (outside SHARES_TEMPLATE): progress 19 fields and 4 absence checks, news 41 and 101, rounds 5 and 11, audit 0 and
0, noisy 7 and 11. Figures read: none (every counted thing in these texts is no metric: machines, households, reserve
cadres, man-days, metres; the one 十多条反馈意见 is no count).

Overlap tool (`bench/outside_overlap.py tests/imports/parsing/outside_r27b.py`): "unregistered: 27 texts against 1543
earlier; pairs over 3 shared shingles: 177, of which over 3 beyond formulas: 8; longest shared run 36 characters". No
address is shared (the one "URL already in" is the placeholder "search corpus pages (no URL returned)", which r26's
shandong_central_third_group_look_back_mobilisation_copy also uses). The pairs beyond formulas: the two texts in
SHARES_TEMPLATE with the earlier texts of their city's template (Xianning's data bureau with r23's investment promotion
bureau, 26 shingles beyond formulas; Jingzhou's data bureau with r15's housing system mobilisation, 8), and official
wordings only for the rest (the health bureau's 反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将 with r10's Putian
justice bureau, another province's city; Changji's 分别向被巡察单位党组织反馈了巡察; Qianguo's 代表县委巡察工作领导小组作动员
and 轮巡察综合情况汇报时的讲话精神,宣布了; Jiangyong's 把"两个维护"作为根本任务; Luyi's 纪委书记、监委主任、巡察工作领导小组;
Qianguo's and Xianning's page date lines). The tool counts three texts as sharing more than its stock of formulas with
the seeds (the health bureau's progress, Qianguo's and Lhasa's deployments): official wordings (深入学习贯彻习近平总书记关于
巡视工作的重要论述…), none a seed's text.

Reading conventions (outside_set.py's "Settled conventions" 1-11 and the written conventions of outside_r24.py's
docstring, followed exactly): a term and round named with the committee that runs them are the text's (十五届前郭县委第六轮,
十二届昌吉州党委第五轮, 九届自治区党委第七轮, 十八届淳化县委第四轮, 十三屆尋甸縣委第六輪), and so is the round a story's group
worked in (在十四届市委第七轮巡察中, 十二届县委第五轮巡察…县委第四巡察组), but a round only heard (十五届县委第五轮巡察综合情况汇报)
is not, nor a term the office's work goes on under (十五届县委开展对村巡察以来); a term named with a group (十四届商水县委第八
巡察组) is the text's term, and the group's number is no round; the day a group entered is the start when no span is told
(settled 10: Nanling's 2022年11月7日), a day without a year gives no date (Jingzhou's 3月19日, Lhasa's 4月13日, Dusi's 11月4日,
Shenqiu's 11月12日), a walk, a talk or a return visit (Xiangcheng's 2025年3月6日 and 3月12日, Luyi's 2021年12月14日, Xihua's
9月5日, Qiaojia's 7月15日) is no start and no feedback, a month without a day gives none (今年3月, 6月中旬, 2023年12月, 去年5月份),
and a planned length (四个半月, 为期二个月) gives no end; a window for calls (巡察期间(3月23日至5月23日)) leaves start and end
unscored, as r26b's Ziliujing and r7's xinchuan; days run together are read the only way they can be (20241021日至1212日
2024-10-21 to 12-12, 2025210 2025-02-10); places and bodies in a round's list are units as written (settled 8: Changji's
seven, Nanling's five in brackets, Dusi's four villages written simplified), with "unit": "" beside them as r24's Wushan
reads a group's list; a town or township that only qualifies counted villages (平店乡20个行政村, 先鋒鎮所轄的9個村) is no unit
(settled 8); a group named with its owner's place in front is written short (settled 9: 平罗县委第一巡察组 -> 县委第一巡察组,
渝北区委第六巡察组 -> 区委第六巡察组); a group with no owner (第二巡察组), named under its round (…第六輪巡察第六巡察組) or by
a special name (区委巡察村(社区)第二巡察组, 市委第八巡察組都司分組) is not scored; a progress report's unit is the visit's
(市卫生健康局党组, and the Xianning report's full 中共…党组 as its body names it), a story's village or community is its
setting and is not scored unless the text says the group held its round there (对模环乡西元村开展重点巡察, 进驻泉山镇开展常规
巡察工作, 进驻冯封街道雪莲社区, 进驻区住建城管局, 进驻两路街道, 在址坊镇开展巡察"回头看"), as r24's Sinan bureau against its Lipu
village; expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it: the story units (Minqin, Longyou, Zhongzhan, Nanxi, Yubei, Heshan, Xihua) follow
r24's Sinan reading, where the text says the group held its round in that body; where it only says the group walked or
talked there (Luyi, Xiangcheng, Daxiang, Qiaojia, Shenqiu) the setting is left unscored; Xihua's 回头看 of a town is read
as the town's visit though the story is one village's; Nanling's mobile round of five bodies is read as a round list with
"unit": "" though one group made it; Dusi's four villages are kept as the copy abbreviates them (八里、丁集、姚李、昌崗, no 村),
and its group, named two ways (市委第八巡察組都司分組, 第二巡察組駐都司組), is left unscored; Xundian's group is named first
as 尋甸縣委第六巡察組 and then under its round, and is left unscored as r26b's Panlong; Lhasa's regional round visits a city
named only with its unnamed counties (拉萨市及所属各县(区)), so its units are left unscored and only term and round are
read; the Jiangyong window 3月23日至5月23日 restates the visit's two months but is told as the calls' window, so start and
end are unscored; the health bureau's mirror copy names no city, and its round is read from 八届市委第四轮; Changji's
feedback 2023年12月 has no day, so no feedback date; the Jingzhou and Xianning data bureaus are in SHARES_TEMPLATE (their
cities' templates and, for Jingzhou, the same spring round's paper that r15 holds), though each is another body's text.
27 texts, 25 outside SHARES_TEMPLATE: more than the 13 the brief asks."""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a city data bureau's mobilisation of a look-back (回头看) in the city paper's template (根据市委巡察工作统一部署,3月N日,
    # 市委第N巡察组巡察…工作动员会召开,正式进驻…), which r15's jingzhou_housing_system_pinpoint_mobilisation holds for the
    # same city's spring round, on the paper r8's jingzhou_third_hospital draws on
    "jingzhou_data_bureau_seventh_group_look_back_mobilisation",
    # a city data bureau's progress in the city's progress template (根据市委统一部署,…市委第察组对…开展了巡察,…按照《关于建立
    # 健全巡察整改和成果运用工作机制…》(咸纪发…)), its days run together and the group's number lost as in r23's Xianning
    # investment promotion bureau's report on the same portal's template
    "xianning_data_bureau_city_fifth_group_progress_run_together",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R27B = [
    # --- progress reports ---------------------------------------------------------------------------------------------
    # https://envoykitchen.com/swwjj/zwgk/wgk/jggk/content/post_1101343.html (a city health bureau's progress, body
    # without its title line, copied on an unrelated domain: term and round from 八届市委第四轮, the round the visit belongs
    # to; the visit's span and the feedback day are stated in full)
    ("city_health_bureau_eighth_term_fourth_round_progress_mirror", "https://envoykitchen.com/swwjj/zwgk/wgk/jggk/content/post_1101343.html", "progress", """根据市委统一部署,2023年9月22日至12月15日,市委第五巡察组对市卫生健康局党组进行了巡察。2024年1月19日,市委第五巡察组向市卫生健康局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将八届市委第四轮巡察整改进展情况予以公布。
一、深入学习贯彻习近平总书记关于巡视工作重要论述精神,切实提高政治站位,增强抓好巡察整改的使命感责任感
(一)提高认识,强化部署。巡察反馈大会结束后,局党组切实承担主体责任,及时召开了巡察整改工作动员部署会,切实把巡察整改工作作为当前的首要任务,……
(二)建立机制,压实责任。成立以党组书记、局长为组长的整改工作领导小组,……
""", {"unit": "市卫生健康局党组", "group": "市委第五巡察组", "term": 8, "round": 4, "start": date(2023, 9, 22),
      "end": date(2023, 12, 15), "feedback_date": date(2024, 1, 19), "figures": []}),
    # http://cjxww.cn/gg/tzgg/202406/t20240625_22107826.html (a prefecture's round of seven towns and streets reports its
    # progress under its title: the seven places are the round's units as written (settled 8); term and round from
    # 十二届昌吉州党委第五轮; the groups are counted, not numbered; the feedback is told by month only (2023年12月): no day;
    # the 56 reserve cadres and 201 trained members are no metric)
    ("changji_twelfth_term_fifth_round_seven_towns_progress", "http://cjxww.cn/gg/tzgg/202406/t20240625_22107826.html", "progress", """十二届昌吉州党委第五轮巡察7个乡镇(街道)
整改进展情况
根据州党委巡察工作统一部署,2023年8月29日至10月26日,十二届昌吉州党委第五轮巡察派出7个巡察组对木垒县东城镇、奇台县七户乡、吉木萨尔县北庭镇、阜康市阜新街道、昌吉市北京南路街道、呼图壁县大丰镇、玛纳斯县乐土驿镇7个乡镇(街道)党组织开展了常规巡察和基层组织建设专项巡察。2023年12月,州党委巡察组分别向被巡察单位党组织反馈了巡察意见,提出整改要求。集中整改期后,被巡察党组织陆续报送了巡察整改进展情况报告。根据有关规定,现将十二届州党委第五轮巡察整改情况予以公布。
一、木垒县东城镇党委
反馈问题:人才振兴问题突出。镇党委对长期存在的人才短缺,村“两委”干部选人难问题研究谋划不足,未能挖掘培养鹰嘴豆种植技术人才。
整改情况:制定村级后备干部选拔培养相关制度,全镇共储备后备力量56名,……培训农牧民党员201名。
反馈问题:普法宣传不深入,有的村民还存在“信访不信法”的错误思想和缠访越级访的苗头隐患。
……
""", {"unit": "", "units": ["木垒县东城镇", "奇台县七户乡", "吉木萨尔县北庭镇", "阜康市阜新街道", "昌吉市北京南路街道",
                             "呼图壁县大丰镇", "玛纳斯县乐土驿镇"],
      "group": None, "term": 12, "round": 5, "start": date(2023, 8, 29), "end": date(2023, 10, 26),
      "feedback_date": None, "figures": []}),
    # --- news: feedbacks, mobilisations, stories ----------------------------------------------------------------------
    # https://zx.zxy.hunanzx.gov.cn/szxapp/9/116/4816/content_779186.html (a county CPPCC offices' mobilisation: the
    # unit as the visit names it; 巡察期间(3月23日至5月23日) is a window for calls as much as a span, so start and end are
    # left unscored, as r26b's Ziliujing and r7's xinchuan read such windows)
    ("jiangyong_cppcc_offices_fourth_group_mobilisation_2021", "https://zx.zxy.hunanzx.gov.cn/szxapp/9/116/4816/content_779186.html", "news", """2021年3月23日,县委第四巡察组对县政协机关开展巡察工作动员会召开。会议由县政协主席、党组书记刘忠华主持,县委常委、县纪委书记、县监委主任唐阳陵出席动员会。
县委巡察组组长谭伟指出,县委巡察将坚守政治巡察职能定位,把“两个维护”作为根本任务,突出“三个聚焦",全面审视被巡察党组织工作。
……
据悉,县委第四巡察组对县政协机关开展为期二个月的巡察。巡察期间(3月23日至5月23日),设举报电话:173774684463;电子邮箱:jyxwxcz5726851@163.com;意见箱:设置在县政协机关一楼政务服务中心大厅入口处。根据巡察工作职责和有关要求,巡察组主要受理反映县政协机关领导班子及其成员、重要岗位干部职工问题的来信来电来访,……
作者:县政协办公室 编辑:李良友
""", {"unit": "县政协机关", "group": "县委第四巡察组", "term": None, "round": None, "feedback_date": None}),
    # http://www.nxnews.net/yc/jrww/202205/t20220516_7558868.html (a county group's village story: 平罗县委第一巡察组 read
    # short (settled 9); term and round from 十五届平罗县委第一轮, the round the group works in; 今年3月 gives no day; the
    # town and village are the story's setting and are not scored, as r23's village stories; 40余条 and 28件 are no metric)
    ("pingluo_fifteenth_term_first_round_first_group_village_flume_story", "http://www.nxnews.net/yc/jrww/202205/t20220516_7558868.html", "news", """宁夏平罗:以巡察监督守护民心民利
2022-05-16 18:37:03
“渡槽坏了好几年,年年淌水难,你们能管的了不?”
“有没有给村上反映?”
“说了多少次了,村上说没钱,咋修嘞。”前不久,平罗县委第一巡察组在头闸镇永惠村巡察中,村民张老汉抱怨道。
今年3月,十五届平罗县委第一轮巡察启动后,第一巡察组立即入驻头闸镇,针对群众反映强烈的民生问题,通过实地走访、查看资料等形式,对各行政村进行巡察。
……当天,巡察组立即向头闸镇党委反映该问题,并下发《整改建议书》,要求立行整改。镇党委高度重视,迅速采取有力措施,不到一周时间,完成了对渡槽修复工作。……
截至目前,已对三个镇3个社区35个行政村巡察全覆盖,收集意见建议40余条,下发《整改建议书》28件,……
""", {"group": "县委第一巡察组", "term": 15, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://chunhua.qinfeng.gov.cn/info/1021/5972.htm (a county inspection office's village story: term and round from
    # 十八届淳化县委第四轮; the group is named 第二巡察组 with no owner and is not scored; the day it entered is not told)
    ("chunhua_eighteenth_term_fourth_round_village_road_story", "https://chunhua.qinfeng.gov.cn/info/1021/5972.htm", "news", """淳化县委巡察办力行立改校准作风能力“秤”
发布时间:2023-10-26 11:54:56   来源: 县委巡察办
“感谢你们!感谢巡察组!”村民刘富平笑开了花,“这下收玉米不用再发愁了”。
第二巡察组进驻秦河村开展巡察当天,群众代表沸腾了座谈会:“我们纸坊沟山上的生产路,太陡了,坡面一边倾斜,种的玉米收割机械根本上不去!”……会后,巡察组直奔现场查看后,当即下发力行立改通知,并全程督促村级组织动用大型机械,于两天之内推出了一条四米宽的慢坡道,切实解决了当地群众的急难愁盼问题。
……
十八届淳化县委第四轮巡察采取的是“直接巡村”,期间“短平快”的力行立改,帮村组织及时校准了作风能力“秤”,在解决系列群众头疼事儿的同时,也有效拉近了党群干群距离。
""", {"term": 18, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://fzgcw.org.cn/show-690532.html (a county group's drainage story: 十四届商水县委第八巡察组 gives term 14 and the
    # group read short (settled 9); the group's number is no round; the township only qualifies its counted villages
    # (平店乡20个行政村) and is no unit (settled 8); machines, man-days and ditches are no metric)
    ("shangshui_fourteenth_term_eighth_group_township_drainage_story", "http://fzgcw.org.cn/show-690532.html", "news", """“感谢巡察组的工作人员,帮助俺村把地里的积水给排了出去,现在终于能种上庄稼了!”商水县平店乡雒庄村一村民拉着巡察组工作人员激动地说。
近日,十四届商水县委第八巡察组对平店乡20个行政村开展巡察,巡察组通过张贴巡察公告、设置举报箱、公布举报电话、入户走访等方式广泛收集问题线索。进驻雒庄行政村后,巡察组工作人员看到村内街道和村东庄稼地积水严重,……
在全面摸清受灾情况后,巡察组迅速向平店乡党委下达立行立改通知书,……先后出动大型机械50台、人工1441人次,开挖土方17430立方米,清理疏通河流沟渠78条、36296米,坑塘46个、52351平方米,抢通道路21条,新培路肩11120米。
……“让群众真正感受到巡察就在身边。”商水县委第八巡察组负责同志表示。(商水县委巡察办 侯奎)
""", {"units": [], "group": "县委第八巡察组", "term": 14, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.gscn.com.cn/gslz/system/2025/11/19/013413643.shtml (a county group's village water story: the group
    # entered the town for a regular round (进驻泉山镇开展常规巡察工作), so the town is the visit's unit, as r24's Sinan
    # bureau; 十五届县委开展对村巡察以来 is a term the office's work goes on under, not scored; no day is told)
    # (r32 pass: the unit corrected to the place's party committee the text names, by settled convention 15)
    ("minqin_third_group_quanshan_town_water_story_2025", "http://www.gscn.com.cn/gslz/system/2025/11/19/013413643.shtml", "news", """民勤:对村巡察听民声 立行立改解民忧
“前几天村里已经正常供水了,再也不用发愁人畜饮水问题,真是太感谢你们了!”近日,武威市民勤县委巡察办工作人员在泉山镇永宁村开展巡察整改“回头看”时,村民王某握着工作人员的手,话语里满是感激之情。
此前,民勤县委第三巡察组进驻泉山镇开展常规巡察工作,将群众急难愁盼问题作为巡察重点任务,通过入户走访、日常接访、电话问需等方式,广泛收集群众诉求。
进驻次日,巡察组就接到永宁村村民王某反映:“全村停水好几天了,……”
……巡察组启动巡改联动机制,向泉山镇党委下达《巡察立行立改建议书》,明确整改责任、措施和时限。……协调3辆供水车循环送水,在村内设立5个临时取水点,……为全村20户留守老人、残疾人等特殊群体提供上门送水服务,……
十五届县委开展对村巡察以来,县委各巡察……
""", {"unit": "泉山镇党委", "group": "县委第三巡察组", "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://city.dahe.cn/2025/01-20/1883157.html (a county group's village railing story: 鹿邑县委第四巡察组 read short
    # (settled 9); the village is the story's setting, not scored; the second day of its stay is no date)
    ("luyi_fourth_group_village_bridge_railing_story_2025", "https://city.dahe.cn/2025/01-20/1883157.html", "news", """大河网讯 “巡察组动作就是快!没想到你们一来就为村里这么快修好了桥护栏,真为我们群众办了件大好事!”近日,鹿邑县郑家集乡陈庄村村民提起县委巡察组给村里办的民生实事赞不绝口。
据了解,鹿邑县委第四巡察组入驻该村开展巡察第二天,在走访中发现刘竹园自然村东桥北侧的简易护栏存在两米多的缺口,……巡察组的同志们当时就对现场拍了照片,回到驻地后第一时间与陈庄村党支部进行联系,下发整改建议书,要求立即整改,杜绝安全隐患。
……“巡察村就是要解决群众的实际问题,……”县委第四巡察组组长刘真真说。(薛小磊)
""", {"group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://m.aillybags.com/hnrzk/article/1/1473861970822164482 (a county's village revisit story copied on an unrelated
    # domain: 2021年12月14日 is a visit to talk, not an entry; 去年5月份 gives no day; 十多条反馈意见 is no count)
    ("luyi_fourth_group_huzhai_village_revisit_story_2021", "http://m.aillybags.com/hnrzk/article/1/1473861970822164482", "news", """大象新闻·映象网记者 金江涛 实习生 赵方坤 通讯员 王帅
“工作做得好不好,群众最有发言权。……”鹿邑县纪委书记、监委主任、巡察工作领导小组组长金溪翻开近3年县委巡察反馈问题清单说。……
村居井然有序,产业欣欣向荣。如今,鹿邑县试量镇胡寨村的人居环境已发生翻天覆地的变化。2021年12月14日,县委第四巡察组到该村走访座谈,村支书胡洋洋打开了话匣子:“去年5月份,巡察组对我们村提出了十多条反馈意见,我们一项项整改,群众脱贫致富、增产增收,一起建设美丽家园。一年多的时间村内焕然一新。现在群众还有一件‘心事’——村里还有一小段1.5公里长的生产路未修完成,影响群众出行……”
""", {"group": "县委第四巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://xyjwjc.gov.cn/gzzc/202503/t20250317_3779063.shtml (a district group's road story: 襄城区委第一巡察组 read short
    # (settled 9); 2025年3月6日 is a walk in the village and 3月12日 a return visit: neither is a start nor a feedback; the
    # township and village are the story's setting)
    ("xiangcheng_first_group_village_road_pit_story_2025", "http://xyjwjc.gov.cn/gzzc/202503/t20250317_3779063.shtml", "news", """巡察微故事 | 襄城:立行立改除隐患 巡察为民见实效
来源:襄城区纪委监委 发布时间:2025-03-17
"这个大坑一下子就修好了,多亏巡察组同志!省道边上车来人往的,这么大个坑多危险啊!"2025年3月12日,当襄城区委第一巡察组回访尹集乡立行立改整改情况时,村民们围着修复一新的路面连连称赞。这一变化源于区委巡察组的及时介入和精准督导。
2025年3月6日,襄城区委第一巡察组在尹集村走访时发现,"神农山货"店铺旁的花坛路面存在严重破损。……巡察组组长陈星昭当即带队前往村委会。……
在发出《立行立改建议书》后,巡察组建立"日报告"跟踪机制。……3月7日起组织专业施工队,历时5天完成土方清理、下水井砌筑及高强度混凝土盖板铺设。……
""", {"group": "区委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://tanqub.com/news/detail/id/35735 (a county group's bridge story copied on an aggregator: term and round from
    # 十二届县委第五轮, the round the group worked in; 11月12日 and 10月份 give no day; the village is the story's setting)
    ("shenqiu_twelfth_term_fifth_round_fourth_group_bridge_story", "https://tanqub.com/news/detail/id/35735", "news", """巡察微故事|巡察最后一天,多了一项新任务
11月12日,河南省沈丘县巡察干部宋海涛正带着《县委第四巡察组为民解忧交办台帐》前往范营乡落实整改情况。
刚进老唐庄行政村,就被等在村口的几名群众拉住了手。……
“修了,马河桥已经动工一个多星期了,下次您再来,就能走上新桥了。”大家你一言我一语地介绍着。
……事情还要从10月份开展的十二届县委第五轮巡察讲起,按照工作计划,那是县委第四巡察组在老唐庄行政村巡察的最后一天。根据当天的工作安排,巡察组要为全村党员干部上一堂主题廉政党课。
……
""", {"group": "县委第四巡察组", "term": 12, "round": 5, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://yusayy.com/product/1213.html (a county group's street-light story copied onto a product page: the group
    # held a round of the village (对模环乡西元村开展重点巡察), so the village is the visit's unit as written; 几个月前 gives
    # no day)
    ("longyou_second_group_village_streetlights_story_product_page", "https://yusayy.com/product/1213.html", "news", """龙游:700米路灯点亮百姓幸福路
产品介绍
“多亏了巡察组,帮我们实现了共同的心愿!现在晚上经过那段路再也用不着摸黑了!”当龙游县委第二巡察组再次来到模环乡西元村回访查看路灯安装情况时,迎面而来的村民张大爷高兴地分享这一变化。
几个月前,巡察组对模环乡西元村开展重点巡察,在进村入户走访中,群众反映的“西元村村口至浙江华飞色纺有限公司路段未安装路灯”问题引起了巡察组的高度关注。
……巡察组按照程序下发《巡察期间立行立改问题移交表》,督促模环乡西元村立行立改,并将有关问题同步抄送模环乡党委,要求其督促推动落实。……
""", {"unit": "模环乡西元村", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://epaper.jzrb.com/rb/html/2019-10/30/content_563645.htm (a district's village-and-community group's carport
    # story in the city paper: the group entered the community (进驻冯封街道雪莲社区), which is the visit's unit as
    # written; the group, named 区委巡察村(社区)第二巡察组, is not scored; 今年1月份 gives no day; 10余万元 and 12个充电桩 are
    # no metric)
    ("zhongzhan_village_community_second_group_carport_story_2019", "http://epaper.jzrb.com/rb/html/2019-10/30/content_563645.htm", "news", """“王阿姨,咱们小区的车棚改造咋样了?电动车有没有地方充电?”“有,我们楼前新规划了一个车棚,可以充电,下班再也不用急着抢车位了。”这是近来中站区委巡察村(社区)第二巡察组干部回访冯封街道雪莲社区时与群众的对话。
今年1月份,中站区委巡察村(社区)第二巡察组进驻冯封街道雪莲社区,入户走访时接到群众反映小区楼院的一系列问题。
……巡察组及时将居民反映的问题记录下来,核实后约谈了冯封街道相关负责人,并下发《立行立改通知书》,要求社区限期整改。
雪莲社区党支部立即启动街道党工委创新的“1+3+X”工作模式,……多方筹集10余万元资金,搭建车棚并配备了12个充电桩,……
""", {"unit": "冯封街道雪莲社区", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://yb.newssc.org/system/20220525/003301813.html (a district group's estate story during its visit of a district
    # bureau: 南溪区委第三巡察组 read short (settled 9), the bureau as the visit names it; 35个工作日 gives no span; 10余个
    # and 30余户次 are no metric)
    ("nanxi_third_group_housing_bureau_estate_story_2022", "http://yb.newssc.org/system/20220525/003301813.html", "news", """基层问诊知“愁盼” “边巡边改”解民忧
四川新闻网消息 “巡察组对我们反映的问题还挺重视,行动也很迅速,才过了几天,小区管理就好得多了,我们确实很满意。”美丽泽京的小区居民在刚贴出来的公示栏前小声的议论。
据悉,南溪区委第三巡察组进驻巡察区住建城管局以来,不断收到美丽泽京小区群众反映小区物业管理缺少监管、小区卫生较差、车辆乱停乱放、未成立小区业委会等问题。……
……以此次入驻区住建城管局为例,在进驻期间的35个工作日,巡察组围绕区住建城管局的职能职责,……通过院坝问需、入户走访、电话问询等方式搜集问题收集10余个,其中入户走访30余户次,……
""", {"unit": "区住建城管局", "group": "区委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.sysjjjc.gov.cn/syrbzfsjzl/202506/t20250619_4866218.html (a city group's estate story: term and round
    # from 十四届市委第七轮, the round the group worked in; the community is the story's setting, not scored; no day told)
    ("shenyang_fourteenth_term_seventh_round_fifth_group_estate_story", "http://www.sysjjjc.gov.cn/syrbzfsjzl/202506/t20250619_4866218.html", "news", """“多亏了巡察组推动解决,咱们楼的平台不漏水了,楼道敞亮了,咱们心里也亮堂了!”近日,市委第五巡察组巡察干部对皇姑区黄河街道庐山社区老旧小区改造中发现问题立行立改工作进行回访时,社区居民高兴地说。在十四届市委第七轮巡察中,市委第五巡察组发现一临街底商居民楼大平台防水和外挂楼梯损坏未能进入改造项目计划,居民生活仍然存在明显不便,随即启动立行立改程序,推动解决群众急难愁盼问题。
巡察组进驻后,巡察干部对老旧小区改造情况进行了走访调研,……经核实了解,该小区2024年被列入老旧小区改造范围,但该楼的改造工作却未列入计划。
……
""", {"group": "市委第五巡察组", "term": 14, "round": 7, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # search corpus pages (no URL returned) (a county group's road story from a city news site, 2020-12-28: 巧家县委第三
    # 巡察组 read short (settled 9); 7月15日 is a walk in the village, no start; the village is the story's setting)
    ("qiaojia_third_group_village_road_story_2020", "search corpus pages (no URL returned)", "news", """巡察打通“致富路”
 2020-12-28 16:56  来源:昭通新闻网
“同志,我们郭家沟的公路被水冲断了,燃煤运不进去,烤不了烟……”7月15日中午时分,巧家县委第三巡察组的工作人员正在炉房乡噜布村开展入户走访,……
……随后,魏金平安排组员小樊立即联系噜布村党总支书记,要求他们协调解决这件事。
当天晚上,县委第三巡察组的两个小组集中碰头开会,分别对走访发现的问题进行梳理。……
第二天一大早,巡察组得到消息,保通机械已经进场。下午,郭家沟小组公路交通已全面恢复。
""", {"group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.nllz.gov.cn/html/wenzhang_774186.html (a county group's street-light story during a mobile round: the
    # group entered on 2022年11月7日 and no span is told, so that day is the start (settled 10); the five bodies in the
    # brackets are the round's units as written (settled 8); 12月8日 (work done) and 12月15日 (a look at night) are no end)
    ("nanling_third_group_mobile_round_five_bodies_streetlights_story_2022", "http://www.nllz.gov.cn/html/wenzhang_774186.html", "news", """“小区的路灯亮起来了,我们不用摸黑走夜路了,多亏了巡察组啊,你们真为老百姓做了件大好事!”上海新城小区的居民向县委第三巡察小组组员激动地说道。
按照县委统一安排,2022年11月7日,县委第三巡察组进驻对我县信访矛盾问题突出的部门与领域(籍山镇、许镇镇、县住房和城乡建设局、县商务局、县教育局)开展“机动式”巡察。巡察进驻期间,接到籍山镇上海新城小区某居民的电话反映该小区整治完工已经半年多了,安装了7盏路灯,但从未通电,形同虚设,给群众夜晚出行带来极大不便。
……巡察组立即联系籍山镇负责人,下发立行立改问题交办单,……同时县委第三巡察组派出组员全程联络协调,跟踪督办,至12月8日,已全部整改完成。
12月15日晚,第三巡察组及巡察办季陵辉主任一同来到各小区现场查看整改情况。……
""", {"unit": "", "units": ["籍山镇", "许镇镇", "县住房和城乡建设局", "县商务局", "县教育局"], "group": "县委第三巡察组",
      "term": None, "round": None, "start": date(2022, 11, 7), "end": None, "feedback_date": None, "figures": []}),
    # https://news.cqnews.net/1/detail/1253787024948850688/web/content_1253787024948850688.html (a district group's
    # street-light story during its visit of a street: 渝北区委第六巡察组 read short (settled 9); the street as the visit
    # names it (进驻两路街道开展巡察工作); 今年3月以来 gives no day)
    ("yubei_sixth_group_lianglu_street_lights_story_2024", "https://news.cqnews.net/1/detail/1253787024948850688/web/content_1253787024948850688.html", "news", """渝北两路:心系群众办实事,边巡边改解民忧
2024-06-21 19:01:09 来源: 华龙网
华龙网讯(通讯员 陈仁都)“更换了院坝周围的路灯,晚上出门更安全了。”近日,面对前来回访的区委第六巡察组,重庆市渝北区两路街道汉渝路社区居民张大姐高兴地说。
今年3月以来,渝北区委第六巡察组进驻两路街道开展巡察工作,通过入户走访、受理信访、现场调研等方式,听民意、察实情、断难题,广泛收集问题建议,逐一列出问题清单,与街道会商解决方案。……
随后,巡察组通过实地察看,发现汉渝路社区部分背街小巷路灯照明效果不佳,立即将该问题交办给两路街道,要求其立行立改,尽快解决道路亮化问题。
……
""", {"unit": "两路街道", "group": "区委第六巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://222.143.34.35:8080/sitesources/hbsjcj/page_pc/xsxc/xqxc/articleeb70f664170e4aafbf209545053f93a4.html (a
    # district group's path story during its visit of the district's urban management bureau: 鹤山区委第三巡察组 read short
    # (settled 9); 6月中旬 gives no day; 1米, 6米 and 60米 are no metric)
    ("heshan_third_group_urban_management_bureau_path_story", "http://222.143.34.35:8080/sitesources/hbsjcj/page_pc/xsxc/xqxc/articleeb70f664170e4aafbf209545053f93a4.html", "news", """“这条窄土路连接着漂亮的街景游园,但却崎岖不平,每次走这条路都要十分小心。现在铺了混凝土,路也宽了,出行方便多了。”鹤山区馨苑十区社区居民赵女士对前来回访的鹤山区委巡察组和区城管局工作人员表示感谢。
6月中旬,鹤山区委第三巡察组进驻区城管局后,把群众的“急难愁盼”作为巡察重点,多次深入基层走访了解,关注居民的心声。
……巡察组立即进行组务会商,将该问题确定为立行立改事项,并转交至区城管局党组。
区城管局党组高度重视居民身边的“揪心事”,……如今,小路已由原来的1米加宽至6米,土路面改成了混凝土路面,全长约60米,……(鹤山区委巡察办 王小平 王海钢)
""", {"unit": "区城管局", "group": "区委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://dxzc.gov.cn/dxzc/jcdt/202411/d62e07ec9a7f43e09d8a17a1827e7e98.shtml (a district group's water story: the
    # group's walk in a village names no body it inspects, so no unit is scored; 62户 is no metric)
    ("daxiang_second_group_village_water_pipes_story_2024", "https://dxzc.gov.cn/dxzc/jcdt/202411/d62e07ec9a7f43e09d8a17a1827e7e98.shtml", "news", """大祥融媒讯: “现在一拧开水龙头,清水哗哗流个不停,用水方便多了。”蔡锷乡山东村一村民打开水龙头高兴地说道。
近日,区委第二巡察组在蔡锷乡山东村走访、座谈了解到,山东村1组、12组存在用水难的问题,原有的自来水管道因年久失修而破损,给生产生活带来很多不便。对此,巡察组立即将该问题作为立行立改事项移交至蔡锷乡党委,……
蔡锷乡党委在收到问题反馈后,立即研究制定整改措施,……山东村完成了1组、12组共62户村民的自来水管修复,解决了村民饮水难题。
""", {"group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://lzfzzix.org.cn/show-257818.html (a county group's collective land story on a clean-government mirror site: 西华
    # 县委第六巡察组 read short (settled 9); the group was holding a look-back of the town (在址坊镇开展巡察"回头看"), so the
    # town is the visit's unit; 9月5日 is a visit's day, no start; the 12 mu and three villages are no metric)
    ("xihua_sixth_group_zhifang_town_collective_land_story_2025", "http://lzfzzix.org.cn/show-257818.html", "news", """西华县:巡回“消失”的集体土地
发布时间:2025-10-09 来源: 中共河南省纪委监委网站 作者:佚名
“是巡察组让我们看到了希望,守住了全村人的‘共同家底’。”9月5日,西华县委第六巡察组在址坊镇开展巡察“回头看”工作时,南流村村民紧握巡察干部的手,言语间满是感激。……
……巡察组针对村集体经济管理中底数不清、权属不明、监管缺失等损害集体利益、影响群众获得感的突出问题,精准锁定集体资产资金体量大、廉政风险较高的3个行政村,启动“三资”清查大起底专项工作。……
在南流村巡察过程中,巡察干部既“看台账、查凭证”,又“访农户、问实情”。一份存疑的无效合同,让持续20余年的12亩集体土地争议问题浮出水面。……
""", {"unit": "址坊镇", "group": "县委第六巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://news.cnchu.com/jzrb/pc/html/2025-03/20/nw.D421000jzrb_20250320_4-A002.htm (SHARES_TEMPLATE: a city data
    # bureau's look-back mobilisation in the city paper: the unit as the meeting names it (巡察市数据局党组); the group
    # entered that day, but 3月19日 has no year in the text: no start; 四个半月 is a planned length, no end)
    ("jingzhou_data_bureau_seventh_group_look_back_mobilisation", "http://news.cnchu.com/jzrb/pc/html/2025-03/20/nw.D421000jzrb_20250320_4-A002.htm", "news", """本报讯(记者李理 通讯员高欣慰)根据市委巡察工作统一部署,3月19日,市委第七巡察组巡察市数据局党组工作动员会召开,正式进驻市数据局开展为期四个半月的巡察“回头看”。
市委第七巡察组组长张志敏作巡察动员讲话。他强调,市数据局作为整治工程建设招标投标突出问题等“群腐”集中整治项目的牵头单位,……
市数据局党组书记、局长秦德平表示,……
根据安排,巡察组办公地点设在荆州市华美达酒店24楼(沙市区塔桥北路92号),……同时开通“荆楚码上巡”微信小程序举报平台;在市公共检验检测中心和市数据局设置巡察意见箱。
""", {"unit": "市数据局党组", "group": "市委第七巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None}),
    # --- round lists and deployments ----------------------------------------------------------------------------------
    # http://www.jlsyjj.gov.cn/contents/118/4240.html (a county's sixth round deployed, no body named: term and round from
    # 十五届前郭县委第六轮; 十五届县委第五轮 is only heard (settled reading: a round only heard is not the text's); the
    # meeting day is no start)
    ("qianguo_fifteenth_term_sixth_round_deployment_2025", "http://www.jlsyjj.gov.cn/contents/118/4240.html", "rounds", """前郭县委常规巡察工作动员部署会议召开
来源:前郭发布
发布时间:2025-06-27
6月23日,全县巡察工作会议暨十五届前郭县委第六轮巡察工作动员部署会议在县政府会议室召开。会议传达学习松原市委副书记、前郭县委书记杨文慧在听取十五届县委第五轮巡察综合情况汇报时的讲话精神,宣布了本轮巡察组组长、副组长授权任职及任务分工决定。前郭县委常委、县纪委书记、县监委主任马学文代表县委巡察工作领导小组作动员部署讲话,县委常委、组织部长张志超主持会议。
会议指出,要深入学习贯彻习近平总书记关于党的自我革命的重要思想和巡视工作重要论述,……
""", {"unit": "", "units": [], "group": None, "term": 15, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://xztzb.gov.cn/lianzheng/1586830906249.shtml (a regional committee's seventh round entering a city and its
    # counties: term and round from 九届自治区党委第七轮; the counties are unnamed and the city is named only with them
    # (拉萨市及所属各县(区)), so the units are left unscored; 4月13日 has no year in the text: no start)
    ("lhasa_regional_ninth_term_seventh_round_entry_mobilisation", "http://xztzb.gov.cn/lianzheng/1586830906249.shtml", "rounds", """4月13日,九届自治区党委第七轮巡视拉萨市及所属各县(区)进驻动员会议召开,自治区党委常委、自治区党委巡视工作领导小组组长王卫东出席会议并讲话,自治区党委常委、拉萨市委书记白玛旺堆出席会议。
王卫东指出,巡视市县是党章党规赋予的重要职责。开展本轮巡视是自治区党委作出的重大决策部署,拉萨市委及所属各县(区)党委要深入学习贯彻习近平总书记关于巡视工作的重要论述和重要指示批示精神,……
白玛旺堆表示,全市各级党组织和每名党员干部要把支持配合好本轮巡视作为重大政治责任和应尽政治义务,……
(责编: 陈建国)
""", {"group": None, "term": 9, "round": 7, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- noisy copies -------------------------------------------------------------------------------------------------
    # http://zwsjj.xianning.gov.cn/zwgk/xxgkml/qtzdgk/zczxjlsqk/202509/t20250924_4071800.shtml (SHARES_TEMPLATE: a city
    # data bureau's progress under its title with its days run together (20241021日至1212日, 2025210) and the group's
    # number lost in the body (市委第察组): the days read the only way they can be; the group from the title)
    ("xianning_data_bureau_city_fifth_group_progress_run_together", "http://zwsjj.xianning.gov.cn/zwgk/xxgkml/qtzdgk/zczxjlsqk/202509/t20250924_4071800.shtml", "noisy", """中共咸宁市政务服务和大数据管理局党组关于落实市委第五巡察组巡察反馈意见 整改情况的通报
日期:2025-09-24 【字号:
根据市委统一部署,20241021日至1212日,市委第察组对中共咸宁市政务服务和大数据管理局党组开展了巡察,并于2025210向中共咸宁市政务服务和大数据管理局党组反馈巡察意见按照《关于建立健全巡察整改和成果运用工作机制通知(咸纪发2022〕7号)文件要求,现将巡察整改情况予以公布。
一、整改工作基本情况
(一)压实领导责任,以高度自觉扛牢使命担当。收到巡察反馈意见后,我局迅速成立巡察反馈问题整改领导小组,……先后5次主持召开党组会进行专题研究部署,……先后7次召开协调调度会,……
""", {"unit": "中共咸宁市政务服务和大数据管理局党组", "group": "市委第五巡察组", "term": None, "round": None,
      "start": date(2024, 10, 21), "end": date(2024, 12, 12), "feedback_date": date(2025, 2, 10), "figures": []}),
    # http://www.www6ccc.com/html/2023/xunshixuncha_0630/121436.html (a county group's pole story in traditional script on
    # a mirror domain: term and round from 十三屆尋甸縣委第六輪; the group is named under its round (…第六輪巡察第六巡察組)
    # and is left unscored, as r26b's Panlong; the town only qualifies its counted villages (先鋒鎮所轄的9個村) and is no
    # unit (settled 8); expected values written simplified)
    ("xundian_thirteenth_term_sixth_round_village_pole_story_trad", "http://www.www6ccc.com/html/2023/xunshixuncha_0630/121436.html", "noisy", """“您好!請問是尋甸縣委第六巡察組嗎?感謝你們的幫助,堵心的電線桿被移走后我們出行方便了。”近日,尋甸縣委第六巡察組的干部接到先鋒鎮鄭家村李大叔打來的感謝電話。
不久前,十三屆尋甸縣委第六輪巡察第六巡察組對先鋒鎮所轄的9個村黨組織開展常規巡察。在鄭家村入戶走訪時,李大叔急匆匆地找到巡察組的干部反映問題。
……巡察組召開組務會,梳理問題形成問題清單,將該問題作為“立行立改”事項交辦給先鋒鎮黨委,要求督促整改問題,盡快解決群眾訴求。
在巡察組的督促下,兩周后,這根堵心的電線桿被移至路邊,……
""", {"units": [], "term": 13, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://nku514.com/zhxw/20293.html (a city group's village story in traditional script with doubled commas on an
    # unrelated domain: the four villages the sub-group entered are the units as written (settled 8), simplified; the
    # group, named 市委第八巡察組都司分組 and later 第二巡察組駐都司組, is not scored; 11月4日 has no year)
    ("dusi_town_four_villages_city_group_story_doubled_commas_trad", "https://nku514.com/zhxw/20293.html", "noisy", """穿過波光粼粼的刁南干渠,,順著一條蜿蜒的小路走進(jìn)都司鎮(zhèn)丁集村,,三三兩兩的村民或在散步或是坐在自家門前曬著太陽,一片祥和溫暖的景象,。
11月4日,,市委第八巡察組都司分組入駐該鎮(zhèn)的八里,、丁集、姚李,、昌崗四個村開展巡察工作,。入駐后,,走村入戶訪民情、調(diào)查研究解民憂成了成員們的主要工作,,同時,,還公布了巡察電話和信箱,方便了村民們提供線索,,反映情況,。
……“建好主陣地,,利用村部優(yōu)勢,,把黨建更好地融入日常管理工作中,……”第二巡察組駐都司組組長劉仲杰說,。
""", {"unit": "", "units": ["八里", "丁集", "姚李", "昌岗"], "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
