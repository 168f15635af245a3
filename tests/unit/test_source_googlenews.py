"""Google News search RSS through the aggregator path of the RSS parser (no network)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from demandwatch.core.models import Item
from demandwatch.sources import rss

FIXTURE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "googlenews" / "syria-security-council.xml"
)
FETCHED = datetime(2026, 8, 28, 12, 30, tzinfo=UTC)


def parse(*, strip_outlet: bool) -> list[Item]:
    return rss.parse_feed(
        FIXTURE.read_bytes(),
        {"content-type": "application/xml; charset=UTF-8"},
        source_id="google-news",
        fetched=FETCHED,
        strip_outlet=strip_outlet,
    )


def test_titles_lose_the_outlet_and_the_outlet_comes_from_source() -> None:
    items = parse(strip_outlet=True)
    assert [(i.title, i.outlet) for i in items] == [
        ("Russia and China veto UN Security Council draft on Syria aid", "Fixture Wire"),
        ("Syria - UN envoy briefs Council on Idlib ceasefire", "Al Fixture English"),
        (
            "Council members expected to vote tomorrow on Syria cross-border draft",
            "Fixture Report",
        ),
        ('UN rights chief: Syria\'s detainees "cannot wait" for Council action', "Fixture Times"),
        # No <source>: the title's own suffix names the outlet.
        ("Syria talks stall at UN", "Fixture Post"),
    ]


def test_descriptions_that_only_repeat_the_title_say_nothing_twice() -> None:
    items = parse(strip_outlet=True)
    assert [i.text for i in items if i.outlet != "Fixture Report"] == ["", "", "", ""]


def test_related_coverage_is_kept_as_plain_text() -> None:
    coverage = parse(strip_outlet=True)[2]
    assert coverage.text == (
        "Council members expected to vote tomorrow on Syria cross-border draft Fixture Report "
        "Russia's envoy signals opposition to 12-month renewal Fixture Times"
    )
    assert "&" not in coverage.text
    assert "\xa0" not in coverage.text


def test_keys_links_and_dates() -> None:
    first = parse(strip_outlet=True)[0]
    # Google lists one article under several opaque ids: the outlet and the title name it.
    assert (
        first.key
        == "title:fixture wire|russia and china veto un security council draft on syria aid"
    )
    assert first.url == "https://news.google.com/rss/articles/CBMifkFVX3lxTE9maXh0dXJlMDAx?oc=5"
    assert first.published == datetime(2026, 8, 28, 12, 15, tzinfo=UTC)
    assert first.language == "en-US"


def test_outside_the_aggregator_path_titles_are_left_alone() -> None:
    items = parse(strip_outlet=False)
    assert (
        items[0].title
        == "Russia and China veto UN Security Council draft on Syria aid - Fixture Wire"
    )
    # <source> is standard RSS: the outlet is still recorded.
    assert items[0].outlet == "Fixture Wire"
    assert items[4].outlet is None


def test_a_title_that_merely_ends_with_the_outlet_name_keeps_it() -> None:
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>Interview with Fixture Wire</title><link>https://news.google.com/rss/articles/X1</link>
        <source url="https://fixture-wire.example">Fixture Wire</source></item>
      <item><title>Fixture Wire</title><link>https://news.google.com/rss/articles/X2</link></item>
    </channel></rss>"""
    items = rss.parse_feed(body, {}, source_id="g", fetched=FETCHED, strip_outlet=True)
    assert [(i.title, i.outlet) for i in items] == [
        ("Interview with Fixture Wire", "Fixture Wire"),
        ("Fixture Wire", None),
    ]
