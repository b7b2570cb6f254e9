"""Lists of inspected units as round-level texts write them: the object of 对/向/进驻 … 开展/进行/反馈, split into
names. Pure text work; header.py decides what the names mean.

A list may hold commas ("对新华西街道党工委，区教育局党组、区能源局党组开展"), bracketed member lists
("市委统一战线工作部（台工办、市台办）"), counted kinds ("6个区直部门（单位）党组织"), towns with their villages
("南洋镇及所属25个村（社区）") and subjects that are not units ("全市民生领域外包服务"). Only names shaped like an
organisation are kept; anything else is dropped rather than guessed."""

from __future__ import annotations

import re

from .chinese import NUM, fold, to_int
from .places import PROVINCE_LEVEL, PROVINCES

# What an organisation's name ends with (brackets removed): 党委, 局, 镇, 社区, 公司, 管委会 …
_NAME_END_RE = re.compile(
    r"(?:党委|党总支|党支部|党组|党工委|委员会|公司|集团|局|院|中心|办|部|委|室|处|所|站|乡|镇|村|社区|街道|街|县|市|区|旗|州"
    r"|厅|署|校|学|馆|会|团|厂|场|园|行|社|台|队|机关|办事处|管委会|联|协|军|庭|科|基地"
    r"|[一二三四五六七八九十]中"  # 潜山二中: a numbered middle school
    r"|中专|职专|职高"  # 县旅游工业中专: a school named by its short kind
    r"|团中央"  # 共青团中央: the league's central committee
    r"|(?<![体关联派世谱直])系"  # 精密仪器系: a university's department (never 体系, 关系, 联系)
    r"|[一二三四五六七八九十]师)$"  # 九师: a numbered division of a production corps
)
# Where 和/及/与 join two names rather than sit inside one (区文体广电和旅游局, 材料科学与工程学院 stay whole).
_JOINT_END_RE = re.compile(
    rf"(?:党委|党总支|党支部|党组|党工委|党组织|单位|公司|集团|局|厅|乡|镇|村|社区|街道|街|中心|办|处|站|院|馆|机关|巡[视察]"
    rf"|中学|小学|学校|党校|[一二三四五六七八九十]中"  # 潜山二中和黄铺中学, 市委党校及市公安局 (材料科学与工程学院 stays whole)
    rf"|(?<![体关联派世谱直])系"  # 京剧系和歌剧系: a university's departments (never 体系, 关系, 联系)
    rf"|联合会|协会|委员会|工会|商会"  # 中国文学艺术界联合会和中国井冈山干部学院 (never 社会和…)
    rf"|{NUM}\s*[个家户所][^和及与]{{0,8}})$"  # "江苏10个省区市和国家体育总局": after a counted kind
)
# Words no unit name holds: a verb, a subject of the visit, people.
_NOT_A_NAME_RE = re.compile(
    # (an office named for its work or its cadres is a name: 中央台湾工作办公室, 老干部局, 干部学院; and an association of
    # workers: 中华全国新闻工作者协会)
    r"了|要求|通报|传达|听取|提出|指出|部署|落实|工作(?!委员会|站|部|办公室|办|室|者协会|者联合会)|情况|问题|巡[视察]|督查(?!室|科|处|考评)|督导|整改|反馈"
    r"|意见|建议|领导班子|负责人|书记|全体|干部(?!局|学院|学校|处|科)|群众|人员|成员|方面|领域|专项|系统单位|以来|期间|近年|年度"
    # (a deployment's own words: "…航天投资,召开巡视进驻动员会,正式启动现场巡视工作")
    r"|召开|启动|动员(?!办|局|委|部|中心)"
)
# Where the list starts: 对/向/进驻/进入 (never the 对 of 一对一), "分别就", or a group's colon ("市委第一巡察组：巡察A、B").
_OPENER_RE = re.compile(
    # "巡察组巡察县委办、县人大办…，县委宣传部…10个党组巡察工作情况汇报": a group's visit names its list
    # (never the 对 of 针对/面对/应对/比对: "针对…巡视组指出的问题，与县卫健委、镇卫生院…相关负责人进行沟通")
    r"(?:(?<![一针面应相比核])对(?!象)|向|(?<=分别)就|(?:(?<=召开)|(?<=召开了))巡[视察](?!工作|动员|反馈|情况|汇报|整改|进驻)"
    # (and "市委第一巡察组,巡察A、B、C。": a task division's line, the group's comma before its visit)
    r"|(?P<own>(?:(?<=组)|(?<=组[，,]))(?:分别)?巡[视察](?!工作|情况|反馈|意见|期间|组)))(?!一)"
    # openers whose list runs to the end of its clause: "涉及广西、上海…", "…开展专项巡视，分别是：A、B…。",
    # "本轮巡察对象为A、B", "被巡察单位：A、B"
    # (被巡察党组织 opens a list only with 为/是/有/包括 or a colon: "被巡察党组织坚持…，围绕中心，服务大局" lists nothing)
    # "5个巡察组分别进驻市发改委、市财政局…和市文旅局。": an entry's list may run to the clause's end
    r"|(?P<to_end>进驻(?:到)?|进入|延伸巡[视察](?:到|至)?"
    # "6月9日至7月8日，巡察野寨中学、潜山中学和黄铺中学；": a schedule's dates, then the units visited in them
    # (never the 涉及 of a clause describing a list's bodies: "对涉及学生后勤服务保障职能的后勤保障处、校医院…")
    r"|(?<=日[，,])巡[视察](?!工作|情况|反馈|意见|期间|组|的|中|发现)|(?:(?<![对向])涉及|分别[是为]|包括|具体为)\s*[:：]?"
    # "第三轮校内巡察的对象为A、B" / "首轮巡察单位为A、B"
    # (and "巡视地区单位为宝鸡市、安康市…": the places and bodies a provincial round visits)
    r"|(?:巡[视察](?:的)?对象|被?巡[视察](?:地区|地方)?(?:和|及|、)?单位|被巡[视察]党组织)(?:(?:为|是|有|包括)\s*[:：]?|\s*[:：])"
    # "被巡察单位二公司、华南公司要为巡察组提供…": the units named right after, up to what they are asked to do
    r"|被巡[视察]单位(?=[^，。；,;、“”\s]{2,20}、[^。]*?(?:要|应当?|须)(?:为|做好|配合|全力|积极|认真))"
    # "被巡察单位水泥分厂党总支、聚酯分厂党支部、大维分厂党总支党政班子成员…参加会议": the units whose leaders attend
    r"|被巡[视察]单位(?=[^，。；,;、“”\s]{2,20}、[^，。；,;]*?(?:党政|领导)?班子成员)"
    # "已完成安居镇、保石镇、中兴镇的首批进驻": the units an entry was completed in
    r"|完成(?:了)?(?:对)?(?=[^。，,；;]{2,80}?的(?:首批|第[一二三四五六七八九十\d]+批)?(?:进驻|巡[视察]))"
    r")"
)
# Where it ends: the verb of the visit or the feedback, outside any bracket ("…歌剧系党组织全面巡察情况": a whole
# visit's 全面 too).
_VERB_RE = re.compile(
    r"(?:的)?(?:开展|进行|实施)|(?:党组织)?(?:的)?(?:首批|第[一二三四五六七八九十\d]+批)?进驻|(?:全面)?巡[视察](?:工作|情况)|(?:党组织)?的巡[视察]|(?:的)?(?:巡[视察])?(?:情况)?(?:进行)?反馈"
    r"|(?:党组织)?(?:工作)?(?:(?:常规|专项)?巡[视察])?(?:动员|反馈)(?:大会|会议|会)"
    # "…华南公司要为巡察组提供…": what the units are asked to do ends their list
    r"|(?:要|应当?|须)(?=为|做好|配合|全力|积极|认真)|(?:党政|领导)?班子成员"
    # "分别进驻邓南街和区农业局后不久，…": the entry's 后 ends the list
    r"|(?:之)?后(?=不久|即|便|[，,])"
)
_COLON_RE = re.compile(
    r"巡[视察][一二三四五六七八九十\d]*组\s*[:：]\s*(?:巡[视察])?(?P<span>[^。；;:：“”]{2,400}?)(?=[。；;]|$)"
)
_OPEN, _CLOSE = "（(", "）)"


