"""What the shipped campaign's demands fire on a text: the one helper the demand tests share.

The ``matcher`` fixture (tests/conftest.py) builds the shipped campaign's Matcher once per
session; tests ask it through ``fired`` so that each reads as the set of demands an alert
would carry.
"""

from __future__ import annotations

from demandwatch.core.events import classify
from demandwatch.core.matching import Matcher
from demandwatch.core.prepared import prepare
from demandwatch.core.vetoed import veto_matches


def fired(matcher: Matcher, title: str, text: str = "") -> set[str]:
    """The ids of the demands that match ``title`` and ``text``, active or not."""
    return {m.demand_id for m in matcher.match(title, text)}


def alerted(matcher: Matcher, title: str) -> set[str]:
    """The demands a run alerts on for a headline: the queries' matches and those the veto
    watch derives from the event read."""
    prepared = prepare(title, "")
    matches = matcher.match_prepared(prepared)
    watched = matcher.veto_watch(prepared, (m.demand_id for m in matches))
    derived = veto_matches(classify(title, ""), watched, title)
    return {m.demand_id for m in (*matches, *derived)}
