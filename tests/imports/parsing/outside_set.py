"""The measured outside set (issue 14): short excerpts of public texts the importer was not written against, each
with the fields a careful reader extracts from it, checked by reading. Excerpts keep only the sentences that state
those fields; "……" marks a cut, and a list of units cut short says so. Absent stays absent: a field the text does
not state is expected as None/"" and is scored as invented when the importer fills it.

Settled conventions (the integrator's decision in the r14 pass, on readings earlier batches' readers disagreed on;
every batch's expectations follow them, each corrected one marked "settled convention N"):
1. A feedback day written without a year, in a text whose visit has a year, takes the year that puts it after the
   visit's end (the visit's year when its month/day is on or after the visit's end, else the next year), whether the
   text tells it before or after the visit. A span of feedback days without a year likewise (its first day).
2. A round or term named only in the title of a plan that a meeting discussed, passed or issued
   (《…十八届县委第一轮巡察工作方案》, 《…2023年第一轮巡察工作实施方案》) is the text's round/term when the text names no
   other round.
3. 未完成整改N个 / 未完成N个 / 尚未完成N个 (problems or measures not yet completed) is the in-progress count (figure
   in_progress N).
Settled in the r15 pass, likewise:
4. A text that counts problems at two levels (3个方面的7项问题，细化分解为20个具体问题; 4个方面存在的14项28个具体问题)
   has the finer count as its problems figure (20; 28, as the pinned r10 asdi_rectification_meeting reads it); the
   coarser count (7项问题, 14项) is no figure.
5. A feedback news that names the unit short in its meeting's name or visit (召开巡察市交通运输局情况反馈会) and the
   body the feedback goes to in full (向市交通运输局党组反馈巡察情况) has the fuller name as its unit (市交通运输局党组),
   as the pinned dangyang_science reads it. (A progress report's unit stays the visit's, as the pinned
   anqing_transport_progress and huiji_procuratorate_progress read it: the convention is one of feedback news.)
Settled in the r16 pass, likewise:
6. Clues an inspection found, held or handed over (发现问题线索N件, 掌握问题线索N个, 移交/移送问题线索N件) are the clues
   figure (metric clues_transferred, 移交问题线索), as the pinned r7 jingmen_rf (发现问题线索85件) and r11
   xialu_first_round_clues (掌握问题线索3个) read them; clues received from letters (受理信访…) are no figure. (r15's
   anhui_tenth_term_first_round_summary, whose reader left its 411 clues out, gets them; a scan of every batch for
   问题线索 with a count found no other expectation against it.)
Settled in the r18 pass, likewise (the r17 one-run showed a reader departing from written and pinned readings):
7. A unit named in a round's list keeps its bracketed second name or its included bodies as the text writes them
   (市委政策研究室（市委改革办）, 省司法厅（含省监狱管理局）, 市统计局党组（社会经济调查队）), with full-width brackets, as the
   written convention of r13 says ("keeps a bracketed second name in round lists"). (Corrected: r17's jieyang, shantou,
   meizhou, gansu ninth round and xiqu lists, fukang's one unit, as r11's and r12's written convention keeps the visit's
   bracketed second name, and r16's jiangxi 省人大机关（包括…） and 省委政法委（包括…）; a scan of every batch for an expected name followed in
   its text by a bracket found no other.)
8. Places named in a round's list of inspected bodies (对A市、B县、C区…开展巡视/巡察, 进驻A县、B县) are units of the
   round, written as the text writes them, as the pinned r8, r10 and r12 lists read them (黄冈市, 蕲春县, 湘潭县,
   长沙市天心区). This is about lists; a progress report about ONE place visited keeps the title's body (the
   KNOWN_MISSES wuhan_devzone reading) and a place named only as where a meeting was held is no unit. A place that
   only qualifies counted bodies inside it (对忻城县、金秀瑶族自治县40个深度贫困村, 对永登县、榆中县…所属16个乡镇党委,
   以及无为县、南陵县28个镇71个贫困村) is not itself inspected and is no unit (r17's laibin, lanzhou and wuhu stand as
   read; a scan of every batch's round lists of places found no expectation against the convention).
Settled in the r21 pass, likewise:
9. A group named with its owner's place in front (宁德市委巡察三组, 咸阳市委第七巡察组) is expected in the short form
   the set reads everywhere else (市委巡察三组, 市委第七巡察组), as the importer reads it; r13's written convention
   had left such groups unscored. The owner's kind stays (昌吉州党委第四巡察组 -> 州党委第四巡察组, as the text itself
   says 州党委; 商投集团党委第二巡察组 -> 集团党委第二巡察组, as r8's group_fourth; a zone's name before its working
   committee likewise, 城乡一体化示范区党工委第二巡察组 -> 示范区党工委第二巡察组, as r8's jiyuan_culture writes it).
   (Corrected: r16's yizheng, r17's baiyunshan and fukang, r18's changwu, sanmenxia, shimen and shiping, r20's
   sichuan_commerce_investment; a scan of every batch's expected groups against their texts found no other. r17's
   wuzhou 自治区生态环境厅党组第一巡察组 names a department, not a place, and stays.)
Settled in the r25 pass, likewise (the r20, r21 and r24 readers wrote the opposite of pinned texts on the first, and
the r24 readers expected absent what r13's written convention had left unscored on the second):
10. The day a group entered (进驻, 正式进驻, 完成进驻, 入驻) is the visit's start when the text tells no span of the visit, as
    the pinned r10 wuling, r12 tongshan, r14 chongchuan, r20 baiyin and r21 shupl read it; for a round whose groups
    entered on several days (8月26日、27日…先后进驻) it is the first of them. A mobilisation or meeting day is no start
    unless the text says the group entered that day. A visit's end is never read from its planned length (2个月左右).
11. A span told in parts of months (2020年7月下旬至10月上旬, 3月初至4月底, 8月中旬起) gives neither a start nor an end
    day: the importer leaves both absent (since the r25 pass) and the expectation is None. (A span told in whole
    months, 2024年3月至5月, still gives the months' first and last days, as the pinned r10 changsha_court reads it.)
    (r24's jiaokou, menglian, longhu eighth round and lianping absence checks stand; the r10-r13 texts whose parts of
    months were left unscored stay unscored.)
Settled in the r28 pass, likewise (the r27 readers expected absent what the c-dev5 reading had dated):
12. One day told by its month only (2021年9月反馈了巡视情况, 2024年4月…反馈) gives no date: a feedback (or an entry) is
    on one day, and the month's first would be a guess the ledger shows as stated; the importer leaves it absent and
    warns "反馈日期只写到月份…留空待补" (since the r28 pass). A visit's span in whole months keeps its bounds (settled 11).
    (Corrected: c-dev5's central_universities; the seed corpus's Fushun report, 2022年8月, now has no feedback day.)
Settled in the r30 pass, likewise (the r29 reader left absent what the pinned r12 fuzhou_united_front_feedback dates):
13. A visit told by one whole month (2024年6月，区委第三巡察组对…开展常规巡察; 2024年5月，市委巡察三组对…开展了巡察) keeps
    that month's first and last days, at month precision, as a span in whole months does (settled 11). Settled 12 is
    about one day (a feedback, an entry); a visit is a span, and the month bounds it. (Corrected: r29's hanshan.)
Settled in the r31 pass, likewise (the r27 and r30 readers read as none what the r28 pass had corrected to a round):
14. A mobilisation that conveys the words a secretary said on hearing a round's report (传达…在听取十四届省委第六轮巡视
    情况汇报时的讲话精神) names the round heard, which is over; the visit it mobilises is of a round it does not name, so
    no term and no round. A feedback conveying such words is of the round heard (r1's five_schools), and a round named
    as the one a meeting deploys (六届市委第六轮巡察动员部署会, r23's tiantai) is the text's. (Corrected back: r27's
    qinghai transport department, which the r28 pass had read by the feedback's analogy.)
Settled in the r32 pass, likewise (the r27, r28 and r31 readers kept a place as written where the set reads its committee):
15. One place visited (a county, district, town or township: 省委第七巡视组进驻鄂城区, 进驻泉山镇开展常规巡察) is the party
    organisation inspected, its committee (鄂城区委, 泉山镇党委), when the text names that committee (鄂城区委书记…主持会议,
    泉山镇党委…整改); a 巡视/巡察 inspects a party organisation, as the seed corpus's progress reports read their places
    (对抚顺市进行了巡视 -> 抚顺市委). A place the text names no committee of stays as written, and places in a round's list
    stay as written (settled 8). (Corrected: r27's minqin, r28's tengxian, r31's echeng and mouding.)
16. A count of two kinds of action together (给予党政纪及组织处理181人, 组织处理及诫勉谈话548人) is no figure of either kind,
    as the r29 reader read yinchuan's: the ledger's metrics count one kind each. (Corrected: r31's petrochina totals.)
Settled in the r38 pass, likewise (the r34 reader read a story's sum recovered as no metric, where reports' are read):
17. A sum got back because of the inspection (追回/追缴/清退/挽回…N万元), told as a total or as one case in a story of
    one visit (终于在4月11日追回租金2万元), is the funds_recovered figure; money owed, paid without a recovering verb
    (收到了…租金), or left to pay (余下/剩余…) is none. (Corrected: r34's yinjiang rent story; a scan of every batch for a
    recovering verb before a sum found no other expectation against it.)
18. A party organisation the text names in full (对中共阳谷县实验幼儿园支部委员会开展了巡察, 中共海南农垦草畜产业集团有限公司
    委员会) is expected in the short form the set and the ledger write (阳谷县实验幼儿园党支部, 海南农垦草畜产业集团有限公司
    党委), as the seed corpus's 中共X大学委员会 is X大学党委 and groups are short (settled 9). (Corrected: r27's hainan farms
    report, r37's yanggu kindergarten; a scan of every batch for an expected unit opening with 中共 and ending in 委员会
    found no other.)

`extract` reads the importer's answer in the same terms; `score` compares. Used by test_outside_set.py (which pins
every field) and bench/importer_accuracy.py (which prints the shares)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from imports.parsing import DocumentError, parse_text

from . import outside_c as c_batch
from . import outside_new as new
from . import outside_r6 as r6
from . import outside_r7 as r7
from . import outside_r8 as r8
from . import outside_r9 as r9
from . import outside_r10 as r10
from . import outside_r11 as r11
from . import outside_r12 as r12
from . import outside_r13 as r13
from . import outside_r14 as r14
from . import outside_r15 as r15
from . import outside_r16 as r16
from . import outside_r17 as r17
from . import outside_r18 as r18
from . import outside_r19 as r19
from . import outside_r20 as r20
from . import outside_r21 as r21
from . import outside_r22 as r22
from . import outside_r23 as r23
from . import outside_r24 as r24
from . import outside_r25 as r25
from . import outside_r25b as r25b
from . import outside_r26 as r26
from . import outside_r26b as r26b
from . import outside_r26c as r26c
from . import outside_r26d as r26d
from . import outside_r27 as r27
from . import outside_r27b as r27b
from . import outside_r27c as r27c
from . import outside_r27d as r27d
from . import outside_r28 as r28
from . import outside_r28b as r28b
from . import outside_r28c as r28c
from . import outside_r28d as r28d
from . import outside_r29 as r29
from . import outside_r29b as r29b
from . import outside_r29c as r29c
from . import outside_r29d as r29d
from . import outside_r30 as r30
from . import outside_r30b as r30b
from . import outside_r30c as r30c
from . import outside_r30d as r30d
from . import outside_r31 as r31
from . import outside_r31b as r31b
from . import outside_r31c as r31c
from . import outside_r31d as r31d
from . import outside_r32 as r32
from . import outside_r32b as r32b
from . import outside_r32c as r32c
from . import outside_r32d as r32d
from . import outside_r33 as r33
from . import outside_r33b as r33b
from . import outside_r33c as r33c
from . import outside_r33d as r33d
from . import outside_r34 as r34
from . import outside_r34b as r34b
from . import outside_r34c as r34c
from . import outside_r34d as r34d
from . import outside_r35 as r35
from . import outside_r35b as r35b
from . import outside_r35c as r35c
from . import outside_r35d as r35d
from . import outside_r36 as r36
from . import outside_r36b as r36b
from . import outside_r36c as r36c
from . import outside_r36d as r36d
from . import outside_r37 as r37
from . import outside_r37b as r37b
from . import outside_r37c as r37c
from . import outside_r37d as r37d
from . import outside_r38 as r38
from . import outside_r38b as r38b
from . import outside_r38c as r38c
from . import outside_r38d as r38d
from . import test_outside_documents as known

# The batch collected beside the last rules pass and never seen by it, run once by the integrator on these rules;
# r10-held was tuned on in the r11 pass, r11-held in the r12 pass, r12-held in the r13 pass, r13-held in the r14 pass,
# r14-held (outside_r14.py, one run 217/244 = 88.9 %, 4 invented) in the r15 pass, r15-held (outside_r15.py, one run
# 205/236 = 86.9 %, 10 invented) in the r16 pass, r16-held (outside_r16.py, one run 145/172 = 84.3 %, 7 invented) in the
# r17 pass, r17-held (outside_r17.py, one run 356/441 = 80.7 %, 37 invented) in the r18 pass, r18-held (outside_r18.py,
# one run 266/295 = 90.2 %, 15 invented, 4 template-sharing texts left out) in the r19 pass, r19-held (outside_r19.py,
# one run 97/113 = 85.8 %, 6 invented, 6 template-sharing texts left out) in the r20 pass, r20-held (outside_r20.py,
# one run 167/184 = 90.8 %, 8 invented, 6 template-sharing texts left out) in the r21 pass, r21-held (outside_r21.py,
# one run 178/196 = 90.8 %, 2 invented, 9 template-sharing texts left out) in the r22 pass, r22-held (outside_r22.py,
# one run 177/202 = 87.6 %, 3 invented, 5 template-sharing texts left out) in the r23 pass, r23-held (outside_r23.py,
# one run 125/137 = 91.2 %, 5 invented, 6 template-sharing texts left out) in the r24 pass, r24-held (outside_r24.py,
# one run 268/301 = 89.0 %, 11 invented, 5 template-sharing texts left out; 8 of the 11 parts-of-month days, which
# settled convention 11 now leaves absent) in the r25 pass, and all are pinned like the others; the next batch is
# registered here until a rules pass has worked on it. r25-held (outside_r25.py and outside_r25b.py, two collectors
# with disjoint shares: enterprises and institutions, and places; one run 170/210 = 81.0 %, 30 invented, 8
# template-sharing texts left out) was worked on in the r26 pass, and r26-held (outside_r26.py, outside_r26b.py,
# outside_r26c.py and outside_r26d.py: four collectors with disjoint shares; one run 149/175 = 85.1 %, 6 invented, 11
# template-sharing texts left out) in the r27 pass, and r27-held (outside_r27.py, outside_r27b.py, outside_r27c.py and
# outside_r27d.py; one run 216/256 = 84.4 %, 16 invented, 10 template-sharing texts left out) in the r28 pass; all are
# pinned like the others, as is r28-held (outside_r28.py, outside_r28b.py, outside_r28c.py and outside_r28d.py; one run
# 138/173 = 79.8 %, 14 invented, 8 template-sharing texts left out), worked on in the r29 pass. r29-held
# (outside_r29.py, outside_r29b.py, outside_r29c.py and outside_r29d.py, four collectors with r26's shares), collected
# beside the r29 pass (one run 140/179 = 78.2 %, 7 invented, 4 template-sharing texts left out), was worked on in the
# r30 pass and is pinned like the others, as is r30-held (outside_r30.py, outside_r30b.py, outside_r30c.py and
# outside_r30d.py, four collectors with r26's shares; one run 180/200 = 90.0 %, 2 invented, 3 template-sharing texts left
# out), worked on in the r31 pass, and r31-held (outside_r31.py, outside_r31b.py, outside_r31c.py and outside_r31d.py;
# one run 159/220 = 72.3 %, 4 invented, 6 template-sharing texts left out), worked on in the r32 pass, and r32-held
# (outside_r32.py, outside_r32b.py, outside_r32c.py and outside_r32d.py; one run 178/213 = 83.6 %, 3 invented, 4
# template-sharing texts left out), worked on in the r33 pass, and r33-held (outside_r33.py, outside_r33b.py,
# outside_r33c.py and outside_r33d.py; one run 164/199 = 82.4 %, 15 invented, 5 template-sharing texts left out), worked
# on in a short r34 pass, and r34-held (outside_r34.py, outside_r34b.py, outside_r34c.py and outside_r34d.py, four
# collectors with r26's shares; begun beside the r34 pass until the search tool's budget ran out, topped up in the
# next session before any rules changed; one run 172/190 = 90.5 %, 11 invented, 10 template-sharing texts left out),
# worked on in the r35 pass, and r35-held (outside_r35.py, outside_r35b.py, outside_r35c.py and outside_r35d.py,
# four collectors with r26's shares, collected beside the r35 pass; one run 108/128 = 84.4 %, 12 invented, 9
# template-sharing texts left out), worked on in the r36 pass. r36-held (outside_r36.py, outside_r36b.py,
# outside_r36c.py and outside_r36d.py, four collectors with r26's shares, collected beside the r36 pass; one run
# 139/154 = 90.3 %, 7 invented, 7 template-sharing texts left out), worked on in the r37 pass. r37-held (outside_r37.py,
# outside_r37b.py, outside_r37c.py and outside_r37d.py, four collectors with r26's shares; begun beside the r37 pass with
# the last of a session's search budget, topped up in the next session before any rule changed) is the batch run once
# (143/170 = 84.1 %, 7 invented, 8 template-sharing texts left out), worked on in the r38 pass and pinned like the
# others. r38-held (outside_r38.py, outside_r38b.py, outside_r38c.py and outside_r38d.py, four collectors with r26's
# shares, collected beside the r38 pass) is the batch run once (173/207 = 83.6 %, 8 invented, 6 template-sharing texts
# left out), to be worked on in the next pass.
UNSEEN_BATCHES: frozenset[str] = frozenset({"r38-held"})

# Fields of tuned cases the rules do not reach without a hack, as score() names them: (case name, field) -> why.
# The family tests skip exactly these and fail when one comes out right, so the list stays true.
_HENAN_KIND_LISTS = (
    "a radio report's lists under kind headings with colons in one sentence (第一轮巡视的省辖市有:A、B…,省直委厅局:C、"
    "D…); a colon after a kind ends a list, and reading 省直委厅局 as a heading rather than a name needs a rule fitted to"
    " this sentence (the kinds are not counted, so the counted-kind rules do not apply)"
)

KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("xiangcheng_villages", "figures:('problems', 562)"):
        "the count follows a quoted label (…等“新疾”562个) with no word for problems; reading any count after a quoted"
        " word as findings would invent others",
    ("zhakou_runtogether", "problems"):
        "the copier lost the full stop after 汇报, so the leader's findings (赵培华指出，…等“五有”问题) run on inside the"
        " sentence stating the visit, which is no finding",
    ("jiangsu_port_trad", "units:江苏远洋"):
        "an enterprise named by its brand, without an organisation's ending; names of any shape would take subjects",
    ("jiangsu_port_trad", "units:南京港机重工"):
        "an enterprise named by its brand, without an organisation's ending; names of any shape would take subjects",
    # r11-held, after the r12 pass: a place visited and a count whose unit the conversion lost (its three readings
    # two batches' readers disagreed on were settled in the r14 pass: settled conventions 1-3).
    ("wuhan_devzone_provincial_progress", "unit"):
        "the visit names a place (对武汉经开区开展了常规巡视); a place visited keeps the title's body (中共武汉经开区党工委),"
        " as the seed corpus's cities and districts do (对抚顺市进行了巡视 -> 抚顺市委), where the r11 reader scores the"
        " place",
    ("hengyang_hospital_progress_digits", "figures:('completed', 9)"):
        "已完成整改9(含…) lost its 个 in conversion; a number with no unit after it is no count without a hack",
    # r12-held, after the r13 pass: fields the rules do not reach without a rule fitted to one text (its three yearless
    # feedback days were settled in the r14 pass: settled convention 1).
    ("district_disabled_feedback", "problems"):
        "four findings told by aspect inside the leader's sentence (一是在…方面，存在A等问题；二是…) each close with 等问题,"
        " which the rules read as a list cut short (a sample, not scored) everywhere else",
    ("fengxian_red_cross_joint_study", "unit"):
        "a joint study session of the group and the unit (区委第二巡察组、区红十字会党组开展…联组学习会) names two bodies side"
        " by side; taking the second as the visit would name a group's partner in any joint meeting",
    ("fuzhou_united_front_feedback", "unit"):
        "the title names the unit short (向市委统战部反馈) and the visit with its members in brackets"
        " (对市委统战部(含中华职教社、市台联、市金门联)开展); the title's name wins, as in every pinned feedback news",
    ("state_grid_term_figures", "figures:('problems', 3779)"):
        "a term's totals opening a subtitle line (发现问题3779个,问题线索3373件,…) with the inspections named only in the"
        " headline above (9轮巡视); a bare 发现问题N个 is no inspection's finding unless tied to one (a check's or a"
        " survey's would be read too); the other four counts are read",
    ("panji_fifth_round_group_notice", "group"):
        "a round's notice naming one group for five units (区委第二巡察组负责对A、B…等5家单位开展常规巡察): a round-level"
        " text keeps no group, as the pinned notices of several groups require",
    ("provincial_transport_department_year_hearing", "unit"):
        "a party group hearing its year's inspections (省交通运输厅党组召开2021年巡察…汇报会) is read as that body's own"
        " inspection record; no rule tells a hearing body from an inspected one without a phrase of this text",
    ("zigong_literary_feedback_digits", "problems"):
        "four shortcomings listed with 、 after 等3个方面存在 end the paragraph without 等问题。's full stop (…有差距等问题"
        " then a new line); the rules count the aspects' clause as one problem",
    ("new_term_first_round_review_trad", "term"):
        "a leading group reviewing its first round (审议了五届市委首轮巡察情况报告) beside the previous term's report"
        " (四届市委第十三轮): two terms' rounds in one text give none, as the pinned rule on several rounds says",
    ("new_term_first_round_review_trad", "round"):
        "the same review's round (see its term)",
    # r14-held, after the r15 pass: a junk page whose headings the rules read as several problems (its sibling, a
    # speech with broken lines, states no visit and so no problem since the r16 pass).
    ("first_round_feedback_plan_toc_junk", "problems"):
        "a document site's table of contents (首轮巡察反馈工作方案一、巡察工作背景与意义 / 1.1政策背景… / 第2页 / 下载本文档):"
        " its headings are read as items (7); telling an outline from a news item's own headings needs a rule fitted"
        " to this page's chrome",
    # r15-held, after the r16 pass: two fields the rules do not reach without a rule fitted to one text.
    ("binhai_port_park_progress", "round"):
        "the round is named only as a meeting the unit studied, without its body (…以及市委书记专题会议、第五轮巡察集中反馈会"
        "要求), in the sentence that studies a central round (二十届中央第二轮巡视); a progress report takes a round further"
        " down only with its group's own body (市委第N轮), and reading a bodiless round beside a superior's would take"
        " the superior's rounds elsewhere",
    ("puyang_development_zones_special_round", "figures:('problems', 400)"):
        "the count is told of 监督 (…开展监督，发现开发区…等方面问题400余个) in a sentence naming no inspection; a bare"
        " 发现问题N个 is no inspection's finding unless tied to one, as for state_grid_term_figures (a check's or a"
        " survey's would be read too)",
    # r16-held, after the r17 pass: four fields the rules do not reach without a rule fitted to one text.
    ("jiangxi_second_round_28_units_lines",
     "units:省人大机关（包括省人大常委会办公厅和省人大内务司法委、省人大财政经济委、省人大教育科学文化卫生委、省人大农业和农村委、省人大环境资源保护委、省人大法制委、省人大常委会法工委、省人大常委会选任联工委、省人大常委会外侨民宗工委、省人大常委会预算工委10个专门委员会）"):
        "the list's first name follows a line of counted kinds that ends without a stop (…人民团体10个), so the cleaner"
        " joins the two as one wrapped sentence; telling a list's first name from a wrapped line's tail needs the"
        " page's layout (the other seven names, one a line under 28家被巡视单位, are read)",
    ("xiangqiao_agriculture_crossed_special_progress", "group"):
        "the group is named with its round's kind before it and no owner (专项巡察第五交叉巡察组); a group's name starts"
        " at its owner (市委, 县委…), and taking a kind before a bare group would take the visit's words"
        " (开展专项巡察第一巡察组进驻…) into other groups' names",
    ("yizheng_zone_linked_mobilisation_gaming_copy", "group"):
        "the unit is written with a square-bracketed list of the parks it includes, itself holding a bracket"
        " (仪征经济开发区[含统筹管理的扬州化学工业园区、扬州(仪征)汽车工业园、…]), read as a list of units, so the text"
        " is round-level and keeps no group; nested brackets of mixed kinds are not parsed (the group is expected"
        " as 市委第一联动巡察组 by settled convention 9, its city 扬州 dropped)",
    # r17-held, after the r18 pass: fields the rules do not reach without a rule fitted to one text.
    ("wuzhou_monitoring_centre_department_group_appraisal", "group"):
        "a regional department's own group (自治区生态环境厅党组第一巡察组): the owner before 党组 is not one of the"
        " ministries or commissions whose groups keep it (国资委, 最高人民检察院); widening the owner to any 厅 would take"
        " a unit's name into the groups of texts naming a 厅党组 as the unit",
    ("hecheng_district_provincial_progress", "unit"):
        "the title names the body with its city (中共怀化市鹤城区委) and the visit without it (对鹤城区委进行了巡视); the"
        " importer keeps the city the text names, as the seed corpus's units are pinned (沈河区委 -> 沈阳市沈河区委),"
        " where the r17 reader takes the visit's short name",
    ("longhu_sanitation_centre_look_back_feedback", "unit"):
        "the page's byline names the body with its city (汕头市龙湖区环境卫生事务中心), so the unit keeps the city as the"
        " seed corpus's units do (see hecheng_district_provincial_progress); the r17 reader takes the headline's name",
    ("henan_2014_first_round_thirteen_units", "units:商丘市"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:驻马店市"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:漯河市"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:济源市"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:国资委"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:发改委"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:国土厅"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:住建厅"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:财政厅"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:交通厅"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:科技厅"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:农业厅"):
        _HENAN_KIND_LISTS,
    ("henan_2014_first_round_thirteen_units", "units:林业厅"):
        _HENAN_KIND_LISTS,
    ("lanzhou_fourteenth_term_second_round_feedback", "units:市卫健委"):
        "the round's one named unit is visited for a subject (对市卫健委疫情防控工作开展了专项巡察) after counted towns of"
        " places; a single unit given its own visit is added to a round only once a list of two is read, and reading"
        " every single visit as a round's unit would take a news item's own unit into rounds",
    ("wuhu_health_poverty_special_round_launch", "units:市卫计委"):
        "the one named unit is the example of a counted kind joined by 和 to a second kind with no count (对市卫计委等"
        "市本级10个公立医疗卫生单位和四县四区全部公立医疗卫生单位): the example rule reads one example per counted kind in"
        " a sentence of several kinds, and a kind without a count (全部…单位) is not read as one",
    ("xiqu_health_red_cross_progress_runtogether", "start"):
        "the visit's days lost their 年 and 月 (2025324日至56): the end 56 has lost its 月 and 日 with no character after"
        " it to mark it a day (…至56对区卫生健康局…), and reading any two digits after 至 as a month and day would read"
        " counts; the start alone is not kept without its end",
    ("xiqu_health_red_cross_progress_runtogether", "end"):
        "the same run-together range (see its start)",
    ("lvliang_feedback_generated_essay", "problems"):
        "a generated essay that tells a provincial inspection's findings as a numbered list (省委巡视组在巡视吕梁市过程中，"
        "发现了以下主要问题：1.…5.); it reads like a feedback news, and telling a generated essay from a real one needs a"
        " rule fitted to its wording (引言, 契机)",
    ("duchang_provincial_poverty_special_rectification_check", "feedback_date"):
        "the feedback day is told as 去年12月14日 in a check's report dated only by its own 5月8日 (no year on the page);"
        " settled convention 1 gives 2016 from the visit (2016年9月27日至10月27日), but 去年 ties the day to the"
        " report's year, which the text never states, so the importer leaves it absent rather than choose",
    # r18-held, left after the r19 rules pass
    ("wujin_offices_administration_rectification_meeting", "unit"):
        "a rectification news opened by the feedback's title (根据…《关于巡察X党组的反馈意见》要求) with no report title and"
        " no visit stated; the importer refuses it as no inspection text, and reading any quoted title as a visit would"
        " take documents merely cited",
    ("suihua_committee_provincial_feedback", "unit"):
        "the feedback goes to a person and the body together (向绥化市委书记曲敏和领导班子反馈): the name of a leader"
        " before 和领导班子 would need a rule splitting a post and a name from a body, which r7's 王某同志和X领导班子 rule"
        " does not reach (书记+name, no 同志)",
    ("hunan_disease_control_centre_commission_round_hearing", "unit"):
        "a hearing of the unit's report (听取湖南省疾病预防控制中心党委工作专题汇报) names the unit only as the speaker of"
        " a report; 听取X汇报 is said of rounds and groups too, so it is not read as the unit visited",
    ("tongcheng_education_bureau_school_meals_mobilisation", "unit"):
        "the unit is named inside the meeting's name (市委第一巡察组巡察市教育局党委暨…专项巡察工作动员会召开) with"
        " 巡察 as the verb and no 对; r16's 对X巡察“回头看”工作动员会 rule needs 对",
    ("yiyang_experimental_primary_school_education_inspection_feedback", "unit"):
        "the feedback goes to a school without 党组织 (向益阳市实验小学反馈) while the text later names 实验小学党组 as a"
        " shortcoming's subject; the importer takes the body named with 党组, the reader the school as the feedback names it",
    ("yiyang_experimental_primary_school_education_inspection_feedback", "feedback_date"):
        "the byline's page date (10月11日讯) is taken before the body's 10月10日; the page date rule (r7) was written for"
        " texts that state no day of their own",
    ("hunan_cppcc_offices_rectification_life_meeting", "unit"):
        "the unit holds its own rectification life meeting (召开省政协机关党组巡视整改专题民主生活会) named by the"
        " meeting's name only; r7's rule reads X局召开…民主生活会 with the unit as the subject, not inside the meeting's name",
    ("henan_cppcc_offices_tenth_round_preparation", "unit"):
        "the unit preparing for the visit (省政协机关党组召开专题会议…配合巡视组进驻省政协机关) is read from 进驻 without"
        " its 党组, where the reader takes the body that speaks",
    ("yellow_river_commission_third_round_launch", "units:黑河流域管理局党组"):
        "a list cut by the copier right after its first name (分别对黑河流域管理局党组、……): a one-name list ended by the"
        " cut is not read as a list, and reading one would take names before any ……",
    ("hebei_tenth_term_third_round_places_pinyin", "units:宽城满族自治县"):
        "the last name before the copier's …… (…承德县、宽城满族自治县……等41个县) is lost with the cut; the other"
        " names of the list are read",
    ("water_ministry_eighth_round_hearing_copy", "figures:('problems', 343)"):
        "the ministry's running total over 28 bodies (截至目前…已对28家部属单位进行了“政治体检”，发现…问题343个) is told in"
        " a quoted leader's speech of a hearing, which the importer reads as no visit's findings",
    ("xiuyu_service_centre_crossed_special_progress_runtogether", "unit"):
        "the visit's object is a reform of the unit (对秀屿区行政服务中心“放管服”改革进行了巡察) and the feedback goes to"
        " its short name (区行政服务中心); the importer takes the short one, where settled convention 5 keeps the fuller"
        " name only for a 党组 named in full",
    ("xiuyu_service_centre_crossed_special_progress_runtogether", "group"):
        "a crossed group named with its round's kind (市委县区交叉巡察五组), read as 巡察五组 (see r16 xiangqiao's)",
    ("xiuyu_service_centre_crossed_special_progress_runtogether", "feedback_date"):
        "the feedback day lost its 月 and 日 (75日 for 7月5日) after a full visit range: r17's run-together rule reads a"
        " range's end, not a feedback day standing alone at a sentence's start",
    # r19-held, left after the r20 rules pass
    ("xuchang_dongcheng_district_progress", "unit"):
        "the title's body is written with 中共 (中共许昌市东城区工委) and the visit names only the place (对东城区进行了"
        "巡察); the importer drops the leading 中共 of a title's body, as r10's written convention leaves such names"
        " unscored elsewhere; the reader keeps the title's body as written (see wuhan_devzone)",
    ("luoyang_emergency_bureau_disaster_special_mobilisation", "unit"):
        "the meeting's name runs a doubled group into the unit (市委第二巡察组专项巡察组专项巡察市 应急管理局党委工作动员"
        "会议, with a stray space); the importer cuts the name at the doubled 组, keeping its tail with the unit",
    ("zhaozhou_seventeenth_term_sixth_round_mobilisation_betting_copy", "units:实验高中"):
        "a school named short with no 学校/中学 ending (实验高中) in a round's list; the list splitter keeps only names with"
        " a body's ending, and admitting any short name would take list fragments",
    ("yunnan_2014_first_round_summary", "units:昭通"):
        "a prefecture named bare, with no 市/州 ending, in a list closed by its count (昭通、曲靖、红河、大理、普洱、迪庆6个州市): settled convention 8 keeps places as written, but the list splitter needs a place ending; reading bare two-character names as places before N个州市 is left for a rule over counted place lists",
    ("yunnan_2014_first_round_summary", "units:曲靖"):
        "see yunnan_2014_first_round_summary units:昭通",
    ("yunnan_2014_first_round_summary", "units:红河"):
        "see yunnan_2014_first_round_summary units:昭通",
    ("yunnan_2014_first_round_summary", "units:大理"):
        "see yunnan_2014_first_round_summary units:昭通",
    ("yunnan_2014_first_round_summary", "units:普洱"):
        "see yunnan_2014_first_round_summary units:昭通",
    ("yunnan_2014_first_round_summary", "units:迪庆"):
        "see yunnan_2014_first_round_summary units:昭通",
    # r20-held, after the r21 rules pass: nothing left (185/185)
    # r21-held, after the r22 rules pass: one field the rules do not reach without a rule fitted to one text (196/197)
    ("zhejiang_tourism_college_department_group_mobilisation", "group"):
        "a provincial department's own group (省文化和旅游厅党组巡察二组), read 党组巡察二组 without its owner, for"
        " wuzhou_monitoring_centre_department_group_appraisal's reason: the owner before 党组 is not one of the"
        " ministries or commissions whose groups keep it, and widening the owner to any 厅 would take a unit's name"
        " into the groups of texts naming a 厅党组 as the unit",
    # r22-held, after the r23 rules pass: 12 fields the rules do not reach without a rule fitted to one text (191/203)
    ("pingliang_road_centre_department_group_mobilisation", "group"):
        "a provincial department's own group (省交通运输厅党组第一巡察组), read 党组第一巡察组 without its owner, for"
        " wuzhou_monitoring_centre_department_group_appraisal's reason (as r21's zhejiang tourism college)",
    ("tianjin_performing_arts_group_city_feedback_2016", "problems"):
        "a page's byline in day.month.year form (04.06.2016  17:44) read as a finding, and 一是…二是…三是 points broken"
        " by the excerpt's cuts (……) into sentences read one by one; reading a bare DD.MM.YYYY line as a byline would"
        " need a rule for a form no other text uses",
    ("wuhan_virology_institute_academy_visit_2010", "unit"):
        "the group arrives (莅临武汉病毒所开展巡视工作) where the visit verbs are 对/进驻/巡视, and the headline names it"
        " short (到病毒所开展巡视工作) with its city, not a 市/区/县, before it in the body: two names the unit matcher"
        " does not join",
    ("zisu_physical_education_branch_mobilisation", "unit"):
        "the unit is named only in what the group will do (巡察组将对体育教研部直属党支部领导班子…进行全面政治体检), a"
        " phrasing of one speech; reading 对X领导班子…进行 as the visit would take any body a speech mentions",
    ("zengcheng_youth_league_round_rectification_news", "unit"):
        "the unit is named only in a finding's clause with no dated visit (增城区委巡察组对团区委巡察中发现); the visit"
        " statement the unit search starts from needs a date, and a dateless 对X巡察中发现 alone would name the bodies of"
        " round summaries",
    ("airline_group_2023_first_round_five_units", "figures:('problems', 59)"):
        "the 59 problems are counted in a sentence the excerpt cut from the visit's (……共发现59个突出问题) with no word of"
        " 巡视, 反馈 or 指出 in it; reading any 共发现N个问题 as the inspection's would take in checks' and audits' counts",
    ("laiwu_civil_affairs_funeral_round_progress_lost_characters", "figures:('completed', 15)"):
        "the copy lost the counts' units and the commas between them (已整改完成15(含…7项83.3%,未完成(正在整改)316.7%;完善…"
        "制度3): 15 and 3 stand with no unit and 3 runs into its share (316.7%), so more than one reading is possible;"
        " the issue asks for run-together repairs only where one reading is",
    ("laiwu_civil_affairs_funeral_round_progress_lost_characters", "figures:('completion_rate', 83.3)"):
        "see laiwu_civil_affairs_funeral_round_progress_lost_characters figures:('completed', 15)",
    ("laiwu_civil_affairs_funeral_round_progress_lost_characters", "figures:('in_progress', 3)"):
        "see laiwu_civil_affairs_funeral_round_progress_lost_characters figures:('completed', 15)",
    ("laiwu_civil_affairs_funeral_round_progress_lost_characters", "figures:('rules_established', 3)"):
        "see laiwu_civil_affairs_funeral_round_progress_lost_characters figures:('completed', 15)",
    ("bus_group_holding_group_inspection_mobilisation_pinyin_trad", "unit"):
        "an enterprise committee's visit named in its meeting's name with 对 (市交通控股集团党委对公交集团党委巡察工作动员"
        "部署会), no group before it; reading X党委对Y as the visit would name the bodies of any committee's work on Y",
    ("bus_group_special_round_inspectors_meeting_pinyin_trad", "unit"):
        "the visit is named in a purpose clause (为推动对公交集团党委的专项巡察工作) and a meeting (召开对公交集团专项巡察"
        "动员工作部署会) whose names differ (公交集团 / 公交集团党委); the unit is stated fully only in a notice's title",
    # r23-held, after the r24 rules pass: 8 fields the rules do not reach without a rule fitted to one text (129/137)
    ("baofeng_village_irrigation_fourth_village_group_story", "start"):
        "the group is named in a form no other text uses (县委第四巡察村(社区)组), so the dated clause is no visit statement"
        " the start is read from; widening the group's name to any 巡察…组 would take in leading groups and offices",
    ("foundation_department_look_back_feedback_betting_copy", "problems"):
        "a look-back's shortcomings (但仍然存在一些不足。一是…二是…三是) in a feedback on a rectification are not counted"
        " (0 comes out); not reached in this short pass: counting 一是…三是 after 不足 in any feedback would count a"
        " speech's requirements and praise lists the same way unless the rule is bounded",
    ("retirees_committee_first_group_mobilisation_lost_month", "units:离退休人员党委"):
        "the two bodies are named only inside the meeting's name (巡察离退休人员党委、离退休人员工作部工作动员会), a 、-list"
        " the meeting-name reading does not return (no unit and no units come out); not reached in this short pass,"
        " and splitting meeting names at 、 needs care for names that hold a 、 of their own (bracketed joint bodies)",
    ("retirees_committee_first_group_mobilisation_lost_month", "units:离退休人员工作部"):
        "see retirees_committee_first_group_mobilisation_lost_month units:离退休人员党委",
    ("zhouqu_prefecture_fourth_linked_group_bodies_and_villages_pinyin_trad", "units:立节村"):
        "the first village after a town's 及所辖 (立节镇及所辖立节村、北山村…) is cut with 及所辖 (the rule that keeps a unit"
        " apart from the bodies under it); keeping it would need the list reader to tell a list of visited subordinates"
        " from a unit's 及所辖 tail, not reached in this short pass",
    ("zhouqu_prefecture_fourth_linked_group_bodies_and_villages_pinyin_trad", "units:下巴藏村"):
        "see zhouqu_prefecture_fourth_linked_group_bodies_and_villages_pinyin_trad units:立节村",
    ("dazu_party_history_office_fifth_group_mobilisation_2020_pinyin_trad", "unit"):
        "the unit is named as the one that will receive the visit (大足区委党史研究室将接受为期2个月左右的巡察) and where the"
        " meeting is held, with no 对/进驻/巡察X; reading X将接受…巡察 as the visit is a phrasing of one text",
    # r24-held, after the r25 rules pass: 7 fields the rules do not reach without a rule fitted to one text (295/302)
    ("provincial_guarantee_group_second_inspection_group_rectification_mobilisation", "unit"):
        "the unit is named only inside a studied speech's meeting (传达了…在省委第二巡视组巡视省担保集团党委情况反馈会议上"
        "的讲话精神), which the round and term rules set aside as conveyed; the holder of the mobilisation (省担保集团) is"
        " written without its 党委; the importer had read the group as the unit, which the r25 pass stopped (no unit now)",
    ("shandong_steel_2023_second_round_two_subsidiaries_pinyin_trad", "units:山钢国贸"):
        "two enterprises named by short names with no organisation's ending (啟動對山鋼國貿、山鋼資本的巡察工作) and no"
        " count after them; the r25 counted-names rule admits such names only when a count of units confirms them",
    ("shandong_steel_2023_second_round_two_subsidiaries_pinyin_trad", "units:山钢资本"):
        "see shandong_steel_2023_second_round_two_subsidiaries_pinyin_trad units:山钢国贸",
    ("taiyuan_steel_2024_second_round_deployment_meeting_pinyin_trad", "unit"):
        "the group's committee holds a rectification meeting joined to its own round's mobilisation (太钢集团党委召开深化巡视"
        "巡察整改专题会暨2024年第二轮巡察动员部署会): as holder of a rectification meeting it reads as the inspected unit"
        " (r7's rule), where the reader takes the text as the round's; telling which half of a joined meeting names the"
        " text needs a rule fitted to 暨",
    ("jiangsu_ocean_fisheries_bureau_provincial_first_group_state_bureau_visit_pinyin_trad", "unit"):
        "the unit is named only in what the visit exchanged (交流对江苏省海洋与渔业局的巡视情况) during the group's call on"
        " a state bureau; reading 对X的巡视情况 as the visit would take the bodies of hearings and summaries",
    ("provincial_thirteenth_term_sixth_round_entries_grain_bureau_revisit_repost", "units:省粮食和物资储备局党组"):
        "the one named body stands third in parallel clauses after two counted kinds (对19个县(市、区)开展常规巡视、7个…党工委"
        "开展专项巡视、省粮食和物资储备局党组开展巡视“回头看”); a single unit is added to a round only beside a list of two"
        " (see lanzhou_fourteenth_term_second_round_feedback)",
    # r25-held, after the r26 rules pass: 3 fields the rules do not reach without a rule fitted to one text (210/213)
    ("hangzhou_commerce_tourism_group_city_fifth_group_progress_2019", "figures:('problems', 18)"):
        "the count is of the feedback's 内容 (对反馈的18项内容落实到…责任部门), a word for items that is no 问题; reading any"
        " 反馈的N项X as the problems would take measures, tasks and documents counted the same way",
    ("group_company_2021_first_round_two_branches_censored_copy", "start"):
        "the start is a plan told by the committee, not a group's entry (集团*委组建两个巡察组,将于2021年9月13日起,分别对…开展"
        "现场巡察): settled convention 10 dates a visit by its group's entry; a planned day with no group named as its"
        " subject is not read, as a planned entry (将于…完成进驻) is not",
    ("jingdezhen_city_county_poverty_special_rounds_totals_copy", "figures:('problems', 117)"):
        "the count follows a 督查 clause in the sentence (…督查了137个扶贫项目…等,截至目前共发现普遍性倾向性问题117条): a bare"
        " 发现问题N个 after a check's clause is read as the check's, as for state_grid_term_figures; its clues, cases and"
        " people punished, which name no check, are read",
    # r26-held, after the r27 rules pass: 17 fields the rules do not reach without a rule fitted to one text (158/175)
    ("university_library_third_group_mobilisation_2019", "unit"):
        "the meeting's name writes the visit as 巡查 and the group as 巡察工作组 (党委第三巡察工作组巡查图书馆工作动员会): the"
        " unit and group rules read 巡察/巡视 and a numbered 巡察组; reading 巡查 as a visit would take patrols and checks",
    ("university_library_third_group_mobilisation_2019", "group"):
        "see university_library_third_group_mobilisation_2019 unit (a group named 巡察工作组)",
    ("district_audit_bureau_first_group_feedback_2024", "problems"):
        "a feedback news's findings told as one 、-list closed by 等问题 inside the group leader's sentence (存在贯彻上级决策部署"
        "不到位、专业审计人才缺乏…等问题) are read as items; the reader counts a sample list as no problems, which the importer"
        " keeps apart from the numbered findings of other feedbacks only by its 一是/（一） markers",
    ("shandong_central_third_group_look_back_mobilisation_copy", "unit"):
        "a central group's look-back of a province (中央第三巡视组对山东省开展巡视“回头看”) reads as the province's committee"
        " (山东省委), as the seed corpus's places visited do (对抚顺市进行了巡视 -> 抚顺市委); the reader keeps the place"
        " (see wuhan_devzone_provincial_progress)",
    ("shandong_central_third_group_look_back_mobilisation_copy", "problems"):
        "the leader's speech lists what the look-back will check (一是…二是…), read as findings; telling a plan's points from"
        " findings in a mobilisation needs the speech's tense",
    ("qinan_provincial_fourth_group_visit_2010", "unit"):
        "the group goes to a county named bare (赴秦安开展巡视工作) with no 县 and no body; a bare two-character place is"
        " read as no unit (see yunnan_2014_first_round_summary units:昭通)",
    ("jilin_2016_first_round_look_back_ten_bodies", "round"):
        "the round is named only as the one whose look-back this is (对第一轮巡视的10家单位杀“回马枪”) in a text about a"
        " later round's look-back; the r25 rule reads an earlier round's look-back as no round of the text's",
    ("jilin_eleventh_term_eleventh_round_universities_spun_trad", "term"):
        "a spun copy writes the province bare between term and round (十一屆吉林第十一輪巡視), with no 省委: the term rule"
        " needs a committee's body before the round",
    ("midu_poverty_special_rounds_counted_bodies_figures", "figures:('completed', 247)"):
        "整改问题247个 after 发现问题247个 is read as no second problems count (r27), but not as completed: 整改问题N个 alone"
        " also counts a check's rectifications (督促整改问题6个, 发现并整改问题35个 in the seed corpus), which are no"
        " inspection's status",
    ("guichi_2025_six_subject_special_rounds_four_bodies_doubled_commas_pinyin_trad", "units:区人力资源和社会保障局"):
        "the sixth object's line lost its characters in the copy (…巡察對象為閰^(qū)人力資源…): the object rule needs"
        " 巡察对象为 before the name",
    ("changning_2018_poverty_special_round_area_and_forest_farm_trad", "units:宜潭片区"):
        "the two bodies stand amid counted towns and departments in a garbled traditional copy (对全市…个乡镇、宜潭片区、"
        "弥泉林场…); a 片区 and a 林场 named between counts are read as no list",
    ("changning_2018_poverty_special_round_area_and_forest_farm_trad", "units:弥泉林场"):
        "see changning_2018_poverty_special_round_area_and_forest_farm_trad units:宜潭片区",
    ("changning_2018_poverty_special_round_area_and_forest_farm_trad", "start"):
        "the span (7月23日至12月21日) has no year of its own; the reader takes it from the round's name (市委2018年扶贫领域"
        "专项巡察), which the importer does not read as a year for days told in another sentence",
    ("changning_2018_poverty_special_round_area_and_forest_farm_trad", "end"):
        "see changning_2018_poverty_special_round_area_and_forest_farm_trad units:宜潭片区",
    ("jianchuan_2017_poverty_special_round_three_towns_feedback_trad", "units:羊岑"):
        "towns named bare without 乡/镇 (对羊岑、沙溪、马登3个乡镇开展): the list splitter needs a body's ending, and the"
        " counted-names rule (r25) takes a count of units, not of 乡镇, since a count of places after bare names is"
        " often a place's qualifier",
    ("jianchuan_2017_poverty_special_round_three_towns_feedback_trad", "units:沙溪"):
        "see jianchuan_2017_poverty_special_round_three_towns_feedback_trad units:羊岑",
    ("jianchuan_2017_poverty_special_round_three_towns_feedback_trad", "units:马登"):
        "see jianchuan_2017_poverty_special_round_three_towns_feedback_trad units:羊岑",
    # r27-held, after the r28 rules pass: 31 fields the rules do not reach without a rule fitted to one text (231/260; 29
    # since settled convention 18 and a bare group's owner named elsewhere, in the r38 pass)
    ("university_hospital_rectification_group_first_meeting_school_feedback", "unit"):
        "the unit is named only inside a studied document's title (研究学校《关于巡察第一临床医学院(…)党委的反馈意见》); the holder of the"
        " meeting (医院党委) is read, as r7's rule reads the holder of a rectification meeting",
    ("fujian_university_of_technology_third_round_reports_two_college_committees", "units:建筑与城乡规划学院党委"):
        "the bodies are named in a hearing of a round's reports (听取了校党委第三轮巡察A、B的情况报告): 听取…报告 opens no list of unit"
        "s visited (see water_ministry_eighth_round_hearing_copy's figure)",
    ("fujian_university_of_technology_third_round_reports_two_college_committees", "units:设计学院·海峡工学院党委"):
        "see fujian_university_of_technology_third_round_reports_two_college_committees units:建筑与城乡规划学院党委",
    ("chunhua_eighteenth_term_fourth_round_village_road_story", "term"):
        "the term and round are named in the story's closing sentence (十八届淳化县委第四轮巡察采取的是“直接巡村”) with the county's n"
        "ame inside; the round rules read the text's opening statement and title first, and the story opens with a"
        " village's visit",
    ("chunhua_eighteenth_term_fourth_round_village_road_story", "round"):
        "see chunhua_eighteenth_term_fourth_round_village_road_story term",
    ("luyi_fourth_group_huzhai_village_revisit_story_2021", "figures+('problems', 10.0)"):
        "a villager's quoted words tell last year's feedback (“去年5月份，巡察组对我们村提出了十多条反馈意见…) and the quotation runs pa"
        "st 20 characters, so it is read as the text's own statement (see _inside_quotes); the reader counts it as"
        " no figure of this story",
    ("nanxi_third_group_housing_bureau_estate_story_2022", "unit"):
        "a story of a group at work (a village, a street) names the body visited only in passing (进驻X开展巡察 before t"
        "he story's own scene); the unit rules read a visit statement or a meeting, and taking any body a group we"
        "nt to would take the villages and streets where it only walked (进驻巡察区住建城管局以来)",
    ("yubei_sixth_group_lianglu_street_lights_story_2024", "unit"):
        "a story of a group at work (a village, a street) names the body visited only in passing (进驻X开展巡察 before t"
        "he story's own scene); the unit rules read a visit statement or a meeting, and taking any body a group we"
        "nt to would take the villages and streets where it only walked (进驻两路街道开展巡察工作)",
    ("xihua_sixth_group_zhifang_town_collective_land_story_2025", "unit"):
        "a story of a group at work (a village, a street) names the body visited only in passing (进驻X开展巡察 before t"
        "he story's own scene); the unit rules read a visit statement or a meeting, and taking any body a group we"
        "nt to would take the villages and streets where it only walked (在址坊镇开展巡察“回头看”工作时)",
    ("dusi_town_four_villages_city_group_story_doubled_commas_trad", "units:八里"):
        "villages named bare without 村 in a traditional copy with doubled commas (八里、丁集、姚李、昌岗): the list splitter "
        "needs a body's ending",
    ("dusi_town_four_villages_city_group_story_doubled_commas_trad", "units:丁集"):
        "see dusi_town_four_villages_city_group_story_doubled_commas_trad units:八里",
    ("dusi_town_four_villages_city_group_story_doubled_commas_trad", "units:姚李"):
        "see dusi_town_four_villages_city_group_story_doubled_commas_trad units:八里",
    ("dusi_town_four_villages_city_group_story_doubled_commas_trad", "units:昌岗"):
        "see dusi_town_four_villages_city_group_story_doubled_commas_trad units:八里",
    ("jiangsu_education_department_linked_round_three_bodies_2023", "group+省委第三巡视组"):
        "a linked meeting of a provincial group and a department's own 巡察 (省委第三巡视组、省教育厅党组联动巡察工作动员会): the departmen"
        "t's round visits the listed bodies, but the one numbered group named is the province's; telling a linked "
        "meeting's two inspecting bodies apart needs a rule fitted to this title",
    ("jiangsu_thirteenth_term_second_round_twenty_seven_bodies_2017", "units:省海外企业集团有限公司"):
        "two of 27 bodies in a long list of places and bodies are lost where the list changes kind (…、省海外企业集团有限公司、"
        "有色金属华东地质勘查局…); the other 25 are read",
    ("jiangsu_thirteenth_term_second_round_twenty_seven_bodies_2017", "units:有色金属华东地质勘查局"):
        "see jiangsu_thirteenth_term_second_round_twenty_seven_bodies_2017 units:省海外企业集团有限公司",
    ("zhenxiong_provincial_eighth_group_poverty_look_back_feedback_trad", "unit"):
        "a provincial group's look-back of a county (对镇雄县…) reads as the county's committee (镇雄县委), as the seed co"
        "rpus's places visited do; the reader keeps the place (see shandong_central_third_group_look_back_mobilisa"
        "tion_copy)",
    ("zhenxiong_provincial_eighth_group_poverty_look_back_feedback_trad", "group"):
        "the group is named with its province in traditional script inside a look-back's feedback (雲南省委第八巡視組) besi"
        "de the province's other groups; not read in this pass",
    ("yongzhou_fifth_term_seventh_round_twelve_bodies_cross_county_copy", "term"):
        "the text deploys two rounds together (五届市委第七轮巡察和县区交叉常规巡察), which the several-rounds rule reads as no one "
        "round; the reader takes the city's own",
    ("yongzhou_fifth_term_seventh_round_twelve_bodies_cross_county_copy", "round"):
        "see yongzhou_fifth_term_seventh_round_twelve_bodies_cross_county_copy term",
    ("nanling_third_group_mobile_round_five_bodies_streetlights_story_2022", "units:籍山镇"):
        "a round's bodies given in brackets after a description of them (进驻对我县信访矛盾问题突出的部门与领域(籍山镇、许镇镇、"
        "县住房和城乡建设局…)开展“机动式”巡察): a bracket after a kind is read as that kind's gloss, no list of units",
    ("nanling_third_group_mobile_round_five_bodies_streetlights_story_2022", "units:许镇镇"):
        "see nanling_third_group_mobile_round_five_bodies_streetlights_story_2022 units:籍山镇",
    ("nanling_third_group_mobile_round_five_bodies_streetlights_story_2022", "units:县住房和城乡建设局"):
        "see nanling_third_group_mobile_round_five_bodies_streetlights_story_2022 units:籍山镇",
    ("nanling_third_group_mobile_round_five_bodies_streetlights_story_2022", "units:县商务局"):
        "see nanling_third_group_mobile_round_five_bodies_streetlights_story_2022 units:籍山镇",
    ("nanling_third_group_mobile_round_five_bodies_streetlights_story_2022", "units:县教育局"):
        "see nanling_third_group_mobile_round_five_bodies_streetlights_story_2022 units:籍山镇",
    # r28-held, after the r29 rules pass: 39 fields the rules do not reach without a rule fitted to one text
    ("henan_education_2023_first_round_five_vocational_schools", "units:河南省经济管理学校"):
        "five schools named only in the headings of five meetings (巡察河南省经济管理学校工作动员会, one a line): a meeting n"
        "amed as a heading line is read as a title, and five titles as five texts' worth of headings, none a "
        "round's list",
    ("henan_education_2023_first_round_five_vocational_schools", "units:河南省商务中等职业学校"):
        "see henan_education_2023_first_round_five_vocational_schools units:河南省经济管理学校",
    ("henan_education_2023_first_round_five_vocational_schools", "units:河南省民族中等专业学校"):
        "see henan_education_2023_first_round_five_vocational_schools units:河南省经济管理学校",
    ("henan_education_2023_first_round_five_vocational_schools", "units:河南省民政学校"):
        "see henan_education_2023_first_round_five_vocational_schools units:河南省经济管理学校",
    ("henan_education_2023_first_round_five_vocational_schools", "units:河南省新闻出版学校"):
        "see henan_education_2023_first_round_five_vocational_schools units:河南省经济管理学校",
    ("henan_education_2023_first_round_five_vocational_schools", "round"):
        "see henan_education_2023_first_round_five_vocational_schools units:河南省经济管理学校 (the round is told belo"
        "w the five heading lines)",
    ("casc_2023_internal_inspection_four_units_entered", "units:航天投资"):
        "the last short name runs into the next clause (…财务公司、航天投资，召开巡视进驻动员会): with no count after the list, "
        "a name of no body's ending is kept only when a count confirms it (r25)",
    ("casic_inspection_rectification_promotion_meeting_trad", "unit"):
        "a group company's own rectification meeting is read with the company as the unit inspected (r7's rul"
        "e for a holder of a rectification meeting); the reader reads it as no one inspection's text",
    ("university_second_round_two_colleges_entered_betting_copy", "units:云顶yd222线路检测"):
        "a betting site's words written over a college's name (进驻云顶yd222线路检测): no body's ending, so no unit",
    ("wusheng_thirteenth_term_third_round_first_group_daoma_village_mobilisation", "unit"):
        "a story of a group at work names the body it visited only in passing; the unit rules read a visit st"
        "atement or a meeting, and taking any village or town a group went to would take the places where it "
        "only walked (see r27's nanxi_third_group_housing_bureau_estate_story_2022)",
    ("dengzhou_ninth_group_resettlement_centre_streetlights_story_2021", "unit"):
        "a story of a group at work names the body it visited only in passing; the unit rules read a visit st"
        "atement or a meeting, and taking any village or town a group went to would take the places where it "
        "only walked (see r27's nanxi_third_group_housing_bureau_estate_story_2022)",
    ("tunchang_fourteenth_term_seventh_round_nanlv_town_road_story_bracketed_trad", "unit"):
        "a story of a group at work names the body it visited only in passing; the unit rules read a visit st"
        "atement or a meeting, and taking any village or town a group went to would take the places where it "
        "only walked (see r27's nanxi_third_group_housing_bureau_estate_story_2022)",
    ("linying_fourteenth_term_ninth_round_village_group_basement_story", "term"):
        "the term and round are named in a story's aside, not a visit statement (r27's shenqiu, whose aside tel"
        "ls where the story starts, 从…讲起, is read since the r30 pass; this aside is of another shape)",
    ("linying_fourteenth_term_ninth_round_village_group_basement_story", "round"):
        "see linying_fourteenth_term_ninth_round_village_group_basement_story term",
    ("lengshuijiang_eleventh_term_third_round_three_townships_well_story_trad", "units:禾青"):
        "townships named bare without 镇/乡 (禾青、三尖、金竹山): the list splitter needs a body's ending (see r26's jia"
        "nchuan)",
    ("lengshuijiang_eleventh_term_third_round_three_townships_well_story_trad", "units:三尖"):
        "see lengshuijiang_eleventh_term_third_round_three_townships_well_story_trad units:禾青",
    ("lengshuijiang_eleventh_term_third_round_three_townships_well_story_trad", "units:金竹山"):
        "see lengshuijiang_eleventh_term_third_round_three_townships_well_story_trad units:禾青",
    ("central_eighth_group_henan_entry_2014_first_round", "group"):
        "the headline names the group (中央第八巡视组进驻河南) and the body tells the other groups' entries (中央巡视组分别进驻山东"
        "、天津): several groups' entries name no one group",
    ("shaanxi_2014_first_round_six_counties_entered_hotlines", "units:西安市碑林区"):
        "six places entered told with their groups' hotlines, one a line under a headline about the hotlines;"
        " the lines are read as contact details, no round's list",
    ("shaanxi_2014_first_round_six_counties_entered_hotlines", "units:宝鸡市金台区"):
        "see shaanxi_2014_first_round_six_counties_entered_hotlines units:西安市碑林区",
    ("shaanxi_2014_first_round_six_counties_entered_hotlines", "units:咸阳市秦都区"):
        "see shaanxi_2014_first_round_six_counties_entered_hotlines units:西安市碑林区",
    ("shaanxi_2014_first_round_six_counties_entered_hotlines", "units:延安市宝塔区"):
        "see shaanxi_2014_first_round_six_counties_entered_hotlines units:西安市碑林区",
    ("shaanxi_2014_first_round_six_counties_entered_hotlines", "units:南郑县"):
        "see shaanxi_2014_first_round_six_counties_entered_hotlines units:西安市碑林区",
    ("shaanxi_2014_first_round_six_counties_entered_hotlines", "units:山阳县"):
        "see shaanxi_2014_first_round_six_counties_entered_hotlines units:西安市碑林区",
    ("shaanxi_2014_first_round_six_counties_entered_hotlines", "start"):
        "see shaanxi_2014_first_round_six_counties_entered_hotlines units:西安市碑林区 (the entry day is told with "
        "the hotlines)",
    ("hubei_2018_rectification_check_297_bodies_pinyin_trad", "units+神农架林区"):
        "one place named amid counted kinds (对13个市州、3个直管市、神农架林区、116个县市区…) is read as a unit of the check, whe"
        "re the reader reads the list as kinds only",
    ("city_civil_affairs_lookback_elderly_care_mobile_round_mobilisation", "unit"):
        "the unit stands inside a joint meeting's name (对市民政局党组巡察“回头看”暨养老服务监管领域机动巡察工作 动员会召开) with a stray spa"
        "ce; the meeting-name rule reads one visit before its 动员会, not a 暨-joined pair",
    ("development_zone_2025_lookback_first_batch_three_bodies", "units:中乌科技创新研究院"):
        "the bodies are named as speakers after a count (第一轮3家单位，A、B、C主要负责人作表态发言): a list before 主要负责人 follow"
        "s its count rather than preceding it, which the counted-names rule does not read",
    ("development_zone_2025_lookback_first_batch_three_bodies", "units:经济发展部（科技创新部）"):
        "see development_zone_2025_lookback_first_batch_three_bodies units:中乌科技创新研究院",
    ("development_zone_2025_lookback_first_batch_three_bodies", "units:财政审计部"):
        "see development_zone_2025_lookback_first_batch_three_bodies units:中乌科技创新研究院",
    ("tongwei_rectification_checks_two_terms_bracketed_chars_trad", "term+17"):
        "a check of several rounds' rectification (十六届县委第六、七、八轮和十七届县委第一轮) beside a body that was one round's "
        "object (是十七届县委第一轮巡察对象): the round the body was inspected in is read as the text's",
    ("tongwei_rectification_checks_two_terms_bracketed_chars_trad", "round+1"):
        "see tongwei_rectification_checks_two_terms_bracketed_chars_trad term+17",
    # r29-held, after the r30 rules pass: 3 fields the rules do not reach without a rule fitted to one text
    ("honghe_thirteenth_round_fourth_group_tuochan_village_bridge_story_copy", "unit"):
        "a copy's picture caption and its original headline stand before the story, so the visit (红河县委巡察组一行走进"
        "架车乡妥产村委会开展巡察) falls outside the opening lines the unit rules read, and 一行走进 is a story's walk, which"
        " the rules do not take as a visit anywhere else",
    ("honghe_thirteenth_round_fourth_group_tuochan_village_bridge_story_copy", "group"):
        "the numbered group (红河县委第四巡察组) is named only further down, under the unnumbered 县委巡察组 of the opening;"
        " see honghe unit",
    ("honghe_thirteenth_round_fourth_group_tuochan_village_bridge_story_copy", "round"):
        "the round (红河县委第十三轮巡察工作开展时) is told in the story's second paragraph, below the copy's caption lines;"
        " see honghe unit",
    # r30-held, after the r31 rules pass: 1 field the rules do not reach without a rule fitted to one text
    ("dongxihu_twelfth_term_first_round_crossed_groups_state_firms_hearing_trad", "figures:('problems', 120)"):
        "the round's count (截至目前，共发现各类面上问题120个) stands in a sentence with no word of the inspection, after the"
        " checks run beside it (组建5个专项检查组…专项检查); reading a bare 共发现 as the inspection's would read checks'"
        " counts as findings",
    # r31-held, after the r32 rules pass: 3 fields the rules do not reach without a rule fitted to one text
    ("shandong_eleventh_term_fourth_round_thirty_six_bodies_year_lost", "units+济宁市委"):
        "the round's paragraph and one group's mobilisation at 济宁市 are two documents of one text; the mobilisation"
        " reads its city as the committee it names (settled 15), which the round's list keeps as written (settled 8),"
        " so the one body is counted twice under two names",
    ("jingzhou_2020_rounds_deployment_yangtze_special_return_checks", "units:荆州开发区"):
        "a zone named after counted kinds (8个县市区及荆州开发区) is read as no list's name, as r28's hubei list of kinds"
        " with 神农架林区 was read by its reader; the two readers disagree, and the importer keeps one rule",
    ("xiangxiang_eighth_term_first_round_business_environment_look_back_entries", "units:农业农村局"):
        "one body in two lists of one round (a regular visit and a look-back) is one unit of the round: the importer"
        " keeps one inspection per body, where the reader counts it in each list",
    # r32-held, after the r33 rules pass: 16 fields the rules do not reach without a rule fitted to one text
    ("sasu_library_rectification_life_meeting_run_together", "unit"):
        "a library's own rectification meeting (图书馆召开领导班子巡察整改专题民主生活会) names the body by its kind alone,"
        " with no party organisation's ending; the own-meeting rules read a named organisation (X党委召开…)",
    ("dafang_sixth_group_tenth_village_round_yingpan_village_wages_story", "round"):
        "the round is told of the county, not its committee (大方县第十轮村级巡察), below the story's opening; the round"
        " rules read a committee's round (县委第N轮) or one stated in the opening lines",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市科委"):
        "the copy's garbled company name carries a semicolon (天津渤?;ぜ瘓F有限公司), which ends the sentence the list"
        " stands in, so the list is cut in two and neither half reaches its count (等11个单位); a name may not hold a"
        " sentence's stop without a rule for this copy",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市规划局"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市国土房管局"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市环保局"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市市容园林委"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市文化广播影视局"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市旅游局"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市中小企业局"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:天津渤?;ぜ痪F有限公司"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市建工集团（控股）有限公司"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad", "units:市交通（集团）有限公司"):
        "see tianjin_eleventh_term_first_round_eleven_bodies_garbled_pinyin_trad units:市科委",
    ("dangshan_fourteenth_term_fifteenth_round_sixteen_bodies_rectification_assessment", "term"):
        "an assessment of an earlier round's rectification (对十四届县委第十五轮巡察的16家单位党组织整改情况开展成效评估)"
        " names the round assessed; the checked-earlier rules read it as no round of the text's, where the reader"
        " reads the round the text is about",
    ("dangshan_fourteenth_term_fifteenth_round_sixteen_bodies_rectification_assessment", "round"):
        "see dangshan_fourteenth_term_fifteenth_round_sixteen_bodies_rectification_assessment term",
    # r33-held, after the r34 rules pass: 19 fields the rules do not reach without a rule fitted to one text
    ("sdut_property_centre_branch_first_group_feedback", "unit"):
        "the branch is named once in full and then short (物业服务中心党支部 … 中心党支部); the shorter, later name is the"
        " one the feedback sentence gives",
    ("optometry_department_college_second_group_feedback_trad", "unit"):
        "a traditional copy runs the visit's days into the unit's clause (于6月1日至14日期间对眼视光系（眼视光医院）党总支),"
        " so the unit keeps the days; reading past 期间对 needs a rule for this copy's word order",
    ("logistics_office_fourth_round_rectification_column_trad", "figures:('funds_recovered', 410)"):
        "the sum is told as approximate (挽回经济损失约410万元); the figure rules skip a number right after 约, as they"
        " skip 近 and 第, and the set's other approximations are read that way",
    ("jiujiang_seventh_term_fourth_round_two_bodies_mobilisation_2017", "round"):
        "the round stands beside the earlier rounds' totals the text also gives; the several-rounds rule reads a text"
        " naming two rounds as naming none",
    ("shanghai_eleventh_term_second_round_six_bodies_merged", "units:市工商局党组"):
        "six bodies listed with semicolons, each with the bodies merged into its visit (分别巡视A，合并巡视B；C；D，合并巡视E、F…);"
        " the list rules split at 、 and stop at a semicolon, and a merged body is no unit of its own",
    ("shanghai_eleventh_term_second_round_six_bodies_merged", "units:市环保局党委"):
        "see shanghai_eleventh_term_second_round_six_bodies_merged units:市工商局党组",
    ("shanghai_eleventh_term_second_round_six_bodies_merged", "units:市规划国土资源局党组"):
        "see shanghai_eleventh_term_second_round_six_bodies_merged units:市工商局党组",
    ("shanghai_eleventh_term_second_round_six_bodies_merged", "units:市商务委党组"):
        "see shanghai_eleventh_term_second_round_six_bodies_merged units:市工商局党组",
    ("shanghai_eleventh_term_second_round_six_bodies_merged", "units:市发展改革委党组"):
        "see shanghai_eleventh_term_second_round_six_bodies_merged units:市工商局党组",
    ("shanghai_eleventh_term_second_round_six_bodies_merged", "units:市建设交通工作党委（市住房城乡建设管理委）"):
        "see shanghai_eleventh_term_second_round_six_bodies_merged units:市工商局党组",
    ("shanxi_2015_third_special_round_sixteen_bodies_aggregator", "start"):
        "the entry days carry no year and the aggregator's date line is written day first (13.09.2015), which the"
        " publication-date reader does not take",
    ("bishan_municipal_seventh_group_feedback_2019_copy", "unit"):
        "the text names the district's committee only as 区委 (区委书记, 落实区委政治责任), never 璧山区委; settled convention"
        " 15 reads the committee where the text names it, and this text names it without its place",
    ("hechuan_municipal_tenth_group_mobilisation_2023", "problems"):
        "a mobilisation's headed points (speech demands under 一是…) are read as one problem's heading; the reader counts none",
    ("beijing_2004_first_inspection_groups_three_districts_pinyin_trad", "unit"):
        "a 2004 text names the bodies visited as 三区一委 (three districts and a commission) in a traditional copy with"
        " pinyin; a counted abbreviation is read as a unit, where the reader leaves the places unscored",
    ("jiangsu_fourteenth_term_eighth_round_thirteen_cities_trad", "round"):
        "the traditional copy names the round beside another round's rectification it checks; the several-rounds rule"
        " reads two rounds as none",
    ("jiangxi_central_eighth_group_2013_entry_forum_noise_trad", "unit"):
        "a forum copy's stray characters break the central group's entry sentence (进驻江西省), so no visit statement is"
        " read; the province is named only there",
    ("siping_seventh_term_seventh_round_courts_look_back_raised_level_crossed_trad", "start"):
        "the span has no year and the page's dated line is not in the copy's opening lines, so the days stay undated",
    ("siping_seventh_term_seventh_round_courts_look_back_raised_level_crossed_trad", "end"):
        "see siping_seventh_term_seventh_round_courts_look_back_raised_level_crossed_trad start",
    ("chongqing_county_fourteenth_term_fourteenth_round_look_back_twenty_one_bodies_mirror", "unit"):
        "a mirror's garbled signature (重庆市纪律检查…党委) reads as the last-resort signature unit of a round-level text",
    # r34-held, after the r35 rules pass: 7 fields the rules do not reach without a rule fitted to one text (6 since
    # the r38 pass settled the village rent by convention 17)
    ("central_2014_second_round_four_provinces_mobilised_business_paper", "round"):
        "the round is named only in the fifth line (2014年中央第二轮巡视工作动员部署会) and as 二轮 without 第; the"
        " round is read from the title and opening paragraph only",
    ("shandong_central_seventh_group_mobilisation_2018_county_portal", "start"):
        "the day is written with 号 (2018年2月22号) and the visit begins with that day's meeting (巡视由此开始), where"
        " a mobilisation day is otherwise no start (settled 10)",
    ("kunming_central_sixth_group_raised_level_mobilisation_2025", "unit"):
        "the one city visited (对昆明开展提级巡视) is told after the round's other bodies (除对河北、山西等16个省级单位"
        "开展常规巡视外), which read as the round's list; telling 除…外 from a list needs a rule for this sentence",
    ("heilongjiang_2018_inspection_year_review_aggregator", "unit"):
        "a year's account tells several visits month by month in one sentence (1月,省委对省森工总局开展机动式巡视;4月,…);"
        " the first is read as the text's visit",
    ("heilongjiang_2018_inspection_year_review_aggregator", "problems"):
        "see heilongjiang_2018_inspection_year_review_aggregator unit: the year's account is read as one visit's text",
    ("zaozhuang_eleventh_term_ninth_round_poverty_special_feedback_pinyin_trad", "units:枣庄高新区"):
        "the one named body stands among kinds (对各区(市)、枣庄高新区和负有脱贫攻坚职责的市直部门(单位)开展…), a list"
        " of two or more names being what the list readers take",
    # r35-held, after the r36 rules pass: 8 fields the rules do not reach without a rule fitted to one text (6 since a
    # story's round told below its opening is read, in a later change)
    ("citic_group_central_inspection_clues_seventeen_disciplined", "figures:('disciplined_people', 17)"):
        "a magazine's story of a group's rectification has no title, opening or feedback sentence the importer"
        " recognises, so it is refused and its one count is not read",
    ("central_2016_first_round_look_back_four_provinces_portal", "round"):
        "the round is named below a portal's chrome and a picture caption (2016年第一轮中央巡视工作动员部署会), beside"
        " earlier rounds named in the same paragraphs (2014年中央第二轮巡视)",
    ("qinghai_fourteenth_term_fourth_round_deployment_list_pinyin_trad", "units:乐都区"):
        "the list's first place is followed by its own districts (海东市及所属乐都区、…), and 所属 before the first of"
        " them is read as the place's subordinate bodies, which are no units",
    ("qinghai_fourteenth_term_fourth_round_deployment_list_pinyin_trad", "units:海东市纪委监委机关"):
        "the raised-level visit's two bodies follow the regular list in the same sentence (…开展常规巡视，对A、B提级巡视);"
        " one body given its own kind of visit is read, a second list is not",
    ("qinghai_fourteenth_term_fourth_round_deployment_list_pinyin_trad", "units:市委组织部"):
        "see qinghai_fourteenth_term_fourth_round_deployment_list_pinyin_trad units:海东市纪委监委机关",
    ("dehong_prefecture_county_raised_level_crossed_inspection_first_round_trad", "unit"):
        "a prefecture's account of its crossed rounds tells two groups' visits as examples (第二巡察组进驻盈江平原镇…,"
        " 第八巡察组巡察梁河县大厂乡、小厂乡时), and the first entry is read as the text's unit",
    # r36-held, after the r37 rules pass: 5 fields the rules do not reach without a rule fitted to one text (4 since the
    # r38 pass read a story's numbered entry)
    ("shangshui_eighth_village_group_zhongxingzhai_homestead_story", "unit"):
        "a farm-finance journal's story opens with no title or sentence the importer recognises as an inspection's"
        " (日前，…县委第八巡察村居组进驻…开展巡察, a village group's name), so it is refused",
    ("central_twentieth_term_fifth_round_entries_essay", "problems"):
        "an essay's own subheading (巡视进驻:政治监督的精准布局) reads as a heading of the round's findings",
    ("central_eighteenth_term_tenth_round_all_entered_pinyin_trad", "round"):
        "the round stands beside the ninth, whose look-backs the same paragraph tells (十八届中央第九轮巡视…); a text"
        " naming two rounds is read as naming none",
    ("changsha_fourteenth_term_sanxiang_hunong_special_round_489_problems_mirror", "unit"):
        "a round of eight groups tells one group's entry as its example (长沙市委第二专项巡察组进驻雨花区跳马镇), which"
        " reads as the text's visit",
    # r37-held, after the r38 rules pass: 12 fields the rules do not reach without a rule fitted to one text
    ("angang_2018_two_subsidiaries_inspection_accountability_figures", "units:鞍山钢铁"):
        "two subsidiaries named by brand (对鞍山钢铁、攀钢两家子企业党委开展了常规巡视), without an organisation's ending;"
        " names of any shape would take subjects (as jiangsu_port_trad's)",
    ("angang_2018_two_subsidiaries_inspection_accountability_figures", "units:攀钢"):
        "see angang_2018_two_subsidiaries_inspection_accountability_figures units:鞍山钢铁",
    ("linyi_central_hospital_city_second_group_mobilisation", "problems"):
        "the page's channel name (医院新闻) stands over the headline like an aspect over a problem; telling a channel's"
        " name from a report's own heading needs the portal's layout",
    ("jinjiang_school_city_third_group_rectification_fifty_five_problems_2021", "group"):
        "an excerpt that opens inside a progress report's first section names its group only as the feedback's owner"
        " (根据市委巡察三组的反馈意见), with no visit or title to read it from",
    ("yanshi_first_term_fourth_village_round_baozhuang_land_rent_story_2023", "end"):
        "the round's end told as an event of the story (9月28日，该轮巡察结束) with the year only in its opening month"
        " (2023年9月); a round's end is no visit's end unless the text tells the visit's span",
    ("central_eighth_group_hong_kong_macao_office_special_feedback_cna_trad", "start"):
        "a yearless span (今年7月4日至8月30日) under a page stamp run together with its clock (201611061411); reading"
        " twelve bare digits as a date would read any number",
    ("central_eighth_group_hong_kong_macao_office_special_feedback_cna_trad", "end"):
        "see central_eighth_group_hong_kong_macao_office_special_feedback_cna_trad start",
    ("hong_kong_macao_office_discipline_head_appointment_apple_trad", "unit"):
        "a newspaper's story of an appointment names the office inspected only in passing (中巡組對港澳辦的巡視結果)",
    ("tibet_ninth_term_seventh_eighth_rounds_immediate_fixes_pinyin_trad", "term"):
        "the term is named only with two rounds (九屆西藏自治區黨委第七、第八輪巡視) in a roundup; a text of two rounds"
        " names no round, and its term is read with a round",
    ("tibet_central_third_group_poverty_feedback_rectification_think_tank_trad", "problems"):
        "a think tank's bulletin headed with capital numerals (壹、新聞重點 / 貳、安全意涵) reads as a report's aspects"
        " and points",
    ("land_resources_ministry_central_third_group_feedback_repost", "unit"):
        "a magazine's story tells the feedback as its opening scene (国土资源部的官网首页…中央第三巡视组四天前反馈的该部…"
        "问题), with no visit or feedback sentence naming group and unit together",
    ("land_resources_ministry_central_third_group_feedback_repost", "group"):
        "see land_resources_ministry_central_third_group_feedback_repost unit",
}


def known_misses(name: str) -> list[str]:
    """The wrong fields of a case that KNOWN_MISSES accepts."""
    return [field for (case, field) in KNOWN_MISSES if case == name]


@dataclass
class Case:
    name: str
    url: str
    text: str
    expect: dict = field(default_factory=dict)
    # When the text joined the set and whether rules were tuned on it: "r1" the first 30 (rules written while
    # collecting them), "r2" the 18 added after (first contact 65 %, then worked on), "r3-dev" and "r3-held" the
    # second pass (outside_new.py): dev texts may be tuned on, held-out texts were run once at the end; "r4-held"
    # texts were collected after that run and its fixes and run once, then worked on; "r5-held" likewise after r4's
    # fixes, run once at the very end; "c-dev" … "c-dev5" texts (outside_c.py, one batch after another's fixes) were
    # read before their first run, then tuned on; "r6-held" (outside_r6.py) was collected and read beside the
    # c-dev pass by someone else, never seen by it, run once by the integrator (143/174 = 82.2 %, 6 invented), then
    # worked on in the next rules pass; "r7-held" (outside_r7.py) was collected beside that pass, never seen by it,
    # run once by the integrator (151/202 = 74.8 %, 4 invented), then worked on in the r7 rules pass.
    # "r8-held" (outside_r8.py) was collected beside the r7 pass by someone who never ran the importer, never seen
    # by that pass; two texts sharing a template with earlier batches (r8.SHARES_TEMPLATE) are left out.
    # "r9-held" (outside_r9.py) was collected beside the r8 rules pass by someone who never ran the importer;
    # its three texts sharing a template or source event with earlier batches (r9.SHARES_TEMPLATE) are left out.
    # r8-held and r9-held were then worked on in the r10 rules pass (r8 from 407/454, r9 from one run 128/156 with
    # 7 invented) and are pinned with the others; their fields the rules do not reach are in KNOWN_MISSES.
    # "r10-held" (outside_r10.py) was collected beside the r10 rules pass by someone who never ran the importer;
    # its one text sharing a template with r8 (r10.SHARES_TEMPLATE) is left out. Run once by the integrator (327/360
    # = 90.8 %, 14 invented), then worked on in the r11 rules pass and pinned.
    # "r11-held" (outside_r11.py) was collected beside the r11 rules pass by someone who never ran the importer nor
    # read its rules; its one text sharing a template with r10 (r11.SHARES_TEMPLATE) is left out. Run once (374/417 =
    # 89.7 %, 10 invented), then worked on in the r12 rules pass and pinned.
    # "r12-held" (outside_r12.py) was collected beside the r12 rules pass by someone who never ran the importer nor
    # read its rules; its two texts sharing a template with earlier batches (r12.SHARES_TEMPLATE) are left out. Run
    # once (327/379 = 86.3 %, 6 invented), then worked on in the r13 rules pass and pinned (four expectations
    # corrected to the batches' written conventions, said in place in outside_r12.py). "r13-held" (outside_r13.py)
    # likewise beside the r13 pass: run once (245/266 = 92.1 %, 7 invented), then worked on in the r14 rules pass and
    # pinned. "r14-held" (outside_r14.py) likewise beside the r14 pass: run once (217/244 = 88.9 %, 4 invented), then
    # worked on in the r15 rules pass and pinned. "r15-held" (outside_r15.py) likewise beside the r15 pass: run once
    # (205/236 = 86.9 %, 10 invented), then worked on in the r16 rules pass and pinned. "r16-held" (outside_r16.py)
    # likewise beside the r16 pass: run once (145/172 = 84.3 %, 7 invented; 3 template-sharing texts left out), then
    # worked on in the r17 rules pass and pinned. "r17-held" (outside_r17.py) likewise beside the r17 pass: run once
    # (356/441 = 80.7 %, 37 invented; 1 template-sharing text left out), then worked on in the r18 rules pass and pinned.
    batch: str = "r1"
    family: str = ""

    @property
    def tuned(self) -> bool:
        # Every registered batch has been tuned on; UNSEEN_BATCHES names the next one, which the integrator runs once
        # on these rules and whose first run is the honest figure.
        # r3-held (46/60 = 76.7 %), r4-held (28/33 = 84.8 %) and r5-held (19/24 = 79.2 %) were each run once at
        # the end of their pass and worked on after (r5 in the c-dev pass: towns with villages, lists after a
        # comma, 结束现场巡察). r6-held (143/174 = 82.2 %, 6 invented) likewise, worked on in the pass after c-dev;
        # r7-held (151/202 = 74.8 %, 4 invented) likewise, worked on in the r7 pass (news units of hospitals and
        # schools, a round's or town's units, problems listed in running text, figures of summaries). Every batch is
        # now tuned on: r8-held (one run 345/454 = 76.0 %, 17 invented) was worked on in the r8 pass (407/454, 0
        # invented) and again in the r10 pass, r9-held (one run 128/156 = 82.1 %, 7 invented) in the r10 pass,
        # r10-held (one run 327/360 = 90.8 %, 14 invented) in the r11 pass (355/360, the one value left invented a
        # reading KNOWN_MISSES explains; 352/360 by the rules alone, 3 by two scoring corrections in extract()),
        # r11-held (one run 374/417 = 89.7 %, 10 invented) in the r12 pass (415/417, 4 values left invented: readings
        # two batches' readers disagree on, which KNOWN_MISSES explains), r12-held (one run 327/379 = 86.3 %, 6
        # invented) in the r13 pass (371/382, 3 values left invented: yearless feedback days the readers disagree on),
        # r13-held (one run 245/266 = 92.1 %, 7 invented) in the r14 pass (267/268, 0 invented; its expectations
        # corrected where the reader omitted a stated rate or wrote a bracket half-width, said in place), r14-held (one
        # run 217/244 = 88.9 %, 4 invented) in the r15 pass (242/244, 0 invented; two groups' notation corrected, said in
        # place; two junk pages' problem counts in KNOWN_MISSES), r15-held (one run 205/236 = 86.9 %, 10 invented) in
        # the r16 pass (235/237, 0 invented; one expectation corrected to settled convention 6 and one unit to the set's
        # notation, said in place; a round and a count in KNOWN_MISSES), r16-held (one run 145/172 = 84.3 %, 7 invented) in
        # the r17 pass (169/173, 0 invented; one expectation corrected, a long-term count the reader left unscored, said
        # in place; a unit, a group, a round-level text and a group in KNOWN_MISSES), r17-held (one run 356/441 = 80.7 %,
        # 37 invented) in the r18 pass (417/441, 0 invented; ten expected names corrected to settled convention 7 and two
        # texts' parts-of-month absence checks dropped, said in place; 24 fields in KNOWN_MISSES), r18-held (one run
        # 266/295 = 90.2 %, 15 invented) in the r19 pass, r19-held (one run 97/113 = 85.8 %, 6 invented) in the r20
        # pass (100/114, 0 invented; two expectations corrected to written readings, a basically-completed count and a
        # parts-of-month span, said in place; 14 fields in KNOWN_MISSES), r20-held (one run 167/184 = 90.8 %, 8
        # invented) in the r21 pass (185/185, 0 invented; a group corrected to settled convention 9 and an entry day's
        # start to the pinned reading, said in place; nothing in KNOWN_MISSES), r21-held (one run 178/196 = 90.8 %, 2
        # invented) in the r22 pass (196/197, 0 invented; an entry day's start corrected to the pinned reading and a
        # ministry's group to the set's notation, said in place; a department's group in KNOWN_MISSES), r22-held (one
        # run 177/202 = 87.6 %, 3 invented) in the r23 pass (191/203, 0 invented; a long-term count the reader left
        # unscored expected, said in place; 12 fields in KNOWN_MISSES), r23-held (one run 125/137 = 91.2 %, 5
        # invented) in the r24 pass (129/137, 0 invented; no expectation corrected; 8 fields in KNOWN_MISSES).
        return self.batch not in UNSEEN_BATCHES


# Field names: kind, unit (the one unit a text is about; "" for a round-level text), units (the other named units
# of a round, in order), group, term, round, start, end, feedback_date, problems (number of items), figures
# ((metric, value) pairs), refused (an audit report). Only the fields listed are scored for a case.
CASES: list[Case] = [
    # --- the excerpts of test_outside_documents.py, with the fields its tests check --------------------------
    Case("sysu", "https://www.sysu.edu.cn/news/zhxw/zhxw/490.htm", known.SYSU, {
        "unit": "中山大学党委", "group": "中央第三巡视组", "term": None, "round": None,
        "start": date(2017, 3, 4), "end": date(2017, 4, 30), "feedback_date": date(2017, 6, 20), "figures": []}),
    Case("whu", "http://dwxsb.whu.edu.cn/info/1019/4283.htm", known.WHU, {
        "unit": "本科生院", "round": 3, "start": date(2022, 12, 5), "end": date(2022, 12, 13),
        "feedback_date": date(2023, 3, 23), "figures": [("problems", 26), ("measures", 29)]}),
    Case("zzu", "https://www7.zzu.edu.cn/xjy/info/1048/2887.htm", known.ZZU, {
        "unit": "卓越工程师学院党委", "group": "党委第四巡察组", "term": 4, "round": 1, "feedback_date": None}),
    Case("cumt", "https://jw.cumt.edu.cn/info/1019/1319.htm", known.CUMT, {
        "unit": "机关党委", "group": "党委第二巡察组", "round": 6, "start": date(2022, 5, 17), "end": date(2022, 6, 3),
        "feedback_date": date(2022, 7, 10)}),
    Case("xdl", "https://www.xdlzw.gov.cn/show.asp?id=3052", known.XDL, {
        "unit": "区委办", "group": "区委第三巡察组", "feedback_date": date(2021, 8, 2), "problems": 3}),
    Case("cq", "http://cqlzw.gov.cn/xunchagongzuo/932.html", known.CQ, {
        "unit": "", "term": 5, "round": 2, "start": date(2022, 11, 11), "end": date(2023, 1, 20)}),
    Case("km", "http://jw.km.gov.cn/c/2023-01-29/4656419.shtml", known.KM, {
        "unit": "", "units": ["区民政局", "区科信局", "区发改局", "区粮油储备购销公司"], "term": 12, "round": 2,
        "start": date(2021, 11, 8), "end": date(2021, 12, 20), "feedback_date": date(2022, 1, 27),
        "figures": [("problems", 697), ("completed", 688), ("in_progress", 5), ("completion_rate", 98.71),
                    ("rules_established", 589), ("funds_recovered", 1369.5)]}),
    Case("hbust", "https://hkjw.hbust.edu.cn/info/1094/3701.htm", known.HBUST, {
        "unit": "", "units": ["临床医学院", "附属二医院"], "term": 2, "round": 2, "start": None, "end": None}),
    Case("traditional_news", "https://scriptsandjava.com/2024/0919/c3311a135475/page.html", known.TRADITIONAL_NEWS, {
        "round": 3}),
    # --- new excerpts -------------------------------------------------------------------------------------------
    # http://www.qzqjjjc.gov.cn/Home/detail?menuid=3060&newid=151007 (list of 19 units cut to four)
    Case("qinzhou", "http://www.qzqjjjc.gov.cn/Home/detail?menuid=3060&newid=151007", """秦州区集中开展八届区委第六轮巡察反馈工作
