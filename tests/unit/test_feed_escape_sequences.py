"""Terminal escape sequences in feed text leave with their payload, everywhere the text
goes (probe s15 Q3): an OSC 8 link's hidden target and a CSI's "[1;31m" were kept as
visible words in the Slack alert, the digest and the draft, where only the ESC byte was
dropped with the other control characters."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from demandwatch.core.drafts import clean
from demandwatch.core.text import html_to_text
from demandwatch.slack.escape import plain, untrusted
from demandwatch.sources.rss import parse_feed

OSC8 = "\x1b]8;;http://evil.example/\x1b\\press.un.org\x1b]8;;\x1b\\"
TITLE = (
    f"Security Council fails to adopt Syria draft S/2026/1901 {OSC8} "
    "\x1b[2J\x1b]0;pwned\x07 \x1b[1;31mBREAKING\x1b[0m"
)
# The 8-bit form of CSI (feedparser reads a C1 byte in an XML feed as windows-1252's "›",
# so it is checked where text is rendered, not parsed).
C1_TITLE = f"{TITLE} \x9b31mC1\x9b0m"
LEFT_OVER = ("evil.example", "[2J", "pwned", "[1;31m", "[0m", "]8;;", "31m")


def test_a_feed_title_keeps_the_words_of_its_sequences_and_nothing_else() -> None:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
        f"<item><title>{TITLE}</title><link>https://press.un.org/en/sc19901</link>"
        f"<description>Lede {OSC8} \x1b[31mred\x1b[0m.</description></item></channel></rss>"
    ).encode()
    (item,) = parse_feed(body, {}, source_id="press", fetched=datetime(2026, 12, 1, tzinfo=UTC))
    assert item.title == (
        "Security Council fails to adopt Syria draft S/2026/1901 press.un.org BREAKING"
    )
    assert item.text == "Lede press.un.org red."


@pytest.mark.parametrize("render", [html_to_text, plain, clean, lambda t: untrusted(t, 3000)])
def test_every_path_feed_text_takes_drops_the_sequences_with_their_payload(render) -> None:  # type: ignore[no-untyped-def]
    shown = render(C1_TITLE)
    assert "press.un.org" in shown
    assert "BREAKING" in shown
    assert "C1" in shown
    assert not [junk for junk in LEFT_OVER if junk in shown], shown


def test_a_stray_introducer_is_one_character_not_the_rest_of_the_field() -> None:
    """Review s15 LOW-3: a lone C1 byte (text decoded twice) swallowed what followed it."""
    assert html_to_text("A \x9e b and the rest") == "A \x9e b and the rest"
    assert plain("A \x9e b and the rest") == "A  b and the rest"
    assert clean("Russia \x1b] vetoes the draft") == "Russia ] vetoes the draft"
