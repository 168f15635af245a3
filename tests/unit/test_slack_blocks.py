"""Block Kit rendering: limits, what each message shows, who a P1 alert mentions."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

from demandwatch.core.delivery import ParentState
from demandwatch.core.models import Actor, Event, Mark, Match, VoteTally
from demandwatch.notify.console import format_alert
from demandwatch.slack.blocks import (
    ACTION_CLAIM,
    ACTION_DISMISS,
    ACTION_DRAFT,
    ACTION_MUTE,
    BUTTON_VALUE,
    HEADER_TEXT,
    MAX_BLOCKS,
    SECTION_TEXT,
    Message,
    RenderContext,
    header_text,
    render_alert,
    render_as_text,
    render_draft,
    render_ops,
    render_reply,
)
from integration.slack_server import block_errors
from slack_support import event_alert, make_alert, make_config, make_item, voted_down_alert

AT = datetime(2012, 2, 4, 17, 5, tzinfo=UTC)


def _ctx() -> RenderContext:
    return RenderContext.from_config(make_config())


def _actions(message: Message) -> list[dict[str, object]]:
    return [e for b in message.blocks if b["type"] == "actions" for e in b["elements"]]


def _sections(message: Message) -> list[str]:
    return [b["text"]["text"] for b in message.blocks if b["type"] == "section"]


def _mentions(text: str) -> set[str]:
    import re

    return set(
        re.findall(r"<(?:@[A-Z0-9]+|!subteam\^[A-Z0-9]+|!here|!channel|!everyone)[^>]*>", text)
    )


def test_over_long_item_is_truncated_within_every_limit() -> None:
    huge = make_item(
        title="Veto " * 5000,
        text="<p>" + "Syria & the Council <b>vote</b> " * 20000 + "</p>",
        symbols=tuple(f"S/2012/{n}" for n in range(500)),
        outlet="O" * 5000,
        url="https://press.un.org/" + "a" * 1500,
    )
    alert = make_alert(
        item=huge,
        source_name="Source " * 1000,
        matches=tuple(
            Match(f"demand-{i}", tuple(f"term{j}" * 20 for j in range(50))) for i in range(30)
        ),
        event=Event(
            "veto",
            tuple(Actor(f"Member {i} " * 20, "vetoed") for i in range(200)),
            None,
            VoteTally(13, 2, 0, against_members=tuple("Country " * 50 for _ in range(100))),
        ),
    )
    ctx = replace(_ctx(), on_call="S0ONCALL1")
    for message in (
        render_alert(alert, ctx, ParentState(extra_sources=999, claimed=Mark("U1", AT))),
        render_reply(alert, ctx),
        render_draft("paragraph " * 100_000 + "\n\n" + "x & y " * 50_000, alert),
        render_ops("source failed: " + "<b>" * 10_000),
    ):
        assert block_errors(list(message.blocks)) == []
        assert len(message.blocks) <= MAX_BLOCKS
        assert len(message.text) <= 3000
        for text in _sections(message):
            assert len(text) <= SECTION_TEXT
        for block in message.blocks:
            if block["type"] == "header":
                assert len(block["text"]["text"]) <= HEADER_TEXT
        for element in _actions(message):
            assert len(str(element["value"])) <= BUTTON_VALUE


def test_header_names_event_demand_and_priority() -> None:
    ctx = _ctx()
    assert header_text(event_alert("veto"), ctx) == (
        "🔴 P1 · Veto · Stop obstructing Security Council action on Syria (+1 demand)"
    )
    long_title = replace(
        event_alert("other"), demand_titles={"arms-embargo": "An arms embargo " * 40}
    )
    header = header_text(long_title, ctx)
    assert len(header) <= HEADER_TEXT
    assert header.endswith("…")


def test_a_raised_story_is_headed_by_what_raised_it_and_says_what_it_was() -> None:
    ctx = _ctx()
    vote = replace(event_alert("vote_scheduled"), priority="P2")
    veto = event_alert("veto")
    assert header_text(vote, ctx, raised_by=veto) == (
        "🔴 P1 · Veto · Stop obstructing Security Council action on Syria (+1 demand)"
        " (was: vote scheduled)"
    )
    same_event = replace(veto, priority="P2")
    assert header_text(same_event, ctx, raised_by=veto).endswith("(+1 demand) (was: P2)")
    long = replace(veto, demand_titles={"stop-veto-obstruction": "Stop obstructing " * 40})
    header = header_text(vote, ctx, raised_by=long)
    assert len(header) <= HEADER_TEXT
    assert header.endswith("… (+1 demand) (was: vote scheduled)")
    message = render_alert(vote, ctx, ParentState(extra_sources=1, raised_by=veto))
    assert message.text.startswith("🔴 P1 · Veto · ")
    # The page was the veto's reply: the updated parent mentions nobody new.
    assert _mentions(message.text) == set()


def test_top_level_alert_has_the_four_buttons_with_ids() -> None:
    alert = event_alert("veto")
    message = render_alert(alert, _ctx())
    buttons = _actions(message)
    assert [b["action_id"] for b in buttons] == [
        ACTION_DRAFT,
        ACTION_CLAIM,
        ACTION_DISMISS,
        ACTION_MUTE,
    ]
    assert [b["text"]["text"] for b in buttons] == [
        "📝 Draft statement",
        "✋ Claim",
        "Not relevant",
        "🔕 Mute story",
    ]
    assert json.loads(str(buttons[0]["value"])) == {"alert": "a0veto", "story": "a0veto"}
    story = replace(alert, story_id="story-1")
    assert json.loads(str(_actions(render_alert(story, _ctx()))[0]["value"]))["story"] == "story-1"


def test_alert_shows_title_link_source_time_why_symbols_vote_and_ga_due() -> None:
    text = render_as_text(render_alert(event_alert("veto"), _ctx()))
    assert "*<https://press.un.org/en/2012/sc10536.doc.htm|Security Council Fails to Adopt" in text
    assert "UN Meetings Coverage and Press Releases · <!date^1328371200^" in text
    assert (
        "Why it matched: *Stop obstructing Security Council action on Syria* — veto*, syria*"
        in text
    )
    assert "*Documents:* SC/10536 · S/2012/77" in text
    assert (
        "*Vote:* 13 in favour, 2 against (China, Russian Federation), 0 abstentions — not adopted"
        in text
    )
    assert "*Vetoed:* Russian Federation, China" in text
    assert "General Assembly debate due by February 17, 2012" in text


def test_a_member_that_vetoed_is_not_listed_again_as_voting_against() -> None:
    veto = event_alert("veto")
    actors = (
        Actor("China", "vetoed"),
        Actor("Russian Federation", "vetoed"),
        Actor("China", "voted_against"),
        Actor("Russian Federation", "voted_against"),
        Actor("Russian Federation", "threatened_veto"),
        Actor("Pakistan", "voted_against"),
        Actor("India", "abstained"),
    )
    alert = replace(veto, event=replace(veto.event, actors=actors))
    text = render_as_text(render_alert(alert, _ctx()))
    assert "*Vetoed:* China, Russian Federation" in text
    assert "*Against:* Pakistan" in text
    assert "*Abstained:* India" in text
    assert "Threatened" not in text
    console = format_alert(alert)
    assert (
        "who: China vetoed; Russian Federation vetoed; Pakistan voted against; India abstained"
        in console
    )


def test_p1_mentions_come_from_configuration_only() -> None:
    ctx = _ctx()
    alert = make_alert(
        item=make_item(title="<@U999EVIL> <!subteam^SEVIL>", text="&lt;!channel&gt; <@U0VETOOWN>"),
        priority="P1",
    )
    message = render_alert(alert, ctx)
    found = set().union(*(_mentions(t) for t in [message.text, *_sections(message)]))
    # The veto demand's owner (an id in config), the on-call group; "@arms-control-team"
    # is a name, shown but not a ping.
    assert found == {"<@U0VETOOWN>", "<!subteam^S0ONCALL1>"}
    assert "@arms-control-team" in _sections(message)[0]


def test_p1_without_ids_in_configuration_pings_nobody() -> None:
    config = make_config(
        on_call="@un-office-oncall", owners={"stop-veto-obstruction": "@un-office-oncall"}
    )
    message = render_alert(event_alert("veto"), RenderContext.from_config(config))
    assert set().union(*(_mentions(t) for t in [message.text, *_sections(message)])) == set()


def test_p2_and_p3_mention_nobody() -> None:
    for kind in ("statement", "meeting"):
        message = render_alert(event_alert(kind), _ctx())
        assert all(not _mentions(t) for t in [message.text, *_sections(message)])


def test_parent_state_lines_and_buttons() -> None:
    alert = event_alert("statement")
    state = ParentState(
        extra_sources=3,
        claimed=Mark("U0CLAIMER", AT),
        dismissed=Mark("U0DISMISS", AT),
        muted=Mark("U0MUTER", AT),
    )
    message = render_alert(alert, _ctx(), state)
    text = render_as_text(message)
    assert "➕ *+3 sources* in the thread" in text
    assert "✋ Claimed by <@U0CLAIMER> <!date^1328375100^" in text
    assert "🚫 Marked *not relevant* by <@U0DISMISS>" in text
    assert "recorded as feedback" in text
    assert "🔕 Story muted by <@U0MUTER> — no more thread replies" in text
    assert [b["action_id"] for b in _actions(message)] == [ACTION_DRAFT, ACTION_CLAIM]
    assert "+1 source*" in render_as_text(render_alert(alert, _ctx(), ParentState(extra_sources=1)))


def test_reply_has_no_buttons_and_says_what_it_adds() -> None:
    message = render_reply(event_alert("statement"), _ctx())
    assert _actions(message) == []
    assert _sections(message)[0].startswith(
        "➕ Statement: *<https://news.un.org/en/story/2012/02/402452|"
    )
    assert message.text.startswith("+ P2 Statement: Secretary-General")


def test_sections_do_not_autolink_or_automention() -> None:
    message = render_alert(event_alert("veto"), _ctx())
    for block in message.blocks:
        if block["type"] == "section":
            assert block["text"]["verbatim"] is True


def test_long_draft_is_split_into_code_sections() -> None:
    draft = "\n\n".join(f"Paragraph {i}: " + "words & more " * 50 for i in range(100))
    message = render_draft(draft, event_alert("veto"), requested_by="U0ASKER")
    sections = _sections(message)
    assert len(message.blocks) <= MAX_BLOCKS
    assert all(
        s.startswith("```") and s.endswith("```") and len(s) <= SECTION_TEXT for s in sections
    )
    joined = "\n\n".join(s.strip("`") for s in sections)
    assert "Paragraph 0:" in joined
    assert "Paragraph 99:" in joined
    assert "&amp; more" in joined
    assert "for <@U0ASKER>" in render_as_text(message)


def test_ops_notice_shows_a_parse_error_as_written_and_stays_inert() -> None:
    # PROBE s13 P7: the notice dropped "<rss>" as if it were markup, so ops read "ends
    # before its element closes" while the run line and status named the element.
    notice = render_ops(
        "Source Cut feed (cut) is failing: 3 polls in a row failed; last error: "
        "truncated feed: the document ends before its <rss> element closes"
    )
    (text,) = _sections(notice)
    assert "before its &lt;rss&gt; element closes" in text
    hostile = render_ops(
        "Source <!channel> @here (x) is failing: <https://evil.example|press.un.org>"
        " \u202egnp.exe\u202c zero\u200bwidth"
    )
    (shown,) = _sections(hostile)
    assert "<" not in shown
    assert ">" not in shown
    assert "@\u200bhere" in shown
    assert "\u202e" not in shown
    assert "\u202c" not in shown
    assert "zerowidth" in shown
    # Slack's own sequences are dropped, as from feed text: not even shown escaped.
    assert "!channel" not in shown
    assert "evil.example" not in shown


def test_a_draft_voted_down_without_a_veto_is_headed_as_voted_down() -> None:
    # Probe s18 R4: a Council draft short of nine votes (7-2-6) is a draft_resolution; its
    # header said "P2 · Draft resolution", as if the text were still circulating.
    failed = voted_down_alert()
    ctx = _ctx()
    assert header_text(failed, ctx).startswith("🟠 P2 · Draft voted down · ")
    assert render_reply(failed, ctx).text.startswith("+ P2 Draft voted down: ")
    # The vote's notice raised by the failed vote says what it was.
    vote = replace(event_alert("vote_scheduled"), priority="P2")
    assert header_text(vote, ctx, raised_by=failed).startswith("🟠 P2 · Draft voted down · ")
    # A draft still circulating, or one adopted, keeps its label.
    circulating = replace(failed, event=Event("draft_resolution"))
    assert header_text(circulating, ctx).startswith("🟠 P2 · Draft resolution · ")
    nine = replace(failed, event=Event("draft_resolution", (), None, VoteTally(9, 2, 4)))
    assert header_text(nine, ctx).startswith("🟠 P2 · Draft resolution · ")