按照区委的统一安排部署,八届秦州区委于2020年10月至2021年1月开展了第六轮常规巡察,分七组对区委宣传部、区文体广电和旅游局、区委党校、区档案馆等19个单位开展了集中巡察。巡察情况经书记专题会议讨论通过后,于2021年2月1日至3日,集中利用3天时间对相关单位班子成员和单位一把手进行了反馈。
""", {"unit": "", "units": ["区委宣传部", "区文体广电和旅游局", "区委党校", "区档案馆"], "term": 8, "round": 6,
      "start": date(2020, 10, 1), "end": date(2021, 1, 31), "feedback_date": date(2021, 2, 1), "figures": []}),
    # https://alex-chef.com/dwxcb/2022/1216/c8271a185349/page.htm (a university's fifth round; no year stated)
    Case("five_schools", "https://alex-chef.com/dwxcb/2022/1216/c8271a185349/page.htm", """根据学校党委统一部署,12月13-15日,学校党委五个巡察组分别向材料科学与工程学院党委、生物与食品工程学院党委、化学与环境工程学院党委、外国语学院党委、马克思主义学院党总支进行巡察情况反馈。
10月12日至11月2日,党委五个巡察组分别对五个学院党组织开展了常规巡察。
反馈会上,各巡察组组长传达了校党委书记张志宏同志在听取第五轮巡察情况汇报时的讲话精神。
""", {"unit": "", "units": ["材料科学与工程学院党委", "生物与食品工程学院党委", "化学与环境工程学院党委", "外国语学院党委",
                              "马克思主义学院党总支"], "round": 5, "start": None, "end": None, "feedback_date": None}),
    # http://www.nllz.gov.cn/html/wenzhang_734864.html (a county group's 回头看 of three villages; no year)
    Case("jishan", "http://www.nllz.gov.cn/html/wenzhang_734864.html", """3月23日下午,县委第二巡察组在籍山镇会议中心召开巡察“回头看”情况反馈大会,会议由镇党委副书记戴旱萍主持,县委第二巡察组组长王孝国反馈了对籍山镇梅园社区、大港村、官洲村的巡察“回头看”情况。