def _split_top(text: str, separators: str) -> list[str]:
    """Split at separators outside brackets."""
    parts, depth, current = [], 0, []
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        if depth == 0 and char in separators:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return [part.strip() for part in parts if part.strip()]


def mask_brackets(text: str) -> str:
    """The text with 、 inside brackets turned into ／, so a list split at 、 keeps 统战部（台工办、市台办） whole;
    unmask() turns them back."""
    return re.sub(r"[（(][^（()）]*[）)]", lambda m: m[0].replace("、", "／"), text)


def unmask(name: str) -> str:
    return name.replace("／", "、")


def _bare(name: str) -> str:
    return re.sub(r"[（(][^）)]*[）)]", "", name)


def _joined(segment: str) -> list[str]:
    """ "区城管局等3个区属单位党组织和南洋镇及所属25个村": split at 和/及/与 only where the left side ends an
    organisation's name or a counted kind (never inside 区文体广电和旅游局), and never before 所辖/所属."""
    pieces = [segment]
    for joint in re.finditer(r"(?:以及|和|及|与|并)(?!其?[所下][辖属])", segment):
        left = _bare(segment[: joint.start()])
        # "荆门市及麻城市": two places joined (天津市和平区 stays one: 和平区 is a place's own name)
        # (荆门市及京山县: of two levels too; a place named with 和 stays whole: 和平区, 和田, 和静县)
        places = (
            re.search(r"[\u4e00-\u9fff]{2,}[市县区旗]$", left)
            and re.fullmatch(r"[\u4e00-\u9fff]{2,}[市县区旗]", segment[joint.end() :])
            and not re.match(r"和[林田平龙顺政县静硕布]", segment[joint.start() :])
        )
        # "市妇联及市总工会": two organisation-shaped names of one level, the second saying its level again
        tail = segment[joint.end() :]
        same_level = (
            re.match(r"[省市县区]", left) and tail[:1] == left[:1] and not re.match(r"市场", tail) and clean(left) and clean(tail)
        )
        # "…、四川和江苏10个省区市": two provinces of a central round joined
        provinces = _bare(left).split("、")[-1] in PROVINCE_LEVEL and re.match(
            "|".join(sorted(PROVINCE_LEVEL, key=len, reverse=True)), segment[joint.end() :]
        )
        # "…、澄迈县和海南海钢集团有限公司、…": a place visited and an enterprise (天津市和平区 stays one, as above)
        place_and_body = (
            (re.fullmatch(r"[\u4e00-\u9fff]{1,5}[市县区旗]", left) or _bare(left).split("、")[-1] in PROVINCE_LEVEL)
            and re.search(r"(?:公司|集团|局|委|院|中心)$", _bare(segment[joint.end() :]))
            and len(segment) - joint.end() >= 4
            and not re.match(r"和[林田平龙顺政县静硕布]", segment[joint.start() :])
        )
        # "…、校园客户部以及企业信息化部": 以及 is never inside a name
        if _JOINT_END_RE.search(left) or places or same_level or provinces or place_and_body or joint[0] == "以及":
            head, tail = segment[: joint.start()], segment[joint.end() :]
            balanced = sum(head.count(c) for c in _OPEN) == sum(head.count(c) for c in _CLOSE)
            return [*_joined(head), *_joined(tail)] if balanced else pieces
    return pieces


