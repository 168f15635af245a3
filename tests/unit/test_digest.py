"""The digest, locally and in the cloud from one content builder (core.digest via
app.digest): stories by demand with priority, event and sources, what people did with
them, held P3 items, General Assembly debates due, one line on the sources' health."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from demandwatch.app.digest import build_digests
from demandwatch.cli import EXIT_FAILED, EXIT_OK, main, post_digest_if_due
from demandwatch.config import SHIPPED_CONFIG_DIR, Settings, load_config
from demandwatch.core.digest import build_digest, digest_lines, digest_start
from demandwatch.core.models import AlertStatus, Event, Mark, Match, NewEntry, SourceState
from demandwatch.ports import AlertRecord, Delivery
from demandwatch.slack.digest import compose_digest
from demandwatch.store.sqlite import SqliteStore
from slack_support import make_alert, make_item, voted_down_alert

T = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
VETO = Match("stop-veto-obstruction", ("veto*",))
EMBARGO = Match("arms-embargo", ("arms embargo",))


def record(alert_id: str, state: str, **kwargs: object) -> AlertRecord:
    return AlertRecord(make_alert(alert_id, **kwargs), state)  # type: ignore[arg-type]


def test_stories_are_grouped_by_demand_with_what_people_did() -> None:
    records = [
        record(
            "v1", "claimed", priority="P1", story_id="s-veto", matches=(VETO,), event=Event("veto")
        ),
        record(
            "v2",
            "posted",
            priority="P2",
            story_id="s-veto",
            matches=(VETO,),
            source_name="UN News",
            event=Event("statement"),
        ),
        record("e1", "dismissed", priority="P2", matches=(EMBARGO,), event=Event("statement")),
        record("low", "held", priority="P3", matches=(EMBARGO,), event=Event("other")),
    ]
    content = build_digest(
        title="Syria",
        start=T - timedelta(days=1),
        end=T,
        records=records,
        statuses={
            "v1": AlertStatus("v1", "claimed", claimed=Mark("U0CLAIM", T)),
            "e1": AlertStatus("e1", "dismissed", dismissed=Mark("U0DISMISS", T)),
        },
        health="Sources: 11 ok, 1 failing (UN News)",
        drafted={"v2"},
    )
    assert [s.demand_id for s in content.sections] == ["stop-veto-obstruction", "arms-embargo"]
    (veto,) = content.sections[0].stories
    assert (veto.lead.id, veto.items, veto.sources) == (
        "v1",
        2,
        ("UN Meetings Coverage and Press Releases", "UN News"),
    )
    assert veto.outcome() == "claimed by U0CLAIM, draft made"
    assert content.sections[1].stories[0].outcome() == "not relevant (U0DISMISS)"
    assert [s.lead.id for s in content.held] == ["low"]
    assert content.stories == 3
    assert content.alerts == 4
    text = "\n".join(digest_lines(content))
    assert "Stop obstructing Security Council action on Syria:" in text
    assert "P1 veto: " in text
    assert (
        "(2 item(s); UN Meetings Coverage and Press Releases, UN News) — claimed by U0CLAIM" in text
    )
    assert "Held for the digest (1):" in text
    assert text.splitlines()[-1] == "Sources: 11 ok, 1 failing (UN News)"
    slack = "\n".join(b["text"]["text"] for b in compose_digest(content).blocks)
    assert "claimed by <@U0CLAIM>" in slack
    assert "*Held for the digest* (1):" in slack
    assert "draft made" in slack
    assert "Sources: 11 ok, 1 failing (UN News)" in slack


def test_the_slack_digest_cleans_feed_text_on_every_line() -> None:
    """Probe s14 N14: the General Assembly line kept a title's bidi controls, so
    "\u202eexe.gro.nu" read "un.org.exe" there (the story's link line was clean)."""
    hostile = "Russia vetoes Syria draft \u202eexe.gro.nu\u202c \u2067@here\u2069 \u200f<!channel>"
    records = [
        record(
            "v1",
            "posted",
            priority="P1",
            matches=(VETO,),
            event=Event("veto"),
            source_name="Wire \u202eevil\u202c",
        )
    ]
    content = build_digest(
        title="Syria",
        start=T - timedelta(days=1),
        end=T,
        records=records,
        statuses={},
        health="Sources: 1 ok",
    )
    content = replace(content, ga_debates=((hostile, date(2026, 3, 16)),))
    slack = "\n".join(b["text"]["text"] for b in compose_digest(content).blocks)
    assert "General Assembly debate on the veto due by" in slack
    for control in ("\u202e", "\u202c", "\u2067", "\u2069", "\u200f", "<!channel>"):
        assert control not in slack
    assert "@\u200bhere" in slack
    assert "exe.gro.nu" in slack


@pytest.fixture
def state(tmp_path: Path) -> Path:
    """A day of alerts: a claimed P1 veto, a failed P2, a held P3; one source failing."""
    path = tmp_path / "state.sqlite3"
    store = SqliteStore(path)
    now = datetime.now(UTC)
    store.save_source_state(
        SourceState("un-news-all", last_attempt=now, consecutive_failures=2, last_error="HTTP 503")
    )
    alerts = [
        make_alert("a-veto", priority="P1", event=Event("veto"), created=now - timedelta(hours=3)),
        make_alert(
            "a-failed",
            priority="P2",
            item=replace(make_item(), title="Arms shipment reported", key="k2"),
            matches=(EMBARGO,),
            event=Event("statement"),
            created=now - timedelta(hours=2),
        ),
        make_alert(
            "a-low",
            priority="P3",
            item=replace(make_item(), title="A low-priority mention", key="k3"),
            matches=(EMBARGO,),
            created=now - timedelta(hours=1),
        ),
    ]
    for a in alerts:  # each recorded when it was made
        store.record_new(
            "un-press", [NewEntry(f"k-{a.id}", a, fingerprint=a.id)], a.created, timedelta(days=90)
        )
    for alert in store.claim_alerts(now, timedelta(minutes=5)):
        if alert.id == "a-veto":
            store.complete_alert(alert.id, Delivery("C1", "1.0"), now)
            store.claim_alert(alert.id, "U0ONCALL", now)
        elif alert.id == "a-failed":
            store.fail_alert(alert.id, "channel_not_found", now)
        else:
            store.hold_alert(alert.id, now)
    store.close()
    return path


def test_digest_command_prints_the_days_digest(
    state: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["digest", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    assert "3 alert(s) on 3 story/stories · P1: 1 · P2: 1 · P3: 1" in out
    assert "claimed by U0ONCALL" in out
    assert "Arms shipment reported" in out
    assert "delivery failed" in out
    assert "Held for the digest (1):\n  P3 other: A low-priority mention" in out
    assert "Sources: 11 ok, 1 failing (UN News)" in out


def test_the_digest_says_when_events_are_read_by_the_rules_alone(
    state: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Review s23 Z2: with the model file unreadable, config check and status said so (exit
    3 since session 23), the digest, where the office looks each day, said nothing. Printed
    and posted alike, under the sources' health; not a word when the model reads."""
    from demandwatch import event_model

    main(["digest", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
    assert "Events:" not in capsys.readouterr().out  # the shipped model reads
    cut = tmp_path / "event_model.json.gz"
    cut.write_bytes(event_model.MODEL_FILE.read_bytes()[:3000])
    shipped = event_model.model_problem
    monkeypatch.setattr(event_model, "model_problem", lambda setting: shipped(setting, cut))
    code = main(["digest", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
    out = capsys.readouterr().out
    assert code == EXIT_OK
    said = "Events: read by the rules alone (event_model.json.gz is not read: "
    assert f"Sources: 11 ok, 1 failing (UN News)\n{said}" in out
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(state, readonly=True)
    now = datetime.now(UTC)
    problem = event_model.model_problem("on")
    (digest,) = build_digests(config, store, now - timedelta(days=1), now, events_problem=problem)
    store.close()
    slack = "\n".join(b["text"]["text"] for b in compose_digest(digest.content).blocks)
    assert said in slack


def test_digest_since_narrows_the_period(state: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["digest", "--since", "90m", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
    out = capsys.readouterr().out
    assert "1 alert(s) on 1 story/stories" in out
    assert "A low-priority mention" in out
    assert "Arms shipment" not in out


def test_digest_post_needs_a_token(
    state: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    code = main(["digest", "--post", "--config", str(SHIPPED_CONFIG_DIR), "--state", str(state)])
    assert code == EXIT_FAILED
    assert "--post needs SLACK_BOT_TOKEN" in capsys.readouterr().err


def test_the_local_and_cloud_digests_are_one_content(state: Path) -> None:
    """The Slack message `demandwatch digest --post` sends is the rendering of the same
    content the console prints (and the cloud handler posts: it calls post_digests)."""
    config = load_config(SHIPPED_CONFIG_DIR)
    store = SqliteStore(state, readonly=True)
    now = datetime.now(UTC)
    (digest,) = build_digests(config, store, now - timedelta(days=1), now)
    store.close()
    console = "\n".join(digest_lines(digest.content))
    slack = "\n".join(b["text"]["text"] for b in compose_digest(digest.content).blocks)
    for story in [s for section in digest.content.sections for s in section.stories]:
        assert story.lead.item.title in console
        assert story.lead.item.title in slack
    assert digest.content.health in console
    assert digest.content.health in slack


def test_run_loop_posts_the_digest_once_a_day_after_the_configured_time(
    state: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = load_config(SHIPPED_CONFIG_DIR)  # digest_at 08:00, America/New_York
    args = argparse.Namespace(json=False)
    settings = Settings()
    store = SqliteStore(state)
    early = datetime(2026, 3, 2, 12, 30, tzinfo=UTC)  # 07:30 in New York
    late = datetime(2026, 3, 2, 13, 30, tzinfo=UTC)  # 08:30
    assert post_digest_if_due(args, settings, config, store, early) is False
    assert post_digest_if_due(args, settings, config, store, late) is True
    assert "daily digest" in capsys.readouterr().out
    assert post_digest_if_due(args, settings, config, store, late + timedelta(hours=2)) is False
    assert post_digest_if_due(args, settings, config, store, late + timedelta(days=1)) is True
    store.close()


def test_an_item_without_a_visible_title_is_named_by_its_words_or_its_draft() -> None:
    """Probe s16 R15: a title empty or only invisible characters was a blank line in the
    digest and its General Assembly line: staff could not tell which veto it was."""
    from story_support import candidate, polled

    invisible = make_item(
        key="ngo:910",
        title="\u200b\u200b\u202e",
        text="<p>Russia vetoed the Security Council draft resolution S/2027/910 on Syria's "
        "detainees today, the fourth veto this year.</p>",
        url="https://www.ngo.example/2027/12/veto-910",
        symbols=("S/2027/910",),
    )
    empty = make_item(
        key="ngo:911", title="", text="", url="https://www.ngo.example/2027/12/e", symbols=()
    )
    records = [
        record("v1", "posted", priority="P1", matches=(VETO,), event=Event("veto"), item=invisible),
        record("v2", "posted", priority="P1", matches=(VETO,), event=Event("veto"), item=empty),
    ]
    [story] = polled(
        candidate(
            "v1",
            "\u200b\u200b\u202e",
            "veto",
            T,
            demand="stop-veto-obstruction",
            symbols=("S/2027/910",),
        )
    )
    content = build_digest(
        title="Syria",
        start=T - timedelta(days=1),
        end=T,
        records=records,
        statuses={},
        health="Sources: 1 ok",
        ga_debates=[replace(story, ga_debate_due=date(2027, 12, 21))],
    )
    text = digest_lines(content)
    veto_lines = [line for line in text if "P1 veto:" in line]
    assert any(
        "P1 veto: Russia vetoed the Security Council draft resolution S/2027/910 on Syria's" in line
        for line in veto_lines
    ), text
    assert any("P1 veto: https://www.ngo.example/2027/12/e (" in line for line in veto_lines), text
    [ga] = [line for line in text if line.startswith("General Assembly debate")]
    assert ga.endswith(": veto of S/2027/910"), ga
    slack = "\n".join(b["text"]["text"] for b in compose_digest(content).blocks)
    assert "veto of S/2027/910" in slack


def test_a_digest_runs_from_the_previous_local_digest_time_across_a_clock_change() -> None:
    """Probe s17 C8: the schedule is in local time, so on the days clocks change two 08:00
    digests in New York are 23 or 25 hours apart, and each runs from the one before."""
    from zoneinfo import ZoneInfo

    new_york = ZoneInfo("America/New_York")
    day = timedelta(hours=24)
    spring = datetime(2026, 3, 8, 12, 0, tzinfo=UTC)  # 08:00 EDT, clocks went forward at 02:00
    assert digest_start(spring, new_york, day) == datetime(2026, 3, 7, 13, 0, tzinfo=UTC)
    autumn = datetime(2026, 11, 1, 13, 0, tzinfo=UTC)  # 08:00 EST, clocks went back at 02:00
    assert digest_start(autumn, new_york, day) == datetime(2026, 10, 31, 12, 0, tzinfo=UTC)
    ordinary = datetime(2026, 11, 2, 13, 0, tzinfo=UTC)
    assert digest_start(ordinary, new_york, day) == ordinary - day
    week = timedelta(days=7)
    assert digest_start(autumn, new_york, week) == datetime(2026, 10, 25, 12, 0, tzinfo=UTC)
    assert digest_start(autumn, new_york, timedelta(hours=36)) == autumn - timedelta(hours=36)


def test_run_loop_digest_on_the_day_clocks_go_back_has_the_hour_after_yesterdays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Probe s17 C8: a P2 made at 08:30 EDT on the Saturday, after that day's digest, is in
    Sunday's (08:00 EST, 25 hours later), not in neither."""
    config = load_config(SHIPPED_CONFIG_DIR)  # digest_at 08:00, America/New_York
    args = argparse.Namespace(json=False)
    store = SqliteStore(tmp_path / "state.sqlite3")
    saturday = datetime(2026, 10, 31, 12, 0, tzinfo=UTC)  # 08:00 EDT
    assert post_digest_if_due(args, Settings(), config, store, saturday) is True
    assert "No alerts in this period" in capsys.readouterr().out
    made = datetime(2026, 10, 31, 12, 30, tzinfo=UTC)
    alert = make_alert("a-after", priority="P2", created=made)
    store.record_new("un-press", [NewEntry("k-after", alert, fingerprint="f")], made, timedelta(90))
    sunday = datetime(2026, 11, 1, 13, 0, tzinfo=UTC)  # 08:00 EST
    assert post_digest_if_due(args, Settings(), config, store, sunday) is True
    assert "1 alert(s) on 1 story/stories" in capsys.readouterr().out
    store.close()


def test_a_draft_story_led_by_a_p1_statement_is_listed_by_its_draft() -> None:
    """Review s20 V9: `stories` labelled a draft's story by the lead of all its alerts, so a
    draft voted down whose story also held a P1 statement (a reaction) was listed
    "statement"; the label is the story's event, told by the lead of its alerts of that
    event."""
    from demandwatch.core.digest import story_label

    reaction = make_alert("a0react", event=Event("statement"), priority="P1")
    voted_down = voted_down_alert()
    assert story_label("draft_resolution", [reaction, voted_down]) == "draft voted down"
    plain = make_alert("a0draft", event=Event("draft_resolution"), priority="P2")
    assert story_label("draft_resolution", [reaction, plain]) == "draft resolution"
    assert story_label("veto", [reaction]) == "veto"
