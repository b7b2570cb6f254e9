import re

import yaml

from tests.api import resources


def test_schema_lists_every_resource_filter_and_error(users, api):
    response = api(users.viewer).get("/api/schema/")
    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    paths = schema["paths"]
    for resource in [*resources.ALL, "stats"]:
        assert f"/api/{resource}/" in paths, resource
    params = {p["name"] for p in paths["/api/measures/"]["get"]["parameters"]}
    assert {
        "unit",
        "round",
        "kind",
        "group",
        "status",
        "overdue",
        "deadline_after",
        "deadline_before",
        "updated_after",
        "q",
        "ordering",
        "page",
        "page_size",
        "cursor",
    } <= params
    patch = paths["/api/measures/{id}/"]["patch"]["responses"]
    assert {"200", "400", "401", "403", "404", "412"} <= set(patch)


def test_swagger_ui_is_served_from_our_own_static_files(users, client):
    client.force_login(users.viewer)
    page = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in page
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", page)  # nothing loaded from another host
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page


def test_schema_and_docs_require_login(db, api, client):
    schema = api().get("/api/schema/")
    assert schema.status_code == 401
    assert yaml.safe_load(schema.content)["code"] == "not_authenticated"  # the error shape, in the schema's format
    docs = client.get("/api/docs/")
    assert docs.status_code == 302 and docs["Location"].startswith("/admin/login/?next=/api/docs/")
    assert client.get("/api/docs/?script=").status_code == 302


def test_swagger_ui_runs_no_inline_script(users, client):
    client.force_login(users.viewer)
    page = client.get("/api/docs/").content.decode()
    assert re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page) == []
    script = client.get("/api/docs/?script=")
    assert script.status_code == 200 and script["Content-Type"].startswith("application/javascript")
    assert "/api/schema/" in script.content.decode()
