"""Outside texts of batch r33 (issue 14), collector C's share, held out: provincial and central inspections of places and
departments (巡视 entries, mobilisations, feedbacks, rectification progress reports of districts, provincial and
municipal rounds' lists) and audit rectification texts, collected with the search tool from public pages that are in no
earlier batch. Each address was checked against every outside batch (outside_*.py, r32 included) and
test_outside_documents.py, with and without www./m./mip./wap. and its query string, and two or three distinctive names or
phrases of each text were grepped in them, in simplified and traditional script; at the end the other collectors' files
of this batch (outside_r33.py, outside_r33b.py and outside_r33d.py, as far as they existed when this file was finished)
were grepped the same way, and the file was compared with `bench/outside_overlap.py tests/imports/parsing/outside_r33c.py`
(its summary is under "Overlap" below). Their fields are written down by reading only. The importer was not run on them,
no test or bench that runs it was run, and the collector read neither imports/parsing nor the parser's tests (only the
outside_*.py data files, outside_set.py's docstring, Case, extract and score, outside_r24.py's docstring, and the brief);
the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 15 texts from the search tool's "pages" corpus, 14 with their address and 1 with none returned ("search corpus
pages (no URL returned)"). The corpus is all but exhausted for this share: of about 150 candidate addresses the searches
returned (about 45 queries: regional committees' rounds and feedbacks (Ningxia, Guangxi, Inner Mongolia, Tibet,
Xinjiang, the corps), municipalities' rounds, feedbacks and progress reports (Beijing 2004-2021, Shanghai, Tianjin,
Chongqing), provincial rounds and feedbacks of 2013-2019 (Hebei, Shanxi, Heilongjiang, Jiangsu, Zhejiang, Fujian, Anhui,
Hunan, Hubei, Hainan, Guizhou, Yunnan, Gansu, Henan), central rounds' entries and feedbacks of 2013-2018, provincial
departments' and cities' progress reports, traditional-script and pinyin copies, budget audit rectification reports,
audit committee meetings and people's congress audit reviews), about nine in ten were earlier batches' (every Ningxia,
Inner Mongolia, Guangxi, Tibet, Xinjiang and corps round the corpus returned, every Hebei, Fujian, Anhui, Hunan, Hubei,
Hainan, Gansu, Henan and Yunnan round, the Shanghai twelfth committee's progress reports' round (r29c), the Tianjin
reports (r32c), the central rounds of 2014-2015, every budget audit rectification report but two). What still gave new
texts: Beijing (the 2016 second round, the 2004 first groups in a traditional copy), Shanghai (the eleventh committee's
second round), Jiangsu (the thirteenth committee's seventh round, the fourteenth committee's eighth round in a
traditional copy), Shanxi's 2015 third special round on an aggregator, Chongqing (a 2019 feedback to a district, a 2023
mobilisation at a district), a central group's 2013 entry into a province on a forum mirror with stray noise, and four
audit texts (two people's congress reviews of audit rectification, one in traditional script, a district audit
committee's coordination meeting in traditional script with pinyin, a county-level city's satisfaction vote on audit
rectification).

Families and counts (15 texts, 2 in SHARES_TEMPLATE, 13 measured). rounds 5, four measured: two round lists
(shanghai_eleventh_term_second_round_six_bodies_merged 6, shanxi_2015_third_special_round_sixteen_bodies_aggregator 16),
one with bodies named as examples before a count (beijing_2016_second_round_twenty_six_bodies_examples, units
unscored, a start from the first entry day), one deployment cut before its list
(jiangsu_thirteenth_term_seventh_round_deployment_2019_repost); and one in SHARES_TEMPLATE
(jiangsu_fourteenth_term_third_round_fifty_eight_places_deployment, r29c's round); news 2, both measured: a feedback with
span and day (bishan_municipal_seventh_group_feedback_2019_copy) and a mobilisation conveying a heard round
(hechuan_municipal_tenth_group_mobilisation_2023); progress 1, in SHARES_TEMPLATE
(shanghai_putuo_twelfth_term_second_round_progress, r29c's round and template); audit 2, both measured, expecting nothing
(yubei_district_npc_audit_rectification_session, honghu_npc_audit_rectification_satisfaction_vote); noisy 5, all measured:
traditional script with pinyin, places written short (beijing_2004_first_inspection_groups_three_districts_pinyin_trad,
units unscored), traditional script with a round list of 13 cities (jiangsu_fourteenth_term_eighth_round_thirteen_cities_trad),
traditional script with a forum's stray characters (jiangxi_central_eighth_group_2013_entry_forum_noise_trad), and two
audit texts expecting nothing (longgang_audit_committee_coordination_meeting_pinyin_trad,
sanyuan_npc_audit_rectification_survey_trad). Measured round lists: 3 (6, 16 and 13 bodies). Measured texts expecting
nothing of a visit: 4 (the four audit texts).

Fields read and absence checks (counted over the expected dicts: a unit of "" counts as a field read, each unit of a
list and each figure counts; None, [] for units or figures, and problems 0 are absence checks): 131 fields and 93
absence checks in all; 64 fields and 87 absence checks outside SHARES_TEMPLATE (the SHARES_TEMPLATE Jiangsu list's 58
places and the Putuo report's six fields are among the first count only). By family (outside SHARES_TEMPLATE): rounds
34 fields and 20 absence checks, news 7 and 11, audit 2 and 18, noisy 21 and 38, progress 0 and 0. Figures read: none
(every figures key is an absence check: the counts of bodies, groups, meetings, sessions and suggestions are no
figures).

Overlap. `bench/outside_overlap.py tests/imports/parsing/outside_r33c.py` (15 texts against 1899 earlier): no address is
shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)"); 255 pairs share over 3
shingles, 14 of them over 3 beyond the tool's formulas; the longest shared run, 58 characters, is the SHARES_TEMPLATE
Putuo report's municipal progress opening with r16's shanghai_emergency_bureau_municipal_progress and r20's
shanghai_shentong_metro_group_progress (the template that put it in SHARES_TEMPLATE). Beyond formulas: the
SHARES_TEMPLATE Jiangsu deployment with r29c's jiangsu_fourteenth_term_third_round_second_batch_entered_2023 (its
round, 巡视采取压茬推进方式,分两个批次); Bishan's feedback with r8's fengjie_forestry (the Chongqing feedback wording,
工作领导小组的部署,20…, 主持反馈大会并作表态讲话。根据: a county group's feedback to a county bureau, another level, body
and portal, so measured, as r32c measured Tianjin's districts beside r20's department), with r26c's
jilin_central_fourth_group_feedback_2014 and other feedbacks (巡视工作领导小组听取了巡视组的巡视情况汇报,并向…,
巡视组发现和干部群众反映了一些问题,主要是: official feedback wording) and with this batch's Hechuan mobilisation
(the municipal opening 根据市委巡视工作领导小组的部署,20…); Hechuan's with earlier central lists and mobilisations
(委和人大常委会、政府、政协党组, 就配合做好巡视工作提出要求); the Jiangsu thirteenth-term deployment with r10's
college_awaits_provincial_visit (组织部部长、省委巡视工作领导小组副组长); the Jiangsu eighth-round copy with a Yunnan round
and a provincial universities' round (省委常委、省委巡視工作領導小組組長…副組長: the leaders' titles); the audit texts
with earlier audit texts (年度区级预算执行和其他财政收支审计, 《关于进一步加强审计整改工作的意见》,
二十屆中央審計委員會第一次會議, 本級預算執行和其他財政收支情況審計: the budget audit wording and the title of a common
opinion); all other pairs share official formulas only (the Beijing 2004 copy's pinyin 領(lǐng)導(dǎo) with earlier pinyin
copies). The tool counts four texts as sharing more than its stock of formulas with the seed corpus (the Jiangsu
thirteenth-term deployment, the Shanxi round, the Hechuan mobilisation and the Putuo report, whose shared runs with
earlier batches are official deployment, mobilisation and progress wordings); the seeds were not opened, so what they
share there is not verified. Source events: the Jiangsu fourteenth committee's third round is r29c's (in
SHARES_TEMPLATE); the Shanghai twelfth committee's second round is r29c's Xuhui's (in SHARES_TEMPLATE); no other text
shares a round, visit or meeting with an earlier batch (the Jiangsu eighth round's 對十四屆省委第三輪巡視的51… names that
round only in a cut clause). Of the other collectors' files only outside_r33.py existed when this file was finished; its
addresses, domains and the names grepped above are not in it, and none of its addresses is in this file.

Reading conventions (outside_set.py's settled conventions 1-16 and the written conventions of outside_r24.py's,
outside_r29c.py's, outside_r31c.py's and outside_r32c.py's docstrings, followed exactly): places and bodies in a round's
list are units as written (settled 8), bracketed second names with full-width brackets (settled 7: 市建设交通工作党委
（市住房城乡建设管理委）); bodies merged into a visited body's inspection (合并巡视市工商局检查总队) are not the round's
units (the text counts 6个单位); bodies named as examples before a count (市教委、市卫计委、市民政局、市食药监局等26家)
leave the units unscored (r24); a round named with the committee running it or deployed by the meeting is the text's
(十一届市委第二轮 -> 11, 2; 十三届省委第七轮巡视动员部署会 -> 13, 7; 十四屆省委第八輪巡視動員部署會 -> 14, 8; 2016年市委第二轮
-> 2; 省委第三轮专项巡视 -> 3), but a round only conveyed or heard is not (十九届中央第三轮, 十九届中央首轮, 中央第六輪,
六届市委第一轮巡视综合情况汇报 heard: settled 14); the day a round's groups entered is its start, the first of several
(settled 10: 2016年6月1日至8日 -> 2016-06-01; 9月8日至10日 with the aggregator's dated byline 13.09.2015 -> 2015-09-08, as
r10's hubei_three_offices_entry and r26c's civil affairs entry take the year from the byline); a mobilisation or meeting
day is no start; a day without a year and without a dated line gives no date (5月27日, 從昨天起, 7月22日); a planned length
(1个半月, 2个月左右) is no end; one district visited whose committee the text names (区委书记蓝庆华, 合川区委书记郑立伟) is its
committee (settled 15: 璧山区委, 合川区委); a province a central group enters stays as the text names it (江西省, as r26c's
山东省/吉林省 and r28c's 山东省 read central visits to provinces); a round-level text's groups (市委第一至第八巡视组,
四个巡视组, 10个巡视组) are no group; focuses of a visit (一是…四是 著力发现…) and contents of a notice are no problems;
expected values of traditional-script texts are written simplified, the pinyin dropped; an audit text names no party
inspection and expects no unit, group, dates, round, units, problems or figures (a 巡察办 named as a partner body in
one of them is no inspection).

What I was unsure of, and how I read it: the Shanghai eleventh committee's round names six visited bodies, five of them
with bodies merged into their inspection (合并巡视…); the text counts 6个单位, so the six are expected and the merged
bodies are not (a reader who counts the merged bodies as the round's units would expect 16); Bishan's and Hechuan's
units are written as the district committee though the Bishan text names it only as 区委书记 (settled 15's
鄂城区委书记 reading), and the feedback goes to 璧山区 as the meeting's name writes it; the Jiangxi central visit's unit is
the province as written (江西省), though the text names 江西省委書記 (settled 15 speaks of counties, districts and towns;
r26c's and r28c's provincial readings were not corrected); the Shanxi round's 省委第三轮专项巡视 is read as round 3 of the
year's special rounds and as this share's (a provincial round of departments, universities and enterprises in the
mode of 2015, not a subject), its start taken from the aggregator's byline year; the Beijing 2016 second round's
专项巡视 likewise (the mode of 2016, as r32c's Liaoning 2016); the Beijing 2004 copy's 朝陽、順義、崇文三區 are left
unscored (written without 区 before a shared 三区) and its 巡視二組, named only by its leader, is left unscored as group;
the Jiangsu fourteenth committee's eighth round's list is cut where the copy cuts (對十四屆省委第三輪巡視的51…), and the
bodies after it are counted kinds; the Bishan feedback's problems after 主要是: are cut and left unscored.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a Shanghai district committee's progress on the twelfth municipal committee's second round in the municipal
    # progress template (根据市委统一部署,市委第N巡视组于…对…开展巡视,并于…反馈了巡视意见。按照巡视工作有关要求,现将巡视整改
    # 进展情况予以公布。一、党委及主要负责人组织落实整改情况): the round and template of r29c's
    # shanghai_xuhui_twelfth_term_second_round_progress (itself in r29c's SHARES_TEMPLATE), another district's report
    "shanghai_putuo_twelfth_term_second_round_progress",
    # the Jiangsu fourteenth committee's third round, whose second batch's entries r29c's
    # jiangsu_fourteenth_term_third_round_second_batch_entered_2023 holds: this is the round's deployment with both
    # batches' lists, the same round (a source event an earlier batch holds), so left out of the measure
    "jiangsu_fourteenth_term_third_round_fifty_eight_places_deployment",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R33C = [
    # --- rounds ---------------------------------------------------------------------------------------------------------
    # https://news.cri.cn/20160614/6d5c3091-a264-2c54-30c5-ded8de3a963a.html (a national broadcaster's news roll copying a
    # city paper: Beijing's 2016 second round (2016年第二轮巡视工作动员部署会, 2016年市委第二轮专项巡视): round 2, no term named;
    # the eight groups (市委第一至第八巡视组) entered 26 bodies from 2016年6月1日至8日: the first entry day is the start
    # (settled 10), no end (the entries' span is no visit's); the bodies are named as examples before a count
    # (市教委、市卫计委、市民政局、市食药监局等26家): units unscored (r24); round-level: unit "", no group; 上个月底 gives no day)
    ("beijing_2016_second_round_twenty_six_bodies_examples", "https://news.cri.cn/20160614/6d5c3091-a264-2c54-30c5-ded8de3a963a.html", "rounds", """北京今年第二轮巡视入驻26家单位 包括市教委等

