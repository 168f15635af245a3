"""The daily digest's content, one builder for every runtime. Pure.

The cloud digest (a Lambda posting to Slack) and the local one (``demandwatch digest``,
and ``run --loop`` at the configured hour) say the same thing, because both take it
from :func:`build_digest`; only the rendering differs (Slack mrkdwn, plain text).

What it holds: the period's stories grouped by the demand they matched (the lead
alert's first demand), each with its priority, event, sources, and what people did
with it (claimed, dismissed, drafted); the stories held back from the channel (P3, or
P2 during quiet hours) listed on their own; General Assembly veto debates still due;
and one line on the sources' health.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

from demandwatch.core.drafts import plain_event
from demandwatch.core.models import EVENT_TYPES, Alert, AlertState, AlertStatus, EventType
from demandwatch.core.status import events_line
from demandwatch.core.stories import Story
from demandwatch.core.text import DROP_INVISIBLE_FORMAT, html_to_text

# Words of an item's text that stand for a title it lacks.
_TITLE_WORDS = 14


def digest_start(end: datetime, zone: tzinfo, window: timedelta) -> datetime:
    """Where the digest ending at ``end`` begins: the same local time (``zone``) the
    window's whole days earlier, when the previous digest ran, since the schedule is in
    local time. On the days clocks change two 08:00 digests are 23 or 25 hours apart; a
    fixed 24 hours back put an hour of alerts in two digests, or in none (probe s17 C8).
    A window that is not whole days is taken as it is."""
    if window <= timedelta(0) or window % timedelta(days=1):
        return end - window
    # Aware arithmetic within one zone is on the wall clock: 08:00 less a day is 08:00.
    return (end.astimezone(zone) - window).astimezone(UTC)


def shown_title(
    title: str,
    *,
    text: str = "",
    symbols: Sequence[str] = (),
    event: str = "",
    url: str = "",
) -> str:
    """A title to show for an item or story: its own when it has a visible character;
    otherwise the first words of its text, then "<event> of <first symbol>", then its URL
    (probe s16 R15: an empty or invisible title was a blank line in the digest and in
    ``stories``: staff could not tell which veto it was)."""
    if any(unicodedata.category(ch)[0] not in "CZ" for ch in title):
        return title
    words = html_to_text(text).split()
    if words:
        return " ".join(words[:_TITLE_WORDS]) + ("…" if len(words) > _TITLE_WORDS else "")
    if symbols:
        label = event.replace("_", " ")
        return f"{label} of {symbols[0]}" if label else symbols[0]
    return url or "(untitled)"


def story_title(story: Story) -> str:
    """A story's title as shown (see ``shown_title``)."""
    url = story.items[0].url if story.items else ""
    return shown_title(story.title, symbols=story.symbols, event=story.event, url=url)


NO_DEMAND = "-"


class RecordedAlert(Protocol):
    """An alert with its delivery state (ports.AlertRecord has these)."""

    @property
    def alert(self) -> Alert: ...
    @property
    def state(self) -> AlertState: ...


@dataclass(frozen=True)
class DigestStory:
    story_id: str
    lead: Alert  # the story's most severe alert of the period
    items: int  # alerts the period brought to it
    sources: tuple[str, ...]  # source names, first seen first
    status: AlertStatus | None  # the lead's: claimed / dismissed
    drafted: bool = False
    held: bool = False  # never posted on its own (P3, or held by quiet hours)

    def outcome(self) -> str:
        """What became of it: 'claimed by U0…', 'not relevant (U0…)', ... ('' if nothing)."""
        parts = []
        if self.status is not None and self.status.dismissed is not None:
            parts.append(f"not relevant ({self.status.dismissed.user})")
        elif self.status is not None and self.status.claimed is not None:
            parts.append(f"claimed by {self.status.claimed.user}")
        elif self.status is not None and self.status.state in ("pending", "delivering"):
            parts.append("not delivered yet")
        elif self.status is not None and self.status.state == "failed":
            parts.append("delivery failed")
        if self.drafted:
            parts.append("draft made")
        return ", ".join(parts)


@dataclass(frozen=True)
class DemandSection:
    demand_id: str
    title: str
    stories: tuple[DigestStory, ...]


@dataclass(frozen=True)
class DigestContent:
    title: str
    start: datetime
    end: datetime
    alerts: int
    by_priority: Mapping[str, int]
    by_state: Mapping[str, int]
    sections: tuple[DemandSection, ...]
    held: tuple[DigestStory, ...]
    ga_debates: tuple[tuple[str, date], ...]
    health: str
    # Why the day's events were read by the rules alone though the model is on (the model
    # file unread: event_model.model_problem), or None (review s23 Z2).
    events_problem: str | None = None

    @property
    def stories(self) -> int:
        return sum(len(s.stories) for s in self.sections) + len(self.held)

    def fallback(self) -> str:
        return (
            f"{self.title} — daily digest: {self.alerts} alert(s) on {self.stories} story/stories"
        )


def _rank(alert: Alert) -> tuple[str, int, datetime]:
    return (alert.priority, EVENT_TYPES.index(alert.event.type), alert.created)


def lead_alert(alerts: Sequence[Alert]) -> Alert:
    """The alert that leads a story in the digest: its most urgent and most severe, the
    first of those."""
    return min(alerts, key=_rank)


# The stories whose label reads their alerts: a draft's, a vote's, and the `other` a draft
# voted down for want of nine votes is read as (:attr:`Event.council_short_of_nine`).
VOTE_STORY_EVENTS: frozenset[EventType] = frozenset({"draft_resolution", "vote_scheduled", "other"})


