"""Outside texts of batch r32 (issue 14), collector C's share, held out: provincial and central inspections of places and
departments (巡视 entries, mobilisations, hearings, rectification progress reports of cities, districts and municipal
departments, provincial and municipal rounds' lists, a ministry's account of its own inspections of its bureaus) and
audit rectification texts, collected with the search tool from public pages that are in no earlier batch. Each address
was checked against every outside batch (outside_*.py, r31 included) and test_outside_documents.py, with and without
www./m./mip./wap. and its query string, and two or three distinctive names or phrases of each text were grepped in them,
in simplified and traditional script; at the end the other collectors' files (outside_r32.py, outside_r32b.py and
outside_r32d.py, as they stood when this file was finished) were grepped the same way, and the file was
compared with `bench/outside_overlap.py tests/imports/parsing/outside_r32c.py` (its summary is under "Overlap" below).
Their fields are written down by reading only. The importer was not run on them, no test or bench that runs it was run,
and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's
docstring, Case, extract and score, outside_r24.py's docstring, and the brief); the integrator runs them once, and that
run is the honest figure for unseen texts.

Sources. 16 texts from the search tool's "pages" corpus, all with their address. The corpus is all but exhausted for this
share: of about 170 candidate addresses the searches returned (about 50 queries: regional committees' rounds (Ningxia,
Guangxi, Inner Mongolia, Tibet, Xinjiang), the corps' rounds, provincial rounds and feedback of 2014-2019 by province
(Hebei, Shandong, Hubei, Hunan, Jiangxi, Zhejiang, Fujian, Anhui, Shaanxi, Gansu, Sichuan, Yunnan, Guizhou, Jilin,
Liaoning, Heilongjiang, Henan, Guangdong, Qinghai, Hainan), municipalities' rounds and progress reports, central rounds'
lists and feedback, ministries' and administrations' own rounds (water, transport, customs, tax, weather, grain,
natural resources), provincial procuratorates' rounds, progress reports in simplified and traditional script, budget
audit rectification reports, audit committee meetings and audit rectification meetings), about nine in ten were
earlier batches' (every Ningxia, Inner Mongolia, Guangxi, corps, Hebei, Hubei, Hunan, Fujian, Anhui, Gansu, Sichuan,
Shaanxi and Yunnan round the corpus returned, the water ministry's 2015 and 2017 rounds, every budget audit
rectification report but one, every county audit bureau meeting but one). What still gave new texts: Tianjin (the
eleventh committee's first round in a garbled traditional copy, the twelfth committee's second round in a pinyin copy,
four progress reports of two districts and two municipal departments), Qinghai's 2024 round in a traditional copy,
Liaoning's 2016 round of provincial departments, Guangdong's thirteenth committee's third round and a 2016 hearing in a
traditional mirror copy, a Jiangxi and a Henan provincial group's mobilisations at a county and a district, a Jilin
group's mobilisation at a provincial bureau, the water ministry's 2015 account of its own inspections, a district's 2023
budget audit rectification report and a county audit bureau's exit meeting.

Families and counts (16 texts, 1 in SHARES_TEMPLATE, 15 measured). news 4, three measured: two with a place and a group
(yushan_provincial_seventh_group_fifteenth_term_first_round_mobilisation, with its term and round;
jinshui_provincial_seventh_group_mobilisation), one expecting nothing of a visit
(water_ministry_party_group_2015_own_inspections_account: counted bodies only), and one in SHARES_TEMPLATE
(jilin_animal_husbandry_bureau_provincial_fourth_group_mobilisation); rounds 2, both measured, round lists cut short
(liaoning_2016_provincial_departments_round_seventeen_bodies_cut, 17 bodies with bracketed included bodies;
guangdong_thirteenth_term_third_round_thirty_seven_places_cut, 37 places); progress 4, all measured, under their title
lines (tianjin_city_management_commission_twelfth_term_third_round_progress, with a stale "today" banner;
tianjin_government_services_office_twelfth_term_third_round_second_batch_progress;
binhai_eleventh_term_ninth_round_progress, with two figures; dongli_eleventh_term_ninth_round_progress_whole_months, a
visit in whole months and a yearless feedback day); audit 2, both measured and expecting nothing
(luohu_2023_district_audit_rectification_report, zizhong_county_audit_exit_meeting_road_maintenance_section); noisy 4, all
measured: traditional script with examples before a count (qinghai_sixth_round_haixi_haibei_entries_examples_trad), with
pinyin in brackets and a garbled name holding a semicolon
(tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad, a round list of 11), with pinyin after nearly every
character, some doubled (municipal_twelfth_term_second_round_education_system_counted_pinyin_trad, counted only), and
with image chrome, pinyin and doubled commas (guangdong_eleventh_term_thirteenth_round_hearing_doubled_commas_pinyin_trad,
a round's hearing). Measured round lists: 3 (17, 37 and 11 bodies). Measured texts expecting nothing of a visit: 3 (the
two audit texts and the ministry's account).

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 119 fields and 86
absence checks in all; 117 fields and 78 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
news 7 fields and 21 absence checks, rounds 58 and 12, progress 28 and 5, audit 2 and 18, noisy 22 and 22. Figures read:
problems 1 (Binhai's 分解出19个重点问题) and measures 1 (制定328条整改措施); every other figures key is an absence check
(the ministry's meetings and group visits, the audit texts' sessions are no figures).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r32c.py` (16 texts against 1839 earlier): no address is
shared; 248 pairs share over 3 shingles, 10 of them over 3 beyond the tool's formulas; the longest shared run, 51
characters, is between two texts of this batch (binhai and dongli: two districts' reports on one municipal round under
the same opening), and the longest with an earlier batch is 30 characters (Yushan's
mobilisation with r31c's mouding_provincial_sixth_group_mobilisation: 作动员讲话,对深入学习贯彻习近平总书记关于巡视工作… and
the regulations' definition 巡视是上级党组织对下级党组织履行党的领导职能责任的政治监督, another province and county).
Beyond formulas: the Jilin mobilisation with r22's jilin_writers_association_provincial_mobilisation (the province's
mobilisation template on the same portal: put in SHARES_TEMPLATE) and with r30c's
fujian_justice_department_provincial_sixth_group_mobilisation and r31d's anqing_urban_greening_special_round_eleven_groups_entries
(见面沟通会,传达了省委书记…, 是推进党的自我革命、全面从严治党的战略性制度安排: other provinces); the Tianjin progress reports
with earlier progress reports of other places (现将巡视整改进展情况予以公布。一、, 提高政治站位,统一思想认识: r24's
district_affairs_support_centre_third_group_progress_body, xiangtan_women_progress, yizhang_health_progress,
xining_chengzhong_provincial_progress, linshu_county_city_mineral_special_round_progress, spp_central_progress) and Dongli's
with r20's tianjin_offices_administration_inspection_progress only by the tool's formulas (巡视工作部署要求,按照党务公开原则,
现将巡视: the municipality's opening, another round and body on another portal, so measured, unlike r29c's Xuhui, which
shared a round's template); Binhai's with r11's wuhan_devzone_provincial_progress (区开展了常规巡视,并于202…: another
province); the Guangdong round with chengqu_eighth_round_mobilisation (召开。会议深入学习贯彻习近平总书记); the Guangdong
hearing with cctv_central_inspection_progress_trad (習近平總書記系列重要講話精神); Luohu's report with earlier budget audit
reports (the budget audit wording, 届人大常委会第三十三次会议审议了); the water ministry's account with the regulations' title;
Qinghai's with college_inspection_linkage_small_purchases_special_round_mobilisation_trad (習近平總書記關于巡視工作重要論述);
all other pairs share official formulas only. The tool counts six texts as sharing more than its stock of formulas with
the seed corpus (the Jilin and Henan mobilisations and the four Tianjin progress reports, whose shared runs with earlier
batches are the official mobilisation and progress wordings); the seeds were not opened, so what they share there is
not verified. Source events: the Guangdong thirteenth committee's third
round's Shantou visit is held in r17's shantou_committee_provincial_special_progress (a progress report; this is the
round's list, another kind of text); Binhai and Dongli are two
districts of one municipal round, both measured (no earlier batch holds the round or the two districts). The other
collectors' files were grepped for every address, domain and two or three names of each text (outside_r32.py,
outside_r32b.py and outside_r32d.py as they stood when this file was finished): no text, address or domain of this file is in them.

Reading conventions (outside_set.py's settled conventions 1-14 and the written conventions of outside_r24.py's,
outside_r29c.py's, outside_r30c.py's and outside_r31c.py's docstrings, followed exactly): a provincial group's visit to a
county or district has the place as the meeting's name writes it (巡视玉山县工作动员会 -> 玉山县, 巡视郑州市金水区工作动员会 ->
郑州市金水区, as r31c's mouding); a visit to a provincial body has the body as written (省畜牧业管理局党组, as r22's 省作协党组);
a progress report keeps the visit's unit (对市政务服务办党组进行了常规巡视 -> 市政务服务办党组, not the title's 中共天津市人民政府
政务服务办公室党组; 对东丽区开展了巡视工作 -> 东丽区), and a report whose visit is of 我区 keeps the title's place (滨海新区); a
visit told in whole months keeps the months' bounds (settled 11: Dongli's 2021年3月至4月); a feedback day without a year
takes the visit's year (settled 1: Dongli's 7月26日); a day without a year gives no date (the meetings' 4月18日, 7月30日,
3月7日, 11月27日, 8月16日, 9月26日至30日, 截至11月18日, 21日下午); 近日, 日前 give no day; 截至X日…已全部进驻 is no start (r28);
a mobilisation or meeting day is no start (settled 10); a planned length (为期一个半月, 为期2个月, 為期60天) is no end; a round
named by the committee running it is the text's (十五届省委首轮 -> 15, 1; 十一屆天津市委首輪 -> 11, 1; 十二屆市委第二輪 ->
12, 2; 十二届市委第三轮第一批/第二批 -> 12, 3), and so is the round a deployment meeting deploys (十三届省委第三轮巡视工作动员部署会
-> 13, 3; 省委第六輪巡視動員部署會議精神, which the groups entering carry out -> round 6) and the round a hearing hears
(十一屆省委第十三輪巡視情況匯報會 -> 11, 13, as r11's county_seventh_round_interim and r16's shuyang hearing); a round only
heard in a mobilisation (听取十二届省委第五轮巡视综合情况汇报时的讲话要求) is not the text's (settled 14); plenary sessions,
congress sessions and meeting counts (省委十四屆六次、七次全會, 八届人大常委会第三十九次会议, 第八届区委审计委员会第六次会议) are no
term or round, and 2轮, 4个组次 are counts; places and bodies in a round's list are units as written (settled 8: 汕头市濠江区
with its city, 南澳县 without), bracketed second names and included bodies with full-width brackets (settled 7:
省政府办公厅（包括所管理的…）, 市建工集团（控股）有限公司), lists cut short say so and expect the bodies before the cut; counted
kinds (教育系統26個黨組織, 所屬的9個局級單位, 4家单位) are no units; bodies named as examples before a count (海西州、海北州和…
等17個地區單位) leave the units unscored (r24); expected values of traditional-script texts are written simplified, the
pinyin dropped (r31c's 镇沅); an audit text names no party inspection and expects no group, no dates, no round, no units,
no problems, no figures.

What I was unsure of, and how I read it: the Tianjin 2017 list's garbled chemical group (天津渤?;ぜ瘓F有限公司) is expected
as one body written as the copy writes it, simplified where its characters have a simplified form (瘓 -> 痪); a reader
who cannot tell it is one body would score it otherwise, and the integrator may correct the form; Qinghai's round is
read as 6 from the deployment meeting the entering groups carry out (settled 14's deploying-meeting reading), and its
term left unscored (the text names the provincial committee's fourteenth term only for plenary sessions); the
municipal education round's 党的二十大后的首輪巡視 describes the round (the first after the congress), not its number,
so round 2 stands; the city management commission's unit is the name the title and the opening write in full
(天津市城市管理委员会党组), though the report names no visit sentence (r20's tianjin_offices_administration left its unit
unscored because it was written three ways; here it is written one way in full and once short after 以下简称); Binhai's
分解出19个重点问题 is read as its problems figure (the feedback's problems as the committee split them) and 328条整改措施 as
measures; the Liaoning 2016 round (专项巡视, that year's mode) and the Guangdong thirteenth committee's third round
(聚焦推进“百千万工程”, no 专项 named) are read as provincial rounds of departments and places, this share's, not as special
rounds by subject; the Guangdong round's list is cut where the search tool's copy stops, and the page may name more
places after 罗定市; the two Tianjin eleventh-term district reports share the municipal opening with r20's department
report (formulas by the tool) and are measured. 16 texts, 15 outside SHARES_TEMPLATE.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the Jilin provincial groups' mobilisation template on the same provincial discipline portal (ccdijl.gov.cn) as r22's
    # jilin_writers_association_provincial_mobilisation (根据省委…统一部署, …巡视组巡视…党组工作动员会召开。会前, 巡视组组长…主持召开
    # 与…见面沟通会, 传达了省委书记…的讲话…, 通报了有关工作安排。会上, …作动员讲话, 对做好巡视工作提出要求。…主持会议并…):
    # another round and body, but the province's template on the portal r22 holds
    "jilin_animal_husbandry_bureau_provincial_fourth_group_mobilisation",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R32C = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # https://yszc.com.cn/?p=52340 (a copying site's page with its "导读" label: a provincial group's mobilisation at a
    # county: unit 玉山县 as the meeting's name writes it (巡视玉山县工作动员会), as r31c's mouding and echeng read their
    # places; group 省委第七巡视组; the round is told by the group leader as the one this visit belongs to (十五届省委首轮就安排
    # 巡视玉山县): term 15, round 1 (首轮 is the first round); 4月18日 is the meeting's day and has no year: no start; no
    # problems listed, no figures)
    # (r33 pass: the unit corrected to the place's party committee the text names, by settled convention 15)
    ("yushan_provincial_seventh_group_fifteenth_term_first_round_mobilisation", "https://yszc.com.cn/?p=52340", "news", """导读 根据省委统一部署,4月18日,省委第七巡视组巡视玉山县工作动员会召开。会前,省委第七巡视组组长涂俊伟与玉山县委书记郑国良,县委副书记、县长余洪雷见面沟通,通报了巡视工作有关安排。会上,涂俊伟作动员讲话,对深入学习贯彻习近平总书记关于巡视工作重要论述和中央、省委关于巡视工作的部署要求,共同完成好巡视任务提出要求。郑国良主持会议并作表态发言。 涂俊伟强调, 今年是党的二十大召开之年,是省第十五次党代会各项部署全面推开之年,也是十五届省委巡视起步之年,做好今年巡视工作意义重大、责任重大。十五届省委首轮就安排巡视玉山县,充分体现了省委对玉山县工作的高度重视和关心爱护。……玉山县委和各级党员领导干部要深刻认识巡视的最终目的是帮助改进工作、促进发展,……积极支持配合省委巡视组工作,确保巡视取得实效。 涂俊伟指出, 巡视是上级党组织对下级党组织履行党的领导职能责任的政治监督。……
