"""Typed data passed between layers. Frozen dataclasses; closed sets are Literals."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, BinaryIO, Literal, Protocol

if TYPE_CHECKING:  # the story rules are imported at the first alert, not with the models
    from demandwatch.core.stories import TextReading

Day = date  # see Event.date

EventType = Literal[
    "veto",
    "resolution_adopted",
    "draft_resolution",
    "vote_scheduled",
    "meeting",
    "statement",
    "report",
    "other",
]
# Severity follows DESIGN.md's order: the first is the most severe.
EVENT_TYPES: tuple[EventType, ...] = (
    "veto",
    "resolution_adopted",
    "draft_resolution",
    "vote_scheduled",
    "meeting",
    "statement",
    "report",
    "other",
)

DemandStatus = Literal["active", "paused", "achieved"]
DemandPriority = Literal["high", "normal", "low"]
SourceTier = Literal["official", "news", "ngo", "aggregator"]
KeyRule = Literal["default", "un_press_symbol", "un_news_story_id"]
# "not_configured": a setting the source needs is missing (ReliefWeb's appname); nothing
# was asked, and it is not counted as a failure (no health notices).
# "deferred": the source asked us to wait (Retry-After) longer than a poll waits; nothing
# was asked this time, and it is not a failure.
# "not_modified": the server said so (304); "unchanged": the same body as last time;
# "no_new_items": a different body (re-ordered, re-dated, an item dropped) listing nothing
# new or revised; "new_items": at least one new or revised item was recorded (or the
# baseline was taken).
OutcomeStatus = Literal[
    "new_items",
    "no_new_items",
    "not_modified",
    "unchanged",
    "failed",
    "not_configured",
    "deferred",
]
# Transitions: core.delivery.TRANSITIONS.
AlertState = Literal["pending", "delivering", "posted", "held", "failed", "claimed", "dismissed"]
Priority = Literal["P1", "P2", "P3"]
ActorRole = Literal["vetoed", "voted_against", "abstained", "voted_for", "threatened_veto"]


# Members of the Security Council: a tally of fifteen accounts for every seat.
COUNCIL_SEATS = 15
# Affirmative votes a Security Council draft needs to be adopted (UN Charter, Article 27).
SECURITY_COUNCIL_VOTES_TO_ADOPT = 9


@dataclass(frozen=True)
class VoteTally:
    """A recorded vote: totals, and who voted against or abstained."""

    in_favour: int
    against: int
    abstentions: int
    non_voting: int = 0
    against_members: tuple[str, ...] = ()
    abstaining_members: tuple[str, ...] = ()
    adopted: bool | None = None

    def summary(self) -> str:
        """'13 in favour, 2 against (China, Russian Federation), 0 abstentions'.

        A count of abstentions the tally does not account for is not said: "13 in favour,
        1 against" leaves one of the Council's fifteen seats unaccounted for (an abstention
        or an absence, the source does not say), and "0 abstentions" would put in a
        responder's statement a figure no source gave. Zero is said when all fifteen seats
        are accounted for, or when members are named as abstaining."""
        against = f" ({', '.join(self.against_members)})" if self.against_members else ""
        said = f"{self.in_favour} in favour, {self.against} against{against}"
        accounted = self.in_favour + self.against + self.abstentions + self.non_voting
        if self.abstentions == 0 and not self.abstaining_members and accounted != COUNCIL_SEATS:
            return said
        abstaining = f" ({', '.join(self.abstaining_members)})" if self.abstaining_members else ""
        # (members named as abstaining are that many abstentions, whatever count was read)
        count = max(self.abstentions, len(self.abstaining_members))
        return f"{said}, {count} abstention{'' if count == 1 else 's'}{abstaining}"


@dataclass(frozen=True)
class Actor:
    name: str
    role: ActorRole


# A veto is a permanent member's negative vote, and a cast veto answers its threat: saying
# "vetoed" and "voted against" (or "threatened a veto") of one member repeats one act.
_SUBSUMED_BY_VETO: frozenset[ActorRole] = frozenset({"voted_against", "threatened_veto"})


def distinct_acts(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    """The actors as a reader wants them: a member that vetoed is not also listed as voting
    against or threatening a veto; order and everything else kept."""
    actors = tuple(actors)
    vetoed = {a.name for a in actors if a.role == "vetoed"}
    return tuple(a for a in actors if not (a.name in vetoed and a.role in _SUBSUMED_BY_VETO))


@dataclass(frozen=True)
class Event:
    """What kind of development an item reports, who did what, and when."""

    type: EventType = "other"
    actors: tuple[Actor, ...] = ()
    # Annotated through an alias: inside the class, ``date`` names this field, and tools
    # that read the annotation (the store codec's pydantic adapters) would find None.
    date: Day | None = None
    vote: VoteTally | None = None
    # The item reports a Council draft voted down for want of nine votes: read ``other``
    # by the labelling convention (no veto), routed and drafted as the draft voted down
    # it is. Set where the item's own facts join the text's reading
    # (:func:`core.council.with_item_facts`).
    council_short_of_nine: bool = False

    @property
    def vetoers(self) -> frozenset[str]:
        """The members the event names as having vetoed (the story key and eval read this)."""
        return frozenset(a.name for a in self.actors if a.role == "vetoed")


@dataclass(frozen=True)
class Item:
    """One entry of one source, normalised."""

    source_id: str
    key: str
    url: str
    title: str
    text: str
    published: datetime
    fetched: datetime
    language: str | None = None
    symbols: tuple[str, ...] = ()
    published_trusted: bool = True
    # A recorded vote, where the source states one (UN Digital Library voting records).
    vote: VoteTally | None = None
    # The outlet behind an aggregator's link (Google News <source>).
    outlet: str | None = None
    # ``published`` stands for a day the source gave without a time of day (a voting
    # record's 269): shown as that day, never as a time a reader would take for the event's.
    published_date_only: bool = False

    @property
    def day_given(self) -> date | None:
        """The day the source gave without a time of day, if that is all it gave: a voting
        record's day, or a feed's bare date ("2026-12-01"), read as that day's midnight UTC,
        which west of UTC is the evening before. Every reader that shows or cites the item's
        day (Slack's source line, the draft) takes this day rather than converting it."""
        utc = self.published.astimezone(UTC)
        if self.published_date_only or utc.time() == time.min:
            return utc.date()
        return None


@dataclass(frozen=True)
class Demand:
    id: str
    campaign_id: str
    title: str
    status: DemandStatus
    priority: DemandPriority
    owner: str
    query: str
    position: str
    asks: tuple[str, ...]
    spokesperson: str
    channel: str | None = None
    # The permanent members whose veto, read by the event rules on an item inside the
    # campaign's context, matches this demand whatever its query says (see core.vetoed).
    on_veto_by: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Match:
    """An item matched to a demand, with the terms that made it match (the 'why')."""

    demand_id: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Alert:
    """What a notifier delivers: one item with every demand it matched."""

    id: str
    item: Item
    matches: tuple[Match, ...]
    source_name: str
    created: datetime
    demand_titles: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    event: Event = Event()
    priority: Priority = "P2"
    story_id: str | None = None
    # After a veto the General Assembly must meet within ten working days (A/RES/76/262).
    ga_debate_due: date | None = None
    # Each matched demand's campaign when the alert was made: an alert still waiting when
    # its demand is renamed or removed goes on to its campaign's channel (probe s16 R1).
    demand_campaigns: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class SourceState:
    """What the store remembers about a source between polls."""

    source_id: str
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    last_success: datetime | None = None
    last_attempt: datetime | None = None
    consecutive_failures: int = 0
    last_error: str | None = None
    last_new_item: datetime | None = None
    baseline_done: bool = False
    # An outage or silence of this source was reported and has not yet recovered.
    health_notified: bool = False
    # Which of the two was said last ("failing" or "silent"), so that a silent source that
    # then fails is reported failing (probe s16 R8); None in a state saved before.
    health_kind: str | None = None
    # No request to this source before this time: its 429's Retry-After, or the spacing
    # its publisher asks for (GDELT: 5 s), kept across runs and processes.
    retry_at: datetime | None = None
    # Why the source cannot be asked at all as configured (ReliefWeb without its appname),
    # from its last poll; None once a poll could ask it. Status says "not configured".
    setup_error: str | None = None
    # The first time this source was asked. A source whose first polls failed takes its
    # baseline at its first good poll: what it published since this time is news, not
    # baseline (None: the first poll succeeded, or the state predates the field).
    watching_since: datetime | None = None
    # A paged harvest (OAI-PMH) cut at its poll's time budget: the resumption token of the
    # page it stopped before, so the next poll goes on from there rather than starting over,
    # and when the cut harvest began (its ``last_success`` once it completes).
    harvest_token: str | None = None
    harvest_from: datetime | None = None
    # What the source polled when this was saved (core.identity.polled_feed): a source
    # renamed in sources.yaml finds its state under its old id by it (probe s16 R9).
    feed: str | None = None


class SpooledBody(Protocol):
    """A body too large to hold in memory, written to a temporary file as it arrived
    (sources.http): a feed of thirty 1 MB items is 30 MB, and its parse needs only one
    entry at a time. Its hash and its ends are taken as it is written."""

    @property
    def sha256(self) -> str:
        """The SHA-256 of the whole body, in hex."""
        ...

    @property
    def head(self) -> bytes:
        """The body's first bytes (at least 4,096 of it)."""
        ...

    @property
    def tail(self) -> bytes:
        """The body's last bytes (at least 4,096 of it)."""
        ...

    def __len__(self) -> int: ...

    def reader(self) -> BinaryIO:
        """The body from its start, to read as a stream (one reader at a time)."""
        ...

    def read(self) -> bytes:
        """The whole body in memory (for parsers that cannot read a stream)."""
        ...

    def close(self) -> None: ...


# A fetched body: in memory, or spooled to a file when it is large.
Body = bytes | SpooledBody


def body_bytes(body: Body) -> bytes:
    """The whole body in memory."""
    return body if isinstance(body, bytes) else body.read()


def body_edges(body: Body, size: int = 4096) -> tuple[bytes, bytes]:
    """The first and the last ``size`` bytes of the body (``size`` at most 4,096)."""
    if isinstance(body, bytes):
        return body[:size], body[-size:]
    return body.head[:size], body.tail[-size:]


@dataclass(frozen=True)
class FetchResult:
    """The HTTP side of one poll: either a body to parse or the reason there is none."""

    status: Literal["ok", "not_modified", "failed"]
    body: Body = b""
    headers: dict[str, str] = field(default_factory=dict, hash=False)
    http_status: int | None = None
    reason: str | None = None
    retry_after: float | None = None
    elapsed_ms: float = 0.0
    # Where the feed lives now, when every redirect from the configured URL was permanent
    # (301, 308): the operator should update sources.yaml (credentials taken out).
    moved_to: str | None = None


@dataclass(frozen=True)
class PollOutcome:
    """How one source ended one poll. Every source gets exactly one per run."""

    source_id: str
    status: OutcomeStatus
    items: int = 0
    new: int = 0  # documents no source had listed before
    matched: int = 0
    elapsed_ms: float = 0.0
    reason: str | None = None
    retry_after: float | None = None
    baseline: bool = False
    # Known documents whose title or lede changed (each re-examined; see core/identity.py).
    changed: int = 0
    # Entries of the answer dropped as unreadable (the rest of it was used).
    skipped: int = 0
    # The feed moved permanently here (see FetchResult.moved_to).
    moved_to: str | None = None
    # New documents (or versions) remembered without alerting because they are dated
    # beyond max_item_age: said, so a report dated a year back by its publisher is not
    # dropped silently (probe s18 P2). Not counted in a baseline (the feed's history).
    too_old: int = 0


@dataclass(frozen=True)
class Report:
    """What a version of a document reports, as far as telling news from a rewording
    goes: its event (None: it matched no demand, so it was not classified), the demands
    it matched, and the facts of a Council decision it reports (the documents it names,
    who vetoed, the votes for and against: ``doc:S/2026/2701``, ``vetoer:China``,
    ``vote:13-2``), so that a live blog rewritten to report a second veto, or corrected
    as to who vetoed, is news. ``facts`` None: not known (a record from before facts
    were kept, or a version that was not classified)."""

    event: EventType | None = None
    demands: frozenset[str] = frozenset()
    facts: frozenset[str] | None = None

    def to_text(self) -> str:
        """The store's ``report`` column: ``event|demand,demand``, the form every release
        reads. The facts go in a column of their own (:meth:`facts_text`): a release from
        before facts were kept, run again after a rollback, read ``|fact;fact`` here as a
        demand no version matched and alerted every revised document again (probe s15 K6)."""
        return f"{self.event or ''}|{','.join(sorted(self.demands))}"

    def facts_text(self) -> str | None:
        """The store's ``report_facts`` column: ``fact;fact`` ("" none, None unknown)."""
        return None if self.facts is None else ";".join(sorted(self.facts))

    @classmethod
    def from_text(cls, text: str | None, facts: str | None = None) -> Report | None:
        """The inverse of :meth:`to_text` and :meth:`facts_text`; None (a record from
        before reports were remembered, or one unreadable) stays None: unknown, never
        "nothing". A ``report`` written as ``event|demands|facts`` (by the releases that
        kept the facts there) reads as it was written."""
        if not text or "|" not in text:
            return None
        event, _, rest = text.partition("|")
        if event and event not in EVENT_TYPES:
            return None
        demands, sep, inline = rest.partition("|")
        if sep:
            facts = inline
        return cls(
            event=event or None,  # narrowed by the EVENT_TYPES check above
            demands=frozenset(d for d in demands.split(",") if d),
            facts=None if facts is None else frozenset(f for f in facts.split(";") if f),
        )


@dataclass(frozen=True, slots=True)
class SeenDocument:
    """What the store remembers of a document: which version was seen, how urgent the
    most urgent alert it raised was (0: it raised none), and what the version seen
    reported (None: recorded before reports were remembered).

    (Slots: a poll reads one for every document its feed lists that the store knows,
    10,000 of them held at once for a feed of 10,000 items, bench memory_10k.)"""

    key: str
    fingerprint: str
    level: int = 0
    report: Report | None = None


@dataclass(frozen=True)
class NewEntry:
    """A document to remember (a new one, or a new version of a known one), with the
    alert it raises (None: remember only).

    ``revises`` is the fingerprint of the version this one replaces (None: a document
    not seen before); the store records the entry only if that is still what it holds,
    so of two pollers recording the same document exactly one wins.
    """

    key: str
    alert: Alert | None = None
    fingerprint: str = ""
    level: int = 0
    revises: str | None = None
    report: Report | None = None
    # Dated beyond the source's max_item_age: remembered without being examined.
    too_old: bool = False
    # What the story rules read from the alert's text, read where it was decided (a parse
    # worker): None where not read (see ``core.pipeline.assign_stories``).
    reading: TextReading | None = None
    # The document's key across a re-listing under another link or guid (identity.
    # relisting_key), recorded beside ``key`` when this entry is; None: it has none.
    relisting_key: str | None = None


# --- Slack delivery state: threads, claims and feedback (issue 4)


@dataclass(frozen=True)
class Thread:
    """Where one story lives in one Slack channel: its top-level message and what hangs off it."""

    story_id: str
    channel: str  # Slack channel id
    ts: str  # the top-level message ("" while claimed and not yet posted)
    alert_id: str  # the alert the top-level message shows
    replies: int = 0  # later alerts of the story posted in its thread
    muted_by: str | None = None
    muted_at: datetime | None = None

    @property
    def muted(self) -> bool:
        return self.muted_by is not None

    @property
    def posted(self) -> bool:
        """False while the thread is only claimed: its first post is not recorded yet."""
        return bool(self.ts)


@dataclass(frozen=True)
class Mark:
    """Who first claimed (dismissed, muted) something, and when.

    ``won`` is True when the call that returned the mark made it, False when someone
    else got there first (the mark then names them).
    """

    user: str
    at: datetime
    won: bool = False


@dataclass(frozen=True)
class AlertStatus:
    """What the store knows about one alert's delivery and what people did with it."""

    alert_id: str
    state: AlertState
    attempts: int = 0
    channel: str | None = None
    ts: str | None = None
    claimed: Mark | None = None
    dismissed: Mark | None = None
    drafted: Mark | None = None  # the first draft statement made for it (the digest says so)


@dataclass(frozen=True)
class Feedback:
    """An alert a person marked "Not relevant": what matched, to tune the demand queries."""

    alert_id: str
    source_id: str
    item_key: str
    url: str
    title: str
    matches: tuple[Match, ...]
    user: str
    at: datetime
    verdict: Literal["not_relevant"] = "not_relevant"
