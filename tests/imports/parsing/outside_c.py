"""Outside texts of the "c-dev" batch (issue 14, third pass on rules): public texts collected with the search tool
after r5, their fields written down by reading BEFORE the importer was run on them. Rules may be tuned on them;
they are dev texts, not a held-out figure. Chosen for phrasings the earlier batches did not show: unit lists
split by groups ("市委第一巡察组：巡察A、B"), lists with a bracketed member list, several lists in one sentence,
towns "及所辖的N个村", a start "从3月17日起" whose year is only in the signature, an end stated as the day the
groups leave (撤离), traditional script with pinyin annotations. Excerpts keep the sentences that state the fields."""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
C_DEV = [
    # http://www.jsdyjw.gov.cn/show.asp?id=3631 (list of 12 units cut to five; a member list in brackets)
    ("danyang", "http://www.jsdyjw.gov.cn/show.asp?id=3631", "rounds", """截至9月12日,十四届市委第十一轮巡察完成进驻。本轮巡察,市委共组建4个巡察组,分别对市纪委监委机关、市委组织部、市委统一战线工作部(台工办、市台办、市民宗局、市侨办)、市退役军人事务局党组、练湖生态新区党工委等12家单位开展常规巡察,对市司法局党组、市科学技术局党组开展巡察“回头看”,对全市民生领域外包服务、非市属国有企业开展专项巡察。
巡察期间,巡察组设专门手机号码、邮政信箱、电子邮箱,信访截止时间为2025年12月5日,信件以邮戳标注的发信日期为准。
""", {"unit": "", "units": ["市纪委监委机关", "市委组织部", "市委统一战线工作部（台工办、市台办、市民宗局、市侨办）",
                              "市退役军人事务局党组", "练湖生态新区党工委", "市司法局党组", "市科学技术局党组"],
      "term": 14, "round": 11, "start": None, "end": None, "feedback_date": None}),
    # http://m-jingzhou.cjyun.org/p/243486.html (one group, five units; no year)
    ("jingzhou", "http://m-jingzhou.cjyun.org/p/243486.html", "news", """云上荆州报道:今天(11月23日)上午,市委第三巡察组进驻市委办公室系统单位,开始对市委办公室、市委政研室、市保密局、市委机要局、市扶贫办进行为期1个半月左右的政治巡察。
巡察工作期间,市委第三巡察组办公地点设在市委办公室202、213办公室,举报电话0716-8460968、17720354503。
""", {"unit": "", "units": ["市委办公室", "市委政研室", "市保密局", "市委机要局", "市扶贫办"], "group": "市委第三巡察组",
      "start": None, "end": None, "feedback_date": None}),
    # http://www.jnxjjjc.gov.cn/info/1013/2362.htm (towns and their villages; no year)
    ("shilianzi", "http://www.jnxjjjc.gov.cn/info/1013/2362.htm", "rounds", """根据县委统一部署,截至9月14日,十六届县委第七轮巡察完成进驻工作。4个县委巡察组对石莲子镇、相沟镇、朱芦镇、壮岗镇等4个乡镇及所辖的42个村开展巡察。
据悉,4个县委巡察组将开展为期3个月左右的现场巡察。
""", {"unit": "", "units": ["石莲子镇", "相沟镇", "朱芦镇", "壮岗镇"], "term": 16, "round": 7, "start": None,
      "end": None}),
    # a notice of 乐至县委巡察办 (search corpus excerpt without its address): two lists, the year in the signature
    ("lezhi", "", "news", """根据十四届县委第十二轮巡察工作安排部署,县委4个巡察组从3月17日起对县公安局、县退役军人事务局、县市场监督管理局、县医疗保障局、县交通运输局、县应急管理局等6个县级部门(单位)开展常规巡察,并对石湍镇、高寺镇、东山镇、劳动镇、石佛镇、良安镇6个乡镇和县法院、县林业局、县卫生健康局、县住房和城乡建设局、县经济科技信息化局、县文化广播电视和旅游局6个县级部门(单位)开展巡察“回头看”。按照时间安排,各巡察组将于2021年5月21日17:00前撤离,设置的信访接待点予以取消。
特此公告。
中共乐至县委巡察工作
领导小组办公室
2021年5月21日
""", {"unit": "", "units": ["县公安局", "县退役军人事务局", "县市场监督管理局", "县医疗保障局", "县交通运输局", "县应急管理局",
                              "石湍镇", "高寺镇", "东山镇", "劳动镇", "石佛镇", "良安镇", "县法院", "县林业局", "县卫生健康局",
                              "县住房和城乡建设局", "县经济科技信息化局", "县文化广播电视和旅游局"],
      "term": 14, "round": 12, "start": date(2021, 3, 17), "end": date(2021, 5, 21), "feedback_date": None}),
    # a report of 安乡县 (search corpus excerpt without its address; traditional script with pinyin annotations)
    ("anxiang", "", "noisy", """8月26日,安鄉(xiāng)縣委巡察工作領(lǐng)導(dǎo)小組聽取十三屆縣委第二輪巡察情況匯報。縣委3個巡察組分別就交通問題頑瘴痼疾專項巡察及安障鄉(xiāng)(所屬村、社開展同步村級巡察)、林業(yè)局、書院洲國家濕地公園管理處、安豐鄉(xiāng)(所屬村、社開展同步村級巡察)、行政審批服務(wù)局、招商促進(jìn)事務(wù)中心、蘆管站等7家被巡單位的巡察情況進(jìn)行匯報。
""", {"unit": "", "units": ["安障乡", "林业局", "书院洲国家湿地公园管理处", "安丰乡", "行政审批服务局", "招商促进事务中心",
                              "芦管站"], "term": 13, "round": 2, "start": None, "feedback_date": None}),
    # http://www.jjjjjc.gov.cn/html/wenzhang_751987.html (a pre-visit meeting; no year)
    ("jiujiang", "http://www.jjjjjc.gov.cn/html/wenzhang_751987.html", "news", """1月28日上午,鸠江区召开了八届区委第二轮巡察巡前沟通会,对新年后区委重大决策部署“四个一号工程”之乡村振兴战略开展专项巡察,对区征收中心、区重点中心、区投资促进中心、区总工会机关、区妇联机关、团区委机关开展常规巡察进行了充分沟通酝酿。
""", {"unit": "", "units": ["区征收中心", "区重点中心", "区投资促进中心", "区总工会机关", "区妇联机关", "团区委机关"],
      "term": 8, "round": 2, "start": None}),
    # http://wbq.gov.cn/htmls/96r7ezmm_bumendongtai/20250729/1950123713578295296.html (a 回头看 of two units;
    # the meeting's date is garbled "2025月7月29日" in the source)
    ("weibin", "http://wbq.gov.cn/htmls/96r7ezmm_bumendongtai/20250729/1950123713578295296.html", "news", """为进一步推动全面从严治党向基层延伸,严肃党的纪律、改进党的作风,卫滨区委第二巡察组将于2025年7月30日至9月26日对卫滨区总工会、团区委开展巡察“回头看”。
2025月7月29日上午召开了区委第二巡察组进驻区总工会、团区委巡察动员会议。会议由区总工会常务副主席孟蕾主持。
区总工会 团区委
2025年7月29日
""", {"unit": "", "units": ["卫滨区总工会", "团区委"], "group": "区委第二巡察组", "start": date(2025, 7, 30),
      "end": date(2025, 9, 26), "feedback_date": None}),
    # http://m.fznews.com.cn/fuzhou/20150428/553ec1f1c92fd.shtml (two kinds of groups, two lists; no year)
    ("fujian_counties", "http://m.fznews.com.cn/fuzhou/20150428/553ec1f1c92fd.shtml", "news", """福州新闻网4月28日讯(福州日报记者 黄戎杰)记者昨日获悉,根据《中国共产党巡视工作条例(试行)》及中央、福建省委关于巡视工作的部署要求,经福建省委巡视工作领导小组同意,从4月下旬开始,省委县(市、区)巡视组对诏安县、德化县、武夷山市、寿宁县等4个县(市),省委企业巡视组对省汽车工业集团有限公司、省电子信息(集团)有限责任公司开展巡视。巡视时间1个月左右。
""", {"unit": "", "units": ["诏安县", "德化县", "武夷山市", "寿宁县", "省汽车工业集团有限公司", "省电子信息（集团）有限责任公司"],
      "start": None, "end": None}),
    # http://m.ahwang.cn/hefei/20220302/2347570.html (units listed per group after a colon; no year)
    ("hefei_towns", "http://m.ahwang.cn/hefei/20220302/2347570.html", "rounds", """新安晚报 安徽网 大皖新闻讯 据清风合肥微信号消息,3月1日上午,十二届市委第二轮巡察动员部署会召开,会议宣布了本轮巡察任务分工。经市委批准,本轮巡察共派出4个巡察组,对店埠镇等16个高配副县级乡镇开展常规巡察。
本轮驻点巡察时间为2个月左右,3月初进驻,4月30日前驻点巡察结束。巡察任务分工如下:
市委第一巡察组:巡察柘皋镇、黄麓镇、烔炀镇、槐林镇。
市委第二巡察组:巡察庐城镇、冶父山镇、汤池镇、泥河镇。
市委第三巡察组:巡察上派镇、三河镇、花岗镇、井岗镇。
市委第四巡察组:巡察店埠镇、撮镇镇、水湖镇、双墩镇。
""", {"unit": "", "units": ["柘皋镇", "黄麓镇", "烔炀镇", "槐林镇", "庐城镇", "冶父山镇", "汤池镇", "泥河镇", "上派镇",
                              "三河镇", "花岗镇", "井岗镇", "店埠镇", "撮镇镇", "水湖镇", "双墩镇"],
      "term": 12, "round": 2, "start": None, "end": None}),
    # http://m.0455zd.com/showxw.asp?id=9376 (six groups enter six units; no year)
    ("suihua", "http://m.0455zd.com/showxw.asp?id=9376", "news", """4月8日,八届市委第五轮巡察成立六个常规巡察组,正式进驻农业农村局党组、民政局党组、水务局党组、人社局党组、西园区办事处党委、朝阳区办事处党委开展巡察工作。
各巡察组分别在被巡察党组织张贴了巡察公告,设立了举报箱和举报电话,召开了巡察工作动员会。
""", {"unit": "", "units": ["农业农村局党组", "民政局党组", "水务局党组", "人社局党组", "西园区办事处党委", "朝阳区办事处党委"],
      "term": 8, "round": 5, "start": None, "feedback_date": None}),
]