2016-06-14 06:28:03|来源:京华时报|编辑:靳松

  京华时报讯(记者沙雪良)北京市委巡视工作领导小组办公室昨天透露,日前,八个市委巡视组已进入26家单位,开展今年第二轮专项巡视。

  两个巡视组“一托四”

  上个月底,市委召开2016年第二轮巡视工作动员部署会,会议宣布了市委巡视组组长授权任职和巡视任务分工决定。根据市委统一部署,2016年6月1日至8日,市委第一至第八巡视组分别进驻市教委、市卫计委、市民政局、市食药监局等26家被巡视单位,召开了巡视工作动员会,开展2016年市委第二轮专项巡视。

  记者发现,由于巡视单位多达26个,巡视组只有8个,这轮巡视中6个巡视组采用“一托三”的模式,两个巡视组采用“一托四”的模式。
……
""", {"unit": "", "group": None, "term": None, "round": 2, "start": date(2016, 6, 1), "end": None,
      "feedback_date": None, "figures": []}),
    # http://m.78911.com.cn/HuaDangZiXun/707431.html (a copying site's page: Shanghai's eleventh municipal committee's
    # second round (十一届市委第二轮巡视): term 11, round 2; the six bodies the six groups visit are the round's units as
    # written (settled 8), the last with its bracketed second name full-width (settled 7: 市建设交通工作党委（市住房城乡建设管理委）);
    # the bodies merged into five of the visits (合并巡视市工商局检查总队, …市规划设计院、市测绘院, …) are not units: the text
    # counts 本轮巡视共巡视6个单位; 1个半月 is a planned length: no end; no day: no start; 十九届中央首轮巡视 is only conveyed;
    # no group (第一到第六))
    ("shanghai_eleventh_term_second_round_six_bodies_merged", "http://m.78911.com.cn/HuaDangZiXun/707431.html", "rounds", """上海市委六个巡视组已经全部进驻被巡视单位,这标志着十一届市委第二轮巡视工作全面展开。
