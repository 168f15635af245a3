"""The pure delivery rules (core.delivery) and routing (core.routing): no I/O."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import get_args

import pytest

from demandwatch.core.delivery import (
    DELIVERED_STATES,
    DONE_STATES,
    TRANSITIONS,
    FailureKind,
    Placement,
    RetryPolicy,
    ThreadView,
    alerts_fault,
    already_paged,
    can_move,
    classify,
    decide,
    ends_run,
    facts_by,
    parse_state,
    persistent,
    raised_by,
    slack_unavailable,
    slacks_side,
    sources_of,
)
from demandwatch.core.models import Actor, AlertState, Event, Match
from demandwatch.core.routing import Routes
from slack_support import event_alert, make_config

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=UTC)


def posted(owner: str = "a-first", **kw: object) -> ThreadView:
    return ThreadView(owner_alert=owner, ts="1700000000.000100", **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------- decisions


def test_a_story_is_raised_by_its_first_delivered_alert_of_the_highest_priority() -> None:
    vote = replace(event_alert("vote_scheduled"), id="vote", priority="P2")
    p2 = replace(event_alert("statement"), id="p2", priority="P2")
    veto = replace(event_alert("veto"), id="veto", priority="P1")
    again = replace(event_alert("veto"), id="again", priority="P1")
    assert raised_by(vote, []) is None
    assert raised_by(vote, [vote, p2]) is None  # the same priority raises nothing
    assert raised_by(vote, [p2, veto, again]) == veto
    assert raised_by(veto, [vote, again]) is None  # nothing lowers it
    p3 = replace(event_alert("other"), id="p3", priority="P3")
    assert raised_by(p3, [p2, veto]) == veto


def test_a_story_s_facts_are_its_fullest_report_of_the_event_it_is_headed_by() -> None:
    """Probe s18 P1: the top-level message shows the facts of the story's report that
    tells the most of its headed event (who did what, the tally, the documents), never
    those of another event's report, and stays its own when none tells more."""
    release = replace(event_alert("veto"), id="release")
    flash = replace(
        release,
        id="flash",
        item=replace(release.item, symbols=(), vote=None),
        event=Event("veto", (Actor("Russian Federation", "vetoed"),)),
    )
    reaction = replace(release, id="reaction", event=replace(release.event, type="statement"))
    assert facts_by(flash, [flash, release]) == release
    assert facts_by(release, [release, flash]) is None  # nothing tells more
    assert facts_by(flash, [flash, reaction]) is None  # another event lends nothing
    twin = replace(release, id="twin")
    assert facts_by(flash, [release, twin]) == release  # the first of the fullest
    assert facts_by(flash, []) is None


def test_an_outcome_raises_a_story_whose_vote_was_announced_at_the_same_priority() -> None:
    """A vote on a demand of high priority is a P1 notice; its veto or adoption still
    raises the story (heads it, pages), and a vote notice never lowers it."""
    vote = replace(event_alert("vote_scheduled"), id="vote", priority="P1")
    meeting = replace(event_alert("meeting"), id="meeting", priority="P1")
    veto = replace(event_alert("veto"), id="veto", priority="P1")
    adopted = replace(event_alert("resolution_adopted"), id="adopted", priority="P1")
    assert raised_by(vote, [meeting, veto]) == veto
    assert raised_by(vote, [adopted]) == adopted
    assert raised_by(veto, [vote, adopted]) is None
    assert raised_by(vote, [meeting]) is None
    assert already_paged(veto, [vote, meeting]) is False
    assert already_paged(veto, [vote, adopted]) is True  # an outcome paged already
    assert already_paged(meeting, [vote]) is True
    assert already_paged(vote, [veto]) is True
    assert already_paged(veto, []) is False


def test_p3_is_held_whatever_the_thread() -> None:
    for thread in (None, posted(), posted(muted=True)):
        assert decide("a-low", "P3", thread).action == "hold"


def test_a_story_without_a_thread_is_posted_and_a_p1_pages() -> None:
    assert decide("a", "P2", None).action == "post"
    assert not decide("a", "P2", None).page
    assert decide("a", "P1", None).page


def test_the_claimant_resumes_its_own_post_never_posts_anew() -> None:
    claimed = ThreadView(owner_alert="a", ts=None)
    assert decide("a", "P2", claimed).action == "resume_post"
    assert decide("a", "P1", posted("a")).action == "resume_post"


