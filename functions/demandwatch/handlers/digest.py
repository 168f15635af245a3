"""Daily (EventBridge Scheduler): a digest of the last day's stories to each campaign's
channel — how many alerts, what happened, what people did with them, and how the
sources are doing. P3 alerts, which are never posted on their own, appear only here.

It says only what the store knows: a story's line shows its most severe alert, the
number of items the day brought, and whether someone claimed or dismissed it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from demandwatch.config import AppConfig
from demandwatch.core.drafts import EVENT_LABELS
from demandwatch.core.models import EVENT_TYPES, Alert, AlertStatus, SourceState
from demandwatch.core.stories import Story
from demandwatch.handlers._runtime import Event, Invocation, make_handler
from demandwatch.handlers.schedule import parse_event
from demandwatch.ports import AlertRecord
from demandwatch.slack.blocks import SECTION_TEXT, Message
from demandwatch.slack.escape import date_token, escape, link, user_mention

REQUIRE = ("secret_id",)
MAX_STORIES = 15
DIGEST_EVENT = "demandwatch_digest"
_PRIORITY_EMOJI = {"P1": "🔴", "P2": "🟠", "P3": "🔵"}


@dataclass(frozen=True)
class StoryLine:
    """One story of the day, as the digest shows it."""

    lead: Alert
    items: int
    status: AlertStatus | None


def stories_of(records: Sequence[AlertRecord]) -> list[list[AlertRecord]]:
    """The day's alerts grouped by story, most severe (then most recent) first."""
    groups: dict[str, list[AlertRecord]] = {}
    for record in records:
        groups.setdefault(record.alert.story_id or record.alert.id, []).append(record)

    def rank(group: list[AlertRecord]) -> tuple[str, int, float]:
        lead = _lead(group)
        return (lead.priority, EVENT_TYPES.index(lead.event.type), -lead.created.timestamp())

    return sorted(groups.values(), key=rank)


def _lead(group: Sequence[AlertRecord]) -> Alert:
    return min(
        (r.alert for r in group),
        key=lambda a: (a.priority, EVENT_TYPES.index(a.event.type), a.created),
    )


def campaign_of(alert: Alert, config: AppConfig) -> str:
    demands = {d.id: d for d in config.demands}
    for match in alert.matches:
        if match.demand_id in demands:
            return demands[match.demand_id].campaign_id
    return config.campaigns[0].id


def campaign_of_story(story: Story, config: AppConfig) -> str:
    demands = {d.id: d for d in config.demands}
    for demand_id in story.demands:
        if demand_id in demands:
            return demands[demand_id].campaign_id
    return config.campaigns[0].id


def compose_digest(
    *,
    title: str,
    start: datetime,
    end: datetime,
    records: Sequence[AlertRecord],
    lines: Sequence[StoryLine],
    sources: Mapping[str, SourceState],
    source_names: Mapping[str, str],
    ga_debates: Sequence[Story] = (),
) -> Message:
    """The digest message (feed text escaped as untrusted, within Block Kit's limits)."""
    by_priority = Counter(r.alert.priority for r in records)
    by_state = Counter(r.state for r in records)
    header = (
        f"*{escape(title)} — daily digest* ({date_token(start)} to {date_token(end)})\n"
        f"{len(records)} alert(s) on {len(lines)} story/stories"
    )
    if records:
        header += " · " + " · ".join(f"{p}: {by_priority[p]}" for p in ("P1", "P2", "P3"))
        header += "\n" + " · ".join(f"{n} {s}" for s, n in sorted(by_state.items()))
    body: list[str] = []
    for line in lines[:MAX_STORIES]:
        lead = line.lead
        what = EVENT_LABELS[lead.event.type]
        title_link = link(lead.item.url, lead.item.title or lead.item.url, 400)
        status = ""
        if line.status is not None and line.status.dismissed is not None:
            status = f" — not relevant ({user_mention(line.status.dismissed.user)})"
        elif line.status is not None and line.status.claimed is not None:
            status = f" — claimed by {user_mention(line.status.claimed.user)}"
        elif line.status is not None and line.status.state in ("pending", "delivering"):
            status = " — not delivered yet"
        body.append(
            f"{_PRIORITY_EMOJI.get(lead.priority, '')} *{lead.priority}* {escape(what)}: "
            f"{title_link} ({line.items} item(s)){status}"
        )
    if len(lines) > MAX_STORIES:
        body.append(f"… and {len(lines) - MAX_STORIES} more")
    if not records:
        body.append("No alerts in this period.")
    # Resolution 76/262: the General Assembly meets within ten working days of a veto.
    # The alert said so once; the digest keeps reminding until the day has passed.
    for story in sorted(ga_debates, key=lambda s: s.ga_debate_due or end.date()):
        body.append(
            f"🏛️ General Assembly debate on the veto due by "
            f"*{story.ga_debate_due:%a %d %b %Y}*: {escape(story.title)}"
        )
    failing = sorted(
        source_names.get(s.source_id, s.source_id)
        for s in sources.values()
        if s.consecutive_failures > 0
    )
    health = f"Sources: {len(sources) - len(failing)} ok, {len(failing)} failing"
    if failing:
        health += " (" + ", ".join(escape(name) for name in failing) + ")"
    body.append(health)

    # Section texts are limited to 3000 characters: one block per run of lines that fits.
    sections: list[str] = [header]
    for text in body:
        if len(sections[-1]) + 1 + len(text) > SECTION_TEXT:
            sections.append(text[:SECTION_TEXT])
        else:
            sections[-1] += "\n" + text
    blocks = tuple(
        {"type": "section", "text": {"type": "mrkdwn", "text": s}} for s in sections[:50]
    )
    fallback = f"{title} — daily digest: {len(records)} alert(s) on {len(lines)} story/stories"
    return Message(fallback, blocks)


def run(event: Event, invocation: Invocation) -> dict[str, Any]:
    from demandwatch.bootstrap import build_routes

    scheduled = parse_event(event)
    app = invocation.app
    settings = app.settings()
    end = scheduled.scheduled_time or app.clock()
    start = end - app.cloud.digest_window
    records = app.store.alerts_between(start, end)
    sources = {s.id: app.store.get_source_state(s.id) for s in app.config.sources}
    names = {s.id: s.name for s in app.config.sources}
    # Ten working days are at most fourteen calendar days, plus holidays' margin.
    ga_debates = [
        story
        for story in app.store.recent_stories(end - timedelta(days=21))
        if story.ga_debate_due is not None and story.ga_debate_due >= end.date()
    ]
    api = app.notifier(settings).api  # the container's client and channel-id cache
    routes = build_routes(app.config, settings)
    posted = 0
    for campaign in app.config.campaigns:
        mine = [r for r in records if campaign_of(r.alert, app.config) == campaign.id]
        lines = [
            StoryLine(_lead(group), len(group), app.store.alert_status(_lead(group).id))
            for group in stories_of(mine)
        ]
        message = compose_digest(
            title=campaign.title,
            start=start,
            end=end,
            records=mine,
            lines=lines,
            sources=sources,
            source_names=names,
            ga_debates=[s for s in ga_debates if campaign_of_story(s, app.config) == campaign.id],
        )
        channel = api.channel_id(routes.for_campaign(campaign.id))
        api.post(
            channel,
            message,
            metadata={"event_type": DIGEST_EVENT, "event_payload": {"campaign": campaign.id}},
        )
        posted += 1
    invocation.logger.info("digest posted", extra={"campaigns": posted, "alerts": len(records)})
    return {"campaigns": posted, "alerts": len(records)}


handler = make_handler(run, require=REQUIRE)