def drop_joint(name: str) -> str:
    """"以及内蒙古新华发行集团…" -> the name: a leading joint goes; 和 only before a name that is not a place's own
    (和林格尔县, 和田地区, 和平区 keep it)."""
    return re.sub(r"^(?:以及|和(?![林田平龙顺政县])|及|与|并)", "", name)


# after 家: not the rest of a place's name (五家渠市, 三家店村), so the 家 counts
_NOT_A_PLACE = r"(?![\u4e00-\u9fff]{1,3}(?:市|县|区|镇|乡|村|街道|社区)$)"


def clean(name: str) -> str:
    """The unit's name without its count, its villages, a stated subject in brackets or a leading joint; "" when
    what is left is not shaped like an organisation's name."""
    # "国家烟草专卖局……等31家" / "国家机关事务管理局……等" / "省司法厅……共33家单位": a cut list
    name = re.sub(r"(?:…+|\.{3,})(?:[等共][^、，,]{0,12})?$", "", name.strip().strip("“”\"'"))
    # 南洋镇及所属25个村 / 温泉镇及下辖村 / 十师北屯市及相关团场 -> the town or city, not the bodies under it
    name = re.sub(r"(?:及其?|和)(?:(?:所|下)[辖属]|相关)的?.*$", "", name)
    # "…、区住建交通局等党组织" / "…、机电工程学院党委等": the list's 等 (and the kind it names) is no part of the name
    name = re.sub(r"等(?:党组织|单位|部门|党委|党组|党委（党组）|党委\(党组\))?$", "", name)
    # ("…、教体局、交通局等脱贫攻坚重点单位": the kind closing the list described by its field)
    name = re.sub(r"(?<=.{2})(?<![高中初平同对])等(?:[\u4e00-\u9fff]{2,10}?)?(?:重点|相关|有关|主要|职能)(?:单位|部门|党组织)$", "", name)
    # "…、昭山示范区等县(市)区及园区" / "…等乡镇（街道）": a list closed by the kinds of its units, with no count, names
    # only its units (never the 等 of a name: 高等学校, 中等职业学校)
    name = re.sub(r"(?<![高中初平同对])等(?:[（(]?(?:县|市|区|旗|乡|镇|街道|园区|社区|村|单位|部门|企业|学校|医院|机关)[）)]?"
                  r"(?:及|和|与|、)?)+$", "", name)
    # "…县审计局、县统计局党委（党组）": 党委（党组） is the kind shared by a list (whichever each has), not one name's
    name = re.sub(r"(?<=.)党委[（(]党组[）)]$", "", name)
    # "对舞台美术系、音乐剧系、京剧系和歌剧系党组织全面巡察": 党组织 after the last name is the kind the list shares
    name = re.sub(r"(?<=.{2})党组织$", "", name)
    # "对涉及学生后勤服务保障职能职责的后勤保障处、资产经营管理有限责任公司…等4家单位": a clause describing the listed
    # bodies (涉及/承担/负责/履行…的, 与…相关的) stands before the first name and is no part of it
    name = re.sub(r"^(?:涉及|承担|负责|履行|具有|与)[^、，,（(“”的]{2,30}?(?:相关|有关)?的(?=[\u4e00-\u9fff]{2,})", "", name)
    # "十五届县委第六轮巡察的竹瓦镇": the round's own words before the first name
    name = drop_joint(name)
    # "对我市沙溪镇半泾村、香塘村…": the writer's own place (我市, 本县) is said from where they stand, no part of a name
    name = re.sub(r"^(?:我|本)(?:省|市|州|县|区|旗|镇|乡)(?=.{2,})", "", name)
    name = re.sub(r"^(?:分别|[^，,、（(]{0,12}?巡[视察]的|包括|[^，,、（(]{0,4}?所[属辖]的?)", "", name)
    # "武汉商贸集团有限公司(以下简称“商贸集团”)(2家企业已于…重组整合为…)": a short name or a later change told in
    # brackets is no part of the name (and its count counts no units)
    name = re.sub(r"[（(][^（()）]*(?:简称|已于|重组|整合|更名|合并)[^（()）]*[）)]", "", name)
    # "平谷区委3个巡察组进驻顺义区3家单位": a committee sending its groups is no unit visited
    if re.search(rf"{NUM}\s*个巡[视察]组", name):
        return ""
    # 良安镇6个乡镇 / 县自然资源局等3个部门党组; never a place named with 家 (六师五家渠市, 三家店村)
    # (…、大巴镇、苍土乡共6个乡镇: the total's 共 too)
    # (nor a township named with 户: 奇台县七户乡)
    name = re.sub(rf"(?:等|共)?\s*{NUM}\s*(?:[个所]|户(?![\u4e00-\u9fff]{{0,3}}(?:乡|镇|村)$)|家{_NOT_A_PLACE}).*$", "", name)
    name = re.sub(r"(?<=.{2})(?:两|[二三四五六七八九十]|\d+)地$", "", name)  # "对新源县塔勒德镇、哈拉布拉镇两地开展…"
    name = re.sub(r"巡[视察]$", "", name)  # "进驻区总工会、团区委巡察动员会议"
    name = re.sub(r"(?<=.{2})工作$", "", name)  # "巡察区总工会、团区委工作进驻动员会": the visit's word, not the name's
    # a bracket stating what is done there, not part of the name: （所属村、社开展同步村级巡察） / （不含庞南刘村）
    # (a bracket naming the bodies the unit includes is part of its name: 市外事侨务办公室（含市友协）)
    name = re.sub(r"[（(][^）)]*(?:开展|巡[视察]|所属|所辖|不含|含)[^）)]*[）)]", lambda m: m[0] if _members(m[0]) else "", name)
    name = name.replace("(", "（").replace(")", "）").strip()
    bare = _bare(name)
    # a central round's units: 北京、天津、辽宁, and provinces with their level, 吉林省、浙江省 (as 北京市 with its 市)
    if bare in PROVINCE_LEVEL or (bare.endswith("省") and bare[:-1] in PROVINCES):
        return name
    # (全市, 全县 name no one; the central bodies named for the whole country do: 全国人大常委会机关, 全国政协机关)
    national = re.match(r"全国(?:人大|政协|总工会|妇联|工商联|供销合作总社|侨联|台联|青联)", name)
    if not 2 <= len(bare) <= 30 or (name.startswith("全") and not national) or re.match(rf"{NUM}\s*(?:[个户所]|家){_NOT_A_PLACE}", name):
        return ""
    # "对该镇沙堰村、金山村…": the place said again before its own units is no part of the first name
    name = re.sub(r"^该(?:镇|乡|街道|县|区|市|公司|集团)(?=.{2,})", "", name)
    bare = _bare(name)
    # "向上述地区、单位党委（党组）反馈" / "对所辖各级党委、政府组织进行巡视": names nobody
    # (nor "向当地党委、政府负责同志反馈": the local bodies of wherever the groups go)
    if re.match(r"(?:上述|相关|有关|各|该|其|下属|下辖|所辖|所属|部分|单位|以上|其他|其余|剩余|所有|全部|当地|本地|属地)", bare) or "各级" in bare:
        return ""
    # "对首轮村、社区党组织巡察工作进行总结": a round's word before a kind of body names none
    if re.match(rf"(?:首轮|首批|本轮|新一轮|第{NUM}[轮批])", bare):
        return ""
    # "企业及各县(市、区)": every body of a kind, joined to a kind, names none
    if re.search(r"[及和与]各", bare) or re.fullmatch(r"企业|单位|部门", bare.split("及")[0]):
        return ""
    # "对区直部门、乡镇及其所辖村党组织" / "部门（单位）、乡镇（街道）、村（社区）" / "市委各部委办局、市直各单位党组（党委）、
    # 市委派出机关": kinds of body, none named (a place's own 街道 or 镇 has its name before it)
    if (
        re.fullmatch(r"(?:乡镇|镇街|街道|部门|单位|机关|村|社区|村居|居委会|村（社区）|村\(社区\))", bare)
        or re.match(r"(?:[省市县区州旗]委?|[省市县区州旗]直)各", bare)
        or re.fullmatch(r"[省市县区州旗]委派出机关", bare)
        # "12个教育行政部门、高职院校、中小学校": kinds of school or enterprise, with no name of their own
        # ("…、公立医院、乡镇卫生院（社区卫生服务中心）": kinds of health body)
        or re.fullmatch(
            r"(?:中小|高职|高等|中等|职业|普通|民办|公办|基层|国有|公立|乡镇|县级|市级|村)?"
            r"(?:院校|学校|中小学校?|中学|小学|企业|医院|卫生院|卫生室|卫生服务中心)",
            bare,
        )
    ):
        return ""
    # "提级巡察的三县纪委监委机关、三县县委组织部": bodies of several counted places, no one unit (never a place whose
    # name opens with a numeral: 三河市, 六合区, 九台区)
    if re.match(r"[两二三四五六七八九十]+个?(?:县|区|市|旗|乡镇|乡|镇|街道)(?:[（(][市区县、]+[）)])?(?=[\u4e00-\u9fff]{2,})", bare):
        return ""
    if _NOT_A_NAME_RE.search(bare) or not _NAME_END_RE.search(bare):
        return ""
    # "对叶塘、大坪、龙田、石马、宁中等镇的省定贫困村": bodies described by the places they are in, none named
    if re.search(r"等(?:乡镇|镇街|[镇乡县区市]|街道)的", bare):
        return ""
    # "北港街道下属村(社区)": the villages under a town, named by kind, are none of them
    if re.search(r"(?:下属|所辖|所属)(?:村|社区)", name):
        return ""
    # "按照税务总局党组…" / "总局12个直属单位": a clause's preposition opens no name, and a level with its kind (总局,
    # 分局, 省局) names none
    if re.match(r"(?:按照|根据|依照|依据|通过|经过)", bare) or re.fullmatch(r"[总分省市县区]局", bare):
        return ""
    return name


