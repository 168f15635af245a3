"""The Slack notifier: one top-level message per story, later items in its thread.

Delivery of one alert:

1. Route it: the channel of its highest-priority matched demand (a demand inherits its
   campaign's channel), else the default channel (``SLACK_CHANNEL`` or org.yaml's).
2. If the story has no message in that channel yet, post one and save it as the story's
   thread (insert-if-absent: when two processes race, the loser deletes its post and
   replies in the winner's thread). Otherwise post a thread reply, count it, and update
   the parent with "+N sources" — unless the story is muted.
3. Exactly once: every post carries metadata with the alert id. When the alert has been
   attempted before (its earlier claim lapsed, or a send failed), the channel's history
   (or the thread) is searched for that id first, and a post found there is recorded
   instead of posting again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from slack_sdk import WebClient

from demandwatch.config import AppConfig
from demandwatch.core.health import HealthNotice
from demandwatch.core.models import Alert, Mark, PollOutcome, Thread
from demandwatch.drafts import DraftRenderer, render_draft, template_dir
from demandwatch.exceptions import NotifyError
from demandwatch.slack import blocks
from demandwatch.slack.api import SlackApi, alert_metadata
from demandwatch.slack.blocks import ParentState, RenderContext, story_of
from demandwatch.store.base import Delivery, Store

log = logging.getLogger("demandwatch.slack")

# How far before an alert's creation its earlier post is looked for (clock skew margin).
LOOKUP_MARGIN = timedelta(hours=1)
DRAFT_EVENT = "demandwatch_draft"
OPS_EVENT = "demandwatch_ops"


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SlackNotifier:
    """Delivers alerts to Slack (the Notifier port), and updates what it posted."""

    def __init__(
        self,
        client: WebClient,
        store: Store,
        config: AppConfig,
        *,
        default_channel: str | None = None,
        clock: Callable[[], datetime] = _utc_now,
        max_wait: float = 0.0,
        api: SlackApi | None = None,
    ) -> None:
        self.api = api or SlackApi(client, max_wait=max_wait)
        self.store = store
        self.config = config
        self.context = RenderContext.from_config(config)
        self.default_channel = default_channel or config.org.default_channel
        self.ops_channel = config.org.ops_channel or self.default_channel
        self._clock = clock
        self._drafts = DraftRenderer(template_dir(config))

    # ------------------------------------------------------------------ routing

    def route(self, alert: Alert) -> str:
        """Demand channel, else campaign channel (inherited by the demand), else default."""
        for match in self.context.ordered(alert.matches):
            demand = self.context.demands.get(match.demand_id)
            if demand is not None and demand.channel:
                return demand.channel
        return self.default_channel

    # ------------------------------------------------------------------ Notifier port

    def send(self, alert: Alert) -> Delivery:
        channel = self.api.channel_id(self.route(alert))
        story = story_of(alert)
        status = self.store.alert_status(alert.id)
        # An alert attempted before may already be in Slack: look before posting again.
        retry = status is not None and status.attempts > 1
        thread = self.store.get_thread(story, channel)
        if thread is None:
            return self._post_story(alert, story, channel, retry=retry)
        if thread.alert_id == alert.id:  # posted and saved; only the final record was lost
            return Delivery(channel, thread.ts)
        return self._post_reply(alert, thread, retry=retry)

    def health(self, notice: HealthNotice) -> None:
        """A source's outage, silence or recovery, once per transition, in the ops channel."""
        self.post_ops(notice.text())

    def report(self, outcomes: list[PollOutcome]) -> None:
        """Nothing per run: source health is posted by :meth:`post_ops` when it changes."""
        failed = [o.source_id for o in outcomes if o.status == "failed"]
        if failed:
            log.info("sources failed this run: %s", ", ".join(failed))

    # ------------------------------------------------------------------ posting

    def _since(self, alert: Alert) -> datetime:
        return alert.created - LOOKUP_MARGIN

    def _post_story(self, alert: Alert, story: str, channel: str, *, retry: bool) -> Delivery:
        metadata = alert_metadata(alert.id, story)

        def find() -> str | None:
            return self.api.find_posted(channel, alert.id, since=self._since(alert))

        ts = find() if retry else None
        if ts is None:
            message = blocks.render_alert(alert, self.context)
            ts = self.api.post(channel, message, metadata=metadata, recover=find)
        stored = self.store.save_thread(Thread(story, channel, ts, alert.id))
        if stored.ts != ts:
            # Another process posted this story first: ours becomes a reply in its thread.
            log.info("story %s was posted twice in %s; moving ours into the thread", story, channel)
            self.api.delete(channel, ts)
            return self._post_reply(alert, stored, retry=False)
        return Delivery(channel, ts)

    def _post_reply(self, alert: Alert, thread: Thread, *, retry: bool) -> Delivery:
        if thread.muted and alert.priority != "P1":
            # Muting silences more coverage of a story, never a veto or a vote on it.
            log.info("story %s is muted: alert %s not posted", thread.story_id, alert.id)
            return Delivery(thread.channel, thread.ts)

        def find() -> str | None:
            return self.api.find_posted(
                thread.channel, alert.id, since=self._since(alert), thread_ts=thread.ts
            )

        ts = find() if retry else None
        if ts is None:
            # A reply that raises the story to P1 (the vote became a veto) pages the
            # owners and is shown in the channel too, once; further sources stay in the
            # thread, P1 or not.
            escalates = alert.priority == "P1" and not self._paged_before(alert, thread)
            message = blocks.render_reply(alert, self.context, escalates=escalates)
            ts = self.api.post(
                thread.channel,
                message,
                metadata=alert_metadata(alert.id, thread.story_id),
                thread_ts=thread.ts,
                broadcast=escalates,
                recover=find,
            )
        self.store.record_reply(thread.story_id, thread.channel, alert.id)
        self.refresh_parent(thread.story_id, thread.channel)
        return Delivery(thread.channel, ts)

    def _paged_before(self, alert: Alert, thread: Thread) -> bool:
        """Whether another P1 alert of this story was already delivered (and so paged)."""
        for other in self.store.story_alerts(thread.story_id):
            if other.id == alert.id or other.priority != "P1":
                continue
            status = self.store.alert_status(other.id)
            if status is not None and status.state in ("posted", "claimed", "dismissed"):
                return True
        return False

    def refresh_parent(self, story_id: str, channel: str, ts: str | None = None) -> bool:
        """Re-render the story's top-level message from the store (sources, claim, mute).

        ``ts`` is the message to update when the store has no thread for the story (a
        button pressed on a message whose recording was lost). Returns False when there
        is nothing to update.
        """
        thread = self.store.get_thread(story_id, channel)
        alert_id = thread.alert_id if thread else story_id
        target = thread.ts if thread else ts
        parent = self.store.get_alert(alert_id)
        if parent is None or target is None:
            return False
        status = self.store.alert_status(parent.id)
        muted = (
            Mark(thread.muted_by, thread.muted_at or self._clock())
            if thread is not None and thread.muted_by
            else None
        )
        state = ParentState(
            extra_sources=thread.replies if thread else 0,
            claimed=status.claimed if status else None,
            dismissed=status.dismissed if status else None,
            muted=muted,
        )
        message = blocks.render_alert(parent, self.context, state)
        self.api.update(
            channel, target, message, metadata=alert_metadata(parent.id, story_of(parent))
        )
        return True

    def draft_text(self, story_id: str, alert_id: str | None = None) -> tuple[str, Alert]:
        """The story's draft statement (plain text) and the alert it leads with."""
        alerts: Sequence[Alert] = self.store.story_alerts(story_id)
        if not alerts and alert_id:
            single = self.store.get_alert(alert_id)
            alerts = [single] if single else []
        if not alerts:
            raise NotifyError(f"no alert recorded for story {story_id}")
        today = self._clock().astimezone(ZoneInfo(self.config.org.timezone)).date()
        text = render_draft(
            alerts, self.config, today=today, story_id=story_id, renderer=self._drafts
        )
        return text, alerts[0]

    def post_draft(
        self,
        story_id: str,
        channel: str,
        thread_ts: str,
        *,
        alert_id: str | None = None,
        user: str | None = None,
    ) -> str:
        """Post the story's draft statement in its thread; return the reply's ts."""
        text, lead = self.draft_text(story_id, alert_id)
        message = blocks.render_draft(text, lead, requested_by=user)
        return self.api.post(
            channel,
            message,
            metadata=alert_metadata(lead.id, story_id, DRAFT_EVENT),
            thread_ts=thread_ts,
        )

    def post_ops(self, text: str) -> str:
        """A source-health notice in the ops channel (``text`` is escaped as untrusted)."""
        channel = self.api.channel_id(self.ops_channel)
        message = blocks.render_ops(text)
        return self.api.post(
            channel,
            message,
            metadata={"event_type": OPS_EVENT, "event_payload": {"kind": "health"}},
        )