""", {"group": "县委第二巡察组", "feedback_date": None, "start": None}),
    # https://news.upc.edu.cn/info/1432/112990.htm (十二届学校党委首轮巡察; no year)
    Case("upc", "https://news.upc.edu.cn/info/1432/112990.htm", """【本站讯】12月19日至21日,第十二届学校党委先后召开巡察情况反馈会议,首轮巡察4个巡察组分别向机电工程学院党委、储运与建筑工程学院党委、马克思主义学院党委、教育发展中心党委4个党委反馈巡察意见。
""", {"unit": "", "units": ["机电工程学院党委", "储运与建筑工程学院党委", "马克思主义学院党委", "教育发展中心党委"],
      "term": 12, "round": 1, "start": None, "feedback_date": None}),
    # https://rwxy.hyit.edu.cn/info/1125/9157.htm (problems as 一是…三是 inside the paragraph)
    Case("hyit", "https://rwxy.hyit.edu.cn/info/1125/9157.htm", """根据党委巡察工作安排,2026年1月16日,第二巡察组第四巡察小组向人文与社会科学学院党委反馈巡察情况,第二巡察组组长章益雷对抓好巡察整改工作提出要求,人文与社会科学学院党委书记田萍主持会议并作表态发言。
2025年11月19日至12月15日,第二巡察组第四巡察小组对人文与社会科学学院党委开展巡察。巡察组指出,近年来,人文与社会科学学院党委能够认真落实校党委工作要求,在专业建设、组织建设和学生培养等方面取得较好成绩。巡察中,发现了一些问题,主要是:一是党委政治核心作用发挥不够充分,党建与业务工作融合不深;二是全面从严治党主体责任落实存在薄弱环节,“四风”整治不够彻底;三是党建工作责任制落实不够扎实,基层党组织标准化规范化建设水平有待提升。
""", {"unit": "人文与社会科学学院党委", "start": date(2025, 11, 19), "end": date(2025, 12, 15),
      "feedback_date": date(2026, 1, 16), "problems": 3, "figures": []}),
    # http://jw.km.gov.cn/c/2022-05-30/4391219.shtml (a round announced; list of 12 villages cut to three)
    Case("km_villages", "http://jw.km.gov.cn/c/2022-05-30/4391219.shtml", """十三届县委第三轮巡察派出4个巡察组,对东北街社区、寺脚社区、晁家社区等12个村(社区)党组织开展常规巡察。