# A second collection, read and written down after the first one was worked on, run once (first contact in
# bench/importer_accuracy.py's label), then worked on. Chosen for rounds named together (第十一、十二轮), figures of
# several rounds, a university's and a company's round, advice told as points. (A traditional-script audit report
# first taken here was already in the set; it was dropped, as were a county round in c-dev and two texts in c-dev3.)
C_DEV_2 = [
    # a report on 咸宁 (search corpus excerpt without its address): several rounds' figures
    ("xianning", "", "rounds", """据悉,近年来,咸宁市高度重视巡察整改工作。
据统计,截至今年5月底,咸宁市委巡察机构先后开展4轮常规巡察、2轮交叉巡察、1轮专项巡察,共要求被巡察的45家单位对存在的471个问题进行整改,已整改销号问题453个,占整改问题总数的96.18%;申请延期整改问题18个,占3.82%。通过整改,清退清收资金23471.60万元,追责问责552人,建立完善规章制度768个。
""", {"unit": "", "round": None, "figures": [("problems", 471), ("completed", 453), ("completion_rate", 96.18),
                                            ("funds_recovered", 23471.6), ("accountable_people", 552),
                                            ("rules_established", 768)]}),
    # http://www.just.edu.cn/news/2020/0927/c8158a269540/page.htm (three schools, the last after 和; no year)
    ("just", "http://www.just.edu.cn/news/2020/0927/c8158a269540/page.htm", "news", """根据校党委统一部署,校党委第二轮巡察的3个巡察组于9月25日分别进驻电子信息学院党委、环境与化学工程学院党委和经济管理学院党委,通过召开巡察动员会,正式开启了集中驻点巡察工作。
巡察组全体成员,被巡察单位领导班子成员和全体教职工参加了所在学院的巡察动员会。
""", {"unit": "", "units": ["电子信息学院党委", "环境与化学工程学院党委", "经济管理学院党委"], "round": 2, "start": None}),
    # https://2012.spacechina.com/n25/n2014789/n2014799/c4305837/content.html (a group company's internal round)
    ("spacechina", "https://2012.spacechina.com/n25/n2014789/n2014799/c4305837/content.html", "news", """近日,根据中国航天科技集团有限公司党组统一部署,集团公司2024年第二轮内部巡视反馈工作全部完成。本轮巡视采取集中反馈和巡视组“一对一”反馈相结合的方式进行。
集中反馈会后,巡视组对两家被巡视单位进行了“一对一”反馈,向两家单位主要负责人通报了巡视发现的突出问题,并向领导班子和干部职工代表反馈了巡视情况。
""", {"unit": "", "units": [], "round": 2, "feedback_date": None, "figures": []}),
    # http://scctjt.com/news/show-29395.html (a 回头看's mobilisation; the leader's points are requirements)
    ("chengtou_review", "http://scctjt.com/news/show-29395.html", "news", """根据县委统一部署,2025年10月11日,县委第一巡察组对县城投集团党委开展巡察“回头看”工作动员会在集团职工会议室召开。
县委第一巡察组组长赖斌介绍了本次巡察的目的,并提出三点要求:一是要提高认识,提升站位,切实增强自我革命的政治自觉。二是要把准方向,把握重点,始终围绕“四个聚焦”查找政治偏差。三是要同题共答,同向发力,共同完成好县委交给的巡察任务。
""", {"unit": "县城投集团党委", "group": "县委第一巡察组", "feedback_date": None, "problems": 0}),
    # http://miaochunbao.com/jtdt/1693.html (a group revisits a company's rectification; no year)
    ("chengtou_revisit", "http://miaochunbao.com/jtdt/1693.html", "news", """3月20日,市委第四巡察组到城投公司督查回访巡察反馈问题整改落实情况。上午,公司召开专题汇报会,公司党委书记、董事长金国发同志代表公司党委作了落实市委巡察反馈问题整改情况和落实巡察整改主体责任情况的专题汇报。
""", {"group": "市委第四巡察组", "start": None, "feedback_date": None}),
    # http://hbrb.hebnews.cn/pc/paper/c/201708/26/c17408.html (a province's round; two kinds, each with one example)
    ("hebei_round", "http://hbrb.hebnews.cn/pc/paper/c/201708/26/c17408.html", "rounds", """本报讯(通讯员任洪涛 记者周远)从省委巡视办获悉,截至8月25日,13个省委巡视组已全部进驻被巡视地方、单位,九届省委第二轮巡视全面展开。
根据省委统一部署,13个巡视组将对赞皇县、大名县、张北县等22个县(市、区)开展常规巡视,对省环保厅等4家单位开展“机动式”巡视。
""", {"unit": "", "units": ["赞皇县", "大名县", "张北县", "省环保厅"], "term": 9, "round": 2, "start": None}),
    # https://yndaily.yunnan.cn/content/202512/27/content_294178.html (two rounds heard, the next one planned)
    ("yunnan_rounds", "https://yndaily.yunnan.cn/content/202512/27/content_294178.html", "rounds", """本报讯(记者 谢进) 12月25日至26日,十一届省委巡视工作领导小组召开第12次会议,听取第十一、十二轮巡视工作情况汇报,研究第十三轮巡视任务安排。
会议指出,第十一、十二轮巡视对标中央巡视,对38个县开展常规巡视,对3个县进行巡视“回头看”。
""", {"unit": "", "term": 11, "round": None, "start": None, "end": None, "figures": []}),
    # http://www.qdubb.cn/html/2022/yunlingyaowen_0524/109414.html (traditional; rounds of two terms at one meeting)
    ("yunnan_meeting", "http://www.qdubb.cn/html/2022/yunlingyaowen_0524/109414.html", "noisy", """5月24日,十一屆省委巡視工作領導小組召開第2次會議,聽取十屆省委第十四輪巡視“回頭看”移交問題線索辦理情況和“回頭看”反饋問題整改監督監管責任落實情況匯報;聽取十一屆省委第一輪巡視情況及綜合協調組工作情況匯報;研究十一屆省委第二輪巡視任務安排建議方案。
""", {"unit": "", "term": None, "round": None, "start": None, "figures": []}),
    # https://movement.gzstv.com/streams/video/XJENb (a leading group reviews a round; the days are the meeting's)
    ("guizhou_review", "https://movement.gzstv.com/streams/video/XJENb", "rounds", """10月9日至10日,省委巡视工作领导小组召开会议,深入学习贯彻习近平总书记关于巡视工作的重要论述,认真贯彻落实党的二十届三中全会、省委十三届五次全会及全省巡视巡察工作会议精神,审议十三届省委第五轮巡视情况报告,研究安排下步工作。
""", {"unit": "", "term": 13, "round": 5, "start": None, "end": None}),
]

