"""Outside texts of batch r23 (issue 14), held out: collected with the search tool from public pages that are in no earlier
batch (each address checked against every registered outside batch, against r22 (outside_r22.py, not yet registered) and
test_outside_documents.py, with and without www./m./mip./wap. and its query string, and two or three distinctive names
or phrases of each text grepped in them, in simplified and traditional script; every text compared with
`bench/outside_overlap.py tests/imports/parsing/outside_r23.py`, run with r22's cases added beside the registered ones:
no address is shared (the one "shared" address is the placeholder "search corpus pages (no URL returned)"), six texts
that share a round or a province's or city's template with an earlier batch are named in SHARES_TEMPLATE below, one text
the tool showed to be an earlier batch's (a university's third-committee fourth-round feedback, whose names the earlier
copy had cut) was dropped, and the rest share official formulas only (e.g. 现将巡视整改进展情况予以公布,
根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定, 工作動(dòng)員會(huì), 贯彻落实党的路线方针政策、党中央重大决策部署和); seven texts share with the seeds phrases
the tool counts beyond its stock of formulas, all official wordings, none a seed's text). Their fields are written down
by reading only. The importer was not run on them, no test or bench that runs it was run, and the collector read neither
imports/parsing nor the parser's tests (only the outside_*.py data files, outside_set.py's docstring, Case, extract,
score and case list, and the briefs); the integrator runs them once, and that run is the honest figure for unseen texts.

Sources. 59 texts from the search tool's "pages" corpus, 55 with their address and 4 with none returned ("search corpus
pages (no URL returned)"); the "code" corpus was tried once and gave only scraped pages of other kinds (a quality
institute's self-check, an enterprise's life meeting), left out. The pages corpus is nearly exhausted for the usual
phrasings: of about 320 candidate addresses checked, about four in five were earlier batches' (almost every hit for
social science federations, science associations, courts', water bureaus' and media centres' progress reports, towns and
streets, culture and tourism bureaus, development zones, provincial rounds, CAS institutes, agricultural academies,
universities' internal rounds, postal, power and grain bodies, village stories). What still gave new texts: enterprises'
internal rounds and progress bodies (a cement company, a construction bureau, a construction group's cost special round,
two culture and tourism groups, a pharmaceutical group, an investment promotion bureau), courts (three county courts'
mobilisations, two judicial inspections), a county health bureau's progress under its title, an online novel's chapter
about inspections (no record), vocational colleges (Dongying, Fangchenggang, Bijie), village water and heating stories
(Yinan, Baofeng, Qibin, Sheyang, Jiefang), a conservatory's and an art academy's internal rounds copied on other
domains, a medical university's hospital, a retirees' committee, a party history office, a prefecture's linked group at
two county bodies and two towns' villages, a procurement special round notice, a banner's and a construction bureau's
round mobilisations, a construction investment group's leading-group hearing, the supreme procuratorate's third round, a
postal branch's batch, and checks, surveys and tours that are no party inspection (a fire brigade, a prison, a forestry
commissioner, a grain administration, a power supply group, a monastery survey, a company's internal supervision, a
railway college's audit). Dropped after reading: a prison's preparation survey (r13's), a mirror of r7's investment
group text on another domain, a Nantong round text on the mirror domain r12 uses (same round and template), an
electrical equipment group's mobilisation on the portal r4 holds, a construction bureau's rectification evaluation
naming its bodies only as evaluated, a university's round feedback (see above), a round liaison officer's essay on a
university's industry branch, and several officials' surveys and appraisals (a zoo, an acrobatic troupe, a science
museum, an energy group, a power group) left out because the batch already holds many texts that expect nothing. Places
and bodies: Jiangsu (a medical university, Changzhou's daily, the Yangzhong and Funing courts, Sheyang, Shuyang's
development zone, Suqian's and Xiangcheng's culture and tourism groups), Shandong (Yinan, Dongying's vocational
college), Henan (Baofeng, Qibin, Jiefang, Suixian's court), Hubei (Xianning's investment promotion bureau and vocational
college, a university's retirees' committee, Zhushan's health bureau), Hunan (a power plant's supervision look-back),
Anhui (a teachers' college, an industrial group's cement company), Zhejiang (Jiande, Tiantai's court), Jilin (a forestry
bureau), Heilongjiang (a veterinary institute), Inner Mongolia (Tumed Left Banner), Guangxi (Fangchenggang), Guizhou
(Bijie), Sichuan (Guang'an, a political-legal committee's model report), Chongqing (Dazu's party history office, a grain
tour), Yunnan (Xishuangbanna's court, a construction investment group), Tibet (the postal branch, Samye), Gansu (Zhouqu,
the fire corps at Tianshui), Xinjiang (a construction group), Shanghai and Fujian (in SHARES_TEMPLATE), unplaced bodies
(a prison, a fire brigade, a railway college, a conservatory, a college under a betting name, a city transport bureau, a
procuratorate's model speech, a company's supervision meeting), and central bodies (the twentieth and eighteenth central
rounds, the supreme procuratorate, a postal group, a pharmaceutical group, a construction bureau, an art academy, a
tourism group in SHARES_TEMPLATE); years 2002–2026.

Families and counts (59 texts, 6 in SHARES_TEMPLATE; 53 measured). progress 4, three of them in SHARES_TEMPLATE (one
body without its title line: shanghai_water_bureau_municipal_tenth_group_progress; under their title or as a body:
fujian_daily_press_group_provincial_progress_forum_copy, china_tourism_group_central_ninth_group_progress_essay_site),
one measured under its title (zhushan_health_bureau_fourth_round_progress); three more progress reports are counted with
the noisy texts and measured (bodies without their title line in traditional script:
xiangcheng_culture_tourism_group_progress_body_trad, suqian_culture_tourism_group_progress_body_pinyin_trad; under its
title with lost characters: xianning_investment_promotion_bureau_progress_lost_characters), and a fourth under its title
in traditional script (sinopharm_commission_fifth_group_progress_trad); news 21 (mobilisations, entries, feedbacks and
stories 15: njmu_sir_run_run_shaw_hospital_first_group_mobilisation,
city_transport_bureau_third_group_mobilisation_copy, yinan_village_wells_second_group_return_visit_story,
baofeng_village_irrigation_fourth_village_group_story, qibin_village_irrigation_second_group_story,
sheyang_village_ditches_second_group_story_forum_copy, dongying_vocational_college_first_group_mobile_entry,
xianning_vocational_college_provincial_first_group_entry (SHARES_TEMPLATE),
shuyang_development_zone_city_linked_group_feedback_2023, jiefang_district_heating_first_group_story_repost,
huaihai_group_cement_company_second_group_entry, xinjiang_construction_group_project_cost_special_round_2017,
suixian_court_third_group_mobilisation, funing_court_county_linked_group_mobilisation_2022,
tiantai_court_city_crossed_political_legal_group_mobilisation_2024; no party inspection, expecting nothing 6:
veterinary_institute_discipline_leader_survey_inspection_deputy_accompanying (调研),
jinmao_fire_brigade_supervision_group_check_look_back_item (督导组), wulan_prison_two_sessions_security_check_2018 (检查组),
lushuihe_forestry_bureau_logging_quality_check_group_2013 (检查组),
yangzhong_court_intermediate_second_judicial_inspection_round_2018 and
xishuangbanna_court_high_court_judicial_inspection_2022 (司法巡查)); rounds 7
(tibet_postal_branch_2025_first_batch_three_bodies (3 bodies),
central_twentieth_term_first_round_sports_administration_mobile_news (term and round, no unit scored),
tumed_left_banner_twelfth_committee_seventh_round_mobilisation (term and round),
guangan_procurement_linked_special_round_two_bodies_notice_2020 (2 bodies),
cscec_second_bureau_2023_first_round_mobilisation (round), jiande_township_with_villages_coverage_before_elections
(coverage counts, no metric), construction_investment_group_leading_group_hears_expressway_special_round_2024 (a special
round heard, nothing named)); audit 1 (an audit division's news expecting nothing:
railway_college_economic_responsibility_audit_site_check_copy; no audit report was new); noisy 26 (traditional script:
conservatory_second_committee_seventh_round_two_bodies_trad,
central_twelfth_round_universities_enterprise_problems_roundup_trad (SHARES_TEMPLATE),
first_internal_round_league_committee_marxism_school_entry_trad (SHARES_TEMPLATE),
fire_corps_second_supervision_group_check_2012_trad,
samye_monastery_survey_supervision_inspection_rectification_mention_trad,
xiangcheng_culture_tourism_group_progress_body_trad, sinopharm_commission_fifth_group_progress_trad,
company_big_supervision_joint_meeting_quarter_findings_trad; traditional script with pinyin in brackets:
fangchenggang_vocational_college_fifth_group_mobilisation_pinyin_trad,
zhouqu_prefecture_fourth_linked_group_bodies_and_villages_pinyin_trad,
grain_administration_deputy_stock_check_tour_2013_pinyin_trad, suqian_culture_tourism_group_progress_body_pinyin_trad,
power_supply_supervision_group_plant_look_back_2021_pinyin_trad,
dazu_party_history_office_fifth_group_mobilisation_2020_pinyin_trad; stray doubled commas:
postal_group_2017_second_batch_mobilisation_stray_commas_trad,
supreme_procuratorate_third_round_mobilisation_stray_commas_pinyin_trad; a betting site's name or emoji over words:
foundation_department_look_back_feedback_betting_copy (学院 and a leader's name written over),
college_2020_internal_round_mobilisation_emoji_betting_trad, teachers_college_old_campus_asset_check_betting_copy
(expects nothing); lost characters: xianning_investment_promotion_bureau_progress_lost_characters (2023614日至915日,
市委第巡察组), retirees_committee_first_group_mobilisation_lost_month (1121日),
changzhou_daily_second_group_internal_reference_lost_characters (我?005年, 今??0日); starred words, placeholders and garbled
numerals: bijie_vocational_college_2021_internal_round_mobilisation_starred_words (**),
procuratorate_group_entry_model_speech_placeholders_garbled (X, 党的109大),
political_legal_committee_pre_inspection_self_report_placeholders (XX, expects nothing); fiction:
inspection_novel_chapter_linked_round_county_court_fiction (a novel's chapter, expects nothing)). Progress reports
measured are 5 (one plain under its title, four counted as noisy), two of them bodies without their title line: the
corpus gave almost no new plain progress reports (nearly every hit of the progress formulas was an earlier batch's, and
three of the four new plain ones share a round or template with r16, r20 and the set's central_first); rounds are 7, two
of them lists of bodies (a third list, Zhouqu's, is counted as noisy).

Fields read: 143 (a unit of "" for a round-level text counts, each unit of a list and each figure counts), and 373
absence checks (None, [] for units or figures, and problems 0 where a careless reader might fill the field), by the
collector's count; 120 fields and 346 absence checks outside SHARES_TEMPLATE. By family (outside SHARES_TEMPLATE):
progress 6 fields and 2 absence checks, news 28 and 136, rounds 18 and 43, audit 0 and 9, noisy 68 and 156. Figures
read: problems 3 (xianning 23, xiangcheng 36 from 反饋意見存在的36個問題, suqian 33 from 5個方面33個問題, settled 4), completed 1
(xianning 22); problems counted as items 2 (the development zone's five shortcomings separated by semicolons after 主要是,
the foundation department's three 一是…三是).

Reading conventions (those written in outside_r22.py's, outside_r21.py's and outside_r20.py's docstrings and in
outside_set.py's "Settled conventions", conventions 1–8 followed exactly, and the brief's 9: a group named with its
owner's place in front is expected in the short form): a day without a year gives no date unless the text or the page's
dated line gives its year (the procurement notice's 12月8日 takes 2020 from the notice's own dated line 2020年12月8日; 3月16日,
4月7日, 5月14日, 6月15日, 9月18日, 10月11日, 11月10日, 11月15日 and 11月21日 give none); a feedback day without a year takes the year
that puts it after the visit's end (settled 1: suqian's 6月18日 2024); a mobilisation, entry or meeting day is no start;
stated days of a visit are its start and end, and the first day alone is kept without an end when the end is told only
as a length (baofeng's 2021年12月15日 with 为期30天); days that lost characters are read the only way they can be (xianning's
2023614日至915日 as 2023年6月14日 to 9月15日); 今年3月至5月 without a year gives neither start nor end; a round or term named with
the committee that runs it is the text's (十二届 banner committee's 第七轮, 七屆市委第六輪, 六届市委第六轮 conveyed from the secretary's
speech at the round's mobilisation and 第六轮巡察 at the visit's meeting, a report's own title's 县委第四轮, 第二屆委員會第七輪, 十一届区委第六轮
of a group's own work, 十八屆中央第十二輪, 二十届中央首轮), 2023年第一轮 of an enterprise is round 1 (as r22 read an airline group's), but
第一批/第二批/第五批 are batches, not rounds, and are not scored, nor is a provincial round a city's special round follows
(十一届省委第七轮) nor a court's 第二轮司法巡查; places and bodies in a round's list are units as written (settled 7 and 8: the towns
and their villages listed after 所轄 in Zhouqu), counted kinds (10个支部, 36家单位, 29所中管高校, 4個省級檢察院黨組) are none, and bodies
named only as an example beside counted kinds or as the subject of a special round's matter (the banner's
旗第一职业中学…教育经费使用情况) are not scored; a university's group is written 党委第N巡察组, an enterprise's with its owner's kind
(淮海实业集团党委第二巡察组 -> 集团党委第二巡察组, settled 9), a county's or district's with its place dropped (settled 9: 睢县县委第三巡察组,
射阳县委第二巡察组, 大足區委第五巡察組), a group named by no number of its own (县委联动巡察组, 第七輪巡察組) or oddly (县委第四巡察村(社区)组, 市院第2巡察组) or by a
commission (国务院国资委党委第五巡视组) is not scored; a feedback news's unit is the body the feedback goes to (沭阳经济技术开发区党工委); a unit
named across a copier's short-name bracket (防城港職業技術學院(以下簡稱港職院)黨委, 中国旅游集团有限公司(以下简称集团)党委) is read as the full name;
expected values of traditional-script texts are written simplified and brackets inside names full-width; 督查, 督导, 检查组,
调研, 巡查 (a court's 司法巡查 too), 考核, a company's 大监督 and an official's tour called 巡视 of grain checks are no party
inspection: no group, no dates, no units, no problems, no figures; an audit division's news expects nothing; issues
solved on the spot (立行立改), coverage counts (155个村) and a check's problems are no figure.

What I was unsure of, and how I read it: sixteen of the 53 measured texts expect nothing (checks, surveys, tours,
judicial inspections, an internal supervision meeting, a model report, a novel's chapter, an audit division's news), a
larger share than r22's 12 of 64; they are kept because they test refusing inspection-like wording (巡视 of a grain check,
第二轮司法巡查, 政治巡察“回头看” as a checked item, 回头看 of a supervision group) that the set had few of, and because the corpus gave
no more new real inspections; the retirees' committee and department visited by one group are read as two units of one
group, as the pinned cugb's two schools, the group kept; the Zhouqu text's group is expected though it is the only group
of a round-level text (the reader's reading; KNOWN_MISSES' panji notes the importer keeps no group there), and its
eighteen bodies and villages are all units as written; the banner round's units are left unscored because its special
rounds name matters of bodies, not bodies; the Xianning vocational college's unit is left unscored (named without its
committee at the entry); the culture and tourism group's bracket (相城生態文旅發展(集團)有限公司黨委) is expected full-width; the
Dongying college's unit is the committee the visit names (对东营职业学院党委进行“机动式”巡察), not the college the entry names;
Guang'an's two bodies are read as the round's units with no group (two groups); the Dongying college's text is on the
city commission's portal that r6, r10, r11 and r15 draw on, for other bodies and years, and is measured as no round or
template of theirs; the 2002 zoo visit and similar officials' visits were left out as the batch holds enough texts that
expect nothing; the Tiantai court's group is left unscored because the text names two groups (市委第二巡察组, whose leader
gives the speech, and 市委第二交叉巡察组, which attends); Zhushan's round is read from the report's own title (县委第四轮巡察), as
settled 2 reads a plan's title when the text names no other round. 59 texts, 53 outside SHARES_TEMPLATE: above the 50
the brief asks, by three.
"""

