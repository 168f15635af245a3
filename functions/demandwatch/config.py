"""Configuration: a directory of YAML files and the environment, validated once.

Three files make a configuration directory:

* ``sources.yaml`` — what to poll and how often;
* ``demands.yaml`` — campaigns, their shared ``context`` query, and their demands;
* ``org.yaml``     — who we are: name, media contact, channels, boilerplate.

:func:`load_config` reads all three and raises one :class:`ConfigError` listing every
problem as ``file:line: field: message``; nothing is touched before that succeeds.
The shipped directory is package data (``demandwatch/shipped_config``); ``demandwatch
init DIR`` copies it for editing.

pydantic validates the files (their models are in :mod:`demandwatch.configfiles`, imported
where a directory is validated); what validating gives, and the environment's settings,
are plain frozen dataclasses, checked here by hand. A Lambda cold start reads the build's
snapshot of the validated files (configsnapshot) and the environment, and neither needs
pydantic: importing it and building these models cost every poll and schedule cold start
about 50 ms of CPU, for an environment of a few strings that template.yaml writes and
files the build has already validated. Untrusted input (the files at build and CLI time,
Slack's payloads, stored documents) is still validated by pydantic.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from demandwatch.core.calm import CalmPolicy, Escalation, QuietHours, QuietP2, channel_key
from demandwatch.core.models import (
    Demand,
    KeyRule,
    SourceTier,
)
from demandwatch.exceptions import ConfigError, ConfigProblem

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from demandwatch.configfiles import SourcesFile
    from demandwatch.yamlsource import LocatedYaml

# A file model (configfiles); named as a string, so that pydantic is not imported for it.
M = TypeVar("M", bound="BaseModel")


def _shipped_config_dir() -> Path:
    # Package data, so a source checkout, an installed wheel and the Lambda artifact all
    # find it the same way. The loaders need a directory on disk (Jinja's FileSystemLoader,
    # error messages naming the file): a package imported from a zip is not supported, so
    # the package's own directory is where it is (importlib.resources would say the same,
    # and importing it costs every cold start ~5 ms).
    return (Path(__file__).parent / "shipped_config").resolve()


SHIPPED_CONFIG_DIR = _shipped_config_dir()

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: Any) -> timedelta:
    """``90``, ``"90s"``, ``"5m"``, ``"2h"``, ``"3d"`` -> timedelta (bare numbers are seconds)."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return timedelta(seconds=value)
    if isinstance(value, str) and (m := _DURATION.match(value)):
        return timedelta(seconds=float(m.group(1)) * _UNIT_SECONDS[m.group(2) or "s"])
    raise ValueError(f"not a duration: {value!r} (use e.g. 30s, 5m, 2h, 1d)")


def parse_long_duration(value: Any) -> timedelta:
    """:func:`parse_duration` for a span of days or hours (``expect_every``, ``max_item_age``),
    which must name its unit: a bare ``2`` would be two seconds where two days were meant, a
    source stale after every poll (review s23 Y4)."""
    if not isinstance(value, timedelta) and (
        (isinstance(value, int | float) and not isinstance(value, bool))
        or (isinstance(value, str) and (m := _DURATION.match(value)) and not m.group(2))
    ):
        number = str(value).strip()
        message = f"{number} has no unit: write e.g. {number}d (days), {number}h (hours) or {number}m (minutes)"
        if (seconds := _seconds_as_span(float(number))) is not None:
            # 172800 is two days in seconds, not 172800 days (review s24 R1).
            message += f"; {number} seconds is {seconds}"
        raise ValueError(message)
    return parse_duration(value)