本轮巡察集中进驻时间为2022年3月1日至4月4日,共计35天。
""", {"unit": "", "units": ["东北街社区", "寺脚社区", "晁家社区"], "term": 13, "round": 3,
      "start": date(2022, 3, 1), "end": date(2022, 4, 4)}),
    # http://www.hklz.gov.cn/05/03/202205/t20220510_5481504.html (a round starts; no unit)
    Case("hklz", "http://www.hklz.gov.cn/05/03/202205/t20220510_5481504.html", """根据县委统一部署,2022年5月5日,县委正式启动第三轮巡察工作。截至5月7日,县委3个巡察组已全部完成进驻。
附件:十五届县委第三轮巡察进驻情况一览表
""", {"unit": "", "term": 15, "round": 3, "figures": []}),
    # http://www.shenqiu.gov.cn/newslast_34367.html (list of 15 units cut to three; no year)
    Case("shenqiu", "http://www.shenqiu.gov.cn/newslast_34367.html", """根据县委统一安排部署,县委5个巡察组于10月12日至10月14日分别召开十三届县委第二轮巡察工作进驻会,完成了对县民政局、县农业农村局、县财政局等15个县直单位党组织的巡察入驻工作。
""", {"unit": "", "units": ["县民政局", "县农业农村局", "县财政局"], "term": 13, "round": 2, "start": None}),
    # http://www.qdubb.cn/html/2018/xunshixuncha_0110/41088.html (traditional script)
    Case("qilin", "http://www.qdubb.cn/html/2018/xunshixuncha_0110/41088.html", """近日,根據麒麟區委巡察工作領導小組統一部署,五屆區委第四輪巡察派出的6個巡察組于2018年1月4至5日分別向區衛計局、環保局、人社局、林業局等6家黨委(支部)領導班子及黨委(支部)書記進行巡察意見反饋。
