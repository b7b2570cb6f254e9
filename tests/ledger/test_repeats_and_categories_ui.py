"""重复问题 (屡巡屡犯) and 问题类别 where the ledger shows them: the item page, the item and measure lists, the 台账视图,
the overview, the progress-report draft, and the category admin with a person's correction."""

import html
import re
from io import BytesIO

import docx
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ledger.choices import CategorySource
from ledger.models import FeedbackItem, Measure, ProblemCategory
from ledger.reports.progress import progress_report_docx
from tests.ledger.conftest import ledger, login, make_item, make_measure, today, users  # noqa: F401  (fixtures)
from tests.similarity import ui_data
from tests.test_chinese_pages import english_words as _english_words


def english_words(body: str) -> set[str]:
    return _english_words(body) - {"editor"}  # the test user's name, shown in the header


ITEMS = reverse("admin:ledger_feedbackitem_changelist")
MEASURES = reverse("admin:ledger_measure_changelist")


@pytest.fixture
def data(ledger):  # noqa: F811
    return ui_data.build(ledger)


def item_page(client, item):
    return client.get(reverse("admin:ledger_feedbackitem_change", args=[item.pk])).content.decode()


def test_item_page_links_the_earlier_problem_and_its_measures_final_status(data, users, login):  # noqa: F811
    body = item_page(login(users.editor), data.repeat)
    panel = body.split('id="tz-repeat"', 1)[1].split("</div>", 1)[0]
    earlier = data.ideology["east"]
    assert "前次巡视巡察中的同类问题" in panel and "相似度74%" in panel
    assert reverse("admin:ledger_feedbackitem_change", args=[earlier.pk]) in panel
    assert "十三届示范省委第四轮巡视" in panel and earlier.title in panel
    assert "前次整改措施1项，已完成0项，已销号0项。" in panel and "未销号" in panel
    assert not english_words(body)
    # The earlier item names the later one; an item that repeats nothing has no panel.
    later = item_page(login(users.editor), earlier)
    assert "后续巡视巡察中再次反馈的同类问题" in later and data.repeat.title in later
    assert 'id="tz-repeat"' not in item_page(login(users.editor), data.ideology["street"])


def test_a_closed_out_earlier_problem_is_called_a_repeat_offence(data, users, login):  # noqa: F811
    ui_data.close_out(data.measures["east"])
    body = item_page(login(users.supervisor), data.repeat)
    assert "已销号1项" in body and "前次已整改销号，本次再次被反馈，属屡巡屡犯" in body


def test_lists_filter_repeats_and_categories(data, ledger, users, login):  # noqa: F811
    # An aspect heading matched by the engine (全面从严治党方面 recurs everywhere) is no repeat problem.
    FeedbackItem.objects.filter(pk=data.repeat.parent_id).update(repeat_of=ledger.east_aspect, repeat_similarity=0.9)
    client = login(users.admin)
    repeats = client.get(ITEMS, {"is_repeat": "1"})
    assert [i.pk for i in repeats.context["cl"].result_list] == [data.repeat.pk]
    assert "重复问题" in repeats.content.decode() and not english_words(repeats.content.decode())
    assert client.get(ITEMS, {"is_repeat": "0"}).context["cl"].result_count == FeedbackItem.objects.count() - 1
    assert 'id="tz-repeat"' not in item_page(client, data.repeat.parent)
    measures = client.get(MEASURES, {"is_repeat": "1"})
    assert [m.pk for m in measures.context["cl"].result_list] == [data.repeat_measure.pk]
    assert 'class="tz-repeat"' in measures.content.decode()
    ideology = ProblemCategory.objects.get(name="意识形态")
    listed = client.get(ITEMS, {"category": ideology.pk})
    assert {i.pk for i in listed.context["cl"].result_list} == {i.pk for i in data.ideology.values()}
    assert "意识形态" in listed.content.decode()
    by_category = client.get(MEASURES, {"category": ideology.pk}).context["cl"].result_list
    assert {m.pk for m in by_category} == {m.pk for m in data.measures.values()}
    unset = client.get(ITEMS, {"category": "none"}).context["cl"].result_count
    assert unset == FeedbackItem.objects.filter(category__isnull=True).count() > 0
    # The filters are scoped like the lists: an editor never sees the west district's items.
    editor = login(users.editor).get(ITEMS, {"category": ideology.pk}).context["cl"].result_list
    assert {i.inspection.unit.name for i in editor} == {"东城区委", "新华街道"}


