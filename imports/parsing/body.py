"""Entry point for the content of one inspection's section: the feedback tree, measures and reported figures."""

from __future__ import annotations

import re

from .figures import extract_figures
from .measures import ENUMERATOR, MEASURE_PREFIX, build_measures, enumerated
from .model import FEEDBACK, NEWS, OVERVIEW, PROGRESS_REPORT, DocumentError, Figure, Item, Line
from .status import infer_status
from .tree import LABEL_RE, TERMINAL, Node, build_tree, select_sections, split_title

KINDS = (PROGRESS_REPORT, FEEDBACK, OVERVIEW, NEWS)

# Feedback paragraphs that are not problems: a leader's statement, the meeting itself, recommendations.
_PERSON = r"书记|主任|组长|局长|厅长|市长|县长|区长|主席|负责人|同志|部长|董事长|总经理|院长|校长|党组成员"
_SPEECH = re.compile(rf"^[^。]{{0,80}}?(?:{_PERSON})[^。]{{0,30}}?(?:表示|强调|指出|说|要求|提出)[，,：:]")
_INSPECTORS_SAY = re.compile(r"^[^。]{0,40}?(?:巡视组|巡察组|巡视|巡察)[^。]{0,12}?(?:指出|认为|发现|反馈)[，,：:]\s*")
_RECOMMENDATION = re.compile(
    r"^(?:[（(]?[一二三四五六七八九十\d]*[）)、.．]?\s*)?(?:整改意见|意见建议|整改建议|巡视组?建议|巡察组?建议|"
    r"(?:巡视组|巡察组)(?:建议|要求|提出))"
)
_NOT_PROBLEM = re.compile(
    r"摘编如下|现将[^。]{0,30}(?:公布|摘编|如下|通报)|反馈会|进行了(?:常规|专项)?巡[视察]|开展了(?:常规|专项)?巡[视察]"
    r"|问题线索[^。]{0,20}(?:移交|转交|转|处理)|^对巡[视察]发现的"
    # the meeting itself, as news items tell it: who attended, chaired, relayed, spoke for the unit
    r"|(?:参加|出席|列席|主持)(?:了)?(?:会议|反馈会)|会议由|表态(?:发言|讲话)|传达了|^根据[^。]{0,30}(?:部署|安排)"
    r"|向[^。]{2,30}反馈(?:了)?(?:[^。]{0,8}巡[视察])?(?:情况|意见)"
)
# A paragraph telling the feedback as an event, naming no finding: "市委第五巡察组全面反馈了对科协党组的巡察情况，客观评价了
# …，指出了目前存在的问题和不足，提出了…意见、建议。" / "市委常委罗蓉代表市委对市科协党组的巡察整改工作提出了“…”的具体要求。"
_TOLD_AS_EVENT = re.compile(
    r"^[^。，,]{0,30}?巡[视察][^。，,]{0,4}组[^。，,]{0,10}?反馈(?:了)?[^。，,]{0,30}?(?:巡[视察])?(?:情况|意见)[，,]"
    r"(?:[^。]*?(?:评价|肯定)(?:了)?[^。]*?[，,])?[^。]*?指出(?:了)?[^。，,]{0,8}?存在的?(?:问题|不足)(?:和|及|与)?(?:不足|问题)?[，,]"
    rf"|^[^。]{{0,40}}?(?:{_PERSON}|代表)[^。]{{0,60}}?提出(?:了)?[^。]{{0,60}}?(?:要求|意见|建议)。?$"
)
_ADVICE_OPENS = re.compile(r"^[^。，,]{0,20}?提出(?:了)?[^。，,]{0,8}?(?:意见建议|意见|建议|要求)[，,：:]")
# "罗洪淼反馈时指出：" on its own line introduces what follows; it is no problem.
_SAYS = re.compile(r"^[^。，,]{0,20}(?:指出|表示|强调|说|认为)\s*[：:]$")
# A lead that only announces the problems ("巡察也发现了一些问题，主要有：") heads nothing: its points are the problems.
_ANNOUNCES = re.compile(
    r"(?:问题|不足)[^。：:]{0,8}[：:]$|(?:主要有|主要是|如下|以下|主要表现[在为]|具体表现[在为])[^。：:]{0,4}[：:]$"
)
_ADVICE = re.compile(r"意见|建议|要求|措施|整改")
# An unpunctuated heading run into its first point: the 一是 follows a character, not punctuation.
_GLUED_FIRST_POINT = re.compile(r"^[^。；;：:！？!?]{6,45}?[\u4e00-\u9fff”](?=一是)")
_HEADING_OPENERS = ("在", "关于", "着力", "针对")
_EMBEDDED_ONE = re.compile(r"(?<=[\u4e00-\u9fff”）)])(?=1\s*[.．、]\s*[\u4e00-\u9fff“])")


