"""Outside texts of batch r29 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r25-r28 included) and test_outside_documents.py, with and without www./m./mip./wap. and its query string,
and two or three distinctive names or phrases of each text were grepped in them, in simplified and traditional script;
at the end the same was done against the other collectors' files of this pass (outside_r29b.py, outside_r29c.py,
outside_r29d.py: no address, name or phrase shared). `bench/outside_overlap.py tests/imports/parsing/outside_r29.py`
(17 texts against 1667 earlier) finds no shared address (the one "shared" address is the placeholder "search corpus
pages (no URL returned)"), 16 pairs sharing more than 3 shingles beyond its formulas, all official wordings (e.g.
现将有关事项公告如下, 的讲话精神,通报巡察发现的主要问题,对巡察整改, 巡察工作领导小组听取了巡察组的巡察情况汇报, 大型醫院巡查專家組)
except the three texts named in SHARES_TEMPLATE below (the longest shared run, 71 characters, is the academy's feedback
template shared with r12's itp_institute_feedback), and no text sharing more than formulas with the seeds. A fourth text
the tool caught (a city construction investment group's first special round, on a mirror domain of r7's jiantou_first:
the same story) was taken out. Fields were written down by reading only: the importer was not run, no test or bench that
runs it was run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, and the brief).

Sources. 17 texts from the search tool's "pages" corpus, 16 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is nearly exhausted for this share: of about 190 candidate addresses checked, about
nine in ten were earlier batches' (every hit for central and provincial groups' internal rounds (steel, construction,
communications, electrical equipment, power grids, airlines, airports, investment and transport groups), city groups
visiting state firms, research institutes of the academy, provincial rounds of enterprises, most universities' and
hospitals' internal rounds and city hospital visits, central rounds of 2015 and 2019). What still gave new texts:
universities' and colleges' own rounds on portals and mirror domains no batch holds (a fourth committee's feedback at six
colleges, a medical university's and a forestry university's entries, a college's fifth batch, a notice on a college's
door, betting sites' copies over two universities' names, a college's special round run jointly with a provincial
inspection), a university hospital's feedback by a city group, a farming group's mid-term report, a province's round on
33 universities, and large-hospital checks (大型医院巡查) that are no party inspection.

Families and counts (17 texts, 3 in SHARES_TEMPLATE, 14 measured). news 4, one in SHARES_TEMPLATE
(cas_nanjing_geography_limnology_institute_fourth_group_third_round_feedback), three measured:
xiamen_university_first_hospital_city_fifth_group_look_back_feedback (a unit, a group, visit and feedback dates),
university_foreign_languages_college_second_group_notice_2022 (a unit, a group, an end day) and one expecting nothing:
guizhou_large_hospital_first_check_group_notice_not_party_2024 (大型医院巡查); rounds 6, one in SHARES_TEMPLATE
(central_nineteenth_term_third_round_entries_enterprises_news_copy), five measured, four of them lists of bodies
(college_fifth_batch_political_inspection_two_branches_mobilisation_2023 2, university_fourth_term_first_round_feedback_six_colleges_2025
6, medical_university_second_term_first_round_three_colleges_entries 3,
forestry_university_seventeenth_term_second_round_six_colleges_entries 6) and one with no unit, group or round
(farming_group_operations_special_round_mid_term_report_2024); progress 0 and audit 0 (no progress report or audit text of
this share was new); noisy 7, one in SHARES_TEMPLATE (region_tenth_term_seventh_round_coal_special_groups_mid_term_pinyin_trad),
six measured: betting sites' names written over a university's: university_2019_internal_inspection_pilot_leading_group_betting_copy
(expects nothing: a leading group prepares a pilot) and university_third_round_first_group_college_feedback_betting_copy_2019
(a unit as the copy writes it, a group, a round, visit and feedback dates); traditional script:
college_inspection_linkage_small_purchases_special_round_mobilisation_trad_2025 (a joint special round: no group, units
unscored); traditional script with pinyin in brackets: provincial_eleventh_term_eleventh_round_33_universities_deployment_pinyin_trad
(term and round, units unscored), city_large_hospital_check_mobilisation_not_party_pinyin_trad (expects nothing); a
betting site's names over a hospital's: national_large_hospital_check_feedback_not_party_betting_copy (expects nothing).
Measured: 14 texts, of which 4 round lists, 3 single-unit texts and 4 expecting nothing of a party inspection.

Fields read: 62 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 94 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might count), by the collector's count; 51
fields and 81 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE): news 9 fields and 14 absence
checks, rounds 29 and 27, noisy 13 and 40. No figure is read: no text of this batch states a count of problems, measures,
clues or cases as its own (the coal round's 841.15萬元 recovered, letters received (受理信訪反映2371件) and talks are no
figures).

Reading conventions (outside_set.py's settled conventions 1-12 followed exactly, and the written conventions of
outside_r24.py's docstring): a feedback day without a year takes the year that puts it after the visit's end (settled 1:
the Xiamen hospital's 7月15日 is 2021, the academy's 同日 (7月10日) is 2024); a day without a year gives no date unless the
text or its dated line gives its year (the Qingdao feedback's 3月31日 and the college notice's 11月30日 take their dated
lines' years; the medical university's 至11月1日, the farming group's and the betting copies' days, the large-hospital
checks' 6月21日至23日 and 9月24日 give none); a mobilisation or meeting day is no start (settled 10: the college's 10月23日,
the joint round's 4月9日); a part of a month gives no day (settled 11: 现场巡察于11月底结束, 3月下旬派出); a planned length
or a letters deadline is no end (为期一个半月左右, 受理信访时间截止为2023年12月5日, as outside_new.py's bar347 is read); a
university's groups are written without 校/学校 (党委第一巡察组, 党委第二巡察组); groups with no number of their own
(巡察工作组, 巡视巡察联动巡察组) or named under a batch (党委第五批巡察组第一组) are not scored; a university's 四届党委第一轮,
第二届党委第一轮, 第十七届党委第二轮 are term and round; a round only conveyed (十二届市委第十五轮, heard by the city secretary
in the Xiamen feedback) is not the text's; bodies named as examples before a count (湖北大学等33所, 中国航天科技集团有限公司等42家)
leave the units unscored, and counted kinds (7个盟市、4个厅局、3个国有企业, 各自行采购单位) are no units (settled 8); 大型医院巡查
(a health commission's hospital check) is no party inspection, as r11's gansu_hospital_checks_trad and r14's
large_hospital_patrol_feedback_trad are read: "unit": "", "units": [], no group, dates, round, problems or figures;
expected values of traditional-script texts are written simplified.

What I was unsure of, and how I read it: the Xiamen feedback's term and round are left unscored (the visit may belong to
the fifteenth round the secretary heard, but the text only conveys that hearing); the college notice's first day
(自即日起, the notice's day 2022年11月9日) is left unscored and its end read from the signature's year; the college's 第五批
(fifth batch) is not read as a round and its round is left unscored; the joint special round's two speakers' bodies
(数字商贸学院党总支, 机关第九党支部) are left as examples, so its units are unscored, and the provincial tenth group that
only guides it is no group of the text; the betting copy's unit (8846威尼斯党委) is written as the copy writes it, as r24
wrote its betting copy's bodies, and its findings headed 一是…三是 are left unscored as problems; the farming group's
special round is measured though its portal's subsite (ynyunkenDang) is the one r9's seventh-round feedback came from
(another round, another kind of text); the three large-hospital checks are measured as texts expecting nothing, one of
them (the national check's feedback) calling the check 具有政治专项巡视的一项工作; the medical university's entries text is
also copied word for word at https://caigou.com.cn/news/202411044.shtml (kept once). 17 texts, 14 outside SHARES_TEMPLATE:
more than the 13 the brief asks.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # an academy's third round fed back at one of its institutes on the same days and in the same template as r12's
    # itp_institute_feedback (院党组巡视工作领导小组召开第三轮巡视集中反馈会议 … 同日, 院党组第N巡视组向…反馈了巡视情况)
    "cas_nanjing_geography_limnology_institute_fourth_group_third_round_feedback",
    # the nineteenth central committee's third round entered, whose entries r6 holds (victor-kf.com: 3個中央單位和42家中管企業)
    "central_nineteenth_term_third_round_entries_enterprises_news_copy",
    # a region's tenth committee's seventh round (coal special round), whose entries r17 holds (十届自治区党委第七轮)
    "region_tenth_term_seventh_round_coal_special_groups_mid_term_pinyin_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R29 = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://www.xmfh.com.cn/info/4053/11728.htm (a city group's feedback to a university hospital on its look-back visit
    # (巡察“回头看”): the group named two ways (市委第五巡察组, 市委巡察第五组), read as the title's; the yearless feedback day
    # 7月15日 takes the year after the visit's end (settled 1: 2021, as the page's date line says); the round the city
    # secretary heard (十二届市委第十五轮) is only conveyed and left unscored)
    ("xiamen_university_first_hospital_city_fifth_group_look_back_feedback", "http://www.xmfh.com.cn/info/4053/11728.htm", "news", """市委第五巡察组向 厦门大学附属第一医院党委反馈巡察情况
