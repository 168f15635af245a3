"""The models of the three configuration files: what validating them checks.

Kept apart from config because only validating needs them (``config.load_config``
imports this module where it validates): the Lambda functions read the build's snapshot
of the validated configuration (configsnapshot), which holds config's plain dataclasses
(``OrgFile.to_org`` makes the org file's), and validate no file, so a cold start imports
neither this module nor pydantic (see config's docstring).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import time, timedelta
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from demandwatch.config import (
    Contact,
    EscalationRule,
    FloodGuard,
    Org,
    QuietWindow,
    SourceKind,
    _check_channel,
    _check_timezone,
    parse_duration,
    parse_long_duration,
)
from demandwatch.core.calm import QuietP2, channel_key
from demandwatch.core.models import DemandPriority, DemandStatus, KeyRule, SourceTier
from demandwatch.exceptions import QuerySyntaxError

Duration = Annotated[timedelta, BeforeValidator(parse_duration)]
# A span of days or hours: its unit must be written (a bare number is refused, not seconds).
LongDuration = Annotated[timedelta, BeforeValidator(parse_long_duration)]
ID_PATTERN = r"^[a-z0-9][a-z0-9-]{0,62}$"
URL_PATTERN = r"^https?://"
COUNTRY_PATTERN = r"^[A-Za-z]{3}$"
Identifier = Annotated[str, Field(pattern=ID_PATTERN)]


def pattern_message(pattern: str, value: object) -> str | None:
    """What a value that does not match one of these patterns gets wrong, in an operator's
    words (probe s16 R6: "String should match pattern '^[a-z0-9]...'" asked an advocacy
    operator to read a regular expression); None for a pattern not written here."""
    if pattern == ID_PATTERN:
        message = (
            "an id may contain only lower-case letters a-z, digits and '-' (no accents, "
            "capitals or spaces), starts with a letter or digit and has at most 63 characters"
        )
        suggestion = _id_like(value) if isinstance(value, str) else ""
        if suggestion and suggestion != value:
            message += f": {value} → {suggestion}"
        return message
    if pattern == URL_PATTERN:
        return "url must start with http:// or https://"
    if pattern == COUNTRY_PATTERN:
        return "country is a three-letter ISO country code, as SYR for Syria"
    return None


def _id_like(value: str) -> str:
    """The id an operator most likely meant: accents dropped, lower case, '-' between words
    ("Détenus Syrie" → "detenus-syrie"); "" if nothing of it is left."""
    bare = "".join(
        ch for ch in unicodedata.normalize("NFKD", value) if not unicodedata.combining(ch)
    )
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-")[:63].rstrip("-")


class _Strict(BaseModel):
    # defer_build: a model's validator is built when it first validates, not at import.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def _duplicate_id(kind: str, value: str, at: tuple[str | int, ...]) -> PydanticCustomError:
    # A model validator's error is located at the model itself; ``at`` carries the path of
    # the second use, so the problem names that line rather than the top of the file.
    return PydanticCustomError(
        "duplicate_id", "{kind} id '{id}' is used twice", {"kind": kind, "id": value, "at": at}
    )


def _check_query(value: str) -> str:
    # Imported here: only a directory with queries to check needs the query engine.
    from demandwatch.core.query import compile_query

    try:
        compile_query(value)
    except QuerySyntaxError as exc:
        # The position travels with the error so the problem can name the file's line
        # and column inside a multi-line query (see config._problems_from).
        raise PydanticCustomError(
            "query_syntax",
            "query does not parse: {reason} at position {shown}",
            {"reason": exc.reason, "position": exc.position, "shown": exc.position + 1},
        ) from exc
    return value


# ------------------------------------------------------------------------------ sources


class SourceDefaults(_Strict):
    interval: Duration = timedelta(minutes=10)
    timeout: Duration = timedelta(seconds=20)
    expect_every: LongDuration = timedelta(days=2)
    max_bytes: int = Field(default=5_000_000, gt=0)


class SourceConfig(_Strict):
    id: Identifier
    name: str = Field(min_length=1)
    kind: SourceKind = "rss"
    url: str = Field(pattern=URL_PATTERN)
    tier: SourceTier
    key: KeyRule = "default"
    interval: Duration | None = None
    timeout: Duration | None = None
    expect_every: LongDuration | None = None
    max_bytes: int | None = Field(default=None, gt=0)
    enabled: bool = True
    notes: str | None = None
    # Kind-specific. query: the search (undl: the catalogue pattern; gdelt: GDELT query
    # syntax; reliefweb: optional full-text). country: ISO 3166 alpha-3 (reliefweb).
    query: str | None = Field(default=None, min_length=1)
    country: str | None = Field(default=None, pattern=COUNTRY_PATTERN)
    # Least time between two requests to this source's host (GDELT publishes 5s).
    min_interval: Duration | None = None
    # Items older than this are remembered without alerting (default: org.yaml's
    # max_item_age; kind undl: 45 days, see config.KIND_MAX_ITEM_AGE). Voting records are
    # dated by the vote and catalogued days to weeks later.
    max_item_age: LongDuration | None = None

    @field_validator("url", mode="before")
    @classmethod
    def _scheme_in_lower_case(cls, value: object) -> object:
        # A URL's scheme is case-insensitive (RFC 3986 3.1): "HTTPS://" pasted from a document
        # is the same feed. Lower-cased here so everything downstream (fetching, the feed
        # identity a renamed source is recognised by) sees one spelling.
        if isinstance(value, str):
            scheme, sep, rest = value.partition("://")
            if sep and scheme.lower() in ("http", "https"):
                return f"{scheme.lower()}://{rest}"
        return value

    @model_validator(mode="after")
    def _kind_needs(self) -> SourceConfig:
        if self.kind == "reliefweb" and self.country is None:
            raise ValueError("a reliefweb source needs country: (ISO 3166 alpha-3, e.g. syr)")
        if self.kind == "gdelt" and self.query is None and "query=" not in self.url:
            raise ValueError("a gdelt source needs query: (GDELT query syntax)")
        return self


class SourcesFile(_Strict):
    # A factory, not an instance made here: making one would build SourceDefaults'
    # validator at import, which defer_build (see _Strict) leaves to the first validation.
    defaults: SourceDefaults = Field(default_factory=SourceDefaults)
    sources: list[SourceConfig] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> SourcesFile:
        seen: set[str] = set()
        for i, source in enumerate(self.sources):
            if source.id in seen:
                raise _duplicate_id("source", source.id, ("sources", i, "id"))
            seen.add(source.id)
        return self


# ------------------------------------------------------------------------------ demands


# The permanent members as the event rules name them (an event's vetoers).
PermanentMember = Literal[
    "China", "France", "Russian Federation", "United Kingdom", "United States"
]


class DemandConfig(_Strict):
    id: Identifier
    title: str = Field(min_length=1)
    status: DemandStatus = "active"
    priority: DemandPriority = "normal"
    owner: str = Field(min_length=1)
    channel: str | None = None
    match: str = Field(min_length=1)
    position: str = Field(min_length=1)
    asks: list[str] = Field(min_length=1)
    spokesperson: str = Field(min_length=1)
    # Members whose veto on the campaign's file matches this demand (see core.vetoed).
    on_veto_by: list[PermanentMember] = Field(default_factory=list)

    _query = field_validator("match")(_check_query)
    _channel = field_validator("channel")(_check_channel)


class CampaignConfig(_Strict):
    id: Identifier
    title: str = Field(min_length=1)
    channel: str | None = None
    context: str | None = None
    demands: list[DemandConfig] = Field(min_length=1)

    _channel = field_validator("channel")(_check_channel)

    @field_validator("context")
    @classmethod
    def _context_query(cls, value: str | None) -> str | None:
        return None if value is None else _check_query(value)


class DemandsFile(_Strict):
    campaigns: list[CampaignConfig] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> DemandsFile:
        seen: set[str] = set()
        campaigns: set[str] = set()
        for c, campaign in enumerate(self.campaigns):
            # Routing and the daily digest key on the campaign id: a campaign block copied
            # with its id gave one channel both digests and the other none (probe s16 R12).
            if campaign.id in campaigns:
                raise _duplicate_id("campaign", campaign.id, ("campaigns", c, "id"))
            campaigns.add(campaign.id)
            for d, demand in enumerate(campaign.demands):
                if demand.id in seen:
                    raise _duplicate_id("demand", demand.id, ("campaigns", c, "demands", d, "id"))
                seen.add(demand.id)
        return self


# ------------------------------------------------------------------------------ org


class MediaContact(_Strict):
    name: str
    phone: str | None = None
    email: str | None = None


# ------------------------------------------------------------------------------ calm channel
# org.yaml's quiet_hours, escalation and flood_guard (core.calm holds the rules).

_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
# Who an escalation mentions: a user or user-group id (names notify nobody in Slack).
_ESCALATION_MENTION = re.compile(
    r"^(?:<@[UW][A-Z0-9]{2,30}>|<!subteam\^S[A-Z0-9]{2,30}>|[UWS][A-Z0-9]{2,30})$"
)


def _clock_time(value: Any) -> time:
    if isinstance(value, time):
        return value
    match = _CLOCK.match(str(value).strip()) if isinstance(value, str) else None
    if match is None:
        raise ValueError(f"not a time of day: {value!r} (write it as HH:MM, e.g. 22:00)")
    return time(int(match.group(1)), int(match.group(2)))


ClockTime = Annotated[time, BeforeValidator(_clock_time)]


class QuietHoursConfig(_Strict):
    """One channel's quiet window: P1 always goes; P2 waits (see core.calm)."""

    start: ClockTime
    end: ClockTime
    timezone: str | None = None  # default: org.yaml's timezone
    p2: QuietP2 = "until_end"  # or "digest": P2 alerts of the window go to the digest

    @model_validator(mode="after")
    def _window(self) -> QuietHoursConfig:
        if self.start == self.end:
            raise ValueError("start and end are the same time: the window would be empty")
        if self.timezone is not None:
            _known_zone(self.timezone)
        return self