_NOTICE_SECTION = re.compile(
    r"^(?:巡[视察](?:内容|重点|任务|对象|时间|方式|范围|安排)|受理|信访|联系|监督方式|举报|有关事项|工作安排)"
)


_SIGNATURE_NAME = re.compile(
    r"(?:中共)?[\u4e00-\u9fff]{0,20}?(?:巡[视察][\u4e00-\u9fff]{0,6}?组|委员会|党委|党组|党工委|办公室|巡[视察]办)"
)


# A news page's chrome read as a heading: a picture's file name (IMG_0098.jpg) or its caption naming the meeting shown
# (省委第四巡视组对腾冲开展巡视“回头看”工作动员会)
_PAGE_CHROME_HEADING = re.compile(r"^\S{1,40}\.(?:jpe?g|png|gif|bmp)$|^[^。，,；;：:]{4,60}巡[视察][^。，,；;：:]{0,30}(?:会|会议|大会)$", re.I)
# A round's roster read as headings: a group with its leader (中央第一巡视组巡视安徽,组长张骥; 有5位组长为继任) or a
# table's cells (巡视组别|组长|职务)
_ROSTER_HEADING = re.compile(r"组长|\|")
# Under a news page's headline: its dateline and author (2010/8/25作者闻燃) or its subtitle (——各地2015年首轮巡视情况概览)
_BYLINE = re.compile(r"^(?:\d{4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,2}|——|--)")


def parse_body(lines: list[Line], kind: str) -> tuple[list[Item], list[Figure]]:
    """Items (aspects → problems → sub-problems, with measures in progress reports) and figures of one section."""
    if kind not in KINDS:
        raise DocumentError(f"未知的文档类型：{kind}")
    clean = normalize(lines)
    figures = extract_figures(clean)
    if kind == FEEDBACK:
        items = feedback_items(clean)
    else:
        items = report_items(clean)
        if kind == NEWS:
            # "一、巡察内容 / 二、受理信访方式": a notice's own sections say what the visit will look at, not what it found
            # "县委第二巡察组" over the date at the foot of a notice: its signature, no problem
            items = [
                item for item in items
                if not _NOTICE_SECTION.match(item.title)
                and not (_SIGNATURE_NAME.fullmatch(item.title.strip()) and not item.text and not item.children)
                and not _PAGE_CHROME_HEADING.search(item.title.strip())
                and not (item.children and all(_BYLINE.match(child.title.strip()) for child in item.children))
                and not (_BYLINE.match(item.title.strip()) and not item.text and not item.children)
                and not _ROSTER_HEADING.search(item.title)
            ]
        if kind == NEWS:
            items = [piece for item in items for piece in _field_run(item)]
        if kind == NEWS and not items:
            items = announced_problems(clean)
    return items, figures


def _field_run(item: Item) -> list[Item]:
    """"问题：A不深不实，B不到位；C不到位，D监管不严；E成效不明显。": a news item's field of problems, each ；-part one
    problem when every part names a shortcoming (as after 主要是); otherwise the item as it is. (A news item's 建议：
    read as its measure is the group's advice, which no problem keeps.)"""
    if item.children:
        return [item]
    parts = [p.strip().rstrip("。") for p in re.split(r"[；;]", item.title + item.text) if p.strip().rstrip("。")]
    if len(parts) < 2 or not all(len(p) <= 60 and _LISTED_SHORTCOMING.search(p) for p in parts):
        return [item]
    return [Item(label="", title=title, text=rest, line=item.line) for title, rest in map(split_title, parts)]


