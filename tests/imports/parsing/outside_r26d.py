"""Outside texts of batch r26-held, collector D's share (issue 14), held out: special rounds by subject, linked and crossed
rounds, village rounds, look-back (回头看) entries and noisy copies (traditional script, pinyin in brackets, doubled
commas, lost characters, mirror and aggregator domains), collected with the search tool from public pages that are in no
earlier batch. Each address was grepped, with and without www./m./mip./wap. and its query string, in every
tests/imports/parsing/outside_*.py (r6-r25b, outside_c, outside_new, outside_set, and the other collectors' outside_r26.py
and outside_r26b.py; outside_r26c.py was not there when checked) and test_outside_documents.py, and two or three
distinctive names or phrases of each text (simplified and traditional script) likewise; every text was then compared
with `bench/outside_overlap.py tests/imports/parsing/outside_r26d.py` (see the end of this docstring). Their fields are
written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the collector
read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case,
extract and score, and the brief); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 11 texts from the search tool's "pages" corpus, all with their address. The corpus is nearly exhausted: of about
55 candidate addresses checked, about four in five were earlier batches' (every hit for Zhoukou's linked poverty round,
Jingjiang's mobile round, Maguan's backpack group, Cangyuan's medical insurance bureau, Qianyang's and Yongde's and
Wuzhong's look-backs, Leizhi, Yuhuan, Gongyi, Longmen, Youxian, Zhenba, Jingdezhen, Runzhou, Anju, Haibowan, Jiangkou,
Weinan's Dangmu linked round, Shenzhen's 2022 crossed round, a provincial sports bureau's internal round, Kunming's village
round and a central round's 回头看). What still gave new texts: a city's poverty special round with figures (Ezhou), a
city's grain special round run as a linked round (Quanzhou, on an aggregator), a county's poverty special rounds with
figures (Midu, a prefecture paper), a district's medical insurance special round story (Yingdong, on a mirror), a county-
level city's round of look-backs (Zouping), and noisy copies: a district's six special rounds by subject (Guichi's towns,
traditional script with pinyin, doubled commas and lost characters), a city's sixth round of crossed district inspections
(Xiamen, traditional with pinyin), a county-level city's 2018 poverty special round (Changning, traditional), a county's
2017 poverty special round of three towns (Jianchuan, traditional), a county group's village round story (Yongchun,
traditional with pinyin) and a group company's third round (traditional with pinyin).

Families and counts (11 texts, one in SHARES_TEMPLATE; 10 measured). news 4: ezhou_poverty_special_round_three_groups_
districts_figures, quanzhou_grain_special_linked_round_twelve_groups_copy, midu_poverty_special_rounds_counted_bodies_
figures, yingdong_medical_insurance_special_round_linked_team_mirror_copy (no body, group or day named: expects only
"unit": "" and absences); rounds 1: zouping_thirteenth_term_tenth_round_look_back_eleven_bodies_counted (term and round,
bodies counted only); progress 0; audit 0; noisy 6: guichi_2025_six_subject_special_rounds_four_bodies_doubled_commas_
pinyin_trad (a list of 4 bodies and the visit's span), xiamen_sixth_round_district_cross_inspection_four_bodies_pinyin_trad
(a list of 4 bodies, round 6 and the launch day; in SHARES_TEMPLATE: the city's notice template, which r8's xiamen_second
and r13's xiamen_eleventh_round_third_batch_trad hold), changning_2018_poverty_special_round_area_and_forest_farm_trad (2 named bodies among counted
ones, the visit's span), jianchuan_2017_poverty_special_round_three_towns_feedback_trad (3 towns),
yongchun_third_group_town_and_village_round_drain_story_pinyin_trad (a group only),
group_company_third_round_first_batch_three_branches_mobilisation_pinyin_trad (3 branches, round 3). Round lists measured:
4 (Guichi 4, Changning 2, Jianchuan 3, the group company 3), and Xiamen's 4 in SHARES_TEMPLATE.

Fields read: 42 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 70 absence
checks (None, and [] for units or figures), by my count; 35 fields and 65 absence checks outside SHARES_TEMPLATE. By family
(outside SHARES_TEMPLATE): news 10 fields and 29 absence checks, rounds 3 and 6, noisy 22 and 30 (Xiamen's 7 and 5 left
out). Figures read: problems 3 (Ezhou's 主要问题53条, Quanzhou's 发现问题382个,
Midu's 发现问题247个), clues_transferred 2 (Ezhou's 问题线索192条, Midu's 移交问题线索18件, settled 6), completed 1 (Midu's
整改问题247个).

Reading conventions (outside_set.py's "Settled conventions" 1-11 and the written conventions of outside_r24.py's docstring,
followed exactly): a day without a year gives no date (Ezhou's 7月中旬, Zouping's 截至4月6日, the group company's 4月11日);
a mobilisation or meeting day is no start unless a group entered that day (settled 10), but the Xiamen template's
launch day (從2019年11月18日開始啟動) is read as the start, as the pinned r8 xiamen_second and r13 xiamen_eleventh read the
same template; no end is read from a planned length (一个月左右); a span told by parts of months gives
none (settled 11) and 以来 is no span (Quanzhou's 2021年9月以来); counted kinds are no units (Zouping's 11个被巡察单位,
Changning's 18個鄉鎮、4個街道 and 20個行業扶貧部門, Midu's 7个乡镇、15个行业扶贫部门), places that only qualify counted or
unnamed villages are no units (Guichi's 殷匯鎮、牛頭山鎮、梅龍街道、牌樓鎮所轄村（社區）, settled 8), named bodies of a list
are units as written (settled 8), written simplified for traditional-script texts; a group with no number of its own
(巡察组, 专项巡察组, 交叉巡察组, 劍川縣委巡察組, the company's 巡察組) is not scored; an enterprise's 第三輪 is round 3 with no
term; a term and round named with the committee that runs them are the text's (十三届邹平市委第十轮); clues found or handed
over are the clues figure (settled 6).

What I was unsure of, and how I read it: Changning's 7月23日至12月21日 has no year of its own, and I read it in 2018, the
year the round's name gives (市委2018年扶貧領域專項巡察, launched 7月23日); a stricter reader would leave both days
unscored. Changning's 宜潭片區 and 彌泉林場 are read as named bodies of the list (settled 8), the counted towns, streets and
departments around them as no units. Guichi's 区农业农村局 is visited by two of the six special rounds and is expected once;
its sixth body's 區 is lost in the copy's encoding (閰^(qū)人力資源和社會保障局) and is read as 区人力资源和社会保障局. Xiamen's launch
day is read as its start only because two pinned texts of the same template read it so (the groups entered 日前, and settled
10 alone would leave it absent); the text is in SHARES_TEMPLATE either way. Its
區統計局 belongs to 集美區 (集美區發改局和區統計局) and is expected as the text writes it (区统计局), as r24 kept Chaoyang's
bodies as written. Jianchuan's towns are named bare (羊岑、沙溪、馬登3個鄉鎮) and are expected bare; its quoted findings are
no count, so no problems figure. Yongchun's town and village are the story's setting (as r24's Lipu) and are not scored;
the group is expected as the text writes it (縣委巡察三組 -> 县委巡察三组). Quanzhou's 发现问题382个 is read as the round's
problems figure though it is told of the linked round with the provincial group; its 12个专项巡察组 and 156项内容 are no
figures. Midu's 整改问题247个 is read as completed. The Yingdong story (a mirror's copy) names no body, group or day and
is measured only on its absences and its round-level unit "".

Overlap: `bench/outside_overlap.py tests/imports/parsing/outside_r26d.py` (11 texts against 1491 earlier): no address is
shared; 26 pairs share more than 3 shingles, 4 of them more than 3 beyond the tool's formulas, all official wordings
(要求,被巡察单位党组织主要负责 with r18's changwu, 根據區委巡察工作統一部署 in pinyin script with qingcheng_forestry,
根據《中國共產黨巡視工作條例》 with publicity_rules_trad, 關于巡視工作的重要論述 with longhu); the longest shared run is 27
characters; no text shares more than formulas with the seeds. The one template shared (Xiamen's notice with r8's and r13's
Xiamen texts, 7 shingles) is in SHARES_TEMPLATE. The domains shared with earlier batches (rcwkj.com, x320.cn, qdubb.cn,
m.news.shi-fen.com) hold other districts', counties' or kinds' texts, named in the comments above their cases. The other
collectors' outside_r26.py and outside_r26b.py hold none of these addresses, places or bodies (outside_r26c.py was not
there when checked).
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a city's sixth round of crossed district inspections in the city's notice template (根據《中國共產黨巡視工作條例》
    # 《關于市縣黨委建立巡察制度的意見》以及…經市委巡察工作領導小組研究決定,從…開始啟動…巡察工作), which r8's xiamen_second
    # (the twelfth committee's second round) and r13's xiamen_eleventh_round_third_batch_trad (its eleventh round) hold
    "xiamen_sixth_round_district_cross_inspection_four_bodies_pinyin_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R26D = [
    # --- news: special rounds by subject, linked rounds -------------------------------------------------------------
    # https://ezhou.cjyun.org/p/52225.html (a city's three special groups of a poverty-relief special round (扶贫领域专项
    # 巡察) in its districts: 7月中旬 is a part of a month with no year, so no start; 各区 are no named bodies; 主要问题53条
    # is the problems figure, 问题线索192条 the clues figure (settled 6); no group has a number)
    ("ezhou_poverty_special_round_three_groups_districts_figures", "https://ezhou.cjyun.org/p/52225.html", "news", """7月中旬,鄂州市组织3个专项巡察组进驻各区开展扶贫领域专项巡察。连日来,各巡察组冒着高温,深入基层调查走访,查阅资料、受理举报、梳理线索、核实情况,全面了解基层扶贫领域存在的问题,听取老党员、老百姓对当前扶贫工作的意见建议。