def format_duration(seconds: float) -> str:
    """A duration as people write it (and as :func:`parse_duration` takes it): 1s, 90s,
    5m, 2h, 1d — the largest unit it is a whole number of, never "0.0166667m"."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def _seconds_as_span(seconds: float) -> str | None:
    """A whole number of minutes, hours or days written with its unit (``172800`` ->
    ``2d``); None when ``seconds`` is under a minute or not a whole number of them."""
    span = format_duration(seconds)
    return None if span.endswith("s") else span


# Slack channels: "#name" (public channels, resolved by name) or the channel id.
_CHANNEL = re.compile(r"^(?:#[a-z0-9][a-z0-9._-]{0,79}|[CGD][A-Z0-9]{6,})$")
# A mention Slack delivers: a user id, a user-group id, or their <...> forms.
_MENTION_ID = re.compile(r"^(?:<@)?[UW][A-Z0-9]{2,30}>?$|^(?:<!subteam\^)?S[A-Z0-9]{2,30}>?$")


def _check_channel(value: str | None) -> str | None:
    if value is not None and not _CHANNEL.match(value.strip()):
        raise ValueError(
            f"{value!r} is not a Slack channel: write #name (lower case, as in Slack) "
            "or the channel id (C0123ABCD; in Slack: channel name → About → Channel ID)"
        )
    return value


def _check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {value!r}: use an IANA name such as America/New_York, "
            "Europe/Zurich or UTC"
        ) from exc
    return value


MENTION_HELP = (
    "Slack notifies only ids: write a person's member ID (U0123ABCD; in Slack: their "
    "profile → ⋮ → Copy member ID) or a user group's ID (S0123ABCD; in Slack: People → "
    "User groups → the group → ⋮ → Copy group ID)."
)


def mention_hint(value: str) -> str | None:
    """Why ``value`` (an owner or on-call entry) will notify nobody, or None if it will."""
    if _MENTION_ID.match(value.strip()) or value.strip() == "<!here>":
        return None
    return f"{value!r} is a name, not an id: P1 alerts will page nobody"


# ------------------------------------------------------------------------------ sources

SourceKind = Literal["rss", "reliefweb", "undl", "gdelt"]


@dataclass(frozen=True)
class Source:
    """A source with its defaults applied: what the poller works from."""

    id: str
    name: str
    kind: SourceKind
    url: str
    tier: SourceTier
    key: KeyRule
    interval: timedelta
    timeout: timedelta
    expect_every: timedelta
    max_bytes: int
    query: str | None = None
    country: str | None = None
    min_interval: timedelta | None = None
    max_item_age: timedelta | None = None


# ------------------------------------------------------------------------------ demands


# ------------------------------------------------------------------------------ org
# org.yaml as validated (configfiles.OrgFile checks the file and makes these): plain
# frozen dataclasses, so that the configuration a cold start reads from the build's
# snapshot holds no pydantic model, and needs no pydantic to be read.


@dataclass(frozen=True)
class Contact:
    """org.yaml's media_contact."""

    name: str
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class QuietWindow:
    """One channel's quiet window as configured: P1 always goes; P2 waits (core.calm)."""

    start: time
    end: time
    timezone: str | None = None  # default: org.yaml's timezone
    p2: QuietP2 = "until_end"


@dataclass(frozen=True)
class EscalationRule:
    """A P1 still unclaimed this long after its post is re-raised once in its thread."""

    after: timedelta
    mention: str | None = None  # default: org.yaml's on_call


@dataclass(frozen=True)
class FloodGuard:
    """More new stories than this for one channel in one cycle become one summary."""

    max_new_stories: int


@dataclass(frozen=True)
class Org:
    """Who we are (org.yaml, validated), and the calm-channel policies."""

    name: str
    dateline_city: str
    media_contact: Contact
    boilerplate: str
    default_channel: str
    short_name: str | None = None
    ops_channel: str | None = None
    on_call: str | None = None
    timezone: str = "UTC"
    max_item_age: timedelta = timedelta(days=3)
    seen_ttl: timedelta = timedelta(days=90)
    # Keyed by the channel as configured (#name or id; "*" for every channel).
    quiet_hours: Mapping[str, QuietWindow] = field(default_factory=dict)
    escalation: EscalationRule | None = None
    flood_guard: FloodGuard | None = None
    # When `run --loop` posts the daily digest, in local time (timezone above); the
    # cloud's time is template.yaml's DigestSchedule.
    digest_at: time = time(8, 0)

    def calm(self) -> CalmPolicy:
        """The calm-channel policies as core.calm takes them."""
        return CalmPolicy(
            quiet_hours={
                channel_key(channel): QuietHours(
                    start=q.start, end=q.end, timezone=q.timezone or self.timezone, p2=q.p2
                )
                for channel, q in self.quiet_hours.items()
            },
            escalation=Escalation(
                after=self.escalation.after,
                mention=self.escalation.mention or self.on_call,
            )
            if self.escalation is not None
            else None,
            max_new_stories=self.flood_guard.max_new_stories if self.flood_guard else None,
        )


# ------------------------------------------------------------------------------ loading


@dataclass(frozen=True)
class Campaign:
    id: str
    title: str
    channel: str | None
    context: str | None
    demands: tuple[Demand, ...]


