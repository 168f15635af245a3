"""What Slack shows of a feed's own words and dates, through the real parts: items parsed
by the real source readers, delivered by the real Service and SlackNotifier to the local
Slack Web API stand-in (tests/integration/slack_server.py), read back as Slack keeps them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from demandwatch import bootstrap
from demandwatch.config import Settings
from demandwatch.core.models import Alert, Event, FetchResult, NewEntry, SourceState
from demandwatch.service import Service
from demandwatch.slack.api import SlackApi, build_web_client
from demandwatch.slack.notifier import SlackNotifier
from demandwatch.sources import rss, undl
from demandwatch.sources.http import RequestSpec
from demandwatch.store.sqlite import SqliteStore
from integration.slack_server import TOKEN, SlackServer, block_errors
from slack_support import CHANNELS, SYRIA_CHANNEL, Clock, make_alert, make_config, make_item

pytestmark = pytest.mark.integration


class NoFetcher:
    async def fetch(
        self, spec: RequestSpec, state: SourceState, *, timeout: float, max_bytes: int
    ) -> FetchResult:
        raise AssertionError("delivery tests do not fetch")


@pytest.fixture
def slack() -> Iterator[SlackServer]:
    with SlackServer.running(**CHANNELS) as server:
        yield server


def deliver(slack: SlackServer, tmp_path: Path, alert: Alert, now: datetime) -> dict[str, Any]:
    """Deliver ``alert`` as a run at ``now`` does; the top-level message Slack kept."""
    store = SqliteStore(tmp_path / "state.sqlite3")
    clock = Clock(now)
    config = make_config(campaign_channel="#syria-un")
    client = build_web_client(
        Settings(slack_bot_token=SecretStr(TOKEN), slack_api_url=slack.url), timeout=5
    )
    notifier = SlackNotifier(
        client,
        store,
        config,
        clock=clock,
        api=SlackApi(client, max_wait=0.0, sleep=lambda _: None, min_interval=0),
    )
    service = Service(
        config=config,
        store=store,
        fetcher=NoFetcher(),
        notifier=notifier,
        matcher=bootstrap.build_matcher(config),
        clock=clock,
        delivery=bootstrap.build_delivery(
            store,
            notifier,
            config,
            Settings(slack_channel=notifier.default_channel),
            clock=clock,
            local=False,
        ),
    )
    try:
        store.record_new(
            alert.item.source_id, [NewEntry(f"key-{alert.id}", alert)], now, timedelta(days=1)
        )
        assert service.deliver().delivered == 1
    finally:
        store.close()
    [message] = slack.top_level(SYRIA_CHANNEL)
    assert block_errors(message["blocks"]) == []
    return message


def _shown(message: dict[str, Any]) -> str:
    """Every mrkdwn and plain text of the message, as one string."""
    texts = [message["text"]]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                texts.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(message["blocks"])
    return "\n".join(texts)


# A voting record as the library's OAI-PMH endpoint gives it: the day of the vote (269),
# no time of day anywhere in the record.
_RECORD = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'
    b"<responseDate>2027-03-18T22:14:00Z</responseDate>"
    b'<request verb="ListRecords">https://digitallibrary.un.org/oai2d</request><ListRecords>'
    b"<record><header><identifier>oai:digitallibrary.un.org:9207711</identifier>"
    b"<datestamp>2027-03-18T22:00:00Z</datestamp></header><metadata>"
    b'<record xmlns="http://www.loc.gov/MARC21/slim">'
    b'<controlfield tag="001">9207711</controlfield>'
    b'<datafield tag="245" ind1=" " ind2=" "><subfield code="a">Draft resolution on the '
    b'situation in the Syrian Arab Republic</subfield><subfield code="c">Security Council '
    b"voting record</subfield></datafield>"
    b'<datafield tag="269" ind1=" " ind2=" "><subfield code="a">2027-03-18</subfield></datafield>'
    b'<datafield tag="952" ind1=" " ind2=" "><subfield code="a">S/PV.10311</subfield></datafield>'
    b'<datafield tag="993" ind1=" " ind2=" "><subfield code="a">S/2027/250</subfield></datafield>'
    b'<datafield tag="991" ind1=" " ind2=" "><subfield code="d">SYRIAN ARAB REPUBLIC--SITUATION'
    b"</subfield></datafield>"
    b'<datafield tag="996" ind1=" " ind2=" "><subfield code="a">Not adopted owing to the '
    b'negative vote of a permanent member</subfield><subfield code="b">13</subfield>'
    b'<subfield code="c">1</subfield><subfield code="d">1</subfield></datafield>'
    b'<datafield tag="967" ind1=" " ind2=" "><subfield code="b">P</subfield>'
    b'<subfield code="c">RUS</subfield><subfield code="d">N</subfield>'
    b'<subfield code="e">RUSSIAN FEDERATION</subfield></datafield>'
    b'<datafield tag="967" ind1=" " ind2=" "><subfield code="b">P</subfield>'
    b'<subfield code="c">CHN</subfield><subfield code="d">A</subfield>'
    b'<subfield code="e">CHINA</subfield></datafield>'
    b"</record></metadata></record></ListRecords></OAI-PMH>"
)


def test_a_voting_record_that_opens_a_story_shows_its_day_not_a_time_and_names_its_source_once(
    slack: SlackServer, tmp_path: Path
) -> None:
    """Probe s16 R7: the record gives the day of the vote only; a time beside it ("12:00
    UTC", shown to each reader in their own zone) reads as the time of the vote."""
    fetched = datetime(2027, 3, 18, 22, 15, tzinfo=UTC)
    [item] = undl.parse_records(_RECORD, source_id="undl-sc-syria-votes", fetched=fetched)
    alert = make_alert(
        "a-undl-record",
        item=item,
        event=Event("veto"),
        source_name="UN Digital Library — Security Council voting records on Syria",
        created=fetched,
    )
    shown = _shown(deliver(slack, tmp_path, alert, fetched + timedelta(minutes=1)))

    source_lines = [line for line in shown.splitlines() if "UN Digital Library" in line]
    assert source_lines, shown
    for line in source_lines:
        assert "via" not in line, line
        assert line.count("UN Digital Library") == 1, line
    assert "UN Digital Library — Security Council voting records on Syria · March 18, 2027" in shown
    # No date token, no time of day: the record states none.
    assert not re.search(r"<!date\^", shown), shown
    assert not re.search(r"\d{1,2}:\d{2}", shown), shown


def test_a_feed_date_without_a_time_is_shown_as_that_day(
    slack: SlackServer, tmp_path: Path
) -> None:
    """A feed that dates its items by the day ("Tue, 16 Mar 2027", read as midnight UTC,
    the rule core.priority.council_day reads it by) is shown that day, not "7:00 PM" the
    evening before to a reader in New York."""
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>NGO statements</title>'
        b"<link>https://ngo.example/</link><description>x</description><item>"
        b"<title>Council must act on Syria arms transfers, groups say</title>"
        b"<link>https://ngo.example/2027/03/syria-arms</link>"
        b"<pubDate>Tue, 16 Mar 2027</pubDate>"
        b"<description>Groups urged the Council to act on Syria.</description>"
        b"</item></channel></rss>"
    )
    fetched = datetime(2027, 3, 16, 20, 0, tzinfo=UTC)
    [item] = rss.parse_feed(body, {}, source_id="ngo", fetched=fetched)
    assert item.published == datetime(2027, 3, 16, tzinfo=UTC)
    assert item.published_trusted
    alert = make_alert(
        "a-day-only", item=item, priority="P2", source_name="NGO statements", created=fetched
    )
    shown = _shown(deliver(slack, tmp_path, alert, fetched + timedelta(minutes=1)))
    assert "NGO statements · March 16, 2027" in shown, shown
    assert "<!date^" not in shown, shown


