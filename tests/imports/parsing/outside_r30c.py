"""Outside texts of batch r30 (issue 14), collector C's share, held out: provincial and central inspections of places and
departments (巡视 entries, mobilisations, feedback and rectification news, progress reports of cities and departments,
provincial and central rounds' lists) and audit rectification texts, collected with the search tool from public pages
that are in no earlier batch. Each address was checked against every outside batch (outside_*.py, r29 included) and
test_outside_documents.py, with and without www./m./mip./wap. and its query string, and two or three distinctive names
or phrases of each text were grepped in them, in simplified and traditional script; at the end the other collectors'
files (outside_r30.py, outside_r30b.py, outside_r30d.py) were grepped the same way, and the file was compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r30c.py` (its summary is under "Overlap" below). Their fields
are written down by reading only. The importer was not run on them, no test or bench that runs it was run, and the
collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, Case, extract, score and KNOWN_MISSES, outside_r24.py's docstring, and the brief); the integrator runs them
once, and that run is the honest figure for unseen texts.

Sources. 15 texts from the search tool's "pages" corpus, 14 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is all but exhausted for this share: of about 140 candidate addresses the searches
returned (about 35 queries: provincial and central feedback meetings, progress reports of cities, districts, counties
and provincial departments, provincial rounds' entries and mobilisations by region and year, central rounds' lists,
procuratorates' and courts' own inspections, audit rectification reports, audit committee meetings and audit
rectification rules, in simplified and traditional script), about nine in ten were earlier batches' (every Yunnan,
Hebei, Guizhou, Anhui 2018, Zhejiang 2017, Fujian, Hunan 2016 and 2024, Guangxi, Ningxia, Inner Mongolia and Hubei
round the corpus returned, the 2014 and 2015 central rounds' lists, entries and feedback, the provincial audit work
reports of Shandong, Guangdong, Gansu, Zhejiang's cities and Ningbo's, and most audit rectification meetings). What
still gave new texts: a provincial high court's progress report on a provincial round (Hubei, 2026), two visits of the
supreme procuratorate's groups to provincial procuratorates (Hunan's notification meeting, Gansu's mobilisation in a
forum copy with its contacts garbled), a provincial group's mobilisation at a provincial justice department (Fujian),
three rectification meetings after provincial or central rounds (a city CPPCC party group, a district secretary's
meeting, a city government's standing meeting), the nineteenth central committee's first round's entries in a
traditional-script copy with pinyin and doubled commas, and seven audit texts (a district mayor's meeting on a
provincial audit group, a city audit bureau's revisits of economic responsibility audits, a county audit committee's
rules notice, a county's audit rectification opinion of 2014, and three traditional-script copies with pinyin: a
province's 2010 economic responsibility audits of county leaders, a county audit bureau's rectification mechanisms, a
provincial audit department's survey of major projects).

Families and counts (15 texts, none in SHARES_TEMPLATE, 15 measured). progress 1
(hubei_high_court_twelfth_term_eighth_round_provincial_fifth_group_progress_2026, under its title); news 5, two with a
unit (hunan_procuratorate_supreme_third_group_province_notified_2023, fujian_justice_department_provincial_sixth_group_mobilisation),
one with a group only (weinan_cppcc_party_group_provincial_eighth_group_rectification_plan) and two expecting nothing of a
visit (muye_district_secretary_meeting_provincial_feedback_progress,
zhongwei_government_standing_meeting_central_lookback_rectification); rounds 0 (the one round list is a noisy copy);
audit 4, all expecting nothing (district_mayor_meeting_provincial_audit_group_cooperation_2025,
shijiazhuang_audit_bureau_economic_responsibility_audit_revisits, akto_county_audit_committee_three_rules_notice_2025,
shitai_county_audit_rectification_opinion_2014); noisy 5 (traditional script with pinyin and doubled commas:
central_nineteenth_term_first_round_thirty_bodies_entered_doubled_commas_trad, a round list of 30 bodies; garbled
contacts: gansu_procuratorate_supreme_fifth_group_mobilisation_garbled_contacts; traditional-script audit texts with
pinyin, expecting nothing: zhejiang_2010_county_leaders_economic_responsibility_audit_entry_pinyin_trad,
wucheng_audit_bureau_five_rectification_mechanisms_pinyin_trad, henan_audit_department_major_projects_survey_pinyin_trad).
Measured round lists: 1 (30 bodies). Measured texts expecting nothing of a visit (audit texts and rectification
meetings with no inspection fields): 9.

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 55 fields and 111
absence checks in all, all outside SHARES_TEMPLATE. By family: progress 9 fields and 0 absence checks, news 4 and 37,
audit 4 and 36, noisy 38 and 38. Figures read: the Hubei court's problems 62 (4个方面62个问题, the finer count, settled 4)
and measures 195 (195项具体整改措施); no other text states an inspection's count a careful reader takes.

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r30c.py` (15 texts against 1734 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)", which r29d's
fengqing_poverty_special_checks_no_inspection also has); 95 pairs share over 3 shingles, 6 of them over 3 beyond the
tool's formulas, longest shared run 50 characters. Beyond formulas: the Hubei court's progress with
transport_ministry_central_progress, zhejiang_seaport_group_provincial_progress, xining_chengzhong_provincial_progress,
shanghai_shentong_metro_group_progress and tongzhou_culture_progress (the national progress report's opening and
heading, 反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。一、党组履行巡视整改主体责任情况, and a page's
发布时间 line: other bodies, rounds and portals); Fujian's mobilisation with jilin_writers_association_provincial_mobilisation,
neimenggu_ninth and provincial_guarantee_group_second_inspection_group_rectification_mobilisation (the provincial
mobilisation formula, 见面沟通会,传达了省委书记…的讲话精神,通报了有关工作安排, and 省委巡视办主任: other provinces' and
bodies' meetings); Muye's meeting with university_leading_group_two_rounds (省委巡视工作领导小组有关文件精神); the central
round's copy with publicity_rules_trad and tibet_ninth_round_feedbacks_trad (根據《中國共產黨巡視工作條例》, 單位黨組織開展常規巡視
in traditional script); Wucheng's audit mechanisms with tobacco_audit_rectification_opinion_trad (審計發現問題 in
traditional script with pinyin); the Zhejiang audit copy with provinces_18th (領導干部 with pinyin). All share official
formulas only and are measured. The tool counts three texts as sharing more than its stock of formulas with the seeds
(the Hubei court's progress opening, Zhongwei's 中央巡视反馈问题 and Shitai's audit rectification wording), all official
wordings, none a seed's text. Source events: the Hunan procuratorate's visit belongs to the supreme procuratorate's
first round, which r12's supreme_procuratorate_first_round_entries holds as a round's list of entries (another kind of
text: one group's notification of one body, no round named in it); the central round's entries belong to the round
whose feedback outside_set.py's central_first abstracts (another kind of text); both are measured. The other
collectors' files were grepped for every address, domain and two or three names of each text (outside_r30.py,
outside_r30b.py and outside_r30d.py, as they stood when this file was finished): no text, address or domain of this
file is in them.

Reading conventions (outside_set.py's settled conventions 1-12 and the written conventions of outside_r24.py's and
outside_r29c.py's docstrings, followed exactly): a progress report's unit is the body visited (对省法院党组开展了巡视 ->
省法院党组), not its title's full name; a day without a year gives no date (Hunan's 13日, Fujian's 3月26日, Gansu's 10月21日
and 年12月19日, the meetings' days of Weinan, Muye and Zhongwei); a mobilisation, notification or meeting day is no start;
a planned length (为期2个月) is no end; a round only conveyed (十届省委第九轮 whose report the secretary heard, 上轮中央巡视
反馈问题“回头看”) is not the text's, and meeting counts (六届三十七次主席会议, 第二十次书记专题会议, 第107次常务会议,
省委十届十一次全会) are no term or round; a ministry's own group is written without its 党组 (r14's liaoning:
最高检党组第五巡视组 -> 最高检第五巡视组); places named in a round's list are units as written (河北, 山西 …, settled 8), a
bracketed name keeps full-width brackets (中国通用技术（集团）控股有限责任公司, settled 7), and the sub-provincial cities
brought into the round's scope (一并纳入巡视范围) are no units (r20's central_nineteenth_term_sixth_round_list_2020);
expected values of traditional-script texts are written simplified; audit texts name audited places and bodies
(嘉善縣, 市城管局、农业局等6个单位, 17个省轄市), no inspection's units, and expect no group, no dates, no round, no units,
no problems, no figures.

What I was unsure of, and how I read it: the Hunan text names its group twice (最高检党组第三巡视组 in the visit,
最高人民检察院党组第三巡视组 in its leader's title), so which form the notation keeps is unsure and the group is left
unscored; Gansu's group is named once, short (最高检党组第五巡视组), and is expected in the notation's short form
最高检第五巡视组 (a reader who keeps 最高人民检察院第五巡视组 would score it otherwise: the integrator may correct it); the
Weinan CPPCC's meeting names the provincial group but not the body it inspected (the city's committee, presumably), so
the unit is left unscored and the group expected; Muye's and Zhongwei's meetings rectify feedback the texts do not
date, so they expect nothing of a visit and their units are left unscored; the central round's copy names its 30
bodies after doubled commas (河北,、山西), read as the list it is. 15 texts, all measured.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure. None in this
# file: the one text sharing a source event with an earlier batch (the supreme procuratorate's Hunan visit, whose round
# r12 holds as a list of entries) is a different kind of text and is measured.
SHARES_TEMPLATE: tuple[str, ...] = ()

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R30C = [
    # --- progress reports -----------------------------------------------------------------------------------------------
    # http://www.hbfy.gov.cn/DocManage/ViewDoc?docId=c825dfb4-d84b-47fa-977b-dc3a3ba4863e (a provincial high court's party
    # group reports its rectification of the twelfth provincial committee's eighth round under its title: term 12, round 8;
    # the provincial fifth group visited 2024-10-15 to 2024-12-31 and fed back 2025-02-12; the unit is the body visited
    # (省法院党组), as r25's henan_tourism_bureau_provincial_eighth_group_progress_2016 and r11's anqing_transport_progress
    # read it, not the title's full name; 4个方面62个问题 gives the finer count 62 (settled 4) and 195项具体整改措施 the
    # measures; 19个牵头部门 is no figure; the page's 发布时间 is no date of the visit)
    ("hubei_high_court_twelfth_term_eighth_round_provincial_fifth_group_progress_2026", "http://www.hbfy.gov.cn/DocManage/ViewDoc?docId=c825dfb4-d84b-47fa-977b-dc3a3ba4863e", "progress", """中共湖北省高级人民法院党组关于十二届省委第八轮巡视整改进展情况的通报

