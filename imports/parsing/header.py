"""Who was inspected, by whom and when: the header facts of each document, one Inspection per unit."""

from __future__ import annotations

import re
from collections import Counter

from . import model
from .chinese import NUM, fold, to_int
from .contact import find_contact
from .dates import STATED_UNIT_RE, sentences, set_visit_dates, visit_statement
from .groups import GROUP_RE, MINISTRY, OWNER, group_and_kind, group_number, one_group, several_groups
from .groups import tells_a_visit as tells_a_visit  # re-exported: api.py calls header.tells_a_visit
from .model import Inspection, Line
from .places import MUNICIPALITIES as _MUNICIPALITIES
from .places import PROVINCES as _PROVINCES
from .places import REGIONS as _REGIONS
from .rounds import (
    HAN,
    LEVEL_BODY,
    ROUND_RE,
    STUDIED_RE,
    TERM_RE,
    first_int,
    mobilised_under_a_heard_round,
    own_body_round,
    own_round_anywhere,
    round_of_term,
    several_rounds,
    story_round,
    superior_round,
    term_and_round,
    term_first,
    term_of_other_round,
    term_of_round,
)
from .segment import Section
from .titles import LABEL_RE, is_labelled, squash
from .unit_lists import (
    bare_list,
    checked_not_visited,
    clean,
    counted_names,
    coverage_plan,
    distribute,
    drop_joint,
    listed_units,
    mask_brackets,
    names_in,
    objects_heading,
    offices_of_places,
    per_place,
    places_qualify_counted_bodies,
    same_unit,
    shared_kind,
    single_name,
    unmask,
    villages_visited,
)

_BATCH_RE = re.compile(rf"第({NUM})批")
# An inspecting body named with its place: 河南省委巡视组, 十二届天津市委第一轮, 广西壮族自治区党委巡视组
_PLACE_BODY_RE = re.compile(
    rf"(?:({'|'.join(_PROVINCES)})省委|({'|'.join(_REGIONS)})[{HAN}]{{0,3}}?自治区党委|({'|'.join(_MUNICIPALITIES)})市委"
    rf"|(?<=届)([{HAN}]{{2,3}}[市州])委)(?=第{NUM}轮|第{NUM}巡|巡[视察]|第{NUM}届)"
)
# "8个区直部门党组织" / "区民政局、区科信局等4家单位": a round's news about several units names no single one;
# "被巡察党组织" / "上述地区" names none.
_INCLUDING_RE = re.compile(r"(?<!一)对([^，。；,;、“”\s对]{2,20}?[（(]含[^（()）]{2,120}[）)])(?:开展|进行)")
_SEVERAL_UNITS_RE = re.compile(
    rf"^[^，,]{{0,4}}?{NUM}\s*[个家户所]|等\s*{NUM}\s*[个家户]|{NUM}\s*户|^(?:各|该|本轮|被巡[视察]|上述|相关|有关|所属|[区县市省]属|其|包括)|在内的"
    r"|(?:系统|单位|部门)$"  # "进驻市委办公室系统单位": a collective, its units named after it
)
# A group named right before the verb and its unit: "第二巡察组巡察文学院党委工作动员会", "巡察组进驻区人大机关党支部".
_GROUP_VISITS_RE = re.compile(
    # "巡察组此次巡察花园镇党委，…" / "巡察组进驻县委编办召开…动员会" / "巡察营田镇及所辖村(社区)进驻动员会"
    # (words of time between the group and its visit: 近日, 于2023年3月6日, 正式, 已)
    # "巡察组二组" / "巡察四组": the group's number after 组 or in place of it
    # ("巡察组和审计组同时进驻县财政局": a group entering together with an audit group)
    r"巡[视察](?:组)?[一二三四五六七八九十\d]*组(?:[和与][\u4e00-\u9fff]{2,6}?组)?"
    # ("审计组与县委第三巡察组同步进驻洋县关帝镇": an audit group's entry beside it)
    # ("该县委第四巡察组在巡察石桥镇学田村时": 在 before the visit told as a time)
    r"(?:近日|日前|近期|此次|本次|这次|首次|再次|同时|同步|已经?|正式|开始|负责|将|刚|在(?=巡[视察](?!结束|期间|中|过程|工作|后|前|时))"
    r"|于[^，。；;、“”\s]{1,14}?(?:日|上午|下午|起)"
    # "校党委第一巡察组在碧螺校区A100会议室召开了巡察…工作的动员会": where the group meets, before its meeting
    # (a room, never a body: "在后勤集团召开巡察动员会议" names the unit where it meets)
    r"|在[^，。；;、“”\s巡]{2,16}?(?:室|厅|楼|会场|礼堂)(?=召开))*(?:召开(?:了)?)?"
    # "市委第四巡察组专项巡察市应急管理局进驻动员会": the kind of the visit before it
    # ("市委第三巡察组提级巡察蒲城县司法局党组工作动员会": a raised-level or crossed visit too)
    r"(?:专项|常规|提级|交叉|联动|机动){0,2}"
    # "巡察四组巡察巡察卫健委党组": a word doubled by the copier
    # ("进驻该区湖塘镇": a story's 该区 is the place already named, no part of the name)
    r"(?:巡[视察](?=巡[视察]))?(?:巡[视察]|进驻(?:到)?|入驻|进入)(?!反馈|情况|工作|意见|期间|时间|巡[视察]|动员|部署)(?:该[区县市])?"
    # "县民族文化旅游广电体育局党组（县旅游发展服务中心、县民族歌舞剧团）": a bracket of members stays with the name
    # ("进驻羊街镇及10个村党组织开展巡察": the town, with its villages counted)
    rf"((?:[^，。；,;、“”\s（(]|[（(][^）)]{{1,30}}[）)]){{2,40}}?)(?:及其?(?:所|下|管)[辖属][^，。；,;、“”\s]{{0,12}}?|及{NUM}个[^，。；,;、“”\s]{{0,10}}?)?"
    # "正式进驻区司法局并召开巡察工作动员会": 并 joins the next act; "进驻市融媒体中心后，…": 后 is the time after it
    # ("巡察县残联党组“回头看”工作动员会": a look-back's meeting too)
    # ("入驻区教育体育局巡察动员会": the visit's word before its meeting)
    r"(?=[，,。；;]|(?:以|之)?后(?:[，,]|发现|了解|走访|收到|听取)|以来|巡[视察](?:走访)?(?:时|期间)|(?:时|期间)[，,]|(?:党组织)?(?:“?回头看”?)?(?:巡[视察])?(?:工作)?(?:情况)?(?:的)?(?:进驻)?(?:动员|反馈|进驻)(?:部署)?(?:工作)?大?会|(?:工作)?情况|开展|进行|召开|并(?:召开|开展|进行)"
    # "巡察组进驻后勤集团体现了学校党委对…的重视": the entry told as the subject of what it shows ends at the name
    # ("听取第二巡察组巡察高粱研究所工作情况汇报": the visit's 工作情况 is no part of the name)
    r"|(?:充分)?(?:体现|表明|彰显|标志着|说明)(?:了|出)?"
    # "省委第二巡视组进驻A、省委第六巡视组进驻B": a 、 before the next group's own entry ends the name
    r"|、(?=[^，。；,;、]{0,12}?巡[视察][一二三四五六七八九十\d]*组))"
)
_GROUP_MEETS_ON_RE = re.compile(
    # (or its look-back: "县委第四巡察组对县交通运输局党组巡察“回头看”工作动员会召开")
    r"巡[视察][一二三四五六七八九十\d]*组(?<!一)对([^，。；,;、“”\s对]{2,30}?)(?:常规|专项)?巡[视察](?:“?回头看”?)?(?:工作)?(?:情况)?(?:进驻)?"
    r"(?:动员|反馈)(?:部署)?(?:大会|会议|会)"
)
# "集团公司党委巡察、审计渤海湾港口集团工作动员会召开": a committee's own visit (with the audit joined to it) named in
# its meeting's name, with no group
_COMMITTEE_VISITS_RE = re.compile(
    r"(?:党委|党组|[省市州县区旗]委)巡[视察](?:[、和及与]审计)?(?!工作|整改|巡)([^，。；,;、“”\s（(]{2,30}?)"
    r"(?:工作)?(?:进驻)?动员(?:部署)?(?:大会|会议|会)"
)
# "巡察校医院进驻动员会召开" / "召开第五轮巡察进驻体育部动员会" / "巡视组巡视“回头看”重庆绿色智能技术研究院工作动员会":
# a visit named in its meeting's name, with no group right before it, names the unit (never a round's or a
# committee's own work: 召开巡察工作动员会, 巡察整改动员会)
_VISIT_MEETING_RE = re.compile(
    r"(?:^|[，,。；;\s]|(?<=召开)|(?<=召开了)|(?<=组))(?:第[一二三四五六七八九十\d]+轮)?(?:专项|常规)?巡[视察](?:进驻)?(?:“?回头看”?)?"
    r"(?!工作|整改|反馈|情况|巡|动员|进驻|办|组|期间)([^，。；,;、“”\s（(]{2,30}?)(?:[（(]以下简称[^）)]*[）)])?"
    r"(?:工作)?(?:进驻)?动员(?:部署)?(?:工作)?(?:大会|会议|会)"
)
# "艺术管理系在行政楼七层会议室召开巡察工作进驻动员大会": the body holding a visit's entry meeting is the body entered
_HOSTS_ENTRY_MEETING_RE = re.compile(
    r"(?:^|[，,。；;\s])([^，。；,;、“”\s]{2,20}?)(?:在[^，。；,;、]{2,24}?)?召开(?:了)?巡[视察](?:工作)?进驻动员(?:大会|会议|会)"
)
# "11月23日，区实验幼儿园迎来区第五巡察组进驻巡察": the unit receiving the group's entry, named before it
_UNIT_RECEIVES_RE = re.compile(
    r"(?:^|[，,。；;\s])([^，。；,;、“”\s]{2,30}?)迎来[^，。；,;]{0,12}?巡[视察][一二三四五六七八九十\d]*组(?:的)?(?:正式)?进驻"
)
_PARTY_ORG = r"(?:党委|党组|党工委|党总支|党支部)"
_FEDERATION = r"(?:文联|侨联|妇联|残联|工商联|科协)"
_PLACE_END = rf"(?:镇|乡|街道|社区|村|局|委|党委|党组|公司|集团|大学|学院|医院|中心|学校|馆|{_FEDERATION})"
_MEETING_PLACE_RE = re.compile(
    # ("县委第二巡察组在县文联召开了巡察工作动员会": a federation's short name, one character before its 文联)
    rf"巡[视察][一二三四五六七八九十\d]*组(?:在|到)([^，,。；;、“”\s]{{2,20}}?{_PLACE_END}|[省市县区]{_FEDERATION})"
    # (a joint meeting's second subject may stand before its 动员会: …专项巡察暨…整改落实情况专项督查工作动员会议)
    r"召开(?:了)?[^。，,]{0,12}巡[视察][^。，,]{0,24}(?:动员|反馈|见面沟通|见面|沟通|进驻)(?:大会|会议|会)"
    # "天水市委第二巡察组巡察意见反馈会在天水市中医医院召开"
    rf"|巡[视察][一二三四五六七八九十\d]*组[^。，,]{{0,10}}(?:动员|反馈)(?:大会|会议|会)(?:在|于)([^，,。；;、“”\s]{{2,20}}?{_PLACE_END})召开"
)
# "对蒲城县党睦镇党委落实脱贫攻坚开展了专项巡察": the unit ends at its organisation; the subject follows it.
_UNIT_THEN_SUBJECT_RE = re.compile(rf"^(.{{2,30}}?{_PARTY_ORG})(?:落实|贯彻|执行|推进|围绕|关于).+$")
# "对市科技局贯彻落实党中央关于…、做好“六稳”工作…情况开展专项巡察": an office, then the subject it is inspected on
_UNIT_BEFORE_SUBJECT_RE = re.compile(
    rf"巡[视察][一二三四五六七八九十\d]*组[^。；;]{{0,30}}?(?<!一)对([^，。；,;、“”对向]{{2,30}}?(?:{_PARTY_ORG}|局|委|办|院|中心|公司|集团|厅))"
    r"(?:贯彻落实|贯彻执行|落实|执行)[^。]{2,200}?情况(?:开展|进行)(?:了)?[^。，,]{0,10}?巡[视察]"
)
# Visitors going to one unit to inspect it or check its rectification: "到均川镇开展为期3天的巡察…回访督查".
_GOES_TO_RE = re.compile(
    rf"(?:(?<![收得止回想看遇接感见听达做受提])到|赴|前往)([^，。；,;、“”\s到]{{2,30}}?{_PLACE_END})"
    # never a training or study trip: "到井冈山干部学院开展巡察干部培训"
    r"(?:(?:开展|进行)[^。；;，,]{0,30}?巡[视察](?![^。；;，,]{0,12}(?:培训|学习|交流|考察|调研|业务))"
    # "率市委第三巡察组到市教育局反馈巡察“回头看”情况": going to the unit to feed back
    r"|反馈(?:了)?[^。；;，,]{0,4}?(?:巡[视察]|意见|情况))"
)
# A group visiting one unit, in a sentence of its own: "县委第二巡察组对县林业局党组开展了常规巡察".
# Or feeding back to it, undated: "近日，国资委党委第二巡视组向中国华电集团有限公司党组反馈巡视情况".
_GROUP_TO_UNIT_RE = re.compile(
    r"巡[视察][一二三四五六七八九十\d]*组[^。；;，,]{0,20}?(?:(?<!一)对([^，。；,;、“”]{2,30}?)(?:进行了|开展了|开展|进行)"
    r"[^。；;]{0,12}?巡[视察]|向([^，。；,;、“”]{2,30}?)(?:集中|现场)?反馈(?:了)?[^。；;，,]{0,4}?(?:巡[视察]|意见|情况))"
)
_FEEDBACK_TITLE_RE = re.compile(
    rf"[《<]关于(?:对)?[^《》<>]{{0,20}}?巡[视察]([^《》<>，,。的]{{2,30}}?{_PARTY_ORG})(?:巡[视察]情况)?的反馈意见[》>]"
)
# "市政府机关党组召开（扩大）会议，…传达学习…巡察反馈意见": the unit is the one meeting on the feedback it received.
# (an academy's institute too, 力学所, 植物所: never a police station's or a firm's 所, 派出所, 事务所)
_INSTITUTION = r"(?:医院|学校|大学|学院|中学|小学|幼儿园|局|公司|集团|中心|镇|乡|街道|(?<!派出|事务)所)"
_MEETS_ON_FEEDBACK_RE = re.compile(
    rf"(?:^|[，,。])(?:\d{{1,2}}日)?(?:上午|下午|晚上)?([^，,。；;\d]{{2,20}}?{_PARTY_ORG})召开[^。]{{0,80}}?巡[视察][^。]{{0,20}}?(?:反馈|整改)"
    # "18日下午市第一人民医院立即召开了党委扩大会，认真学习传达市委巡察反馈意见": an institution convening its party
    # committee on the feedback
    # ("力学所在国科大(怀柔)校区召开巡视整改总结大会": the place of its meeting between)
    rf"|(?:^|[，,。])(?:\d{{1,2}}日)?(?:上午|下午|晚上)?([^，,。；;\d]{{2,20}}?{_INSTITUTION})(?:立即|随即|迅速|第一时间)?"
    rf"(?:在[^，,。；;]{{2,24}}?)?召开(?:了)?(?:{_PARTY_ORG}(?:扩大)?会[^。]{{0,40}}?巡[视察][^。]{{0,20}}?(?:反馈|整改)"
    # "县教育局召开巡察整改专题民主生活会"
    rf"|[^。，,]{{0,10}}?巡[视察][^。，,]{{0,10}}?(?:反馈|整改)[^。，,]{{0,12}}?会)"
)
# "为扎实做好…巡察…反馈问题整改工作，临沂高新区教育局党委严格按照…要求，于7月31日召开整改部署会议": the party body
# that is the subject of a sentence about rectifying the feedback, convening its own meeting on it.
_RECTIFIES_FEEDBACK_RE = re.compile(
    rf"^(?:为|根据|按照)[^。]{{0,60}}?巡[视察][^。]{{0,30}}?整改[^。，,]{{0,6}}[，,]"
    rf"([^，,。；;\d]{{2,20}}?{_PARTY_ORG})[^。]{{0,40}}?召开(?:了)?[^。]{{0,10}}?整改[^。]{{0,10}}?会"
)
# "学校党委第三巡察组在明理楼C301与理学院班子见面沟通": the unit whose leaders meet the group before the visit.
_MEETS_LEADERS_RE = re.compile(
    r"巡[视察][一二三四五六七八九十\d]*组[^。]{0,30}?与([^，,。；;、与\s]{2,20}?)(?:领导)?班子(?:成员)?"
    r"(?:进行|召开|举行)?(?:了)?(?:见面|沟通|座谈)"
)
# "对砚山县江那镇党委及所属14个村(社区)党组织，开展…巡察": a party body named with the organisations under it is the
# unit visited.
_WITH_ITS_OWN_RE = re.compile(
    rf"(?:(?<!一)对|向|巡[视察])([^，,。；;、“”\s对向]{{2,30}}?{_PARTY_ORG})及其?(?:所|下|管)[辖属]"
)


