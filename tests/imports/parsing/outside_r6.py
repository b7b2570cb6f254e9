"""Outside texts of batch r6 (issue 14), held out: collected after r5's fixes from public pages not in the outside set
or the seeds, their fields written down by reading only. The importer was not run on them while they were collected;
the integrator ran them once (143/174 = 82.2 %, 6 invented: the honest figure for unseen texts), and the next rules
pass was tuned on them; the family tests (test_outside_<family>.py) pin them with the other batches.

Families as in outside_new.py: news (feedback, mobilisation and entry news, a unit's own meeting), rounds (round-level
summaries and statistics), audit (审计 texts, refused), noisy (traditional script, pinyin annotations, doubled
punctuation). No progress-report body without its title was found that was not already in the set.

Reading conventions (the same as the earlier batches): a town list's shared 党委 (西川镇、…、陇城镇党委) is each
town's, as c-dev4's qinan reads it (the collector first read it as no part of the names: xishui's expectation was
corrected to the earlier convention in the pass after the run); the kind 党委（党组） shared by a list of offices
(…、县统计局党委(党组)) is no part of its last name; a suffix each name carries is kept; a day without a year gives no date, and a date that
belongs to something else (信访截止, a page's publication time, a check or an evaluation period) is no visit date;
rounds counted (六轮, 第十一、十二轮) give no round number; 线索 counts are clues_transferred as in neimenggu_first."""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R6 = [
    # --- news ---------------------------------------------------------------------------------------------------
    # https://yunxc.hbxc.cn/p/134427.html (the meetings are in the villages; the unit is the town's party committee)
    ("huayuan", "https://yunxc.hbxc.cn/p/134427.html", "news", """日前,县委第二巡察组先后来到花园镇一致村、冯山社区、群联村、三庆村、洞山社区召开党组织巡察工作动员会。会上,县委第二巡察组组长陈泽雄作巡察工作动员讲话,各村(社区)主要负责人及花园镇联系包保领导作表态发言,县委第二巡察组全体成员参加会议。
据了解,县委第二巡察组此次巡察花园镇党委,同步开展对26个村(社区)的巡察。
""", {"unit": "花园镇党委", "group": "县委第二巡察组", "start": None, "feedback_date": None, "figures": []}),
    # https://shiquan.qinfeng.gov.cn/info/1090/9740.htm (term and round only in the plan's name; no year)
    ("shiquan", "https://shiquan.qinfeng.gov.cn/info/1090/9740.htm", "news", """7月29日,县委第一巡察组进驻县委编办召开巡察工作动员会。县纪委常委、监委委员刘川出席会议并讲话。县委巡察组成员、县委编办全体干部参加会议。
动员会上,巡察组副组长何炎远组织学习了《十六届县委第二轮巡察工作方案》。巡察组组长袁伟作动员讲话,介绍了开展巡察工作的重要意义,以及进驻巡察的主要任务、工作方式和有关要求。
""", {"unit": "县委编办", "group": "县委第一巡察组", "term": 16, "round": 2, "start": None, "feedback_date": None}),
    # https://quyuan.yueyang.gov.cn/31137/31138/content_2234521.html (the round's group, not a numbered one)
    ("yingtian", "https://quyuan.yueyang.gov.cn/31137/31138/content_2234521.html", "news", """按区党委巡察工作领导小组统一部署,10月11日上午,区党委第八轮常规巡察组巡察营田镇及所辖村(社区)进驻动员会召开。区党委巡察办主要负责人、区党委第八轮常规巡察组全体成员、营田镇全体干部和村(社区)“两委”成员参加会议。
会前,第八轮常规巡察组组长主持召开与营田镇主要负责人的见面沟通会,通报了本轮的巡察组情况、工作安排、主要任务和工作方式。
""", {"unit": "营田镇", "round": 8, "start": None, "feedback_date": None}),
    # https://mmcxw.com/news/1027.html (entry day and meeting day, no year)
    ("yangmei", "https://mmcxw.com/news/1027.html", "news", """根据市委巡察办工作安排,市委第三巡察组于4月24日开始进驻杨梅镇开展为期两个月的巡察工作。4月25日上午,市委第三巡察组巡察杨梅镇工作动员大会在杨梅镇政府五楼会议室召开。市委第三巡察组组长黄治达、副组长李健斌、邓增程以及组员曾志华、谢燕出席会议。
""", {"unit": "杨梅镇", "group": "市委第三巡察组", "start": None, "end": None, "feedback_date": None}),
    # http://www.just.edu.cn/news/2020/0927/c8158a269540/page.htm (three schools; no year in the text)
    ("just", "http://www.just.edu.cn/news/2020/0927/c8158a269540/page.htm", "news", """根据校党委统一部署,校党委第二轮巡察的3个巡察组于9月25日分别进驻电子信息学院党委、环境与化学工程学院党委和经济管理学院党委,通过召开巡察动员会,正式开启了集中驻点巡察工作。
巡察组全体成员,被巡察单位领导班子成员和全体教职工参加了所在学院的巡察动员会。
""", {"unit": "", "units": ["电子信息学院党委", "环境与化学工程学院党委", "经济管理学院党委"], "round": 2,
      "start": None}),
    # https://news.hubu.edu.cn/info/1052/49209.htm (four units, no round, 9月底 without a year)
    ("hubu", "https://news.hubu.edu.cn/info/1052/49209.htm", "news", """根据学校党委统一部署,党委4个巡察组于9月底完成进驻工作,开展对安全保卫部(处)、法学院、体育学院、附属中学等4家单位常规巡察。
党委各巡察组陆续召开巡察进驻动员会,党委巡察组组长作动员讲话,通报相关工作安排,对扎实开展巡察工作提出要求。
""", {"unit": "", "units": ["安全保卫部（处）", "法学院", "体育学院", "附属中学"], "round": None, "start": None}),
    # https://iazzy.com/info/1187/12989.html (a university hears its first round; two units named by their groups)
    ("iazzy", "https://iazzy.com/info/1187/12989.html", "news", """为进一步贯彻落实校党委第一轮巡察工作重要部署,做好巡察“后半篇”文章,12月2日下午,校党委召开巡察工作领导小组会,听取第一轮巡察工作汇报。会议由巡察工作领导小组组长、党委书记张志昌主持。
会上,党委巡察办主任田小莉汇报了第一轮巡察工作的整体情况;第一巡察组组长杨增强、第二巡察组组长李继高分别汇报了对校团委、马克思主义学院党总支的巡察情况。
""", {"unit": "", "units": ["校团委", "马克思主义学院党总支"], "round": 1, "feedback_date": None}),
    # https://dwxc.ycit.edu.cn/xccontent.jsp?urltype=news.NewsContentUrl&wbnewsid=2663&wbtreeid=1172 (the year only in
    # a notice's name, 2019年秋学期, so the visit's days are not scored either way)
    ("ycit_jxjy", "https://dwxc.ycit.edu.cn/xccontent.jsp?urltype=news.NewsContentUrl&wbnewsid=2663&wbtreeid=1172", "news", """12月4日上午,党委第二巡察组巡察继续教育学院党总支工作动员会在建军东路校区化工楼重点实验室报告厅召开。第二巡察组组长、党委常委、副校长宋长春出席会议并讲话。
校党委巡察工作领导小组成员、纪委副书记王福玉主持会议并宣读《关于开展2019年秋学期巡察工作的通知》。
动员会后,巡察组听取了被巡察党总支近三年意识形态工作责任制落实情况专题汇报。本轮集中驻点巡察将持续到17日结束。
""", {"unit": "继续教育学院党总支", "group": "党委第二巡察组", "feedback_date": None}),
    # http://www.zgsuixian.gov.cn/jcxxgk/zb/sxjcz/fdzdgknr_15747/qtzdgk_55351/zwdc_55355/202303/t20230329_1089131.shtml
    # (a return check; 22 problems are the town's, the 244 the villages')
    ("junchuan", "http://www.zgsuixian.gov.cn/jcxxgk/zb/sxjcz/fdzdgknr_15747/qtzdgk_55351/zwdc_55355/202303/t20230329_1089131.shtml", "news", """3月20日,县纪委监委四级调研员邱道鸿一行4人到均川镇开展为期3天的巡察反馈问题整改落实情况回访督查工作。其间听取了镇党委及重点村级党组织关于反馈问题整改落实情况的汇报,并对整改工作进行满意度测评。
巡察回访期间,工作专班对该镇党委4大类16个方面22个问题及30个村级党组织244个问题的整改情况进行了全面梳理检查。
""", {"unit": "均川镇", "start": None, "feedback_date": None, "figures": [("problems", 22)]}),
    # http://www.fmrmzx.com/view.asp?sbm=56ace92a4b3d63c5 (one group, two village branches; no year)
    ("jianshe", "http://www.fmrmzx.com/view.asp?sbm=56ace92a4b3d63c5", "news", """本报讯 (记者 张 彪) 根据县委巡察工作统一部署,4月23日,县委第四巡察组完成对建设镇根德村党支部、同顺兴村党支部的进驻和动员工作。本轮巡察为“回头看”,巡察时间20天左右。
""", {"unit": "", "units": ["建设镇根德村党支部", "同顺兴村党支部"], "group": "县委第四巡察组", "start": None}),
    # http://news.blcu.edu.cn/info/1011/2654.htm (the university is not named in the excerpt; 整改任务 are tasks, not
    # counted as measures)
    ("blcu", "http://news.blcu.edu.cn/info/1011/2654.htm", "news", """6月21日下午,学校巡视反馈意见整改落实工作领导小组会议在综合楼909会议室召开。
根据教育部第一巡视组的反馈意见,学校将整改任务明确为12项主要任务,由校领导班子成员分工负责,带领相关部门研究制定并落实整改措施。
""", {"group": "教育部第一巡视组", "start": None, "feedback_date": None}),
    # https://jsc.cdgmxy.edu.cn/html/lzw/tzgg/49803.html (an evaluation's notice: its period is not the visit)
    ("cdgmxy", "https://jsc.cdgmxy.edu.cn/html/lzw/tzgg/49803.html", "news", """关于开展校内巡察整改“回头看”评估工作的通知
根据学校党委巡察工作安排,决定开展校内巡察整改“回头看”评估。现将有关事项通知如下。
一、时间安排
2025年9月1日至12月30日(4个月)。其中:……10月9日至11月15日,对市委第五巡察组反馈的41条意见进行评估检查。
三、主要内容
本次“回头看”工作主要针对市委第五巡察组巡察反馈的41个问题,重点围绕巡察反馈问题的整改落实情况进行自查自纠。
""", {"group": "市委第五巡察组", "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 41)]}),
    # https://jw.cqu.edu.cn/info/1011/2622.htm (a round's feedback opinions reviewed; units counted, not named)
    ("cqu", "https://jw.cqu.edu.cn/info/1011/2622.htm", "news", """6月19日下午,学校党委在主教504召开巡察工作领导小组会。校党委书记、巡察工作领导小组组长舒立春出席会议并讲话。
会议听取了第五轮巡察工作开展情况汇报,研究审议了对6个二级党组织巡察情况的反馈意见。
""", {"unit": "", "units": [], "round": 5, "feedback_date": None, "figures": []}),
    # http://wdjjw.gov.cn/lj/wd/2020-04-17/418.html (problems: one clause, then eleven joined by 、; read as twelve)
    ("wudi", "http://wdjjw.gov.cn/lj/wd/2020-04-17/418.html", "news", """2019年9月19日,十三届无棣县委第七轮巡察第五巡察组召开专题会议向佘家镇党委反馈村级全覆盖巡察情况。会议传达了县委书记丁锋同志听取县委第七轮巡察工作汇报时的讲话精神,反馈了巡察情况,提出了整改意见建议。
巡察组反馈指出,佘家镇党委重视农村基层管理工作,……但仍存在一些问题。主要是:农村发展活力不足,贯彻五大发展理念不力、意识形态领域阵地把守不牢、移风易俗推进不力、部分村基层党组织软弱涣散、党员发展工作不规范、党费收缴不严格、村务监督流于形式、“民主议政日”活动形式化、部分村干部作风漂浮、脱贫攻坚政策落实不力、财务管理混乱等问题。
""", {"unit": "佘家镇党委", "group": "县委第五巡察组", "term": 13, "round": 7,
      "feedback_date": date(2019, 9, 19), "problems": 12}),
    # http://m-jingzhou.cjyun.org/p/243486.html (one group, five offices of one system; 今天(11月23日) has no year)
    ("jingzhou", "http://m-jingzhou.cjyun.org/p/243486.html", "news", """云上荆州报道:今天(11月23日)上午,市委第三巡察组进驻市委办公室系统单位,开始对市委办公室、市委政研室、市保密局、市委机要局、市扶贫办进行为期1个半月左右的政治巡察。
巡察工作期间,市委第三巡察组办公地点设在市委办公室202、213办公室。
""", {"unit": "", "units": ["市委办公室", "市委政研室", "市保密局", "市委机要局", "市扶贫办"], "group": "市委第三巡察组",
      "start": None, "end": None}),
    # --- rounds -------------------------------------------------------------------------------------------------
    # http://www.qinan.gov.cn/info/13252/1165052.htm (towns whose villages only are visited are not units; the date is
    # the end of letters, not of the visit)
    ("qinan", "http://www.qinan.gov.cn/info/13252/1165052.htm", "rounds", """按照县委统一部署,十七届县委第六轮巡察共组建6个巡察组对西川镇、叶堡镇、五营镇、陇城镇党委及所辖105个行政村,兴国镇、安伏镇、王尹镇、云山镇所辖86个行政村(社区)开展巡察,延伸巡察8个学区和14所中学(学校)。
县委巡察组受理信访举报时间截止到2024年12月10日。
""", {"unit": "", "units": ["西川镇党委", "叶堡镇党委", "五营镇党委", "陇城镇党委"], "term": 17, "round": 6, "start": None,
      "end": None}),
    # https://xcdcb.haut.edu.cn/info/1103/2879.htm (a leading group hears the fourth round)
    ("haut", "https://xcdcb.haut.edu.cn/info/1103/2879.htm", "rounds", """校党委巡察工作领导小组听取第四轮巡察情况汇报
12月5日至6日,学校召开党委巡察工作领导小组会议,专题听取第四轮校内巡察工作情况汇报,研究部署相关工作。
会上,孟凡鑫代表党委巡察办公室汇报了第四轮校内巡察工作整体情况,第四轮校内巡察四位巡察组组长朱立峰、田军强、崔政、李艳福分别汇报了对粮油食品学院党委、机电工程学院党委等的巡察情况。
""", {"unit": "", "units": ["粮油食品学院党委", "机电工程学院党委"], "round": 4, "start": None,
      "end": None, "feedback_date": None}),
    # http://fnlzw.gov.cn/contents/14/720.html (159 checked items and 342 people are no metric)
    ("funing", "http://fnlzw.gov.cn/contents/14/720.html", "rounds", """近期,阜宁县聚焦巡察整改环节,坚持问题导向真督实查,切实提高巡察成果运用实效。
现场督查确保整改真实性。……2018年以来,共现场督查整改事项159项,访谈群众342人,对整改工作形成了震慑高压态势。
个性督查提高整改精确性。……截至目前,共督促被巡察单位修订完善个性化制度76项。
""", {"unit": "", "round": None, "start": None, "figures": [("rules_established", 76)]}),
    # https://yndaily.yunnan.cn/content/202512/27/content_294178.html (two rounds heard, a third planned: no one round)
    ("yunnan_2025", "https://yndaily.yunnan.cn/content/202512/27/content_294178.html", "rounds", """本报讯(记者 谢进) 12月25日至26日,十一届省委巡视工作领导小组召开第12次会议,听取第十一、十二轮巡视工作情况汇报,研究第十三轮巡视任务安排。
会议指出,第十一、十二轮巡视对标中央巡视,对38个县开展常规巡视,对3个县进行巡视“回头看”。
""", {"unit": "", "term": 11, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://movement.gzstv.com/streams/video/XJENb (a round's report reviewed; the meeting's days are not the visit)
    ("guizhou", "https://movement.gzstv.com/streams/video/XJENb", "rounds", """10月9日至10日,省委巡视工作领导小组召开会议,深入学习贯彻习近平总书记关于巡视工作的重要论述,审议十三届省委第五轮巡视情况报告,研究安排下步工作。
""", {"unit": "", "term": 13, "round": 5, "start": None, "end": None, "feedback_date": None}),
    # https://lxjj.gov.cn/contents/7/667.html (round-level problems, six clauses after a colon; no year)
    ("linxiang", "https://lxjj.gov.cn/contents/7/667.html", "rounds", """根据区委巡察工作的统一部署,5月23日,五届区委第三轮巡察反馈全面完成。区委第一至第五巡察组向被巡察的10个党组织反馈了巡察情况。
反馈指出,被巡察党组织坚持以习近平新时代中国特色社会主义思想为指导,围绕中心,服务大局,强化履职尽责,认真落实管党治党政治责任。但对照上级要求和群众期盼,还存在一些不容忽视的共性问题:学习贯彻上级精神有偏差,落实上级决策部署有差距,日常工作落实不坠底,意识形态工作责任制落实不到位,议事决策不规范,党建统领全局作用发挥不充分等。
""", {"unit": "", "units": [], "term": 5, "round": 3, "feedback_date": None, "problems": 6}),
    # https://www.tmjjjc.gov.cn/html/xsxc/d3964698-a5d1-4c8c-8d9e-1f0935522e86.html (a cross inspection and round 13
    # heard together; the publication date is no visit date)
    ("tianmen", "https://www.tmjjjc.gov.cn/html/xsxc/d3964698-a5d1-4c8c-8d9e-1f0935522e86.html", "rounds", """市委巡察工作领导小组听取巡察工作情况汇报
发布时间:2020年11月13日
11月10日下午,市委常委、市纪委书记、市监委主任、市委巡察工作领导小组组长李苏萍主持召开市委巡察工作领导小组会议,听取交叉巡察和八届市委第十三轮巡察情况汇报。
会议听取了市委第一、第二巡察组对市交通运输局、市住房和城乡建设局开展交叉巡察情况的汇报,听取了市委第三、第四巡察组对市文化和旅游局、市自然资源和规划局、市经信局、市信访局、市兴天担保公司、市公共资源交易中心等六个单位开展常规巡察情况的汇报。
""", {"unit": "", "units": ["市交通运输局", "市住房和城乡建设局", "市文化和旅游局", "市自然资源和规划局", "市经信局",
                            "市信访局", "市兴天担保公司", "市公共资源交易中心"], "term": 8, "round": 13,
      "start": None, "feedback_date": None}),
    # https://chinanews.com.cn/gn/2015/02-27/7083940.shtml (list of 26 enterprises cut to three; 2015 is a year, not
    # a term)
    ("central_2015", "https://chinanews.com.cn/gn/2015/02-27/7083940.shtml", "rounds", """2015年中央巡视组第一轮专项巡视进驻情况将公布
经中央批准,2015年中央第一轮巡视将对中国核工业集团公司、中国核工业建设集团公司、中国石油天然气集团公司等26家央企进行专项巡视。
近期,中央巡视组陆续进驻上述单位并召开动员会。
""", {"unit": "", "units": ["中国核工业集团公司", "中国核工业建设集团公司", "中国石油天然气集团公司"], "term": None,
      "round": 1, "start": None}),
    # https://huacheng.gz-cmc.com/pages/2025/12/06/SF14797416d7919d584ecf463098fbfd.html (visit dated with years)
    ("conghua", "https://huacheng.gz-cmc.com/pages/2025/12/06/SF14797416d7919d584ecf463098fbfd.html", "rounds", """近日,从化区启动二届区委第十二轮巡察工作。3个区委巡察组于2025年12月1日至2026年1月31日分别对区委社会工作部、区直机关工委、区委党校、区文联、区住建交通局等党组织开展常规巡察,对江埔街、温泉镇及下辖村(社区)等党组织开展小额建设工程领域专项巡察。
巡察组受理信访时间截止到2026年1月31日。
""", {"unit": "", "units": ["区委社会工作部", "区直机关工委", "区委党校", "区文联", "区住建交通局", "江埔街", "温泉镇"],
      "term": 2, "round": 12, "start": date(2025, 12, 1), "end": date(2026, 1, 31)}),
    # http://yunyang.cjyun.org/p/28143.html (自2024年7月上旬 is a part of a month: start not scored; 9月15日 ends the
    # letters, not the visit)
    ("yunyang", "http://yunyang.cjyun.org/p/28143.html", "rounds", """按照区委统一部署,自2024年7月上旬开始,十五届区委第五轮巡察全面展开,时间60天左右。区委五个巡察组对南化塘镇党委、安阳镇党委、城关镇党委、谭山镇党委、鲍峡镇党委及所辖村(社区)共115个党组织开展常规巡察。
受理举报和问题反映时间为进驻之日起至9月15日,上午8:30-12:00,下午14:30-17:30。
中共十堰市郧阳区委巡察工作领导小组办公室
2024年7月13日
""", {"unit": "", "units": ["南化塘镇党委", "安阳镇党委", "城关镇党委", "谭山镇党委", "鲍峡镇党委"], "term": 15,
      "round": 5, "end": None, "feedback_date": None}),
    # https://www.jssjw.gov.cn/art/2018/3/22/art_298_99725.html (six rounds' statistics)
    ("ganyu", "https://www.jssjw.gov.cn/art/2018/3/22/art_298_99725.html", "rounds", """赣榆区巡察工作开展以来,以“三张清单”为基础,通过细化责任主体、强化督查整改、严格问责措施等方式,形成巡察机构、被巡察单位、相关业务部门“三位一体”整改机制。截至目前,该区共完成6轮巡察,巡察镇和区直部门(单位)党委(党组)24个,反馈问题306个,整改279个,整改率达91.18%。
""", {"unit": "", "units": [], "round": None, "figures": [("problems", 306), ("completed", 279),
                                                            ("completion_rate", 91.18)]}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=33519 (a round's first batch; no year)
    ("lijin", "http://www.jiwei.gov.cn/news_content.thtml?contentId=33519", "rounds", """十三届利津县委第七轮巡察工作全面展开
10月10日至12日,十三届县委第七轮巡察已进驻县审计局、县行政审批服务局、县财金投资集团有限公司、北宋镇及所辖72个村级党组织等第一批被巡察单位,巡察监督全面展开。
根据县委统一部署,本轮巡察共派出4个县委巡察组,对8个县直部门单位、1个县属国有企业,北宋镇及所辖72个村级党组织开展巡察。
""", {"unit": "", "units": ["县审计局", "县行政审批服务局", "县财金投资集团有限公司", "北宋镇"], "term": 13, "round": 7,
      "start": None}),
    # http://www.jnxjjjc.gov.cn/info/1013/2362.htm (entry completed by a yearless day; about three months on site)
    ("jinxian", "http://www.jnxjjjc.gov.cn/info/1013/2362.htm", "rounds", """根据县委统一部署,截至9月14日,十六届县委第七轮巡察完成进驻工作。4个县委巡察组对石莲子镇、相沟镇、朱芦镇、壮岗镇等4个乡镇及所辖的42个村开展巡察。
被巡察党组织分别召开见面沟通会和巡察进驻动员会。
据悉,4个县委巡察组将开展为期3个月左右的现场巡察。
""", {"unit": "", "units": ["石莲子镇", "相沟镇", "朱芦镇", "壮岗镇"], "term": 16, "round": 7, "start": None,
      "end": None}),
    # http://www.xishuirmt.cn/p/51670.html (feedback over a week without a year; shared suffixes dropped)
    ("xishui", "http://www.xishuirmt.cn/p/51670.html", "rounds", """5月29日到6月4日,县委四个巡察组分别向十五届县委第六轮巡察的竹瓦镇、汪岗镇、洗马镇、丁司垱镇党委及其所辖村(社区)党组织,县卫生健康局、县信访局、县审计局、县统计局党委(党组)反馈巡察情况。
会议传达了县委书记专题会精神,强调要坚持政治巡察定位。
""", {"unit": "", "units": ["竹瓦镇党委", "汪岗镇党委", "洗马镇党委", "丁司垱镇党委", "县卫生健康局", "县信访局", "县审计局",
                            "县统计局"],
      "term": 15, "round": 6, "feedback_date": None}),
    # http://czrb.bohaitoday.com/pc/content/202309/01/content_102712.html (a province's round fed back; units counted)
    ("hebei", "http://czrb.bohaitoday.com/pc/content/202309/01/content_102712.html", "rounds", """河北日报讯(记者孙青 赵泽众)根据省委巡视工作安排,十届省委第三轮巡视反馈工作近日全部完成。
15个省委巡视组分别向41个被巡视党组织进行了现场反馈。省委各巡视组组长分别向被巡视党组织主要负责人和领导班子反馈了巡视情况。
""", {"unit": "", "units": [], "term": 10, "round": 3, "feedback_date": None, "figures": []}),
    # https://xianyang.qinfeng.gov.cn/info/1057/43060.htm (ten units, the list broken by a comma; heard, not fed back)
    ("wugong", "https://xianyang.qinfeng.gov.cn/info/1057/43060.htm", "rounds", """近日,武功县委巡察工作领导小组召开十六届县委第十轮巡察工作汇报会,专题听取县委四个巡察组巡察县委办、县人大办、县政府办、县政协办,县委宣传部、县委统战部、县检察院、县委督查室、普集街道党工委、苏坊镇党委10个党组巡察工作情况汇报。
会议分别听取了县委4个巡察组关于十六届县委第十轮巡察工作情况汇报,并逐一对各组巡察发现的问题、线索进行详细点评,分别指出修改意见。
""", {"unit": "", "units": ["县委办", "县人大办", "县政府办", "县政协办", "县委宣传部", "县委统战部", "县检察院",
                            "县委督查室", "普集街道党工委", "苏坊镇党委"], "term": 16, "round": 10,
      "feedback_date": None}),
    # --- noisy --------------------------------------------------------------------------------------------------
    # http://m.qdubb.cn/html/2016/xunshixuncha_1210/23679.html (traditional script; five groups, five units)
    ("longyang", "http://m.qdubb.cn/html/2016/xunshixuncha_1210/23679.html", "noisy", """近日,隆陽區委第一至第五巡察組分別進駐區農業局、區衛計局、瓦房鄉、芒寬鄉、水寨鄉,并相繼于6日、7日組織召開了巡察工作動員會。
動員會上,各巡察組組長作了動員講話,全面系統地闡述了開展巡察工作的重大意義,明確了本次巡察工作的總體要求、目標任務和方法步驟。
""", {"unit": "", "units": ["区农业局", "区卫计局", "瓦房乡", "芒宽乡", "水寨乡"], "start": None}),
    # http://www.qdubb.cn/html/2022/yunlingyaowen_0524/109414.html (traditional; three rounds of two terms named)
    ("yunnan_2022", "http://www.qdubb.cn/html/2022/yunlingyaowen_0524/109414.html", "noisy", """5月24日,十一屆省委巡視工作領導小組召開第2次會議,聽取十屆省委第十四輪巡視“回頭看”移交問題線索辦理情況和“回頭看”反饋問題整改監督監管責任落實情況匯報;聽取十一屆省委第一輪巡視情況及綜合協調組工作情況匯報;研究十一屆省委第二輪巡視任務安排建議方案。
""", {"unit": "", "start": None, "feedback_date": None, "figures": []}),
    # http://www.victor-kf.com/Article/view/cateid/17/id/60150.html (traditional; central round, units counted)
    ("central_third", "http://www.victor-kf.com/Article/view/cateid/17/id/60150.html", "noisy", """國有企業是中國特色社會主義的重要物質基礎和政治基礎,是我們黨執政興國的重要支柱和依靠力量。目前,十九屆中央第三輪巡視進駐已全部完成,對3個中央單位和42家中管企業黨組織開展常規巡視。
""", {"unit": "", "units": [], "term": 19, "round": 3, "start": None, "figures": []}),
    # http://www.dameitall.com/c/2022/03/28/1297-467641.html (traditional; a page time, a meeting day and the visit)
    ("hengshan", "http://www.dameitall.com/c/2022/03/28/1297-467641.html", "noisy", """衡山縣委第二巡察組進駐縣民政局開展巡察
2022-03-28 19:28:44 來源:中國衡陽新聞網
衡陽新聞網訊 通訊員康錦玉報道 根據衡山縣委的統一部署,縣委第二巡察組正式進駐縣民政局開展巡察。3月23日上午,縣委第二巡察組在縣民政局召開巡察工作動員會,就巡察工作作動員部署。
會議傳達了十一屆衡山縣委第二輪巡察工作動員部署會上的指示精神。縣委第二巡察組將于2022年3月18日至5月27日對縣民政局開展巡察,辦公地點設于縣民政局四樓(401、402)辦公室。
""", {"unit": "县民政局", "group": "县委第二巡察组", "term": 11, "round": 2, "start": date(2022, 3, 18),
      "end": date(2022, 5, 27), "feedback_date": None}),
    # https://sidaelectron.com/xxgk/hsdt/zwyw/20250228/i3589972.html (traditional with pinyin and doubled commas)
    ("sida", "https://sidaelectron.com/xxgk/hsdt/zwyw/20250228/i3589972.html", "noisy", """2月27日上午,,十一屆縣委第十輪巡察工作動員部署會召開,??h委常委,、紀委書記,、監(jiān)委主任,、縣委巡察工作領導小組組長周耀輝出席會議。
會議通報了十一屆縣委第十輪巡察正,、副組長授權及任務分工,,并對本輪巡察工作開展進行了安排部署。本輪巡察共組建三個巡察組,,對縣數據局,、縣公路建設養(yǎng)護中心、縣應急管理局,、縣科技和工業(yè)信息化局,、縣市場監(jiān)督管理局、縣商務局等6個單位黨組織進行常規(guī)巡察,,為期2個月,。
""", {"unit": "", "units": ["县数据局", "县公路建设养护中心", "县应急管理局", "县科技和工业信息化局", "县市场监督管理局",
                            "县商务局"], "term": 11, "round": 10, "start": None}),
    # http://www.hntjqxw.com/detail/index/id/295/aid/16938.html (traditional with pinyin; list of 11 cut to four)
    ("hntj", "http://www.hntjqxw.com/detail/index/id/295/aid/16938.html", "noisy", """十四屆縣委第五輪巡察完成進駐
近日,經(jīng)縣委批準,十四屆縣委第五輪巡察對縣行政審批局、縣醫(yī)保局、縣紅十字會、縣水利局等11家單位黨組織開展常規(guī)巡察。截至9月22日,十四屆縣委第五輪巡察4個巡察組已完成進駐,十四屆縣委第五輪巡察工作全面展開。
據(jù)悉,縣委4個巡察組將在被巡察單位工作2個月。巡察組受理信訪時間截止到2023年11月24日。
""", {"unit": "", "units": ["县行政审批局", "县医保局", "县红十字会", "县水利局"], "term": 14, "round": 5,
      "start": None, "end": None}),
    # http://www.www6ccc.com/html/2018/xunshixuncha_1206/58696.html (traditional; seven rounds' statistics)
    ("wuding", "http://www.www6ccc.com/html/2018/xunshixuncha_1206/58696.html", "noisy", """巡察工作開展以來,武定縣以發現問題、形成震懾為目標,通過開展六輪常規巡察和一輪扶貧領域專項巡察,先后對29個縣級部門、11個鄉鎮進行“政治體檢”。
……截至目前,七輪巡察發現問題689個,已完成整改644個。
""", {"unit": "", "units": [], "round": None, "figures": [("problems", 689), ("completed", 644)]}),
    # http://www.www6ccc.com/html/2018/xunshixuncha_0516/47412.html (traditional; 今年 gives no year)
    ("dehong", "http://www.www6ccc.com/html/2018/xunshixuncha_0516/47412.html", "noisy", """“巡察22個基層黨組織,發現違反‘三重一大’決策規定、違反中央八項規定精神、侵害群眾利益、處事不公平、履職不廉潔、行為不守法等問題376個、線索69個。”日前,德宏州委亮出第五輪巡察成績單。
據悉,今年3月26日至5月4日,德宏州委組建派出10個巡察組,通過“州縣一體化”巡察模式,采取提級、交叉巡察的辦法,對6個州直部門、2個州直屬醫院、5個縣市的14個鄉鎮共22個基層黨組織進行政治巡察、脫貧攻堅巡察、掃黑除惡巡察。
""", {"unit": "", "units": [], "round": 5, "start": None, "end": None,
      "figures": [("problems", 376), ("clues_transferred", 69)]}),
    # http://qdubb.cn/html/2018/xunshixuncha_0528/48064.html (traditional; the parts after 其中 and advice not counted,
    # 行政處罰 is no recovered fund, 追責處理…27人 is accountability)
    ("xinping", "http://qdubb.cn/html/2018/xunshixuncha_0528/48064.html", "noisy", """發現問題精“準”。……前五輪常規巡察30個單位,發現問題506個,問題線索82條,提出巡察建議404條。
線索處置從“嚴”。……前五輪巡察,通過移交問題線索的處置辦理,縣紀委、監委、縣委組織部等有關部門共對相關責任人給予黨紀立案查處13人,其中:給予開除黨籍9人、開除公職2人,涉嫌犯罪移送司法機關9人;收繳違規違紀資金121.42萬元、行政處罰3.88萬元。給予追責處理5個單位27人。
""", {"unit": "", "round": None, "figures": [("problems", 506), ("clues_transferred", 82), ("cases_filed", 13),
                                              ("transferred_judicial", 9), ("funds_recovered", 121.42),
                                              ("accountable_people", 27)]}),
    # http://www.qdubb.cn/html/2018/yunlingyaowen_0905/53304.html (traditional with pinyin; list of 12 cut to three)
    ("lincang", "http://www.qdubb.cn/html/2018/yunlingyaowen_0905/53304.html", "noisy", """近日,隨著臨滄市委第四巡察組進(jìn)駐被巡察單位并召開了巡察工作動(dòng)員會(huì),市委第七輪巡察6個(gè)巡察組全部完成進(jìn)駐,本輪巡察工作全面展開。
據(jù)悉,本輪巡察共派出6個(gè)巡察組,將利用30天左右時(shí)間,采取“1托N”的方式,對(duì)市委黨史研究室、市農(nóng)業(yè)局、臨滄衛(wèi)生學(xué)校等12個(gè)單位(部門)開展常規(guī)巡察。
""", {"unit": "", "units": ["市委党史研究室", "市农业局", "临沧卫生学校"], "round": 7, "start": None}),
    # --- audit --------------------------------------------------------------------------------------------------
    # https://www.ettoday.net/news/20251223/3088667.htm (traditional; the State Council's audit rectification report)
    ("ettoday_audit", "https://www.ettoday.net/news/20251223/3088667.htm", "audit", """《界面新聞》報導，12月22日下午，十四屆全國人大常委會第十九次會議聽取國務院關於2024年度中央預算執行和其他財政收支審計查出問題整改情況的報告。
報告顯示，在要求「立行立改」的2186項問題中，已有98%完成整改；各地、各部門及相關單位共制定與完善制度1090多項，並就違規問題進行問責處理。
""", {"refused": True}),
    # http://www.qdpoker.com/information/hbwq51/msg22377255103.html (traditional; a district audit office's figures)
    ("haiqu_audit", "http://www.qdpoker.com/information/hbwq51/msg22377255103.html", "audit", """今年以來,區審計局進一步加強審計發現問題整改督促檢查,采取建立整改銷號機制、開展專項督查、整改“回頭看”等多項措施,推動審計查出問題整改落實到位。
2021年,海區審計局審計發現問題82個,截至7月底,已整改問題38個,采納審計建議10個,正在整改問題21個,移送問題13個,整改率達到66%。
""", {"refused": True}),
    # http://audit.sz.gov.cn/zxbs/gqgzbg/content/post_8278623.html (an audit work report)
    ("futian_audit", "http://audit.sz.gov.cn/zxbs/gqgzbg/content/post_8278623.html", "audit", """福田区2019年度本级预算执行和其他财政收支审计工作报告
区人大常委会:
受区政府委托,报告2019年度区本级预算执行和其他财政收支的审计情况,请予审议。
""", {"refused": True}),
    # https://public.zhongmu.gov.cn/D47Y/6324052.jhtml (a county audit office's rectification meeting)
    ("zhongmu_audit", "https://public.zhongmu.gov.cn/D47Y/6324052.jhtml", "audit", """近年来,中牟县审计局多措并举抓紧抓实审计整改工作,构建审计问题整改清单每月一更新的跟踪督查全过程动态管理机制,每季度召开整改推进会。2022年,为加快审计发现问题整改进度,中牟县审计局召开2022年第一季度审计整改推进会。
会议通报了各单位的整改进度,听取了相关单位现阶段审计整改情况汇报。
""", {"refused": True}),
    # http://sjfz.org.cn/show-23017.html (a province's check of audit findings still open)
    ("shanxi_audit", "http://sjfz.org.cn/show-23017.html", "audit", """2023年11月至12月,省审计厅组织市县审计机关,对党的十九大以来,审计查出未整改问题开展专项督促检查,取得明显成效。
截至12月31日,全省对2018年以来审计查出未完全整改到位的问题,通过专项督促,整改率达到55.66%。
""", {"refused": True}),
    # http://scfzw.net/lianzheng/46/52587.html (a people's congress hears an audit office's rectification figures)
    ("longchang_audit", "http://scfzw.net/lianzheng/46/52587.html", "audit", """近日,隆昌市人大常委会主任杨超、副主任冯良等领导专题调研审计整改工作。市审计局党组书记、局长林永才报告了隆昌市2020年度市级预算执行和其他财政收支审计查出问题的整改情况。截止今年11月底,审计发现的315项问题已完成整改288项,整改完成率达91.43%。
""", {"refused": True}),
]

# Collected at the same time as the c-dev batches (outside_c.py) from the same search corpus: these eight share
# their source with a c-dev text the rules were tuned on, so they are not unseen and are left out of r6.
SEEN_IN_C_DEV = frozenset({"just", "jianshe", "jingzhou", "qinan", "yunnan_2025", "guizhou", "jinxian", "yunnan_2022"})
