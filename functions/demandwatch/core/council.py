"""The Security Council's voting rule as an item's own facts show it: whose vote an item
reports, and whether a Council draft fell short of the nine votes it needed. Pure.

The event rules read the text alone; the item brings what they cannot see (the symbols
its source gave, a voting record's tally). :func:`with_item_facts` joins the two, so the
routing, the alert's heading and the draft all read one event.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from demandwatch.core.background import (
    BEFORE_NOW,
    PARTS_OF_TODAY,
    TODAY_WORDS,
    TODAY_WORDS_ELSEWHERE,
    background_kicker,
)
from demandwatch.core.gated import alternation
from demandwatch.core.models import (
    COUNCIL_SEATS,
    SECURITY_COUNCIL_VOTES_TO_ADOPT,
    Event,
    Item,
    VoteTally,
)
from demandwatch.core.priority import council_day
from demandwatch.core.text import clean, fold

# A Council document: a draft or report, S/yyyy/nnn.
COUNCIL_DOCUMENT = re.compile(r"^S/\d{4}/\d+")

SECURITY_COUNCIL = "UN Security Council"
GENERAL_ASSEMBLY = "UN General Assembly"

# The UN bodies an item may name (none is part of another's name).
_BODIES = (
    ("human rights council", "UN Human Rights Council"),
    ("security council", SECURITY_COUNCIL),
    ("general assembly", GENERAL_ASSEMBLY),
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
    if "general assembly" in said and (bare := _BARE_ASSEMBLY.search(said)) is not None:
        # A wire's headline shortens the Assembly its lede names to "Assembly": "Assembly
        # debates Russia's veto of Security Council text | The General Assembly met ..."
        # (review s21 W6: drafted "the UN Security Council at its meeting").
        named.append((bare.start(), GENERAL_ASSEMBLY))
    return min(named)[1] if named else None


# "Assembly" alone, not another assembly ("People's Assembly", Syria's parliament; a
# national or constituent one): the General Assembly only where the item names it in full.
_BARE_ASSEMBLY = re.compile(
    r"(?<!general )(?<!people's )(?<!people\u2019s )(?<!national )(?<!parliamentary )"
    r"(?<!constituent )(?<!legislative )\bassembly\b"
)


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
    if short_of_nine(event.vote, document, body_named(item)) and not recounts_past_vote(item):
        event = replace(event, council_short_of_nine=True)
    return event


# A sentence that tells a vote or a draft's failure, in the six languages (folded).
_VOTE_TOLD = re.compile(
    r"\bvot\w*|\bin favou?r\b|\babstention|\bfail\w*|\breject\w*|\bnot adopt\w*|\bshort\b"
    r"|\bdefeated\b|\bturn(?:s|ed)? down\b|\bvoix\b|\bstimm\w*|голос\w*|صوت|اصوات"
)
# The day of the news, named: the sentence tells today's vote, whatever else it dates.
_NEWS_DAY = re.compile(
    rf"(?<!\w)(?:{alternation((*TODAY_WORDS, *PARTS_OF_TODAY, *TODAY_WORDS_ELSEWHERE))})(?!\w)"
)
_MONTH_NAMES = (
    ("january", "janvier", "enero", "januar"),
    ("february", "fevrier", "febrero", "februar"),
    ("march", "mars", "marzo", "marz"),
    ("april", "avril", "abril"),
    ("may", "mai", "mayo"),
    ("june", "juin", "junio", "juni"),
    ("july", "juillet", "julio", "juli"),
    ("august", "aout", "agosto"),
    ("september", "septembre", "septiembre"),
    ("october", "octobre", "octubre", "oktober"),
    ("november", "novembre", "noviembre"),
    ("december", "decembre", "diciembre", "dezember"),
)
_MONTH = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
_MONTH_RE = "|".join(sorted(_MONTH, key=len, reverse=True))
# A date the sentence gives its vote: "on 8 October 2016", "on October 8, 2016", "in July
# 2020", "en julio de 2020", "im Juli 2020", "in 2019", "в 2019 году", "عام 2019". (A year
# alone is read only after a preposition: "resolution 2254 (2015)" and "S/2019/962" date
# no vote.)
_DATED = re.compile(
    rf"\b(?:(\d{{1,2}})\.? (?:de )?)?({_MONTH_RE})(?: (\d{{1,2}}),?)? (?:de )?((?:19|20)\d\d)\b"
    r"|(?:\b(?:in|en|im|im jahr|durante el ano)|(?<!\w)(?:в|عام|في عام)) ((?:19|20)\d\d)\b"
)
# A voting record's own form ("Yes: 4; No: 9; Abstentions: 2"): its vote is its subject,
# however long after the meeting it is catalogued.
_RECORD_FORM = re.compile(r"\b(?:yes|in favou?r): \d+\W[^.]*?\b(?:no|against): \d+")


def recounts_past_vote(item: Item) -> bool:
    """Whether the item tells its Council vote as a past one rather than its own news: a
    background piece (a factbox's, an explainer's kicker) naming no day of the news, or a
    vote told in the headline or in the first of the first two sentences to tell one,
    dated before the item's day ("last week", "in July 2020", an earlier year). Review s21
    W2: an explainer's 2019 draft voted down and a follow-up's "last week" were routed and
    headed as today's failed vote. A voting record, and the item its source gave a vote, report their own."""
    if item.vote is not None:
        return False
    title = fold(clean(item.title))
    sentences = re.split(r"(?<=[.;!?])(?<!\b[a-z]\.[a-z]\.)\s+", fold(clean(item.text)))[:2]
    if any(_RECORD_FORM.search(s) for s in sentences):
        return False
    said = [title, *sentences]
    if background_kicker(title) and not any(_NEWS_DAY.search(s) for s in said):
        return True
    # The vote the item tells first is its own; an earlier one a later sentence recalls
    # ("The vote came after a rival text was rejected last week") dates only that one
    # (review s22 X1: the day's failed vote was taken for the earlier, recounted one).
    told = [s for s in sentences if _VOTE_TOLD.search(s)][:1]
    if _VOTE_TOLD.search(title):
        told.append(title)
    day = council_day(item.published)
    return any(not _NEWS_DAY.search(s) and _dated_before(s, day) for s in told)


