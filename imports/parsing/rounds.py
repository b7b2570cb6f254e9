"""The term (届) and round (轮) a document's header states: whose round it is, and which rounds are another's."""

from __future__ import annotations

import re

from .chinese import NUM, fold, to_int
from .model import Inspection

HAN = r"\u4e00-\u9fff"
LEVEL_BODY = r"(?:中央|自治区党委|省委|市委|区委|县委|州委|地委|盟委|旗委|工委|党委|党组)"
# 十三届省委第四轮 / 十二届天津市委第一轮 / 十三届县委第三巡察组 — never 党的十九届历次全会
# "十一届宁夏回族自治区党委坚决落实中央部署，…深化政治巡视": a place's committee with its term, in a sentence on its
# inspections
# (never 新一届/上一届/下一届, no number; never a plenary or a discipline commission's term: 二十届中央纪委二次全会,
# 十九届四中全会, which the texts cite beside their inspections)
TERM_RE = re.compile(
    rf"(?<![新上下这那每])({NUM})届(?![^。，,；;、]{{0,8}}?全会|中央纪委|[省市区县州]纪委)(?:[{HAN}]{{0,6}}?{LEVEL_BODY}.{{0,8}}?(?:轮|巡[视察])"
    rf"|[{HAN}]{{0,8}}?(?:自治区党委|省委|市委|区委|县委|州委|旗委|盟委)[^。；;]{{0,40}}?巡[视察]"
    # "关于十四届第五轮巡察集中整改进展情况的通报": a term right before its round, the body left unsaid
    rf"|(?=第{NUM}轮(?:常规|专项)?巡[视察])"
    # "我校第二届委员会第七轮巡察" / "中共土默特左旗十二届委员会召开第七轮巡察工作动员部署会": a committee written out
    # (委员会) with its term, its round in the same clause (never a plenary: 十九届中央委员会第三次全体会议)
    rf"|委员会[^。；;，,]{{0,4}}?(?=第{NUM}轮(?:常规|专项)?巡[视察]))"
)
# never a round of something else: 第二轮中央生态环境保护督察, 第三轮审计
ROUND_RE = re.compile(rf"第({NUM})轮(?![^。，,；;巡]{{0,14}}(?:督察|督查|督导|审计|检查|评估|考核))")


# "根据省委第二轮巡视巡察联动工作部署和市委巡察工作安排，": the superior's arrangement the text follows.
_ARRANGEMENT_RE = re.compile(r"^(?:根据|按照)[^。，,]{0,60}?(?:部署|安排|要求)[，,]")
# "传达学习十九届中央第八轮巡视工作动员部署会精神": the superior's round (and term) a meeting studied, never the text's
# (and every 、-joined item after it: "传达学习了…讲话精神、…十九届中央第三轮巡视动员部署会主要精神、…九届省委第六轮…精神")
# (and "认真贯彻落实十一届自治区党委第八轮巡视动员部署会议精神": a superior's meeting carried out)
# (and "会议深入学习…重要论述精神,以及全国巡视工作会议暨十九届中央第九轮巡视动员部署会议、…十二届市委第一轮…主要精神":
# the meetings whose spirit is studied, joined by 以及 after a comma)
STUDIED_RE = re.compile(
    r"(?:传达(?:学习)?|贯彻落实|学习贯彻|(?<=深入)学习|(?<=认真)学习)(?:了)?[^。，,；;]{0,60}?精神"
    r"(?:(?:[、和及]|[，,]\s*以及)[^。，,；;]{0,100}?精神)*"
    # "结合六届荆州市委第十轮巡察工作动员部署会要求": a superior's meeting whose requirements are taken into account
    r"|结合[^。，,；;]{0,40}?(?:动员部署会|工作会|会议)[^。，,；;]{0,6}?(?:要求|精神)"
    # "深入贯彻十一届省委第二轮巡视工作要求": a superior round's requirements carried out
    r"|(?<=深入|认真)贯彻[^。，,；;]{0,40}?第[^。，,；;]{1,4}?轮[^。，,；;]{0,12}?(?:要求|精神)"
    # "认真学习了赵乐际…在全国巡视工作会议暨十九届中央第九轮巡视动员部署会上的讲话": a speech at a superior's meeting studied
    r"|(?:传达|学习)(?:了)?[^。，,；;]{0,60}?(?:动员部署会|工作会议|会议|会)上的(?:重要)?讲话"
)


