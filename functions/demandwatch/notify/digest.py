"""The digest on the console (the local runtime without Slack)."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TextIO

from demandwatch.core.digest import DigestContent, digest_lines


class ConsoleDigestPoster:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    def post_digest(
        self,
        campaign_id: str,
        content: DigestContent,
        *,
        day: str = "",
        since: datetime | None = None,
    ) -> None:
        stream = self._stream or sys.stdout
        print("\n".join(digest_lines(content)), file=stream, flush=True)

    def find_digest(self, campaign_id: str, day: str, since: datetime) -> bool:
        """A console cannot be read back: a digest whose printing was cut short is printed
        again (nobody is paged by a repeated console line)."""
        return False
