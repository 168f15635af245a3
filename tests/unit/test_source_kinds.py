"""Dispatch by source kind, the per-host spacing it derives, and the config fields it needs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from demandwatch.config import SHIPPED_CONFIG_DIR, Settings, Source, load_config
from demandwatch.exceptions import ConfigError, SourceSetupError
from demandwatch.sources.kinds import host_intervals, min_interval_for, parse_for, request_for
from feeds import write_config

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FETCHED = datetime(2026, 8, 28, 12, 30, tzinfo=UTC)
APPNAME = "demandwatch-test-Qx7Lp2"


def source(kind: str, url: str, **extra: object) -> Source:
    return Source(
        id=f"{kind}-test",
        name=f"{kind} test",
        kind=kind,  # type: ignore[arg-type]
        url=url,
        tier="official",
        key="default",
        interval=timedelta(minutes=10),
        timeout=timedelta(seconds=20),
        expect_every=timedelta(days=2),
        max_bytes=5_000_000,
        **extra,  # type: ignore[arg-type]
    )


UNDL = source("undl", "https://digitallibrary.un.org/search?cc=Voting+Data", query="syria")
GDELT = source("gdelt", "https://api.gdeltproject.org/api/v2/doc/doc", query="syria")
RELIEFWEB = source("reliefweb", "https://api.reliefweb.int/v2/reports", country="syr")


def test_each_kind_builds_its_own_request() -> None:
    settings = Settings(reliefweb_appname=APPNAME)
    assert request_for(source("rss", "https://press.un.org/en/rss.xml"), settings).url == (
        "https://press.un.org/en/rss.xml"
    )
    assert "of=xm" in request_for(UNDL, settings).url
    assert "mode=artlist" in request_for(GDELT, settings).url
    spec = request_for(RELIEFWEB, settings)
    assert (spec.method, spec.secrets) == ("POST", (APPNAME,))


def test_reliefweb_without_an_appname_in_settings_is_not_asked() -> None:
    with pytest.raises(SourceSetupError, match="set RELIEFWEB_APPNAME"):
        request_for(RELIEFWEB, Settings())


@pytest.mark.parametrize(
    ("src", "fixture", "count"),
    [
        (UNDL, "undl/sc-syria-votes.xml", 2),
        (GDELT, "gdelt/syria-council-artlist.json", 4),
        (RELIEFWEB, "reliefweb/syria-reports.json", 3),
        (
            replace(source("rss", "https://news.google.com/rss/search?q=x"), tier="aggregator"),
            "googlenews/syria-security-council.xml",
            5,
        ),
    ],
)
def test_each_kind_parses_its_own_answer(src: Source, fixture: str, count: int) -> None:
    items = parse_for(src, (FIXTURES / fixture).read_bytes(), {}, FETCHED)
    assert len(items) == count
    assert {i.source_id for i in items} == {src.id}


def test_gdelt_is_spaced_by_its_published_limit_at_least() -> None:
    assert min_interval_for(GDELT) == 5.0
    assert min_interval_for(replace(GDELT, min_interval=timedelta(seconds=8))) == 8.0
    assert min_interval_for(UNDL) == 0.0
    assert min_interval_for(replace(UNDL, min_interval=timedelta(seconds=2))) == 2.0


def test_host_intervals_take_the_strictest_source_per_host() -> None:
    second_gdelt = replace(GDELT, id="gdelt-2", min_interval=timedelta(seconds=7))
    assert host_intervals([GDELT, second_gdelt, UNDL, RELIEFWEB]) == {"api.gdeltproject.org": 7.0}
    assert host_intervals([UNDL, RELIEFWEB]) == {}


def test_the_shipped_sources_include_every_kind() -> None:
    config = load_config(SHIPPED_CONFIG_DIR)
    by_id = {s.id: s for s in config.sources}
    assert {s.kind for s in config.sources} == {"rss", "undl", "reliefweb", "gdelt"}
    assert by_id["reliefweb-syria"].country == "syr"
    assert by_id["undl-sc-syria-votes"].query == "syria"
    assert by_id["gdelt-syria-council"].min_interval == timedelta(seconds=5)
    assert "un-news-humanitarian" in by_id
    assert host_intervals(config.sources) == {"api.gdeltproject.org": 5.0}


def test_config_reads_the_kind_specific_fields(tmp_path: Path) -> None:
    directory = write_config(
        tmp_path,
        [
            {
                "id": "g",
                "kind": "gdelt",
                "url": "https://api.gdeltproject.org/api/v2/doc/doc",
                "query": "syria",
                "min_interval": "6s",
            },
            {
                "id": "r",
                "kind": "reliefweb",
                "url": "https://api.reliefweb.int/v2/reports",
                "country": "SYR",
                "query": "cross-border",
            },
        ],
    )
    g, r = load_config(directory).sources
    assert (g.query, g.min_interval) == ("syria", timedelta(seconds=6))
    assert (r.country, r.query, r.min_interval) == ("SYR", "cross-border", None)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"kind": "reliefweb", "url": "https://api.reliefweb.int/v2/reports"}, "needs country"),
        ({"kind": "gdelt", "url": "https://api.gdeltproject.org/api/v2/doc/doc"}, "needs query"),
        (
            {"kind": "reliefweb", "url": "https://api.reliefweb.int/v2/reports", "country": "sy"},
            "three-letter ISO country code",
        ),
        ({"url": "https://x.example/rss", "min_interval": "soon"}, "not a duration"),
    ],
)
def test_config_refuses_a_kind_without_what_it_needs(
    tmp_path: Path, entry: dict[str, object], message: str
) -> None:
    directory = write_config(tmp_path, [{"id": "s", **entry}])
    with pytest.raises(ConfigError, match=message):
        load_config(directory)