def test_others_wait_while_the_first_post_is_in_flight() -> None:
    assert decide("b", "P1", ThreadView(owner_alert="a", ts=None)).action == "wait"


def test_later_items_reply_and_a_first_p1_escalates_once() -> None:
    assert decide("b", "P2", posted()) == decide("b", "P2", posted())
    reply = decide("b", "P2", posted())
    assert (reply.action, reply.escalate) == ("reply", False)
    veto = decide("b", "P1", posted())
    assert (veto.action, veto.escalate) == ("reply", True)
    again = decide("c", "P1", posted(paged=True))
    assert (again.action, again.escalate) == ("reply", False)


def test_a_placement_in_a_thread_is_a_reply_unless_it_is_a_story_s_own_message() -> None:
    assert not Placement().reply  # a top-level message
    assert Placement(thread_ts="171.000100").reply
    # the flood guard's grouped stories: each in the summary's thread, as its own message
    assert not Placement(thread_ts="171.000100", story=True).reply


def test_mute_silences_coverage_never_a_p1() -> None:
    assert decide("b", "P2", posted(muted=True)).action == "mute"
    assert decide("b", "P1", posted(muted=True)).action == "reply"
    # More reports of a veto that already paged are coverage: muted too.
    assert decide("c", "P1", posted(muted=True, paged=True)).action == "mute"


# ---------------------------------------------------------------------- states


def test_every_state_has_its_transitions_and_parses() -> None:
    assert set(TRANSITIONS) == set(get_args(AlertState))
    for state in get_args(AlertState):
        assert parse_state(state) == state
    assert parse_state("posting") is None


@pytest.mark.parametrize(
    ("state", "target", "allowed"),
    [
        ("pending", "delivering", True),
        ("pending", "posted", False),  # only a lease delivers
        ("delivering", "posted", True),
        ("delivering", "held", True),
        ("delivering", "failed", True),
        ("delivering", "pending", True),
        ("posted", "claimed", True),
        ("posted", "pending", False),  # a late release never undoes a delivery
        ("claimed", "posted", False),  # a late completion never undoes a claim
        ("failed", "delivering", False),
        ("held", "posted", False),
    ],
)
def test_transitions(state: AlertState, target: AlertState, allowed: bool) -> None:
    assert can_move(state, target) is allowed
    assert (state in sources_of(target)) is allowed


def test_done_and_delivered() -> None:
    assert DELIVERED_STATES < DONE_STATES
    assert "pending" not in DONE_STATES
    assert "delivering" not in DONE_STATES
    assert {"held", "failed"} <= DONE_STATES - DELIVERED_STATES


# ---------------------------------------------------------------------- failures, retries


def test_failures_are_classified_by_slacks_own_words() -> None:
    assert classify("channel_not_found") == "channel"
    assert classify("not_in_channel") == "channel"
    assert classify("invalid_auth") == "auth"
    assert classify("invalid_blocks") == "rejected"
    # A deleted message is one story's problem, never an outage that stops the run.
    assert classify("thread_not_found") == "rejected"
    assert classify("message_not_found") == "rejected"
    assert not ends_run(classify("thread_not_found"))
    assert classify("internal_error") == "transient"
    assert classify(None) == "transient"
    assert classify("ratelimited", rate_limited=True) == "rate_limited"
    assert [persistent(k) for k in ("channel", "auth", "rejected")] == [True] * 3
    assert not persistent("transient")
    assert not persistent("rate_limited")


@pytest.mark.parametrize(
    "code",
    [
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "missing_scope",
    ],
)
def test_a_refused_token_is_never_the_alerts_fault_and_ends_the_run(code: str) -> None:
    kind = classify(code)
    assert kind == "auth"
    assert not alerts_fault(kind)
    assert ends_run(kind)


def test_which_failures_end_a_run_and_which_count_against_the_alert() -> None:
    kinds: tuple[FailureKind, ...] = get_args(FailureKind)
    # Slack as a whole cannot take messages: the run stops; the alert is charged a
    # try unless the token is the problem, and its tries are bounded by time, not by
    # their number, when the failure is on Slack's side (an outage, a 429 storm).
    # The run's own time running out (review V12) ends it too, and is nobody's failure:
    # not the alert's, not Slack's.
    assert [k for k in kinds if ends_run(k)] == ["rate_limited", "transient", "auth", "out_of_time"]
    assert [k for k in kinds if not alerts_fault(k)] == ["auth", "out_of_time"]
    assert [k for k in kinds if slacks_side(k)] == ["rate_limited", "transient"]
    assert [k for k in kinds if slack_unavailable(k)] == ["transient", "auth"]
    # Its own channel or message: the run goes on with the next alert.
    assert not ends_run(classify("channel_not_found"))
    assert not ends_run(classify("invalid_blocks"))
    assert not ends_run(classify("msg_too_long"))