def _members(bracket: str) -> bool:
    """True for a bracket naming the bodies a unit includes, each shaped like an organisation (（含市文化市场综合行政执法
    支队）, （含中华职教社、市台联）); not for what is done there or left out (（含所属村）, （不含庞南刘村）)."""
    inner = re.fullmatch(r"[（(]含([^（()）]+)[）)]", bracket)
    return bool(inner) and all(
        not re.search(r"所[属辖]|下属|各|等", piece) and clean(piece) == piece for piece in re.split(r"[、／，,及和]", inner[1])
    )


def _span(text: str, start: int, involves: bool = False) -> str:
    """From start to the verb at bracket depth 0 ("安障乡（所属村、社开展同步村级巡察）、林业局…的巡察"); "" when
    the clause ends first or the span grows past 400 characters."""
    # "…反馈情况已全部向社会公布，涉及广西、上海…10个省区市和国家体育总局…3个单位。": 涉及 lists to the clause's end
    depth = 0
    for pos in range(start, min(len(text), start + 400)):
        char = text[pos]
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            if char in "。；;:：“”":
                return text[start:pos] if involves else ""
            if pos - start >= 2 and _VERB_RE.match(text, pos):
                return text[start:pos]
    # "本轮巡察对市委外办、市委党校、…、市水务局……": a list the copier cut off runs to the cut
    return text[start:] if involves or re.search(r"(?:…|\.{3})\s*$", text) else ""


