"""Outside texts added in round 3 (issue 14, second pass): excerpts of public texts collected after the rules of the
first pass were written, their fields written down by reading before the importer was run on them. `DEV` texts
are ones the rules may be tuned on; `HELD_OUT` texts were run once, at the end, and their score is the honest
figure for unseen texts. Families: progress (a report body without its title), news (feedback and mobilisation
news), rounds (round-level summaries and statistics), audit (审计 reports, refused), noisy (traditional script,
conversion noise)."""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
DEV = [
    # https://zkxblog.com/lab/read-3007775.html (a province's rectification rates; 99.7% is a clue-handling rate)
    ("hubei_rates", "https://zkxblog.com/lab/read-3007775.html", "rounds", """“通过改进巡视反馈,纪检监察机关和党委组织部门履行整改日常监督责任实现了关口前移。”湖北省委巡视办有关负责人告诉记者,通过强化巡视反馈,十届省委巡视反馈问题整改完成率达97.8%、移交问题线索处置率达99.7%;十一届省委前4轮巡视整改平均完成率达96.5%,实现了巡视整改的新突破。
""", {"unit": "", "round": None, "figures": [("completion_rate", 97.8), ("completion_rate", 96.5)]}),
    # https://jjw.changzhou.gov.cn/html/jw/2023/DOPQPFJE_0403/26710.html (the joint part of the round cut)
    ("changzhou", "https://jjw.changzhou.gov.cn/html/jw/2023/DOPQPFJE_0403/26710.html", "rounds", """根据省委第二轮巡视巡察联动工作部署和市委巡察工作安排,市委第四轮巡察分6个组开展了联动巡察和常规巡察,……市委第二、三、六巡察组于2022年11月中旬至2023年1月中旬对常州广播电视台、市应急管理局、市统计局、市机关事务管理局、市总工会5个单位的党组织开展了常规巡察。
2月9日,市委巡察工作领导小组召开会议,听取了市委第四轮巡察情况汇报。
3月6日至3月24日,市委各巡察组分别向被巡察党组织反馈了巡察情况。
""", {"unit": "", "units": ["常州广播电视台", "市应急管理局", "市统计局", "市机关事务管理局", "市总工会"], "round": 4,
      "feedback_date": date(2023, 3, 6)}),
    # http://qdubb.cn/html/2018/xunshixuncha_0521/47675.html (traditional script; a check of four rounds' rectification)
    ("funing_check", "http://qdubb.cn/html/2018/xunshixuncha_0521/47675.html", "noisy", """近日,富寧縣委巡察工作領導小組派出3個督查組,對前4輪巡察的14個黨組織的巡察整改工作開展督促檢查。采取“聽、看、查、訪”等方式實地評估驗收,逐項督查整改情況,緊盯巡察發現的問題,確保問題“真改”。
“訪”,督查組通過走訪、訪談部分一般干部、退休干部、群眾代表和服務對象,組織對被巡察黨組織整改情況的滿意度測評。期間共走訪200余人次,發放整改滿意度測評表300余份。
""", {"unit": "", "round": None, "figures": []}),
    # http://www.hgjwjw.gov.cn/xyq/xsxs/663.html (a check of three rounds; 36 problems found not fully rectified)
    ("xiangyang_check", "http://www.hgjwjw.gov.cn/xyq/xsxs/663.html", "rounds", """向阳区开展巡察整改专项督查
为扎实做好“巡察后半篇文章”,不断巩固和深化巡察工作成果,2020年8月,区纪委监委、区委组织部、区委宣传部、区委巡察办(组)组成专项督查组,利用半个月的时间对区委一、二、三轮巡察和区委“整顿机关作风、优化营商环境”上下联动专项巡察的被巡察党组织和单位开展巡察整改工作专项督查。
通过此次专项检查可以看出,被巡察党组织和单位在接到区委巡察组反馈巡察意见后,都能认真组织召开专题会议,同时制定整改方案,建立“三清单、一台帐”,通过3个月的整改,反馈问题都取得了一定成效。联合督导组通过检查整改材料发现被巡察党组织和单位存在8个方面36个问题整改不够到位。
""", {"unit": "", "round": None, "start": None, "figures": []}),
    # https://85qz.com/1a/a9/c10399a203433/page.htm (traditional script strewn with emoji; a university's round)
    ("emoji_round", "https://85qz.com/1a/a9/c10399a203433/page.htm", "noisy", """各被巡察單位分別召開巡察工作動員會🕠,沐鸣巡察工作領導小組魯嘉華同誌 朱洪春同誌、段海霞同誌分別出席巡察進駐動員會並講話🔭。
黨委巡察組組長柴曉冬同誌🤵🏽‍♀️、柳如榮同誌分別在進駐動員會上通報了本輪巡察的主要任務、總體安排和工作要求☂️。
按照本輪巡察方案👁‍🗨,四個巡察組將在被巡察黨組織開展為期四周的駐點巡察🥊🥡,時間為10月27日至11月27日。
""", {"unit": "", "start": None, "end": None, "figures": []}),
    # http://ydjw.gov.cn/Html/szyw/20170220100330.html (two groups' mobilisation meetings; no year)
    ("yongding", "http://ydjw.gov.cn/Html/szyw/20170220100330.html", "news", """2月16日、17日,永定区委第一巡察组、第二巡察组分别在区国土资源局和洪山乡召开巡察工作动员会,被巡察单位全体干部、下属单位负责人、离退休老同志代表等参加会议。
根据工作安排,永定区委将通过五年时间,对全区20个乡镇(街道)党委和所有区直单位党组织巡察一遍。
""", {"unit": "", "units": ["区国土资源局", "洪山乡"], "start": None, "figures": []}),
    # https://changan.qinfeng.gov.cn/info/1108/4021.htm (list of 8 units cut to four)
    ("changan", "https://changan.qinfeng.gov.cn/info/1108/4021.htm", "news", """3月5日下午,长安区召开三届区委第三轮巡察工作动员会。区委巡察工作领导小组全体成员,区纪委、组织部、宣传部、建设局、信访局、审计局主要领导,区委巡察组及巡察办全体人员参加会议。
会议指出,本轮巡察成立3个巡察组,每组设立组长1名,副组长1名,成员10人,……对区粮食局、科技局、老干局、司法局等8家单位党组织开展为期两个月的巡察。
""", {"unit": "", "units": ["区粮食局", "科技局", "老干局", "司法局"], "term": 3, "round": 3, "start": None,
      "figures": []}),
    # https://www.xjtl.gov.cn/xwzx_xzdt/3578.html (two groups, two townships, one sentence)
    ("tuoli", "https://www.xjtl.gov.cn/xwzx_xzdt/3578.html", "news", """9月5日,地委第一巡察组巡察托里县库普乡,第六巡察组巡察托里县铁厂沟镇动员会分别召开。 动员会上,地委第一巡察组组长孟令刚,地委第六巡察组组长刘保新传达了地委书记专题会精神、地委第三轮巡察动员部署会精神,讲明了这次常规巡察的监督重点和方法程序。
据了解,地委第一、第六巡察组将在库普乡、铁厂沟镇工作30天左右。
""", {"unit": "", "units": ["托里县库普乡", "托里县铁厂沟镇"], "round": 3, "start": None}),
    # http://sjt.gxzf.gov.cn/zwgk/fdzdgknr/sjfb/qqsjjg/t18380467.shtml (audit statistics of a region)
    ("guangxi_audit", "http://sjt.gxzf.gov.cn/zwgk/fdzdgknr/sjfb/qqsjjg/t18380467.shtml", "audit", """2023年1至12月,全区审计机关累计完成审计项目1790个,查出问题金额3114.93亿元。审计促进整改落实有关问题金额752.17亿元(含历年审计项目在2023年的整改金额)。提出建议7206条,被采纳6680条;被审计单位建立健全规章制度和制定整改措施1664项。
""", {"refused": True}),
    # http://sjj.ningbo.gov.cn/art/2023/1/6/art_1229055570_58921710.html (title in 关于…整改情况的报告 form)
    ("ningbo_audit", "http://sjj.ningbo.gov.cn/art/2023/1/6/art_1229055570_58921710.html", "audit", """宁波市审计局关于2021年度宁波市本级预算执行和全市其他财政收支审计工作报告反映问题整改情况的报告
主任、副主任、秘书长、各位委员:
今年8月,市十六届人大常委会第四次会议听取和审议了《宁波市人民政府关于2021年度宁波市本级预算执行和全市其他财政收支的审计工作报告》(以下简称审计工作报告)。下面根据会议安排,就我市2021年度市本级审计工作报告反映问题的整改情况报告如下:
一、整改工作总体部署和推进情况
""", {"refused": True}),
    # http://silkroad.news.cn/2016/0817/4768.shtml (a province's audit results announcement)
    ("gansu_audit", "http://silkroad.news.cn/2016/0817/4768.shtml", "audit", """甘肃省2015年度省级预算执行和其他财政收支审计结果公告
根据《审计法》和相关法律法规,省审计厅对2015年度省级预算执行和其他财政收支情况进行了审计。主要审计了省级预算执行和市县财政收支、扶贫等资金和重点建设项目、重大政策措施落实以及省属金融机构和国有企业等方面情况,并对审计查出问题的整改情况进行跟踪检查。
""", {"refused": True}),
    # https://cla.nuist.edu.cn/2025/1111/c654a292012/page.htm (a school's mobilisation meeting; no year in the text)
    ("nuist", "https://cla.nuist.edu.cn/2025/1111/c654a292012/page.htm", "news", """校党委第二巡察组召开巡察文学院党委工作动员会
11月5日下午,校党委第二巡察组巡察文学院党委工作动员会在文德楼N301报告厅召开。校党委巡察组全体成员、巡察办负责人、文学院党政领导班子成员参加会议。会议由文学院党委书记郭雨主持。
郭雨书记代表文学院党委作表态发言,他表示,这次第五轮第二巡察组巡察文学院党委,是校党委部署的一项严肃的政治任务。
""", {"unit": "文学院党委", "group": "党委第二巡察组", "round": 5, "start": None, "feedback_date": None}),
    # https://www.bgy.edu.cn/xxxw/dde88dbf7b2b4d8fa7a99d66a0f5257d.htm (a special round's feedback to three offices)
    ("bgy", "https://www.bgy.edu.cn/xxxw/dde88dbf7b2b4d8fa7a99d66a0f5257d.htm", "news", """2022年10月31日,我校召开第二轮“双高”建设专项巡察意见反馈会,党委常委、纪委书记张萌萌出席会议,巡察组组长、副组长,人事处、信息中心、产学合作办公室全体人员参加会议,会议由巡察组组长沈杰主持。
巡察组组长沈杰分别向人事处、信息中心和产学合作办公室就“双高”建设专项巡察情况反馈了意见。
""", {"unit": "", "units": ["人事处", "信息中心", "产学合作办公室"], "round": 2,
      "feedback_date": date(2022, 10, 31)}),
    # http://m.yzctcx.com/gn/79888.html (a progress report's body, its title line not copied)
    ("hubei_lookback", "http://m.yzctcx.com/gn/79888.html", "progress", """根据中央统一部署,2016年6月30日至8月30日,中央第三巡视组对湖北省进行了巡视“回头看”。10月10日,中央巡视组向湖北省委反馈了巡视意见。根据《中国共产党党内监督条例》和《中国共产党巡视工作条例》有关规定,现将巡视整改情况予以公布。
湖北省委高度重视中央巡视组反馈意见整改工作,……两个月来,巡视整改取得了初步成效。
一、在政治意识不够强,党的领导弱化方面
(一)关于少数领导干部不守政治规矩的问题。一是将各级领导干部严守政治纪律和政治规矩情况,纳入2016年各级领导班子专题民主生活会自查整改重要内容……
""", {"unit": "湖北省委", "group": "中央第三巡视组", "start": date(2016, 6, 30), "end": date(2016, 8, 30),
      "feedback_date": date(2016, 10, 10)}),
    # https://haltzi.com/article/MsgId/728906 (problems as three ；-separated groups of clauses)
    ("mohekou", "https://haltzi.com/article/MsgId/728906", "news", """2021年1月15日,市委第一巡察组向淮上区沫河口镇党委反馈了巡察情况。市委第一巡察组组长黄健传达了市委主要负责同志在“五人小组”会议上的讲话精神,代表市委巡察组进行了反馈。
根据市委统一部署,2020年9月15日至11月20日,市委第一巡察组对淮上区沫河口镇党委开展了巡察。巡察中,巡察组发现和干部群众反映了一些问题,主要是:学习贯彻习近平新时代中国特色社会主义思想和党的十九大精神不深不透,党的政治建设弱化,贯彻上级重大决策部署不到位,污染防治统筹力度不够,破解复杂问题能力不足;落实全面从严治党主体责任不严不实,镇纪委监督责任聚焦不够,担当尽责、为民服务意识不强,违反中央八项规定精神问题依然存在,廉政风险防控不到位;基层党组织建设不规范,执行新时代党的组织路线和选人用人方面有差距,“三超两乱”“三龄两历”整治不彻底,对巡察等监督检查指出问题以及主题教育检视问题整改落实不到位等。同时,巡察组还收到一些问题线索反映,已按规定转相关方面处理。
""", {"unit": "淮上区沫河口镇党委", "group": "市委第一巡察组", "start": date(2020, 9, 15), "end": date(2020, 11, 20),
      "feedback_date": date(2021, 1, 15), "problems": 3, "figures": []}),
    # --- added to dev after the first tuning, read before their first run -------------------------------------
    # http://www.dqzjw.gov.cn/info-70-5005.html (a county's round and its figures)
    ("weixi", "http://www.dqzjw.gov.cn/info-70-5005.html", "rounds", """根据县委统一部署,2020年4月7日至2020年6月8日,县委第十一轮巡察三个巡察组对保和镇、县财政局、县医疗保障局、县委办、县接待办、县投资促进局、县工业园区管委会开展了常规巡察,巡乡带村对保和镇罗马村、高泉村、腊八底村开展对村巡察。
巡察过程中共开展个别谈话63人次,走访40人次,共发现问题189个,其中向被巡察单位移交立行立改问题32个。向被巡察单位党组织反馈意见建议26条,向县纪委监委移交问题线索2件3人,向县委组织部提出建议1条,向县政府提出建议3条。(王彦洁)
""", {"unit": "", "units": ["保和镇", "县财政局", "县医疗保障局", "县委办", "县接待办", "县投资促进局", "县工业园区管委会"],
      "round": 11, "start": date(2020, 4, 7), "end": date(2020, 6, 8), "feedback_date": None,
      "figures": [("problems", 189), ("clues_transferred", 2)]}),
    # http://dingchuanpiao.cn/news/details/9543.html (traditional script with pinyin annotations and ???? noise)
    ("neimenggu_first", "http://dingchuanpiao.cn/news/details/9543.html", "noisy", """內(nèi)蒙古:首輪巡視發(fā)現(xiàn)問題557個涉領(lǐng)導(dǎo)問題264件
????近日,內(nèi)蒙古自治區(qū)黨委巡視工作領(lǐng)導(dǎo)小組召開2016年第3至5次會議,聽取今年首輪巡視情況匯報。
????會議分別聽取了自治區(qū)黨委12個巡視組對自治區(qū)公安廳等6個政府組成部門,自治區(qū)總工會等9個群團組織,內(nèi)蒙古廣播電視臺等5個事業(yè)單位,內(nèi)蒙古大學(xué)等14所高校,內(nèi)蒙古電力(集團(tuán))有限責(zé)任公司等12家區(qū)屬企業(yè)開展巡視的情況匯報。
????據(jù)統(tǒng)計,今年首輪巡視干部群眾反映和巡視組發(fā)現(xiàn)被巡視單位黨組織存在落實管黨治黨責(zé)任不嚴(yán)格、重點領(lǐng)域腐敗問題易發(fā)多發(fā)、無視組織原則違規(guī)用人、“四風(fēng)”問題屢禁不止等問題557個,涉及領(lǐng)導(dǎo)班子成員及下一級主要負(fù)責(zé)人問題線索264件。
""", {"unit": "", "units": ["自治区公安厅", "自治区总工会", "内蒙古广播电视台", "内蒙古大学", "内蒙古电力（集团）有限责任公司"],
      "round": 1, "figures": [("problems", 557), ("clues_transferred", 264)]}),
    # https://yongshou.qinfeng.gov.cn/info/1033/18693.htm (feedback told before the visit; one year for both)
    ("ganjing", "https://yongshou.qinfeng.gov.cn/info/1033/18693.htm", "news", """根据县委巡察工作领导小组的部署,10月13日,县委第二巡察组向甘井镇党委反馈巡察情况。县委第二巡察组组长康新文向甘井镇党委书记张小冰反馈了巡察情况。
按照县委统一部署,2023年4月19日至6月18日,县委第二巡察组对甘井镇党委进行了巡察。县委巡察工作领导小组听取了巡察情况汇报,并向县委书记专题会议报告了有关情况。
康新文指出,……但在全面加强党的领导、履职尽责、执行财经纪律等方面还存在一些不足。
""", {"unit": "甘井镇党委", "group": "县委第二巡察组", "start": date(2023, 4, 19), "end": date(2023, 6, 18),
      "feedback_date": date(2023, 10, 13), "figures": []}),
]

