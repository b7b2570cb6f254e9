"""Outside texts of batch r31 (issue 14), held out, collector A (enterprises and institutions): collected with the search
tool from public pages that are in no earlier batch. Each address was checked against every outside batch
(outside_*.py, r25-r30 included) and test_outside_documents.py, with and without www./m./mip./wap. and its query string,
and two or three distinctive names or phrases of each text (its people, its bodies, its round) were grepped in them, in
simplified and traditional script; at the end the same was done against the other collectors' files of this pass (see the
overlap check below). Fields were written down by reading only: the importer was not run, no test or bench that runs it was
run, and the collector read neither imports/parsing nor the parser's tests (only the outside_*.py data files,
outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring, and the brief).

Overlap check. `bench/outside_overlap.py tests/imports/parsing/outside_r31.py` (it loads the cases without running the
importer; 15 texts against 1790 earlier) finds no shared address (the one "shared" address is the placeholder "search
corpus pages (no URL returned)"), 87 pairs sharing more than 3 shingles and 11 of them more than 3 beyond its formulas;
the longest shared run is 44 characters. Three pairs were read closely and put the texts in SHARES_TEMPLATE: Nantong's
rail transit group mobilisation shares 17 shingles with r12's nantong_press_group_mobilisation_trad (the same mirror, the
same city round of March 2024, one day apart); Linyi's mental health centre feedback shares 22 with r20's
jining_offices_centre_feedback (the Shandong cities' feedback template, word for word in its opening and closing, in a
neighbouring city's round); the Yunnan transport group's leading-group meeting shares the template of r23's meeting of
the same group and year (陈祖军, found by grepping; the tool names it only through formulas). The others are official
formulas or coincidences of other places: the Dongying disease control centre's title shares 第三巡察组向市疾控中心反馈巡察情况
with r18's zhuzhou_disease_control_centre_tenth_round_feedback (another city, 2020, a tenth special round) and 根据市委统一部署,
2019年 / 市委书记专题会议报告了有关情况 with r18's guangzhou_newspaper_group_feedback and r29's Xiamen hospital look-back (formulas); the
hospital check notice's 根据《中国共产党巡视工作条例(试行)》 with outside_c's fujian_counties; the Yunnan meeting's 十一屆省委第八輪巡視
工作動員部署會 with r7's yunnan_eighth (the province's round it only studies); the bank's and the design institute's leading-
group titles and 学习《中国共产党巡视工作条例》 (formulas). The tool counts three texts as sharing more than its formulas with
the seeds (the institute's mobilisation, the Linyi feedback and the oilfield's story) by their official wordings; none is
a seed's text. The other collectors' files of this pass (outside_r31b.py, outside_r31c.py, outside_r31d.py, present at the
end) hold none of this file's addresses, hosts, bodies or people (grepped: every host and path, 疾控中心, 精神卫生, 凉州, 国际中国
文化研究院, 科研處, 内蒙古交通设计, 西北油田, 胜利油田, 中國石油, 山东分行, 武乡电厂, 南通軌道, 陳祖軍, 吉林省肿瘤医院), and no text
of theirs shares more than 6 shingles with any of this file's.

Sources. 15 texts from the search tool's "pages" corpus, 14 with their address and 1 with none returned ("search corpus
pages (no URL returned)"); the "docs" and "code" corpora were tried once each and gave nothing of the kind. The corpus is
exhausted for most of this share: of about 240 candidate addresses checked, about nine in ten were earlier batches'
(every hit for central and provincial enterprise groups' internal rounds (electrical equipment, construction, steel,
transport, port, metro, bus, airport, water, grid, postal, telecom, railway and shipbuilding groups), city groups at
state firms, city investment, transport and press groups, banks' and insurers' rounds (the tool returns regulations
and essays for banks, credit unions, trusts, securities firms and insurers), every hospital visit, hospital notice and
hospital progress report it returned (city, district, county, traditional Chinese medicine, maternal and child, mental
health, university hospitals), disease control centres, the academies' institutes, design institutes, and most
universities' and colleges' rounds). What still gave new texts: oil companies (a national oil group's eight rounds
totalled in traditional script, an oilfield's year of four rounds, a western oilfield company's second round of 2021, the
oil group's rectification of a central visit), a bank's provincial branch hearing its second round's second batch, a
city disease control centre's feedback (2019), a city's cultural research institute entered, a university's research
institute mobilised, a design institute preparing for its group's round, two checks that are no party inspection (a
province's large-hospital check notice, a power company's check at a plant), a spun traditional-script copy of a
university's third round at its research office, and three texts that share a portal and round or a template with an
earlier batch (SHARES_TEMPLATE).

Families and counts (15 texts, 3 in SHARES_TEMPLATE, 12 measured). news 7, six measured:
dongying_cdc_city_third_group_feedback_2019 (a unit, a group, the visit's span), liangzhou_culture_institute_city_first_group_mobilisation_2020
(a unit, a group), foreign_studies_university_china_culture_institute_first_group_mobilisation (a unit, a group), and
three expecting only absences: jilin_large_hospital_check_notice_2016_not_party (大型医院巡查, no party inspection),
power_company_check_group_wuxiang_plant_party_building_not_inspection (督查组, no party inspection) and
petrochina_central_visit_rectification_production_news (a rectification news naming no visit, group or day); one in
SHARES_TEMPLATE: linyi_mental_health_centre_mobile_group_fourteenth_term_fifth_round_feedback; rounds 4, all measured,
none with a list of named bodies: bank_shandong_branch_second_round_second_batch_hearing_2023 (round 2),
northwest_oilfield_company_2021_second_round_entries_counted (round 2), shengli_oilfield_year_four_rounds_summary
(expects nothing: counted rounds and bodies) and inner_mongolia_transport_design_institute_prepares_group_round (absences,
its unit and the conveyed round unscored); progress 0 (no enterprise or institution progress report the searches
returned was new); audit 0; noisy 4, two measured: petrochina_eight_rounds_three_year_coverage_totals_trad (traditional
script, six figures) and university_research_office_third_round_spun_copy_trad (traditional script with 工作 spun to 事情
throughout: round 3), and two in SHARES_TEMPLATE: nantong_rail_transit_group_second_group_mobilisation_trad and
yunnan_transport_group_2024_third_leading_group_meeting_second_round_trad (no URL returned).

Fields read: 31 (a unit of "" for a round-level text counts, each unit of a list and each figure counts) and 102 absence
checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the collector's
count; 23 fields and 83 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE): news 10 fields and 43
absence checks, rounds 5 and 28, noisy 8 and 12, progress and audit none. Figures read: the oil group's totals over its
eight rounds, problems 4432, clues_transferred 689 (settled 6), cases_filed 141, disciplined_people 175,
organizational_handling 548, rules_established 1330 (1330多项); no other text states a count of problems, measures, clues
or cases as an inspection's (checklist items 143条, 216种问题表现, 民主测评299人次, 七项责任30条任务 and 7个专项整改 are none).

Reading conventions (outside_set.py's settled conventions 1-13 followed exactly, and the written conventions of
outside_r24.py's docstring): a day without a year gives no date unless the text or its dated line gives its year (the
mental health centre's 9月10日 and the institute's 9月26日 have none); a mobilisation or meeting day is no start (settled
10: the cultural research institute's 7月29日, Nantong's 2024年3月13日, the bank's 2023年1月30日); a visit's planned length
is no end (为期两个月); a span told in full dates is the visit's (the disease control centre's 2019年9月11日至11月10日);
counted rounds and bodies (分4轮对22家单位, 8輪巡視, 146家企事业单位, 第二轮9个单位) are no round and no units; a year's
second round (第二轮, 2024年第二輪, 第二轮第二批次) is round 2; a university's groups are written without 校/学校; a group with
no number of its own named under its round (學校第三輪巡察第一巡察組) is not scored, a mobile group (市委机动巡察组) is
written as r28d's; a round only conveyed (十一屆省委第八輪, 集团第二轮巡察 passed on to a subsidiary) is not the text's; an
enterprise's totals over its rounds are figures as r12's state_grid_term_figures reads them (发现问题 problems, 移交问题线索
clues_transferred (settled 6), 立案 cases_filed, 纪律处分 disciplined_people, 组织处理 organizational_handling, 制修订规章制度
rules_established); 大型医院巡查 by a health commission is no party inspection (as r14's provincial_hospital_patrol_trad and
r29's city_large_hospital_check_mobilisation_not_party_pinyin_trad); expected values of traditional-script texts are
written simplified.

What I was unsure of, and how I read it: the oil group's totals text names its eighth round as just completed and gives
the totals of all eight, so its round is left unscored; its 组织处理及诫勉谈话548人 is read as organizational_handling 548
(one count for two kinds of handling, the first the metric's), and 1330多项 as 1330; the mental health centre's feedback
follows the fifth round's collective feedback meeting, which also covered a look-back at city enterprises, so term 14 and
round 5 are read as the centre's (it is no enterprise); its unit is written with 党委 as the feedback goes to 市精神卫生中心党委书记
and the text calls it 市精神卫生中心党委; the cultural research institute's unit is the visit's (对市凉州文化研究院开展…巡察), though
it has a 党组; the large-hospital check cites the party's inspection regulation (根据《中国共产党巡视工作条例(试行)》), but a
health commission's 巡查组 checking hospitals is read as no party inspection, as the set reads every such check, so its
2016年7月18日至7月22日 is expected absent as a visit's span; the oil group's rectification news names no visit and no body
visited, so its unit is left unscored (its 七项责任30条任务 belong to a production plan and its 7个专项整改 are counted kinds:
no figures); the western oilfield's 3月24日 entry may be its first round's, so its start is left unscored; the design
institute's meeting prepares for its group's second round without saying the institute is visited, so its unit and round
are left unscored; the spun copy's unit (科研處黨支部, which only makes the pledge) is left unscored; a joint inspection of a
petrochemical group's research institutes (联合巡察) was left to the collector of crossed and linked rounds. The power company's
check names no inspection word but is kept as an absence text, as r27's check groups are. 15 texts, 12 outside
SHARES_TEMPLATE: within the 13-18 texts the brief asks for, and the 12 measured it asks for at least.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # the same mirror (silksplace-taroko.com/html/2024-3/) and the same city round of March 2024 as r12's
    # nantong_press_group_mobilisation_trad (another group at another city body, one day apart, one template)
    "nantong_rail_transit_group_second_group_mobilisation_trad",
    # the Shandong cities' feedback template of r20's jining_offices_centre_feedback (十四届市委第六轮, Jining): the same
    # opening (根据市委部署,…市委巡察工作领导小组召开十四届市委第…轮巡察集中反馈会议,传达学习市委书记…通报巡察发现的主要问题,对巡察
    # 整改和成果运用作出安排部署) and closing, word for word, in a neighbouring city's round (found by the overlap check)
    "linyi_mental_health_centre_mobile_group_fourteenth_term_fifth_round_feedback",
    # the same provincial transport group's leading-group meetings as r23's (主持召开集团党委巡察工作领导小组2024年第一次会议,
    # 陈祖军), in the same template; r24 and r27 hold two more of its rounds
    "yunnan_transport_group_2024_third_leading_group_meeting_second_round_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R31 = [
    # --- news -----------------------------------------------------------------------------------------------------------
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=26551 (a city group's feedback to the city's disease control
    # centre: the unit as the visit and the feedback name it (对市疾控中心进行了巡察); the visit's span is told in full;
    # 近日 gives no feedback day. The portal holds r10's, r11's, r15's and r23's texts of other bodies and rounds: measured)
    ("dongying_cdc_city_third_group_feedback_2019", "http://www.jiwei.gov.cn/news_content.thtml?contentId=26551", "news", """市委第三巡察组向市疾控中心反馈巡察情况