# A third collection, read and written down after c-dev2 was worked on, run once (first contact in the bench's
# label), then worked on: hospitals (traditional script, pinyin annotations), a central round naming provinces,
# a province's counties.
C_DEV_3 = [
    # http://www.gztusheng.com/info/1017/3635.htm (traditional; a hospital reports its rectification; 己 for 已)
    ("chest_hospital", "http://www.gztusheng.com/info/1017/3635.htm", "noisy", """會上,省胸科醫院黨委書記羅佑吾就醫院巡察整改工作情況進行匯報。2017年5月9日至6月9日,委黨組巡察組對省胸科醫院進行了為期1個月的巡察。2017年7月5日,委黨組巡察組向醫院反饋了巡察意見,指出了存在的問題,提出了整改要求和時限。通過扎實整改,對委黨組巡察組反饋的八個方面20項整改任務己全部整改到位。
""", {"unit": "省胸科医院", "start": date(2017, 5, 9), "end": date(2017, 6, 9), "feedback_date": date(2017, 7, 5),
      "figures": [("measures", 20)]}),
    # http://fsmingyun.com/news/dynamic/2017-06-01/798.html (pinyin annotations; "我院"; the points are advice)
    ("tcm_feedback", "http://fsmingyun.com/news/dynamic/2017-06-01/798.html", "noisy", """根據(jù)市委巡察工作領(lǐng)導(dǎo)小組的部署,5月26日上午,市委第三巡察組巡察我院情況反饋會(huì)召開。市中醫(yī)院院長劉少華主持,并作表態(tài)發(fā)言。
會(huì)上,市委第三巡察組組長肖厚年向領(lǐng)導(dǎo)班子反饋了巡察意見,指出市中醫(yī)院在黨的領(lǐng)導(dǎo)、全面從嚴(yán)治黨、糾正行業(yè)不正之風(fēng)等方面存在的問題,針對存在的問題,巡察組提出四點意見:一是著力加強黨的領(lǐng)導(dǎo);二是全面加強黨的建設(shè);三是全面壓實“兩個責(zé)任”;四是建立治理長效機制。
""", {"unit": "市中医院", "group": "市委第三巡察组", "feedback_date": None, "problems": 0}),
    # https://fyxfw.gov.cn/display.php?id=114185 (a special group's feedback to a hospital; advice as points)
    ("taihe_hospital", "https://fyxfw.gov.cn/display.php?id=114185", "news", """近日,阜阳市委医疗卫生领域第六专项巡察组巡察太和县人民医院党委情况反馈会召开。
张雷代表阜阳市委医疗卫生领域第六专项巡察组通报巡察发现6方面17项问题,并就巡察整改提出意见建议。一是加强党的领导,充分发挥党的领导核心作用;二是落实党的建设、夯实医院发展的基础;三是严守党的纪律,把纪律和规矩挺起来。
按照阜阳市委医疗卫生领域专项巡察工作部署,3月19日至4月30日,阜阳市委第六巡察组紧紧围绕党的政治建设、思想建设、组织建设、作风建设、纪律建设等方面对太和县人民医院开展“政治体检”和“把脉问诊”。
""", {"unit": "太和县人民医院党委", "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": [("problems", 17)]}),
    # http://m.zuzhaopin.cn/show/424.html (traditional with pinyin; the meeting's title names group and unit)
    ("xiangyang_hospital", "http://m.zuzhaopin.cn/show/424.html", "noisy", """市委第一巡察組巡察襄陽市中心醫(yī)院黨委情況反饋會(huì)召開
5月25日,市委第一巡察組巡察襄陽市中心醫(yī)院黨委情況反饋會(huì)召開。會(huì)議由院黨委副書記、院長何小明主持。
會(huì)上,黨委副書記張宏傳達(dá)了市委巡察辦《印發(fā)市委第一巡察組<關(guān)于對(duì)市中心醫(yī)院黨委巡察情況的反饋意見>的通知》,原汁原味通報(bào)了醫(yī)院黨委在落實(shí)黨的全面領(lǐng)導(dǎo)、加強(qiáng)黨的建設(shè)、落實(shí)全面從嚴(yán)治黨職責(zé)三大方面的45項(xiàng)問題。
""", {"unit": "襄阳市中心医院党委", "group": "市委第一巡察组", "feedback_date": None, "figures": [("problems", 45)]}),
    # http://www.yhg994208.cn/news/jkzx_news/2020033009021212785.htm (traditional; the meeting held at the hospital)
    ("tianshui_hospital", "http://www.yhg994208.cn/news/jkzx_news/2020033009021212785.htm", "noisy", """按照七屆市委第六輪巡察工作安排部署,3月27日,天水市委第二巡察組巡察意見反饋會在天水市中醫醫院召開。市紀委副書記、監委副主任熊衛三主持會議并講話,市委第二巡察組組長李國霞通報了巡察情況,市中醫醫院黨委書記王志剛就做好巡察問題整改工作作了表態發言。
會上,李國霞從黨委發揮全面領導作用和中醫藥服務能力建設、履行全面從嚴治黨主體責任和監督執紀等6方面巡查發現的14個問題作了反饋,并提出整改意見建議。
""", {"unit": "天水市中医医院", "group": "市委第二巡察组", "term": 7, "round": 6, "feedback_date": None,
      "figures": [("problems", 14)]}),
    # https://www.kunyuhb.cn/doc/45/2411/10077.html (pinyin annotations; problems separated by ；after 主要是：)
    ("luoyang_hospital", "https://www.kunyuhb.cn/doc/45/2411/10077.html", "noisy", """根據(jù)市委巡察工作部署,2024年10月31日,市委第十巡察組向洛陽市中醫(yī)院黨委反饋巡察情況。市委第十巡察組組長晉小雁傳達(dá)了市委書記江凌聽取巡察情況匯報(bào)時(shí)的講話精神。
會(huì)上,賈森反饋巡察意見,指出市中醫(yī)院黨委能夠認(rèn)真貫徹落實(shí)上級(jí)決策部署,醫(yī)院綜合實(shí)力逐年提升。但巡察也發(fā)現(xiàn)了一些問題,主要是:院黨委統(tǒng)籌謀劃能力不足,推動(dòng)醫(yī)院高質(zhì)量發(fā)展有差距;落實(shí)全面從嚴(yán)管黨治醫(yī)責(zé)任不夠有力,廉政風(fēng)險(xiǎn)防范存在薄弱環(huán)節(jié);黨建引領(lǐng)作用發(fā)揮不夠,人才隊(duì)伍建設(shè)有短板;巡察審計(jì)等反饋問題整改不夠有力,部分問題整改成效不明顯。
""", {"unit": "洛阳市中医院党委", "group": "市委第十巡察组", "feedback_date": date(2024, 10, 31), "problems": 4}),
    # http://m.lyruiju.cn/NewsInfo.aspx?NewsID=7526 (pinyin annotations; the hospital's committee meets on its feedback)
    ("xuancheng_hospital", "http://m.lyruiju.cn/NewsInfo.aspx?NewsID=7526", "noisy", """為確保區(qū)委醫(yī)療衛(wèi)生領(lǐng)域?qū)m?xiàng)巡察組巡察反饋意見整改落實(shí)工作,5月18日下午,院黨委召開黨委會(huì)專題研究部署巡察反饋整改工作。
第一,由夏亮同志帶領(lǐng)大家再次詳細(xì)學(xué)習(xí)區(qū)委巡察辦《關(guān)于印發(fā)區(qū)委醫(yī)療衛(wèi)生領(lǐng)域?qū)m?xiàng)巡察組<關(guān)于醫(yī)療衛(wèi)生領(lǐng)域?qū)m?xiàng)巡察宣城市中心醫(yī)院黨委的反饋意見>的通知》文件內(nèi)容。
第三,對(duì)專項(xiàng)巡察反饋意見共65項(xiàng)問題進(jìn)行任務(wù)分解。
""", {"unit": "宣城市中心医院党委", "feedback_date": None, "figures": [("problems", 65)]}),
    # http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20141011/2718667.shtml (traditional; a central round)
    ("central_2014", "http://big5.china.com.cn/gate/big5/finance.china.com.cn/roll/20141011/2718667.shtml", "noisy", """今年中央首輪巡視 整改情況集中公佈
新華社北京10月10日電 中央紀委監察部網站10日開設專欄,集中公佈2014年中央巡視組第一輪巡視整改情況,接受黨內、群眾和媒體監督。
根據中央統一部署,今年3月至5月,中央巡視組對北京、天津、遼寧、福建、山東、河南、海南、甘肅、寧夏、新疆、新疆生産建設兵團開展了常規巡視,對科技部、中糧集團、復旦大學開展了專項巡視,並於今年7月陸續向上述地區、單位黨委(黨組)反饋了巡視意見。
""", {"unit": "", "units": ["北京", "天津", "辽宁", "福建", "山东", "河南", "海南", "甘肃", "宁夏", "新疆",
                              "新疆生产建设兵团", "科技部", "中粮集团", "复旦大学"], "round": 1, "feedback_date": None}),
    # http://hb.sina.com.cn/news/j/2015-04-23/detail-iawzuney4112432.shtml (groups move on; 13 named counties)
    ("hubei_counties", "http://hb.sina.com.cn/news/j/2015-04-23/detail-iawzuney4112432.shtml", "rounds", """自3月初陆续进驻被巡视地方以来,省委11个巡视组采取两个单位压茬进行或“一拖二”等方式开展巡视,工作普遍进展顺利、成果明显。至4月上旬,已基本完成对鄂州市华容区等15个县(市、区)的驻点巡视任务。目前,按照计划安排,各巡视组已陆续进驻新的“战场”,正对公安县、荆门市屈家岭管理区、建始县、竹溪县、随州市曾都区、随州高新区、蕲春县、浠水县、嘉鱼县、孝感高新区、襄阳高新区、阳新县、鄂州市葛店经济技术开发区等13个县(市、区)开展巡视(进驻情况详见附表)。
""", {"unit": "", "units": ["鄂州市华容区", "公安县", "荆门市屈家岭管理区", "建始县", "竹溪县", "随州市曾都区", "随州高新区",
                              "蕲春县", "浠水县", "嘉鱼县", "孝感高新区", "襄阳高新区", "阳新县", "鄂州市葛店经济技术开发区"],
      "start": None, "end": None}),
]