from __future__ import annotations

from datetime import date

# Texts sharing a template, or the same portal and round, with an earlier batch: left out of the measure.
SHARES_TEMPLATE: tuple[str, ...] = (
    # a university's first internal round entering its youth league committee and Marxism school, the round whose hearing
    # r6's iazzy text holds (the same university, bodies and round, on another domain)
    "first_internal_round_league_committee_marxism_school_entry_trad",
    # a provincial group entering a vocational college in the province's inspection formula of the time (紧扣“六项纪律”,
    # 紧盯“三大问题”,紧抓“三个重点”), which r10's hubei_three_offices_entry holds for the same province's rounds of 2016
    "xianning_vocational_college_provincial_first_group_entry",
    # a municipal water bureau's progress on the municipal round and template (市委第十巡视组于2024年10月18日至12月20日…,
    # 一、党组及主要负责人组织落实整改情况) that r16's shanghai_emergency_bureau_municipal_progress holds
    "shanghai_water_bureau_municipal_tenth_group_progress",
    # a provincial press group's progress in the province's 2020 progress template (根据福建省委巡视工作统一部署,2020年…),
    # which r20's fujian_propaganda_department_provincial_progress holds
    "fujian_daily_press_group_provincial_progress_forum_copy",
    # a central enterprise's progress on the nineteenth central committee's first round (2018年2月至5月), the round that the
    # set's central_first abstract (outside_set.py) tells
    "china_tourism_group_central_ninth_group_progress_essay_site",
    # a roundup of the eighteenth central committee's twelfth round's university feedbacks, the round whose mobile visits
    # and first feedbacks r14 holds (two texts)
    "central_twelfth_round_universities_enterprise_problems_roundup_trad",
)