""", {"unit": "", "units": ["区卫计局", "环保局", "人社局", "林业局"], "term": 5, "round": 4,
      "feedback_date": date(2018, 1, 4)}),
    # http://ynjjjc.gov.cn/html/2021/yitituijinsanbu_0126/90539.html (statistics of ten rounds)
    Case("yuxi", "http://ynjjjc.gov.cn/html/2021/yitituijinsanbu_0126/90539.html", """目前,五届市委前十轮巡察77家被巡察单位根据反馈问题共制定整改措施5310条,建立完善制度2103项,退缴违规资金1.49亿元,挽回经济损失8967万元,整改率达93.7%。
""", {"unit": "", "term": 5, "round": None, "figures": [("measures", 5310), ("rules_established", 2103),
                                                           ("funds_recovered", 14900), ("funds_recovered", 8967),
                                                           ("completion_rate", 93.7)]}),
    # http://www.qh.xinhuanet.com/2019-03/20/c_1124260346.htm (three rounds' statistics)
    Case("haidong", "http://www.qh.xinhuanet.com/2019-03/20/c_1124260346.htm", """海东市县巡察工作始于2016年底,截止2018年10月,二届市委组织的3轮常规巡察共发现党组织领导核心作用不强、党的建设薄弱、落实全面从严治党责任不力,中央八项规定精神执行贯彻不到位等方面问题199条,已整改92条,移交问题线索20件,已办结9件。
