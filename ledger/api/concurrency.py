"""ETag / If-Match for Tracked objects: the ETag names the version a client saw."""

import re

from rest_framework.exceptions import ValidationError

from ledger.api.errors import PreconditionFailed

_ETAG = re.compile(r'^(?:W/)?"(?P<model>[a-z]+)-(?P<pk>\d+)-v(?P<version>\d+)"$')


def etag(obj) -> str:
    return f'"{obj._meta.model_name}-{obj.pk}-v{obj.version}"'


def expected_version(request, obj) -> int | None:
    """The version the client's If-Match names; None without the header or with If-Match: *."""
    header = request.headers.get("If-Match", "").strip()
    if not header or header == "*":
        return None
    candidates = [tag.strip() for tag in header.split(",")]
    if etag(obj) in candidates or f"W/{etag(obj)}" in candidates:
        return obj.version
    for tag in candidates:
        if not _ETAG.match(tag):
            raise ValidationError({"If-Match": [f"无法识别的 ETag：{tag}"]})
    raise PreconditionFailed()