def normalize(lines: list[Line]) -> list[Line]:
    """Non-empty stripped lines; page-break fragments rejoined and two headings run together split apart.

    The cleaner normally rejoins PDF lines; this only repairs what is certain from the text itself: a line of
    a few characters after a line without closing punctuation (a wrapped heading: "…仍需持续用" + "力"), a long
    paragraph cut mid-sentence, and "（一）…有差距1.贯彻落实…" where a page layout joined two headings.
    """
    out: list[Line] = []
    for line in lines:
        text = (line.text or "").replace("\u3000", " ").strip()
        if not text:
            continue
        if out and not out[-1].text.endswith(tuple(TERMINAL + "：:")) and not _starts_block(text):
            prev = out[-1].text
            if len(text) <= 3 or len(prev) > 60:
                out[-1] = Line(out[-1].no, prev + text)
                continue
        out.extend(_split_run_together(Line(line.no, text)))
    return out


def _starts_block(text: str) -> bool:
    return bool(LABEL_RE.match(text) or ENUMERATOR.match(text) or text.startswith(("问题：", "整改：")))


def _split_run_together(line: Line) -> list[Line]:
    glued = _GLUED_FIRST_POINT.match(line.text)
    # "在…上下功夫，着力推动产业结构调整一是改造…": a heading formula, or a 二是 on the same line, shows the split
    if glued and (glued.group(0).startswith(_HEADING_OPENERS) or enumerated(line.text[glued.end() :])[1:2]):
        return [Line(line.no, glued.group(0)), Line(line.no, line.text[glued.end() :])]
    m = LABEL_RE.match(line.text)
    if not m or not (m.group("cn") or m.group("pcn")):
        return [line]
    head = line.text[: m.end() + 60]
    inner = _EMBEDDED_ONE.search(head, m.end() + 4)
    if not inner or "。" in head[: inner.start()]:
        return [line]
    return [Line(line.no, line.text[: inner.start()]), Line(line.no, line.text[inner.start() :])]


# --- progress reports, overviews, news ------------------------------------------------------------------------


def report_items(lines: list[Line]) -> list[Item]:
    root = build_tree(lines)
    year = _latest_year(lines)
    items = []
    for node, path in select_sections(root.children):
        item = _item(node, path, year)
        item.section = " / ".join(path)
        items.append(item)
    return items


def _states_measures(node: Node) -> bool:
    """Whether a heading that has sub-items also lists measures of its own (…进行了以下整改。一是…)."""
    return any(enumerated(p.text) or MEASURE_PREFIX.match(p.text) for p in node.paras) or bool(
        re.search(r"以下整改|的整改$|整改情况$", node.title)
    )


def _latest_year(lines: list[Line]) -> int | None:
    years = [int(y) for line in lines for y in re.findall(r"(20\d\d)\s*年", line.text)]
    return max(years) if years else None


def _item(node: Node, path: tuple[str, ...], year: int | None) -> Item:
    item = Item(label=node.label, title=node.title, text="", line=node.line)
    if node.children:
        item.children = [_item(child, path, year) for child in node.children]
        if not _states_measures(node):  # an aspect's own lines describe it
            item.text = "".join(p.text for p in node.paras)
            return item
    parts, item.measures = build_measures(node.paras, year)
    item.text = "".join(parts)
    # A holder such as "（二）按计划持续推进的整改事项" states the state of everything under it.
    hint = next((s for s in (infer_status(t) for t in reversed(path)) if s[0]), None)
    if hint:
        for measure in item.measures:
            if measure.status is None:
                measure.status, measure.status_phrase = hint
    return item


def announced_problems(lines: list[Line]) -> list[Item]:
    """A news item's problems: "…巡察也发现了一些问题，主要有：一是…；二是…" inside a paragraph. The announcing clause
    heads its points; the meeting told around them is no problem, and announced advice (…整改意见：一是…) is no list
    of problems."""
    items: list[Item] = []
    for line in lines:
        points = enumerated(line.text)
        if len(points) < 2:
            continue
        start = points[0][0]
        clause = re.split(r"[。；;！!]", line.text[:start].strip())[-1]
        if _LEADER_TELLS.search(line.text[:start]) and not _ADVICE_POINT.match(line.text[start + len(points[0][1]) :]):
            # "…巡察组组长叶云反馈了对金鸡滩镇的巡察情况。他指出，一是党的领导方面：a；b；c。二是…": the findings
            # told in the leader's speech, each point an aspect whose ；-separated parts are its problems
            items.extend(_aspect_points(line, points))
            continue
        if not _ANNOUNCES.search(clause) or _ADVICE.search(clause):
            continue
        if _OWN_WORK_REVIEWED.search(re.split(r"[。！!]", line.text[:start])[-1]):
            # "会议认为，本轮巡察工作部署周密，…在肯定成绩的同时也指出了不足，主要表现为：一是…": the round's own work
            # reviewed, no finding of an inspection
            continue
        items.extend(_paragraph_problems([Line(line.no, line.text[line.text.rindex(clause, 0, start) :])]))
    if not items:
        items = _announced_run(lines)
    if not items:
        items = [item for line in lines for item in listed_problems(line.text, line.no)]
    return items