# (name, url, family, text, expected fields); see outside_set.py for the field names.
HELD_OUT_R23 = [
    # --- progress reports ---------------------------------------------------------------------------------------------
    # http://swj.sh.gov.cn/swj-gsgg/20260206/53e555bc3dfe4b9c867cb3ea858066e7.html (a municipal water bureau's party group
    # reports on a municipal round of inspection (巡视), body without its title line; the meetings and lists after the
    # feedback are no field)
    ("shanghai_water_bureau_municipal_tenth_group_progress", "http://swj.sh.gov.cn/swj-gsgg/20260206/53e555bc3dfe4b9c867cb3ea858066e7.html", "progress", """根据市委统一部署,市委第十巡视组于2024年10月18日至12月20日对市水务局党组开展巡视,并于2025年2月26日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。
一、党组及主要负责人组织落实整改情况
(一)党组巡视整改主体责任落实情况
1.强化政治统领,压实整改责任。……第一时间召开专题会议研究部署整改工作,……成立由局党组书记任组长、班子成员任副组长的巡视整改工作领导小组,并成立巡视整改工作专班。……
""", {"unit": "市水务局党组", "group": "市委第十巡视组", "term": None, "round": None, "start": date(2024, 10, 18),
      "end": date(2024, 12, 20), "feedback_date": date(2025, 2, 26), "figures": []}),
    # https://shiyan.com/archiver/tid-703803.html (a forum's repost of a provincial press group's party group report on a
    # provincial round of inspection (巡视), under its title: the group in the province's short form (省委巡视三组); no
    # count is told in the excerpt)
    ("fujian_daily_press_group_provincial_progress_forum_copy", "https://shiyan.com/archiver/tid-703803.html", "progress", """中共福建日报报业集团党组关于巡视整改进展情况的通报
根据福建省委巡视工作统一部署,2020年7月7日至8月9日,省委巡视三组对福建日报报业集团党组开展了巡视,并于2020年9月28日反馈了巡视意见。按照党务公开原则和巡视工作有关要求,现将巡视整改进展情况予以公布。一、提高政治站位,坚决落实巡视整改政治责任
……(二)压实整改责任。成立由集团党组书记任组长的整改工作领导小组,制定整改方案,……
""", {"unit": "福建日报报业集团党组", "group": "省委巡视三组", "term": None, "round": None, "start": date(2020, 7, 7),
      "end": date(2020, 8, 9), "feedback_date": date(2020, 9, 28), "figures": []}),
    # https://paituo.cc/fanwen/cz/861434.html (a model-essay site's copy of a central enterprise's progress on a central
    # round, body without its title line: the unit read across the copier's short-name bracket as the group's committee;
    # no count is told in the excerpt)
    ("china_tourism_group_central_ninth_group_progress_essay_site", "https://paituo.cc/fanwen/cz/861434.html", "progress", """根据中央统一部署,2018年2月23日至5月23日,中央第九巡视组对中国旅游集团有限公司(以下简称集团)党委进行了巡视。2018年7月15日,中央巡视组向集团党委反馈了巡视意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡视整改进展情况予以公布。
一、提高政治站位,增强“四个意识”,坚决把巡视整改工作作为首要政治任务抓紧抓实抓细
……(二)加强对整改工作的组织领导,压实党委整改主体责任
集团党委成立巡视整改工作领导小组、整改工作办公室和……
""", {"unit": "中国旅游集团有限公司党委", "group": "中央第九巡视组", "term": None, "round": None,
      "start": date(2018, 2, 23), "end": date(2018, 5, 23), "feedback_date": date(2018, 7, 15), "figures": []}),
    # http://www.zhushan.cn/p/240402443.html (a county health bureau's party group reports on a county round under its
    # title: round 4 from the report's own title (县委第四轮巡察反馈意见整改情况通报); the unit as the visit names it; the
    # first finding's heading is cut, so problems are not scored)
    ("zhushan_health_bureau_fourth_round_progress", "http://www.zhushan.cn/p/240402443.html", "progress", """中共竹山县卫生健康局党组关于县委第四轮巡察反馈意见整改情况通报
发布时间: 2024-04-26 16:13
根据县委巡察工作统一部署,县委第三巡察组于2023年7月17日至9月8日对县卫健局党组开展了巡察工作,2023年11月14日反馈巡察意见,按照县委巡察工作有关规定,现将整改进展情况予以公布。
一、整改落实情况
(一)学习贯彻落实党的理论和路线方针政策、党中央决策部署及省委市委县委有关要求有差距。
……
""", {"unit": "县卫健局党组", "group": "县委第三巡察组", "term": None, "round": 4, "start": date(2023, 7, 17),
      "end": date(2023, 9, 8), "feedback_date": date(2023, 11, 14), "figures": []}),
    # --- news: feedbacks, mobilisations, entries, meetings ------------------------------------------------------------
    # https://jiwei.njmu.edu.cn/2025/0515/c218a285165/page.htm (a medical university's group mobilises at an affiliated
    # hospital: the university's group in the set's short form; the meeting's day is no start)
    ("njmu_sir_run_run_shaw_hospital_first_group_mobilisation", "https://jiwei.njmu.edu.cn/2025/0515/c218a285165/page.htm", "news", """5月14日下午,南京医科大学党委第一巡察组召开巡察附属逸夫医院党委工作动员会。校党委常委、纪委书记、省监委派驻监察专员、第一巡察组组长李坚及巡察组全体成员出席会议。……会议由附属逸夫医院党委书记朱宏主持。
会上,李坚同志作动员讲话,对扎实开展巡察工作提出要求。……本轮巡察是在学校落实省委第六轮巡视反馈意见整改和我省高校开展突出问题系统整治期间开展的巡察,是对逸夫医院党委的一次全面“政治体检”,……
""", {"unit": "附属逸夫医院党委", "group": "党委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://cqtresearch.com/news/jujiao/2022/0321/112213.html (a city group mobilises at the transport bureau, on another
    # domain that writes 巡查 for 巡察 twice in the bureau's charge; the meeting's day is no start)
    ("city_transport_bureau_third_group_mobilisation_copy", "http://cqtresearch.com/news/jujiao/2022/0321/112213.html", "news", """3月16日,市委第三巡察组巡察市交通局党组工作动员会召开。
会议要求,要以习近平新时代中国特色社会主义思想为指导,全面检查市交通局党组履行职能职责、党建和领导班子建设、选人用人和基层党组织建设情况,……
会议要求全体干部职工要高度重视本次巡查工作,全力配合巡察组开展工作,……凡是巡查组发现的问题,做到立行立改,确保巡察工作圆满完成,务求实效。
""", {"unit": "市交通局党组", "group": "市委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "problems": 0, "figures": []}),
    # https://hvri.caas.cn/xwzh/zhdt/144837.htm (an agricultural academy's discipline group leader visits a veterinary
    # institute, the academy's inspection group's deputy leader accompanying him: a survey (调研), no party inspection;
    # 3月15-16日 are the survey's days, no visit's; expects nothing)
    ("veterinary_institute_discipline_leader_survey_inspection_deputy_accompanying", "https://hvri.caas.cn/xwzh/zhdt/144837.htm", "news", """3月15-16日,中国农业科学院党组成员、纪检组长李杰人到我所调研。中国农科院巡视组副组长王志东、巡视组办公室副主任孟晨陪同调研,所长步志高、党委书记王笑梅、党委副书记夏长友及相关部门负责人参加了调研。 调研期间,调研组参观了国家动物疫病防控高级别生物安全实验室,……调研组对我所在产业发展、平台建设及条件保障方面取得的成绩给予充分肯定,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://yinan.ymlz.gov.cn/info/1013/8383.htm (a county commission's story of a county group's return visit about
    # village wells: the villages are where the group walked (被巡察村居), so no unit is scored; 5月6日 and 4月19日 have no
    # year in the body; the 13 broken wells are issues solved on the spot, no figure)
    ("yinan_village_wells_second_group_return_visit_story", "http://yinan.ymlz.gov.cn/info/1013/8383.htm", "news", """“巡”得活水灌良田
……5月6日,县委第二巡察组的两名巡察干部再次来到大庄镇莪庄村,回访巡察整改情况,……
4月19日,县委第二巡察组的两名巡察干部在大庄镇莪庄村走访核实有关问题时,发现田地里的小麦普遍存在“个头矮”“打蔫”现象,……巡察组专门安排人员利用2天时间逐村检查水井使用情况,发现有13个水井因泵房没电、管道损坏、水位下降等原因无法正常使用。
巡察组按照立行立改程序要求,将该问题移交给大庄镇党委。……
""", {"units": [], "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://henan.people.com.cn/n2/2022/0105/c378397-35082558.html (a people's daily channel's story of a county village
    # group restoring irrigation: the visit's first day is stated (2021年12月15日); 为期30天 gives no end day; the group is
    # named oddly (县委第四巡察村(社区)组) and is not scored; the three villages are counted after one example, not scored)
    ("baofeng_village_irrigation_fourth_village_group_story", "http://henan.people.com.cn/n2/2022/0105/c378397-35082558.html", "news", """河南宝丰:巡察引得“活水”来
……据了解,2021年12月15日,宝丰县委第四巡察村(社区)组对前营乡张旗营等3个村开展为期30天的常规巡察。巡察组进驻后,……了解到张旗营村群众灌溉农田难的问题。……
""", {"term": None, "round": None, "start": date(2021, 12, 15), "end": None, "feedback_date": None,
      "figures": []}),
    # https://www.pdsjjw.gov.cn/sitesources/hbsjcj/page_pc/gzdt/yw/sjys/article40e350483b2d4c4a830da66ed78d112a.html (a city
    # commission's story of a district group's village special round reviving an irrigation project: 7月24日 and 7月31日
    # have no year; the village is where the group walked, not scored)
    ("qibin_village_irrigation_second_group_story", "https://www.pdsjjw.gov.cn/sitesources/hbsjcj/page_pc/gzdt/yw/sjys/article40e350483b2d4c4a830da66ed78d112a.html", "news", """……事情要从淇滨区委对卓坡村开展村(社区)专项巡察说起。
7月24日下午,区委第二巡察组组长窦保录带领巡察组在卓坡村走访。……
随后,巡察组对卓坡村党支部下发立行立改通知书,要求卓坡村立即整修水泵、水管等设施,……
""", {"units": [], "group": "区委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://piaocheng.com/forum.php?goto=lastpost&mod=redirect&tid=225707 (a forum's repost of a provincial site's story of
    # a county group's extended visit to a village's ditches: the group named with its county in front read short
    # (settled 9); 8月中旬 is part of a month and gives no day; the village is not scored)
    ("sheyang_village_ditches_second_group_story_forum_copy", "http://piaocheng.com/forum.php?goto=lastpost&mod=redirect&tid=225707", "news", """8月中旬,江苏省射阳县委第二巡察组工作人员来到合德镇新西村进行回访,……
此前,射阳县委第二巡察组对新西村开展延伸巡察,在下沉入户走访时,接到群众反映:本村部分沟渠淤塞,无法满足农田灌溉,……
巡察组将该问题作为立行立改事项,按程序报批后,向合德镇党委下发立行立改通知,……
◆来源:清廉江苏网站
""", {"units": [], "group": "县委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://meipian.cn/42qe8yys (a fire brigade detachment's supervision group (督导组) checks a district brigade, the
    # political inspection's look-back (政治巡察“回头看”) being one of the items checked: a check, no party inspection visit;
    # 3月9日 has no year; expects nothing)
    ("jinmao_fire_brigade_supervision_group_check_look_back_item", "https://meipian.cn/42qe8yys", "news", """支队督导组深入金贸大队开展近期重点工作任务政治监督专项检查
……3月9日夏波副政委一行深入金贸大队开展近期重点工作任务专项检查。 督导组到达金贸大队后对大队日常管理、工作秩序落实、作战训练安全管控、车辆器材装备、消防所日常工作开展情况、“五清”“五涉”专项整治和政治巡察“回头看”等方面进行了全方位的督导检查,……
检查结束后,督导组将检查情况向大队进行反馈,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://www.cnprison.cn/2018/0312/c372a51093/page.htm (a prison administration's deputy director leads a check group
    # (检查组) over a prison's security before the two sessions, with a feedback meeting: a check, no party inspection;
    # expects nothing)
    ("wulan_prison_two_sessions_security_check_2018", "https://www.cnprison.cn/2018/0312/c372a51093/page.htm", "news", """2018年3月8日,监狱管理局张军副局长一行到乌兰监狱,对监狱“两会”安保工作进行督导检查。
检查组一行深入监狱生产车间、伙房、监舍、医院、禁闭室、抢库、会见室、应急指挥中心等地,……
下午,检查组一行在监狱召开了反馈会,监狱党委成员及环节领导参加了反馈会。检查组成员与参会人员就检查中发现的问题进行了讨论座谈。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.jiwei.gov.cn/news_content.thtml?contentId=13549 (a city group enters a vocational college for a mobile
    # round: the unit as the visit names it (对东营职业学院党委进行“机动式”巡察); 6月15日 has no year)
    ("dongying_vocational_college_first_group_mobile_entry", "http://www.jiwei.gov.cn/news_content.thtml?contentId=13549", "news", """【巡察进行时】市委第一巡察组巡察东营职业学院工作动员会召开
按照市委统一部署,市委第一巡察组于6月15日进驻东营职业学院并召开巡察工作动员会。市委第一巡察组组长黄风云同志作动员讲话,……东营职业学院党委书记张洪生主持会议,并代表党委作表态发言。
黄风云指出,这次对东营职业学院党委进行“机动式”巡察,既针对上轮专项巡查发现问题的整改落实,又深入了解党委领导作用发挥情况,……根据市委部署,此次巡察的对象和范围是:东营职业学院领导班子及其成员、其他市管干部。……
""", {"unit": "东营职业学院党委", "group": "市委第一巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a provincial paper's note of a provincial group entering a vocational college:
    # 16日 has neither month nor year; the college is named without its committee at the entry and with it later, so the
    # unit is not scored)
    ("xianning_vocational_college_provincial_first_group_entry", "search corpus pages (no URL returned)", "news", """本报讯 记者江世栋、通讯员吴义三报道:16日下午,省委第一巡视组组长王树华一行进驻咸宁职业技术学院,随后召开动员会。
……本次巡视将紧扣“六项纪律”,紧盯“三大问题”,紧抓“三个重点”。咸宁职业技术学院党委要积极支持巡视组工作,保证巡视工作顺利开展。
""", {"group": "省委第一巡视组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://houqiu.net/news/zf/1025/view_8057.shtml (a city's linked group feeds back to a county development zone's
    # working committee, on another domain: the unit as the feedback names it; the five shortcomings separated by
    # semicolons after 主要是 are read as five)
    ("shuyang_development_zone_city_linked_group_feedback_2023", "https://houqiu.net/news/zf/1025/view_8057.shtml", "news", """2023年10月13日,市委第一联动巡察组向沭阳经济技术开发区党工委反馈巡察情况。……
根据省委巡视工作领导小组要求和市委安排,2023年7月3日至8月31日,市委第一联动巡察组对沭阳经济技术开发区党工委进行了巡察。……
张友连指出,……但巡察也发现了一些问题,主要是贯彻上级重大决策部署不够到位,高质量发展有短板;项目招引建设推动不够有力,集约集聚发展有弱项;防控风险意识薄弱,国有资产监管不严;亲商扶商理念树的不牢,企业发展环境还不够优;“两个责任”落实不力,在贯彻严的基调上还有差距。
""", {"unit": "沭阳经济技术开发区党工委", "group": "市委第一联动巡察组", "term": None, "round": None,
      "start": date(2023, 7, 3), "end": date(2023, 8, 31), "feedback_date": date(2023, 10, 13), "problems": 5,
      "figures": []}),
    # http://news.enorth.com.cn/system/2013/06/05/011035769.shtml (a forestry commissioner's office's check group (检查组)
    # checks a forestry bureau's logging quality and names four problems: a check, no party inspection, so its problems are
    # no inspection's; 5月25日 has no year in the text; expects nothing)
    ("lushuihe_forestry_bureau_logging_quality_check_group_2013", "http://news.enorth.com.cn/system/2013/06/05/011035769.shtml", "news", """国家林业局政府网6月5日讯 5月25日,国家林业局驻长春森林资源监督专员办检查组一行7人,到露水河林业局进行1%伐区作业质量检查。
……检查组按采伐类型和采伐方式共抽检了四个林场的5个作业小班,总面积52.2公顷。
检查结束,召开了总结会,……副组长宋轼林对露水河林业局伐区调查设计、采伐作业质量管理等工作也指出了四个问题,并提出了整改意见,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://lzfz.org.cn/show-169545.html (a provincial commission's story, reposted, of a district group solving a
    # housing estate's heating during a district round: term 11 and round 6 from 十一届区委第六轮巡察, the group's own round;
    # the estate is no unit; 11月27日 and 11月15日 are no visit's days)
    ("jiefang_district_heating_first_group_story_repost", "http://lzfz.org.cn/show-169545.html", "news", """焦作市解放区:边巡边改解难题 群众屋暖心更暖
发布时间:2023-12-04
……11月27日上午一上班,该区上白作街道河阳社区惠园小区居民给解放区委第一巡察组送上了锦旗和感谢信,……
十一届区委第六轮巡察工作开展以来,区委第一巡察组按照“分类施巡、巡改一体”的总体要求,……接到群众反映供暖问题后,立即现场调查核实,……
""", {"units": [], "group": "区委第一巡察组", "term": 11, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://hhjt.com/info/1092/14269.htm (an industrial group's second group enters a cement company: the group named
    # with its group's name in front read short (settled 9: 淮海实业集团党委第二巡察组 -> 集团党委第二巡察组); the unit as the
    # entry names it; 11月10日 and 11月21日 have no year)
    ("huaihai_group_cement_company_second_group_entry", "https://hhjt.com/info/1092/14269.htm", "news", """11月10日,淮海实业集团党委第二巡察组进驻相山水泥,并召开巡察工作动员会。集团公司党委委员、纪委书记,第二巡察组组长彭炜出席会议并作动员讲话。
会议指出,本轮常规巡察是继省委巡视“回头看”反馈问题整改后的第二轮常规巡察,……
据了解,此次巡察将重点检查……,预计于11月21日前完成现场工作。
""", {"unit": "相山水泥", "group": "集团党委第二巡察组", "term": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://xjco.cscec.com/xwzx55/jgzt55/xcddsjdjs55/201706/2744700.html (a construction group's party committee sends two
    # groups on a special round of its projects' cost management: no body is named (所有在建项目), no group numbered, no
    # round; the four 100 % targets are no figures)
    ("xinjiang_construction_group_project_cost_special_round_2017", "https://xjco.cscec.com/xwzx55/jgzt55/xcddsjdjs55/201706/2744700.html", "news", """近日,根据总公司党组巡视巡察工作要求及总公司的四项专项治理部署,集团党委派出两个巡察组,组织开展对集团所有在建项目商务成本管理“四个百分百” 指标执行情况专项巡察,……
“四个百分百”是指,项目目标责任书签订率100%,风险抵押金缴纳率100%,商务策划编制率100%,考核兑现率100%。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://sqsxfy.hncourt.gov.cn/public/detail.php?id=3083 (a county group mobilises at the county court, on the court's
    # site: the group named with its county in front read short (settled 9); the unit as the meeting names it; 9月18日 has
    # no year and is no start)
    ("suixian_court_third_group_mobilisation", "https://sqsxfy.hncourt.gov.cn/public/detail.php?id=3083", "news", """9月18日下午,睢县县委第三巡察组巡察县法院工作动员会在法院第一审判庭召开。会议由院党组书记、院长秦立莹主持,院领导班子及全体干警参会。县委第三巡察组一行10人到会指导工作。
县委正科级巡察员、县委第三巡察组组长马国章,代表县委巡察工作领导小组作动员讲话,……
""", {"unit": "县法院", "group": "县委第三巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://fnfy.yczy.gov.cn/article/detail/2022/04/id/6640030.shtml (a county's linked group mobilises at the county
    # court's party group: the unit as the meeting names it; the group has no number and is not scored; the meeting's day
    # is no start)
    ("funing_court_county_linked_group_mobilisation_2022", "https://fnfy.yczy.gov.cn/article/detail/2022/04/id/6640030.shtml", "news", """县委联动巡察组巡察县法院党组工作动员会召开
作者:办公室  发布时间:2022-04-16 16:39:19
根据市委、县委关于上下联动巡察工作的统一部署,4月13日,县委联动巡察组巡察县法院党组工作动员会召开。县委常委、政法委书记陈聪,县委联动巡察组组长周艳艳出席会议并讲话,我院党组书记、院长丁益钧主持会议,……
""", {"unit": "县法院党组", "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://js.yzfy.gov.cn/article/detail/2018/11/id/4837601.shtml (an intermediate court's judicial inspection group
    # (司法巡查组) holds its second round of judicial inspection at a basic court: a court's judicial inspection (巡查), no
    # party inspection, so its 第二轮 is no round; expects nothing)
    ("yangzhong_court_intermediate_second_judicial_inspection_round_2018", "https://js.yzfy.gov.cn/article/detail/2018/11/id/4837601.shtml", "news", """镇江中院对我院开展第二轮司法巡查
发布时间:2018-11-05 09:51:00
10月24日,镇江中院党组成员、镇江市纪委监委派驻中院纪检监察组组长周国达率司法巡查组来到我院开展为期十天的第二轮司法巡查。当天下午,司法巡查组召开我院干警大会,对司法巡查工作进行动员部署并开展民主测评工作。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://fy.xsbnfyw.gov.cn/article/detail/2022/08/id/6853167.shtml (a provincial high court's second judicial inspection
    # group (第二巡查组) starts its judicial inspection and political supervision at a prefecture's court: a court's
    # inspection (巡查, 督察), no party inspection; expects nothing)
    ("xishuangbanna_court_high_court_judicial_inspection_2022", "http://fy.xsbnfyw.gov.cn/article/detail/2022/08/id/6853167.shtml", "news", """根据云南省高院司法巡查政治督查工作部署,2022年8月12日上午,云南省高院2022年司法巡查政治督察西双版纳中院工作部署暨动员大会在景洪召开。会上,省高院督察局局长廖永兵宣读了司法巡查和政治督查工作方案,省高院第二巡查组组长、审判委员会专职委员马俊杰作工作部署和动员讲话,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://tiantai.tzfyw.gov.cn/InfoPub/ArticleView.aspx?ID=3885 (a city's crossed political-legal group mobilises at a
    # county court's party group: term 6 and round 6 from the secretary's speech at 六届市委第六轮巡察动员部署会 conveyed at
    # the meeting and its 第六轮巡察; two groups are named (the city's second group and its second crossed group), so the
    # group is not scored; the meeting's day is no start)
    ("tiantai_court_city_crossed_political_legal_group_mobilisation_2024", "http://tiantai.tzfyw.gov.cn/InfoPub/ArticleView.aspx?ID=3885", "news", """台州市委政法领域交叉巡察组巡察天台县人民法院党组工作动员会议召开
根据全省政法领域巡视巡察上下联动和市委巡察工作统一部署,2024年9月10日下午,台州市政法领域交叉巡察天台县人民法院党组工作动员会议召开。会上,市委第二巡察组组长金伟传达了市委李跃旗书记在全市巡视巡察发现问题剖析整改推进会暨六届市委第六轮巡察动员部署会上的讲话精神,就即将开展的巡察工作作了动员讲话,并对扎实开展第六轮巡察工作提出要求。……
市委第二交叉巡察组组长章声,副组长陈波、陈新春,巡察组有关同志,天台县人民法院领导班子成员出席会议;……
""", {"unit": "天台县人民法院党组", "term": 6, "round": 6, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # --- rounds and statistics ----------------------------------------------------------------------------------------
    # http://xz.chinapost.com.cn/html1/report/2504/1835-1.htm (a provincial postal branch's first internal batch of 2025
    # mobilised: three bodies named beside ten counted branches (10个支部, counted, no unit); 第一批 is a batch, not a
    # round, and is not scored; the meeting's day is no start)
    ("tibet_postal_branch_2025_first_batch_three_bodies", "http://xz.chinapost.com.cn/html1/report/2504/1835-1.htm", "rounds", """4月7日,西藏邮政分公司党委召开巡察工作动员部署会,正式启动2025年第一批巡察工作。主要对西藏邮政分公司机关党委所属10个支部,以及信息技术中心、机要通信局党支部、拉萨邮区中心党委开展常规巡察。
……会上,党委组织部负责人宣布了巡察组组长授权任职及分工决定,……
""", {"unit": "", "units": ["信息技术中心", "机要通信局党支部", "拉萨邮区中心党委"], "group": None, "term": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a news portal's piece on the twentieth central committee's first round: term 20
    # and round 1 from 二十届中央首轮巡视 and 二十届中央第一轮巡视动员部署会; 36 units, 30 enterprises and 5 financial
    # enterprises are counted, and the one body given a mobile visit (国家体育总局) is left unscored, as a single body
    # beside counted kinds; 3月27日 has no year)
    ("central_twentieth_term_first_round_sports_administration_mobile_news", "search corpus pages (no URL returned)", "rounds", """体育总局被巡视 有些人要睡不着了 于洪臣董铮被查【快讯】
……3月27日晚,二十届中央首轮巡视对象名单公布,……
本轮巡视中,共有36家单位的党组(党委)被纳入。
在巡视方式上,除了大家比较熟悉的常规巡视(30家中管企业)和巡视“回头看”(5家中管金融企业),有一家被单独“机动巡视”:国家体育总局
在当日召开的全国巡视工作会议暨二十届中央第一轮巡视动员部署会上,……
""", {"unit": "", "group": None, "term": 20, "round": 1, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://ttnews.xyz/a/5c2cafbedc9b5e07c4f83393?lang=zh-hans (a banner's twelfth committee mobilises its seventh round:
    # term 12 and round 7 from 中共土默特左旗十二届委员会…第七轮巡察; the one regular unit and the special rounds' subjects
    # (a school's funds, a bureau's satellite enforcement) are left unscored, the specials naming matters, not bodies;
    # four groups, so no group; 11月15日 has no year)
    ("tumed_left_banner_twelfth_committee_seventh_round_mobilisation", "https://ttnews.xyz/a/5c2cafbedc9b5e07c4f83393?lang=zh-hans", "rounds", """中共土左旗委启动第七轮巡察工作
根据旗委的统一安排部署,11月15日上午,中共土默特左旗十二届委员会召开第七轮巡察工作动员部署会。……
……本轮巡察共派出四个巡察组,采取“专常结合”的方式,对旗教育局党组开展常规巡察,对旗第一职业中学、旗第二中学教育经费使用情况和校舍基础设施建设情况;旗国土局卫片执法、沙坑治理情况;旗财政局负责的项目招投标管理、集中采购情况;旗林业局牵头实施的大青山前坡及冲积扇生态项目实施情况开展专项巡察。
""", {"unit": "", "group": None, "term": 12, "round": 7, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # https://m.yybnet.net/guangan/news/202012/11085472.html (a city's notice of a linked special round on government
    # procurement at two bodies: the two bodies named; the first day 12月8日 takes its year from the notice's dated line
    # (2020年12月8日); 为期20天 gives no end day; two groups, so no group; the provincial round it follows is not the text's
    # round and is not scored)
    ("guangan_procurement_linked_special_round_two_bodies_notice_2020", "https://m.yybnet.net/guangan/news/202012/11085472.html", "rounds", """政府采购专项巡察公告
根据十一届省委第七轮巡视工作安排,经市委同意,从12月8日起,市委第一、第二联动巡察组在省委第九巡视组指导下,对市财政局、市教育体育局开展为期20天的政府采购联动专项巡察。现就有关事项公告如下。
一、巡察对象
市财政局、市教育体育局2个单位党组织领导班子及其成员,同时根据工作需要延伸到下属基层单位党组织。
……
中共广安市委巡察工作领导小组办公室
2020年12月8日
""", {"unit": "", "units": ["市财政局", "市教育体育局"], "group": None, "start": date(2020, 12, 8), "end": None,
      "feedback_date": None, "figures": []}),
    # https://2bur.cscec.com/zgjzdej/xwzx6/gskx6/202304/3647853.html (a construction bureau's party committee mobilises its
    # 2023 first round: round 1 from 2023年第一轮巡察 (as r22 read an airline group's 2023年第一轮); no body is named; 3月30日
    # has no year in the text)
    ("cscec_second_bureau_2023_first_round_mobilisation", "https://2bur.cscec.com/zgjzdej/xwzx6/gskx6/202304/3647853.html", "rounds", """3月30日,中建二局党委在京召开2023年巡察工作会议暨第一轮巡察动员部署会,……对2023年第一轮巡察进行动员部署。局党委书记、董事长石雨出席会议并讲话,党委副书记、总经理魏德胜宣布局党委2023年第一轮常规巡察巡察组组长、副组长授权任职和任务分工,……
""", {"unit": "", "units": [], "group": None, "term": None, "round": 1, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # search corpus pages (no URL returned) (a county-level city's note on its inspections of villages before their
    # elections (巡乡带村): the 155 and 256 villages are coverage counts, no metric of the set; no visit, term or round)
    ("jiande_township_with_villages_coverage_before_elections", "search corpus pages (no URL returned)", "rounds", """……建德市落实市县党委承担村(社)巡察主体责任的要求,组建以巡察专职干部为骨干力量的巡察组,……目前。建德市委巡察机构通过“巡乡带村”巡察村(社)155个,在今年村(社)换届选举前,将完成全市256个村(社)的巡察全覆盖。
在“巡乡带村”过程中,巡察组注重在走访、座谈中了解现任村干部工作状态、工作作风和精神面貌,……形成了《护航村级换届“一村一报告”》。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://ynjstzkg.com/cnPc/jtyw/50347.html (a provincial construction investment group's inspection leading group hears
    # its 2023 special round of expressway operation: no body is named, no round numbered, no group; the meeting's day
    # is no visit's; the leading group's meeting is no figure)
    ("construction_investment_group_leading_group_hears_expressway_special_round_2024", "http://ynjstzkg.com/cnPc/jtyw/50347.html", "rounds", """集团党委巡察工作领导小组2024年第一次会议召开
时间:2024-01-29 19:20
1月29日,集团公司党委书记、董事长、巡察工作领导小组组长陈祖军主持召开集团党委巡察工作领导小组2024年第一次会议。会议……听取集团党委2023年高速公路运营管理专项巡察情况汇报,研究下一步巡察工作安排。
……陈祖军高度肯定了高速公路运营管理专项巡察工作取得的成效。……并对下一步抓实巡察工作提出三点要求。
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # --- audit --------------------------------------------------------------------------------------------------------
    # http://jjmykj.com/2023/0228/c21a107260/page.html (a railway college's audit division checks 61 departing cadres'
    # economic responsibility on site, on another domain: an audit division's news, no party inspection; the 61 cadres, 30
    # departments and 12 schools are the audit's counts, no figure; expects nothing)
    ("railway_college_economic_responsibility_audit_site_check_copy", "http://jjmykj.com/2023/0228/c21a107260/page.html", "audit", """按照校党委经济责任审计工作要求,为加快推进经济责任审计工作的开展,审计处组织经济责任审计组成员于2月20日-27日开展了现场核查工作,……
审计组对30个部门和12个学院的61名离任中层正职干部任期内的经济责任履行情况进行了问卷测评调查,……审计组抽查了136个实训室建设绩效和1554项固定资产管理情况,针对部分实训室绩效不科学、使用不合规和固定资产管理不规范等问题提出了建议。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # --- noisy copies -------------------------------------------------------------------------------------------------
    # http://www.ybsunny.com/info/1283/12266.htm (a conservatory's second-committee seventh round mobilised, in
    # traditional script on another domain: one group for two bodies (一托二), named by no number of its own, so not
    # scored; the meeting's day is no start; term 2 and round 7 from 第二屆委員會第七輪)
    ("conservatory_second_committee_seventh_round_two_bodies_trad", "http://www.ybsunny.com/info/1283/12266.htm", "noisy", """9月21日,我校第二屆委員會第七輪巡察工作動員部署會在圖書信息樓學術二廳召開。……
會上,王歡代表學校黨委宣布了第七輪巡察組組長授權任職及巡察對象安排。本輪巡察共安排1個巡察組,由黨委常委、統戰部部長劉濤任組長,采取一托二的方式對作曲系黨總支和舞蹈系直屬黨支部開展常規巡察。……
""", {"unit": "", "units": ["作曲系党总支", "舞蹈系直属党支部"], "group": None, "term": 2, "round": 7, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://gdqyseo.com/st/2024/90132665.htm (an art academy's look-back feedback to a foundation department's branch,
    # copied by a betting site that writes its name over 学院 and over a leader's name; the three shortcomings 一是…三是
    # are read as items; no visit's days are told)
    ("foundation_department_look_back_feedback_betting_copy", "http://gdqyseo.com/st/2024/90132665.htm", "noisy", """根据新浪体育党委统一部署,2024年4月1日,党委第二巡察组向造型学科基础部直属党支部反馈巡察整改“回头看”情况。……
杨晔代表党委第二巡察组反馈巡察整改“回头看”的情况。在巡察整改周期内,造型学科基础部直属党支部能够切实提高政治站位,……但仍然存在一些不足。一是贯彻落实党的路线方针政策、党中央重大决策部署和教育部党组、新浪体育党委工作要求有欠缺,推动艺术服务国家和经济社会发展不到位;二是落实新时代党的组织路线不到位,干事创业的组织保证不够坚强有力;三是对上一轮巡察整改工作的认识和推进不到位,没有认真做好巡察“后半篇”文章。……
""", {"unit": "造型学科基础部直属党支部", "group": "党委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": date(2024, 4, 1), "problems": 3, "figures": []}),
    # http://zsj.xianning.gov.cn/zwxx/xxgk/xxgkml/qtzdgknr/zwdc_31261/202410/t20241022_3775146.shtml (a city investment
    # promotion bureau's party group reports on a city round under its title, its body having lost characters: the
    # visit's days run together (2023614日至915日, read the only way they can be, as 2023年6月14日 to 9月15日) and the group
    # lost its number in the body (市委第巡察组), the title's 市委第三巡察组 being the group; 23 problems, 22 completed)
    ("xianning_investment_promotion_bureau_progress_lost_characters", "http://zsj.xianning.gov.cn/zwxx/xxgk/xxgkml/qtzdgknr/zwdc_31261/202410/t20241022_3775146.shtml", "noisy", """中共咸宁市招商和投资促进局党组关于落实市委第三巡察组巡察反馈意见整改情况的通报(社会公开稿)
根据市委统一部署,2023614日至915日,市委第巡察组对市招商和投资促进局党组进行了巡察,并于2023年10月30日向中共咸宁市招商和投资促进局党组反馈了巡察意见,按照《关于建立健全巡察整改和成果运用工作机制的通知》(咸纪发〔2022〕7号)文件要求,现将巡察整改情况予以公布。
一、整改工作基本情况
……2.细化整改措施,狠抓整改落实。针对巡察反馈的23个具体问题,逐一分解细化,制定整改工作方案和“四个清单”,……目前,已完成整改并申请销号问题22个,……
""", {"unit": "市招商和投资促进局党组", "group": "市委第三巡察组", "term": None, "round": None,
      "start": date(2023, 6, 14), "end": date(2023, 9, 15), "feedback_date": date(2023, 10, 30),
      "figures": [("problems", 23), ("completed", 22)]}),
    # search corpus pages (no URL returned) (a postal group's second batch of 2017 mobilised, in traditional script with
    # pinyin-like stray commas after every clause: the five provinces only qualify the counted units inside them (5個省
    # (區)的20個郵政單位), so they are no units (settled 8); 第二批 is a batch, not a round)
    ("postal_group_2017_second_batch_mobilisation_stray_commas_trad", "search corpus pages (no URL returned)", "noisy", """近日,中國(guó)郵政集團(tuán)公司召開(kāi)2017年第二批巡視工作動(dòng)員部署暨巡視培訓(xùn)會(huì)議,。……
今年,,郵政集團(tuán)公司黨組將分三批對(duì)10個(gè)?。▍^(qū)、市)的郵政單位和8個(gè)集團(tuán)公司直屬單位開(kāi)展巡視,,第二批將對(duì)安徽,、福建、湖北,、陜西,、寧夏5個(gè)省(區(qū))的20個(gè)郵政單位領(lǐng)導(dǎo)班子及其成員開(kāi)展巡視監(jiān)督,。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://ltxgzc.zuel.edu.cn/2022/1122/c332a316495/page.htm (a university's first group mobilises at its retirees'
    # party committee and retirees' department, the day having lost its 月 (1121日上午): two bodies visited by one group,
    # read as the pinned cugb's two schools (no unit, two units, the group); 第五批 is a batch, not scored; the meeting's
    # day is no start)
    ("retirees_committee_first_group_mobilisation_lost_month", "http://ltxgzc.zuel.edu.cn/2022/1122/c332a316495/page.htm", "noisy", """学校党委第一巡察组巡察离退休人员党委、离退休人员工作部工作动员会顺利召开
作者:欧松涛 发布时间:2022-11-22
1121日上午,根据校党委统一安排,校党委第五批巡察第一巡察组巡察离退休人员党委、离退休人员工作部工作动员会在离退休人员工作部204室会议室顺利召开。……
会上,蔡明辉同志作动员讲话并通报本次巡察工作的总体安排、重点任务和工作纪律。……
""", {"unit": "", "units": ["离退休人员党委", "离退休人员工作部"], "group": "党委第一巡察组", "term": None,
      "start": None, "end": None, "feedback_date": None, "figures": []}),
    # https://web.gzwcg.cn/info/1036/12681.htm (a vocational college's 2020 internal round mobilised, in traditional script
    # with emoji between words and a betting name written over the college's: no body is named, no group numbered of its
    # own (第一、二巡察小組); the two meetings' days are no visit's; the round is left unscored, the text telling both
    # 本輪 and a training that started 第一輪)
    ("college_2020_internal_round_mobilisation_emoji_betting_trad", "https://web.gzwcg.cn/info/1036/12681.htm", "noisy", """根據欧陆黨委工作安排👨👦👦🤾🏻♂️,2020年11月17日下午,欧陆在綜合辦公樓B414會議室召開了2020年巡察工作動員部署會。欧陆黨委書記、巡察工作領導小組組長傅正強,校黨委副書記😛、巡察工作領導小組副組長蔡林禮,在家校領導🧑🏽🎄,巡察工作領導小組成員,第一🌪、二巡察小組成員及全體中層幹部出席會議。
蔡林禮副書記對本輪巡察工作目標任務👵🏽、組織機構🍡☝🏽、巡察組及巡察對象、時間安排、主要內容🔥、方式和權限等方面內容作了安排部署🌪🤾♀️,……
9月28日,欧陆召開了巡察工作培訓會議👨🏿,標誌著第一輪校內巡察工作正式啟動,並按有關工作計劃開展了相關工作。(巡察辦)
""", {"unit": "", "units": [], "group": None, "term": None, "start": None, "end": None, "feedback_date": None,
      "figures": []}),
    # http://sze-star.com/2025/0509/c913a31573/page.htm (a teachers' college's asset check (巡查) at its old campus, copied
    # by a betting site that writes its name over the college's once: no party inspection; expects nothing)
    ("teachers_college_old_campus_asset_check_betting_copy", "http://sze-star.com/2025/0509/c913a31573/page.htm", "noisy", """5月7日上午,校党委委员、宣传部长伍建强率国资处、总务处等相关部门负责人前往老校区,对老校区的国有资产管理和使用情况进行了全面细致的巡查。……
在巡查过程中,伍建强一行深入教学楼、宿舍区、运动场等关键区域,……对桐城二中办学集团校在部分资产管理和使用方面存在的问题,提出了相应的整改建议。
……同时学校相关部门要切实履行职责,形成齐抓共管的良好局面,确保188比分直播_球探足球比分-劲爆体育国有资产安全、完整、保值增值。
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://m.mkcnfr.com/c/2017-06-17/1598004.shtml (a news agency's roundup of a central round's university feedbacks, in
    # traditional script: term 18 and round 12 from 十八屆中央第十二輪巡視; 2月 without a day gives no start (a month named
    # alone, not a span of months); the 14 and 29 universities are counted, no units; 13 of 14 is no problem count)
    ("central_twelfth_round_universities_enterprise_problems_roundup_trad", "http://m.mkcnfr.com/c/2017-06-17/1598004.shtml", "noisy", """巡視組在中管高校發現了啥?校辦企業成問題重災區
中新網北京6月17日電(記者 闞楓)16日,中紀委網站公布了十八屆中央第十二輪巡視中14所中管高校的巡視反饋意見。盤點巡視組在14所高校發現的問題,校辦企業、科研經費、基建工程等領域成為問題“重災區”。這其中,14所高校中13家被點出存在校辦企業問題,……
從今年2月開始的本輪巡視,最受輿論關注的當屬中央巡視組進駐29所中管高校。……
""", {"unit": "", "units": [], "group": None, "term": 18, "round": 12, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.nayimon.com/info/1081/12794.htm (a university's first internal round enters its youth league committee and
    # its Marxism school, in traditional script on another domain: the two bodies visited, round 1; the meeting's day has
    # no year; the groups visit one body each, so no group of the round is scored)
    ("first_internal_round_league_committee_marxism_school_entry_trad", "http://www.nayimon.com/info/1081/12794.htm", "noisy", """根據黨委巡察工作安排,10月11日下午,黨委第一、第二巡察組分別在校團委和馬克思主義學院黨總支召開進駐動員會,對黨委第一輪巡察工作進行動員。……
會上,黨委各巡察組組長就即將開展的巡察工作作了動員講話,……要提高政治站位,深刻認識對校團委和馬克思主義學院黨總支開展巡察的重要意義。……
""", {"unit": "", "units": ["校团委", "马克思主义学院党总支"], "group": None, "term": None, "round": 1, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # http://saoweng.cn/news/show-7039.html (a fire corps' second supervision group (第二督導組) checks a city detachment
    # before a party congress, in traditional script on another domain: a check, no party inspection; expects nothing)
    ("fire_corps_second_supervision_group_check_2012_trad", "http://saoweng.cn/news/show-7039.html", "noisy", """11月6日,消防總隊政委張存義帶領第二督導組督導檢查天水消防支隊工作。……
在當日支隊召開的匯報會上,天水支隊支隊長郭學鋒就近年主要工作、十八消防安保工作進行了詳細匯報。……
就下一步工作,張政委提出四點要求:一是要繼續加大基層基礎設施建設力度。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://cz-nf.cn/news/xxxw/607454921863237.shtml (a city group mobilises at a vocational college, in traditional script
    # with pinyin in brackets on another domain: term 7 and round 6 from 七屆市委第六輪; the unit read across the copier's
    # short-name bracket (防城港職業技術學院(以下簡稱港職院)黨委) as the college's committee; the meeting's day is no start)
    ("fangchenggang_vocational_college_fifth_group_mobilisation_pinyin_trad", "http://cz-nf.cn/news/xxxw/607454921863237.shtml", "noisy", """根據(jù)七屆市委第六輪常規(guī)巡察工作統(tǒng)一部署,2024年3月6日上午,市委第五巡察組巡察防城港職業(yè)技術(shù)學(xué)院(以下簡稱港職院)黨委工作動(dòng)員會(huì)在學(xué)校圖書館二樓報(bào)告廳召開。市委第五巡察組組長、三級(jí)高級(jí)監(jiān)察官蘇錫林作巡察動(dòng)員講話,……學(xué)校黨委書記陸健文主持會(huì)議并作表態(tài)講話。
""", {"unit": "防城港职业技术学院党委", "group": "市委第五巡察组", "term": 7, "round": 6, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://m.yikaochacha.com/shoucang/guizhouzhuanke/HTML/11318034.html (a vocational college's 2021 internal round
    # mobilised, copied by an exam site that starred out words (深化巡视巡察**, 认真**): no body is named, the groups are
    # numbered without an owner's round; the meeting's day has no year; the plan's title names no round)
    ("bijie_vocational_college_2021_internal_round_mobilisation_starred_words", "https://m.yikaochacha.com/shoucang/guizhouzhuanke/HTML/11318034.html", "noisy", """10月27日下午,学校党委召开2021年度内部巡察工作动员部署会,就学校内部巡察工作进行安排,并开展巡察工作业务培训。学校党委巡察工作领导小组成员,第一、第二巡察组全体成员,被巡察党总支和直属党支部负责人,各党总支、直属党支部书记参加会议。……
会上,……党委委员、纪委书记、党委巡察工作领导小组副组长黄道先传达《中共毕节职业技术学院委员会2021年度巡察工作方案》。……
龙泽玉强调,开展内部巡察工作,是……学校深化巡视巡察**、推动全面从严治党纵深发展向基层延伸的具体行动。……
池涌要求,……要照单全收,对内部巡察发现问题认真**。……
""", {"unit": "", "units": [], "group": None, "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://xiuzhiben.com/jjw/html/jw/2019/BFDFPFIB_0919/16351.html (a city commission's note of a city group's advice to
    # a daily's party committee, copied with lost characters (我?005年, 今??0日) and full stops dropped: the unit as the
    # visit names it; 今年3月至5月 has no year in the text, so no start or end)
    ("changzhou_daily_second_group_internal_reference_lost_characters", "http://xiuzhiben.com/jjw/html/jw/2019/BFDFPFIB_0919/16351.html", "noisy", """“我?005年停办的《内部参阅》已于今??0日重新启刊,启刊后第一期即获得市委汪书记的重要批示,非常感谢你组的巡察建议!”常州日报社社长孙泽新第一时间向市委第二巡察组发来信息
今年3月至5月,市委第二巡察组对日报社党委开展政治巡察期间,发现供市委、市政府决策参考的《内部参阅》已停办14年之久,以文辅政的能力退化。……该组第一时间向常州日报社党委提出了整改建议,并督促其制定整改复刊计划
……
""", {"unit": "日报社党委", "group": "市委第二巡察组", "term": None, "round": None, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # https://atzr.com.cn/info/1040/84577.htm (a prefecture's fourth linked group mobilises at two county bodies and two
    # towns with their villages, in traditional script with pinyin in brackets: every body named is a unit as written (the
    # towns' villages listed after 所轄, settled 8 reading places in a list as written); one group for all, expected as
    # written; 3月25日 has no year)
    ("zhouqu_prefecture_fourth_linked_group_bodies_and_villages_pinyin_trad", "https://atzr.com.cn/info/1040/84577.htm", "noisy", """根據(jù)州委的統(tǒng)一部署,3月25日,州委第四聯(lián)動(dòng)巡察組對(duì)甘肅舟曲特大山洪泥石流搶險(xiǎn)救援紀(jì)念館、舟曲縣拉尕山景區(qū)管理局進(jìn)行聯(lián)動(dòng)巡察;對(duì)立節(jié)鎮(zhèn)及所轄立節(jié)村、北山村、花年村、水地村、瓦土山村、杰迪村、陽陰山村、拉溝村、拉尕村,巴藏鎮(zhèn)及所轄下巴藏村、上巴藏村、前北山村、巴寨溝村、溪嶺村開展巡察“回頭看”。州委巡察組組長(zhǎng)張萬華作動(dòng)員講話,……
""", {"unit": "", "units": ["甘肃舟曲特大山洪泥石流抢险救援纪念馆", "舟曲县拉尕山景区管理局", "立节镇", "立节村", "北山村",
                              "花年村", "水地村", "瓦土山村", "杰迪村", "阳阴山村", "拉沟村", "拉尕村", "巴藏镇", "下巴藏村",
                              "上巴藏村", "前北山村", "巴寨沟村", "溪岭村"], "group": "州委第四联动巡察组", "term": None,
      "round": None, "start": None, "end": None, "feedback_date": None, "figures": []}),
    # http://cehuar.com/news/1741087420600.shtml (a regional propaganda chief's survey and supervision (调研督导) at a
    # monastery, in traditional script on another domain, urging the rectification of an inspection's feedback: a survey,
    # no inspection visit; expects nothing)
    ("samye_monastery_survey_supervision_inspection_rectification_mention_trad", "http://cehuar.com/news/1741087420600.shtml", "noisy", """近日,自治區黨委常委、宣傳部部長汪海洲率隊赴山南桑耶寺調研督導寺廟穩定、日常管理、消防安全、文物保護等相關工作開展情況。……
隨后,汪海洲一行與相關部門同志進行座談,……要持續抓好巡視反饋問題的整改落實,詳細制定整改清單,針對問題舉一反三,拿出有效措施進行整改,確保一次性整改到位、不再反復。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://m.nakedoat.com/gzdt/2013-05/15/content_2403323.htm (a grain administration's deputy head goes to a city to
    # "inspect" (巡視) its grain stock checks, in traditional script with pinyin in brackets: a tour of checks, no party
    # inspection; expects nothing)
    ("grain_administration_deputy_stock_check_tour_2013_pinyin_trad", "http://m.nakedoat.com/gzdt/2013-05/15/content_2403323.htm", "noisy", """2013年5月11日至14日,國(guó)家糧食局黨組成員、副局長(zhǎng)吳子丹赴重慶巡視糧食庫(kù)存檢查工作,并就重慶市啟動(dòng)實(shí)施“糧安工程”等開展調(diào)研。……
吳子丹先后抽查了中儲(chǔ)糧北碚直屬庫(kù)和綦江直屬庫(kù)、重慶上橋國(guó)家糧食儲(chǔ)備庫(kù),登上糧倉(cāng)檢查糧食儲(chǔ)存和質(zhì)量情況,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://eroadfreight.com/szxcrmzf/tzgg/202403/d3629fa4eb284e53b878c0b0fc870776.shtml (a district culture and tourism
    # group's progress on a district round, body without its title line, in traditional script on another domain: the
    # group named 第三巡察組 at the visit and 區委第三巡察組 after, expected in the full form; the unit's bracket written
    # full-width, as the set writes names; 36 problems)
    ("xiangcheng_culture_tourism_group_progress_body_trad", "http://eroadfreight.com/szxcrmzf/tzgg/202403/d3629fa4eb284e53b878c0b0fc870776.shtml", "noisy", """根據區委統一部署,2023年5月16日至6月30日,第三巡察組對相城生態文旅發展(集團)有限公司黨委進行了巡察。2023年8月10日,巡察組向相城生態文旅發展(集團)有限公司黨委反饋了巡察意見。按照黨務公開原則和巡察工作有關要求,現將巡察整改情況予以公布。
一、整改工作組織情況
(一)統一思想認識,誠懇認領問題
生態文旅集團黨委高度重視區委第三巡察組巡察反饋意見,……
(三)制訂整改方案,壓實整改責任
……針對反饋意見存在的36個問題,逐條逐項列出具體措施,……
""", {"unit": "相城生态文旅发展（集团）有限公司党委", "group": "区委第三巡察组", "term": None, "round": None,
      "start": date(2023, 5, 16), "end": date(2023, 6, 30), "feedback_date": date(2023, 8, 10),
      "figures": [("problems", 36)]}),
    # http://www.augandkimi.com/faxianwenlv/1686.html (a city culture and tourism group's progress on a city round, body
    # without its title line, in traditional script with pinyin in brackets: 6月18日 takes 2024 (settled 1); 5個方面33個問題
    # gives 33 (settled 4))
    ("suqian_culture_tourism_group_progress_body_pinyin_trad", "http://www.augandkimi.com/faxianwenlv/1686.html", "noisy", """根據(jù)市委統(tǒng)一部署,2024年3月22日至5月11日,市委第三巡察組對市文旅集團黨委進行了巡察。6月18日,巡察組向市文旅集團黨委反饋了巡察意見。按照黨務(wù)公開原則和巡察工作要求,現(xiàn)將巡察整改進展情況予以公布。
一、整改工作組織情況
……(二)加強組織領(lǐng)導(dǎo),壓實整改責(zé)任。……針對巡察反饋的5個方面33個問題,集團黨委結(jié)合集團實際研究制定了《宿遷文旅集團黨委關(guān)于市委巡察反饋意見整改工作方案》,……
""", {"unit": "市文旅集团党委", "group": "市委第三巡察组", "term": None, "round": None, "start": date(2024, 3, 22),
      "end": date(2024, 5, 11), "feedback_date": date(2024, 6, 18), "figures": [("problems", 33)]}),
    # http://www.gittisbaby.com/n2588025/n2588119/c33569425/content.html (a central pharmaceutical group's progress on its
    # supervising commission's round, under its title, in traditional script on another domain: the unit (named across a
    # short-name bracket) and the commission's group are left unscored; the visit's and feedback's days are read)
    ("sinopharm_commission_fifth_group_progress_trad", "http://www.gittisbaby.com/n2588025/n2588119/c33569425/content.html", "noisy", """中共中國醫藥集團有限公司委員會關于巡視整改進展情況的通報
文章來源:巡視辦 發布時間:2025-05-21
根據國務院國資委黨委統一部署,2024年3月29日至7月18日,國務院國資委黨委第五巡視組對中國醫藥集團有限公司(以下簡稱國藥集團)黨委進行了巡視。2024年8月1日,巡視組向國藥集團黨委反饋了巡視意見。按照巡視工作有關要求,現將巡視整改進展情況予以公布:
一、黨委履行巡視整改主體責任情況
……
""", {"term": None, "round": None, "start": date(2024, 3, 29), "end": date(2024, 7, 18),
      "feedback_date": date(2024, 8, 1), "figures": []}),
    # http://hhygw.cn/fd/jcdt/20211008/105489.html (a provincial discipline group's power supply supervision group
    # (電力保供督導組) makes a look-back (回頭看) at a power plant, in traditional script with pinyin in brackets: a check's
    # look-back, no party inspection; expects nothing)
    ("power_supply_supervision_group_plant_look_back_2021_pinyin_trad", "http://hhygw.cn/fd/jcdt/20211008/105489.html", "noisy", """中國(guó)電力網(wǎng)訊 10月1日國(guó)慶節(jié)當(dāng)天,湖南省紀(jì)委監(jiān)委派駐省發(fā)改委紀(jì)檢監(jiān)察組副組長(zhǎng)徐奮強(qiáng)領(lǐng)隊(duì)的“迎峰度夏”電力保供督導(dǎo)組一行5人來石門發(fā)電公司開展“回頭看”,……
徐奮強(qiáng)傳達(dá)了省發(fā)改委、省能源局關(guān)于電力保供有關(guān)會(huì)議精神,在充分了解了上次督導(dǎo)工作反饋問題的落實(shí)情況后,……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # https://m.wenke99.com/p-4928899.html (a document site's model speech of a city procuratorate's group entering a county
    # procuratorate, with X placeholders and garbled numerals (3个代表, 党的109大, a name blanked as _): the unit and the
    # group (市院第2巡察组) are placeholders or odd and are not scored; no day, no term or round of the visit; the speech's
    # numbered points are no problems)
    ("procuratorate_group_entry_model_speech_placeholders_garbled", "https://m.wenke99.com/p-4928899.html", "noisy", """市院第2巡察组关于开展政治巡察工作的讲话同志们:依照市院巡察工作领导小组的安排,经市院党组同意,从今天开始,市院第X巡察组正式进驻X县人民检察院,将对X县院展开政治巡察。下面,我就扎实认真做好此次巡察工作讲几点意见。1、提高认识,切实增强政治责任感……巡察工作要坚持以马克思列宁主义、毛泽东思想、邓小平理论、“3个代表”重要思想、科学发展观、_新时期中国特点社会主义思想为指点,全面贯彻落实党的109大精神,增强“4个意识”,坚定“4个自信”,……
""", {"units": [], "term": None, "round": None, "start": None, "end": None, "feedback_date": None, "problems": 0,
      "figures": []}),
    # https://feifmx.com/domesticgd/10000159/20190226/35295690.html (a news agency's report of the supreme procuratorate's
    # third round mobilised, in traditional script with pinyin in brackets and stray doubled commas: round 3 from 第三輪巡視
    # and 最高檢黨組第三輪巡視; four provincial procuratorates and three internal bodies are counted, no units; 25日 is the
    # meeting's day)
    ("supreme_procuratorate_third_round_mobilisation_stray_commas_pinyin_trad", "https://feifmx.com/domesticgd/10000159/20190226/35295690.html", "noisy", """新華社北京2月25日電(記者陳菲)最高人民檢察院檢察長(zhǎng)張軍25日在全國(guó)檢察機(jī)關(guān)黨風(fēng)廉政建設(shè)和反腐敗工作會(huì)議暨第三輪巡視工作動(dòng)員部署會(huì)上表示,……
據(jù)悉,,最高檢黨組第三輪巡視將對(duì)4個(gè)省級(jí)檢察院黨組和最高檢3個(gè)內(nèi)設(shè)機(jī)構(gòu)黨組織進(jìn)行專項(xiàng)巡視,。
""", {"unit": "", "units": [], "group": None, "term": None, "round": 3, "start": None, "end": None,
      "feedback_date": None, "figures": []}),
    # http://www.izack.cn/site/article/1270698907074912256/web/content_1270698907074912256.htm (a district group mobilises
    # at the district party history office, in traditional script with pinyin in brackets on another domain: the group
    # named with its district in front read short (settled 9); the unit as the text writes it throughout; the meeting's
    # day 2020年7月1日 is no start)
    ("dazu_party_history_office_fifth_group_mobilisation_2020_pinyin_trad", "http://www.izack.cn/site/article/1270698907074912256/web/content_1270698907074912256.htm", "noisy", """根據(jù)大足區(qū)委關(guān)于巡察工作的統(tǒng)一部署,大足區(qū)委黨史研究室將接受為期2個(gè)月左右的巡察。2020年7月1日下午,大足區(qū)委巡察工作組在大足區(qū)委黨史研究室召開(kāi)巡察工作動(dòng)員會(huì)。
……大足區(qū)委第五巡察組組長(zhǎng)鄧曉鋒通報(bào)了本次巡察的工作重點(diǎn)、總體安排和相關(guān)要求,……
""", {"unit": "大足区委党史研究室", "group": "区委第五巡察组", "term": None, "round": None, "start": None,
      "end": None, "feedback_date": None, "figures": []}),
    # https://xuekejiayuan.com/doc/2612037.html (a document site's model report of a county political-legal committee to
    # an inspection group before the visit, with XX placeholders: no visit is told, and the report's own headings under
    # 二、存在问题 are a body's self-review, no inspection's findings; expects nothing)
    ("political_legal_committee_pre_inspection_self_report_placeholders", "https://xuekejiayuan.com/doc/2612037.html", "noisy", """XX县委政法委员会关于近五年工作情况及巡察准备的汇报
根据县委巡察工作统一部署和巡察组工作要求,现将县委政法委近五年来(2020年-2024年)工作开展情况、存在的突出问题及下一步改进打算汇报如下,恳请巡察组各位领导批评指正。
……
二、存在问题
(一)学习贯彻落实习近平总书记关于政法工作重要论述以及党中央决策部署和省委、市委、县委工作要求方面
(二)履行主责主业方面
(三)防范化解重大风险方面
……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://www.puletter.com/news/company-news/2230.html (a company's "big supervision" joint meeting (大監督工作聯席會議)
    # reviewing its quarter's findings, in traditional script on another domain: an internal supervision meeting, no party
    # inspection, so its 6 and 5 problems are no inspection's; expects nothing)
    ("company_big_supervision_joint_meeting_quarter_findings_trad", "http://www.puletter.com/news/company-news/2230.html", "noisy", """12月23日下午,公司在行政辦公樓四樓會議室召開大監督工作聯席會議。會議由公司黨委委員、紀委書記、大監督協調工作領導小組組長鄧邦偉主持。……
會上,公司大監督工作領導小組辦公室通報了上一季度大監督發現的采購投標文件保管、廉潔協議簽訂等方面6個問題和意見建議的整改落實情況,匯報了2024年第三季度大監督工作發現、報告的公司采購制度協調性、固定資產轉固等方面5個問題和意見建議。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
    # http://vip.vsread.com/book/detail/134491 (a chapter of an online novel about a county's inspection work: fiction, no
    # inspection record, so its 第5轮巡察 and the county court visited by a character are no fields; expects nothing)
    ("inspection_novel_chapter_linked_round_county_court_fiction", "http://vip.vsread.com/book/detail/134491", "noisy", """第29章 上下联动巡察
作品名称:疾风劲吹飞鸣镝      作者:与民心同行      发布时间:2021-06-03 18:18:22
  (1)庭长的检讨书
  第5轮巡察方案提出,对县级法院的巡察,是上下联动巡察,……县级法院的巡察工作要与兰江市中级法院的巡察工作同步推进。……
  经过一番考量,季福民和姚广成决定,安排冯天宇巡察县法院,安排曾经担任过县委副秘书长的刘洪玉巡察公安局。……
""", {"units": [], "group": None, "term": None, "round": None, "start": None, "end": None, "feedback_date": None,
      "problems": 0, "figures": []}),
]