本轮巡视共巡视6个单位,巡视时间为1个半月。市委第一到第六巡视组分别巡视市工商局党组,合并巡视市工商局检查总队;市环保局党委;市规划国土资源局党组,合并巡视市规划设计院、市测绘院;市商务委党组,合并巡视市粮食局、上海钻石交易联合管理办公室;市发展改革委党组,合并巡视市信息中心、上海投资咨询公司、市发展改革研究院;市建设交通工作党委(市住房城乡建设管理委),合并巡视市房屋管理局、市公积金管理中心、市建设交通研究院。本轮巡视以习近平新时代中国特色社会主义思想为指引,深入贯彻落实党的十九大精神,根据十九届中央纪委二次全会和十九届中央首轮巡视工作新要求,认真履行党章赋予的重要职责,……
""", {"unit": "", "units": ["市工商局党组", "市环保局党委", "市规划国土资源局党组", "市商务委党组", "市发展改革委党组",
                          "市建设交通工作党委（市住房城乡建设管理委）"],
      "group": None, "term": 11, "round": 2, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://jw.xzhmu.edu.cn/info/1025/1717.htm (a medical university's discipline portal reposting the provincial news:
    # Jiangsu's thirteenth committee's seventh round deployed (十三届省委第七轮巡视动员部署会): term 13, round 7; 7月23日 is the
    # meeting's day: no start; the list after 根据省委部署 is cut: units unscored (市县、国家级开发园区、省属企事业单位 are kinds);
    # round-level: unit "", no group)
    ("jiangsu_thirteenth_term_seventh_round_deployment_2019_repost", "https://jw.xzhmu.edu.cn/info/1025/1717.htm", "rounds", """当前位置: 首页>>工作之窗>>要闻关注>>正文