""", {"unit": "玉山县委", "group": "省委第七巡视组", "term": 15, "round": 1, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://ccdijl.gov.cn/xw/yw/jl/202503/t20250313_9091665.html (a provincial discipline portal: a provincial group's
    # mobilisation at a provincial bureau: unit 省畜牧业管理局党组 as the meeting's name writes it (巡视省畜牧业管理局党组工作
    # 动员会), as r22's jilin_writers_association reads 省作协党组; group 省委第四巡视组; 3月7日 is the meeting's day and has no
    # year: no start; the round whose report the secretary heard (听取十二届省委第五轮巡视综合情况汇报时的讲话要求) is only
    # conveyed (settled 14): no term, no round) -- SHARES_TEMPLATE (the province's mobilisation template on r22's portal)
    ("jilin_animal_husbandry_bureau_provincial_fourth_group_mobilisation", "http://ccdijl.gov.cn/xw/yw/jl/202503/t20250313_9091665.html", "news", """根据省委巡视工作统一部署,3月7日,省委第四巡视组巡视省畜牧业管理局党组工作动员会召开。会前,巡视组组长高青岩主持召开与省畜牧业管理局党组书记、局长包青春的见面沟通会,传达了省委书记黄强在听取十二届省委第五轮巡视综合情况汇报时的讲话要求和省委巡视整改工作推进会议精神,通报了有关工作安排。会上,高青岩作动员讲话,对做好巡视工作提出要求。包青春主持会议并作表态发言。