def first_int(pattern: re.Pattern, *texts: str) -> int | None:
    """The first number the pattern finds; a number inside the opening 根据…部署 clause only when no other text
    states one (that clause names the superior's round, not this one)."""
    value = _first_int_in(pattern, *(_ARRANGEMENT_RE.sub("", fold(text)) for text in texts))
    return value if value is not None else _first_int_in(pattern, *texts)


_CHECKED_EARLIER_RE = re.compile(
    rf"(?<=检查|督查|回访|围绕)[^。；;]*?{NUM}届[^。；;，,第]{{0,12}}?巡[视察](?!第)[^。；;，,第]{{1,40}}?整改(?:落实)?[^。；;，,]{{0,20}}?情况"
)


def term_and_round(*texts: str) -> tuple[int | None, int | None]:
    """The term and round a text states. A round studied at a meeting ("传达学习十九届中央第八轮巡视…精神") is
    the superior's when the text names a round of its own elsewhere: then neither it nor its term is the text's."""
    own = tuple(STUDIED_RE.sub("", fold(text)) for text in texts)
    round_ = first_int(ROUND_RE, *own)
    if round_ is not None:
        term = first_int(TERM_RE, *own)
        return (None if term is not None and term_of_other_round(term, round_, own) else term), round_
    # "国家体育总局党组巡视工作动员部署会…传达了…十九届中央第九轮巡视动员部署会精神": a party group's or committee's
    # own inspection work deployed, beside a central or provincial round only conveyed, names no round (its own term
    # stays where it says it: "十三届州委巡察工作领导小组")
    if any(_OWN_WORK_DEPLOYED_RE.search(text) for text in own) and any(
        re.search(rf"(?:中央|省委|自治区党委)第{NUM}轮", m[0]) for text in texts for m in STUDIED_RE.finditer(fold(text))
    ):
        return first_int(TERM_RE, *own), None
    return first_int(TERM_RE, *texts), first_int(ROUND_RE, *texts)


# (or its own inspection leading group meeting: "党委巡视工作领导小组第十五次工作会议在主楼…召开", "十三届州委巡察工作
# 领导小组召开第十二次会议")
_OWN_WORK_DEPLOYED_RE = re.compile(
    rf"(?:党组|党委)(?:巡视|巡察)工作(?:动员部署|部署|动员)(?:会|会议)"
    rf"|(?:党组|党委|[市州县区旗]委)(?:巡视|巡察)工作领导小组(?:召开(?:了)?)?(?:第{NUM}次)?(?:工作)?会议"
)
_TERM_ROUND_RE = re.compile(rf"({NUM})届[{HAN}]{{0,8}}?{LEVEL_BODY}第({NUM})轮")


def term_of_other_round(term: int, round_: int, texts: tuple[str, ...]) -> bool:
    """True when the term is stated only with another round than the text's ("党委第二轮校内巡察…结合十一届省委第一轮巡视
    我校反馈意见": the province's term, with its own round, is no term of the university's second round)."""
    rounds = {
        to_int(m[2])
        for text in texts
        for m in _TERM_ROUND_RE.finditer(term_first(text).replace("首轮", "第一轮"))
        if to_int(m[1]) == term
    }
    return bool(rounds) and round_ not in rounds


# "市委十四届第二轮巡察" says the term after the body: read as 十四届市委第二轮
_BODY_THEN_TERM_RE = re.compile(rf"({LEVEL_BODY})({NUM})届(?=第{NUM}轮)")