发布时间:2026-01-08  访问次数:424

根据省委巡视工作统一部署,2024年10月15日至12月31日,省委第五巡视组对省法院党组开展了巡视,并于2025年2月12日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。

一、党组履行巡视整改主体责任情况

(一)提高站位抓整改。省委巡视组反馈意见后,省法院党组迅速传达学习习近平总书记关于巡视工作的重要论述,……
(三)紧盯落实抓整改。针对省委巡视指出的问题,省法院党组在深刻反思剖析、逐条梳理分析的基础上,认真研究制定整改工作方案,围绕省委巡视反馈的4个方面62个问题,制定195项具体整改措施,细化落实到19个牵头部门,并逐一明确……
""", {"unit": "省法院党组", "group": "省委第五巡视组", "term": 12, "round": 8, "start": date(2024, 10, 15),
      "end": date(2024, 12, 31), "feedback_date": date(2025, 2, 12), "figures": [("problems", 62), ("measures", 195)]}),
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://hn.news.cn/20231014/46ca2c9dd59d406cacbcb865e888b1ce/c.html (a provincial paper: the supreme procuratorate's
    # third group tells the provincial committee it will inspect the provincial procuratorate: unit 湖南省人民检察院党组;
    # 10月13日/13日 is the notification meeting's, has no year and is no entry: no start; no round named (r12's
    # supreme_procuratorate_first_round_entries holds the round's list of entries, another kind of text); the group is
    # named twice, 最高检党组第三巡视组 in the visit and 最高人民检察院党组第三巡视组 in its leader's title: which form the
    # set's notation (a ministry's group without its 党组, r14's liaoning) should keep is unsure, so it is left unscored)
    ("hunan_procuratorate_supreme_third_group_province_notified_2023", "http://hn.news.cn/20231014/46ca2c9dd59d406cacbcb865e888b1ce/c.html", "news", """沈晓明主持通报情况会并讲话
