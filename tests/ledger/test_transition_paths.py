"""Every status change, allowed or refused, gives the same answer through the admin form and the API."""

import pytest

from ledger.choices import Status
from ledger.models import Measure
from ledger.workflow import ALLOWED, transition_error
from tests.ledger.test_history import post_measure

PAIRS = [(a, b) for a in Status.values for b in Status.values if a != b]


def prepare(ledger, current):
    measure = ledger.east_measures[1]
    Measure.objects.filter(pk=measure.pk).update(status=current, completed_on=None)
    measure.refresh_from_db()
    return measure


@pytest.mark.parametrize(("current", "new"), PAIRS)
def test_admin_form(ledger, users, login, current, new):
    measure = prepare(ledger, current)
    response = post_measure(login(users.editor), measure, status=new, progress_note="状态调整")
    measure.refresh_from_db()
    if new in ALLOWED[current]:
        assert response.status_code == 302 and measure.status == new
    else:
        assert response.status_code == 200 and measure.status == current
        assert transition_error(current, new, closed=False) in str(response.context["adminform"].form.errors)


@pytest.mark.parametrize(("current", "new"), PAIRS)
def test_api(ledger, users, api, current, new):
    measure = prepare(ledger, current)
    response = api(users.editor).patch(
        f"/api/measures/{measure.pk}/", {"status": new, "note": "状态调整"}, format="json"
    )
    measure.refresh_from_db()
    if new in ALLOWED[current]:
        assert response.status_code == 200 and measure.status == new
    else:
        assert response.status_code == 400 and measure.status == current
        assert response.json()["errors"]["status"] == [transition_error(current, new, closed=False)]
