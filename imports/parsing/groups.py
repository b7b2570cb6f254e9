"""Which inspection group a document names (省委第三巡视组, 市委机动巡察组), and whether a news item tells a visit by one."""

from __future__ import annotations

import re

from .chinese import NUM, fold, to_int
from .rounds import HAN, LEVEL_BODY
from .segment import Section

# A ministry's own inspection groups ("教育部第一巡视组", "商务部党组第二巡视组", "国资委党委第二巡视组").
MINISTRY = (
    r"(?:教育|科学技术|工业和信息化|公安|民政|司法|财政|人力资源和社会保障|自然资源|生态环境|住房和城乡建设|交通运输"
    r"|水利|农业农村|商务|文化和旅游|退役军人事务|应急管理|外交|国防)部|国资委"
    # "最高人民检察院党组第四巡视组": the supreme procuratorate's and court's own groups
    r"|最高人民检察院|最高人民法院|最高检|最高法"
)
GROUP_RE = re.compile(
    # "十三届无棣县委第七轮巡察第五巡察组": the round's words between the body and its group
    # ("院第四巡察组": an academy's group with its 院 alone, never a college's or a hospital's: 学院第一巡察组)
    rf"((?:(?:{MINISTRY})(?:党组|党委)?|[{HAN}]{{0,6}}?{LEVEL_BODY}|(?<![{HAN}])院(?=第))?)(?:第{NUM}轮(?:常规|专项)?(?:巡[视察])?)?(?:第{NUM}批)?"
    rf"(?:第({NUM})巡([视察])组|巡([视察])({NUM})组|巡([视察])第({NUM})组"
    # "市委第一专项巡察组" / "市委第三提级交叉巡察组": the kind stays in the name
    rf"|第({NUM})((?:专项|机动|提级|交叉|联动){{1,2}})巡([视察])组"
    # "县委交叉巡察组巡察县人民法院党组": a group of its kind without a number, right after its owner
    rf"|(?<=[委组])((?:专项|机动|提级|交叉|联动){{1,2}})巡([视察])组(?![一二三四五六七八九十\d])"
    # "市委涉水生态问题机动巡察组" / "县委经济发展领域作风建设专项巡察二组": a group named by its subject and kind, right
    # after its owner (never a clause: 县委开展专项巡察, 对…的专项巡察)
    rf"|(?<=[委组])((?:(?!开展|进行|启动|部署|派出|成立|组建|组织|安排|召开|关于|落实|根据|按照|对|向|的|和|及|与|在|将|委|组|第|至)[{HAN}]){{2,14}}?"
    rf"(?:专项|机动))巡([视察])({NUM})?组"
    # "中科院党组巡视组巡视昆明植物研究所工作动员会" / "院党组巡视组于9月8日至28日对上海应物所进行巡视": an academy's own
    # group named with no number (never a hospital's or a college's 院党组: 医院党组, 学院党组)
    rf"|(?<=院党组)(?<!医院党组)(?<!(?<!科)学院党组)巡(视)组(?![一二三四五六七八九十\d]))"
)


# 院党组: an academy's own groups, 中国科学院党组第二巡视组 as its texts call them (never a hospital's or a college's
# 院, 医院/学院/科学学院); a university's 校党委 groups are pinned as 党委第N巡察组
# 州党委: a prefecture's committee as its texts call it (昌吉州党委第四巡察组 -> 州党委第四巡察组, its place dropped as
# 宁德市委巡察三组 -> 市委巡察三组); 示范区党工委: a zone's working committee (城乡一体化示范区党工委第二巡察组 ->
# 示范区党工委第二巡察组), never a street's or a town's 党工委, which inspect no one with numbered groups
OWNER = (
    r"(?:集团公司|集团|[省市区县]?国资委|(?:(?<=科学)|(?<![\u4e00-\u9fff]))院|州(?=党委)"
    r"|(?:示范区|开发区|高新区|经开区|新区|园区)党(?=工委)"
    # "省人社厅党组第一巡察组": a department's own groups (a university's are written 党委第一巡察组, as the set reads
    # them, without its 校)
    r"|(?:[省市]|自治区)?[\u4e00-\u9fff]{1,5}厅(?=党组))?"
)
_IN_A_RUN_RE = re.compile(rf"第?{NUM}\s*(?:[、和及与至到]|—|-)\s*$")