# A fourth collection, read and written down after c-dev3 was worked on, run once (first contact in the bench's
# label), then worked on: villages entered, towns with and without their villages, two kinds of groups over a
# province's departments, a round announced with 分别是.
C_DEV_4 = [
    # http://www.fmrmzx.com/view.asp?sbm=56ace92a4b3d63c5 (one group, two village branches; no year)
    ("genda_villages", "http://www.fmrmzx.com/view.asp?sbm=56ace92a4b3d63c5", "news", """本报讯 (记者 张 彪) 根据县委巡察工作统一部署,4月23日,县委第四巡察组完成对建设镇根德村党支部、同顺兴村党支部的进驻和动员工作。本轮巡察为“回头看”,巡察时间20天左右。
""", {"unit": "", "units": ["建设镇根德村党支部", "同顺兴村党支部"], "group": "县委第四巡察组", "start": None}),
    # http://www.qinan.gov.cn/info/13252/1165052.htm (four town committees with their villages; four towns' villages
    # only; the letters' deadline is no end)
    ("qinan", "http://www.qinan.gov.cn/info/13252/1165052.htm", "rounds", """按照县委统一部署,十七届县委第六轮巡察共组建6个巡察组对西川镇、叶堡镇、五营镇、陇城镇党委及所辖105个行政村,兴国镇、安伏镇、王尹镇、云山镇所辖86个行政村(社区)开展巡察,延伸巡察8个学区和14所中学(学校)。
根据《中国共产党巡视工作条例》规定,巡察期间,县委各巡察组分别设专门值班电话、邮政信箱和电子邮箱。县委巡察组受理信访举报时间截止到2024年12月10日。
""", {"unit": "", "units": ["西川镇党委", "叶堡镇党委", "五营镇党委", "陇城镇党委"], "term": 17, "round": 6,
      "start": None, "end": None}),
    # http://www.xbkwei.com/news/fj/1293752.html (traditional with pinyin; two kinds of groups; no year)
    ("fujian_departments", "http://www.xbkwei.com/news/fj/1293752.html", "noisy", """閩南網(wǎng)7月29日訊 昨日,海都記者從省紀(jì)委獲悉,從7月下旬開始,省委省直部門巡視組對省委宣傳部、省委統(tǒng)戰(zhàn)部、省委臺辦、省委編辦、省委省直機關(guān)工委、省委黨史研究室、省信訪局,省檔案局黨組、省高級人民法院黨組、省供銷社黨組、福建日報社黨組、省總工會黨組、省科學(xué)技術(shù)協(xié)會黨組、省臺灣同胞聯(lián)誼會黨組開展巡視;省委專項巡視組對福建石油化工集團有限責(zé)任公司黨委、省機電(控股)有限責(zé)任公司黨委開展巡視“回頭看”,巡視時間一個月左右。日前,14個巡視組已進駐巡視。
""", {"unit": "", "units": ["省委宣传部", "省委统战部", "省委台办", "省委编办", "省委省直机关工委", "省委党史研究室", "省信访局",
                              "省档案局党组", "省高级人民法院党组", "省供销社党组", "福建日报社党组", "省总工会党组",
                              "省科学技术协会党组", "省台湾同胞联谊会党组", "福建石油化工集团有限责任公司党委",
                              "省机电（控股）有限责任公司党委"], "round": None, "start": None}),
    # http://49.213.0.198/doc/239_13430_104888368_2_1123091307.html (traditional; list of 20 units cut to six)
    ("zhejiang_second", "http://49.213.0.198/doc/239_13430_104888368_2_1123091307.html", "noisy", """22日下午,省委巡視工作動員部署會在杭召開。省委書記車俊出席會議並講話。
浙江省第十四次黨代會後,省委已開展了首輪巡視。省委決定第二輪巡視從12月初開始,派出10個巡視組對20個單位黨組織開展專項巡視,分別是省國土資源廳、省住房和城鄉建設廳、省質量技術監督局、省體育局、浙江旅遊職業學院、浙江工貿職業技術學院。
""", {"unit": "", "units": ["省国土资源厅", "省住房和城乡建设厅", "省质量技术监督局", "省体育局", "浙江旅游职业学院",
                              "浙江工贸职业技术学院"], "round": 2, "start": None}),
]