要闻关注

十三届省委第七轮巡视动员部署会在宁召开

2019年07月24日 10:53  点击:[]

7月23日,十三届省委第七轮巡视动员部署会在南京召开,深入学习贯彻习近平新时代中国特色社会主义思想和习近平总书记对江苏工作系列重要讲话指示精神,贯彻落实全国巡视工作会议、全国市县巡察工作推进会和省委六次全会精神,正式启动省委第七轮巡视。省委常委、省纪委书记、省监委主任、省委巡视工作领导小组组长蒋卓庆出席会议并讲话,省委常委、省委组织部部长、省委巡视工作领导小组副组长郭文奇出席会议并宣布省委第七轮巡视组长授权任职和任务分工。
……要强化分类指导,把监督方向瞄得更加精准,有的放矢对市县、国家级开发园区、省属企事业单位开展政治体检;……
根据省委部署,……
""", {"unit": "", "group": None, "term": 13, "round": 7, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://taiyuan.baogaosu.com/xinwen/%E7%9C%81%E5%A7%94%E7%AC%AC%E4%B8%89%E8%BD%AE%E4%B8%93%E9%A1%B9%E5%B7%A1%E8%A7%86%E5%90%AF%E5%8A%A8/37700751
    # (a news aggregator's copy with its dated byline 13.09.2015: Shanxi's third special round of 2015 (省委第三轮专项巡视):
    # round 3, no term named; the 16 bodies of the list (本轮专项巡视的16家单位是:…) are the round's units as written
    # (settled 8); the eight groups entered 9月8日至10日: the first entry day is the start (settled 10), its year from the
    # byline (as r10's hubei_three_offices_entry); 为期2个月左右 is a planned length: no end; no group (8个专项巡视组))
    ("shanxi_2015_third_special_round_sixteen_bodies_aggregator", "https://taiyuan.baogaosu.com/xinwen/%E7%9C%81%E5%A7%94%E7%AC%AC%E4%B8%89%E8%BD%AE%E4%B8%93%E9%A1%B9%E5%B7%A1%E8%A7%86%E5%90%AF%E5%8A%A8/37700751", "rounds", """省委第三轮专项巡视启动

13.09.2015  12:17

      根据省委统一部署,9月8日至10日,省委第三轮专项巡视工作全面启动。省委8个专项巡视组采取“一托二”的巡视方式,分别进驻省商务厅、同煤集团等16个省直和省属企事业单位,开展为期2个月左右的专项巡视。
      本轮专项巡视,坚决贯彻落实全面从严治党要求,认真贯彻执行《中国共产党巡视工作条例》,坚持把纪律和规矩挺在前面,聚焦“一个中心”,深化“四个着力”,紧扣“六大纪律”,……
      本轮专项巡视的16家单位是:省商务厅、省质监局、省体育局、省地勘局、省扶贫办、省文联、省科协、省农科院、山西广播电视台、山西大学、太原理工大学、吕梁学院、山西工程职业技术学院、同煤集团、晋煤集团和太重集团。(记者 刘宇)
""", {"unit": "", "units": ["省商务厅", "省质监局", "省体育局", "省地勘局", "省扶贫办", "省文联", "省科协", "省农科院",
                          "山西广播电视台", "山西大学", "太原理工大学", "吕梁学院", "山西工程职业技术学院", "同煤集团",
                          "晋煤集团", "太重集团"],
      "group": None, "term": None, "round": 3, "start": date(2015, 9, 8), "end": None, "feedback_date": None,
      "figures": []}),
    # http://js.people.com.cn/n2/2023/0413/c360300-40374293.html (a national paper's provincial channel: Jiangsu's
    # fourteenth committee's third round deployed: term 14, round 3; the places of both batches are the round's units as
    # written (settled 8), 58 in all (51 counties, cities and districts and 7 national development zones); 4月12日 is the
    # meeting's day: no start; no group) -- SHARES_TEMPLATE (the round r29c holds)
    ("jiangsu_fourteenth_term_third_round_fifty_eight_places_deployment", "http://js.people.com.cn/n2/2023/0413/c360300-40374293.html", "rounds", """十四届江苏省委将对51个县(市、区)、7个国家级开发区开展巡视