@dataclass(frozen=True)
class AppConfig:
    """The validated configuration directory."""

    directory: Path
    sources: tuple[Source, ...]
    campaigns: tuple[Campaign, ...]
    org: Org
    # What is valid but will not work as meant (an owner written as a name pages nobody).
    warnings: tuple[ConfigProblem, ...] = ()

    @property
    def demands(self) -> tuple[Demand, ...]:
        return tuple(d for c in self.campaigns for d in c.demands)


# How old an item of a kind may be and still be news, where the kind's items are dated
# long before they are listed. A UN Digital Library voting record is dated by the vote
# and catalogued days to weeks after it (probe s15 Q11: org.yaml's 3 days dropped every
# record catalogued later, without a word): it is news as long as it can still join its
# vote's story (core.stories.RECORD_WINDOW, 45 days; a unit test keeps the two equal), and
# a record of a vote nobody alerted is alerted when it arrives within that time.
KIND_MAX_ITEM_AGE: Mapping[SourceKind, timedelta] = {"undl": timedelta(days=45)}


def kind_max_item_age(kind: SourceKind, org_default: timedelta) -> timedelta | None:
    """A source's max_item_age when sources.yaml gives none: its kind's (never shorter
    than org.yaml's), or None for org.yaml's."""
    own = KIND_MAX_ITEM_AGE.get(kind)
    return max(own, org_default) if own is not None else None


def load_config(directory: Path) -> AppConfig:
    """Validate the three files in ``directory``; raise ConfigError listing every problem."""
    # Imported here: only validating needs the two files' models (see configfiles).
    from demandwatch.configfiles import DemandsFile, OrgFile, SourcesFile

    if not directory.is_dir():
        # Said once, in words: reading each of the three files from a file or a missing
        # directory gave "[Errno 20] Not a directory" three times (probe s16 R6).
        what = "this is a file" if directory.exists() else "no such directory"
        message = (
            f"{what}; --config or DEMANDWATCH_CONFIG must name the directory holding "
            "sources.yaml, demands.yaml and org.yaml"
        )
        raise ConfigError([ConfigProblem(str(directory), None, "-", message)])
    problems: list[ConfigProblem] = []
    sources_file, sources_yaml = _validate(directory / "sources.yaml", SourcesFile, problems)
    demands_file, demands_yaml = _validate(directory / "demands.yaml", DemandsFile, problems)
    org_file, org_yaml = _validate(directory / "org.yaml", OrgFile, problems)
    if problems or sources_file is None or demands_file is None or org_file is None:
        raise ConfigError(problems)
    warnings = (
        _mention_warnings(demands_file, demands_yaml)
        + _mention_warnings(org_file, org_yaml)
        + _unsegmented_warnings(demands_file, demands_yaml)
        + _same_url_warnings(sources_file, sources_yaml)
    )
    defaults = sources_file.defaults
    sources = tuple(
        Source(
            id=s.id,
            name=s.name,
            kind=s.kind,
            url=s.url,
            tier=s.tier,
            key=s.key,
            interval=s.interval or defaults.interval,
            timeout=s.timeout or defaults.timeout,
            expect_every=s.expect_every or defaults.expect_every,
            max_bytes=s.max_bytes or defaults.max_bytes,
            query=s.query,
            country=s.country,
            min_interval=s.min_interval,
            max_item_age=s.max_item_age or kind_max_item_age(s.kind, org_file.max_item_age),
        )
        for s in sources_file.sources
        if s.enabled
    )
    campaigns = tuple(
        Campaign(
            id=c.id,
            title=c.title,
            channel=c.channel,
            context=c.context,
            demands=tuple(
                Demand(
                    id=d.id,
                    campaign_id=c.id,
                    title=d.title,
                    status=d.status,
                    priority=d.priority,
                    owner=d.owner,
                    query=d.match,
                    position=d.position,
                    asks=tuple(d.asks),
                    spokesperson=d.spokesperson,
                    channel=d.channel or c.channel,
                    on_veto_by=frozenset(d.on_veto_by),
                )
                for d in c.demands
            ),
        )
        for c in demands_file.campaigns
    )
    forgetting = _seen_ttl_problems(org_file.seen_ttl, org_file.max_item_age, sources, org_yaml)
    if forgetting:
        raise ConfigError(forgetting)
    return AppConfig(
        directory=directory,
        sources=sources,
        campaigns=campaigns,
        org=org_file.to_org(),
        warnings=tuple(warnings),
    )