湖南日报10月13日讯(全媒体记者 刘燕娟 张璐)根据最高人民检察院党组统一部署,最高检党组第三巡视组将对湖南省人民检察院党组开展巡视。13日上午,巡视组向省委通报巡视有关情况,省委书记沈晓明主持通报情况会并讲话。
最高人民检察院党组第三巡视组组长路志强通报了巡视工作任务和安排。省领导谢卫江、魏建锋、汪一光,省人民检察院党组书记、检察长叶晓颖出席。
沈晓明向最高检长期以来对湖南工作特别是检察工作的关心支持表示感谢。他说,检察系统内巡视是全党巡视格局的重要组成部分。……省委将全力支持巡视组开展工作,支持省检察院主动接受巡视监督、切实担起巡视整改主体责任,……
""", {"unit": "湖南省人民检察院党组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://fzzx.org.cn/show-378232.html (a provincial legal portal: the provincial sixth group's mobilisation at the
    # provincial justice department's party committee: unit 福建省司法厅党委 from the meeting's name, group 省委巡视六组;
    # 3月26日 is the mobilisation's and has no year: no start; 十届省委第九轮 is the earlier round whose report the secretary
    # heard, only conveyed (not the text's), and 省委十届十一次全会 is a plenary session: no term, no round)
    ("fujian_justice_department_provincial_sixth_group_mobilisation", "http://fzzx.org.cn/show-378232.html", "news", """根据省委关于巡视工作的统一部署,3月26日,省委巡视六组巡视福建省司法厅党委工作动员会召开。会前,省委巡视工作领导小组成员、省委巡视办主任游美萍主持召开与省司法厅党委书记、厅长、省监狱管理局第一政委邬勇雷的见面沟通会,传达了省委书记尹力在听取十届省委第九轮巡视情况综合汇报时的讲话精神,通报了有关工作安排。会上,游美萍对做好巡视工作提出要求,巡视组组长李成荣作了动员讲话,邬勇雷主持会议并讲话。
