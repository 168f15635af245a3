"""The digest as a Slack message: :class:`core.digest.DigestContent` in mrkdwn sections.
Feed text (titles, source names from items) is escaped as untrusted; mentions are only
the user ids Slack itself gave for claims and dismissals."""

from __future__ import annotations

import hashlib
from datetime import datetime

from demandwatch.core.digest import DigestContent, DigestStory
from demandwatch.core.drafts import event_label
from demandwatch.core.routing import Routes
from demandwatch.core.status import events_line
from demandwatch.exceptions import NotifyError
from demandwatch.slack.api import SlackApi
from demandwatch.slack.blocks import SECTION_TEXT, Message
from demandwatch.slack.escape import date_token, escape, link, untrusted, user_mention

MAX_STORIES = 15
_PRIORITY_EMOJI = {"P1": "🔴", "P2": "🟠", "P3": "🔵"}


def _story(story: DigestStory) -> str:
    lead = story.lead
    title_link = link(lead.item.url, lead.item.title or lead.item.url, 400)
    status = ""
    if story.status is not None and story.status.dismissed is not None:
        status = f" — not relevant ({user_mention(story.status.dismissed.user)})"
    elif story.status is not None and story.status.claimed is not None:
        status = f" — claimed by {user_mention(story.status.claimed.user)}"
    elif story.status is not None and story.status.state in ("pending", "delivering"):
        status = " — not delivered yet"
    elif story.status is not None and story.status.state == "failed":
        status = " — delivery failed"
    if story.drafted:
        status += " · draft made"
    sources = untrusted(", ".join(story.sources), 600)
    return (
        f"{_PRIORITY_EMOJI.get(lead.priority, '')} *{lead.priority}* "
        f"{escape(event_label(lead))}: {title_link} "
        f"({story.items} item(s): {sources}){status}"
    )


def compose_digest(content: DigestContent) -> Message:
    """The digest message, within Block Kit's limits (3000 characters a section)."""
    header = (
        f"*{escape(content.title)} — daily digest* "
        f"({date_token(content.start)} to {date_token(content.end)})\n"
        f"{content.alerts} alert(s) on {content.stories} story/stories"
    )
    if content.alerts:
        header += " · " + " · ".join(
            f"{p}: {content.by_priority.get(p, 0)}" for p in ("P1", "P2", "P3")
        )
        header += "\n" + " · ".join(f"{n} {s}" for s, n in sorted(content.by_state.items()))
    body: list[str] = []
    shown = 0
    total = sum(len(s.stories) for s in content.sections)
    for section in content.sections:
        if shown >= MAX_STORIES:
            break
        body.append(f"*{escape(section.title)}*")
        for story in section.stories:
            if shown >= MAX_STORIES:
                break
            body.append(_story(story))
            shown += 1
    if total > shown:
        body.append(f"… and {total - shown} more")
    if content.held:
        body.append(f"*Held for the digest* ({len(content.held)}):")
        body.extend(_story(s) for s in content.held[:MAX_STORIES])
        if len(content.held) > MAX_STORIES:
            body.append(f"… and {len(content.held) - MAX_STORIES} more held")
    if not content.alerts:
        body.append("No alerts in this period.")
    # Resolution 76/262: the General Assembly meets within ten working days of a veto.
    # The alert said so once; the digest keeps reminding until the day has passed.
    for title, due in content.ga_debates:
        body.append(
            # The story's title is feed text: cleaned like every title (probe s14 N14:
            # bidi controls turned "exe.gro.nu" into "un.org.exe" on this line only).
            f"🏛️ General Assembly debate on the veto due by *{due:%a %d %b %Y}*: "
            f"{untrusted(title, 400)}"
        )
    body.append(escape(content.health))
    if content.events_problem:
        body.append(escape(events_line(content.events_problem)))

    sections: list[str] = [header]
    for text in body:
        if len(sections[-1]) + 1 + len(text) > SECTION_TEXT:
            sections.append(text[:SECTION_TEXT])
        else:
            sections[-1] += "\n" + text
    blocks = tuple(
        {"type": "section", "text": {"type": "mrkdwn", "text": s}} for s in sections[:50]
    )
    return Message(content.fallback(), blocks)


DIGEST_EVENT = "demandwatch_digest"


def deployment_id(state: str) -> str:
    """Which deployment a digest is from, as its message metadata says: a digest of the day
    in the channel is this deployment's own (an earlier try's) only if it carries this.
    Another deployment (another stack, ``run --loop`` elsewhere) posting to the same
    channel has its own digest, with its own stories. ``state`` names where this
    deployment keeps its state (its table, or host and state file); only a hash of it
    goes to Slack."""
    return hashlib.sha256(state.encode()).hexdigest()[:16]


class SlackDigestPoster:
    """Posts each campaign's digest to the campaign's channel (the one routing rule).

    ``deployment`` (:func:`deployment_id`) goes in each digest's metadata, and a digest is
    found as already posted only with it."""

    def __init__(self, api: SlackApi, routes: Routes, *, deployment: str = "") -> None:
        self.api = api
        self.routes = routes
        self.deployment = deployment

    def _payload(self, campaign_id: str, day: str) -> dict[str, str]:
        payload = {"campaign": campaign_id}
        if day:
            payload["day"] = day
        if self.deployment:
            payload["deployment"] = self.deployment
        return payload

    def post_digest(
        self,
        campaign_id: str,
        content: DigestContent,
        *,
        day: str = "",
        since: datetime | None = None,
    ) -> None:
        channel = self.api.channel_id(self.routes.for_campaign(campaign_id))
        payload = self._payload(campaign_id, day)

        def recover() -> str | None:
            # SlackApi re-sends after a 5xx or a dropped connection: an attempt that
            # landed is found by its metadata instead (a failed lookup re-sends).
            if not day or since is None:
                return None
            try:
                return self.api.find_message(channel, payload, since=since, event_type=DIGEST_EVENT)
            except NotifyError:
                return None

        self.api.post(
            channel,
            compose_digest(content),
            metadata={"event_type": DIGEST_EVENT, "event_payload": payload},
            recover=recover,
        )

    def find_digest(self, campaign_id: str, day: str, since: datetime) -> bool:
        """Whether the campaign's digest of ``day`` is in its channel (posted since ``since``)."""
        channel = self.api.channel_id(self.routes.for_campaign(campaign_id))
        payload = self._payload(campaign_id, day)
        found = self.api.find_message(channel, payload, since=since, event_type=DIGEST_EVENT)
        return found is not None
