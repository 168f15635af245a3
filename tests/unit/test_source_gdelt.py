"""GDELT DOC 2.0 article lists: the request and the parser (no network)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from demandwatch.exceptions import FeedParseError, SourceSetupError
from demandwatch.sources import gdelt

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "gdelt"
FETCHED = datetime(2026, 8, 28, 12, 30, tzinfo=UTC)


def test_artlist_becomes_items() -> None:
    body = (FIXTURES / "syria-council-artlist.json").read_bytes()
    items = gdelt.parse_articles(body, source_id="gdelt", fetched=FETCHED)
    assert len(items) == 4  # the article without a URL is skipped
    wire, journal, gazette, daily = items

    assert wire.title == "Russia, China veto UN Security Council draft on Syria aid"
    assert wire.published == datetime(2026, 8, 28, 12, 15, tzinfo=UTC)
    assert wire.published_trusted
    assert (wire.language, wire.outlet) == ("en", "fixture-wire.example")
    assert wire.text == ""
    assert wire.key == (
        "url:fixture-wire.example/world/middle-east/russia-china-veto-syria-aid-draft-2026-08-28"
    )

    assert journal.language == "fr"
    assert journal.url == (
        "https://fixture-journal.example/monde/2026/08/28/syrie-veto-conseil-de-securite"
    )
    assert journal.title.startswith("Syrie : la Russie et la Chine")  # French spacing kept

    assert gazette.language == "esperanto"
    assert gazette.symbols == ("S/RES/2672 (2023)",)

    # A raw control character in a title loses neither the list nor the article.
    assert daily.title == "Syria briefing at Security Council: envoy urges access"
    assert (daily.published, daily.published_trusted) == (FETCHED, False)


def test_the_empty_object_is_no_articles() -> None:
    body = (FIXTURES / "empty-result.json").read_bytes()
    assert gdelt.parse_articles(body, source_id="gdelt", fetched=FETCHED) == []
    assert gdelt.parse_articles(b'{"articles": []}', source_id="gdelt", fetched=FETCHED) == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ((FIXTURES / "rate-limited.txt").read_bytes(), "not JSON"),
        (b"[]", "expected a JSON object"),
        (b'{"articles": {"url": "x"}}', "'articles' is not a list"),
        (b'{"articles": [{"title": "no url"}]}', "none of the 1 articles in the answer"),
        (b'{"articles": [{"url": "https://x.example/a", "title": "cut', "truncated JSON"),
    ],
)
def test_answers_that_are_not_artlists_are_parse_errors(body: bytes, message: str) -> None:
    with pytest.raises(FeedParseError, match=message):
        gdelt.parse_articles(body, source_id="gdelt", fetched=FETCHED)


def test_request_asks_for_the_json_artlist_newest_first() -> None:
    spec = gdelt.request(
        "https://api.gdeltproject.org/api/v2/doc/doc?timespan=1d&mode=timelinevol",
        query='Syria "Security Council"',
    )
    params = parse_qs(urlsplit(spec.url).query)
    assert params == {
        "timespan": ["1d"],
        "query": ['Syria "Security Council"'],
        "mode": ["artlist"],
        "format": ["json"],
        "maxrecords": ["50"],
        "sort": ["datedesc"],
    }
    assert (spec.expect, spec.conditional) == ("json", False)
    assert "one request every 5 seconds" in spec.hints[429]


def test_request_takes_the_query_from_the_url() -> None:
    spec = gdelt.request("https://api.gdeltproject.org/api/v2/doc/doc?query=syria&maxrecords=75")
    params = parse_qs(urlsplit(spec.url).query)
    assert (params["query"], params["maxrecords"]) == (["syria"], ["75"])


def test_request_without_a_query_is_refused() -> None:
    with pytest.raises(SourceSetupError, match="needs a query"):
        gdelt.request("https://api.gdeltproject.org/api/v2/doc/doc")


def article(url: str, title: str) -> str:
    return (
        f'{{"url": "{url}", "url_mobile": "", "title": "{title}", '
        '"seendate": "20260828T121500Z", "domain": "x.example", "language": "English"}'
    )


def test_invalid_backslash_escapes_are_read_as_the_character_and_nothing_is_lost() -> None:
    body = (
        '{"articles": ['
        + article("https://x.example/a", r"Council\'s veto on Syria draft")
        + ", "
        + article("https://x.example/b", r"Council text on Syria \\ \S/2026/880 fails \u00e9")
        + "]}"
    ).encode()
    items, dropped = gdelt.read_articles(body, source_id="gdelt", fetched=FETCHED)
    assert dropped == 0
    # A valid escaped backslash and a \u escape keep their meaning.
    assert [i.title for i in items] == [
        "Council's veto on Syria draft",
        "Council text on Syria \\ S/2026/880 fails \u00e9",
    ]


def test_an_article_that_cannot_be_read_is_dropped_and_counted_the_rest_kept() -> None:
    body = (
        '{"articles": ['
        + article("https://x.example/a", "Russia and China veto Syria draft")
        + ", "
        + article("https://x.example/b", 'A "quoted" title breaks\\q the JSON')
        + ", "
        + article("https://x.example/c", "Council fails to adopt Syria text")
        + "]}"
    ).encode()
    items, dropped = gdelt.read_articles(body, source_id="gdelt", fetched=FETCHED)
    assert [i.url for i in items] == ["https://x.example/a", "https://x.example/c"]
    assert dropped == 1
    assert gdelt.parse_articles(body, source_id="gdelt", fetched=FETCHED) == items
