"""Outside texts of batch r26-held, third collector (C) (issue 14), held out: collected with the search tool from public
pages that are in no earlier batch. Collector C's share: provincial and central inspections of places and departments
(巡视 entries, mobilisations, feedbacks and progress reports of provinces, cities and provincial departments after a
provincial or central round, provincial rounds' deployments) and audit rectification texts of any body; collector A
(outside_r26.py) has enterprises and institutions, collector B (outside_r26b.py) county and district bodies.

How overlap was checked. Each candidate's address was grepped in every outside batch (outside_*.py, r25's two files
outside_r25.py and outside_r25b.py and the other collectors' outside_r26.py and outside_r26b.py among them) and in
test_outside_documents.py, as a whole and by its distinctive part (its numeric id or path, so with and without www./m./
mip./wap. and its query string), and two or three distinctive names or phrases of each text (people, lists, dates,
counts) were grepped in simplified and traditional script. Every text was then compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r26c.py` (its summary is in the report; no address is shared
but the placeholder "search corpus pages (no URL returned)"). The pages corpus is nearly exhausted: of about 110
candidate addresses checked, about nine in ten were earlier batches' (every hit for provincial leading groups'
meetings, Hebei, Anhui, Zhejiang, Hubei, Hunan, Fujian, Sichuan, Tibet, Ningxia and Guangxi provincial rounds, the
nineteenth and twentieth central rounds, Heilongjiang's Suihua feedback, Hainan's civil affairs progress and most
audit work and rectification reports to people's congresses). Three texts share a round or a province's template with
an earlier batch and are named in SHARES_TEMPLATE below. The overlap tool counts two texts as sharing more than its
stock of formulas with the seeds (both progress reports, both in SHARES_TEMPLATE: the provincial progress formula); the
measured texts share official formulas only (e.g. 中央巡视工作领导小组办公室负责同志向, 召开的中央巡视工作动员部署会议透露,
根据省委巡视工作领导小组统一部署,); the longest shared run is 42 characters.

Their fields are written down by reading only. The importer was not run on them, no test or bench that runs it was run
(only bench/outside_overlap.py, which loads cases without running it), and the collector read neither imports/parsing
nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, extract and score, and the
brief).

Sources: 15 texts from the search tool's "pages" corpus, 13 with their address and 2 with none returned ("search corpus
pages (no URL returned)").

Families and counts (15 texts, 3 in SHARES_TEMPLATE, 12 measured): progress 2, both in SHARES_TEMPLATE
(yicheng_twelfth_term_third_round_progress_product_site_copy, provincial_fourth_group_civil_affairs_department_progress_2024);
news 5, one in SHARES_TEMPLATE (tianzhu_provincial_eleventh_group_mobilisation_2024) and four measured
(provincial_fifth_group_civil_affairs_department_entry_2017, qinan_provincial_fourth_group_visit_2010,
shandong_central_third_group_look_back_mobilisation_copy, jilin_central_fourth_group_feedback_2014); rounds 4, all
measured (central_2016_first_round_look_back_deployment, jiangsu_2017_first_round_mobilisation_counted_bodies,
guangdong_fourth_batch_twelve_bodies_list (a list of 12 bodies), jilin_2016_first_round_look_back_ten_bodies (a list of
10 bodies)); audit 2, both measured and expecting nothing (zhejiang_audit_department_rectification_check_pinyin_trad,
jilin_audit_tracking_rectification_check_trad: an audit office's check of audit rectification, no party inspection;
filed under audit as r21's audit texts in traditional script are); noisy 2, both measured
(yunnan_2016_second_round_deployment_trad, traditional script; jilin_eleventh_term_eleventh_round_universities_spun_trad,
traditional script with 省委 spun out and 得 for 的). No measured progress report: every provincial or municipal progress
report the corpus returned was an earlier batch's or shares a round or template with one.

Fields read (the collector's count; a unit of "" for a round-level text counts as a field, each unit of a list and each
figure counts; absence checks counted as the scorer passes them: each None, each [] of units or figures and each
problems 0): 64 fields and 89 absence checks in all, 47 fields and 80 absence checks outside SHARES_TEMPLATE. By family
outside SHARES_TEMPLATE: progress 0 and 0, news 11 and 24, rounds 29 and 26, audit 2 and 18, noisy 5 and 12. Figures
read: none outside SHARES_TEMPLATE; in it measures 205 and rules_established 70 (Yicheng) and rules_established 27 (the
civil affairs department's 修订完善制度规范27项).

Reading conventions followed: outside_set.py's settled conventions 1-11 and the written conventions of outside_r24.py's
docstring, and the notation of the brief. In particular: an entry day is the visit's start when the text tells no span,
its year taken from the dated line when the text gives none (the 2017 entry's 8月15日 from 16.08.2017); a day without a
year that neither the text nor its dated line dates gives no date (Shandong's 2月28日—4月28日); a span in parts of
months or a planned time (9月上旬…陆续进驻, 5月中旬进驻, 2个月左右) gives no start and no end; a round told with its year
and no term (2016年中央第一轮巡视, 2016年第二輪巡視, 2016年省委第一轮巡视) is that round with no term, and 本届省委第一轮
is round 1 with no term (the term is not numbered); a batch (第四批) is no round; counted bodies (对29个部门和单位,
14个单位, 33所省屬高校) are no units, and bodies named as examples before a count (中央宣传部等32家) leave the units
unscored; a list of bodies named in full (四平市、通化市…10家单位) gives them all as units, as written; a place visited
alone is the unit as the text names it (吉林省, 山东省, 秦安县); audits and an audit office's checks of audit rectification are no
party inspection: no unit, no group, no dates, no round, no figures; expected values of traditional-script texts are
written simplified.

What I was unsure of, and how I read it: the central 2016 round's four provinces (辽宁、安徽、山东、湖南等4个省) are a
full list but sit beside 32 bodies named by one example, so the units are left unscored; the Guangdong list has no year
in its excerpt and is cut after the sixth group, so it expects the twelve bodies it keeps and no dates; its 第四批 is read
as no round (None: a careless reader would make it round 4); the Jilin universities' spun copy dates its entries only as
截至10月13日 with a year only in its hearing deadline (2021年12月7日), so the start is left unscored and the end is None
(the hearing deadline and the planned 2个月左右 are no end); the spun 十一屆吉林第十一輪巡視 is read as term 11, round 11;
the Jilin feedback of 2014 is told as 今天上午 (the date only in the address), so no feedback day; Shandong's mobilisation
and the Jilin feedback take the province as the unit as the texts name it (not 省委), and the 2010 visit takes 秦安县 as the
text names it in the city's request (the visit itself says 赴秦安), its 12月7日 undated in the text; the 2024 civil
affairs progress report names no province, but its visit ended and was fed back on the very days of r8's
provincial_statistics_trad (one province's round, it seems) and it follows the template of r14's Hainan civil affairs
report, so it goes to SHARES_TEMPLATE (its fields are written as read all the same); the Tianzhu mobilisation is in the
Guizhou round whose entries r24 holds on the same portal, so it goes to SHARES_TEMPLATE; the Yicheng progress report is
another copy of the round whose rectification meeting r12's yicheng_provincial_rectification_meeting holds, so it goes
to SHARES_TEMPLATE.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a product site's copy of a county-level city's progress on the twelfth provincial committee's third round, whose
    # rectification meeting of the same city r12's yicheng_provincial_rectification_meeting holds
    "yicheng_twelfth_term_third_round_progress_product_site_copy",
    # a provincial civil affairs department's progress on a round whose visit ended and was fed back on the same days as
    # r8's provincial_statistics_trad (2023年…至12月29日, feedback 2024年2月26日: one province's round), in the provincial
    # progress template r14's hainan_civil_affairs_provincial_progress holds (省民政厅党组关于巡视整改进展情况的通报…)
    "provincial_fourth_group_civil_affairs_department_progress_2024",
    # a provincial group's mobilisation at a county in the round (十三届省委第六轮, its groups entered by 11月5日 2024) whose
    # entries r24's guizhou thirteenth-term sixth round text holds on the same portal (wxredian.com)
    "tianzhu_provincial_eleventh_group_mobilisation_2024",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R26C = [
    # --- progress reports ---------------------------------------------------------------------------------------------
    # search corpus pages (no URL returned) (a provincial civil affairs department's committee reports its rectification
    # after a provincial group's visit, under its title: visit span and feedback day as told; 修订完善制度规范27项 is the
    # rules_established figure) -- SHARES_TEMPLATE
    ("provincial_fourth_group_civil_affairs_department_progress_2024", "search corpus pages (no URL returned)", "progress", """省民政厅党组关于巡视整改进展情况的通报