发布日期:2021-07-16     点击数:
7月15日,市委第五巡察组向厦门大学附属第一医院党委反馈巡察情况,并传达省委常委、市委书记赵龙在书记专题会议上听取十二届市委第十五轮巡察情况和前两轮巡察整改情况汇报时的讲话精神。市委巡办室务会成员、副主任许海溪出席巡察情况反馈会议,对抓好巡察整改提出要求。市委第五巡察组组长、二级巡视员傅新发分别向第一医院党委书记李卫华和第一医院党委领导班子反馈了巡察情况。……
根据市委巡察工作统一部署,2020年10月9日至11月2日,市委巡察第五组对厦门大学附属第一医院党委开展了巡察“回头看”。……市委巡察工作领导小组听取了巡察组的巡察情况汇报,并向市委书记专题会议报告了有关情况。
""", {"unit": "厦门大学附属第一医院党委", "group": "市委第五巡察组", "start": date(2020, 10, 9), "end": date(2020, 11, 2),
      "feedback_date": date(2021, 7, 15), "figures": []}),
    # https://wgy.czu.edu.cn/info/1095/3781.htm (a university group's notice of its visit to a college: the group signs the
    # notice (党委第二巡察组, the set's university notation); 自即日起至11月30日 ends on the 30th of the signature's year (2022);
    # its first day is the notice's day (即日), left unscored)
    ("university_foreign_languages_college_second_group_notice_2022", "https://wgy.czu.edu.cn/info/1095/3781.htm", "news", """根据学校党委统一部署,自即日起至11月30日,学校党委巡察组对外国语学院党委开展巡察。现将有关事项公告如下:
