"""A calmer channel: quiet hours, escalation of an unclaimed P1, the flood guard (core.calm),
and their configuration in org.yaml."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, load_config
from demandwatch.core.calm import (
    CALM_OFF,
    GO,
    CalmPolicy,
    Escalation,
    NewStory,
    PostedP1,
    QuietDecision,
    QuietHours,
    channel_key,
    due_escalations,
    escalation_due,
    flood_plans,
    next_escalation,
    posted_at,
    quiet_decision,
)
from demandwatch.exceptions import ConfigError

GENEVA = "Europe/Zurich"  # Geneva keeps Zurich time (there is no Europe/Geneva zone)
NIGHT = QuietHours(time(22, 0), time(7, 0), GENEVA)  # wraps midnight
LUNCH = QuietHours(time(12, 0), time(14, 0), "UTC", p2="digest")


def geneva(day: int, hour: int, minute: int = 0, month: int = 1) -> datetime:
    """A Geneva wall-clock time in 2026, as UTC (CET is UTC+1 in winter, +2 in summer)."""
    from zoneinfo import ZoneInfo

    return datetime(2026, month, day, hour, minute, tzinfo=ZoneInfo(GENEVA)).astimezone(UTC)


# ---------------------------------------------------------------------- quiet hours


@pytest.mark.parametrize(
    ("when", "quiet"),
    [
        (geneva(5, 21, 59), False),
        (geneva(5, 22, 0), True),
        (geneva(5, 23, 30), True),
        (geneva(6, 0, 0), True),
        (geneva(6, 6, 59), True),
        (geneva(6, 7, 0), False),
        (geneva(6, 12, 0), False),
    ],
)
def test_a_window_across_midnight_in_local_time(when: datetime, quiet: bool) -> None:
    assert NIGHT.active(when) is quiet
    assert (NIGHT.window_end(when) is not None) is quiet


def test_the_window_ends_at_the_next_local_end_time() -> None:
    assert NIGHT.window_end(geneva(5, 23, 30)) == geneva(6, 7, 0)
    assert NIGHT.window_end(geneva(6, 3, 0)) == geneva(6, 7, 0)
    assert LUNCH.window_end(datetime(2026, 1, 5, 12, 30, tzinfo=UTC)) == datetime(
        2026, 1, 5, 14, 0, tzinfo=UTC
    )
    # Over the spring change (29 March 2026 in Geneva) the window still ends at 07:00
    # on the local clock, which is now UTC+2.
    end = NIGHT.window_end(geneva(28, 23, 0, month=3))
    assert end == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)


def test_p1_always_goes_p2_waits_for_the_end_of_the_window() -> None:
    night = geneva(5, 23, 30)
    assert quiet_decision("P1", night, NIGHT) == GO
    assert quiet_decision("P2", night, NIGHT) == QuietDecision("hold_until", geneva(6, 7, 0))
    assert quiet_decision("P2", geneva(6, 9, 0), NIGHT) == GO  # the window is over
    assert quiet_decision("P3", night, NIGHT) == GO  # the digest holds P3 anyway
    assert quiet_decision("P2", night, None) == GO


def test_p2_can_wait_for_the_digest_instead() -> None:
    noon = datetime(2026, 1, 5, 12, 30, tzinfo=UTC)
    assert quiet_decision("P2", noon, LUNCH) == QuietDecision("hold_for_digest")
    assert quiet_decision("P1", noon, LUNCH) == GO


def test_quiet_hours_are_per_channel_with_a_default_for_all() -> None:
    night = geneva(5, 23, 30)
    policy = CalmPolicy(quiet_hours={channel_key("#Syria-UN"): NIGHT})
    assert policy.quiet("#syria-un", "P2", night).action == "hold_until"
    assert policy.quiet("syria-un", "P2", night).action == "hold_until"
    assert policy.quiet("#un-alerts", "P2", night) == GO
    everywhere = CalmPolicy(quiet_hours={"*": LUNCH, channel_key("#syria-un"): NIGHT})
    assert everywhere.quiet_for("#un-alerts") is LUNCH
    assert everywhere.quiet_for("#syria-un") is NIGHT
    assert CALM_OFF.quiet("#syria-un", "P2", night) == GO


def test_a_window_must_be_a_window() -> None:
    with pytest.raises(ValueError, match="differ"):
        QuietHours(time(7, 0), time(7, 0))
    with pytest.raises(Exception, match="Nowhere"):
        QuietHours(time(22, 0), time(7, 0), "Europe/Nowhere")


# ---------------------------------------------------------------------- escalation

POSTED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
TS = f"{POSTED.timestamp():.6f}"
POLICY = Escalation(after=timedelta(minutes=20), mention="S0ONCALL1")


def p1(**changes: object) -> PostedP1:
    fields: dict[str, object] = {
        "alert_id": "a1",
        "story_id": "st-1",
        "channel": "C0SYRIAUN",
        "ts": TS,
        "priority": "P1",
        "state": "posted",
    }
    fields.update(changes)
    return PostedP1(**fields)  # type: ignore[arg-type]


def test_slack_ts_is_the_time_of_the_post() -> None:
    assert posted_at("1700000000.000200") == datetime.fromtimestamp(1700000000.0002, UTC)
    assert posted_at(TS) == POSTED
    assert posted_at("not a ts") is None
    assert posted_at("0") is None


def test_an_unclaimed_p1_is_re_raised_once_after_the_delay() -> None:
    assert not escalation_due(p1(), POSTED + timedelta(minutes=19, seconds=59), POLICY)
    assert escalation_due(p1(), POSTED + timedelta(minutes=20), POLICY)
    assert escalation_due(p1(), POSTED + timedelta(hours=5), POLICY)
    assert not escalation_due(p1(escalated=True), POSTED + timedelta(hours=5), POLICY)


@pytest.mark.parametrize(
    "changes",
    [
        {"state": "claimed"},
        {"state": "dismissed"},
        {"state": "pending"},
        {"state": "held"},
        {"priority": "P2"},
        {"ts": "garbage"},
    ],
)
def test_claimed_dismissed_undelivered_or_lower_priority_is_never_re_raised(
    changes: dict[str, object],
) -> None:
    assert not escalation_due(p1(**changes), POSTED + timedelta(days=1), POLICY)


def test_no_escalation_configured_re_raises_nothing() -> None:
    assert not escalation_due(p1(), POSTED + timedelta(days=1), None)
    assert due_escalations([p1()], POSTED + timedelta(days=1), None) == []
    assert next_escalation([p1()], POSTED, None) is None


def test_due_escalations_oldest_first_one_per_story_and_channel() -> None:
    later = f"{(POSTED + timedelta(minutes=5)).timestamp():.6f}"
    alerts = [
        p1(alert_id="a3", story_id="st-2", ts=later),
        p1(alert_id="a1"),
        p1(alert_id="a2", ts=later),  # a later P1 of story 1: one re-raise is enough
        p1(alert_id="a4", story_id="st-3", state="claimed"),
        p1(alert_id="a5", story_id="st-4", ts=later, channel="C0ARMSTEAM"),
    ]
    due = due_escalations(alerts, POSTED + timedelta(minutes=30), POLICY)
    assert [a.alert_id for a in due] == ["a1", "a3", "a5"]
    assert due_escalations(alerts, POSTED + timedelta(minutes=21), POLICY) == [alerts[1]]


def test_the_next_escalation_tells_a_loop_when_to_look_again() -> None:
    assert next_escalation([p1()], POSTED + timedelta(minutes=5), POLICY) == POSTED + timedelta(
        minutes=20
    )
    assert next_escalation([p1()], POSTED + timedelta(minutes=25), POLICY) is None  # due now
    assert next_escalation([p1(state="claimed")], POSTED, POLICY) is None


def test_escalation_needs_a_positive_delay() -> None:
    with pytest.raises(ValueError, match="positive"):
        Escalation(after=timedelta(0), mention=None)


# ---------------------------------------------------------------------- flood guard


def story(n: int, channel: str = "#syria-un", priority: str = "P2") -> NewStory:
    return NewStory(f"st-{n}", f"a{n}", channel, priority)  # type: ignore[arg-type]


def test_more_than_n_new_stories_in_one_channel_become_one_summary() -> None:
    cycle = [story(n) for n in range(6)] + [story(10, "#arms-team"), story(11, "#arms-team")]
    [plan] = flood_plans(cycle, 5)
    assert plan.channel == "#syria-un"
    assert [s.story_id for s in plan.stories] == [f"st-{n}" for n in range(6)]
    assert flood_plans(cycle[:5], 5) == []  # exactly N is not a flood
    assert flood_plans(cycle, None) == []  # no guard configured


def test_the_flood_counts_stories_not_alerts_and_channels_as_configured() -> None:
    # Three alerts of one story are one new story; "#Syria-UN" and "syria-un" are one channel.
    same_story = [NewStory("st-1", f"a{n}", "#syria-un", "P2") for n in range(3)]
    assert flood_plans([*same_story, story(2)], 2) == []
    [plan] = flood_plans([*same_story, story(2, "syria-un"), story(3, "#Syria-UN")], 2)
    assert [s.alert_id for s in plan.stories] == ["a0", "a2", "a3"]
    assert plan.channel == "#syria-un"  # as the first of them named it


def test_p1_stories_are_never_folded_into_a_summary() -> None:
    cycle = [story(n, priority="P1") for n in range(10)] + [story(20), story(21)]
    assert flood_plans(cycle, 2) == []
    cycle.append(story(22))
    [plan] = flood_plans(cycle, 2)
    assert [s.story_id for s in plan.stories] == ["st-20", "st-21", "st-22"]


# ---------------------------------------------------------------------- configuration


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    target = tmp_path / "config"
    shutil.copytree(SHIPPED_CONFIG_DIR, target)
    return target


def with_org(config_dir: Path, extra: str) -> Path:
    org = config_dir / "org.yaml"
    org.write_text(org.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return org


CALM_YAML = """
quiet_hours:
  "#syria-un": {start: "22:00", end: "07:00"}
  "*": {start: "12:00", end: "13:30", timezone: UTC, p2: digest}