会议采用视频方式召开,省司法厅机关设主会场,省监狱管理局、省司法厅戒毒管理局和全省各监狱戒毒单位设分会场。……
游美萍指出,……省司法厅党委和广大党员干部要深入学习贯彻习近平总书记关于巡视工作重要论述,认真学习贯彻党的十九届五中全会和省委十届十一次全会精神,……
""", {"unit": "福建省司法厅党委", "group": "省委巡视六组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://jindianhuida.com/xwzx/bdyw/1848518005593460737.html (a copy of a city paper: a city CPPCC party group's
    # meeting studies its rectification plan for the provincial eighth group's feedback: group 省委第八巡视组; the body
    # the group inspected is not named (the city's committee, presumably): unit left unscored; 10月18日 is the meeting's
    # and has no year; 六届三十七次主席会议 is the CPPCC's meeting count, no term or round; no figures)
    ("weinan_cppcc_party_group_provincial_eighth_group_rectification_plan", "http://jindianhuida.com/xwzx/bdyw/1848518005593460737.html", "news", """(记者 杨晓妍)10月18日,市政协召开党组(扩大)会议暨六届三十七次主席会议。市政协党组副书记、副主席王文学主持,党组成员、副主席惠建军,党组成员、秘书长刘有辉,副主席毛平宇、张敏霄参加。
