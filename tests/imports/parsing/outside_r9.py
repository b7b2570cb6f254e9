"""Outside texts of batch r9 (issue 14), held out: collected with the search tool (corpus "pages") from public pages that
are in no earlier batch (each URL checked against every outside batch and test_outside_documents.py, and every
12-character run of each text looked up there and in the seeds), their fields written down by reading only. The importer was not run on them
while they were collected, and the collector did not read imports/parsing; the integrator runs them once, and that run
is the honest figure for unseen texts.

Families as in outside_r8.py, but no progress text: a progress report's body (根据…统一部署…巡察组对…进行了巡察…现将…整改
进展情况予以公布) was searched for with a dozen phrasings, and every such page the search corpus returned is already in an
earlier batch, so the family is empty here and this batch measures nothing about progress bodies. news (mobilisation, entry and
feedback news of courts, a community, a college, a state enterprise; several units in one text: courts of five counties,
six district offices, ten offices and schools), rounds (round-level summaries, entries and statistics of counties, districts,
cities and a university), audit (审计 texts, refused as the README says), noisy (traditional script with pinyin left in
(鄉(xiāng)鎮(zhèn)) and doubled commas, a gambling site's junk title over a real news item, random ASCII noise between the
sentences of a scraped page, placeholders of a speech template, a rules document and a question-and-answer page that
report no inspection at all).

Reading conventions (those of r6, r7 and r8, followed unchanged): a day without a year gives no date, unless the page's
own dated header gives its year; a date that belongs to something else (the window for letters, a meeting that hears a
round, a programme's start) is no visit date, and a mobilisation meeting's day is not scored as the start; a part of a
month (上旬, 下旬) is not scored; rounds counted (12轮, 8轮) give no round number; a party congress (十八大) is no term;
线索 counts are clues_transferred; counts that are no findings (meetings held, 群众诉求 settled, units inspected, room and
phone numbers) are no metric; a list cut by the collector ("……") keeps the names before the cut; towns whose villages are
meant are no units; advice (一是…三是 as a demand on the unit) is no problem; a group named only with its city's name in
front (荆州市委第五巡察组) or without a number (市委巡察组) is not scored."""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R9 = [
    # --- news ---------------------------------------------------------------------------------------------------
    # https://new.qq.com/omn/20210410/20210410A07O2M00.html (a city group's mobilisation in a district court; the day
    # has no year; the demands on the court are advice, no problems)
    ("suzhou_district_court", "https://new.qq.com/omn/20210410/20210410A07O2M00.html", "news", """市委第一巡察组巡察肃州区人民法院工作动员会召开
4月9日,市委第一巡察组巡察肃州区人民法院工作动员会召开。
巡察组要求,肃州区人民法院要切实提高政治站位,高度重视巡察工作;要准确把握监督内容,坚定不移深化政治巡察;要注重工作方式方法,力求本次巡察取得实效;……
会上,市委第一巡察组对区法院领导班子及其成员进行了民主测评。
""", {"unit": "肃州区人民法院", "group": "市委第一巡察组", "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://fj.smsxcourt.gov.cn/article/detail/2024/03/id/7852927.shtml (a district group's mobilisation in the court;
    # 一是…三是 are the group leader's demands; 40天左右 gives no end; a phone number and 8:00——18:00 are no figures)
    ("shaxian_court", "http://fj.smsxcourt.gov.cn/article/detail/2024/03/id/7852927.shtml", "news", """3月18日,沙县区委巡察二组巡察区法院党组工作动员会召开,区委巡察二组成员,区法院领导班子成员、各部门正副职、区管干部,以及驻院纪检监察组干部和离退休老同志代表参加会议。
会议通报了巡察任务和工作部署,明确了此次巡察工作的方式和要求。
区委巡察二组组长林金凤强调:一是提高政治站位,统一思想认识,深刻领悟巡察工作的重要性;二是紧盯政治责任,坚持问题导向,坚定不移深化政治巡察;三是坚守政治担当,加强支持配合,共同完成区委交给的任务。
……区委巡察二组巡察时间为期40天左右,主要受理反映区法院领导班子及其成员问题的来信、来电、来访。……
● 巡察组专门值班电话:17350522926(受理时间:8:00——18:00);
""", {"unit": "区法院党组", "group": "区委巡察二组", "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://slxjjw.gov.cn/ca/shicha/216.html (five groups enter five county courts: no one group; 第二阶段 is no round;
    # the entry day's year from the page's dated line)
    ("suihua_courts", "https://slxjjw.gov.cn/ca/shicha/216.html", "news", """四届市委专项巡察基层人民法院 第二阶段5个巡察组已全部进驻被巡察单位
来源:绥棱县纪委监委 时间:2020-11-19 00:09:36
按照市委统一部署,11月12日,市委专项巡察基层人民法院第二阶段工作启动,市委第一至第五专项巡察组分别进驻兰西县人民法院、明水县人民法院、绥棱县人民法院、青冈县人民法院、庆安县人民法院,开展专项巡察。
市委各专项巡察组分别召开了巡察工作动员会议,巡察组组长作了动员讲话,……
""", {"unit": "", "units": ["兰西县人民法院", "明水县人民法院", "绥棱县人民法院", "青冈县人民法院", "庆安县人民法院"],
      "term": 4, "round": None, "start": date(2020, 11, 12), "end": None, "feedback_date": None}),
    # http://szsfy.hbfy.gov.cn/DocManage/ViewDoc?docId=e53fe888-6008-4640-a37b-8833578277f0 (a city group's entry in a
    # county court, the same city's notice template as r8's jingzhou_third_hospital (see SHARES_TEMPLATE); the group
    # is named only with the city in front; 为期3个月 gives no end; phones, a mailbox number and a postcode are no figures)
    ("songzi_court", "http://szsfy.hbfy.gov.cn/DocManage/ViewDoc?docId=e53fe888-6008-4640-a37b-8833578277f0", "news", """荆州市委第五巡察组进驻松滋市人民法院开展政治巡察
根据荆州市委巡察工作统一部署,9月20日,荆州市委第五巡察组巡察松滋市人民法院党组工作动员会召开,正式进驻松滋市人民法院开展为期3个月的提级交叉巡察。
……根据安排,巡察组在松滋市人民法院巡察工作期间,联系电话:0716-6995655,17720354275(用于接收举报短信),巡察组受理电话的时间为工作日上午8:30至12:00,下午2:30至5:30;专门邮政信箱:湖北省荆州市A020号邮政信箱,邮政编码434000;……
""", {"unit": "松滋市人民法院党组", "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://lhksfy.hbfy.gov.cn/DocManage/ViewDoc?docId=1696745f-8d49-4ea3-9036-668bf35aa0d9 (a city group without a
    # number mobilises in the court; the round is named by the plan read out; the mobilisation day is not scored)
    ("laohekou_court", "https://lhksfy.hbfy.gov.cn/DocManage/ViewDoc?docId=1696745f-8d49-4ea3-9036-668bf35aa0d9", "news", """市委巡察组巡察市人民法院党组工作动员会召开
根据市委统一部署,2019年5月21日,市委巡察组召开巡察市人民法院党组工作动员会。会上,市委巡察组副组长刘建正宣读《十届市委第七轮巡察工作方案》,市委巡察组组长曾兆根作动员讲话,市委巡察工作领导小组成员、市委巡察办主任蔡国良就做好巡察工作提出要求,市人民法院党组书记、院长关健主持会议并表态发言。
""", {"unit": "市人民法院党组", "term": 10, "round": 7, "end": None, "feedback_date": None}),
    # http://www.hbdjjjjc.gov.cn/html/m/wenzhang_745138.html (a district group's mobilisation in a community; the
    # group's third team is no group; 五人小组 is no figure; the mobilisation day is not scored)
    ("shuanglong_community", "http://www.hbdjjjjc.gov.cn/html/m/wenzhang_745138.html", "news", """根据区委关于巡察工作的统一部署,2022年9月6日,区委第一巡察组巡察双龙社区工作动员会召开。会前,区委第一巡察组第三小组组长徐光主持召开巡察组与双龙社区主要负责人的见面会,传达市委常委、区委书记姜颖在区委“五人小组”会议听取巡察有关工作汇报时的讲话精神,通报巡察任务和工作安排。会上,徐光作动员讲话,双龙社区主要负责人武兴斌主持会议并作表态发言。
""", {"unit": "双龙社区", "group": "区委第一巡察组", "end": None, "feedback_date": None, "figures": []}),
    # http://www.whjjw.gov.cn/html/wenzhang_779687.html (feedback to a city's state enterprise: three problems separated
    # by semicolons after 主要是; the reform plan's (2020-2022) is no date of the round). r10 pass: the feedback day has
    # no year, but the visit told after it ended 2022-12-15, so 2月13日 is 2023-02-13 (read so in ganjing, nbt, wumao);
    # the collector's None corrected)
    ("wuhu_investment_feedback", "http://www.whjjw.gov.cn/html/wenzhang_779687.html", "news", """2月13日下午,市委第一巡察组向市建投公司党委反馈巡察情况。巡察组副组长钟红同志传达市委书记专题会精神,巡察组组长马卫同志反馈了巡察情况。市建投公司党委书记、董事长王津华主持反馈会议并作表态发言。
根据市委统一部署,2022年10月8日至2022年12月15日,市委第一巡察组对市建投公司党委开展了巡察。……
马卫指出,上一轮巡察以来,市建投公司党委……落实芜湖市国企改革三年行动实施方案(2020-2022),在资本投资运营、国有资产经营管理和城市基础建设投资等方面发挥了作用。但巡察也发现了一些问题,主要是落实党中央决策部署及省市委工作要求不到位,“把方向、管大局、保落实”的能力有待提高;群众身边的腐败问题和不正之风时有发生,全面从严治党的力度不够;落实新时代党的组织路线不严格,基层党组织建设有待加强等问题。
""", {"unit": "市建投公司党委", "group": "市委第一巡察组", "term": None, "round": None, "start": date(2022, 10, 8),
      "end": date(2022, 12, 15), "feedback_date": date(2023, 2, 13), "problems": 3}),
    # https://www.szai.edu.cn/jw/info/1024/1874.htm (a college's feedback: four problems numbered 一是…四是, then three
    # demands 一是…三是 that are advice; whether 园艺科技学院、东山校区管理委员会党总支 is one branch or two units is not
    # clear, so neither is scored; the day has no year (the page's date line, January 2021, was not copied: it would
    # put the meeting after the page); 406 is a room)
    ("szai_horticulture", "https://www.szai.edu.cn/jw/info/1024/1874.htm", "news", """学校党委第三巡察工作组召开巡察意见反馈会
11月14日下午,学院党委巡察园艺科技学院、东山校区管理委员会党总支意见反馈会在办公楼406会议室顺利召开。第三巡察组组长、纪委书记张华,副组长谭丽春、高卫群,组员张小宁、薛钰、王菊秋,被巡察部门全体教职工参加会议。反馈会由巡察组副组长谭丽春主持。
谭丽春同志代表巡察组宣读了巡察反馈意见,充分肯定了园艺科技学院、东山校区管理委员会党总支各项工作取得的成效, 同时也指出了巡察中发现的四个方面的主要问题:一是党的领导有所弱化,党总支政治核心作用发挥不明显;二是党的建设有所缺失,基层党建责任制落实不到位;三是全面从严治党有差距,党风廉政建设主体责任落实不到位;四是内部管理不够规范,工作运行不够顺畅。
巡察组组长张华对园艺科技学院、东山校区管理委员会党总支下一步的整改工作提出三点要求:一是提高政治站位,高度重视巡察整改工作;二是强化责任担当,严格落实巡察整改要求;三是加强监督检查,切实推动整改工作做细落实。
""", {"start": None, "end": None, "feedback_date": None, "problems": 4, "figures": []}),
    # http://www.qfjh.gov.cn/html/wenzhang_788333.html (a city's cross-inspection group in six district offices; 第三 is
    # the group's number, no round; the letters' deadline 2023年8月8日 is no end; room 789 and road numbers no figures)
    ("jinghu_cross", "http://www.qfjh.gov.cn/html/wenzhang_788333.html", "news", """根据市委统一部署,十一届市委第三提级交叉巡察组于2023年7月6日至8月15日,对镜湖区住房城乡建设交通运输局、区城市管理局、区教育局、区重点工程建设管理处、区农业农村水务局、荆山街道6个单位党组织开展城市绿化工程领域专项巡察。现将有关事项公告如下:
……(一)信访接待地点:镜湖区文化路39号芜湖海螺国际大酒店商旅楼7楼 789房间。……
受理信访接待和电话的时间为工作日的上班时间,截止时间为2023年8月8日。
""", {"unit": "", "units": ["镜湖区住房城乡建设交通运输局", "区城市管理局", "区教育局", "区重点工程建设管理处",
                            "区农业农村水务局", "荆山街道"], "group": "市委第三提级交叉巡察组", "term": 11, "round": None,
      "start": date(2023, 7, 6), "end": date(2023, 8, 15), "feedback_date": None, "figures": []}),
    # http://www.whxjw.gov.cn/html/wenzhang_676659.html (three groups in fourteen units: the list of two groups copied,
    # the third cut; no one group)
    ("wuhu_county_notice", "http://www.whxjw.gov.cn/html/wenzhang_676659.html", "news", """根据县委统一安排,县委第二、第三、第四巡察组于2020年5月10日至7月30日对县人大机关等14个单位开展巡察。现公告如下:
……三、受理信访方式
(一)县委第二巡察组巡察县人大机关、县政协机关、县应急管理局、县医疗保障局、县航空产业发展服务中心。
……3.举报电话:0553-2595762 15212242863;……
(二)县委第三巡察组巡察县委统战部、县教育局、县一中、南湖学校、新芜学校。
……
""", {"unit": "", "units": ["县人大机关", "县政协机关", "县应急管理局", "县医疗保障局", "县航空产业发展服务中心", "县委统战部",
                            "县教育局", "县一中", "南湖学校", "新芜学校"], "start": date(2020, 5, 10),
      "end": date(2020, 7, 30), "feedback_date": None, "figures": []}),
    # http://www.hbdangyangwang.cn/p/18076.html (a city group's feedback to a science association's leading group; the
    # problems are not listed; the day has no year; the three demands in quotes are advice)
    ("dangyang_science", "http://www.hbdangyangwang.cn/p/18076.html", "news", """市委第五巡察组向市科协反馈巡察情况
本网讯(郑伟)8月15日,市委第五巡察组巡察市科协情况反馈会召开。
市委第五巡察组全面反馈了对科协党组的巡察情况,客观评价了科协党组在坚持党的领导、加强党的建设及全面从严治党工作方面取得的成效,指出了目前存在的问题和不足,提出了具有很强针对性和指导性的意见、建议。
市委常委、宣传部长罗蓉代表市委对市科协党组的巡察整改工作提出了“压实责任抓整改、强化监督促整改和标本兼治强整改”的具体要求。
""", {"unit": "市科协党组", "group": "市委第五巡察组", "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.taicangdaily.com/Home/NewsDetail/32a0fb26-fd58-42fd-b5dd-08d8aa43b242 (a city's look-back in five
    # villages of two towns: the town written once stays on the first name; the city's third round; each village has
    # its own window, so no one start or end; a phone, a mailbox number 429, a postcode and 9:00~17:00 are no figures)
    ("taicang_villages", "http://www.taicangdaily.com/Home/NewsDetail/32a0fb26-fd58-42fd-b5dd-08d8aa43b242", "news", """苏州市委开展提级巡察"回头看"巡察我市5个村(社区)
来源:太仓日报
时间:2020-10-12
日前,苏州市委第三轮对村(社区)提级巡察“回头看”第一组对我市沙溪镇半泾村、香塘村,城厢镇胜泾村、东区社区、中区社区开展提级巡察“回头看”,并召开综合情况汇报会。……
此次巡察时间安排:城厢镇胜泾村、沙溪镇半泾村10月10日~10月15日,城厢镇东区社区、沙溪镇香塘村10月16日~10月22日,城厢镇中区社区10月23日~10月29日。巡察组设专门值班电话17365353495,工作日期间受理来电、来访,接听电话的时间为9:00~17:00。邮政信箱:苏州邮政信箱429号市委提级巡察“回头看”第一组,邮政编码:215004。……
""", {"unit": "", "units": ["沙溪镇半泾村", "香塘村", "城厢镇胜泾村", "东区社区", "中区社区"], "round": 3,
      "feedback_date": None, "figures": []}),
    # https://ldxy.jxnu.edu.cn/2020/0512/c2343a194544/page.htm (a university's supervision of a college's rectification
    # after a provincial inspection: 第三批 is no round, the document numbers (19号, 8号, 70号, 74号) are no figures; the
    # day has no year)
    ("jxnu_rectification_check", "https://ldxy.jxnu.edu.cn/2020/0512/c2343a194544/page.htm", "news", """5月8日下午,学校巡视整改督查组周宁、黄清明同志莅临物理与通信电子学院,对学院开展第三批巡视整改工作的落实情况进行专项督查。
会上,学院班子同志重点汇报了对落实校发〔2020〕19号文和校党办字〔2020〕8号文所采取的积极举措及所取得的切实成效,……并同时报告了对校党字〔2020〕70号、74号和《第1次工作部署推进会纪要》等文件的学习传达及布置落实情况。
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://linfench.com/index.php?p=news_show&id=1855&lanmu=5&c_id=1 (a hospital's own page on its feedback: four
    # problems joined by 、 after 发现; 一要…三要 are demands; the page's 阅读次数:1189 is no figure)
    ("linfen_central_hospital", "http://linfench.com/index.php?p=news_show&id=1855&lanmu=5&c_id=1", "news", """市委第二巡察组巡察市中心医院党委情况反馈会议召开
发布时间:2024-04-09 阅读次数:1189 作者:未知
根据市委巡察工作统一部署,市委第二巡察组于2023年9月27日至2023年12月29日对市中心医院党委开展了医药领域腐败问题专项巡察。2024年4月8日下午,市委第二巡察组巡察市中心医院党委情况反馈会议召开。市委第二巡察组组长宋达颖出席会议并讲话。市中心医院党委书记、院长郭淑明主持会议并作表态发言。
……市委第二巡察组组长宋达颖通报了《市委第二巡察组关于对市中心医院党委开展专项巡察的反馈意见》,指出市中心医院已初步形成了“四大院区”“七大中心”医疗格局,……巡察中也发现院党委学习落实习近平总书记关于卫生健康重要论述不够深入、落实全面从严治党两个责任不够有力、落实新时代党的组织路线不够到位、推动医院高质量发展方面还有差距。
宋达颖就抓好巡察整改工作提出了要求,……他要求,一要强化政治引领,在坚决落实党中央和省委市委决策部署上严要求;二要强化管党治党,在全面从严治党责任落实上见实效;……
""", {"unit": "市中心医院党委", "group": "市委第二巡察组", "term": None, "round": None, "start": date(2023, 9, 27),
      "end": date(2023, 12, 29), "feedback_date": date(2024, 4, 8), "problems": 4, "figures": []}),
    # https://www.ahtcjw.gov.cn/article.php?MsgId=621465 (a city group enters six towns of a county-level city; the
    # entry day's year from the page's dated line; the group is named only with its city in front; 为期3个月左右 gives
    # no end; the villages are counted, not named)
    ("tongcheng_towns", "https://www.ahtcjw.gov.cn/article.php?MsgId=621465", "news", """桐城:推进巡察向村级党组织全覆盖
来源:中共桐城市纪委监委 桐城市纪检监察网   发布时间:2019-09-26 23:54    浏览:4591次
9月19日,安庆市委第二巡察组进驻桐城,对新渡镇、吕亭镇、青草镇、双港镇、孔城镇、金神镇等6个镇开展第七轮巡察。桐城市委紧跟安庆市委巡察工作部署,组织精干力量成立巡察组,同步将巡察向6个镇所辖村(社区)党组织延伸,实现市县巡察上下贯通、同向发力。
本次巡察为期3个月左右,……
""", {"unit": "", "units": ["新渡镇", "吕亭镇", "青草镇", "双港镇", "孔城镇", "金神镇"], "round": 7,
      "start": date(2019, 9, 19), "end": None, "feedback_date": None, "figures": []}),
    # --- rounds -------------------------------------------------------------------------------------------------
    # http://lcjjjc.gov.cn/info-138-11001.html (a county's five years: 12 rounds counted, no round number; the meetings
    # held (10次, 9次, 21次) are no metric; 427余万元 recovered)
    ("lc_five_years", "http://lcjjjc.gov.cn/info-138-11001.html", "rounds", """五年来,县委巡察机构坚决贯彻落实中央、省委、市委、县委关于巡视巡察工作部署要求,进一步聚焦“两个维护”,坚定不移深化政治巡察,……十四届县委共开展巡察12轮,共巡察党组织149个,发现各类问题2554个,移交问题线索68件,清退收回违纪违规资金427余万元,有力推动了全面从严治党向基层延伸。
……2016年以来,县委书记专题会议听取巡察情况汇报10次,对巡察发现的重大问题、重要问题线索研判分析。县委常委会9次听取巡察情况汇报,……巡察工作领导小组听取巡察情况汇报、研究巡察工作重要事项21次。
""", {"unit": "", "units": [], "term": 14, "round": None, "start": None,
      "figures": [("problems", 2554), ("clues_transferred", 68), ("funds_recovered", 427)]}),
    # https://yulin.qinfeng.gov.cn/info/1058/11708.htm (a county round's entry into villages: eight named, 107 counted;
    # the days have no year, 10月下旬至12月上旬 are parts of months; 45天 gives no end)
    ("yulin_eighth_villages", "https://yulin.qinfeng.gov.cn/info/1058/11708.htm", "rounds", """截止10月26日,十八届县委第八轮巡察8个巡察组全部完成进驻工作,标志着十八届县委第八轮巡察工作全面展开。
根据县委统一部署,十八届县委第八轮巡察工作于10月23日正式启动,县委派出8个巡察组对银州街道高庙山村、龙镇黑石窑村、城郊镇张塔村、郭兴庄镇杨家峁村、印斗镇刘石畔村、沙家店镇土木寨村、桃镇小寺则村、杜家石沟镇艾好湾村等107个行政村党组织开展为期45天的常规巡察。
……据悉,此次巡察时间为10月下旬至12月上旬。
""", {"unit": "", "units": ["银州街道高庙山村", "龙镇黑石窑村", "城郊镇张塔村", "郭兴庄镇杨家峁村", "印斗镇刘石畔村",
                            "沙家店镇土木寨村", "桃镇小寺则村", "杜家石沟镇艾好湾村"], "term": 18, "round": 8,
      "start": None, "end": None, "figures": []}),
    # http://fzmq.gov.cn/xjwz/zwgk/gzdt/202408/t20240819_4877629.htm (a county round's first batch: three towns with
    # their villages, the towns themselves inspected; 第一批 is no round; no date)
    ("minqing_ninth", "http://fzmq.gov.cn/xjwz/zwgk/gzdt/202408/t20240819_4877629.htm", "rounds", """本报讯 近日,十四届闽清县委第九轮第一批巡察完成进驻。根据县委统一部署,县委巡察组分别对云龙乡及所辖村、池园镇及所辖村(社区)、东桥镇及所辖村(社区)等党组织开展常规巡察。
根据巡察工作职责,巡察期间设专门值班电话、专门邮政信箱等,……(闽清巡察)
""", {"unit": "", "units": ["云龙乡", "池园镇", "东桥镇"], "term": 14, "round": 9, "start": None, "feedback_date": None}),
    # https://share.nctvcloud.com/folder225/folder237/2020-08-21/05j965tLpwS0ACMl.html (a district secretary hears the
    # eighth round and the seventh round's rectification: the round of this text is the eighth; 21 villages counted;
    # the hearing's day is no visit date)
    ("taohua_eighth", "https://share.nctvcloud.com/folder225/folder237/2020-08-21/05j965tLpwS0ACMl.html", "rounds", """8月21日,区委书记、区委巡察工作领导小组组长梅茂发主持召开区委书记专题会议,听取并审议十二届区委第八轮各组巡察工作情况报告、第七轮巡察整改综合情况报告、第八轮巡察综合情况报告。……
十二届区委第八轮巡察主要围绕桃花镇下辖的21个村(社区)党组织展开。……
会议强调,要从严从实推动整改。区委巡察工作领导小组要在区委书记专题会后一周内,原汁原味、实事求是地向桃花镇党委反馈本轮巡察结果。……
""", {"unit": "", "units": [], "term": 12, "round": 8, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://baoji.qinfeng.gov.cn/info/1014/18903.htm (a county's look-back by three supervision teams: units counted,
    # none named; no date, no round)
    ("qianyang_lookback", "https://baoji.qinfeng.gov.cn/info/1014/18903.htm", "rounds", """近期,千阳县委巡察工作领导小组以省市脱贫攻坚巡视巡察“回头看”为契机,派出三个督导组,对县级巡察的6个部门、7个乡镇及和10个村级党组织开展脱贫攻坚反馈问题整改“回头看”。
……对巡察“回头看”中发现的问题,各督导组向被巡察党组织进行了严肃反馈,提出了整改时限和要求。一是夯实整改责任。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # http://jsnews.jschina.com.cn/cz/a/202008/t20200819_2613645.shtml (a city's round in its court system: four groups
    # counted, the courts not named; 昨天 gives no date without the page's line, which was not copied)
    ("changzhou_courts", "http://jsnews.jschina.com.cn/cz/a/202008/t20200819_2613645.shtml", "rounds", """常报全媒体讯 根据市委巡察工作部署,昨天上午,常州市召开巡察全市法院系统工作动员会。本轮巡察,市委集中安排4个巡察组对全市法院系统开展常规巡、系统巡、提级巡。
……据悉,市委本轮对法院系统巡察期间,省高院专门组建了司法巡查组协同开展巡察,同时市委政法委政治督查组也将对法院系统开展政治督查。
会议宣布了市委巡察组组长授权及任务分工,并作工作部署。
""", {"unit": "", "units": [], "term": None, "round": None, "start": None, "figures": []}),
    # https://jw.meijiang.gov.cn/xxgk/xsxc/sxxc/sxcdy/t20180411_751.htm (a district round's plan: three of four units
    # named, the list cut by 等; 3月下旬至5月下旬 are parts of months; the villages' sentence not copied)
    # r10 pass: 3月下旬至5月下旬 are parts of months, which this batch's conventions leave unscored; the collector's
    # start/end None (scored as absent) corrected to unscored
    ("meijiang_third", "https://jw.meijiang.gov.cn/xxgk/xsxc/sxxc/sxcdy/t20180411_751.htm", "rounds", """梅江区委第三轮巡察这4个单位是巡察对象
发布时间:2018-04-11  来源:本站  浏览次数:1509
3月29日上午,梅江区召开八届区委第三轮巡察工作动员部署暨巡察工作业务培训会。……
据悉,区委第三轮巡察于3月下旬至5月下旬,对西郊街道党工委、区档案局、区委党史研究室等4个单位进行巡察。……
""", {"unit": "", "units": ["西郊街道党工委", "区档案局", "区委党史研究室"], "term": 8, "round": 3, "figures": []}),
    # https://hzlz.hangzhou.com.cn/articles/25519.html (a city round's entry: ten units named, five groups counted; 一托二
    # and the hours 9:00—12:30 are no figures; no date)
    ("hangzhou_eighth", "https://hzlz.hangzhou.com.cn/articles/25519.html", "rounds", """经市委批准,十三届市委第八轮巡察安排5个巡察组,采取“一托二”的方式对西湖风景名胜区管委会、市民宗局、市综合行政执法局、市统计局、市生态环境局、市妇联、市体育局、市总工会、市交通运输局、团市委等10家单位党组织开展常规巡察,同时,采取市县上下联动的方式,对全市生态环境系统开展联动监督。近日,市委各巡察组陆续召开进驻动员会,公布本轮巡察主要任务和工作安排。
……受理时间:工作日9:00—12:30,14:30—18:00,详情见巡察进驻情况一览表。
""", {"unit": "", "units": ["西湖风景名胜区管委会", "市民宗局", "市综合行政执法局", "市统计局", "市生态环境局", "市妇联",
                            "市体育局", "市总工会", "市交通运输局", "团市委"], "term": 13, "round": 8, "start": None,
      "figures": []}),
    # https://yndaily.yunnan.cn/content/202208/24/content_89424.html (a district's talk with the leaders of inspected
    # bodies: no unit, round, date or figure)
    ("dongchuan_talks", "https://yndaily.yunnan.cn/content/202208/24/content_89424.html", "rounds", """近日,东川区委召开巡察工作约谈会,针对巡察过程中被巡察党组织政治站位不高、对巡察工作重视不够、查找问题不深刻等问题,集中约谈被巡察党组织“一把手”,压实被巡察党组织主体责任,督促被巡察党组织“一把手”履行好第一责任人责任。
各被巡察党组织“一把手”逐一表态发言,表示对巡察反馈问题将全面认领、照单全收,带头积极抓好巡察整改工作。 马要党 张正余
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # https://www.aqnu.edu.cn/info/1004/1766861.htm (a university secretary visits the groups of its fifth round: the
    # round named, no unit named; the visit day has no year and is no date of the round)
    ("aqnu_fifth_visit", "https://www.aqnu.edu.cn/info/1004/1766861.htm", "rounds", """4月21日,校党委书记、党委巡察工作领导小组组长李福华到党委第五轮巡察各组驻地,看望一线巡察干部,调研指导巡察工作。校纪委书记、党委巡察工作领导小组副组长秦朗参加调研。
……党委巡察办公室主要负责人和党委第一、第二巡察组全体成员参加座谈。(撰稿:许远 编辑:江伟 审核:汪博武 赵丽丽)
""", {"unit": "", "units": [], "group": None, "round": 5, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://bipartisan-report.com/view/ynyunkenDang/3/161/2585 (a provincial enterprise group's seventh round at its
    # midpoint; the same round's feedback is an earlier batch's text from the same site (see SHARES_TEMPLATE); the
    # three demands 一是…三是 are advice; 7月1日至3日 is the discipline office's visit, no year and no date of the round)
    ("group_seventh_midterm", "https://bipartisan-report.com/view/ynyunkenDang/3/161/2585", "rounds", """为深入了解各巡察组巡察工作开展情况,及时协调、帮助解决巡察中遇到的困难和问题,7月1日至3日,集团纪委负责人带领巡察办全体人员,深入各巡察组进驻现场,专题听取集团党委第七轮政治巡察中期情况汇报,并与被巡察企业党政主要领导等就巡察情况进行了沟通交流。
……并对巡察组下步工作提出三点要求:一是坚持巡察定位不动摇、重点不偏移、标准不降低,……二是做深做足“绣花”功夫,……三是坚持把纪律规矩挺在前面,……(曾祥丽)
""", {"unit": "", "units": [], "round": 7, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # --- noisy --------------------------------------------------------------------------------------------------
    # http://www.qdubb.cn/html/2021/xunshixuncha_0223/91604.html (traditional with pinyin left in; a county's year: the
    # eleventh round's figures; 208件 are people's requests settled, no metric; 兩期 are two stages of one round)
    ("deqin_2020", "http://www.qdubb.cn/html/2021/xunshixuncha_0223/91604.html", "noisy", """近日,德欽縣委巡察辦曬出2020年成績單。……
縣委十一輪兩期巡察共向8個鄉(xiāng)鎮(zhèn)和16個行業(yè)部門移交各類群眾訴求208件,現(xiàn)已解決落實208件。縣委第十一輪兩期對2個鄉(xiāng)鎮(zhèn)、33個村、4個社區(qū)的常規(guī)巡察,共發(fā)現(xiàn)問題241條,移交問題線索共12件。
""", {"unit": "", "units": [], "term": None, "round": 11, "start": None,
      "figures": [("problems", 241), ("clues_transferred", 12)]}),
    # https://www.krackunited.com/archives/3013.html (a gambling site's junk words in front of a real title and item:
    # 8万元 in the title is a receipt of another story, no funds recovered; 留置2人 are people detained)
    ("yichun_police_junk", "https://www.krackunited.com/archives/3013.html", "noisy", """新葡京官网入口8万元单据间隔4年才报账 有关领导被立案审查
本报讯发现问题1099个,问题线索270条,根据移交线索已留置2人——这是江西省宜春市委近日对全市公安系统开展巡察取得的“成绩单”。
……“各巡察组代表市委,直接巡察市县两级公安机构,巡察结果统一向市委汇报,巡察结束后由市委巡察工作领导小组向各县党委反馈,交办整改任务。”宜春市纪委书记、市监委主任、市委巡察工作领导小组组长王玮说,……
""", {"unit": "", "units": [], "round": None, "start": None,
      "figures": [("problems", 1099), ("clues_transferred", 270), ("detained_people", 2)]}),
    # http://simu001.cn/x120625x1x1.html (a scraped, machine-respun page with random ASCII between the sentences: the
    # central rounds counted (8轮), 149 places and units inspected, 55 enterprises; 十八大 no term)
    ("central_eight_garbled", "http://simu001.cn/x120625x1x1.html", "noisy", """11月23日,中共中央政治局开会了。集会中所提到的听取关于巡视55家国有紧张骨干企业有关环境的专题陈诉颇受关注。4 P: F9 r: o0 Y& E) ~! q. [
……政知局注意到,新华社发布的消息通稿里有这么一句:“党的十八大以来,中央巡视组已经开展8轮巡视,巡视了149个地区和单元,实现了对地方和中管央企的全覆盖,工作成效显着”。
! q1 T' v3 t% c8 |) ?2 n& g3 F
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "figures": []}),
    # http://m.120pk.cn/wen/188/374984.html (traditional with pinyin; a county's rules on publishing rectification,
    # no inspection reported: 第三十二條 is an article, 5種情形 are cases of the rule)
    ("publicity_rules_trad", "http://m.120pk.cn/wen/188/374984.html", "noisy", """關于做好巡察整改情況公開工作的意見
為進一步加強巡察整改工作,根據(jù)《中國共產(chǎn)黨巡視工作條例》第三十二條“巡視進駐、反饋、整改等情況,應當以適當方式公開,接受黨員、干部和人民群眾監(jiān)督"的規(guī)定,現(xiàn)就做好巡察整改情況公開工作提出如下意見。
……向社會公開事項的依據(jù),以縣委巡察組反饋時向社會公開的事項為準,內容與經(jīng)縣委巡察工作領(lǐng)導(dǎo)小組審定的向社會通報稿保持一致。涉及下列5種情形,在被巡察地區(qū)、單位作出說明并經(jīng)縣委巡察工作領(lǐng)導(dǎo)小組同意后,可不向社會公開。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # https://www.njpetfood.com/index/news_detail?id=157 (traditional with pinyin, doubled commas and a stray comma
    # before every full stop, on an unrelated company's site; the inspected hospital is named in several forms, not
    # scored; the three speakers' 一是…三是 are advice; 80多人 no figure; no year)
    ("yichang_maternal_trad", "https://www.njpetfood.com/index/news_detail?id=157", "noisy", """根據(jù)市委統(tǒng)一部署,,3月22日下午,市委第三巡察組在宜昌市婦幼保健院召開巡察工作動員會,。
市委第三巡察組組長王鈴安作動員講話,,市委巡察工作領(lǐng)導小組成員、巡察辦主任伍新平提工作要求,,市衛(wèi)計委黨組成員,、直屬機關(guān)黨委書記曹曉軍提要求并表態(tài),市婦幼保健院黨委書記周林峰主持會議并作表態(tài)發(fā)言,。
王鈴安在講話中指出:一是深入學習貫徹黨的十九大精神,,確實把思想統(tǒng)一到中央、省委和市委的要求上來,。二是以黨的政治建設為統(tǒng)領(lǐng),,緊緊圍繞五大建設和反腐敗工作開展巡察監(jiān)督。三是共同努力,,確保巡察工作平穩(wěn)有序開展,。
……第三巡察組副組長毛希勇及巡察組其他成員,,市婦幼保健院全體中層干部,、部分醫(yī)護人員及部分退休職工代表共80多人參加會議。
""", {"group": "市委第三巡察组", "term": None, "round": None, "start": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.shamrocksforshannon.com/news/jkzx_news/2023092815265644845.htm (traditional with pinyin on an unrelated
    # site; a city round's special group in a hospital; the mobilisation day is not scored; 110余人 no figure)
    ("third_hospital_special_trad", "http://www.shamrocksforshannon.com/news/jkzx_news/2023092815265644845.htm", "noisy", """根據(jù)八屆市委第四輪巡察統(tǒng)一部署,2023年9月27日上午,市委第三專項(xiàng)巡察組巡察市第三人民醫(yī)院黨委工作動(dòng)員會(huì)議召開(kāi)。會(huì)前,市委第三專項(xiàng)巡察組組長(zhǎng)蘇華主持召開(kāi)與市第三人民醫(yī)院黨委主要負(fù)責(zé)人的見(jiàn)面溝通會(huì),通報(bào)了有關(guān)情況。……市委第三專項(xiàng)巡察組全體成員,市第三人民醫(yī)院黨委班子成員、科級(jí)以上黨員干部、部分職工代表等110余人參加會(huì)議。
""", {"unit": "市第三人民医院党委", "group": "市委第三专项巡察组", "term": 8, "round": 4, "end": None,
      "feedback_date": None, "figures": []}),
    # http://98116.cn/news/2021-08-04/3411.html (traditional with pinyin on an unrelated site; a city round's group in
    # a hospital; 一是聚焦… are the contents of the inspection, no problems; the day has no year)
    ("tcm_hospital_thirteenth_trad", "http://98116.cn/news/2021-08-04/3411.html", "noisy", """根據(jù)十三屆市委第十三輪巡察統(tǒng)一部署,7月26日,市委第五巡察組巡察市中醫(yī)醫(yī)院工作動員會議召開。會上,市委第五巡察組組長劉善強同志通報了本次巡察任務(wù)和工作安排,……
劉善強組長指出,要堅持巡察工作的政治定位,……圍繞“三個聚焦”深入查找政治問題、政治偏差。一是聚焦黨中央關(guān)于衛(wèi)生健康領(lǐng)域重大決策部署和省委市委工作要求的貫徹落實,……二是聚焦群眾身邊腐敗和不正之風(fēng),……
""", {"unit": "市中医医院", "group": "市委第五巡察组", "term": 13, "round": 13, "start": None, "end": None,
      "feedback_date": None, "problems": 0}),
    # http://m.lyruiju.cn/NewsInfo.aspx?NewsID=7343 (traditional with pinyin on an unrelated site; a district's eighth
    # round special group in a city hospital, the group without a number; the visit's days have no year; phones and
    # mail addresses no figures)
    ("xuancheng_hospital_notice_trad", "http://m.lyruiju.cn/NewsInfo.aspx?NewsID=7343", "noisy", """根據(jù)省、市、區(qū)委統(tǒng)一部署,區(qū)委第八輪醫(yī)療衛(wèi)生領(lǐng)域?qū)m?xiàng)巡察組于3月15日至4月15日對(duì)宣城市中心醫(yī)院黨委開(kāi)展專項(xiàng)巡察。……
(四)舉報(bào)電話:座機(jī):0563-2026003;
手機(jī):13695633902(只接受短信舉報(bào));
""", {"unit": "宣城市中心医院党委", "round": 8, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://jinrimiaobi.com/doc/tag-23663.html (a speech template: X届市委第XX轮 and XX书记 are placeholders; 七届市委
    # names the term the speaker wants a model for, but the heading leaves it open, so the term is not scored)
    ("placeholder_midround_speech", "https://jinrimiaobi.com/doc/tag-23663.html", "noisy", """在X届市委第XX轮巡察巡中调度会上的讲话刚才各组汇报了工作情况。总体来看,自本轮巡察启动以来,各巡察组能够按照市委部署,统筹安排力量,迅速开展工作,进展比较顺利。……在动员会上,我提出过希望把这轮巡察打造成七届市委巡察的样板。根据大家汇报的情况,我讲三点意见。一、要坚守政治定位,发现问题要更精准这轮巡察有几个特点。首先,市委期望高。XX书记对市委巡察工作给予充分肯定,……
""", {"unit": "", "units": [], "group": None, "round": None, "start": None, "feedback_date": None, "figures": []}),
    # http://www.sh-joy.com/jrxn/ztzl/cwzt/gzdt/content/post_2411217.html (traditional with pinyin on an unrelated
    # site; a city group in a town's villages: three named of 24, the town's name written once on the first; the day
    # has no year)
    ("nibei_villages_trad", "http://www.sh-joy.com/jrxn/ztzl/cwzt/gzdt/content/post_2411217.html", "noisy", """按照市委巡察工作的統(tǒng)一部署。11月8日起,市委第四巡察組將對坭陂鎮(zhèn)社區(qū)居委、紅衛(wèi)村、新嶺村等24個村(社區(qū))開展巡察工作。 巡察動員會上,市委第四巡察組對坭陂鎮(zhèn)做好巡察工作提出要求,……
""", {"unit": "", "units": ["坭陂镇社区居委", "红卫村", "新岭村"], "group": "市委第四巡察组", "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://44.wendadaohang.com/zd/YZ3KYR3KK3YDD6RRGYW.html (a question-and-answer page that explains what a
    # provincial group is, with its answer's date: no inspection, so nothing to extract)
    ("qa_what_is_group", "https://44.wendadaohang.com/zd/YZ3KYR3KK3YDD6RRGYW.html", "noisy", """省委巡察组是什么意思?
如题所述
第1个回答  2024-03-26
省委巡察组是省委派出的一个专门机构,主要负责对所辖各级党委、政府组织进行巡视、督察工作。其职责包括检查党委领导班子的工作情况、政治纪律和组织生活的状况、落实中央和省委重要决策部署的情况等。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # https://guanshanwenku.com/diaoyanbaogao/2024/07/89011_2.html (a study essay with its place names blanked (X县,
    # X镇): it reports no inspection of its own; 柳家庄村 is an example of unpublished rectification, no unit of a visit;
    # 一是…三是 are the essay's points, no problems)
    ("village_essay_placeholder", "https://guanshanwenku.com/diaoyanbaogao/2024/07/89011_2.html", "noisy", """关于对X县对村巡察工作的思考(第2/2页)
(二)存在问题
一是常规宣传方式效果不好。电子邮箱基层群众不会用,来电反映问题不直观。……二是整改社会公开不到位。……如X镇柳家庄村巡察整改情况未公开,群众完全不知情。三是群众参与度不高。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # --- audit --------------------------------------------------------------------------------------------------
    # http://dhq.nc.gov.cn/dhqrmzf/sjgk/202311/cd806c81572c42f1bbda5261d9606c83.shtml (a district audit office's report
    # on the budget: an audit group's field dates, no inspection)
    ("donghu_budget_audit", "http://dhq.nc.gov.cn/dhqrmzf/sjgk/202311/cd806c81572c42f1bbda5261d9606c83.shtml", "audit", """关于2022年度区本级预算执行和其他财政收支的审计报告
根据《中华人民共和国审计法》第十九条的规定和中共东湖区委审计委员会2023年度审计项目计划安排,东湖区审计局派出审计组,自2023年5月8日至8月30日,对东湖区财政局(以下简称区财政局)具体组织的2022年度区本级预算执行、决算草案以及其他财政收支情况进行了审计,并对东湖区教体局、东湖区民政局、东湖区医保局2022年度部门预算执行及决算草案进行了延伸审计并单独出具了审计报告。……
一、2022年度区本级预算执行情况
""", {"refused": True}),
    # http://ksstdy.com/news/1847.html (a province's audit rectification report, respun by a junk site (履行 for 执行,
    # 陈述 for 报告) under a betting brand's name)
    ("province_audit_respun", "http://ksstdy.com/news/1847.html", "audit", """省人大常委会听取和审议2022年度省级预算履行和其他财政收支审计查出问题整改状况的陈述
来源:bob体彩官网    发布时间:2024-02-11 13:32:26
11月28日,受省政府托付,省审计厅党组书记、厅长李伟向省十四届人大常委会第五次会议作《关于2022年度省级预算履行和其他财政收支审计查出问题整改状况的陈述》。……
……到2023年10月20日,审计作业陈述反映2212个的问题中,已整改1970个,整改率89.06%,其中立行立改类问题根本整改到位,整改率96.19%。
""", {"refused": True}),
    # http://qdyichengda.com/zjgszwz/xgbdmnqhcektcgvbdeeudmuh/202212/b3f512157f604ffa9221ebd13cf6e011.shtml (a city
    # audit office's budget report, the government's name replaced by a betting site's)
    ("zhangjiagang_audit_junk", "http://qdyichengda.com/zjgszwz/xgbdmnqhcektcgvbdeeudmuh/202212/b3f512157f604ffa9221ebd13cf6e011.shtml", "audit", """今年下半年,张家港市审计局局长陆小玲受最新老虎机_即时比分网¥游戏手机版平台委托,向张家港市十五届人大常委会第四次会议作《最新老虎机_即时比分网¥游戏手机版平台:2021年度张家港市财政预算执行、决算草案以及其他财政收支的审计工作报告》。
……接下来,市审计局将持续做好审计整改跟踪督促和监督检查,扎实推动被审计单位严格落实整改销号制度。……
""", {"refused": True}),
    # http://zs.gov.cn/zwgk/wgk/zxgk/dcsjgk/content/post_2260382.html (a city audit office's supervision of
    # rectification with the government's inspectorate: 督查, no inspection)
    ("zhongshan_audit_check", "http://zs.gov.cn/zwgk/wgk/zxgk/dcsjgk/content/post_2260382.html", "audit", """中山市审计局联合市政府督查室开展审计整改专项督查
信息来源:中山市审计局 发布日期:2023年04月03日
为全面履行审计监督职责,扎实做好审计“下半篇文章”,进一步推进上级审计机关审计发现问题的整改督办事项落实。近日,中山市审计局联合市政府督查室组成督查组,在肖稳成副局长带领下,与各相关整改责任单位召开审计整改专项督查工作会议,开展审计整改专项督查。
""", {"refused": True}),
]

# The collector's overlap check (every URL grepped in every earlier batch and test_outside_documents.py, then the
# 12-character runs each text shares with those files and the seeds, without importing the importer) found no shared
# URL and no shared page. Three texts share more than formulas, or their source event, with an earlier batch:
# songzi_court is another entry notice of the Jingzhou city groups in the same template as r8's jingzhou_third_hospital
# (…受理电话的时间为工作日上午8:30至12:00,下午2:30至5:30;专门邮政信箱:湖北省荆州市A0…号邮政信箱,邮政编码434000);
# xuancheng_hospital_notice_trad is the notice of the same special inspection of 宣城市中心医院党委 whose feedback meeting
# is c-dev's xuancheng_hospital (the same site, unit and group name); group_seventh_midterm is the midpoint item of the
# same enterprise round whose feedback is the set's yunken (bipartisan-report.com …/161/2760). Kept and named here so
# the integrator can leave them out if he reads independence strictly. third_hospital_special_trad comes from a city
# whose earlier round c-dev's tianshui_hospital holds (another site's copy): no run of 20 characters is shared beyond
# formulas.
SHARES_TEMPLATE = frozenset({"songzi_court", "xuancheng_hospital_notice_trad", "group_seventh_midterm"})
# These share only official formulas with an earlier text or a seed (the longest run is 24 characters:
# 市纪委书记、市监委主任、市委巡察工作领导小组组长, and in the pinyin-annotated texts 縣委巡察工作領(lǐng)導(dǎo)小組; others:
# 2022年度区本级预算执行和其他财政收支, 行和其他财政收支审计查出问题整改, 巡察也发现了一些问题,主要, 工作提出三点要求:一是提高政治
# 站位,). bench/outside_overlap.py was not run: it loads the registered set, and this batch is not registered.
SHARES_FORMULAS_ONLY = frozenset({
    "shaxian_court", "suihua_courts", "laohekou_court", "shuanglong_community", "wuhu_investment_feedback",
    "szai_horticulture", "jinghu_cross", "wuhu_county_notice", "linfen_central_hospital", "lc_five_years",
    "yulin_eighth_villages", "minqing_ninth", "taohua_eighth", "meijiang_third", "hangzhou_eighth", "aqnu_fifth_visit",
    "deqin_2020", "yichun_police_junk", "publicity_rules_trad", "yichang_maternal_trad", "third_hospital_special_trad",
    "donghu_budget_audit", "province_audit_respun", "zhangjiagang_audit_junk", "zhongshan_audit_check",
})