class EscalationConfig(_Strict):
    """A P1 still unclaimed this long after its post is re-raised once in its thread."""

    after: Duration
    # A user or user-group id; default: org.yaml's on_call.
    mention: str | None = None

    @field_validator("after")
    @classmethod
    def _delay(cls, value: timedelta) -> timedelta:
        if not timedelta(minutes=1) <= value <= timedelta(days=1):
            raise ValueError("escalate after between 1m and 1d")
        return value

    @field_validator("mention")
    @classmethod
    def _id(cls, value: str | None) -> str | None:
        if value is not None and not _ESCALATION_MENTION.match(value.strip()):
            raise ValueError(
                f"{value!r} is not a Slack user or user-group id (U0123ABCD, S0123ABCD): "
                "Slack notifies only ids"
            )
        return value


class FloodGuardConfig(_Strict):
    """More new stories than this for one channel in one cycle become one summary."""

    # One summary lists at most 40 stories, within Block Kit's 50 blocks.
    max_new_stories: int = Field(ge=1, le=40)


_QUIET_CHANNEL = re.compile(r"^(?:#?[A-Za-z0-9][A-Za-z0-9._-]{0,79}|[CGD][A-Z0-9]{6,})$")


def _known_zone(name: str) -> None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {name!r}: use an IANA name such as America/New_York or UTC"
        ) from exc