_OWN_WORK_REVIEWED = re.compile(
    r"(?:本轮|此次|本次|这轮)巡[视察](?:工作)?[^。]*?(?:不足|差距|短板|薄弱环节)[^。]{0,12}?[：:]\s*$"
)


# The inspection group's leader feeding back, then "他指出，" right before the points.
_LEADER_TELLS = re.compile(r"巡[视察][^。]{0,6}组[^。]{0,20}?反馈[^。]{0,30}。\s*[^。，,]{0,8}指出[，,：:]\s*$")
_ADVICE_POINT = re.compile(r"^\s*(?:要|应|必须|进一步|切实|认真|坚决|持续|加强|强化|提高)")


def _aspect_points(line: Line, points: list[tuple[int, str]]) -> list[Item]:
    """一是X方面：a；b；c。 -> an item X with problems a, b, c; a point without such parts is one problem. Only the
    point's first sentence is its findings (the advice after it, 巡察组建议…, is not)."""
    text = line.text
    items = []
    bounds = [p[0] for p in points] + [len(text)]
    for (start, label), stop in zip(points, bounds[1:], strict=True):
        segment = text[start + len(label) : stop].strip().lstrip("，,：: ")
        first = re.split(r"(?<=[。！？])", segment)[0].rstrip("。")
        head = re.match(r"^([^：:。；;]{2,20}?方面)[：:]", first)
        parts = [p.strip() for p in re.split(r"[；;]", first[head.end() :] if head else "") if p.strip()]
        if head and len(parts) >= 2:
            item = Item(label=label, title=head[1], text="", line=line.no)
            for part in parts:
                title, rest = split_title(part)
                item.children.append(Item(label="", title=title, text=rest, line=line.no))
            items.append(item)
        else:
            title, rest = split_title(first)
            items.append(Item(label=label, title=title, text=rest, line=line.no))
    return items


_SOME_OF_THEM_RE = re.compile(r"发现[^。；;]{0,12}(?:问题|不足)[^。，,：:；;]{0,6}[，,：:]\s*(?=有的)")