# "新一届区委第一轮巡察" / "上一届": a term named by its place in time, with no number
_UNNUMBERED_TERM_RE = re.compile(r"(?<=[新上下这那每])一届")


# "启动五届区委六轮巡察": a term's round written without 第
_ROUND_WITHOUT_DI_RE = re.compile(rf"(届{LEVEL_BODY})(?=[一二三四五六七八九十]{{1,3}}轮)")


def term_first(text: str) -> str:
    text = _ROUND_WITHOUT_DI_RE.sub(r"\1第", text)
    return _BODY_THEN_TERM_RE.sub(r"\2届\1", _UNNUMBERED_TERM_RE.sub("届", text))


def _first_int_in(pattern: re.Pattern, *texts: str) -> int | None:
    for text in texts:
        text = term_first(fold(text).replace("首轮", "第一轮"))
        # "已参与市委第一轮、第二轮巡察的单位": rounds listed together are other rounds, not the text's own
        text = re.sub(rf"第{NUM}轮(?:[、和及]第{NUM}轮)+", "", text)
        # "自2016年9月本届州委开展首轮巡察工作以来": the rounds since the first are counted, none is named
        text = _SINCE_ROUND_RE.sub("", text)
        # "重点检查…、……四届市委“机动式”专项巡察我市尚家镇…突出问题整改情况": an earlier inspection of another body,
        # told with its term and no round, whose rectification the text's visit checks names no term of the text
        text = _CHECKED_EARLIER_RE.sub("", text)
        # "区委教育工委自六届区委巡察以来": the inspections since a term's start are counted, none is named
        text = _without_centres_demands(text)
        # (never a later round's start: "自十一届镜湖区委第七轮巡察开展以来" is the round under way)
        text = re.sub(rf"自{NUM}届(?![^。，,；;]{{0,8}}?第{NUM}轮)[^。，,；;]{{0,12}}?以来", "", text)
        # "去年县内首轮巡察之后的一次回头看": last year's round is an earlier one, not the text's
        text = re.sub(rf"(?:去年|上年|前年|上一年度?)[^。，,；;]{{0,6}}?第{NUM}轮", "", text)
        text = _NEXT_ROUND_RE.sub("", text)
        # "在完成2021年第一轮9个单位、部门常规巡察的基础上，分别进驻第二轮9个单位": the round done before the text's
        text = re.sub(rf"在(?:已经?)?完成[^。；;]{{0,30}}?第{NUM}轮[^。；;]{{0,40}}?(?:的)?基础上", "", text)
        # "传达学习了习近平总书记在…审议《关于二十届中央第四轮巡视情况的综合报告》时的重要讲话精神": the centre's round
        # studied, no round of the text's (the Politburo's own meeting on it is the round's news, and keeps it)
        text = re.sub(rf"(传达(?:学习)?[^。；;]{{0,60}}?)《[^《》]*?中央第{NUM}轮巡视情况的综合报告》", r"\1《》", text)
        # "完成该年度第三轮对26家单位巡视…共开展14轮巡视": a text counting a term's rounds names a year's round by its
        # place in that year, no round of the term's numbering
        if _ROUNDS_COUNTED_RE.search(text):
            text = re.sub(rf"年度?第{NUM}轮", "年", text)
        match = pattern.search(text)
        if match:
            value = to_int(match[1])
            if value is not None:
                return value
    return None


# "自2016年9月本届州委开展首轮巡察工作以来" / "从十届市委首轮巡察起": the rounds since one began are counted, none
# is named (never 第三轮巡察起草 or 起到)
# (a later round than the first "开展以来" is the round under way: "十届邯山区委第八轮巡察工作开展以来，各巡察组…"; a
# story's "事情要从郏县县委第十一轮村(社区)巡察说起" tells where it starts, no rounds counted)
_SINCE_ROUND_RE = re.compile(rf"第(?:一|1)轮[^。，,；;]{{0,12}}?以来|(?<=[从自])[^。，,；;]{{0,12}}?第{NUM}轮[^。，,；;]{{0,8}}?(?<![说讲谈提])起(?![草到底来])")