def test_retries_back_off_and_are_bounded() -> None:
    policy = RetryPolicy(max_attempts=4, first_delay=timedelta(seconds=30))
    delays = [policy.retry_at(NOW, n) for n in (1, 2, 3)]
    assert [d - NOW for d in delays if d is not None] == [
        timedelta(seconds=30),
        timedelta(seconds=60),
        timedelta(seconds=120),
    ]
    assert policy.retry_at(NOW, 4) is None  # the fourth failed try is the last
    assert policy.retry_at(NOW, 2, retry_after=7) == NOW + timedelta(seconds=7)
    capped = RetryPolicy(max_attempts=50, max_delay=timedelta(minutes=15))
    assert capped.retry_at(NOW, 30) == NOW + timedelta(minutes=15)


def test_an_outage_is_waited_out_for_its_limit_however_many_tries_it_takes() -> None:
    policy = RetryPolicy(max_attempts=4, outage_limit=timedelta(hours=6))
    since = NOW - timedelta(hours=5)
    # Far past max_attempts, and past the point where 2**n would overflow a timedelta.
    assert policy.retry_at(NOW, 2, waiting_since=since) == NOW + timedelta(minutes=1)
    # Backing off no further than outage_max_delay: Slack back, the alert goes within it.
    for attempts in (4, 40, 4000):
        assert policy.retry_at(NOW, attempts, waiting_since=since) == NOW + timedelta(minutes=2)
    # An alert's own failures back off up to max_delay.
    assert RetryPolicy(max_attempts=9).retry_at(NOW, 6) == NOW + timedelta(minutes=15)
    assert policy.retry_at(NOW, 5, retry_after=30, waiting_since=since) == NOW + timedelta(
        seconds=30
    )
    assert policy.retry_at(NOW, 1, waiting_since=NOW - timedelta(hours=6)) is None


# ---------------------------------------------------------------------- routing


def routes(**overrides: object) -> Routes:
    config = make_config(
        demand_channels={"arms-embargo": "#arms-team"}, campaign_channel="#syria-un"
    )
    built = Routes.build(
        config.demands,
        {c.id: c.channel for c in config.campaigns},
        slack_channel=None,
        default_channel="#un-alerts",
    )
    return replace(built, **overrides)  # type: ignore[arg-type]


def test_demand_channel_then_campaign_then_slack_channel_then_default() -> None:
    arms = event_alert("other")  # arms-embargo only: its own channel
    assert routes().for_alert(arms) == "#arms-team"
    veto = event_alert("statement")  # the high-priority demand first: campaign channel
    assert routes().for_alert(veto) == "#syria-un"
    stranger = replace(veto, matches=(Match("not-configured", ("x",)),))
    assert routes().for_alert(stranger) == "#un-alerts"
    assert routes(slack_channel="C0OVERRIDE").for_alert(stranger) == "C0OVERRIDE"
    # SLACK_CHANNEL never beats a demand's or campaign's own channel.
    assert routes(slack_channel="C0OVERRIDE").for_alert(veto) == "#syria-un"


def test_the_digest_follows_the_same_order() -> None:
    assert routes().for_campaign("syria-un-action") == "#syria-un"
    assert routes(slack_channel="C0OVERRIDE").for_campaign("syria-un-action") == "#syria-un"
    assert routes(slack_channel="C0OVERRIDE").for_campaign("unknown") == "C0OVERRIDE"
    assert routes().for_campaign("unknown") == "#un-alerts"


def test_the_highest_priority_demand_decides_among_several() -> None:
    both = event_alert("statement")
    assert [m.demand_id for m in both.matches] == ["stop-veto-obstruction", "arms-embargo"]
    reordered = replace(both, matches=tuple(reversed(both.matches)))
    assert routes().for_alert(reordered) == routes().for_alert(both) == "#syria-un"
