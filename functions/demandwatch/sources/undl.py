"""UN Digital Library voting records, harvested over OAI-PMH, normalised to Items.

How to ask: the library's ``/search`` page sits behind a bot firewall that answers scripts
with a 202 and a JavaScript challenge on every request; its OAI-PMH endpoint
(``https://digitallibrary.un.org/oai2d``) is the way in for a harvester. A poll asks
``verb=ListRecords&metadataPrefix=marcxml&from=<day of the last harvest, less a margin>``
(and the ``set`` the configured URL names, if any), then follows ``resumptionToken``s
page by page. ``noRecordsMatch`` is an empty harvest, not a failure; any other OAI error
is. Records are kept when the source's ``query`` words begin words of their title,
subjects or notes ("syria" catches "Syrian Arab Republic", the name records use); the
per-country votes (967) are not searched, as every General Assembly record names every
member State. A configured ``/search`` URL is still asked as a MARCXML search (``of=xm``).

The library (digitallibrary.un.org, a TIND/Invenio catalogue) describes each recorded
vote on a resolution as one MARC record. The fields read here, as the Dag Hammarskjöld
Library's UNBIS reference manual documents them for voting records:

* ``001``            control number; the record is ``https://digitallibrary.un.org/record/<001>``
* ``245 $a $b $c``   title ("The situation in the Middle East : resolution / adopted by ...")
* ``269 $a``         date of the vote, ``YYYY-MM-DD`` (older records: ``992 $a`` ``YYYYMMDD``)
* ``791 $a``         resolution symbol (``S/RES/2642(2022)``); ``191 $a`` on document records
* ``952 $a``         meeting record (``S/PV.9089``); ``993 $a`` the draft (``S/2022/538``)
* ``996``            vote totals: ``$a`` note ("Adopted 13-0-2, 4683rd meeting"), ``$b`` yes,
                     ``$c`` no, ``$d`` abstentions, ``$e`` non-voting, ``$f`` total members
* ``967`` (and ``968``/``969`` in General Assembly records, split for length): one per
  member State — ``$a`` running number, ``$b`` P/R (permanent/rotating Council member),
  ``$c`` country code, ``$d`` vote ``Y``/``N``/``A`` (absent when the State did not vote),
  ``$e`` the State's name in capitals.

The library keeps voting records for *adopted* resolutions only: a vetoed draft has none,
so a veto reaches us through the press release, not through this source.

A web application firewall sits in front of the search and answers scripts it dislikes
with a ``202``; the fetcher already fails every non-200, and a hint says why.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from demandwatch.core.identity import trusted_published
from demandwatch.core.models import Item, VoteTally
from demandwatch.core.symbols import find_symbols
from demandwatch.core.text import squash_spaces, tokens
from demandwatch.exceptions import FeedParseError
from demandwatch.sources.http import RequestSpec

RECORD_URL = "https://digitallibrary.un.org/record/{}"
# Newest records first, a page big enough to span a busy week of Council votes.
_DEFAULT_PARAMS = {"so": "d", "rg": "25"}
_VOTE_TAGS = ("967", "968", "969")
_ISO_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


OAI_NS = "http://www.openarchives.org/OAI/2.0/"
# Records catalogued a little before the last harvest's day are asked for again (the
# library's datestamps and our clock need not agree); the seen-set drops repeats.
HARVEST_MARGIN = timedelta(days=2)
# With no earlier harvest: the last month (the first poll is a baseline anyway).
FIRST_HARVEST = timedelta(days=30)
# Record fields whose words the source's query is looked for in.
_SEARCHED = ("245", "246", "500", "520", "650", "651", "991", "996")
_ACCEPT = "application/xml, text/xml;q=0.9"


def is_oai(url: str) -> bool:
    return urlsplit(url).path.rstrip("/").endswith("/oai2d")


def request(
    url: str,
    *,
    query: str | None = None,
    since: datetime | None = None,
    now: datetime | None = None,
) -> RequestSpec:
    """The first request of a poll: an OAI-PMH ``ListRecords`` harvest from the day of the
    last one (``since``), or, for a ``/search`` URL, the MARCXML search."""
    if is_oai(url):
        return _harvest(url, since=since, now=now)
    return _search(url, query=query)


def _harvest(url: str, *, since: datetime | None, now: datetime | None) -> RequestSpec:
    parts = urlsplit(url)
    configured = dict(parse_qsl(parts.query, keep_blank_values=True))
    start = (since - HARVEST_MARGIN) if since else (now or datetime.now(UTC)) - FIRST_HARVEST
    params = {"verb": "ListRecords", "metadataPrefix": "marcxml", "from": f"{start:%Y-%m-%d}"}
    if configured.get("set"):
        params["set"] = configured["set"]
    return _oai_spec(urlunsplit(parts._replace(query=urlencode(params))))


def next_request(url: str, body: bytes) -> RequestSpec | None:
    """The request for the next page of a harvest (None when ``body`` was the last)."""
    if not is_oai(url):
        return None
    token = resumption_token(body)
    if not token:
        return None
    return resume(url, token)


def resume(url: str, token: str) -> RequestSpec:
    """The request for the page of a harvest ``token`` names: the next page, or the page a
    poll cut at its time budget stopped before (kept with the source)."""
    parts = urlsplit(url)
    # OAI-PMH: a resumptionToken request carries the verb and the token, nothing else.
    query = urlencode({"verb": "ListRecords", "resumptionToken": token})
    return _oai_spec(urlunsplit(parts._replace(query=query)))


def _oai_spec(url: str) -> RequestSpec:
    return RequestSpec(
        url=url,
        headers={"Accept": _ACCEPT},
        expect="feed",
        # A harvest from a date is answered afresh (responseDate changes every time).
        conditional=False,
        hints={
            202: "the UN Digital Library firewall answered instead of the OAI-PMH endpoint; "
            "try again later",
        },
    )


def resumption_token(body: bytes) -> str | None:
    m = _TOKEN.search(body[-8192:])
    if m is None:
        return None
    token = m.group(1).decode("utf-8", errors="replace").strip()
    return html.unescape(token) or None


_TOKEN = re.compile(rb"<(?:\w+:)?resumptionToken\b[^>]*>([^<]*)</(?:\w+:)?resumptionToken>")


def _search(url: str, *, query: str | None = None) -> RequestSpec:
    """The search request: ``query`` becomes the search pattern ``p``; MARCXML is forced."""
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    for name, value in _DEFAULT_PARAMS.items():
        params.setdefault(name, value)
    if query is not None:
        params["p"] = query
    # Whatever the configured URL says, only MARCXML is parsed here.
    params["of"] = "xm"
    return RequestSpec(
        url=urlunsplit(parts._replace(query=urlencode(params))),
        headers={"Accept": "application/marcxml+xml, application/xml;q=0.9, text/xml;q=0.8"},
        expect="feed",
        hints={
            202: "the UN Digital Library firewall answered instead of the search "
            "(it does this to scripted clients); try again later",
        },
    )


def parse_records(
    body: bytes, *, source_id: str, fetched: datetime, query: str | None = None
) -> list[Item]:
    """Items of an OAI-PMH ``ListRecords`` page or a MARCXML ``<collection>``; records
    without any of ``query``'s words are left out. FeedParseError if it is neither, or if
    it is cut off (a truncated body is not well-formed XML)."""
    _refuse_dtd(body)
    try:
        root = ET.fromstring(body)  # noqa: S314 - DTDs refused above, expat limits expansion
    except ET.ParseError as exc:
        raise FeedParseError(f"UN Digital Library: not well-formed XML ({exc})") from exc
    name = _local(root.tag)
    if name == "record":
        elements = [root]
    elif name == "collection":
        elements = [child for child in root if _local(child.tag) == "record"]
    elif name == "OAI-PMH":
        elements = _oai_records(root)
    else:
        raise FeedParseError(f"UN Digital Library: expected a MARCXML <collection>, got <{name}>")
    records = [_Record.read(element) for element in elements]
    items = [
        item
        for record in records
        if _wanted(record, query) and (item := _item(record, source_id, fetched)) is not None
    ]
    if records and not items and not any(r.control.get("001") for r in records):
        raise FeedParseError("UN Digital Library: no record carries a control number (001)")
    return items


def _oai_records(root: ET.Element) -> list[ET.Element]:
    """The MARC records of a ListRecords answer (deleted records have none)."""
    for error in root.iter(f"{{{OAI_NS}}}error"):
        code = error.get("code", "")
        if code == "noRecordsMatch":  # nothing catalogued since the last harvest
            return []
        text = squash_spaces(error.text or "")
        raise FeedParseError(f"UN Digital Library OAI-PMH error {code}: {text}"[:300])
    listing = root.find(f"{{{OAI_NS}}}ListRecords")
    if listing is None:
        raise FeedParseError("UN Digital Library: OAI-PMH answer without ListRecords")
    found: list[ET.Element] = []
    for record in listing.iter(f"{{{OAI_NS}}}record"):
        metadata = record.find(f"{{{OAI_NS}}}metadata")
        if metadata is None:
            continue
        found.extend(child for child in metadata if _local(child.tag) == "record")
    return found


def _wanted(record: _Record, query: str | None) -> bool:
    """Whether a word of ``query`` begins a word of the record's title, subjects or notes."""
    if not query:
        return True
    words = set(tokens(query))
    text = " ".join(
        v for tag in _SEARCHED for subfields in record.fields(tag) for _, v in subfields
    )
    return any(w.startswith(q) for w in tokens(text) for q in words)