_PLACE = r"[\u4e00-\u9fff]{2,8}?(?:镇|乡|街道)"
_SHARED_SUFFIX_RE = re.compile(rf"(?<=[对向，,、和及的：:])((?:{_PLACE}、)+)({_PLACE})(党委|党工委|党总支)")
# (with the towns counted before 所辖: "大义镇、独山镇、柳林镇3镇所辖45个村级党组织")
# (or with no count: "巡察对象为殷汇镇、牛头山镇、梅龙街道、牌楼镇所辖村(社区)": the towns' villages, never the towns)
_VILLAGES_OF_RE = re.compile(
    rf"(?<=[对向，,、和及为：:])((?:{_PLACE}[,，]?、)*{_PLACE})(?:{NUM}\s*个?(?:乡镇|镇|乡|街道))?"
    rf"(?=所[辖属]的?\s*(?:{NUM}\s*[个家]|(?:行政)?村(?:[（(]社区[）)])?|社区))"
)
# "对忻城县、金秀瑶族自治县40个深度贫困村" / "对永登县、榆中县、皋兰县和高新区所属16个乡镇党委" / "以及无为县、南陵县28个镇
# 71个贫困村": places that only say where the counted towns or villages are; those are visited, not the places (never a
# count of the places themselves: "石湍镇、高寺镇…良安镇6个乡镇" are six units; and a place's own name, never the clause
# before it: "市委巡察组对全市6个乡镇")
_COUNTY = r"(?:(?![对向巡察组全的各和及与])[\u4e00-\u9fff]){1,10}?(?:县|区|市|旗)"
_TOWN = r"(?:(?![对向巡察组全的各和及与])[\u4e00-\u9fff]){1,10}?(?:镇|乡|街道)"
_COUNTED_IN = rf"(?:所[辖属]的?)?\s*{NUM}\s*个(?:(?![和及与、])[\u4e00-\u9fff]){{0,6}}?"
# (with the places counted before: "孟河镇、薛家镇、奔牛镇等3个镇所辖47个村", or the counted bodies after 的: "对孙村镇、
# 繁阳镇、平铺镇的12个村、社区")
_PLACES_COUNTED = rf"(?:\s*等?\s*{NUM}\s*个(?:乡镇|镇街|镇|乡|街道|县区|县|区)(?:[（(][^）)]{{1,8}}[）)])?)?(?:的(?=\s*{NUM}))?"
_BODIES_OF_PLACES_RE = re.compile(
    rf"(?<=[对向，,、和及])(?:(?:{_COUNTY}[、和及])*{_COUNTY}(?={_PLACES_COUNTED}{_COUNTED_IN}(?:乡镇|镇|乡|街道|村|社区))"
    rf"|(?:(?:{_COUNTY}|{_TOWN})[、和及])*(?:{_COUNTY}|{_TOWN})(?={_PLACES_COUNTED}{_COUNTED_IN}(?:村|社区)))"
)


# "对安徽、福建、湖北、陕西、宁夏5个省（区）的20个邮政单位开展巡视" (stray commas before 、 as a copy leaves them:
# "安徽,、福建"): places counted, then the counted bodies in them (的/所属/所辖 N个…), only say where those bodies are;
# the bodies are visited, not the places (never places counted alone: "对安徽、福建等5个省开展巡视")
_PLACE_NAME = r"(?:(?![对向巡察组全的各和及与等])[\u4e00-\u9fff]){2,8}"
_PLACES_OF_COUNTED_BODIES_RE = re.compile(
    rf"(?<=[对向，,、和及])(?:{_PLACE_NAME}[,，]?[、和及])+{_PLACE_NAME}[,，]?(?=\s*(?:等\s*)?{NUM}\s*个"
    rf"(?:省|市|县|区|州|盟|旗|地市|省区市|省市区|自治区)(?:[（(][^）)]{{1,8}}[）)])?\s*(?:的|所属的?|所辖的?)\s*{NUM}\s*[个家])"
)


# "对老城、五里墩、…、车站、金牛山七个街道办事处党工委所辖72个社区党组织": places named bare, counted with their kind and
# followed by the counted bodies under them, only say where those bodies are (never "…等4个乡镇及所辖的42个村": the
# towns and their villages)
_BARE_PLACES_OF_COUNTED_RE = re.compile(
    rf"(?<=[对向，,、和及])(?:{_PLACE_NAME}、)+{_PLACE_NAME}(?=\s*(?:等\s*)?{NUM}\s*个(?:(?![及和与])[^，。；,;、]){{0,12}}?所[辖属]的?\s*{NUM}\s*个)"
)


# "朝阳区委3个巡察组进驻东城区3家单位": a place entered, directly followed by the count of the bodies in it, only says
# where those bodies are
_PLACE_OF_COUNTED_UNITS_RE = re.compile(
    rf"(?<=[对向，,、和及驻])(?:{_PLACE_NAME}[、和及])*{_COUNTY}(?=\s*{NUM}\s*[个家](?:单位|部门|党组织|机关|企业))"
)


def distribute(text: str) -> str:
    """"西川镇、叶堡镇、陇城镇党委" -> each town's 党委 (the suffix is said once for the run); "兴国镇、安伏镇所辖86个
    行政村" -> the towns dropped: their villages are visited, not they."""
    text = _SHARED_SUFFIX_RE.sub(lambda m: "".join(f"{name}{m[3]}、" for name in m[1].split("、") if name) + m[2] + m[3], text)
    text = _BARE_PLACES_OF_COUNTED_RE.sub("", _PLACES_OF_COUNTED_BODIES_RE.sub("", text))
    text = _PLACE_OF_COUNTED_UNITS_RE.sub("", text)
    return _BODIES_OF_PLACES_RE.sub("", _VILLAGES_OF_RE.sub("", text))


