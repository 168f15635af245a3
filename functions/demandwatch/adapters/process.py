"""Who holds a delivery lease, and whether that process is still running (local runs).

A lease holder is ``host:pid``. On the same host, a pid that no longer exists is a run
that died (SIGKILL, a crash, a closed laptop lid): its leases can be taken at once rather
than after the lease lapses. Anything unsure (another host, a pid reused by another
process, no permission to ask) counts as alive, and the lease stays the rule.
"""

from __future__ import annotations

import os
import socket


def this_process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class LocalLiveness:
    def __init__(self, host: str | None = None) -> None:
        self._host = host or socket.gethostname()

    def gone(self, holder: str) -> bool:
        host, _, pid_text = holder.rpartition(":")
        if host != self._host or not pid_text.isdigit():
            return False
        pid = int(pid_text)
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)  # signal 0: only asks whether the process exists
        except ProcessLookupError:
            return True
        except PermissionError:  # it exists, under another user
            return False
        return False