发布日期: 2024-10-25 15:39   来源:厅办公室    浏览次数:    字号:【


根据省委统一部署,2023年11月13日至12月29日,省委第四巡视组对省民政厅党组开展了巡视。2024年2月26日,省委巡视组向省民政厅党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。

一、整改工作组织情况
……强化组织领导。及时成立由厅党组书记任组长,其他班子成员为副组长的省民政厅巡视整改工作领导小组,……在巡视整改过程中,注重推动建章立制,深化巡视的治本作用,巡视整改以来,修订完善制度规范27项,进一步健全靠制度解决问题和推动工作的长效机制。……
""", {"unit": "省民政厅党组", "group": "省委第四巡视组", "term": None, "round": None,
      "start": date(2023, 11, 13), "end": date(2023, 12, 29), "feedback_date": date(2024, 2, 26),
      "figures": [("rules_established", 27)]}),
    # http://gumacaofang.com/product/3489.html (a product site's copy of a county-level city's progress on a provincial
    # round under its title: the title's body is the unit (a place visited keeps the title's body); term and round from
    # the title; 205条整改措施 the measures, 建立完善制度70个 the rules established) -- SHARES_TEMPLATE
    ("yicheng_twelfth_term_third_round_progress_product_site_copy", "http://gumacaofang.com/product/3489.html", "progress", """宜城市委关于十二届省委第三轮巡视集中整改进展情况的通报
