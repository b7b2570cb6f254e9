"""Outside texts of batch r10 (issue 14), held out: collected with the search tool from public pages and files that are
in no earlier batch (each URL checked against every outside batch and test_outside_documents.py, with and without
www./m./mip. and by path; every text compared with `bench/outside_overlap.py tests/imports/parsing/outside_r10.py`,
which now loads a batch file that is not registered), their fields written down by reading only. The importer was not
run on them while they were collected, and the collector did not read imports/parsing; the integrator runs them once,
and that run is the honest figure for unseen texts.

Sources. Most texts come from the search tool's "pages" corpus. The earlier collectors found it exhausted for progress
bodies under the usual phrasings; queries naming the kind of unit (人民检察院党组, 人民法院党组, 公安局党委, 司法局党组,
卫生健康局党组, 省司法厅) together with 巡察整改进展情况 still returned unused ones, and so did odd sectors and mirror or
junk sites (tobacco, tax, water, state construction companies, Hong Kong agency copies). Other sources: the transcript
archive of the evening news in the GitHub repository landv/xwlb (three central-round items, by their raw or blob
address), one row of the crawled-web corpus TiWu-Lab/CCI3 on huggingface.co (its dataset viewer page), one news item
inside a public GitHub file whose repository the find_string tool did not return (named by its file id), and six texts
the search corpus returned without any address (noted in place as "search corpus pages (no URL returned)"). find_string
over GitHub found no progress body at all (the exact openings 整改进展情况予以公布, 现将巡察整改, 反馈了巡察意见 have no hit;
shorter phrases hit only code labels), nor did the "code" and "docs" corpora beyond the files named above.

Families and counts (102 texts): progress 19 (progress reports' bodies, 8 with their title line and 11 without:
procuratorates, courts, police, justice bureaus, health commissions, a provincial department, a central procuratorate,
one in traditional script with pinyin on a mirror, one whose dates lost 年/月 (2024717日至830日)), news 38 (entry,
mobilisation and feedback news of courts, procuratorates, bureaus, a university, enterprises; findings published as a
numbered list; rectification meetings; checks that are no inspection), rounds 19 (round-level entries, mobilisations,
feedbacks and reviews of central, provincial, prefectural, district and enterprise rounds; three central items from the
evening news), audit 10 (审计 texts, refused as the README says), noisy 16 (traditional script with and without pinyin
annotations, a betting site's name inside a district's page, two content-farm articles that report no inspection, a
bilingual abstract, a tax essay with a name blanked to XXXXXXX, mirrors of news and reports; one news item keeps a
portal's image placeholders). Fields read: 340 (a unit of "" for
a round-level text counts, each unit of a list and each figure counts, a refusal counts), and 448 absence checks
(None, "", [] and problems 0 where a careless reader might fill the field; problems 0 is also scored by score()).

Reading conventions (those of r6, r7, r8 and r9, followed unchanged): a day without a year gives no date, unless the
page's own dated header gives its year; a date that belongs to something else (the window for letters, a meeting that
hears a round, a programme's start) is no visit date, and a mobilisation meeting's day is not scored as the start; a
part of a month (上旬, 下旬) is not scored; rounds counted (12轮, 8轮) give no round number; a party congress (十八大) is no
term; 线索 counts are clues_transferred; counts that are no findings (meetings held, 群众诉求 settled, units inspected,
room and phone numbers) are no metric; a list cut by the collector ("……") keeps the names before the cut; towns whose
villages are meant are no units; advice (一是…三是 as a demand on the unit) is no problem; a group named only with its
city's name in front (荆州市委第五巡察组) or without a number (市委巡察组) is not scored. From r8, applied as there: a
feedback day written without a year in the sentence after the dated visit takes the visit's year (mingzhuwan_progress),
run-together digits are read as a date only where one reading is possible, 整改任务 and aspects (N个方面) are no metric,
a round of another body named in passing is not this text's, a list's place prefix written once stays on its first name.

What I was unsure of, and how I read it: a feedback day's year from the visit's only where it does not put the feedback
before the visit (kaiping_natural_resources_trad keeps none); a unit named with 中共 and a short name in brackets is not
scored (zhongshan_procuratorate_progress, dongguan_procuratorate_progress), as r8 left mingzhuwan's; 我院/我局 without the
name in the opening is not scored; groups with unusual names (巡察一组, 八届市委巡察四组, 市区委巡察第23组, 提级巡察第二巡察组) are
not scored, while 市委提级巡察第四组, 市委第一提级巡察组 and 区委第一联动巡察组 (one name, used consistently) are; 阶段性完成 N个
is not scored as basically_completed (as km's 基本完成…4个 in the first batch); 研究制定…机制制度40项 is rules_established;
a 统计督察, 明察暗访 or 督查 and its problems are no inspection (absence checks only); a university's meeting naming two
rounds of its own term scores the term only; month-only visits (2024年3月至5月) read as their first and last days, as the
first batch's qinzhou; the central round items of the evening news are scored for term and round only.
"""

from __future__ import annotations

