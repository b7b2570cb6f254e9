"""Feedback tree: label families, levels, section selection — on snippets and on the real seeds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from imports.parsing.body import parse_body
from imports.parsing.model import FEEDBACK, NEWS, OVERVIEW, PROGRESS_REPORT, DocumentError, Line
from imports.parsing.tree import match_label, split_title

from .seedtools import section, walk


def lines(*texts):
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_label_families():
    assert match_label("一、巡视发现的问题")[:3] == ("cn、", "一、", 1)
    assert match_label("（十二）强化担当")[:3] == ("(cn)", "（十二）", 12)
    assert match_label("(一)强化担当")[:3] == ("(cn)", "(一)", 1)
    assert match_label("3.树牢共享发展理念")[:3] == ("n.", "3.", 3)
    assert match_label("2．落实规定")[:3] == ("n.", "2．", 2)
    assert match_label("10、关于问题的整改")[:3] == ("n、", "10、", 10)
    assert match_label("（4）针对问题")[:3] == ("(n)", "（4）", 4)
    assert match_label("②严格执行")[:3] == ("circled", "②", 2)
    assert match_label("1.5万元用于补贴") is None
    assert match_label("2022年召开会议") is None


def test_title_runs_into_first_sentence_and_quotes_protect_the_stop():
    assert split_title("强化政治担当,增强整改自觉。和平区委坚持…") == ("强化政治担当,增强整改自觉", "和平区委坚持…")
    assert split_title("关于“学习不够深入。”问题的整改。一是学习") == ("关于“学习不够深入。”问题的整改", "一是学习")
    assert split_title("学用结合有差距") == ("学用结合有差距", "")


def test_levels_follow_order_of_appearance():
    body = lines("1.第一个方面", "（1）子问题甲", "整改情况：已完成整改。", "（2）子问题乙", "正在推进。",
                 "2.第二个方面", "（1）子问题丙", "长期坚持。")
    items, _ = parse_body(body, PROGRESS_REPORT)
    assert [(i.label, i.title) for i in items] == [("1.", "第一个方面"), ("2.", "第二个方面")]
    assert [c.title for c in items[0].children] == ["子问题甲", "子问题乙"]
    assert items[0].children[1].line == 4
    assert [m.status for c in items[0].children for m in c.measures] == ["done", "in_progress"]


def test_organisation_and_next_steps_are_not_aspects():
    body = lines(
        "一、区委履行整改主体责任情况", "（一）强化政治担当,增强整改自觉。区委坚持…",
        "二、反馈意见整改落实情况", "（一）理论学习不够深入方面", "1.深入学习。一是召开会议。二是已完成培训。",
        "（二）选人用人有差距方面", "1.规范选任。已完成整改。",
        "三、下一步工作打算", "（一）持续整改。继续抓好整改。", "联系电话：024-12345678",
    )
    items, _ = parse_body(body, PROGRESS_REPORT)
    assert [(i.label, i.title) for i in items] == [("（一）", "理论学习不够深入方面"), ("（二）", "选人用人有差距方面")]
    assert [m.label for m in items[0].children[0].measures] == ["一是", "二是"]
    assert items[0].children[0].measures[1].status == "done"


def test_unlabelled_headings_nest_by_what_follows():
    body = lines("二、整改落实情况", "关于理论学习不深入问题的整改落实情况", "着力解决学习不系统的问题",
                 "一是完善制度。", "二是加强督导。", "着力解决学用脱节的问题", "一是开展调研。")
    items, _ = parse_body(body, PROGRESS_REPORT)
    assert len(items) == 1 and [c.title for c in items[0].children] == ["着力解决学习不系统的问题", "着力解决学用脱节的问题"]
    assert [len(c.measures) for c in items[0].children] == [2, 1]


def test_feedback_enumerations_are_problems_and_speeches_and_advice_are_not():
    body = lines("一是理论学习不深入。学用结合不够。二是全面从严治党不力，“两个责任”落实不到位。",
                 "整改意见：", "一是深入学习。二是压实责任。",
                 "县委书记王某表示，诚恳接受、照单全收。")
    items, _ = parse_body(body, FEEDBACK)
    assert [(i.label, i.title) for i in items] == [("一是", "理论学习不深入"), ("二是", "全面从严治党不力，“两个责任”落实不到位")]
    assert items[0].text == "学用结合不够。"


def test_feedback_paragraph_with_lead_wraps_its_points():
    items, _ = parse_body(lines("巡视组指出，党组存在以下问题：一是学习不够。二是监督不严。"), FEEDBACK)
    assert len(items) == 1 and [c.label for c in items[0].children] == ["一是", "二是"]


def test_overview_problem_and_rectification_lines():
    body = lines("问题：贯彻落实战略有差距。", "整改：一是针对“学习不够”问题，制定计划。二是针对“机制不全”问题，已完成整改。")
    items, _ = parse_body(body, OVERVIEW)
    assert items[0].title == "贯彻落实战略有差距" and [m.label for m in items[0].measures] == ["一是", "二是"]
    assert items[0].measures[1].status == "done"


def test_unknown_kind_is_a_document_error():
    try:
        parse_body([], "memo")
    except DocumentError:
        pass
    else:
        raise AssertionError("expected DocumentError")


_CHARS = st.sampled_from(list("一二三是、（）()1.．：。，“”问题整改关于针对方面情况下一步完成年月底前 \n①第X20"))
_TEXT = st.text(alphabet=_CHARS) | st.text()


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXT, max_size=12), st.sampled_from([PROGRESS_REPORT, FEEDBACK, OVERVIEW, NEWS]))
def test_arbitrary_text_never_raises(texts, kind):
    parse_body([Line(i, t) for i, t in enumerate(texts, start=1)], kind)


# --- real seeds: counts and labels checked by reading the files ---------------------------------------------------

HEPING = ("001", "中共沈阳市和平区委关于十三届省委第四轮巡视第三巡视组巡视反馈意见整改落实情况的通报",
          "中共沈河区委关于省委巡视整改落实进展情况的通报")


def test_seed_heping_two_holders_flattened():
    items, _ = parse_body(section(*HEPING), PROGRESS_REPORT)
    assert len(items) == 17  # 9 常规 + 8 营商环境 aspects; 一、履行主体责任 and 四、下一步 dropped
    assert (items[0].label, items[0].line) == ("(一)", 12)
    assert items[0].title == "深入学习贯彻习近平新时代中国特色社会主义思想,发挥核心城区资源禀赋优势方面"
    assert items[9].line == 47 and items[9].title == "全力打造“政通人和”的经济发展环境方面"
    assert sum(len(i.children) for i in items) == 53
    first = items[0].children[0]
    assert (first.label, first.line, first.title) == ("1.", 13, "深入贯彻落实习近平新时代中国特色社会主义思想和党的二十大精神")
    assert [m.label for m in first.measures] == ["一是", "二是"]


def test_seed_street_three_aspect_levels():
    title = "XX街道D工委关于巡察整改进展情况的通报"
    items, _ = parse_body(section("002", title, title, start_after=25), PROGRESS_REPORT)
    assert [i.label for i in items] == ["一、", "二、", "三、"]
    assert sum(len(i.children) for i in items) == 8  # （一）…（八）
    problems = [c for i in items for s in i.children for c in s.children]
    assert len(problems) == 31 and problems[0].line == 31 and problems[-1].label == "31."
    assert [m.label for m in problems[0].measures] == ["一是", "二是", "三是"]


def test_seed_district_status_groups():
    items, _ = parse_body(section("002", "XX市XX区委关于巡视整改进展情况的通报", "XX县委关于巡视整改进展情况的通报"),
                          PROGRESS_REPORT)
    assert len(items) == 52  # 18 已完成 + 34 持续推进, both groups flattened
    assert items[0].title == "关于“学习宣传贯彻D的二十大精神不到位”问题的整改"


def test_seed_township_numbered_and_parenthesised():
    items, _ = parse_body(section("002", "关于巡察整改阶段性进展情况的通报", "科技局D组关于巡察整改进展情况的通报"),
                          PROGRESS_REPORT)
    assert len(items) == 3 and len(list(walk(items))) == 42  # 3 + 15 "N．" + 24 "（N）"
    second = items[0].children[1]
    assert second.label == "2．" and [c.label for c in second.children] == ["（1）", "（2）", "（3）", "（4）"]


def test_seed_fushun_high_tech_zone():
    items, _ = parse_body(section("003", "抚顺高新区党工委关于市委第一巡察组 反馈意见整改情况的通报"), PROGRESS_REPORT)
    assert len(items) == 45  # 33 problems + 2 意见建议 + 10 立行立改
    assert (items[0].label, items[0].line) == ("1、", 25)
    assert items[32].label == "33、" and items[33].line == 253


def test_seed_dongli_aspects_and_follow_up_items():
    items, _ = parse_body(section("004", "东丽区关于十一届市委第九轮巡视整改进展情况的通报"), PROGRESS_REPORT)
    assert [i.label for i in items[:13]] == [f"({n})" for n in "一二三四五六七八九十"] + ["(十一)", "(十二)", "(十三)"]
    assert items[13].line == 329 and items[13].title.startswith("针对“部分点位污水跑冒”问题")
    first = items[0].children[0]
    assert first.line == 40 and first.title == "针对落实京津冀协同发展等重大决策部署有不足问题,进行了以下整改"


def test_seed_tianjin_feedback_unit():
    items, _ = parse_body(section("000", "一、市委巡视一组向天津银行股份有限公司党委反馈巡视意见主要问题",
                                  "二、市委巡视一组向渤海银行股份有限公司党委反馈巡视意见主要问题"), FEEDBACK)
    assert [i.label for i in items] == ["一是", "二是", "三是", "四是"]  # 整改意见 are not problems
    assert items[0].title == "落实习近平总书记关于金融工作重要指示精神有差距" and items[0].line == 181


def test_seed_henan_feedback_unit():
    items, _ = parse_body(section("000", "一、巡视卢氏县发现的主要问题", "二、巡视义马市发现的主要问题"), FEEDBACK)
    assert [i.label for i in items] == ["一是", "二是", "三是", "四是"]  # the county secretary's statement is skipped
    assert items[3].title == "持续推进巡视整改不够有力，问题整改不彻底"


def test_seed_tianjin_overview_unit():
    items, _ = parse_body(section("000", "一、市大数据管理中心党委", "二、天津海河传媒中心党委"), OVERVIEW)
    assert len(items) == 4 and items[0].line == 292
    assert items[0].title == "贯彻落实国家大数据战略、推动数字天津和智慧社会高质量发展有差距"
    assert [m.label for m in items[0].measures] == ["一是", "二是", "三是", "四是", "五是"]
