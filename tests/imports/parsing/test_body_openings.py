"""Reports recognised from their opening paragraph when the title line was not copied (issue 14, item 1)."""

from __future__ import annotations

from datetime import date

from imports.parsing import model, parse_bytes, parse_text

TWO_REPORTS = """根据市委统一部署，2023年3月6日至5月10日，市委第三巡察组对市民政局党组进行了常规巡察。2023年6月15日，市委巡察组向市民政局党组反馈了巡察意见。按照巡察工作有关要求，现将巡察整改进展情况予以公布。
一、提高政治站位，扎实推进整改
市民政局党组高度重视。
二、反馈问题整改情况
（一）关于学习贯彻不够深入的问题
1.建立第一议题制度。已完成。
根据市委统一部署，2023年3月6日至5月10日，市委第三巡察组对市财政局党组进行了常规巡察。2023年6月16日，市委巡察组向市财政局党组反馈了巡察意见。现将巡察整改进展情况予以公布。
（一）关于预算管理不规范的问题
1.修订预算办法。已完成。
"""


def test_a_file_of_untitled_progress_reports_is_split_at_each_opening():
    documents = parse_text(TWO_REPORTS, "two.txt").documents
    assert [(d.kind, d.title_line) for d in documents] == [(model.PROGRESS_REPORT, 1), (model.PROGRESS_REPORT, 7)]
    units = [d.inspections[0].unit for d in documents]
    assert units == ["市民政局党组", "市财政局党组"]
    first, second = (d.inspections[0] for d in documents)
    assert (first.start, first.end, first.feedback_date) == (date(2023, 3, 6), date(2023, 5, 10), date(2023, 6, 15))
    assert second.feedback_date == date(2023, 6, 16)
    assert first.group == "市委第三巡察组" and first.types == ["常规"]
    assert "正文无标题" in documents[0].title


PAGE_TITLE = """县委第二巡察组巡察县水利局党组整改进展情况_某某县纪委监委网
根据县委统一部署，2022年4月至6月，县委第二巡察组对县水利局党组进行了巡察。2022年8月3日，县委巡察组向县水利局党组反馈了巡察意见。现将巡察整改进展情况予以公布。
"""


def test_the_page_title_above_the_opening_names_the_report():
    [document] = parse_text(PAGE_TITLE, "page.html").documents
    assert document.title == "县委第二巡察组巡察县水利局党组整改进展情况"
    assert document.title_line == 1
    [inspection] = document.inspections
    assert inspection.unit == "县水利局党组"
    assert inspection.feedback_date == date(2022, 8, 3)


NEWS_WITHOUT_HEADLINE = """3月23日,校党委第二巡察组向本科生院党委反馈巡察情况。根据校党委统一部署,2022年12月5日至12月13日,校党委第二巡察组对本科生院党委开展了常规巡察。
"""


def test_a_news_item_without_headline_is_read_from_its_first_statement():
    [document] = parse_text(NEWS_WITHOUT_HEADLINE, "news.txt").documents
    assert document.kind == model.NEWS
    [inspection] = document.inspections
    assert inspection.unit == "本科生院党委"
    assert (inspection.start, inspection.end, inspection.feedback_date) == (
        date(2022, 12, 5),
        date(2022, 12, 13),
        date(2023, 3, 23),
    )


def test_an_opening_under_its_title_does_not_start_a_second_report():
    text = "中共某某县委关于县委第一轮巡察整改进展情况的通报\n" + TWO_REPORTS.splitlines()[0] + "\n"
    [document] = parse_text(text, "titled.txt").documents
    assert document.title == "中共某某县委关于县委第一轮巡察整改进展情况的通报"


PAGE = """<html><head><title>工作动态_某某县纪委监委网</title></head><body>
<div class="header"><h1>某某县纪委监委网</h1></div>
<h1>县委第二巡察组向县水利局党组反馈巡察情况</h1>
<div class="article">根据县委统一部署，2022年4月6日至5月30日，县委第二巡察组对县水利局党组进行了常规巡察。2022年8月3日，县委第二巡察组向县水利局党组反馈了巡察意见。</div>
</body></html>"""


def test_an_html_page_takes_its_headline_from_h1_outside_the_article():
    [document] = parse_bytes(PAGE.encode("utf-8"), "page.html").documents
    assert document.title == "县委第二巡察组向县水利局党组反馈巡察情况"
    [inspection] = document.inspections
    assert (inspection.unit, inspection.feedback_date) == ("县水利局党组", date(2022, 8, 3))