@dataclass
class _Record:
    """One MARC record: control fields by tag, data fields as lists of (code, value)."""

    control: dict[str, str] = field(default_factory=dict)
    data: dict[str, list[list[tuple[str, str]]]] = field(default_factory=dict)

    @classmethod
    def read(cls, element: ET.Element) -> _Record:
        record = cls()
        for child in element:
            kind, tag = _local(child.tag), child.get("tag", "")
            if kind == "controlfield":
                record.control[tag] = (child.text or "").strip()
            elif kind == "datafield":
                subfields = [
                    (sub.get("code", ""), squash_spaces(sub.text or ""))
                    for sub in child
                    if _local(sub.tag) == "subfield"
                ]
                record.data.setdefault(tag, []).append(subfields)
        return record

    def fields(self, tag: str) -> list[list[tuple[str, str]]]:
        return self.data.get(tag, [])

    def first(self, tag: str, code: str) -> str | None:
        for subfields in self.fields(tag):
            for c, value in subfields:
                if c == code and value:
                    return value
        return None

    def all(self, tag: str, code: str) -> list[str]:
        return [v for subfields in self.fields(tag) for c, v in subfields if c == code and v]


def _item(record: _Record, source_id: str, fetched: datetime) -> Item | None:
    control = record.control.get("001")
    if not control:
        return None
    raw_symbol = record.first("791", "a") or record.first("191", "a")
    symbol = _canonical(raw_symbol) if raw_symbol else None
    drafts = [_canonical(s) for s in record.all("993", "a")]
    meeting = record.first("952", "a")
    voted_on = _vote_date(record)
    note = record.first("996", "a")
    vote = _tally(record, symbol, note)

    heading = _title(record) or "Voting record"
    title = f"{symbol} — {heading}" if symbol else heading
    text = _describe(symbol, voted_on, meeting, drafts, vote, note)
    if subjects := _subjects(record):
        # "SYRIAN ARAB REPUBLIC--SITUATION": records name the country the way the UN does,
        # and a resolution titled "The situation in the Middle East" says Syria only here.
        text += f" Subjects: {'; '.join(subjects)}."
    published, trusted = trusted_published(
        # Noon UTC: the record gives a day, and noon keeps it the same day from New York
        # to Geneva (midnight UTC is the evening before in New York's drafts).
        datetime(voted_on.year, voted_on.month, voted_on.day, 12, tzinfo=UTC) if voted_on else None,
        fetched,
    )
    symbols = find_symbols(" ".join(s for s in (symbol, *drafts, title, text) if s))
    return Item(
        source_id=source_id,
        key=f"undl:{control}",
        url=RECORD_URL.format(control),
        title=title,
        text=text,
        published=published,
        fetched=fetched,
        language="en",
        symbols=symbols,
        published_trusted=trusted,
        vote=vote,
        outlet="UN Digital Library",
        # The record gives the day of the vote, not its time (probe s16 R7: "12:00 UTC"
        # beside a veto read as the time of the vote); a day refused for being in the
        # future falls back to the fetch time, which is a time.
        published_date_only=trusted,
    )


