"""Which process runs a job, and whether that process still exists (for jobs left behind by a crash or restart).

An identity is "host:pid:start": the start time (Linux /proc, in clock ticks since boot) tells a live process from
a later one that reused the pid. Only processes on this host can be judged; others are reported alive.
"""

from __future__ import annotations

import os
import socket

HOST = socket.gethostname()


def _start_time(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            # Field 22; the command name (field 2) may hold spaces, so count from after its closing parenthesis.
            return stat.read().rsplit(b")", 1)[1].split()[19].decode()
    except (OSError, IndexError):
        return ""


def current() -> str:
    pid = os.getpid()
    return f"{HOST}:{pid}:{_start_time(pid)}"


def is_gone(identity: str) -> bool:
    """True only when the process is known to have ended: same host, and its pid is free or now someone else's."""
    try:
        host, pid_text, started = identity.rsplit(":", 2)
        pid = int(pid_text)
    except ValueError:
        return False
    if host != HOST or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        pass  # exists, under another user
    return bool(started) and _start_time(pid) not in ("", started)