# "…调研…，并结合省委第五巡视组对省残联巡视情况反馈的意见，…提出了意见建议": a group named only as the source of a
# feedback the text's own work draws on (结合/参照 its 反馈的意见)
_REFERRED_RE = re.compile(r"(?:结合|参照|对照)(?:了)?(?:中央|省委|市委|州委|区委|县委|自治区党委|党委|党组)?$")
_REFERRED_FEEDBACK_RE = re.compile(r"[^。；;，,]{0,20}?反馈的(?:意见|问题)")


def group_and_kind(texts: list[str], body_short: str) -> tuple[str, str]:
    """('省委第三巡视组', '巡视'): a group named with its body (省委第六巡视组) beats a bare one (…巡视第六巡视组);
    none when the text's groups are several of one body (a story of two groups, a round's groups in a run)."""
    if several_groups(texts):
        return "", ""
    return one_group(texts, body_short)


def several_groups(texts: list[str]) -> bool:
    """"扎赉特旗委第二巡察组…今年4月，旗委第一巡察组对…" / "市委第一至第八巡察组分别召开…；同时新组建市委第九巡察组": groups
    of one body with different numbers, or a run of groups beside one of them."""
    numbers: dict[str, set[int]] = {}
    run = False
    for text in texts:
        matches, in_run = _single_groups(fold(text))
        run = run or in_run
        for match in matches:
            owner = re.search(LEVEL_BODY, match[1] or "")
            if (number := group_number(match)) is not None:
                numbers.setdefault(owner[0][-2:] if owner else "", set()).add(number)
    bare = numbers.pop("", set())
    return any(len(found | bare) > 1 for found in numbers.values()) or len(bare) > 1 or (run and any(numbers.values()))


def _single_groups(folded: str) -> tuple[list[re.Match], bool]:
    """The groups a text names one by one, and whether it names a run of them ("党委第一、第二巡察组", "第一至第五专项巡察组");
    never a supervision tour's group ("股份公司督导巡视一组": 督导巡视 is no party inspection)."""
    matches, run = [], False
    for match in GROUP_RE.finditer(folded):
        if _IN_A_RUN_RE.search(folded[: match.start()]):
            run = True
        elif re.search(rf"{NUM}\s*个$", folded[: match.start() + match[0].startswith("个")]):
            continue  # "17个省委专项巡视组相继…": groups counted are several, no one group (the owner may take the 个)
        elif not folded[: match.start()].endswith("督导"):
            matches.append(match)
    return matches, run


def group_number(match: re.Match) -> int | None:
    return to_int(match[2] or match[5] or match[7] or match[8] or match[11] or match[13] or "")


def one_group(texts: list[str], body_short: str) -> tuple[str, str]:
    bare = None
    for text in texts:
        for match in _single_groups(fold(text))[0]:
            if _REFERRED_RE.search(fold(text)[: match.start(1)] + match[1]) and _REFERRED_FEEDBACK_RE.match(
                fold(text), match.end()
            ):
                continue  # "结合省委第五巡视组对省残联巡视情况反馈的意见": a feedback the text's own work draws on
            if _GUIDES_RE.match(fold(text), match.end()):
                continue  # "经省委第十巡视组与学校党委商定…" / "省委第十巡视组小组联络员…到会指导": guiding a linked round
            ministry = re.match(MINISTRY, match[1])
            if ministry:
                return _group_name(match, ministry[0])
            # "集团公司党委第二巡察组" / "省国资委党委第一巡察组": an enterprise's or a commission's 党委 keeps its owner
            short = re.search(OWNER + LEVEL_BODY + "$", match[1]) or re.fullmatch("院", match[1])
            named = _group_name(match, short[0] if short else body_short)
            if short:
                return named
            bare = bare or named
    if bare and any(_DEPARTMENT_CHECK_RE.search(fold(text)) for text in texts):
        return "", ""  # "省财政厅工作组…开展…专项资金支出进度专项巡察": a department's check; its numbered group is no party's
    return bare or ("", "")