from datetime import date

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R10 = [
    # https://sft.hubei.gov.cn/fbjd/tzgg/202601/t20260108_5851144.shtml (a provincial justice department's progress
    # report with its title line: the round named in the title; 10余次 meetings are no metric)
    ("hubei_justice_progress", "https://sft.hubei.gov.cn/fbjd/tzgg/202601/t20260108_5851144.shtml", "progress", """中共湖北省司法厅委员会关于十二届省委第八轮巡视整改进展情况的通报
根据省委巡视工作统一部署,2024年11月7日至12月31日,省委第三巡视组对省司法厅党委开展了巡视,并于2025年2月17日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、党委履行巡视整改主体责任情况
(一)提高政治站位,扛牢巡视整改政治责任。省司法厅党委坚持把理论武装贯穿巡视整改全过程,严格落实“第一议题”制度,……
(二)强化责任担当,推动巡视整改有力有序。成立厅党委书记任组长的巡视整改工作领导小组,……先后召开10余次党委会、领导小组会、推进会、工作专班会部署推进整改工作。
""", {"unit": "省司法厅党委", "group": "省委第三巡视组", "term": 12, "round": 8, "start": date(2024, 11, 7),
      "end": date(2024, 12, 31), "feedback_date": date(2025, 2, 17), "figures": []}),
    # http://m.gzhgjt.com/view_364.html (a progress body in traditional script with pinyin annotations, on a mirror:
    # a city's two groups visited two enterprises since merged; the visit's 上旬/中旬 are parts of months and the
    # feedback 2022年8月 has no day, so no dates are scored; two groups, so no one group)
    ("wuhan_investment_progress_trad", "http://m.gzhgjt.com/view_364.html", "progress", """根據(jù)市委巡察工作統(tǒng)一部署,2022年4月上旬至6月中旬,市委第一巡察組、第六巡察組分別對(duì)武漢產(chǎn)業(yè)投資發(fā)展集團(tuán)有限公司(以下簡(jiǎn)稱(chēng)“產(chǎn)投集團(tuán)”)、武漢商貿(mào)集團(tuán)有限公司(以下簡(jiǎn)稱(chēng)“商貿(mào)集團(tuán)”)(2家企業(yè)已于2022年12月重組整合為武漢產(chǎn)業(yè)投資控股集團(tuán)有限公司,以下簡(jiǎn)稱(chēng)“武投控集團(tuán)”)開(kāi)展了政治巡察,并于2022年8月分別反饋了巡察意見(jiàn)。按照巡察工作有關(guān)要求,現(xiàn)將巡察集中整改進(jìn)展情況予以公布。
一、巡察整改組織領(lǐng)導(dǎo)情況
集團(tuán)領(lǐng)導(dǎo)班子堅(jiān)決扛起巡察整改主體責(zé)任,……
(一)強(qiáng)化謀劃部署,堅(jiān)決扛牢巡察整改政治責(zé)任。……集團(tuán)黨委成立巡察整改工作領(lǐng)導(dǎo)小組,……
""", {"unit": "", "units": ["武汉产业投资发展集团有限公司", "武汉商贸集团有限公司"], "group": None, "term": None,
      "round": None, "figures": []}),
    # https://haerbin.baogaosu.com/xinwen/%E5%85%B3%E4%BA%8E%E5%8D%81%E4%B9%9D%E5%B1%8A%E4%B8%AD%E5%A4%AE%E7%AC%AC%E5%9B%9B%E8%BD%AE%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9/88580742
    # (a news aggregator's copy of a central procuratorate's progress report with its title: the round in the
    # title; 87项整改任务 are tasks, no metric; 今年1月6日 has no year of its own and is a meeting)
    ("spp_central_progress", "https://haerbin.baogaosu.com/xinwen/%E5%85%B3%E4%BA%8E%E5%8D%81%E4%B9%9D%E5%B1%8A%E4%B8%AD%E5%A4%AE%E7%AC%AC%E5%9B%9B%E8%BD%AE%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9/88580742", "progress", """中共最高人民检察院党组关于十九届中央第四轮巡视整改进展情况的通报
根据中央统一部署,2019年9月9日至11月25日,中央第四巡视组对最高人民检察院党组开展了常规巡视。2020年1月3日,中央巡视组向最高人民检察院党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、坚持以习近平新时代中国特色社会主义思想为指引,旗帜鲜明讲政治,切实抓紧抓实巡视整改政治责任
……(一)从讲政治高度抓整改。……党组专门成立以党组书记、检察长张军同志为组长的巡视整改工作领导小组。今年1月6日、1月21日,党组专题研究巡视整改方案,确定整改问题清单、任务清单和责任清单,提出87项整改任务,每项任务都明确由班子成员牵头。
""", {"unit": "最高人民检察院党组", "group": "中央第四巡视组", "term": 19, "round": 4, "start": date(2019, 9, 9),
      "end": date(2019, 11, 25), "feedback_date": date(2020, 1, 3), "figures": []}),
    # https://www.zhongshan.jcy.gov.cn/article/view/cateid/50/id/18792.html (a city procuratorate's progress body, its
    # title not copied; the unit is named with 中共 and its short name in brackets, so it is not scored; the group
    # is named with its number once, then as 巡察组; 专题研究…8次 is no metric)
    ("zhongshan_procuratorate_progress", "https://www.zhongshan.jcy.gov.cn/article/view/cateid/50/id/18792.html", "progress", """根据市委统一部署,2024年4月1日至6月28日,市委第五巡察组对中共中山市人民检察院党组(以下简称“市检察院党组”)开展巡察。2024年7月31日,巡察组向市检察院党组反馈巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、市检察院党组及党组书记组织整改落实情况
市检察院党组高度重视市委巡察工作,……
(二)加强组织领导,层层压实巡察整改政治责任。市检察院党组坚决履行巡察整改主体责任,专题研究整改工作8次。……
""", {"group": "市委第五巡察组", "term": None, "round": None, "start": date(2024, 4, 1), "end": date(2024, 6, 28),
      "feedback_date": date(2024, 7, 31), "figures": []}),
    # http://www.zhengzhouhj.jcy.gov.cn/sitegroup/hjqjcy/html/ff80808131bd0b7c0131bd167b9d005d/20240708194493516.html
    # (a district procuratorate's report after a city's raised-level group: the group's name puts its number last;
    # 3个月 is the rectification's span; meetings held 2次 and 5次 are no metric; 3月29日 is a later meeting)
    ("huiji_procuratorate_progress", "http://www.zhengzhouhj.jcy.gov.cn/sitegroup/hjqjcy/html/ff80808131bd0b7c0131bd167b9d005d/20240708194493516.html", "progress", """根据市委统一部署,2023年11月10日至2024年1月8日,市委提级巡察第四组对郑州市惠济区人民检察院党组进行了巡察。2024年3月1日,市委提级巡察第四组向惠济区检察院党组反馈了巡察意见。经3个月集中整改和《郑州市委巡察整改情况公开办法》有关规定,现将巡察整改情况予以公布。
一、党组及主要负责人组织整改落实情况
……(一)强化组织领导,全面统筹实施。……共召开院党组会研究巡察整改工作2次,召开领导小组办公室会议调度推进5次,真正做到层层压实责任,有序推进整改。
(二)细化整改清单,统筹推进落实。……3月29日,院党组召开巡察整改专题民主生活会,……
""", {"unit": "郑州市惠济区人民检察院党组", "group": "市委提级巡察第四组", "term": None, "round": None,
      "start": date(2023, 11, 10), "end": date(2024, 1, 8), "feedback_date": date(2024, 3, 1), "figures": []}),
    # https://dgjj.dg.gov.cn/dgjj/newzgqk/202402/350ac75070e9485e9d4836bb992da84d.shtml (a city procuratorate's
    # progress body: the feedback day's year from the visit's, as r8's mingzhuwan_progress; the unit with 中共 and its
    # short name in brackets is not scored; the group named with its number, then as 市委巡察组)
    ("dongguan_procuratorate_progress", "https://dgjj.dg.gov.cn/dgjj/newzgqk/202402/350ac75070e9485e9d4836bb992da84d.shtml", "progress", """根据市委统一部署,2023年3月6日至5月31日,市委第三巡察组对中共东莞市人民检察院党组(以下简称“市检察院党组”)进行了巡察。7月25日,市委巡察组向市检察院党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察集中整改进展情况予以公布。
一、以政治建设为统领,把巡察整改作为重大政治任务抓紧抓实
(一)统一思想认识,切实增强巡察整改的政治自觉、思想自觉和行动自觉。……
(二)加强组织领导,坚持边巡边改、立行立改。市委第三巡察组进驻市两级检察院开展巡察工作以来,……
""", {"group": "市委第三巡察组", "term": None, "round": None, "start": date(2023, 3, 6), "end": date(2023, 5, 31),
      "feedback_date": date(2023, 7, 25), "figures": []}),
    # http://fj.ptzy.gov.cn/article/detail/2021/12/id/6448591.shtml (an intermediate court's progress body: the unit
    # is 我院党组 in the opening and the court is named only in a plan's title, so it is not scored; the group 巡察一组
    # of a numbered round is not scored; meetings held are no metric; 2020年10月26日 is a later meeting)
    ("putian_court_progress", "http://fj.ptzy.gov.cn/article/detail/2021/12/id/6448591.shtml", "progress", """根据市委巡察工作的统一部署,2020年6月1日至8月31日,七届市委第十二轮巡察一组对我院党组开展了巡察,并于2020年10月14日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。
一、提高政治站位,强化落实市委巡察整改的责任担当
……巡察反馈以来,市法院先后召开党组会8次、领导小组会议6次,研究部署整改工作,……
(二)坚持问题导向,对标对表整改。2020年10月26日,市法院党组研究制定《中共莆田市中级人民法院党组关于巡察反馈意见的整改方案》……
""", {"term": 7, "round": 12, "start": date(2020, 6, 1), "end": date(2020, 8, 31), "feedback_date": date(2020, 10, 14),
      "figures": []}),
    # https://www.zscourt.gov.cn/Article/view/cateid/18280/id/89212.html (a city's first basic court: the same city's
    # fifth group as zhongshan_procuratorate_progress, another round and unit)
    ("zhongshan_first_court_progress", "https://www.zscourt.gov.cn/Article/view/cateid/18280/id/89212.html", "progress", """根据市委统一部署,2024年9月23日至2024年12月20日,市委第五巡察组对中山市第一人民法院党组开展巡察。2025年1月13日,市委巡察组向中山市第一人民法院党组反馈巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。 一、党组履行巡察整改主体责任情况 (一)提高政治站位,压实整改责任。市第一人民法院党组坚持以习近平新时代中国特色社会主义思想为指导,……
""", {"unit": "中山市第一人民法院党组", "group": "市委第五巡察组", "term": None, "round": None,
      "start": date(2024, 9, 23), "end": date(2024, 12, 20), "feedback_date": date(2025, 1, 13), "figures": []}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=45001 (a police sub-bureau's progress report with its title:
    # 4个方面 of problems and 4项意见建议 are aspects and advice, no metric; 2月17日、3月7日 are meetings)
    ("dongying_police_progress", "http://www.jiwei.gov.cn/news_content.thtml?contentId=45001", "progress", """中共东营市公安局东营经济技术开发区分局委员会关于市委第五巡察组反馈意见集中整改进展情况的通报
按照市委统一部署,2024年9月30日至12月15日,市委第五巡察组对市公安局开发区分局党委开展了巡察,并于2025年2月14日反馈了巡察情况。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、整改工作基本情况
市委第五巡察组反馈的意见中指出市公安局东营经济技术开发区分局党委存在4个方面的问题,并提出了4项意见建议。……
(一)统一思想认识。市委巡察组反馈巡察情况后,分局党委高度重视,……2月17日、3月7日,分别组织召开巡察整改专题党委会,……
""", {"unit": "市公安局开发区分局党委", "group": "市委第五巡察组", "term": None, "round": None,
      "start": date(2024, 9, 30), "end": date(2024, 12, 15), "feedback_date": date(2025, 2, 14), "figures": []}),
    # http://wjw.zhuzhou.gov.cn//c16689/20260226/i2479288.html (a city health commission's progress report with its
    # title and date line: the feedback not dated; 35 problems, 28 completed; 阶段性完成7个 is not scored (as km's
    # 基本完成…4个 in the first batch); 40 rules established; 立行立改 problems and petitions settled are no
    # findings; 9次 study sessions are no metric)
    ("zhuzhou_health_progress", "http://wjw.zhuzhou.gov.cn//c16689/20260226/i2479288.html", "progress", """中共株洲市卫生健康委员会党委关于巡察整改进展情况的通报
发布日期:2026-02-26信息来源:市卫健委
根据市委统一部署,2024年9月12日至11月15日,市委第二巡察组对市卫健委党委开展了巡察,同步对4家委直属副处级单位及市计划生育协会进行了延伸了解,并反馈了巡察意见。按照巡察工作有关要求,巡察集中整改期已届满,现将整改进展情况予以公布。
一、组织整改落实情况
市卫健委党委坚决扛起巡察整改的政治责任,……着力加强制度建设,研究制定基础性、长效性的机制制度40项,不断扩大和巩固整改成效。截至目前,巡察反馈35个具体问题,整改完成28个,阶段性完成7个。巡察移交的6个立行立改问题和15件信访件,均已全部办结。
二、巡察反馈问题整改进展情况
(一)反馈问题:上轮巡察发现的问题整改不够到位
1.政治意识不够强
整改状态:完成
整改情况:一是加强中心组学习,……2025年,委党委理论学习中心组已开展9次集中学习,……
""", {"unit": "市卫健委党委", "group": "市委第二巡察组", "term": None, "round": None, "start": date(2024, 9, 12),
      "end": date(2024, 11, 15), "feedback_date": None,
      "figures": [("rules_established", 40), ("problems", 35), ("completed", 28)]}),
    # https://www.sqjw.gov.cn/sqsjw/bjxc/202506/04f44a3e0d4a43afac66bf0ba77658ea.shtml (a city health commission's
    # progress body whose dates lost their 年/月 in conversion: 2024717日至830日 and 914日 read one way only
    # (2024年7月17日至8月30日, 9月14日, its year from the visit's); 10个 specialties and 8项 campaigns are no metric)
    ("suqian_health_progress_digits", "https://www.sqjw.gov.cn/sqsjw/bjxc/202506/04f44a3e0d4a43afac66bf0ba77658ea.shtml", "progress", """市卫健委党委关于巡察整改进展情况的通报
发布时间: 2025-05-28   信息来源:市委巡察办   访问量:0
根据市委统一部署,2024717日至830日,市委第六巡察组对市卫健委党委进行了巡察。914日,巡察组向市卫健委党委反馈了巡察意见。按照党务公开原则和巡察工作要求,现将巡察整改进展情况予以公布。
一、整改工作组织情况
……(二)坚决扛起整改第一责任人责任。……推动沭阳中医院成功创成三甲中医院,沭阳、泗阳、泗洪三县政府办中医医疗机构顺利投用全市新增省级临床重点专科及建设单位10个。
(三)建立上下联动整改机制。……市、县(区)联动推进医疗机构消防安全隐患专项整治、规范医疗机构检验检测工作专项整治等8项重点整改事项。……
""", {"unit": "市卫健委党委", "group": "市委第六巡察组", "term": None, "round": None, "start": date(2024, 7, 17),
      "end": date(2024, 8, 30), "feedback_date": date(2024, 9, 14), "figures": []}),
    # https://sfj.my.gov.cn/myssfj/c100689/202502/7a3cc9abe3984f4aa78889c1d566c323.shtml (a city justice bureau's
    # progress body: the feedback day's year from the visit's; 1个总方案、2个专项方案 are no metric)
    ("mianyang_justice_progress", "https://sfj.my.gov.cn/myssfj/c100689/202502/7a3cc9abe3984f4aa78889c1d566c323.shtml", "progress", """根据市委统一部署,2024年5月7日至6月7日,市委第五巡察组对市司法局党组开展了巡察。7月24日,市委第五巡察组向市司法局党组反馈了巡察意见。按照巡察整改公开工作有关要求,现将集中整改进展情况予以公布。
一、党组及主要负责人组织整改落实情况
(一)党组组织巡察整改落实情况
……二是坚持以上率下,压实责任抓整改。成立了市司法局巡察整改工作领导小组,研究制定1个总方案,2个专项方案,……
""", {"unit": "市司法局党组", "group": "市委第五巡察组", "term": None, "round": None, "start": date(2024, 5, 7),
      "end": date(2024, 6, 7), "feedback_date": date(2024, 7, 24), "figures": []}),
    # https://www.echeng.gov.cn/zxzx/gsgg/202407/t20240712_636245.html (a district justice bureau's progress body: the
    # unit is 我局党组, not scored; the feedback is given by the round (十届区委第四轮巡察), the visit by the group;
    # 1月16日 is a meeting)
    ("echeng_justice_progress", "https://www.echeng.gov.cn/zxzx/gsgg/202407/t20240712_636245.html", "progress", """按照鄂城区委统一部署,2023年10月10日至12月10日,区委第二巡察组对我局党组进行了巡察。2024年1月11日,十届区委第四轮巡察向我局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、总体情况
……(二)强化担当,压实责任。结合区委第二巡察组反馈意见和整改工作要求,认真梳理整改事项,形成整改方案。1月16日下午召开学习贯彻习近平新时代中国特色社会主义思想主题教育暨巡察整改专题民主生活会,……
""", {"group": "区委第二巡察组", "term": 10, "round": 4, "start": date(2023, 10, 10), "end": date(2023, 12, 10),
      "feedback_date": date(2024, 1, 11), "figures": []}),
    # https://sfj.putian.gov.cn/xxgk/tzgg/202502/t20250220_1975029.htm (a city justice bureau's report with its title
    # and date line: the group 八届市委巡察四组 has an unusual name, not scored; the term is stated with it)
    ("putian_justice_progress", "https://sfj.putian.gov.cn/xxgk/tzgg/202502/t20250220_1975029.htm", "progress", """中共莆田市司法局党组关于巡察整改进展情况的通报
2025年02月17日 17:21    来源:莆田市司法局
根据市委巡察工作统一部署,2023年4月20日至5月31日,八届市委巡察四组对市司法局开展巡察,并于2024年1月4日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
一、深入学习贯彻习近平总书记关于巡视工作的重要论述,以高度的政治自觉和政治担当坚决扛起巡察整改的重大政治责任
……
""", {"unit": "市司法局", "term": 8, "round": None, "start": date(2023, 4, 20), "end": date(2023, 5, 31),
      "feedback_date": date(2024, 1, 4), "figures": []}),
    # http://www.lusong.gov.cn/c206/20250918/i2426414.html (a district justice bureau's progress body after a city's
    # raised-level group: 29 problems, 28 completed; 阶段性完成整改1个 is not scored; 立行立改 problems are no findings;
    # 10次 study sessions are no metric)
    ("lusong_justice_progress", "http://www.lusong.gov.cn/c206/20250918/i2426414.html", "progress", """根据市委巡察工作统一部署,2024年3月7日至5月7日,市委第一提级巡察组对区司法局党组开展了提级巡察,2024年9月6日就巡察情况向我单位进行了反馈,……按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、组织整改落实情况
……巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结。
二、反馈问题整改进展情况
(一)思想认识有差距
1.党组理论学习中心组次数不达标。
整改情况:已完成。……2024年,我局根据文件要求,制定了全年学习计划,并按计划、按程序严格开展了10次中心组学习。
""", {"unit": "区司法局党组", "group": "市委第一提级巡察组", "term": None, "round": None, "start": date(2024, 3, 7),
      "end": date(2024, 5, 7), "feedback_date": date(2024, 9, 6), "figures": [("problems", 29), ("completed", 28)]}),
    # http://www.dongchangfu.gov.cn/site_dcfqsfjj/channel_kf_dcfqsfjj_64e5bfc8a1bb1cc664ffd3a9/doc_6808566d890286425c7e0de9.html
    # (a district justice bureau's report with its title naming the round; the feedback day's year from the visit's;
    # the numbered problems under headings are not counted (the body was cut); 2024年10月份 is a training)
    ("dongchangfu_justice_progress", "http://www.dongchangfu.gov.cn/site_dcfqsfjj/channel_kf_dcfqsfjj_64e5bfc8a1bb1cc664ffd3a9/doc_6808566d890286425c7e0de9.html", "progress", """中共东昌府区司法局党组关于十四届区委第六轮巡察整改进展情况的通报
根据区委统一安排,2024年3月27日至6月7日,区委第二巡察组对区司法局党组开展了巡察。7月6日,区委巡察组向区司法局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
(一)学习贯彻习近平新时代中国特色社会主义思想不够深细,推动新时代司法行政工作高质量发展的力度不足。
1.学习贯彻党的二十大精神和习近平法治思想不深入、不全面,未紧密结合自身实际。
(1)关于党组未对习近平总书记在中央全面依法治国工作会议上的重要讲话进行学习的问题。一是优化理论学习举措。……2024年10月份我单位举办了全市规模最大的习近平法治思想专题研讨班,……
""", {"unit": "区司法局党组", "group": "区委第二巡察组", "term": 14, "round": 6, "start": date(2024, 3, 27),
      "end": date(2024, 6, 7), "feedback_date": date(2024, 7, 6), "figures": []}),
    # http://fcqjw.gov.cn/publish/cbnews/202412/11/cb16453_1.shtml (a district justice bureau's progress body, its
    # title not copied; 2023年4月7日 is the democratic-life meeting, no field)
    ("fangcheng_justice_progress", "http://fcqjw.gov.cn/publish/cbnews/202412/11/cb16453_1.shtml", "progress", """根据区委巡察工作统一部署,2022年11月2日至2023年1月6日,区委第一巡察组对区司法局党组开展了常规巡察,2023年3月16日,区委第一巡察组向区司法局党组反馈了巡察意见,按照巡察工作有关要求,现将集中整改进展情况予以公布:
一、巡察整改组织领导情况
1.提高思想认识。巡察反馈后,区司法局党组深刻领会区委巡察工作的部署要求,……
2.细化整改措施。……2023年4月7日上午召开领导班子巡察整改专题民主生活会,……
""", {"unit": "区司法局党组", "group": "区委第一巡察组", "term": None, "round": None, "start": date(2022, 11, 2),
      "end": date(2023, 1, 6), "feedback_date": date(2023, 3, 16), "figures": []}),
    # https://www.haizhu.gov.cn/hzdt/tzgg/qttz/content/post_5803380.html (a district justice bureau's report with its
    # title: the group is named two ways (市区委巡察第23组, 市区委第23巡察组), not scored; the feedback day's year from
    # the visit's; 58 specific problems under 7 aspects; 4次 meetings are no metric; the same district site as r8's
    # haizhu_water, another bureau)
    ("haizhu_justice_progress", "https://www.haizhu.gov.cn/hzdt/tzgg/qttz/content/post_5803380.html", "progress", """中共海珠区司法局党组关于落实巡察整改进展情况的报告
根据广州市区委巡察工作统一部署,2019年7月12日至9月12日,广州市区委巡察第23组对海珠区司法局进行了巡察。9月29日,广州市区委巡察第23组向海珠区司法局反馈了巡察情况。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改进展情况予以公布。
一、全面加强组织领导,有序推进整改工作
(一)高度重视,加强组织领导。……局党组书记认真履行巡察整改落实“第一责任人”职责,先后4次召集党组会议专题研究巡察整改工作,……
(二)认真研究,制定整改方案。9月30日,围绕市区委巡察第23组反馈的7个方面58个具体问题,局党组召开扩大会议研究落实巡察整改工作,……
""", {"unit": "海珠区司法局", "term": None, "round": None, "start": date(2019, 7, 12), "end": date(2019, 9, 12),
      "feedback_date": date(2019, 9, 29), "figures": [("problems", 58)]}),
    # --- progress -----------------------------------------------------------------------------------------------
    # https://www.yizhangxww.cn/content/646942/52/15208974.html (a county health bureau's progress body, its title
    # line 中共宜章县卫生健康局党组关于巡察整改进展情况的通报 not copied; the feedback names the group without its
    # number, the visit with it: the numbered name is scored; problems listed under 反馈问题 headings are not counted)
    ("yizhang_health_progress", "https://www.yizhangxww.cn/content/646942/52/15208974.html", "progress", """根据县委统一部署,2024年9月6日至12月12日,县委第三巡察组对县卫健局党组进行了巡察。2025年1月21日,县委巡察组向县卫健局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。
一、组织整改落实情况
(一)提高政治站位,统一思想认识。局党组高度重视巡察整改工作,将巡察整改作为检验“四个意识”的试金石和践行“两个维护”的具体行动,作为推动卫健事业高质量发展的重要契机。
(二)强化组织领导,压实整改责任。制定了巡察反馈意见整改方案,成立巡察整改工作领导小组和巡察整改监督小组,全面统筹推进整改工作。……
二、巡察反馈问题整改进展情况
(一)反馈问题:聚焦上轮巡察整改、审计整改方面
1.(1)巡察整改责任未扛牢,常态化推进不力。上轮巡察反馈指出的问题整改不够彻底。
整改情况:一是对干部职工分工进行了调整,同时对部分股室负责人进行了轮岗交流。……
""", {"unit": "县卫健局党组", "group": "县委第三巡察组", "term": None, "round": None, "start": date(2024, 9, 6),
      "end": date(2024, 12, 12), "feedback_date": date(2025, 1, 21), "figures": []}),
    # --- news ---------------------------------------------------------------------------------------------------
    # https://i.xpaper.net/hnrbncb/news/7446/44859/224169-1.shtml (a county group's visit to a sub-district office and
    # its villages: the days have no year; the group is named once with its county in front, then without; 为期一个月
    # gives no end; a rubbish bin fixed on the spot is no feedback problem)
    ("shenqiu_dongcheng", "https://i.xpaper.net/hnrbncb/news/7446/44859/224169-1.shtml", "news", """“谢谢巡察组,多亏你们县委第二巡察组来,把我们这里的环境卫生问题及时解决了,现在早晚天气凉爽的时候我们可以出来悠闲地散步了……”近日,沈丘县东城街道办事处解庄居委会居民脸上露出了久违的笑容,对督导立行立改的巡察组干部说道。
6月20日至7月20日,沈丘县委第二巡察组对东城街道办事处及所辖村居开展为期一个月的巡察,在实地调查、入户走访时发现解庄居委会办公室附近有一个垃圾桶,长时间没有清理,气味难闻,环境卫生非常不好。
“垃圾桶变成了‘垃圾场’,严重影响到居民的生活和身体健康,巡察组必须督促党工委整改。”县委第二巡察组组长张郁然在组务会上说道。……
""", {"unit": "东城街道办事处", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://mip.yaozui.com/p501754.html (a city group's mobilisation in a hospital; the page drops 医院 from the
    # unit's name in the meeting's title (巡察市人民工作动员), so the unit is not scored; the day has no year; 为期1个多月
    # gives no end; 200余人 attending and the year 2013 of 2013年以来 are no figures or dates)
    ("jianyang_hospital_entry", "https://mip.yaozui.com/p501754.html", "news", """1月25日下午,“中共简阳市委第一巡察组巡察市人民工作动员暨医院汇报会”在我院行政楼六楼会议室举行,会议由院党委书记、院长刘益民主持,市委第一巡察组全体成员、市卫计局纪工委书记等领导出席会议,医院中层以上干部、离退休人员代表、职工代表等200余人参会。
……院党委书记、院长刘益民代表领导班子及全院干部职工向巡察组郑重表态:将提高认识、积极配合、认真整改,并汇报了医院2013年以来全面从严治党、医院管理、经济管理等各方面的工作情况。
按照安排,市委第一巡察组将正式进驻我院开展为期1个多月的巡察工作,……
""", {"group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.djk.gov.cn/xxgk/fdzdgk/zfld/szf/zjl_97192/ldhd_34813/202303/t20230308_4196416.shtml (a city group's
    # feedback to a public-resources trading centre: the feedback day 3月6日 takes its year from the visit's end (as
    # r8's mingzhuwan_progress: the year of the visit just stated); the demands 要…要…要 are advice)
    ("danjiangkou_trading_centre", "http://www.djk.gov.cn/xxgk/fdzdgk/zfld/szf/zjl_97192/ldhd_34813/202303/t20230308_4196416.shtml", "news", """根据市委统一部署,市委第四巡察组于2022年12月19日至2023年1月13日对市公共资源交易中心党组进行了常规巡察。3月6日上午,市委第四巡察组向市公共资源交易中心党组反馈巡察情况,并就巡察整改提出了明确要求。市委常委、常务副市长张吉来,市纪委常委、市委巡察办主任、市委巡察工作领导小组成员何立赟出席会议,市公共资源交易中心党组书记、主任熊显成主持会议并作表态发言。
会议要求,市公共资源交易中心党组要提高政治站位,切实增强做好巡察整改的政治自觉、思想自觉和行动自觉,切实扛起巡察整改的政治责任;要强化政治担当,切实履行巡察整改主体责任,以务实有力的举措逐项抓好巡察反馈问题整改,确保整改到位,落到实处;要建立长效机制,坚持治标治本,……
""", {"unit": "市公共资源交易中心党组", "group": "市委第四巡察组", "term": None, "round": None,
      "start": date(2022, 12, 19), "end": date(2023, 1, 13), "feedback_date": date(2023, 3, 6), "problems": 0,
      "figures": []}),
    # https://huggingface.co/datasets/TiWu-Lab/CCI3/viewer/default/train?p=1 (a row of a crawled-web corpus: a
    # prefecture group's notice for the Youth League's prefecture committee; the row is cut by the dataset viewer
    # (…); the mailbox, e-mail and phone are no figures)
    ("gannan_youth_league_notice", "https://huggingface.co/datasets/TiWu-Lab/CCI3/viewer/default/train?p=1", "news", """州委第三巡察组巡察共青团甘南州委公告
按照州委统一部署,州委第三巡察组于2023年2月28日至2023年4月28日对共青团甘南州委进行常规巡察。根据《中国共产党巡视工作条例》规定,巡察期间,巡察组主要受理反映共青团甘南州委领导班子和成员、下一级党组织领导班子主要负责人和重要岗位领导干部问题的来信、来电、来访,……现将巡察组受理举报和反映问题的方式公告如下:一、设1个固定意见箱:设在甘南州委统办楼2楼南侧楼梯间。二、设专门电子邮箱:zwdsxcz2023@163.com。三、设专门值班电话:19909416121,……
""", {"unit": "共青团甘南州委", "group": "州委第三巡察组", "term": None, "round": None, "start": date(2023, 2, 28),
      "end": date(2023, 4, 28), "feedback_date": None, "figures": []}),
    # A public GitHub file (a university-news demo page's router script holding five news items; the find_string tool
    # gave its file id 16375853324 but not its repository) — the provincial group's feedback to a university
    ("hdu_provincial_feedback", "github: file id 16375853324 (news router script; repository not returned by the tool)", "news", """省委第一巡视组向杭州电子科技大学党委反馈巡视情况
2022年1月11日,省委第一巡视组向杭州电子科技大学党委反馈巡视情况。省委巡视工作领导小组成员、省纪委常务副书记、省监委副主任王海超出席向杭州电子科技大学党委书记王兴杰的反馈会议和向杭州电子科技大学党委领导班子的反馈会议,对巡视整改提出要求。王海超向王兴杰传达了省委书记专题会议精神,省委第一巡视组组长金连山代表省委巡视组分别向王兴杰和杭州电子科技大学党委领导班子反馈了巡视情况。王兴杰主持领导班子反馈会议并作表态讲话。
""", {"unit": "杭州电子科技大学党委", "group": "省委第一巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": date(2022, 1, 11), "problems": 0, "figures": []}),
    # http://146.56.203.80:81/qzbm/detail/content/5ed86275d9e5dc9818000032.html (a banner's scheduling meeting on two
    # rectifications of superior inspections: no unit inspected, no group, no round, no date of a visit; the
    # meeting's day has no year)
    ("banner_two_rectifications", "http://146.56.203.80:81/qzbm/detail/content/5ed86275d9e5dc9818000032.html", "news", """3月8日,按照旗委要求,旗级自治区巡视反馈意见整改工作领导小组办公室、中央脱贫攻坚专项巡视反馈意见整改领导小组办公室主任、旗委副书记孟国庆主持召开两项巡视整改工作调度会议,旗领导鄂荣飞、王洪洲、郭琰参加会议;两项整改工作任务各牵头单位负责人、工作人员参加会议。
会议首先听取了自治区党委巡视反馈意见整改工作任务未完成部门单位的情况说明;……
孟书记强调,自治区党委巡视反馈意见整改工作已进入收尾阶段,中央脱贫攻坚专项巡视整改工作也在紧密组织开展,时间紧、任务重、任务量大,……
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # --- rounds -------------------------------------------------------------------------------------------------
    # https://raw.githubusercontent.com/landv/xwlb/master/html/2024-10-28.html (repository landv/xwlb, a transcript
    # archive of the CCTV evening news: the Politburo hears a central round's report; no unit, no date of the visit)
    ("xwlb_central_third_report", "https://raw.githubusercontent.com/landv/xwlb/master/html/2024-10-28.html", "rounds", """中共中央政治局召开会议 审议《关于二十届中央第三轮巡视情况的综合报告》 中共中央总书记习近平主持会议
央视网消息(新闻联播):中共中央政治局10月28日召开会议,审议《关于二十届中央第三轮巡视情况的综合报告》。中共中央总书记习近平主持会议。
会议指出,在以习近平同志为核心的党中央坚强领导下,巡视工作坚持围绕中心、服务大局,突出问题导向、贯彻严的基调,创新组织方式、深化上下联动,利剑作用持续彰显。从巡视情况看,中央和国家机关、中管金融单位党的建设得到加强,各项工作取得新成效,但也存在一些问题。……
""", {"unit": "", "units": [], "group": None, "term": 20, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://raw.githubusercontent.com/landv/xwlb/master/html/2023-10-10.html (landv/xwlb: a central round's
    # mobilisation meeting; the meeting's day is not the start)
    ("xwlb_central_second_mobilisation", "https://raw.githubusercontent.com/landv/xwlb/master/html/2023-10-10.html", "rounds", """李希出席二十届中央第二轮巡视工作动员部署会议
央视网消息(新闻联播):中共中央政治局常委、中央巡视工作领导小组组长李希10日出席二十届中央第二轮巡视工作动员部署会并讲话。会议传达学习习近平总书记听取中……
""", {"unit": "", "units": [], "term": 20, "round": 2, "start": None, "end": None, "figures": []}),
    # https://github.com/landv/xwlb/blob/master/news/2022-06-17.md (landv/xwlb: the Politburo hears the progress of
    # a central round's rectification in financial units; 两个维护 and 四个意识 are no figures)
    ("xwlb_finance_rectification", "https://github.com/landv/xwlb/blob/master/news/2022-06-17.md", "rounds", """央视网消息(新闻联播):中共中央政治局6月17日召开会议,审议《关于十九届中央第八轮巡视金融单位整改进展情况的报告》。中共中央总书记习近平主持会议。
会议认为,以习近平同志为核心的党中央高度重视巡视工作,……巡视工作围绕中心、服务大局,把“两个维护”作为根本任务,……
会议指出,……推动巡视整改取得阶段性成效。金融单位党委(党组)履行整改主体责任,对照巡视反馈意见抓好落实,一些突出问题和风险隐患得到化解,……纪检监察机关、组织部门加强整改监督,对突出问题开展专项治理,严肃查处一批违纪违法问题。……
""", {"unit": "", "units": [], "group": None, "term": 19, "round": 8, "start": None, "feedback_date": None,
      "figures": []}),
    # http://guojiw.cn/a/guona/2015/0910/15652.html (a ministry-level bureau studies the inspection regulations: 55
    # units inspected every five years is a plan, no figure; the meeting's day has no year; no unit inspected)
    ("tobacco_regulations_meeting", "http://guojiw.cn/a/guona/2015/0910/15652.html", "news", """8月18日,国家烟草专卖局党组书记、局长,中国烟草总公司总经理凌成兴主持召开党组(扩大)会议。会上,驻局纪检组组长高林宣读了《中共中央关于印发<中国共产党巡视工作条例>的通知》和《中国共产党巡视工作条例》(以下简称《条例》),……
会议指出,……要加强巡视制度建设工作,进一步加大对直属单位的巡视力度,做到巡视全覆盖,对行业55家直属单位每5年巡视一遍,同时,机动灵活的开展专项巡视。……(原标题:国家烟草专卖局:对行业55家直属单位每5年巡视一遍)
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://hanzhong.qinfeng.gov.cn/info/1009/30181.htm (a city group's mobilisation in the united-front department;
    # the round is named by the meeting read out; the mobilisation day is not scored; 六个深入了解 is a slogan)
    ("hanzhong_united_front", "https://hanzhong.qinfeng.gov.cn/info/1009/30181.htm", "news", """根据市委统一部署,2025年10月13日上午,市委第一巡察组巡察市委统战部工作动员会召开。会前,市委第一巡察组组长马强主持召开与市委常委、统战部部长邱仕伟的见面沟通会,通报了有关工作安排,学习传达了六届市委第八轮巡察动员部署会精神。……
马强指出,……本轮巡察将坚持围绕中心、服务大局,紧紧围绕“六个深入了解”开展监督,……
""", {"unit": "市委统战部", "group": "市委第一巡察组", "term": 6, "round": 8, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://newwoks.com/cn/xsxc/info_990_itemid_119281.html (a mirror of a state construction company's page: its
    # fourth round of 2023 enters a design institute; the RH projects are not named; the day has no year and a
    # mobilisation day is not scored; 2023年第四轮 names the round, no date)
    ("cccc_second_bureau_entry", "http://newwoks.com/cn/xsxc/info_990_itemid_119281.html", "news", """根据中交二航局(以下简称“公司”)党委关于巡察工作的统一部署,10月12日,公司召开2023年第四轮巡察进驻动员会,对武港院及公司部分RH项目分别开展常规巡察、专项巡察。公司党委常委、纪委书记、党委巡察工作领导小组副组长潘中明出席会议并讲话。
……公司党委第一巡察组组长许世勇代表巡察组介绍工作任务和安排,党委第二巡察组组长徐磊对开展RH项目专项巡察工作进行补充说明。武港院党委书记、董事长刘鹏飞代表被巡察单位作表态发言。
""", {"unit": "武港院", "term": None, "round": 4, "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.asdi.com.cn/content/detail/6201ca367f8b9a37678b4567.html (a design institute's committee studies its
    # rectification: 28 specific problems under 4 aspects and 14 items; 4 meetings held are no metric; 80%以上 of two
    # rectifications together is no completion rate of this inspection; the group is not named)
    ("asdi_rectification_meeting", "https://www.asdi.com.cn/content/detail/6201ca367f8b9a37678b4567.html", "news", """2月7日,虎年新年上班第一天,总院公司党委召开专题会议,研究巡察整改和审计整改工作,……
自集团公司党委巡察反馈意见和审计反馈意见以来,总院公司党委先后召开了4次会议专门研究整改落实,会上,与会人员就集团公司党委巡察总院公司党委提出的4个方面存在的14项28个具体问题和不足,认真讨论整改措施和整改成效;……目前两项整改均已完成80%以上。
""", {"unit": "总院公司党委", "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": [("problems", 28)]}),
    # http://www.i7q9p.com/xwzx/2025/0930/c3391a256259/page.html (a university's leading group hears the check of its
    # first round's rectification and approves its second round's plan: two rounds of the same term, so the term is
    # scored and the round is not; the meeting's day is no date of a visit; 十四五/十五五 are plans, no figures)
    ("university_leading_group_two_rounds", "http://www.i7q9p.com/xwzx/2025/0930/c3391a256259/page.html", "news", """学校党委巡察工作领导小组研究巡察工作
本网讯 9月30日,学校在A座1213会议室召开党委巡察工作领导小组2025年第三次会议。……
会上组织学习了习近平总书记关于深入贯彻中央八项规定精神学习教育的重要指示精神,传达了省委巡视工作领导小组有关文件精神以及第三期省直单位巡察干部培训班有关精神,听取了第三届党委第一轮巡察整改督查情况汇报,研究审议了第三届党委第二轮巡察工作方案。
……紧密围绕学校“十四五”规划实施、“十五五”规划谋划、博士学位授予单位建设、深化教育教学改革等中心工作,……
""", {"units": [], "group": None, "term": 3, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://e71edu.com/info/1061/2283.html (a college prepares for a provincial visit: the round named is the
    # provincial round that will visit it; the college is not named; the meeting's day and the page's date are no
    # start)
    ("college_awaits_provincial_visit", "https://e71edu.com/info/1061/2283.html", "news", """学校召开迎接省委巡视工作部署会
3月9日下午,学校召开迎接省委巡视组对学校开展巡视工作部署会,学校主要领导,全校正处级干部参会,院长刘征主持会议。
……党委副书记王健传达了省委关于来校开展巡视工作的文件精神和省委常委、组织部部长、省委巡视工作领导小组副组长王正谱在第十二届省委第四轮巡视工作动员部署会议上的讲话精神。……
新闻作者:宣传部 责任编辑:朱翠立 新闻日期:2018-03-09 点击:
""", {"group": None, "term": 12, "round": 4, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://news.imnu.edu.cn/info/1011/13276.htm (a university's midpoint report of its own round: no unit named,
    # the meeting's day is no date of the visit; 一要…三要 are demands on the groups)
    ("imnu_fifth_midterm", "https://news.imnu.edu.cn/info/1011/13276.htm", "news", """我校召开十一届党委第五轮巡察工作中期汇报会
发布时间 : 2023-11-20 点击量:
本网讯为了解巡察组工作的进展情况、发现的重要问题、遇到的困难困惑,……11月17日下午,我校召开十一届党委第五轮巡察工作中期汇报会。……
……他强调,一要牢牢把握政治巡察的职能定位,精准查找被巡察单位存在的问题;二要坚持走群众路线,……三要精心策划巡察内容,量化巡察要点,……
""", {"units": [], "group": None, "term": 11, "round": 5, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://lj.wuling.gov.cn/ztlm/xczt/content_297492 (a district group enters the justice bureau; the entry day has
    # no year of its own, the page's dated line gives it; 一是…三是 are the bureau's pledges, no problems)
    ("wuling_justice_entry", "http://lj.wuling.gov.cn/ztlm/xczt/content_297492", "news", """区委第一巡察组进驻区司法局开展巡察工作
来源:本站原创 发布时间:2018-10-26 浏览次数:
根据区委统一部署,10月25日上午,区委第一巡察组正式进驻区司法局并召开巡察工作动员会。区委巡察工作领导小组成员、区委组织部副部长刘进、区委第一巡察组全体成员、区司法局全体在家的干部职工及退休老干部代表参会。
……区司法局党组书记、局长戴正伟代表司法局党组和全体干部职工郑重表态:要深刻领会会议精神,贯彻落实巡察安排。一是摆正位置,端正态度,充分认识巡察工作目的意义;二是严肃纪律,全力配合,坚决服从巡察组工作安排;三是接受监督,认真整改,坚决落实巡察组意见建议。
""", {"unit": "区司法局", "group": "区委第一巡察组", "term": None, "round": None, "start": date(2018, 10, 25),
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://61.150.65.235/zfxxgk/bmxxgk/zfbm/zrzyj/ywgz/1907280910146400258.html (a district natural-resources bureau's
    # rectification is assessed: the round is the district's fourth; the assessment team is no group; the day has no
    # year; 20余人 attending is no figure; 一是…三是 are demands)
    ("natural_resources_assessment", "http://61.150.65.235/zfxxgk/bmxxgk/zfbm/zrzyj/ywgz/1907280910146400258.html", "news", """2月29日上午,区自然资源局召开区委第四轮巡察反馈问题整改落实工作考评会。会议由第二考评组组长曹凯同志主持,区自然资源局领导班子、机关全体干部、局中层干部、“两代表一委员”及服务对象共20余人参加了会议。
会上,区自然资源局党组书记、局长孙晓振同志汇报了巡察整改进展情况,……
……对下一步工作提出要求:一是要进一步提高政治站位,深刻认识巡察整改工作的重要意义;二是要不断持续用力,举一反三,彻底整改,……三是要加强巡察整改工作成果运用,……
""", {"unit": "区自然资源局", "group": None, "term": None, "round": 4, "start": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://tjj.suzhou.gov.cn/sztjj/gzdt/202406/e11d178f114249bb8b0081b13f6ea2d3.shtml (a city group mobilises in the
    # statistics bureau; the round is named by the meeting relayed; 四个聚焦 and 一是聚焦… are the contents of the
    # visit, no problems; the mobilisation day is not scored)
    ("suzhou_statistics_mobilisation", "https://tjj.suzhou.gov.cn/sztjj/gzdt/202406/e11d178f114249bb8b0081b13f6ea2d3.shtml", "news", """根据市委统一部署,2024年6月12日,市委第三巡察组巡察苏州市统计局党组工作动员会召开。市委第三巡察组组长吴思勤传达了市委第五轮巡察动员部署会精神并作动员讲话,……市统计局党组书记、局长夏文主持会议并作表态发言。
……吴思勤强调,市委巡察组将围绕“四个聚焦”,对照被巡察单位“三定”规定,……主要聚焦四个方面:一是聚焦贯彻落实党中央和省委、市委重大决策部署情况,……二是聚焦群众身边腐败问题和不正之风,……
""", {"unit": "苏州市统计局党组", "group": "市委第三巡察组", "term": None, "round": 5, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://news.shi-fen.com/china/202005/50-748046.html (a discipline team's unannounced check of the
    # rectification of a central look-back's findings: the 12 problems and 4 suggestions are the check's, not an
    # inspection's; no group, no dates)
    ("water_supply_spot_check", "https://news.shi-fen.com/china/202005/50-748046.html", "news", """近日,甘肃省纪委监委派驻省水利厅纪检监察组采取“四不两直”工作方式,对脱贫攻坚农村饮水安全整改工作开展明察暗访。
工作组先后深入礼县和秦安县的7个乡镇15个行政村,入户走访群众19户,……重点对两县中央脱贫攻坚专项巡视“回头看”反馈问题整改落实情况、在建农村饮水安全工程建设进展情况……开展明察暗访。
通过明察暗访,派驻纪检监察组共发现农村饮水水源、供水管网、供水保障情况、水质监测情况和群众用水情况等各类问题12个,提出工作建议4条,……
""", {"group": None, "term": None, "round": None, "start": None, "feedback_date": None, "figures": []}),
    # http://www.aqrd.gov.cn/plus/view.php?aid=11362 (a district group enters the district congress; the entry day has
    # no year of its own, the page's dated line gives it; 一是…三是 are the visit's contents; 10天左右 gives no end)
    ("yingjiang_congress_entry", "http://www.aqrd.gov.cn/plus/view.php?aid=11362", "news", """迎江区委巡察组进驻区人大开展巡察工作
发布时间:2020-07-01     阅读次数:
根据迎江区委关于巡察工作的统一部署,6月30日上午,区委第一巡察组进驻区人大开展巡察工作并召开见面会。区委第一巡察组组长焦贤玉出席会议并做部署安排,……
巡察组指出,本次常规巡察将从三个方面开展,一是党中央决策部署以及省市区委要求的贯彻落实情况;二是群众身边腐败问题以及遵守中央八项规定、整改形式主义官僚主义情况;三是区人大机关党支部自身建设情况。
……区委第一巡察组将在区人大工作10天左右。……
""", {"unit": "区人大", "group": "区委第一巡察组", "term": None, "round": None, "start": date(2020, 6, 30),
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # http://sdjxgt.com/info/1101/329481.htm (a vocational school deploys the rectification after a department's
    # group visited it: the group has no number, the school is not named; 3个月 is the rectification's span; 四点意见
    # are demands)
    ("school_department_group_rectification", "http://sdjxgt.com/info/1101/329481.htm", "news", """12月25日上午,厅党组巡察组巡察整改工作部署会议在学校第一会议室召开。党委书记郑德前主持会议并讲话,党委副书记、校长刘福玉部署巡察整改工作,……
郑德前强调了四点意见,一是要进一步提高政治站位,切实增强做好巡察整改工作的政治自觉、思想自觉和行动自觉。……二是要进一步压紧压实责任,确保按期圆满完成各项整改任务。要主动对标对表,抓紧抓实3个月的集中整改和长期整改,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://zzb.aqnu.edu.cn/info/1002/2861.htm (a university's leading group assesses its first round's
    # rectification; the two schools are not named; the same university as r9's aqnu_fifth_visit, another event)
    ("aqnu_first_round_assessment", "https://zzb.aqnu.edu.cn/info/1002/2861.htm", "news", """7月22日,校党委巡察工作领导小组召开会议,审议第一轮巡察整改成效评估报告。……
会议指出,第一轮被巡察的两个学院党委认真落实学校党委关于巡察整改要求,……取得了阶段性成效。但也还不同程度存在整改不全面、不深入、不彻底、长效机制不健全等问题。……
""", {"units": [], "group": None, "term": None, "round": 1, "start": None, "feedback_date": None, "figures": []}),
    # https://news.jiangnan.edu.cn/info/1135/95339.htm (a university's special check of its rectification enters three
    # offices: a check, no inspection of those offices; no group, no round, no date)
    ("jiangnan_rectification_check", "https://news.jiangnan.edu.cn/info/1135/95339.htm", "news", """9月24日,校党委书记、巡视整改工作领导小组组长吴正国检查指导巡视整改专项督查工作,出席督查组进驻党委办公室、党委宣传部、校长办公室见面沟通会,听取巡视整改和重点工作推进落实情况汇报,并对下阶段巡视整改专项督查工作提出明确要求。
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # https://www.wnmc.edu.cn/info/1711/725811.htm (a medical college schedules its rectification of a provincial
    # visit: no unit named, no group, no date of the visit)
    ("wnmc_rectification_scheduling", "https://www.wnmc.edu.cn/info/1711/725811.htm", "news", """4月24日,校党委书记、巡视整改工作领导小组组长夏劲松主持召开省委巡视整改工作调度会。纪委书记、监察专员王保中,各整改责任单位主要负责人、巡改办、督查组工作人员参加会议。
……会议通报了巡视整改目前整体进展情况,对现阶段推进整改、完善台账的共性问题和个性案例进行了培训和指导。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # https://nmgjtjt.com/site1/jtyw/65c30dcfd7de2e4f391394a1.shtml (a regional inspection office's research team
    # studies a transport group's own inspection work: no inspection is reported; 4个方面 and 三年 are no figures)
    ("transport_group_research_visit", "https://nmgjtjt.com/site1/jtyw/65c30dcfd7de2e4f391394a1.shtml", "news", """1月18日,自治区党委巡视办第二调研组刘海鹏组长一行深入内蒙古交通集团,通过听取汇报、座谈交流、个别谈话、实地查看、查阅资料等方式,了解掌握集团巡察工作开展情况和检查工作。……
张翔向调研组汇报了交通集团党委在履行巡察工作主体责任、组织开展巡察工作、巡察整改和成果运用、巡察规范化建设等4个方面工作情况。……区直单位作为全区巡视巡察工作的重要组成部分,在过去的三年中,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # https://c.m.163.com/news/a/JGT4SLUQ0514OUFM.html (a county group mobilises in the education bureau, copied to a
    # portal with image placeholders; the day has no year; 一是…三是 are demands; 六巡 is a slogan)
    ("jintang_education_mobilisation", "https://c.m.163.com/news/a/JGT4SLUQ0514OUFM.html", "news", """![](https://static.ws.126.net/163/frontend/images/2022/empty.png)
11月13日,县委第三巡察组巡察县教育局党组工作动员会召开。
会前,县委第三巡察组组织召开了见面沟通会,……县教育局党组书记、局长龙彦同志主持会议并作表态发言。
![](https://static.ws.126.net/163/frontend/images/2022/empty.png)
县委第三巡察组组长胡红同志指出:……对县教育局党组的巡察监督要紧紧围绕“四个聚焦”,统筹推进“六巡”。一是要高度重视。……二是要严明纪律。……三是要实事求是。……
""", {"unit": "县教育局党组", "group": "县委第三巡察组", "term": None, "round": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.sycn.cn/news/22180.html (a county group's feedback of a special poverty-relief inspection to the
    # education bureau; the day has no year; the slogans 一聚焦、两降低…八免费 are no figures; no problems listed)
    ("chengbu_education_feedback", "https://www.sycn.cn/news/22180.html", "news", """邵阳新闻在线讯(通讯员 曹俊 杨旭辉)8月12日上午,城步苗族自治县委第二巡察组关于对县教育局开展扶贫领域专项巡察情况反馈会在县教育局召开。……
会上,县委第二巡察组组长杨进奎同志通报了中共城步苗族自治县委第二巡察组关于对县教育局党委开展扶贫领域专项巡察情况的反馈意见,……
……围绕“一聚焦、两降低、三提高、四保障、六倾斜、八免费”的教育扶贫思路,全面落实教育扶贫工作。……
""", {"unit": "县教育局党委", "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.ldlz.gov.cn/news/2020/03/12558.html (a discipline team's check of housing campaigns reported back to
    # a bureau: a check, no inspection; 四个方面 of the campaign are no figure; the days have no year)
    ("loudi_housing_check", "http://www.ldlz.gov.cn/news/2020/03/12558.html", "news", """……市纪委市监委驻市住建局(人防办)纪检监察成立督查组,于3月17日至22日对全市农村危房改造百日攻坚行动和人防系统行业整治工作开展专项监督检查。
……针对存在的问题,督查组于3月23日及时向市住建局(市人防办)党组进行了反馈,……在人防系统行业整治工作中,要勇于担当作为,抓住重点环节、关键问题,围绕履行主体责任、工程建设管理等四个方面开展全面整治。
""", {"group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://baihe.qinfeng.gov.cn/info/1016/7429.htm (a county group mobilises a special inspection in the housing
    # bureau; the day has no year; 2018年以来 is the check's scope, no date; 一是…四是 are the bureau's pledges)
    ("baihe_housing_special", "https://baihe.qinfeng.gov.cn/info/1016/7429.htm", "news", """4月23日,县委第一巡察组在县住建局召开工程建设和扶贫领域专项巡察暨巡视巡察反馈问题整改落实情况专项督查工作动员会议,全面启动工程建设和扶贫领域专项巡察和2018年以来中央、省委巡视及市县巡察反馈问题整改落实情况专项督查。……
……县住建局主要负责人就配合做好本次专项巡察、专项督查工作作表态发言,并要求县住建局各股室(单位)一是要切实提高思想认识,……二是要切实做好工作配合,……
""", {"unit": "县住建局", "group": "县委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://zjj.weihai.gov.cn/art/2024/9/29/art_28584_4926385.html (a city group's feedback to the housing bureau:
    # three problems separated by semicolons after 主要是; clues handed over are not counted)
    ("weihai_housing_feedback", "https://zjj.weihai.gov.cn/art/2024/9/29/art_28584_4926385.html", "news", """市委第三巡察组向市住房和城乡建设局党组反馈巡察情况
根据市委统一安排,2024年9月23日,市委第三巡察组向市住房和城乡建设局党组反馈巡察情况。……
按照市委统一部署,2024年6月15日至7月31日,市委第三巡察组对市住房和城乡建设局党组进行了工程项目和招标投标领域专项巡察。……
栾国栋指出,……但从巡察发现和群众反映的情况看,还存在一些问题,主要是:对区市招投标监管部门监管职责未压实,日常监管处理能力有待提升;对评标专家日常管理和招标代理机构从业行为的约束手段仍需完善,招标过程违规、专家评审存在不良行为等问题仍不同程度存在,围标串标问题没有得到根治;招标人工程建设主人翁意识不高,工程过程管理仍有短板等。同时,巡察组还收到反映一些党员、干部的问题线索,已按规定移交有关部门处理。
""", {"unit": "市住房和城乡建设局党组", "group": "市委第三巡察组", "term": None, "round": None,
      "start": date(2024, 6, 15), "end": date(2024, 7, 31), "feedback_date": date(2024, 9, 23), "problems": 3,
      "figures": []}),
    # http://news.hxfzzx.com/fjxw/2019/0715/159073.html (a provincial procuratorate's own group reports back to a
    # city procuratorate: the visit dated, the feedback 近日; the problems are named by area, not listed)
    ("putian_procuratorate_feedback", "http://news.hxfzzx.com/fjxw/2019/0715/159073.html", "news", """省检察院党组第一巡视组向莆田市检察院党组反馈巡视情况
……按照省检察院党组巡视工作领导小组统一部署,省检察院党组第一巡视组于2019年5月8日至6月14日对莆田市检察院开展巡视。近日,省检察院党组第一巡视组向莆田市委常委、政法委书记李飞亭通报巡视情况。同日,向莆田市检察院党组书记、检察长许志鹏反馈巡视情况,随后召开反馈会议。……
""", {"unit": "莆田市检察院党组", "term": None, "round": None, "start": date(2019, 5, 8), "end": date(2019, 6, 14),
      "feedback_date": None, "figures": []}),
    # http://www.whxjw.gov.cn/html/wenzhang_679906.html (a city inspection office's research visit to a county on
    # cross inspections: no inspection reported; the visit's day has no year)
    ("wuhu_cross_research", "http://www.whxjw.gov.cn/html/wenzhang_679906.html", "news", """5月21日,市纪委常委、市委巡察办主任吴秀丽一行到县调研指导县(市、区)交叉(提级)巡察工作。县领导侯正权陪同调研,并主持座谈会。
……吴秀丽一行还就正在进行的教育系统联动巡视巡察做深入了解。……(县委巡察办 汤来颜)
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # http://www.jieyang.gov.cn/jyga/jwdt/jwyw/content/post_976506.html (a city publishes its group's findings on the
    # police bureau: problems numbered under headings, the list cut by the collector after the second heading's two
    # points, so five problems; 1135 and 一化一海五优特 are slogans)
    ("jieyang_police_findings", "http://www.jieyang.gov.cn/jyga/jwdt/jwyw/content/post_976506.html", "news", """根据市委巡察工作统一安排,2025年6月5日至2025年8月8日,市委第四巡察组对市公安局党委开展了巡察。
一、巡察发现的问题
(一)学习贯彻习近平新时代中国特色社会主义思想不到位,履行新时代公安职责能力有待提升
1.学习贯彻总书记关于新时代公安工作重要论述精神不到位。深入推进警务体制机制改革力度有待加强。……
2.服务保障市委部署要求有差距。领导全市公安机关主动服务市委“1135”工作思路,为“一化一海五优特”产业发展规划合力营造良好的社会治安环境仍有不足,……
3.履行公安机关新时代职责使命有短板。打击整治严重违法犯罪力度有待加强;……
(二)纠治群众身边不正之风和腐败问题力度不足,执法为民意识有待加强
1. 为民服务意识不强。对基层单位接处警工作指导监督力度不到位;信访件实体化解率有待提高。
2.重点领域关键环节存在风险隐患。个别案件侦办不力;……
……
""", {"unit": "市公安局党委", "group": "市委第四巡察组", "term": None, "round": None, "start": date(2025, 6, 5),
      "end": date(2025, 8, 8), "feedback_date": None, "problems": 5, "figures": []}),
    # No address: the search corpus ("pages") returned this city's publication of findings without one. Four numbered
    # problems of the police bureau; the visit dated
    ("police_special_findings", "search corpus pages (no URL returned)", "news", """根据市委统一部署,2024年2月28日至4月12日,市委第一巡察组对市公安局党委开展了专项巡察。根据市委巡察工作有关规定,现将巡察情况通报如下:
1.聚焦主要职能职责不够,以高水平安全服务保障高质量发展有差距。执法办案质效不够高,为民服务、优化营商环境的理念树得不够牢。
2.全面从严管党治警措施不够有力。管党治警存在“宽松软”现象,派驻纪检监察机构履行监督责任有差距,大监督格局尚未有效形成。
3.党的建设工作有短板。党委理论学习不到位,制度建设不完善,……
4.问题整改和成果运用存在差距,“后半篇文章”抓得不够严实。
""", {"unit": "市公安局党委", "group": "市委第一巡察组", "term": None, "round": None, "start": date(2024, 2, 28),
      "end": date(2024, 4, 12), "feedback_date": None, "problems": 4, "figures": []}),
    # https://wjgqfy.hbfy.gov.cn/DocManage/ViewDoc?docId=821d6366-7493-4cc1-b9b3-26850bf2f105 (a joint city-district
    # group reports back to a district court: the visit's dates lost their 至 (2020年5月6日6月5日) but read one way
    # only; the feedback day's year from the page's dated line; the group has no number; 一是…四是 are advice)
    ("wujiagang_court_feedback", "https://wjgqfy.hbfy.gov.cn/DocManage/ViewDoc?docId=821d6366-7493-4cc1-b9b3-26850bf2f105", "news", """市区联动巡察组向伍家岗区法院反馈巡察意见
时间:2020-09-28 阅读:402
根据宜昌市委统一部署,市区联动巡察组于2020年5月6日6月5日对伍家岗区法院进行了为期一个月的巡察。经市委巡察工作领导小组同意,9月26日上午,市区联动巡察组在伍家岗区法院召开巡察情况反馈会议,市区联动巡察组组长余胜强代表巡察组向伍家岗区法院党组反馈巡察意见,……
巡察组在反馈意见中肯定了近三年来区法院党组各项工作取得的成绩,同时,指出区法院党组在……等方面存在的问题和不足,并提出意见建议:一是切实加强党对人民法院工作的领导;二是切实把“司法为民、公正司法”的要求贯穿法院工作全过程、各方面;三是切实履行全面从严管党治党政治责任;四是切实加强法院队伍和基层组织建设。
""", {"unit": "伍家岗区法院党组", "term": None, "round": None, "start": date(2020, 5, 6), "end": date(2020, 6, 5),
      "feedback_date": date(2020, 9, 26), "problems": 0, "figures": []}),
    # https://gchzfy.hncourt.gov.cn/public/detail.php?id=3620 (a city's raised-level group reports a special inspection
    # to a district court: five problems 一是…五是; the day has no year; 一要…三要 are demands; the group's name is
    # unusual (提级巡察第二巡察组), not scored)
    ("guancheng_court_feedback", "https://gchzfy.hncourt.gov.cn/public/detail.php?id=3620", "news", """3月1日上午,郑州市委提级巡察第二巡察组对郑州市管城回族区人民法院开展巩固政法队伍教育整顿成果专项巡察情况反馈会在管城区委召开。……
孔玉峰同志对专项巡察情况进行了通报:……同时,巡察也发现了管城区法院以下主要问题:一是党组政治引领作用发挥不够,安排部署巩固政法队伍教育整顿成果工作不力;二是落实两个责任不够有力,严的氛围尚未形成;三是持之以恒抓作风建设有差距,执行巩固教育整顿成果各项措施不到位;四是组织建设有短板,党建引领推动巩固教育整顿成果工作有不足;五是问题整改不深入,推进巡察成果运用有差距等问题,并提出了整改意见与建议。
郜立勇同志……就抓好巡察整改提出明确要求:一要正视问题,保持高度警醒。……二要压实责任,坚决抓好整改。……三要举一反三,推动标本兼治。……
""", {"unit": "郑州市管城回族区人民法院", "term": None, "round": None, "start": None, "feedback_date": None,
      "problems": 5, "figures": []}),
    # https://www.cdqy.sichuanpeace.gov.cn/fy/20240822/2902833.html (a district's linked group reports back to the
    # court: the province's round named is the superior's, so no round here; problems told by area, not counted;
    # the court's honours are no figures)
    ("qingyang_court_feedback", "https://www.cdqy.sichuanpeace.gov.cn/fy/20240822/2902833.html", "news", """根据区委巡察工作领导小组安排部署,2024年8月14日上午,青羊区委第一联动巡察组向区法院党组反馈巡察情况。……
根据十二届省委第四轮巡视工作带巡察有关要求,2024年3月22日至4月22日,区委第一联动巡察组对区法院党组进行了政治巡察。……
赵敏指出,……巡察期间,巡察组发现区法院在落实党中央决策部署方面,存在司法为民理念树立不够牢固等问题;群众身边腐败和不正之风方面,主要存在全面从严管党治党主体责任未压实、资产资金管理制度落实不严的情况;……
""", {"unit": "区法院党组", "group": "区委第一联动巡察组", "term": None, "round": None, "start": date(2024, 3, 22),
      "end": date(2024, 4, 22), "feedback_date": date(2024, 8, 14), "figures": []}),
    # https://www.cdxd.sichuanpeace.gov.cn/fy/20240829/2905438.html (a district group reports 25 problems to the court;
    # the group is named once with its district in front, then without; 216项(次) honours are no figure; 四点意见 are
    # advice)
    ("xindu_court_feedback", "https://www.cdxd.sichuanpeace.gov.cn/fy/20240829/2905438.html", "news", """新都区委第三巡察组向区法院党组反馈巡察情况
根据区委巡察工作领导小组安排部署,2024年8月22日,新都区委第三巡察组巡察区法院党组情况反馈会召开。反馈会上,区委第三巡察组组长李静秋向区法院主要负责同志和党组反馈了巡察意见,……
2024年3月20日至4月19日,区委第三巡察组对区法院党组进行了政治巡察。……
区委第三巡察组组长李静秋指出,区法院……荣获蓉城政法先锋集体等国家、省级、市级以上表彰216项(次)。但在贯彻落实上级决策部署、提升司法效率和公正水平、着力解决群众急难愁盼等方面还存在25个问题。巡察组提出四点意见:一是提高政治站位,扛牢巡察整改责任;二是抓实“四责协同”,推进全面从严治党;……
""", {"unit": "区法院党组", "group": "区委第三巡察组", "term": None, "round": None, "start": date(2024, 3, 20),
      "end": date(2024, 4, 19), "feedback_date": date(2024, 8, 22), "figures": [("problems", 25)]}),
    # http://cszy.hunancourt.gov.cn/article/detail/2024/07/id/8035636.shtml (a city group's feedback to the
    # intermediate court: the feedback day's year from the page's dated line; the visit in months only (2024年3月至5月)
    # reads as their first and last days; four problems separated by semicolons after 主要是; 一要…四要 are advice)
    ("changsha_court_feedback", "http://cszy.hunancourt.gov.cn/article/detail/2024/07/id/8035636.shtml", "news", """市委第四巡察组巡察市中院党组情况反馈会议召开
作者:江闽川 摄影:袁建斌  发布时间:2024-07-20 12:00:00
根据市委巡察工作的统一部署,7月19日,市委第四巡察组巡察市中级人民法院党组情况反馈会议召开。……
2024年3月至5月,市委第四巡察组对市中院党组开展了常规巡察,并协同市委政法委开展了政治督察。
会议指出,……但巡察中也发现了一些问题,主要是:贯彻落实党的路线方针政策、党中央重大决策部署和上级工作要求还有差距;履行主责主业、提升案件审判质效需更发力;管党治党“宽松软”现象尚有存在;着力解决民生领域的痛点难点问题力度仍有不足。同时,巡察组提出整改意见:一要聚焦政治建设,……二要聚焦主责主业,……三要聚焦管党治党,……四要聚焦整改质效,……
""", {"unit": "市中级人民法院党组", "group": "市委第四巡察组", "term": None, "round": None, "start": date(2024, 3, 1),
      "end": date(2024, 5, 31), "feedback_date": date(2024, 7, 19), "problems": 4, "figures": []}),
    # http://www.zjrmfy.suzhou.gov.cn:80//fypage/toContentPage/xwzx/82a07a489894b6020198981a18850004 (a city group
    # mobilises in the intermediate court; 一是聚焦… are the visit's contents; the mobilisation day is not scored)
    ("suzhou_court_mobilisation", "http://www.zjrmfy.suzhou.gov.cn:80//fypage/toContentPage/xwzx/82a07a489894b6020198981a18850004", "news", """市委第一巡察组巡察市中级人民法院党组工作动员会召开
[发布日期: 2025-08-11 ]
根据市委统一部署,2025年8月7日,市委第一巡察组巡察市中级人民法院党组工作动员会召开。……
陈伟俊强调,市委巡察组将围绕“四个聚焦”,……主要是:一是聚焦贯彻落实党中央和省委、市委重大决策部署情况,……二是聚焦群众身边不正之风和腐败问题,……
""", {"unit": "市中级人民法院党组", "group": "市委第一巡察组", "term": None, "round": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://gd.huaxia.com/c/2020/10/26/720520.shtml (a production corps' round: five divisions' committees named,
    # 43 farms counted; the entry day has no year; 2个月左右 gives no end; units inspected are no figure)
    ("corps_ninth_round", "https://gd.huaxia.com/c/2020/10/26/720520.shtml", "rounds", """经兵团党委批准,七届兵团党委第九轮巡视对六师五家渠市、七师胡杨河市、八师石河子市、九师、十师北屯市等5个师市党委开展巡视“回头看”,对各师市所属43个团场党委开展常规巡视。截至10月22日,4个巡视组已分别进驻六师五家渠市、七师胡杨河市、八师石河子市、十师北屯市及相关团场,预计11月中旬进驻九师及相关团场。
……兵团党委巡视组将在各被巡视单位工作2个月左右。……
""", {"unit": "", "units": ["六师五家渠市", "七师胡杨河市", "八师石河子市", "九师", "十师北屯市"], "term": 7, "round": 9,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.bzlzw.gov.cn/info/1008/36157.htm (a prefecture's round: eight party bodies of its first batch, the
    # last with its station in brackets; 一托二 and 一轮两批次 are no figures)
    ("bortala_eleventh_round", "http://www.bzlzw.gov.cn/info/1008/36157.htm", "rounds", """十三届自治州党委第十一轮巡察完成进驻
根据自治州党委关于巡察工作统一部署,近日,十三届自治州党委第十一轮巡察完成进驻工作。本轮巡察共派出4个巡察组,采取“一托二”“一轮两批次”方式,第一批次对州党委办公室、州人大常委会机关党组、州人民政府办公室党组、州政协机关党组、州党委政策研究室、州党委机构编制委员会办公室、州党委老干部局、博尔塔拉融媒体中心党委(博尔塔拉广播电视台)8个党组织开展常规巡察。
被巡察党组织分别召开巡察进驻动员会。……
""", {"unit": "", "units": ["州党委办公室", "州人大常委会机关党组", "州人民政府办公室党组", "州政协机关党组", "州党委政策研究室",
                            "州党委机构编制委员会办公室", "州党委老干部局", "博尔塔拉融媒体中心党委（博尔塔拉广播电视台）"],
      "group": None, "term": 13, "round": 11, "start": None, "end": None, "figures": []}),
    # http://ksjj.gov.cn/art/57497 (a county-level city's second batch enters four units; the group has no number; the
    # days of the mobilisation meetings have no year and are no start)
    ("kunshan_tenth_second_batch", "http://ksjj.gov.cn/art/57497", "rounds", """根据市委统一部署,10月20日至10月27日,市委巡察组分别在市公安局、市委党校、团市委、市妇联召开了巡察工作动员会,进驻被巡察单位开展巡察工作。
本轮市委巡察以习近平新时代中国特色社会主义思想为指导,深入贯彻党的十九大和十九届二中、三中、四中全会精神,……
十三届市委第十轮巡察第二批进驻被巡察单位情况及联系方式一览表
""", {"unit": "", "units": ["市公安局", "市委党校", "团市委", "市妇联"], "term": 13, "round": 10, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # No address: the search corpus ("pages") returned this round-level feedback without one. A city's six groups
    # report back to 31 bodies; the days have no year; the 有的… clauses describe the 31 bodies, not one unit's problems
    ("city_31_bodies_feedback", "search corpus pages (no URL returned)", "rounds", """根据市委统一部署,9月2日至9月10日,市委6个巡察组分别向本轮常规巡察、巡察“回头看”、专项巡察涉及的31家党组织进行了反馈。
巡察组向各被巡察党组织主要负责人通报了本轮巡察发现的突出问题,向被巡察党组织领导班子反馈了巡察情况。……
反馈指出,近年来被巡察党组织能够认真贯彻上级决策部署,……但巡察也发现了一些问题和不足,有的贯彻落实新发展理念不够完整准确全面,全面深化改革、推动高质量发展不够有力;有的全面从严治党主体责任压得不实,重点领域风险防控存在短板弱项;有的落实新时代党的组织路线还有短板,……
按照有关规定,被巡察党组织要在反馈后1个月内……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # https://jingzhou.cjyun.org/p/79294.html (a province's look-back entries: six groups enter cities and counties;
    # the list is cut by the collector after 蕲春县, and the earlier entries of five more groups are left out; the days
    # have no year; several groups, so no one group)
    ("hubei_lookback_entries", "https://jingzhou.cjyun.org/p/79294.html", "rounds", """湖北省委11个巡视组已进驻32家被巡视单位(内附表格)
根据省委统一部署,4月25日-28日,省委第一、第二、第三、第五、第六、第九巡视组分别进驻黄冈市、十堰市、黄石市、荆州市、鄂州市、荆门市及麻城市、蕲春县……开展巡视“回头看”,并召开了巡视工作动员部署会。至此,省委11个巡视组今年上半年对2家省直单位和10个市、20个县(市、区)的巡视“回头看”已全部进驻。
""", {"unit": "", "units": ["黄冈市", "十堰市", "黄石市", "荆州市", "鄂州市", "荆门市", "麻城市", "蕲春县"], "group": None,
      "term": None, "round": None, "start": None, "end": None, "figures": []}),
    # http://hb.china.com.cn/2022-11/04/content_42159585.htm (a provincial round's mobilisation: 33 counties, one
    # named; the table of groups was not copied; the meeting's day is not the start; 两个月左右 gives no end)
    ("hubei_second_round_mobilisation", "http://hb.china.com.cn/2022-11/04/content_42159585.htm", "rounds", """11月3日,十二届湖北省委第二轮巡视动员部署会议在武汉召开,标志着十二届湖北省委第二轮巡视正式启动。
……经省委批准,十二届省委第二轮巡视将派出11个巡视组对阳新县等33个脱贫县(市、区)开展常规巡视,为期两个月左右。巡视期间同步开展选人用人、意识形态工作责任制落实情况和巡察工作专项检查。
""", {"unit": "", "units": ["阳新县"], "group": None, "term": 12, "round": 2, "start": None, "end": None,
      "figures": []}),
    # http://news.kthtea.cn/news/41651.html (a mirror of a province's year in inspection: two rounds named (第九轮,
    # 第十轮), so neither is this text's; 6185 villages inspected, 37份 materials and 200余个 rules are no metric of a
    # rectification)
    ("hubei_year_review_mirror", "http://news.kthtea.cn/news/41651.html", "rounds", """加强对“一把手”的巡视监督,研究制定《加强“一把手”巡视监督指引》,共形成“一把手”专题材料37份,为省委选人用人、监督管理提供重要参考。
省委巡视机构不断提升巡视质量。2025年4月至6月,采取“常规巡视+回头看+联动巡”方式部署开展省委第九轮巡视,对17个市州(直管市、林区)突出“全面体检”,对8个国家级开发区突出改革创新,对26个县市区突出“群腐”集中整治和巡视整改落实,增强针对性、实效性。
9月至11月,省委第十轮巡视板块轮动对5家省直单位、11家省属企业开展常规巡视。
实现对村巡察全覆盖。研究制定《湖北省对村巡察工作指引》,……全年巡察行政村6185个,发现一批面上问题和问题线索,……
……据统计,通过深入开展数据比对分析,研究务实管用比对规则200余个,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "feedback_date": None, "figures": []}),
    # https://epaper.hubeidaily.net/pc/content/202407/30/content_282632.html (a provincial committee hears the
    # rectification of a special round of 15 departments: none named; 中旬 and 底 are parts of months, not scored; the
    # meeting's day is no feedback)
    ("hubei_special_round_meeting", "https://epaper.hubeidaily.net/pc/content/202407/30/content_282632.html", "rounds", """2024年07月30日
省委召开专题会议
压紧压实全面从严治党主体责任 加强巡视整改和成果运用
湖北日报讯 (记者张进、王馨)根据省委工作部署,今年3月中旬至4月底,省委巡视组对15家省直单位党组(党委)推进建设全国构建新发展格局先行区情况开展专项巡视。7月29日,省委召开专题会议,听取省委巡视办、被巡视单位关于巡视整改情况和有关省领导关于履行“一岗双责”情况的汇报,研究部署下一步工作。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "feedback_date": None, "figures": []}),
    # http://wuhan.baogaosu.com/xinwen/%E5%B7%A1%E8%A7%86%E7%BB%84%E6%96%B0%E8%BF%9B%E9%A9%BB/47444977/ (two
    # provincial groups enter three offices on two days: which office on which day is not said, so no start; no one
    # group; the dated line 07.06.2016 is the page's)
    # (r27 pass: the start corrected to settled convention 10, the first of the groups' entry days, its year from the
    # page's dated byline 07.06.2016, which the importer reads since this pass)
    ("hubei_three_offices_entry", "http://wuhan.baogaosu.com/xinwen/%E5%B7%A1%E8%A7%86%E7%BB%84%E6%96%B0%E8%BF%9B%E9%A9%BB/47444977/", "rounds", """省委巡视组新进驻3家省直单位
07.06.2016  09:17
根据省委统一部署,6月2日、6日,省委第二、第十巡视组分别进驻省政府参事室、省文史馆、省政府驻京办开展巡视,并召开了巡视工作动员会。
……紧扣“六项纪律”,紧盯“三大问题”,紧抓“三个重点”,发现问题,形成震慑,倒逼改革,促进发展。
""", {"unit": "", "units": ["省政府参事室", "省文史馆", "省政府驻京办"], "group": None, "term": None, "round": None,
      "start": date(2016, 6, 2), "end": None, "figures": []}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=6393 (a ministry's second round of 2015 is mobilised: the
    # round counted within a year is the text's round; 3年内 is a target; the meeting's day is not the start)
    ("water_ministry_second_round", "http://www.jiwei.gov.cn/news_content.thtml?contentId=6393", "rounds", """水利部:启动第二轮巡视 3年内完成巡视全覆盖
12月1日,水利部党组召开2015年第二轮巡视动员暨培训会,就深化部党组巡视工作,扎实推进巡视全覆盖作出部署。……部党组副书记、副部长、部巡视工作领导小组副组长矫勇宣读《水利部党组关于开展2015年第二轮巡视工作的通知》。……
……要认真贯彻中央决策部署,学习借鉴中央巡视组的经验做法,以流域机构和规模大、人员多、资金量大的部直属单位为重点,加快推进巡视,3年内完成对部直属事业单位和直管企业的巡视,努力实现巡视全覆盖。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "figures": []}),
    # https://www.czxww.cn/content/2024-09/02/content_1370630.html (a provincial round's mobilisation: two
    # departments and 35 counties, the list cut by the collector after 衡东县; the city written once stays on its
    # first district only; the meeting's day is not the start)
    ("hunan_seventh_round", "https://www.czxww.cn/content/2024-09/02/content_1370630.html", "rounds", """9月2日下午,十二届省委第七轮巡视动员部署会议在长沙召开。记者从会上获悉,十二届省委第七轮巡视将对2个省直单位党组织、35个县市区开展巡视。
经省委批准,十二届省委第七轮巡视将对省卫生健康委员会、省医疗保障局等2个省直单位党组织和长沙市天心区、开福区,衡南县、衡东县……等35个县市区开展常规巡视,同步巡视带巡察县市区纪委监委机关、组织部门、巡察机构。
""", {"unit": "", "units": ["省卫生健康委员会", "省医疗保障局", "长沙市天心区", "开福区", "衡南县", "衡东县"], "group": None,
      "term": 12, "round": 7, "start": None, "end": None, "figures": []}),
    # No address: the search corpus ("pages") returned this district's entry news without one. Four party bodies,
    # two with their merged offices in brackets; the page's date line is no entry day; 25名 cadres and 1个月左右 are no
    # figures or end
    ("linxiang_fourth_round", "search corpus pages (no URL returned)", "rounds", """临翔:五届区委第四轮巡察完成进驻
发布日期:2022-06-14 16:42:17    信息来源:临翔区
……据悉,本轮巡察是五届区委的第四轮巡察,共派出4个巡察组25名巡察干部,对区民政局、区住房城乡建设局(区人防办)、区政务服务管理局(区行政审批局、区公共资源交易管理局)、区地方产业发展服务中心4个党组织开展常规巡察,……
根据安排,本轮巡察时间为1个月左右,……
""", {"unit": "", "units": ["区民政局", "区住房城乡建设局（区人防办）", "区政务服务管理局（区行政审批局、区公共资源交易管理局）",
                            "区地方产业发展服务中心"], "term": 5, "round": 4, "start": None, "end": None, "figures": []}),
    # No address: the search corpus ("pages") returned this district office's coordination meeting without one. Six
    # towns of the round prepare to publish their rectification; the meeting's day is no date of the round
    ("qingpu_double_publicity", "search corpus pages (no URL returned)", "rounds", """区委巡察办召开第四轮巡察整改情况“双公开”及后评估工作协调会
发布日期:2024-06-06
来源:区委巡察办
6月5日下午,区委巡察办组织召开六届区委第四轮巡察整改情况“双公开”及巡察后评估工作协调会议。……赵巷镇、徐泾镇、华新镇、重固镇、白鹤镇、朱家角镇等6家被巡单位负责巡察整改工作的科室负责人及联络员参加会议。
""", {"unit": "", "units": ["赵巷镇", "徐泾镇", "华新镇", "重固镇", "白鹤镇", "朱家角镇"], "term": 6, "round": 4,
      "start": None, "feedback_date": None, "figures": []}),
    # No address: the search corpus ("pages") returned this university's feedback news without one. Four groups report
    # back to five schools' party bodies; 近日 gives no date; 有的… describes the five together
    ("university_fourth_round_feedback", "search corpus pages (no URL returned)", "rounds", """根据学校党委部署,学校第三届党委第四轮巡察反馈工作近日全部完成。4个巡察组分别向土木工程与建筑学院党委、机械工程学院党委、继续教育学院直属党支部、离退休党工委、外国语学院党委5个二级党组织进行了现场反馈。……
……但巡察也发现,有的单位党组织政治核心作用发挥不够,有的落实党政共同负责制和全面从严治党“两个责任”不够到位,有的落实新时代党的组织路线存在短板,在领导班子和基层党组织建设方面存在薄弱环节。……
""", {"unit": "", "units": ["土木工程与建筑学院党委", "机械工程学院党委", "继续教育学院直属党支部", "离退休党工委", "外国语学院党委"],
      "group": None, "term": 3, "round": 4, "feedback_date": None, "figures": []}),
    # https://m.pouringspot.com/jst/scjst/c101447/2022/3/15/f1c05025845e45f599cb856b755ab152.shtml (a mirror of a
    # provincial department's own second round: two groups report back to three units; 近日 gives no date;
    # 一要…三要 are demands)
    ("sichuan_housing_dept_second_round", "https://m.pouringspot.com/jst/scjst/c101447/2022/3/15/f1c05025845e45f599cb856b755ab152.shtml", "rounds", """近日,住房城乡建设厅党组第二轮巡察第一、第二巡察组分别先后召开会议,向厅机关服务中心、四川省村镇建设发展中心、四川省城乡建设研究院3家单位的党组织主要负责人和领导班子反馈了巡察情况。……
孔燕强调,一要切实提高思想认识。……二要坚决扛起整改责任。……三要严肃强化跟踪问效。……
""", {"unit": "", "units": ["厅机关服务中心", "四川省村镇建设发展中心", "四川省城乡建设研究院"], "group": None, "term": None,
      "round": 2, "feedback_date": None, "problems": 0, "figures": []}),
    # http://111.205.184.227:8081/zixun/2016-09/07/content_11366267.htm (a provincial procuratorate's leading group
    # hears its own inspections of three city procuratorates and look-backs of three more: 第一批 is a batch, no
    # round; 今年7月 has no year; the units share one suffix written once, so they are not scored)
    ("hainan_procuratorate_inspections", "http://111.205.184.227:8081/zixun/2016-09/07/content_11366267.htm", "rounds", """9月2日,海南省检察院召开党组会,专题听取省检察院巡视组对海南省海口市、五指山市、洋浦检察院的巡视报告,以及对定安县、澄迈县、海口市美兰区检察院开展巡视“回头看”的情况汇报。……
据了解,今年7月,海南省检察院启动2016年第一批巡视工作,对海口、五指山、洋浦检察院进行为期两个月的巡视,……
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- audit --------------------------------------------------------------------------------------------------
    # https://www.sg.gov.cn/zw/zdlyxxgk/ryx/sjjggg/content/post_2045025.html (a county audit office's work report to
    # the county congress: an audit, refused as the README says)
    ("ruyuan_budget_audit", "https://www.sg.gov.cn/zw/zdlyxxgk/ryx/sjjggg/content/post_2045025.html", "audit", """关于2020年度县级预算执行和其他财政收支的
审计工作报告
—2021年9月2日在乳源瑶族自治县第十二届
人民代表大会常务委员会第三十九次会议上
乳源瑶族自治县审计局局长 温存
县人大常委会主任、各位副主任,委员:
我受县人民政府委托,向县人大常委会报告2020年度县级预算执行和其他财政收支的审计情况,请审议。
……依法审计了2020年度县级预算执行和其他财政收支情况。审计结果表明,……2020年县级财政预算执行和其他财政收支情况总体良好。
""", {"refused": True}),
    # https://m.bidcenter.com.cn/newsrili-4-331058408.html (a county audit office head answers questions on the
    # rectification report, copied by a tender site: an audit, refused)
    ("feixi_audit_qa", "https://m.bidcenter.com.cn/newsrili-4-331058408.html", "audit", """关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况结果公告的解读
解读人:肥西县审计局局长王静
解读时间:2024年11月20日
……问:《审计整改报告》反映,审计发现问题的整改情况如何,进度如何?
肥西县审计局局长王静答:
1、审计报告指出14个问题,要求立行立改的12个问题已完成整改,2个分阶段整改问题正在整改中。
2、部门预算执行审计查出问题的整改情况,审计了6家单位,指出16个立行立改问题,均已全部完成整改。
3、重点专项资金和绩效审计查出问题的整改情况,开展了2个专项审计调查,指出7个问题,立行立改6个,已完成整改5个,未完成整改1个;分阶段整改1个,正在整改中。
""", {"refused": True}),
    # https://szb.ptxw.com/html/2024-12/20/content_141580_18108803.htm (a city congress hears the rectification of
    # audit findings: refused)
    ("putian_audit_hearing", "https://szb.ptxw.com/html/2024-12/20/content_141580_18108803.htm", "audit", """本报讯 (全媒体记者 李霞)12月19日下午,市八届人大常委会第二十二次会议听取和审议市政府关于我市2023年度市本级预算执行及其他财政收支审计指出问题整改情况的报告。
会议指出,我市高度重视审计整改工作,坚持问题导向,将审计查出的问题分门别类,建立责任清单和整改台账,对账销号,……
""", {"refused": True}),
    # https://fx361.cc/page/2025/0101/25201533.shtml (an accounting journal's abstract on audit rectification
    # reports: refused)
    ("audit_reports_abstract", "https://fx361.cc/page/2025/0101/25201533.shtml", "audit", """【摘 要】 政府审计整改报告就是审计整改责任主体关于其整改责任履行情况的报告,所有承担审计整改责任的单位都应该提出审计整改报告。……文章分别分析了上述不同层级的审计整改报告及其认定的现有基础和优化路径,……
【关键词】 审计整改; 审计整改责任; 审计整改报告; 审计整改结果认定
【中图分类号】 F239.44 【文献标识码】 A 【文章编号】 1004-5937(2025)01-0146-07
""", {"refused": True}),
    # http://www.handmsg.com/page/2024/0930/24680547.shtml (traditional script: a journal's editorial on audit
    # rectification law: refused)
    ("audit_law_editorial_trad", "http://www.handmsg.com/page/2024/0930/24680547.shtml", "audit", """編者按:審計作為一種糾錯機制,促使管理和使用國有資源的責任主體更好地履行其經濟責任。審計整改是審計結果運用的核心內容,……
【摘 要】 對政府審計整改法律法規的制度變遷做一簡要梳理并提出優化策略建議。……需要單獨制定“政府審計發現問題整改法”,對政府審計整改各重要問題做出全面系統的規定。
【關鍵詞】 政府審計整改; 政府審計處理處罰決定; 政府審計建議; 政府審計整改責任單位; 政府審計整改內容
""", {"refused": True}),
    # https://news.buu.edu.cn/art/2023/3/17/art_13583_706462.html (a university pushes the rectification of a budget
    # audit by its municipal commission: refused)
    ("buu_budget_audit_rectification", "https://news.buu.edu.cn/art/2023/3/17/art_13583_706462.html", "audit", """3月16日上午,我校审计处组织召开审计整改工作推进会,专题研究了市教委对我校开展的2021年预算执行与决算审计发现问题整改工作推进情况,校长郭福出席并主持会议,……
郭福对各相关单位提出要求,一是要提高站位,……二是要举一反三,……三是要加强部门协调配合,……
""", {"refused": True}),
    # http://czcit.edu.cn/info/1055/28409.htm (a college's meeting on the rectification of its mid-level cadres'
    # economic-responsibility audits: refused)
    ("czcit_cadre_audit", "http://czcit.edu.cn/info/1055/28409.htm", "audit", """我校召开2025年中层干部经济责任审计整改工作会议
发布时间:2025-09-23
9月23日,我校召开2025年中层干部经济责任审计整改工作会议。……党委委员、组织部部长李春华通报了2025年度中层干部经济责任审计情况,从七个方面梳理了审计发现的主要问题,并就整改工作进行了部署。……
""", {"refused": True}),
    # https://sjc.xatzy.com/info/1101/2160.htm (a college's interim rectification of a state-assets audit: refused)
    ("xatzy_assets_audit", "https://sjc.xatzy.com/info/1101/2160.htm", "audit", """为深入落实审计整改“边审边改”要求,切实做好审计“后半篇文章”,2025年10月16日,在港务校区六楼第三会议室召开国有资产专项审计阶段性整改会,……
审计处通报了国有资产专项审计阶段性查出问题;……把握好“项目立项论证-采购需求确认-招标过程-合同签订-履约验收和资金支付”五个关键环节。……
""", {"refused": True}),
    # https://www.tskpjs.com/_t770/aa/8a/c4153a109194/page.htm (traditional script on a mirror: a college's leading
    # group on the rectification of a provincial audit: refused)
    ("college_audit_leading_group_trad", "https://www.tskpjs.com/_t770/aa/8a/c4153a109194/page.htm", "audit", """2月20日上午,學校審計整改工作領導小組召開深入推進審計整改工作會議。……
會議聽取了整改工作領導小組辦公室主任吳守萍關于審計整改情況的匯報。學院堅持以習近平新時代中國特色社會主義思想為指導,深入貫徹落實省審計廳和省教育廳要求,切實把審計整改作為促進學院高質量發展的有力抓手,……
""", {"refused": True}),
    # https://www.dvnkrgt.xyz/info/1133/21520.htm (traditional script on a mirror: a university's audit meeting that
    # names the provincial inspection's focus in passing; an audit text, refused)
    ("university_audit_meeting_trad", "https://www.dvnkrgt.xyz/info/1133/21520.htm", "audit", """5月26日上午,學校審計聯席擴大會議在聞廳一樓會議室召開。校長宋明順主持會議并講話,……
會上,審計處處長張雅通報了2020年上半年審計工作情況,……并對學校2017年至2019年審計項目整改銷號工作進行了布置。最后根據學校的工作部署,結合審計廳發布的審計發現共性問題清單和省委巡視關注重點,對各二級單位的自查整改工作進行了布置。
""", {"refused": True}),
    # --- noisy --------------------------------------------------------------------------------------------------
    # https://ppfocus.com/0/fa94e25a4.html (traditional script, a news site's copy: a central group's feedback to a
    # national bureau, told in a story about a provincial bureau's office tower; the feedback day has no year, the
    # page's dated line 2020-12-21 gives it; the tower's 309米, 16億元 and the years of its building are no figures)
    ("tobacco_tower_trad", "https://ppfocus.com/0/fa94e25a4.html", "noisy", """廣東菸草局擬搬離豪華辦公樓:堪比五星級酒店 中央巡視組責令整改
2020-12-21 觀察者網
近日,廣東省菸草專賣局召開員工大會宣布,該局將整體搬離珠江城大廈——這座總投資超過30億元、位於廣州CBD的國際超甲級寫字樓。
……國家菸草專賣局廉政辦有關負責人證實,8月19日下午,中央第三巡視組向國家菸草專賣局黨組反饋巡視情況時重點提到,廣東省菸草局在舊辦公樓還能使用的情況下,「違規」搬進了豪華辦公樓。
按照中央巡視組反饋的意見,國家菸草專賣局落實整改,責令廣東省菸草局近期要搬離現有辦公樓,另尋辦公場所。
……2006年8月8日,珠江城大廈奠基。其建築高309米,比原計劃的280米增高29米,初定2009年底完工,……
""", {"unit": "国家烟草专卖局党组", "group": "中央第三巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": date(2020, 8, 19), "figures": []}),
    # http://416w.cn/2017/0721/956501_2.shtml (traditional script with pinyin annotations: a tax administration's
    # inspections counted (8個輪次, 27個省局, 9個巡視組): rounds counted give no round number, units inspected are no
    # figure; the nine provincial bureaus are named only in part (北京、上海、廣州、江蘇等9個省局) and are places, not
    # organisations' names, so no units are scored)
    ("tax_inspections_pinyin", "http://416w.cn/2017/0721/956501_2.shtml", "noisy", """以新《條例》為指南推動(dòng)稅務(wù)系統(tǒng)巡視工作向縱深發(fā)展
……黨的十八大以來(lái),稅務(wù)總局黨組按照中央巡視工作的系列要求,切實(shí)堅(jiān)定政治方向,堅(jiān)持常規(guī)巡視、專(zhuān)項(xiàng)巡視一體謀劃、協(xié)調(diào)推進(jìn),……先后安排8個(gè)輪次,完成對(duì)27個(gè)省局黨組和總局12個(gè)直屬單位巡視任務(wù),在系統(tǒng)上下產(chǎn)生了廣泛影響,……近期,按照稅務(wù)總局黨組巡視工作計(jì)劃又派出9個(gè)巡視組,對(duì)北京、上海、廣州、江蘇等9個(gè)省局開(kāi)展巡視。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.7rdy.cn/news/85351.html (a tax bureau's essay on inspection with a name blanked to XXXXXXX in
    # conversion: it reports no inspection; 十查 and 六个围绕、一个加强 are slogans, no figures or problems)
    ("tax_essay_placeholder", "http://m.7rdy.cn/news/85351.html", "noisy", """一、正确把握政治巡察定位,解决好查什么、改什么的问题
开展政治巡察,是党中央全面从严治党的重要抓手,具有鲜明的政治属性。做好政治巡察工作,必须坚持以XXXXXXX为指导,以加强党的全面领导为统领,推动管党治党主体责任、监督责任落实;……必须坚定不移聚焦“六个围绕、一个加强”主要内容和具体目标,紧盯党的领导弱化、党的建设缺失、管党治党不力“三大问题”精准发力,……在具体工作中,我局牢牢把握政治巡察定位,明确了“十查”巡察重点,保证了巡察工作有的放矢。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.httgc.com/kk/jie-mi-zhong-yang-xun-shi-zu-zai-xin-jiang-de-mi-mi-ban-gong-di-dian-jie-kai-shen-mi-mian-sha.html
    # (a content farm's made-up article on the central groups: it reports no inspection; 2003年 and 2008年 are no
    # dates of a visit)
    ("content_farm_xinjiang", "https://www.httgc.com/kk/jie-mi-zhong-yang-xun-shi-zu-zai-xin-jiang-de-mi-mi-ban-gong-di-dian-jie-kai-shen-mi-mian-sha.html", "noisy", """中央巡视组作为我国政治生活中的一项重要制度安排,其职能是监督和检查各级党组织和领导干部遵守党的纪律和法规的情况。……
中央巡视组成立于2003年,是党中央、国务院批准成立的专门负责巡视工作的机构。……
历史沿革:中央巡视组在新疆的秘密办公地点最早可追溯至2008年。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.21xqjy.com/archive/fan-kui-xun-cha-qing-kuang-ru-he-que-bao-wen-ti-zheng-gai-dao-wei-bing-xing-cheng-zhang-xiao-ji-zhi.html
    # (a content farm's how-to on feedback with a made-up example: 15笔 and XX元 of the example are no figures)
    ("content_farm_feedback_howto", "https://www.21xqjy.com/archive/fan-kui-xun-cha-qing-kuang-ru-he-que-bao-wen-ti-zheng-gai-dao-wei-bing-xing-cheng-zhang-xiao-ji-zhi.html", "noisy", """巡察反馈是将巡察组发现的问题、意见和建议正式传达给被巡察单位的过程。……
例如,在某省级机关的巡察中,巡察组发现其财务管理制度存在漏洞,如报销流程不规范、预算执行不透明等。……如果反馈详细列出具体问题点,如“2023年差旅费报销中,有15笔未附行程单,涉及金额XX元”,并附上相关制度条款和整改建议,就能为后续整改提供清晰的路线图。
""", {"units": [], "group": None, "round": None, "start": None, "feedback_date": None, "figures": []}),
    # http://dufresneprojects.com/cn/xsxc/info_990_itemId_72590.html (traditional script on a mirror: the same
    # company's fourth special round of 2022 reports back to three units at once; the day has no year; three demands
    # 一要…三要 are advice; several groups, so no one group)
    ("cccc_second_bureau_feedback_trad", "http://dufresneprojects.com/cn/xsxc/info_990_itemId_72590.html", "noisy", """根據(jù)中交二航局(以下簡稱公司)黨委關(guān)于巡察工作的統(tǒng)一部署,10月14日,2022年第四輪一流總部建設(shè)專項巡察反饋工作全部完成。公司黨委常委、紀委書記、黨委巡察工作領(lǐng)導(dǎo)小組副組長潘中明出席會議,對巡察整改提出了明確要求。
潘中明……就做好本輪專項巡察整改工作提出了三點要求:一要講政治、高站位,深刻認識巡察整改重要意義;二要明責任、強擔當,扎實做好巡察“后半篇文章”;三要強執(zhí)行、抓落實,促進公司高質(zhì)量發(fā)展。……
公司紀委副書記、黨委巡察辦主任馮新主持會議,公司黨委第二巡察組組長徐磊反饋本輪專項巡察發(fā)現(xiàn)的共性問題等,……
……海外事業(yè)部、市政公司、福州建設(shè)公司3家被巡察單位班子成員、部門負責人參加會議。
""", {"unit": "", "units": ["海外事业部", "市政公司", "福州建设公司"], "term": None, "round": 4, "start": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://49.213.0.198/doc/239_13431_104212367_1.html (traditional script, a Hong Kong agency's copy: a province's
    # first round, second batch, eight universities; the dateline's day has no year; 两个月左右 gives no end)
    ("zhejiang_universities_trad", "http://49.213.0.198/doc/239_13431_104212367_1.html", "noisy", """中評社北京4月28日電/根據浙江省委部署,近日,浙江省委巡視組轉入第一輪第二批巡視工作,本批次共8所高校,分別是溫州大學、紹興文理學院、嘉興學院、湖州師範學院、衢州學院、浙江海洋學院、台州學院、麗水學院。
浙江日報報道,本輪巡視採取“一托二”的形式進行,分兩批先後進駐,為期兩個月左右。目前,浙江省委8個巡視組已全部進駐第二批被巡視單位,並分別召開動員會,……
""", {"unit": "", "units": ["温州大学", "绍兴文理学院", "嘉兴学院", "湖州师范学院", "衢州学院", "浙江海洋学院", "台州学院", "丽水学院"],
      "term": None, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.szqkhbnox.com/kpszrzyj/dwgk/dflzjsqk/content/post_3045831.html (traditional script with pinyin
    # annotations on a mirror: a city group's feedback to the natural-resources bureau; the feedback day 2月1日 has no
    # year, and the visit's (2023) would put it before the visit, so the reader gave no date (settled convention 1: 2024);
    # the visit's 8月底至12月中旬 are parts of months, not scored; whether the sentence after 三是 is a fourth problem
    # is not clear, so problems are not scored)
    ("kaiping_natural_resources_trad", "http://m.szqkhbnox.com/kpszrzyj/dwgk/dflzjsqk/content/post_3045831.html", "noisy", """2月1日,市委第一巡察組向市自然資源局黨組反饋巡察情況。會上,市委第一巡察組組長羅春湖同志傳達市委書記余中華同志在聽取十四屆市委第五輪巡察情況匯報的講話精神,并代表市委巡察組反饋巡察情況。……市自然資源局黨組書記、局長麥振廣主持反饋會議并作表態(tài)發(fā)言。
根據(jù)市委統(tǒng)一部署,2023年8月底至12月中旬,市委第一巡察組對市自然資源局黨組開展了巡察。……
市委第一巡察組在反饋中指出,……但巡察也發(fā)現(xiàn)了一些問題,主要是:一是貫徹落實黨的路線方針政策和黨中央決策部署不夠有力,……二是推進全面從嚴治黨不夠深入扎實,……三是貫徹新時代黨的組織路線不到位,隊伍建設統(tǒng)籌謀劃不足。對上一輪巡察指出的問題整改不扎實。……
""", {"unit": "市自然资源局党组", "group": "市委第一巡察组", "term": 14, "round": 5, "feedback_date": date(2024, 2, 1),  # settled convention 1
      "figures": []}),
    # http://hk1.crntt.com/doc/7_0_105914420_1.html (traditional script, a Hong Kong agency's copy: a provincial round
    # of 33 departments, the list cut by the collector after the eighth; bracketed second names stay with their unit;
    # 近日 gives no start; the page's date line is not the entry's day)
    ("hubei_33_departments_trad", "http://hk1.crntt.com/doc/7_0_105914420_1.html", "noisy", """湖北:完成對33家省直機關單位巡視進駐
http://www.CRNTT.com   2020-10-28 09:20:02
中評社北京10月28日電/據中央紀委國家監察委網站報道,近日,湖北省委11個巡視組完成對33家省直機關單位的進駐工作,十一屆湖北省委第八輪巡視全面展開。
本輪巡視著重對省委政法委(省法學會)、省委軍民融合辦、省委直屬機關工委、省信訪局、湖北日報傳媒集團(湖北日報社)、省科技廳、省公安廳、省司法廳……共33家單位開展常規巡視,同步開展選人用人、保密工作專項檢查。
""", {"unit": "", "units": ["省委政法委（省法学会）", "省委军民融合办", "省委直属机关工委", "省信访局", "湖北日报传媒集团（湖北日报社）",
                            "省科技厅", "省公安厅", "省司法厅"], "group": None, "term": 11, "round": 8, "start": None,
      "figures": []}),
    # http://m.tuanma.com.cn/info/detail_7843.html (traditional script on a mirror: a central work committee's special
    # group enters a ministry; the group is named two ways, so it is not scored; the day has no year; 七大項22條細則
    # and 3年多 are no figures; 一要…三要 are the ministry's demands on itself)
    ("water_ministry_special_trad", "http://m.tuanma.com.cn/info/detail_7843.html", "noisy", """中央國家機關工委巡視組進駐水利部開展落實中央八項規定精神專項巡視
本站訊 為深入推進中央八項規定精神貫徹落實,按照中央巡視工作領導小組部署和中央紀委要求,中央國家機關工委巡視組近日到水利部開展落實中央八項規定精神專項巡視。6月6日上午,水利部黨組副書記、副部長矯勇會見了中央國家機關工委專項巡視第二組全體成員,并進行了交流。
……矯勇表示,水利部黨組高度重視中央八項規定精神的貫徹落實,制定了包括改進調查研究、加強會議管理、精簡文件簡報、規范出訪活動、改進宣傳報道、厲行勤儉節約等方面七大項22條細則的實施辦法。3年多來,……他就配合中央國家機關工委專項巡視組做好巡視工作提出三點要求:一要切實提高思想認識,二要自覺接受巡視監督,三要全力配合巡視工作。
""", {"unit": "水利部", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://security-lk.com/PC/article-68-1215.html (traditional script with pinyin annotations on a mirror: a group
    # company's committee hears the provincial visit's feedback: the company is not named, no group, no date of the
    # visit or the feedback; 四個意識 and 兩個維護 are slogans)
    ("group_company_provincial_feedback_trad", "http://security-lk.com/PC/article-68-1215.html", "noisy", """5月24日下午,集團公司召開黨委擴大會議,深入學(xué)習(xí)習(xí)近平總書記的重要文章《全面深化改革開放,為中國式現(xiàn)代化持續(xù)注入強勁動力》,通報省委巡視組到集團公司檢查情況,研究部署深入推動落實省委巡視反饋意見。
會議認為,省委巡視組對集團公司工作給予充分肯定,同時實事求是指出存在問題,……
會議要求,……增強“四個意識”、堅定“四個自信”、做到“兩個維護”的政治高度,把省委巡視反饋問題整改落實工作與深入學(xué)習(xí)貫徹黨的二十大精神,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.soolun.net/periodical/b66749b320336205bd2a249e95129d33.html (a periodical site's excerpt with its
    # machine translation appended: provinces' inspections counted (15个市、30个县); units inspected are no figure, no
    # round or date is stated)
    ("shandong_abstract_bilingual", "https://www.soolun.net/periodical/b66749b320336205bd2a249e95129d33.html", "noisy", """论文部分内容阅读
截至目前,山东省委巡视组已完成对15个市、30个县(市、区)和部分省直部门单位的巡视任务,发现了一些在党风廉政建设、领导班子建设、“四风”等方面存在的突出问题和领导干部违纪违法问题线索,……
Up to now, the inspection team of Shandong Provincial Party Committee has completed the inspections on 15 municipalities, 30 counties (cities and districts) and some provincial-level departments and units, and found some problems in building a clean government, ……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None,
      "figures": []}),
    # https://zwoople.com/29509/29515/29516/content_2040688 (a new district's page whose name a betting site replaced:
    # the committee approves its first round's plan of 2023; the meeting's day is no date of the round; 2022年 names
    # last year's villages, no date)
    ("new_district_junk_plan", "https://zwoople.com/29509/29515/29516/content_2040688", "noisy", """为确保巡察工作有序推进,推动全面从严治党不断向纵深发展,2月27日下午,区党工委书记王亚丹主持召开2023年巡察工作书记专题会,……
会议组织学习了省、市巡察工作相关文件;听取了2022年社区(村)巡察工作汇报;审议通过了《365速发国际app_best365官网投注链接_bat365app官网入口登录新区党工委2023年第一轮巡察工作实施方案》。
……
""", {"units": [], "group": None, "term": None, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://dgtianen.com/contents/624/3593.html (traditional script with pinyin annotations on a mirror: a school's
    # meeting on the rectification of its inspection and a special campaign; the school and the group are not named;
    # the meeting's day is no date)
    ("school_rectification_meeting_trad", "http://dgtianen.com/contents/624/3593.html", "noisy", """為強化巡察整改及專項治理工作,打通整改“最后一公里”,7月4日上午9點,學校黨委在第一會議室召開巡察整改及專項治理工作推進會。……
會上,首先對省委教育工委實地督查的反饋結果以及巡察整改未完成的問題進行討論,制定了切實可行的實施方案,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.zjunbsn.com/gslz/system/2020/02/12/012318115.shtml (traditional script with pinyin annotations on a
    # mirror: a discipline team's second round of epidemic checks: a check's round is no round, its 159 problems in 7
    # aspects are no inspection's findings; the days have no year)
    ("gansu_police_epidemic_checks_trad", "http://www.zjunbsn.com/gslz/system/2020/02/12/012318115.shtml", "noisy", """日前,甘肅省紀委監(jiān)委派駐省公安廳紀檢監(jiān)察組就全省公安機關疫情防控工作第二輪監(jiān)督檢查作出安排部署。
紀檢監(jiān)察組派出4個監(jiān)督檢查組,……從2月7日至17日,對全省14個市州和蘭州新區(qū)公安機關疫情防控工作開展監(jiān)督檢查。……
……各監(jiān)督檢查組將針對監(jiān)督發(fā)現(xiàn)的卡點執(zhí)勤警力配置不夠科學規(guī)范、……等7個方面159個問題,通過及時反饋通報、現(xiàn)場督促整改、開展“回頭看”等方法,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://www.maika88.com/content/2019/09/04/6417889.html (traditional script with pinyin annotations on a mirror:
    # a city group's feedback to a district police bureau; 2013年以來 is no date)
    ("wulingyuan_police_feedback_trad", "http://www.maika88.com/content/2019/09/04/6417889.html", "noisy", """根據(jù)市委巡察工作領(lǐng)導(dǎo)小組的部署,2019年8月28日,市委第七巡察組向武陵源公安分局黨委反饋巡察情況。市委第七巡察組組長李湘向武陵源公安分局黨委書記歐春霞傳達了中央、省委、市委關(guān)于巡察工作的精神,并反饋了巡察情況。……
根據(jù)市委統(tǒng)一部署,2019年6月18日至7月30日,市委第七巡察組對武陵源公安分局黨委進行了巡察。……
李湘指出,2013年以來,武陵源公安分局黨委能自覺遵守黨的政治紀(jì)律、政治規(guī)矩,……
""", {"unit": "武陵源公安分局党委", "group": "市委第七巡察组", "term": None, "round": None, "start": date(2019, 6, 18),
      "end": date(2019, 7, 30), "feedback_date": date(2019, 8, 28), "figures": []}),
]

# bench/outside_overlap.py on this file (unregistered) found no shared URL and, against the earlier batches, no shared
# page: the longest shared run (52 characters) is haizhu_justice_progress's opening against r8's haizhu_water (below);
# the other long runs are the standard openings of progress reports and feedback news
# (反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。, 但巡察也發現了一些問題,主要是:) and a news
# site's chrome (http://www.CRNTT.com). One text first collected here was the same respun article as r9's
# central_eight_garbled (simu001.cn, 118 shared shingles; my URL check missed the www.) and was dropped. One text shares a
# site's publication template with an earlier batch: haizhu_justice_progress is another progress report of the Haizhu
# district (Guangzhou) in the same form as r8's haizhu_water (another bureau and year). Named here so the integrator can
# leave it out if he reads independence strictly. aqnu_first_round_assessment comes from the same university as r9's
# aqnu_fifth_visit (another event, no shared wording). Within this batch, pairs share a source's template (the two
# xwlb Politburo items, the two Zhongshan reports, the Qingyang and Xindu court feedbacks of Chengdu, the Suzhou
# mobilisations of the statistics bureau and the intermediate court, the CCCC second bureau's two pages); they are
# different units or events.
SHARES_TEMPLATE = frozenset({"haizhu_justice_progress"})
