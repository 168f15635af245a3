"""The link an alert gives to its source, from outside: `demandwatch run --once` against a
local feed, the Slack stand-in (tests/integration/slack_server.py) and a SQLite state file.

Probe s19 P2: a feed that writes its links relative to itself (an NGO's Atom feed with
``<link href="../news/..."/>``, an RSS ``<link>/news/...</link>``) gave a P1 veto alert a
bare title: the link was kept as written, which Slack cannot open, so a responder had no
way to the source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from pytest_httpserver import HTTPServer

from feeds import write_config
from integration.cli_runs import cli_env, run_cli
from integration.slack_server import SlackServer
from slack_support import CHANNELS, SYRIA_CHANNEL

pytestmark = pytest.mark.integration

VETO_TITLE = "Russia and China veto Security Council draft on Syria detainees"
VETO_TEXT = (
    "Russia and China on Wednesday vetoed a Security Council draft resolution demanding the "
    "release of detainees in Syria; thirteen members voted in favour."
)


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def _atom(*entries: tuple[str, str, str]) -> bytes:
    """An NGO's Atom feed: entries of (title, relative link, summary), newest first."""
    now = datetime.now(UTC)
    parts = []
    for i, (title, link, summary) in enumerate(entries):
        when = (now - timedelta(minutes=i + 1)).strftime("%Y-%m-%dT%H:%M:%SZ")
        parts.append(
            f'<entry><title>{title}</title><link rel="alternate" href="{link}"/>'
            f"<id>tag:ngo.example,2026:{i}-{link}</id><updated>{when}</updated>"
            f"<summary>{summary}</summary></entry>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Syria Detainees Network</title><id>tag:ngo.example,2026:feed</id>"
        f"<updated>{now:%Y-%m-%dT%H:%M:%SZ}</updated>{''.join(parts)}</feed>"
    ).encode()


def _rss(*entries: tuple[str, str, str]) -> bytes:
    """A wire's RSS feed whose item links are site-relative paths."""
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link><description>{summary}</description>"
        f"<pubDate>{datetime.now(UTC) - timedelta(minutes=i + 1):%a, %d %b %Y %H:%M:%S +0000}"
        "</pubDate></item>"
        for i, (title, link, summary) in enumerate(entries)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>http://wire.example/</link><description>w</description>{items}</channel></rss>"
    ).encode()


def _run(config: Path, state: Path, slack: SlackServer) -> str:
    return run_cli("run", "--once", env=cli_env(config, state, slack)).stdout


def _veto_after_baseline(
    httpserver: HTTPServer,
    slack: SlackServer,
    tmp_path: Path,
    *,
    feed_url: str,
    feed_path: str,
    render: Callable[..., bytes],
    link: str,
) -> tuple[str, list[str]]:
    """A source at ``feed_url`` (served at ``feed_path``) read once quiet (the baseline),
    then with the veto linked as ``link``: the second run's output, which must have
    delivered the alert, and the sections of its top-level message."""
    config = write_config(tmp_path / "cfg", [{"id": "ngo", "url": feed_url}])
    state = tmp_path / "state.sqlite3"
    quiet = ("Annual report on enforced disappearances", "/reports/annual-2026", "Our report.")
    httpserver.expect_request(feed_path).respond_with_data(render(quiet))
    _run(config, state, slack)  # the baseline
    httpserver.clear()
    httpserver.expect_request(feed_path).respond_with_data(
        render((VETO_TITLE, link, VETO_TEXT), quiet)
    )
    out = _run(config, state, slack)
    assert "delivered=1" in out, out
    [top] = slack.top_level(SYRIA_CHANNEL)
    return out, [b["text"]["text"] for b in top["blocks"] if b["type"] == "section"]


def _veto_through_a_keyed_feed(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path, link: str
) -> list[str]:
    """:func:`_veto_after_baseline` for an RSS feed configured with a reader key in its
    query, the veto's link written as ``link`` ('{secret}' and '{feed_url}' filled in):
    its message's sections, once nothing posted or updated in Slack, and nothing the run
    printed, has said the key."""
    secret = "k3y-9f1c2e"
    feed_url = httpserver.url_for("/feeds/rss.xml") + f"?apikey={secret}&lang=en"
    out, sections = _veto_after_baseline(
        httpserver,
        slack,
        tmp_path,
        feed_url=feed_url,
        feed_path="/feeds/rss.xml",
        render=_rss,
        link=escape(link.format(secret=secret, feed_url=feed_url)),
    )
    posted = [*slack.calls("chat.postMessage"), *slack.calls("chat.update")]
    assert posted
    assert all(secret not in repr(call) for call in posted), posted
    assert secret not in out
    return sections


@pytest.mark.parametrize(
    ("feed_path", "link", "kind"),
    [
        ("/ngo/feeds/atom.xml", "../news/veto-detainees", "atom"),
        ("/feeds/rss.xml", "/world/syria-veto-detainees", "rss"),
    ],
)
def test_an_alert_links_to_its_source_when_the_feed_writes_relative_links(
    httpserver: HTTPServer,
    slack: SlackServer,
    tmp_path: Path,
    feed_path: str,
    link: str,
    kind: str,
) -> None:
    _, sections = _veto_after_baseline(
        httpserver,
        slack,
        tmp_path,
        feed_url=httpserver.url_for(feed_path),
        feed_path=feed_path,
        render=_atom if kind == "atom" else _rss,
        link=link,
    )
    expected = httpserver.url_for("/ngo/news/veto-detainees" if kind == "atom" else link)
    assert any(f"<{expected}|{VETO_TITLE}>" in text for text in sections), sections


@pytest.mark.parametrize("link", ["#veto-detainees", "?", ""])
def test_a_token_in_the_feed_s_query_never_reaches_slack_through_a_fragment_link(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path, link: str
) -> None:
    """Review s19 V11: a link that is only a fragment ('#veto-detainees') resolved to the
    configured feed URL with its query, so a reader key in that query was posted to Slack
    as the alert's link. Such a link names no page of the item's own: the alert has none."""
    sections = _veto_through_a_keyed_feed(httpserver, slack, tmp_path, link)
    assert any(VETO_TITLE in text for text in sections), sections
    assert not any(f"|{VETO_TITLE}>" in text for text in sections), sections


@pytest.mark.parametrize(
    ("link", "shown"),
    [
        ("?apikey={secret}&id=4", "/feeds/rss.xml?id=4"),
        ("/ngo/news/veto-detainees?apikey={secret}&lang=en", "/ngo/news/veto-detainees?lang=en"),
        ("{feed_url}#veto-detainees", None),
    ],
)
def test_a_token_the_feed_repeats_in_its_links_never_reaches_slack(
    httpserver: HTTPServer, slack: SlackServer, tmp_path: Path, link: str, shown: str | None
) -> None:
    """Review s20 V7: a feed that writes its items' links from the address it was read at
    (absolute, or relative with the query) repeats the reader key of the configured URL;
    the alert linked to it with the key. The key goes from the link shown (the link itself
    where nothing of the item's own is left)."""
    sections = _veto_through_a_keyed_feed(httpserver, slack, tmp_path, link)
    if shown is None:
        assert not any(f"|{VETO_TITLE}>" in text for text in sections), sections
    else:
        expected = httpserver.url_for(shown).replace("&", "&amp;")
        assert any(f"<{expected}|{VETO_TITLE}>" in text for text in sections), sections