""", {"unit": "", "term": 2, "figures": [("problems", 199), ("completed", 92), ("clues_transferred", 20)]}),
    # https://www.pdsjjw.gov.cn/sitesources/lhsjjw/page_pc/gzdt/xcgz/xsxcdt/article87147b919e144fe1adcaaa35eed30f7a.html
    Case("luohe", "https://www.pdsjjw.gov.cn/sitesources/lhsjjw/page_pc/gzdt/xcgz/xsxcdt/article87147b919e144fe1adcaaa35eed30f7a.html", """漯河市自2014年4月启动市县党委巡察工作以来,始终把巡察整改作为强化监督效果的一项重要政治任务。
目前,四轮巡察共下发“两书”108份,党纪政纪处分57人,组织处理132人。巡察期间,先后将涉嫌以权谋私的市殡葬管理所原主任王保群……等10人移交司法机关处理,对……临颍县农林局局长吕春旭等3人立案审查。
""", {"unit": "", "figures": [("disciplined_people", 57), ("organizational_handling", 132),
                                 ("transferred_judicial", 10), ("cases_filed", 3)]}),
    # http://www.duoyuan-iws.com.cn/zjsfw/bmdh/fzggj/zwgk/jgdj/content/post_1450927.html (traditional, pinyin noise)
    Case("pinyin_rounds", "http://www.duoyuan-iws.com.cn/zjsfw/bmdh/fzggj/zwgk/jgdj/content/post_1450927.html", """“問責(zé)一個、警醒一片” 強(qiáng)化巡察整改追責(zé)問責(zé)