def load_org(directory: Path) -> Org | None:
    """org.yaml of ``directory`` alone, validated; None when it does not validate (or is
    missing). Where to say that the rest of a configuration is broken (probe s20 T9)."""
    from demandwatch.configfiles import OrgFile

    org_file, _ = _validate(directory / "org.yaml", OrgFile, [])
    return None if org_file is None else org_file.to_org()


# How much longer than the longest window an item is alerted within its document must be
# remembered: a feed's dates are not the day it was first seen (a record catalogued
# weeks after its vote, an item re-dated when edited, a clock ahead), and a document
# forgotten while still listed within its window is new again: counted again in the run's
# figures and clustered again (only its alert's fixed id keeps it from a second post).
SEEN_TTL_MARGIN = 2


def _seen_ttl_problems(
    seen_ttl: timedelta,
    org_window: timedelta,
    sources: Sequence[Source],
    org_yaml: LocatedYaml,
) -> list[ConfigProblem]:
    """org.yaml's seen_ttl, when it is not safely longer than every source's
    max_item_age (review V7): at least :data:`SEEN_TTL_MARGIN` times the longest."""
    windows = [(org_window, "org.yaml's max_item_age")] + [
        (s.max_item_age, f"source {s.id}'s max_item_age") for s in sources if s.max_item_age
    ]
    longest, whose = max(windows, key=lambda w: w[0])
    if seen_ttl >= SEEN_TTL_MARGIN * longest:
        return []
    need = SEEN_TTL_MARGIN * longest
    why = (
        f"too short for {whose} ({_days(longest)}): a document forgotten while its feed "
        "still lists it within that window comes back as new"
    )
    written = org_yaml.lines.get(("seen_ttl",))
    if written is None:
        # Not in the file: its default is what is too short, and no line of the file is
        # about it (review s18 V1: the problem was put at line 2, `name:`).
        message = (
            f"not set, and its default {_days(seen_ttl)} is {why}; add `seen_ttl: "
            f"{_days(need)}` (or more) to {Path(org_yaml.path).name}"
        )
    else:
        message = f"{_days(seen_ttl)} is {why}; make it at least {_days(need)}"
    return [ConfigProblem(org_yaml.path, written, "seen_ttl", message)]


def _days(value: timedelta) -> str:
    return f"{value.total_seconds() / 86400:g}d"


def _mention_warnings(parsed: BaseModel, located: LocatedYaml) -> list[ConfigProblem]:
    from demandwatch.configfiles import DemandsFile, OrgFile
    from demandwatch.yamlsource import dotted

    found: list[tuple[tuple[str | int, ...], str]] = []
    if isinstance(parsed, OrgFile) and parsed.on_call:
        found.append((("on_call",), parsed.on_call))
    if isinstance(parsed, DemandsFile):
        for c, campaign in enumerate(parsed.campaigns):
            for d, demand in enumerate(campaign.demands):
                found.append((("campaigns", c, "demands", d, "owner"), demand.owner))
    out = []
    for loc, value in found:
        hint = mention_hint(value)
        if hint is not None:
            out.append(ConfigProblem(located.path, located.line_of(loc), dotted(loc), hint))
    return out


