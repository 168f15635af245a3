"""ReliefWeb API v2: the POST it sends, the reports it reads, the appname it never shows."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from demandwatch.exceptions import FeedParseError, SourceSetupError
from demandwatch.sources import reliefweb

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reliefweb"
FETCHED = datetime(2026, 8, 28, 12, 0, tzinfo=UTC)
APPNAME = "demandwatch-test-Qx7Lp2"
FIXTURE_APPNAME = "FIXTURE-APPNAME-7f3a"


def test_request_is_a_post_filtered_on_the_primary_country() -> None:
    spec = reliefweb.request("https://api.reliefweb.int/v2/reports", appname=APPNAME, country="SYR")
    assert spec.method == "POST"
    assert spec.expect == "json"
    assert spec.conditional is False
    assert parse_qs(urlsplit(spec.url).query) == {"appname": [APPNAME]}
    assert spec.json_body == {
        "limit": 30,
        "sort": ["date.created:desc"],
        "fields": {"include": list(reliefweb._FIELDS)},
        "filter": {
            "operator": "AND",
            "conditions": [{"field": "primary_country.iso3", "value": "syr"}],
        },
    }
    assert {403, 400, 410} <= set(spec.hints)


def test_request_adds_a_full_text_query_and_replaces_a_configured_appname() -> None:
    spec = reliefweb.request(
        "https://api.reliefweb.int/v2/reports?appname=stale&preset=latest",
        appname=APPNAME,
        country="syr",
        query="Security Council",
    )
    assert parse_qs(urlsplit(spec.url).query) == {"appname": [APPNAME], "preset": ["latest"]}
    assert spec.json_body is not None
    assert spec.json_body["query"] == {"value": "Security Council", "operator": "AND"}


def test_the_appname_is_a_secret_of_the_request() -> None:
    spec = reliefweb.request("https://api.reliefweb.int/v2/reports", appname=APPNAME, country="syr")
    assert spec.secrets == (APPNAME,)
    assert APPNAME not in repr(spec)
    assert "appname=***" in repr(spec)


@pytest.mark.parametrize("appname", [None, "", "   "])
def test_no_appname_means_no_request(appname: str | None) -> None:
    with pytest.raises(SourceSetupError) as caught:
        reliefweb.request("https://api.reliefweb.int/v2/reports", appname=appname, country="syr")
    assert str(caught.value) == "ReliefWeb needs an approved appname: set RELIEFWEB_APPNAME"


def test_reports_become_items() -> None:
    body = (FIXTURES / "syria-reports.json").read_bytes()
    items = reliefweb.parse_reports(body, source_id="reliefweb-syria", fetched=FETCHED)
    assert [i.key for i in items] == [
        "reliefweb:4190001",
        "reliefweb:4189876",
        "reliefweb:4189500",
    ]
    sitrep, statement, french = items

    assert sitrep.title == (
        "Syrian Arab Republic: Humanitarian Situation Report No. 31 – Cross-border operations"
    )
    assert sitrep.url.startswith("https://reliefweb.int/report/syrian-arab-republic/")
    assert sitrep.text.startswith("Highlights Cross-border deliveries through Bab al-Hawa")
    assert "access & protection" in sitrep.text
    assert "<" not in sitrep.text
    assert sitrep.symbols == ("S/RES/2672 (2023)",)
    assert sitrep.outlet == "OCHA"
    assert sitrep.language == "en"
    assert sitrep.published == datetime(2026, 8, 28, 9, 41, 3, tzinfo=UTC)

    assert statement.url == "https://reliefweb.int/node/4189876"
    assert statement.outlet == "FCS, Fixture Rights Watch"
    assert "refer the situation to the International Criminal Court" in statement.text

    assert french.language == "fr"
    assert (french.published, french.published_trusted) == (FETCHED, False)


def test_the_echoed_appname_never_reaches_an_item() -> None:
    body = (FIXTURES / "syria-reports.json").read_bytes()
    assert FIXTURE_APPNAME.encode() in body  # the fixture does echo it, like ReliefWeb
    items = reliefweb.parse_reports(body, source_id="reliefweb-syria", fetched=FETCHED)
    assert all(FIXTURE_APPNAME not in json.dumps(asdict(i), default=str) for i in items)


def test_long_reports_are_cut_at_a_word() -> None:
    words = " ".join(f"word{n}" for n in range(3000))
    body = json.dumps(
        {"data": [{"id": "1", "fields": {"id": 1, "title": "Long", "body": words}}]}
    ).encode()
    (item,) = reliefweb.parse_reports(body, source_id="rw", fetched=FETCHED)
    assert len(item.text) <= reliefweb.MAX_TEXT_CHARS + 2
    assert item.text.endswith(" …")
    assert item.text[:-2].split(" ")[-1].startswith("word")


def test_no_reports_is_no_items() -> None:
    body = b'{"time": 3, "took": 1, "totalCount": 0, "count": 0, "data": []}'
    assert reliefweb.parse_reports(body, source_id="rw", fetched=FETCHED) == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html>maintenance</html>", "not JSON"),
        (b'{"status": 200}', "no 'data' list"),
        (b"[1, 2]", "no 'data' list"),
        (b'{"data": [{"id": "9", "fields": {"id": 9}}]}', "no report in the answer"),
        (b"\xff\xfe{", "not JSON"),
    ],
)
def test_answers_that_are_not_report_lists_are_parse_errors(body: bytes, message: str) -> None:
    with pytest.raises(FeedParseError, match=message):
        reliefweb.parse_reports(body, source_id="rw", fetched=FETCHED)


def test_a_parse_error_never_quotes_the_body() -> None:
    body = b'{"href": "https://api.reliefweb.int/v2/reports?appname=' + APPNAME.encode() + b'",'
    with pytest.raises(FeedParseError) as caught:
        reliefweb.parse_reports(body, source_id="rw", fetched=FETCHED)
    assert APPNAME not in str(caught.value)