# A fifth collection, read and written down after c-dev4 was worked on, run once (first contact in the bench's
# label), then worked on: a central round over universities with month-precision dates, a university's feedback
# page with its original title in the text, companies' rounds announced, a central round's list cut short.
C_DEV_5 = [
    # http://news.jschina.com.cn/scroll/guonei/202204/t20220418_2981661.shtml (a central round's reports published)
    # (r28 pass: the feedback told by its month only, 2021年9月, gives no day: settled convention 12)
    ("central_universities", "http://news.jschina.com.cn/scroll/guonei/202204/t20220418_2981661.shtml", "rounds", """新华社北京4月17日电 4月17日,山东大学、大连理工大学、兰州大学等11个单位向社会公布了巡视整改进展情况。至此,十九届中央第七轮巡视的32个单位党组织的整改情况已公布完毕。
根据党中央统一部署,2021年5月至7月,十九届中央第七轮巡视对教育部和31所中管高校党组织开展常规巡视,并于2021年9月反馈了巡视情况。
""", {"unit": "", "term": 19, "round": 7, "start": date(2021, 5, 1), "end": date(2021, 7, 31),
      "feedback_date": None}),
    # http://news.china.com/domesticgd/10000159/20170616/30753889.html (the original title quoted in the text)
    ("tsinghua", "http://news.china.com/domesticgd/10000159/20170616/30753889.html", "news", """中央巡视组公布清华巡视反馈:有单位谋不当利益
原标题:中央第七巡视组向清华大学党委反馈专项巡视情况
根据中央巡视工作领导小组部署,2017年6月9日,中央第七巡视组向清华大学党委反馈专项巡视情况。中央第七巡视组组长刘卒代表巡视组分别向陈旭和清华大学党委领导班子反馈了专项巡视情况。
根据中央统一部署,2017年2月28日至4月27日,中央第七巡视组对清华大学党委开展了专项巡视。
""", {"unit": "清华大学党委", "group": "中央第七巡视组", "start": date(2017, 2, 28), "end": date(2017, 4, 27),
      "feedback_date": date(2017, 6, 9)}),
    # http://www.szfufei.com/dtpower/xwzx/gsxw/2025/10/I1432648355623731200.html (traditional; a company's round)
    ("company_third_round", "http://www.szfufei.com/dtpower/xwzx/gsxw/2025/10/I1432648355623731200.html", "noisy", """本網訊 10月27日,公司黨委召開2025年第三輪巡察工作動員部署會議。公司黨委書記、黨委巡察工作領導小組組長李霄飛出席會議并講話,黨委副書記、黨委巡察工作領導小組副組長蔣建華宣布本輪巡察組組長授權任職及任務分工。
""", {"unit": "", "round": 3, "start": None, "feedback_date": None}),
    # http://1.62.100.15/static/wab.php?lY8f=79SA.html (a central round's units; the list of 31 cut)
    ("central_second_twenty", "http://1.62.100.15/static/wab.php?lY8f=79SA.html", "rounds", """二十届中央第二轮巡视对象公布
新华社北京10月10日电 经党中央批准,二十届中央第二轮巡视将对科学技术部、工业和信息化部、国务院国有资产监督管理委员会、国家国防科技工业局、国家烟草专卖局……等31家单位党委(党组)开展常规巡视;对国家铁路局党组、中国国家铁路集团有限公司党组开展巡视“回头看”。
""", {"unit": "", "units": ["科学技术部", "工业和信息化部", "国务院国有资产监督管理委员会", "国家国防科技工业局", "国家烟草专卖局",
                              "国家铁路局党组", "中国国家铁路集团有限公司党组"], "term": 20, "round": 2, "start": None}),
    # https://sycql.com/KBTYZGGFWZ/xwzx/jtdt/2024_jtyw/202410/t20241011_440612.html (a group company's round starts)
    ("sinomach_third", "https://sycql.com/KBTYZGGFWZ/xwzx/jtdt/2024_jtyw/202410/t20241011_440612.html", "news", """国机集团党委召开第三轮巡视动员部署会
10月10日,国机集团党委召开第三轮巡视动员部署会,集团党委书记、董事长、党委巡视工作领导小组组长张晓仑出席会议并讲话。
""", {"unit": "", "round": 3, "start": None, "feedback_date": None}),
]