def test_mrkdwn_markers_in_feed_text_reach_slack_as_the_source_wrote_them(
    slack: SlackServer, tmp_path: Path
) -> None:
    """Probe s16 R4, decided (slack/escape.py's docstring says why): ``*``, ``_``, ``~`` and
    backticks in feed text are left as written. Slack documents no escape for them; a
    zero-width or look-alike character beside them would change the source's words. What
    must hold: no character the source did not write (no format character, no look-alike),
    and no control sequence."""
    title = "Russia veto on Syria: *URGENT* _read_ ~now~ `code`"
    text = "Line two *bold* _it_ ~adopted~ Syria arms embargo veto S/2027/400"
    alert = make_alert(
        "a-markers",
        item=make_item(
            key="wire:markers",
            title=title,
            text=text,
            url="https://www.wirenews.example/world/markers-2027-05-05/",
            symbols=("S/2027/400",),
        ),
        event=Event("statement"),
        priority="P2",  # no page: every <...> left is the renderer's link or date
        source_name="Wire service",
    )
    message = deliver(slack, tmp_path, alert, datetime(2012, 2, 4, 16, 5, tzinfo=UTC))
    shown = _shown(message)
    assert title in shown, shown
    assert text in shown, shown
    added = {ch for ch in shown if unicodedata.category(ch) == "Cf"}
    assert added == set(), added
    assert not {"\u2217", "\u02cb", "\u223c", "\uff3f"} & set(shown)
    assert all(
        s.startswith("!date^") or s.startswith("https://") for s in re.findall(r"<([^<>]*)>", shown)
    )