def _dated_before(sentence: str, day: date) -> bool:
    """Whether ``sentence`` dates what it tells before ``day`` (the day before it is still
    the news: a vote in New York's evening is reported the next morning)."""
    if BEFORE_NOW.search(sentence) or _weekday_before(sentence, day):
        return True
    for m in _DATED.finditer(sentence):
        if m.group(5):
            if int(m.group(5)) < day.year:
                return True
            continue
        year, month = int(m.group(4)), _MONTH[m.group(2)]
        given = m.group(1) or m.group(3)
        if given is None:
            if (year, month) < (day.year, day.month):
                return True
            continue
        try:
            when = date(year, month, int(given))
        except ValueError:
            continue
        if when < day - timedelta(days=1):
            return True
    return False


# The weekdays in the six languages (folded), Monday first.
_WEEKDAY_NAMES = (
    ("monday", "lundi", "lunes", "montag", "понедельник", "الاثنين"),
    ("tuesday", "mardi", "martes", "dienstag", "вторник", "الثلاثاء"),
    ("wednesday", "mercredi", "miercoles", "mittwoch", "среду", "среда", "الاربعاء"),
    ("thursday", "jeudi", "jueves", "donnerstag", "четверг", "الخميس"),
    ("friday", "vendredi", "viernes", "freitag", "пятницу", "пятница", "الجمعة"),
    ("saturday", "samedi", "sabado", "samstag", "субботу", "суббота", "السبت"),
    ("sunday", "dimanche", "domingo", "sonntag", "воскресенье", "الاحد"),
)
_WEEKDAY = {name: number for number, names in enumerate(_WEEKDAY_NAMES) for name in names}
_WEEKDAY_RE = "|".join(sorted(_WEEKDAY, key=len, reverse=True))
# A weekday the sentence tells its vote on, "last" where it says so: "On Wednesday a Russian
# draft won only four votes", "Last Wednesday's draft", "mercredi dernier", "el miércoles
# pasado", "vergangenen Mittwoch", "в прошлую среду", "الأربعاء الماضي".
_WEEKDAY_TOLD = re.compile(
    rf"(?<!\w)(?P<last>last |letzten |vergangenen |в прошл\w* )?(?:el )?(?P<day>{_WEEKDAY_RE})"
    r"(?P<after>'s| dernier| pasado| الماضي)?(?!\w)"
)
# A weekday ahead, not the vote's: "will vote again on Friday", "due on Friday", "next
# Friday", "avant vendredi".
_AHEAD = re.compile(
    r"\b(?:will|due|set|expected|scheduled|next|plans?|planned|until|prochain|avant"
    r"|proximo|antes del|bis|nachsten|kommenden)\b[^.;]{0,30}$"
)


def _weekday_before(sentence: str, day: date) -> bool:
    """Whether ``sentence`` tells its vote on a weekday two days or more before ``day``
    (review s22, W2's neighbours: a Monday follow-up's "On Wednesday a Russian draft won
    only four votes" was headed "Draft voted down" as the day's failed vote)."""
    for m in _WEEKDAY_TOLD.finditer(sentence):
        if _AHEAD.search(sentence, 0, m.start()):
            continue
        back = (day.weekday() - _WEEKDAY[m.group("day")]) % 7
        if m.group("last") or m.group("after") not in (None, "'s"):
            # ("last Wednesday" said on a Wednesday is a week before; said on Thursday,
            # the night before's)
            if back != 1:
                return True
        elif 2 <= back <= 5:
            # (six days "before" is the day after New York's: a source east of it tells
            # the vote of its own morning)
            return True
    return False