def _one_name(name: str) -> bool:
    """One unit's name; a party body with its office in brackets ("区教育工作党委(区教育局)") is one whatever the
    list splitter makes of its words."""
    if _BODIES_LEFT_RE.match(name):
        return False  # "对剩余省直单位及省属高校开展巡视": the bodies left, none named
    found = names_in(name)
    return len(found) == 1 or (not found and bool(re.search(rf"{_PARTY_ORG}(?:[（(][^（()）]{{2,20}}[）)])?$", name)))


def _addressee(name: str) -> str:
    """"田晓余同志和区教育工作党委(区教育局)领导班子" -> the body: the person fed back to beside it and its leadership
    (领导班子, 主要负责人) are the same unit's."""
    name = re.sub(r"^[^，。；]{1,12}?同志(?:和|及|与)", "", name)
    return re.sub(r"(?:的)?(?:领导班子(?:成员)?|班子成员|主要负责(?:人|同志))$", "", name)


def _same_units(names: list[str]) -> list[str]:
    """杉桥镇 and 杉桥镇党委 name one unit, so do 文化广电和旅游局 and 示范区文化广电和旅游局党组 (the place said
    before it) and 昆明植物研究所 and 中国科学院昆明植物研究所 (its academy said before it): the fuller name is kept."""
    kept: list[str] = []
    for name in sorted(set(names), key=len, reverse=True):
        # (and 昆明植物研究所 / 中国科学院昆明植物研究所: the academy or university it belongs to said before it)
        fuller = re.compile(
            rf"(?:[{HAN}]{{0,4}}(?:新区|区|县|市|旗)|中国科学院|中科院|[{HAN}]{{2,10}}?大学)?{re.escape(name)}{_PARTY_ORG}?"
        )
        if not any(other != name and fuller.fullmatch(other) for other in kept):
            kept.append(name)
    # "进驻姑苏区红十字会开展巡察" (a headline) and "巡察区红十字会党组动员会" (the body): the place's name said in full
    # in one, the party body in the other, name one unit; the party body inspected is kept
    bodies = [name for name in kept if re.search(rf"^[区县市].{{2,}}{_PARTY_ORG}$", name)]
    for body in bodies:
        core = re.sub(rf"{_PARTY_ORG}$", "", body)
        kept = [name for name in kept if not re.fullmatch(rf"[{HAN}]{{1,4}}{re.escape(core)}", name)]
    # "进驻红旗区…", "巡察红旗区见面沟通暨动员部署…", "对红旗区灾后恢复重建和以案促改专项巡察…": a place (a district, county
    # or city) named with the visit's subject or meeting after it is that place (县委组织部, 区人民医院 end as
    # organisations and stay their own)
    places = [name for name in kept if re.fullmatch(rf"[{HAN}]{{1,6}}(?:区|县|市|旗)", name)]
    kept = [
        name for name in kept
        if not any(name.startswith(place) and name != place and not _ORG_END_RE.search(name) for place in places)
    ]
    return list(dict.fromkeys(name for name in names if name in kept))


_TYPE_PHRASE_RE = re.compile(rf"(?:进行了|开展了|开展|进行|实施了)([{HAN}、和及与+＋暨“”]{{0,40}}?)巡([视察])")
_SPECIAL_CHECK_RE = re.compile(rf"开展(?:了)?([{HAN}“”]{{2,20}}?)专项检查")
_HEADING_TYPE_RE = re.compile(
    rf"^(?:关于)?(?:省委|市委|区委|县委)?(常规|[{HAN}“”]{{2,30}}?专项)巡[视察](?:反馈意见|反馈问题)?(?:的)?整改"
)
_REGION_CORE_RE = re.compile(rf"^([{HAN}]{{1,5}}?(?:新区|区|县|旗))")


def _province(text: str) -> str:
    """The province the text itself names: '辽宁省委' stated, or one province clearly dominating mentions."""
    stated = {p for p in _PROVINCES if f"{p}省委" in text} | {r for r in _REGIONS if f"{r}自治区党委" in text}
    if len(stated) == 1:
        name = stated.pop()
        return f"{name}自治区党委" if name in _REGIONS else f"{name}省委"
    if stated:
        return ""
    counts = Counter({p: text.count(p + "省") for p in _PROVINCES})
    (best, first), *rest = counts.most_common(2) + [("", 0)]
    second = rest[0][1]
    if first >= 2 and first > 2 * second:
        return f"{best}省委"
    return ""


def _body(texts: list[str], group: str, unit: str, whole: str) -> str:
    for text in texts:
        match = _PLACE_BODY_RE.search(fold(squash(text)))
        if match:
            return match[0]
    short = re.match(LEVEL_BODY, group)
    level = short[0] if short else ""
    if not level:
        for text in texts:
            if text.endswith("（正文无标题）"):
                continue  # a title made from the unit ("市林业局党组巡察情况"): its 党组 is the unit's, not a body
            found = re.search(rf"({LEVEL_BODY})(?:统一(?:安排)?部署|(?:的)?(?:安排)?部署|巡[视察])", text)
            if found:
                level = found[1]
                break
    if level == "省委":
        return _province(whole) or level
    if level == "市委":
        city = re.match(rf"^([{HAN}]{{2,4}}市)", unit)
        if city and unit != city[1] + "委":
            return city[1] + "委"
    return level