def test_the_sheet_marks_repeat_problems_and_filters_them(data, users, login):  # noqa: F811
    client = login(users.editor)
    url = reverse("admin:ledger_inspection_sheet", args=[data.later_inspection.pk])
    body = client.get(url).content.decode()
    mark = re.search(r'<a class="tz-repeat" href="([^"]+)" title="([^"]+)">重复问题</a>', body)
    assert mark.group(1) == reverse("admin:ledger_feedbackitem_change", args=[data.ideology["east"].pk])
    assert "十三届示范省委第四轮巡视" in html.unescape(mark.group(2))
    earlier = client.get(reverse("admin:ledger_inspection_sheet", args=[data.ideology["east"].inspection_id]))
    assert 'class="tz-repeat"' not in earlier.content.decode()
    only = client.get(earlier.wsgi_request.path, {"repeat": "on"})
    assert only.context["sheet"].measures == 0
    assert client.get(url, {"repeat": "on"}).context["sheet"].measures == 1


def test_overview_counts_repeats_per_unit_and_problems_per_category(data, ledger, users, login):  # noqa: F811
    client = login(users.admin)
    body = client.get(reverse("dashboard")).content.decode()
    assert re.search(r'data-kpi="repeats"[^>]*>1<', body)
    row = re.search(rf'<tr data-unit="{ledger.east.pk}">(.*?)</tr>', body).group(1)
    href, shown = re.search(r'data-col="repeats"><a href="([^"]+)"[^>]*>(\d+)</a>', row).groups()
    assert shown == "1"
    assert [i.pk for i in client.get(html.unescape(href)).context["cl"].result_list] == [data.repeat.pk]
    table = re.search(r'<table id="by-category">(.*?)</table>', body, re.S).group(1)
    ideology = ProblemCategory.objects.get(name="意识形态")
    row = re.search(rf'<tr data-category="{ideology.pk}">(.*?)</tr>', table).group(1)
    problems = re.search(r'data-col="problems"><a href="([^"]+)">(\d+)</a>', row).groups()
    assert problems[1] == "3"
    assert client.get(html.unescape(problems[0])).context["cl"].result_count == 3
    measures = re.search(r'data-col="measures"><a href="([^"]+)">(\d+)</a>', row).groups()
    assert measures[1] == "3" and client.get(html.unescape(measures[0])).context["cl"].result_count == 3
    assert "未归类" in table and not english_words(body)
    # The round filter holds: the earlier round has no repeat of its own.
    earlier = client.get(reverse("dashboard"), {"round": ledger.round.pk}).content.decode()
    assert re.search(r'data-kpi="repeats"[^>]*>0<', earlier)


def test_progress_report_states_the_repeat_problems(data, ledger):  # noqa: F811
    FeedbackItem.objects.filter(pk=data.repeat.parent_id).update(repeat_of=ledger.east_aspect)  # a heading: ignored
    out = BytesIO()
    progress_report_docx(inspection=data.later_inspection, out=out)
    paragraphs = [p.text for p in docx.Document(BytesIO(out.getvalue())).paragraphs]
    start = paragraphs.index("三、整改成效")
    facts = [p for p in paragraphs[start:] if "以往巡视巡察中已被反馈" in p]
    assert facts == [
        "本次反馈的问题中，有1个问题在以往巡视巡察中已被反馈：“意识形态工作责任制落实仍不到位”（前次十三届示范省委"
        "第四轮巡视已反馈，当时制定整改措施1条、均未销号）。对这些反复出现的问题，要深入剖析根源，举一反三，建立长效"
        "机制，防止问题反弹回潮。"
    ]
    out = BytesIO()
    progress_report_docx(inspection=data.ideology["east"].inspection, out=out)
    assert "以往巡视巡察中已被反馈" not in " ".join(p.text for p in docx.Document(BytesIO(out.getvalue())).paragraphs)


