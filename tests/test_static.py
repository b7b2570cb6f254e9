def test_static_files_are_served_without_debug(client, settings):
    settings.DEBUG = False
    response = client.get("/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js")
    assert response.status_code == 200
    assert client.get("/static/admin/css/base.css").status_code == 200
