"""The inspection change page: its item inline's inputs are written without the template engine (issue 13)."""

import re

from django.db import connection
from django.forms.renderers import DjangoTemplates
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ledger.admin.renderers import PlainInputRenderer
from ledger.models import FeedbackItem
from tests.ledger.synthetic import synthetic_inspection

VOLATILE = re.compile(r'(name="csrfmiddlewaretoken" value="|nonce=")[^"]*"')


def _page(client, inspection) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("admin:ledger_inspection_change", args=[inspection.pk]))
    assert response.status_code == 200
    return VOLATILE.sub(r"\1…", response.content.decode()), len(queries)


def test_the_item_inline_renders_exactly_what_the_widget_templates_render(ledger, users, login, monkeypatch):
    inspection = synthetic_inspection(ledger.east, ledger.round, problems=8, group="甲")
    client = login(users.admin)
    fast, _ = _page(client, inspection)
    assert fast.count('name="items-') >= 8 * 4  # the inline is there, with its inputs
    monkeypatch.setattr(PlainInputRenderer, "render", DjangoTemplates.render)
    templated, _ = _page(client, inspection)
    assert fast == templated


def test_the_item_inline_keeps_the_entered_values_escaped(ledger, users, login):
    item = ledger.east_aspect
    FeedbackItem.objects.filter(pk=item.pk).update(title='<b>"引号"</b> & 方面', label="（一）")
    page, _ = _page(login(users.admin), ledger.east_inspection)
    assert 'value="&lt;b&gt;&quot;引号&quot;&lt;/b&gt; &amp; 方面"' in page
    assert '<b>"引号"</b>' not in page


def test_inspection_page_queries_do_not_grow_with_its_size(ledger, users, login):
    small = synthetic_inspection(ledger.east, ledger.round, problems=2, group="小")
    large = synthetic_inspection(ledger.east, ledger.round, problems=40, group="大")
    client = login(users.admin)
    _page(client, small)  # warm caches (content types, permissions)
    _, small_queries = _page(client, small)
    _, large_queries = _page(client, large)
    assert large_queries == small_queries
