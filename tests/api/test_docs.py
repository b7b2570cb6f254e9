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