def _subjects(record: _Record) -> list[str]:
    """Subject headings (991 $d, 650/651 $a) as prose: 'Syrian Arab Republic--situation'."""
    found: list[str] = []
    for tag, code in (("991", "d"), ("651", "a"), ("650", "a")):
        for value in record.all(tag, code):
            heading = "--".join(member_name(part) for part in value.split("--"))
            if heading not in found:
                found.append(heading)
    return found[:8]


def _title(record: _Record) -> str:
    """245 without its cataloguing punctuation: 'X : resolution / adopted by' -> 'X: resolution
    adopted by'."""
    parts = [
        v for subfields in record.fields("245")[:1] for c, v in subfields if c and c in "abnpc"
    ]
    text = " ".join(parts)
    text = re.sub(r"\s+:", ":", text)
    text = re.sub(r"\s+/(\s+|$)", " ", text)
    return squash_spaces(text).rstrip(" /:;.")


def _vote_date(record: _Record) -> date | None:
    for tag in ("269", "992"):
        for value in record.all(tag, "a"):
            if m := _ISO_DATE.match(value):
                try:
                    return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                except ValueError:
                    continue
    return None


def _tally(record: _Record, symbol: str | None, note: str | None) -> VoteTally | None:
    """Totals from 996, members voting no or abstaining from 967/968/969."""
    against: list[str] = []
    abstaining: list[str] = []
    counted = {"Y": 0, "N": 0, "A": 0, "": 0}
    members = 0
    for tag in _VOTE_TAGS:
        for subfields in record.fields(tag):
            values = dict(subfields)
            members += 1
            vote = values.get("d", "").strip().upper()[:1]
            counted[vote if vote in counted else ""] += 1
            name = member_name(values.get("e", "")) or values.get("c", "").strip()
            if vote == "N" and name:
                against.append(name)
            elif vote == "A" and name:
                abstaining.append(name)
    totals = [_count(record.first("996", code)) for code in "bcde"]
    if all(t is None for t in totals[:3]):
        if not members or counted["Y"] + counted["N"] + counted["A"] == 0:
            # No totals and no recorded votes: adopted without a vote, or not a voting record.
            return None
        totals = [counted["Y"], counted["N"], counted["A"], counted[""]]
    yes, no, abstain, non_voting = (t or 0 for t in totals)
    # When 967 and 996 disagree (a unanimous vote catalogued without $d), the totals in
    # 996 are the library's statement of the vote; the names are kept as far as known.
    return VoteTally(
        in_favour=yes,
        against=no,
        abstentions=abstain,
        non_voting=non_voting,
        against_members=tuple(sorted(against)),
        abstaining_members=tuple(sorted(abstaining)),
        adopted=_adopted(symbol, note),
    )