根据市委巡察工作领导小组安排,近日,市委第三巡察组向市疾控中心反馈巡察情况。市纪委常委、市监委委员王守业主持召开向市疾控中心主任成军华的反馈会议,出席向市疾控中心领导班子反馈巡察情况会议,对抓好巡察整改工作提出要求。王守业向成军华传达了市委书记李宽端关于巡察工作的讲话精神,市委第三巡察组组长郭学岩代表市委巡察组分别向成军华和市疾控中心反馈了巡察情况。成军华主持向领导班子反馈会议并就做好巡察整改工作作表态发言。
根据市委统一部署,2019年9月11日至11月10日,市委第三巡察组对市疾控中心进行了巡察。……市委巡察工作领导小组听取了巡察组的巡察情况汇报,并向市委常委会会议、市委书记专题会议报告了有关情况。
郭学岩指出,近年来,市疾控中心在……疫苗全程接种、传染病疫情监测、文明单位建设等方面取得较好成效。……
""", {"unit": "市疾控中心", "units": [], "group": "市委第三巡察组", "term": None, "round": None,
      "start": date(2019, 9, 11), "end": date(2019, 11, 10), "feedback_date": None, "figures": []}),
    # http://www.lzwenhuawang.com/show-20-879-1.html (a city group enters a city's cultural research institute: the unit as
    # the visit names it (对市凉州文化研究院开展…常规巡察); 7月29日 is the mobilisation's day, no start (settled 10); 为期两个月
    # is a planned length, no end)
    ("liangzhou_culture_institute_city_first_group_mobilisation_2020", "http://www.lzwenhuawang.com/show-20-879-1.html", "news", """市委第一巡察组进驻市凉州文化研究院开展巡察