……
截至目前,3个巡察组已走访97个贫困村443家贫困户,发现扶贫领域主要问题53条,问题线索192条,涉及乡科级干部3人、村干部26人。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 53), ("clues_transferred", 192)]}),
    # https://m.news.shi-fen.com/china/202202/50-1225604.html (a news aggregator's copy of a provincial discipline site's
    # story of a city's grain special round run as a linked round (提级+交叉, 省市县三级联动): twelve special groups, no
    # numbered group; 2021年9月以来 is no span; 发现问题382个 is the round's problems figure; the checked 156项内容 is no figure)
    ("quanzhou_grain_special_linked_round_twelve_groups_copy", "https://m.news.shi-fen.com/china/202202/50-1225604.html", "news", """泉州:发挥巡察利剑作用 守护粮食安全
日期:02-10
……
民生大计、粮食为本。2021年9月以来,泉州市委紧跟省委关于涉粮问题专项巡视巡察工作的部署要求,抽调市县两级粮食局、应急局等涉粮单位业务骨干,组成12个专项巡察组,采取“提级+交叉”的方式对全市涉粮单位、企业及各县(市、区)开展联动巡察。
“巡察组先于巡视组一周进驻,先行摸清涉粮问题全盘情况,并自觉预留配合巡视联动时间,充分发挥省市县三级联动巡视巡察共鸣合力。”泉州市委巡察办相关负责人表示,该市本轮巡察主动将工作部署嵌入省委巡视监督网,有效发挥市县巡察基础作用,巡察期间与巡视组协同配合,联动检查156项内容、发现问题382个。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 382)]}),
    # http://dalidaily.com/dlrb/pc/202008/04/content_8817.html (a prefecture paper's report of a county's poverty special
    # rounds: the towns and departments are counted only (7个乡镇、15个行业扶贫部门), no unit; 发现问题247个 is problems,
    # 整改问题247个 completed, 移交问题线索18件 the clues figure; the paper's date is no visit day)
    ("midu_poverty_special_rounds_counted_bodies_figures", "http://dalidaily.com/dlrb/pc/202008/04/content_8817.html", "news", """2020年08月04日
弥渡强化专项巡察监督护航脱贫攻坚
本报讯(通讯员 杨雪娟) 巡察工作开展以来,弥渡县已对7个乡镇、15个行业扶贫部门开展脱贫攻坚专项巡察,发现问题247个,整改问题247个,移交问题线索18件。
弥渡县紧盯扶贫领域易发多发问题的重点人、重点事及关键环节,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 247), ("completed", 247), ("clues_transferred", 18)]}),
    # http://lzfzzix.org.cn/show-265008.html (a law-and-clean-government mirror site's copy of a province's discipline
    # story: a district's medical insurance special round worked with the resident discipline team; no body named, no
    # group numbered, no day; the 3个工作日 and 周会商 are working habits, no figures)
    ("yingdong_medical_insurance_special_round_linked_team_mirror_copy", "http://lzfzzix.org.cn/show-265008.html", "news", """阜阳颍东:“巡察+派驻”协同监督 守牢医保民生底线
发布时间:2025-11-12 来源: 安徽纪检监察网 作者:佚名
“医保基金管理利益主体多、涉及链条长,面临的廉政风险高,医疗领域中重复检查收费、过度治疗等问题多发,我建议选取这类问题作为本轮专项巡察的‘切口’……”这是在颍东区医保领域专项巡察过程中,巡察组与派驻纪检组就医保领域监管难点,协同联动制定巡察方案的一幕。
……近期,巡察组发现某医院存在“死后购药”线索后,迅速协调派驻纪检监察组,调取民政死亡信息、医保结算数据及医院处方记录,仅用3个工作日便锁定违规事实,有效防止基金进一步流失。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- rounds: look-back (回头看) entries -------------------------------------------------------------------------
    # https://www.zpxjw.gov.cn/a/xsxc/159.html (a county-level city's thirteenth committee's tenth round of look-backs
    # entered: term 13 and round 10 (十三届邹平市委第十轮); the eleven bodies are counted only, no units; 截至4月6日 has no
    # year and four groups have no number)
    ("zouping_thirteenth_term_tenth_round_look_back_eleven_bodies_counted", "https://www.zpxjw.gov.cn/a/xsxc/159.html", "rounds", """十三届邹平市委第十轮巡察进驻被巡察单位
截至4月6日,十三届邹平市委第十轮巡察4个巡察组分别进驻11个被巡察单位,开展巡察“回头看”,召开工作动员会。市委巡察组组长、派驻纪检监察组组长及巡察组全体成员,被巡察单位班子成员及全体党员干部参加了会议。
会上,市委巡察组组长通报了工作任务并就做好此次巡察“回头看”工作提出要求,被巡察单位党组织主要负责人就配合支持巡察工作作表态发言。
……
""", {"unit": "", "units": [], "group": None, "term": 13, "round": 10, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- noisy: traditional script, pinyin in brackets, doubled commas, lost characters --------------------------------
    # https://rcwkj.com/tbgg/p/3254.html (traditional script with pinyin in brackets, doubled commas and characters lost
    # as ?; on the mirror domain r7's health_system, r24's education committee and r26b's disabled federation also come
    # from (another district's notice, another round): a district's six special rounds by subject, 2025年4月22日至7月31日
    # the visit's span; the towns only qualify their villages (所轄村（社區）, settled 8), no units; the four named
    # bodies are units, 区农业农村局 once though two subjects visit it; 2025年7月28日 is the letters' cut-off)
    ("guichi_2025_six_subject_special_rounds_four_bodies_doubled_commas_pinyin_trad", "https://rcwkj.com/tbgg/p/3254.html", "noisy", """根據(jù)區(qū)委巡察工作統(tǒng)一部署,,共派出4個巡察組于2025年4月22日至7月31日對全區(qū)農村集體“三資”管理,、鄉(xiāng)村振興資金使用監(jiān)管,、醫(yī)?;鸸芾?、高標準農田建設管理,、安置房分配,、就業(yè)補助資金和社?;鸸芾淼?個方面開展專項巡察?,F(xiàn)將有關事項公告如下:
一,、巡察對象
圍繞6個專項巡察內容,重點監(jiān)督被巡察黨組織領導班子及其成員,,其他區(qū)管干部及重點崗位負責人,,下一級機構主要負責人。
1.農村集體“三資”管理專項巡察:巡察對象為殷匯鎮(zhèn),、牛頭山鎮(zhèn),、梅龍街道、牌樓鎮(zhèn)所轄村(社區(qū)),;
2.鄉(xiāng)村振興資金使用監(jiān)管專項巡察:巡察對象為區(qū)農業(yè)農村局,;
3.醫(yī)保基金管理專項巡察:巡察對象為區(qū)醫(yī)保局,;
4.高標準農田建設管理專項巡察:巡察對象為區(qū)農業(yè)農村局,;
5.安置房分配專項巡察:巡察對象為區(qū)房屋征收服務中心;
6.就業(yè)補助資金和社?;鸸芾韺m椦膊欤貉膊鞂ο鬄閰^(qū)人力資源和社會保障局,。
……
巡察組受理信訪時間截止到2025年7月28日,。……
""", {"unit": "", "units": ["区农业农村局", "区医保局", "区房屋征收服务中心", "区人力资源和社会保障局"], "group": None,
      "term": None, "round": None, "start": date(2025, 4, 22), "end": date(2025, 7, 31), "feedback_date": None,
      "figures": []}),
    # http://m.vtrackmedia.com/xiamen/sz/2220870.html (traditional script with pinyin in brackets on a media mirror: a
    # city's sixth round of crossed district inspections (第六輪區級交叉巡察, round 6, no term), in the city's notice template
    # (根據《中國共產黨巡視工作條例》《關于市縣黨委建立巡察制度的意見》以及…經市委巡察工作領導小組研究決定,從…開始啟動) that r8's
    # xiamen_second and r13's xiamen_eleventh_round_third_batch_trad hold, so it is in SHARES_TEMPLATE; 從2019年11月18日開始
    # 啟動 is read as the start, as those two pinned texts read the template's launch day; the four bodies as written,
    # 區統計局 under 集美區 written as the text writes it; 一個月左右 gives no end)
    ("xiamen_sixth_round_district_cross_inspection_four_bodies_pinyin_trad", "http://m.vtrackmedia.com/xiamen/sz/2220870.html", "noisy", """根據(jù)《中國共產(chǎn)黨巡視工作條例》《關(guān)于市縣黨委建立巡察制度的意見》以及《中共廈門市委巡察工作實施辦法》規(guī)定,經(jīng)市委巡察工作領(lǐng)導小組研究決定,從2019年11月18日開始啟動廈門市第六輪區(qū)級交叉巡察工作,采取市、區(qū)混合編組模式組建三個交叉巡察組,分別對思明區(qū)委政法委員會、集美區(qū)發(fā)改局和區(qū)統(tǒng)計局、海滄區(qū)發(fā)改局開展巡察。巡察時間一個月左右。日前,三個交叉巡察組已經(jīng)進駐巡察。
……
""", {"unit": "", "units": ["思明区委政法委员会", "集美区发改局", "区统计局", "海沧区发改局"], "group": None, "term": None,
      "round": 6, "start": date(2019, 11, 18), "end": None, "feedback_date": None, "figures": []}),
    # http://www.hlnfamily.com/news/1/344.html (traditional script on an unrelated domain: a county-level city launches its
    # committee's 2018 poverty-relief special round: 進駐巡察時間為7月23日至12月21日 takes the year the round's name gives
    # (市委2018年扶貧領域專項巡察); the towns, streets and departments are counted, no units; the named 宜潭片區 and 彌泉林場
    # are units of the list (settled 8), written simplified; three special groups have no number)
    ("changning_2018_poverty_special_round_area_and_forest_farm_trad", "http://www.hlnfamily.com/news/1/344.html", "noisy", """為深入落實中、省紀委“扶貧領域監督執紀問責工作電視電話會議”精神,推動中央、省、衡陽市委和我市精準扶貧系列重大決策部署落實、惠及民生。7月23日我市啟動市委2018年扶貧領域專項巡察工作。市領導郭秀清參加。
據悉,本次巡察工作是市委對扶貧領域各類問題的“盤點清倉”,為全市打贏脫貧攻堅戰提供堅強整治保障和深化整治巡察的重要舉措及具體行動。巡察工作將由市委派出三個專項巡察組,從減貧成效,建檔立卡貧困人口,錯、漏評,錯退和返貧情況,精準幫扶、脫貧攻堅重點工作及日常管理、扶貧資金撥付使用情況及扶貧領域突出問題等方面,采取聽、談、查、評、訪、看等方式,對全市18個鄉鎮、4個街道及宜潭片區和彌泉林場,以及20個行業扶貧部門就扶貧領域進行專項巡察,進駐巡察時間為7月23日至12月21日。
……
""", {"unit": "", "units": ["宜潭片区", "弥泉林场"], "group": None, "term": None, "round": None,
      "start": date(2018, 7, 23), "end": date(2018, 12, 21), "feedback_date": None, "figures": []}),
    # http://qdubb.cn/html/2018/xunshixuncha_0116/41438.html (traditional script on the mirror domain many batches draw on
    # (r14's dali_first_round_entries_trad is the prefecture's own first round; this is a county's special round): a
    # county group's 2017 poverty special round of three towns named bare before their count (羊岑、沙溪、馬登3個鄉鎮),
    # units as written, simplified; the quoted findings have no count; 2017年 gives no day)
    ("jianchuan_2017_poverty_special_round_three_towns_feedback_trad", "http://qdubb.cn/html/2018/xunshixuncha_0116/41438.html", "noisy", """“鄉黨委、政府對脫貧攻堅缺乏政治和全局意識,個別村干部對精準脫貧學習不深,理解不透,因村因戶施策幫扶不到位,幫扶成效不明顯,部分項目推進緩慢……”這些脫貧攻堅專項巡察中發現的問題,被巡察組在反饋會上一一作了通報。2017年,劍川縣委巡察組對羊岑、沙溪、馬登3個鄉鎮開展了脫貧攻堅專項巡察。
……
""", {"unit": "", "units": ["羊岑", "沙溪", "马登"], "group": None, "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://www.x320.cn/content/2024-12/14/content_9120649.htm (traditional script with pinyin in brackets on a city
    # discipline paper that r11's nanan_water_trad and r17's jinjiang_2017_first_round_launch_trad also come from (other
    # counties, other stories): a county group's village round (對村巡察, 鎮村一體巡) story; the group in the form the text
    # writes it (縣委巡察三組, simplified); the town and its village are the story's setting, not scored (as r24's Lipu))
    ("yongchun_third_group_town_and_village_round_drain_story_pinyin_trad", "http://www.x320.cn/content/2024-12/14/content_9120649.htm", "noisy", """對(duì)村巡察丨永春:深化“邊巡邊改+跟蹤督改” 提升對(duì)村巡察綜合效果
來(lái)源:永春縣紀(jì)委監(jiān)委 發(fā)布時(shí)間:2024-12-14 09:33
“以前這一片菜地,連同附近的農(nóng)田,遇到強(qiáng)降雨就容易被大水漫灌,很不好耕種。現(xiàn)在排洪渠建起來(lái)了,再也不用擔(dān)心水澇了……”近日,永春縣委巡察三組工作人員前往東關(guān)鎮(zhèn)溪南村回訪了解對(duì)村巡察邊巡邊改事項(xiàng),村民田大姐邊給地里的芥菜“除草”,邊欣喜地講述這實(shí)實(shí)在在的變化。
此前,永春縣委巡察三組對(duì)東關(guān)鎮(zhèn)及所轄村開(kāi)展“鎮(zhèn)村一體巡”時(shí),了解到溪南村彩瀨角落存在排水管道狹小、老化等問(wèn)題,……
""", {"units": [], "group": "县委巡察三组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://any-love.cn/qydj/info.aspx?itemid=16166 (traditional script with pinyin in brackets on an unrelated domain: a
    # group company's committee mobilises its third round's first batch: round 3, no term; the three inspected bodies as
    # the text names them, simplified; 4月11日 has no year and a mobilisation is no start; the group has no number)
    ("group_company_third_round_first_batch_three_branches_mobilisation_pinyin_trad", "http://any-love.cn/qydj/info.aspx?itemid=16166", "noisy", """4月11日上午,集團黨委在研發(fā)樓四樓會(huì )議室召開(kāi)第三輪巡察(第一批)進(jìn)駐動(dòng)員會(huì )。集團公司黨委委員、紀委書(shū)記、巡察組組長(cháng)孟召參加會(huì )議,被巡察單位水泥分廠(chǎng)黨總支、聚酯分廠(chǎng)黨支部、大維分廠(chǎng)黨總支黨政班子成員、生產(chǎn)骨干代表及黨委巡察組全體成員參加會(huì )議,巡察組副組長(cháng)、黨委巡察辦主任葛英中主持會(huì )議。
會(huì )議集體學(xué)習了習近平總書(shū)記關(guān)于巡視工作的重要論述。
……
""", {"unit": "", "units": ["水泥分厂党总支", "聚酯分厂党支部", "大维分厂党总支"], "group": None, "term": None, "round": 3,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
]
