"""其他单位的有效做法 on the feedback item's page, the measure page and the measure add page, within the user's scope."""

import pytest
from django.urls import reverse

from tests.ledger.conftest import ledger, login, today, users  # noqa: F401  (fixtures)
from tests.similarity import ui_data


@pytest.fixture
def data(ledger):  # noqa: F811
    return ui_data.build(ledger)


def panel(body: str) -> str:
    assert 'id="tz-good-practice"' in body
    return body.split('id="tz-good-practice"', 1)[1].split("</div>", 1)[0]


def test_item_page_suggests_measures_other_units_completed_and_closed_out(data, users, login):  # noqa: F811
    client = login(users.supervisor)
    body = client.get(reverse("admin:ledger_feedbackitem_change", args=[data.ideology["east"].pk])).content.decode()
    shown = panel(body)
    assert "其他单位的有效做法" in shown and "西城区委" in shown and data.measures["west"].text in shown
    assert data.measures["street"].text not in shown  # in progress: not a proven practice
    assert "其他单位的同类问题（2条）" in shown
    assert ui_data.IDEOLOGY["street"] in shown and ui_data.IDEOLOGY["west"] in shown
    assert "相似度70%" in shown
    # The measure page of the same problem, and the add page for it, show the same suggestions.
    measure_page = client.get(reverse("admin:ledger_measure_change", args=[data.measures["east"].pk]))
    assert data.measures["west"].text in panel(measure_page.content.decode())
    add = login(users.admin).get(reverse("admin:ledger_measure_add") + f"?item={data.ideology['east'].pk}")
    assert data.measures["west"].text in panel(add.content.decode())


def test_nothing_is_suggested_from_outside_the_users_units(data, users, login):  # noqa: F811
    client = login(users.editor)  # 东城区委 and 新华街道: the west district is not theirs
    body = client.get(reverse("admin:ledger_feedbackitem_change", args=[data.ideology["east"].pk])).content.decode()
    shown = panel(body)
    assert "西城区委" not in shown and data.measures["west"].text not in shown
    assert "尚无已完成并销号的整改措施" in shown and "其他单位的同类问题（1条）" in shown
    # 三重一大 is shared with the west district only: for this editor no other unit has it, so no panel.
    lone = client.get(reverse("admin:ledger_feedbackitem_change", args=[data.decisions["east"].pk]))
    assert 'id="tz-good-practice"' not in lone.content.decode()