发布时间:2020-08-04
7月29日,市委第一巡察组巡察市凉州文化研究院工作动员会在市凉州文化研究院会议室召开。根据市委统一安排,市委第一巡察组将对市凉州文化研究院开展为期两个月的常规巡察。
市委巡察办副主任张文辉、市委第一巡察组组长谢治纲、副组长杨万华、……出席会议。会议由市凉州文化研究院党组书记、院长张国才主持。……
市委第一巡察组组长谢治纲在动员讲话中指出,本轮巡察将紧扣“四个落实”,突出“三个聚焦”,……
""", {"unit": "市凉州文化研究院", "units": [], "group": "市委第一巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://iics.bfsu.edu.cn/info/2325/15839.htm (a university's first group mobilises at its international Chinese
    # culture research institute: the group in the set's university notation; 9月26日 has no year and is a mobilisation
    # day, no start; 二十届三中全会 is no term of the round)
    ("foreign_studies_university_china_culture_institute_first_group_mobilisation", "https://iics.bfsu.edu.cn/info/2325/15839.htm", "news", """9月26日下午,党委第一巡察组巡察国际中国文化研究院党总支工作动员会召开。
学校党委副书记苏大鹏出席会议并讲话,第一巡察组组长葛冬冬作巡察动员。会议由国际中国文化研究院院长、党总支副书记高金萍主持。
……
葛冬冬作动员讲话,通报巡察工作的重点任务、工作安排和工作要求。她指出,本轮巡察将坚守政治巡察定位,围绕深入学习贯彻落实党的二十大、二十届三中全会和全国教育大会精神,……
""", {"unit": "国际中国文化研究院党总支", "units": [], "group": "党委第一巡察组", "term": None, "round": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://ymlz.gov.cn/info/1013/41132.htm (SHARES_TEMPLATE: r20's jining_offices_centre_feedback's template; a city's mobile group feeds back to the city mental health centre after the
    # fourteenth committee's fifth round's collective feedback: term 14, round 5; the mobile group as r28d writes it;
    # 9月10日 has no year (no date line kept), so no feedback day; the findings run as one sentence of clauses (left
    # unscored); clues handed over are not counted. The county subdomain yinan.ymlz.gov.cn holds r23's and r25b's county
    # texts; this is the city's: measured)
    ("linyi_mental_health_centre_mobile_group_fourteenth_term_fifth_round_feedback", "http://ymlz.gov.cn/info/1013/41132.htm", "news", """根据市委部署,9月6日,市委巡察工作领导小组召开十四届市委第五轮巡察及市管国有企业巡察“回头看”集中反馈会议,传达学习市委书记任刚在听取巡察工作情况汇报时的讲话精神,通报巡察发现的主要问题,对巡察整改和成果运用作出安排部署。9月10日,市委机动巡察组组长李杰分别向市精神卫生中心党委书记鲍玉现和领导班子反馈了巡察情况,鲍玉现主持向领导班子反馈会议并就做好巡察整改工作表态发言。