2023年04月13日08:18 | 来源:人民网-江苏频道

人民网南京4月13日电 4月12日,十四届江苏省委第三轮巡视动员部署会在南京召开,对省委第三轮巡视作出安排。本次巡视采取压茬推进方式,分两个批次对51个县(市、区)开展常规巡视、对7个国家级开发区开展提级巡视。
……
根据江苏省委部署,第一批巡视南京市鼓楼区、建邺区、玄武区、南京江北新区,徐州市鼓楼区、睢宁县、邳州市,常州市金坛区、钟楼区,苏州市吴中区、相城区、常熟市、苏州工业园区,如皋市、南通经济技术开发区,灌云县、东海县,淮安市淮阴区、涟水县,盐城市盐都区、亭湖区、东台市,宝应县、高邮市、扬州经济技术开发区,泰州市高港区、兴化市,宿迁市宿豫区、泗洪县;第二批巡视南京市高淳区、江宁区、雨花台区、秦淮区,无锡市滨湖区、梁溪区、江阴市,徐州市铜山区、泉山区、贾汪区,苏州市虎丘区、姑苏区、昆山市、太仓市,南通市崇川区、启东市,连云港市连云区、海州区,金湖县、淮安经济技术开发区,滨海县、响水县、盐城经济技术开发区,镇江市润州区、京口区,靖江市、泰兴市,沭阳县、宿迁经济技术开发区。
""", {"unit": "", "units": ["南京市鼓楼区", "建邺区", "玄武区", "南京江北新区", "徐州市鼓楼区", "睢宁县", "邳州市",
                          "常州市金坛区", "钟楼区", "苏州市吴中区", "相城区", "常熟市", "苏州工业园区", "如皋市",
                          "南通经济技术开发区", "灌云县", "东海县", "淮安市淮阴区", "涟水县", "盐城市盐都区", "亭湖区",
                          "东台市", "宝应县", "高邮市", "扬州经济技术开发区", "泰州市高港区", "兴化市", "宿迁市宿豫区",
                          "泗洪县", "南京市高淳区", "江宁区", "雨花台区", "秦淮区", "无锡市滨湖区", "梁溪区", "江阴市",
                          "徐州市铜山区", "泉山区", "贾汪区", "苏州市虎丘区", "姑苏区", "昆山市", "太仓市", "南通市崇川区",
                          "启东市", "连云港市连云区", "海州区", "金湖县", "淮安经济技术开发区", "滨海县", "响水县",
                          "盐城经济技术开发区", "镇江市润州区", "京口区", "靖江市", "泰兴市", "沭阳县",
                          "宿迁经济技术开发区"],
      "group": None, "term": 14, "round": 3, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # --- news -----------------------------------------------------------------------------------------------------------
    # search corpus pages (no URL returned) (a municipal group's feedback to a Chongqing district: the district visited
    # (对璧山区进行了巡视) whose committee the text names (区委书记蓝庆华) is its committee, 璧山区委 (settled 15); group
    # 市委第七巡视组; visit 2019年4月19日至6月28日; feedback 2019年8月8日; 十九届中央第三轮巡视 is the central round whose new
    # demands the visit followed: no round or term of the text's; the problems after 主要是: are cut: unscored; no figure)
    ("bishan_municipal_seventh_group_feedback_2019_copy", "search corpus pages (no URL returned)", "news", """根据市委巡视工作领导小组的部署,2019年8月8日,市委第七巡视组向璧山区反馈巡视情况。市委巡视工作领导小组成员、市委巡视办副主任袁华权主持向区委书记蓝庆华的单独反馈,出席巡视璧山区情况反馈会议,对抓好巡视整改工作提出要求。会议传达了市委书记陈敏尔关于巡视工作的重要讲话精神,市委第七巡视组组长涂放姑向璧山区领导班子反馈了巡视情况。蓝庆华主持反馈大会并作表态讲话。
根据市委统一部署,2019年4月19日至6月28日,市委第七巡视组对璧山区进行了巡视。巡视组坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的十九大精神,……聚焦落实区委政治责任、严明政治纪律和政治规矩、破除形式主义和官僚主义、整治群众身边腐败和作风问题、落实十九届中央第三轮巡视的新要求进行监督检查,……顺利完成了巡视任务。市委巡视工作领导小组听取了巡视组的巡视情况汇报,并向市委书记专题会议报告了巡视情况。
涂放姑指出,上轮巡视以来,璧山区坚持以习近平新时代中国特色社会主义思想为指导,……巡视中,巡视组发现和干部群众反映了一些问题,主要是:……
""", {"unit": "璧山区委", "group": "市委第七巡视组", "term": None, "round": None, "start": date(2019, 4, 19),
      "end": date(2019, 6, 28), "feedback_date": date(2019, 8, 8), "figures": []}),
    # https://hechuan.cbg.cn/show/9346-2792573.html (a district media centre's page: a municipal group's mobilisation at
    # the district: the district visited (巡视合川区工作动员会议) whose committee the text names (合川区委书记郑立伟) is its
    # committee, 合川区委 (settled 15); group 市委第十巡视组; 2023年4月14日 is the mobilisation's day, no entry told: no start
    # (settled 10); the round heard (听取六届市委第一轮巡视综合情况汇报时的讲话精神) is over: no term, no round (settled 14); no
    # problems listed, no figures)
    ("hechuan_municipal_tenth_group_mobilisation_2023", "https://hechuan.cbg.cn/show/9346-2792573.html", "news", """根据市委巡视工作领导小组的部署,2023年4月14日,市委第十巡视组巡视合川区工作动员会议召开。会前,市委第十巡视组组长李家发主持召开与合川区委书记郑立伟和区委副书记、区政府区长姜雪松的见面沟通会,传达了市委书记袁家军在书记专题会议听取六届市委第一轮巡视综合情况汇报时的讲话精神。动员会上,李家发就即将开展的巡视工作作讲话,通报了巡视任务,并就配合做好巡视工作提出要求;郑立伟主持会议并作表态发言。