_ROUNDS_COUNTED_RE = re.compile(rf"(?:共|累计|先后|总共)(?:开展|完成|组织|进行|部署)(?:了)?\s*{NUM}\s*轮")


# "筹备好二届市委第三轮巡察工作，…3月份启动第三轮巡察工作": the next round, prepared for, is not the text's
# and "高水平完成公司党组第十轮巡视" is a task set for the next one
# (never one done: 已高质量完成第三轮巡察 / 高质量完成了第三轮巡察)
_NEXT_ROUND_RE = re.compile(
    rf"(?:筹备|准备|谋划|酝酿|(?<![已均])高(?:质量|水平|标准)完成(?!了))(?:好)?[^。；;]{{0,20}}?第{NUM}轮[^。；;]*"
    # "今年第三轮巡视结束以后，还将完成对金融单位的全覆盖": a round ending later, named to tell when a plan is done
    rf"|今年第{NUM}轮(?:巡[视察])?(?:工作)?结束(?:以后|之后|后)"
)


_ROUND_LIST_RE = re.compile(rf"第{NUM}轮?(?:\s*[、和及与]\s*第?{NUM}轮?)+轮")
# (and two bodies' rounds joined: "清远市第三轮县级交叉巡察第四组和英德市委第九轮巡察各巡察组")
_ROUNDS_JOINED_RE = re.compile(
    rf"第({NUM})轮[^。；;，,]{{0,8}}?巡[视察](?:工作)?(?:情况)?(?:第{NUM}(?:巡[视察])?组)?[和及与、]"
    rf"[^。；;，,第]{{0,10}}?第({NUM})轮"
)


# "落实十九届中央第三轮巡视的新要求进行监督检查" / "根据…十九届中央首轮巡视工作新要求": the centre's round whose demands
# a city's or a province's visit follows, no round of its own
_CENTRES_DEMANDS_RE = re.compile(rf"(?:{NUM}届)?中央(?:第{NUM}|首)轮巡视(?:工作)?(?:的)?(?:新)?(?:要求|部署)")


def _without_centres_demands(text: str) -> str:
    return _CENTRES_DEMANDS_RE.sub("", text)