省畜牧业管理局党组领导班子成员,省纪委监委驻省农业农村厅纪检监察组有关负责同志,省委第四巡视组有关同志出席会议;其他在职省管干部、近三年退休的省管干部,机关处级干部,直属事业单位班子成员,组织人事部门等有关同志列席会议。
高青岩指出,巡视是推进党的自我革命、全面从严治党的战略性制度安排。对省畜牧业管理局党组开展巡视,体现了省委对畜牧业管理工作的高度重视,……要切实提高政治站位,……积极支持配合省委巡视组工作,……
""", {"unit": "省畜牧业管理局党组", "units": [], "group": "省委第四巡视组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "problems": 0, "figures": []}),
    # https://wiki-informations.com/?S_id=1945&type=newsinfo (a copying site's page of a ministry's year account of its own
    # inspections of its bureaus: the ministry's party group ran 2 rounds with 4 group visits over 4 bodies, all counted,
    # none named: unit "", units []; 2轮 and 4个组次 are counts, no round; 4次会议, 3次专题会议 and 汇报4次 are meetings, no
    # figure; 8月31日 is an article's day, 2015年10月23日 the central deployment meeting the text only recalls (中央第…, cut):
    # no start, no round of the text's; no group with a number; expects nothing of a visit)
    ("water_ministry_party_group_2015_own_inspections_account", "https://wiki-informations.com/?S_id=1945&type=newsinfo", "news", """——水利部党组扎实推进2015年度巡视工作