def _announced_run(lines: list[Line]) -> list[Item]:
    """"…发现了一些问题，主要是：A，B；C，D；E等。": problems announced without markers, each ；-separated part one
    problem, as the author separates them. A single part stays unsplit (it may be one problem told at length)."""
    items: list[Item] = []
    for line in lines:
        for sentence in re.split(r"(?<=[。！？])", line.text):
            some = _SOME_OF_THEM_RE.search(sentence)
            if some:  # "巡察也发现了一些问题和不足，有的…；有的…": a round's common problems, one per 有的
                parts = [p.strip().rstrip("。") for p in re.split(r"[；;]", sentence[some.end() :]) if p.strip()]
                if len(parts) >= 2 and all(p.startswith("有的") for p in parts):
                    for part in parts:
                        title, text = split_title(part)
                        items.append(Item(label="", title=title, text=text, line=line.no))
                    continue
            split = re.split(r"([：:])", sentence, maxsplit=1)
            bare = _ANNOUNCED_BARE.search(sentence) if len(split) < 3 else None
            if bare:
                # "巡察组发现了一些问题，主要是A，B；C，D；E。": 主要是 announces them without a colon
                split = [sentence[: bare.end()], "：", sentence[bare.end() :]]
            if len(split) < 3:
                continue
            head, colon, rest = split
            clause = re.split(r"[。；;！!]", head.strip())[-1]
            # advice is announced in the announcing clause itself ("提出整改意见："); "但对照上级要求和群众期盼，还存在
            # 一些…共性问题：" announces problems
            if not _ANNOUNCES.search(clause + colon) or _ADVICE.search(re.split(r"[，,]", clause)[-1]):
                continue
            if _OWN_WORK_REVIEWED.search(head + colon):
                continue  # the round's own work reviewed (本轮巡察工作…也指出了不足，主要表现为：), no finding
            parts = [p.strip().rstrip("。") for p in re.split(r"[；;]", rest) if p.strip().rstrip("。")]
            # "问题主要是：党的领导弱化，…缺失。政治理论学习松懈，…不正常。…": the announced problems run on as
            # sentences to the paragraph's end, each naming a shortcoming: one problem each, as issue 14 item 4 reads
            following = [f.strip() for f in re.split(r"(?<=[。！？])", line.text[line.text.find(sentence) + len(sentence) :])]
            following = [f.rstrip("。！？") for f in following if f.rstrip("。！？")]
            # (up to clues handed over or a turn to something else: "巡察发现的…问题线索，已按规定移交…" / "同时，…")
            cut = next((n for n, f in enumerate(following) if _NOT_A_FINDING.search(f)), len(following))
            following = following[:cut]
            if (
                len(parts) == 1
                and not re.search(r"等(?:方面)?(?:的)?(?:问题)?$", parts[0])  # a list closed by 等 is complete
                and following
                and all(len(f) <= 80 and _SHORTCOMING.search(f) for f in [parts[0], *following])
            ):
                for part in [parts[0], *following]:
                    title, text = split_title(part)
                    items.append(Item(label="", title=title, text=text, line=line.no))
                break
            if len(parts) == 1:
                # "主要问题有：党组织作用发挥不充分，“三重一大”制度执行不严格，财务管理不规范等。": short clauses, each
                # naming a shortcoming, are the problems (a longer sentence stays one problem)
                clauses = _run_in_clauses(re.sub(r"等(?:方面)?(?:的)?(?:问题)?$", "", parts[0]))
                # (a clause up to 45 characters when its shortcoming ends it: "主要是：贯彻落实…关于美育与文艺工作的重要论述
                # 不到位，管党治党责任压得不实，…": a finding named in full, then judged)
                if len(clauses) >= 2 and all(
                    (len(c) <= 30 or (len(c) <= 45 and _ENDS_IN_SHORTCOMING.search(c)))
                    and _SHORTCOMING.search(c) and (parallel or not _DETAIL.match(c))
                    for c, parallel in clauses
                ):
                    parts = [c for c, _ in clauses]
            if len(parts) < 2:
                continue
            for part in parts:
                title, text = split_title(re.sub(r"等$", "", part))
                items.append(Item(label="", title=title, text=text, line=line.no))
    return items


_ANNOUNCED_BARE = re.compile(r"(?:问题|不足)[^。：:，,；;]{0,4}[，,]\s*(?:主要是|主要有|主要表现[在为])(?=[^：:]*[；;])")
_NOT_A_FINDING = re.compile(r"^(?:同时|此外|另外|会上|会议|针对)|线索|移交|移送")


def _run_in_clauses(text: str) -> list[tuple[str, bool]]:
    """The ，-separated clauses of a run-in list, a clause of short shortcomings joined by 、 ("意识形态领域阵地把守
    不牢、移风易俗推进不力、部分村干部作风漂浮") split into them; (clause, whether it came from such a 、 run: its
    parts are parallel, so 部分… there is a problem of its own, not a detail of the one before)."""
    out: list[tuple[str, bool]] = []
    for clause in (c.strip() for c in re.split(r"[，,]", text)):
        if not clause:
            continue
        pieces = [p.strip() for p in clause.split("、") if p.strip()]
        if len(pieces) >= 2 and all(len(p) <= 30 and _SHORTCOMING.search(p) for p in pieces):
            # the run's first piece still opens its clause ("具体表现在学习不深入、执行不到位" details the one before)
            out.extend((piece, n > 0) for n, piece in enumerate(pieces))
        else:
            out.append((clause, False))
    return out


# --- feedback --------------------------------------------------------------------------------------------------