def _types(statement: str, lines: list[Line]) -> list[str]:
    """常规 / 营商环境专项 …: stated in the header sentence, else in the report's section headings."""
    types: list[str] = []
    # "对A开展常规巡察；对B开展教育领域专项巡察；对C开展涉粮问题专项巡察": one kind per clause of the statement.
    for match in _TYPE_PHRASE_RE.finditer(fold(statement)):
        phrase = match[1].replace("“", "").replace("”", "")
        if "常规" in phrase and "常规" not in types:
            types.append("常规")
            phrase = re.sub(r"常规(?:巡[视察])?[、和及与+＋暨]?", "", phrase)
        if "专项" in phrase and _type_name(phrase[: phrase.index("专项") + 2]) not in types:
            types.append(_type_name(phrase[: phrase.index("专项") + 2]))
    if re.search(r"巡[视察]“?回头看", statement) and "回头看" not in types:
        types.append("回头看")
    # "进行了巡视，并同步开展选人用人专项检查": the unqualified inspection is the regular one, the check its own.
    for check in _SPECIAL_CHECK_RE.finditer(fold(statement)):
        name = _type_name(check[1].replace("“", "").replace("”", "") + "专项")
        if not types:
            types.append("常规")
        if name not in types:
            types.append(name)
    for line in lines:
        if not is_labelled(line.text) or len(line.text) > 40:
            continue
        found = _HEADING_TYPE_RE.match(LABEL_RE.sub("", fold(line.text)).strip())
        if found and _type_name(found[1].replace("“", "").replace("”", "")) not in types:
            types.append(_type_name(found[1].replace("“", "").replace("”", "")))
    return types


def _clauses_after(statement: str, lines: list[Line], line_no: int) -> str:
    """The statement's further clauses on its line: "…开展常规巡察；对B开展教育领域专项巡察；对C…" (each opens with 对)."""
    line = next((line.text for line in lines if line.no == line_no), "")
    rest = line[line.find(statement) + len(statement) :] if statement and statement in line else ""
    clauses = []
    for sentence in sentences(rest):
        if not sentence.startswith("对"):
            break
        clauses.append(sentence)
    return "".join(clauses)


def _type_name(name: str) -> str:
    return {"营商专项": "营商环境专项", "营商环境建设专项": "营商环境专项"}.get(name, name)


def normalize_unit(full: str, context: str = "") -> str:
    """中共沈阳市和平区委 -> 沈阳市和平区委; adds the city when the context names it (沈河区委 -> 沈阳市沈河区委)."""
    unit = squash(full).strip("“”\"'：:，,")
    party = bool(re.match(r"^(?:中共|中国共产党)", unit))
    unit = re.sub(r"^(?:中共|中国共产党)", "", unit)
    if party and re.search(r"(?:总支部|支部)委员会$", unit):  # 中共X支部委员会 -> X党支部; 总支部 -> X党总支
        unit = re.sub(r"(总支|支)部委员会$", lambda m: "党" + ("总支" if m[1] == "总支" else "支部"), unit)
    elif party and unit.endswith("委员会"):  # 中共X区委员会 -> X区委; 中共X大学委员会 -> X大学党委
        unit = unit[:-3] + ("委" if re.search(r"[省市区县旗州盟乡镇]$|街道$", unit[:-3]) else "党委")
    unit = re.sub(r"D(?=工委|委|组|总支|支部|组织)", "党", unit)
    # "对我省检察院党组开展专项巡视": a paper's own province (city, county) is the level of the unit's name
    unit = re.sub(r"^我(?=[省市县区州旗][^委])", "", unit)
    unit = unit.replace("(", "（").replace(")", "）")
    if re.match(rf"^[{HAN}]{{2,4}}(?:市|省|自治区|自治州|盟|地区)", unit) and not _REGION_CORE_RE.match(unit):
        return unit
    core = _REGION_CORE_RE.match(unit)
    if core and not re.match(rf"^[{HAN}]{{2,3}}市", unit):
        context = re.sub(r"中共|中国共产党", "|", context)
        city = re.search(rf"([{HAN}]{{2,3}}市){re.escape(core[1])}", context)
        if city:
            name = city[1]
            if name[0] in "对向在于为将由和及与从" and len(name) > 3:
                name = name[1:]
            return name + unit
    return unit


def _committee(unit: str, text: str) -> str:
    """A bare region (东丽区, 卢氏县) becomes its party committee when the text calls it so (东丽区委)."""
    if not re.search(r"(?:区|县|市|旗|省)$", unit):
        return unit
    core = re.split(r"(?<=[省市州])(?=.)", unit)[-1]  # 濮阳市华龙区 -> 华龙区
    if core + "委" in text or (core.endswith("县") and core + "县委" in text):
        return unit + "委"
    return unit


def _visit_name(title_unit: str, stated: re.Match | None, title: str) -> str:
    """The name the visit sentence gives the unit the title names as the reporting body, when it is one proper name
    (never 我院党组 / 我单位, a list, or a subject of the visit)."""
    if not title_unit or not stated or not re.search(r"(?:关于|对)[^。]{0,40}?(?:整改|反馈)", title):
        return ""
    name = re.sub(r"(?<=.{2})(?:常规|专项)?巡[视察](?:工作)?$", "", stated[1].strip())
    if (
        re.match(r"(?:我|本|该|其|全|各)", name)
        or "巡" in name
        or "、" in name
        or _SEVERAL_UNITS_RE.search(name)
        or len(names_in(name)) > 1
        or not _one_name(name)
        # a place visited (对抚顺市进行了巡视, 对XX镇XX社区开展) is inspected as the body the title names (中共抚顺市委)
        or not re.search(rf"(?:{_PARTY_ORG}|委|局|院|办|室|会|社|中心|厅|部|联|校|学|司|团|行|所|站|馆|队)$", name)
    ):
        return ""
    return name


def _unit_from_title(title: str) -> str:
    flat = squash(title)
    if "关于" in flat:
        return flat[: flat.index("关于")]
    match = re.search(r"向(.+?)反馈", flat)
    return match[1] if match and not match[1].startswith("社会") else ""  # 向社会公开…: publication, not a unit


def _fill(inspection: Inspection, required=("start", "end", "feedback_date", "group", "inspecting_body")) -> None:
    inspection.missing = [name for name in required if not getattr(inspection, name)]
    if not inspection.unit:  # a round's news naming several units ("对8个区直部门党组织开展常规巡察")
        inspection.missing.insert(0, "unit")
    if inspection.term is None:
        inspection.missing.append("term")
    if inspection.round is None:
        inspection.missing.append("round")


_SALUTATION_RE = re.compile(r"^\s*(?:同志们|各位领导|各位同志|同志们、朋友们)\s*[，,:：!！]?\s*$")


def _context(section: Section) -> list[str]:
    """Title, the first paragraph and the file's preamble: where term, round and body are stated."""
    intro = []
    for line in section.lines[:3]:  # the opening paragraph(s), up to the first heading
        if _SALUTATION_RE.match(fold(line.text)):
            continue  # "同志们：" opening a speech is no heading
        if is_labelled(line.text):
            break
        intro.append(line.text)
    return [section.title, *intro, *(line.text for line in section.preamble[:5])]


_BODIES_LEFT_RE = re.compile(r"剩余|其余|其他|所有|全部|部分")
_KIND_OF_BODY = r"(?:[省市县区州旗][直属])?(?:部门|单位|机关|乡镇|镇街|街道|村|社区|村[（(]社区[）)]|企业|学校)"
_KINDS_OF_BODY_RE = re.compile(rf"{_KIND_OF_BODY}(?:(?:和|及|与|、){_KIND_OF_BODY})*")
_DURING_A_VISIT_RE = re.compile(r"在(?<!一)对[^，。；,;]{2,30}?(?:开展|进行)[^，。；,;]{0,6}?巡[视察](?:期间|时|过程中)")