def several_rounds(inspection: Inspection, text: str) -> None:
    """"听取第十一、十二轮巡视工作情况汇报" / "十届省委第十四轮…；十一届省委第一轮…": a text about several rounds (or
    terms) states no one round (or term); a guess would be invented."""
    # "传达学习了八届省委第一轮巡视动员部署会会议精神": the superior's round studied is no second round of the text's;
    # "五是筹备好二届市委第三轮巡察工作": the next round prepared for neither
    text = term_first(_NEXT_ROUND_RE.sub("", STUDIED_RE.sub("", _without_centres_demands(text))))
    # "七届龙湖区委第八轮巡察暨第四轮巡察“回头看”": beside a round of its own, an earlier round's look-back names that
    # earlier round, no second round of the text's
    revisited = _REVISITED_ROUND_RE.sub("回头看", text)
    if ROUND_RE.search(revisited):
        text = revisited
    # "《十七届县委第四轮和第五轮巡察整改情况督查方案》" / "对第一、二轮巡察整改情况进行评估": earlier rounds whose
    # rectification is checked are no second round of the text's (their terms still count as terms it names)
    terms = {to_int(m[1]) for m in TERM_RE.finditer(text) if ROUND_RE.search(m[0])}
    text = _CHECKED_ROUNDS_RE.sub(lambda m: "" if _checks_rectification(m[1]) else m[0], text)
    pairs = {(to_int(m[1]), to_int(r[1])) for m in TERM_RE.finditer(text) if (r := ROUND_RE.search(m[0]))}
    # "部署开展省委第九轮巡视…9月至11月，省委第十轮巡视…": one body's two rounds, as in a year's review
    # (each round with its own visit after it: an earlier round's 反馈问题整改 named beside the text's is no second)
    by_body = {
        (m[1], to_int(m[2]))
        for m in re.finditer(rf"({LEVEL_BODY})第({NUM})轮", text)
        if re.match(r"[^。；;]{0,30}?(?<!一)对[^。；;]{0,40}?(?:开展|进行|进驻)", text[m.end() :])
        or re.search(r"(?:开展|启动|部署)[^。；;，,]{0,6}$", text[: m.start()])
    }
    if len({r for b, r in by_body}) > 1 and len({b for b, _ in by_body}) < len(by_body):
        inspection.round = None
    # "浮梁县委对林业局等10个…开展首轮巡察；昌江区委对农业局等3个…开展首轮巡察": several bodies' own rounds, told of
    # each as it visits its units, are no one round of the text's
    owners = {m[1] for m in _OWNER_VISITS_IN_ROUND_RE.finditer(text)}
    if len(owners) > 1:
        inspection.round = None
    if _ROUND_LIST_RE.search(text) or len({r for _, r in pairs}) > 1:
        inspection.round = None
    # "听取了第三轮巡察工作和第二轮被巡察的四个基层党委整改工作进展的情况汇报": two rounds joined in one clause, each
    # with its own subject, are rounds the text reports on, none of them its own
    if any(to_int(m[1]) != to_int(m[2]) for m in _ROUNDS_JOINED_RE.finditer(text)):
        inspection.round = None
    if len(terms) > 1:
        inspection.term = None
    # "十一届省委巡视、八届市委第五轮巡察巩固…教育整顿工作开展以来": two bodies' inspections joined, a superior's
    # and its own, are what the text is about; neither term nor round is one visit's
    for m in _BODIES_JOINED_RE.finditer(text):
        if m["b1"] != m["b2"]:
            inspection.term = inspection.round = None


_OWNER_VISITS_IN_ROUND_RE = re.compile(rf"([{HAN}]{{2,6}}(?:县委|区委|市委))(?<!一)对[^；;。]{{2,60}}?开展(?:了)?第{NUM}轮")
_REVISITED_ROUND_RE = re.compile(rf"(?<=[暨和及、，,])第{NUM}轮(?:常规|专项)?(?:巡[视察])?(?:工作)?(?:的)?“?回头看”?")


_BODIES_JOINED_RE = re.compile(
    rf"{NUM}届(?P<b1>{LEVEL_BODY})(?:第{NUM}轮)?(?:常规|专项)?巡[视察](?:工作)?[、和及与]"
    rf"{NUM}届(?P<b2>{LEVEL_BODY})(?:第{NUM}轮)?(?:常规|专项)?巡[视察]"
)


_CHECKED_ROUNDS_RE = re.compile(
    rf"(?:{NUM}届[{HAN}]{{0,8}}?)?第{NUM}轮?(?:\s*[、和及与]\s*第?{NUM}轮?)*(?<=轮)(?=([^。；;，,]*))"
)


def _checks_rectification(clause: str) -> bool:
    """True when the clause after a round names its rectification (or the problems fed back) as what is checked,
    assessed or verified (巡察整改情况督查方案, 被巡察的48个单位反馈问题…检查核对, 巡察整改情况进行评估)."""
    return bool(re.search(r"整改|反馈问题", clause) and re.search(r"督查|检查|评估|核对|验收|回头看", clause))


_ROUND_KIND_RE = re.compile(rf"第({NUM})轮(?:常规|专项)?(巡[视察])?")