根据省委巡视工作统一部署,2023年4月7日至6月6日,省委第十巡视组对宜城市开展了常规巡视。2023年7月26日,省委第十巡视组向宜城市委反馈了巡视意见。按照巡视工作有关要求,现将集中整改进展情况予以公布。
一是坚决讲政治,切实扛牢巡视整改责任。……
二是坚决讲担当,扎实推进巡视整改工作。研究制定整改方案,细化205条整改措施,确保一个问题一名以上牵头市领导、一个牵头单位和若干责任单位、一套整改措施,逐个明确整改时限。……集中整改期间,建立完善制度70个。
""", {"unit": "宜城市委", "group": "省委第十巡视组", "term": 12, "round": 3, "start": date(2023, 4, 7),
      "end": date(2023, 6, 6), "feedback_date": date(2023, 7, 26),
      "figures": [("measures", 205), ("rules_established", 70)]}),
    # --- news: entries, mobilisations, feedbacks ----------------------------------------------------------------------
    # http://guangzhou.baogaosu.com/xinwen/%E7%AC%AC%E4%BA%94%E5%B7%A1%E8%A7%86%E7%BB%84%E8%BF%9B%E9%A9%BB%E7%9C%81%E6%B0%91%E6%94%BF%E5%8E%85%E5%BC%80%E5%B1%95%E5%B7%A1%E8%A7%86/59996585/
    # (a provincial group enters the provincial civil affairs department: the entry day 8月15日 is the start (settled
    # 10), its year from the dated line 16.08.2017; the unit as the mobilisation names it (巡视省民政厅党组))
    ("provincial_fifth_group_civil_affairs_department_entry_2017", "http://guangzhou.baogaosu.com/xinwen/%E7%AC%AC%E4%BA%94%E5%B7%A1%E8%A7%86%E7%BB%84%E8%BF%9B%E9%A9%BB%E7%9C%81%E6%B0%91%E6%94%BF%E5%8E%85%E5%BC%80%E5%B1%95%E5%B7%A1%E8%A7%86/59996585/", "news", """省委第五巡视组进驻省民政厅开展巡视工作