def single(section: Section, warnings: list[str]) -> Inspection:
    """A report about one unit: progress report or news item."""
    lines = section.lines
    statement, statement_line = visit_statement(lines, section.title)
    whole = "\n".join(line.text for line in lines)
    context = _context(section)
    signature = " ".join(line.text for line in lines[-3:])
    unit_full = _unit_from_title(section.title)
    if len(re.findall(r"中共|中国共产党", unit_full)) > 1:
        # "中共A委员会中共B委员会关于…的通报" / "中共A党组 中共B党组关于…": two bodies report together; the visit names
        # each, so the text is about both, no one unit
        unit_full = ""
    own_meeting = False  # the unit is the one convening its own meeting on the feedback
    # ("…进驻羊街镇及10个村党组织开展巡察,在对平地村党总支开展巡察期间,…": a body visited during the visit is no unit)
    stated = STATED_UNIT_RE.search(_DURING_A_VISIT_RE.sub("", statement)) if statement else None
    if (
        not unit_full
        and stated
        # "对巡察工作进行全面动员和部署" / "对巡察反馈的314个问题…": the inspection's work or feedback, no unit
        and not re.fullmatch(r"(?:巡[视察])?(?:工作)?", stated[1])
        # "对2019年扫黑除恶专项巡察反馈问题整改情况…开展回访督查": a year's inspection, no unit
        and not re.match(r"\d{4}\s*年", stated[1])
        # "对深入学习贯彻习近平总书记关于巡视工作的重要论述、扎实开展巡视工作提出要求": a speech's points, no unit
        and not re.search(r"习近平|总书记|学习贯彻|贯彻落实|重要论述|精神", stated[1])
        # "对异地交叉巡察进行动员部署": a kind of visit, no unit
        and not re.fullmatch(r"(?:异地|本轮|此次|本次)?(?:交叉|专项|常规|机动|提级|联动|村级|对村)+巡[视察](?:工作)?", stated[1])
        # "对十届市委第十轮巡察工作进行动员部署": a round's work, no unit
        and not re.search(r"第[一二三四五六七八九十\d]+轮|本轮", stated[1])
        # "对全市煤矿安全生产专项巡察工作进行部署安排": the whole of a place's field, no unit
        and not re.match(r"全(?:市|县|区|省|州|旗|盟|镇|乡)", stated[1])
        and not _SEVERAL_UNITS_RE.search(stated[1])
        # "对县直部门和乡镇开展提级交叉巡察" / "将对剩余省直单位及省属高校开展巡视": kinds of body, none named
        and not _KINDS_OF_BODY_RE.fullmatch(stated[1])
        and not _BODIES_LEFT_RE.match(stated[1])
        # "对市委巡察发现问题进行整改": the inspection's findings, no unit
        and not re.search(r"巡[视察](?:发现|反馈)(?:的)?问题", stated[1])
        and "、" not in stated[1]
        and len(names_in(stated[1])) < 2  # "对县委办和县政府办开展…": two units, each its own inspection
    ):
        # "对四届市委第六巡察组巡察市教育局党组反馈意见整改工作进行再调度": the unit is what the group inspected
        # and "第二轮对村巡察第四巡察组进驻党江镇马头村委开展巡察": a round of village visits' group entering the unit
        unit_full = re.sub(r"^[^，。；]*?巡[视察]第?[一二三四五六七八九十\d]*组(?:巡[视察]|进驻)(?=.{2,})", "", stated[1])
        # "对县水利局党组常规巡察反馈会召开": the visit's words after the unit
        unit_full = re.sub(r"(?<=.{2})(?:常规|专项)?巡[视察](?:工作)?$", "", unit_full)
    if not unit_full and not stated:
        # "对高新技术产业开发区（含区发展改革和财政金融局、…、高新建设投资有限公司）开展巡察": one unit with the offices
        # it includes in brackets, however long the bracket
        including = _INCLUDING_RE.search(fold(statement)) if statement else None
        unit_full = including[1] if including else ""
    visit_named = _visit_name(unit_full, stated, section.title)
    if visit_named and re.search(rf"简称\s*[“\"]{re.escape(visit_named)}[”\"]", whole):
        visit_named = ""  # "现将天津市城市管理委员会党组(以下简称“委党组”)…。…向委党组反馈": the short name the text declares
    title_full = unit_full
    if visit_named:
        # "中共东营市科学技术协会党组关于…的通报" over "…巡察组对市科协党组开展了巡察": the unit is named as it was
        # visited, as readers of the report take it (the title's style is the reporting body's own full name)
        unit_full = visit_named
    if not unit_full and not stated:  # "本轮巡察进驻时间为…。县委第二巡察组对县林业局党组开展了常规巡察。"
        visited = [
            v for line in lines[:5] for m in _GROUP_TO_UNIT_RE.finditer(fold(line.text))
            if not _SEVERAL_UNITS_RE.search(v := _addressee(m[1] or m[2])) and "、" not in v and _one_name(v)
        ]
        unit_full = visited[0] if len(set(visited)) == 1 else ""
    if not unit_full:  # the unit meeting on the feedback it received ("X党组召开…巡察…反馈问题整改专题民主生活会")
        meets = [m[1] or m[2] for text in context[1:] for m in _MEETS_ON_FEEDBACK_RE.finditer(fold(text))]
        meets += [m[1] for text in context[1:] for sentence in sentences(fold(text))
                  if (m := _RECTIFIES_FEEDBACK_RE.search(sentence))]
        # "院党委召开党委会…": a kind without its name names nobody
        # and "县委第五巡察组在县人社局召开巡察反馈会议" is the group's meeting, not the unit's
        meets = [m for m in meets
                 if not re.fullmatch(rf"(?:院|校|学校|局|公司|集团|中心|机关|我|本)?{_PARTY_ORG}", m) and "巡" not in m]
        unit_full = meets[0] if meets else ""
        own_meeting = bool(meets)
        # "…关于巡察区总工会的反馈意见整改工作，区总工会党组召开…": the unit as the visit names it
        body = re.sub(rf"{_PARTY_ORG}$", "", unit_full)
        if own_meeting and body != unit_full and re.search(rf"巡[视察]{re.escape(body)}(?=的|情况|工作|[，,。；;、\s])", fold(whole)):
            unit_full = body
    if not unit_full:  # "《关于…巡察宣城市中心医院党委的反馈意见》": the feedback's own title names its unit
        named = [m[1] for m in _FEEDBACK_TITLE_RE.finditer(fold(whole))]
        unit_full = named[0] if len(set(named)) == 1 else ""
    if not unit_full:  # "第二巡察组巡察文学院党委工作动员会": the one unit a group visits
        visits = [m[1] for text in (statement, section.title, *context[1:]) for m in _GROUP_VISITS_RE.finditer(fold(text))]
        # "市委第一巡察组对市统计局党组巡察工作动员会召开": the unit of the group's meeting, after 对
        visits += [m[1] for text in (statement, section.title, *context[1:]) for m in _GROUP_MEETS_ON_RE.finditer(fold(text))]
        visits += [m[1] for text in (statement, section.title, *context[1:]) for m in _UNIT_RECEIVES_RE.finditer(fold(text))]
        visits += [
            m[1] for text in (statement, section.title, *context[1:]) for m in _COMMITTEE_VISITS_RE.finditer(fold(text))
            if clean(m[1]) == m[1] and "巡" not in m[1]
        ]
        visits += [
            m[1] for text in (statement, section.title, *context[1:])
            for m in (*_VISIT_MEETING_RE.finditer(fold(text)), *_HOSTS_ENTRY_MEETING_RE.finditer(fold(text)))
            if clean(m[1]) == m[1] and "巡" not in m[1] and not re.match(r"[我本各该]", m[1])
        ]
        # "集团党委第一巡察组进驻所属物流公司开展巡察": the enterprise's own 所属 is no part of the name
        visits = _same_units([re.sub(r"^(?:所属|下属)(?=.{2,})", "", visit) for visit in visits])
        if len(set(visits)) == 1 and not _SEVERAL_UNITS_RE.search(visits[0]) and len(names_in(visits[0])) < 2:
            unit_full = visits[0]
    if not unit_full:  # "区委第一巡察组在金鸡滩镇召开巡察情况反馈会议": the place of the group's meeting
        places = [m[1] or m[2] for text in (statement, *context[1:]) for m in _MEETING_PLACE_RE.finditer(fold(text))]
        if len(set(places)) == 1:
            # "在龙蟠社管中心发能国际城社区召开": the community, not the office over it
            place = re.sub(r"^.{2,10}?(?:中心|街道|镇|乡|管委会|办事处)(?=.{3,}(?:社区|村)$)", "", places[0])
            # "在县人社局召开…反馈会议，向县人社局党组反馈": the party body the text gives the place
            # (never a post: "县文联党组书记、主席李瑞平主持会议")
            bodies = [
                org for org in ("党委", "党组", "党工委", "党总支")
                if re.search(rf"{re.escape(place + org)}(?!副?书记|成员|委员)", whole)
            ]
            unit_full = place + (bodies[0] if len(bodies) == 1 else "")
    for told in _ONE_BODY_TOLD:
        unit_full = unit_full or _the_one(told, (statement, *context[1:]))
    # "不久前，该县委第四巡察组在巡察石桥镇学田村时，发现…": a story's body, told below its opening dialogue
    unit_full = unit_full or _the_one(_WHILE_VISITING_RE, tuple(line.text for line in lines[:15]))
    if not unit_full and _opens_with_a_quote(lines[:6]):
        entered = _the_one(_STORY_ENTRY_RE, tuple(line.text for line in lines[:15]))
        unit_full = "" if _SEVERAL_UNITS_RE.search(entered) or re.search(r"等|各", entered) else entered
    subject = _UNIT_THEN_SUBJECT_RE.match(unit_full)
    if subject:
        unit_full = subject[1]
    if re.fullmatch(rf"(?:我|本)(?:局|委|办|院|校|所|厅|部|中心|公司|单位|集团|镇|乡|街道){_PARTY_ORG}?", unit_full):
        # "县委第二巡察组对我局党组开展了常规巡察": the signature names who "we" are, else nobody does
        signed = [line.text.strip() for line in lines[-3:] if re.fullmatch(rf"\S{{4,30}}?{_PARTY_ORG}", line.text.strip())]
        # "巡察我院情况反馈会…市中医院院长刘少华主持": the name given to the same kind of body with one of its posts
        kind = re.sub(_PARTY_ORG + "$", "", unit_full)[1:]
        posts = r"(?:党委|党组)?(?:书记|副书记|院长|局长|校长|主任|董事长|总经理|经理|镇长|乡长|所长|站长|馆长)"
        titled = [m[1] for m in re.finditer(rf"([{HAN}]{{2,12}}?{kind}){posts}", whole) if not m[1].startswith(("我", "本"))]
        # "…巡察组对我局进行了巡察。…县委第二巡察组巡察县城管执法局党组情况反馈会召开": the one body of the same kind a
        # group visits or feeds back to in the text (never a body of another kind: 我局 is no 镇党委)
        named = {
            name for text in (statement, *context[1:]) for m in _GROUP_VISITS_RE.finditer(fold(text))
            if re.fullmatch(rf"[{HAN}]{{2,20}}?{kind}{_PARTY_ORG}?", name := m[1]) and not name.startswith(("我", "本"))
        }
        # ("…对我镇党委开展巡察。10月17日，市委第二、五巡察组向东河镇党委反馈了巡察意见": the body fed back to)
        named |= {
            name for text in (statement, *context[1:]) for m in _GROUP_TO_UNIT_RE.finditer(fold(text))
            if m[2] and re.fullmatch(rf"[{HAN}]{{2,20}}?{kind}{_PARTY_ORG}?", name := m[2]) and not name.startswith(("我", "本"))
        }
        unit_full = (
            signed[-1] if signed else titled[0] if len(set(titled)) == 1 else named.pop() if len(named) == 1 else ""
        )
    if not unit_full:  # last resort: the signature 中共XX委员会
        # (never the committee a document's title names, 审议通过了《中共巢湖学院委员会第六轮巡察工作方案》: a plan's owner
        # is the round's, no unit visited; never a committee written with its term, 中共土默特左旗十二届委员会召开第七轮
        # 巡察工作动员部署会: a term is the inspecting committee's, which holds the round)
        sig = re.search(r"((?:中共|中国共产党)[^\s，。]{2,20}?委员会)", re.sub(r"《[^》]*》", "", signature))
        unit_full = sig[1] if sig and not re.search(rf"{NUM}届委员会$", sig[1]) else ""
    # "对县城管局及所属3个中队党支部开展…": the unit, not the organisations under it
    unit_full = squash(re.sub(r"(?<=.{2})(?:及其?|和)(?:所|下|管)[辖属].*$", "", unit_full))
    # "对武港院及公司部分RH项目分别开展常规巡察、专项巡察": of two objects joined, only the one shaped like an
    # organisation is a unit (some of the company's projects name none)
    unit_full = re.sub(r"(?<=.{2})分别$", "", unit_full)
    # "巡察防城港职业技术学院(以下简称港职院)党委工作动员会": the short name a text declares inside a name, before its
    # kind, is no part of it (the name read across it)
    unit_full = re.sub(r"(?<=.{2})[（(]以下简称[^）)]{1,12}[）)](?=[\u4e00-\u9fff])", "", unit_full)
    joined = names_in(unit_full) if re.search(r"[及和与]", unit_full) else []
    if len(joined) == 1 and unit_full.startswith(joined[0]) and re.match(r"[及和与]", unit_full[len(joined[0]) :]):
        unit_full = joined[0]
    # "专项巡察播扬镇扶贫领域工作动员会议": the unit before the field its special visit covers
    own_field = re.fullmatch(r"(.{2,12}?(?:镇|乡|街道|县|区|市|局|委|办))[\u4e00-\u9fff]{2,8}领域", unit_full)
    if own_field and not re.search(rf"{NUM}\s*个", unit_full):
        unit_full = own_field[1]
    if re.search(rf"[{HAN}]{NUM}\s*个|领域", unit_full):
        # "向闸口街道6个社区党委反馈": counted organisations name no one unit; "巡察医疗卫生领域工作动员会": a
        # subject, not a unit
        subject_visited = "领域" in unit_full
        unit_full = ""
        if subject_visited:
            # "市委第四巡察组对全市农业农村领域乡村振兴资金管理使用开展了专项巡察,…向市农业农村局党组反馈了巡察意见":
            # the one body the subject's feedback went to is the unit
            fed = {_addressee(m[2]) for text in (statement, *context[1:]) for m in _GROUP_TO_UNIT_RE.finditer(fold(text)) if m[2]}
            fed = {name for name in fed if _one_name(name) and not _SEVERAL_UNITS_RE.search(name) and "、" not in name}
            unit_full = fed.pop() if len(fed) == 1 else ""
    unit = _committee(normalize_unit(unit_full), whole[:3000])
    city_context = " ".join([statement, signature, section.title, *[line.text for line in lines[:3]]])
    unit = normalize_unit(unit, city_context)
    if visit_named and unit == normalize_unit(_committee(normalize_unit(title_full), whole[:3000]), city_context):
        unit_full = title_full  # the same unit either way (和平区委 / 中共沈阳市和平区委): the title's words as written
    if re.search(r"(?:区|县|旗)$", unit):  # 东丽区 as written; the signature may give 中共天津市东丽区委员会
        unit = _committee(unit, whole)
    sig_unit = re.search(r"(?:中共|中国共产党)([^\s，。]{2,20}?)委员会", signature)
    # The signature 中共天津市东丽区委员会 names the committee in full.
    if (
        sig_unit
        and sig_unit[1].endswith(unit.removesuffix("委"))
        and len(sig_unit[1]) + 1 >= len(unit)
        and unit.endswith("委")
    ):
        unit, unit_full = normalize_unit(sig_unit[1] + "委"), sig_unit[0]
    if unit and not visit_named and not re.search(rf"{_PARTY_ORG}$|委$", unit):
        # (a progress report's visit sentence names its unit as the report's readers take it: 对安庆市交通运输局开展了巡察)
        # "对太和县人民医院开展…" and "…巡察组巡察太和县人民医院党委情况反馈会": one unit, the fuller name kept (as
        # _same_units keeps it among the units groups visit)
        visited = {m[1] for text in (section.title, *context[1:]) for m in _GROUP_VISITS_RE.finditer(fold(text))}
        fuller = {name for name in visited if re.fullmatch(re.escape(unit) + _PARTY_ORG, name)}
        # "向浦楼街道党工委及所辖5个社区党委反馈" / "召开巡察凉城新村街道党工委…动员会": the body inspected or fed back
        # to, named in full elsewhere in the text
        fuller = fuller or {
            # (never a post: "分别向X党总支书记吴某和X反馈")
            unit + m[1]
            for m in re.finditer(rf"(?:(?<!一)对|向|巡[视察]){re.escape(unit)}({_PARTY_ORG})(?!副?书记|委员)", fold(whole))
        }
        unit = fuller.pop() if len(fuller) == 1 else unit
    if own_meeting and re.search(r"(?:镇|乡|街道)$", unit):
        # "徐行镇召开巡察整改动员部署会议…《徐行镇党委巡察整改工作推进落实方案》": a town rectifying its feedback was
        # inspected as its party committee, when the text names it other than by a post (石门街道党工委书记)
        bodies = {unit + m[1] for m in re.finditer(rf"{re.escape(unit)}(党委|党工委)(?!副?书记|委员)", fold(whole))}
        unit = bodies.pop() if len(bodies) == 1 else unit
    elif re.search(r"(?:镇|乡|街道)$", unit) and not visit_named:
        # "…向德江县泉口镇反馈了巡察情况。…泉口镇党委能坚持…": one town visited is its committee, as the text names it
        # acting (settled convention 15); never by a post or its members (石塘镇党委书记, 石塘镇党委班子成员) nor as where a
        # story's group hands a problem (反馈至华江瑶族乡党委, 移交南河镇党委), as the pinned stories read them
        core = re.split(r"(?<=[省市州县区旗])(?=[^省市州县区旗，,。]{2,6}$)", unit)[-1]
        bodies = {
            core + m[1]
            for m in re.finditer(rf"(?<![至给交向])(?<!交由){re.escape(core)}(党委|党工委)(?!副?书记|委员|班子|成员|领导)", fold(whole))
        }
        unit = bodies.pop() if len(bodies) == 1 else unit
    unit = _full_name(unit, [section.title, *context[1:], whole])
    if _NO_UNIT_RE.search(unit):
        unit = unit_full = ""  # "省委第二巡视组" / "根据市委": a group or a clause's preposition read as the unit names none
    texts = [section.title, statement, *context]
    group, level = group_and_kind([section.title, statement, *context[1:]], "")
    if not group:
        # "这是近日灵宝市委第四巡察组巡察民政局期间在豫灵镇敬老院…收到的群众反映": a story's one group visiting a body, told
        # below its opening dialogue (one group only: a story of several groups names none)
        opening = [line.text for line in lines[:15]]
        if not several_groups(opening):
            group, level = one_group([text for text in opening if _GROUP_VISITS_RE.search(fold(text))], "")
    if not group:
        # "…学校党委巡察组对外国语学院党委开展巡察。……党委第二巡察组 2022年11月9日": the group signing a notice
        group, level = group_and_kind([line.text for line in lines[-3:] if _SIGNING_GROUP_RE.fullmatch(fold(line.text))], "")
    inspection = Inspection(unit=unit, unit_full=unit_full, line=statement_line or section.title_line, lines=lines)
    inspection.term = first_int(TERM_RE, section.title, *context[1:], statement)
    inspection.round = first_int(ROUND_RE, section.title, statement, *context[1:])
    if any(STUDIED_RE.search(fold(text)) for text in [section.title, statement, *context[1:]]):
        inspection.term, inspection.round = term_and_round(section.title, statement, *context[1:])
    several_rounds(inspection, fold(" ".join([section.title, statement, *context[1:]])).replace("首轮", "第一轮"))
    superior_round(inspection, fold(" ".join([section.title, statement, *context[1:]])), group)
    own_body_round(inspection, fold(" ".join([section.title, statement, *context[1:]])), group)
    if inspection.term is not None and inspection.round is not None and term_of_other_round(
        inspection.term, inspection.round, tuple(fold(text) for text in [section.title, statement, *context[1:]])
    ):
        inspection.term = None  # "党委第二轮校内巡察…结合十一届省委第一轮巡视我校反馈意见": the province's term
    if inspection.term is None and inspection.round is None:
        own_round_anywhere(inspection, whole, group)
    if inspection.term is None and inspection.round is None:
        inspection.round = story_round([line.text for line in lines[:15]])
    if inspection.term is None and inspection.round is not None:
        inspection.term = term_of_round(whole, inspection.round)
    if not unit and len({m[1] for m in _ROUND_GROUP_RE.finditer(_PINYIN_RE.sub("", fold(whole)))}) > 1:
        # "甘州区委第七轮巡察第八巡察组刚进驻…；崇信县委第七轮巡察第二巡察组…": groups of committees of two levels, each
        # with its round, told in passing in a text about no one unit (a feature, a roundup): no group, no round
        group, inspection.round = "", None
    # (with no group named, the kind of visit the title or statement names: "十八届中央巡视首次派出…" over
    # "十八届中央第十二轮巡视将对…开展")
    stated_level = level or _level(" ".join([section.title, statement, *context[1:]]))
    if inspection.round is None and inspection.term is not None and stated_level:
        inspection.round = round_of_term(whole, inspection.term, stated_level)
    # "听取2018年首轮巡察工作汇报…今年首轮巡察是十届区委第五轮巡察": a year's round said to be a term's round is that one
    same = _ROUND_IS_TERM_ROUND_RE.search(term_first(fold(whole).replace("首轮", "第一轮")))
    if same:
        inspection.term, inspection.round = to_int(same[1]), to_int(same[2])
    if mobilised_under_a_heard_round(fold(" ".join([section.title, statement, *context[1:]]))) or (
        mobilised_under_a_heard_round(fold(whole))
    ):
        inspection.term = inspection.round = None
    inspection.batch = first_int(_BATCH_RE, section.title, statement, *context[1:])
    inspection.inspecting_body = _body(texts, group, unit, whole)
    if group and not re.match(OWNER + LEVEL_BODY, group) and not re.match(MINISTRY, group):
        group = _short(inspection.inspecting_body) + group
    if re.fullmatch(r"第[一二三四五六七八九十\d]+巡[视察]组", group):
        # "3月7日第九巡察组进驻仙台镇…叶县县委第九巡察组组长杨曙光": the same group named with its owner elsewhere
        owned = {m[1] for m in re.finditer(rf"({LEVEL_BODY}){re.escape(group)}", fold(whole))}
        group = owned.pop() + group if len(owned) == 1 else group
    inspection.group = group
    inspection.level = level or _level(section.title + statement)
    inspection.types = _types(statement + _clauses_after(statement, lines, statement_line), lines)
    set_visit_dates(inspection, lines, statement, warnings, f"{section.title}（第{section.title_line}行）", section.published)
    inspection.contact = find_contact(lines[-12:])
    _fill(inspection)
    return inspection


