"""Block Kit messages: the story alert, its thread replies, the draft, ops notices.

Rendering is pure: an alert (plus what people did with it) in, a :class:`Message` out.
Every piece of feed text goes through :mod:`demandwatch.slack.escape` and is cut to its
own budget before the block is built; the blocks are then built with slack_sdk's models,
whose validation is a second check on Block Kit's limits (50 blocks, 3000 characters of
section text, 150 of header, 2000 of button value). An over-long item is truncated, never
rejected by Slack.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from demandwatch.config import AppConfig
from demandwatch.core.delivery import ParentState
from demandwatch.core.drafts import event_label, long_date
from demandwatch.core.models import (
    Actor,
    ActorRole,
    Alert,
    Demand,
    Item,
    Match,
    Priority,
    distinct_acts,
)
from demandwatch.slack.escape import (
    ELLIPSIS,
    code_safe,
    config_mention,
    date_token,
    escape,
    link,
    link_host,
    literal,
    safe_url,
    truncate,
    untrusted,
    user_mention,
)
from demandwatch.slack.kit import ACTION_CLAIM as ACTION_CLAIM
from demandwatch.slack.kit import ACTION_DISMISS as ACTION_DISMISS
from demandwatch.slack.kit import ACTION_DRAFT as ACTION_DRAFT
from demandwatch.slack.kit import ACTION_MUTE as ACTION_MUTE
from demandwatch.slack.kit import SECTION_TEXT as SECTION_TEXT
from demandwatch.slack.kit import story_of as story_of

# Block Kit's limits (https://docs.slack.dev/reference/block-kit/blocks).
MAX_BLOCKS = 50
# (SECTION_TEXT, 3000, and the buttons' action ids are demandwatch.slack.kit's.)
HEADER_TEXT = 150
BUTTON_VALUE = 2000
CONTEXT_TEXT = 2000
# The top-level `text` is what notifications and screen readers show; Slack accepts far
# more, but nobody reads more than this in a notification.
FALLBACK_TEXT = 3000

# Budgets for feed text inside those limits.
TITLE_BUDGET = 300
EXCERPT_BUDGET = 700
REPLY_EXCERPT_BUDGET = 300
WHY_BUDGET = 1500

ACTIONS_BLOCK_ID = "demandwatch.actions"

_PRIORITY_EMOJI: Mapping[Priority, str] = {"P1": "🔴", "P2": "🟠", "P3": "🔵"}
_ROLE_LABELS: tuple[tuple[ActorRole, str], ...] = (
    ("vetoed", "Vetoed"),
    ("threatened_veto", "Threatened a veto"),
    ("voted_against", "Against"),
    ("abstained", "Abstained"),
)
_DEMAND_RANK = {"high": 0, "normal": 1, "low": 2}


@dataclass(frozen=True)
class Message:
    """A Slack message: the `text` fallback and the Block Kit blocks (JSON-ready)."""

    text: str
    blocks: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class RenderContext:
    """The configuration rendering needs: demands (owner, priority) and the on-call group."""

    demands: Mapping[str, Demand] = field(default_factory=dict)
    on_call: str | None = None

    @classmethod
    def from_config(cls, config: AppConfig) -> RenderContext:
        return cls(demands={d.id: d for d in config.demands}, on_call=config.org.on_call)

    def ordered(self, matches: Iterable[Match]) -> list[Match]:
        """Matches, high-priority demands first, configuration order otherwise."""
        order = list(self.demands)
        return sorted(
            matches,
            key=lambda m: (
                _DEMAND_RANK[self.demands[m.demand_id].priority]
                if m.demand_id in self.demands
                else 3,
                order.index(m.demand_id) if m.demand_id in order else len(order),
            ),
        )

    def mentions(self, alert: Alert) -> list[str]:
        """Who a P1 alert pages: the matched demands' owners and the on-call group.

        Only configuration is read here, never the item.
        """
        found: list[str] = []
        for match in self.ordered(alert.matches):
            demand = self.demands.get(match.demand_id)
            if demand is not None and demand.owner not in found:
                found.append(demand.owner)
        if self.on_call and self.on_call not in found:
            found.append(self.on_call)
        return [config_mention(value) for value in found]


# ---------------------------------------------------------------------- pieces


def demand_title(alert: Alert, demand_id: str, ctx: RenderContext) -> str:
    demand = ctx.demands.get(demand_id)
    title = alert.demand_titles.get(demand_id) or (demand.title if demand else demand_id)
    if demand is None and ctx.demands:
        # Renamed or removed from the configuration since the alert was made (R1).
        return f"{title} (no longer configured)"
    return title


def _cut_plain(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def header_text(alert: Alert, ctx: RenderContext, raised_by: Alert | None = None) -> str:
    """'🔴 P1 · Veto · Stop obstructing Security Council action on Syria (+1 demand)'.

    With ``raised_by`` (a later alert of the story raised it above ``alert``), the header
    is that alert's, followed by what ``alert`` was: '... (was: vote scheduled)'.
    Plain text (Slack shows it as written), built from configuration only.
    """
    was = ""
    if raised_by is not None:
        before = event_label(alert)
        same = raised_by.event.type == alert.event.type
        was = f" (was: {alert.priority if same else before})"
        if corrects(raised_by, alert):
            was = f" (corrected by its source, was: {before})"
        alert = raised_by
    label = event_label(alert).capitalize()
    ordered = ctx.ordered(alert.matches)
    title = demand_title(alert, ordered[0].demand_id, ctx) if ordered else "No demand"
    more = len(ordered) - 1
    suffix = f" (+{more} demand{'s' if more > 1 else ''})" if more > 0 else ""
    suffix += was
    head = f"{_PRIORITY_EMOJI[alert.priority]} {alert.priority} · {label} · "
    return head + _cut_plain(title, HEADER_TEXT - len(head) - len(suffix)) + suffix


def corrects(later: Alert, shown: Alert) -> bool:
    """Whether ``later`` is the same document as ``shown``, as its source rewrote it (a
    flash's veto corrected in place): the message then shows the document as it reads
    now, never the claim its source took back (probe s19 R13)."""
    return later.id != shown.id and later.item.key == shown.item.key


def _given_day(item: Item) -> date | None:
    """The day an item's source gave without a time of day, if that is all it gave: a
    voting record's day, or a feed date read as that day's midnight UTC (the rule
    ``core.priority.council_day`` reads such dates by)."""
    return item.day_given if item.published_trusted else None


def _source_line(alert: Alert) -> str:
    item = alert.item
    source = untrusted(alert.source_name, 100)
    # An outlet the source's own name already says ("UN Digital Library via UN Digital
    # Library — voting records", probe s16 R7) is not repeated, as in drafts.
    outlet = untrusted(item.outlet or "", 100)
    if outlet and outlet.casefold() not in source.casefold():
        source = f"{outlet} via {source}"
    day = _given_day(item)
    if day is not None:
        # A day is written as a day: a date token shows a time (and moves the day) in
        # each reader's zone, which reads as the time of the vote (probe s16 R7).
        return f"{source} · {long_date(day)}"
    when = date_token(item.published, "{date_short_pretty} at {time}")
    if not item.published_trusted:
        when = f"first seen {when} (the source gave no usable date)"
    return f"{source} · {when}"


def _title_line(alert: Alert) -> str:
    title = alert.item.title or alert.item.url or "(untitled item)"
    return link(alert.item.url, title, TITLE_BUDGET, bold=True)


def fallback_title(alert: Alert) -> str:
    """The item's title for a `text` fallback, with the host its link goes to.

    The fallback carries no link, but a title can spell out one site's address while the
    item is on another; the host said after it keeps the two apart, as in the blocks.
    """
    title = untrusted(alert.item.title or alert.item.url, TITLE_BUDGET)
    host = link_host(alert.item.url) if safe_url(alert.item.url) else None
    return f"{title} ({host})" if host and host != title else title


def why_text(alert: Alert, ctx: RenderContext) -> str:
    """'Why: *Stop obstructing…* — veto*, syria; *Arms embargo* — "arms supplier*"'."""
    parts = []
    for match in ctx.ordered(alert.matches):
        title = untrusted(demand_title(alert, match.demand_id, ctx), 120)
        terms = ", ".join(untrusted(t, 60) for t in match.terms[:12])
        parts.append(f"*{title}* — {terms}" if terms else f"*{title}*")
    return truncate("Why it matched: " + "; ".join(parts), WHY_BUDGET)


def _actors_text(actors: Sequence[Actor]) -> list[str]:
    lines = []
    shown = distinct_acts(actors)
    for role, label in _ROLE_LABELS:
        names = [untrusted(a.name, 60) for a in shown if a.role == role]
        if names:
            lines.append(f"*{label}:* {', '.join(dict.fromkeys(names))}")
    return lines


def facts_text(alert: Alert) -> str:
    """Symbols, who did what, and the vote tally, one line each (empty if none known)."""
    lines = []
    if alert.item.symbols:
        lines.append(
            "*Documents:* " + " · ".join(untrusted(s, 60) for s in alert.item.symbols[:20])
        )
    lines.extend(_actors_text(alert.event.actors))
    vote = alert.event.vote or alert.item.vote
    if vote is not None:
        outcome = {True: " — adopted", False: " — not adopted", None: ""}[vote.adopted]
        lines.append(f"*Vote:* {untrusted(vote.summary(), 600)}{outcome}")
    return truncate("\n".join(lines), SECTION_TEXT)


def ga_due_text(alert: Alert) -> str | None:
    if alert.ga_debate_due is None:
        return None
    return (
        f"🏛️ *General Assembly debate due by {long_date(alert.ga_debate_due)}* — after a "
        "veto the Assembly meets within ten working days (A/RES/76/262)."
    )


def _state_lines(state: ParentState) -> list[str]:
    lines = []
    if state.extra_sources:
        n = state.extra_sources
        lines.append(f"➕ *+{n} source{'s' if n > 1 else ''}* in the thread")
    if state.claimed:
        lines.append(
            f"✋ Claimed by {user_mention(state.claimed.user)} {date_token(state.claimed.at)}"
        )
    if dismissed := state.standing_dismissal:
        lines.append(
            f"🚫 Marked *not relevant* by {user_mention(dismissed.user)} "
            f"{date_token(dismissed.at)} — recorded as feedback"
        )
    if state.muted:
        lines.append(f"🔕 Story muted by {user_mention(state.muted.user)} — no more thread replies")
    return lines


def button_value(alert: Alert) -> str:
    value = json.dumps({"alert": alert.id, "story": story_of(alert)}, separators=(",", ":"))
    if len(value) > BUTTON_VALUE:  # ids are ours and short; never send a value Slack rejects
        value = json.dumps({"alert": alert.id[:1900]}, separators=(",", ":"))
    return value


def _buttons(alert: Alert, state: ParentState) -> ActionsBlock:
    value = button_value(alert)
    buttons = [
        ButtonElement(
            text="📝 Draft statement", action_id=ACTION_DRAFT, value=value, style="primary"
        ),
        ButtonElement(text="✋ Claim", action_id=ACTION_CLAIM, value=value),
    ]
    if state.standing_dismissal is None:
        buttons.append(ButtonElement(text="Not relevant", action_id=ACTION_DISMISS, value=value))
    if state.muted is None:
        buttons.append(ButtonElement(text="🔕 Mute story", action_id=ACTION_MUTE, value=value))
    return ActionsBlock(block_id=ACTIONS_BLOCK_ID, elements=buttons)


def _section(text: str) -> SectionBlock:
    # verbatim: Slack does not auto-link or auto-mention anything in the text; the only
    # links and mentions are the <...> sequences written here.
    return SectionBlock(text=MarkdownTextObject(text=truncate(text, SECTION_TEXT), verbatim=True))


def _context(*lines: str) -> ContextBlock:
    return ContextBlock(
        elements=[
            MarkdownTextObject(text=truncate(line, CONTEXT_TEXT), verbatim=True)
            for line in lines[:10]
        ]
    )


def plain(message: Message, alert: Alert, *, buttons: bool = True) -> Message:
    """``message`` reduced to the fallback text (mentions, priority, event, title and
    host) and the item's link, in one section followed by the message's buttons (Claim,
    Not relevant, ...: an on-call re-raised about it can claim it), or, with ``buttons``
    off, in the text alone. What is sent when Slack refuses the layout (probe s16 L1,
    review A3), so the alert reaches its channel, and pages, all the same."""
    text = truncate(f"{message.text}\n{_title_line(alert)}", FALLBACK_TEXT)
    actions = [b for b in message.blocks if b.get("type") == "actions"][-1:]
    if not (buttons and actions):
        return Message(text=text)
    return Message(text=text, blocks=(_section(text).to_dict(), *actions))


def _finish(text: str, blocks: Sequence[Block]) -> Message:
    kept = list(blocks)
    if len(kept) > MAX_BLOCKS:  # keep the head and the buttons, drop from the middle
        kept = kept[: MAX_BLOCKS - 1] + kept[-1:]
    # to_dict() runs slack_sdk's own validation of every limit.
    return Message(text=truncate(text, FALLBACK_TEXT), blocks=tuple(b.to_dict() for b in kept))


# ---------------------------------------------------------------------- messages


def render_alert(
    alert: Alert, ctx: RenderContext, state: ParentState | None = None, *, page: bool = True
) -> Message:
    """The story's top-level message; a P1's mentions its owners unless ``page`` is off (a
    story opened again after its message was deleted, for a veto already paged for)."""
    state = state or ParentState()
    head = header_text(alert, ctx, state.raised_by)
    blocks: list[Block] = [HeaderBlock(text=head)]
    mentions = ctx.mentions(alert) if page and alert.priority == "P1" else []
    if mentions:
        blocks.append(_section(f"{' '.join(mentions)} — P1: a statement may be needed now."))
    headed = state.raised_by or alert
    # A document its source corrected is shown as it reads now.
    shown = headed if corrects(headed, alert) else alert
    blocks.append(_section(f"{_title_line(shown)}\n{_source_line(shown)}"))
    if shown.item.text:
        blocks.append(_section(untrusted(shown.item.text, EXCERPT_BUDGET)))
    # The facts of the event the header names: a veto that raised a vote's story, or
    # the story's fullest report of it, rather than the first item's (probe s18 P1).
    told = state.facts_by or headed
    facts = facts_text(told)
    if not facts and shown is alert:  # a flash that raised the story names nothing new
        told, facts = alert, facts_text(alert)
    if told is not shown:
        facts += f"\n_As reported by {untrusted(told.source_name, 100)}, in the thread_"
    if facts:
        blocks.append(_section(facts))
    due = ga_due_text(told) or ga_due_text(headed)
    if due:
        blocks.append(_section(due))
    blocks.append(_context(why_text(alert, ctx)))
    lines = _state_lines(state)
    if lines:
        blocks.append(_context(*lines))
    blocks.append(_buttons(alert, state))
    text = f"{escape(head)}: {fallback_title(shown)} · {untrusted(shown.source_name, 100)}"
    if mentions:
        text = f"{' '.join(mentions)} {text}"
    return _finish(text, blocks)


def render_reply(
    alert: Alert, ctx: RenderContext, *, escalates: bool = False, more_on: Alert | None = None
) -> Message:
    """A later item of the story, posted in its thread.

    ``escalates``: the item raises the story to P1 (a vote becomes a veto); only then
    does a reply page the owners, so a tenth source on a known veto pings nobody.
    ``more_on``: the alert of the story's own message, when the thread is a flood
    summary's that several stories share (Slack has no nested threads): the reply says
    which story it is more on.
    """
    label = event_label(alert).capitalize()
    blocks: list[Block] = []
    story_line = ""
    if more_on is not None:
        story_line = f"↳ More on the story “{fallback_title(more_on)}”"
        blocks.append(_context(story_line))
    mentions = ctx.mentions(alert) if escalates and alert.priority == "P1" else []
    if mentions:
        blocks.append(_section(f"{' '.join(mentions)} — P1 in this story: {label.lower()}."))
    blocks.append(_section(f"➕ {label}: {_title_line(alert)}\n{_source_line(alert)}"))
    if alert.item.text:
        blocks.append(_section(untrusted(alert.item.text, REPLY_EXCERPT_BUDGET)))
    facts = facts_text(alert)
    if facts:
        blocks.append(_section(facts))
    due = ga_due_text(alert)
    if due:
        blocks.append(_section(due))
    blocks.append(_context(why_text(alert, ctx)))
    text = (
        f"+ {alert.priority} {label}: {fallback_title(alert)} · {untrusted(alert.source_name, 100)}"
    )
    if story_line:
        text = f"{story_line}: {text}"
    if mentions:
        text = f"{' '.join(mentions)} {text}"
    return _finish(text, blocks)


def _chunks(escaped_paragraphs: Iterable[str], size: int) -> list[str]:
    """Paragraphs packed into chunks of at most ``size`` characters (long ones split)."""
    chunks: list[str] = []
    current = ""
    for para in escaped_paragraphs:
        while len(para) > size:
            head = truncate(para, size + 1)[:-1]  # a safe cut point, without the ellipsis
            head = head or para[:size]
            if current:
                chunks.append(current)
                current = ""
            chunks.append(head)
            para = para[len(head) :]
        candidate = f"{current}\n\n{para}" if current else para
        if len(candidate) > size:
            chunks.append(current)
            current = para
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks


def render_draft(draft: str, alert: Alert, requested_by: str | None = None) -> Message:
    """The draft statement as a thread reply: preformatted, escaped, split into sections."""
    # Feed text sits inside ``` fences here: code_safe keeps a title's backticks from
    # closing them.
    paragraphs = [code_safe(escape(p.strip("\n"))) for p in draft.split("\n\n") if p.strip()]
    # ``` fences take 6 characters of each section.
    chunks = _chunks(paragraphs, SECTION_TEXT - 8)
    who = f" for {user_mention(requested_by)}" if requested_by else ""
    blocks: list[Block] = [
        HeaderBlock(text="📝 Draft statement — DRAFT, NOT FOR RELEASE"),
        _context(
            f"Prepared{who} from the story's items and our configuration. Fill in every "
            "[PLACEHOLDER] and check each fact against its source before release."
        ),
    ]
    room = MAX_BLOCKS - len(blocks)
    overflow = len(chunks) > room
    if overflow:
        chunks = chunks[: room - 1]
    blocks.extend(_section(f"```{chunk}```") for chunk in chunks)
    if overflow:  # outside the fences: its own backticks must not close one
        blocks.append(_section("… (draft too long for Slack; run `demandwatch draft`)"))
    return _finish(f"Draft statement (not for release): {fallback_title(alert)}", blocks)


def _minutes(delay: timedelta) -> str:
    minutes = max(int(delay.total_seconds() // 60), 1)
    if minutes % 60 == 0:
        hours = minutes // 60
        return f"{hours} hour{'s' if hours > 1 else ''}"
    return f"{minutes} minute{'s' if minutes > 1 else ''}"


def render_escalation(
    alert: Alert, ctx: RenderContext, mention: str | None, after: timedelta
) -> Message:
    """The one re-raise of a P1 nobody claimed, in its thread (core.calm decides when).

    ``mention`` comes from configuration only (escalation.mention, else on_call); a name
    instead of an id is shown as text and notifies nobody.
    """
    who = config_mention(mention) if mention else ""
    label = event_label(alert)
    lead = f"{who} — " if who else ""
    text = (
        f"⏰ {lead}this P1 ({escape(label)}) has not been claimed for {_minutes(after)}: "
        f"{link(alert.item.url, alert.item.title or alert.item.url, TITLE_BUDGET, bold=True)}\n"
        "Press *✋ Claim* on the message above if you are taking it."
    )
    fallback = f"{who + ' ' if who else ''}Unclaimed P1 ({label}): {fallback_title(alert)}"
    return _finish(fallback, [_section(text), _context(why_text(alert, ctx))])


def render_flood_summary(alerts: Sequence[Alert], ctx: RenderContext) -> Message:
    """One message for many new stories at once (core.calm's flood guard); each story's
    own message follows in its thread."""
    n = len(alerts)
    stories = "story" if n == 1 else "stories"  # the window's allowance spent: maybe one
    blocks: list[Block] = [
        HeaderBlock(text=f"🌊 {n} new {stories} at once — each is in the thread")
    ]
    lines = []
    for alert in alerts:
        label = event_label(alert).capitalize()
        ordered = ctx.ordered(alert.matches)
        demand = demand_title(alert, ordered[0].demand_id, ctx) if ordered else "No demand"
        lines.append(
            f"{_PRIORITY_EMOJI[alert.priority]} {label} · "
            f"{link(alert.item.url, alert.item.title or alert.item.url, 400)} "
            f"— _{untrusted(demand, 120)}_"
        )
    # Section text holds 3000 characters: as many lines per section as fit.
    blocks.extend(_section(chunk) for chunk in _line_chunks(lines, SECTION_TEXT))
    blocks.append(
        _context(
            "Many stories arrived in one cycle; they are grouped here instead of one message "
            "each. Claim, draft or dismiss each in its own message in the thread."
        )
    )
    first = fallback_title(alerts[0]) if alerts else ""
    more = f" and {n - 1} more" if n > 1 else ""
    return _finish(f"{n} new {stories} at once: {first}{more}", blocks)


def _line_chunks(lines: Sequence[str], size: int) -> list[str]:
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = truncate(line, size)
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > size:
            chunks.append(current)
            current = line
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks


def render_ops(text: str) -> Message:
    """A notice for the ops channel (source health); ``text`` is treated as untrusted,
    and shown as written: it is not HTML (a parse error names the element it missed)."""
    body = literal(text, SECTION_TEXT)
    return _finish(body, [_section(body), _context("demandwatch · source health")])


# ---------------------------------------------------------------------- as text


def _text_of(obj: Any) -> str:
    return str(obj.get("text", "")) if isinstance(obj, dict) else ""


def render_as_text(message: Message) -> str:
    """A message's blocks as plain lines, for snapshots, the README and the console."""
    lines: list[str] = []
    for block in message.blocks:
        kind = block.get("type")
        if kind == "header":
            lines.append(f"# {_text_of(block.get('text'))}")
        elif kind == "section":
            lines.append(_text_of(block.get("text")))
            lines.extend(_text_of(f) for f in block.get("fields", ()))
        elif kind == "context":
            lines.append("  " + " | ".join(_text_of(e) for e in block.get("elements", ())))
        elif kind == "actions":
            lines.append(
                " ".join(f"[{_text_of(e.get('text'))}]" for e in block.get("elements", ()))
            )
    lines.append(f"(fallback text) {message.text}")
    return "\n".join(lines) + "\n"