def names_in(span: str) -> list[str]:
    """The organisation-shaped names a span holds ("县委办和县政府办" -> two, "县文化广电和旅游局" -> one)."""
    return [name for segment in _split_top(fold(span), "、，,") for piece in _joined(segment) if (name := clean(piece))]


_VILLAGES_VISITED_RE = re.compile(
    rf"[^。；;]{{0,200}}?[，,]\s*对[^。；;，,]{{2,40}}?(?:{NUM}\s*个)?(?:村级|村[（(]社区[）)]|行政村|村党组织|社区党组织)"
)
# a span opened by counted places followed by an office: "本轮巡察的10个县（市、区）政法委机关、人民法院…"
_PER_PLACE_RE = re.compile(
    rf"^(?:[^、，,]{{0,12}}?巡[视察]的)?(?:各|{NUM}\s*个)(?:县|市|区|乡镇|镇|街道)[（(][^）)]*[）)]?[^、，,]{{2,}}、"
)


def shared_kind(names: list[str]) -> list[str]:
    """"巡察发展和改革局、自然资源和规划局、交通运输局党组": 党组 said once after a run of offices is the kind of body
    each has, no part of the last name alone."""
    if len(names) >= 2 and names[-1].endswith("党组") and not any(re.search(r"党[组委]|党工委", n) for n in names[:-1]):
        return [*names[:-1], names[-1].removesuffix("党组")]
    return names


# "同步对市卫健委、市医保局开展整改督查": what the units get after the verb is a check, not a visit
_CHECKED_AFTER_RE = re.compile(
    # ("…等7个二级学院，开展“全覆盖、深层次、精准化”专项调研": a comma and a quoted manner before the survey)
    r"(?:等\s*\d*[个家]?[^，,。；;]{0,12}?)?(?:的)?[，,]?\s*(?:开展|进行|实施)(?:了)?(?:“[^”]{1,20}”)?[^，,。；;巡]{0,12}?"
    # ("对新欧鹏教育小镇、…进行了实地考察": a study visit's places, toured to learn)
    r"(?:督查|检查|督导|督察|调研|评估|考核|约谈|考察|参观)"
    # "向被巡察区(市)、高新区主要负责人传达了…讲话精神": words conveyed to the leaders of bodies, no visit of them
    r"|(?:主要)?负责(?:人|同志)传达"
)


def checked_not_visited(text: str, pos: int) -> bool:
    """True when the verb after a list (at pos) gives its units a check, a survey or an interview (开展整改督查,
    进行专项检查) rather than a 巡视/巡察: a round naming them beside its own units does not visit them."""
    checked = _CHECKED_AFTER_RE.match(text, pos)
    # "派出4个巡视组，对A、B…等5家单位党委深入开展监督检查": the 监督检查 of groups a visit just sent is the visit
    if checked and checked[0].endswith("监督检查") and _GROUPS_SENT_RE.search(re.split(r"[。；;]", text[:pos])[-1]):
        return False
    return bool(checked)


_GROUPS_SENT_RE = re.compile(r"(?:派出|派驻|组建|抽调)\s*[\d一二三四五六七八九十]+\s*个巡[视察]组[，,]\s*(?<!一)对[^，,]*$")


def villages_visited(text: str, pos: int) -> bool:
    """True when the clause from pos, after the towns a group enters, says it visits their villages ("进驻A街道、B镇等
    十个镇街，对A街道南华社区等35个村级党组织展开巡察"): the towns host the groups, the villages are the units."""
    return bool(_VILLAGES_VISITED_RE.match(text, pos))


def per_place(span: str) -> bool:
    """True when a list is opened by counted places followed by an office ("10个县（市、区）政法委机关、人民法院、
    公安局…"): it names kinds of office in each place, no unit."""
    return bool(_PER_PLACE_RE.match(span))


_OBJECTS_HEAD_RE = re.compile(r"^[^。，,；;]{0,8}?(?:巡[视察]对象|被巡[视察](?:单位|党组织)|巡[视察]单位)[^。，,；;]{0,8}$")


def objects_heading(line: str) -> bool:
    """"一、巡察对象" / "被巡察单位：": a heading under which lines list the units, one bare list a line."""
    return bool(_OBJECTS_HEAD_RE.match(fold(line).strip().rstrip(":：")))


def single_name(line: str) -> str:
    """The one organisation a line under a heading of units names, one a line ("省人大机关(包括省人大常委会办公厅和…10个
    专门委员会)", "省红十字会党组"): a bracket of what it includes (包括…) stays with it as written (settled convention
    7); "" for any line that is more than a name (a sentence, a list, counted kinds)."""
    text = re.sub(r"(?:…+|\.{3,})$", "", fold(line).strip().rstrip("。；;"))  # "省编委办……": the copier's cut
    bare = re.sub(r"[（(][^（()）]*[）)]", "", text)
    if not text or re.search(r"[、，,。；;：:\s]|\d", bare) or len(bare) > 30:
        return ""
    name = clean(text)
    return name if name == text.replace("(", "（").replace(")", "）") else ""


def bare_list(line: str) -> list[str]:
    """The names of a line that is nothing but a list of two or more organisations ("平湖技师学院、崇文小学、…"); []
    when any piece is not one."""
    pieces = [piece for segment in _split_top(fold(line).strip().rstrip("。；;"), "、，,") for piece in _joined(segment)]
    names = [clean(piece) for piece in pieces]
    return names if len(names) >= 2 and all(names) else []