_GROUPS_VISIT_OF_RE = re.compile(
    r"巡[视察][一二三四五六七八九十\d]*组(?<!一)对([^，。；,;、“”\s的\d第]{2,16}?)的(?:一次|这次|此次|首次)(?:常规|专项|机动)?巡[视察]"
    # ("这事还得从栾川县委第一巡察组对秋扒乡党委的巡察工作说起")
    r"|巡[视察][一二三四五六七八九十\d]*组(?<!一)对([^，。；,;、“”\s的\d第]{2,16}?)的巡[视察]工作说起"
)
def _opens_with_a_quote(lines: list[Line]) -> bool:
    """A story opening with someone's words ("“巡察组，我们有问题反映。”今年初，…")."""
    return any(line.text.lstrip().startswith(("“", "\"")) for line in lines)


def _the_one(pattern: re.Pattern, texts: tuple[str, ...]) -> str:
    """The body the pattern names in these texts when it names exactly one, else ""."""
    named = {next(name for name in m.groups() if name) for text in texts for m in pattern.finditer(fold(text))}
    return named.pop() if len(named) == 1 else ""


_ENTERED_SINCE_RE = re.compile(r"(?:^|[。；;])\s*进驻([^，。；,;、“”\s]{2,20}?)以来[，,]\s*[^。，,]{0,10}?巡[视察][一二三四五六七八九十\d]*组")
_AT_WORK_IN_RE = re.compile(
    # ("平乐县委第二巡察组在进驻协中村开展巡察时": the entry's verb is no part of the name)
    r"(?:巡[视察][一二三四五六七八九十\d]*组|正)在(?:进驻|入驻)?([^，。；,;、“”\s在]{2,12}?)开展(?:了)?[^。，,；;]{0,16}?巡[视察](?:工作)?(?:的|时|期间|中)"
)


_VISIT_HELD_IN_RE = re.compile(
    r"在([^，。；,;、“”\s在]{2,12}?)开展的(?:一次|这次|此次|首次)(?:常规|专项|机动)?巡[视察]"
)
_WHILE_VISITING_RE = re.compile(
    # (never a count: "每个巡察组在巡察1家街道的同时")
    # ("该巡察组入驻县水利局巡察时了解到": an entry told as the time of the finding)
    r"巡[视察][一二三四五六七八九十\d]*组(?:在)?(?:巡[视察]|进驻|入驻)(?:该[区县市])?(?![\d一二两三四五六七八九十]+[个家])"
    r"(?!巡)([^，。；,;、“”\s在的]{2,20}?)"
    r"(?:巡[视察])?(?:走访)?(?:时|期间)"
)
# "今年初，昭化区委第三巡察组刚进驻红岩镇长梁村，多名群众就上门反映情况" / "在县委第三巡察组进驻张家坡中心学校之后": a
# story's one entry, told below its opening dialogue
_STORY_ENTRY_RE = re.compile(
    # (a numbered group: "巡察组进驻区交通集团后发现…" is a round's example in a roundup)
    r"(?:第[一二三四五六七八九十\d]+巡[视察]组|巡[视察][一二三四五六七八九十\d]+组)(?:刚|已经?|正式)?(?:进驻|入驻)(?:到)?(?:该[区县市])?(?![\d一二两三四五六七八九十]+[个家])"
    r"(?!巡)([^，。；,;、“”\s在的]{2,20}?)(?:之后|以后|后|开展|[，,])"
)