16.08.2017  18:07

根据省委巡视工作领导小组统一部署,省委第五巡视组从8月15日起进驻省民政厅开展巡视工作。8月15日上午,省委第五巡视组巡视省民政厅党组工作动员会在省民政厅召开。省委第五巡视组组长林广云作动员讲话,省委巡视办副主任庞廉代表省委巡视工作领导小组出席动员会并作讲话,厅党组书记、厅长卓志强主持会议并代表厅党组作表态发言。……
""", {"unit": "省民政厅党组", "group": "省委第五巡视组", "term": None, "round": None, "start": date(2017, 8, 15),
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # search corpus pages (no URL returned) (an education portal's copy of a central group's look-back mobilisation in a
    # province: the province is the unit as the text names it; 2月28日—4月28日 has no year in the text, so no days; the
    # planned 2个月 is no end)
    ("shandong_central_third_group_look_back_mobilisation_copy", "search corpus pages (no URL returned)", "news", """【23xiu.com-爱上秀-教育信息门户网】
根据中央统一部署,28日上午,中央第三巡视组对山东省开展巡视“回头看”工作动员会召开。会前,中央巡视工作领导小组办公室负责同志向山东省委书记姜异康同志传达了习近平总书记关于巡视工作的重要指示。会上,中央第三巡视组组长叶青纯就即将开展的巡视“回头看”作了讲话,……
据悉,中央巡视组将在山东省工作2个月。巡视期间(2月28日—4月28日)分别设专门值班电话:0531-81695505,0531-81695506,专门邮政信箱:山东省济南市第216号邮政专用信箱,邮编:250002。……
""", {"unit": "山东省", "group": "中央第三巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://district.ce.cn/newarea/roll/201402/26/t20140226_2378285.shtml (a central group's feedback to a province: the
    # visit's span as told; the feedback is told as 今天上午 (the day only in the address), so no feedback day; clues
    # handed over without a count are no figure)
    ("jilin_central_fourth_group_feedback_2014", "http://district.ce.cn/newarea/roll/201402/26/t20140226_2378285.shtml", "news", """今天上午,中央第四巡视组向吉林省反馈巡视情况。中央第四巡视组组长项宗西代表巡视组作反馈,省委书记王儒林主持会议并讲话。
根据中央统一部署,2013年10月30日至12月26日,中央第四巡视组对吉林省进行了巡视。……中央巡视工作领导小组听取了巡视组的巡视情况汇报,并向中央政治局常委会报告了有关情况。
……同时,巡视组还收到反映一些领导干部的问题线索,已按规定转中央纪委、中央组织部有关部门处理。
""", {"unit": "吉林省", "group": "中央第四巡视组", "term": None, "round": None, "start": date(2013, 10, 30),
      "end": date(2013, 12, 26), "feedback_date": None, "figures": []}),
    # https://yybnet.net/tianshui/qinan/201012/3937689.html (a city paper on a provincial group's start at a county: the
    # county is the unit (秦安县, as the text names it in the city's request); 12月7日 has no year in the text (the year
    # only in the address), so no start; the group as the text names it)
    ("qinan_provincial_fourth_group_visit_2010", "https://yybnet.net/tianshui/qinan/201012/3937689.html", "news", """□记者张树平
