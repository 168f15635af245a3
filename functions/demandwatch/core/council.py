"""The Security Council's voting rule as an item's own facts show it: whose vote an item
reports, and whether a Council draft fell short of the nine votes it needed. Pure.

The event rules read the text alone; the item brings what they cannot see (the symbols
its source gave, a voting record's tally). :func:`with_item_facts` joins the two, so the
routing, the alert's heading and the draft all read one event.
"""

from __future__ import annotations

import re
from dataclasses import replace

from demandwatch.core.models import COUNCIL_SEATS, Event, Item, VoteTally
from demandwatch.core.text import clean

# Affirmative votes a Security Council draft needs to be adopted (UN Charter, Article 27).
SECURITY_COUNCIL_VOTES_TO_ADOPT = 9

# A Council document: a draft or report, S/yyyy/nnn.
COUNCIL_DOCUMENT = re.compile(r"^S/\d{4}/\d+")

SECURITY_COUNCIL = "UN Security Council"

# The UN bodies an item may name (none is part of another's name).
_BODIES = (
    ("human rights council", "UN Human Rights Council"),
    ("security council", SECURITY_COUNCIL),
    ("general assembly", "UN General Assembly"),
)


def body_named(item: Item) -> str | None:
    """The UN body the item's title or first sentence names, if one."""
    # (a wire's "U.N." or "U.S." ends no sentence: "failed in the U.N. Security Council")
    first = re.split(r"(?<=[.;!?])(?<!\b[A-Z]\.[A-Z]\.)\s+", clean(item.text), maxsplit=1)[0]
    said = f"{clean(item.title)}. {first}".casefold()
    # The body named first is the one reported on: the Assembly's release of its veto
    # debate names the Council whose veto it debates after itself (probe s21 U1: it was
    # drafted as "the UN Security Council at its meeting").
    named = [(said.find(name), body) for name, body in _BODIES if name in said]
    return min(named)[1] if named else None


# A procedural vote: the Council adopting (or not) the agenda of a meeting. It needs nine
# votes like a draft, but no veto applies and no draft is put to the vote (probe s21 U2:
# "in Procedural Vote, Fails to Adopt Agenda" was headed and drafted as a draft voted
# down). Said in the title or first sentence, as UN press and wires say it.
_PROCEDURAL = re.compile(
    r"\bprocedural (?:vote|motion|matter)s?\b"
    r"|\badopt(?:s|ed|ing|ion of)? (?:its |the |a )?(?:provisional )?agenda\b"
    r"|\bagenda (?:was |is )?(?:not adopted|rejected|voted down)"
    r"|\bvote de procédure|\bvotación de procedimiento|\bverfahrensabstimmung"
    r"|\bпроцедурн\w* голосовани"
)


def procedural_vote(item: Item) -> bool:
    """Whether the item's title or first sentence tells a procedural vote (on the agenda
    of a meeting), not a vote on a draft."""
    first = re.split(r"(?<=[.;!?])(?<!\b[A-Z]\.[A-Z]\.)\s+", clean(item.text), maxsplit=1)[0]
    return _PROCEDURAL.search(f"{clean(item.title)}. {first}".casefold()) is not None


def councils_vote(vote: VoteTally, document: str | None, body: str | None) -> bool:
    """Whether a vote is the Security Council's: no more votes than its fifteen seats, on
    a Council document (S/...) or told by an item that names the Council."""
    fits = vote.in_favour + vote.against + vote.abstentions <= COUNCIL_SEATS
    return fits and (
        (document is not None and document.startswith("S/")) or body == SECURITY_COUNCIL
    )


def short_of_nine(vote: VoteTally, document: str | None, body: str | None) -> bool:
    """Whether a vote is the Council's on a draft not adopted for want of nine votes in
    favour (a draft short of nine is voted down, veto or none)."""
    return (
        vote.adopted is not True
        and vote.in_favour < SECURITY_COUNCIL_VOTES_TO_ADOPT
        and councils_vote(vote, document, body)
    )


def with_item_facts(event: Event, item: Item) -> Event:
    """The event the rules read from an item's text, completed with the item's own facts:
    the vote its source recorded where the text gave none, and, for an ``other``, whether
    it reports a Council draft voted down for want of nine votes. The labelling convention
    keeps such an item ``other`` (no veto, so not one); for the responder it is the draft
    voted down it is (review s19 V5, probe R16: the UN's own "failing to obtain the
    required nine votes" and a wire's 5-4-6 waited for the digest, drafted as a mere
    development)."""
    if event.vote is None and item.vote is not None:
        event = replace(event, vote=item.vote)
    if event.type != "other" or event.vote is None:
        return event
    symbols = [clean(s) for s in item.symbols]
    document = symbols[0] if symbols else None
    if short_of_nine(event.vote, document, body_named(item)):
        event = replace(event, council_short_of_nine=True)
    return event
