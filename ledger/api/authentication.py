"""Token authentication with the token and its user read by one statement compiled once per process.

DRF's TokenAuthentication builds and compiles `Token.objects.select_related("user").get(key=…)` on every request:
about 0.5 ms of a 50-row list page that otherwise takes a few (issue 13, API ÷ bare .values()). The statement is
the same for every request but the key, so it is written once from the models' metadata, and prepared on the server
(ledger.prepared); the answers (401 for an unknown key or an inactive user) are DRF's own."""

import functools

from django.contrib.auth import get_user_model
from django.db import connections, router
from django.utils.translation import gettext_lazy as _
from drf_spectacular.authentication import SessionScheme
from rest_framework import exceptions
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.authtoken.models import Token

from ledger.prepared import prepared_statements


@functools.cache
def _lookup(alias: str) -> tuple[str, list[str], list[str]]:
    """(SQL selecting the token's and its user's columns by key, token attnames, user attnames)."""
    user_model = get_user_model()
    quote = connections[alias].ops.quote_name
    token_fields = [f for f in Token._meta.concrete_fields]
    user_fields = [f for f in user_model._meta.concrete_fields]
    columns = [f"t.{quote(f.column)}" for f in token_fields] + [f"u.{quote(f.column)}" for f in user_fields]
    sql = (
        f"SELECT {', '.join(columns)} FROM {quote(Token._meta.db_table)} t "
        f"INNER JOIN {quote(user_model._meta.db_table)} u ON t.{quote(Token._meta.get_field('user').column)} = "
        f"u.{quote(user_model._meta.pk.column)} WHERE t.{quote(Token._meta.pk.column)} = %s"
    )
    return sql, [f.attname for f in token_fields], [f.attname for f in user_fields]


class LeanTokenAuthentication(TokenAuthentication):
    def authenticate_credentials(self, key):
        alias = router.db_for_read(Token)
        sql, token_names, user_names = _lookup(alias)
        with prepared_statements(alias), connections[alias].cursor() as cursor:
            cursor.execute(sql, [key])
            row = cursor.fetchone()
        if row is None:
            raise exceptions.AuthenticationFailed(_("Invalid token."))
        token = Token.from_db(alias, token_names, row[: len(token_names)])
        user = get_user_model().from_db(alias, user_names, row[len(token_names) :])
        if not user.is_active:
            raise exceptions.AuthenticationFailed(_("User inactive or deleted."))
        token.user = user
        return user, token


class PreparedSessionAuthentication(SessionAuthentication):
    """DRF's session authentication (a browser's API requests) with the session row and its user read by prepared
    statements (ledger.prepared): the same two lookups on every request, but for the key and the time."""

    def authenticate(self, request):
        user = getattr(request._request, "user", None)  # lazy: read on first use
        if user is not None:
            with prepared_statements(router.db_for_read(get_user_model())):
                user.is_active  # noqa: B018  (loads the session, then the user)
        return super().authenticate(request)


class PreparedSessionScheme(SessionScheme):
    """The OpenAPI security scheme of PreparedSessionAuthentication: the session cookie, as for DRF's own class."""

    target_class = "ledger.api.authentication.PreparedSessionAuthentication"
