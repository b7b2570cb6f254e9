"""The demo ledger loads once, and every admin page renders for each role on it."""

import io

import pytest
from django.contrib import admin
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from ledger.models import FeedbackItem, Inspection, Measure, Unit


@pytest.fixture
def demo(db):
    call_command("setup_demo", stdout=io.StringIO())


def test_demo_is_imported_from_the_samples_once_with_accounts_for_each_role(demo, capsys):
    # Counted by reading samples/: 7 units in the demo tree plus 北山县委 from the feedback summary; 东城 9
    # measures, 南湖 5, 教育局 3, 卫健委 3; top-level items 3 + 3 + (4 + 1 + 3) + (2 + 2).
    assert Unit.objects.count() == 8
    assert Inspection.objects.count() == 9
    assert FeedbackItem.objects.filter(parent__isnull=True).count() == 18
    assert Measure.objects.count() == 20
    nanhu = Inspection.objects.get(unit__name="示范市南湖区委", kind="regular")
    assert nanhu.group == "省委第五巡视组"  # the feedback summary's group-less visit joined the progress report's
    assert nanhu.items.filter(parent__isnull=True).count() == 6
    assert set(User.objects.values_list("role", flat=True)) == {"admin", "supervisor", "editor", "viewer"}
    # Every sample problem states its 责任单位 and 完成时限 (read by the importer); the demo fills in who leads it.
    measures = Measure.objects.all()
    assert measures.exclude(deadline=None).count() == 20
    assert measures.exclude(responsible_units="").count() == 20
    assert measures.exclude(responsible_leader="").exclude(lead_unit="").count() == 20
    dongcheng = Measure.objects.get(text__startswith="清理拖欠民营企业账款")
    assert (str(dongcheng.deadline), dongcheng.responsible_units, dongcheng.lead_unit) == (
        "2024-12-31", "区发展改革局、区财政局", "区发展改革局"
    )
    # The overview is undated: its completions have no date (the overview's 日期不详), not the day of the import.
    assert measures.filter(status="done", completed_on=None).count() == 3
    call_command("setup_demo")
    out = capsys.readouterr().out
    assert "跳过" in out and "密码" not in out
    assert Measure.objects.count() == 20


def test_demo_passwords_are_generated_and_shown(db, capsys):
    call_command("setup_demo")
    out = capsys.readouterr().out
    password = out.split("admin（陈静，管理员）密码：")[1].split()[0]
    assert len(password) >= 12
    assert User.objects.get(username="admin").check_password(password)


def test_demo_users_have_names_and_keep_their_logins_and_roles(demo):
    people = {u.username: (u.display_name, u.role, u.unit.name if u.unit else None) for u in User.objects.all()}
    assert people == {
        "admin": ("陈静", "admin", None),
        "supervisor": ("王建国", "supervisor", None),
        "dongcheng": ("张敏", "editor", "示范市东城区委"),
        "nanhu_viewer": ("刘洋", "viewer", "示范市南湖区委"),
    }


@pytest.mark.parametrize("username", ["admin", "supervisor", "dongcheng", "nanhu_viewer"])
def test_every_admin_page_renders_on_the_demo_for_each_role(demo, client, username):
    client.force_login(User.objects.get(username=username))
    assert client.get(reverse("admin:index")).status_code == 200
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_view_permission(type("R", (), {"user": User.objects.get(username=username)})()):
            continue
        opts = model._meta
        response = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        assert response.status_code == 200, opts.model_name
        obj = model_admin.get_queryset(type("R", (), {"user": User.objects.get(username=username)})()).first()
        if obj is not None:
            page = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
            assert page.status_code == 200, opts.model_name


def test_inspection_page_shows_the_feedback_tree_with_statuses(demo, client):
    client.force_login(User.objects.get(username="admin"))
    inspection = Inspection.objects.get(unit__name="示范市东城区委")
    body = client.get(reverse("admin:ledger_inspection_change", args=[inspection.pk])).content.decode()
    assert "学习贯彻党的创新理论不够深入方面" in body
    assert "修订区委理论学习中心组学习制度" in body
    assert "tz-red" in body  # 清理拖欠民营企业账款 was due 2024-02-29 and is still in progress
    assert "tz-done" in body


def test_measure_list_query_count_does_not_grow_with_rows(demo, client, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(User.objects.get(username="admin"))
    url = reverse("admin:ledger_measure_changelist")
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    item = FeedbackItem.objects.filter(parent__isnull=False).first()
    for n in range(40):
        Measure.objects.create(item=item, position=100 + n, text=f"新增措施{n}")
    with CaptureQueriesContext(connection) as after:
        client.get(url)
    assert len(after) == len(before)


def test_admin_speaks_chinese_whatever_the_browser_asks(demo, client):
    client.force_login(User.objects.get(username="admin"))
    page = client.get(reverse("admin:ledger_measure_changelist"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    body = page.content.decode()
    assert "选择 整改措施 来修改" in body and "过滤器" in body
    assert "Select" not in body
