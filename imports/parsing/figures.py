"""Counts a report states (反馈问题33个, 问责15人, 完成率95%, 挽回经济损失1.2亿元) as model.Figure.

A number only becomes a figure when the words next to it name one of the metrics below; years, dates,
ordinals (第三), slogans in quotes (“一个问题、一名领导”) and percentages of other things are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import Figure, Line
from .numerals import parse_number, to_halfwidth

# Metric vocabulary: the same codes as ledger.choices.Metric.
PROBLEMS = "problems"
MEASURES = "measures"
COMPLETED = "completed"
BASICALLY_COMPLETED = "basically_completed"
IN_PROGRESS = "in_progress"
LONG_TERM = "long_term"
COMPLETION_RATE = "completion_rate"
ACCOUNTABLE_PEOPLE = "accountable_people"
DISCIPLINED_PEOPLE = "disciplined_people"
CASES_FILED = "cases_filed"
CLUES_TRANSFERRED = "clues_transferred"
FUNDS_RECOVERED = "funds_recovered"
RULES_ESTABLISHED = "rules_established"
ADMONISHED = "admonished_people"
CRITICIZED = "criticized_people"
REMINDED = "reminded_people"
ORGANIZATIONAL = "organizational_handling"
DETAINED = "detained_people"
TRANSFERRED_JUDICIAL = "transferred_judicial"
AMOUNT_RECTIFIED = "amount_rectified"

METRIC_LABELS = {
    PROBLEMS: "反馈问题",
    MEASURES: "整改措施",
    COMPLETED: "已完成",
    BASICALLY_COMPLETED: "基本完成",
    IN_PROGRESS: "正在推进",
    LONG_TERM: "长期坚持",
    COMPLETION_RATE: "完成率",
    ACCOUNTABLE_PEOPLE: "问责人数",
    DISCIPLINED_PEOPLE: "党纪政务处分人数",
    CASES_FILED: "立案件数",
    CLUES_TRANSFERRED: "移交问题线索",
    FUNDS_RECOVERED: "挽回经济损失（万元）",
    RULES_ESTABLISHED: "建立完善制度",
    ADMONISHED: "诫勉谈话人数",
    CRITICIZED: "批评教育人数",
    REMINDED: "提醒谈话人数",
    ORGANIZATIONAL: "组织处理人数",
    DETAINED: "留置人数",
    TRANSFERRED_JUDICIAL: "移送司法机关",
    AMOUNT_RECTIFIED: "整改问题金额（万元）",
}

_COUNT_UNITS = {"个", "条", "项", "件", "起", "类"}
_PEOPLE_UNITS = {"人", "名", "人次"}
_MONEY_UNITS = {"元": 0.0001, "千元": 0.1, "万元": 1.0, "亿元": 10000.0}  # funds are reported in 万元
_RATE_UNITS = {"%"}
_UNITS_FOR = {
    PROBLEMS: {"个", "条", "项", "类", "处", "件"},
    MEASURES: {"条", "项", "个", "类"},
    COMPLETED: _COUNT_UNITS,
    BASICALLY_COMPLETED: _COUNT_UNITS,
    IN_PROGRESS: _COUNT_UNITS,
    LONG_TERM: _COUNT_UNITS,
    COMPLETION_RATE: _RATE_UNITS,
    ACCOUNTABLE_PEOPLE: _PEOPLE_UNITS,
    DISCIPLINED_PEOPLE: _PEOPLE_UNITS,
    CASES_FILED: {"件", "起", "人", "名"},
    CLUES_TRANSFERRED: {"件", "条", "个", "起"},
    FUNDS_RECOVERED: set(_MONEY_UNITS),
    RULES_ESTABLISHED: {"项", "个", "件", "条", "部", "类"},
    ADMONISHED: _PEOPLE_UNITS,
    CRITICIZED: _PEOPLE_UNITS,
    REMINDED: _PEOPLE_UNITS,
    ORGANIZATIONAL: _PEOPLE_UNITS,
    DETAINED: _PEOPLE_UNITS,
    TRANSFERRED_JUDICIAL: _PEOPLE_UNITS | {"件", "起"},
    AMOUNT_RECTIFIED: set(_MONEY_UNITS),
}
_MONEY_METRICS = {FUNDS_RECOVERED, AMOUNT_RECTIFIED}
# Status metrics describe a count of problems or measures; when both kinds of word qualify the same number
# ("已完成整改的问题30个") the status is what the sentence reports.
_STATUS_METRICS = {COMPLETED, BASICALLY_COMPLETED, IN_PROGRESS, LONG_TERM, COMPLETION_RATE}

# Keywords, most specific first (问题线索 before 问题, 基本完成 before 完成).
_KEYWORDS: list[tuple[str, str]] = [
    (TRANSFERRED_JUDICIAL, r"移送(?:司法|检察)机关|移送司法|移送检察|移交司法机关|移交司法"),
    (CLUES_TRANSFERRED, r"问题线索|线索"),
    (AMOUNT_RECTIFIED, r"整改问题金额|整改金额|整改资金|问题金额"),
    (ADMONISHED, r"诫勉谈话|诫勉"),
    (CRITICIZED, r"批评教育"),
    (REMINDED, r"提醒谈话|谈话提醒|约谈提醒"),
    (ORGANIZATIONAL, r"组织处理"),
    (DETAINED, r"留置"),
    (COMPLETION_RATE, r"完成率|整改率|销号率|完成比例|整改完成率|完成整改占比"),
    (BASICALLY_COMPLETED, r"基本完成|基本整改到位|基本办结"),
    (IN_PROGRESS, r"正在推进|正在整改|正在落实|持续推进|推进中|整改中|未完成|尚未完成|未整改到位|阶段性进展|序时推进"),
    (LONG_TERM, r"长期坚持|长期推进|长期整改|需长期|长期任务|持续整改"),
    (COMPLETED, r"已完成|已整改到位|已整改|完成(?:问题)?整改|整改完成|整改到位|销号|全部完成|整改完毕"),
    (DISCIPLINED_PEOPLE, r"党纪政务处分|党纪处分|政务处分|纪律处分|党政纪处理|党纪政纪处理|处分"),
    (ACCOUNTABLE_PEOPLE, r"追责问责|问责|追责|责任追究"),
    (CASES_FILED, r"立案"),
    (FUNDS_RECOVERED, r"挽回(?:经济)?损失|挽回|追回|收回|追缴|退缴|清退|收缴|返还"),
    (RULES_ESTABLISHED, r"建章立制|整章建制|制度机制|规章制度|制度"),  # 整章建制: the same words turned round
    (MEASURES, r"整改措施|整改举措|措施|举措|整改任务"),
    (PROBLEMS, r"反馈问题|具体问题|问题|反馈意见(?!建议)"),
]
_KEYWORD_RE = re.compile("|".join(f"(?P<k{i}>{pattern})" for i, (_, pattern) in enumerate(_KEYWORDS)))

_NUMBER = r"(?<![\d.])(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)"
# "5.8万余件" / "46万余元": a count or amount in 万 or 亿 before its unit
_UNIT = r"(?P<mult>万|亿)?(?P<approx>余|多)?\s*(?P<unit>人次|万元|亿元|千元|元|%|个|条|项|件|起|人|名|类|处|部)"
_CANDIDATE = re.compile(_NUMBER + r"\s*" + _UNIT)
# a full stop closing a quotation ("…有的放矢。”近日，…") ends the quoted sentence only with the quote
_SENTENCE_END = re.compile(r"(?<=[。！？!?])(?!”)")
# "已留置2人——这是…": a dash ends the clause like a comma
_SEGMENT_BREAK = re.compile(r"[，,；;：:、（(）)\s“”—]")
_COUNT_RIGHT_AFTER_RE = re.compile(r"^(?:\d+|[一二两三四五六七八九十百]+)(?:\.\d+)?\s*(?:个|条|项|件|类|起)")
_NOT_COUNTS_AFTER = re.compile(r"^(?:方面|大项|百分点|单位|部门|批次|轮|届|年|月|日|次)")
# After the unit either the clause ends, a verb or adverb follows (已全部完成整改), or the counted noun itself is
# named; any other noun means the number counts something else ("已完成45个项目建设").
_COUNTED_NOUN_OK = re.compile(
    r"^(?:$|\d|[已均全正基其中的并都被现目予得和及或与等共，,。；;、）)…”—]|为(?![\u4e00-\u9fff]{0,4}(?:项目|工程|企业|村|户|人))|[(（](?:含|其中|包括)|完成|整改|进行|问题|措施|任务|事项|具体|反馈|举措"
    r"|问责|处分|立案|线索|制度|党员|干部|责任人|相关|领导|人员"
    # "给予党纪处分94人(党内警告53人,…)": a bracket breaking the count down by kind
    r"|[(（][\u4e00-\u9fff]{2,8}\d"
    # "稳步推进31个省委巡视反馈问题": the problems named by the inspection that fed them back
    r"|(?:中央|省委|市委|州委|县委|区委|旗委)?巡[视察](?:组)?反馈(?:的)?(?:具体)?问题"
    # "对2名县处级领导干部采取留置措施" / "121名厅级和921名处级干部": cadres by rank
    r"|(?:省部|厅局|厅|县处|处|乡科|科)级"
    # "对4名区管干部立案调查": cadres by who manages them
    r"|[省市区县]管(?:领导)?干部)"
)


# a short bracket inside a noun: 村(社区)两委
_INNER_BRACKET_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][\u4e00-\u9fff、]{1,4}[)）](?=[\u4e00-\u9fff])")


def extract_figures(lines: Iterable[Line]) -> list[Figure]:
    """Every figure stated in these lines, in reading order."""
    figures: list[Figure] = []
    parts: set[tuple[str, float]] = set()  # counts told as parts of a total (其中…54个), by metric
    first_line = None
    for line in lines:
        first_line = line.no if first_line is None and line.text.strip() else first_line
        # "完成率达到100%的51个，80%以下的4个": how many bodies reached a rate is a distribution, no figure of the text's
        text = _BODIES_AT_A_RATE_RE.sub("", to_halfwidth(line.text))
        told = False
        for sentence in _SENTENCE_END.split(text):
            if sentence.strip():
                # "巡察组组长X指出，…取得成绩。但…还存在25个问题。": the contrast after the group's own words is its finding
                figures.extend(_sentence_figures(sentence, line.no, told and bool(_CONTRAST_RE.match(sentence)), parts))
                told = told or bool(_GROUP_SAYS_RE.search(sentence))
    # "共指出4个方面33个问题" … "截至6月20日，巡察反馈的33个具体问题，已完成整改30个": the feedback's total referred
    # back to (反馈的/指出的 right before it) is the count already stated, no second one (only totals: two equal counts
    # of people or funds may be two actions, and a count not referring back may be a part that happens to be equal)
    seen: set[tuple[str, float]] = set()
    headline: set[tuple[str, float]] = set()  # the figures of a title line ("武冈:扶贫专项巡察发现问题191个")
    kept = []
    for figure in figures:
        key = (figure.metric, figure.value)
        if figure.metric in _TOTALS and key in seen and (_refers_back(figure) or _restated_before_its_state(figure)):
            continue
        if key in headline and figure.line != first_line:
            continue  # the body telling the headline's count again ("…巡察发现问题共191个"): one figure
        if figure.line == first_line and _is_headline(figure.text):
            headline.add(key)
        if figure.metric in _TOTALS and key in parts:
            continue  # "共发现问题110个，其中交叉巡察组发现问题54个。……发现4个被巡察党组织存在问题54个": the part told again
        if kept and (_people_of_cases_just_counted(kept[-1], figure) or _rectified_of_found(kept[-1], figure)):
            continue
        seen.add(key)
        kept.append(figure)
    return kept


def _is_headline(text: str) -> bool:
    return len(text) <= 60 and not re.search(r"[。！？!?]", text)


def _named_ways(before: str, num_text: str, after: str) -> bool:
    """"突出抓好“一看二报三谈四问”四项措施" / "四举措做好巡察“后半篇文章”": a few ways of working counted in words, no
    rectification measures (those are counted in digits or named 整改措施, "制定整改措施94条")."""
    return (
        not num_text[0].isdigit()
        and (parse_number(num_text) or 0) <= 10
        and not re.match(r"\s*[项条个]?\s*整改", after)
        and not re.search(r"整改(?:措施|举措)?\s*$", before)
    )


_BODIES_AT_A_RATE_RE = re.compile(r"(?:达到|在)?\s*\d+(?:\.\d+)?\s*%\s*(?:以[上下])?的\s*\d+\s*个")


_TOTALS = {PROBLEMS, MEASURES}


def _rectified_of_found(before: Figure, figure: Figure) -> bool:
    """"发现问题247个,整改问题247个": the problems rectified, said right after those found, are no second count of
    problems (how many were done is not read from 整改问题 alone: "督促整改问题6个" is a check's work)."""
    return (
        before.metric == figure.metric == PROBLEMS
        and before.line == figure.line
        and bool(re.search(rf"问题\s*{before.value:g}\s*[个项条][，,]\s*整改问题\s*{figure.value:g}\s*[个项条]", to_halfwidth(figure.text)))
    )


def _people_of_cases_just_counted(before: Figure, figure: Figure) -> bool:
    """"立案审查5件5人": the people of the cases just counted (5件) are no second count of the same metric."""
    return (
        before.metric == figure.metric
        and before.line == figure.line
        and before.unit in ("件", "起")
        and figure.unit in ("人", "名")
        and bool(re.search(rf"{before.value:g}\s*[件起]\s*{figure.value:g}\s*[人名](?!次)", to_halfwidth(figure.text)))
    )


def _restated_before_its_state(figure: Figure) -> bool:
    """"截至目前，巡察问题8个，已完成整改7个，…": the total said again to tell how far it is done."""
    number = f"{figure.value:g}"
    return bool(re.search(
        rf"问题\s*{re.escape(number)}\s*[个项条][，,]\s*(?:其中)?(?:已|均)?(?:完成|整改|办结|销号)", to_halfwidth(figure.text)
    ))


def _refers_back(figure: Figure) -> bool:
    number = f"{figure.value:g}"
    # "对反馈意见中提出的34个问题，…建立了整改清单": the problems the feedback raised, referred back to as 提出的
    return bool(re.search(rf"(?:反馈|指出|交办|提出)的\s*{re.escape(number)}\s*[个项条]", to_halfwidth(figure.text)))


# "将巡察指出的3个方面的7项问题，细化分解为20个具体问题": a count of problems broken down into a finer count in the same
# sentence groups them; only the finer one counts the problems (never a breakdown into measures or tasks); a clause of
# who broke it down may stand between ("3方面13个问题,在整改过程中我局具体细化分解为24个分项问题")
_REFINED_INTO_RE = re.compile(
    r"^[^。；;]{0,6}?(?:问题)?[，,]?\s*(?:[^。；;，,\d]{0,14}?)(?:进一步|逐项|逐条)?(?:细化|分解|细分|拆分)(?:分解|细化)?(?:为|成)(?:了)?\s*"
    r"(?:\d+|[一二两三四五六七八九十百]+)\s*[个项条](?:具体|小|分项|子)?问题"
    # "4个方面7项具体问题涉及的17个细化问题": the finer problems the coarser ones hold, named as finer ones
    r"|^[^。；;，,\d]{0,4}?问题(?:涉及|包含|包括)(?:的)?\s*(?:\d+|[一二两三四五六七八九十百]+)\s*[个项条]"
    r"(?:细化|具体|小|分项|子)问题"
)
_GROUP_SAYS_RE = re.compile(r"巡[视察][一二三四五六七八九十\d]*组[^。；;，,]{0,12}?指出")
_CONTRAST_RE = re.compile(r"^\s*(?:但|但是|同时|然而)")


# "对检查中发现的…等16个共性问题，检查组形成《工作提示单》，…督促…健全完善79项制度规定": a sentence whose actor is a
# check's own group (检查组, 督查组) telling that check's own findings, with no word of 巡视/巡察, counts the check's
# results, no inspection's (a unit's own 督查组 pushing its rectification, with no findings of its own, is read)
_CHECK_SENTENCE_RE = re.compile(r"(?:检查|督查|督导|督察)组")
# the feedback of the inspection before this one (上轮省委巡视反馈的…, 上一轮巡察反馈问题…), whose counts are its own
_EARLIER_ROUND_RE = re.compile(r"(?:上一?轮|上次|前一?轮|上届)[^。；;，,]{0,8}?巡[视察][^。；;，,]{0,6}?反馈")
_CHECK_FINDINGS_RE = re.compile(r"(?:检查|督查|督导|督察|抽查)(?:中|时|过程中)?(?:共)?发现")


def _sentence_figures(
    sentence: str, line_no: int, told_by_group: bool = False, parts: set[tuple[str, float]] | None = None
) -> list[Figure]:
    out: list[Figure] = []
    if _CHECK_SENTENCE_RE.search(sentence) and _CHECK_FINDINGS_RE.search(sentence) and not re.search(r"巡[视察]", sentence):
        return out
    if _EARLIER_ROUND_RE.search(sentence):
        return out  # "上轮省委巡视反馈的34个问题有11个未完成整改": the previous inspection's problems, not this one's
    last_end = 0
    refined = False
    for m in _CANDIDATE.finditer(sentence):
        start = m.start()
        num_text = m.group("num")
        if start > 0 and sentence[start - 1] in "第每近约前后":
            continue  # ordinal or approximation of something else (第三 / 每2个)
        if num_text == "一" or not num_text:
            continue  # 一个/一项 is ordinary wording ("一个问题一名领导"), not a count
        if _inside_quotes(sentence, start):
            continue
        after = sentence[m.end() : m.end() + 12]
        if _NOT_COUNTS_AFTER.match(after):
            continue
        if _COUNT_RIGHT_AFTER_RE.match(after):
            continue  # "指出4项12个问题": the first count groups the second (aspects or kinds), it counts no problems
        noun = _KEYWORD_RE.search(after[:6])
        if not _COUNTED_NOUN_OK.match(after) and not (noun and noun.start() <= 2):
            continue
        if _REFINED_INTO_RE.match(sentence[m.end() :]):
            refined = True
            continue  # "3个方面的7项问题，细化分解为20个具体问题": the finer count is the problems (settled convention 4)
        tied = told_by_group or bool(_TIED_AFTER_RE.search(sentence, m.end())) or _rectified_after(sentence, start, m.end())
        metric = _metric(sentence[:start], after, m.group("unit"), tied)
        metric = _status_pair(sentence, m, metric)
        if metric is None and refined and re.match(r"(?:具体|小|分项|子)?问题", after):
            # "…13个问题,在整改过程中我局具体细化分解为24个分项问题": the feedback's count broken down is the finer count's tie
            metric = PROBLEMS
        refined = False
        if metric is None and m.group("unit") in _PEOPLE_UNITS:
            # "对121名厅级和921名处级干部作出组织处理": the action named at the end of the clause, after a verb
            acted = _ACTED_ON_RE.match(
                _SEGMENT_BREAK.split(sentence[m.end() : m.end() + 30], maxsplit=1)[0].rstrip("。！？!?…")
            )
            action = re.sub(r"(?<=立案)(?:调查|审查)$", "", acted[1]) if acted else ""  # 立案调查 is 立案
            metric = _metric_of(_KEYWORD_RE.search(action)) if action and _KEYWORD_RE.fullmatch(action) else None
            metric = metric if metric and m.group("unit") in _UNITS_FOR[metric] else None
        if metric is None and out and _PARALLEL_RE.fullmatch(sentence[last_end:start]) and m.group("unit") == out[-1].unit:
            # "立案审查厅级干部1225名、处级干部8684名" / "发现问题线索40条、已移交24条": a count in parallel with the one
            # just stated, with no metric word of its own, counts the same thing
            metric = out[-1].metric
        if metric is None and m.group("unit") in _MONEY_UNITS and _INVOLVED_FUNDS_RE.search(sentence[:start]):
            metric = FUNDS_RECOVERED  # "督促追缴…项目65个，涉及资金5810.292万元": the amount of the recovery
        # (the areas a finding names before 方面 are no verb of it: "着力解决群众急难愁盼等方面还存在25个问题")
        # (a verb listed before its object with 、 too: "已发现、解决桥梁老化、道路破损…等问题29件")
        if metric == PROBLEMS and _NOT_FINDINGS_RE.search(re.split(r"[，,；;]|方面", sentence[:start])[-1]):
            metric = None  # "推动立行立改问题35个" / "帮助群众解决实际问题37个": problems dealt with, not findings
        if metric is None and _SHARE_OF_DONE_RE.search(sentence[:start]) and m.group("unit") == "%":
            # "已整改销号问题453个，占整改问题总数的96.18%": the share of the count just stated as completed
            # the completed count must be the number right before the share ("…453个，占…的96.18%")
            numbers = list(_CANDIDATE.finditer(re.split(r"[；;]", sentence[:start])[-1]))
            if out and out[-1].metric == COMPLETED and numbers and parse_number(numbers[-1]["num"]) == out[-1].value:
                metric = COMPLETION_RATE
        if (
            metric is None
            and out
            and out[-1].metric == PROBLEMS
            and m.group("unit") in _COUNT_UNITS
            and _BARE_RECTIFIED_RE.fullmatch(re.split(r"[，,；;、]", sentence[:start])[-1].strip())
        ):
            metric = COMPLETED  # "反馈问题306个，整改279个": a bare 整改 after the problems' count is how many were rectified
        if (
            metric is None
            and out
            and out[-1].metric == CLUES_TRANSFERRED
            and m.group("unit") in ("条", "件")
            and re.match(r"\s*(?:并)?(?:移交|移送)", re.split(r"[，,；;]", sentence[:start])[-1])
        ):
            metric = CLUES_TRANSFERRED  # "发现…问题线索28条，移交区纪委…等有关部门6条": the clues handed over (settled 6)
        if metric in _STATUS_METRICS and _COVERAGE_RE.search(sentence):
            metric = None  # "全县220个村级党组织，已完成153个，覆盖率达到69.5%": units visited, not problems rectified
        # (never a rate named for rectification itself: "压实58个村级党组织整改责任，整改完成率达89%")
        if metric == COMPLETION_RATE and not any(f.metric in _RATE_BASES for f in out) and not _RECTIFICATION_RATE_RE.search(
            sentence[:start]
        ) and _counts_other(re.split(r"[；;]", sentence[:start])[-1]):
            metric = None  # "203个主要工作节点完成168个，完成率达到82.8%": the rate of the other things just counted
        if metric in _STATUS_METRICS and metric != COMPLETION_RATE and _counts_other(re.split(r"[，,；;]", sentence[:start])[-1]):
            metric = None  # "46个工作节点已完成40个": the other things of its own clause are what was completed
        if metric in _STATUS_METRICS and metric != COMPLETION_RATE and _measures_state(sentence, m, out):
            metric = None  # "反馈问题29个,制定整改措施94条,已完成整改94条": the measures done, no problems' state
        if metric is None:
            continue
        value = parse_number(num_text)
        if value is None:
            continue
        if m.group("mult"):
            value *= 10000 if m.group("mult") == "万" else 100_000_000
        unit = m.group("unit")
        if metric in _MONEY_METRICS:
            value, unit = round(value * _MONEY_UNITS[unit], 4), "万元"
        clause = re.split(r"[，,；;]", sentence[:start])[-1]
        # (the parts go on after 其中 until another count is told: "共191个，其中立行立改问题15个，反馈问题167个")
        in_parts = clause.startswith("其中") or bool(re.search(r"[，,：:]\s*其中", sentence[last_end:start]))
        if in_parts and out and out[-1].metric == metric:
            if parts is not None:
                parts.add((metric, value))
            continue  # 共发现问题189个，其中…问题32个: a part of the count just stated, not a count of its own
        if metric == MEASURES and _named_ways(sentence[:start], num_text, after):
            continue
        out.append(Figure(metric=metric, value=value, unit=unit, line=line_no, text=sentence.strip()))
        last_end = m.end()
        if metric == DETAINED and _AND_TRANSFERRED_RE.match(sentence[m.end() : m.end() + 40]):
            # "对2名县处级领导干部采取留置措施并移送司法机关": the same people detained and transferred
            out.append(Figure(metric=TRANSFERRED_JUDICIAL, value=value, unit=unit, line=line_no, text=sentence.strip()))
    return out


# "发现问题1099个，问题线索270条…——这是宜春市委近日对全市公安系统开展巡察取得的“成绩单”": a news lead that
# names the inspection its counts come from after them
# and "“发现问题14个，…。”近日，…巡察组组长X端出巡察成绩单": a quoted lead its speaker presents as the results
_TIED_AFTER_RE = re.compile(
    r"[—，,]\s*这是[^。；;]{0,40}?巡[视察][^。；;]{0,20}?(?:成绩单|成果|成效|结果)"
    r"|[。！!]”[^。；;“]{0,60}?巡[视察][^。；;“]{0,20}?(?:成绩单|成果|成效)"
)
# "对1名区管干部进行组织处理" / "对4名区管干部立案调查": the action on the people counted, after a verb or right after them
_ACTED_ON_RE = re.compile(
    r"^(?:[^，,；;。]{0,20}?(?:作出|给予|进行|予以|采取)(?:了)?|[\u4e00-\u9fff]{0,6}?(?:干部|人员|党员))([\u4e00-\u9fff]{2,8})$"
)
# what may stand between two parallel counts: the disposition of the same things (、已移交) or another rank of people
# (、处级干部); never words of a metric of their own (、移交问题线索处置率达 / 、交办被巡察单位)
_PARALLEL_RE = re.compile(r"、(?:已|并)?(?:移交|移送)(?:了)?|、[\u4e00-\u9fff]{0,6}?(?:干部|人员|党员)")
_INVOLVED_FUNDS_RE = re.compile(
    r"(?:追缴|收缴|清退|退缴|追回|挽回)[^。；;]{0,40}[，,]\s*(?:共)?涉及(?:资金|金额)(?:共)?$"
)
_COVERAGE_RE = re.compile(r"覆盖")
_BEFORE_VISIT_RE = re.compile(r"巡[视察](?:工作)?(?:前|之前|开始前|进驻前)[，,]")
_NOT_FINDINGS_RE = re.compile(r"立行立改|边巡边改|解决|帮助|办理|化解|办结")
_AND_TRANSFERRED_RE = re.compile(r"^[^，,；;。]{0,20}?留置[^，,；;。]{0,6}?并移送(?:司法|检察)机关")


_RECTIFICATION_RATE_RE = re.compile(r"整改(?:完成|销号)?率\s*(?:达到|达|为|是)?\s*$")
_RATE_BASES = {PROBLEMS, MEASURES, COMPLETED, BASICALLY_COMPLETED, IN_PROGRESS, LONG_TERM}


def _counts_other(before: str) -> bool:
    """True when the words before a completion rate or a status count count things that are neither problems nor
    measures ("203个主要工作节点完成168个，" / "15个重点项目已完成"): the rate or the count is of those things. Kinds of
    grouping (3个方面, 5个单位) count nothing it could be of."""
    for m in _CANDIDATE.finditer(before):
        after = before[m.end() : m.end() + 12]
        if m.group("unit") not in _COUNT_UNITS or not re.match(r"[\u4e00-\u9fff]", after) or _NOT_COUNTS_AFTER.match(after):
            continue
        noun = _KEYWORD_RE.search(after[:6])
        if not _COUNTED_NOUN_OK.match(after) and not (noun and noun.start() <= 2):
            return True
    return False


# "涉及5项问题、11项措施已完全整改到位，14项问题、39项措施整改落实取得明显成效": problems and measures counted side by
# side in a clause that tells their state; the totals were stated before
_STATUS_PAIR_RE = re.compile(
    r"(?P<p>\d+)\s*[项个条]\s*(?:具体)?问题、(?P<m>\d+)\s*[项个条]\s*(?:具体)?(?:整改)?(?:措施|举措)(?P<state>[^，,。；;]*)"
)
_PAIR_DONE_RE = re.compile(r"^(?:已|均|都)?(?:经)?(?:完全|全部)?(?:整改到位|完成整改|整改完成|完成)")


def _status_pair(sentence: str, m: re.Match[str], metric: str | None) -> str | None:
    """A count of a problems-and-measures pair in a breakdown by state (two pairs or more in the sentence, or one
    opened by 其中/涉及): the problems completed when the state is done (已完全整改到位), no figure for the measures
    beside them nor for a pair still under way (整改落实取得明显成效). A single pair (分解出的26个具体问题、29项整改措施
    已完成) states the totals and is read as before."""
    pairs = list(_STATUS_PAIR_RE.finditer(sentence))
    for pair in pairs:
        if len(pairs) < 2 and not re.search(r"(?:其中|涉及)[^，,。；;]{0,4}$", sentence[: pair.start()]):
            continue
        if m.start() not in (pair.start("p"), pair.start("m")):
            continue
        if metric not in (None, PROBLEMS, MEASURES, COMPLETED):
            return metric
        done = _PAIR_DONE_RE.match(pair["state"].strip())
        return COMPLETED if done and m.start() == pair.start("p") else None
    return metric


def _measures_state(sentence: str, m: re.Match[str], out: list[Figure]) -> bool:
    """True when, in a sentence that counts the problems, a count told by its state (已完成整改94条) counts the
    measures instead: named as measures in its own clause (已完成(含基本完成)整改措施89条), or in the unit of the
    measures counted right before it (反馈问题29个，制定整改措施94条，已完成整改94条) when the problems were counted in
    another unit and the clause names no problems. Problems counted in the measures' unit (反馈问题29条，制定整改措施94条，
    已完成整改25条) leave the count to the problems; with no problems counted (制定整改措施367条，完成整改措施357条) the
    state is the measures' and is read as before."""
    unit = m.group("unit")
    problems = [f for f in out if f.metric == PROBLEMS]
    if not problems or any(f.unit == unit for f in problems):
        return False
    clause = re.split(r"[，,；;、]", sentence[: m.start()])[-1]
    if re.search(r"(?:措施|举措)\s*$", clause):
        return True
    return bool(
        out[-1].metric == MEASURES
        and out[-1].unit == unit
        and "问题" not in clause
        and not re.match(r"\s*(?:具体)?问题", sentence[m.end() :])
    )


# "深入剖析29个问题，提出117条整改举措": the measures made for the problems just counted
_MEASURES_FOR_RE = re.compile(
    rf"^[^。；;]{{0,6}}?[，,]\s*(?:共|并|逐一|逐条|分别|针对性)?(?:制定|提出|明确|细化|形成|建立)(?:了)?[^。；;，,]{{0,8}}?"
    rf"{_NUMBER}\s*[条项个]\s*(?:具体)?整改(?:措施|举措)"
)
# "涉及整改问题523项，目前已经完成整改问题523项": the problems to rectify, with how many of them were completed
_DONE_AFTER_RE = re.compile(r"^[^。；;]{0,4}?[，,][^。；;，,]{0,8}?(?:已|均)[^。；;，,]{0,4}?(?:完成整改|整改完成|整改到位|完成)")


# "共计18个问题已整改完成", "30个问题已完成(含基本完成)整改": problems counted by their done state, with nothing after
# the state in the clause; never when all of them are said done (全部/均已: the total) nor a count that follows
# (…问题已整改完成15个)
# "…的52个问题未完成整改": the problems counted are those not yet done (settled convention 3, the count said first)
_NOT_DONE_RIGHT_AFTER_RE = re.compile(r"^(?:具体|面上)?问题(?:仍|还|尚)?(?:未完成整改|未完成|未整改到位|尚未完成)(?=[，,。；;]|$)")
_DONE_RIGHT_AFTER_RE = re.compile(
    r"^(?:具体)?问题(?:已经?)(?:整改完成|完成整改|整改到位|整改完毕|完成(?:[（(][^）)]{1,8}[）)])?整改|完成)(?=[，,。；;]|$)"
)
# "已完成(含基本完成)整改措施89条": measures counted by their done state
_DONE_MEASURES_RE = re.compile(r"已(?:经)?(?:全部)?完成(?:[（(][^）)]{1,8}[）)])?(?:的)?(?:整改)?(?:措施|举措)\s*$")


def _rectified_after(sentence: str, start: int, end: int) -> bool:
    """True when the rest of the sentence ties a count of problems to their rectification: the measures made for them,
    or (for problems named as those to rectify, 整改问题) how many were completed. A self-check's or survey's problems
    are counted without either."""
    rest = sentence[end:]
    return bool(_MEASURES_FOR_RE.match(rest)) or bool(
        re.search(r"整改问题\s*$", sentence[:start]) and _DONE_AFTER_RE.match(rest)
    )


def _inside_quotes(sentence: str, pos: int) -> bool:
    """Inside a quoted slogan (“一个问题、一名领导”); a quoted statement running on past 20 characters (a news lead
    quoting a report: “巡察22个基层党组织，发现…问题376个”) is read like the text's own words."""
    before = sentence[:pos]
    if before.count("“") <= before.count("”"):
        return False
    opened = before.rindex("“")
    closed = sentence.find("”", pos)
    # “目前共发现问题线索85件,已立案8件,…”: a quotation running past 20 characters is a statement, wherever the number
    return len(before) - opened <= 20 and closed != -1 and closed - opened <= 20


def _metric(before: str, after: str, unit: str, tied_after: bool = False) -> str | None:
    """The metric a number measures, from the words of its own clause before it and the noun right after it."""
    before = _INNER_BRACKET_RE.sub("", before)  # "党纪政务处分村(社区)两委党员干部13人": a short bracket is no break
    seg_start = max((m.end() for m in _SEGMENT_BREAK.finditer(before)), default=0)
    segment = before[seg_start:]
    after_seg = _SEGMENT_BREAK.split(after, maxsplit=1)[0]
    # "31个省委巡视反馈问题": the inspection feeding them back names the problems counted, and is their cue
    fed_back_by = re.match(r"(?:中央|省委|市委|州委|县委|区委|旗委)?巡[视察](?:组)?反馈(?:的)?(?=(?:具体)?问题)", after_seg)
    if fed_back_by:
        after_seg, segment = after_seg[fed_back_by.end() :], segment + fed_back_by[0]

    def usable(metric: str) -> bool:
        return unit in _UNITS_FOR[metric] or _rate_of_completion(metric, unit)

    before_hits = [(_metric_of(m), len(segment) - m.end()) for m in _KEYWORD_RE.finditer(segment)]
    before_hits = [h for h in before_hits if usable(h[0])]
    after_hits = [(_metric_of(m), m.start()) for m in _KEYWORD_RE.finditer(after_seg)]
    after_hits = [h for h in after_hits if usable(h[0])]
    status = [h for h in before_hits if h[0] in _STATUS_METRICS]
    if status:  # 已完成整改30个(问题): the state is what is counted
        metric = min(status, key=lambda h: h[1])[0]
    elif after_hits and after_hits[0][1] <= 2:  # 33个具体问题 / 120条整改措施
        metric = after_hits[0][0]
        if metric == PROBLEMS and _DONE_RIGHT_AFTER_RE.match(after_seg):
            metric = COMPLETED  # "共计18个问题已整改完成": the problems counted are those done, not the feedback's total
        elif metric == PROBLEMS and _NOT_DONE_RIGHT_AFTER_RE.match(after_seg):
            metric = IN_PROGRESS
    elif before_hits:  # 反馈问题33个 / 问责15人
        metric = min(before_hits, key=lambda h: h[1])[0]
    elif after_hits and unit in _PEOPLE_UNITS:  # 对15名党员干部进行问责
        metric = after_hits[0][0]
    elif unit in ("项", "条") and re.search(r"(?:分解|细化)(?:为|成)?\s*$", segment) and re.match(r"整改(?:[，,。；;]|$)", after_seg):
        metric = MEASURES  # "314个问题，具体分解细化为574项整改": the problems broken down into the measures
    else:
        return None
    if metric == PROBLEMS and unit in ("件", "起") and re.search(r"立案(?:查处|审查|调查)?", segment):
        metric = CASES_FILED  # "立案查处村干部侵害群众利益问题27件": the cases filed over such problems
    if metric in (ORGANIZATIONAL, DISCIPLINED_PEOPLE) and re.search(
        r"(?:党政纪|党纪政务|党纪|政务|纪律)(?:处分)?(?:及|和|与|、)(?:组织处理|党纪政务处分|处分)\s*$", segment
    ) or (metric == ADMONISHED and re.search(r"组织处理(?:及|和|与|、)诫勉谈话\s*$", segment)) or (
        # "组织处理和经济考核130人次": an action of another kind counted with it
        metric == ORGANIZATIONAL and re.search(r"组织处理(?:及|和|与|、)[\u4e00-\u9fff]{2,6}\s*$", segment)
    ) or (
        metric == ACCOUNTABLE_PEOPLE and re.search(r"问责(?:和|及|与|、)约谈|约谈(?:和|及|与|、)问责", segment)
    ):
        return None  # "给予党政纪及组织处理181人": two kinds of action counted together are neither
    if _NOT_DONE_RE.search(segment) and metric != IN_PROGRESS:
        return None  # 剩余未追缴348.35万元 / 力争完成12个: a remainder or a target is no result
    if _BEFORE_VISIT_RE.search(re.split(r"[；;]", before)[-1]):
        return None  # "第一轮巡察前，…共收集29条问题线索": gathered to prepare the visit, nothing it found or did
    if metric == CLUES_TRANSFERRED and re.search(r"问题(?:及|和|与)(?:问题)?线索\s*$", segment):
        return None  # "发现街道和社区问题及问题线索394条": problems and clues counted together are neither
    if metric == PROBLEMS and unit == "类" and re.search(r"方面\s*$", segment):
        return None  # "反馈的4个方面12类问题": kinds of problem under the aspects, not the problems
    if metric == CLUES_TRANSFERRED and re.search(r"办结|办理|处置|查结|了结|核查", segment):
        return None  # 已办结问题线索5件: clues concluded, not the clues transferred
    if metric == CLUES_TRANSFERRED and _CHECK_CLUES_RE.search(clause := re.split(r"[，,；;]", before)[-1]) and not re.search(
        r"巡[视察]", clause
    ):
        return None  # "对整改中发现的…等2条问题线索整理上报": clues a check of the rectification found, no inspection's
    if metric == CLUES_TRANSFERRED and _from_letters(before):
        return None  # 受理信访举报问题线索45件: clues received from letters, no inspection's (settled convention 6)
    if metric == ACCOUNTABLE_PEOPLE and not re.search(r"问责|追责|责任追究", re.sub(r"约谈问责", "", segment + after_seg)):
        return None  # "7人被县纪委约谈问责": an interview held as accountability is no metric, as 约谈 alone is none
    if metric == REMINDED and re.search(r"(?:被巡[视察]|整改)(?:单位|党组织)[^，,；;。]{0,6}?负责(?:人|同志)\s*$", segment):
        return None  # "约谈提醒被巡察单位负责人1名": a unit's leader pressed on its rectification, no finding's accountability
    if metric == COMPLETED and re.search(r"完成(?:整改)?任务\s*$", segment):
        return None  # "完成整改任务86项": the unit's tasks done, not problems rectified
    if metric == MEASURES and _DONE_MEASURES_RE.search(re.split(r"[，,；;。、]", before)[-1]):
        return None  # "已完成(含基本完成)整改措施89条": the measures done so far, not the measures made
    if metric == MEASURES and re.search(r"(?:防范|防控|预防|管控)(?:措施|举措)\s*$", segment):
        return None  # 落实防范措施2907条: risk-prevention measures, not rectification measures
    if metric == MEASURES and (after_seg.startswith("整改任务") or segment.endswith("整改任务")) and "反馈" not in segment:
        return None  # "提出87项整改任务": a unit's own task list is no metric; the feedback's tasks (反馈的20项整改任务) are
    if metric == COMPLETED and re.search(r"阶段性(?:完成|整改)[^，,；;。]*$", segment):
        return None  # "阶段性完成整改1个": done for a stage only, neither completed nor basically completed
    if metric == COMPLETION_RATE and re.search(r"以前年度|往年|历年|以往|前几轮|上一?轮", segment):
        return None  # "督促以前年度问题整改率达76%": the rate of earlier years' problems, not this inspection's
    if unit == "%" and metric != COMPLETION_RATE:
        return None  # "已完成70%" of a project is not the rectification completion rate
    # "…反馈了局党组领导核心发挥不充分；…；党建工作有短板等14个主要问题": the count closing the run the group fed back
    fed_back_run = re.search(r"反馈(?:了)?[^。]*等\s*$", before) and re.match(r"(?:主要|突出|具体)?问题", after_seg)
    found_by_visit = fed_back_run or (_FOUND_BY_VISIT_RE.search(before) or tied_after) and (
        re.search(r"问题(?:共计|合计|总计|共)?\s*$", segment) or re.match(r"问题(?:$|[。！？!?已均全都认真进行得])", after_seg)
    )  # the bare noun 问题 counted, not 问题表现 or 问题线索
    # "巡察回访期间，…对该镇党委4大类16个方面22个问题…": problems counted under their aspects, in a sentence about an
    # inspection, are the feedback's own structure (a check's "检查发现4个方面12个问题" is not)
    by_aspects = re.search(r"方面\s*$", segment) and "巡" in before
    # "区委紧扣巡视反馈意见，…分解出19个重点问题，制定328条整改措施": the feedback broken down into its problems
    broken_down = re.search(r"(?:分解|梳理|细化|归纳)(?:出|为|成)\s*$", segment) and _FEEDBACK_CUE.search(before)
    if metric == PROBLEMS and not (_FEEDBACK_CUE.search(segment + after_seg) or found_by_visit or by_aspects or broken_down):
        return None  # 检查发现问题36个 counts other problems, not the inspection's findings
    if metric in (PROBLEMS, COMPLETED) and re.search(r"(?:认领|领办|包联|包抓)[^，,；;。]{0,6}$", segment):
        return None  # "市委主要负责同志…主动认领11个反馈问题": a leader's own share of the problems, not their count
    # (judged after a count just joined: "审计组发现的10个问题和巡察组发现的5个问题" has the group's own 5)
    if metric == PROBLEMS and _CHECK_FOUND_RE.search(re.split(r"(?<=问题)[和及、]", segment)[-1]):
        return None  # "…开展了专项督查，督查发现问题12个": a check's findings, not the inspection's
    if metric == PROBLEMS and _SHORT_OF_RE.match(after_seg):
        return None  # 36个问题整改不够到位: problems a check found still open, not the feedback's count
    return metric


_SHARE_OF_DONE_RE = re.compile(r"[，,]\s*占[^，,；;。]{0,8}?(?:问题|整改|任务|措施)[^，,；;。]{0,6}?(?:总数|总量)?的?$")
_BARE_RECTIFIED_RE = re.compile(r"(?:已|共)?整改(?:了)?")
_NOT_DONE_RE = re.compile(r"剩余|尚未|未(?!完成|整改到位)|计划|力争|拟|预计|争取|目标|将于|待")
# "3轮常规巡察共发现…等方面问题199条" / "根据巡察反馈意见，…对32个问题进行了整改": the sentence ties the problems to the
# inspection before the clause that counts them.
# (…<关于对市中心医院党委巡察情况的反馈意见>…通报了…45项问题: the feedback's own problems)
_FOUND_BY_VISIT_RE = re.compile(r"巡[视察](?:[^。；;，,]{0,8}?反馈|[^。；;]{0,40}?发现)")
# ("对审计组发现的10个问题和巡察组发现的5个问题": an audit group's own findings beside the inspection's)
_CHECK_FOUND_RE = re.compile(r"(?:督查|检查|审计|督导|调研|评估|考核|抽查)(?:组|中|时|过程中)?(?:共)?发现")
_CHECK_CLUES_RE = re.compile(r"(?:督查|检查|督导|调研|评估|考核|抽查|监督|整改)(?:中|时|过程中)(?:共)?发现")
_SHORT_OF_RE = re.compile(r"^[^，,。；;]{0,6}?(?:整改不|未整改|没有整改|尚未整改)")
_FEEDBACK_CUE = re.compile(r"反馈|巡视|巡察|指出|具体问题|交办")


_LETTERS_RE = re.compile(r"(?:受理|接收|接到|收到|收集)[^。；;，,]{0,10}?(?:信访|来信|来访|举报)")


def _from_letters(before: str) -> bool:
    """True when the clause counting clues says they were received from letters and visits (受理信访举报问题线索45件),
    or is the part (其中…) of a count of letters just stated (受理来信来访68件次，其中问题线索12件)."""
    clauses = re.split(r"[，,；;]", before)
    if _LETTERS_RE.search(clauses[-1]):
        return True
    return len(clauses) >= 2 and clauses[-1].lstrip().startswith("其中") and bool(_LETTERS_RE.search(clauses[-2]))


def _rate_of_completion(metric: str, unit: str) -> bool:
    return unit == "%" and metric == COMPLETION_RATE


def _metric_of(match: re.Match[str]) -> str:
    index = int(match.lastgroup[1:]) if match.lastgroup else len(_KEYWORDS) - 1
    return _KEYWORDS[index][0]
