"""Which path (admin, API, import, Excel) a change came through, recorded on every historical row."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import models

from ledger.choices import Channel

_channel: ContextVar[str] = ContextVar("ledger_channel", default=Channel.SYSTEM)

_PATH_CHANNELS = (("/admin/", Channel.ADMIN), ("/api/", Channel.API))


def current_channel() -> str:
    return _channel.get()


@contextmanager
def channel(name: str):
    token = _channel.set(name)
    try:
        yield
    finally:
        _channel.reset(token)


class ChannelMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        name = next((c for prefix, c in _PATH_CHANNELS if request.path.startswith(prefix)), Channel.SYSTEM)
        with channel(name):
            return self.get_response(request)


class HistoryChannel(models.Model):
    """Abstract base for simple-history's historical models."""

    history_channel = models.CharField("途径", max_length=10, choices=Channel.choices, default=Channel.SYSTEM)

    class Meta:
        abstract = True


def stamp_channel(sender, history_instance, **kwargs):
    history_instance.history_channel = current_channel()
