"""API rate limits: per address for anonymous requests, per user, and a tighter one for wrong tokens."""

from rest_framework import exceptions
from rest_framework.authentication import get_authorization_header
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, SimpleRateThrottle, UserRateThrottle

from ledger.api.authentication import LeanTokenAuthentication


class _LiveRates:
    """Read the rate when used, not when the class is imported, so settings changes (and tests) apply."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonThrottle(_LiveRates, AnonRateThrottle):
    pass


class UserThrottle(_LiveRates, UserRateThrottle):
    pass


class FailedTokenThrottle(_LiveRates, SimpleRateThrottle):
    """Counts wrong tokens per client address; only failures count, so a valid token is never slowed."""

    scope = "failed_token"

    def get_cache_key(self, request, view=None):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def _load(self, request):
        self.key = self.get_cache_key(request)
        self.history = self.cache.get(self.key, [])
        self.now = self.timer()
        while self.history and self.history[-1] <= self.now - self.duration:
            self.history.pop()

    def wait_if_blocked(self, request) -> float | None:
        if self.rate is None:
            return None
        self._load(request)
        return self.wait() if len(self.history) >= self.num_requests else None

    def record_failure(self, request) -> None:
        if self.rate is not None:
            self._load(request)
            self.throttle_success()  # stores this failure in the window


class ThrottledTokenAuthentication(LeanTokenAuthentication):
    """TokenAuthentication that answers 429 to an address after too many wrong tokens."""

    def authenticate(self, request):
        if not get_authorization_header(request):
            return None
        throttle = FailedTokenThrottle()
        wait = throttle.wait_if_blocked(request)
        if wait is not None:
            raise exceptions.Throttled(wait)
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            throttle.record_failure(request)
            raise