十一屆市委第三、第四和第五輪巡察整改聯(lián)合督查的驗收結(jié)果呈向好態(tài)勢,三輪巡察整改推動各單位制定、完善制度1407項,排查廉政風(fēng)險點(diǎn)2196個,落實防範措施2907條,清退補(bǔ)收資金25673萬元。
""", {"unit": "", "term": 11, "figures": [("rules_established", 1407), ("funds_recovered", 25673)]}),
    # http://www.fjsyxww.com/2025-08/20/content_2248300.htm (a round starts; no year in the text)
    Case("fjsy", "http://www.fjsyxww.com/2025-08/20/content_2248300.htm", """8月20日,根据区委部署,十届区委第十轮巡察完成进驻工作。2个巡察组将对2个区直部门开展常规巡察,1个巡察组将对3个乡镇开展群众身边不正之风和腐败问题专项巡察暨巡察“回头看”,3个巡察组各巡察40天左右。
""", {"unit": "", "term": 10, "round": 10, "start": None, "figures": []}),
    # http://wh.nmgjjjc.gov.cn/single/2021/12/07/21120710340252324912-18091713005454734361.html (list cut)
    Case("haibowan", "http://wh.nmgjjjc.gov.cn/single/2021/12/07/21120710340252324912-18091713005454734361.html", """截止12月2日,九届海勃湾区委第一轮巡察已完成进驻工作,第一轮巡察工作全面展开。
九届海勃湾区委第一轮巡察派出4个巡察组,对区发改委党组、区商务局党组开展粮食系统专项巡察工作;对新华西街道党工委,区教育局党组、区能源局党组开展常规巡察工作。
""", {"unit": "", "units": ["区发改委党组", "区商务局党组", "新华西街道党工委", "区教育局党组", "区能源局党组"],
      "term": 9, "round": 1, "start": None}),
    # http://jsjw.gov.cn/zwgk/xsxc/bjxsxcqk/content_412263 (a round's clues)
    Case("jsjw", "http://jsjw.gov.cn/zwgk/xsxc/bjxsxcqk/content_412263", """【巡察反馈】巡察工作领导小组听取第七轮巡察工作情况汇报
8月23日下午,市委巡察工作领导小组召开会议听取第七轮巡察工作情况汇报。
会议对第七轮巡察问题线索处置建议、第七轮巡察反馈暨述廉会方案、第八轮巡察方案进行了研究,确定将发现的192条线索按照移送市纪委23条、交办被巡察单位169条的分类处置意见,报市委书记专题会议审议。
""", {"unit": "", "round": 7, "figures": [("clues_transferred", 192), ("clues_transferred", 23)]}),
    # http://vakiodaily.net/news/view/id/675401 (中新社, traditional script; central round-level feedback)
    Case("central_feedback", "http://vakiodaily.net/news/view/id/675401", """【中新社北京十二月三日電】根據中共中央部署,二十屆中央巡視省(自治區、直轄市)反饋工作近日完成。巡視反饋採取集中反饋和巡視組「一對一」反饋相結合的方式進行。
十六個中央巡視組分別向三十一個省(自治區、直轄市)和新疆生產建設兵團以及中央提級巡視的昆明市「一對一」反饋了巡視情況。
""", {"unit": "", "term": 20, "feedback_date": None, "figures": []}),
    # http://fc807.cn/ReadNews.asp?NewsID=9803 (traditional script with pinyin annotations)
    Case("central_pinyin", "http://fc807.cn/ReadNews.asp?NewsID=9803", """根據(jù)中央的統(tǒng)一部署,中央巡視組第二輪巡視工作從去年10月底開始,為期2個(gè)月左右。10個(gè)中央巡視組分別對(duì)山西、吉林、安徽、湖南、廣東、云南、新華社、國土資源部、商務(wù)部、三峽集團(tuán)開展巡視。
""", {"unit": "", "round": 2, "start": None, "figures": []}),
    # https://scholarmate.com/S/7BFzU2 (abstract; 十九届中央第一轮巡视)
    Case("central_first", "https://scholarmate.com/S/7BFzU2", """根据中央统一部署,今年2月至5月,十九届中央第一轮巡视对30个地区和单位党组织开展了常规巡视。7月底,中央巡视组集中向被巡视地区和单位反馈了巡视情况。
""", {"unit": "", "term": 19, "round": 1, "start": None, "end": None, "feedback_date": None}),
    # http://www.dingqianjf.com/news/show/134/1446017_0.html (蚌埠, traditional with pinyin; no year)
    Case("bengbu", "http://www.dingqianjf.com/news/show/134/1446017_0.html", """據(jù)蚌埠先鋒網(wǎng)報(bào)道 根據(jù)市委部署和市委巡察工作領(lǐng)導(dǎo)小組安排,7月25日至9月25日,市委組建6個(gè)巡察組,對(duì)市委政策研究室、市直屬機(jī)關(guān)工作委員會(huì)等27家單位黨組織開展常規(guī)巡察。
""", {"unit": "", "units": ["市委政策研究室", "市直属机关工作委员会"], "start": None, "end": None}),
    # https://mech.ycit.edu.cn/info/1115/1272.htm (a school's rectification report at a staff meeting)
    Case("ycit", "https://mech.ycit.edu.cn/info/1115/1272.htm", """7月7日下午,机械优集学院党委在南校区机械馆报告厅召开巡察整改情况通报会,学院党委书记孙雷向全体教职工通报了巡察整改情况。
学校党委于2020年11月下旬对机械优集学院开展了巡察工作,机械优集学院根据巡察反馈意见,制定了整改方案,对12个方面32个问题认真进行了整改。学院党委高度重视整改工作,截止通报时,大部分问题已经整改到位,仍有8个方面问题,有待持续整改。通过整改,统一了思想认识,制定出台了6项规章制度。
""", {"unit": "机械优集学院", "end": None, "feedback_date": None,
      "figures": [("problems", 32), ("rules_established", 6)]}),
    # https://www.cugb.edu.cn/xynews/47865.jhtml (two schools, one group)
    Case("cugb", "https://www.cugb.edu.cn/xynews/47865.jhtml", """根据学校党委关于巡察工作的统一部署,2024年第二轮巡察情况反馈会议于3月17日召开,党委第一巡察组就巡察材料科学与工程学院党委、海洋学院党委的情况进行反馈。
党委第一巡察组组长吴军分别向材料科学与工程学院党委、海洋学院党委宣读巡察反馈意见,提出巡察整改意见建议。
""", {"unit": "", "units": ["材料科学与工程学院党委", "海洋学院党委"], "round": 2, "group": "党委第一巡察组"}),
    # https://bipartisan-report.com/view/ynyunkenDang/3/161/2760 (a group company's seventh round; no year)
    Case("yunken", "https://bipartisan-report.com/view/ynyunkenDang/3/161/2760", """9月2日,集团党委第七轮政治巡察三个巡察组分别向集团所属国贸公司党支部、高特公司党总支、产业研究院党委三户被巡察企业反馈了巡察意见。
按照程序,三个巡察组先后向被巡察企业党组织主要负责人和被巡察企业领导班子进行了反馈。巡察组围绕“四个落实”和生产经营方面共计反馈问题60个,向相关被巡察企业提出针对性整改意见建议83条。
""", {"unit": "", "units": ["国贸公司党支部", "高特公司党总支", "产业研究院党委"], "round": 7, "feedback_date": None,
      "figures": [("problems", 60)]}),
    # http://www.csteelnews.com/qypd/djgh/202011/t20201124_43433.html (酒钢: a group's second round starts)
    Case("jisco", "http://www.csteelnews.com/qypd/djgh/202011/t20201124_43433.html", """本报讯(记者王汉杰)根据酒钢集团公司党委统一安排部署,11月中旬,3个巡察组分别进入宏兴股份公司选烧厂、天工矿业公司、紫玉酒店公司、发展规划部,对4家单位开展为期2个月的巡察。
自7月底的酒钢集团公司第七次党代会后,这已经是酒钢集团公司党委组织的第二轮巡察工作。
""", {"unit": "", "units": ["宏兴股份公司选烧厂", "天工矿业公司", "紫玉酒店公司", "发展规划部"], "round": 2, "start": None}),
    # http://gansu.gscn.com.cn/system/2016/05/18/011381954.shtml (list of 15 enterprises cut to three; no year)
    Case("gansu_sasac", "http://gansu.gscn.com.cn/system/2016/05/18/011381954.shtml", """中国甘肃网5月18日讯 据廉政网消息 5月9日,省政府国资委党委5个巡察组已按计划安排分别进驻二十一冶建设有限公司、甘肃长城电工集团有限责任公司、兰州三毛纺织(集团)有限责任公司等15户企业,开展为期3个月的巡察工作。
""", {"unit": "", "units": ["二十一冶建设有限公司", "甘肃长城电工集团有限责任公司", "兰州三毛纺织（集团）有限责任公司"],
      "start": None}),
    # http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html (progress report body without its title)
    Case("wucheng", "http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html", """根据区委统一部署,2022年9月16日至10月18日,区委第二巡察组对区文旅体局党组进行了巡察。2023年1月17日,区委巡察组向区文旅体局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。
区文旅体局党组把巡察整改作为重大政治任务来抓。截至目前,巡察反馈25个问题,已完成整改19个、正在整改6个,整改完成率76%。在巡察整改工作中,给予政务处分0人;组织处理0人;诫勉0人;交由纪委调查1人。在巡察整改专题民主生活会上批评帮助5人,责令检查1人,批评教育6人,提醒谈话0人。制定及修改完善制度12项,追缴资金7.132万元。
""", {"unit": "区文旅体局党组", "group": "区委第二巡察组", "start": date(2022, 9, 16), "end": date(2022, 10, 18),
      "feedback_date": date(2023, 1, 17),
      "figures": [("problems", 25), ("completed", 19), ("in_progress", 6), ("completion_rate", 76),
                  ("disciplined_people", 0), ("organizational_handling", 0), ("admonished_people", 0),
                  ("criticized_people", 6), ("reminded_people", 0), ("rules_established", 12),
                  ("funds_recovered", 7.132)]}),
    # https://www.zgsr.gov.cn/zgsr/bmdt/202407/89d98be3b10c4df3b3f3a6ca0ad5099c.shtml (four problems 一是…四是)
    Case("shangrao", "https://www.zgsr.gov.cn/zgsr/bmdt/202407/89d98be3b10c4df3b3f3a6ca0ad5099c.shtml", """根据市委部署,7月19日,市委第三巡察组向市政府办公室党组反馈了巡察情况。会议传达了市委书记陈云同志在听取五届市委第六轮巡察情况汇报时的讲话精神,市委第三巡察组组长胡军分别向市政府办公室党组书记毛祖宾和市政府办公室党组领导班子反馈了巡察情况。
胡军指出了巡察市政府办公室党组发现的主要问题:一是贯彻落实党的理论路线方针政策和党中央决策部署以及省委、市委工作要求有差距,打造让党放心、让人民满意模范机关存在薄弱环节;二是全面从严治党主体责任落实不够到位,驰而不息抓作风建设的韧劲不足;三是党组织战斗堡垒作用发挥不够,领导班子和干部队伍建设存在短板;四是落实巡视巡察监督整改责任不严不实。
""", {"unit": "市政府办公室党组", "group": "市委第三巡察组", "term": 5, "round": 6, "feedback_date": None,
      "problems": 4}),
    # https://www.jiaozuo.gov.cn/2025/12-17/588880.html (a unit studies the feedback it received)
    Case("jiaozuo", "https://www.jiaozuo.gov.cn/2025/12-17/588880.html", """12月16日,市政府机关党组召开(扩大)会议,深入学习贯彻习近平总书记关于巡视工作的重要论述,传达学习十二届市委第三巡察组巡察反馈意见,专题研究安排整改落实工作。
""", {"unit": "市政府机关党组", "term": 12, "group": "市委第三巡察组", "feedback_date": None}),
    # http://www.forcorn.com.cn/detail/7153.html (traditional script; a company's round starts; no year)
    Case("forcorn", "http://www.forcorn.com.cn/detail/7153.html", """10月9日至12日,集團公司黨委2個巡察組分別進駐二公司、建筑分公司、五公司、北京公司等4家單位開展常規巡察。被巡察單位黨組織分別召開巡察工作動員會。
""", {"unit": "", "units": ["二公司", "建筑分公司", "五公司", "北京公司"], "start": None, "end": None}),
    # http://www769655.com/show/8195.html (traditional script with pinyin annotations)
    Case("mcc_pinyin", "http://www769655.com/show/8195.html", """經(jīng)集團(tuán)黨委批準(zhǔn),集團(tuán)黨委第二輪巡察將對(duì)一分公司、四分公司、陜西分公司、中冶成勘黨委及物業(yè)公司黨總支開展常規(guī)巡察。
""", {"unit": "", "units": ["一分公司", "四分公司", "陕西分公司", "中冶成勘党委", "物业公司党总支"], "round": 2}),
    # --- added last and not worked on: their misses are first-contact results ---------------------------------
    # http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml (audit rectification)
    Case("ruijin_audit", "http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml", """关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告
市审计局局长 李火生
《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,问题资金251023.54万元,报告日已整改40项,整改到位资金215587.84万元,正在整改10项(含部分整改),未整改资金35435.70万元,出台13个规章制度。
""", {"refused": True}),
    # https://cixird.gov.cn/index.php/home/content?id=1532529 (audit rectification, title line not copied)
    Case("cixi_audit", "https://cixird.gov.cn/index.php/home/content?id=1532529", """2018年11月22日在慈溪市十七届人大常委会第十六次会议上
市审计局局长 俞金华
主任、各位副主任、各位委员:
我受市人民政府委托,向市人大常委会报告我市2017年度本级预算执行和其他财政收支审计查出问题的整改情况,请予审议。
""", {"refused": True}),
    # http://www.gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/content/post_2289418.html (an audit work report)
    Case("chaoyang_audit", "http://www.gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/content/post_2289418.html", """汕头市潮阳区审计局局长 郑创平