# Last resorts for a unit no statement names, tried in order; each counts only when it names one body alone.
_ONE_BODY_TOLD = (
    _GOES_TO_RE,  # "一行4人到均川镇开展…巡察反馈问题整改落实情况回访督查": the one place the visitors go to
    _ENTERED_SINCE_RE,  # "进驻广州路街道以来，区委第二巡察组收到有群众反映": the body a group has entered, told before it
    _GROUPS_VISIT_OF_RE,  # "这事还得从青川县委第一巡察组对木鱼镇的一次常规巡察说起": a group's visit named as one
    _VISIT_HELD_IN_RE,  # "回到了不久前在社阳乡金龙村开展的一次常规巡察": a visit named as one, by where it was held
    _AT_WORK_IN_RE,  # "市委第二巡察组在药山镇开展…专项巡察" / "正在区应急局开展巡察工作的栾春茂": where a group is at work
    _MEETS_LEADERS_RE,  # "巡察组在明理楼C301与理学院班子见面沟通": the unit whose leaders meet the group
    _WITH_ITS_OWN_RE,  # "对砚山县江那镇党委及所属14个村(社区)党组织…": the party body over the organisations visited
    _UNIT_BEFORE_SUBJECT_RE,  # "对市科技局贯彻落实党中央…部署要求情况开展专项巡察": the unit before the subject of the visit
)


_SIGNING_GROUP_RE = re.compile(r"\s*[\u4e00-\u9fff]{2,16}巡[视察][\u4e00-\u9fff]{0,4}组\s*")
_ROUND_IS_TERM_ROUND_RE = re.compile(
    rf"第{NUM}轮巡[视察](?:工作)?(?:是|即为|即|就是|为)({NUM})届[{HAN}]{{0,8}}?{LEVEL_BODY}第({NUM})轮"
)
# (nor villages named by kind, "南部山区贫困村", "北港街道下属村（社区）", nor a name a copy censored, "南京分公司*组织")
# (nor villages by their kind alone, "直接对村(社区)巡察")
_NO_UNIT_RE = re.compile(
    r"巡[视察][^。，,]{0,6}组$|^(?:根据|按照|依照|依据|截至|关于)|贫困村$|(?:下属|所辖|所属)村|[*＊]|^村[（(]社区[）)]$"
    # ("没有案件出现在中共中央纪律检查委员会的官方通报上": the centre's discipline commission publishes, no central group
    # inspects it)
    r"|^(?:中共|中国共产党)?中央纪律检查(?:委员会|党委)$"
)


def _full_name(unit: str, texts: list[str]) -> str:
    """The unit under the fuller name the text gives it where it is visited or fed back to: "林业局党组" for which the
    text says "向县林业局党组反馈" (the level said before it), "市住建局党组" for which it says "巡察市住房和城乡建设局
    党组工作动员会" (the short form's characters in order, with the same level and kind)."""
    if not unit or not re.search(rf"{_PARTY_ORG}$", unit):
        return unit
    named = {
        m[1]
        for text in texts
        for m in re.finditer(
            rf"(?:(?<!一)对|向|(?:巡[视察]|进驻)(?![一二三四五六七八九十\d]*组))([^，。；,;、“”\s对向]{{2,30}}?{_PARTY_ORG})", fold(text)
        )
    }
    kind = re.search(rf"{_PARTY_ORG}$", unit)[0]
    fuller = set()
    for name in named:
        if name == unit or not name.endswith(kind) or len(name) <= len(unit):
            continue
        if name.endswith(unit) and re.fullmatch(r"[县区市省州旗]", name[: -len(unit)]):
            fuller.add(name)  # 林业局党组 -> 县林业局党组
        elif unit[0] == name[0] and unit[0] in "县区市省州旗" and _abbreviates(unit.removesuffix(kind), name.removesuffix(kind)):
            fuller.add(name)  # 市住建局党组 -> 市住房和城乡建设局党组
    return fuller.pop() if len(fuller) == 1 else unit


def _abbreviates(short: str, long_: str) -> bool:
    """住建局 abbreviates 住房和城乡建设局: its characters in order, the same last character (the kind of office)."""
    # (科协 / 科学技术协会, 妇联 / 妇女联合会: the short form may end on the first character of a kind of two or three)
    if short[-1] not in long_[-3:] or len(short) * 1.5 > len(long_):
        return False
    rest = iter(long_)
    return all(char in rest for char in short)


def _short(body: str) -> str:
    match = re.search(LEVEL_BODY + "$", body)
    return match[0] if match else ""


def _level(text: str) -> str:
    match = re.search(r"巡([视察])", text)
    return "巡" + match[1] if match else ""


# Sub-headings of compilations: 一、巡视卢氏县发现的主要问题 / 三、市委巡视二组向天津能源投资集团有限公司党委反馈…
_FINDINGS_RE = re.compile(r"^巡[视察](.{2,40}?)(?:发现的|反馈的)(?:主要)?问题")
_TO_UNIT_RE = re.compile(r"^(.{0,20}?巡[视察].{0,4}?组)向(.{2,40}?)反馈")


def _sub_unit(text: str, kind: str) -> tuple[str, str] | None:
    """(unit as written, group as written) when a labelled line opens a unit's part of a compilation."""
    label = LABEL_RE.match(fold(text))
    if not label or not re.match(r"^\s*[一二三四五六七八九十百]+\s*[、.,]", fold(text)):
        return None
    rest = squash(text[label.end() :])
    if kind == model.OVERVIEW:
        if len(rest) <= 40 and not re.search(r"[，。：:；;,]", rest) and not rest.startswith(("问题", "整改")):
            return rest, ""
        return None
    match = _FINDINGS_RE.match(rest)
    if match:
        return match[1], ""
    match = _TO_UNIT_RE.match(rest)
    if match:
        return match[2], match[1]
    return None


def compilation(section: Section, warnings: list[str]) -> list[Inspection]:
    """Feedback summaries and overviews: one Inspection per unit, each with its own lines."""
    parts: list[tuple[Line, str, str, list[Line]]] = []
    intro: list[Line] = []
    for line in section.lines:
        found = _sub_unit(line.text, section.kind)
        if found:
            parts.append((line, found[0], found[1], []))
        elif parts:
            parts[-1][3].append(line)
        else:
            intro.append(line)
    if not parts:
        # "区委第一巡察组向闸口街道6个社区党委反馈巡察情况" over "对闸口街道浦东社区、石桥社区…等6个社区进行了巡察": a
        # feedback news naming several units is read as a round's news
        return _single_or_several(section, warnings)
    intro_text = " ".join(line.text for line in intro)
    context = [section.title, intro_text, *(line.text for line in section.preamble[:5])]
    term, round_ = term_and_round(*context)
    batch = first_int(_BATCH_RE, *context)
    intro_types = _types(intro_text, [])
    if not intro_types:  # "…常规巡视的23个单位党组织和涉粮问题专项巡视的2个单位党组织"
        named = re.findall(r"(常规|[\u4e00-\u9fff]{2,16}?专项)巡[视察]", intro_text)
        intro_types = [_type_name(re.sub(r"^.*(?:单位|组织|的)(?:和|及|与|、)?", "", t)) for t in named]
    body = _body(context, "", "", intro_text)
    inspections = []
    for heading, written, group_text, lines in parts:
        text = "\n".join(line.text for line in lines)
        unit = _committee(normalize_unit(written), heading.text + text)
        group, level = group_and_kind([group_text], _short(body)) if group_text else ("", "")
        inspection = Inspection(unit=unit, unit_full=squash(written), line=heading.no, lines=lines)
        inspection.term, inspection.round, inspection.batch = term, round_, batch
        inspection.inspecting_body = body
        inspection.group = group
        inspection.level = level or _level(section.title + intro_text)
        # A special check run alongside the whole round ("并同步开展选人用人专项检查") covers every unit.
        alongside = bool(_SPECIAL_CHECK_RE.search(fold(intro_text)))
        inspection.types = list(intro_types) if alongside else _unit_types(intro_types, text)
        inspection.contact = find_contact(lines[-12:])
        _fill(inspection)
        inspections.append(inspection)
    return inspections


def _unit_types(stated: list[str], text: str) -> list[str]:
    """With several kinds stated for the whole batch (23 常规 + 2 涉粮问题专项), a unit gets the special
    kind when its own text names the subject (涉粮), else 常规."""
    special = [t for t in stated if t != "常规"]
    if len(stated) <= 1 or not special:
        return list(stated)
    own = [t for t in special if t[:2] in text]
    return own or ["常规"]


# "对区民政局、区科信局等4家单位开展常规巡察" / "向临床医学院、附属二医院等6家二级党委进行了反馈": named units of a round.
_UNIT_LIST_RE = re.compile(
    rf"(?:(?<![一针面应相比核])对(?!象)|向|进驻|进入|(?<=[就组])巡[视察](?![一二三四五六七八九十\d]*组))(?:本轮(?:被)?巡[视察]的|被巡[视察]的|[^，。；,;、]{{0,4}}?所属)?"
    rf"((?:[^，。；,;、“”\s]{{2,30}}、)+[^，。；,;、“”\s]{{2,30}}?)"
    rf"(?:等\s*{NUM}\s*[个家户]|\s*{NUM}\s*[个家户]|(?=(?:的)?(?:开展|进行|实施|情况|主要负责人))|(?=[,，]\s*对)"
    rf"|(?=(?:党组织)?(?:工作)?(?:动员会|反馈会))|(?=就)|(?=(?:宣读|通报|进行|集中)?(?:了)?(?:巡[视察])?反馈))"
)
# "中冶成勘党委及物业公司党总支": two units joined by 及/和, each with its organisation's ending.
_ORG_END = r"(?:党委|党总支|党支部|党组|党工委|公司|局|院|中心|办|部|委|室|处|所|站|乡|镇|村|社区|街道|党校|学校)"
# (and 会, 馆, 团, 行, 队: a name ending as any organisation, 总工会, 图书馆, 歌舞团, 支行, 大队)
_ORG_END_RE = re.compile(rf"(?:{_ORG_END}|会|馆|团|行|队)$")
# "云龙乡及所辖村": the organisations under a unit are no second unit
_JOINED_RE = re.compile(rf"^(.{{2,20}}?{_ORG_END})(?:及|和|与)(?!其?[所下][辖属])(.{{2,20}}?{_ORG_END})$")


# "分别在区国土资源局和洪山乡召开巡察工作动员会": the places of the groups' meetings are the units.
# (or "召开进驻动员会" with no 巡察 in the meeting's name; or "进点动员会在一建公司、总承包公司…和基础公司召开")
_MEETING_PLACES_RE = re.compile(
    r"分别(?:在|到)([^，。；,;]{2,40}?|[^，。；,;]{2,40}?、[^，。；,;]{2,60}?)[，,]?召开[^。，,]{0,12}?(?:巡[视察][^。，,]{0,6})?(?:进驻|进点)?(?:动员会|反馈会)"
    r"|巡[视察][^。，,]{0,20}?(?:进驻|进点)?(?:动员|反馈)(?:大会|会议|会)(?:分别)?在([^，。；,;]{2,60}?、[^，。；,;]{2,60}?)召开"
)