def _own_list(text: str, opener: re.Match) -> str:
    """"（一）县委第二巡察组巡察县人大机关、县政协机关、县应急管理局。": a group's own 巡察 followed by nothing but a
    list of organisations to the sentence's end (a notice's schedule of which group visits whom) lists its units."""
    if not opener["own"]:
        return ""
    tail = re.match(r"[^。；;]*", text[opener.end() :])[0]
    return tail if bare_list(tail) else ""


_INSPECTED_COUNTED_RE = re.compile(
    rf"((?:[^，。；,;、“”\s…]{{2,30}}、)+[^，。；,;、“”\s…]{{2,30}}?)(?:等)?\s*{NUM}\s*[个家户所]被巡[视察]?(?:单位|党组织)"
)


def _trailing_names(span: str) -> str:
    """The run of plain names that ends a span: a piece telling anything (巡察组分别就…) ends the run before it."""
    pieces = _split_top(span, "、")
    kept: list[str] = []
    for piece in reversed(pieces):
        if _NOT_A_NAME_RE.search(_bare(piece)) or re.search(r"[对向就在]|\d", _bare(piece)) or not clean(piece):
            break
        kept.insert(0, piece)
    return "、".join(kept)


# a quotation of a few characters between a list's separators and a name's ending (、迎接“十四运”建设指挥部办公室、)
_QUOTED_IN_NAME_RE = re.compile(r"(?<=[、对向\u4e00-\u9fff])“([\u4e00-\u9fff\d]{1,8})”(?=[\u4e00-\u9fff]{0,12}?[^、，,。；;“”]*?、)")
_OPEN_Q, _CLOSE_Q = "\ue000", "\ue001"


def coverage_plan(clause: str) -> bool:
    """"本届市委任期内将对市委各部委办局、…、经济开发区…开展巡察，实现全覆盖": a term's coverage plan names the kinds
    of body it will reach, no round's units."""
    return bool(re.search(r"(?:任期|届|任)[内內][^。；;对]{0,12}?对[^。；;]*全覆盖", clause))


_TAKING_PART_RE = re.compile(r"(?:参加|参与|成员|协作|配合)单位(?:主要)?\s*[:：]?$")


def listed_units(clause: str) -> list[str]:
    """The units a clause lists (two or more), in order; [] when it lists none."""
    # "…、迎接“十四运”建设指挥部办公室、市营商办…": a short quotation inside a name is no break of the list
    text = _QUOTED_IN_NAME_RE.sub(lambda m: f"{_OPEN_Q}{m[1]}{_CLOSE_Q}", fold(clause))
    found: list[str] = []
    if not re.search(r"巡|进驻", text):  # a list of units checked or told something else (督查, 约谈) is not a visit's
        return found
    if coverage_plan(text):
        return found
    spans = [
        span
        for opener in _OPENER_RE.finditer(text)
        if (span := _span(text, opener.end(), bool(opener["to_end"])) or _own_list(text, opener))
        # "进驻大良街道、容桂街道等十个镇街，对大良街道南华社区等35个村级党组织展开巡察": the towns entered host the
        # groups; the villages are visited
        and not (opener[0].startswith("进") and villages_visited(text, opener.end()))
        and not checked_not_visited(text, opener.end() + len(span))
        # "联合巡察试点工作,参加单位包括A、B…等5家单位": the bodies taking part in a joint round send its members
        and not _TAKING_PART_RE.search(text[: opener.start()])
    ]
    # "赵巷镇、徐泾镇…等6家被巡单位负责…参加会议": a list named as the units inspected, by the count after it
    spans += [_trailing_names(unmask(match[1])) for match in _INSPECTED_COUNTED_RE.finditer(mask_brackets(text))]
    for span in [*spans, *(match["span"] for match in _COLON_RE.finditer(text))]:
        # "…，对4家单位开展" / "进驻朗溪镇，负责对朗溪镇党委…": the next clause's own object
        span = re.split(r"[，,]\s*(?:负责)?(?:对|向)", span)[0]
        # "已进驻的24个部门（单位）和地区分别为A、B…": the list starts after its own 分别为
        # (and "第一批巡察进驻单位为A、B": an entry's list after its own 单位为)
        span = re.split(r"(?:分别[是为]|包括|具体为|^单位[为是])\s*[:：]?", span)[-1]
        if per_place(span):
            continue  # "10个县(市、区)政法委机关、人民法院、公安局…": kinds of office in each place, no unit named
        names = [clean(piece) for segment in _split_top(span, "、，,") for piece in _joined(segment)]
        names = shared_kind([name for name in names if name])
        names = offices_of_places(names, span)
        if len(names) >= 2:
            found.extend(name for name in names if name not in found)
    # "对石马镇向前村、洋门村…": the 向 inside a name opens no list of its own (前村 is the tail of 石马镇向前村)
    found = [name for name in found if not any(other.endswith(("向" + name, "对" + name)) for other in found)]
    return [name.replace(_OPEN_Q, "“").replace(_CLOSE_Q, "”") for name in found]


