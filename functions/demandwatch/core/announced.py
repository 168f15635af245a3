"""Whether a sentence announces a development ahead rather than reports one done. Pure.

One pattern, read where the weekday a sentence names is turned into a date (core.events)
and where a draft decides whether a meeting is still to come (core.drafts): "to hold an
emergency meeting on Friday", published on a Tuesday, is about the Friday ahead. Small
and free of the event rules, so a draft's import costs nothing.
"""

from __future__ import annotations

import re

# Lower-case, accent-free text (folded, or casefolded English).
AHEAD = re.compile(
    r"\b(?:to (?:hold|meet|convene|vote|brief)"
    r"|will (?:hold|meet|convene|vote|brief|take up|consider)"
    r"|(?:is|are) (?:expected|scheduled|set|due|slated) to|scheduled (?:for|to)|plans to"
    r"|tiendra|se reunira|celebrara|wird .{0,40}(?:tagen|beraten|abstimmen))\b"
)


def announces_ahead(text: str) -> bool:
    """Whether ``text`` (folded or casefolded) announces something still to come."""
    return AHEAD.search(text) is not None