会议传达学习了习近平总书记在庆祝中华人民共和国成立75周年招待会上的重要讲话精神;……研究省委第八巡视组巡视反馈意见的整改落实方案,听取今年协商计划完成情况,……
会议强调,要高度重视整改工作,严格按照责任分工,压实工作责任,确保真改、实改、改到位,推动巡视反馈意见整改落实取得实效。……
""", {"units": [], "group": "省委第八巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://xxmyq.gov.cn/sitesources/myqzf/page_pc/myxw/articlec0d7fb7255dc456398e652742ced7619.html (a district's
    # secretary meeting hears the progress of rectifying a provincial round's feedback: no group with a number, no round,
    # no visit or feedback day (4月13日 is the meeting's and has no year); 第二十次书记专题会议 is a meeting count, no
    # round; the district is the body rectifying but no visit names it: unit left unscored; expects nothing of a visit)
    ("muye_district_secretary_meeting_provincial_feedback_progress", "http://xxmyq.gov.cn/sitesources/myqzf/page_pc/myxw/articlec0d7fb7255dc456398e652742ced7619.html", "news", """4月13日,区委书记李博主持召开第二十次书记专题会议,传达省委巡视工作领导小组有关文件精神,听取省委巡视反馈意见整改工作进展情况汇报,研究部署下步工作。区委副书记、区长秦大海,区委副书记、政法委书记、区政协主席贾照超出席会议,区领导崔国兵、汪相凯、杨智勇、王绍坤参加会议。