def _same_url_warnings(parsed: SourcesFile, located: LocatedYaml) -> list[ConfigProblem]:
    """A source that polls what an earlier one polls: the same URL once canonical (case,
    default port, fragment, tracking and the order of parameters aside), with the same
    query and country (GDELT's one address answers each query differently). A warning,
    not an error (probe s16 R5): items keyed by their link alert once whichever source
    lists them, but items a feed keys by guid or hash (links to a front page) are each
    source's own and alert once per source (review s16 A11); the feed is fetched twice per
    interval (for GDELT, its own rate limit), and status and digests list two sources.
    Disabled sources poll nothing and are left out."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    from demandwatch.core.identity import canonical_url
    from demandwatch.yamlsource import dotted

    def polled(url: str, query: str | None, country: str | None) -> tuple[str, ...]:
        parts = urlsplit(canonical_url(url))
        params = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
        return (urlunsplit(parts._replace(query=params)), query or "", (country or "").upper())

    first: dict[tuple[str, ...], int] = {}
    out = []
    for i, source in enumerate(parsed.sources):
        if not source.enabled:
            continue
        key = polled(source.url, source.query, source.country)
        if key not in first:
            first[key] = i
            continue
        earlier = first[key]
        loc = ("sources", i, "url")
        message = (
            f"polls the same URL as sources[{earlier}] ({parsed.sources[earlier].id}): "
            "the feed is fetched twice each interval, and its items without their own link "
            "alert once per source; remove one, or set enabled: false"
        )
        out.append(ConfigProblem(located.path, located.line_of(loc), dotted(loc), message))
    return out


# Scripts written without spaces between words (Chinese, Japanese kana, Thai, Khmer, Lao,
# Myanmar): a query term matches a whole word, and text in them is not split into words.
_UNSEGMENTED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
_UNSEGMENTED_HINT = (
    "a term in Chinese, Japanese or Thai script can never match: query terms match whole "
    "words and text in these scripts has no spaces between them (the languages read are "
    "English, French, Spanish, German, Russian and Arabic)"
)


def _unsegmented_warnings(parsed: BaseModel, located: LocatedYaml) -> list[ConfigProblem]:
    """A campaign context or demand query with a term in a script written without
    spaces: it passes validation and would silently never match (probe s15 Q1)."""
    from demandwatch.configfiles import DemandsFile
    from demandwatch.yamlsource import dotted

    if not isinstance(parsed, DemandsFile):
        return []
    found: list[tuple[tuple[str | int, ...], str | None]] = []
    for c, campaign in enumerate(parsed.campaigns):
        found.append((("campaigns", c, "context"), campaign.context))
        for d, demand in enumerate(campaign.demands):
            found.append((("campaigns", c, "demands", d, "match"), demand.match))
    return [
        ConfigProblem(located.path, located.line_of(loc), dotted(loc), _UNSEGMENTED_HINT)
        for loc, value in found
        if value and _UNSEGMENTED.search(value)
    ]


def _validate(
    path: Path, model: type[M], problems: list[ConfigProblem]
) -> tuple[M | None, LocatedYaml]:
    # Imported here: yaml is needed only to validate, and the functions load the
    # configuration from a snapshot (configsnapshot) without it.
    from pydantic import ValidationError

    from demandwatch.yamlsource import load_located

    located = load_located(path)
    problems.extend(located.problems)
    if located.problems:
        return None, located
    try:
        return model.model_validate(located.data), located
    except ValidationError as exc:
        problems.extend(_problems_from(exc, located))
        return None, located


def _problems_from(exc: ValidationError, located: LocatedYaml) -> list[ConfigProblem]:
    from demandwatch.yamlsource import dotted

    out = []
    for error in exc.errors(include_url=False):
        # A model-level check names the exact place it faults (see _duplicate_id).
        loc = (*error["loc"], *error.get("ctx", {}).get("at", ()))
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown field (check the spelling)"
        elif error["type"] == "string_pattern_mismatch":
            from demandwatch.configfiles import pattern_message

            pattern = str(error.get("ctx", {}).get("pattern", ""))
            message = pattern_message(pattern, error.get("input")) or message
        line, column = located.line_of(loc), None
        if error["type"] == "query_syntax":
            # Point into the query itself: a multi-line query's line and column.
            found = located.position_in(loc, int(error.get("ctx", {}).get("position", 0)))
            if found is not None:
                line, column = found
        out.append(ConfigProblem(located.path, line, dotted(loc), message, column=column))
    return out


# ------------------------------------------------------------------------------ environment


# The settings that hold credentials, and the environment variable each is read from.
SECRET_VARIABLES: Mapping[str, str] = {
    "slack_bot_token": "SLACK_BOT_TOKEN",
    "slack_app_token": "SLACK_APP_TOKEN",
    "slack_signing_secret": "SLACK_SIGNING_SECRET",
    "reliefweb_appname": "RELIEFWEB_APPNAME",
}
_TEAM_ID = re.compile(r"^[TE][A-Z0-9]{2,30}$")


def credential_problem(value: str) -> str | None:
    """Why a credential cannot be right, in words that never include the value.

    A token with a newline (a file read with its line end, a value pasted across two
    lines) would otherwise travel into an HTTP header, where the HTTP library refuses it
    with an error that prints the header, token included.
    """
    for ch in value:
        if ch in "\r\n":
            return "contains a line break"
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            return f"contains a control character (U+{ord(ch):04X})"
        if ch.isspace():
            return "contains a space"
    return None


class Secret:
    """A credential's value, which never shows in a repr, a str or a log line.

    In place of pydantic's SecretStr, which needs pydantic imported (see the module's
    docstring); anything with ``get_secret_value()`` (pydantic's SecretStr included) is
    taken where a Secret is given.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get_secret_value(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    def __str__(self) -> str:
        return "**********"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __len__(self) -> int:
        return len(self._value)


def _problem(field_name: str, message: str) -> ConfigProblem:
    # Where a settings object is checked; from_env, with_credentials and CloudSettings
    # re-label the problem with the variable or key it came from.
    return ConfigProblem("settings", None, field_name, message)


def _as_path(value: Any) -> Path:
    if isinstance(value, str | os.PathLike):
        return Path(value)
    raise ValueError("Input should be a valid path")


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    raise ValueError("Input should be a valid string")


def _as_header(value: Any) -> str:
    """A value sent as an HTTP header (the User-Agent): a line break or control character
    in it (an env file saved with CRLF) makes the HTTP library refuse every request, which
    read as every source down (probe s16 R13); a configuration error, said as one."""
    text = _as_text(value)
    for ch in text:
        if ch in "\r\n":
            raise ValueError("contains a line break")
        if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            raise ValueError(f"contains a control character (U+{ord(ch):04X})")
        if not ch.isascii():
            # HTTP headers carry ASCII: the library refuses the request (review s16 A8).
            raise ValueError(
                f"contains {ch!r} (U+{ord(ch):04X}); an HTTP header carries ASCII characters only"
            )
    return text


def _as_int(value: Any, *, minimum: int | None = None) -> int:
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?[0-9]+\s*", value, re.ASCII):
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("Input should be a valid integer, unable to parse string as an integer")
    if minimum is not None and value < minimum:
        raise ValueError(f"Input should be greater than or equal to {minimum}")
    return value


def _as_model_setting(value: Any) -> str:
    text = _as_text(value).strip().lower()
    if text in ("on", "off"):
        return text
    try:
        threshold = float(text)
    except ValueError:
        raise ValueError("Input should be on, off or a probability") from None
    if not 0.0 < threshold <= 1.0:
        raise ValueError("Input should be a probability above 0 and at most 1")
    return text


def _as_secret(value: Any) -> Secret:
    text = value.get_secret_value() if hasattr(value, "get_secret_value") else value
    if not isinstance(text, str):
        raise ValueError("Input should be a valid string")
    problem = credential_problem(text)
    if problem:
        # The message names no value.
        raise ValueError(f"{problem} (the value is not shown)")
    return value if isinstance(value, Secret) else Secret(text)


def _as_channel(value: Any) -> str:
    # SLACK_CHANNEL stands in for org.yaml's default_channel: the same form is asked.
    return _check_channel(_as_text(value).strip()) or ""


def _as_team(value: Any) -> str:
    if isinstance(value, str) and _TEAM_ID.match(value):
        return value
    raise ValueError("not a Slack team id (T... or E..., from auth.test or the app page)")


def _checked_fields(
    obj: object, checks: Mapping[str, Callable[[Any], Any]], optional: frozenset[str]
) -> None:
    """Check and convert a frozen dataclass's fields in place (in field order); one
    ConfigError names every bad field, without its value."""
    problems: list[ConfigProblem] = []
    for name, check in checks.items():
        value = getattr(obj, name)
        if value is None and name in optional:
            continue
        try:
            converted = check(value)
        except ValueError as exc:
            problems.append(_problem(name, str(exc)))
            continue
        if converted is not value:
            object.__setattr__(obj, name, converted)
    if problems:
        raise ConfigError(problems)


def _relabelled(error: ConfigError, name_of: Callable[[str], str], where: str) -> ConfigError:
    return ConfigError([replace(p, file=where, field=name_of(p.field)) for p in error.problems])


@dataclass(frozen=True)
class Settings:
    """Everything read from the environment, read once at start-up.

    Checked when made (ConfigError naming each bad field, never its value): a credential
    may be given as text, as a :class:`Secret` or as pydantic's SecretStr, and is kept
    as a Secret; a path may be given as text.
    """

    config_dir: Path = SHIPPED_CONFIG_DIR
    state_path: Path = Path(".demandwatch/state.sqlite3")
    slack_bot_token: Secret | None = None
    slack_app_token: Secret | None = None
    slack_signing_secret: Secret | None = None
    # The Slack workspace the app is installed in (T...; E... for an Enterprise Grid org):
    # interactive requests from any other team are refused. Unset, it is learned once
    # from auth.test of the bot token, which answers with the installation's team.
    slack_team_id: str | None = None
    slack_channel: str | None = None
    slack_api_url: str = "https://slack.com/api/"
    reliefweb_appname: Secret | None = None
    # DEMANDWATCH_USER_AGENT overrides the User-Agent built from org.yaml (bootstrap).
    user_agent: str | None = None
    # Requests in flight across all hosts. Polling is I/O: with parsing cheap and on other
    # cores, every slot short of the number of sources adds a round of publisher latency
    # (bench poll_200, 200 sources at 200 ms, one run each on a busy machine: 9.4 s at 16,
    # 8.3 s at 32, 10.3 s at 64, 6.1 s at 128, 3.6 s at 256). Sockets are the only cost of
    # more; no publisher sees more than per_host_concurrency at once whatever this is.
    max_concurrency: int = 256
    per_host_concurrency: int = 2
    # The learned second opinion on events (demandwatch.event_model): "on", "off", or the
    # probability at which its event replaces the rules' ("on": the shipped threshold). On by
    # default since the story clusterer holds with events read right (tests/eval/LEARNED.md).
    event_model: str = "on"
    # The learned opinion on demands (demandwatch.demand_model): "on", "off", or the
    # probability at which it adds a demand no query matched ("on": the shipped threshold,
    # core.learned.DEMAND_THRESHOLD; tests/eval/LEARNED.md). Where on, it also takes away
    # a query's match it is next to sure of the contrary (core.learned.DEMAND_DOUBT).
    demand_model: str = "on"

    ENVIRONMENT: ClassVar[Mapping[str, str]] = {
        "config_dir": "DEMANDWATCH_CONFIG",
        "state_path": "DEMANDWATCH_STATE",
        **SECRET_VARIABLES,
        "slack_team_id": "SLACK_TEAM_ID",
        "slack_channel": "SLACK_CHANNEL",
        "slack_api_url": "SLACK_API_URL",
        "user_agent": "DEMANDWATCH_USER_AGENT",
        "event_model": "DEMANDWATCH_EVENT_MODEL",
        "demand_model": "DEMANDWATCH_DEMAND_MODEL",
    }

    # How each field is checked and converted, in field order.
    _CHECKS: ClassVar[Mapping[str, Callable[[Any], Any]]] = {
        "config_dir": _as_path,
        "state_path": _as_path,
        "slack_bot_token": _as_secret,
        "slack_app_token": _as_secret,
        "slack_signing_secret": _as_secret,
        "slack_team_id": _as_team,
        "slack_channel": _as_channel,
        "slack_api_url": _as_text,
        "reliefweb_appname": _as_secret,
        "user_agent": _as_header,
        "max_concurrency": _as_int,
        "per_host_concurrency": _as_int,
        "event_model": _as_model_setting,
        "demand_model": _as_model_setting,
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {*SECRET_VARIABLES, "slack_team_id", "slack_channel", "user_agent"}
    )

    def __post_init__(self) -> None:
        _checked_fields(self, self._CHECKS, self._OPTIONAL)

    # What each variable is, for the help and the README (a test keeps all listed).
    DESCRIPTIONS: ClassVar[Mapping[str, str]] = {
        "DEMANDWATCH_CONFIG": "configuration directory (default: the shipped one)",
        "DEMANDWATCH_STATE": "SQLite state file (default .demandwatch/state.sqlite3)",
        "SLACK_BOT_TOKEN": "Slack bot token (xoxb-...): alerts go to Slack",
        "SLACK_APP_TOKEN": "Slack app token (xapp-...) for demandwatch slack",
        "SLACK_SIGNING_SECRET": "verifies Slack's requests",
        "RELIEFWEB_APPNAME": "approved ReliefWeb API appname",
        "SLACK_TEAM_ID": "the Slack workspace (T... or E...) requests must come from",
        "SLACK_CHANNEL": "default channel, in place of org.yaml's (a demand's or campaign's own comes first)",
        "SLACK_API_URL": "Slack Web API base URL (default https://slack.com/api/)",
        "DEMANDWATCH_USER_AGENT": "User-Agent sent to sources",
        "DEMANDWATCH_EVENT_MODEL": "learned second opinion on events: on (default), off, or a probability",
        "DEMANDWATCH_DEMAND_MODEL": "learned opinion on demands no query matched: on (default), off, or a probability",
    }

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The settings from the environment; ConfigError (exit code 3 in the CLI) names
        each bad variable without showing its value."""
        env = os.environ if environ is None else environ
        values = {field: env[var] for field, var in cls.ENVIRONMENT.items() if env.get(var)}
        return cls.checked(values, lambda field: cls.ENVIRONMENT.get(field, field), "environment")

    def with_credentials(self, values: Mapping[str, Any], where: str) -> Settings:
        """A copy with credentials from a secret store (keys: the field names), checked
        as the environment's are; ConfigError names the key, never the value."""
        update = {
            name: str(values[name])
            for name in (*SECRET_VARIABLES, "slack_team_id")
            if values.get(name)
        }
        if not update:
            return self
        current = {f.name: getattr(self, f.name) for f in fields(self)}
        return type(self).checked({**current, **update}, lambda field: field, where)

    @classmethod
    def checked(
        cls, values: Mapping[str, Any], name_of: Callable[[str], str], where: str
    ) -> Settings:
        """Settings from ``values`` (keys: field names; others are ignored); ConfigError
        names each bad one as ``name_of(field)`` in ``where``."""
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in values.items() if k in known})
        except ConfigError as exc:
            raise _relabelled(exc, name_of, where) from None