escalation:
  after: 20m
  mention: S0ONCALL1
flood_guard:
  max_new_stories: 5
"""


def test_shipped_configuration_leaves_the_calm_policies_off() -> None:
    assert load_config(SHIPPED_CONFIG_DIR).org.calm() == CALM_OFF


def test_the_calm_policies_from_org_yaml(config_dir: Path) -> None:
    with_org(config_dir, CALM_YAML)
    calm = load_config(config_dir).org.calm()
    night = calm.quiet_for("#syria-un")
    assert night == QuietHours(time(22, 0), time(7, 0), "America/New_York", "until_end")
    assert calm.quiet_for("#un-alerts") == QuietHours(time(12, 0), time(13, 30), "UTC", "digest")
    assert calm.escalation == Escalation(timedelta(minutes=20), "S0ONCALL1")
    assert calm.max_new_stories == 5


def test_escalation_mentions_the_on_call_group_by_default(config_dir: Path) -> None:
    with_org(config_dir, "escalation:\n  after: 30m\n")
    calm = load_config(config_dir).org.calm()
    assert calm.escalation == Escalation(timedelta(minutes=30), "@un-office-oncall")


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        (
            'quiet_hours:\n  "#syria-un": {start: "22h", end: "07:00"}\n',
            "quiet_hours.#syria-un.start",
            "not a time of day",
        ),
        (
            'quiet_hours:\n  "#syria-un": {start: "07:00", end: "07:00"}\n',
            "quiet_hours.#syria-un",
            "the window would be empty",
        ),
        (
            'quiet_hours:\n  "#syria-un": {start: "22:00", end: "07:00", timezone: Geneva}\n',
            "quiet_hours.#syria-un",
            "unknown time zone",
        ),
        (
            'quiet_hours:\n  "#syria-un": {start: "22:00", end: "07:00", p2: later}\n',
            "quiet_hours.#syria-un.p2",
            "'until_end' or 'digest'",
        ),
        (
            'quiet_hours:\n  "#syria un": {start: "22:00", end: "07:00"}\n',
            "quiet_hours",
            "is not a channel",
        ),
        (
            'quiet_hours:\n  "#syria-un": {start: "22:00", end: "07:00", unmute: yes}\n',
            "quiet_hours.#syria-un.unmute",
            "unknown field",
        ),
        ("escalation:\n  after: 10s\n", "escalation.after", "between 1m and 1d"),
        ("escalation:\n  after: soon\n", "escalation.after", "not a duration"),
        (
            "escalation:\n  after: 20m\n  mention: '@on-call'\n",
            "escalation.mention",
            "Slack notifies only ids",
        ),
        (
            "escalation:\n  after: 20m\n  mention: '<!channel>'\n",
            "escalation.mention",
            "not a Slack user or user-group id",
        ),
        ("flood_guard:\n  max_new_stories: 0\n", "flood_guard.max_new_stories", "greater than"),
        ("flood_guard:\n  max_new_stories: 500\n", "flood_guard.max_new_stories", "less than"),
    ],
)
def test_a_bad_calm_setting_is_a_located_config_error(
    config_dir: Path, extra: str, field: str, message: str
) -> None:
    org = with_org(config_dir, extra)
    with pytest.raises(ConfigError) as caught:
        load_config(config_dir)
    [problem] = caught.value.problems
    assert problem.file == str(org)
    assert problem.field == field
    assert message in problem.message
    assert problem.line is not None
    assert problem.line > len((SHIPPED_CONFIG_DIR / "org.yaml").read_text().splitlines())


# ---------------------------------------------------------------------- what Slack shows


def test_the_re_raise_mentions_only_whom_configuration_names() -> None:
    from demandwatch.slack.blocks import RenderContext, render_escalation
    from slack_support import make_alert, make_config, make_item

    ctx = RenderContext.from_config(make_config())
    hostile = make_alert(
        item=make_item(title="<!channel> <@U0EVIL> veto", url="https://evil.example/x"),
        priority="P1",
    )
    message = render_escalation(hostile, ctx, "S0ONCALL1", timedelta(minutes=20))
    text = message.blocks[0]["text"]["text"]
    assert text.startswith("⏰ <!subteam^S0ONCALL1> — this P1 (development)")
    assert "not been claimed for 20 minutes" in text
    assert "<!channel>" not in text
    assert "<@U0EVIL>" not in text
    assert ">* (evil.example)" in text  # the link says where it goes
    assert message.text.startswith("<!subteam^S0ONCALL1> Unclaimed P1")
    assert "(evil.example)" in message.text
    # A name, not an id: shown, pings nobody.
    named = render_escalation(hostile, ctx, "@un-office-oncall", timedelta(hours=1))
    assert "<!subteam" not in named.blocks[0]["text"]["text"]
    assert "@un-office-oncall" in named.blocks[0]["text"]["text"]
    assert "for 1 hour" in named.blocks[0]["text"]["text"]
    assert render_escalation(hostile, ctx, None, timedelta(minutes=5)).text.startswith(
        "Unclaimed P1"
    )


def test_the_flood_summary_lists_every_story_within_block_kit() -> None:
    from dataclasses import replace

    from demandwatch.slack.blocks import (
        MAX_BLOCKS,
        SECTION_TEXT,
        RenderContext,
        render_flood_summary,
    )
    from slack_support import make_alert, make_config, make_item

    ctx = RenderContext.from_config(make_config())
    alerts = [
        replace(
            make_alert(
                f"a{n}",
                item=make_item(
                    key=f"k{n}",
                    title=f"Story {n} <!here> " + "long " * 60,
                    url=f"https://news{n}.example.org/{'x' * 300}",
                ),
                priority="P2",
            ),
            story_id=f"st-{n}",
        )
        for n in range(40)  # the most flood_guard allows
    ]
    message = render_flood_summary(alerts, ctx)
    texts = [b["text"]["text"] for b in message.blocks if b["type"] == "section"]
    assert message.blocks[0]["text"]["text"] == "🌊 40 new stories at once — each is in the thread"
    assert len(message.blocks) <= MAX_BLOCKS
    assert all(len(t) <= SECTION_TEXT for t in texts)
    joined = "\n".join(texts)
    for n in range(40):
        assert f"|Story {n} " in joined
        assert f"(news{n}.example.org)" in joined
    assert "<!here>" not in joined
    assert message.text.startswith("40 new stories at once: Story 0")
    assert message.text.endswith("and 39 more")


def test_the_store_s_record_of_the_post_time_wins_over_the_ts() -> None:
    # The console's "ts" is not a time; the store knows when it was posted.
    console = p1(ts="a1", posted=POSTED)
    assert escalation_due(console, POSTED + timedelta(minutes=20), POLICY)
    assert not escalation_due(console, POSTED + timedelta(minutes=19), POLICY)
    assert next_escalation([console], POSTED, POLICY) == POSTED + timedelta(minutes=20)


# ---------------------------------------------------------------------- queue messages


def test_flood_and_escalation_messages_round_trip_and_malformed_ones_are_poison() -> None:
    from demandwatch.exceptions import PoisonMessageError
    from demandwatch.queue.fanout import EscalationCheck, FloodNotice, parse_notice

    flood = FloodNotice(("a1", "a2", "a3"), "#syria-un")
    message = flood.to_message()
    assert (message.group, len(message.dedup_id or "")) == ("#syria-un", 46)
    assert parse_notice(message.body) == flood
    check = EscalationCheck(POSTED)
    assert parse_notice(check.to_message().body) == check
    assert check.to_message().dedup_id == "escalate-20260105T0900"
    for body in (
        '{"flood": [], "channel": "#syria-un"}',
        '{"flood": [1, 2], "channel": "#syria-un"}',
        '{"flood": "a1", "channel": "#syria-un"}',
        '{"flood": ["a1"]}',
        '{"escalate": "soon"}',
    ):
        with pytest.raises(PoisonMessageError):
            parse_notice(body)


def test_a_story_with_a_p1_this_cycle_is_not_folded_by_its_first_p2_alert() -> None:
    # A vote announced and vetoed in one poll: the story's first alert is the P2 notice,
    # its second the P1 veto (probe s15 K2). The story posts on its own and does not count.
    vetoed = [
        NewStory("st-vote", "a-notice", "#syria-un", "P2"),
        NewStory("st-vote", "a-veto", "#syria-un", "P1"),
    ]
    others = [story(n) for n in range(3)]
    [plan] = flood_plans([vetoed[0], *others, vetoed[1]], 2)
    assert [s.story_id for s in plan.stories] == ["st-0", "st-1", "st-2"]
    assert flood_plans([vetoed[0], *others[:2], vetoed[1]], 2) == []  # two others: no flood