2015年是水利部党组巡视工作扎实推进的一年。巡视工作深入贯彻落实《中国共产党巡视工作条例》和中央巡视工作方针,突出政治定位,聚焦全面从严治党,联系水利工作实际,完善巡视工作体制机制,从严从实开展监督,确保全面从严治党的要求在水利工作中切实得到贯彻落实。
……水利部党组书记、部长、部巡视工作领导小组组长陈雷在《中国纪检监察报》(8月31日)发表署名文章《不折不扣贯彻〈条例〉助力全面从严治党》,……
巡视监督的力量,来自于部党组的坚强领导。2015年水利部党组召开4次会议研究巡视工作情况,巡视工作领导小组召开3次专题会议研究部署巡视工作,听取巡视组汇报4次。
……截至目前,部党组巡视已开展2轮,共安排4个组次,巡视了4家单位。
“聚焦全面从严治党,用好制度利器,把巡视监督做深做细做实。”2015年10月23日,王岐山出席中央巡视工作动员部署会议,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://www.jinshui.gov.cn/zwyw/8578229.jhtml (a district portal: a provincial group's mobilisation at a city district:
    # unit 郑州市金水区 as the meeting's name writes it (巡视郑州市金水区工作动员会); group 省委第七巡视组; 于近日进驻 gives no day
    # and 为期2个月 is a planned length: no start, no end; 7月30日 is the meeting's day and has no year; no round or term named
    # (2021年以来退休的 qualifies retired cadres); no problems listed)
    # (r33 pass: the unit corrected to the place's party committee the text names, by settled convention 15)
    ("jinshui_provincial_seventh_group_mobilisation", "https://www.jinshui.gov.cn/zwyw/8578229.jhtml", "news", """按照省委巡视工作部署,省委第七巡视组于近日进驻郑州市金水区开展为期2个月的巡视。7月30日上午,省委第七巡视组巡视郑州市金水区工作动员会召开。会前,省委第七巡视组组长王继芬主持召开与金水区委书记、区政府区长张艳华的见面沟通会,传达了中央、省委关于巡视工作有关精神,省委第七巡视组副组长李培华通报了本轮巡视任务和要求。会上,王继芬作了动员讲话,张艳华主持会议并作表态发言。
省委第七巡视组有关同志,金水区委、区人大常委会、区政府、区政协领导班子成员,区法院院长、区检察院检察长,其他在职副处级以上领导干部出席会议;……各街道党政负责同志,2021年以来退休的县处级干部等列席会议。
王继芬指出,对市县开展巡视,是督促市县党委坚决做到“两个维护”、认真履行职责使命的重要举措,……郑州市金水区各级党组织和党员干部要切实提高政治站位,……配合巡视组共同完成好此次政治任务。
""", {"unit": "郑州市金水区委", "group": "省委第七巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # http://district.ce.cn/newarea/sddy/201605/30/t20160530_12273090.shtml (a national news site's regional channel: a
    # province's 2016 round of provincial departments (专项巡视, the mode of that year's rounds, not a subject): the bodies of
    # the list are the round's units as written (settled 8), each with its bracketed second name or included bodies in
    # full-width brackets (settled 7: 省政府办公厅（包括所管理的…）, 省民族事务委员会（宗教事务局）, 省人力资源和社会保障厅（外国专家局）
    # （包括所管理的…）); the list is cut short after 省质量技术监督局 (the page goes on to the press and broadcasting bureau and
    # provincial enterprises), so the 17 bodies before the cut are expected. No round or term is named; 近日 gives no day
    # and 为期一个半月 is a planned length: no start, no end; no group (15 groups))
    ("liaoning_2016_provincial_departments_round_seventeen_bodies_cut", "http://district.ce.cn/newarea/sddy/201605/30/t20160530_12273090.shtml", "rounds", """根据《中国共产党巡视工作条例》规定,按照省委巡视工作领导小组统一部署,近日,辽宁省委15个巡视组分别进驻省委党校、省政府办公厅等省直部门、单位和省属国有企业,对其党组织开展为期一个半月的专项巡视。
按照中央和省委关于巡视工作的部署和要求,省委巡视组将围绕增强“四个意识”,联系“四个全面”,聚焦全面从严治党,紧扣“六项纪律”,……开展政治巡视,……
本轮被巡视单位有:省委党校、省政府办公厅(包括所管理的省政府地方志办公室、省政府驻北京办事处、省政府驻上海办事处、省政府驻广东办事处)、省发展和改革委员会、省民族事务委员会(宗教事务局)、省民政厅、省司法厅、省财政厅(包括所管理的省债务管理办公室)、省人力资源和社会保障厅(外国专家局)(包括所管理的省公务员局、省就业和人才服务局、省社会保险事业管理局)、省国土资源厅(包括所管理的省测绘地理信息局)、省交通厅、省农村经济委员会、省水利厅、省林业厅、省海洋与渔业厅、省文化厅、省地方税务局、省质量技术监督局、……
""", {"unit": "", "units": ["省委党校",
                          "省政府办公厅（包括所管理的省政府地方志办公室、省政府驻北京办事处、省政府驻上海办事处、省政府驻广东办事处）",
                          "省发展和改革委员会", "省民族事务委员会（宗教事务局）", "省民政厅", "省司法厅",
                          "省财政厅（包括所管理的省债务管理办公室）",
                          "省人力资源和社会保障厅（外国专家局）（包括所管理的省公务员局、省就业和人才服务局、省社会保险事业管理局）",
                          "省国土资源厅（包括所管理的省测绘地理信息局）", "省交通厅", "省农村经济委员会", "省水利厅", "省林业厅",
                          "省海洋与渔业厅", "省文化厅", "省地方税务局", "省质量技术监督局"],
      "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://fzzx.org.cn/show-612583.html (a provincial legal portal: a province's thirteenth committee's third round
    # deployed (十三届省委第三轮巡视工作动员部署会): term 13, round 3 (the round the meeting deploys, settled 14); the places of
    # the list are the round's units as written (settled 8: twelve cities, then counties and districts, some with their
    # city in front as the list writes them, 汕头市濠江区, and some without, 南澳县); the excerpt ends at 罗定市 where the
    # search tool's copy stops (the page's list may go on): the 37 places before the cut are expected; 11月27日 is the
    # meeting's day and has no year: no start; the round's theme (聚焦推进“百千万工程”) names no 专项; no group. The round's
    # Shantou visit is held in r17's shantou_committee_provincial_special_progress (a progress report, another kind of
    # text); this is the round's list: measured)
    ("guangdong_thirteenth_term_third_round_thirty_seven_places_cut", "http://fzzx.org.cn/show-612583.html", "rounds", """11月27日,十三届省委第三轮巡视工作动员部署会在广州召开。会议深入学习贯彻习近平总书记关于巡视工作重要论述和视察广东重要讲话重要指示精神,聚焦推进“百县千镇万村高质量发展工程”促进城乡区域协调发展进行巡视动员部署。
会议强调,……要聚焦“百千万工程”强化巡视监督,深入查找责任落实、规划编制、产业培育、组织保障、发动群众、纪律作风等方面的突出问题,督促市县党委切实把广东高质量发展头号工程一抓到底、抓出实效。……
经省委批准,本轮巡视对汕头市、韶关市、河源市、梅州市、汕尾市、阳江市、湛江市、茂名市、清远市、潮州市、揭阳市、云浮市,汕头市濠江区、南澳县,韶关市武江区、南雄市,河源市东源县、连平县,梅州市梅县区、蕉岭县,汕尾市陆丰市、陆河县,阳江市阳春市、阳西县,湛江市廉江市、吴川市,茂名市信宜市、高州市,清远市清城区、连州市,潮州市潮安区、饶平县,揭阳市普宁市、惠来县,云浮市云城区、云安区、罗定市……
""", {"unit": "", "units": ["汕头市", "韶关市", "河源市", "梅州市", "汕尾市", "阳江市", "湛江市", "茂名市", "清远市", "潮州市",
                          "揭阳市", "云浮市", "汕头市濠江区", "南澳县", "韶关市武江区", "南雄市", "河源市东源县", "连平县",
                          "梅州市梅县区", "蕉岭县", "汕尾市陆丰市", "陆河县", "阳江市阳春市", "阳西县", "湛江市廉江市", "吴川市",
                          "茂名市信宜市", "高州市", "清远市清城区", "连州市", "潮州市潮安区", "饶平县", "揭阳市普宁市", "惠来县",
                          "云浮市云城区", "云安区", "罗定市"],
      "group": None, "term": 13, "round": 3, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- progress reports -----------------------------------------------------------------------------------------------
    # https://csgl.tj.gov.cn/zwgk_57/tzgg/202409/t20240904_6717726.html (a municipal commission's portal, its page chrome
    # with a stale "today" line (今天是2019年10月31日…, the portal's banner, no day of the text's): the commission's party
    # group reports on the twelfth municipal committee's third round, first batch: term 12, round 3; the feedback meeting
    # day 2023年12月26日, at which 市委巡视二组 fed back, is the feedback date and the group; no visit span is told: no start,
    # no end; the unit is the body the title and the opening name in full, 天津市城市管理委员会党组 (short 委党组 after its
    # 以下简称); 2024年1月 is when a leading group was set up: no date of the visit; no count told: figures [])
    ("tianjin_city_management_commission_twelfth_term_third_round_progress", "https://csgl.tj.gov.cn/zwgk_57/tzgg/202409/t20240904_6717726.html", "progress", """今天是2019年10月31日星期三农历十月初七
简体| 繁體| 无障碍服务| 长者模式
政务公开
天津市城市管理委员会党组关于十二届市委第三轮第一批巡视整改进展情况的通报
2024-09-04 15:25 来源: 天津市城市管理委员会

根据十二届市委第三轮第一批巡视工作部署要求,现将天津市城市管理委员会党组(以下简称“委党组”)巡视整改进展情况予以公布。

一、总体情况

2023年12月26日召开了巡视反馈会议,市委巡视二组向委党组反馈了巡视意见、对整改工作作出部署。委党组高度重视,认真贯彻落实市委巡视情况反馈会精神,按照“四个融入”和“三级递进”工作要求,以高度的政治责任感扎实做好巡视整改工作,全面提升城市治理现代化水平。

(一)提高政治站位,强化责任担当。……全委上下深刻认识到,市委巡视是贯彻落实习近平总书记重要指示精神、党中央决策部署和市委工作要求的具体举措,是对市城市管理委的全面政治体检,……

(二)坚持以上率下,夯实政治责任。2024年1月,成立了市城市管……
""", {"unit": "天津市城市管理委员会党组", "group": "市委巡视二组", "term": 12, "round": 3, "start": None, "end": None,
      "feedback_date": date(2023, 12, 26), "figures": []}),
    # https://zwfwb.tj.gov.cn/zwgk/gsgg/202504/t20250415_6908239.html (a municipal office's portal: the office's party group
    # reports on the twelfth municipal committee's third round, second batch: term 12, round 3; the visit sentence names
    # the unit short (对市政务服务办党组进行了常规巡视), and a progress report keeps the visit's unit (as the pinned
    # anqing_transport_progress), so 市政务服务办党组, not the title's 中共天津市人民政府政务服务办公室党组; group 市委巡视四组;
    # visit 2023年10月11日至12月10日; feedback 2024年7月30日; 2025年1月27日 is the life meeting's day; no count told)
    ("tianjin_government_services_office_twelfth_term_third_round_second_batch_progress", "https://zwfwb.tj.gov.cn/zwgk/gsgg/202504/t20250415_6908239.html", "progress", """中共天津市人民政府政务服务办公室党组关于十二届市委第三轮第二批巡视整改进展情况的通报
来源:天津市人民政府政务服务办公室 发布时间:2025-04-15 09:00

根据十二届市委第三轮第二批巡视工作部署要求,现将巡视整改进展情况予以公布。

一、总体情况

根据市委巡视工作统一部署,市委巡视四组于2023年10月11日至12月10日对市政务服务办党组进行了常规巡视。2024年7月30日,市委巡视四组向市政务服务办党组反馈了巡视意见。办党组高度重视,坚决扛起巡视整改主体责任,迅速行动、严密组织,以高度的政治责任感推进整改工作落实落细。

(一)提高政治站位,统一思想认识。巡视反馈会议后,第一时间召开党组会议,……2025年1月27日,市政务服务办召开领导班子2024年度民主生活会暨巡视整改专题民主生活会,深入查摆问题,剖析问题根源,……

(二)加强组织领导,压实整改责任。成立由分管市领导任第一组长、办党组主要负责同志任组长、班子成员为成员的巡视整改工作领导小组。……
""", {"unit": "市政务服务办党组", "group": "市委巡视四组", "term": 12, "round": 3, "start": date(2023, 10, 11),
      "end": date(2023, 12, 10), "feedback_date": date(2024, 7, 30), "figures": []}),
    # https://www.tjbh.gov.cn/contents/11959/537870.html (a district portal: the district committee reports on the eleventh
    # municipal committee's ninth round: term 11, round 9; the visit is of 我区, so the unit is the title's body 滨海新区 (a
    # progress report about one place keeps the title's body, settled 8's wuhan_devzone reading); group 市委巡视五组; visit
    # 2021年3月1日至4月30日; feedback 2021年7月22日; 2021年7月28日 is a standing committee meeting; the feedback split into 19
    # key problems and 328 measures (分解出19个重点问题，制定328条整改措施): figures problems 19 and measures 328)
    ("binhai_eleventh_term_ninth_round_progress", "https://www.tjbh.gov.cn/contents/11959/537870.html", "progress", """滨海新区关于十一届市委第九轮巡视整改进展情况的通报
发布机构: 政务网编辑组     发布日期: 2022-08-04 06:51      来源: 中共天津市滨海新区委员会

    根据十一届市委第九轮巡视工作部署要求,按照党务公开原则,现将巡视整改进展情况予以公布。

    一、总体履责情况

    按照市委统一部署,市委巡视五组于2021年3月1日至4月30日,对我区开展了常规巡视,并于2021年7月22日反馈了巡视意见。区委认为,市委对新区开展巡视,是对新区区委进行的一次全面“政治体检”,……区委认账领账、诚恳接受、照单全收,……

    一是提高政治站位,加强统筹谋划。巡视一开始,区委主要负责同志就提出明确要求,要不等不靠、不推不拖,立行立改、边巡边改、全程整改。2021年7月28日,区委主要负责同志主持召开区委常委会会议,传达学习反馈会议精神,研究部署整改落实工作,审议整改落实方案。区委紧扣巡视反馈意见,逐项梳理整改任务,认真研究制定区委巡视整改方案,建立了问题、任务、责任三个清单,分解出19个重点问题,制定328条整改措施,逐条逐项明确责任人、责任部门、计划完成时限,……
""", {"unit": "滨海新区", "group": "市委巡视五组", "term": 11, "round": 9, "start": date(2021, 3, 1),
      "end": date(2021, 4, 30), "feedback_date": date(2021, 7, 22), "figures": [("problems", 19), ("measures", 328)]}),
    # http://credit.tjdl.gov.cn/553.news.detail.dhtml?news_id=84683 (a district credit portal carrying the district
    # committee office's report on the same municipal round as binhai above: term 11, round 9; unit 东丽区 (对东丽区开展了巡视
    # 工作); group 市委巡视六组; the visit told in whole months, 2021年3月至4月, keeps its months' first and last days (settled
    # 11); the feedback day 7月26日 has no year and takes the visit's, 2021 (settled 1); no count told)
    # (r33 pass: the unit corrected to the place's party committee the text names, by settled convention 15)
    ("dongli_eleventh_term_ninth_round_progress_whole_months", "http://credit.tjdl.gov.cn/553.news.detail.dhtml?news_id=84683", "progress", """今天是:

东丽区关于十一届市委第九轮巡视整改进展情况的通报

来源 :中共天津市东丽区委办公室 访问次数 : 发布时间 :2022-08-16

根据十一届市委第九轮巡视工作部署要求,按照党务公开原则,现将巡视整改进展情况予以公布。

一、总体履责情况

2021年3月至4月,市委巡视六组对东丽区开展了巡视工作,并于7月26日反馈了巡视意见。东丽区委高度重视,认为市委巡视指出的问题深刻具体、直指制约东丽高质量发展的问题病灶,……东丽区委坚决认账领账,全盘接受,严肃对待,……

(一)深化思想认识,用狠抓整改任务落实的决心和推动改革发展的实效践行对党忠诚。……东丽区委认真学习贯彻习近平总书记关于巡视工作的重要讲话精神,深入领会鸿忠书记在市委书记专题会议听取巡视综合情况汇报时的讲话精神,……
""", {"unit": "东丽区委", "group": "市委巡视六组", "term": 11, "round": 9, "start": date(2021, 3, 1),
      "end": date(2021, 4, 30), "feedback_date": date(2021, 7, 26), "figures": []}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # https://www.szlh.gov.cn/zwgk/zdlyxxgk/sjbg/content/post_12232752.html (a district government portal: the district
    # audit bureau's report on rectifying the 2023 budget audit's findings: an audit text, no party inspection; 八届人大常委会
    # 第三十九次会议, 第八届区委审计委员会第六次会议 and 区政府八届89次常务会议 are sessions and meeting counts, no term or round;
    # 2024年11月7日 is a congress meeting's day, 2025年6月 the report's: no date of a visit; no count in the excerpt; expects
    # nothing)
    ("luohu_2023_district_audit_rectification_report", "https://www.szlh.gov.cn/zwgk/zdlyxxgk/sjbg/content/post_12232752.html", "audit", """深圳市罗湖区人民政府

罗湖区2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告

来源:罗湖区审计局 发布时间:2025-06-18

——2025年6月在罗湖区八届人大常委会第三十九次会议上

区人大常委会:

  受区政府委托,现向区人大常委会报告罗湖区2023年度本级预算执行和其他财政收支审计查出问题整改情况,请予审议。

  一、审计整改工作部署落实情况

  2024年11月7日,罗湖区第八届人大常委会第三十三次会议审议了《罗湖区2023年度本级预算执行和其他财政收支审计工作报告》,提出了要突出问题整改、增强审计监督实效的审议意见。……区第八届区委审计委员会第六次会议提出要将审计整改作为重大政治任务,分类施策狠抓审计整改,……区政府八届89次常务会议提出要坚定不移做好审计整改“下半篇文章”,切实发挥审计建设性作用。区第八届区委审计委员会第七次会议强调要强化问题导向,坚决狠抓审计整改落实,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://scfzw.net/lianzheng/46/46474.html (a provincial legal news site's clean-government column: a county audit
    # bureau holds an exit meeting on a road maintenance section's 2019-2020 accounts audit and asks for the findings to
    # be rectified: an audit text, no party inspection; 2019至2020年度 is the audited years; 近日 gives no day; expects
    # nothing)
    ("zizhong_county_audit_exit_meeting_road_maintenance_section", "http://scfzw.net/lianzheng/46/46474.html", "audit", """近日,根据资中县人大常委会“穿透式”预算审查监督工作有关要求,资中县审计局组织召开了县公路养护段2019至2020年度财务收支审计情况交换意见专题会议,县人大预算工委副主任练梦菲,县审计局党组书记、局长郑建波及审计组成员,县公路养护段领导及相关股室负责人等参加会议。
会上,审计组通报了审计发现问题的初步情况,郑建波提出,召开交换意见的专题会议,旨在认真贯彻落实县人大“穿透式”预算审查监督工作要求;充分听取资中县公路养护段的意见,提高问题定性和处理的准确性。希望县公路养护段及时与审计组进一步沟通,加强审计发现问题的整改,确保在审计整改时限内完成整改。(陈彦伊)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy copies ---------------------------------------------------------------------------------------------------
    # http://jiefutu.com/newscenter/system/2024/10/02/030283091.shtml (a copying domain's traditional-script copy of a
    # provincial news site's report: a province's round entered two prefectures and bodies counted with examples
    # (海西州、海北州和所轄各縣(市、行委)及州紀委監委機關、州委組織部等17個地區單位), so the units are left unscored (bodies named
    # as examples before a count, r24's convention), and a special round of eight provincial departments ran beside it;
    # the round the text names is the one whose deployment meeting the leaders asked to carry out (省委第六輪巡視動員部署會議
    # 精神), which is the round entered (settled 14: a round named as the one a meeting deploys is the text's): round 6; its
    # term is not named (省委十四屆六次、七次全會 are plenary sessions), so term is left unscored; 9月26日至30日 has no year and
    # is the entries' span: no start, no end; no group (5 groups))
    ("qinghai_sixth_round_haixi_haibei_entries_examples_trad", "http://jiefutu.com/newscenter/system/2024/10/02/030283091.shtml", "noisy", """青海新聞網·大美青海客戶端訊 根據省委統一部署,9月26日至30日,省委5個巡視組先后完成對海西州、海北州和所轄各縣(市、行委)及州紀委監委機關、州委組織部等17個地區單位的巡視進駐并開展工作。省委專項巡視組同步對省發展改革委、省工業和信息化廳、省自然資源廳、省生態環境廳、省住房和城鄉建設廳、省水利廳、省農業農村廳、省林草局開展“護航生態文明高地建設”專項巡視。
被巡視地區分別召開巡視進駐動員會,各巡視組組長、副組長作動員講話,對深入學習貫徹黨的二十屆三中全會精神和習近平總書記考察青海重要講話精神,貫徹落實習近平總書記關于巡視工作重要論述,省委十四屆六次、七次全會及省委第六輪巡視動員部署會議精神,同題共答完成巡視任務提出要求。
各巡視組組長指出,巡視是推進黨的自我革命、全面從嚴治黨的戰略性制度安排。……
""", {"unit": "", "group": None, "round": 6, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://m.pathwayssc.com/html/special/xsxc/yw/2017/0822/22671.html (a copying domain's traditional-script copy with
    # pinyin in brackets (創(chuàng)新, 企業(yè)) and a garbled name (天津渤?;ぜ瘓F有限公司, a chemical group's name the copy
    # lost): the eleventh municipal committee's first round (十一屆天津市委首輪巡視): term 11, round 1; the eleven bodies
    # named (等11個 closes a complete list) are the round's units, written simplified without the pinyin (r31c's
    # 镇沅), the two brackets full-width (settled 7: 市建工集团（控股）有限公司, 市交通（集团）有限公司), and the garbled name
    # as the copy writes it, simplified where its characters have a simplified form (瘓 -> 痪), one body though a semicolon
    # falls inside it; the 9 bureau-level bodies are counted only; 8月16日 is the deployment meeting's day and 本月24日起 a
    # planned entry, neither with a year: no start; no group)
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "http://m.pathwayssc.com/html/special/xsxc/yw/2017/0822/22671.html", "noisy", """所在位置:首頁 > 專題 > 利劍高懸 巡視巡察在行動 > 要聞 > 正文

新一屆天津市委首輪巡視啟動 創(chuàng)新方式突出“準實活”

8月16日,十一屆天津市委首輪巡視工作動員部署會召開,標志著新一屆市委巡視工作啟動。

記者了解到,新一屆天津市委首輪巡視將對市科委、市規劃局、市國土房管局、市環保局、市市容園林委、市文化廣播影視局、市旅游局、市中小企業(yè)局、天津渤?;ぜ瘓F有限公司、市建工集團(控股)有限公司、市交通(集團)有限公司等11個單位黨組織及其所屬的9個局級單位黨組織開展專項巡視。本月24日起,巡視組將陸續(xù)進駐被巡視單位。

此輪巡視,天津市委各巡視組將以新修改的《中國共產(chǎn)黨巡視工作條例》為基本遵循,牢牢把握政治巡視定位,……(記者:李建彬 通訊員:孟杰)
""", {"unit": "", "units": ["市科委", "市规划局", "市国土房管局", "市环保局", "市市容园林委", "市文化广播影视局", "市旅游局",
                          "市中小企业局", "天津渤?;ぜ痪F有限公司", "市建工集团（控股）有限公司", "市交通（集团）有限公司"],
      "group": None, "term": 11, "round": 1, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://tagsia.cn/info/1031/1057.htm (a copying domain's traditional-script copy with pinyin after nearly every
    # character, some doubled (視(shi)(shi)): a municipality's twelfth committee's second round entered (承擔十二屆市委第二輪
    # 巡視任務的9個市委巡視組已全部進駐): term 12, round 2; the 26 bodies of the education system are counted only: units [];
    # 截至11月18日 has no year and 截至…已全部進駐 is no start (r28's reading); 為期60天 is a planned length: no end; no group)
    ("municipal_twelfth_term_second_round_education_system_counted_pinyin_trad", "http://tagsia.cn/info/1031/1057.htm", "noisy", """根據市(shi)委(wei)統一(yi)部(bu)署,截(jie)至11月18日,承(cheng)擔十(shi)二屆市(shi)委(wei)第二輪巡(xun)視(shi)(shi)任務的9個市(shi)委(wei)巡(xun)視(shi)(shi)組已全部(bu)進駐,將(jiang)對教育(yu)系統26個黨(dang)組織開展(zhan)為期60天的常規巡(xun)視(shi)(shi)。
市(shi)(shi)委(wei)巡(xun)(xun)視(shi)(shi)(shi)組(zu)(zu)組(zu)(zu)長在巡(xun)(xun)視(shi)(shi)(shi)進駐動員會(hui)上(shang)指(zhi)出,黨(dang)(dang)的(de)二(er)(er)十(shi)大后的(de)首輪巡(xun)(xun)視(shi)(shi)(shi)聚焦(jiao)我市(shi)(shi)教(jiao)育系統及(ji)高(gao)校所屬醫(yi)院(yuan),充分體現了市(shi)(shi)委(wei)對教(jiao)育和(he)(he)醫(yi)療衛生(sheng)工作的(de)高(gao)度重視(shi)(shi)(shi),……
""", {"unit": "", "units": [], "group": None, "term": 12, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://tripcoinc.com/zzzq/gdyw/content/post_3541065.html (a mirror's traditional-script copy of a provincial portal's
    # page, with its image chrome (![廣東省人民政府…](images/logo.png)), pinyin in brackets (長者專區(qū)) and doubled
    # commas (聽取…匯報,。): the provincial committee hears the eleventh committee's thirteenth round's report: the round
    # heard is the text's, as r11's county_seventh_round_interim and r16's shuyang_fourteenth_round_hearing_trad read a
    # hearing: term 11, round 13; the bodies are told by kind (有的單位黨組…): units []; 21日下午 has no month: no date; the
    # coverage aimed at (今年底基本實現全覆蓋目標) is no day; no group with a number)
    ("guangdong_eleventh_term_thirteenth_round_hearing_doubled_commas_pinyin_trad", "https://tripcoinc.com/zzzq/gdyw/content/post_3541065.html", "noisy", """![廣東省人民政府 廣東省人民政府](images/logo.png)
![長者專區(qū) 長者專區(qū)](images/zzzq.png)
胡春華出席十一屆省委第十三輪巡視情況匯報會
21日下午,省委召開巡視工作情況匯報會,,聽取十一屆省委第十三輪巡視工作情況匯報,。省委書記胡春華出席會議并講話,強調(diào)要深入學習貫徹習近平總書記系列重要講話精神,,堅決落實政治巡視的要求,,確保巡視成果運用到位,為廣東省全面從嚴治黨提供強有力支撐,。省委巡視工作領導小組組長黃先耀,、副組長李玉妹以及領導小組其他成員出席會議。
胡春華充分肯定本輪巡視工作取得的成績,。他指出,,從巡視發(fā)現(xiàn)的問題看,有的單位黨組政治意識淡薄,、領導作用弱化,,機關黨建工作比較薄弱,全面從嚴治黨推進不力,,……
胡春華強調(diào),,要推動政治巡視向縱深發(fā)展,……要全力以赴推進巡視全覆蓋,,……堅持質量至上,,堅持依紀依規(guī),,確保今年底基本實現(xiàn)全覆蓋目標。……
""", {"unit": "", "units": [], "group": None, "term": 11, "round": 13, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