李杰在反馈时指出,近年来,市精神卫生中心党委能够以习近平新时代中国特色社会主义思想为指导,贯彻落实党的卫生健康工作方针,医疗服务能力和水平进一步提升,成功创建省级精神专科区域医疗中心。巡察也发现了一些问题,主要是:学习贯彻党的路线方针政策和党中央决策部署不深入,党的领导作用发挥不到位,……干部队伍日常管理监督有短板。同时,巡察组还收到反映一些领导干部的问题线索,已按规定转有关方面处理。
""", {"unit": "市精神卫生中心党委", "units": [], "group": "市委机动巡察组", "term": 14, "round": 5, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://message.jlszlyy.com/yuannei/9543 (a provincial health commission's large-hospital check notice at a cancer
    # hospital: 巡查 by a health commission's group is no party inspection (as r14's provincial_hospital_patrol_trad and r29's
    # city_large_hospital_check_mobilisation_not_party_pinyin_trad), though it cites the inspection regulation; its
    # 2016年7月18日至7月22日 is the check's, so start and end are absence checks; the unit is left unscored as r14's is)
    ("jilin_large_hospital_check_notice_2016_not_party", "https://message.jlszlyy.com/yuannei/9543", "news", """吉林省卫生计生委大型医院巡查公告
来源:吉林省肿瘤医院 时间:2016-07-18
根据《中国共产党巡视工作条例(试行)》和国家卫生计生委、吉林省卫生计生委统一部署,从2016年7月开始吉林省卫生计生委将派出巡查组对部分省属医院进行巡查。其中,将于2016年7月18日至7月22日对吉林省肿瘤医院进行巡查。
巡查组主要巡查医院贯彻落实国家有关法律法规、政策规范和各级卫生计生行政部门部署的重点工作、深化医药卫生体制改革、维护医院公益性的情况,包括加强领导班子党风廉政建设、行业作风建设、落实“九不准”情况,……
吉林省卫生计生委巡查工作组
二○一六年七月
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://gas.in-en.com/html/gas-3301367.shtml (an energy portal's copy of a news on a national oil group's
    # rectification of a central visit's findings: no visit, group, round or day is told, so the unit is left unscored and
    # the rest are absence checks; 七项责任30条任务 are a production plan's tasks and 7个专项整改 counted kinds, no figures)
    ("petrochina_central_visit_rectification_production_news", "https://gas.in-en.com/html/gas-3301367.shtml", "news", """10亿吨级大油田、万亿方大气区相继建成,海外油气权益产量当量首超亿吨大关,中俄东线天然气管道正式投产……记者日前从中国石油天然气集团有限公司获悉,该集团公司党组坚持巡视反馈问题整改和油气增储上产两手抓、两不误、两促进,把整改成果转化为推动油气增储上产的强大动力。
作为国内大型油气生产和供应企业,中国石油肩负保障国家能源安全重任。巡视反馈中,“保障国家能源安全责任感、使命感不够强”等问题被指出。对此,中国石油党组下决心加大投入、狠抓整改,……
中国石油党组专题研究部署加大国内油气勘探开发力度,……出台《大力提升油气勘探开发责任书》任务分解表,细化七项责任30条任务。……
坚持党的领导、加强党的建设,是国有企业的“根”和“魂”。针对“落实管党治党责任不够实”等问题,中国石油党组持续推动企业党的建设,开展落实主体责任问题、落实监督责任问题等7个专项整改,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://xsmd.com.cn/info/22448 (a power generation company's check group (督查组) at one of its plants on its party
    # building work of a half year: a check, no party inspection (as r27's hainan_farms_tropical_crops_group_task_check_
    # group_trad); its 整改意见 are no findings listed; expects nothing)
    ("power_company_check_group_wuxiang_plant_party_building_not_inspection", "https://xsmd.com.cn/info/22448", "news", """6月9日,发电公司督查组到武乡电厂对2020年上半年党建“三基”工作进行检查。
此次检查采取了听取汇报、查阅资料的方式,对近期上级要求的“五个专项行动”落实、“三重一大”制度建设、中心组制度落实、意识形态和网络舆情处置等落实情况进行了检查。督查组仔细查看了武乡电厂党建“三基”工作的相关资料并提出整改意见。对武乡电厂在推进党建“三基”建设工作中取得的成效给予高度肯定。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # https://www.meipian.cn/4ltq0fjc (a bank's provincial branch's leading group hears its second round's second batch of
    # inspections of its own departments: round 2 (第二轮第二批次, as r17's ningde and outside_new's jsnk read it); the
    # departments are not named (被巡察部室 is a kind); 2023年1月30日 is a meeting's day, no start; the central and head
    # office's inspections are only named as rectification to combine)
    ("bank_shandong_branch_second_round_second_batch_hearing_2023", "https://www.meipian.cn/4ltq0fjc", "rounds", """2023年1月30日,山东分行召开党委巡察工作领导小组会议,省行党委书记、行长、党委巡察工作领导小组组长赵桂德出席会议,听取省行巡察工作、省行部室第二轮第二批次巡察情况汇报,要求坚守政治巡察定位,健全完善监督体系,高质量做好巡察工作,为新时代现代化强行建设提供坚强保障。省行党委委员、纪委书记、党委巡察工作领导小组副组长吴进主持会议。
在听取巡察工作汇报后,赵桂德党委书记指出,党委巡察办统筹做好疫情防控和巡察工作,立足主责主业,较好完成了各项巡察任务;三个巡察组坚守政治巡察定位,紧扣被巡察部室的职能责任开展监督,作出了比较客观的评价。……
……要构建巡察整改责任闭环体系,把中央巡视常态化整改、总行巡视持续整改和巡察整改统筹起来,一体建立整改台账,逐一抓好落实。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://nengyuanjie.net/article/49617.html (an energy portal's story of a western oilfield company's rounds: its
    # groups entered the second round's 9 units (counted, no units): round 2; 3月24日 has no year and may be the first
    # round's entry, so the start is left unscored; 143条 check items, 299人次 and the 2020 counts are no figures)
    ("northwest_oilfield_company_2021_second_round_entries_counted", "https://nengyuanjie.net/article/49617.html", "rounds", """同向发力
一个“严”字贯穿巡察始终
日前,西北油田公司党委3个巡察组在完成2021年第一轮9个单位、部门常规巡察的基础上,分别进驻第二轮9个单位、部门开展常规巡察,三轮巡察结束后,公司党委将在今年实现基层单位和机关部门的常规巡察全覆盖。
……公司党委认真履行主体责任,系统部署党委巡察工作,各部门同向发力,一个“严”字贯穿始终。先后5次召开党委会议和党委巡察工作领导小组会议,听取巡察工作汇报,研究解决重大问题。……
“我们要有敢于监督的勇气和底气,……”3月24日,公司党委巡察组兵分三路,分别进驻9个单位和部门,运用“一把尺子量到底”的硬标准,列出巡察检查内容143条,并明确了检查方法和路径。
……2020年,在克服新冠肺炎疫情影响的前提下,公司首次开展了对机关部门的巡察工作,2个巡察组利用4个月时间完成了对4个基层单位和2个机关部门的常规巡察,巡察中开展民主测评299人次,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "end": None, "feedback_date": None,
      "figures": []}),
    # http://slof.sinopec.com/slof/news/com_news/20240222/news_20240222_506813061913.shtml (an oilfield's year of inspections:
    # 分4轮 and 22家单位 are counted, no round and no units; the 5 fields, 34 links, 128 nodes and 216 kinds of a checklist
    # are no figures; the quoted findings are samples, left unscored as problems; expects nothing)
    ("shengli_oilfield_year_four_rounds_summary", "http://slof.sinopec.com/slof/news/com_news/20240222/news_20240222_506813061913.shtml", "rounds", """油田7个巡察组,分4轮对22家单位(部门)开展常规巡察,结合专项巡察对2022年度巡察的26家单位(部门)整改质效开展评估。巡察监督内容涵盖了5大领域、34个关键环节、128个监督节点、216种问题表现。
一直以来,油田党委始终把巡察作为管党治党的重要抓手,坚持“发现问题、形成震慑、推动改革、促进发展”这一工作方针,……
“有的单位理论学习不够深,学习成果转化运用不到位”“有的经营管理不够严格,合同、招投标、物资采购、资金管理等方面问题较多”“有的落实巡察、审计等整改不够彻底,边改边犯现象比较突出。”……
一个个巡察反馈的重点问题,是油田党委关心关注的方向。今年,油田党委常委会先后4次专题研究党委巡察工作,油田领导3次对巡察工作做出批示,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://nmgjtjt.com/site1/sjyjy_djgz/6667ffdf63fe6b6bc92713e7.shtml (a transport group's design institute meets to
    # prepare for its group's round: the group's second round is only conveyed (传达了集团第二轮巡察工作动员部署会…精神) and the
    # text does not say the institute is visited, so unit and round are left unscored; 5月16日 is a meeting day; 巡察工作组 has
    # no number. The portal holds r10's transport_group_research_visit, another kind of text: measured)
    ("inner_mongolia_transport_design_institute_prepares_group_round", "https://nmgjtjt.com/site1/sjyjy_djgz/6667ffdf63fe6b6bc92713e7.shtml", "rounds", """5月16日下午,内蒙古交通设计研究院有限责任公司党委组织召开落实集团党委巡察工作动员部署会,部署落实集团巡察工作事宜。公司在家党委委员、党支部书记及支委、相关部门负责人参加会议,党委副书记、工会主席杨颖奇主持会议并讲话。
会议传达了集团第二轮巡察工作动员部署会暨巡察干部培训会议精神,并深入学习《中国共产党巡视工作条例》,对巡察工作程序、巡察整改及成果运用等环节进行解读。……
会议要求,公司各党支部、各部(室)、分院(中心)、子公司要站在政治和全局的高度,认真履行工作职责,……坚决服从巡察工作组的统一安排,确保此次巡察工作在公司顺利推进。
""", {"units": [], "group": None, "term": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- noisy ----------------------------------------------------------------------------------------------------------
    # http://49.213.0.198/doc/7_0_104840080_1.html (traditional script, a Hong Kong agency's copy: a national oil group's
    # eighth round completes three years' coverage; the totals of its eight rounds are the figures, as r12's
    # state_grid_term_figures reads a term's totals: 发现问题4432个 problems, 移交问题线索689个 clues (settled 6), 已立案141件
    # cases filed, 紀律處分175人 disciplined, 組織處理及誡勉談話548人 organizational handling, 制修訂規章制度1330多項 rules
    # established 1330; the bodies are counted (146家, 12家, 24個, 6個); the round is left unscored (its eighth is named as
    # completed, the figures are all eight's); 2015-2017 is the coverage's term, no visit's span)
    # (r32 pass: 组织处理及诫勉谈话548人 counts two kinds of action together, no figure of either, by settled convention 16)
    ("petrochina_eight_rounds_three_year_coverage_totals_trad", "http://49.213.0.198/doc/7_0_104840080_1.html", "noisy", """中評社北京10月11日電/近日,中國石油第八輪巡視完成,標誌著中國石油黨組全面實現“三年巡視全覆蓋”工作目標。
黨的十八大以來,特別是2015年以來,中國石油新一屆黨組高度重視巡視工作,……作出三年(2015-2017年)巡視全覆蓋工作部署,……
從2015年開始,中國石油共組織開展8輪巡視,除新組建單位外,不僅巡視了146家企事業單位黨組織,還對12家海外企業、24個總部機關部門和6個專業公司進行了巡視,全面實現巡視全覆蓋目標,發現問題4432個,移交問題線索689個。……目前,已立案141件,紀律處分175人,組織處理及誡勉談話548人,組織調整18個單位的20名正職、8個單位的8名副職,制修訂規章制度1330多項。2016年11月,對1家單位進行巡視“回頭看”,……
""", {"unit": "", "units": [], "group": None, "term": None, "start": None, "end": None, "feedback_date": None,
      "figures": [("problems", 4432), ("clues_transferred", 689), ("cases_filed", 141), ("disciplined_people", 175),
                  ("rules_established", 1330)]}),
    # http://app.ptmcm.com/kjc/info/1583/5259.htm (traditional script on an unrelated domain, spun: 工作 written 事情
    # throughout (巡察事情動員會), 體現 as 体现: a university's third round at its research office: round 3; the group is named
    # under its round (學校第三輪巡察第一巡察組), not scored; the research office's branch only pledges, so the unit is left
    # unscored; the two 專項檢查組 are no groups of the visit; 4月28日 has no year and is a mobilisation day)
    ("university_research_office_third_round_spun_copy_trad", "http://app.ptmcm.com/kjc/info/1583/5259.htm", "noisy", """4月28日上午,我處在明德樓218室召開巡察事情動員會,學校黨委委員、宣傳統戰部部長、學校第三輪巡察黨的思想建設專項檢查組組長謝柳,學校巡察事情領導小組副組長、校紀委副書記、監察處處長、巡察辦主任江彤,學校巡察事情領導小組副組長、機關黨委書記兼組織部副部長、學校第三輪巡察黨的組織建設專項檢查組組長劉綱華,學校第三輪巡察第一巡察組全體人員以及我處全體幹部職工參加了會議。會議由科研處黨支部書記、科研處處長成運同志主持。
會上,學校第三輪巡察第一巡察組組長羅求實同志從“提高政治站位,切實深化對巡察事情的認識;堅持政治巡察,切實掌握巡察事情的基本要求;自覺接受監督,配合完成巡察事情任務”等三個方面做了動員講話。
……
會上,成運同志代表科研處黨支部作了表態發言。他体现,堅決以習近平新時代中國特色社會主義思想爲指導,……
""", {"units": [], "term": None, "round": 3, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://www.silksplace-taroko.com/html/2024-3/202431844630.html (SHARES_TEMPLATE: traditional script on the mirror and
    # in the round of r12's nantong_press_group_mobilisation_trad: a city group's mobilisation at a rail transit group;
    # the unit as the meeting names it; 2024年3月13日 is the mobilisation's day, no start)
    ("nantong_rail_transit_group_second_group_mobilisation_trad", "http://www.silksplace-taroko.com/html/2024-3/202431844630.html", "noisy", """根據市委巡察工作統一部署,2024年3月13日,市委第二巡察組巡察南通軌道交通集團有限公司黨委工作動員會召開。動員會前,巡察組組長陸永生主持召開了與南通軌道交通集團有限公司領導班子見面會,傳達了中央和省市委關于巡視巡察工作最新要求,并就本輪巡察的有關重點事項進行了對接。動員會上,陸永生就巡察工作作了動員講話,市國資委黨委副書記、副主任宋建宏對南通軌道交通集團有限公司黨委接受巡察監督、配合和支持巡察工作提要求,巡察組副組長張文慧就政治生態測評作了說明,南通軌道交通集團有限公司黨委書記、董事長吳志華主持會議并作表態發言。
……
""", {"unit": "南通轨道交通集团有限公司党委", "units": [], "group": "市委第二巡察组", "term": None, "round": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (SHARES_TEMPLATE: traditional script: a provincial transport group's leading
    # group hears its 2024 second round, in the template of r23's meeting of the same group and year: round 2; the
    # province's 十一屆省委第八輪 is only studied, not the text's; 10月9日 is a meeting day; no body named)
    ("yunnan_transport_group_2024_third_leading_group_meeting_second_round_trad", "search corpus pages (no URL returned)", "noisy", """10月9日,集團公司黨委書記、董事長、巡察工作領導小組組長陳祖軍主持召開集團黨委巡察工作領導小組2024年第3次會議。會議深入學習貫徹習近平總書記關于巡視工作的重要論述,集中學習新修訂的《中國共產黨巡視工作條例》和十一屆省委第八輪巡視工作動員部署會會議精神,聽取集團黨委2024年第二輪巡察情況匯報,研究下一步巡察工作安排。
……
陳祖軍高度肯定了2024年第二輪巡察工作取得的成效。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 2, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
]