【本报讯】12月7日,省委第四巡视组组长周秀山一行赴秦安开展巡视工作。
在秦安召开的动员会上,周秀山强调,各级领导干部要充分认识新形势下开展巡视工作的重大意义,……
市委常委、市纪委书记杨维俊主持动员会。杨维俊要求,秦安县要充分认识开展巡视工作的重要意义,切实把思想和行动统一到省市委的决策部署上来,正确把握巡视工作内容和方式,积极配合巡视组做好各项工作,……要按照巡视组提出的意见和建议,及时制定好整改方案,落实整改措施,确保巡视组反馈的问题事事有着落、件件有回音,努力提升秦安县的各项工作水平。
""", {"unit": "秦安县", "group": "省委第四巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://wxredian.com/art?id=3afb65032f64f517393cdafb8ec859aa (a provincial group's mobilisation at a county: the
    # county is the unit as the mobilisation names it (巡视天柱县); the meeting day is no start (settled 10); the fifth
    # round is only conveyed (听取十三届省委第五轮巡视工作情况汇报时的讲话精神), so no term and no round) -- SHARES_TEMPLATE
    ("tianzhu_provincial_eleventh_group_mobilisation_2024", "https://wxredian.com/art?id=3afb65032f64f517393cdafb8ec859aa", "news", """根据省委关于巡视工作的统一部署,2024年11月4日,省委第十一巡视组巡视天柱县工作动员会召开。会前,巡视组与天柱县党政主要负责人进行见面沟通,通报了巡视任务和工作安排。会上传达了省委书记、省人大常委会主任徐麟在省委常委会会议听取十三届省委第五轮巡视工作情况汇报时的讲话精神,并宣读了对天柱县的巡视通知。省委第十一巡视组组长陈金平就即将开展的巡视工作作了动员讲话,……天柱县委书记赵明波就配合做好巡视工作作了表态发言。
……陈金平指出,巡视本质上是政治监督,是对天柱县委履行党的领导职能责任的全面政治体检。……
""", {"unit": "天柱县", "group": "省委第十一巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- rounds: provincial and central rounds -----------------------------------------------------------------------
    # https://www.rmzxw.com.cn/c/2016-02-24/706882.shtml (the central committee's first round of 2016 deployed: round 1 of
    # 2016 with no term; 32 bodies named by one example before a count and four provinces with 等, so the units are left
    # unscored; the meeting day 23日 is no start)
    ("central_2016_first_round_look_back_deployment", "https://www.rmzxw.com.cn/c/2016-02-24/706882.shtml", "rounds", """今年中央首轮巡视锁定36家目标 首次杀出回马枪
23日在北京召开的中央巡视工作动员部署会议透露,今年中央首轮巡视将对中央宣传部等32家单位党组织开展专项巡视,同时对辽宁、安徽、山东、湖南等4个省进行“回头看”。这将是十八大后中央巡视首次杀出“回马枪”。
十八大以来,中央巡视组已经开展了8轮巡视,共巡视了149家单位党组织,实现了对31个省区市、中管国有重要骨干企业和中央金融机构全覆盖。……
23日的动员部署会议透露,2016年中央第一轮巡视将对辽宁、安徽、山东、湖南等4个省进行“回头看”。……
""", {"unit": "", "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://news.jsw.com.cn/zjnews/2017-02/28/content_3784783.htm (a city paper on a province's mobilisation of its
    # new committee's first round: 本届省委第一轮 is round 1 with no numbered term; counted bodies are no units; 昨天
    # gives no day)
    ("jiangsu_2017_first_round_mobilisation_counted_bodies", "http://news.jsw.com.cn/zjnews/2017-02/28/content_3784783.htm", "rounds", """省委巡视工作动员部署会召开
夏锦文在镇江分会场收听收看

发布时间:2017-02-28 00:46  金山网 www.jsw.com.cn 【字体:放大 缩小 默认

