"""The console notifier: alerts as readable text, for local runs and for trying queries."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import TextIO

from demandwatch.core.delivery import ParentState, Placement
from demandwatch.core.drafts import plain_event
from demandwatch.core.health import HealthReport
from demandwatch.core.models import Alert, PollOutcome, distinct_acts
from demandwatch.core.text import DROP_INVISIBLE_FORMAT

_RULE = "─" * 72


def _clean(text: str) -> str:
    # Feed text is untrusted: no terminal control sequences reach the screen. An invisible
    # format character (a soft hyphen in "Ve&shy;to") goes, as the reader never saw it;
    # another control is a space.
    return "".join(
        ch if ch.isprintable() or ch == "\n" else " "
        for ch in text.translate(DROP_INVISIBLE_FORMAT)
    )


def format_alert(alert: Alert) -> str:
    item = alert.item
    lines = [_RULE]
    event = alert.event
    headline = f"{alert.priority} {plain_event(alert).upper()}"
    if alert.story_id:
        headline += f"  (story {alert.story_id})"
    lines.append(headline)
    for match in alert.matches:
        title = alert.demand_titles.get(match.demand_id, match.demand_id)
        lines.append(f"▶ {match.demand_id}: {title}")
    lines.append(f"  {_clean(item.title)}")
    when = item.published.strftime("%Y-%m-%d %H:%M UTC")
    if not item.published_trusted:
        when += " (seen; source gave no usable date)"
    lines.append(f"  {_clean(alert.source_name)} · {when}")
    if item.url:
        lines.append(f"  {_clean(item.url)}")
    if item.text:
        excerpt = _clean(item.text)
        lines.append(f"  {excerpt[:280]}{'…' if len(excerpt) > 280 else ''}")
    for match in alert.matches:
        lines.append(f"  why {match.demand_id}: {', '.join(match.terms)}")
    if item.symbols:
        lines.append(f"  symbols: {', '.join(item.symbols)}")
    if event.actors:
        who = "; ".join(f"{a.name} {a.role.replace('_', ' ')}" for a in distinct_acts(event.actors))
        lines.append(f"  who: {_clean(who)}")
    if event.vote is not None:
        lines.append(f"  vote: {event.vote.summary()}")
    if alert.ga_debate_due is not None:
        lines.append(
            f"  General Assembly must debate this veto by {alert.ga_debate_due:%a %d %b %Y}"
            " (resolution 76/262)"
        )
    return "\n".join(lines)


def format_outcome(outcome: PollOutcome) -> str:
    status = outcome.status + (" (baseline)" if outcome.baseline else "")
    line = (
        f"{outcome.source_id:<28} {status:<22} items={outcome.items:<3} new={outcome.new:<3} "
        f"matched={outcome.matched:<3} {outcome.elapsed_ms:7.0f} ms"
    )
    if outcome.changed:
        line += f" changed={outcome.changed}"
    if outcome.too_old:
        # (remembered without alerting: dated beyond max_item_age)
        line += f" too_old={outcome.too_old}"
    if outcome.reason:
        line += f"  {outcome.reason}"
    if outcome.moved_to:
        line += f"  moved permanently to {outcome.moved_to}: update its url in sources.yaml"
    return line


class ConsoleNotifier:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stdout
        # Whether anything was printed since the last summary: the rule before a summary
        # parts it from alerts, and is not printed above a summary alone (probe s18 P3).
        self._printed = False

    def _print(self, text: str) -> None:
        print(text, file=self._stream, flush=True)
        self._printed = True

    # The Poster port: the terminal has no threads to look back into, so a later item of
    # a story is printed like any alert, marked as more on the story.

    def resolve(self, channel: str) -> str:
        return channel

    def post_alert(
        self,
        channel: str,
        alert: Alert,
        placement: Placement,
        *,
        on_resend: Callable[[], None] | None = None,
    ) -> str:
        text = format_alert(alert)
        if placement.reply:
            text += f"\n  (more on story {alert.story_id or alert.id}, first shown above)"
        self._print(text)
        return alert.id

    def find_alert(self, channel: str, alert: Alert, *, thread_ts: str | None = None) -> str | None:
        return None

    def update_parent(self, channel: str, ts: str, alert: Alert, shown: ParentState) -> None:
        return None

    def delete(self, channel: str, ts: str) -> None:
        return None

    def post_ops(self, text: str) -> None:
        self._print(f"⚠ {_clean(text)}")

    def post_summary(self, channel: str, alerts: Sequence[Alert]) -> str:
        self._print(f"{_RULE}\n{len(alerts)} new stories at once; each follows:")
        return f"summary-{alerts[0].id if alerts else ''}"

    def find_summary(self, channel: str, alerts: Sequence[Alert]) -> str | None:
        return None

    def window_summary(
        self, channel: str, window: str, alerts: Sequence[Alert]
    ) -> tuple[str, list[str]] | None:
        return None

    def post_window_summary(
        self, channel: str, window: str, alerts: Sequence[Alert], ts: str | None = None
    ) -> str:
        return self.post_summary(channel, alerts) if ts is None else ts

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
        minutes = int(after.total_seconds() // 60)
        who = f" {_clean(mention)}:" if mention else ""
        self._print(
            f"⏰{who} P1 not claimed for {minutes} min: {_clean(alert.item.title or alert.item.url)}"
        )
        return alert.id

    def health(self, notice: HealthReport) -> None:
        mark = "✔" if notice.kind == "recovered" else "⚠"
        self._print(f"{mark} {_clean(notice.text())}")

    def report(self, outcomes: list[PollOutcome]) -> None:
        if self._printed:
            print(_RULE, file=self._stream)
            self._printed = False
        for outcome in outcomes:
            # A reason or a new address can carry a server's words: cleaned like feed text.
            print(_clean(format_outcome(outcome)), file=self._stream)
        self._stream.flush()