def story_label(event: EventType, alerts: Sequence[Alert]) -> str:
    """A story's development as the plain-text lists print it: its event type's name, but
    "draft voted down" or "vote postponed" where the lead of its alerts of that event says
    so (review s19 V6). Of that event: a P1 statement (a reaction) in a draft's story led
    all its alerts, and the draft's story was listed "statement" (review s20 V9). A draft
    the Council voted down for want of nine votes is read ``other`` when its item tells the
    failure (no veto, by the labelling convention), and is still listed as the draft voted
    down its alerts are headed (session 29: "Syria ... draft fails to win enough votes")."""
    of_event = [alert for alert in alerts if alert.event.type == event]
    if event in VOTE_STORY_EVENTS and of_event:
        return plain_event(lead_alert(of_event))
    return event.replace("_", " ")


def build_digest(
    *,
    title: str,
    start: datetime,
    end: datetime,
    records: Sequence[RecordedAlert],
    statuses: Mapping[str, AlertStatus | None],
    health: str,
    ga_debates: Sequence[Story] = (),
    drafted: Collection[str] = (),
    events_problem: str | None = None,
) -> DigestContent:
    """``statuses``: alert id -> its status (for the leads); ``drafted``: alert ids whose
    story had a draft made."""
    groups: dict[str, list[RecordedAlert]] = {}
    for record in records:
        groups.setdefault(record.alert.story_id or record.alert.id, []).append(record)
    stories: list[DigestStory] = []
    for story_id, group in groups.items():
        lead = lead_alert([r.alert for r in group])
        sources: list[str] = []
        for record in sorted(group, key=lambda r: r.alert.created):
            if record.alert.source_name not in sources:
                sources.append(record.alert.source_name)
        stories.append(
            DigestStory(
                story_id=story_id,
                lead=lead,
                items=len(group),
                sources=tuple(sources),
                status=statuses.get(lead.id),
                drafted=any(r.alert.id in drafted for r in group),
                held=all(r.state == "held" for r in group),
            )
        )
    # Most severe first, then the most recent.
    stories.sort(
        key=lambda s: (
            s.lead.priority,
            EVENT_TYPES.index(s.lead.event.type),
            -s.lead.created.timestamp(),
        )
    )
    by_demand: dict[str, list[DigestStory]] = {}
    titles: dict[str, str] = {}
    for story in stories:
        if story.held:
            continue
        match = story.lead.matches[0] if story.lead.matches else None
        demand_id = match.demand_id if match else NO_DEMAND
        titles.setdefault(
            demand_id,
            story.lead.demand_titles.get(demand_id, demand_id) if match else "Other",
        )
        by_demand.setdefault(demand_id, []).append(story)
    sections = tuple(
        DemandSection(demand_id, titles[demand_id], tuple(group))
        for demand_id, group in by_demand.items()
    )
    debates = tuple(
        sorted(
            ((story_title(s), s.ga_debate_due) for s in ga_debates if s.ga_debate_due is not None),
            key=lambda pair: pair[1],
        )
    )
    return DigestContent(
        title=title,
        start=start,
        end=end,
        alerts=len(records),
        by_priority=Counter(r.alert.priority for r in records),
        by_state=Counter(r.state for r in records),
        sections=sections,
        held=tuple(s for s in stories if s.held),
        ga_debates=debates,
        health=health,
        events_problem=events_problem,
    )


def _printable(text: str) -> str:
    # Feed text is untrusted: no terminal control sequences reach the screen. An invisible
    # format character (a soft hyphen in "Ve&shy;to") goes, another control is a space.
    return "".join(ch if ch.isprintable() else " " for ch in text.translate(DROP_INVISIBLE_FORMAT))


def _lead_title(lead: Alert) -> str:
    item = lead.item
    return shown_title(
        item.title, text=item.text, symbols=item.symbols, event=lead.event.type, url=item.url
    )


def story_line(story: DigestStory) -> str:
    """'P1 veto: <title> (2 item(s); UN press, UN News) — claimed by U0…' in plain text."""
    lead = story.lead
    outcome = story.outcome()
    return _printable(
        f"{lead.priority} {plain_event(lead)}: {_lead_title(lead)}"
        f" ({story.items} item(s); {', '.join(story.sources)})"
        + (f" — {outcome}" if outcome else "")
    )


def digest_lines(content: DigestContent, max_stories: int = 50) -> list[str]:
    """The digest as plain text (the console's rendering)."""
    lines = [
        f"{content.title} — daily digest, {content.start:%Y-%m-%d %H:%M} to "
        f"{content.end:%Y-%m-%d %H:%M} UTC",
        f"{content.alerts} alert(s) on {content.stories} story/stories"
        + (
            " · " + " · ".join(f"{p}: {content.by_priority.get(p, 0)}" for p in ("P1", "P2", "P3"))
            if content.alerts
            else ""
        ),
    ]
    shown = 0
    for section in content.sections:
        lines.append(f"{section.title}:")
        for story in section.stories:
            if shown >= max_stories:
                break
            lines.append(f"  {story_line(story)}")
            shown += 1
    if content.held:
        lines.append(f"Held for the digest ({len(content.held)}):")
        lines.extend(f"  {story_line(s)}" for s in content.held[:max_stories])
    if not content.alerts:
        lines.append("No alerts in this period.")
    for story_title, due in content.ga_debates:
        lines.append(
            f"General Assembly debate on the veto due by {due:%a %d %b %Y}: "
            f"{_printable(story_title)}"
        )
    lines.append(content.health)
    if content.events_problem:
        lines.append(events_line(content.events_problem))
    return lines
