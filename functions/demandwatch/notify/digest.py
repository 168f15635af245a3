"""The digest on the console (the local runtime without Slack)."""

from __future__ import annotations

import sys
from typing import TextIO

from demandwatch.core.digest import DigestContent, digest_lines


class ConsoleDigestPoster:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    def post_digest(self, campaign_id: str, content: DigestContent) -> None:
        stream = self._stream or sys.stdout
        print("\n".join(digest_lines(content)), file=stream, flush=True)