_DISPATCHED_TO_RE = re.compile(
    rf"(?:派出|选派|安排)\s*{NUM}\s*个巡[视察]组[，,]\s*(?:分别)?(?<!一)对([^对，。；,;、“”\s]{{2,30}}?)(?:开展|进行)"
)
_GROUPS_THEN_LIST_RE = re.compile(
    rf"(?:组建|派出|成立)\s*{NUM}\s*个巡[视察]组[，,]\s*((?:[^对，。；,;、“”\s]{{2,30}}、)+[^对，。；,;、“”\s]{{2,30}}?)"
    rf"等\s*{NUM}\s*[个家][^，。；,;]{{0,12}}?(?:开展|进行)"
)
_VILLAGE_RE = re.compile(r"村|社区|居委会|嘎查")
_COUNTED_OWN_LIST_RE = re.compile(rf"\s*(?<!一)对[^。；;，,]{{2,}}?、[^。；;，,]{{2,}}?等\s*{NUM}\s*[家个](?:单位)?(?:党组织|村|社区)")
_EXTENSION_RE = re.compile(r"延伸巡[视察]|巡乡带村|对村巡察")
_VISITS_SEVERAL_RE = re.compile(r"(?<!一)对[^。；;]*?(?:开展|展开|进行|的[^。；;，,]{0,4}巡[视察])")
# (its own kind may be long, "对市住房城乡建设局开展环境污染防治和扶贫住房保障专项巡察", or a look-back, 开展“回头看”)
_SINGLE_VISIT_RE = re.compile(
    r"[，,]\s*对([^对，。；,;、“”\s]{2,30}?)开展(?:了)?(?:[^，。；,;对、]{0,20}?巡[视察]|[^，。；,;对、]{0,6}?“?回头看)"
)
_EXAMPLE_OF_KIND_RE = re.compile(rf"(?:(?<!一)对|[，,])([^对，。；,;、“”\s][^，。；,;、“”\s]{{1,29}}?)等\s*{NUM}\s*[个家户所]")


def _add(found: list[tuple[str, str]], name: str, clause: str) -> None:
    if not name:
        return
    for n, (other, other_clause) in enumerate(found):
        if same_unit(name, other) and not any(_items_apart(name, other, told) for told in {clause, other_clause} if told):
            # "巡察市卫健委、…动员会" (a headline) over "巡察市卫生健康委、…": the name in full is kept (a name said
            # again with its 党委 or its legal form added stays as first written: 进驻石化公司和铁路分公司 … 铁路分公司党委)
            if len(name) > len(other) and not name.endswith(other) and not name.startswith(other):
                found[n] = (name, clause)
            return
    found.append((name, clause))


def _items_apart(name: str, other: str, clause: str) -> bool:
    """"…经济管理学院党委、家居与工业设计学院党委、理学院党委…": two items of one list, though one ends the other (the
    shorter is an item of its own, beside 、, outside the longer)."""
    short, long_ = sorted((name, other), key=len)
    head = long_[: -len(short)] if short and long_.endswith(short) else ""
    # (a head with a word of the sentence in it, 对市生态环境局, is no name's head)
    if not head or re.search(r"[对向在从于将把]|开始", head):
        return False
    if not re.search(rf"、\s*{re.escape(long_)}|{re.escape(long_)}\s*、", clause):
        return False
    alone = re.sub(re.escape(long_), "|", clause)
    return bool(re.search(rf"、\s*{re.escape(short)}|{re.escape(short)}\s*、", alone))


_LEADERS_IN_SCOPE_RE = re.compile(
    r"(?:对|将|把)(?:(?!开展|进行|实施)[^。；;])*?(?:主要负责(?:人|同志)|负责人|领导班子成员)[^。；;]{0,8}?纳入巡[视察]范围"
)


_SINGLE_OBJECT_RE = re.compile(r"巡[视察]对象(?:为|是)\s*[:：]?\s*([^，,。；;、：:\s]{2,30}?)\s*[,，]?\s*[；;。]?\s*$")


def _single_object(line: str) -> str:
    found = _SINGLE_OBJECT_RE.search(line)
    return clean(found[1]) if found else ""


def _named_units(lines: list[Line]) -> list[tuple[str, str]]:
    """(unit as written, its clause) for each unit a round-level text names in a list."""
    found: list[tuple[str, str]] = []
    under_objects = False
    # "2.乡村振兴资金使用监管专项巡察:巡察对象为区农业农村局;" / "3.医保基金管理专项巡察:巡察对象为区医保局;": one body a
    # line, each named as a special round's object, are the round's units together
    objects = [name for line in lines[:15] if (name := _single_object(fold(line.text)))]
    for name in objects if len(set(objects)) >= 2 else []:
        _add(found, name, "")
    for line in lines[:15]:
        text = fold(line.text)
        # "一、巡察对象 / （1）常规巡察 / 平湖技师学院、崇文小学…": bare lists under the heading of the units visited
        if objects_heading(text):
            under_objects = True
            continue
        if under_objects:
            if re.match(r"^[一二三四五六七八九十]+、", text):
                under_objects = False  # the next numbered section
            # "28家被巡视单位 / 省人大机关(包括…) / 省红十字会党组 / …": one name a line, as well as lists
            for name in bare_list(text) or [name for name in [single_name(text)] if name]:
                _add(found, name, text)
        # "本轮被巡视单位有:省委党校、省政府办公厅(包括…)、…": the heading and its list on one line
        inline = _INLINE_OBJECTS_RE.match(text)
        listed = (inline[1] or inline[2]) if inline else ""
        for name in bare_list(re.sub(r"[、，,]?\s*(?:…+|\.{3,})\s*[。；;]?$", "", re.sub(r"[(（]记者[^)）]*[)）]\s*$", "", listed))):
            _add(found, name, text)
        # "第一巡察组巡察托里县库普乡，第六巡察组巡察托里县铁厂沟镇动员会": each group's unit.
        visits = _same_units([m[1] for m in _GROUP_VISITS_RE.finditer(text)])
        # (与 joins two names only where it is no part of one: "环境与地理科学学院")
        places = [
            p for m in _MEETING_PLACES_RE.finditer(text) for p in re.split(r"[、和及]|与(?![^、和及]*(?:学院|中心|研究所))", m[1] or m[2])
        ]
        # "分别召开巡察A工作动员大会和巡察B工作动员大会": each meeting's unit
        places += [name for m in _EACH_MOBILISED_RE.finditer(text) for name in (m[1], m[2])]
        # "会议听取了巡察组关于巡察机械工程学院党委、管理学院党委的情况报告": the units reported on
        places += [name for m in _REPORTED_ON_RE.finditer(text) for name in re.split(r"、|和(?=.{2})", m[1])]
        for name in (visits if len(set(visits)) > 1 else []) + places:
            if _SEVERAL_UNITS_RE.search(name):
                continue  # "分别在被巡察党组织召开…动员会" names no unit
            # "第一巡察组巡察县发改局和县统计局，第二巡察组巡察…": a group visiting two units joined by 和
            for piece in names_in(name) if len(names_in(name)) >= 2 else [clean(name)]:
                _add(found, piece, text)
        for clause in re.split(r"(?<=[。；;])", distribute(text)):
            if coverage_plan(clause):
                continue  # a term's plan to reach every kind of body names no round's units
            # "对第六轮巡视涉及的长春、杭州…等5个副省级城市党委和人大常委会、政府、政协党组主要负责人，一并纳入巡视范围":
            # the leaders of bodies brought into the visit's scope name no units visited
            clause = _LEADERS_IN_SCOPE_RE.sub("", clause)
            # villages a group extends its visit to (延伸巡察, 巡乡带村) belong to the visited township
            # (an extension to offices and hospitals, "并延伸巡察县第一人民医院、县中医院……等单位", names units of its own)
            # (a list of its own, counted, is the round's: "对新湘路街道新港社区、白田镇石江村…等6家单位党组织开展村(社区)延伸巡察")
            clause = ",".join(
                part for part in re.split(r"[，,]", clause)
                if not (_EXTENSION_RE.search(part) and _VILLAGE_RE.search(part) and not _COUNTED_OWN_LIST_RE.match(part))
            )
            for match in _UNIT_LIST_RE.finditer(mask_brackets(clause)):
                if per_place(match[1]) or (match[0].startswith("进") and villages_visited(clause, match.start(1))):
                    continue
                if checked_not_visited(clause, match.end(1)):
                    continue  # "同步对市卫健委、市医保局开展整改督查": checked, not visited
                if places_qualify_counted_bodies(mask_brackets(clause), match.end()):
                    continue  # "对颍州、颍泉…界首5个县市区17个乡镇的60个贫困村": the villages are visited (settled 8)
                names = []
                pieces = match[1].split("、")
                # "…、顺义区委3个巡察组进驻通州区3家单位": the last name is a committee sending its groups, no unit
                if re.match(rf"\s*{NUM}\s*个巡[视察]组", mask_brackets(clause)[match.end(1) :]):
                    pieces = pieces[:-1]
                for name in pieces:
                    name = drop_joint(unmask(name).strip())
                    joined = _JOINED_RE.match(name)
                    # "荆门市及麻城市": two places of one level joined
                    pair = names_in(name)
                    names.extend([joined[1], joined[2]] if joined else pair if len(pair) == 2 else [name])
                names = offices_of_places(names, clause[match.start(1) : match.end() + 12])
                # "对A、B、C党组巡察情况": the visit's 巡察 after the last name is no part of it (its 党组 is shared)
                for name in shared_kind([re.sub(r"(?<=.{2})巡[视察]$", "", name) for name in names]):
                    if re.match(rf"{NUM}\s*[个家户所]", name):
                        continue  # "7个县(市)区纪委监委机关": a counted kind, not a named unit
                    _add(found, clean(name), clause)
            # lists with commas, brackets, counted kinds and towns with their villages
            for name in [*listed_units(clause), *counted_names(clause)]:
                _add(found, name, clause)
            # "派出1个巡察组，对市供销合作社开展机动式巡察；派出3个巡察组，对10所市属医疗机构开展…": a round's allocation
            # of its groups names each unit it does not count
            for match in _DISPATCHED_TO_RE.finditer(clause):
                if not _SEVERAL_UNITS_RE.search(match[1]):
                    _add(found, clean(match[1]), clause)
            # "本轮巡察共组建6个巡察组，县委教育工委、县市场监管局党委等12个县管党组织开展常规巡察": the groups' units
            # listed and counted right after them, the copier's 对 lost
            for match in _GROUPS_THEN_LIST_RE.finditer(clause):
                for name in match[1].split("、"):
                    _add(found, clean(name), clause)
            # "…等7个开发区党工委开展常规巡视，对呼伦贝尔农垦集团党委开展提级巡视": once a line lists units, a
            # single unit given its own kind of visit in the same sentence is one more
            if found:
                for match in _SINGLE_VISIT_RE.finditer(clause):
                    _add(found, clean(match[1]), clause)
            # "对自治区公安厅等6个政府组成部门，自治区总工会等9个群团组织…开展巡视": one named example per kind.
            if _VISITS_SEVERAL_RE.search(clause):
                for match in _EXAMPLE_OF_KIND_RE.finditer(clause):
                    if "、" not in match[1]:
                        # "，已基本完成对鄂州市华容区等15个…": the name after the clause's 对; "对XX街道党工委及所属下沃等
                        # 7个社区党委": the example is 下沃, of the communities, not the street committee
                        example = re.split(r"所[辖属]的?", re.split(r"(?<!一)对", match[1])[-1])[-1]
                        _add(found, clean(example), clause)
    # "巡察市委宣传部市文联党组、市融媒体中心工作动员会" under a headline naming 市委宣传部、市文联党组: two names the
    # copier ran together are those two
    found = [(name, clause) for name, clause in found if not any(
        name == a + b for a, _ in found for b, _ in found if a != name and b != name
    )]
    # "对三亚崖州湾科技城管理局(以下简称“管理局”)党委、…开发建设有限公司(以下简称“开发公司”)党委开展…。…向管理局党委、
    # 开发公司党委反馈": a short name the text declares, with the same kind, is the unit named in full
    text = fold(" ".join(line.text for line in lines[:15]))
    short = {m[2]: m[1] for m in _DECLARED_SHORT_RE.finditer(text)}
    declared = {short_name + kind for short_name in short for kind in _KINDS}
    return [(name, clause) for name, clause in found if name not in declared or not any(
        other.startswith(short[name.removesuffix(kind)]) for other, _ in found for kind in _KINDS if name.endswith(kind)
        and name.removesuffix(kind) in short
    )]