_GUIDES_RE = re.compile(r"(?:小组)?(?:联络员|与[^，,。；;]{2,12}?商定)")


# a government department's work group (厅/局, never a 党组 or a committee's 巡察办) doing a "巡察" of its own field
_DEPARTMENT_CHECK_RE = re.compile(r"(?<!党)(?:厅|局)(?:[^。，,；;党]{0,8}?)工作组[^。；;]{0,12}?(?:赴|到|对|前往)[^。；;]{0,40}?巡察")


# "市委6个巡察组分别向本轮…涉及的31家党组织进行了反馈": groups feeding back, told as an event; "巡察组指出" / "巡察中
#发现以下问题": an inspection's findings told as such
_GROUPS_FED_BACK_RE = re.compile(
    r"巡[视察](?:工作)?组[^。；;]{0,20}?(?:向|对)[^。；;]{0,40}?(?:进行了|作了|集中)?反馈"
    r"|巡[视察][^。；;]{0,6}?组[^。；;]{0,30}?指出|巡[视察](?:工作)?(?:组)?(?:中|期间|过程中)?(?:还|也|共)?发现"
)


def tells_a_visit(section: Section) -> bool:
    """True when the title or a line names a group by its number or kind (第一巡察组, 市委机动巡察组), not only 巡视组,
    or tells groups feeding back to the units they visited, or an inspection's findings (巡察组指出, 巡察中发现以下问题)."""
    texts = [fold(text) for text in [section.title, *(line.text for line in section.lines)]]
    return any(GROUP_RE.search(text) or _GROUPS_FED_BACK_RE.search(text) for text in texts)


_SUBJECT_BEFORE_NUMBER_RE = re.compile(
    rf"({LEVEL_BODY})((?:(?!开展|进行|启动|部署|派出|成立|组建|组织|安排|召开|关于|落实|根据|按照|对|向|的|和|及|与|在|将|委|组|第)[{HAN}]){{2,8}})$"
)


def _group_name(match: re.Match, owner: str) -> tuple[str, str]:
    if match[16]:
        return "院党组巡视组", "巡视"  # an academy's own unnumbered group, as its numbered ones are 院党组第N巡视组
    if match[13]:
        return f"{owner}{match[13]}巡{match[14]}{match[15] or ''}组", "巡" + match[14]
    if match[11]:
        return f"{owner}{match[11]}巡{match[12]}组", "巡" + match[12]
    if match[8]:
        # "市委脱贫攻坚第一专项巡察组": the subject between the owner and the number stays in the name
        subject = None if match[1] else _SUBJECT_BEFORE_NUMBER_RE.search(match.string[: match.start()])
        if subject:
            owner = f"{owner or subject[1]}{subject[2]}"
        return f"{owner}第{match[8]}{match[9]}巡{match[10]}组", "巡" + match[10]
    if match[2]:
        return f"{owner}第{match[2]}巡{match[3]}组", "巡" + match[3]
    if match[4]:
        return f"{owner}巡{match[4]}{match[5]}组", "巡" + match[4]
    # "市委提级巡察第四组": the group's kind before 巡察第N组 stays in its name
    before = match.string[: match.start(6) - 1] if match.start() == match.start(6) - 1 else ""
    kind = re.search(rf"({LEVEL_BODY})?((?:专项|机动|提级|交叉|联动){{1,2}})$", before)
    if kind:
        owner = owner or kind[1] or ""
    return f"{owner}{kind[2] if kind else ''}巡{match[6]}第{match[7]}组", "巡" + match[6]
