"""Schemathesis drives every operation of the OpenAPI schema as an authenticated administrator (who may call
them all): no answer may be a 5xx, and every answer must match the documented status codes and bodies."""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application

# /api/schema/ needs a login; the generator builds the same document the endpoint serves.
schema = schemathesis.openapi.from_dict(json.loads(OpenApiJsonRenderer().render(SchemaGenerator().get_schema(public=True))))
schema.app = application
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def token(ledger, users):
    return Token.objects.create(user=users.admin).key


@pytest.fixture(autouse=True)
def _keep_test_connection():
    # Schemathesis calls the WSGI app directly: like Django's test client, keep the request cycle from closing
    # the connection that holds the test's transaction.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_conforms_to_its_schema(case, token):
    case.call_and_validate(headers={"Authorization": f"Token {token}"}, checks=CHECKS)