HELD_OUT = [
    # http://www.gyqf.gov.cn/xsxc/bjxc/202201/t20220128_1074701.html (a cross-county group's 回头看 of two units)
    ("gaoyao", "http://www.gyqf.gov.cn/xsxc/bjxc/202201/t20220128_1074701.html", "news", """肇庆市县(市、区)委交叉巡察第五组向社会公开巡察“回头看”反馈情况
按照肇庆市县(市、区)委交叉巡察“回头看”的统一部署,2021年10月下旬至11月下旬,肇庆市县(市、区)委交叉巡察第五组对高要区委政法委、高要区委统战部开展了巡察“回头看”。交叉巡察第五组均已向被巡察单位反馈巡察“回头看”情况。根据巡察公开工作有关规定,现公开巡察“回头看”反馈情况。
""", {"unit": "", "units": ["高要区委政法委", "高要区委统战部"], "feedback_date": None, "figures": []}),
    # https://www.ahqszx.gov.cn/a/zhengxiedongtai/zhengxieyaowen/2661.html (a unit's meeting on the feedback it got)
    ("cppcc_meeting", "https://www.ahqszx.gov.cn/a/zhengxiedongtai/zhengxieyaowen/2661.html", "news", """11月25日,市政协机关党组召开市委第五提级(交叉)巡察组巡察政协机关反馈问题整改专题民主生活会,市政协秘书长、机关党组书记朱国发主持会议,政协机关党组成员参加会议。
会前,班子成员深入开展理论学习,紧紧围绕巡察反馈意见,深入检视剖析,查摆突出问题,认真撰写对照检查材料。
""", {"unit": "市政协机关党组", "start": None, "feedback_date": None, "figures": []}),
    # http://ml44mlehea.pixnet.net/blog/post/194974326 (央广网, traditional script; lists cut with ……)
    ("central_2014_second", "http://ml44mlehea.pixnet.net/blog/post/194974326", "noisy", """央廣網北京11月10日消息(記者王遠)據中國之聲《央廣新聞》報道,2014年中央巡視組第二輪巡視反饋情況已全部向社會公佈,涉及廣西、上海、青海……10個省區市和國家體育總局、中國科學院、一汽集團3個單位。
""", {"unit": "", "round": 2, "feedback_date": None, "figures": []}),
    # https://qindu.qinfeng.gov.cn/info/1012/16034.htm (a round's notice; the year only in the signature date)
    ("qindu", "https://qindu.qinfeng.gov.cn/info/1012/16034.htm", "rounds", """按照区委巡察工作统一安排,十八届区委第一轮巡察从6月9日至8月23日,对马泉街道及所辖9个社区、双照街道及所辖29个村和3个社区(不含庞南刘村)、区住房和城乡建设局、区市场监督管理局、区招商局、区营商服务中心等7个单位及村(社区)开展常规巡察。
巡察组受理电话时间为工作日8:30-12:00、14:30-18:00。受理信访截止时间为2022年8月16日。
中共咸阳市秦都区委巡察工作领导小组办公室
2022年6月9日
""", {"unit": "", "units": ["马泉街道", "双照街道", "区住房和城乡建设局", "区市场监督管理局", "区招商局", "区营商服务中心"],
      "term": 18, "round": 1, "start": date(2022, 6, 9), "end": date(2022, 8, 23)}),
    # https://zhongyuanuk.com/html/html201712820171208144214.html (a mobile group's special round of six units)
    ("jingjiang", "https://zhongyuanuk.com/html/html201712820171208144214.html", "news", """近期,我市新一轮机动巡察工作正式启动。按照工作计划,市委机动巡察组将对新桥镇、斜桥镇、生祠镇、城南园区、城南办事处、江阴-靖江工业园区办事处6家已参与市委第一轮、第二轮巡察的单位,就工程建设项目情况进行专项巡察,确保机动巡察也实现“乡镇全覆盖”。
""", {"unit": "", "units": ["新桥镇", "斜桥镇", "生祠镇", "城南园区", "城南办事处", "江阴-靖江工业园区办事处"],
      "round": None, "start": None}),
    # http://www.jasjj.gov.cn/read.asp?xwid=9209 (list of 11 units cut to four; the days are the entry, no year)
    ("jian", "http://www.jasjj.gov.cn/read.asp?xwid=9209", "news", """按照集安市委巡察工作领导小组的统一部署,9月17日至21日,市委2个巡察组分别进驻市人大常务委员会机关、政协集安市委员会机关、市政府办公室、人民法院等11个单位开展巡察工作,各被巡察单位分别组织召开了巡察工作动员会。
""", {"unit": "", "units": ["市人大常务委员会机关", "政协集安市委员会机关", "市政府办公室", "人民法院"], "start": None,
      "end": None}),
    # http://www.nqqjjw.gov.cn/content/detail/5cb7ef5d079b65e96ccc8f2d.html (one community; no year)
    ("fanengcheng", "http://www.nqqjjw.gov.cn/content/detail/5cb7ef5d079b65e96ccc8f2d.html", "news", """按照区委统一部署,12月3日下午,区委第八巡察组在龙蟠社管中心发能国际城社区召开巡察工作动员会。
会上,区委第八巡察组负责人就本次巡察的重点及要求做了动员讲话,巡察工作为期一周。社区党支部负责人主持会议并做了表态发言。
""", {"unit": "发能国际城社区", "group": "区委第八巡察组", "start": None, "feedback_date": None}),
    # http://wbq.gov.cn/sygsgg/info/7426 (a group enters a branch; the period restated in brackets)
    ("wbq_npc", "http://wbq.gov.cn/sygsgg/info/7426", "news", """按照区委统一部署要求,2020年8月20日,区委第一巡察组进驻区人大机关党支部,开展为期60天的巡察工作。
8月20日下午在区人大二楼会议室召开巡察工作动员会。会议由区人大机关党支部书记王国旭同志主持。
巡察组在巡察期间(2020年8月20日至2020年10月20日),设有举报电话,受理信访举报监督。
""", {"unit": "区人大机关党支部", "group": "区委第一巡察组", "start": date(2020, 8, 20), "end": date(2020, 10, 20),
      "feedback_date": None}),
    # https://saintpaulhem.com/sjj/nvsjj/qtzcwj/202302/273de8e3afaa43dabcc2e9a6ba831a20.shtml (a province's audit)
    ("jiangxi_audit", "https://saintpaulhem.com/sjj/nvsjj/qtzcwj/202302/273de8e3afaa43dabcc2e9a6ba831a20.shtml", "audit", """受省政府委托,11月24日,省审计厅厅长刘文华在省十三届人大常委会第四十二次会议上作了《关于2021年度省级预算执行和其他财政收支审计查出问题整改情况的报告》。报告的主要内容如下:
省政府高度重视2021年度省级预算执行和其他财政收支审计查出问题的整改工作。在2021年度省级预算执行和其他财政收支审计工作报告中,共反映1263个问题,截至2022年10月中旬,已整改1153个,整改率91.29%。
""", {"refused": True}),
    # http://m.cc774.com/zwgk/sjgk/202506/t20250630_5040280.htm (traditional script; an audit work report)
    ("fuzhou_audit", "http://m.cc774.com/zwgk/sjgk/202506/t20250630_5040280.htm", "audit", """福州市人民政府關于2024年度市本級預算執行和其他財政收支的審計工作報告
根據《中華人民共和國審計法》及有關法律法規和上級審計機關的部署要求,我市認真落實市第十六屆人大常委會第十八次會議有關決議以及審計工作審議意見,組織開展了2024年度市本級預算執行和其他財政收支情況審計工作。
""", {"refused": True}),
    # http://xdscy.com/batterytesting/1052.html (an audit rectification report that mentions the 巡察办)
    ("shenzhen_audit", "http://xdscy.com/batterytesting/1052.html", "audit", """深圳市2022年度绩效审计查出问题整改情况的报告——2023年4月在深圳市七届人大常委会第十七次会议上
根据《深圳市人民代表大会常务委员会关于逐步加强审计监督工作的决定》,现报告深圳市2022年度绩效审计查出问题的整改情况,请予审议。
三是加强审计与其他监督贯通协作。市审计局配合市人大计划预算委对审计查出问题开展跟踪监督,对重点问题进行满意度测评;与市委巡察办建立联合通报机制。
""", {"refused": True}),
    # https://ztjy.nbt.edu.cn/info/1004/1651.htm (a school's feedback meeting; the year stated with the visit)
    ("nbt", "https://ztjy.nbt.edu.cn/info/1004/1651.htm", "news", """7月6日下午,学校党委第一巡察组巡察外国语学院党委情况反馈会在SC405会议室召开。学校党委副书记、巡察工作领导小组副组长、第一巡察组组长李凤旺,巡察组副组长、联络员,巡察办负责人,外国语院学院全体教职工、学生党员代表参加反馈会。
根据党委巡察工作统一部署,2021年5月13日至5月27日,第一巡察组进驻外国语学院党委开展巡察。6月16日,巡察工作领导小组听取了巡察情况汇报。6月24日,党委会听取了巡察情况汇报。
""", {"unit": "外国语学院党委", "group": "党委第一巡察组", "start": date(2021, 5, 13), "end": date(2021, 5, 27),
      "feedback_date": date(2021, 7, 6)}),
    # https://wx.ihwrm.com/baokan/article/info.html?doc_id=3546787 (two groups, two units; no year)
    ("ihwrm", "https://wx.ihwrm.com/baokan/article/info.html?doc_id=3546787", "news", """本报讯 根据校党委工作部署,11月23日,校党委第一、第二巡察组巡察附属医院党委、数理信息学院党委工作动员会先后召开,标志着我校今年下半年校内巡察工作正式启动开展。
巡察组于11月23日进驻,通过听取汇报、个别谈话、查阅资料、受理信访、召开座谈会、列席会议、民主测评、走访调研等方式,开展为期一个月左右的巡察。
""", {"unit": "", "units": ["附属医院党委", "数理信息学院党委"], "start": None}),
    # http://www.07905.com/news/jxnews/2016/0905/24451.html (a province's rounds and clues)
    ("jiangxi_rounds", "http://www.07905.com/news/jxnews/2016/0905/24451.html", "rounds", """今年8月下旬,省委8个巡视组陆续向包括10个省委工作部门在内的28家单位党组织进行巡视反馈。这是今年我省第二轮巡视,也是省委在本届任期内完成巡视全覆盖的收官之战。截至目前,省委共组织开展了17轮巡视,覆盖312个党组织,圆满完成了巡视全覆盖任务。
据了解,2012年以来,省委巡视组共向省纪委移交问题线索509件;向省委组织部移交组织处理类问题线索81件。
""", {"unit": "", "round": 2, "figures": [("clues_transferred", 509), ("clues_transferred", 81)]}),
    # https://yuyang.qinfeng.gov.cn/info/1082/6043.htm (three aspects, their problems separated by ；)
    ("jinjitan", "https://yuyang.qinfeng.gov.cn/info/1082/6043.htm", "news", """6月5日,区委第一巡察组在金鸡滩镇召开巡察情况反馈会议。金鸡滩镇党委书记艾文华主持会议,金鸡滩镇全体领导班子成员参加会议。
会上,区委第一巡察组组长叶云反馈了对金鸡滩镇的巡察情况。他指出,一是党的领导方面:党委领导不够坚强有力,党委的领导地位体现不够;贯彻落实党的决策部署不彻底不深入;对意识形态工作重视不够。二是党的建设方面:“三会一课”制度执行不到位;部分党支部党费收缴存在问题;部分党支部党员管理不规范;党建工作开展不平衡,党建制度存在重安排、轻落实现象。三是全面从严治党方面:镇党委履行主体责任不实;镇纪委监督责任落实不严;镇村财务管理不规范。巡察组建议,金鸡滩镇党委要进一步提高政治站位,充分发挥党委的领导核心作用。
""", {"unit": "金鸡滩镇党委", "group": "区委第一巡察组", "feedback_date": None, "problems": 10}),
    # https://pejw.pes.gov.cn/html/jcx_xcgz/content/2022062385508.html (a county's round; feedback date not stated)
    ("jiangcheng", "https://pejw.pes.gov.cn/html/jcx_xcgz/content/2022062385508.html", "rounds", """根据江城县委统一安排,2022年3月7日至2022年4月29日,十三届县委组织开展了第二轮巡察,县委派出3个巡察组,对县自然资源局等3个部门党组,国庆乡党委及所辖6个党总支开展常规巡察。
近日,县委各巡察组分别到被巡察党组织开展了巡察情况反馈工作;反馈会上,县委巡察组组长反馈了巡察情况。
""", {"unit": "", "units": ["县自然资源局", "国庆乡党委"], "term": 13, "round": 2, "start": date(2022, 3, 7),
      "end": date(2022, 4, 29), "feedback_date": None}),
]