def feedback_items(lines: list[Line]) -> list[Item]:
    """Headed sections keep their headings; each paragraph's 一是…二是… are separate problems."""
    root = build_tree(lines, unlabelled=False)
    return _feedback_node_items(root)


def _feedback_node_items(node: Node) -> list[Item]:
    items = _paragraph_problems(node.paras)
    for child in node.children:
        if _RECOMMENDATION.match(child.label + child.title):
            continue
        item = Item(label=child.label, title=child.title, text="", line=child.line)
        item.children = _feedback_node_items(child)
        if (
            not child.children
            and len(item.children) == 1
            and not item.children[0].children
            and not item.children[0].label
        ):  # one plain paragraph: it is this heading's text
            item.text = item.children[0].title + ("。" + item.children[0].text if item.children[0].text else "")
            item.children = []
        items.append(item)
    return items


def _paragraph_problems(paras: list[Line]) -> list[Item]:
    items: list[Item] = []
    target = items  # where enumerated points continuing from an earlier paragraph go
    expect = 1
    for para in paras:
        text = para.text
        if _RECOMMENDATION.match(text):
            break  # the rest of this section says what to do, not what is wrong
        if _ADVICE_OPENS.match(text):
            continue  # "赵培华对社区提出了点意见建议，一要…": the advice, not the findings
        if _SPEECH.match(text) and not _NOT_PROBLEM.search(text):
            # "赵培华指出，…巡察中发现…还普遍存在A有落差、B有欠缺、C有短板等“五有”问题。": the findings a news item
            # tells in the leader's words, when they are listed as shortcomings
            items.extend(listed_problems(text, para.no))
            continue
        if _NOT_PROBLEM.search(text) and not _SPEECH.match(text):
            # "12月18日，…巡察组向X党委反馈巡察情况。巡察组指出，…但也存在一些问题：A；B；C。": the meeting told, then
            # the problems it announces in the same paragraph
            items.extend(_announced_run([para]))
            continue
        if _SPEECH.match(text) or _NOT_PROBLEM.search(text) or _SAYS.match(text):
            continue
        if _TOLD_AS_EVENT.match(text) and not enumerated(text, 1) and not re.search(r"[：:]", text):
            continue
        said = _INSPECTORS_SAY.match(text)
        if said:
            text = text[said.end() :]
        if not text.strip():
            continue
        points = enumerated(text, expect)
        if not points:
            points = enumerated(text, 1)
            expect = 1
        if not points:
            # "须卫琴指出，……巡察中发现了一些问题，主要是：A，B；C，D；E，F；G。": problems announced with a colon in the
            # leader's words are the author's ；-separated parts, as in a paragraph telling the meeting
            announced = _announced_run([Line(para.no, text)])
            items.extend(announced if len(announced) >= 2 else sentence_problems(text, para.no))
            target, expect = items, 1
            continue
        lead = text[: points[0][0]].strip()
        if expect == 1:
            if lead:
                title, rest = split_title(lead)
                if _ANNOUNCES.search(lead):  # "…较好地完成了任务。巡察也发现了一些问题，主要有：": the last clause heads
                    before, _, last = lead.rstrip("：: ").rpartition("。")
                    title, rest = last.strip(), before.strip()
                wrapper = Item(label="", title=title, text=rest, line=para.no)
                items.append(wrapper)
                target = wrapper.children
            else:
                target = items
        elif lead and target:
            target[-1].text += lead
        bounds = [p[0] for p in points] + [len(text)]
        for (start, label), stop in zip(points, bounds[1:], strict=True):
            segment = text[start + len(label) : stop].strip().lstrip("，,：: ")
            title, rest = split_title(segment)
            target.append(Item(label=label, title=title, text=rest, line=para.no))
        expect += len(points)
    return items