# "三亚崖州湾科技城管理局(以下简称“管理局”)": a name and the short name the text declares for it
_DECLARED_SHORT_RE = re.compile(r"([\u4e00-\u9fff]{2,40}?)[（(]\s*(?:以下)?简称\s*[“\"]([^”\"]{1,10})[”\"]\s*[）)]")
_KINDS = ("党委", "党组", "党工委", "党总支", "党支部", "")


_MOBILISED = r"(?:工作)?(?:动员|进驻)(?:部署)?(?:大会|会议|会)"
_INLINE_OBJECTS_RE = re.compile(
    r"^\s*(?:本轮)?(?:被巡[视察]|巡[视察]对象)(?:的)?(?:单位|党组织|地方和单位)?(?:有|为|是|包括)?\s*[:：]\s*(\S.+)$"
    # ("本轮专项巡视的16家单位是:A、B…和C。")
    rf"|^\s*本轮(?:专项|常规)?巡[视察](?:的)?\s*{NUM}\s*[家个](?:单位|党组织)(?:是|有|为|包括)\s*[:：]\s*(\S.+)$"
)
_EACH_MOBILISED_RE = re.compile(
    rf"分别召开(?:了)?巡[视察]([^。，,；;、和]{{2,30}}?){_MOBILISED}(?:和|、|及|以及)巡[视察]([^。，,；;、和]{{2,30}}?){_MOBILISED}"
)


_REPORTED_ON_RE = re.compile(
    r"听取(?:了)?[^。；;，,]{0,12}?巡[视察][一二三四五六七八九十\d]*组[^。；;，,]{0,4}?关于巡[视察]"
    r"([^。；;，,、]{2,30}?(?:、[^。；;，,、]{2,30}?)+)(?:工作)?的(?:巡[视察])?情况(?:报告|汇报)"
)


_ROSTER_RE = re.compile(r"(?m)^\s*[^\n。，,；;]{0,8}?巡[视察][一二三四五六七八九十\d]*组\s*\n\s*(?:组长|联系人)\s*[:：]")


# a group named with its committee and round (区委第七轮巡察第八巡察组, 县委第七轮巡察第二巡察组)
_ROUND_GROUP_RE = re.compile(rf"([省市州县区旗])委第{NUM}轮巡[视察]第{NUM}巡[视察]组")
_PINYIN_RE = re.compile(r"[(（][a-z]{1,6}[)）]")


# "分别" / "3个巡察组" / "第一、第二巡察组" / "各巡察组": several groups at work, so no one group visits each unit
_SEVERAL_GROUPS_RE = re.compile(rf"分别|{NUM}\s*个巡[视察]组|、\s*第?{NUM}巡[视察]组|各巡[视察]组")


def _several(base: Inspection, section: Section, beside: tuple[tuple[str, str], ...] = ()) -> list[Inspection]:
    """The round-level record (it keeps the figures and problems of the text) and one inspection per named unit;
    a named unit's own lines are empty, since the text states nothing about it alone."""
    inspections = [base]
    context = " ".join(line.text for line in section.lines[:5])
    # One group named alone ("县委第一巡察组巡察许镇镇丁塘村、池湖村…") visits every unit the text names.
    text = fold(" ".join(line.text for line in section.lines[:15]))
    numbers = {group_number(m) for m in GROUP_RE.finditer(text)}
    several = _SEVERAL_GROUPS_RE.search(text)
    group = base.group if len(numbers) == 1 and not several else ""
    if len(numbers) > 1:
        base.group = ""  # "第一巡察组巡察A，第二巡察组巡察B": the round's record is no one group's
    # "七届省委第二轮巡视安排6个巡视组对A、B…进行了常规巡视…接到省委第一巡视组反馈意见": a round of several groups
    # is no one group's, though one unit's group is named further down
    if any((to_int(m[1]) or 0) > 1 for m in re.finditer(rf"({NUM})\s*个巡[视察]组", text)):
        base.group = ""
    # "…开展巡察“回头看”。\n市委巡察一组\n组长:姚思明\n……": a notice's roster of its groups, a group a line with its
    # leader under it, names no one group of the round (the copier may have cut the others)
    if _ROSTER_RE.search("\n".join(fold(line.text) for line in section.lines)):
        base.group = group = ""
    for written, clause in [*_named_units(section.lines), *beside]:
        unit = normalize_unit(written, context)
        inspection = Inspection(
            unit=unit,
            unit_full=squash(written),
            inspecting_body=base.inspecting_body,
            level=base.level,
            term=base.term,
            round=base.round,
            batch=base.batch,
            group=group or _clause_group(base.group, clause),
            types=_types(clause, []) or list(base.types),
            start=base.start,
            end=base.end,
            feedback_date=base.feedback_date,
            line=base.line,
            date_precision=dict(base.date_precision),
        )
        _fill(inspection)
        inspections.append(inspection)
    return inspections


def _clause_group(group: str, clause: str) -> str:
    """"2024年6月，区委第三巡察组对河沙镇南街村等8个村党组织开展常规巡察": the one group of the clause naming a unit
    visits it, though the text tells the round's other groups elsewhere (各巡察组坚持…)."""
    numbers = {group_number(m) for m in GROUP_RE.finditer(fold(clause))}
    own = [group_number(m) for m in GROUP_RE.finditer(fold(group))]
    several = _SEVERAL_GROUPS_RE.search(clause)
    return group if group and len(numbers) == 1 and own == list(numbers) and not several else ""


def inspections(section: Section, warnings: list[str]) -> list[Inspection]:
    if section.kind in (model.FEEDBACK, model.OVERVIEW):
        return compilation(section, warnings)
    return _single_or_several(section, warnings)


def _single_or_several(section: Section, warnings: list[str]) -> list[Inspection]:
    base = single(section, warnings)
    named = _named_units(section.lines)
    beside: tuple[tuple[str, str], ...] = ()
    role = _beside_list(base, named, "\n".join(line.text for line in section.lines[:15]))
    if role == "peer":  # "A组、B组分别进驻X、Y开展巡察，C组进驻Z开展提级巡察": Z is one more unit of the round
        beside = ((base.unit_full, ""),)
    # "中央第六巡视组近日进驻中国石油化工集团公司…。…今年中央第三轮巡视将对文化部、…、中石化等13个单位进行专项巡视": one
    # group's entry told as the first of a round whose own list of bodies the text gives is the round's news
    if base.unit and not role and _round_lists_its_units(named):
        role = "round"
        base.group = ""  # the group of the one body told first is no group of the round
    if base.unit and (role or (len(named) >= 2 and base.unit in {normalize_unit(name) for name, _ in named})):
        # The unit found first is one of several the text names alike (or the place whose units the list names):
        # the text is about all of them.
        base.unit = base.unit_full = ""
        base.items, base.figures = [], []
        _fill(base)
    if not base.unit:
        return _several(base, section, beside)
    return [base]


def _round_lists_its_units(named: list[tuple[str, str]]) -> bool:
    return len(named) >= 3 and any(re.search(rf"第{NUM}轮(?:巡[视察])?将(?<!一)对", fold(clause)) for _, clause in named)


_OF_THE_PLACE_RE = r"[^。；;]{0,10}?[，,]?\s*对该(?:镇|乡|街道|县|区|市|公司|集团|单位)"


def _beside_list(base: Inspection, named: list[tuple[str, str]], head: str = "") -> str:
    """How the unit found first stands to a list of two or more units the text names: "sub" when the list holds its
    own units ("进驻斑竹园镇，对该镇沙堰村、金山村…开展巡察": the villages are visited, the town is where the group
    stays), "peer" when a group visits it in the same sentence as the others, "" otherwise."""
    written = base.unit_full
    if not written or len(named) < 2 or base.unit in {normalize_unit(name) for name, _ in named}:
        return ""
    # "负责对枞阳县人民医院、中西结合医院和郊区卫计局开展政治巡察。巡察组于3月18日进驻枞阳县": a place entered (a
    # county or district, no organisation) whose own units the list names hosts the group; the list is visited
    # (and "徐庄镇党委关于…巡察整改进展情况的通报" over "区委第五巡察组对徐庄镇徐庄村、葫芦套村…等5个村级党组织进行了巡
    # 察": a town's committee reporting on the visit of its own villages, which the list names under the town)
    place = re.sub(r"(?:(?<=[镇乡])|(?<=街道))(?:党委|党工委)$", "", written)
    if re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:县|区|市|旗|镇|乡|街道)", place) and any(
        name.startswith(place) and len(name) > len(place) and not re.fullmatch(r"(?:党委|党工委)", name[len(place):])
        for name, _ in named
    ):
        return "sub"
    for clause in dict.fromkeys(clause for _, clause in named):
        if re.search(re.escape(written) + _OF_THE_PLACE_RE, clause):
            return "sub"
        # "巡察组进驻桐城，对新渡镇、吕亭镇…等6个镇开展巡察": the place entered hosts the group; the list is visited
        if re.search(rf"(?:进驻|进入)(?:到)?{re.escape(written)}[，,]\s*(?<!一)对", fold(clause)):
            return "sub"
        # (or each group named with its own entry: "…第一巡察组进驻A，第二巡察组进驻B、C")
        if re.search(rf"巡[视察][一二三四五六七八九十\d]*组[^。；;，,]{{0,6}}?(?:进驻|(?<!一)对){re.escape(written)}", clause) and (
            re.search(r"分别", clause) or len(set(re.findall(rf"第({NUM})巡[视察]组(?:进驻|进入)", clause))) >= 2
        ):
            return "peer"
    # "市委第九巡察组向和平区委反馈了本轮巡察和平区委宣传部等六家单位的巡察结果": a committee given the results of the
    # bodies under it, counted after the first of them named with its own name, holds the list
    if re.search(rf"向{re.escape(written)}反馈[^。；;]{{0,12}}?{re.escape(written)}[^，,。；;、]{{2,12}}?等\s*{NUM}\s*[家个]", fold(head)):
        return "sub"
    # "对A、B、C……等12家单位开展常规巡察，采取…方式对D党委及所辖55个村级党组织开展提级巡察": one more unit visited
    # in the sentence that lists the others
    for sentence in sentences(fold(head)):
        if clean(written) and any(name in sentence for name, _ in named) and re.search(
            rf"[，,][^，,。；;]{{0,20}}?(?<!一)对{re.escape(written)}(?:及其?所[辖属][^，,。；;]*?)?开展[^，,。；;]{{0,6}}巡[视察]", sentence
        ):
            return "peer"
    # "自3月5日起，至4月15日前，…对市供销合作联社党组开展…联动巡察。自3月5日起，至5月底前，…对A、B…等10个市直部门党组织
    # 进行常规巡察。": a notice giving one unit its own period beside the period of the list: one more unit of the round
    said = sentences(fold(head))
    alone = [s for s in said if re.search(rf"(?<!一)对{re.escape(written)}(?:开展|进行)[^。；;]{{0,40}}?巡[视察]", s)]
    listed = [s for s in said if sum(name in s for name, _ in named) >= 2 and re.search(r"(?:开展|进行)[^。；;]{0,10}?巡[视察]", s)]
    period = r"(?:自|从)[^，,。；;]{0,12}?(?:日|月)起"
    if alone and listed and not any(name in alone[0] for name, _ in named) and all(
        re.search(period, s) for s in (alone[0], listed[0])
    ):
        return "peer"
    return ""