def superior_round(inspection: Inspection, text: str, group: str) -> None:
    """"根据十二届省委第四轮巡视工作带巡察有关要求，…区委第一联动巡察组对区法院党组进行了政治巡察": a round the text
    names only as one of 巡视 is the superior's when the text's own group is a 巡察组; so is a term named only with it."""
    if inspection.round is None or not re.search(r"巡察[^视]{0,2}组$", group):
        return
    kinds = {m[2] for m in _ROUND_KIND_RE.finditer(term_first(text)) if to_int(m[1]) == inspection.round}
    if kinds != {"巡视"}:
        return
    inspection.round = None
    text = term_first(text)
    terms = [text[m.start() : m.end() + 6] for m in TERM_RE.finditer(text)]
    if terms and all("巡视" in term for term in terms):
        inspection.term = None


_SUPERIORS = {"市委": ("省委", "自治区党委", "中央"), "州委": ("省委", "自治区党委", "中央"),
              "县委": ("市委", "州委", "省委", "自治区党委", "中央"), "区委": ("市委", "省委", "自治区党委", "中央")}


def own_body_round(inspection: Inspection, text: str, group: str) -> None:
    """"听取十一届省委第二轮专项巡视…汇报和…听取五届市委第三轮专项巡察工作汇报": beside a superior's round, the round
    of the body whose group the text tells of (市委第一巡察组) is the text's, with its term."""
    body = next((b for b in _SUPERIORS if group.startswith(b)), "")
    if inspection.round is not None or not body:
        return
    # (never a round prepared for, counted since, or of last year: as _first_int_in leaves them)
    text = _NEXT_ROUND_RE.sub("", term_first(text).replace("首轮", "第一轮"))
    text = _SINCE_ROUND_RE.sub("", re.sub(rf"(?:去年|上年|前年|上一年度?)[^。，,；;]{{0,6}}?第{NUM}轮", "", text))
    pairs = {(m[2], to_int(m[1]), to_int(m[3])) for m in re.finditer(rf"({NUM})届({LEVEL_BODY})第({NUM})轮", text)}
    own = {(t, r) for b, t, r in pairs if b == body}
    if len(own) == 1 and all(b == body or b in _SUPERIORS[body] for b, _, _ in pairs):
        inspection.term, inspection.round = own.pop()


_OWN_ROUND_RE = re.compile(
    # ("十届邯山区委第八轮": the place between the term and its committee)
    rf"(?:({NUM})届[\u4e00-\u9fff]{{0,4}}?)?({LEVEL_BODY})第({NUM})轮(?![^。，,；;巡]{{0,14}}(?:督察|督查|督导|审计|检查|评估|考核))"
)


def own_round_anywhere(inspection: Inspection, text: str, group: str) -> None:
    """A progress report stating neither term nor round at its head, but its group's own body's one round further down
    ("根据四届区委第一轮第二批巡察工作部署要求" under 区委巡察三组; "听取十八届中央第十一轮巡视情况汇报" under 中央第十四巡视组;
    "部落实中央第九轮巡视工作领导小组"): that round, with its term where stated; none when the body's rounds differ."""
    body = next((b for b in ("中央", "自治区党委", "省委", "市委", "州委", "区委", "县委") if group.startswith(b)), "")
    if not body:
        return
    text = _NEXT_ROUND_RE.sub("", term_first(fold(text)).replace("首轮", "第一轮"))
    text = _SINCE_ROUND_RE.sub("", re.sub(rf"(?:去年|上年|前年|上一年度?)[^。，,；;]{{0,6}}?第{NUM}轮", "", text))
    # (never a round the unit's own people took part in: "选派…参与区委第二轮巡察，以工代训")
    own = [
        (to_int(m[1]) if m[1] else None, to_int(m[3]))
        for m in _OWN_ROUND_RE.finditer(text)
        if m[2] == body and not re.search(r"参与|参加|抽调|选派|借调|派员", re.split(r"[，,。；;]", text[: m.start()])[-1])
    ]
    rounds = {r for _, r in own}
    terms = {t for t, _ in own if t is not None}
    if len(rounds) == 1 and len(terms) <= 1:
        inspection.round = rounds.pop()
        inspection.term = terms.pop() if terms else None