# A sentence naming a shortcoming: it leads a problem of its own in an unmarked paragraph of findings.
_SHORTCOMING = re.compile(
    r"有差距|不到位|不够|不力|不足|不严|不实|不深|不牢|不强|不高|不好|不彻底|不充分|不规范|不健全|不完善|不扎实|不全面|不精准"
    r"|短板|薄弱|弱项|欠缺|缺乏|缺失|乏力|弱化|虚化|淡化|偏差|漏洞|风险|隐患|问题|失之于|没有真正"
    # "村务监督流于形式", "组织软弱涣散", "作风漂浮", "财务管理混乱"; a clause ending in 不 + a word ("落实不坠底")
    r"|流于形式|形式化|涣散|松散|漂浮|混乱|随意|滞后|[\u4e00-\u9fff]不[\u4e00-\u9fff]{1,2}$"
    # "行政执法存在盲区": a gap left uncovered
    r"|盲区|盲点"
    # "全面从严管党治党欠有力": 欠 before what is lacking (never a debt: 拖欠, 欠款)
    r"|(?<!拖)欠(?:有力|规范|到位|完善|扎实|深入|严格|充分|及时|主动|落实|明确|合理)"
    # wrongdoing named as such: "挤占挪用财政专项扶贫资金", "违规发放津补贴", "虚报冒领"
    r"|挤占|挪用|违规|违反|侵占|截留|虚报|冒领|套取|超标准|超范围"
)
# A sentence detailing the one before it stays with it: an example (如…, 其中…, 有的…), or one of the sub-points
# authors put under 全面从严治党 (the discipline commission, stationed groups, key fields, the eight rules).
_ENDS_IN_SHORTCOMING = re.compile(r"(?:有差距|不到位|不够|不力|不足|不严|不实|不深|不牢|不强|不扎实|不全面|不充分|不规范|薄弱|缺失|弱化)$")
_DETAIL = re.compile(
    r"^(?:如|比如|例如|其中|有的|个别|部分|一些|特别是|尤其是?|同时|此外|具体表现在|主要表现在|表现在"
    r"|[区县市]?纪委监委|派驻|对重点领域|重点领域|违反中央八项规定|廉洁风险|廉政风险)"
)


def sentence_problems(text: str, line: int) -> list[Item]:
    """An unmarked paragraph of findings split into problems the way its author separates them: each sentence or
    ；-clause naming a shortcoming leads one problem; detail stays with its lead (an example, a short clause, or a
    sentence listing short points a；b；c after a one-sentence lead). A paragraph whose parts do not all name
    shortcomings stays one problem."""
    groups: list[str] = []
    detailed = True  # whether the last group already has its details (a list may then not join it)
    for sentence in (s.strip() for s in re.split(r"(?<=[。！？])", text) if s.strip()):
        parts = [p for p in re.split(r"(?<=[；;])", sentence) if p.strip()]
        if len(parts) > 1 and _point_list(parts):
            if groups and not detailed:
                groups[-1] += sentence
            else:
                groups.append(sentence)
            detailed = True
            continue
        for part in parts:
            if groups and (_DETAIL.match(part) or _short_point(part)):
                groups[-1] += part
            else:
                groups.append(part)
                detailed = False
    if len(groups) < 2 or not all(_SHORTCOMING.search(group) for group in groups):
        listed = listed_problems(text, line)
        if listed:
            return listed
        title, rest = split_title(text)
        return [Item(label="", title=title, text=rest, line=line)]
    items = []
    for group in groups:
        title, rest = split_title(group.rstrip("；;"))
        items.append(Item(label="", title=title, text=rest, line=line))
    return items


def _point_list(parts: list[str]) -> bool:
    """a；b；c of short points, most of them one clause: the details of a lead, not leads of their own."""
    bare = [p.strip().rstrip("。；;！？") for p in parts]
    return all(len(b) <= 24 for b in bare) and sum(bool(re.search(r"[，,]", b)) for b in bare) * 2 < len(bare)


def _short_point(part: str) -> bool:
    """党组履行主体责任有欠缺。: a short clause without a comma, a point under a lead rather than a lead."""
    bare = part.strip().rstrip("。；;！？")
    return len(bare) <= 16 and not re.search(r"[，,]", bare)


# --- problems listed in one sentence --------------------------------------------------------------------------------