▲会议现场
市委第十巡视组全体成员,市委巡视办有关同志,合川区委和人大常委会、政府、政协党组领导班子成员,人民法院党组、人民检察院党组主要负责人出席会议;……
李家发指出,开展政治巡视是坚定捍卫“两个确立”、坚决做到“两个维护”的实际行动;……巡视组将坚持以习近平新时代中国特色社会主义思想为指导,坚守政治巡视定位,……
""", {"unit": "合川区委", "units": [], "group": "市委第十巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- progress reports -----------------------------------------------------------------------------------------------
    # https://shpt.gov.cn/yaowen/20240726/949655.html (a district portal: the district committee's progress on the twelfth
    # municipal committee's second round (十二届市委第二轮巡视集中整改): term 12, round 2; group 市委第八巡视组; visit
    # 2023年3月28日至2023年6月16日; feedback 2023年8月31日; the unit is left unscored, as r29c's Xuhui; 3次…会议, 5次…会议 and
    # 4项具体问题 the secretary took on are no figures) -- SHARES_TEMPLATE (r29c's round and template)
    ("shanghai_putuo_twelfth_term_second_round_progress", "https://shpt.gov.cn/yaowen/20240726/949655.html", "progress", """中共上海市普陀区委员会关于十二届市委第二轮巡视集中整改进展情况的通报 (2024-07-26)

来源: 上海普陀

  根据市委统一部署,市委第八巡视组于2023年3月28日至2023年6月16日对普陀区开展巡视,并于2023年8月31日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。

  一、党委及主要负责人组织落实整改情况

  (一)党组织主要负责人组织落实整改工作情况

  ……2.以强烈使命担当狠抓落实。自觉扛起巡视整改第一责任人责任,主持召开3次巡视整改工作领导小组会议、5次常委会会议和专题会议,抓统筹调度,抓落实推进,抓跟踪问效,确保一级带一级、层层抓落实。在对整改负总责、负首责的同时,主动认领4项具体问题,……
