"""The Slack adapter: posts, updates, deletes, and finds its own earlier posts.

Every post carries message metadata with the alert id and story id, so a post whose
recording was lost (a crash, a dropped answer) is found again instead of repeated. What to
post where, and when, is decided by the delivery use case (``app.delivery``) and the rules
in ``core.delivery``; routing is ``core.routing``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from slack_sdk import WebClient

from demandwatch.config import AppConfig
from demandwatch.core.delivery import REJECTED_ERRORS, ParentState, Placement
from demandwatch.core.drafts import lead_of
from demandwatch.core.health import HealthReport
from demandwatch.core.models import Alert, Mark, PollOutcome
from demandwatch.drafts import DraftRenderer, render_draft, template_dir
from demandwatch.exceptions import NotifyError
from demandwatch.slack import blocks
from demandwatch.slack.api import SlackApi, alert_metadata
from demandwatch.slack.blocks import RenderContext, story_of
from demandwatch.store.base import Store

log = logging.getLogger("demandwatch.slack")

# How far before an alert's creation its earlier post is looked for (clock skew margin).
LOOKUP_MARGIN = timedelta(hours=1)
DRAFT_EVENT = "demandwatch_draft"
OPS_EVENT = "demandwatch_ops"
ESCALATION_EVENT = "demandwatch_escalation"
FLOOD_EVENT = "demandwatch_flood"


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
        deployment: str = "",
    ) -> None:
        self.api = api or SlackApi(client, max_wait=max_wait)
        # This deployment's id in its messages' metadata, so that a look-up for an earlier
        # try's post never takes another deployment's for it (probe s13 H7); "": unnamed.
        self.deployment = deployment
        self.store = store
        self.config = config
        self.context = RenderContext.from_config(config)
        self.default_channel = default_channel or config.org.default_channel
        self.ops_channel = config.org.ops_channel or self.default_channel
        self._clock = clock
        self._drafts = DraftRenderer(template_dir(config))

    # ------------------------------------------------------------------ Poster port

    def resolve(self, channel: str) -> str:
        return self.api.channel_id(channel)

    def post_alert(
        self,
        channel: str,
        alert: Alert,
        placement: Placement,
        *,
        on_resend: Callable[[], None] | None = None,
    ) -> str:
        """Post a story's top-level message, or an alert in a thread, as ``placement`` says.

        A top-level P1 message pages its owners when ``page`` (the renderer adds the
        mentions); a reply pages, and is shown in the channel too, only when it
        ``escalate``s the story. A reply in a thread several stories share says which one
        it is ``more_on``. Before a retry sends it again, the earlier attempt is looked
        for by its metadata.
        """
        story_id = story_of(alert)
        thread_ts = placement.thread_ts
        if placement.reply:
            message = blocks.render_reply(
                alert, self.context, escalates=placement.escalate, more_on=placement.more_on
            )
        else:
            message = blocks.render_alert(alert, self.context, page=placement.page)

        def find() -> str | None:
            return self.find_alert(channel, alert, thread_ts=thread_ts)

        def send(message: blocks.Message) -> str:
            return self.api.post(
                channel,
                message,
                metadata=alert_metadata(alert.id, story_id, deployment=self.deployment),
                thread_ts=thread_ts,
                broadcast=placement.escalate and thread_ts is not None,
                recover=find,
                on_resend=on_resend,
            )

        # Slack refusing the layout (a Block Kit limit misjudged, text Slack reads
        # otherwise): the alert goes out plain, mentions, link and buttons kept, then as
        # text alone, rather than not at all (probe s16 L1: a refused veto reached nobody).
        plainer = (blocks.plain(message, alert), blocks.plain(message, alert, buttons=False))
        for attempt in (message, *plainer[:-1]):
            try:
                return send(attempt)
            except NotifyError as exc:
                if exc.code not in REJECTED_ERRORS:
                    raise
                log.warning(
                    "Slack refused alert %s's layout (%s); sending it plainer", alert.id, exc.code
                )
        return send(plainer[-1])

    def find_alert(self, channel: str, alert: Alert, *, thread_ts: str | None = None) -> str | None:
        return self.api.find_posted(
            channel,
            alert.id,
            since=alert.created - LOOKUP_MARGIN,
            thread_ts=thread_ts,
            deployment=self.deployment,
        )

    def update_parent(self, channel: str, ts: str, alert: Alert, shown: ParentState) -> None:
        message = blocks.render_alert(alert, self.context, shown)
        self.api.update(
            channel,
            ts,
            message,
            metadata=alert_metadata(alert.id, story_of(alert), deployment=self.deployment),
        )

    def delete(self, channel: str, ts: str) -> None:
        self.api.delete(channel, ts)

    def health(self, notice: HealthReport) -> None:
        """A source's outage, silence or recovery (or several sources' alike, in one
        message), once per transition, in the ops channel."""
        self.post_ops(notice.text())

    def report(self, outcomes: list[PollOutcome]) -> None:
        """Nothing per run: source health is posted by :meth:`post_ops` when it changes."""
        failed = [o.source_id for o in outcomes if o.status == "failed"]
        if failed:
            log.info("sources failed this run: %s", ", ".join(failed))

    def refresh_parent(self, story_id: str, channel: str, ts: str | None = None) -> bool:
        """Re-render the story's top-level message from the store (sources, claim, mute).

        ``ts`` is the message to update when the store has no thread for the story (a
        button pressed on a message whose recording was lost). Returns False when there
        is nothing to update.

        The store is read again once the update is done: another worker may have raised
        the story meanwhile (the veto's reply re-heads the message) and seen its own
        update land before this one, rendered from the story as it was; then the message
        is rendered again, so a refresh never leaves a vetoed draft's message reading
        "Vote scheduled" (probe s15 K5: a Claim's refresh, slow in Slack, raced the veto).
        """
        view = self._parent_view(story_id, channel, ts)
        if view is None:
            return False
        self._update_view(channel, view)
        again = self._parent_view(story_id, channel, ts)
        if again is not None and again.shown != view.shown:
            self._update_view(channel, again)
        return True

    def _update_view(self, channel: str, view: _ParentView) -> None:
        self.update_parent(channel, view.target, view.parent, view.state)

    def _parent_view(self, story_id: str, channel: str, ts: str | None) -> _ParentView | None:
        """The story's top-level message as the store has it now: where it is, the alert
        it shows and what it shows besides."""
        thread = self.store.get_thread(story_id, channel)
        alert_id = thread.alert_id if thread else story_id
        parent = self.store.get_alert(alert_id)
        status = self.store.alert_status(parent.id) if parent is not None else None
        # The story's own message: the thread's root, or (a story the flood guard grouped)
        # its message inside the summary's thread.
        own = status.ts if status and status.channel == channel and status.ts else None
        target = own or (thread.ts if thread else ts)
        if parent is None or target is None:
            return None
        muted = (
            Mark(thread.muted_by, thread.muted_at or self._clock())
            if thread is not None and thread.muted_by
            else None
        )
        # The same header as the delivery use case renders (a vote that became a veto
        # reads as the veto); imported here, the buttons' path needs it only now.
        from demandwatch.app.delivery import story_header

        raised_by, facts_by = story_header(self.store, parent, channel)

        state = ParentState(
            extra_sources=thread.replies if thread else 0,
            claimed=status.claimed if status else None,
            dismissed=status.dismissed if status else None,
            muted=muted,
            raised_by=raised_by,
            facts_by=facts_by,
        )
        return _ParentView(target, parent, state)

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
        return text, lead_of(alerts)

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
            metadata=alert_metadata(lead.id, story_id, DRAFT_EVENT, self.deployment),
            thread_ts=thread_ts,
        )

    def post_ops(self, text: str) -> None:
        self.post_ops_message(text)

    def post_summary(self, channel: str, alerts: Sequence[Alert]) -> str:
        message = blocks.render_flood_summary(alerts, self.context)
        return self.api.post(
            channel,
            message,
            metadata={
                "event_type": FLOOD_EVENT,
                "event_payload": {
                    "stories": [story_of(a) for a in alerts][:40],
                    **({"deployment": self.deployment} if self.deployment else {}),
                },
            },
            recover=lambda: self.find_summary(channel, alerts),
        )

    def window_summary(
        self, channel: str, window: str, alerts: Sequence[Alert]
    ) -> tuple[str, list[str]] | None:
        """The flood summary a relay window's leftovers opened in ``channel`` (its
        metadata names the window), with the stories it holds; None if none was posted.
        ``alerts``, the later flood's: the summary was posted after its window began, and
        so less than the window's length before they were relayed."""
        found = self.api.find_payload(
            channel,
            {"window": window},
            since=min(a.created for a in alerts) - LOOKUP_MARGIN,
            event_type=FLOOD_EVENT,
            deployment=self.deployment,
        )
        if found is None:
            return None
        ts, payload = found
        stories = payload.get("stories")
        return ts, [str(s) for s in stories] if isinstance(stories, list) else []

    def post_window_summary(
        self, channel: str, window: str, alerts: Sequence[Alert], ts: str | None = None
    ) -> str:
        """Post the window's summary of ``alerts``, or (``ts``: it is posted) rewrite it
        to name them all, the stories a later flood of the window brings included."""
        message = blocks.render_flood_summary(alerts, self.context)
        metadata = {
            "event_type": FLOOD_EVENT,
            "event_payload": {
                "stories": [story_of(a) for a in alerts][:40],
                "window": window,
                **({"deployment": self.deployment} if self.deployment else {}),
            },
        }
        if ts is not None:
            self.api.update(channel, ts, message, metadata=metadata)
            return ts

        def recover() -> str | None:
            found = self.window_summary(channel, window, alerts)
            return found[0] if found is not None else None

        return self.api.post(channel, message, metadata=metadata, recover=recover)

    def find_summary(self, channel: str, alerts: Sequence[Alert]) -> str | None:
        """The ts of an earlier flood summary naming one of these alerts' stories (its
        metadata), if one was posted: a flood cut short is finished in it. The first few
        stories are looked for: a retried flood lists them in the same order."""
        since = min(a.created for a in alerts) - LOOKUP_MARGIN
        for story in dict.fromkeys(story_of(a) for a in alerts[:3]):
            ts = self.api.find_message(
                channel,
                {"stories": story},
                since=since,
                event_type=FLOOD_EVENT,
                deployment=self.deployment,
            )
            if ts is not None:
                return ts
        return None

    def post_escalation(
        self,
        channel: str,
        thread_ts: str | None,
        alert: Alert,
        *,
        mention: str | None,
        after: timedelta,
        look_first: bool = False,
    ) -> str:
        """Re-raise ``alert`` in its thread. With ``look_first`` (a claim taken over from a
        run killed while it re-raised), an earlier re-raise of the story in the thread is
        adopted, not repeated: looked up by story, since the due P1 the next run picks
        may be another of the story's. The lookup needs the history scope, which an
        installation may lack: a lookup that fails posts anyway (a second page after a
        crash is better than none)."""
        story = story_of(alert)

        def find() -> str | None:
            try:
                return self.api.find_message(
                    channel,
                    {"story_id": story},
                    since=alert.created - LOOKUP_MARGIN,
                    thread_ts=thread_ts,
                    event_type=ESCALATION_EVENT,
                    deployment=self.deployment,
                )
            except NotifyError as exc:
                log.warning("re-raise of %s: cannot look for an earlier one (%s)", alert.id, exc)
                return None

        earlier = find() if look_first else None
        if earlier is not None:
            return earlier
        message = blocks.render_escalation(alert, self.context, mention, after)
        return self.api.post(
            channel,
            message,
            metadata=alert_metadata(alert.id, story, ESCALATION_EVENT, self.deployment),
            thread_ts=thread_ts,
            recover=find,
        )

    def post_ops_message(self, text: str) -> str:
        """A source-health notice in the ops channel (``text`` is escaped as untrusted)."""
        channel = self.api.channel_id(self.ops_channel)
        message = blocks.render_ops(text)
        return self.api.post(
            channel,
            message,
            metadata={"event_type": OPS_EVENT, "event_payload": {"kind": "health"}},
        )


@dataclass(frozen=True)
class _ParentView:
    """A story's top-level message as the store has it: where, which alert, and what it
    shows besides (SlackNotifier.update_parent's arguments)."""

    target: str
    parent: Alert
    state: ParentState

    @property
    def shown(self) -> tuple[object, ...]:
        """What its rendering depends on, to tell whether it changed (a mute mark's time
        comes from the clock when the store has none: left out)."""
        state = self.state
        return (
            self.target,
            self.parent.id,
            state.extra_sources,
            state.claimed,
            state.dismissed,
            state.muted.user if state.muted is not None else None,
            state.raised_by.id if state.raised_by is not None else None,
            state.facts_by.id if state.facts_by is not None else None,
        )
