"""Outside texts of batch r19 (issue 14), held out. DOCSTRING_PLACEHOLDER
"""

from __future__ import annotations

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = ()

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R19 = [
    # --- news: feedbacks, mobilisations, and checks that are no party inspection -----------------------------------------
    # http://sd.sdnews.com.cn/yw/202008/t20200822_2781960.htm (a national statistics bureau's supervision group enters a
    # province, 2020: a statistical 督察, no party inspection)
    ("shandong_statistics_supervision_group_entered", "http://sd.sdnews.com.cn/yw/202008/t20200822_2781960.htm", "news", """国家统计局2020年第6统计督察组进驻山东省开展统计督察
2020-08-22 07:51:00 来源:大众日报
……经党中央、国务院授权和批准,国家统计局2020年第6统计督察组日前进驻我省开展统计督察工作,并于21日上午与省委、省政府进行对接沟通。督察组组长、国家统计局副局长鲜祖德传达了……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://fanfu.people.com.cn/n1/2016/0519/c64371-28364148.html (a central organs' discipline commission's check
    # group on a national bureau's rectification after a central inspection, 2016: a check of rectification is no party
    # inspection; 68 departments inspected and 15 checked are counted bodies, no units and no figure)
    ("meteorological_administration_rectification_special_check_2016", "http://fanfu.people.com.cn/n1/2016/0519/c64371-28364148.html", "news", """中国共产党新闻网北京5月19日电 (记者赵晶)截至目前,中央国家机关已有68个部门接受中央巡视组巡视,巡视出的问题是否整改,措施是否落实到位?针对这些问题,按照中央纪委要求,日前,中央国家机关纪工委成立了3个巡视整改情况专项检查组,首批对教育部、科技部和国土资源部等15个接受中央巡视的单位开展专项检查。
……
5月18日上午,专项检查组第二组组长周惠等一行来到中国气象局,对其巡视整改情况开展专项检查。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://agftrading.com/html/sypt/dtxx/311330.shtml (a national tobacco administration's roving guidance group of
    # the mass line campaign holds a look-back meeting, 2014, copied on an unrelated domain: a campaign's 巡回督导组 and
    # its 回头看 are no party inspection; 7 units guided are counted only)
    ("tobacco_mass_line_roving_guidance_look_back_copy", "https://agftrading.com/html/sypt/dtxx/311330.shtml", "news", """烟草在线据国家局网站报道 5月29日,国家烟草专卖局党的群众路线教育实践活动第五巡回督导组在武汉召开“回头看”工作协调会,听取江西、湖南、湖北工商两家及常德烟机有限公司等7个督导单位“学习教育、听取意见”环节“回头看”工作汇报,研究部署下一阶段工作。
……其间,会议还就中央第十二巡回督导组和国家局党组成员联系点、行业直属单位主要负责人联系点领导班子、主要领导对照检查材料上报审核和专题民主生活会召开进行了磋商。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://nengyuan.17huanbao.com/dianjiandongtai/Nengyuan_50879.html (a city power supply company's eight conduct
    # supervision groups, 2009: 行风督察 is no party inspection; 8 groups, 26 stations and 8 items are no figure)
    ("huaibei_power_supply_conduct_supervision_2009", "http://nengyuan.17huanbao.com/dianjiandongtai/Nengyuan_50879.html", "news", """从9月20日开始,安徽省淮北供电公司8个行风督察组分赴所属26个乡镇供电所,密集开展节日保供电专项督察活动,……
……9月22日上午,该公司纪委书记兼工会主席韩伟带领第六督察组,再次来到今年4月份曾经帮助暗访组拨打模拟暗访电话的农家,了解供电服务改善情况。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.jiangyin.gov.cn/doc/2022/11/24/1100150.shtml (a provincial veterans affairs department's research visit
    # to a county-level city: a 调研 is no party inspection)
    ("jiangyin_veterans_affairs_research_visit", "http://www.jiangyin.gov.cn/doc/2022/11/24/1100150.shtml", "news", """11月15日至16日
省退役军人事务厅党组成员、副厅长徐卫一行到江阴市开展专题调研。无锡市退役军人事务局党组书记、局长邱少波,江阴市退役军人事务局党组书记、局长宦雪忠陪同。
座谈会上,调研组听取了无锡市、江阴市退役军人事务局关于学习宣传贯彻党的二十大精神、烈士纪念设施维护利用以及优待证申发与目录清单制定等方面的情况汇报,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.xfrb.com.cn/article/jjsj-zhxw/11201441464168.html (a central group's mobilisation at a province, as a
    # consumer paper printed it: the group as written; the province visited is left unscored (no title's body to keep);
    # 近日 gives no date; 为期约两个半月 is no figure; no term or round is named)
    ("shanxi_central_second_group_mobilisation", "http://www.xfrb.com.cn/article/jjsj-zhxw/11201441464168.html", "news", """消费日报网讯(记者 刘自昌)近日,根据党中央关于巡视工作的统一部署,中央第二巡视组巡视山西省工作动员会正式召开。此次动员会标志着对山西省的巡视工作全面启动,……
中央第二巡视组组长孔圣根作了动员讲话,对深入扎实开展巡视工作提出要求。山西省委书记、省人大常委会主任唐登杰主持会议并讲话。
……据悉,中央巡视组将在山西省开展为期约两个半月的工作。……
""", {"group": "中央第二巡视组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.sydneytoday.com/content-50002432816 (an overseas news site on a central anti-gang supervision group's
    # feedback to a production and construction corps, 2019: 督导 is no party inspection)
    ("corps_anti_gang_supervision_feedback_overseas", "http://www.sydneytoday.com/content-50002432816", "news", """北京观察:抵触扫黑 新疆兵团或再迎反腐风暴(组图)
2019-08-09 来源: 多维新闻
……北京时间8月7日,随着黑龙江、西藏两地党报刊发中央扫黑除恶督导组向两地反馈督导情况的消息。中共中央扫黑除恶第三轮督导中的10个省份已经全部反馈结束。……
据报道,第21督导组组长宋大涵在反馈新疆兵团情况时说,在政治站位方面,(新疆兵团)有的师市和部门存在思想认识不到位,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://tlqh.gov.cn/qinghe/zwgk/zfxxgk/fdzdgknr/dchsj/dcbg/2023122814081320007/index.html (a district's supervision
    # offices look back at a road's environmental clean-up: a 督查 回头看 is no party inspection)
    ("qinghe_road_environment_supervision_look_back", "http://tlqh.gov.cn/qinghe/zwgk/zfxxgk/fdzdgknr/dchsj/dcbg/2023122814081320007/index.html", "news", """关于昌盛路环境整治工作“回头看”的通报
来源:清河区人民政府办公室 时间:2023-12-27
  5月10日,区委督查室及区政府督查室对我区昌盛路环境整治工作(5月4日《督查通报》第9期发现问题)整改落实情况进行了“回头看”,现将有关情况通报如下。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # search corpus pages (no URL returned) (a provincial justice department's own inspection mobilisation, as a
    # provincial paper printed it: no group, unit or round is named)
    ("shanxi_justice_department_2024_inspection_mobilisation", "search corpus pages (no URL returned)", "news", """《山西日报》8月26日第6版
近日,省司法厅召开2024年巡察动员部署会,要求充分发挥巡察的震慑作用,……
……要贯通协作配合,强化各部门联动,坚持巡察组与被巡察党委同题共答,提高监督效能;……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- rounds: round-level notices and statistics ---------------------------------------------------------------------
    # http://jzjjjc.gov.cn/xqdt/lsx/xsxc/sjxsxcqk/art/2021/art_e97dd5dde2e5458cbabacf99d427d4cf.html (a province's
    # eighth round of its eleventh term entered, 2020, reposted by a city: term 11, round 8; places counted only (11个市59个县),
    # no units; parts of months (9月上旬至12月上旬) give no dates)
    ("shanxi_eleventh_term_eighth_round_entered", "http://jzjjjc.gov.cn/xqdt/lsx/xsxc/sjxsxcqk/art/2021/art_e97dd5dde2e5458cbabacf99d427d4cf.html", "rounds", """十一届省委第八轮巡视全部进驻
来源:山西省纪委监委网站 发布时间: 2020-11-20 16:12
        近日,十一届省委第八轮巡视16个巡视组全部进驻11个市59个县(市、区),全面展开巡视工作。……
        经省委批准,从2020年9月上旬至2020年12月上旬,省委16个巡视组对11个市和十一届省委以来未被巡视的59个县(市、区)开展常规巡视。在巡视市的同时,对58个贫困县党委班子情况进行延伸了解。
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 8, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://ynjjjc.gov.cn/html/2014/xunshixuncha_0704/1346.html (a province's first round of 2014 summed up: round 1
    # (首轮, as settled 2 reads a year's round); six prefectures and eight provincial bodies are the round's units, the
    # places as written (settled 8), the farm bureau keeping its bracket full-width (settled 7); 发现各类问题113件 the
    # problems, 违纪违法线索474条 the clues (settled 6); talks, meetings, visitors and letters are no figure; 4月中旬 gives no
    # start; ten groups are no group)
    ("yunnan_2014_first_round_summary", "http://ynjjjc.gov.cn/html/2014/xunshixuncha_0704/1346.html", "rounds", """根据中央关于巡视工作的新部署新要求,按照省委的统一部署和省委巡视工作领导小组的具体安排,2014年省委10个巡视组于4月中旬开始,分别对昭通、曲靖、红河、大理、普洱、迪庆6个州市和省高级人民法院、省文化厅、省农业厅、省水利厅、省艺术学院、省农垦总局(集团公司)、昆明钢铁集团有限责任公司、省物流集团公司等8个省属单位开展了为期两个月的首轮巡视。……6月30日,省委巡视工作领导小组召开会议,认真听取了各巡视组首轮巡视工作情况汇报,研究审定了巡视反馈意见,……据初步统计,此轮巡视共开展个别谈话2391次,召开座谈会66次,接待来访1483人次,受理来信来电5933人次,专题听取汇报77次,发现各类问题113件,违纪违法线索474条。
""", {"unit": "", "units": ["昭通", "曲靖", "红河", "大理", "普洱", "迪庆", "省高级人民法院", "省文化厅", "省农业厅",
                              "省水利厅", "省艺术学院", "省农垦总局（集团公司）", "昆明钢铁集团有限责任公司", "省物流集团公司"],
      "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 113), ("clues_transferred", 474)]}),
    # search corpus pages (no URL returned) (a Tibetan county's leading group meeting on its groups' work: the county's
    # term 10 (十届县委巡察工作领导小组); 今年第一轮 beside a city's 二届市委第一轮 named in a speech's title: the round is not
    # scored; four groups are no group)
    ("luozha_county_leading_group_meeting", "search corpus pages (no URL returned)", "rounds", """洛扎县召开十届县委巡察工作领导小组第5次会议
来源:山南纪检监察网     发布时间:2023-05-26 10:53:16
       5月19日,县巡察工作领导小组常务副组长扎西顿珠……主持召开十届洛扎县委巡察工作领导小组第5次会议,县委常委、巡察工作领导小组副组长袁斌、四个巡察组组长、副组长及联络人员,……参加会议。
       会议传达学习《中国共产党巡视工作条例》《中共西藏自治区委员会巡视工作规划(2022—2026)》《关于印发李亚祥同志在全市巡察工作会议暨二届市委第一轮巡察动员部署会上的讲话》精神,……
       会上,四个巡察组组长分别汇报了今年第一轮巡察进驻以来工作开展情况、存在问题和困难、下一步工作计划。……
""", {"unit": "", "units": [], "group": None, "term": 10, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- noisy copies: traditional script, placeholders, junk --------------------------------------------------------
    # http://0832.org.cn/html/sypt/dtxx/309064.shtml (traditional script on an unrelated domain: a regional tobacco
    # bureau's research group on rectification and standardisation work: a 调研 is no party inspection)
    ("beihai_tobacco_standardisation_research_trad", "http://0832.org.cn/html/sypt/dtxx/309064.shtml", "noisy", """煙草在線廣西消息 近日,廣西自治區煙草專賣局(公司)整頓規范辦組成專題調研組到北海市局(公司)調研指導整頓規范工作。
調研采取召開座談會、聽匯報、查閱資料等方式進行。……
調研組對該局(公司)整頓規范工作給予了肯定,并就下一步提出了四點具體要求:……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://m.0832.org.cn/html/sypd/shichang/488051.shtml (traditional script with its pinyin-coded characters as
    # found (匯報(bào)) on an unrelated domain: a provincial tobacco bureau's guidance group on a market campaign: 督导 is no
    # party inspection)
    ("zhejiang_tobacco_campaign_guidance_trad", "http://m.0832.org.cn/html/sypd/shichang/488051.shtml", "noisy", """煙草在線據(jù)國家煙草專賣局網(wǎng)站報(bào)道 近日,浙江省煙草專賣局組織督導(dǎo)組赴臺州、嘉興等基層單位開展“天網(wǎng)1號”專項(xiàng)行動督導(dǎo),深入所隊(duì)、高速卡點(diǎn)基層部門,……
座談會上,臺州、嘉興市煙草專賣局匯報(bào)了“天網(wǎng)1號”專項(xiàng)行動工作的進(jìn)展情況,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://bbs.congrengzx.com/archiver/showtopic-14997.aspx (a forum's archive copy under a junk user name of a county
    # power company's discipline committee guidance group: 督导 is no party inspection; a 10千伏 line is no figure)
    ("chongren_power_supply_guidance_forum_copy", "http://bbs.congrengzx.com/archiver/showtopic-14997.aspx", "noisy", """TUhjnbcbe - 2025/6/12 20:04:00
“这次挖机把移动电线挂断导致的线路故障,我们尽快修复,要把今冬明春保供电工作任务落实到实处。”12月13日,国网崇仁县供电公司纪委督导组在对10千伏港下线外力破坏故障处理现场进行监督检查时强调。……该公司纪委成立专项督导组,深入各基层班组、供电所和一线作业现场,对各级人员责任落实情况开展监督。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://m.wenke99.com/p-4737241.html (a document site's copy of a district congress's research report on supply and
    # marketing cooperatives, its names starred out as found (*市*农业服务有限公司): a congress's 调研 is no party
    # inspection)
    ("district_congress_cooperatives_research_starred", "https://m.wenke99.com/p-4737241.html", "noisy", """关于区供销合作社综合改革和发展情况的调研报告*月中旬,区人大常委会组织调研组对我区供销合作社综合改革和发展情况进行了专题调研。调研组实地察看了*市*农业服务有限公司、*西园生态园、*镇向阳村秀美乡村建设点、*绿佳园农作物种植农民专业合作社等地,……区委、区政府及时研究部署,于2017年9月26日制定了*区供销合作社综合改革试点实施方案,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://3l9m6z.cn/content/2013-08/16/content_9925157.htm (traditional script with pinyin-coded characters and
    # question marks for lost spaces, on a random domain: a civil air defence office's hearing of opinions in the 2013
    # mass line campaign: no party inspection; three meetings are no figure)
    ("civil_air_defence_campaign_hearings_trad_2013", "http://3l9m6z.cn/content/2013-08/16/content_9925157.htm", "noisy", """????8月13日至14日,市人防辦領(lǐng)導(dǎo)班子面向機(jī)關(guān)黨員干部、直屬單位負(fù)責(zé)同志及群眾代表、企業(yè)代表分別召開了3個(gè)不同層面的征求意見座談會(huì),面對(duì)面聽取了各方對(duì)辦領(lǐng)導(dǎo)班子成員、人防部門的意見建議,……
????針對(duì)機(jī)關(guān)黨員干部、直屬單位與會(huì)人員提出的……等問題,……辦黨組書記、主任彭建國同志明確表示,將盡快對(duì)存在的問題、收集的意見建議進(jìn)行歸納和整理,立即整改、馬上落實(shí),……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.haowensou.com/index/article/detail/detail_id/156218.html (a speech-writing site's 2026 template with
    # placeholders for the round (区委第XX届第XX轮巡察): no term, no round, no unit)
    ("district_round_mobilisation_speech_template_2026", "http://www.haowensou.com/index/article/detail/detail_id/156218.html", "noisy", """2026年度区委巡察动员会讲话:发挥政治“显微镜”作用,护航政治生态
2026-01-26 161
在区委轮巡察工作动员部署会议上的讲话
同志们:
今天,我们在这里召开区委第XX届第XX轮巡察工作动员部署会议,主要任务是深入学习贯彻总书记关于巡视工作的重要论述和指示批示精神,……对我区新一轮巡察工作进行思想动员和具体安排。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://www.xiezuofangchengshi.com/doc/91015.html (a writing site's copy of a county secretary's mobilisation
    # speech with its names starred out as found: term 9, round 7 from the meeting's name (九届县委第七轮巡察动员部署会议))
    ("county_ninth_term_seventh_round_speech_starred", "https://www.xiezuofangchengshi.com/doc/91015.html", "noisy", """在2025年九届县委第七轮巡察动员部署会议上的讲话同志们:今天,我们在这里召开九届县委第七轮巡察动员部署会议,主要任务是深入学习贯彻习近平总书记关于巡视工作的重要论述,全面落实党中央、区党委、市委关于巡视巡察工作的新部署新要求,对本轮巡察工作进行动员部署,……刚才,*同志传达了上级有关会议精神,*同志宣布了本轮巡察组长、副组长授权任命和任务分工决定,被巡察党组织代表也作了很好的表态发言。……
""", {"unit": "", "units": [], "group": None, "term": 9, "round": 7, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://wydbw.com/info/5/372160.html (a writing site's county mobilisation speech with its agenda cut as found
    # (……): no round, term, group or unit is named; the 条例 reviewed 今年1月份 is no date of the text)
    ("county_mobilisation_speech_agenda_copy", "https://wydbw.com/info/5/372160.html", "noisy", """同志们:
县委决定,今天召开巡察动员部署会,主要任务是深入学习贯彻习近平总书记关于巡视工作的重要论述,……参加今天会议的有:县委巡察工作领导小组副组长、成员,县纪委监委、县委组织部、县委宣传部有关负责同志,县委巡察组、指导督导组全体成员,被巡察单位主要负责人,……共60多人。 今天的会议共有三项议程: 现在进行第一项:书面传达学习习近平总书记关于巡视工作的重要论述;…… 第二项:宣读《县委巡察组组长授权任职及巡察任务分工的决定》; ……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