# Third batch, held out: collected and read after the second pass's held-out run and its fixes; run once, at the end.
HELD_OUT_LATE = [
    # http://www.studioretreats.com/szcj/19053.html (traditional script; a round over 120 villages, problems 一是…)
    ("villages_120", "http://www.studioretreats.com/szcj/19053.html", "noisy", """按照市委統一部署,2019年6月3日至7月3日,市委12個巡察組,采用“一拖五”方式,對全市120個行政村開展了常規巡察。
9月18日,市委巡察工作領導小組集中聽取巡察情況報告,同意巡察組指出的問題和提出的意見建議。
10月10日—13日,市委巡察組采用先向村(社區)所在的27個鄉鎮黨委反饋巡察情況,壓實鄉鎮黨委巡察整改主體責任,再對120個村(社區)逐一反饋的形式對全市120個村(社區)反饋巡察情況。
巡察發現,被巡察村(社區)黨支部不同程度存在政治站位不高、思想建設滯后、組織建設薄弱、作風紀律建設虛化、全面從嚴治黨壓力傳導不夠等問題。主要表現在:一是政治敏銳性不強,“四個意識”模糊不清,黨支部核心作用發揮不充分。二是思想建設工作重視不夠,宣傳氛圍不濃,農村文化陣地建設薄弱。三是黨建工作流于形式,黨內制度落實不到位,基層陣地建設薄弱。四是工作不實,作風浮漂,不擔當、不作為、慢作為,為民服務意識較差。五是紀律意識淡薄,警示教育工作流于形式,村組黨員干部管理缺位。
""", {"unit": "", "start": date(2019, 6, 3), "end": date(2019, 7, 3), "feedback_date": date(2019, 10, 10),
      "problems": 5, "figures": []}),
    # http://jjjc.anshan.gov.cn/html/ASJW/202510/0176127040791082.html (a round's entry; units counted, not named)
    ("anshan", "http://jjjc.anshan.gov.cn/html/ASJW/202510/0176127040791082.html", "rounds", """按照市委关于巡察工作统一部署,截至10月22日,十三届市委第十三轮巡察完成进驻工作。市委巡察组将对7个县(市)区纪委监委机关、7个县(市)区委组织部开展提级巡察。
被巡察党组织分别召开巡察进驻动员会。各市委巡察组组长作动员讲话。
""", {"unit": "", "units": [], "term": 13, "round": 13, "start": None, "figures": []}),
    # http://www.bar347.com/info/1020/4638.htm (traditional script; a group company's 巡视 of four companies)
    ("bar347", "http://www.bar347.com/info/1020/4638.htm", "noisy", """按照中國電氣裝備黨委巡視工作統一部署,4月27日至29日,集團公司黨委2個巡視組分別進駐投資公司、供應鏈公司、資產公司、財務公司等4家企業黨組織開展常規巡視。各巡視組分別召開進駐動員會。
本輪巡視現場巡視時間約一個半月。巡視組受理信訪時間截止到2025年6月10日。
""", {"unit": "", "units": ["投资公司", "供应链公司", "资产公司", "财务公司"], "start": None, "end": None}),
    # https://72hg7.com/xg201812/t20181214_198745.html (feedback to two enterprises; the visit's first day only)
    ("changlin", "https://72hg7.com/xg201812/t20181214_198745.html", "news", """12月10日—11日,集团公司党委巡察组召开巡察情况反馈会议,分别向国机重工常林公司、天工院主要负责人和领导班子反馈巡察情况,指出在党的领导、党的建设、全面从严治党等方面存在的问题,提出了整改意见和建议。
按照国机重工党委的统一部署,从2018年8月30日开始,集团公司党委巡察组对常林公司和天工院进行了巡察。
""", {"unit": "", "units": ["国机重工常林公司", "天工院"], "start": date(2018, 8, 30), "feedback_date": date(2018, 12, 10)}),
    # http://www.ycqb.gov.cn/YCQB_frontNew/infodetail/?infoid=88471a59-08ca-4115-bda8-8aef0b4d3e1f (a day run together)
    ("xiangcheng", "http://www.ycqb.gov.cn/YCQB_frontNew/infodetail/?infoid=88471a59-08ca-4115-bda8-8aef0b4d3e1f", "news", """【反馈】区委第二巡察组向相城交投集团党委反馈巡察情况
发布时间:2022/3/24
根据区委巡察工作领导小组安排,2022324日上午,区委第二巡察组在交建大厦2楼西会议室召开巡察相城交投集团党委情况反馈会。组长府国华代表区委第二巡察组向交投集团党委反馈了巡察情况。
根据区委统一部署,2021年9月14日至10月31日,相城区委第二巡察组对交投集团党委开展了巡察。
会上,府国华向交投集团党委反馈了党委职责定位还不够准确、党委引领高质量发展有待提升、推动巡察整改落地不够坚决等10个方面27条具体问题,并提出了针对性整改意见建议。
""", {"unit": "相城交投集团党委", "group": "区委第二巡察组", "start": date(2021, 9, 14), "end": date(2021, 10, 31),
      "feedback_date": date(2022, 3, 24), "figures": [("problems", 27)]}),
    # http://jsnk.com.cn/_t2/2024/0802/c22a254798/page.htm (8月1日 lost its characters: "81,")
    ("jsnk", "http://jsnk.com.cn/_t2/2024/0802/c22a254798/page.htm", "noisy", """集团党委第二轮巡察完成第二批进驻
根据集团党委统一部署,81,集团党委巡察组已完成第二轮第二批4家被巡察党组织进驻工作。
各被巡察单位分别召开巡察进驻动员会。
""", {"unit": "", "round": 2, "start": None, "figures": []}),
    # http://shsizhitang.com/html/2021/new-bl_0209/8631.html (a group's feedback to three companies; a name spammed)
    ("wumao", "http://shsizhitang.com/html/2021/new-bl_0209/8631.html", "news", """2月8日,集团巡察组分别向物贸股份党委、南宫NG·28置业党委、现代物流党委反馈巡察情况。集团巡察组组长、集团党委副书记秦青林对巡察整改工作提出要求。
根据集团党委统一部署,集团巡察组于2020年9月至11月对物贸股份党委、南宫NG·28置业党委、现代物流党委进行了巡察。1月29日,集团党委会专题听取了巡察组对第一批3家党组织的巡察反馈情况汇报。
""", {"unit": "", "units": ["物贸股份党委", "南宫NG·28置业党委", "现代物流党委"], "start": date(2020, 9, 1),
      "end": date(2020, 11, 30), "feedback_date": date(2021, 2, 8)}),
]

