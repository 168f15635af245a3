"""What kind of development an item reports, who did what, the vote, and when.

Rules read UN wording ("fails to adopt ... owing to the negative vote of a permanent
member", "unanimously adopting resolution 2118 (2013)", "expected to vote tomorrow") and
news wording ("vetoed", "blocked", "put to a vote"). Each event type has cues; a cue in
the title counts double, because headlines state the development and bodies recount
history. The highest score wins; ties go to the more severe type.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from demandwatch.core.models import EVENT_TYPES, Actor, ActorRole, Event, EventType, VoteTally
from demandwatch.core.text import fold

# Cues are matched on folded text (lower case, accents removed).
_CUES: dict[EventType, tuple[str, ...]] = {
    "veto": (
        r"\bvetoe[sd]\b",
        r"\bvetoing\b",
        r"\b(?:cast|casts|used|uses|exercised) (?:a |its |their |the |his |her )?(?:\w+ )?(?:joint )?veto",
        r"\b(?:double|joint|russian|chinese|american|us|u\.s\.) veto",
        r"\bveto(?:es)? (?:by|of|from)\b",
        r"\bfails? to adopt\b",
        r"\bfailed to (?:adopt|pass|renew|extend)\b",
        r"\bnot adopted\b",
        r"\bnegative votes? (?:of|by|from|cast)\b",
        r"\bowing to (?:the )?negative vote",
        r"\b(?:rejects?|rejected|defeated|voted down|kill|killed|kills|scuttle[sd]?|sank|sinks|"
        r"block|blocks|blocked|bloquent|bloque)"
        r" (?:[\w.'-]+ ){0,4}(?:draft|resolution|text|renewal|extension|call|saisine|projet)",
        r"\bfails? to (?:adopt|renew|extend|pass)\b",
        r"\bdid not adopt\b",
        r"\bcast negative votes?\b",
        r"\bnegative votes? prevent",
        r"\b(?:russia|china|russian federation|moscow|beijing|us|united states) vetoe?s?\b",
        r"\b(?:\w+(?:th|st|nd|rd)|latest|new|fresh) veto\b",
        r"\bopp?ose\w* (?:\w+ ){0,2}(?:son|leur) veto\b",
        r"(?:تستخدم|استخدم)\w* .{0,20}(?:الفيتو|حق النقض)",
        r"أخفق .{0,30}في اعتماد",
        r"\bveto\b.*\b(?:on|against) (?:the )?(?:draft|resolution|text)\b",
        r"\ba oppose (?:son|leur) veto\b",
        r"\bveto (?:russe|chinois|americain)",
        r"(?:فيتو|الفيتو) (?:روسي|صيني)",
    ),
    "resolution_adopted": (
        r"\bunanimously (?:adopt|adopting|adopted|approv|endors|authoriz|vot)",
        r"\badopt(?:s|ed|ing)? (?:\w+ ){0,3}resolution",
        r"\bresolution \d+ \(\d{4}\)[^.]{0,40}\badopted\b",
        r"\b(?:council|assembly) (?:authorizes|authorises|extends|renews|endorses|demands|establishes|approves|creates|votes to)\b",
        r"\b(?:approved|passed|adopted) (?:a |the )?(?:\w+ ){0,3}(?:resolution|text)\b",
        r"\bby a (?:recorded )?vote of \d+",
        r"\bvoted \d+ to \d+",
        r"\badopte (?:a l'unanimite )?(?:la |une )?resolution",
        r"\bvotes? (?:unanimously )?(?:to|for) (?:extend|renew|send|authori[sz]e|create|establish)",
        r"(?:يعتمد|اعتمد|تبنى|يتبنى) .{0,30}قرار",
        r"\bunanimous(?:ly)? (?:vote|decision|adoption|requires|demands|extends|renews|backs|approves)",
        r"\bvoted (?:unanimously )?(?:for|to)\b",
        r"\bresolution \d+ \(\d{4}\),? (?:\w+ ){0,3}(?:endorses|demands|renews|requires|authori[sz]es|extends|establishes|decides|calls|condemns|imposes)",
        r"\b(?:reconduit|proroge|prolonge)\b",
        r"\b(?:slaps|imposes|lifts|renews|extends) (?:\w+ ){0,3}(?:embargo|sanctions|freeze|mandate|authori[sz]ation)",
    ),
    "vote_scheduled": (
        r"\b(?:expected|scheduled|set|due|poised|likely) to (?:vote|be put to a vote|hold a vote)",
        r"\bvote (?:is |was )?(?:scheduled|expected|set|postponed|delayed|pushed back)",
        r"\bvotes? on (?:\w+ ){0,6}(?:tomorrow|today|tonight|this (?:morning|afternoon|evening))",
        r"\bput (?:the text |it |the draft )?to a vote\b",
        r"\b(?:will|to) vote (?:on|tomorrow|today|this)",
        r"\bcall(?:s|ed)? for a vote\b",
        r"\bpush(?:es|ed)? for (?:a )?vote\b",
        r"\bvote on [^.]{0,60}\bdraft",
        r"\bvote postponed\b",
    ),
    "draft_resolution": (
        r"\bdraft (?:resolution|text)\b",
        r"\b(?:circulated|tabled|tables|table|negotiat\w*|drafted|penholders?|blue)\b",
        r"\bthreat(?:en|ens|ened|ening)? (?:to )?(?:a |another |second )?veto",
        r"\b(?:vows?|vowed|threatens?|threatened|would|will) (?:to )?(?:veto|block)\b",
        r"\bsaid it would veto\b",
        r"\bprojet de resolution\b",
        r"مشروع قرار",
    ),
    "meeting": (
        r"\bbrief(?:s|ed|ing)\b",
        r"\bmeet(?:s|ing)?\b",
        r"\bdebate[sd]?\b",
        r"\bconsultations\b",
        r"\b(?:special|emergency) session\b",
        r"\bconvene[sd]?\b",
        r"\baddress(?:es|ed|ing)? the (?:council|assembly)\b",
        r"\btells? (?:the )?(?:security council|general assembly|council)\b",
        r"\breunion\b",
        r"جلسة|اجتماع",
    ),
    "statement": (
        r"\bstatement\b",
        r"\bspokesperson\b",
        r"\bcondemn(?:s|ed)?\b",
        r"\bwelcomes?\b",
        r"\b(?:said|says) (?:in a statement|that)\b",
        r"\bdeplores?\b",
        r"\burge[sd]?\b",
        r"\bcalls? on\b",
        r"\bremarks\b",
        r"\bdeclaration\b",
        r"\b(?:asks?|letter)\b",
        r"\b(?:accuses|accused|denounces|denounced|denonce|slams|blames|decries|appoints|announce[sd]?)\b",
        r"\b(?:says|said) (?:the )?(?:un )?(?:chief|secretary-general|minister|ambassador|envoy)\b",
        r"بيان",
    ),
    "report": (
        r"\breport(?:s)?\b(?! on the)",
        r"\bfinds?\b",
        r"\bfindings\b",
        r"\bconclude[sd]?\b",
        r"\bdocuments?\b",
        r"\binvestigation (?:found|concluded)\b",
        r"\brapport\b",
        r"\b(?:found|estimates?|documented|interviews? with|based on (?:\d+ )?interviews|flash update|"
        r"situation report|transmits|investigators say)\b",
        r"تقرير",
    ),
    "other": (),
}


def _cue(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """A cue, and a looser twin to try first when that is cheaper.

    Python's regex engine skips ahead to a pattern's leading literal at memory-scan speed,
    but a leading word boundary defeats that and the cue is tried at every character. The
    same pattern without the boundary matches wherever the cue does, so when the twin is
    absent so is the cue: same result, a fraction of the time on text that lacks it.
    """
    compiled = re.compile(pattern)
    if re.match(r"\\b(?:[a-z]|\(\?:[a-z])", pattern):
        return compiled, re.compile(pattern[2:])
    return compiled, None


_COMPILED = {t: tuple(_cue(c) for c in cues) for t, cues in _CUES.items()}
# Weights: a development outranks the commentary around it.
_WEIGHT: dict[EventType, float] = {
    "veto": 3.0,
    "resolution_adopted": 2.5,
    "vote_scheduled": 2.6,
    "draft_resolution": 1.2,
    "meeting": 1.0,
    "statement": 0.9,
    "report": 0.9,
    "other": 0.0,
}

# ------------------------------------------------------------------------------ actors

_MEMBER_ALIASES: dict[str, tuple[str, ...]] = {
    "Russian Federation": ("russian federation", "russia", "moscow", "russe", "روسيا"),
    "China": ("china", "beijing", "chine", "الصين"),
    "United States": ("united states", "washington", "u.s.", "etats-unis", "us"),
    "United Kingdom": ("united kingdom", "britain", "london", "royaume-uni", "uk"),
    "France": ("france", "paris"),
}
_ELECTED = (
    "Algeria",
    "Angola",
    "Argentina",
    "Azerbaijan",
    "Bolivia",
    "Bolivia (Plurinational State of)",
    "Brazil",
    "Colombia",
    "Ecuador",
    "Egypt",
    "Ethiopia",
    "Gabon",
    "Germany",
    "Ghana",
    "Guatemala",
    "India",
    "Indonesia",
    "Japan",
    "Kazakhstan",
    "Kenya",
    "Kuwait",
    "Lebanon",
    "Malaysia",
    "Malta",
    "Mexico",
    "Mozambique",
    "Nigeria",
    "Norway",
    "Pakistan",
    "Pakistan",
    "Peru",
    "Portugal",
    "Senegal",
    "South Africa",
    "Spain",
    "Sweden",
    "Switzerland",
    "Togo",
    "Ukraine",
    "United Arab Emirates",
    "Uruguay",
    "Venezuela",
    "Viet Nam",
    "Azerbaijan",
    "Guinea",
    "Morocco",
    "Rwanda",
    "Chad",
    "Niger",
    "Belgium",
    "Estonia",
    "Ireland",
    "Tunisia",
    "Saint Vincent and the Grenadines",
    "Dominican Republic",
    "Equatorial Guinea",
    "Côte d'Ivoire",
    "Netherlands",
    "Italy",
    "Australia",
    "Luxembourg",
    "Jordan",
    "Chile",
    "Lithuania",
    "Nigeria",
    "Cameroon",
    "Somalia",
    "Sierra Leone",
    "Slovenia",
    "Republic of Korea",
    "Guyana",
    "Denmark",
    "Greece",
    "Panama",
    "Bahrain",
    "Latvia",
    "Liberia",
    "Congo",
)
_PERMANENT = frozenset(_MEMBER_ALIASES)
_NAME_LOOKUP: dict[str, str] = {}
for _canonical, _aliases in _MEMBER_ALIASES.items():
    for _alias in _aliases:
        _NAME_LOOKUP[_alias] = _canonical
for _name in _ELECTED:
    _NAME_LOOKUP[fold(_name)] = _name
_NAME_PATTERN = (
    "|".join(
        re.escape(a) for a in sorted(_NAME_LOOKUP, key=len, reverse=True) if a not in ("us", "uk")
    )
    + r"|\bus\b|\buk\b"
)
_NAMES = re.compile(rf"(?<![\w.])(?:{_NAME_PATTERN})(?!\w)")
_LIST = rf"((?:{_NAME_PATTERN})(?:\s*(?:,|and|&|et)\s*(?:the\s+)?(?:{_NAME_PATTERN}))*)"

# Each role pattern with words one of which any match of it contains: most items contain
# none, and a substring test is far cheaper than the pattern, which tries the whole list
# of member names at every character.
_ROLE_PATTERNS: tuple[tuple[ActorRole, tuple[str, ...], re.Pattern[str]], ...] = (
    (
        "threatened_veto",
        ("veto", "block", "vote against", "vote no"),
        re.compile(
            rf"{_LIST}\s+(?:has |had )?(?:\w+ )?(?:threatened|threatens|vowed|vows|signalled|signaled|"
            r"indicated|said it would|says it will|warned it would)\s+(?:to\s+)?(?:it (?:would|will) )?"
            r"(?:veto|block|vote against|vote no)"
        ),
    ),
    (
        "vetoed",
        ("veto",),
        re.compile(
            rf"{_LIST}\s+(?:have |has |had )?(?:again |jointly |both )?(?:vetoe[sd]|vetoing|cast\w* (?:a |its |their )?(?:\w+ )?veto)"
        ),
    ),
    (
        "vetoed",
        ("veto", "negative vote"),
        re.compile(
            rf"(?:veto(?:es)?|negative votes?) (?:cast )?(?:by|of) (?:the )?(?:permanent members? )?{_LIST}"
        ),
    ),
    ("vetoed", ("negative vote",), re.compile(rf"following (?:a |the )?negative vote by {_LIST}")),
    ("voted_against", ("against (",), re.compile(rf"\d+ (?:votes )?against \({_LIST}\)")),
    (
        "voted_against",
        tuple(f"{verb} {how}" for verb in ("voted", "votes", "vote") for how in ("against", "no")),
        re.compile(rf"{_LIST}\s+(?:voted|votes|vote) (?:against|no)\b"),
    ),
    ("abstained", ("abstention",), re.compile(rf"\d+ abstentions? \({_LIST}\)")),
    ("abstained", ("abstain",), re.compile(rf"{_LIST}\s+(?:abstained|abstaining|abstains)")),
    ("voted_for", ("in favo",), re.compile(rf"\d+ (?:votes )?in favou?r \({_LIST}\)")),
)

# ------------------------------------------------------------------------------ votes

_TALLY = re.compile(
    r"(\d+) (?:votes )?in favou?r(?: \([^)]*\))?"
    r"(?:,? (?:to|with|and)? ?(\d+|none) (?:votes )?against(?: \(([^)]*)\))?)?"
    r"(?:,? (?:and |with )?(\d+|no|zero) abstentions?(?: \(([^)]*)\))?)?"
)
_SHORT_TALLY = re.compile(r"\b(?:vote of|by|votes?|voted) (\d{1,3})-(\d{1,3})(?:-(\d{1,3}))?\b")

# ------------------------------------------------------------------------------ dates

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan", "janvier"),
            ("february", "feb", "fevrier"),
            ("march", "mar", "mars"),
            ("april", "apr", "avril"),
            ("may", "mai"),
            ("june", "jun", "juin"),
            ("july", "jul", "juillet"),
            ("august", "aug", "aout"),
            ("september", "sep", "sept", "septembre"),
            ("october", "oct", "octobre"),
            ("november", "nov", "novembre"),
            ("december", "dec", "decembre"),
        ),
        start=1,
    )
    for m in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE})\.?(?: (\d{{4}}))?\b")
_MONTH_DAY_YEAR = re.compile(rf"\b({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:, (\d{{4}}))?\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RELATIVE = re.compile(
    r"\b(tomorrow|today|tonight|this (?:morning|afternoon|evening)|yesterday|on (?:"
    + "|".join(_WEEKDAYS)
    + r")|(?:next )?(?:"
    + "|".join(_WEEKDAYS)
    + r"))\b"
)
_DATE_CONTEXT = re.compile(
    r"\b(?:vote|voted|votes|voting|meet|meeting|session|debate|adopt\w*|veto\w*)\b"
)


def classify(title: str, text: str = "", *, published: datetime | None = None) -> Event:
    """The event an item reports, with actors, vote tally and date where stated."""
    folded_title, folded_text = fold(title), fold(text)
    scores: dict[EventType, float] = dict.fromkeys(EVENT_TYPES, 0.0)
    for cue_type, patterns in _COMPILED.items():
        for pattern, twin in patterns:
            if (twin is None or twin.search(folded_title)) and pattern.search(folded_title):
                scores[cue_type] += 2 * _WEIGHT[cue_type]
            elif (twin is None or twin.search(folded_text)) and pattern.search(folded_text):
                scores[cue_type] += _WEIGHT[cue_type]
    _adjust(scores, folded_title, folded_text)
    best = max(EVENT_TYPES, key=lambda t: (scores[t], -EVENT_TYPES.index(t)))
    event_type: EventType = best if scores[best] > 0 else "other"
    # Folding works character by character (and ". " starts afresh), so this is
    # fold(f"{title}. {text}") without folding the text twice more.
    combined = f"{folded_title}. {folded_text}"
    vote = _tally(combined)
    actors = _actors(combined, event_type)
    when = _event_date(combined, published, event_type) if event_type in _DATED else None
    return Event(type=event_type, actors=actors, date=when, vote=vote)


_DATED: frozenset[EventType] = frozenset(
    {"veto", "resolution_adopted", "vote_scheduled", "meeting", "draft_resolution"}
)


def _adjust(scores: dict[EventType, float], title: str, text: str) -> None:
    """Corrections that single cues cannot express."""
    both = f"{title} {text}"
    # A threat is not a veto: "threatened to veto" alone scores as a draft under negotiation.
    if re.search(
        r"threat\w* (?:to )?(?:a |another |second )?veto|would veto|will veto|vows? to (?:veto|block)"
        r"|(?:will|would) not (?:let|allow|accept|support)|cannot (?:accept|support)",
        both,
    ) and not re.search(
        r"\bvetoed\b|fails? to adopt|failed to adopt|not adopted|negative votes? (?:of|by)", both
    ):
        scores["veto"] = min(scores["veto"], scores["draft_resolution"] * 0.5)
        scores["draft_resolution"] += 1.5
    # Adoptions and meetings are UN organs' acts: an EU, US or Arab League decision, or
    # a minister meeting a president, is "other" news, however it is worded.
    if not _UN_ORGAN.search(both):
        scores["resolution_adopted"] = 0.0
        scores["meeting"] = 0.0
    elif _OTHER_ACTOR_TITLE.search(title) and not _UN_ORGAN.search(title):
        scores["resolution_adopted"] = 0.0
    if re.search(
        r"\b(?:assembly|council) (?:debates?|meets|hears|discusses)\b|remarks to the (?:security council|"
        r"general assembly|council)|\bbriefing\b|\bbriefs\b|open debate",
        title,
    ):
        scores["meeting"] += 5
    if re.search(r"\breport\b|\bfindings?\b|\bfinds\b", title):
        scores["report"] += 2
    if _COURT.search(title):
        scores["report"] = min(scores["report"], 1.0)
        scores["other"] = max(scores["other"], 3.0)
    first_sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if _SPEAKERS.search(first_sentence) or _SAYS_IN_TITLE.search(title):
        scores["statement"] += 7
    # "expected to vote tomorrow" is the news even when the body recalls an old veto.
    if re.search(
        r"(?:expected|scheduled|set|due) to vote|vote (?:is )?(?:scheduled|expected)|vote postponed|postponed",
        title,
    ):
        scores["vote_scheduled"] += 4


_UN_ORGAN = re.compile(
    r"\b(?:security council|general assembly|human rights council|council|assembly|u\.n\.|un|"
    r"united nations|conseil|assemblee)\b|مجلس الأمن|الجمعية العامة"
)
_OTHER_ACTOR_TITLE = re.compile(
    r"^(?:eu|europe|european union|u\.s\.|us|united states|washington|arab league|britain|"
    r"france|germany|canada|treasury|l'ue|l'union europeenne|la ligue arabe)\b"
)

# Who speaks: a rights group or an official as the subject of the first sentence means the
# item is their reaction (a statement), even when it is about a veto.
_SPEAKERS = re.compile(
    r"^(?:[\w'-]+ ){0,12}?(?:amnesty international|human rights watch|fidh|ecchr|"
    r"open society|civil rights defenders|syrian (?:center|network)|the organi[sz]ation|"
    r"a (?:human )?rights organi[sz]ation|rights chief|high commissioner|prosecutor|"
    r"(?:foreign |prime )?minister|ambassador|spokesperson|secretary-general|president)\b"
    r"[^.]{0,120}\b(?:said|says|called|urged|welcomed|condemned|accused|denounced)\b"
)
_SAYS_IN_TITLE = re.compile(
    r"(?:,|:) (?:says|say|said) [\w' -]{2,60}$|^(?:amnesty international|human rights watch|hrw)\b"
    r"|\b(?:rights chief|prosecutor|high commissioner|envoy|minister) (?:says|said)$"
)
# Courts judge; they do not report: a verdict is "other" news however it is worded.
_COURT = re.compile(r"\b(?:verdict|convict\w*|guilty|sentenc\w*|life terms?|in absentia|jails?)\b")


def extract_actors(text: str, event_type: EventType | None = None) -> tuple[Actor, ...]:
    """Council members named as vetoing, voting against, abstaining or threatening a veto."""
    return _actors(fold(text), event_type)


def _actors(folded: str, event_type: EventType | None) -> tuple[Actor, ...]:
    found: list[Actor] = []
    for role, words, pattern in _ROLE_PATTERNS:
        if not any(w in folded for w in words):
            continue
        for m in pattern.finditer(folded):
            for raw in _NAMES.findall(m.group(1)):
                name = _NAME_LOOKUP.get(raw.strip(), raw.strip())
                actor = Actor(name, role)
                if actor not in found:
                    found.append(actor)
    if event_type == "veto":
        # A permanent member that voted against a failed draft vetoed it.
        found += [
            Actor(a.name, "vetoed")
            for a in found
            if a.role == "voted_against"
            and a.name in _PERMANENT
            and Actor(a.name, "vetoed") not in found
        ]
    order = {"vetoed": 0, "threatened_veto": 1, "voted_against": 2, "abstained": 3, "voted_for": 4}
    return tuple(sorted(found, key=lambda a: (order[a.role], a.name)))


def parse_tally(text: str) -> VoteTally | None:
    """'13 votes in favour, 2 against (China, Russian Federation), 0 abstentions' and kin."""
    return _tally(fold(text))


def _tally(folded: str) -> VoteTally | None:
    # Every full tally says "in favo(u)r"; the substring test spares the scan without one.
    m = _TALLY.search(folded) if "in favo" in folded else None
    if m and m.group(2) is not None:
        against_names = _names(m.group(3))
        abstaining = _names(m.group(5))
        return VoteTally(
            in_favour=int(m.group(1)),
            against=_count(m.group(2)),
            abstentions=_count(m.group(4)) if m.group(4) else len(abstaining),
            against_members=against_names,
            abstaining_members=abstaining,
        )
    short = _SHORT_TALLY.search(folded)
    if short:
        return VoteTally(
            in_favour=int(short.group(1)),
            against=int(short.group(2)),
            abstentions=int(short.group(3) or 0),
        )
    return None


def _count(value: str) -> int:
    return int(value) if value.isdigit() else 0


def _names(group: str | None) -> tuple[str, ...]:
    if not group:
        return ()
    names = []
    for raw in _NAMES.findall(group):
        name = _NAME_LOOKUP.get(raw.strip(), raw.strip())
        if name not in names:
            names.append(name)
    return tuple(names)


# Past-tense developments happened on or before the day the item was published; a vote
# announced happens on or after it.
_PAST: frozenset[EventType] = frozenset({"veto", "resolution_adopted", "meeting"})
# A date this long before publication is history the item recalls ("the first veto, on
# 4 October 2011"), not the date of the development it reports.
_HISTORY = timedelta(days=7)


def _event_date(folded: str, published: datetime | None, event_type: EventType) -> date | None:
    """The date of the vote or meeting the item reports, when it states one.

    Sentences that carry a cue of the event type are read first; a stated date long before
    the publication date is taken as background and skipped.
    """
    sentences = re.split(r"(?<=[.;!?])\s+", folded)
    cues = _COMPILED.get(event_type, ())
    ordered = sorted(
        sentences, key=lambda s: 0 if any(p.search(s) for p, _ in cues) else 1
    )  # stable: within each group, text order
    past = event_type in _PAST
    base = published.date() if published is not None else None
    for sentence in ordered:
        if not _DATE_CONTEXT.search(sentence):
            continue
        for found in _dates_in(sentence, published):
            if _plausible(found, base, past=past):
                return found
        if base is not None and (m := _RELATIVE.search(sentence)):
            return _relative(m.group(1), base, past=past)
    return None


def _plausible(found: date, base: date | None, *, past: bool) -> bool:
    if base is None:
        return True
    if not base - _HISTORY <= found <= base + timedelta(days=60):
        return False
    # A day's grace for past events: the publication stamp is UTC, the vote local time.
    return not (past and found > base + timedelta(days=1))


def _dates_in(sentence: str, published: datetime | None) -> list[date]:
    found: list[date] = []
    for m in _DAY_MONTH_YEAR.finditer(sentence):
        year = int(m.group(3)) if m.group(3) else (published.year if published else None)
        if year and (d := _safe_date(year, _MONTHS[m.group(2)], int(m.group(1)))):
            found.append(d)
    for m in _MONTH_DAY_YEAR.finditer(sentence):
        year = int(m.group(3)) if m.group(3) else (published.year if published else None)
        if year and (d := _safe_date(year, _MONTHS[m.group(1)], int(m.group(2)))):
            found.append(d)
    return found


def _relative(word: str, base: date, *, past: bool = False) -> date:
    if word == "tomorrow":
        return base + timedelta(days=1)
    if word == "yesterday":
        return base - timedelta(days=1)
    for index, name in enumerate(_WEEKDAYS):
        if name in word:
            if past:  # "Russia on Thursday vetoed": the last Thursday, today included
                return base - timedelta(days=(base.weekday() - index) % 7)
            return base + timedelta(days=(index - base.weekday()) % 7)
    return base  # today, tonight, this morning...


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