会议指出,巡视反馈意见整改是巡视工作的重要环节,也是巡视成效的集中体现,……
会议要求,各单位各部门要进一步强化责任担当、加快整改进度、提升整改质量,全力推动牧野各项工作再上新台阶,以扎实的整改成效向省委、市委和全区人民群众交上一份满意的答卷。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.nxzwnews.net/zwxwwdzdt/202504/t20250418_5051206.html (a city government's standing meeting on flood
    # control that also asks for the look-back of the last central round's feedback: the central round is only conveyed
    # (上轮中央巡视反馈问题“回头看”), no group, no round, no day (4月14日 is the meeting's, no year; 第107次常务会议 is a
    # meeting count); expects nothing of a visit)
    ("zhongwei_government_standing_meeting_central_lookback_rectification", "http://www.nxzwnews.net/zwxwwdzdt/202504/t20250418_5051206.html", "news", """4月14日,市政府召开第107次常务会议。
会议强调,要认真落实党中央、国务院和自治区党委、政府部署要求,树牢“两个坚持、三个转变”防灾减灾救灾理念,认清严峻形势、突出工作重点、凝聚强大合力,坚决打赢防汛抗旱这场硬仗,切实保障人民群众生命财产安全。要统筹抓好上轮中央巡视反馈问题“回头看”及近年来中央、自治区各类反馈问题整改落实,高度重视日常工作中的薄弱环节,以高质量整改成效推动经济社会高质量发展。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # http://www.fjsyxww.com/2025-07/28/content_2239545.htm (a district's mayor holds a meeting on cooperating with a
    # provincial audit group: an audit text, no party inspection; 7月28日 is the meeting's; expects nothing; the portal's
    # other page in the set (outside_set.py, 2025-08-20) is a district round's entry, another text)
    ("district_mayor_meeting_provincial_audit_group_cooperation_2025", "http://www.fjsyxww.com/2025-07/28/content_2239545.htm", "audit", """7月28日,区长肖世龙主持召开审计工作专题会议,就进一步配合省审计组工作进行再安排再部署。区领导肖方杰、夏永桦、李剑锋、陈许忠参加。 肖世龙强调,要高度重视。全区各级各部门要从政治高度、全局角度来认识此次审计是对全区工作的全面体检,……要抓好整改。持续开展自查自纠,做好查缺补漏。针对审计中发现的问题和薄弱环节,做到立行立改、边审边改、全面整改,以问题整改促进各项工作整体提升。 |
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://cdn056bfd9a03c9fb9f.51test.net/show/150968 (a mirror's copy: a city audit bureau and the organisation
    # department revisit bodies of earlier economic responsibility audits: an audit text, no party inspection; the six
    # bodies (市城管局、农业局等6个单位) are the audit's, no inspection's units; expects nothing)
    ("shijiazhuang_audit_bureau_economic_responsibility_audit_revisits", "http://cdn056bfd9a03c9fb9f.51test.net/show/150968", "audit", """为维护审计工作的严肃性,督促被审计单位对发现的问题及时整改,确保审计质量,今年,石家庄市审计局会同市委组织部首次对2006至2007年开展的部分经济责任审计项目,进行了审计回访,目前已陆续回访了市城管局、农业局等6个单位。从审计回访的结果看,被审计单位十分重视审计意见、审计决定的落实,认真进行整改。
这次回访主要通过现场查看资料、听取汇报等方式对被审计单位重点进行检查。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.xjakt.gov.cn/xjakt/c104965/202601/336ef2a431c84b5f91d1d71b53e7509e.shtml (a county audit committee's
    # office issues three rules, among them an audit rectification supervision rule: an audit text, no party inspection;
    # 12月4日 is the committee meeting's; the document number (陶党审办发〔2025〕5号) is no round; expects nothing)
    ("akto_county_audit_committee_three_rules_notice_2025", "https://www.xjakt.gov.cn/xjakt/c104965/202601/336ef2a431c84b5f91d1d71b53e7509e.shtml", "audit", """关于印发《中共阿克陶县委员会审计委员会成员单位协调推进会议制度(试行)》等3项制度的通知

索  引  号 K45893645/2026-00038 主题分类 审计
成文日期 2025-12-19 发布日期 2025-12-19
文        号 陶党审办发〔2025〕5号 有  效  性 有效
发文单位 中共阿克陶县委员会审计委员会办公室 发布机构 阿克陶县审计局

各乡镇、党(工)委、县委各部(委)办、县直各单位、各国有企业党组织:

为深入贯彻落实党对审计工作的全面领导,构建集中统一、全面覆盖、权威高效的审计监督体系,形成成员单位协同联动的工作格局,我县于12月4日召开县委审计委员会会议。会议审议通过了《中共阿克陶县委员会审计委员会成员单位协调推进会议制度(试行)》《阿克陶县审计整改监督工作管理办法(试行)》《中共阿克陶县委员会审计委员会重大事项督察督办制度》,现印发给你们,请结合工作实际,认真抓好贯彻落实。
……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://corewebvitals.net/nshow/118373.html (a mirror's copy: a county government's office issues an opinion on audit
    # rectification (石政办〔2014〕10号): an audit text, no party inspection; 9个整改工作联席会议成员单位 are counted
    # members, no units; expects nothing)
    ("shitai_county_audit_rectification_opinion_2014", "https://corewebvitals.net/nshow/118373.html", "audit", """日前,经县政府研究同意,石台县人民政府办公室印发《关于进一步加强审计整改工作的意见》(石政办〔2014〕10号),专门就审计整改工作提出要求,为规范审计整改、加大审计整改工作力度提供了制度保障。
一是强化整改工作意识,维护审计监督的严肃性。……
三是健全整改结果利用机制,提升审计监督作用。明确了纪检监察、组织、人社等9个整改工作联席会议成员单位的相应职责,确保整改结果得到充分利用。
四是强化组织保障,确保整改工作有序推进。成立审计整改联合督查组,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy copies ---------------------------------------------------------------------------------------------------
    # https://tripcoinc.com/zzzq/gdyw/content/post_3542858.html (a mirror's traditional-script copy with pinyin in
    # brackets and doubled commas (,、 ,,): the nineteenth central committee's first round entered 30 regions and bodies:
    # term 19, round 1; the 30 are the round's units, places as written without 省 (settled 8), written simplified and
    # with full-width brackets (settled 7); the ten sub-provincial cities whose leaders are brought into the round's scope
    # (一并纳入巡视范围) are no units, as r20's central_nineteenth_term_sixth_round_list_2020 reads them; 截至24日 has no
    # month: no start; shares its round with outside_set.py's central_first (an abstract on the round's feedback, another
    # kind of text); no group)
    ("central_nineteenth_term_first_round_thirty_bodies_entered_doubled_commas_trad", "https://tripcoinc.com/zzzq/gdyw/content/post_3542858.html", "noisy", """十九大后首輪中央巡視全面展開
15個巡視組3天內(nèi)完成進駐
截至24日上午,,十九屆中央第一輪巡視15個巡視組在春節(jié)假期后3天內(nèi)完成對30個地方,、單位黨組織的進駐工作,,十九大后首輪中央巡視全面展開。
經(jīng)黨中央批準,,十九屆中央第一輪巡視對河北,、山西、遼寧,、黑龍江,、江蘇、福建,、山東,、河南、湖南,、廣東,、海南、四川,、貴州,、寧夏、住房和城鄉(xiāng)建設部,、商務部,、文化部、海關總署,、國家體育總局,、國家食品藥品監(jiān)督管理總局、國家統(tǒng)計局,、新華社,、中國核工業(yè)集團有限公司、中國華電集團有限公司,、中國遠洋海運集團有限公司,、中糧集團有限公司、中國通用技術(集團)控股有限責任公司,、中國儲備糧管理集團有限公司,、中國旅游集團公司、中國郵政集團公司等30個地方,、單位黨組織開展常規(guī)巡視,。根據(jù)《中國共產(chǎn)黨巡視工作條例》規(guī)定,對第一輪巡視省區(qū)涉及的沈陽,、大連,、哈爾濱、南京,、廈門,、濟南、青島,、廣州,、深圳、成都等10個副省級城市黨委和人大常委會,、政府,、政協(xié)黨組主要負責人,一并納入巡視范圍,。
被巡視地方,、單位分別召開巡視進駐動員會。……
""", {"unit": "", "units": ["河北", "山西", "辽宁", "黑龙江", "江苏", "福建", "山东", "河南", "湖南", "广东", "海南",
                          "四川", "贵州", "宁夏", "住房和城乡建设部", "商务部", "文化部", "海关总署", "国家体育总局",
                          "国家食品药品监督管理总局", "国家统计局", "新华社", "中国核工业集团有限公司",
                          "中国华电集团有限公司", "中国远洋海运集团有限公司", "中粮集团有限公司",
                          "中国通用技术（集团）控股有限责任公司", "中国储备粮管理集团有限公司", "中国旅游集团公司",
                          "中国邮政集团公司"],
      "group": None, "term": 19, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://bbs.lvliangxinxiwz.com/archiver/showtopic-4067.aspx (a forum's copy of a provincial paper with its contacts
    # garbled (值班-,,; a mailbox cut by a line break; 年12月19日 with its year lost): the supreme procuratorate's fifth
    # group's mobilisation at the provincial procuratorate: unit 甘肃省检察院党组 from the meeting's name; the group in the
    # set's notation for a ministry's own group, without its 党组 (r14's liaoning: 最高检党组第五巡视组 -> 最高检第五巡视组);
    # 10月21日 is the mobilisation's (and has no year): no start; 为期2个月 is a planned length and 年12月19日 (no year)
    # the letters' deadline: no end)
    ("gansu_procuratorate_supreme_fifth_group_mobilisation_garbled_contacts", "http://bbs.lvliangxinxiwz.com/archiver/showtopic-4067.aspx", "noisy", """10月22日记者从省检察院了解到,10月21日,最高检党组第五巡视组巡视甘肃省检察院党组工作动员会在兰州召开。第五巡视组组长张培中作动员讲话并对做好巡视工作提出要求。甘肃省检察院党组书记、检察长朱玉主持会议并作表态发言。
本次巡视为期2个月,主要受理反映甘肃省院党组领导班子及其成员(不含党组主要负责人),其他省管干部、内设机构、以及其他重要岗位检察人员问题的来信来电来访,……
巡视期间设值班-,,每天受理电话时间为上午8:00至下午18:00;邮政信箱:甘肃省兰州市A号;互联网电子邮箱:gjydzdllxsd5z
spp.gov.cn。在省检察院机关办公楼西大厅设置巡视意见箱。巡视组受理信访时间截止到年12月19日。文丨兰州晨报·掌上兰州记者姚智张秀芸
""", {"unit": "甘肃省检察院党组", "group": "最高检第五巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a traditional-script copy with pinyin in brackets: a provincial audit
    # department's teams enter twelve cities and counties for the 2010 economic responsibility audits of their leaders: an
    # audit text, no party inspection; the twelve places are audited, no inspection's units; 6月21日 and 6月25日 are the
    # audit's days (no year but the audit's 2010年度); expects nothing)
    ("zhejiang_2010_county_leaders_economic_responsibility_audit_entry_pinyin_trad", "search corpus pages (no URL returned)", "noisy", """6月21日,浙江省審計(jì)廳抽調(diào)各業(yè)務(wù)處室及11個(gè)市審計(jì)局,組成12個(gè)審計(jì)組(包括組織部門參審人員11人),分赴12個(gè)市、縣(市、區(qū))開(kāi)始實(shí)施2010年度的市縣長(zhǎng)經(jīng)濟(jì)責(zé)任現(xiàn)場(chǎng)審計(jì)。 審計(jì)進(jìn)點(diǎn)會分北片(嘉善縣、湖州市、安吉縣、建德市、開(kāi)化縣、諸暨市)和南片(寧波江東區(qū)、臨海市、溫嶺市、文成縣、松陽(yáng)縣、永康市)同時(shí)進(jìn)行,浙江省審計(jì)廳兩位領(lǐng)導(dǎo)分別帶隊(duì)參加進(jìn)點(diǎn)會,……12個(gè)審計(jì)組將于6月25日完成進(jìn)點(diǎn)工作。 今年,浙江省進(jìn)一步加大對(duì)縣市黨政領(lǐng)導(dǎo)干部同步審計(jì)的力度,共安排12個(gè)市縣的 16名市縣黨政領(lǐng)導(dǎo)干部進(jìn)行經(jīng)濟(jì)責(zé)任審計(jì),其中對(duì)安吉、建德、文成、永康4個(gè)市縣進(jìn)行書記縣長(zhǎng)同步審計(jì)。(樓靜、何劉堅(jiān) )
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://m.floorcoveringcontractor.com/xsq/p/1644917.html (a mirror's traditional-script copy with pinyin in brackets
    # of a city news site: a county audit bureau's five mechanisms for audit rectification: an audit text, no party
    # inspection; expects nothing)
    ("wucheng_audit_bureau_five_rectification_mechanisms_pinyin_trad", "http://m.floorcoveringcontractor.com/xsq/p/1644917.html", "noisy", """德州新聞網(wǎng)訊(周楠)近日,武城縣審計(jì)局建立完善審計(jì)整改“五項(xiàng)機(jī)制”,促進(jìn)審計(jì)發(fā)現(xiàn)問題全面整改,做好審計(jì)監(jiān)督“后半篇文章”。
該局要求被審計(jì)單位限時(shí)報(bào)送審計(jì)整改報(bào)告及整改資料;及時(shí)匯總整改情況,形成審計(jì)查出問題整改報(bào)告,報(bào)縣政府、縣審委會(huì)和縣人大常委會(huì)審議,并抓好落實(shí)。對(duì)整改落實(shí)情況進(jìn)行檢查,建立審計(jì)查出問題臺(tái)賬,實(shí)行審計(jì)整改“銷號(hào)制”,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.secpartner.com/article/lcsc20230638.html (a mirror's traditional-script copy with pinyin in brackets: a
    # provincial audit department's special audit survey of major projects by 19 audit teams over 17 cities and two zones:
    # an audit text, no party inspection (19个审计组 are no groups, the places no units); expects nothing)
    ("henan_audit_department_major_projects_survey_pinyin_trad", "http://www.secpartner.com/article/lcsc20230638.html", "noisy", """河南省審計廳 開展全省“三個一批”重大項目推進情況專項審計調(diào)查
近日,河南省審計廳認(rèn)真貫徹落實省委、省政府關(guān)于全省“三個一批”活動重大決策部署,組織開展全省“三個一批”重大項目推進情況專項審計調(diào)查。
本次審計調(diào)查由河南省審計廳采取“六統(tǒng)一”(統(tǒng)一下發(fā)審計通知書、統(tǒng)一開展審前培訓(xùn)、統(tǒng)一實施現(xiàn)場審計、統(tǒng)一組織現(xiàn)場督導(dǎo)、統(tǒng)一進行業(yè)務(wù)審理、統(tǒng)一出具審計報告)方式組織實施,共統(tǒng)籌全省審計機關(guān)920余名審計人員成立19個審計組,下設(shè)若干審計小組,對17個省轄市、濟源示范區(qū)、鄭州航空港區(qū)及所轄縣(市、區(qū))等進行審計。(剩余194字)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