""", {"group": "市委第八巡视组", "term": 12, "round": 2, "start": date(2023, 3, 28), "end": date(2023, 6, 16),
      "feedback_date": date(2023, 8, 31), "figures": []}),
    # --- audit texts ----------------------------------------------------------------------------------------------------
    # https://www.cqrd.gov.cn/site/article/1213964250266832896/web/content_1213964250266832896.html (a municipal people's
    # congress portal: a district congress's standing committee hears the 2016 budget audit's rectification report and three
    # audited bodies' reports: an audit text, no party inspection; 第十八届人大常委会第六次会议 is a session, no term or round;
    # 3个被审计单位 are counted audited bodies, no units; 100% is a target; 近日 gives no day; expects nothing)
    ("yubei_district_npc_audit_rectification_session", "https://www.cqrd.gov.cn/site/article/1213964250266832896/web/content_1213964250266832896.html", "audit", """渝北:推进审计问题整改

    近日,渝北区召开第十八届人大常委会第六次会议,听取和审议《2016年度区级预算执行和其他财政收支审计整改落实情况的报告》,听取和审议区农委、区商务局、空港新城公司等3个被审计单位的审计整改落实情况报告,并进行测评,3个被审计单位的整改落实情况测评结果均为“满意”。
    会议要求,进一步建立健全审计整改长效机制,提升管理水平。对尚未完成整改的问题,区审计局、区人大预工委要加强跟踪落实,加强督促指导,确保整改100%落实到位。 (熊菲)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://sjj.jingzhou.gov.cn/ztzl_33/xxgcxfjcf/201912/t20191219_429465.shtml (a city audit bureau's portal: a
    # county-level city's congress votes its satisfaction with the 2018 audit rectification report: an audit text, no
    # party inspection; 第八届人大常委会第二十四次会议 is a session, no term or round; 该市教育局等四家单位 are counted reporting
    # bodies, no units; 近日 and 今年上半年 give no day; expects nothing)
    ("honghu_npc_audit_rectification_satisfaction_vote", "http://sjj.jingzhou.gov.cn/ztzl_33/xxgcxfjcf/201912/t20191219_429465.shtml", "audit", """您现在的位置:首页>专题专栏>法治园地
洪湖市人大开展审计查明问题整改情况报告满意度测评
信息来源:荆州市审计局> | 发布时间:2019-12-19

为切实提高对审计整改工作的监督实效,近日,洪湖市第八届人大常委会召开第二十四次会议,开展审计查明问题整改情况报告满意度测评工作。会议听取并审议了洪湖市政府《关于洪湖市2018年审计查明问题整改情况的报告》。受洪湖市政府委托,该市审计局党组书记、局长向市人大常委会作了报告。与会委员、代表对审计整改结果投了满意票。

今年上半年,洪湖市政府出台《关于进一步加强审计整改工作的意见》,明确完善、落实审计整改报告制度,要求该市审计局每年向市委、市政府报告审计查出问题的整改结果,并受市政府委托将审计整改情况向市人大常委会报告。……
本次测评通过无记名投票的方式,按“满意”“基本满意”“不满意”三个等次对审计整改情况进行测评。该市教育局等四家单位向与会代表汇报了整改情况。与会委员、代表均投了满意票。……(谭敏  刘丽娟  李顺凯)
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # --- noisy copies ---------------------------------------------------------------------------------------------------
    # http://m.17338.cn/news/2004year/2004-06-22/26/451020.shtml (a copying domain's traditional-script copy with pinyin in
    # brackets (中新網(wǎng), 進(jìn)駐): Beijing's first municipal groups (2004) enter three districts and a commission; the
    # districts are written short before a shared 三區 (朝陽、順義、崇文三區), so the units are left unscored; round-level:
    # unit ""; 巡視二組 is named only by its leader, its body unsaid: group unscored; no round or term named (今年5月8日成立 is
    # the groups' founding); 從昨天起 and 6月22日電 have no year in the text: no start; 兩至三年內 and 18區縣 are a plan, no
    # figure; 6人 is the joint meeting's membership, no figure)
    ("beijing_2004_first_inspection_groups_three_districts_pinyin_trad", "http://m.17338.cn/news/2004year/2004-06-22/26/451020.shtml", "noisy", """中新網(wǎng)6月22日電 從昨天起,今年5月8日成立的北京市委巡視組,將進(jìn)駐北京市朝陽、順義、崇文三區(qū)和北京市發(fā)改委,正式啟動(dòng)全市巡視工作。
據(jù)新京報(bào)報(bào)道,巡視組受北京市紀(jì)委、組織部聯(lián)席會(huì)議領(lǐng)導(dǎo),巡視范圍是各區(qū)(縣)黨委、人大、政府、政協(xié)四套領(lǐng)導(dǎo)班子,以黨政部門為主,特別是黨政一把手。
昨日,北京市委召開壯行會(huì)。會(huì)后,四個(gè)巡視組將正式進(jìn)駐三區(qū)一委。今后兩至三年內(nèi),巡視組將把北京市18區(qū)縣及市屬各委辦局巡視一遍。
……
據(jù)了解,此前,巡視組已到各區(qū)“接過頭”,被巡視單位也將有關(guān)材料提交到對應(yīng)的巡視組,幫助其了解單位近況。巡視二組組長陳其耀介紹,目前,組內(nèi)已制定了巡視工作計(jì)劃,并就可能遇到的問題制定了處理意見。
巡視組對北京市委負(fù)責(zé),由北京市紀(jì)委、市委組織部領(lǐng)導(dǎo)組成的聯(lián)席會(huì)議領(lǐng)導(dǎo),對其匯報(bào)工作。……目前,聯(lián)席會(huì)議成員為6人,……
""", {"unit": "", "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # http://www.spocapp.com/html/2025/2025072244747.html (a copying domain's traditional-script copy of a provincial paper:
    # Jiangsu's fourteenth committee's eighth round deployed (十四屆省委第八輪巡視動員部署會): term 14, round 8; the 13 cities
    # of the list are the round's units, written simplified (settled 8: 南京市 … 宿迁市, 連云港市 -> 连云港市); the list is
    # cut where the copy's excerpt stops (對十四屆省委第三輪巡視的51…, bodies of an earlier round counted); 中央第六輪巡視
    # is only conveyed; 7月22日 is the meeting's day: no start; no group; round-level: unit "")
    ("jiangsu_fourteenth_term_eighth_round_thirteen_cities_trad", "http://www.spocapp.com/html/2025/2025072244747.html", "noisy", """7月22日,十四屆省委第八輪巡視動員部署會在南京召開。會議深入學習貫徹習近平總書記關于巡視工作的重要論述、對江蘇工作重要講話精神,認真落實全國巡視工作會議、中央第六輪巡視工作部署會要求,對省委第八輪巡視作出安排。省委常委、省委巡視工作領導小組組長張忠出席會議并講話,省委常委、省委巡視工作領導小組副組長劉建洋宣布省委第八輪巡視組長授權任職和任務分工決定。
會議指出,對設區市開展巡視意義重大,……
又訊 根據省委部署,十四屆省委第八輪巡視將對南京市、無錫市、徐州市、常州市、蘇州市、南通市、連云港市、淮安市、鹽城市、揚州市、鎮江市、泰州市、宿遷市等13個設區市開展常規巡視,對十四屆省委第三輪巡視的51……
""", {"unit": "", "units": ["南京市", "无锡市", "徐州市", "常州市", "苏州市", "南通市", "连云港市", "淮安市", "盐城市",
                          "扬州市", "镇江市", "泰州市", "宿迁市"],
      "group": None, "term": 14, "round": 8, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://5.39.217.76/viewthread.php?extra=page%3D990%26amp%3Borderby%3Ddateline&tid=2658040 (a forum mirror's
    # traditional-script copy of a weekly's feature, with the forum's stray characters between paragraphs (2 l0 ]4 k t% D;
    # …, 5.39.217.76/ }7 i0 …): a central group enters a province: unit 江西省 as the text names it (進駐江西省; r26c's and
    # r28c's provinces); group 中央第八巡视组; 5月27日 has no year in the copy (no dated line): no start; no round or term
    # named; the four focuses (一是著力發現…四是…) are no problems: problems 0; no figures)
    ("jiangxi_central_eighth_group_2013_entry_forum_noise_trad", "http://5.39.217.76/viewthread.php?extra=page%3D990%26amp%3Borderby%3Ddateline&tid=2658040", "noisy", """夏日的南昌被烈日炙烤著,沒有一點風,中央第八巡視組要在這個素有“火爐”之稱的城市度過大半個炎熱的夏天。
2 l0 ]4 k t% D; ^7 R# s1 L( e! A% r8 V2 g. m, j J
根據中央統一部署,由組長王鴻舉帶隊,中央第八巡視組5月27日進駐江西省。次日下午,王鴻舉在動員會上強調了此次中央巡視的重點:一是著力發現領導幹部是否存在權錢交易、以權謀私、貪污賄賂、腐化墮落等違紀違法問題;二是著力發現是否存在形式主義、官僚主義、享樂主義和奢靡之風等問題;三是著力發現是否存在違反黨的政治紀律問題;四是著力發現是否存在選人用人上的不正之風和腐敗問題。5.39.217.76/ }7 i0 ^4 l* |
/ A' M1 _7 h- z* _% A9 c" E- b4 l這是中央交給巡視組的任務。從北京出發之前,中共中央政治局常委、中央紀委書記、中央巡視工作領導小組組長王岐山囑託巡視組,要著力發現問題,形成震懾,遏制腐敗現象蔓延勢頭。當好黨中央的“千里眼”,找出“老虎”和“蒼蠅”。
……江西省委書記強衛在動員會上要求:全省各級領導幹部要實實在在地彙報工作,客觀真實地提供情況,實事求是地反映問題。
""", {"unit": "江西省", "units": [], "group": "中央第八巡视组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://shareonl.com/bmzz/sjj/xxgk/qt/gzdt/content/post_11099837.html (a mirror's traditional-script copy with pinyin in
    # brackets (龍崗區(qū)委, 強(qiáng)調(diào)) of a district audit bureau's page: the district audit committee's office holds its
    # members' coordination meeting and reports on rectifying key audit findings: an audit text, no party inspection;
    # 二十屆中央審計委員會第一次會議 is a commission's meeting, no term or round; 2024年度 is a plan's year; 建議7條 are
    # suggestions, no figure; 近期 gives no day; expects nothing)
    ("longgang_audit_committee_coordination_meeting_pinyin_trad", "http://shareonl.com/bmzz/sjj/xxgk/qt/gzdt/content/post_11099837.html", "noisy", """近期,龍崗區(qū)委審計委員會辦公室組織召開審計委員會成員單位協調會議,傳達學習習近平總書記在二十屆中央審計委員會第一次會議上的重要講話精神,研究2024年度審計項目計劃(草案),通報了重點審計查出問題整改工作情況。會議由區(qū)委審計委員會辦公室主任、區(qū)審計局黨組書記、局長張秀相主持。