金山网讯 昨天上午,省委巡视工作动员部署会召开。省委书记李强出席会议并讲话,强调要深入学习贯彻习近平总书记系列重要讲话精神和中央关于巡视工作的部署要求,扎扎实实做好新一届省委巡视工作,……
据悉,本届省委第一轮巡视即将展开,9个巡视组将对10个县市区、2个机关部门、2个企业共14个单位开展巡视工作,对4个县市区开展“回头看”。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://bbs.mzsky.com/thread-1825273-1.html (a forum's copy of a news agency's report of a province's fourth batch:
    # the bodies each group visits are the round's units as written (cut after the sixth group); a batch (第四批) is no
    # round; 9月上旬…陆续进驻 and 9月至11月下旬 are parts of months (settled 11); several groups, so no group)
    ("guangdong_fourth_batch_twelve_bodies_list", "http://bbs.mzsky.com/thread-1825273-1.html", "rounds", """中新网广州8月25日电 (索有为 粤纪宣)经中共广东省委巡视工作领导小组研究决定,今年第四批巡视安排巡视26个地方和单位,其中常规巡视8个地级以上市、8个县(市、区)和4个省属单位,专项巡视6个省属单位。 记者25日获悉,13个巡视组将于9月上旬中秋节前后陆续进驻巡视点,每个组巡视2个单位,并开通常态化的公众举报平台,提前一周统一向社会公布各巡视组此批巡视的举报电话。 第四批巡视时间安排在9月至11月下旬。……各巡视组的巡视对象和举报电话号码分别如下: 广东省委第一巡视组巡视省民政厅、省粤科金融集团有限公司。举报电话:13711500981。 广东省委第二巡视组巡视东莞市、松山湖高新技术产业开发区。举报电话:13711501362。 广东省委第三巡视组巡视深圳市、南山区。举报电话:13711501396。 广东省委第四巡视组巡视惠州市、惠州学院。举报电话:13711501496。 广东省委第五巡视组巡视汕头市、龙湖区。举报电话:13711501285。 广东省委第六巡视组巡视省教育厅、省机场管理集团有限公司。举报电话:13711501712。……
""", {"unit": "", "units": ["省民政厅", "省粤科金融集团有限公司", "东莞市", "松山湖高新技术产业开发区", "深圳市", "南山区",
                            "惠州市", "惠州学院", "汕头市", "龙湖区", "省教育厅", "省机场管理集团有限公司"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://fanfu.people.com.cn/n1/2016/0322/c64371-28217079.html (a province's first round of 2016 enters its
    # look-back bodies: the ten bodies named in full are the round's units as written; the 26 counted bodies are none;
    # round 1 of 2016 with no term; 近日 gives no day)
    ("jilin_2016_first_round_look_back_ten_bodies", "http://fanfu.people.com.cn/n1/2016/0322/c64371-28217079.html", "rounds", """吉林省委巡视组对10家单位杀“回马枪”

2016年03月22日09:04   来源:吉林日报

原标题:省委巡视组对10家单位杀“回马枪”

按照省委统一部署,2016年省委第一轮巡视共派出13个巡视组,在对26家单位开展专项巡视的同时,将对四平市、通化市、白山市、长白山开发区、梅河口市、公主岭市、省交通运输厅、省水利厅、省农业委员会、省林业厅10家单位开展巡视“回头看”,杀“回马枪”。近日,省委巡视组已完成对巡视“回头看”单位的进驻,分别召开了动员会。……
""", {"unit": "", "units": ["四平市", "通化市", "白山市", "长白山开发区", "梅河口市", "公主岭市", "省交通运输厅", "省水利厅",
                            "省农业委员会", "省林业厅"],
      "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- audit texts --------------------------------------------------------------------------------------------------
    # http://jcurcio.com/oldweb/n4/n21/c96170/content.html (traditional script with pinyin in brackets, on another domain:
    # a provincial audit department's photo caption on checking last year's audit rectification: an audit office's
    # news; expects nothing)
    ("zhejiang_audit_department_rectification_check_pinyin_trad", "http://jcurcio.com/oldweb/n4/n21/c96170/content.html", "audit", """浙江省審計廳緊盯審計問題整改,持續(xù)跟蹤督促去年審計工作報告反映的未整改到位事項,著力關注重點部門、關鍵領域審計反映問題的整改情況,實現縣市長經責審計項目和重大民生項目實地督查“全覆蓋”。圖為近日廳黨組成員、總審計師金建培帶隊實地督查去年審計工作報告反映的黃巖鉛鋅礦選礦區(qū)生態(tài)修復工程建設滯后問題的整改情況。(周進儉)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://wap.sanmani.com/oldweb/n4/n20/n524/c79394/content.html (traditional script, on another domain: a provincial
    # audit department leads a check of the rectification of tracking-audit findings: an audit office's check, no party
    # inspection; its 170 problems and 136 rectified are no inspection figures; expects nothing)
    ("jilin_audit_tracking_rectification_check_trad", "http://wap.sanmani.com/oldweb/n4/n20/n524/c79394/content.html", "audit", """根據省政府會議要求以及省長蔣超良及時任常務副省長馬俊清的重要批示,2015年11月30日-12月4日,由吉林省審計廳牽頭,省財政廳、省政府督查室聯合組成檢查組,對全省7市(州)、長白山管委會,61個縣(市、區)(不含長春市、吉林市、農安縣、樺甸市)2014年9月以來的穩增長促改革調結構惠民生防風險政策措施落實情況跟蹤審計發現問題整改情況進行專項督促檢查。
從檢查情況看,截至2015年12月4日,跟蹤審計發現的17個方面170個問題中,有15個方面的136個問題已整改完畢,24個問題未到整改期限,尚有6個方面10個問題未整改到位。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy copies -------------------------------------------------------------------------------------------------
    # http://qdubb.cn/html/2016/jijianrenjingtou_0509/16561.html (traditional script, on a mirror domain: a province's
    # second round of 2016 deployed: round 2 with no term (the central first round is only studied); 29 counted bodies
    # are no units; the planned 5月中旬进驻, 7月中旬结束 are parts of months (settled 11))
    ("yunnan_2016_second_round_deployment_trad", "http://qdubb.cn/html/2016/jijianrenjingtou_0509/16561.html", "noisy", """5月9日,2016年第二輪巡視工作動員部署會在昆明召開。
會議認真學習貫徹2016年中央第一輪專項巡視工作動員部署會精神和省委對巡視工作的新要求,宣布了2016年第二輪巡視省委巡視組組長、副組長授權和任務安排的決定,并對2016年第二輪巡視工作進行動員部署。……
省委組織部部長、省委巡視工作領導小組副組長李小三出席會議。會后,省委巡視辦還將組織全體巡視干部進行集中業務培訓。
據悉,本輪巡視計劃5月中旬進駐,7月中旬結束,將采取“一托N”的方式,對29個部門和單位進行巡視,并安排對4個黨組織開展巡視“回頭看”。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.rzhdgj.com/qysx/show-11556.html (traditional script, a spun copy (省委 spun out of 十一屆吉林第十一輪巡視,
    # 得 for 的): term 11, round 11; 33 counted universities are no units; 截至10月13日 is no first entry day and its
    # year is told only in the hearing deadline, so the start is left unscored; neither the planned 2個月左右 nor the
    # hearing deadline is an end)
    ("jilin_eleventh_term_eleventh_round_universities_spun_trad", "http://www.rzhdgj.com/qysx/show-11556.html", "noisy", """根據吉林巡視工作得統一部署,截至10月13日,十一屆吉林第十一輪巡視得11個常規巡視組完成對33所省屬高校得進駐工作。
在進駐動員大會上,各巡視組組長指出,吉林巡視組將全面貫徹巡視工作方針,堅定不移落實巡視要求,……
11個常規巡視組將在被巡視單位工作2個月左右,期間設立專門值班電話和郵政信箱,……巡視組受理時間截止到2021年12月7日。
據了解,吉林還派出2個巡視組分別對地區和省直部門(單位)貫徹落實“十四五”規劃情況開展專題巡視,派出1個巡視組統籌各市縣巡察組對涉糧問題開展專項巡視巡察。
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 11, "end": None, "feedback_date": None,
      "figures": []}),
]