def round_of_term(text: str, term: int, level: str) -> int | None:
    """"十二届市委第一巡察组…" over "…印发了《…关于十二届市委第三轮巡察反馈问题的整改落实方案》" further down: the one
    round of the group's kind stated with this very term, anywhere (never one prepared for or studied)."""
    text = _NEXT_ROUND_RE.sub("", STUDIED_RE.sub("", term_first(fold(text)).replace("首轮", "第一轮")))
    stated = [
        (to_int(m[2]), m[3])
        for m in re.finditer(rf"({NUM})届[^。，,；;第]{{0,8}}?第({NUM})轮(?:常规|专项)?(巡[视察])?", text)
        if to_int(m[1]) == term
    ]
    rounds = {r for r, _ in stated}
    kinds = {k for _, k in stated if k}
    return rounds.pop() if len(rounds) == 1 and kinds == {level} else None


def term_of_round(text: str, round_: int) -> int | None:
    """"附件：十五届县委第三轮巡察进驻情况一览表" further down: the term stated with this very round, anywhere."""
    # "集团党委2022年第二轮巡察…深入贯彻十一届省委第二轮巡视工作要求": a round numbered within its year is a body's
    # that counts rounds by year, with no term; a term beside the same number is another body's round
    if any(to_int(m[1]) == round_ for m in re.finditer(rf"\d{{4}}\s*年度?第({NUM})轮", fold(text))):
        return None
    terms = set()
    for match in TERM_RE.finditer(term_first(fold(text))):
        stated = ROUND_RE.search(match[0])
        if stated and to_int(stated[1]) == round_:
            terms.add(to_int(match[1]))
    return terms.pop() if len(terms) == 1 else None


# "传达了省委书记尹力在听取十届省委第九轮巡视情况综合汇报时的讲话精神": the words of a secretary hearing a round's report
_HEARD_ROUND_CONVEYED_RE = re.compile(
    rf"传达(?:了)?[^。；;]{{0,40}}?听取(?:了)?[^。；;]{{0,12}}?第{NUM}轮[^。；;]{{0,24}}?汇报(?:时|后)?的[^。；;]{{0,6}}?(?:讲话|指示)"
)


def mobilised_under_a_heard_round(text: str) -> bool:
    """A mobilisation (巡视…动员会召开) conveying the words said on hearing a round's report names that earlier round only;
    its own round is the next (a feedback conveying them is of the round heard, and keeps it)."""
    if not re.search(r"动员(?:部署)?(?:大会|会议|会)", text) or re.search(r"反馈", text):
        return False
    heard = [m.span() for m in _HEARD_ROUND_CONVEYED_RE.finditer(text)]
    rounds = [m.start() for m in ROUND_RE.finditer(text)]
    return bool(heard) and all(any(a <= r < b for a, b in heard) for r in rounds)


_STORYS_ROUND_RE = re.compile(
    rf"(?<![届年])(?:按照|根据|在)?(?:(?!届)[{HAN}]){{2,4}}[县区市]委?第({NUM})轮巡察(?:工作)?(?:要求|部署|启动|期间|中)"
)


def story_round(opening: list[str]) -> int | None:
    """A story's one county-level round, told below its opening as the time of the visit ("按照永寿县委第六轮巡察要求，
    第一巡察组在巡察…", "安定区第二轮巡察工作启动后不久，第二巡察组…"); none beside another round ("清远市第三轮县级
    交叉巡察第四组和英德市委第九轮巡察各巡察组") or when only studied."""
    texts = [STUDIED_RE.sub("", fold(text)) for text in opening]
    told = {to_int(m[1]) for text in texts for m in _STORYS_ROUND_RE.finditer(text)}
    named = {to_int(m) for text in texts for m in re.findall(rf"第({NUM})轮", text)}
    return told.pop() if len(told) == 1 and named == told else None
