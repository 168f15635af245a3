"""What the shipped campaign's demands fire on a text: the one helper the demand tests share.

The ``matcher`` fixture (tests/conftest.py) builds the shipped campaign's Matcher once per
session; tests ask it through ``fired`` so that each reads as the set of demands an alert
would carry.
"""

from __future__ import annotations

from demandwatch.core.matching import Matcher


def fired(matcher: Matcher, title: str, text: str = "") -> set[str]:
    """The ids of the demands that match ``title`` and ``text``, active or not."""
    return {m.demand_id for m in matcher.match(title, text)}