def _adopted(symbol: str | None, note: str | None) -> bool | None:
    if note:
        lowered = note.lower()
        if "not adopted" in lowered or "failed" in lowered or "rejected" in lowered:
            return False
        if lowered.startswith("adopted"):
            return True
    # Only adopted resolutions carry a resolution symbol (and get a voting record at all).
    if symbol and "/RES/" in symbol.upper():
        return True
    return None


def _describe(
    symbol: str | None,
    voted_on: date | None,
    meeting: str | None,
    drafts: list[str],
    vote: VoteTally | None,
    note: str | None,
) -> str:
    """A plain statement of the record, with the vote summary the matcher and events read."""
    body = _body(symbol or (drafts[0] if drafts else None) or meeting)
    outcome = {True: "adopted", False: "not adopted", None: "voted on"}[
        vote.adopted if vote else _adopted(symbol, note)
    ]
    sentence = f"Voting record: {body} {'resolution ' + symbol if symbol else 'text'} {outcome}"
    if voted_on:
        sentence += f" on {voted_on.day} {voted_on:%B %Y}"
    if meeting:
        sentence += f" at meeting {meeting}"
    if drafts:
        sentence += f" (draft {', '.join(drafts)})"
    parts = [sentence + "."]
    if vote:
        summary = vote.summary()
        if vote.non_voting:
            summary += f", {vote.non_voting} not voting"
        parts.append(f"Vote: {summary}.")
    if note:
        parts.append(f"Note: {note.rstrip('.')}.")
    return " ".join(parts)


def _body(symbol: str | None) -> str:
    if symbol and symbol.startswith("S/"):
        return "Security Council"
    if symbol and symbol.startswith("A/"):
        return "General Assembly"
    return "UN"


_LOWER_WORDS = frozenset({"and", "of", "the", "de", "du", "des", "la", "le"})


def member_name(raw: str) -> str:
    """A member State's name as written in prose: 'RUSSIAN FEDERATION' -> 'Russian Federation',
    'IRAN (ISLAMIC REPUBLIC OF)' -> 'Iran (Islamic Republic of)'. Mixed case is kept."""
    name = squash_spaces(raw)
    if not name or name != name.upper():
        return name
    words = []
    for i, word in enumerate(name.lower().split(" ")):
        if i and word.strip("()") in _LOWER_WORDS:
            words.append(word)
        elif word.startswith("d'") and len(word) > 2:
            words.append("d'" + _capitalise(word[2:]))  # CÔTE D'IVOIRE -> Côte d'Ivoire
        else:
            words.append(_capitalise(word))
    return " ".join(words)


def _capitalise(word: str) -> str:
    # Each hyphenated part starts upper case (Guinea-Bissau); the first letter only, so
    # "people's" stays "People's" rather than str.title()'s "People'S".
    return "-".join(
        re.sub(r"^(\W*)(\w)", lambda m: m[1] + m[2].upper(), p) for p in word.split("-")
    )


def _count(value: str | None) -> int | None:
    if value is None:
        return None
    digits = value.strip()
    return int(digits) if digits.isdigit() else None


def _canonical(symbol: str) -> str:
    """'S/RES/2642(2022)' -> 'S/RES/2642 (2022)', the spelling find_symbols uses everywhere."""
    found = find_symbols(symbol)
    return found[0] if found else symbol.strip()


def _local(tag: str) -> str:
    """Element name without its namespace: MARCXML comes with and without the slim namespace."""
    return tag.rsplit("}", 1)[-1]


def _refuse_dtd(body: bytes) -> None:
    # MARCXML never carries a DTD; refusing one shuts out entity-expansion attacks from a
    # hostile or hijacked endpoint without another XML library.
    lowered = body.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        raise FeedParseError("UN Digital Library: a DTD or entity declaration is not accepted")
