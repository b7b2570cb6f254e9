"""Outside texts of batch r8 (issue 14), held out: collected with the search tool (corpus "pages") from public pages that
are in no earlier batch (URL and text checked against every outside batch and test_outside_documents.py, and the texts
against the seeds), their fields written down by reading only. The importer was not run on them while they were
collected, and the collector did not read imports/parsing; the integrator runs them once, and that run is the honest
figure for unseen texts.

Families as in outside_new.py: progress (a progress report's body whose title line was not copied: only two such pages
were found in the search corpus that no earlier batch holds, so this family is small), news (feedback, entry and
mobilisation news, a unit's own meeting, several units in one text: hospitals, schools, a procuratorate, offices, towns,
villages, enterprises), rounds (round-level summaries, entries and statistics), audit (审计 texts, refused as the README
says), noisy (traditional script, pinyin annotations, stray spaces inside words, placeholders of a template, a
machine-respun text, junk words inside a sentence, HTML markup, characters lost in conversion with the 年/月 of dates run
together (816日, 201944日至615日), pinyin inside names).

Reading conventions (those of r6 and r7): a day without a year gives no date, unless the page's own dated header gives
its year (as r7's second_hospital); a date that belongs to something else (the window for letters, a meeting that hears
a round, a programme's start) is no visit date; a part of a month (上旬, 下旬) is not scored; rounds counted (16轮, 两轮)
give no round number, a round named first (首轮巡察) is round 1, a round of another body named in passing (十九届中央第八轮,
省委第八轮, 去年首轮) is not this text's; a party congress (十八大, 第十次党代会, 二十届三中全会) is no term; 线索 counts
are clues_transferred; run-together digits are read as a date only where one reading is possible (816日 is 8月16日);
counts that are no findings (覆盖率, 边巡边改, problems solved for people, 谈话函询, 整改任务,
aspects 6大类17个方面) are no metric; a list's shared suffix is not part of its last name, a place prefix written once
stays on the first name only; a list cut by the collector ("……") keeps the names before the cut; towns whose villages are
meant (X等8个乡镇党委所辖的54个村) are no units; advice (一要…三要) and the contents of a notice (一是聚焦…) are no
problems."""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R8 = [
    # --- progress -----------------------------------------------------------------------------------------------
    # https://www.fzmq.gov.cn/xjwz/zwgk/gggs/202512/t20251226_5262235.htm (a progress report's body, its title not
    # copied; the unit carries its member list in brackets; the group is named 县委巡察三组 and later 县委第三巡察组, so
    # it is not scored)
    ("propaganda_progress", "https://www.fzmq.gov.cn/xjwz/zwgk/gggs/202512/t20251226_5262235.htm", "progress", """根据县委巡察工作的统一部署,2025年3月18日至4月21日,县委巡察三组对县委宣传部(含县融媒体中心、县社科联、县文联)开展了巡察。2025年7月17日,县委巡察三组向县委宣传部(含县融媒体中心、县社科联、县文联)反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、党组织及主要负责人组织整改落实情况
县委宣传部(含县融媒体中心、县社科联、县文联)深刻认识到巡察整改是落实全面从严治党要求、加强党的领导和党的建设的必然要求,是对党组织政治担当和执行力的一次全面检验。……
(二)强化组织领导,压实整改责任。收到县委第三巡察组反馈意见后,县委宣传部(含县融媒体中心、县社科联、县文联)迅速成立落实县委巡察反馈意见整改工作领导小组,由常务副部长任组长,部务会议成员任副组长,……
""", {"unit": "县委宣传部（含县融媒体中心、县社科联、县文联）", "term": None, "round": None, "start": date(2025, 3, 18),
      "end": date(2025, 4, 21), "feedback_date": date(2025, 7, 17), "figures": []}),
    # https://www.haizhu.gov.cn/gzjg/qjwjw/xsxc/zg/content/post_7966324.html (a progress report's body, its title
    # and the page's date line not copied; the regulations named are no source of dates)
    ("haizhu_water", "https://www.haizhu.gov.cn/gzjg/qjwjw/xsxc/zg/content/post_7966324.html", "progress", """根据区委统一部署,2020年8月24日至2020年9月25日,区委第二巡察组对海珠区水务局党组进行了巡察。2020年10月20日,区委第二巡察组向海珠区水务局党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改进展情况予以公布。
一、坚持把巡察整改工作作为重要政治任务抓实抓好
区水务局坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实党中央、国务院决策部署,提高对整改工作的政治认识,……
(一)提高政治站位,增强行动自觉
收到巡察组反馈意见后,区水务局党组高度重视,立即组织所有班子成员和科所长召开专题会议,……
""", {"unit": "海珠区水务局党组", "group": "区委第二巡察组", "term": None, "round": None, "start": date(2020, 8, 24),
      "end": date(2020, 9, 25), "feedback_date": date(2020, 10, 20), "figures": []}),
    # http://fangchan.com/credit/2/2021-02-23/6769838705764274402.html (a progress body, the title not copied: 39
    # problems and 157 measures counted after the feedback's 4 aspects and 12 kinds; meetings held are no metric)
    ("guangzhou_housing_progress", "http://fangchan.com/credit/2/2021-02-23/6769838705764274402.html", "progress", """根据市委统一部署,2020年5月17日至8月7日,市委第八巡察组对市住房城乡建设局党组进行巡察。2020年10月27日,市委常委、市纪委书记、市监委主任刘连生同志带队向市住房城乡建设局党组反馈了巡察意见,指出了存在的问题和不足,传达了市委关于巡察工作的要求,提出了整改意见和建议。按照市委巡察工作有关要求,市住房城乡建设局党组立即开展整改工作,经过三个月努力整改,取得阶段性成效。现根据规定将巡察整改进展情况予以公布。
一、提高政治站位,强化整改责任,深入推进巡察整改工作
……(二)细化整改任务。坚持突出问题导向,针对市委巡察反馈的4个方面12类问题和4条意见建议,局党组迅速召开党组会和专题民主生活会,深入剖析原因,研究制定整改工作方案,将市委巡察反馈意见细化成39个具体问题,细化问题清单、任务清单和责任清单,提出了157项整改措施,明确了整改内容、整改目标、责任主体及时限要求。
(三)全力推进整改。认真对照巡察整改方案,坚持挂图作战、逐项整改、销号管理。召开党组会议4次、局长办公会议2次,局长专题会议1次,……
""", {"unit": "市住房城乡建设局党组", "group": "市委第八巡察组", "term": None, "round": None, "start": date(2020, 5, 17),
      "end": date(2020, 8, 7), "feedback_date": date(2020, 10, 27), "figures": [("problems", 39), ("measures", 157)]}),
    # http://www.gzns.gov.cn/gzjg/fdjg/mzwkfjsglj/gzdt/content/post_8702380.html (a progress body, the page chrome not
    # copied: a special group without a number; the unit named with its short name in brackets, not scored; the
    # feedback day's year from the visit's; 7月29日 is a meeting after it)
    ("mingzhuwan_progress", "http://www.gzns.gov.cn/gzjg/fdjg/mzwkfjsglj/gzdt/content/post_8702380.html", "progress", """根据四届区委第二轮巡察工作统一部署,2022年3月15日至5月20日,区委营商环境专项巡察组对中共广州市南沙新区明珠湾开发建设管理局(简称明珠湾管理局)党组开展专项巡察,并于7月5日召开巡察反馈会向明珠湾管理局党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》及区纪委、区委组织部和区委巡察办联合印发的《关于进一步加强巡察整改日常监督的指引(试行)》、区纪委监委《关于开展巡察整改日常监督的指引(试行)》的有关规定,现将巡察整改进展情况予以公布。
一、把牢政治方向,提高政治站位,以最坚决的态度把巡察整改任务抓紧抓好
(一)强化组织领导,落实工作部署。为切实加强对巡察整改工作的组织领导,7月5日巡察反馈会召开后,局党组随后召开巡察整改工作会议,成立巡察整改工作领导小组,……
(二)强化责任担当,凝聚整改合力。局党组及各党组成员充分发挥表率作用,坚持把自己摆进去,按要求于7月29日组织召开落实营商环境专项巡察整改专题民主生活会,……
""", {"term": 4, "round": 2, "start": date(2022, 3, 15), "end": date(2022, 5, 20), "feedback_date": date(2022, 7, 5),
      "figures": []}),
    # --- news ---------------------------------------------------------------------------------------------------
    # http://news.cnchu.com/jzrb/pc/html/2025-09/17/nw.D421000jzrb_20250917_4-A002.htm (a hospital's mobilisation; the
    # day has no year in the text, the address is no text; phone numbers and a postcode are no figures)
    ("jingzhou_third_hospital", "http://news.cnchu.com/jzrb/pc/html/2025-09/17/nw.D421000jzrb_20250917_4-A002.htm", "news", """本报讯(记者刘洁 冯政 特约记者杨柳 通讯员张晓蔓)根据市委统一部署,9月15日,市委第四巡察组巡察市第三人民医院党委工作动员会召开,正式进驻该院开展政治巡察。
会上集中学习了习近平总书记关于巡视工作的重要论述。市委第四巡察组组长蔡光荣作动员讲话。……
根据安排,巡察组在巡察市第三人民医院党委期间,举报电话:0716-8317573,17720354504,受理电话的时间为工作日上午8:30至12:00,下午2:30至5:30;专门邮政信箱:湖北省荆州市A019号邮政信箱,邮政编码434000;……
""", {"unit": "市第三人民医院党委", "group": "市委第四巡察组", "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://xuhang.jiading.cn/ddjs/content_883264 (a town's own meeting on the feedback it received; 6大类17个方面 are
    # aspects, no problems counted; the unit is the town's party committee the plan names)
    ("xuhang_town", "http://xuhang.jiading.cn/ddjs/content_883264", "news", """4月29日,徐行镇召开巡察整改动员部署会议,传达区委巡察整改工作会议精神,根据区委要求和区委第一巡察组反馈的问题,研究部署徐行镇巡察反馈问题整改工作。镇党委书记娄庆梅出席会议并讲话。镇党委副书记许琦星主持会议。
……她强调,对于区委第一巡察组指出的6大类17个方面的问题,各相关单位和部门要按照《徐行镇党委巡察整改工作推进落实方案》中的具体时间节点和要求完成整改落实,……
""", {"unit": "徐行镇党委", "group": "区委第一巡察组", "start": None, "feedback_date": None, "figures": []}),
    # http://36.111.44.185/38156.html (a hospital's own notice; the day's year from the page's dated header)
    ("putian_first_hospital", "http://36.111.44.185/38156.html", "news", """巡察公告
发布时间:2024-05-13    来源:莆田市第一医院
根据市委巡察工作安排,经市委巡察工作领导小组同意,市委巡察五组于5月13日进驻市第一医院,对市第一医院党委开展巡察。现将有关事项公告如下:
……二、巡察对象
根据《中国共产党巡视工作条例》和有关规定,巡察对象主要是:市第一医院党委领导班子及其成员,以及其他市管干部,必要时可延伸至下一级单位主要负责人。
""", {"unit": "市第一医院党委", "group": "市委巡察五组", "start": date(2024, 5, 13), "end": None, "feedback_date": None}),
    # https://stjcy.gov.cn/index.php/home/view?id=11891 (a procuratorate inspected; 二十大、十九大 no term; the letters'
    # deadline 2025年6月6日 is no end; the signature's date is the start again)
    ("shantou_procuratorate", "https://stjcy.gov.cn/index.php/home/view?id=11891", "news", """根据十二届市委第七轮巡察工作统一部署,市委第一巡察组从2025年3月14日至6月13日,对市人民检察院党组开展巡察,时间为3个月。巡察期间,巡察组深入检查市人民检察院贯彻落实习近平新时代中国特色社会主义思想和党的二十大、十九大精神,履行职责使命情况,……
……市委巡察办设立“汕头市66号邮政信箱”(来信注明市委第七轮第一巡察组)用于受理巡察举报投诉信件,欢迎广大干部群众来电、来信反映情况,受理信访截止时间:2025年6月6日。
中共汕头市委第七轮第一巡察组
2025年3月14日
""", {"unit": "市人民检察院党组", "group": "市委第一巡察组", "term": 12, "round": 7, "start": date(2025, 3, 14),
      "end": date(2025, 6, 13), "feedback_date": None}),
    # https://wsdc338.com/html/wenzhang_470949.html (one group, a county's schools in two batches; 县教育系统 is a
    # collective, no unit; the days have no year)
    ("qianshan_schools", "https://wsdc338.com/html/wenzhang_470949.html", "news", """会议强调,县教育系统各级领导班子和党员干部要牢固树立“四个意识”,认真抓好宣传教育引导、协作配合和巡察整改,主动配合巡察组开展工作。……
根据安排,县委第三巡察组对县教育系统驻点巡察工作共分两个批次进行。6月9日至7月8日,巡察野寨中学、潜山中学、潜山二中和黄铺中学;7月9日至8月10日,巡察县教育局、源潭中学、槎水中学、天柱山旅游学校和县教师进修学校。
""", {"unit": "", "units": ["野寨中学", "潜山中学", "潜山二中", "黄铺中学", "县教育局", "源潭中学", "槎水中学", "天柱山旅游学校",
                            "县教师进修学校"], "group": "县委第三巡察组", "start": None, "end": None}),
    # https://sdfz.fjnu.edu.cn/4b/6b/c15543a281451/page.htm (a university's group in its high school; 四点要求 are no
    # problems, 近三年 no figure)
    ("fjnu_high_school", "https://sdfz.fjnu.edu.cn/4b/6b/c15543a281451/page.htm", "news", """根据师大党委统一部署,6月13日下午师大党委巡察组二组巡察附中工作动员会在附中第二会议室召开。师大纪委黄清波书记、师大党委巡察二组领导小组成员、附中党政班子成员和教师代表出席了会议。
会上,黄清波书记发表讲话表明此次巡察的目的并提出了四点要求。……附中党委吴剑锋书记代表学校党政班子做附中近三年工作汇报并表态。 会后,巡察组成员还在教师代表中进行了民主测评。
""", {"unit": "附中", "start": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.hongsibu.gov.cn/xwzx/xzdt/202503/t20250313_4853510.html (a town and its villages; 3月上旬 is a part
    # of a month, not scored; the 9 villages are counted, not named)
    ("hongsibu_town", "https://www.hongsibu.gov.cn/xwzx/xzdt/202503/t20250313_4853510.html", "news", """根据红寺堡区委巡察工作统一部署,自2025年3月上旬起,四届区委第十轮巡察第一巡察组对红寺堡镇党委及所属9个村党组织开展常规巡察。为扎实做好巡察各项工作,红寺堡镇组织召开了区委第一巡察组巡察红寺堡镇党委工作动员会,区委第一巡察组全体成员、红寺堡镇领导班子全体成员、各村党支部书记、村委会主任、驻村第一书记和镇机关全体干部参加。
会上,区委第一巡察组组长李虎同志深刻阐述了本次巡察工作的重要意义,并就巡察工作任务进行了全面安排和部署。
""", {"unit": "红寺堡镇党委", "group": "区委第一巡察组", "term": 4, "round": 10, "units": [], "feedback_date": None}),
    # http://www.scjjjc.gov.cn/html/wenzhang_462531.html (a city's special round in a county: two hospitals named, the
    # villages counted; 第25-30专项巡察组 is no one group; no year)
    ("shucheng_hospitals", "http://www.scjjjc.gov.cn/html/wenzhang_462531.html", "news", """5月16日上午,市委赴舒城第四轮脱贫攻坚暨医疗卫生领域专项巡察工作情况反馈会召开。巡察指导组领队张晓林出席会议作情况反馈。舒城县委副书记、县长张秀萍主持情况反馈会。
按照市委统一部署,3月15日至4月20日,市委第25-30专项巡察组对舒城县9个乡镇和1个开发区的25个贫困村脱贫攻坚工作开展了专项巡察,同步对舒城县人民医院、舒城县中医院两个公立医疗卫生机构进行巡察。
""", {"unit": "", "units": ["舒城县人民医院", "舒城县中医院"], "round": 4, "start": None, "end": None,
      "feedback_date": None}),
    # https://www.ahqimen.gov.cn/zxzx/zhxw/9304407.html (feedback to a county's education committee; the problems
    # sentence is cut and not scored; 二十届二中、三中全会 no term)
    ("qimen_education", "https://www.ahqimen.gov.cn/zxzx/zhxw/9304407.html", "news", """县委第三巡察组巡察县委教育工委情况反馈会召开
根据县委巡察工作领导小组的部署,2025年10月16日,县委第三巡察组向县委教育工委反馈巡察情况。县委第三巡察组组长谢选献传达了胡梅元同志在县委书记专题会议听取十五届县委第八轮巡察综合情况汇报时的讲话精神,反馈了巡察情况。……
根据县委统一部署,2025年4月3日至5月8日,县委第三巡察组对县委教育工委开展了常规巡察。巡察组坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻党的二十大和二十届二中、三中全会精神,……
""", {"unit": "县委教育工委", "group": "县委第三巡察组", "term": 15, "round": 8, "start": date(2025, 4, 3),
      "end": date(2025, 5, 8), "feedback_date": date(2025, 10, 16)}),
    # http://www.jkjw.gov.cn/Item/Show.asp?d=7077&m=1 (six problems after 主要表现在, separated by commas, the last two
    # joined by 、; 2019年 and 2016至2020年 are the unit's record, no dates of the round; the feedback day has no year)
    ("jiangkou_rural", "http://www.jkjw.gov.cn/Item/Show.asp?d=7077&m=1", "news", """按照县委巡察工作领导小组安排,9月26日,县委第三巡察组向乡村振兴局党组反馈巡察情况。会议传达了县委书记曹勇在县委常委会议听取十三届县委第九轮巡察情况汇报时的讲话精神,县委第三巡察组组长杨再国向乡村振兴局领导班子反馈了巡察意见。……
杨再国指出,从巡察的情况看,乡村振兴局党组能及时传达学习上级文件及会议精神,严格执行民主集中制。2019年实现建档立卡贫困人口全部脱贫,2016至2020年连续五年在省市县各级党委和政府脱贫攻坚成效考核中获得“好”等次,……在取得这些成绩的同时,也不同程度地存在一些问题。主要表现在:意识形态工作落实有差距,“三定方案”落实不到位,工会组织管理不规范,挤占挪用财政专项扶贫资金,服务群众意识有差距、审计查出问题及巡察整改不彻底等。
""", {"unit": "乡村振兴局党组", "group": "县委第三巡察组", "term": 13, "round": 9, "start": None, "end": None,
      "feedback_date": None, "problems": 6}),
    # https://www.sxzyy.cn/content/default/4175/17 (a city group's mobilisation in a hospital; 一要…三要 is advice)
    ("shaoxing_tcm", "https://www.sxzyy.cn/content/default/4175/17", "news", """按照市委巡察工作领导小组统一部署,9月11日下午,市委第六巡察组赴中医院巡察组对市中医院党委开展合并巡察工作进点动员会。
市委第六巡察组组长朱敏龙,市卫生健康委党委书记、主任王宏达出席会议。
会上,市委第六巡察组组长朱敏龙指出,巡察是一项严肃的政治任务,全体同志一要提高站位,正确认识巡察工作;二要强化担当,全力配合巡察工作;三要忠诚履职,确保“两不误、两促进”。……
市委第六巡察组赴绍兴市中医院巡察组全体成员、市纪委派驻纪检监察组人员、市中医院全体班子成员、中层干部参加会议。巡察组对市中医院为期近二个月的巡察正式启动。
""", {"unit": "市中医院党委", "group": "市委第六巡察组", "start": None, "end": None, "feedback_date": None, "problems": 0}),
    # https://wsjk.zgqingyang.gov.cn/xwzx/dcdt/content_120617 (a county's special group in its health offices, the
    # extended list cut; 去年县内首轮巡察 is an earlier round)
    ("zhenyuan_health", "https://wsjk.zgqingyang.gov.cn/xwzx/dcdt/content_120617", "news", """镇原县委专项巡察组巡察医疗卫生领域工作动员会议召开
8月23日下午,镇原县委专项巡察组巡察医疗卫生领域工作动员会议在县卫健局召开。……
会议指出,本轮巡察将采取“系统联动、常规+延伸”模式、“一托三”方式,结合纪委监委重点领域突出问题集中整治活动开展专项巡察。县委重点领域专项巡察组正式进驻县卫健局、县医疗保障局等单位,对医疗卫生领域重点工作开展专项巡察,并延伸巡察县第一人民医院、县中医院……等单位。对于县卫健局、医疗保障局及其下属各单位而言,既是接受重点领域专项巡察部门之一,同时也是去年县内首轮巡察之后的一次“回头看”。
""", {"unit": "", "units": ["县卫健局", "县医疗保障局", "县第一人民医院", "县中医院"], "round": None, "start": None}),
    # http://jw.jintan.gov.cn/jw/xxgk/001009/001009006/001009006002/20231204/6e08ad6f-089b-4480-a896-b668d08e44c7.html
    # (a district's special group in 20 health institutions, the list cut to four; the dates stated with their years)
    ("jintan_hospitals", "http://jw.jintan.gov.cn/jw/xxgk/001009/001009006/001009006002/20231204/6e08ad6f-089b-4480-a896-b668d08e44c7.html", "news", """区委专项巡察组完成进驻
信息来源:纪委 发布时间:2023-12-04 10:36
根据市委巡察工作安排和区委统一部署,经区委巡察工作领导小组研究,决定对金坛区公立医疗卫生机构医疗设备采购问题进行专项巡察。近日,区委专项巡察组完成进驻,驻点巡察时间为2023年12月1日至2024年1月10日。专项巡察组对金坛第一人民医院、区中医医院、区疾病预防控制中心、区卫生监督所……等20家公立医疗卫生机构开展专项巡察。
""", {"unit": "", "units": ["金坛第一人民医院", "区中医医院", "区疾病预防控制中心", "区卫生监督所"], "start": date(2023, 12, 1),
      "end": date(2024, 1, 10), "feedback_date": None}),
    # http://bfkb.v0375.cn/Html/2019-11-25/204.html (village groups in the villages of eight towns: the towns are no
    # units, the villages are counted, not named; no year)
    ("baofeng_villages", "http://bfkb.v0375.cn/Html/2019-11-25/204.html", "news", """按照县委统一安排,11月20日至21日,县委18个巡察村(社区)组分别进驻商酒务、周庄等8个乡镇党委所辖的54个村(社区)党组织开展为期40天的巡察。在进驻动员会上,各巡察村(社区)指导组组长对本次巡察工作做了重点安排,县委巡察办负责同志就做好本轮巡察工作提出具体要求,被巡察村(社区)党组织及所属乡镇党委负责人分别作了表态发言。
""", {"unit": "", "units": [], "start": None, "end": None, "figures": []}),
    # https://www.cfxy.cn/cfxy/xyxw/43758.htm (a university's first round in three units; the photo captions name the
    # meeting places; 十九大 no term; no year)
    ("cfxy_first_round", "https://www.cfxy.cn/cfxy/xyxw/43758.htm", "news", """第一巡察组在物理与电子信息工程学院召开巡察工作动员会
第二巡察组在生命科学学院召开巡察工作动员会
第三巡察组在校工会召开巡察工作动员会
为深入贯彻落实习近平新时代中国特色社会主义思想和党的十九大精神,推进全面从严治党向纵深发展,把管党治党责任落实到基层,打通党内监督“最后一公里”,学校党委于近日正式启动了第一轮巡察工作。
本轮巡察中,三个巡察组将分别对物理与电子信息工程学院、生命科学学院、校工会进行巡察。10月10日下午,三个巡察组分别在被巡察单位召开了巡察工作动员会。……
根据本轮巡察工作安排,三个巡察组分别进驻三个被巡察单位,开展为期四周的巡察。
""", {"unit": "", "units": ["物理与电子信息工程学院", "生命科学学院", "校工会"], "term": None, "round": 1, "start": None,
      "end": None}),
    # http://wbq.gov.cn/zbdt/info/6828 (a community's feedback in its street office: five problems numbered 一、…五、;
    # the meeting place 解放路街道 is no unit)
    ("jiangnan_community", "http://wbq.gov.cn/zbdt/info/6828", "news", """按照区委的统一部署,2020年1月3日至1月17日,卫滨区委第一巡察组对姜南社区开展巡察。2020年8月10日,卫滨区委第一巡察组在解放路街道召开巡察情况反馈会,第一巡察组组长李强、解放路街道党工委副书记、纪工委书记刘海青参加会议,会议由刘海青主持。
会上,区委第一巡察组反馈了姜南社区存在的5类主要问题:一、日常党建工作不扎实;二、从严治党两个责任落实不到位;三、意识形态工作未得到重视;四、财务管理不规范;五、群众服务意识有待提高。
""", {"unit": "姜南社区", "group": "区委第一巡察组", "start": date(2020, 1, 3), "end": date(2020, 1, 17),
      "feedback_date": date(2020, 8, 10), "problems": 5}),
    # http://shksywl.com/detail/9209 (a group company's group in a subsidiary; a junk name stands for the group company;
    # no year)
    ("anhui_lugang", "http://shksywl.com/detail/9209", "news", """根据金沙js6666手机版下载党委的统一部署,集团公司党委第二巡察组自4月27日开始对安徽路港公司开展为期1个月左右的巡察工作。
4月27日下午,安徽路港公司在安建大厦22楼会议室召开了巡察工作动员会。集团公司党委委员、纪委书记宋志华,集团公司党委第二巡察组组长陈光磊出席会议并讲话,安徽路港公司党委副书记马斌主持会议。
……宋志华书记在讲话中对巡察工作提出了具体要求:一是要在思想上高度重视,充分认识到开展巡察工作是新形势的需要,是企业的一次政治体检;二是开展巡察工作目的在于优化企业的政治生态环境,是促进企业健康发展的需要;三是巡察组与安徽路港公司要互相配合、互相支持,共同完成巡察工作任务。
""", {"unit": "安徽路港公司", "group": "集团公司党委第二巡察组", "start": None, "end": None, "feedback_date": None,
      "problems": 0}),
    # http://www.xcjjjc.gov.cn/News/show/1630509.html (a city round's group in two district offices; 二十届中央纪委四次全会
    # no term; the group named only as the round's 第七巡察组, not scored)
    ("xuancheng_insurance", "http://www.xcjjjc.gov.cn/News/show/1630509.html", "news", """根据市委巡察工作统一部署,近日,五届市委第九轮巡察第七巡察组对宣州区医保局党组、宣州区民政局党委专项巡察动员会召开。动员会上,传达了市委书记何淳宽在全市巡察工作会议暨第九轮巡察工作动员部署会上的讲话精神,巡察组组长夏博作动员讲话,……
……要坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中、三中全会精神,认真贯彻落实二十届中央纪委四次全会精神,……
""", {"unit": "", "units": ["宣州区医保局党组", "宣州区民政局党委"], "term": 5, "round": 9, "start": None}),
    # https://meipian.cn/2d25rvto (a county group's feedback in a hospital's meeting room: nine problems separated by
    # semicolons after 主要是 (七个方面 are aspects); 巡察巡察 doubled in the source; no year)
    ("mengyin_health", "https://meipian.cn/2d25rvto", "news", """按照县委统一部署,9月4日下午,县委巡察四组巡察巡察卫健委党组情况反馈会议在蒙中医医院会议室召开。 会前,由县委巡察工作领导小组成员、巡察办主任陈满乾同志主持,巡察四组向卫健委党组书记、主任张永利同志反馈巡察情况会议。……
首先,由鲁强组长围绕党的“政治建设、思想建设、组织建设、作风建设、纪律建设和夺取反腐败斗争压倒性胜利、上一轮巡视反馈意见整改情况”七个方面的问题进行反馈,主要是:贯彻落实防控青少年近视工作不到位;医疗改革推动缓慢;民主生活会、组织生活会开展不规范、不严格、不严肃;党组对意识形态“极端重要性”认识不足;选人用人程序不规范,违规借调问题突出;基层党组织弱化;中央八项规定精神及其实施细则不够严格;对卫生院日常监督管理缺位;惠民政策落实监督不到位等问题,并对问题提出了相应的意见建议。
""", {"unit": "卫健委党组", "group": "县委巡察四组", "feedback_date": None, "problems": 9}),
    # https://jh.gov.cn/jh/bmdt/202602/24840743edb143e4b728c8009316d50d.shtml (a county office with its member list in
    # brackets; the mobilisation day is not scored as the start)
    ("jianghua_culture", "https://jh.gov.cn/jh/bmdt/202602/24840743edb143e4b728c8009316d50d.shtml", "news", """根据县委巡察工作统一部署,2026年2月26日上午,县委第三巡察组巡察县民族文化旅游广电体育局党组(县旅游发展服务中心、县民族歌舞剧团)工作动员会召开。会前,县委组织部副部长、县委巡察工作领导小组成员黄平主持召开与县民族文旅广体局党组主要负责人的见面沟通会,……
……对县民族文旅广体局党组(县旅游发展服务中心、县民族歌舞剧团)开展巡察,是县委立足全覆盖要求、推动全面从严治党向纵深发展的重要举措,……
""", {"unit": "县民族文化旅游广电体育局党组（县旅游发展服务中心、县民族歌舞剧团）", "group": "县委第三巡察组",
      "feedback_date": None}),
    # http://guanyang.qlgl.gov.cn/show-160-5300-1-12.html (a county's media centre; the mobilisation day is not scored
    # as the start)
    ("guanyang_media", "http://guanyang.qlgl.gov.cn/show-160-5300-1-12.html", "news", """根据十六届灌阳县委第九轮巡察统一部署,2025年11月3日,县委第三巡察组巡察县融媒体中心工作动员会召开。县委第三巡察组组长李小艳作动员讲话,县委巡察办副主任罗清源就做好巡察工作提出要求,县融媒体中心蒋宇主持会议并作表态讲话。
县委第三巡察组全体成员、县融媒体中心班子成员参加会议,县纪委监委驻县教育局纪检监察组组长吴桂针、县融媒体中心列席会议。
""", {"unit": "县融媒体中心", "group": "县委第三巡察组", "term": 16, "round": 9, "feedback_date": None}),
    # http://wglj.jiyuan.gov.cn/zwdt/gonggao/t948091.html (a zone committee's group in an office; the day's year from
    # the page's dated line, but a mobilisation day is not scored as the start; 文化馆 is the meeting place)
    ("jiyuan_culture", "http://wglj.jiyuan.gov.cn/zwdt/gonggao/t948091.html", "news", """示范区党工委第二巡察组进驻文化广电和旅游局开展巡察
  • 文章作者:
  • 文章出处:文化广电和旅游局
  • 发布时间:2024-07-05
7月5日上午,示范区党工委第二巡察组巡察示范区文化广电和旅游局党组工作动员会在文化馆四楼多功能会议室召开,对巡察工作进行全面动员和部署。……
酒序文同志强调,一要坚持政治定位,深化政治巡察。……二要严格执行条例,依规依纪工作。……
""", {"unit": "示范区文化广电和旅游局党组", "feedback_date": None, "problems": 0}),
    # http://cqfj.gov.cn/index/bm_168/lyj/zwxx_61864/gsgg_107031/202407/t20240716_13375698.html (feedback to a county
    # office, the dates stated with their year; the round is not named, and the plenums (市委六届五次全会, 县委十五届八次
    # 全会) name no round, so the term is not scored;
    # the problems sentence is cut, not scored)
    ("fengjie_forestry", "http://cqfj.gov.cn/index/bm_168/lyj/zwxx_61864/gsgg_107031/202407/t20240716_13375698.html", "news", """根据县委巡察工作领导小组的部署,2024年7月12日,县委第六巡察组向县林业局党组反馈巡察情况。县委第六巡察组组长邹文胜主持召开向县林业局党组主要负责人的反馈会议,……县林业局党组主要负责人肖功勋主持反馈大会并作表态讲话。
根据县委统一部署,2024年3月27日至6月7日,县委第六巡察组对林业局党组进行了巡察。巡察组坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记关于巡视工作重要论述和党的二十大精神,认真落实市委六届五次全会和县委十五届八次全会要求,……
""", {"unit": "县林业局党组", "group": "县委第六巡察组", "round": None, "start": date(2024, 3, 27),
      "end": date(2024, 6, 7), "feedback_date": date(2024, 7, 12)}),
    # https://pucheng.qinfeng.gov.cn/info/1004/1280.htm (a county office mobilised; 九个方面 are the inspection's
    # contents and 一是…三是 the leader's demands, no problems; 今年第一轮 names the round)
    ("pucheng_forestry", "https://pucheng.qinfeng.gov.cn/info/1004/1280.htm", "news", """根据县委统一安排部署, 4月8日下午,县委第四巡察组巡察林业局党组工作动员会召开,县委第四巡察组组长赵金鹏作动员讲话,县委巡察办主任武玥郡就做好巡察工作提出要求,林业局党组书记、局长吕新良主持会议并做了表态发言。
巡察组组长赵金鹏全面安排部署了本次巡察工作,要求一是要统一思想,深化认识,增强接受巡察监督的自觉性,全力支持、配合、完成好巡察任务。二是要重点围绕政治纪律和政治规矩、思想建设、廉洁纪律建设、组织纪律建设、群众纪律和工作纪律建设、全面从严治党、脱贫攻坚工作、与群众利益密切相关的突出问题等九个方面开展巡察工作。三是要统筹协调,坚决落实政治巡察各项要求,完成好今年第一轮巡察工作任务。
""", {"unit": "林业局党组", "group": "县委第四巡察组", "round": 1, "start": None, "feedback_date": None, "problems": 0}),
    # https://halmhg.com/DocHtml/1059/16/10/00122264 (two groups enter two county offices in the first round; no year)
    ("first_round_offices", "https://halmhg.com/DocHtml/1059/16/10/00122264", "news", """10月13日上午,根据县委统一安排部署,县委第一巡察组和第三巡察组分别进驻县住建局、环保局开展首轮常规巡察工作。
会上,第一巡察组组长张雪峰、第三巡察组组长曾茂君分别就巡察工作开展做出安排部署,明确提出了巡察工作的总体要求、主要任务、工作方式和纪律要求。……
""", {"unit": "", "units": ["县住建局", "环保局"], "round": 1, "start": None}),
    # http://dghdzx.com/news/toutiao/191225.html (a city office mobilised; the demands are no problems; no year)
    ("city_housing", "http://dghdzx.com/news/toutiao/191225.html", "news", """按照市委统一部署,市委第二巡察组将对市住建局党委开展巡察。10月19日下午,市委第二巡察组巡察市住建局党委工作动员会议召开。市住建局党委书记、局长叶志吉主持会议,市纪委常委、监委委员、市委巡察办主任李敏,市委第二巡察组组长林霞等出席会议并讲话。……
市纪委常委、监委委员、市委巡察办主任李敏就做好巡察工作提出三点要求:一是提高政治站位,深刻领会巡察监督的重大意义;二是聚焦监督重点,充分发挥巡察监督的利剑作用;三是坚持同题共答,坚决支持和配合市委巡察工作。
""", {"unit": "市住建局党委", "group": "市委第二巡察组", "start": None, "feedback_date": None, "problems": 0}),
    # http://xwzx.bpxww.com/network/xwzx/2022/03/09/356123966345057250.shtml (a city office mobilised in the city hall's
    # meeting room; 13个方面 no figure; no year)
    ("city_housing_bureau", "http://xwzx.bpxww.com/network/xwzx/2022/03/09/356123966345057250.shtml", "news", """3月3日,市委第一巡察组巡察市住房和城乡建设局党组工作动员会议在市行政中心三楼会议室召开。市委第一巡察组开始对市住建局党组开展巡察。
会上,市委第一巡察组组长作动员部署讲话时强调,……本次巡察将采取“常规+营商专项”方式,要在聚焦党中央各项决策部署在基层的落实情况等13个方面进行了解。
""", {"unit": "市住房和城乡建设局党组", "group": "市委第一巡察组", "start": None, "feedback_date": None, "figures": []}),
    # http://ycjwjc.gov.cn/html/897-1.html (a city office mobilised; the meeting day is not scored as the start; 十八大 is
    # no term)
    ("yicheng_construction", "http://ycjwjc.gov.cn/html/897-1.html", "news", """根据宜城市委关于巡察工作的统一部署,2017年8月25日上午,宜城市委第二巡察组巡察城乡建设局党组工作动员会召开。会上,市委第二巡察组组长杨效锋做了巡察动员讲话,市委巡察办主任吴明国就配合做好巡察工作提出要求。城乡建设局党组书记、局长肖俊主持会议并作表态讲话。
……党员领导干部要深入学习贯彻党的十八大和习近平总书记系列重要讲话精神,……
""", {"unit": "城乡建设局党组", "group": "市委第二巡察组", "term": None, "feedback_date": None}),
    # http://fl.jimo.gov.cn/xxgkml_130/gzxx_130/202312/t20231201_7693668.shtml (a district women's federation: the
    # visit's dates stated apart from the meeting day; the letters' deadline 2024年1月26日 is no end)
    ("jimo_women", "http://fl.jimo.gov.cn/xxgkml_130/gzxx_130/202312/t20231201_7693668.shtml", "news", """按照区委统一部署,2023年11月28日下午,区委第一巡察组巡察区妇联党组动员部署会议召开。区委第一巡察组组长于昭徐就开展巡察工作作动员讲话,区妇联党组书记王萍主持会议并作表态讲话。
会议深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大及历次全会精神,贯彻一届区委第六轮巡察工作动员部署会议精神。……
区委第一巡察组巡察时间为2023年11月24日至2024年1月31日,巡察期间在科创中心北门西侧设置了巡察组信箱;……受理信访时间截止到2024年1月26日;……
""", {"unit": "区妇联党组", "group": "区委第一巡察组", "term": 1, "round": 6, "start": date(2023, 11, 24),
      "end": date(2024, 1, 31), "feedback_date": None}),
    # https://pdsgh.org/node/16823 (one group in two mass organisations; 党的二十大…后的第一次巡察 names no round)
    ("xinhua_unions", "https://pdsgh.org/node/16823", "news", """根据新华区委对巡察工作统一部署,11月11日上午,区委第五巡察组巡察区总工会、团区委工作进驻动员会召开。……
张国辉组长指出,本轮巡察是党的二十大胜利召开后的第一次巡察,希望我们巡察组和两个被巡察党组织都能高度重视,同心协力把此次巡察任务圆满完成。……
根据安排,区委第五巡察组自2022年11月11日至12月31日,对区总工会、团区委党组织开展巡察。巡察期间,开通举报电话、电子邮箱、邮政信箱、信访联系信箱等方式接受干部群众来信、来电。……
""", {"unit": "", "units": ["区总工会", "团区委"], "group": "区委第五巡察组", "term": None, "round": None,
      "start": date(2022, 11, 11), "end": date(2022, 12, 31)}),
    # http://www.aqyx.gov.cn/html/2018/czdt_0312/44669.html (feedback to a district trade union, the day's year from
    # the page's dated line; 3月1日 is a meeting that heard the round; the problems told by aspect are not scored)
    ("yixiu_union", "http://www.aqyx.gov.cn/html/2018/czdt_0312/44669.html", "news", """区委第一巡察组向区总工会反馈巡察情况
日期:2018-03-12 09:23:25   来源:   点击:
  根据区委巡察工作领导小组的安排, 3月9日上午,区委第一巡察组向区总工会反馈巡察情况。区委第一巡察组副组长刘伟传达了区委书记娄雪松3月1日在区委“五人小组”会议上的讲话精神,区委第一巡察组组长张春反馈了巡察情况。区总工会主席刘自强主持反馈会并代表区总工会领导班子作表态发言。
""", {"unit": "区总工会", "group": "区委第一巡察组", "start": None, "feedback_date": date(2018, 3, 9)}),
    # http://zwfw-new.hunan.gov.cn/hnzwfw/1/3/49/43127/43128/content_147985.html (one group in four district offices,
    # one with its second name in brackets; no year)
    ("zhuhui_offices", "http://zwfw-new.hunan.gov.cn/hnzwfw/1/3/49/43127/43128/content_147985.html", "news", """【区交通运输局】珠晖区委第三巡察组巡察工作动员部署会召开
12月4日下午,珠晖区委第三巡察组巡察工作动员部署会召开,正式启动本轮常规巡察工作。……
根据区委统一部署,本轮巡察将对区政府办(区政府研究中心)、区应急管理局、区交通运输局、区站前管理所等4个单位党组织开展常规巡察。……
""", {"unit": "", "units": ["区政府办（区政府研究中心）", "区应急管理局", "区交通运输局", "区站前管理所"],
      "group": "区委第三巡察组", "start": None}),
    # http://kjj.gz.gov.cn/xxgk/zwdt/tztg/wjgg/content/post_5882534.html (a group's notice in a city office: the visit's
    # dates stated; the signature's date is the notice's)
    ("guangzhou_science_notice", "http://kjj.gz.gov.cn/xxgk/zwdt/tztg/wjgg/content/post_5882534.html", "news", """巡察公告
根据市委巡察工作统一部署,市委第一巡察组从2020年5月17日至8月7日,对市科技局贯彻落实党中央关于统筹推进疫情防控和经济社会发展、做好“六稳”工作、落实“六保”任务等重大决策部署情况及省委、市委部署要求情况开展专项巡察。……
市委第一巡察组
2020年5月31日
""", {"unit": "市科技局", "group": "市委第一巡察组", "start": date(2020, 5, 17), "end": date(2020, 8, 7),
      "feedback_date": None}),
    # http://www.rongchang.gov.cn/bm/qsthjj/bmdt/202601/t20260129_15365405.html (feedback to a district office, the
    # term and round written with the group (十五届区委第九轮第一巡察组); the aspects named are no problems counted)
    ("rongchang_environment", "http://www.rongchang.gov.cn/bm/qsthjj/bmdt/202601/t20260129_15365405.html", "news", """根据区委巡察工作领导小组安排,2026年1月28日,区生态环境局召开十五届区委第九轮第一巡察组巡察区生态环境局党组情况反馈会,区生态环境局党组书记刘冬主持。区委第一巡察组组长张峻光反馈了巡察意见,区纪委副书记、监委副主任、巡察办主任米国好代表区委巡察工作领导小组对巡察整改工作提了要求,刘冬代表区生态环境局党组作了表态发言。
会上,张峻光通报了对区生态环境局党组巡察的反馈意见,指出区生态环境局党组在贯彻落实习近平生态文明思想、推动生态环境保护高质量发展、落实全面从严治党责任、重点领域风险管控、落实新时代党的组织路线、基层党建工作、压实整改责等方面仍存在突出问题。……
""", {"unit": "区生态环境局党组", "group": "区委第一巡察组", "term": 15, "round": 9, "start": None,
      "feedback_date": date(2026, 1, 28)}),
    # --- rounds -------------------------------------------------------------------------------------------------
    # http://jingzhou.cjyun.org/p/237345.html (a city's figures since its inspections began; 65% is a share of cases,
    # no completion rate; the later rounds' sentences carry no figure)
    ("jingzhou_figures", "http://jingzhou.cjyun.org/p/237345.html", "rounds", """10月10日,荆州市纪委监委发布,荆州市县两级已对301家党政事业单位、71个乡镇(街办)、759个村开展了政治巡察,发现面上问题4700个、问题线索1697个,移交相关部门党纪政务处分350人、组织处理871人、移送司法16人,清退追缴违规资金1497.7万元。在该市纪委监委立案审查的案件中,65%以上线索来自巡察。
……今年4月,该市8个巡察组对8个县市区和荆州开发区开展提级、交叉、点穴式巡察。9月下旬,对28家行政审批部门和窗口单位开展“不担当不作为”专项巡察。
""", {"unit": "", "round": None, "start": None,
      "figures": [("problems", 4700), ("clues_transferred", 1697), ("disciplined_people", 350),
                  ("organizational_handling", 871), ("transferred_judicial", 16), ("funds_recovered", 1497.7)]}),
    # http://jwfz.org.cn/show-72874.html (a county's clues and sanctions; the quoted case names no figure)
    ("tanghe_clues", "http://jwfz.org.cn/show-72874.html", "rounds", """“在巡察结束前,有关毕店镇大阮庄村党支部书记牛某涉嫌虚报冒领集体资金的问题线索已查实办结……”不久前,唐河县委巡察工作领导小组会议研究问题线索的办理情况,第三巡察组组长汇报。
……该县县委巡察办与县纪委监委建立直查快办联动协作机制,……截至目前,县委巡察机构已向县纪委监委移交问题线索137件,根据移交线索党纪政务处分73人。
""", {"unit": "", "round": None, "figures": [("clues_transferred", 137), ("disciplined_people", 73)]}),
    # https://m.news.shi-fen.com/china/202112/50-1190069.html (a round's clue meeting; 四届市委前几轮 is the earlier
    # term's rounds; 七八十条 is no count)
    ("hezhou_clues", "https://m.news.shi-fen.com/china/202112/50-1190069.html", "rounds", """原标题:贺州:“组办室”多方会商严把巡察移交问题线索关
……近日,五届贺州市委第一轮巡察问题线索分析研判会上,市委巡察办、市委第二巡察组、市纪委监委案件监督管理室、监督检查室等负责人对市委第二巡察组发现的问题线索进行了会商讨论。
……“巡察发现问题线索从四届市委前几轮每轮七八十条、甚至上百条下降至后几轮每轮十条左右,线索数量减少了,但质量更高了。”贺州市委巡察办有关负责同志表示。
""", {"unit": "", "term": 5, "round": 1, "start": None, "figures": []}),
    # http://www.zhuji.gov.cn/art/2018/4/4/art_1378579_17057600.html (a provincial round's clues handed over; the
    # meeting day is no visit date; 20家单位 counted, not named)
    ("zhejiang_clues", "http://www.zhuji.gov.cn/art/2018/4/4/art_1378579_17057600.html", "rounds", """强化巡视成果运用 做好巡视“后半篇文章” 我省首次集中交办巡视发现问题线索
2018-04-04 17:16 浏览次数: 信息来源:浙江省纪委省监委网站
3月27日,省委巡视工作领导小组召开十四届省委第二轮巡视问题线索交办会,深入贯彻中央和省委关于做好巡视“后半篇文章”重要精神,安排部署省委巡视组发现问题线索的办理工作。……
……据了解,十四届省委第二轮巡视完成了对20家单位党组织的巡视任务。前期,省委巡视组已经将巡视情况向被巡视党组织进行反馈。
""", {"unit": "", "units": [], "term": 14, "round": 2, "start": None, "feedback_date": None, "figures": []}),
    # https://www.trjw.gov.cn/html/2018/dangfenglianzhengyaowen_0211/9839.html (a round heard: problems counted;
    # 边巡边改 problems are no metric; the third round is the next one)
    ("tongren_second", "https://www.trjw.gov.cn/html/2018/dangfenglianzhengyaowen_0211/9839.html", "rounds", """市委巡察工作领导小组专题听取第二轮巡察情况汇报
时间:2018-02-11 17:47:32 点击:
2月6日至8日,市委巡察工作领导小组专题听取二届市委第二轮巡察情况汇报。……
市委13个巡察组分别向市委巡察工作领导小组全面汇报了巡察31个单位的详细情况。据统计,本轮巡察发现被巡察单位存在党的领导弱化、党的建设缺失、全面从严治党不力、推进党风廉政建设和反腐斗争不扎实4个方面问题共计1153个,推动边巡边改问题169个,巡察发挥了政治“显微镜”和政治“探照灯”作用。
……五是筹备好二届市委第三轮巡察工作,聚焦脱贫攻坚,有的放矢、精准发力,3月份启动第三轮巡察工作。
""", {"unit": "", "term": 2, "round": 2, "start": None, "end": None, "figures": [("problems", 1153)]}),
    # https://www.yuhaojiang.com/redian/771033.html (a city round's second batch: five offices named)
    ("fuzhou_seventh", "https://www.yuhaojiang.com/redian/771033.html", "rounds", """十二届福州市委第七轮第二批巡察正式完成进驻。……
根据市委部署,十二届市委第七轮第二批巡察安排对市政协机关党组、市人大常委会机关党组、市文学艺术界联合会党组、市人民政府驻北京联络处党组开展常规巡察,对市民政局党组开展巡察“回头看”。日前,5个巡察组已完成进驻工作。
巡察工作时间30天左右。
""", {"unit": "", "units": ["市政协机关党组", "市人大常委会机关党组", "市文学艺术界联合会党组", "市人民政府驻北京联络处党组",
                            "市民政局党组"], "term": 12, "round": 7, "start": None, "end": None}),
    # http://www.hengdong.gov.cn/jjjc/xwzx/tzgg/20250919/i3788807.html (an education round's entry: one office and one
    # of ten schools named; 二十届三中全会 no term)
    ("hengdong_schools", "http://www.hengdong.gov.cn/jjjc/xwzx/tzgg/20250919/i3788807.html", "rounds", """十四届县委第九轮巡察完成进驻(附各巡察组联系方式)
来源:中共衡东县委巡察工作领导小组办公室   发布时间:2025-09-19
目前,十四届县委第九轮巡察5个巡察组完成对县教育局1个县直单位和县第一中学等10所县管中学的进驻工作,本轮县委巡察已全面展开。
被巡察党组织分别召开巡察工作动员会,副县长冯雁、各县委巡察组组长作了动员讲话,……深入学习贯彻党的二十大和二十届三中全会精神,……
""", {"unit": "", "units": ["县教育局", "县第一中学"], "term": 14, "round": 9, "start": None}),
    # https://gobysa.com/wanboguanwangmanbetx/dww/jdxw/20211123/118310.html (a central enterprise's ninth round; the
    # central round it studies and its own tenth round are other rounds; 十九大后 is no term; units counted)
    ("southern_grid", "https://gobysa.com/wanboguanwangmanbetx/dww/jdxw/20211123/118310.html", "rounds", """南网报讯 11月18日,南方电网公司党组巡视工作领导小组召开2021年第六次会议,传达学习十九届中央第八轮巡视工作动员部署会精神,听取十九大后公司党组第九轮巡视情况汇报,研究部署明年公司中央巡视整改和党组巡视工作。……
孟振平表示,公司党组第九轮巡视采用“一托二”的方式,对3个省级电网公司党委开展了常规巡视,首次对3个省会供电局党委提级巡视,注重把握阶段特征和层级特点,注重对“一把手”开展监督,深入查找了6家管制单位党委落实党中央重大决策部署和公司党组重点工作要求的差距。
……高水平完成公司党组第十轮巡视,……
""", {"unit": "", "units": [], "term": None, "round": 9, "start": None, "figures": []}),
    # https://chinawznews.net/ningxia/2021030517452.html (a region's round entering its offices, the list cut to five;
    # 自治区党委 written once before the first name; 4月中下旬 is no day)
    ("ningxia_eleventh", "https://chinawznews.net/ningxia/2021030517452.html", "rounds", """3月1日至4日,十二届自治区党委第十一轮巡视5个巡视组按照“一托二”“一托三”任务安排,分别进驻自治区党委政法委、编办、区直机关工委、老干部局、党校(行政学院)……,开展巡视监督工作。
……按照统一安排,本轮巡视从现在开始到4月中下旬结束。
""", {"unit": "", "units": ["自治区党委政法委", "编办", "区直机关工委", "老干部局", "党校（行政学院）"], "term": 12,
      "round": 11, "start": None, "end": None}),
    # https://wxredian.com/art?id=b1704a737637d06698d0a596b85eda18 (a region's seventh round, its lists cut; the city
    # written once before its counties)
    ("neimenggu_seventh", "https://wxredian.com/art?id=b1704a737637d06698d0a596b85eda18", "rounds", """经自治区党委批准,十一届党委第七轮巡视将对呼和浩特市土默特左旗、托克托县、和林格尔县,……等30个旗县(市、区),以及内蒙古新华发行集团股份有限公司……等6家国有企业党委开展常规巡视;对自治区教育厅、自治区卫生健康委员会、自治区医疗保障局等3个区直部门党组开展机动巡视。
值班编辑:苗茂胜
""", {"unit": "", "units": ["呼和浩特市土默特左旗", "托克托县", "和林格尔县", "内蒙古新华发行集团股份有限公司", "自治区教育厅",
                            "自治区卫生健康委员会", "自治区医疗保障局"], "term": 11, "round": 7, "start": None}),
    # https://hl-developerz.com/ZEkXmmYtpH/index.php/party/info/id/4608 (a region's first round mobilised; 第十次党代会
    # and 纪委十届二次全会 are no term of their own)
    ("neimenggu_first_round", "https://hl-developerz.com/ZEkXmmYtpH/index.php/party/info/id/4608", "rounds", """5月10日,十届自治区党委第一轮巡视工作动员部署会在呼和浩特召开。会上,自治区党委常委、组织部部长、巡视工作领导小组副组长曾一春宣布十届自治区党委第一轮巡视组组长及任务分工。……
会议指出,十届自治区党委第一轮巡视各巡视组要按照自治区第十次党代会和纪委十届二次全会的部署,提高政治站位,……
""", {"unit": "", "term": 10, "round": 1, "start": None, "feedback_date": None}),
    # http://www.northnews.cn/p/1980237.html (a region's ninth round entered: one named unit per counted kind; the
    # eighth round is the one heard before)
    ("neimenggu_ninth", "http://www.northnews.cn/p/1980237.html", "rounds", """十届自治区党委第九轮巡视已全部完成进驻
截至3月26日,十届自治区党委第九轮巡视12个巡视组已全部完成进驻。
经自治区党委批准,本轮巡视对内蒙古党校(行政学院)等15个区直事业单位党组(党委)、自治区总工会等9个群团党组、和林格尔新区等7个开发区(新区)党工委开展常规巡视,对呼伦贝尔农垦集团党委开展提级巡视,对自治区监狱管理局党委开展专项巡视。从3月21日开始,被巡视单位分别召开巡视工作动员会。会前,各巡视组向被巡视单位党组织主要负责人传达了自治区党委书记石泰峰同志在书记专题会议听取十届党委第八轮巡视情况汇报时的讲话精神,通报了有关工作安排;……
""", {"unit": "", "units": ["内蒙古党校（行政学院）", "自治区总工会", "和林格尔新区", "呼伦贝尔农垦集团党委",
                            "自治区监狱管理局党委"], "term": 10, "round": 9, "start": None}),
    # http://m.xijiangtv.com/e/action/ShowInfo.php?classid=295&id=99481 (a region's first round entered: offices of
    # two counted kinds, 自治区 written once per list; 3个月 gives no end)
    ("guangxi_first", "http://m.xijiangtv.com/e/action/ShowInfo.php?classid=295&id=99481", "rounds", """十二届自治区党委第一轮巡视完成进驻
时间:2022-03-09 08:13:43 来源:广西新闻网-广西日报
广西新闻网-广西日报南宁讯 (记者 王春楠)截至3月4日,十二届自治区党委第一轮巡视派出的7个巡视组已全部完成进驻,巡视组将对自治区民政厅、财政厅等13家政府部门单位,自治区总工会、妇联等8家群团机关开展常规巡视,同步对全区自然资源系统开展巡视巡察上下联动监督。
……据悉,自治区党委巡视组将在被巡视单位工作3个月,……
""", {"unit": "", "units": ["自治区民政厅", "财政厅", "自治区总工会", "妇联"], "term": 12, "round": 1, "start": None,
      "end": None}),
    # http://www.china.com.cn/news/txt/2017-05/28/content_40914542.htm (a term's coverage: 16轮 counted, no round; 18次
    # hearings and a plan's years are no figures or dates)
    ("ningxia_coverage", "http://www.china.com.cn/news/txt/2017-05/28/content_40914542.htm", "rounds", """中国网5月28日讯 据宁夏回族自治区纪委消息,……党的十八大以来,十一届宁夏回族自治区党委坚决落实中央部署,围绕“全覆盖”目标,深化政治巡视,不断加大力度,完成16轮对121个地方、部门、企事业单位党组织的巡视,如期实现巡视全覆盖,……
……建立“五人小组”听取巡视工作领导小组汇报巡视综合情况工作机制,党委常委会、书记专题会议18次听取巡视汇报,统筹谋划、研究部署。制定印发了《自治区党委巡视工作规划(2013年-2017年)》,……
""", {"unit": "", "term": 11, "round": None, "start": None, "figures": []}),
    # http://zhld.com/szb/pc/col/202408/02/content_247459.html (a special round's feedback to 50 bodies of kinds, none
    # named; the problems are the round's, not scored; the days have no year)
    ("political_legal", "http://zhld.com/szb/pc/col/202408/02/content_247459.html", "rounds", """本报讯(记者 牛思光)按照市委部署,五届市委第六轮巩固政法队伍教育整顿成果专项巡察反馈工作于近日全部完成。
7月29日至30日,10个巡察组分别向各县(市、区)党委传达市委常委会会议听取本轮巡察情况汇报精神和市委书记张建慧同志讲话要求,通报专项巡察发现问题情况,对巡察整改工作提出明确要求,向本轮巡察的10个县(市、区)政法委机关、人民法院、人民检察院、公安局、司法局等50家单位党组(党委)进行了“一对一”反馈。
反馈指出了被巡察单位存在的突出问题。有的贯彻落实党中央决策部署和省委、市委工作要求不到位,履行核心职能有差距;……
""", {"unit": "", "units": [], "term": 5, "round": 6, "feedback_date": None}),
    # http://szb.zjphol.com/pc/content/202109/06/content_152930.html (a round's notice listing its ten units by kind of
    # inspection; 9月上旬至10月下旬 are parts of months)
    ("pinghu_notice", "http://szb.zjphol.com/pc/content/202109/06/content_152930.html", "rounds", """十四届市委第十四轮巡察公告
按照市委巡察工作部署,十四届市委第十四轮巡察共组建4个巡察组,于2021年9月上旬至2021年10月下旬,对全市5个单位党组织开展常规巡察,5个单位党组织开展巡察“回头看”。现公告如下:
一、巡察对象
(1)常规巡察
平湖技师学院、崇文小学、平湖市妇幼保健院、平湖市精神卫生中心、平湖市新世纪市场发展有限公司
(2)巡察“回头看”
平湖市水务投资(集团)有限公司、旧埭村、泖河村、周家圩村、渡船桥村
""", {"unit": "", "units": ["平湖技师学院", "崇文小学", "平湖市妇幼保健院", "平湖市精神卫生中心", "平湖市新世纪市场发展有限公司",
                            "平湖市水务投资（集团）有限公司", "旧埭村", "泖河村", "周家圩村", "渡船桥村"], "term": 14,
      "round": 14}),
    # http://fuzhou.baogaosu.com/xinwen/%E4%B8%AA%E5%B7%A1%E5%AF%9F%E7%BB%84%E5%B7%B2%E8%BF%9B%E9%A9%BB%E6%95%99%E8%82%B2%E5%B1%80%E7%A7%91%E6%8A%80%E5%B1%80/57159201
    # (a round's second batch; the headline's short names are the same three offices; 5月上旬 a part of a month)
    ("quanzhou_second", "http://fuzhou.baogaosu.com/xinwen/%E4%B8%AA%E5%B7%A1%E5%AF%9F%E7%BB%84%E5%B7%B2%E8%BF%9B%E9%A9%BB%E6%95%99%E8%82%B2%E5%B1%80%E7%A7%91%E6%8A%80%E5%B1%80/57159201", "rounds", """泉州:3个巡察组已进驻教育局、科技局、食药监
08.05.2017  13:05
十二届市委第二轮第二批巡察启动 3个巡察组已进驻巡察单位
根据市委关于巡察工作的部署要求,经市委巡察工作领导小组同意,从2017年5月上旬开始,市委巡察组对市教育局(市委教育工委)、市科技局、市食品药品监督管理局开展巡察,巡察时间一个月左右。日前,3个巡察组已进驻巡察。(记者 许雅玲 通讯员 黄成玉)
""", {"unit": "", "units": ["市教育局（市委教育工委）", "市科技局", "市食品药品监督管理局"], "term": 12, "round": 2,
      "end": None}),
    # https://manage.hnsjw.gov.cn/sitesources/hnsjct/page_pc/hnxsxc/xcgz/sxxc/article63cc4d92ad68497f9b85dd88d55bb575.html
    # (a county's look-back at villages: found problems, clues, cases and sanctions; 60余件 solved for people and 448
    # villages covered are no metric)
    ("xiangcheng_villages", "https://manage.hnsjw.gov.cn/sitesources/hnsjct/page_pc/hnxsxc/xcgz/sxxc/article63cc4d92ad68497f9b85dd88d55bb575.html", "rounds", """2025年,襄城县委巡察累计发现并推动解决群众身边急难愁盼问题60余件,为乡村振兴注入强劲的“巡察动能”,切实提升群众获得感、幸福感、安全感。
……县委巡察机构在完成全县448个村(社区)党组织常规巡察全覆盖的基础上,聚焦以往巡察反馈问题的整改实效,2025年对40个已巡察过的村(社区)开展巡察“回头看”。紧盯乡村振兴中新出现的热点难点问题,深入复查,发现整改不彻底、制度空转的“旧症”和产业发展乏力、乡村治理出现新瓶颈等“新疾”562个,移交问题线索30件,立案18人,党纪政务处分村(社区)两委党员干部13人,有力传导了“整改要彻底、落实须常态”的鲜明信号,体现了巡察监督的震慑力、推动力。
""", {"unit": "", "round": None, "figures": [("problems", 562), ("clues_transferred", 30), ("cases_filed", 18),
                                              ("disciplined_people", 13)]}),
    # https://scholarmate.com/S/r8kKfZ (an abstract: a county's village extension; 覆盖率 is no completion rate)
    ("xinjiang_county_shanxi", "https://scholarmate.com/S/r8kKfZ", "rounds", """摘要
<正>近年来,新绛县委按照"三个聚焦"政治巡察属性,扎实开展村级延伸巡察工作,在每轮延伸巡察工作中,把巡察组人员的配备和组别设置作为高质量推动巡察工作的关键和基础,推动村级延伸工作向纵深发展。截止目前,全县220个村级党组织,已完成153个,覆盖率达到69.5%。
""", {"unit": "", "round": None, "figures": []}),
    # https://889pp.net/h1sxunshixuncha258/2607.html (a district's leading group hears its second round; 2023年第一次会议
    # is a meeting's number)
    ("diwei_district_second", "https://889pp.net/h1sxunshixuncha258/2607.html", "rounds", """为进一步提升履职能力,促进我区巡察工作规范化发展,充分发挥巡察政治监督作用,区委巡察工作领导小组召开2023年第一次会议。
会上传达了地委书记徐向国同志,地委委员、地纪委书记、监委主任郭晓锋同志在全区党风廉政建设和反腐败工作会议上的讲话精神和地区巡察办主任座谈会精神,听取了十二届区委第二轮常规巡察和水利工程建设上下联动专项巡察情况汇报,并提出指导性意见建议。
""", {"unit": "", "term": 12, "round": 2, "start": None, "feedback_date": None}),
    # https://a1killmaster.com/news/kyxw/2015722151974.shtml (a central round's 26 units, the list cut to four; 2015年
    # is the round's year, no term)
    ("central_second_2015", "https://a1killmaster.com/news/kyxw/2015722151974.shtml", "rounds", """中央纪委监察部网站近期将开设专栏,集中公布2015年中央巡视组第二轮专项巡视进驻情况。
6月23日晚间,中纪委公布了今年中央第二轮巡视的26家单位,交通系统是此次巡视的重点之一,……
2015年中央第二轮巡视的26家单位包括中央台湾工作办公室、中央直属机关事务管理局、交通运输部、国家机关事务管理局……等。
""", {"unit": "", "units": ["中央台湾工作办公室", "中央直属机关事务管理局", "交通运输部", "国家机关事务管理局"], "term": None,
      "round": 2, "start": None}),
    # http://top.chinadaily.com.cn/finance_old/2015-07/06/content_21193110.htm (a commission's groups in six central
    # enterprises; 第二批 is a batch, no round)
    ("sasac_2015", "http://top.chinadaily.com.cn/finance_old/2015-07/06/content_21193110.htm", "rounds", """国资委巡视组进驻中国黄金等6户央企开展今年第二批巡视
……新华网北京7月6日电(记者华晔迪)记者6日从国务院国资委获悉,国资委第一至第六巡视组已分别进驻中国黄金集团公司、中国中纺集团公司、中国轻工集团公司、中国华录集团有限公司、中国国际工程咨询公司、中国国旅集团有限公司等6户中央企业,2015年第二批巡视工作全面展开。
""", {"unit": "", "units": ["中国黄金集团公司", "中国中纺集团公司", "中国轻工集团公司", "中国华录集团有限公司", "中国国际工程咨询公司",
                            "中国国旅集团有限公司"], "round": None, "start": None}),
    # https://dingan.hainan.gov.cn/dab/Html/2022-07-28/24646.html (a county's second round mobilised; the provincial
    # round studied is another body's)
    ("dingan_second", "https://dingan.hainan.gov.cn/dab/Html/2022-07-28/24646.html", "rounds", """7月22日,十四届县委第二轮巡察动员部署会召开,深入贯彻中央和省委有关对村(社区)巡察工作的决策部署,安排部署十四届县委第二轮巡察工作。县委常委、组织部部长张磊,县委常委、县纪委书记、县监委主任陈凤娇出席会议。……
会议宣读了本轮巡察组人员名单和任务分工,传达学习了八届省委第一轮巡视动员部署会会议精神。……
""", {"unit": "", "term": 14, "round": 2, "start": None}),
    # https://m.yybnet.net/wuwei/minqin/201809/8119744.html (a city's sixth round, both lists cut; the launch day has
    # no year, 9月下旬…11月下旬 are parts of months)
    ("wuwei_sixth", "https://m.yybnet.net/wuwei/minqin/201809/8119744.html", "rounds", """四届市委第六轮巡察工作正式启动 将对9个市直部门8个乡镇开展巡察
本报讯(记者马开良见习记者韩筱蓓)9月27日,按照市委巡察工作统一部署,四届市委第六轮巡察工作正式启动。市委决定组建7个巡察组,对9个市直部门单位、8个乡镇开展巡察。
据悉,本轮巡察从9月下旬开始,到11月下旬结束。对市总工会、市妇联、团市委……9个部门(单位)进行常规巡察;对凉州区西营镇、丰乐镇……8个乡镇进行提级交叉巡察。
""", {"unit": "", "units": ["市总工会", "市妇联", "团市委", "凉州区西营镇", "丰乐镇"], "term": 4, "round": 6,
      "start": None}),
    # http://www.qzcdi.gov.cn/content/2015-12/02/content_5240898.htm (a province's round on eight counties, the list cut
    # to four, the city written once before its districts; 11月下旬 is a part of a month; 2015年 no term)
    ("fujian_fourth_2015", "http://www.qzcdi.gov.cn/content/2015-12/02/content_5240898.htm", "rounds", """2015年福建省委第四轮第二批巡视展开
8个巡视组进驻县(市、区)巡视
来源:福建省委巡视办 发布时间:2015-12-02 08:58
根据《中国共产党巡视工作条例》及中央、福建省委关于巡视工作的部署要求,经省委巡视工作领导小组同意,从11月下旬开始,省委县(市、区)巡视组对福州市仓山区、福清市、厦门市同安区、泉州市鲤城区……开展巡视。巡视时间一个月左右。日前,8个巡视组已进驻巡视。
""", {"unit": "", "units": ["福州市仓山区", "福清市", "厦门市同安区", "泉州市鲤城区"], "term": None, "round": 4,
      "end": None}),
    # https://gov.rednet.cn/c/2016/05/06/3977530.htm (a province's inspections of 40 counties, the list cut; a month
    # range with its years gives the first and the last day of the months)
    ("hunan_counties", "https://gov.rednet.cn/c/2016/05/06/3977530.htm", "rounds", """根据省委统一部署,2015年11月至2016年1月,省委巡视组对长沙市天心区、岳麓区、雨花区,……等40个县市区开展了常规巡视。
来源:湖南日报
""", {"unit": "", "units": ["长沙市天心区", "岳麓区", "雨花区"], "term": None, "round": None,
      "start": date(2015, 11, 1), "end": date(2016, 1, 31)}),
    # http://jsnews.jschina.com.cn/nj/a/201804/t20180428_1565297.shtml (a district's fifth round on streets and
    # communities: 问题及问题线索394条 mixes problems and clues, no one metric; notices, letters and talks are no metric)
    ("yuhuatai_fifth", "http://jsnews.jschina.com.cn/nj/a/201804/t20180428_1565297.shtml", "rounds", """本报讯(记者 毛庆 通讯员 徐培枝 许静)基层不正之风和微腐败直接影响群众的获得感和幸福感,2018年以来,雨花台区纪委不断净化基层政治生态,压紧压实基层管党治党政治责任,将巡察对象延伸至基层社区,打通全面从严治党的“最后一公里”。
在刚结束的第五轮巡察中,各巡察组以“1+N”的方式,即每个巡察组在巡察1家街道的同时,对4—5家社区同步进行巡察,着力发现纠正群众身边的不正之风和基层微腐败的问题。期间,3个巡察组共计开展个别谈话480人次,受理信访件28件、接待来访66人次,发放“立行立改”通知书11份,通过巡察发现街道和社区问题及问题线索394条。
开展提级巡察,既坚持政治巡察,常规扫描,又突出重点,强化问题导向。本次巡察,各巡察组共巡察发现社区问题线索84条。
""", {"unit": "", "units": [], "term": None, "round": 5, "start": None, "figures": [("clues_transferred", 84)]}),
    # http://pyrb.pyxww.com/content/202406/14/c142217.html (a city round fed back: the list of 12 cut to three; the
    # feedback is told twice (a collective meeting on 5月31日, one-to-one on 6月3日至6日), so its day is not scored;
    # problems are per unit, not scored for the round)
    ("puyang_sixth", "http://pyrb.pyxww.com/content/202406/14/c142217.html", "rounds", """八届市委第六轮巡察完成反馈
根据市委安排部署,2024年3月17日,市委选派7个巡察组,对市卫生健康委员会、市医疗保障局、濮阳医学高等专科学校……等12家市直单位党组织开展常规巡察,采取“巡乡带村看县”方式对范县陈庄镇党委及所辖55个村级党组织开展提级巡察。
5月31日,八届市委第六轮巡察集中反馈会召开,传达市委书记专题会议精神,通报八届市委第六轮巡察情况,对巡察整改进行安排部署。6月3日至6日,市委巡察组陆续向13家被巡察党组织“一对一”反馈了巡察意见。……
""", {"unit": "", "units": ["市卫生健康委员会", "市医疗保障局", "濮阳医学高等专科学校", "范县陈庄镇党委"], "term": 8,
      "round": 6, "start": date(2024, 3, 17)}),
    # https://jc.pingyuan.gov.cn/xsxc/pz/fkqkuang/3365.html (a round's feedback published per unit, two units named in
    # the lead; problems are per unit, not scored for the round; no date)
    ("pingyuan_third", "https://jc.pingyuan.gov.cn/xsxc/pz/fkqkuang/3365.html", "rounds", """近日,我县召开了十四届县委第三轮巡察工作情况反馈会。3个县委巡察组向县卫健局、县司法局等9个被巡察单位党组织分别反馈了巡察情况。根据《中国共产党巡视工作条例》和中央《关于市县党委建立巡察制度的意见》等相关规定,现将巡察组反馈的主要问题公布如下:
一、县卫生健康局党组
落实“第一议题”制度不严格;执行“三重一大”制度不够到位;县域医共体推进不够有力;……巡察审计反馈问题整改不够彻底。
""", {"unit": "", "units": ["县卫健局", "县司法局"], "term": 14, "round": 3, "feedback_date": None}),
    # https://www.gdjct.gd.gov.cn/xunshixc/content/post_60263.html (a district's village round: the towns entered are
    # where the villages are, one community named; 2019年第一轮 names the round, 去年以来4轮 are counted)
    ("shunde_villages", "https://www.gdjct.gd.gov.cn/xunshixc/content/post_60263.html", "rounds", """十三届顺德区委2019年第一轮村级党组织巡察于近日启动,并正式进驻大良街道、容桂街道、杏坛镇等十个镇街,对大良街道南华社区等35个村级党组织展开巡察监督。
本轮巡察将持续2个月,……
据了解,去年以来,该区共开展了4轮专项巡察,对30个重点村(社区)进行了“政治体检”,推动解决了一批群众关切的突出问题。
""", {"unit": "", "units": ["大良街道南华社区"], "term": 13, "round": 1, "start": None, "end": None, "figures": []}),
    # https://news.qq.com/rain/a/20250325A02YD500 (a district's round: offices and a town with its villages named, two
    # towns whose villages are meant (新塘镇辖内47个村) are no units; 3月中旬至5月下旬 are parts of months)
    ("zengcheng_tenth", "https://news.qq.com/rain/a/20250325A02YD500", "rounds", """近日,增城区召开二届区委第十轮巡察工作动员部署会。宣布本轮巡察组长、副组长授权任职及任务分工决定。
……经增城区委批准,本轮对增城区委编办、区委老干部局、区人大机关、区政协机关、正果镇及其辖内31个村(社区)、新塘镇辖内47个村(社区)、中新镇辖内32个村(社区)开展常规巡察。巡察时间为2025年3月中旬至2025年5月下旬。
""", {"unit": "", "units": ["增城区委编办", "区委老干部局", "区人大机关", "区政协机关", "正果镇"], "term": 2, "round": 10,
      "feedback_date": None}),
    # --- audit --------------------------------------------------------------------------------------------------
    # http://rdgb.gsrdw.gov.cn/2022/240_0328/3017.html (a province's audit work report)
    ("gansu_audit_2020", "http://rdgb.gsrdw.gov.cn/2022/240_0328/3017.html", "audit", """甘肃省人民政府关于2020年度省级预算执行和其他财政收支的审计工作报告
稿件来源: 发布时间:2022-03-28 20:55:45
——2021年7月25日在甘肃省第十三届人民代表大会常务委员会第二十五次会议上
甘肃省审计厅厅长马自学
主任、各位副主任、秘书长、各位委员:
我受省人民政府委托,报告2020年度省级预算执行和其他财政收支的审计情况,请予审议。
""", {"refused": True}),
    # https://www.jiaoling.gov.cn/xxgk/czxx/sjjggg/content/post_2171615.html (a province's audit work report, its title
    # not copied)
    ("guangdong_audit_2019", "https://www.jiaoling.gov.cn/xxgk/czxx/sjjggg/content/post_2171615.html", "audit", """——2020年7月28日在广东省第十三届人民代表大会常务委员会第二十二次会议上
广东省审计厅厅长 卢荣春
主任、各位副主任、秘书长,各位委员:
我受省人民政府委托,向省人大常委会报告2019年度省级预算执行和其他财政收支的审计情况,请审议。
""", {"refused": True}),
    # https://shijiazhuang.baogaosu.com/xinwen/%E5%AE%A1%E8%AE%A1%E5%B1%80%E5%AE%A1%E8%AE%A1%E6%95%B4%E6%94%B9%E5%B7%A5%E4%BD%9C%E5%81%9A%E5%88%B0%E5%9B%9B%E4%B8%AA%E5%91%8A%E7%9F%A5/51354489
    # (a county audit office's rectification practice, 一是…四是 with no inspection)
    ("laishui_audit", "https://shijiazhuang.baogaosu.com/xinwen/%E5%AE%A1%E8%AE%A1%E5%B1%80%E5%AE%A1%E8%AE%A1%E6%95%B4%E6%94%B9%E5%B7%A5%E4%BD%9C%E5%81%9A%E5%88%B0%E5%9B%9B%E4%B8%AA%E5%91%8A%E7%9F%A5/51354489", "audit", """涞水县:审计局审计整改工作做到“四个告知”
14.10.2016  18:04
一是告知整改主体的责任。告知被审计单位是审计整改工作的责任主体,单位主要负责人是整改第一责任人,抓好审计发现问题的整改工作是被审计单位和其主要负责人的法定职责。
二是告知整改的具体内容。向有整改任务的被审计单位及时发送告知函,列明整改目标、整改时限和整改报告要素等内容,并对整改事项逐一细化、逐项对照。
……四是告知整改问责的情形。对拖延不改、整改不力、弄虚作假的,要严格追责问责。
""", {"refused": True}),
    # http://xn--yet74fr8g.com/fastNews/1734906423 (a news flash on the national audit rectification report; 追责问责
    # 2800多人 is the audit's)
    ("audit_office_2023", "http://xn--yet74fr8g.com/fastNews/1734906423", "audit", """审计署发布2023年度审计整改报告,共整改问题金额5380多亿元
【审计署发布2023年度审计整改报告,共整改问题金额5380多亿元】受国务院委托,审计署审计长侯凯12月22日向十四届全国人大常委会第十三次会议作了《国务院关于2023年度中央预算执行和其他财政收支审计查出问题整改情况的报告》。截至2024年9月底,2023年度审计工作报告中要求立行立改的1786个、分阶段整改的817个问题中,分别有1691个、513个(占94%、62%)已完成整改;……有关地方、部门和单位共整改问题金额5380多亿元,制定完善规章制度1300多项,追责问责2800多人。(上海证券报)
""", {"refused": True}),
    # https://epaper.qlwb.com.cn/qlwb/content/20221229/ArticelA01002SA.htm (a newspaper's item on the 2021 audit
    # rectification report)
    ("audit_office_2021", "https://epaper.qlwb.com.cn/qlwb/content/20221229/ArticelA01002SA.htm", "audit", """2021年度审计整改问题金额超6632亿元
齐鲁晚报     2022年12月29日
  报告显示,截至2022年9月底,对于2021年度(2021年6月至2022年5月)审计工作报告反映的问题,有关地方、部门和单位已整改问题金额6632.74亿元,制定完善相关规章制度2800多项,追责问责1.4万人,纠治了一些阻碍改革发展和长期未解决的顽瘴痼疾。
  受国务院委托,审计署副审计长王本强28日向十三届全国人大常委会第三十八次会议作国务院关于2021年度中央预算执行和其他财政收支审计查出问题整改情况的报告,这份报告披露了上述情况。
""", {"refused": True}),
    # https://www.nbrd.gov.cn/art/2023/11/10/art_1229578103_39307.html (a city's audit work report)
    ("ningbo_audit", "https://www.nbrd.gov.cn/art/2023/11/10/art_1229578103_39307.html", "audit", """宁波市十六届人大常委会第十二次会议文件
关于2022年度宁波市级预算执行和全市其他财政收支的审计工作报告
市审计局局长 励永惠
主任、副主任、秘书长、各位委员:
我受市政府委托,向市人大常委会报告2022年度市级预算执行和全市其他财政收支的审计情况,请予审议。
……2022年7月至2023年6月,全市审计机关共组织完成审计和审计调查项目294个,促进增收节支和挽回损失29.82亿元,核减投资额7.09亿元,提出审计建议被采纳974条。
""", {"refused": True}),
    # https://www.soulun.net/periodical/3a10bb7e392a4695a1d4ee2c32f80a96.html (a region's report on carrying out audit
    # results, as an article's excerpt)
    ("region_audit_2011", "https://www.soulun.net/periodical/3a10bb7e392a4695a1d4ee2c32f80a96.html", "audit", """论文部分内容阅读
自治区人民代表大会常务委员会:我受自治区人民政府委托,向自治区人大常委会报告2011年度自治区本级预算执行和其他财政收支审计结果落实情况,请审议。2012年7月,受自治区政府委托,审计厅向人大常委会报告了2011年度自治区本级预算执行和其他财政收支审计情况。……截至2012年底,要求整改的46个审计决定事项,已整改到位43项,审计决定落实率93%;提出的176条审计建议,已被采纳150条,……
""", {"refused": True}),
    # https://www.gz.gov.cn/zwgk/zdly/czsj/sjjggg/content/post_10627416.html (a city's audit rectification report:
    # problems completed are the audit's)
    ("guangzhou_audit_2024", "https://www.gz.gov.cn/zwgk/zdly/czsj/sjjggg/content/post_10627416.html", "audit", """关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告
——2025年12月30日在广州市第十六届
人民代表大会常务委员会第四十五次会议上
广州市人民政府副市长  赖志鸿
主任、各位副主任、秘书长、各位委员:
……截至2025年11月底,《审计工作报告》反映的400个问题,已完成整改336个,……
""", {"refused": True}),
    # --- noisy --------------------------------------------------------------------------------------------------
    # http://www.liezhaimo.cn/www/news/view/id/5890.html (traditional; a hospital's notice: the dates stated, 一是聚焦…
    # are the contents of the inspection, no problems)
    ("city_hospital_trad", "http://www.liezhaimo.cn/www/news/view/id/5890.html", "noisy", """按照市委巡察工作部署,市委第七巡察組于2023年7月7日起對市人民醫院開展醫療衛生領域專項巡察,同步開展常規巡察,時間自2023年7月7日開始,2023年8月22日結束。現將有關事項公告如下。
一、巡察內容
一是聚焦貫徹落實黨的路線方針政策和履職盡責情況,查找政治偏差。……
""", {"unit": "市人民医院", "group": "市委第七巡察组", "start": date(2023, 7, 7), "end": date(2023, 8, 22),
      "feedback_date": None, "problems": 0}),
    # http://m.31hs3.cn/xunchagongzuo/zonghegongzuo/20170321/1181.html (traditional with pinyin; two groups' entry
    # under 今年首輪巡察; the quoted 3月10日 is an incident)
    ("wuhan_kaifaqu", "http://m.31hs3.cn/xunchagongzuo/zonghegongzuo/20170321/1181.html", "noisy", """“3月10日12時(shí)40分左右,巡察組與鄧南街工作人員在轄區(qū)巡察時(shí),發(fā)現(xiàn)該街某村黨支部副書記王某在工作日午餐時(shí)間帶頭飲酒。其行為違犯了工作紀(jì)律和中央八項(xiàng)規(guī)定精神。”
……這是武漢開發(fā)區(qū)工委(漢南區(qū)委)第一、第二巡察組于3月7日分別進(jìn)駐鄧南街和區(qū)農(nóng)業(yè)局后不久,即向工委(區(qū)委)巡察辦上報(bào)的問題線索。
據(jù)了解,為確保今年首輪巡察效果,該區(qū)工委(區(qū)委)多次召開會(huì)議專題研究指導(dǎo)巡察工作,……
""", {"unit": "", "units": ["邓南街", "区农业局"], "round": 1, "start": None, "figures": []}),
    # http://www.x9aky.com/p/1894291.html (traditional with pinyin; a city's sixth round, units counted; 4月中旬 and
    # 7月底 have no year)
    ("chuzhou_sixth", "http://www.x9aky.com/p/1894291.html", "noisy", """安徽網(wǎng) 大皖客戶端訊 據(jù)滁州市紀檢監察網(wǎng)消息,近日,隨著該市市委巡察動員會的召開,六屆滁州市委第六輪巡察工作正式啟動。本輪巡察根據(jù)任務需要,滁州市委組建4個巡察組,對16個黨組織開展巡察,自4月中旬開始至7月底結束。各縣(市、區(qū))根據(jù)任務自行確定巡察組數(shù)量,並報市委巡察辦備案。
""", {"unit": "", "units": [], "term": 6, "round": 6, "start": None, "end": None}),
    # http://imclink.com/newscenter/native/city/20200903/t20200903_525240059.shtml (traditional with pinyin; a
    # province's third batch, the list cut to four; 30~40天 gives no end)
    ("sichuan_sixth", "http://imclink.com/newscenter/native/city/20200903/t20200903_525240059.shtml", "noisy", """央廣網(wǎng)成都9月3日消息(記者賈宜超)據(jù)四川省委巡視辦消息,近日,按照十一屆省委第六輪巡視工作部署,12個(gè)省委巡視組完成對(duì)第三批8個(gè)省直部門(單位)和16個(gè)區(qū)(市、縣)的進(jìn)駐。
經(jīng)省委批準(zhǔn),本輪巡視集中對(duì)73個(gè)部門(單位)和地區(qū)開展常規巡視。第三批已進(jìn)駐的24個(gè)部門(單位)和地區(qū)分別為省民族宗教委、農(nóng)業(yè)農(nóng)村廳、省國資委、省統(tǒng)計(jì)局……
根據(jù)安排,省委巡視組原則上將在各省直部門(單位)和區(qū)(市、縣)工作30~40天。
""", {"unit": "", "units": ["省民族宗教委", "农业农村厅", "省国资委", "省统计局"], "term": 11, "round": 6, "start": None,
      "end": None}),
    # http://www.mayaimage.com/listing/newsshow.php?id=1846027 (traditional; a commission's 2025 first round, six
    # enterprises named, the 提级 clause cut; 2025年 is the round's year, no term)
    ("sasac_2025", "http://www.mayaimage.com/listing/newsshow.php?id=1846027", "noisy", """5月8日,國務院國資委黨委召開巡視工作會議暨2025年第一輪巡視動員部署會。
根據部署,此輪巡視將對中國國際技術智力合作集團有限公司、中國農業發展集團有限公司、中國安能建設集團有限公司、中國南光集團有限公司、中國物流集團有限公司、中國綠發投資集團有限公司等6家企業黨委開展常規巡視,……
""", {"unit": "", "units": ["中国国际技术智力合作集团有限公司", "中国农业发展集团有限公司", "中国安能建设集团有限公司",
                            "中国南光集团有限公司", "中国物流集团有限公司", "中国绿发投资集团有限公司"], "term": None,
      "round": 1, "start": None}),
    # http://e1mgy15.cn/qznews/2018/0419/526499.html (traditional; a mobile round starting on a stated day; 30天左右
    # gives no end)
    ("xiamen_second", "http://e1mgy15.cn/qznews/2018/0419/526499.html", "noisy", """十二屆廈門市委第二輪機動式巡察展開 巡察時間30天左右
2018-04-19 08:31:34 來源: 廈門日報
根據《中國共產黨巡視工作條例》和中辦《關于市縣黨委建立巡察制度的意見》以及省委、市委有關規定,為配合我市開展掃黑除惡專項斗爭,經市委巡察工作領導小組研究決定,從2018年4月19日開始啟動十二屆市委第二輪機動式巡察工作,對海滄區海滄街道、集美區后溪鎮開展深挖黑惡勢力“保護傘”機動式巡察,巡察時間30天左右。日前,市委兩個機動式巡察組已經進駐巡察。
""", {"unit": "", "units": ["海沧区海沧街道", "集美区后溪镇"], "term": 12, "round": 2, "start": date(2018, 4, 19),
      "end": None}),
    # http://m.brucepepe.com/system/2021/03/06/030312634.shtml (traditional with pinyin; a city's ninth round, one
    # unit named, others counted; 省委第八輪巡視 is the province's)
    ("ninth_round_trad", "http://m.brucepepe.com/system/2021/03/06/030312634.shtml", "noisy", """3月5日,市委第九輪巡察工作動(dòng)員部署會(huì)召開。市委常委、市委巡察工作領(lǐng)導(dǎo)小組組長(zhǎng)周計(jì)偉作動(dòng)員講話,……本輪巡察市委派出1個(gè)巡察組,對(duì)市供銷合作社開展機(jī)動(dòng)式巡察;派出3個(gè)巡察組,對(duì)10所市屬醫(yī)療機(jī)構(gòu)開展醫(yī)療醫(yī)保醫(yī)藥專項(xiàng)巡察;派出2個(gè)巡察組,對(duì)20個(gè)市直單位開展巡察“回頭看”。
會(huì)議指出,市委第九輪巡察是在開啟全面建設(shè)社會(huì)主義現(xiàn)代化國家新征程和“十四五”規(guī)劃的開局之年、……是在中央巡視指導(dǎo)督導(dǎo)組對(duì)全省巡視巡察工作進(jìn)行督導(dǎo)、全市上下全力落實(shí)省委第八輪巡視整改的重要階段開展的,……
""", {"unit": "", "units": ["市供销合作社"], "term": None, "round": 9, "start": None}),
    # http://dangjian.people.com.cn/BIG5/n/2015/0324/c117092-26739975.html (traditional; a region's 2014 figures:
    # 兩輪 counted, no round; 談話函詢 is no metric)
    ("neimenggu_2014", "http://dangjian.people.com.cn/BIG5/n/2015/0324/c117092-26739975.html", "noisy", """十八大以來,中央把省區市巡視工作納入全黨巡視工作總體格局,整體謀劃、一體推進。……
經過兩輪常規巡視、三批專項巡視,
2014年內蒙古共發現被巡視地區在“四個著力”方面存在的問題424個,涉及領導干部問題線索777件。截至目前,自治區紀委已對4名區管干部立案調查,對1名區管干部進行組織處理,對30名區管干部進行談話函詢。
""", {"unit": "", "term": None, "round": None,
      "figures": [("problems", 424), ("clues_transferred", 777), ("cases_filed", 4), ("organizational_handling", 1)]}),
    # http://hk.crntt.com/doc/241_13572_105012976_1_0318140659.html (traditional; a province's fourth round in arabic
    # digits, units per group, the list cut after the second group; 3月上旬…5月上旬 are parts of months)
    ("anhui_fourth", "http://hk.crntt.com/doc/241_13572_105012976_1_0318140659.html", "noisy", """安徽:派出8個巡視組開展第4輪巡視工作
http://www.CRNTT.com   2018-03-18 14:06:59
  中評社北京3月18日電/ 近日,十屆安徽省委啟動第4輪巡視工作。本輪共派出8個巡視組152名巡視幹部,對16個市、縣(區)開展常規巡視,對1個省直單位和1所省屬高校開展專項巡視,對2家省屬企業開展“機動式”巡視。……
  本輪巡視進駐情況如下:安徽省委第一巡視組對省衛生和計劃生育委員會黨組和安徽中醫藥大學黨委進行專項巡視;省委第二巡視組巡視滁州市、定遠縣;……本輪巡視時間為2個月左右,各巡視組3月上旬進駐,5月上旬駐點巡視結束。
""", {"unit": "", "units": ["省卫生和计划生育委员会党组", "安徽中医药大学党委", "滁州市", "定远县"], "term": 10, "round": 4}),
    # http://49.213.0.198/doc/59_0_104147998_1.html (traditional; a region's 2016 first round on universities: 2016年
    # is the year, no term; 2015年第三輪 is an earlier round)
    ("guangxi_2016", "http://49.213.0.198/doc/59_0_104147998_1.html", "noisy", """中評社北京3月5日電/近日,廣西壯族自治區黨委第一巡視組專項巡視桂林師範高等專科學校動員會召開。至此,自治區黨委15個巡視組全部進駐完畢,並先後召開了巡視工作動員會。
經自治區黨委批准,2016年自治區黨委第一輪巡視共派出15個巡視組,對42所高校和3個自治區黨委部門、群團、事業單位開展專項巡視。……與2015年第三輪巡視一樣,在7個常規固定巡視組基礎上,新增8個專項巡視組,採取“一托N”的形式進行。
據悉,本輪巡視工作將持續1個半月左右,……
""", {"term": None, "round": 1, "start": None, "end": None, "figures": []}),
    # https://laobiganzi.top/160789.html (a template with placeholders: X届, 第X轮 and XX年 state no term, round or
    # date; talks and documents read are no metric)
    ("placeholder_summary", "https://laobiganzi.top/160789.html", "noisy", """关于X届县委第X轮巡察情况综合汇报
按照县委统一部署,XX年4月上旬至5月下旬,3个县委巡察组对4个县直单位党组织进行了常规巡察,6个县直单位党组织开展了巡察“回头看”,并同步开展了选人用人、意识形态工作责任制专项检查。巡察期间,个别谈话110人(次)、查阅资料670份、约谈6人(次)、明察暗访13次、提交巡察报告11份,现将综合情况汇报如下。
一、基本情况和总体评价
……根据《党章》《巡视工作条例》要求,对宣传部、网信办、退役军人事务局、开发区管委会4家县直单位党组织进行常规巡察,完成了XX届县委巡察全覆盖任务。……
""", {"unit": "", "units": ["宣传部", "网信办", "退役军人事务局", "开发区管委会"], "term": None, "round": None,
      "start": None, "end": None, "figures": []}),
    # https://feifmx.com/domesticzq/13004215/20211221/40600954.html (traditional with pinyin; a news card on the
    # national audit rectification report: audit, refused)
    ("central_audit_trad", "https://feifmx.com/domesticzq/13004215/20211221/40600954.html", "noisy", """21日下午
十三屆全國人大常委會第三十二次會議聽取
國務(wù)院關(guān)于2020年度中央預(yù)算執(zhí)行和
其他財政收支審計查出問題整改情況的報告
報告顯示
截至2021年10月底
對于2020年度審計工作報告反映的8949個問題
95%要求立行立改的問題已整改到位
83%要求分階段整改的問題已完成整改
""", {"refused": True}),
    # http://zhaifu.com.cn/detail/7530 (traditional with pinyin; a group company's group in "the company", unnamed;
    # no year)
    ("group_fourth", "http://zhaifu.com.cn/detail/7530", "noisy", """根據(jù)集團(tuán)黨委統(tǒng)一部署,集團(tuán)黨委第四巡察組近日進(jìn)駐公司開展巡察。4月25日下午,巡察動員會在公司七樓會議室召開。集團(tuán)紀(jì)委書記、巡察辦主任宋志華代表集團(tuán)公司黨委巡察工作領(lǐng)導(dǎo)小組就做好巡察工作提出要求,第四巡察組組長龔志酬作動員講話,公司董事長、黨委副書記孫學(xué)軍主持會議并作表態(tài)發(fā)言。
""", {"group": "集团党委第四巡察组", "start": None, "feedback_date": None}),
    # http://www.552fk.com/info/1013/117002.htm (traditional with pinyin; a university's third round entering four
    # branches; no year)
    ("campus_third", "http://www.552fk.com/info/1013/117002.htm", "noisy", """根據(jù)學(xué)校黨委巡察工作統(tǒng)一部署,10月16日下午和10月20日下午,巡察組依次召開了巡察藝術(shù)與設(shè)計(jì)實(shí)踐教學(xué)中心黨總支、公共課教學(xué)部黨總支、馬克思主義學(xué)院黨總支、應(yīng)用設(shè)計(jì)學(xué)院黨總支進(jìn)駐動(dòng)員會,完成對4個(gè)被巡察黨組織的進(jìn)駐工作,黨委第三輪巡察全面展開。黨委巡察辦主任弭友海,第三輪巡察組組長李蓉參加會議。
""", {"unit": "", "units": ["艺术与设计实践教学中心党总支", "公共课教学部党总支", "马克思主义学院党总支", "应用设计学院党总支"],
      "round": 3, "start": None}),
    # http://www.xiwanji.net.cn/a9/1d/c9675a370973/page.htm (traditional; a university's third term, first round; the
    # junk 分測 inside the meeting room's name; 第十輪 is the last term's round)
    ("third_term_first", "http://www.xiwanji.net.cn/a9/1d/c9675a370973/page.htm", "noisy", """根據學校工作安排,11月2日上午,第三屆黨委第一輪巡察工作動員部署會在分測300會議室召開。……巡察工作領導小組有關成員、巡察組全體成員、被巡單位黨政主要負責人、第十輪巡察工作優秀代表參加會議。……
會上宣讀了關于開展第三屆黨委第一輪巡察工作的通知。第一輪巡察設3個巡察組,分別由3位校領導任組長,對歷史文化與旅遊學院黨委、圖書館黨總支、公共管理與社會學院黨委、敬文書院黨委、化學與材料科學學院黨委、音樂學院黨委等六家單位開展巡察。參與第十輪巡察的學生工作處處長范鋒、數學與統計學院徐瑾分別作經驗交流。
""", {"unit": "", "units": ["历史文化与旅游学院党委", "图书馆党总支", "公共管理与社会学院党委", "敬文书院党委",
                            "化学与材料科学学院党委", "音乐学院党委"], "term": 3, "round": 1, "start": None}),
    # http://www.e6x2f.com/xwzx/11930.html (a machine-respun copy: 巡察 partly turned into 巡逻, years dropped (年全市);
    # a coverage programme's first batch: no round, no units named; the programme's garbled start is no visit date)
    ("ezhou_spun", "http://www.e6x2f.com/xwzx/11930.html", "noisy", """【鄂州市启动村级党组织一体化巡逻,全面覆盖业务】 昨天,记者从市委巡逻获悉,全市村级党组织一体化巡逻全面覆盖业务的第一批(批)已正式启动,……
4月17日至18日,巡逻开展前,市委巡察举办了年全市村级党组织巡察工作人员动员安置会和巡察干部培训班。……
据了解,近日我市发布了《全市村级党组织一体化总体方案巡逻》和《年全市村级党组织总体业务方案巡逻》。 两文件确定,根据全市统一部署,从2009年4月开始,利用2年左右的时间,采取上下联动交叉办法,对全市370多个村(社区)党组织开展一体化巡逻,打通基层权力监督最后1公里。
""", {"unit": "", "units": [], "term": None, "round": None, "figures": []}),
    # https://www.lrkyav9.xyz/news/zhxw/168161.htm (traditional with pinyin; a university's second round reports its
    # rectification; the meeting days are no visit or feedback dates; 9 units counted)
    ("campus_second_rectification", "https://www.lrkyav9.xyz/news/zhxw/168161.htm", "noisy", """3月25日至27日,學校黨委第二輪巡察整改工作匯報會在阜成路校區(qū)召開。學校黨委書記黃先開,黨委副書記張德玉,紀委書記、監(jiān)察專員歐陽媛出席會議。……會上,本輪9個被巡察單位黨政負責人依次按照巡察反饋意見問題清單、任務(wù)清單、責任清單,逐條對整改工作推進情況進行了匯報。
""", {"unit": "", "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://sx.sina.com.cn/news/b/2015-04-30/detail-icczmvup0700352.shtml (stray spaces inside words: 处理意 见, 在认
    # 真; 2015年 is the round's year, no term)
    ("shaanxi_2015", "http://sx.sina.com.cn/news/b/2015-04-30/detail-icczmvup0700352.shtml", "noisy", """(原标题:省委巡视工作领导小组听取今年第一轮专项巡视工作汇报 )
本报讯 (记者 董渺 通讯员 杨江伟)4月29日,省委巡视工作领导小组召开会议,听取省委今年第一轮巡视工作情况汇报,对巡视发现的问题线索提出初步处理意 见,安排部署下一步省委巡视工作。……
郭永平在认 真听取省委八个巡视组汇报后说,各巡视组紧紧围绕中央关于巡视工作的方针和省委的部署要求,较好地完成了2015年第一轮巡视工作,……
""", {"unit": "", "term": None, "round": 1, "start": None, "figures": []}),
    # http://qjpjw.gov.cn/a/benjixunshixunchaqingkuang/fankui/20190902/1941.html (characters lost in conversion: 区 and
    # 一 dropped (委第巡察组), 年 and 月 dropped from dates (816日, 201944日至615日); the feedback day's year from the page
    # header; five problems joined by 、 (the "五有"); the advice after 点意见建议 is none)
    ("zhakou_runtogether", "http://qjpjw.gov.cn/a/benjixunshixunchaqingkuang/fankui/20190902/1941.html", "noisy", """区委第一巡察组向闸口街道6个社区党委反馈巡察情况
时间:2019-09-02 12:00   来源:  作者:
根据委巡察工作领导小组的安排,816日,委第巡察组向闸口街道6个社区党委反馈巡察情况。委第巡察组组长赵培华代表委巡察组反馈了巡察情况闸口街道党工委书记祁文林主持反馈会议。
按照区委的统一部署,区委第一巡察组于201944日至615日,对闸口街道浦东社区、石桥社区、城河社区、博古社区、花街社区、南园社区等6个社区进行了巡察。……85日、89日,区委巡察工作领导小组和书记专题会议分别听取了巡察情况汇报
赵培华指出,2015年以来,闸口街道浦东、石桥等6个社区党组织紧紧围绕上级党委政府的决策部署,……同时,巡察中发现6个社区党组织还普遍存在贯彻上级决策部署有落差、基层党的组织建设有欠缺、落实纪律刚性约束有不足、解决民生难点问题有短板、加强社会治理创新有差距等“五有”问题。
赵培华对社区提出了点意见建议,一要提高政治站位,主动担当作为。……
""", {"unit": "", "units": ["闸口街道浦东社区", "石桥社区", "城河社区", "博古社区", "花街社区", "南园社区"],
      "group": "区委第一巡察组", "start": date(2019, 4, 4), "end": date(2019, 6, 15),
      "feedback_date": date(2019, 8, 16), "problems": 5}),
    # https://dtsxyzcb.com/1064.html (traditional with pinyin inside the names: 南(nán)京港機重工(gōng); a provincial
    # commission's group in two enterprises; no year)
    ("jiangsu_port_trad", "https://dtsxyzcb.com/1064.html", "noisy", """12月22日,省國資(zī)委黨委第一(yī)巡察組進駐江蘇遠洋、南(nán)京港機重工(gōng),對集團所屬2家參照“雙百企業”實施綜合改革的企業開(kāi)展專項巡察。
巡察組就綜合改革專項巡察工(gōng)作開(kāi)展了動員(yuán)部署,聽(tīng)取了被巡察公司黨委落實綜合改革工(gōng)作的情況報告,……
""", {"unit": "", "units": ["江苏远洋", "南京港机重工"], "group": "省国资委党委第一巡察组", "start": None}),
    # http://www.zjne.cn/ywdt/tzgg/zhgg/content_29139 (traditional with pinyin; a prefecture's group feeds back a
    # look-back; 2016年以來 is the unit's record; the problems sentence is cut, not scored)
    ("tacheng_forestry", "http://www.zjne.cn/ywdt/tzgg/zhgg/content_29139", "noisy", """塔城地委第二巡察組向地區(qū)林業(yè)和草原局黨組反饋巡察情況
根據(jù)塔城地委巡察工作領導小組部署,2020年7月16日,地委第二巡察組向地區(qū)林業(yè)和草原局黨組反饋巡察情況。地委第二巡察組組長杜建國同志代表巡察組向地區(qū)林業(yè)和草原局黨組反饋了巡察情況。……
根據(jù)地委統(tǒng)一安排,2020年5月12日至6月8日,地委第二巡察組對地區(qū)林業(yè)和草原局黨組開展了常規(guī)巡察“回頭看”,……
杜建國同志代表地委第二巡察組反饋巡察情況,2016年以來,地區(qū)林草系統(tǒng)以習近平生態(tài)文明思想為統(tǒng)領,……
""", {"unit": "地区林业和草原局党组", "group": "地委第二巡察组", "start": date(2020, 5, 12), "end": date(2020, 6, 8),
      "feedback_date": date(2020, 7, 16)}),
    # http://www.kajinhe.com/content-2659-87965-1.html (traditional; a county office and its second-level units; the
    # 房管局 speaks as one of them; no year)
    ("county_housing_trad", "http://www.kajinhe.com/content-2659-87965-1.html", "noisy", """縣委第三巡察組進駐縣住房和城鄉建設局開展巡察
7月1日,縣委第三巡察組召開巡察縣住建局黨組工作動員會,正式對縣住建局黨組及其管轄的二級單位開展常規巡察。縣委第三巡察組組長田景源同志作動員講話,縣委巡察辦主任王曉紅同志就做好巡察工作提出具體要求。縣房管局局長王進同志作表態發言,縣住建局局長林松同志主持會議并作表態發言。
""", {"unit": "县住建局党组", "group": "县委第三巡察组", "start": None, "feedback_date": None}),
    # https://www.meipian.cn/2gs0oxeu (HTML markup left in the text; three offices of a county, their shared 党组 no part
    # of the last name; the county education bureau is the meeting place; no year)
    ("html_three_offices", "https://www.meipian.cn/2gs0oxeu", "noisy", """<p style="font-family: -webkit-standard; white-space: normal; -webkit-tap-highlight-color: rgba(26, 26, 26, 0.301961); -webkit-text-size-adjust: auto;"> 10月21日下午,市委第十四巡察组巡察发展和改革局、自然资源和规划局、交通运输局党组工作动员会在我县教育局五楼会议室召开。市委第十四巡察组组长李莉同志传达了省、市委有关巡察的新精神新部署新要求,并就此次巡察工作做动员讲话。……</p> <h3> 出席此次会议的领导有:市委第十四巡察组组长李莉,……</h3>
""", {"unit": "", "units": ["发展和改革局", "自然资源和规划局", "交通运输局"], "group": "市委第十四巡察组", "start": None}),
    # http://sljcj.com/art/2024/3/4/art_5071_165142.html (traditional with pinyin; a provincial group's special
    # inspection of an office, fed back; the dates stated with their years)
    ("provincial_statistics_trad", "http://sljcj.com/art/2024/3/4/art_5071_165142.html", "noisy", """根據(jù)省委巡視工作安排,2024年2月26日,省委第二巡視組向省統(tǒng)計(jì)局黨組反饋推動(dòng)開(kāi)發(fā)園區(qū)高質(zhì)量發(fā)展專(zhuān)項(xiàng)巡視情況。省委第二巡視組組長(zhǎng)蔡駿代表省委巡視組,分別向省統(tǒng)計(jì)局黨組書(shū)記、局長(zhǎng)王顯東和省統(tǒng)計(jì)局黨組領(lǐng)導(dǎo)班子反饋了巡視情況,對(duì)抓好巡視整改工作提出要求。
根據(jù)省委統(tǒng)一部署,2023年11月11日至12月29日,省委第二巡視組對(duì)省統(tǒng)計(jì)局黨組進(jìn)行了專(zhuān)項(xiàng)巡視。……
""", {"unit": "省统计局党组", "group": "省委第二巡视组", "start": date(2023, 11, 11), "end": date(2023, 12, 29),
      "feedback_date": date(2024, 2, 26)}),
    # https://m.wydbw.com/show.asp?Id=338628 (a speech template with placeholders: XX街道党工委, 为期XX个月, 4月XX日 and
    # 党的XX state no unit, duration, date or term)
    ("placeholder_speech", "https://m.wydbw.com/show.asp?Id=338628", "noisy", """同志们:
根据区委统一部署,区委第二巡察组对XX街道党工委开展了为期XX个月的常规巡察,并对辖区村(社区)进行延伸巡察。4月XX日,区委书记XX主持召开书记专题会议,听取了巡察情况汇报,并作出具体安排。……
……对上轮巡察整改中存在措施不实、拖延整改的区XX局、区XX局、区XX服务中心,对巡察整改不彻底,屡改屡犯的区XX局、区XX局等XX个单位党组织负责人和相关责任人,区纪委监委将进行约谈,并将严肃问责。
书记专题会要求,全区各级各部门要全面贯彻落实XX和党的XX精神,……
""", {"group": "区委第二巡察组", "units": [], "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # http://m.qdubb.cn/html/2018/xunshixuncha_0823/52567.html (traditional; a district's sixth round entered, units
    # counted; the central plan's years (2018-2022年) are no dates of the round; no year)
    ("wuhua_sixth", "http://m.qdubb.cn/html/2018/xunshixuncha_0823/52567.html", "noisy", """根據五華區委統一部署,十一屆區委第六輪巡察的5個巡察組于8月17日全部進駐完畢,針對6家單位開展常規巡察。區委5個巡察組將依據《中國共產黨巡視工作條例》《中國共產黨黨內監督條例》,綜合運用聽取工作匯報、個別談話、查閱資料、受理信訪舉報、走訪調研等巡察方式開展工作。
本輪巡察對標《中央巡視工作規劃(2018-2022年)》,落實好趙樂際書記在成都召開的中央巡視工作規劃推進會上對推進巡視巡察工作提出的要求,……圍繞黨的政治建設、思想建設、組織建設、作風建設、紀律建設和奪取反腐敗斗爭壓倒性勝利等6個方面,……
""", {"unit": "", "units": [], "term": 11, "round": 6, "start": None, "end": None, "figures": []}),
    # http://www.dekahost.com/xw/gzyw/content/post_9332522.html (traditional with pinyin; a city's fifth round
    # mobilised, the list cut after six offices; the mobilisation day is no start)
    ("guangzhou_fifth_trad", "http://www.dekahost.com/xw/gzyw/content/post_9332522.html", "noisy", """11月17日,廣州召開十二屆市委第五輪巡察動員部署會。市委常委、市紀委書記、市監(jiān)委主任、市委巡察工作領導小組組長楊飛出席會議并作動員講話。……
經市委批準,本輪巡察對市委外辦、市委黨校(廣州行政學院)、市社會主義學院、市教育局、市司法局、市水務局……
""", {"unit": "", "units": ["市委外办", "市委党校（广州行政学院）", "市社会主义学院", "市教育局", "市司法局", "市水务局"],
      "term": 12, "round": 5, "start": None}),
]

# The collector's overlap check (URLs, then 12-character shingles against every earlier batch, test_outside_documents.py
# and the seeds, without importing the importer) found no shared URL and no shared page. Two texts share more than
# formulas with an earlier batch: fujian_fourth_2015 is another announcement of the Fujian inspection office in the same
# template as c-dev's fujian_counties (根据《中国共产党巡视工作条例》及中央、福建省委…从N月下旬开始,省委县(市、区)巡视组对…),
# and ningbo_audit comes from the same city's audit office as outside_new's ningbo_audit (another year's report, its
# heading formula shared). Kept and named here so the integrator can leave them out if he reads independence strictly.
# Within this batch, haizhu_water and mingzhuwan_progress (two districts of Guangzhou) follow the same template for a
# progress body (…反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》…有关规定,现将巡察整改进展情况
# 予以公布。一、…), as guangzhou_housing_progress nearly does: a rule fitted to one would fit the others.
SHARES_TEMPLATE = frozenset({"fujian_fourth_2015", "ningbo_audit"})
# These share only official formulas with an earlier text or a seed (the longest run is 38 characters, in a progress
# body: 《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡…; others: 按照党务公开原则和巡察工作有关要求,
# 坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中、三中全会精神, 年度省级预算执行和其他财政收支的
# 审计工作报告, 书记专题会议听取十五届县委第…轮巡察综合情况汇报时的讲话精神, 巩固政法队伍教育整顿成果, 政治建设、思想建设、
# 组织建设、作风建设、纪律建设, and in the pinyin-annotated texts 市委巡察工作領(lǐng)導(dǎo)小組), which the four-shingle rule of
# bench/outside_overlap.py counts.
SHARES_FORMULAS_ONLY = frozenset({
    "propaganda_progress", "haizhu_water", "mingzhuwan_progress", "guangzhou_housing_progress",
    "guangzhou_science_notice", "guangzhou_audit_2024", "jingzhou_third_hospital", "shantou_procuratorate",
    "qimen_education", "jiangkou_rural", "cfxy_first_round", "xuancheng_insurance", "mengyin_health",
    "jianghua_culture", "fengjie_forestry", "city_housing_bureau", "yicheng_construction", "jimo_women", "yixiu_union",
    "rongchang_environment", "hengdong_schools", "political_legal", "gansu_audit_2020", "guangdong_audit_2019",
    "audit_office_2023", "region_audit_2011", "ninth_round_trad", "group_fourth", "campus_third",
})