@dataclass(frozen=True)
class CloudSettings:
    """The AWS Lambda functions' environment (template.yaml sets it), checked at cold start.

    Secrets are not here: only the id of the Secrets Manager secret that holds them
    (Slack bot token, signing secret, ReliefWeb appname), read at run time and cached.
    """

    table_name: str
    poll_queue_url: str | None = None
    alert_queue_url: str | None = None
    secret_id: str | None = None
    # Up to this many due sources are polled inside the schedule function; more fan out,
    # one SQS message (one poll invocation) per source.
    inline_poll_max: int = 20
    # How long a container reuses the secret before asking Secrets Manager again (a
    # rotated or newly filled secret is picked up within this; each read costs money).
    secret_max_age: int = 900
    # The daily digest covers this much time before it runs.
    digest_window: timedelta = timedelta(hours=24)

    ENVIRONMENT: ClassVar[dict[str, str]] = {
        "table_name": "DEMANDWATCH_TABLE",
        "poll_queue_url": "DEMANDWATCH_POLL_QUEUE_URL",
        "alert_queue_url": "DEMANDWATCH_ALERT_QUEUE_URL",
        "secret_id": "DEMANDWATCH_SECRET_ID",
        "inline_poll_max": "DEMANDWATCH_INLINE_POLL_MAX",
        "secret_max_age": "DEMANDWATCH_SECRET_MAX_AGE",
        "digest_window": "DEMANDWATCH_DIGEST_WINDOW",
    }

    _CHECKS: ClassVar[Mapping[str, Callable[[Any], Any]]] = {
        "table_name": _as_text,
        "poll_queue_url": _as_text,
        "alert_queue_url": _as_text,
        "secret_id": _as_text,
        "inline_poll_max": lambda value: _as_int(value, minimum=0),
        "secret_max_age": lambda value: _as_int(value, minimum=0),
        "digest_window": parse_duration,
    }
    _OPTIONAL: ClassVar[frozenset[str]] = frozenset(
        {"poll_queue_url", "alert_queue_url", "secret_id"}
    )

    def __post_init__(self) -> None:
        _checked_fields(self, self._CHECKS, self._OPTIONAL)
        if not self.table_name:
            raise ConfigError([_problem("table_name", "String should have at least 1 character")])

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, *, require: tuple[str, ...] = ()
    ) -> CloudSettings:
        """Read and check the environment; ConfigError names every missing or bad variable.

        ``require`` lists the optional fields this particular function cannot do without.
        """
        env = os.environ if environ is None else environ
        # Text, as the environment gives it: each field's check converts it.
        values: dict[str, Any] = {f: env[var] for f, var in cls.ENVIRONMENT.items() if env.get(var)}
        problems = [
            ConfigProblem("environment", None, cls.ENVIRONMENT[f], "required by this function")
            for f in require
            if f not in values
        ]
        if "table_name" not in values:
            problems.append(
                ConfigProblem("environment", None, cls.ENVIRONMENT["table_name"], "Field required")
            )
            values["table_name"] = "-"  # to check the others as well
        try:
            settings = cls(**values)
        except ConfigError as exc:
            relabelled = _relabelled(exc, lambda f: cls.ENVIRONMENT.get(f, f), "environment")
            raise ConfigError([*problems, *relabelled.problems]) from None
        if problems:
            raise ConfigError(problems)
        return settings