class OrgFile(_Strict):
    name: str = Field(min_length=1)
    short_name: str | None = None
    dateline_city: str = Field(min_length=1)
    media_contact: MediaContact
    boilerplate: str = Field(min_length=1)
    default_channel: str = Field(min_length=1)
    ops_channel: str | None = None
    on_call: str | None = None
    timezone: str = "UTC"
    max_item_age: LongDuration = timedelta(days=3)
    seen_ttl: Duration = timedelta(days=90)
    # A calmer channel (all optional; core.calm): per-channel quiet hours, keyed by the
    # channel as configured (#name or id; "*" for every channel), escalation of an
    # unclaimed P1, and a flood guard.
    quiet_hours: dict[str, QuietHoursConfig] = Field(default_factory=dict)
    escalation: EscalationConfig | None = None
    flood_guard: FloodGuardConfig | None = None
    # When `run --loop` posts the daily digest, in local time (timezone above); the
    # cloud's time is template.yaml's DigestSchedule.
    digest_at: ClockTime = time(8, 0)

    @field_validator("quiet_hours")
    @classmethod
    def _quiet_channels(cls, value: dict[str, QuietHoursConfig]) -> dict[str, QuietHoursConfig]:
        seen: dict[str, str] = {}
        for channel in value:
            if channel != "*" and not _QUIET_CHANNEL.match(channel.strip()):
                raise ValueError(
                    f"{channel!r} is not a channel: write #name, the channel id (C0123ABCD) "
                    "or * for every channel"
                )
            if channel_key(channel) in seen:
                raise ValueError(f"{channel!r} and {seen[channel_key(channel)]!r} are one channel")
            seen[channel_key(channel)] = channel
        return value

    def to_org(self) -> Org:
        """The validated file as the configuration holds it (plain dataclasses)."""
        return Org(
            name=self.name,
            short_name=self.short_name,
            dateline_city=self.dateline_city,
            media_contact=Contact(
                name=self.media_contact.name,
                phone=self.media_contact.phone,
                email=self.media_contact.email,
            ),
            boilerplate=self.boilerplate,
            default_channel=self.default_channel,
            ops_channel=self.ops_channel,
            on_call=self.on_call,
            timezone=self.timezone,
            max_item_age=self.max_item_age,
            seen_ttl=self.seen_ttl,
            quiet_hours={
                channel: QuietWindow(start=q.start, end=q.end, timezone=q.timezone, p2=q.p2)
                for channel, q in self.quiet_hours.items()
            },
            escalation=EscalationRule(after=self.escalation.after, mention=self.escalation.mention)
            if self.escalation is not None
            else None,
            flood_guard=FloodGuard(max_new_stories=self.flood_guard.max_new_stories)
            if self.flood_guard is not None
            else None,
            digest_at=self.digest_at,
        )

    _channels = field_validator("default_channel", "ops_channel")(_check_channel)
    _timezone = field_validator("timezone")(_check_timezone)
