"""The user form: role and unit first, one 姓名 field, no staff flag or password hash, Chinese throughout."""

import re

from django.urls import reverse

from accounts.models import User
from accounts.roles import Role


def field_names(body: str) -> list[str]:
    return re.findall(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"', body)


def test_add_form_asks_role_and_unit_first_and_one_name(users, login, ledger):
    client = login(users.admin)
    body = client.get(reverse("admin:accounts_user_add")).content.decode()
    names = [n for n in field_names(body) if n not in ("csrfmiddlewaretoken", "_save", "_addanother", "_continue")]
    assert names[:2] == ["role", "unit"]
    assert "first_name" in names and "last_name" not in names and "is_staff" not in names
    assert "姓名" in body and "名字" not in body and "姓氏" not in body
    assert "After you" not in body and "先选择角色和所属单位" in body
    response = client.post(
        reverse("admin:accounts_user_add"),
        {
            "role": Role.EDITOR,
            "unit": ledger.east.pk,
            "username": "zhangsan",
            "first_name": "张三",
            "email": "",
            "password1": "Zs-passw0rd-2024",
            "password2": "Zs-passw0rd-2024",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user = User.objects.get(username="zhangsan")
    assert (user.get_full_name(), user.unit, user.is_staff, user.is_superuser) == ("张三", ledger.east, True, False)


def test_change_form_shows_no_hash_nor_staff_flag_and_folds_a_split_name(users, login):
    users.editor.first_name, users.editor.last_name = "三", "张"
    users.editor.save()
    client = login(users.admin)
    url = reverse("admin:accounts_user_change", args=[users.editor.pk])
    body = client.get(url).content.decode()
    names = field_names(body)
    assert names.index("role") < names.index("unit") < names.index("username")
    assert "is_staff" not in names and "is_superuser" not in names and "last_name" not in names
    assert "pbkdf2" not in body and "哈希" not in body and "工作人员状态" not in body
    assert reverse("admin:auth_user_password_change", args=[users.editor.pk]) in body
    assert 'value="张三"' in body  # the old family + given name, as one 姓名
    data = {
        "role": Role.EDITOR,
        "unit": users.editor.unit_id,
        "username": "editor",
        "first_name": "张三",
        "email": "",
        "is_active": "on",
    }
    assert client.post(url, data).status_code == 302
    users.editor.refresh_from_db()
    assert (users.editor.first_name, users.editor.last_name) == ("张三", "")
