"""The console alert and the printed digest show a word with a soft hyphen or a zero-width
character inside it as one word (tester s24).

Before: both replaced every character that is not printable with a space, so a German
title "Russland legt Ve&shy;to ein" printed as "Ve to" on the operator's console (`make
run`, `demandwatch digest`), while Slack, `stories` and the draft showed "Veto". The
invisible format characters (core.text.INVISIBLE_FORMAT) are dropped, as the terminal
cleaner drops them; other controls still become a space.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from demandwatch.core.digest import build_digest, digest_lines
from demandwatch.core.models import Event, Match
from demandwatch.notify.console import format_alert
from demandwatch.ports import AlertRecord
from slack_support import make_alert, make_item

T = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
TITLE = "Russland legt Ve\u00adto gegen Syrien-Reso\u00adlution im Sicher\u200bheitsrat ein"
SHOWN = "Russland legt Veto gegen Syrien-Resolution im Sicherheitsrat ein"


def _alert() -> object:
    return make_alert(
        "v1",
        item=make_item(title=TITLE, text="Russland hat sein Ve\u00adto\u0007eingelegt."),
        story_id="s-veto",
        matches=(Match("stop-veto-obstruction", ("veto*",)),),
        event=Event("veto"),
    )


def test_the_console_alert_shows_the_words_a_reader_sees() -> None:
    shown = format_alert(_alert())  # type: ignore[arg-type]
    assert SHOWN in shown
    assert "Ve to" not in shown
    assert "Russland hat sein Veto eingelegt." in shown  # a control is still a space


def test_the_printed_digest_shows_the_words_a_reader_sees() -> None:
    content = build_digest(
        title="Syria",
        start=T - timedelta(days=1),
        end=T,
        records=[AlertRecord(_alert(), "posted")],  # type: ignore[arg-type]
        statuses={},
        health="Sources: 1 ok, 0 failing",
        drafted=set(),
    )
    text = "\n".join(digest_lines(content))
    assert SHOWN in text
    assert "Ve to" not in text