我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。
报告期间内共完成审计(调查)项目19个,共查出问题330项,涉及违规金额2377.2万元,管理不规范金额126932.39万元,提出审计建议47条。
""", {"refused": True}),
    # https://weinan.qinfeng.gov.cn/info/1208/74591.htm (a township's special inspection; no year)
    Case("dangmu", "https://weinan.qinfeng.gov.cn/info/1208/74591.htm", """为深入学习贯彻习近平总书记关于脱贫攻坚系列重要讲话精神和中央决策部署、省市委有关要求,市委成立脱贫攻坚市县联动巡察组,重点围绕“四个落实”聚焦“八看”,于3月7日至4月20日对蒲城县党睦镇党委落实脱贫攻坚开展了专项巡察。7月19日,联动巡察组向党睦镇党委反馈了巡察情况。
""", {"unit": "蒲城县党睦镇党委", "start": None, "end": None, "feedback_date": None}),
    # http://sx.hsjw.gov.cn/gzdt/dfzf/9178069.html (a joint group's feedback to a town's villages)
    Case("huicheng", "http://sx.hsjw.gov.cn/gzdt/dfzf/9178069.html", """县委上下联动巡察组向徽城镇所辖村(社区)党组织集中反馈巡察情况
根据县委巡察工作领导小组统一部署,2023年3月10日,县委上下联动巡察组向徽城镇所辖村(社区)党组织集中反馈巡察情况。县委巡察工作领导小组成员传达县委书记汪凯在书记专题会议听取十五届县委第三轮巡察综合情况汇报时的讲话精神。
根据市委统一部署,2022年9月19日至11月30日,县委上下联动巡察组对徽城镇所辖村(社区)党组织开展了巡察。
""", {"term": 15, "round": 3, "start": date(2022, 9, 19), "end": date(2022, 11, 30),
      "feedback_date": date(2023, 3, 10)}),
    # https://www.xingning.gov.cn/jrxn/xzfc/content/post_1512754.html (a town reports its rectification)
    Case("yetang", "https://www.xingning.gov.cn/jrxn/xzfc/content/post_1512754.html", """按照市委巡察工作的统一部署,2018年11月26日——2019年1月26日,兴宁市委机动巡察一组对叶塘镇党委进行了政治巡察,并对该镇河西村、黄竹村、长丰村、汤湖村党组织进行了延伸巡察工作。
目前,该镇党委对市委巡察组提出存在的5大方面14个问题,河西村、黄竹村、长丰村、汤湖村党组织存在44个问题,6个省定贫困村存在18个问题,都进行有针对性的逐一整改,并长期坚持。
""", {"unit": "叶塘镇党委", "start": date(2018, 11, 26), "end": date(2019, 1, 26),
      "figures": [("problems", 14)]}),
    # http://oldhengyx.srcbcz.com/countynews/-ZYALGesEhlCcDJPwwTAZ.shtml (a group enters a town)
    Case("shanqiao", "http://oldhengyx.srcbcz.com/countynews/-ZYALGesEhlCcDJPwwTAZ.shtml", """2018年9月19日,衡阳县县委第一巡察组正式进驻杉桥镇,将开展计划为期2个月的工作巡察。当天下午3:00钟,在杉桥镇大会议室召开县委第一巡察组巡察杉桥镇党委工作动员大会。
""", {"unit": "杉桥镇党委", "group": "县委第一巡察组", "start": date(2018, 9, 19), "feedback_date": None}),
    # http://www.nllz.gov.cn/html/wenzhang_739910.html (a group's mobilisation meeting in a town)
    Case("xuzhen", "http://www.nllz.gov.cn/html/wenzhang_739910.html", """根据县委关于巡察工作的安排部署,7月13日,县委第一巡察组巡察许镇镇丁塘村、池湖村、新渭村、建福村、星火村、民一村、金阁村党组织工作动员会召开。
""", {"group": "县委第一巡察组", "start": None, "feedback_date": None}),
    # https://yohu9.com/newsshow-214114.html (a district audit office's rectification news)
    Case("lanshan_audit", "https://yohu9.com/newsshow-214114.html", """岚山区审计局紧盯审计问题整改
今年以来,岚山区审计局始终紧盯审计问题整改,针对2022年度出具审计报告的24个项目的483个问题,对整改责任主体报送的整改证明材料进行逐笔逐项认真复核。
""", {"refused": True}),
]


for _n, _case in enumerate(CASES):
    _case.batch = "r1" if _n < 30 else "r2"
CASES += [Case(name, url, text, expect, "r3-dev", family) for name, url, family, text, expect in new.DEV]
CASES += [Case(name, url, text, expect, "r3-held", family) for name, url, family, text, expect in new.HELD_OUT]
CASES += [Case(name, url, text, expect, "r4-held", family) for name, url, family, text, expect in new.HELD_OUT_LATE]
CASES += [Case(name, url, text, expect, "r5-held", family) for name, url, family, text, expect in new.HELD_OUT_LAST]
CASES += [Case(name, url, text, expect, "c-dev", family) for name, url, family, text, expect in c_batch.C_DEV]
CASES += [Case(name, url, text, expect, "c-dev2", family) for name, url, family, text, expect in c_batch.C_DEV_2]
CASES += [Case(name, url, text, expect, "c-dev3", family) for name, url, family, text, expect in c_batch.C_DEV_3]
CASES += [Case(name, url, text, expect, "c-dev4", family) for name, url, family, text, expect in c_batch.C_DEV_4]
CASES += [Case(name, url, text, expect, "c-dev5", family) for name, url, family, text, expect in c_batch.C_DEV_5]
# The held-out batches, each collected beside a rules pass by someone who never ran the importer, run once by the
# integrator on that pass's rules (its figure is in bench/importer_accuracy.py), then tuned on in the next pass and
# pinned, but for the one in UNSEEN_BATCHES. Texts sharing a template or source with an earlier batch are left out.
HELD_BATCHES = [
    ("r6-held", r6.HELD_OUT_R6, r6.SEEN_IN_C_DEV),
    ("r7-held", r7.HELD_OUT_R7, ()),
    ("r8-held", r8.HELD_OUT_R8, r8.SHARES_TEMPLATE),
    ("r9-held", r9.HELD_OUT_R9, r9.SHARES_TEMPLATE),
    ("r10-held", r10.HELD_OUT_R10, r10.SHARES_TEMPLATE),
    ("r11-held", r11.HELD_OUT_R11, r11.SHARES_TEMPLATE),
    ("r12-held", r12.HELD_OUT_R12, r12.SHARES_TEMPLATE),
    ("r13-held", r13.HELD_OUT_R13, ()),
    ("r14-held", r14.HELD_OUT_R14, ()),
    ("r15-held", r15.HELD_OUT_R15, ()),
    ("r16-held", r16.HELD_OUT_R16, r16.SHARES_TEMPLATE),
    ("r17-held", r17.HELD_OUT_R17, r17.SHARES_TEMPLATE),
    ("r18-held", r18.HELD_OUT_R18, r18.SHARES_TEMPLATE),
    ("r19-held", r19.HELD_OUT_R19, r19.SHARES_TEMPLATE),
    ("r20-held", r20.HELD_OUT_R20, r20.SHARES_TEMPLATE),
    ("r21-held", r21.HELD_OUT_R21, r21.SHARES_TEMPLATE),
    ("r22-held", r22.HELD_OUT_R22, r22.SHARES_TEMPLATE),
    ("r23-held", r23.HELD_OUT_R23, r23.SHARES_TEMPLATE),
    ("r24-held", r24.HELD_OUT_R24, r24.SHARES_TEMPLATE),
    ("r25-held", r25.HELD_OUT_R25, r25.SHARES_TEMPLATE),
    ("r25-held", r25b.HELD_OUT_R25B, r25b.SHARES_TEMPLATE),
    ("r26-held", r26.HELD_OUT_R26, r26.SHARES_TEMPLATE),
    ("r26-held", r26b.HELD_OUT_R26B, r26b.SHARES_TEMPLATE),
    ("r26-held", r26c.HELD_OUT_R26C, r26c.SHARES_TEMPLATE),
    ("r26-held", r26d.HELD_OUT_R26D, r26d.SHARES_TEMPLATE),
    ("r27-held", r27.HELD_OUT_R27, r27.SHARES_TEMPLATE),
    ("r27-held", r27b.HELD_OUT_R27B, r27b.SHARES_TEMPLATE),
    ("r27-held", r27c.HELD_OUT_R27C, r27c.SHARES_TEMPLATE),
    ("r27-held", r27d.HELD_OUT_R27D, r27d.SHARES_TEMPLATE),
    ("r28-held", r28.HELD_OUT_R28, r28.SHARES_TEMPLATE),
    ("r28-held", r28b.HELD_OUT_R28B, r28b.SHARES_TEMPLATE),
    ("r28-held", r28c.HELD_OUT_R28C, r28c.SHARES_TEMPLATE),
    ("r28-held", r28d.HELD_OUT_R28D, r28d.SHARES_TEMPLATE),
    ("r29-held", r29.HELD_OUT_R29, r29.SHARES_TEMPLATE),
    ("r29-held", r29b.HELD_OUT_R29B, r29b.SHARES_TEMPLATE),
    ("r29-held", r29c.HELD_OUT_R29C, r29c.SHARES_TEMPLATE),
    ("r29-held", r29d.HELD_OUT_R29D, r29d.SHARES_TEMPLATE),
    ("r30-held", r30.HELD_OUT_R30, r30.SHARES_TEMPLATE),
    ("r30-held", r30b.HELD_OUT_R30B, r30b.SHARES_TEMPLATE),
    ("r30-held", r30c.HELD_OUT_R30C, r30c.SHARES_TEMPLATE),
    ("r30-held", r30d.HELD_OUT_R30D, r30d.SHARES_TEMPLATE),
    ("r31-held", r31.HELD_OUT_R31, r31.SHARES_TEMPLATE),
    ("r31-held", r31b.HELD_OUT_R31B, r31b.SHARES_TEMPLATE),
    ("r31-held", r31c.HELD_OUT_R31C, r31c.SHARES_TEMPLATE),
    ("r31-held", r31d.HELD_OUT_R31D, r31d.SHARES_TEMPLATE),
    ("r32-held", r32.HELD_OUT_R32, r32.SHARES_TEMPLATE),
    ("r32-held", r32b.HELD_OUT_R32B, r32b.SHARES_TEMPLATE),
    ("r32-held", r32c.HELD_OUT_R32C, r32c.SHARES_TEMPLATE),
    ("r32-held", r32d.HELD_OUT_R32D, r32d.SHARES_TEMPLATE),
    ("r33-held", r33.HELD_OUT_R33, r33.SHARES_TEMPLATE),
    ("r33-held", r33b.HELD_OUT_R33B, r33b.SHARES_TEMPLATE),
    ("r33-held", r33c.HELD_OUT_R33C, r33c.SHARES_TEMPLATE),
    ("r33-held", r33d.HELD_OUT_R33D, r33d.SHARES_TEMPLATE),
    ("r34-held", r34.HELD_OUT_R34, r34.SHARES_TEMPLATE),
    ("r34-held", r34b.HELD_OUT_R34B, r34b.SHARES_TEMPLATE),
    ("r34-held", r34c.HELD_OUT_R34C, r34c.SHARES_TEMPLATE),
    ("r34-held", r34d.HELD_OUT_R34D, r34d.SHARES_TEMPLATE),
    ("r35-held", r35.HELD_OUT_R35, r35.SHARES_TEMPLATE),
    ("r35-held", r35b.HELD_OUT_R35B, r35b.SHARES_TEMPLATE),
    ("r35-held", r35c.HELD_OUT_R35C, r35c.SHARES_TEMPLATE),
    ("r35-held", r35d.HELD_OUT_R35D, r35d.SHARES_TEMPLATE),
    ("r36-held", r36.HELD_OUT_R36, r36.SHARES_TEMPLATE),
    ("r36-held", r36b.HELD_OUT_R36B, r36b.SHARES_TEMPLATE),
    ("r36-held", r36c.HELD_OUT_R36C, r36c.SHARES_TEMPLATE),
    ("r36-held", r36d.HELD_OUT_R36D, r36d.SHARES_TEMPLATE),
    ("r37-held", r37.HELD_OUT_R37, r37.SHARES_TEMPLATE),
    ("r37-held", r37b.HELD_OUT_R37B, r37b.SHARES_TEMPLATE),
    ("r37-held", r37c.HELD_OUT_R37C, r37c.SHARES_TEMPLATE),
    ("r37-held", r37d.HELD_OUT_R37D, r37d.SHARES_TEMPLATE),
    ("r38-held", r38.HELD_OUT_R38, r38.SHARES_TEMPLATE),
    ("r38-held", r38b.HELD_OUT_R38B, r38b.SHARES_TEMPLATE),
    ("r38-held", r38c.HELD_OUT_R38C, r38c.SHARES_TEMPLATE),
    ("r38-held", r38d.HELD_OUT_R38D, r38d.SHARES_TEMPLATE),
]
CASES += [
    Case(name, url, text, expect, batch, family)
    for batch, rows, left_out in HELD_BATCHES
    for name, url, family, text, expect in rows
    if name not in left_out
]

def may_lack_address(batch: str) -> bool:
    """Batches whose files note texts the search tool gave without an address (the c-dev batches, and every held-out
    batch from r10 on, outside_r10.py … say which); the earlier batches' texts all have theirs."""
    held = re.fullmatch(r"r(\d+)-held", batch)
    return batch.startswith("c-dev") or bool(held and int(held[1]) >= 10)


def _inspection(result, expect: dict):
    inspections = [i for d in result.documents for i in d.inspections]
    if not inspections:
        return None, []
    if expect.get("unit") == "":
        round_level = [i for i in inspections if not i.unit]
        main = round_level[0] if round_level else inspections[0]
    else:
        with_unit = [i for i in inspections if i.unit]
        main = with_unit[0] if with_unit else inspections[0]
    return main, [i.unit for i in inspections if i is not main and i.unit]


def _points(item) -> int:
    """The points under an announcing holder; under a holder of aspects (一、巡察发现的问题 / （一）… / 1.…), the
    aspects' own points."""
    return sum(len(child.children) or 1 for child in item.children) or 1


def extract(text: str, expect: dict) -> dict:
    """The importer's answer for the fields a case scores."""
    try:
        result = parse_text(text, "outside.txt")
    except DocumentError:
        # refused: nothing read, so no unit, no units and no problem either (a reader's "" and [] are met: a text that
        # states no party inspection, 督察 or 约谈, is refused as the issue asks)
        return {"refused": True, "unit": "", "units": [], "problems": 0}
    main, others = _inspection(result, expect)
    if main is None:
        # no inspection read: nothing stated, so no problem counted (a reader's "problems 0" is met)
        return {"refused": False, "problems": 0}
    return {
        "refused": False,
        "unit": main.unit,
        "units": others,
        "group": main.group,
        "term": main.term,
        "round": main.round,
        "start": main.start,
        "end": main.end,
        "feedback_date": main.feedback_date,
        # problems as a reader counts them: the points under an announcing holder, else the items
        "problems": sum(_points(item) for item in main.items),
        "figures": [(f.metric, f.value) for f in main.figures],
    }


def score(case: Case) -> tuple[int, int, int, list[str]]:
    """(fields right, fields a reader extracts, values invented, names of wrong fields)."""
    got = extract(case.text, case.expect)
    right = total = invented = 0
    wrong = []
    for name, want in case.expect.items():
        have = got.get(name)
        if name in ("figures", "units"):
            want_list, have_list = list(want), list(have or [])
            for item in want_list:
                total += 1
                if item in have_list:
                    have_list.remove(item)
                    right += 1
                else:
                    wrong.append(f"{name}:{item}")
            invented += len(have_list)  # stated by the importer, not by the text
            wrong.extend(f"{name}+{item}" for item in have_list)
            continue
        if want in (None, "") and name != "unit":
            if have not in (None, ""):
                invented += 1
                wrong.append(f"{name}+{have}")
            continue  # an absent field is not one a reader extracts
        total += 1
        if have == want:
            right += 1
        else:
            wrong.append(name)
    return right, total, invented, wrong