# Fourth batch, held out: collected after the r4-held run and its fixes; run once, at the very end.
HELD_OUT_LAST = [
    # http://ycthlzw.gov.cn/xsxc_show.asp?id=12134 (a round's entry; towns with their villages)
    ("tinghu", "http://ycthlzw.gov.cn/xsxc_show.asp?id=12134", "rounds", """日前,九届区委第三轮巡察4个巡察组完成对区教育局(体育局)、区民政局、区城管局(综合行政执法局)等3个区属单位党组织和南洋镇及所属25个村(社区)、新兴镇及所属24个村(社区)党组织的进驻,全面启动现场巡察工作。
区委各巡察组分别在被巡察党组织召开巡察工作动员会。
""", {"unit": "", "units": ["区教育局（体育局）", "区民政局", "区城管局（综合行政执法局）", "南洋镇", "新兴镇"], "term": 9,
      "round": 3, "start": None}),
    # http://gl.gov.cn/xjwz/zwgkml/gstg/gstg_zfb/202412/t20241220_4949026.htm (a visit's notice; its end not stated)
    ("gulou", "http://gl.gov.cn/xjwz/zwgkml/gstg/gstg_zfb/202412/t20241220_4949026.htm", "news", """根据区委巡察工作统一部署,区委巡察三组自2024年12月19日起对区政府办进行为期一个月左右的巡察。本次巡察的主要对象是区政府办领导干部和重点岗位负责人。
巡察组受理信访时间截止到2025年1月13日。
""", {"unit": "区政府办", "group": "区委巡察三组", "start": date(2024, 12, 19), "end": None, "feedback_date": None}),
    # https://wxredian.com/art?id=dcdbe13d62bd03be4dae623bb4989eaf (a round's entry; its end stated)
    ("mudan", "https://wxredian.com/art?id=dcdbe13d62bd03be4dae623bb4989eaf", "rounds", """根据牡丹区委统一部署,截至11月15日,五届区委第九轮巡察完成进驻工作。5个巡察组将对6个区直部门(单位)党组织,小留镇党委、高庄镇党委等2个镇及42个行政村党组织开展常规巡察;对全区“七站八所”资产管理工作开展机动巡察。
5个区委巡察组将在被巡察单位工作2个月左右,2025年1月15日结束现场巡察。
""", {"unit": "", "units": ["小留镇党委", "高庄镇党委"], "term": 5, "round": 9, "start": None,
      "end": date(2025, 1, 15)}),
    # http://www.sysjjjc.gov.cn/xxgk/lzq/xsxc_53033/bjxsxcqk_53282/202206/t20220623_3336623.html (six rounds' figures)
    ("liaozhong", "http://www.sysjjjc.gov.cn/xxgk/lzq/xsxc_53033/bjxsxcqk_53282/202206/t20220623_3336623.html", "rounds", """辽中区委高度重视巡察整改工作,采取“三项措施”扎实做好巡察“后半篇文章”。截至目前,一届辽中区委前六轮反馈的1157个问题,已完成整改1148个,完成率达99%。区纪委监委优先办理巡察发现问题线索,前六轮巡察移交147件问题线索,办结128件,结案率87%,挽回经济损失172.74万元。
""", {"unit": "", "term": 1, "round": None, "figures": [("problems", 1157), ("completed", 1148),
                                                           ("completion_rate", 99), ("clues_transferred", 147),
                                                           ("funds_recovered", 172.74)]}),
]
