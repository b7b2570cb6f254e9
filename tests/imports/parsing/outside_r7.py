"""Outside texts of batch r7 (issue 14), held out: collected beside the r6 tuning pass from public pages that are in no
earlier batch (URL and text checked against every outside batch, and a distinctive phrase of each grepped in the
seeds), their fields written down by reading only. The importer was not run on them while they were collected; the
integrator ran them once (151/202 = 74.8 %, 4 invented), the honest figure for unseen texts; the r7 rules pass then
worked on them, and the family tests (test_outside_<family>.py) pin them like every earlier batch.

Families as in outside_new.py: progress (a report body without its title), news (feedback, mobilisation and entry
news, a unit's own meeting), rounds (round-level summaries and statistics), audit (审计 texts, refused), noisy
(traditional script, pinyin annotations, digits of dates run together, page chrome, placeholders). Two progress
bodies without a report title were found that no batch holds (zonggonghui, hubei_health).

Reading conventions (those of r6 and the earlier batches): a list's shared suffix is not part of its last name, a
suffix each name carries is kept, a place prefix written once stays on the first name only; a day without a year gives
no date, and a date that belongs to something else (信访 windows, a page's header date, a meeting about the round)
is no visit date; a month range with its year (2020年5月至7月) gives the first and last day of the months; a part of a
month (下旬, 中旬, 上旬) is not scored; rounds counted (前六轮, 首轮…以来) give no round number, a round named first
(首轮巡察单位) is round 1; a party congress (第十三次党代会, 十八大, 二十届三中全会) is no term; 线索 counts are
clues_transferred, found and transferred both, as in jsjw; counts that are not findings (受理咨询, 收集意见建议,
复诊问题, 整改任务) are no metric; a list cut by the collector keeps the names before the cut."""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R7 = [
    # --- progress -----------------------------------------------------------------------------------------------
    # https://gongwenku1.com/index.php?id=47900 (a progress report's body, its title not copied; 党的XX大 is a
    # placeholder, 二十届三中全会 no term)
    ("zonggonghui", "https://gongwenku1.com/index.php?id=47900", "progress", """根据区委统一部署,2024年3月15日至6月12日,区委第一巡察组对区总工会党组进行了巡察。2024年8月13日,区委巡察组向区总工会党组反馈了巡察意见。根据党务公开原则和巡察工作有关要求,现将整改进展情况报告如下。
一、巡视整改组织领导情况
区总工会党组深入学习贯彻党的XX大、二十届三中全会精神,……加强组织领导,明确职责分工,坚决抓好落实。
二、整改进展情况及成效
1.关于“政治引领有短板”问题的整改。
""", {"unit": "区总工会党组", "group": "区委第一巡察组", "term": None, "round": None,
      "start": date(2024, 3, 15), "end": date(2024, 6, 12), "feedback_date": date(2024, 8, 13), "figures": []}),
    # http://puupupc.cn/press_center/exhibition_ews/3424.html (traditional with pinyin; a province's health commission
    # publishes its progress under a news headline; 8月下旬至9月底 are parts of months, 省第十二次黨代會 no term, the
    # headline's 處罰5569人 not read as a figure of this report)
    ("hubei_health", "http://puupupc.cn/press_center/exhibition_ews/3424.html", "progress", """處罰5569人!湖北省衛(wèi)健委通報巡視整改進展
發(fā)布時間:2023-06-24
根據省委巡視工作統(tǒng)一部署,2022年8月下旬至9月底,省委第五巡視組對省衛生健康委黨組開展了營造“三個環(huán)境”專項巡視。2022年11月9日,省委第五巡視組向省衛生健康委黨組反饋了巡視意見。按照巡視工作有關要求,現將集中整改進展情況予以公布。
一、巡視整改組織領導情況
(一)提高站位抓整改,深刻領會巡視整改的重大意義
委黨組深入學習貫徹黨的二十大、習近平總書記關于湖北工作的重要講話和指示批示精神,以及省第十二次黨代會精神,……
""", {"unit": "省卫生健康委党组", "group": "省委第五巡视组", "term": None, "round": None,
      "feedback_date": date(2022, 11, 9)}),
    # --- news ---------------------------------------------------------------------------------------------------
    # http://www.tsszxyjhyy.com.cn/v-1-6427/ (the day's year from the page's own dated header; four problems joined
    # by 、)
    ("second_hospital", "http://www.tsszxyjhyy.com.cn/v-1-6427/", "news", """市委第五专项巡察组向市第二人民医院党委反馈巡察情况
时间:2024/1/19 11:27:48    作者:党建办 薛文娟
根据市委统一安排,1月17日,市委第五专项巡察组巡察市第二人民医院党委情况反馈会议召开。……会上,市委第五专项巡察组组长李康宁市第二人民医院党委反馈了巡察意见。
李康宁指出,……同时,巡察发现医院党委还存在贯彻落实党的卫生健康工作方针不到位、推动医院高质量发展进展缓慢、党建引领作用发挥不充分、人才队伍建设不合理等问题。
""", {"unit": "市第二人民医院党委", "group": "市委第五专项巡察组", "feedback_date": date(2024, 1, 17),
      "problems": 4}),
    # http://www.lydyyy.com/doc/32/2003/860.html (a hospital's own meeting after a round-level feedback; no year)
    ("first_hospital", "http://www.lydyyy.com/doc/32/2003/860.html", "news", """3月18日上午,市委第四巡察组召开市属公立医院专项巡察反馈会。为贯彻落实市委巡察组的整改要求,18日下午市第一人民医院立即召开了党委扩大会,认真学习传达市委巡察反馈意见……,成立医院巡察整改工作领导小组,研究部署专项巡察整改工作。
""", {"unit": "市第一人民医院", "group": "市委第四巡察组", "start": None, "feedback_date": None}),
    # https://www.pdsjjw.gov.cn/sitesources/zksjjjcw/page_pc/gzdt/xsxc/article71ace73c11f541a3a726bf8123aa0416.html
    # (three towns; the county prefix written once)
    ("zhoukou_towns", "https://www.pdsjjw.gov.cn/sitesources/zksjjjcw/page_pc/gzdt/xsxc/article71ace73c11f541a3a726bf8123aa0416.html", "news", """6月27日,周口市委巡察组分别向太康县马厂镇、板桥镇、逊母口镇等3个乡镇党组织反馈巡察情况。
""", {"unit": "", "units": ["太康县马厂镇", "板桥镇", "逊母口镇"], "feedback_date": None}),
    # http://www1.jwfgm.com/sjszyzl/9025.html (three groups, three units; the end day has no year)
    ("suqian", "http://www1.jwfgm.com/sjszyzl/9025.html", "news", """(速新闻记者高云龙)根据市委统一部署,10月17日至18日,市委第三巡察组、市委第六巡察组分别进驻市委网信办、宿迁日报社开展巡察,市委第四巡察组进驻宿城区项里街道开展提级巡察。巡察工作从进驻开始,至12月2日结束。
""", {"unit": "", "units": ["市委网信办", "宿迁日报社", "宿城区项里街道"], "start": None, "end": None}),
    # https://zarmfarm.com/kyguanwangmanbetx/news/group-news/28696.html (a group company's inspection of a subsidiary)
    ("chuantou_grid", "https://zarmfarm.com/kyguanwangmanbetx/news/group-news/28696.html", "news", """12月2日下午,集团党委第二巡察组巡察川投国网党委工作动员会在川投国际酒店召开。集团公司党委副书记、董事、巡察领导工作小组成员邓凯出席会议并讲话。
本轮巡察于12月2日开始,为期1个月,巡察期间设值班电话和巡察意见箱。
""", {"unit": "川投国网党委", "start": None, "end": None, "feedback_date": None}),
    # https://www.shhk.gov.cn/xwzx/002005/20240923/13e98f8e-2ef3-414e-9b6d-acd35fa0cc23.html (entry dated with its
    # year; the letters' window ends on 12月5日, not the visit)
    ("liangcheng", "https://www.shhk.gov.cn/xwzx/002005/20240923/13e98f8e-2ef3-414e-9b6d-acd35fa0cc23.html", "news", """根据区委统一部署,近日,区委第二巡察组进驻凉城新村街道开展巡察。9月20日下午召开巡察凉城新村街道党工委及所属居民区党总支进驻工作动员会,区委第二巡察组组长张宁就巡察工作进行了动员,通报巡察任务、总体安排,并就做好本轮巡察工作提出要求。
区委第二巡察组自2024年9月20日起,进驻凉城新村街道开展为期3个月的巡察,……本轮巡察受理信访时间为2024年9月20日至12月5日。
""", {"unit": "凉城新村街道党工委", "group": "区委第二巡察组", "start": date(2024, 9, 20), "end": None,
      "feedback_date": None}),
    # http://sqcb.zhoudaosh.com/smel/html/2019-09/11/content_835873.html (an entry with no date at all)
    ("shimen", "http://sqcb.zhoudaosh.com/smel/html/2019-09/11/content_835873.html", "news", """根据区委统一部署,近日,区委第三巡察组进驻石门二路街道开展巡察工作。巡查组进驻街道当天,随即召开工作动员会。……区委巡察组将在街道工作2个月。
""", {"unit": "石门二路街道", "group": "区委第三巡察组", "start": None, "end": None}),
    # http://qjpjw.gov.cn/a/xinxigongkai/xunshixunchaqingkuang/benjixunshixunchaqingkuang/fankui/20230427/2831.html
    # (three problems in one sentence; the 一要…三要 after it are advice)
    ("pulou", "http://qjpjw.gov.cn/a/xinxigongkai/xunshixunchaqingkuang/benjixunshixunchaqingkuang/fankui/20230427/2831.html", "news", """根据区委巡察工作领导小组安排,2023年2月24日,区委第二巡察组向浦楼街道党工委及所辖5个社区党委反馈巡察情况。……
根据区委统一部署,2022年10月27日至12月27日,区委第二巡察组对浦楼街道及所辖5个社区党委进行了巡察。……
方宏波指出,……但巡察中也发现浦楼街道统筹高质量发展不够有力,为民服务意识有所欠缺,党建引领作用不够凸显等问题。针对存在的问题,方宏波提出了三点意见建议:一要强化政治引领,推动高质量发展;二要强化党建引领,夯实基层基础;三要强化纪律建设,压实监督责任。
""", {"unit": "浦楼街道党工委", "group": "区委第二巡察组", "start": date(2022, 10, 27), "end": date(2022, 12, 27),
      "feedback_date": date(2023, 2, 24), "problems": 3}),
    # https://wangyi.qinfeng.gov.cn/info/1190/10605.htm (a community's mobilisation meeting; the 3月27日—5月30日
    # window is for calls, and the meeting day is not scored as the start)
    ("xinchuan", "https://wangyi.qinfeng.gov.cn/info/1190/10605.htm", "news", """根据区委统一部署,2025年4月14日,区委第三巡察组巡察桃园街道新川社区党委工作动员会召开。区委第三巡察组副组长李艳萍向新川社区党委传达学习了十一届区委第七轮常规巡察暨对村巡察巡审结合试点工作动员部署会议精神,组长石涛就开展巡察工作作了动员讲话。
……据悉,区委第三巡察组将在新川社区工作2个月。巡察期间(3月27日—5月30日)设专门联系电话。
""", {"unit": "桃园街道新川社区党委", "group": "区委第三巡察组", "term": 11, "round": 7, "end": None,
      "feedback_date": None}),
    # http://www.lajzjjjc.gov.cn/html/wenzhang_482364.html (four villages of a town, one group; no year)
    ("banzhuyuan", "http://www.lajzjjjc.gov.cn/html/wenzhang_482364.html", "news", """根据县委巡察工作领导小组的统一部署,7月16日,县委第三巡察组进驻斑竹园镇,对该镇沙堰村、金山村、小河村、斑竹园村等4个村开展第五轮三方联动、村级扶贫领域巡察工作。
当日,县委第三巡察组在斑竹园镇召开了巡察工作动员会。
""", {"unit": "", "units": ["沙堰村", "金山村", "小河村", "斑竹园村"], "group": "县委第三巡察组", "round": 5,
      "start": None}),
    # https://jijian.ecnu.edu.cn/af/2f/c26449a569135/page3.htm (the group leaders' own schools are no inspected
    # units; four problems after 包括)
    ("ecnu_feedback", "https://jijian.ecnu.edu.cn/af/2f/c26449a569135/page3.htm", "news", """第一巡察组组长、生命科学学院党委书记党远鸿,第二巡察组组长、心理与认知科学学院党委书记方媛,第三巡察组组长、政治与国际关系学院党委书记潘靓代表巡察组分别向被巡察单位反馈了巡察意见。
巡察反馈意见指出,八家被巡察单位坚持以习近平新时代中国特色社会主义思想为指导,……政治生态良好,但仍然存在一些问题,包括政治理论学习有待进一步深化,“第一议题”制度需要更加深入,议事决策机制有待持续规范和完善,队伍建设需要强化等。
""", {"unit": "", "units": [], "feedback_date": None, "problems": 4}),
    # https://wjw.bynr.gov.cn/html/xwdt/wjxw/202507/18_83022.html (three problems joined by 、; the 一是… after 意见建议
    # are advice)
    ("bynr_health", "https://wjw.bynr.gov.cn/html/xwdt/wjxw/202507/18_83022.html", "news", """根据市委统一部署,2025年7月14日,市委第二巡察组向市卫健委党组反馈了巡察情况。市委第二巡察组组长苏宏元代表市委第二巡察组向市卫健委党组领导班子反馈了巡察情况。
2025年3月24日至5月30日,五届市委第七轮巡察第二巡察组对市卫健委党组进行了巡察,……7月4日,市委书记专题会议听取了巡察情况汇报。7月14日,市委召开五届市委第七轮巡察集中反馈会议,……
苏宏元组长指出,……但从巡察情况看,仍存在贯彻落实习近平总书记关于健康中国建设的重要论述和上级决策部署不够到位、推进党的建设不够有力、全面从严治党不够深入等问题。
苏宏元组长提出了四点意见建议。一是提高政治站位,推动卫生健康事业高质量发展;……
""", {"unit": "市卫健委党组", "group": "市委第二巡察组", "term": 5, "round": 7, "start": date(2025, 3, 24),
      "end": date(2025, 5, 30), "feedback_date": date(2025, 7, 14), "problems": 3}),
    # https://wjw.ankang.gov.cn/Content-2610406.html (three problems after the three aspects named as 聚焦…; no year)
    ("ankang_health", "https://wjw.ankang.gov.cn/Content-2610406.html", "news", """8月31日,市委第四巡察组召开巡察市卫健委党委情况反馈会,市纪委常委、监委委员艾新华,市委第四巡察组组长刘晓涛,驻市卫健委纪检监察组组长徐子洵出席会议。
刘晓涛代表市委第四巡察组反馈意见。……从聚焦党中央各项决策部署在基层落实、聚焦群众身边腐败和不正之风以及群众反映强烈问题、聚焦基层党组织建设三个方面指出巡察发现的推进卫生健康事业高质量发展不够有力、医疗行业安全风险防范意识不强、基层党组织建设和干部队伍建设有短板等问题。
""", {"unit": "市卫健委党委", "group": "市委第四巡察组", "feedback_date": None, "problems": 3}),
    # https://erdosedu.com/info/1041/12848.htm (the term written with the group: 四届市委第六巡察组)
    ("erdos_education", "https://erdosedu.com/info/1041/12848.htm", "news", """12月24日,市教育局召开巡察整改工作领导小组会议,对四届市委第六巡察组巡察市教育局党组反馈意见整改工作进行再调度、再部署、再推进。……
会议认真研究完善了《市教育局党组关于落实四届市委第六巡察组巡察反馈意见的整改方案》、《市教育局党组关于落实四届市委第六巡察组巡察反馈意见整改问题总台帐》。
""", {"unit": "市教育局党组", "group": "市委第六巡察组", "term": 4, "feedback_date": None}),
    # http://www.lyctp.gov.cn/info/1039/4281.htm (a zone's first round; [2017]11号 is a document number, no date)
    ("linyi_education", "http://www.lyctp.gov.cn/info/1039/4281.htm", "news", """为扎实做好区党工委第一轮巡察教育局反馈问题整改工作,临沂高新区教育局党委严格按照区巡察一组整改要求,于7月31日召开整改部署会议,区教育局班子成员及全体工作人员、全区中小学校长和公办幼儿园园长50余人参加。
会上,教育局通报了临高教党发[2017]11号、12号整改方案,明确了整改要求、整改时限,细化责任分工,夯实责任主体。
""", {"unit": "临沂高新区教育局党委", "round": 1, "start": None, "feedback_date": None}),
    # https://sichuan.eol.cn/scjc/202303/t20230301_2310333.shtml (the day's year from the page's dated header; the
    # aspects named are no problems counted)
    ("anju_education", "https://sichuan.eol.cn/scjc/202303/t20230301_2310333.shtml", "news", """遂宁市安居区:县级交叉巡察组巡察区教育和体育局党组反馈会召开
2023-03-01 17:46:00
安居区教育和体育局
  2月23日,遂宁市安居区,县级交叉巡察组巡察区教育和体育局党组反馈会召开。安居区委巡察工作领导小组成员张先果出席会议并讲话。
  会议通报了巡察安居区教育和体育局情况反馈意见,指出了安居区教育和体育局在聚焦中省市区等重要决策部署、推进教育体制机制改革、基层党的组织建设等方面存在的问题和不足,并就落实整改工作提出了具体要求。
""", {"unit": "区教育和体育局党组", "feedback_date": date(2023, 2, 23)}),
    # http://www.ahbbjjjc.gov.cn/html/wenzhang_685463.html (two schools looked back on; the eighth round is the one
    # they were first inspected in, not this visit's)
    ("yuhui_schools", "http://www.ahbbjjjc.gov.cn/html/wenzhang_685463.html", "news", """时间:2020-06-15 08:52    来源:蚌埠市纪检监察网
……近日,蚌埠市禹会区委第二巡察组对区属小学开展教育系统巡察“回头看”,针对发现的问题现场进行反馈。
……区委巡察工作领导小组结合实际制定联动工作方案,明确在开展区委第八轮巡察工作的基础上,对蚌埠师范第二附属小学、蚌埠市迎河桥小学等2家学校党组织开展为期8天的巡察“回头看”。
""", {"unit": "", "units": ["蚌埠师范第二附属小学", "蚌埠市迎河桥小学"], "group": "区委第二巡察组", "start": None,
      "feedback_date": None}),
    # http://lpsdesyzx.lpssy.edu.cn/2024/0626/c4859a83439/page.htm (a school fed back; the address's 2024/0626 is no
    # text, so the day has no year)
    ("second_experimental", "http://lpsdesyzx.lpssy.edu.cn/2024/0626/c4859a83439/page.htm", "news", """根据市委巡察工作统一部署,6月20日,市委第二巡察组向市第二实验中学党委反馈巡察情况。市委第二巡察组副组长杨茂传达市委书记、市委巡察工作领导小组组长张定超在市委书记专题会、市委常委会上听取八届市委第五轮巡察工作情况汇报时的讲话精神。……市委第二巡察组组长冷尉向市第二实验中学党委领导班子反馈巡察意见。
""", {"unit": "市第二实验中学党委", "group": "市委第二巡察组", "term": 8, "round": 5, "feedback_date": None}),
    # --- rounds -------------------------------------------------------------------------------------------------
    # https://fundafe.com/QQwmq3Aa6X/info/read/id/18162.html (a group company's first term, third round; list of 17
    # units cut to four)
    ("wantong", "https://fundafe.com/QQwmq3Aa6X/info/read/id/18162.html", "rounds", """6月1日,集团公司第一届党委第三轮巡察工作动员会暨巡察业务培训会召开。集团公司党委书记、董事长项小龙作动员讲话。
按照集团公司党委统一部署,本轮巡察共派出6个巡察组,对皖通公司、建设公司、安联公司、传媒公司等17家单位党组织开展巡察,省委巡视办将安排人员驻组调研指导。
""", {"unit": "", "units": ["皖通公司", "建设公司", "安联公司", "传媒公司"], "term": 1, "round": 3, "start": None}),
    # https://ljzj.gov.cn/plus/view.php?aid=7655 (a special inspection's results: several figures in one quote)
    ("jingmen_rf", "https://ljzj.gov.cn/plus/view.php?aid=7655", "rounds", """“目前共发现问题线索85件,已立案8件,对2名县处级领导干部采取留置措施并移送司法机关,给予党纪政务处分7人,组织处理21人,督促追缴违规减免人防工程易地建设费项目65个,涉及资金5810.292万元……”
这是湖北省荆门市去年以来开展人防系统腐败问题专项治理取得的成果。荆门市将专项巡察作为先遣队,对口联系人防部门的派驻纪检监察组与巡察组全程对接。
""", {"unit": "", "round": None, "figures": [("clues_transferred", 85), ("cases_filed", 8), ("detained_people", 2),
                                              ("transferred_judicial", 2), ("disciplined_people", 7),
                                              ("organizational_handling", 21), ("funds_recovered", 5810.292)]}),
    # http://ynjjjc.gov.cn/html/2019/yunlingyaowen_1127/77028.html (a term's statistics; 复诊问题 are problems checked
    # again, no finding)
    ("honghe", "http://ynjjjc.gov.cn/html/2019/yunlingyaowen_1127/77028.html", "rounds", """红河哈尼族彝族自治州积极探索实践巡察促改组合机制,督促被巡察单位整改问题到位、建章立制取得长效,自2016年9月本届州委开展首轮巡察工作以来,全州巡察共发现各类问题8483个,移交问题线索1193件,立案人数238人,受党纪政务处分223人,移送司法机关8人。
……泸西县实行“四看四推动”督促检查机制,整改督促检查单位30个,“复诊”问题417个……
""", {"unit": "", "round": None, "start": None,
      "figures": [("problems", 8483), ("clues_transferred", 1193), ("cases_filed", 238),
                  ("disciplined_people", 223), ("transferred_judicial", 8)]}),
    # https://www.pdsjjw.gov.cn/sitesources/kflzw/page_pc/lzyw/xqyw/article9f9b5a6ab1a6475cb258bfb0e8963f5b.html
    # (a district's figures since 2015; notices and talks are no metric)
    ("kaifeng_gulou", "https://www.pdsjjw.gov.cn/sitesources/kflzw/page_pc/lzyw/xqyw/article9f9b5a6ab1a6475cb258bfb0e8963f5b.html", "rounds", """近年来,开封市鼓楼区始终把巡察整改作为推动全面从严治党向基层延伸的一项重要政治任务,通过建立问题清单制,签字背书制,督促检查制、公开评议制,多环节、多方位压实巡察整改责任。自2015年8月巡察工作开展以来,下发立行立改通知书56份,党政纪处理24人,诫勉谈话5人,组织处理10人,约谈被巡察单位主要负责人3人,完善各项制度19项,责令一个整改不力的被巡察单位重新整改。
""", {"unit": "", "start": None, "figures": [("disciplined_people", 24), ("admonished_people", 5),
                                               ("organizational_handling", 10), ("rules_established", 19)]}),
    # https://ai03.cn/archiver/tid-239802.html (a town committee's own first round; a stray space in 村( 社区))
    ("pingshan", "https://ai03.cn/archiver/tid-239802.html", "rounds", """平山镇启动镇级第一轮巡察工作
5月14日上午,十五届平山镇党委第一轮巡察工作动员部署会召开,……会上,镇纪委书记陈子聪宣读了该镇开展镇级首轮巡察工作的巡察组组成人员名单及要进驻开展巡察工作的机关单位、村( 社区)名单,并对本轮巡察工作进行了具体的部署。
……本次动员部署会介绍后,巡察组将进驻单位开始为期1个月巡察工作。(灵山县政府网)
""", {"unit": "", "term": 15, "round": 1, "start": None}),
    # https://www.scanju.gov.cn/xinwen/show/c95cbf059d63443f83ffd02df88d6997.html (the first line is the page's
    # clock, no date of the round; 截至28号 has no month)
    ("anju", "https://www.scanju.gov.cn/xinwen/show/c95cbf059d63443f83ffd02df88d6997.html", "rounds", """今天是:2025年12月05日
安居区政府门户网
五届区委第六轮巡察完成首批进驻
根据省委巡视巡察联动要求和区委巡察工作统一部署,五届区委第六轮巡察已正式启动,截至28号,区委3个巡察组已完成安居镇、保石镇、中兴镇的首批进驻。
""", {"unit": "", "units": ["安居镇", "保石镇", "中兴镇"], "term": 5, "round": 6, "start": None,
      "feedback_date": None}),
    # http://zjjlz.gov.cn/m/content/646747/57/12441904.html (list of 5 units cut by the text to two; the letters'
    # deadline is no end)
    ("zhangjiajie", "http://zjjlz.gov.cn/m/content/646747/57/12441904.html", "rounds", """近日,八届市委第三轮巡察的3个巡察组完成对市发改委、市国防动员办公室等5家市直单位党组织的巡察进驻工作。根据安排,本轮巡察还派出了1个巡察组,配合省委巡视,开展对市县园区的专项巡视巡察工作。
……根据安排,市委巡察组将在被巡察单位工作两个月左右。……各巡察组受理信访时间截至2023年4月28日。
""", {"unit": "", "units": ["市发改委", "市国防动员办公室"], "term": 8, "round": 3, "start": None, "end": None}),
    # https://qlxww.cn/a/xinwen/guojixinwen/20221020/13215.html (units counted, not named)
    ("qlxww", "https://qlxww.cn/a/xinwen/guojixinwen/20221020/13215.html", "rounds", """10月18日,十五届市委第三轮巡察工作动员部署会在市委召开。市委常委、市纪委书记、监委主任李川虎,市委常委、组织部部长刘晓彬出席会议。
按照市委统一部署,本轮巡察成立三个巡察组,对6个市级部门、6个村(社区)进行巡察监督。
""", {"unit": "", "units": [], "term": 15, "round": 3, "start": None}),
    # http://epaper.sxrb.com/shtml/sxfzb/20220907/795675.shtml (今年8月下旬 is a part of a month without a year; the
    # extended inspections after the regular list are cut)
    ("datong", "http://epaper.sxrb.com/shtml/sxfzb/20220907/795675.shtml", "rounds", """大同精准落实政治巡察要求
本报讯(记者宋建峰)近日,大同市巡察工作会议暨十六届市委第二轮巡察动员部署会议召开,省委常委、大同市委书记卢东亮出席会议并讲话。
经大同市委批准,从今年8月下旬至11月上旬,大同市委派出6个巡察组对市住建局党组、市交通运输局党组等16个市直单位党组织开展常规巡察……
""", {"unit": "", "units": ["市住建局党组", "市交通运输局党组"], "term": 16, "round": 2, "start": None,
      "end": None}),
    # http://jx.people.com.cn/n2/2021/0421/c186330-34685866.html (a central round's months with their year; 2020年8月
    # is when the feedback was published, no feedback day)
    ("central_fifth", "http://jx.people.com.cn/n2/2021/0421/c186330-34685866.html", "rounds", """十九届中央第五轮巡视整改进展情况开始公布
本报北京4月20日电 (记者张洋)20日起,中央纪委国家监委网站向社会公布十九届中央第五轮巡视整改进展情况,接受干部群众监督。
根据党中央统一部署,2020年5月至7月,十九届中央第五轮巡视对35个中央和国家机关单位党组织开展常规巡视,2020年8月公布了反馈情况。
20日当天,中央纪委国家监委网站公布了11家单位巡视整改进展情况。
""", {"unit": "", "units": [], "term": 19, "round": 5, "start": date(2020, 5, 1), "end": date(2020, 7, 31),
      "feedback_date": None}),
    # https://reportify.cn/news/1142425158259183616 (a bullet summary of a provincial round on universities)
    ("province_universities", "https://reportify.cn/news/1142425158259183616", "rounds", """巡视工作部署与实施 - 十二届省委第七轮巡视安排15个巡视组对44所省属本科高校党委开展常规巡视,对5所高校的5家附属医院党委开展重点延伸巡视 [1]
""", {"unit": "", "units": [], "term": 12, "round": 7, "start": None, "feedback_date": None}),
    # http://lnst.gov.cn/html/CYSTQ/202502/0173924119639758.html (a round fed back, seven units named, problems per
    # unit; the round-level inspection has no problems of its own to score)
    ("shuangta", "http://lnst.gov.cn/html/CYSTQ/202502/0173924119639758.html", "rounds", """按照区委工作安排,2024年9月13日至12月13日,八届区委第七轮巡察派出3个巡察组,分别对区委办、区人大机关党组、区政协机关党组、区应急局党委、区交通局党组、区供销社党组、双塔街道党工委及其下辖7个社区党组织共14个党组织开展了常规巡察。巡察反映出,各被巡察党组织在落实全面从严治党主体责任、加强基层党组织和干部队伍建设等方面还存在短板。日前,区委巡察组已分别向被巡察单位党组织反馈了巡察情况,要求限期整改巡察发现的问题。现向社会公开巡察反馈情况,接受广大党员群众监督。
区委办存在的主要问题是:一是落实党的路线方针政策和党中央重大决策部署不到位,与新时代办公厅工作要求有差距。二是持续推进全面从严治党力度不够,工作作风有待夯实。三是党组织领导班子建设不到位,党建工作抓得不实。
""", {"unit": "", "units": ["区委办", "区人大机关党组", "区政协机关党组", "区应急局党委", "区交通局党组", "区供销社党组",
                            "双塔街道党工委"], "term": 8, "round": 7, "start": date(2024, 9, 13),
      "end": date(2024, 12, 13), "feedback_date": None}),
    # http://heze.cn/hzrb/pc/c/content_59087.html (a county's village pilot: clues found and transferred both count,
    # as in jsjw; 立行立改 and problems solved for people are no metric)
    ("caoxian", "http://heze.cn/hzrb/pc/c/content_59087.html", "rounds", """据悉,该县县委以解决民生领域和群众关心的突出问题为重点,决定开展村(居)巡察试点工作,将解决群众“急难愁盼”的问题贯穿巡察工作全过程。截至目前,该县县委7个巡察组已完成对6个镇街40个村(居)的现场巡察,发现重点问题430个,推动立行立改问题35个,发现问题线索40条、已移交24条,帮助群众解决实际问题37个,有效发挥了巡察联系群众的纽带作用。
""", {"unit": "", "round": None, "figures": [("problems", 430), ("clues_transferred", 40),
                                              ("clues_transferred", 24)]}),
    # https://baguadi.com/articles/8A36OR3E.html (a round heard by the secretary; the meeting is no visit date)
    ("liuju_fourth", "https://baguadi.com/articles/8A36OR3E.html", "rounds", """7月4日,市委书记郭静主持召开市委书记专题会,听取六届市委第四轮巡察情况汇报。……
市委巡察办主任和市委4个巡察组组长先后作了汇报。
""", {"unit": "", "term": 6, "round": 4, "start": None, "feedback_date": None}),
    # --- audit --------------------------------------------------------------------------------------------------
    # http://rddy.org.cn/show-90263.html (a province's audit rectification report, its title not copied)
    ("jiangxi_audit_2024", "http://rddy.org.cn/show-90263.html", "audit", """——2024年11月26日在江西省第十四届人大常委会第十三次会议上
省审计厅厅长 李伟
省人大常委会:
……按照省委、省政府部署要求,省委审计委员会办公室、省审计厅将《江西省人民政府关于2023年度省级预算执行和其他财政收支的审计工作报告》(以下简称《审计工作报告》)反映的所有问题及建议全部纳入整改范围,向11个设区市、33家单位印发整改通知,……现将有关情况报告如下:
""", {"refused": True}),
    # http://sjj.trs.gov.cn/xwzx/sszx/202505/t20250526_87926041.html (a district audit office's check of overdue
    # rectification)
    ("bijiang_audit", "http://sjj.trs.gov.cn/xwzx/sszx/202505/t20250526_87926041.html", "audit", """为进一步压实审计整改主体责任,确保审计发现问题真改实改,近期,碧江区委审计办对审计发现问题超期限未完成整改的单位开展现场督导。……深入区住建局、区教育局、区自然资源局、区山水集团等单位,对尚未完成整改的问题逐一梳理。(碧江区审计局:龚羽)
""", {"refused": True}),
    # https://www.qz.gov.cn/art/2019/11/26/art_1229039043_215920.html (an audit work report)
    ("quzhou_audit", "https://www.qz.gov.cn/art/2019/11/26/art_1229039043_215920.html", "audit", """关于2018年度市级预算执行
和其他财政收支的审计工作报告
衢州市审计局局长 刘石平
主任、各位副主任、秘书长,各位委员:
我受市政府委托,报告2018年度市级预算执行和其他财政收支的审计情况,请予审议。
……2018年7月至2019年6月,全市审计系统共组织完成审计和审计调查项目108个,向社会公告审计结果130份,查出违规金额2.23亿元、损失浪费金额1800万元、管理不规范金额141.48亿元,审计处理处罚金额34.85亿元,促进完善制度27项,提出审计建议被采纳131条。
""", {"refused": True}),
    # http://finance.dzwww.com/sdcj/201807/t20180724_17645096.html (an audit work report; 2018724日 has lost its
    # 年 and 月)
    ("shandong_audit", "http://finance.dzwww.com/sdcj/201807/t20180724_17645096.html", "audit", """关于山东省2017年度省级预算执行和其他财政收支的审计工作报告
——2018724日在山东省第十三届人民代表大会常务委员会第四次会议上
山东省审计厅厅长  孙成良
主任、各位副主任、秘书长、各位委员:
我受省政府委托,向省人大常委会报告2017年度省级预算执行和其他财政收支审计情况,请予审议。
""", {"refused": True}),
    # --- noisy --------------------------------------------------------------------------------------------------
    # http://www.yzmotherd.cn/s/31137-82925-282428.html (traditional script; a city group in an enterprise; no year)
    ("luxi_group", "http://www.yzmotherd.cn/s/31137-82925-282428.html", "noisy", """4月3日,市委第二巡察組巡察魯西集團黨委工作動員會在總部大報告廳召開。市紀委常務副書記高尚卿、市委第二巡察組組長范延軍、國資委黨委書記金同元、第二巡察組成員出席動員會,集團領導班子、副部級以上人員參加動員會。
""", {"unit": "鲁西集团党委", "group": "市委第二巡察组", "start": None, "feedback_date": None}),
    # http://qdubb.cn/html/2025/xunshixuncha_0303/135577.html (traditional; a town and its 14 villages looked back on)
    ("jiangna", "http://qdubb.cn/html/2025/xunshixuncha_0303/135577.html", "noisy", """“這次巡察做得比較好的地方是通過大數據比對,及時發現惠民惠農補貼中的問題。”文山州委第四巡察組在巡察結束后,復盤對硯山縣江那鎮黨委及所屬14個村(社區)黨組織,開展“鄉(鎮)、村(社區)一體”提級巡察工作情況,總結經驗做法、查找短板弱項、明確努力方向。
""", {"unit": "砚山县江那镇党委", "group": "州委第四巡察组", "start": None, "figures": []}),
    # https://www.jeji.xyz/info/1094/10641.htm (traditional; a university's third round, 第十三次黨代會 no term)
    ("third_campus_round", "https://www.jeji.xyz/info/1094/10641.htm", "noisy", """為深入貫徹落實中央關于巡視巡察工作要求及教育部黨組關于巡視巡察工作的部署,進一步落實學校第十三次黨代會關于一屆任期內實現校內巡察全覆蓋的目標,學校黨委啟動第三輪校內巡察。
4月22日,巡察工作領導小組第四次會議審議通過了第三輪巡察工作方案,確定了第三輪校內巡察的對象為設計學院黨委、地理科學學院黨委、化學與分子工程學院黨委。4月29日,第三輪巡察工作部署會召開。
5月8日,設計學院召開了巡察動員會,5月15日,地理科學學院、化學與分子工程學院分別召開了巡察動員會。
""", {"unit": "", "units": ["设计学院党委", "地理科学学院党委", "化学与分子工程学院党委"], "term": None, "round": 3,
      "start": None}),
    # https://www.2mdqqw1.xyz/lxy/info/2452/6550.htm (traditional with pinyin; a meeting before the mobilisation)
    ("lixueyuan", "https://www.2mdqqw1.xyz/lxy/info/2452/6550.htm", "noisy", """11月5日下午,根據(jù)學(xué)校黨委的統(tǒng)一部署,學(xué)校黨委第三巡察組在明理樓C301與理學(xué)院班子見面溝通。此次會議是巡察工作動員會前的重要環(huán)節(jié),旨在確保雙方充分理解巡察任務(wù),明確工作要求,為后續(xù)的巡察工作奠定堅實基礎(chǔ)。
""", {"unit": "理学院", "group": "党委第三巡察组", "start": None, "feedback_date": None}),
    # https://newton.com.tw/wiki/%E5%AF%8C%E9%99%BD%E5%8D%80%E5%A7%94%E5%B7%A1%E5%AF%9F%E5%B7%A5%E4%BD%9C%E9%A0%98%E5%B0%8E%E5%B0%8F%E7%B5%84%E7%AC%AC%E4%B8%80%E6%AC%A1%E6%9C%83%E8%AD%B0
    # (traditional; the first round's units named; 2017年度 is a plan's year)
    ("fuyang_first", "https://newton.com.tw/wiki/%E5%AF%8C%E9%99%BD%E5%8D%80%E5%A7%94%E5%B7%A1%E5%AF%9F%E5%B7%A5%E4%BD%9C%E9%A0%98%E5%B0%8E%E5%B0%8F%E7%B5%84%E7%AC%AC%E4%B8%80%E6%AC%A1%E6%9C%83%E8%AD%B0", "noisy", """日前,區委巡察工作領導小組第一次會議召開。
會議聽取了區委巡察辦巡察工作準備情況匯報,審議了巡察工作相關配套制度、2017年度巡察工作計畫,確定了首輪巡察單位,全面部署了巡察工作。
會議確定,2017年度巡察對象為4個鄉鎮(街道)和16家區級機關,首輪巡察單位為區史志辦、區總工會、區婦聯、區文聯,每個單位進駐時間一個月左右。
""", {"unit": "", "units": ["区史志办", "区总工会", "区妇联", "区文联"], "round": 1, "start": None}),
    # http://guilinlt.com/?p=2963 (traditional with pinyin; a city investment group's first special inspection; the
    # same page is mirrored at m.bakeandbouffees.com and jxxuetang.com, taken once)
    ("jiantou_first", "http://guilinlt.com/?p=2963", "noisy", """市建投集團啟動首輪專項巡察
10月30日,根據(jù)市建投集團黨委統(tǒng)一部署,巡察工作組前往深圳前海中貿(mào)通供應鏈有限公司開展專項巡察。
……根據(jù)巡察工作計劃安排,今年年底前將對集團公司下屬兩家子公司開展專項巡察。
""", {"unit": "深圳前海中贸通供应链有限公司", "round": 1, "start": None}),
    # http://iosapp77.com/quanzhou/dehua/xw/2865893.html (traditional; a town's villages inspected, the town is no
    # unit; consultations and collected suggestions are no metric)
    ("dehua", "http://iosapp77.com/quanzhou/dehua/xw/2865893.html", "noisy", """“巡察‘探頭’是架到了村里,可是村里沒什么人……”此前,德化縣委巡察組進駐龍門灘鎮,對該鎮所轄12個村進行常規巡察時,許多巡察組干部吐露共同感受。
……進駐期間,巡察組累計受理群眾咨詢183人次、來信7份、電話投訴56次。巡察組借助城關兩鎮紀檢監察干部和社區網格員力量,穿梭于群租房、大宅院、職工公寓等場所了解有關信息。巡察組干部累計開展網格走訪200多戶次,收集問題及意見建議93個,和進城群眾架起了一座座“連心橋”。
""", {"units": [], "start": None, "figures": []}),
    # http://redtowerstudio.com/xwzx/2017-05/11/content_272333.htm (traditional with pinyin; provincial inspections
    # since the 18th congress: 5.8萬余件 read as 58000 clues, two counts of cases filed and of organisational handling)
    ("provinces_18th", "http://redtowerstudio.com/xwzx/2017-05/11/content_272333.htm", "noisy", """記者日前從中央巡視辦獲悉,黨的十八大以來,31個(gè)省區(qū)市和新疆生產(chǎn)建設(shè)兵團(tuán)黨委在完成巡視全覆蓋過程中,發(fā)現(xiàn)領(lǐng)導(dǎo)干部違紀(jì)違規(guī)問題線索5.8萬余件,其中涉及廳局級(jí)干部1.3萬件、縣處級(jí)干部3.96萬件。根據(jù)巡視移交問題線索,各級(jí)紀(jì)檢監(jiān)察機(jī)關(guān)立案審查廳級(jí)干部1225名、處級(jí)干部8684名,組織部門對(duì)121名廳級(jí)和921名處級(jí)干部作出組織處理。
""", {"unit": "", "term": None, "round": None,
      "figures": [("clues_transferred", 58000), ("cases_filed", 1225), ("cases_filed", 8684),
                  ("organizational_handling", 121), ("organizational_handling", 921)]}),
    # https://ttnews.xyz/a/5faa63d8dc9b5e6059399a03 (traditional; a provincial round on enterprises and districts,
    # its list cut to three; 7月底前 ends without a year)
    ("shandong_seventh", "https://ttnews.xyz/a/5faa63d8dc9b5e6059399a03", "noisy", """十一屆省委第七輪巡視工作動員部署會召開
本報濟南4月23日訊 十一屆省委第七輪巡視工作動員部署會今天召開。
經省委批准,十一屆省委第七輪巡視安排15個巡視組,對山東省魯信投資控股集團有限公司、兗礦集團有限公司、山東省農村信用社聯合社……等13家省管企業黨委……開展常規巡視;……7月底前結束現場巡視。
""", {"unit": "", "units": ["山东省鲁信投资控股集团有限公司", "兖矿集团有限公司", "山东省农村信用社联合社"], "term": 11,
      "round": 7, "start": None, "end": None}),
    # http://m.qdubb.cn/html/2024/toutiao_0723/130762.html (traditional; a provincial round's mobilisation)
    ("yunnan_eighth", "http://m.qdubb.cn/html/2024/toutiao_0723/130762.html", "noisy", """7月23日,十一屆省委第八輪巡視工作動員部署會召開。
省委常委、省委巡視工作領導小組組長馮志禮作動員講話,省委常委、省委巡視工作領導小組副組長劉非宣布本輪巡視組組長授權任職及任務分工決定。
""", {"unit": "", "term": 11, "round": 8, "start": None}),
    # http://578011.com/news/gansuxinwen/20150312/169525.html (traditional with pinyin; 2015年 is the round's year,
    # no term; the cities' sentence cut, the three enterprises kept)
    ("gansu_2015", "http://578011.com/news/gansuxinwen/20150312/169525.html", "noisy", """大西北網(wǎng)3月12日訊 2015年省委第一輪巡視工作日前正式啟動(dòng),省委將派出8個(gè)巡視組分別對(duì)5個(gè)市(州)及所轄15個(gè)縣(市、區(qū))開展常規(guī)巡視,對(duì)3家省屬國(guó)有骨干企業(yè)開展專項(xiàng)巡視。
……同時對(duì)省廣播電視網(wǎng)絡(luò)股份有限公司、甘肅物產(chǎn)集團(tuán)有限責(zé)任公司、靖遠(yuǎn)煤業(yè)集團(tuán)有限責(zé)任公司3家省屬國(guó)有骨干企業(yè)開展為期1個(gè)月的專項(xiàng)巡視。
""", {"unit": "", "units": ["省广播电视网络股份有限公司", "甘肃物产集团有限责任公司", "靖远煤业集团有限责任公司"],
      "term": None, "round": 1, "start": None}),
    # https://rcwkj.com/gzdt/p/303.html (traditional with pinyin and doubled commas; a district's health system is no
    # unit; 56 problems in six aspects)
    ("health_system", "https://rcwkj.com/gzdt/p/303.html", "noisy", """根據(jù)市委巡察工作部署,,2018年3月15日至4月15日,,市委第三專項巡察組對我區(qū)醫(yī)療衛(wèi)生系統(tǒng)開展了專項巡察,。近日,,經(jīng)市委巡察辦同意,市委第三專項巡察組向我區(qū)醫(yī)療衛(wèi)生系統(tǒng)反饋巡察情況,。
巡察反饋指出了我區(qū)醫(yī)療衛(wèi)生系統(tǒng)在黨的政治建設(shè),、思想建設(shè)、組織建設(shè),、作風建設(shè)、紀律建設(shè)和奪取反腐敗斗爭壓倒性勝利等六個方面存在的56個具體問題,。
""", {"group": "市委第三专项巡察组", "start": date(2018, 3, 15), "end": date(2018, 4, 15), "feedback_date": None,
      "figures": [("problems", 56)]}),
    # http://m.juzitie.cn/p/2824866.html (traditional with pinyin; a return visit's feedback; no year)
    ("education_review", "http://m.juzitie.cn/p/2824866.html", "noisy", """根據(jù)市委巡察工作統(tǒng)一部署,3月30日下午,副市長吳國雄率市委第三巡察組到市教育局反饋巡察“回頭看”情況,對(duì)巡察整改工作提出要求。市委第三巡察組組長陳敏反饋巡察發(fā)現(xiàn)的主要問題并提出整改意見。市教育局黨組書記、局長陳升主持會(huì)議并作表態(tài)發(fā)言。
""", {"unit": "市教育局", "group": "市委第三巡察组", "feedback_date": None}),
    # http://m.dingqianjf.com/news/show/39ea2acceeb6ce71.html (traditional with pinyin; six problems separated by
    # semicolons, then advice 一是…三是; the unit's bracketed second name kept)
    ("district_education", "http://m.dingqianjf.com/news/show/39ea2acceeb6ce71.html", "noisy", """根據(jù)區(qū)委部署,近日,區(qū)委第二巡察組向區(qū)教育工作黨委(區(qū)教育局)反饋巡察情況。會議向田曉余同志傳達了區(qū)委書記陸方舟在聽取七屆區(qū)委第八輪巡察情況匯報時的講話精神,區(qū)委第二巡察組組長錢偉勤代表巡察組分別向田曉余同志和區(qū)教育工作黨委(區(qū)教育局)領(lǐng)導(dǎo)班子反饋了巡察情況。
錢偉勤同志在反饋中指出,巡察發(fā)現(xiàn)區(qū)教育工作黨委(區(qū)教育局)存在一些問題,主要是:立足新時代新要求研究教育工作規(guī)律不夠;落實教育領(lǐng)域改革要求、推動教育高質(zhì)量發(fā)展仍有不足;解決群眾對教育的急難愁盼問題存在差距;推進全面從嚴治黨走深走實仍有弱項;重點領(lǐng)域、關(guān)鍵環(huán)節(jié)風(fēng)險防控存在疏漏;黨建和干部隊伍建設(shè)存在短板等。
錢偉勤同志提出了三點意見建議:一是進一步加強黨對教育事業(yè)的全面領(lǐng)導(dǎo),提升區(qū)域教育質(zhì)量水平和內(nèi)涵品質(zhì);二是進一步落實管黨治黨政治責(zé)任,提升全面從嚴治黨的能力水平;三是進一步推進教師隊伍現(xiàn)代化建設(shè),提升教育對區(qū)域社會經(jīng)濟發(fā)展的支撐力和貢獻度。
""", {"unit": "区教育工作党委（区教育局）", "group": "区委第二巡察组", "term": 7, "round": 8, "feedback_date": None,
      "problems": 6}),
]

# The collector's overlap check (URLs, then 12-character shingles against every earlier batch) found no shared URL and
# no shared source; the texts below share only official formulas with earlier texts (the longest shared run is 23
# characters: 根据区委统一部署…, 党务公开原则和巡察工作有关要求, 习近平新时代中国特色社会主义思想为指导,
# 年度省级预算执行和其他财政收支的审计工作报告, 年5月至7月,十九届中央第…, and in the pinyin-annotated texts
# 領(lǐng)導(dǎo)班子反饋了巡察, 根據(jù)市委巡察工作), which the four-shingle rule counts (bench/outside_overlap.py).
# Kept, and named here so the integrator can leave them out if he reads the rule strictly.
SHARES_FORMULAS_ONLY = frozenset({
    "zonggonghui", "pulou", "banzhuyuan", "ecnu_feedback", "central_fifth", "jiangxi_audit_2024", "quzhou_audit",
    "shandong_audit", "liangcheng", "shimen", "health_system", "education_review", "district_education",
})