會議強調(diào),要始終堅持和加強黨對審計工作的集中統一領導,夯實體制改革成果,發揮區(qū)委審計委員會成員單位協調推進機制作用。要扎實做好2024年審計各項工作,在深化各類監督貫通協同、加強成員單位成果共享上持續發力,落實好2024年度審計項目計劃安排和審計整改工作。
2023年以來,龍崗區(qū)委審計委員會辦公室扎實推進審計委員會工作走深走實,在科學制定審計項目計劃上持續發力。……二是深化溝通。在制定審計項目計劃前期廣泛征求區(qū)委審計委員會成員單位意見建議,本年度共征集到2024年度審計項目建議7條。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # http://www.shenglitw.com/2022-09/26/content_1436578.htm (a mirror's traditional-script copy of a city paper: a district
    # congress's survey group reviews the rectification of the 2021 budget audit's findings: an audit text, no party
    # inspection; the 巡察辦 named among the bodies the audit office should work with is no inspection; 9月22日 has no year
    # in the text; the three sites visited are no units; expects nothing)
    ("sanyuan_npc_audit_rectification_survey_trad", "http://www.shenglitw.com/2022-09/26/content_1436578.htm", "noisy", """9月22日,三元區人大常委會調研組對三元區2021年度本級預算執行和其他財政收支情況審計發現問題整改落實情況開展調研監督,區人大常委會副主任蘇奕泰參加調研。
調研組一行先后來到列東實驗幼兒園總園危房重建工程、小蕉小學綜合樓重建工程和三元區畜禽糞污資源化利用整區推進項目的建設現場進行實地調研。在接下來的座談會上,調研組聽取了區審計局、財政局、教育局及城管局就全區和各自部門對審計發現問題整改落實情況的匯報。 調研組對區政府及各部門推進審計發現問題整改落實工作取得的成效給予充分肯定,并提出建議:要提高政治站位,認真抓好整改。……要加強部門聯動,強化結果運用。審計部門要加強與人大、紀委監委、組織、巡察辦等部門的協同配合,共同推進審計整改工作,并完善審計成果運用機制,提升審計成果運用轉化實效。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
]