# "先后进驻中铜资产、冶金医院、金水物业、迪庆有色，启动对4家单位党组织的常规巡察" / "巡察月博威视、…和智慧节能产业本部
# 三个单位": names of any shape (an enterprise's short names have no organisation's ending), confirmed as the units
# visited by the count of units right after them, when the count is the number of names (等 before such a count
# closes the list: "…、神华集团、中石化等13个单位")
_PIECE = r"[^，。；,;、“”\s对向的]"
_COUNTED_NAMES_RE = re.compile(
    # ("常规巡察对象为纪南文旅区、荆州高新区…等8家单位": the objects a round names)
    rf"(?:对象(?:为|是)\s*[:：]?|(?<![一针面应相比核])对|向|进驻|(?<![一二三四五六七八九十\d])巡[视察]|的)((?:{_PIECE}{{2,16}}、)+{_PIECE}{{2,24}}?)"
    rf"(?:[，,]\s*[^，。；,;]{{0,6}}?(?<!一)对)?\s*(?:共|合计|等)?\s*({NUM})\s*[个家](?:直属|下属|所属|二级)?"
    # ("对淄博、枣庄、东营、潍坊、临沂、菏泽6个市开展了巡视": places counted by their kind, settled convention 8)
    rf"(?:单位|项目|企业|子公司|公司|设区市|地市|市(?![直属级管])|县(?![直属级管])|区(?![直属级管]))(?:党委|党组织|党工委)?"
)


def places_qualify_counted_bodies(text: str, pos: int) -> bool:
    """True when places counted by their kind (…界首5个县) go on to count the bodies inside them (市区17个乡镇的60个
    贫困村, 所属16个乡镇党委): the places only qualify the bodies visited and are no units (settled convention 8)."""
    return bool(re.match(rf"[市区县旗（()）、／]*(?:{NUM}\s*个|所属|所辖|下辖)", text[pos:]))


def counted_names(clause: str) -> list[str]:
    """The names of a list whose count of units right after it is the number of names; [] otherwise."""
    found: list[str] = []
    masked = mask_brackets(fold(clause))
    for match in _COUNTED_NAMES_RE.finditer(masked):
        if places_qualify_counted_bodies(masked, match.end()):
            continue
        pieces = match[1].split("、")
        pieces[-1:] = re.split(r"(?:和|及|以及)(?=.{2})", pieces[-1]) if len(pieces) + 1 == to_int(match[2]) else pieces[-1:]
        names = [unmask(drop_joint(piece.strip())) for piece in pieces]
        if len(names) != to_int(match[2]) or any(
            not 2 <= len(_bare(name)) <= 24
            or _NOT_A_NAME_RE.search(_bare(name))
            or re.search(r"[开进实]展|进行|进驻|[等各]|组(?!织部)|所[辖属]|^全(?!国)", name)  # (组织部 is a name)
            for name in names
        ):
            continue
        found.extend(name.replace("(", "（").replace(")", "）") for name in names if name not in found)
    return found


_OFFICES_COUNTED_RE = re.compile(rf"等\s*{NUM}\s*[个家]\s*[省市县区州]?(?:局|分局|厅|支队|分行|分公司)")
_ORG_END_RE = re.compile(r"(?:党委|党组|党工委|局|院|委|办|部|厅|公司|集团|中心|所|站|队|校|社区|村|镇|乡|街道|机关)$")


def _place_only(name: str) -> bool:
    bare = _bare(name)
    return bare in PROVINCE_LEVEL or not _ORG_END_RE.search(bare)


def offices_of_places(names: list[str], span: str) -> list[str]:
    """"对北京、上海、广州、江苏等9个省局开展巡视": places standing for the offices the count names are no units."""
    return [name for name in names if not _place_only(name)] if _OFFICES_COUNTED_RE.search(span) else names


def same_unit(name: str, other: str) -> bool:
    """区总工会 and 卫滨区总工会 name one unit when the shorter is the longer's tail from its level (区/县/市); so do
    市卫健委 and 市卫生健康委 (the short form's characters in order, with the same level and kind). 人民医院 and
    第三人民医院 do not: an ordinal before the tail names a sibling."""
    short, long_ = sorted((_paren(name), _paren(other)), key=len)
    if short == long_:
        return True
    # 省旅游集团 and 省旅游集团有限责任公司: a company named with and without its legal form; 铁路分公司 and 铁路分公司党委:
    # a body and its party committee
    if long_.startswith(short) and re.fullmatch(r"(?:股份)?有限(?:责任)?公司|党委|党组|党工委|党总支", long_[len(short) :]):
        return True
    if long_.endswith(short) and (short[0] in "区县市旗" or len(short) >= 4) and len(short) >= 3:
        return not _ORDINAL_HEAD_RE.search(long_[: -len(short)])
    # 市交投集团 and 武汉交投集团: the level said in one (市) where the other says the place bare (武汉), the rest the same
    # (never two levels, 市交投集团 and 省交投集团, nor a place with its level, which the tail rule above reads, nor a
    # body of another rank, 区人民法院 and 市中级人民法院)
    if short[0] in "区县市旗" and len(short) >= 4 and long_.endswith(short[1:]):
        head = long_[: -len(short) + 1]
        return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", head)) and not re.search(r"[省市区县州旗盟镇乡村级]", head) and not (
            _ORDINAL_HEAD_RE.search(head)
        )
    return _abbreviation(short, long_)


_ORDINAL_HEAD_RE = re.compile(r"第[一二三四五六七八九十\d]+$")


def _abbreviation(short: str, long_: str) -> bool:
    """市卫健委 abbreviates 市卫生健康委: the same level first and kind last, every character in order, the long form
    at least half as long again, and not merely its head and tail put together."""
    if len(short) < 4 or short[0] != long_[0] or short[0] not in "省市区县州旗" or short[-1] != long_[-1]:
        return False
    if len(short) * 1.5 > len(long_):
        return False
    # 州党委办公室 beside 州党委机构编制委员会办公室: a head and a tail of the longer name put together are another
    # office of the same organ, no short form
    if any(long_.startswith(short[:k]) and long_.endswith(short[k:]) for k in range(1, len(short))):
        return False
    rest = iter(long_)
    return all(char in rest for char in short)


def _paren(name: str) -> str:
    return name.replace("(", "（").replace(")", "）")