def test_admins_edit_the_taxonomy_others_read_it(data, users, login):  # noqa: F811
    changelist = reverse("admin:ledger_problemcategory_changelist")
    body = login(users.editor).get(changelist).content.decode()
    assert "意识形态" in body and not english_words(body)
    assert login(users.editor).get(reverse("admin:ledger_problemcategory_add")).status_code == 403
    ideology = ProblemCategory.objects.get(name="意识形态")
    # The editor's count covers their units' items only (东城区委 and 新华街道: 2 of 3).
    counts = {c.pk: c.item_total for c in login(users.editor).get(changelist).context["cl"].result_list}
    assert counts[ideology.pk] == 2
    client = login(users.admin)
    response = client.post(
        reverse("admin:ledger_problemcategory_add"),
        {"name": "安全生产", "position": 99, "keywords": "安全生产\n隐患", "description": ""},
    )
    assert response.status_code == 302
    created = ProblemCategory.objects.get(name="安全生产")
    assert created.keyword_list == ["安全生产", "隐患"] and created.history.first().history_user == users.admin


def test_a_persons_category_is_marked_manual(data, users, login):  # noqa: F811
    item = data.ideology["east"]
    target = ProblemCategory.objects.get(name="基层党建")
    client = login(users.admin)
    url = reverse("admin:ledger_feedbackitem_change", args=[item.pk])
    form = client.get(url).context["adminform"].form
    post = {k: v for k, v in form.initial.items() if v is not None}
    post.update(
        {
            "inspection": item.inspection_id,
            "parent": item.parent_id,
            "category": target.pk,
            "version_seen": item.version,
            "measures-TOTAL_FORMS": 0,
            "measures-INITIAL_FORMS": 0,
        }
    )
    response = client.post(url, post)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    item.refresh_from_db()
    assert item.category == target and item.category_source == CategorySource.MANUAL
    assert item.history.first().history_user == users.admin
    # The bulk action does the same for many items.
    others = [data.ideology["street"].pk, data.ideology["west"].pk]
    response = client.post(
        reverse("admin:ledger_feedbackitem_changelist"),
        {"action": "set_category", "_selected_action": others, "apply": "1", "category": target.pk},
    )
    assert response.status_code == 302
    assert set(FeedbackItem.objects.filter(pk__in=others).values_list("category", "category_source")) == {
        (target.pk, CategorySource.MANUAL)
    }
    assert Measure.objects.filter(item__category=target).count() == 3


def test_list_queries_do_not_grow_with_repeats_and_categories(data, ledger, users, login):  # noqa: F811
    client = login(users.admin)

    def count(url) -> int:
        client.get(url, {"is_repeat": "1"})
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url, {"is_repeat": "1"}).status_code == 200
        return len(captured)

    few = (count(ITEMS), count(MEASURES))
    ideology = ProblemCategory.objects.get(name="意识形态")
    for n in range(8):
        item = make_item(data.later_inspection, f"又一个重复问题{n}", parent=data.repeat.parent)
        make_measure(item, f"措施{n}")
        FeedbackItem.objects.filter(pk=item.pk).update(repeat_of=ledger.east_problem, category=ideology)
        Measure.objects.filter(item_id=item.pk).update(category=ideology)  # as the classifier keeps it
    assert client.get(ITEMS, {"is_repeat": "1"}).context["cl"].result_count == 9
    assert (count(ITEMS), count(MEASURES)) == few
