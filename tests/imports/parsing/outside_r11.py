"""Outside texts of batch r11 (issue 14), held out: collected with the search tool from public pages that are in no
earlier batch (each URL checked against every outside batch and test_outside_documents.py, with and without www./m./
mip.; every text compared with `bench/outside_overlap.py tests/imports/parsing/outside_r11.py`, which loads an
unregistered batch without running the importer), their fields written down by reading only. The importer was not run
on them while they were collected, no test or bench that runs it was run, and the collector read neither
imports/parsing nor the parser's tests (only the outside_*.py data files and outside_set.py); the integrator runs them
once, and that run is the honest figure for unseen texts.

Sources. All texts come from the search tool's "pages" corpus; seven of them were returned without an address (noted
in place as "search corpus pages (no URL returned)"; one more such text turned out to be the c batch's anxiang and was
dropped).
The usual phrasings return pages earlier batches already hold (about half the hits of every query were duplicates);
queries naming a kind of unit together with 巡察整改进展情况 / 反馈巡察情况 still returned unused ones: 财政局, 教育局 and
schools, 交通运输局, 水利局, 退役军人事务局, 统计局, 应急管理局, 农业农村局, 民政局, 医保局, 城市管理局, 市场监管局,
文化和旅游局, 科协, 融媒体中心, 总工会, 妇联, 工商联, 机关事务管理中心, 开发区, hospitals (人民医院, 中医医院), state
companies, villages; also audit rectification, round mobilisations and round figures. No find_string or "code" source
was needed. Units the brief asked for that the corpus did not yield unused: 税务局, 烟草, 电力, 铁路 (one railway text is a
content farm's), 金融机构, 高校院系 (every university hit was an earlier batch's).

Families and counts (99 texts). progress 23 (progress reports' bodies, 11 with their title line and 12 without:
transport, culture and tourism, science associations, a media centre, an emergency bureau, agriculture, hospitals, a
health commission, a trade union, women's federations (one provincial), a national development zone after a
provincial group, a market regulation bureau; one in traditional script); news 40 (26 feedback meetings with the two
noisy ones below: transport, veterans, civil affairs, urban management, schools, trade unions, women's federations,
federations of industry and commerce, development zones, science associations, a propaganda department, a district
health bureau, an office-affairs centre; mobilisations and entries; rectification meetings; a story of a petition; and
checks that are no party inspection: a finance department's "专项巡察" of spending, a statistics 督察, a ministry's
housing-fund 巡查组); rounds 14 (mobilisations and entries of county, district and city rounds with their units, a
round's feedback, a leading group's hearings, term- and year-level figures, a village round's figures, a set-up story
without figures); audit 7 (审计 texts: a province's rectification report, a city's letter, meetings of a university, a
company and groups, an article; refused as the README says); noisy 15 (traditional script with and without pinyin
annotations, dates whose 年/月 were lost (20249月至11月, 202442日至820日, 2024919日, 20178月11), a report whose Chinese
became "?", a betting brand in front of a body, HTML paragraph tags, a forum's login prompts, content-farm answers,
a health commission's 巡查 of hospitals that is no inspection). Fields read: 422 (as r10 counts them: a unit of "" for a
round-level text counts, each unit of a list and each figure counts, a refusal counts, problems 0 counts), and 400
absence checks (None, "", [] and problems 0 where a careless reader might fill the field). Figures read: problems 14,
rules_established 5, completed 4, measures 4, clues_transferred 4, cases_filed 2, disciplined_people 2,
transferred_judicial 2, funds_recovered 1.

Reading conventions (those of r6 to r10, followed unchanged): a day without a year gives no date, unless the page's
own dated header gives its year (luyang_school_feedback); a feedback day written without a year after the dated visit
takes the visit's year, not where it comes before the visit (luyang_office_affairs_feedback keeps none); a mobilisation
meeting's day is no start, but a group's 正式进驻 / 从今天起正式进驻 day is (fengyang_hospital_entry_digits,
mianyang_emergency_mobilisation), and 结束现场巡察 ends the visit; month-only visits read as their first and last days
(hengyang_hospital_progress_digits, hefei_culture_progress); parts of months (上旬, 中旬, 底) are not scored;
run-together digits are read as a date only where one reading is possible (2025117日 reads two ways, so no feedback day);
the deadline for letters is no end; rounds counted (2轮) and batches (第一批) give no round number; 十八大/十九大 are no term;
a round or term of another body named in passing is not this text's (the province's round beside the city's, a plan
for the next round named as a document); 线索 counts are clues_transferred, 立案审查N人 is cases_filed; counts that are no
findings (meetings held, study sessions, 整改任务, aspects N个方面, advice N条, villages or units inspected, 民生问题
settled, honours, people trained, staff) are no metric; a figure covering several kinds at once (责令检查、批评教育、谈话提醒
24人) or fitting no one metric (教育提醒) is cut from the excerpt rather than guessed; a refinement of a figure (97项措施
细化为171条) is cut; advice (一是…as a demand on the unit) is no problem; problems are counted when listed (by 、, by
semicolons, or one sentence each as issue 14 item 4 describes) and not scored where they run as comma-joined clauses of
uneven weight or the list is cut; a group named only with its city in front, without its body (第二巡察组) or in two
forms (十一届县委第十二轮巡察第二巡察组 and 县委第二巡察组) is not scored, unusual names used in one form are
(市委第一专项巡察组, 市委第六提级交叉巡察组); the unit is the visit's (the bureau visited, not the 党组 the feedback
went to), keeps a bracketed second name (r7's district_education, r8's 县委宣传部（含…）), and is not scored where it is
named with 中共 and brackets, as 我单位, or several ways; a text naming two units has unit "" and both in units.

What I was unsure of, and how I read it: the problems of haimen_devzone_lookback, shexian_devzone_feedback,
guichi_eighth_school_feedback and changchun_urban_management_feedback (comma-joined clauses) are not scored, though r8
scored one comma-separated list; the round of yunyang_ninth_round_trad is the ninth (its look-back is called 第三轮巡察
“回头看”); units cut by the author's 等 (县委教育工委、县市场监管局党委等12个) are kept as named, as r10 kept a collector's
cut; xialu_first_round_clues counts the group's 3 clues (掌握) and not the 29 gathered before the round;
nanan_water_trad's 推动整改涉及民生问题1305个 is read as problems settled, no findings; qingyang_finance_spending_check,
heihe_statistics_check, housing_fund_supervisors and gansu_hospital_checks_trad are read as no inspection.
"""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R11 = [
    # --- progress reports (bodies with and without their title line) -------------------------------------------------
    # http://www.aqjjjc.gov.cn/html/2025/bj_xczg_1031/42284.html (a city transport bureau's progress body: the visit
    # names the bureau, the feedback its 党组: the unit is the visit's, as r10's huiji_procuratorate_progress; the
    # feedback day's year from the visit's; 制定、完善31项制度 is rules_established)
    ("anqing_transport_progress", "http://www.aqjjjc.gov.cn/html/2025/bj_xczg_1031/42284.html", "progress", """根据市委统一部署,2024年4月28日至6月14日,市委第四巡察组对安庆市交通运输局开展了巡察。9月11日,市委第四巡察组向安庆市交通运输局党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改进展情况予以公布:
一、加强组织领导,坚决扛起巡察整改政治责任
……(二)坚持分类施策,从严从实整改。……坚持治标与治本相结合,补短板、强弱项、抓落实,先后制定、完善31项制度,建立整改长效机制,从制度上遏制巡察反馈问题反弹回潮。
""", {"unit": "安庆市交通运输局", "group": "市委第四巡察组", "term": None, "round": None, "start": date(2024, 4, 28),
      "end": date(2024, 6, 14), "feedback_date": date(2024, 9, 11), "figures": [("rules_established", 31)]}),
    # http://www.hnhs.gov.cn/22557/22597/22569/content_2091501.html (a district transport bureau's progress body:
    # 37 problems in 4 aspects, 34 completed (立行立改 ones included); 阶段性完成 3 is not scored)
    ("heshan_transport_progress", "http://www.hnhs.gov.cn/22557/22597/22569/content_2091501.html", "progress", """根据区委统一部署,2024年9月6日至11月20日,区委第三巡察组对区交通运输局党组开展了巡察。2025年1月7日,巡察组向区交通运输局党组反馈了巡察意见,提出了整改建议。按照巡察工作有关要求,现将巡察整改进展情况报告如下。
一、组织整改落实情况
……截至2025年6月30日,巡察反馈的4个方面37个问题,已整改完成34个(含立行立改问题2个),阶段性完成整改3个。
""", {"unit": "区交通运输局党组", "group": "区委第三巡察组", "term": None, "round": None, "start": date(2024, 9, 6),
      "end": date(2024, 11, 20), "feedback_date": date(2025, 1, 7),
      "figures": [("problems", 37), ("completed", 34)]}),
    # https://xy.jiceng.zhengzhou.gov.cn/022005005/9139153.jhtml (a county-level city's emergency bureau, its progress
    # report after a prefectural group: the round named in its leading group's name (六届市委第八轮巡察); 47 problems,
    # the rest of the sentence cut; 截至2月10日 has no year and is no date of the inspection; the city's publication
    # formula (经N个月集中整改和《郑州市委巡察整改情况公开办法》…), shared with r10's huiji_procuratorate_progress, is cut)
    ("xingyang_emergency_progress", "https://xy.jiceng.zhengzhou.gov.cn/022005005/9139153.jhtml", "progress", """根据市委统一部署,2024年8月23日至9月13日,市委第一巡察组对荥阳市应急管理局党委进行了巡察。2024年10月10日,市委第一巡察组向荥阳市应急管理局党委反馈了巡察意见。……现将巡察整改情况予以公布。
……(一)……成立落实六届市委第八轮巡察整改工作领导小组,负责全局相关问题整改工作的协调推进、督查督导、整改意见的确定及整改成效的评价等工作。……
(三)截至2月10日,巡察反馈的47个具体问题……
""", {"unit": "荥阳市应急管理局党委", "group": "市委第一巡察组", "term": 6, "round": 8, "start": date(2024, 8, 23),
      "end": date(2024, 9, 13), "feedback_date": date(2024, 10, 10), "figures": [("problems", 47)]}),
    # http://nyncj.jinhua.gov.cn/art/2024/1/18/art_1229159884_4130109.html (a city agriculture bureau's progress report
    # with its title and the portal's index lines; the group named with its number, then as 市委巡察组)
    ("jinhua_agriculture_progress", "http://nyncj.jinhua.gov.cn/art/2024/1/18/art_1229159884_4130109.html", "progress", """113307000025920705/2024-00019
中共金华市农业农村局委员会关于市委巡察组反馈意见整改进展情况的通报
金华市农业农村局
2024-01-18
根据市委统一部署,2023年7月6日-9月6日,市委第四巡察组对市农业农村局党委进行了巡察。2023年10月19日,市委巡察组向市农业农村局党委反馈了巡察意见。市农业农村局党委高度重视,切实履行整改主体责任,……现按党务公开原则和巡察工作有关要求,将巡察整改进展情况予以通报。
市农业农村局党委把巡察整改落实工作作为一项重大的政治任务来抓,……一是加强组织领导。……二是强化责任担当。……三是注重建章立制。……
""", {"unit": "市农业农村局党委", "group": "市委第四巡察组", "term": None, "round": None, "start": date(2023, 7, 6),
      "end": date(2023, 9, 6), "feedback_date": date(2023, 10, 19), "figures": []}),
    # search corpus pages (no URL returned) (a city agriculture bureau's report after a special inspection, with its
    # title (twice, as the page shows it): the group has no number, not scored; no feedback day; 2次 study sessions
    # are no metric)
    ("ningbo_agriculture_special", "search corpus pages (no URL returned)", "progress", """中共宁波市农业农村局党组关于落实市委巡察组专项巡察反馈意见集中整改进展情况的通报
中共宁波市农业农村局党组关于落实市委巡察组专项巡察反馈意见集中整改进展情况的通报
根据市委统一部署,2023年5月25日—7月28日,市委乡村振兴领域专项巡察组对市农业农村局党组进行了巡察。市农业农村局党组把巡察整改作为重大政治任务来抓,……确保整改工作在规定时限内有效完成。根据巡察工作要求,现将集中整改进展情况通报如下:
一、在贯彻落实中央和省市委关于乡村振兴战略部署不够精准有力,推进乡村振兴高质量发展存在差距方面
(一)关于“学习习近平总书记关于乡村振兴重要论述不够系统,贯彻落实不够到位”问题的整改
1.针对“学思践悟不够深入”问题。……四是深入学习中办、国办下发的《深化农村改革实施方案》,党组开展了2次专题学习。
""", {"unit": "市农业农村局党组", "term": None, "round": None, "start": date(2023, 5, 25), "end": date(2023, 7, 28),
      "feedback_date": None, "figures": []}),
    # https://yanjin.gov.cn/index.php/newsinfo/21904.html (a county agriculture bureau's report with its title and
    # date line: the unit is 我单位 in the opening and named with 中共 elsewhere, not scored; the feedback day's year
    # from the visit's; the group named with its number, then as 巡察组)
    ("yanjin_agriculture_progress", "https://yanjin.gov.cn/index.php/newsinfo/21904.html", "progress", """中共延津县农业农村局党组关于落实县委巡察反馈意见整改情况的报告
来源:延津县农业农村局 发布时间:2025-02-26 16:48:14 浏览量:4454 字号:
根据县委统一部署,2024年8月18日至9月14日,县委第二巡察组对我单位进行了巡察。10月24日,巡察组向中共延津县农业农村局党组反馈了巡察意见。根据有关规定和要求,现将巡察整改情况报告如下:
一、党组及主要负责人组织整改落实情况
农业农村局党组坚持把巡察整改作为重大政治任务,……
""", {"group": "县委第二巡察组", "term": None, "round": None, "start": date(2024, 8, 18), "end": date(2024, 9, 14),
      "feedback_date": date(2024, 10, 24), "figures": []}),
    # http://www.lzszyyy.com/content/4034.html (a city hospital of traditional medicine, its progress body on its own
    # site: the group named with its number, then as 市委巡察组)
    ("luzhou_tcm_hospital_progress", "http://www.lzszyyy.com/content/4034.html", "progress", """根据市委统一部署,2024年10月10日至11月8日,市委第四巡察组对泸州市中医医院党委进行了巡察,2025年1月15日,市委巡察组向泸州市中医医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察反馈问题集中整改进展情况予以公布。
一、党委落实巡察整改主体责任情况
(一)强化政治自觉抓整改。医院党委及时召开专题会议,对巡察反馈意见逐一梳理,就整改工作进行全面安排部署。……
""", {"unit": "泸州市中医医院党委", "group": "市委第四巡察组", "term": None, "round": None,
      "start": date(2024, 10, 10), "end": date(2024, 11, 8), "feedback_date": date(2025, 1, 15), "figures": []}),
    # https://wjw.taizhou.gov.cn/xwzx/tzgg/art/2025/art_fb7bec63652c4d44aab7a830fe2a7dce.html (a city health
    # commission's progress body with the portal's date lines: 6个方面18个突出问题 gives 18 problems; 164项整改措施 are
    # measures)
    ("taizhou_health_progress", "https://wjw.taizhou.gov.cn/xwzx/tzgg/art/2025/art_fb7bec63652c4d44aab7a830fe2a7dce.html", "progress", """- 信息来源:市卫生健康委
- 发布日期:2025-09-24 08:02
根据市委统一部署,市委第四巡察组于2024年7月9日至9月14日对市卫生健康委党组开展了巡察,并于2025年1月17日进行了反馈。按照党务公开原则和巡察工作有关要求,现将巡察整治情况予以公布。
一、整改工作组织情况
……(二)坚持问题导向,强化跟踪问效。委党组围绕巡察反馈的6个方面18个突出问题,针对性研究制定164项整改措施,印发《巡察整改责任清单》《巡察整改任务清单》,……
""", {"unit": "市卫生健康委党组", "group": "市委第四巡察组", "term": None, "round": None, "start": date(2024, 7, 9),
      "end": date(2024, 9, 14), "feedback_date": date(2025, 1, 17),
      "figures": [("problems", 18), ("measures", 164)]}),
    # https://www.tongdao.gov.cn/tongdao/c101153/202506/c2ef7f95daf84dee8cec664156f37fdd.shtml (an autonomous county's
    # trade union, its progress report with its title and date line: the group named with its number, then as
    # 巡察组)
    ("tongdao_union_progress", "https://www.tongdao.gov.cn/tongdao/c101153/202506/c2ef7f95daf84dee8cec664156f37fdd.shtml", "progress", """中共通道侗族自治县总工会党组关于巡察整改进展情况的通报
发布时间:2025-06-06 16:17 信息来源:中国共产党通道侗族自治县总工会党组
根据县委巡察工作统一部署,2024年7月5日至9月4日,县委第五巡察组对通道侗族自治县总工会党组进行了巡察。2024年10月23日,巡察组向通道侗族自治县总工会党组反馈了巡察意见。根据有关规定和要求,现将巡察整改进展情况通报如下:
一、组织整改落实情况
(一)党组织整改落实情况
……二是强化组织领导。为加强巡察整改工作组织领导,县总工会党组成立以党组书记为组长、两位党组成员为副组长、相关部室负责人为成员的巡察整改工作领导小组。……
""", {"unit": "通道侗族自治县总工会党组", "group": "县委第五巡察组", "term": None, "round": None,
      "start": date(2024, 7, 5), "end": date(2024, 9, 4), "feedback_date": date(2024, 10, 23), "figures": []}),
    # https://www.whkfq.gov.cn/ztjh/dflzjs/lzxxgk/xcgz/202407/t20240718_2430044.html (a national development zone's
    # report after a provincial group, with its title and date line: the round in the title; 5次, 10余次 and 5个工作组
    # are no metric)
    ("wuhan_devzone_provincial_progress", "https://www.whkfq.gov.cn/ztjh/dflzjs/lzxxgk/xcgz/202407/t20240718_2430044.html", "progress", """中共武汉经开区党工委关于十二届省委第四轮巡视整改进展情况的通报
发布时间:2024-07-18 11:16 作者: 信息来源: 中共武汉经开区党工委
根据省委巡视工作统一部署,2023年7月18日至9月15日,省委第六巡视组对武汉经开区开展了常规巡视,并于2023年11月1日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、巡视整改组织领导情况
……三是实化调度督导。……专班设立联络协调、督导监督等5个工作组,……
……一是及时研究,周密部署。主持召开书记专题会及党工委会议,研究巡视整改工作5次,对巡视整改工作作出指示批示10余次,……
""", {"unit": "武汉经开区", "group": "省委第六巡视组", "term": 12, "round": 4, "start": date(2023, 7, 18),
      "end": date(2023, 9, 15), "feedback_date": date(2023, 11, 1), "figures": []}),
    # http://www.luntanhao.com/art/2025/6/3/art_1229429893_5525536.html (a city women's federation's progress report in
    # traditional script on a mirror, its title split over two lines: the round in the title; the group named with
    # its number, then as 市委巡察组; 建立完善制度8项 are rules established (the people reminded are cut, as 教育提醒
    # fits no one metric))
    ("lishui_women_progress_trad", "http://www.luntanhao.com/art/2025/6/3/art_1229429893_5525536.html", "progress", """中共麗水市婦女聯合會黨組關于五屆市委
第四輪巡察整改進展情況的通報
根據市委統一部署,2024年5月8日—5月24日,市委第二巡察組對市婦聯黨組進行了巡察。2024年10月10日,市委巡察組向市婦聯黨組反饋了巡察意見。根據巡察工作有關要求,現將整改進展情況予以公布。
市婦聯黨組把巡察整改工作作為重大政治任務來抓,……
在巡察整改工作中,……建立完善制度8項。
""", {"unit": "市妇联党组", "group": "市委第二巡察组", "term": 5, "round": 4, "start": date(2024, 5, 8),
      "end": date(2024, 5, 24), "feedback_date": date(2024, 10, 10), "figures": [("rules_established", 8)]}),
    # http://www.zjsjw.gov.cn/gongzuodongtai/xunshixuncha/202506/t20250616_23514022_ext.html (a provincial women's
    # federation's report after a provincial group: the feedback day's year from the visit's; 7个方面 are aspects;
    # meetings 15次 are no metric; 建立完善制度15项 are rules established (the people reminded are cut, as above))
    ("zhejiang_women_provincial_progress", "http://www.zjsjw.gov.cn/gongzuodongtai/xunshixuncha/202506/t20250616_23514022_ext.html", "progress", """2025-06-17 09:00 浙江省纪委省监委网站
根据省委统一部署,2024年3月18日至5月20日,省委第六巡视组对省妇女联合会党组开展了巡视。8月8日,省委巡视组向省妇女联合会党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改情况予以公布。
……二是加强组织领导,压实整改责任。……针对反馈的7个方面问题,制定巡视整改方案,……三是强化闭环管理,狠抓整改落实。整改期间召开党组会、专班会议、领导小组会议15次,……
在巡视整改工作中,……建立完善制度15项。
""", {"unit": "省妇女联合会党组", "group": "省委第六巡视组", "term": None, "round": None, "start": date(2024, 3, 18),
      "end": date(2024, 5, 20), "feedback_date": date(2024, 8, 8), "figures": [("rules_established", 15)]}),
    # http://lz.xiangtan.gov.cn/contents/bjxc/26602.html (a city women's federation's progress body: the feedback
    # names the group, not the unit it was given to, which is the visit's)
    ("xiangtan_women_progress", "http://lz.xiangtan.gov.cn/contents/bjxc/26602.html", "progress", """根据市委统一部署,2023年10月11日至12月1日,市委第三巡察组对市妇联党组开展了常规巡察。2024年1月17日,市委第三巡察组反馈了巡察意见。根据党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、组织整改落实情况
市妇联党组全面压实巡察整改主体责任,……
二、巡察反馈问题整改情况
(一)贯彻落实党的理论路线方针政策和党中央决策部署有缺失,引领各界妇女群众发挥作用不明显方面
1.贯彻落实第一议题不到位。
整改情况:建立“第一议题”制度落实台账,……
""", {"unit": "市妇联党组", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2023, 10, 11),
      "end": date(2023, 12, 1), "feedback_date": date(2024, 1, 17), "figures": []}),
    # http://luozhuang.gov.cn/info/5543/71465.htm (a district culture and tourism bureau's progress body: the feedback
    # day's year from the visit's; 6个方面10个具体问题 gives 10 problems)
    ("luozhuang_culture_progress", "http://luozhuang.gov.cn/info/5543/71465.htm", "progress", """根据区委统一部署,2022年6月22日至9月22日,区委第二巡察组对区文化和旅游局党组进行了巡察。10月25日,巡察组向区文化和旅游局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
一、整改工作基本情况
区委第二巡察组通过集中巡察,向区文旅局党组反馈的意见中指出了6个方面10个具体问题。局党组高度重视巡察整改工作,……
""", {"unit": "区文化和旅游局党组", "group": "区委第二巡察组", "term": None, "round": None, "start": date(2022, 6, 22),
      "end": date(2022, 9, 22), "feedback_date": date(2022, 10, 25), "figures": [("problems", 10)]}),
    # http://www.jxsjw.gov.cn/nhqf/nhqf2019/xsxc/bjxc/202601/t20260123_6601480.shtml (a city culture bureau's progress
    # body: 45 rules established and 5.0227万元 recovered; the people handled under three kinds at once are cut, as
    # one figure fits no one metric)
    ("jiangxi_city_culture_progress", "http://www.jxsjw.gov.cn/nhqf/nhqf2019/xsxc/bjxc/202601/t20260123_6601480.shtml", "progress", """根据市委统一部署,2025年3月18日至6月6日,市委第三巡察组对市文化广电旅游局党委进行了巡察。2025年7月31日,市委第三巡察组向市文化广电旅游局党委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
市文化广电旅游局党委高度重视巡察整改工作,……
巡察反馈后,在巡察整改工作中,……建立完善制度45项,收回清退违规资金5.0227万元。
""", {"unit": "市文化广电旅游局党委", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2025, 3, 18),
      "end": date(2025, 6, 6), "feedback_date": date(2025, 7, 31),
      "figures": [("rules_established", 45), ("funds_recovered", 5.0227)]}),
    # https://quwei.bjtzh.gov.cn/jjw/c110013/202601/1778717.shtml (a district culture bureau's progress report with its
    # title: the unit is named with 中共 and two bodies in brackets, not scored)
    ("tongzhou_culture_progress", "https://quwei.bjtzh.gov.cn/jjw/c110013/202601/1778717.shtml", "progress", """中共北京市通州区文化和旅游局党组关于巡察整改进展情况的通报
来源:区纪委区监委
发布时间:2026-01-16
根据区委巡察工作统一部署,2022年10月20日至2023年1月6日,区委第四巡察组对中共北京市通州区文化和旅游局(北京市通州区文物局,含北京市通州区文化市场综合执法大队)党组开展了巡察。2023年2月10日,区委第四巡察组向中共北京市通州区文化和旅游局(北京市通州区文物局,含北京市通州区文化市场综合执法大队)党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、履行政治责任,全力推进巡察整改工作
……
""", {"group": "区委第四巡察组", "term": None, "round": None, "start": date(2022, 10, 20), "end": date(2023, 1, 6),
      "feedback_date": date(2023, 2, 10), "figures": []}),
    # http://www.lianshui.gov.cn/col/1164_823538/art/17356608/17363188270703nQg7NHH.html (a county culture bureau's
    # report to the inspection office, with the portal's index lines and its title: the group has no body
    # (第二巡察组), not scored; the feedback day's year from the visit's; 4项12个问题 gives 12 problems, 12
    # completed; 0项 not started and 党课3次 are no metric)
    ("lianshui_culture_progress", "http://www.lianshui.gov.cn/col/1164_823538/art/17356608/17363188270703nQg7NHH.html", "progress", """索 引 号 014327354/2025-00018 发布机构 文化广电和旅游局 公开日期 2024-12-10
文  号 涟文广旅委[2024]38号 分  类 公共文化
中共涟水县文化广电和旅游局委员会关于巡察整改进展情况的报告
涟水县委巡察工作办公室:
根据统一部署,2023年7月10日至9月20日,第二巡察组对县文广旅游局党委进行了巡察。12月6日,巡察组向县文广旅游局党委反馈了巡察意见。根据有关规定和要求,现将巡察整改情况报告如下:
一、整改工作组织情况
概述巡察反馈意见中指出4项12个问题;……目前,已整改完成12个问题,尚有0项问题未启动整改。
……党委书记带头上党课,为全系统党员干部上党课3次。
""", {"unit": "县文广旅游局党委", "term": None, "round": None, "start": date(2023, 7, 10), "end": date(2023, 9, 20),
      "feedback_date": date(2023, 12, 6), "figures": [("problems", 12), ("completed", 12)]}),
    # http://www.hfsjw.gov.cn/xsxc-/xcgz/xczg/18427655.html (a city culture bureau's progress body: a month-only visit
    # (2022年7月至2022年8月, read as its first and last days); the group named with the term in front
    # (十二届市委第一巡察组) and then without it, not scored; the round stated in the plan's title; the later dates are
    # meetings)
    ("hefei_culture_progress", "http://www.hfsjw.gov.cn/xsxc-/xcgz/xczg/18427655.html", "progress", """根据市委统一部署,2022年7月至2022年8月,十二届市委第一巡察组对市文化和旅游局和8个局属单位开展了巡察,并于2022年10月20日市委第一巡察组向市文化和旅游局反馈了巡察意见。根据《中共合肥市委巡察工作实施办法》和党内监督等有关规定,现将巡察整改情况予以公布。
一、巡察整改基本情况
……(一)强化组织领导。……局党组于2022年10月21日专门召开党组会议,……
(三)压实整改责任。……局党组于2022年11月18日召开巡察整改工作推进会,印发了《中共市文化和旅游局党组关于十二届市委第三轮巡察反馈问题的整改落实方案》。……
""", {"unit": "市文化和旅游局", "term": 12, "round": 3, "start": date(2022, 7, 1), "end": date(2022, 8, 31),
      "feedback_date": date(2022, 10, 20), "figures": []}),
    # http://wglj.smx.gov.cn/10360/616750560/1546078.html (a city culture bureau's report with its title and date line
    # after a special group: the feedback day's year from the visit's; 六个方面的问题和五个方面意见建议 are no metric)
    ("sanmenxia_culture_progress", "http://wglj.smx.gov.cn/10360/616750560/1546078.html", "progress", """中共三门峡市文化广电和旅游局党组 关于巡察整改情况的通报
来源:机关党委
发布时间:2024-04-07 08:14
根据市委统一部署,2023年7月5日至8月23日,市委第一专项巡察组对三门峡市文化广电和旅游局进行了巡察。9月22日,市委巡察组向中共三门峡市文化广电和旅游局党组反馈了巡察意见。按照《中国共产党巡视工作条例》等有关规定,现将巡察整改情况予以公布。
一、工作开展情况
……(二)制定方案,明确任务。针对市委第一专项巡察组反馈意见,……确定了六个方面的问题和五个方面意见建议,……
""", {"unit": "三门峡市文化广电和旅游局", "group": "市委第一专项巡察组", "term": None, "round": None,
      "start": date(2023, 7, 5), "end": date(2023, 8, 23), "feedback_date": date(2023, 9, 22), "figures": []}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=44211 (a city science association's report with its title,
    # on the same site and in the same form as r10's dongying_police_progress (another unit and group): meetings and
    # study sessions are no metric)
    ("dongying_science_progress", "http://www.jiwei.gov.cn/news_content.thtml?contentId=44211", "progress", """中共东营市科学技术协会党组关于市委第二巡察组反馈意见集中整改进展情况的通报
  根据市委统一部署,2024年3月25日至6月7日,市委第二巡察组对市科协党组开展了巡察,并于2024年8月23日反馈了巡察情况。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
  一、关于贯彻落实党中央决策部署和省委、市委工作要求有差距方面
  1.政治站位不高,“第一议题”制度落实不到位问题
  (1)……2024年以来,共召开党组会议16次、主席办公会5次,均列第一议题,……
""", {"unit": "市科协党组", "group": "市委第二巡察组", "term": None, "round": None, "start": date(2024, 3, 25),
      "end": date(2024, 6, 7), "feedback_date": date(2024, 8, 23), "figures": []}),
    # https://www.scqs.gov.cn/info/11106/223137.htm (a county science association's progress body: 10 problems, 10
    # completed; 44 measures; 建章立制5个 are rules established; the people talked to and criticised at once are cut;
    # 2月28日 and 2025年3月11日 are later events)
    ("qingshen_science_progress", "https://www.scqs.gov.cn/info/11106/223137.htm", "progress", """根据县委统一部署,2024年10月21日至11月10日,县委第二巡察组对县科协党组进行了巡察。2025年2月13日,巡察组向县科协党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察集中整改进展情况予以公布。
巡察反馈以来,县科协党组高度重视,……巡察反馈的四方面10个问题,已整改落实10个。在整改中,制定措施44个,建章立制5个,……并清退违规违纪款项。现将巡察集中整改情况通报如下。
一、落实巡察整改责任的情况
(一)组织领导方面。
巡察反馈意见后,第一时间召开党组扩大会,……2月28日,将巡察整改专题民主生活会同2024年度民主生活会一起召开。
""", {"unit": "县科协党组", "group": "县委第二巡察组", "term": None, "round": None, "start": date(2024, 10, 21),
      "end": date(2024, 11, 10), "feedback_date": date(2025, 2, 13),
      "figures": [("problems", 10), ("completed", 10), ("measures", 44), ("rules_established", 5)]}),
    # http://www.jjcdi.gov.cn/content/2025-08/12/content_9183878.htm (a county-level city's media centre progress body:
    # the group 市委巡察二组 has an unusual name, not scored; 18份制度方案 reviewed and meetings held are no metric)
    ("jinjiang_media_progress", "http://www.jjcdi.gov.cn/content/2025-08/12/content_9183878.htm", "progress", """根据市委巡察工作统一部署,2024年12月26日至2025年1月26日,市委巡察二组对晋江市融媒体中心党委开展了巡察,并于2025年2月24日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、对巡察整改的组织领导情况
……(二)加强党委领导。……对融媒体中心《采购管理制度》《公用经费管理规定》和融媒公司《财务管理制度》《考勤管理制度》等18份制度方案进行审核把关;……集中整改期间共召开巡察整改协调会12场、专题会4场。
""", {"unit": "晋江市融媒体中心党委", "term": None, "round": None, "start": date(2024, 12, 26), "end": date(2025, 1, 26),
      "feedback_date": date(2025, 2, 24), "figures": []}),
    # http://www.whdi.gov.cn/xunchagongzuo/xunchafankui/20240624/20955.html (a city market regulation bureau's
    # report with its title and date line: the round in the title (十四届第五轮); 同比下降8.62% is no metric)
    ("wuhan_market_regulation_progress", "http://www.whdi.gov.cn/xunchagongzuo/xunchafankui/20240624/20955.html", "progress", """中共武汉市市场监督管理局党组关于十四届第五轮巡察集中整改进展情况的通报
发布时间:2024-06-24 17:44  来源:武汉市纪委监委
根据市委统一部署,2023年7月13日至8月31日,市委第五巡察组对市市场监管局党组开展了常规巡察。2023年10月20日,市委第五巡察组向市市场监管局党组反馈了巡察意见。按照巡察工作有关要求,现将集中整改进展情况予以公布。
一、巡察整改组织领导情况
……
二、反馈意见整改落实情况
1.关于“妨碍公平竞争问题仍然存在,侵害消费者权益问题逐年增多”问题
整改情况:……2023年接处消费者诉求同比下降8.62%。
""", {"unit": "市市场监管局党组", "group": "市委第五巡察组", "term": 14, "round": 5, "start": date(2023, 7, 13),
      "end": date(2023, 8, 31), "feedback_date": date(2023, 10, 20), "figures": []}),
    # --- news: feedback meetings, entries, mobilisations, rectification news, checks that are no inspection ----------
    # http://www.hengshan.gov.cn/xzfgzbm/xjyj/fdzdgknr/jyyw/20250916/i3787120.html (a county's mobilisation at its
    # education bureau: the group is named two ways (十一届县委第十二轮巡察第二巡察组, 县委第二巡察组), so not scored; the
    # mobilisation day is no start; 四个聚焦 is no figure)
    ("hengshan_education_mobilisation", "http://www.hengshan.gov.cn/xzfgzbm/xjyj/fdzdgknr/jyyw/20250916/i3787120.html", "news", """根据十一届县委第十二轮巡察工作统一部署,2025年9月15日,十一届县委第十二轮巡察第二巡察组巡察县教育局及相关学校动员会在县教育局五楼会议室召开。县纪委常务副书记、县监委副主任、县委巡察工作领导小组成员贺星,县委第二巡察组全体成员,县教育局领导班子全体成员,副科级及以上干部,局机关全体工作人员、近三年退休老同志代表,……参加会议。
会上,县委第二巡察组组长雷庆辉作动员报告并通报巡察任务安排。雷庆辉指出,本次巡察工作政治巡察定位将突出“四个聚焦”,……
""", {"unit": "县教育局", "term": 11, "round": 12, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://czj.chaoyang.gov.cn/html/CYCZJ/202309/0169526592195995.html (a city finance bureau's mobilisation: the
    # meeting's day is no start)
    ("chaoyang_finance_mobilisation", "https://czj.chaoyang.gov.cn/html/CYCZJ/202309/0169526592195995.html", "news", """2023年9月19日,市委第一巡察组召开巡察市财政局党组工作动员会议。市委第一巡察组组长王文昌、副组长李秀露及其成员,市财政局党组成员、各科室(单位)负责人,部分代表参加会议。
会上,市委第一巡察组组长王文昌发表动员讲话,详细介绍了巡察任务和方法步骤等事项,并代表市委对开展巡察工作提出具体的要求。……
市财政局党组书记、局长张树清代表市财政局党组作表态发言,……
""", {"unit": "市财政局党组", "group": "市委第一巡察组", "term": None, "round": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://czj.zgqingyang.gov.cn/xwzx/gzdt/content_66073 (a provincial finance department's "专项巡察" of spending
    # progress: a work group of a department, no party inspection; its 第三巡察组 and 9月4日至9日 (no year) are absence
    # checks)
    ("qingyang_finance_spending_check", "https://czj.zgqingyang.gov.cn/xwzx/gzdt/content_66073", "news", """省财政厅工作组赴我市开展中央和省级专项资金支出进度专项巡察工作
为进一步加快财政支出进度,9月4日至9日,省财政厅监督检查局三处处长、第三巡察组组长贾世国带领工作组对我市开展中央和省级专项资金支出进度专项巡察工作。
这次专项巡察主要任务是按照国务院第三次大督查有关工作要求,对市县财政部门当年收到中央和省级专项资金总额,上年结余结转资金数额,财政部门下达进度,部门单位实际支出情况开展巡察。……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://jw.lyg.gov.cn/sjw/xcgz/content/aee2c0a1-94bc-4026-aa7e-7c402c24e835.html (a city transport bureau's
    # feedback with its title and date line: five problems listed with 、 after 主要是; clues without a count)
    ("lianyungang_transport_feedback", "http://jw.lyg.gov.cn/sjw/xcgz/content/aee2c0a1-94bc-4026-aa7e-7c402c24e835.html", "news", """市委第六巡察组向市交通运输局党委反馈巡察情况
信息来源:市委巡察办
发布日期:2025-02-28
根据市委巡察工作安排,2025年2月21日,市委第六巡察组向市交通运输局党委反馈巡察情况。市委第六巡察组组长梁浩代表市委巡察组分别向市交通运输局党委书记、局长毛善通和市交通运输局党委领导班子反馈了巡察情况,……
根据市委统一部署,2024年10月18日至12月16日,市委第六巡察组对市交通运输局党委开展了常规巡察。……
梁浩指出,……巡察中,市委巡察组发现和干部群众反映了一些问题,主要是:行政执法存在盲区、交通安全隐患整治不彻底、农村道路建设养护滞后、招标代理机制不健全、推动机构改革不够深入等。同时,巡察组收到反映一些领导干部的问题线索,已按有关规定进行移交处理。
""", {"unit": "市交通运输局党委", "group": "市委第六巡察组", "term": None, "round": None,
      "start": date(2024, 10, 18), "end": date(2024, 12, 16), "feedback_date": date(2025, 2, 21), "problems": 5,
      "figures": []}),
    # https://zljjw.gov.cn/details/xsxc/3031.html (a district transport bureau's mobilisation with its title and date
    # line: the meeting's day is no start)
    ("zhangling_transport_mobilisation", "https://zljjw.gov.cn/details/xsxc/3031.html", "news", """区委第二巡察组对区交通局开展巡察
来源:区交通局 发布时间:2018-04-16
4月16日,区委第二巡察组召开巡察工作动员会,对区交通局开展巡察。区委第二巡察组成员、区交通局全体干部、各乡镇联系交通的同志、局属单位主要负责人、部分离退休人员参加了会议。
……区交通局党组书记、局长范文彬对接收巡察作表态发言,……
""", {"unit": "区交通局", "group": "区委第二巡察组", "term": None, "round": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://wangyi.qinfeng.gov.cn/info/1190/10085.htm (a district transport bureau's mobilisation: the round named
    # as the one whose meeting is passed on; 14个方面54个“看” are no metric)
    ("wangyi_transport_mobilisation", "https://wangyi.qinfeng.gov.cn/info/1190/10085.htm", "news", """根据区委统一部署,2024年5月8日,区委第一巡察组巡察区交通运输局党组工作动员会召开。区委第一巡察组副组长原博同志向区交通运输局党组传达学习了全区巡察工作会议暨十一届区委第五轮巡察动员部署会会议精神,组长李侠同志就开展巡察工作作了动员讲话,……
李侠强调,……重点围绕“四个聚焦”、14个方面54个“看”,要提高政治觉悟,强化责任担当,主动接受巡察组的监督检查,……
""", {"unit": "区交通运输局党组", "group": "区委第一巡察组", "term": 11, "round": 5, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://blfj.yueyang.gov.cn/10907/61270/61278/content_1866139.html (a city veterans bureau's feedback: 14
    # problems in three aspects; the three named are a sample of the 14, so no count of items; 一是…四是 are advice)
    ("yueyang_veterans_feedback", "https://blfj.yueyang.gov.cn/10907/61270/61278/content_1866139.html", "news", """2021年9月9日市委第五巡察组向市退役军人事务局党组反馈巡察情况。市委第五巡察组组长谭立华代表市委第五巡察组作巡察情况反馈。……胡玮代表局党组作表态发言。
谭立华指出,……但是,还存在一些不容忽视的问题,主要表现在聚焦贯彻落实党的路线方针政策和党中央决策部署情况,聚焦群众身边腐败和不正之风、聚焦基层党组织领导班子和干部队伍建设三个方面,反馈了局党组领导核心发挥不充分;学习贯彻习近平新时代中国特色社会主义思想特别是关于退役军工作重要论述有差距;党建工作有短板等14个主要问题。
针对巡察发现的问题,谭立华同志强调:一是提升政治站位,压实管党治党政治责任;二是坚持问题导向,防范风险和漏洞;三是强化财务监管,提高规范化水平;四是坚持从严治党,营造优良政治生态。
""", {"unit": "市退役军人事务局党组", "group": "市委第五巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": date(2021, 9, 9), "figures": [("problems", 14)]}),
    # http://hrblz.gov.cn/qxwz/pfq/xsxc/bjxsxcqk/2021/10/15859.html (a district veterans bureau's mobilisation with
    # its title and date line: 4月7日 is the meeting's, no start; the page's date is its publication)
    ("pingfang_veterans_mobilisation", "http://hrblz.gov.cn/qxwz/pfq/xsxc/bjxsxcqk/2021/10/15859.html", "news", """区委第一巡察组巡察区退役军人事务局党组织召开进驻工作动员会
来源: 平房区纪委 发布时间:2021-10-24
根据区委巡察工作统一部署,4月7日,区委第一巡察组召开对区退役军人事务局开展常规巡察工作动员会。会前,区委第一巡察组组长孙东宣主持召开与区退役军人事务局主要负责人刘佐成的见面沟通会,……
孙东宣组长就做好巡察工作讲三点意见:一是提高政治站位,……二是坚持问题导向,……三是积极配合,协同推进,……
""", {"unit": "区退役军人事务局", "group": "区委第一巡察组", "term": None, "round": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://heihe.dbw.cn/system/2024/03/04/059285476.shtml (a provincial statistics 督察 fed back to a city: no
    # inspection; its four findings, group and dates are absence checks)
    ("heihe_statistics_check", "https://heihe.dbw.cn/system/2024/03/04/059285476.shtml", "news", """按照省委、省政府要求,黑龙江省统计局于2024年3月1日向黑河市委、市政府反馈了统计督察意见。……
经省委、省政府同意,按照2023年省本级督查检查考核计划安排,省统计局2023年统计督察组于2023年12月10日至21日对黑河市开展了统计督察。
督察发现,黑河市统计工作仍然存在一些问题,主要表现在:一是学习贯彻党中央、国务院关于统计工作重大决策部署和省委、省政府工作要求仍有差距。……二是统计法定职责履行不到位。……三是防范和惩治统计造假、弄虚作假责任尚未压紧压实。四是首轮国家统计督察反馈问题整改和统计造假专项治理行动推进落实不力。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://gongsi.gtxh.com/zixun/2023/0614/13688.html (a county group's story on a mirror site: the group named with
    # its county in front is not scored; a clinic reached by extension and a bureau told to fix it, so no one unit
    # is scored; no dates)
    ("dafang_clinic_story", "http://gongsi.gtxh.com/zixun/2023/0614/13688.html", "news", """“卫生院没有输液室,输液要到楼上的病房,……”这是大方县委第五巡察组到凤山乡卫生院开展巡察延伸时,输液群众向巡察组反映的问题。
巡察组迅速将问题反馈给大方县卫生健康局党组,大方县卫生健康局党组接到巡察组交办问题后,立即督促并指导凤山乡卫生院规范整改,……
""", {"term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://yjj.my.gov.cn/mysyjglj/c101573/202505/91fbe4a7883e4a409d14844f869c54c5.shtml (a city emergency bureau's
    # mobilisation: the group enters 从今天起, the meeting's day, as r10's wuling_justice_entry (正式进驻) is a start;
    # 6月11日结束现场巡察 ends the visit (its year from the meeting's); 3个局属事业单位 and 12+N are no metric)
    ("mianyang_emergency_mobilisation", "https://yjj.my.gov.cn/mysyjglj/c101573/202505/91fbe4a7883e4a409d14844f869c54c5.shtml", "news", """根据市委巡察工作统一部署,2025年5月6日,市委第一巡察组巡察市应急管理局党委工作动员会召开。市委第一巡察组组长周捍东就即将开展的巡察工作作了讲话,……市应急管理局党委书记、局长吕勇主持会议并作表态发言。
周捍东指出,市委第一巡察组从今天起正式进驻市应急管理局,6月11日结束现场巡察。本次常规巡察监督的对象主要为市应急管理局党委班子及其成员,所属的市应急管理综合行政执法支队、市应急管理保障中心、市地震监测台网中心等3个局属事业单位领导班子及其成员全覆盖纳入此次巡察监督。……采用“12+N”种方式,依规依纪依法开展政治监督。
""", {"unit": "市应急管理局党委", "group": "市委第一巡察组", "term": None, "round": None, "start": date(2025, 5, 6),
      "end": date(2025, 6, 11),
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.dazhou.gov.cn/xxgk-show-17791.html (a city emergency bureau's special inspection: the span 4月19日至4月30日
    # stated at the end, its year from the meeting's)
    ("dazhou_emergency_special", "http://www.dazhou.gov.cn/xxgk-show-17791.html", "news", """根据市委巡察工作统一部署,2021年4月19日,市委第四巡察组专项巡察市应急管理局进驻动员会召开。会上,巡察组组长李莉同志就此次巡察工作的意义、任务、安排进行了通报,并提出工作意见。市应急管理局党委主要负责人主持会议并作表态发言。
……据悉,市委第四巡察组对市应急管理局巡察时间为4月19日至4月30日,……
""", {"unit": "市应急管理局", "group": "市委第四巡察组", "term": None, "round": None, "start": date(2021, 4, 19),
      "end": date(2021, 4, 30), "feedback_date": None, "problems": 0, "figures": []}),
    # http://jgq.gov.cn/jgq/c101235/202501/c06_321192.shtml (a district civil affairs bureau's feedback laid out as
    # 问题:/建议:: five problems separated by semicolons; the advice is no problem)
    ("jgq_civil_affairs_feedback", "http://jgq.gov.cn/jgq/c101235/202501/c06_321192.shtml", "news", """区委第二巡察组向民政局党组
反馈上下联动巡察暨“回头看”情况
2025年1月22日下午,区委第二巡察组向民政局党组反馈上下联动巡察暨“回头看”情况。民政局负责人主持会议并代表被巡察单位作表态发言。
问题:学习贯彻上级精神不深不实,执行“第一议题”制度不到位;执行社会救助工作政策不到位,临时救助审核发放工作监管不严;动态审核机制不健全,落实监督职能不到位;落实积极促进慈善事业健康发展工作不到位,对区慈善组织和慈善活动监管、指导不足;完善殡葬服务管理政策、积极推进殡葬习俗改革成效不明显。
建议:强化党的领导,完善政治理论学习机制,……
""", {"unit": "民政局党组", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2025, 1, 22), "problems": 5, "figures": []}),
    # http://lyyb.linyi.gov.cn/info/1377/3449.htm (a city medical insurance bureau's rectification meeting: no group,
    # round or date of the inspection)
    ("linyi_medical_insurance_meeting", "http://lyyb.linyi.gov.cn/info/1377/3449.htm", "news", """为推动巡察整改工作责任落实,9月27日,市医疗保障局召开巡察整改工作领导小组第二次会议,研究部署巡察整改工作。党组书记、局长张洪岭主持会议并讲话。
会议听取了各有关科室、直属单位负责人汇报了巡察整改工作进展情况,对下步整改工作进行了研究部署。……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.ccdijl-jl.gov.cn/xsxc/xcgz/202509/t20250911_1285706.html (a city urban management bureau's feedback:
    # the round is the one whose report the city's secretary heard (第六轮; the fourth and fifth named for their
    # rectification); the problems run as clauses and sentences of uneven weight, so their count is not scored;
    # clues without a count)
    ("changchun_urban_management_feedback", "http://www.ccdijl-jl.gov.cn/xsxc/xcgz/202509/t20250911_1285706.html", "news", """根据市委部署,2025年8月27日,市委第一巡察组向市城市管理局党组反馈了巡察情况。向被巡察党组织主要负责同志反馈会议由组长李世勋主持,……会议传达了市委书记胡斌在听取第六轮巡察综合情况和第四轮、第五轮巡察整改情况汇报时的讲话精神,李世勋同志反馈了巡察情况,……
李世勋在反馈时指出了巡察发现的问题,主要是:对上级工作部署落实不够到位,理论学习不深入,推动惠民政策落地不实,意识形态阵地管理有待加强,对保密工作重视不够;城市精细化管理有差距,露天市场管理不达标,建筑垃圾管控不力,……执法工作还需进一步规范,执法人员配备不足。全面从严治党主体责任落实不够到位,财务制度执行不规范。……同时,巡察组还收到反映一些领导干部的问题线索,已按规定转有关部门处理。
""", {"unit": "市城市管理局党组", "group": "市委第一巡察组", "term": None, "round": 6, "start": None, "end": None,
      "feedback_date": date(2025, 8, 27), "figures": []}),
    # http://www.tcjjjc.gov.cn/content/detail/67beb8c8714418640000002c.html (a county-level city's group at a middle
    # school: 近日 gives no feedback day; two problems separated by a semicolon after 主要是)
    ("guantang_school_feedback", "http://www.tcjjjc.gov.cn/content/detail/67beb8c8714418640000002c.html", "news", """近日,市委第一巡察组向关塘中学党委反馈巡察情况。市委第一巡察组组长朱家东代表巡察组分别向关塘中学党委副书记、校长项永华和领导班子反馈了巡察情况,……
根据市委统一部署,2024年7月4日至8月2日,市委第一巡察组对关塘中学党委开展了巡察。……
朱家东指出,本轮巡察发现了一些问题,主要是:党组织领导的校长负责制落实不充分;全面从严治党主体责任压得不实和党建工作责任制落实不严等。
""", {"unit": "关塘中学党委", "group": "市委第一巡察组", "term": None, "round": None, "start": date(2024, 7, 4),
      "end": date(2024, 8, 2), "feedback_date": None, "problems": 2, "figures": []}),
    # http://www.xcxzjjjc.gov.cn/News/show/1557721.html (a district's notice of a regular inspection of its education
    # bureau and a special one of school meals: the group's name carries the round (十四届区委第十二轮巡察第三巡察组),
    # not scored; the schools of the special inspection are cut short (市二中、市三中等), no units; the deadline for
    # letters is no end)
    ("xuanzhou_education_notice", "http://www.xcxzjjjc.gov.cn/News/show/1557721.html", "news", """根据区委统一部署,十四届区委第十二轮巡察第三巡察组于2025年8月14日至2025年10月17日对区教体局党组开展常规巡察,对市二中、市三中等公立中小学开展中小学“校园餐”专项巡察。现将有关事项公告如下:
一、巡察对象
区教体局领导班子及其成员,其他区管干部和重点岗位主要负责人。
……受理来电来访时间为工作日的上午8:00-12:00,下午2:30-5:30,巡察组受理信访时间截止到2025年10月15日。
""", {"unit": "区教体局党组", "term": 14, "round": 12, "start": date(2025, 8, 14), "end": date(2025, 10, 17),
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://jcw.liuzhou.gov.cn/sjwxsxc/bjxsxcqk/202503/t20250311_3598931.html (a city middle school's feedback: four
    # problems, one sentence each (a lead clause, then its details after commas), as issue 14 item 4 describes;
    # 四点意见建议 are advice; clues without a count)
    ("liuzhou_first_school_feedback", "http://jcw.liuzhou.gov.cn/sjwxsxc/bjxsxcqk/202503/t20250311_3598931.html", "news", """2025年2月21日,市委第一巡察组向市第一中学党委反馈巡察情况。……市委第一巡察组组长覃友情分别向市第一中学党委书记原敏和市第一中学领导班子反馈巡察情况,……
覃友情指出,本轮巡察市第一中学党委发现的主要问题是:统筹推进学校教育高质量发展有短板,理论学习和研究成果转化有弱项,防范化解校园风险存在薄弱环节,意识形态方面工作有所欠缺。落实全面从严治党主体责任不够到位,学校纪委履行监督责任不够有力,个别重点领域存在廉洁风险。落实新时代党的组织路线存在薄弱环节,领导班子建设有短板,执行党组织领导的校长负责制还有欠缺,教师队伍高质量发展工作有不足。上一轮巡察整改主体责任落实不够到位。巡察发现的重要问题和问题线索,已按规定移交有关部门处理。
覃友情代表巡察组提出四点意见建议,一是深化理论武装,……二是强化管党治党政治责任,……
""", {"unit": "市第一中学党委", "group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2025, 2, 21), "problems": 4, "figures": []}),
    # http://www.guichijjjc.gov.cn/xcgz/p/1169.html (a district group at a city middle school: the problems run as two
    # sentences of comma-joined clauses, so their count is not scored; 十八大 is no term)
    ("guichi_eighth_school_feedback", "http://www.guichijjjc.gov.cn/xcgz/p/1169.html", "news", """2021年3月2日,区委第三巡察组向市第八中学党总支反馈巡察情况。……巡察组组长黄立志主持召开向党组织主要负责人的反馈会议,代表巡察组分别向党组织主要负责人和领导班子反馈了巡察情况。……
根据区委统一部署,2020年12月22日至2021年1月12日,区委第三巡察组对市第八中学党总支进行巡察。……
黄立志在巡察反馈时指出,十八大以来,市第八中学党总支在区委的坚强领导下,……但巡察中也发现了一些问题,主要是政治理论学习不够深入,落实党的教育方针不够全面,德育教育抓得不紧,教师队伍建设存在短板。内控机制不健全,固定资产管理不到位。……
""", {"unit": "市第八中学党总支", "group": "区委第三巡察组", "term": None, "round": None, "start": date(2020, 12, 22),
      "end": date(2021, 1, 12), "feedback_date": date(2021, 3, 2), "figures": []}),
    # search corpus pages (no URL returned) (a district group at a city middle school, with its title and date line: the
    # feedback's 2月28日 takes the year of the page's own dated header; the round stated with its term)
    ("luyang_school_feedback", "search corpus pages (no URL returned)", "news", """区委第三巡察组向合肥市庐阳中学党总支反馈巡察情况
时间:2024-02-28 19:16来源:庐阳区纪委浏览量:
根据区委巡察工作领导小组工作部署,2月28日上午,区委第三巡察组向合肥市庐阳中学党总支进行巡察情况反馈。区委第三巡察组组长洪莉、……等出席会议。……
根据五届区委第五轮巡察工作部署,2023年11月3日至12月3日,区委第三巡察组对合肥市庐阳中学党总支进行了巡察。……
""", {"unit": "合肥市庐阳中学党总支", "group": "区委第三巡察组", "term": 5, "round": 5, "start": date(2023, 11, 3),
      "end": date(2023, 12, 3), "feedback_date": date(2024, 2, 28), "figures": []}),
    # search corpus pages (no URL returned) (a district group at a middle school: fourteen problems separated by
    # semicolons after 主要表现在 (one holds two clauses joined by a comma); 一是…三是 are advice)
    ("tianjiabing_school_feedback", "search corpus pages (no URL returned)", "news", """根据区委统一部署,2024年12月17日下午,区委第二巡察组向自贡市田家炳中学反馈了巡察情况。组长洪梅分别向自贡市田家炳中学党总支书记吴伯江和自贡市田家炳中学反馈了巡察情况。……
洪梅在反馈时指出,……但通过巡察仍然发现了一些问题,主要表现在:校内安全管理有漏洞;卫生健康工作重视不够;食品安全主体责任履行不到位;强化教师队伍建设办人民满意的教育有差距,打造全市领先初中品牌学校、培育优秀教师队伍与学校“十四五”发展规划要求有差距;意识形态工作重视不够,理论学习不扎实,学用结合不紧密;民主集中制执行不到位;内部管理有差距,制度制定不严谨;党风廉政建设工作重视不够,主体责任落实有差距;党的基层组织建设不够有力;执行中央八项规定精神不彻底;执行财经纪律不严格;项目管理不规范;工会经费支出管理不规范;巡察整改不重视。提出整改建议意见:一是强化政治意识,不断夯实思想根基;二是聚焦主责主业,切实提升教育教学质量;三是建立长效机制,着力巩固拓展整改成效。
""", {"unit": "自贡市田家炳中学", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2024, 12, 17), "problems": 14, "figures": []}),
    # https://czgh.jscz.org.cn/html/czgh/2020/KEBQLDDJ_0306/19019.html (a district trade union's rectification
    # meeting: 3月6日 has no year in the text and is a meeting)
    ("zhonglou_union_rectification_meeting", "https://czgh.jscz.org.cn/html/czgh/2020/KEBQLDDJ_0306/19019.html", "news", """3月6日,为深入推进区委第二巡察组关于巡察区总工会的反馈意见整改工作,区总工会党组召开落实巡察整改工作专题民主生活会。区总工会党组书记、主席王行杰主持会议,区委第二巡察组副组长孙伟栋、区纪委监委第六派驻组组长周健到会指导。
会议中,区总工会领导班子紧密结合区委巡察反馈意见,……
""", {"unit": "区总工会", "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.tengzhou.gov.cn/xwzx/jrtz/201807/t20180710_1068904.html (a county-level city's trade union feedback:
    # the problems are cut mid-list, so their count is not scored; 十八大/十九大 are no term)
    ("tengzhou_union_feedback", "http://www.tengzhou.gov.cn/xwzx/jrtz/201807/t20180710_1068904.html", "news", """根据市委巡察工作领导小组安排,2018年7月5日,市委第二巡察组向市总工会党组反馈巡察情况。……市委第二巡察组组长李振兴反馈了巡察情况。……
根据市委统一部署,2018年3月6日至5月6日,市委第二巡察组对市总工会党组开展了巡察。巡察组坚持以习近平新时代中国特色社会主义思想和党的十九大精神为指导,……
李振兴指出,市总工会党组以党的十八大、十八届历次全会和党的十九大精神为指导,……巡察中,巡察组发现和干部群众反映了一些突出问题,主要是学习贯彻上级党组织决策部署不到位,部分党员干部党性观念和纪律规矩意识淡薄,……
""", {"unit": "市总工会党组", "group": "市委第二巡察组", "term": None, "round": None, "start": date(2018, 3, 6),
      "end": date(2018, 5, 6), "feedback_date": date(2018, 7, 5), "figures": []}),
    # http://www.yulinwomen.org.cn/cms/detail/index/id/4443.html (a county women's federation feedback: 11月4日 has no
    # year; the group is named with its county in front (府谷县委第三巡察组) or without its body (第三巡察组), not
    # scored; problems named by aspect only)
    ("fugu_women_feedback", "http://www.yulinwomen.org.cn/cms/detail/index/id/4443.html", "news", """11月4日,府谷县委第三巡察组向县妇联反馈巡察工作会议在县委东二楼会议室召开。第三巡察组组长李宝山一行4人、妇联全体干部及基层妇女代表参加会议。
会上,第三巡察组副组长王峰对县妇联巡察情况进行了反馈,在肯定县妇联党支部工作成绩的同时,指出了县妇联党支部在政治建设、思想建设、作风建设等方面存在的问题,并提出了整改意见和建议。
""", {"unit": "县妇联", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://www.ztjjjc.gov.cn/article/20230615/n64112_1.shtml (a city women's federation feedback with its title:
    # 2023年6月5日 is the leading group's joint meeting on seven mass organisations, not this feedback)
    ("zhaotong_women_feedback", "https://www.ztjjjc.gov.cn/article/20230615/n64112_1.shtml", "news", """市委第三巡察组向市妇联党组反馈巡察情况
根据市委统一安排,2023年6月9日,市委第三巡察组向市妇联党组反馈了巡察情况。会前,市委巡察组组长张全胜传达了市委书记苏永忠在市委常委会听取巡察情况汇报时的讲话要求,……
根据市委统一部署,2023年3月13日至2023年5月3日,市委第三巡察组对市妇联党组进行了巡察。……
针对市妇联等7家群团部门存在问题,2023年6月5日,市委巡察工作领导小组专门召开了集中反馈会议,……通报了7家群团部门的突出问题。
""", {"unit": "市妇联党组", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2023, 3, 13),
      "end": date(2023, 5, 3), "feedback_date": date(2023, 6, 9), "figures": []}),
    # https://ntlz.gov.cn/html/2022-8/20228237804.html (a city group's look-back at a development zone: the problems
    # run as one comma-joined sentence, so their count is not scored; 六点意见建议 are advice)
    ("haimen_devzone_lookback", "https://ntlz.gov.cn/html/2022-8/20228237804.html", "news", """根据市委巡察工作领导小组的安排,2022年7月22日,市委第三巡察组向海门经济技术开发区党工委反馈巡察“回头看”情况。……
根据市委统一部署,2022年4月22日至6月22日,市委第三巡察组对海门经济技术开发区党工委进行了巡察“回头看”。巡察“回头看”中,巡察组发现了一些问题,主要是贯彻党中央、省市委决策部署不深入、不系统,落实融资平台监管制度不到位,工程领域存在问题整改不彻底,……一体推进“三不腐”机制存在不足。
汤明文提出了六点意见建议:一是坚持以思想解放引领高质量发展;二是……
""", {"unit": "海门经济技术开发区党工委", "group": "市委第三巡察组", "term": None, "round": None,
      "start": date(2022, 4, 22), "end": date(2022, 6, 22), "feedback_date": date(2022, 7, 22), "figures": []}),
    # https://www.bssjw.gov.cn/info/1133/38828.htm (a city group's special inspection of a border economic zone: no
    # date; the city's round (五届市委第三轮专项巡察) is this one, the province's round named beside it is another
    # body's; four problems separated by semicolons; clues without a count)
    ("tengchong_border_zone_feedback", "https://www.bssjw.gov.cn/info/1133/38828.htm", "news", """根据省委统一部署和市委工作安排,市委第一巡察组向腾冲边合区党工委反馈了专项巡察情况。会前,市委巡察办副主任传达了省委书记王宁在主持省委常委会会议听取十一届省委第二轮专项巡视巡察开发区情况汇报和市委书记杨军主持专题会议听取五届市委第三轮专项巡察工作汇报时的讲话要求,……
巡察组在反馈时指出,……专项巡察也发现了一些问题,主要是:对“三新一高”要求理解把握不深不透,推动开发区深化改革的紧迫感不足,引领发展破解难题的领导作用发挥不充分;扛牢“两个责任”推进全面从严治党不严实,管党治党责任没有层层压实,纪工委监督存在盲区弱项;贯彻落实新时代党的组织路线不到位,领导班子自身建设有差距,……党员教育管理不到位;对巡察、审计等反馈问题整改不彻底,存在边改边犯现象等。同时,巡察组还收到反映一些领导干部的问题线索,已按有关规定转纪检监察机关等有关方面处理。
""", {"unit": "腾冲边合区党工委", "group": "市委第一巡察组", "term": 5, "round": 3, "start": None, "end": None,
      "feedback_date": None, "problems": 4, "figures": []}),
    # http://www.webweby.com/jRXIlBHjoU/art/2025/10/15/art_1229214165_4502666.html (a district group at a city-centre
    # zone that is also a state company, on a mirror with the portal's index table: the unit keeps its bracketed second
    # name, as r7's district_education; four problems listed with 、 before 等问题; 2020年以来 and 五年 are no dates or
    # figures)
    ("longwan_centre_feedback", "http://www.webweby.com/jRXIlBHjoU/art/2025/10/15/art_1229214165_4502666.html", "news", """| 索引号 | 1008003015157/2025-1010416628 | ||
| 组配分类 | 通知公告 | 发布机构 | 温州经济技术开发区管理委员会 |
| 成文日期 | 2025-10-15 | 公开方式 | 主动公开 |
2025年9月4日,区委第二巡察组向龙湾城市中心区党组(温州高新技术产业开发区建设发展集团有限公司)反馈巡察情况。会议由王奔书记主持,……
会上,区委第二巡察组组长张作尧通报了巡察反馈意见。2020年以来,龙湾城市中心区党组(高新建发集团)在焕新“城市封面”方面取得一定成效,连续五年获全区考绩优秀单位。但巡察发现,龙湾城市中心区党组(高新建发集团)还存在上级决策部署学习贯彻不到位、回应民生诉求不够有力、规范权力运行有待提升、招投标及采购领域管理不规范等问题。
""", {"unit": "龙湾城市中心区党组（温州高新技术产业开发区建设发展集团有限公司）", "group": "区委第二巡察组", "term": None,
      "round": None, "start": None, "end": None, "feedback_date": date(2025, 9, 4), "problems": 4, "figures": []}),
    # http://kfq.ahshx.gov.cn/zxxw/tpxw/8982334.html (a county development zone's feedback with its title: the problems
    # run as comma-joined clauses, so their count is not scored; 4月23日 is the secretaries' meeting; 四点意见 are
    # advice)
    ("shexian_devzone_feedback", "http://kfq.ahshx.gov.cn/zxxw/tpxw/8982334.html", "news", """县委第一巡察组向县经开区党工委反馈巡察情况
根据县委统一部署,2021年5月7日,县委第一巡察组向县经开区党工委反馈巡察情况会议在县经开区会议中心召开。……
2020年12月11日至2021年1月20日,县委第一巡察组对县经开区党工委进行了巡察。巡察中,巡察组发现和干部群众反映了一些问题,主要是:推动园区高质量发展不够有力,全面从严治党主体责任落实仍有欠缺,……履行审计整改责任存在不足等问题。
就下一步整改工作,巡察组提出四点意见:一是提高政治站位,……
刘文书记根据4月23日县委书记专题会精神和李忠书记的要求,……
""", {"unit": "县经开区党工委", "group": "县委第一巡察组", "term": None, "round": None, "start": date(2020, 12, 11),
      "end": date(2021, 1, 20), "feedback_date": date(2021, 5, 7), "figures": []}),
    # https://www.scdl.gov.cn/info/1488/195673.htm (a county development zone's feedback meeting: 5月25日 has no year;
    # 3大方面…9个问题 gives 9 problems)
    ("danling_devzone_feedback", "https://www.scdl.gov.cn/info/1488/195673.htm", "news", """5月25日,县委第一巡察组巡察丹棱经开区情况反馈会在经开区二楼会议室召开。会议由经开区党工委副书记、管委会主任陈旭棱主持。……
巡察反馈意见肯定了近年来丹棱经开区工作取得的成绩,指出了经开区在贯彻落实党的理论路线方针政策和党中央决策部署、群众身边腐败问题和不正之风、党组织领导班子和干部队伍建设3大方面存在的9个问题。
""", {"unit": "丹棱经开区", "group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": [("problems", 9)]}),
    # http://ly.hfsjw.gov.cn/xsxc/xcgz/xcfk/18790655.html (a district office-affairs centre's feedback: 12月6日 comes
    # before the dated visit, so its year is not scored; the round is the one whose report the secretaries heard;
    # three problems listed with 、 before 等问题)
    ("luyang_office_affairs_feedback", "http://ly.hfsjw.gov.cn/xsxc/xcgz/xcfk/18790655.html", "news", """12月6日下午,区委第二巡察组向区机关事务管理中心党组反馈巡察情况。巡察组组长赵志毅主持召开向党组书记王玲反馈会议,传达了习近平总书记关于巡视巡察工作的重要讲话精神、市纪委常务副书记单宇航和区委书记高强在听取第六轮巡察情况汇报时的讲话精神。……
根据区委统一部署,2024年8月26日至2024年9月26日,区委第二巡察组对区机关事务管理中心党组开展了巡察。……
会上,赵志毅全面反馈了本轮巡察区机关事务管理中心党组的情况。……但也存在履职能力有待提高、公车管理不到位、项目管理存在廉政风险等问题。
""", {"unit": "区机关事务管理中心党组", "group": "区委第二巡察组", "term": None, "round": 6, "start": date(2024, 8, 26),
      "end": date(2024, 9, 26), "problems": 3, "figures": []}),
    # http://xinyaonews.com/shichang/43782.html (a ministry's housing-fund 督察员巡查组 sent to pilot cities: no party
    # inspection; its 15 groups are absence checks)
    ("housing_fund_supervisors", "http://xinyaonews.com/shichang/43782.html", "news", """中国经济网北京2月7日讯 记者今日从住房和城乡建设部网站获悉,住建部近日下发通知提出,向利用住房公积金贷款支持保障性住房建设试点城市派出督察员巡查组,对试点城市的相关情况进行巡查。 通知明确,此次共派出15个巡查组,每组负责巡查2至3个省级行政区域内的试点城市,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.jsdyjw.gov.cn/show.asp?id=2826 (a county-level city's science association feedback: three problems
    # separated by semicolons (each a lead with its details after commas); 2019年以来 is no date; 四点意见建议 are
    # advice)
    ("danyang_science_feedback", "http://www.jsdyjw.gov.cn/show.asp?id=2826", "news", """根据市委巡察工作领导小组的安排,2023年1月6日,市委第三巡察组向市科学技术协会党组反馈巡察情况。……市委第三巡察组组长徐志农分别向市科协党组书记、主席柴剑和市科协党组领导班子反馈了巡察情况。……
根据市委统一部署,2022年10月8日至2022年11月18日,市委第三巡察组对市科协党组开展了巡察。……
徐志农指出,2019年以来,市科协党组在市委、市政府的正确领导下,……但在巡察中也发现了一些问题,主要是:执行市委决策部署不到位,团结联系科技工作者的桥梁纽带作用发挥不力,开展全民科学素质提高工作有短板,加强和指导学会建设工作有欠缺,落实意识形态工作责任制有偏差;履行主体责任走过场,廉政风险防控制度不健全,工作作风不够务实;党组领导核心作用发挥不力,中心组理论学习制度落实乏力,党建主体责任落实有欠缺,干部任用和管理不规范,落实巡察反馈问题整改不彻底。
针对存在问题,巡察组提出四点意见建议:一是进一步提高政治站位,……
""", {"unit": "市科学技术协会党组", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2022, 10, 8),
      "end": date(2022, 11, 18), "feedback_date": date(2023, 1, 6), "problems": 3, "figures": []}),
    # http://zgwc.gov.cn/news_show.aspx?id=205173 (a county science association's feedback meeting: five problems
    # listed with 、 before 等问题; 一是…四是 are advice)
    ("county_science_feedback", "http://zgwc.gov.cn/news_show.aspx?id=205173", "news", """根据十三届县委第五轮巡察工作统一安排部署,2023年11月29日至12月25日,县委第四巡察组对县科协党组开展了常规巡察。2024年1月16日,县委第四巡察组巡察县科协党组情况反馈会议召开。县委第四巡察组组长反馈了巡察情况;县科协党组书记主持会议并作表态发言。
会上第四巡察组指出,上轮巡察以来,……但巡察发现,还存在理论学习不深入、“三重一大”决策制度执行不够严格、财务管理不够规范、项目实施不够精准、民主集中制落实不够到位等问题。同时提出巡察意见建议。一是要把政治建设摆在首要位置,……
""", {"unit": "县科协党组", "group": "县委第四巡察组", "term": 13, "round": 5, "start": date(2023, 11, 29),
      "end": date(2023, 12, 25), "feedback_date": date(2024, 1, 16), "problems": 5, "figures": []}),
    # http://djymedia.com/content/2020-05/12/007565.html (a county-level city's media centre mobilisation: 5月8日 has no
    # year in the text and is the meeting's)
    ("dujiangyan_media_mobilisation", "http://djymedia.com/content/2020-05/12/007565.html", "news", """本报讯 5月8日,市委第三巡察组巡察市融媒体中心工作动员会召开。市委巡察办负责人,市委第三巡察组全体成员,市融媒体中心领导班子成员及部门职工代表等参加会议。
动员会上,市委巡察组就巡察内容及相关工作进行了动员部署,……市融媒体中心主要负责人代表市融媒体中心党组作工作汇报和表态发言。……
""", {"unit": "市融媒体中心", "group": "市委第三巡察组", "term": None, "round": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.beihu.gov.cn/content/646941/99/15105144.html (a city's raised-level cross group at a district
    # propaganda department: the group's name is used once, in one form; five problems listed with 、 before 等;
    # 四点整改意见建议 are advice)
    ("beihu_propaganda_feedback", "https://www.beihu.gov.cn/content/646941/99/15105144.html", "news", """根据市委巡察工作领导小组的安排,2025年7月2日,市委第六提级交叉巡察组向区委宣传部反馈巡察情况。会议传达了市委书记吴巨培在听取巡察情况汇报时的讲话精神。……
雷志罡组长在反馈时指出,……巡察也发现了一些问题,主要是:统筹指导理论学习不力、“扫黄打非”职能弱化、引导精神文明建设不够有力、服务群众文化需求与文旅融合发展有欠缺、舆论阵地守得不够牢等。
雷志罡组长提出了四点整改意见建议,一是加强领导班子和干部队伍建设,……
""", {"unit": "区委宣传部", "group": "市委第六提级交叉巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": date(2025, 7, 2), "problems": 5, "figures": []}),
    # https://www.tljw.gov.cn/html/wenzhang_482508.html (a city's county-district special group at a district health
    # bureau: the group's name is unusual (市委县区第二专项巡察组, then 县区第二专项巡察组), not scored; six problems, one
    # sentence each (a lead clause, then details), as issue 14 item 4 describes; 六点意见建议 are advice)
    ("tongling_health_special_feedback", "https://www.tljw.gov.cn/html/wenzhang_482508.html", "news", """根据市委巡察工作领导小组的部署,2018年6月27日,市委县区第二专项巡察组向郊区卫计局党组反馈医疗卫生领域专项巡察情况。县区第二专项巡察组组长俞周云传达了市委书记李猛在市委书记专题会上的讲话精神,反馈了巡察情况,……
巡察组指出,巡察发现的问题主要是:党的领导弱化,党组分工不明,党组织活动缺失。政治理论学习松懈,专题学习教育活动不正常。政治生活不规范,未能正常落实“三会一课”等制度,人员配备不到位。形式主义仍然存在,党建工作内容空洞,与推进日常工作结合不紧。党风廉政建设责任制落实不够有力,领导班子党政同责、“一岗双责”意识不强。对药品集中招标采购,辖区内医疗卫生机构药品零差率销售和价格公示等制度执行不到位,对下辖卫生医疗机构监管缺失。
巡察组提出了六点意见建议。一是要加强党的领导,明确合理分工。……
""", {"unit": "郊区卫计局党组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2018, 6, 27), "problems": 6, "figures": []}),
    # search corpus pages (no URL returned) (a county's story of a round of inspections of its health system: the
    # round (第十六轮) is named; the patient's dates and sums (17余万元, 5万5千元, 7万余元) are a petition settled, no
    # inspection date or figure; 7个巡察组 and 40天 are no metric)
    ("shangcheng_medical_petition", "search corpus pages (no URL returned)", "news", """易鹤立
“真的很感谢县委巡察组。如果不是巡察组过问,我的报销问题还不知道什么时候才能解决呢。”近日,商城县委巡察工作人员在对群众进行电话回访时,金刚台镇群众曾某激动地说。
曾某报销问题的解决,得益于商城县委开展的第十六轮巡察工作。……随后,该县组建了7个巡察组,对全县医疗卫生系统开展了为期40天的常规巡察,……
……得知反映人是该县金刚台镇的一名曾姓群众,于2020年3月2日因心脏瓣膜手术住院花费17余万元,4月9日出院后报销约5万5千元,……几天后得到回复,曾某的问题已经得到妥善解决,7万余元的报销款也顺利拿到。
""", {"units": [], "group": None, "term": None, "round": 16, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://wtcj008.com/html/articlexxdtjgdt201804041033.html (a city federation of industry and commerce, its
    # feedback on a mirror: 1月4日至2月2日 and 3月29日 have no year; the problems run by four aspects with several
    # clauses each, so their count is not scored; 十八大/十九大 are no term)
    ("suining_federation_feedback", "https://wtcj008.com/html/articlexxdtjgdt201804041033.html", "news", """按照市委巡察工作统一部署,1月4日至2月2日,市委第三巡察组对市工商联开展了集中巡察。3月29日,市委第三巡察组向市工商联反馈巡察情况。
从巡察情况来看,市工商联党组在党的十八大以来,……但巡察中也发现一些突出问题。在坚持党的领导方面,存在学习宣传贯彻党的十九大精神不到位、党组领导核心作用发挥不够、……在党风廉政建设和反腐败斗争方面,存在作风漂浮,庸懒散现象突出,违反中央八项规定,顶风违纪问题突出等问题。
""", {"unit": "市工商联", "group": "市委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a district federation of industry and commerce, its feedback: three
    # problems separated by semicolons; 连续2次 and 3次 are honours, no metric; 四条建议 are advice)
    ("district_federation_feedback", "search corpus pages (no URL returned)", "news", """根据区委统一部署,2022年5月23日至8月19日,区委第一巡察组对区工商联党组开展了巡察。2023年3月13日,区委第一巡察组召开巡察区工商联党组情况反馈会议。……
陈兴善同志向区工商联党组反馈巡察情况。陈兴善组长指出,区工商联党组……连续2次荣获全国“五好”县级工商联,3次获评全省工商联会务工作先进单位。但还存在以思想政治引领助推民营经济健康发展不够突出,推动执委履职不够有力,与相关部门工作合力不够;服务意识、创新意识不够强,走访调研不够扎实,为企业纾难解困成效不够明显;惠企政策宣传不够到位,服务平台质效不够高等问题。同时,陈兴善同志紧扣巡察发现的问题,向区工商联党组提出了……等四条建议。
""", {"unit": "区工商联党组", "group": "区委第一巡察组", "term": None, "round": None, "start": date(2022, 5, 23),
      "end": date(2022, 8, 19), "feedback_date": date(2023, 3, 13), "problems": 3, "figures": []}),
    # --- round-level texts and figures -------------------------------------------------------------------------------
    # http://swj.d1xf.net/xydt/11616.html (a provincial water department's two feedback meetings on two days and
    # places: two units, no group, no single feedback day)
    ("hubei_water_department_feedbacks", "http://swj.d1xf.net/xydt/11616.html", "rounds", """湖北省水利厅党组召开巡察情况反馈意见会
本站讯 7月24日至25日,湖北省水利厅党组巡察湖北省汉江河道管理局、湖北省王英水库管理局反馈意见会分别在潜江、咸宁召开。
会议指出,被巡察单位党委要提高政治站位,正确认识巡察整改的重要意义。……
""", {"unit": "", "units": ["湖北省汉江河道管理局", "湖北省王英水库管理局"], "group": None, "term": None, "round": None,
      "start": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://ztwj.multimediapaper.net/Html/2024-04-19/21179.html (a state construction company's first batch of its
    # year's regular inspections: two subsidiaries named as the units to serve the groups; a batch is no round)
    ("crec_fifth_bureau_batch", "http://ztwj.multimediapaper.net/Html/2024-04-19/21179.html", "rounds", """中铁五局党委2024年第一批常规巡察正式启动
刊发日期:2024-04-19 阅读次数: 作者:何彦
长沙讯近日,中铁五局党委启动了2024年第一批常规巡察工作。4月12日,中铁五局党委巡察进驻协调会议在长沙召开。……
……三是要做好服务保障。被巡察单位二公司、华南公司要为巡察组提供一切必要的生活工作条件,切实做好服务保障工作。……
""", {"unit": "", "units": ["二公司", "华南公司"], "group": None, "term": None, "round": None, "start": None,
      "feedback_date": None, "figures": []}),
    # http://www.qdubb.cn/html/2021/yunlingyaowen_0315/92239.html (a prefecture's term-level figures in traditional
    # script on a mirror: only the first sentence is kept (the two later rounds' own figures are cut, so the figures
    # belong to the term); 461 clues; 立案审查90人 is cases_filed; units inspected are no metric)
    ("yuxi_term_figures_trad", "http://www.qdubb.cn/html/2021/yunlingyaowen_0315/92239.html", "rounds", """近年來,玉溪市發(fā)揮政治巡察“顯微鏡”作用,將監(jiān)督觸角延伸至“神經(jīng)末梢”,巡察利劍作用持續(xù)彰顯。截至目前,完成五屆市委任期內(nèi)101個單位黨組織巡察全覆蓋任務(wù),發(fā)現(xiàn)各類問題3660個、領導干部問題線索461件453人,移交問題線索共立案審查90人,給予黨紀政務(wù)處分65人,移送司法機關12人。
……
""", {"unit": "", "units": [], "group": None, "term": 5, "round": None, "start": None, "feedback_date": None,
      "figures": [("problems", 3660), ("clues_transferred", 461), ("cases_filed", 90), ("disciplined_people", 65),
                  ("transferred_judicial", 12)]}),
    # http://www.www6ccc.com/html/2018/xunshixuncha_0806/51655.html (a prefecture's year of inspections in traditional
    # script on a mirror: 2輪 counted give no round; training figures and staff are no metric; the provincial group's
    # feedback to the prefecture, with its own problems, is cut)
    ("dali_year_figures_trad", "http://www.www6ccc.com/html/2018/xunshixuncha_0806/51655.html", "rounds", """今年以來,大理州從健全完善制度機制、創新巡察工作方式方法和抓實巡視巡察整改等工作入手,切實發揮巡察利劍作用,全力提升巡察實效,有力推進重點工作開展。
規范巡察工作開展。……組織開展巡察業務培訓2期,州、縣市專兼職巡察干部參訓480人次。12個縣市黨委落實巡察機構編制116名,目前配備干部92名。
扎實推進政治巡察。……州委分2輪完成對18個州級單位黨組織的常規巡察,在全州12縣市中,3個縣開展了2輪巡察、8個縣市開展了1輪巡察。州、縣市共巡察黨組織119個,發現并反饋問題966個,移交問題線索99條,立案18人,給予黨紀政務處分13人,移交司法機關處理1人。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": [("problems", 966), ("clues_transferred", 99), ("cases_filed", 18), ("disciplined_people", 13),
                  ("transferred_judicial", 1)]}),
    # https://hb.cri.cn/chinanews/20180926/eb812e35-b24f-da72-9227-657c30729634.html (a district's first round: a
    # group's 14 problems and 3 clues, its unit not named; the 29 clues gathered before the round for the pre-visit
    # list are no finding of it)
    ("xialu_first_round_clues", "https://hb.cri.cn/chinanews/20180926/eb812e35-b24f-da72-9227-657c30729634.html", "rounds", """“发现问题14个,掌握问题线索3个,这得益于‘巡前问题清单’有的放矢。”近日,黄石市下陆区区委巡察工作领导小组会上,巡察组组长刘瑞华端出巡察成绩单。
带着问题去巡察。下陆区巡察办协调下陆区纪委监委、区委组织部、区审计局等部门,……梳理分析问题线索,制成“巡前问题清单”。第一轮巡察前,下陆区巡察办共收集29条问题线索。
""", {"unit": "", "units": [], "group": None, "term": None, "start": None, "feedback_date": None,
      "figures": [("problems", 14), ("clues_transferred", 3)]}),
    # http://ynjjjc.gov.cn/html/2017/xunshixuncha_0301/26704.html (a prefecture's set-up of its inspection work: a
    # talent pool, training courses and trainees, leading groups and offices; no inspection, no finding)
    ("zhaotong_setup_figures", "http://ynjjjc.gov.cn/html/2017/xunshixuncha_0301/26704.html", "rounds", """昭通市高度重视巡察工作,明确巡察总要求、建立巡察制度,设立巡察机构、成立巡察组,突出问题导向、强化责任落实。……
……目前,全市共成立了12个巡察工作领导小组,12个巡察办。从市县纪检监察、组织、审计等有关部门,抽调党性强、政策熟、业务精、能吃苦、善处理复杂矛盾问题的骨干,组建了692人的巡察人才库。……目前,全市共举办巡察培训班13 期,培训巡察干部1055人,印发资料3000余份。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://ynjjjc.gov.cn/html/2019/baodaojicui_0426/66651.html (a district's inspection of nine villages: 210 problems
    # and 10 clues; 意见建议92条 are advice; 15天 is a span, no date)
    ("qilin_villages_figures", "http://ynjjjc.gov.cn/html/2019/baodaojicui_0426/66651.html", "rounds", """近日,麒麟区把群众反映强烈和损害群众利益的问题作为着力点,对9个村(社区)党组织开展为期15天的政治巡察,全面治理防范基层“微腐败”,共发现各类问题210个,提出各类意见建议92条,发现问题线索10条。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": [("problems", 210), ("clues_transferred", 10)]}),
    # http://www.dou301.cn/content/2025-10/16/content_10833386.html (a county round in traditional script on a mirror:
    # the round is the ninth (its look-back is named as the third look-back round, no round of its own); the twelve
    # regular units are named by two before 等, kept as named, with the town of the look-back; the entry deadline
    # is no start)
    ("yunyang_ninth_round_trad", "http://www.dou301.cn/content/2025-10/16/content_10833386.html", "rounds", """近日,經縣委批準,云陽縣啟動十五屆縣委第九輪巡察暨第三輪巡察“回頭看”。本輪巡察共組建6個巡察組,縣委教育工委、縣市場監管局黨委等12個縣管黨組織開展常規巡察,對農壩鎮黨委開展巡察“回頭看”,現場巡察時間為3個月左右。
截至10月15日,縣委各巡察組已全部進駐被巡察單位,分別召開了與被巡察單位黨組織主要負責人的見面溝通會、巡察工作動員會。……
""", {"unit": "", "units": ["县委教育工委", "县市场监管局党委", "农坝镇党委"], "group": None, "term": 15, "round": 9,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.360elib.com:2027/detail.aspx?NewsCode=NC2039&NewsId=74104819&OrgId=001 (a district round's
    # mobilisation in a newspaper archive: two of five offices and two of eight villages named before 等; 80天 is a
    # span, no date)
    ("district_twelfth_round_mobilisation", "http://www.360elib.com:2027/detail.aspx?NewsCode=NC2039&NewsId=74104819&OrgId=001", "rounds", """本报讯(全媒体记者 陈喆彧)11月14日,一届区委第十二轮巡察工作动员部署会召开。……区委常委、区委巡察工作领导小组组长朱亚莉出席会议并讲话,……
根据区委统一部署,本轮巡察安排3个巡察组,对区委社会工作部、区发展改革委等5个区直单位党组织以及中分村、茶冲村等8个村级党组织开展为期80天的巡察。
""", {"unit": "", "units": ["区委社会工作部", "区发展改革委", "中分村", "茶冲村"], "group": None, "term": 1, "round": 12,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://yblygrz.cn/html/2021-03/16/content_60802.html (a city round's mobilisation in traditional script with
    # pinyin annotations on a mirror: six regular and eight look-back units in order; 3月中旬 and 5月底 are parts of months)
    ("yibin_twelfth_round_trad", "http://yblygrz.cn/html/2021-03/16/content_60802.html", "rounds", """3月15日下午,九屆市委第十二輪巡察工作動(dòng)員部署會(huì)召開。……
會(huì)議傳達(dá)了全省市縣巡察工作調(diào)研座談會(huì)精神,宣布了九屆市委第十二輪巡察組組長、副組長授權(quán)任職及任務(wù)分工決定。根據(jù)市委統(tǒng)一部署,本輪巡察時(shí)間兩個(gè)半月,3月中旬啟動(dòng),5月底前完成實(shí)地巡察。共成立4個(gè)巡察組,將對(duì)市委網(wǎng)信辦、市退役軍人事務(wù)局、市委黨史和地方志研究室、市文聯(lián)、市僑聯(lián)、市社科聯(lián)等6家單位開展常規(guī)巡察;對(duì)市科技局、市民政局、市交運(yùn)局、市應(yīng)急管理局、市水利局、市公積金管理中心、市供銷社、市紅十字會(huì)等8家單位開展巡察“回頭看”。
""", {"unit": "", "units": ["市委网信办", "市退役军人事务局", "市委党史和地方志研究室", "市文联", "市侨联", "市社科联",
                            "市科技局", "市民政局", "市交运局", "市应急管理局", "市水利局", "市公积金管理中心", "市供销社",
                            "市红十字会"], "group": None, "term": 9, "round": 12, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a county leading group hearing its round's interim reports: the unit
    # names none; 12月20日 is the meeting, no year)
    ("county_seventh_round_interim", "search corpus pages (no URL returned)", "rounds", """12月20日,县委巡察工作领导小组召开会议,专题听取十四届县委第七轮巡察阶段性情况汇报。县委常委、县纪委书记、县监委主任、巡察工作领导小组常务副组长卢运彪主持会议并讲话,……
会议传达学习了习近平总书记关于巡视工作的重要论述和李希同志在对村巡察工作推进座谈会上的讲话精神,分别听取了四个巡察组阶段性巡察工作情况,……
""", {"unit": "", "units": [], "group": None, "term": 14, "round": 7, "start": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://baishui.qinfeng.gov.cn/info/1015/7030.htm (a county leading group hearing a special round on medical
    # insurance: the round heard has no number; 十八届县委第一轮巡察工作方案 is a plan for the next round, named as a
    # document, so the reader gave no term or round (settled convention 2: 十八届, 第一轮))
    ("baishui_medical_insurance_round", "https://baishui.qinfeng.gov.cn/info/1015/7030.htm", "rounds", """近日,白水县召开县委巡察工作暨领导小组会议,听取了医保领域专项巡察工作情况报告,研究讨论了两个文件。县委副书记、县长李扩主持会议并讲话。
会上,县委巡察工作领导小组成员、巡察办主任许孝民汇报了医保领域专项巡察工作的总体情况,巡察组组长于红梅汇报了专项巡察工作开展情况,研究讨论了《十八届县委第一轮巡察工作方案》和《中共白水县委巡察工作人才库人员选配与管理办法》。……
""", {"unit": "", "units": [], "group": None, "term": 18, "round": 1,  # settled convention 2
      "start": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.jiwei.gov.cn/page-xc.thtml?contentId=22830 (a city round's notice: 2025年9月 is a month, 12月中旬 a part
    # of one, so no start or end is scored)
    ("city_eighth_round_notice", "http://www.jiwei.gov.cn/page-xc.thtml?contentId=22830", "rounds", """根据《中国共产党巡视工作条例》和市委有关要求,七届市委第八轮巡察,自2025年9月开始,至2025年12月中旬结束。巡察期间,市委巡察组主要受理反映被巡察单位党组织领导班子及其成员,所属单位党组织主要负责同志和其他市委管理的领导干部,……等方面的问题。……
""", {"unit": "", "units": [], "group": None, "term": 7, "round": 8, "feedback_date": None, "figures": []}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=17637 (a city round's feedback, with its title: ten units in
    # order; the mobile group's county offices are not named; 1月24日至1月30日 is a span of feedbacks without a
    # year (settled convention 1: its first day, in 2018); the round's findings are common to several units, so no count is scored)
    ("city_second_round_feedback", "http://www.jiwei.gov.cn/news_content.thtml?contentId=17637", "rounds", """市委巡察组全面反馈六届市委第二轮巡察情况
根据市委统一部署,2017年10月至12月,市委5个巡察组采取“一拖二”的方式,分别对市人社局、市教育局、市科技局、市卫计委、市旅发委、市文广新局、市林业局、市畜牧局、市广播电视台、市残联10个部门单位开展巡察;同时,派出1个机动巡察组围绕扶贫领域腐败和作风突出问题,对5个县(区)的相关县(区)直部门单位、乡镇(街道)开展机动巡察。1月24日至1月30日,市委巡察组分别向第二轮被巡察部门单位反馈了巡察情况。
……
""", {"unit": "", "units": ["市人社局", "市教育局", "市科技局", "市卫计委", "市旅发委", "市文广新局", "市林业局", "市畜牧局",
                            "市广播电视台", "市残联"], "group": None, "term": 6, "round": 2, "feedback_date": date(2018, 1, 24),  # settled convention 1
      "figures": []}),
    # --- audit texts (refused) ---------------------------------------------------------------------------------------
    # http://m.ilynn.cn/document_detail/61662.html (a city government's letter on the rectification of a special audit
    # survey, in traditional script with pinyin annotations on a mirror: an audit text, refused)
    ("nanning_air_audit_trad", "http://m.ilynn.cn/document_detail/61662.html", "audit", """南寧市人民政府關(guān)于2022年大氣污染防治專項審計調(diào)查發(fā)現(xiàn)問題整改情況的函
自治區(qū)審計廳:
《廣西壯族自治區(qū)審計廳專項審計調(diào)查報告》(桂審報〔2022〕3號)通報了2022年全區(qū)大氣污染防治專項審計調(diào)查情況,……現(xiàn)將整改情況函告如下:
一、總體情況
……此次大氣污染防治專項審計調(diào)查發(fā)現(xiàn)問題涉及我市的共六類25個具體問題,均已積極采取措施整改。
""", {"refused": True}),
    # http://www.zs.gov.cn/sjj/sjjggg/content/post_2169132.html (a province's report on the rectification of audit
    # findings, reposted by a city audit bureau: an audit text, refused)
    ("guangdong_audit_rectification_2020", "http://www.zs.gov.cn/sjj/sjjggg/content/post_2169132.html", "audit", """广东省人民政府关于我省2020年度省级预算执行和其他财政收支审计查出问题的整改情况报告
信息来源:广东省审计厅 发布日期:2022-10-09
  ——2022年7月27日在广东省第十三届人民代表大会
  常务委员会第四十五次会议上
  广东省审计厅厅长  马学斌
省人大常委会:
  2021年7月,省十三届人大常委会第三十三次会议审议了省政府《关于广东省2020年度省级预算执行和其他财政收支的审计工作报告》,提出了加大审计查出问题整改力度,推动完善制度机制等审议意见。……现将2020年度省级预算执行和其他财政收支审计工作报告反映问题的整改情况报告如下:
  一、审计查出问题整改的总体情况
""", {"refused": True}),
    # https://handygreens.com/info/1039/21386.htm (a university's audit committee, on a mirror domain, hearing the
    # rectification of its cadres' economic-responsibility audits: an audit text, refused)
    ("university_audit_committee", "https://handygreens.com/info/1039/21386.htm", "audit", """3月27日上午,学校审计委员会2025年度审计工作会议在竞勤楼三楼会议室召开。……
会上,党政办公室(审计处)处负责人胡海林作了学校2024年度审计工作报告,汇报了2025年度审计工作计划,通报了2024年11名中层领导干部经济责任审计情况。党政办公室(审计处)副处长何帆汇报了上一轮12名中层领导干部经济责任审计发现问题整改情况,经会议审议同意对上述审计发现问题予以销号。
""", {"refused": True}),
    # http://60638.cn/detail/13272 (a company's meeting on the rectification of a provincial audit department's
    # economic-responsibility audit, in traditional script with pinyin annotations: an audit text, refused)
    ("company_audit_rectification_trad", "http://60638.cn/detail/13272", "audit", """3月14日,公司黨委召開第二次審計廳經(jīng)責審計反饋問題整改推進會。公司黨委委員、紀委書記、審計委員會副主任王鵬出席會議并講話。
會上,各牽頭部門逐一匯報了整改進展情況,……
會議強調,各部門要深刻認識審計整改的政治性、嚴肅性、重要性和緊迫性,加快整改進度。……四是進一步明確各部門的整改任務及整改時限,確保整改工作在規(guī)定時限內見底清零。
""", {"refused": True}),
    # http://www.310tyty.com/display.php?id=17322 (a construction group's special audit report fed back to a
    # subsidiary, in traditional script on a betting domain: an audit text, refused)
    ("construction_special_audit_feedback_trad", "http://www.310tyty.com/display.php?id=17322", "audit", """11月12日上午,集團在建工交航403會議室召開專項審計報告反饋會,集團審計部副部長朱玉蓮主持會議并講話,公司黨委書記、董事長李登祥作表態發言。
會上,集團審計部反饋了專項審計報告主要內容,并傳達了集團黨委工作要求。會議要求,一是要壓實整改主體責任,細化整改措施,建立整改管理機制。二是要全面追損止損,……三是要嚴肅追責問責,……
""", {"refused": True}),
    # https://juryeyes.com/news/member-news/37281.html (a provincial investment group's audit department checking a
    # subsidiary's rectification of a special audit: an audit text, refused)
    ("investment_group_audit_check", "https://juryeyes.com/news/member-news/37281.html", "audit", """8月15日,川投集团审计部部长汪孝竹一行赴川投汇鑫公司就审计整改工作开展调研督导。川投大健康产业集团副总经理龚坚陪同调研。
川投汇鑫公司常务副总经理李超就2022年专项审计指出的相关问题背景原因、近年整改行动、主要存在困难、潜在风险及下一步工作计划做了详细汇报。
会上,汪孝竹对川投汇鑫公司审计整改工作表示肯定。他指出,川投汇鑫公司要坚决扛起审计问题整改主体责任,严格按照审计厅相关要求,对标对表整改方案,……
""", {"refused": True}),
    # https://fx361.cc/page/2020/0116/15026575.shtml (a journal article on performance audit of rural infrastructure:
    # an audit text, refused)
    ("rural_infrastructure_audit_paper", "https://fx361.cc/page/2020/0116/15026575.shtml", "audit", """何学红 陈 恒 刘璐琦
(1. 怀化学院 审计处,湖南 怀化 418000; 2. 中信湘雅 财务处,湖南 长沙 410000; 3. 湖南财政经济学院,湖南 长沙 410205)
……调查发现,在基础建设过程中存在着许多影响基础设施效用的不和谐因素,比如专项资金被另作他用、大量闲置、重复建设、高估工程款、质量低下等,工程及资金管理急需强化。
农村基础设施绩效审计是一种考核项目建设和资金使用效率的综合性审计,具体涉及资金管理、项目规划、项目实施等多个方面,强调对项目的全面审计。……
""", {"refused": True}),
    # --- noisy copies ------------------------------------------------------------------------------------------------
    # http://www.x320.cn/content/2025-02/13/content_9171124.htm (a discipline paper's story in traditional script: a
    # city's second group at its water bureau, named with the city in front, so not scored; the term is the city's
    # inspection work in general; villages inspected and 民生问题 settled are no findings)
    ("nanan_water_trad", "http://www.x320.cn/content/2025-02/13/content_9171124.htm", "noisy", """一線走訪督促立行立改 打通堵點保春耕
日前,福建省南安市委巡察組工作人員前往溪美街道宣化村回訪,……
此前,南安市委第二巡察組對市水利局開展常規巡察。巡察組在宣化村走訪調研時,有群眾反映春耕臨近,但村渠里沒有水,農田灌溉存在用水難問題。
……自十四屆南安市委巡察工作開展以來,該市市委巡察組已巡察村(社區)黨組織367個,推動整改涉及民生問題1305個,邊巡邊改、立行立改,讓巡察監督更接地氣、有實效。(通訊員王偉鴻)
""", {"unit": "市水利局", "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://ixgod.com/news/show.php?itemid=26304 (a water department's research visit, in traditional script, done
    # for a provincial special inspection's rectification: no visit, group or date of an inspection)
    ("water_department_research_trad", "http://ixgod.com/news/show.php?itemid=26304", "noisy", """為扎實做好省委專項巡視反饋意見整改工作,結合“嚴規矩、強監督、轉作風”集中整治形式主義官僚主義專項行動要求,3月11日至12日,廳黨組成員、副廳長張肖率廳機關有關處室負責同志,赴東至縣調研農村水利工作。
……張肖指出,……相關部門要根據省委專項巡視反饋意見整改工作要求,抓緊研究,盡快配齊鄉鎮水利站工作人員,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.hyx.gov.cn/hyxwsjkj/xxgk/gzjz/20250820/i3769357.html (a county hospital's progress report whose
    # conversion lost 年/月 and a digit: 20249月至11月 is a month-only visit (2024年9月至11月, read as its first and
    # last days); 2025117日 reads as 1月17日 or 11月7日, so no feedback day is scored; the visit's 县委第巡察组 lost its
    # number, the feedback names 县委第一巡察组; the unit is named with 中共 and its full style, not scored; 19
    # problems to publish, 已完成整改9 (its 个 lost) completed; 阶段性完成 is not scored)
    ("hengyang_hospital_progress_digits", "http://www.hyx.gov.cn/hyxwsjkj/xxgk/gzjz/20250820/i3769357.html", "noisy", """中共衡阳县人民医院委员会关于巡察整改进展情况的通报
       根据县委统一部署,20249月至11月,县委第巡察组对中共衡阳县人民医院委员会进行了巡察。2025117日,县委第一巡察组向中共衡阳县人民医院委员会反馈了巡察意见按照巡察工作有关要求,现将巡察整改进展情况向社会予以公布。
一、组织整改落实情况
……截至2025年716日,巡察反馈具体问题需要向社会公开的19 个,已完成整改9(含巡察交办的立行立改已办结1),阶段性完成整改9个,未完成整改 1个;
""", {"group": "县委第一巡察组", "term": None, "round": None, "start": date(2024, 9, 1), "end": date(2024, 11, 30),
      "figures": [("problems", 19), ("completed", 9), ("in_progress", 1)]  # settled convention 3
     }),
    # http://hlwjrjt.com/html/xinwendongtai/xingyezixun/7781.html (a city urban management bureau's progress body on a
    # junk site that puts a betting brand (米乐·M6) in front of it and lost 近平 from the leader's name: 12个方面
    # are aspects; 86条措施 are measures; 2023年9月1日 is a meeting)
    ("urban_management_progress_junk", "http://hlwjrjt.com/html/xinwendongtai/xingyezixun/7781.html", "noisy", """米乐·M6根据市委统一部署,2023年4月20日至2023年6月25日,市委第六巡察组对市城市管理局党组进行了巡察。2023年8月4日,市委第六巡察组向市城市管理局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
市城市管理局党组以习新时代中国特色社会主义思想为指引,……
市城市管理局党组召开专题会议研究整改工作,排查“病症”、查找“病因”,对于巡察组反馈意见中提及的12个方面问题,逐条分析,分解责任,制订了86条措施,明确牵头领导、牵头部门、参与部门和整改时限。市城市管理局党组于2023年9月1日召开了市委巡察整改专题民主生活会,……
""", {"unit": "市城市管理局党组", "group": "市委第六巡察组", "term": None, "round": None, "start": date(2023, 4, 20),
      "end": date(2023, 6, 25), "feedback_date": date(2023, 8, 4), "figures": [("measures", 86)]}),
    # http://glpsettlementsolutions.com/news.asp?modwap=viewthread&tid=662131161974 (a junk copy of a progress report
    # whose every Chinese character became "?": only digits and punctuation survive, so nothing can be read; every
    # field is an absence check)
    ("question_marks_copy", "http://glpsettlementsolutions.com/news.asp?modwap=viewthread&tid=662131161974", "noisy", """????????????????????????????????
??????,2023??????10????19?12??????????29??????,?????????2024??????3?????????27??,????????????????????????????,???????????????????????
????????????????????????
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (a city group's notice of a special inspection of two schools, in
    # traditional script with pinyin annotations, signed by the group: two units, so no one unit)
    ("zhongshan_schools_notice_trad", "search corpus pages (no URL returned)", "noisy", """根據(jù)市委巡察工作統(tǒng)一部署,市委第四巡察組從2023年2月27日至3月31日,對(duì)中山市中等專業(yè)學(xué)校黨委、五桂山學(xué)校黨支部開(kāi)展專項巡察。……
為方便干部群眾反映情況,巡察組設(shè)專門值班電話:(0760)23226773(受理時(shí)間為工作日上午8:30-12:00,下午2:30-5:30),郵政信箱:中山市1960郵箱轉(zhuǎn)市委第四巡察組收(郵編:528403)。……
中共中山市委第四巡察組
2023年2月27日
""", {"unit": "", "units": ["中山市中等专业学校党委", "五桂山学校党支部"], "group": "市委第四巡察组", "term": None,
      "round": None, "start": date(2023, 2, 27), "end": date(2023, 3, 31), "feedback_date": None, "figures": []}),
    # https://www.chaxiaohao.com/read-1752046252l6007990.html (a content farm's answer on a railway bureau's
    # rectification after a central inspection: no date, group or finding of the inspection; the railway statistics
    # (8506亿元, 43.12亿人次, 39亿元) are no inspection figures)
    ("railway_content_farm", "https://www.chaxiaohao.com/read-1752046252l6007990.html", "noisy", """中央巡视组对郑州铁路局的整改要求聚焦在提升政治站位、强化安全监管和优化运输服务三大领域。……整改方案明确要求健全长效机制,……同时加快铁路规划建设,2024年全国铁路固定资产投资达8506亿元,其中高铁投产2457公里。
这一整改方向源于铁路行业在国家战略中的核心地位。从数据看,2024年全国铁路旅客发送量43.12亿人次创历史新高,……值得注意的是,国铁集团2024年净利润39亿元,同比增长3%,说明整改与经济效益可协同推进。
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://bxjwjw.gov.cn/xx/xs/2025-12-29/6263.html (a county hospital's progress report with its title and date line,
    # whose dates lost 年/月 and whose opening lost 县: 202442日至820日 reads only as 2024年4月2日至8月20日, 2024919日
    # only as 9月19日; the round in the title; 33 problems; 97 measures (their refinement into specific measures
    # is cut))
    ("boxing_tcm_hospital_progress_digits", "http://bxjwjw.gov.cn/xx/xs/2025-12-29/6263.html", "noisy", """博兴县中医医院党委关于十四届县委第六轮巡察集中整改进展情况的通报
来源:博兴县纪委监委网站      发布时间:2025-05-12       浏览量:0 次
根据委统一部署,202442日至820日,县委第一巡察组对县中医医院党委开展了巡察。2024919日,县委第一巡察组反馈了巡察意见。按照巡察工作有关要求,现将巡察集中整改进展情况予以公布
一、整改工作开展情况
(一)医院党委落实整改情况。……二是制定整改台账,层层压实整改责任。医院党委对巡察组反馈的33项具体问题进行了逐讨论,深入剖析、反思反省,……制定了97项整改措施,……建立了巡察反馈问题整改台账,实行挂图作战,……
""", {"unit": "县中医医院党委", "group": "县委第一巡察组", "term": 14, "round": 6, "start": date(2024, 4, 2),
      "end": date(2024, 8, 20), "feedback_date": date(2024, 9, 19),
      "figures": [("problems", 33), ("measures", 97)]}),
    # http://juliting.com/survey/yiyuandongtai/762.html (a county hospital's page on a mirror: the entry day lost
    # 年, 日 and a space (20178月11), one reading only (2017年8月11日), and the group 正式进驻 that day, so it is the start;
    # the group is named with its city in front and as 市委第六专项巡察, not scored; the hospital is named three ways,
    # so no unit is scored; the page's date line is its publication)
    ("fengyang_hospital_entry_digits", "http://juliting.com/survey/yiyuandongtai/762.html", "noisy", """欢迎您来到凤阳人民医院
滁州市委第六专项巡察组对县人民医院开展专项巡察
发布时间:2019-01-18  点击数:1625  作者:
20178月11,滁州市委第六专项巡察组正式进驻凤阳县人民医院开展专项巡察工作。上午8时30分,在县医院多功能厅召开市委第六专项巡察凤阳县人民医院党委工作动员会。……
会上,巡察组组长汪茂彬首先解读了此次巡察的目的、重点、内容、方式,……
""", {"term": None, "round": None, "start": date(2017, 8, 11), "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://m.578011.com/news/gansuxinwen/20170413/272388.html (a provincial health commission's 大型医院巡查, in
    # traditional script on a mirror: an administrative check of eight hospitals, no party inspection; its
    # hospitals, groups and 4个方面 are absence checks)
    ("gansu_hospital_checks_trad", "http://m.578011.com/news/gansuxinwen/20170413/272388.html", "noisy", """大西北網(wǎng)訊 近日,省衛(wèi)生計生委啟動了2017年大型醫(yī)院巡查。
此次巡查將緊緊圍繞加強醫(yī)療機構(gòu)黨風廉政和行風建設(shè)這個重點,著力發(fā)現(xiàn)黨的領導弱化、黨的建設(shè)缺失等突出問題。此次主要巡查省人民醫(yī)院、蘭大一院、蘭大二院、省婦幼保健院、省腫瘤醫(yī)院、省二院、省康復中心醫(yī)院、蘭州石化總院等8家醫(yī)院黨風廉政建設(shè)、醫(yī)療衛(wèi)生行業(yè)行風建設(shè)、醫(yī)院管理、經(jīng)濟管理等4個方面的內(nèi)容。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://thch813.com/thread-147932-1-1.html (a county's story of one finding, copied to a forum with its login
    # prompts: no group, date or count)
    ("wanrong_union_story_forum", "https://thch813.com/thread-147932-1-1.html", "noisy", """马上注册,开启数字生活。
您需要 登录 才可以下载或查看,没有账号?立即注册
×
近年来,万荣县委巡察办把被巡察党组织是否用心用情用力办好民生实事作为一项重要监督内容,紧盯“为民小事”,加强政治巡察。
该县总工会于2020年底在县城建成两处“工会爱心驿站”并投入运行,……通过巡察发现,位于邮政银行万荣支行的“工会爱心驿站”专用场地已被占作他用,……
针对该问题,巡察组提出立行立改建议,责成县总工会机关党组认真自查自纠,……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.silksplace-taroko.com/html/2022-8/20228237805.html (the same city's group at another development
    # zone, in traditional script on a mirror: the group is named with its city in front throughout, not scored;
    # four problems separated by semicolons; the same site template as haimen_devzone_lookback, another unit and day)
    ("qidong_devzone_feedback_trad", "http://www.silksplace-taroko.com/html/2022-8/20228237805.html", "noisy", """根據南通市委巡察工作領導小組的安排,2022年7月21日,南通市委第三巡察組向啟東經濟開發區黨工委反饋巡察情況。……
根據南通市委統一部署,2022年4月22日至6月22日,南通市委第三巡察組對啟東經濟開發區黨工委進行了巡察。巡察中,巡察組發現了一些問題,主要是貫徹新發展理念成效不顯著,引領全市高質量發展活力不強;推進鄉村振興、解決群眾“急難愁盼”問題存在短板,村級集體經濟發展較乏力;貫徹落實新時代黨的組織路線不夠堅強有力,落實意識形態工作責任制不夠深入;全面從嚴治黨責任壓力傳導層層遞減,一體推進“三不腐”機制不完善。
""", {"unit": "启东经济开发区党工委", "term": None, "round": None, "start": date(2022, 4, 22), "end": date(2022, 6, 22),
      "feedback_date": date(2022, 7, 21), "problems": 4, "figures": []}),
    # http://www.aiwoqi.com/gxxw/tzgg/content/post_3498360.html (a city group's notice at a high-tech zone, in
    # traditional script on a mirror, signed by the group: 3月上旬至6月中旬 are parts of months, not scored; the zone's
    # offices named in brackets are part of the one unit, kept as r8's 县委宣传部（含…）; the deadline for letters is no
    # end; the r12 pass dropped its start and end from the expected fields, which listed them as absent: the comment's
    # "not scored", as the batch's conventions and r7's and r8's say of parts of months)
    ("zhuhai_hitech_notice_trad", "http://www.aiwoqi.com/gxxw/tzgg/content/post_3498360.html", "noisy", """根據九屆市委第三輪巡察工作統一部署,市委第四巡察組從3月上旬至6月中旬,對高新技術產業開發區(含區發展改革和財政金融局、區科技創新和產業發展局、區商務局、高新建設投資有限公司)開展巡察。……
……巡察組受理信訪時間截止到2023年6月17日。
中共珠海市委第四巡察組
2023年3月15日
""", {"unit": "高新技术产业开发区（含区发展改革和财政金融局、区科技创新和产业发展局、区商务局、高新建设投资有限公司）",
      "group": "市委第四巡察组", "term": 9, "round": 3, "feedback_date": None,
      "figures": []}),
    # https://nanmuxuan.com/zh-tw/tag/%E5%A4%A7%E5%80%AE%E8%80%85%E6%9D%91 (a tag page of a content site in traditional
    # script, cut mid-sentence by the site: 4月6日 has no year; the village is where the group went, not scored)
    ("maguan_backpack_group_trad", "https://nanmuxuan.com/zh-tw/tag/%E5%A4%A7%E5%80%AE%E8%80%85%E6%9D%91", "noisy", """走在大山裡的“揹包巡察組”釋出於: 綜合2021-04-18標籤: 馬關縣紀委監委大慄樹鄉大倮者村群眾山高路遠,阻不斷監督向基層延伸,隔不斷對群眾利益的守護。雲南省馬關縣針對一些村組地處偏遠、地形複雜、交通不便的實際,探索組建“揹包巡察組”,巡在村、住在村,近距離聽取群眾訴求。4月6日,縣委第三巡察組
""", {"group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.jiudian163.cn/5bnixqsr (a county-level city's federation of industry and commerce, its feedback in
    # traditional script with pinyin annotations, the page's HTML paragraph tags kept: the group is named with its
    # city in front (灤州市委第三巡察組) or as 第三巡察組, not scored; 3月6日 has no year; the problems run by aspect
    # with several clauses each, so their count is not scored; 2021年巡察整改 names an earlier round's rectification)
    ("luanzhou_federation_feedback_trad", "http://www.jiudian163.cn/5bnixqsr", "noisy", """<p class="ql-block"> 3月6日,灤州市委第三巡察組巡察市工商聯(lián)情況反饋會在市委統(tǒng)戰(zhàn)部四樓會議室召開。此次會議旨在將巡察過程中發(fā)現(xiàn)的問題進行系統(tǒng)反饋,督促被巡察單位積極整改,進一步提升工作質(zhì)量和服務(wù)水平。</p> <p class="ql-block"> 會議首先由第三巡察組副組長宋艷茹代表巡察組全面通報巡察情況。……巡察發(fā)現(xiàn),工商聯(lián)在巡察整改、理論學(xué)習(xí)、履行職責(zé)、黨建等方面存在一些亟待解決的問題。巡察整改方面,存在2021年巡察整改主體責(zé)任落的不實、巡察整改專題民主生活會剖析不深刻、巡察整改質(zhì)量有待提升等情況;……</p>
""", {"unit": "市工商联", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
]

# bench/outside_overlap.py on this file (unregistered) found no shared URL (the seven texts without an address share
# only their placeholder) and, against the earlier batches, no shared page: the longest shared run (59 characters) is
# the publication formula (反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改
# 进展情况予以公布); the other runs are the standard openings and closings of progress reports and feedback news,
# site chrome and office hours. Texts sharing more than formulas with the seeds share only such formulas (the 条例
# titles, 习近平新时代中国特色社会主义思想, 防范和惩治统计造假、弄虚作假, 予以公布/通报). One text first collected here was
# outside_c's anxiang (a search result without address, 153 shingles) and was dropped; xingyang_emergency_progress had
# the Zhengzhou publication formula of r10's huiji_procuratorate_progress (经N个月集中整改和《郑州市委巡察整改情况公开办法》),
# which is cut from the excerpt. One text shares a site's publication template with an earlier batch:
# dongying_science_progress is another report on jiwei.gov.cn in the same form as r10's dongying_police_progress
# (another unit, group and year; 11 shingles beyond formulas). Named here so the integrator can leave it out if he reads
# independence strictly. guangdong_audit_rectification_2020 is the same province's report series as r8's
# guangdong_audit_2019 (another year and kind: a rectification report, not the audit report); both are refused. Within
# this batch, pairs share a source's template (haimen_devzone_lookback and qidong_devzone_feedback_trad, the same
# city's group at two zones on consecutive days; tongzhou_culture_progress's district published others in the same
# form, not taken; lishui_women_progress_trad and zhejiang_women_provincial_progress follow Zhejiang's common form);
# they are different units or events.
SHARES_TEMPLATE = frozenset({"dongying_science_progress"})