# Where a sentence turns to the findings it lists: "还存在…", "巡察发现的…", "包括…", "指出了…".
# (never a visit's aim: "着力发现党的领导弱化、党的建设缺失…等方面突出问题")
_LIST_CUE = re.compile(r"存在|(?<!着力|著力|重点|注重|着重|努力)发现(?:了)?(?:的)?|包括|指出(?:了)?")
# The list's end: "…等问题。" / "…等方面问题" / "…等。"
# "…有差距等“五有”问题。": a quoted name the author gives the run may stand before 问题
_LIST_END = re.compile(
    r"等(?:“[^”]{1,8}”)?(?:方面)?(?:的)?(?:问题|不足|短板)?\s*(?=[。；;！!]|$)|等(?:“[^”]{1,8}”)?(?:方面)?(?:的)?(?:问题|不足|短板)\s*(?=[，,])"
)
# A short clause that names a shortcoming, as such lists word them (有待进一步深化, 需要强化, 进展缓慢, 不合理 beside
# the shortcomings an unmarked paragraph leads with).
_LISTED_SHORTCOMING = re.compile(
    _SHORTCOMING.pattern + r"|有待|需要|亟需|亟待|缓慢|不合理|打折扣|走过场|不及时|不平衡|偏软|偏弱|较弱|松懈|缺位|懈怠|落差"
)


def listed_problems(text: str, line: int) -> list[Item]:
    """"巡察发现医院党委还存在A不到位、B进展缓慢、C不充分等问题。" / "但仍然存在一些问题，包括A有待深化，B需要强化等。":
    problems listed in one sentence without markers, joined by 、 or ，, each naming a shortcoming; [] when no
    sentence lists two or more such clauses (a list of aspects or subjects is no list of problems)."""
    for sentence in re.split(r"(?<=[。！？!?])", text):
        end = _LIST_END.search(sentence)
        # "巡察中也发现院党委学习…不够深入、落实…不够有力、推动…还有差距。": a 、-run of shortcomings may end the
        # sentence without 等
        stop = end.start() if end else len(sentence.rstrip("。！？!? "))
        cues = [m.end() for m in _LIST_CUE.finditer(sentence, 0, stop)]
        # the cue whose clauses all name shortcomings, the most of them; the nearest among equals ("巡察发现医院党委还存在
        # A、B、C": 存在, not 发现). A cue inside the list ("存在A不到位、档案管理存在隐患、C薄弱") splits only its tail.
        best: list[str] = []
        for start in reversed(cues):
            if not end and not re.fullmatch(r"[^，,；;]+(?:、[^，,；;、]+)+", sentence[start:stop]):
                continue
            if not end and re.search(r"等[^、，,；;]{0,8}?线索", sentence[start:stop]):
                continue  # "对整改中发现的A问题、B等2条问题线索整理上报": a run of clues, no list of problems
            pieces = _list_pieces(sentence[start:stop])
            if len(pieces) >= 2 and len(pieces) > len(best):
                best = pieces
        if best:
            items = []
            for piece in best:
                title, rest = split_title(piece)
                items.append(Item(label="", title=title, text=rest, line=line))
            return items
    return []


def _list_pieces(span: str) -> list[str]:
    """The clauses of a run-in list (split at ，, a clause of 、-joined shortcomings split at 、); [] unless every
    clause is short and names a shortcoming."""
    span = re.sub(r"^(?:一些|以下|如下)?(?:问题)?[，,：:]?", "", span.strip())
    # "巡察组发现、干部群众反映了一些问题，主要是A、B…": the clause announcing the problems is none of them
    span = re.sub(r"^[、]?[^，,；;。、]{0,16}?(?:了)?(?:一些|以下|如下)(?:问题|不足)[，,：:]\s*", "", span)
    span = re.sub(r"^(?:主要是|主要有|主要表现[在为]|具体表现[在为])[：:]?", "", span)
    clauses = [c.strip() for c in re.split(r"[；;]", span) if c.strip()]
    if len(clauses) >= 2:
        # "主要是A不到位，B有待提高；C时有发生，D不够；E有待加强": the author's ； separates the problems, each told in
        # a clause or two
        return clauses if all(len(c) <= 60 and _LISTED_SHORTCOMING.search(c) for c in clauses) else []
    pieces: list[str] = []
    for clause in (c.strip() for c in re.split(r"[，,]", span) if c.strip()):
        parts = [p.strip() for p in clause.split("、") if p.strip()]
        if len(parts) >= 2 and all(_LISTED_SHORTCOMING.search(p) for p in parts):
            pieces.extend(parts)
        else:
            pieces.append(clause)
    if all(len(p) <= 45 and _LISTED_SHORTCOMING.search(p) for p in pieces):
        return pieces
    return []