一、巡察对象
外国语学院党委领导班子及其成员。
二、巡察内容
……
三、反映问题的渠道
巡察期间,设立信访意见箱接受来信、来访。
信访意见箱设置地点:外国语学院门口。
欢迎针对上述巡察内容反映问题、提供线索。
党委第二巡察组
2022年11月9日
""", {"unit": "外国语学院党委", "group": "党委第二巡察组", "term": None, "round": None, "end": date(2022, 11, 30),
      "feedback_date": None, "figures": []}),
    # https://www.zy2yy.cn/news_ywgk_yngg/2024/0204644004028.htm (a provincial health commission's large-hospital check
    # (大型医院巡查) announced by a hospital: no party inspection; its group, start day and 7-day length are absence checks)
    ("guizhou_large_hospital_first_check_group_notice_not_party_2024", "https://www.zy2yy.cn/news_ywgk_yngg/2024/0204644004028.htm", "news", """2024年省级医院巡查公告
发布时间:2024-08-01 16:12 作者: 党委办公室
根据贵州省卫生健康委党组安排,第一巡查组自2024年8月5日起,对遵义医科大学第二附属医院开展为期7天的巡查,现将有关事项公告如下:
一、巡查对象
遵义医科大学第二附属医院。
二、巡查内容
根据《医院巡查工作管理办法(试行)》《贵州省大型医院巡查工作方案》(2023-2026年度)《省卫生健康委关于开展2024年度省级医院现场巡查工作的通知》等有关要求,本轮巡查主要内容是:公立医院党建、行业作风建设、运行管理及其他方面等违纪违法线索。
……
                      贵州省大型医院第一巡查组
                                                               2024年7月29日
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://niglas.ac.cn/xwdt_1_1/yw/202407/t20240719_7231809.html (an academy's group at one of its research institutes, the
    # academy's third round fed back on the same days as r12's itp_institute_feedback, in the same template: SHARES_TEMPLATE;
    # 同日 is 7月10日, in the visit's year (settled 1); the institute is named two ways (中国科学院南京地理与湖泊研究所, 南京地湖所),
    # left unscored as r12 left its sibling's)
    ("cas_nanjing_geography_limnology_institute_fourth_group_third_round_feedback", "http://niglas.ac.cn/xwdt_1_1/yw/202407/t20240719_7231809.html", "news", """中国科学院党组第四巡视组向南京地湖所反馈巡视情况
7月10日,院党组巡视工作领导小组召开第三轮巡视集中反馈会议,通报了第三轮巡视发现的突出问题,并对抓好整改工作进行了集中部署、提出了明确要求。同日,院党组第四巡视组向中国科学院南京地理与湖泊研究所反馈了巡视情况,反馈分为向党政主要负责人反馈和向单位反馈两个阶段。会议由南京地湖所党委书记、副所长谷孝鸿主持,巡视组副组长刘斌反馈了巡视意见。
按照院党组巡视工作部署,院党组第四巡视组于2024年4月8日至28日对南京地湖所进行了常规巡视。……
刘斌在反馈时指出,……但巡视也发现了一些问题,主要是:围绕湖泊-流域领域国家重大需求聚焦科研布局有差距、使命导向的建制化基础研究科研组织模式尚未建立、管理体系与抢占科技制高点的要求还不适应等。……
""", {"group": "院党组第四巡视组", "term": None, "round": 3, "start": date(2024, 4, 8), "end": date(2024, 4, 28),
      "feedback_date": date(2024, 7, 10), "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # https://custom-arcade.com/FFZwWmgKBv/2023/1024/c43a117773/page.htm (a college's fifth batch (第五批) of internal
    # inspections launched with two bodies' mobilisations: the two bodies are the batch's units as written; 10月23日 is a
    # mobilisation day, no start (settled 10); the groups are named under the batch (党委第五批巡察组第一组), not scored; a
    # batch is no round, so the round is left unscored)
    ("college_fifth_batch_political_inspection_two_branches_mobilisation_2023", "https://custom-arcade.com/FFZwWmgKBv/2023/1024/c43a117773/page.htm", "rounds", """学校党委正式启动第五批校内政治巡察工作
来源:办公室(巡察办公室) 一审:杜永强、宋子齐二审:余泽锋三审:朱海岳 发布时间:2023-10-24
按照学校党委统一部署,10月23日,学校分别召开巡察马克思主义学院基础课教学部联合党总支部工作动员大会和巡察机关党总支部工作动员大会,学校第五批校内政治巡察工作正式启动。
党委委员、纪委书记、巡察工作领导小组副组长徐建春出席会议并作动员讲话,……党委第五批巡察组第一组组长余海平、第二组组长韩明波出席会议。巡察组全体成员、被巡察单位(部门)全体教职工及2017年以来调离的原班子成员参加动员会。……
""", {"unit": "", "units": ["马克思主义学院基础课教学部联合党总支部", "机关党总支部"], "term": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://news.qdu.edu.cn/info/1023/37554.htm (a university's fourth committee's first round fed back at six colleges on
    # one day: the six are the round's units; 3月31日 takes the year of the page's date line (2025))
    ("university_fourth_term_first_round_feedback_six_colleges_2025", "https://news.qdu.edu.cn/info/1023/37554.htm", "rounds", """作者:王栋
来源:党委巡察办
编辑:杨伦
日期:2025-04-01 阅读:1
新闻网讯 3月31日,校党委各巡察组分别到生命科学学院、环境与地理科学学院、教育科学学院、公共外语教育学院、电气工程学院和电子信息学院,召开四届党委第一轮巡察情况反馈会议,传达学习校党委书记胡金焱关于巡察整改工作的讲话精神,通报巡察发现的主要问题,对巡察整改作出具体安排。校领导肖江南、徐大连、吴世珍出席会议并讲话。
……
""", {"unit": "", "units": ["生命科学学院", "环境与地理科学学院", "教育科学学院", "公共外语教育学院", "电气工程学院", "电子信息学院"],
      "group": None, "term": 4, "round": 1, "start": None, "end": None, "feedback_date": date(2025, 3, 31), "figures": []}),
    # http://azezy.com/subsiteIndex/subsiteFlag_ynyunkenDang_subsiteId_3_newsClassId_160_pageType_view_objectId_6224.html (a
    # farming group's leading group hears its three groups at mid-term of an operations special round: no unit, group,
    # round or dates; the portal's subsite (ynyunkenDang) is the one r9's seventh-round feedback (bipartisan-report.com mirror) came from, another round)
    ("farming_group_operations_special_round_mid_term_report_2024", "http://azezy.com/subsiteIndex/subsiteFlag_ynyunkenDang_subsiteId_3_newsClassId_160_pageType_view_objectId_6224.html", "rounds", """集团党委巡察工作领导小组听取经营管理专项巡察中期汇报
DATE:2024-09-18 查看次数:141
   9月18日,集团党委巡察工作领导小组召开经营管理专项巡察工作中期汇报会,集团党委委员、纪委书记、省监委派驻集团监察专员,巡察工作领导小组副组长罗孝礼作点评讲话。
   会议分别听取了三个巡察组阶段性巡察情况汇报,对各组巡察存在的问题进行分析研判和点评指导,根据被巡察党组织实际情况及工作性质为各巡察组指出了下一步巡察工作重点和方向。
   会议认为,自本轮巡察工作启动以来,各巡察组能够严格按照集团党委要求,紧紧围绕专项巡察工作重点,紧盯重点人、重点事、重点问题,靶向精准,履职尽责,敢于发现问题,专项巡察取得了阶段性成效。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://news.swmu.edu.cn/info/1004/95867.htm (a medical university's second committee's first round entered at three
    # colleges (the same text is copied at https://caigou.com.cn/news/202411044.shtml): the three are the round's units;
    # 至11月1日 has no year in the text and 11月底 is part of a month (settled 11): no dates)
    ("medical_university_second_term_first_round_three_colleges_entries", "https://news.swmu.edu.cn/info/1004/95867.htm", "rounds", """按照学校党委统一部署,至11月1日,西南医科大学第二届党委第一轮常规巡察全部完成进驻。党委3个巡察组将分别对马克思主义学院党委、公共卫生学院党委、外国语学院党委开展常规巡察,现场巡察于11月底结束。
巡察期间,党委巡察组统一设置了信访值班电话和意见箱,设立了信访接待室。……
二届党委第一轮常规巡察巡察组接访方式
信访值班电话:0830-3163898(受理电话的时间为工作日上午8:00—12:00,下午14:30—18:00);
""", {"unit": "", "units": ["马克思主义学院党委", "公共卫生学院党委", "外国语学院党委"], "group": None, "term": 2, "round": 1,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a forestry university's seventeenth committee's second round entered at six
    # colleges: the six are the round's units; 日前 gives no day, and the letters deadline (受理信访时间截止为2023年12月5日) is
    # no end, as outside_new.py's bar347 (受理信訪時間截止到2025年6月10日) is read)
    ("forestry_university_seventeenth_term_second_round_six_colleges_entries", "search corpus pages (no URL returned)", "rounds", """根据校党委统一部署,日前南京林业大学第十七届党委第二轮巡察3个巡察组完成向化学工程学院党委、艺术设计学院党委、经济管理学院党委、家居与工业设计学院党委、理学院党委、汽车与交通工程学院党委等6个党组织进驻。
被巡察党组织分别召开巡察进驻动员会。……
本轮巡察采取“一托二”方式,对6个学院级党组织开展常规巡察,在被巡察单位工作15天左右。……
巡察期间,设专门值班电话、接收短信手机、联系信箱和电子邮箱等,每天电话受理时间为8:00—18:00,受理信访时间截止为2023年12月5日。
""", {"unit": "", "units": ["化学工程学院党委", "艺术设计学院党委", "经济管理学院党委", "家居与工业设计学院党委", "理学院党委",
                            "汽车与交通工程学院党委"],
      "group": None, "term": 17, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://m.nbd.com.cn/articles/2019-04-02/1317292.html (the nineteenth central committee's third round entered at 42
    # centrally managed enterprises and 3 departments, the round whose entries r6 holds: SHARES_TEMPLATE; bodies named as
    # examples before a count leave the units unscored)
    ("central_nineteenth_term_third_round_entries_enterprises_news_copy", "https://m.nbd.com.cn/articles/2019-04-02/1317292.html", "rounds", """中央巡视组进驻3家中央单位和42家中管企业,哪些值得关注
人民日报 2019-04-02 23:38
2日中央纪委国家监委网站集中发布了十九届中央第三轮巡视进驻的消息,中央巡视组进驻3家中央单位和42家中管企业,其中本轮巡视主要有四个看点值得关注。
……15个中央巡视组已完成对本轮所有巡视对象的进驻。
本轮中央巡视对中国航天科技集团有限公司等42家中管企业和国务院国有资产监督管理委员会、国家能源局、国家国防科技工业局等3个行业主管部门党组(党委)集中开展常规巡视。中央巡视组将在各被巡视单位工作2个半月。
……
""", {"unit": "", "group": None, "term": 19, "round": 3, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://nysgsyb.com/xxgk/info/1205/7111.html (a betting site's name written over a university's: its inspection leading
    # group prepares a 2019 pilot of internal inspections; no visit yet, so nothing is expected)
    ("university_2019_internal_inspection_pilot_leading_group_betting_copy", "http://nysgsyb.com/xxgk/info/1205/7111.html", "noisy", """9月16日下午,我校召开巡察工作领导小组会议,校党委委员、纪委书记、巡察领导小组组长吴国庆主持会议并讲话,巡察工作领导小组成员出席会议,巡察办列席会议。
吴国庆指出,学校党委高度重视校内巡察工作,5月份以来先后研究出台了《中共16877太阳集团委员会巡察工作暂行办法》《16877太阳集团2019年校内巡察试点工作实施方案》,成立了巡察工作领导小组及其办公室,这一系列举措标志着校内巡察工作正式启动。按照党委对巡察工作的要求,近期将召开党委巡察工作动员部署会,开展巡察工作培训会。……
会议还通报了2019年校内巡察前期准备工作,研究讨论了巡察组成员建议名单,并部署了被巡察单位征求意见工作。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://piuas.com/info/1016/1306.html (a betting site's name (8846威尼斯) written over a university college's: the
    # university's third round, its first group's feedback; the unit is written as the copy writes it (as r24's betting copy);
    # the group in the set's university notation (学校党委第一巡察组 -> 党委第一巡察组); the findings headed 一是…三是 each hold
    # several problems and are left unscored; the time 13:30 run on to the date is noise)
    ("university_third_round_first_group_college_feedback_betting_copy_2019", "https://piuas.com/info/1016/1306.html", "noisy", """根据学校党委巡察工作部署,2019年9月5日13:30,学校党委第三轮巡察第一巡察组向8846威尼斯党委反馈巡察情况。学校巡察工作领导小组成员陈希贵、党委第一巡察组组长黄忠民及全体成员、学院领导班子全体成员、……参加了会议。会议由8846威尼斯党委书记全华主持。
会前,黄忠民向学院党委书记全华、院长田毅鹏反馈了巡察情况。
根据学校党委统一部署,2019年5月20日至6月10日,学校党委第一巡察组对8846威尼斯党委开展了巡察。……学校巡察工作领导小组听取了巡察组的巡察情况汇报。
会上,巡察组组长黄忠民对巡察情况进行反馈。巡察发现的主要问题有:一是学院党委政治核心作用发挥不充分,落实意识形态工作责任制不到位,……二是执行“两个议事规则”不到位,会前酝酿不充分,……三是党风廉政建设工作责任制落实不到位,合作办学、自考等创收工作管理不规范,……
""", {"unit": "8846威尼斯党委", "group": "党委第一巡察组", "term": None, "round": 3, "start": date(2019, 5, 20),
      "end": date(2019, 6, 10), "feedback_date": date(2019, 9, 5), "figures": []}),
    # http://www.arpaciotomotiv.com/2025/0411/c898a79696/page.htm (traditional script: a college's special round on small
    # purchases, run jointly with a provincial inspection (巡視巡察聯動); the provincial group only guides, and the college's
    # joint group has no number: no group; the inspected bodies are counted kinds (各自行采購單位) with two speakers' bodies
    # as examples, so the units are left unscored; 4月9日 is a mobilisation day without a year)
    ("college_inspection_linkage_small_purchases_special_round_mobilisation_trad_2025", "http://www.arpaciotomotiv.com/2025/0411/c898a79696/page.htm", "noisy", """為深入學習貫徹習近平總書記關于巡視工作重要論述,全面落實中央和省委關于巡視巡察上下聯(lián)動的部署要求,經(jīng)省委第十巡視組與學校黨委商定,4月9日上午,我校在領秀展廳召開巡視巡察聯(lián)動工作動員會。省委第十巡視組小組聯(lián)絡員、正處級巡視專員虞鈾鈾到會指導,黨委巡察工作領導小組、巡察辦、巡視巡察聯(lián)動巡察組全體成員,被巡察黨組織主要負責人,相關部門主要負責人,教代會代表參加會議。會議由黨委副書記、黨委巡察辦公室主任王順明主持?。
會上,王順明同志宣讀了《關于巡視巡察聯(lián)動巡察組組長等授權的通知》。校黨委副書記、校長洪霄對《巡視巡察聯(lián)動工作方案》進行了解讀,……組建巡視巡察聯(lián)動巡察組,重點對我校各自行采購單位(包括各黨總支、直屬黨支部、職能部門所在黨組織)小額采購項目開展專項巡察。
數(shù)字商貿(mào)學院黨總支書記林潔,機關第九黨支部書記、教務處處長王一凡分別代表被巡察黨總支、職能部門進行表態(tài)發(fā)言。……
""", {"unit": "", "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://xgmlfb.com/post/2/144385 (traditional script with pinyin in brackets: a province's eleventh committee's eleventh
    # round on 33 provincial universities deployed; 湖北大學等33所 names one example before a count, so the units are left
    # unscored; 為期一個半月左右 is a planned length, no end (settled 10))
    ("provincial_eleventh_term_eleventh_round_33_universities_deployment_pinyin_trad", "http://xgmlfb.com/post/2/144385", "noisy", """11月11日,十一屆省委第十一輪巡視動員部署會在武漢召開。會議深入學(xué)習(xí)貫徹習(xí)近平總書記關(guān)于高等教育發(fā)展和巡視工作的重要論述,對省委第十一輪巡視工作進(jìn)行動員部署。省委常委、省紀(jì)委書記、省委巡視工作領(lǐng)導(dǎo)小組組長侯淅珉出席會議并講話,省委常委、省委組織部部長、省委巡視工作領(lǐng)導(dǎo)小組副組長李榮燦出席會議并宣布巡視組組長、副組長任職授權(quán)及任務(wù)分工的決定。……
按照省委統一部署,本輪巡視將對湖北大學等33所省屬高校開展常規巡視,為期一個半月左右。
""", {"unit": "", "group": None, "term": 11, "round": 11, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://2488yy.com/xwzx/ylnc/202005/t20200522_32069.html (traditional script with pinyin and a garbled run (?!苯?): a
    # region's tenth committee's seventh round, its coal special groups' mid-term reports, the round whose entries r17 holds:
    # SHARES_TEMPLATE; 3月下旬 is part of a month (settled 11); the bodies are counted kinds (7個盟市、4個廳局、3個國有企業),
    # no units; the letters received and the 841.15萬元 recovered are no figures)
    ("region_tenth_term_seventh_round_coal_special_groups_mid_term_pinyin_trad", "http://2488yy.com/xwzx/ylnc/202005/t20200522_32069.html", "noisy", """“針對收繳追繳涉煤企業(yè)歷年拖欠資源補(bǔ)償費(fèi)履責(zé)不力等問題,我們組進(jìn)駐不久就督促被巡視黨組織立行立改,目前已追繳資源補(bǔ)償費(fèi)841.15萬元?!苯?,十屆內(nèi)蒙古自治區(qū)黨委第七輪7位專項(xiàng)巡視組(第一至第七巡視組)組長分別向內(nèi)蒙古自治區(qū)黨委巡視工作領(lǐng)導(dǎo)小組當(dāng)面匯報(bào)了煤炭資源領(lǐng)域?qū)m?xiàng)巡視中期進(jìn)展。……
……內(nèi)蒙古把對煤炭資源領(lǐng)域監(jiān)督作為重大政治任務(wù),3月下旬派出7個專項(xiàng)巡視組,以“一托二”方式對7個盟市、4個廳局、3個國有企業(yè)開展煤炭資源領(lǐng)域?qū)m?xiàng)巡視,同時以上下聯(lián)動的方式,在7個盟市同步組建21個巡察組對237個涉煤單位開展聯(lián)動巡察。
……截至目前,7個專項(xiàng)巡視組累計(jì)重點(diǎn)談話1408人次,受理信訪反映2371件,接待來訪群眾2388人次,下沉了解347次。
""", {"unit": "", "units": [], "group": None, "term": 10, "round": 7, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://www.nioniou.com/news_hospital/2025/YerR7KeO.html (a betting site's names (今年会官方app在线, 今年会官方下载入口)
    # written over a children's hospital's: a national health commission's large-hospital check (大型医院巡查) fed back, no
    # party inspection, though its official calls it 具有政治专项巡视的一项工作; the three check groups' findings are no
    # problems count; the yearless 9月24日 gives no date (as r14's large_hospital_patrol_feedback_trad is read))
    ("national_large_hospital_check_feedback_not_party_betting_copy", "https://www.nioniou.com/news_hospital/2025/YerR7KeO.html", "noisy", """我院召开国家卫生计生委大型医院巡查反馈会
按照国家卫生计生委的部署,大型医院巡查组对我院经过近一周的巡查检查,于9月24日下午召开大型医院巡查反馈会。参加会议的有国家卫生计生委医政医管局李路平副局长、综合评价处陈虎副处长,巡查组,四川大学晏世经副校长、医管处韩宇副处长,四川省卫生计生委彭杰副巡视员、医政医管处王锦强副处长,今年会官方app在线全体院领导、院长助理以及各部门各科室主任、护士长和医院联络员等200余人。会议由巡查组组长高宏伟主持。
     高宏伟组长首先介绍了与会的领导,并对今年会官方下载入口在巡查工作期间给予的配合进行了积极的肯定和高度的评价。随后,党风廉政和行风建设组、医院管理组、财务管理和审计组三个专业组的负责人分别进行了反馈,提出了检查中发现的亮点和问题,并提出了整改建议。……
    国家卫生计生委医政医管局李路平副局长在总结中讲到,大型医院巡查是具有政治专项巡视的一项工作,国家卫计委医政医管局非常重视巡查工作,并在每次巡查中都要进行督导,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://felicerealestateexams.com/news/xinwen/430.html (traditional script with pinyin in brackets: a city health
    # commission's large-hospital check (大型醫院巡查) at a city hospital, no party inspection (as r14's
    # provincial_hospital_patrol_trad); its 6月21日至23日 has no year; the 16字方針 and 12人 are no figures)
    ("city_large_hospital_check_mobilisation_not_party_pinyin_trad", "http://felicerealestateexams.com/news/xinwen/430.html", "noisy", """按照市衛(wèi)健委統(tǒng)一部署安排,6月21日至23日,市衛(wèi)生健康委大型醫(yī)院巡查專家組一行12人對市第三人民醫(yī)院開展為期三天的大型醫(yī)院巡查工作。6月21日上午,巡查動員會在市三院行政辦公樓五樓會議室召開。市衛(wèi)健委工會主任陳曉建、市衛(wèi)健委大型醫(yī)院巡查專家組組長張玉軍及巡查專家組成員,市三院全體領(lǐng)導班子成員、相關(guān)科室負責人參加了此次會議。會議由市三院院長韋有華主持。
陳曉建主任在講話中要求:一是要提高站位,充分認識開展大型醫(yī)院巡查工作的重要意義。大型醫(yī)院巡查工作不僅是業(yè)務巡查和行風檢查,也是對黨員干部和廣大醫(yī)務人員的工作監(jiān)管;……巡查組要按照“發(fā)現(xiàn)問題、形成震懾、推進改革、促進發(fā)展”16字方針,認真總結(jié)分析醫(yī)院建設發(fā)展中存在的問題和薄弱環(huán)節(jié),……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
